"""Language identification restricted to the languages chancery supports.

py3langid ranks all 97 languages of its bundled model; we take its answer only
when the best language is one we support and clearly ahead, so German or
Spanish text is reported as ``unknown`` instead of being forced into the
nearest supported language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SUPPORTED = ("en", "fr", "tr")
UNKNOWN = "unknown"


@dataclass
class LanguageIdentifier:
    """Loads the py3langid model once (about 1 s) and classifies texts."""

    supported: tuple[str, ...] = SUPPORTED
    min_probability: float = 0.70
    sample_chars: int = 2000
    _model: object = field(default=None, init=False, repr=False)

    def _identifier(self):
        if self._model is None:
            from py3langid.langid import MODEL_FILE
            from py3langid.langid import LanguageIdentifier as _Model

            self._model = _Model.from_model_file(MODEL_FILE, norm_probs=True)
        return self._model

    def identify(self, text: str, hint: str | None = None) -> str:
        """ISO 639-1 code of a supported language, or ``unknown``."""
        if hint:
            hint = hint.lower().split("-")[0].split("_")[0]
            if hint in self.supported:
                return hint
        sample = text[: self.sample_chars]
        if sum(ch.isalpha() for ch in sample) < 20:
            return UNKNOWN
        ranked = self._identifier().rank(sample)
        best, probability = ranked[0]
        if best in self.supported and probability >= self.min_probability:
            return best
        return UNKNOWN

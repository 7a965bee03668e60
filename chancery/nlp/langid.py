"""Language identification restricted to the languages chancery supports.

py3langid ranks all 97 languages of its bundled model. A confident answer is
taken as it is: a supported language, or ``unknown`` for German or Spanish
rather than forcing them into the nearest supported language. On short texts
full of foreign names the model is often unsure ("Erdoğan" pulls English
towards Turkish); then the supported language with clearly the most function
words (``lang/<l>/stop_words.txt``) wins, provided the model still ranks it
among its plausible candidates. Otherwise the answer is ``unknown``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from chancery.nlp.text import WORD, fold

SUPPORTED = ("en", "fr", "tr")
UNKNOWN = "unknown"


@dataclass
class LanguageIdentifier:
    """Loads the py3langid model once (about 1 s) and classifies texts."""

    supported: tuple[str, ...] = SUPPORTED
    min_probability: float = 0.70
    sample_chars: int = 2000
    plausible_rank: int = 10
    _model: object = field(default=None, init=False, repr=False)
    _stop_words: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False)

    def stop_words(self, lang: str) -> frozenset[str]:
        if lang not in self._stop_words:
            path = resources.files("chancery.nlp") / "lang" / lang / "stop_words.txt"
            lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
            words = " ".join(x for x in lines if not x.startswith("#")).split()
            self._stop_words[lang] = frozenset(fold(w) for w in words)
        return self._stop_words[lang]

    def function_word_vote(self, text: str) -> str | None:
        """The supported language with at least two and twice the next one's function-word hits."""
        words = [fold(w) for w in WORD.findall(text)]
        hits = sorted(
            ((sum(w in self.stop_words(lang) for w in words), lang) for lang in self.supported), reverse=True
        )
        (best, lang), runner_up = hits[0], (hits[1][0] if len(hits) > 1 else 0)
        return lang if best >= 2 and best >= 2 * runner_up else None

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
        if probability >= self.min_probability:
            return best if best in self.supported else UNKNOWN
        voted = self.function_word_vote(sample)
        if voted and voted in {lang for lang, _ in ranked[: self.plausible_rank]}:
            return voted
        return UNKNOWN

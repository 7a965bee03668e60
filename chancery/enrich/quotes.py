"""Direct quotations with their speakers, in English, French and Turkish.

Quotation marks are paired in one pass over the text: “…”, « … », „…“, ‘…’ and straight "…"; a
typographic quotation left open at a paragraph's end closes there (the convention for quotations
that run over several paragraphs), a straight one may run over paragraphs (a communiqué quoted at
length). The speaker comes from the reporting clause next to the quotation, read with the words of
``lang/<lang>/quotes.toml``: after it (“…,” Fidan said; « … », a déclaré M. Barrot; « … », peut-on
lire dans le communiqué de la présidence turque), before it (Barrot said: “…”; Fidan, "…" dedi), or,
for a pronoun or a role noun ("he said", "a-t-il ajouté", "the ministry said", Turkish "dedi" with
no subject), the person or body named last. The second half of a split quotation (“We are ready,” he
said, “to act.”) and a paragraph that continues a quotation keep its speaker. Names resolve through
the document's actor mentions, so the speaker code is the knowledge base's.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from chancery.doc import Article, Mention, Quote, Span
from chancery.enrich._per_language import PerLanguage
from chancery.nlp.text import fold

_OPENERS = {"“": "”", "«": "»", "„": "“”", '"': '"', "‘": "’"}
_ANY_OPENER = re.compile("[" + re.escape("".join(_OPENERS)) + "]")
_MAX_QUOTE = 3000  # characters: an opener with no closer within this is a stray mark
_MIN_UNATTRIBUTED_WORDS = 4  # shorter unattributed quoted words are titles or scare quotes
_WINDOW = 160  # characters of reporting clause read on each side


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class QuoteWords:
    lang: str
    verbs: re.Pattern[str]
    anaphors: re.Pattern[str]
    colon_or_link: re.Pattern[str]
    inverted: re.Pattern[str] | None  # what opens an inverted reporting clause after the quotation
    verb_final: bool  # a short clause ending the sentence after the quotation is its reporting verb

    @classmethod
    def load(cls, lang: str) -> QuoteWords:
        path = resources.files("chancery.enrich") / "lang" / lang / "quotes.toml"
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        links = [w for w in data["links"] if w != ":"]
        return cls(
            lang=lang,
            verbs=re.compile(rf"(?<!\w)(?:{_alternation(data['verbs'])})(?!\w)"),
            anaphors=re.compile(rf"(?<!\w)(?:{_alternation(data['anaphors'])})(?!\w)"),
            inverted=re.compile(data["inverted"]) if data.get("inverted") else None,
            verb_final=bool(data.get("verb_final", False)),
            colon_or_link=re.compile(rf"(?::|(?<!\w)(?:{_alternation(links)}))\s*$" if links else r":\s*$"),
        )


@dataclass(frozen=True, slots=True)
class _Marks:
    """A quotation: where its marks are, and whether it ran to the end of its paragraph unclosed."""

    open: int
    close: int  # index of the closing mark, or of the paragraph end
    closed: bool


def quotation_marks(text: str) -> list[_Marks]:
    """Outermost quotations, in order."""
    found: list[_Marks] = []
    i, n = 0, len(text)
    while i < n:
        seen = _ANY_OPENER.search(text, i)  # skip to the next mark at C speed: most text has none
        if seen is None:
            break
        i = seen.start()
        opener = text[i]
        if not _opens(text, i):
            i += 1
            continue
        closers = _OPENERS[opener]
        j = i + 1
        end = None
        while j < n and j - i <= _MAX_QUOTE:
            c = text[j]
            if c in closers and (opener != "‘" or not text[j + 1 : j + 2].isalpha()):
                end = _Marks(i, j, True)
                break
            if c == "\n" and opener != '"':
                end = _Marks(i, j, False)  # an unclosed typographic quotation ends with its paragraph
                break
            j += 1
        if end is None and opener != '"' and j >= n:
            end = _Marks(i, n, False)
        if end is None:
            i += 1  # a stray mark
            continue
        found.append(end)
        i = end.close + 1
    return found


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can open a quotation: not an apostrophe or inch mark inside a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in '‘"':
        return not before.isalnum() and not after.isspace()
    return not after.isspace() or text[i] == "«"


@dataclass(frozen=True)
class _Document:
    """What attribution reads of one article, worked out once."""

    text: str
    folded: str
    sentences: list[Span]
    actors: list[Mention]  # mentions that can speak: people, bodies, states
    adjectives: list[Mention]  # nationality adjectives, a last resort ("un responsable américain")
    marks: list[_Marks]

    def quoted(self, offset: int) -> bool:
        return any(m.open < offset < m.close for m in self.marks)


@dataclass
class QuoteFinder:
    words: QuoteWords

    def find(self, article: Article) -> list[Quote]:
        text = article.text
        folded = fold(text)
        actors = [m for m in article.mentions if m.kind in ("actor", "group") and _can_speak(m)]
        # "observe l'économiste sénégalaise X", "a estimé un responsable américain": with no actor in the
        # reporting clause, the nationality adjective says whose voice it is.
        adjectives = [m for m in article.mentions if m.kind == "actor" and not _can_speak(m)]
        quotes: list[Quote] = []
        previous: tuple[_Marks, Mention | None] | None = None
        doc = _Document(text, folded, article.sentences, actors, adjectives, quotation_marks(text))
        for marks in doc.marks:
            content = _content(text, marks)
            if content is None:
                continue
            speaker = self._speaker(doc, marks, previous)
            start, end = content
            if speaker is None and len(text[start:end].split()) < _MIN_UNATTRIBUTED_WORDS:
                previous = (marks, None)
                continue
            quotes.append(
                Quote(
                    start=start,
                    end=end,
                    text=text[start:end],
                    speaker=_name(speaker) if speaker else None,
                    speaker_code=speaker.code if speaker else None,
                )
            )
            previous = (marks, speaker)
        return quotes

    def _speaker(
        self, doc: _Document, marks: _Marks, previous: tuple[_Marks, Mention | None] | None
    ) -> Mention | None:
        text, sentences = doc.text, doc.sentences
        speaker = self._attributed(doc, marks, previous)
        if speaker is None and previous is not None and previous[1] is not None:
            # A quoted sentence with no reporting clause goes on the paragraph's last speaker (not a
            # quoted phrase inside a sentence of the narrative: "the so-called “peace plan”").
            sentence_start = _skip_space(text, _sentence_of(sentences, marks.open).start)
            if "\n" not in text[previous[0].close : marks.open] and sentence_start >= marks.open:
                return previous[1]
        return speaker

    def _attributed(
        self, doc: _Document, marks: _Marks, previous: tuple[_Marks, Mention | None] | None
    ) -> Mention | None:
        text, folded, sentences = doc.text, doc.folded, doc.sentences
        actors, adjectives, quoted = doc.actors, doc.adjectives, doc.quoted
        w = self.words
        # The second half of a split quotation, and a paragraph continuing the one before: same speaker.
        if previous is not None and previous[1] is not None:
            start, end = previous[0].close + 1, marks.open
            gap = folded[start:end]
            names_other = any(start <= m.start < end for m in actors)
            same_sentence = _sentence_of(sentences, start).start == _sentence_of(sentences, end).start
            if (len(gap) < 80 and w.verbs.search(gap) and not names_other and same_sentence) or (
                not previous[0].closed and gap.strip() == ""
            ):
                return previous[1]
        sentence_start = _sentence_of(sentences, marks.open).start
        sentence_end = min(len(text), _sentence_of(sentences, max(marks.close - 1, marks.open)).end)
        # After: “…,” Fidan said / « … », a déclaré M. Barrot / “…,” he said.
        after_end = min(sentence_end, marks.close + 1 + _WINDOW)
        nxt = _next_opener(text, marks.close + 1, after_end)
        after_end = nxt if nxt is not None else after_end
        verb = w.verbs.search(folded, marks.close + 1, after_end)
        lead = _AFTER_MARK.match(folded, marks.close + 1)
        if w.inverted is not None and lead is not None:
            verb = w.inverted.match(folded, lead.end()) or verb
        if verb is not None and not self._reporting_gap(folded, actors, marks.close + 1, verb.start()):
            verb = None  # “…” decision and rejected…: the narrative goes on, no reporting clause
        if verb is not None and verb.start() - marks.close <= 60:
            # The speaker stands between the quotation and the verb ("Fidan said"), or right after the
            # verb ("said Fidan", "a déclaré M. Barrot"), not further in the clause ("…, accusing Kinshasa").
            clause_end = _clause_end(folded, verb.end(), after_end)
            # After the verb only in an inversion ("said Fidan"): in "he told parliament" it is the addressee.
            between = folded[marks.close + 1 : verb.start()]
            inverted = not any(c.isalpha() for c in between) or between.rstrip(" \u00a0").endswith(",")
            named = [
                m
                for m in actors
                if (marks.close < m.start and m.end <= verb.start())
                or (inverted and verb.end() <= m.start < clause_end)
            ]
            if named:
                return min(named, key=lambda m: abs(m.start - verb.start()))
            national = [m for m in adjectives if marks.close < m.start < clause_end]
            if national:
                return national[0]
            subject = [m for m in actors if sentence_start <= m.start and m.end <= marks.open]
            if subject and w.lang == "tr":
                return subject[0]  # Fidan, "…" dedi: the subject before the quotation
            return self._last_named(
                doc, marks.open, marks.close + 1, after_end, folded[sentence_start : marks.open]
            )
        if w.verb_final and marks.closed and sentence_end - marks.close <= 60:
            rest = folded[marks.close + 1 : sentence_end]
            subject = [m for m in actors if sentence_start <= m.start and m.end <= marks.open]
            if rest.strip(" .,;!?\n") and not any(marks.close < m.start < sentence_end for m in actors):
                return (
                    subject[0]
                    if subject
                    else self._last_named(
                        doc, marks.open, marks.close, sentence_end, folded[sentence_start : marks.open]
                    )
                )
        # Inside: « Nous ne signerons pas, a-t-il prévenu, un texte qui… ».
        for inner in _INNER.finditer(folded, marks.open + 1, marks.close):
            if not (
                w.verbs.match(folded, inner.start(1))
                or (w.inverted and w.inverted.match(folded, inner.start(1)))
            ):
                continue
            named = [m for m in actors if inner.start(1) <= m.start < inner.end(1)]
            named = named or [m for m in adjectives if inner.start(1) <= m.start < inner.end(1)]
            if named:
                return named[0]
            return self._last_named(doc, marks.open, inner.start(1), inner.end(1))
        # Before: Barrot said: “…” / Macron said the force would stay “far from the front line”.
        lead_start = max(sentence_start, marks.open - _WINDOW)
        verbs = list(w.verbs.finditer(folded, lead_start, marks.open))
        if verbs or w.colon_or_link.search(folded, lead_start, marks.open):
            cue = verbs[-1].start() if verbs else marks.open
            subject = [m for m in actors if sentence_start <= m.start and m.end <= cue]
            # "Diaz-Canel called the decision “…”", "the EU accused Minsk of a “hybrid attack”": the name
            # right before the last reporting verb.
            if subject and _NEXT_TO_VERB.fullmatch(folded, subject[-1].end, cue):
                return subject[-1]
            # Otherwise the sentence's subject ("NATO leaders pledged … to provide Ukraine … and declared
            # that its path was “irreversible”"), unless a pronoun or role noun opens the sentence.
            opening = w.anaphors.match(folded, _skip_space(folded, sentence_start))
            if subject and opening is None:
                return subject[0]
            return self._last_named(doc, marks.open, lead_start, marks.open)
        # A quoted phrase inside the narrative with no reporting verb of ours ("Washington a suspendu son
        # partenariat, dénonçant un « recul démocratique »", "Téhéran a “fermement condamné”"): the words
        # are the sentence subject's, the first actor named before them outside any quotation.
        if _skip_space(text, sentence_start) < marks.open:
            subject = [
                m for m in actors if sentence_start <= m.start and m.end <= marks.open and not quoted(m.start)
            ]
            if subject:
                return subject[0]
        return None

    def _reporting_gap(self, folded: str, actors: list[Mention], start: int, end: int) -> bool:
        """Whether what stands between a closing mark and a reporting verb is its speaker: nothing
        ("said Fidan"), a name with at most a determiner before it and a few words after ("Fidan
        said", "the government's reintegration bureau said"), or a pronoun or role noun ("he said",
        "army spokesman X said") — not more narrative ("… decision and rejected", "… of President Lai,
        whom it accused"); or a verb set off by a comma with its speaker after it (« … » d'un
        affrontement, a déclaré X)."""
        gap = folded[start:end]
        if not any(c.isalpha() for c in gap):
            return True
        named = [m for m in actors if start <= m.start < end]
        if named:
            lead = _words(folded[start : named[0].start])
            tail = _words(folded[named[-1].end : end])
            return len(lead) <= 2 and not (set(lead) & _NOT_A_SPEAKER_LEAD) and len(tail) <= 3
        if gap.rstrip(" \u00a0").endswith(","):
            clause_end = _clause_end(folded, end, end + 80)
            if any(end <= m.start < clause_end for m in actors):
                return True
        words = _words(gap)
        return (
            len(words) <= 5
            and not (set(words) & _RELATIVE)
            and bool(self.words.anaphors.search(gap) or _institution(gap))
        )

    def _last_named(
        self, doc: _Document, before: int, start: int, end: int, lead: str = ""
    ) -> Mention | None:
        """The speaker a pronoun or role noun stands for: the last person named before, else the last
        body (when the clause names none, as in Turkish "… dedi"). ``lead`` is the sentence before
        the quotation, which may name the statement ("Açıklamada, "…" denildi")."""
        actors, folded, sentences, quoted = doc.actors, doc.folded, doc.sentences, doc.quoted
        earlier = [m for m in actors if m.end <= before]
        if _institution(folded[start:end]) or _institution(lead):
            # "the statement said", "indique le communiqué": the last body named, not a person; a
            # ministry or government by preference ("Bakanlıktan yapılan açıklamada")
            bodies = [m for m in earlier if m.role is None and m.kind == "actor"]
            offices = [m for m in bodies if _institution(fold(m.text))]
            return (offices or bodies or earlier or [None])[-1]
        # "he said", "a-t-il prévenu": a person, named or by title ("son homologue azerbaïdjanais"); the
        # subject of the nearest sentence that names one (its first person outside quotations) rather
        # than the last person named, who is often an object ("He said that Russia … Putin …").
        people = [m for m in earlier if m.role is not None and not (quoted and quoted(m.start))]
        if people and sentences:
            for sentence in reversed([s for s in sentences if s.start < before]):
                inside = [m for m in people if sentence.start <= m.start < min(sentence.end, before)]
                if inside:
                    return inside[0]
        people = people or [m for m in earlier if m.role is not None]
        return people[-1] if people else (earlier[-1] if earlier else None)


# ", a-t-il prévenu, ", ", he said, ": a reporting clause set inside the quotation marks.
_INNER = re.compile(r",\s+([^;«»“”\"]{3,200}?)(?=,\s)")

_RELATIVE = frozenset({"which", "that", "who", "whom", "whose", "qui", "que", "dont", "lequel", "laquelle"})
# Words that make a name after a quotation part of the narrative, not the speaker: "… of President Lai"
# ("and" may belong to a title: "Treasury and Finance Minister X wrote").
_NOT_A_SPEAKER_LEAD = frozenset(
    {"of", "to", "for", "with", "on", "in", "by", "from", "against", "but", "de", "du", "des", "a",
     "au", "aux", "pour", "avec", "contre", "par", "mais", "ile", "icin"}
)  # fmt: skip


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


_INSTITUTION = re.compile(
    r"\b(?:statement|communique|ministry|government|office|embassy|declaration|department|agency|bureau|"
    r"council|ministere|gouvernement|"
    r"ambassade|declaration|texte|bakanlig\w*|aciklama\w*|bildiri\w*|baskanlig\w*)\b"
)


def _institution(window: str) -> bool:
    return bool(_INSTITUTION.search(window))


def _person(mention: Mention) -> bool:
    """A named person (the knowledge base's entry is a proper name), not a title or a body."""
    return mention.role is not None and bool(mention.entry) and mention.entry[:1].isupper()


def _can_speak(mention: Mention) -> bool:
    """Adjectives ("French") and places do not speak; people, bodies and states do."""
    return mention.sector is not None or mention.role is not None


def _name(mention: Mention) -> str:
    return mention.entry if _person(mention) and mention.entry else mention.text


def _content(text: str, marks: _Marks) -> tuple[int, int] | None:
    """The quoted words without the marks, surrounding spaces or a trailing comma."""
    start, end = marks.open + 1, marks.close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return (start, end) if end > start and any(c.isalpha() for c in text[start:end]) else None


_CLAUSE_BREAK = re.compile(r"[,;]")
# Between a name and its reporting verb: nothing, an auxiliary or an adverb or two ("has also said").
_NEXT_TO_VERB = re.compile(r"[\s\u00a0]*(?:[\w-]+[\s\u00a0]+){0,2}")
_AFTER_MARK = re.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*")


def _clause_end(folded: str, start: int, end: int) -> int:
    """Where the reporting clause ends: at the first comma or semicolon after ``start``, or 60 characters
    on (a period may be an abbreviation's: "a déclaré M. Macron")."""
    m = _CLAUSE_BREAK.search(folded, start, end)
    return min(m.start() if m else end, start + 60)


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and not text[i].isalnum():
        i += 1
    return i


def _sentence_of(sentences: list[Span], offset: int) -> Span:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return Span(max(0, offset - _WINDOW), offset + _WINDOW)


def _next_opener(text: str, start: int, end: int) -> int | None:
    for i in range(start, min(end, len(text))):
        if text[i] in _OPENERS and _opens(text, i):
            return i
    return None


@dataclass
class QuoteStage:
    """Sets ``article.quotes``: direct quotations with their speakers."""

    name: str = "quotes"
    version: str = "chancery.quotes.v1"
    requires: frozenset[str] = frozenset({"text", "lang", "sentences", "mentions"})
    assigns: frozenset[str] = frozenset({"quotes"})
    finders: PerLanguage[QuoteFinder] = field(
        default_factory=lambda: PerLanguage(lambda lang: QuoteFinder(QuoteWords.load(lang))), repr=False
    )

    def __call__(self, article: Article) -> Article:
        finder = self.finders.get(article.lang)
        article.quotes = finder.find(article) if finder else []
        return article

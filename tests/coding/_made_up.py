"""Helpers for tests that code made-up sentences: a second sentence without an act, so that language
identification has enough text, and the (type, source, target) triples coded."""

from chancery import code_text

TAIL = {
    "en": " Officials in Nairobi gave no further details.",
    "fr": " Aucun autre détail n'a été donné à Santiago.",
    "tr": " Santiago'da başka bir açıklama yapılmadı.",
}


def pairs(text, lang, pipeline=None):
    article = code_text(" date 2025-03-04 " + text + TAIL[lang], pipeline=pipeline)
    assert article.lang == lang
    return {(e.type, e.source, e.target) for e in article.events}

import chancery


def test_all_is_sorted_and_complete():
    assert chancery.__all__ == sorted(chancery.__all__)
    public = {n for n in dir(chancery) if (not n.startswith("_") and n[0].isupper()) or n in ("code_text",)}
    assert public <= set(chancery.__all__) | {"annotations"}
    for name in chancery.__all__:
        assert hasattr(chancery, name)


def test_code_text_returns_an_article_with_events():
    article = chancery.code_text(" date 2025-07-14 France accused Russia of obstructing the peace talks.")
    assert article.lang == "en" and str(article.published) == "2025-07-14"
    [event] = article.events
    assert (event.type, event.source, event.target, str(event.date)) == ("ACCUSE", "FRA", "RUS", "2025-07-14")

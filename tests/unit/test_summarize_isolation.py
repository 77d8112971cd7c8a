"""One article whose extraction fails is reported and the others still build."""

import pytest

from generator import summarize as summarize_module
from generator.models import Article
from generator.config import Gazetteer
from generator.summarize import summarize_all

pytestmark = pytest.mark.model


def article(aid: str, text: str) -> Article:
    return Article(aid, f"articles/{aid}.txt", aid, "Example", "2024-05-06", None, None, "en", (text,), aid)


def test_failing_article_is_reported_and_the_rest_summarised(monkeypatch):
    real = summarize_module.summarize

    def flaky(a, doc, types, conflict):
        if a.id == "bad":
            raise ValueError("boom")
        return real(a, doc, types, conflict)

    monkeypatch.setattr(summarize_module, "summarize", flaky)
    good = article("good", "Delegations met in Istanbul on Monday for talks, officials said.")
    summaries, problems = summarize_all([good, article("bad", "Text.")], Gazetteer(()))
    assert [s.article_id for s in summaries] == ["good"]
    assert summaries[0].mentions[0].type == "talks" and summaries[0].mentions[0].date == "2024-05-06"
    assert [(p.path, p.code) for p in problems] == [("articles/bad.txt", "E201")]
    assert "ValueError: boom" in problems[0].message


def test_surname_that_spacy_calls_an_organisation_does_not_break_extraction():
    text = "Petro Poroshenko spoke in Kyiv on Monday. Later, Poroshenko Bloc members met. Poroshenko said more."
    summaries, problems = summarize_all([article("p", text)], Gazetteer(()))
    assert not problems
    assert any(e.name == "Petro Poroshenko" for e in summaries[0].entities)

"""Scoring rules of `briefing eval` on hand-made gold and summaries."""

from types import SimpleNamespace

from generator.config import Gazetteer
from generator.evaluate import SCORERS
from generator.models import Quote

GAZETTEER = Gazetteer(({"name": "UK Ministry of Defence", "type": "organization", "aliases": ["British Defence Ministry"]},))


def test_a_gold_speaker_the_gazetteer_lists_under_another_spelling_is_its_canonical_name():
    sentence = SimpleNamespace(text="The British Defence Ministry said Russian losses were “heavy and rising”.")
    summary = SimpleNamespace(sentences=[sentence], quotes=[Quote("heavy and rising", "UK Ministry of Defence", 0)])
    gold = SimpleNamespace(data={"quotes": [{"text": "heavy and rising", "speaker": "British Defence Ministry"}]})
    score = SCORERS["quotes"](gold, summary, GAZETTEER)
    assert (score.matched_predicted, score.matched_gold) == (1, 1)
    gold.data["quotes"][0]["speaker"] = "Russian Defence Ministry"
    assert SCORERS["quotes"](gold, summary, GAZETTEER).matched_gold == 0


def test_a_quotation_over_sentences_is_found_by_a_snippet_of_any_of_them():
    sentences = [SimpleNamespace(text="“No."), SimpleNamespace(text="The town was never theirs,” the mayor replied."), SimpleNamespace(text="He left.")]
    summary = SimpleNamespace(sentences=sentences, quotes=[Quote("No. The town was never theirs,", "Ivan Fedorov", 0)])
    gold = SimpleNamespace(data={"quotes": [{"text": "No. The town was never theirs,", "speaker": "Ivan Fedorov", "in": "the mayor replied"}]})
    assert SCORERS["quotes"](gold, summary, GAZETTEER).matched_gold == 1
    gold.data["quotes"][0]["in"] = "He left."  # past the quotation's end
    assert SCORERS["quotes"](gold, summary, GAZETTEER).matched_gold == 0
    summary.quotes[0] = Quote("No. The town was never ours,", "Ivan Fedorov", 0)  # words no sentence holds: its own sentence only
    gold.data["quotes"][0].update(text="No. The town was never ours,", **{"in": "He left."})
    assert SCORERS["quotes"](gold, summary, GAZETTEER).matched_gold == 0

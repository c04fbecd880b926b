"""The calibrated confidence (issue 5, item 6; issue 11, item 5): rows at >= 0.8 are strict-right
90% of the time out of fold on real news (the fit's own report, kept in calibration.json) and on
the team's samples, and the model moves the right way when a field comes from further away.

Refit after extractor changes with `python bench/calibrate.py`."""
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bench_tools
from tracker import calibration as cal
from tracker.models import Claim

ROOT = Path(__file__).resolve().parents[1]
REFIT = "refit with `python bench/calibrate.py`"


def _bench():
    return bench_tools.load("calibrate")


@pytest.fixture(scope="module")
def corpus():
    """Claims of the bundled corpus as the pipeline returns them."""
    return _bench().extract(ROOT / "data" / "raw")


@pytest.fixture(scope="module")
def labelled(scorer, corpus):
    b = _bench()
    gold = b.load_gold(scorer, ROOT / "tests" / "gold")
    return b.label(scorer, corpus, gold), gold


def test_rows_at_080_are_right_nine_times_in_ten(labelled):
    """The model is fitted on real news out of fold (bench/calibrate.py), where a row is strictly
    right half the time; the bundled samples are easier (nine rows in ten right), so here rows at
    0.8 must be right at least 90% of the time, and the ranking must still sort the easy corpus:
    rows at 0.7 and above (one in four at least) right 95% of the time."""
    rows, _ = labelled
    top = [y for c, y in rows if cal.calibrate(c) >= 0.8]
    assert not top or sum(top) / len(top) >= 0.90, (sum(top), len(top), REFIT)
    high = [y for c, y in rows if cal.calibrate(c) >= 0.7]
    assert len(high) >= len(rows) / 4, (len(high), len(rows), REFIT)
    assert sum(high) / len(high) >= 0.95, (sum(high), len(high), REFIT)
    low = [y for c, y in rows if cal.calibrate(c) < 0.4]
    assert sum(low) / len(low) < sum(high) / len(high) - 0.2, (sum(low), len(low))


def test_calibrated_ranks_rows_better_than_the_hand_set_confidence(labelled):
    """Right rows score higher than wrong ones (AUC), and more often than with the hand-set
    confidence while the pipeline still returns that one."""
    rows, _ = labelled

    def auc(score):
        pos = [score(c) for c, y in rows if y]
        neg = [score(c) for c, y in rows if not y]
        wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
        return wins / (len(pos) * len(neg))

    fitted = auc(cal.calibrate)
    assert fitted > 0.6, fitted
    if any(abs(c.confidence - cal.calibrate(c)) > 1e-9 for c, _ in rows):  # not yet wired into _claim
        hand = auc(lambda c: c.confidence)
        assert fitted > hand, (fitted, hand)


def test_labels_agree_with_the_scorer(scorer, labelled, corpus):
    """bench/calibrate.py pairs rows as shared/eval/score.py does: as many right rows as strict tp."""
    rows, gold = labelled
    b = _bench()
    res = scorer.score(gold, [b.as_row(c) for c in corpus])
    assert sum(y for _, y in rows) == res["strict"]["tp"]
    assert len(rows) == res["pred"]


# --- direction -------------------------------------------------------------------------------

#: one message of each source, as tracker/context.py writes them
OWN = {
    "indicator": "'exports' in the clause",
    "commodity": "'oil' near the figure",
    "period": "'2023' in the clause",
    "partners": "roles in the clause",
}
FARTHER = {
    "indicator": ["'exports' in the sentence", "from the previous figure or sentence (exports)",
                  "'exportations' in the sentence before", "unit bcm of an energy flow"],
    "commodity": ["from the previous figure", "from unit bcm", "no commodity named",
                  "'livraisons' of the goods the article spoke of (gas)"],
    "period": ["'2023', shared with the figure next to it", "from the previous figure in the sentence",
               "'en 2023' in the sentence", "'a year earlier': a year before 2023",
               "'sur cette période': 2023, the period just spoken of", "from the previous figure",
               "the period the article last spoke of", "no period stated",
               "the level's before the baseline in the sentence"],
    "partners": ["roles in the sentence", "the previous figure's partners", "the sentence before",
                 "the article's pair", "'Chine' and the article's pair",
                 "the article's last figure of this flow", "'the other way': the reverse of the previous flow",
                 "roles in the clause, buyer of the article's last figure of this flow",
                 "roles in the clause, other side from the article's pair",
                 "'importer': India against Russian", "'China' heading the sentence, against CHL"],
}


def _claim(**why):
    return Claim("doc", "exports", "oil", "RUS", "CHN", "level", 1.0e9, "USD", "$1 billion",
                 "Russia's exports to China reached $1 billion in 2023.", 0, 10, "money.scaled", 0.95,
                 period="2023", explanation={**OWN, "figure": "money.scaled: '$1 billion' -> 1000000000 USD", **why},
                 # (as the shipped weights give every row: the scorer's probability of each choice)
                 probs={fld: 0.9 for fld in cal.SCORED})


def test_partners_from_the_clause_beat_the_articles_pair():
    own, far = _claim(), _claim(partners="the article's pair")
    assert cal.calibrate(own) > cal.calibrate(far)


def test_period_and_indicator_of_the_clause_beat_context():
    own = cal.calibrate(_claim())
    assert own > cal.calibrate(_claim(period="the period the article last spoke of"))
    # (the flow word of the figure before is as good as the clause's on real news: the fit holds
    # that weight at its bound, 0, so the two may tie; never the other way)
    assert own >= cal.calibrate(_claim(indicator="from the previous figure or sentence (exports)"))


@pytest.mark.parametrize("field,message", [(f, m) for f, ms in FARTHER.items() for m in ms])
def test_no_source_beats_the_figures_own_clause(field, message):
    assert cal.features(_claim(**{field: message}))[f"{field}={cal._source(field, message)}"] == 1.0
    assert cal._source(field, message) != "other", message
    assert cal.calibrate(_claim(**{field: message})) <= cal.calibrate(_claim())


def test_messages_map_by_frame_not_by_word():
    """The quoted cue may be any word of any language, apostrophes included."""
    for word in ("exports", "exportations", "l'an dernier", "экспорт"):
        assert cal._source("indicator", f"'{word}' in the clause") == "clause"
        assert cal._source("period", f"'{word}' in the clause") == "clause"
        assert cal._source("period", f"'{word}', shared with the figure next to it") == "clause_shared"
        assert cal._source("partners", f"'{word}' and the article's pair") == "clause_pair"
    assert cal._source("partners", "the article's pair ('les deux pays')") == "article_pair_word"
    assert cal._source("period", "something new") == "other"


def test_calibrate_is_idempotent():
    """The hand-set confidence is not in the model, so calibrating a calibrated row changes nothing."""
    c = _claim(partners="the previous figure's partners")
    once = cal.calibrate(c)
    assert cal.calibrate(replace(c, confidence=once)) == once
    assert cal.calibrate(replace(c, confidence=0.05)) == once


# --- range -----------------------------------------------------------------------------------

def test_values_in_unit_interval_on_the_corpus(corpus):
    scores = [cal.calibrate(c) for c in corpus]
    assert scores and all(0.0 <= s <= 1.0 for s in scores)
    assert len(set(scores)) > 10  # the model tells rows apart


@settings(max_examples=60, deadline=None)
@given(why=st.dictionaries(st.sampled_from(["indicator", "commodity", "period", "partners", "sign", "basis",
                                            "modality", "twin", "weird"]), st.text(max_size=40), max_size=9),
       unit=st.sampled_from(["USD", "percent", "pp", "bcm", "t", ""]),
       measure=st.sampled_from(["level", "change", "share", ""]),
       rule=st.sampled_from(["money.scaled", "percent.sign", "quantity.carried", "", "odd"]),
       period=st.sampled_from(["", "2023", "2023-05", "2023-Q1", "2023-01/2023-05", "2023-06-07"]))
def test_values_in_unit_interval_on_any_claim(why, unit, measure, rule, period):
    c = replace(_claim(), explanation=why, unit=unit, measure=measure, rule=rule, period=period)
    assert 0.0 <= cal.calibrate(c) <= 1.0


# --- the parameters file ---------------------------------------------------------------------

def test_parameters_file_loads_with_expected_features():
    m = cal.load_model()
    assert len(m.names) == len(m.weights) == len(set(m.names))
    expected = {"partners=article_pair", "partners=prev_figure", "period=article_period",
                "period=prev_figure", "indicator=prev_figure", "commodity=prev_figure",
                "period_kind=month", "measure=share", "unit=percent", "rule=money", "position=lead", "approx"}
    assert expected <= set(m.names), expected - set(m.names)
    assert "hand_confidence" not in m.names
    # the own clause is each ordered field's reference level; the others weigh no more than it
    for field in cal.ORDERED:
        assert f"{field}={cal.ORDERED[field]}" not in m.names
        assert all(w <= 0 for n, w in zip(m.names, m.weights) if n.split("=")[0] == field), field
    xs = [x for x, _ in m.knots]
    assert xs == sorted(xs) and m.knots[0] == (0.0, 0.0)
    data = json.loads((ROOT / "tracker" / "lexicons" / cal.PARAMS_FILE).read_text(encoding="utf-8"))
    # out of fold on the real dev set: bench/calibrate.py places the 0.8 mark where at least five
    # rows were right 92% of the time, and nowhere when no group is (on real news few or no rows
    # get there: README "Confidence"); rows at 0.8 are right 90% of the time, and the model ranks
    oof = data["out_of_fold"]
    assert oof["top_rows"] == 0 or oof["top_rows"] >= 5 and oof["top_precision"] >= 0.9, oof
    assert oof["auc"] >= 0.7, oof


def test_model_was_fitted_on_the_engines_current_messages(corpus):
    """Every explanation of today's engine has a category: a new message must be mapped in
    tracker/calibration.py (then refit)."""
    unmapped = sorted({f"{k}: {c.explanation.get(k.split('=')[0], '')!r}" for c in corpus
                       for k, v in cal.features(c).items() if v and k.endswith("=other")})
    assert not unmapped, unmapped[:10]


def test_bad_parameters_name_the_file():
    with pytest.raises(ValueError, match="calibration.json: 2 features but 1 weights"):
        cal.Model.from_json({"features": ["a", "b"], "weights": [1.0], "intercept": 0.0})
    with pytest.raises(ValueError, match="calibration.json: not a calibration model"):
        cal.Model.from_json({"weights": []})
    with pytest.raises(ValueError, match="knots must rise"):
        cal.Model.from_json({"features": [], "weights": [], "intercept": 0.0, "knots": [[0, 0], [0, 1]]})

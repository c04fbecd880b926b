"""Feature pairs of the choice scorer: scored at run time from choice.json, mined at fit time."""
import json
import sys
from pathlib import Path

import pytest

from tracker import choose
from tracker.choose import Candidate, Model, conj_name, conjoined

ROOT = Path(__file__).resolve().parents[1]


def test_pair_adds_its_weight_only_when_both_features_are_present():
    w = {"partners": {"a": 1.0, "b": 0.5, conj_name("a", "b"): -3.0}}
    m = Model(w, {"partners": [["a", "b"]]})
    both, only_a = Candidate(("X", "Y"), ["a", "b", "rule"]), Candidate(("Y", "X"), ["a"])
    assert m.score("partners", both.feats) == pytest.approx(-1.5)
    assert m.score("partners", only_a.feats) == pytest.approx(1.0)
    # the pair turns the choice: without it the first candidate wins
    assert Model(w).pick("partners", [both, only_a])[0] == 0
    assert m.pick("partners", [both, only_a])[0] == 1


def test_a_feature_listed_twice_counts_its_pair_once():
    w = {"period": {conj_name("a", "b"): 2.0}}
    m = Model(w, {"period": [["a", "b"]]})
    assert m.score("period", ["a", "a", "b"]) == pytest.approx(2.0)


def test_fit_and_run_time_name_the_same_pairs():
    pairs = [["a", "b"], ["b", "c"]]
    feats = conjoined(["a", "b", "d"], pairs)
    assert feats == ["a", "b", "d", conj_name("a", "b")]
    w = {"partners": {x: 1.0 for x in feats}}
    assert Model(w, {"partners": pairs}).score("partners", ["a", "b", "d"]) == pytest.approx(
        Model(w).score("partners", feats))


def test_shipped_weights_load_their_pairs():
    data = json.loads((ROOT / "tracker" / "lexicons" / "choice.json").read_text(encoding="utf-8"))
    m = choose.load_model(str(ROOT / "tracker" / "lexicons" / "choice.json"))
    for fld, pairs in (data.get("conj") or {}).items():
        weighted = [p for p in pairs if data["weights"][fld].get(conj_name(*p))]
        assert sum(len(v) for v in m.conj.get(fld, {}).values()) == len(weighted)


def test_mining_finds_the_interaction_a_linear_scorer_misses():
    pytest.importorskip("lightgbm")
    sys.path.insert(0, str(ROOT / "bench"))
    import fit_choice

    # the right candidate is the one with "x" alone, or with "y" alone, never with both: an XOR
    # no sum of the two weights can tell; noise features around it
    rows = []
    for i in range(400):
        kinds = [("x",), ("y",), ("x", "y"), ()]
        cands = [(k, [*f, f"n{(i + k) % 7}"]) for k, f in enumerate(kinds)]
        right = [0] if i % 2 else [1]
        if i % 2:
            cands[1] = (1, ["y", "x", "n9"])
        else:
            cands[0] = (0, ["x", "y", "n8"])
        rows.append({"cands": cands, "right": right, "weight": 1.0})
    pairs = fit_choice.mine_conj(rows, 3)
    assert ["x", "y"] in pairs
    # with the pair, the fit chooses right every time; without it, it cannot
    w_plain = fit_choice.fit_field(rows, 1.0)
    w_conj = fit_choice.fit_field(fit_choice.with_conj(rows, pairs), 1.0)
    plain = sum(fit_choice.choose_index(r["cands"], w_plain) in r["right"] for r in rows)
    conj = sum(fit_choice.choose_index(r["cands"], w_conj) in r["right"]
               for r in fit_choice.with_conj(rows, pairs))
    assert conj == len(rows) > plain

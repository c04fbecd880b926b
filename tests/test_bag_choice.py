"""bench/bag_choice.py: several fits of the choice scorer averaged into one."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from tracker.choose import Candidate, load_model

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "bag_choice.py"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bag_choice", SCRIPT)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


A = {"weights": {"partners": {"rule": 1.0, "x": 2.0, "C:x&y": 4.0}}, "conj": {"partners": [["x", "y"]]}}
B = {"weights": {"partners": {"rule": 3.0, "z": -2.0}, "period": {"rule": 1.0}}, "conj": {"partners": [["z", "w"]]}}


def test_bag_means_weights_and_unites_pairs() -> None:
    out = _module().bag([A, B])
    assert out["weights"]["partners"] == {"C:x&y": 2.0, "rule": 2.0, "x": 1.0, "z": -1.0}
    assert out["weights"]["period"] == {"rule": 0.5}
    assert out["conj"]["partners"] == [["x", "y"], ["z", "w"]]


def test_bagged_file_scores_as_the_mean_of_the_fits(tmp_path: Path) -> None:
    fa, fb, out = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "bag.json"
    fa.write_text(json.dumps(A)), fb.write_text(json.dumps(B))
    subprocess.run([sys.executable, str(SCRIPT), str(out), str(fa), str(fb)], check=True, capture_output=True)
    feats = ["rule", "x", "y", "z"]
    ma, mb, mbag = (load_model(str(p)) for p in (fa, fb, out))
    mean = (ma.score("partners", feats) + mb.score("partners", feats)) / 2
    assert abs(mbag.score("partners", feats) - mean) < 1e-12  # the pair's weight counted once, halved
    # (and the choice follows the mean: the fits disagree, the bag picks the candidate they favour together)
    cands = [Candidate(("A", "B"), ["rule"]), Candidate(("B", "A"), ["x", "y"])]
    assert mbag.pick("partners", cands)[0] == 1


def test_fold_dirs_must_put_each_article_in_one_fold(tmp_path: Path) -> None:
    d1, d2 = tmp_path / "k1", tmp_path / "k2"
    for d, folds in ((d1, [["a", "b", "example:r:1"], ["c"]]), (d2, [["a", "c"], ["b"]])):
        d.mkdir()
        for k, docs in enumerate(folds):
            (d / f"fold{k}.json").write_text(json.dumps({**A, "docs": docs}))
    # "b" held out in fold 0 of one fit and trained on there by the other: not out of fold
    r = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "bag"), str(d1), str(d2)], capture_output=True, text=True)
    assert r.returncode != 0 and "another fold" in r.stderr + r.stdout
    # a later fit whose dev set holds one more article ("d", merged since) bags with the earlier one
    (d2 / "fold0.json").write_text(json.dumps({**B, "docs": ["a", "b", "d", "example:r:2"]}))
    (d2 / "fold1.json").write_text(json.dumps({**B, "docs": ["c"]}))
    subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "bag"), str(d1), str(d2)], check=True, capture_output=True)
    got = json.loads((tmp_path / "bag" / "fold0.json").read_text())
    assert got["docs"] == ["a", "b", "d", "example:r:1", "example:r:2"]


def test_field_taken_from_one_fit(tmp_path: Path) -> None:
    fa, fb, out = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "bag.json"
    fa.write_text(json.dumps(A)), fb.write_text(json.dumps(B))
    subprocess.run([sys.executable, str(SCRIPT), str(out), str(fa), str(fb), "--field", f"partners={fb}"],
                   check=True, capture_output=True)
    got = json.loads(out.read_text())
    # the partner weights and pairs are B's alone, the period weights still the mean
    assert got["weights"]["partners"] == B["weights"]["partners"]
    assert got["conj"]["partners"] == [["z", "w"]]
    assert got["weights"]["period"] == {"rule": 0.5}
    assert "partners" in got["meta"]["fields_from"]

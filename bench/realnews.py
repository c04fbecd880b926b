"""Score the installed `tracker extract` on real published articles (fetches nothing).

    python bench/realnews.py [--cache .cache/realnews] [--split dev|test|all] [--json]
                             [--diagnose FIELD] [--keep DIR] [--oof DIR] [--batch TAG]

The texts are third-party pages kept in a git-ignored cache (`CACHE/<doc>.txt`, fetched at
the start of a session as shared/realnews/README.md says). Manifests and gold are in the
repo: shared/realnews/ (72 articles, the team's adjudicated gold) and data/realnews/ (the
team's own real dev set). Each cached text is checked against its manifest's sha256 by
shared/realnews/inputs.py; a missing or changed text is reported and left out.

Splits: every article is in `dev` or `test` by a hash of its id (one in five is `test`).
`test` is a lockbox: its scores are printed, its rows never (`--diagnose` refuses it), so
that tuning on `dev` cannot flatter the figures reported for `test`.

`TRACKER_TREE=DIR` runs the code of another checkout instead (a `git worktree` of the commit a
change is measured against); `TRACKER=EXE` another executable (its worker processes import
whatever their current folder holds first: prefer TRACKER_TREE).

Prints score.py's table per set (shared, own) and language; `--diagnose FIELD` lists the
dev rows where FIELD disagrees, with their sentences, then missed and spurious rows.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "shared": (SHARED / "realnews" / "docs.jsonl", SHARED / "realnews" / "gold.jsonl"),
    "own": (ROOT / "data" / "realnews" / "docs.jsonl", ROOT / "data" / "realnews" / "gold.jsonl"),
}
FIELDS = ("indicator", "commodity", "pair", "period", "modality", "measure", "sign", "basis", "approx")


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def split_of(doc: str) -> str:
    """`test` for one article in five, by a hash of its id (stable, independent of content)."""
    return "test" if int(hashlib.sha256(doc.encode()).hexdigest(), 16) % 5 == 0 else "dev"


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def gather(cache: Path, split: str, tmp: Path, langs: tuple[str, ...] | None = None
           ) -> tuple[Path, list[dict], dict[str, dict]]:
    """Checked extract input for the chosen split, the gold rows, and doc -> (set, lang)."""
    if langs is None:
        from tracker.lexicon import languages

        langs = tuple(languages())
    docs: dict[str, dict] = {}
    gold: list[dict] = []
    manifests = []
    for name, (dpath, gpath) in SETS.items():
        rows = [d for d in read_jsonl(dpath) if (split == "all" or split_of(d["doc"]) == split)
                and d["lang"] in langs]
        if not rows:
            continue
        m = tmp / f"{name}.docs.jsonl"
        m.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rows), encoding="utf-8")
        manifests.append(m)
        for d in rows:
            docs[d["doc"]] = {"set": name, "lang": d["lang"]}
        gold += [g for g in read_jsonl(gpath) if g["doc"] in docs]
    inp = tmp / "input.jsonl"
    cmd = [sys.executable, str(SHARED / "realnews" / "inputs.py"), str(cache), str(inp)]
    for m in manifests:
        cmd += ["--docs", str(m)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    sys.stderr.write(r.stderr)
    present = {json.loads(x)["id"] for x in inp.read_text(encoding="utf-8").splitlines() if x.strip()}
    gold = [g for g in gold if g["doc"] in present]
    return inp, gold, {k: v for k, v in docs.items() if k in present}


def extract(inp: Path, out: Path, weights: Path | None = None) -> None:
    exe = os.environ.get("TRACKER", "tracker")
    env = dict(os.environ)
    if weights is not None:
        env["TRACKER_CHOICE_WEIGHTS"] = str(weights)
    cmd, cwd = [exe, "extract", str(inp.resolve()), "--no-store", "--output", str(out.resolve()), "-q"], None
    if tree := env.get("TRACKER_TREE"):
        # another checkout of the code (a worktree at an older commit): run from inside it, so
        # that the worker processes, which put the current folder first on their path, import
        # that tree too and not the installed (editable) one
        cwd = str(Path(tree).resolve())
        env["PYTHONPATH"] = cwd
        cmd = [sys.executable, "-c", f"import sys; sys.path.insert(0, {cwd!r}); from tracker.cli import main; "
               "sys.exit(main())", *cmd[1:]]
    done = subprocess.run(cmd, env=env, cwd=cwd)
    # exit status 1 with a table written: some articles failed (each named on stderr) and the
    # others were extracted; they are scored, the failed ones count as rows missed
    if done.returncode != 0 and not (done.returncode == 1 and out.exists()):
        raise SystemExit(f"tracker extract failed on {inp} (exit status {done.returncode})")
    if done.returncode:
        sys.stderr.write(f"{inp}: some articles failed (named above); scored without their rows\n")


def fold_of(doc: str, k: int) -> int:
    """The fold of k an article falls in for the choice scorer's fits (a hash of its id)."""
    return int(hashlib.sha256(("fold" + doc).encode()).hexdigest(), 16) % k


def extract_oof(inp: Path, tmp: Path, fold_dir: Path) -> Path:
    """Each fold's articles extracted with the weights fitted without them (bench/fit_choice.py
    --fold-dir): the table an unseen article would get, for every article."""
    rows = [json.loads(x) for x in inp.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = tmp / "claims.csv"
    header, lines = None, []
    seen: set[str] = set()
    files = sorted(fold_dir.glob("fold*.json"))
    helds = [set(json.loads(wf.read_text())["docs"]) for wf in files]
    known = set().union(*helds) if helds else set()
    # An article added to the dev set after the fit is in no fold, and no fold's weights saw it:
    # any fold's are out of fold for it; take the one fit_choice.py's hash would give it.
    late = [r["id"] for r in rows if r["id"] not in known]
    if late and files:
        sys.stderr.write(f"{len(late)} articles added after the fit: each with the weights of its hashed fold\n")
        for d in late:
            helds[fold_of(d, len(files))].add(d)
    for k, (wf, held) in enumerate(zip(files, helds)):
        part = tmp / f"fold{k}.jsonl"
        chosen = [r for r in rows if r["id"] in held]
        seen |= {r["id"] for r in chosen}
        part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen), encoding="utf-8")
        if not chosen:
            continue
        got = tmp / f"fold{k}.csv"
        extract(part, got, wf)
        text = got.read_text(encoding="utf-8").splitlines(keepends=True)
        header = header or text[0]
        lines += text[1:]
    missing = [r for r in rows if r["id"] not in seen]
    if missing:
        sys.stderr.write(f"{len(missing)} articles in no fold (refit with this split): extracted without weights\n")
        part = tmp / "rest.jsonl"
        part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in missing), encoding="utf-8")
        got = tmp / "rest.csv"
        extract(part, got, Path("none"))
        text = got.read_text(encoding="utf-8").splitlines(keepends=True)
        header = header or text[0]
        lines += text[1:]
    out.write_text((header or "") + "".join(lines), encoding="utf-8")
    return out


def table(sc: ModuleType, gold: list[dict], pred: list[dict], docs: dict[str, dict]) -> dict[str, dict]:
    groups: dict[str, set[str]] = defaultdict(set)
    for d, meta in docs.items():
        groups["all"].add(d)
        groups[meta["set"]].add(d)
        groups[f"{meta['set']} {meta['lang']}"].add(d)
        groups[f"all {meta['lang']}"].add(d)
    out = {}
    for k in sorted(groups, key=lambda k: (k != "all", k)):
        g = [x for x in gold if x["doc"] in groups[k]]
        if g:
            out[k] = sc.score(g, [p for p in pred if p.get("article_id") in groups[k]])
    return out


def print_table(res: dict[str, dict], split: str) -> None:
    print(f"split: {split}")
    print("| set | docs | gold rows | mention F1 | claim F1 | strict F1 | indicator | pair | period | modality | commodity |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for k, v in res.items():
        at = v["attributes"]
        print(f"| {k} | {v['docs']} | {v['gold']} | {v['mention']['f1']:.3f} | {v['claim']['f1']:.3f} | "
              f"{v['strict']['f1']:.3f} | " + " | ".join(f"{at.get(a, 0):.2f}" for a in
                                                           ("indicator", "pair", "period", "modality", "commodity")) + " |")


def diagnose(sc: ModuleType, gold: list[dict], pred: list[dict], field: str, limit: int) -> None:
    """Dev rows where `field` disagrees, then misses and spurious rows (score.py's pairing)."""
    gby, pby = defaultdict(list), defaultdict(list)
    for g in gold:
        gby[g["doc"]].append(g)
    for p in pred:
        pby[p["article_id"]].append(p)
    shown = 0
    misses, extras = [], []
    for d in sorted(gby):
        gs, ps = gby[d], pby[d]
        cands = []
        for i, g in enumerate(gs):
            gd, gf = sc.dim(g.get("unit"))
            for j, p in enumerate(ps):
                pd_, pf = sc.dim(p.get("unit"))
                gv, pv = sc.num(g.get("value")), sc.num(p.get("value"))
                if gd == pd_ and gv is not None and pv is not None and sc.same_value(gv * gf, pv * pf, gd):
                    cands.append((-sum(sc.attr_ok(g, p, a) for a in sc.STRICT), i, j))
        ug, up = set(), set()
        for _, i, j in sorted(cands):
            if i in ug or j in up:
                continue
            ug.add(i)
            up.add(j)
            g, p = gs[i], ps[j]
            if field and not sc.attr_ok(g, p, field) and shown < limit:
                shown += 1
                gv = sc.pair(g) if field == "pair" else g.get(field)
                pv = sc.pair(p) if field == "pair" else p.get(field)
                print(f"[{d}] {g['surface']!r}: gold {gv} / pred {pv}  ({p.get('rule')})\n    {p.get('sentence', '')[:300]}")
        misses += [(d, gs[i]) for i in range(len(gs)) if i not in ug]
        extras += [(d, ps[j]) for j in range(len(ps)) if j not in up]
    print(f"\nmissed {len(misses)}:")
    for d, g in misses[:limit]:
        print(f"  [{d}] {g['surface']!r} {g['indicator']} {g.get('exporter')}->{g.get('importer')} {g.get('period')}")
    print(f"spurious {len(extras)}:")
    for d, p in extras[:limit]:
        print(f"  [{d}] {p['surface']!r} {p['indicator']} {p.get('exporter')}->{p.get('importer')} {p.get('period')}"
              f"\n      {p.get('sentence', '')[:200]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realnews")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--lang", help="only these languages (comma-separated); default: every language with a lexicon")
    ap.add_argument("--diagnose", metavar="FIELD", choices=FIELDS + ("none",))
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("--keep", type=Path, help="keep the extracted table in this folder")
    ap.add_argument("--batch", metavar="TAG[,TAG]",
                    help="score only the batches data/realnews/parts/TAG.* (kept unmerged as a blind check); "
                         "--split still applies, so --diagnose shows its dev articles only")
    ap.add_argument("--oof", type=Path, metavar="DIR",
                    help="out of fold: each fold's articles with the weights fitted without them (fit_choice.py --fold-dir)")
    a = ap.parse_args()
    if a.diagnose and a.split != "dev":
        ap.error("--diagnose shows rows: dev split only (test is a lockbox)")
    if a.batch:
        parts = ROOT / "data" / "realnews" / "parts"
        if a.diagnose or a.keep:
            # a batch not merged yet is a blind check: its scores only, never its rows
            merged = {json.loads(x)["doc"] for x in (ROOT / "data" / "realnews" / "docs.jsonl")
                      .read_text(encoding="utf-8").splitlines() if x.strip()}
            blind = [t for t in a.batch.split(",")
                     if any(d["doc"] not in merged for d in read_jsonl(parts / f"{t}.docs.jsonl"))]
            if blind:
                ap.error(f"--diagnose/--keep show rows, and batches {', '.join(blind)} are not merged: "
                         "blind, scores only")
        SETS.clear()
        for tag in a.batch.split(","):  # several batches: each one's rows and the pooled "all"
            SETS[tag] = (parts / f"{tag}.docs.jsonl", parts / f"{tag}.gold.jsonl")
    sc = load_module(SHARED / "eval" / "score.py", "tracker_score")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(a.keep) if a.keep else Path(t)
        tmp.mkdir(parents=True, exist_ok=True)
        inp, gold, docs = gather(a.cache, a.split, tmp, tuple(a.lang.split(",")) if a.lang else None)
        if a.oof:
            out = extract_oof(inp, tmp, a.oof)
        else:
            out = tmp / "claims.csv"
            extract(inp, out)
        pred = sc.load_pred(str(out))
    res = table(sc, gold, pred, docs)
    if a.json:
        json.dump({k: {x: v[x] for x in ("mention", "claim", "strict", "attributes", "docs", "gold", "pred")}
                   for k, v in res.items()}, sys.stdout, indent=1)
        print()
    else:
        print_table(res, a.split)
    if a.diagnose:
        diagnose(sc, gold, pred, "" if a.diagnose == "none" else a.diagnose, a.limit)


if __name__ == "__main__":
    main()

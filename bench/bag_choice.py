"""Average several fits of the choice scorer into one (bagging): less variance than any one fit.

    python bench/bag_choice.py OUT IN [IN ...] [--field NAME=IN]

Each IN is either a weights file that `bench/fit_choice.py --write --out FILE` wrote (OUT is then
a file: the shipped `tracker/lexicons/choice.json`, say) or a fold directory that `--fold-dir DIR`
wrote (OUT is then a directory of the same folds, for `bench/realnews.py --oof OUT`). A
feature's weight is its mean over the fits (0 where a fit lacks it); the feature pairs are the
union of the fits' pairs. Fold directories must put each real article in the same fold
(`fit_choice.folds_of` hashes the article ids, so they do, even when a later fit's dev set holds
articles merged since; the catalogue's example decisions may differ between trees and are merged).

Why: one refit on the same articles moves a few hundred pair decisions one way or the other
(the mined feature pairs and the L-BFGS optimum shift with any feature change), about as much
as a session's rules; the mean of a few refits keeps their common part.

`--field period=IN` takes one field's weights from one input instead of the mean: the fields are
scored apart (a figure's period choice does not read its partner weights), so a refit whose
period choices beat the bag's out of fold while its partner choices do not can lend the bag its
period weights alone.
"""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any


def bag(fits: list[dict[str, Any]]) -> dict[str, Any]:
    """The mean weights of `fits` and the union of their feature pairs, in a stable order."""
    n = len(fits)
    weights: dict[str, dict[str, float]] = {}
    for fld in sorted({f for fit in fits for f in fit.get("weights", {})}):
        names = sorted({k for fit in fits for k in fit.get("weights", {}).get(fld, {})})
        weights[fld] = {k: sum(fit.get("weights", {}).get(fld, {}).get(k, 0.0) for fit in fits) / n for k in names}
    conj: dict[str, list[list[str]]] = {}
    for fld in sorted({f for fit in fits for f in fit.get("conj", {})}):
        seen: list[list[str]] = []
        for fit in fits:
            for pair in fit.get("conj", {}).get(fld, []):
                if list(pair) not in seen:
                    seen.append(list(pair))
        conj[fld] = seen
    return {"weights": weights, "conj": conj}


def take_field(out: dict[str, Any], fld: str, fit: dict[str, Any]) -> None:
    """`out`'s weights (and feature pairs) of one field replaced by `fit`'s: a field whose own
    out-of-fold score is better from another fit than from the bag (`--field`)."""
    out["weights"][fld] = fit.get("weights", {}).get(fld, {})
    if fld in fit.get("conj", {}):
        out["conj"][fld] = fit["conj"][fld]
    else:
        out["conj"].pop(fld, None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("inputs", type=Path, nargs="+")
    ap.add_argument("--field", action="append", default=[], metavar="NAME=INPUT",
                    help="take this field's weights from INPUT (a weights file, or a fold directory "
                         "when the inputs are) instead of the bag's mean; repeatable")
    a = ap.parse_args()
    fields = [(f.split("=", 1)[0], Path(f.split("=", 1)[1])) for f in a.field]
    if all(p.is_dir() for p in a.inputs):
        a.out.mkdir(parents=True, exist_ok=True)
        folds = sorted(p.name for p in a.inputs[0].glob("fold*.json"))
        held = {name: [{d for d in json.loads((f / name).read_text(encoding="utf-8"))["docs"]
                        if not d.startswith("example:")} for f in a.inputs] for name in folds}
        for name in folds:
            # an article may be in one fit's dev set and not another's (merged after that fit):
            # out of fold still, as long as no fit holds it in another fold (its held-out weights
            # never saw it, and the fits without it never trained on it)
            mine = set().union(*held[name])
            clash = {d for other in folds if other != name for r in held[other] for d in r & mine}
            if clash:
                raise SystemExit(f"{name}: {len(clash)} articles are in another fold of some fit "
                                 f"({sorted(clash)[:3]}...); cannot bag them out of fold")
            fits = [json.loads((d / name).read_text(encoding="utf-8")) for d in a.inputs]
            out = bag(fits)
            for fld, src in fields:
                take_field(out, fld, json.loads((src / name).read_text(encoding="utf-8")))
            out["docs"] = sorted({d for fit in fits for d in fit["docs"]})
            (a.out / name).write_text(json.dumps(out), encoding="utf-8")
        print(f"{len(folds)} folds, {len(a.inputs)} fits each -> {a.out}")
    elif not any(p.is_dir() for p in a.inputs):
        fits = [json.loads(p.read_text(encoding="utf-8")) for p in a.inputs]
        out = bag(fits)
        lent = {fld: json.loads(src.read_text(encoding="utf-8")) for fld, src in fields}
        for fld, fit in lent.items():
            take_field(out, fld, fit)
        out["meta"] = {"by": "bench/bag_choice.py", "bagged": [fit.get("meta", {}) for fit in fits],
                       "fitted": date.today().isoformat()}
        if lent:
            out["meta"]["fields_from"] = {fld: fit.get("meta", {}) for fld, fit in lent.items()}
        a.out.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        print(f"{len(fits)} fits -> {a.out}")
    else:
        raise SystemExit("give weights files or fold directories, not both")


if __name__ == "__main__":
    main()

"""Check gold claims against their manifest and cached texts before they are used.

    python bench/check_gold.py --docs data/realnews/docs.jsonl --gold data/realnews/gold.jsonl \
        [--cache .cache/realnews]

Each gold row must name a doc of the manifest, use SCHEMA.md's vocabularies, put the two
partners of a bilateral figure in alphabetical order, give a period the scorer can read,
and (where the doc's text is cached) have a `surface` that occurs in that text. Each
cached text must have its manifest sha256. Prints one line per problem; exit 1 on any.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

INDICATORS = {"bilateral_trade", "exports", "imports", "energy_deliveries", "trade_balance"}
COMMODITIES = {"all", "oil", "gas", "lng", "coal", "electricity", "oil_gas", "agri", "cars", "other"}
MEASURES = {"level", "change", "share"}
MODALITIES = {"actual", "target", "forecast"}
APPROX = {"exact", "about", "more_than", "less_than", "up_to"}
UNITS = {"percent", "pp", "bcm", "m3", "t", "bbl", "bbl/d", "TWh", "MWh", "units"}
GROUPS = {"EUU", "WLD", "ASEAN", "AFR", "ASIA", "LATAM"}
PERIOD = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?(/\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?)?$")
BASIS = re.compile(r"^(yoy|prev_period|vs:[0-9A-Za-z-]+)$")
REQUIRED = ("doc", "surface", "indicator", "commodity", "exporter", "importer", "measure", "value",
            "unit", "period", "modality", "approx")


def problems(docs: list[dict], gold: list[dict], cache: Path | None) -> list[str]:
    out: list[str] = []
    by_doc = {d["doc"]: d for d in docs}
    texts: dict[str, str] = {}
    for d in docs:
        p = cache / f"{d['doc']}.txt" if cache else None
        if p is not None and p.exists():
            b = p.read_bytes()
            if hashlib.sha256(b).hexdigest() != d.get("sha256"):
                out.append(f"{d['doc']}: cached text differs from the manifest's sha256")
            else:
                texts[d["doc"]] = b.decode("utf-8")
    for i, g in enumerate(gold, 1):
        where = f"gold row {i} ({g.get('doc')}, {g.get('surface')!r})"
        for k in REQUIRED:
            if k not in g:
                out.append(f"{where}: no field {k}")
        if g.get("doc") not in by_doc:
            out.append(f"{where}: doc not in the manifest")
        for k, vocab in (("indicator", INDICATORS), ("commodity", COMMODITIES), ("measure", MEASURES),
                         ("modality", MODALITIES), ("approx", APPROX)):
            if g.get(k) not in vocab:
                out.append(f"{where}: {k} {g.get(k)!r} not in {sorted(vocab)}")
        unit = g.get("unit") or ""
        if unit not in UNITS and not re.fullmatch(r"[A-Z]{3}", unit):
            out.append(f"{where}: unit {unit!r} is neither an ISO 4217 code nor one of {sorted(UNITS)}")
        for k in ("exporter", "importer"):
            v = g.get(k)
            if v is not None and v not in GROUPS and not re.fullmatch(r"[A-Z]{3}", str(v)):
                out.append(f"{where}: {k} {v!r} is not ISO alpha-3 or a group code")
        if g.get("indicator") == "bilateral_trade" and g.get("exporter") and g.get("importer") \
                and g["exporter"] > g["importer"]:
            out.append(f"{where}: bilateral partners not in alphabetical order")
        if g.get("period") is not None and not PERIOD.match(str(g["period"])):
            out.append(f"{where}: period {g['period']!r} unreadable")
        b = g.get("basis")
        if g.get("measure") == "change" and b is not None and not BASIS.match(str(b)):
            out.append(f"{where}: basis {b!r} unreadable")
        if g.get("measure") != "change" and b:
            out.append(f"{where}: basis given for a {g.get('measure')}")
        if not isinstance(g.get("value"), (int, float)):
            out.append(f"{where}: value is not a number")
        if g.get("value_high") is not None and isinstance(g.get("value"), (int, float)) \
                and g["value_high"] < g["value"]:
            out.append(f"{where}: value_high below value")
        t = texts.get(g.get("doc", ""))
        if t is not None and g.get("surface") and g["surface"] not in t:
            out.append(f"{where}: surface not found in the cached text")
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", action="append", type=Path, required=True)
    ap.add_argument("--gold", action="append", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realnews")
    a = ap.parse_args()
    docs = [d for p in a.docs for d in read_jsonl(p)]
    gold = [g for p in a.gold for g in read_jsonl(p)]
    found = problems(docs, gold, a.cache if a.cache.exists() else None)
    print("\n".join(found) or f"{len(gold)} gold rows over {len(docs)} docs ok")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()

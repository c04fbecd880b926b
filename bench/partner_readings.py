"""How often each of the rules' readings of a figure's partners is right, on the real dev set.

    python bench/partner_readings.py [--lang en] [--show READING] [--limit 30]

Extracts the dev split in process with the rules alone (TRACKER_CHOICE_WEIGHTS=none), pairs each
row with the gold row of its article that has the same surface, and groups the rows by how the
rules found the partners: the reading `tracker/context.py` wrote in the row's explanation, its
quoted words left out ("'…', the country the figure is listed with, buyer of the article's last
figure of this flow"). Prints the rows right and wrong per reading (the pair as score.py compares
it: both sides sorted for bilateral trade), most wrong first: where a rule change pays most.
`--show READING` lists the wrong rows of one reading. The lockbox split is never read.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: a quoted cue in an explanation: the engine writes f"'{cue.text}'", and the cue's text may
#: hold apostrophes of its own ("'l'Espagne'"), never one that opens or closes a word
_QUOTED = re.compile(r"(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)")
_BRACKET = re.compile(r"\s*\([^()]*\)")


def reading(why: str) -> str:
    """The rules' reading of the partners, without the words it quotes.

    >>> reading("'l'Espagne', the country the figure is listed with, buyer of the article's last figure of this flow")
    "'…', the country the figure is listed with, buyer of the article's last figure of this flow"
    >>> reading("the article's pair ('bilateral')")
    "the article's pair"
    >>> reading("")
    '(none)'
    """
    return _BRACKET.sub("", _QUOTED.sub("'…'", why)).strip() or "(none)"


def pair(indicator: str, exporter: str | None, importer: str | None) -> tuple[str, str]:
    a, b = exporter or "", importer or ""
    return (min(a, b), max(a, b)) if indicator == "bilateral_trade" else (a, b)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realnews")
    ap.add_argument("--lang", help="only these languages (comma-separated)")
    ap.add_argument("--show", metavar="READING", help="list the wrong rows of this reading")
    ap.add_argument("--limit", type=int, default=30)
    a = ap.parse_args()
    os.environ["TRACKER_CHOICE_WEIGHTS"] = "none"
    import realnews  # bench/realnews.py: the checked input and the gold of a split

    from tracker import pipeline
    from tracker.ingest import iter_articles
    from tracker.models import Article

    with tempfile.TemporaryDirectory() as tmp:
        langs = tuple(a.lang.split(",")) if a.lang else None
        inp, gold, _ = realnews.gather(a.cache, "dev", Path(tmp), langs)
        by_surface = {(g["doc"], g["surface"]): g for g in gold}
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        wrong: dict[str, list[str]] = defaultdict(list)
        for art in iter_articles([str(inp)]):
            if not isinstance(art, Article):
                continue
            for c in pipeline.analyse(art)[0]:
                g = by_surface.get((c.article_id, c.surface))
                if g is None:
                    continue
                key = reading(c.explanation.get("partners", ""))
                ok = pair(c.indicator, c.exporter, c.importer) == pair(g["indicator"], g["exporter"], g["importer"])
                counts[key][0 if ok else 1] += 1
                if not ok:
                    wrong[key].append(f"[{c.article_id}] {c.surface!r}: gold {pair(g['indicator'], g['exporter'], g['importer'])}"
                                      f" / rules {pair(c.indicator, c.exporter, c.importer)}\n    {c.sentence[:200]}")
    print("| right | wrong | accuracy | the rules' reading |\n|---|---|---|---|")
    for key, (r, w) in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0])):
        print(f"| {r} | {w} | {r / (r + w):.2f} | {key} |")
    if a.show:
        print(f"\nwrong rows of: {a.show}")
        for line in wrong.get(a.show, [])[:a.limit]:
            print(line)


if __name__ == "__main__":
    main()

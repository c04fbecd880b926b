"""`tracker explain FILE`: every figure found, the cues that decided each field, and the
figures rejected with the reason."""
from __future__ import annotations

import argparse
import sys

HELP = """Show how the extractor read an article: each figure kept as a row with the cue that
decided each field (indicator, partners, period, modality...), then each figure it
rejected and why.

examples:
  tracker explain data/raw/000_c982afabc432b07d.txt
  tracker explain article.html --published 2024-01-12
"""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("explain", help="show why each figure became a row (or did not)",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument("--published", metavar="DATE", help="publication date for files without one")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tracker import ingest, pipeline

    failed = 0
    for item in ingest.iter_articles(args.paths, published=args.published):
        if isinstance(item, ingest.IngestError):
            print(str(item), file=sys.stderr)
            failed += 1
            continue
        claims, rejected = pipeline.analyse(item)
        print(f"== {item.article_id}  ({item.lang or 'lang?'}, published {item.published or '?'})")
        for c in claims:
            span = f"{c.value:g}" + (f"..{c.value_high:g}" if c.value_high is not None else "")
            print(f"\n  [{c.start}:{c.end}] {c.surface!r}  ->  {c.indicator} {c.commodity} "
                  f"{c.exporter or '?'}->{c.importer or '?'} {c.measure} {span} {c.unit} "
                  f"period={c.period or '-'} basis={c.basis or '-'} {c.modality} {c.approx} "
                  f"conf={c.confidence:.2f}")
            for key, why in c.explanation.items():
                print(f"      {key:10s} {why}")
        if rejected:
            print("\n  rejected:")
            for r in rejected:
                print(f"  [{r.start}:{r.end}] {r.surface!r}: {r.reason}")
        print()
    return 1 if failed else 0

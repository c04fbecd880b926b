"""Same input, same output: fingerprint everything the extractor says about many texts, so a
refactor (a speed-up) can be checked to change nothing.

    python bench/same_output.py --save /tmp/before.txt      # on the tree before the change
    python bench/same_output.py --compare /tmp/before.txt   # on the tree after it

The texts: every article of data/raw, tests/holdout/raw and tests/fixtures, each also with
no publication date, with a year-only and a month-only date and with another date; every
rule example and counterexample; and --mixes articles stitched from the corpus's sentences
in a seeded random order (with random paragraph breaks, digits changed, letters lower-cased),
which gives the context rules neighbours they never had. For each text the fingerprint holds
the claims and the rejected figures with every field (`repr`), the figures found, and the
cues and period phrases of every sentence. --compare prints the first texts that differ.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _articles(mixes: int, seed: int) -> list[object]:
    from tracker.ingest import iter_articles, parse_published
    from tracker.models import Article
    from tracker.normtext import clean, sentences
    from tracker.rules import RULES

    folders = [ROOT / "data" / "raw", ROOT / "tests" / "holdout" / "raw", ROOT / "tests" / "fixtures"]
    base = [x for x in iter_articles([str(f) for f in folders if f.exists()]) if isinstance(x, Article)]
    out: list[Article] = []
    for a in base:
        out.append(a)
        out.append(replace(a, article_id=a.article_id + "~nodate", published=None, published_precision=None))
        if a.published is not None:
            out.append(replace(a, article_id=a.article_id + "~year", published_precision="year"))
            out.append(replace(a, article_id=a.article_id + "~month", published_precision="month"))
        out.append(replace(a, article_id=a.article_id + "~2021", published=date(2021, 3, 15),
                           published_precision="day"))
    for r in RULES:
        for k, ex in enumerate(r.examples + r.counterexamples):
            # (an example may be dated to the month or the year only, as an article can be)
            pub, precision = parse_published(ex.published)
            out.append(Article(article_id=f"{r.name}#{k}", text=ex.text, published=pub,
                               published_precision=precision, lang=ex.lang, title=ex.title))
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    for a in base:
        if a.lang:
            pools.setdefault(a.lang, []).extend(s.text for s in sentences(clean(a.text)))
    for i in range(mixes):
        lang = rng.choice(sorted(pools))
        pool = pools[lang]
        parts = []
        for _ in range(rng.randint(2, 30)):
            s = rng.choice(pool)
            roll = rng.random()
            if roll < 0.15:
                s = "".join(str(rng.randint(0, 9)) if c.isdigit() and rng.random() < 0.5 else c for c in s)
            elif roll < 0.2:
                s = s.lower()
            elif roll < 0.25:
                s = s.replace(",", "", 1)
            parts.append(s)
            parts.append(rng.choice([" ", " ", " ", "\n", "\n\n"]))
        pub = rng.choice([None, date(2023, 5, 24), date(2024, 1, 12), date(2022, 11, 2)])
        prec = None if pub is None else rng.choice(["day", "day", "month", "year"])
        out.append(Article(article_id=f"mix{i}", text="".join(parts), published=pub, published_precision=prec,
                           lang=lang, title=rng.choice(["", rng.choice(pool)[:80]])))
    return out


def fingerprints(mixes: int, seed: int) -> list[tuple[str, str]]:
    """(article id, text to compare) for every text."""
    from tracker import context as cx
    from tracker.figures import find_mentions
    from tracker.normtext import clean, sentences
    from tracker.periods import find_periods
    from tracker.pipeline import analyse, detect_lang

    out = []
    for a in _articles(mixes, seed):
        lang = a.lang or detect_lang(a.text)
        text = clean(a.text)
        lines = [f"lang {lang}"]
        lines += [f"M {m!r}" for m in find_mentions(text, lang)]
        g = cx.grammar(lang)
        for s in sentences(text):
            lines.append(f"S {s!r}")
            lines += [f"C {c!r}" for c in cx.scan(s.text, g, s.start)]
            for future in (False, True):
                lines += [f"P {future} {p!r}" for p in find_periods(s.text, lang, a.published,
                                                                   a.published_precision, future)]
        claims, rejected = analyse(a)
        lines += [f"K {c!r}" for c in claims]
        lines += [f"R {r!r}" for r in rejected]
        out.append((a.article_id, "\n".join(lines)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", metavar="FILE")
    group.add_argument("--compare", metavar="FILE")
    ap.add_argument("--mixes", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    got = fingerprints(a.mixes, a.seed)
    if a.save:
        with open(a.save, "w", encoding="utf-8") as fh:
            for aid, fp in got:
                fh.write(f"=== {aid}\n{fp}\n")
        digest = hashlib.sha1("".join(fp for _, fp in got).encode()).hexdigest()[:12]
        print(f"{len(got)} texts, {sum(fp.count(chr(10) + 'K ') for _, fp in got)} claims -> {a.save} ({digest})")
        return
    saved: dict[str, str] = {}
    aid = None
    buf: list[str] = []
    for line in Path(a.compare).read_text(encoding="utf-8").split("\n"):
        if line.startswith("=== "):
            if aid is not None:
                saved[aid] = "\n".join(buf)
            aid, buf = line[4:], []
        else:
            buf.append(line)
    if aid is not None:
        saved[aid] = "\n".join(buf[:-1] if buf and buf[-1] == "" else buf)
    bad = [(aid, fp) for aid, fp in got if saved.get(aid) != fp]
    missing = len(saved) - len({aid for aid, _ in got} & set(saved))
    for aid, fp in bad[:5]:
        old = (saved.get(aid) or "").split("\n")
        new = fp.split("\n")
        first = next((i for i, (x, y) in enumerate(zip(old, new)) if x != y), min(len(old), len(new)))
        print(f"DIFF {aid} line {first}:\n  was {old[first] if first < len(old) else '<end>'}\n"
              f"  now {new[first] if first < len(new) else '<end>'}")
    print(f"{len(got)} texts: {len(got) - len(bad)} same, {len(bad)} differ, {missing} missing")
    sys.exit(1 if bad or missing else 0)


if __name__ == "__main__":
    main()

"""A bounded atheris (libFuzzer) run over the number parser: parse_number and find_mentions.

    pip install atheris            # not a dependency of tracker: only this script needs it
    python bench/fuzz_numbers.py [--seconds 60] [--runs N] [--corpus DIR] [libFuzzer flags...]

Each input is split into a language, a string for `figures.parse_number` and a text for
`figures.find_mentions` (after `normtext.clean`), seeded with numbers as the news writes
them. The run fails (exit 1, the input saved as crash-*) on any exception or broken
promise: parse_number gives None or a finite Decimal; every mention's value is finite and
its surface is the text at its offsets. It stops after --seconds (default 60) or --runs
inputs, whichever comes first, and prints what it did: inputs run, per second, numbers
parsed, mentions found, and the size of the corpus libFuzzer kept (inputs that reached new
code); libFuzzer's own lines (cov: ft: corp: exec/s) show the coverage as it grows.

`tracker/figures.py`, `normtext.py` and `lexicon.py` are instrumented for coverage;
the lexicons load once, before fuzzing starts.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

try:
    import atheris
except ImportError:  # pragma: no cover - a message, not a traceback
    sys.exit("bench/fuzz_numbers.py needs atheris, which tracker does not depend on: "
             "pip install atheris (Linux x86-64 or arm64 wheels, Python 3.8-3.12)")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["tracker.figures", "tracker.normtext", "tracker.lexicon"]):
    from tracker import figures, normtext

#: Seeds: numbers as articles write them, and the shapes that broke parsers before.
SEEDS = [
    "200 milliards de dollars", "240,1 milliards de dollars", "1 980 000 tonnes", "+153 % en avril",
    "$18.65 billion", "13,253.13 bcm", "12.500 barils", "entre 180 et 200 milliards", "175-180 bcm",
    "deux cents milliards de dollars", "two hundred billion dollars", "a third", "doubled",
    "1e400 billion dollars", "9" * 60 + " billion dollars", "١٢٣ milliards de dollars", "１２３，５ billion",
    "٣٫٥ billion dollars", "10,4, 15,5 et 22,7 milliards de m3", "22 7 milliards de m3", "US$ 5 bn",
    "-4,3 % sur un an", "0.5 pp", "40% of gas deliveries", "3 fois plus", "1:20", "Power of Siberia 2",
]


class Tally:
    """What the run did. libFuzzer ends the process with C's exit(), past Python's atexit,
    so the run stops itself (at its deadline or run count) and prints this first."""

    def __init__(self) -> None:
        self.inputs = self.parsed = self.mentions = 0
        self.started = time.perf_counter()
        self.deadline = math.inf
        self.runs = -1
        self.corpus: Path | None = None

    def report(self) -> None:
        seconds = time.perf_counter() - self.started
        kept = len(list(self.corpus.iterdir())) if self.corpus else 0
        print(f"\nfuzz_numbers: {self.inputs:,} inputs in {seconds:.1f} s "
              f"({self.inputs / max(seconds, 1e-9):,.0f}/s); {self.parsed:,} numbers parsed, "
              f"{self.mentions:,} mentions found; corpus of {kept:,} inputs in {self.corpus}; "
              "no exception, no infinite value, no offset astray", file=sys.stderr, flush=True)

    def stop_if_done(self) -> None:
        if self.inputs == self.runs or (self.inputs % 64 == 0 and time.perf_counter() >= self.deadline):
            self.report()
            os._exit(0)


TALLY = Tally()


def one_input(data: bytes) -> None:
    TALLY.stop_if_done()
    fdp = atheris.FuzzedDataProvider(data)
    lang = "fr" if fdp.ConsumeBool() else "en"
    number = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 64))
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    TALLY.inputs += 1
    value = figures.parse_number(number, lang)
    if value is not None:
        TALLY.parsed += 1
        if not value.is_finite():
            raise AssertionError(f"parse_number({number!r}, {lang!r}) = {value}")
    cleaned = normtext.clean(text)
    if len(cleaned) != len(text):
        raise AssertionError("clean() changed the text's length")
    for m in figures.find_mentions(cleaned, lang):
        TALLY.mentions += 1
        if cleaned[m.start:m.end] != m.surface:
            raise AssertionError(f"surface {m.surface!r} is not the text at {m.start}:{m.end}")
        for v in (m.value, m.value_high):
            if v is not None and not (v.is_finite() and math.isfinite(float(v))):
                raise AssertionError(f"{m.surface!r}: value {v}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="stop after this long (default 60)")
    parser.add_argument("--runs", type=int, default=-1, help="stop after this many inputs (default: no cap)")
    parser.add_argument("--corpus", metavar="DIR", help="keep the inputs libFuzzer finds here (default: a temporary folder)")
    args, libfuzzer = parser.parse_known_args()
    for lang in ("fr", "en"):  # load the lexicons now: their first load is no fuzzing
        figures.find_mentions("12 milliards de dollars", lang)
    corpus = Path(args.corpus) if args.corpus else Path(tempfile.mkdtemp(prefix="fuzz_numbers."))
    corpus.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(SEEDS):
        for flag in (b"\x00", b"\x01"):  # each seed in both languages
            (corpus / f"seed-{i:02d}-{flag[0]}").write_bytes(flag + bytes([min(len(seed), 64)]) + seed.encode()
                                                              + b" " + seed.encode())
    TALLY.corpus, TALLY.runs = corpus, args.runs
    TALLY.started = time.perf_counter()
    TALLY.deadline = TALLY.started + args.seconds
    # libFuzzer's own caps stay as a backstop; -timeout: one input stuck 20 s is a failure too
    argv = [sys.argv[0], *libfuzzer, f"-max_total_time={args.seconds + 30}", "-timeout=20",
            "-rss_limit_mb=4096", str(corpus)]
    print(f"fuzz_numbers: {args.seconds} s at most"
          + (f" or {args.runs:,} inputs" if args.runs > 0 else "") + f", corpus {corpus}", file=sys.stderr)
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

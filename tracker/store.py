"""The store: the only reader and writer of `data/clean/` (DuckDB file + table exports).

One DuckDB file holds four tables:

- `articles`: one row per article, with hashes of its text and metadata, so that an
  unchanged article is not extracted again;
- `claims`: the extractor's rows, as produced (replaced whole when an article changes);
- `corrections`: the analyst's decisions (accept, reject, set a field), keyed by
  claim_id, kept apart from `claims` so that re-extraction never touches them;
- `meta`: the store's format version.

Writers take an exclusive lock file (`<store>.lock`) for the life of the `Store`, so two
`tracker extract` runs never interleave: the second waits, then stops with a clear
message. Each write is one DuckDB transaction, opened and closed around the operation,
so readers (`tracker.load()`, the dashboard, `tracker export`) get in between writes
and a crash mid-write leaves the previous data intact.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from tracker import schema
from tracker.models import Article

__all__ = [
    "Store", "StoreError", "StoreMissing", "write_table", "assign_figures", "filter_claims",
    "apply_corrections", "period_span", "default_store_path", "SETTABLE_FIELDS",
]

FORMAT_VERSION = "1"
#: Columns added after the contract's: how the row stands in review, and which other
#: figures with the same key disagree with it.
EXTRA_COLUMNS = ["contradicts", "review"]
#: Fields an analyst may change with `tracker review set`.
SETTABLE_FIELDS = ["indicator", "commodity", "exporter", "importer", "measure", "value",
                   "value_high", "unit", "period", "basis", "modality", "approx",
                   "confidence", "alt", "note"]
ACTIONS = ["accept", "reject", "set", "reopen"]
#: DuckDB's words for "someone else has the file open": wait and retry. The last one is a
#: writer's connection in this same process (kept for at most HOLD_SECONDS).
_LOCK_WORDS = ("could not set lock", "conflicting lock", "lock on file",
               "different configuration than existing connections")


class StoreError(Exception):
    """A store that cannot be used; the message names the file and the problem."""


class StoreMissing(StoreError, FileNotFoundError):
    """No store file yet (also a FileNotFoundError, for callers that treat it as 'no data')."""


def default_store_path(data_dir: str | Path | None = None) -> Path:
    """`<data_dir>/tracker.duckdb`; data_dir defaults to $TRACKER_DATA_DIR or data/clean."""
    base = data_dir or os.environ.get("TRACKER_DATA_DIR") or "data/clean"
    return Path(base) / "tracker.duckdb"


# --------------------------------------------------------------------------- periods

_PERIOD_PART = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$")


def _part_span(part: str) -> tuple[date, date]:
    m = _PERIOD_PART.match(part)
    if not m:
        raise ValueError(f"bad period {part!r} (use 2023, 2023-04, 2023-04-12, 2023-Q1, "
                         f"2023-H1 or a span 2023-01/2023-05)")
    year = int(m.group(1))
    if m.group(3):
        day = date(year, int(m.group(2)), int(m.group(3)))
        return day, day
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"bad month in period {part!r}")
        first = date(year, month, 1)
    elif m.group(4):
        month = 3 * int(m.group(4)) - 2
        first = date(year, month, 1)
        return first, (pd.Timestamp(first) + pd.offsets.QuarterEnd(0)).date()
    elif m.group(5):
        half = int(m.group(5))
        return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1),
                                                                        date(year, 12, 31))
    else:
        return date(year, 1, 1), date(year, 12, 31)
    return first, (pd.Timestamp(first) + pd.offsets.MonthEnd(0)).date()


def period_span(period: str) -> tuple[date, date]:
    """First and last day of a contract period.

    >>> period_span("2023-H1")
    (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
    >>> period_span("2023-01/2023-05")
    (datetime.date(2023, 1, 1), datetime.date(2023, 5, 31))
    """
    period = period.strip()
    if "/" in period:
        a, b = period.split("/", 1)
        return _part_span(a)[0], _part_span(b)[1]
    return _part_span(period)


# --------------------------------------------------------------------------- figures

def _number_step(value: float, surface: str) -> float | None:
    """The value of the last digit written in `surface` ("240,1 milliards" -> 1e8)."""
    m = re.search(r"\d(?:[\d\u00a0\u202f\u2009 .,']*\d)?", surface or "")
    if not m or not value:
        return None
    digits = re.sub(r"\D", "", m.group(0)).lstrip("0")
    if not digits:
        return None
    ratio = abs(value) / int(digits)
    if ratio <= 0:
        return None
    exp = math.log10(ratio)
    if abs(exp - round(exp)) > 1e-6:  # not the number's own digits (a multiple, a range...)
        return None
    return 10.0 ** round(exp)


#: Comparison unit of each physical dimension, in order of preference.
_BASE_UNITS = ["bcm", "t", "bbl", "bbl/d", "TWh", "units"]


@lru_cache(maxsize=1)
def _unit_factors() -> dict[str, tuple[str, float]]:
    """Contract physical units -> (comparison unit, factor), through the one pint registry."""
    from tracker.units import CONTRACT_TO_PINT, convert

    factors: dict[str, tuple[str, float]] = {}
    for unit in CONTRACT_TO_PINT:
        for base in _BASE_UNITS:
            try:
                factors[unit] = (base, convert(1.0, unit, base))
                break
            except Exception:  # pint: other dimensionality
                continue
    return factors


def _factors_for(units: Iterable[Any]) -> dict[str, tuple[str, float]]:
    """`_unit_factors()`, or nothing when no physical unit is among `units`: building the pint
    registry takes about a second, which a table of money and percentages need not pay."""
    from tracker.units import CONTRACT_TO_PINT

    return _unit_factors() if any(u in CONTRACT_TO_PINT for u in units) else {}


def _comparable(unit: str, value: float) -> tuple[str, float]:
    base, factor = _unit_factors().get(unit, (unit, 1.0))
    return base, value * factor


FIGURE_KEY = ["indicator", "commodity", "exporter", "importer", "period", "modality",
              "measure", "basis"]


@dataclass
class _Stated:
    """One row as a statement about a value: its interval of consistent values."""

    value: float
    tol: float
    lo: float
    hi: float
    point: bool
    signature: str
    claim_id: str
    index: Any


def _figure_id(key: tuple[str, ...], signature: str) -> str:
    return "fig-" + hashlib.sha1("|".join(key + (signature,)).encode()).hexdigest()[:12]


def _clusters(items: list[_Stated]) -> list[list[_Stated]]:
    """One key's rows cut into figures, most precise statement first in each.

    Rows are taken most precise first (points before bounds and ranges, then by
    tolerance); a point joins the first figure whose every point lies within its
    tolerance, a bound or range the figure with its very statement. As tolerances only
    grow along the way, "every point within r's tolerance" is "the figure's lowest and
    highest values within it": two comparisons per figure instead of one per member.
    """
    items.sort(key=lambda r: (not r.point, r.tol, r.value, r.claim_id))  # most precise first
    clusters: list[list[_Stated]] = []
    bounds: list[list[float]] = []  # [lowest, highest] value of each point figure
    by_signature: dict[str, list[_Stated]] = {}
    for r in items:
        if r.point:
            reach = r.tol * (1 + 1e-9) + 1e-12
            for cluster, span in zip(clusters, bounds):
                if abs(r.value - span[0]) <= reach and abs(r.value - span[1]) <= reach:
                    cluster.append(r)
                    span[0], span[1] = min(span[0], r.value), max(span[1], r.value)
                    break
            else:
                clusters.append([r])
                bounds.append([r.value, r.value])
        else:  # after every point: bounds and ranges join only their own statement
            same = by_signature.get(r.signature)
            if same is None:
                by_signature[r.signature] = same = []
                clusters.append(same)
            same.append(r)
    return clusters


def _contradictions(ids: list[str], heads: list[_Stated]) -> list[str]:
    """For each figure, the sorted ids of the figures whose interval lies apart from its own."""
    k = len(ids)
    if k == 1:
        return [""]
    if k <= 24:
        return [",".join(sorted({oid for oid, other in zip(ids, heads)
                                 if oid != fid and (other.hi < head.lo or head.hi < other.lo)}))
                for fid, head in zip(ids, heads)]
    import numpy as np

    lo = np.array([h.lo for h in heads], dtype="float64")
    hi = np.array([h.hi for h in heads], dtype="float64")
    apart = (hi[None, :] < lo[:, None]) | (hi[:, None] < lo[None, :])
    names = np.array(ids, dtype=object)
    apart &= names[None, :] != names[:, None]
    return [",".join(sorted(set(names[row].tolist()))) for row in apart]


def _stated(unit: str, raw: float, surface: str, claim_id: str, approx: str, high: Any,
            index: Any, factors: dict[str, tuple[str, float]]) -> tuple[str, _Stated]:
    """One row as a statement about a value, and the comparison unit of its key."""
    base, factor = factors.get(unit, (unit, 1.0))
    value = raw * factor
    step = _number_step(raw, surface)
    tol = step / 2 * factor if step else abs(value) * 0.005
    if approx == "about":  # "près de 220 milliards": 2.5 % either way
        tol = max(tol, abs(value) * 0.025)
    has_high = high is not None and not pd.isna(high)
    if has_high:
        lo, hi = value - tol, float(high) * factor + tol
    elif approx == "more_than":  # "more than 10 % down" is -10 or below
        lo, hi = (value - tol, math.inf) if value >= 0 else (-math.inf, value + tol)
    elif approx in ("less_than", "up_to"):
        lo, hi = (-math.inf, value + tol) if value >= 0 else (value - tol, math.inf)
    else:
        lo, hi = value - tol, value + tol
    return base, _Stated(value, tol, lo, hi, not has_high and approx in ("exact", "about"),
                         f"{approx}|{value!r}|{high if has_high else ''}", claim_id, index)


def _figure_group(key: tuple[str, ...], items: list[_Stated]) -> Iterator[tuple[Any, str, str]]:
    """(index, figure_id, contradicts) of each row of one key (rows of other keys never matter)."""
    if len(items) == 1:
        yield items[0].index, _figure_id(key, items[0].signature), ""
        return
    clusters = _clusters(items)
    ids = [_figure_id(key, cluster[0].signature) for cluster in clusters]
    for fid, others, cluster in zip(ids, _contradictions(ids, [c[0] for c in clusters]), clusters):
        for r in cluster:
            yield r.index, fid, others


def assign_figures(df: pd.DataFrame) -> pd.DataFrame:
    """Fill `figure_id` (same fact across articles) and `contradicts` (same key, other value).

    Rows share a figure when indicator, commodity, partners, period, modality, measure,
    basis and unit (physical units compared through pint) agree and their values agree
    within the rounding of the less precise one ("240 milliards" and "240,1 milliards"
    are one figure; "240,1" and "240,4" are two, which contradict each other). Bounds
    ("plus de 200 milliards") and ranges are figures of their own that contradict only
    the figures they exclude. `contradicts` lists the figure_ids a row disagrees with.

    The work is per key: rows are grouped on the key columns at once and only keys
    stated more than once are compared, so 100,000 claims take about a second.
    """
    out = df.copy()
    n = len(out)
    if not n:
        out["figure_id"] = ""
        out["contradicts"] = ""
        return out

    def cells(column: str) -> list[Any]:
        return out[column].tolist() if column in out.columns else [None] * n

    units = [str(u) for u in out["unit"].tolist()]
    factors = _factors_for(set(units))
    values = [float(v) for v in out["value"].tolist()]
    surfaces = [str(s) for s in out["surface"].tolist()]
    claim_ids = [str(c) for c in out["claim_id"].tolist()]
    approxes = [str(a or "exact") for a in cells("approx")]
    highs = cells("value_high")
    key_cells = list(zip(*([str(x) for x in out[c].tolist()] for c in FIGURE_KEY)))
    groups: dict[tuple[str, ...], list[_Stated]] = {}
    for i in range(n):
        base, item = _stated(units[i], values[i], surfaces[i], claim_ids[i], approxes[i], highs[i],
                             i, factors)
        key = key_cells[i] + (base,)
        group = groups.get(key)
        if group is None:
            groups[key] = [item]
        else:
            group.append(item)
    figure_ids = [""] * n
    contradicts = [""] * n
    for key, items in groups.items():
        for i, fid, others in _figure_group(key, items):
            figure_ids[i] = fid
            contradicts[i] = others
    out["figure_id"] = pd.Series(figure_ids, index=out.index)
    out["contradicts"] = pd.Series(contradicts, index=out.index)
    return out


# --------------------------------------------------------------------------- filters

def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]


def filter_claims(df: pd.DataFrame, *, indicator: Any = None, commodity: Any = None,
                  exporter: Any = None, importer: Any = None, partners: Any = None,
                  period: str | None = None, modality: Any = None, measure: Any = None,
                  unit: Any = None, review: Any = None) -> pd.DataFrame:
    """Rows matching every filter given; list-valued filters (or "a,b") mean any of.

    `partners` keeps rows between the given partners whichever the direction (one code:
    rows where it is either side). `period` keeps rows whose period lies inside it.
    """
    mask = pd.Series(True, index=df.index)
    for col, want in (("indicator", indicator), ("commodity", commodity),
                      ("exporter", exporter), ("importer", importer),
                      ("modality", modality), ("measure", measure), ("unit", unit),
                      ("review", review)):
        values = _as_list(want)
        if values and col in df.columns:
            mask &= df[col].astype(str).isin(values)
    codes = _as_list(partners)
    if codes:
        exp, imp = df["exporter"].astype(str), df["importer"].astype(str)
        if len(codes) == 1:
            mask &= (exp == codes[0]) | (imp == codes[0])
        else:
            mask &= exp.isin(codes) & imp.isin(codes) & (exp != imp)
    if period:
        start, end = period_span(period)
        ps = pd.to_datetime(df["period_start"])
        pe = pd.to_datetime(df["period_end"])
        mask &= ps.notna() & (ps >= pd.Timestamp(start)) & (pe <= pd.Timestamp(end))
    return df[mask]


# --------------------------------------------------------------------------- corrections

def _coerce_field(field: str, value: str) -> Any:
    if field in ("value", "value_high", "confidence"):
        if value.strip() == "" and field == "value_high":
            return None
        try:
            return float(value)
        except ValueError:
            raise ValueError(f"{field} must be a number, not {value!r}") from None
    return value


#: Partner codes beside ISO 3166 alpha-3 (SCHEMA.md).
PARTNER_GROUPS = {"EUU", "WLD", "ASEAN", "AFR", "ASIA", "LATAM"}
#: Non-money units of the contract (SCHEMA.md).
PHYSICAL_UNITS = {"percent", "pp", "bcm", "m3", "t", "bbl", "bbl/d", "TWh", "MWh", "units"}


def _field_problem(field: str, value: str) -> str:
    """Why an analyst's value for a partner or unit field breaks the contract, or ''."""
    import pycountry

    if field in ("exporter", "importer") and value:
        if value not in PARTNER_GROUPS and pycountry.countries.get(alpha_3=value) is None:
            return (f"not an ISO 3166 alpha-3 code or one of "
                    f"{', '.join(sorted(PARTNER_GROUPS))}")
    if field == "unit":
        if value not in PHYSICAL_UNITS and pycountry.currencies.get(alpha_3=value) is None:
            return f"not an ISO 4217 currency or one of {', '.join(sorted(PHYSICAL_UNITS))}"
    return ""


def apply_corrections(claims: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Claims with the analyst's corrections applied, and a `review` status column.

    Corrections are replayed in order: `accept` and `reject` set the status (the
    rejection's reason goes to `note`), `reopen` makes the row pending again, `set`
    changes one field (a new period also moves period_start/period_end).
    """
    out = claims.copy()
    out["review"] = "pending"
    if corrections.empty or out.empty:
        return out
    pos = {cid: i for i, cid in zip(out.index, out["claim_id"])}
    for corr in corrections.sort_values("seq").itertuples(index=False):
        i = pos.get(corr.claim_id)
        if i is None:
            continue
        if corr.action == "accept":
            out.at[i, "review"] = "accepted"
        elif corr.action == "reopen":
            out.at[i, "review"] = "edited" if out.at[i, "review"] == "edited" else "pending"
        elif corr.action == "reject":
            out.at[i, "review"] = "rejected"
            note = str(out.at[i, "note"] or "")
            out.at[i, "note"] = "; ".join(x for x in (note, f"review: rejected: {corr.reason}") if x)
        elif corr.action == "set":
            field = str(corr.field)
            old = out.at[i, field]
            new = _coerce_field(field, str(corr.value))
            if field in ("exporter", "importer", "indicator"):
                out[field] = out[field].astype(object)
            out.at[i, field] = new
            if field == "period":
                if new:
                    start, end = period_span(str(new))
                    out.at[i, "period_start"] = pd.Timestamp(start)
                    out.at[i, "period_end"] = pd.Timestamp(end)
                else:
                    out.at[i, "period_start"] = pd.NaT
                    out.at[i, "period_end"] = pd.NaT
            if field != "note":
                note = str(out.at[i, "note"] or "")
                was = _py(old)
                change = f"review: {field} set to {new!r} (was {'' if was is None else was!r})"
                if corr.reason:
                    change += f": {corr.reason}"
                out.at[i, "note"] = "; ".join(x for x in (note, change) if x)
            if out.at[i, "review"] == "pending":
                out.at[i, "review"] = "edited"
    return out


# --------------------------------------------------------------------------- writing tables

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TABLE_FORMATS = (".csv", ".parquet", ".jsonl")


def _text_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns
            if not pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])
            and not pd.api.types.is_datetime64_any_dtype(df[c])]


def _neutralised(column: pd.Series) -> pd.Series:
    """`_neutralise` of every cell, the test done by pandas' string methods (3x faster)."""
    out = column.astype(object)
    risky = out.str.startswith(_FORMULA_START, na=False).to_numpy(dtype=bool)
    if risky.any():
        out = out.copy()
        out[risky] = ["'" + x for x in out[risky]]
    return out


def _neutralise(cell: Any) -> Any:
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells a spreadsheet will not run: those beginning with =, +, -, @,
    a tab or a carriage return get a leading quote (numbers stay numbers).

    >>> csv_safe(pd.DataFrame({"t": ["=1+1", "ok", "-x"], "v": [-1.5, 2.0, 3.0]})).to_dict("list")
    {'t': ["'=1+1", 'ok', "'-x"], 'v': [-1.5, 2.0, 3.0]}
    """
    out = df.copy()
    for c in _text_columns(out):
        out[c] = _neutralised(out[c])
    return out


def _dates_as_text(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[c]):
            out[c] = out[c].dt.strftime("%Y-%m-%d").astype(object).where(out[c].notna(), None)
    return out


#: Seconds a killed run's temporary file or folder must have been left untouched before
#: another run removes it (its process must be gone too).
STALE_AFTER = 600
_LEFTOVER = re.compile(r"^\..+\.(\d+)\.[a-z0-9_]{8}\.(?:tmp|old)$|^\.tracker-(?:spill|table)-(\d+)-[a-z0-9_]{8}$")


def _tmp_prefix(name: str) -> str:
    """Prefix of this process's temporary entries: the pid says whose they are."""
    return f".{name}.{os.getpid()}."


def _newest_change(path: Path) -> float:
    newest = path.lstat().st_mtime
    if path.is_dir() and not path.is_symlink():
        for p in path.rglob("*"):
            try:
                newest = max(newest, p.lstat().st_mtime)
            except OSError:
                pass
    return newest


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def sweep_leftovers(folder: str | Path, now: float | None = None) -> list[Path]:
    """Remove what killed runs left in `folder` (a table's `.NAME.PID.xxxxxxxx.tmp`, a
    spill's `.tracker-spill-PID-xxxxxxxx`): only entries whose process is gone and that
    nobody has touched for STALE_AFTER seconds. Returns what was removed."""
    import shutil

    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _LEFTOVER.match(entry.name)
        if not m:
            continue
        pid = int(m.group(1) or m.group(2))
        try:
            if pid == os.getpid() or _pid_alive(pid) or now - _newest_change(entry) < STALE_AFTER:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
        except OSError:
            continue  # gone meanwhile, or not ours to remove
    return removed


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a claims table to .csv, .parquet or .jsonl, atomically (temp file + rename).

    CSV dates are YYYY-MM-DD, floats use Python's shortest round-trip form, and text
    cells beginning with =, +, -, @ are prefixed with a quote so that spreadsheets do
    not run them (numeric columns keep their negative numbers). The same frame always
    gives the same bytes.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in TABLE_FORMATS:
        raise ValueError(f"{path}: unknown table format {path.suffix or '(none)'!r} "
                         f"(use .csv, .parquet or .jsonl)")
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=_tmp_prefix(path.name), suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if ext == ".csv":
            out = _dates_as_text(df)
            for c in _text_columns(out):
                out[c] = _neutralised(out[c])
            out.to_csv(tmp, index=False, lineterminator="\n", encoding="utf-8")
        elif ext == ".parquet":
            df.reset_index(drop=True).to_parquet(tmp, index=False, engine="pyarrow")
        else:
            out = _dates_as_text(df)
            records = out.astype(object).where(out.notna(), None).to_dict(orient="records")
            with tmp.open("w", encoding="utf-8", newline="\n") as fh:
                for rec in records:
                    fh.write(json.dumps(rec, ensure_ascii=False, default=_json_default) + "\n")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); a table is an ordinary file (0666 less umask)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _json_default(obj: Any) -> Any:
    if isinstance(obj, (date, datetime, pd.Timestamp)):
        return obj.isoformat()
    if hasattr(obj, "item"):
        return obj.item()
    return str(obj)


# --------------------------------------------------------------------------- streaming tables

def is_dataset_path(path: str | Path) -> bool:
    """A folder output (a name ending with '/', or an existing folder): a Parquet dataset."""
    return str(path).endswith(("/", os.sep)) or Path(path).is_dir()


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


class TableWriter:
    """A claims table written chunk by chunk, then put in place at once.

    CSV chunks are appended (one header), Parquet chunks are row groups of one file
    (pyarrow's ParquetWriter), JSONL chunks are appended lines; all go into a temporary
    file beside `path` that `commit()` renames over it, so a run that stops half-way
    leaves the previous table whole. A folder (`DIR/`) is a Parquet dataset partitioned
    by language (`DIR/lang=en/part-0.parquet`, read back whole by `pd.read_parquet(DIR)`),
    written in a temporary folder that replaces DIR on commit. The same chunks give the
    same bytes; for CSV and JSONL, the same bytes as `write_table` of the whole table.
    """

    PARTITION = "lang"

    def __init__(self, path: str | Path, dataset: bool | None = None) -> None:
        self.path = Path(path)
        self.dataset = is_dataset_path(path) if dataset is None else dataset
        self.kind = "dataset" if self.dataset else self.path.suffix.lower()
        if not self.dataset and self.kind not in TABLE_FORMATS:
            raise ValueError(f"{path}: unknown table format {self.path.suffix or '(none)'!r} "
                             f"(use .csv, .parquet, .jsonl or a folder DIR/)")
        if self.dataset and self.path.exists() and not self.path.is_dir():
            raise ValueError(f"{path}: not a folder")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        sweep_leftovers(self.path.parent)
        self.rows = 0
        self._header = False
        self._fh: Any = None
        self._pq: dict[str, Any] = {}
        self._schema: Any = None
        self._empty: pd.DataFrame | None = None
        if self.dataset:
            self.tmp = Path(tempfile.mkdtemp(prefix=_tmp_prefix(self.path.name), suffix=".tmp",
                                             dir=self.path.parent))
        else:
            fd, name = tempfile.mkstemp(prefix=_tmp_prefix(self.path.name), suffix=".tmp",
                                        dir=self.path.parent)
            os.close(fd)
            self.tmp = Path(name)

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is not None:
            self.abort()

    def write(self, df: pd.DataFrame) -> None:
        """Append one chunk (the columns of every chunk are the same)."""
        if self.kind == ".csv":
            out = _dates_as_text(df)
            for c in _text_columns(out):
                out[c] = _neutralised(out[c])
            if self._fh is None:
                self._fh = self.tmp.open("w", encoding="utf-8", newline="")
            out.to_csv(self._fh, index=False, header=not self._header, lineterminator="\n")
            self._header = True
        elif self.kind == ".jsonl":
            if self._fh is None:
                self._fh = self.tmp.open("w", encoding="utf-8", newline="\n")
            if len(df):
                out = _dates_as_text(df)
                records = out.astype(object).where(out.notna(), None).to_dict(orient="records")
                self._fh.write("".join(json.dumps(rec, ensure_ascii=False, default=_json_default)
                                       + "\n" for rec in records))
        elif not len(df):
            if self._empty is None:
                self._empty = df  # written at the end if no row ever comes
        else:
            self._write_arrow(df)
        self.rows += len(df)

    def _arrow(self, df: pd.DataFrame) -> Any:
        import pyarrow as pa

        df = df.reset_index(drop=True)
        if self._schema is None:
            table = pa.Table.from_pandas(df, preserve_index=False)
            schema = table.schema
            for i, f in enumerate(schema):  # a column empty in the first chunk: text later
                if pa.types.is_null(f.type):
                    schema = schema.set(i, pa.field(f.name, pa.string()))
            self._schema = schema
            return table.cast(schema) if schema != table.schema else table
        return pa.Table.from_pandas(df, schema=self._schema, preserve_index=False)

    def _writer(self, part: str, schema: Any) -> Any:
        import pyarrow.parquet as pq

        if part not in self._pq:
            if self.dataset:
                from urllib.parse import quote

                folder = self.tmp / f"{self.PARTITION}={quote(part, safe='') if part else '__HIVE_DEFAULT_PARTITION__'}"
                folder.mkdir()
                target = folder / "part-0.parquet"
            else:
                target = self.tmp
            self._pq[part] = pq.ParquetWriter(str(target), schema, compression="snappy")
        return self._pq[part]

    def _write_arrow(self, df: pd.DataFrame) -> None:
        table = self._arrow(df)
        if not self.dataset:
            self._writer("", table.schema).write_table(table)
            return
        column = table.column(self.PARTITION).to_pylist()
        rest = table.drop_columns([self.PARTITION])
        import pyarrow.compute as pc

        for part in dict.fromkeys(column):
            rows = rest.filter(pc.equal(table.column(self.PARTITION), part)) if part is not None \
                else rest.filter(pc.is_null(table.column(self.PARTITION)))
            self._writer(part or "", rest.schema).write_table(rows)

    def commit(self) -> Path:
        """Close the temporary file (or folder) and put it in place of `path`."""
        try:
            if self.kind in (".parquet", "dataset") and not self._pq:
                empty = self._empty if self._empty is not None else pd.DataFrame()
                self._write_arrow_empty(empty)
            for w in self._pq.values():
                w.close()
            self._pq.clear()
            if self._fh is not None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
                self._fh.close()
                self._fh = None
            umask = _umask()
            if self.dataset:
                for f in self.tmp.rglob("*"):
                    os.chmod(f, (0o777 if f.is_dir() else 0o666) & ~umask)
                os.chmod(self.tmp, 0o777 & ~umask)
                old = None
                if self.path.exists():
                    old = Path(tempfile.mkdtemp(prefix=_tmp_prefix(self.path.name), suffix=".old",
                                                dir=self.path.parent))
                    os.replace(self.path, old / "table")
                os.replace(self.tmp, self.path)
                if old is not None:
                    import shutil

                    shutil.rmtree(old, ignore_errors=True)
            else:
                with self.tmp.open("rb") as fh:
                    os.fsync(fh.fileno())
                os.chmod(self.tmp, 0o666 & ~umask)
                os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        return self.path

    def _write_arrow_empty(self, df: pd.DataFrame) -> None:
        import pyarrow as pa

        table = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)
        if self.dataset:
            if self.PARTITION in table.column_names:
                table = table.drop_columns([self.PARTITION])
            return  # an empty dataset is an empty folder
        self._writer("", table.schema).write_table(table)

    def abort(self) -> None:
        """Drop what was written; `path` is left as it was."""
        for w in self._pq.values():
            try:
                w.close()
            except Exception:
                pass
        self._pq.clear()
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self.dataset:
            import shutil

            shutil.rmtree(self.tmp, ignore_errors=True)
        else:
            self.tmp.unlink(missing_ok=True)


#: Rows per chunk of a streamed table (a chunk is converted and checked as one frame).
CHUNK_ROWS = 20_000
#: DuckDB's memory while it sorts a table out: beyond it, it spills to a temporary folder,
#: so the peak stays flat whatever the number of claims. One thread: with two, sorting wide
#: rows (sentences) ran out of this memory on 500,000 claims instead of spilling.
SORT_MEMORY = "128MB"
SORT_THREADS = 1
#: Rows of figure results sent to DuckDB at a time.
_FIGURE_FLUSH = 50_000


def _sql_text(value: object) -> str:
    """A value for a single-quoted SQL literal."""
    return str(value).replace("'", "''")


def _base_sql(factors: dict[str, tuple[str, float]], column: str = "unit") -> str:
    """SQL for the comparison unit of a row (the `base` of `_unit_factors`)."""
    def lit(x: str) -> str:
        return "'" + x.replace("'", "''") + "'"

    whens = " ".join(f"WHEN {lit(u)} THEN {lit(b)}" for u, (b, _) in factors.items() if u != b)
    return f"(CASE {column} {whens} ELSE coalesce({column}, '') END)" if whens else \
        f"coalesce({column}, '')"


def _figures_into(con: Any, source: str, where: str, in_run: str,
                  corrected: dict[tuple[str, ...], list[_Stated]]) -> None:
    """Fill the table `_tracker_figs(claim_id, figure_id, contradicts)` for the rows of `source`
    that `in_run` (SQL) selects, exactly as `assign_figures` would over all its rows.

    A key's figures depend on that key's rows alone, so rows come sorted by key and each key
    is settled as soon as its last row is read: memory holds one key's rows, not the table.
    `corrected` holds rows the analyst changed (already out of `where`), by key, as `_Stated`
    whose index is (claim_id, in_run).
    """
    import pyarrow as pa

    present = {r[0] for r in con.execute(f"SELECT DISTINCT unit FROM {source} WHERE {where}").fetchall()}
    factors = _factors_for(present | {key[-1] for key in corrected})
    keys = ", ".join(f"coalesce(CAST({c} AS VARCHAR), '')" for c in FIGURE_KEY)
    base = _base_sql(factors)
    # sorted into a table first: DuckDB spills a sort into a table to disk, whereas the
    # sorted result of a query is held in memory whole
    con.execute(f"CREATE OR REPLACE TABLE _tracker_fig_rows AS SELECT {keys}, {base} AS base, unit, "
                f"value, value_high, surface, claim_id, approx, {in_run} AS in_run FROM {source} "
                f"WHERE {where} ORDER BY {', '.join(str(i + 1) for i in range(len(FIGURE_KEY) + 1))}")
    sql = "SELECT * FROM _tracker_fig_rows"  # in the order inserted (DuckDB keeps it)
    con.execute("CREATE OR REPLACE TABLE _tracker_figs "
                "(claim_id VARCHAR, figure_id VARCHAR, contradicts VARCHAR)")
    writer = con.cursor()  # a second cursor: inserting ends the reading one's result
    out: list[tuple[str, str, str]] = []

    def flush() -> None:
        if out:
            data = pa.table({"claim_id": [r[0] for r in out], "figure_id": [r[1] for r in out],
                             "contradicts": [r[2] for r in out]})
            writer.register("_tracker_figs_new", data)
            writer.execute("INSERT INTO _tracker_figs SELECT * FROM _tracker_figs_new")
            writer.unregister("_tracker_figs_new")
            out.clear()

    def settle(key: tuple[str, ...], items: list[_Stated]) -> None:
        for (cid, run), fid, others in _figure_group(key, items):
            if run:
                out.append((cid, fid, others))

    cur = con.cursor()
    cur.execute(sql)
    n = len(FIGURE_KEY) + 1
    key: tuple[str, ...] | None = None
    items: list[_Stated] = []
    while True:
        rows = cur.fetchmany(8192)
        if not rows:
            break
        for r in rows:
            k = r[:n]
            if k != key:
                if key is not None:
                    settle(key, items + corrected.pop(key, []))
                key, items = k, []
            unit, value, high, surface, cid, approx, run = r[n:]
            _, item = _stated(unit or "", float(value), str(surface or ""), str(cid),
                              str(approx or "exact"), high, (str(cid), bool(run)), factors)
            items.append(item)
        if len(out) >= _FIGURE_FLUSH:
            flush()
    if key is not None:
        settle(key, items + corrected.pop(key, []))
    for k, rest in corrected.items():
        settle(k, rest)
    flush()
    cur.close()
    writer.close()
    con.execute("DROP TABLE _tracker_fig_rows")


def _corrected_items(kept: pd.DataFrame, in_run: Iterable[bool]) -> dict[tuple[str, ...], list[_Stated]]:
    """`_Stated` of rows with corrections applied, by figure key (as `assign_figures` keys them)."""
    factors = _factors_for(set(kept["unit"].tolist()))
    groups: dict[tuple[str, ...], list[_Stated]] = {}
    approxes = kept["approx"].tolist() if "approx" in kept.columns else [None] * len(kept)
    cells = zip(*([str(x) for x in kept[c].tolist()] for c in FIGURE_KEY))
    for key_cells, unit, value, surface, cid, approx, high, run in zip(
            cells, kept["unit"].tolist(), kept["value"].tolist(), kept["surface"].tolist(),
            kept["claim_id"].tolist(), approxes, kept["value_high"].tolist(), in_run):
        base, item = _stated(str(unit), float(value), str(surface), str(cid), str(approx or "exact"),
                             high, (str(cid), bool(run)), factors)
        groups.setdefault(tuple(key_cells) + (base,), []).append(item)
    return groups


def _decoded(df: pd.DataFrame, extra_keys: list[str]) -> pd.DataFrame:
    """Rows of the `claims` table as `Store.raw_claims` gives them (extras as columns, checked)."""
    extras = df.pop("extra") if "extra" in df.columns else pd.Series(dtype=object)
    decoded = [json.loads(x) if isinstance(x, str) and x else {} for x in extras]
    for key in extra_keys:
        df[key] = [d.get(key) for d in decoded] if len(decoded) == len(df) else [None] * len(df)
    for c in schema.FLOAT_COLUMNS:
        df[c] = df[c].astype("float64")
    return schema.validate(df).reset_index(drop=True)


class Spill:
    """A run's claims kept on disk until its table is written, for runs without a store
    (`tracker extract --no-store`): a DuckDB file in a temporary folder beside the output,
    removed by `close()`. `chunks()` gives the table the run's rows make in the order they came."""

    def __init__(self, folder: str | Path) -> None:
        import duckdb

        Path(folder).mkdir(parents=True, exist_ok=True)
        sweep_leftovers(folder)
        self.folder = Path(tempfile.mkdtemp(prefix=f".tracker-spill-{os.getpid()}-", dir=folder))
        self.con = duckdb.connect(str(self.folder / "spill.duckdb"))
        self.con.execute(f"SET temp_directory = '{_sql_text(self.folder / 'tmp')}'")
        self.con.execute(f"SET memory_limit = '{SORT_MEMORY}'")
        self.con.execute(f"SET threads = {SORT_THREADS}")
        self.con.execute(_DDL[2].replace("claims (", "claims (_seq BIGINT, ", 1))
        self.rows = 0

    def add(self, claims: pd.DataFrame) -> None:
        """Keep a batch's validated claims, after those already kept."""
        if not len(claims):
            return
        import pyarrow as pa

        data = _claims_table([claims])
        seq = pa.array(range(self.rows, self.rows + len(claims)), type=pa.int64())
        if data is None:
            rows = [[s, *r] for s, r in zip(seq.to_pylist(), _claim_rows(claims))]
            _insert(self.con, "claims", [("_seq", "BIGINT"), *_CLAIM_ROW_TYPES], rows)
        else:
            _insert_table(self.con, "claims", data.add_column(0, "_seq", seq))
        self.rows += len(claims)

    def chunks(self, rates_path: str | Path | None = None,
               chunk_rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        """The table `write_table` was given before streaming: validated rows, value_usd, figures."""
        from tracker.fx import add_value_usd

        _figures_into(self.con, "claims", "TRUE", "TRUE", {})
        self.con.execute("CREATE OR REPLACE TABLE _tracker_out AS SELECT c.*, f.figure_id AS _fid, "
                         "f.contradicts AS _con FROM claims c LEFT JOIN _tracker_figs f "
                         "USING (claim_id) ORDER BY c._seq")
        cur = self.con.cursor()
        cur.execute("SELECT * FROM _tracker_out")  # sorted on disk, read in that order
        vectors = max(1, chunk_rows // 2048)
        yielded = False
        while True:
            df = cur.fetch_df_chunk(vectors)
            if not len(df) and yielded:
                break
            fid, con = df.pop("_fid"), df.pop("_con")
            df.pop("_seq")
            df.pop("extra")
            for c in schema.FLOAT_COLUMNS:
                df[c] = df[c].astype("float64")
            df = add_value_usd(schema.validate(df), rates_path)
            df["figure_id"] = pd.Series([x or "" for x in fid.tolist()], index=df.index)
            df["contradicts"] = pd.Series([x or "" for x in con.tolist()], index=df.index)
            yield df
            yielded = True
            if not len(df):
                break
        cur.close()

    def close(self) -> None:
        import shutil

        try:
            self.con.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


# --------------------------------------------------------------------------- the store

_CLAIM_TYPES = {
    **{c: "VARCHAR" for c in schema.COLUMNS},
    **{c: "DATE" for c in schema.DATE_COLUMNS},
    **{c: "DOUBLE" for c in schema.FLOAT_COLUMNS},
    **{c: "BIGINT" for c in schema.INT_COLUMNS},
}
_DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR, text_hash VARCHAR, meta_hash VARCHAR, extractor VARCHAR,
        published DATE, published_precision VARCHAR, source VARCHAR, url VARCHAR,
        title VARCHAR, lang VARCHAR, path VARCHAR, text VARCHAR, extracted_at VARCHAR)""",
    "CREATE TABLE IF NOT EXISTS claims ("
    + ", ".join(f'"{c}" {t}' for c, t in _CLAIM_TYPES.items()) + ', "extra" VARCHAR)',
    """CREATE TABLE IF NOT EXISTS corrections (
        seq BIGINT, claim_id VARCHAR, action VARCHAR, field VARCHAR, value VARCHAR,
        reason VARCHAR, author VARCHAR, created_at VARCHAR)""",
]
ARTICLE_COLUMNS = ["article_id", "published", "source", "url", "title", "lang", "text"]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _meta_hash(article: Article) -> str:
    meta = [str(article.published or ""), article.published_precision or "", article.source,
            article.url, article.title, article.lang]
    return _sha(json.dumps(meta, ensure_ascii=False))


def _sha_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def table_digest(path: str | Path) -> str | None:
    """The bytes of a written table (a file, or every file of a dataset folder), or None."""
    path = Path(path)
    if path.is_file():
        return _sha_file(path)
    if path.is_dir():
        digest = hashlib.sha256()
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(str(f.relative_to(path)).encode() + b"\0" + _sha_file(f).encode())
        return digest.hexdigest()
    return None


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the whole package's code and data (the extractor's, the store's, the rates')."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root)
        if f.is_file() and f.suffix in (".py", ".yaml", ".yml", ".txt", ".json") \
                and "__pycache__" not in rel.parts:
            digest.update(str(rel).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the extractor's code and lexicons: when it changes, articles are redone."""
    from tracker import __version__

    root = Path(__file__).resolve().parent
    skip = {"store.py", "fx.py", "api.py", "cli.py", "runner.py"}  # they change no row
    digest = hashlib.sha256(__version__.encode())
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root)
        if (not f.is_file() or f.suffix not in (".py", ".yaml", ".yml", ".txt")
                or rel.parts[0] in ("commands", "__pycache__") or "__pycache__" in rel.parts
                or str(rel) in skip):
            continue
        digest.update(str(rel).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def _py(value: Any) -> Any:
    """A pandas cell as a plain Python value for DuckDB (NaN/NaT -> None)."""
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _claim_rows(claims: pd.DataFrame) -> list[list[Any]]:
    """A claims frame as rows of the `claims` table: contract columns, then `extra` (JSON)."""
    if not len(claims):
        return []
    extra_cols = [c for c in claims.columns if c not in schema.COLUMNS and c not in EXTRA_COLUMNS]
    columns = [claims[c].tolist() if c in claims.columns else [None] * len(claims)
               for c in schema.COLUMNS]
    rows = [[_py(v) for v in values] for values in zip(*columns)]
    if extra_cols:
        extras = zip(*(claims[c].tolist() for c in extra_cols))
        for values, cells in zip(rows, extras):
            extra = {c: _py(v) for c, v in zip(extra_cols, cells)}
            values.append(json.dumps(extra, ensure_ascii=False, default=_json_default,
                                     sort_keys=True))
    else:
        for values in rows:
            values.append(None)
    return rows


#: Column types of the `articles` and `claims` tables, in their order.
_ARTICLE_TYPES = [("article_id", "VARCHAR"), ("text_hash", "VARCHAR"), ("meta_hash", "VARCHAR"),
                  ("extractor", "VARCHAR"), ("published", "DATE"),
                  ("published_precision", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"),
                  ("title", "VARCHAR"), ("lang", "VARCHAR"), ("path", "VARCHAR"),
                  ("text", "VARCHAR"), ("extracted_at", "VARCHAR")]
_CLAIM_ROW_TYPES = [*_CLAIM_TYPES.items(), ("extra", "VARCHAR")]
#: Up to this many rows an INSERT takes its values as parameters; more go through Arrow.
_VALUES_ROWS = 1
#: From this many claims in one write, they are converted column by column (pyarrow).
_TABLE_ROWS = 64
_ARROW_TYPES = {"VARCHAR": "string", "DATE": "date32", "DOUBLE": "float64", "BIGINT": "int64"}


def _insert(con: Any, table: str, columns: list[tuple[str, str]], rows: list[list[Any]]) -> None:
    """Insert rows with one statement, through an Arrow table of the columns' types.

    A cell that Arrow will not take as its column's type (an int in a text column, say)
    sends the rows through `executemany` instead, which lets DuckDB cast as before.
    """
    if not rows:
        return
    if len(rows) <= _VALUES_ROWS:  # a few rows: one plain INSERT ... VALUES (...), (...)
        marks = "(" + ", ".join("?" * len(columns)) + ")"
        con.execute(f"INSERT INTO {table} VALUES " + ", ".join([marks] * len(rows)),
                    [cell for r in rows for cell in r])
        return
    import pyarrow as pa

    try:
        data = pa.table({name: pa.array([r[k] for r in rows], type=getattr(pa, _ARROW_TYPES[t])())
                         for k, (name, t) in enumerate(columns)})
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        marks = ", ".join("?" * len(columns))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        return
    _insert_table(con, table, data)


def _insert_table(con: Any, table: str, data: Any) -> None:
    """Insert an Arrow table whose columns are the table's, in order."""
    view = f"_tracker_new_{table}"
    con.register(view, data)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM {view}")
    finally:
        con.unregister(view)


def _claims_table(frames: list[pd.DataFrame]) -> Any | None:
    """Claims frames as one Arrow table of the `claims` columns, converted column by column.

    None when the frames' columns differ or a column is not of the plain type its table
    column expects (numbers in a text column, fractional offsets, mixed objects...): the
    caller then converts cell by cell and DuckDB casts, as it always did.
    """
    import pyarrow as pa
    import pyarrow.types as pat

    frames = [f for f in frames if len(f)]
    if not frames or any(list(f.columns) != list(frames[0].columns) for f in frames[1:]):
        return None
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    n = len(df)
    present = [c for c in schema.COLUMNS if c in df.columns]
    def text(t: Any) -> bool:  # text, or a category of texts
        if pat.is_dictionary(t):
            t = t.value_type
        return pat.is_string(t) or pat.is_large_string(t)

    accepts = {"VARCHAR": text,
               "DATE": lambda t: pat.is_date(t) or pat.is_timestamp(t) and t.tz is None,
               "DOUBLE": lambda t: pat.is_floating(t) or pat.is_integer(t),
               "BIGINT": pat.is_integer}
    try:
        data = pa.Table.from_pandas(df[present], preserve_index=False)
        arrays = []
        for name, kind in _CLAIM_TYPES.items():
            typ = getattr(pa, _ARROW_TYPES[kind])()
            if name not in df.columns:
                arrays.append(pa.nulls(n, type=typ))
                continue
            col = data.column(name)
            if not (pat.is_null(col.type) or accepts[kind](col.type)):
                return None
            # safe=False only lets a timestamp drop its time of day, as `_py` does.
            arrays.append(col.cast(typ, safe=kind != "DATE"))
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return None
    extra_cols = [c for c in df.columns if c not in schema.COLUMNS and c not in EXTRA_COLUMNS]
    if extra_cols:
        cells = zip(*(df[c].tolist() for c in extra_cols))
        extra = [json.dumps({c: _py(v) for c, v in zip(extra_cols, row)}, ensure_ascii=False,
                            default=_json_default, sort_keys=True) for row in cells]
        arrays.append(pa.array(extra, type=pa.string()))
    else:
        arrays.append(pa.nulls(n, type=pa.string()))
    return pa.Table.from_arrays(arrays, names=[name for name, _ in _CLAIM_ROW_TYPES])


@dataclass
class Store:
    """The tracker's DuckDB store; use `Store.open(path)` as a context manager."""

    path: Path
    wait: float = 10.0
    read_only: bool = False
    rates_path: Path | None = None
    extractor: str | None = None
    _lock: Any = None
    _known: dict[str, tuple[str, str, str]] | None = None
    _con: Any = None
    _con_since: float = 0.0
    _con_used: float = 0.0
    _timer: Any = None
    _con_lock: Any = field(default_factory=threading.RLock, repr=False)
    #: How long a writer keeps one connection before letting readers in.
    HOLD_SECONDS = 0.5

    # -- opening and closing

    @classmethod
    def open(cls, path: str | Path, *, wait: float = 10.0, read_only: bool = False,
             rates_path: str | Path | None = None, extractor: str | None = None) -> "Store":
        """Open (a writer creates) the store; StoreError if locked after `wait` s or damaged."""
        path = Path(path)
        store = cls(path=path, wait=wait, read_only=read_only,
                    rates_path=Path(rates_path) if rates_path else None, extractor=extractor)
        if read_only:
            if not path.exists():
                raise StoreMissing(f"{path}: no store here yet; run `tracker extract data/raw "
                                 f"--output {path.parent / 'claims.csv'}` first")
        else:
            store._take_lock()
        try:
            with store._connect() as con:
                store._check_or_create(con)
        except BaseException:
            store.close()
            raise
        return store

    def _take_lock(self) -> None:
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store's folder ({exc.strerror})") from None
        lock = FileLock(str(self.path) + ".lock", timeout=self.wait)
        try:
            lock.acquire()
        except Timeout:
            raise StoreError(
                f"{self.path}: the store is in use by another tracker process (waited "
                f"{self.wait:g}s for {self.path.name}.lock); try again when it has finished"
            ) from None
        self._lock = lock

    def close(self) -> None:
        """Close the connection and release the writer's lock (data is already committed)."""
        timer = self._timer
        if timer is not None:
            timer.cancel()
        self._release_connection()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _open_connection(self) -> Any:
        import duckdb

        deadline = time.monotonic() + self.wait
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=self.read_only)
            except duckdb.Error as exc:
                text = str(exc)
                if any(w in text.lower() for w in _LOCK_WORDS):
                    if time.monotonic() < deadline:
                        time.sleep(0.01)  # short: a busy writer leaves gaps of ~20 ms and up
                        continue
                    raise StoreError(f"{self.path}: the store is locked by another process "
                                     f"(waited {self.wait:g}s); try again when it has finished"
                                     ) from None
                raise self._damaged(exc) from None

    def _release_connection(self) -> None:
        with self._con_lock:
            if self._con is not None:
                try:
                    self._con.close()
                finally:
                    self._con = None

    def _close_if_idle(self) -> None:
        """Timer callback: close the writer's connection once nobody used it for a while."""
        with self._con_lock:
            self._timer = None
            if self._con is None:
                return
            idle = time.monotonic() - self._con_used
            if idle >= self.HOLD_SECONDS:
                self._con.close()
                self._con = None
            else:
                self._schedule_idle_close(self.HOLD_SECONDS - idle)

    def _schedule_idle_close(self, delay: float) -> None:
        import threading

        if self._timer is None:
            self._timer = threading.Timer(delay, self._close_if_idle)
            self._timer.daemon = True
            self._timer.start()

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[Any]:
        """A DuckDB connection for one operation.

        Readers connect and close each time. A writer keeps its connection while
        operations follow each other closely (opening one costs ~50 ms), but closes it
        when it has been open HOLD_SECONDS or idle that long, so that readers (the
        dashboard, `tracker export`) get their turn during a long extract.
        """
        if write and self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot write")
        if self.read_only:
            con = self._open_connection()
            try:
                yield con
            finally:
                con.close()
            return
        with self._con_lock:
            if self._con is None:
                self._con = self._open_connection()
                self._con_since = time.monotonic()
            failed = True
            try:
                yield self._con
                failed = False
            finally:
                self._con_used = time.monotonic()
                if failed or self._con_used - self._con_since > self.HOLD_SECONDS:
                    self._con.close()
                    self._con = None
                else:
                    self._schedule_idle_close(self.HOLD_SECONDS)

    def _damaged(self, exc: BaseException) -> StoreError:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return StoreError(f"{self.path}: the store is damaged or not a tracker store ({first}); "
                          f"it was left untouched: move it away and run `tracker extract` "
                          f"again to rebuild it")

    def _check_or_create(self, con: Any) -> None:
        import duckdb

        try:
            tables = {r[0] for r in con.execute(
                "SELECT table_name FROM information_schema.tables").fetchall()}
            if not tables and not self.read_only:
                con.execute("BEGIN TRANSACTION")
                for ddl in _DDL:
                    con.execute(ddl)
                con.execute("INSERT INTO meta VALUES ('format', ?)", [FORMAT_VERSION])
                con.execute("COMMIT")
                return
            if not {"meta", "articles", "claims", "corrections"} <= tables:
                raise StoreError(f"{self.path}: not a tracker store (tables found: "
                                 f"{', '.join(sorted(tables)) or 'none'}); it was left untouched")
            row = con.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if not row or row[0] != FORMAT_VERSION:
                raise StoreError(f"{self.path}: store format {row[0] if row else '?'} is not "
                                 f"the supported format {FORMAT_VERSION}")
        except duckdb.Error as exc:
            raise self._damaged(exc) from None

    @contextmanager
    def _transaction(self, bump: bool = True) -> Iterator[Any]:
        """One write transaction; it counts one more store generation (see `table_state`)."""
        import duckdb

        with self._connect(write=True) as con:
            try:
                con.execute("BEGIN TRANSACTION")
                yield con
                if bump:
                    updated = con.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 "
                                          "AS VARCHAR) WHERE key = 'generation'").fetchone()
                    if not updated or not updated[0]:
                        con.execute("INSERT INTO meta VALUES ('generation', '1')")
                con.execute("COMMIT")
            except duckdb.Error as exc:
                try:
                    con.execute("ROLLBACK")
                except duckdb.Error:
                    pass
                raise self._damaged(exc) from None
            except BaseException:
                try:
                    con.execute("ROLLBACK")
                except duckdb.Error:
                    pass
                raise

    def _query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        import duckdb

        with self._connect() as con:
            try:
                return con.execute(sql, params or []).df()
            except duckdb.Error as exc:
                raise self._damaged(exc) from None

    # -- articles and claims

    def _extractor(self) -> str:
        return self.extractor or extractor_fingerprint()

    def needs_extraction(self, article: Article) -> bool:
        """False when this article, with the same text and metadata, was extracted by this code."""
        if self._known is None or self.read_only:
            # A writer holds the lock, so nobody else changes the articles under it.
            known = self._query("SELECT article_id, text_hash, meta_hash, extractor FROM articles")
            self._known = {r[0]: (r[1], r[2], r[3]) for r in known.itertuples(index=False)}
        row = self._known.get(article.article_id)
        return row != (_sha(article.text), _meta_hash(article), self._extractor())

    def unchanged(self, articles: list[Article]) -> set[str]:
        """Ids of the articles that need no extraction (same text, metadata and extractor code),
        asked with one query for the batch: nothing of the store is held in memory."""
        if not articles:
            return set()
        import duckdb

        ids = [a.article_id for a in articles]
        with self._connect() as con:
            try:
                rows = con.execute("SELECT article_id, text_hash, meta_hash, extractor FROM articles "
                                   "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
            except duckdb.Error as exc:
                raise self._damaged(exc) from None
        known = {r[0]: (r[1], r[2], r[3]) for r in rows}
        if not known:
            return set()
        extractor = self._extractor()
        return {a.article_id for a in articles if a.article_id in known
                and known[a.article_id] == (_sha(a.text), _meta_hash(a), extractor)}

    def known_in(self, paths: list[str]) -> dict[str, dict[str, tuple[str, str]]]:
        """For each path, article_id -> (text hash, metadata hash) of the articles last read from
        it by this extractor code, in one query (a Dask worker skips those it finds unchanged)."""
        if not paths:
            return {}
        df = self._query("SELECT path, article_id, text_hash, meta_hash FROM articles "
                         "WHERE path IN (SELECT unnest(?::VARCHAR[])) AND extractor = ?",
                         [list(paths), self._extractor()])
        out: dict[str, dict[str, tuple[str, str]]] = {p: {} for p in paths}
        for path, article_id, text_hash, meta_hash in df.itertuples(index=False):
            out[path][article_id] = (text_hash, meta_hash)
        return out

    def table_state(self, article_ids: Iterable[str], kind: str) -> str:
        """A digest of everything the table of `article_ids` depends on: the store's generation
        (every write transaction counts one), the articles, the rates file, the code and the
        libraries that format the table, and its format. The same digest, the same bytes."""
        import importlib.metadata as md

        row = self._query("SELECT value FROM meta WHERE key = 'generation'")
        ids = hashlib.sha256("\n".join(sorted(set(article_ids))).encode()).hexdigest()
        rates = self._rates_path()
        rates_hash = (_sha_file(rates) if rates is not None and rates.is_file() else "")
        versions = []
        for lib in ("pandas", "pyarrow", "numpy", "duckdb", "pandera", "CurrencyConverter", "pint"):
            try:
                versions.append(f"{lib}={md.version(lib)}")
            except md.PackageNotFoundError:
                versions.append(f"{lib}=?")
        state = [FORMAT_VERSION, row["value"].iloc[0] if len(row) else "0", ids, str(rates),
                 rates_hash, code_fingerprint(), versions, kind]
        return hashlib.sha256(json.dumps(state).encode()).hexdigest()

    def table_record(self, path: str | Path) -> dict[str, Any] | None:
        """What `remember_table` kept about the table written at `path`, or None."""
        row = self._query("SELECT value FROM meta WHERE key = ?", [f"table:{Path(path).resolve()}"])
        return json.loads(row["value"].iloc[0]) if len(row) else None

    def remember_table(self, path: str | Path, record: dict[str, Any]) -> None:
        """Keep `record` (its state, digest and rows) about the table just written at `path`."""
        key = f"table:{Path(path).resolve()}"
        with self._transaction(bump=False) as con:
            con.execute("DELETE FROM meta WHERE key = ?", [key])
            con.execute("INSERT INTO meta VALUES (?, ?)", [key, json.dumps(record)])

    def replace_article(self, article: Article, claims: pd.DataFrame) -> None:
        """Store one article and replace all its claim rows, in one transaction."""
        self.replace_articles([(article, claims)])

    def replace_articles(self, items: Iterable[tuple[Article, pd.DataFrame]]) -> None:
        """Store several articles and replace all their claim rows, in one transaction.

        The same as `replace_article` for each (an article given twice: the later one
        wins), but the deletes and inserts are one statement each for the whole batch:
        writing 10,000 articles in batches of a few hundred takes seconds, not minutes.
        Every batch is checked before anything is written, so a bad one writes nothing.
        """
        batch: dict[str, tuple[Article, pd.DataFrame]] = {}
        for article, claims in items:
            ids = set(claims["article_id"].astype(str)) if len(claims) else set()
            if ids - {article.article_id}:
                raise ValueError(f"claims for article {article.article_id!r} carry other "
                                 f"article_ids: {sorted(ids - {article.article_id})}")
            batch.pop(article.article_id, None)
            batch[article.article_id] = (article, claims)
        self._replace({k: a for k, (a, _) in batch.items()}, [c for _, c in batch.values()])

    def replace_batch(self, articles: list[Article], claims: pd.DataFrame) -> None:
        """Store articles and replace all their claim rows, given as one validated table for the
        whole batch (`pipeline.rows_frame`), in one transaction. Same as `replace_articles`."""
        batch = {a.article_id: a for a in articles}
        ids = set(claims["article_id"].astype(str).unique()) if len(claims) else set()
        if ids - set(batch):
            raise ValueError(f"claims of articles not in the batch: {sorted(ids - set(batch))[:5]}")
        self._replace(batch, [claims])

    def _replace(self, batch: dict[str, Article], frames: list[pd.DataFrame]) -> None:
        if not batch:
            return
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        extractor = self._extractor()
        known = {}
        article_rows = []
        for article_id, article in batch.items():
            known[article_id] = (_sha(article.text), _meta_hash(article), extractor)
            article_rows.append([article_id, *known[article_id], article.published,
                                 article.published_precision, article.source, article.url,
                                 article.title, article.lang, article.path, article.text, now])
        # A few rows go cell by cell (cheaper than building a table); a batch column by column.
        new_claims = (_claims_table(frames) if sum(len(f) for f in frames) > _TABLE_ROWS
                      else None)
        claim_rows = [] if new_claims is not None else [r for f in frames for r in _claim_rows(f)]
        with self._transaction() as con:
            batch_ids = list(batch)
            for table in ("articles", "claims"):
                if len(batch_ids) == 1:
                    con.execute(f"DELETE FROM {table} WHERE article_id = ?", batch_ids)
                else:
                    con.execute(f"DELETE FROM {table} WHERE article_id IN "
                                f"(SELECT unnest(?::VARCHAR[]))", [batch_ids])
            _insert(con, "articles", _ARTICLE_TYPES, article_rows)
            if new_claims is not None:
                _insert_table(con, "claims", new_claims)
            else:
                _insert(con, "claims", _CLAIM_ROW_TYPES, claim_rows)
        if self._known is not None:
            self._known.update(known)

    def table_chunks(self, article_ids: Iterable[str],
                     chunk_rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        """`claims(article_ids)` in chunks of about `chunk_rows` rows, in the same order and
        with the same cells, without holding the table in memory.

        Figures and contradictions are settled key by key over the whole store, as
        `claims` does (`_figures_into`); each chunk is then read, corrected, priced and
        checked alone. The store is read through a read-only attachment, so that readers
        in other processes are not locked out while a large table is written.
        """
        import shutil

        import duckdb
        import pyarrow as pa

        from tracker.fx import RatesError, add_value_usd

        ids = list(dict.fromkeys(article_ids))
        run = set(ids)
        corrections = self.corrections()
        extra_keys = sorted({k for x in self._query(
            "SELECT DISTINCT extra FROM claims WHERE extra IS NOT NULL AND extra <> ''")["extra"]
            for k in json.loads(x)})
        corrected = self._query('SELECT * FROM claims WHERE claim_id IN '
                                '(SELECT claim_id FROM corrections) '
                                'ORDER BY article_id, "start", "end", claim_id')
        corrected = apply_corrections(_decoded(corrected, extra_keys), corrections)
        corrected = corrected[corrected["review"] != "rejected"]
        groups = _corrected_items(corrected, corrected["article_id"].isin(run).tolist())
        rates = self._rates_path()
        self._release_connection()  # a read-only attachment needs the writer's connection closed
        spill = Path(tempfile.mkdtemp(prefix=f".tracker-table-{os.getpid()}-", dir=self.path.parent))
        # a scratch database on disk (its tables can leave memory), the store attached to it
        con = duckdb.connect(str(spill / "scratch.duckdb"))
        try:
            con.execute(f"SET temp_directory = '{_sql_text(spill / 'tmp')}'")
            con.execute(f"SET memory_limit = '{SORT_MEMORY}'")
            con.execute(f"SET threads = {SORT_THREADS}")
            try:
                con.execute(f"ATTACH '{_sql_text(self.path)}' AS s (READ_ONLY)")
            except duckdb.Error as exc:
                raise self._damaged(exc) from None
            con.register("_tracker_ids", pa.table({"article_id": pa.array(ids, type=pa.string())}))
            con.execute("CREATE TABLE _tracker_run AS SELECT DISTINCT article_id FROM _tracker_ids")
            con.unregister("_tracker_ids")
            _figures_into(con, "s.claims", "claim_id NOT IN (SELECT claim_id FROM s.corrections)",
                          "article_id IN (SELECT article_id FROM _tracker_run)", groups)
            con.execute('CREATE TABLE _tracker_out AS SELECT c.*, f.figure_id AS _fid, '
                        'f.contradicts AS _con FROM s.claims c '
                        'LEFT JOIN _tracker_figs f ON c.claim_id = f.claim_id '
                        'WHERE c.article_id IN (SELECT article_id FROM _tracker_run) '
                        'ORDER BY c.article_id, c."start", c."end", c.claim_id')
            con.execute("DROP TABLE _tracker_figs")
            cur = con.cursor()
            cur.execute("SELECT * FROM _tracker_out")  # sorted on disk, read in that order
            vectors = max(1, chunk_rows // 2048)
            ordered = schema.COLUMNS + EXTRA_COLUMNS
            yielded = False
            while True:
                df = cur.fetch_df_chunk(vectors)
                if not len(df) and yielded:
                    break
                fid, others = df.pop("_fid"), df.pop("_con")
                df = apply_corrections(_decoded(df, extra_keys), corrections)
                kept = df[df["review"] != "rejected"]
                try:
                    kept = add_value_usd(kept, rates)
                except RatesError as exc:
                    raise StoreError(str(exc)) from None
                kept["figure_id"] = pd.Series([x or "" for x in fid[kept.index].tolist()],
                                              index=kept.index)
                kept["contradicts"] = pd.Series([x or "" for x in others[kept.index].tolist()],
                                                index=kept.index)
                for c in EXTRA_COLUMNS:
                    kept[c] = kept[c].astype(object).astype(str)
                kept = schema.validate(kept.reset_index(drop=True))
                yield kept[ordered + [c for c in kept.columns if c not in ordered]]
                yielded = True
                if not len(df):
                    break
            cur.close()
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"{self.path}: cannot read the table out of the store ({first})") from None
        finally:
            con.close()
            shutil.rmtree(spill, ignore_errors=True)

    def remove_article(self, article_id: str) -> None:
        """Drop an article and its claims (its corrections stay, and show as orphaned)."""
        with self._transaction() as con:
            con.execute("DELETE FROM articles WHERE article_id = ?", [article_id])
            con.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
        if self._known is not None:
            self._known.pop(article_id, None)

    def article_ids(self) -> list[str]:
        """Ids of the stored articles, sorted."""
        ids = self._query("SELECT article_id FROM articles ORDER BY article_id")["article_id"]
        return [str(x) for x in ids]

    def articles(self) -> pd.DataFrame:
        """The articles table: article_id, published, source, url, title, lang, text."""
        df = self._query("SELECT " + ", ".join(ARTICLE_COLUMNS)
                         + " FROM articles ORDER BY published NULLS LAST, article_id")
        df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
        for c in ARTICLE_COLUMNS:
            if c != "published":
                df[c] = df[c].astype(object).where(df[c].notna(), "").astype(str)
        return df.reset_index(drop=True)

    def raw_claims(self, claim_id: str | None = None) -> pd.DataFrame:
        """The extractor's rows as stored, without corrections, rates or figures.

        With `claim_id`, only that claim's row (read alone, not picked out of the table).
        """
        where, params = ("WHERE claim_id = ? ", [claim_id]) if claim_id is not None else ("", [])
        df = self._query(f'SELECT * FROM claims {where}ORDER BY article_id, "start", "end", '
                         f'claim_id', params)
        extras = df.pop("extra") if "extra" in df.columns else pd.Series(dtype=object)
        decoded = [json.loads(x) if isinstance(x, str) and x else {} for x in extras]
        for key in sorted({k for d in decoded for k in d}):
            df[key] = [d.get(key) for d in decoded]
        for c in schema.FLOAT_COLUMNS:
            df[c] = df[c].astype("float64")
        return schema.validate(df).reset_index(drop=True)

    def claims(self, article_ids: Iterable[str] | None = None, *,
               include_rejected: bool = False, **filters: Any) -> pd.DataFrame:
        """The analyst's table: corrections applied, value_usd/note/figure_id filled, validated.

        Filters are those of `filter_claims` (indicator, partners, period, modality, ...).
        Rejected rows are left out unless `include_rejected`.
        """
        from tracker.fx import RatesError, add_value_usd

        df = apply_corrections(self.raw_claims(), self.corrections())
        kept = df[df["review"] != "rejected"]
        try:
            kept = assign_figures(add_value_usd(kept, self._rates_path()))
            rejected = add_value_usd(df[df["review"] == "rejected"], self._rates_path())
        except RatesError as exc:  # a bad data/rates.csv stops the run with its own line
            raise StoreError(str(exc)) from None
        if include_rejected:
            rejected["figure_id"], rejected["contradicts"] = "", ""
            kept = pd.concat([kept, rejected]).sort_values(
                ["article_id", "start", "end", "claim_id"], kind="stable")
        if article_ids is not None:
            kept = kept[kept["article_id"].isin(list(article_ids))]
        kept = filter_claims(kept, **filters)
        for c in EXTRA_COLUMNS:
            kept[c] = kept[c].astype(object).astype(str)
        kept = schema.validate(kept.reset_index(drop=True))
        ordered = schema.COLUMNS + EXTRA_COLUMNS
        return kept[ordered + [c for c in kept.columns if c not in ordered]]

    def _rates_path(self) -> Path | None:
        if self.rates_path is not None:
            return self.rates_path
        from tracker.fx import default_rates_path

        env = default_rates_path()
        if env is not None and os.environ.get("TRACKER_RATES"):
            return env
        beside = self.path.parent.parent / "rates.csv"
        return beside if beside.exists() else env

    # -- corrections

    def corrections(self) -> pd.DataFrame:
        """Every correction, in the order it was made."""
        return self._query("SELECT * FROM corrections ORDER BY seq")

    def add_correction(self, claim_id: str, action: str, *, field: str | None = None,
                       value: str | None = None, reason: str = "", author: str = "") -> int:
        """Record an analyst's decision on one claim; returns its sequence number."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r} (use {', '.join(ACTIONS)})")
        if action == "reject" and not reason.strip():
            raise ValueError("a rejection needs a reason")
        row = self.raw_claims(claim_id)
        if row.empty:
            raise ValueError(f"{self.path}: no claim {claim_id!r} in the store")
        if action == "set":
            if field not in SETTABLE_FIELDS:
                raise ValueError(f"cannot set {field!r} (settable: {', '.join(SETTABLE_FIELDS)})")
            problem = _field_problem(field, value or "")
            if problem:
                raise ValueError(f"{field}={value!r}: {problem}")
            if field in schema.CATEGORIES and value not in schema.CATEGORIES[field]:
                raise ValueError(f"{field} must be one of {', '.join(schema.CATEGORIES[field])}, "
                                 f"not {value!r}")
            # Check the edited row against the contract before recording anything.
            trial = apply_corrections(row.reset_index(drop=True), self.corrections())
            probe = pd.DataFrame([{"seq": 1 << 62, "claim_id": claim_id, "action": "set",
                                   "field": field, "value": value or "", "reason": reason}])
            trial = apply_corrections(trial.drop(columns="review"), probe)
            try:
                schema.validate(trial)
            except Exception as exc:
                raise ValueError(f"{field}={value!r} breaks the claims contract "
                                 f"(see SCHEMA.md for the {field} column)") from None
        with self._transaction() as con:
            seq = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM corrections").fetchone()[0]
            con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [seq, claim_id, action, field, value, reason, author,
                         datetime.now(timezone.utc).isoformat(timespec="seconds")])
        return int(seq)

    def orphaned_corrections(self) -> pd.DataFrame:
        """Corrections whose claim is no longer in the store (reported, never dropped)."""
        corr = self.corrections()
        ids = set(self._query("SELECT claim_id FROM claims")["claim_id"])
        return corr[~corr["claim_id"].isin(ids)].reset_index(drop=True)

    def orphan_report(self) -> str:
        """One line for stderr when corrections lost their claim, else ''."""
        orphans = self.orphaned_corrections()
        if orphans.empty:
            return ""
        ids = sorted(set(orphans["claim_id"]))
        shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
        return (f"tracker: {len(orphans)} correction(s) refer to {len(ids)} claim(s) no longer "
                f"extracted ({shown}); kept in {self.path.name}, see `tracker review orphans`")


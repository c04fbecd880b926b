"""value_usd: ECB history, the user rates file, and notes instead of silent guesses."""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims_factory import article, frame, row
from tracker.fx import Rates, add_value_usd

ROOT = Path(__file__).resolve().parents[1]
A = article("a")


@pytest.fixture(autouse=True)
def no_default_rates(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Tests say which rates file they use; the repo's data/rates.csv stays out of it.
    monkeypatch.delenv("TRACKER_RATES", raising=False)
    monkeypatch.chdir(tmp_path)


def usd(rows: list[dict], rates: Path | None = None) -> pd.DataFrame:
    return add_value_usd(frame(rows), rates).set_index("claim_id")


def test_usd_is_kept_and_non_money_rows_stay_empty() -> None:
    out = usd([row(A, 0, "200 milliards de dollars", 2e11),
               row(A, 30, "26,3 %", 26.3, unit="percent", measure="change"),
               row(A, 40, "38 bcm", 38.0, unit="bcm")])
    assert out["value_usd"].tolist()[0] == 2e11
    assert out["value_usd"].iloc[1:].isna().all()
    assert (out["note"] == "").all()


def test_yuan_at_the_average_rate_of_the_period() -> None:
    # 1.28 trillion yuan of China-Russia trade in 2022 was reported as about $190 billion.
    out = usd([row(A, 0, "1 280 milliards de yuans", 1.28e12, unit="CNY", period="2022")])
    assert out["value_usd"].item() == pytest.approx(1.90e11, rel=0.01)
    assert out["note"].item() == ""


def test_the_period_decides_the_rate() -> None:
    out = usd([row(A, 0, "100 EUR", 100.0, unit="EUR", period="2022-09"),
               row(A, 10, "100 EUR", 100.0, unit="EUR", period="2021-06")])
    sept_2022, june_2021 = out["value_usd"].tolist()
    assert sept_2022 == pytest.approx(99.0, abs=1.5)   # the euro near parity
    assert june_2021 == pytest.approx(120.5, abs=1.5)
    days = Rates().usd_per_unit("EUR", pd.Timestamp("2022-09-01").date(),
                                pd.Timestamp("2022-09-30").date())[0]
    assert sept_2022 == pytest.approx(100 * days)


def test_rouble_after_the_ecb_stopped_has_no_value_and_says_why() -> None:
    out = usd([row(A, 0, "3 milliards de roubles", 3e9, unit="RUB", period="2023-06"),
               row(A, 30, "3 milliards de roubles", 3e9, unit="RUB", period="2021")])
    assert math.isnan(out["value_usd"].iloc[0])
    note = out["note"].iloc[0]
    assert "RUB" in note and "2023-06-01..2023-06-30" in note and "2022-03-01" in note
    assert "rates.csv" in note
    assert out["value_usd"].iloc[1] == pytest.approx(3e9 / 73.6, rel=0.03)  # 2021: ~73.6/USD


def test_rates_file_fills_gaps_and_overrides(tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("# test rates\ndate,currency,usd\n"
                     "2023-06,RUB,0.012\n"          # a month: fills the gap
                     "2024,RUB,0.011\n"              # a year: fills the gap
                     "2022-09,EUR,2.0\n"            # a month: overrides the ECB
                     "2022-10-03,EUR,3.0\n")        # a day: overrides the ECB
    out = usd([row(A, 0, "3 milliards de roubles", 3e9, unit="RUB", period="2023-06"),
               row(A, 30, "1 rouble", 1.0, unit="RUB", period="2024-Q2"),
               row(A, 40, "1 euro", 1.0, unit="EUR", period="2022-09"),
               row(A, 50, "1 euro", 1.0, unit="EUR", period="2022-10-03"),
               row(A, 60, "1 rouble", 1.0, unit="RUB", period="2023-05")], rates)
    vals = out["value_usd"].tolist()
    assert vals[0] == pytest.approx(3.6e7)
    assert vals[1] == pytest.approx(0.011)
    assert vals[2] == pytest.approx(2.0) and vals[3] == pytest.approx(3.0)
    assert math.isnan(vals[4])
    assert "rates.csv" in out["note"].iloc[0]


def test_a_year_row_does_not_override_the_ecb(tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,usd\n2021,EUR,5.0\n")
    out = usd([row(A, 0, "1 euro", 1.0, unit="EUR", period="2021")], rates)
    assert out["value_usd"].item() == pytest.approx(1.18, abs=0.02)


def test_period_partly_covered_is_not_guessed(tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,usd\n2022-04,RUB,0.0125\n")
    out = usd([row(A, 0, "1 rouble", 1.0, unit="RUB", period="2022")], rates)
    assert math.isnan(out["value_usd"].item())
    assert "2022-03-02..2022-12-31" in out["note"].item()


def test_missing_period_uses_the_publication_month_and_says_so() -> None:
    out = usd([row(A, 0, "100 EUR", 100.0, unit="EUR", period=""),
               row(article("nodate", published=""), 0, "100 EUR", 100.0, unit="EUR", period="")])
    assert out["value_usd"].iloc[0] == pytest.approx(108, abs=2)  # May 2023
    assert "publication month 2023-05" in out["note"].iloc[0]
    assert math.isnan(out["value_usd"].iloc[1])
    assert "no period or publication date" in out["note"].iloc[1]


def test_unknown_currency_is_explained() -> None:
    out = usd([row(A, 0, "1 000 francs CFA", 1000.0, unit="XOF")])
    assert math.isnan(out["value_usd"].item())
    assert "no XOF rate" in out["note"].item()


def test_applying_twice_changes_nothing_and_keeps_other_notes() -> None:
    df = frame([row(A, 0, "3 milliards de roubles", 3e9, unit="RUB", period="2023-06",
                    note="review: checked")])
    once = add_value_usd(df)
    twice = add_value_usd(once)
    pd.testing.assert_frame_equal(once, twice)
    assert once["note"].item().startswith("review: checked; fx: no RUB")


@pytest.mark.parametrize("body, problem", [
    ("when,currency,usd\n", "header must be"),
    ("date,currency,usd\n2023-13,RUB,0.01\n", "bad date"),
    ("date,currency,usd\n2023,rub,0.01\n", "bad currency"),
    ("date,currency,usd\n2023,RUB,abc\n", "bad rate"),
    ("date,currency,usd\n2023,RUB,-1\n", "positive"),
    ("date,currency,usd\n2023,RUB\n", "expected 3 cells"),
])
def test_bad_rates_file_names_file_line_and_problem(tmp_path: Path, body: str, problem: str) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text(body)
    with pytest.raises(ValueError, match=rf"rates\.csv:\d+: .*{problem}"):
        Rates(rates)


def test_bundled_rates_file_is_valid_and_used() -> None:
    rates = Rates(ROOT / "data" / "rates.csv")
    value, note = rates.usd_per_unit("RUB", pd.Timestamp("2024-01-01").date(),
                                     pd.Timestamp("2024-12-31").date())
    assert value == pytest.approx(1 / 92.57, rel=1e-6)
    assert "rates.csv" in note


def test_bad_rates_file_stops_extract_and_export_with_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tracker.cli import main
    from tracker.store import Store

    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,usd\n2023-99,RUB,0.01\n")
    monkeypatch.setenv("TRACKER_RATES", str(rates))
    store = tmp_path / "clean" / "tracker.duckdb"
    with Store.open(store) as s:
        s.replace_article(A, frame([row(A, 0, "1 rouble", 1.0, unit="RUB")]))
    assert main(["export", "--store", str(store), "--output", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "rates.csv:2: bad date '2023-99'" in err[0]
    raw = ROOT / "data" / "raw" / "000_c982afabc432b07d.txt"
    assert main(["extract", str(raw), "--output", str(tmp_path / "clean" / "c.csv"), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "rates.csv:2: bad date" in err[0]


def _reference_value_usd(df: pd.DataFrame, rates_path: Path | None) -> pd.DataFrame:
    """The former row-by-row add_value_usd, kept as the oracle of the grouped one."""
    from datetime import date

    from tracker.fx import NOTE_PREFIX, _merge_note, is_currency

    out, rates, usd_, notes = df.copy(), Rates(rates_path), [], []
    for (_, r), old in zip(out.iterrows(), out["note"]):
        unit = str(r.get("unit") or "")
        if not is_currency(unit) or unit == "USD":
            usd_.append(float(r["value"]) if unit == "USD" else math.nan)
            notes.append(_merge_note(old, ""))
            continue
        start, end, how = r.get("period_start"), r.get("period_end"), ""
        if pd.notna(start) and pd.notna(end):
            start, end = pd.Timestamp(start).date(), pd.Timestamp(end).date()
        elif pd.notna(r.get("published")):
            p = pd.Timestamp(r["published"])
            start = date(p.year, p.month, 1)
            end = (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
            how = (f"{NOTE_PREFIX} no period; average rate of the publication month "
                   f"{p.year}-{p.month:02d} used")
        else:
            usd_.append(math.nan)
            notes.append(_merge_note(old, f"{NOTE_PREFIX} no period or publication date "
                                          f"to date a {unit} rate"))
            continue
        start, end = min(start, end), max(start, end)
        rate, note = rates.usd_per_unit(unit, start, end)
        usd_.append(math.nan if rate is None else float(r["value"]) * rate)
        notes.append(_merge_note(old, "; ".join(x for x in (how, note) if x)))
    out["value_usd"] = pd.Series(usd_, index=out.index, dtype="float64")
    out["note"] = pd.Series(notes, index=out.index, dtype="object")
    return out


_money = st.tuples(st.sampled_from(["USD", "EUR", "CNY", "RUB", "XOF", "percent", "bcm"]),
                   st.sampled_from(["2021", "2022-03", "2022-Q1", "2023-06", "2021-12/2022-02",
                                    "2024-02-29", ""]),
                   st.sampled_from(["2023-05-24", "2022-02-10", ""]),
                   st.sampled_from(["", "review: checked", "fx: stale note", "a; fx: old; b"]),
                   st.floats(0.5, 1e12, allow_nan=False))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_money, min_size=1, max_size=30), st.randoms(use_true_random=False),
       st.booleans())
def test_grouped_rates_match_the_row_by_row_reference(tmp_path_factory, specs: list, rnd,
                                                      user_file: bool) -> None:
    rates = None
    if user_file:
        rates = tmp_path_factory.mktemp("rates") / "rates.csv"
        rates.write_text("date,currency,usd\n2023-06,RUB,0.012\n2024,RUB,0.011\n"
                         "2022-03,EUR,2.0\n")
    rows = []
    for i, (unit, period, published, note, value) in enumerate(specs):
        a = article(f"m{i}", published=published)
        rows.append(row(a, 0, "x", value, unit=unit, period=period, note=note,
                        **({"measure": "change"} if unit == "percent" else {})))
    df = frame(rows)
    order = list(range(len(df)))
    rnd.shuffle(order)
    df = df.iloc[order]
    df.index = [f"r{i}" for i in order]  # labels, not positions
    got, want = add_value_usd(df, rates), _reference_value_usd(df, rates)
    pd.testing.assert_frame_equal(got, want)


def test_a_table_without_period_columns_uses_the_publication_month() -> None:
    df = pd.DataFrame({"unit": ["EUR", "EUR", "USD"], "value": [100.0, 100.0, 5.0],
                       "published": pd.to_datetime(["2023-05-24", None, "2023-05-24"])})
    out = add_value_usd(df)
    assert out["value_usd"].iloc[0] == pytest.approx(108, abs=2)
    assert "publication month 2023-05" in out["note"].iloc[0]
    assert math.isnan(out["value_usd"].iloc[1]) and "no period" in out["note"].iloc[1]
    assert out["value_usd"].iloc[2] == 5.0

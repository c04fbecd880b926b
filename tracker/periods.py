"""Period expressions -> period labels ("2023", "2023-04", "2023-Q1", "2023-H1",
"2023-01/2023-05"), resolved against the publication date. Words from the lexicon."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from tracker import lexicon as lx
from tracker import recache

I = re.IGNORECASE
YEAR = r"(?<![\d.,/])((?:19|20)\d{2})(?![\d%]|\s?%|[.,]\d)"


@dataclass(frozen=True, slots=True)
class PeriodCue:
    start: int
    end: int
    kind: str          # year | month | span | quarter | half | relative
    label: str         # resolved label, "" when it cannot be resolved
    text: str


@dataclass(frozen=True)
class PeriodGrammar:
    months: dict[str, int]
    counts: dict[str, int]
    patterns: list[tuple[str, re.Pattern[str]]]
    #: per pattern, the gates (indexes into `gate_rx`) a text must pass for it to match at all
    needs: list[tuple[int, ...]]
    #: cheap searches, in lower-cased text (lexicon.lowered), for a piece every match of some
    #: pattern holds: a month name, a digit, a word of its template, a first word of its phrases
    gate_rx: list[re.Pattern[str]]
    #: `trigger` for lower-cased text: the same answer, found faster (None if words are not plain)
    trigger_low: re.Pattern[str] | None
    #: the patterns with their twins for lower-cased text (lexicon.Folded): same matches, faster
    folded: list[lx.Folded]
    quarters: dict[str, int]
    halves: dict[str, int]
    relative: dict[str, str]
    fiscal: re.Pattern[str] | None
    months_capitalized: bool
    fiscal_start: int
    trigger: re.Pattern[str]
    #: a singular year word right after a split year makes it one year («в 2021/2022 году»)
    one_year_after: re.Pattern[str] | None = None
    #: the end of a span's start (a month or a year) right before a bare "until {m}": the span's
    #: end, not a year to date ("from 2019 until July 2021", "January through October")
    span_start_before: re.Pattern[str] | None = None
    #: the month crop seasons start in (lexicon periods.seasons.start_month; 0: none)
    season_start: int = 0
    #: a season word right before a split year, or right after it, makes it a crop season
    #: (« la campagne 2009-2010 », "the 2021/22 marketing year", «сезона-2012/13»)
    season_words: re.Pattern[str] | None = None


#: the lexicon's phrases counting some years from a year ("{n} years ago", "{n} years later")
_YEARS_COUNTED = ("years_ago", "years_later", "years_earlier")


@lru_cache(maxsize=None)
def grammar(lang: str) -> PeriodGrammar:
    lex = lx.load(lang)
    per = lex.get("periods") or {}
    months = {lx.fold(k): int(v) for k, v in (per.get("months") or {}).items()}
    counts = {lx.fold(k): int(v) for k, v in (per.get("counts") or {}).items()}
    month_alt = lx.alternation(list(months))
    count_alt = r"(?:" + lx.alternation(list(counts)) + r"|\d{1,2})"
    yw = lx.alternation(per.get("year_words") or [])
    year_tail = rf"(?:\s*,?\s*(?:{yw}\s+)?(?:l'année\s+|the\s+year\s+)?{YEAR})?"
    pats: list[tuple[str, re.Pattern[str]]] = []
    # Each pattern is searched only in a text that holds a piece every match of it holds: a
    # month name, a digit, the longest literal word of its template, a first word of its phrases.
    gates: list[tuple[str, ...]] = []
    digit = r"\d"
    year_digits = r"(?:19|20)\d\d"
    month_gate = _first_words(list(months))

    def add(kind: str, rx: str, needs: tuple[str, ...], flags: int = I, front: bool = False) -> None:
        at = 0 if front else len(pats)
        pats.insert(at, (kind, recache.compile(rx, flags)))
        gates.insert(at, needs)

    def placeholders(tpl: str, keys: tuple[str, ...]) -> bool:
        return any("{" + k + "}" in tpl for k in keys)

    def two_months(tpl: str) -> str:
        return lx.phrase_regex(tpl).replace(r"\{m1\}", f"(?P<m1>{month_alt})").replace(r"\{m2\}", f"(?P<m2>{month_alt})")

    for tpl in per.get("month_span") or []:
        rx = two_months(tpl).replace(r"\-", r"\s?-\s?")
        add("span", rx + year_tail, _word_gate(tpl) + (month_gate if placeholders(tpl, ("m1", "m2")) else ()))
    for tpl in per.get("month_pair") or []:
        # two months named together: the two of them ("in January and February", not the last
        # two of a list, "August, September and October respectively")
        add("month_pair", r"(?<!,\s)" + two_months(tpl) + year_tail, _word_gate(tpl) + month_gate)
    for tpl in per.get("first_months") or []:
        rx = lx.phrase_regex(tpl).replace(r"\{n\}", f"(?P<n>{count_alt})")
        # (a whole word: «11 месяца» is not the start of «11 месяцами»)
        end = r"(?!\w)" if tpl[-1:].isalnum() else ""
        add("first_months", r"(?<!\w)" + rx + end + year_tail, _word_gate(tpl))
    for tpl in per.get("first_month") or []:
        # the first month of a year: its January ("the first month of 2026", «за первый месяц
        # 2026 года»); {y}: the year must be written
        rx = lx.phrase_regex(tpl).replace(r"\{y\}", YEAR)
        add("first_months", r"(?<!\w)(?P<one>)" + rx + ("" if "{y}" in tpl else year_tail), _word_gate(tpl))
    for tpl in per.get("first_quarters") or []:
        rx = lx.phrase_regex(tpl).replace(r"\{n\}", f"(?P<n>{count_alt})")
        add("first_quarters", r"(?<!\w)" + rx + year_tail, _word_gate(tpl))
    quarters = {lx.fold(k): int(v) for k, v in (per.get("quarters") or {}).items()}
    halves = {lx.fold(k): int(v) for k, v in (per.get("halves") or {}).items()}
    add("quarter", "(?P<q>" + lx.alternation(list(quarters)) + ")" + year_tail, _first_words(list(quarters)))
    add("half", "(?P<h>" + lx.alternation(list(halves)) + ")" + year_tail, _first_words(list(halves)))
    # the year glued to its half or quarter, as statistics tables write it: "2022H1", "2023Q3"
    if "h1" in halves:
        add("half", r"(?<![\w.,/])((?:19|20)\d{2})\s?(?P<h>H[12])(?!\w)", (r"(?:19|20)\d\d\s?[Hh][12]",), front=True)
        # ... and the half before its year, digit first, as brokers write it: "1H 2024", "2H2023"
        add("half", r"(?<![\w.,/])(?P<h>[12]H)\s?((?:19|20)\d{2})(?!\w)", (r"[12][Hh]\s?(?:19|20)\d\d",), flags=0, front=True)
    if "q1" in quarters:
        add("quarter", r"(?<![\w.,/])((?:19|20)\d{2})\s?(?P<q>Q[1-4])(?!\w)", (r"(?:19|20)\d\d\s?[Qq][1-4]",), front=True)
    day_num = r"(?P<%s>[0-3]?\d)(?:st|nd|rd|th|er)?(?![\d%%]|[.,:]\d)"
    def _day_rx(tpl: str) -> str:
        rx = lx.phrase_regex(tpl)
        for k in ("m", "m1", "m2"):
            rx = rx.replace(r"\{" + k + r"\}", f"(?P<{k}>{month_alt})")
        for k in ("d", "d1", "d2"):
            rx = rx.replace(r"\{" + k + r"\}", day_num % k)
        return rx.replace(r"\-", r"\s?-\s?")

    def day_gates(tpl: str) -> tuple[str, ...]:
        return (_word_gate(tpl) + (month_gate if placeholders(tpl, ("m", "m1", "m2")) else ())
                + ((digit,) if placeholders(tpl, ("d", "d1", "d2")) else ()))

    for tpl in per.get("day_span") or []:
        add("day_span", r"(?<!\w)" + _day_rx(tpl) + year_tail, day_gates(tpl), front=True)
    for tpl in per.get("until_month") or []:
        add("until_month", r"(?<!\w)" + _day_rx(tpl) + year_tail, day_gates(tpl), front=True)
    # "exports through October", « jusqu'en juillet »: the year to that month, unless a span's start
    # comes right before (those are the span's ends: find_periods leaves them to month_span and with_spans)
    for tpl in per.get("until_month_bare") or []:
        add("until_bare", r"(?<!\w)" + _day_rx(tpl) + year_tail, day_gates(tpl))
    # "in the last 12 months", « sur les douze derniers mois »: that many months to the month before
    # publication (the last whose figures were out); "the last 12 months to March 2022" is the trailing
    # patterns', added after these so tried first
    # ... and "within the next five years", « dans les cinq prochaines années », «в ближайшие пять
    # лет»: a goal for the year that many years after publication
    for kind in ("last_months", "next_years"):
        for tpl in per.get(kind) or []:
            rx = lx.phrase_regex(tpl).replace(r"\{n\}", f"(?P<n>{count_alt})")
            add(kind, r"(?<!\w)" + rx + r"(?!\w)", _word_gate(tpl), front=True)
    # "the 12 months to March 2025", "four quarters to September": that many months ending with the month
    for kind in ("trailing_months", "trailing_quarters", "trailing_halves", "first_days"):
        for tpl in per.get(kind) or []:
            rx = _day_rx(tpl).replace(r"\{n\}", f"(?P<n>{count_alt})")
            add(kind, r"(?<!\w)" + rx + year_tail, _word_gate(tpl) + month_gate, front=True)
    # «за последние полгода», "over the past half year": the last six months
    for tpl in per.get("last_half_year") or []:
        add("last_half", r"(?<!\w)" + lx.phrase_regex(tpl) + r"(?!\w)", _word_gate(tpl), front=True)
    if per.get("since"):
        # "since it opened in December 2019", "depuis la mise en service, fin 2019": up to five words
        # between the word and its date; "fin"/"late" before a bare year is its December
        end_words = per.get("year_end_words") or []
        end_rx = rf"(?P<end>{lx.alternation(end_words)}\s+)?" if end_words else ""
        add("since", lx.alternation(per["since"]) + r"\s+(?:[^\W\d]+(?:\s+|\s*,\s*|')){0,5}?"
                     rf"{end_rx}(?:(?P<m>{month_alt})\s+)?{YEAR}", (year_digits,) + _first_words(per["since"]), front=True)
    if per.get("year_start"):
        # "since the start of 2024", « depuis le début de 2024 », «с начала 2024 года»: that year to
        # date, a period of its own (not a baseline, as "since 2018" is for a change)
        add("year_start", r"(?<!\w)" + lx.alternation(per["year_start"]) + r"\s+" + YEAR,
            (year_digits,) + _first_words(per["year_start"]), front=True)
    # "the 1990s", « les années 1990 », «в 2000-х годах»: the ten years from a year ending in 0
    # (not one of two years named together: « les années 2020 et 2019 »)
    for tpl in per.get("decade") or []:
        add("decade", r"(?<!\w)" + lx.phrase_regex(tpl).replace(r"\{y\}", YEAR)
            + r"(?!\w)(?!\s*[^\W\d]{0,3}\s*(?:19|20)\d{2})", (year_digits,), front=True)
    for tpl in per.get("day") or []:
        add("day", r"(?<![\w.,])" + _day_rx(tpl) + year_tail, day_gates(tpl))
    if per.get("last_fiscal"):
        add("last_fiscal", lx.alternation(per["last_fiscal"]), _first_words(per["last_fiscal"]), front=True)
        # "2021-22": a fiscal year written with the next year's last two digits
        # ("exercice 2021-2022", "fiscal year 2023-2024": the long form after a fiscal-year word)
        # ("2023/24", "2023/2024": written with a slash too)
        # (a hyphen may glue it to a word before: «сезона-2012/13», not to a number)
        add("fy", r"(?<![\d/])(?<!\d-)(?:FY\s?)?((?:19|20)\d{2})[-/]((?:19|20)?\d{2})(?![\d%])", (r"\d\d[-/]\d\d",), flags=0, front=True)
        # ("FY18-19", "FY 21-22": the short form after the abbreviation)
        add("fy", r"(?<![\w/-])FY\s?'?(\d{2})[-/](\d{2})(?![\d%])", (r"\d\d[-/]\d\d",), flags=0, front=True)
    if per.get("solar_year_words"):
        # "the Iranian calendar year 1400", « l'année iranienne 1401 »: an Iranian (solar hijri) year
        # by its own number, from one Nowruz to the next
        add("solar", lx.alternation(per["solar_year_words"]) + r"\s+(?P<sy>1[34]\d\d)(?![\d%]|[,.]\d)",
            _first_words(per["solar_year_words"]), front=True)
        # («в 1400 году по иранскому календарю»: the number first, a word or two, then the words)
        add("solar", r"(?<![\d,.])(?P<sy>1[34]\d\d)\s+(?:[^\W\d]{1,6}\.?\s+){0,2}" + lx.alternation(per["solar_year_words"]),
            _first_words(per["solar_year_words"]), front=True)
    if per.get("fiscal_abbrev"):
        # "FY23", "FY 2023": the fiscal year that ends in that year
        add("fy_end", r"(?<!\w)" + lx.alternation(per["fiscal_abbrev"], word=False) + r"\s?'?(?P<fy>(?:19|20)?\d{2})(?![\w/-])",
            _first_words(per["fiscal_abbrev"]), flags=0, front=True)
    if named := [w for w in per.get("fiscal_year") or [] if " " in w]:
        # "the 2021 fiscal year", «2024-го финансового года»: a year named before its fiscal-year
        # words, as "FY2021" is (the story's country says which year names it)
        # (not a month's year: "the July 2020-June 2021 fiscal year" is the span of months)
        not_month = "".join(f"(?<!{re.escape(mo)} )" for mo in sorted(per.get("months") or {}, key=len))
        add("fy_end", r"(?<![\d/-])" + not_month + r"(?P<fy>(?:19|20)\d{2})(?:-?[^\W\d]{1,3})?\s+" + lx.alternation(named),
            (year_digits,), front=True)
    for kind in _YEARS_COUNTED:
        # "ten years ago", "il y a vingt ans": the year that many years before publication;
        # "quatre ans plus tard", "four years earlier": that many years after or before the year
        # the sentence spoke of (resolved by the caller, as "a year later" is)
        for tpl in per.get(kind) or []:
            rx = lx.phrase_regex(tpl).replace(r"\{n\}", f"(?P<n>{count_alt})")
            add(kind, r"(?<!\w)" + rx, _word_gate(tpl))
    if per.get("same_period_of"):
        # "the same period of 2019", "sur la même période de l'année précédente": the period just
        # spoken of in that year (`y`), or a year before it (`t`)
        glue = per.get("same_period_glue") or []
        glue_rx = rf"(?:{lx.alternation(glue)}\s*)?" if glue else ""
        tails = (per.get("last_year") or []) + (per.get("year_earlier") or []) + (per.get("year_before") or []) \
            + (per.get("last_season") or [])
        # ("la même période cette année": the months just spoken of, in the year of publication)
        now = per.get("this_year") or []
        now_rx = rf"(?P<n>{lx.alternation(now)})|" if now else ""
        add("same_of", r"(?<!\w)" + lx.alternation(per["same_period_of"]) + r"\s+" + glue_rx
            + rf"(?:(?P<t>{lx.alternation(tails)})|{now_rx}{YEAR})", _first_words(per["same_period_of"]), front=True)
        # ("L'année dernière, à la même période", "Last year, in the same period": a year before
        # the period just spoken of, its year words first)
        add("same_of", rf"(?<!\w)(?P<t>{lx.alternation(tails)})\s*,?\s+" + lx.alternation(per["same_period_of"]),
            _first_words(tails), front=True)
        if per.get("year_then_same_period"):
            # «В 2020 году за аналогичный период»: the year first, its noun, then the same-period words
            add("same_of", YEAR + r"\s+" + lx.alternation(per["year_then_same_period"]) + r"\s*,?\s+"
                + lx.alternation(per["same_period_of"]), (year_digits,), front=True)
    relative: dict[str, str] = {}
    for kind in ("this_year", "last_year", "next_year", "this_month", "last_month", "year_to_date", "year_earlier", "year_before",
                 "year_after", "month_earlier", "quarter_earlier", "same_period", "whole_year", "this_fiscal", "this_season"):
        for p in per.get(kind) or []:
            relative[lx.fold(p)] = kind
    add("relative", "(?P<r>" + lx.alternation(list(relative)) + ")", _first_words(list(relative)))
    # a month with a day number and no "on"/"le" before it is a dateline or a date, not a period
    # ("TOKYO, Aug. 19 (Xinhua) --": an abbreviation's full stop between them)
    # (a decimal after it is a figure, not a day: "в июне 0,9 млн б/с")
    # ("in January, 2013": a comma may stand between the month and its year)
    add("month", rf"(?<!\d\s)(?P<m>{month_alt})(?:(?:\s+|\s*,\s+)(?:de\s+|of\s+)?{YEAR}|(?!\.?\s+\d{{1,2}}\b(?![.,]\d)))", month_gate)
    add("year", YEAR, (year_digits,), flags=0)
    fiscal = per.get("fiscal_year")
    gate_src = sorted({rx for needs in gates for rx in needs})
    gate_rx = [recache.compile(rx) for rx in gate_src]
    needs = [tuple(gate_src.index(rx) for rx in needs) for needs in gates]
    # cheap filter: no year, month, quarter, half or relative word -> no period
    trigger_words = ([w.split()[0] for w in list(relative) + list(quarters) + list(halves)]
                     + [t.split()[0] for t in (per.get("first_months") or []) + (per.get("first_quarters") or [])
                        if not t.startswith("{")] + ["premiers", "first", "months", "mois"]
                     + [w for k in _YEARS_COUNTED for t in per.get(k) or []
                        for w in _word_gate_words(t)]
                     + list(per.get("fiscal_abbrev") or []))
    trigger_low = None
    if all(lx.plain_case(w) for w in list(months) + trigger_words):
        # (a fiscal abbreviation glued to its year, "FY21", has no word end after it)
        glued = "".join("|" + re.escape(w.lower()) + r"'?\d" for w in per.get("fiscal_abbrev") or [])
        trigger_low = recache.compile(r"\d{4}|" + lx.alternation([m.lower() for m in months]) + "|"
                                 + lx.alternation([w.lower() for w in trigger_words]) + glued)
    return PeriodGrammar(months, counts, pats, needs, gate_rx, trigger_low, [lx.Folded(p) for _, p in pats],
                         quarters, halves, relative,
                         recache.compile(lx.alternation(fiscal), I) if fiscal else None,
                         bool(per.get("months_capitalized")),
                         int(per.get("fiscal_start_month") or 1),
                         recache.compile(r"\d{4}|" + month_alt + "|" + lx.alternation(trigger_words), I),
                         recache.compile(r"\s+" + lx.alternation(per["one_year_after"]), I) if per.get("one_year_after") else None,
                         recache.compile(r"(?:(?:19|20)\d\d|" + month_alt + "|" + lx.alternation(per.get("until_bare_not_after") or [])
                                         + r")\s*,?\s*$", I),
                         int((per.get("seasons") or {}).get("start_month") or 0),
                         recache.compile(lx.alternation(per["season_words"]), I) if per.get("season_words") else None)


#: what may stand between a season word and its split year: a dash, a bracket, two short words
#: ("of the", « de la »), whatever the language
_SEASON_GAP = recache.compile(r"[\s\-\u2013(]*(?:[^\W\d]{1,3}(?:'|\u2019)?\s*){0,2}")


def _season_word_near(m: re.Match[str], words: re.Pattern[str]) -> bool:
    """A season word ends within a few words before the split year, or starts right after it."""
    t = m.string
    before = t[max(0, m.start() - 40):m.start()]
    b = None
    for b in words.finditer(before):
        pass
    if b is not None and _SEASON_GAP.fullmatch(before, b.end()):
        return True
    a = words.match(t, m.end() + (1 if t[m.end():m.end() + 1] in " \u00a0" else 0))
    return a is not None


def _word_gate(tpl: str) -> tuple[str, ...]:
    """The longest word a template spells out (its placeholders aside), lower-cased: every
    match holds it (no gate when the word is not plain, see lexicon.lowered)."""
    word = next(iter(_word_gate_words(tpl)), "")
    return (re.escape(word.lower()),) if word and lx.plain_case(word) else ()


def _word_gate_words(tpl: str) -> list[str]:
    """The longest literal word of a template, for the cheap trigger."""
    words = re.findall(r"\w+", re.sub(r"\{\w+\}", " ", tpl.rstrip("*")))
    return [max(words, key=len)] if words else []


def _first_words(phrases: list[str]) -> tuple[str, ...]:
    """The first words of a list of phrases, lower-cased, as one alternation: a match of any
    phrase holds one (no gate when a word is not plain, see lexicon.lowered)."""
    firsts = set()
    for p in phrases:
        body = p[:-1] if p.endswith("*") and len(p) > 1 else p
        first = max((w for w in body.split(" ") if w), key=len, default="")
        if not first or not lx.plain_case(first):
            return ()
        firsts.add(first.lower())
    return ("|".join(re.escape(w) for w in sorted(firsts, key=lambda w: (-len(w), w))),) if firsts else ()


def _fiscal(start_year: int, start_month: int) -> str:
    """A fiscal year as a span: _fiscal(2021, 4) -> '2021-04/2022-03'."""
    end_month = start_month - 1 or 12
    end_year = start_year + (1 if start_month > 1 else 0)
    return f"{_ym(start_year, start_month)}/{_ym(end_year, end_month)}"


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _month_before(d: date) -> tuple[int, int]:
    """(year, month) of the month before the date's."""
    return (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)


def _infer_year(end_month: int, pub: date | None, precision: str | None, future: bool) -> int | None:
    """Year of a month-ish expression without a year: the latest one not after publication (in
    an article dated to the year only, that year: "the first 7 months" of a 2016 report; but a
    past span ending in December is the year before, since its figures come out in the next
    one: "in December" of a report dated 2021 only is December 2020; 24 periods better, 0 worse
    over 1,769 dev articles, where ending in November or October already does worse)."""
    if pub is None:
        return None
    if precision == "year":
        return pub.year - 1 if end_month == 12 and not future else pub.year
    if future or end_month <= pub.month:
        return pub.year
    return pub.year - 1


def period_matches(text: str, lang: str, gates: bool = True) -> list[tuple[str, re.Match[str]]]:
    """(kind, match) of every period pattern in `text`, pattern by pattern in the grammar's
    order, before overlaps are settled; what `find_periods` resolves. It depends on the text
    alone, so a caller that reads a text several times (with several dates) can keep it.
    `gates=False` searches every pattern (the reference the gated search must agree with)."""
    g = grammar(lang)
    out: list[tuple[str, re.Match[str]]] = []
    low = lx.lowered(text) if gates else None
    if not (g.trigger_low.search(low) if low is not None and g.trigger_low is not None else g.trigger.search(text)):
        return out
    passed: list[bool | None] = [None] * len(g.gate_rx)  # each gate searched once, when first needed
    for (kind, pat), needs, folded in zip(g.patterns, g.needs, g.folded):
        if low is not None and needs and not _pass(g, needs, low, passed):
            continue
        for m in folded.finditer(text, low) if gates else pat.finditer(text):
            if g.months_capitalized and kind in ("month", "span", "month_pair", "day", "day_span"):
                gd = m.groupdict()
                mt = next((gd[k] for k in ("m", "m1", "m2") if gd.get(k)), m.group(0))
                if not mt[:1].isupper():
                    continue
            out.append((kind, m))
    return out


def _pass(g: PeriodGrammar, needs: tuple[int, ...], low: str, passed: list[bool | None]) -> bool:
    for k in needs:
        ok = passed[k]
        if ok is None:
            ok = passed[k] = g.gate_rx[k].search(low) is not None
        if not ok:
            return False
    return True


def find_periods(text: str, lang: str, pub: date | None, precision: str | None = None,
                 future: bool = False, matches: list[tuple[str, re.Match[str]]] | None = None,
                 fiscal_start: int = 0, seasons: bool = False, fiscal_by_start: bool = False) -> list[PeriodCue]:
    """Every period expression in `text`, resolved (labels may be "" if unresolvable).
    `matches`, when given, is `period_matches(text, lang)` read before. `fiscal_start`: the
    month the article's years split at ("2023-24"), when it is not the lexicon's; `seasons`:
    they are crop seasons, so "2023-2024" is one without a fiscal word before it;
    `fiscal_by_start`: the story's country names a fiscal year by the year it starts in (Japan's
    "fiscal 2024" runs from April 2024), not the year it ends in ("FY2024" in India).

    >>> [c.label for c in find_periods("en avril sur un an", "fr", date(2023, 5, 24))]
    ['2023-04']
    >>> [c.label for c in find_periods("in the first five months of 2023", "en", None)]
    ['2023-01/2023-05']
    """
    g = grammar(lang)
    out: list[PeriodCue] = []
    taken: list[tuple[int, int]] = []
    for kind, m in period_matches(text, lang) if matches is None else matches:
        if any(s < m.end() and m.start() < e for s, e in taken):
            if kind == "span" and (fy := _span_in_fiscal(text, m, g, out, taken)) is not None:
                out.append(fy)
                taken.append((fy.start, fy.end))
            continue
        if kind == "until_bare" and g.span_start_before is not None \
                and g.span_start_before.search(text, max(0, m.start() - 30), m.start()):
            continue
        label = _resolve(kind, m, g, pub, precision, future, fiscal_start, seasons, fiscal_by_start)
        if label is None:
            continue
        out.append(PeriodCue(m.start(), m.end(), kind, label, m.group(0)))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda c: c.start)
    # "in full-year 2024": the whole of the year written right after it, not the year just spoken of
    out = [c for c, nxt in zip(out, out[1:] + [None]) if not (
        c.label == "<year>" and nxt is not None and nxt.kind == "year" and not text[c.end:nxt.start].strip())]
    return _ytd_to_month(out, text, g, lang)


def _ytd_to_month(out: list[PeriodCue], text: str, g: PeriodGrammar, lang: str) -> list[PeriodCue]:
    """«С начала текущего года по апрель», "since the start of the year through April": the
    year to that month, one period (not the year to date and the month alone)."""
    joins = _span_joins(lang)
    if not joins or len(out) < 2:
        return out
    merged: list[PeriodCue] = []
    skip = -1
    for k, c in enumerate(out):
        if k == skip:
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and c.kind == "relative" and nxt.kind == "month" and len(nxt.label) == 7 \
                and g.relative.get(lx.fold(c.text)) == "year_to_date" \
                and _ytd_join_rx(lang).fullmatch(text, c.end, nxt.start):
            y, mo = nxt.label[:4], nxt.label[5:7]
            merged.append(PeriodCue(c.start, nxt.end, "span", f"{y}-01" if mo == "01" else f"{y}-01/{y}-{mo}",
                                    text[c.start:nxt.end]))
            skip = k + 1
            continue
        merged.append(c)
    return merged


@lru_cache(maxsize=None)
def _ytd_join_rx(lang: str) -> re.Pattern[str]:
    return recache.compile(r"\s*,?\s*" + lx.alternation(_span_joins(lang)) + r"\s*(?:(?:the|le|la|l')\s*)?", re.I)


_YEAR_ONLY = recache.compile(r"(?:19|20)\d{2}")


def _span_in_fiscal(text: str, m: re.Match[str], g: PeriodGrammar, out: list[PeriodCue],
                    taken: list[tuple[int, int]]) -> PeriodCue | None:
    """Two months whose year tail is a fiscal year read already ("April to October of financial
    year 2025-26"): those months inside that fiscal year (April to October 2025; January to
    March would be of 2026); None when the months themselves overlap another period."""
    gd = m.groupdict()
    if not gd.get("m1") or not gd.get("m2") or any(s < m.end("m2") and m.start() < e for s, e in taken):
        return None
    fy = next((c for c in out if m.end("m2") <= c.start < m.end() and len(c.label) == 15 and c.label[4] == "-"), None)
    a, b = g.months.get(lx.fold(gd["m1"])), g.months.get(lx.fold(gd["m2"]))
    if fy is None or not a or not b:
        return None
    y0, s0 = int(fy.label[:4]), int(fy.label[5:7])
    ya, yb = (y0 if a >= s0 else y0 + 1), (y0 if b >= s0 else y0 + 1)
    if (yb, b) < (ya, a):
        return None
    return PeriodCue(m.start(), m.end("m2"), "span", f"{ya}-{a:02d}/{yb}-{b:02d}", text[m.start():m.end("m2")])


def _year_of(m: re.Match[str]) -> int | None:
    ys = [g for g in m.groups() if g and _YEAR_ONLY.fullmatch(g)]
    return int(ys[-1]) if ys else None


def _count(g: PeriodGrammar, words: str) -> int | None:
    """A count written in digits or in the lexicon's words ("12", "twelve", « douze »)."""
    t = lx.fold(words)
    return int(t) if t.isdigit() else g.counts.get(t)


def _resolve(kind: str, m: re.Match[str], g: PeriodGrammar, pub: date | None,
             precision: str | None, future: bool, fs: int = 0, seasons: bool = False,
             by_start: bool = False) -> str | None:
    story_fs = 0 if seasons else fs  # the fiscal year of the story's country, when it has one
    fs = fs or g.fiscal_start  # 0: the lexicon's fiscal year
    y = _year_of(m)
    gd = m.groupdict()
    if kind == "year":
        return str(y)
    if kind == "decade":
        return f"{y}/{y + 9}" if y is not None and y % 10 == 0 else None
    if kind == "solar":
        start = solar_year_start(int(gd["sy"]) + 621)
        return f"{start.isoformat()}/{(solar_year_start(start.year + 1) - timedelta(days=1)).isoformat()}"
    if kind in ("day", "day_span"):
        if kind == "day":
            mo, d = g.months.get(lx.fold(gd["m"])), int(gd["d"])
            if not mo or not 1 <= d <= 31:
                return None
            y = y or _infer_year(mo, pub, precision, future)
            return f"{_ym(y, mo)}-{d:02d}" if y else ""
        m2 = g.months.get(lx.fold(gd["m2"]))
        m1 = g.months.get(lx.fold(gd.get("m1") or gd["m2"])) if gd.get("m1") else m2
        d1, d2 = int(gd["d1"]), int(gd["d2"])
        if not m1 or not m2 or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
            return None
        y = y or _infer_year(m2, pub, precision, future)
        if not y:
            return ""
        if d1 == 1 and d2 == calendar.monthrange(y, m2)[1] and m1 <= m2:
            # "du 1er janvier au 31 mai 2024": whole months, January to May
            return _ym(y, m1) if m1 == m2 else f"{_ym(y, m1)}/{_ym(y, m2)}"
        return f"{_ym(y, m1)}-{d1:02d}/{_ym(y, m2)}-{d2:02d}"
    if kind in ("until_month", "until_bare"):
        mo = g.months.get(lx.fold(gd["m"]))
        if not mo:
            return None
        y = y or _infer_year(mo, pub, precision, future)
        if not y:
            return ""
        if story_fs > 1 and kind == "until_month":
            # "by the end of May" in a story on Nepal (July-June years): the fiscal year so far
            # (a bare "until May" is the calendar year's)
            y0 = y if mo >= story_fs else y - 1
            return _ym(y0, story_fs) if (y0, story_fs) == (y, mo) else f"{_ym(y0, story_fs)}/{_ym(y, mo)}"
        return _ym(y, 1) if mo == 1 else f"{_ym(y, 1)}/{_ym(y, mo)}"
    if kind == "first_days":
        # "the first 20 days of November": the month's first days, as a day span
        mo = g.months.get(lx.fold(gd["m"]))
        n = _count(g, gd.get("n") or "")
        if not mo or not n or not 1 <= n <= 31:
            return None
        y = y or _infer_year(mo, pub, precision, future)
        return f"{_ym(y, mo)}-01/{_ym(y, mo)}-{n:02d}" if y else ""
    if kind in ("trailing_months", "trailing_quarters", "trailing_halves"):
        mo = g.months.get(lx.fold(gd["m"]))
        # (no count: "the year to March" is twelve months, "the September quarter" three, "the
        # half year to June" six)
        n = _count(g, gd.get("n") or ("12" if kind == "trailing_months" else "1"))
        if not mo or not n:
            return None
        n = n * 3 if kind == "trailing_quarters" else n * 6 if kind == "trailing_halves" else n
        if not 1 <= n <= 24:
            return None
        y = y or _infer_year(mo, pub, precision, future)
        if not y:
            return ""
        start = y * 12 + mo - 1 - (n - 1)
        if n == 3 and mo % 3 == 0:
            return f"{y}-Q{mo // 3}"  # a calendar quarter ("the June quarter")
        return _ym(y, mo) if n == 1 else f"{_ym(start // 12, start % 12 + 1)}/{_ym(y, mo)}"
    if kind == "next_years":
        n = _count(g, gd.get("n") or "")
        if not n or not 2 <= n <= 15 or pub is None:
            return None
        return str(pub.year + n)
    if kind in ("last_months", "last_half"):
        n = 6 if kind == "last_half" else _count(g, gd.get("n") or "12")
        if not n or not 2 <= n <= 24 or pub is None or precision == "year":
            return None  # (a publication known to the year: the text's other periods say more)
        ey, em = _month_before(pub)
        start = ey * 12 + em - 1 - (n - 1)
        if n == 12 and em == 12:
            return str(ey)  # "the last twelve months" written in January: last year
        return f"{_ym(start // 12, start % 12 + 1)}/{_ym(ey, em)}"
    if kind in ("since", "year_start"):
        # a level since a date runs to publication; the caller treats a change as a basis
        if kind == "year_start" and precision == "year" and pub is not None and y == pub.year:
            return str(y)  # "since the start of 2024" in a story dated 2024 alone: within 2024
        if pub is None or precision == "year" or y is None:
            return ""
        mo = g.months.get(lx.fold(gd["m"])) if gd.get("m") else (12 if gd.get("end") else 1)
        if (y, mo or 1) > (pub.year, pub.month):
            return None
        # "since it opened": up to the last month whose figures were out when it was written
        # (the month before publication; the publication month itself when it began then)
        end_y, end_m = _month_before(pub)
        if (y, mo or 1) > (end_y, end_m):
            end_y, end_m = pub.year, pub.month
        return f"{_ym(y, mo or 1)}/{_ym(end_y, end_m)}"
    if kind == "fy":
        a, b = int(m.group(1)), int(m.group(2)) % 100
        if a < 100:
            a += 2000 if a < 70 else 1900
        if (a + 1) % 100 != b:
            return None
        if g.season_words is not None and g.season_start > 1 and _season_word_near(m, g.season_words):
            # "the first eight months of the 2021/22 marketing year": a crop season, from the
            # article's crop's first month when it has one, else the lexicon's
            # (in a story on a country with its own fiscal year, « la saison 2022-2023 » of Indian
            # fertiliser imports, that one)
            return _fiscal(a, fs if seasons and fs > 1 else story_fs if story_fs > 1 else g.season_start)
        # two years written long with no word making them one: no season, no fiscal-year word
        # before them or right after them («к концу 2023/2024 финансового года»), no singular year
        # word after them
        two_years = len(m.group(2)) == 4 and not seasons and not (g.fiscal and (
            g.fiscal.search(m.string, max(0, m.start() - 30), m.start())
            or g.fiscal.match(m.string, m.end() + 1 if m.string[m.end():m.end() + 1].isspace() else m.end()))) \
            and not (g.one_year_after is not None and g.one_year_after.match(m.string, m.end()))
        if fs == 1 or two_years and story_fs <= 1:
            # "in 2021-2022" alone is two calendar years (but one crop season, with a fiscal word
            # one fiscal year, and in a story on a country with its own fiscal year, « en
            # 2008-2009 » in one on India, that one); "2021-22" with no fiscal year in the article
            # is none
            return f"{a}/{a + 1}" if len(m.group(2)) == 4 else None
        return _fiscal(a, fs)
    if kind == "fy_end":
        end = int(gd["fy"]) % 100 + 2000 if len(gd["fy"]) == 2 else int(gd["fy"])
        return str(end) if fs == 1 else _fiscal(end if by_start else end - 1, fs)
    if kind == "last_fiscal":
        if pub is None or fs == 1:
            return ""
        end_year = pub.year if pub.month >= fs else pub.year - 1
        return _fiscal(end_year - 1, fs)
    if kind == "month":
        mo = g.months.get(lx.fold(gd["m"]))
        if mo is None:
            return None
        # a bare "May"/"mai"/"mars" is also a verb or a name; only take it with a year or
        # after a preposition-like context checked by the caller's distance rule
        y = y or _infer_year(mo, pub, precision, future)
        return _ym(y, mo) if y else ""
    if kind in ("span", "month_pair"):
        m1, m2 = g.months.get(lx.fold(gd["m1"])), g.months.get(lx.fold(gd["m2"]))
        if not m1 or not m2 or m2 == m1 or kind == "month_pair" and (m2 - m1) % 12 != 1:
            return None  # (two months apart, "in March and May", are each their own)
        y = y or _infer_year(m2, pub, precision, future)
        # "April-February 2023": a span across the new year starts in the year before
        return f"{_ym(y - (m2 < m1), m1)}/{_ym(y, m2)}" if y else ""
    if kind == "years_ago":
        n = _count(g, gd["n"])
        if not n:
            return None
        return str(pub.year - n) if pub is not None else ""
    if kind in ("years_later", "years_earlier"):
        n = _count(g, gd["n"])
        if not n or n < 2:
            return None  # ("a year later" is the lexicon's year_after)
        return f"<{'+' if kind == 'years_later' else '-'}{n}Y>"
    if kind in ("first_months", "first_quarters"):
        n = 1 if gd.get("one") is not None else _count(g, gd["n"])
        if not n:
            return None
        last = n if kind == "first_months" else 3 * n
        if last > 12:
            return None
        y = y or _infer_year(last, pub, precision, future)
        if not y:
            return ""
        if last == 12:
            return str(y)
        if last == 1:
            return _ym(y, 1)
        if last == 6:
            return f"{y}-H1"
        if last == 3:
            return f"{y}-Q1"
        return f"{_ym(y, 1)}/{_ym(y, last)}"
    if kind == "quarter":
        q = g.quarters.get(lx.fold(gd["q"]))
        if not q:
            return None
        y = y or _infer_year(3 * q, pub, precision, future)
        return f"{y}-Q{q}" if y else ""
    if kind == "half":
        h = g.halves.get(lx.fold(gd["h"])) or (int(gd["h"][0]) if re.fullmatch(r"[12]H", gd["h"]) else None)
        if not h:
            return None
        y = y or _infer_year(6 * h, pub, precision, future)
        return f"{y}-H{h}" if y else ""
    if kind == "same_of":
        if gd.get("n"):
            return f"<same:{pub.year}>" if pub is not None else ""
        return "<-1y>" if gd.get("t") else f"<same:{y}>"
    if kind == "relative":
        r = g.relative.get(lx.fold(gd["r"]))
        if r == "year_earlier":
            return "<-1y>"  # a year before the period in context: resolved by the caller
        if r == "year_before":
            return "<-1Y>"  # the year before the one in context: resolved by the caller
        if r == "year_after":
            return "<+1Y>"  # the year after the one in context ("a year later"): resolved by the caller
        if r == "month_earlier":
            return "<-1m>"
        if r == "quarter_earlier":
            return "<-1q>"  # the quarter before the one in context: resolved by the caller
        if r == "same_period":
            return "<same>"  # the period the text just spoke of: resolved by the caller
        if r == "whole_year":
            return "<year>"
        if pub is None:
            return ""
        if r == "this_year":
            return str(pub.year)
        if r == "this_fiscal":  # the fiscal year publication falls in
            if fs == 1:
                return str(pub.year)
            return _fiscal(pub.year if pub.month >= fs else pub.year - 1, fs)
        if r == "this_season" and g.season_start > 1:  # the crop season publication falls in
            return _fiscal(pub.year if pub.month >= g.season_start else pub.year - 1, g.season_start)
        if r == "last_year":
            return str(pub.year - 1)
        if r == "next_year":
            return str(pub.year + 1)
        if precision == "year":
            return ""
        if r == "this_month":
            return _ym(pub.year, pub.month)
        if r == "last_month":
            return _ym(*_month_before(pub))
        if r == "year_to_date":
            last = max(1, pub.month - 1)
            return f"{_ym(pub.year, 1)}/{_ym(pub.year, last)}" if last > 1 else _ym(pub.year, 1)
    return None


def bounds(label: str) -> tuple[date | None, date | None]:
    """First and last day of a period label.

    >>> bounds("2023-H1")
    (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
    """
    if not label:
        return None, None
    if "/" in label:
        a, b = label.split("/", 1)
        return bounds(a)[0], bounds(b)[1]
    parts = label.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return date(y, 1, 1), date(y, 12, 31)
    p = parts[1]
    if p.startswith("Q"):
        q = int(p[1:])
        first, last = 3 * q - 2, 3 * q
    elif p.startswith("H"):
        h = int(p[1:])
        first, last = 6 * h - 5, 6 * h
    else:
        first = last = int(p)
        if len(parts) == 3:
            d = date(y, first, int(parts[2]))
            return d, d
    return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])


def shift_year(label: str, years: int) -> str:
    """The same period some years earlier or later.

    >>> shift_year("2024-01/2024-02", -1), shift_year("2023-Q1", -1)
    ('2023-01/2023-02', '2022-Q1')
    """
    return "/".join(f"{int(part[:4]) + years:04d}{part[4:]}" for part in label.split("/"))


def in_year(label: str, year: int) -> str:
    """The same months in another year, the period ending in it ("the same period of 2019").

    >>> in_year("2020-01/2020-09", 2019), in_year("2022-04/2023-03", 2021), in_year("2020", 2019)
    ('2019-01/2019-09', '2020-04/2021-03', '2019')
    """
    return shift_year(label, year - int(label.split("/")[-1][:4]))


def year_before(label: str) -> str:
    """The year before a period's year: a year or a fiscal year shifted, else the calendar year.

    >>> year_before("2023"), year_before("2018-04/2019-03"), year_before("2023-01/2023-09")
    ('2022', '2017-04/2018-03', '2022')
    """
    a, _, b = label.partition("/")
    if not b and len(a) == 4:
        return shift_year(label, -1)
    if b and len(a) == 7 and len(b) == 7 and (int(b[:4]) * 12 + int(b[5:])) - (int(a[:4]) * 12 + int(a[5:])) == 11:
        return shift_year(label, -1)
    return str(int((b or a)[:4]) - 1)


def year_after(label: str) -> str:
    """The year after a period's year: a year or a fiscal year shifted, else the calendar year.

    >>> year_after("2021"), year_after("2018-04/2019-03"), year_after("2023-01/2023-09")
    ('2022', '2019-04/2020-03', '2024')
    """
    a, _, b = label.partition("/")
    if not b and len(a) == 4 or b and len(a) == 7 and len(b) == 7 \
            and (int(b[:4]) * 12 + int(b[5:])) - (int(a[:4]) * 12 + int(a[5:])) == 11:
        return shift_year(label, 1)
    return str(int((b or a)[:4]) + 1)


#: a label some years after or before the year spoken of: "<+4Y>", "<-10Y>"
_YEARS_APART = re.compile(r"<([+-]\d+)Y>")


def years_apart(label: str) -> int:
    """How many years after (or, negative, before) the year spoken of a label is ("<+4Y>": 4,
    "<-10Y>": -10); 0 for any other label, the one-year "<+1Y>" and "<-1Y>" among them (they are
    the lexicon's "a year later" and "the year before", read on their own).

    >>> years_apart("<+4Y>"), years_apart("<-10Y>"), years_apart("<+1Y>"), years_apart("<-1y>")
    (4, -10, 0, 0)
    """
    many = _YEARS_APART.fullmatch(label)
    n = int(many.group(1)) if many is not None else 0
    return n if abs(n) > 1 else 0


def relative_to(label: str, base: str) -> str:
    """A relative label ("<-1y>", "<-1Y>", "<+1Y>", "<+4Y>", "<-1m>", "<-1q>", "<year>", "<same>", "<same:2019>") read
    against the period it is relative to; "" when it says nothing of that period.

    >>> relative_to("<-1y>", "2023-04"), relative_to("<-1Y>", "2023-04"), relative_to("<same:2019>", "2020-01/2020-09")
    ('2022-04', '2022', '2019-01/2019-09')
    >>> relative_to("<+4Y>", "2019"), relative_to("<-4Y>", "2023"), relative_to("<-2Y>", "2022-04/2023-03")
    ('2023', '2019', '2020-04/2021-03')
    >>> relative_to("<-1q>", "2022-Q1"), relative_to("<-1q>", "2022")
    ('2021-Q4', '')
    """
    if label == "<-1y>":
        return shift_year(base, -1)
    if label == "<-1Y>":
        return year_before(base)
    if label == "<+1Y>":
        return year_after(base)
    if label == "<-1m>":
        return shift_month(base)
    if label == "<-1q>":
        return shift_quarter(base)
    if n := years_apart(label):  # "<+4Y>": four years after
        return shift_year(year_after(base), n - 1) if n > 0 else shift_year(year_before(base), n + 1)
    if label == "<year>":
        return base[:4]
    if label == "<same>":
        return base
    if label.startswith("<same:"):
        return in_year(base, int(label[6:-1]))
    return ""


def shift_month(label: str, by: int = -1) -> str:
    """A month label moved by `by` months (the month before by default); "" for other labels.

    >>> shift_month("2023-01"), shift_month("2023"), shift_month("2023-12", 1)
    ('2022-12', '', '2024-01')
    """
    parts = label.split("-")
    if len(parts) != 2 or not parts[1].isdigit():
        return ""
    n = int(parts[0]) * 12 + int(parts[1]) - 1 + by
    return _ym(n // 12, n % 12 + 1)


def shift_quarter(label: str, by: int = -1) -> str:
    """A quarter label moved by `by` quarters (the quarter before by default); "" for other labels.

    >>> shift_quarter("2023-Q1"), shift_quarter("2023-Q3"), shift_quarter("2023"), shift_quarter("2023-Q4", 1)
    ('2022-Q4', '2023-Q2', '', '2024-Q1')
    """
    parts = label.split("-")
    if len(parts) != 2 or len(parts[1]) != 2 or parts[1][0] != "Q" or parts[1][1] not in "1234":
        return ""
    n = int(parts[0]) * 4 + int(parts[1][1]) - 1 + by
    return f"{n // 4:04d}-Q{n % 4 + 1}"


def period_before(label: str) -> str:
    """The month before a month label, the quarter before a quarter label; "" for other labels.

    >>> period_before("2023-01"), period_before("2023-Q1"), period_before("2023")
    ('2022-12', '2022-Q4', '')
    """
    return shift_month(label) or shift_quarter(label)


@lru_cache(maxsize=None)
def _day_list_rx(lang: str) -> re.Pattern[str] | None:
    lex = lx.load(lang)
    per = lex.get("periods") or {}
    if not per.get("day_list") or not lex.get("list_and"):
        return None
    month_alt = lx.alternation([lx.fold(k) for k in per.get("months") or {}])
    day = r"[0-3]?\d(?:st|nd|rd|th|er)?(?![\d%]|[.,:]\d)"
    days = rf"(?P<dd>{day}(?:\s*,\s*{day})*\s*,?\s+{lx.alternation(lex.get('list_and'))}\s+{day})"
    alts = [lx.phrase_regex(t).replace(r"\{m\}", f"(?P<m>{month_alt})").replace(r"\{dd\}", days)
            for t in per["day_list"]]
    return recache.compile(r"(?<!\w)(?:" + "|".join(alts) + r")" + rf"(?:\s*,?\s*{YEAR})?", re.I)


def day_lists(text: str, lang: str, pub: date | None, precision: str | None = None,
              future: bool = False) -> list[PeriodCue]:
    """One day cue per day of a list: "on December 7, 9 and 14", "les 9 et 14 décembre".

    >>> [c.label for c in day_lists("set on December 7, 9 and 14", "en", date(2022, 12, 20))]
    ['2022-12-07', '2022-12-09', '2022-12-14']
    """
    rx = _day_list_rx(lang)
    if rx is None or not rx.search(text):
        return []
    months = grammar(lang).months
    out: list[PeriodCue] = []
    for m in rx.finditer(text):
        groups = {k: v for k, v in m.groupdict().items() if v}
        mo = months.get(lx.fold(groups.get("m", "")))
        if not mo:
            continue
        y = _year_of(m) or _infer_year(mo, pub, precision, future)
        for d in re.finditer(r"\d{1,2}", groups["dd"]):
            n = int(d.group(0))
            if not 1 <= n <= 31:
                continue
            at = m.start("dd") + d.start()
            label = f"{_ym(y, mo)}-{n:02d}" if y else ""
            said = f"{n} {groups['m']}" if m.start("m") > m.start("dd") else f"{groups['m']} {n}"
            out.append(PeriodCue(at, at + len(d.group(0)), "day", label, said))
    return out


_PARTIAL = ("first_months", "first_quarters", "quarter", "half", "month", "span", "month_pair", "until_bare")


def with_relative_year(cues: list[PeriodCue], text: str, lang: str) -> list[PeriodCue]:
    """A part of a year followed by a relative year is that part of it: "les huit premiers mois
    de cette année", "the first quarter of last year" (one cue, the relative one dropped).

    >>> cs = find_periods("the first quarter of last year", "en", date(2025, 9, 10))
    >>> [c.label for c in with_relative_year(cs, "the first quarter of last year", "en")]
    ['2024-Q1']
    """
    if len(cues) < 2:
        return cues
    gap = _year_gap(lang)
    out: list[PeriodCue] = []
    skip = -1
    for i, c in enumerate(cues):
        if i == skip:
            continue
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        if (nxt is not None and gap is not None and c.kind in _PARTIAL and c.label and nxt.kind == "relative"
                and re.fullmatch(r"(?:19|20)\d{2}", nxt.label) and gap.fullmatch(text, c.end, nxt.start)):
            label = "/".join(nxt.label + part[4:] for part in c.label.split("/"))
            out.append(PeriodCue(c.start, nxt.end, c.kind, label, text[c.start:nxt.end]))
            skip = i + 1
        else:
            out.append(c)
    return out


_FISCAL_LABEL = recache.compile(r"((?:19|20)\d{2})-(\d{2})/((?:19|20)\d{2})-(\d{2})")
_FISCAL_PART = ("first_months", "first_quarters", "quarter", "half")
#: a date to resolve a part of a year against when only its months matter
_ANY_DAY = date(2001, 12, 31)


def _fiscal_start(label: str) -> int | None:
    """The first month of a fiscal year's label as a month count (year * 12 + month - 1), or
    None when the label is not a twelve-month year starting after January."""
    m = _FISCAL_LABEL.fullmatch(label)
    if not m or m.group(2) == "01":
        return None
    a = int(m.group(1)) * 12 + int(m.group(2)) - 1
    return a if int(m.group(3)) * 12 + int(m.group(4)) - 1 - a == 11 else None


def _months_label(a: int, b: int) -> str:
    return _ym(a // 12, a % 12 + 1) if a == b else f"{_ym(a // 12, a % 12 + 1)}/{_ym(b // 12, b % 12 + 1)}"


#: the Iranian (solar hijri) year's months in days: six of 31, five of 30, then the last
SOLAR_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)


@lru_cache(maxsize=None)
def solar_year_rx(lang: str) -> re.Pattern[str] | None:
    """The words that say an article counts in Iranian years ("the current Iranian year",
    « calendrier persan », «по иранскому календарю»): lexicon periods.solar_year_words."""
    words = (lx.load(lang).get("periods") or {}).get("solar_year_words")
    return recache.compile(lx.alternation(words), I) if words else None


def solar_year_start(year: int) -> date:
    """The first day of the Iranian year that starts in a Gregorian year (Nowruz): 20 March in
    this era's leap years, else 21 March."""
    return date(year, 3, 20 if calendar.isleap(year) else 21)


def solar_span(label: str, pub: date | None, precision: str | None) -> str:
    """A span of 2 to 11 months read in Gregorian months, in an article that counts in Iranian
    years, as the same number of months from the start of the Iranian year: the one whose
    months end nearest the span's end, not after publication ("" when the label is no such span).

    >>> solar_span("2024-01/2024-05", date(2024, 9, 7), "day")
    '2024-03-20/2024-08-21'
    >>> solar_span("2022-01/2022-10", date(2022, 2, 7), "day"), solar_span("2021-04/2022-02", date(2022, 3, 1), "month")
    ('2021-03-21/2022-01-20', '2021-03-21/2022-02-19')
    """
    a, _, b = label.partition("/")
    if len(label) != 15 or len(a) != 7 or len(b) != 7 or not (a[:4] + a[5:] + b[:4] + b[5:]).isdigit():
        return ""
    y0, m0, y1, m1 = int(a[:4]), int(a[5:]), int(b[:4]), int(b[5:])
    n = (y1 * 12 + m1) - (y0 * 12 + m0) + 1
    if not 2 <= n <= 11:
        return ""
    latest = None
    if pub is not None:
        latest = date(pub.year, 12, 31) if precision == "year" else \
            date(pub.year, pub.month, calendar.monthrange(pub.year, pub.month)[1]) if precision == "month" else pub
    aim = date(y1, m1, 15)
    best: tuple[int, date, date] | None = None
    for year in range(y1 - 2, y1 + 1):
        start = solar_year_start(year)
        end = start + timedelta(days=sum(SOLAR_MONTH_DAYS[:n]) - 1)
        if latest is not None and end > latest:
            continue
        gap = abs((end - aim).days)
        if best is None or gap < best[0]:
            best = (gap, start, end)
    return f"{best[1].isoformat()}/{best[2].isoformat()}" if best is not None else ""


def with_fiscal_part(cues: list[PeriodCue], text: str, lang: str) -> list[PeriodCue]:
    """A part of a fiscal year is counted from the fiscal year's first month: "the first two
    months of the current fiscal", "the first quarter of FY24" (a part named before it, one cue
    for both), "April-February 2022-23", "2022-23 (Apr-Feb)" (two months joined by a dash
    right before it or in brackets right after it).

    >>> t = "in the first two months of the current fiscal"
    >>> [c.label for c in with_fiscal_part(find_periods(t, "en", date(2022, 7, 19)), t, "en")]
    ['2022-04/2022-05']
    >>> t = "during the July-January period of the current fiscal year"
    >>> [c.label for c in with_fiscal_part(find_periods(t, "en", date(2024, 2, 10)), t, "en")]
    ['2023-07/2024-01']
    >>> t = "from 48.1% in 2021-22 (Apr-Feb) to 41.9% in April-February 2022-23"
    >>> [c.label for c in with_fiscal_part(find_periods(t, "en", date(2023, 3, 20)), t, "en")]
    ['2021-04/2022-02', '2022-04/2023-02']
    """
    fiscal = {i: a0 for i, c in enumerate(cues) if c.label and (a0 := _fiscal_start(c.label)) is not None}
    if not fiscal:
        return cues
    g = grammar(lang)
    gap = _year_gap(lang)
    around = _fiscal_months_rx(lang)
    drop: set[int] = set()
    new: dict[int, PeriodCue] = {}
    for i, a0 in fiscal.items():
        c = cues[i]
        p = cues[i - 1] if i > 0 else None
        if gap is not None and not _part_before(p, c, text, gap):
            # "the first half of fiscal year 2023-24", "the first quarter of 2023-24": the part's own
            # pattern took the year's first half ("of fiscal year 2023") and lost to the fiscal
            # year; read the part alone, right before it (its months are all that is needed)
            w0 = max(0, c.start - 60)
            part = [x for x in find_periods(text[w0:c.start], lang, _ANY_DAY) if x.kind in _FISCAL_PART and x.label]
            if part:
                x = part[-1]
                p = PeriodCue(w0 + x.start, w0 + x.end, x.kind, x.label, x.text)
        if p is not None and p.label and gap is not None and _part_before(p, c, text, gap):
            lo, hi = bounds(p.label)
            if lo is not None and hi is not None and lo.year == hi.year:
                new[i] = PeriodCue(p.start, c.end, p.kind, _months_label(a0 + lo.month - 1, a0 + hi.month - 1),
                                   text[p.start:c.end])
                drop |= {j for j, o in enumerate(cues) if j != i and p.start <= o.start and o.end <= c.start}
                continue
        before = around[0].search(text, max(0, c.start - 60), c.start)
        after = around[1].match(text, c.end)
        got = before or after
        if got is None:
            continue
        m1, m2 = g.months.get(lx.fold(got.group("m1"))), g.months.get(lx.fold(got.group("m2")))
        if not m1 or not m2:
            continue
        fs = a0 % 12 + 1
        first = a0 + (m1 - fs) % 12
        last = a0 + (m2 - fs) % 12
        if last < first:
            continue
        start, end = (got.start(), c.end) if before else (c.start, got.end())
        new[i] = PeriodCue(start, end, c.kind, _months_label(first, last), text[start:end])
        drop |= {j for j, o in enumerate(cues) if j != i and start <= o.start and o.end <= end}
    if not new:
        return cues
    return [new.get(i, c) for i, c in enumerate(cues) if i not in drop]


def _part_before(p: PeriodCue | None, c: PeriodCue, text: str, gap: re.Pattern[str]) -> bool:
    """`p` is a part of a year ("the first half") joined to the fiscal year `c` by a year word."""
    return p is not None and p.kind in _FISCAL_PART and gap.fullmatch(text, p.end, c.start) is not None


@lru_cache(maxsize=None)
def _fiscal_months_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two months joined by a dash right before a fiscal year, and in brackets right after it."""
    mo = lx.alternation(list(grammar(lang).months))
    pair = rf"(?P<m1>{mo})\.?\s?[-–]\s?(?P<m2>{mo})\.?"
    # (searched up to the fiscal year's start: the end of the searched text is its start; at
    # most two words between: "the July-January period of the current fiscal year")
    # ("July-April (2018-19)": the fiscal year in brackets right after the months)
    return (recache.compile(rf"(?<!\w){pair}(?:\s+[^\W\d]+){{0,2}}(?:\s+|\s*\(\s*)\Z", I),
            recache.compile(rf"\s*\(\s*{pair}\s*\)", I))


@lru_cache(maxsize=None)
def _year_gap(lang: str) -> re.Pattern[str] | None:
    words = (lx.load(lang).get("periods") or {}).get("year_words")
    # (the fiscal year may stand in brackets: "the first six months of the financial year (2021-22)")
    return recache.compile(r"\s*" + lx.alternation(words) + r"\s*(?:\(\s*)?", re.I) if words else None


_DASH_JOIN = recache.compile(r"\s*[-\u2013\u2014]\s*")


def with_spans(cues: list[PeriodCue], text: str, lang: str) -> list[PeriodCue]:
    """Two dates joined as the ends of a span are one span (kind "ends"): "between April 2023 and
    February 2024", "from December 5, 2022 until the end of November 2024", "entre 2015 et 2018"
    (the lexicon's `periods.span_words`: an opening word and the words that may join the ends).

    >>> cs = find_periods("between April 2023 and February 2024", "en", date(2025, 9, 10))
    >>> [c.label for c in with_spans(cs, "between April 2023 and February 2024", "en")]
    ['2023-04/2024-02']
    >>> cs = find_periods("entre 2015 et 2018", "fr", date(2025, 9, 10))
    >>> [c.label for c in with_spans(cs, "entre 2015 et 2018", "fr")]
    ['2015/2018']
    """
    if len(cues) < 2:
        return cues
    rx = _span_rx(lang)
    if rx is None:
        return cues
    opener, joiner = rx
    dated, closer = _dated_opener(lang), _dated_closer(lang)
    out: list[PeriodCue] = []
    skip = -1
    for i, c in enumerate(cues):
        if i == skip:
            continue
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        label = ""
        # "from December 5, 2022 until the end of November 2024": a dated start gives its month
        day = dated.search(text, max(0, c.start - 40), c.start) if c.kind == "year" else None
        # "au 30 juin 2018", "to June 30, 2018": the end's day and month before its year
        end_day = closer.fullmatch(text, c.end, nxt.start) \
            if nxt is not None and nxt.kind == "year" and c.end <= nxt.start else None
        # (two months with their years need no opening word: "April 2022 - February 2023")
        months = c.kind == nxt.kind == "month" and len(c.label) == len(nxt.label) == 7 \
            and bool(_YEAR_ONLY.search(c.text)) if nxt is not None else False
        # "du 1er septembre 2017": a month cue with its day before it, the opening word before that
        db = _DAY_BEFORE.search(text, max(0, c.start - 8), c.start) if c.kind == "month" else None
        if db is not None and not opener.search(text, max(0, db.start() - 24), db.start()):
            db = None
        # "from January to early September", «с января по начало сентября»: the end month not
        # counted (the span runs to the month before it)
        # («с января» is read alone as January to date: its start month opens the span)
        early = (ex := _early_end(lang)) is not None and nxt is not None and nxt.kind == "month" \
            and (c.kind == "month" or c.kind == "relative" and len(c.label.split("/")[0]) == 7
                 and opener.match(c.text.split(None, 1)[0] + " ") is not None) \
            and c.end <= nxt.start and ex.fullmatch(text, c.end, nxt.start) is not None
        if early and nxt is not None and len(nxt.label) == 7:
            nxt = PeriodCue(nxt.start, nxt.end, nxt.kind, shift_month(nxt.label), nxt.text)

        if nxt is not None and c.label and nxt.label and not c.label.startswith("<") \
                and not nxt.label.startswith("<") \
                and (joiner.fullmatch(text, c.end, nxt.start) or early or end_day is not None
                     or months and _DASH_JOIN.fullmatch(text, c.end, nxt.start)) \
                and (day is not None or months or db is not None or early or opener.search(text, max(0, c.start - 24), c.start)):
            a, b = c.label.split("/")[0], nxt.label.split("/")[-1]
            if c.kind == "month" and len(a) == 7 and not _YEAR_ONLY.search(c.text) and _YEAR_ONLY.match(b):
                # "from January until July 2021": a start month with no year of its own is in the
                # end's year (the year before, when it comes later in the calendar)
                y_end, m_end = int(b[:4]), int(b[5:7]) if len(b) >= 7 else 12
                a = f"{y_end if int(a[5:7]) <= m_end else y_end - 1}-{a[5:7]}"
                c = PeriodCue(c.start, c.end, c.kind, a, c.text)
            if end_day is not None:
                month = grammar(lang).months.get(lx.fold(end_day.group("m1") or end_day.group("m2")))
                b = f"{b}-{month:02d}" if month else b
                nxt = PeriodCue(nxt.start, nxt.end, nxt.kind, b, nxt.text)
            if day is not None:
                month = grammar(lang).months.get(lx.fold(day.group("m1") or day.group("m2")))
                a = f"{a}-{month:02d}" if month else a
                c = PeriodCue(day.start(), c.end, c.kind, a, text[day.start():c.end])
            if len(a) == 4 and len(b) == 4:
                label = f"{a}/{b}" if a < b else ""
            else:
                a0, b1 = bounds(c.label)[0], bounds(nxt.label)[1]
                if a0 is not None and b1 is not None and a0 < b1:
                    label = f"{a0.year}-{a0.month:02d}/{b1.year}-{b1.month:02d}"
                    # both ends dated: a day span, unless it runs from a 1st to a month's last day
                    d1, d2 = _day_of(day or db), _day_of(end_day)
                    if d1 and d2 and not (d1 == 1 and d2 == calendar.monthrange(b1.year, b1.month)[1]):
                        label = f"{a0.year}-{a0.month:02d}-{d1:02d}/{b1.year}-{b1.month:02d}-{d2:02d}"
        if label:
            # (a span whose end is the start of a month holds its opening word: "From January to
            # early September", read as the span of the sentence it opens)
            op = opener.search(text, max(0, c.start - 24), c.start) if early else None
            s0 = op.start() if op is not None else c.start
            out.append(PeriodCue(s0, nxt.end, "ends", label, text[s0:nxt.end]))  # type: ignore[union-attr]
            skip = i + 1
        else:
            out.append(c)
    return out


def opens_span(phrase: str, lang: str) -> bool:
    """Whether a period phrase opens on a span word: "from February to December", «с февраля
    по декабрь» (its ends are named), not "January-May" (a cumulative period).

    >>> opens_span("between February and December 2022", "en"), opens_span("January-May", "en")
    (True, False)
    """
    rx = _span_rx(lang)
    return rx is not None and rx[0].match(phrase.split(None, 1)[0] + " ") is not None


@lru_cache(maxsize=None)
def _dated_opener(lang: str) -> re.Pattern[str]:
    """A span word and a day of a month right before a year: "from December 5, ", "du 5 décembre "."""
    words = list((lx.load(lang).get("periods") or {}).get("span_words") or {})
    return recache.compile(lx.alternation(words) + r"\s+(?:(?:the|le|la|l')\s*)?" + _day_of_month(lang) + r"\s+$", re.I)


@lru_cache(maxsize=None)
def _dated_closer(lang: str) -> re.Pattern[str]:
    """The words joining a span's ends and the end's day of a month, right before its year:
    " au 30 juin ", " to June 30, ", " and 30 June "."""
    return recache.compile(r"\s*,?\s*" + lx.alternation(_span_joins(lang)) + r"\s+(?:(?:the|le|la|l')\s*)?" + _day_of_month(lang) + r"\s+", re.I)


def _day_of_month(lang: str) -> str:
    """A day of a month, either way round: "June 30," (m1, d1), "30 juin", "1er septembre" (d2, m2)."""
    months = lx.alternation(list(grammar(lang).months))
    return (r"(?:(?P<m1>" + months + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?"
            + r"|(?P<d2>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<m2>" + months + r"))")


def _day_of(m: re.Match[str] | None) -> int:
    """The day's number a dated span end's match holds (0: none, or not a day of a month)."""
    if m is None:
        return 0
    d = next((int(v) for k in ("d1", "d2") if k in m.re.groupindex and (v := m.group(k))), 0)
    return d if 1 <= d <= 31 else 0


#: a day's number right before a month ("du 1er septembre 2017"): the opening word is before it
_DAY_BEFORE = recache.compile(r"(?P<d1>\d{1,2})(?:er|st|nd|rd|th)?\s+$")


@lru_cache(maxsize=None)
def _early_end(lang: str) -> re.Pattern[str] | None:
    """The words joining a span's ends with an end that is the start of its month (`periods.
    span_words` joiners, then `periods.span_early_end`): " to early ", « по начало »."""
    early = (lx.load(lang).get("periods") or {}).get("span_early_end") or []
    if not early or not _span_joins(lang):
        return None
    return recache.compile(r"\s*,?\s*" + lx.alternation(_span_joins(lang)) + r"\s+" + lx.alternation(early) + r"\s+", re.I)


@lru_cache(maxsize=None)
def _span_joins(lang: str) -> list[str]:
    """The words that may join a span's ends (`periods.span_words`), longest first."""
    words = (lx.load(lang).get("periods") or {}).get("span_words") or {}
    return sorted({j for js in words.values() for j in js}, key=len, reverse=True)


@lru_cache(maxsize=None)
def _span_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = (lx.load(lang).get("periods") or {}).get("span_words")
    if not words:
        return None
    opener = recache.compile(lx.alternation(list(words)) + r"\s+(?:(?:the|le|la|l'|les)\s+)?$", re.I)
    joiner = recache.compile(r"\s*,?\s*" + lx.alternation(_span_joins(lang)) + r"\s*", re.I)
    return opener, joiner

"""Find figures in cleaned text: surface, value, unit, range, approximation.

One pass of a number pattern finds candidates; each candidate's right context is read for
a scale word, a currency or a unit, and its left context for a currency symbol, a sign,
an approximation cue or the first half of a range. A candidate with no unit is not a
figure (years, times, dates, names with digits fall out here). Words come from the
language's lexicon; this module holds none.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from tracker import lexicon as lx
from tracker import recache
from tracker.limits import MAX_NUMBER_CHARS
from tracker.models import Mention
from tracker.units import to_contract

I = re.IGNORECASE


@dataclass(frozen=True)
class Grammar:
    """A language's compiled patterns."""
    lang: str
    lex: lx.Lexicon
    number: re.Pattern[str]
    scale: re.Pattern[str]
    scale_cs: re.Pattern[str]
    scales: dict[str, Decimal]
    scales_cs: dict[str, Decimal]
    #: scale letters read only glued after a currency sign: "£5m", "$5.15b"
    symbol_scales: dict[str, Decimal]
    connector: re.Pattern[str]
    cur_after: re.Pattern[str]
    #: money words that are weights too ("pounds"), their tonnes, and the words that make them so
    weight_money: dict[str, Decimal]
    weight_after: re.Pattern[str] | None
    weight_before: re.Pattern[str] | None
    cur_names: dict[str, str]
    cur_word: re.Pattern[str]
    symbol_after: re.Pattern[str]
    symbol_before: re.Pattern[str]
    code_after: re.Pattern[str]
    #: codes that are words too ("ALL"), money only right after a number and its scale word
    code_after_scale: re.Pattern[str]
    code_before: re.Pattern[str]
    #: marks that are a currency only glued before a scaled number: "R188.4 billion"
    glued_before: re.Pattern[str]
    glued: dict[str, str]
    symbols: dict[str, str]
    percent: re.Pattern[str]
    points: re.Pattern[str]
    basis_points: re.Pattern[str]
    unit: re.Pattern[str]
    units: dict[str, tuple[str, Decimal]]
    times: re.Pattern[str]
    times_before: re.Pattern[str]
    #: "divisé par 3", "divided by eight": a factor down
    divided_before: re.Pattern[str]
    divided_words: re.Pattern[str]
    #: a decline word right before a factor: "a diminué de 12 fois", "fell fivefold"
    down_before: re.Pattern[str]
    multiple_verb: re.Pattern[str]
    multiple_verbs: dict[str, Decimal]
    by_words: re.Pattern[str]
    fraction_of: re.Pattern[str] | None
    fraction_not_after: re.Pattern[str] | None
    multiple_trigger: re.Pattern[str]
    fraction_trigger: re.Pattern[str]
    #: a change verb and "by" before a fraction: "increased by a third"
    fraction_change: re.Pattern[str] | None
    #: the same with words between the verb and its "by", when no "of" follows the fraction:
    #: "l'UE a réduit ses importations de gaz russe de deux tiers"
    fraction_change_far: re.Pattern[str] | None
    #: a word right before a fraction that makes it a change: "на треть" (lexicon fraction_change_before)
    fraction_change_before: re.Pattern[str] | None
    counted: re.Pattern[str] | None
    lost_decimal: bool
    dash_separator: bool
    #: plain numbers listed before a figure, up to its "and": "10.4, 15.5 and " (22.7 bcm)
    list_head: re.Pattern[str] | None
    list_item: re.Pattern[str]
    first_number: re.Pattern[str]
    more_than_double: re.Pattern[str]
    fraction: re.Pattern[str]
    #: "one in five", "six jouets sur dix": the denominator and its word
    ratio: re.Pattern[str] | None
    per_day: re.Pattern[str] | None
    #: a change's "by" right before a number: "de 5 fois", "by 5 times"
    by_before: re.Pattern[str]
    #: the flow words: after "milliards de" they make an amount ("109 milliards d'excédent")
    trade_noun: re.Pattern[str] | None
    #: the plain dollar words, and the codes the article's own dollar may be ("dollars canadiens")
    plain_dollar: frozenset[str]
    #: after a factor, what it is compared with: "as much as", "le volume de", "celui de"
    comparison: re.Pattern[str] | None
    #: "en millions de dollars", "in billions of euros": a header giving the unit of rows below
    unit_header: re.Pattern[str]
    #: a list row "- 2015 : 54 494." (label, colon, number, nothing else)
    header_rows: re.Pattern[str]
    decimal_mark: re.Pattern[str]
    #: a bare decimal before these is a percentage change: "Imports fell 1.6 on-year"
    basis_after: re.Pattern[str] | None
    #: words in a sentence before a bare decimal that restate the percent before it: "59,9 % ... contre 57,2"
    contrast_before: re.Pattern[str] | None
    percent_word: re.Pattern[str]
    ratio_not_before: re.Pattern[str] | None
    fractions: dict[str, float]
    approx_before: re.Pattern[str]
    approx_map: dict[str, str]
    range_between: re.Pattern[str]
    range_from: re.Pattern[str]
    restatement: re.Pattern[str]
    word_scale: re.Pattern[str]
    words_lang: str
    counts: dict[str, int]
    decimal: str = "."
    #: the case-insensitive patterns above by name, with their twins for lower-cased text
    folded: dict[str, lx.Folded] = field(default_factory=dict)
    #: a fall word right before a factor, or a "less" right after it, makes it a division:
    #: "сократился в 5,9 раза" is -83.05 %, "в 2 раза меньше" -50 % (lexicon: multiples.down)
    factor_down: re.Pattern[str] | None = None
    factor_down_after: re.Pattern[str] | None = None
    #: "7 to 10 percent", "40 percent to 45 percent", "4 à 6 milliards": a range with no "from" before it
    range_to: re.Pattern[str] | None = None
    #: the "from" word right before a range's low end: a move between two levels instead
    range_from_word: re.Pattern[str] | None = None
    #: a bare number, then "vs" right before a figure: «15,5 против 11 процентов» (ranges.versus)
    range_versus: re.Pattern[str] | None = None
    #: change words after which the from-word means "by" (« augmenté de 3 à 5 % »: a range)
    from_is_by: re.Pattern[str] | None = None
    #: a percentage over 100 after these, in its clause, is a growth index, not a rise: «темп
    #: роста экспорта составил 151%» is +51% (growth_index.before); after the figure, «108,3% к
    #: уровню 2017 года» (growth_index.after)
    index_before: re.Pattern[str] | None = None
    index_after: re.Pattern[str] | None = None
    #: the nouns of goods counted one by one, anywhere in a short window: the cheap gate before a
    #: unit is looked for behind a word or two ("14,907 Thai-built vehicles")
    counted_goods: re.Pattern[str] | None = None
    #: small words that end a figure's phrase rather than qualify a counted noun after it
    #: (lexicon counted_not_between: "300 of its cars" is no count of cars)
    not_modifier: re.Pattern[str] | None = None
    #: a name and the word a ranking lists its figure with, right before a plain whole number:
    #: "followed by India with 300,000" takes the unit of the level before it (listed_count_before)
    listed_count: re.Pattern[str] | None = None
    #: a currency mark that carries its own scale, case as written: « 56,9 MMDH » (milliards de
    #: dirhams), "MDH" (lexicon: scaled_currencies)
    scaled_currency: re.Pattern[str] | None = None
    scaled_currencies: dict[str, tuple[Decimal, str]] = field(default_factory=dict)
    #: a sign glued to a number that makes it a factor: "×2,32", "x3,2", "2,2x" (lexicon: multiples.signs)
    factor_signs: str = ""
    #: words before a scale word that the number-words library does not read: "half a billion",
    #: "a billion euro", «полутора миллионов тонн» (lexicon: numbers.scale_words)
    scale_words: dict[str, Decimal] = field(default_factory=dict)
    #: a unit abbreviation that means millions of tonnes after a decimal and metric tonnes after
    #: a grouped whole number ("7.17 MT", "156,314MT"; lexicon: metric_units), at a figure's end;
    #: the grouped figure, and a figure of a number and that unit alone
    #: the higher part of a number written in two scaled parts, right before the lower part:
    #: "44 billion ", « 13 milliards et » (lexicon: numbers.compound_and)
    compound_head: re.Pattern[str] | None = None
    metric_units: re.Pattern[str] | None = None
    metric_grouped: re.Pattern[str] | None = None
    metric_bare: re.Pattern[str] | None = None
    #: what joins a second conversion to the first: a comma, the lexicon's `list_and` word, or both
    conversion_and: re.Pattern[str] | None = None


_SYMBOLS_RE = r"US\$|\$|€|£|₽|₹|¥"
_SPACE = recache.compile(r"\s")
_GROUPED_THOUSANDS = recache.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INDIAN_GROUPS = recache.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_LETTER = recache.compile(r"[^\W\d_]")
_LOST_DECIMAL = recache.compile(r"(?<![\d.,])(\d{1,3}) $")
_SYMBOL_RANGE_LOW = recache.compile(r"(" + _SYMBOLS_RE + r")\s?\d+(?:[.,]\d+)?\s?-\s?$")
_RANGE_HIGH_NEXT = recache.compile(r"\s?-\s?(?:" + _SYMBOLS_RE + r")?\d")
# (the low end may be grouped by spaces: "150 000-300 000 barils", not "000-300 000")
_DASH_LOW = recache.compile(r"(?<![\d.,])(?:" + _SYMBOLS_RE + r")?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)\s?-\s?$")
_YEAR_DASH = recache.compile(r"(?<!\d)(?:19|20)\d{2}\s?-\s?$")
_WORDS_BEFORE = recache.compile(r"((?:[^\W\d_]+[\s-]){1,6})$")
_WORD_BEFORE = recache.compile(r"([^\W\d_]+)\s*$")
_NUMBER_BEFORE = recache.compile(r"\d\s*(?:\w+\s+)?(?:de\s+|d'|of\s+)?$")
_DIGIT = recache.compile(r"\d")
_SYMBOL_SCALE = recache.compile(r"([a-zA-Z]{1,3})(?![\w])")
_YEAR_NEXT = recache.compile(r"\s(?:19|20)\d\d(?!\d)")
#: an exchange rate ("$1 = 7.33 yuan", "1 euro = 1,08 dollar") states no figure
_RATE_AFTER = recache.compile(r"\s?=")
_RATE_BEFORE = recache.compile(r"=\s?$")
_URL = recache.compile(r"(?:https?://|www\.)\S+")
#: a figure's rule by the kind of its tail
_RULES = {"money": "money.plain", "percent": "percent.sign", "pp": "percent.points",
          "physical": "quantity.physical", "factor": "multiple.factor", "bare": "number.bare",
          "counted": "number.counted"}


def _trigger(phrases: list[str]) -> re.Pattern[str]:
    """A cheap pre-filter: the longest word of each phrase, cut to five letters, anywhere."""
    keys = set()
    for p in phrases:
        words = [w for w in re.split(r"[\s'-]+", p.lower()) if w]
        if words:
            keys.add(max(words, key=len)[:5])
    return recache.compile("|".join(re.escape(k) for k in sorted(keys)) or "(?!x)x", re.IGNORECASE)


def _dec(x: object) -> Decimal:
    return Decimal(str(x))


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """Compile a language's figure patterns (once per process)."""
    lex = lx.load(lang)
    cur = lx.currencies()
    dec = lex.get("numbers", "decimal")
    item = r"\d{1,4}(?:" + re.escape(str(dec)) + r"\d+)?(?![\d%])"
    groups = lex.get("numbers", "group") or []
    gchars = "".join(re.escape(g) for g in groups if g != dec)
    d = re.escape(dec)
    other = "." if dec == "," else ","
    # grouped thousands first (1 980 000; 405,000; 12.500), then plain with either decimal mark
    glued = {str(k): v for k, v in (cur.get("glued_symbols") or {}).items()}
    # a number glued to a currency code or mark: "EUR255 billion", "R188.4 billion"
    # (and the letter marks of the symbols table, dotted or not: "Ksh.340 billion", "Rs.5 crore")
    letter_marks = {str(k) for k in cur["symbols"] if len(str(k).rstrip(".")) >= 2 and str(k).rstrip(".").isalpha()}
    # and a letter written as a multiplication sign: "x3,2" (lexicon: multiples.signs)
    sign_letters = {str(c) for c in ((lex.get("multiples") or {}).get("signs") or []) if str(c).isalpha()}
    glue = "".join(rf"|(?<=(?<![^\W\d_]){re.escape(c)})"
                   for c in sorted(set(lx.currency_codes()) | set(glued) | letter_marks | sign_letters))
    # Indian grouping, lakhs and crores: "9,39,921"
    indian = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d])|" if lex.get("numbers", "indian_groups") else ""
    # in a language of decimal commas, a number grouped by commas with a decimal point is written
    # the English way: « 52,359.9 millions de dollars » (a Mexican figure in a French text)
    english = r"\d{1,3}(?:,\d{3})+\.\d+(?![\d])|" if dec == "," else ""
    number = (
        # a dash between spaces after a word is punctuation, not a minus: "в 2012 году - 203,6 млрд"
        # (a colon after a word may touch the number: « Suisse :154,93 milliards »; after a digit it is a time or a ratio)
        rf"(?=[+\-±\d])(?:(?<![\w.,/])(?<!\d:){glue})(?P<sign>[+±]\s?|-(?!\s)|(?<!\w\s)-\s)?(?P<num>{indian}{english}"
        rf"\d{{1,3}}(?:[{gchars}]\d{{3}})+(?:{d}\d+)?(?![\d])"
        rf"|\d+(?:[{d}{re.escape(other)}]\d+)?"
        r")(?![\d]|[.,:/]\d|h\d)"
    )
    scales = {lx.fold(k): _dec(v) for k, v in (lex.get("scales") or {}).items()}
    scales_cs = {str(k): _dec(v) for k, v in (lex.get("scales_cs") or {}).items()}
    cur_names = lx.currency_names(lang)
    symbols = {str(k): v for k, v in cur["symbols"].items()}
    codes = lx.currency_codes()
    units: dict[str, tuple[str, Decimal]] = {}
    for k, v in (lex.get("units") or {}).items():
        if isinstance(v, dict):
            units[lx.fold(str(k))] = (v["unit"], _dec(v.get("scale", 1)))
        else:
            units[lx.fold(str(k))] = (str(v), Decimal(1))
    sym_alt = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    code_alt = "|".join(codes)
    approx_map: dict[str, str] = {}
    for kind, phrases in (lex.get("approx") or {}).items():
        for p in phrases:
            approx_map[lx.fold(p)] = kind
    mult = lex.get("multiples") or {}
    connectors = lex.get("connectors") or []
    conn = "|".join(
        (re.escape(c.strip()) + (r"\s*" if c.strip().endswith("'") else r"\s+"))
        for c in sorted(connectors, key=len, reverse=True)
    )
    ranges = lex.get("ranges") or {}
    index = lex.get("growth_index") or {}
    approx_opt = r"(?:\s+" + lx.alternation(list(approx_map)) + r")?" if approx_map else ""
    # a plain number, or one grouped in thousands by spaces («с 197 370 до 102 924 тонн»)
    num_plain = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
    scaled_cur = {str(k): (_dec(v["scale"]), str(v["code"])) for k, v in (lex.get("scaled_currencies") or {}).items()}
    g = Grammar(
        lang=lang,
        lex=lex,
        number=recache.compile(number),
        # a hyphen too: "$287-million", the house style of some papers
        scale=recache.compile(r"(?:\s| \s|-)?(" + lx.alternation(list(scales), word=False) + r")(?![\w])", I),
        scale_cs=recache.compile(r"\s?(" + ("|".join(re.escape(s) for s in sorted(scales_cs, key=len, reverse=True)) or "(?!x)x")
                            + r")(?![a-zA-Z])"),
        scales=scales,
        scales_cs=scales_cs,
        symbol_scales={str(k): _dec(v) for k, v in (lex.get("symbol_scales") or {}).items()},
        connector=recache.compile(rf"\s*(?:{conn})" if conn else r"(?!x)x", I),
        cur_after=recache.compile(r"\s?(" + lx.alternation(list(cur_names), word=False) + r")(?![\w])", I),
        weight_money={lx.fold(str(k)): _dec(v) for k, v in (lex.get("weight_money") or {}).items()},
        weight_after=recache.compile(r"\s+" + lx.alternation(lex.get("weight_money_after")) + r"\s", I)
        if lex.get("weight_money_after") else None,
        weight_before=recache.compile(lx.alternation(lex.get("weight_money_before")), I)
        if lex.get("weight_money_before") else None,
        cur_names=cur_names,
        cur_word=recache.compile(lx.alternation(list(cur_names)), I),
        symbol_after=recache.compile(rf"\s?({sym_alt})(?![\w$])"),
        symbol_before=recache.compile(rf"(?:^|(?<=[^\w]))({sym_alt})\s?$"),
        code_after=recache.compile(rf"\s?({code_alt})(?![\w])"),
        code_after_scale=recache.compile(r"\s?(" + ("|".join((cur.get("codes_after_scale") or [])
                                                          + [f"(?i:{c})" for c in cur.get("codes_any_case_after_scale") or []])
                                                 or "(?!x)x") + r")(?![\w])"),
        code_before=recache.compile(rf"(?<![\w])({code_alt})\s?$"),
        glued_before=recache.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in sorted(glued, key=len, reverse=True))
                                + r")$" if glued else r"(?!x)x"),
        glued=glued,
        symbols=symbols,
        percent=recache.compile(r"(?:  |\s)?(" + lx.alternation(lex.get("percent") or [], word=False) + r")(?![\w])", I),
        points=recache.compile(r"\s?(" + lx.alternation(lex.get("points") or [], word=False) + r")(?![\w])", I),
        basis_points=recache.compile(r"\s?(" + lx.alternation(lex.get("basis_points") or [], word=False) + r")(?![\w])", I),
        unit=recache.compile(r"\s?(" + lx.alternation(list(units), word=False) + r")(?![\w/])", I),
        units=units,
        counted_goods=recache.compile(lx.alternation([k for k, v in units.items() if v[0] == "units"], word=False), I)
        if any(v[0] == "units" for v in units.values()) else None,
        not_modifier=recache.compile(r"(?<!\w)" + lx.alternation(lex.get("counted_not_between")) + r"(?!\w)", I)
        if lex.get("counted_not_between") else None,
        times=recache.compile(r"\s?(" + lx.alternation(mult.get("times") or [], word=False) + r")(?![\w])", I),
        times_before=recache.compile(lx.alternation(mult.get("by") or []) + approx_opt + r"\s*$", I),
        divided_before=recache.compile(lx.alternation(mult.get("divided_by") or []) + approx_opt + r"\s*$", I),
        divided_words=recache.compile(lx.alternation(mult.get("divided_by") or []) + r"\s+(?:(" + lx.alternation(list(approx_map))
                                 + r")\s+)?([^\W\d_]+)", I),
        down_before=recache.compile(lx.alternation(lex.get("sign", "down") or []) + r"\s+(?:"
                               + lx.alternation(lex.get("change_by_words") or [], word=False) + r"\s*)?"
                               + approx_opt + r"\s*$", I),
        multiple_verb=recache.compile(lx.alternation(list((mult.get("verbs") or {}).keys())), I),
        multiple_verbs={lx.fold(k): Decimal(str(v)) for k, v in (mult.get("verbs") or {}).items()},
        by_words=recache.compile(lx.alternation(mult.get("by") or []) + r"\s+(?:(" + lx.alternation(list(approx_map))
                            + r")\s+)?([^\W\d_]+)", I),
        fraction_of=recache.compile(r"\s*(?:" + lx.alternation(lex.get("fraction_of") or []) + ")", I)
        if lex.get("fraction_of") else None,
        multiple_trigger=_trigger(list((mult.get("verbs") or {}).keys()) + (mult.get("by") or []) + (mult.get("times") or [])
                                  + (mult.get("divided_by") or [])),
        fraction_trigger=_trigger(list((lex.get("fractions") or {}).keys())),
        fraction_change=recache.compile(lx.alternation(lex.get("change_verbs")) + r"\s+"
                                   + lx.alternation(lex.get("change_by_words"), word=False)
                                   + r"\s*(?:[^\W\d]+(?:\s+|'))?(?:[^\W\d]+(?:\s+|'))?$", I)
        if lex.get("change_verbs") and lex.get("change_by_words") else None,
        fraction_change_far=recache.compile(lx.alternation(lex.get("change_verbs")) + r"[^.;:!?()\d]{0,70}?"
                                       + lx.alternation(lex.get("change_by_words")) + approx_opt + r"\s*$", I)
        if lex.get("change_verbs") and lex.get("change_by_words") else None,
        fraction_change_before=recache.compile(lx.alternation(lex.get("fraction_change_before")) + r"\s*$", I)
        if lex.get("fraction_change_before") else None,
        fraction_not_after=recache.compile(lx.alternation(lex.get("fraction_not_after")) + r"\s*$", I)
        if lex.get("fraction_not_after") else None,
        lost_decimal=bool(lex.get("numbers", "lost_decimal")),
        dash_separator=bool(lex.get("numbers", "dash_separator")),
        list_head=recache.compile(rf"(?<![\w.,])(?P<items>{item}(?:\s*,\s+{item})*)\s*,?\s+"
                             + lx.alternation(lex.get("list_and")) + r"\s+$", I) if lex.get("list_and") else None,
        list_item=recache.compile(item),
        first_number=recache.compile(r"\d+(?:[.,\s\u202f\u00a0]\d+)*"),
        counted=recache.compile(r"\s*" + lx.alternation(lex.get("counted_nouns")), I) if lex.get("counted_nouns") else None,
        more_than_double=recache.compile(lx.alternation(mult.get("more_than_double") or []), I),
        fraction=recache.compile(lx.alternation(list((lex.get("fractions") or {}).keys())), I),
        unit_header=recache.compile(lx.alternation(lex.get("unit_header") or []) + r"(?=\s+" + lx.alternation(list(scales)) + ")", I),
        header_rows=recache.compile(r"^[ \t]*[-\u2022*\u2013][ \t]*[^:\n]{1,40}?[ \t]*:[ \t]*(?P<n>\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)[ \t]*\.?[ \t]*$",
                               re.M),
        decimal_mark=recache.compile(r"\d" + re.escape(dec) + r"\d"),
        basis_after=recache.compile(r"\s+" + lx.alternation((lex.get("basis") or {}).get("yoy") or []), I)
        if (lex.get("basis") or {}).get("yoy") else None,
        contrast_before=recache.compile(lx.alternation(lex.get("contrast") or []) + r"\s+$", I) if lex.get("contrast") else None,
        listed_count=recache.compile(r"(?<!\w)[A-Z\u0400-\u042f][\w.'\u2019-]*\s+" + lx.alternation(lex.get("listed_count_before"))
                                     + r"\s+$") if lex.get("listed_count_before") else None,
        percent_word=recache.compile(lx.alternation([p for p in lex.get("percent") or [] if p[:1].isalpha()]), I),
        comparison=recache.compile(r"\s+" + lx.alternation(mult.get("comparison") or []), I) if mult.get("comparison") else None,
        trade_noun=recache.compile(lx.alternation([p for v in (lex.get("indicator_cues") or {}).values() for p in v]), I)
        if lex.get("indicator_cues") else None,
        plain_dollar=frozenset(lx.fold(x) for x in lex.get("plain_dollar") or []),
        by_before=recache.compile(r"(?<![\w'])" + lx.alternation(lex.get("change_by_words") or [], word=False) + r"\s*$", I),
        per_day=recache.compile(lx.alternation(lex.get("per_day") or [], word=False) + r"(?![\w])", I)
        if lex.get("per_day") else None,
        ratio=recache.compile(lx.alternation((lex.get("ratios") or {}).get("words") or []) + r"\s+("
                         + lx.alternation(list((lex.get("periods", "counts") or {}).keys())) + r")(?![\w-])", I)
        if (lex.get("ratios") or {}).get("words") else None,
        ratio_not_before=recache.compile(r"\s+" + lx.alternation((lex.get("ratios") or {}).get("not_before") or []), I)
        if (lex.get("ratios") or {}).get("not_before") else None,
        fractions={lx.fold(k): float(v) for k, v in (lex.get("fractions") or {}).items()},
        approx_before=recache.compile("(" + lx.alternation(list(approx_map)) + r")\s*(?:" + sym_alt + r")?\s*$", I),
        approx_map=approx_map,
        range_between=recache.compile(
            lx.alternation(ranges.get("between") or []) + rf"\s+(?P<low>{num_plain})\s*(?P<scale>[^\d\s]{{0,12}}\s*)?"
            + lx.alternation(ranges.get("and") or []) + r"\s+(?:" + sym_alt + r")?\s?$", I),
        range_from=recache.compile(
            lx.alternation(ranges.get("from") or []) + rf"\s+(?:{sym_alt})?\s?(?P<low>{num_plain})\s*"
            + lx.alternation(ranges.get("to") or []) + r"\s+(?:" + sym_alt + r")?\s?$", I),
        range_to=recache.compile(
            r"(?<![\w.,/-])(?P<low>" + num_plain + r")(?P<pct>\s?" + lx.alternation(lex.get("percent") or ["%"], word=False)
            + r")?\s+" + lx.alternation(ranges.get("to_bare") or []) + r"\s+(?:" + sym_alt + r")?\s?$", I)
        if ranges.get("to_bare") else None,
        range_from_word=recache.compile(lx.alternation((ranges.get("from") or []) + (ranges.get("to_bare_not_after") or []))
                                   + r"\s+(?:" + sym_alt + r")?\s?$", I)
        if ranges.get("from") else None,
        range_versus=recache.compile(
            rf"(?<![\w.,/-])(?P<low>{num_plain})\s+" + lx.alternation(ranges["versus"]) + r"\s+(?:" + sym_alt + r")?\s?$", I)
        if ranges.get("versus") else None,
        from_is_by=recache.compile(lx.alternation(ranges["from_is_by_after"]) + r"\s+$", I)
        if ranges.get("from_is_by_after") else None,
        index_before=recache.compile(lx.alternation(index["before"]) + r"[^\d.;:!?%()]{0,60}$", I)
        if index.get("before") else None,
        index_after=recache.compile(r"\s*" + lx.alternation(index["after"]), I) if index.get("after") else None,
        conversion_and=recache.compile(r"\s*(?:,\s*(?:" + lx.alternation(lex.get("list_and")) + r")?|"
                                       + lx.alternation(lex.get("list_and")) + r")\s*", I) if lex.get("list_and") else None,
        restatement=recache.compile(r"(?:(?:^|[\s,(])(?:" + lx.alternation(lex.get("restatement") or []) + r")\s*(?:"
                               + lx.alternation(list(approx_map)) + r"\s*)?|\(\s*(?:"
                               + lx.alternation(list(approx_map)) + r"\s*)?)$", I),
        word_scale=recache.compile(lx.alternation(list(scales)), I),
        words_lang=str(lex.get("numbers", "words_lang") or lang),
        counts={lx.fold(k): int(v) for k, v in (lex.get("periods", "counts") or {}).items()},
        decimal=dec,
        factor_down=recache.compile(lx.alternation(mult["down"]) + r"(?:\s+[^\W\d]+){0,3}\s*$", I)
        if mult.get("down") else None,
        factor_down_after=recache.compile(r"\s*" + lx.alternation(mult["down_after"]), I) if mult.get("down_after") else None,
        scaled_currency=recache.compile(r"\s?(" + "|".join(re.escape(k) for k in sorted(scaled_cur, key=len, reverse=True))
                                   + r")(?![\w])") if scaled_cur else None,
        scaled_currencies=scaled_cur,
        factor_signs="".join(mult.get("signs") or []),
        scale_words={lx.fold(k): _dec(v) for k, v in (lex.get("numbers", "scale_words") or {}).items()},
        compound_head=recache.compile(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?|[^\W\d_]+)\s+(?P<s>[^\W\d_]+)\.?\s+"
                                      + (r"(?:" + lx.alternation(lex.get("numbers", "compound_and")) + r"\s+)?"
                                         if lex.get("numbers", "compound_and") else "") + "$", I),
        **_metric_patterns(lex.get("metric_units") or [], gchars, d),
    )
    g.folded.update({name: lx.Folded(rx) for name, rx in vars(g).items()
                     if isinstance(rx, re.Pattern) and rx.flags & re.IGNORECASE})
    return g


def _metric_patterns(abbrevs: list[str], gchars: str, dec: str) -> dict[str, re.Pattern[str] | None]:
    if not abbrevs:
        return {}
    alt = "(?:" + "|".join(re.escape(str(a)) for a in sorted(abbrevs, key=len, reverse=True)) + ")"
    return {"metric_units": recache.compile(r"(?<![^\W\d_])" + alt + "$"),
            # (decimals after the groups too: "915,565.821 MT" is no 915 thousand million tonnes)
            "metric_grouped": recache.compile(rf"\d{{1,3}}(?:[{gchars}]\d{{3}})+(?:{dec}\d+)?\s?" + alt + "$"),
            "metric_bare": recache.compile(rf"\d+(?:[{gchars}]\d{{3}})*(?:{dec}\d+)?\s?" + alt + "$")}


def parse_number(s: str, lang: str) -> Decimal | None:
    """A number as written in a language's typography, as a Decimal; None past MAX_NUMBER_CHARS.

    >>> parse_number("1 980 000", "fr"), parse_number("240,1", "fr"), parse_number("8.42", "fr")
    (Decimal('1980000'), Decimal('240.1'), Decimal('8.42'))
    >>> parse_number("405,000", "en"), parse_number("12.500", "fr"), parse_number("13,253.13", "en")
    (Decimal('405000'), Decimal('12500'), Decimal('13253.13'))
    >>> parse_number("9,39,921", "en")  # Indian grouping (lakhs)
    Decimal('939921')
    """
    if len(s) > 2 * MAX_NUMBER_CHARS:  # before any copy of a million digits
        return None
    value = _parse_number(s, lang)
    return value if value is not None and value.is_finite() else None  # never NaN nor Infinity


def _parse_number(s: str, lang: str) -> Decimal | None:
    dec = grammar(lang).decimal
    t = _SPACE.sub(" ", s).replace(" ", "").replace("\u2019", "").replace("'", "")  # (Swiss groups: 9’013)
    if len(t) > MAX_NUMBER_CHARS:
        return None
    try:
        if dec == ",":
            if "," in t and "." in t and t.rfind(".") > t.rfind(","):
                return Decimal(t.replace(",", ""))  # "52,359.9", written the English way
            if "," in t:
                ip, fp = t.rsplit(",", 1)
                return Decimal(ip.replace(".", "") + "." + fp)
            if "." in t:
                parts = t.split(".")
                if len(parts) > 2 or (len(parts[1]) == 3 and len(parts[0]) <= 3 and parts[0] != "0"):
                    return Decimal("".join(parts))
            return Decimal(t)
        if _GROUPED_THOUSANDS.fullmatch(t) or _INDIAN_GROUPS.fullmatch(t):
            return Decimal(t.replace(",", ""))
        return Decimal(t.replace(",", "."))
    except (InvalidOperation, ValueError):
        return None


def words_to_number(words: str, lang: str) -> Decimal | None:
    """Number words ("deux cents", "two hundred") through text2num, or through the lexicon's
    own table (`numbers.words`) for a language text2num does not read; None if they are not
    a number.

    >>> words_to_number("deux cents", "fr"), words_to_number("двести сорок", "ru")
    (Decimal('200'), Decimal('240'))
    """
    table = _number_words(lang)
    if table is not None:
        return _sum_words(words, table)
    from text_to_num import text2num

    try:
        return Decimal(text2num(words.strip().lower(), lang))
    except (ValueError, TypeError, AssertionError, IndexError):
        return None


@lru_cache(maxsize=None)
def _number_words(lang: str) -> dict[str, Decimal] | None:
    """A language's own number words (lexicon `numbers.words`), when its lexicon has them."""
    if lang not in lx.languages():
        return None
    table = lx.load(lang).get("numbers", "words")
    return {lx.fold(str(k)): _dec(v) for k, v in table.items()} if table else None


def _sum_words(words: str, table: dict[str, Decimal]) -> Decimal | None:
    """Hundreds, tens and units written in words, each smaller than the place of the one
    before ("двести сорок пять" = 245; "пять два" is no number)."""
    total, room = Decimal(0), None
    parts = words.strip().lower().split()
    if not parts:
        return None
    for w in parts:
        v = table.get(w)
        if v is None or room is not None and v >= room:
            return None
        total += v
        room = Decimal(100) if v >= 100 else Decimal(10) if v >= 20 else Decimal(1)
    return total


@dataclass(slots=True)
class _Tail:
    end: int
    scale: Decimal
    unit: str
    measure: str
    kind: str  # money | percent | pp | physical | factor | bare
    #: where the scale words end ("8bn" of "8bn cars")
    scale_end: int = -1


#: a high end written in whole thousands: "70 000", "70,000", "70.000"
_WHOLE_THOUSANDS = recache.compile(r"\d[\s\u00a0\u202f,.]000$")


def _shared_thousands(low: Decimal, raw: str, high: Decimal) -> Decimal:
    """A range's low end that shares its high end's thousands: "entre 50 et 70 000 tonnes" runs
    from 50,000 (a low end of the same order once multiplied, never a plain number under a hundredth)."""
    if low < 1000 and _WHOLE_THOUSANDS.search(raw) and low * 1000 <= high < low * 10000:
        return low * 1000
    return low


def _low_end(low: Decimal, tail: _Tail, kind: str, factor: bool = False) -> Decimal:
    """A range's low end in the high end's unit and scale ("175-180 bcm", "7 to 10 percent");
    with `factor`, a factor's low end as a percent change ("2-3 times")."""
    if kind == "physical":
        return to_contract(low * tail.scale, tail.unit)[0]
    if factor and kind == "factor":
        return (low - 1) * 100
    return low * tail.scale


#: a word or two before a counted noun: "Thai-built", "new electric", «китайских»
_MODIFIERS = tuple(recache.compile(r"\s(?:[^\W\d_][\w'\u2019-]*\s){%d}" % k) for k in (1, 2))
#: a year, not a count, right before them: "in 2023 Chinese cars made up half"
_YEAR_BEFORE = recache.compile(r"(?<![\d,.\s])\s?(?:19|20)\d\d$|(?<![\d,.])(?:19|20)\d\d$")


#: a short word in brackets right after a scale word: its abbreviation, « milliards (mds) »
_SCALE_ABBR = recache.compile(r"\s?\(([^\W\d_]{1,6})\)")


def _read_tail(text: str, pos: int, g: Grammar, lower: str | None = None) -> _Tail:
    """What follows a number: scale, currency, %, points or a physical unit."""
    scale = Decimal(1)
    end = pos
    fd = g.folded
    if g.scaled_currency is not None and (sc := g.scaled_currency.match(text, pos)):
        s_scale, s_code = g.scaled_currencies[sc.group(1)]
        return _Tail(sc.end(), s_scale, s_code, "level", "money")
    for _ in range(2):  # "mille milliards"
        m = fd["scale"].match(text, lower, end)
        if m:
            scale *= g.scales[lx.fold(m.group(1))]
            end = m.end()
            continue
        m = g.scale_cs.match(text, end)
        if m and not fd["unit"].match(text, lower, end) and not _YEAR_NEXT.match(text, m.end()):
            # "9M 2023" is nine months of 2023, not nine million
            scale *= g.scales_cs[m.group(1)]
            end = m.end()
            continue
        if end == pos and g.symbol_scales:
            # "5m tonnes", "1.2m barrels a day": a glued scale letter before a unit is a scale
            m = _SYMBOL_SCALE.match(text, end)
            if m and m.group(1).lower() in g.symbol_scales and text.startswith(" ", m.end()) \
                    and fd["unit"].match(text, lower, m.end() + 1):
                scale *= g.symbol_scales[m.group(1).lower()]
                end = m.end()
                continue
        break
    if scale != 1:  # the scale's short form in brackets after it: « 5,974 milliards (mds) de dollars »
        m = _SCALE_ABBR.match(text, end)
        if m and (lx.fold(m.group(1)) in g.scales or m.group(1) in g.scales_cs):
            end = m.end()
    # symbols and codes right after: "200 Mds$", "12 M€", "7,3 milliards USD"
    m = g.symbol_after.match(text, end)
    if m:
        return _Tail(m.end(), scale, g.symbols[m.group(1)], "level", "money")
    m = g.code_after.match(text, end) or (g.code_after_scale.match(text, end) if scale != 1 else None)
    if m:
        return _Tail(m.end(), scale, m.group(1).upper(), "level", "money")
    if scale == 1:
        m = fd["percent"].match(text, lower, end)
        if m:
            return _Tail(m.end(), scale, "percent", "change", "percent")
        m = fd["basis_points"].match(text, lower, end)
        if m:
            return _Tail(m.end(), Decimal("0.01"), "pp", "change", "pp")
        m = fd["points"].match(text, lower, end)
        if m:
            return _Tail(m.end(), scale, "pp", "change", "pp")
        m = fd["times"].match(text, lower, end)
        if m:
            return _Tail(m.end(), scale, "percent", "change", "factor")
    if text.startswith(" [", end) and (m := fd["cur_after"].match(text, lower, end + 2)) \
            and text.startswith("]", m.end()):
        # an editor's word in a quote: "388 million [dollars]"
        return _Tail(m.end() + 1, scale, g.cur_names[lx.fold(m.group(1))], "level", "money")
    c = fd["connector"].match(text, lower, end)
    after = c.end() if c else end
    for start in ((after, end) if c else (end,)):
        m = fd["cur_after"].match(text, lower, start)
        if m:
            if (lb := g.weight_money.get(lx.fold(m.group(1)))) is not None and _weighs(text, start, m.end(), g):
                return _Tail(m.end(), scale * lb, "t", "level", "physical", end)  # "60 million pounds of shrimp"
            return _Tail(m.end(), scale, g.cur_names[lx.fold(m.group(1))], "level", "money")
        m = g.code_after.match(text, start) if start != end else None
        if m:  # "6,9 milliards d'USD"
            return _Tail(m.end(), scale, m.group(1).upper(), "level", "money")
        m = fd["unit"].match(text, lower, start)
        if m:
            unit, uscale = g.units[lx.fold(m.group(1))]
            # a unit that abbreviates a scale of its own (Mt, mb/d) after a scale word is the
            # plain unit: "1.1 million mt" is metric tonnes, not million tonnes a million times
            # (a unit converted down, "3,1 млрд кВт·ч" in TWh, still multiplies)
            both = scale > 1 and uscale > 1
            return _Tail(m.end(), scale if both else scale * uscale, unit, "level", "physical", end)
    if g.counted_goods is not None and g.counted_goods.search(text, end, end + 40) \
            and not _YEAR_BEFORE.search(text, max(0, pos - 5), pos) and not fd["scale"].match(text, lower, end):
        # goods counted one by one with a word or two before their noun: "14,907 Thai-built
        # vehicles", "1.2 million Chinese cars", «1,2 млн китайских автомобилей»
        for mods_rx in _MODIFIERS:
            mods = mods_rx.match(text, end)
            if mods is None or g.not_modifier is not None and g.not_modifier.search(mods.group(0)):
                continue
            m = fd["unit"].match(text, lower, mods.end())
            if m and (counted := g.units[lx.fold(m.group(1))])[0] == "units":
                return _Tail(m.end(), scale * counted[1], "units", "level", "physical", end)
    if scale != 1 and c is not None and _LETTER.match(text[c.end():c.end() + 1]):
        if g.trade_noun is not None and fd["trade_noun"].match(text, lower, c.end()):
            return _Tail(end, scale, "", "level", "bare")  # "109 milliards d'excédent": an amount, currency elided
        return _Tail(end, scale, "", "level", "counted")  # "2 milliards d'habitants"
    if scale != 1 and g.counted is not None and fd["counted"].match(text, lower, end):
        return _Tail(end, scale, "", "level", "counted")  # "146 million people"
    return _Tail(end, scale, "", "level", "bare")


def _weighs(text: str, start: int, end: int, g: Grammar) -> bool:
    """A money word that is a weight too weighs here: "of" after it ("60 million pounds of
    shrimp"), or a volume word before it in its sentence ("the export volume at 60 million pounds")."""
    if g.weight_after is not None and g.weight_after.match(text, end):
        return True
    if g.weight_before is None:
        return False
    lo = max(0, start - 120)
    stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    return g.weight_before.search(text, stop + 1 if stop >= 0 else lo, start) is not None


#: a plus or minus right before a currency written before its number, after a bracket or a space
#: ("(+EUR 384 million)", "(- EUR 13 billion)", " -Rs 160"), glued to it (or, after a bracket, a
#: space away): not a dash between words ("Китай - $7,6 млрд")
_SIGN_BEFORE_SYMBOL = recache.compile(r"(?:(?<=\()|(?<=\(\s)|(?<=[\s;])(?=[+\-\u2212\u2013]\S))([+\-\u2212\u2013])\s?$")


def _left_symbol(text: str, start: int, g: Grammar, scaled: bool = True) -> tuple[int, str] | None:
    """The currency written before a number: a symbol ("$", "C$"), an ISO code ("EUR 291",
    "EUR255"), or a mark that is a currency only glued to a scaled number ("R188.4 billion")."""
    window = text[max(0, start - 5):start]

    def name(mark: str) -> bool:
        # a mark made of letters glued to a bare number is a name: "EUR5", "the RM2 model"
        return not scaled and mark.isalpha() and window.endswith(mark)

    m = g.symbol_before.search(window)
    if m and not name(m.group(1)):
        return start - (len(window) - m.start(1)), g.symbols[m.group(1)]
    m = g.code_before.search(window)
    if m and not name(m.group(1)):
        return start - (len(window) - m.start(1)), m.group(1).upper()
    m = g.glued_before.search(window)
    if m and scaled:
        return start - (len(window) - m.start(1)), g.glued[m.group(1)]
    return None


def _approx(text: str, start: int, g: Grammar, lower: str | None = None) -> str:
    a = max(0, start - 40)
    m = g.folded["approx_before"].search(text[a:start], lower[a:start] if lower is not None else None)
    if not m:
        return "exact"
    return g.approx_map.get(lx.fold(m.group(1)), "exact")


def find_mentions(text: str, lang: str) -> list[Mention]:
    """Every figure in `text` (already cleaned with normtext.clean), in reading order.

    >>> [(m.surface, format(m.value, "f"), m.unit) for m in find_mentions("porter nos échanges à 200 milliards de dollars, 1:20", "fr")]
    [('200 milliards de dollars', '200000000000', 'USD')]
    """
    g = grammar(lang)
    lower = lx.lowered(text)  # for the case-insensitive searches (lexicon.Folded)
    found: list[Mention] = []
    for m in g.number.finditer(text):
        mention = _numeric(text, m, g, lower)
        if mention is not None:
            found.append(mention)
    found += _word_numbers(text, g, found, lower)
    if g.folded["percent_word"].search(text, lower):
        found += _percent_words(text, g, found, lower)
    if g.folded["multiple_trigger"].search(text, lower):  # a cheap filter: most texts state no multiple
        found += _multiples(text, g, lower)
    if g.folded["fraction_trigger"].search(text, lower):
        found += _fractions(text, g, lower)
    if g.ratio is not None:
        found += _ratios(text, g, lower)
    if "=" in text:
        found = [f for f in found if not (_RATE_AFTER.match(text, f.end) or _RATE_BEFORE.search(text, 0, f.start))]
    if "://" in text or "www." in text:  # "https://.../imports-almost-tripled-in-2023"
        urls = [(u.start(), u.end()) for u in _URL.finditer(text)]
        found = [f for f in found if not any(a <= f.start < b for a, b in urls)]
    # a table header's thousands mark, "('000 B/D)", is no figure of nought
    found = [f for f in found if not (f.value == 0 and f.start > 0 and text[f.start - 1] in "'\u2019")]
    found.sort(key=lambda x: (x.start, -x.end))
    out: list[Mention] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        out.append(f)
        last_end = f.end
    if g.factor_down is not None:
        out = [_divided(text, m, g) for m in out]
    out = _merge_restatements(text, out, g)
    if g.plain_dollar:
        out = _national_dollar(text, out, g)
    if g.list_head is not None:
        out = _list_items(text, out, g)
    out = _from_to(text, out, g)
    out = _per_day(text, out, g)
    out = _compounds(text, out, g)
    if g.comparison is not None:
        out = [m for m in out if not _cross_sectional(text, m, g)]
    out = _scale_dropped(text, out, g)
    out = _elided_factor(text, out, g)
    if g.index_before is not None or g.index_after is not None:
        out = _growth_index(text, out, g)
    if g.header_rows.search(text):
        out = _header_rows(text, out, g, lower)
    if "(" in text:
        out = _bracket_list(text, out, g)
    out = _carry_units(text, out, g)
    if g.metric_units is not None:
        out = _metric_units(out, g)
    if g.decimal == ",":
        out = _spaced_decimal(text, out, lang)
        out = _dotted_decimal(out)
        # (tonnes or goods typed "418, 500 tonnes" in a text that never writes a decimal comma
        # before three digits: grouped thousands, as the English it was translated from)
        # (... and one that does writes them so with a stray space too: «Сербию – 782, 980 т» after
        # «Конго – 701,860 т» is 782.98 tonnes)
        return _spaced_group(text, out, physical_only=True, decimal=bool(_COMMA_THREE.search(text)))
    return _dotted_groups(_spaced_group(text, _decimal_comma_amounts(text, out)))


_CLAUSE_END = recache.compile(r"[.;:!?]\s|[;:!?]|$")

#: the whole part of a decimal typed with a space after its comma, right before the figure:
#: «на 202, 5 млрд евро» (one to three digits, not a year nor the end of a longer number)
_SPACED_WHOLE = recache.compile(r"(?<![\d.,])(\d{1,3}), $")


#: the digits a scaled figure starts with, before its scale word: "5 млрд", "025 milliards", "4Mds"
_SCALED_DIGITS = recache.compile(r"(\d{1,3})\s*[^\W\d]")
#: a month name or other capitalised word right before "N, ": "March 5, 300 tons" is a date
_CAPITAL_BEFORE = recache.compile(r"[A-Z][a-z]+\.?\s$")


def _spaced_decimal(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """A scaled figure of one to three digits right after "N, " is the decimal part of N, typed
    with a space after the decimal comma: «экспортировал на 202, 5 млрд евро» is 202.5 billion,
    not 5; « 292, 025 milliards de Francs CFA » 292.025 billion; « 12, 00 millions » 12
    million (its scale read off the surface with a one for the noughts)."""
    out: list[Mention] = []
    for m in mentions:
        d = _SCALED_DIGITS.match(m.surface) if m.unit not in ("", "percent", "pp") else None
        whole = _SPACED_WHOLE.search(text, max(0, m.start - 6), m.start) if d and d.group(1) != "0" else None
        if whole is not None:
            if int(d.group(1)):
                scale = m.value / int(d.group(1))
            else:  # "00": the value is nought, so the scale is that of "1 millions"
                one = find_mentions("1" + m.surface[d.end(1):], lang)
                scale = one[0].value if one and one[0].start == 0 else Decimal(0)
            if scale >= 1000:
                out.append(replace(m, start=whole.start(), surface=text[whole.start():m.end],
                                   value=scale * Decimal(whole.group(1) + "." + d.group(1))))
                continue
        out.append(m)
    return out


#: one dot group, then a scale: « 5.974 milliards de dollars », « 2.788 mds $ »
_ONE_DOT_GROUP = recache.compile(r"\D{0,6}?(\d{1,3})\.(\d{3})(?![\d,.])")


def _dotted_decimal(mentions: list[Mention]) -> list[Mention]:
    """In a language that writes decimals with a comma, an amount of one dot group and a
    billion's scale word is a decimal typed with a dot (as many outlets of the Maghreb type
    them): « 2.788 mds $ » of France's sales to Algeria is 2.788 billion, not 2,788 billion;
    read as grouped thousands it would be a trillion or more, of a pair's trade. « 12.500
    tonnes » and « 1.500 millions » keep their thousands, and so does « 8.425 milliards de yens »
    (Japan's monthly exports: $57 billion, a size in dollars that is no trillion)."""
    return _one_group_decimal(mentions, _ONE_DOT_GROUP, 10 ** 12, 10 ** 9, in_dollars=True)


def _one_group_decimal(mentions: list[Mention], group: re.Pattern[str], floor: int, min_scale: int,
                       in_dollars: bool = False) -> list[Mention]:
    """Amounts of one thousands group (`group`: its two halves) and a scale word of at least
    `min_scale` whose thousands reading comes to `floor` or more (in dollars too, with
    `in_dollars`), read as a decimal: a thousandth of that."""
    usd = lx.rough_usd() if in_dollars else {}
    out: list[Mention] = []
    for m in mentions:
        if m.unit not in ("", "percent", "pp") and abs(m.value) >= floor \
                and (not in_dollars or float(abs(m.value)) * usd.get(m.unit, 1.0) >= floor) \
                and (d := group.match(m.surface)) \
                and (whole := Decimal(d.group(1) + d.group(2))) >= 1000 and m.value / whole >= min_scale:
            out.append(replace(m, value=m.value / 1000))
            continue
        out.append(m)
    return out


#: a comma that cannot group thousands: "20,5%", "$585,76 million", "$1192,559 million"
_DECIMAL_COMMA = recache.compile(r"(?<![\d,.])(?:\d{4,},\d|\d{1,3},\d{1,2}(?![\d,]))")
#: one comma group, then a scale: "$888,913 million", "US$ 1,345 billion"
_ONE_GROUP_SCALED = recache.compile(r"\D{0,6}?(\d{1,3}),(\d{3})(?![\d,.])")


def _decimal_comma_amounts(text: str, mentions: list[Mention]) -> list[Mention]:
    """In a language that writes decimals with a dot, a text that elsewhere writes a comma no
    thousands mark could be ("growth of 20,5%", "$585,76 million") writes its decimals with a
    comma: a scaled amount of one comma group that would be a hundred billion or more read as
    thousands is the decimal one ("US$ 1,345 billion" in Argentina-Brazil trade is 1.345
    billion, "$888,913 million" of Pakistan's exports to Afghanistan 888.913 million). "5,188
    million Euro" and "1,060 billion euros" in texts with no such comma keep their thousands."""
    if "," not in text or not _DECIMAL_COMMA.search(text):
        return mentions
    return _one_group_decimal(mentions, _ONE_GROUP_SCALED, 10 ** 11, 10 ** 6)


#: a decimal comma before three digits: "701,860 т" (a text that writes one reads "782, 980 т" so too)
_COMMA_THREE = recache.compile(r"\d,\d{3}(?!\d)")


def _spaced_group(text: str, mentions: list[Mention], physical_only: bool = False,
                  decimal: bool = False) -> list[Mention]:
    """In a language that groups thousands with a comma, a figure of three digits and a unit,
    with no scale word, right after "N, " is N's last group typed with a space after the comma:
    "86, 288 tons" is 86,288 tons (not after a date's day: "March 5, 300 tons"); with
    `physical_only`, tonnes and goods counted one by one alone (a text in a decimal-comma
    language translated with the English grouping: « 418, 500 tonnes »)."""
    out: list[Mention] = []
    joined: list[tuple[int, int]] = []
    for m in mentions:
        if m.unit not in ("", "percent", "pp") and (not physical_only or m.unit in ("t", "units")) \
                and len(m.surface) > 4 and m.surface[:3].isdigit() \
                and m.surface[3] in " \u00a0" and m.value == int(m.surface[:3]):
            whole = _SPACED_WHOLE.search(text, max(0, m.start - 6), m.start)
            if whole is not None and not _CAPITAL_BEFORE.search(text, max(0, whole.start() - 12), whole.start()):
                value = int(whole.group(1)) + m.value / 1000 if decimal else int(whole.group(1)) * 1000 + m.value
                out.append(replace(m, start=whole.start(), surface=text[whole.start():m.end], value=value))
                joined.append((whole.start(), m.end))
                continue
        out.append(m)
    if not joined:
        return out
    # (the first group read alone before, "contre 345" of « contre 345, 000 tonnes », is part of it)
    return [x for x in out if not any(a <= x.start and x.end <= b and (x.start, x.end) != (a, b) for a, b in joined)]


#: a whole number grouped in thousands by dots, then a word: "194.400 tons", "1.250.000 tonnes"
_DOTTED_GROUPS = recache.compile(r"(\d{1,3}(?:\.\d{3})+)\s?[^\W\d]")


def _dotted_groups(mentions: list[Mention]) -> list[Mention]:
    """In a language that writes decimals with a dot, tonnes or goods counted with exactly three
    digits after each dot are grouped thousands, as many outlets type them: "194.400 tons" is
    194,400 tonnes (nobody weighs a cargo to the kilogram in tonnes); a scaled or priced figure
    ("1.776 billion", "$1.250") is left alone."""
    out: list[Mention] = []
    for m in mentions:
        if m.unit in ("t", "units") and (d := _DOTTED_GROUPS.match(m.surface)) and m.value == Decimal(d.group(1)):
            out.append(replace(m, value=Decimal(d.group(1).replace(".", ""))))
            continue
        out.append(m)
    return out


def _metric_units(mentions: list[Mention], g: Grammar) -> list[Mention]:
    """"MT" is a million tonnes after "7.17" but metric tonnes after "156,314": a text that writes
    one after a whole number grouped in thousands means metric tonnes by all of them (lexicon:
    metric_units)."""
    assert g.metric_units is not None
    hits = [m for m in mentions if m.unit == "t" and g.metric_units.search(m.surface)]
    if not any(g.metric_grouped.match(m.surface) for m in hits):
        return mentions
    fix = {id(m) for m in hits if g.metric_bare.match(m.surface)}
    return [replace(m, value=m.value / 1_000_000) if id(m) in fix else m for m in mentions]


def _cross_sectional(text: str, m: Mention, g: Grammar) -> bool:
    """A factor that compares with another party, not another period, is no change: "three
    times as much as Germany", "quatre fois le volume des échanges entre la Chine et le Kenya";
    "5.7 times as many as in the same period last year" and "trois fois celui de 2019" are changes."""
    if m.rule != "multiple.factor":
        return False  # "to double the volume of trade": the verb's object, no comparison
    c = g.comparison.match(text, m.end)
    if c is None:
        return False
    from tracker.periods import period_matches

    stop = _CLAUSE_END.search(text, c.end(), min(len(text), c.end() + 90))
    rest = text[c.end():stop.start() if stop else c.end() + 90]
    return not period_matches(rest, g.lang)


#: a bracketed percentage right after a level: «импорт — $12,7 млн (155%)»
_BRACKETED = recache.compile(r"\s*\($")


def _growth_index(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A percentage over 100 stated as a growth index is the rise above 100: «темп роста
    экспорта составил свыше 151%» (+51%), «экспорт — $37,4 млн (108,3% к уровню 2017-го),
    импорт — $12,7 млн (155%)» (+8.3%, and +55% for the bracket listed after it in the same
    way); lexicon growth_index."""
    out: list[Mention] = []
    last_index = -1  # where the sentence's last index ended
    for m in mentions:
        index = False
        if m.unit == "percent" and not m.explicit_sign and m.value > 100 and m.rule.startswith("percent"):
            index = bool(g.index_after is not None and g.index_after.match(text, m.end)
                         or g.index_before is not None and g.index_before.search(text, max(0, m.start - 80), m.start)
                         or last_index >= 0 and _BRACKETED.search(text, max(0, m.start - 3), m.start)
                         and not _SENT_END.search(text, last_index, m.start))
        if index:
            out.append(replace(m, value=m.value - 100, measure_hint="change", rule="percent.index"))
            last_index = m.end
        else:
            out.append(m)
    return out


def _elided_factor(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A factor with no verb of its own after a factor down in its sentence is down too: "l'offre
    d'hommes a diminué de 12 fois et celle de femmes de 5 fois"."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, p = out[i], out[i - 1]
        if m.rule == "multiple.factor" and p.rule == "multiple.factor" and p.value < 0 < m.value \
                and not _SENT_END.search(text, p.end, m.start) and g.by_before.search(text, max(0, m.start - 12), m.start):
            out[i] = replace(m, value=_round_change(Decimal(1) / (m.value / 100 + 1) - 1))
    return out


def names_its_money(m: Mention, lang: str) -> bool:
    """The figure says in words or by code which money it is in ("U.S. dollars", « dollars
    canadiens », "USD"), not with a plain word that several moneys share ("dollars")."""
    g = grammar(lang)
    if m.unit in m.surface:
        return True
    w = g.cur_word.search(m.surface)
    return w is not None and lx.fold(w.group(0)) not in g.plain_dollar


def _national_dollar(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A text that names one national dollar in words ("949 millions de dollars canadiens",
    "2.5 billion Canadian dollars") means it by the plain word afterwards ("2 milliards de
    dollars"); the $ sign is left alone."""
    national: set[str] = set()
    plain: list[int] = []
    for i, m in enumerate(mentions):
        if not _is_money(m.unit):
            continue
        w = g.cur_word.search(m.surface)
        if w is None:
            continue
        word = lx.fold(w.group(0))
        if word in g.plain_dollar:
            if national:
                plain.append(i)
        elif m.unit != "USD" and set(word.split()) & g.plain_dollar:
            national.add(m.unit)
        elif m.unit == "USD":
            return mentions  # US dollars named in words too: the plain word is ambiguous
    if len(national) != 1 or not plain:
        return mentions
    code = national.pop()
    out = list(mentions)
    for i in plain:
        out[i] = replace(out[i], unit=code, currency_inferred=True)
    return out


def _compounds(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A number written in two scaled parts is one figure: "44 billion 20 million dollars",
    "quatre milliards 510 millions de mètres cubes"."""
    out = list(mentions)
    todo = list(mentions)
    joins: set[int] = set()

    def join(m: Mention, at: int, value: Decimal, unit: str) -> Mention:
        """`m` extended back to `at`, its higher parts' number before it, in place of them."""
        nonlocal out
        out = [x for x in out if not (at <= x.start < m.start) and x is not m]
        joined = replace(m, start=at, surface=text[at:m.end], value=value, unit=unit, rule="number.words")
        out.append(joined)
        return joined

    while todo:
        m = todo.pop(0)
        # (a sum already joined may have a higher part still before it: "4 миллиардов 637
        # миллионов 832 тысяч долларов"; only in units counted one by one, where the parts add)
        chained = id(m) in joins and m.unit not in ("m3", "bcm")
        if m.unit in ("percent", "pp", "") or m.value_high is not None or m.rule not in (
                "money.scaled", "quantity.physical") and not chained:
            continue
        head = g.first_number.match(m.surface)
        last = parse_number(head.group(0), g.lang) if head else None
        s2 = g.scale.match(text, m.start + head.end()) if head else None
        if not last or last >= 1000 or s2 is None and (chained or last != int(last)):
            continue
        b = g.compound_head.search(text, max(0, m.start - 40), m.start)
        big = g.scales.get(lx.fold(b.group("s"))) if b else None
        if b is None or big is None:
            continue
        n1 = parse_number(b.group("n"), g.lang) if b.group("n")[0].isdigit() else words_to_number(b.group("n"), g.words_lang)
        if n1 is None:
            continue
        if s2 is None:
            # « 67 тысяч 400 легковых автомобилей »: thousands, then the units below them
            if big != 1000 or n1 != int(n1) or m.rule != "quantity.physical":
                continue
            join(m, b.start("n"), m.value * (n1 * big + last) / last, m.unit)
            continue
        small = g.scales[lx.fold(s2.group(1))]
        if chained:
            if big < small * 1000:
                continue
            value = m.value + n1 * big
        elif big == 1000 and small >= Decimal("1e6") and n1 < 1000 and n1 == int(n1):
            value = m.value * (n1 * big + last) / last  # "4 thousand 125 million dollars" (Spanish "4 mil 125 millones")
        elif big <= small * 1000 - 1:
            continue
        else:
            value = m.value * (n1 * big / small + last) / last
        unit = m.unit
        if unit in ("m3", "bcm"):
            value, unit = to_contract(value if unit == "m3" else value * Decimal("1e9"), "m3")
        joined = join(m, b.start("n"), value, unit)
        todo.append(joined)
        joins.add(id(joined))
    out.sort(key=lambda x: x.start)
    return _compound_tails(text, out, g)


def _compound_tails(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A sum written after its currency mark: "$1 billion 546 million", «$1 миллиарда 546
    миллионов», «$1 млрд 642,596 млн», or with no unit of its own («979 миллионов 974 тысячи»).
    The plain scaled number right after a scaled amount is its lower part."""
    out: list[Mention] = []
    for m in mentions:
        a = out[-1] if out else None
        # (the lower part may have taken the currency over from the upper: "$1 млрд 642,596 млн")
        lower = m.rule == "number.bare" and not m.unit or a is not None and m.rule == "money.carried" and m.unit == a.unit
        if a is None or not lower or a.rule not in ("money.scaled", "number.bare") or a.value_high is not None \
                or a.rule == "number.bare" and a.unit \
                or not text[a.end:m.start].isspace() or "\n" in text[a.end:m.start]:
            out.append(m)
            continue
        ha, hm = g.first_number.search(a.surface), g.first_number.match(m.surface)
        sa = g.scale.match(a.surface, ha.end()) if ha else None
        sm = g.scale.match(m.surface, hm.end()) if hm else None
        last = parse_number(hm.group(0), g.lang) if hm else None
        first = parse_number(ha.group(0), g.lang) if ha else None
        if sa is None or sm is None or sa.end() != len(a.surface) or sm.end() != len(m.surface) \
                or first is None or first != int(first) or last is None or not 0 < last < 1000:
            out.append(m)
            continue
        big, small = g.scales.get(lx.fold(sa.group(1))), g.scales.get(lx.fold(sm.group(1)))
        if big is None or small is None or big < small * 1000:
            out.append(m)
            continue
        # (a bare scaled number keeps its rule: the unit it carries is read later, « из которых
        # 979 миллионов 974 тысячи составил экспорт »)
        out[-1] = replace(a, surface=text[a.start:m.end], end=m.end, value=a.value + last * small,
                          rule="number.words" if a.rule == "money.scaled" else a.rule)
    return out


def _scale_dropped(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A decimal amount after a currency sign, with no scale, after scaled amounts in that
    currency: the source dropped the scale ("grew 52% to $10.28 after ..." where the
    sentence before gave "$19.49 billion")."""
    out: list[Mention] = []
    prev: Mention | None = None
    for m in mentions:
        if m.rule == "money.plain" and prev is not None and prev.unit == m.unit and m.value < 1000 \
                and g.decimal_mark.search(m.surface) and not m.surface[:1].isdigit() \
                and len(_SENT_END.findall(text, prev.end, m.start)) <= CARRY_SENTENCES:
            lead = _leading_number(prev, g)
            if lead:
                m = replace(m, value=m.value * (prev.value / lead), rule="money.carried")
        out.append(m)
        if m.rule == "money.scaled":
            prev = m
    return out


def _header_rows(text: str, mentions: list[Mention], g: Grammar, lower: str | None = None) -> list[Mention]:
    """Rows of a list under a header that gives their unit: "Exports, in millions of dollars:"
    then "- 2015: 54 494." lines; each row's number takes the header's scale and unit."""
    out = list(mentions)
    for h in g.folded["unit_header"].finditer(text, lower):
        if _DIGIT.search(text, max(0, h.start() - 3), h.start()):
            continue  # "5 in billion dollars" is no header
        tail = _read_tail(text, h.end(), g, lower)
        if tail.kind not in ("money", "physical") or tail.scale == 1:
            continue
        nl = text.find("\n", tail.end)
        pos = nl + 1 if nl >= 0 else len(text)
        while True:
            r = g.header_rows.match(text, pos)
            if r is None:
                break
            v = parse_number(r.group("n"), g.lang)
            if v is not None and not any(x.start <= r.start("n") < x.end for x in out):
                value, unit = v * tail.scale, tail.unit
                if tail.kind == "physical":
                    value, unit = to_contract(value, unit)
                out.append(Mention(start=r.start("n"), end=r.end("n"), surface=r.group("n"), value=value, unit=unit,
                                   measure_hint="level", rule="number.listed"))
            nl = text.find("\n", r.end())
            if nl < 0:
                break
            pos = nl + 1
    out.sort(key=lambda x: x.start)
    return out


_YEAR = recache.compile(r"(?:19|20)\d{2}")


def _from_to(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """The first level of "from X to Y unit" is a level of its own in Y's unit and scale:
    "fell from 5.1 to 2.5 million tonnes", "passé de 11 à 11,7 milliards de dollars",
    "from $5.1 to $6.2 billion", "rose from 15 to 20 percent" (a change between two levels,
    not a range)."""
    out = list(mentions)
    for m in mentions:
        if m.unit in ("pp", "") or m.value_high is not None \
                or not m.rule.startswith(("money", "quantity", "percent", "number.words", "number.lost_decimal")):
            continue
        r = g.range_from.search(text, max(0, m.start - 40), m.start)
        versus = r is None and g.range_versus is not None
        if versus:
            # "15,5 против 11 процентов": two figures set against each other, in the second's
            # unit (the first no level the second moved from)
            r = g.range_versus.search(text, max(0, m.start - 40), m.start)
        if r is None or _YEAR.fullmatch(r.group("low")) \
                or g.from_is_by is not None and g.from_is_by.search(text, max(0, r.start() - 30), r.start()):
            continue
        low, last = parse_number(r.group("low"), g.lang), _leading_number(m, g)
        if low is None or not last:
            continue
        at, end = r.start("low"), r.end("low")
        taken = [x for x in out if x.start <= at < x.end]
        if taken and not (len(taken) == 1 and taken[0].unit in (m.unit, "") and taken[0].value == low
                          and taken[0].end <= m.start):
            continue  # already a figure of its own ("from $29 billion to $28 billion")
        for x in taken:  # "$5.1" read without the scale it shares with "$6.2 billion"
            out.remove(x)
            at = min(at, x.start)
        out.append(replace(m, start=at, end=end, surface=text[at:end], value=low * (m.value / last),
                           explicit_sign=False, sign=1, alt="", move_start=not versus,
                           rule="percent.from" if m.unit == "percent" and not versus else "number.listed"))
    out.sort(key=lambda x: x.start)
    return out


def _per_day(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """Barrels with their day further on, or just before, are a daily flow: "1.75 million barrels
    of Russian crude per day", "1,62 million de barils de pétrole russe par jour", "a daily
    average of 10 million barrels"; and barrels listed
    after a daily flow in its sentence are daily too ("928 000 barils par jour, et ...
    607 500 barils")."""
    if g.per_day is None:
        return mentions
    out: list[Mention] = []
    prev: Mention | None = None
    for m in mentions:
        if m.unit == "bbl":
            d = g.per_day.search(text, m.end, min(len(text), m.end + 45))
            a = max(0, m.start - 35)
            before = [x for x in g.per_day.finditer(text, a, m.start)]
            if d is not None and not _CLAUSE_STOP.search(text, m.end, d.start()):
                m = replace(m, unit="bbl/d")
            elif before and not _CLAUSE_STOP.search(text, before[-1].end(), m.start):
                m = replace(m, unit="bbl/d")  # "une moyenne quotidienne de 10 millions de barils"
            elif prev is not None and prev.unit == "bbl/d" and not _SENT_END.search(text, prev.end, m.start):
                m = replace(m, unit="bbl/d")
            elif prev is not None and prev.unit == "bbl/d" and _daily_size(m, prev) \
                    and len(_SENT_END.findall(text, prev.end, m.start)) == 1:
                # "... до 1,3 миллиона барр. в сутки. При этом среднегодовой показатель равняется
                # 1,8 миллиона барр.": barrels of a daily flow's size right after it are daily too
                # (a month's or a year's total is some thirty or 365 times larger)
                m = replace(m, unit="bbl/d")
        out.append(m)
        if m.unit not in ("percent", "pp"):
            prev = m
    # barrels listed before a daily flow of their size in the sentence: "с 907 до 730 тысяч
    # баррелей, саудовской — с 700 до 526 тысяч баррелей в сутки"
    nxt: Mention | None = None
    for k in range(len(out) - 1, -1, -1):
        m = out[k]
        if m.unit == "bbl" and nxt is not None and nxt.unit == "bbl/d" and _daily_size(m, nxt) \
                and not _SENT_END.search(text, m.end, nxt.start):
            m = out[k] = replace(m, unit="bbl/d")
        if m.unit not in ("percent", "pp"):
            nxt = m
    return out


def _daily_size(m: Mention, daily: Mention) -> bool:
    """`m` is within a factor of three of the daily flow `daily`: of the same kind, not a total."""
    return daily.value > 0 and m.value > 0 and Decimal(1) / 3 <= m.value / daily.value <= 3


def _divided(text: str, m: Mention, g: Grammar) -> Mention:
    """A factor after a fall word ("сократился в 5,9 раза", "снизились вдвое") or before a
    "less" ("в 2 раза меньше") divides: 5.9 times less is (1/5.9 - 1) = -83.05 %."""
    if not (m.rule.startswith("multiple") and m.unit == "percent" and m.value > 0 and m.value_high is None):
        return m
    assert g.factor_down is not None
    before = g.factor_down.search(text[max(0, m.start - 40):m.start])
    after = g.factor_down_after.match(text, m.end) if g.factor_down_after is not None else None
    if before is None and after is None:
        return m
    factor = m.value / 100 + 1
    return replace(m, value=((1 / factor - 1) * 100).quantize(Decimal("0.01")))


def _list_items(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """Plain numbers listed before a figure take its unit and scale: "10.4, 15.5 and 22.7 bcm",
    "10,4, 15,5 et 22,7 milliards de m3", "5, 7 and 9%"."""
    assert g.list_head is not None
    out = list(mentions)
    prev_end = 0
    for m in mentions:
        lm = g.list_head.search(text, max(prev_end, m.start - 80), m.start)
        prev_end = m.end
        if lm is None or m.rule.startswith(("range", "number", "multiple", "fraction")) or m.value_high is not None:
            continue
        last = _leading_number(m, g)
        if not last:
            continue
        items = [(x, parse_number(x.group(0), g.lang)) for x in g.list_item.finditer(lm.group("items"))]
        if any(v is None or re.fullmatch(r"(?:19|20)\d{2}", x.group(0)) for x, v in items):
            continue  # "in 2021, 2022 and 2023 ...": years, no list of figures
        factor = m.value / last
        for x, v in items:
            at = lm.start("items") + x.start()
            out.append(replace(m, start=at, end=at + len(x.group(0)), surface=x.group(0), value=v * factor,
                               value_high=None, explicit_sign=False, rule="number.listed"))
    out.sort(key=lambda x: x.start)
    return out


#: a plain number alone in brackets right after a name: "le Canada (12'288)", «Турция (5)»
_BRACKET_NUMBER = recache.compile(r"(?<=[^\W\d_])\s?\(\s*(\d[\d'\u2019 \u00a0\u202f.,]*\d|\d)\s*\)")
#: the name a bracketed row's number follows: a capitalised word, and up to three more
_CAPITALISED_END = recache.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*(?:[\s'\u2019-][^\W\d_]+){0,3}\s?$")


@lru_cache(maxsize=None)
def _bracket_row_gap(lang: str) -> re.Pattern[str]:
    """What may stand between two rows of a bracketed list: the last row's closing bracket,
    words, and a list separator (a comma, a semicolon, a line break, the lexicon's `list_and`)."""
    words = lx.load(lang).get("list_and") or []
    sep = r"(?:[,;\n]" + (r"|\s" + lx.alternation(words) + r"\s" if words else "") + r")"
    return recache.compile(r"\)?[^.;:!?()\d]*?" + sep + r"[^.:!?()\d]*", re.I)


def _bracket_list(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A plain number alone in brackets after a name, in a list whose first row wrote its unit,
    takes that row's unit and scale: "avec 34'129 tonnes, suivie par le Canada (12'288), le
    Royaume-Uni (12'189)", «Китай ($7,6 млрд), Турция (5), Казахстан (3,3)» (rule
    number.bracketed). A year ("(2019)") is no row."""
    out = list(mentions)
    for b in _BRACKET_NUMBER.finditer(text):
        at, end = b.start(1), b.end(1)
        if any(m.start <= at < m.end for m in mentions):
            continue
        raw = b.group(1)
        v = parse_number(raw, g.lang)
        if v is None or _YEAR.fullmatch(raw):
            continue
        # the row before: the last figure with a unit, a level, before this bracket in its sentence
        prev = next((m for m in reversed(out) if m.end <= b.start() and m.unit not in ("", "percent", "pp")
                     and m.measure_hint != "change" and m.value_high is None), None)
        if prev is None or _SENT_END.search(text, prev.end, b.start()) or b.start() - prev.end > 120 \
                or any(prev.end <= m.start < b.start() for m in out):
            continue  # (another figure between: only the rows of one list, "(12'288), le Royaume-Uni (12'189)")
        gap = text[prev.end:b.start()]
        if not _CAPITALISED_END.search(gap) or not _bracket_row_gap(g.lang).fullmatch(gap):
            continue
        m = Mention(start=at, end=end, surface=raw, value=v, unit="")
        if prev.rule == "number.bracketed":  # the row before carried its scale already: the same
            back = parse_number(prev.surface, g.lang)
            row = replace(prev, start=at, end=end, surface=raw, value=v * (prev.value / back) if back else v)
        else:
            row = replace(_carried(m, prev, g), rule="number.bracketed")
        out.append(row)
        out.sort(key=lambda x: x.start)
    return out


def _leading_number(m: Mention, g: Grammar) -> Decimal | None:
    """The number a figure is written with, before its scale ("22.7" of "$22.7 billion"): the
    figure's value over it is its scale."""
    head = g.first_number.search(m.surface)
    return parse_number(head.group(0), g.lang) if head else None


_WORD_SPACE = recache.compile(r"\w\s\Z")


def _like_size(value: Decimal, level: Mention, g: Grammar) -> bool:
    """`value` within a factor of ten of the level's value or of the number it is written with
    ("up from 114,763" after "122,825 MT", whose MT is read as metric tonnes only later)."""
    return any(ref and Decimal("0.1") <= value / ref <= 10 for ref in (level.value, _leading_number(level, g)))


def _count_not_year(raw: str, value: Decimal) -> bool:
    """A whole number of three digits or more that is no year ("142", "114,763"; not "2021")."""
    return value >= 100 and value == value.to_integral_value() and not (
        raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100)


def _numeric(text: str, m: re.Match[str], g: Grammar, lower: str | None = None) -> Mention | None:
    raw = m.group("num")
    value = parse_number(raw, g.lang)
    if value is None:
        return None
    tail = _read_tail(text, m.end(), g, lower)
    start = m.start()
    sign_txt = (m.group("sign") or "").strip()
    lost = None
    if g.lost_decimal and len(raw) <= 2 and raw.isdigit() and not sign_txt and tail.scale != 1:
        # "22 7 milliards de m3", "22 73 milliards": a source that lost its decimal comma (22,7; 22,73)
        lost = _LOST_DECIMAL.search(text[max(0, start - 5):start])
        if lost:
            value = parse_number(f"{lost.group(1)}{g.decimal}{raw}", g.lang) or value
            start -= len(lost.group(0))
    unit, kind, measure = tail.unit, tail.kind, tail.measure
    if sign_txt == "-" and g.dash_separator and (
            m.group("sign") != "-" and text[max(0, m.start() - 8):m.start()].rstrip()[-1:] != "("
            or kind == "physical" and _WORD_SPACE.search(text, max(0, m.start() - 2), m.start())):
        # «в 2017 г. - 306,9 тыс. тонн», «на авиакеросин -22,7 тыс. т»: a dash typed as a hyphen
        # between a word and its figure, not a minus (a spaced one, or glued to a quantity)
        sign_txt = ""
        start = m.start("num")
    # (a glued scale letter counts as a scale for a mark that is money only before one: "Shs965b")
    glued_scale = tail.scale == 1 and bool(g.symbol_scales) and bool(sl := _SYMBOL_SCALE.match(text, m.end())) \
        and sl.group(1).lower() in g.symbol_scales
    left = _left_symbol(text, start if not sign_txt else m.start("num"), g, tail.scale != 1 or glued_scale)
    if left is None and tail.kind in ("bare", "money", "counted"):
        # "$230-240 billion": the symbol stands before the range's low end
        rm = _SYMBOL_RANGE_LOW.search(text[max(0, start - 16):start])
        if rm:
            left = (start, g.symbols.get(rm.group(1), "USD"))
    tail_end = tail.end
    if left and kind in ("bare", "physical") and tail.scale == 1 and g.symbol_scales:
        # "£5m", "($5.15b)", "$3.05T": after a currency sign a glued scale letter is a scale
        # (trillions, not tonnes; millions, not metres)
        sm = _SYMBOL_SCALE.match(text, m.end())
        sm_scale = g.symbol_scales.get(sm.group(1).lower()) if sm else None
        if sm and sm_scale is not None:
            tail = _Tail(sm.end(), sm_scale, "", "level", "bare")
            tail_end = tail.end
            kind, unit, measure = "bare", "", "level"
    if left and kind == "physical" and unit == "units" and tail.scale_end > m.end():
        kind = "counted"  # "£8bn cars": an amount of money in cars, the goods named after it
        tail_end = tail.scale_end
    if left and kind in ("bare", "money", "counted"):
        sym_start, code = left
        if kind in ("bare", "counted") or code == unit:  # "$18.65 billion of Russian goods"
            unit, kind = code, "money"
            start = min(start, sym_start)
            if not sign_txt and (ls := _SIGN_BEFORE_SYMBOL.search(text, max(0, sym_start - 3), sym_start)) is not None:
                # "(+EUR 384 million)", "(- EUR 13 billion)", « (-Rs 160 millions) »: a sign before the
                # currency is the amount's, a change
                sign_txt = "-" if ls.group(1) in "-\u2212\u2013" else "+"
                start = ls.start(1)
    if kind == "bare" and tail.scale == 1 and g.factor_signs and not sign_txt:
        # "×2,32 sur un an", "x3,2", "2,2x": a factor written with a multiplication sign glued to it
        if start > 0 and text[start - 1] in g.factor_signs and not text[start - 2:start - 1].isalnum():
            kind, unit, measure = "factor", "percent", "change"
            start -= 1
        elif m.end() < len(text) and text[m.end()] in g.factor_signs and not text[m.end() + 1:m.end() + 2].isalnum():
            kind, unit, measure = "factor", "percent", "change"
            tail_end = m.end() + 1
            tail = replace(tail, end=tail_end)
    if kind == "bare":
        a = max(0, m.start() - 40)
        if g.folded["times_before"].search(text[a:m.start()], lower[a:m.start()] if lower is not None else None) \
                or g.folded["divided_before"].search(text[a:m.start()], lower[a:m.start()] if lower is not None else None):
            kind, unit, measure = "factor", "percent", "change"
    if tail.end == m.end() and _RANGE_HIGH_NEXT.match(text[m.end():m.end() + 6]):
        return None  # the low end of a range "$230-240 billion": read with the high end
    # "1er", "2e", "20th": a number glued to letters that made no scale or unit
    if tail.end == m.end() and m.end() < len(text) and (text[m.end()].isalpha()):
        return None
    raw_value = value
    value = value * tail.scale
    rule = "money.scaled" if kind == "money" and tail.scale != 1 else _RULES[kind]
    if lost and kind != "bare":
        rule = "number.lost_decimal"
    if kind == "factor":
        value = _factor_change(value, text, start, g, lower)
    elif kind == "physical":
        if unit == "units" and tail.scale == 1 and value < 100:
            return None  # "3 voitures" is not a trade figure
        value, unit = to_contract(value, unit)
    elif kind == "bare" and tail.scale == 1 and g.decimal in raw and g.basis_after is not None \
            and g.folded["basis_after"].match(text, lower, tail.end):
        kind, unit, measure, rule = "percent", "percent", "change", "percent.sign"  # "Imports fell 1.6 on-year"
    elif kind == "bare" and tail.scale == 1 and (g.decimal in raw or _count_not_year(raw, value)) and g.contrast_before is not None \
            and g.folded["contrast_before"].search(text[max(0, start - 30):start],
                                                   lower[max(0, start - 30):start] if lower is not None else None):
        # "59,9 % du total, contre 57,2 en 2023", "112 appareils en 2022 contre 142 en 2021": the unit
        # before it, in _carry_units
        measure = "contrast"
    elif kind == "bare" and tail.scale == 1 and _count_not_year(raw, value) and g.listed_count is not None \
            and g.listed_count.search(text, max(0, start - 30), start):
        measure = "contrast"  # "followed by India with 300,000": the unit of the level before, as above
    elif kind == "counted" or kind == "bare" and tail.scale == 1 and not (
            g.decimal in raw and _after_period(text, start, g.lang)):
        return None  # a plain number is no figure, unless a decimal listed after a period ("en 2022, 15,4 ;")
    sign = -1 if sign_txt in ("-",) else 1
    vhigh = None
    # ranges: "entre 180 et 200 milliards", "175-180 bcm"
    a = max(0, start - 60)
    before = text[a:start]
    r = g.folded["range_between"].search(before, lower[a:start] if lower is not None else None)
    if r and kind != "bare":
        low = parse_number(r.group("low"), g.lang)
        if low is not None:
            low = _shared_thousands(low, raw, raw_value)
            vhigh, value = value, _low_end(low, tail, kind)
            start = start - (len(before) - r.start("low"))
            rule = "range.between"
    elif kind in ("percent", "physical", "money") and not sign_txt and g.range_to is not None \
            and (rt := g.range_to.search(before)) is not None \
            and not (g.range_from_word is not None and g.range_from_word.search(before, 0, rt.start("low"))) \
            and not (_YEAR.fullmatch(rt.group("low")) and _LETTER_BEFORE.search(before, 0, rt.start("low"))) \
            and (kind == "percent" or rt.group("pct") is None):
        # "7 to 10 percent", "20 to 25 million tonnes": the low end, the high end's unit ("from 5 to
        # 10 percent" is a move between two levels: range_from; a year after a word is no low end:
        # "en 2023 à 3909,1 milliards FCFA en 2024", « durant le premier trimestre 2020 à 6.456.931 dollars »)
        low = parse_number(rt.group("low"), g.lang)
        if low is not None and low < raw_value:
            low = _shared_thousands(low, raw, raw_value)
            vhigh, value = value, _low_end(low, tail, kind)
            start = start - (len(before) - rt.start("low"))
            rule = "range.to"
    elif kind != "bare" and not sign_txt:
        dm = _DASH_LOW.search(before)
        if dm and not _YEAR_DASH.search(before):
            low = parse_number(dm.group(1), g.lang)
            if low is not None and low < raw_value:
                vhigh, value = value, _low_end(low, tail, kind, factor=True)
                start = start - (len(before) - dm.start(0))
                rule = "range.dash"
    approx = _approx(text, start, g, lower)
    return Mention(
        start=start, end=tail_end, surface=text[start:tail_end], value=value, unit=unit,
        measure_hint=measure if kind not in ("bare",) or measure == "contrast" else "", value_high=vhigh, approx=approx,
        sign=sign, explicit_sign=bool(sign_txt), rule=rule,
    )


#: a numeral restated in a bracket after number words, right before the scale word
_RESTATED_NUMERAL = recache.compile(r"\s*\(\s*(\d{1,4})\s*\)\s*$")


def _word_numbers(text: str, g: Grammar, numeric: list[Mention], lower: str | None = None) -> list[Mention]:
    """Numbers in words before a scale word: "deux cents milliards de dollars"."""
    out: list[Mention] = []
    # is a position inside a numeric figure? the starts in order, and the furthest end reached
    # by any figure starting at or before each (a look-up, not a scan of every figure)
    taken = sorted((x.start, x.end) for x in numeric)
    starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))
    for m in g.folded["word_scale"].finditer(text, lower):
        k = bisect.bisect_right(starts, m.start())
        if k and reach[k - 1] > m.start():
            continue
        before = text[max(0, m.start() - 60):m.start()]
        # « six (6) milliards », « un (1) milliard »: the numeral restated in a bracket
        origin = m.start() - len(before)
        restated = _RESTATED_NUMERAL.search(before)
        if restated is not None:
            before = before[:restated.start()] + " "
        wm = _WORDS_BEFORE.search(before)
        if not wm:
            continue
        words = wm.group(1).split()
        base = origin + len(before) - len(wm.group(1))
        for i in range(len(words)):
            cand = " ".join(words[i:])
            scale_word = g.scale_words.get(lx.fold(cand))
            val = scale_word or words_to_number(cand, g.words_lang)
            if val is None or restated is not None and val != int(restated.group(1)):
                continue
            start = base + wm.group(1).index(words[i]) if i else base + len(wm.group(1)) - len(wm.group(1).lstrip())
            tail = _read_tail(text, m.start() - (1 if text[m.start() - 1] == " " else 0), g, lower)
            if tail.kind in ("bare", "percent", "pp", "factor") \
                    or scale_word is not None and tail.kind not in ("money", "physical"):
                break  # ("a million people": no amount)
            unit = tail.unit
            value = val * tail.scale
            if tail.kind == "physical":
                value, unit = to_contract(value, unit)
            out.append(Mention(start=start, end=tail.end, surface=text[start:tail.end], value=value,
                               unit=unit, measure_hint="level", approx=_approx(text, start, g, lower),
                               rule="number.words"))
            break
    return out


def _percent_words(text: str, g: Grammar, numeric: list[Mention], lower: str | None = None) -> list[Mention]:
    """Percentages in words: "from four per cent to two per cent", "douze pour cent"."""
    out: list[Mention] = []
    for m in g.folded["percent_word"].finditer(text, lower):
        if any(x.start <= m.start() < x.end for x in numeric):
            continue
        wm = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not wm:
            continue
        words = [w for w in _WORD.finditer(wm.group(1))]
        for i in range(len(words)):
            val = words_to_number(wm.group(1)[words[i].start():], g.words_lang)
            if val is None:
                continue
            start = wm.start(1) + words[i].start()
            out.append(Mention(start=start, end=m.end(), surface=text[start:m.end()], value=val, unit="percent",
                               measure_hint="change", approx=_approx(text, start, g, lower), rule="percent.sign"))
            break
    return out


def _multiples(text: str, g: Grammar, lower: str | None = None) -> list[Mention]:
    out: list[Mention] = []
    for m in g.folded["multiple_verb"].finditer(text, lower):
        folded = lx.fold(m.group(0))
        factor = g.multiple_verbs.get(folded)
        if not factor or text.startswith("-", m.end()):  # "double-digit", "triple-A": an adjective
            continue
        approx = "more_than" if g.more_than_double.search(text, max(0, m.start() - 20), m.end()) \
            else _approx(text, m.start(), g, lower)
        # a hedge the lexicon's phrase holds ("almost double"): the phrase's own approx
        approx = next((k for h, k in g.approx_map.items() if f" {h} " in f" {folded} "), approx)
        if factor > 1:  # "fell fivefold": down to a fifth
            factor = _factor_change(factor, text, m.start(), g, lower) / 100 + 1
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), value=((factor - 1) * 100).normalize(),
                           unit="percent", measure_hint="change", approx=approx, rule="multiple.verb"))
    # "multiplié par plus de cinq", "multiplied by ten"
    for m in g.folded["by_words"].finditer(text, lower):
        val = g.counts.get(lx.fold(m.group(2))) or words_to_number(m.group(2), g.words_lang)
        if val is None or val < 2:
            continue
        approx = g.approx_map.get(lx.fold(m.group(1)), "exact") if m.group(1) else "exact"
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), value=Decimal((int(val) - 1) * 100),
                           unit="percent", measure_hint="change", approx=approx, rule="multiple.factor"))
    # "divisés par huit", "divided by ten": down to an eighth, a tenth
    for m in g.folded["divided_words"].finditer(text, lower):
        val = g.counts.get(lx.fold(m.group(2))) or words_to_number(m.group(2), g.words_lang)
        if val is None or val < 2 or g.multiple_verbs.get(lx.fold(m.group(0))):
            continue
        approx = g.approx_map.get(lx.fold(m.group(1)), "exact") if m.group(1) else "exact"
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(0),
                           value=_round_change(Decimal(1) / Decimal(val) - 1),
                           unit="percent", measure_hint="change", approx=approx, rule="multiple.factor"))
    # number words before "times"/"fois": "eight times", "trois fois"
    for m in g.folded["times"].finditer(text, lower):
        before = text[max(0, m.start() - 20):m.start()]
        wm = _WORD_BEFORE.search(before)
        if not wm or m.group(0).startswith("-"):
            continue
        val = g.counts.get(lx.fold(wm.group(1))) or words_to_number(wm.group(1), g.words_lang)
        if val is None or val < 2:
            continue
        start = m.start() - (len(before) - wm.start(1))
        out.append(Mention(start=start, end=m.end(), surface=text[start:m.end()],
                           value=_factor_change(Decimal(int(val)), text, start, g, lower),
                           unit="percent", measure_hint="change", approx=_approx(text, start, g, lower),
                           rule="multiple.factor"))
    return out


def _round_change(x: Decimal) -> Decimal:
    return (x * 100).quantize(Decimal("0.01")).normalize()


def _factor_change(factor: Decimal, text: str, start: int, g: Grammar, lower: str | None = None) -> Decimal:
    """A factor as a percent change: up N times is (N - 1) x 100; after a decline word or
    "divided by" ("a diminué de 12 fois", "divisé par 3", "fell fivefold") it is down to
    1/N, (1/N - 1) x 100."""
    a = max(0, start - 40)
    low = lower[a:start] if lower is not None else None
    if factor > 1 and (g.folded["down_before"].search(text[a:start], low)
                       or g.folded["divided_before"].search(text[a:start], low)):
        return _round_change(Decimal(1) / factor - 1)
    return (factor - 1) * 100


def _fractions(text: str, g: Grammar, lower: str | None = None) -> list[Mention]:
    out: list[Mention] = []
    for m in g.folded["fraction"].finditer(text, lower):
        v = g.fractions.get(lx.fold(m.group(0)))
        if v is None:
            continue
        if "/" in m.group(0) and (text[m.end():m.end() + 1] in ("/", ".", ",") and text[m.end() + 1:m.end() + 2].isdigit()
                                  or text[max(0, m.start() - 1):m.start()] in ("/", ".", ",")):
            continue  # a date or a score ("2/3/2024", "12.1/2"), not a fraction
        of_next = g.fraction_of is not None and g.fraction_of.match(text, m.end())
        if g.fraction_not_after is not None and g.fraction_not_after.search(text[max(0, m.start() - 14):m.start()]):
            continue  # "the first half of 2025", "the previous half of 2021": a period, even after "double"
        if g.fraction_change is not None and g.fraction_change.search(text[max(0, m.start() - 40):m.start()]) \
                or g.fraction_change_before is not None and g.fraction_change_before.search(text[max(0, m.start() - 12):m.start()]) \
                or not of_next and g.fraction_change_far is not None \
                and g.fraction_change_far.search(text[max(0, m.start() - 110):m.start()]):
            # "increased by a third", "ont baissé d'un tiers": a change of that fraction
            out.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), value=Decimal(str(v)),
                               unit="percent", measure_hint="change", approx=_approx(text, m.start(), g, lower),
                               rule="fraction.change"))
            continue
        if g.fraction_of is not None and not of_next:
            continue  # "a third route": not a share
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), value=Decimal(str(v)),
                           unit="percent", measure_hint="share", approx=_approx(text, m.start(), g, lower),
                           rule="fraction.share"))
    return out


_TWO_WORDS_BEFORE = recache.compile(r"(?<![\w'])([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


def _ratios(text: str, g: Grammar, lower: str | None = None) -> list[Mention]:
    """Counts out of a whole as shares: "one in five EV imports" (20%), "six jouets sur dix"
    (60%); the numerator in words, a noun allowed between, the whole a small count word."""
    assert g.ratio is not None
    out: list[Mention] = []
    for m in g.folded["ratio"].finditer(text, lower):
        d = g.counts.get(lx.fold(m.group(1)))
        if not d or g.ratio_not_before is not None and g.ratio_not_before.match(text, m.end()):
            continue  # "un accord sur deux ans"
        wm = _TWO_WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not wm:
            continue
        at, n = wm.start(1), words_to_number(wm.group(1), g.words_lang)
        if wm.group(2) and words_to_number(wm.group(2), g.words_lang) is not None:
            at, n = wm.start(2), words_to_number(wm.group(2), g.words_lang)
        if n is None or not 0 < n < d:
            continue
        out.append(Mention(start=at, end=m.end(), surface=text[at:m.end()], value=_round_change(n / Decimal(d)),
                           unit="percent", measure_hint="share", approx=_approx(text, at, g, lower),
                           rule="fraction.ratio"))
    return out


_SENT_END = recache.compile(r"[.!?]\s|\n")
_WORD = recache.compile(r"[^\W\d_]+")
#: the first part of a number in two scaled parts, before the second: "44 billion " (20 million)
_CLAUSE_STOP = recache.compile(r"[.;:!?()\d]")


#: How far back (in sentences) a scaled number with no unit looks for the unit it carries.
CARRY_SENTENCES = 2


def _carry_units(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A scaled number with no unit takes the unit of the last level figure before it, in
    its sentence or the two before ("117 milliards d'euros ... et 95 milliards"; currency
    or unit elided in the next sentence); without one it is not a figure."""
    out: list[Mention] = []
    prev: Mention | None = None
    money: Mention | None = None  # the text's first amount of money
    mixed = False  # an amount in another unit came since: no one currency to carry
    for i, m in enumerate(mentions):
        contrast = m.rule == "number.bare" and m.measure_hint == "contrast"
        whole = contrast and m.value == m.value.to_integral_value() and g.decimal not in m.surface
        if contrast and not whole and i and mentions[i - 1].rule == "percent.sign" \
                and not _SENT_END.search(text, mentions[i - 1].end, m.start):
            out.append(replace(m, unit="percent", measure_hint="", rule="percent.carried"))
            continue
        if whole and _joined_level_after(text, mentions, i, g) is None:
            # a whole number after a comparison word ("up from 114,763 in 2014", « contre 142 en 2021 »)
            # takes the unit of the level before it in its sentence, of a like size; else no figure
            # (one joined to the level after it, "more than 430 and 469 million dollars", is that one's)
            if prev is not None and prev.measure_hint != "change" and not _SENT_END.search(text, prev.end, m.start) \
                    and prev.unit not in ("", "percent", "pp") and _like_size(m.value, prev, g):
                out.append(_carried(m, prev, g, as_written=True))
                prev = out[-1]
            continue
        if m.rule == "number.bare":
            named = _currency_named_before(text, m.start, g)
            joined = _joined_level_after(text, mentions, i, g) if not named else None
            if joined is not None:
                # "34 milliards et 17 milliards de dollars", "$5 billion and 7 billion": the unit
                # written once, on the last of the coordinated amounts (or the end of a move)
                ahead, move = joined
                out.append(replace(_carried(m, ahead, g), move_start=move))
                prev = out[-1]
                continue
            if named:
                out.append(replace(m, unit=named, rule="money.carried", measure_hint="level", currency_inferred=True))
                prev = out[-1]
            elif prev is not None and len(_SENT_END.findall(text, prev.end, m.start)) <= CARRY_SENTENCES \
                    and "\n\n" not in text[prev.end:m.start]:
                out.append(_carried(m, prev, g))
                prev = out[-1]
            elif money is not None and not mixed and _SCALED_BARE.search(m.surface) \
                    and (prev is None or prev.unit == money.unit):
                # "With Japan: exportation 700 million (13.8%)" further down a release whose
                # amounts are all in one currency: a scaled number is money in it
                out.append(_carried(m, money, g))
                prev = out[-1]
            continue  # a plain number with nothing to take its unit from: no figure
        out.append(m)
        if m.unit not in ("percent", "pp"):
            prev = m
            if money is None and _is_money(m.unit) and m.value_high is None:
                money = m
            elif money is not None and m.unit != money.unit:
                mixed = True
    return out


#: a number with a scale word after it ("700 million", « 3,2 milliards »)
_SCALED_BARE = recache.compile(r"\d\s*[^\W\d_]{3,}")


def _carried(m: Mention, src: Mention, g: Grammar, as_written: bool = False) -> Mention:
    """Bare number `m` with the unit of level `src`, and its scale too when `m` has none ("15,4"
    after "10 milliards de m3", "34 et 17 milliards de dollars"); `as_written`: the unit alone,
    the number as it stands (a whole count, "up from 114,763" after "122,825 MT")."""
    value, unit = m.value, src.unit
    src_number = None if as_written else _leading_number(src, g)
    if re.fullmatch(r"[\d.,]+", m.surface) and src_number:
        value = m.value * (src.value / src_number)  # scale and unit elided
    elif unit == "bcm" and not as_written:  # the carried scale word is still in the number: back to m3
        value, unit = to_contract(value, "m3")
    elif src_number and (head := g.first_number.search(src.surface)) is not None:
        # a unit kept in another ("232.76 million kWh" is 0.23276 TWh): the number carried with
        # its own scale word takes the unit's factor too ("..., 112.36 million went to Sudan")
        tail = _read_tail(src.surface, head.end(), g)  # (its scale holds the unit's factor too)
        if tail.scale_end > head.end():
            src_scale = _read_tail(src.surface[:tail.scale_end], head.end(), g).scale
            factor = src.value / (src_number * src_scale) if src_scale else Decimal(1)
            if factor < 1:
                value = m.value * factor
    return replace(m, unit=unit, value=value,
                   rule="money.carried" if _is_money(unit) else "quantity.carried",
                   measure_hint="level", currency_inferred=True)


def _joined_level_after(text: str, mentions: list[Mention], i: int, g: Grammar) -> tuple[Mention, bool] | None:
    """The level figure right after bare number `i`, joined to it by "and" alone ("34 milliards
    et 17 milliards de dollars") or as the end of a move from it: the one whose unit it shares,
    and whether it ends a move."""
    if i + 1 >= len(mentions):
        return None
    m, nxt = mentions[i], mentions[i + 1]
    # a list of dated amounts with the unit written on its last: "в 2006 году - 20,5 миллиардов,
    # в 2007 году - 20,6 миллиардов, в 2008 - 21,1 миллиардов кубометров"
    k = i
    while k + 1 < len(mentions) and mentions[k + 1].rule == "number.bare" \
            and _dated_list_gap(text, mentions[k].end, mentions[k + 1].start, g):
        k += 1
    if k > i:
        last = mentions[k + 1] if k + 1 < len(mentions) else None
        if last is not None and last.unit not in ("", "percent", "pp") and last.measure_hint != "change" \
                and _dated_list_gap(text, mentions[k].end, last.start, g):
            return last, False
        return None
    if nxt.rule == "number.bare" or nxt.unit in ("", "percent", "pp") or nxt.measure_hint == "change":
        return None
    joiner = _and_joiner(g.lang)
    if joiner is not None and joiner.fullmatch(text, m.end, nxt.start):
        return nxt, False
    if (vs := _versus_joiner(g.lang)) is not None and vs.fullmatch(text, m.end, nxt.start):
        # « plus de 4 milliards au lieu de 3,5 milliards d'euros »: two amounts set against each
        # other, the unit written on the second (ranges.versus)
        return nxt, False
    if _dated_list_gap(text, m.end, nxt.start, g):
        return nxt, False
    return (nxt, True) if _moves_to(text, m, nxt, g) else None


@lru_cache(maxsize=None)
def _list_gap_rx(lang: str) -> re.Pattern[str]:
    words = lx.load(lang).get("list_and") or []
    conj = r"(?:" + lx.alternation(words) + r")" if words else r"(?!)"
    return recache.compile(r"(?:\s*(?:[,;:–—-]|" + conj + r"(?!\w)))+\s*", re.I)


def _dated_list_gap(text: str, a: int, b: int, g: Grammar) -> bool:
    """Between two amounts of a list only a comma and the next one's period ("..., в 2007 году
    - 20,6 ...", "..., 2007: 20,6 ..."): nothing else, so the two are the same measure."""
    if b - a > 32 or b <= a:
        return False
    gap, found = _blank_periods(text[a:b], g.lang)
    return found and _list_gap_rx(g.lang).fullmatch(gap) is not None


def _moves_to(text: str, m: Mention, nxt: Mention, g: Grammar) -> bool:
    """Bare number `m` is the start of a move whose end `nxt` names the unit: "passées de
    18,763 milliards en 2014 à 70,042 milliards de F CFA", "from 1.2 billion to $3.4 billion"
    (the lexicon's `ranges` from and to words; a period phrase may stand between)."""
    rx = _move_rx(g.lang)
    if rx is None or nxt.start - m.end > 48:
        return False
    before, between, _ = rx
    if not before.search(text, max(0, m.start - 12), m.start):
        return False
    return between.fullmatch(_blank_periods(text[m.end:nxt.start], g.lang)[0]) is not None


def _blank_periods(gap: str, lang: str) -> tuple[str, bool]:
    """`gap` with its period phrases blanked out, each with its preposition if the phrase left it
    out ("in 2014", "en 2014") and the word after it ("в 2014 году"); and whether it held any."""
    from tracker.periods import find_periods

    rx = _move_rx(lang)
    tail = rx[2] if rx is not None else None
    found = False
    for c in find_periods(gap, lang, None):
        w = _SHORT_WORD_BEFORE.search(gap, 0, c.start)
        at = w.start() if w else c.start
        a = tail.match(gap, c.end) if tail is not None else None
        end = a.end() if a else c.end
        gap = gap[:at] + " " * (end - at) + gap[end:]
        found = True
    return gap, found


_SHORT_WORD_BEFORE = recache.compile(r"(?<!\w)[^\W\d_]{1,3}\s+$")
#: a word right before (a year after it is a date: « au premier trimestre 2020 à 6,4 millions »)
_LETTER_BEFORE = recache.compile(r"[^\W\d_]\s+$")


@lru_cache(maxsize=None)
def _move_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    lex = lx.load(lang)
    frm, to = lex.get("ranges", "from"), lex.get("ranges", "to")
    if not frm or not to:
        return None
    fillers = lex.get("move_fillers") or []
    fill = r"(?:" + lx.alternation(fillers) + r"\s+)?" if fillers else ""
    return (recache.compile(r"(?<![\w'’])" + lx.alternation(frm) + r"\s+$", re.I),
            recache.compile(r"\s*,?\s*" + lx.alternation(to) + r"\s+" + fill, re.I),
            lx.year_tail(lang))


@lru_cache(maxsize=None)
def _versus_joiner(lang: str) -> re.Pattern[str] | None:
    words = (lx.load(lang).get("ranges") or {}).get("versus")
    return recache.compile(r"\s*,?\s+" + lx.alternation(words) + r"\s+", re.I) if words else None


@lru_cache(maxsize=None)
def _and_joiner(lang: str) -> re.Pattern[str] | None:
    words = lx.load(lang).get("list_and")
    return recache.compile(r"\s+" + lx.alternation(words) + r"\s+", re.I) if words else None


def _after_period(text: str, pos: int, lang: str) -> bool:
    """A period phrase and a comma right before `pos`: "en 2023, 22,7 ; l'an dernier, 31,1"."""
    from tracker.periods import find_periods

    head = text[max(0, pos - 30):pos]
    tail = re.search(r"\s*,\s*$", head)
    return tail is not None and any(c.end == tail.start() for c in find_periods(head, lang, None))


def _currency_named_before(text: str, pos: int, g: Grammar) -> str:
    """A currency named in the sentence before a number, without a number of its own:
    "Exprimés en yuans, ils s'élèvent à 1,74 billion"."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 120, 0)
    found = ""
    for cm in g.cur_word.finditer(text, start, pos):
        if not _NUMBER_BEFORE.search(text[max(0, cm.start() - 20):cm.start()]):
            found = g.cur_names[lx.fold(cm.group(0))]
    return found


_PAREN = recache.compile(r"\([^()]{0,40}\)")


def _is_money(unit: str) -> bool:
    """An ISO 4217 code: an amount of money."""
    return len(unit) == 3 and unit.isupper()


def _merge_restatements(text: str, mentions: list[Mention], g: Grammar) -> list[Mention]:
    """A conversion given alongside ("20,5 milliards de dollars (19,2 milliards d'euros)",
    "8,42 millions de tonnes, soit 1,98 million de b/j", "(+24 %), soit environ 2,14 millions
    de barils par jour") is one figure; the restatement goes to alt. (Money beside a volume,
    "147,8 тыс. тонн ($121,7 млн)", is the flow's value: a figure of its own.)"""
    out: list[Mention] = []
    alt_end: dict[int, tuple[int, str]] = {}  # a merged figure's index: its restatement's end and unit
    for m in mentions:
        level = next((i for i in range(len(out) - 1, max(-1, len(out) - 3), -1)
                      if out[i].unit not in ("percent", "pp", "")), None)
        if level is not None and level == len(out) - 1 and level in alt_end and m.unit not in ("percent", "pp", ""):
            # a second conversion joined to the first: « 135 milliards de baht, soit 4,5 milliards
            # de dollars et 2 250 milliards de FCFA »
            p, (end, unit) = out[level], alt_end[level]
            if g.conversion_and is not None and g.conversion_and.fullmatch(text, end, m.start) and m.unit not in (p.unit, unit) \
                    and _is_money(m.unit) == _is_money(p.unit):
                out[level] = replace(p, alt=f"{p.alt}; {m.surface}")
                alt_end[level] = (m.end, m.unit)
                continue
        if level is not None and m.unit not in ("percent", "pp", ""):
            p = out[level]
            between = _PAREN.sub(" ", text[p.end:m.start]) if level < len(out) - 1 else text[p.end:m.start]
            if (len(between) <= 45 and not _DIGIT.search(between) and ")" not in between
                    and g.restatement.search(between)
                    and p.unit != m.unit and _is_money(p.unit) == _is_money(m.unit)
                    and p.measure_hint != "change" and not p.alt):
                out[level] = replace(p, alt=m.surface)
                alt_end[level] = (m.end, m.unit)
                continue
        out.append(m)
    return out


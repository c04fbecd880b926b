"""What each figure is about: indicator, commodity, partners and direction, period, basis,
modality, sign and measure, from cues in its clause, its sentence, the sentence before
and the article (title and lead). Cue words come from the language's lexicon.

Every decided field records where it came from (`explanation`), which `tracker explain`
prints and the confidence weighs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from tracker import lexicon as lx
from tracker import periods as pr
from tracker.models import Mention
from tracker.normtext import Sentence

I = re.IGNORECASE
FLOWS = ("bilateral_trade", "exports", "imports", "energy_deliveries", "trade_balance")
ENERGY = {"oil", "gas", "lng", "coal", "electricity", "oil_gas"}
UNIT_COMMODITY = {"bcm": "gas", "m3": "gas", "bbl": "oil", "bbl/d": "oil", "TWh": "electricity",
                  "MWh": "electricity", "units": "cars"}


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    kind: str
    value: str
    text: str


@dataclass(slots=True)
class Frame:
    """Fields decided for one figure, with where each came from."""

    indicator: str = ""
    commodity: str = ""
    exporter: str = ""
    importer: str = ""
    measure: str = "level"
    sign: int = 1
    period: str = ""
    basis: str = ""
    modality: str = "actual"
    approx: str = "exact"
    why: dict[str, str] = field(default_factory=dict)
    penalty: float = 0.0
    rejected: str = ""
    sentence_start: int = -1
    #: "own" when the period came from the figure's own clause or sentence
    period_source: str = ""
    #: the other flow this figure also states ("exports and imports each grew 8.3%")
    twin: str = ""
    #: the figure is a baseline ("contre 5,44 millions en mai 2021"), not the article's subject
    comparison: bool = False
    paragraph: int = -1


@dataclass(frozen=True)
class CueGrammar:
    lang: str
    lex: lx.Lexicon
    demonym_suffixes: tuple[str, ...]
    demonym_lowercase: bool
    before_to: re.Pattern[str]
    before_from: re.Pattern[str]
    before_with: re.Pattern[str]
    clause_break: re.Pattern[str]
    change_before: re.Pattern[str]
    share_after: re.Pattern[str]
    vs_year: re.Pattern[str]
    contrast: re.Pattern[str]
    contrast_before: re.Pattern[str]
    not_after: re.Pattern[str] | None
    vs_after: re.Pattern[str] | None
    subordinator: re.Pattern[str] | None
    before_by: re.Pattern[str] | None
    possessive_of: re.Pattern[str] | None
    buyer_from: re.Pattern[str] | None
    from_strong: re.Pattern[str] | None
    vs_before: re.Pattern[str]
    month_start: str
    country_noise: re.Pattern[str] | None
    share_after_re: re.Pattern[str] | None
    change_after: re.Pattern[str] | None
    change_after_map: dict[str, str]
    change_by: re.Pattern[str] | None
    change_by_map: dict[str, str]
    sign_after: re.Pattern[str] | None
    sign_after_map: dict[str, str]
    change_direct: re.Pattern[str] | None
    change_direct_map: dict[str, str]
    approx_tail: str
    level_to_re: re.Pattern[str] | None
    index: lx.PhraseIndex
    #: "by"/"de" (and an approximation) right before an amount, and a comparison word's own
    #: period right after it: compiled once, not per figure
    by_before: re.Pattern[str] | None = None
    own_period_after: re.Pattern[str] | None = None
    #: the case-insensitive patterns above by name, with their twins for lower-cased text
    folded: dict[str, lx.Folded] = field(default_factory=dict)


def _scanner(kind: str, groups: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    """A cue kind and its phrases (folded) -> value; the phrase index finds them."""
    mapping: dict[str, str] = {}
    for value, phrases in groups.items():
        for p in phrases or []:
            mapping.setdefault(lx.fold(p), value)
    return kind, mapping


@lru_cache(maxsize=None)
def grammar(lang: str) -> CueGrammar:
    lex = lx.load(lang)
    scanners = [
        _scanner("indicator", lex.get("indicator_cues") or {}),
        _scanner("nontrade", {"nontrade": lex.get("non_trade_cues") or []}),
        _scanner("commodity", _invert(lex.get("commodities") or {})),
        _scanner("sign", lex.get("sign") or {}),
        _scanner("modality", lex.get("modality") or {}),
        _scanner("basis", {k: v for k, v in (lex.get("basis") or {}).items() if k != "vs"}),
        _scanner("share", {"share": lex.get("share_cues") or []}),
        _scanner("pair", {"pair": lex.get("pair_anaphora") or []}),
        _scanner("world", {"WLD": lex.get("world_words") or []}),
        _scanner("buyer", {"buyer": (lex.get("direction", "buyer_verbs") or [])}),
        _scanner("seller", {"seller": (lex.get("direction", "seller_verbs") or [])}),
        _scanner("balance", lex.get("balance_sides") or {}),
        _scanner("respectively", {"respectively": lex.get("respectively") or []}),
        _scanner("both", {"both": lex.get("both_words") or []}),
        _scanner("aside", {"aside": lex.get("aside_words") or []}),
        _scanner("reverse", {"reverse": lex.get("reverse_words") or []}),
        _scanner("generic", {"generic": lex.get("generic_flow_words") or []}),
    ]
    raw = lex.get("countries") or {}
    countries = {lx.fold(k): v for k, v in raw.items() if not str(k).isupper() and not str(k)[:2].isupper()}
    countries_cs = {str(k): v for k, v in raw.items() if str(k).isupper() or str(k)[:2].isupper()}
    countries.update(_pycountry_names(lang, countries))
    d = lex.get("direction") or {}
    breaks = lex.get("clause_breaks") or []
    vs = (lex.get("basis") or {}).get("vs") or []
    index = lx.PhraseIndex()
    for kind, mapping in scanners:
        for phrase, value in mapping.items():
            index.add(phrase, kind, value)
    for phrase, code in countries.items():
        index.add(phrase, "country", code)
    for phrase, code in countries_cs.items():
        index.add(phrase, "country", code, case_sensitive=True)
    g = CueGrammar(
        lang=lang, lex=lex, index=index,
        demonym_suffixes=tuple(lex.get("demonym_suffixes") or ()),
        demonym_lowercase=bool(lex.get("demonym_lowercase")),
        before_to=re.compile(lx.alternation(d.get("to") or []) + r"\s+(?:(?:la|le|les|l'|the)\s*)?$", I),
        before_from=re.compile(lx.alternation(d.get("from") or []) + r"\s*(?:(?:la|le|les|l'|the)\s*)?$", I),
        before_with=re.compile(lx.alternation(d.get("with") or []) + r"\s+(?:(?:la|le|les|l'|the)\s*)?$", I),
        clause_break=re.compile(r";|" + lx.alternation([b for b in breaks if b != ";"]), I),
        change_before=re.compile(lx.alternation(lex.get("change_verbs") or []) + r"\s+(?:"
                                 + "|".join(re.escape(c) for c in ["de", "d'", "by", "of"]) + r")\s*$", I),
        share_after=re.compile(r"^\s*(?:" + lx.alternation(lex.get("share_cues") or []) + r")", I),
        contrast=re.compile(lx.alternation(lex.get("contrast") or []), I),
        contrast_before=re.compile(lx.alternation(lex.get("contrast") or []) + r"\s+(?:[^\W\d]+\s+){0,3}$", I),
        change_after=re.compile(r"\s*(" + lx.alternation(list(lex.get("change_after") or {})) + ")", I)
        if lex.get("change_after") else None,
        change_after_map={lx.fold(k): v for k, v in (lex.get("change_after") or {}).items()},
        change_by=re.compile("(" + lx.alternation(list(lex.get("change_by") or {})) + ")", I) if lex.get("change_by") else None,
        change_by_map={lx.fold(k): v for k, v in (lex.get("change_by") or {}).items()},
        sign_after=re.compile(r"\s?(" + lx.alternation(list(lex.get("sign_after") or {})) + ")", I)
        if lex.get("sign_after") else None,
        sign_after_map={lx.fold(k): v for k, v in (lex.get("sign_after") or {}).items()},
        change_direct=re.compile("(" + lx.alternation(list(lex.get("change_direct") or {})) + r")\s+(?:"
                                 + lx.alternation([p for ps in (lex.get("approx") or {}).values() for p in ps])
                                 + r"\s+)?$", I) if lex.get("change_direct") else None,
        change_direct_map={lx.fold(k): v for k, v in (lex.get("change_direct") or {}).items()},
        approx_tail=r"(?:\s+(?:" + lx.alternation([p for ps in (lex.get("approx") or {}).values() for p in ps]) + r"))?",
        share_after_re=re.compile(r"\s*" + lx.alternation(lex.get("share_after")), I) if lex.get("share_after") else None,
        level_to_re=re.compile(lx.alternation(lex.get("level_to")) + r"\s*$", I) if lex.get("level_to") else None,
        before_by=re.compile(lx.alternation(d["by"]) + r"\s+(?:(?:la|le|les|l'|the)\s*)?$", I) if d.get("by") else None,
        possessive_of=re.compile(r"\s+" + lx.alternation(d["possessive_of"]) + r"\s*(?:(?:la|le|les|l')\s*)?$", I)
        if d.get("possessive_of") else None,
        buyer_from=re.compile(lx.alternation(d["buyer_from"]) + r"\s*$", I) if d.get("buyer_from") else None,
        from_strong=re.compile(lx.alternation(d["from_strong"]) + r"\s+(?:[^\W\d]+\s+){0,2}$", I)
        if d.get("from_strong") else None,
        vs_before=re.compile(lx.alternation(vs + (lex.get("contrast") or [])) + r"\s*(?:(?:la|le|l'|the)\s*)?$", I),
        month_start=lx.alternation(list((lex.get("periods") or {}).get("months") or {})),
        subordinator=re.compile(lx.alternation(lex.get("subordinators")), I) if lex.get("subordinators") else None,
        country_noise=re.compile(lx.alternation(lex.get("country_noise")) + r"\s+(?:(?:the|la|le|les|l')\s*)?$", I)
        if lex.get("country_noise") else None,
        vs_after=re.compile(r"(?<!\d)((?:19|20)\d{2})\s+" + lx.alternation(lex.get("vs_after")), I)
        if lex.get("vs_after") else None,
        not_after=re.compile(r"\s*" + lx.alternation(lex.get("not_after")), I) if lex.get("not_after") else None,
        vs_year=re.compile(lx.alternation(vs) + r"\s+(?:(?:l'année|the\s+year|(?:le\s+)?niveau\s+de)\s+)?((?:19|20)\d{2})(?!\d)", I),
    )
    approx_tail = g.approx_tail
    month_start = g.month_start
    g = replace(g, by_before=re.compile(r"(?:\bby|\bde)" + approx_tail + r"\s*$", I),
                own_period_after=re.compile(r"\s*(?:(?:19|20)\d{2}(?!\d)|" + month_start + ")", I))
    g.folded.update({name: lx.Folded(rx) for name, rx in vars(g).items()
                     if isinstance(rx, re.Pattern) and rx.flags & I})
    return g


def _invert(mapping: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k, v in mapping.items():
        out.setdefault(str(v), []).append(str(k))
    return out


def _pycountry_names(lang: str, known: dict[str, str]) -> dict[str, str]:
    """Country names from pycountry (ISO 3166), in the language where its locale has them."""
    try:
        import gettext

        import pycountry
    except ImportError:  # pragma: no cover
        return {}
    tr = (lambda s: s)
    if lang != "en":
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
        except OSError:
            return {}
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for name in {getattr(c, "name", ""), getattr(c, "common_name", "")}:
            if not name or "," in name or "(" in name:
                continue
            key = lx.fold(tr(name))
            if key not in known and len(key) > 3:
                out[key] = c.alpha_3
    return out


def scan(text: str, g: CueGrammar, offset: int = 0) -> list[Cue]:
    """All cues in a piece of text, with absolute offsets (one dictionary probe per token)."""
    # find() returns hits in start order already
    return [Cue(h.start, h.end, h.kind, h.value, h.text) for h in g.index.find(text, offset)]


def _lookup(mapping: dict[str, str], matched: str) -> str | None:
    key = lx.fold(matched)
    if key in mapping:
        return mapping[key]
    best = None
    for k, v in mapping.items():
        if k.endswith("*") and key.startswith(k[:-1]) and (best is None or len(k) > len(best[0])):
            best = (k, v)
    return best[1] if best else None


# ---------------------------------------------------------------------------------------
@dataclass
class ArticleContext:
    """What the article as a whole says: its pair, its lead period."""

    pair: tuple[str, ...]
    pub: date | None
    precision: str | None
    lang: str
    #: period phrases already read, per text: a sentence is read once per article, whatever
    #: its figures ask (kept per article, so nothing outlives the article it was read in)
    matches: dict[str, list[tuple[str, re.Match[str]]]] = field(default_factory=dict, repr=False, compare=False)
    periods: dict[tuple[str, int, bool], list[pr.PeriodCue]] = field(default_factory=dict, repr=False,
                                                                     compare=False)


def article_pair(weighted: list[tuple[float, list[Cue]]]) -> tuple[str, ...]:
    """The two partners an article is about: the countries most named in its title (weighted
    most), its lead and its figures' sentences, first named first on a tie."""
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    for weight, cues in weighted:
        for c in cues:
            if c.kind == "country" and c.value != "WLD":
                counts[c.value] = counts.get(c.value, 0) + weight
                first.setdefault(c.value, len(first))
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return tuple(ranked[:2])


def _clause_bounds(sent: Sentence, pos: int, g: CueGrammar, text: str | None = None) -> tuple[int, int]:
    """The clause of the sentence holding offset `pos` (`text`: the article, if the sentence is a piece of it)."""
    start, end = sent.start, sent.end
    if text is not None and text[sent.start:sent.end] == sent.text:
        breaks = _finditer_window(g, "clause_break", text, sent.start, sent.end)
    else:
        breaks = g.folded["clause_break"].finditer(sent.text, None)
    for m in breaks:
        b = sent.start + m.start()
        if b < pos:
            start = max(start, sent.start + m.end())
        elif b >= pos:
            end = min(end, b)
            break
    return start, end


def _nearest(cues: list[Cue], pos_start: int, pos_end: int, lo: int, hi: int,
             kinds: set[str], before_weight: float = 1.0, after_weight: float = 1.5,
             text: str | None = None) -> Cue | None:
    """The cue of these kinds nearest the span, cues after it weighing `after_weight` times
    their distance (three times more again behind a comma, when `text` is given)."""
    best, best_d = None, 1e9
    for c in cues:
        if c.kind not in kinds or c.start < lo or c.end > hi:
            continue
        if c.end <= pos_start:
            d = (pos_start - c.end) * before_weight
        elif c.start >= pos_end:
            d = (c.start - pos_end) * after_weight
            if text is not None and _PUNCT.search(text, pos_end, c.start):
                d *= 3
        else:
            continue
        if d < best_d:
            best, best_d = c, d
    return best


def resolve(m: Mention, sent: Sentence, sent_cues: list[Cue], prev: Frame | None,
            prev_sent_cues: list[Cue] | None, art: ArticleContext, text: str,
            sent_figures: list[Mention], g: CueGrammar, context_period: str = "",
            history: list[Frame] | None = None, topic_period: str = "") -> Frame:
    """Decide every field of the claim that figure `m` states."""
    f = Frame(approx=m.approx)
    c_lo, c_hi = _clause_bounds(sent, m.start, g, text)
    # keep figures' own text out of cue search: "200 milliards de dollars" is no cue
    cues = _unshadowed([c for c in sent_cues if not (m.start <= c.start < m.end)])
    # --- indicator ------------------------------------------------------------------
    # The window for a figure starts after the previous figure's cue-free stretch: a cue
    # that sits between an earlier figure and this one belongs to this one.
    flow = _respective(m, cues, sent_figures) or _nearest(cues, m.start, m.end, c_lo, c_hi, {"indicator"}, 1.0, 3.0, text)
    where = "clause"
    if flow is None:
        flow = _nearest(cues, m.start, m.end, sent.start, sent.end, {"indicator"}, 1.0, 3.0, text)
        where = "sentence"
    if flow is not None and flow.value == "bilateral_trade":
        bal = [c for c in cues if c.kind == "indicator" and c.value == "trade_balance" and c_lo <= c.start < m.start]
        if bal:
            flow = bal[-1]
    after = text[m.end:m.end + 24]
    gap = g.not_after.match(after) if g.not_after is not None else None
    if gap:
        f.rejected = f"a gap between suppliers or a price ('{gap.group(0).strip()}'), not a flow"
        return f
    nontrade = _nearest([c for c in cues if c.kind == "nontrade" and (
        c.end <= m.start or c.start - m.end <= 12 and not _PUNCT_BEFORE_CUE.search(text[m.end:c.start]))],
                        m.start, m.end, c_lo, c_hi, {"nontrade"}, 1.0)
    def _segment(c: Cue) -> bool:  # no punctuation between the cue and the figure
        a, b = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
        return not _PUNCT.search(text, a, b)

    if nontrade is not None and (flow is None or _wdist(nontrade, m, text) < _wdist(flow, m, text)
                                 or _segment(nontrade) and not _segment(flow)):
        f.rejected = f"not a trade figure: '{nontrade.text}' is the nearest cue"
        return f
    inherited = False
    if flow is None:
        if prev is not None and prev.indicator and not any(c.kind == "nontrade" for c in cues):
            f.indicator, f.commodity = prev.indicator, prev.commodity
            f.why["indicator"] = f"from the previous figure or sentence ({prev.indicator})"
            f.penalty += 0.2
            inherited = True
        elif prev_sent_cues and any(c.kind == "indicator" for c in prev_sent_cues) \
                and not any(c.kind == "nontrade" for c in cues):
            last = [c for c in prev_sent_cues if c.kind == "indicator"][-1]
            f.indicator = last.value
            f.why["indicator"] = f"'{last.text}' in the sentence before"
            f.penalty += 0.25
            inherited = True
        elif m.unit in ("bcm", "bbl/d") or (m.unit == "t" and any(c.kind == "commodity" and c.value in ENERGY for c in cues)):
            f.indicator = "energy_deliveries"
            f.why["indicator"] = f"unit {m.unit} of an energy flow"
            f.penalty += 0.2
        else:
            f.rejected = "no trade cue in its clause, sentence or the sentence before"
            return f
    else:
        f.indicator = flow.value
        f.why["indicator"] = f"'{flow.text}' in the {where}"
    # --- commodity ------------------------------------------------------------------------
    com = _respective_commodity(m, cues, sent_figures) or _commodity(cues, m, c_lo, c_hi, flow)
    generic = flow is not None and any(c.kind == "generic" and c.start == flow.start for c in cues)
    recent = [h for h in (history or []) if h.sentence_start >= sent.start - 400]
    last_goods = recent[-1].commodity if recent and recent[-1].commodity not in ("", "all") else ""
    if com is not None:
        f.commodity = com
        f.why["commodity"] = f"'{com}' near the figure"
    elif inherited and prev is not None and prev.commodity:
        f.commodity = prev.commodity
        f.why["commodity"] = "from the previous figure"
    elif m.unit in ("bcm", "m3") and not (prev is not None and prev.commodity == "lng" and prev.sentence_start == sent.start):
        f.commodity = "gas"
        f.why["commodity"] = f"from unit {m.unit}"
    elif prev is not None and prev.commodity in ENERGY and (
            m.unit in ("t", "bbl", "bbl/d") or f.indicator == "energy_deliveries"
            or m.measure_hint == "change" and prev.sentence_start == sent.start):
        f.commodity = prev.commodity
        f.why["commodity"] = "from the previous figure"
    elif m.unit in ("t", "bbl", "bbl/d") and (energy := next(
            (h.commodity for h in reversed(history or []) if h.commodity in ENERGY), "")):
        f.commodity = energy  # tonnes in a trade story are the energy goods it spoke of
        f.why["commodity"] = f"unit {m.unit} of the goods the article spoke of ({energy})"
    elif generic and last_goods and (not any(c.kind == "country" and c_lo <= c.start < c_hi for c in cues)
                                     or _one_goods(history)):
        f.commodity = last_goods  # "the shipments rose 7.5 times": the goods the article is about
        f.why["commodity"] = f"'{flow.text if flow else ''}' of the goods the article spoke of ({last_goods})"
    else:
        f.commodity = UNIT_COMMODITY.get(m.unit, "all")
        f.why["commodity"] = f"from unit {m.unit}" if m.unit in UNIT_COMMODITY else "no commodity named"
    if f.indicator == "trade_balance":
        pass
    elif f.commodity in ENERGY:
        f.indicator = "energy_deliveries"
    elif f.indicator == "energy_deliveries" and f.commodity not in ENERGY:
        f.indicator = "exports" if f.commodity != "all" else f.indicator
    elif f.indicator == "bilateral_trade" and f.commodity not in ("all",):
        f.indicator = "exports"
    # --- measure and sign ----------------------------------------------------------------
    b_lo = max(c_lo, m.start - 30)
    before = text[b_lo:m.start]
    if m.measure_hint == "share":
        f.measure = "share"
    elif m.unit == "pp":
        f.measure = "change"
    elif m.unit == "percent":
        # multiples and signed percentages are changes; a plain one may be a part of a whole
        plain = m.rule.startswith("percent") and not m.explicit_sign
        f.measure = "share" if plain and _is_share(m, cues, text, c_lo, c_hi, g) else "change"
    elif _search(g, "change_before", text, b_lo, m.start):
        f.measure = "change"
        f.why["measure"] = f"'{before.strip()[-25:]}' before an amount"
    elif g.change_after is not None and (ca := g.change_after.match(text, m.end)):
        f.measure = "change"
        f.sign = -1 if _lookup(g.change_after_map, ca.group(1)) == "down" else 1
        f.why["measure"] = f"'{ca.group(1)}' after an amount"
        f.why["sign"] = f"'{ca.group(1)}'"
    elif m.explicit_sign and m.unit not in ("percent", "pp"):
        f.measure = "change"  # "(+7,2 milliards de m3)": a signed amount is a change
        f.sign = m.sign
        f.why["measure"] = "a signed amount"
        f.why["sign"] = "written sign"
    elif g.change_direct is not None and (cd := _search(g, "change_direct", text, b_lo, m.start)):
        f.measure = "change"
        f.sign = -1 if _lookup(g.change_direct_map, cd.group(1)) == "down" else 1
        f.why["measure"] = f"'{cd.group(1)}' before an amount"
        f.why["sign"] = f"'{cd.group(1)}'"
    elif g.change_by is not None and _search(g, "by_before", text, b_lo, m.start) and \
            (cb := _finditer_in(g, "change_by", text, c_lo, m.start)):
        f.measure = "change"
        f.sign = -1 if _lookup(g.change_by_map, cb[-1].group(1)) == "down" else 1
        f.why["measure"] = f"'{cb[-1].group(1)} ... by' before an amount"
        f.why["sign"] = f"'{cb[-1].group(1)}'"
    if f.measure == "change" and "sign" not in f.why and g.sign_after is not None and not m.explicit_sign \
            and (sa := g.sign_after.match(text, m.end)):
        f.sign = -1 if _lookup(g.sign_after_map, sa.group(1)) == "down" else 1
        f.why["sign"] = f"'{sa.group(1)}' right after the figure"
    if f.measure == "change" and "sign" not in f.why:
        if m.explicit_sign:
            f.sign = m.sign
            f.why["sign"] = "written sign"
        else:
            s = _nearest(cues, m.start, m.end, max(c_lo, m.start - 80), min(c_hi, m.end + 30), {"sign"}, 1.0)
            if s is not None:
                f.sign = -1 if s.value == "down" else 1
                f.why["sign"] = f"'{s.text}'"
            elif (last_change := next((h for h in reversed(history or []) if h.sentence_start == sent.start
                                       and h.measure == "change"), None)) is not None:
                f.sign = last_change.sign  # "ont baissé de 13,1 % ..., et les importations de 6,8 %"
                f.why["sign"] = "the verb of the previous figure in the sentence"
    # --- modality --------------------------------------------------------------------------
    # A goal or forecast word governs the figures after it in its clause, up to a comparison
    # word ("devraient atteindre 100 Mt, contre 67 Mt en 2022"); after a figure, only a word
    # right behind it counts ("the $200 billion target").
    before_mod = [c for c in cues if c.kind == "modality" and c_lo <= c.start and c.end <= m.start
                  and not _search_in(g, "contrast", text, c.end, m.start)]
    after_mod = [c for c in cues if c.kind == "modality" and m.end <= c.start <= m.end + 40
                 and not _PUNCT.search(text, m.end, c.start)
                 and not any(m.end <= x.start < c.start for x in sent_figures)]
    mods = before_mod + after_mod
    mod = next((c for c in reversed(mods) if c.value == "target"), None) or (mods[-1] if mods else None)
    if mod is not None and "by' before" in f.why.get("measure", "") and mod.value == "target":
        mod = None  # "exceeded its contractual plan by 800 mln m3": the excess is a fact
    if mod is not None:
        f.modality = mod.value
        f.why["modality"] = f"'{mod.text}'"
    f.comparison = bool(_search(g, "contrast_before", text, max(sent.start, m.start - 25), m.start))
    # --- period and basis -------------------------------------------------------------------
    _period(f, m, sent, c_lo, c_hi, prev, art, text, g, cues, sent_figures, context_period, history, topic_period)
    f.sentence_start = sent.start
    f.paragraph = sent.paragraph
    if f.measure == "change":
        b = _nearest(cues, m.start, m.end, c_lo, min(c_hi, m.end + 80), {"basis"}, 1.0) or \
            _nearest(cues, m.start, m.end, sent.start, sent.end, {"basis"}, 1.0)
        vs = _search_in(g, "vs_year", text, m.end, min(sent.end, m.end + 80))
        if vs is None:
            vs = _search_in(g, "vs_year", text, c_lo, m.start)
        if vs is None and g.vs_after is not None:
            vs = _search_in(g, "vs_after", text, m.end, min(sent.end, m.end + 40))
        if b is not None:
            f.basis = b.value
            f.why["basis"] = f"'{b.text}'"
        elif vs is not None and vs.group(1) not in f.period:
            f.basis = f"vs:{vs.group(1)}"
            f.why["basis"] = f"'{vs.group(0)}'"
        elif m.rule.startswith("multiple") and vs is not None:
            f.basis = f"vs:{vs.group(1)}"
        else:
            f.basis = "yoy"
            f.why["basis"] = "no comparison stated: year on year by default"
    # --- one figure, two flows ----------------------------------------------------------------
    if f.indicator in ("exports", "imports", "bilateral_trade") and any(
            c.kind == "both" and c_lo <= c.start < c_hi for c in cues):
        named = [c for c in cues if c.kind == "indicator" and c_lo <= c.start < c_hi
                 and c.value in ("exports", "imports")]
        if {c.value for c in named} == {"exports", "imports"}:
            first = min(named, key=lambda c: _dist(c, m)).value
            f.indicator, f.twin = first, "imports" if first == "exports" else "exports"
            f.why["twin"] = "one figure for exports and imports alike"
    # --- partners --------------------------------------------------------------------------
    _partners(f, m, cues, sent, c_lo, c_hi, prev, prev_sent_cues, art, text, g, flow, history or [])
    return f


def _respective(m: Mention, cues: list[Cue], figures: list[Mention], kind: str = "indicator") -> Cue | None:
    """With "respectively", the k-th figure of a kind (percentages, or amounts in one unit)
    goes with the k-th distinct flow word (or goods) named before the sentence's figures."""
    if not any(c.kind == "respectively" for c in cues):
        return None
    sort = (lambda x: "pct" if x.unit in ("percent", "pp") else x.unit)
    group = [x for x in figures if sort(x) == sort(m)]
    if len(group) < 2:
        return None
    first = min(x.start for x in figures)
    distinct: list[Cue] = []
    for c in cues:
        if c.kind == kind and c.end <= first and (not distinct or c.value != distinct[-1].value):
            distinct.append(c)
    if len(distinct) < len(group):
        return None
    return distinct[-len(group):][group.index(m)]


def _one_goods(history: list[Frame] | None) -> bool:
    """Every figure so far was about one kind of goods (an article about LNG, about cars)."""
    goods = [h.commodity for h in (history or [])]
    return len(goods) >= 2 and len(set(goods)) == 1 and goods[0] != "all"


def _respective_commodity(m: Mention, cues: list[Cue], figures: list[Mention]) -> str | None:
    cue = _respective(m, cues, figures, "commodity")
    return cue.value if cue is not None else None


def _unshadowed(cues: list[Cue]) -> list[Cue]:
    """Drop flow words that only qualify a non-trade noun: "import tariff", "export duties",
    "the federal budget ran a deficit" (a non-trade word just before a balance word)."""
    names = [c for c in cues if c.kind in ("country", "pair")]
    if names:  # "la deuxième économie mondiale" names a country: its words are no other cue
        cues = [c for c in cues if not (c.kind in ("nontrade", "world") and any(
            n.start <= c.start < n.end for n in names if n is not c))]
    nontrade = [c for c in cues if c.kind == "nontrade"]
    if not nontrade:
        return cues
    out = []
    for c in cues:
        if c.kind == "indicator":
            if any(0 <= n.start - c.end <= 2 for n in nontrade):
                continue
            if c.value == "trade_balance" and any(0 <= c.start - n.end <= 25 for n in nontrade):
                continue
        out.append(c)
    return out


_PUNCT = re.compile(r"[,;:()]")
_PUNCT_BEFORE_CUE = re.compile(r"[,;:(]")


# The figures of a sentence ask the same questions of the same words ("is there a 'to'
# before this country?"): the answers are kept for the article's text (lexicon.text_state).

def _search(g: CueGrammar, name: str, text: str, a: int, b: int) -> re.Match[str] | None:
    """`g.<name>.search(text[a:b])` (the window alone: its ends anchor the pattern), through
    the pattern's lower-case twin when the article's text allows (lexicon.Folded)."""
    low, memo = lx.text_state(text)
    key = (g.lang, name, a, b, "window")
    if key not in memo:
        memo[key] = g.folded[name].search(text[a:b], low[a:b] if low is not None else None)
    return memo[key]  # type: ignore[no-any-return]


def _finditer_window(g: CueGrammar, name: str, text: str, a: int, b: int) -> list[re.Match[str]]:
    """`g.<name>.finditer(text[a:b])` (offsets in the window) through lexicon.Folded."""
    low, memo = lx.text_state(text)
    key = (g.lang, name, a, b, "window finditer")
    if key not in memo:
        memo[key] = g.folded[name].finditer(text[a:b], low[a:b] if low is not None else None)
    return memo[key]  # type: ignore[no-any-return]


def _search_in(g: CueGrammar, name: str, text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """`g.<name>.search(text, pos, endpos)` through lexicon.Folded."""
    low, memo = lx.text_state(text)
    key = (g.lang, name, pos, endpos, "search")
    if key not in memo:
        memo[key] = g.folded[name].search(text, low, pos, endpos)
    return memo[key]  # type: ignore[no-any-return]


def _finditer_in(g: CueGrammar, name: str, text: str, pos: int, endpos: int) -> list[re.Match[str]]:
    """`g.<name>.finditer(text, pos, endpos)` through lexicon.Folded."""
    low, memo = lx.text_state(text)
    key = (g.lang, name, pos, endpos, "finditer")
    if key not in memo:
        memo[key] = g.folded[name].finditer(text, low, pos, endpos)
    return memo[key]  # type: ignore[no-any-return]


def _wdist(c: Cue, m: Mention, text: str) -> float:
    """Distance as _nearest weighs it for flow words: cues after a figure count three times,
    nine times behind a comma."""
    if c.end <= m.start:
        return m.start - c.end
    return (c.start - m.end) * (9 if _PUNCT.search(text, m.end, c.start) else 3)


def _dist(c: Cue, m: Mention) -> int:
    return m.start - c.end if c.end <= m.start else c.start - m.end


def _commodity(cues: list[Cue], m: Mention, lo: int, hi: int, flow: Cue | None) -> str | None:
    asides = [c for c in cues if c.kind == "aside" and lo <= c.start < hi]
    found = [c for c in cues if c.kind == "commodity" and lo <= c.start and c.end <= hi
             and (c.end <= m.start or c.start - m.end < 40)
             and not any(0 <= c.start - a.end <= 30 for a in asides)]
    if not found:
        return None
    glued = [c for c in found if 0 <= m.start - c.end <= 2]
    if glued:
        return glued[-1].value  # "coal 10% and LNG 13%"
    values = {c.value for c in found}
    if {"oil", "gas"} <= values or "oil_gas" in values:
        return "oil_gas"
    # the commodity closest to the flow word (or the figure)
    anchor = flow.start if flow is not None else m.start
    return min(found, key=lambda c: abs(c.start - anchor)).value


def _is_share(m: Mention, cues: list[Cue], text: str, lo: int, hi: int, g: CueGrammar) -> bool:
    """A percentage that is a part of a whole, not a change."""
    if _search(g, "share_after", text, m.end, m.end + 40):
        return True
    has_share = any(c.kind == "share" and lo <= c.start < m.start for c in cues)
    if has_share and g.level_to_re is not None and _search(g, "level_to_re", text, max(lo, m.start - 12), m.start):
        return True  # "its share rose to 35%"
    if any(c.kind == "sign" and 0 <= m.start - c.end <= 12 for c in cues):
        return False  # "une progression de 15,7 % des importations": a change of the imports
    if g.share_after_re is not None and g.share_after_re.match(text, m.end):
        return True
    s = _nearest(cues, m.start, m.end, lo, hi, {"share"}, 1.0)
    sign = _nearest(cues, m.start, m.end, lo, hi, {"sign"}, 1.0)
    if s is None:
        return False
    return sign is None or _dist(s, m) < _dist(sign, m)


def _period(f: Frame, m: Mention, sent: Sentence, lo: int, hi: int, prev: Frame | None,
            art: ArticleContext, text: str, g: CueGrammar, cues_all: list[Cue],
            sent_figures: list[Mention], context_period: str, history: list[Frame] | None = None,
            topic_period: str = "") -> None:
    """The figure's period: a period phrase of its own clause (the one nearest to it and not
    nearer to another figure, nor behind a comparison word), else the previous figure's,
    else the period the article last spoke of."""
    future = f.modality != "actual"
    cues = _sentence_periods(sent, g.lang, art, future)
    # a year right after "par rapport à"/"compared with" is the basis, not the period;
    # "same period last year" is a basis phrase, not a period
    vs_spans = [(v.start(1), v.end(1)) for v in _finditer_in(g, "vs_year", text, sent.start, sent.end)]
    if g.vs_after is not None:  # "the 2019 volume", "its 2021 level"
        vs_spans += [(v.start(1), v.end(1)) for v in _finditer_in(g, "vs_after", text, sent.start, sent.end)]
    basis_spans = [(c.start, c.end) for c in cues_all if c.kind == "basis"]
    # a period right after a comparison word ("par rapport à décembre 2021", "than in April")
    # is what a change is measured against; a basis phrase is no period for a change
    if f.measure == "change":  # "doubled since 2018": 2018 is what it is measured against
        cues = [c for c in cues if c.kind != "since"]
    cues = [c for c in cues if not any(c.start <= a < c.end for a, _ in vs_spans)
            and not (f.measure == "change" and any(a < c.end and c.start < b for a, b in basis_spans))
            and not _search(g, "vs_before", text, max(0, c.start - 30), c.start)
            and not any(x.start <= c.start < x.end for x in sent_figures)]
    others = [x for x in sent_figures if x is not m]

    def dist(c: pr.PeriodCue, x: Mention) -> float:
        # a period after its figure binds closer, unless punctuation stands between them
        if c.end <= x.start:
            return (x.start - c.end) * (2.0 if _PUNCT.search(text, c.end, x.start) else 1.0)
        return (c.start - x.end) * (1.6 if _PUNCT.search(text, x.end, c.start) else 0.8)

    def contrast_between(c: pr.PeriodCue) -> bool:
        a, b = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
        if b <= a:
            return False
        # a comparison word that introduces its own period ("par rapport à 2018") separates nothing
        return any(not g.own_period_after.match(text[w.end():w.end() + 12])  # type: ignore[union-attr]
                   for w in _finditer_in(g, "contrast", text, a, b))

    in_clause = [c for c in cues if lo <= c.start and c.end <= hi]
    own = [c for c in in_clause if all(dist(c, m) <= dist(c, x) for x in others)]
    shared = [c for c in in_clause if c not in own and not contrast_between(c)]
    pick = None
    if own:
        pick = min(own, key=lambda c: dist(c, m))
        f.why["period"] = f"'{pick.text}' in the clause"
    elif shared:
        pick = min(shared, key=lambda c: dist(c, m))
        f.why["period"] = f"'{pick.text}', shared with the figure next to it"
    elif prev is not None and prev.period and prev.sentence_start == sent.start:
        f.period = prev.period
        f.why["period"] = "from the previous figure in the sentence"
        return
    else:
        rest = [c for c in cues if not (lo <= c.start and c.end <= hi) and not contrast_between(c)]
        if rest:
            pick = min(rest, key=lambda c: abs(c.start - m.start))
            f.why["period"] = f"'{pick.text}' in the sentence"
            f.penalty += 0.05
    if pick is not None and pick.label in ("<same>", "<year>"):
        spoken = [h.period for h in (history or []) if h.period and h.period_source == "own" and h.modality == "actual"]
        base = topic_period or (spoken[-1] if spoken else context_period)
        if base:
            f.period = base[:4] if pick.label == "<year>" else base
            f.why["period"] = f"'{pick.text}': {f.period}, the period just spoken of"
        return
    if pick is not None and pick.label in ("<-1y>", "<-1m>"):
        same_sentence = prev.period if prev is not None and prev.sentence_start == sent.start else ""
        anchors = [h.period for h in (history or []) if h.period and h.period_source == "own" and not h.comparison]
        base = same_sentence or (anchors[-1] if anchors else "") or context_period
        if pick.label == "<-1m>":
            shifted = pr.shift_month(base) if base else ""
            if shifted:
                f.period = shifted
                f.why["period"] = f"'{pick.text}': a month before {base}"
            return
        if base:
            f.period = pr.shift_year(base, -1)
            f.why["period"] = f"'{pick.text}': a year before {base}"
        elif art.pub is not None:
            f.period = str(art.pub.year - 1)
        return
    if pick is not None and pick.label:
        f.period = pick.label
        f.period_source = "own"
        return
    if pick is not None and not pick.label:
        f.why["period"] = f"'{pick.text}' cannot be resolved without a publication date"
        f.penalty += 0.1
        return
    if prev is not None and prev.period and prev.period_source == "own" and not prev.comparison \
            and prev.paragraph == sent.paragraph:
        f.period = prev.period
        f.why["period"] = "from the previous figure"
        f.penalty += 0.1
        return
    if context_period:
        f.period = context_period
        f.why["period"] = "the period the article last spoke of"
        f.penalty += 0.15
        return
    f.why["period"] = "no period stated"
    f.penalty += 0.2


def periods_in(text: str, art: ArticleContext, future: bool = False, offset: int = 0) -> list[pr.PeriodCue]:
    """Period phrases of a piece of the article's text (at `offset` in it), resolved against
    its date; memoised in `art`, so each sentence is matched once whatever its figures ask."""
    key = (text, offset, future)
    got = art.periods.get(key)
    if got is None:
        found = art.matches.get(text)
        if found is None:
            found = art.matches[text] = pr.period_matches(text, art.lang)
        got = pr.find_periods(text, art.lang, art.pub, art.precision, future, matches=found)
        if offset:
            got = [pr.PeriodCue(c.start + offset, c.end + offset, c.kind, c.label, c.text) for c in got]
        art.periods[key] = got
    return got


def _sentence_periods(sent: Sentence, lang: str, art: ArticleContext, future: bool) -> list[pr.PeriodCue]:
    """Period phrases of a sentence with absolute offsets."""
    return periods_in(sent.text, art, future, sent.start)


def _role(c: Cue, text: str, cues: list[Cue], g: CueGrammar) -> str:
    """How a country word relates to the flow: to, from, with, poss, adj or subj."""
    b_lo = max(0, c.start - 40)
    word = c.text
    if word.lower().endswith("'s"):
        return "poss"
    is_adj = (g.demonym_lowercase and word[:1].islower() and c.value != "WLD") or \
             (bool(g.demonym_suffixes) and lx.fold(word).endswith(g.demonym_suffixes) and not word.isupper())
    if _search(g, "before_to", text, b_lo, c.start):
        return "to"
    if is_adj and g.from_strong is not None and _search(g, "from_strong", text, b_lo, c.start):
        return "from"  # "en provenance du voisin russe"
    if is_adj:
        return "adj"  # "barrels of Russian oil": the demonym qualifies the goods, whatever precedes it
    if _search(g, "before_with", text, b_lo, c.start):
        return "with"
    if g.before_by is not None and _search(g, "before_by", text, b_lo, c.start):
        return "poss"  # "le GNL importé par l'UE": the buyer (or the seller) named after the verb
    if g.possessive_of is not None and (pm := _search(g, "possessive_of", text, b_lo, c.start)):
        # "les achats de la Chine", "les exportations de l'Empire du Milieu": the flow's own side
        if any(o.kind == "indicator" and o.end == c.start - len(pm.group(0)) for o in cues):
            return "poss"
    if _search(g, "before_from", text, b_lo, c.start):
        return "from"
    return "subj"


def _partners(f: Frame, m: Mention, cues: list[Cue], sent: Sentence, lo: int, hi: int,
              prev: Frame | None, prev_sent_cues: list[Cue] | None, art: ArticleContext,
              text: str, g: CueGrammar, flow: Cue | None = None, history: list[Frame] | None = None) -> None:
    sub = _search_in(g, "subordinator", text, m.end, hi) if g.subordinator is not None else None
    if sub is not None:
        hi = sub.start()
    cues = [c for c in cues if not (c.kind == "country" and (_is_noise(c, text, g) or _in_aside(c, text, m, lo, g)))]
    countries = [c for c in cues if c.kind == "country" and lo <= c.start and c.end <= hi]
    where = "clause"
    if not countries:
        countries = [c for c in cues if c.kind == "country" and c.end <= hi]
        where = "sentence"
    pair_word = next((c for c in cues if c.kind == "pair"), None)
    roles = [(c, _role(c, text, cues, g)) for c in countries]
    roles = _flow_phrase(roles, flow, cues, m, lo, hi)
    ind = f.indicator
    exp = imp = ""
    buyer = any(c.kind == "buyer" and lo <= c.start < hi for c in cues) or ind == "imports" \
        or (flow is not None and flow.value == "imports")  # "les importations chinoises de charbon"
    adj_on_commodity = []
    for c, r in roles:
        if r == "adj":
            near_com = any(o.kind == "commodity" and abs(o.end - c.start) <= 3 or o.kind == "commodity" and abs(c.end - o.start) <= 3
                           for o in cues)
            if near_com:
                adj_on_commodity.append(c)
    if ind in ("bilateral_trade",):
        codes = []
        for c, _ in roles:
            if c.value not in codes:
                codes.append(c.value)
        if len(codes) >= 2:
            a, b = sorted(codes[:2])
            f.exporter, f.importer = a, b
            f.why["partners"] = f"named in the {where}"
            return
        if len(codes) == 1 and len(art.pair) == 2 and codes[0] in art.pair and not _world(cues, lo, hi):
            a, b = sorted(art.pair)
            f.exporter, f.importer = a, b
            f.why["partners"] = f"'{countries[0].text}' and the article's pair"
            f.penalty += 0.05
            return
        if len(codes) == 1:
            a, b = sorted([codes[0], "WLD"]) if _world(cues, lo, hi) else (codes[0], "")
            if b:
                f.exporter, f.importer = a, b
                return
        if len(art.pair) == 2:
            a, b = sorted(art.pair)
            f.exporter, f.importer = a, b
            f.why["partners"] = "the article's pair" + (f" ('{pair_word.text}')" if pair_word else "")
            f.penalty += 0.0 if pair_word else 0.1
            return
        return
    if ind == "trade_balance":
        side = next((c for c, r in roles if r in ("from", "poss", "subj", "adj")), None)
        other = next((c for c, r in roles if r in ("with", "to") and (side is None or c.value != side.value)), None)
        if other is None:
            other = next((c for c, r in roles if side is not None and c.value != side.value), None)
        bal = _nearest(cues, m.start, m.end, lo, hi, {"balance"}, 1.0) or next((c for c in cues if c.kind == "balance"), None)
        s_code = side.value if side else ""
        o_code = other.value if other else ""
        if not o_code and len(art.pair) == 2 and s_code in art.pair:
            o_code = art.pair[1] if art.pair[0] == s_code else art.pair[0]
        if not s_code and len(art.pair) == 2:
            s_code, o_code = art.pair
        if bal is not None and bal.value == "deficit":
            f.exporter, f.importer = o_code, s_code
        else:
            f.exporter, f.importer = s_code, o_code
        f.why["partners"] = f"balance side '{side.text if side else '?'}' vs '{other.text if other else '?'}'"
        return
    # directed flows: exports, imports, energy deliveries
    origin = dest = ""
    for c, r in roles:
        if r == "to" and not dest:
            dest = c.value
        elif r == "from" and not origin:
            origin = c.value
    # the flow's own side: the possessor, subject or demonym closest to the flow word
    anchor = flow.start if flow is not None else m.start
    sides = [c for c, r in roles if r in ("poss", "subj", "adj") and c not in adj_on_commodity]
    subj = sides[0] if sides else None
    com_origin = adj_on_commodity[0].value if adj_on_commodity else ""
    posses = [c for c, r in roles if r == "poss" and c not in adj_on_commodity]
    poss = min(posses, key=lambda c: abs(c.start - anchor)) if posses and (ind == "imports" or buyer) else None
    if ind == "imports" or (buyer and ind == "energy_deliveries"):
        if buyer and dest and g.buyer_from is not None and not origin:
            to_cue = next(c for c, r in roles if r == "to" and c.value == dest)
            if _search(g, "buyer_from", text, max(0, to_cue.start - 12), to_cue.start):
                origin, dest = dest, ""  # "la Chine a acheté à la Russie": bought from
        reporter = poss or subj
        imp = dest or (reporter.value if reporter else "")
        exp = origin or com_origin
        if not exp and reporter is not None:
            # the other side named as a subject is the seller ("Russia supplied 1% of India's imports")
            seller = next((c for c in sides if c.value != reporter.value), None)
            exp = seller.value if seller is not None else ""
        if not dest and imp and not exp and subj is not None and subj.value == origin:
            imp = ""
        if dest and not imp:
            imp = dest
    else:
        exp = origin or com_origin or (subj.value if subj else "")
        imp = dest
        if not imp and subj is not None and subj.value != exp:
            imp = subj.value
    if exp and imp and exp == imp:
        imp = ""
    src = f"roles in the {where}"
    rev = next((c for c in cues if c.kind == "reverse" and lo <= c.start < hi), None)
    if rev is not None and not (exp and imp):
        last = next((h for h in reversed(history or []) if h.exporter and h.importer and h.exporter != "WLD"
                     and h.importer != "WLD"), None)
        if last is not None:
            exp, imp = last.importer, last.exporter
            src = f"'{rev.text}': the reverse of the previous flow"
    if not exp and not imp:
        if prev is not None and prev.exporter and prev.importer:
            exp, imp = prev.exporter, prev.importer
            src = "the previous figure's partners"
            f.penalty += 0.1
        elif prev_sent_cues:
            # the sentence before may name the flow ("hydrocarbures russes vers la Chine")
            pc = [c for c in prev_sent_cues if c.kind == "country"]
            if pc:
                roles_p = [(c, _role(c, text, prev_sent_cues, g)) for c in pc]
                d = next((c.value for c, r in roles_p if r == "to"), "")
                o = next((c.value for c, r in roles_p if r in ("from", "adj", "poss", "subj") and c.value != d), "")
                if o and d:
                    exp, imp = o, d
                    src = "the sentence before"
                    f.penalty += 0.1
    wlo, whi = (lo, hi) if where == "clause" else (sent.start, sent.end)
    if (not exp or not imp) and _world(cues, wlo, whi) and (exp or imp):
        exp, imp = (exp or "WLD"), (imp or "WLD")
        src += ", world total"
    mirror = {"exports": "imports", "imports": "exports"}.get(ind)
    if not exp and not imp and mirror and prev is not None and prev.sentence_start == sent.start \
            and prev.indicator == mirror and prev.exporter and prev.importer:
        # "17,9 % pour les ventes chinoises à la Russie et 28,5 % pour les achats"
        exp, imp = prev.importer, prev.exporter
        src = f"the reverse of the {mirror} figure before it"
    same = [h for h in (history or []) if h.exporter and h.importer and h.indicator == ind
            and h.commodity == f.commodity] or [h for h in (history or []) if h.exporter and h.importer
                                                 and h.indicator == ind]
    if (not exp or not imp) and same:
        last = same[-1]
        if not exp and not imp:
            exp, imp = last.exporter, last.importer
            src = "the article's last figure of this flow"
            f.penalty += 0.1
        elif exp and not imp and last.importer != exp:
            imp = last.importer
            src += ", buyer of the article's last figure of this flow"
            f.penalty += 0.1
        elif imp and not exp and last.exporter != imp:
            exp = last.exporter
            src += ", seller of the article's last figure of this flow"
            f.penalty += 0.1
    if not exp and not imp and mirror:
        # "exports rose 7.9% ... and imports 6.2%": the reporter of one flow is the buyer of the other
        reverse = [h for h in (history or []) if h.exporter and h.importer and h.indicator == mirror]
        if reverse and reverse[-1].sentence_start >= sent.start - 400:
            exp, imp = reverse[-1].importer, reverse[-1].exporter
            src = f"the reverse of the article's last {mirror} figure"
            f.penalty += 0.1
    if (not exp or not imp) and len(art.pair) == 2:
        known = exp or imp
        if known in art.pair:
            other_c = art.pair[1] if art.pair[0] == known else art.pair[0]
            exp, imp = (exp, other_c) if exp else (other_c, imp)
            src += ", other side from the article's pair"
            f.penalty += 0.1
        elif not known:
            if prev is not None and prev.exporter and prev.importer:
                exp, imp = prev.exporter, prev.importer
                src = "the previous figure's partners"
            else:
                exp, imp = art.pair
                src = "the article's pair"
            f.penalty += 0.15
    if (exp == "WLD") != (imp == "WLD") and not (exp and imp) and art.pair:
        # "les exportations de Gazprom vers les pays hors CEI": the article's country and the world
        exp, imp = (exp or art.pair[0]), (imp or art.pair[0])
        src += ", the article's country against the world"
        f.penalty += 0.1
    f.exporter, f.importer = exp, imp
    f.why["partners"] = src


def _in_aside(c: Cue, text: str, m: Mention, lo: int, g: CueGrammar) -> bool:
    """A country inside an aside before the figure ("Imports of Russian oil, including cargoes
    from European ports, reached ..."): from the aside word to the next comma."""
    if g.subordinator is None or c.end > m.start:
        return False
    for sub in _finditer_in(g, "subordinator", text, lo, c.start):
        if not _PUNCT.search(text, sub.end(), c.start):
            return True
    return False


def _is_noise(c: Cue, text: str, g: CueGrammar) -> bool:
    """A country named as a place or an event ("the war in Ukraine", "a strategist in Singapore")."""
    return g.country_noise is not None and bool(_search(g, "country_noise", text, max(0, c.start - 30), c.start))


def _flow_phrase(roles: list[tuple[Cue, str]], flow: Cue | None, cues: list[Cue], m: Mention,
                 lo: int, hi: int) -> list[tuple[Cue, str]]:
    """When a clause names several flows ("German exports to China and imports from China"),
    keep the countries of the figure's own flow: the demonym or possessive just before its
    word, and what follows it up to the next flow word."""
    flows = [c for c in cues if c.kind == "indicator" and lo <= c.start < hi]
    if flow is None or len({c.value for c in flows}) < 2:
        return roles
    later = [c.start for c in flows if c.start > flow.start]
    end = min(later) if later else hi
    kept = [(c, r) for c, r in roles
            if (flow.end <= c.start < end) or (0 <= flow.start - c.end <= 15 and r in ("adj", "poss", "subj"))]
    return kept or roles


def _world(cues: list[Cue], lo: int, hi: int) -> bool:
    return any(c.kind == "world" and lo <= c.start < hi for c in cues)

"""What each figure is about: indicator, commodity, partners and direction, period, basis,
modality, sign and measure, from cues in its clause, its sentence, the sentence before
and the article (title and lead). Cue words come from the language's lexicon.

Every decided field records where it came from (`explanation`), which `tracker explain`
prints and the confidence weighs.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from tracker import lexicon as lx
from tracker import periods as pr
from tracker import recache
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
    #: the period of the move a level starts from, when the figure holds the period before it
    move_frame: str = ""
    paragraph: int = -1
    #: where the figure ends in the text
    figure_end: int = -1
    #: the figure's clause (figure_clause), read once by resolve for whatever reads it after
    clause: tuple[int, int] = (-1, -1)
    #: the scorer's probability for each field it chose (choose.rechoose)
    probs: dict[str, float] = field(default_factory=dict)
    #: the figure's value and unit, for the figures after it to compare sizes with
    amount: float = 0.0
    amount_unit: str = ""
    #: "exports" or "imports" when the figure's own clause says which way its flow goes (an
    #: energy delivery or a bilateral figure has no such indicator), for the figures after it
    direction: str = ""
    #: "exporter" or "importer" when that side is several countries named together ("gas to
    #: Kazakhstan, Kyrgyzstan and Uzbekistan rose 20%"): one figure for all of them
    several: str = ""


@dataclass(frozen=True)
class CueGrammar:
    lang: str
    lex: lx.Lexicon
    demonym_suffixes: tuple[str, ...]
    demonym_lowercase: bool
    before_to: re.Pattern[str]
    #: right after a country, these make it the destination: "U.S.-bound exports"
    after_to: re.Pattern[str] | None
    #: a market word right after the name ("the South Korean market"), and the prepositions one of
    #: which must stand before it when the language lists them ("from the South Korean market",
    #: not "to replace the European market it lost") (lexicon: direction.market_after, market_prep)
    after_market: re.Pattern[str] | None
    market_prep: re.Pattern[str] | None
    before_from: re.Pattern[str]
    before_with: re.Pattern[str]
    clause_break: re.Pattern[str]
    change_before: re.Pattern[str]
    share_after: re.Pattern[str]
    vs_year: re.Pattern[str]
    contrast: re.Pattern[str]
    #: what moves when a percentage moves from one level to another and is a rate, not a share
    rate_words: re.Pattern[str] | None
    contrast_before: re.Pattern[str]
    not_after: re.Pattern[str] | None
    #: the non-trade words that are money a flow earns ("revenue"): no bar when a flow word is in the clause
    money_nontrade: re.Pattern[str] | None
    #: non-trade words that are a trade share beside a supplier, customer or flow word: « le
    #: deuxième client de l'Italie avec une part de marché de 10,8 % » (lexicon: party_non_trade_cues)
    party_nontrade: re.Pattern[str] | None
    #: several countries taken as one side ("together", « conjointement », «вместе»; lexicon: together_words)
    together: re.Pattern[str] | None
    #: a word that names the figure the article spoke of before, with no flow word of its own
    #: ("этот показатель", "the figure", « ce montant »; lexicon: figure_anaphora)
    figure_anaphora: re.Pattern[str] | None
    #: a capacity a pipeline or a flow is to reach ("will reach its full capacity of 38 bcm"): the deliveries planned
    reached_capacity: re.Pattern[str] | None
    vs_after: re.Pattern[str] | None
    subordinator: re.Pattern[str] | None
    before_by: re.Pattern[str] | None
    possessive_of: re.Pattern[str] | None
    buyer_from: re.Pattern[str] | None
    from_strong: re.Pattern[str] | None
    partner_of: re.Pattern[str] | None
    world_rank_after: re.Pattern[str] | None
    world_rank_before: re.Pattern[str] | None
    #: the same right before a name: « importations marocaines en provenance de l'UE »
    from_named: re.Pattern[str] | None
    #: a group noun and "of" before a name: « les pays d'Amérique latine », "the countries of Central Asia"
    group_of: re.Pattern[str] | None
    #: the group nouns ending a text, « vers les pays membres »: what stands between a direction word and `group_of`
    group_tail: re.Pattern[str] | None
    vs_before: re.Pattern[str]
    month_start: str
    country_noise: re.Pattern[str] | None
    share_after_re: re.Pattern[str] | None
    #: between a level and a percentage that restates it as a part of the whole: ", or", « , soit »
    restate_re: re.Pattern[str] | None
    change_after: re.Pattern[str] | None
    change_after_map: dict[str, str]
    #: "more" or "less" right after an amount, then at most six words before "than" (lexicon
    #: change_gap): "$200 billion more of US goods and services than it did in 2017"
    change_gap: re.Pattern[str] | None
    change_gap_map: dict[str, str]
    change_by: re.Pattern[str] | None
    change_by_map: dict[str, str]
    sign_after: re.Pattern[str] | None
    sign_after_map: dict[str, str]
    change_direct: re.Pattern[str] | None
    change_direct_map: dict[str, str]
    #: after an amount of money a direct change verb's object is what was earned, not a change,
    #: when these follow it: « le Nigeria a gagné 96 milliards de dollars en exportations de pétrole »
    #: (lexicon: earned_after)
    earned_after: re.Pattern[str] | None
    approx_tail: str
    #: an approximation word ending right before a figure ("more than doubled"): not a comparison
    approx_end: re.Pattern[str] | None
    level_to_re: re.Pattern[str] | None
    #: an appositive ranking before a period phrase: ", the first increase this year"
    ranking_scope: re.Pattern[str] | None
    #: a superlative, then "since"/« depuis »/«с» and up to eight words before a period: the
    #: period scopes the ranking ("the lowest level since June 2022"), not the figure
    ranking_since: re.Pattern[str] | None
    ranking_in: re.Pattern[str] | None
    #: a demonstrative before a flow word points back at the goods just spoken of: "ces exportations"
    demonstrative: re.Pattern[str] | None
    #: between a country and the share listed with it: "(" or a word ("Saudi Arabia at 15%")
    listed_with: re.Pattern[str]
    #: a goal's or forecast's horizon: "pour 2024", "by 2030"
    horizon_before: re.Pattern[str] | None
    #: the year's own noun a year cue leaves out, right after it («в 2007 году», lexicon:
    #: ranges.period_tail): part of the period phrase when measuring how near a figure it stands
    year_tail: re.Pattern[str] | None
    #: the word opening a span of two ends right before its first end ("between", « entre »)
    between_before: re.Pattern[str] | None
    #: what ends the reach of a forecast or goal word over the figures after it ("contre", "against")
    modality_barrier: re.Pattern[str] | None
    #: an agreement, contract or plan named in the sentence makes a forecast its agreed figure
    target_context: re.Pattern[str] | None
    #: "exercice 2021-2022, clos fin mars": the end date qualifies the period before it
    ended_before: re.Pattern[str] | None
    #: only a period's preposition between a figure and the period: " en ", " in "
    year_word_gap: re.Pattern[str] | None
    #: what glues goods to a quantity: "tonnes de pétrole", "bcm of gas"
    of_glue: re.Pattern[str]
    #: what glues goods to the money they are worth, after them: "petroleum products worth
    #: $121 million", « du cacao pour une valeur de », «свинины на сумму» (lexicon: worth_glue)
    worth_glue: re.Pattern[str] | None
    #: "our", « nos », «наш» right before a flow word: the writer's own country's flow (lexicon: our_words)
    our_words: re.Pattern[str] | None
    #: several countries named as a group by a number: "the three countries", « ces trois pays » (lexicon: group_anaphora)
    group_anaphora: re.Pattern[str] | None
    #: forecast words that only estimate: a figure of a period over is actual ("is estimated at")
    estimate_words: re.Pattern[str] | None
    #: from one item's figure to the next item's goods and their worth: ", dye intermediates worth "
    worth_item: re.Pattern[str] | None
    #: from a flow word to the demonym of its goods: "importations de produits (russes)"
    goods_of: re.Pattern[str]
    #: a country glued to these reports a figure ("Chinese customs", "les douanes chinoises")
    source_after: re.Pattern[str] | None
    source_before: re.Pattern[str] | None
    #: "our", "its", "son": a supplier or customer noun owned by the article's country
    possessive_det: re.Pattern[str] | None
    #: after a flow's noun phrase, "de la X" names its owner where "de X" names its origin
    owner_article: re.Pattern[str] | None
    #: "le premier fournisseur du pays": the article's country
    country_after: re.Pattern[str] | None
    #: from a period to a figure of its when-clause: ", when China took"
    when_clause: re.Pattern[str] | None
    #: between the items of a list: ", ", " and ", ", et "
    list_sep: re.Pattern[str] | None
    gap_space: re.Pattern[str]
    #: goods counted in a pack, by a word of the count's unit: "3.2 million bags" is of a crop,
    #: "82 millions de bouteilles" of drinks, not cars (lexicon: pack_goods)
    pack_goods: re.Pattern[str] | None
    pack_goods_map: dict[str, str]
    respectively_tail: re.Pattern[str] | None
    #: the list's "and" as a word anywhere ("7% and to ASEAN": the next item, not the figure's own)
    list_and: re.Pattern[str] | None
    #: "between 2021 and 2023": a change over it is of 2023 against 2021
    year_span: re.Pattern[str] | None
    #: a change that is a yearly average ("an average 6.3% a year", « en moyenne par an »)
    average_rate: re.Pattern[str] | None
    index: lx.PhraseIndex
    #: "by"/"de" (and an approximation) right before an amount, and a comparison word's own
    #: period right after it: compiled once, not per figure
    by_before: re.Pattern[str] | None = None
    #: words that rank a country with a supplier or customer named before ("ahead of", « derrière »)
    ranked_with: re.Pattern[str] | None = None
    #: the same words right before a name («suivie de l'Inde», "followed by the US")
    ranked_before: re.Pattern[str] | None = None
    #: a flow word right before these, after a preposition, qualifies a partner ("exports to major
    #: trade partners"), not the figure
    flow_partner: re.Pattern[str] | None = None
    flow_partner_prep: re.Pattern[str] | None = None
    #: words after a figure that open its parts ("including", « dont », «в том числе»)
    part_of_whole: re.Pattern[str] | None = None
    #: between a figure and a flow word right after it that names the figure's flow: "$1.5 billion
    #: for exports", « 94,4 millions pour les importations » (lexicon: direction.flow_after)
    flow_after: re.Pattern[str] | None = None
    #: the change nouns among them ("increase in"): a demonym may stand before the flow word
    #: (lexicon: direction.flow_after_change)
    flow_after_change: re.Pattern[str] | None = None
    own_period_after: re.Pattern[str] | None = None
    #: words right before a name in guillemets that make it an outlet's or a firm's («сообщает
    #: «Тихоокеанская Россия»», « selon le quotidien « China Daily » »): a country word in it is no party
    #: (lexicon: title_before)
    title_before: re.Pattern[str] | None = None
    #: the case-insensitive patterns above by name, with their twins for lower-cased text
    folded: dict[str, lx.Folded] = field(default_factory=dict)
    #: a preposition that names a destination only with a name in the right case ("в Китай"),
    #: and the name forms in another case, which it puts in a place ("в Китае")
    to_case: re.Pattern[str] | None = None
    place_forms: frozenset[str] = frozenset()
    #: names in a case that alone names the receiving side ("продала Казахстану")
    recipient_forms: frozenset[str] = frozenset()
    #: names that may be in that case too, with another ("России"): receivers right after a selling verb
    maybe_recipient_forms: frozenset[str] = frozenset()
    #: ... and those never a genitive nor a nominative ("Молдове"): a receiver right after a flow noun
    unowned_recipient_forms: frozenset[str] = frozenset()
    #: forms that name a country and are never its demonym ("Pakistan", "Japan"), whatever the
    #: demonym suffixes say of their ending
    name_forms: frozenset[str] = frozenset()
    #: a line that links to another article ("Read more: ...", « Lire aussi »): its figures are not this one's
    link_line: re.Pattern[str] | None = None
    #: goods words that name goods only next to a flow word ("energy imports", not "Beyond energy: trade rose")
    commodity_near_flow: frozenset[str] = frozenset()
    #: a country named by a demonstrative noun ("ce pays", "this country"), folded: no demonym
    anaphor_forms: frozenset[str] = frozenset()
    #: the gazetteer's demonyms, folded: an adjective, never what such a noun points back at
    demonym_forms: frozenset[str] = frozenset()


def _scanner(kind: str, groups: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    """A cue kind and its phrases (folded) -> value; the phrase index finds them."""
    mapping: dict[str, str] = {}
    for value, phrases in groups.items():
        for p in phrases or []:
            mapping.setdefault(lx.fold(p), value)
    return kind, mapping


def _words_after_name(words: list[str] | None) -> re.Pattern[str] | None:
    """Words right after a country's name that give it a role ("-bound", "market"), whole
    words; None when the lexicon lists none."""
    return recache.compile(r"\s*(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", I) if words else None


@lru_cache(maxsize=None)
def grammar(lang: str) -> CueGrammar:
    lex = lx.load(lang)
    scanners = [
        _scanner("indicator", lex.get("indicator_cues") or {}),
        _scanner("nontrade", {"nontrade": lex.get("non_trade_cues") or []}),
        _scanner("pricebasis", {"pricebasis": lex.get("price_basis") or []}),
        _scanner("commodity", _invert(lex.get("commodities") or {})),
        _scanner("sign", lex.get("sign") or {}),
        _scanner("modality", lex.get("modality") or {}),
        _scanner("basis", {k: v for k, v in (lex.get("basis") or {}).items() if k not in ("vs", "vs_bare", "vs_after_comparative", "comparatives")}),
        _scanner("share", {"share": lex.get("share_cues") or []}),
        _scanner("pair", {"pair": lex.get("pair_anaphora") or []}),
        _scanner("anaphor", {"anaphor": lex.get("country_anaphora") or []}),
        _scanner("world", {"WLD": (lex.get("world_words") or []) + lx.gazetteer(lang)[1]}),
        _scanner("buyer", {"buyer": (lex.get("direction", "buyer_verbs") or [])}),
        _scanner("seller", {"seller": (lex.get("direction", "seller_verbs") or [])}),
        _scanner("balance", lex.get("balance_sides") or {}),
        _scanner("respectively", {"respectively": lex.get("respectively") or []}),
        _scanner("both", {"both": lex.get("both_words") or []}),
        _scanner("aside", {"aside": lex.get("aside_words") or []}),
        _scanner("reverse", {"reverse": lex.get("reverse_words") or []}),
        _scanner("generic", {"generic": lex.get("generic_flow_words") or []}),
        _scanner("goods", {"goods": lex.get("goods_nouns") or []}),
        _scanner("supplier", {"supplier": (lex.get("direction", "supplier_nouns") or []),
                              "customer": (lex.get("direction", "customer_nouns") or [])}),
    ]
    raw = lex.get("countries") or {}
    countries = {lx.fold(k): v for k, v in raw.items() if not str(k).isupper() and not str(k)[:2].isupper()}
    countries_cs = {str(k): v for k, v in raw.items() if str(k).isupper() or str(k)[:2].isupper()}
    # every country and bloc of the gazetteer in this language: a form written with a capital is
    # matched as written ("Turkey", not "turkey"; "US", not "us"), a lower-case demonym in any case;
    # pycountry's names are matched in any case, but for the gazetteer's ambiguous ones ("Того" is
    # also the Russian "того")
    gaz_forms, gaz_world, ambiguous = lx.gazetteer(lang)
    unsure = {lx.fold(a) for a in ambiguous}
    countries.update({k: v for k, v in _pycountry_names(lang, countries).items() if k not in unsure})
    for form, code, _kind in gaz_forms:
        if form[:1].isupper():
            countries_cs.setdefault(form, code)
        else:
            countries.setdefault(lx.fold(form), code)
    d = lex.get("direction") or {}
    breaks = lex.get("clause_breaks") or []
    vs = (lex.get("basis") or {}).get("vs") or []
    # comparison words that compare only right before a date: "over 2021", not "over the first five months"
    bare = (lex.get("basis") or {}).get("vs_bare") or []
    # words that compare only after a comparative ("plus qu'en 2022"), not as a complementiser
    # ("les douanes indiquent qu'entre janvier et juillet ...")
    after_cmp = (lex.get("basis") or {}).get("vs_after_comparative") or []
    since = set((lex.get("periods") or {}).get("since") or []) | set(lex.get("since_words") or [])
    comparatives = (lex.get("basis") or {}).get("comparatives") or []
    # every approximation word ("about", "more than", « environ »): what may stand between a
    # change verb, a name or its bracket and the amount
    approx = lx.alternation([p for ps in (lex.get("approx") or {}).values() for p in ps])
    index = lx.PhraseIndex()
    for kind, mapping in scanners:
        for phrase, value in mapping.items():
            index.add(phrase, kind, value)
    for phrase, code in countries.items():
        index.add(phrase, "country", code)
    for phrase, code in countries_cs.items():
        index.add(phrase, "country", code, case_sensitive=True)
    # "Indo-", « franco- », «российско-»: a country only before another one (`scan`)
    for form, code in lx.combining_forms(lang):
        index.add(form + "-", "country", code)
    g = CueGrammar(
        lang=lang, lex=lex, index=index,
        demonym_suffixes=tuple(lex.get("demonym_suffixes") or ()),
        demonym_lowercase=bool(lex.get("demonym_lowercase")),
        before_to=recache.compile(lx.alternation(d.get("to") or []) + r"\s*(?:(?:la|le|les|l'|des|the)\s*)?$", I),
        after_to=_words_after_name(d.get("to_after")),
        after_market=_words_after_name(d.get("market_after")),
        market_prep=recache.compile(lx.alternation(d["market_prep"]) + r"\s+(?:(?:the|its|their|la|le|les|l')\s*)?$", I)
        if d.get("market_prep") else None,
        before_from=recache.compile(lx.alternation(d.get("from") or []) + r"\s*(?:(?:la|le|les|l'|des|the)\s*)?$", I),
        before_with=recache.compile(lx.alternation(d.get("with") or []) + r"\s+(?:(?:la|le|les|l'|the)\s*)?$", I),
        clause_break=recache.compile(r";|" + lx.alternation([b for b in breaks if b != ";"]), I),
        # (up to two words between the verb and "by" or «на», never « de » or "of", which link
        # anything: «увеличился всего на», "cut crude exports by"; not « réduit, passant de »)
        change_before=recache.compile(lx.alternation(lex.get("change_verbs") or []) + r"(?:\s+(?:"
                                 + "|".join(re.escape(c) for c in _BY_WORDS + _more_by_words(lex)) + r")|(?:\s+[^\W\d]+){1,2}\s+(?:"
                                 + "|".join(re.escape(c) for c in ["by"] + _more_by_words(lex)) + r"))\s*(?:"
                                 + approx
                                 + r"\s*)?$", I),
        share_after=recache.compile(r"^\s*(?:" + lx.alternation(lex.get("share_cues") or []) + r")", I),
        contrast=recache.compile(lx.alternation(lex.get("contrast") or []), I),
        rate_words=recache.compile(lx.alternation(lex.get("rate_words")), I) if lex.get("rate_words") else None,
        contrast_before=recache.compile(lx.alternation(lex.get("contrast") or []) + r"\s+(?:[^\W\d]+\s+){0,4}$", I),
        change_after=recache.compile(r"\s*(" + lx.alternation(list(lex.get("change_after") or {})) + ")", I)
        if lex.get("change_after") else None,
        change_after_map={lx.fold(k): v for k, v in (lex.get("change_after") or {}).items()},
        change_gap=recache.compile(r"\s+(" + lx.alternation(list(lex.get("change_gap", "words"))) + r")(?:\s+[^\W\d]+){1,6}\s+"
                                   + lx.alternation(lex.get("change_gap", "than")) + r"(?!\w)", I)
        if lex.get("change_gap", "words") and lex.get("change_gap", "than") else None,
        change_gap_map={lx.fold(k): v for k, v in (lex.get("change_gap", "words") or {}).items()},
        change_by=recache.compile("(" + lx.alternation(list(lex.get("change_by") or {})) + ")", I) if lex.get("change_by") else None,
        change_by_map={lx.fold(k): v for k, v in (lex.get("change_by") or {}).items()},
        sign_after=recache.compile(r"\s?(" + lx.alternation(list(lex.get("sign_after") or {})) + ")", I)
        if lex.get("sign_after") else None,
        sign_after_map={lx.fold(k): v for k, v in (lex.get("sign_after") or {}).items()},
        change_direct=recache.compile("(" + lx.alternation(list(lex.get("change_direct") or {})) + r")\s+(?:"
                                 + approx
                                 + r"\s+)?$", I) if lex.get("change_direct") else None,
        change_direct_map={lx.fold(k): v for k, v in (lex.get("change_direct") or {}).items()},
        earned_after=recache.compile(r"[^.;:!?]{0,40}?" + lx.alternation(lex.get("earned_after")), I) if lex.get("earned_after") else None,
        approx_tail=r"(?:\s+(?:" + approx + r"))?",
        approx_end=recache.compile(r"(?<!\w)(?:" + approx + r")\s*$", I) if approx else None,
        share_after_re=recache.compile(r"\s*" + lx.alternation(lex.get("share_after")), I) if lex.get("share_after") else None,
        restate_re=recache.compile(r"\s*(?:\(\s*)?,?\s*" + lx.alternation(lex.get("restatement")) + r"\s+(?:" + approx + r"\s+)?$", I)
        if lex.get("restatement") else None,
        level_to_re=recache.compile(lx.alternation(lex.get("level_to")) + r"\s*$", I) if lex.get("level_to") else None,
        ranked_with=recache.compile(lx.alternation(d["ranked_with"]), I) if d.get("ranked_with") else None,
        ranked_before=recache.compile(lx.alternation(d["ranked_with"]) + r"\s+(?:(?:la|le|les|the)\s+|l['’])?$", I)
        if d.get("ranked_with") else None,
        flow_partner=recache.compile(r"\s+" + lx.alternation(d["partner_nouns"]), I) if d.get("partner_nouns") else None,
        flow_partner_prep=recache.compile(r"(?<![\w-])" + lx.alternation(d["partner_prep"]) + r"\s+(?:[^\W\d]+\s+){0,3}$", I)
        if d.get("partner_prep") else None,
        part_of_whole=recache.compile(lx.alternation(d["part_of_whole"]), I) if d.get("part_of_whole") else None,
        # (a possessive determiner may stand between: "and for 64.4% of its imports", « 12 % de ses exportations »)
        flow_after=recache.compile(r"\s*" + lx.alternation(d["flow_after"] + (d.get("flow_after_change") or [])) + r"\s*"
                                   + (r"(?P<det>" + lx.alternation(d["possessive_det"]) + r"\s+)?" if d.get("possessive_det") else ""), I)
        if d.get("flow_after") else None,
        flow_after_change=recache.compile(r"\s*" + lx.alternation(d["flow_after_change"]) + r"\s*", I)
        if d.get("flow_after_change") else None,
        before_by=recache.compile(lx.alternation(d["by"]) + r"\s+(?:(?:la|le|les|l'|the)\s*)?$", I) if d.get("by") else None,
        possessive_of=recache.compile(r"\s+" + lx.alternation(d["possessive_of"]) + r"\s*(?:(?:la|le|les|l')\s*)?$", I)
        if d.get("possessive_of") else None,
        buyer_from=recache.compile(lx.alternation(d["buyer_from"]) + r"\s*$", I) if d.get("buyer_from") else None,
        from_strong=recache.compile(lx.alternation(d["from_strong"]) + r"\s+(?:[^\W\d]+\s+){0,2}$", I)
        if d.get("from_strong") else None,
        world_rank_after=recache.compile(r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+)?" + lx.alternation(lex.get("world_rank", "after"))
                                         + r"(?![\w-])", I) if lex.get("world_rank", "after") else None,
        world_rank_before=recache.compile(r"(?<![\w-])" + lx.alternation(lex.get("world_rank", "before"))
                                          + r"\s+(?:[^\W\d]+\s+){0,2}$", I) if lex.get("world_rank", "before") else None,
        partner_of=recache.compile(r"(?<![\w-])" + lx.alternation(d["partner_of"]) + r"(?:\s+[^\W\d]+){0,2}\s+"
                                   + lx.alternation(d["partner_of_links"]) + r"\s*(?:(?:la|le|les|l'|the)\s*)?$", I)
        if d.get("partner_of") and d.get("partner_of_links") else None,
        from_named=recache.compile(lx.alternation(d["from_strong"]) + r"\s*(?:(?:la|le|les|l'|the)\s*)?$", I)
        if d.get("from_strong") else None,
        group_of=recache.compile(r"\b" + lx.alternation(d["group_nouns"]) + r"\s+" + lx.alternation(d["group_of"])
                            + r"\s*(?:(?:la|le|les|l'|the)\s*)?$", I)
        if d.get("group_nouns") and d.get("group_of") else None,
        group_tail=recache.compile(r"(?:\b" + lx.alternation(d["group_nouns"]) + r"\s*)+$", I) if d.get("group_nouns") else None,
        vs_before=recache.compile(r"(?:" + lx.alternation([w for w in vs + (lex.get("contrast") or [])
                                                       if w not in bare and w not in after_cmp])
                             + r"\s*(?:(?:la|le|l'|the)\s*)?|" + lx.alternation(bare) + r"\s*"
                             + ((r"|" + lx.alternation(comparatives) + r"[^.;:!?]{0,30}?" + lx.alternation(after_cmp)
                                 + r"\s*(?:(?:la|le|l')\s*)?") if after_cmp and comparatives else "") + r")$", I),
        month_start=lx.alternation(list((lex.get("periods") or {}).get("months") or {})),
        subordinator=recache.compile(lx.alternation(lex.get("subordinators")), I) if lex.get("subordinators") else None,
        country_noise=recache.compile(lx.alternation(lex.get("country_noise")) + r"\s+(?:(?:the|la|le|les|l')\s*)?$", I)
        if lex.get("country_noise") else None,
        vs_after=recache.compile(r"(?<!\d)((?:19|20)\d{2}|" + lx.alternation(list((lex.get("periods") or {}).get("months") or {}))
                            + r")\s+" + lx.alternation(lex.get("vs_after")), I)
        if lex.get("vs_after") else None,
        not_after=recache.compile(r"\s*" + lx.alternation(lex.get("not_after")), I) if lex.get("not_after") else None,
        money_nontrade=recache.compile(lx.alternation(lex.get("money_non_trade_cues")), I)
        if lex.get("money_non_trade_cues") else None,
        together=recache.compile(lx.alternation(lex.get("together_words")), I) if lex.get("together_words") else None,
        figure_anaphora=recache.compile(lx.alternation(lex.get("figure_anaphora")), I) if lex.get("figure_anaphora") else None,
        party_nontrade=recache.compile(lx.alternation(lex.get("party_non_trade_cues")), I)
        if lex.get("party_non_trade_cues") else None,
        reached_capacity=recache.compile(lx.alternation((lex.get("capacity_reached") or {}).get("verbs") or [])
                                    + r"\s+(?:[^\W\d]+\s+){0,3}" + lx.alternation((lex.get("capacity_reached") or {}).get("nouns") or [])
                                    + r"$", I)
        if (lex.get("capacity_reached") or {}).get("verbs") else None,
        source_after=recache.compile(r"(?:'s)?\s+" + lx.alternation(d["source_nouns"]), I) if d.get("source_nouns") else None,
        source_before=recache.compile(lx.alternation(d["source_nouns"]) + r"\s+$", I) if d.get("source_nouns") else None,
        owner_article=recache.compile(lx.alternation(d["owner_article"], word=False) + r"\s*$", I) if d.get("owner_article") else None,
        country_after=recache.compile(r"\s+" + lx.alternation(d["country_after"]), I) if d.get("country_after") else None,
        possessive_det=recache.compile(lx.alternation(d["possessive_det"]) + r"\s+(?:[^\W\d]+\s+){0,3}$", I)
        if d.get("possessive_det") else None,
        # (after a year word the cue leaves out: «аналогичным периодом 2022 года, где было поставлено»)
        when_clause=recache.compile((r"(?:\s+" + lx.alternation(tails, word=False) + r"(?!\w))?"
                                     if (tails := lex.get("ranges", "period_tail")) else "")
                                    + r"\s*,?\s*" + lx.alternation(lex.get("periods", "when"))
                                    + (r"(?!\s+" + lx.alternation(lex.get("periods", "when_not")) + ")"
                                       if lex.get("periods", "when_not") else "") + r"[^.;,:()]*$", I)
        if lex.get("periods", "when") else None,
        # what stands between a gapped clause's country and its figure: a dash, and a word of the
        # figure's own («, Украины — на 21%», "and India by 5%")
        pack_goods=recache.compile(lx.alternation(list(lex.get("pack_goods"))), I) if lex.get("pack_goods") else None,
        pack_goods_map={lx.fold(k): str(v) for k, v in (lex.get("pack_goods") or {}).items()},
        gap_space=recache.compile(r"\s*(?:-|:|—|–)?\s*" + (r"(?:" + lx.alternation(lex.get("gap_words")) + r"\s+)?"
                                                           if lex.get("gap_words") else "")),
        # "respectively," and a short tail to the sentence's end ("..., respectively, in 2016.")
        respectively_tail=recache.compile(r"\s*" + lx.alternation(lex.get("respectively")) + r"\s*,[^,;:()]{0,60}", I)
        if lex.get("respectively") else None,
        # (the article or preposition a name of the list takes: "du Ghana, de la Sierra Leone et de
        # la Guinée", "L'Espagne et l'Italie")
        list_sep=recache.compile(r"\s*(?:,\s*(?:" + lx.alternation(lex.get("list_and")) + r"\s+)?|"
                                 + lx.alternation(lex.get("list_and")) + r"\s+)"
                                 + (r"(?:" + lx.alternation(lex.get("list_articles"), word=False) + r")?" if lex.get("list_articles") else "")
                                 + "$", I)
        if lex.get("list_and") else None,
        list_and=recache.compile(r"(?<!\w)" + lx.alternation(lex.get("list_and")) + r"(?!\w)", I) if lex.get("list_and") else None,
        year_span=recache.compile(lx.alternation((lex.get("ranges") or {}).get("between") or []) + r"\s+((?:19|20)\d{2})\s+"
                             + lx.alternation((lex.get("ranges") or {}).get("and") or []) + r"\s+((?:19|20)\d{2})(?![\d%])", I)
        if (lex.get("ranges") or {}).get("between") else None,
        average_rate=recache.compile(lx.alternation(lex.get("average_rate")), I) if lex.get("average_rate") else None,
        goods_of=recache.compile(r"\s*" + lx.alternation((lex.get("connectors") or []) + (lex.get("fraction_of") or []))
                            + r"\s*(?:[^\W\d]+\s+){1,3}", I),
        of_glue=recache.compile(r"\s*(?:" + lx.alternation((lex.get("connectors") or []) + (lex.get("fraction_of") or []))
                           + r"\s*)?$", I),
        our_words=recache.compile(lx.alternation(lex.get("our_words")) + r"\s+$", I) if lex.get("our_words") else None,
        group_anaphora=_group_anaphora_rx(lex.get("group_anaphora")),
        estimate_words=recache.compile(lx.alternation(lex.get("estimate_words")), I) if lex.get("estimate_words") else None,
        worth_item=recache.compile(r"\s*(?:,\s*(?:" + lx.alternation(lex.get("list_and")) + r"\s+)?|\s+"
                                   + lx.alternation(lex.get("list_and")) + r"\s+)(?:[^\W\d]+\s+){1,3}"
                                   + lx.alternation(lex.get("worth_glue")) + r"\s*", I)
        if lex.get("worth_glue") and lex.get("list_and") else None,
        worth_glue=recache.compile(r"(?:\s+[^\W\d]+){0,%d}\s+" % (lex.get("worth_glue_gap") or 0)
                                   + lx.alternation(lex.get("worth_glue")) + r"(?:\s+[^\W\d]+){0,2}\s*$", I)
        if lex.get("worth_glue") else None,
        commodity_near_flow=frozenset(lx.fold(w) for w in lex.get("commodity_near_flow") or []),
        demonstrative=recache.compile(lx.alternation(lex.get("demonstratives")) + r"\s+$", I) if lex.get("demonstratives") else None,
        # ("Les Etats-Unis : 1,8 milliard", "Kazakhstan – 538,000 tonnes": a row of a list)
        # (a comma may stand before the words: "Next came Germany, with 7.6 million")
        listed_with=recache.compile(r"\s*(?:\(|:|[-\u2013\u2014]" + (r"|,?\s*" + lx.alternation(lex.get("listed_with")) if lex.get("listed_with") else "")
                               + r")\s*(?:" + approx
                               + r"\s*)?", I),
        horizon_before=recache.compile(lx.alternation(lex.get("periods", "horizon_words")) + r"\s*$", I)
        if lex.get("periods", "horizon_words") else None,
        year_tail=lx.year_tail(lang),
        between_before=recache.compile(lx.alternation((lex.get("ranges") or {}).get("between") or []) + r"\s+$", I)
        if (lex.get("ranges") or {}).get("between") else None,
        modality_barrier=recache.compile(lx.alternation(lex.get("modality_barrier")), I) if lex.get("modality_barrier") else None,
        target_context=recache.compile(lx.alternation(lex.get("target_context")), I)
        if lex.get("target_context") else None,
        year_word_gap=recache.compile(r"\s*" + lx.alternation(lex.get("periods", "year_words")) + r"\s*", I)
        if lex.get("periods", "year_words") else None,
        ended_before=recache.compile(lx.alternation(lex.get("periods", "ended_words")) + r"\s+(?:(?:on|le|au|à)\s+)?$", I)
        if lex.get("periods", "ended_words") else None,
        ranking_since=recache.compile(r"(?<!\w)" + lx.alternation(lex.get("ranking_since")) + r"[^.;:!?()]{0,80}?"
                                 + lx.alternation(sorted(set((lex.get("periods", "since") or []) + (lex.get("since_words") or []))))
                                 + r"(?:\s+[^\W\d]+|\s*[^\W\d]+'){0,8}\s*$", I)
        if lex.get("ranking_since") and lex.get("periods", "since") else None,
        ranking_in=recache.compile(r"(?<!\w)" + lx.alternation(lex.get("ranking_since")) + r"[^.;:!?()]{0,60}?\s"
                              + lx.alternation(lex.get("ranking_in")) + r"\s+$", I)
        if lex.get("ranking_since") and lex.get("ranking_in") else None,
        ranking_scope=recache.compile(r"(?:[,(]|\s[-\u2013\u2014])\s*" + lx.alternation(lex.get("ranking_words")) + r"(?:\s+[^\W\d]+){0,4}\s+$", I)
        if lex.get("ranking_words") else None,
        # (« qu'en 2022 » compares only after a comparative: « 24 % de plus qu'en 2022 », not
        # « les statistiques montrent qu'en 2020, l'UE ... »)
        vs_year=recache.compile(r"(?:(?:" + lx.alternation([w for w in vs if w not in after_cmp])
                           + ((r"|" + lx.alternation(comparatives) + r"[^.;:!?]{0,30}?" + lx.alternation(after_cmp))
                              if after_cmp and comparatives else "")
                           + r")\s+(?:(?:l'année|the\s+year|(?:le\s+)?niveau\s+de)\s+)?"
                           # ("compared with July 2023", « par rapport à juillet 2019 »: a month of the year
                           # too, after a comparison word that starts no span, not "since July 2022")
                           + (r"|(?:" + lx.alternation([w for w in vs if w not in after_cmp and w not in since])
                              + r")\s+" + lx.alternation(list(lex.get("periods", "months") or {})) + r"\s+"
                              if lex.get("periods", "months") else "")
                           + r")((?:19|20)\d{2})(?!\d)", I),
    )
    approx_tail = g.approx_tail
    month_start = g.month_start
    by_words = "|".join([r"\bby", r"\bde"] + [r"\b" + re.escape(w) for w in _more_by_words(lex)])
    g = replace(g, title_before=recache.compile(lx.alternation(lex.get("title_before"))
                                                + r"(?:\s+[^\s\u00ab\u00bb]{1,12}){0,2}\s*\u00ab\s*$", I)
                if lex.get("title_before") else None,
                link_line=recache.compile(r"\s*" + lx.alternation(lex.get("link_lines")), I) if lex.get("link_lines") else None,
                to_case=recache.compile(lx.alternation(d["to_case_words"]) + r"\s*$", I) if d.get("to_case_words") else None,
                place_forms=lx.gazetteer_places(lang) if d.get("to_case_words") else frozenset(),
                recipient_forms=lx.gazetteer_recipients(lang),
                maybe_recipient_forms=lx.gazetteer_maybe_recipients(lang),
                unowned_recipient_forms=lx.gazetteer_unowned_recipients(lang),
                name_forms=lx.gazetteer_names(lang) if lex.get("demonym_suffixes") else frozenset(),
                anaphor_forms=frozenset(lx.fold(w) for w in lex.get("country_anaphora") or []),
                demonym_forms=frozenset(lx.fold(f) for f, _, kind in lx.gazetteer(lang)[0] if kind == "demonyms"),
                by_before=recache.compile(r"(?:" + by_words + ")" + approx_tail + r"\s*$", I),
                own_period_after=recache.compile(r"\s*(?:(?:19|20)\d{2}(?!\d)|" + month_start + ")", I))
    g.folded.update({name: lx.Folded(rx) for name, rx in vars(g).items()
                     if isinstance(rx, re.Pattern) and rx.flags & I})
    return g


#: between a change verb and an amount: "augmenté de", "rose by"; a lexicon adds its own (change_by_words)
_BY_WORDS = ["de", "d'", "by", "of"]


def _more_by_words(lex: lx.Lexicon) -> list[str]:
    """The lexicon's words between a change verb and its size that _BY_WORDS lacks ("на")."""
    return [str(w) for w in lex.get("change_by_words") or [] if str(w) not in _BY_WORDS]


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


_YEAR_NEXT = recache.compile(r"\s+(?:19|20)\d{2}(?!\d)")


def scan(text: str, g: CueGrammar, offset: int = 0) -> list[Cue]:
    """All cues in a piece of text, with absolute offsets (one dictionary probe per token)."""
    # find() returns hits in start order already
    cues = [Cue(h.start, h.end, h.kind, h.value, h.text) for h in g.index.find(text, offset)]
    if any(c.text.endswith("-") for c in cues):
        cues = _combined(cues)
    if (g.world_rank_after is not None or g.world_rank_before is not None) and any(c.kind == "world" for c in cues):
        # "the world's biggest oil exporter", « premier exportateur mondial », «крупнейший в мире»:
        # a rank described, not the world as a partner
        cues = [c for c in cues if not (c.kind == "world" and (
            g.world_rank_after is not None and g.world_rank_after.match(text, c.end - offset)
            or g.world_rank_before is not None and g.world_rank_before.search(text, max(0, c.start - offset - 50), c.start - offset)))]
    if any(c.kind == "basis" and c.value == "prev_period" for c in cues):
        # «прирост к январю 2025 года»: a month with its year is that month a year before, no
        # month-on-month basis (that is «к январю» alone)
        cues = [c for c in cues if not (c.kind == "basis" and c.value == "prev_period"
                                        and _YEAR_NEXT.match(text, c.end - offset))]
    if (cont := lx.continent_forms(g.lang)) and any(c.kind == "country" and c.value in lx.continents() for c in cues):
        cues = _continent_reading(cues, text, offset, g, cont)
    near = _currency_rx(g.lang)
    if near is not None and any(c.kind == "country" for c in cues):
        sign, after, before = near
        dollar = _dollar_countries()
        # "US$50 billion", "240 млрд долларов США", « dollars américains »: a currency's country
        # (a name in the case that names a receiver is one: «на 5 млрд долларов Китаю»; a "$"
        # after a space is only a dollar country's: "China to Russia $9.2 billion" names Russia)
        cues = [c for c in cues if c.kind != "country" or not (
            after.match(text, c.end - offset)
            or sign.match(text, c.end - offset) and (c.value in dollar or text.startswith("$", c.end - offset))
            or c.text not in g.recipient_forms and (noun := before.search(text, max(0, c.start - offset - 16), c.start - offset))
            and _money_of(c.value, noun.group(), g.lang, dollar))]
    return cues


def _continent_reading(cues: list[Cue], text: str, offset: int, g: CueGrammar,
                       cont: dict[str, tuple[str, str]]) -> list[Cue]:
    """The cues with a bloc's form that also names a continent ("Europe", « européen ») read as
    the continent (a region with no code) where the sentence lists it among two other
    continents at least ("to Africa (37%), Europe (27.2%) and Asia (23.6%)"). Not beside one
    continent alone ("52.3 bcm of LNG to Europe and 21.1 bcm to Asia", "from North America to
    Europe": the gold reads the bloc there), nor with a country noun after it ("the European
    nation": one country)."""
    others = [c for c in cues if c.kind == "country" and c.value in lx.continents()]
    noun = _periphrasis_rx(g.lang)
    out = []
    for c in cues:
        got = cont.get(lx.fold(c.text)) if c.kind == "country" else None
        if got is not None and got[0] == c.value and not (noun is not None and noun[0].match(text, c.end - offset)):
            rest = [o for o in others if o.value != got[1]]
            if len({o.value for o in rest}) >= 2:
                c = Cue(c.start, c.end, c.kind, got[1], c.text)
        out.append(c)
    return out


def _money_of(code: str, noun: str, lang: str, dollar: frozenset[str]) -> bool:
    """A country right after a currency noun is the currency's ("долларов США", « dollars
    canadiens ») when the noun names its money; another is the next word's («1,5 миллиарда
    долларов узбекской продукции»: Uzbek goods). A noun of no known money keeps the name."""
    cur = _lookup(lx.currency_names(lang), noun.strip()) if noun.strip() else None
    if cur is None:
        return True
    if cur == "USD":
        return code in dollar
    if cur == "EUR":
        return code == "EUU" or code in lx.bloc_members("EUU")
    home = lx.currency_home(cur)
    return not home or home == code


def country_anaphors(cues: list[Cue], text: str, g: CueGrammar, earlier: Iterable[list[Cue]],
                     owner: str = "") -> list[Cue]:
    """The cues with each country named by a demonstrative noun ("ce pays", "this country",
    «этой страны»: the lexicon's `country_anaphora`) made that country, where the noun is a
    flow's destination or origin ("vers ce pays", "from that country"; as a subject, an owner or
    after a bare "of"/« de » it is read no better than without it, and dropped): the last
    country named by a name before it that is neither the article's flow `owner` (« les
    exportations vers ce pays » are the owner's, to another) nor its own clause's subject or
    owner (« les importations du Maroc en provenance de ce pays » point further back than
    Morocco; but a subject with a selling verb is where "imported from that country" came
    from), in the sentence or, failing that, in the `earlier` sentences' cues (the nearest first)."""
    if not any(c.kind == "anaphor" for c in cues):
        return cues
    weak = _words_rx(g.lang, "direction", "weak_from", r"\s*$")
    out: list[Cue] = []
    for a in cues:
        if a.kind != "anaphor":
            out.append(a)
            continue
        role = _read_role(Cue(a.start, a.end, "country", "?", a.text), text, cues, g)
        if role not in ("to", "from") or role == "from" and weak is not None and weak.search(text, max(0, a.start - 12), a.start) \
                and not (g.from_named is not None and g.from_named.search(text, max(0, a.start - 40), a.start)):
            continue
        same = [c for c in out if c.kind == "country" and c.value != "WLD"]
        # (a subject across a colon or dash is another clause's: "Morocco made the top three:
        # imports from this country reached ...")
        own = {owner}
        for c in same:
            r = _role(c, text, cues, g)
            if r not in ("subj", "poss", "adj") or _CLAUSE_BREAK.search(text, c.end, a.start):
                continue
            if r == "subj":
                # (a subject is the clause's own only with its flow verb before the noun: « Le Maroc
                # exporte ... vers ce pays »; not «Египет, в эту страну было поставлено»; and one
                # with a selling verb is where "imported from that country" came from)
                verbs = [o for o in cues if o.kind in ("indicator", "seller", "buyer") and c.end <= o.start < a.start]
                if not verbs or role == "from" and any(o.kind == "seller" for o in verbs):
                    continue
            own.add(c.value)
        pick = ""
        for cs in itertools.chain((same,), earlier):
            pick = next((c.value for c in reversed(cs) if c.kind == "country" and c.value != "WLD" and c.end <= a.start
                         and c.value not in own and _one_country(c.value)
                         and lx.fold(c.text) not in g.demonym_forms), "")
            if pick:
                break
        if pick:
            out.append(Cue(a.start, a.end, "country", pick, a.text))
    return out


@lru_cache(maxsize=None)
def _share_pronoun_rx(lang: str) -> re.Pattern[str] | None:
    """A pronoun that names a share again (lexicon `share_pronouns`: « celle de », "that of")."""
    words = lx.load(lang).get("share_pronouns")
    return recache.compile(r"(?<!\w)" + lx.alternation(words) + r"(?!\w)", re.I) if words else None


@lru_cache(maxsize=None)
def _words_rx(lang: str, section: str, key: str, tail: str) -> re.Pattern[str] | None:
    """The lexicon's `<section>.<key>` words as one pattern, whole words, `tail` after them; None
    for a language with none. `direction.weak_from` + `\\s*$`: a bare "of"/« de » right before a
    demonstrative noun (its owner as often as its origin); `direction.list_repeat` + `\\s*$`: the
    end of a direction phrase repeated alone before each item of a list (« du » after « à
    destination du Singapour (55%) »); `periods.present_words`, `periods.published_words`."""
    words = lx.load(lang).get(section, key)
    return recache.compile(r"(?<!\w)" + lx.alternation(words) + tail, re.I) if words else None


#: how far after a figure its parts' word may open them for the figure to be their whole
PARTS_NEAR = 80
#: how far back (characters) exports or deliveries make a revenue word after them their value
EARNED_NEAR = 400

_CLAUSE_BREAK = recache.compile(r"[:;\u2013\u2014]|\s-\s")


def _one_country(code: str) -> bool:
    return code not in REGIONS and not lx.bloc_members(code)


def _combined(cues: list[Cue]) -> list[Cue]:
    """The cues with each combining form ("Indo-", «российско-»: `lexicon.combining_forms`)
    kept, without its hyphen, only when another country's form follows it right away: the
    first of a pair ("Indo-Pakistani trade"), not a region ("Indo-Pacific")."""
    out = []
    for i, c in enumerate(cues):
        if c.kind == "country" and c.text.endswith("-"):
            nxt = next((x for x in cues[i + 1:] if x.kind == "country"), None)
            if nxt is None or nxt.start != c.end or nxt.value == c.value:
                continue
            c = Cue(c.start, c.end - 1, c.kind, c.value, c.text[:-1])
        out.append(c)
    return out


#: after a place opening a paragraph: a date and an agency, then a dash or a colon ("NEW DELHI,
#: Jan 13 (Reuters) -", « Moscou, 12 janvier (AFP) - », "TOKYO:")
_DATELINE_TAIL = recache.compile(r"(?P<date>,[^.\n,]{0,30})?\s*(?P<agency>\([^)]{1,40}\))?(?P<dash>\s+[-\u2013\u2014]\s|\s*:\s)")


def without_dateline(cues: list[Cue], text: str, start: int) -> list[Cue]:
    """The cues of a paragraph's first sentence but a dateline's place: the city or country a
    wire story was filed from is no party to its figures."""
    first = next((c for c in cues if c.kind == "country"), None)
    if first is None or first.start > start + 2:
        return cues
    tail = _DATELINE_TAIL.match(text, first.end)
    if tail is None or not (tail.group("date") or tail.group("agency") or (first.text.isupper() and len(first.text) > 3)):
        return cues
    # (not a list row: "United Arab Emirates (UAE) - 435,000 barrels a day")
    if text[tail.end():tail.end() + 1].isdigit() or any(tail.start("agency") <= c.start < tail.end("agency")
                                                        for c in cues if tail.group("agency")):
        return cues
    return [c for c in cues if c is not first]


#: region and bloc codes whose demonym may stand in a periphrasis of one country
REGIONS = frozenset({"AFR", "ASIA", "LATAM", "ASEAN", "EUU"}) | lx.region_codes()


@lru_cache(maxsize=None)
def _periphrasis_word(lang: str) -> re.Pattern[str] | None:
    words = lx.load(lang).get("periphrasis_nouns")
    return recache.compile(lx.alternation(words)) if words else None


@lru_cache(maxsize=None)
def _periphrasis_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    word = _periphrasis_word(lang)
    if word is None:
        return None
    return recache.compile(r"\s+" + word.pattern), recache.compile(word.pattern + r"\s+$")


_WORD_BEFORE = recache.compile(r"[^\W\d]+\s+$")


#: one country's noun: a definite article and at most a capitalised word or two before it ("the
#: Gulf state", "le pays", « l'Etat hébreu » has its word after)
_ONE_NOUN_BEFORE = recache.compile(r"(?:\b[Tt]he|\b[Ll][ea]|\b[Ll]['\u2019])\s*(?:[A-Z][^\W\d]*(?:[- ][A-Z][^\W\d]*)?\s+)?$")


def with_directed_noun(cues: list[Cue], text: str, lo: int, p: re.Match[str], art: ArticleContext) -> list[Cue]:
    """The cues with the country noun `p` a flow goes to or comes from (`directed_noun`: "India
    exported goods worth $16.7 billion to the Gulf state") as the one country of the article's
    pair the sentence does not name; the cues as they are when that cannot be told."""
    named = {c.value for c in cues if c.kind == "country"}
    left = [x for x in art.pair if x not in named]
    if len(left) != 1:
        return cues
    if not _ONE_NOUN_BEFORE.search(text, max(lo, p.start() - 30), p.start()):
        return cues  # "vers d'autres pays", "во все страны": many countries, not one
    start = w.start() if (w := _WORD_BEFORE.search(text, max(lo, p.start() - 30), p.start())) else p.start()
    added = Cue(start, p.end(), "country", left[0], text[start:p.end()])
    return sorted([*cues, added], key=lambda c: c.start)


def directed_noun(text: str, lo: int, hi: int, g: CueGrammar) -> re.Match[str] | None:
    """The first country noun in the span a flow goes to or comes from ("to the Gulf state", « vers
    le pays voisin », « en provenance du voisin du nord »): a partner named, if not by name."""
    rx = _periphrasis_word(g.lang)
    if rx is None:
        return None
    for p in rx.finditer(text, lo, hi):
        end = p.start()
        for _ in range(2):  # right before the noun, or before one word more ("the Gulf state")
            if _search(g, "before_to", text, max(lo, end - 30), end) or _search(g, "before_from", text, max(lo, end - 30), end):
                return p
            w = _WORD_BEFORE.search(text, max(lo, end - 30), end)
            if w is None:
                break
            end = w.start()
    return None


#: what stands right before a word that opens its sentence (a demonym capitalised there alone:
#: «Африканская страна уже приобрела ...»)
_OPENS_SENTENCE = recache.compile(r"(?:[.!?]\s+|\n\s*)$")


def periphrasis(cues: list[Cue], text: str, art: ArticleContext, g: CueGrammar) -> list[Cue]:
    """A region's demonym with a country noun ("the South Asian nation", « le pays nord-africain »)
    is one country: the one of the region the sentence names, else the one of the article's
    pair (of the region, when the gazetteer lists its members) the sentence does not name
    otherwise; when that cannot be told, no party at all (not the region)."""
    rx = _periphrasis_rx(g.lang)
    if rx is None or not any(c.kind == "country" and c.value in REGIONS for c in cues):
        return cues
    after, before = rx
    out = []
    for c in cues:
        if c.kind == "country" and c.value in REGIONS and (c.text[:1].islower() == g.demonym_lowercase or (
                g.demonym_lowercase and (c.start == 0 or _OPENS_SENTENCE.search(text, max(0, c.start - 4), c.start)))) \
                and ((noun_after := after.match(text, c.end)) or (b := before.search(text, max(0, c.start - 16), c.start))):
            named = {o.value for o in cues if o.kind == "country" and o is not c}
            members = lx.bloc_members(c.value)
            if not noun_after:
                # (« vers le pays asiatique »: the noun before is the phrase's head, where a
                # preposition before it is read)
                c = replace(c, start=b.start(), text=text[b.start():c.end])
            same = {v for v in named if v in members}
            if len(same) == 1:
                # "the Uruguay XXI Institute ... showed that the South American country's exports":
                # the one country of the region the sentence names
                out.append(replace(c, value=same.pop()))
                continue
            left = [p for p in art.pair if p not in named and p != "WLD" and (not members or p in members)]
            if len(left) == 1:
                out.append(replace(c, value=left[0]))
            elif not left and (last := _last_named_member(members, named, c.start, art)):
                # « Le Brésil vend du sucre à l'Algérie ... La Chine a acheté ... les exportations du
                # Brésil vers le pays asiatique »: no country of the pair is of the region; the
                # one of it the article named last before
                out.append(replace(c, value=last))
            continue
        out.append(c)
    return out


def _last_named_member(members: frozenset[str] | set[str] | tuple[str, ...], named: set[str], before: int,
                       art: ArticleContext) -> str | None:
    """The member of a region the article named last before offset `before` (the title counts
    as first), none of `named`; None when it named none."""
    best, where = None, -2
    for code in members or ():
        if code in named:
            continue
        at = [o for o in art.seen.get(code, ()) if o < before]
        if at and at[-1] > where:
            best, where = code, at[-1]
    return best


@lru_cache(maxsize=None)
def _currency_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    words = lx.load(lang).get("currency_nouns")
    if not words:
        return None
    alt = lx.alternation([w for w in words if w != "$"])
    return recache.compile(r"\s?\$"), recache.compile(r"\s*" + alt, re.I), recache.compile(alt + r"\s+$", re.I)


@lru_cache(maxsize=1)
def _dollar_countries() -> frozenset[str]:
    return frozenset(str(c) for c in lx.currencies().get("dollar_countries") or [])


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
    #: the countries the title names
    title_codes: tuple[str, ...] = ()
    #: every place the title, lead and figures' sentences name each country, in order (offsets in
    #: the article; the title's are -1): the first is where the text first names it
    seen: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    #: the month the article's split years start at ("2023-24"): its country's fiscal year or
    #: its crops' season (0: the lexicon's); `seasons`: "2023-2024" alone is a crop season
    fiscal_start: int = 0
    seasons: bool = False
    #: that country names a fiscal year by the year it starts in (Japan's "fiscal 2024")
    fiscal_by_start: bool = False
    #: the article counts in Iranian years ("the first five months of the current Iranian year")
    solar_year: bool = False
    #: the country whose own flows the article reports most ("Senegal's imports", "les
    #: fournisseurs du Sénégal", "Казахстан экспортировал"): one side of the partners it lists
    #: ("" when no country clearly leads); a candidate the choice scorer weighs
    owner: str = ""
    #: the owner of a flow the title names, else the text's first sentence (its headline or
    #: lead: "Moroccan DAP/MAP phosphate fertilizer exports continue to ..."), however often the
    #: rest names others; a candidate the choice scorer weighs
    lead_owner: str = ""
    #: the country of the outlet's address (lexicon.outlet_country): "AUS" for a .com.au site
    outlet: str = ""
    #: the country whose own money most of the article's amounts are in (`money_home`): "TUN" for
    #: a story in dinars (not the dollar's or the euro's: they are everyone's); a candidate the
    #: choice scorer weighs
    money_home: str = ""
    #: how firmly the article keeps to its pair (`article_focus`): a feature the scorer weighs
    focus: str = ""
    #: the title or lead speaks of the pair's trade together ("le commerce bilatéral franco-coréen",
    #: "trade between the two countries"): an unqualified flow after it is more often the pair's
    #: than the world's; a feature the scorer weighs
    bilateral: bool = False
    #: the goods the article is about ("Canadian potash exports", an article on tea): the goods
    #: word its title, lead and figures' sentences name most, weighted like `article_pair`
    #: ("" when none, or none leads); `goods_share` its part of all goods named, in tenths;
    #: `goods_title`: the title names it. A commodity candidate the choice scorer weighs.
    goods: str = ""
    goods_share: int = 0
    goods_title: bool = False
    #: how often each country was the exporter and the importer of the figures so far
    sides: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    #: period phrases already read, per text: a sentence is read once per article, whatever
    #: its figures ask (kept per article, so nothing outlives the article it was read in)
    matches: dict[str, list[tuple[str, re.Match[str]]]] = field(default_factory=dict, repr=False, compare=False)
    periods: dict[tuple[str, int, bool], list[pr.PeriodCue]] = field(default_factory=dict, repr=False,
                                                                     compare=False)


def _country_weights(weighted: list[tuple[float, list[Cue]]]) -> tuple[dict[str, float], list[str]]:
    """How much each country is named (title weighted most), and the countries most named
    first (first named first on a tie)."""
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    many = lx.many_partners()
    for weight, cues in weighted:
        for c in cues:
            if c.kind == "country" and c.value != "WLD" and c.value not in many:
                counts[c.value] = counts.get(c.value, 0) + weight
                first.setdefault(c.value, len(first))
    return counts, sorted(counts, key=lambda k: (-counts[k], first[k]))


def article_focus(weighted: list[tuple[float, list[Cue]]]) -> str:
    """How firmly the article keeps to its pair, for the choice scorer: "one" (one country far
    ahead: its trade with the world), else whether the second country is named nearly as much as
    the first ("even") or well behind ("lead"), and whether a third comes close to the second
    ("+crowd": a statistics release naming many partners in passing); "" without countries."""
    counts, ranked = _country_weights(weighted)
    if not ranked:
        return ""
    if len(ranked) == 1 or counts[ranked[0]] >= COUNTRY_REPORT * counts[ranked[1]]:
        return "one"
    a, b = counts[ranked[0]], counts[ranked[1]]
    crowd = len(ranked) > 2 and counts[ranked[2]] >= 0.6 * b
    return ("even" if b >= 0.6 * a else "lead") + ("+crowd" if crowd else "")


def article_pair(weighted: list[tuple[float, list[Cue]]]) -> tuple[str, ...]:
    """The two partners an article is about: the countries most named in its title (weighted
    most), its lead and its figures' sentences, first named first on a tie."""
    counts, ranked = _country_weights(weighted)
    if len(ranked) == 1 or len(ranked) >= 2 and counts[ranked[0]] >= COUNTRY_REPORT * counts[ranked[1]]:
        # one country named far more than any other: a report on its trade with the world
        # ("Japan's exports fell 0.5% in June ... shipments to the US slumped")
        return ranked[0], "WLD"
    return tuple(ranked[:2])


def article_goods(weighted: list[tuple[float, list[Cue]]]) -> tuple[str, int, bool]:
    """The goods an article is about: the commodity named most in its title (weighted most),
    its lead and its figures' sentences; with its share of all goods words named (in tenths)
    and whether the title names it. ("", 0, False) when no goods word is named, or two tie."""
    counts: dict[str, float] = {}
    for weight, cues in weighted:
        for c in cues:
            if c.kind == "commodity" and c.value != "all":
                counts[c.value] = counts.get(c.value, 0) + weight
    if not counts:
        return "", 0, False
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return "", 0, False
    top = ranked[0]
    in_title = bool(weighted) and any(c.kind == "commodity" and c.value == top for c in weighted[0][1])
    return top, int(10 * counts[top] / sum(counts.values())), in_title


def flow_owner(weighted: list[tuple[str, float, list[Cue]]], g: CueGrammar,
               money: Iterable[str] = ()) -> str:
    """The country an article names most as the owner of a flow: a possessor or demonym of a
    trade word ("Senegal's imports", « les importations sénégalaises », « fournisseurs du
    Sénégal »), or the subject right before a flow word ("Казахстан экспортировал"); each
    (text, weight, cues) a title or sentence. "" unless one leads by half again the next.
    `money`: the currency of each of the article's amounts; a country's own money counts for it
    (a statistics office reports in its currency: riyals in a story on Saudi trade), up to a cap."""
    tally: dict[str, float] = {}
    many = lx.many_partners()
    for code in money:
        home = lx.currency_home(code)
        if home:
            tally[home] = min(OWNER_MONEY_CAP, tally.get(home, 0.0) + OWNER_MONEY)
    weak = _words_rx(g.lang, "direction", "weak_from", r"\s*$")
    for text, weight, cues in weighted:
        flows = [o for o in cues if o.kind == "indicator"]
        if not flows:
            continue
        for c in cues:
            if c.kind != "country" or c.value == "WLD" or c.value in many:
                continue
            role = _role(c, text, cues, g)
            # (or a bare "of" between an exports or trade word and the name: "the foreign trade
            # turnover of Kyrgyzstan", « les exportations du Sénégal »; not imports, whose « de »
            # names their origin: « les importations de Chine »)
            of_owner = role == "from" and weak is not None and any(
                o.value in ("exports", "bilateral_trade") and 0 < c.start - o.end <= 8
                and weak.search(text, o.end, c.start) is not None for o in flows)
            if role in ("poss", "adj") or of_owner or role == "subj" and any(0 <= o.start - c.end <= OWNER_GAP for o in flows):
                if _holds_share(c, text, g):
                    continue  # "Russia's share of India's imports": a supplier's part of the owner's flow
                tally[c.value] = tally.get(c.value, 0.0) + weight
    if not tally:
        return ""
    ranked = sorted(tally.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return top if n >= OWNER_MIN and n >= OWNER_LEAD * second else ""


def money_home(units: Iterable[str]) -> str:
    """The country whose own money more than half of an article's amounts (two at least) are in,
    of those in some country's own money: dinars in a story on Tunisian olive oil, « francs » in
    one on Swiss watches; "" for dollars and euros (every country's), or no clear lead.

    >>> money_home(["TND", "TND", "percent", "USD"]), money_home(["USD", "EUR"]), money_home(["GBP", "CNY"])
    ('TUN', '', '')
    """
    homes = [h for h in map(lx.currency_home, units) if h]
    if len(homes) < 2:
        return ""
    top = max(set(homes), key=homes.count)
    return top if 2 * homes.count(top) > len(homes) else ""


#: how much each amount in a country's own money weighs for it as the flow owner, and at most
OWNER_MONEY = 0.5
OWNER_MONEY_CAP = 2.0
#: a subject owns the flow word that follows it within this many characters ("Kazakhstan exported")
OWNER_GAP = 24
#: how much owner weight (title 3, sentence 1 per naming) the leading country needs, and by how
#: much it must lead the next one
OWNER_MIN = 1.0
OWNER_LEAD = 1.5


def _report_country(art: ArticleContext, ind: str) -> str:
    """The country an article reports on, for its exports and imports: the first of a pair
    `article_pair` set against the world ("" for another pair or flow)."""
    return art.pair[0] if len(art.pair) == 2 and art.pair[1] == "WLD" and ind in ("exports", "imports") else ""


#: how many times more than any other a country must be named for its article to be a report
#: on its trade with the world (dev gold: 55% of such articles' rows are against the world at
#: 3-5 times, 88% beyond, against 9-19% below)
COUNTRY_REPORT = 3.0


def _past_colon(c: Cue, m: Mention, cues: list[Cue], text: str) -> bool:
    """A forecast word before a colon, and a flow word of the figure's own after it: the colon
    opens a statement of fact ("That would put purchases back on par: data shows China bought
    22.5 million tons"), not the list of what is forecast (« L'Ukraine pourrait exporter : 29,5
    millions de tonnes de maïs »)."""
    if c.value != "forecast":
        return False
    colon = text.rfind(":", c.end, m.start)
    return colon >= 0 and any(x.kind == "indicator" and colon < x.start < m.start for x in cues)


def _barrier(g: CueGrammar, text: str, a: int, b: int) -> bool:
    """A comparison word between a goal or forecast word and a figure, not the end of an
    approximation ("commitment to more than double the trade": "than" compares nothing)."""
    approx = _approx_end_rx(g.lang)
    for w in _finditer_in(g, "modality_barrier", text, a, b):
        ap = approx.search(text, max(0, w.start() - 12), w.end()) if approx is not None else None
        # (", more than $190 billion last year" after a comma is a comparison all the same)
        if ap is None or text[max(0, ap.start() - 3):ap.start()].rstrip().endswith(","):
            return True
    return False


@lru_cache(maxsize=None)
def _approx_end_rx(lang: str) -> re.Pattern[str] | None:
    words = [w for k in ("more_than", "less_than") for w in (lx.load(lang).get("approx", k) or [])]
    return recache.compile(lx.alternation(words) + "$", re.I) if words else None


def _clause_bounds(sent: Sentence, pos: int, g: CueGrammar, text: str | None = None) -> tuple[int, int]:
    """The clause of the sentence holding offset `pos` (`text`: the article, if the sentence is a piece of it)."""
    start, end = sent.start, sent.end
    breaks_in_text = text is not None and text[sent.start:sent.end] == sent.text
    if breaks_in_text:
        breaks = _finditer_window(g, "clause_break", text, sent.start, sent.end)
    else:
        breaks = g.folded["clause_break"].finditer(sent.text, None)
    spans = [(sent.start + m.start(), sent.start + m.end()) for m in breaks]
    src, base = (text, 0) if text is not None and breaks_in_text else (sent.text, sent.start)
    opener = src[sent.start - base:spans[0][0] - base].strip(" \"'«“") if spans else ""
    if spans and (not opener or len(opener) <= 24 and opener.endswith(",") and "," not in opener[:-1]):
        # a sentence opening on "While ...", « Alors que ... » (behind a short phrase and its
        # comma at most: « En 2018, alors que le Qatar occupait le premier rang, ... »): its
        # first comma ends that clause
        comma = _FRONT_COMMA.search(src, spans[0][1] - base, sent.end - base)
        if comma is not None:
            spans = sorted(spans + [(base + comma.start(), base + comma.end())])
    for b, e in spans:
        if b < pos:
            start = max(start, e)
        elif b >= pos:
            end = min(end, b)
            break
    return start, end


def figure_clause(sent: Sentence, m: Mention, figures: list[Mention], g: CueGrammar, text: str) -> tuple[int, int]:
    """The figure's clause; for a figure in a bracket opened right after another figure
    ("экспорт составил $3,337 млрд (снижение на 31,7%), импорт ..."), the clause ends with the
    bracket: what follows it is another flow's."""
    lo, hi = _clause_bounds(sent, m.start, g, text)
    op = text.rfind("(", lo, m.start)
    if op < 0 or ")" in text[op:m.start] or not any(x.end <= op and not text[x.end:op].strip() for x in figures):
        return lo, hi
    close = text.find(")", m.end, hi)
    return lo, (close + 1 if close >= 0 else hi)


#: the comma that ends a clause opened at the start of its sentence (not one inside a number)
_FRONT_COMMA = recache.compile(r",(?!\d)")


def _earned(m: Mention, cues: list[Cue], text: str, c_lo: int, sent: Sentence, g: CueGrammar) -> bool:
    """Money a country or a firm « a gagné » from a sale (lexicon: earned_after after the amount,
    no flow word as the verb's subject): a level earned, not a change."""
    return g.earned_after is not None and len(m.unit) == 3 and m.unit.isupper() \
        and g.earned_after.match(text, m.end, sent.end) is not None \
        and not any(c.kind == "indicator" and c_lo <= c.start < m.start for c in cues)


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


def _in_closed_bracket(c: Cue, m: Mention, text: str) -> bool:
    """The cue sits inside a bracket that closes before the figure, or opens after it."""
    if c.end <= m.start:
        op, cl = text.rfind("(", max(0, c.start - 80), c.start), text.find(")", c.end, m.start)
        return op >= 0 and cl >= 0 and ")" not in text[op:c.start]
    cl = text.find(")", c.end, c.end + 80)
    op = text.rfind("(", m.end, c.start)
    return op >= 0 and cl >= 0 and ")" not in text[op:c.start]


#: a bracket opening right after a figure, and one closing right after a word
_OPEN_BRACKET = recache.compile(r"\s?\(\s?")
_CLOSE_BRACKET = recache.compile(r"\s?\)")

#: a comma and nothing else between a figure and the flow word of the next clause
_COMMA_ONLY = recache.compile(r"\s*,\s*")


def _optional_article(lex: lx.Lexicon) -> str:
    """A list article (lexicon: `list_articles`) and the spaces after it, optional, as a pattern
    piece ("" when the language lists none)."""
    arts = [str(a).strip() for a in (lex.get("list_articles") or [])]
    return r"(?:" + lx.alternation(arts) + r"\s*)?" if arts else ""


@lru_cache(maxsize=None)
def _comma_article(lang: str) -> re.Pattern[str]:
    """A comma and a list article (lexicon: `list_articles`) between a figure and the flow word
    of the next clause: ", les importations", ", the imports"."""
    return recache.compile(r"\s*,\s*" + _optional_article(lx.load(lang)), I)


@lru_cache(maxsize=None)
def _gap_head(lang: str) -> re.Pattern[str] | None:
    """A coordinator (with a comma, and a word of up to three letters after it) between a
    figure and the flow word of the next clause."""
    words = lx.load(lang).get("list_and")
    return recache.compile(r"\s*,?\s*" + lx.alternation(words) + r"\s+(?:[^\W\d]{1,3}\s+)?", I) if words else None


def resolve(m: Mention, sent: Sentence, sent_cues: list[Cue], prev: Frame | None,
            prev_sent_cues: list[Cue] | None, art: ArticleContext, text: str,
            sent_figures: list[Mention], g: CueGrammar, context_period: str | Callable[[], str] = "",
            history: list[Frame] | None = None, topic_period: str | Callable[[], str] = "") -> Frame:
    """Decide every field of the claim that figure `m` states. `context_period` and
    `topic_period` may be given as functions: they are called only for a figure that is not
    rejected (they are read for its period)."""
    f = Frame(approx=m.approx)
    c_lo, c_hi = f.clause = figure_clause(sent, m, sent_figures, g, text)
    # keep figures' own text out of cue search: "200 milliards de dollars" is no cue
    cues = _unshadowed([c for c in sent_cues if not (m.start <= c.start < m.end)])
    # --- indicator ------------------------------------------------------------------
    # The window for a figure starts after the previous figure's cue-free stretch: a cue
    # that sits between an earlier figure and this one belongs to this one.
    # a flow word in an apposition to a name (", its biggest trading partner,") describes the
    # name, not the figure, when another flow word is in reach
    flows = [c for c in cues if c.kind == "indicator"]
    # (so does one that qualifies a partner: "Exports to major trade partners in ASEAN rose 15.1%")
    side = [c for c in flows if _appositive(c, cues, text, m) or _partner_flow(c, text, g)] if len(flows) > 1 else []
    reach = [c for c in cues if c not in side] if side and len(side) < len(flows) else cues
    # a flow word inside a bracket the figure is not in glosses another word ("the trade gap
    # (difference between imports and exports) was USD 6.47 billion"), when another is in reach
    glossed = [c for c in flows if c in reach and _in_closed_bracket(c, m, text)]
    if glossed and len(glossed) < sum(1 for c in flows if c in reach):
        reach = [c for c in reach if c not in glossed]
    # a flow word right after the figure and a coordinator heads the next, gapped clause: "exports
    # fell 35.3% to $2.75 billion and imports by 20.1% to $5.54 billion"
    # (« ... à 2,75 milliards et les importations de 20,1 % »: an article may stand before it)
    head = _gap_head(g.lang)
    # (a comma alone will do when the figure's clause has its own flow word before it: «импорт в
    # Таджикистан из РФ составил $1,58 млрд, экспорт в РФ из республики - $134,7 млн»)
    own_before = any(c.end <= m.start and c_lo <= c.start for c in flows)
    # (or an article too, when the sentence named the figure's flow before its clause: « Alors que
    # les exportations ... ont affiché 5,8%, à un record de 233,1 milliards, les importations en ont
    # fait de même, gagnant 8,6% »)
    comma_art = _comma_article(g.lang) if any(c.end <= m.start for c in flows) else None
    gapped = [c for c in flows if c.start >= m.end and (
                  head is not None and head.fullmatch(text, m.end, c.start)
                  or own_before and _COMMA_ONLY.fullmatch(text, m.end, c.start)
                  or comma_art is not None and comma_art.fullmatch(text, m.end, c.start))
              and any(x.start >= c.end and x.start - c.end <= 40 for x in sent_figures)] if len(flows) > 1 else []
    if gapped:
        reach = [c for c in reach if c not in gapped]
    # a flow word after a part-of-whole word names the parts, not the whole before it ("it reached
    # 61.4 billion USD, up 11.9%, of which exports reached 45 billion USD")
    whole_at = _search_in(g, "part_of_whole", text, m.end, sent.end) if g.part_of_whole is not None else None
    before_parts = cues
    if whole_at is not None and any(x.start >= whole_at.end() for x in sent_figures):
        reach = [c for c in reach if not (c.kind == "indicator" and c.start >= whole_at.end())]
        before_parts = [c for c in cues if c.start < whole_at.end()]
    flow = _respective(m, cues, sent_figures, local=(text, g)) or _nearest(reach, m.start, m.end, c_lo, c_hi, {"indicator"}, 1.0, 3.0, text)
    where = "clause"
    if g.flow_after is not None and (fa := g.flow_after.match(text, m.end)) is not None:
        # "6 milliards pour les importations et 1,5 milliard pour les exportations": a flow word
        # glued to the figure by a linking word is the figure's own, whatever flow came before
        own_after = next((c for c in flows if c.start == fa.end()), None)
        if own_after is None and g.flow_after_change is not None and g.flow_after_change.fullmatch(fa.group(0)):
            # (a demonym between, after a change noun: "a 2.2% increase in Chinese exports"; not
            # "88% of EU exports", an owner's)
            dem = next((c for c in cues if c.kind == "country" and c.start == fa.end()), None)
            own_after = next((c for c in flows if dem is not None and 0 < c.start - dem.end <= 1), None)
        if own_after is not None and not ("det" in fa.re.groupindex and fa.group("det") and any(
                c.kind == "generic" and c.start == own_after.start for c in cues)):
            # (behind a possessive, "of its shipments", a generic flow word says nothing of the direction)
            flow = own_after
    if (ob := _OPEN_BRACKET.match(text, m.end)) is not None:
        # "February 2024: $395,067,831 (Exports) - $102,598,928 (Imports)": a flow word alone in
        # the bracket right after the figure names its flow
        alone = next((c for c in flows if c.start == ob.end() and _CLOSE_BRACKET.match(text, c.end)), None)
        if alone is not None:
            flow = alone
    if flow is None:
        flow = _nearest([c for c in before_parts if c not in gapped] if gapped else before_parts,
                        m.start, m.end, sent.start, sent.end, {"indicator"}, 1.0, 3.0, text)
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
    # after a figure, a non-trade word right behind it counts, or one in a percentage's "of" phrase
    # ("57.4% of global steel production", "40% of global economic output")
    reach = 40 if m.unit == "percent" and g.share_after_re is not None and g.share_after_re.match(text, m.end) else 12
    party_share = earned = False
    nontrade = _nearest([c for c in cues if c.kind == "nontrade" and (
        c.end <= m.start or c.start - m.end <= reach and not _PUNCT_BEFORE_CUE.search(text[m.end:c.start]))],
                        m.start, m.end, c_lo, c_hi, {"nontrade"}, 1.0)
    def _segment(c: Cue) -> bool:  # no punctuation between the cue and the figure
        a, b = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
        return not _PUNCT.search(text, a, b)

    if nontrade is not None and g.money_nontrade is not None and g.money_nontrade.fullmatch(nontrade.text) and (
            flow is not None and c_lo <= flow.start < c_hi
            or flow is None and prev is not None and prev.indicator in ("exports", "energy_deliveries")
            and prev.sentence_start >= sent.start - EARNED_NEAR):
        # "the second-largest export market with total revenue of US$35.79 billion": the money
        # a flow of the clause earns is that flow's value (and, with no flow word, the money the
        # exports just spoken of earn: "followed by Japan with 15.25% share with revenues
        # amounting to $728 million")
        nontrade = None
        earned = flow is None  # (the flow before is this figure's: no bar to inheriting it, below)
    if nontrade is not None and g.party_nontrade is not None and g.party_nontrade.fullmatch(nontrade.text) \
            and (any((c.kind in ("supplier", "indicator") or c.kind == "country" and c.start < nontrade.start)
                     and c_lo <= c.start < c_hi for c in cues)
                 # (or a country right after it, « la part de marché du Brésil », or its possessive
                 # before it, "Norway remained the top supplier, but its market share shrunk to 57%")
                 or any(c.kind == "country" and _OWNER_OF.fullmatch(text, nontrade.end, c.start) for c in cues)
                 or g.possessive_det is not None
                 and g.possessive_det.search(text, max(0, nontrade.start - 12), nontrade.start) is not None):
        # « la France est le deuxième client de l'Italie avec une part de marché de 10,8 % »: a
        # supplier's or customer's share of a country's trade (its flow may come from before);
        # a country's own share of a market is one too ("Brazil's market share at 53%", not
        # "Huawei's market share in China")
        nontrade = None
        party_share = True
    if nontrade is not None and g.reached_capacity is not None and nontrade.end <= m.start \
            and g.reached_capacity.search(text, max(c_lo, nontrade.start - 60), nontrade.end):
        # "the pipeline will reach its full export capacity of 38 bcm by 2025": the deliveries a
        # pipeline is to carry, not the size it was built to (which "has a capacity of" says)
        nontrade = None
    if nontrade is not None and (flow is None or _wdist(nontrade, m, text) < _wdist(flow, m, text)
                                 or _segment(nontrade) and not _segment(flow)):
        f.rejected = f"not a trade figure: '{nontrade.text}' is the nearest cue"
        return f
    inherited = False
    if flow is None:
        # (a non-trade word bars it in the figure's own clause only: « Alors que l'Europe était à
        # la traîne avec l'absence de touristes, elles ont augmenté de 54,9% vers le Royaume-Uni »)
        no_bar = party_share or earned or not any(c.kind == "nontrade" and c_lo <= c.start < c_hi for c in cues)
        if prev is not None and prev.indicator and no_bar:
            f.indicator, f.commodity = prev.indicator, prev.commodity
            f.why["indicator"] = f"from the previous figure or sentence ({prev.indicator})"
            f.penalty += 0.2
            inherited = True
        elif prev_sent_cues and any(c.kind == "indicator" for c in prev_sent_cues) and no_bar:
            last = [c for c in prev_sent_cues if c.kind == "indicator"][-1]
            f.indicator = last.value
            f.why["indicator"] = f"'{last.text}' in the sentence before"
            f.penalty += 0.25
            inherited = True
        elif no_bar and history and g.figure_anaphora is not None and history[-1].indicator \
                and (ana := g.figure_anaphora.search(text, c_lo, m.start)) is not None:
            # «По данным дипмиссии, за семь месяцев показатель составил $829 миллионов»: the flow
            # of the figure the article spoke of before, named again (more than a sentence back)
            last = history[-1]
            f.indicator, f.commodity = last.indicator, last.commodity
            f.why["indicator"] = f"'{ana.group(0)}': the flow the article spoke of before ({last.indicator})"
            f.penalty += 0.25
            inherited = True
        elif no_bar and (party := _trader_noun(cues, prev_sent_cues, c_lo, c_hi)) is not None:
            # « le troisième fournisseur du Cameroun avec 8,2 % », "the top supplier (Sudan, 7,683 t)":
            # a supplier's figure is the buyer's imports, a customer's the seller's exports
            f.indicator = "imports" if party.value == "supplier" else "exports"
            f.why["indicator"] = f"'{party.text}': a {party.value}'s figure"
            f.penalty += 0.2
        elif m.unit in ("bcm", "bbl/d") or (m.unit == "t" and any(c.kind == "commodity" and c.value in ENERGY for c in cues)):
            f.indicator = "energy_deliveries"
            f.why["indicator"] = f"unit {m.unit} of an energy flow"
            f.penalty += 0.2
        elif history and any(c.kind == "modality" and c.value == "target" and c_lo <= c.start < c_hi for c in cues) \
                and len(m.unit) == 3 and m.unit.isupper():
            # "l'objectif de 300 milliards de dollars d'ici 2030" in a story about one flow: that flow's goal
            f.indicator = history[0].indicator
            f.why["indicator"] = f"the article's lead flow ({f.indicator}) for a goal in money"
            f.penalty += 0.2
        else:
            f.rejected = "no trade cue in its clause, sentence or the sentence before"
            return f
    else:
        f.indicator = flow.value
        f.why["indicator"] = f"'{flow.text}' in the {where}"
    lead_flow = history[0].indicator if history else ""
    if inherited and f.indicator == "trade_balance" and lead_flow not in ("", "trade_balance") \
            and (prev is None or prev.sentence_start != sent.start) \
            and not any(c.kind in ("balance", "indicator") for c in cues):
        # in a story led by another flow, a balance word does not carry over a sentence break:
        # "Last year's $245 billion was probably the peak" is the trade the article follows
        f.indicator = lead_flow
        f.why["indicator"] = f"the article's lead flow ({lead_flow}); a balance does not carry over a sentence"
    # --- commodity ------------------------------------------------------------------------
    com = _respective_commodity(m, cues, sent_figures)
    item = _bracketed_item(m, c_lo, text, cues)  # (an item of a list has its own goods)
    if com is None and item is None and _worth_item(m, c_lo, text, cues, sent_figures, g):
        com = "other"  # "..., dye intermediates worth $112 million": an item of goods named but none of ours
    glued = com is not None or _glued_commodity(cues, m, text, g.of_glue, g.worth_glue) is not None or item is not None
    # (goods after a part-of-whole word are the parts': "$7.73 billion, of which mining products")
    com = com or _commodity(cues, m, c_lo, whole_at.start() if whole_at is not None and m.end <= whole_at.start() < c_hi
                            and any(x.start >= whole_at.end() for x in sent_figures) else c_hi,
                            flow, text, g.of_glue, g.commodity_near_flow, item, g.worth_glue)
    if not glued and _continues(m, prev, cues, sent, c_lo, sent_figures):
        assert prev is not None
        com = prev.commodity or com  # "107 Mt de pétrole (+24 %)", "de 23 %, à 8 millions de tonnes"
    generic = flow is not None and (any(c.kind == "generic" and c.start == flow.start for c in cues)
                                    or g.demonstrative is not None and bool(g.demonstrative.search(text, max(0, flow.start - 8), flow.start)))
    recent = [h for h in (history or []) if h.sentence_start >= sent.start - 400]
    last_goods = recent[-1].commodity if recent and recent[-1].commodity not in ("", "all") else ""
    if com is not None:
        f.commodity = com
        f.why["commodity"] = f"'{com}' near the figure"
    elif inherited and prev is not None and prev.commodity:
        f.commodity = prev.commodity
        f.why["commodity"] = "from the previous figure"
    elif (to_level := _energy_level_after(m, sent_figures, text, cues, g)) is not None:
        # "exports to the United States almost doubled last year, to 23,000 bpd", « ont augmenté de
        # 4 % à 29,2 milliards de mètres cubes »: a change moving to a level in an energy unit is of that energy
        f.commodity = UNIT_COMMODITY[to_level.unit]
        f.why["commodity"] = f"from unit {to_level.unit} of the level it moves to"
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
    elif m.unit == "t" and (weighed := next(
            (h.commodity for h in reversed(history or []) if h.amount_unit == "t" and h.commodity not in ("", "all")), "")):
        # "Le Ghana ... avec 7 550 t" after "23 956 t de fèves de cacao": tonnes are of the goods
        # the article weighed before, not of all goods
        f.commodity = weighed
        f.why["commodity"] = f"tonnes of the goods the article weighed before ({weighed})"
    elif prev is not None and prev.commodity not in ("", "all") and prev.amount_unit == "t" \
            and m.measure_hint == "change" and prev.sentence_start == sent.start:
        f.commodity = prev.commodity  # "avec 7 550 t ..., ces importations ont chuté de 35 %"
        f.why["commodity"] = "from the tonnage before it in the sentence"
    elif generic and last_goods and (not any(c.kind == "country" and c_lo <= c.start < c_hi for c in cues)
                                     or _one_goods(history)):
        f.commodity = last_goods  # "the shipments rose 7.5 times": the goods the article is about
        f.why["commodity"] = f"'{flow.text if flow else ''}' of the goods the article spoke of ({last_goods})"
    elif m.unit == "units" and g.pack_goods is not None and (pack := g.pack_goods.search(m.surface)):
        f.commodity = g.pack_goods_map[lx.fold(pack.group(0))]
        f.why["commodity"] = f"'{pack.group(0)}': goods counted in {pack.group(0)} ({f.commodity})"
    else:
        f.commodity = UNIT_COMMODITY.get(m.unit, "all")
        f.why["commodity"] = f"from unit {m.unit}" if m.unit in UNIT_COMMODITY else "no commodity named"
    if f.indicator == "trade_balance":
        pass
    elif f.commodity in ENERGY:
        f.indicator = "energy_deliveries"
    elif f.indicator == "energy_deliveries" and f.commodity not in ENERGY:
        # goods other than energy "delivered" are exported, "received" imported
        bought = flow is not None and any(c.kind == "buyer" and c.start <= flow.start < c.end for c in cues)
        # (goods of every kind "delivered" are trade too: "goods worth $37.4 bln were delivered
        # from China to Turkey", « le volume de marchandises fournies à la Russie »)
        goods = next((c for c in cues if c.kind == "goods" and c_lo <= c.start < c_hi), None) if f.commodity == "all" else None
        # (nor is an article that never spoke of energy delivering energy: "China, whose supplies
        # were estimated at almost $45 billion" in a story on Turkey's imports)
        no_energy = f.commodity == "all" and art.goods not in ENERGY and not any(h.commodity in ENERGY for h in history or []) \
            and not any(c.kind == "commodity" and c.value in ENERGY for c in cues)
        f.indicator = ("imports" if bought else "exports") if f.commodity != "all" or goods is not None or no_energy \
            else f.indicator
        if goods is not None:
            f.why["indicator"] = f"goods of every kind ('{goods.text}') delivered"
        rev = any(c.kind == "reverse" and c_lo <= c.start < c_hi for c in cues)
        if f.commodity == "all" and rev and prev is not None and prev.indicator in ("exports", "imports"):
            # "Flows in the other direction, dominated by crude oil, barely moved at $129 billion":
            # the other flow of the pair, whatever goods the aside names
            f.indicator = "imports" if prev.indicator == "exports" else "exports"
            f.why["indicator"] = f"the reverse of the previous {prev.indicator} figure"

    elif f.indicator == "bilateral_trade" and f.commodity not in ("all",):
        f.indicator = "exports"
    # --- measure and sign ----------------------------------------------------------------
    b_lo = max(c_lo, m.start - 30)
    before = text[b_lo:m.start]
    if m.measure_hint == "share":
        f.measure = "share"
    elif m.rule == "percent.index":  # a growth index is the rise above 100 (figures._growth_index)
        f.measure = "change"
    elif m.unit == "pp":
        f.measure = "change"
    elif m.unit == "percent":
        # multiples and signed percentages are changes; a plain one may be a part of a whole
        plain = m.rule.startswith("percent") and not m.explicit_sign
        # "supplied 19%, 15% and 10.5% of ...": a list of percentages is measured as its last one is
        last = _list_end(m, sent_figures, text, g) if plain else m
        if m.rule == "percent.from":  # "from 15 to 20 percent": measured as the level it moved to
            last = next((x for x in sent_figures if x.start >= m.end and x.unit == m.unit), m)
        # « la part de la Chine était de 47 %, tandis que celle de l'Inde était de 37 % »: the same
        # noun named again by a pronoun is a share too
        pron_share = plain and prev is not None and prev.measure == "share" and prev.sentence_start == sent.start \
            and prev.figure_end <= m.start and (pr_rx := _share_pronoun_rx(g.lang)) is not None \
            and pr_rx.search(text, prev.figure_end, m.start) is not None
        listed_share = plain and prev is not None and prev.measure == "share" and prev.sentence_start == sent.start \
            and any(c.kind == "country" and _PAREN_OPEN.fullmatch(text, c.end, m.start) for c in cues)
        # "... 21 % de ses importations, devant la Russie (19 %)": a share listed after a share
        # "Russia's share ... dropped from 40% to 36%": the ends of a move in a clause about a share
        # are two shares; "compared with 18.27% a year ago" after a share is the share it was
        moved_share = plain and any(c.kind == "share" and c_lo <= c.start < m.start for c in cues) \
            and bool(_move_end(m, sent_figures, text, "level", g.lang))
        # "coal (from 45 per cent in 2021 to 22 per cent in 2022)", «уголь (с 45% до 22%)»: the
        # two ends of a move between percentages are levels, parts of a whole, unless a rate
        # (growth) is what moves ("growth slowed from 8% to 5%")
        def rate_moves() -> bool:  # "growth", "rate" before the figure: a rate moves, not a level
            return g.rate_words is not None and bool(g.rate_words.search(text, max(c_lo, m.start - 120), m.start))
        moved_pct = plain and not moved_share and g.rate_words is not None \
            and any(m is a or m is b for a, b in _moves(sent_figures, text, g.lang) if a.unit == b.unit == "percent") \
            and not rate_moves()
        # "imports from Russia fell to less than 10%", « ont chuté à moins de 10 % »: the level a flow
        # fell or rose to, when it is a percentage, is its part of a whole (not "growth slowed to 3%")
        to_level = plain and not moved_share and not moved_pct and (tl := _to_level_rx(g.lang)) is not None \
            and bool(tl.search(text, max(c_lo, m.start - 60), m.start)) and not rate_moves()
        baseline_share = plain and prev is not None and prev.measure == "share" and prev.sentence_start == sent.start \
            and bool(_search(g, "contrast_before", text, max(sent.start, m.start - 25), m.start))
        # "5.43 MT, or just over 61%", « 2,34 millions de tonnes, soit 40 % »: the part a level is of
        # its whole (not "soit 3 % de plus": a comparison after it makes a change)
        # ("Kuwait provided 5.12 million barrels (6.9 percent)": a bare percentage opening the
        # bracket right after a level is its part of the whole too)
        restated = plain and prev is not None and prev.sentence_start == sent.start and prev.measure == "level" \
            and 0 <= m.start - prev.figure_end <= 30 \
            and (g.restate_re is not None and bool(g.restate_re.fullmatch(text, prev.figure_end, m.start))
                 or _in_paren_after(prev.figure_end, m, text, reach=2)
                 # "machinery (€26.7 billion, 39.6%)", « (8,3 Md€, 17,3%) »: the level and its part of
                 # the whole, side by side in one bracket
                 or _COMMA_ONLY.fullmatch(text, prev.figure_end, m.start) is not None
                 and _CLOSE_BRACKET.match(text, m.end) is not None
                 and text.rfind("(", max(0, prev.figure_end - 40), prev.figure_end) > text.rfind(")", max(0, prev.figure_end - 40), prev.figure_end)) \
            and not (g.change_after is not None and g.change_after.match(text, m.end))
        # "followed by Canada at 13.7%", "the United States (13.6%)": a bare percentage listed with
        # a country, no rise or fall said before it in the clause, is that country's part
        listed_plain = plain and any(c.kind == "country" and g.listed_with.fullmatch(text, c.end, m.start) for c in cues) \
            and not any(c.kind == "sign" and c_lo <= c.start < m.start for c in cues)
        # « la part de marché du Brésil a augmenté pour atteindre 70 % »: a party's market share is
        # a part of a whole, unless a change is measured in it ("rose by 3%")
        market_share = plain and party_share and not _search(g, "by_before", text, max(c_lo, m.start - 30), m.start) and (
            not any(c.kind == "sign" and c_lo <= c.start < m.start for c in cues)
            or _TO_BEFORE.search(text, max(c_lo, m.start - 12), m.start) is not None)
        f.measure = "share" if plain and (listed_share or pron_share or moved_share or moved_pct or to_level or baseline_share or restated or listed_plain
                                          or market_share or _is_share(last, cues, text, c_lo, c_hi, g)) else "change"
        if f.measure == "change" and g.change_after is not None and (ca := g.change_after.match(text, m.end)):
            f.why["measure"] = f"'{ca.group(1)}' after the percentage"  # "40.7% more than a year ago"
    elif _search(g, "change_before", text, b_lo, m.start):
        f.measure = "change"
        f.why["measure"] = f"'{before.strip()[-25:]}' before an amount"
    elif g.change_after is not None and (ca := g.change_after.match(text, m.end)):
        f.measure = "change"
        f.sign = -1 if _lookup(g.change_after_map, ca.group(1)) == "down" else 1
        f.why["measure"] = f"'{ca.group(1)}' after an amount"
        f.why["sign"] = f"'{ca.group(1)}'"
    elif g.change_gap is not None and (ca := g.change_gap.match(text, m.end)):
        f.measure = "change"
        f.sign = -1 if _lookup(g.change_gap_map, ca.group(1)) == "down" else 1
        f.why["measure"] = f"'{ca.group(0).strip()}' after an amount"
        f.why["sign"] = f"'{ca.group(1)}'"
    elif m.explicit_sign and m.unit not in ("percent", "pp") and f.indicator != "trade_balance":
        # "(+7,2 milliards de m3)": a signed amount is a change (a balance's is its level: « le solde
        # est passé de -28 M€ à -267 M€ »)
        f.measure = "change"
        f.sign = m.sign
        f.why["measure"] = "a signed amount"
        f.why["sign"] = "written sign"
    elif g.change_direct is not None and (cd := _search(g, "change_direct", text, b_lo, m.start)) \
            and not _earned(m, cues, text, c_lo, sent, g):
        f.measure = "change"
        f.sign = -1 if _lookup(g.change_direct_map, cd.group(1)) == "down" else 1
        f.why["measure"] = f"'{cd.group(1)}' before an amount"
        f.why["sign"] = f"'{cd.group(1)}'"
    elif g.change_by is not None and _search(g, "by_before", text, b_lo, m.start) and \
            (cb := _finditer_in(g, "change_by", text, c_lo, m.start)) and not _earned(m, cues, text, c_lo, sent, g):
        f.measure = "change"
        f.sign = -1 if _lookup(g.change_by_map, cb[-1].group(1)) == "down" else 1
        f.why["measure"] = f"'{cb[-1].group(1)} ... by' before an amount"
        f.why["sign"] = f"'{cb[-1].group(1)}'"
    elif prev is not None and prev.sentence_start == sent.start and prev.measure == "change" \
            and prev.amount_unit in ("percent", "pp") and m.unit not in ("percent", "pp") \
            and 0 <= m.start - prev.figure_end <= 40 and _restates_change(prev.figure_end, m, text, g):
        # "dropped 11 percent, or $186 million", « ont augmenté de 7 %, soit 231 millions
        # d'euros », «выросли на 10%, или на 2 млрд долларов»: the amount restates the change
        f.measure = "change"
        f.sign = prev.sign
        f.basis = prev.basis
        f.why["measure"] = "restates the change before it"
        f.why["sign"] = "the change it restates"
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
                if last_change.why.get("sign") == "written sign":
                    # "exportation 3.20 billion (-4.4%), importation 1.67 billion (8.0%)": among
                    # figures that write their sign, one written without is a rise
                    f.sign = 1
                    f.why["sign"] = "no sign written where the figure before wrote one"
                else:
                    f.sign = last_change.sign  # "ont baissé de 13,1 % ..., et les importations de 6,8 %"
                    f.why["sign"] = "the verb of the previous figure in the sentence"
    # --- modality --------------------------------------------------------------------------
    # A goal or forecast word governs the figures after it in its clause, up to a comparison
    # word ("devraient atteindre 100 Mt, contre 67 Mt en 2022"); after a figure, only a word
    # right behind it counts ("the $200 billion target").
    before_mod = [c for c in cues if c.kind == "modality" and c_lo <= c.start and c.end <= m.start
                  and not (_barrier(g, text, c.end, m.start) if g.modality_barrier is not None
                           else _search_in(g, "contrast", text, c.end, m.start))
                  and not _past_colon(c, m, cues, text)]
    after_mod = [c for c in cues if c.kind == "modality" and m.end <= c.start <= m.end + 40
                 and not _PUNCT_QUOTE.search(text, m.end, c.start)
                 and not any(m.end <= x.start < c.start for x in sent_figures)]
    mods = before_mod + after_mod
    if not mods and m.measure_hint == "change":
        # a factor stated by a verb in the future: "will double", «удвоит»: its own word
        mods = [c for c in sent_cues if c.kind == "modality" and m.start <= c.start and c.end <= m.end]
    mod = next((c for c in reversed(mods) if c.value == "target"), None) or (mods[-1] if mods else None)
    if mod is not None and "by' before" in f.why.get("measure", "") and mod.value == "target":
        mod = None  # "exceeded its contractual plan by 800 mln m3": the excess is a fact
    if mod is not None and mod.end <= m.start and f.measure == "level" and _moved_from(m, sent_figures, text, c_lo, g.lang):
        # "will rise to 1.855 million bpd from 1.48 million bpd in October", "to double trade from
        # $100 billion in 2018 to $200 billion": the level it moves from is where it stands now
        mod = None
    if mod is not None:
        f.modality = mod.value
        f.why["modality"] = f"'{mod.text}'"
        if mod.value == "forecast" and g.target_context is not None \
                and (agreed := g.target_context.search(text, sent.start, sent.end)) is not None:
            # "the agreement was expected to raise trade to $100 billion", «согласно плану ...
            # должно быть поставлено 15 млрд кубометров»: what an agreement or plan sets is a target
            f.modality = "target"
            f.why["modality"] = f"'{mod.text}', under '{agreed.group(0)}'"
    # (a comparison word right before a country is a direction: "imports of crude from Russia
    # surged to 1.6 million bpd" compares nothing)
    w_lo = max(sent.start, m.start - 25)
    cmp_word = _search(g, "contrast_before", text, w_lo, m.start)
    f.comparison = cmp_word is not None and not any(
        c.kind == "country" and 0 < c.start - (w_lo + cmp_word.start()) <= 16 and c.end <= m.start for c in cues)
    # --- period and basis -------------------------------------------------------------------
    if callable(context_period):
        context_period = context_period()
    if callable(topic_period):
        topic_period = topic_period()
    # "Lithuania and Estonia imported €22.3 and €12.4 billion, respectively, during the first 11
    # months of 2016": a "respectively" closes the clause, but a tail with no figure after it
    # that ends the sentence is the whole list's (its period)
    p_hi = sent.end if c_hi < sent.end and g.respectively_tail is not None \
        and g.respectively_tail.fullmatch(text, c_hi, sent.end) and not any(x.start >= c_hi for x in sent_figures) else c_hi
    _period(f, m, sent, c_lo, p_hi, prev, art, text, g, cues, sent_figures, context_period, history, topic_period)
    _move_start_period(f, m, sent, sent_figures, text, g, cues, art)
    _last_year_baseline(f, m, sent, sent_figures, text, g, art, prev)
    if not _bracketed_new_level(f, m, sent, sent_figures, text, prev, g.lang):
        _bracketed_baseline(f, m, sent, sent_figures, text, prev, g.lang)
    if f.modality == "forecast" and mod is not None and g.estimate_words is not None and g.estimate_words.fullmatch(mod.text) \
            and art.pub is not None and (end := pr.bounds(f.period)[1]) is not None and end < art.pub:
        # "palm oil imports are estimated at two billion dollars" for a period over when the
        # article appeared: an estimate of what was, no forecast ("for 2025, imports are
        # estimated at $123.5 billion" in December 2025 is one)
        f.modality = "actual"
        f.why["modality"] = f"'{mod.text}': an estimate of a period over"
    f.sentence_start = sent.start
    f.figure_end = m.end
    f.paragraph = sent.paragraph
    if f.measure == "change":
        b = _nearest(cues, m.start, m.end, c_lo, min(c_hi, m.end + 80), {"basis"}, 1.0) or \
            _nearest(cues, m.start, m.end, sent.start, sent.end, {"basis"}, 1.0)
        vs = _search_in(g, "vs_year", text, m.end, min(sent.end, m.end + 80))
        if vs is None:
            vs = _search_in(g, "vs_year", text, c_lo, m.start)
        if vs is None and g.vs_after is not None:
            vs = _search_in(g, "vs_after", text, m.end, min(sent.end, m.end + 40))
            if vs is not None and not vs.group(1).isdigit():
                vs = None  # "the March level" is a baseline, but a basis names a year ("vs:2021")
        if f.basis:
            f.why["basis"] = f.why["period"]
        elif b is not None:
            f.basis = b.value
            f.why["basis"] = f"'{b.text}'"
        elif vs is not None and vs.group(1) not in f.period:
            f.basis = f"vs:{vs.group(1)}"
            f.why["basis"] = f"'{vs.group(0)}'"
            if _MONTH_LABEL.fullmatch(f.period) and int(f.period[:4]) == int(vs.group(1)) + 1 \
                    and _month_named(vs.group(0)[:vs.start(1) - vs.start()], g.lang) == int(f.period[5:]):
                f.basis = "yoy"  # "in July compared with July 2023": the same month a year before
        elif m.rule.startswith("multiple") and vs is not None:
            f.basis = f"vs:{vs.group(1)}"
        else:
            f.basis = "yoy"
            f.why["basis"] = "no comparison stated: year on year by default"
    # --- one figure, two flows ----------------------------------------------------------------
    if f.indicator in ("exports", "imports", "bilateral_trade") and any(
            c.kind == "both" and c_lo <= c.start < c_hi for c in cues) and not (
            # (each its own with "respectively": «как в экспортных, так и в импортных поставках ...
            # 32,4 процента и 22,9 процента соответственно»)
            any(c.kind == "respectively" for c in cues) and sum(1 for x in sent_figures if _same_kind(x, m)) > 1):
        named = [c for c in cues if c.kind == "indicator" and c_lo <= c.start < c_hi
                 and c.value in ("exports", "imports")]
        # (each flow word nearer a figure of its own is no twin: "экспорта в Казахстан ... $147,2
        # млн, в то время, как сумма импорта ... $206,7 млн")
        def nearest_figure(c: Cue) -> Mention:
            # the figure a flow word introduces comes after it; a last flow word looks back
            after = [x for x in sent_figures if x.start >= c.end]
            return min(after, key=lambda x: x.start) if after else max(sent_figures, key=lambda x: x.end)

        if {c.value for c in named} == {"exports", "imports"} and all(nearest_figure(c) is m for c in named):
            first = min(named, key=lambda c: _dist(c, m)).value
            f.indicator, f.twin = first, "imports" if first == "exports" else "exports"
            f.why["twin"] = "one figure for exports and imports alike"
    # --- partners --------------------------------------------------------------------------
    _partners(f, m, cues, sent, c_lo, c_hi, prev, prev_sent_cues, art, text, g, flow, history or [], sent_figures)
    return f


def _respective(m: Mention, cues: list[Cue], figures: list[Mention], kind: str = "indicator",
                local: tuple[str, CueGrammar] | None = None) -> Cue | None:
    """With "respectively", the k-th figure of a kind (percentages, or amounts in one unit)
    goes with the k-th distinct flow word (or goods) named before the sentence's figures."""
    if not any(c.kind == "respectively" for c in cues):
        return None
    group = [x for x in figures if _same_kind(x, m)]
    if len(group) < 2:
        return None
    distinct = _distinct_cues(cues, kind, 0, min(x.start for x in figures))
    if kind == "indicator" and local is not None:
        # a flow noun right after a flow adjective is its head, one flow: «в импортных поставках»
        distinct = [c for k, c in enumerate(distinct) if not (
            k and distinct[k - 1].end <= c.start and not local[0][distinct[k - 1].end:c.start].strip())]
    if len(distinct) < len(group) and kind == "indicator" and local is not None:
        # « la baisse en valeur des importations et des exportations belges ... s'est élevée
        # respectivement à -12,3 % et -10,9 % »: a phrase for both flows names them in turn
        distinct = _split_both_flows(distinct, local[1].lang)
    if len(distinct) >= len(group):
        return distinct[-len(group):][group.index(m)]
    if local is None:
        return None
    # a sentence of two such lists ("exports to and imports from the US were £58bn and £56bn
    # respectively, while services exports to and imports from the US were £124bn and £55bn"):
    # the figures joined as one list, with the flow words between the figure before it and the list
    text, g = local
    if g.list_sep is None:
        return None
    run = [m]
    for x in reversed([x for x in group if x.end <= m.start]):
        if not g.list_sep.fullmatch(text, x.end, run[0].start):
            break
        run.insert(0, x)
    for x in [x for x in group if x.start >= m.end]:
        if not g.list_sep.fullmatch(text, run[-1].end, x.start):
            break
        run.append(x)
    if len(run) < 2:
        return None
    near = _distinct_cues(cues, kind, max((x.end for x in figures if x.end <= run[0].start), default=0), run[0].start)
    return near[run.index(m)] if len(near) == len(run) else None


@lru_cache(maxsize=None)
def _to_level_rx(lang: str) -> re.Pattern[str] | None:
    """A rise or fall verb, its to-word and an approximation right before a figure: "fell to
    less than", « ont chuté à moins de », «сократилась до» (lexicon ranges.to_level_verbs, ranges.to)."""
    ranges = lx.load(lang).get("ranges") or {}
    if not ranges.get("to_level_verbs") or not ranges.get("to"):
        return None
    approx = _approx_alt(lang)
    about = r"(?:" + approx + r"\s*)?" if approx else ""
    return recache.compile(r"(?<!\w)" + lx.alternation(ranges["to_level_verbs"]) + r"\s+" + lx.alternation(ranges["to"])
                           + r"\s+" + about + r"$", re.I)


@lru_cache(maxsize=None)
def _flow_words(lang: str) -> re.Pattern[str] | None:
    ind = lx.load(lang).get("indicator_cues") or {}
    if not ind.get("exports") or not ind.get("imports"):
        return None
    return recache.compile(rf"(?P<exports>{lx.alternation(ind['exports'])})|(?P<imports>{lx.alternation(ind['imports'])})", re.I)


def _split_both_flows(cues: list[Cue], lang: str) -> list[Cue]:
    """A bilateral phrase that names imports and exports in turn ("imports and exports", « des
    importations et des exportations ») as its two flows, in the order written."""
    rx = _flow_words(lang)
    if rx is None:
        return cues
    out: list[Cue] = []
    for c in cues:
        parts = [(x.lastgroup, x.start(), x.end()) for x in rx.finditer(c.text)] if c.value == "bilateral_trade" else []
        if len(parts) == 2 and parts[0][0] != parts[1][0]:
            out += [Cue(c.start + a, c.start + b, c.kind, str(v), c.text[a:b]) for v, a, b in parts]
        else:
            out.append(c)
    return out


def _distinct_cues(cues: list[Cue], kind: str, lo: int, hi: int) -> list[Cue]:
    """The cues of a kind between `lo` and `hi`, a repeat of the value just before dropped."""
    out: list[Cue] = []
    for c in cues:
        if c.kind == kind and lo <= c.start and c.end <= hi and (
                not out or c.value != out[-1].value
                # (goods of one kind named in different words are a list's items: "textiles,
                # footwear and seafood rose 24%, 19% and 41%, respectively")
                or kind == "commodity" and c.value == "other" and lx.fold(c.text) != lx.fold(out[-1].text)):
            out.append(c)
    return out


def _trader_noun(cues: list[Cue], prev_sent_cues: list[Cue] | None, lo: int, hi: int) -> Cue | None:
    """The supplier or customer noun a figure's clause names; for a clause naming a country (a
    list row), else the one of the sentence before, which heads the list ("the top suppliers to
    the Maldives were: • China – MVR 782 million")."""
    party = next((c for c in cues if c.kind == "supplier" and lo <= c.start < hi), None)
    if party is None and any(c.kind == "country" and lo <= c.start < hi for c in cues):
        party = next((c for c in reversed(prev_sent_cues or []) if c.kind == "supplier"), None)
    return party


def _other_amount(x: Mention, m: Mention) -> bool:
    """Two amounts in different units (money and tonnes), neither a percentage: one figure's value
    and volume, not a figure and its baseline."""
    pct = ("percent", "pp")
    return x.unit != m.unit and x.unit not in pct and m.unit not in pct


def _same_kind(x: Mention, m: Mention) -> bool:
    """Figures that a "respectively" pairs together: percentages and points, or amounts in one unit."""
    pct = ("percent", "pp")
    return x.unit == m.unit or x.unit in pct and m.unit in pct


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
    # a non-trade word inside a longer flow or goods phrase is part of it: "export earnings",
    # "chiffre d'affaires à l'exportation", "iron ore fines"
    # (and so is one in the words that say which prices a flow is valued at: « aux prix de 2007 »)
    longer = [c for c in cues if c.kind in ("indicator", "commodity", "pricebasis")]
    cues = [c for c in cues if not (c.kind == "nontrade" and any(
        n.start <= c.start and c.end <= n.end and n.end - n.start > c.end - c.start for n in longer)
        # (a flow word inside the longer name of one fuel too: «энергетического угля», thermal
        # coal; not in a phrase for energy at large, « produits énergétiques »)
        or c.kind == "indicator" and any(
        n.kind == "commodity" and n.value != "oil_gas" and n.start <= c.start and c.end <= n.end and n.end - n.start > c.end - c.start for n in longer))]
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


#: a bracket opened right after a figure: its restatement, or its share
_OWN_BRACKET = recache.compile(r"\s*\([^()]{1,60}\)")
_PUNCT = recache.compile(r"[,;:()]")
#: punctuation or a closing quote: "« d'environ 240 milliards » et dit s'attendre" ends the figure's phrase
_PUNCT_QUOTE = recache.compile(r"[,;:()\u00bb\u201d\"]")
_PUNCT_BEFORE_CUE = recache.compile(r"[,;:(]")


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


def _commodity(cues: list[Cue], m: Mention, lo: int, hi: int, flow: Cue | None, text: str,
               of_glue: re.Pattern[str], near_flow: frozenset[str] = frozenset(), item: int | None = None,
               worth_glue: re.Pattern[str] | None = None) -> str | None:
    """The goods the clause names for the figure; `item`, where the goods-list item whose
    bracket the figure opens starts (`_bracketed_item`), narrows them to that item's."""
    if item is not None:
        # « des produits pétroliers (-20,7 %), de cigarettes (-15,3 %) »: a figure in the bracket
        # after one item of a list is of that item's goods, named or not
        lo = item
        if not any(c.kind == "commodity" and lo <= c.start and c.end <= m.start for c in cues):
            return "other"
    asides = [c for c in cues if c.kind == "aside" and lo <= c.start < hi]
    found = [c for c in cues if c.kind == "commodity" and lo <= c.start and c.end <= hi
             and (c.end <= m.start or c.start - m.end < 40)
             and (lx.fold(c.text) not in near_flow or _next_to(c, flow, text))]
    # (goods written against the figure are its own, an aside before them or not: "mainly
    # included petroleum products worth $121 million")
    glued = _glued_commodity(found, m, text, of_glue, worth_glue) if found else None
    if glued is not None:
        return glued
    found = [c for c in found if not any(0 <= c.start - a.end <= 60 for a in asides)]
    if not found:
        return None
    values = {c.value for c in found}
    if {"oil", "gas"} <= values or "oil_gas" in values:
        return "oil_gas"
    # the commodity closest to the flow word (or the figure)
    anchor = flow.start if flow is not None else m.start
    return min(found, key=lambda c: abs(c.start - anchor)).value


#: a list item's goods between the bracket that closed the item before and this one's: words
_ITEM_WORDS = recache.compile(r"[^\W\d_]{4,}")


def _bracketed_item(m: Mention, lo: int, text: str, cues: list[Cue]) -> int | None:
    """Where the list item of goods starts whose bracket the figure opens ("des produits
    pétroliers (-20,7%), de cigarettes (-15,3%)"): right after the bracket the item before
    closed, when that item named goods, this one words and no country or flow (not a list of
    partners, not a second figure of one bracket)."""
    k = text.rfind("(", max(lo, m.start - 3), m.start)
    if k < 0 or text[k + 1:m.start].strip():
        return None
    close = text.rfind(")", max(0, k - 80), k)  # (the item before may be another clause's)
    if close < 0 or "(" in text[close:k] or any(ch in text[close:k] for ch in ".;:!?") \
            or not _ITEM_WORDS.search(text, close, k) \
            or any(c.kind in ("country", "indicator", "world") and close < c.start < k for c in cues):
        return None
    opened = text.rfind("(", max(0, close - 40), close)
    before = text.rfind(",", max(0, opened - 60), opened) if opened >= 0 else -1
    if opened < 0 or not any(c.kind == "commodity" and max(before, opened - 60) <= c.start < opened for c in cues):
        return None
    return max(lo, close + 1)


def _worth_item(m: Mention, lo: int, text: str, cues: list[Cue], figures: list[Mention], g: CueGrammar) -> bool:
    """The figure is the worth of the next item of a list of goods, named by words none of which
    is a commodity, flow, country or goods word ("petroleum products worth $121 million, dye
    intermediates worth $112 million"): other goods, not those of the item before."""
    if g.worth_item is None:
        return False
    x = next((x for x in reversed(figures) if x.end <= m.start), None)
    if x is None or x.end < lo or m.start - x.end > 60 or g.worth_item.fullmatch(text, x.end, m.start) is None:
        return False
    return not any(x.end <= c.start < m.start and c.kind in ("commodity", "indicator", "country", "goods", "generic", "world")
                   for c in cues)


#: the units of an energy flow: the ones whose goods (UNIT_COMMODITY) are energy
_ENERGY_UNITS = frozenset(u for u, goods in UNIT_COMMODITY.items() if goods in ENERGY)


def _energy_level_after(m: Mention, figures: list[Mention], text: str, cues: list[Cue], g: CueGrammar) -> Mention | None:
    """The level in an energy unit a change moves to, right after it ("doubled ..., to 23,000
    bpd", « de 4 % à 29,2 milliards de mètres cubes »), or None."""
    if not (m.unit == "percent" or m.rule.startswith("multiple")) or g.level_to_re is None:
        return None
    x = next((x for x in figures if x.start >= m.end), None)
    if x is None or x.unit not in _ENERGY_UNITS or x.start - m.end > 40 or _search(g, "level_to_re", text, m.end, x.start) is None:
        return None
    if any(m.end <= c.start < x.start and c.kind in ("indicator", "country", "commodity") for c in cues):
        return None
    return x


def _next_to(c: Cue, flow: Cue | None, text: str) -> bool:
    """The cue stands next to the flow word: at most a short word between, no punctuation."""
    if flow is None:
        return False
    a, b = (c.end, flow.start) if c.end <= flow.start else (flow.end, c.start)
    return 0 <= b - a <= 6 and not _PUNCT.search(text, a, b)


def _glued_commodity(cues: list[Cue], m: Mention, text: str, of_glue: re.Pattern[str],
                     worth_glue: re.Pattern[str] | None = None) -> str | None:
    """Goods written against the figure: "coal 10%", "ceux de GNL de 23 %", "107 millions de
    tonnes de pétrole", "22.7 bcm of gas", "petroleum products worth $121 million"."""
    com = [c for c in cues if c.kind == "commodity"]
    before = [c for c in com if c.end <= m.start and (m.start - c.end <= 2 or of_glue.match(text, c.end, m.start)
                                                      or worth_glue is not None and m.start - c.end <= 60
                                                      and worth_glue.match(text, c.end, m.start))]
    if before:
        return before[-1].value
    after = next((c for c in com if c.start >= m.end and of_glue.match(text, m.end, c.start)), None)
    return after.value if after is not None else None


def _continues(m: Mention, prev: Frame | None, cues: list[Cue], sent: Sentence, lo: int,
               figures: list[Mention]) -> bool:
    """The figure goes on about the one just before it in its clause, with no new flow, party or
    goods between them: "(+24 %)" after an amount, ", à 8 millions de tonnes" after a change."""
    if prev is None or prev.sentence_start != sent.start or prev.commodity in ("", "all") or prev.figure_end < lo:
        return False
    a, b = prev.figure_end, m.start
    if not 0 <= b - a <= 40 or any(a <= x.start < b for x in figures):
        return False
    return not any(a <= c.start < b and (c.kind in ("indicator", "country", "generic")
                                        or c.kind == "commodity" and c.value != prev.commodity) for c in cues)


@lru_cache(maxsize=None)
def _change_of_flow_rx(lang: str) -> re.Pattern[str] | None:
    """A change word, a few words naming what changed, and the word before its size, right
    before a figure: « une hausse des importations de », "a rise in exports of"."""
    lex = lx.load(lang)
    verbs = lex.get("change_verbs")
    if not verbs:
        return None
    by = "|".join(re.escape(c) for c in _BY_WORDS + _more_by_words(lex))
    return recache.compile(lx.alternation(verbs) + r"(?:\s+[^\W\d]+(?:'|\u2019)?){1,3}\s+(?:" + by + r")\s*$", re.I)


def _is_share(m: Mention, cues: list[Cue], text: str, lo: int, hi: int, g: CueGrammar) -> bool:
    """A percentage that is a part of a whole, not a change."""
    if g.change_after is not None and g.change_after.match(text, m.end):
        return False  # "(the volume of China's trade ...) 40.7% more than a year ago": a change
    if _search(g, "change_before", text, max(lo, m.start - 30), m.start) \
            or (cof := _change_of_flow_rx(g.lang)) is not None and cof.search(text, max(lo, m.start - 60), m.start):
        # « une hausse de 9,2 % des importations », « une hausse des importations de 9,2 % »: a change
        return False
    if _search(g, "share_after", text, m.end, m.end + 40):
        return True
    has_share = any(c.kind == "share" and lo <= c.start < m.start for c in cues)
    if has_share and g.level_to_re is not None and _search(g, "level_to_re", text, max(lo, m.start - 12), m.start):
        return True  # "its share rose to 35%"
    shares = [c for c in cues if c.kind == "share"]
    if any(c.kind == "sign" and 0 <= m.start - c.end <= 12 and not any(sh.start <= c.start < sh.end for sh in shares)
           and not _PUNCT.search(text, c.end, m.start)
           for c in cues):  # ("made up less than 1%": the "up" of "made up" is no rise; "also decreased: in 1990 26
        # percent of Dutch imports": a sign behind a colon is its clause's)
        return False  # "une progression de 15,7 % des importations": a change of the imports
    if g.share_after_re is not None and g.share_after_re.match(text, m.end):
        return True
    s = _nearest(cues, m.start, m.end, lo, hi, {"share"}, 1.0)
    if s is None:
        return False
    # (a rise or fall behind a comma after the figure is the next figure's: « leur part est de
    # 70,8 %, soit une baisse de 0,2 point »)
    sign = _nearest([c for c in cues if not (c.start >= m.end and _PUNCT.search(text, m.end, c.start))],
                    m.start, m.end, lo, hi, {"sign"}, 1.0)
    return sign is None or _dist(s, m) < _dist(sign, m)


#: two years written with a dash, as a span: "2003-2012", «2014-2018»
_YEAR_DASH = recache.compile(r"(?<![\d.,/-])((?:19|20)\d{2})\s?[-\u2013\u2014]\s?((?:19|20)\d{2})(?![\d%])")


def _dashed_years(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first two years written with a dash in `text[a:b]`, when they are two years apart or
    more (one apart, "2023-2024" may be a season or a fiscal year)."""
    yd = _YEAR_DASH.search(text, a, b)
    return yd if yd is not None and int(yd.group(2)) - int(yd.group(1)) >= 2 else None


def _group_anaphora_rx(spec: dict[str, list[str]] | None) -> re.Pattern[str] | None:
    """"the three countries", « ces trois pays », «эти три страны», "top 10 export destinations":
    a determiner (or a rank word), a count of three or more, a few words, a noun of countries."""
    if not spec:
        return None
    count = lx.alternation(spec.get("counts") or [])
    nouns = lx.alternation(spec.get("nouns") or [])
    lead = lx.alternation((spec.get("determiners") or []) + (spec.get("ranks") or []))
    alts = [lead + r"\s+" + count + r"(?:\s+[^\W\d]+){0,2}?\s+" + nouns]
    if spec.get("demonstratives"):  # no count: "these countries", « ces pays », «эти государства»
        alts.append(lx.alternation(spec["demonstratives"]) + r"\s+" + nouns)
    if spec.get("phrases"):  # a group by what its members share: "neighbouring countries", « pays voisins »
        alts.append(lx.alternation(spec["phrases"]))
    return recache.compile("(?:" + "|".join(alts) + ")", re.I)


def _baseline_same_of(c: pr.PeriodCue, m: Mention, sent: Sentence, figures: list[Mention], text: str,
                      g: CueGrammar) -> bool:
    """A change that is itself the baseline ("(contre + 19,2 % pour la même période 2006)",
    "against 12% in the same period of 2022"): the same-period phrase right behind it is its own
    period, not what it is measured against."""
    if not 0 <= c.start - m.end <= 30 or any(m.end <= x.start < c.start for x in figures) \
            or _PUNCT.search(text, m.end, c.start):
        return False
    return _search(g, "contrast", text, max(sent.start, m.start - 14), m.start) is not None


def _period(f: Frame, m: Mention, sent: Sentence, lo: int, hi: int, prev: Frame | None,
            art: ArticleContext, text: str, g: CueGrammar, cues_all: list[Cue],
            sent_figures: list[Mention], context_period: str, history: list[Frame] | None = None,
            topic_period: str = "") -> None:
    """The figure's period: a period phrase of its own clause (the one nearest to it and not
    nearer to another figure, nor behind a comparison word), else the previous figure's,
    else the period the article last spoke of."""
    future = f.modality != "actual"
    ys = g.year_span.search(text, lo, hi) if g.year_span is not None and f.measure == "change" else None
    if ys is None and f.measure == "change" and (yd := _dashed_years(text, lo, hi)) is not None:
        ys = yd  # "In 2003-2012, exports rose 404%", «за 2014-2018 годы ... увеличился в 1,6 раза»
    if ys is not None and int(ys.group(1)) < int(ys.group(2)):
        if g.average_rate is not None and g.average_rate.search(text, lo, hi):
            # "between 2001 and 2021 exports grew by an average 6.3% a year": a yearly rate over
            # the whole span
            f.period, f.basis = f"{ys.group(1)}/{ys.group(2)}", "yoy"
            f.period_source = "own"
            f.why["period"] = f"'{ys.group(0)}' in the clause, a yearly average over it"
            return
        # "doubled between 2021 and 2023": 2023 against 2021 (a level in such a clause is
        # usually one end's, so levels are left to the rules below)
        f.period, f.basis = ys.group(2), f"vs:{ys.group(1)}"
        f.period_source = "own"
        f.why["period"] = f"'{ys.group(0)}' in the clause"
        return
    cues = _sentence_periods(sent, g.lang, art, future)
    if f.measure != "change" and (dated := _compared_bracket(m, cues, text, g)) is not None:
        # "une hausse par rapport à 2023 (3 573,7 milliards FCFA)", "twelve times more than in
        # 2021 (about 175,000 tonnes)": a level in a bracket right after the period compared
        # with is that period's, a baseline
        f.period = dated.label
        f.period_source = "own"
        f.comparison = True
        f.why["period"] = f"'{dated.text}' right before its bracket"
        return
    # a year right after "par rapport à"/"compared with" is the basis, not the period;
    # "same period last year" is a basis phrase, not a period
    vs_spans = [(v.start(1), v.end(1)) for v in _finditer_in(g, "vs_year", text, sent.start, sent.end)]
    if g.vs_after is not None:  # "the 2019 volume", "its 2021 level", "the March level"
        vs_spans += [(v.start(1), v.end(1)) for v in _finditer_in(g, "vs_after", text, sent.start, sent.end)]
    # ("A year earlier, trade rose 3.4%": a basis phrase opening the sentence before a comma is
    # the time the sentence is set in, not what its change is measured against)
    basis_spans = [(c.start, c.end) for c in cues_all if c.kind == "basis" and not _opens_sentence(c, sent, text)]
    # "since 2018, when it first topped $100 billion": 2018, whatever the filters below say of it
    when = _when_period(m, cues, text, sent_figures, g)
    # a period right after a comparison word ("par rapport à décembre 2021", "than in April")
    # is what a change is measured against; a basis phrase is no period for a change
    if f.measure == "change" and when is None:  # "doubled since 2018": 2018 is what it is measured against
        cues = [c for c in cues if c.kind != "since"]
    # "the same period of 2019" is a level's own period, what a change is measured against
    cues = [when] if when is not None else [c for c in cues if (c.kind == "same_of" and f.measure != "change"
                                                               and not _baseline_of_change_before(c, m, sent_figures, text, g)
                                                               or not any(c.start <= a < c.end for a, _ in vs_spans)
                                                               or c.end <= m.start and _owns_baseline(c, m, text, g))
            and not (f.measure == "change" and (c.kind == "same_of" and not _baseline_same_of(c, m, sent, sent_figures, text, g)
                                                or any(a < c.end and c.start < b for a, b in basis_spans)))
            and (not _search(g, "vs_before", text, max(0, c.start - 40), c.start) or _owns_baseline(c, m, text, g)
                 or _during(c, text, g.lang))
            and not any(x.start <= c.start < x.end for x in sent_figures)
            and not (f.measure == "change" and compared_after(c, m, text, g, cues_all))
            and not _paren_aside(c, m, text, sent.start, sent.end, sent_figures)
            and not _relative_aside(c, m, text, sent, g.lang)
            and not _dash_aside(c, m, text, sent, sent_figures)
            and not (g.ranking_scope is not None and _search(g, "ranking_scope", text, max(sent.start, c.start - 60), c.start))
            and not _ranks_since(c, text, sent, g)
            and not (g.ended_before is not None and _search(g, "ended_before", text, max(sent.start, c.start - 30), c.start))]
    others = [x for x in sent_figures if x is not m]

    def dist(c: pr.PeriodCue, x: Mention) -> float:
        # a period after its figure binds closer, unless punctuation stands between them
        if c.end <= x.start:
            # («в 2007 году - 20,6 миллиардов»: the year's noun is part of the phrase)
            ce = t.end() if g.year_tail is not None and (t := g.year_tail.match(text, c.end, x.start)) is not None else c.end
            return (x.start - ce) * (2.0 if _PUNCT.search(text, ce, x.start) else 1.0)
        # (the figure's own bracket, "3 milliards de FCFA (5 milliards de dollars) en 2019", is
        # read past: the period follows the figure and its restatement)
        # (... and so is a bracket of its share or change: "32.83 million barrels (42.2 percent) in March")
        end = x.end
        if "(" in text[x.end:x.end + 2] and (b := _OWN_BRACKET.match(text, x.end, c.start)) is not None and (
                x.alt or any(x.end < y.start and y.end <= b.end() for y in sent_figures)
                and len(text[b.end():c.start].strip(" ,")) <= 4):
            end = b.end()
        if g.year_word_gap is not None and g.year_word_gap.fullmatch(text, end, c.start):
            return 0.5  # "15,5 milliards en 2022": the period phrase right behind its figure
        return (c.start - end) * (1.6 if _PUNCT.search(text, end, c.start) else 0.8)

    def contrast_between(c: pr.PeriodCue) -> bool:
        a, b = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
        if b <= a:
            return False
        # a comparison word that introduces its own period ("par rapport à 2018") separates nothing,
        # nor does one before a country ("imports from Russia": a direction, not a comparison)
        # nor one right before a figure of another kind ("$51 million from 153,507 tonnes in May":
        # the volume the amount came from)
        return any(not g.own_period_after.match(text[w.end():w.end() + 12])  # type: ignore[union-attr]
                   and not any(x.kind == "country" and 0 <= x.start - w.end() <= 5 for x in cues_all)
                   and not any(0 <= x.start - w.end() <= 3 and _other_amount(x, m) for x in others)
                   for w in _finditer_in(g, "contrast", text, a, b))

    def baseline_own(c: pr.PeriodCue) -> bool:
        # "climbed to $605.8 billion from $576.3 billion in 2023, with the deficit reaching
        # $235.6 billion": the period right behind a baseline (a figure after a comparison word)
        # is that baseline's, shared with no other figure
        x = next((x for x in others if x.end <= c.start and c.start - x.end <= 16), None)
        if x is None or _PUNCT.search(text, x.end, c.start) or any(x.end <= y.start < c.start for y in others):
            return False
        # (not a volume the amount before it came from: "$51 million from 153,507 tonnes in May"
        # is one month's shipments, both figures of May)
        y = next((y for y in reversed(sent_figures) if y.end <= x.start), None)
        if y is not None and x.start - y.end <= 12 and _other_amount(x, y):
            return False
        # (not the figure's own approximation: "more than doubled between May and December 2022")
        return any(x.start - w.end() <= 3 and not g.own_period_after.match(text[w.end():w.end() + 12])  # type: ignore[union-attr]
                   and not ((ap := _approx_end_rx(g.lang)) is not None and ap.search(text, max(sent.start, w.start() - 16), w.end()))
                   for w in _finditer_in(g, "contrast", text, max(sent.start, x.start - 24), x.start))

    in_clause = [c for c in cues if lo <= c.start and c.end <= hi]
    own = [c for c in in_clause if all(dist(c, m) <= dist(c, x) for x in others)]
    after_comma = [c for c in own if c.start >= m.end and _COMMA_GAP.fullmatch(text, m.end, c.start)]
    if after_comma:
        # "В прошлом году товарооборот превысил 14 млрд долларов, с начала года вырос еще на 23%":
        # a period behind the comma after the figure opens the next clause when one stands before
        # the figure with nothing between them
        lead = [c for c in in_clause if c.end <= m.start and not _PUNCT.search(text, c.end, m.start)
                and not any(c.end <= x.start < m.start for x in others)]
        if lead:
            own = [c for c in own if c not in after_comma] or lead[-1:]
    # a relative period nearer another figure is that one's baseline ("244,81 milliards ...,
    # qui les chiffrait à 240,11 milliards un an plus tôt"): not shared
    shared = [c for c in in_clause if c not in own and not contrast_between(c) and not c.label.startswith("<-")
              and not baseline_own(c)]
    # "from $23.6 billion in 2017 to $26.8 billion": the year the move starts from is its start's,
    # not the level it reaches (nor is the start's period, as the previous figure's)
    end_dated = bool(own) and any(c.start >= m.end for c in in_clause)  # a period follows the figure
    moves = _moves(sent_figures, text, g.lang) if shared or end_dated else []
    start = next((a for a, b in moves if b is m), None)
    if start is not None and end_dated:
        # «выросла с 55% в 2023 году до 68% (6,83 млн тонн) в сезоне 2023/24»: the period between the
        # level moved from and the one reached is the start's, when one follows the end
        own = [c for c in own if not (start.end <= c.start and c.end <= m.start)]
    from_period = start is not None and any(start.end <= c.start and c.end <= m.start for c in shared)
    if from_period:
        shared = [c for c in shared if not (start.end <= c.start and c.end <= m.start)]  # type: ignore[union-attr]
    if shared and f.measure == "change":
        # "augmenter de 45 %, passant de 79 millions en 2019 à 177 millions en 2023": a change
        # right before a move is of the move's end, not of the year it starts from
        after = [x for x in sent_figures if x.start >= m.end]
        move = next(((a, b) for a, b in moves if after and a is after[0]), None)
        if move is not None and any(c.start >= move[1].start for c in shared):
            shared = [c for c in shared if not (move[0].end <= c.start and c.end <= move[1].start)]
    horizon = [c for c in own if future and c.label and g.horizon_before is not None
               and g.horizon_before.search(text, max(0, c.start - 20), c.start)]
    if not horizon and future and f.measure == "change" and g.horizon_before is not None:
        # "a goal to double trade, bringing it from $100 billion in 2018 to $200 billion by 2024":
        # the goal's growth is of its horizon, named after it in the sentence
        horizon = [c for c in cues if c.start >= m.end and c.label and not c.label.startswith("<")
                   and g.horizon_before.search(text, max(0, c.start - 20), c.start)][:1]
    pick = None
    respective = _respective_period(m, cues, cues_all, text, sent_figures, g) if when is None else None
    if respective is not None:
        pick = respective
        f.why["period"] = f"'{pick.text}', respectively"
    elif when is not None:
        pick = when
        f.why["period"] = f"'{pick.text}', the period its when-clause hangs on"
        # ("the highest since October 2022, when it recorded $12.2 billion, and exports to the US
        # rose 15.6%": a when-clause's figure is a baseline, its period not the next figure's)
        f.comparison = True
    elif horizon:
        # a goal "que Poutine et Xi s'étaient donné en 2019 pour 2024": the year it is for
        pick = min(horizon, key=lambda c: abs(c.start - m.start))
        f.why["period"] = f"'{pick.text}', the horizon of a goal or forecast"
    elif own:
        # (on a tie, the period behind the figure: « passé de 1,2 milliard, en 1995, à 17,5
        # milliards, en 2004 »: 1995 is as far from 17,5 as 2004 is, and the first figure's)
        pick = min(own, key=lambda c: (dist(c, m), c.end <= m.start))
        f.why["period"] = f"'{pick.text}' in the clause"
    elif (after_basis := _month_after_basis(m, f, sent, art, text, g)) is not None:
        pick = after_basis
        f.basis = f.basis or "prev_period"
        f.why["period"] = f"'{pick.text}': the month after it, a change from it"
    elif (year_after := _year_after_basis(m, f, sent, art, text, g)) is not None:
        pick = year_after
        f.why["period"] = f"'{pick.text}': the same months a year after their baseline, a change from it"
    elif shared:
        pick = min(shared, key=lambda c: dist(c, m))
        # ("$51 million from 153,507 tonnes in May": the amount's volume named right after it
        # carries the period of both, not the period of the pair before)
        vol = next((x for x in others if 0 < x.start - m.end <= 8 and _other_amount(x, m)), None)
        if vol is not None and (behind := [c for c in shared if 0 <= c.start - vol.end <= 16]):
            pick = behind[0]
        if (shifted := _year_before_move(f, m, prev, sent, text, history, sent_figures, lo, g, cues_all, pick.label)):
            # "сократился на 18%, до 4,1 млн тонн с 5 млн тонн" in September: the level moved from
            # is September a year before (over a span, "за февраль-декабрь ... с €21,8 млрд до €10,3
            # млрд", the move runs across the span instead)
            _moved_from_year_before(f, shifted)
            return
        if (lead := _level_before_baseline(f, pick, prev, sent, history)) is not None:
            # "2,392 milliards de dinars en 2023 contre 1,507 milliard en 2019, soit une hausse de
            # 59 %": a change after a baseline is the move from it to the level before it, of that
            # level's period (the baseline, prev, holds the period it is measured against)
            f.period = lead.period
            # (a span baseline is a year-on-year basis when it is the same months a year before;
            # the table's "vs:" names a single period)
            base = prev.period  # type: ignore[union-attr]
            f.basis = f.basis or (f"vs:{base}" if "/" not in base else "yoy" if pr.shift_year(base, 1) == lead.period else "")
            f.why["period"] = f"{lead.period}, the level before the baseline next to it: a change from the baseline"
            return
        f.why["period"] = f"'{pick.text}', shared with the figure next to it"
    elif (shifted := _year_before_move(f, m, prev, sent, text, history, sent_figures, lo, g, cues_all)):
        # "ont augmenté de 60,5 %, passant de 2,7 milliards à 4,3 milliards" in a first half: a
        # year-on-year rise moves from the level of the same period a year before
        _moved_from_year_before(f, shifted)
        return
    elif (moved := _change_before_move(m, prev, sent, sent_figures, text, g, history)) is not None:
        # "increased by 1.83 percent from $6.8 billion to $7 billion": the level reached is of the
        # change's period (the level moved from, a baseline, has passed none on)
        f.period = moved.period
        f.why["period"] = "from the change before the move in the sentence"
        return
    elif prev is not None and prev.move_frame and prev.sentence_start == sent.start \
            and any(b is m and a.end == prev.figure_end for a, b in _moves(sent_figures, text, g.lang)):
        # "from £11.8bn to £40.5bn": the move's period, the level it starts from holding the one before
        f.period = prev.move_frame
        f.why["period"] = "from the previous figure in the sentence, the move's period"
        return
    elif prev is not None and prev.period and prev.sentence_start == sent.start and not prev.comparison \
            and not (from_period and prev.figure_end == start.end) \
            and not _bracketed_before(prev.figure_end, m.start, sent.start, text, g.lang):  # type: ignore[union-attr]
        f.period = prev.period
        f.why["period"] = "from the previous figure in the sentence"
        parallel = _parallel_move(m, sent_figures, text, g, history)
        if parallel:
            # "coal (from 45% in 2021 to 22% in 2022), gas (from 36% to 21%)": the same end of
            # the move stated before it
            f.period = parallel
            f.why["period"] = f"{parallel}, the period at the same end of the move before it in the sentence"
        elif "/" in f.period:
            _at_move_end(f, m, sent_figures, text, g, f"'{f.period}' of the previous figure in the sentence")
        return
    elif f.measure == "change" and prev is not None and prev.comparison and prev.sentence_start == sent.start \
            and (level := _level_before_baseline(f, None, prev, sent, history)) is not None:
        # "1 576,8 milliers de tonnes en 2014, contre 1 515,6 en 2013, soit un accroissement de
        # 4,0 %": the change between a level and its baseline is of the level's period
        f.period = level.period
        f.why["period"] = "the level's before the baseline in the sentence"
        return
    elif f.measure == "level" and (after := _year_after_baseline(m, others, cues, text, g, context_period)) is not None:
        # "(19 M€ contre 15,3 M€ en 2017)": a level stated against a baseline of a year names no
        # period of its own; it is of the year after the baseline's
        f.period, cue = after
        f.why["period"] = f"{f.period}, the year after its baseline's '{cue.text}'"
        return
    else:
        # (not one behind a clause break after the figure's clause: "rose 0.9% to £22.4 billion,
        # reversing the decline seen in 2022")
        rest = [c for c in cues if not (lo <= c.start and c.end <= hi)
                and (not contrast_between(c) or _frames_sentence(c, sent, text))
                and not (c.start >= hi and g.clause_break.search(text, hi, c.start))]
        if rest:
            pick = min(rest, key=lambda c: abs(c.start - m.start))
            f.why["period"] = f"'{pick.text}' in the sentence"
            f.penalty += 0.05
    if pick is not None and pick.label in ("<same>", "<year>"):
        spoken = [h.period for h in (history or []) if h.period and h.period_source == "own" and h.modality == "actual"
                  and not h.comparison]
        # (the figure before it in its own sentence first: "in 2022 exports rose by 50%, imports by
        # 43% during the same period")
        here = prev.period if prev is not None and prev.sentence_start == sent.start and prev.period \
            and prev.period_source == "own" and not prev.comparison else ""
        base = here or topic_period or (spoken[-1] if spoken else context_period)
        if base:
            f.period = pr.relative_to(pick.label, base)
            f.why["period"] = f"'{pick.text}': {f.period}, the period just spoken of"
            if pick.label == "<same>" and f.measure == "share" and "/" in f.period:
                _at_move_end(f, m, sent_figures, text, g, f"'{pick.text}' ({f.period})")
        return
    if pick is not None and pick.label.startswith(("<same:", "<-", "<+")):
        # a baseline against the period just spoken of: the sentence's own first, else the
        # last one an actual figure stated (or, for "the same period of 2019", the topic); "a
        # year later" is the year after that period, and no baseline
        same_sentence = prev.period if prev is not None and prev.sentence_start == sent.start else ""
        anchors = [h.period for h in (history or []) if h.period and h.period_source == "own" and not h.comparison]
        topic = topic_period if pick.label.startswith("<same:") else ""
        if not same_sentence and pick.kind == "same_of" and pick.label.startswith("<-"):
            # "In the first ten months of 2023, the share rose from 37.1% in the same period of last
            # year to 44.1%": the first figure of its sentence is measured against the period the
            # sentence named before it
            named = [c for c in _sentence_periods(sent, g.lang, art, False)
                     if c.end <= m.start and c.label and not c.label.startswith("<")]
            same_sentence = named[-1].label if named else ""
        base = same_sentence or topic or (anchors[-1] if anchors else "") or context_period
        if pick.label.startswith("<+"):
            # "from 23.9 billion in 2021 to 60.6 billion, 110,000 tonnes, a year later": after the
            # period the sentence names before it (not a figure's, which may be that year already)
            named = [c for c in _sentence_periods(sent, g.lang, art, False)
                     if c.end <= pick.start and c.label and not c.label.startswith("<")]
            base = named[-1].label if named else base
        if pick.label.startswith("<same:"):
            # "contre 123,9 milliards sur la même période de 2019": the months spoken of, in 2019
            year = int(pick.label[6:-1])
            f.period = pr.relative_to(pick.label, base) if base else str(year)
            # (a baseline lies before the period spoken of: « contre 304 millions pour la même
            # période cette année », after a figure of last year, is the current level)
            f.comparison = not (base[:4].isdigit() and year > int(base[:4]))
            f.why["period"] = f"'{pick.text}': {f.period}, the period just spoken of in {year}"
            return
        if pick is when or pick.kind == "same_of":
            f.comparison = True  # "a year earlier, when China took 5.44 Mt": a baseline
        shifted = pr.relative_to(pick.label, base) if base else ""
        if shifted and pick.label == "<-1Y>" and not (len(base) == 4 and base.isdigit()) \
                and (_moved_from(m, sent_figures, text, sent.start, g.lang)
                     or _search(g, "vs_before", text, max(sent.start, m.start - 30), m.start) is not None):
            # "rose to $7.084 billion in the first six months of 2001 from $7.003 billion the
            # previous year": the level moved from is of the same months a year before, not of
            # the whole year
            shifted = pr.shift_year(base, -1) or shifted
        if shifted:
            f.period = shifted
            apart = abs(pr.years_apart(pick.label))  # "<+4Y>": four years
            f.why["period"] = f"'{pick.text}': " + (f"{apart} years" if apart else
                                                     f"a {'month' if pick.label == '<-1m>' else 'quarter' if pick.label == '<-1q>' else 'year'}") \
                              + f" {'after' if pick.label.startswith('<+') else 'before'} {base}"
        elif pick.label.startswith("<+"):
            pass
        elif pick.label not in ("<-1m>", "<-1q>") and art.pub is not None:
            f.period = str(art.pub.year - 1)
        return
    if pick is not None and pick.label and pick.kind in ("month", "quarter", "half", "span", "month_pair", "first_months") \
            and not _YEAR_IN.search(pick.text):
        # "A year ago, the September trade deficit came in at $31.6 billion": a month without its
        # year, in a sentence that opens on "a year ago", is that month a year before
        ago = next((c for c in _sentence_periods(sent, g.lang, art, False) if c.label == "<-1y>"
                    and c.end <= pick.start and _opens_sentence(c, sent, text)), None)
        shifted = pr.relative_to("<-1y>", pick.label) if ago is not None else ""
        if shifted:
            pick = pr.PeriodCue(pick.start, pick.end, pick.kind, shifted, pick.text)
            f.why["period"] = f.why.get("period", "") + AGO_OPENER
    if pick is not None and pick.kind == "year" and len(pick.label) == 4 and pick.label.isdigit() \
            and (sub := _months_without_year(pick, m, cues, sent_figures)) is not None:
        # "in the first six months of the year ... from $35.7 billion in 2017 to $42.36 billion in
        # 2018": the months the sentence opened on, in the year named at the figure
        f.period = pr.in_year(sub.label, int(pick.label))
        f.period_source = "own"
        f.why["period"] = f"'{sub.text}' in '{pick.text}': {f.period}"
        return
    if pick is not None and pick.kind in ("year", "relative") and len(pick.label) == 4 and pick.label.isdigit() and f.measure == "level" \
            and prev is not None and prev.sentence_start == sent.start and _MONTHS_LABEL.fullmatch(prev.period) \
            and (pick.kind == "year" or len(prev.period) > 7) \
            and prev.period[:4] == prev.period[-7:-3] and int(prev.period[:4]) > int(pick.label) \
            and prev.figure_end <= m.start and _search_in(g, "contrast", text, prev.figure_end, m.start) is not None:
        # "fell to 4.96 million tons in January-February 2024 from 9.71 million tons in 2023", « 118 000
        # tonnes en janvier-mai 2021 contre 48 500 tonnes en 2020 », "from last year's $406.753
        # million": a level set against a figure of some months, in an earlier year named alone, is
        # of the same months of that year (not one month's against "last year": "in October,
        # compared with a peak of 300,000 bpd seen last year" is that whole year)
        f.period = pr.in_year(prev.period, int(pick.label))
        f.comparison = True
        f.why["period"] = f"'{pick.text}': {f.period}, the months of the figure it is set against in {pick.label}"
        return
    if pick is not None and pick.label and f.measure == "change" and (ends := _SAME_MONTH_ENDS.fullmatch(pick.label)) \
            and ends.group(2) == ends.group(4) and int(ends.group(1)) < int(ends.group(3)) and g.between_before is not None \
            and _search(g, "between_before", text, max(0, pick.start - 12), pick.start) is not None:
        # "jumped 47.4% between May 2019 and May 2020": a change between one month of two years is
        # of the later month, measured against the earlier
        start, f.period = pick.label.split("/")
        f.basis = "yoy" if int(ends.group(3)) == int(ends.group(1)) + 1 else f"vs:{start}"
        f.period_source = "own"
        f.why["period"] = f"'{pick.text}': {f.period} against {start}"
        return
    if pick is not None and pick.label:
        f.period = pick.label
        if pick.kind == "year" and f.measure != "change" \
                and (yd := _dashed_years(text, max(0, pick.start - 7), pick.end + 7)) is not None \
                and yd.start() <= pick.start < yd.end():
            # «выросла с 17,7 до 24,1 процента за 2020-2024 годы»: the ends of a move over two
            # years written with a dash are at the span's ends (no move: the year as before)
            f.period = f"{yd.group(1)}/{yd.group(2)}"
            _at_move_end(f, m, sent_figures, text, g, f"'{yd.group(0)}'")
            if "/" in f.period:
                f.period = pick.label
        if pick.kind == "ends" or pick.kind == "span" and "/" in pick.label and (
                f.measure == "share" or pr.opens_span(pick.text, g.lang)):
            # "between February 2022 and December 2023 ... from €21.2 billion to €3.7 billion",
            # "the share fell from 9.5% to 4.3% between February and December 2022": the level
            # moved from is of the span's start, the one reached (and the move) of its end
            _at_move_end(f, m, sent_figures, text, g, f"'{pick.text}'")
        # a period shared with a baseline figure next to it does not set what the article
        # is about ("après un bond de 26,3 % en 2013, la croissance a perdu 24 points")
        f.period_source = "shared" if pick in shared and pick not in own and prev is not None \
            and prev.comparison and prev.sentence_start == sent.start else "own"
        return
    if pick is not None and not pick.label:
        f.why["period"] = f"'{pick.text}' cannot be resolved without a publication date"
        f.penalty += 0.1
        return
    if f.modality == "actual" and art.pub is not None and (present := _words_rx(g.lang, "periods", "present_words", r"(?!\w)")) is not None \
            and (now := present.search(text, lo, hi)) is not None:
        # "Currently, 75% of exports to Mexico are incorporated into ...": a figure of the time
        # of writing, whatever period the article spoke of before (periods.present_words)
        f.period = str(art.pub.year)
        f.why["period"] = f"'{now.group(0)}': the time of writing"
        f.penalty += 0.1
        return
    carry = prev
    if prev is not None and prev.sentence_start < sent.start and (op := _bracket_dated(prev, sent.start, text)) >= 0:
        # (the figure before outside the brackets speaks for the sentence: "Trade reached $9
        # billion in 2024 (in 2023, $10.2 billion). Of it, about 90% ...": 2024)
        carry = next((h for h in reversed(history or []) if h.sentence_start == prev.sentence_start
                      and h.figure_end < op), None)
    if carry is not None and carry.period and carry.period_source in ("own", "carried") and not carry.comparison \
            and carry.paragraph == sent.paragraph and (carry.modality == "actual" or f.modality != "actual") \
            and not (carry.sentence_start == sent.start and _bracketed_before(carry.figure_end, m.start, sent.start, text, g.lang)):
        # (a period the figure before carried from its own previous one carries on through the
        # paragraph: "Au premier semestre, ... reculé de 9 %. ... une chute de 61 %. Du côté russe,
        # ... diminué de 11 %": all three of the half-year)
        f.period = carry.period
        f.period_source = "carried"
        f.why["period"] = "from the previous figure"
        f.penalty += 0.1
        return
    if context_period and f.modality == "actual":
        # (a goal or forecast that names no horizon has none: the article's period is a past one)
        f.period = context_period
        f.why["period"] = "the period the article last spoke of"
        f.penalty += 0.15
        return
    f.why["period"] = "no period stated"
    f.penalty += 0.2


#: from a period phrase's end to a figure: an opening bracket, maybe an approximation word between
#: (also the opening of a restatement right after an amount: "70,9 milliards de dollars (53 milliards $US)")
BRACKET_AFTER = recache.compile(r"\s?\(\s?(?:[^\W\d]+\s){0,2}")


def _compared_bracket(m: Mention, periods: list[pr.PeriodCue], text: str, g: CueGrammar) -> pr.PeriodCue | None:
    """The period a figure's opening bracket follows right after, when a comparison word comes
    right before that period ("par rapport à 2023 (3 573,7 milliards", "than in 2021 (about
    175,000 tonnes)"), if one does."""
    c = next((c for c in periods if c.end <= m.start and m.start - c.end <= 24
              and BRACKET_AFTER.fullmatch(text, c.end, m.start)), None)
    if c is None or not c.label[:1].isdigit() or not _search(g, "vs_before", text, max(0, c.start - 30), c.start):
        return None
    return c


_OPENER_TAIL = recache.compile(r"\s*,")
_YEAR_IN = recache.compile(r"(?:19|20)\d\d")

#: period kinds of months within a year (what a bare year named at a figure may narrow)
_SUB_YEAR = frozenset({"month", "span", "quarter", "half", "first_months", "month_pair"})


#: how far after a figure its own year may stand ("$35.7 billion in 2017")
YEAR_AT_FIGURE = 12


def _months_without_year(year: pr.PeriodCue, m: Mention, cues: list[pr.PeriodCue], figures: list[Mention]
                         ) -> pr.PeriodCue | None:
    """The months the sentence names before its first figure with no year of their own, when
    every year the sentence names comes after them and the figure's year stands right after
    it: "In January-June, exports rose to $5 billion in 2023 from $4 billion in 2022"
    (January-June, read in each figure's year)."""
    if not 0 <= year.start - m.end <= YEAR_AT_FIGURE:
        return None  # (the year is the figure's own: "$35.7 billion in 2017")
    first = min((x.start for x in figures), default=m.start)
    subs = [c for c in cues if c.kind in _SUB_YEAR and c.label and c.end <= first and not _YEAR_IN.search(c.text)]
    if not subs:
        return None
    sub = subs[0]
    years = [c for c in cues if c.kind == "year"]
    if not years or any(c.start < sub.end for c in years) or any(c.kind not in ("year", *_SUB_YEAR) for c in cues):
        return None
    return sub


#: said of a month read a year back because "a year ago" opens its sentence
AGO_OPENER = "; a year before it, as the sentence opens"


def _month_after_basis(m: Mention, f: Frame, sent: Sentence, art: ArticleContext, text: str,
                       g: CueGrammar) -> pr.PeriodCue | None:
    """A change measured from a bare month right after it ("exports fell 35.3 percent from
    December", «выросли на 7% по сравнению с маем») is of the month after that one."""
    if f.measure != "change" or f.modality != "actual":
        return None
    for c in _sentence_periods(sent, g.lang, art, False):
        # (the month's name alone: "June last year", «мая прошлого года» are a year back, not the month before)
        if c.start < m.end or c.start - m.end > 30 or c.kind != "month" or not re.fullmatch(r"\d{4}-\d\d", c.label) \
                or len(c.text.split()) > 1 or not _search(g, "vs_before", text, max(m.end, c.start - 30), c.start):
            continue
        return pr.PeriodCue(c.start, c.end, "month", pr.shift_month(c.label, 1), c.text)
    return None


#: a month, quarter or half of one year, or months within one year ("2022-07", "2022-Q1", "2022-01/2022-05")
_DATED_LABEL = recache.compile(r"(\d{4})-(?:\d\d|Q\d|H\d)(?:/\1-\d\d)?")
#: the period kinds of a month, quarter, half or months of a stated year: a baseline a change may
#: be a year after ("compared with July 2022", "compared with the first 11 months of 2016")
_DATED_KINDS = frozenset({"month", "quarter", "half", "span", "first_months", "first_quarters"})


def _year_after_basis(m: Mention, f: Frame, sent: Sentence, art: ArticleContext, text: str,
                      g: CueGrammar) -> pr.PeriodCue | None:
    """A change whose only period is the dated months it is measured against ("a decline of
    11.79% as opposed to the value recorded in July 2022", « comparé au mois de février 2021,
    les expéditions se sont relevées de 2,7 % ») is of the same months a year later (not a
    bare year: "up 5% on 2021" in 2023 may span two years)."""
    if f.measure != "change" or f.modality != "actual":
        return None
    for c in _sentence_periods(sent, g.lang, art, False):
        if abs(c.start - m.end if c.start >= m.end else m.start - c.end) > 80 or c.kind not in _DATED_KINDS \
                or not _DATED_LABEL.fullmatch(c.label) or not _YEAR_IN.search(c.text) \
                or not _search(g, "vs_before", text, max(sent.start, c.start - 40), c.start):
            continue
        label = pr.shift_year(c.label, 1)
        start = pr.bounds(label)[0]
        if art.pub is not None and (start is None or start > art.pub):
            return None
        # (the latest such months over by publication: « par rapport au 1er semestre 2019 » in
        # September 2021 is the first half of 2021, the years of the crisis between)
        while art.pub is not None and art.precision == "day" and (nxt := pr.shift_year(label, 1)) \
                and (end := pr.bounds(nxt)[1]) is not None and end < art.pub:
            label = nxt
        return pr.PeriodCue(c.start, c.end, c.kind, label, c.text)
    return None


def _opens_sentence(c: Cue, sent: Sentence, text: str) -> bool:
    """A phrase that opens its sentence (only quotes or a dash before it) and a comma closes."""
    return not text[sent.start:c.start].strip(" \t\n\"'«»“”‘’-—–•") and bool(_OPENER_TAIL.match(text, c.end))


def _baseline_of_change_before(c: pr.PeriodCue, m: Mention, figures: list[Mention], text: str, g: CueGrammar) -> bool:
    """"une croissance de 25,6 % par rapport à la même période en 2023, atteignant 9,2 milliards":
    the same period of another year, behind a comparison word, after a percentage and before the
    level, is what the percentage is measured against, not the level's period."""
    # (the cue may hold the comparison's preposition: « par rapport » + « à la même période en 2023 »)
    head = _CUE_PREPOSITION.match(c.text)
    return c.end <= m.start and bool(_search(g, "vs_before", text, max(0, c.start - 40), c.start + (head.end() if head else 0))) \
        and any(x.unit == "percent" and x.end <= c.start for x in figures if x is not m)


_CUE_PREPOSITION = recache.compile(r"[^\W\d_]{1,2}\s+")


_FRAME_HEAD = recache.compile(r"[\"'«»“”‘’\-—–•\s]*(?:[^\W\d_]{1,4}\s+)?")


def _frames_sentence(c: pr.PeriodCue, sent: Sentence, text: str) -> bool:
    """A period that opens its sentence, behind at most a short preposition, before a comma ("En
    2024, la Chine a importé pour 21,6 milliards contre 4,3 milliards, soit 17 milliards de
    surplus"): the time the whole sentence is set in, whatever comparison follows."""
    return bool(_FRAME_HEAD.fullmatch(text, sent.start, c.start)) and bool(_OPENER_TAIL.match(text, c.end))


def _respective_period(m: Mention, cues: list[pr.PeriodCue], sent_cues: list[Cue], text: str,
                       figures: list[Mention], g: CueGrammar) -> pr.PeriodCue | None:
    """With "respectively", a list of periods ("on December 7, 9 and 14", "en 2021, 2022 et 2023")
    pairs one to one with as many figures of one kind, the ones next to the list."""
    if g.list_sep is None:
        return None
    # without the word, a list of figures right before a list of as many periods pairs the same
    # way: "rose by 8%, 53% and 34.2% in November, October and September"
    implied = not any(c.kind == "respectively" for c in sent_cues)
    if not implied:
        # (two joined months after the figures: "13.53% and 14.4% in March and April, respectively";
        # before them, "respectively" pairs the figures with something else: "in March and April,
        # imports and exports fell by about 5% and 28%, respectively"); unless no other list stands
        # between them and the figures: "In November and December the figure fell to $37.9 billion
        # and $36.8 billion respectively"
        cues = [y for c in cues for y in (_month_pair_split(c, text, g)
                                          if c.start >= m.end or _nothing_listed(c, m, figures, text, g) else [c])]
    runs: list[list[pr.PeriodCue]] = []
    for c in cues:
        if runs and runs[-1][-1].kind == c.kind and g.list_sep.match(text, runs[-1][-1].end, c.start):
            runs[-1].append(c)
        else:
            runs.append([c])
    kin = [x for x in figures if _same_kind(x, m)]
    for run in (r for r in runs if len(r) >= 2):
        before = [x for x in kin if x.end <= run[0].start]
        after = [x for x in kin if x.start >= run[-1].end]
        near = before[-len(run):] if len(before) >= len(run) else after[:len(run)] if len(after) >= len(run) else []
        if implied and not (near and near[-1].end <= run[0].start and run[0].start - near[-1].end <= 12
                            and _joined(near, text, g)):
            continue
        if m in near:
            return run[near.index(m)]
    return None


#: between a noun and the country that owns it ("market share of China", « part de marché du Brésil »)
_OWNER_OF = recache.compile(r"\s*(?:of(?:\s+the)?|de\s+la|de\s+l'|du|des|de|d')\s*", re.I)
#: the preposition of the level a share moves to ("fell to 57%", « pour atteindre 70 % », «до 57%»)
_TO_BEFORE = recache.compile(r"(?<!\w)(?:to|à|atteindre|до)\s*$", re.I)


def _nothing_listed(c: pr.PeriodCue, m: Mention, figures: list[Mention], text: str, g: CueGrammar) -> bool:
    """No list ("and") between a period before the figures and the first of them of `m`'s kind:
    the period is what "respectively" pairs with those figures."""
    lead = next((x for x in figures if c.end <= x.start and _same_kind(x, m)), None)
    return (g.list_and is not None and lead is not None and lead.start - c.end <= 60
            and not g.list_and.search(text, c.end, lead.start))


def _month_pair_split(c: pr.PeriodCue, text: str, g: CueGrammar) -> list[pr.PeriodCue]:
    """Two months joined ("in March and April", read as the two months together) as a list of
    two: with "respectively" each is its own figure's ("13.53% and 14.4% in March and April,
    respectively")."""
    if c.kind != "month_pair" or "/" not in c.label or g.list_sep is None:
        return [c]
    sep = next((x for x in _GAP.finditer(text, c.start, c.end)
                if g.list_sep.match(text, x.start(), x.end())), None)
    if sep is None:
        return [c]
    first, last = c.label.split("/")
    return [pr.PeriodCue(c.start, sep.start(), "month", first, text[c.start:sep.start()]),
            pr.PeriodCue(sep.end(), c.end, "month", last, text[sep.end():c.end])]


#: a word between spaces, or a comma: where two joined names may be separated
_GAP = recache.compile(r"\s+\S+\s+|,\s*")


def _ranks_since(c: pr.PeriodCue, text: str, sent: Sentence, g: CueGrammar) -> bool:
    """The period is the scope of a ranking: "the lowest level since June 2022", « le plus bas
    niveau depuis 2021 », «минимальным уровнем с 2005 года» (the since-word may open the cue),
    "the first surplus in four months" (a count of months after the lexicon's `ranking_in`)."""
    a = max(sent.start, c.start - 140)
    if c.kind == "first_months" and g.ranking_in is not None and _search(g, "ranking_in", text, a, c.start) is not None:
        return True  # "its first surplus in four months": a streak, not January to April
    if g.ranking_since is None:
        return False
    if c.kind == "since":
        word = re.match(r"\S+", c.text)
        b = c.start + (word.end() if word else 0)
    else:
        b = c.start
    return _search(g, "ranking_since", text, a, b) is not None


@lru_cache(maxsize=None)
def _during_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    bare, during = (lx.load(lang).get("basis") or {}).get("vs_bare") or [], lx.load(lang).get("vs_bare_during") or []
    if not bare or not during:
        return None
    return recache.compile(lx.alternation(bare) + r"\s*$", re.I), recache.compile(lx.alternation(during), re.I)


def _during(c: pr.PeriodCue, text: str, lang: str) -> bool:
    """A bare comparison word before a stretch of time is no comparison: "AUS$92 billion over the
    past financial year" (but "up 5% over 2021" compares)."""
    rx = _during_rx(lang)
    return rx is not None and bool(rx[0].search(text, max(0, c.start - 8), c.start)) and bool(rx[1].match(c.text))


#: what may stand between a level and the comparison word that sets it against a baseline
#: ("19 M€ contre 15,3 M€", "$31m, against $28m"): spaces and a comma, nothing else
_TO_BASELINE = recache.compile(r"[\s,]*")


#: a comma or semicolon alone between a figure and the period phrase that opens the next clause
_COMMA_GAP = recache.compile(r"\s*[,;]\s*(?:[^\W\d]{1,3}\s+)?")


def _year_after_baseline(m: Mention, others: list[Mention], cues: list[pr.PeriodCue], text: str, g: CueGrammar,
                         context_period: str) -> tuple[str, pr.PeriodCue] | None:
    """(the period, the baseline's period cue) of a level that names none and is set right
    against a baseline of a dated year ("19 M€ contre 15,3 M€ en 2017", "$31m against $28m in
    2017"): the year after the baseline's, unless the period the article spoke of is later
    still (a comparison over two years). None when the figure is not so set."""
    nxt = next((x for x in others if x.start >= m.end), None)
    if nxt is None or nxt.start - m.end > 30:
        return None
    w = _search_in(g, "contrast", text, m.end, nxt.start)
    if w is None or not _TO_BASELINE.fullmatch(text, m.end, w.start()) \
            or _PUNCT.search(text, w.end(), nxt.start) or _DIGIT.search(text, w.end(), nxt.start):
        return None
    c = next((c for c in cues if nxt.end <= c.start and c.start - nxt.end <= 6), None)
    if c is None or _PUNCT.search(text, nxt.end, c.start) or not (len(c.label) == 4 and c.label.isdigit()):
        return None
    after = pr.year_after(c.label)
    if context_period[:4].isdigit() and int(context_period[:4]) > int(after):
        return None
    return after, c


def _level_before_baseline(f: Frame, pick: pr.PeriodCue | None, prev: Frame | None, sent: Sentence,
                           history: list[Frame] | None) -> Frame | None:
    """The level a change after a baseline is measured to: the change follows a baseline figure
    of its sentence ("contre 1,507 milliard en 2019") whose period is the one it would share
    (`pick`; None: the change names no period), and a level of another period, no baseline,
    stands before that baseline in the sentence."""
    if f.measure != "change" or prev is None or not prev.comparison or prev.sentence_start != sent.start \
            or not prev.period or (pick is not None and prev.period != pick.label) or len(history or []) < 2:
        return None
    lead = (history or [])[-2]
    if lead.sentence_start != sent.start or lead.comparison or lead.measure != "level" or not lead.period \
            or lead.period == prev.period:
        return None
    return lead


def compared_after(c: pr.PeriodCue, m: Mention, text: str, g: CueGrammar, cues: list[Cue] | None = None) -> bool:
    """A period in a comparison phrase after the figure, a few words past its comparison word:
    "slipped 6.7 percent compared to the volumes imported in 2018", « une hausse de 10,2 % par
    rapport au volume enregistré en 2014 ». It dates what the change is measured against, not
    the change (right after the word, "compared to 2018", vs_before reads it already)."""
    if c.start < m.end or c.start - m.end > 90 or _PUNCT.search(text, m.end, c.start):
        return False
    k = _search_in(g, "contrast", text, m.end, c.start)
    if k is None:
        return False
    end = k.end()
    # (a basis phrase closes the comparison: "fell 12% compared to the same period last year in
    # the first quarter" is of the first quarter)
    return 0 < c.start - end <= 50 and bool(text[end:c.start].strip()) and not _DIGIT.search(text, end, c.start) \
        and not any(x.kind == "basis" and end <= x.start and x.end <= c.start for x in cues or [])


def _owns_baseline(c: pr.PeriodCue, m: Mention, text: str, g: CueGrammar) -> bool:
    """A period after a comparison word is the baseline's own period when the baseline is this
    figure: "25% above April's 1.59 million bpd", "above last year's average of 10.3 mb/d",
    "up from 2.24 million tons in the same period last year"."""
    if c.start >= m.end:
        return c.kind == "same_of" and c.start - m.end <= 30 and not _PUNCT.search(text, m.end, c.start) \
            and _search(g, "vs_before", text, max(0, m.start - 30), m.start) is not None
    if c.end <= m.start and m.start - c.end <= 2 and not text[c.end:m.start].strip():
        return True  # «по сравнению с сентябрьскими 3,8%»: the month's adjective right before it
    if c.end <= m.start and m.start - c.end <= 20 and not _PUNCT.search(text, c.end, m.start) \
            and text.startswith(("'s", "\u2019s"), c.end):
        return True
    # "the 2022 record of 3.82 million tons", "2022's peak of €397 billion": a year before a noun
    # of the figure (the lexicon's `period_noun_of`)
    rx = _period_noun_of(g.lang)
    return rx is not None and c.end <= m.start and m.start - c.end <= 40 and rx.fullmatch(text, c.end, m.start) is not None


@lru_cache(maxsize=None)
def _period_noun_of(lang: str) -> re.Pattern[str] | None:
    words = lx.load(lang).get("period_noun_of")
    if not words:
        return None
    approx = _approx_alt(lang)
    return recache.compile(r"(?:['\u2019]s)?\s+(?:[^\W\d]+\s+){1,2}" + lx.alternation(words) + r"\s+"
                           + (r"(?:" + approx + r"\s+)?" if approx else ""), I)


def _when_period(m: Mention, cues: list[pr.PeriodCue], text: str, figures: list[Mention],
                 g: CueGrammar) -> pr.PeriodCue | None:
    """The period a when-clause holding the figure hangs on ("since 2020, when the line carried
    4.1 bcm", "a year earlier, when China took 5.44 Mt"); a "since" names its start."""
    if g.when_clause is None:
        return None
    c = next((c for c in reversed(cues) if c.end <= m.start), None)
    if c is None or any(c.end <= x.start < m.start for x in figures) or not g.when_clause.match(text, c.end, m.start):
        return None
    if c.kind == "since":
        year = re.search(r"(?:19|20)\d{2}", c.text)
        start = c.label.split("/")[0] if c.label else (year.group(0) if year else "")
        if not re.search(g.month_start, c.text, I):
            start = start[:4]  # "since 2018": the year (no publication date needed)
        return pr.PeriodCue(c.start, c.end, "year" if len(start) == 4 else "month", start, c.text)
    return c


def periods_in(text: str, art: ArticleContext, future: bool = False, offset: int = 0) -> list[pr.PeriodCue]:
    """Period phrases of a piece of the article's text (at `offset` in it), resolved against
    its date; memoised in `art`, so each sentence is matched once whatever its figures ask."""
    key = (text, offset, future)
    got = art.periods.get(key)
    if got is None:
        # read at offset 0 once, whatever offsets the text is asked for at (a sentence is
        # asked for at its place in the article and on its own)
        got = art.periods.get((text, 0, future))
        if got is None:
            found = art.matches.get(text)
            if found is None:
                found = art.matches[text] = pr.period_matches(text, art.lang)
            got = pr.find_periods(text, art.lang, art.pub, art.precision, future, matches=found,
                                  fiscal_start=art.fiscal_start, seasons=art.seasons,
                                  fiscal_by_start=art.fiscal_by_start)
            got = pr.with_spans(pr.with_fiscal_part(pr.with_relative_year(got, text, art.lang), text, art.lang),
                                text, art.lang)
            if (pub_rx := _words_rx(art.lang, "periods", "published_words", r"\s+$")) is not None:
                # "in its annual report published in October": when a document appeared, no
                # period of the figures it holds (periods.published_words)
                got = [c for c in got if not pub_rx.search(text, max(0, c.start - 30), c.start)]
            got = _bracket_restated(got, text)
            days = pr.day_lists(text, art.lang, art.pub, art.precision, future)
            if days:  # "on December 7, 9 and 14": one cue a day instead of "on December 7"
                got = sorted([c for c in got if not any(c.start < d.end and d.start < c.end for d in days)] + days,
                             key=lambda c: c.start)
            art.periods[(text, 0, future)] = got
        if offset:
            got = [pr.PeriodCue(c.start + offset, c.end + offset, c.kind, c.label, c.text) for c in got]
        art.periods[key] = got
    return got


_PHRASE_BREAK = recache.compile(r"[,.;:()\[\]]")


def _bracket_restated(cues: list[pr.PeriodCue], text: str) -> list[pr.PeriodCue]:
    """Periods restated in the bracket right after them take the bracket's months: « les sept
    premiers mois de la campagne 2023/24 (novembre 2023-mai 2024) », "the first half of fiscal
    2023-24 (July-December 2023)" (the months a season or fiscal year covers, written out)."""
    out = list(cues)
    for i, b in enumerate(cues):
        if not b.label or b.label.startswith("<") or "/" not in b.label \
                or text[b.start - 1:b.start] != "(" or text[b.end:b.end + 1] != ")":
            continue
        k, j = b.start - 1, i - 1
        while j >= 0 and out[j].end <= k and k - out[j].end <= 40 and not _PHRASE_BREAK.search(text, out[j].end, k) \
                and out[j].label and not out[j].label.startswith("<"):
            out[j] = pr.PeriodCue(out[j].start, out[j].end, out[j].kind, b.label, out[j].text)
            k, j = out[j].start, j - 1
    return out


def _sentence_periods(sent: Sentence, lang: str, art: ArticleContext, future: bool) -> list[pr.PeriodCue]:
    """Period phrases of a sentence with absolute offsets."""
    return periods_in(sent.text, art, future, sent.start)


_DIGIT = recache.compile(r"\d")

def _role(c: Cue, text: str, cues: list[Cue], g: CueGrammar) -> str:
    """How a country word relates to the flow: to, from, with, poss, adj or subj (kept for the
    article's text: the figures of a sentence ask it of the same names)."""
    # of the other cues, the role reads the ends of the flow words alone
    key = (g.lang, "role", c.start, c.end, c.text, c.value, tuple([o.end for o in cues if o.kind == "indicator"]))
    memo = lx.text_state(text)[1]
    got = memo.get(key)
    if got is None:
        got = memo[key] = _read_role(c, text, cues, g)
    return got  # type: ignore[no-any-return]


def _read_role(c: Cue, text: str, cues: list[Cue], g: CueGrammar) -> str:
    b_lo = max(0, c.start - 40)
    word = c.text
    if word.lower().endswith("'s") or text.startswith(("'s ", "\u2019s "), c.end):
        return "poss"
    if (wh := _whose_rx(g.lang)) is not None and (wm := wh.match(text, c.end)) is not None \
            and any(o.kind == "indicator" and o.start == wm.end() for o in cues):
        return "poss"  # "Kazakhstan, whose exports to Russia ...", « le Kazakhstan, dont les exportations »
    if g.ranked_before is not None and g.ranked_before.search(text, b_lo, c.start):
        return "subj"  # « suivie de l'Inde (10,8 %) », "followed by India": a fellow of a ranking, no origin
    word = word.split("'")[-1]  # "l'Union": the name after an elided article
    is_adj = ((g.demonym_lowercase and word[:1].islower() and c.value != "WLD") or
              (bool(g.demonym_suffixes) and lx.fold(word).endswith(g.demonym_suffixes) and not word.isupper()
               and word not in g.name_forms)) and lx.fold(c.text) not in g.anaphor_forms
    if (tm := _search(g, "before_to", text, b_lo, c.start)) and not (
            c.text in g.place_forms and _search(g, "to_case", text, b_lo, c.start)):
        wm = _search(g, "before_with", text, b_lo, c.start)
        if wm is not None and wm.start() < tm.start():
            return "with"  # "95% приходится на Россию": a longer phrase holds the preposition, and names a partner
        return "to"  # (but "в Китае" is a place: the name is not in the case "в" gives a destination)
    if g.after_to is not None and g.after_to.match(text, c.end):
        return "to"  # "U.S.-bound exports"
    if g.after_market is not None and g.after_market.match(text, c.end) and (
            g.market_prep is None or g.market_prep.search(text, b_lo, _name_start(c)) is not None):
        return "to"  # "earned $6.6 billion from the South Korean market", «Российский рынок ... в поставках»
    if c.text in g.recipient_forms:
        return "to"  # "продала Казахстану": the dative alone names who receives
    if c.text in g.maybe_recipient_forms and any(o.kind == "seller" and o.end <= c.start and not text[o.end:c.start].strip()
                                                 for o in cues):
        return "to"  # "Россия поставила Индии 3,4 млн тонн": right after a selling verb, a receiver
    if c.text in g.unowned_recipient_forms and any(o.kind == "indicator" and o.end <= c.start and not text[o.end:c.start].strip()
                                                   for o in cues):
        return "to"  # "поставки Молдове электроэнергии": right after a flow noun, a form no genitive shares
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
        at = c.start - len(pm.group(0))
        owner = next((o for o in cues if o.kind == "country" and o.end == at and o.value != c.value), None)
        if owner is not None and owner.text[:1].islower() and any(
                i.kind == "indicator" and i.value == "imports" and 0 <= owner.start - i.end <= 1 for i in cues):
            return "from"  # « les importations tunisiennes de l'Italie »: owned by the demonym, from the name
        if any(o.kind == "indicator" and o.end == at for o in cues):
            if pm.group(0).strip() and any(o.kind in ("buyer", "seller") and o.end == at for o in cues):
                return "from"  # "le pétrole importé d'Irak": after a verb, where it came from
            if "'" not in c.text[:3] and pm.group(0).strip().lower() in (g.lex.get("direction", "imports_from_bare") or ()) \
                    and any(o.kind == "indicator" and o.value == "imports" and o.end == at for o in cues):
                return "from"  # « les importations de Turquie »: a bare « de » names the origin (« de la Turquie »: its own)
            return "poss"
        if g.lex.get("direction", "possessive_after_goods") and any(
                o.kind == "commodity" and o.end == at and any(i.kind == "indicator" and 0 <= o.start - i.end <= 1
                                                              for i in cues) for o in cues):
            return "poss"  # «импорт нефти Индии»: the goods between the flow word and its owner
    before = text[b_lo:c.start]
    elided = before + c.text[:c.text.index("'") + 1] if "'" in c.text[:3] else before  # the cue "l'Union" holds its article
    if g.from_named is not None and g.from_named.search(elided):
        return "from"  # « en provenance de l'UE » names the origin, whatever flow word precedes
    if g.group_of is not None and (gm := g.group_of.search(elided)) \
            and g.group_tail is not None and g.before_to.search(g.group_tail.sub("", elided[:gm.start()])):
        return "to"  # « vers les pays membres de l'UE »: the direction word before the group is the name's
    if g.owner_article is not None and g.owner_article.search(elided) \
            and any(o.kind == "indicator" and 0 <= c.start - o.end <= 40 and not _DIGIT.search(text, o.end, c.start)
                    for o in cues):
        # "les importations extra-européennes de l'Union": the Union's imports ("de Chine": from);
        # but behind a figure the name is where it came from ("a importé 1,7 million de bpj de la Russie")
        return "poss"
    if g.group_of is not None and g.group_of.search(elided):
        return "subj"  # « les pays d'Amérique latine ont acheté »: the countries of a region, no origin
    if g.partner_of is not None and _search(g, "partner_of", text, b_lo, c.start):
        return "poss"  # « le premier partenaire commercial de la Suisse »: whose partner, not an origin
    if _search(g, "before_from", text, b_lo, c.start):
        return "from"
    return "subj"


@lru_cache(maxsize=None)
def _whose_rx(lang: str) -> re.Pattern[str] | None:
    """A relative pronoun of possession and its article right after a name, before the name's
    own flow word (the lexicon's `direction.whose`): "Kazakhstan, whose exports"."""
    words = lx.load(lang).get("direction", "whose")
    if not words:
        return None
    return recache.compile(r"\s*,?\s*" + lx.alternation(list(words)) + r"\s+(?:(?:les|le|la|the)\s+|l')?", I)


def _name_start(c: Cue) -> int:
    """Where the name itself starts in its cue, after an elided article ("l'Inde", "l'UE")."""
    return c.start + (c.text.index("'") + 1 if "'" in c.text[:3] else 0)


@lru_cache(maxsize=None)
def _between_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = lx.load(lang).get("direction", "between_pair")
    if not words:
        return None
    opener = recache.compile(lx.alternation(list(words)) + r"\s+(?:(?:the|le|la|les)\s+|l['’])?$", re.I)
    joiner = recache.compile(r"\s+" + lx.alternation(sorted({j for js in words.values() for j in js}))
                        + r"\s+(?:(?:the|le|la|les)\s+)?", re.I)
    return opener, joiner


def _between_pair(countries: list[Cue], text: str, g: CueGrammar) -> tuple[Cue, Cue] | None:
    """Two countries named as "between A and B" (the lexicon's `direction.between_pair`)."""
    rx = _between_rx(g.lang)
    if rx is None:
        return None
    opener, joiner = rx
    for a, b in zip(countries, countries[1:]):
        if a.value != b.value and a.value != "WLD" and b.value != "WLD" \
                and joiner.fullmatch(text, a.end, _name_start(b)) \
                and opener.search(text, max(0, a.start - 16), _name_start(a)):
            return a, b
    return None


def _share_of_it(m: Mention, cues: list[Cue], figures: list[Mention] | None, hi: int, text: str,
                 g: CueGrammar) -> Mention | None:
    """The next figure in the level's clause when it is a percent with countries after it and
    none between the two: the countries are where that part of the level went. Not a percent
    that restates the level ("(36%)", "(8,3 Md€, 17,3%)", "or 11.7% of total imports", « soit 21,1 % ») nor one
    whose country owns a whole ("7.8 per cent of Sri Lanka's total exports")."""
    nxt = next((x for x in figures or [] if x.start >= m.end), None)
    opened = text.rfind("(", max(0, m.start - 40), m.start)
    if nxt is None or nxt.unit != "percent" or nxt.start >= hi or "(" in text[m.end:nxt.start] \
            or opened >= 0 and ")" not in text[opened:nxt.start] \
            or g.restate_re is not None and g.restate_re.search(text, m.end, nxt.start):
        return None
    named = [c for c in cues if c.kind == "country" and m.end <= c.start < hi]
    if not named or any(c.start < nxt.start for c in named) \
            or any(c.kind == "share" and nxt.end <= c.start < named[0].start for c in cues):
        return None
    return nxt


def _partners(f: Frame, m: Mention, cues: list[Cue], sent: Sentence, lo: int, hi: int,
              prev: Frame | None, prev_sent_cues: list[Cue] | None, art: ArticleContext,
              text: str, g: CueGrammar, flow: Cue | None = None, history: list[Frame] | None = None,
              figures: list[Mention] | None = None) -> None:
    if prev is not None and prev.sentence_start == sent.start and prev.exporter and prev.importer \
            and prev.indicator == f.indicator and 0 <= prev.figure_end < m.start \
            and (_in_paren_after(prev.figure_end, m, text, reach=40) or _compared_aside(f, m, prev, text, g, figures)):
        # "Qatar 1.56 million barrels (2.1 percent)": a figure in the bracket right after another
        # restates it (its share, its change) and has its partners
        f.exporter, f.importer = prev.exporter, prev.importer
        f.why["partners"] = "in the bracket right after the figure before it: that figure's partners"
        return
    if prev is not None and prev.sentence_start == sent.start and prev.exporter and prev.importer \
            and prev.measure == "level" and f.measure == "share" and prev.indicator == f.indicator \
            and 0 <= m.start - prev.figure_end <= 30 and g.restate_re is not None \
            and g.restate_re.fullmatch(text, prev.figure_end, m.start):
        # "SR3.9 billion worth of imports, accounting for 6.4 percent of the total", « 2,3 Mt, soit
        # 40 % »: the part a level is of its whole has the level's partners
        f.exporter, f.importer = prev.exporter, prev.importer
        f.why["partners"] = "the share restating the level right before it: that figure's partners"
        return
    if prev is not None and prev.sentence_start == sent.start and prev.exporter and prev.importer \
            and "WLD" not in (prev.exporter, prev.importer) and 0 <= prev.figure_end < m.start \
            and (rev := _reverse_after(m, cues, text)) is not None:
        # "12,1 milliards ... de l'Espagne vers le Maroc, et 8,55 milliards dans le sens inverse":
        # the countries named belong to the figure before; this one goes the other way
        f.exporter, f.importer = prev.importer, prev.exporter
        f.why["partners"] = f"'{rev.text}' right after the figure: the reverse of the figure before it"
        return
    f.direction = flow.value if flow is not None and flow.value in ("exports", "imports") and lo <= flow.start < hi \
        else (f.indicator if f.indicator in ("exports", "imports") else "")
    # "4,86 млн тонн пшеницы, в том числе в Узбекистан - 2,2 млн тонн": the parts named after
    # the figure are not its partners; it is their whole
    whole = g.part_of_whole.search(text, m.end, hi) if g.part_of_whole is not None else None
    parts_from = len(text)
    bracket = (0, 0)  # a bracket of parts right after the figure: "116 282 GWh (dont 21 410 GWh de GNL) proviennent de l'Algérie"
    if whole is not None and any(x.start >= whole.end() for x in figures or []):
        if (opened := text.rfind("(", m.end, whole.start())) >= 0 and ")" not in text[opened:whole.start()] \
                and 0 <= (closed := text.find(")", whole.end(), hi)) and not any(
                    x.start >= closed for x in figures or [] if x.start < hi):
            bracket = (opened, closed)  # the parts are the bracket's; what follows it is the figure's
        else:
            hi = parts_from = whole.start()
    elif m.unit not in ("percent", "pp") and (share := _share_of_it(m, cues, figures, hi, text, g)) is not None:
        # "Brazil shipped out 12.6 million tonnes of soybeans, and at least 60 percent was bound
        # for China": the country after a percent of the level is that percent's; the level is
        # their whole
        hi = parts_from = share.start
    sub = _search_in(g, "subordinator", text, max(m.end, bracket[1]), hi) if g.subordinator is not None else None
    if sub is not None:
        hi = sub.start()
    said = cues  # a country written against the figure counts even inside an aside ("..., ahead of Saudi Arabia at 15%")
    cues = [c for c in cues if not (c.kind == "country" and (_is_noise(c, text, g) or _in_aside(c, text, m, lo, g, cues)
                                                             or _baseline_side(c, m, figures, text, g)))]
    # (nor a name ranked after the figure with a bracketed figure of its own: "..., suivie de
    # l'Inde (10,8 %)")
    countries = [c for c in cues if c.kind == "country" and lo <= c.start and c.end <= hi
                 and not bracket[0] <= c.start < bracket[1]
                 and not (figures and _heads_gap(c, m, figures, text, sent.start, g))
                 and not (figures and c.start >= m.end and g.ranked_with is not None
                          and g.ranked_with.search(text, m.end, c.start) and _own_bracket(c, figures, text))]
    where = "clause"
    if not countries:
        countries = [c for c in cues if c.kind == "country" and c.end <= hi]
        where = "sentence"
    other_flow = {"exports": "imports", "imports": "exports"}.get(f.indicator)
    if where == "sentence" and other_flow and flow is not None and lo <= flow.start < hi:
        # "China's exports to Russia rose 5%, while imports were up 13%": the other way
        named = [c for c in cues if c.kind == "indicator" and c.value == other_flow and not lo <= c.start < hi]
        if named:
            f2 = Frame(indicator=other_flow, commodity=f.commodity)
            _partners(f2, m, cues, sent, sent.start, sent.end, None, None, art, text, g, named[-1], history)
            if f2.exporter and f2.importer:
                f.exporter, f.importer = f2.importer, f2.exporter
                f.why["partners"] = f"the reverse of the {other_flow} named in the sentence"
                return
    pair_word = next((c for c in cues if c.kind == "pair"), None)
    roles = _listed_roles([(c, _role(c, text, cues, g)) for c in countries], countries, text, g)
    roles = _flow_phrase(roles, flow, cues, m, lo, hi)
    if f.measure != "share" and (world := _world_flow(m, flow, countries, said, sent, lo, hi, text, g)):
        # "global LNG imports increased by 8.3 percent", « des achats mondiaux de 200 millions de
        # tonnes », «мировая торговля выросла на 2%»: the world's own flow, no country's
        f.exporter = f.importer = "WLD"
        f.why["partners"] = f"'{world}', the world's own flow"
        return
    ind = f.indicator
    exp = imp = ""
    buyer = any(c.kind == "buyer" and lo <= c.start < hi for c in cues) or ind == "imports" \
        or (flow is not None and flow.value == "imports")  # "les importations chinoises de charbon"
    adj_on_commodity = []
    for c, r in roles:
        if r == "adj":
            # (goods words too: «узбекской продукции», "Uzbek goods")
            near_com = any(o.kind in ("commodity", "goods") and (abs(o.end - c.start) <= 3 or abs(c.end - o.start) <= 3)
                           for o in cues)
            # "les importations de produits russes": the demonym qualifies the goods after the flow word
            goods = flow is not None and flow.end <= c.start and bool(g.goods_of.fullmatch(text, flow.end, c.start))
            if near_com or goods:
                adj_on_commodity.append(c)
    # the country a figure is listed with (a balance has none)
    party = _listed_party(m, said, text, figures or [m], g) \
        if ind != "trade_balance" and (f.measure == "share" or len(figures or []) > 1) else None
    if ind in ("bilateral_trade",):
        if party is not None:
            # « les échanges ... avec l'Espagne (28,9 %), la France (22,5 %) »: each figure is its
            # country's trade with the side outside the list, never with a fellow of the list
            c, _, listed = party
            # (nor a country with a bracketed figure of its own, another kind of figure's list:
            # «рост товарооборота с Азербайджаном (в 2,8 раза), с Молдовой (15%)»)
            # (nor one ranked against it, a fellow of the ranking: « La Chine conserve la 1ère place
            # avec 1 479 milliards, devant la France (1 064 milliards) »)
            other = next((o for o in countries if o.value not in listed and o.value != c.value
                          and not _own_bracket(o, figures or [m], text)
                          and not (o.end <= c.start and g.ranked_with is not None
                                   and g.ranked_with.search(text, o.end, c.start) is not None)), None)
            # (a bloc the listed country belongs to is the whole it is a part of, not its partner)
            side = other.value if other is not None else next(
                (p for p in art.pair if p not in listed and p not in (c.value, "WLD")
                 and c.value not in lx.bloc_members(p)), "")
            if side:
                f.exporter, f.importer = sorted((c.value, side))
                f.why["partners"] = f"'{c.text}', the country the figure is listed with, against " + (
                    f"'{other.text}'" if other is not None else "the article's pair")
                return
        codes = []
        for c, _ in roles:
            if c.value not in codes:
                codes.append(c.value)
        if len(codes) > 2 and (between := _between_pair([c for c, _ in roles], text, g)) is not None:
            # "After the war of the Russian Federation against Ukraine, trade between Russia and
            # China increased by 30%": the pair "between" names, not the first two names
            f.exporter, f.importer = sorted((between[0].value, between[1].value))
            f.why["partners"] = f"'{between[0].text}' and '{between[1].text}', the pair it is between"
            return
        if len(codes) >= 2:
            a, b = sorted(codes[:2])
            f.exporter, f.importer = a, b
            f.why["partners"] = f"named in the {where}"
            return
        if len(codes) == 1 and len(art.pair) == 2 and codes[0] in art.pair and (
                not _world(cues, lo, hi)
                # ("Total bilateral trade between the two nations ... $937mn, with Afghanistan's
                # exports ...": the pair's word in the clause outweighs a world word)
                or pair_word is not None and lo <= pair_word.start < hi and ind == "bilateral_trade"):
            a, b = sorted(art.pair)
            f.exporter, f.importer = a, b
            f.why["partners"] = f"'{countries[0].text}' and the article's pair"
            f.penalty += 0.05
            return
        if len(codes) == 1:
            a, b = sorted([codes[0], "WLD"]) if _world(cues, lo, hi) else (codes[0], "")
            if b:
                f.exporter, f.importer = a, b
                f.why["partners"] = f"'{countries[0].text}' and the world"
                return
            # "Trade with the Netherlands stood at 455.58 billion yuan" in an article on China and
            # the EU: the one country named trades with the article's own country (not the bloc it
            # belongs to, nor the world)
            own = next((p for p in art.pair if p not in (codes[0], "WLD") and codes[0] not in lx.bloc_members(p)), "")
            if own and len(art.pair) == 2 and not _world(cues, lo, hi):
                f.exporter, f.importer = sorted((codes[0], own))
                f.why["partners"] = f"'{countries[0].text}' and the article's country"
                f.penalty += 0.05
                return
        if not codes and prev_sent_cues and (pair_word is not None or any(
                c.kind == "indicator" and c.value == "bilateral_trade" for c in prev_sent_cues)):
            # "... trade between China and Russia shrank. Bilateral trade fell 9.4%": the pair just named
            named_before = list(dict.fromkeys(c.value for c in prev_sent_cues if c.kind == "country"
                                              and c.value != "WLD" and not _is_noise(c, text, g)))
            if len(named_before) == 2 and set(named_before) != set(art.pair):
                a, b = sorted(named_before)
                f.exporter, f.importer = a, b
                f.why["partners"] = "the sentence before: the pair it names" + (f" ('{pair_word.text}')" if pair_word else "")
                return
        head = _with_header(sent, cues, text, g) if not codes else None
        own = _headed_own(history) if head is not None else ""
        if head is not None and own and own != head.value:
            # "With China: exportation 3.20 billion, ..., total amount of trade 4.87 billion"
            f.exporter, f.importer = sorted((own, head.value))
            f.why["partners"] = f"'{head.text}' heading the sentence, against {own}"
            return
        if len(art.pair) == 2:
            a, b = sorted(art.pair)
            f.exporter, f.importer = a, b
            f.why["partners"] = "the article's pair" + (f" ('{pair_word.text}')" if pair_word else "")
            f.penalty += 0.0 if pair_word else 0.1
            return
        return
    if ind == "trade_balance" and len(figures or []) > 1 \
            and (listed_bal := _listed_balance(m, said, roles, text, figures or [m], art, g)) is not None:
        f.exporter, f.importer, f.why["partners"] = listed_bal
        return
    if ind == "trade_balance":
        # (a name behind punctuation after the figure is an aside, "the trade deficit with China
        # amounts to $84.9 billion, ..., the dams financed by China"; a bracket right after the
        # figure restates it, "212.41 billion yen ($2.01 billion) with the EU")
        tail = _OWN_BRACKET.match(text, m.end)
        at = tail.end() if tail else m.end
        roles = [(c, r) for c, r in roles if c.end <= m.start or c.start >= at and not _PUNCT.search(text, at, c.start)] or roles
        side = next((c for c, r in roles if r in ("from", "poss", "subj", "adj")), None)
        other = next((c for c, r in roles if r in ("with", "to") and (side is None or c.value != side.value)), None)
        named = _between_pair([c for c, _ in roles], text, g)
        if named is not None and not any(r == "poss" for _, r in roles):
            side, other = named  # "le déficit entre l'UE et la Chine": the first named is the balance's side
        if other is None:
            other = next((c for c, r in roles if side is not None and c.value != side.value), None)
        bal = _nearest(cues, m.start, m.end, lo, hi, {"balance"}, 1.0) or next((c for c in cues if c.kind == "balance"), None)
        owner = _balance_owner(bal, roles, text) if bal is not None else None
        if owner is not None and (side is None or owner.value != side.value):
            # « le déficit commercial européen », "the European trade deficit": the word glued to the
            # balance names its side, whoever else the clause names first
            other = next((c for c, _ in roles if c.value != owner.value), None)
            side = owner
        s_code = side.value if side else ""
        o_code = other.value if other else ""
        if not o_code and s_code and s_code != "WLD" and _world(cues, lo, hi):
            o_code = "WLD"  # "Japan's overall trade surplus": against the world
        if not o_code and len(art.pair) == 2 and s_code in art.pair:
            o_code = art.pair[1] if art.pair[0] == s_code else art.pair[0]
        if not s_code and len(art.pair) == 2:
            if o_code in art.pair:
                # "the country's trade surplus with the United States": the article's other country
                s_code = art.pair[1] if art.pair[0] == o_code else art.pair[0]
            elif not o_code:
                # no side named: the chronic surplus economy holds a surplus, the deficit one a
                # deficit (gazetteer surplus_economies / deficit_economies), else the pair's order
                word = bal.value if bal is not None and bal.value in ("surplus", "deficit") else "surplus"
                holds, lacks = lx.balance_sides(word), lx.balance_sides("deficit" if word == "surplus" else "surplus")
                lean = [(x in holds) - (x in lacks) for x in art.pair]
                s_code, o_code = art.pair if lean[0] >= lean[1] else art.pair[::-1]
        fav = _favoured(roles, text, g.lang)
        if fav is not None and fav.value in (s_code, o_code) and s_code and o_code:
            # "a trade gap of USD 43.65 billion in favour of India": India holds the surplus
            f.exporter, f.importer = (s_code, o_code) if fav.value == s_code else (o_code, s_code)
            f.why["partners"] = f"balance in favour of '{fav.text}'"
            return
        if balance_deficit(bal, m, text, g.lang):
            f.exporter, f.importer = o_code, s_code
        else:
            f.exporter, f.importer = s_code, o_code
        against = f"'{other.text}'" if other else "the world" if o_code == "WLD" else "'?'"
        f.why["partners"] = f"balance side '{side.text if side else '?'}' vs {against}"
        return
    # directed flows: exports, imports, energy deliveries
    origin = dest = ""
    for c, r in roles:
        if r == "to" and not dest:
            dest = c.value
        elif r == "from" and not origin:
            origin = c.value
    # a direction right behind the figure is its own, whatever the clause named first ("les
    # exportations vers les États-Unis ont atteint 9,11 milliards, au-dessus des 7,99 milliards
    # vers la Chine")
    behind = next(((c, r) for c, r in roles if r in ("to", "from") and 0 <= c.start - m.end <= 24
                   and not _PUNCT.search(text, m.end, c.start)
                   and not any(m.end <= x.start < c.start for x in figures or [])), None)
    if behind is not None:
        if behind[1] == "to":
            dest = behind[0].value
        else:
            origin = behind[0].value
    # one figure for a list of destinations or origins ("exports rose 113.9% to Iran and India",
    # "electricity from France, Norway, Belgium and the Netherlands"): no one partner on that side
    several = ""
    if (dest or origin) and not any(c.kind == "respectively" for c in said):
        for code, way in ((dest, "to"), (origin, "from")):
            named = next((c for c, r in roles if r == way and c.value == code), None) if code else None
            if named is not None and len(_coordinated(named, countries, text, g)) > 1:
                several = "importer" if way == "to" else "exporter"
                break
    # the flow's own side: the possessor, subject or demonym closest to the flow word
    anchor = flow.start if flow is not None else m.start
    sides = [c for c, r in roles if r in ("poss", "subj", "adj") and c not in adj_on_commodity]
    subj = sides[0] if sides else None
    com_origin = adj_on_commodity[0].value if adj_on_commodity else ""
    owns = g.lex.get("demonym_owns_flow")
    if owns and flow is not None and (owns is True or flow.value in owns):
        # "российский экспорт", "индийского импорта": a demonym right before a flow word is its owner;
        # one right after it qualifies the goods named next ("импорт российской колбасы"): their origin
        goods_adj = [c for c, r in roles if r == "adj" and 0 <= c.start - flow.end <= 2 and c not in adj_on_commodity]
        if goods_adj:
            adj_on_commodity += goods_adj
            sides = [c for c in sides if c not in goods_adj]
            subj = sides[0] if sides else None
            com_origin = adj_on_commodity[0].value
        # (not a region with no code: "North American exports accounted for one-third of South
        # Korea's total" are exports to it)
        owner = next((c for c, r in roles if r == "adj" and 0 <= flow.start - c.end <= 2
                      and c.value not in lx.region_codes()), None)
        if owner is not None and any(r == "poss" and 0 <= owner.start - c.end <= 2 for c, r in roles):
            # "India's Russian imports": the possessor owns them, the demonym names where they come from
            adj_on_commodity.append(owner)
            com_origin = com_origin or owner.value
            owner = None
        if owner is not None:
            roles = [(c, "poss" if c is owner else r) for c, r in roles]
            sides = [owner] + [c for c in sides if c is not owner]
            subj = owner
    posses = [c for c, r in roles if r == "poss" and c not in adj_on_commodity]
    # the possessor nearest the flow word owns it: "India's imports", "China's exports"
    nearest_poss = min(posses, key=lambda c: abs(c.start - anchor)) if posses else None
    poss = nearest_poss if ind == "imports" or buyer else None
    # "China bought 47% of Russia's crude exports": whoever owns the exports sells them
    sold_by_owner = ind == "energy_deliveries" and nearest_poss is not None and any(
        o.kind == "indicator" and o.value == "exports" and 0 <= o.start - nearest_poss.end <= 16 for o in cues)
    if ind == "imports" or (buyer and ind == "energy_deliveries" and not sold_by_owner):
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
        # the possessor of the flow word owns it ("Russia took 3% of China's exports": China's);
        # a subject other than the owner is then the buyer
        side = (nearest_poss if flow is not None else None) or subj
        exp = origin or com_origin or (side.value if side else "")
        imp = dest
        if not imp and subj is not None and subj.value != exp:
            imp = subj.value
    # the clause names only the flow's owner ("Japan's exports fell 0.5%", « les exportations
    # chinoises ont bondi »): no origin, destination or goods' origin
    owner_only = bool(exp) != bool(imp) and not origin and not dest and not com_origin
    unowned = _outside_owned_whole(f, m, cues, text, g)  # the world words that may be the partner
    whole = _share_whole(f, m, roles, cues, text, g) if not origin and not dest else None
    if whole is not None:
        exp, imp = whole
    elif f.measure == "share" and flow is not None and flow.value in ("exports", "imports") and not dest \
            and (held := _share_holder(roles, text, g)) is not None and origin in ("", held[0]) \
            and not _world(unowned, lo, hi):
        # "Russia's share of total imports", « la part de la Chine dans les exportations russes »:
        # the holder sells into an imports whole and buys from an exports one; the whole's
        # owner is the other side (else the article's pair fills it). ("15% of global exports":
        # a share of the world's whole is the holder's own flow)
        holder, owner = held
        # (the whole's flow word is the last before the figure: «доля российских поставок в общем
        # объеме индийского импорта» is a share of imports, whatever the holder's own flow word)
        whole_flow = next((c for c in reversed(cues) if c.kind == "indicator" and c.value in ("exports", "imports")
                           and lo <= c.start < m.start), flow)
        exp, imp = (owner, holder) if whole_flow.value == "exports" else (holder, owner)
    if exp and imp and exp == imp:
        imp = ""
    src = f"roles in the {where}"
    trader = _trader(m, cues, text, lo, art, g)
    if trader is not None:
        exp, imp, src = trader
    if party is not None and trader is not None and party[0].value in trader[:2] and any(
            o.kind == "supplier" and 0 <= party[0].start - o.end <= 8 and not _PUNCT.search(text, o.end, party[0].start)
            for o in cues):
        # « le troisième fournisseur du Cameroun avec 8,2 % »: the country "listed" with the
        # figure is the supplier noun's own buyer (right after it), which the noun already read
        party = None
    if party is not None:
        # "la Russie (19 %), l'Arabie saoudite (15 %)", "Russia, Saudi Arabia and Iraq supplied
        # 19%, 15% and 10.5% ..., respectively": each figure's own country
        c, role, listed = party
        if role == "from" and g.ranked_with is not None and any(
                o.value in listed and o.start <= c.start and 0 <= o.start - rk.end() <= 6
                for rk in g.ranked_with.finditer(text, sent.start, c.start) for o in countries):
            # « l'Italie (32%), suivie de l'Allemagne (18%) et de la Belgique (15%) »: the ranking
            # word's preposition, repeated down the list, names no origin
            role = ""
        if role == "from" and (rep := _words_rx(g.lang, "direction", "list_repeat", r"\s*$")) is not None \
                and rep.search(text, max(0, c.start - 8), c.start) \
                and any(o.value in listed and o.value != c.value and o.start < c.start and _role(o, text, cues, g) == "to"
                        and not any(i.kind == "indicator" and o.end <= i.start < c.start for i in cues) for o in countries):
            # « exporté à destination du Singapour (55%) du Japon (12,6%) »: the preposition of the
            # first item's direction, repeated down the list, names no origin
            role = "to"
        if role not in ("to", "from"):
            # "went to Finland (7 TWh) and Denmark (4 TWh)": a list's country takes the direction
            # written once before its first
            role = next((r for o in countries if o.value in listed and o.value != c.value and o.start < c.start
                         and (r := _role(o, text, cues, g)) in ("to", "from")), role)
        # (not a bloc the listed country belongs to: « Parmi les pays arabes, les exportations vers
        # l'Algérie et la Libye » scopes the list, it trades with neither)
        others = [o for o in countries if o.value not in listed and o.value != c.value
                  and c.value not in lx.bloc_members(o.value)]
        # the other side is a possessor or a demonym ("the Asian giant's crude imports",
        # "les importations chinoises"), not a fellow supplier named as a subject
        ranked = sorted((o for o in others if _role(o, text, cues, g) in ("poss", "adj")),
                        key=lambda o: _role(o, text, cues, g) != "poss")
        if not ranked:
            # "Japan's oil imports came mostly from the Middle East; the rest came from the US (4.1
            # percent)": the owner of the flow in a clause before, when the list's has none
            ranked = [o for o in cues if o.kind == "country" and o.end <= lo and o.value not in listed
                      and o.value != c.value and _role(o, text, cues, g) == "poss"][-1:]
        other = ranked[0].value if ranked else ""
        if not other and role in ("to", "from"):
            # "Canada exported $7.7 billion and $4.9 billion ... to the U.S. and China,
            # respectively": the subject of the flow's verb is the other side
            # (or of a verb on its own flow: « l'Ile Maurice enregistre un rebond de ses exportations
            # vers les Etats-Unis (+ 18,2 %) »)
            subj = next((o for o in reversed(others) if o.end <= m.start and _role(o, text, cues, g) == "subj"
                         and any(x.kind in ("indicator", "seller", "buyer") and (
                             0 <= x.start - o.end <= OWNER_GAP
                             or x.kind == "indicator" and 0 <= x.start - o.end <= 60 and g.possessive_det is not None
                             and g.possessive_det.search(text, o.end, x.start) is not None) for x in cues)), None)
            other = subj.value if subj is not None else ""
        # the listed countries buy when the list says "to", or when the other side owns the
        # exports it is a list of ("47% of Russia's crude exports, followed by India (37%)")
        buys = role == "to" or role != "from" and bool(ranked) and flow is not None and flow.value == "exports"
        directed = next(((o, r) for o in others if (r := _role(o, text, cues, g)) in ("to", "from")), None) \
            if not ranked and role not in ("to", "from") else None
        # (not after a supplier or customer noun: "the largest oil supplier to China, followed by
        # Saudi Arabia" ranks suppliers, `_ranked_with`)
        parallel = directed is not None and g.ranked_with is not None and directed[0].end <= c.start \
            and g.ranked_with.search(text, directed[0].end, c.start) is not None \
            and not any(x.kind == "supplier" and sent.start <= x.start < c.start for x in cues)
        owner_c = next((o for o in others if o is not directed[0] and o.end <= c.start  # type: ignore[index]
                        and _role(o, text, cues, g) == "subj"), None) if parallel else None
        if owner_c is not None:
            # "Nigeria exports N282.84bn to Spain, followed by the Netherlands, Turkey and Italy":
            # ranked after a destination, the listed countries are destinations too (of the
            # subject), after an origin origins
            other, buys = owner_c.value, directed[1] == "to"  # type: ignore[index]
        elif directed is not None:
            # "Iraq and Saudi Arabia sold 9.69% and 10.78% less oil to India": the list sells to
            # the destination named, buys from the origin
            other, buys = directed[0].value, directed[1] == "from"
        # the sentence says the list buys: it is the subject of a buying verb (« le Ghana et la
        # Guinée ont respectivement importé 35,7 GWh et 22,3 GWh »), or a customer noun heads it
        # (« Parmi les premiers importateurs d'électricité française, l'Italie (32%) », «Другими
        # импортерами стали: Таджикистан - 84,5 тыс. тонн»)
        # (or a buying verb opens the clause right before the list, no country before it: «Больше
        # всего удобрений в декабре покупали Польша - 77,03 миллиона евро, Франция - 22,5 миллиона»)
        said_buys = directed is None and role not in ("to", "from") and (
            any(x.kind == "buyer" and c.end <= x.start < m.start for x in cues)
            or any(x.kind == "buyer" and lo <= x.start and x.end <= c.start
                   and any(o.kind == "country" and o.value in listed and 0 < o.start - x.end <= 2 for o in cues)
                   and not any(o.kind == "country" and lo <= o.start < x.start for o in cues) for x in cues)
            or any(x.kind == "supplier" and x.value == "customer" and lo <= x.start < m.start
                   and x.end <= max(c.start, m.start) for x in cues))
        # ... and that it sells: a supplier or exporter noun heads it («к значительным экспортерам
        # относятся Малайзия (на $1,51 млрд)», "among the largest suppliers were Malaysia ($1.5 billion)")
        said_sells = not said_buys and directed is None and role not in ("to", "from") and any(
            x.kind == "supplier" and x.value == "supplier" and lo <= x.start and x.end <= c.start for x in cues)
        if said_buys:
            buys = True
        elif said_sells:
            buys = False
        src = f"'{c.text}', the country the figure is listed with"
        trade_noun = _ranked_with(c, cues, text, sent.start, g)
        if trade_noun is not None and other:
            # "Spain remained Morocco's first supplier ..., ahead of France (21.6 pc), Germany (8.9
            # pc)": the countries ranked with a supplier are suppliers of the same buyer
            buys = trade_noun.value == "customer"
            src += f", ranked with a '{trade_noun.text}'"
        # (not when the owner is a side of the sentence's figure before: "China was the largest
        # export destination for South Korea with $124.81 billion, followed by the US with ...")
        before_in_sent = next((h for h in reversed(history or []) if h.sentence_start == sent.start
                               and h.indicator == ind and h.exporter and h.importer), None)
        # (nor when the sentence names the owner as a fellow of the list, "China was followed by
        # Canada at 13.7%", or the story's last figure of this flow was between others: a list of
        # India's suppliers in a story on Russia)
        last_same = next((h for h in reversed(history or []) if h.indicator == ind and h.exporter and h.importer), None)
        # (nor a bloc the listed country belongs to: Poland does not sell to the EU it is part of)
        if not other and art.owner and art.owner not in listed and art.owner != c.value \
                and c.value not in lx.bloc_members(art.owner) \
                and not (before_in_sent is not None and art.owner in (before_in_sent.exporter, before_in_sent.importer)) \
                and not any(o.kind == "country" and o.value == art.owner for o in cues) \
                and (last_same is None or art.owner in (last_same.exporter, last_same.importer)):
            # "Saudi exports ... India came in third with SR4.7 billion": the listed countries trade
            # with the country whose flows the article reports; they buy its exports and sell
            # what it imports
            other = art.owner
            if role not in ("to", "from") and not said_buys and not said_sells:
                ne, ni = art.sides.get(other, (0, 0))
                buys = ind == "exports" or ind != "imports" and ne > ni
                if last_same is not None and ind == "imports" and last_same.exporter == other \
                        and not any(x.kind == "indicator" and sent.start <= x.start < sent.end for x in cues):
                    # "Germany took second place, buying ... Next came Slovenia with $697.4
                    # million": a list with no flow word of its own goes on with the story's last
                    # figure of this flow, the owner selling
                    buys = True
            src += ", against the article's flow owner"
        elif not other and said_sells:
            # a list of sellers going on: they sell to the buyer of the last figure of this flow
            last = next((h for h in reversed(history or []) if h.indicator == ind and h.importer
                         and h.importer not in ("WLD", c.value, *listed)), None)
            if last is not None:
                other, buys = last.importer, False
                src += ", against the buyer of the article's last figure of this flow"
        elif not other and role != "from" and ind == "exports":
            # a list of destinations going on about someone's exports named before: they buy
            last = next((h for h in reversed(history or []) if h.indicator == ind and h.exporter
                         and h.exporter not in ("WLD", c.value)), None)
            if last is not None:
                other, buys = last.exporter, True
                src += ", against the seller of the article's last figure of this flow"
        elif not other and buys:
            # « l'Espagne et l'Italie en importent le plus, 35 % et 33 % »: buyers of the goods
            # the article's seller was selling (its last figure's exporter)
            last = next((h for h in reversed(history or []) if h.exporter and h.exporter not in ("WLD", *listed)), None)
            if last is not None:
                other = last.exporter
                src += ", buyers from the seller of the article's last figure"
        exp, imp = (other, c.value) if buys else (c.value, other)
        if (ranked_after := _ranked_after(c, m, said, text, sent, prev, history, ind, g)) is not None:
            exp, imp, src = ranked_after
        elif (ranked_named := _ranked_after_named(c, said, text, sent, history, ind, g)) is not None:
            exp, imp, src = ranked_named
    elif (gapped := _gapped(m, said, text, prev, sent, g)) is not None:
        exp, imp, src = gapped
    elif prev is not None and prev.sentence_start == sent.start and prev.exporter and prev.importer \
            and prev.indicator == ind and 0 <= m.start - prev.figure_end <= 24 and g.level_to_re is not None \
            and g.level_to_re.search(text, prev.figure_end, m.start) and not _PUNCT.search(text, prev.figure_end, m.start) \
            and not g.contrast.search(text, prev.figure_end, m.start):
        # "vers les États-Unis de 5,7 % à 6,78 milliards": the level a change reached is of its flow
        exp, imp = prev.exporter, prev.importer
        src = "the flow of the change right before it"
        if (total := _country_total(f, m, ind, exp, imp, history)) is not None:
            exp, imp = total
            src = "the change's country against the world: a level far above the pair's"
    if prev is not None and prev.sentence_start == sent.start and prev.exporter and prev.importer \
            and prev.indicator == ind and _GAPPED_WHY in prev.why.get("partners", "") \
            and 0 <= m.start - prev.figure_end <= 24 and g.level_to_re is not None \
            and (to := g.level_to_re.search(text, prev.figure_end, m.start)) is not None \
            and _COMMA_OPT.fullmatch(text, prev.figure_end, to.start()):
        # «Молдавии — в 1,8 раза, до 120 тысяч тонн»: the level a gapped clause's change reached
        # is of the change's pair (the clause's own names are the clause before's)
        exp, imp = prev.exporter, prev.importer
        src = "the flow of the change right before it, in a clause without its verb"
    rev = next((c for c in cues if c.kind == "reverse" and lo <= c.start < hi), None)
    if rev is not None and not (exp and imp):
        last = next((h for h in reversed(history or []) if h.exporter and h.importer and h.exporter != "WLD"
                     and h.importer != "WLD"), None)
        if last is not None:
            exp, imp = last.importer, last.exporter
            src = f"'{rev.text}': the reverse of the previous flow"
    mirror = {"exports": "imports", "imports": "exports"}.get(ind)
    reporter = _report_country(art, ind)
    head = _with_header(sent, cues, text, g) if not exp and not imp else None
    if head is not None:
        # "With China: exportation 3.20 billion (-4.4%), importation 1.67 billion": a sentence
        # headed by its partner, against the country whose figures the article lists
        # (after another such sentence, the country that one was against)
        own = _headed_own(history) or next((x for x in ((prev.exporter, prev.importer) if prev is not None else ())
                                            if x and x not in ("WLD", head.value)), "") \
            or (art.owner if art.owner != head.value else "") \
            or next((p for p in art.pair if p not in ("WLD", head.value)), "")
        own = "" if own == head.value else own
        if own:
            exp, imp = (head.value, own) if ind == "imports" else (own, head.value)
            src = f"'{head.text}' heading the sentence, against {own}"
    if not exp and not imp:
        if prev is not None and prev.exporter and prev.importer and mirror and prev.indicator == mirror:
            # "exports rose 7.9% to $11.3 billion and imports 6.2%": the other way
            exp, imp = prev.importer, prev.exporter
            src = f"the reverse of the previous {mirror} figure"
            f.penalty += 0.1
        elif prev is not None and prev.exporter and prev.importer \
                and not (prev.indicator == "trade_balance" and mirror
                         and any(h.indicator == ind and h.exporter and h.importer for h in history or ())):
            # (a balance's surplus side is no seller of the next flow: "exports of rice grew" after
            # China's surplus with Pakistan, in a story on Pakistan's exports, follows the exports)
            exp, imp = prev.exporter, prev.importer
            src = "the previous figure's partners"
            f.penalty += 0.1
            way = f.direction or (ind if ind in ("exports", "imports") else "")
            if prev.indicator == "bilateral_trade" and way and "WLD" not in (exp, imp) \
                    and (own := art.owner or reporter) in (exp, imp):
                # (a two-way figure's pair is in no order: "trade turnover of $20.6 billion. The
                # goods with the highest export turnover ..." are the flow owner's exports)
                other = imp if own == exp else exp
                exp, imp = (own, other) if way == "exports" else (other, own)
                src += ", the article's flow owner as the " + ("seller" if way == "exports" else "buyer")
            if "WLD" in (exp, imp) and f.direction and f.direction != prev.direction:
                # a country's trade with the world before ("Vietnam's trade reached $114 billion"),
                # its imports now: the country buys from the world (it sold to it in its exports)
                own = imp if exp == "WLD" else exp
                exp, imp = (own, "WLD") if f.direction == "exports" else ("WLD", own)
                src = f"the previous figure's country against the world, its {f.direction}"
            if (total := _country_total(f, m, ind, exp, imp, history)) is not None:
                exp, imp = total
                src = "the previous figure's country against the world: a level far above the pair's"
            elif prev.sentence_start != sent.start and (listed := _last_of_partner_list(prev, history)) is not None:
                # "Cameroon sells to China (...), the Netherlands (...) and Portugal (...)." then
                # "Mainly cocoa beans (370 billion), bananas (207 billion)": the last partner of a
                # list is no partner of the next sentence's figures; the list's own country's
                # flow with the world
                exp, imp = (listed, "WLD") if listed == prev.exporter else ("WLD", listed)
                src = "the previous figure's country against the world: the figure before was one of a list of partners"
            elif reporter and reporter in (exp, imp) and "WLD" not in (exp, imp) and prev.sentence_start != sent.start:
                # a report on one country's trade with the world ("Outbound shipments came to
                # $683.8 billion last year" after a sentence on its exports to China): a figure
                # whose sentence names no partner is the country's total
                exp, imp = (reporter, "WLD") if exp == reporter else ("WLD", reporter)
                src = "the article's country against the world: a sentence of its own in a report on the country"
            elif ind in ("exports", "imports") and prev.indicator == ind and "WLD" not in (exp, imp) \
                    and _names_whole(m, cues, lo, hi, ind, text):
                # "Total imports in the Jan-Feb period recorded a five-year low", "about 90 percent
                # of overall exports": a clause naming no country but a whole is the flow's own
                # country against the world, not the pair of the figure before
                exp, imp = (exp, "WLD") if ind == "exports" else ("WLD", imp)
                src = "the previous figure's country against the world: the clause names a whole"
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
    # ("the total value of goods exported to Russia": the whole of the flow's unnamed owner, the
    # article's country, not the world's; a world word fills the partner side only)
    owner_missing = ind == "exports" and imp and not exp or ind == "imports" and exp and not imp
    if (not exp or not imp) and (exp or imp) and not owner_missing and ind in ("exports", "imports") \
            and pair_word is not None and sent.start <= pair_word.start < m.start and len(art.pair) == 2 \
            and (exp or imp) in art.pair and "WLD" not in art.pair \
            and any(c.kind == "indicator" and c.value == "bilateral_trade" and sent.start <= c.start < m.start
                    for c in cues) and not any(c.kind == "indicator" and c.value == ind and lo <= c.start < hi
                                               and _world(unowned, c.start - 12, c.start) for c in cues):
        # "Total bilateral trade between the two nations amounted to $937mn, with Afghanistan's
        # exports accounting for $294mn": one side's flow in a sentence on the pair's trade goes
        # to the other side, not to the world
        one = exp or imp
        two = next(p for p in art.pair if p != one)
        exp, imp = (one, two) if exp else (two, one)
        src += f", against the other of the pair ('{pair_word.text}')"
    if (not exp or not imp) and _world(unowned, wlo, whi) and (exp or imp) and not owner_missing:
        exp, imp = (exp or "WLD"), (imp or "WLD")
        src += ", world total"
    if (exp or imp) and not (exp and imp) and parts_from < sent.end and not any(m.end <= x.start < parts_from for x in figures or []) \
            and (any(c.kind == "country" and parts_from <= c.start < sent.end and c.value not in (exp, imp) for c in said)
                 or not owner_missing and parts_from - m.end <= PARTS_NEAR):
        # "imported nearly 2 million tons of rice, including 300,227 tons from Thailand", « 3,1
        # millions de tonnes, dont 1,6 vers la Russie »: the whole of the parts named after it,
        # with the world (parts of goods or routes too, right after it, when the flow's owner is
        # named: "Turkey imported 3.68 bcm of gas, of which 3.23 bcm by pipeline")
        exp, imp = (exp or "WLD"), (imp or "WLD")
        src += ", the whole of the parts named after it"
    if not exp and not imp and mirror and prev is not None and prev.sentence_start == sent.start \
            and prev.indicator == mirror and prev.exporter and prev.importer:
        # "17,9 % pour les ventes chinoises à la Russie et 28,5 % pour les achats"
        exp, imp = prev.importer, prev.exporter
        src = f"the reverse of the {mirror} figure before it"
    # (a figure of several countries on one side still names its other: "Spain and Belgium
    # took 70% of Russia's LNG. Spain imported 5.24 bcm" buys from Russia)
    flow_history = [h for h in (history or []) if (h.exporter and h.importer or h.several) and h.indicator == ind]
    same = [h for h in flow_history if h.commodity == f.commodity] or flow_history
    # (in a report on one country's trade, a clause naming only that country is its total: "U.S.
    # soy exports were up 63 percent" after a sentence on soy sold to China)
    # (not an energy flow, which runs through a route to a buyer: "deliveries [through the Power of
    # Siberia] had reached 15.4 bcm")
    report = bool(reporter) and (exp or imp) == reporter and not (exp and imp)
    if (not exp or not imp) and same and not (report and same[-1].sentence_start != sent.start):
        last = same[-1]
        if not exp and not imp:
            full = next((h for h in reversed(same) if h.exporter and h.importer), None)
            if full is not None:
                exp, imp = full.exporter, full.importer
                src = "the article's last figure of this flow"
                f.penalty += 0.1
        elif (turn := _in_place_of_partner(exp, imp, last, party, art)) is not None:
            # "Germany took second place, buying electric cars for $1.19 billion, while Spain came
            # third with $1.06 billion": a country listed with no direction takes the place of the
            # last figure's partner of the article's own country, not its place against it
            exp, imp = turn
            src += ", in the place of the partner of the article's last figure of this flow"
            f.penalty += 0.1
        elif exp and not imp and last.importer and last.importer != exp:
            imp = last.importer
            src += ", buyer of the article's last figure of this flow"
            f.penalty += 0.1
        elif imp and not exp and last.exporter and last.exporter != imp:
            exp = last.exporter
            src += ", seller of the article's last figure of this flow"
            f.penalty += 0.1
    if (exp or imp) and not (exp and imp) and not same and mirror and not report:
        # «Российские компании увеличили поставки удобрений в страны Евросоюза ... Сильнее всего
        # нарастила импорт Германия»: a buyer of the story's last flow, or a member of that buyer
        # bloc, imports from its seller (and a seller's exports go to its buyer)
        last = next((h for h in reversed(history or []) if h.exporter and h.importer and h.indicator == mirror
                     and "WLD" not in (h.exporter, h.importer)), None)
        if last is not None:
            if imp and not exp and imp != last.exporter and (imp == last.importer or imp in lx.bloc_members(last.importer)):
                exp = last.exporter
                src += ", seller of the article's last figure of the other flow"
                f.penalty += 0.1
            elif exp and not imp and exp != last.importer and (exp == last.exporter or exp in lx.bloc_members(last.exporter)):
                imp = last.importer
                src += ", buyer of the article's last figure of the other flow"
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
        other_c = (art.pair[1] if art.pair[0] == known else art.pair[0]) if known in art.pair else ""
        goods_flow = ind in ("exports", "imports") or flow is not None and flow.value in ("exports", "imports")
        if known in art.pair and owner_only and src == "roles in the clause" and goods_flow \
                and f.measure != "share" and not any(c.kind == "country" and c.value != known and not _is_noise(c, text, g)
                                                     and c.start < parts_from for c in said) \
                and directed_noun(text, sent.start, sent.end, g) is None:
            # "Japan's exports fell 0.5% year-on-year in June" in a story on Japan and the US: a
            # country's own flow with no partner named is its total, not its trade with the pair
            exp, imp = (exp, "WLD") if exp else ("WLD", imp)
            src += ", the owner's flow with the world: no partner named"
            f.penalty += 0.1
        elif other_c and other_c != "WLD" and art.seen.get(other_c, [1 << 62])[0] >= sent.end and goods_flow \
                and ((pw := _periphrasis_word(g.lang)) is None or pw.search(text, sent.start, sent.end) is None):
            # «В Кыргызстан ввезли 27 787 легковых автомобилей» before the article first names
            # China: the country's own flow, not its trade with a partner the reader has not met
            # (unless a country noun may name that partner: "The North African country imported")
            exp, imp = (exp, "WLD") if exp else ("WLD", imp)
            src += ", the owner's flow with the world: the article's other country is named only after it"
            f.penalty += 0.1
        elif other_c:
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
                sellers = lx.energy_exporters()
                if ind == "energy_deliveries" and len(art.pair) == 2 and (exp in sellers) != (imp in sellers):
                    exp, imp = (exp, imp) if exp in sellers else (imp, exp)
                    src += ", from its energy exporter"
                elif ind == "energy_deliveries" and "WLD" in art.pair and (imp if exp == "WLD" else exp) not in sellers \
                        and not (flow is not None and flow.value == "exports"):
                    # "The world's largest LNG importer received 7.2 million tonnes": an article on one
                    # country's energy that is no large seller of it follows what that country buys
                    exp, imp = "WLD", (imp if exp == "WLD" else exp)
                    src += ", the world's energy to a country that is no large seller of it"
            f.penalty += 0.15
    if (exp == "WLD") != (imp == "WLD") and not (exp and imp) and art.pair:
        # "les exportations de Gazprom vers les pays hors CEI": the article's country and the world
        exp, imp = (exp or art.pair[0]), (imp or art.pair[0])
        src += ", the article's country against the world"
        f.penalty += 0.1
    if not several and g.together is not None and g.together.search(text, lo, hi):
        # "Spain and Belgium ... accounting for 70% of the total", « l'Espagne et la France
        # représentaient conjointement 67 % »: a side named as several countries taken together
        for side, code in (("exporter", exp), ("importer", imp)):
            named = next((c for c in countries if c.value == code), None) if code and code != "WLD" else None
            if named is not None and len(_coordinated(named, countries, text, g)) > 1:
                several = side
                break
    if not several and party is None and figures is not None and sum(1 for x in figures if lo <= x.start < hi) == 1 \
            and not any(c.kind == "respectively" for c in said):
        # "Saudi Arabia and the UAE provided 85 percent of Japan's crude", "Canada and Mexico
        # account for 40% of the growth": one figure for a subject of several countries
        for side, code in (("exporter", exp), ("importer", imp)):
            # (its last naming before the figure: "Iraq, Saudi Arabia and UAE ..., with Saudi
            # Arabia's share the highest at 19.64%" is Saudi Arabia's alone)
            named = next((c for c in reversed(countries) if c.value == code and c.end <= m.start), None) \
                if code and code != "WLD" else None
            named = named if named is not None and _role(named, text, cues, g) == "subj" else None
            chain = _coordinated(named, countries, text, g) if named is not None else []
            if len(chain) > 1 and (imp if side == "exporter" else exp) not in {x.value for x in chain}:
                several = side
                break
    if not several and party is None and g.group_anaphora is not None and exp and imp \
            and (ga := _search(g, "group_anaphora", text, lo, hi)) is not None:
        # "Combined, the three countries buy more than half of Nicaraguan products", « ces trois
        # pays représentent 56 % des exportations », "top 10 export destinations accounted for
        # 80 percent": the partners named as a group of several countries, no one of them
        home = exp if ind == "exports" else imp if ind == "imports" else art.owner if art.owner in (exp, imp) else ""
        # (not when the clause names a country of its own, "Iran is no longer among India's top ten
        # suppliers with 1.97 MT", nor for the whole named after the group, "of its total exports of")
        # (the match's offsets are the window's: lo + ...)
        # (before the figure, or right after it: "exported €55.2 billion worth of goods to the four countries")
        ga_at = lo + ga.start()
        if home and home != "WLD" and (ga_at < m.start and not _world(cues, lo + ga.end(), m.start)
                                       or m.end <= ga_at <= m.end + 40 and not _world(cues, m.end, ga_at)
                                       and not any(m.end <= x.start < ga_at for x in figures or ())) \
                and not any(c.kind == "country" and c.value not in (home, "WLD") and lo <= c.start < hi for c in cues):
            several = "importer" if home == exp else "exporter"
            src += f", '{ga.group(0).strip()}'"
            if (exp if several == "exporter" else imp) == "WLD":
                exp, imp = ("", imp) if several == "exporter" else (exp, "")  # (the group, not the world)
    if several and party is None and (exp if several == "exporter" else imp) not in ("", "WLD"):
        if several == "exporter":
            exp = ""
        else:
            imp = ""
        f.several = several
        src += ", several countries named together: no one partner"
    home = art.outlet or art.owner
    ours = g.our_words.search(text, max(lo, flow.start - 12), flow.start) \
        if flow is not None and flow.value in ("exports", "imports") and g.our_words is not None else None
    if home and home != "WLD" and ours is not None and flow is not None and (exp if flow.value == "exports" else imp) != home:
        # « le repli de nos exportations à Hongkong », "our exports to China": the flow of the
        # outlet's country (else of the country the article follows), the writer's own
        if (imp if flow.value == "exports" else exp) == home:
            exp, imp = imp, exp
        elif flow.value == "exports":
            # (the country read as the owner is then the partner: « nos exportations à Hongkong »)
            exp, imp = home, (exp if imp in ("", "WLD") and exp not in ("", "WLD") else imp)
        else:
            exp, imp = (imp if exp in ("", "WLD") and imp not in ("", "WLD") else exp), home
        src += f", '{ours.group(0).strip()} {flow.text}': the outlet's country's ({home})"
    f.exporter, f.importer = exp, imp
    f.why["partners"] = src


def _listed_balance(m: Mention, cues: list[Cue], roles: list[tuple[Cue, str]], text: str, figures: list[Mention],
                    art: ArticleContext, g: CueGrammar) -> tuple[str, str, str] | None:
    """A balance listed country by country after its word (« des déficits avec d'autres
    partenaires, notamment la Russie (-6788,3 MD), l'Algérie (-4376,7 MD) », "surpluses with
    Germany ($12bn), France ($9bn)"): each figure is the balance of the clause's owner (or the
    article's) with its own country; a deficit's partner holds the surplus."""
    party = _listed_party(m, cues, text, figures, g)
    if party is None:
        return None
    c, _, listed = party
    bal = next((x for x in reversed(cues) if x.kind == "balance" and x.end <= c.start), None)
    if bal is None or bal.value not in ("surplus", "deficit"):
        return None
    own = next((o.value for o, r in roles if r in ("poss", "subj", "adj") and o.value not in listed
                and o.value != "WLD" and o.end <= bal.start + 40), "") \
        or (art.owner if art.owner and art.owner not in listed else "")
    if not own:
        return None
    why = f"'{c.text}', the country the figure is listed with, after '{bal.text}': {own}'s balance with it"
    return (c.value, own, why) if bal.value == "deficit" else (own, c.value, why)


def _coordinated(c: Cue, countries: list[Cue], text: str, g: CueGrammar) -> list[Cue]:
    """The countries joined to `c` by a list's commas and its "and" ("to Iran and India", « vers
    le Maroc, la Tunisie et la Libye », «в Узбекистан, Казахстан и Киргизию»), `c` among them, in
    order; just `c` when it stands alone. The world and a bloc with its own members do not count."""
    if g.list_sep is None:
        return [c]
    ordered = sorted((x for x in countries if x.value != "WLD"), key=lambda x: x.start)
    if c not in ordered:
        return [c]
    k = ordered.index(c)
    lo = hi = k
    while lo > 0 and ordered[lo - 1].end <= ordered[lo].start \
            and g.list_sep.fullmatch(text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and ordered[hi].end <= ordered[hi + 1].start \
            and g.list_sep.fullmatch(text, ordered[hi].end, ordered[hi + 1].start):
        hi += 1
    chain = ordered[lo:hi + 1]
    codes = {x.value for x in chain}
    # (a list ends with "and": "to the USA, Sri Lanka's largest market" is an aside, «из РФ,
    # Армения увеличила» two clauses)
    anded = g.list_and is not None and any(g.list_and.search(text, a.end, b.start) for a, b in zip(chain, chain[1:]))
    if len(codes) < 2 or not anded or any(x.value in lx.bloc_members(y.value) for x in chain for y in chain):
        return [c]
    return chain


def _joined(figures: list[Mention], text: str, g: CueGrammar) -> bool:
    """Each figure follows the one before it with only a list separator between ("8%, 53% and 34.2%")."""
    assert g.list_sep is not None
    return all(g.list_sep.match(text, a.end, b.start) for a, b in zip(figures, figures[1:]))


def _chain(m: Mention, figures: list[Mention], text: str, g: CueGrammar) -> list[Mention]:
    """The figures of `m`'s unit written as one list with it, only list separators between
    ("25.1 million tons, 10.2 million tons and 6.3 million tons")."""
    assert g.list_sep is not None
    kin = sorted([x for x in figures if x.unit == m.unit and x is not m] + [m], key=lambda x: x.start)
    lo = hi = next(i for i, x in enumerate(kin) if x is m)
    while lo > 0 and g.list_sep.fullmatch(text, kin[lo - 1].end, kin[lo].start):
        lo -= 1
    while hi + 1 < len(kin) and g.list_sep.fullmatch(text, kin[hi].end, kin[hi + 1].start):
        hi += 1
    return kin[lo:hi + 1]


def _list_end(m: Mention, figures: list[Mention], text: str, g: CueGrammar) -> Mention:
    """The last figure of the coordinated list `m` opens or belongs to ("19%, 15% and 10.5%")."""
    return _chain(m, figures, text, g)[-1] if g.list_sep is not None else m


def _goods_demonym(c: Cue, cues: list[Cue], text: str) -> bool:
    """A lower-case demonym right after a goods word: it says whose goods they are, no country
    listed with a figure (« premier client du pétrole gabonais avec 38,2 % »)."""
    return c.text[:1].islower() and any(o.kind in ("commodity", "goods") and o.end <= c.start
                                        and not text[o.end:c.start].strip() for o in cues)


def _listed_party(m: Mention, cues: list[Cue], text: str, figures: list[Mention],
                  g: CueGrammar) -> tuple[Cue, str, set[str]] | None:
    """The country a share is listed with, its role, and every country of the list: "la Russie
    pèse 19 %, devant l'Arabie saoudite (15 %)" (the country right before the figure's
    parenthesis), or "Russia, Saudi Arabia and Iraq supplied 19%, 15% and 10.5% ...,
    respectively" (the k-th country of a list with the k-th figure)."""
    names = [c for c in cues if c.kind == "country" and c.value != "WLD"]
    if len(figures) > 1:
        # "a surplus of $31.2 billion with the U.S., $12.6 billion with the EU and $521 million
        # with Japan": each figure of such a list with the name right after it (read once for
        # the sentence's figures, which all ask it)
        key = ("party_after", g.lang, tuple(x.start for x in figures), tuple((c.start, c.value) for c in names))
        memo = lx.text_state(text)[1]
        afters = memo.get(key)
        if afters is None:
            afters = memo[key] = {y.start: _party_after(y, names, figures, text, cues, g) for y in figures}
        after = afters.get(m.start)
        listed = {x.value for x in afters.values() if x is not None}
        if after is not None and len(listed) > 1:
            return after, _role(after, text, cues, g), listed
    before = [c for c in names if c.end <= m.start]
    gap = g.listed_with  # "la Russie (19 %)", "Saudi Arabia at 15%", « l'Irak (environ 25 Mt »
    # (not the last name of a list whose figures follow it together, "respectively": "the
    # Netherlands, Turkey and Italy with N216.70bn, N138.74bn and N117.43bn respectively")
    if before and gap.fullmatch(text, before[-1].end, m.start) \
            and not _figures_together(before[-1], m, cues, names, figures) \
            and not _goods_demonym(before[-1], cues, text):
        listed = {c.value for c in names if any(gap.fullmatch(text, c.end, x.start) for x in figures)}
        return before[-1], _role(before[-1], text, cues, g), listed
    if before and _in_paren_after(before[-1].end, m, text):
        # "and Iraq (36.13 mln tons, up by 3.5%)": a figure further inside the name's parenthesis
        listed = {c.value for c in names if any(_in_paren_after(c.end, x, text) for x in figures)}
        return before[-1], _role(before[-1], text, cues, g), listed
    if before and len(figures) > 1 and _WORD_GAP.fullmatch(text, before[-1].end, m.start) \
            and not any(c.kind == "respectively" for c in cues) \
            and (role := _role(before[-1], text, cues, g)) in ("to", "from") \
            and not _own_direction_after(m, names, figures, text, cues, g) \
            and not _own_flow_after(m, cues, text, g):
        # "shipments to the United States fell 18.2%, to the EU 7% and to ASEAN 15.9%"
        listed = {c.value for c in names for x in figures if _WORD_GAP.fullmatch(text, c.end, x.start)}
        return before[-1], role, listed
    if g.list_sep is None:
        return None
    implied = not any(c.kind == "respectively" for c in cues)
    chain = _chain(m, figures, text, g)
    if len(chain) >= 2 and (not implied or len(chain) < sum(1 for x in figures if x.unit == m.unit)):
        # the figure's own list ("... respectivement de 28,3% et 9,6%, tandis que les exportations
        # vers l'Egypte et le Maroc ont diminué respectivement de 25,2% et 3,1%": two lists)
        kin = chain
    else:
        # the figures up to the word "respectively" ("... rising by 15% and 12%, respectively, and
        # exports to Africa jumping 33%": the last is not of the list)
        first_fig = min(x.start for x in figures)
        resp = min((c.start for c in cues if c.kind == "respectively" and c.start > first_fig), default=len(text))
        kin = [x for x in figures if x.unit == m.unit and x.end <= resp]
    head = [c for c in names if c.end <= kin[0].start] if kin else []
    # the countries written as a list before the figures, as many as they: the last such list
    # ("Australia, Malaysia and the United States were the biggest suppliers to Japan, delivering
    # 25.1, 10.2 and 6.3 million tons, respectively": not Japan, the country right before)
    run: list[Cue] = []
    for i in range(len(head) - 1, -1, -1):
        run = [head[i]]
        for c in reversed(head[:i]):
            if not g.list_sep.match(text, c.end, run[0].start):
                break
            run.insert(0, c)
        if len(run) == len(kin) or implied:
            break  # without "respectively", only the countries right before the figures
    if not implied and kin and m in kin and len(run) != len(kin):
        # the list after the figures, before the word: "a decrease of 78.5 and 40.1 per cent of
        # exports to Tanzania and Uganda respectively"
        resp_at = min((c.start for c in cues if c.kind == "respectively" and c.start >= kin[-1].end), default=-1)
        tail = [c for c in names if kin[-1].end <= c.start and c.end <= resp_at]
        run = tail[:1]
        for c in tail[1:]:
            if not g.list_sep.match(text, run[-1].end, c.start):
                break
            run.append(c)
    if len(run) < 2 or len(run) != len(kin) or m not in kin:
        return None
    if implied and not (kin[0].start - run[-1].end <= 60 and _joined(kin, text, g)):
        # without "respectively": the countries' list, a verb, then as many figures as a list
        # ("Iraq and Saudi Arabia also sold 9.69 per cent and 10.78 per cent less oil to India")
        return None
    return run[kin.index(m)], _role(run[0], text, cues, g), {c.value for c in run}


def _own_flow_after(m: Mention, cues: list[Cue], text: str, g: CueGrammar) -> bool:
    """A flow word glued to the figure after it (lexicon: `direction.flow_after`): the figure is
    that flow's, not the next item of the list before it ("17,9 % pour les ventes chinoises à la
    Russie et 28,5 % pour les achats": the purchases are not "to Russia")."""
    fa = g.flow_after.match(text, m.end) if g.flow_after is not None else None
    return fa is not None and any(c.kind == "indicator" and c.start == fa.end() for c in cues)


def _figures_together(name: Cue, m: Mention, cues: list[Cue], names: list[Cue], figures: list[Mention]) -> bool:
    """Several figures, this one among them, follow the name with no other name between them
    and the word "respectively" after them: they are a list's, paired with its names in turn."""
    resp = min((c.start for c in cues if c.kind == "respectively" and c.start >= m.end), default=-1)
    return resp >= 0 and sum(1 for x in figures if name.end <= x.start and x.end <= resp) > 1 \
        and not any(name.end <= c.start < resp for c in names)


def _own_direction_after(m: Mention, names: list[Cue], figures: list[Mention], text: str, cues: list[Cue],
                         g: CueGrammar) -> bool:
    """A destination or origin of the figure's own right after it, before any other figure:
    "2.2 million tonnes to Uzbekistan and 958,200 tonnes to Tajikistan" (the second figure's is
    Tajikistan, not the Uzbekistan before it)."""
    c = _name_after(m, names, figures, text, g)
    return c is not None and _role(c, text, cues, g) in ("to", "from")


def _name_after(m: Mention, names: list[Cue], figures: list[Mention], text: str, g: CueGrammar) -> Cue | None:
    """The first name after the figure, before any other figure, near it and joined to it with no
    punctuation nor "and" between (not the next item: "7% and to ASEAN")."""
    nxt = min((x.start for x in figures if x.start >= m.end), default=len(text))
    c = next((c for c in names if m.end <= c.start < nxt), None)
    # (a figure alone in its brackets reads on after them: « de (-17,4%) depuis l'Italie »)
    end = m.end + 1 if text[m.end:m.end + 1] == ")" and text[max(0, m.start - 3):m.start].rstrip().endswith("(") else m.end
    if c is None or c.start - m.end > OWN_DIRECTION_REACH or _PUNCT.search(text, end, c.start) \
            or (g.list_and is not None and g.list_and.search(text, m.end, c.start)):
        return None
    return c


def _party_after(m: Mention, names: list[Cue], figures: list[Mention], text: str, cues: list[Cue],
                 g: CueGrammar) -> Cue | None:
    """The country right after the figure, before any other figure, as its destination, origin or
    partner ("$12.6 billion with the EU", "15 per cent with Turkey", "2.2 million tonnes to Uzbekistan")."""
    c = _name_after(m, names, figures, text, g)
    if c is None:
        return None
    if any(o.kind == "world" and m.end <= o.start < c.start for o in cues) \
            or len(_coordinated(c, names, text, g)) > 1:
        return None  # the whole a share is of ("50% of the total from Africa"); several partners
    return c if _role(c, text, cues, g) in ("to", "from", "with") else None


#: how far after its figure a destination or origin may stand ("958,200 tonnes of wheat to Tajikistan")
OWN_DIRECTION_REACH = 40


_GAPPED_WHY = "(a clause without its verb)"
_COMMA_OPT = recache.compile(r"\s*,?\s*")


def _own_bracket(c: Cue, figures: list[Mention], text: str) -> bool:
    """A bracket right after the name opens on a figure: the name is listed with a figure of its own."""
    p = _PAREN_OPEN.match(text, c.end)
    return p is not None and any(p.end() <= x.start <= p.end() + 6 for x in figures)


def _gapped(m: Mention, cues: list[Cue], text: str, prev: Frame | None, sent: Sentence,
            g: CueGrammar) -> tuple[str, str, str] | None:
    """A clause with its verb left out, a country right before its figure after "and" or a
    comma: "Kuwait provided 5.12 million barrels and Qatar 1.56 million", « le Canada 23,5
    millions de tonnes, l'Australie 20,5 millions »: the figure before it in the sentence,
    with this country in the place its own country held."""
    if g.list_sep is None or prev is None or prev.sentence_start != sent.start or not (prev.exporter and prev.importer):
        return None
    names = [c for c in cues if c.kind == "country" and c.value != "WLD" and c.end <= m.start]
    if len(names) >= 2 and _PAIR_GAP.fullmatch(text, names[-1].end, m.start) \
            and names[-2].value != names[-1].value and names[-2].start > prev.figure_end \
            and names[-1].start - names[-2].end <= 14 and not _PUNCT.search(text, names[-2].end, names[-1].start) \
            and _after_sep(names[-2], text, sent.start, g):
        # "..., and China to Russia $9.22 billion", « , КНР в РФ - на 9,222 млрд »: a pair of its own
        a, b = names[-2], names[-1]
        role = _role(b, text, cues, g)
        if role in ("to", "from"):
            exp, imp = (a.value, b.value) if role == "to" else (b.value, a.value)
            return exp, imp, f"'{a.text}' and '{b.text}' right before the figure {_GAPPED_WHY}"
    if not names or not g.gap_space.fullmatch(text, names[-1].end, m.start):
        return None
    c = names[-1]
    if not _after_sep(c, text, sent.start, g):
        return None
    # the country of the clause before, in its place in that figure's pair
    # (the head of the clause before, which the gapped clause's country stands parallel to: "China
    # bought 5 Mt of Russian coal and India 3 Mt" puts India in China's place, not Russia's)
    breaks = _finditer_in(g, "clause_break", text, sent.start, max(sent.start, prev.figure_end))
    lo = breaks[-1].end() if breaks else sent.start
    # (a list of names each right before its figure: "buyers of Azerbaijani oil included China -
    # 1.3 million tons, India - 1.2 million" puts India in China's place, the name before that figure)
    parties = (prev.exporter, prev.importer)
    first = next((o for o in names[:-1] if o.value in parties and o.start >= lo
                  and _BEFORE_FIGURE.match(text, o.end, prev.figure_end)), None) \
        or next((o for o in reversed(names[:-1]) if o.value in parties and o.start >= lo and o.end <= prev.figure_end), None) \
        or next((o for o in names[:-1] if o.value in parties and o.start >= lo), None)
    role = _role(c, text, cues, g)
    if first is not None and role in ("to", "from") and _role(first, text, cues, g) != role:
        # (a name with its direction word stands for the name the clause before gave the same one:
        # «поставки российского мяса в Белоруссию ..., во Вьетнам — на 43,5%» puts Vietnam in
        # Belarus's place, not Russia's)
        first = next((o for o in names[:-1] if o.value in parties and o.start >= lo
                      and _role(o, text, cues, g) == role), first)
    if first is not None and (nominative := lx.gazetteer_nominatives(g.lang)):
        # a language that declines names puts the gapped name in the case of the one it stands
        # for: «закупки у России ..., Украины — на 21%» (genitive for genitive, not the subject)
        case = lx.fold(c.text) in nominative
        if (lx.fold(first.text) in nominative) != case:
            first = next((o for o in names[:-1] if o.value in parties and o.start >= lo
                          and (lx.fold(o.text) in nominative) == case), first)
    if first is None or first.value == c.value:
        return None
    why = f"'{c.text}' in place of '{first.text}' in the figure before it {_GAPPED_WHY}"
    if prev.exporter == first.value:
        return (c.value, prev.importer, why) if prev.importer != c.value else None
    return (prev.exporter, c.value, why) if prev.exporter != c.value else None


def _with_header(sent: Sentence, cues: list[Cue], text: str, g: CueGrammar) -> Cue | None:
    """The partner heading a sentence before a colon: "With China: exportation 3.20 billion",
    « Avec la Chine : exportations 3,2 milliards »."""
    c = next((c for c in cues if c.kind == "country" and c.value != "WLD"), None)
    if c is None or c.start - sent.start > 12 or not _HEADER_COLON.match(text, c.end):
        return None
    return c if _role(c, text, cues, g) == "with" else None


_HEADER_COLON = recache.compile(r"\s?:\s")


def _headed_own(history: list[Frame] | None) -> str:
    """The country the last sentence headed by its partner was against ("" when none was)."""
    hp = next((h for h in reversed(history or []) if "heading the sentence" in h.why.get("partners", "")), None)
    if hp is None:
        return ""
    return hp.importer if hp.indicator == "imports" else hp.exporter


def _ranked_after(c: Cue, m: Mention, cues: list[Cue], text: str, sent: Sentence, prev: Frame | None,
                  history: list[Frame] | None, ind: str, g: CueGrammar) -> tuple[str, str, str] | None:
    """A country listed with its figure in a ranking that follows a figure of the sentence ("la
    France a occupé le deuxième rang des pays exportateurs vers l'Algérie (4,24 milliards),
    suivie par l'Italie (3,31 milliards), l'Espagne (3,17 milliards)"): the figure before's
    pair, with this country in the place the ranked country held there (the subject, not the
    destination, origin or owner the ranking is of)."""
    if g.ranked_with is None or prev is None or prev.sentence_start != sent.start or prev.indicator != ind \
            or not (prev.exporter and prev.importer) or "WLD" in (prev.exporter, prev.importer) \
            or c.value in (prev.exporter, prev.importer) or not 0 <= prev.figure_end <= c.start:
        return None
    first = next((h for h in history or [] if h.sentence_start == sent.start), prev)
    if not 0 <= first.figure_end <= c.start or g.ranked_with.search(text, first.figure_end, c.start) is None:
        return None
    held = [o for o in cues if o.kind == "country" and sent.start <= o.start and o.end <= prev.figure_end
            and o.value in (prev.exporter, prev.importer)
            and _role(o, text, cues, g) not in ("to", "from", "adj", "poss")]
    if not held or any(o.value != held[-1].value for o in held):
        return None
    p = held[-1]
    why = f"'{c.text}' ranked after '{p.text}': in its place in the figure before it"
    return (c.value, prev.importer, why) if prev.exporter == p.value else (prev.exporter, c.value, why)


_RANKED_NAMED = "in its place in the article's last figure of this flow"


def _ranked_after_named(c: Cue, cues: list[Cue], text: str, sent: Sentence, history: list[Frame] | None,
                        ind: str, g: CueGrammar) -> tuple[str, str, str] | None:
    """A country listed with its figure after a ranking word that follows a country the sentence
    names without a figure («Россия на шестом месте после Австралии (на $1,074 млрд), Канады
    ($806,4 млн)»): in that country's place in the article's last pair of this flow (its rivals,
    not its partners)."""
    if g.ranked_with is None:
        return None
    # (the sentence's figures before are the list's own, read the same way: else the sentence
    # states its pair itself, `_ranked_after`)
    for h in reversed(history or []):
        if h.sentence_start != sent.start:
            break
        if _RANKED_NAMED not in h.why.get("partners", ""):
            return None
    # (exports and imports name one flow from either end: a ranking of buyers after "achats")
    flows = {ind} | ({"exports", "imports"} if ind in ("exports", "imports") else set())
    last = next((h for h in reversed(history or []) if h.sentence_start != sent.start and h.indicator in flows
                 and h.exporter and h.importer and "WLD" not in (h.exporter, h.importer)), None)
    if last is None or c.value in (last.exporter, last.importer):
        return None
    held = [o for o in cues if o.kind == "country" and sent.start <= o.start and o.end <= c.start
            and o.value in (last.exporter, last.importer) and _role(o, text, cues, g) not in ("to", "from", "adj", "poss")
            and not _PAREN_OPEN.match(text, o.end)]
    # (the ranking word between them, or right before the named one: « Derrière les Émirats, on
    # retrouve le Royaume-Uni (Rs 1,1 milliard) »)
    if not held or g.ranked_with.search(text, held[-1].end, c.start) is None \
            and g.ranked_with.search(text, max(sent.start, held[-1].start - 16), held[-1].start) is None:
        return None
    p = held[-1]
    why = f"'{c.text}' ranked after '{p.text}': {_RANKED_NAMED}"
    return (c.value, last.importer, why) if last.exporter == p.value else (last.exporter, c.value, why)


def _after_sep(c: Cue, text: str, lo: int, g: CueGrammar) -> bool:
    """The name follows a list separator (", ", " and ", ", et "), an article aside."""
    before = _TRAILING_ARTICLE.sub("", text[max(lo, c.start - 16):c.start])
    return g.list_sep is not None and g.list_sep.search(before) is not None


def _heads_gap(c: Cue, m: Mention, figures: list[Mention], text: str, lo: int, g: CueGrammar) -> bool:
    """The name heads a clause without its verb that holds another figure ("..., le Canada
    23,5 millions"): it is that figure's, not `m`'s."""
    return c.start >= m.end and _after_sep(c, text, lo, g) and any(
        x is not m and x.start >= c.end and g.gap_space.fullmatch(text, c.end, x.start) for x in figures)


_TRAILING_ARTICLE = recache.compile(r"(?:\b(?:la|le|les|the)\s+|\bl')$", re.I)
#: the same gap before a figure (its first word holds a digit: "India - 1.2 million", "USA $650 million")
_BEFORE_FIGURE = recache.compile(r"\s*(?:(?:-|:|—|–)\s*(?:[^\s\d]{1,4}\s)?)?[^\s\d]{0,4}\d")  # (« в Грецию - на 11,6% »)
_PAREN_OPEN = recache.compile(r"\s*\(\s*")
#: the same after a pair ("China to Russia $9.22 billion", « КНР в РФ - на 9,222 млрд »)
_PAIR_GAP = recache.compile(r"\s*(?:-|:|—|–)?\s*(?:на\s+)?")
_WORD_GAP = recache.compile(r"\s+(?:[^\W\d]+\s+)?")


def _compared_aside(f: Frame, m: Mention, prev: Frame, text: str, g: CueGrammar,
                    figures: list[Mention] | None) -> bool:
    """A change in a bracket that compares the figure before it with another time: "19% of
    China's oil imports (2 points less than in April)", «19% от нефтяного импорта КНР (на 2
    процентных пункта меньше, чем в апреле)»: the bracket is that figure's, and so are its partners."""
    if f.measure != "change":
        return False
    k = text.rfind("(", prev.figure_end, m.start)
    if k < 0 or m.start - k > 12 or ")" in text[k:m.start] or _PUNCT.search(text, prev.figure_end, k):
        return False
    if any(prev.figure_end <= x.start < k for x in figures or []):
        return False
    close = text.find(")", m.end, m.end + 80)
    return close > 0 and g.contrast.search(text, m.end, close) is not None


def _enclosing_bracket(end: int, start: int, lo: int, text: str) -> tuple[int, int] | None:
    """The bracket (its two offsets) the figure ending at `end` stood in, closed before `start`
    with none opened after it (not one bracketed figure after another: "X (13.6%), Y (10.2%)")."""
    close = text.find(")", end, start)
    if close < 0 or text.rfind("(", close, start) >= 0:
        return None
    op = text.rfind("(", lo, end)
    return (op, close) if op > text.rfind(")", lo, end) else None


def _bracket_dated(prev: Frame, start: int, text: str) -> int:
    """Where the brackets open that the previous sentence's last figure stood in, when they date
    it ("The United States took 44% (in 2016 it took 56%). It was followed by the Netherlands
    with 26%": its period is the aside's, not one the next figures carry on); else -1."""
    bracket = _enclosing_bracket(prev.figure_end, start, prev.sentence_start, text) if prev.period[:4].isdigit() else None
    return bracket[0] if bracket is not None and prev.period[:4] in text[bracket[0]:bracket[1]] else -1


def _bracketed_before(end: int, start: int, lo: int, text: str, lang: str) -> bool:
    """The figure ending at `end` stood in an aside closed before `start`, a bracket naming a
    year ("55,2 milliards (en 2012, deux fois plus), en baisse de 38 %") or a relative clause
    between commas: the aside's figure speaks of its own time."""
    if _in_relative_aside(end, end, start, text, lo, lang):
        return True  # ", which accounted for 28.3% of its shipments in 2024, fell 11.4%"
    bracket = _enclosing_bracket(end, start, lo, text)
    # (an aside naming a year of its own, not a bracket restating the figure before: "(28%)")
    return bracket is not None and bool(_YEAR_IN.search(text, *bracket))


def _reverse_after(m: Mention, cues: list[Cue], text: str) -> Cue | None:
    """A reverse word ("the other way", « dans le sens inverse ») right after the figure, nothing
    but a few words between: "and $8.6bn the other way"."""
    for c in cues:
        if c.kind == "reverse" and m.end <= c.start <= m.end + 24 and not _PUNCT.search(text, m.end, c.start):
            return c
    return None


def _in_paren_after(end: int, m: Mention, text: str, reach: int = 60) -> bool:
    """The figure sits inside a parenthesis opened right after `end` (a name's, a figure's), up to
    `reach` characters in."""
    k = text.find("(", end, end + 3)
    return k >= 0 and not text[end:k].strip() and 0 < m.start - k <= reach and ")" not in text[k:m.start]


def _ranked_with(c: Cue, cues: list[Cue], text: str, start: int, g: CueGrammar) -> Cue | None:
    """The supplier or customer noun a listed country is ranked against: the last such noun
    before the name in its sentence, with a ranking word ("ahead of", « devant », « derrière »)
    between the noun and the name ("Morocco's first supplier ... ahead of France (21.6 pc)",
    « le troisième fournisseur de l'Allemagne, derrière les Pays-Bas (9,6 %) »)."""
    noun = next((o for o in reversed(cues) if o.kind == "supplier" and start <= o.start and o.end <= c.start), None)
    if noun is None or g.ranked_with is None or not g.ranked_with.search(text, noun.end, c.start):
        return None
    return noun


#: a noun phrase ending in a short word links to what follows ("market for U.S. LNG"): no apposition
_WORD_ENDS_IN_LINK = recache.compile(r"(?:^|\s)\w{1,3}$")


def owned_unnamed(text: str, lo: int, start: int, end: int, g: CueGrammar) -> bool:
    """The word at `start`..`end` is owned by a possessive determiner or a periphrasis, not a
    name: « son premier client », "its exports", "the country's top supplier", "exports of the
    country" (`lo`: where the clause starts)."""
    return g.possessive_det is not None and g.possessive_det.search(text, max(lo, start - 40), start) is not None \
        or g.country_after is not None and g.country_after.match(text, end) is not None


def _trader(m: Mention, cues: list[Cue], text: str, lo: int, art: ArticleContext,
            g: CueGrammar) -> tuple[str, str, str] | None:
    """(exporter, importer, why) from a supplier or customer noun before the figure in its
    clause: "l'Indonésie reste le premier fournisseur de charbon de Pékin : 17,53 Mt",
    "Indonesia remains China's top supplier", "les États-Unis restent son premier client"."""
    noun = next((c for c in reversed(cues) if c.kind == "supplier" and lo <= c.start and c.end <= m.start), None)
    if noun is None:
        return None
    # (a region's word right at the noun says where the buyer is, not who sells to it: « le 1er
    # client africain du Cameroun », "Senegal's top African customer")
    names = [c for c in cues if c.kind == "country" and c.value != "WLD" and not _is_noise(c, text, g)
             and not (c.value in REGIONS and (not text[c.end:noun.start].strip() if c.end <= noun.start
                                              else not text[noun.end:c.start].strip()))]
    before = [c for c in names if lo <= c.start and c.end <= noun.start]
    after = [c for c in names if noun.end <= c.start and c.end <= m.start]
    owner = before[-1] if before and before[-1].text.lower().endswith("'s") else None
    if owner is not None:
        before = before[:-1]
    if after and not text[noun.end:after[0].start].strip() and (owner is not None or before) \
            and not _WORD_ENDS_IN_LINK.search(noun.text) and _role(after[0], text, cues, g) not in ("adj", "poss"):
        # the name right after the noun is its own ("Russian coal into major importer India"): it
        # buys or sells against the country before the noun
        other_c = owner if owner is not None else before[-1]
        why = f"'{noun.text}': {after[0].text} against {other_c.text}"
        if noun.value == "supplier":
            return after[0].value, other_c.value, why
        return other_c.value, after[0].value, why
    if not before:
        return None
    seller_or_buyer = before[-1].value
    other = owner.value if owner is not None else (after[0].value if after else "")
    if not other and owned_unnamed(text, lo, noun.start, noun.end, g):
        # "son premier client", "the country's top supplier": the article's country, the one
        # its figures so far had as a side most often (its pair's, then its flow owner, first on a tie)
        others = [p for p in dict.fromkeys((*art.pair, art.owner, *art.sides)) if p and p not in (seller_or_buyer, "WLD")]
        other = max(others, key=lambda p: sum(art.sides.get(p, (0, 0)))) if others else ""
    if not other or other == seller_or_buyer:
        return None
    why = f"'{noun.text}': {before[-1].text} against {owner.text if owner else (after[0].text if after else 'the article')}"
    if noun.value == "supplier":
        return seller_or_buyer, other, why
    return other, seller_or_buyer, why


_WORD = recache.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _move_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a from-word ending the text before a figure, the to-word alone between two figures):
    the lexicon's `ranges.from` and `ranges.to`."""
    ranges = lx.load(lang).get("ranges") or {}
    if not ranges.get("from") or not ranges.get("to"):
        return None
    approx = _approx_alt(lang)
    about = r"(?:" + approx + r"\s*)?" if approx else ""
    fillers = lx.load(lang).get("move_fillers")
    if fillers:  # "to just 1.3 per cent"
        about = r"(?:" + lx.alternation(fillers) + r"\s+)?" + about
    # (a period phrase may stand between the two levels: "from 17% in the third quarter of 2022 to 31%")
    return (recache.compile(lx.alternation(ranges["from"]) + r"\s+(?:[^\W\d]+\s+){0,4}$", re.I),
            # (a fiscal year and its months too: "from 48.1% in 2021-22 (Apr-Feb) to 41.9%")
            # ("from 2.16 per cent in FY15 to 1.3 per cent": a fiscal year written short)
            # (or a period of words alone: "from 37.1% in the same period of last year to 44.1%")
            recache.compile(r"(?:\s+(?:[^\W\d]+\s+){1,6}(?:(?:19|20)\d{2}|FY\s?'?\d{2}(?:\d{2})?)(?:[-/]\d{2}(?:\d{2})?)?(?:\s*\([^\W\d][^()\d]{0,20}\))?"
                       r"(?:\s+[^\W\d]+)?|(?:\s+(?:[^\W\d]+['’])?[^\W\d]+){2,8})?\s*,?\s*"
                       + lx.alternation(ranges["to"]) + r"\s*" + about, re.I))


def _at_move_end(f: Frame, m: Mention, figures: list[Mention], text: str, g: CueGrammar, said: str) -> None:
    """A figure of a move between two levels over a span takes the span's end it stands at
    (not when the level moved from has a period of its own: "from $111.7 million last year to
    $123 million" moves between two periods)."""
    end = _move_end(m, figures, text, f.measure, g.lang)
    if end and "/" in f.period and not any(pr.find_periods(text[a.end:b.start], g.lang, None)
                                           for a, b in _moves(figures, text, g.lang) if m is a or m is b):
        f.period = f.period.split("/")[0 if end == "start" else 1]
        f.why["period"] = f"{said}, its {end}: the {end} of a move between two levels"


def _parallel_move(m: Mention, figures: list[Mention], text: str, g: CueGrammar,
                   history: list[Frame] | None) -> str:
    """The period of the same end of an earlier move in the sentence whose two ends have
    periods of their own that differ; "" when there is none."""
    moves = _moves(figures, text, g.lang) if history else []
    mine = next(((a, b) for a, b in moves if m is a or m is b), None)
    if mine is None:
        return ""
    by_end = {h.figure_end: h for h in history or []}
    for a, b in reversed([mv for mv in moves if mv[1].end <= mine[0].start]):
        fa, fb = by_end.get(a.end), by_end.get(b.end)
        if fa is not None and fb is not None and fa.period and fb.period and fa.period != fb.period:
            return fa.period if m is mine[0] else fb.period
    return ""


def _moves(figures: list[Mention], text: str, lang: str) -> list[tuple[Mention, Mention]]:
    """The sentence's moves between two levels of one unit: (the level it moves from, the one
    it reaches), "from €21.2 billion ... to €3.7 billion"."""
    rx = _move_rx(lang)
    if rx is None:
        return []
    from_end, to_gap = rx
    return [(a, b) for a, b in zip(figures, figures[1:]) if a.unit == b.unit and to_gap.fullmatch(text, a.end, b.start)
            and from_end.search(text, max(0, a.start - 40), a.start)]


def _change_before_move(m: Mention, prev: Frame | None, sent: Sentence, figures: list[Mention], text: str,
                        g: CueGrammar, history: list[Frame] | None) -> Frame | None:
    """The change stated before a move the figure ends, when the move's start is a baseline:
    "rose 1.83 percent from $6.8 billion to $7 billion" (the change's frame), else None."""
    if prev is None or not prev.comparison or prev.sentence_start != sent.start or not history:
        return None
    start = next((a for a, b in _moves(figures, text, g.lang) if b is m), None)
    if start is None or prev.figure_end != start.end:
        return None
    return next((h for h in reversed(history) if h.sentence_start == sent.start and not h.comparison
                 and h.period and h.figure_end <= start.start and h.measure == "change"), None)


def _year_before_move(f: Frame, m: Mention, prev: Frame | None, sent: Sentence, text: str,
                      history: list[Frame] | None, sent_figures: list[Mention], lo: int, g: CueGrammar,
                      cues: list[Cue], shared: str = "") -> str:
    """The period a year before that of the year-on-year change a level moves from, or restates in
    a bracket after the change's basis ("up 35.6% from a year earlier (151,100 tonnes)"); "" if
    the figure is no such level. With `shared`, only when the change is of that period (and, for
    a move, not a span: "за февраль-декабрь ... с €21,8 млрд до €10,3 млрд" runs across it)."""
    if f.measure != "level":
        return ""
    rise = _yoy_change_before(prev, m, sent, text, history)
    if rise is None or shared and rise.period != shared:
        return ""
    bracket = prev is rise and text[max(0, m.start - 2):m.start].strip() == "(" and any(
        c.kind == "basis" and c.value == "yoy" and rise.figure_end <= c.start and c.end <= m.start
        and not text[c.end:m.start].strip("( ") for c in cues)  # (right before the bracket)
    if not bracket and (shared and "/" in shared or not _moved_from(m, sent_figures, text, lo, g.lang)):
        return ""
    return pr.relative_to("<-1y>", rise.period) or ""


#: the period sources that are not a move's start's own: the move's frame, the level it
#: reaches, the figure before it, the article's
_FRAME_SOURCES = ("from the previous figure in the sentence", "the period the article last spoke of")
_FRAME_CUES = ("', shared with the figure next to it", "' in the sentence", "' in the clause")


def _move_start_period(f: Frame, m: Mention, sent: Sentence, figures: list[Mention], text: str,
                       g: CueGrammar, cues: list[Cue], art: ArticleContext) -> None:
    """The level a move starts from ("from £11.8bn to £40.5bn in 2021", "In March, imports fell
    from 907 to 730 thousand barrels a day") names no period between itself and the level it
    reaches: the period the sentence gives is the move's, reached at its end; the start is the
    period before it (the month before for a month or a quarter before for a quarter, unless
    the sentence compares year on year; the year before otherwise)."""
    if f.measure != "level" or not f.period or "<" in f.period:
        return
    why = f.why.get("period", "")
    if not (why in _FRAME_SOURCES or why.startswith("'") and why.endswith(_FRAME_CUES)):
        return
    nxt = next((b for a, b in _moves(figures, text, g.lang) if a is m), None)
    if nxt is None:
        # "widened to C$11.3 billion in December, up from C$8.2 billion": the level reached
        # right before, one unit, nothing but words between
        rx, to = _from_right_before(g.lang), _to_right_before(g.lang)
        # (a restatement in brackets after the level reached is read past: "to SAR 227.7 billion
        # ($60.70 billion), from SAR 341.6 billion")
        before = [x for x in figures if x.end <= m.start and not text[max(0, x.start - 2):x.start].strip().endswith("(")]
        gap = _OWN_BRACKET.sub("", text[before[-1].end:m.start]) if before else ""
        if rx is None or to is None or not before or before[-1].unit != m.unit or len(gap) > 48 \
                or not rx.search(text, max(before[-1].end, m.start - 40), m.start) \
                or not to.search(text, max(sent.start, before[-1].start - 30), before[-1].start) \
                or any(ch in gap for ch in ";:()") \
                or any(c.kind == "indicator" and before[-1].end <= c.start < m.start for c in cues):
            return  # (« à 416 milliards, résultant en un déficit de 107 milliards »: another flow)
        nxt = before[-1]
    # (the sentence's periods are read only once the figure is known to start a move)
    periods = _sentence_periods(sent, g.lang, art, f.modality != "actual")
    if m.end <= nxt.start and any(m.end <= c.start and c.end <= nxt.start for c in periods):
        return  # "from $23.6 billion in 2017 to ...": the start's own period
    # (its own bracket read past: "from Shs2.3 trillion (Ksh62.17b) in 2016")
    own_end = b.end() if (b := _OWN_BRACKET.match(text, m.end)) is not None else m.end
    if any(0 <= c.start - own_end <= 12 and not _PUNCT.search(text, own_end, c.start) for c in periods):
        return  # "с 8 млн тонн в октябре предыдущего года": the start's own period right behind it
    if why.endswith("in the clause") and not any(c.end <= m.start and c.label == f.period for c in periods) \
            and not (nxt.end <= m.start and any(c.start >= m.end and c.label == f.period and _PUNCT.search(text, m.end, c.start)
                                                for c in periods)):
        return  # (the period named after the level reached is that level's; not one set off by a
        # comma after the start: "fell to SAR 227.7 billion, from SAR 341.6 billion, in the second
        # quarter of 2023" is the move's)
    if any(c.start >= min(nxt.start, m.end) and c.label and "<" not in c.label and c.label != f.period
           and c.label != pr.shift_year(f.period, -1) for c in periods):
        return  # « en 2003, passées de 5,4 milliards à 25,3 milliards en 2020 »: each end its own
    label = f.period
    # (or the same period a year before named in the sentence: "..., compared to Q2 2022")
    yoy = any(c.kind == "basis" and c.value == "yoy" for c in cues if sent.start <= c.start < sent.end) \
        or any(c.label and c.label == pr.shift_year(label, -1) for c in periods)
    if not yoy and why.startswith("'") and re.fullmatch(r"(\d{4})-\d{2}/\1-\d{2}", label):
        return  # « за февраль-декабрь ... с €21,8 млрд до €10,3 млрд »: a move across the span named
    # (a month's or a quarter's before, unless year on year; else the same period a year before)
    before = "" if yoy else pr.period_before(label)
    before = before or pr.shift_year(label, -1)
    if before:
        f.move_frame, f.period = label, before
        f.comparison = True
        f.why["period"] = f"{before}, the period before the move's {label}: the level it moves from"


def _last_year_baseline(f: Frame, m: Mention, sent: Sentence, figures: list[Mention], text: str,
                        g: CueGrammar, art: ArticleContext, prev: Frame | None) -> None:
    """A level a figure is compared with, stated "last year" ("$2.78 billion during fiscal year
    2021-22 against $2.04 billion last year", "grew from $55.1 million last year to $87.1 million
    during the current fiscal year"), is the compared figure's period a year before when that
    period is a span of months (a fiscal year, the months so far), not the calendar year before
    publication."""
    if f.measure != "level" or art.pub is None or f.period != str(art.pub.year - 1):
        return
    periods = _sentence_periods(sent, g.lang, art, False)
    own = next((c for c in periods if c.kind == "relative" and c.label == f.period and 0 <= c.start - m.end <= 16
                and not _PUNCT.search(text, m.end, c.start)), None)
    if own is None:
        return
    compared = ""
    if f.comparison and prev is not None and prev.sentence_start == sent.start and prev.measure == "level" \
            and not any(prev.figure_end <= x.start < m.start for x in figures):
        compared = prev.period  # "... against $2.04 billion last year"
    else:
        # "from $55.1 million last year to $87.1 million during the current fiscal year": the
        # level reached right after the phrase and a to-word, its own period right behind it
        frm, to = _from_right_before(g.lang), _to_right_before(g.lang)
        nxt = next((x for x in figures if x.start >= own.end), None)
        if frm is not None and to is not None and nxt is not None and nxt.unit == m.unit \
                and nxt.start - own.end <= 12 and to.search(text, own.end, nxt.start) \
                and frm.search(text, max(sent.start, m.start - 30), m.start):
            compared = next((c.label for c in periods if 0 <= c.start - nxt.end <= 24 and c is not own
                             and not _PUNCT.search(text, nxt.end, c.start)), "")
    if "/" not in compared or "<" in compared:
        return  # (a single month compared with "a peak seen last year" is the calendar year's)
    before = pr.shift_year(compared, -1)
    f.period = before
    f.comparison = True
    f.why["period"] = f"{before}, '{own.text}' behind a level compared with one of {compared}: the same period a year before"


_ONE_WORD_AT_MOST = recache.compile(r"\s*(?:[^\W\d]+\.?\s*)?")


@lru_cache(maxsize=None)
def _bracket_to_rx(lang: str) -> re.Pattern[str] | None:
    """A bracket opened by the word a range's high end takes (lexicon ranges.to): "(to",
    « (à », «(до»."""
    to = (lx.load(lang).get("ranges") or {}).get("to")
    return recache.compile(r"\(\s*" + lx.alternation(to) + r"\s*$", I) if to else None


def _bracket_after_change(f: Frame, m: Mention, sent: Sentence, figures: list[Mention], text: str,
                          prev: Frame, lang: str) -> int:
    """Where the bracket holding a level opens, when it stands right behind the change before it
    in the sentence (no figure between) and does not date its level itself (« a plus que triplé
    depuis 2015 (-267 M€ en 2017) »); -1 otherwise."""
    if f.measure != "level" or prev.measure != "change" or prev.sentence_start != sent.start:
        return -1
    op = text.rfind("(", prev.figure_end, m.start)
    if op < 0 or any(prev.figure_end <= x.start < m.start for x in figures):
        return -1
    cl = text.find(")", m.end, sent.end)
    if cl > 0 and pr.find_periods(text[m.end:cl], lang, None):
        return -1
    return op


def _bracketed_new_level(f: Frame, m: Mention, sent: Sentence, figures: list[Mention], text: str,
                         prev: Frame | None, lang: str) -> bool:
    """A level in brackets opened by "to" right behind a change and its comparison is the level
    the change moved to, of the change's own period: "increased in June - by 1.2% compared to
    June of the previous year (to $2.95 billion)", « de 1,2 % sur un an (à 2,95 milliards) »."""
    if prev is None or not prev.period or f.period == prev.period:
        return False
    op = _bracket_after_change(f, m, sent, figures, text, prev, lang)
    rx = _bracket_to_rx(lang)
    if op < 0 or rx is None or not rx.fullmatch(text, op, m.start):
        return False
    f.period = prev.period
    f.why["period"] = f"{prev.period}, the level the change before it moved to, in brackets"
    return True


def _bracketed_baseline(f: Frame, m: Mention, sent: Sentence, figures: list[Mention], text: str,
                        prev: Frame | None, lang: str) -> None:
    """A level in brackets right behind the comparison the change before it names ("up 12.8 per
    cent on the same period of 2015 (23,491 tonnes)", « en hausse de 12,8 % par rapport à la même
    période de 2015 (23 491 tonnes) »): the baseline, the change's months in the year compared
    with."""
    if prev is None or not prev.period[:4].isdigit():
        return
    op = _bracket_after_change(f, m, sent, figures, text, prev, lang)
    if op < 0 or text[op + 1:m.start].strip():
        return
    said = prev.why.get("basis", "")
    at = text.rfind(said[1:-1], prev.figure_end, op) if len(said) > 2 and said[0] == said[-1] == "'" else -1
    if at < 0 or not _ONE_WORD_AT_MOST.fullmatch(text, at + len(said) - 2, op):
        # (a bracket right after the change restates it: "up 12.8% (3,000 tonnes)"; one after
        # another name is that one's: "followed by Iraq (36.13 mln tons, up 3.5%)")
        return
    if prev.basis == "prev_period":
        # «на 27 процентов больше, чем в предыдущем месяце (729 миллионов долларов)»: the month
        # (or quarter) before the change's
        before = pr.period_before(prev.period)
        if before:
            f.period = before
            f.comparison = True
            f.why["period"] = f"{before}, the baseline in brackets after the comparison: the period before {prev.period}"
        return
    if prev.basis == "yoy":
        years = -1
    elif prev.basis.startswith("vs:") and prev.basis[3:7].isdigit():
        years = int(prev.basis[3:7]) - int(prev.period[:4])
    else:
        return
    if years >= 0:
        return
    f.period = pr.shift_year(prev.period, years)
    f.comparison = True
    ago = "a year" if years == -1 else f"{-years} years"
    f.why["period"] = f"{f.period}, the baseline in brackets after the comparison: {ago} before {prev.period}"


def _moved_from_year_before(f: Frame, shifted: str) -> None:
    f.period = shifted
    f.comparison = True
    f.why["period"] = f"{shifted}, a year before the change's period: the level it moved from"


def _yoy_change_before(prev: Frame | None, m: Mention, sent: Sentence, text: str,
                       history: list[Frame] | None) -> Frame | None:
    """The year-on-year change a move in the sentence follows: the figure right before, or the
    one before the level reached right before ("сократились в два раза, до 310 тыс. тонн с 695
    тыс. тонн")."""
    if prev is None or not prev.period or prev.sentence_start != sent.start:
        return None
    if prev.measure == "change":
        return prev if prev.basis == "yoy" else None
    if not 0 <= m.start - prev.figure_end <= 30:
        return None
    gap = text[prev.figure_end:m.start]
    if any(ch in gap for ch in ";:()") or len(gap.split()) > 3:  # ", down from", " in August, from"
        return None
    before = history[-2] if history and len(history) >= 2 and history[-1] is prev else None
    if before is not None and before.sentence_start == sent.start and before.measure == "change" \
            and before.basis == "yoy" and before.period == prev.period:
        return before
    return None


#: a span from one month to the same month of a later year: "2019-05/2020-05"
_SAME_MONTH_ENDS = recache.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})")

#: a period of months within a year: "2024-03", "2024-Q1", "2024-H1", "2024-01/2024-05"
_MONTHS_LABEL = recache.compile(r"\d{4}-(?:\d{2}|Q[1-4]|H[12])(?:/\d{4}-\d{2})?")
#: one month: "2024-03"
_MONTH_LABEL = recache.compile(r"\d{4}-\d{2}")


def _month_named(words: str, lang: str) -> int:
    """The month whose name ends `words` ("compared with July " -> 7), or 0."""
    tail = lx.fold(words.strip().split()[-1]) if words.strip() else ""
    return pr.grammar(lang).months.get(tail, 0)


def _moved_from(m: Mention, figures: list[Mention], text: str, lo: int, lang: str) -> bool:
    """The figure is the level a move starts from, after another figure of its clause or before
    one: "from €21.2 billion to €3.7 billion", "to 1.855 million bpd from 1.48 million bpd"."""
    if _move_end(m, figures, text, "level", lang) == "start":
        return True
    rx = _from_right_before(lang)
    return rx is not None and bool(rx.search(text, max(lo, m.start - 40), m.start)) \
        and any(x.end <= m.start and lo <= x.start and x.unit == m.unit for x in figures)


@lru_cache(maxsize=None)
def _range_word_before(lang: str, key: str, about_gap: str) -> re.Pattern[str] | None:
    """A word of the lexicon's `ranges[key]` right before a figure, an approximation word at
    most between, followed by `about_gap` ("from about", "to ~")."""
    words = (lx.load(lang).get("ranges") or {}).get(key)
    if not words:
        return None
    approx = _approx_alt(lang)
    about = r"(?:" + approx + about_gap + r")?" if approx else ""
    return recache.compile(lx.alternation(words) + r"\s+" + about + r"$", re.I)


def _to_right_before(lang: str) -> re.Pattern[str] | None:
    """A to-word right before a figure ("to about", "to ~")."""
    return _range_word_before(lang, "to", r"\s*")


def _from_right_before(lang: str) -> re.Pattern[str] | None:
    """A from-word right before a figure ("from about")."""
    return _range_word_before(lang, "from", r"\s+")


@lru_cache(maxsize=None)
def _approx_alt(lang: str) -> str:
    """One alternation of the approximation words that may stand before an amount ("about",
    "more than", "less than"), "" when the lexicon has none."""
    words = [w for k in ("about", "more_than", "less_than") for w in (lx.load(lang).get("approx", k) or [])]
    return lx.alternation(words) if words else ""


def _move_end(m: Mention, figures: list[Mention], text: str, measure: str, lang: str) -> str:
    """Which end of a move between two levels the figure is: "start" for the level it moves
    from ("from €21.2 billion"), "end" for the level it reaches ("to €3.7 billion") and for a
    change stated with such a move; "" when the sentence states no move."""
    moves = _moves(figures, text, lang)
    for a, b in moves:
        if m is a:
            return "start"
        if m is b:
            return "end"
    return "end" if moves and measure == "change" else ""


@lru_cache(maxsize=None)
def _favour_rx(lang: str) -> re.Pattern[str] | None:
    words = lx.load(lang).get("balance_favour")
    return recache.compile(lx.alternation(words) + r"\s+(?:(?:the|la|le|les)\s+|l')?$", re.I) if words else None


@lru_cache(maxsize=None)
def _balance_minus_rx(lang: str) -> re.Pattern[str] | None:
    words = lx.load(lang).get("balance_minus")
    return recache.compile(lx.alternation(words) + r"\s*$", re.I) if words else None


def balance_deficit(bal: Cue | None, m: Mention, text: str, lang: str) -> bool:
    """A balance figure is a deficit: a deficit word, or a neutral or no balance word and the
    figure written negative ("-216,4 millions de DH", "compared to minus EUR 736.8 million")."""
    if bal is not None and bal.value == "deficit":
        return True
    if bal is not None and bal.value == "surplus":
        return False
    if m.sign < 0:
        return True
    rx = _balance_minus_rx(lang)
    return rx is not None and rx.search(text, max(0, m.start - 24), m.start) is not None


def _balance_owner(bal: Cue, roles: list[tuple[Cue, str]], text: str) -> Cue | None:
    """A demonym or possessor glued to a balance word, at most one word between: « déficit
    commercial européen », "the European trade deficit", "the EU's trade surplus"."""
    for c, r in roles:
        if r not in ("adj", "poss"):
            continue
        gap = text[c.end:bal.start] if c.end <= bal.start else text[bal.end:c.start] if bal.end <= c.start else None
        if gap is not None and len(_WORD.findall(gap)) <= 1 and len(gap) <= 14 and not _PUNCT.search(gap):
            return c
    return None


def _favoured(roles: list[tuple[Cue, str]], text: str, lang: str) -> Cue | None:
    """The country a balance is "in favour of" (« en faveur de », «в пользу»)."""
    rx = _favour_rx(lang)
    if rx is None:
        return None
    return next((c for c, _ in roles if rx.search(text, max(0, c.start - 30), c.start)), None)


@lru_cache(maxsize=None)
def _relative_rx(lang: str) -> re.Pattern[str] | None:
    words = lx.load(lang).get("relative_words")
    return recache.compile(r",\s*" + lx.alternation(words), re.I) if words else None


def _relative_aside(c: pr.PeriodCue, m: Mention, text: str, sent: Sentence, lang: str) -> bool:
    """A period inside a relative clause set off by commas before the figure: "Exports to the
    US, which accounted for 28.3% of shipments in 2024, fell 11.4%" (the aside's year)."""
    return _in_relative_aside(c.start, c.end, m.start, text, sent.start, lang)


def _in_relative_aside(start: int, end: int, before: int, text: str, lo: int, lang: str) -> bool:
    """The span start..end sits in a relative clause opened by a comma after the sentence's
    subject (no figure before it, from `lo`) and closed by a comma before `before`."""
    rx = _relative_rx(lang)
    if rx is None:
        return False
    k = _comma_before(text, lo, start)
    if k < 0 or not rx.match(text, k) or _DIGIT.search(text, lo, k):
        return False
    return _comma_after(text, end, before) >= 0


def _comma_before(text: str, lo: int, hi: int) -> int:
    """The last comma between `lo` and `hi` that separates words (not a decimal one: "28,3")."""
    k = text.rfind(",", lo, hi)
    while k >= 0 and k + 1 < len(text) and not text[k + 1].isspace():
        k = text.rfind(",", lo, k)
    return k


def _comma_after(text: str, lo: int, hi: int) -> int:
    """The first comma between `lo` and `hi` that separates words, -1 if none."""
    k = text.find(",", lo, hi)
    while k >= 0 and k + 1 < len(text) and not text[k + 1].isspace():
        k = text.find(",", k + 1, hi)
    return k


_SPACED_DASH = recache.compile(r"\s[-\u2013\u2014]\s")


def _dash_aside(c: pr.PeriodCue, m: Mention, text: str, sent: Sentence, figures: list[Mention]) -> bool:
    """A period inside an aside between two spaced dashes, the figure outside it ("Although the
    year was hard - China's economy did not rebound after late 2022, and ... - exports rose 0.9%").
    A dash right before a figure is a list's, not an aside's: «в 2017 г. - 306,9 тыс. тонн, за 6
    месяцев 2018 г. - 177,5 тыс. тонн»."""
    op = None
    for d in _SPACED_DASH.finditer(text, sent.start, c.start):
        op = d
    if op is None:
        return False
    cl = _SPACED_DASH.search(text, c.end, sent.end)
    if cl is None or op.start() <= m.start < cl.end():
        return False
    if any(op.end() <= x.start <= op.end() + 1 for x in figures if x is not m):
        return False
    return len(_WORD.findall(text, op.end(), cl.start())) >= 6


def _paren_aside(c: pr.PeriodCue, m: Mention, text: str, lo: int, hi: int, figures: list[Mention]) -> bool:
    """A period inside a parenthesis that says something of its own, the figure outside it
    ("55,2 milliards (en 2012, leur valeur était deux fois plus élevée)"), or that dates a
    figure of the same unit beside it ("7,5 % de nos exportations (6,2 % en 2016)"): the
    aside's period. A bare label in brackets ("$240 billion (2023)", "(January-May)") is the
    figure's."""
    op = text.rfind("(", lo, c.start)
    if op < 0 or ")" in text[op:c.start]:
        return False
    cl = text.find(")", c.end, hi)
    if cl < 0 or op <= m.start < cl:
        return False
    if any(op < x.start < cl and x.unit == m.unit and not x.explicit_sign for x in figures if x is not m):
        return True
    rest = text[op + 1:c.start] + " " + text[c.end:cl]
    return len(_WORD.findall(rest)) >= 4


def _whole_of_share(f: Frame, m: Mention, text: str, g: CueGrammar) -> tuple[int, int] | None:
    """Where a share's whole is written: the 40 characters after "of"/« des » right behind
    the figure ("34% of India's crude basket")."""
    if f.measure != "share" or g.share_after_re is None:
        return None
    sa = g.share_after_re.match(text, m.end)
    return (sa.end(), sa.end() + 40) if sa is not None else None


@lru_cache(maxsize=None)
def _holder_rx(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    d = lx.load(lang).get("direction") or {}
    after, before = d.get("share_holder_after"), d.get("share_holder_before")
    return (recache.compile(r"\s*" + lx.alternation(after, word=False) + r"(?!\w)", re.I) if after else None,
            recache.compile(lx.alternation(before) + r"\s*(?:(?:la|le|les)\s+)?$", re.I) if before else None)


def _holds_share(c: Cue, text: str, g: CueGrammar, after_too: bool = True) -> bool:
    """Whether a country word holds a share ("Russia's share", « la part de la Russie »): the
    part it sells into another's flow, or buys of it, not a flow of its own (the country right
    before the lexicon's `direction.share_holder_after` words, unless `after_too` is false, or
    right after its `share_holder_before` ones)."""
    after, before = _holder_rx(g.lang)
    at = _name_start(c)
    return bool(after_too and after is not None and after.match(text, c.end)
                or before is not None and before.search(text, max(0, at - 24), at))


def _share_holder(roles: list[tuple[Cue, str]], text: str, g: CueGrammar) -> tuple[str, str] | None:
    """(holder, the whole's owner or "") of a share: the country right before the lexicon's
    `direction.share_holder_after` words or right after its `share_holder_before` ones; the
    owner is another possessor or demonym in the clause ("India's imports", "exportations russes")."""
    for c, r in roles:
        if r not in ("poss", "subj", "adj", "from"):
            continue
        if _holds_share(c, text, g, after_too=r != "from"):
            owner = next((o.value for o, ro in roles if ro in ("poss", "adj") and o.value not in (c.value, "WLD")), "")
            return c.value, owner
    return None


def _share_whole(f: Frame, m: Mention, roles: list[tuple[Cue, str]], cues: list[Cue], text: str,
                 g: CueGrammar) -> tuple[str, str] | None:
    """(exporter, importer) of a share of someone's whole: "Russia accounted for 34% of India's
    crude basket" (the whole's owner buys, the subject sells), "China took 47% of Russia's
    exports" (an exports whole: its owner sells)."""
    whole = _whole_of_share(f, m, text, g)
    if whole is None:
        return None
    owner = next((c for c, r in roles if r == "poss" and whole[0] <= c.start <= whole[1]), None)
    if owner is None:
        return None
    other = next((c for c, r in reversed(roles) if r in ("subj", "adj") and c.end <= m.start and c.value != owner.value), None)
    if other is None:
        return None
    sold = any(o.kind == "indicator" and o.value == "exports" and abs(o.start - owner.end) <= 30 for o in cues)
    return (owner.value, other.value) if sold else (other.value, owner.value)


def _partner_flow(c: Cue, text: str, g: CueGrammar) -> bool:
    """The flow word qualifies a partner a preposition introduces: "Exports to major trade
    partners in ASEAN rose 15.1%" (not "the UAE's top trading partners are China ($35.5 billion)")."""
    return g.flow_partner is not None and g.flow_partner_prep is not None and g.flow_partner.match(text, c.end) is not None \
        and g.flow_partner_prep.search(text, max(0, c.start - 40), c.start) is not None


def _appositive(c: Cue, cues: list[Cue], text: str, m: Mention) -> bool:
    """The cue sits in an apposition right after a name: "Japan's exports to China, its
    biggest trading partner, fell 4%" (between two commas, the figure outside)."""
    a = text.rfind(",", max(0, c.start - 40), c.start)
    b = text.find(",", c.end, c.end + 40)
    if a < 0 or b < 0 or a < m.start < b or _PUNCT.search(text, a + 1, c.start) or _PUNCT.search(text, c.end, b):
        return False
    return any(x.kind == "country" and 0 <= a - x.end <= 1 for x in cues)


def _baseline_side(c: Cue, m: Mention, figures: list[Mention] | None, text: str, g: CueGrammar) -> bool:
    """A country after a figure the figure is compared with ("sold 17.49 Mt to India, just above
    the 17.32 Mt coming from Venezuela"): the baseline's, not the figure's."""
    if not figures or c.start < m.end:
        return False
    return any(m.end <= x.start and x.end <= c.start and c.start - x.end <= 60
               and _search(g, "contrast", text, m.end, x.start) is not None for x in figures)


def _in_aside(c: Cue, text: str, m: Mention, lo: int, g: CueGrammar, cues: list[Cue] | None = None) -> bool:
    """A country inside an aside before the figure ("Imports of Russian oil, including cargoes
    from European ports, reached ..."): from the aside word to the next comma. With the clause's
    `cues`, a supplier or customer noun between the two makes it the subject's role, no aside
    ("its position as the largest buyer of Kenyan tea")."""
    if g.subordinator is None or c.end > m.start:
        return False
    for sub in _finditer_in(g, "subordinator", text, lo, c.start):
        if not _PUNCT.search(text, sub.end(), c.start):
            return not (cues and any(o.kind == "supplier" and sub.end() <= o.start and o.end <= c.start for o in cues))
    return False


def _is_noise(c: Cue, text: str, g: CueGrammar) -> bool:
    """A country named as a place or an event ("the war in Ukraine", "a strategist in Singapore")
    or as the source of a figure ("Chinese customs give", "selon les douanes chinoises")."""
    key = (g.lang, "noise", c.start, c.end)
    memo = lx.text_state(text)[1]
    got = memo.get(key)
    if got is None:
        got = memo[key] = _read_noise(c, text, g)
    return got  # type: ignore[no-any-return]


#: a name, then a country alone in brackets: "Hong Kong (China)", « Taïwan (Chine) », "Shanghai (China)"
_QUALIFIED_BEFORE = recache.compile(r"[^\W\d_][\w.'\u2019-]*\s?\($")


def _in_title(c: Cue, text: str, g: CueGrammar) -> bool:
    """A country word inside a short name in guillemets after an outlet's or a firm's word
    (lexicon: title_before): «сообщает «Тихоокеанская Россия»», « l'agence « Interfax-Azerbaïdjan » »,
    no party. (Not a pipeline's name: "по «Турецкому потоку»" goes to Turkey.)"""
    if g.title_before is None:
        return False
    opened = text.rfind("\u00ab", max(0, c.start - 40), c.start)
    if opened < 0 or "\u00bb" in text[opened:c.start] or not g.title_before.search(text, max(0, opened - 30), opened + 1):
        return False
    closed = text.find("\u00bb", c.end, c.end + 40)
    if closed < 0 or "\u00ab" in text[c.end:closed]:
        return False
    inner = text[opened + 1:closed]
    return len(inner.split()) <= 4 and not _DIGIT.search(inner) and not any(p in inner for p in ",.;:!?")


def _read_noise(c: Cue, text: str, g: CueGrammar) -> bool:
    if text[c.end:c.end + 1] == ")" and not c.text.isupper() \
            and _QUALIFIED_BEFORE.search(text, max(0, c.start - 40), c.start):
        # the country qualifies the place before it, the party ("the Organization of the Petroleum
        # Exporting Countries (OPEC)", an acronym, restates the name instead)
        return True
    if g.country_noise is not None and _search(g, "country_noise", text, max(0, c.start - 30), c.start):
        return True
    if _in_title(c, text, g):
        return True
    if g.source_after is not None and g.source_after.match(text, c.end):
        return True
    return g.source_before is not None and bool(_search(g, "source_before", text, max(0, c.start - 20), c.start))


def _listed_roles(roles: list[tuple[Cue, str]], countries: list[Cue], text: str,
                  g: CueGrammar) -> list[tuple[Cue, str]]:
    """A name listed after a destination or an origin shares its role: in "to China, Japan and
    Vietnam", «в КНР, Японию и Вьетнам» the later names have no preposition of their own and
    would read as the subject."""
    if len(roles) < 2 or not any(r == "subj" for _, r in roles):
        return roles
    role_of = {id(c): r for c, r in roles}
    out = []
    for c, r in roles:
        if r == "subj":
            chain = _coordinated(c, countries, text, g)
            head = role_of.get(id(chain[0])) if chain[0] is not c else None
            if head in ("to", "from"):
                r = head
        out.append((c, r))
    return out


def _flow_phrase(roles: list[tuple[Cue, str]], flow: Cue | None, cues: list[Cue], m: Mention,
                 lo: int, hi: int) -> list[tuple[Cue, str]]:
    """When a clause names several flows ("German exports to China and imports from China"),
    keep the countries of the figure's own flow: the demonym or possessive just before its
    word, and what follows it up to the next flow word."""
    flows = [c for c in cues if c.kind == "indicator" and lo <= c.start < hi]
    if flow is None or len({c.value for c in flows}) < 2:
        return roles
    if any(c.kind == "share" and lo <= c.start < flows[0].start for c in cues):
        return roles  # «доля российских поставок в объеме индийского импорта»: a part and its whole, one flow
    later = [c.start for c in flows if c.start > flow.start]
    end = min(later) if later else hi
    kept = [(c, r) for c, r in roles
            if (flow.end <= c.start < end) or (0 <= flow.start - c.end <= 15 and r in ("adj", "poss", "subj"))]
    if not kept and any(c.start < flow.start and c.value != flow.value for c in flows):
        return []  # "exports of China to Russia ..., and its imports 129 billion": the names are the first flow's
    return kept or roles


def _last_of_partner_list(prev: Frame, history: list[Frame] | None) -> str | None:
    """The country on the side the figures of `prev`'s sentence share, when that sentence
    listed its flow with two partners or more on the other side ("to China ..., the Netherlands
    ... and Portugal ..."); None otherwise."""
    same = [h for h in history or [] if h.sentence_start == prev.sentence_start and h.indicator == prev.indicator
            and h.exporter and h.importer]
    for side, other in ((prev.exporter, "importer"), (prev.importer, "exporter")):
        if side == "WLD":
            continue
        own = [h for h in same if (h.exporter if other == "importer" else h.importer) == side]
        if len({getattr(h, other) for h in own} - {"WLD"}) >= 2:
            return side
    return None


def _country_total(f: Frame, m: Mention, ind: str, exp: str, imp: str,
                   history: list[Frame] | None) -> tuple[str, str] | None:
    """(exporter, importer) of the flow's own country against the world, when the level is
    more than three times every level the article gave for the pair in its unit: "exports
    rose to $683.8 billion" after $130 billion to China is the country's total."""
    if ind not in ("exports", "imports") or "WLD" in (exp, imp) or f.measure != "level" or m.unit in ("percent", "pp"):
        return None
    seen = [h.amount for h in history or [] if h.amount_unit == m.unit and h.measure == "level" and h.amount > 0
            and {h.exporter, h.importer} == {exp, imp}]
    if not seen or float(m.value) <= 3 * max(seen):
        return None
    return (exp, "WLD") if ind == "exports" else ("WLD", imp)


@lru_cache(maxsize=None)
def _share_total_rx(lang: str) -> re.Pattern[str] | None:
    words = lx.load(lang).get("share_total_words")
    return recache.compile(lx.alternation(words), re.I) if words else None


def _outside_owned_whole(f: Frame, m: Mention, cues: list[Cue], text: str, g: CueGrammar) -> list[Cue]:
    """The cues but the world words of a share's whole that a country owns: in "16.4% of
    China's total crude imports" the world is what China buys from, not the figure's partner
    (in "38.3% of the global coal market" it is)."""
    if f.measure == "share" and (total := _share_total_rx(g.lang)) is not None:
        # "Russia's share of total imports", "35 per cent of all imports": the whole is some
        # country's, whatever the word for it ("global", "world" name the world's)
        cues = [c for c in cues if not (c.kind == "world" and total.fullmatch(c.text))]
    if f.measure == "level" and m.unit not in ("percent", "pp") and g.share_after_re is not None:
        # "with 5.3 million bags, or 13.4% of the total": the whole of a share beside the figure
        # is that share's, no partner of this one
        cues = [c for c in cues if not (c.kind == "world" and _whole_of_percent(c, text, g))]
    whole = _whole_of_share(f, m, text, g)
    if whole is None:
        return cues
    a, b = whole
    if not any(c.kind == "country" and c.value != "WLD" and a <= c.start < b for c in cues):
        return cues
    return [c for c in cues if not (c.kind == "world" and a <= c.start < b)]


def _whole_of_percent(c: Cue, text: str, g: CueGrammar) -> bool:
    """World word `c` is the whole a percentage right before it is a part of ("13.4% of the
    total", « 13,4 % du total »)."""
    j = text.rfind("%", max(0, c.start - 20), c.start)
    if j < 0 or g.share_after_re is None:
        return False
    sa = g.share_after_re.match(text, j + 1)
    return sa is not None and sa.end() <= c.start and not _PUNCT.search(text, j + 1, c.start)


_GLUE = recache.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*")


def _names_whole(m: Mention, cues: list[Cue], lo: int, hi: int, ind: str, text: str) -> bool:
    """The clause speaks of a whole of the flow: a world word glued to a word of this flow
    ("total imports", "overall crude exports", « les exportations totales »), or right after the
    figure as the whole it is a part of ("60.6% of the total", "90 percent of overall exports");
    not "a total of $6.4 billion" nor « la valeur totale »."""
    for c in cues:
        if c.kind != "world" or not lo <= c.start < hi:
            continue
        if m.end <= c.start <= m.end + 25 and not _PUNCT.search(text, m.end, c.start):
            return True
        for o in cues:
            if o.kind == "indicator" and o.value == ind and lo <= o.start < hi and (
                    o.end <= c.start and _GLUE.fullmatch(text, o.end, c.start)
                    or c.end <= o.start and _GLUE.fullmatch(text, c.end, o.start)):
                return True
    return False


@lru_cache(maxsize=None)
def _world_flow_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = lx.load(lang).get("world_flow_words")
    if not words:
        return None
    alt = lx.alternation(words)
    # before the flow word, a goods word between at most ("global LNG imports"); right after it
    # (« les exportations mondiales », «импорт мировой»: not after a noun of its own)
    return (recache.compile(alt + r"(?:\s+[^\W\d]+)?\s+$", re.I),
            recache.compile(r"\s+" + alt, re.I))


def _world_flow(m: Mention, flow: Cue | None, countries: list[Cue], said: list[Cue], sent: Sentence, lo: int,
                hi: int, text: str, g: CueGrammar) -> str:
    """The world word glued to the figure's own flow word ("global coal loadings", « le commerce
    mondial »), when no country owns that flow: none in the figure's clause, nor between the
    flow and the figure, nor glued to the flow ("Russia's global exports", « les exportations
    mondiales de la Suisse »). The phrase, or ""."""
    rx = _world_flow_rx(g.lang)
    if rx is None or flow is None or flow.kind != "indicator":
        return ""
    before, after = rx
    if (w := before.search(text, max(0, flow.start - 40), flow.start)) is not None:
        a, b = w.start(), flow.end
    elif (w := after.match(text, flow.end)) is not None:
        a, b = flow.start, w.end()
    else:
        return ""
    # (a figure right behind the phrase is its own whatever else the clause names: « la Russie a
    # exporté 55,4 millions de tonnes sur des achats mondiaux de 200 millions de tonnes »)
    right_behind = 0 <= m.start - b <= 12
    if any(lo <= c.start < hi and not right_behind for c in countries if c.value != "WLD"):
        return ""
    # (nor any name glued to the phrase or between it and the figure, even one read as no party:
    # "Australian global wine exports dropped to $2.77 billion"); a flow of goods with a
    # direction names no world market when the sentence names a country at all ("Scotch exports
    # ... global shipments down 4%" after "US tariffs")
    directed = flow.value in ("exports", "imports")
    if any(a - 16 <= c.start <= b + 16 or min(b, m.end) <= c.start < max(a, m.start)
           or directed and not right_behind and sent.start <= c.start < sent.end
           for c in said if c.kind == "country" and c.value != "WLD"):
        return ""
    return text[a:b].strip()


def _in_place_of_partner(exp: str, imp: str, last: Frame, party: tuple[Cue, str, set[str]] | None,
                         art: ArticleContext) -> tuple[str, str] | None:
    """The pair of a figure whose one named side is a country listed with it and no direction word
    ("Spain came third with $1.06 billion"), when the last figure of the flow paired the article's
    own country with another: the listed country is that other's fellow, the article's country
    stays (None when it does not apply)."""
    if party is None or party[1] in ("to", "from") or bool(exp) == bool(imp):
        return None
    own = {p for p in (art.owner, *art.pair) if p and p != "WLD"}
    known = exp or imp
    if known in own or known in (last.exporter, last.importer):
        return None
    if last.exporter in own and last.importer and last.importer not in own | {"WLD"}:
        return last.exporter, known
    if last.importer in own and last.exporter and last.exporter not in own | {"WLD"}:
        return known, last.importer
    return None


def _world(cues: list[Cue], lo: int, hi: int) -> bool:
    return any(c.kind == "world" and lo <= c.start < hi for c in cues)


# --- one figure for each of several countries --------------------------------------------------

@lru_cache(maxsize=None)
def _distributive_rx(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str]]:
    """(after, before, joint) patterns of the lexicon's `distributive` words and `list_and`: the
    word after a figure ("2,2 % chacun", "20-25 тыс. тонн каждая"), the words right before it
    ("both by 29.6 percent", "avec chacun environ 13 milliards", «по 12 тыс. тонн») and what may
    join two names of a list ("L'Inde et les Emirats arabes unis (EAU)", "Germany, Poland")."""
    lex = lx.load(lang)
    d = lex.get("distributive") or {}
    after = recache.compile(r"\s*(?:\)\s*)?" + lx.alternation(d["after"]), re.I) if d.get("after") else None
    before = recache.compile(lx.alternation(d["before"]) + r"\s+(?:[^\W\d_]+\s+)?$", re.I) if d.get("before") else None
    joint = recache.compile(r"\s*(?:\([^()\d]{1,12}\)\s*)?(?:,\s*|\s+" + lx.alternation(lex.get("list_and") or ["and"])
                            + r"\s+)" + _optional_article(lex) + r"$", re.I)
    return after, before, joint


_OPEN_BRACKET = recache.compile(r"(?:\s+[^\W\d_]+){0,3}\s*\(\s*")


def shared_partners(f: Frame, m: Mention, cues: list[Cue], sent: Sentence, text: str, g: CueGrammar) -> list[tuple[str, str]]:
    """(exporter, importer) of each country a figure is stated for alike, its own first: "India and
    the UAE with 2.2% each", « l'Angola et la Guinée, avec chacun environ 13 milliards de dollars »,
    «Япония и Южная Корея ... на 20-25 тыс. тонн каждая»: the figure's own partner is the
    last of names joined by commas or "and" (or the side the rules left empty for several), and
    each of the others gets a row of its own (lexicon: `distributive`). Nothing without such a
    word: "exports to Iran and India rose 5%" is one flow to both."""
    after, before, joint = _distributive_rx(g.lang)
    if not (after is not None and after.match(text, m.end) is not None
            or before is not None and before.search(text, max(sent.start, m.start - 40), m.start) is not None):
        return []
    names = [c for c in cues if c.kind == "country" and sent.start <= c.start and c.end <= m.start and c.value != "WLD"]
    if not names or m.start - names[-1].end > 80:
        return []
    run = [names[-1]]
    for c in reversed(names[:-1]):
        gap = text[c.end:run[-1].start]
        if c.end > run[-1].start or not (joint.match(gap) or c.value == run[-1].value and _OPEN_BRACKET.fullmatch(gap)):
            break  # (a name and its short form in brackets, "les Emirats arabes unis (EAU)", are one; the
            # gazetteer may match only the name's first word)
        run.append(c)
    codes = list(dict.fromkeys(c.value for c in run))
    if len(codes) < 2:
        return []
    own = next((c for c in codes if c in (f.exporter, f.importer)), None)
    if own is None:
        if bool(f.exporter) == bool(f.importer) or (f.exporter or f.importer) in codes:
            return []
        # "Slovakia's exports grew fastest to Germany and Poland (both by 29.6 percent)": the side
        # left empty for several countries is each of them
        out = [(code, f.importer) if not f.exporter else (f.exporter, code) for code in codes]
    else:
        out = [(code, f.importer) if f.exporter == own else (f.exporter, code) for code in codes]
    return [p for p in out if p[0] != p[1]]


_YEAR_BEFORE_RESTATE = recache.compile(r"\s*(?:[^\W\d_]+\s+(?:19|20)\d\d\s*)?")


def _restates_change(end: int, m: Mention, text: str, g: CueGrammar) -> bool:
    """Only a restatement word (lexicon: `restatement`) stands between a change's percentage
    and the amount, a year and a "by" word aside: "dropped 11 percent, or $186 million", « ont
    augmenté de 7 % en 2018, soit 231 millions d'euros », «выросли на 10%, или на 2 млрд»."""
    if g.restate_re is None:
        return False
    stop = m.start
    if (bb := g.by_before.search(text, end, m.start)) is not None and bb.end() == m.start:
        stop = bb.start()
    if "(" in text[end:stop]:
        return False  # « de 3,6 % (environ 346,3 milliards de dirhams) »: a bracket holds the level
    rm = g.restate_re.search(text, end, stop)
    return rm is not None and rm.end() == stop and bool(_YEAR_BEFORE_RESTATE.fullmatch(text, end, rm.start()))

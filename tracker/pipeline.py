"""The extraction pipeline's public entry points: article -> claims -> table.

    clean text -> figures (figures.py) -> frames (context.py) -> Claim rows -> DataFrame
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from tracker import calibration, choose, lexicon, recache
from tracker import context as cx
from tracker import periods as pr
from tracker import schema
from tracker.figures import find_mentions, names_its_money
from tracker.figures import grammar as figure_grammar
from tracker.models import Article, Claim, Mention
from tracker.normtext import Sentence, clean, sentences
from tracker.periods import bounds

#: Confidence of a row whose every field came from its own clause.
BASE_CONFIDENCE = 0.95
#: How much of the article's start counts as its lead (for the pair it is about).
LEAD_CHARS = 1500
#: The figures before a figure that its context rules read (with the article's first one):
#: no article of the corpus has that many, and a book-length text stays linear in its length.
HISTORY = 200
#: How many sentences back a figure looks for the period its article or paragraph is about.
LOOKBACK = 200


@dataclass(frozen=True, slots=True)
class Rejected:
    """A figure that is not a row, and why (shown by `tracker explain`)."""

    surface: str
    start: int
    end: int
    sentence: str
    reason: str


def detect_lang(text: str) -> str:
    """The text's language among those with a lexicon (the first one for a text with no letters)."""
    from tracker import lexicon, text as textmod

    langs = lexicon.languages()
    return textmod.detect_lang(text[:4000], langs) or langs[0]


@lru_cache(maxsize=None)
def _season_goods(lang: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    """Each kind of goods that counts in its own years, with the month they start in: grain's
    crop seasons (`periods.seasons`) first, then the other trades' (`periods.crop_years`)."""
    per = lexicon.load(lang).get("periods") or {}
    kinds = [per.get("seasons") or {}] + list(per.get("crop_years") or [])
    return tuple((re.compile(lexicon.alternation(k["goods"]), re.I), int(k["start_month"]))
                 for k in kinds if k.get("goods") and k.get("start_month"))


def _split_years(title: str, text: str, lang: str, pair: tuple[str, ...]) -> tuple[int, bool, bool]:
    """(the month the article's split years start at, whether they are crop seasons, whether its
    fiscal years are named by the year they start in): July for an article about grain (its
    title names it, or the text three times), else the fiscal year of the first of its
    countries that has one ("2023-24" in an Indian story, "fiscal 2024" in a Japanese one), else
    October for one about coffee or cocoa, August for cognac (the lexicon's `periods.crop_years`);
    0 leaves the lexicon's."""
    def about(goods: re.Pattern[str]) -> bool:
        return bool(goods.search(title)) or len(list(itertools.islice(goods.finditer(text), 3))) == 3

    kinds = _season_goods(lang)
    starts = lexicon.fiscal_year_starts()
    country = next((c for c in pair if c in starts), "")
    if kinds and about(kinds[0][0]):
        fiscal = pr.grammar(lang).fiscal
        if not (country and fiscal is not None and (fiscal.search(title) or fiscal.search(text))):
            return kinds[0][1], True, False
        # (grain counted in the fiscal years the text names: "wheat exports ... in the financial
        # year 2020-21" in a story on India run April-March, not July-June)
    if country:  # (Rwanda's coffee earnings are counted in its July-June fiscal years)
        return starts[country], False, country in lexicon.fiscal_years_named_by_start()
    return next(((start, True, False) for goods, start in kinds[1:] if about(goods)), (0, False, False))


def _namesake_map(text: str, title: str, lang: str) -> dict[str, tuple[str, frozenset[str]]]:
    """For countries sharing a bare name (the two Congos): when the article names one of them
    alone ("RDC", "Kinshasa") and not the other, the other's code -> (the named one's code, the
    shared forms), so that « les exportations congolaises » of a story on the DRC are the DRC's."""
    groups = lexicon.namesakes(lang)
    shared_rx = lexicon.namesake_forms(lang)
    if not groups or shared_rx is None or not (shared_rx.search(text) or shared_rx.search(title)):
        return {}
    found = {code for code, _, _, rx in groups if rx is not None and (rx.search(text) or rx.search(title))}
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for code, others, shared, _ in groups:
        if code in found and not any(o in found for o in others):
            for o in others:
                out[o] = (code, shared)
    return out


def _renamed(cues: list[cx.Cue], namesake: dict[str, tuple[str, frozenset[str]]]) -> list[cx.Cue]:
    if not namesake:
        return cues
    out = []
    for c in cues:
        to, shared = namesake.get(c.value, ("", frozenset())) if c.kind == "country" else ("", frozenset())
        out.append(cx.Cue(c.start, c.end, c.kind, to, c.text) if to and lexicon.fold(c.text) in shared else c)
    return out


def _seen(weighted: list[tuple[float, list[cx.Cue]]]) -> dict[str, list[int]]:
    """Where each country is named, in order: -1 in the title (the first list), else its offset."""
    out: dict[str, list[int]] = {}
    for k, (_, cues) in enumerate(weighted):
        for c in cues:
            if c.kind == "country" and c.value != "WLD":
                out.setdefault(c.value, []).append(-1 if k == 0 else c.start)
    for v in out.values():
        v.sort()
    return out


def analyse(article: Article) -> tuple[list[Claim], list[Rejected]]:
    """Claims of one article and the figures rejected on the way, with reasons."""
    recache.flush()  # what earlier articles compiled, for the next process (a worker runs no exit handler)
    lang = article.lang or detect_lang(article.text)
    text = clean(article.text)
    mentions = find_mentions(text, lang)
    if not mentions:
        return [], []
    if outlet := _outlet_dollar(article.url, mentions, lexicon.currencies(), lang):
        # "$41.3 billion" in an Australian outlet (before any figure is read: the article's
        # earlier amounts are compared in their own money)
        mentions = [replace(m, unit=outlet) if _open_dollar(m, lang) else m for m in mentions]
    sents = sentences(text)
    starts = [s.start for s in sents]
    g = cx.grammar(lang)
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        by_sent.setdefault(i, []).append(m)
    claims: list[Claim] = []
    headline: list[tuple[int, Mention, cx.Frame, Sentence]] = []  # the first sentence's figures of a year not over
    rejected: list[Rejected] = []
    links: set[int] = set()
    if g.link_line is not None:
        # a line of its own (a link glued to the next paragraph, "READ ALSO ... RussiaFinally, the
        # United States is ...", holds this article's text too)
        links = {i for i, s in enumerate(sents) if len(s.text) <= LINK_LINE and g.link_line.match(s.text)
                 and (i == 0 or sents[i - 1].paragraph != s.paragraph)
                 and (i + 1 == len(sents) or sents[i + 1].paragraph != s.paragraph)}
        for i in links & set(by_sent):
            rejected += [Rejected(m.surface, m.start, m.end, sents[i].text, "a link to another article, not its figure")
                         for m in by_sent.pop(i)]
    prev: cx.Frame | None = None
    prev_idx = -10
    ccy = lexicon.currencies()
    shared: dict[str, dict[str, str]] = ccy.get("shared_names") or {}
    cue_cache: dict[int, list[cx.Cue]] = {}
    rough_usd = lexicon.rough_usd()
    history: list[cx.Frame] = []

    namesake = _namesake_map(text, article.title or "", lang)

    resolved: dict[int, list[cx.Cue]] = {}
    owner_known: list[str] = []  # the article's flow owner, once it is known

    def cues_of(i: int) -> list[cx.Cue]:
        if i not in cue_cache:
            s = sents[i]
            cue_cache[i] = _renamed(cx.scan(s.text, g, s.start), namesake)
            if i == 0 or sents[i - 1].paragraph != s.paragraph:
                cue_cache[i] = cx.without_dateline(cue_cache[i], text, s.start)
        if not owner_known:
            return cue_cache[i]  # (a country named by "ce pays" plays no part in the article's pair and owner)
        if i not in resolved:
            # ("ce pays", "this country": the country named last before, up to three sentences back,
            # not the article's flow owner)
            resolved[i] = cx.country_anaphors(cue_cache[i], text, g, (cues_of(j) for j in range(i - 1, max(-1, i - 4), -1)),
                                              owner=owner_known[0])
        return resolved[i]

    period_cache: dict[int, list[str]] = {}

    # the periods the actual figures so far stated in their own clause: how often each, and
    # where last (kept as figures come, not read again from the history for every figure)
    own_counts: dict[str, int] = {}
    own_last: dict[str, int] = {}

    def _count_own(f: cx.Frame) -> None:
        if f.period and f.period_source == "own" and f.modality == "actual" and not f.comparison:
            lead = 0 if own_counts else 1  # the first one is the lead's: it counts twice
            own_counts[f.period] = own_counts.get(f.period, 0) + 1 + lead
            own_last[f.period] = len(history)

    def _context_period(i: int, topic: str) -> str:
        """The period the article is about so far: the one its actual figures stated most often
        in their own clause, the lead's counting twice (the latest on a tie); before any, the
        first period named nearby."""
        # a sentence without figures that names a period sets the topic of the next one
        # ("December was a strong month. Trade amounted to $21.97 billion ...")
        if topic:
            return topic
        if own_counts:
            best = max(own_counts.values())
            return max((p for p in own_counts if own_counts[p] == best), key=own_last.__getitem__)
        for j in itertools.chain(range(i - 1, max(-1, i - 1 - LOOKBACK), -1), range(i + 1, min(len(sents), i + 4))):
            labels = _labels(j)
            if labels:
                return labels[0]  # a sentence names its own period first ("in 2023 ..., down from 2022")
        return ""

    def _topic_period(i: int) -> str:
        # the topic holds over the paragraph's next sentences until a figure states its own
        # period ("Juin apporte une éclaircie. Le commerce y a atteint ... Les ventes ...")
        j = i - 1
        while j >= max(0, i - LOOKBACK):
            if sents[j].paragraph != sents[i].paragraph:
                # web text often makes each sentence a paragraph: the paragraph still reads the
                # one sentence right before it
                if j not in by_sent:
                    labels = _labels(j)
                    if labels:
                        return labels[0]
                break
            if j not in by_sent:
                labels = _labels(j)
                if labels:
                    return labels[0]
            elif any(h.sentence_start == sents[j].start and h.period_source == "own" for h in history[-12:]):
                return ""
            j -= 1
        return ""

    def _labels(j: int) -> list[str]:
        if j in links:
            return []  # a link's headline speaks of another article's period
        if j not in period_cache:
            s = sents[j]
            # a period behind a comparison ("down from $297.9 billion in 2022") is a baseline, and
            # one scoping a ranking ("the first time since 1997") no topic
            own = Sentence(0, len(s.text), s.text, s.paragraph)
            # (nor is the year of «прирост к январю 2025 года», "compared with 2022")
            vs = [v.start(1) for v in g.vs_year.finditer(s.text)]
            period_cache[j] = [c.label for c in cx.periods_in(s.text, art)
                               if c.label and not c.label.startswith("<") and c.kind != "next_years"  # (a goal's year)
                               and not _contrasted(g.contrast, s.text, c.start)
                               and not any(c.start <= v < c.end for v in vs)
                               and not cx._ranks_since(c, s.text, own, g)]
        return period_cache[j]

    # cues are read only where they matter: the lead, and the sentences with figures
    # and the ones before them (a cheap filter: most sentences of a news stream have none)
    lead = [i for i, s in enumerate(sents) if s.start < LEAD_CHARS]
    title = clean(article.title or "")
    weighted = [(3.0, _renamed(cx.scan(title, g), namesake))]
    weighted += [(1.0, cues_of(i)) for i in lead]
    weighted += [(0.3, cues_of(i)) for i in sorted(by_sent) if i not in lead]
    art = cx.ArticleContext(pair=cx.article_pair(weighted), pub=article.published,
                            precision=article.published_precision, lang=lang,
                            title_codes=tuple(dict.fromkeys(c.value for c in weighted[0][1]
                                                            if c.kind == "country" and c.value != "WLD")),
                            seen=_seen(weighted))
    art.goods, art.goods_share, art.goods_title = cx.article_goods(weighted)
    art.outlet = lexicon.outlet_country(article.url)
    # the money of the article's countries, once they are known, before any figure is read (its
    # country is a candidate partner: rupees of Mauritius are no figure of India's)
    if any(m.unit in shared or m.unit in ("CNY", "USD") for m in mentions):
        story = _story_dollar(art, mentions, ccy, lang)

        @cache
        def anywhere() -> dict[str, int]:
            # (the countries of the whole text, scanned once and only when a shared currency name
            # finds none of its countries in the sentences read: « 5090,88 millions de dinars »
            # in a story that names Tunisia only in its last, figureless sentence)
            named: dict[str, int] = {}
            for c in cx.scan(text, g):
                if c.kind == "country":
                    named.setdefault(c.value, c.start)
            return named
        resolved = {id(m): _own_money(m, art, ccy, shared, story, anywhere) for m in mentions}
        for m, n in zip(mentions, mentions[1:]):
            if (code := _dollar_before_us(m, n, text, art, ccy)) and resolved[id(m)].unit == "USD":
                resolved[id(m)] = replace(resolved[id(m)], unit=code)
        mentions = [resolved[id(m)] for m in mentions]
        by_sent = {i: [resolved[id(m)] for m in ms] for i, ms in by_sent.items()}
    own_money = [m.unit for m in mentions if not m.currency_inferred]  # the amounts' stated currencies
    art.money_home = cx.money_home(own_money)
    art.focus = cx.article_focus(weighted)
    art.bilateral = any(c.kind == "pair" or c.kind == "indicator" and c.value == "bilateral_trade"
                        for _, cues in weighted[:1 + len(lead)] for c in cues)
    # (the lead's sentences count even without a figure: "Egypt's exports to Arab countries grew")
    art.owner = cx.flow_owner([(title, 3.0, weighted[0][1])] + [(text, 1.0, cues_of(i)) for i in sorted(set(by_sent) | set(lead))], g,
                              money=own_money)
    owner_known.append(art.owner)
    art.lead_owner = cx.flow_owner([(title, 1.0, weighted[0][1])] if title.strip() else
                                   [(text, 1.0, cues_of(0) if sents else [])], g)
    # (the fiscal year of the country whose flows the article reports, else of its pair's first,
    # else of the outlet's country: "FY15" in a story on Bangladesh's exports to Japan)
    art.fiscal_start, art.seasons, art.fiscal_by_start = _split_years(article.title or "", text, lang,
                                                 ((art.owner,) if art.owner else ()) + tuple(art.pair)
                                                 + ((art.outlet,) if art.outlet else ()))
    solar = pr.solar_year_rx(lang)
    art.solar_year = solar is not None and bool(solar.search(text) or solar.search(article.title or ""))
    model = choose.load_model()

    headers = _table_headers(sents, sorted(by_sent), cues_of, _is_row)
    # (lines headed by their partner, "With Japan: exportation 690 million (13.5%) ...", keep their
    # own sentence, whose heading partner is the row's, and take only the header's period)
    with_heads = _table_headers(sents, sorted(by_sent), cues_of, lambda s, cues: len(s.text) <= 4 * ROW_CHARS
                                and cx._with_header(s, cues, text, g) is not None)
    for i in sorted(by_sent):
        sent = sents[i]
        sent_cues = cues_of(i)
        if i in headers:
            # a row of a list under a header line ("Share of India's crude imports, FY2023-24:"
            # / "Russia 35% (+33 pp)"): the header's words frame the row's figures
            h = sents[headers[i]]
            sent = Sentence(h.start, sent.end, text[h.start:sent.end], sent.paragraph)
            sent_cues = cues_of(headers[i]) + sent_cues
        sent_cues = cx.periphrasis(sent_cues, text, art, g)  # "the South Asian nation": the article's country
        prev_cues = cues_of(i - 1) if i > 0 and sents[i - 1].paragraph >= sent.paragraph - 1 else None
        if prev_cues is not None:
            prev_cues = cx.periphrasis(prev_cues, text, art, g)
        # The topic and context periods are read only for a figure that is not rejected (the
        # rules reject before they read a period), and once: the topic on the sentence's first
        # such figure, when the history is still the one the sentence started with (a rejected
        # figure adds nothing to it), the context before the figure's own frame is counted.
        topic_cell: list[str] = []

        def topic() -> str:
            if not topic_cell:  # a list row sees the topic its header line sees
                # (a row headed by its partner reads its header line too: it was not merged in)
                topic_cell.append(_topic_period(headers[i] if i in headers else with_heads[i] + 1 if i in with_heads else i))
            return topic_cell[0]

        not_trade: Mention | None = None  # the sentence's last figure rejected as no trade figure
        for m in by_sent[i]:
            if not_trade is not None and not_trade.end <= m.start and g.contrast_before.search(text, not_trade.end, m.start) \
                    and not any(c.kind == "indicator" and not_trade.end <= c.start < m.start for c in sent_cues):
                # "La consommation a progressé à 25,8 milliards de m³, contre 24,1 milliards un an
                # auparavant": the baseline of a figure that is no trade is none either
                rejected.append(Rejected(m.surface, m.start, m.end, sent.text,
                                         f"the baseline of '{not_trade.surface}', no trade figure"))
                not_trade = m
                continue
            if m.measure_hint != "change" and (usd := rough_usd.get(m.unit)) and float(m.value) * usd < PRICE_USD:
                # "1290 FCFA (1,96 dollar) par kilogramme": an amount no trade flow is this small
                rejected.append(Rejected(m.surface, m.start, m.end, sent.text, "a price, not a trade figure: "
                                         f"worth less than ${PRICE_USD:g}"))
                continue
            near_prev = prev if (i - prev_idx) <= 1 else None
            recent = history if len(history) <= HISTORY else history[:1] + history[-HISTORY:]
            ctx_cell: list[str] = []

            def context_period() -> str:
                if not ctx_cell:
                    ctx_cell.append(_context_period(i, topic()))
                return ctx_cell[0]

            f = cx.resolve(m, sent, sent_cues, near_prev, prev_cues, art, text, by_sent[i], g,
                           context_period=context_period, history=recent,
                           topic_period=topic)
            if f.rejected:
                if f.rejected.startswith("not a trade figure"):
                    not_trade = m
                rejected.append(Rejected(m.surface, m.start, m.end, sent.text, f.rejected))
                continue
            lo, hi = f.clause
            prev_sent = sents[i - 1] if i > 0 and sents[i - 1].paragraph >= sent.paragraph - 1 else None
            scope = choose.Scope(
                m=m, sent=sent, cues=cx._unshadowed([c for c in sent_cues if not (m.start <= c.start < m.end)]),
                lo=lo, hi=hi, prev_sent=prev_sent, prev_cues=prev_cues, art=art, text=text,
                figures=by_sent[i], g=g, prev=near_prev, history=history,
                context_period=context_period(), topic_period=topic(), article_id=article.article_id,
                sents=sents, index=i)
            f = choose.rechoose(f, scope, model)
            _year_so_far(f, art, history, text, m.end)
            _solar_year(f, art)
            _yearly_goal(f, sent, art, text, m.end)
            if i == 0 and _year_not_over(f, art):
                headline.append((len(claims), m, f, sent))
            # "India and the UAE with 2.2% each": a row for each of the countries named alike
            shared = cx.shared_partners(f, m, sent_cues, sent, text, g)
            if shared:
                f.exporter, f.importer = shared[0]
            claims.append(_claim(article, m, f, sent))
            if f.twin:
                claims.append(_claim(article, m, _twin(f), sent))
            for exp, imp in shared[1:]:
                claims.append(_claim(article, m, replace(f, exporter=exp, importer=imp, twin=""), sent))
            f.amount, f.amount_unit = float(m.value), m.unit
            # "the Netherlands with 26% (24% in 2016)": the bracket's own year is a look back,
            # not what the article speaks of
            aside = near_prev is not None and near_prev.sentence_start == sent.start and f.period != near_prev.period \
                and cx._in_paren_after(near_prev.figure_end, m, text, reach=40)
            prev, prev_idx = f, i
            history.append(f)
            if f.indicator != "bilateral_trade":
                for k, code in enumerate((f.exporter, f.importer)):
                    if code:
                        art.sides.setdefault(code, [0, 0])[k] += 1
            if not m.move_start and not aside:  # "from X in 2014 to Y in 2015": 2014 is the baseline's
                _count_own(f)
    for k, m, f, sent in headline:
        # "Russia-China trade reaches over $200 billion during 2023" over a story of January to
        # November: the headline's year not over is the months the story gives
        months = next((c.period for c in claims[k + 1:] if _months_of(c.period, f.period, art)), "")
        if months:
            f.period = months
            f.why["period"] = f.why.get("period", "") + HEADLINE_MONTHS
            claims[k] = _claim(article, m, f, sent)
            if f.twin:  # (its other flow, right after it, is of the same months)
                claims[k + 1] = _claim(article, m, _twin(f), sent)
    return _dedupe(_restated(claims)), rejected


HEADLINE_MONTHS = "; the year not over: the months its story gives"


def _twin(f: cx.Frame) -> cx.Frame:
    """The other flow a figure states at once (`Frame.twin`): its partners the other way round."""
    return replace(f, indicator=f.twin, exporter=f.importer, importer=f.exporter, twin="")


def _actual_own(f: cx.Frame, art: cx.ArticleContext) -> bool:
    """An actual figure, no baseline nor share, in an article dated to the month or the day."""
    return art.precision in ("day", "month") and f.modality == "actual" and not f.comparison and f.measure != "share"


def _year_not_over(f: cx.Frame, art: cx.ArticleContext) -> bool:
    """Such a figure of the publication's year, before the year's last days."""
    pub = art.pub
    return pub is not None and _actual_own(f, art) and f.period == str(pub.year) and pub.month > 1 \
        and not (pub.month == 12 and pub.day >= 20)


def _months_of(period: str, year: str, art: cx.ArticleContext) -> bool:
    """`period` is January to a month of `year` before publication ("2023-01/2023-11")."""
    if len(period) != 15 or not period.startswith(f"{year}-01/{year}-"):
        return False
    month = int(period[-2:])
    return art.pub is not None and 1 < month < art.pub.month + (12 if art.pub.year > int(year) else 0)


#: The least a money amount is worth, in rough dollars, to be a trade figure (dev gold: the
#: smallest of 3,012 money levels is $782; prices per kilogram, litre or barrel come far below)
PRICE_USD = 200.0


#: The longest line read as a link to another article ("Read more: UK economy shrank 2.9% in January").
LINK_LINE = 200


#: Appended to a period's explanation when a year not yet over became the year so far.
YEAR_SO_FAR = "; the year so far, not over when the article appeared"


@lru_cache(maxsize=None)
def _per_year_rx(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load(lang).get("per_year")
    # the rate word within a few words after the figure, in its clause: "1 млн тонн нефти в год"
    return re.compile(r"[^.;:!?\n]{0,30}?(?<!\w)" + lexicon.alternation(words) + r"(?!\w)", re.I) if words else None


def _rate_after(text: str, end: int, lang: str) -> bool:
    rx = _per_year_rx(lang)
    return bool(rx and rx.match(text, end))


def _year_so_far(f: cx.Frame, art: cx.ArticleContext, history: list[cx.Frame], text: str = "", end: int = 0) -> None:
    """An actual figure "in 2024" in an article of November 2024 is of the year so far: January
    to the last month the article's figures spoke of, since the year had not ended. With no
    month spoken of, "this year" stays the year, as the annotation guidelines read it (+21 rows
    out of fold, though a headline's "in 2023" then misses the months its story gives later:
    15 of the 38 it changed back). Late-December articles keep the year (its figures are near
    whole); so do a share and a rate per year ("sells about 1 million tonnes a year")."""
    pub = art.pub
    if pub is None or not _actual_own(f, art):
        return
    if len(f.period) == 15:
        # "в текущем маркетинговом году было поставлено 7,5 млн тонн": the season (or fiscal year) so far
        # (not when only the publication's year is known: its month, not January, may be after the season)
        if art.precision == "year":
            return
        period = _season_so_far(f.period, pub, history)
    elif _year_not_over(f, art):
        y = int(f.period)
        now = y * 12 + pub.month - 1
        last = _last_month_spoken(history, f"{y}-01", y * 12, now)
        if last is None:
            return  # no month of the year spoken of: "cette année" is the year (the guidelines')
        period = pr._months_label(y * 12, last)
    else:
        return
    if period and not _rate_after(text, end, art.lang):  # (read only for a figure the reading would change)
        f.period = period
        f.why["period"] = f.why.get("period", "") + YEAR_SO_FAR


def _solar_year(f: cx.Frame, art: cx.ArticleContext) -> None:
    """In an article that counts in Iranian years, a span of months read as Gregorian ones ("the
    first five months of the current Iranian year", «за последние 10 месяцев») is that many
    months from the Iranian year's start (periods.solar_span)."""
    if not art.solar_year or len(f.period) != 15:
        return
    span = pr.solar_span(f.period, art.pub, art.precision)
    if span:
        f.period = span
        f.why["period"] = f.why.get("period", "") + ", counted in Iranian years (from about 21 March)"


def _yearly_goal(f: cx.Frame, sent: Sentence, art: cx.ArticleContext, text: str, end: int) -> None:
    """A target or forecast of so much a year whose clause names no period ("agreed to supply 2
    million tonnes of LNG a year", « livrera 3 millions de tonnes par an », «ежегодно будет
    транспортироваться 10 млн тонн») is a yearly rate with no year of its own: no period."""
    if f.modality == "actual" or not f.period or not _rate_after(text, end, art.lang):
        return
    lo, hi = f.clause
    if any(lo <= c.start and c.end <= hi for c in cx._sentence_periods(sent, art.lang, art, True)):
        return
    f.period = ""
    f.why["period"] = "a yearly rate of a target or forecast, no year of its own"


def _last_month_spoken(history: list[cx.Frame], first: str, lo: int, hi: int) -> int | None:
    """The last month (a count: year * 12 + month - 1) the article's latest figure of a twelve-month
    span starting at `first` (a month, lo its count) spoke of: an actual month of the span, or a
    part of it from its first month; None when that month is not before `hi` (publication) or no
    figure spoke of the span."""
    for h in reversed(history):
        p = h.period
        if len(p) == 7 and p[4] == "-" and p[5:].isdigit() and h.modality == "actual":
            k = int(p[:4]) * 12 + int(p[5:]) - 1
        elif len(p) == 15 and p.startswith(first + "/"):
            k = int(p[8:12]) * 12 + int(p[13:15]) - 1
        else:
            continue
        if lo <= k < lo + 12:
            return k if k < hi else None
    return None


def _season_so_far(period: str, pub: date, history: list[cx.Frame]) -> str:
    """A twelve-month span that starts after January and holds the publication month (a crop
    season, a fiscal year) cut to its months so far: its start to the last month the article's
    figures spoke of in it, else the month before publication; "" when it is not such a span."""
    a, _, b = period.partition("/")
    try:
        y0, m0, y1, m1 = int(a[:4]), int(a[5:7]), int(b[:4]), int(b[5:7])
    except ValueError:
        return ""
    start, stop, now = y0 * 12 + m0 - 1, y1 * 12 + m1 - 1, pub.year * 12 + pub.month - 1
    if m0 == 1 or stop - start != 11 or not start < now <= stop:
        return ""
    end = _last_month_spoken(history, a, start, now)
    return pr._months_label(start, now - 1 if end is None else end)


#: A list row is short and opens with a country name: "Iraq 21% (-5 pp)".
ROW_CHARS = 60


def _table_headers(sents: list[Sentence], figure_sents: list[int], cues_of: Callable[[int], list[cx.Cue]],
                   is_row: Callable[[Sentence, list[cx.Cue]], bool]) -> dict[int, int]:
    """Rows of a list (`is_row`) under a header line ending with ':' -> the header's sentence index."""
    out: dict[int, int] = {}
    for i in figure_sents:
        j = i - 1
        while j >= 0 and j >= i - 8:
            head = sents[j].text.rstrip()
            if head.endswith(":"):
                break
            if not is_row(sents[j], cues_of(j)):
                j = -1
                break
            j -= 1
        if j >= 0 and sents[j].text.rstrip().endswith(":") and is_row(sents[i], cues_of(i)):
            out[i] = j
    return out


#: A bulleted line of a list: "- Two-way trade: $20.5 billion", "• Russia 35%".
_BULLET = re.compile(r"\s*[-\u2022\u2013*]\s")


def _is_row(sent: Sentence, cues: list[cx.Cue]) -> bool:
    if len(sent.text) <= 2 * ROW_CHARS and _BULLET.match(sent.text):
        return True
    return (len(sent.text) <= ROW_CHARS and bool(cues) and cues[0].kind == "country"
            and cues[0].start == sent.start and not any(c.kind == "indicator" for c in cues))


def _claim(article: Article, m: Mention, f: cx.Frame, sent: Sentence) -> Claim:
    """The row for figure `m` with frame `f`; its confidence is calibrated on the team's gold."""
    claim = Claim(**_claim_fields(article, m, f, sent))
    # the model reads the hand-set confidence it replaces: the claim is built once and its
    # confidence set before anything else sees it
    object.__setattr__(claim, "confidence", calibration.calibrate(claim))
    return claim


def _factor_down(change: Decimal) -> Decimal:
    """An upward factor's change (+700 % for eight times) as the matching division (-87.5 %)."""
    return ((Decimal(1) / (1 + change / 100) - 1) * 100).quantize(Decimal("0.01")).normalize()


def _claim_fields(article: Article, m: Mention, f: cx.Frame, sent: Sentence) -> dict[str, Any]:
    value = m.value
    high = m.value_high
    if f.measure == "change" and f.sign < 0 and m.rule.startswith("multiple") and m.unit == "percent" and value > 0:
        # a factor in a falling clause is a division, never a fall of more than everything:
        # "cut its coal exports to Japan eightfold" is down to an eighth, -87.5 %
        value, high = (_factor_down(value), _factor_down(high) if high is not None else None)
    if f.measure == "change" and f.sign < 0:
        value, high = -abs(value), (-abs(high) if high is not None else None)
        if high is not None:
            value, high = high, value  # keep value <= value_high
    why = dict(f.why)
    why["figure"] = f"{m.rule}: {m.surface!r} -> {_fmt(value)} {m.unit}"
    if m.approx != "exact":
        why["approx"] = m.approx
    conf = BASE_CONFIDENCE - f.penalty
    if m.rule in ("money.carried", "quantity.carried", "number.words", "fraction.share", "multiple.verb"):
        conf -= 0.1
    if not f.exporter or not f.importer:
        conf -= 0.25
    # a region with no code in the contract (Central Asia, OPEC) is an empty side, a bilateral
    # pair still in alphabetical order
    regions = lexicon.region_codes()
    exporter, importer = ("" if c in regions else c for c in (f.exporter, f.importer))
    if f.indicator == "bilateral_trade" and importer < exporter:
        exporter, importer = importer, exporter
    return dict(
        article_id=article.article_id, indicator=f.indicator, commodity=f.commodity or "all",
        exporter=exporter, importer=importer, measure=f.measure, value=float(value), unit=m.unit,
        surface=m.surface, sentence=sent.text, start=m.start, end=m.end, rule=m.rule,
        confidence=round(max(0.05, min(0.99, conf)), 3),
        value_high=float(high) if high is not None else None, period=f.period,
        basis=f.basis if f.measure == "change" else "", modality=f.modality, approx=f.approx, alt=m.alt,
        explanation=why, probs=dict(f.probs),
    )


def _yen_context(m: Mention, art: cx.ArticleContext, ccy: dict[str, Any]) -> bool:
    """A figure written with the bare ¥ sign, in an article about Japan rather than China."""
    yen_countries = set(ccy.get("yen_context") or [])
    return "¥" in m.surface and "CN¥" not in m.surface and bool(yen_countries & set(art.pair)) \
        and "CHN" not in art.pair


#: a dollar sign written after its number, with no US mark ("50,7 milliards $", "6,1 G$", "520,7 M $")
_DOLLAR_AFTER = re.compile(r"\d[\d\s.,\u00a0\u202f]*(?:[^\W\d]+\s*)?\$$")
_US_MARK = re.compile(r"US|É\.?-?U|améric", re.I)


def _dollar_after(m: Mention, art: cx.ArticleContext, ccy: dict[str, Any]) -> str:
    """The code a dollar sign after its number takes in an article about a country whose press
    writes it so (currencies.yaml `dollar_after_context`: Canada), else ''.

    >>> from tracker.lexicon import currencies
    >>> art = cx.ArticleContext(pair=("CAN", "USA"), pub=None, precision=None, lang="fr")
    >>> m = Mention(0, 16, "50,7 milliards $", Decimal("50.7e9"), "USD")
    >>> _dollar_after(m, art, currencies()), _dollar_after(replace(m, surface="$50.7 billion"), art, currencies())
    ('CAD', '')
    """
    if not _DOLLAR_AFTER.search(m.surface) or _US_MARK.search(m.surface):
        return ""
    for country, code in (ccy.get("dollar_after_context") or {}).items():
        if country in art.pair or country in art.seen:
            return str(code)
    return ""


#: a dollar written with the sign alone, before or after the number: "$41.3 billion", "4,2 G$"
_BARE_SIGN = re.compile(r"^\$\s?\d|" + _DOLLAR_AFTER.pattern)


def _bare_dollar(m: Mention) -> bool:
    return bool(_BARE_SIGN.search(m.surface))


def _open_dollar(m: Mention, lang: str) -> bool:
    """An amount read as US dollars whose dollar the text leaves open: the bare sign ("$41.3
    billion", "4,2 G$") or the plain word, with no sign and no country ("5 milliards de dollars"):
    the story's or the outlet's dollar may be meant.

    >>> [_open_dollar(Mention(0, 9, s, Decimal(5e9), "USD"), "fr") for s in
    ...  ("5 milliards de dollars", "5 milliards de dollars américains", "5 G$", "5 G$ US")]
    [True, False, True, False]
    """
    return m.unit == "USD" and (_bare_dollar(m) or not m.currency_inferred and "$" not in m.surface
                                and not names_its_money(m, lang))


def _story_dollar(art: cx.ArticleContext, mentions: list[Mention], ccy: dict[str, Any], lang: str) -> str:
    """The dollar a bare "$" means in a story about a dollar country's trade (currencies.yaml
    `story_dollar`: the first country of the article's pair, Australia's "$238 billion" of
    export earnings), when no figure of the text marks its dollar; else ''.

    >>> from tracker.lexicon import currencies
    >>> m = Mention(0, 13, "$41.3 billion", Decimal("41.3e9"), "USD")
    >>> us = Mention(20, 33, "US$2 billion", Decimal("2e9"), "USD")
    >>> aus = cx.ArticleContext(pair=("AUS", "CHN"), pub=None, precision=None, lang="en")
    >>> chn = cx.ArticleContext(pair=("CHN", "AUS"), pub=None, precision=None, lang="en")
    >>> [_story_dollar(a, ms, currencies(), "en") for a, ms in [(aus, [m]), (aus, [m, us]), (chn, [m])]]
    ['AUD', '', '']
    """
    by_country = ccy.get("story_dollar") or {}
    code = str(by_country.get(art.pair[0], "")) if art.pair else ""
    if not code:
        return ""
    dollars = {"USD"} | {str(v) for v in by_country.values()} | {str(v) for v in (ccy.get("outlet_dollar") or {}).values()}
    return "" if _marks_its_dollar(mentions, dollars, lang) else code


def _dollar_before_us(m: Mention, n: Mention, text: str, art: cx.ArticleContext, ccy: dict[str, Any]) -> str:
    """The dollar of the article's dollar country (currencies.yaml `story_dollar`, either side of its
    pair) for an open dollar amount restated in US dollars in the bracket right after it ("70,9
    milliards de dollars (53 milliards $US)"); else ''."""
    if not _open_dollar(m, art.lang) or n.unit != "USD" or not cx.BRACKET_AFTER.fullmatch(text, m.end, n.start):
        return ""
    close = text.find(")", n.end, n.end + 24)
    marks = ccy.get("us_dollar_marks") or []
    if close < 0 or not any(re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text[n.start:close]) for k in marks):
        return ""
    by_country = ccy.get("story_dollar") or {}
    return next((str(by_country[c]) for c in art.pair if c in by_country), "")


def _contrasted(contrast: re.Pattern[str], text: str, at: int) -> bool:
    """A comparison word governs the period at `at` ("down from $297.9 billion in 2022"), not
    when a name stands between them: "more goods from Mexico than China in 2023" compares the
    countries, in 2023."""
    c = contrast.search(text, max(0, at - 40), at)
    # (a name: a capital, then lower case; not a money mark like "Rs", "US$")
    return c is not None and not any(len(w) >= 3 and w[0].isupper() and w[1:].isalpha() and w[1:].islower()
                                     for w in (x.strip(",.;:()'’") for x in text[c.end():at].split()))


#: an outlet's host inside another address's path ("/www.theaustralian.com.au/", "/https://www.abc.net.au/")
_INNER_HOST = recache.compile(r"/(?:https?://)?(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:/|$)")


def _outlet_dollar(url: str, mentions: list[Mention], ccy: dict[str, Any], lang: str) -> str:
    """The dollar a bare "$" means in an article of an outlet of a dollar country (currencies.yaml
    `outlet_dollar`: an address ending in .au is Australian), when no figure of the text marks its
    dollar ("US$", "A$", "USD", "U.S. dollars"); else ''.

    >>> from tracker.lexicon import currencies
    >>> m = Mention(0, 13, "$41.3 billion", Decimal("41.3e9"), "USD")
    >>> us = Mention(20, 33, "US$2 billion", Decimal("2e9"), "USD")
    >>> [_outlet_dollar(u, ms, currencies(), "en") for u, ms in [("https://www.thedcn.com.au/news/x", [m]),
    ...     ("https://www.thedcn.com.au/news/x", [m, us]), ("https://example.com/au", [m]),
    ...     ("https://mirror.example.com/www.theaustralian.com.au/business/x", [m])]]
    ['AUD', '', '', 'AUD']
    """
    by_tld = ccy.get("outlet_dollar") or {}
    if not url or not by_tld:
        return ""
    parts = urlsplit(url)
    host = parts.hostname or ""
    # (a mirror's or an archive's address holds the outlet's own after its host:
    # "https://mirror.example.com/www.theaustralian.com.au/business/...")
    if (inner := _INNER_HOST.search(parts.path)) is not None:
        host = inner.group(1)
    code = str(by_tld.get(host.rsplit(".", 1)[-1], "")) if "." in host else ""
    if not code:
        return ""
    return "" if _marks_its_dollar(mentions, {"USD"} | {str(v) for v in by_tld.values()}, lang) else code


def _marks_its_dollar(mentions: list[Mention], dollars: set[str], lang: str) -> bool:
    """Some amount in one of `dollars` says which dollar it is ("US$", "A$", "USD", "U.S.
    dollars"): a bare "$" of the same text is then no clue to another country's dollar."""
    return any(m.unit in dollars and ("$" in m.surface and not _bare_dollar(m) or names_its_money(m, lang))
               for m in mentions)


def _own_money(m: Mention, art: cx.ArticleContext, ccy: dict[str, Any], shared: dict[str, dict[str, str]],
               story: str = "", anywhere: Callable[[], dict[str, int]] | None = None) -> Mention:
    """Mention `m` in the money of the article's country where its mark is several countries'."""
    if m.unit == "CNY" and _yen_context(m, art, ccy):
        return replace(m, unit="JPY")  # "¥" is the yen in an article about Japan
    if m.unit == "USD" and (code := _dollar_after(m, art, ccy)):
        return replace(m, unit=code)  # "50,7 milliards $" in an article about Canada
    if story and _open_dollar(m, art.lang):
        return replace(m, unit=story)  # "$238 billion" of Australia's export earnings
    if m.unit in shared and (code := _shared_name(m, art, shared[m.unit], ccy, anywhere)) != m.unit:
        return replace(m, unit=code)  # "dinars" in an article about Tunisia
    if (lb := _home_weight(m, art)) is not None:
        # « 131 millions de livres » of maple syrup in a Quebec paper: pounds of weight, in tonnes
        return replace(m, unit="t", value=m.value * lb, value_high=None if m.value_high is None else m.value_high * lb,
                       rule="quantity.home_pounds")
    return m


def _home_weight(m: Mention, art: cx.ArticleContext) -> Decimal | None:
    """The tonnes in one of a money word that is a weight too (lexicon `weight_money`), where the
    article is of a country that counts in it (`weight_money_home`: its outlet's, or its pair's
    with Britain not in it) and the figure has no mark of the money ("sterling", "£")."""
    home = lexicon.load(art.lang).get("weight_money_home")
    if not home or not m.surface[-1:].isalpha():
        return None
    lb = figure_grammar(art.lang).weight_money.get(lexicon.fold(m.surface.rsplit(" ", 1)[-1]))
    if lb is None or "GBR" in art.pair or not (art.outlet in home or any(c in home for c in art.pair)):
        return None
    return lb


def _shared_name(m: Mention, art: cx.ArticleContext, codes: dict[str, str], ccy: dict[str, Any],
                 anywhere: Callable[[], dict[str, int]] | None = None) -> str:
    """The code of a currency name several countries use (currencies.yaml `shared_names`): that
    of the first of the name's countries the article names in the sentences read, the pair's or
    not; with none named yet, of the first of them in the article's pair, else of the first the
    whole text names;
    the lexicon's code when none is named, or when the figure is written with a sign or the code
    itself ("£5bn" stays pounds sterling in a story on Egypt, "DZD 5bn" stays dinars of Algeria)."""
    # (an abbreviation of the name, "Rs." as "Rs", is the name: rupees of Nepal in a story on Nepal)
    if m.unit in m.surface or any(v == m.unit and not s.replace(" ", "").replace(".", "").isalpha() and s in m.surface
                                  for s, v in ccy["symbols"].items()):
        return m.unit
    # (the one named first: "Nepal's electricity exports to India ... Rs.", and the title's owner
    # outside the pair too: "Nepal's Trade Deficit With India Three Times More Than With China"
    # over figures in Nepal's rupees, where India and China are the pair)
    named = sorted((at[0], c) for c, at in art.seen.items() if c in codes)
    if named:
        return codes[named[0][1]]
    inpair = sorted(c for c in art.pair if c in codes)
    if inpair:
        return codes[inpair[0]]
    if anywhere is not None:
        # (else the first the whole text names, figureless sentences too)
        named = sorted((at, c) for c, at in anywhere().items() if c in codes)
    return codes[named[0][1]] if named else m.unit


def _fmt(v: Decimal) -> str:
    return format(v.normalize(), "f") if isinstance(v, Decimal) else str(v)


def _restated(claims: list[Claim]) -> list[Claim]:
    """A figure with no period takes the period of the same figure restated further on, for the
    same flow ("Nigeria-China bilateral trade reaches $12.03bn" over "In the first half of 2022,
    our bilateral trade volume reached $12.03 billion"): one claim, written twice."""
    def key(c: Claim) -> tuple[object, ...]:
        return round(c.value, 6), c.unit, c.measure, c.indicator, c.exporter, c.importer

    later: dict[tuple[object, ...], list[int]] = {}  # the claims with a period, by figure, in order
    for k, c in enumerate(claims):
        if c.period:
            later.setdefault(key(c), []).append(k)
    out = list(claims)
    for k, c in enumerate(claims):
        if c.period:
            continue
        d = next((claims[j] for j in later.get(key(c), ()) if j > k and claims[j].sentence != c.sentence), None)
        if d is None:
            continue
        why = dict(c.explanation)
        why["period"] = f"{d.period}, the period of the same figure restated further on ({d.surface!r})"
        new = replace(c, period=d.period, explanation=why)
        object.__setattr__(new, "confidence", calibration.calibrate(new))
        out[k] = new
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """A figure repeated in the same article (headline and body) is one row: the first. Two alike
    in one sentence are two facts, not a repeat: « le mobilier (+ 10 %), ..., les vêtements (+ 11 %) »
    after « les parfums (+ 11 %) »."""
    seen: dict[tuple[object, ...], Claim] = {}
    out: list[Claim] = []
    for c in claims:
        key = (round(c.value, 6), c.unit, c.measure, c.indicator, c.commodity, c.exporter, c.importer,
               c.period, c.modality)
        first = seen.get(key)
        # (the same sentence, not the same words: a headline repeated as the first line is a repeat)
        if first is not None and not (first.sentence == c.sentence and abs(c.start - first.start) < len(c.sentence)):
            continue
        seen.setdefault(key, c)
        out.append(c)
    return out


def extract_claims(article: Article) -> list[Claim]:
    """Every trade claim in one article, one Claim per row (see SCHEMA.md)."""
    return analyse(article)[0]


def claim_id(article_id: str, start: int, end: int, k: int = 0) -> str:
    """Stable id from the article and the figure's offsets (never from row order or time)."""
    return hashlib.sha1(f"{article_id}|{start}|{end}|{k}".encode()).hexdigest()[:16]


def claim_rows(article: Article, claims: list[Claim]) -> list[dict[str, Any]]:
    """One article's rows of the claims table as plain records (no DataFrame: a batch of
    articles becomes one table, validated once, in `rows_frame`)."""
    rows = []
    used: dict[tuple[int, int], int] = {}
    published = pd.Timestamp(article.published) if article.published else pd.NaT
    for c in claims:
        k = used.get((c.start, c.end), 0)
        used[(c.start, c.end)] = k + 1
        p0, p1 = bounds(c.period) if c.period else (None, None)
        rows.append({
            "claim_id": claim_id(c.article_id, c.start, c.end, k),
            "article_id": c.article_id,
            "published": published,
            "source": article.source, "url": article.url, "title": article.title, "lang": article.lang,
            "indicator": c.indicator, "commodity": c.commodity, "exporter": c.exporter,
            "importer": c.importer, "measure": c.measure, "value": c.value,
            "value_high": c.value_high, "unit": c.unit, "value_usd": None,
            "period": c.period, "period_start": pd.Timestamp(p0) if p0 else pd.NaT,
            "period_end": pd.Timestamp(p1) if p1 else pd.NaT, "basis": c.basis,
            "modality": c.modality, "approx": c.approx, "surface": c.surface,
            "sentence": c.sentence, "start": c.start, "end": c.end, "rule": c.rule,
            "confidence": c.confidence, "alt": c.alt, "note": "", "figure_id": "",
        })
    return rows


def rows_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The validated claims table of `claim_rows` records (of any number of articles)."""
    if not rows:
        return schema.empty_frame()
    return schema.validate(pd.DataFrame(rows, columns=schema.COLUMNS))


def claims_frame(results: Iterable[tuple[Article, list[Claim]]]) -> pd.DataFrame:
    """The validated claims table for (article, claims) pairs."""
    return rows_frame([row for art, claims in results for row in claim_rows(art, claims)])


def extract_text(text: str, published: date | str | None = None, lang: str | None = None,
                 article_id: str = "text", **meta: str) -> pd.DataFrame:
    """Claims table for one text given directly (Jupyter-friendly).

    >>> df = extract_text("Les échanges commerciaux entre la Chine et la Russie ont atteint "
    ...                   "240,1 milliards de dollars en 2023.", published="2024-01-12", lang="fr")
    >>> row = df.iloc[0]
    >>> [row["indicator"], row["exporter"], row["importer"], float(row["value"]), row["unit"], row["period"]]
    ['bilateral_trade', 'CHN', 'RUS', 240100000000.0, 'USD', '2023']
    """
    from tracker.ingest import parse_published

    pub, precision = parse_published(published)
    art = Article(article_id=article_id, text=text, published=pub, published_precision=precision,
                  lang=lang or detect_lang(text), source=meta.get("source", ""), url=meta.get("url", ""),
                  title=meta.get("title", ""))
    df = claims_frame([(art, extract_claims(art))])
    try:
        from tracker import fx

        df = fx.add_value_usd(df)
    except (ImportError, AttributeError):
        pass
    return df

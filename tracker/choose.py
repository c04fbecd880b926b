"""Candidates and a scorer: the last word on a figure's partners, period and measure.

The rules of `context.resolve` decide every field of a figure, each from the nearest frame
that states it. Real news breaks that ordering often enough (a country named for the war,
not the trade; a period that belongs to the figure next to it; a list of suppliers with
their shares), so the rules' answer is one candidate among many here:

- partners: every country, demonym, capital, bloc or metonym of the figure's sentence, the
  sentence before, the title and lead, the previous figure's partners, the world, and the
  rules' own pair;
- period: every period phrase of the sentence and the one before, the previous figure's
  period, the period the article spoke of, the publication year, none, and the rules' own;
- measure: level, change or share, as the unit allows.

Each candidate carries features: where it was named, how far from the figure, in which
role (to, from, with, possessor, demonym, subject, listed beside the figure, a place or an
event), whether another figure stands between, and whether the rules chose it. A linear
scorer (`lexicons/choice.json`, fitted on real gold by `bench/fit_choice.py`, grouped by
article) picks the candidate with the highest score; without weights it keeps the rules'
choice. Features are language-neutral: the words behind them come from the lexicons.
"""
from __future__ import annotations

import bisect
import json
import math
import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

from tracker import calibration
from tracker import context as cx
from tracker import lexicon as lx
from tracker import periods as pr
from tracker import recache
from tracker.models import Mention
from tracker.normtext import Sentence

__all__ = ["Candidate", "Scope", "Model", "load_model", "rechoose", "RECORD", "WEIGHTS_FILE"]

#: The fitted weights, as package data beside the lexicons; TRACKER_CHOICE_WEIGHTS overrides.
WEIGHTS_FILE = "choice.json"

#: When not None, every decision is appended here (bench/fit_choice.py reads it).
RECORD: list[dict[str, Any]] | None = None


@dataclass(slots=True)
class Candidate:
    value: Any
    feats: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Scope:
    """What a figure's choices may look at."""

    m: Mention
    sent: Sentence
    cues: list[cx.Cue]          # the sentence's cues, figure's own text left out
    lo: int                     # clause bounds
    hi: int
    prev_sent: Sentence | None
    prev_cues: list[cx.Cue] | None
    art: cx.ArticleContext
    text: str
    figures: list[Mention]      # the sentence's figures
    g: cx.CueGrammar
    prev: cx.Frame | None
    history: list[cx.Frame]
    context_period: str
    topic_period: str
    article_id: str = ""
    sents: list[Sentence] = field(default_factory=list)
    index: int = -1             # the sentence's index in `sents`
    # set by rechoose: the figure's measure, its flow word and the nearest share word
    measure: str = ""
    flow: cx.Cue | None = None
    share: cx.Cue | None = None


class Model:
    """Weights per field: feature -> weight. A field without weights keeps the rules' choice.

    `conj`: per field, pairs of features whose joint presence on a candidate is a feature of its
    own, named `conj_name(a, b)` (mined from the fit's gradient-boosted trees, `bench/fit_choice.py
    --conj`: "the previous figure's pair" weighs differently when the clause names its own flow)."""

    def __init__(self, weights: dict[str, dict[str, float]] | None = None,
                 conj: dict[str, list[list[str]]] | None = None) -> None:
        self.weights = weights or {}
        # per field: first feature -> [(second feature, the pair's weight)], weighted pairs only
        self.conj: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for fld, pairs in (conj or {}).items():
            w = self.weights.get(fld) or {}
            by_first: dict[str, list[tuple[str, float]]] = {}
            for a, b in pairs:
                if wt := w.get(conj_name(a, b)):
                    by_first.setdefault(a, []).append((b, wt))
            if by_first:
                self.conj[fld] = by_first

    def score(self, fld: str, feats: list[str]) -> float:
        w = self.weights.get(fld)
        if not w:
            return 1.0 if "rule" in feats else 0.0
        s = sum(map(w.get, feats, repeat(0.0)))  # the same floats in the same order as a loop
        cj = self.conj.get(fld)
        return s + _conj_sum(cj, feats) if cj else s

    def pick(self, fld: str, cands: list[Candidate]) -> tuple[int, float]:
        """Index of the best candidate and its probability (softmax over the candidates)."""
        w = self.weights.get(fld)
        if w:  # `score`, inlined: the same floats summed in the same order
            zeros = repeat(0.0)
            scores = [sum(map(w.get, c.feats, zeros)) for c in cands]
            cj = self.conj.get(fld)
            if cj:
                scores = [s + _conj_sum(cj, c.feats) for s, c in zip(scores, cands)]
        else:
            scores = [self.score(fld, c.feats) for c in cands]
        # the first of the best scores, the rules' own on a tie: (score, "rule" in feats) at its
        # highest, with "rule" looked for only on a tie
        top = max(scores)
        tied = [k for k, x in enumerate(scores) if x == top]
        best = tied[0] if len(tied) == 1 else next((k for k in tied if "rule" in cands[k].feats), tied[0])
        z = sum(math.exp(max(-50.0, s - top)) for s in scores)
        return best, 1.0 / z


def conj_name(a: str, b: str) -> str:
    """The name of the feature two features make together."""
    return f"C:{a}&{b}"


def conjoined(feats: list[str], pairs: list[list[str]] | list[tuple[str, str]]) -> list[str]:
    """The features with the names of the pairs they hold both of added (for the fit)."""
    have = set(feats)
    return feats + [conj_name(a, b) for a, b in pairs if a in have and b in have]


def _conj_sum(cj: dict[str, list[tuple[str, float]]], feats: list[str]) -> float:
    # (the first features looked up in C, `map`; a set of the candidate's features built only
    # when one is there; each first feature once, however often the list holds it)
    hits = [a for a, h in zip(feats, map(cj.get, feats)) if h]
    if not hits:
        return 0.0
    have = set(feats)
    return sum(wt for a in set(hits) for b, wt in cj[a] if b in have)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model:
    """The fitted weights (package data, or the file TRACKER_CHOICE_WEIGHTS names)."""
    path = path or os.environ.get("TRACKER_CHOICE_WEIGHTS") or None
    if path:
        if path == "none":
            return Model()
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    else:
        try:
            raw = resources.files("tracker.lexicons").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
        except FileNotFoundError:
            return Model()
    data = json.loads(raw)
    return Model(data.get("weights"), data.get("conj"))


# --- helpers ---------------------------------------------------------------------------

_PUNCT = recache.compile(r"[,;:()]")
#: between a country and the figure listed with it: "India (37%)", "Japan - $131.3 billion"
_LISTED = recache.compile(r"\s*(?:\(\s*|[-:]\s+|,\s*)$")
#: a country in capitals opening a paragraph and followed by an agency or a dash: a dateline
_DATELINE = recache.compile(r"\s*(?:,[^.\n]{0,40})?\s*(?:\([^)]{1,40}\)\s*)?[-:]")


#: the last two words before a phrase (letters, with nothing but punctuation and spaces after
#: them), matched on the reversed window: `([^\W\d_]+)[^\w]*(?:([^\W\d_]+)[^\w]*)?$` searched
#: forwards finds the same words, but tries every start in the window
_WORDS_BEFORE_REV = recache.compile(r"[^\w]*([^\W\d_]+)(?:[^\w]*([^\W\d_]+))?")
_WORD_AFTER = recache.compile(r"[^\w]*([^\W\d_]+)")


def _context_words(text: str, start: int, end: int, tag: str) -> list[str]:
    """The words right before and after a phrase, lower-cased, as features ("to", "from", "de",
    "с"...): which of them matter is learned from the gold, so no word is written here."""
    memo = lx.text_state(text)[1]  # the same phrase is read for each figure of its sentence
    key = ("context words", start, end, tag)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _read_context_words(text, start, end, tag)
    return got  # type: ignore[no-any-return]


def _read_context_words(text: str, start: int, end: int, tag: str) -> list[str]:
    out = []
    b = _WORDS_BEFORE_REV.match(text[max(0, start - 32):start][::-1])
    if b is not None:
        out.append(f"{tag}-1={b.group(1)[::-1].lower()}")  # the last word
        if b.group(2):
            out.append(f"{tag}-2={b.group(2)[::-1].lower()}")  # the one before it
    a = _WORD_AFTER.match(text, end, min(len(text), end + 24))
    if a is not None:
        out.append(f"{tag}+1={a.group(1).lower()}")
    return out


def _bucket(d: int) -> str:
    return "0" if d < 20 else "1" if d < 50 else "2" if d < 120 else "3"


def _coarse_flow(f: cx.Frame, s: Scope) -> str:
    ind = f.indicator
    if ind == "bilateral_trade":
        return "bil"
    if ind == "trade_balance":
        bal = cx._nearest(s.cues, s.m.start, s.m.end, s.sent.start, s.sent.end, {"balance"}, 1.0)
        return "bal-" if cx.balance_deficit(bal, s.m, s.text, s.g.lang) else "bal+"
    if ind in ("exports", "imports") and f.measure != "share":
        return "imp" if ind == "imports" else "exp"
    flow = cx._nearest(s.cues, s.m.start, s.m.end, s.lo, s.hi, {"indicator"}, 1.0, 3.0, s.text)
    if flow is not None and flow.value not in ("exports", "imports"):
        # ("Brussels has purchased €94.9 billion worth of energy, totaling 177.9 million tons": the
        # goods word is nearer, the buying verb says the side)
        flow = cx._nearest([c for c in s.cues if c.kind == "indicator" and c.value in ("exports", "imports")],
                           s.m.start, s.m.end, s.lo, s.hi, {"indicator"}, 1.0, 3.0, s.text) or flow
    if flow is not None and flow.value in ("exports", "imports"):
        return "imp" if flow.value == "imports" else "exp"
    # a verb says which side the flow is seen from: "bought", "shipped" (a flow noun is no verb)
    nouns = [(c.start, c.end) for c in s.cues if c.kind == "indicator"]
    verbs = [c for c in s.cues if c.kind in ("buyer", "seller") and not any(a <= c.start < b for a, b in nouns)]
    verb = cx._nearest(verbs, s.m.start, s.m.end, s.lo, s.hi, {"buyer", "seller"}, 1.0, 1.5, s.text)
    if verb is not None:
        return "imp" if verb.kind == "buyer" else "exp"
    return "imp" if ind == "imports" else "exp"


def _gran(label: str) -> str:
    if not label:
        return "none"
    if "/" in label:
        return "span"
    if len(label) == 4:
        return "Y"
    part = label[5:]
    return "Q" if part.startswith("Q") else "H" if part.startswith("H") else "D" if len(label) > 7 else "M"


# --- partners ----------------------------------------------------------------------------

def _mention_feats(c: cx.Cue, s: Scope, where: str, cues: list[cx.Cue]) -> tuple[int, list[str]]:
    """(rank, features) of one country mention; a lower rank is a closer, likelier mention."""
    m, text, g = s.m, s.text, s.g
    if where != "se":
        side, d, between = "x", (m.start - c.end if c.end <= m.start else c.start - m.end), False
    elif c.end <= m.start:
        side, d = "b", m.start - c.end
        between = any(c.end <= x.start and x.end <= m.start for x in s.figures if x is not m)
    else:
        side, d = "a", c.start - m.end
        between = any(m.end <= x.start and x.end <= c.start for x in s.figures if x is not m)
    loc = where
    if where == "se" and s.lo <= c.start < s.hi:
        loc = "cl"
    role = cx._role(c, text, cues, g)
    if cx._is_noise(c, text, g):
        role = "noise"
    elif where == "se" and side == "b" and cx._in_aside(c, text, m, s.lo, g):
        role = "aside"
    if where == "se" and side == "b" and not between and (
            m.start - c.end <= 6 and _LISTED.match(text[c.end:m.start]) or _opens_paren(c, m, text)):
        role = "list:" + role
    elif where == "se" and c.text.isupper() and len(c.text) > 3 and c.start <= s.sent.start + 2 \
            and _DATELINE.match(text, c.end):
        role = "dateline"
    b = _bucket(d) if where == "se" else "x"
    feats = [f"loc={loc}", f"role={role}", f"{loc}|{role}", f"d={b}{side}", f"{loc}|{side}|{role}"]
    if where == "se":
        feats += _context_words(text, c.start, c.end, "w")
        # other countries named between this one and the figure: in a list of suppliers with
        # their figures, the figure's own country is the nearest one
        lo, hi = (c.end, m.start) if side == "b" else (m.end, c.start)
        n = sum(1 for x in cues if x.kind == "country" and x.value != c.value and x.value != "WLD"
                and lo <= x.start and x.end <= hi)
        feats += [f"cb={min(n, 2)}{side}", f"cb={min(n, 2)}{side}|{role}"]
    if between:
        feats.append("sep")
        feats.append(f"sep|{role}")
    if where == "se" and side == "a" and g.part_of_whole is not None \
            and g.part_of_whole.search(text, m.end, c.start) is not None:
        feats += ["part", f"part|{role}"]  # named after "including", « dont »: a part's partner, not the whole's
    if where == "se" and len(s.figures) > 1:
        # another figure of the sentence stands nearer the name: in a list of partners with
        # their figures ("from China down 23%, Belarus: down 11%") the name is that figure's
        near = min(s.figures, key=lambda x: x.start - c.end if c.end <= x.start else c.start - x.end
                   if x.end <= c.start else 0)
        if near is not m:
            feats += ["near:other", f"near:other|{role}"]
    if where == "se":
        # how the name stands to the figure's flow word and to a share word: "Chinese exports",
        # "exports to China", "Russia's share of India's imports"
        fl, sh = s.flow, s.share
        if fl is not None:
            if c.end <= fl.start:
                rel = "pre" if fl.start - c.end <= 3 else "before"
            else:
                rel = "post" if c.start - fl.end <= 14 and not _PUNCT.search(text, fl.end, c.start) else "after"
            feats += [f"flowrel={rel}", f"flowrel={rel}|{role}", f"flowrel={rel}|m={s.measure}"]
        # the subject of a selling or buying verb right after it: "l'UE a exporté 34 Mt", "China
        # imported 5 Mt" (the seller or the buyer, whatever the article's own pair)
        vb = next((o for o in cues if o.kind in ("seller", "buyer") and 0 <= o.start - c.end <= VERB_REACH), None)
        if vb is not None and not _PUNCT.search(text, c.end, vb.start) \
                and not any(x.kind == "country" and c.end <= x.start < vb.start for x in cues):
            feats += [f"verb={vb.kind}", f"verb={vb.kind}|{role}"]
        # a supplier or customer noun before the name in its sentence: a list's header ("Other
        # importers were: Tajikistan - 84.5 kt", « principaux clients : la Tunisie (1,4 Md$) »)
        hdr = next((o for o in reversed(cues) if o.kind == "supplier" and o.end <= c.start), None)
        if hdr is not None:
            feats += [f"hdr={hdr.value}", f"hdr={hdr.value}|{role}"]
        if role.startswith("list"):
            # a listed name after a buying or selling verb ("the countries that imported the most
            # Cameroonian cocoa are the Netherlands (62.3%), China (9.8%)")
            vb_before = next((o for o in reversed(cues) if o.kind in ("seller", "buyer") and o.end <= c.start), None)
            if vb_before is not None:
                feats.append(f"hdrv={vb_before.kind}|{role}")
        if sh is not None:
            if c.end <= sh.start and sh.start - c.end <= 3:
                feats += ["sharerel=pre", f"sharerel=pre|{role}"]
            elif c.start >= sh.end and c.start - sh.end <= 16:
                feats += ["sharerel=post", f"sharerel=post|{role}"]
    rank = (0 if loc == "cl" else 1 if loc == "se" else 2) * 10000 + (5000 if between else 0) + d
    return rank, feats


#: how far after a country a selling or buying verb may stand to have it as its subject ("a exporté",
#: "has imported", «экспортировала»)
VERB_REACH = 16


def _opens_paren(c: cx.Cue, m: Mention, text: str) -> bool:
    """The figure sits in a parenthesis opened right after the name: "l'Irak (environ 25,42 Mt"."""
    k = text.rfind("(", c.end, m.start)
    return k >= 0 and k - c.end <= 2 and ")" not in text[k:m.start] and m.start - k <= 40


def _code_feats(s: Scope) -> tuple[dict[str, list[str]], dict[str, tuple[str, str]], str]:
    """Features of every code the figure may be about (before the slot is known); where each
    code was named and in which role ("?" when it has none); what the clause says of the
    figure's parties (`ctx`)."""
    best: dict[str, tuple[int, list[str]]] = {}
    roles_seen: dict[str, set[str]] = {}

    def add(code: str, rank: int, feats: list[str]) -> None:
        if code not in best or rank < best[code][0]:
            best[code] = (rank, feats)

    # (a partner named by a noun the flow goes to or comes from, "to the Gulf state", is the
    # article's country the sentence does not name, as the rules read it)
    noun = cx.directed_noun(s.text, s.lo, s.hi, s.g)
    cues = cx.with_directed_noun(s.cues, s.text, s.lo, noun, s.art) \
        if noun is not None and len(s.art.pair) == 2 and "WLD" not in s.art.pair else s.cues
    for c in cues:
        if c.kind != "country" or c.value == "WLD":
            continue
        rank, feats = _mention_feats(c, s, "se", cues)
        add(c.value, rank, feats)
        roles_seen.setdefault(c.value, set()).add(feats[1])
    if s.prev_cues:
        for c in s.prev_cues:
            if c.kind == "country" and c.value != "WLD":
                rank, feats = _mention_feats(c, s, "pv", s.prev_cues)
                add(c.value, 30000 + rank, feats)
    out: dict[str, list[str]] = {code: list(v[1]) for code, v in best.items()}
    where: dict[str, tuple[str, str]] = {code: (v[1][0][4:], v[1][1][5:]) for code, v in best.items()}
    for code, (src, _) in where.items():
        out[code].append("src=" + src)
    for code, roles in roles_seen.items():
        out[code] += [f"has:{r}" for r in sorted(roles)]
        if len(roles) > 1:
            out[code].append("multi")
    for k, code in enumerate(s.art.pair[:2]):
        out.setdefault(code, ["loc=art", "src=art"]).append(f"pair{k}")
        where.setdefault(code, ("art", "?"))
        if s.art.seen.get(code, [1 << 62])[0] > s.m.start:
            out[code].append("unseen")  # the article names it only further on
    for code in s.art.title_codes:
        out.setdefault(code, ["loc=art", "src=art"]).append("title")
        where.setdefault(code, ("art", "?"))
    if s.art.owner:  # the country whose own flows the article reports
        out.setdefault(s.art.owner, ["loc=art", "src=art"]).append("owner")
        where.setdefault(s.art.owner, ("art", "?"))
    if s.art.lead_owner:  # the owner of a flow its title or first sentence names
        out.setdefault(s.art.lead_owner, ["loc=art", "src=art"]).append("leadown")
        where.setdefault(s.art.lead_owner, ("art", "?"))
    if s.art.outlet:  # the outlet's country (its address's domain)
        out.setdefault(s.art.outlet, ["loc=art", "src=art"]).append("tld")
        where.setdefault(s.art.outlet, ("art", "?"))
    if s.art.money_home:  # the country whose money the article's amounts are in
        out.setdefault(s.art.money_home, ["loc=art", "src=art"]).append("mhome")
        where.setdefault(s.art.money_home, ("art", "?"))
    home = lx.currency_home(s.m.unit)
    if home:  # the country whose own money the figure is in: often the reporter ("SR15.6 billion")
        out.setdefault(home, ["loc=art", "src=art"]).append("ccy")
        where.setdefault(home, ("art", "?"))
    if s.prev is not None:
        for code in (s.prev.exporter, s.prev.importer):
            if code and code != "WLD":
                out.setdefault(code, ["loc=prevfig", "src=prevfig"])
                where.setdefault(code, ("prevfig", "?"))
    for code, feats in out.items():
        if where[code][0] not in ("cl", "se"):
            feats.append("rec=" + _recency(s.art.seen.get(code, ()), s.sent.start))
    # the country the figure is listed with ("Chile (19%)", "Uganda and Kenya ... 49.9 and 30.3
    # per cent, respectively": the k-th name with the k-th figure), whichever side the rules gave it
    party = cx._listed_party(s.m, s.cues, s.text, s.figures, s.g)
    if party is not None and party[0].value in out and party[0].value != "WLD":
        out[party[0].value] += ["party", f"party|{party[1]}"]
    world_cl = any(c.kind == "world" and s.lo <= c.start < s.hi for c in s.cues)
    world_se = any(c.kind == "world" for c in s.cues)
    # a world word on the figure's own flow word: "India's total crude oil imports", "exports
    # to all destinations" (of a share, the whole a part is of: "35% of total imports")
    fl = s.flow
    wflow = "no"
    if fl is not None and world_se:
        for c in s.cues:
            if c.kind == "world" and 0 <= fl.start - c.end <= WORLD_FLOW_REACH:
                wflow = "b"
            elif c.kind == "world" and 0 <= c.start - fl.end <= WORLD_FLOW_REACH and wflow == "no":
                wflow = "a"
    out["WLD"] = ["loc=wld", "wld", "src=wld",
                  "wcue=cl" if world_cl else "wcue=se" if world_se else "wcue=no",
                  f"wflow={wflow}|m={s.measure}"]
    if wflow != "no":
        # (and whether the clause names a country: "China took 20% of Kenya's total imports" is
        # a partner's share, "Chips made up 61 percent of overall exports" the reporter's with
        # the world)
        named_cl = any(w[0] == "cl" for code, w in where.items() if code != "WLD")
        out["WLD"].append(f"wflow={wflow}|m={s.measure}|{'cl' if named_cl else 'nocl'}")
    # a partner named by a noun in the clause ("to the Gulf state", « vers le pays voisin »): one of
    # the article's countries, not the world
    if noun is not None:
        out["WLD"].append("peri:wld")
        for code in s.art.pair[:2]:
            if code in out and code != "WLD":
                out[code].append("peri")
    where["WLD"] = ("wld", "?")
    # what the clause says of the figure's parties, whichever code is weighed: a partner
    # named (to, from, with, listed), an owner only (a possessor, demonym or subject), nothing
    roles = [v[1][1][5:] for code, v in best.items() if v[1][0] == "loc=cl"]
    partner = any(r.split(":")[-1] in ("to", "from", "with") or r.startswith("list") for r in roles)
    owner = any(r in ("poss", "adj", "subj") for r in roles)
    ctx = f"{'P' if partner else '-'}{'O' if owner else '-'}{'W' if world_cl else '-'}"
    for code, feats in out.items():
        src = "src=" + where[code][0]
        feats.append(f"{src}|ctx={ctx}")
        if s.prev is not None and code in (s.prev.exporter, s.prev.importer):
            feats.append(f"{src}|prev|ctx={ctx}")
    return out, where, ctx


#: how near the flow word a world word stands to be its own ("total crude oil imports")
WORLD_FLOW_REACH = 16


def _recency(at: list[int] | tuple[()], here: int) -> str:
    """How long ago, before the sentence at `here`, the article last named a country (its title
    and lead and the sentences of its figures): "none" never before, "title" in its title only."""
    k = bisect.bisect_left(at, here)
    if k == 0:
        return "none"
    d = here - at[k - 1]
    return "title" if at[k - 1] < 0 else "400" if d < 400 else "1500" if d < 1500 else "far"


def _side(code: str, a: str, b: str, bil: bool) -> str:
    """Where a country stands in a candidate pair: "B" one of a two-way pair's, "E" the exporter,
    "I" the importer, "-" neither."""
    if bil:
        return "B" if code in (a, b) else "-"
    return "E" if a == code else "I" if b == code else "-"


#: how many of the article's last figures the majority side is read from (a bound: time stays
#: linear in the article's length)
MAJORITY_REACH = 30


def _majority_sides(history: list[cx.Frame], fam: str) -> tuple[str, str]:
    """(exporter, importer) each held by at least two thirds, and three at least, of the
    article's last earlier figures of one flow family ("" for a side that varies)."""
    frames = [h for h in history[-MAJORITY_REACH:] if FAMILIES.get(h.indicator, "dir") == fam]
    if len(frames) < 3:
        return "", ""
    out = []
    for side in ("exporter", "importer"):
        vals = [getattr(h, side) for h in frames if getattr(h, side)]
        top = max(set(vals), key=vals.count) if vals else ""
        out.append(top if top and 3 * vals.count(top) >= 2 * len(frames) else "")
    return out[0], out[1]


def partner_candidates(f: cx.Frame, s: Scope) -> list[Candidate]:
    """Every (exporter, importer) the figure may state, the rules' pair among them."""
    codes, where, ctx = _code_feats(s)
    ft = _coarse_flow(f, s)
    bil = ft == "bil"
    rule = (f.exporter, f.importer)
    prev = (s.prev.exporter, s.prev.importer) if s.prev is not None else ("", "")
    for code in rule:
        if code and code not in codes:
            codes[code] = ["loc=rule"]
    # the sides of the article's last figure of this flow family, however far back ("The US was
    # the largest recipient, taking 248,000t" two sentences after Morocco's exports)
    fam = FAMILIES.get(f.indicator, "dir")
    last = next((h for h in reversed(s.history[-MAJORITY_REACH:])
                 if FAMILIES.get(h.indicator, "dir") == fam and (h.exporter or h.importer)), None)
    lst = (last.exporter, last.importer) if last is not None else ("", "")
    for code in lst:
        if code and code not in codes:
            codes[code] = ["loc=last", "src=last", "rec=" + _recency(s.art.seen.get(code, ()), s.sent.start)]
            where.setdefault(code, ("last", "?"))
    # keep the likeliest few codes: the sentence's, the rules', the article's, the world
    keys = list(codes)
    if len(keys) > 9:
        pri = {k: (0 if k in rule else 1 if any(x.startswith("loc=cl") for x in codes[k]) else
                   2 if any(x.startswith("loc=se") for x in codes[k]) or k in (s.art.owner, s.art.lead_owner) or k in lst
                   else 3) for k in keys}
        keys = sorted(keys, key=lambda k: pri[k])[:9]
    slot_feats: dict[tuple[str, str], list[str]] = {}
    for code in keys:
        base = codes[code]
        for slot in (("B",) if bil else ("E", "I")):
            fs = [f"{slot}:{x}" for x in base] + [f"{slot}:{x}|{ft}" for x in base]
            same, other = (rule[0], rule[1]) if slot in ("E", "B") else (rule[1], rule[0])
            if code == same or (bil and code in rule):
                fs.append(f"{slot}:rule_same")
            elif code == other:
                fs.append(f"{slot}:rule_other")
            lsame, lother = (lst[0], lst[1]) if slot in ("E", "B") else (lst[1], lst[0])
            if code and code == lsame or (bil and code and code in lst):
                fs.append(f"{slot}:last_same")
            elif code and code == lother:
                fs.append(f"{slot}:last_other")
            psame, pother = (prev[0], prev[1]) if slot in ("E", "B") else (prev[1], prev[0])
            if code and code == psame or (bil and code in prev):
                fs.append(f"{slot}:prev_same")
            elif code and code == pother:
                fs.append(f"{slot}:prev_other")
            slot_feats[(slot, code)] = fs
    art_pair = set(s.art.pair[:2])
    owner = s.art.owner
    home = lx.currency_home(s.m.unit)
    # which side the owner took in the article's figures so far: its lists are of that flow
    ne, ni = s.art.sides.get(owner, (0, 0)) if owner else (0, 0)
    owner_way = "E" if ne > ni else "I" if ni > ne else "-"
    # how big the figure is against the article's earlier levels of the same unit: a total far
    # above the pair's figures is the world's ("exports rose to $683.8 billion" after $130 billion to China)
    size = float(s.m.value) if f.measure == "level" and s.m.unit not in ("percent", "pp") else 0.0
    pair_max: dict[tuple[str, str], float] = {}
    cty_max = 0.0
    if size > 0:
        for h in s.history:
            if h.amount_unit == s.m.unit and h.measure == "level" and h.amount > 0 and h.exporter and h.importer:
                k = tuple(sorted((h.exporter, h.importer))) if bil else (h.exporter, h.importer)
                pair_max[k] = max(pair_max.get(k, 0.0), h.amount)  # type: ignore[index]
                if "WLD" not in k:
                    cty_max = max(cty_max, h.amount)

    def _ratio(r: float) -> str:
        return "lt5" if r < 0.2 else "gt5" if r > 5 else "gt2" if r > 2 else "near"
    big = _ratio(size / cty_max) if size > 0 and cty_max > 0 else ""
    # the level's size in dollars, to an order of magnitude: past $500 billion few pairs trade
    rate = lx.rough_usd().get(s.m.unit) if size > 0 else None
    usd = math.log10(size * rate) if rate else 0.0
    usd_b = "" if not rate else "lt9" if usd < 9 else "9" if usd < 10 else "10" if usd < 11 else "11" if usd < 11.7 else "big"
    energy = f.indicator == "energy_deliveries"
    sellers = lx.energy_exporters()
    goods = lx.goods_exporters(f.commodity) if f.commodity in ("agri", "cars") else frozenset()
    surplus, deficit = lx.balance_sides("surplus"), lx.balance_sides("deficit")
    # does the clause name its own flow ("Exports rose 6.6%": often the reporter's total), and is
    # the previous figure of the same sentence ("..., up 5%": the same flow)
    own_flow = any(c.kind == "indicator" and s.lo <= c.start < s.hi for c in s.cues)
    rule_src = _partners_source(f.why.get("partners", ""))
    same_sent = s.prev is not None and s.prev.sentence_start == s.sent.start
    cont = f"{'F' if own_flow else '-'}{'S' if same_sent else '-'}"
    # the flow word owned by a determiner or a periphrasis, no name ("ses exportations", "its
    # exports", "exports of the country"): the article's country's own flow, often with the world
    fl = s.flow
    det = fl is not None and s.lo <= fl.start < s.hi and cx.owned_unnamed(s.text, s.lo, fl.start, fl.end, s.g)
    # the side most of the article's earlier figures of this flow family kept (the importer of a
    # story on one country's crude imports, whatever supplier each sentence names)
    maj_e, maj_i = _majority_sides(s.history, FAMILIES.get(f.indicator, "dir"))
    out: list[Candidate] = []
    for a in keys:
        for b in keys:
            if a == b or (bil and a > b):
                continue
            if bil:
                feats = slot_feats[("B", a)] + slot_feats[("B", b)]
                val = (a, b)
                is_rule = tuple(sorted(x for x in rule)) == val
                is_prev = tuple(sorted(prev)) == val
            else:
                feats = slot_feats[("E", a)] + slot_feats[("I", b)]
                val = (a, b)
                is_rule = rule == val
                is_prev = prev == val
            if not bil:  # where each side was named, together: "a possessor and a 'to' country"
                (sa, ra), (sb, rb) = where.get(a, ("?", "?")), where.get(b, ("?", "?"))
                feats += [f"PP:{sa}&{sb}", f"PP:{sa}&{sb}|{ctx}", f"PP:{sa}.{ra}&{sb}.{rb}"]
            if is_rule:
                feats += ["rule", f"rule|{rule_src}"] if rule_src else ["rule"]
            elif not bil and rule == (b, a):
                feats.append("P:rule_rev")
            if is_prev:
                feats += ["P:prev", f"P:prev|{cont}"]
            if last is not None and (tuple(sorted(lst)) == val if bil else lst == val):
                feats += ["P:last", f"P:last|{'prev' if last is s.prev else 'far'}|{ft}"]
            if s.art.lead_owner:  # where the owner its title or first sentence names stands
                feats.append(f"P:lead={_side(s.art.lead_owner, a, b, bil)}|{ft}")
            if {a, b} == art_pair:
                feats += ["P:artpair", f"P:artpair|foc={s.art.focus}"]
                if s.art.bilateral:
                    feats.append(f"P:artpair|bil_lead|{ft}")
            if owner:  # where the article's flow owner stands in the pair, if at all
                side = _side(owner, a, b, bil)
                feats += [f"P:own={side}|{ft}", f"P:own={side}|{ctx}", f"P:own={side}|way={owner_way}"]
            if s.art.outlet:  # where the outlet's country stands in the pair
                feats.append(f"P:tld={_side(s.art.outlet, a, b, bil)}|{ft}")
            if s.art.money_home:  # where the country of the article's money stands in the pair
                feats.append(f"P:mhome={_side(s.art.money_home, a, b, bil)}|{ft}")
            if home:  # where the country of the figure's money stands in the pair
                feats.append(f"P:ccy={_side(home, a, b, bil)}|{ft}")
            if a in lx.bloc_members(b) or b in lx.bloc_members(a):
                # a member and its own bloc ("imports from Germany" read against the EU the
                # article names): seldom the two sides of one flow
                feats.append(f"P:member|{ft}")
            if det:
                dk = f"P:det|{'wld' if 'WLD' in (a, b) else 'cty'}"
                feats += [dk, f"{dk}|{ctx}"]
            if "WLD" in (a, b):
                feats += [f"P:wld|{ft}", f"P:wld|{cont}", f"P:wld|foc={s.art.focus}|{ctx}"]
                if s.art.bilateral:  # after a lead on the pair's trade together
                    feats += [f"P:wld|bil_lead|{ft}", f"P:wld|bil_lead|{ctx}"]
            elif energy and not bil and (a in sellers) != (b in sellers):
                feats.append("P:enx=fwd" if a in sellers else "P:enx=rev")  # from or to an energy exporter
            elif goods and not bil and (a in goods) != (b in goods):
                feats.append("P:gx=fwd" if a in goods else "P:gx=rev")  # grain from Russia, cars from Japan
            if ft.startswith("bal") and "WLD" not in (a, b):
                # which side chronically holds the surplus: exporter = the surplus side
                feats += [f"P:bal|E{'s' if a in surplus else 'd' if a in deficit else '-'}"
                          f"I{'s' if b in surplus else 'd' if b in deficit else '-'}"]
            if maj_e:
                feats.append(f"P:majE={'y' if a == maj_e or bil and maj_e in (a, b) else 'n'}|{ft}")
            if maj_i:
                feats.append(f"P:majI={'y' if b == maj_i or bil and maj_i in (a, b) else 'n'}|{ft}")
            if usd_b:
                feats.append(f"P:usd={usd_b}|{'wld' if 'WLD' in (a, b) else 'cty'}")
            if big:
                feats.append(f"P:big={big}|{'wld' if 'WLD' in (a, b) else 'cty'}")
                seen = pair_max.get(val)
                if seen:
                    feats.append(f"P:vs_pair={_ratio(size / seen)}")
            out.append(Candidate(val, feats))
    if not any("rule" in c.feats for c in out):
        # (a side left empty on purpose: several countries named together for one figure)
        out.append(Candidate(rule, ["rule", "P:rule_partial"] + ([f"P:several|{ft}"] if f.several else [])))
    return out


# --- period --------------------------------------------------------------------------------

def period_candidates(f: cx.Frame, s: Scope) -> list[Candidate]:
    """Every period the figure may be of, the rules' own among them."""
    m, text, g = s.m, s.text, s.g
    mod = f.modality
    meas = f.measure
    future = mod != "actual"
    by_label: dict[str, list[str]] = {}

    def add(label: str, feats: list[str]) -> None:
        if label.startswith("<"):
            return
        got = by_label.setdefault(label, [])
        got.extend(feats)

    cues = cx._sentence_periods(s.sent, s.art.lang, s.art, future)
    others = [x for x in s.figures if x is not m]
    own = [c for c in cues if not any(x.start <= c.start < x.end for x in s.figures)
           and c.label and not c.label.startswith("<")]
    # the sentence's periods by distance to the figure (behind punctuation counts double)
    def reach(c: pr.PeriodCue) -> float:
        a, b = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
        return (b - a) * (2.0 if _PUNCT.search(text, a, b) else 1.0)
    order = {id(c): k for k, c in enumerate(sorted(own, key=reach))}
    in_clause = any(s.lo <= c.start and c.end <= s.hi for c in own)
    # where the period must come from when the sentence names none: what the source-level
    # candidates (previous figure, context, lead, publication year) are weighed against
    here = "cl" if in_clause else "se" if own else "no"
    for c in cues:
        if any(x.start <= c.start < x.end for x in s.figures) or cx._ranks_since(c, text, s.sent, g):
            continue  # (nor the scope of a ranking: "the lowest since 2010", "its first surplus in four months")
        if c.end <= m.start:
            side, d = "b", m.start - c.end
            punct = bool(_PUNCT.search(text, c.end, m.start))
            between = any(c.end <= x.start and x.end <= m.start for x in others)
        else:
            side, d = "a", c.start - m.end
            punct = bool(_PUNCT.search(text, m.end, c.start))
            between = any(m.end <= x.start and x.end <= c.start for x in others)
        nearer = any((abs(c.start - x.end) if c.start >= x.end else abs(x.start - c.end)) < d for x in others)
        loc = "cl" if s.lo <= c.start and c.end <= s.hi else "se"
        feats = [f"loc={loc}", f"kind={c.kind}", f"d={_bucket(d)}{side}", f"{loc}|{side}|{c.kind}",
                 f"punct={int(punct)}|{side}", f"gran={_gran(c.label)}|{meas}|{mod}"]
        feats += [f"{x}|{side}" for x in _context_words(text, c.start, c.end, "pw")]
        if between:
            feats.append("sep")
        if nearer:
            feats.append("nearer_other")
        if cx._search(g, "vs_before", text, max(0, c.start - 30), c.start):
            feats.append("vs_before")
            feats.append(f"vs_before|{meas}")
            if meas == "change" and c.kind in cx._DATED_KINDS and cx._DATED_LABEL.fullmatch(c.label):
                # "a decline of 11.79% as opposed to July 2022": the same month a year later
                add(pr.shift_year(c.label, 1), ["vs_next", f"vs_next|{side}|{mod}"])
        if side == "a" and cx.compared_after(c, m, text, g, s.cues):
            feats.append(f"vs_after|{meas}")  # "fell 6.7% compared to the volumes imported in 2018"
        if g.horizon_before is not None and g.horizon_before.search(text, max(0, c.start - 20), c.start):
            feats.append(f"horizon|{mod}")
        if side == "a" and g.year_word_gap is not None and g.year_word_gap.fullmatch(text, m.end, c.start):
            feats.append("glued_after")
        if c.kind == "since":
            feats.append(f"since|{meas}")
        rank = order.get(id(c))
        if rank is not None:
            feats += [f"rank={min(rank, 2)}", f"rank={min(rank, 2)}|{loc}|{side}", f"nper={min(len(own), 3)}"]
        add(c.label, feats)
    # the sentences before it in its paragraph, and the article's lead
    if s.index > 0:
        j, back = s.index - 1, 1
        para = s.sent.paragraph
        while j >= 0 and back <= 3 and s.sents[j].paragraph >= para - (1 if back == 1 else 0):
            for c in cx._sentence_periods(s.sents[j], s.art.lang, s.art, future):
                if cx._ranks_since(c, text, s.sents[j], g):
                    continue
                add(c.label, [f"loc=pv{back}", f"pv{back}|{c.kind}", f"gran={_gran(c.label)}|{meas}|{mod}|pv",
                              f"pv{back}|here={here}"])
            j -= 1
            back += 1
        for j in range(min(2, s.index)):
            for c in cx._sentence_periods(s.sents[j], s.art.lang, s.art, future):
                add(c.label, ["lead", f"lead|{c.kind}", f"lead|here={here}"])
    # a relative period ("a year earlier", "the same period", "a month ago") against each base
    bases = {"prevfig": s.prev.period if s.prev is not None else "", "ctx": s.context_period}
    for c in cues:
        if meas == "change" and c.label.startswith("<same:") and cx._search(g, "vs_before", text, max(0, c.start - 30), c.start):
            continue  # "up 71.3% compared with the same period of 2023": what the change is measured against
        if c.label in ("<-1y>", "<-1Y>", "<+1Y>", "<-1m>", "<-1q>", "<same>", "<year>") or c.label.startswith("<same:") \
                or pr.years_apart(c.label):
            for c2 in cues:
                if c2.label and not c2.label.startswith("<"):
                    bases.setdefault("sent", c2.label)
            for src, base in bases.items():
                if not base:
                    continue
                rel = "<same:y>" if c.label.startswith("<same:") else c.label
                lab = pr.relative_to(c.label, base)
                d = m.start - c.end if c.end <= m.start else c.start - m.end
                if lab:
                    # (and whether the relative words stand in the figure's clause, and what else
                    # the sentence dates: "Last year, in the same period, 15.13 million barrels")
                    rloc = "cl" if s.lo <= c.start and c.end <= s.hi else "se"
                    add(lab, [f"rel={rel}|{src}", f"rel={rel}|d={_bucket(d)}", f"rel|{rloc}|here={here}",
                              f"rel={rel}|{rloc}|{meas}"])
                if c.label == "<same>":
                    # "During the same period, ... from $23.6 billion in 2017 to $26.8 billion": the
                    # months just spoken of, in a year the sentence names apart
                    for c2 in cues:
                        if c2.kind == "year" and c2.label and c2.label != base[:4]:
                            lab = pr.relative_to(f"<same:{c2.label}>", base)
                            d2 = m.start - c2.end if c2.end <= m.start else c2.start - m.end
                            if lab:
                                add(lab, [f"samey|{src}", f"samey|d={_bucket(d2)}", f"samey|{meas}"])
    if s.prev is not None and s.prev.period:
        same = s.prev.sentence_start == s.sent.start
        add(s.prev.period, [f"prevfig|{int(same)}", f"prevfig|{s.prev.modality}|{mod}", f"prevfig|here={here}"])
    if s.context_period:
        add(s.context_period, ["ctx", f"ctx|here={here}"])
    if s.topic_period:
        add(s.topic_period, ["topic", f"topic|here={here}"])
    if s.art.pub is not None:
        add(str(s.art.pub.year), ["pubyear", f"pubyear|here={here}|{mod}"])
    add("", [f"none|{mod}|{meas}", f"none|here={here}"])
    rule_src = _period_source(f.why.get("period", ""))
    by_label.setdefault(f.period, []).extend(["rule", f"rule|{rule_src}"])
    out = []
    latest = _latest_known(s.art)
    for label, feats in by_label.items():
        feats.append(f"gran={_gran(label)}")
        if latest is not None and label and (start := pr.bounds(label)[0]) is not None and start > latest:
            feats.append(f"future|{mod}")  # "50% of imports" is no figure of 2030, a goal's horizon
        out.append(Candidate(label, feats))
    return out


def _latest_known(art: cx.ArticleContext) -> date | None:
    """The last day the article can report figures of: the end of its publication's month (or
    year, when only the year is known)."""
    pub = art.pub
    if pub is None:
        return None
    label = str(pub.year) if art.precision == "year" else pub.isoformat() if art.precision == "day" else pub.isoformat()[:7]
    return pr.bounds(label)[1]


#: the rules' partner sources that are evidence of the figure's own clause or sentence, each a
#: feature of its own (a pair carried from the figure before or the article is read by the
#: scorer's own features already: `P:prev`, `loc=pv`, `P:artpair`)
_EVIDENCE_SOURCES = frozenset({"clause+none", "sentence+world", "article_pair_word+none"})


def _partners_source(why: str) -> str:
    """How the rules found their pair, as a feature: a supplier or customer noun ("trader"), a
    whole of the flow named in the clause ("whole"), "the other way" after the figure
    ("reverse"), the clause's or sentence's own roles; "" for a pair carried from elsewhere."""
    if calibration._PARTNERS_TRADER.fullmatch(why):
        return "trader"
    if why.endswith("the clause names a whole"):
        return "whole"  # "Chips made up 61 percent of overall exports", after a pair's figure
    if why.endswith("the world's own flow"):
        return "worldflow"  # "global LNG imports rose 8.3%": the world on both sides
    if why.endswith(cx._GAPPED_WHY):
        return "gapped"  # "l'UE a exporté 34 Mt, le Canada 23,5 Mt": the country in its place in the figure before
    if "ranked after" in why:
        return "ranked"  # "..., suivie par l'Italie (3,31 milliards)": in the ranked country's place in the figure before
    if "the country the figure is listed with" in why:
        return "listed"  # « 44 % ... de Russie, contre 38 % du Qatar »: the name the figure is set against
    if why.endswith("the reverse of the figure before it"):
        return "reverse"  # « et 8,55 milliards dans le sens inverse »: the figure before's pair, turned
    src = f"{calibration._source('partners', why)}+{calibration._partners_fill(why)}"
    return src if src in _EVIDENCE_SOURCES else ""


def _period_source(why: str) -> str:
    for key, name in (("in the clause", "clause"), ("respectively", "resp"), ("when-clause", "when"),
                      ("horizon", "horizon"), ("shared with", "shared"), ("previous figure in the sentence", "prevsent"),
                      ("in the sentence", "sentence"), ("a year before", "ybefore"), ("a month before", "mbefore"),
                      ("just spoken of in", "samein"),
                      ("just spoken of", "anaphora"), ("from the previous figure", "prevfig"),
                      ("article last spoke", "context"), ("a year after their baseline", "ybase"), ("after its baseline", "afterbase"), ("no period", "none")):
        if key in why:
            return name
    return "other"


# --- measure ----------------------------------------------------------------------------------

def measure_candidates(f: cx.Frame, s: Scope) -> list[Candidate]:
    m, text, g = s.m, s.text, s.g
    unit = m.unit
    kind = "pct" if unit == "percent" else "pp" if unit == "pp" else "money" if len(unit) == 3 and unit.isupper() else "phys"
    # (a multiple, "tripled", « multiplié par 5 », «в 1,5 раза», is a change, never a share)
    # (nor is a growth index read as its rise above 100: "108,3% к уровню 2017-го" is +8.3%)
    allowed = ("change",) if kind == "pp" or m.rule.startswith("multiple.") or m.rule == "percent.index" \
        else ("change", "share") if kind == "pct" else ("level", "change")
    if f.measure != "change" and kind != "pp" and any(m is a for a, _ in cx._moves(s.figures, text, g.lang)):
        # the level a move starts from (« est tombée de 40 % en 2021 à 8 % en 2023 »): no change,
        # whatever « de » before it says elsewhere
        allowed = (f.measure,)
    base = [f"unit={kind}", f"rule={f.measure}|{kind}", f"hint={m.measure_hint or 'none'}", f"rule_why={'measure' in f.why}"]
    share = [c for c in s.cues if c.kind == "share" and s.lo <= c.start < s.hi]
    for c in share:
        d = c.start - m.end if c.start >= m.end else m.start - c.end
        base.append(f"sharecue={_bucket(d)}{'a' if c.start >= m.end else 'b'}")
    signs = [c for c in s.cues if c.kind == "sign" and s.lo <= c.start < s.hi]
    for c in signs:
        d = c.start - m.end if c.start >= m.end else m.start - c.end
        base.append(f"signcue={_bucket(d)}{'a' if c.start >= m.end else 'b'}")
    if m.explicit_sign:
        base.append("explicit_sign")
    # a rise or fall word right after the figure ("15% less gas", « 48 % de moins »), and a
    # change's "by" right before it ("grew by 7%", «рос на 7%», « en hausse de 3 % »)
    if g.sign_after is not None and g.sign_after.match(text, m.end):
        base.append("signafter")
    by_before = g.by_before is not None and bool(g.by_before.search(text, max(s.sent.start, m.start - 30), m.start))
    before = text[max(s.sent.start, m.start - 3):m.start]
    if "(" in before:
        base.append("paren_before")
    names = [c for c in s.cues if c.kind == "country" and c.end <= m.start and m.start - c.end <= 6
             and _LISTED.match(text[c.end:m.start])]
    if names:
        base.append("listed_country")
    if g.share_after_re is not None and g.share_after_re.match(text, m.end):
        base.append("of_after")
    if kind == "pct":
        # the sentence as a whole: a list of percentages with no rise or fall word anywhere is a
        # list of shares ("Other buyers included Russia 4.2 per cent, Yemen 3.5 per cent")
        base.append(f"signsent={'y' if any(c.kind == 'sign' for c in s.cues) else 'n'}"
                    f"|sharesent={'y' if any(c.kind == 'share' for c in s.cues) else 'n'}")
        # a percentage right behind a level ("(€663 billion, 3.7%)", « (8,3 Md€, 17,3 %) »)
        if any(x is not m and x.unit not in ("percent", "pp") and 0 <= m.start - x.end <= 3 for x in s.figures):
            base.append("after_level")
        if s.prev is not None and s.prev.sentence_start == s.sent.start:
            base.append(f"prevm={s.prev.measure}")
        # the level a move reaches ("fell to less than 10%", « ont chuté à moins de 10 % »)
        # (the lexicon's level words, not only to-words: "at 90.2 percent", «с 22% ... до 14%» are
        # levels as much as "to 10%"; an approximation word may stand between)
        if g.level_to_re is not None:
            end = m.start
            am = g.approx_end.search(text, max(s.sent.start, end - 30), end) if g.approx_end is not None else None
            if am is not None:
                end = am.start()
            if g.level_to_re.search(text, max(s.sent.start, end - 12), end):
                base.append("to_before")
                by_before = False  # (« ont chuté à moins de 10 % »: the approximation's « de », a level)
    if by_before:
        base.append("by_before")
    out = []
    for v in allowed:
        feats = [f"{v}:{x}" for x in base]
        if v == f.measure:
            feats.append("rule")
        out.append(Candidate(v, feats))
    if not any("rule" in c.feats for c in out):
        out.append(Candidate(f.measure, ["rule"]))
    return out


# --- commodity and flow --------------------------------------------------------------------------

ENERGY = cx.ENERGY


def _unit_kind(unit: str) -> str:
    if unit in ("percent", "pp"):
        return "pct"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return "phys:" + unit


def commodity_candidates(f: cx.Frame, s: Scope) -> list[Candidate]:
    """Every goods word in reach of the figure, everything ('all'), and the rules' own."""
    m, text, g = s.m, s.text, s.g
    uk = _unit_kind(m.unit)
    by: dict[str, list[str]] = {}

    def add(v: str, feats: list[str]) -> None:
        by.setdefault(v, []).extend(feats)

    fl = s.flow
    coms = [c for c in s.cues if c.kind == "commodity"]
    all_asides = [c for c in s.cues if c.kind == "aside"]
    # (an aside set off by a comma: ", dominated by crude oil,"; not "vend principalement du gaz")
    asides = [c for c in s.cues if c.kind == "aside" and s.lo <= c.start < s.hi and text[max(0, c.start - 3):c.start].rstrip().endswith(",")]

    def _closed_aside(c: cx.Cue) -> bool:  # goods of an aside closed by a comma before the figure
        return c.end <= m.start and "," in text[c.end:m.start] and any(0 <= c.start - x.end <= 60 for x in asides)
    in_cl = [c for c in coms if s.lo <= c.start < s.hi]
    # "Flows in the other direction, dominated by crude oil, barely moved at $129.32 billion": when
    # the clause's only goods are an aside's, closed before the figure, they are not the figure's
    aside_only = bool(in_cl) and all(_closed_aside(c) for c in in_cl)
    for c in coms:
        if aside_only and c in in_cl:
            continue
        if c.end <= m.start:
            side, d = "b", m.start - c.end
            between = any(c.end <= x.start and x.end <= m.start for x in s.figures if x is not m)
        else:
            side, d = "a", c.start - m.end
            between = any(m.end <= x.start and x.end <= c.start for x in s.figures if x is not m)
        loc = "cl" if s.lo <= c.start < s.hi else "se"
        feats = [f"c:loc={loc}", f"c:d={_bucket(d)}{side}", f"c:{loc}|{side}|{_bucket(d)}", f"c:unit={uk}"]
        feats += ["c:" + x for x in _context_words(text, c.start, c.end, "w")]
        if between:
            feats.append("c:sep")
        if any(0 <= c.start - x.end <= 60 for x in all_asides):
            feats.append("c:aside")  # "imports, mostly oil and gas, rose 13%": an aside's goods
        glued = (side == "b" and (m.start - c.end <= 2 or g.of_glue.match(text, c.end, m.start))) or \
            (side == "a" and bool(g.of_glue.match(text, m.end, c.start)))
        if glued:
            feats.append("c:glued")
        if side == "b" and _opens_paren(c, m, text):
            feats.append("c:head")
        if fl is not None and 0 <= c.start - fl.end <= 14:
            feats.append("c:after_flow")
        if fl is not None and 0 <= fl.start - c.end <= 3:
            feats.append("c:before_flow")
        add(c.value, feats)
    # two goods named together make a combined one ("gaz et pétrole": oil_gas; lexicon commodity_pairs)
    in_clause = {c.value for c in coms if s.lo <= c.start < s.hi}
    for a_, b_, both in g.lex.get("commodity_pairs") or []:
        if a_ in in_clause and b_ in in_clause:  # as close as the nearer of its two parts, and combined
            add(both, sorted(set(by.get(a_, []) + by.get(b_, []))) + ["c:combo"])
    if s.prev_cues:
        for c in s.prev_cues:
            if c.kind == "commodity":
                add(c.value, ["c:loc=pv"])
    if s.prev is not None and s.prev.commodity:
        same = s.prev.sentence_start == s.sent.start
        add(s.prev.commodity, [f"c:prevfig|{int(same)}"])
    unit_com = cx.UNIT_COMMODITY.get(m.unit)
    if unit_com:
        add(unit_com, [f"c:unitcom={m.unit}"])
    any_cl = any(s.lo <= c.start < s.hi for c in coms)
    art = s.art
    # (not when the clause names them only in its closed aside: "Flows in the other direction,
    # dominated by crude oil, barely moved at $129.32 billion" is all goods)
    if art.goods and not (aside_only and art.goods in {c.value for c in in_cl}):
        # the goods the article is about ("Canadian potash exports": "Exports rose 19pc")
        share = "all" if art.goods_share >= 10 else "most" if art.goods_share >= 6 else "some"
        add(art.goods, ["c:art", f"c:art|title={int(art.goods_title)}", f"c:art|share={share}",
                        f"c:art|unit={uk}", f"c:art|clause_goods={int(any_cl)}",
                        f"c:art|flow={fl.value if fl is not None else 'none'}"])
    add("all", ["c:all", f"c:all|clause_goods={int(any_cl)}", f"c:all|unit={uk}",
                f"c:all|flow={fl.value if fl is not None else 'none'}"])
    by.setdefault(f.commodity or "all", []).extend(["rule", "rule|" + calibration._source("commodity", f.why.get("commodity", ""))])
    return [Candidate(v, fs + [f"c:val={v}"]) for v, fs in by.items()]


#: a figure's flow family: the partners decide the direction, the goods whether it is energy
FAMILIES = {"bilateral_trade": "bil", "exports": "dir", "imports": "dir", "energy_deliveries": "dir",
            "trade_balance": "bal"}


def flow_candidates(f: cx.Frame, s: Scope) -> list[Candidate]:
    """Two-way trade, a one-way flow or a balance, with the flow words in reach of the figure."""
    m, text = s.m, s.text
    uk = _unit_kind(m.unit)
    base = [f"unit={uk}", f"meas={f.measure}"]
    inds = [c for c in s.cues if c.kind == "indicator"]
    near: dict[str, list[str]] = {"bil": [], "dir": [], "bal": []}
    seen: set[str] = set()
    for c in sorted(inds, key=lambda c: abs(c.start - m.start)):
        fam = FAMILIES.get(c.value, "dir")
        loc = "cl" if s.lo <= c.start < s.hi else "se"
        if c.end <= m.start:
            side, d = "b", m.start - c.end
            between = any(c.end <= x.start and x.end <= m.start for x in s.figures if x is not m)
        else:
            side, d = "a", c.start - m.end
            between = any(m.end <= x.start and x.end <= c.start for x in s.figures if x is not m)
        key = f"{fam}|{loc}|{side}"
        if key in seen:
            continue
        seen.add(key)
        near[fam] += [f"f:cue={loc}|{side}|{_bucket(d)}", f"f:cue={loc}|{side}"] + (["f:sep"] if between else [])
        if c.value in ("exports", "imports"):
            near[fam].append(f"f:word={c.value}|{loc}")
    # "imports and exports", "exportations et importations": both flows named together are the trade
    both = any(a.value == "exports" and b.value == "imports" or a.value == "imports" and b.value == "exports"
               for a in inds for b in inds if 0 < b.start - a.end <= 8 and s.lo <= a.start < s.hi)
    pair_word = any(c.kind == "pair" and s.lo <= c.start < s.hi for c in s.cues)
    # « La valeur des importations et des exportations ... respectivement de 12,3 % et de 10,9 % »:
    # both flows named, then "respectively": each figure is one of them
    # (next to the figure: not a balance further on, "..., ce qui a doublé l'excédent, passant de ...")
    resp = (both or any(FAMILIES.get(c.value) == "bil" and s.lo <= c.start < s.hi for c in inds)) \
        and any(c.kind == "respectively" and s.lo <= c.start < s.hi and -40 <= m.start - c.end <= 40
                for c in s.cues)
    bal_side = any(c.kind == "balance" and s.lo <= c.start < s.hi for c in s.cues)
    out = []
    for fam in ("bil", "dir", "bal"):
        feats = [f"{fam}:{x}" for x in base + near[fam]]
        if not near[fam]:
            feats.append(f"{fam}:nocue")
        if both:
            feats.append(f"{fam}:both")
        if pair_word:
            feats.append(f"{fam}:pairword")
        if resp:
            feats.append(f"{fam}:resp")
        if bal_side:
            feats.append(f"{fam}:balside")
        if s.prev is not None and FAMILIES.get(s.prev.indicator) == fam:
            feats.append(f"{fam}:prevfig|{int(s.prev.sentence_start == s.sent.start)}")
        if FAMILIES.get(f.indicator) == fam:
            feats += ["rule", "rule|" + calibration._source("indicator", f.why.get("indicator", ""))]
        out.append(Candidate(fam, feats))
    return out


def _indicator_of(fam: str, f: cx.Frame, s: Scope) -> str:
    """The indicator of a flow family for the figure's goods and direction words."""
    if fam == "bil":
        return "bilateral_trade"
    if fam == "bal":
        return "trade_balance"
    if f.commodity in ENERGY:
        return "energy_deliveries"
    return "imports" if _coarse_flow(cx.Frame(indicator=""), s) == "imp" else "exports"


# --- choosing ---------------------------------------------------------------------------------

def rechoose(f: cx.Frame, s: Scope, model: Model | None = None) -> cx.Frame:
    """The frame with partners, period and measure chosen among candidates by the scorer."""
    model = model or load_model()
    rec = RECORD
    s.flow = cx._nearest(s.cues, s.m.start, s.m.end, s.lo, s.hi, {"indicator"}, 1.0, 3.0, s.text)
    s.share = cx._nearest(s.cues, s.m.start, s.m.end, s.lo, s.hi, {"share"}, 1.0, 1.0, s.text)
    probs: dict[str, float] = {}
    for fld, gen in (("measure", measure_candidates), ("commodity", commodity_candidates), ("flow", flow_candidates),
                     ("partners", partner_candidates), ("period", period_candidates)):
        if fld == "partners" and not f.indicator:
            continue
        if f.twin and fld in ("flow", "partners"):
            continue  # one figure for two flows ("exports and imports each grew 8.3%"): the rules pair them
        s.measure = f.measure
        cands = gen(f, s)
        k, p = model.pick(fld, cands)
        probs[fld] = p
        chosen = cands[k]
        if rec is not None:
            rec.append({"doc": s.article_id, "start": s.m.start, "end": s.m.end, "field": fld,
                        "value": float(s.m.value), "unit": s.m.unit, "surface": s.m.surface,
                        "cands": [(c.value, c.feats) for c in cands], "chosen": k})
        if "rule" in chosen.feats:
            continue
        if fld == "partners":
            f.why["partners"] = (f"scored: {chosen.value[0]}->{chosen.value[1]} over the rules' "
                                 f"{f.exporter or '?'}->{f.importer or '?'}")
            f.exporter, f.importer = chosen.value
        elif fld == "period":
            old = f.period
            f.period = chosen.value
            f.why["period"] = f"scored: {chosen.value or 'none'} over the rules' {old or 'none'}"
        elif fld == "commodity":
            f.why["commodity"] = f"scored: {chosen.value} over the rules' {f.commodity or 'all'}"
            f.commodity = chosen.value
            if f.indicator == "energy_deliveries" and f.commodity not in ENERGY:
                f.indicator = "imports" if _coarse_flow(f, s) == "imp" else "exports"
            elif f.indicator in ("exports", "imports") and f.commodity in ENERGY:
                f.indicator = "energy_deliveries"
        elif fld == "flow":
            new_ind = _indicator_of(chosen.value, f, s)
            f.why["indicator"] = f"scored: {new_ind} over the rules' {f.indicator}"
            f.indicator = new_ind
        elif fld == "measure":
            f.why["measure"] = f"scored: {chosen.value} over the rules' {f.measure}"
            f.measure = chosen.value
            if f.measure != "change":
                f.basis = ""
                f.sign = 1
            else:
                f.basis = f.basis or "yoy"
                sign = cx._nearest(s.cues, s.m.start, s.m.end, max(s.lo, s.m.start - 80),
                                   min(s.hi, s.m.end + 30), {"sign"}, 1.0)
                f.sign = s.m.sign if s.m.explicit_sign else -1 if sign is not None and sign.value == "down" else 1
    # how crowded the figure's sentence is: the confidence weighs it (calibration.features)
    probs["n_figures"] = float(len(s.figures))
    probs["n_countries"] = float(len({c.value for c in s.cues if c.kind == "country"}))
    probs["n_periods"] = float(len({c.label for c in cx._sentence_periods(s.sent, s.art.lang, s.art, False)
                                   if c.label}))
    f.probs = probs
    return f

"""A row's confidence as a probability of being right, fitted on the team's gold.

`features(claim)` reads where each field of a claim came from (its `explanation`, written by
the engine in its own English, whatever the article's language) and maps it onto a few source
categories: the figure's own clause, its sentence, the previous figure, the sentence before,
the article's pair or period, a default, nothing. `calibrate(claim)` applies a logistic model
over those features, fitted by `bench/calibrate.py` and shipped as `lexicons/calibration.json`.

The model reads the hand-set `claim.confidence` as one of its features, so call `calibrate`
once, on the claim as `pipeline._claim` builds it, not on a row already calibrated.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from tracker import context as cx
from tracker import recache
from tracker.models import Claim

__all__ = ["features", "calibrate", "Model", "load_model", "remap", "PARAMS_FILE", "ORDERED", "SCORED"]

#: The fitted parameters, as package data beside the lexicons.
PARAMS_FILE = "calibration.json"

#: Fields whose reference source (the figure's own clause; for partners_fill, nothing filled in)
#: is fitted to weigh at least as much as any other value of the same field.
ORDERED = {"indicator": "clause", "commodity": "clause", "period": "clause", "partners": "clause",
           "partners_fill": "none"}

# The engine's own messages (tracker/context.py); quoted cue text may hold any word of any
# language, apostrophes included, so each message is matched on its fixed frame only.
_Q = r"'.*'"
_PERIOD_MONTH_AGAINST = recache.compile(r"'[^']*': \d{4}-\d{2} against \d{4}-\d{2}")
_PERIOD_CLAUSE = recache.compile(_Q + r"(?: in the clause|, the period its when-clause hangs on|, respectively"
                            r"|, the horizon of a goal or forecast)")
_PERIOD_SHARED = recache.compile(_Q + r", shared with the figure next to it")
_PERIOD_SENTENCE = recache.compile(_Q + r" in the sentence")
_PERIOD_RELATIVE = recache.compile(_Q + r"(?:: (?:a (?:year|month|quarter)|\d+ years) (?:before|after) .*|: .*, the period just spoken of in \d{4})")
_PERIOD_ANAPHORA = recache.compile(_Q + r": .*, the period just spoken of")
_PARTNERS_CLAUSE = recache.compile(r"(?:roles|named) in the clause")
_PARTNERS_SENTENCE = recache.compile(r"(?:roles|named) in the sentence")
_PARTNERS_PAIR = recache.compile(_Q + r" and the article's (?:pair|country)")
_PARTNERS_NAMED_PAIR = recache.compile(_Q + r" and " + _Q + r"(?:, the pair it is between| right before the figure \(a clause without its verb\))")
_PARTNERS_REVERSE = recache.compile(r"the reverse of the \w+ named in the sentence")
_PARTNERS_TRADER = recache.compile(_Q + r"(?:: .+ against .+|, the country the figure is listed with(?:, .*)?)")
_QUOTED = recache.compile(_Q)
_SIGN_AFTER = recache.compile(_Q + r" right after the figure")


#: Fields the choice scorer decides (tracker/choose.py), with the probability it gave its choice.
SCORED = ("partners", "period", "measure", "commodity", "flow")


_PERIOD_IN_YEAR = recache.compile(r"'[^']+' in '\d{4}': \S+")
_PARTNERS_RANKED_AFTER = recache.compile(r"'.+?' ranked after '.+?': in its place in the article's last figure.*")


@lru_cache(maxsize=8192)
def _source(field: str, why: str) -> str:
    """The category of one explanation message (kept: the figures of a run repeat their messages)."""
    why = why.replace("\n", " ")  # a phrase quoted from a hard-wrapped line
    if why.startswith("scored: "):
        return "scored"  # the choice scorer overruled the rules
    if field == "indicator":
        if why.endswith("in the sentence before"):
            return "prev_sentence"
        if why.endswith("in the clause"):
            return "clause"
        if why.endswith("in the sentence"):
            return "sentence"
        if why.startswith("from the previous figure"):
            return "prev_figure"
        if why.startswith("the reverse of the previous "):
            return "prev_figure"
        if why.startswith("the article's lead flow ("):
            return "prev_figure"  # a balance figure before it gave way to the article's flow
        if why.startswith("unit ") and why.endswith("of an energy flow"):
            return "default"
        if why.startswith("goods of every kind ("):
            return "clause"  # a goods noun in the clause turned a delivery into trade
        if why.endswith(("a supplier's figure", "a customer's figure")):
            return "sentence"  # a supplier or customer noun in the sentence, no flow word
        if ": the flow the article spoke of before (" in why:
            return "prev_figure"  # "этот показатель": the flow of the article's last figure
        return "other"
    if field == "commodity":
        if why.endswith("near the figure"):
            return "clause"
        if why.startswith("from the previous figure"):
            return "prev_figure"
        if why.endswith(")") and (" of the goods the article spoke of (" in why
                                  or why.startswith("tonnes of the goods the article weighed before (")):
            return "article"
        if why == "from the tonnage before it in the sentence":
            return "prev_figure"
        if ": goods counted in " in why:
            return "clause"  # "3.2 million bags": the goods of the figure's own unit
        if why.startswith("from unit"):
            return "default"
        if why.startswith("no commodity"):
            return "none"
        return "other"
    if field == "period":
        why = why.removesuffix("; the year so far, not over when the article appeared") \
            .removesuffix("; the year not over: the months its story gives").removesuffix(cx.AGO_OPENER) \
            .removesuffix(", counted in Iranian years (from about 21 March)")
        if _PERIOD_CLAUSE.fullmatch(why):
            return "clause"
        if _PERIOD_SHARED.fullmatch(why):
            return "clause_shared"
        if why.endswith(" of a move between two levels"):
            return "clause"  # a span's end, read in the clause
        if why.endswith("' right before its bracket"):
            return "clause"  # "par rapport à 2023 (3 573,7 milliards)": the period its bracket follows
        if ", the year after its baseline's " in why:
            return "clause"  # "(19 M€ contre 15,3 M€ en 2017)": read off the baseline beside it
        if why.endswith(": the month after it, a change from it"):
            return "clause"  # "fell 35.3% from December": the month after the one named
        if " behind a level compared with one of " in why or ", the baseline in brackets after the comparison: " in why:
            return "clause"  # a baseline's period read off the comparison in its clause
        if ", the months of the figure it is set against in " in why:
            return "clause"  # "from 9.71 million tons in 2023": the year named, narrowed to the months beside it
        if _PERIOD_MONTH_AGAINST.fullmatch(why):
            return "clause"  # "between May 2019 and May 2020": the later month, against the earlier
        if why in ("from the previous figure in the sentence", "from the change before the move in the sentence",
                   "the level's before the baseline in the sentence") \
                or why.endswith(", the period at the same end of the move before it in the sentence") \
                or why.endswith(", the level before the baseline next to it: a change from the baseline") \
                or why.endswith(", a year before the change's period: the level it moved from") \
                or why.endswith(", the level the change before it moved to, in brackets"):
            return "prev_figure_sentence"
        if why.endswith(" in the clause, a yearly average over it"):
            return "clause"
        if why.endswith("': the time of writing"):
            return "clause"  # "currently" in the clause: the year of publication
        if ": the same months a year after their baseline" in why or _PERIOD_IN_YEAR.fullmatch(why):
            return "clause"  # the months named, a year after the baseline; "'first six months' in '2017'"
        if why.startswith("from the previous figure in the sentence, ") or ": the level it moves from" in why:
            return "prev_figure_sentence"  # a move's period, or the period before it
        if ", the period of the same figure restated further on (" in why:
            return "clause"  # the restatement's own period
        if _PERIOD_SENTENCE.fullmatch(why):
            return "sentence"
        if _PERIOD_RELATIVE.fullmatch(why):
            return "relative"
        if _PERIOD_ANAPHORA.fullmatch(why):
            return "anaphora"
        if why.endswith("cannot be resolved without a publication date"):
            return "none"
        if why == "from the previous figure":
            return "prev_figure"
        if why.startswith("the period the article"):
            return "article_period"
        if why.startswith("no period") or why.startswith("a yearly rate of a target or forecast"):
            return "none"
        return "other"
    if field == "partners":
        head = why.split(", ")[0] if not why.startswith("balance side") else why
        if _PARTNERS_CLAUSE.fullmatch(head):
            return "clause"
        if _PARTNERS_SENTENCE.fullmatch(head) or _PARTNERS_REVERSE.fullmatch(why):
            return "sentence"
        if _PARTNERS_TRADER.fullmatch(why) or _PARTNERS_NAMED_PAIR.fullmatch(why):
            return "clause"  # a supplier or customer noun, or a pair named, in the clause
        if _PARTNERS_PAIR.fullmatch(why):
            return "clause_pair"
        if _PARTNERS_RANKED_AFTER.fullmatch(why):
            return "article_last"  # a ranked country in the place of the article's last figure's
        if why.endswith((", the world's own flow", "' and the world")):
            return "clause"
        if why.startswith("the article's pair"):
            return "article_pair_word" if why.endswith(")") else "article_pair"
        if why.startswith(("the previous figure's", "the flow of the change right before it", "the change's country",
                           "in the bracket right after the figure before it", "the share restating the level right before it")) \
                or ": the reverse of the previous flow" in why or why.startswith("the reverse of the previous ") \
                or why.endswith(" figure before it") or " in the figure before it (" in why:
            return "prev_figure"
        if why.startswith("the sentence before"):
            return "prev_sentence"
        if " heading the sentence, against " in why:
            return "sentence"  # "With China: exportation ...": the partner before the sentence's colon
        if why.startswith("the article's last figure") or why.startswith("the reverse of the article's last"):
            return "article_last"
        if why.startswith("balance side"):
            return "balance_partial" if "'?'" in why else "balance"
        if why.startswith("balance in favour of "):
            return "balance"
        if why.startswith("the article's country against the world"):
            return "article_pair"
        return "other"
    if field == "sign":
        if why == "written sign":
            return "written"
        if why.startswith("the verb of the previous figure") or why in ("no sign written where the figure before wrote one",
                                                                          "the change it restates"):
            return "prev_figure"
        if _QUOTED.fullmatch(why) or _SIGN_AFTER.fullmatch(why):
            return "stated"
        return "other"
    return "other"


def _partners_fill(why: str) -> str:
    """How a partner left open by the clause was filled in, if it was."""
    if why.endswith(", other side from the article's pair"):
        return "article_pair"
    if why.endswith("of the article's last figure of this flow"):
        return "article_last"
    if why.endswith((", world total", ", the owner's flow with the world: no partner named",
                     ", the owner's flow with the world: the article's other country is named only after it")):
        return "world"
    return "none"


def _unit_kind(unit: str) -> str:
    if unit in ("percent", "pp"):
        return unit
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return "money"
    return "physical"


def _period_kind(label: str) -> str:
    """How fine a period label is: year, half, quarter, month, day, span (a/b) or none."""
    if not label:
        return "none"
    if "/" in label:
        return "span"
    parts = label.split("-")
    if len(parts) == 1:
        return "year"
    if parts[1][:1] in ("Q", "H"):
        return "quarter" if parts[1][0] == "Q" else "half"
    return "month" if len(parts) == 2 else "day"


def features(claim: Claim) -> dict[str, float]:
    """Cheap features of a claim: one-hot source categories per field, plus a few flags.

    >>> from tracker.models import Claim
    >>> c = Claim("a", "exports", "all", "CHN", "RUS", "level", 1e9, "USD", "1 bn", "", 0, 4,
    ...           "money.scaled", 0.95, explanation={"partners": "roles in the clause"})
    >>> f = features(c)
    >>> f["partners=clause"], f["unit=money"], f["period=none"]
    (1.0, 1.0, 1.0)
    """
    why = claim.explanation
    src = {fld: _source(fld, why[fld]) if fld in why else "none" for fld in ("indicator", "commodity", "period")}
    partners = why.get("partners", "")
    src["partners"] = _source("partners", partners) if partners else "none"
    fill = _partners_fill(partners)
    family, _, variant = claim.rule.partition(".")
    out: dict[str, float] = {
        f"indicator={src['indicator']}": 1.0,
        f"commodity={src['commodity']}": 1.0,
        f"period={src['period']}": 1.0,
        f"partners={src['partners']}": 1.0,
        f"partners_fill={fill}": 1.0,
        f"indicator_value={claim.indicator or 'none'}": 1.0,
        f"measure={claim.measure or 'none'}": 1.0,
        f"unit={_unit_kind(claim.unit)}": 1.0,
        f"rule={family or 'none'}": 1.0,
        "rule_carried": 1.0 if variant == "carried" else 0.0,
    }
    if claim.measure == "change":
        basis = ("default" if why.get("basis", "").startswith("no comparison") else
                 "stated" if "basis" in why else "none")
        out[f"basis={basis}"] = 1.0
        out[f"sign={_source('sign', why['sign']) if 'sign' in why else 'none'}"] = 1.0
    out["modality_stated"] = 1.0 if "modality" in why else 0.0
    out["modality_actual"] = 1.0 if claim.modality == "actual" else 0.0
    out["approx"] = 0.0 if claim.approx == "exact" else 1.0
    out["twin"] = 1.0 if "twin" in why else 0.0
    out["exporter_filled"] = 1.0 if claim.exporter else 0.0
    out["importer_filled"] = 1.0 if claim.importer else 0.0
    out["period_filled"] = 1.0 if claim.period else 0.0
    out[f"period_kind={_period_kind(claim.period)}"] = 1.0
    # a field missing from the explanation reads "none" here and "other" in the message
    # categories: neither is "clause", so the test below is the same either way
    out["all_own"] = 1.0 if (src["indicator"] == "clause"
                             and src["partners"] in ("clause", "clause_pair")
                             and src["period"] in ("clause", "clause_shared", "clause_pair")
                             and fill == "none") else 0.0
    # the article's lead states its main figures plainly; later figures lean on context more
    out[f"position={'lead' if claim.start < 500 else 'body' if claim.start < 1500 else 'late'}"] = 1.0
    out["hand_confidence"] = float(claim.confidence)
    # how sure the choice scorer was of each field it chose, and whether it overruled the rules
    for fld in SCORED:
        p = claim.probs.get(fld)
        if p is None:
            continue
        out[f"p_{fld}"] = float(p)
        out[f"unsure_{fld}"] = 1.0 if p < 0.6 else 0.0
    ps = [claim.probs[f] for f in SCORED if f in claim.probs]
    if ps:
        out["p_min"] = float(min(ps))
        # every field must be right at once: the product of the scorer's probabilities, as a log
        out["log_p_all"] = float(sum(math.log(max(1e-6, p)) for p in ps))
    # a crowded sentence (several figures, countries, periods) leaves more room for a wrong pairing
    for key in ("n_figures", "n_countries", "n_periods"):
        if key in claim.probs:
            n = int(claim.probs[key])
            out[f"{key}={min(n, 3)}"] = 1.0
    return out


#: name -> weight maps of the models in use (the model itself is frozen)
_WEIGHTS: dict[int, tuple[Any, dict[str, float]]] = {}


@dataclass(frozen=True, slots=True)
class Model:
    """A fitted logistic model and the monotone maps applied after it.

    q = sigmoid(scale * (intercept + sum w_i x_i) + shift), then piecewise-linear through
    `knots`: `scale` and `shift` recalibrate the log-odds on out-of-fold predictions (a model
    fitted on all rows is surer of itself than it should be), and the knots move the 0.8 mark
    up to where out of fold rows were right at least 90% of the time.
    """

    names: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    scale: float = 1.0
    shift: float = 0.0
    knots: tuple[tuple[float, float], ...] = ((0.0, 0.0), (1.0, 1.0))
    meta: dict[str, Any] | None = None

    def raw(self, feats: dict[str, float]) -> float:
        """The recalibrated probability, before the knots."""
        wmap = _WEIGHTS.get(id(self))
        if wmap is None or wmap[0] is not self:
            wmap = (self, dict(zip(self.names, self.weights)))
            _WEIGHTS[id(self)] = wmap
        weights = wmap[1]
        # sum over the claim's few features, not over every feature the model knows
        z = self.intercept + sum([weights.get(n, 0.0) * v for n, v in feats.items() if v])
        z = self.scale * z + self.shift
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def score(self, feats: dict[str, float]) -> float:
        return remap(self.raw(feats), self.knots)

    def to_json(self) -> dict[str, Any]:
        return {"features": list(self.names), "weights": [round(w, 6) for w in self.weights],
                "intercept": round(self.intercept, 6), "scale": round(self.scale, 6),
                "shift": round(self.shift, 6), "knots": [[round(x, 4), round(y, 4)] for x, y in self.knots],
                **(self.meta or {})}

    @classmethod
    def from_json(cls, data: dict[str, Any], source: str = PARAMS_FILE) -> Model:
        try:
            names = tuple(str(n) for n in data["features"])
            weights = tuple(float(w) for w in data["weights"])
            intercept = float(data["intercept"])
            scale = float(data.get("scale", 1.0))
            shift = float(data.get("shift", 0.0))
            knots = tuple((float(x), float(y)) for x, y in data.get("knots", [[0, 0], [1, 1]]))
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError(f"{source}: not a calibration model ({e!r})") from None
        if len(names) != len(weights):
            raise ValueError(f"{source}: {len(names)} features but {len(weights)} weights")
        if len(knots) < 2 or any(b[0] <= a[0] or b[1] < a[1] for a, b in zip(knots, knots[1:])):
            raise ValueError(f"{source}: knots must rise from left to right")
        meta = {k: v for k, v in data.items()
                if k not in ("features", "weights", "intercept", "scale", "shift", "knots")}
        return cls(names, weights, intercept, scale, shift, knots, meta)


def remap(q: float, knots: tuple[tuple[float, float], ...]) -> float:
    """Piecewise-linear, non-decreasing map through `knots` (flat outside them).

    >>> round(remap(0.8, ((0.0, 0.0), (0.7, 0.7), (0.9, 0.8), (1.0, 1.0))), 3)
    0.75
    """
    if q <= knots[0][0]:
        return knots[0][1]
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if q <= x1:
            return y0 + (y1 - y0) * (q - x0) / (x1 - x0)
    return knots[-1][1]


_MODEL: list[Model] = []


def load_model() -> Model:
    """The shipped model (read once, on first use)."""
    if not _MODEL:
        path = resources.files("tracker") / "lexicons" / PARAMS_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise ValueError(f"tracker/lexicons/{PARAMS_FILE}: cannot be read ({e})") from None
        _MODEL.append(Model.from_json(data, f"tracker/lexicons/{PARAMS_FILE}"))
    return _MODEL[0]


def calibrate(claim: Claim, model: Model | None = None) -> float:
    """The probability that `claim` is right on every strict attribute, in [0.01, 0.99].

    >>> from tracker.models import Claim
    >>> c = Claim("a", "exports", "all", "CHN", "RUS", "level", 1e9, "USD", "1 bn", "", 0, 4,
    ...           "money.scaled", 0.95, explanation={"partners": "roles in the clause"})
    >>> 0.0 < calibrate(c) < 1.0
    True
    """
    m = model or load_model()
    return round(min(0.99, max(0.01, m.score(features(claim)))), 3)

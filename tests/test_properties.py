"""Properties: the extractor never raises, offsets stay true, written numbers parse back."""
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.figures import find_mentions
from tracker.models import Article
from tracker.normtext import clean
from tracker.pipeline import analyse

NOISE = st.lists(st.sampled_from(list("0123456789 ,.%$€-+:/()'\u00a0\u202f\u2212abcdeéèmilrdsnoptuxMBk\n")
                                 + ["milliards", "billion", " de dollars", "bcm", " tonnes", "entre ",
                                             " et ", "Chine", "Russia", "exports", "échanges", "la moitié",
                                             "doubled", "soit ", "(", "fois", "en avril", "2023"]), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NOISE, st.sampled_from(["fr", "en", "ru"]))
def test_never_raises_and_offsets_are_true(text, lang):
    claims, rejected = analyse(Article("x", text, lang=lang))
    for c in claims:
        assert text[c.start:c.end] == c.surface or clean(text[c.start:c.end]) == c.surface
        assert 0.0 <= c.confidence <= 1.0
    for r in rejected:
        assert clean(text[r.start:r.end]) == r.surface


def _fr(value: Decimal, sep: str) -> str:
    whole, _, frac = f"{value:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sep.join(groups) + ("," + frac if frac else "")


def _en(value: Decimal) -> str:
    whole, _, frac = f"{value:f}".partition(".")
    return f"{int(whole):,}" + ("." + frac if frac else "")


AMOUNTS = st.decimals(min_value=Decimal("1"), max_value=Decimal("999999999"), places=2, allow_nan=False).map(
    lambda d: d.normalize() if d == d.to_integral() else d)


@settings(max_examples=300, deadline=None)
@given(AMOUNTS, st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_french_numbers_parse_back(value, sep):
    text = f"Les exportations ont atteint {_fr(value, sep)}\u00a0euros."
    found = find_mentions(clean(text), "fr")
    assert [(m.value, m.unit) for m in found] == [(value, "EUR")]


@settings(max_examples=300, deadline=None)
@given(AMOUNTS, st.sampled_from(["$", "€"]))
def test_english_numbers_parse_back(value, symbol):
    text = f"Exports reached {symbol}{_en(value)} last year."
    found = find_mentions(clean(text), "en")
    assert [(m.value, m.unit) for m in found] == [(value, {"$": "USD", "€": "EUR"}[symbol])]


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1), st.sampled_from(["fr", "en"]),
       st.sampled_from(["milliards", "billion"]))
def test_scaled_percent_and_money(value, lang, scale):
    num = f"{value:f}".replace(".", ",") if lang == "fr" else f"{value:f}"
    pct = find_mentions(clean(f"hausse de {num}\u202f%"), lang)
    assert [(m.value, m.unit) for m in pct] == [(value, "percent")]
    word = "milliards de dollars" if lang == "fr" else "billion dollars"
    money = find_mentions(clean(f"{num} {word}"), lang)
    assert [(m.value, m.unit) for m in money] == [(value * Decimal("1e9"), "USD")]

"""Declined gazetteer forms (tracker/morph.py, from ru.yaml's table of endings)."""
import time

import pytest

from tracker import context as cx
from tracker import lexicon as lx
from tracker import morph


@pytest.mark.parametrize("form, adjective, want", [
    ("Китай", False, ["Китай", "Китая", "Китаю", "Китаем", "Китае"]),
    ("Россия", False, ["Россия", "России", "Россию", "Россией"]),
    ("Поднебесная", False, ["Поднебесная", "Поднебесной", "Поднебесную"]),
    ("Саудовская Аравия", False, ["Саудовской Аравии", "Саудовскую Аравию", "Саудовской Аравией"]),
    ("Объединённые Арабские Эмираты", False, ["Объединённых Арабских Эмиратов", "Объединёнными Арабскими Эмиратами"]),
    ("Республика Корея", False, ["Республики Корея", "Республикой Корея"]),
    ("Соединённое Королевство", False, ["Соединённого Королевства", "Соединённом Королевстве"]),
    ("Буэнос-Айрес", False, ["Буэнос-Айреса"]),
    ("Египет", False, ["Египта", "Египте"]),
    ("Фарерские острова", False, ["Фарерских островов", "Фарерским островам", "Фарерскими островами"]),
    ("Соломоновы Острова", False, ["Соломоновых Островов", "Соломоновыми Островами"]),
    ("острова Кука", False, ["островов Кука", "островах Кука"]),
    ("российский", True, ["российского", "российской", "российские", "российских", "российскую", "российском"]),
    ("общий", True, ["общего", "общей", "общие", "общих"]),
    ("мировой", True, ["мирового", "мировых", "мировую"]),
])
def test_names_and_demonyms_are_declined(form: str, adjective: bool, want: list[str]) -> None:
    got = morph.inflect(form, morph.table("ru"), adjective=adjective)
    assert got[0] == form
    assert set(want) <= set(got), (form, got)


@pytest.mark.parametrize("form", ["КНР", "США", "Чили", "Того", "Никарагуа", "Нью-Дели"])
def test_abbreviations_and_foreign_names_in_a_vowel_do_not_decline(form: str) -> None:
    assert morph.inflect(form, morph.table("ru")) == [form]


def test_a_language_without_a_table_keeps_its_forms() -> None:
    forms = [("Chine", "CHN", "names")]
    assert morph.table("fr") is None
    assert morph.expand(forms, "fr") == forms
    assert lx.gazetteer_places("fr") == frozenset()


@pytest.mark.parametrize("text, code", [
    ("торговля с Китаем", "CHN"), ("поставки в Поднебесную", "CHN"), ("из Саудовской Аравии", "SAU"),
    ("российского экспорта", "RUS"), ("импорт Индией", "IND"), ("из Турции", "TUR"), ("с Евросоюзом", "EUU"),
])
def test_the_cue_index_finds_every_case(text: str, code: str) -> None:
    cues = [c for c in cx.scan(text, cx.grammar("ru")) if c.kind == "country"]
    assert [c.value for c in cues] == [code], cues


def test_the_preposition_case_tells_a_place_from_a_destination() -> None:
    places = lx.gazetteer_places("ru")
    assert {"Китае", "России", "Индии", "российском"} <= places
    assert not {"Китай", "Россию", "Индию", "КНР"} & places


def test_declining_the_gazetteer_is_quick() -> None:
    t = morph.table("ru")
    data = lx._gazetteer_data()
    forms = [(str(f), code, kind) for sec in ("countries", "blocs") for code, langs in data[sec].items()
             for kind in lx.GAZETTEER_KINDS for f in ((langs or {}).get("ru") or {}).get(kind) or []]
    start = time.process_time()
    out = morph.expand(forms, "ru")
    assert time.process_time() - start < 1.0
    assert t is not None and len(out) > 4 * len(forms)

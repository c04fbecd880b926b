"""The article's flow owner (context.flow_owner) and what the pipeline keeps of it."""
from datetime import date

from tracker import context as cx
from tracker.models import Article
from tracker.normtext import clean, sentences
from tracker.pipeline import analyse


def _owner(text: str, lang: str, title: str = "") -> str:
    g = cx.grammar(lang)
    text = clean(text)
    weighted = [(clean(title), 3.0, cx.scan(clean(title), g))]
    weighted += [(text, 1.0, cx.scan(s.text, g, s.start)) for s in sentences(text)]
    return cx.flow_owner(weighted, g)


def test_owner_is_the_possessor_of_the_flows():
    text = ("Les importations du Sénégal ont atteint 4 270 milliards FCFA en 2024. La Chine arrive en tête. "
            "Les importations sénégalaises en provenance de Russie ont reculé.")
    assert _owner(text, "fr") == "SEN"


def test_owner_is_the_subject_of_a_flow_verb():
    assert _owner("Казахстан экспортировал 4,86 млн тонн пшеницы, в том числе в Узбекистан 2,2 млн тонн.", "ru") == "KAZ"


def test_no_owner_when_two_countries_own_as_many_flows():
    text = "Japan's exports rose 3% in May. Korea's exports fell 2% in May."
    assert _owner(text, "en") == ""


def test_no_owner_without_flow_words():
    assert _owner("Japan and Korea held talks in Seoul on Monday.", "en") == ""


def test_the_title_weighs_more_than_a_sentence():
    text = "Japan's exports rose 3% in May. Korea's exports fell 2% in May."
    assert _owner(text, "en", title="Korean exports slip") == "KOR"


def test_the_owner_is_a_partner_candidate_of_a_list_without_it():
    """A listed figure whose sentence does not name the reporting country still weighs the pair
    with it, and the scorer sees where the owner stands (its weights decide)."""
    from tracker import choose

    text = ("Les importations du Sénégal ont atteint 4 270 milliards FCFA en 2024. Les importations sénégalaises "
            "en provenance de Chine ont bondi de 8 %. Derrière, on retrouve la Russie : 579 milliards FCFA.")
    choose.RECORD = []
    try:
        analyse(Article(article_id="t", text=text, published=date(2025, 3, 10), published_precision="day", lang="fr"))
        rec = choose.RECORD
    finally:
        choose.RECORD = None
    pairs = next(r for r in rec if r["field"] == "partners" and r["surface"] == "579 milliards FCFA")
    feats = dict((tuple(v), f) for v, f in pairs["cands"])
    assert ("RUS", "SEN") in feats and ("SEN", "RUS") in feats
    assert "P:own=I|way=I" in feats[("RUS", "SEN")]  # Senegal bought in the figures before


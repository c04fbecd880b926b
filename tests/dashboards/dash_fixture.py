"""A small store for the dashboard's tests: five articles (written for these tests) and
their claims, including targets with later outcomes, a period span, a figure reported by
two articles, a claim more than 5% off the official series, and an article whose text
holds `<script>` and `<b>` markup that must show as text."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pandas as pd

REPO = Path(__file__).resolve().parents[2]

ARTICLES = [
    {
        "article_id": "fr_visite_pekin", "published": "2023-05-24", "source": "Le Quotidien Économique",
        "url": "https://example.org/visite", "lang": "fr",
        "title": "Moscou et Pékin affichent leurs ambitions commerciales",
        "text": ("Le chef du gouvernement russe a été reçu mercredi à Pékin. Les deux capitales se sont "
                 "fixé pour objectif de porter leurs échanges commerciaux à 200 milliards de dollars dès "
                 "cette année. Selon les douanes chinoises, les ventes de la Chine à la Russie ont bondi "
                 "de 153 % en avril sur un an."),
    },
    {
        "article_id": "en_record_2023", "published": "2024-01-12", "source": "Northern Wire",
        "url": "https://example.org/record", "lang": "en",
        "title": "China-Russia trade hits a record in 2023",
        "text": ("Trade between China and Russia reached a record 240.1 billion dollars in 2023, customs "
                 "data showed on Friday, a rise of 26.3% on the year before. The total comfortably beat "
                 "the 200 billion dollar goal the two governments had set."),
    },
    {
        "article_id": "en_forum_2023", "published": "2023-10-18", "source": "Northern Wire",
        "url": "https://example.org/forum", "lang": "en",
        "title": "Leaders meet as trade keeps climbing",
        "text": ("Over the first nine months of the year, trade between the two neighbours came to 176.4 "
                 "billion dollars. For the whole of 2022 it had been 190.271 billion dollars, and "
                 "officials now aim for 200 billion dollars in 2024."),
    },
    {
        "article_id": "fr_bilan_2024", "published": "2025-01-13", "source": "La Revue des Marchés",
        "url": "https://example.org/bilan", "lang": "fr",
        "title": "Le commerce sino-russe marque le pas",
        "text": ("Les échanges entre la Chine et la Russie ont atteint 244,81 milliards de dollars en "
                 "2024. En 2023, ils représentaient 235,3 milliards d'euros, selon un calcul de notre "
                 "rédaction. Un institut de Moscou avançait pour 2023 le chiffre de 225 milliards de "
                 "dollars."),
    },
    {
        "article_id": "en_gas_script", "published": "2024-05-15", "source": "Pipeline Weekly",
        "url": "javascript:window.__pwned=2", "lang": "en",
        "title": "Gas to China: <i>steady</i> growth",
        "text": ("Russian pipeline gas deliveries to China rose to 22.7 bcm in 2023. "
                 "<script>window.__pwned=1</script> Analysts writing in <b>bold</b> expect 38 bcm in 2025."),
    },
]

# (article_id, surface, fields): offsets come from the text, so they are true by construction
CLAIMS: list[tuple[str, str, dict[str, Any]]] = [
    ("fr_visite_pekin", "200 milliards de dollars",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=2e11,
          unit="USD", value_usd=2e11, period="2023", modality="target")),
    ("fr_visite_pekin", "153 %",
     dict(indicator="exports", exporter="CHN", importer="RUS", measure="change", value=153.0,
          unit="percent", period="2023-04", basis="yoy", modality="actual")),
    ("en_record_2023", "240.1 billion dollars",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=2.401e11,
          unit="USD", value_usd=2.401e11, period="2023", modality="actual")),
    ("en_record_2023", "26.3%",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="change", value=26.3,
          unit="percent", period="2023", basis="yoy", modality="actual")),
    ("en_record_2023", "200 billion dollar",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=2e11,
          unit="USD", value_usd=2e11, period="2023", modality="target")),
    ("en_forum_2023", "176.4 billion dollars",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=1.764e11,
          unit="USD", value_usd=1.764e11, period="2023-01/2023-09", modality="actual")),
    ("en_forum_2023", "190.271 billion dollars",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=1.90271e11,
          unit="USD", value_usd=1.90271e11, period="2022", modality="actual")),
    ("en_forum_2023", "200 billion dollars",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=2e11,
          unit="USD", value_usd=2e11, period="2024", modality="target")),
    ("fr_bilan_2024", "244,81 milliards de dollars",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=2.4481e11,
          unit="USD", value_usd=2.4481e11, period="2024", modality="actual")),
    ("fr_bilan_2024", "235,3 milliards d'euros",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=2.353e11,
          unit="EUR", value_usd=2.353e11 * 1.0813, period="2023", modality="actual")),
    ("fr_bilan_2024", "225 milliards de dollars",
     dict(indicator="bilateral_trade", exporter="CHN", importer="RUS", measure="level", value=2.25e11,
          unit="USD", value_usd=2.25e11, period="2023", modality="actual")),
    ("en_gas_script", "22.7 bcm",
     dict(indicator="energy_deliveries", commodity="gas", exporter="RUS", importer="CHN", measure="level",
          value=22.7, unit="bcm", period="2023", modality="actual")),
    ("en_gas_script", "38 bcm",
     dict(indicator="energy_deliveries", commodity="gas", exporter="RUS", importer="CHN", measure="level",
          value=38.0, unit="bcm", period="2025", modality="forecast")),
]


def claims_frame() -> pd.DataFrame:
    """The fixture's claims table (SCHEMA.md columns), validated by tracker.schema."""
    from tracker import schema
    texts = {a["article_id"]: a for a in ARTICLES}
    rows = []
    for n, (article_id, surface, fields) in enumerate(CLAIMS):
        art = texts[article_id]
        start = art["text"].index(surface)
        sentence_start = art["text"].rfind(".", 0, start) + 1
        sentence_end = art["text"].find(".", start + len(surface))
        rows.append({
            "claim_id": f"c{n:02d}", "article_id": article_id, "published": art["published"],
            "source": art["source"], "url": art["url"], "title": art["title"], "lang": art["lang"],
            "commodity": "all", "basis": "", "approx": "exact", "value_high": None, "value_usd": None,
            **fields,
            "surface": surface, "start": start, "end": start + len(surface),
            "sentence": art["text"][sentence_start:sentence_end + 1].strip(),
            "rule": "fixture", "confidence": 0.9,
        })
    df = pd.DataFrame(rows)
    return schema.validate(df)


def articles_frame() -> pd.DataFrame:
    """The fixture's articles (article_id, published, source, url, title, lang, text)."""
    df = pd.DataFrame(ARTICLES)
    df["published"] = pd.to_datetime(df["published"])
    return df


def build(root: Path) -> Path:
    """Write the fixture store under root/clean and the repo's official series under
    root/reference; returns the data folder."""
    clean = root / "clean"
    clean.mkdir(parents=True, exist_ok=True)
    if store_available():
        _write_store(clean)
    else:  # the store's read API has not landed: the dashboard reads Parquet files then
        claims_frame().to_parquet(clean / "claims.parquet", index=False)
        articles_frame().to_parquet(clean / "articles.parquet", index=False)
    reference = root / "reference"
    reference.mkdir(exist_ok=True)
    for path in (REPO / "data" / "reference").glob("*.csv"):
        shutil.copy(path, reference / path.name)
    return clean


def store_available() -> bool:
    """True when tracker's store (the dashboard's real data source) can be written and read."""
    try:
        from tracker.store import Store  # noqa: F401
        from tracker.api import load, load_articles  # noqa: F401
    except ImportError:
        return False
    return hasattr(Store, "replace_article")


def _write_store(clean: Path) -> None:
    from datetime import date

    from tracker.models import Article
    from tracker.store import Store, default_store_path

    claims = claims_frame()
    with Store.open(default_store_path(clean)) as store:
        for a in ARTICLES:
            article = Article(article_id=a["article_id"], text=a["text"],
                              published=date.fromisoformat(a["published"]), published_precision="day",
                              source=a["source"], url=a["url"], title=a["title"], lang=a["lang"])
            store.replace_article(article, claims[claims["article_id"] == a["article_id"]])

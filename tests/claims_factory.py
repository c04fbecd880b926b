"""Hand-made claims tables for the store, fx, review and API tests (no extractor needed)."""
from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from tracker.models import Article
from tracker.schema import validate
from tracker.store import period_span


def article(article_id: str, text: str = "", published: str = "2023-05-24", **meta: str) -> Article:
    """An Article whose text defaults to a sentence naming its id."""
    return Article(article_id=article_id, text=text or f"Texte de l'article {article_id}.",
                   published=date.fromisoformat(published) if published else None,
                   published_precision="day" if published else None,
                   source=meta.get("source", "Le Test"), url=meta.get("url", f"https://example.org/{article_id}"),
                   title=meta.get("title", f"Titre {article_id}"), lang=meta.get("lang", "fr"))


def row(art: Article, start: int, surface: str, value: float, unit: str = "USD", **fields: Any) -> dict:
    """One claim row about `art`, CHN->RUS exports in 2023 unless fields say otherwise."""
    period = fields.pop("period", "2023")
    ps, pe = period_span(period) if period else (None, None)
    base = {
        "claim_id": f"{art.article_id}:{start}-{start + len(surface)}",
        "article_id": art.article_id, "published": art.published, "source": art.source,
        "url": art.url, "title": art.title, "lang": art.lang,
        "indicator": "exports", "commodity": "all", "exporter": "CHN", "importer": "RUS",
        "measure": "level", "value": value, "value_high": None, "unit": unit,
        "period": period, "period_start": ps, "period_end": pe, "basis": "",
        "modality": "actual", "approx": "exact", "surface": surface,
        "sentence": f"La phrase dit {surface}.", "start": start, "end": start + len(surface),
        "rule": "test.row", "confidence": 0.9, "alt": "", "note": "", "figure_id": "",
    }
    base.update(fields)
    return base


def frame(rows: list[dict]) -> pd.DataFrame:
    """A validated claims table from row dicts."""
    return validate(pd.DataFrame(rows))

"""The extraction pipeline's public entry points (text -> claims -> table)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from tracker.models import Article, Claim


def extract_claims(article: Article) -> list[Claim]:
    """Every trade claim in one article, one Claim per row (see SCHEMA.md)."""
    raise NotImplementedError  # being built


def claims_frame(results: Iterable[tuple[Article, list[Claim]]]) -> pd.DataFrame:
    """The validated claims table for (article, claims) pairs."""
    raise NotImplementedError  # being built


def extract_text(text: str, published: date | str | None = None, lang: str | None = None,
                 article_id: str = "text", **meta: str) -> pd.DataFrame:
    """Claims table for one text given directly (Jupyter-friendly)."""
    raise NotImplementedError  # being built

"""tracker: trade and energy figures from news articles, as a checked, explained table."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "extract_claims", "claims_frame",
           "load", "load_articles", "series", "plot"]


def __getattr__(name: str):  # lazy: nothing heavy at import time
    if name in ("extract_text", "extract_claims", "claims_frame"):
        from tracker import pipeline
        return getattr(pipeline, name)
    if name in ("load", "load_articles", "series", "plot"):
        from tracker import api
        return getattr(api, name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")

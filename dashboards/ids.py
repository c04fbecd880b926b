"""Component ids, one constant each, shared by layouts, callbacks and browser tests."""
from __future__ import annotations

URL = "url"
QUERY = "query"            # hidden: the filter state as a URL query string

# filters (their state lives in the URL)
INDICATOR = "f-indicator"
PARTNERS = "f-partners"
COMMODITY = "f-commodity"
MODALITY = "f-modality"
LANG = "f-lang"
OUTLET = "f-outlet"
PUBLISHED = "f-published"  # DatePickerRange
UNIT = "f-unit"            # the chart's unit
CURRENCY = "f-currency"    # "usd" or "original"
VIEW = "view-tabs"         # "chart" or "table"
CHART_VIEW = "chart-view"
TABLE_VIEW = "table-view"

SUMMARY = "summary"
DOWNLOAD_BUTTON = "download-button"
DOWNLOAD = "download"

CHART = "chart"
TIMELINE = "timeline"
SELECTION = "selection"    # Store: {"article_id", "claim_ids"}
ARTICLE = "article"
TARGETS = "targets"
TABLE = "table"
TABLE_QUERY = "table-query"  # Store: the table's rows as a query string, set only in the table view

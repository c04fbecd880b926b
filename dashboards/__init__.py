"""The Dash dashboard over the claims store: `tracker serve` or `python -m dashboards.app`."""

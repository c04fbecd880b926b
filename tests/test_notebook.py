"""notebooks/explore.ipynb runs top to bottom on the bundled corpus (nbclient)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_explore_notebook_runs_on_the_bundled_corpus(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path))  # keep data/clean out of it
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails

    assert (tmp_path / "tracker.duckdb").exists() and (tmp_path / "claims.csv").exists()
    texts, mimes = [], set()
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            texts.append(str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", "")))
            mimes |= set(out.get("data", {}))
    joined = "\n".join(texts)
    n_articles = int(joined.split(" articles\n")[0].split()[-1])
    n_claims = int(joined.split(" claims\n")[0].split()[-1])
    from tracker.store import Store

    with Store.open(tmp_path / "tracker.duckdb", read_only=True) as store:
        assert len(store.article_ids()) == n_articles > 10
        assert len(store.claims()) == n_claims > n_articles
    assert "application/vnd.plotly.v1+json" in mimes  # the figure was drawn
    assert "240,1 milliards de dollars" in joined       # extract_text on a sentence

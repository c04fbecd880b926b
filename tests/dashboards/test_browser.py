"""The dashboard in a real browser: Playwright for Python driving Debian's Chromium against
the app served on 127.0.0.1 by conftest's `server_url` (a werkzeug server in a thread)."""
from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dashboards import ids

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]

if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
    pytest.skip("Debian's Chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that fails the test on any console error or uncaught exception."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(f"uncaught: {e}"))
    pg.set_default_timeout(20000)
    yield pg
    context.close()
    assert errors == [], "browser console errors:\n" + "\n".join(errors)


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(f"#{ids.CHART} .scatterlayer .trace", state="attached")
    page.wait_for_function(f"document.querySelector('#{ids.SUMMARY}').innerText.includes('claims')")


def _summary(page: Any) -> str:
    return page.inner_text(f"#{ids.SUMMARY}")


def _choose(page: Any, control: str, option_text: str) -> None:
    """Pick an option in a (multi) dcc.Dropdown as a person would: open it, type, click it.

    A click landing while the dropdown re-renders (its options just replaced) may leave it
    closed: as a person would, click again."""
    for attempt in range(3):
        page.click(f"#{control}")
        page.keyboard.type(option_text)
        try:
            # the option is clicked inside the retry: one that vanishes with a re-render
            # between being seen and being clicked is looked for again, menu reopened
            page.click(f".dash-dropdown-option:has-text('{option_text}')", timeout=4000)
            break
        except sync_api.TimeoutError:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
    page.keyboard.press("Escape")


def _click_point(page: Any, trace_name: str, y: float, x: str = "", graph: str = ids.CHART) -> None:
    """Click the marker of `trace_name` at value y (and x starting with `x`), at the pixel
    plotly drew it."""
    xy = page.evaluate(
        """([graph, name, y, x]) => {
            const gd = document.querySelector('#' + graph + ' .js-plotly-plot');
            const i = gd._fullData.findIndex(t => t.name === name);
            const trace = gd._fullData[i];
            const j = Array.from(trace.y).findIndex((v, k) => Math.abs(v - y) <= Math.abs(y) * 1e-9
                                                       && String(trace.x[k]).startsWith(x));
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            const box = gd.getBoundingClientRect();
            return [box.left + xa._offset + xa.l2p(xa.d2l(trace.x[j])),
                    box.top + ya._offset + ya.l2p(ya.d2l(trace.y[j]))];
        }""", [graph, trace_name, y, x])
    page.mouse.move(xy[0], xy[1])
    page.wait_for_timeout(150)
    page.mouse.click(xy[0], xy[1])


def test_first_page_shows_chart_timeline_and_targets(page: Any, server_url: str) -> None:
    _open(page, server_url + "/")
    assert _summary(page) == "13 of 13 claims, from 5 articles"
    names = page.evaluate(f"document.querySelector('#{ids.CHART} .js-plotly-plot')._fullData.map(t => t.name)")
    assert {"actual", "target", "differs >5% from official"} <= set(names)
    assert any(n.startswith("official: General Administration of Customs") for n in names)
    # spans are drawn as spans: the 2023-01/2023-09 figure's segment runs from its first day to its last
    x0, x1 = page.evaluate(f"""() => {{
        const gd = document.querySelector('#{ids.CHART} .js-plotly-plot'), xa = gd._fullLayout.xaxis;
        return ['2023-01-01', '2023-09-30'].map(d => xa._offset + xa.l2p(xa.d2l(d))); }}""")
    spans = page.eval_on_selector_all(f"#{ids.CHART} .shapelayer path",
                                      "els => els.map(e => e.getBoundingClientRect().width)")
    assert len(spans) == 2 and min(spans) > x1 - x0 > 100   # actual and target periods, each longer than that one
    page.wait_for_selector(f"#{ids.TIMELINE} .scatterlayer .trace")
    targets = page.inner_text(f"#{ids.TARGETS}")
    assert "target 200 bn USD for 2023, stated 2023-05-24; reported 240.1 bn USD on 2024-01-12: +20%" in targets


def test_filter_changes_the_view_and_lives_in_the_url(page: Any, server_url: str) -> None:
    _open(page, server_url + "/")
    _choose(page, ids.LANG, "fr")
    page.wait_for_function(f"document.querySelector('#{ids.SUMMARY}').innerText.startsWith('5 of 13')")
    page.wait_for_function("window.location.search.includes('lang=fr')")
    bookmark = page.url
    assert "lang=fr" in bookmark
    # the bookmark restores the same view in a new visit
    _open(page, server_url + "/?indicator=energy_deliveries")
    assert _summary(page).startswith("2 of 13")
    _open(page, bookmark)
    assert _summary(page) == "5 of 13 claims, from 2 articles"
    assert "fr" in page.inner_text(f"#{ids.LANG}")


def test_click_a_point_shows_the_article_with_the_figure_highlighted(page: Any, server_url: str) -> None:
    _open(page, server_url + "/")
    _click_point(page, "actual", 1.764e11)
    focus = page.wait_for_selector(f"#{ids.ARTICLE} mark.figure.focus")
    assert focus.inner_text() == "176.4 billion dollars"
    assert "Leaders meet as trade keeps climbing" in page.inner_text(f"#{ids.ARTICLE}")
    # the article's other figures are highlighted too, and only the chosen one is the focus
    marks = page.eval_on_selector_all(f"#{ids.ARTICLE} mark.figure", "els => els.map(e => e.innerText)")
    assert marks == ["176.4 billion dollars", "190.271 billion dollars", "200 billion dollars"]
    assert page.eval_on_selector_all(f"#{ids.ARTICLE} mark.focus", "els => els.length") == 1
    # and the timeline rings the article that stated it
    page.wait_for_function(
        f"document.querySelector('#{ids.TIMELINE} .js-plotly-plot').data[1].customdata.length === 1")
    ringed = page.evaluate(f"document.querySelector('#{ids.TIMELINE} .js-plotly-plot').data[1].customdata")
    assert ringed == ["en_forum_2023"]


def test_a_figure_reported_twice_lists_both_articles(page: Any, server_url: str) -> None:
    _open(page, server_url + "/")
    _click_point(page, "target", 2e11, x="2023")
    page.wait_for_selector(f"#{ids.ARTICLE} .reports")
    reports = page.inner_text(f"#{ids.ARTICLE} .reports")
    assert "reported by 2 articles" in reports
    assert "Le Quotidien Économique" in reports and "Northern Wire" in reports


def test_article_with_script_shows_markup_as_text_and_runs_nothing(page: Any, server_url: str) -> None:
    _open(page, server_url + "/?unit=bcm")
    _click_point(page, "actual", 22.7)
    text = page.wait_for_selector(f"#{ids.ARTICLE} .article-text")
    shown = text.inner_text()
    assert "<script>window.__pwned=1</script>" in shown
    assert "<b>bold</b>" in shown
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.eval_on_selector_all(f"#{ids.ARTICLE} script, #{ids.ARTICLE} b", "els => els.length") == 0
    assert page.query_selector(f"#{ids.ARTICLE} a[href^='javascript']") is None
    # the article page the table links to shows it the same way
    page.goto(server_url + "/article/en_gas_script")
    page.wait_for_selector(".article-text")
    assert "<script>window.__pwned=1</script>" in page.inner_text(".article-text")
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_download_csv_holds_the_filtered_rows(page: Any, server_url: str, tmp_path: Path) -> None:
    _open(page, server_url + "/?lang=en")
    assert _summary(page).startswith("8 of 13")
    with page.expect_download() as info:
        page.click(f"#{ids.DOWNLOAD_BUTTON}")
    path = tmp_path / "claims.csv"
    info.value.save_as(path)
    rows = pd.read_csv(io.StringIO(path.read_text(encoding="utf-8")))
    assert len(rows) == 8 and set(rows["lang"]) == {"en"}
    assert {"claim_id", "surface", "value_usd", "period"} <= set(rows.columns)
    assert not [c for c in rows.columns if c.startswith("_")]


def test_table_view_sorts_filters_and_links_to_the_article(page: Any, server_url: str) -> None:
    page.goto(server_url + "/?view=table&indicator=bilateral_trade")   # the chart is not drawn in this view
    page.wait_for_selector(f"#{ids.TABLE} td[data-dash-column='surface']")
    page.wait_for_function(f"document.querySelector('#{ids.SUMMARY}').innerText.startsWith('10 of 13')")
    cells = page.eval_on_selector_all(f"#{ids.TABLE} td[data-dash-column='surface']",
                                      "els => els.map(e => e.innerText)")
    assert len(cells) == 10
    # the table's own filter row, run on the server
    page.fill(f"#{ids.TABLE} th[data-dash-column='source'] input", "Revue")
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"document.querySelectorAll('#{ids.TABLE} td[data-dash-column=\"surface\"]').length === 3")
    page.click(f"#{ids.TABLE} th[data-dash-column='value'] .column-header--sort")
    page.wait_for_function(
        f"document.querySelector('#{ids.TABLE} td[data-dash-column=\"surface\"]').innerText === '225 milliards de dollars'")
    page.click(f"#{ids.TABLE} td[data-dash-column='article'] a")
    focus = page.wait_for_selector(".article mark.figure.focus")
    assert focus.inner_text() == "225 milliards de dollars"
    assert "/article/fr_bilan_2024" in page.url


def test_chart_drawn_while_hidden_fills_its_column_when_shown(page: Any, server_url: str) -> None:
    page.goto(server_url + "/?view=table")
    page.wait_for_selector(f"#{ids.TABLE} td[data-dash-column='surface']")
    page.click("text=Chart")
    page.wait_for_function(
        f"""() => {{ const gd = document.querySelector('#{ids.CHART} .js-plotly-plot');
            const col = document.querySelector('.chart-col');
            return gd && gd._fullLayout && Math.abs(gd._fullLayout.width - col.clientWidth) < 30; }}""")


def test_choosing_an_article_on_the_timeline_shows_it(page: Any, server_url: str) -> None:
    _open(page, server_url + "/")
    page.wait_for_selector(f"#{ids.TIMELINE} .scatterlayer .trace", state="attached")
    xy = page.evaluate(
        f"""() => {{
            const gd = document.querySelector('#{ids.TIMELINE} .js-plotly-plot');
            const trace = gd._fullData[0];
            const j = Array.from(trace.customdata).indexOf('fr_bilan_2024');
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            const box = gd.getBoundingClientRect();
            return [box.left + xa._offset + xa.l2p(xa.d2l(trace.x[j])),
                    box.top + ya._offset + ya.l2p(ya.d2l(trace.y[j]))];
        }}""")
    page.mouse.move(xy[0], xy[1])
    page.wait_for_timeout(150)
    page.mouse.click(xy[0], xy[1])
    page.wait_for_function(f"document.querySelector('#{ids.ARTICLE}').innerText.includes('marque le pas')")
    marks = page.eval_on_selector_all(f"#{ids.ARTICLE} mark.figure", "els => els.map(e => e.innerText)")
    assert marks == ["244,81 milliards de dollars", "235,3 milliards d'euros", "225 milliards de dollars"]
    assert page.query_selector(f"#{ids.ARTICLE} mark.focus") is None   # an article, no single figure


def test_the_page_keeps_the_browsers_own_trim_and_parse(page: Any, server_url: str) -> None:
    """Dash's babel-polyfill swaps in slower trim/parseInt/parseFloat (Plotly calls them for
    every color of every point); the app puts the browser's own back. Those no longer count
    U+180E as a space (ES2016), the polyfill's still do."""
    _open(page, server_url + "/")
    assert page.evaluate("'\\u180E'.trim().length") == 1
    assert page.evaluate("[' 42 '.trim(), '\\u180E'.trimStart().length, '\\u180E'.trimEnd().length]") == ["42", 1, 1]
    assert page.evaluate("[parseInt('\\u180E8'), parseFloat('\\u180E8'), Number.parseInt('\\u180E8')]"
                         ".every(Number.isNaN)")
    assert page.evaluate("[parseInt('0x1f'), parseFloat(' 2.5e3 ')]") == [31, 2500]


def test_a_filter_change_in_the_chart_view_is_one_request(page: Any, server_url: str) -> None:
    _open(page, server_url + "/")
    page.wait_for_timeout(300)   # the page's own first calls are done
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if "_dash-update-component" in r.url else None)
    _choose(page, ids.LANG, "fr")
    page.wait_for_function(f"document.querySelector('#{ids.SUMMARY}').innerText.startsWith('5 of 13')")
    page.wait_for_timeout(500)
    assert len(posts) == 1       # the hidden table asks for nothing


def test_the_table_follows_the_filters_and_the_chart_catches_up_when_shown(page: Any, server_url: str) -> None:
    page.goto(server_url + "/?view=table")
    page.wait_for_selector(f"#{ids.TABLE} td[data-dash-column='surface']")
    assert len(page.query_selector_all(f"#{ids.TABLE} td[data-dash-column='surface']")) == 13
    _choose(page, ids.LANG, "fr")
    page.wait_for_function(
        f"document.querySelectorAll('#{ids.TABLE} td[data-dash-column=\"surface\"]').length === 5")
    assert "lang=fr" in page.url and "view=table" in page.url
    # the chart, not drawn while the table was shown, is drawn for the French rows
    page.click("text=Chart")
    page.wait_for_function(
        f"""() => {{ const gd = document.querySelector('#{ids.CHART} .js-plotly-plot');
            return gd && gd._fullData && gd._fullData.some(t => t.name === 'actual'); }}""")
    claims = page.evaluate(f"""document.querySelector('#{ids.CHART} .js-plotly-plot')._fullData
        .filter(t => t.customdata).flatMap(t => Array.from(t.customdata))""")
    assert claims and all(c in {"c00", "c08", "c09", "c10"} for c in claims)   # the French money figures
    assert page.query_selector(f"#{ids.TIMELINE} .scatterlayer .trace") is not None
    assert _summary(page) == "5 of 13 claims, from 2 articles"


def test_the_chart_controls_redraw_the_chart_alone(page: Any, server_url: str) -> None:
    _open(page, server_url + "/?y=original")
    page.wait_for_selector(f"#{ids.TIMELINE} .scatterlayer .trace")
    page.wait_for_timeout(500)   # the first draws are done
    page.evaluate(f"""() => {{ window.__timelineDraws = 0;
        document.querySelector('#{ids.TIMELINE} .js-plotly-plot').on('plotly_afterplot', () => window.__timelineDraws++); }}""")
    _choose(page, ids.UNIT, "EUR")
    page.wait_for_function(f"""() => {{ const gd = document.querySelector('#{ids.CHART} .js-plotly-plot');
        return gd._fullData.some(t => t.name === 'actual' && Array.from(t.y).includes(2.353e11)); }}""")
    page.wait_for_function("window.location.search.includes('unit=EUR')")
    assert _summary(page) == "13 of 13 claims, from 5 articles"
    page.wait_for_timeout(300)
    assert page.evaluate("window.__timelineDraws") == 0   # the rows did not change: nothing was re-sent for them

"""End to end: the pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)
against `newsgraph serve` on loopback over the bundled corpus. Screenshots go to
$NEWSGRAPH_SCREENSHOTS (or a temporary folder): look at them, the pages must read well."""
import os
import re
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not os.path.exists(CHROMIUM):  # CI installs it (.ci/run); elsewhere: apt-get install chromium
    pytestmark = pytest.mark.skipif(not os.environ.get("CI"), reason=f"{CHROMIUM} is not installed")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture()
def page(browser, live_server):
    """A page that records every request and script error: all must stay on the server, none may fail."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="fr-FR")
    tab = context.new_page()
    tab.requests, tab.errors = [], []
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    assert not tab.errors, tab.errors
    outside = [url for url in tab.requests if not url.startswith(live_server["url"])]
    assert not outside, f"requests left the server (no CDN, no network): {outside}"
    context.close()


def test_search_for_a_speaker(page, live_server, shots):
    page.goto(live_server["url"] + "/")
    page.fill("input[name=q]", "Delizée")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q=Deliz"))
    cards = page.locator(".quote-card")
    assert cards.count() == 8
    assert cards.locator(".speaker").all_inner_texts() == ["Anne Delizée"] * 8
    assert page.locator(".quote-card mark").first.inner_text() == "Delizée"
    facet = page.locator('[data-facet="source"] .facet-value', has_text="Reuters")
    assert facet.locator(".n").inner_text() == "8"
    page.locator('[data-facet="speaker"] .facet-value').first.click()
    page.wait_for_url(re.compile(r"speaker=person"))
    assert "speaker: Anne Delizée" in " ".join(page.locator(".chips").inner_text().split())
    page.screenshot(path=str(shots / "search.png"), full_page=False)


def test_article_highlights_each_quote_with_its_speaker(page, live_server, shots):
    import httpx
    record = httpx.get(live_server["url"] + "/api/articles/kim-putin-2023").json()
    index, quote = next((i, q) for i, q in enumerate(record["quotes"]) if q["speaker"]["actor"] == "person:anne-delizee")
    page.goto(live_server["url"] + "/articles/kim-putin-2023")
    assert page.locator("h1").inner_text() == record["title"]
    entry = page.locator(f'.fact[data-for="q{index}"]')
    assert entry.locator(".speaker").inner_text() == "Anne Delizée"
    entry.locator("a.evidence").click()
    pieces = page.locator(f'#text .mk[data-ids~="q{index}"]')
    assert "".join(pieces.all_text_contents()) == quote["text"]        # the whole quote, and only it
    assert pieces.evaluate_all("els => els.every(e => e.classList.contains('flash'))")
    colour = pieces.first.evaluate("e => getComputedStyle(e).backgroundColor")
    swatch = entry.locator(".swatch").evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour == swatch and colour not in ("rgba(0, 0, 0, 0)", "transparent")  # coloured by its speaker
    speaker = page.locator(f'#text .mk[data-ids~="s{index}"]')
    assert "".join(speaker.all_text_contents()) == "Anne Delizée"
    for kind, key in (("c", "quotes"), ("src", "sources"), ("d", "dates"), ("e", "events")):
        for i, fact in enumerate(record[key]):                            # every fact is marked in the text
            if kind != "c" or fact["cue"]:
                assert page.locator(f'#text .mk[data-ids~="{kind}{i}"]').count() >= 1, (kind, i)
    assert entry.evaluate("e => e.classList.contains('selected')")
    page.locator('input[data-layer="date"]').uncheck()                   # layers can be hidden
    assert "show-date" not in page.locator("#text").get_attribute("class")
    page.locator('input[data-layer="date"]').check()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "article.png"), full_page=False)


def test_actor_page(page, live_server, shots):
    page.goto(live_server["url"] + "/articles/kim-putin-2023")
    page.locator(".quote-fact .speaker", has_text="Anne Delizée").first.click()
    page.wait_for_url(re.compile(r"/actors/person:anne-delizee$"))
    assert page.locator("h1").inner_text() == "Anne Delizée"
    assert "Université de Mons" in page.locator("table.grid").first.inner_text()
    assert page.locator(".card svg.chart rect").count() >= 3               # the timeline has bars
    assert page.locator("#quotes .quote-line").count() == 8
    page.screenshot(path=str(shots / "actor.png"), full_page=True)
    page.locator("#quotes .quote-line a").first.click()                  # each quote leads to its evidence
    page.wait_for_url(re.compile(r"/articles/kim-putin-2023#q\d+$"))
    # the page flashes the fact a moment after it loads (a timer in the page script): wait for it,
    # with Playwright's timeout, rather than counting at once
    page.locator("#text .mk.flash").first.wait_for()
    assert page.locator("#text .mk.flash").count() >= 1


def test_relations_page(page, live_server, shots):
    page.goto(live_server["url"] + "/relations?level=countries&window=1Y")
    graph = page.locator("svg.graph")
    assert graph.locator("circle").count() >= 8
    strokes = graph.locator("line.edge").evaluate_all("els => els.map(e => e.getAttribute('stroke'))")
    reds = [s for s in strokes if int(s[1:3], 16) > int(s[3:5], 16)]
    greens = [s for s in strokes if int(s[3:5], 16) > int(s[1:3], 16)]
    assert reds and greens                                                 # conflict and cooperation both drawn
    assert page.locator("svg.blocs rect").count() >= 8
    assert page.locator("#events tbody tr").count() >= 10
    page.screenshot(path=str(shots / "relations.png"), full_page=True)
    # click a node's circle, as a user does: the middle of a node's link can fall between its circle
    # and a label placed apart from it; the node drawn last (the largest) is on top of every other
    graph.locator("a.node circle").last.click()
    page.wait_for_url(re.compile(r"/actors/country:"))
    assert page.locator(".kind.big").inner_text() == "country"

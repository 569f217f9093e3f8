"""The HTML explorer in real headless Chromium, with every proxy pointing nowhere (no network)."""

from __future__ import annotations

import json
import shutil
import tempfile
import time

import pytest

from graphbuild.rdf import extractions_to_dataset
from graphbuild.viz import write_html

pytestmark = pytest.mark.browser

EVIL = "</script><script>alert(1)</script> <img src=x onerror=alert(2)> \u2028 & <!-- x"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--proxy-server=127.0.0.1:9",
                  "--window-size=1400,900"]


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by Selenium through the Debian chromedriver (nothing downloaded)."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={tempfile.mkdtemp(prefix='gb-chromium-')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    # count alerts instead of letting them block the page
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "window.__alerts = []; window.alert = window.confirm = window.prompt = "
        "function (m) { window.__alerts.push(String(m)); };")})
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def hostile_dataset():
    """A small graph whose article text, title and actor label try to break out of the page."""
    from graphbuild.statement import Actor, Document, Evidence, Extraction, Statement

    sentence = f"Russia praised the Taliban. {EVIL}"
    text = f"Russia met the Taliban. {sentence} The US blamed ISIS-K."
    doc = Document(id="evil", text=text, title=f"Title {EVIL}", date="2024-03-22", url="https://example.org/a")
    later = Document(id="later", text="Russia recognizes the Taliban?", title="Later", date="2025-06-01")
    russia, taliban = Actor("russia", "Russia", "State"), Actor("taliban", f"Taliban {EVIL}", "ArmedGroup")
    us, isis = Actor("united-states", "United States", "State"), Actor("isis-k", "ISIS-K", "ArmedGroup")
    start = text.index(sentence)
    blamed = text.index("The US blamed")
    statements = (
        Statement(russia, "meets", taliban, Evidence("evil", "Russia met the Taliban.", 0, 23, "met", 7, 10), confidence=0.6),
        Statement(russia, "praises", taliban, Evidence("evil", sentence, start, start + len(sentence), "praised",
                                                       start + 7, start + 14), confidence=0.9),
        Statement(us, "blames", isis, Evidence("evil", "The US blamed ISIS-K.", blamed, blamed + 21, "blamed",
                                               blamed + 7, blamed + 13), confidence=0.8),
    )
    hypothetical = Statement(russia, "recognizes", taliban, Evidence("later", later.text, 0, 30, "recognizes", 7, 17),
                             modality="hypothetical")
    return extractions_to_dataset([Extraction(doc, (), statements), Extraction(later, (), (hypothetical,))])


@pytest.fixture(scope="module")
def page_file(hostile_dataset, tmp_path_factory):
    """The explorer of that graph."""
    return write_html(hostile_dataset, tmp_path_factory.mktemp("view") / "evil.html", title=f"Graph {EVIL}")


@pytest.fixture
def page(browser, page_file):
    """That explorer freshly loaded from disk, its layout stable."""
    browser.get_log("performance")  # drop what the browser did before
    browser.get_log("browser")
    browser.get(page_file.as_uri())
    _wait(browser, "return !!(window.graphbuild && window.graphbuild.stable)")
    return {"url": page_file.as_uri(), "driver": browser}


def _wait(driver, script, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {script}")


def _counts(driver):
    return driver.execute_script(
        "var n = graphbuild.network.body; return [n.nodeIndices.length, n.edgeIndices.length];")


def _reset(driver):
    driver.execute_script("""
        document.querySelectorAll('#controls input[type=checkbox]').forEach(function (b) {
          var want = b.dataset.filter !== 'filter-modalities' || graphbuild.data.plainModalities.indexOf(b.value) >= 0;
          if (b.checked !== want) b.click();
        });""")


def _edge_id(driver, relation):
    return driver.execute_script(
        "var r = arguments[0]; return graphbuild.data.edges.filter(function (e) { return e.relation === r; })[0].id;",
        relation)


def _click_edge(driver, edge_id, action="click"):
    """Move the real mouse to the middle of the drawn edge (curves included) and click it."""
    from selenium.webdriver.common.action_chains import ActionChains

    x, y = driver.execute_script("""
        var net = graphbuild.network, edge = net.body.edges[arguments[0]];
        var p = edge.edgeType.getPoint(0.5, edge.edgeType.via);
        var d = net.canvasToDOM(p), r = document.getElementById('network').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top];""", edge_id)
    body = driver.find_element("tag name", "body")
    rect = body.rect
    chain = ActionChains(driver).move_to_element_with_offset(body, int(x - rect["width"] / 2), int(y - rect["height"] / 2))
    (chain.click() if action == "click" else chain.pause(0.6)).perform()


@pytest.mark.parametrize("allowed", [("file:", "data:")])
def test_browser_page_loads_offline_without_failed_requests(page, allowed):
    driver = page["driver"]
    events = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
    ours = [e["params"] for e in events if e["method"] == "Network.requestWillBeSent"
            and e["params"].get("documentURL") == page["url"]]
    assert ours, "the page's own load was not seen"
    assert all(p["request"]["url"].startswith(allowed) for p in ours), [p["request"]["url"][:80] for p in ours]
    failed = {e["params"]["requestId"] for e in events if e["method"] == "Network.loadingFailed"}
    assert not failed & {p["requestId"] for p in ours}
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe


@pytest.mark.parametrize("nodes,edges", [(4, 3)])
def test_browser_network_holds_expected_nodes_and_edges(page, nodes, edges):
    driver = page["driver"]
    _reset(driver)
    assert _counts(driver) == [nodes, edges]
    assert driver.find_element("id", "stats").text == f"{nodes} actors · {edges} edges shown"


@pytest.mark.parametrize("control,value,expected", [
    ("filter-relations", "meets", [4, 2]),
    ("filter-relations", "blames", [2, 2]),
    ("filter-modalities", "hypothetical", [4, 4]),
])
def test_browser_filter_changes_what_is_shown(page, control, value, expected):
    driver = page["driver"]
    _reset(driver)
    driver.find_element("css selector", f"#{control} input[value='{value}']").click()
    assert _counts(driver) == expected
    dashed = driver.execute_script(
        "return graphbuild.network.body.edgeIndices.filter(function (i) { return graphbuild.network.body.edges[i].options.dashes; }).length;")
    assert dashed == (1 if value == "hypothetical" else 0)


@pytest.mark.parametrize("since,until,expected", [("2025-01-01", "", [0, 0]), ("", "2024-12-31", [4, 3])])
def test_browser_date_and_confidence_filters(page, since, until, expected):
    driver = page["driver"]
    _reset(driver)
    driver.execute_script("""
        var f = document.getElementById('date-from'), t = document.getElementById('date-to');
        if (arguments[0]) f.value = arguments[0]; if (arguments[1]) t.value = arguments[1];
        f.dispatchEvent(new Event('change')); t.dispatchEvent(new Event('change'));""", since, until)
    assert _counts(driver) == expected
    driver.execute_script("""
        var f = document.getElementById('date-from'), t = document.getElementById('date-to');
        f.value = graphbuild.data.dateMin; t.value = graphbuild.data.dateMax; t.dispatchEvent(new Event('change'));
        var c = document.getElementById('min-conf'); c.value = '0.85'; c.dispatchEvent(new Event('input'));""")
    assert _counts(driver) == [2, 1]
    driver.execute_script("var c = document.getElementById('min-conf'); c.value = '0'; c.dispatchEvent(new Event('input'));")


@pytest.mark.parametrize("relation,trigger", [("praises", "praised"), ("blames", "blamed")])
def test_browser_clicking_an_edge_shows_its_evidence(page, relation, trigger):
    driver = page["driver"]
    _reset(driver)
    _click_edge(driver, _edge_id(driver, relation))
    panel = driver.find_element("id", "panel")
    assert "open" in panel.get_attribute("class")
    assert driver.find_element("css selector", "#panel mark").text == trigger
    assert "2024-03-22" in panel.text
    assert driver.find_element("css selector", "#panel a").get_attribute("href") == "https://example.org/a"


@pytest.mark.parametrize("relation", ["praises"])
def test_browser_injected_article_text_stays_inert(page, relation):
    driver = page["driver"]
    _reset(driver)
    _click_edge(driver, _edge_id(driver, relation))
    panel_text = driver.execute_script("return document.getElementById('panel').textContent;")
    assert "</script><script>alert(1)</script>" in panel_text and "<img src=x onerror=alert(2)>" in panel_text
    assert driver.execute_script("return window.__alerts;") == []
    assert driver.execute_script("return document.querySelectorAll('img').length;") == 0
    assert driver.execute_script("return document.scripts.length;") == 3
    assert driver.title.startswith("Graph </script>")


@pytest.mark.parametrize("relation", ["blames"])
def test_browser_hovering_an_edge_shows_the_sentence(page, relation):
    driver = page["driver"]
    _reset(driver)
    _click_edge(driver, _edge_id(driver, relation), action="hover")
    tip = _wait(driver, "var t = document.querySelector('div.vis-tooltip'); "
                        "return t && t.style.visibility !== 'hidden' && t.textContent;", timeout=5)
    assert "The US blamed ISIS-K." in tip


@pytest.mark.parametrize("actor,dimmed", [("Russia", "ISIS-K")])
def test_browser_clicking_an_actor_highlights_its_neighbourhood(page, actor, dimmed):
    driver = page["driver"]
    _reset(driver)
    search = driver.find_element("id", "search")
    search.clear()
    search.send_keys(actor + "\n")
    colors = driver.execute_script("""
        var out = {}; graphbuild.data.nodes.forEach(function (n) {
          out[n.label] = graphbuild.nodes.get(n.id).color.background; }); return out;""")
    assert colors[dimmed] == "#e0e0e0" and colors[actor] != "#e0e0e0"
    assert driver.find_element("css selector", "#panel h3").text == actor
    links = driver.find_elements("css selector", "#panel ul.relations a")
    assert sorted(a.text[:30] for a in links) == ["→ meets Taliban </script><scri", "→ praises Taliban </script><sc"]
    links[0].click()
    assert driver.find_element("css selector", "#panel mark").text in ("met", "praised")
    driver.execute_script("graphbuild.network.emit('click', {nodes: [], edges: []});")


@pytest.mark.parametrize("flag", ["physicsEnabled"])
def test_browser_physics_stops_once_stable(page, flag):
    driver = page["driver"]
    assert driver.execute_script("return graphbuild.data.physics;") is True
    assert driver.execute_script(f"return graphbuild.network.physics.{flag};") is False


@pytest.mark.parametrize("max_nodes", [3])
def test_browser_large_graph_opens_laid_out_with_a_note(browser, make_extraction, tmp_path, max_nodes):
    triples = [("russia", "meets", "taliban"), ("china", "meets", "russia"), ("ukraine", "blames", "russia"),
               ("united-states", "blames", "isis-k"), ("taliban", "attacks", "isis-k")]
    path = write_html(extractions_to_dataset([make_extraction(triples)]), tmp_path / "big.html",
                      max_nodes=max_nodes, layout_threshold=2)
    browser.get(path.as_uri())
    _wait(browser, "return !!(window.graphbuild && window.graphbuild.stable)")
    assert browser.execute_script("return graphbuild.network.physics.physicsEnabled;") is False
    assert _counts(browser)[0] == max_nodes
    assert f"Showing the {max_nodes} of 6 actors" in browser.find_element("id", "note").text


@pytest.mark.parametrize("height", [500])
def test_browser_jupyter_iframe_runs_the_explorer(browser, hostile_dataset, tmp_path, height):
    from graphbuild.viz import GraphView

    view = GraphView(hostile_dataset, height=height)
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body>{view._repr_html_()}</body></html>", encoding="utf-8")
    browser.get(host.as_uri())
    browser.switch_to.frame(browser.find_element("tag name", "iframe"))
    try:
        _wait(browser, "return !!(window.graphbuild && window.graphbuild.stable)")
        assert _counts(browser) == [4, 3]
        assert browser.execute_script("return window.__alerts || [];") == []
    finally:
        browser.switch_to.default_content()

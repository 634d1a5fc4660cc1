"""The web view in a real browser: Debian's Chromium driven by Selenium, against a real
`watcher serve` on the README demo's state (plus one article whose title holds markup).

Each run writes a screenshot of each page to build/screenshots/ (git-ignored); fresh copies
are committed as docs/web-*.png for the README. The tests skip, saying why, only when
Chromium or its driver cannot be found (`.ci/run` installs them when it runs as root).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from tests.web import ROOT, Served, demo_state

SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,1000",
)  # fmt: skip

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if CHROMIUM is None or DRIVER is None:
    pytest.skip(
        "Chromium or chromedriver not found (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

from selenium.common.exceptions import (  # noqa: E402
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    state = demo_state(tmp_path_factory.mktemp("browser") / "demo")
    with Served(state) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="watcher-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _open(browser: Any, url: str, shot: str) -> str:
    """Load the page, save its screenshot, fail on any SEVERE console entry; its text."""
    browser.get(url)
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max(height, 700), 4000))
    browser.save_screenshot(str(SHOTS / f"web-{shot}.png"))
    browser.set_window_size(1280, 1000)
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe
    return str(browser.find_element(By.TAG_NAME, "body").text)


def test_the_now_page_shows_the_demo(browser: Any, served: Served) -> None:
    """Rates, the next deadline with its countdown and reminders, and the Busan meeting."""
    text = _open(browser, served.url + "/", "now")
    assert "30%" in text and "was 145%" in text
    assert "fentanyl-related" in text and "was 20%" in text
    assert "in 4 days" in text and "2025-11-09 (1d before)" in text
    assert "meeting on 2025-10-30" in text
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart polyline")) >= 3


def test_the_alert_links_open_their_pages(browser: Any, served: Served) -> None:
    """Every alert link of the list opens that alert's page, with its title as heading."""
    _open(browser, served.url + "/alerts", "alerts")
    links = [
        (a.get_attribute("href"), a.text)
        for a in browser.find_elements(By.CSS_SELECTOR, "a.alert-link")
    ]
    assert len(links) >= 11  # the demo's eleven, and the crafted article's
    for href, title in links:
        browser.get(href)
        assert title in browser.find_element(By.TAG_NAME, "h1").text
    _open(browser, links[-1][0], "alert")


def _detached(element: Any) -> bool:
    """Whether `element` has left the document. Chromium reports a node of a page being
    replaced either as stale or, mid-navigation, as an inspector error that says the node
    "does not belong to the document"; both mean the old page is gone (selenium's
    `staleness_of` knows only the first)."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as e:
        if "does not belong to the document" in str(e):
            return True
        raise
    return False


def _submit_filters(browser: Any, expect_in_url: str) -> None:
    """Submit the filter form and wait for the new page: a click does not wait for the
    navigation it starts, so reading the page at once could read the old one."""
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.CSS_SELECTOR, "form.filters button").click()
    wait = WebDriverWait(browser, 15)
    wait.until(lambda _: _detached(old))
    wait.until(expected_conditions.url_contains(expect_in_url))
    wait.until(lambda b: b.execute_script("return document.readyState") == "complete")


def test_the_filters_work_from_the_form(browser: Any, served: Served) -> None:
    """Choosing a severity and submitting the form lists only those alerts."""
    browser.get(served.url + "/alerts")
    Select(browser.find_element(By.NAME, "severity")).select_by_value("critical")
    _submit_filters(browser, "severity=critical")
    shown = {e.text for e in browser.find_elements(By.CSS_SELECTOR, "td .sev")}
    assert shown == {"CRITICAL"}
    Select(browser.find_element(By.NAME, "rule")).select_by_value("trump-xi-contact")
    _submit_filters(browser, "rule=trump-xi-contact")
    titles = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.alert-link")}
    assert titles == {"Trump-Xi call on 2025-09-19", "Trump-Xi meeting on 2025-10-30"}


def test_a_script_in_an_article_title_is_shown_as_text(browser: Any, served: Served) -> None:
    """The crafted title's `<script>` is text on the page and never runs."""
    text = _open(browser, served.url + "/", "now")
    assert '<script>document.title="pwned"</script>' in text
    assert browser.title == "Now · watcher"
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, main b")


def test_the_sources_page(browser: Any, served: Served) -> None:
    """Both demo sources, healthy, with their last poll."""
    text = _open(browser, served.url + "/sources", "sources")
    assert "demo-inbox" in text and "demo-wire" in text
    assert text.count("healthy") >= 2

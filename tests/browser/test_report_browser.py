"""The HTML report in a real browser: headless Chromium driven by selenium.

Skips cleanly when selenium, /usr/bin/chromium or /usr/bin/chromedriver is missing. Selenium is
given the driver explicitly, so it never tries to download one; Chromium runs with a fresh
profile and no background networking, and the page itself loads nothing from the network.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_samples import INJECTION_TEXT, demo_items, injection_item

from vnextract.output.html import render_report

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

CHROMIUM = os.environ.get("VNEXTRACT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("VNEXTRACT_CHROMEDRIVER", "/usr/bin/chromedriver")

pytestmark = [
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not found"),
    pytest.mark.skipif(not os.path.exists(CHROMEDRIVER), reason=f"{CHROMEDRIVER} not found"),
]

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)


def make_driver(profile: Path) -> Any:
    """A headless Chromium with an empty profile, through the system chromedriver."""
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for arg in CHROMIUM_ARGS:
        options.add_argument(arg)
    profile.mkdir(parents=True, exist_ok=True)
    options.add_argument(f"--user-data-dir={profile}")
    # an alert() left open would show up as an unexpected alert on the next command
    options.set_capability("unhandledPromptBehavior", "ignore")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    driver = make_driver(profile)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_report(browser: Any, tmp_path: Path, items: list[tuple[dict, str]]) -> Path:
    page = tmp_path / "report.html"
    page.write_text(render_report(items), encoding="utf-8")
    browser.get(page.as_uri())
    return page


def no_dialog(browser: Any) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        browser.switch_to.alert.dismiss()
    except NoAlertPresentException:
        return True
    return False


def mentions_expected(record: dict) -> dict[str, int]:
    return {
        "person": sum(len(p["mentions"]) for p in record["people"]),
        "province": sum(len(p["mentions"]) for p in record["provinces"]),
        "place": sum(len(p["mentions"]) for p in record.get("places", [])),
        "indicator": len(record["indicators"]),
    }


def test_highlights_counts_and_screenshot(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    items = demo_items()
    open_report(browser, tmp_path, items)
    assert browser.title == "vnextract report"
    for n, (record, _text) in enumerate(items, 1):
        article = browser.find_element(By.ID, f"a{n}")
        for kind, count in mentions_expected(record).items():
            found = article.find_elements(By.CSS_SELECTOR, f".text .m-{kind}")
            assert len(found) == count, (n, kind)
        # the titles as written, found next to their person
        titles = article.find_elements(By.CSS_SELECTOR, ".text .m-title")
        assert len(titles) == sum(len(p["titles_raw"]) for p in record["people"])
        # every highlight is focusable and carries its normalized value
        for el in article.find_elements(By.CSS_SELECTOR, ".text .m"):
            assert el.get_attribute("tabindex") == "0"
            assert el.get_attribute("data-tip")
    # index links to each article; the chart has one bar per province with indicators
    links = browser.find_elements(By.CSS_SELECTOR, "#index a")
    assert [a.get_attribute("hash") for a in links] == ["#a1", "#a2"]
    bars = browser.find_elements(By.CSS_SELECTOR, "#summary .bar-row:not(.concept)")
    assert {b.find_element(By.CSS_SELECTOR, ".bar-label").text for b in bars} == {
        "Quảng Bình", "Hồ Chí Minh", "Bình Dương"}
    # and within each province, a bar per concept (the demo records give none: "(other)")
    assert browser.find_elements(By.CSS_SELECTOR, "#summary .bar-row.concept")
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_focus_and_hover_show_the_normalized_value(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_report(browser, tmp_path, demo_items())
    tip = browser.find_element(By.ID, "tip")
    assert not tip.is_displayed()

    # keyboard: focus the indicator holding "Quảng Bình" -> value in base units, change, share
    ind = browser.find_element(By.CSS_SELECTOR, "#a1 .text .m-indicator")
    browser.execute_script("arguments[0].focus()", ind)
    assert tip.is_displayed()
    text = tip.text
    assert "Value: 1.850.000.000.000 VND" in text
    assert "Change: +12,4 % vs same period last year" in text
    assert "Share: 31 % of budget estimate" in text
    assert "Period: 2025-01/2025-03" in text
    assert ind.get_attribute("aria-describedby") == "tip"

    # Escape hides it
    ind.send_keys("\ue00c")  # Keys.ESCAPE
    assert not tip.is_displayed()

    # mouse: hover the nested province inside that indicator -> its 2025 unit
    prov = ind.find_element(By.CSS_SELECTOR, ".m-province")
    ActionChains(browser).move_to_element(prov).perform()
    assert tip.is_displayed()
    assert tip.text.splitlines() == ["Province: Quảng Bình", "Since 1/7/2025: Quảng Trị"]

    # hovering a person shows the name and the expanded titles; its table row lights up
    person = browser.find_element(By.CSS_SELECTOR, "#a1 .text .m-person")
    ActionChains(browser).move_to_element(person).perform()
    assert "Person: Lê Minh Tuấn" in tip.text
    assert "Ủy viên Ban Chấp hành Trung ương Đảng" in tip.text
    row = browser.find_element(By.CSS_SELECTOR, 'tr[data-ref="a1-p0"]')
    assert "on" in row.get_attribute("class").split()

    # Tab from one mention moves to the next and the tooltip follows
    browser.execute_script("arguments[0].focus()", person)
    person.send_keys("\ue004")  # Keys.TAB
    active = browser.switch_to.active_element
    assert "m" in active.get_attribute("class").split()
    assert tip.text == active.get_attribute("data-tip")


def test_injected_markup_never_runs(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_report(browser, tmp_path, [*demo_items(), injection_item()])
    # give an <img onerror> time to fire if it had been parsed as markup
    browser.execute_script("return new Promise(r => setTimeout(r, 300))")
    assert no_dialog(browser)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.find_elements(By.CSS_SELECTOR, "main img") == []
    # exactly the one script of the page
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1

    article = browser.find_element(By.ID, "a3")
    text = article.find_element(By.CSS_SELECTOR, ".text").text
    assert "<script>window.__pwned = 1; alert(1)</script>" in text
    assert '"><img src=x onerror="window.__pwned = 2; alert(2)">' in text
    assert text == INJECTION_TEXT

    # hovering everything that carries record strings still runs nothing
    for el in article.find_elements(By.CSS_SELECTOR, ".m, td"):
        ActionChains(browser).move_to_element(el).perform()
    tip = browser.find_element(By.ID, "tip")
    person = article.find_element(By.CSS_SELECTOR, ".m-person")
    ActionChains(browser).move_to_element(person).perform()
    assert 'Person: Phạm Văn An"><img src=x onerror="window.__pwned = 3; alert(3)">' in tip.text
    assert no_dialog(browser)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"

"""Debian's Chromium drives the dashboard: sign in from a Telegram link, every page, a
filter, a CSV download, screenshots in test-artifacts/, Persian and Arabic right-to-left.

Skipped only when Chromium is not installed and REQUIRE_BROWSER is not set (CI sets it).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from storage.database import Database
from tests.dashboard.conftest import seed
from tests.fake_bot_api import FakeBotAPI
from tests.telegram.conftest import OWNER_REZA, fake, make_settings, running

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
__all__ = ["fake"]  # the fake Bot API fixture, shared with tests/telegram
LINK = re.compile(r"(http://\S+/login\?t=\S+)")


def _browser_missing() -> str | None:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        return "Debian's chromium and chromium-driver are not installed"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    return None


@pytest.fixture(autouse=True)
def _require_browser() -> None:
    missing = _browser_missing()
    if missing is None:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {missing}; run scripts/install-system-deps")
    pytest.skip(f"{missing}; run scripts/install-system-deps")


def _driver(profile: Path, downloads: Path) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    return driver


def _downloaded(folder: Path, name: str) -> bytes:
    """The file once Chromium has finished writing it (bounded wait, not a timing claim)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done = folder / name
        if done.exists() and not list(folder.glob("*.crdownload")):
            return done.read_bytes()
        time.sleep(0.1)
    raise AssertionError(f"{name} was never downloaded: {list(folder.iterdir())}")


def _walk(link: str, tmp: Path) -> dict[str, Any]:
    """Everything the browser does, in a thread: the bot keeps serving in the event loop."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as until
    from selenium.webdriver.support.ui import Select, WebDriverWait

    ARTIFACTS.mkdir(exist_ok=True)
    downloads = tmp / "downloads"
    downloads.mkdir()
    driver = _driver(tmp / "profile", downloads)
    seen: dict[str, Any] = {}
    try:
        driver.get(link)
        wait = WebDriverWait(driver, 30)  # a bound on page loads, not a claim about speed
        driver.find_element(By.ID, "sign-in").click()
        wait.until(until.presence_of_element_located((By.CSS_SELECTOR, "main svg.chart")))
        seen["overview_charts"] = len(driver.find_elements(By.CSS_SELECTOR, "svg.chart"))
        seen["dir"] = driver.execute_script("return document.documentElement.dir")
        driver.save_screenshot(str(ARTIFACTS / "overview.png"))
        for page in ("handoffs", "praise", "jobs"):
            driver.get(link.split("/login")[0] + f"/{page}?period=all")
            seen[f"{page}_title"] = driver.title
            driver.save_screenshot(str(ARTIFACTS / f"{page}.png"))
        seen["quote_direction"] = driver.execute_script(
            "return [...document.querySelectorAll('blockquote')]"
            ".filter(b => /[\\u0600-\\u06FF]/.test(b.textContent))"
            ".map(b => getComputedStyle(b).direction)"
        )
        Select(driver.find_element(By.NAME, "language")).select_by_value("ar")
        driver.find_element(By.ID, "apply").click()
        wait.until(until.url_contains("language=ar"))
        wait.until(until.presence_of_element_located((By.ID, "groups")))
        seen["filtered_url"] = driver.current_url
        seen["filtered_quotes"] = [b.text for b in driver.find_elements(By.TAG_NAME, "blockquote")]
        driver.save_screenshot(str(ARTIFACTS / "jobs-filtered-ar.png"))
        driver.find_element(By.CSS_SELECTOR, "a.export[href^='/export/jobs.csv']").click()
        seen["csv"] = _downloaded(downloads, "jobs.csv")
        driver.get(link.split("/login")[0] + "/handoffs")
        seen["breaches"] = len(driver.find_elements(By.CSS_SELECTOR, "tr.breach"))
    finally:
        driver.quit()
    return seen


async def _seeded_bot_settings(tmp_path: Path, fake: FakeBotAPI, nlu_model_dir: Path) -> Settings:
    settings = make_settings(tmp_path, fake, nlu_model_dir)
    base = f"http://127.0.0.1:{settings.http_port}"
    settings = settings.model_copy(update={"public_base_url": base})
    database = Database(settings.database_url)
    await database.initialize()
    await seed(database, datetime.now(UTC))
    await database.shutdown()
    return settings


async def test_a_manager_signs_in_from_telegram_and_uses_every_page(
    fake: FakeBotAPI, tmp_path: Path, nlu_model_dir: Path
) -> None:
    settings = await _seeded_bot_settings(tmp_path, fake, nlu_model_dir)
    async with running(settings, fake):
        fake.push_command(OWNER_REZA, "/dashboard", first_name="Reza", language_code="fa")
        [message] = await fake.wait_for_messages(OWNER_REZA, 1)
        found = LINK.search(message)
        assert found is not None
        seen = await asyncio.to_thread(_walk, found.group(1), tmp_path)
    assert seen["dir"] == "rtl" and seen["overview_charts"] == 4
    assert seen["jobs_title"].startswith("کارهایی") and seen["praise_title"].startswith("تشکرها")
    assert seen["quote_direction"] and set(seen["quote_direction"]) == {"rtl"}
    assert "language=ar" in seen["filtered_url"]
    assert seen["filtered_quotes"] and all("طلبي" in q for q in seen["filtered_quotes"])
    csv_text = seen["csv"].decode("utf-8")
    assert csv_text.startswith("\ufeff") and "طلبي لم يصل" in csv_text  # the filtered table
    assert "سفارشم" not in csv_text
    assert seen["breaches"] == 1
    assert {p.name for p in ARTIFACTS.glob("*.png")} >= {"overview.png", "jobs-filtered-ar.png"}
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)

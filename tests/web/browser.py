"""Debian's Chromium, headless, driven by Selenium through Debian's chromium-driver.

Both paths are given, so Selenium Manager never looks for (or downloads) a browser or a
driver. ``--no-sandbox``: CI runs the suite as root, where Chromium's sandbox cannot start.
Chromium on Linux takes its display language from ``LANGUAGE``, not ``--lang``: with
``chromium-l10n``'s en-GB pack (scripts/test.sh installs it) date fields read dd/mm/yyyy, as a
reviewer in Scotland sees them; without it Chromium falls back to en-US. No test depends on it.
Screenshots go to ``$INGESTD_SCREENSHOTS`` when it is set (the README's pictures are made so:
``INGESTD_SCREENSHOTS=docs/screenshots scripts/test.sh tests/web``), else under the test's
tmp_path.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from tests.waiting import wait_until

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def start_chromium(download_dir: Path) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=en-GB", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(download_dir),
                                              "download.prompt_for_download": False})
    service = Service(executable_path=CHROMEDRIVER, env={**os.environ, "LANGUAGE": "en_GB"})
    return webdriver.Chrome(service=service, options=options)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = start_chromium(downloads)
    driver.download_dir = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: WebDriver, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("INGESTD_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert driver.save_screenshot(str(path)), f"could not save screenshot {path}"
    return path


def browser_login(driver: WebDriver, base_url: str, name: str, password: str) -> None:
    driver.get(f"{base_url}/login")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.ID, "login").click()
    wait_until(lambda: driver.find_elements(By.ID, "logout"), what="the logged-in page")


def downloaded(driver: WebDriver, suffix: str) -> Path:
    folder: Path = driver.download_dir  # type: ignore[attr-defined]
    return wait_until(lambda: next((p for p in folder.glob(f"*{suffix}") if p.stat().st_size), None),
                      what=f"a downloaded {suffix} file")

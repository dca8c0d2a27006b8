from selenium.webdriver.common.by import By

from tests.web.browser import browser, browser_login, screenshot  # noqa: F401 - fixture


def test_log_in_and_see_the_intake_log(web, browser, tmp_path):
    browser_login(browser, web.url, "reviewer", web.users["reviewer"])
    rows = browser.find_elements(By.CSS_SELECTOR, "#log tbody tr")
    assert len(rows) == 4
    screenshot(browser, "intake-log", tmp_path)

#!/usr/bin/env python3
"""The workbench's main flow in a real browser (Chromium through Selenium), end to end.

Serves a temporary workspace (copies of the shipped summer scenario and the default data set)
with samplan-serve and, as a planner would: opens the list, opens the summer scenario, makes a
ward-closure variant with the form, runs it, watches it finish (live, through the server's
events), opens its report, downloads the Excel workbook and reads it with openpyxl, compares the
variant with the base and opens the comparison. A screenshot of each page goes to
docs/screenshots/workbench-*.png. Exits 0 when every step did what it should, 1 otherwise.

    python3 Serve/Tests/e2e/main_flow.py --server Serve/.build/debug/samplan-serve

Needs chromium, chromium-driver (Debian) and selenium, openpyxl (PyPI).
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import Select, WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_workspace(root):
    scenarios = os.path.join(REPO, "Scenarios")
    shutil.copytree(os.path.join(scenarios, "data", "mellansverige-2024"), os.path.join(root, "data", "mellansverige-2024"))
    for name in ["summer-2024.yaml", "summer-2024-ward-closure.yaml"]:
        shutil.copy(os.path.join(scenarios, name), root)
    os.makedirs(os.path.join(root, "nivastrukturering"))
    shutil.copy(os.path.join(scenarios, "nivastrukturering", "tavi.yaml"), os.path.join(root, "nivastrukturering"))


def start_server(binary, workspace, port, log):
    process = subprocess.Popen([binary, "--workspace", workspace, "--port", str(port), "--jobs", "1"],
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/halsa", timeout=1) as r:
                if r.read() == b"ok\n":
                    return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("samplan-serve did not answer on /halsa")


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=sv-SE"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


class Flow:
    def __init__(self, driver, base, shots):
        self.driver, self.base, self.shots = driver, base, shots

    def shot(self, name):
        """A screenshot of the whole page (the window grown to its height)."""
        height = self.driver.execute_script("return Math.min(document.documentElement.scrollHeight, 4000)")
        self.driver.set_window_size(1280, max(700, height))
        path = os.path.join(self.shots, f"workbench-{name}.png")
        self.driver.save_screenshot(path)
        self.driver.set_window_size(1280, 1000)
        print(f"  screenshot {os.path.relpath(path, REPO)}")

    def expect(self, condition, what):
        if not condition:
            raise AssertionError(what)
        print(f"  ok: {what}")

    def shows(self, text, timeout=30):
        """Whether the page shows `text` within `timeout` seconds: a click returns before the next
        page has loaded, so reading page_source at once races the navigation."""
        try:
            WebDriverWait(self.driver, timeout, poll_frequency=0.2).until(lambda d: text in d.page_source)
            return True
        except TimeoutException:
            return False

    def wait_finished(self, timeout):
        """Waits on the run page until the live status has reloaded it as ended."""
        WebDriverWait(self.driver, timeout, poll_frequency=0.5).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "p.status") and not d.find_elements(By.ID, "live"))
        status = self.driver.find_element(By.CSS_SELECTOR, "p.status").text
        self.expect(status == "Klar", f"the run ended as Klar (it says {status!r})")


def main_flow(flow, downloads, timeout):
    d = flow.driver
    print("1. the scenario list")
    d.get(flow.base + "/")
    flow.expect("Scenarier" in d.title and "Sommar 2024 – hela regionen" in d.page_source, "the list shows the scenarios")
    flow.shot("list")
    d.find_element(By.LINK_TEXT, "Sommar 2024 – hela regionen").click()
    flow.expect(flow.shows("Inställningar"), "the scenario's settings in words")
    flow.shot("scenario")

    print("2. a ward-closure variant")
    d.find_element(By.ID, "ny-variant").click()
    d.find_element(By.ID, "namn").send_keys("Sommar 2024 – Västerås ortopedi stängd v. 29–30")
    d.find_element(By.ID, "fil").send_keys("sommar-2024-vasteras-stangd")
    Select(d.find_element(By.ID, "stang0_sjukhus")).select_by_visible_text("Västmanlands sjukhus Västerås")
    Select(d.find_element(By.ID, "stang0_specialitet")).select_by_visible_text("Ortopedi")
    d.find_element(By.ID, "stang0_veckor").send_keys("29..30")
    Select(d.find_element(By.ID, "stang0_resurs")).select_by_value("beds")
    flow.shot("variant")
    d.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    flow.expect(flow.shows("Varianten sparades."), "the variant was written and its page shown")

    print("3. run it and watch it finish")
    d.find_element(By.ID, "kor").click()
    WebDriverWait(d, 30, poll_frequency=0.2).until(lambda d: d.find_elements(By.ID, "live") or d.find_elements(By.CSS_SELECTOR, "p.status"))
    flow.expect(d.find_elements(By.ID, "live"), "the run page shows the live status")
    flow.shot("run-live")
    flow.wait_finished(timeout)
    flow.shot("run")
    run_url = d.current_url

    print("4. its report and its workbook")
    d.find_element(By.ID, "rapport").click()
    flow.expect(flow.shows("<svg"), "the report opened (with its charts)")
    flow.shot("report")
    d.get(run_url)
    d.find_element(By.ID, "xlsx").click()
    workbook = wait_for_download(downloads, timeout=60)
    check_workbook(flow, workbook)

    print("5. compare it with the base")
    d.find_element(By.ID, "jamfor").click()
    Select(d.find_element(By.ID, "a")).select_by_value("fil:summer-2024.yaml")
    flow.shot("compare-form")
    d.find_element(By.ID, "starta-jamforelse").click()
    flow.wait_finished(timeout)
    flow.expect("settlement_diff.csv" in d.page_source, "the comparison's files are listed")
    flow.shot("compare")
    d.find_element(By.ID, "rapport").click()
    flow.shot("compare-report")

    print("6. the history and the price sweep form")
    d.get(flow.base + "/historik")
    flow.expect(d.page_source.count("/ta-bort") >= 2, "the history lists both runs")
    flow.shot("history")
    d.get(flow.base + "/svep?fran=summer-2024.yaml")
    flow.shot("sweep-form")


def wait_for_download(folder, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        done = [f for f in os.listdir(folder) if f.endswith(".xlsx")]
        if done and not [f for f in os.listdir(folder) if f.endswith(".crdownload")]:
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    raise AssertionError("the workbook was not downloaded")


def check_workbook(flow, path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    titles = book.sheetnames
    flow.expect(titles[0] == "Sammanfattning" and "Flöden" in titles, f"the workbook opens: {', '.join(titles)}")
    flows = book["Flöden"]
    flow.expect(flows.freeze_panes == "A2" and flows.max_row > 1, f"Flöden has {flows.max_row - 1} rows and a frozen header")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", default=os.path.join(REPO, "Serve", ".build", "debug", "samplan-serve"))
    parser.add_argument("--screenshots", default=os.path.join(REPO, "docs", "screenshots"))
    parser.add_argument("--timeout", type=float, default=600, help="seconds a run may take")
    args = parser.parse_args()
    os.makedirs(args.screenshots, exist_ok=True)
    temp = tempfile.mkdtemp(prefix="samplan-e2e-")
    workspace, downloads = os.path.join(temp, "ws"), os.path.join(temp, "hamtat")
    os.makedirs(workspace)
    os.makedirs(downloads)
    make_workspace(workspace)
    port = free_port()
    log = open(os.path.join(temp, "server.log"), "w")
    server = start_server(args.server, workspace, port, log)
    driver = None
    try:
        driver = browser(downloads)
        main_flow(Flow(driver, f"http://127.0.0.1:{port}", args.screenshots), downloads, args.timeout)
        print("main flow: ok")
        return 0
    except Exception as error:  # any failed step: say which, with the server's log
        print(f"main flow FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        if driver:
            print(f"at {driver.current_url}", file=sys.stderr)
        log.flush()
        print(open(os.path.join(temp, "server.log")).read()[-4000:], file=sys.stderr)
        return 1
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

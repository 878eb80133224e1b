"""Playwright driving the machine's Chromium, and axe-core checks, for browser tests."""

from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
AXE_JS = Path(__file__).with_name("axe.min.js")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Every rule of those tags is run; only the violations' nodes are collected and sent back
# (axe's resultTypes), not those of the thousands of checks a page passes.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is not installed: run `make test`"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser page; fails the test if the page breaks its CSP or logs an error."""
    context = chromium.new_context()
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda msg: page.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    yield page
    context.close()
    assert not page.console_errors, f"Browser console errors: {page.console_errors}"


def assert_accessible(page):
    """Run axe-core on the page; fail listing every WCAG A/AA violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    axe.axe_script = AXE_JS.read_text()
    results = axe.run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    summary = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in violations
    ]
    assert not violations, f"{page.url}:\n" + "\n".join(summary)


def sign_in(page, live_server, email, password):
    page.goto(f"{live_server.url}/accounts/sign-in/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def label_of(cell):
    """The column's name shown before a stacked cell (its ::before), without the empty
    alternative text after the "/" that keeps it from screen readers."""
    content = cell.evaluate("(td) => getComputedStyle(td, '::before').content")
    return content.removesuffix(' / ""')


def tables_wider_than_their_box(page):
    """The tables in the page's main content wider than the box they sit in (a scroll box
    or a column), each as "caption: its width in the box's": what a phone scrolls sideways."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main table')].filter((table) =>
            table.getBoundingClientRect().width > table.parentElement.clientWidth + 1
        ).map((table) => {
            const caption = table.caption ? table.caption.innerText.trim() : '';
            const width = Math.round(table.getBoundingClientRect().width);
            return `${caption || table.parentElement.getAttribute('aria-label')}: ${width}px`
                + ` in ${table.parentElement.clientWidth}px`;
        })"""
    )

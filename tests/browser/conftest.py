"""Headless Chromium through Playwright, with every network request blocked.

Uses Debian's ``/usr/bin/chromium`` (never a downloaded browser); the tests skip, saying
why, when it or the ``playwright`` package is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"

if not Path(CHROMIUM).is_file():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is missing")


@dataclass
class Session:
    """A page plus what it reported: console errors, dialogs, blocked requests."""

    page: object
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        """Load a local file and wait until plotly has drawn every chart on it."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function(
            "() => { const charts = document.querySelectorAll('.plotly-graph-div');"
            " return charts.length > 0 && [...charts].every(c => c._fullLayout); }"
        )


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def session(browser: object) -> Iterator[Session]:
    page = browser.new_page(viewport={"width": 1280, "height": 820})
    session = Session(page)
    page.on("console", lambda m: m.type == "error" and session.errors.append(m.text))
    page.on("pageerror", lambda error: session.errors.append(str(error)))

    def on_dialog(dialog: object) -> None:
        session.dialogs.append(dialog.message)
        dialog.dismiss()

    def route(route: object) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            session.blocked.append(route.request.url)
            route.abort()

    page.on("dialog", on_dialog)
    page.route("**/*", route)
    yield session
    page.close()


FIXTURES = Path(__file__).parents[1] / "render" / "fixtures"


@pytest.fixture
def us_russia() -> object:
    """The hand-made U.S.–Russia 2021 timeline of ``tests/render/fixtures``."""
    import pandas as pd

    return pd.read_csv(FIXTURES / "us_russia_2021.csv")


@pytest.fixture
def hostile() -> object:
    """Events whose text fields try to inject markup and script (``window.__pwned``)."""
    import pandas as pd

    return pd.read_csv(FIXTURES / "hostile.csv")

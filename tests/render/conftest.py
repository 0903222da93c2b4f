"""Shared frames for the rendering tests, read from ``fixtures/``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def us_russia() -> pd.DataFrame:
    """The hand-made U.S.–Russia 2021 timeline (13 events, two of them approximate)."""
    return pd.read_csv(FIXTURES / "us_russia_2021.csv")


@pytest.fixture
def hostile() -> pd.DataFrame:
    """Two events whose text fields try to inject markup and script (``window.__pwned``)."""
    return pd.read_csv(FIXTURES / "hostile.csv")

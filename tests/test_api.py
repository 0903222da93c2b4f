"""The public API: every name the package promises can be imported from ``timeline``."""

import importlib

import timeline


def test_every_public_name_resolves() -> None:
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None


def test_importing_the_package_stays_light() -> None:
    module = importlib.reload(timeline)
    assert module.__version__

"""The public API: every name the package promises can be imported from ``timeline``."""

import subprocess
import sys

import timeline


def test_every_public_name_resolves() -> None:
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None


def test_importing_the_package_imports_no_heavy_package() -> None:
    code = (
        "import sys, timeline\n"
        "print(sorted(m for m in ('pandas', 'plotly', 'dateparser') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

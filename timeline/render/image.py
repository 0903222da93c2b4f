"""Static images (PNG, SVG, PDF) through plotly's kaleido and a local Chromium.

>>> write_image(plot(frame), "output/timeline.png")  # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import plotly.graph_objects as go

from timeline.io import atomic_write_bytes

IMAGE_FORMATS: dict[str, str] = {
    "png": "png",
    "svg": "svg",
    "pdf": "pdf",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "webp": "webp",
}
"""Image file suffixes and the kaleido format each one asks for."""
BROWSER_CANDIDATES: tuple[str, ...] = (
    "/usr/bin/chromium",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)
NO_BROWSER = (
    "Static images need Chromium or Chrome, and none was found. Install one "
    "(Debian/Ubuntu: `sudo apt-get install chromium`) or point BROWSER_PATH at it, "
    "or write HTML instead (`-o timeline.html`)."
)


class ImageExportError(RuntimeError):
    """A static image could not be written; the message says what to do instead."""


def find_browser() -> str | None:
    """The Chromium to draw images with: ``$BROWSER_PATH``, else the first one installed."""
    if configured := os.environ.get("BROWSER_PATH"):
        return configured if Path(configured).is_file() else None
    for candidate in BROWSER_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def write_image(
    figure: go.Figure,
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int | None = None,
    scale: float = 2,
) -> Path:
    """Write the figure as PNG, SVG, PDF, JPEG or WebP (by the file suffix), without its slider.

    Raises :class:`ImageExportError` with a message for the user when the format is unknown,
    kaleido is missing, no Chromium is installed, or the browser fails.
    """
    target = Path(path)
    image_format = IMAGE_FORMATS.get(target.suffix.lower().lstrip("."))
    if image_format is None:
        suffixes = ", ".join(f".{suffix}" for suffix in IMAGE_FORMATS)
        raise ImageExportError(f"cannot write {target.name}: image files end in {suffixes}")
    browser = find_browser()
    if browser is None:
        raise ImageExportError(NO_BROWSER)
    try:
        import kaleido
    except ImportError as error:
        raise ImageExportError(
            "Static images need kaleido: pip install 'timeline[images]'"
        ) from error
    still = go.Figure(figure)
    still.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    options = {"format": image_format, "width": width, "scale": scale}
    options["height"] = height or still.layout.height or 520
    try:
        data = kaleido.calc_fig_sync(
            still.to_dict(), opts=options, kopts={"path": browser, "mathjax": False}
        )
    except Exception as error:  # kaleido raises many types; the user needs one message
        raise ImageExportError(f"could not draw {target.name} with {browser}: {error}") from error
    return atomic_write_bytes(target, data)

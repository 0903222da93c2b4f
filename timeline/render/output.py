"""One call from a frame to the file a user asked for, chosen by its suffix.

>>> write_timeline(frame, "output/timeline.html")  # doctest: +SKIP
>>> write_timeline(frame, "output/timeline.png", theme="dark")  # doctest: +SKIP
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.render.figure import plot
from timeline.render.html import write_figure_json, write_html
from timeline.render.image import IMAGE_FORMATS, write_image

OUTPUT_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".json", *(f".{f}" for f in IMAGE_FORMATS))


def write_timeline(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    embed: bool = False,
    plotlyjs: str = "inline",
    **plot_options: Any,
) -> list[Path]:
    """Draw ``frame`` with :func:`plot` and write it as ``path``'s suffix says; the files written.

    ``.html``: a standalone page, or with ``embed=True`` a fragment plus the figure as JSON
    beside it (``timeline.json``). ``.json``: the plotly figure. ``.png``/``.svg``/``.pdf``:
    a static image (raises ``ImageExportError`` with advice when no browser is found).
    Raises ``ValueError`` for other suffixes and for frames without ``start`` or ``title``.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise ValueError(f"cannot write {target.name}: use one of {', '.join(OUTPUT_SUFFIXES)}")
    figure = plot(frame, **plot_options)
    if suffix == ".json":
        return [write_figure_json(figure, target)]
    if suffix in (".html", ".htm"):
        page = write_html(figure, target, plotlyjs=plotlyjs, embed=embed)
        return [page, write_figure_json(figure, target.with_suffix(".json"))] if embed else [page]
    return [write_image(figure, target)]

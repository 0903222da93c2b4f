"""Rendering: the plotly figure of an event frame and the files made from it.

>>> from timeline.render import plot, write_html
>>> fig = plot(frame, lanes="event_type", title="U.S.–Russia, 2021")  # doctest: +SKIP
>>> write_html(fig, "output/timeline.html")  # doctest: +SKIP
"""

from timeline.render.figure import PLOVER_COLOURS, THEMES, plot
from timeline.render.html import (
    PLOTLYJS_CHOICES,
    event_table,
    figure_json,
    write_figure_json,
    write_html,
    write_report,
)
from timeline.render.image import IMAGE_FORMATS, ImageExportError, write_image
from timeline.render.marks import LANE_CHOICES
from timeline.render.output import OUTPUT_SUFFIXES, write_timeline

__all__ = [
    "IMAGE_FORMATS",
    "LANE_CHOICES",
    "OUTPUT_SUFFIXES",
    "PLOTLYJS_CHOICES",
    "PLOVER_COLOURS",
    "THEMES",
    "ImageExportError",
    "event_table",
    "figure_json",
    "plot",
    "write_figure_json",
    "write_html",
    "write_image",
    "write_report",
    "write_timeline",
]

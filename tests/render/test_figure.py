"""The figure: one drawn mark per event, legend per type, bands, themes, dense mode."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline.render import PLOVER_COLOURS, plot


def drawn(figure: go.Figure) -> int:
    """Events drawn: markers and bars (labels and WebGL extents are not events)."""
    return sum(len(trace.y) for trace in figure.data if trace.meta in ("point", "range", "band"))


def by_meta(figure: go.Figure, meta: str, name: str | None = None) -> list:
    return [t for t in figure.data if t.meta == meta and (name is None or t.name == name)]


def test_one_mark_per_event_and_one_legend_entry_per_type(us_russia):
    figure = plot(us_russia)
    assert isinstance(figure, go.Figure)
    assert drawn(figure) == len(us_russia)
    legend = sorted(trace.name for trace in figure.data if trace.showlegend)
    assert legend == sorted(us_russia["event_type"].unique())
    assert all(trace.legendgroup == trace.name for trace in figure.data)


def test_rough_dates_are_faint_bands_over_their_interval(us_russia):
    (band,) = by_meta(plot(us_russia), "band", "CONSULT")
    assert len(band.y) == 2
    assert band.marker.pattern.shape == "/"
    assert "rgba" in band.marker.color
    starts = sorted(pd.Timestamp(base) for base in band.base)
    assert starts == [pd.Timestamp("2021-04-01"), pd.Timestamp("2021-06-11")]
    assert sorted(band.x) == [10 * 86_400_000, 30 * 86_400_000]


def test_single_days_are_markers_and_ranges_bars(us_russia):
    figure = plot(us_russia)
    assert len(by_meta(figure, "point", "CONSULT")[0].x) == 6
    (ranges,) = by_meta(figure, "range", "CONSULT")
    assert sorted(ranges.x) == [2 * 86_400_000, 4 * 86_400_000]


def test_colours_follow_plover_types(us_russia):
    (sanction,) = by_meta(plot(us_russia), "point", "SANCTION")
    assert sanction.marker.color == PLOVER_COLOURS["SANCTION"]


def test_layout_has_slider_zoom_buttons_and_sensible_range(us_russia):
    layout = plot(us_russia).layout
    assert layout.xaxis.rangeslider.visible
    assert [b.label for b in layout.xaxis.rangeselector.buttons] == [
        "month",
        "6 months",
        "year",
        "all",
    ]
    start, end = (pd.Timestamp(value) for value in layout.xaxis.range)
    assert pd.Timestamp("2020-12-01") < start < pd.Timestamp("2021-01-26")
    assert pd.Timestamp("2021-12-31") < end < pd.Timestamp("2022-06-01")
    assert layout.yaxis.fixedrange
    assert list(layout.yaxis.ticktext) == ["AGREE", "CONSULT", "DISAPPROVE", "SANCTION"]


def test_title_subtitle_and_themes(us_russia):
    light = plot(us_russia, title="U.S. & Russia", subtitle="from <i>news</i>")
    assert light.layout.title.text == "<b>U.S. &amp; Russia</b>"
    assert light.layout.title.subtitle.text == "from &lt;i&gt;news&lt;/i&gt;"
    assert plot(us_russia).layout.title.subtitle.text == "13 events, Jan 2021 – Dec 2021"
    dark = plot(us_russia, theme="dark")
    assert dark.layout.paper_bgcolor != light.layout.paper_bgcolor
    with pytest.raises(ValueError, match="theme"):
        plot(us_russia, theme="sepia")


def test_lanes_none_hides_lane_names(us_russia):
    figure = plot(us_russia, lanes="none")
    assert list(figure.layout.yaxis.tickvals) == []
    assert drawn(figure) == len(us_russia)


def test_labels_are_shown_for_a_small_timeline(us_russia):
    labels = [text for t in by_meta(plot(us_russia), "labels") for text in t.text]
    assert len(labels) == len(us_russia)
    assert any("Kerry visits Moscow" in label for label in labels)


def test_dense_frames_use_webgl_without_labels():
    days = pd.date_range("2000-01-01", periods=3000, freq="D")
    frame = pd.DataFrame(
        {
            "start": days,
            "end": days + pd.Timedelta(days=2),
            "title": "event",
            "event_type": ["CONSULT", "SANCTION", "AGREE"] * 1000,
            "precision": ["day", "days", "month"] * 1000,
        }
    )
    figure = plot(frame)
    assert {trace.type for trace in figure.data} == {"scattergl"}
    assert sum(len(t.x) for t in by_meta(figure, "point")) == len(frame)
    assert by_meta(figure, "labels") == []


def test_empty_frame_gives_an_empty_titled_figure():
    figure = plot(pd.DataFrame({"start": [], "title": []}), title="Nothing yet")
    assert figure.data == ()
    assert figure.layout.title.subtitle.text == "No events"


def test_figure_can_be_restyled_like_any_plotly_figure(us_russia):
    figure = (
        plot(us_russia)
        .update_layout(height=300)
        .update_traces(marker_size=20, selector={"meta": "point"})
    )
    assert figure.layout.height == 300
    assert {t.marker.size for t in figure.data if t.meta == "point"} == {20}


def test_unknown_types_get_palette_colours_even_as_bands():
    frame = pd.DataFrame(
        {
            "start": ["2021-04-01", "2021-05-02"],
            "end": ["2021-04-30", "2021-05-02"],
            "precision": ["month", "day"],
            "title": ["a", "b"],
            "event_type": ["RUMOUR", ""],
        }
    )
    figure = plot(frame)
    (band,) = by_meta(figure, "band")
    assert band.name == "RUMOUR" and band.marker.color.startswith("rgba(")
    assert [t.name for t in figure.data if t.showlegend] == ["RUMOUR", "other"]


def test_a_few_outliers_do_not_squeeze_the_first_view(us_russia):
    old = pd.DataFrame({"start": ["1991-12-25"], "title": ["USSR ends"]})
    layout = plot(pd.concat([us_russia, old])).layout
    start, end = (pd.Timestamp(value) for value in layout.xaxis.range)
    assert pd.Timestamp("2020-12-01") < start < pd.Timestamp("2021-04-01")
    assert end > pd.Timestamp("2021-12-01")
    assert pd.Timestamp(layout.xaxis.rangeslider.range[0]) < pd.Timestamp("1991-12-25")

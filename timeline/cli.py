"""The ``timeline`` command line: a thin layer over the public API.

Heavy packages (pandas, plotly, dateparser) are imported inside the commands, so
``timeline --help`` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from timeline.articles import Article, ReadFailure

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
LANES = ("event_type", "actor", "country", "source", "none")
THEMES = ("light", "dark")
PLOTLYJS = ("inline", "cdn", "directory", "none")


class UsageError(Exception):
    """A problem the user fixes by changing the command; printed without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles into interactive timelines of diplomatic events.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build", help="articles -> timeline.html, events.csv and events.json in one go"
    )
    build.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="files, folders or globs (default: data/)"
    )
    build.add_argument(
        "--out", default="output", metavar="DIR", help="output folder (default: output/)"
    )
    _add_reading_options(build)
    build.add_argument("--top", type=int, metavar="K", help="keep only the K most salient events")
    _add_figure_options(build)

    extract = commands.add_parser("extract", help="articles -> events table (CSV or JSON)")
    extract.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    extract.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="events.csv or events.json"
    )
    _add_reading_options(extract)

    render = commands.add_parser(
        "render", help="events table -> timeline (.html, embeddable fragment, .png/.svg/.pdf)"
    )
    render.add_argument("events", metavar="EVENTS", help="events.csv (also hand-edited) or .json")
    render.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="timeline.html, figure .json, or an image: .png, .svg, .pdf, .jpg, .webp",
    )
    render.add_argument(
        "--embed",
        action="store_true",
        help="write a <div> fragment to paste into a page (and the figure as .json beside it)",
    )
    render.add_argument(
        "--report",
        action="store_true",
        help="a page with the chart and a sortable, filterable table of events",
    )
    _add_figure_options(render)

    timeml = commands.add_parser("timeml", help="annotate TempEval-3 TimeML files with TIMEX3")
    timeml.add_argument("in_dir", metavar="IN_DIR")
    timeml.add_argument("out_dir", metavar="OUT_DIR")

    evaluate = commands.add_parser("eval", help="TempEval-3 timex scores of system files")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR")
    evaluate.add_argument("sys_dir", metavar="SYS_DIR")
    evaluate.add_argument(
        "--misses", type=int, default=10, metavar="N", help="list the N worst misses (default 10)"
    )
    return parser


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date for inputs whose metadata has none",
    )
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="extract with N processes (default 1)"
    )


def _add_figure_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lanes",
        choices=LANES,
        default="event_type",
        help="one row of the chart per … (default event_type)",
    )
    parser.add_argument("--title", help="chart title")
    parser.add_argument("--subtitle", help="chart subtitle")
    parser.add_argument("--theme", choices=THEMES, default="light")
    parser.add_argument(
        "--plotlyjs",
        choices=PLOTLYJS,
        default="inline",
        help="inline: works offline (default); cdn or directory: smaller files",
    )


# ---------------------------------------------------------------- commands


def run_build(args: argparse.Namespace) -> int:
    """``timeline build``: read, extract, and write the timeline, CSV and JSON."""
    from timeline.frame import write_csv, write_json
    from timeline.render import plot, write_html, write_report

    inputs = args.inputs or ["data"]
    if not args.inputs and not Path("data").is_dir():
        raise UsageError("no INPUT given and no data/ folder here: name files or folders")
    tally, frame = _read_and_extract(inputs, args)
    if args.top is not None:
        from timeline.events import top_events

        frame = top_events(frame, args.top)
    out = Path(args.out)
    figure = plot(frame, **_figure_options(args))
    written = [
        write_html(figure, out / "timeline.html", plotlyjs=args.plotlyjs),
        write_report(frame, out / "report.html", plotlyjs=args.plotlyjs, figure=figure),
        write_csv(frame, out / "events.csv"),
        write_json(frame, out / "events.json"),
    ]
    _print_summary(tally, frame, written)
    return EXIT_INPUT_FAILED if tally.failures else EXIT_OK


def run_extract(args: argparse.Namespace) -> int:
    """``timeline extract``: read and extract, write only the events table."""
    from timeline.frame import write_csv, write_json

    tally, frame = _read_and_extract(args.inputs, args)
    writer = write_json if args.output.lower().endswith(".json") else write_csv
    _print_summary(tally, frame, [writer(frame, args.output)])
    return EXIT_INPUT_FAILED if tally.failures else EXIT_OK


def run_render(args: argparse.Namespace) -> int:
    """``timeline render``: draw an events table (also one edited by hand)."""
    from timeline.frame import read_frame
    from timeline.render import write_report, write_timeline

    frame = read_frame(args.events)
    figure_options = _figure_options(args)
    if args.report:
        paths = [write_report(frame, args.output, plotlyjs=args.plotlyjs, **figure_options)]
    else:
        paths = write_timeline(
            frame, args.output, embed=args.embed, plotlyjs=args.plotlyjs, **figure_options
        )
    print(f"{len(frame)} events drawn")
    for path in paths:
        print(f"  wrote {path}")
    return EXIT_OK


def _figure_options(args: argparse.Namespace) -> dict[str, str | None]:
    return {
        "lanes": args.lanes,
        "title": args.title or "Timeline",
        "subtitle": args.subtitle,
        "theme": args.theme,
    }


def run_timeml(args: argparse.Namespace) -> int:
    """``timeline timeml``: add TIMEX3 tags to TempEval-3 input files."""
    from timeline.temporal.timeml import annotate_dir

    summary = annotate_dir(args.in_dir, args.out_dir)
    print(summary)
    return EXIT_INPUT_FAILED if summary.failed else EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    """``timeline eval``: TempEval-3 scores of a system folder against a gold folder."""
    from timeline.evaluate import main_report

    print(main_report([args.gold_dir], [args.sys_dir], misses=args.misses))
    return EXIT_OK


COMMANDS = {
    "build": run_build,
    "extract": run_extract,
    "render": run_render,
    "timeml": run_timeml,
    "eval": run_eval,
}


# ---------------------------------------------------------------- shared steps


@dataclass
class ReadTally:
    """What reading the inputs gave, counted while the articles stream through extraction."""

    articles: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


def _read_and_extract(
    inputs: Sequence[str], args: argparse.Namespace
) -> tuple[ReadTally, pd.DataFrame]:
    from timeline.articles import ArticleError, ReadFailure, iter_articles
    from timeline.pipeline import extract_events

    tally = ReadTally()
    show_progress = sys.stderr.isatty()

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs, published=args.published):
            if isinstance(item, ReadFailure):
                tally.failures.append(item)
                print(f"\rerror: {item}", file=sys.stderr)
                continue
            tally.articles += 1
            if item.published is None:
                tally.undated.append(item.path or item.article_id)
            if show_progress:
                print(f"\r{tally.articles} articles read …", end="", file=sys.stderr)
            yield item

    try:
        frame = extract_events(articles(), jobs=max(1, args.jobs))
    except ArticleError as error:
        raise UsageError(str(error)) from None
    if show_progress:
        print("\r", end="", file=sys.stderr)
    if tally.undated:
        print(
            f"warning: {len(tally.undated)} article(s) have no publication date, so their "
            "relative dates stay unresolved (give --published YYYY-MM-DD): "
            + ", ".join(sorted(set(tally.undated))),
            file=sys.stderr,
        )
    return tally, frame


def _print_summary(tally: ReadTally, frame: pd.DataFrame, written: Sequence[Path]) -> None:
    print(f"{tally.articles} articles read, {len(frame)} events found")
    for path in written:
        print(f"  wrote {path}")
    if tally.failures:
        print(f"{len(tally.failures)} input(s) failed:")
        for failure in tally.failures:
            print(f"  {failure}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (1 when some input failed)."""
    args = build_parser().parse_args(argv)
    from timeline.frame import FrameError

    try:
        return COMMANDS[args.command](args)
    except (UsageError, FrameError, FileNotFoundError, ValueError, RuntimeError) as error:
        # bad tables, unknown output suffixes, no browser for images: a message, no traceback
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK

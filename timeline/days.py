"""Calendar days from metadata values: publication dates, dates typed in a spreadsheet."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def parse_day(value: Any) -> date | None:
    """A calendar day from a date, a datetime, an ISO string or a written full date.

    Written dates go through dateparser, in any language it reads, and must name the day,
    month and year: a day is never invented. None when ``value`` is empty or not a full date.

    >>> parse_day("2021-07-08T14:00:00Z"), parse_day("8 juillet 2021"), parse_day("July 2021")
    (datetime.date(2021, 7, 8), datetime.date(2021, 7, 8), None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser  # slow to import: only for dates not written as ISO

    parsed = dateparser.parse(text, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None

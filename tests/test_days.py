"""Calendar days from metadata values."""

from datetime import date, datetime

import pytest

from timeline.days import parse_day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (date(2021, 7, 8), date(2021, 7, 8)),
        (datetime(2021, 7, 8, 23, 59), date(2021, 7, 8)),
        ("2021-07-08", date(2021, 7, 8)),
        ("2021-07-08T14:57:34-04:00", date(2021, 7, 8)),
        ("Thu, 08 Jul 2021 14:00:00 GMT", date(2021, 7, 8)),
        ("July 8, 2021", date(2021, 7, 8)),
        ("8 juillet 2021", date(2021, 7, 8)),
        ("July 2021", None),  # no day: never invented
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_day(value: object, day: date | None) -> None:
    assert parse_day(value) == day

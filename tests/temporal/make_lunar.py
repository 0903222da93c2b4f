"""Write ``timeline/temporal/lunar.py``: the days of lunar and lunisolar holidays.

Their dates follow the moon, so the tagger keeps a table of them, 1970-2050, taken from the
``holidays`` package (MIT license; not a dependency of timeline)::

    pip install holidays && python tests/temporal/make_lunar.py
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import holidays
from holidays.calendars import _ChineseLunisolar, _HebrewLunisolar, _HinduLunisolar, _IslamicLunar

YEARS = range(1970, 2051)
TARGET = Path(__file__).parents[2] / "timeline" / "temporal" / "lunar.py"


def _days(get) -> list[date]:
    """Every first day of a holiday in YEARS, from a calendar method of ``holidays``."""
    found = set()
    for y in YEARS:
        got = get(y)
        for item in got if isinstance(got, (set, list)) else [got]:
            day = item[0] if isinstance(item, tuple) else item
            if day is not None and day.year in YEARS:
                found.add(day)
    return sorted(found)


def main() -> None:
    islamic, chinese = _IslamicLunar(), _ChineseLunisolar()
    hebrew, hindu = _HebrewLunisolar(), _HinduLunisolar()
    table = {
        "eid al-fitr": _days(lambda y: list(islamic.eid_al_fitr_dates(y))),
        "eid al-adha": _days(lambda y: list(islamic.eid_al_adha_dates(y))),
        "diwali": _days(hindu.diwali_date),
        "lunar new year": _days(chinese.lunar_new_year_date),
        "rosh hashanah": _days(hebrew.rosh_hashanah_date),
        "yom kippur": _days(hebrew.yom_kippur_date),
        "passover": _days(hebrew.passover_date),
        "hanukkah": _days(hebrew.hanukkah_date),
    }
    lines = [
        '"""First days of lunar and lunisolar holidays, 1970-2050 (Eid al-Fitr twice in some',
        "years). Written by tests/temporal/make_lunar.py from the `holidays` package",
        f"{holidays.__version__} (MIT license): Umm al-Qura Islamic dates, Hindu, Chinese and",
        'Hebrew calendars."""',
        "",
        "from datetime import date",
        "",
        "_DAYS = {",
    ]
    for name, days in table.items():
        lines.append(f'    "{name}": (')
        isos = [d.isoformat() for d in days]
        for start in range(0, len(isos), 8):
            lines.append('        "' + " ".join(isos[start : start + 8]) + ' "')
        lines.append("    ),")
    lines += [
        "}",
        "LUNAR_HOLIDAYS: dict[str, tuple[date, ...]] = {",
        "    name: tuple(date.fromisoformat(day) for day in days.split())",
        "    for name, days in _DAYS.items()",
        "}",
        "",
    ]
    TARGET.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()

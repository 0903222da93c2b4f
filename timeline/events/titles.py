"""Headlines from a template and the names an event involves.

>>> render_title("{subject} visits {place}", {"subject": "Kerry", "place": "Moscow"})
'Kerry visits Moscow'
>>> render_title("[{pair} ]summit[ in {place}]", {"pair": "Biden–Putin", "place": ""})
'Biden–Putin summit'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_OPTIONAL = re.compile(r"\[([^\]]*)\]")
_FIELD = re.compile(r"\{(\w+)\}")


def _fill(segment: str, fields: Mapping[str, str]) -> str | None:
    """The segment with its fields filled, or None when one of them is empty."""
    names = _FIELD.findall(segment)
    if any(not fields.get(name) for name in names):
        return None
    return _FIELD.sub(lambda m: fields[m.group(1)], segment)


def render_title(template: str, fields: Mapping[str, str]) -> str:
    """Fill ``template``; ``[...]`` parts vanish when a field in them is empty.

    Returns "" when a field outside the optional parts is empty.
    """
    body = _OPTIONAL.sub(lambda m: _fill(m.group(1), fields) or "", template)
    title = _fill(body, fields)
    if not title:
        return ""
    title = " ".join(title.split())
    return title[0].upper() + title[1:]


def pair_name(first: str, second: str) -> str:
    """'Biden–Putin': two names joined by an en dash (empty unless both are given)."""
    return f"{first}–{second}" if first and second else ""

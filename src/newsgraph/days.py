"""Calendar days as newsgraph stores them (YYYY-MM-DD): the one validator every layer uses.

The readers check a record's "published" field with it, the store checks query bounds with it,
and the command line checks --published, --since and --until with it, so a value that passes
one check passes them all ("20230912" is refused everywhere, not accepted by one layer and
dropped by the next).
"""
from __future__ import annotations

import re
from datetime import date

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_day(value) -> str | None:
    """`value` as YYYY-MM-DD, None for an empty value; ValueError with a reason otherwise.

    A datetime ("2023-09-12T10:30:00Z", or a date/datetime object) is cut to its day.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        raise ValueError(f"a date must be a string YYYY-MM-DD, got {type(value).__name__}")
    day = value.strip()[:10]
    if not _ISO_DAY.match(day):
        raise ValueError(f"must be a date YYYY-MM-DD, got {value.strip()[:40]!r}")
    try:
        return date.fromisoformat(day).isoformat()
    except ValueError:
        raise ValueError(f"must be a date YYYY-MM-DD, got {day!r}, which is no day of the calendar") from None

"""One helper for the leader-contact tests: the contacts an article gives, as comparable rows.

Each contact test file fixes its own publication day and calls these; what a test asserts is
unchanged by where the helper lives.
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.facts.registry import extract_facts
from watcher.models import Status

Row = tuple[tuple[str, ...], str, Status, date | None]


def contact_facts(
    text: str, published: date | None, *, undated: bool = False, title: str = ""
) -> list[LeaderContact]:
    """The leader-contact facts extracted from `text`, in the extractor's order."""
    return [
        f
        for f in extract_facts(text, title=title, published=published, undated=undated)
        if isinstance(f, LeaderContact)
    ]


def contact_rows(
    text: str, published: date | None, *, undated: bool = False, title: str = ""
) -> list[Row]:
    """Each contact as (participants, mode, status, date), in the extractor's order."""
    return [
        (f.participants, f.mode, f.status, f.date)
        for f in contact_facts(text, published, undated=undated, title=title)
    ]


def row(a: str, b: str, mode: str, status: Status, when: date | None = None) -> Row:
    """A contact row with its participants sorted, as the extractor gives them."""
    x, y = sorted((a, b))
    return ((x, y), mode, status, when)

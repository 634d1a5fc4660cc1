"""The scan's check that a text element holds something (`feedscan._holds_something`)."""

from __future__ import annotations

import pytest

from watcher.ingest.feedscan import _holds_something


@pytest.mark.parametrize(
    ("inner", "holds"),
    [
        (b"", False),
        (b" \t\r\n\x0b\x0c ", False),
        (b"<![CDATA[]]>", False),
        (b"  <![CDATA[ \n ]]>\n<![CDATA[]]>  ", False),
        (b"<![CDATA[ words ]]>", True),
        (b"<![CDATA[]]> words", True),
        (b"\xc2\xa0", True),  # a no-break space is not XML white space
        (b"\x1c", True),  # nor are the separators str.strip would remove
        (b" <![CDATA[", True),
        (b"]]>", True),
        (b"&amp;", True),
    ],
)
def test_holds_something_is_anything_but_white_space_and_empty_cdata(
    inner: bytes, holds: bool
) -> None:
    body = b'<item><description type="html">' + inner + b"</description></item>"
    start = body.index(b"<description")
    end = body.index(b"</description>")
    assert _holds_something(body, start, end) is holds


def test_holds_something_reads_only_its_own_element() -> None:
    body = b"<a><t> </t><u>text</u></a>"
    assert _holds_something(body, body.index(b"<t>"), body.index(b"</t>")) is False
    assert _holds_something(body, body.index(b"<u>"), body.index(b"</u>")) is True

"""Hypothesis strategies shared by the property tests (`tests/test_properties_*.py`).

Random bytes mostly stop at the first check a parser makes, so most strategies here build
inputs from parts: news-like sentences from the gazetteers' own names, and feeds from element
choices (nested, with CDATA, entities, declared and mislabelled charsets). Every strategy mixes
in unconstrained text too, so the odd character still gets everywhere.

Factories are wrapped by `strategy`: one object per factory and arguments (hypothesis validates
a strategy on first use, and fresh ones in every draw made an example cost seconds), with a
short repr (hypothesis prints strategies in its statistics and warns when a repr is large).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache, wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from xml.sax.saxutils import escape

import yaml
from hypothesis import strategies as st

P = ParamSpec("P")
T = TypeVar("T")


def strategy(
    fn: Callable[P, st.SearchStrategy[T]],
) -> Callable[P, st.SearchStrategy[T]]:
    """`fn`, built once per arguments, as a strategy whose repr is `fn(args)`."""

    @cache
    @wraps(fn)
    def factory(*args: P.args, **kwargs: P.kwargs) -> st.SearchStrategy[T]:
        inner = fn(*args, **kwargs)

        def named(draw: st.DrawFn, *_: object, **__: object) -> T:
            return draw(inner)

        named.__name__ = named.__qualname__ = fn.__name__
        return st.composite(named)(*args, **kwargs)

    return factory


DATA = Path(__file__).parent.parent / "watcher" / "facts" / "extract" / "data"


@cache
def _gazetteer(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return data


def _aliases(name: str, key: str = "aliases") -> list[str]:
    return sorted({a for entry in _gazetteer(name).values() for a in entry.get(key, ())})


COUNTRIES = _aliases("countries.yaml")
ADJECTIVES = _aliases("countries.yaml", "adjectives")
LEADERS = _aliases("leaders.yaml")
PRODUCTS = _aliases("products.yaml")

# --- text: news-like sentences composed from parts, mixed with anything -------------------

_UNITS = ("%", " %", " percent", " per cent", "percent", " pc", " percentage points")
_WORD_RATES = (
    "ten", "fifteen", "twenty", "twenty-five", "thirty", "fifty", "one hundred",
    "one hundred and forty-five", "two hundred", "ninety-nine", "forty four",
)  # fmt: skip
_VERBS = (
    "imposed", "will impose", "raised", "cut", "threatened", "announced", "plans to impose",
    "slapped", "lowered", "hiked", "doubled", "halved", "suspended", "is considering",
    "levies", "said it would put", "denied it would impose", "could impose", "reinstated",
    "will raise", "agreed to reduce", "would not impose",
)  # fmt: skip
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Dec.",
)  # fmt: skip
_CONTACT_VERBS = (
    "spoke by phone with", "met", "will meet", "held a call with", "hopes to meet",
    "talked to", "did not meet", "is expected to call",
)  # fmt: skip
_MEASURES = (
    "truce", "tariff pause", "deadline", "port fees", "export controls on rare earths",
    "exemption", "suspension of the tariffs", "90-day pause",
)  # fmt: skip


@strategy
def number() -> st.SearchStrategy[str]:
    """A figure as news writes it: 25, 12.5, 145, 0, 1,000, a long one, or in words."""
    return st.one_of(
        st.integers(0, 400).map(str),
        st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 200), st.integers(0, 99)),
        st.sampled_from(_WORD_RATES),
        st.sampled_from(("1,000", "0.0", "007", "10.50", "3.333", "99999999999999999999")),
    )


@strategy
def rate() -> st.SearchStrategy[str]:
    return st.builds(lambda n, u: n + u, number(), st.sampled_from(_UNITS))


@strategy
def day() -> st.SearchStrategy[str]:
    """A date phrase, possible or not: May 14, 14 May 2025, 2025-13-45, next Tuesday."""
    month, dom = st.sampled_from(_MONTHS), st.integers(0, 40)
    year = st.integers(1900, 2100)
    return st.one_of(
        st.builds(lambda m, d: f"{m} {d}", month, dom),
        st.builds(lambda m, d, y: f"{m} {d}, {y}", month, dom, year),
        st.builds(lambda d, m, y: f"{d} {m} {y}", dom, month, year),
        st.builds(
            lambda y, m, d: f"{y}-{m:02d}-{d:02d}", year, st.integers(0, 14), dom
        ),  # 2025-13-45 is as likely as a real day
        st.sampled_from(
            (
                "next Tuesday", "on Friday", "in 90 days", "by the end of the month",
                "mid-August", "this week", "February 30, 2025", "November 31", "the 1st",
            )
        ),
    )  # fmt: skip


def _sentence(parts: list[str]) -> str:
    return " ".join(p for p in parts if p) + "."


@strategy
def tariff_sentence() -> st.SearchStrategy[str]:
    """A sentence that states (or almost states) a tariff rate, composed from parts."""
    country, adj = st.sampled_from(COUNTRIES), st.sampled_from(ADJECTIVES)
    product, verb = st.sampled_from(PRODUCTS), st.sampled_from(_VERBS)
    when = st.one_of(st.just(""), day().map(lambda d: f"on {d}"))
    return st.one_of(
        st.builds(
            lambda a, v, r, j, p, w: _sentence([a, v, f"a {r} tariff on {j} {p}", w]),
            country, verb, rate(), adj, product, when,
        ),
        st.builds(
            lambda a, v, b, r1, r2, w: _sentence(
                [a, v, f"tariffs on goods from {b} from {r1} to {r2}", w]
            ),
            country, verb, country, rate(), rate(), when,
        ),
        st.builds(
            lambda a, r1, b, r2, w: _sentence(
                [a, f"will cut its {r1} levy on {b} imports to {r2}", w]
            ),
            country, rate(), country, rate(), when,
        ),
        st.builds(
            lambda a, r1, b, r2: _sentence(
                [f"{a} imposed an extra {r1} tariff on {b}, taking the total levy to {r2}"]
            ),
            country, rate(), country, rate(),
        ),
        st.builds(
            lambda b, r, a, w: _sentence([f"{b} goods now face {r} duties imposed by {a}", w]),
            country, rate(), country, when,
        ),
        st.builds(
            lambda a, v, r1, r2, j, p: _sentence(
                [a, v, f"tariffs of between {r1} and {r2} on {j} {p}"]
            ),
            country, verb, rate(), rate(), adj, product,
        ),
        st.builds(
            lambda a, r, b, r2: _sentence([f"{a} {r} on {b}, up from {r2}"]),
            country, rate(), country, rate(),
        ),
    )  # fmt: skip


@strategy
def other_sentence() -> st.SearchStrategy[str]:
    """A leader contact, a deadline, or an export control, composed from parts."""
    leader, country = st.sampled_from(LEADERS), st.sampled_from(COUNTRIES)
    return st.one_of(
        st.builds(
            lambda a, v, b, d: _sentence([a, v, b, f"on {d}"]),
            leader, st.sampled_from(_CONTACT_VERBS), leader, day(),
        ),
        st.builds(
            lambda m, a, b, d: _sentence([f"The {m} between {a} and {b} expires on {d}"]),
            st.sampled_from(_MEASURES), country, country, day(),
        ),
        st.builds(
            lambda a, v, b, d: _sentence(
                [a, v, f"export controls on rare earths and chips to {b} from {d}"]
            ),
            country, st.sampled_from(("tightened", "suspended", "lifted", "announced new")),
            country, day(),
        ),
        st.builds(
            lambda a, b, n, d: _sentence([f"{a} and {b} began a {n}-day truce starting on {d}"]),
            country, country, _day_count(), day(),
        ),
        st.builds(
            lambda a, d, n: _sentence([f"{a} extended the {d} tariff deadline by {n} days"]),
            country, day(), _day_count(),
        ),
    )  # fmt: skip


def _day_count() -> st.SearchStrategy[str]:
    """A number of days: the usual 90, any, or more than any calendar holds."""
    return st.one_of(
        st.sampled_from(("90", "30", "99999999", "9999999999", "0")), st.integers(0, 10**6).map(str)
    )


@strategy
def noise() -> st.SearchStrategy[str]:
    """Anything, including controls, numbers without units and lone units."""
    return st.one_of(
        st.text(max_size=40),
        st.sampled_from(("%", "percent", "U.S.", "Mr.", "\n", "\n\n", "“", "”", "...", "—")),
        st.builds(lambda n: f"{n} points", number()),
    )


@strategy
def article_text() -> st.SearchStrategy[str]:
    """An article body: composed sentences and noise, joined by spaces and line breaks."""
    piece = st.one_of(tariff_sentence(), tariff_sentence(), other_sentence(), noise())
    sep = st.sampled_from((" ", " ", "\n", "\n\n", ". ", ""))
    return st.lists(st.tuples(piece, sep), max_size=8).map(
        lambda pairs: "".join(p + s for p, s in pairs)
    )


@strategy
def title() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=30), tariff_sentence(), other_sentence())


@strategy
def published() -> st.SearchStrategy[date | None]:
    return st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 31)))


@strategy
def aware_datetimes() -> st.SearchStrategy[datetime]:
    """Aware datetimes anywhere in the calendar, in any whole-minute offset."""
    offset = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m)))
    return st.builds(
        lambda d, tz: d.replace(tzinfo=tz),
        st.datetimes(datetime(2, 1, 1), datetime(9998, 12, 31)),
        offset,
    ).map(lambda d: d.astimezone(UTC))


# --- XML feeds built from element choices ------------------------------------------------

NAMESPACES = (
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    ' xmlns:media="http://search.yahoo.com/mrss/"'
)
_ENTITIES = (
    "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x263A;", "&#0;", "&#xD800;",
    "&#1114112;", "&nbsp;", "&bogus;", "&e1;", "&#27;]0;title&#7;", "&", "&#x1b;[2J",
)  # fmt: skip
_TAGS = (
    "title", "link", "description", "guid", "id", "pubDate", "published", "updated",
    "dc:date", "content:encoded", "content", "summary", "xhtml:body", "body", "fullitem",
    "category", "author", "source", "media:content", "item", "entry", "p", "div", "br", "a",
    "script", "xhtml:div", "rdf:li", "enclosure", "comments", "x:y",
)  # fmt: skip
_ATTRS = (
    ' type="html"', ' type="xhtml"', ' type="text"', ' type="text/html"',
    ' href="https://example.org/a"', ' href="/relative"', ' href="javascript:alert(1)"',
    ' href=""', ' rel="alternate"', ' rel="enclosure"', ' isPermaLink="false"',
    ' xml:base="https://example.org/base/"', ' rdf:about="https://example.org/r"',
    ' xmlns="http://www.w3.org/1999/xhtml"', ' xmlns:x="urn:x"',
    ' xmlns:content="urn:not-content"', ' mode="escaped"', ' src="x.html"', "",
)  # fmt: skip
_ENCODINGS = (
    "utf-8", "UTF-8", "utf-16", "utf-16-le", "iso-8859-1", "windows-1252", "koi8-r",
    "shift_jis", "euc-jp", "gb2312", "gbk", "gb18030", "big5", "us-ascii", "utf-32",
    "cp037", "utf-7",
)  # fmt: skip
# Charset names nothing knows, or that Python's codec registry reads differently.
UNKNOWN_CHARSETS = ("foobar-999", "x-unknown", "", "utf-8'", "8859-1\x00", "\u00e9")


def _escape(text: str) -> str:
    return escape(text)


@strategy
def _date_text() -> st.SearchStrategy[str]:
    """Feed dates, well- and ill-formed: RFC 822, ISO 8601, out of range, in words."""
    zone = st.sampled_from(("GMT", "+0000", "-2359", "EST", "XYZ", "Z", "+9999", ""))
    num = st.integers(0, 99999)
    return st.one_of(
        st.builds(
            lambda d, m, y, h, mi, s, z: f"Mon, {d} {m} {y} {h}:{mi}:{s} {z}",
            num, st.sampled_from(("Jan", "Feb", "Foo", "May")), num, num, num, num, zone,
        ),
        st.builds(
            lambda y, m, d, h, z: f"{y:04d}-{m:02d}-{d:02d}T{h:02d}:99:99{z}",
            num, st.integers(0, 99), st.integers(0, 99), st.integers(0, 99),
            st.sampled_from(("Z", "+01:00", "-25:00", "", "+0530")),
        ),
        aware_datetimes().map(lambda d: d.isoformat()),
        aware_datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000")),
        st.sampled_from(("yesterday", "2022-13-45T99:99:99Z", "0000-00-00", "", "   ")),
        st.text(max_size=20),
    )  # fmt: skip


@strategy
def _leaf_text() -> st.SearchStrategy[str]:
    """Character data for an element: escaped text, entities, CDATA, escaped HTML, raw junk."""
    return st.one_of(
        st.text(max_size=30).map(_escape),
        tariff_sentence().map(_escape),
        st.sampled_from(_ENTITIES),
        st.text(max_size=30).map(lambda t: f"<![CDATA[{t}]]>"),
        tariff_sentence().map(lambda t: _escape(f"<p>{t}</p><script>x()</script>")),
        _date_text().map(_escape),
        st.text(alphabet="<>&]['\"/!?-=", max_size=10),  # raw junk: not well-formed
    )


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attrs, kids, empty: (
            f"<{tag}{''.join(attrs)}/>"
            if empty
            else f"<{tag}{''.join(attrs)}>{''.join(kids)}</{tag}>"
        ),
        st.sampled_from(_TAGS),
        st.lists(st.sampled_from(_ATTRS), max_size=2, unique=True),
        st.lists(children, max_size=4),
        st.booleans(),
    )


@strategy
def xml_tree() -> st.SearchStrategy[str]:
    """Nested elements of feed-like names with any attributes and text inside."""
    return st.recursive(_leaf_text(), _element, max_leaves=12)


@strategy
def _field(tag: str, attrs: str = "") -> st.SearchStrategy[str]:
    return st.builds(
        lambda body: f"<{tag}{attrs}>{body}</{tag}>", st.one_of(_leaf_text(), xml_tree())
    )


_ATOM_LINKS = (
    '<link href="https://example.org/e"/>', '<link rel="alternate" href="/e"/>',
    '<link rel="enclosure" href="x.mp3"/>', "<link/>",
)  # fmt: skip


def _xhtml_div(inner: str) -> str:
    return f'<div xmlns="http://www.w3.org/1999/xhtml">{inner}</div>'


@strategy
def _item(kind: str) -> st.SearchStrategy[str]:
    """One entry: some of the usual fields in any order, plus any extra elements."""
    if kind == "atom":
        fields = [
            _field("title", ' type="html"'), _field("id"), _field("updated"), _field("published"),
            st.sampled_from(_ATOM_LINKS), _field("summary"), _field("content", ' type="html"'),
            st.builds(lambda t: f'<content type="xhtml">{_xhtml_div(t)}</content>', _leaf_text()),
        ]  # fmt: skip
        tag = "entry"
    else:
        fields = [
            _field("title"), _field("link"), _field("guid"), _field("guid", ' isPermaLink="false"'),
            _field("description"), _field("content:encoded"), _field("pubDate"), _field("dc:date"),
            _field("xhtml:body"), _field("body"), _field("fullitem"),
        ]  # fmt: skip
        tag = "item"
    extra = st.lists(xml_tree(), max_size=2)
    return st.builds(
        lambda chosen, more: f"<{tag}>{''.join(chosen + more)}</{tag}>",
        st.lists(st.one_of(fields), max_size=7),
        extra,
    )


@strategy
def _feed_body() -> st.SearchStrategy[str]:
    """An RSS 2.0, RDF or Atom skeleton with generated entries, or any tree as the root."""
    items = {k: st.lists(_item(k), max_size=4).map("".join) for k in ("rss", "atom")}
    channel = (
        "<title>Trade wire</title><link>https://example.org/</link><description>d</description>"
    )
    return st.one_of(
        st.builds(
            lambda v, i: f'<rss version="{v}"{NAMESPACES}><channel>{channel}{i}</channel></rss>',
            st.sampled_from(("2.0", "0.91", "0.92", "", "9")), items["rss"],
        ),
        items["rss"].map(
            lambda i: '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
            f' xmlns="http://purl.org/rss/1.0/"{NAMESPACES}>'
            f'<channel rdf:about="https://example.org/">{channel}</channel>{i}</rdf:RDF>'
        ),
        items["atom"].map(
            lambda i: '<feed xmlns="http://www.w3.org/2005/Atom"><title>Trade wire</title>'
            f'<link href="https://example.org/"/>{i}</feed>'
        ),
        _clean_body(),
        xml_tree(),
    )  # fmt: skip


MOJIBAKE_RANGE = "".join(map(chr, range(0xA0, 0xC0)))
# Text a well-formed feed may hold. U+00A0-U+00BF are left out: with them a field can be
# UTF-8 read as Latin-1 ("CafÃ©"), which feedparser repairs and the fast path does not
# (`test_fast_path_repairs_mojibake_as_feedparser_does`).
_CLEAN_TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cc", "Cs"), exclude_characters=MOJIBAKE_RANGE
    ),
    max_size=30,
)


@strategy
def _clean_value() -> st.SearchStrategy[str]:
    """Character data a well-formed feed holds: escaped text, CDATA, escaped HTML, a date."""
    return st.one_of(
        _CLEAN_TEXT.map(_escape),
        tariff_sentence().map(_escape),
        tariff_sentence().map(lambda t: f"<![CDATA[<p>{t}</p>]]>"),
        tariff_sentence().map(lambda t: _escape(f"<div><b>{t}</b><br/>more</div>")),
        aware_datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000")),
        st.sampled_from(("&amp;", "&#x263A;", "&lt;p&gt;")),
    )


# Where RSS items hold their text: the usual elements, and the corpus shapes issue 11 §4 found
# the fast path dropping.
USUAL_CONTENT = ("description", "content:encoded")
CORPUS_CONTENT = ("xhtml:body", "body", "fullitem")


def _tag_name(element: str) -> str:
    return element[1:].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]


@strategy
def _clean_body(
    content: tuple[str, ...] = USUAL_CONTENT + CORPUS_CONTENT,
) -> st.SearchStrategy[str]:
    """A well-formed RSS 2.0 or Atom feed of the shapes the fast path accepts, with item text
    in the `content` elements, so that both parse paths get to read it."""
    value = _clean_value()
    link = st.integers(0, 9).map(lambda i: f"<link>https://example.org/{i}</link>")
    rss_field = st.one_of(
        value.map(lambda v: f"<title>{v}</title>"),
        st.builds(lambda tag, v: f"<{tag}>{v}</{tag}>", st.sampled_from(content), value),
        value.map(lambda v: f"<pubDate>{v}</pubDate>"),
        st.integers(0, 9).map(lambda i: f'<guid isPermaLink="false">g{i}</guid>'),
    )
    rss_item = st.builds(
        lambda lk, fields: f"<item>{lk}{''.join(fields)}</item>",
        link,
        st.lists(rss_field, max_size=4, unique_by=_tag_name),
    )
    atom_field = st.one_of(
        value.map(lambda v: f'<title type="html">{v}</title>'),
        value.map(lambda v: f'<summary type="html">{v}</summary>'),
        value.map(lambda v: f'<content type="html">{v}</content>'),
        _CLEAN_TEXT.map(
            lambda t: (
                f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                f"{_escape(t)}</div></content>"
            )
        ),
        aware_datetimes().map(lambda d: f"<updated>{d.isoformat()}</updated>"),
        st.integers(0, 9).map(lambda i: f"<id>urn:e:{i}</id>"),
    )
    atom_entry = st.builds(
        lambda i, fields: f'<entry><link href="https://example.org/{i}"/>{"".join(fields)}</entry>',
        st.integers(0, 9),
        st.lists(atom_field, max_size=4, unique_by=_tag_name),
    )
    rss = st.lists(rss_item, min_size=1, max_size=4).map(
        lambda items: (
            f'<rss version="2.0"{NAMESPACES}>'
            "<channel><title>Trade wire</title><link>https://example.org/</link>"
            f"{''.join(items)}</channel></rss>"
        )
    )
    atom = st.lists(atom_entry, min_size=1, max_size=4).map(
        lambda entries: (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Trade wire</title>'
            f'<link href="https://example.org/"/>{"".join(entries)}</feed>'
        )
    )
    return st.one_of(rss, atom)


@strategy
def clean_feed(
    content: tuple[str, ...] = USUAL_CONTENT + CORPUS_CONTENT,
) -> st.SearchStrategy[bytes]:
    """`_clean_body` as a UTF-8 body with its XML declaration."""
    return _clean_body(content).map(lambda t: f'<?xml version="1.0" encoding="utf-8"?>{t}'.encode())


_DOCTYPES = (
    "",
    "",
    '<!DOCTYPE rss [<!ENTITY e1 "Tariffs &amp; trade">]>',
    '<!DOCTYPE rss [<!ENTITY e1 "a"><!ENTITY e2 "&e1;&e1;&e1;">]>',
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "rss-0.91.dtd">',
    '<!DOCTYPE html>',
)  # fmt: skip


@strategy
def xml_feed() -> st.SearchStrategy[tuple[bytes, str]]:
    """A feed body and its Content-Type header (`_xml_feed`)."""
    return _xml_feed()


@st.composite
def _xml_feed(draw: st.DrawFn) -> tuple[bytes, str]:
    """A feed body and its Content-Type header: a declaration naming one encoding, the body
    encoded in the same or another, a BOM or none, and sometimes cut short or spliced."""
    declared = draw(st.sampled_from(_ENCODINGS + UNKNOWN_CHARSETS))
    actual = draw(st.sampled_from((declared, *_ENCODINGS[:6])))
    version = draw(st.sampled_from(("1.0", "1.0", "1.1", "2.0")))
    decl = draw(
        st.sampled_from(
            (
                f'<?xml version="{version}" encoding="{declared}"?>',
                f"<?xml version='{version}' encoding='{declared}' standalone='yes'?>",
                '<?xml version="1.0"?>',
                "",
            )
        )
    )
    text = decl + draw(st.sampled_from(_DOCTYPES)) + draw(_feed_body())
    try:
        body = text.encode(actual, errors="xmlcharrefreplace")
    except (LookupError, ValueError):  # an unknown name: the body stays UTF-8
        body = text.encode("utf-8")
    if draw(st.booleans()):
        body = draw(st.sampled_from((b"", b"\xef\xbb\xbf", b"\xff\xfe", b"  \n"))) + body
    if body and draw(st.integers(0, 4)) == 0:  # cut short, or a few bytes spliced in
        at = draw(st.integers(0, len(body)))
        body = body[:at] + draw(st.binary(max_size=8)) + body[at + draw(st.integers(0, 3)) :]
    header = draw(
        st.sampled_from(
            (
                "",
                "application/rss+xml",
                "application/atom+xml; charset=utf-8",
                f"text/xml; charset={declared}",
                f"application/xml; charset={actual}",
                "application/json",
                "text/html; charset=iso-8859-1",
            )
        )
    )
    return body, header


# --- JSON -------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=15,
)


@strategy
def _json_item() -> st.SearchStrategy[dict[str, Any]]:
    """A JSON Feed item: the usual keys with right or wrong types, plus anything."""
    strings = st.one_of(st.text(max_size=30), tariff_sentence(), _date_text())
    value = st.one_of(*[strings] * 19, json_values)  # a wrong type in one field of twenty
    keys = st.sampled_from(
        (
            "id", "url", "external_url", "title", "content_html", "content_text", "summary",
            "date_published", "date_modified", "tags", "author",
        )
    )  # fmt: skip
    return st.dictionaries(keys, value, max_size=8)


@st.composite
def json_feed(draw: st.DrawFn) -> bytes:
    """A JSON Feed body: mostly a feed (a valid version, a list of items whose fields are
    mostly of the right type, UTF-8), sometimes one that breaks the spec anywhere."""
    versions = ("https://jsonfeed.org/version/1.1", "https://jsonfeed.org/version/1")
    broken = ("http://jsonfeed.org/version/1.9", "https://jsonfeed.org/version/2", "")
    doc: dict[str, Any] = {"version": draw(st.sampled_from(versions * 12 + broken))}
    if draw(st.booleans()):
        home = st.just("https://example.org/")
        doc["home_page_url"] = draw(st.one_of(home, home, home, json_values))
    items = st.lists(_json_item(), max_size=5)
    doc["items"] = draw(st.one_of(*[items] * 6, json_values))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    slips = (
        b"\xef\xbb\xbf" + text.encode(),
        text.encode("utf-16"),
        text.encode("latin-1", "replace"),
    )
    return draw(st.sampled_from((text.encode(),) * 6 + slips))


def deeply_nested_json(depth: int) -> bytes:
    """`{"items": [[[...]]]}` nested `depth` deep: the shape of issue 11's RecursionError."""
    return (
        b'{"version": "https://jsonfeed.org/version/1.1", "items": '
        + b"[" * depth
        + b"]" * depth
        + b"}"
    )


# --- article files: front matter, JSON articles, HTML pages -------------------------------

_YAML_SCALARS = (
    "2025-10-10", "2025-10-10T20:00:00+02:00", "2025-10-10 20:00:00", "99999-01-01",
    "yesterday", "~", "null", "''", "[]", "{}", "1e309", "-.inf", ".nan", "0x1F", "0o17", "yes",
    "!!binary aGVsbG8=", "!!python/name:os.system", "!!set {a, b}", "!!timestamp 2025-10-10",
    "!!str 2025-10-10", "&a [1, 2]", "*a", "*undefined", "|\n  a block\n  of text",
    '"\\x00\\u202e"', "https://example.org/a", "- a\n- b", "{a: *b}",
)  # fmt: skip
# YAML reads these as timestamps, and building them raises ValueError (issue 11 §1).
IMPOSSIBLE_DATES = (
    "2022-13-45T99:99:99Z", "2025-02-30", "0000-01-01", "2025-10-10T20:00:00+99:99",
    "2025-10-10 24:00:00",
)  # fmt: skip
# Real times that leave the calendar when moved to UTC (OverflowError in `as_utc`).
EDGE_DATES = ("0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00")


def _date_value(scalars: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(scalars),
        aware_datetimes().map(lambda d: d.isoformat()),
        st.dates().map(str),
    )


@strategy
def front_matter(scalars: tuple[str, ...] = _YAML_SCALARS) -> st.SearchStrategy[str]:
    """A YAML front matter block: the keys documents read, with values of every kind."""
    value = st.one_of(
        st.sampled_from(scalars),
        # a double-quoted string of anything (as UTF-8: YAML reads the \\ud83d\\ude00 escape
        # of an emoji as two lone surrogates, `test_surrogate_escapes_in_front_matter`)
        st.text(max_size=20).map(lambda t: json.dumps(t, ensure_ascii=False)),
        st.text(max_size=20),  # anything, unquoted
    )
    entry = st.one_of(
        st.builds(lambda v: f"published: {v}", _date_value(scalars)),
        st.builds(
            lambda k, v: f"{k}: {v}", st.sampled_from(("published", "url", "title", "tags")), value
        ),
    )
    return st.lists(entry, max_size=4).map("\n".join)


def _meta_value() -> st.SearchStrategy[Any]:
    """What a valid meta.yaml may give a key: strings, dates, times, numbers, lists, nothing."""
    return st.one_of(
        st.none(), st.text(max_size=20), st.integers(), st.dates(), aware_datetimes(),
        st.lists(st.text(max_size=5), max_size=2), st.just("https://example.org/a"),
    )  # fmt: skip


@strategy
def meta_yaml() -> st.SearchStrategy[str]:
    """A valid `meta.yaml` describing `a.txt` (and maybe other files), dumped by PyYAML."""
    details = st.dictionaries(
        st.sampled_from(("published", "url", "title", "other")), _meta_value(), max_size=4
    )
    described = st.one_of(details, _meta_value())
    return st.dictionaries(st.sampled_from(("a.txt", "b.txt", "1")), described, max_size=3).map(
        lambda d: yaml.safe_dump(d, allow_unicode=True)
    )


@strategy
def text_file(scalars: tuple[str, ...] = _YAML_SCALARS) -> st.SearchStrategy[str]:
    """A `.txt` / `.md` article: front matter or none, a title line, a body."""
    return st.builds(
        lambda front, head, body, fence: (
            (f"---\n{front}\n{fence}\n" if front is not None else "") + f"{head}\n\n{body}"
        ),
        st.none() | front_matter(scalars),
        st.one_of(title(), title().map(lambda t: f"# {t}")),
        article_text(),
        st.sampled_from(("---", "---", "--- ", "", "...")),  # an unclosed block too
    )


@strategy
def json_article(scalars: tuple[str, ...] = _YAML_SCALARS) -> st.SearchStrategy[str]:
    """A `.json` article: the keys documents read, with right or wrong types."""
    value = st.one_of(st.sampled_from(scalars), json_values)
    doc = st.fixed_dictionaries(
        {},
        optional={
            "title": st.one_of(title(), value),
            "text": st.one_of(article_text(), article_text(), value),
            "published": st.one_of(value, _date_value(scalars)),
            "url": st.one_of(st.just("https://example.org/a"), value),
        },
    )
    return st.one_of(doc, doc, json_values).map(json.dumps)


@strategy
def html_page() -> st.SearchStrategy[str]:
    """An HTML page: title, stated date, boilerplate and article paragraphs, or any markup."""
    meta = st.one_of(
        st.just(""),
        st.builds(
            lambda v: f'<meta property="article:published_time" content="{escape(v)}">',
            st.one_of(st.sampled_from(_YAML_SCALARS + IMPOSSIBLE_DATES + EDGE_DATES), _date_text()),
        ),
        st.sampled_from(('<meta charset="foobar-999">', '<meta charset="utf-16">')),
    )
    paragraphs = st.lists(
        st.one_of(tariff_sentence(), other_sentence(), st.text(max_size=30)).map(
            lambda t: f"<p>{escape(t)}</p>"
        ),
        max_size=5,
    ).map("".join)
    page = st.builds(
        lambda head, m, nav, body: (
            f"<html><head><title>{escape(head)}</title>{m}</head><body><nav>{nav}</nav>"
            f"<article>{body}</article></body></html>"
        ),
        title(),
        meta,
        st.text(max_size=10),
        paragraphs,
    )
    return st.one_of(page, page, xml_tree(), st.text(max_size=60))


# --- facts, built from the kinds' models ---------------------------------------------------

_COUNTRY_KEYS = sorted(_gazetteer("countries.yaml"))
_LEADER_KEYS = sorted(_gazetteer("leaders.yaml"))


def _name(known: list[str], usual: tuple[str, ...]) -> st.SearchStrategy[str]:
    """The names rules ask about mostly, any canonical name often, any text sometimes."""
    return st.one_of(
        st.sampled_from(usual), st.sampled_from(usual), st.sampled_from(known), st.text(max_size=10)
    )


def _rate() -> st.SearchStrategy[float]:
    """Rates as the extractor reads them: 0 to hundreds, decimals, 1e20 and inf (a
    400-digit figure)."""
    return st.one_of(
        st.integers(0, 500).map(float),
        st.floats(0, 1000, allow_nan=False),
        st.sampled_from((1e20, float("inf"))),
    )


def _day() -> st.SearchStrategy[date | None]:
    """No date, a date of these years (so reminders fall due), or any date."""
    return st.one_of(
        st.none(), st.dates(date(2024, 1, 1), date(2027, 12, 31)), st.dates(date(1, 1, 1))
    )


@strategy
def facts() -> st.SearchStrategy[Any]:
    """A fact of any registered kind, with any status, evidence and values."""
    from watcher.facts.kinds.deadline.model import MEASURE_WORDS, Deadline  # noqa: PLC0415
    from watcher.facts.kinds.export_control.model import ExportControl  # noqa: PLC0415
    from watcher.facts.kinds.leader_contact.model import LeaderContact  # noqa: PLC0415
    from watcher.facts.kinds.tariff_rate.model import TariffRate  # noqa: PLC0415
    from watcher.models import Status  # noqa: PLC0415

    status = st.one_of(
        st.sampled_from((Status.HAPPENED, Status.ANNOUNCED)), st.sampled_from(Status)
    )
    evidence = st.one_of(tariff_sentence(), other_sentence(), st.text(min_size=1, max_size=30))
    country = _name(_COUNTRY_KEYS, ("US", "China"))
    optional_country = st.none() | country
    measures = [m for m, _ in MEASURE_WORDS]
    return st.one_of(
        st.builds(
            TariffRate, status, evidence, country, st.one_of(country, st.just("all")),
            st.one_of(st.sampled_from([*PRODUCTS, "all goods"]), st.text(max_size=10)),
            _rate(), st.none() | _rate(), _day(),
        ),
        st.builds(
            LeaderContact, status, evidence,
            st.lists(_name(_LEADER_KEYS, ("Trump", "Xi")), min_size=2, max_size=2).map(
                lambda p: tuple(sorted(p))
            ),
            st.sampled_from(("call", "meeting", "visit")), _day(),
        ),
        st.builds(
            Deadline, status, evidence,
            st.one_of(st.sampled_from(_MEASURES), st.text(max_size=20)), _day(),
            optional_country, optional_country,
            st.none() | st.sampled_from(measures) | st.text(max_size=8),
        ),
        st.builds(
            ExportControl, status, evidence, country,
            st.sampled_from(("rare_earths", "chips", "software", "technology", "unspecified")),
            st.sampled_from(("new", "tightened", "suspended", "lifted")),
            st.one_of(country, st.just("all")), _day(), _day(),
        ),
    )  # fmt: skip


# --- rules, as rule files write them ---------------------------------------------------------

# Field values as (valid, invalid) choices: the load property takes both, the evaluation
# property only the valid ones, so that most of its rules load and fire.
_DURATIONS = (
    ("0s", "90s", "10m", "6h", "1h30m", "2d", "30d", "0d", "1.5h", 600, 0.5, "36500d",
     "9999999d"),
    ("1e309", "99999999999d", float("inf"), "-5m", "", "1 d", "10 parsecs"),
)  # fmt: skip
_TEMPLATES = (
    ("m", "{{ fact.rate_pct }}% ({{ change_pts }} pts)", "{{ fact.date }} {{ event.days_left }}",
     "{{ article.title }} via {{ rule.id }}", "{{ fact.evidence | upper }}",
     "{% for t in event.terms %}{{ t }}{% endfor %}", "{{ known.rate_pct + 1 }}",
     "{{ fact.nope.deeper }}", "{{ 1 / 0 }}", "{{ fact.participants | join(' and ') }}",
     "{{ comparison }}: {{ fact | tojson }}", "{{ fact.__class__ }}"),
    ("{{ nope }}", "{% if %}", "", "{{ fact.rate_pct"),
)  # fmt: skip
_TERMS = (
    ("tariff", "rare earth", "re:tariffs?\\s+on", "Xi", "re:(?i)truce", "re:.*", "port fees",
     "关税", "US", "China"),
    ("re:(", "re:a(?=b)", "re:\\bx{1000}\\b", "", " "),
)  # fmt: skip
_STATUSES = (
    ("happened", "announced", "threatened", "planned", "speculated", "denied", "suspended"),
    ("rumoured", ""),
)
_WHAT = (("truce", "tariff|pause", "(?P<x>a)", "."), ("(", "[a-", "\\", "a{2,1}"))
_COUNTRY_CHOICES = (("US", "China", "EU", "Canada", "all", "Atlantis"), ())
_IDS = (("r", "us-china.tariffs", "r_2", "a0"), ("R", "", "-x", "a b"))
_DESCRIPTIONS = (("A rule", "Tariffs on China"), ("",))
_RATE_CHANGES = (("new", "changed", "increased", "decreased", "any"), ("up",))
_MODES = (("call", "meeting", "any"), ("fax",))
_EVENTS = (("set", "moved", "reminder", "passed"), ("gone",))
_SEVERITIES = (("info", "warning", "critical"), ("loud",))
_NOTIFIERS = ("console", "file", "webhook")
_GROUP_BY = (("imposer", "target", "date", "product", "participants"), ("nope",))


def _pick(choices: tuple[tuple[Any, ...], tuple[Any, ...]], valid: bool) -> st.SearchStrategy[Any]:
    right, wrong = choices
    return st.sampled_from(right if valid else right + wrong)


def _some(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A single value or a list of them, as rule files allow."""
    return st.one_of(values, st.lists(values, max_size=3))


@strategy
def triggers(valid: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """A trigger of every type; with `valid`, only values the schema accepts."""
    country = _some(_pick(_COUNTRY_CHOICES, valid))
    leaders = st.sampled_from(("Trump", "Xi", "Putin"))
    leaders = st.lists(leaders, max_size=2) if valid else _some(leaders)
    common = {"status": _some(_pick(_STATUSES, valid))}
    points = st.integers(0, 50) if valid else st.one_of(st.floats(), st.integers(-5, 50))
    types = [
        st.fixed_dictionaries(
            {"type": st.just("tariff_rate")},
            optional={
                **common, "imposer": country, "target": country,
                "product": _some(st.sampled_from(PRODUCTS[:5])),
                "change": _pick(_RATE_CHANGES, valid), "min_change_pts": points,
            },
        ),
        st.fixed_dictionaries(
            {"type": st.just("leader_contact")},
            optional={
                **common,
                "participants": st.one_of(
                    leaders,
                    st.fixed_dictionaries({}, optional={"all_of": leaders, "any_of": leaders}),
                ),
                "mode": _pick(_MODES, valid),
            },
        ),
        st.fixed_dictionaries(
            {"type": st.just("deadline")},
            optional={
                **common, "what": _pick(_WHAT, valid), "imposer": country, "target": country,
                "events": _some(_pick(_EVENTS, valid)),
                "moved": st.sampled_from(("later", "earlier", "any")),
                "remind_before": _some(_pick(_DURATIONS, valid)),
            },
        ),
        st.fixed_dictionaries(
            {"type": st.just("export_control")},
            optional={
                **common, "imposer": country, "target": country,
                "item": _some(st.sampled_from(("rare_earths", "chips", "software"))),
                "measure": _some(st.sampled_from(("new", "tightened", "suspended", "lifted"))),
                "change": st.sampled_from(("new", "changed", "any")),
            },
        ),
        st.fixed_dictionaries(
            {"type": st.just("keyword"), "any": st.lists(_pick(_TERMS, valid), min_size=1)},
            optional={"all": _some(_pick(_TERMS, valid)), "none": _some(_pick(_TERMS, valid))},
        ),
    ]  # fmt: skip
    if not valid:
        types.append(st.fixed_dictionaries({"type": st.sampled_from(("rate", "", "keyword "))}))
    return st.one_of(types)


@strategy
def rule_data(valid: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """One rule as its YAML document holds it; with `valid`, one that mostly loads (templates
    may still fail at render time, which costs the template, not the alert)."""
    text = st.text(max_size=8)
    return st.fixed_dictionaries(
        {
            "id": _pick(_IDS, valid) if valid else st.one_of(_pick(_IDS, valid), text),
            "description": _pick(_DESCRIPTIONS, valid),
            "trigger": triggers(valid),
            "message": _pick(_TEMPLATES, valid),
        },
        optional={
            "severity": _pick(_SEVERITIES, valid),
            "enabled": st.booleans(),
            "sources": _some(st.sampled_from(("wire", "inbox", "x"))),
            "tags": _some(st.sampled_from(("trade", "asia"))),
            "title": _pick(_TEMPLATES, valid),
            "notify": st.lists(st.sampled_from(_NOTIFIERS), max_size=2, unique=valid),
            "alert": st.fixed_dictionaries(
                {},
                optional={
                    "group_by": st.lists(_pick(_GROUP_BY, valid), max_size=2),
                    "realert": _pick(_DURATIONS, valid),
                    "min_sources": st.integers(1, 3) if valid else st.integers(-1, 3),
                },
            ),
        },
    )  # fmt: skip

"""The expat pre-scan that decides whether fastfeedparser may read a feed body.

One pass with the standard library's expat, well under a millisecond for a typical feed. It
counts the item/entry elements (so the caller can check fastfeedparser read them all),
collects each entry's raw published/updated strings the way feedparser maps them (so both
parse paths read dates from the same strings), follows which element feedparser takes an
entry's text from (so the fast path can be held to the same text, not only the same count),
and declines, with a reason, any body that feedparser and fastfeedparser would read
differently. The rules mirror feedparser 6's field
mapping; `tests/test_parse.py` runs every golden feed through both paths to keep them honest.

expat reads no multi-byte legacy encoding, so a body declared in GB2312, GBK, GB18030 or
Big5 is first transcoded to UTF-8 exactly as feedparser would decode it (`Scan.body`).
"""

from __future__ import annotations

import codecs
import pyexpat
import re
from dataclasses import dataclass, field

__all__ = ["Scan", "Seen"]

# Namespaces feedparser reads as the feed's own elements (RSS 0.9x/1.0/2.0 and Atom).
_CORE_NS = frozenset({
    "", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
    "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss",
    "http://purl.org/atom/ns#", "http://www.w3.org/2005/Atom",
    "http://purl.org/rss/1.0/modules/rss091#",
})  # fmt: skip
_ATOM_NS = frozenset({"http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"})
_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XHTML = "http://www.w3.org/1999/xhtml"
_MEDIA = frozenset({"http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss"})
# feedparser matches namespace names case-insensitively; these are lower case, as compared.
_ITUNES = frozenset(
    {"http://www.itunes.com/dtds/podcast-1.0.dtd", "http://example.com/dtds/podcast-1.0.dtd"}
)
# feedparser maps an element in an unknown namespace by its prefix, so these prefixes must
# be bound to their usual namespaces (in any case) for the two parsers to see the same fields.
_PREFIXES = {
    "content": frozenset({_CONTENT}), "dc": frozenset({_DC}), "dcterms": frozenset({_DCTERMS}),
    "xhtml": frozenset({_XHTML}), "media": _MEDIA, "itunes": _ITUNES,
}  # fmt: skip
# Modules feedparser reads by their namespace, whatever the prefix.
_KNOWN = frozenset().union(*_PREFIXES.values())
# (namespace, lower-cased name) -> 0 for feedparser's `published`, 1 for its `updated`.
_DATE_SLOTS = {
    ("", "pubdate"): 0, ("", "published"): 0, ("", "issued"): 0, (_DCTERMS, "issued"): 0,
    ("", "updated"): 1, ("", "modified"): 1, ("", "lastbuilddate"): 1,
    (_DC, "date"): 1, (_DCTERMS, "modified"): 1,
}  # fmt: skip
_DATE_NAMES = frozenset(name for _, name in _DATE_SLOTS) | {"date", "created"}
_CONTENT_NAMES = frozenset({(_CONTENT, "encoded"), ("", "content")})
# What feedparser reads into an entry's text that fastfeedparser does not read at all.
_UNREAD_CONTENT = frozenset({("", "body"), (_XHTML, "body"), ("", "fullitem")})
# Elements feedparser reads as the entry's summary; a second one, before any content, it
# reads as the entry's first content instead (`_start_description`, `_start_summary`), and
# that is the text it gives. (<abstract> sets the summary but is never promoted.)
_SUMMARIES = frozenset({
    ("", "description"), ("", "summary"), ("", "abstract"), (_DC, "description"),
    *((ns, "description") for ns in _MEDIA), *((ns, "summary") for ns in _ITUNES),
})  # fmt: skip
_TEXTY = _CONTENT_NAMES | _SUMMARIES
# Elements feedparser stores in one field, so a second one (of either name) is a repeat.
_FIELDS = {
    ("", "title"): "title", ("", "link"): "link", ("", "guid"): "id", ("", "id"): "id",
    ("", "description"): "summary", ("", "summary"): "summary",
    (_CONTENT, "encoded"): "content", ("", "content"): "content",
}  # fmt: skip
# Elements read as text. A child element inside one is read differently by the parsers
# (fastfeedparser keeps the text before it, feedparser all of it), unless type="xhtml".
_ENTRY_TEXT = _FIELDS.keys() | _DATE_SLOTS.keys() | _SUMMARIES
_FEED_TEXT = frozenset(
    ("", name) for name in ("title", "subtitle", "tagline", "description", "link", "rights")
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_XML_BASE = "http://www.w3.org/XML/1998/namespace base"
_RDF_ABOUT = "http://www.w3.org/1999/02/22-rdf-syntax-ns# about"  # feedparser's RDF item id


@dataclass(slots=True)
class Seen:
    """What the scan saw in one entry: raw [published, updated] strings and checks.

    `texts` says the entry holds an element feedparser reads text from, so the fast path
    must not give it none; `promoted` is the raw text of a second summary that feedparser
    reads as the entry's first content (fastfeedparser reads it as nothing of the kind);
    `nested_summary` the raw text of a first summary deeper than the entry's children (a
    <media:group>'s <media:description>), which feedparser reads and fastfeedparser does not.
    `nested` names the fields (title, summary) also found deeper than the entry's children,
    inside an <image>, an <og> or an <author>: feedparser keeps the shallowest of them and
    fastfeedparser reads children only, so they agree when the entry has its own.
    """

    dates: list[str | None] = field(default_factory=lambda: [None, None])
    links: int = 0
    guid: bool = False
    content: bool = False
    fields: set[str] = field(default_factory=set)
    texts: bool = False
    summaries: int = 0
    has_content: bool = False
    promoted: str | None = None
    nested: set[str] = field(default_factory=set)
    nested_summary: str | None = None


class _Decline(Exception):
    """Raised inside expat handlers to stop the scan at the first reason to decline."""


class Scan:
    """One expat pass over the body: the checks that make the fast path safe.

    It counts item/entry elements by local name (so under any namespace prefix; CDATA and
    escaped markup are text to expat, so they never count), collects each entry's raw
    published/updated strings the way feedparser maps them, and declines on anything the
    two libraries read differently: XML that is not well-formed, a charset the HTTP header
    contradicts, DOCTYPE, no entries, markup inside a text element, a repeated
    field, a missing or second alternate link, a guid without a link, date elements in
    unfamiliar namespaces, a usual prefix bound to an unusual namespace, or entry text in
    an element fastfeedparser does not read (<body>, <xhtml:body>, <fullitem>). What
    changes only the base of relative links (xml:base, no feed page link, or two) is no
    reason alone: it goes to `base_note`, and the caller declines if a link is relative.
    """

    def __init__(self) -> None:
        self.entries: list[Seen] = []
        self.body = b""  # what fastfeedparser must read: the body, or its UTF-8 transcoding
        self._declared: str | None = None  # the encoding of a transcoded body
        self._parser = pyexpat.ParserCreate(namespace_separator=" ")
        self._root: str | None = None
        self._encoding: str | None = None
        self._level = 0  # element depth in the document
        self._entry = 0  # the level of the entry being read, else 0; likewise below
        self._source = 0  # an Atom <source> in an entry: its dates are not the entry's
        self._leaf = 0  # an element read as text
        self._leaf_name = ""
        self._id_name = "guid"  # the element feedparser and fastfeedparser both read as id
        self._feed_pages = 0  # the feed's own page links
        self._channel = 0  # the level of the element whose links are the feed's
        self._image = 0  # an <image> in an entry: feedparser ignores the links inside it
        self._core_ns = _CORE_NS  # and the root's default namespace, read as RSS
        self.base_note: str | None = None  # why the base of relative links may differ
        self._names: dict[str, tuple[str, str, bool, bool]] = {}  # see `_name`
        self._xhtml = 0  # an entry element of type="xhtml"
        self._xhtml_tail = False  # watching the text after one
        self._slot: int | None = None  # which date the character data belongs to
        self._promoted = 0  # the level of a summary whose text is kept (below), else 0
        self._promotes = True  # whether feedparser reads it as content, or as the summary
        self._texty: tuple[int, int] | None = None  # a text element's level and byte offset
        self._text: list[str] = []

    def run(self, body: bytes, header_charset: str | None) -> str | None:
        """Scan `body`; return why the fast path must not take it, or None."""
        p = self._parser
        p.buffer_text = True
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.XmlDeclHandler = self._decl
        p.StartDoctypeDeclHandler = self._doctype
        p.StartNamespaceDeclHandler = self._namespace
        self.body, self._declared = _as_utf8(_declaration_first(body), header_charset)
        try:
            p.Parse(self.body, True)
        except _Decline as exc:
            return str(exc)
        except pyexpat.ExpatError as exc:
            return f"not well-formed XML ({exc})"
        except (ValueError, LookupError) as exc:  # multi-byte legacy or unknown encodings
            return f"encoding expat cannot read ({exc})"
        return self._after(header_charset)

    @property
    def utf8(self) -> bool:
        """Whether the document itself is UTF-8 (not transcoded from a declared encoding)."""
        return _same_codec(self._declared or self._encoding or "utf-8", "utf-8")

    def _after(self, header_charset: str | None) -> str | None:
        """The checks that need the whole document."""
        encoding = self._declared or self._encoding or "utf-8"
        if header_charset and not _same_codec(header_charset, encoding):
            return f"HTTP charset {header_charset} contradicts the document's encoding"
        if not self.entries:
            return "no entries (feedparser decides whether this is a feed at all)"
        if self._root == "feed" and not self._feed_pages:
            self._note_base("the Atom feed has no page link (fastfeedparser would use another)")
        return None

    def _note_base(self, reason: str) -> None:
        """Remember the first reason the two parsers may resolve relative links against
        different bases: it matters only to an entry whose link or id is relative, which
        the caller checks (`watcher.ingest.parse`), so it is no reason to decline alone."""
        if self.base_note is None:
            self.base_note = reason

    def _decl(self, version: str | None, encoding: str | None, standalone: int) -> None:
        if version != "1.0":  # expat lets "1.x" pass; lxml does not
            raise _Decline(f"XML version {version!r}")
        self._encoding = encoding

    def _doctype(self, *args: object) -> None:
        raise _Decline("DOCTYPE (feedparser handles its entities)")

    def _namespace(self, prefix: str | None, uri: str) -> None:
        if prefix in _PREFIXES and uri.lower() not in _PREFIXES[prefix]:
            raise _Decline(f"prefix {prefix!r} bound to {uri!r}")
        if prefix is None and self._root is None and self._level == 0 and uri.lower() not in _KNOWN:
            # The root's default namespace, when it names no module feedparser knows (feeds
            # put their RSS spec's web address there): both read its elements as RSS's own.
            self._core_ns = self._core_ns | {uri}

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self._level += 1
        if self._xhtml_tail:
            self._stop_watching_tail()
        if self._leaf:
            raise _Decline(f"markup inside <{self._leaf_name}>")
        ns, local, relevant = self._name(name, attrs)
        if self._entry:
            if relevant and not self._source:
                self._inside_entry(ns, local, attrs)
        elif self._root is None:
            self._check_root(local)
        elif local in ("item", "entry"):  # any namespace: feedparser also goes by prefix
            self.entries.append(Seen(guid=_RDF_ABOUT in attrs))
            self._entry = self._level
            self._id_name = "id" if self._root == "feed" else "guid"
        elif (ns, local) == ("", "channel") and not self._channel:
            self._channel = self._level
        elif (ns, local) in _FEED_TEXT:
            self._read_as_text(local, attrs)
            if local == "link" and self._level == self._channel + 1:
                self._check_feed_link(attrs)

    def _name(self, name: str, attrs: dict[str, str]) -> tuple[str, str, bool]:
        """Namespace ("" for RSS and Atom, as feedparser reads them), lower-cased name, and
        whether the element matters inside an entry (`_relevant`).

        A feed repeats a few dozen names thousands of times, so each is classified once."""
        split = self._names.get(name)
        if split is None:
            raw_ns, _, local = name.rpartition(" ")
            ns = "" if raw_ns in self._core_ns else raw_ns
            local = local.lower()  # feedparser matches element names case-insensitively
            split = self._names[name] = (ns, local, raw_ns in _ATOM_NS, _relevant(ns, local))
        ns, local, atom, relevant = split
        if attrs:
            if _XML_BASE in attrs:
                self._note_base("xml:base (feedparser resolves links against it)")
            if local == "link" and "href" in attrs and self._root != "feed" and not atom:
                raise _Decline(
                    "an RSS <link> with href (feedparser reads the href, fastfeedparser the text)"
                )
        return ns, local, relevant

    def _check_root(self, local: str) -> None:
        if local not in ("rss", "rdf", "feed"):  # any namespace, as for entries
            raise _Decline(f"root element <{local}> is not a feed")
        self._root = local
        if local == "feed":
            self._channel = self._level  # an Atom feed's own links are the root's children

    def _read_as_text(self, local: str, attrs: dict[str, str]) -> None:
        if attrs.get("type") != "xhtml":
            self._leaf, self._leaf_name = self._level, local
        elif self._entry:
            self._xhtml = self._level

    def _no_text_after_xhtml(self, data: str) -> None:
        """fastfeedparser's serialised XHTML keeps the text after the element; feedparser's
        does not."""
        if data.strip():
            raise _Decline(f"entry {len(self.entries)} has text after an XHTML element")

    def _stop_watching_tail(self) -> None:
        self._xhtml_tail = False
        self._parser.CharacterDataHandler = None

    def _inside_entry(self, ns: str, local: str, attrs: dict[str, str]) -> None:
        seen = self.entries[-1]
        if local in ("item", "entry"):
            raise _Decline(f"entry {len(self.entries)} contains another entry")
        if not self._xhtml:  # inside XHTML content, elements are the content's markup
            self._follow_text(seen, ns, local, attrs.get("type") == "xhtml")
        key = (ns, local)
        if key in _ENTRY_TEXT:
            if not (local == "link" and self._root == "feed" and "href" in attrs):
                self._read_as_text(local, attrs)  # an Atom link is its href, not its text
            self._note_field(seen, _FIELDS.get(key))
        if key in _CONTENT_NAMES or ns == "" or local in _DATE_NAMES:
            self._entry_element(seen, ns, local, attrs)

    def _entry_element(self, seen: Seen, ns: str, local: str, attrs: dict[str, str]) -> None:
        """What an element inside an entry means beyond its text: content, a source or an
        image (whose insides are not the entry's), a link, an id, a date."""
        if (ns, local) in _CONTENT_NAMES:
            seen.content = True
        elif ns == "" and local == "source":
            self._source = self._level
        elif ns == "" and local == "image" and not self._image:
            self._image = self._level
        elif ns == "" and local == "link":
            if not self._image:  # feedparser ignores an entry image's link; so does ffp
                self._check_link(seen, attrs)
        elif ns == "" and local in ("guid", "id"):
            if local != self._id_name:  # fastfeedparser ignores an RSS <id>, an Atom <guid>
                raise _Decline(f"entry {len(self.entries)} has an unexpected <{local}>")
            seen.guid = True
        elif local in _DATE_NAMES:
            self._open_date(ns, local)

    def _follow_text(self, seen: Seen, ns: str, local: str, xhtml: bool) -> None:
        """Follow feedparser's choice of the entry's text: its content elements in order,
        then its summary. A second summary before any content becomes content, so its text
        is collected here for the fast path; content fastfeedparser never reads declines."""
        key = (ns.lower(), local)
        if key in _UNREAD_CONTENT:
            raise _Decline(
                f"entry {len(self.entries)} holds <{local}>, which fastfeedparser does not read"
            )
        if local in ("description", "summary") and key not in _SUMMARIES:
            raise _Decline(f"entry {len(self.entries)} has a <{local}> in namespace {ns!r}")
        if key in _TEXTY:
            self._texty = (self._level, self._parser.CurrentByteIndex)
        if key in _CONTENT_NAMES:
            seen.has_content = True
        elif key in _SUMMARIES:
            if seen.summaries and not seen.has_content and local != "abstract":
                if xhtml:
                    raise _Decline(f"entry {len(self.entries)} has a second, XHTML summary")
                seen.has_content = True
                self._collect_text(promoted=True)
            elif not seen.summaries and self._level > self._entry + 1 and not xhtml:
                self._collect_text(promoted=False)  # a <media:group>'s: ffp reads children
            seen.summaries += 1

    def _collect_text(self, *, promoted: bool) -> None:
        """Keep the text of the element that starts here, for `Seen.promoted` or
        `Seen.nested_summary` (it holds no markup: it is read as text)."""
        self._promoted, self._promotes, self._text = self._level, promoted, []
        self._parser.CharacterDataHandler = self._text.append

    def _note_field(self, seen: Seen, name: str | None) -> None:
        """fastfeedparser reads the first of two titles (or summaries...), feedparser the
        last, so a repeat declines. A title or summary deeper than the entry's children
        (in an <image>, <og>, <author>) is no repeat: fastfeedparser reads only children and
        feedparser keeps the shallowest, so they agree when the entry has its own (checked
        at its end). Links are counted by `_check_link`; dates may repeat because the scan,
        like feedparser, keeps the last."""
        if name is None or name == "link":
            return
        if name in ("title", "summary") and self._level > self._entry + 1:
            seen.nested.add(name)
            return
        if name in seen.fields:
            raise _Decline(f"entry {len(self.entries)} repeats its {name}")
        seen.fields.add(name)

    def _is_page_link(self, attrs: dict[str, str]) -> bool:
        """Whether feedparser takes this link element as the page's link.

        An Atom link without href (feedparser reads it as an empty link), or a page link
        given by href in RSS (fastfeedparser may skip it), declines.
        """
        is_page = (
            attrs.get("rel", "alternate") == "alternate"
            and attrs.get("type", "text/html") in _HTML_TYPES
        )
        has_href = "href" in attrs
        if self._root == "feed" and not has_href:
            raise _Decline("an Atom link without href")
        if self._root != "feed" and has_href and is_page:
            raise _Decline("an RSS page link given by href")
        return is_page

    def _check_link(self, seen: Seen, attrs: dict[str, str]) -> None:
        """Both libraries must pick the same entry link: fastfeedparser the first, feedparser
        the last page link. So the first must be a page link, and the only one."""
        if self._is_page_link(attrs) == bool(seen.links):
            raise _Decline(f"entry {len(self.entries)} has a link the parsers read differently")
        seen.links += 1

    def _check_feed_link(self, attrs: dict[str, str]) -> None:
        """The feed's link is the base for relative entry links; feedparser takes the last
        page link, fastfeedparser the first, so two of them matter only to relative links."""
        if self._is_page_link(attrs):
            self._feed_pages += 1
            if self._feed_pages > 1:
                self._note_base("the feed has two page links")

    def _open_date(self, ns: str, local: str) -> None:
        slot = _DATE_SLOTS.get((ns, local))
        if slot is None and ns not in ("", _DC, _DCTERMS):
            raise _Decline(f"date element {local!r} in namespace {ns!r}")
        if slot is not None:
            self._slot, self._text = slot, []
            self._parser.CharacterDataHandler = self._text.append

    def _end(self, name: str) -> None:
        level, self._level = self._level, self._level - 1
        if self._xhtml_tail:
            self._stop_watching_tail()
        if self._xhtml == level:
            self._xhtml, self._xhtml_tail = 0, True
            self._parser.CharacterDataHandler = self._no_text_after_xhtml
        if self._slot is not None:
            self.entries[-1].dates[self._slot] = "".join(self._text).strip() or None
            self._slot = None
            self._parser.CharacterDataHandler = None
        if self._texty and self._texty[0] == level:
            self._end_text(level)
        if self._leaf == level:
            self._leaf = 0
        if self._image == level:
            self._image = 0
        if self._channel == level:
            self._channel = 0
        if self._source == level:
            self._source = 0
        elif self._entry == level:
            self._entry = 0
            self._end_entry(self.entries[-1])

    def _end_entry(self, seen: Seen) -> None:
        if seen.guid and not seen.links:
            raise _Decline(f"entry {len(self.entries)} has a guid but no link")
        if only_nested := sorted(seen.nested - seen.fields):
            raise _Decline(
                f"entry {len(self.entries)} has its {only_nested[0]} only inside another element"
            )

    def _end_text(self, level: int) -> None:
        """The end of an element feedparser reads text from: note whether it held any, and
        keep what a promoted summary said."""
        assert self._texty is not None
        if _holds_something(self.body, self._texty[1], self._parser.CurrentByteIndex):
            self.entries[-1].texts = True
        self._texty = None
        if self._promoted == level:
            if self._promotes:
                self.entries[-1].promoted = "".join(self._text)
            else:
                self.entries[-1].nested_summary = "".join(self._text)
            self._promoted = 0
            self._parser.CharacterDataHandler = None


_ENTRY_ELEMENTS = frozenset({"source", "image", "link", "guid", "id"})


def _relevant(ns: str, local: str) -> bool:
    """Whether `_inside_entry` has anything to check or note for such an element. Many of
    an entry's elements (categories, media, authors, extensions) do not, and the scan's
    time is its Python handlers, so those are skipped after one look at their name."""
    key = (ns, local)
    return (
        local in ("item", "entry", "description", "summary")
        or local in _DATE_NAMES
        or key in _ENTRY_TEXT
        or key in _CONTENT_NAMES
        or (ns.lower(), local) in _UNREAD_CONTENT | _TEXTY
        or (ns == "" and local in _ENTRY_ELEMENTS)
    )


def _declaration_first(body: bytes) -> bytes:
    """The body without the white space some servers put before its XML declaration.

    expat (like any XML parser) refuses a declaration that is not at the very start, and
    feedparser reads such a feed with its loose parser and a bozo complaint; fastfeedparser
    reads the rest as it reads any feed. Where the loose reading differs, the equivalence
    tests over the real feeds say so."""
    if body[:1].isspace() and (stripped := body.lstrip(b" \t\r\n")).startswith(b"<?xml"):
        return stripped
    return body


def _holds_something(body: bytes, start: int, end: int) -> bool:
    """Whether the element whose start tag begins at byte `start`, and whose end tag at
    `end`, holds anything but white space (`<x/>`, `<x> </x>` and `<x><![CDATA[ ]]></x>`
    hold nothing)."""
    opened = body.find(b">", start, end)
    if opened < 0:
        return False
    # Matched in place: slicing the element's bytes out to strip them copied every entry's
    # text (whole articles in some feeds) once more per scan.
    return _NOTHING.fullmatch(body, opened + 1, end) is None


# White space and empty CDATA sections only (bytes.strip's white space is regex's \s).
_NOTHING = re.compile(rb"\s*(?:<!\[CDATA\[\s*\]\]>\s*)*")


def _same_codec(a: str, b: str) -> bool:
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False


# Multi-byte encodings expat cannot read. A body declared in one of them is decoded as
# feedparser decodes it (by the declared name, but gb2312 as its superset gb18030, which
# maps some punctuation differently), and scanned and given to fastfeedparser as UTF-8.
_TRANSCODED = frozenset({"gb2312", "gbk", "gb18030", "big5"})
# The XML declaration's encoding, in ASCII (so byte and character offsets agree up to it).
_DECLARED = re.compile(rb"<\?xml[^>\x80-\xff\r\n]*?encoding=([\"'])([A-Za-z][\w.-]*)\1")
# How feedparser finds the declared encoding: transcode only if it finds the same one.
_FEEDPARSER_DECLARED = re.compile(rb"^<\?.*encoding=['\"](.*?)['\"].*\?>")


def _as_utf8(body: bytes, header_charset: str | None) -> tuple[bytes, str | None]:
    """The body in UTF-8 and the encoding it declared, if that is one of `_TRANSCODED` and
    the HTTP charset, if any, names it too; else the body as it is, and None."""
    match = _DECLARED.match(body)
    declared = match[2].decode("ascii").lower() if match else ""
    if not match or _codec(declared) not in _TRANSCODED:
        return body, None
    if header_charset and header_charset.lower() != declared:
        return body, None  # feedparser would decode by the header's name
    seen = _FEEDPARSER_DECLARED.match(body)
    if not seen or seen[1].lower() != declared.encode():
        return body, None
    try:
        text = body.decode("gb18030" if declared == "gb2312" else declared)
    except UnicodeDecodeError:
        return body, None  # expat declines it, and feedparser tries other encodings
    start, end = match.span(2)
    return (text[:start] + "utf-8" + text[end:]).encode(), declared


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None

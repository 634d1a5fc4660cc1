"""HTML fragments and messy feed strings to plain text that rules and extractors can read.

Feed content arrives as HTML of every quality (CDATA blocks, escaped markup, unclosed tags,
inline scripts). Extractors work on sentences, so what they need is the words, with paragraph
boundaries kept as blank lines (a sentence never spans two paragraphs) and nothing else.

lxml's HTML parser does the parsing: it is C, tolerant of broken markup, and never fetches
anything. Block boundaries are marked with private-use characters before the text is joined
by libxml2's text serialisation (`tostring(method="text")`: the text `itertext()` gives, in
one call, several times faster than walking the tree in Python); the markers then become
line breaks once the source's own whitespace is collapsed.

Control characters never leave this module: a title like `\x1b]0;owned\x07` (a terminal's
"set window title") or `\x1b[2J` (clear screen) would act on the terminal of whoever reads
`watcher check` or the console notifier. `strip_controls` removes terminal escape sequences
whole and every other C0 and C1 control except newline and tab, and turns carriage returns
into newlines; `html_to_text` and `normalize_whitespace` apply it, so every text of an
Article built from them is clean.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["html_to_text", "normalize_whitespace", "strip_controls"]

# Markers placed in the tree; removed from the input first so that text cannot forge them.
_PARA = "\ue000"
_LINE = "\ue001"
_BREAK = "\ue002"
_MARKERS = _PARA + _LINE + _BREAK

# Elements whose content is not prose: code, embedded objects, fallbacks for old browsers.
_DROP = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet",
    "svg", "math", "canvas", "audio", "video", "head", "select", "button",
)  # fmt: skip
# Elements that start and end a paragraph.
_BLOCK = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table",
    "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption",
    "pre", "hr", "address", "details", "summary", "form", "fieldset", "center",
)  # fmt: skip
# Elements that start and end a line within a paragraph.
_LINE_TAGS = ("li", "tr", "dt", "dd", "caption")
_CELL_TAGS = ("td", "th")
# tag -> (marker put before its content, marker put after it)
_MARKS = {
    **dict.fromkeys(_BLOCK, (_PARA, _PARA)),
    **dict.fromkeys(_LINE_TAGS, (_LINE, _LINE)),
    "br": ("", _BREAK),
    **dict.fromkeys(_CELL_TAGS, ("", " ")),
}

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# Removed from HTML before parsing: C0 and C1 controls but tab, newline and carriage return
# (which lxml accepts and treats as spaces), invisible characters, our markers.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_UNWANTED = re.compile(f"[{_CONTROLS}{_INVISIBLE_CHARS}{_MARKERS}]")
# Character references can still put controls into the parsed text.
_CONTROL_CHARS = re.compile(f"[{_CONTROLS}]")
# Horizontal whitespace that is not already a single plain space: a lone space is left
# alone, because substituting every gap between words is the slowest part of the module.
_HSPACES = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
_MARKER_RUN = re.compile(f"[{_MARKERS}][ {_MARKERS}]*")
_BLANK_RUNS = re.compile(r"\n{3,}")
# Terminal escape sequences, in their 7-bit (ESC ...) and 8-bit (C1) forms: CSI (`ESC [` up
# to a final byte), strings (OSC `ESC ]`, DCS, SOS, PM, APC) up to their BEL or ST terminator,
# and two-character escapes. A string with no terminator is left to lose only its ESC, so a
# stray `ESC ]` cannot swallow the rest of an article.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -~]"
)
# Every C0 and C1 control but tab and newline (carriage returns become newlines first).
_ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_ESCAPE_START = re.compile("[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_TAGS = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def html_to_text(html: str, *, one_line: bool = False) -> str:
    """Return the readable text of an HTML fragment or document.

    Scripts, styles and embedded objects are dropped, entities are decoded, block elements
    become blank-line paragraph breaks, `<br>` and list items become line breaks, and the
    source's own whitespace is collapsed as a browser would. Never raises on bad markup.
    With `one_line`, the text is `normalize_whitespace`'s one line (a title), which plain
    text already is.
    """
    # One scan for what must go (nearly every text has none): escape sequences start with
    # a control character, so a text without any has none of those either.
    if _UNWANTED.search(html):
        if _ESCAPE_START.search(html):
            html = _ESCAPES.sub("", html)  # whole sequences, before their ESC alone is dropped
        html = _UNWANTED.sub("", html)
    if "<" not in html and "&" not in html:  # plain text, as most titles are
        # `normalize_whitespace`, less its search for invisible characters: none are left.
        return " ".join(strip_controls(html).split())
    cleaned = html.strip()  # edge whitespace can change broken markup
    root = _parse(cleaned)
    if root is None:  # nothing lxml calls a document: only comments, or a bare declaration
        return normalize_whitespace(unescape(_TAGS.sub(" ", cleaned)))
    from lxml import etree  # noqa: PLC0415 (see `_parse`)

    etree.strip_elements(root, *_DROP, with_tail=False)
    _mark_boundaries(root)
    # The tree's text in document order, as `"".join(root.itertext())` gives it, but joined
    # by libxml2 in one call: a third of the time of the iterator's Python strings.
    joined = etree.tostring(root, method="text", encoding=str, with_tail=False)
    # Markup without controls gains one only from a character reference (`&#27;`): the
    # parser's named entities are all printable, and the markers are not controls.
    text = _render(joined, controls="&#" in cleaned)
    return normalize_whitespace(text) if one_line else text


def _parse(html: str) -> etree._Element | None:
    """Parse with lxml's default HTML parser, which is per-thread and so safe to share.

    lxml is imported here, at the first markup to parse: every command reads this module
    (rules match on normalised text), and a run whose sources all answer 304 parses nothing
    (lxml's import is about 25 ms of its start-up)."""
    from lxml import etree  # noqa: PLC0415

    try:
        return etree.HTML(html)
    except ValueError:  # lxml refuses a str that declares its own encoding
        return etree.HTML(_XML_DECL.sub("", html))


def _mark_boundaries(root: etree._Element) -> None:
    """Put paragraph and line markers at the start and end of block-level elements.

    One pass over the tree for all the tags: each `iter` is a full traversal. lxml refuses
    to store a text holding a control character (which `&#1;` and the like put in the parsed
    tree), so such a text loses its controls first; looking for them only when lxml refuses
    spares a regex search per element of every other text.
    """
    for el in root.iter(*_MARKS):
        before, after = _MARKS[el.tag]
        if before:
            text = el.text
            try:
                el.text = before + text if text else before
            except ValueError:
                el.text = before + _drop_controls(text or "")
        tail = el.tail
        try:
            el.tail = after + tail if tail else after
        except ValueError:
            el.tail = after + _drop_controls(tail or "")


def _drop_controls(text: str) -> str:
    """Text without the controls that character references (`&#27;`) put in the parsed tree,
    escape sequences removed whole."""
    if not _CONTROL_CHARS.search(text):
        return text
    return _CONTROL_CHARS.sub("", _ESCAPES.sub("", text))


def _render(joined: str, *, controls: bool = True) -> str:
    """Collapse source whitespace, then turn each run of markers into one line break.

    A run holding a paragraph marker, or two `<br>`s in a row, is a paragraph break (many
    news sites separate paragraphs with `<br><br>`); any other run is a line break. The run
    takes the spaces after it, so only a single space before it is left to remove. String
    methods do the rest: a regex substitution per word gap was the slowest step here.
    """
    if controls:  # else none can be in the text (see `html_to_text`)
        joined = _drop_controls(joined)
    collapsed = " ".join(joined.split())  # markers are not spaces
    text = _MARKER_RUN.sub(_breaks, collapsed)
    return text.replace(" \n", "\n").strip()


def _breaks(match: re.Match[str]) -> str:
    run = match.group()
    if _PARA in run or run.count(_BREAK) > 1:
        return "\n\n"
    return "\n"


def normalize_whitespace(text: str, *, keep_paragraphs: bool = False) -> str:
    """Tidy plain text: one line by default, or with its line and paragraph structure kept.

    Invisible characters (zero-width spaces, soft hyphens, BOMs) are removed. By default all
    whitespace becomes single spaces, as titles are shown in alerts. With `keep_paragraphs`,
    runs of spaces and tabs (including no-break and other Unicode spaces) become one space,
    lines are trimmed and more than one blank line becomes one, because extractors rely on
    "\n\n" meaning a paragraph boundary.
    """
    text = _INVISIBLE.sub("", strip_controls(text))
    if not keep_paragraphs:
        return " ".join(text.split())
    text = _HSPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.strip(" ") for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def strip_controls(text: str) -> str:
    """`text` without terminal escape sequences, C0/C1 controls or lone surrogates; tab and
    newline stay, and a carriage return (alone or before a newline) becomes one newline."""
    if not _ANY_CONTROL.search(text):
        return text  # nearly every text: one scan, no copy
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SURROGATES.search(text):
        text = _pair_surrogates(text)
    return _ANY_CONTROL.sub("", _ESCAPES.sub("", text))


def _pair_surrogates(text: str) -> str:
    """JSON and YAML escapes can only write a character beyond the BMP as two UTF-16 halves
    (an emoji as `\\ud83d\\ude00`), which Python keeps as two lone surrogates that cannot be
    encoded, hashed or stored. Pairs become their character; a half left alone is dropped."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")

"""Tests for watcher.ingest.text: HTML fragments to readable plain text."""

from __future__ import annotations

import pytest

from watcher.ingest.text import html_to_text, normalize_whitespace


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<h2>Head</h2>Body", "Head\n\nBody"),
        ("one<br>two", "one\ntwo"),
        ("one<br><br>two", "one\n\ntwo"),
        ("<ul><li>a</li><li>b</li></ul>after", "a\nb\n\nafter"),
        ("<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>", "x y\nz"),
        ("<div><p>nested</p></div><div>next</div>", "nested\n\nnext"),
    ],
)
def test_block_elements_become_line_and_paragraph_breaks(html: str, text: str) -> None:
    """Paragraph-level elements give blank lines; br, list items and rows give line breaks."""
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    "html",
    [
        "<p>kept</p><script>var x = '<p>lost</p>';</script>",
        "<style>p { color: red }</style><p>kept</p>",
        "<noscript>lost</noscript><p>kept</p>",
        "<p>kept</p><!-- lost -->",
        "<iframe src='x'>lost</iframe><p>kept</p>",
    ],
)
def test_scripts_styles_and_comments_are_dropped(html: str) -> None:
    """Code, comments and embedded objects contribute no text."""
    assert html_to_text(html) == "kept"


def test_entities_are_decoded() -> None:
    """Named, numeric and no-break-space entities become characters and spaces."""
    assert html_to_text("AT&amp;T&nbsp;said &#8220;no&#8221; &mdash; &lt;b&gt;") == (
        "AT&T said \u201cno\u201d \u2014 <b>"
    )


def test_broken_markup_is_tolerated() -> None:
    """Unclosed and stray tags do not lose text or raise."""
    html = "<div><p>unclosed <i>italic<p>next</b></span> end"
    assert html_to_text(html) == "unclosed italic\n\nnext end"


def test_source_whitespace_is_collapsed_like_a_browser() -> None:
    """Newlines and runs of spaces inside HTML text are one space."""
    assert html_to_text("<p>a\n   b\t\tc</p>\n\n\n<p>d</p>") == "a b c\n\nd"


def test_plain_text_takes_the_quick_path_with_the_same_result() -> None:
    """Text without markup or entities is collapsed to one line, as HTML would be."""
    assert html_to_text("  Tariffs   rise\nagain ") == "Tariffs rise again"


def test_marker_characters_in_input_cannot_forge_breaks() -> None:
    """Private-use characters used internally are removed from the input first."""
    assert html_to_text("<b>a\ue000b\ue001c</b>") == "abc"


@pytest.mark.parametrize(
    "html", ["", "   ", "<!-- only a comment -->", '<?xml version="1.0"?>', "<script>x</script>"]
)
def test_fragments_without_text_give_an_empty_string(html: str) -> None:
    """Empty, comment-only, declaration-only or script-only input gives ''."""
    assert html_to_text(html) == ""


def test_document_with_encoding_declaration_is_read() -> None:
    """A str that carries an XML encoding declaration is still parsed as HTML."""
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><p>hi</p>') == "hi"


def test_control_characters_are_removed() -> None:
    """NUL and other C0 controls, which lxml rejects, are dropped."""
    assert html_to_text("<p>a\x00b\x07c</p>") == "abc"


def test_normalize_whitespace_keeps_paragraphs_and_lines() -> None:
    """Plain text keeps single line breaks and one blank line between paragraphs."""
    text = "  First\u00a0 line  \r\nsecond line\n\n\n\n  Next\tparagraph \u200b "
    expected = "First line\nsecond line\n\nNext paragraph"
    assert normalize_whitespace(text, keep_paragraphs=True) == expected


def test_normalize_whitespace_gives_one_line_by_default() -> None:
    """Titles end up on one line with single spaces and no invisible characters."""
    assert normalize_whitespace(" Trade\n\ntalks\u00ad  resume\ufeff ") == "Trade talks resume"


def test_control_characters_from_character_references_are_removed() -> None:
    """A `&#1;` in the markup does not put a control character into the text."""
    assert html_to_text("<p>a&#1;b</p><p>c</p>") == "ab\n\nc"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>before<!-- a note -->after</p><?keep going?>tail", "beforeafter\n\ntail"),
        ("loose<div>block<br>line</div>end<![CDATA[data]]>", "loose\n\nblock\nline\n\nend"),
        ("<html><head><title>Head</title></head><body>Body &amp; more</body></html>",
         "Body & more"),
        ("<table><tr><td>one</td><td>two</td></tr></table><script>skip()</script>rest",
         "one two\n\nrest"),
        ("&lt;b&gt; escaped &#169; &nbsp;spaced", "<b> escaped \u00a9 spaced"),
    ],
)  # fmt: skip
def test_text_of_the_tree_leaves_out_comments_instructions_and_scripts(
    html: str, text: str
) -> None:
    """`html_to_text` joins the tree's text with libxml2's text serialisation. These are the
    texts the earlier `"".join(itertext())` gave for the same markup (checked against it when
    the serialisation replaced it): comments, processing instructions, a document head and
    scripts give no text; CDATA in HTML is dropped; entities are decoded."""
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("Shipping\u200b rates \x1b[31mclimb\x1b[0m", "Shipping rates climb"),  # plain, unclean
        ("<p>Port \x1b]0;title\x07fees</p><p>rise\u00ad</p>", "Port fees\n\nrise"),
        ("<p>Port &#x1b;[2Jfees &#1;rise</p>", "Port fees rise"),  # controls by reference
        ("<p>Port &#155;fees &#128;</p>", "Port \u203afees \u20ac"),  # read as windows-1252
        ("<p>Port &amp; harbour &nbsp;fees&shy;</p>", "Port & harbour fees\u00ad"),
        ("<p>Port\r\nfees</p><br><br>rise", "Port fees\n\nrise"),
    ],
)
def test_what_must_go_is_found_in_one_scan(html: str, text: str) -> None:
    """Controls, escape sequences and invisible characters are looked for once; markup
    gains a control only from a character reference, which is then dropped."""
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("html", "line"),
    [
        ("  Port\u200b fees\r\n rise\t again ", "Port fees rise again"),
        ("Port \ud83d\ude00 fees \udc00rise", "Port \U0001f600 fees rise"),
        ("<p>Port fees</p><p>rise&shy; again</p>", "Port fees rise again"),
        ("<b>Port</b> &amp; harbour", "Port & harbour"),
    ],
)
def test_one_line_is_normalize_whitespace_of_the_text(html: str, line: str) -> None:
    """A title's one line is the text's one line, whichever way the text was made."""
    assert html_to_text(html, one_line=True) == line
    assert normalize_whitespace(html_to_text(html)) == line

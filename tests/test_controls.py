"""Control characters from sources never reach a terminal (issue 11, section 7).

A title holding OSC 0 (`ESC ] 0 ; ... BEL`, set the window title), OSC 52 (write the
clipboard) or `ESC [ 2 J` (clear the screen) acted on the terminal of whoever read `watcher
check` or the console notifier. Every text from a source is cleaned at ingestion: escape
sequences go whole, other C0/C1 controls but newline and tab go, carriage returns become
newlines.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply
from watcher.ingest.documents import page_article, read_document
from watcher.ingest.parse import parse_feed
from watcher.ingest.text import html_to_text, normalize_whitespace, strip_controls
from watcher.models import Article, FetchResult

OSC_TITLE = "\x1b]0;owned\x07"
OSC_CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
CLEAR = "\x1b[2J"
C1_CSI = "\x9b2J"
HOSTILE = (OSC_TITLE, OSC_CLIPBOARD, CLEAR, C1_CSI, "\x07", "\x1b]", "\x9d")
TITLE = f"Magnet {OSC_TITLE}tariffs {CLEAR}rise{OSC_CLIPBOARD}"
TEXT = f"Magnet tariffs rose{C1_CSI} on Monday.\r\nThe ministry{OSC_TITLE} confirmed it.\x00"


def assert_clean(article: Article) -> None:
    for value in (article.title, article.text, article.url or "", article.id):
        assert not any(h in value for h in HOSTILE), repr(value)
        assert not any(c in value for c in "\x00\x1b\r"), repr(value)
    assert article.title == "Magnet tariffs rise"
    words = " ".join(article.text.split())  # in HTML a line break is a space
    assert "Magnet tariffs rose on Monday. The ministry confirmed it." in words


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (f"a{OSC_TITLE}b", "ab"),
        (f"a{OSC_CLIPBOARD}b", "ab"),
        ("a\x1b]52;c;x\x1b\\b", "ab"),  # OSC ended by ST instead of BEL
        (f"a{CLEAR}b\x1b[1;31mc\x1b[0m", "abc"),
        ("a\x9b2Jb\x9d0;t\x9cc", "abc"),  # the 8-bit (C1) forms
        ("a\x1b]0;no end, so only the escape goes", "a0;no end, so only the escape goes"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("tab\tand\nnewline stay; \x00\x08\x0b\x0c\x7f\x85 go", "tab\tand\nnewline stay;  go"),
        ("plain text, unchanged", "plain text, unchanged"),
    ],
)
def test_strip_controls(raw: str, clean: str) -> None:
    assert strip_controls(raw) == clean


def test_html_and_whitespace_helpers_strip_them_too() -> None:
    assert html_to_text(f"<p>a{CLEAR}b &#27;[2Jc &#150; d{OSC_TITLE}</p>") == "ab c – d"
    assert normalize_whitespace(TITLE) == "Magnet tariffs rise"
    assert normalize_whitespace(TEXT, keep_paragraphs=True).endswith("confirmed it.")


def result(body: bytes, content_type: str = "") -> FetchResult:
    return FetchResult("s", "http://127.0.0.1/feed", 200, body, {"content-type": content_type})


def test_json_feed_title_text_link_and_id() -> None:
    item = {
        "id": f"item-1{CLEAR}",
        "url": f"http://127.0.0.1/story{OSC_TITLE}",
        "title": TITLE,
        "content_text": TEXT,
    }
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [item]})
    (article,) = parse_feed(result(body.encode())).articles
    assert_clean(article)
    assert (article.id, article.url) == ("item-1", "http://127.0.0.1/story")


def test_json_feed_html_content() -> None:
    item = {"id": "1", "title": TITLE, "content_html": f"<p>{TEXT}</p>"}
    body = json.dumps({"version": "https://jsonfeed.org/version/1", "items": [item]})
    (article,) = parse_feed(result(body.encode())).articles
    assert_clean(article)


@pytest.mark.parametrize("parser", ["feedparser", "auto"])
def test_rss_with_raw_and_escaped_controls(parser: str) -> None:
    """Raw ESC makes the XML ill-formed (feedparser still reads it); escaped markup carries
    them as character references. feedparser drops the BEL (`&#7;` is no XML character), so
    only the OSC's ESC is left to remove, and turns C1 characters into their windows-1252
    look-alikes, which are printable."""
    title = TITLE.replace("\x07", "&#7;").replace("\x1b", "&amp;#27;")
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><guid>g1</guid><title>{title}</title>"
        f"<link>http://127.0.0.1/a\x1b[2J</link><description>{TEXT}</description></item>"
        "</channel></rss>"
    ).encode()
    (article,) = parse_feed(result(body), parser=parser).articles  # type: ignore[arg-type]
    for value in (article.title, article.text, article.url or ""):
        assert not any(c in value for c in "\x00\x07\x1b\r\x9b"), repr(value)
    assert article.title.startswith("Magnet ")
    assert "tariffs rise" in article.title
    assert article.url == "http://127.0.0.1/a"
    assert "The ministry confirmed it." in article.text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", f"{TITLE}\n{TEXT}\n"),
        ("b.md", f'---\nurl: "http://127.0.0.1/b\\e[2J"\n---\n# {TITLE}\n{TEXT}\n'),
        ("c.json", json.dumps({"title": TITLE, "text": TEXT, "url": "http://127.0.0.1/c\x07"})),
        ("d.html", f"<html><head><title>{TITLE}</title></head><body><p>{TEXT}</p></body></html>"),
    ],
)
def test_article_files(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert_clean(read_document(path, "inbox"))


def test_page() -> None:
    html = f"<html><head><title>{TITLE}</title></head><body><article><p>{TEXT}</p></article>"
    article = page_article(result(html.encode(), "text/html; charset=utf-8"))
    assert_clean(article)


def run_in_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run a command with stdout and stderr on a pseudo-terminal, as a person would see it:
    click strips nothing there, and the console notifier writes in colour."""
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=secondary, stderr=secondary)
    os.close(secondary)
    out = bytearray()
    while True:
        ready, _, _ = select.select([primary], [], [], 60)
        if not ready:
            proc.kill()
            raise AssertionError(f"no output for 60 s; so far: {out!r}")
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=60)
    os.close(primary)
    return out.decode("utf-8", errors="replace")


@pytest.mark.slow
def test_check_and_console_notifier_print_no_control_sequences(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """`watcher check` at a terminal, over a JSON Feed and a `.txt` source whose titles and
    text hold OSC 0, OSC 52 and ESC[2J: the titles are printed and alerted, the sequences
    are not."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{"id": "1", "title": TITLE, "content_text": TEXT}],
    }
    http_server.script("/feed.json", Reply(body=json.dumps(feed).encode()))
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "story.txt").write_text(f"{TITLE} again\n{TEXT}\n", newline="")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "magnets.yaml").write_text(
        "id: magnets\ndescription: magnet news\ntrigger: {type: keyword, any: [magnet]}\n"
        'message: "{{ article.title }}"\nnotify: [console]\n'
    )
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: wire, kind: feed, url: '{http_server.url('/feed.json')}'}}\n"
        "  - {id: inbox, kind: dir, path: inbox}\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    env["WATCHER_RULES_DIR"] = str(tmp_path / "rules")
    args = [sys.executable, "-m", "watcher", "check", "--sources", "sources.yaml"]
    out = run_in_a_terminal([*args, "--state", "s.db"], tmp_path, env)
    for hostile in HOSTILE:
        assert hostile not in out, f"{hostile!r} reached the terminal:\n{out!r}"
    assert out.count("Magnet tariffs rise") >= 4, out  # listed and alerted, for both sources

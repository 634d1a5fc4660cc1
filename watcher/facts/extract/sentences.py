"""Split article text into sentences whose text is an exact slice of the input.

Evidence must be a substring of the article, so sentences are spans, never rewritten text. News
excerpts mix prose with headlines, captions and archived print line breaks: a newline ends a
sentence unless the next line continues in lower case (a wrapped line), and a full stop ends one
unless it closes a known abbreviation ("U.S.", "Aug.", "Mr.") or an initial.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from watcher.facts.extract.lexicon import section

# The marks that open a list item ("• Nov. 10: port fees resume", "- April 17, 2027 -> 880
# yuan", "■ Tariffs: 10%"): one set for every reader of list items (measures' schedule
# steps and dated items, deadlines' schedule lists, fact-box lines).
BULLETS = "-\u2022*\u2013\u2014\u00b7\u25aa\u25cf\u25a0"
BULLET_CLASS = f"[{re.escape(BULLETS)}]"  # one of them, as a regex fragment

_ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "pres",
        "approx",
    ]
)
# A candidate boundary: terminal punctuation (plus closing quotes) and whitespace, or a newline.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"\u201d\u2019')\]]*\s+|\s*\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# A line that ends on a function word or a comma was wrapped mid-sentence (archived print pages).
_WRAPPED = re.compile(
    r"(?:,|\b(?:in|on|at|of|to|the|a|an|and|or|for|with|from|by|that|its|their|his|her|as))$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the article text."""

    text: str
    start: int
    end: int


def _is_abbreviation(chunk: str) -> bool:
    m = _WORD_BEFORE.search(chunk)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# The tests before a boundary read only the sentence's last characters: a wrapped line's last
# word is at most five letters and a space; an abbreviation at most six letters, dots and the
# character before, so a longer run of letters and dots is no abbreviation however it is cut.
_TAIL = 16
_CLOSERS = "\"\u201d\u2019')]"


def _is_boundary(text: str, start: int, m: re.Match[str]) -> bool:
    nxt = text[m.end() : m.end() + 1]
    end = m.start()
    if "\n" in m.group(0):
        return not (nxt.islower() or _WRAPPED.search(text[max(start, end - _TAIL) : end]))
    if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"\u201c\u2018'(["):
        return False
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    return not _is_abbreviation(text[max(start, end - _TAIL) : end])


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order, each with `text == article[start:end]`, empty ones dropped."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if not _is_boundary(text, start, m):
            continue
        end = m.start() + len(m.group(0)) - len(m.group(0).lstrip("\"\u201d\u2019')]"))
        _append(out, text, start, end)
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(stripped, s, s + len(stripped)))


@functools.cache
def _question_opener(wh: bool) -> re.Pattern[str]:
    words = section("question")
    openers = [*words["yes_no"], *(words["wh"] if wh else [])]
    return re.compile(rf"^\W*(?:{'|'.join(map(re.escape, openers))})\b", re.IGNORECASE)


def is_question(text: str, *, wh: bool = True) -> bool:
    """Whether the sentence is a direct question: it ends on "?" (closing quotes aside) and
    opens on an auxiliary ("Did", "Will", ...) or, with `wh`, a wh-word ("Why", "When", ...)
    (the lexicon's `question` section)."""
    if not text.rstrip().rstrip("\u201d\"'").endswith("?"):
        return False
    return _question_opener(wh).match(text) is not None

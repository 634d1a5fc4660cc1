"""Did it happen? ConText-style modality by scoped trigger phrases (NegEx / ConText).

The knowledge is data: the `modality:` section of `data/lexicon.yaml` lists trigger phrases by
category (denied, counterfactual, historical, threatened, speculated, suspended, planned, ...)
and direction (a trigger modifies what follows it, what precedes it, or both), pseudo-triggers
that cancel a false match ("not only"), termination terms that end a trigger's scope ("but",
";"), a maximum scope in words and a priority order for when several triggers reach one target.
The algorithm is fixed and small: find the triggers, drop those inside a pseudo-trigger, keep
those whose scope reaches the anchor (no terminator and at most `window` words between them),
and return the one of highest priority, nearest first.

Phrase syntax: words match whole words, case-insensitively; a word ending in `*` matches any
ending ("threat*": threat, threatens, threatened) and `*` alone any one word; `a|b` matches
either word; `...` matches a gap of up to twenty words within the sentence ("if ... would"),
`..` one within the clause (no comma: "keep* .. from", not a date range after a comma); a
word starting with `*` matches any word with that ending ("*ing": rising, imposing).
An entry written as a mapping may set `case: true` (match the case as written: "may" the
modal, not "May" the month), its own `window`, and `not_after`: words the phrase must not
follow ("ruled out" denies, but not after "not" or "to": "has not ruled out" keeps it open).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from watcher.facts.extract.lexicon import section as lexicon_section
from watcher.facts.extract.literals import Guarded, guarded
from watcher.facts.extract.memo import per_article

# a word of the gap may be an initialism with its periods ("urged U.S. officials to"): only
# a period that ends a sentence ends the gap
_GAP = r"(?:(?:(?-i:[A-Z])\.){2,}[\s,]+|[^\s.;]+[\s,]+){0,20}?"
_CLAUSE_GAP = r"(?:[^\s.;,]+\s+){0,20}?"  # the gap `..`: no comma, so within the clause
_WORD = re.compile(r"\w+")
_DIRECTIONS = ("forward", "backward", "both")
_GAP_TOKEN = "..."  # noqa: S105 (a phrase token, not a secret)
_CLAUSE_GAP_TOKEN = ".."  # noqa: S105


@dataclass(frozen=True, slots=True)
class Modality:
    """The category of the trigger that governs an anchor, and the trigger's span."""

    category: str
    start: int
    end: int
    trigger: str


@dataclass(frozen=True, slots=True)
class _Trigger:
    category: str
    direction: str
    window: int
    source: str  # the regex, compiled at the trigger's first scan (`pattern`)
    flags: int

    @property
    def pattern(self) -> Guarded:
        """The trigger's regex. Compiled when a text first holds its first word: a run's
        first article would otherwise compile every trigger of the lexicon (~40 ms). Guarded
        by its words after the first: a sentence holding "trade" rarely holds "trade war"."""
        return _compiled(self.source, self.flags)


@functools.cache
def _compiled(source: str, flags: int) -> Guarded:
    return guarded(re.compile(source, flags))


@dataclass(frozen=True, slots=True)
class _Lexicon:
    by_word: dict[str, tuple[_Trigger, ...]]  # triggers indexed by their first word
    by_prefix: tuple[tuple[str, _Trigger], ...]  # triggers whose first word ends in `*`
    prefixes: re.Pattern[str]  # finds those first words' stems at the start of a word
    others: tuple[_Trigger, ...]  # triggers that start with punctuation
    pseudo: re.Pattern[str]
    pseudo_parts: tuple[tuple[str, tuple[str, ...]], ...]  # (phrase, its first words' keys)
    terminators: tuple[tuple[re.Pattern[str], frozenset[str]], ...]  # (term, categories spared)
    priority: dict[str, int]
    # terms that end only a scope reaching back: "will start at 20% and could rise later"
    backward_terminators: re.Pattern[str] = re.compile(r"(?!x)x")

    def candidates(self, text: str) -> list[_Trigger]:
        """The triggers whose first word occurs in `text`: the only ones worth a scan."""
        words = {w.lower() for w in _WORD.findall(text)}
        found = [t for w in words for t in self.by_word.get(w, ())]
        stems = self.prefixes.findall(" ".join(words))
        found += [t for p, t in self.by_prefix if p in stems]
        return list(dict.fromkeys(found)) + list(self.others)

    def pseudo_in(self, text: str) -> re.Pattern[str]:
        """The pseudo-trigger alternation, without the phrases that cannot match in `text`.

        A phrase that starts with a word matches only where the text holds that word's
        letters (its key, lower case); in a text of ASCII characters, lower case is what
        IGNORECASE compares. The phrases left keep their order, so the alternation finds what
        the whole one finds."""
        if not text.isascii():
            return self.pseudo
        lowered = text.lower()
        kept = tuple(
            p for p, keys in self.pseudo_parts if not keys or any(k in lowered for k in keys)
        )
        return _union(kept)


def _word_pattern(word: str) -> str:
    if word == "*":  # any one word, hyphens and apostrophes in it ("90-day", "Beijing's")
        return r"[\w'\u2019-]+"
    if word.startswith("*"):  # any word with this ending ("*ing")
        return r"\w+" + re.escape(word[1:])
    stem = re.escape(word.rstrip("*"))
    return stem + r"\w*" if word.endswith("*") else stem


def phrase_pattern(phrase: str, *, case: bool = False) -> re.Pattern[str]:
    """A whole-word regex for a lexicon phrase (`*` = any ending, `...` = a short gap)."""
    return re.compile(phrase_source(phrase), 0 if case else re.IGNORECASE)


def phrase_source(phrase: str) -> str:
    """The source of `phrase_pattern`'s regex, uncompiled: for phrases that go into a larger
    regex (compiling each one first cost ~60 ms of the first extraction in a process)."""
    body = ""
    for token in phrase.split():
        if token in (_GAP_TOKEN, _CLAUSE_GAP_TOKEN):
            body += _GAP if token == _GAP_TOKEN else _CLAUSE_GAP
            continue
        body += "(?:" + "|".join(map(_word_pattern, token.split("|"))) + r")\s+"
    body = body.removesuffix(r"\s+")
    left = r"(?<!\w)" if phrase[:1].isalnum() else ""
    right = r"(?!\w)" if phrase.rstrip("*")[-1:].isalnum() else ""
    return left + body + right


def phrase_union(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation of lexicon phrases, longest first."""
    return _union(tuple(sorted(phrases, key=len, reverse=True)))


def union_source(phrases: list[str]) -> str:
    """The source of `phrase_union`'s regex, uncompiled (its flag is `re.I`)."""
    return _union_source(tuple(sorted(phrases, key=len, reverse=True)))


def _union_source(ordered: tuple[str, ...]) -> str:
    if not ordered:
        return r"(?!x)x"
    return "|".join(f"(?:{phrase_source(p)})" for p in ordered)


@functools.lru_cache(maxsize=256)
def _union(ordered: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_union_source(ordered), re.I)


_KEY = re.compile(r"\w+")


def _first_word_keys(phrase: str) -> tuple[str, ...]:
    """The letters each alternative of the phrase's first word starts with, lower case, or ()
    when some alternative does not start with a word character (no key then says anything)."""
    first = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    keys = []
    for alt in first.split("|"):
        m = _KEY.match(alt)
        if m is None or not m.group(0).isascii():
            return ()
        keys.append(m.group(0).lower())
    return tuple(keys)


def _spec(entry: Any) -> dict[str, Any]:
    return entry if isinstance(entry, dict) else {"phrase": entry}


def _triggers(section: dict[str, Any], default_window: int) -> list[tuple[str, _Trigger]]:
    """Every trigger of the section with its first word (once per alternative: "a|b")."""
    out: list[tuple[str, _Trigger]] = []
    for category, by_direction in section.get("triggers", {}).items():
        for direction, entries in by_direction.items():
            if direction not in _DIRECTIONS:
                raise ValueError(f"lexicon modality: {category}: unknown direction {direction}")
            for spec in map(_spec, entries):
                phrase = str(spec["phrase"])
                flags = 0 if spec.get("case") else re.IGNORECASE  # as `phrase_pattern`
                window = int(spec.get("window", default_window))
                source = _not_after(spec.get("not_after", [])) + phrase_source(phrase)
                trigger = _Trigger(category, direction, window, source, flags)
                first = phrase.split(maxsplit=1)[0].lower()
                out.extend((alt, trigger) for alt in first.split("|"))
    return out


def _not_after(words: list[str]) -> str:
    """Lookbehinds for the words a trigger must not follow, each a whole word before a space
    (fixed width, one per word: "not ruled out" is no denial)."""
    return "".join(rf"(?<!{_edge(w)}{re.escape(w)}\s)" for w in words)


def _edge(word: str) -> str:
    """A word boundary before a whole word; none before an ending ("n't" of "hasn't")."""
    return "" if "'" in word or "\u2019" in word else r"\b"


def _terminator(entry: Any) -> tuple[re.Pattern[str], frozenset[str]]:
    spec = _spec(entry)
    return phrase_pattern(str(spec["phrase"])), frozenset(spec.get("except", []))


@functools.lru_cache(maxsize=4)
def load_lexicon(section: str = "modality") -> _Lexicon:
    """The compiled trigger knowledge base of one lexicon section (read once, cached)."""
    data = lexicon_section(section)
    triggers = _triggers(data, int(data.get("window", 12)))
    pseudo = [str(p) for p in data.get("pseudo", [])]
    by_word: dict[str, list[_Trigger]] = {}
    for first, t in triggers:
        if first[:1].isalnum() and not first.endswith("*"):
            by_word.setdefault(first, []).append(t)
    by_prefix = tuple((f.rstrip("*"), t) for f, t in triggers if f.endswith("*"))
    stems = sorted({p for p, _ in by_prefix}, key=len, reverse=True)
    return _Lexicon(
        {w: tuple(ts) for w, ts in by_word.items()},
        by_prefix,
        re.compile(r"\b(" + "|".join(map(re.escape, stems)) + ")" if stems else r"(?!x)x"),
        tuple(t for f, t in triggers if not f[:1].isalnum()),
        phrase_union(pseudo),
        tuple((p, _first_word_keys(p)) for p in sorted(pseudo, key=len, reverse=True)),
        tuple(_terminator(t) for t in data.get("terminators", [])),
        {c: i for i, c in enumerate(data.get("priority", []))},
        phrase_union([str(p) for p in data.get("backward_terminators", [])] + _comment(data)),
    )


def _comment(data: dict[str, Any]) -> list[str]:
    """The opening of a trailing comment (", a move ...", ", in a move that ...", lexicon
    `comment_nouns`) as a phrase: a scope reaching back across it is the comment's."""
    nouns = "|".join(str(n) for n in data.get("comment_nouns", []))
    return [f", a|an|the {nouns}", f", in a|an {nouns}"] if nouns else []


def comment_opening() -> re.Pattern[str]:
    """Where a trailing comment on the step starts (", a move traders said could ...")."""
    return _union(tuple(_comment(lexicon_section("modality"))))


def _between(
    trig: _Trigger, span: tuple[int, int], anchor: tuple[int, int]
) -> tuple[int, int] | None:
    """The stretch from trigger to anchor, when the trigger points the anchor's way."""
    if span[1] <= anchor[0] and trig.direction != "backward":
        return span[1], anchor[0]
    if span[0] >= anchor[1] and trig.direction != "forward":
        return anchor[1], span[0]
    if span[0] < anchor[1] and anchor[0] < span[1]:
        return span[0], span[0]  # the trigger contains the anchor
    return None


def _reaches(
    text: str, lex: _Lexicon, trig: _Trigger, span: tuple[int, int], anchor: tuple[int, int]
) -> int | None:
    """Words between trigger and anchor when the trigger's scope reaches it, else None."""
    gap = _between(trig, span, anchor)
    if gap is None:
        return None
    between = text[gap[0] : gap[1]]
    words = len(_WORD.findall(between))
    ends = (t for t, spared in lex.terminators if trig.category not in spared)
    if words > trig.window or any(t.search(between) for t in ends):
        return None
    backward = span[0] >= anchor[1]
    if backward and _ended_back(text, lex, gap[0], span):
        return None
    if span[1] <= anchor[0] and _closed_aside(text, span[0], gap):
        return None
    closes = "," in between or ")" in between  # the cheap test first: an aside must close
    if backward and closes and _closed_aside(text, anchor[0], gap, participles=True):
        # "The truce, due to expire on Nov. 10, could be extended": the anchor is the aside's.
        # (A trigger in a relative clause after the anchor may still be about it: "a tariff
        # starting August 1, which Trump had warned about" is the threat's.)
        return None
    return words


_TAIL = 40  # characters after a trigger a terminator that starts before it may run on


def _ended_back(text: str, lex: _Lexicon, lo: int, span: tuple[int, int]) -> bool:
    """Whether a terminator that starts between the anchor and a trigger reaching back to it
    ends the scope: "and could", or a trailing comment whose verb is the trigger (", which
    economists warned could fuel inflation": the comment runs on past "warned")."""
    found = lex.backward_terminators.search(text, lo, min(len(text), span[1] + _TAIL))
    return found is not None and found.start() < span[0]


# An aside inside a clause: a non-restrictive relative clause or a parenthesis, and the mark
# that closes it.
@functools.lru_cache(maxsize=1)
def _aside_open() -> re.Pattern[str]:
    """The opening of an aside (lexicon `modality: aside_openers`, or a parenthesis)."""
    words = "|".join(map(re.escape, lexicon_section("modality")["aside_openers"]))
    return re.compile(rf",\s+(?:{words})\b|\(", re.IGNORECASE)


_ASIDE_REACH = 120  # characters before a trigger searched for the aside's opening
# ... and, for an anchor, an aside opened by a participle or a word of schedule: "the truce,
# expiring Aug. 12, ...", "the truce, due to expire on Nov. 10, ..."
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:[a-z]+ing|due|set|scheduled|slated|effective)\b", re.IGNORECASE
)


def _closed_aside(
    text: str, start: int, gap: tuple[int, int], *, participles: bool = False
) -> bool:
    """Whether a trigger (or, reached from after it, an anchor) at `start` sits in an aside
    that closes within `gap`: in "Tariffs, which briefly topped 145%, were cut to 30%" the
    history is the aside's, not the cut's; in "The truce, which expires on Nov. 10, could be
    extended" the modal is the main clause's, not the end's. `participles`: a participle's
    aside counts too (for an anchor)."""
    opened = None
    lo = max(0, start - _ASIDE_REACH)
    for m in _aside_open().finditer(text, lo, start):
        opened = m
    if participles:
        for m in _PARTICIPLE_ASIDE.finditer(text, opened.end() if opened else lo, start):
            opened = m
    if opened is None:
        return False
    closer = ")" if opened.group(0) == "(" else ","
    if closer in text[opened.end() : start]:
        return False  # closed before the trigger: the trigger is outside it
    return closer in text[gap[0] : gap[1]]


def modalities(text: str, anchor: tuple[int, int], section: str = "modality") -> list[Modality]:
    """Every trigger whose scope reaches `anchor` (a span of `text`), best first."""
    lex = load_lexicon(section)
    found: list[tuple[int, int, Modality]] = []
    for trig, start, end, words in _hits(text, section):
        dist = _reaches(text, lex, trig, (start, end), anchor)
        if dist is not None:
            rank = lex.priority.get(trig.category, len(lex.priority))
            found.append((rank, dist, Modality(trig.category, start, end, words)))
    return [mod for _, _, mod in sorted(found, key=lambda f: (f[0], f[1]))]


@per_article
def _hits(text: str, section: str) -> tuple[tuple[_Trigger, int, int, str], ...]:
    """Every trigger match in `text` outside a pseudo-trigger, found once per article for
    all the anchors of a sentence; the pseudo-triggers are scanned only when a trigger matched."""
    lex = load_lexicon(section)
    hits = [
        (trig, m.start(), m.end(), m.group(0))
        for trig in lex.candidates(text)
        for m in trig.pattern.finditer(text)
    ]
    if not hits:
        return ()
    masked = [m.span() for m in lex.pseudo_in(text).finditer(text)]
    return tuple(hit for hit in hits if not any(lo < hit[2] and hit[1] < hi for lo, hi in masked))


def modality(text: str, anchor: tuple[int, int], section: str = "modality") -> Modality | None:
    """The governing modality of the concept at `anchor` in `text` (None: no trigger reaches)."""
    found = modalities(text, anchor, section)
    return found[0] if found else None

"""Dated measures: a calendar date tied to a trade measure by a start or an end construction.

"an additional 100% tariff on Chinese goods from November 1", "the suspension runs until 10
November 2026", "port fees ... take effect on October 14": each is a deadline although the
text never says "deadline". A frame has an anchor (the date), a cue just before it (a start
or end construction) and the measure noun nearest the date in its clause, which gives the
measure class. The cue and noun lists are data (`deadline:` in data/lexicon.yaml); this module
is the fixed algorithm that reads them. A date whose nearest noun names an event (talks, a
summit, a court hearing) is that event's date, not a measure's; a date the text marks as
superseded ("originally set to expire on ...", the first date of "from X to Y") is skipped. A
noun that is what the measure answers or is of ("a 100% tariff over Beijing's export controls",
"the suspension of the tariff") does not name the measure when another noun before it does.
Where no noun names the measure, a verb may ("suspending Article 2 ... until"), or a word that
points back to the previous sentences' measure ("The extension runs through", "This will rise
on"); a schedule's list item ("• April 1, 2027 → 90 yuan") is a step of that measure. The
dates of a chronology entry ("On April 9, 2025, ..., effective April 10") weeks before
publication are history.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from watcher.facts.extract.dates import WEEKDAY, DateMention, in_the_past
from watcher.facts.extract.gazetteer import agencies
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.moves import (
    lasting_within,
    length_after,
    length_before,
    move_object,
    move_words,
    moved_measure,
)
from watcher.facts.extract.sentences import BULLET_CLASS
from watcher.facts.extract.trie import alternation

REFER = "^"  # the class of words that point back to an earlier sentence's measure
DEFINITE = "^d"  # ... and of words that do so only after "the", "these", "those", "this"
SUBJECT = "^s"  # ... and of pronouns that do so only as their clause's subject
SCHEDULE = "schedule"  # the noun of a schedule's list item, a step of the measure named before
_POINTERS = frozenset({REFER, SUBJECT, DEFINITE})
_PAIR = 2  # a subject and the noun of its aside
_CHANGE_REACH = 60  # characters between a change verb and the measure noun it changes
_BEFORE = 160  # characters before a date searched for its measure noun
_AFTER = 90  # ... and after it
# A clock time or a weekday between a cue and its date ("effective 12:01 am EST on Monday,
# November 10", "came into effect at 9.30 AM on Wednesday (August 27)", "at midnight on",
# "from 9 a.m. Beijing time on").
_FILLER = (
    r"(?:(?:at\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|midnight|noon)\s*"
    r"(?:[A-Z]{2,4}\s+|(?:[A-Z][a-z]+\s+)?time\s+)?(?:on\s+)?)?"
    # "expire at the end of November": a month's end after "at the"
    rf"(?:{WEEKDAY}\s*,?\s*\(?\s*)?(?:at\s+the\s+|the\s+)?"
)
# Clause breaks inside a sentence. A full stop is not one: the sentence splitter already ended
# the sentence at every full stop that is not an abbreviation ("U.S. ships", "Nov. 27").
_CLAUSE_BREAK = re.compile(r"[;\n]|(?<!\d):(?!\d)|\s[-\u2013\u2014]\s")  # not "12:01"
# "extended to November 10" gives the new end; "extended beyond November 10", the current one.
# The start of a measure as the thing a move moves ("delayed the start of the fees to").
_START_NOUN = re.compile(
    rf"\b(?:{alternatives('deadline', 'start_nouns', spaced=True)})\b",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(r"(?<![\w-])(?P<cue>to|until|beyond)\s+(?:the\s+)?$", re.IGNORECASE)
# "21 days from today": the date a period is counted from, not the measure's.
_COUNTED = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+$", re.IGNORECASE)
_TO_CUES = frozenset(section("deadline")["to_cues"])
_BY_LENGTH = re.compile(
    r"\bby\s+(?:a|an|one|another|a\s+further|[\w-]+)\s+(?:days?|weeks?|months?|years?)\s+$",
    re.IGNORECASE,
)
# "for a year starting November 10" is the period of the measure, which starts on the date.
_PERIOD_CUES = frozenset(section("deadline")["period_cues"])
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s"
_PASSIVE = frozenset(section("deadline")["passive_auxiliaries"])
_RANGE_TO = re.compile(r"^\s*,?\s*(?:to|until|through|till)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled `deadline:` section."""

    start: re.Pattern[str]
    end: re.Pattern[str]
    start_after: re.Pattern[str]
    end_after: re.Pattern[str]
    past: frozenset[str]
    superseded: re.Pattern[str]
    was_due: re.Pattern[str]  # "was due to": superseded only when the sentence says so
    not_held: re.Pattern[str]  # "but", "passed": a "was due to" plan did not hold
    not_held_linked: re.Pattern[str]  # "before", "until": ... when an event follows
    moved_step: re.Pattern[str]  # "the increase", "plans": a move's object that is a step
    called_off: re.Pattern[str]
    lift: re.Pattern[str]
    move: re.Pattern[str]
    move_edge: re.Pattern[str]  # "pushing the expiry": a move only of a measure's edge
    change: re.Pattern[str]
    change_by: re.Pattern[str]  # a passive change "by" a date: "will be cut to 30% by May 14"
    change_words: frozenset[str]
    begin_doing: re.Pattern[str]
    nominal: re.Pattern[str]  # "the expiry of the pause on": a start or end told as a noun
    act_on: re.Pattern[str]
    act_words: frozenset[str]
    act_same_day: re.Pattern[str]  # "doubled its levy ... to 20% on Thursday": the day itself
    same_day_words: frozenset[str]
    opening: re.Pattern[str]
    not_until: re.Pattern[str]  # a negated verb of starting or ending, right before the cue
    doing: re.Pattern[str]  # the act of levying after "begin": "won't begin collecting the ..."
    verbs: re.Pattern[str]
    verb_class: Mapping[str, str]  # casefolded verb -> measure class it names
    others: re.Pattern[str]
    cause: re.Pattern[str]  # a preposition of cause, addition or complement before a noun
    nouns: re.Pattern[str]
    noun_class: Mapping[str, str]  # casefolded noun -> measure class, "" (event) or REFER


@dataclass(frozen=True, slots=True)
class Frame:
    """One dated measure in a sentence."""

    date: date
    edge: str  # "start" or "end"
    measure: str  # a class of watcher.models.MEASURE_WORDS
    noun: str  # the measure noun as written
    past: bool  # the cue is in the past tense
    lifted: bool  # the clause lifts or pauses the measure ("scrap duties ... from Nov 10")
    others: bool = False  # the measure is other countries' ("tariffs on other countries' ...")
    weekday: bool = False  # only a weekday or a relative word ("on Monday") dates it
    at: int = -1  # where the words naming the measure start, before the cue (-1: elsewhere)
    span: tuple[int, int] = (-1, -1)  # the date's words in the sentence
    moved: bool = False  # the date is a new one a move gives ("extended to", "pushed back to")
    delayed: bool = False  # "will not apply until <date>": the negation is the construction's
    period: tuple[int, str] | None = None  # "for one year from <date>": (1, "years") it lasts
    superseded: bool = False  # the old date of a move ("pushed back from Aug. 12 to Nov. 10")


def _alternation(words: list[str]) -> str:
    """The words (phrases: any run of whitespace between their words), longest first, as a
    trie (every pattern using it is case-insensitive)."""
    return alternation(words, ignore_case=True, spaced=True) if words else ""


# The agent of a passive cue, capitalised, before its "on" or "from": "will be imposed by
# Beijing on", "will be reimposed by the Commerce Department from".
_AGENT = r"(?:by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}?(?=(?:on|from)\s))?"


def _cue(words: list[str]) -> re.Pattern[str]:
    """A cue ending right before a date, with an optional agent, "on"/"from" and filler."""
    return re.compile(
        rf"(?<![\w-])(?P<cue>{_alternation(words)})\s+{_AGENT}(?:(?:on|from)\s+)?{_FILLER}$",
        re.IGNORECASE,
    )


def _change_cue(
    words: list[str], prepositions: tuple[str, ...] = ("on", "from")
) -> re.Pattern[str]:
    """A change verb before a date, with an optional new level ("rise to 25% on June 1", "rise
    again on June 1", "climb back on June 1"); `prepositions` may stand before the date
    ("by" after a passive: "will be cut to 30% by May 14", in force by then)."""
    level = (
        r"(?:\s+(?:to|by)\s+(?:about\s+|around\s+)?(?:[$\u20ac\u00a3\u00a5]\s*)?\d[\d,]*(?:\.\d+)?"
        r"\s*(?:%|percent|per\s*cent|yuan|dollars?|euros?)?"
        r"(?:\s+(?:a|an|per)\s+(?:net\s+)?(?:tons?|tonnes?|units?|vessels?|ships?|containers?))?)?"
    )
    return re.compile(
        rf"(?<![\w-])(?P<cue>{_alternation(words)})(?:\s+(?:again|back))?{level}\s+"
        rf"(?:(?:{'|'.join(prepositions)})\s+)?{_FILLER}$",
        re.IGNORECASE,
    )


def _begin_doing_cue(begin: list[str], doing: list[str]) -> re.Pattern[str]:
    """ "will begin collecting the fees on Chinese-built ships on Oct. 14": a verb of starting,
    the act of levying, the measure, then the date (a few words may stand between)."""
    return re.compile(
        rf"(?<![\w-])(?P<cue>{_alternation(begin)})\s+(?:{_alternation(doing)})\b[^.;:]{{0,60}}?"
        rf"\s(?P<at>on|from|at)\s+{_FILLER}$",  # "at 12:01 a.m. on": `at` opens a clock time
        re.IGNORECASE,
    )


def _nominal_cue(data: Mapping[str, list[str]]) -> re.Pattern[str]:
    """ "the expiry of the 90-day pause on Aug. 12", "the imposition of US duties on Chinese
    steel from June 4": a noun of ending or starting, "of", the measure, then "on" or "from"
    and the date."""
    return re.compile(
        rf"(?<![\w-])(?:(?P<end>{_alternation(data['end'])})|"
        rf"(?P<start>{_alternation(data['start'])}))\s+of\s+[^.;:]{{0,60}}?"
        rf"\s(?P<at>on|from)\s+{_FILLER}$",
        re.IGNORECASE,
    )


# "will not", "has not yet", "is not set to", "won't officially": a negation and what may stand
# between it and the verb it negates.
_NEGATION = (
    r"(?:(?<![\w-])(?:not|never)|n['\u2019]t)\s+(?:(?:yet|even|officially|formally|actually|fully)\s+)*"
    r"(?:(?:be\s+|been\s+)?(?:due|set|expected|scheduled|slated|planned|going)\s+to\s+)?"
)


def _not_until(data: Mapping[str, list[str]]) -> re.Pattern[str]:
    """A negated verb of starting (`start`) or ending (`end`), its object and adjuncts, then
    "until": "will not apply until", "won't collect the new levies on soybeans until"."""
    return re.compile(
        rf"{_NEGATION}(?:(?P<start>{_alternation(data['start'])})|"
        rf"(?P<end>{_alternation(data['end'])}))(?![\w-])[^.;:]{{0,80}}?\s(?:until|till)$",
        re.IGNORECASE,
    )


# A negation in the clause before "until", no comma between: "did not reach agreement ... until".
_NEGATED = re.compile(r"(?:\bnot|\bnever|n['\u2019]t)\b[^,;:]*$", re.IGNORECASE)
_UNTIL = frozenset(section("deadline")["until_cues"])


def _act_on_cue(act: list[str], nouns: list[str], construction: str) -> re.Pattern[str]:
    """ "will lift its tariffs on US farm goods on November 10": a verb acting on a measure,
    its object (a measure noun among a few words; a rate written "25 per cent" is one word
    there, as "25%" is), then "on" or "from" and the date; or "by" or "no later than" it ("will
    lift its ban on ... by December 31": the act falls due)."""
    return re.compile(
        rf"(?<![\w-])(?P<cue>{_alternation(act)})\s+(?:(?:\d[\d.]*\s+per\s+cent|[\w%-]+)\s+){{0,3}}?"
        rf"(?:{construction}|{_alternation(nouns)})\b[^.;:]{{0,60}}?"
        # (a new level may stand right before a date of the week it names: "will raise tariffs
        # on US pork to 30 per cent next Monday"; `deadlines` keeps the weekday only so)
        rf"\s(?:(?P<at>on|from|by|no\s+later\s+than)\s+|(?<=%\s)|(?<=\scent\s)|(?<=percent\s))"
        rf"{_FILLER}$",
        re.IGNORECASE,
    )


def _words(words: list[str], construction: str = "") -> re.Pattern[str]:
    either = f"{construction}|" if construction else ""
    return re.compile(rf"(?<![\w-])(?:{either}{_alternation(words)})(?![\w-])", re.IGNORECASE)


# What a head noun falls on: "on", or a participle of restricting ("rules curbing chip sales").
_ON = rf"(?:{alternatives('deadline', 'restricting_words')})"


def _construction(data: Mapping[str, Any]) -> str:
    """A measure noun as a construction (`measure_modifiers`, `measure_heads`): a modifier that
    gives the class, up to two other words, and a head noun ("export licence rule", "port
    service fees"); or a head and what it falls on (`measure_objects`: "fees on US-owned
    ships")."""
    mods = [m for ms in data["measure_modifiers"].values() for m in ms]
    objects = [o for os_ in data["measure_objects"].values() for o in os_]
    weak = [o for os_ in data["measure_objects_weak"].values() for o in os_]
    heads = _alternation(data["measure_heads"])
    own = {n.casefold() for ns in data["measures"].values() for n in ns}
    # heads that name no measure on their own ("restrictions", not "ban"), for weak objects
    plain = _alternation([h for h in data["measure_heads"] if h.casefold() not in own])
    return (
        # a licence a trade needs, first: "export licences will be required" (not "export
        # licences" alone)
        rf"{_licence_needed().pattern}|"
        rf"(?:{_alternation(mods)})(?:[\s-]+[\w-]+){{0,2}}?[\s-]+"
        rf"(?:{heads})(?:[\s-]+(?:{heads}))?|"  # "export licence rule": a head may modify one
        # the class told by what the measure falls on: "a 50% fee on Chinese-built vessels"
        # (or by what a participle after the head restricts: "a rule restricting chip exports")
        rf"(?:{heads})\s+{_ON}\s+(?:[\w-]+\s+){{0,3}}?(?:{_alternation(objects)})|"
        # ... and a weak one only after a head naming no measure of its own: "restrictions on
        # sales of AI chips" are export controls, "a ban on drone sales" stays a ban
        rf"(?:{plain})\s+{_ON}\s+(?:[\w-]+\s+){{0,3}}?(?:{_alternation(weak)})"
    )


class _Classes(dict[str, str]):
    """Casefolded noun -> class; a noun the construction matched takes its first modifier's."""

    def __init__(self, classes: Mapping[str, str], modifiers: Mapping[str, str]) -> None:
        super().__init__(classes)
        self.modifiers = modifiers

    def __missing__(self, noun: str) -> str:
        words = re.split(r"[\s-]+", noun)
        for i in range(len(words)):  # a modifier may be two words ("dual-use")
            for w in (f"{words[i]}-{words[i + 1]}" if i + 1 < len(words) else "", words[i]):
                if w in self.modifiers:
                    return self.modifiers[w]
        raise KeyError(noun)


@functools.cache
def lexicon() -> Lexicon:
    """The `deadline:` section of the lexicon, compiled once."""
    data: dict[str, Any] = section("deadline")
    classes: dict[str, str] = {w.casefold(): "" for w in data["events"]}
    for measure, nouns in data["measures"].items():
        for noun in nouns:
            classes.setdefault(noun.casefold(), str(measure))
    classes.update({w.casefold(): REFER for w in data["refer_back"]})
    classes.update({w.casefold(): SUBJECT for w in data["refer_back_subjects"]})
    classes.update({w.casefold(): DEFINITE for w in data["refer_back_definite"]})
    verbs = {v.casefold(): str(m) for m, vs in data["verb_measures"].items() for v in vs}
    modifiers = {
        w.casefold(): str(m)
        for group in ("measure_modifiers", "measure_objects", "measure_objects_weak")
        for m, ws in data[group].items()
        for w in ws
    }
    # the nouns of a licence a trade needs ("will need a licence") give its class
    modifiers.update({w.casefold(): "export_controls" for w in data["licence_needed"]["nouns"]})
    construction = _construction(data)
    return Lexicon(
        start=_cue(data["start"]),
        end=_cue(data["end"]),
        start_after=re.compile(rf"^\s*(?:{_alternation(data['start_after'])})\b", re.I),
        end_after=re.compile(rf"^\s*(?:{_alternation(data['end_after'])})\b", re.I),
        past=frozenset(" ".join(w.casefold().split()) for w in data["past"]),
        superseded=_words(data["superseded"]),
        was_due=_words(data["was_due"]),
        not_held=_words(data["not_held"]),
        not_held_linked=_words(data["not_held_linked"]),
        moved_step=re.compile(
            rf"(?:(?:the|its|their|a|an)\s+)?(?:{_alternation(data['moved_steps'])})(?![\w-])",
            re.IGNORECASE,
        ),
        called_off=_words(data["called_off"]),
        lift=_words(data["lift"]),
        move=_words([w for words in data["move"].values() for w in words]),
        move_edge=re.compile(
            rf"(?<![\w-])(?:{_alternation(data['move_edge'])})\s+(?:(?:the|its|their)\s+)?"
            rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?:{_alternation(data['edge_nouns'])})(?![\w-])",
            re.IGNORECASE,
        ),
        change=_change_cue(data["change"]),
        change_by=_change_cue([w for w in data["change"] if w.split()[0] in _PASSIVE], ("by",)),
        change_words=frozenset(_norm(w) for w in data["change"]),
        begin_doing=_begin_doing_cue(data["begin"], data["doing"]),
        nominal=_nominal_cue(data["nominal"]),
        act_on=_act_on_cue(
            data["act"], [n for ns in data["measures"].values() for n in ns], construction
        ),
        act_words=frozenset(_norm(w) for w in data["act"]),
        act_same_day=_act_on_cue(
            data["act_same_day"], [n for ns in data["measures"].values() for n in ns], construction
        ),
        same_day_words=frozenset(_norm(w) for w in data["act_same_day"]),
        opening=re.compile(
            rf"(?<![\w-])(?:(?P<end>{_alternation(data['opening_end'])})|"
            rf"(?P<start>{_alternation(data['opening_start'])})|"
            rf"(?P<change>{_alternation(data['change'])})|"
            rf"(?P<act>{_alternation(data['act'])}))(?![\w-])",
            re.IGNORECASE,
        ),
        not_until=_not_until(data["not_until"]),
        doing=re.compile(rf"\s+(?:{_alternation(data['doing'])})(?![\w-])", re.IGNORECASE),
        verbs=_words(list(verbs)),
        verb_class=verbs,
        others=_words(data["others"]),
        cause=re.compile(
            rf"(?<![\w-])(?:{_alternation(data['causes'] + data['complements'])})\s+"
            # not "from October 1 and fees"; "U.S." is a word ("from the 10% U.S. levy")
            rf"(?:(?!{_MONTH})[\w'\u2019%.-]+\s+){{0,4}}?$",
            re.IGNORECASE,
        ),
        nouns=_words(list(classes), construction),
        noun_class=_Classes(classes, modifiers),
    )


def frames(
    text: str, dates: list[DateMention], published: date | None, carried: str | None = None
) -> Iterator[Frame]:
    """Every dated measure in the sentence `text`, in text order. `carried` is the measure
    class the previous sentences named last: the one "the extension" or "this" points back
    to, and the topic that lets a verb name a measure ("suspending Article 2 ... until")."""
    lex = lexicon()
    history = _chronicle(text, dates, published)
    for i, d in enumerate(dates):
        old = _old_date(lex, text, i, dates)
        if d.value is None or old == _SKIP or _background(text, d, history, published):
            continue
        found = _anchor(lex, text, d)
        if found is None:
            if carried and schedule_step(text, d):
                yield Frame(d.value, "start", carried, SCHEDULE, _before(d, published), False)
            continue
        edge, cue_start, cue = found
        negated = _negated(lex, text, edge, cue_start, cue)  # "will not apply until <date>"
        # "the decision to double the levy ... on March 4": a step recounted
        if negated is None or _recounted(lex, text, cue, d, published):
            continue
        edge, delayed = negated
        period = _period(text, cue_start, d.end) if edge == "start" else None
        superseded = _superseded_by(lex, text, (cue_start, i), dates, (old, published))
        if superseded is None or (period is None and _counted(text, cue_start, cue)):
            continue
        if (
            _called_off(lex, text, cue_start, d)
            or _time_given(text, cue_start, d)
            or (edge == "end" and _held_on_condition(text, cue_start, cue, d))
        ):
            continue
        changed = _norm(cue) in lex.change_words
        named = _dated_measure(lex, text, (d, cue_start, changed), carried)
        if named is None:
            continue
        measure, noun, others = named
        told_past = _norm(cue) in lex.past or _norm(cue) in lex.same_day_words
        when = in_the_past(text, d, published) if told_past else d.value
        past = told_past or _before(d, published)
        lifted = _lifted(lex, text, d, cue_start, noun, cue=cue)
        at = _noun_at(text, noun, cue_start)
        if at < 0 and cue_start == d.start:  # "the Aug. 12 expiry of China's pause": its "of"
            at = text.find(noun, d.end) if noun else -1
        span = (d.start, d.end)
        moved = _moved(lex, text, cue_start, cue)
        yield Frame(
            when,
            edge,
            measure,
            noun,
            past,
            lifted,
            others,
            d.weekday_only,
            at,
            span,
            moved,
            delayed,
            period,
            superseded,
        )


def _recounted(lex: Lexicon, text: str, cue: str, d: DateMention, published: date | None) -> bool:
    """Whether an act on a measure is a step recounted: "the decision to double the levy ... on
    March 4" before publication, or a past step ("imposed tariffs on Chinese goods on April 2")
    on any day but the publication day itself. A word that is also a present act ("cut") is
    the act's; one a change cue reads right before its level and date ("were halved on
    September 1") is the change's."""
    word = _norm(cue)
    if word in lex.act_words:
        return _before(d, published)
    if word not in lex.same_day_words or (published is not None and d.value == published):
        return False
    return word not in lex.change_words or not lex.change.search(
        text, max(0, d.start - 80), d.start
    )


_DETERMINER = r"(?:a|an|the|its|their|this|that|[\w\u2019-]+['\u2019]s)"
# after "before"/"until": an event, a clause with its subject and verb ("the two sides agreed",
# "it was extended") or a noun of one ("Monday's deal"), not a time ("the holiday season") nor
# a noun phrase whose participle is an adjective ("a planned summit")
_EVENT_AFTER = re.compile(
    rf"\s+(?:{_DETERMINER}\s+)?(?!{_DETERMINER}\s)(?:"
    r"(?:[\w'\u2019-]+\s+){1,3}?(?:\w+ed|was|were|is|are|had|has|came|went|met|struck|took|"
    r"made|signed|began|ran)\b"
    r"|(?:deal|agreement|accord|pact|extension|delay|postponement|talks)\b)",
    re.IGNORECASE,
)
_STILL_DUE_DAYS = 7  # a "was due to" date at most this much before publication may still hold


def _superseded(
    lex: Lexicon,
    text: str,
    cue_start: int,
    dated: tuple[DateMention, list[DateMention]],
    published: date | None,
) -> bool:
    """Whether the words before the cue make the date an earlier one the measure no longer has:
    "originally set to expire on", "had been due to"; or a plan told in the past ("was due
    to expire on Nov. 10") that the sentence says did not hold (`_not_held`). Told plainly,
    "the truce was due to expire on Nov. 10" is how a report says when the truce ends: the
    past is the reporter's, not the plan's."""
    lo = max(0, cue_start - 30)
    if lex.superseded.search(text, lo, cue_start):
        return True
    if "due to" not in text and "set to" not in text and "scheduled to" not in text:
        return False
    if _due_aside_replaced(text, cue_start, dated):
        return True
    return lex.was_due.search(text, lo, cue_start) is not None and _not_held(
        lex, text, dated, published
    )


# An end the measure was due to have, told in an aside ("the waiver, scheduled to expire Nov. 10,
# would now last until Nov. 10, 2027"; "its pause, due to lapse on Dec. 1, will be extended to
# Dec. 1, 2027"), and the new end the main clause gives it: a later date after "to", "until" or
# "through". Without one ("The truce, due to expire on Nov. 10, could be extended") the date
# stands: only weighing a move does not replace it.
_DUE_ASIDE = re.compile(
    r",\s*(?:(?:originally|initially)\s+)?(?:due|set|scheduled|slated)\s+to\s+"
    r"(?:expire|lapse|end|run\s+out|terminate)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_NEW_END = re.compile(r"\b(?:to|until|till|through)\s+$", re.IGNORECASE)


def _due_aside_replaced(
    text: str, cue_start: int, dated: tuple[DateMention, list[DateMention]]
) -> bool:
    """Whether the date ends a `_DUE_ASIDE` and a later date of the sentence is a new end."""
    d, later = dated
    if _DUE_ASIDE.search(text, max(0, d.start - 60), d.start) is None or d.value is None:
        return False
    return any(
        m.value is not None and m.value > d.value and _NEW_END.search(text, m.start - 10, m.start)
        for m in later
    )


_SKIP = "skip"  # `_old_date`: the date is not read
_UNLESS_WORDS = "unless words"  # ... read only if the words before its cue supersede it


def _superseded_by(
    lex: Lexicon,
    text: str,
    at: tuple[int, int],
    dates: list[DateMention],
    told: tuple[bool | str, date | None],
) -> bool | None:
    """Whether the `i`th date (`at`: its cue's start and `i`) is a superseded one read as such:
    the old date of a move (`_old_date`), or one the words before its cue supersede
    (`_superseded`) when a move replaced it (`_moved_on`). None when the date is not read:
    a plan that went by, or a range's first date no words supersede."""
    cue_start, i = at
    old, published = told
    if _superseded(lex, text, cue_start, (dates[i], dates[i + 1 :]), published):
        return True if _moved_on(lex, text, cue_start, (dates[:i], dates[i + 1 :])) else None
    if _held_before(text, cue_start, dates[i], dates[i + 1 :]):
        return True
    return None if old == _UNLESS_WORDS else old is True


# "which had been suspended until Nov. 10, 2026, will now stay suspended until Nov. 10, 2027":
# a state held in the past perfect up to a date, a later "until" date after it
_HAD_BEEN = re.compile(r"\bhad\s+been\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)
_UNTIL_LATER = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)


def _held_before(text: str, cue_start: int, d: DateMention, later: list[DateMention]) -> bool:
    """Whether the date ends a state told in the past perfect ("had been suspended until A")
    that a later date of the sentence, also after "until", now ends: the old end, superseded.
    The cheap test first: "had been" in the sentence."""
    if "had been" not in text or not _UNTIL_LATER.search(text, max(0, cue_start - 2), d.start):
        return False
    if _HAD_BEEN.search(text, max(0, cue_start - 50), cue_start) is None:
        return False
    return any(
        _pushed_back(text, d, m) and _UNTIL_LATER.search(text, m.start - 8, m.start) for m in later
    )


def _old_date(lex: Lexicon, text: str, i: int, dates: list[DateMention]) -> bool | str:
    """Whether the `i`th date is the old one of a move, read as the measure's superseded
    edge ("pushed the expiry from Aug. 12 to Nov. 10", "extended the pause to Nov. 10 from
    Aug. 12"), or is not read (`_SKIP`): a date a move brought forward is only left behind.
    The first date of a range with no move in its clause is read only when the words before
    its cue say it was superseded (`_UNLESS_WORDS`: "which had been set to lapse on May 31,
    until Nov. 30"; not "the truce runs from May 14 to Aug. 12")."""
    d = dates[i]
    if d.value is None:
        return _SKIP
    if _moved_away_from(lex, text, d, dates[:i]):
        return True if _pushed_back(text, d, dates[i - 1]) else _SKIP
    if not _superseded_range(text, d, dates[i + 1 :]):
        return False
    if not _pushed_back(text, d, dates[i + 1]):
        return _SKIP
    clause = _clause_before(text, d.start)
    mover = _mover(lex, clause)
    # a move before a relative clause moves its noun, not the range ("extended the truce,
    # which runs from May 14 to Aug. 12")
    if mover is None or _RELATIVE.search(clause, mover.end()):
        return _UNLESS_WORDS
    return True


_YEAR = re.compile(r"\b20\d\d\b")
_BROUGHT_FORWARD_DAYS = 120  # a year-less new date further before the old one is next year's


_EARLIER = re.compile(move_words("earlier"), re.IGNORECASE)


def _pushed_back(text: str, old: DateMention, new: DateMention) -> bool:
    """Whether a move from `old` to `new` put the date later: a later day, or a year-less new
    one months before it ("from Aug. 31 until Feb. 28": the February after; "to May 4 from
    July 6" is brought forward), and no verb of bringing forward in the clause before them."""
    if not (old.value and new.value):
        return False
    if _EARLIER.search(_clause_before(text, min(old.start, new.start))):
        return False
    if new.value > old.value:
        return True
    far = (old.value - new.value).days > _BROUGHT_FORWARD_DAYS
    return far and _YEAR.search(text, new.start, new.end) is None


def _moved_on(
    lex: Lexicon, text: str, cue_start: int, around: tuple[list[DateMention], list[DateMention]]
) -> bool:
    """Whether a superseded date (`_superseded`) was replaced by a move, not only passed by:
    "originally set to expire on", "had been due to"; or a "was due to" date with a later
    calendar date or a move of a measure in its sentence ("a truce that was due to lapse on
    Nov. 10 was extended", "which had been set to end on May 31, until Nov. 30"). Not a date
    after another that the superseding word stands before ("originally Aug. 12, has been
    moved to Nov. 10": the new date)."""
    earlier, later = around
    lo = max(0, cue_start - 30)
    if any(lo <= e.start for e in earlier):
        return False
    if lex.superseded.search(text, lo, cue_start):
        return True
    return any(not m.weekday_only for m in later) or moves_measure(text, lex.move)


def _not_held(
    lex: Lexicon, text: str, dated: tuple[DateMention, list[DateMention]], published: date | None
) -> bool:
    """Whether a "was due to" date went by or moved: another date after it in the sentence,
    words after it saying so ("but", "passed"), "before" or "until" an event ("before the two
    sides agreed"; not a time, "before the holiday season"), a move of a measure in the
    sentence ("but it was extended", `moves_measure`; not "The Senate delayed a vote"), or a
    date over a week before publication."""
    d, later = dated
    if any(not m.weekday_only for m in later) or moves_measure(text, lex.move):
        return True
    if lex.not_held.search(text, d.end):
        return True
    linked = lex.not_held_linked.search(text, d.end)
    if linked is not None and _EVENT_AFTER.match(text, linked.end()):
        return True  # "before the two sides agreed", "until Monday's deal"
    held_from = published - timedelta(days=_STILL_DUE_DAYS) if published else None
    return held_from is not None and d.value is not None and d.value < held_from


def _negated(
    lex: Lexicon, text: str, edge: str, cue_start: int, cue: str
) -> tuple[str, bool] | None:
    """The cue's edge, and whether a negated verb before "until" gives it: "will not apply
    until" starts the measure on the date and "does not expire until" ends it; "until" after
    another negated verb ("did not reach agreement on tariffs until") dates no measure (None).
    Any other cue keeps its edge."""
    if edge != "end" or _norm(cue) not in _UNTIL:
        return edge, False
    lo = _clause_start(text, cue_start)
    if _NEGATED.search(text, lo, cue_start) is None:
        return "end", False
    verb = lex.not_until.search(text, lo, cue_start + len(cue))
    if verb is None or not _negated_measure(lex, text, lo, verb, cue_start):
        return None
    return ("start" if verb.group("start") else "end"), True


# What may follow an intransitive verb before "until": an adverb or a prepositional adjunct
# ("will not apply fully until", "do not take effect for Chinese firms until").
_ADJUNCT = re.compile(
    r"\s*(?:$|(?:[a-z]+ly|yet|again|to|on|for|in|at|from|against|under|with|by|as|across)\b)",
    re.IGNORECASE,
)
# The words before the measure noun of an object: a determiner and modifiers, no preposition.
_OBJECT_GAP = re.compile(
    r"\s+(?:(?!(?:to|on|for|in|at|from|under|with|by|of|as|over|after|before)\s)"
    r"[\w%'\u2019-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _negated_measure(lex: Lexicon, text: str, lo: int, verb: re.Match[str], cue_start: int) -> bool:
    """Whether the negated verb before "until" starts or ends a measure: its object is one
    ("won't collect the new levies until", "won't begin collecting the duties until"), or,
    with no object, its subject is ("the countermeasures do not take effect until", "they will
    not apply until"). "will not begin buying soybeans under the tariff deal until" buys."""
    edge = "start" if verb.group("start") else "end"
    after = verb.end(edge)
    if _ADJUNCT.match(text, after, cue_start):
        return _measure_noun(lex, text, lo, verb.start(edge)) is not None
    doing = lex.doing.match(text, after, cue_start)
    after = doing.end() if doing else after
    noun = _measure_noun(lex, text, after, cue_start)
    return noun is not None and _OBJECT_GAP.match(text, after, noun.start()) is not None


def _measure_noun(lex: Lexicon, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first measure noun in `text[lo:hi]` (one pointing back counts; an event's does not)."""
    return next(
        (m for m in lex.nouns.finditer(text, lo, hi) if lex.noun_class[_norm(m.group(0))]), None
    )


_MOVED_CUES = frozenset(section("deadline")["moved_cues"])


def _moved(lex: Lexicon, text: str, cue_start: int, cue: str) -> bool:
    """Whether the cue gives the date a move leads to: a moving cue ("extended to", "pushed
    back to"), or "to"/"until" after a moving verb of the clause ("extended the pause on
    tariffs until ..."). Such a date lies after the move, told forward."""
    if lex.move.search(cue):
        return True
    moving = _mover(lex, _clause_before(text, cue_start))
    return _norm(cue) in _MOVED_CUES and moving is not None


def _called_off(lex: Lexicon, text: str, cue_start: int, d: DateMention) -> bool:
    """Whether the clause of the date calls the measure off ("the increase scheduled for
    November 1 was cancelled", "Beijing shelved the fees due on March 3"): a start that will
    not come (docs/extraction.md: counterfactual)."""
    starts = [m.end() for m in _COORDINATE.finditer(text, 0, cue_start)]
    stop = _COORDINATE.search(text, d.end)
    hi = stop.start() if stop else len(text)
    return lex.called_off.search(text, starts[-1] if starts else 0, hi) is not None


# Clause breaks, and the comma of a coordinated clause (", and tariffs will rise on ...").
_COORDINATE = re.compile(
    r"[;\n]|(?<!\d):(?!\d)|\s[-\u2013\u2014]\s|,\s*(?:and|but|while|as|though)\s"
)


def _noun_at(text: str, noun: str, cue_start: int) -> int:
    """Where the measure's words stand before the cue, or -1 (named after the date, as in
    "effective October 14, vessels ... will incur new port fees": the words around such a noun
    are another clause's, whose subject need not be the measure's owner)."""
    return text.rfind(noun, 0, cue_start) if noun else -1


def _lifted(
    lex: Lexicon, text: str, d: DateMention, cue_start: int, noun: str, *, cue: str = ""
) -> bool:
    """Whether the clause lifts or pauses the measure: a lifting verb before the cue, or, when
    the measure is named after the date ("From November 10, China will suspend its port
    fees"), between the date and the measure."""
    before = _clause_before(text, cue_start)
    if lex.lift.search(before) or lex.lift.search(cue):  # "is due to be lifted on"
        return True
    at = text.find(noun, d.end) if noun and noun not in before else -1
    return at >= 0 and lex.lift.search(text, d.end, at) is not None


# "have until November 10 to file", "gave Beijing until December 1 to agree": the time someone
# has to act, not the end of a measure (a deal's is deadlines._deal_due's).
_GIVEN = re.compile(
    r"\b(?:ha(?:ve|s|d|ving)|gave|give[sn]?|giving|granted|grants?|allow(?:s|ed)?)\s+"
    r"(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_TO_DO = re.compile(r"\s*,?\s*to\s+[a-z]", re.IGNORECASE)


# "will remain at 145% until June 1 unless Beijing agrees to talks": a level held, then a
# condition on it. "unless extended" or "unless renewed" is how an end is told ("The waiver
# remains in place until Nov. 10 unless renewed"), and keeps it.
_LEVEL_KEPT = re.compile(
    r"\b(?:remain|remains|remained|stay|stays|stayed|keep|keeps|kept|hold|holds|held)\b"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\s*,?\s*(?:unless|if|as\s+long\s+as|so\s+long\s+as|provided|on\s+condition)\b"
    r"(?!\s+(?:it\s+is\s+|they\s+are\s+|\w+\s+)?(?:extended|renewed|prolonged)\b)",
    re.IGNORECASE,
)


def _held_on_condition(text: str, cue_start: int, cue: str, d: DateMention) -> bool:
    """Whether "until <date>" ends a level held on a condition ("will remain at 145% until
    June 1 unless China agrees to talks"): the condition, not the date, decides when it
    ends, so the date is not the measure's end (docs/extraction.md: a condition is not a
    date). The cheap test first: a condition word right after the date."""
    if _norm(cue) not in _UNTIL or _CONDITION.match(text, d.end) is None:
        return False
    return _LEVEL_KEPT.search(text, _clause_start(text, cue_start), cue_start) is not None


def _time_given(text: str, cue_start: int, d: DateMention) -> bool:
    """Whether the cue and date are the time someone has to do something."""
    return bool(
        _GIVEN.search(text, max(0, cue_start - 40), cue_start) and _TO_DO.match(text, d.end)
    )


_OPENING = re.compile(r"^[\W\d]*on\s+$", re.IGNORECASE)
# A sentence opening with a clause of "since" (up to its comma): the date in it is background.
_SINCE = re.compile(r"\W*since\b[^,;:]*$", re.IGNORECASE)
_CHRONICLE_DAYS = 7


def _background(text: str, d: DateMention, history: date | None, published: date | None) -> bool:
    """Whether the date is the story so far: a chronology entry's (`_chronicle`), or a past
    date in a sentence's opening "since" clause ("Since the tariffs began on April 2, ...")."""
    if history is not None and d.value is not None and d.value <= history:
        return True
    return _SINCE.match(text, 0, d.start) is not None and _before(d, published)


def _period(text: str, cue_start: int, date_end: int) -> tuple[int, str] | None:
    """The period a measure lasts from the date its start cue gives: told before the cue ("for
    one year from", an extension's "by 30 days from"), after the date ("take effect on May
    14 and last for 90 days") or after the clause's verb ("will suspend for one year its port
    fees ... starting Nov. 10"); its count and unit, or None. One reader (`moves`) for all."""
    length = (
        length_before(text, cue_start)
        or length_after(text, date_end)
        or lasting_within(text, _clause_start(text, cue_start), cue_start)
    )
    return (length.count, length.unit) if length is not None else None


def _counted(text: str, cue_start: int, cue: str) -> bool:
    """ "21 days from today": a period counted from the date, not the measure's own date."""
    if _norm(cue) in _PERIOD_CUES:
        return False
    if _norm(cue) in _TO_CUES and _BY_LENGTH.search(text, max(0, cue_start - 30), cue_start):
        return False  # "extended by a year to Nov. 10": the move's length, then its new date
    return _COUNTED.search(text, max(0, cue_start - 20), cue_start) is not None


def _chronicle(text: str, dates: list[DateMention], published: date | None) -> date | None:
    """For a chronology entry, a sentence that opens with its own calendar date weeks before
    publication ("On April 9, 2025, the rate was raised, effective April 10"): the
    publication date, up to which its measure dates are history, not deadlines."""
    first = dates[0] if dates else None
    if published is None or first is None or first.value is None or first.weekday_only:
        return None
    if not _OPENING.match(text[: first.start]):
        return None
    return published if (published - first.value).days > _CHRONICLE_DAYS else None


# A schedule's list item: a date, an arrow or a colon, and a level (" • April 1, 2027 → 90 yuan").
_STEP_BEFORE = re.compile(rf"^(?:\s|{BULLET_CLASS})*$")
_STEP_AFTER = re.compile(r"\s*(?:\u2192|->|:|\u2013|\u2014|-)\s*(?:[$\u20ac\u00a3\u00a5]\s*)?\d")


def schedule_step(text: str, d: DateMention) -> bool:
    """Whether the sentence is a list item giving a level from a date on: a step of the
    measure the sentences before named ("The fees will rise: • April 1, 2027 → 90 yuan")."""
    return bool(_STEP_BEFORE.match(text[: d.start])) and bool(_STEP_AFTER.match(text, d.end))


def _before(d: DateMention, published: date | None) -> bool:
    return published is not None and d.value is not None and d.value < published


@functools.cache
def _topics() -> re.Pattern[str]:
    return _words(section("deadline")["obligation_topics"])


def tied_measure(text: str, start: int = 0) -> tuple[str, int, str] | None:
    """The measure an obligation in `text[start:]` is under: the last noun of a measure class
    (not an event's, nor a word pointing back), else the first obligation topic
    (`obligation_topics`: "licences", "its offer"), as its class ("" when none), where it
    stands and its words; None when the text names neither."""
    lex = lexicon()
    nouns = [
        m
        for m in lex.nouns.finditer(text, start)
        if lex.noun_class[_norm(m.group(0))] not in _NOT_MEASURE
    ]
    if nouns:
        return lex.noun_class[_norm(nouns[-1].group(0))], nouns[-1].start(), nouns[-1].group(0)
    topic = _topics().search(text, start)
    return ("", topic.start(), topic.group(0)) if topic else None


_NOT_MEASURE = frozenset({"", *_POINTERS})


_MOVE_NOUN = re.compile(r"extensions?$", re.IGNORECASE)  # a move word that is only a noun


def moves_measure(text: str, verbs: re.Pattern[str] | None = None) -> bool:
    """Whether a move verb (`verbs`, else the lexicon's `move`) moves a measure: its object
    (or, with none, its passive subject) is a measure noun, a step of one (`moved_steps`:
    "delayed plans to impose tariffs", "postponed the increase"), its end or deadline or a
    pronoun for it (`moves.moved_measure`); a noun move ("the delay", "a 90-day extension",
    "the truce extension") counts unless an "of" names something else. Not "The Senate delayed a
    vote on a farm bill", "China pushed back against the plan"."""
    lex = lexicon()
    for m in (verbs or lex.move).finditer(text):
        obj, before, noun = move_object(text, m)
        thing = obj.strip()
        noun = noun or _MOVE_NOUN.match(m[0]) is not None  # "a truce extension"
        if noun and not thing.casefold().startswith("of "):
            return True
        named = thing or before
        if (
            moved_measure(obj, before)
            or last_measure(named) is not None
            or lex.moved_step.match(thing)
        ):
            return True
    return False


def last_measure(text: str) -> str | None:
    """The class of the last measure noun in `text` (for the sentences after it)."""
    lex = lexicon()
    found = [lex.noun_class[_norm(m.group(0))] for m in lex.nouns.finditer(text)]
    return next((c for c in reversed(found) if c and c not in _POINTERS), None)


@functools.cache
def _instruments() -> tuple[tuple[re.Pattern[str], str], ...]:
    data: dict[str, Any] = section("deadline")
    owners = [*data["instruments"].items(), *data["agencies"].items(), *agencies().items()]
    return tuple((_words(words), str(owner)) for owner, words in owners if words)


def instrument_owner(words: str) -> str | None:
    """The party whose legal instrument or government body `words` name ("the IEEPA
    reciprocal tariff", "the Commerce Department's rule": US)."""
    return next((owner for pattern, owner in _instruments() if pattern.search(words)), None)


@functools.cache
def _licence_needed() -> re.Pattern[str]:
    """The lexicon's licence a trade needs (`deadline: licence_needed`), as a construction."""
    licence = section("deadline")["licence_needed"]
    nouns = _alternation(licence["nouns"])
    return re.compile(
        # who must and the verb of getting may stand between: "require exporters of gallium
        # to obtain licences" (as the export-control extractor's `obligation_gap`)
        rf"(?:{_alternation(licence['needed_before'])})\s+"
        rf"(?:[\w'\u2019-]+\s+){{0,{int(licence['gap'])}}}?(?:{nouns})|"
        rf"(?:export\s+)?(?:{nouns})\s+(?:{_alternation(licence['needed_after'])})",
        re.IGNORECASE,
    )


def licence_needed(noun: str) -> bool:
    """Whether a frame's measure words are a licence a trade needs ("will need a licence",
    "licences will be required"): the exporter's government requires it."""
    return _licence_needed().fullmatch(noun) is not None


@functools.cache
def _licence_lifted() -> re.Pattern[str]:
    """The lexicon's words lifting a licence requirement (`deadline: licence_needed:
    lifted_before`), ending right before the measure words."""
    words = section("deadline")["licence_needed"]["lifted_before"]
    return re.compile(rf"\b(?:{_alternation(words)})\s+$", re.IGNORECASE)


def licence_lifted(text: str, noun: str, at: int) -> bool:
    """Whether a licence a trade needs is one it no longer needs ("will no longer need a
    licence from Dec. 1"): the end of a requirement, not its start. `at` is where the measure
    words start (-1: not known, then their first occurrence)."""
    if not licence_needed(noun):
        return False
    at = at if at >= 0 else text.find(noun)
    return at >= 0 and _licence_lifted().search(text[max(0, at - 40) : at]) is not None


def pronoun(noun: str) -> bool:
    """Whether a frame's measure words are a pronoun ("They take effect on ..."), which names
    the measure only through the sentences before."""
    return lexicon().noun_class.get(_norm(noun)) == SUBJECT


def points_back(noun: str) -> bool:
    """Whether a frame's measure words only point back to an earlier sentence's measure."""
    return lexicon().noun_class.get(_norm(noun)) in _POINTERS


def _norm(words: str) -> str:
    return " ".join(words.casefold().split())


def _anchor(lex: Lexicon, text: str, d: DateMention) -> tuple[str, int, str] | None:
    """The edge ("start"/"end") a cue gives the date, where the cue starts, and the cue."""
    before = text[max(0, d.start - 80) : d.start]
    offset = max(0, d.start - 80)
    cues = (("end", lex.end), ("start", lex.start), ("start", lex.change), ("start", lex.change_by))
    for edge, pattern in cues:
        m = pattern.search(before)
        if m is not None:
            return edge, offset + m.start("cue"), m.group("cue")
    spanned = _spanning(lex, before)
    if spanned is not None:
        return spanned[0], offset + spanned[1], spanned[2]
    moved = _MOVED_TO.search(before)
    if moved is not None and (mover := _mover(lex, _clause_before(text, offset + moved.start()))):
        # "delayed the start of its port fees to Dec. 15": the start moved, not the end
        clause = _clause_before(text, offset + moved.start())
        edge = "start" if _START_NOUN.search(clause, mover.end()) else "end"
        return edge, offset + moved.start("cue"), moved.group("cue")
    after = text[_edge_start(text, d) :][:30]
    if lex.end_after.match(after):
        return "end", d.start, ""
    if lex.start_after.match(after):
        return "start", d.start, ""
    return _opening(lex, text, d) or _when(lex, text, d) or _list_item(lex, text, d)


# "• Nov. 10, 2026 — scheduled end of the suspension": a list item's date with its edge noun
_ITEM_PLAN = re.compile(r"(?:the\s+)?(?:(?:scheduled|planned|formal|official)\s+)?", re.I)


def _edge_start(text: str, d: DateMention) -> int:
    """Where an edge noun the date is an attribute of may start: right after the date ("the
    Aug. 12 expiry of"), or after a dated list item's mark ("• Dec. 31: expiry of the
    exclusions", "Nov. 10 - scheduled end of the pause"), the same reading with the date as
    the item's label. The cheap test first: the date opens the item."""
    if not _ITEM_BEFORE.match(text, 0, d.start) or not (mark := _ITEM_AFTER.match(text, d.end)):
        return d.end
    plan = _ITEM_PLAN.match(text, mark.end())
    return plan.end() if plan else mark.end()


def _spanning(lex: Lexicon, before: str) -> tuple[str, int, str] | None:
    """A cue whose measure stands between it and the date, so that the measure is read before
    the "on" or "from" (its position is returned): a verb acting on the measure ("will begin
    collecting the fees on ... on", "will lift its tariffs on ... on") or a noun of starting
    or ending ("the expiry of the pause on"). The cheap test first for the noun: an "of"."""
    m = lex.begin_doing.search(before) or lex.act_on.search(before)
    if m is None and "ed " in before:  # a past step, kept only for the publication day
        m = lex.act_same_day.search(before)
    if m is not None:  # (no "on" before a weekday right after a new level: the date's place)
        return "start", m.start("at") if m.group("at") else m.end(), m.group("cue")
    m = lex.nominal.search(before) if " of " in before else None
    if m is not None:
        return ("end" if m.group("end") else "start"), m.start("at"), m.group(0)
    return None


# "face a cliff on November 10, when the truce expires": a clause after the date that says
# what starts or ends on it.
_WHEN = re.compile(r"\s*,?\s*when\s+", re.IGNORECASE)


def _when(lex: Lexicon, text: str, d: DateMention) -> tuple[str, int, str] | None:
    """The edge a "<date>, when <measure> <verb>" clause gives the date, its verb's start."""
    if not (when := _WHEN.match(text, d.end)):
        return None
    return _clause_edge(lex, text, when.end())


_ON_OPENING = re.compile(r"^[\W]*on\s+$", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_OPENING_REACH = 100  # characters of the clause after an opening date searched for its verb
_SAYS = re.compile(rf"\b(?:{alternatives('deadline', 'says_verbs')})\b", re.IGNORECASE)


def _opening(lex: Lexicon, text: str, d: DateMention) -> tuple[str, int, str] | None:
    """ "On November 10, the truce expires": a sentence opening with its calendar date, then a
    clause whose verb ends, starts or acts on a measure. A reporting verb before that verb makes
    the date when something was said ("On November 3, Ottawa said its duties would start ...")."""
    if d.weekday_only or not _ON_OPENING.match(text, 0, d.start):
        return None  # "On Wednesday, ...": a weekday opening a sentence is mostly the news day
    if not (comma := _COMMA.match(text, d.end)):
        return None
    return _clause_edge(lex, text, comma.end())


def _clause_edge(lex: Lexicon, text: str, at: int) -> tuple[str, int, str] | None:
    """The edge the clause starting at `at` gives a date: its verb that ends, starts or acts
    on a measure (within `_OPENING_REACH`, before a clause break), its start and words; none
    when a reporting verb comes first (then the date is when something was said)."""
    stop = _CLAUSE_BREAK.search(text, at, at + _OPENING_REACH)
    hi = stop.start() if stop else at + _OPENING_REACH
    verb = lex.opening.search(text, at, hi)
    if verb is None or _SAYS.search(text, at, verb.start()):
        return None
    return ("end" if verb.group("end") else "start"), verb.start(), verb.group(0)


# A dated list item: a bullet or nothing before the date, a colon or a spaced dash after it
# ("• Nov. 10: port fees resume", "June 1 - tariffs on steel rise to 50%").
_ITEM_BEFORE = re.compile(rf"^(?:\s|{BULLET_CLASS})*$")
_ITEM_AFTER = re.compile(r"\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s+")


def list_item(text: str, start: int, end: int) -> bool:
    """Whether the date at `text[start:end]` opens a dated list item ("• April 9: ...",
    "April 9 - ...")."""
    return bool(_ITEM_BEFORE.match(text, 0, start) and _ITEM_AFTER.match(text, end))


def _list_item(lex: Lexicon, text: str, d: DateMention) -> tuple[str, int, str] | None:
    """ "• Aug. 12: the truce expires": a "Key dates" or timeline item whose date opens it,
    then a clause whose verb ends, starts, acts on or changes a measure, as after an opening
    "On <date>," (`_opening`). A weekday opens no such list (it is a day's plan, not a
    measure's date). The cheap tests first: the date opens the item, a mark follows it."""
    if d.weekday_only or not _ITEM_BEFORE.match(text, 0, d.start):
        return None
    if not (mark := _ITEM_AFTER.match(text, d.end)):
        return None
    return _clause_edge(lex, text, mark.end())


def _superseded_range(text: str, d: DateMention, later: list[DateMention]) -> bool:
    """The first date of "from November 10, 2025, to November 10, 2026" is the old one."""
    return any(_RANGE_TO.match(text[d.end : n.start]) for n in later[:1])


# "moved the start to April 20 from June 1": the date after the new one's "from" is the old one.
_TO_NEW = re.compile(r"(?<![\w-])(?:to|until)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_OLD = re.compile(r"\s*,?\s*from\s+(?:the\s+)?$", re.IGNORECASE)


def _moved_away_from(lex: Lexicon, text: str, d: DateMention, earlier: list[DateMention]) -> bool:
    """Whether the date is the old one a move left ("pushed the curbs back to June 1 from April
    20", "extended the pause to Nov. 10 from Aug. 12"): right after "<move> ... to <date> from".
    The cheap test first: no "from" right before the date, no move."""
    if not earlier or not _FROM_OLD.fullmatch(text, earlier[-1].end, d.start):
        return False
    new = earlier[-1]
    if not _TO_NEW.search(text, max(0, new.start - 10), new.start):
        return False
    return _mover(lex, _clause_before(text, new.start)) is not None


def _mover(lex: Lexicon, clause: str) -> re.Match[str] | None:
    """The move verb of the clause: one of `move` ("extended", "pushed back"), or a verb that
    moves only a measure's edge ("pushed the expiry", `move_edge`)."""
    return lex.move.search(clause) or lex.move_edge.search(clause)


def _clause_start(text: str, pos: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, pos - _BEFORE), pos)]
    return breaks[-1] if breaks else max(0, pos - _BEFORE)


def _clause_before(text: str, pos: int) -> str:
    return text[_clause_start(text, pos) : pos]


_ABOUT = re.compile(
    r"\s+(?:on|over|about|of|into|regarding|against|challenging)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w%-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _about(lex: Lexicon, text: str, noun: re.Match[str]) -> bool:
    """Whether the measure noun is what an event is about ("the hearing on the tariffs")."""
    lo = max(0, noun.start() - 40)
    events = [
        m
        for m in lex.nouns.finditer(text, lo, noun.start())
        if not lex.noun_class[_norm(m.group(0))]
    ]
    return bool(events) and _ABOUT.fullmatch(text, events[-1].end(), noun.start()) is not None


_DOCUMENT = re.compile(r"\s+(?:No\.?\s*)?\d", re.IGNORECASE)


def _nouns(lex: Lexicon, text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Measure, event and pointing-back nouns in text[lo:hi], without documents' names."""
    return [
        m
        for m in lex.nouns.finditer(text, lo, hi)
        if lex.noun_class[_norm(m.group(0))] or not _DOCUMENT.match(text, m.end())
    ]


def _dated_measure(
    lex: Lexicon, text: str, anchor: tuple[DateMention, int, bool], carried: str | None
) -> tuple[str, str, bool] | None:
    """The measure of a date whose cue is its own edge noun, "the <date> expiry of ..."
    (`_edge_of`), else the one before or after its cue (`_measure`)."""
    d, cue_start, _ = anchor
    edge_of = _edge_of(lex, text, d) if cue_start == d.start else None
    if edge_of is not None:
        return edge_of or None
    named = _measure(lex, text, anchor, carried)
    if named is not None:
        return named
    return _banning(text, _clause_start(text, cue_start), cue_start)


@functools.cache
def _ban_act() -> re.Pattern[str]:
    """A verb of prohibiting, an optional determiner, then a flow of trade and "of" or its
    object ("bar the import of", "bans exports of", "prohibit sales of")."""
    data = section("deadline")
    return re.compile(
        rf"(?<![\w-])(?:{_alternation(data['ban_verbs'])})\s+(?:(?:the|all|any|new)\s+)?"
        rf"(?:{_alternation(data['ban_flows'])})(?![\w-])",
        re.IGNORECASE,
    )


def _banning(text: str, lo: int, hi: int) -> tuple[str, str, bool] | None:
    """A ban a verb of prohibiting names with a flow of trade as its object (`_ban_act`), in
    the cue's clause (only when no noun named a measure): its class and words."""
    acts = list(_ban_act().finditer(text, lo, hi))
    return ("ban", acts[-1].group(0), False) if acts else None


def _measure(
    lex: Lexicon, text: str, anchor: tuple[DateMention, int, bool], carried: str | None
) -> tuple[str, str, bool] | None:
    """The measure class a cue's date belongs to, the words naming it, and whether it is other
    countries' measure; None when the date is an event's or names no measure.

    In order: the measure or event noun nearest before the cue in its clause (passing over
    one a preposition of cause or a complement governs, `_dated_noun`); a verb that
    names a measure ("suspending ... until"); a word pointing back to the previous sentences'
    measure ("The extension runs through"); the first noun shortly after the date ("Starting
    October 14, ports will levy ..."). A change verb ("will rise on") takes only a noun
    shortly before it: what rises is its subject."""
    d, cue_start, changed = anchor
    lo = _clause_start(text, cue_start)
    if changed:
        lo = max(lo, cue_start - _CHANGE_REACH)
    before = _outside_aside(text, _nouns(lex, text, lo, cue_start), cue_start)
    named = [m for m in before if lex.noun_class[_norm(m.group(0))] not in _POINTERS]
    if named:
        return _of_noun(lex, text, _dated_noun(lex, text, named, cue_start), cue_start)
    verbs = list(lex.verbs.finditer(text, lo, cue_start)) if carried else []
    if verbs:
        return lex.verb_class[_norm(verbs[-1].group(0))], verbs[-1].group(0), False
    pointers = [m for m in before if _points_back(lex, text, m)]
    if pointers and (carried or _named_earlier(lex, text, pointers[-1].start())):
        return _pointed(lex, text, pointers[-1], carried)
    if changed:
        return None
    stop = _CLAUSE_BREAK.search(text, d.end, d.end + _AFTER)
    after = _nouns(lex, text, d.end, stop.start() if stop else d.end + _AFTER)
    measures = [m for m in after[:1] if lex.noun_class[_norm(m.group(0))] not in _POINTERS]
    if measures and _WITH.search(text, d.end, measures[0].start()):
        return None  # "will travel to Beijing from April 1, with tariffs on the agenda"
    return _of_noun(lex, text, measures[0], measures[0].end() + 40) if measures else None


def _pointed(
    lex: Lexicon, text: str, pointer: re.Match[str], carried: str | None
) -> tuple[str, str, bool] | None:
    """The measure a word pointing back names: the previous sentences' (`carried`), else the
    one its own sentence names before it (`_named_earlier`)."""
    if carried:
        return carried, pointer.group(0), False
    own = _named_earlier(lex, text, pointer.start())
    return _of_noun(lex, text, own, own.end() + 40) if own is not None else None


def _named_earlier(lex: Lexicon, text: str, hi: int) -> re.Match[str] | None:
    """The measure noun the sentence names before a word pointing back (at `hi`), for such a
    word when no earlier sentence named one ("will keep its port fees suspended ..., shifting
    the date on which the charges would snap back to ...": the charges are the port fees)."""
    named = [
        m for m in _nouns(lex, text, 0, hi) if lex.noun_class[_norm(m.group(0))] not in _POINTERS
    ]
    return named[-1] if named else None


# "the August 12 expiry of their truce": the date's own noun of ending or starting, then "of"
_EDGE_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_COMPOUND = re.compile(r"[\s-]+")


def _edge_of(lex: Lexicon, text: str, d: DateMention) -> tuple[str, str, bool] | tuple[()] | None:
    """The measure of "the <date> expiry of <measure>" ("with the Aug. 12 expiry of their
    truce approaching", "ahead of the Oct. 31 start of the summit"): the date is an attribute
    of the edge noun, whose "of" names what starts or ends, whatever nouns the clause had
    before (talks held "with the expiry ... approaching" do not end on the date). `()` when
    that noun is an event's (the summit's start is no measure's), None when there is no such
    "of" phrase or it names no noun of the lexicon's."""
    start = _edge_start(text, d)
    after = text[start : start + _AFTER]
    edge = lex.end_after.match(after) or lex.start_after.match(after)
    if edge is None or not (of := _EDGE_OF.match(after, edge.end())):
        return None
    lo = start + of.end()
    stop = _CLAUSE_BREAK.search(text, lo, lo + _AFTER)
    nouns = _nouns(lex, text, lo, stop.start() if stop else lo + _AFTER)
    head = next(
        (i for i, m in enumerate(nouns) if lex.noun_class[_norm(m.group(0))] not in _POINTERS), None
    )
    if head is None:
        return None
    # a compound's head is its last noun: "their tariff truce" is a truce
    while head + 1 < len(nouns) and _COMPOUND.fullmatch(
        text, nouns[head].end(), nouns[head + 1].start()
    ):
        head += 1
    return _of_noun(lex, text, nouns[head], nouns[head].end() + 40) or ()


# "The suspension, agreed at the summit, starts on Nov. 10": a participle's aside between
# the subject and its verb; the summit is not what starts.
_ASIDE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;]{0,60},\s*$")


def _outside_aside(text: str, nouns: list[re.Match[str]], cue_start: int) -> list[re.Match[str]]:
    """The nouns before a cue, without those of an aside right before it when a noun is left
    before the aside (its subject). The cheap test first: no comma, no aside."""
    if len(nouns) < _PAIR or "," not in text[nouns[0].end() : cue_start]:
        return nouns
    aside = _ASIDE.search(text, nouns[0].end(), cue_start)
    if aside is None:
        return nouns
    return [m for m in nouns if m.start() < aside.start()]


_RELATIVE = re.compile(r"\b(?:that|which)\b", re.IGNORECASE)
_CAUSE_REACH = 60  # characters between a preposition of cause and the noun it governs
_AND = re.compile(r"\s*,?\s+(?:and|or|as\s+well\s+as|plus)\s+(?:[\w'\u2019%-]+\s+){0,3}?", re.I)


def _dated_noun(
    lex: Lexicon, text: str, named: list[re.Match[str]], cue_start: int
) -> re.Match[str]:
    """The measure noun a date belongs to among those before its cue: the last one, passing
    over a noun a preposition of cause or addition governs, or one coordinated with such a
    noun ("an extra 100% tariff on top of existing duties and export controls, starting
    November 1": the tariff), unless no other is left or a relative clause of that noun holds
    the cue ("in response to a duty on cars that came into effect on April 3": the duty)."""
    if _RELATIVE.search(text, named[-1].end(), cue_start):
        return named[-1]
    governed: list[bool] = []
    for i, m in enumerate(named):
        cause = lex.cause.search(text, max(0, m.start() - _CAUSE_REACH), m.start())
        joined = i > 0 and governed[-1] and _AND.fullmatch(text, named[i - 1].end(), m.start())
        governed.append(cause is not None or bool(joined))
    return next(
        (m for m, g in zip(reversed(named), reversed(governed), strict=True) if not g), named[-1]
    )


# A noun after the date in a "with" phrase is no subject of the date's clause.
_WITH = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

_CLAUSE_OPENING = re.compile(
    r"(?:^|[;:\n]|,\s*(?:and|but)\s)[\W\d]*(?:(?:and|but|so|yet|now)\s+)?$", re.I
)


def _points_back(lex: Lexicon, text: str, word: re.Match[str]) -> bool:
    """A noun that points back ("the extension"), or a pronoun opening its clause ("This
    will rise ...", "..., and it runs until ...")."""
    kind = lex.noun_class[_norm(word.group(0))]
    if kind == SUBJECT:
        return _CLAUSE_OPENING.search(text, 0, word.start()) is not None
    if kind == DEFINITE:
        return _determiner().search(text, 0, word.start()) is not None
    return kind == REFER


@functools.cache
def _determiner() -> re.Pattern[str]:
    """A determiner that points back (`refer_back_determiners`: "the", "this"; or one adding
    a measure of the same kind, "another", "a separate"), and at most one adjective of the
    lexicon's (`refer_back_modifiers`), right before a word that points back."""
    data = section("deadline")
    determiners = _alternation(data["refer_back_determiners"])
    modifiers = _alternation(data["refer_back_modifiers"])
    return re.compile(rf"\b(?:{determiners})\s+(?:(?:{modifiers})\s+)?$", re.IGNORECASE)


def _of_noun(
    lex: Lexicon, text: str, noun: re.Match[str], end: int
) -> tuple[str, str, bool] | None:
    """A measure noun's class, unless the noun is an event's or an event is about it; and
    whether other countries than the pair are its target (up to `end`)."""
    measure = lex.noun_class[_norm(noun.group(0))]
    if not measure or _about(lex, text, noun):
        return None
    others = lex.others.search(text, noun.start(), end) is not None
    return measure, noun.group(0), others


_FORMER = re.compile(r"\b(?:former|ex-|then-?|late)\s*$", re.IGNORECASE)


@functools.cache
def _offices() -> tuple[tuple[re.Pattern[str], tuple[range, ...]], ...]:
    data: dict[str, Any] = section("deadline")
    return tuple(
        (_words(o["title"]), tuple(range(a, (b or 9999) + 1) for a, b in o["years"]))
        for o in data["offices"]
    )


def year_in_office(text: str, year: int) -> int:
    """`year`, or the nearest year in which a title the text names in office was held: a text
    about "President Donald Trump" signing an order is not from 2024. A year inside the term
    of any title named stays (dates.py uses it for texts without a publication date)."""
    terms = [
        term
        for title, held in _offices()
        if any(not _FORMER.search(text, 0, m.start()) for m in title.finditer(text))
        for term in held
    ]
    if not terms or any(year in term for term in terms):
        return year
    return min((y for t in terms for y in (t.start, t.stop - 1)), key=lambda y: abs(y - year))

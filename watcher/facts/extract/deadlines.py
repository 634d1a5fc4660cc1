"""Deadline facts: trade or tariff deadlines that the text ties to a calendar date.

Three wordings give one: a date next to "deadline" ("the July 9 deadline", "ahead of his August
1 tariff deadline", "delaying the July 9 deadline to August 1" — the old date is then
`suspended`, the new one `announced`); a conditional threat with "by <date>" ("if China does not
withdraw ... by April 8"); a dated pause of N days ("a 90-day pause agreed on May 12" ends
N days later); a pause extended to a date ("extended the pause on higher tariffs until August
12"); and the start of tariffs that the sentence frames as the date deals must beat ("rushing to
strike deals to avoid tariffs set to begin on July 9", "... take effect on August 1 unless a
deal is reached"). The last two need a date not before publication. A deal is also due on a
date that one side "has until ... to reach", is "given until ... to agree", or by which a deal
"must be reached". Deadlines about non-trade matters (a divestment, an election) are skipped.

Dated measures without such words are `measures.frames`; a frame whose sentence names no
country takes its parties from a legal instrument its words name ("the IEEPA reciprocal
tariff": the US) and the last measure told with both parties in the sentences just before,
not from mention counts.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import (
    DateMention,
    find_dates,
    in_the_future,
    month_ends,
    period_after,
    said_on,
)
from watcher.facts.extract.factbox import FactBox, fact_box
from watcher.facts.extract.gazetteer import Mention
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.measures import (
    SCHEDULE,
    Frame,
    frames,
    instrument_owner,
    last_measure,
    licence_lifted,
    licence_needed,
    moves_measure,
    points_back,
    pronoun,
    schedule_step,
    tied_measure,
)
from watcher.facts.extract.modality import modality
from watcher.facts.extract.moves import (
    Move,
    by_length,
    extended_from,
    lasting,
    length_pattern,
    move_by,
    move_words,
    moved_measure,
    read_length,
    states_length,
)
from watcher.facts.extract.roles import Role, actors
from watcher.facts.extract.sentences import BULLETS, Sentence, is_question
from watcher.facts.extract.status import clause_tense
from watcher.facts.extract.trie import alternation
from watcher.facts.extract.vague import vague_dates
from watcher.facts.kinds.deadline import Deadline, measure_of
from watcher.facts.kinds.deadline.compare import UNSET
from watcher.facts.kinds.deadline.model import BILATERAL
from watcher.facts.kinds.export_control.model import ExportControl
from watcher.models import Status

# Descriptions the "deadline"-worded constructions give (one per date, whatever the measure).
_WORDED = ("tariff deadline", "deadline", "tariffs start", "end of the")
# "deadline", or a date named as the one to meet ("set November 10 as the target date").
_DEADLINE = guarded_re(r"\b(?:deadlines?|cut-?offs?|(?:target|cut-?off)\s+dates?)\b", re.IGNORECASE)
_TRADE = guarded_re(  # every match holds one of `needs.TRADE_STEMS` (the relevance gate's)
    rf"\b(?:{alternatives('deadline', 'trade_words')})\b",
    re.IGNORECASE,
)
_OFF_TOPIC = guarded_re(rf"\b(?:{alternatives('deadline', 'off_topic_words')})\b", re.IGNORECASE)
# A sentence about these is never about a trade measure's date. (The TikTok ban and a
# ceasefire are left to the frames, whose measure nouns decide.)
_PAIR = 2  # parties of a pair
_WEEK = 7
_CARRY_SENTENCES = 3  # how far back "the extension" or "this" may point
OTHERS = "all"  # the target of a measure on every country but the pair
OTHERS_WORDS = re.compile(rf"\b(?:{alternatives('deadline', 'others_words')})\b", re.IGNORECASE)
_NOT_TRADE = guarded_re(rf"\b(?:{alternatives('deadline', 'not_trade_words')})\b", re.IGNORECASE)
# "pushed the August 12 deadline back": the particle after the verb's object
_PUSH_BACK = r"push\w*\s+(?:[\w'\u2019%.-]+\s+){0,8}?back"
# (a period before a digit is a month's abbreviation, "moving the deadline from Aug. 12 to")
_MOVE = re.compile(
    rf"\b(?:delay\w*|extend\w*|{_PUSH_BACK}|postpon\w*|mov\w+|shift\w*)\b"
    r"(?:[^.;]|\.(?=\s\d)){0,80}$",
    re.IGNORECASE,
)
_TO = re.compile(r"\b(?:to|until)\s+$", re.IGNORECASE)
_BY = guarded_re(
    r"\bby\s+(?:(?:tomorrow|today|next|this)\s*,?\s*)?(?:\w+day,?\s+)?$", re.IGNORECASE
)
_COUNTERPART = guarded_re(
    r"\b(?:truce|deal|agreement|accord|pause|talks|negotiations)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_IF_UNLESS = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# "must strike a deal by November 10 or tariffs will rise": the alternative after the date.
# "a deal must be reached by November 10": an obligation to settle by the date.
_MUST = re.compile(r"\b(?:must|ha(?:s|ve)\s+to|needs?\s+to)\b[^.;]{0,60}$", re.IGNORECASE)
_DEAL = re.compile(rf"\b(?:{alternatives('deadline', 'deal_nouns')})\b", re.IGNORECASE)
_OR_ELSE = re.compile(r"\s*,?\s*(?:or|otherwise)\b", re.IGNORECASE)
# "have until November 10 to reach a deal", "gave Beijing until December 1 to agree": the time
# one side has, or is given, to act; the act after the date ("to reach", "to agree").
_HAVE_UNTIL = guarded_re(
    r"\b(?:ha(?:ve|s|d|ving)|gave|give[sn]?|giving|granted|grants?|allowed|allows?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:until|till|through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TO_ACT = re.compile(
    r"\s*,?\s*to\s+(?:(?:\w+ly|try\s+to|work\s+out|hammer\s+out)\s+)?(?:agree|reach|strike|seal|"
    r"conclude|negotiate|finish|finali[sz]e|secure|sign|clinch|settle|resolve|make|cut|"
    r"complete|wrap\s+up)\b",
    re.IGNORECASE,
)
# "rushing to strike trade deals to avoid tariffs that are set to begin on July 9": the start of
# the tariffs is the date the deals must beat.
_DEAL_RUSH = re.compile(
    r"\b(?:strik\w*|reach\w*|secur\w*|conclud\w*|seal\w*|clinch\w*|finali[sz]\w*|"
    r"negotiat\w*|sign\w*|cut|cutting|wrap\w*\s+up)\s+(?:\w+\s+){0,3}?(?:deals?|agreements?|"
    r"pacts?|accords?)\b|\b(?:deals?|agreements?)\s+(?:is|are|was|were|can\s+be|gets?)\s+"
    r"(?:reached|struck|signed|agreed|sealed|made|done)\b",
    re.IGNORECASE,
)
_PRESSURE = re.compile(
    r"\b(?:avoid\w*|avert\w*|stave\s+off|escap\w*|before|ahead\s+of|rush\w*|rac(?:e|es|ing)|"
    r"scrambl\w*|pressure|in\s+time|spare|unless|if\s+no)\b",
    re.IGNORECASE,
)
# "extended the pause on higher tariffs until August 12": the pause's new end, with no "deadline"
_DELAYED_TO = re.compile(
    r"\b(?:delay\w*|extend\w*|postpon\w*|push\w*\s+back|paus\w*|suspend\w*|prolong\w*)\s+"
    r"(?:[^.;]{0,60}?\b)?(?:pause|truce|tariffs?|duties|levies|reprieve|suspension)\b"
    r"[^.;]{0,40}?\b(?:to|until|till|through)\s+$",
    re.IGNORECASE,
)
# "pushed the truce with China back to": the particle after the object (searched only where
# "push" is, `_delayed_to`)
_PUSHED_TO = re.compile(
    r"\bpush\w*\s+(?:[^.;]{0,60}?\b)?(?:pause|truce|tariffs?|duties|levies|reprieve|suspension)"
    r"\b[^.;]{0,40}?\bback\s+(?:to|until|till)\s+$",
    re.IGNORECASE,
)


def _delayed_to(text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]` ends with a move of a pause or tariffs to the date at `hi`
    ("extended the pause on higher tariffs until", "pushed the truce back to")."""
    if _DELAYED_TO.search(text, lo, hi):
        return True
    return "push" in text[lo:hi].casefold() and _PUSHED_TO.search(text, lo, hi) is not None


_STARTS_ON = guarded_re(
    r"\b(?:(?:set|due|scheduled|slated|expected)\s+to\s+|will\s+|(?:is|are)\s+to\s+)?"
    r"(?:begin|start|kick\s+in|take\s+effect|come\s+into\s+(?:force|effect)|go\s+into\s+effect|"
    r"apply)(?:s|ning)?\s+(?:on\s+|from\s+)?$|"
    r"\b(?:begin|start|kick\s+in|take\s+effect|apply)s?\s+(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
_PAUSE = guarded_re(
    rf"\b{length_pattern()}\s+(?:\w+\s+)?"
    r"(?:pause|truce|suspension|reprieve|delay|window|extension)\s+"
    r"(?:\w+\s+){0,3}?(?:agreed|announced|signed|reached|began|beginning|starting|from)\s+"
    r"(?:(?:up)?on\s+)?$",
    re.IGNORECASE,
)


def deadline_facts(sentences: Iterable[Sentence], ctx: Context) -> list[Deadline]:
    """Every dated trade deadline, once per date and measure (the first statement wins)."""
    sentences = list(sentences)
    doc = _doc_parties(sentences, ctx)
    dated = _that_day([_dates(s.text, ctx) for s in sentences], sentences)
    anchors = {d.value for found in dated for d in found if not d.weekday_only}
    # a sentence's measure and parties are read only by a dated sentence among the next few
    wanted = [any(dated[i + 1 : i + 1 + _CARRY_SENTENCES]) for i in range(len(dated))]
    out: list[Deadline] = []
    seen: set[tuple[date, str, str]] = set()  # (date, measure, imposer); "*" for "deadline"
    carry: tuple[str, ...] = ()
    recent: list[Sides] = []  # the last measure class each recent sentence named, its parties
    stepping = False  # the sentence before was a dated schedule's list item that gave a fact
    for i, (sent, dates) in enumerate(zip(sentences, dated, strict=True)):
        text = sent.text
        step = _list_step(text, dates)
        named = _named(text, ctx)
        # "New US duties on 40 countries take effect ...; China was spared": not a party
        spared = _spared(text, named, ctx) if dates and len(named) >= _PAIR else ()
        named = tuple(p for p in named if p not in spared)
        measure = last_measure(text) if wanted[i] else None
        # "Canada and Mexico were exempt": a listed pair, not who imposes on whom (nor the
        # other side of a measure on one of them)
        listed = _listed(text, named, ctx)
        pair = () if listed else named
        context = pair if len(pair) > 1 else carry or doc
        if len(named) < _PAIR and _many_parties(text):
            # "Trump sent letters to more than a dozen countries ...": not the pair's measure,
            # unless the country named is one of the many ("57 countries, China among them")
            context = _one_of_many(text, context, ctx) or named
        if listed or spared:
            context = tuple(p for p in context if p not in named and p not in spared)
        if dates and not _NOT_TRADE.search(text):
            carried = next((m for m in reversed(recent) if m[0]), (None, None, None))
            # the last recent measure named with both its parties
            told = next((m for m in reversed(recent) if m[1] and m[2]), (None, None, None))
            previous = (out[-1].imposer, out[-1].target) if out else (None, None)
            # "... would suspend for one year a rule ... The suspension starts on Nov. 10."
            lasts = lasting(sentences[i - 1].text) if i and not dated[i - 1] else None
            box = fact_box(text)
            fixed = _box_sides(text, box, ctx, (sentences[:i], recent)) if box else None
            found = list(
                _anchored(
                    _sentence_deadlines(
                        text,
                        dates,
                        ctx,
                        (context, previous),
                        (carried, told, bool(named)),
                        lasts=(lasts.count, lasts.unit) if lasts else None,
                        fixed=fixed,
                    ),
                    anchors,
                    ctx,
                )
            )
            found = [_unspared(f, spared) for f in found] if spared else found
            found = [_both_sides(f, named) for f in found] if listed else found
            measure = measure or next((f.measure for f in found), None)
            stepping, found = step and (stepping or bool(found)), [] if step and stepping else found
            out.extend(fact for fact in found if _new(fact, seen))
        else:
            stepping = False
        back = max(0, i - 3)
        if states_length(text) and (
            ext := _extension(text, dates, list(zip(sentences[back:i], dated[back:i], strict=True)))
        ):
            out = [_moved_from(f, *ext) for f in out]
            extended = _fill_extension(ext[1], _fill_parties(*_parties(text, ctx), context), out)
            out.extend(fact for fact in (extended,) if _new(fact, seen))
        # a measure's parties only where the sentence names a country (else they are the pair's)
        sides = (
            _control_sides(text, measure, _fill_parties(*_parties(text, ctx), context), ctx)
            if wanted[i] and measure and pair
            else (None, None)
        )
        carry = (_pair_of(text, named, ctx, doc) if pair else ()) or carry
        recent = [*recent, (measure, *sides)][-_CARRY_SENTENCES:]
    out = _superseded_years(_drop_moved_plans(_hearsay(out, sentences), sentences, ctx))
    return _control_deadlines(out, sentences, ctx)


_LIVE_CONTROL = frozenset({Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED})
_CONTROLS = "export_controls"  # the deadline measure class of an export control's dates
_OTHER_SIDE = {"US": "China", "China": "US"}


def _control_deadlines(
    out: list[Deadline], sentences: list[Sentence], ctx: Context
) -> list[Deadline]:
    """The deadlines, with the dates of the article's export controls (issue 10: every dated
    US-China measure is a deadline, "Beijing will require licences for exports of gallium to the
    US from Dec. 1" as much as a tariff's start).

    One reading gives both: the export-control reader's frame (its imposer, target, step and
    modality) gives each live control's start (`effective`) and end (`ends`) as a deadline. A
    deadline read here from the control's sentence for the same day is that date read twice:
    the frame's fact takes its place ("Beijing banned exports of gallium to the US, effective
    Oct. 12" is China's control on the US, whichever country the words here name first); a
    deadline of the same side on that day from another sentence already stands for it (one
    deadline per measure and date); a measure of another kind read for that day keeps it (a
    tariff "on top of export controls, starting December 1"). A control not in force (weighed,
    threatened, denied, conditional) gives none; a deadline read here from its sentence keeps
    the status read here (the two readers' modalities disagreed on unseen text: stop 35 in
    bench/HISTORY.md). The cheap test first: no control, nothing to do, nor when the relevance
    gate says the article can state no control."""
    if ctx.admitted is not None and "export_control" not in ctx.admitted:
        return out
    # imported here: an article with no control never compiles that reader's patterns
    from watcher.facts.kinds.export_control.extract import (  # noqa: PLC0415 (lazy)
        export_control_facts,
    )

    controls = export_control_facts(sentences, ctx)
    if not controls:
        return out
    out = list(out)
    following = {s.text: sentences[i + 1].text for i, s in enumerate(sentences[:-1])}
    for control in controls:
        if control.status not in _LIVE_CONTROL:
            continue
        for fact in _control_dates(control, following.get(control.evidence, ""), ctx):
            same = [i for i, f in enumerate(out) if _reads_same(f, fact)]
            if same:
                out[same[0]] = fact
            elif not _dated_side(fact, out):
                out.append(fact)
    return out


# Measures whose date is never an export control's: a deadline read here for one of them on a
# control's day is that measure's ("a 60% tariff on wine on top of export controls, starting
# December 1" dates the tariff).
_OTHER_MEASURES = frozenset({"tariff", "port_fees", "truce", "exclusions", "purchases"})


def _reads_same(fact: Deadline, control: Deadline) -> bool:
    """Whether a deadline read here is a control's date read from the control's own sentence:
    same sentence, same day, set (not a pushed-back or only weighed date), and no measure of
    another kind."""
    return (
        fact.evidence == control.evidence
        and fact.date == control.date
        and fact.status in _NEW_END
        and fact.measure not in _OTHER_MEASURES
    )


def _control_dates(control: ExportControl, after: str, ctx: Context) -> Iterator[Deadline]:
    """A live control's start and end as deadlines, where its sentence or the next (`after`,
    which dates it by reference: "The restrictions take effect on Dec. 1.") names the day; the
    evidence is the sentences that tell it. A suspension's start and end are both dates
    (corpus dev2: "suspension start/end dates"); its end is the `suspension`'s class, its start
    the control's, so that the two are not one measure's date moved. A day counted from a
    duration is left to the reader here (`_period_end`; outlets count a year from different
    days, and a later sentence may name the day), and a date long past is background."""
    step = "suspension of export controls" if control.measure == "suspended" else "export controls"
    on = "" if control.target == "all" else f" on {control.target}"
    what = f"{control.imposer} {step}{on}"
    # a control on every destination falls on the other side of the pair too: the desk's
    # deadline, as the reader here gives it the article's pair ("China's rare earth controls
    # apply from Dec. 1": China -> US)
    target = _OTHER_SIDE.get(control.imposer, "all") if control.target == "all" else control.target
    verb = {"lifted": "lifted", "suspended": "start"}.get(control.measure, "take effect")
    dates = [(control.effective, verb), (control.ends, "end")]
    own = {d.value for d in _dates(control.evidence, ctx)}
    later = {d.value for d in _dates(after, ctx)} if after else set()
    for when, edge in dates:
        if when is None or when not in own | later or _long_past(when, ctx.published):
            continue  # an end counted from a duration ("for one year") is the reader's to read
        passed = ctx.published is not None and when <= ctx.published
        yield Deadline(
            Status.HAPPENED if passed else Status.ANNOUNCED,
            control.evidence if when in own else f"{control.evidence} {after}",
            f"{what}: {edge}",
            when,
            control.imposer,
            target,
            _SUSPENSION if control.measure == "suspended" and edge == "end" else _CONTROLS,
        )


def _dated_side(fact: Deadline, out: list[Deadline]) -> bool:
    """Whether a deadline of the fact's imposer (or of no imposer) already stands on its day
    (a control's date the reader here read too, or another item's control of one sentence)."""
    return any(f.date == fact.date and f.imposer in (None, fact.imposer) for f in out)


_YEAR_DAYS = 365
_NEW_END = frozenset({Status.ANNOUNCED, Status.HAPPENED})  # an undated article's may be past


def _superseded_years(out: list[Deadline]) -> list[Deadline]:
    """The facts, a superseded end told with no year ("had been set to expire on February 28")
    put in the year before the new end of the same measure and parties ("extended ... through
    May 31, 2026": February 2026): a move pushes an end back, so the old one lies in the year
    before the new one, whatever year publication (or the run, in an undated article) gives.
    The cheap test first: no superseded fact, nothing to change."""
    if not any(f.status is Status.SUSPENDED for f in out):
        return out
    return [_before_new_end(f, out) for f in out]


def _before_new_end(fact: Deadline, out: list[Deadline]) -> Deadline:
    """The fact in the year before the earliest end of its measure (and of its parties, where
    it names them), when it is a superseded end whose evidence gives no year and lies in the
    year before none of them."""
    when = fact.date
    if fact.status is not Status.SUSPENDED or when is None or str(when.year) in fact.evidence:
        return fact
    ends = [
        f.date
        for f in out
        if f.status in _NEW_END
        and f.date is not None
        and f.measure == fact.measure
        and fact.imposer in (None, f.imposer)
        and fact.target in (None, f.target)
    ]
    year = timedelta(days=_YEAR_DAYS)
    if not ends or any(new - year < when < new for new in ends):
        return fact  # already before an end of its measure: the article may tell of several
    new = min(ends)
    try:
        moved = when.replace(year=new.year)
        moved = moved if moved < new else moved.replace(year=new.year - 1)
    except ValueError:  # February 29 in a year without one
        return fact
    return dataclasses.replace(fact, date=moved)


_BULLETS = frozenset(BULLETS)


def _list_step(text: str, dates: list[DateMention]) -> bool:
    """Whether the sentence is a list item of a dated schedule ("• April 17, 2027 → 880
    yuan"). Only the first item after the text that sets the schedule is a deadline: the
    later steps continue the same schedule, a date already announced with it (dev2's README
    takes them as acceptable alerts, not required ones, and its facts leave them out), and an
    alert for each would repeat one announcement. The cheap tests first: a date, a bullet."""
    if not dates:
        return False
    return text.lstrip()[:1] in _BULLETS and schedule_step(text, dates[0])


# Hearsay of a dated measure: "The US will reportedly extend the truce to Nov. 10", "Reports
# said China would lift its ban on Sept. 1": speculated, not a date set. (A named outlet's
# report, "Reuters reported", is news, as in the lexicon's `modality`.)
_HEARSAY = re.compile(
    r"\breportedly\b|\b(?:reports|rumou?rs)\s+(?:said|say|says|suggest\w*|claim\w*|indicate[sd]?|indicating)\b|"
    r"\baccording\s+to\s+(?:media\s+|press\s+|unconfirmed\s+)?reports\b",
    re.IGNORECASE,
)
# The next sentence denies the report: "The White House denied the report.", "Beijing
# dismissed the reports as groundless"; "denied that ..." when the dated sentence is a report.
_DENIES_REPORT = re.compile(
    r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+"
    r"(?:the\s+|those\s+|these\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|story|stories|"
    r"claims?|account)\b",
    re.IGNORECASE,
)
_DENIES_THAT = re.compile(r"\b(?:denied|denies|deny)\s+that\b", re.IGNORECASE)
_LIVE = frozenset({Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED})


def _hearsay(out: list[Deadline], sentences: list[Sentence]) -> list[Deadline]:
    """The facts, those told as hearsay speculated and those whose report the next sentence
    denies denied: neither is a date a desk can act on. The cheap test first: no "report" or
    "rumo(u)r", nothing to do."""
    texts = [s.text for s in sentences]
    if not any("eport" in t or "umo" in t for t in texts):
        return out
    after = {t: (texts[i + 1] if i + 1 < len(texts) else "") for i, t in enumerate(texts)}
    return [_heard(f, after.get(f.evidence, "")) for f in out]


def _heard(fact: Deadline, following: str) -> Deadline:
    if fact.status not in _LIVE:
        return fact
    if _HEARSAY.search(fact.evidence):
        return dataclasses.replace(fact, status=Status.SPECULATED)
    denied = _DENIES_REPORT.search(following) or (
        "report" in fact.evidence and _DENIES_THAT.search(following)
    )
    return dataclasses.replace(fact, status=Status.DENIED) if denied else fact


# "more than a dozen countries", "dozens of nations", "other trading partners", "its trading
# partners": a measure on many parties, never "both countries" or "the two nations".
_MANY_PARTIES = re.compile(
    r"\b(?:(?:a|two|three)\s+dozen|dozens\s+of|several|many|other|numerous|various|all|"
    r"some|\d+|(?:seven|eight|nine|ten|eleven|twelve|fifteen|twenty)|(?:its|their|America's|"
    r"US|U\.S\.)\s+(?:\w+\s+)?trading)\s+(?:(?:\w+\s+)?(?:countries|nations|economies)|"
    r"(?:trading\s+)?partners)\b",
    re.IGNORECASE,
)


_MANY_NOUNS = ("countries", "nations", "partners", "economies")  # after a quantifier: lower case


def _many_parties(text: str) -> bool:
    """Whether a sentence that names at most one country speaks of many ("Trump sent letters
    to more than a dozen countries setting rates from August 1"): its measure is not the
    article's pair's, so no side is filled from that pair (which made the letters' date a
    US-China deadline in a story that went on to say China got no letter)."""
    if not any(noun in text for noun in _MANY_NOUNS):
        return False  # the cheap test first: most sentences speak of no parties at all
    return _MANY_PARTIES.search(text) is not None


# A country told as left out of a measure on many: "China was spared", "Chinese goods are
# exempt", "except China", "but not China", "China is not among them".
_SPARED_AFTER = re.compile(
    r"(?:\s+(?:goods|imports|products|exports|firms|companies))?"
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|will\s+be)\s+)?"
    r"(?:(?:largely|again|also|so\s+far|for\s+now)\s+)?(?:spared|exempt(?:ed)?|excluded|"
    r"left\s+out|not\s+(?:included|among\s+them|on\s+the\s+list|affected))\b",
    re.IGNORECASE,
)
# one of these in the sentence before any pattern is tried (a substring test)
_SPARED_WORDS = (
    "spared",
    "xempt",
    "xclud",
    "xcept",
    "left out",
    "not ",
    "sparing",
    "apart",
    "other than",
)
_SPARED_BEFORE = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|exempting|sparing|but\s+not|apart\s+from|other\s+than|"
    r"with\s+the\s+exception\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _spared(text: str, named: tuple[str, ...], ctx: Context) -> tuple[str, ...]:
    """The countries of a sentence about a measure on many (`_many_parties`) that it tells
    as left out of it ("New US duties on 40 countries take effect on Thursday; China was
    spared"): neither side of that measure, nor of the article's pair there. The cheap tests
    first: two countries named, a word of leaving out, and many parties spoken of."""
    if not any(word in text for word in _SPARED_WORDS) or not _many_parties(text):
        return ()
    return tuple(
        m.name
        for m in ctx.gaz.countries.find(text)
        if m.name in named
        and (
            _SPARED_AFTER.match(text, m.end)
            or _SPARED_BEFORE.search(text, max(0, m.start - 40), m.start)
        )
    )


def _unspared(fact: Deadline, spared: tuple[str, ...]) -> Deadline:
    """The fact without a side the sentence leaves out of the measure."""
    imposer = None if fact.imposer in spared else fact.imposer
    target = None if fact.target in spared else fact.target
    return dataclasses.replace(fact, imposer=imposer, target=target)


# between "57 countries" and a country named as one of them: "57 countries, China among
# them", "dozens of nations, including China"
_AMONG = re.compile(r"[\s,(]*(?:(?:including|such\s+as|like|notably|especially)\s+)?")


def _one_of_many(text: str, pair: tuple[str, ...], ctx: Context) -> tuple[str, ...]:
    """The pair as (the other side, the country), when the sentence names a country of the
    pair as one of the many ("New duties on 57 countries, China among them, take effect"): the
    measure is on that country, from the other side; else (). Only `_many_parties` sentences
    get here."""
    many = _MANY_PARTIES.search(text)
    if many is None or len(pair) < _PAIR:
        return ()
    among = next(
        (
            m.name
            for m in ctx.gaz.countries.find(text)
            if m.start >= many.end() and _AMONG.fullmatch(text, many.end(), m.start)
        ),
        None,
    )
    other = next((p for p in pair if p != among), None)
    return (other, among) if among in pair and other else ()


# "The key date is March 1. On that day, the duties take effect": the day the sentence before
# names, as the date of this one.
_THAT_DAY = re.compile(r"\b(?:on|from|by|until)\s+(?P<span>that\s+(?:day|date))\b", re.I)


def _that_day(dated: list[list[DateMention]], sentences: list[Sentence]) -> list[list[DateMention]]:
    """Each sentence's dates, with "on that day" dated by the one calendar date of the
    sentence before (none when it names none, or several: which one is not said)."""
    out = list(dated)
    for i in range(1, len(sentences)):
        text = sentences[i].text
        if "that da" not in text or dated[i]:
            continue
        before = [d for d in dated[i - 1] if not d.weekday_only]
        m = _THAT_DAY.search(text)
        if m is not None and len(before) == 1:
            out[i] = [DateMention(m.start("span"), m.end("span"), before[0].value)]
    return out


# A measure class a sentence named last, with its imposer and target where the sentence says.
Sides = tuple[str | None, str | None, str | None]


# The words right before the date a measure was to end on ("was due to expire on Aug. 12").
_END_CUE = re.compile(
    r"\b(?:expir\w*|end(?:s|ed)?|lapse[sd]?|runs?\s+out|ran\s+out|deadline\s+(?:of|was|is))"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _moves_measure(text: str, moved: Move) -> bool:
    """Whether what the verb moves is the measure ("extended the truce by 30 days", "it was
    extended by 90 days"), its end or a pronoun for it, not something else ("delayed the vote
    by 30 days", "delayed the vote on that bill", "postponed the end of the session"). The
    object, or in the passive the subject before the verb; a pronoun only as the whole object
    or the subject itself ("The hearing, set for this week, was delayed" moves the hearing)."""
    return moved_measure(moved.obj, text[max(0, moved.start - 60) : moved.start])


def _extension(
    text: str, dated: list[DateMention], before: list[tuple[Sentence, list[DateMention]]]
) -> tuple[date, Deadline] | None:
    """The new end a move by a length gives ("On Monday, Trump extended it by 90 days", "...
    by another two weeks") when no calendar date of its own dates it: the end the sentences
    just before state ("The truce was due to expire on Aug. 12."), of the same measure, that
    long after. Without an end stated in the text there is no date to count from, and no fact: the
    end known from elsewhere is the comparison's, not the text's (docs/extraction.md:
    stated). The end moved, and the new end's fact: its parties are left for
    `_fill_extension`; its evidence is the moving sentence."""
    moved = move_by(text)
    if moved is None or any(not d.weekday_only for d in dated) or not _moves_measure(text, moved):
        return None
    found = modality(text, (moved.start, moved.end))
    if found is not None and found.category in _NO_FACT:
        return None
    status = _MODAL.get(found.category, Status.ANNOUNCED) if found else Status.ANNOUNCED
    length = moved.length
    for sent, dates in reversed(before):
        measure = measure_of(text) or measure_of(sent.text)
        if measure != (measure_of(sent.text) or measure):
            continue
        ended = [d.value for d in dates if _END_CUE.search(sent.text[: d.start])]
        if ended and ended[-1] and (when := length.after(ended[-1])):
            what = f"{measure or 'deadline'}: end (extended by {length.words})"
            return ended[-1], Deadline(status, text, what, when, None, None, measure or None)
    return None


def _moved_from(fact: Deadline, old: date, extension: Deadline) -> Deadline:
    """The fact, suspended when it is the end an extension (`_extension`) moved from `old`."""
    if (
        fact.date == old
        and fact.status is Status.ANNOUNCED
        and fact.measure == extension.measure
        and extension.status not in UNSET
    ):
        return dataclasses.replace(fact, status=Status.SUSPENDED)
    return fact


# "The truce was due to expire on June 3.": a date told as a plan in the past (the lexicon's
# `was_due`, a few words before the date), and the words that say, in the sentences after it,
# that the plan moved.
_WAS_DUE = re.compile(
    rf"(?<![\w-])(?:{alternation(section('deadline')['was_due'], ignore_case=True, spaced=True)})"
    r"\s+[^.;,]{0,40}$",
    re.IGNORECASE,
)
_MOVED_LATER = re.compile(move_words("later", "again", "nouns"), re.IGNORECASE)


def _drop_moved_plans(
    out: list[Deadline], sentences: list[Sentence], ctx: Context
) -> list[Deadline]:
    """The facts, a date told as a plan in the past ("The truce was due to expire on Aug.
    12.") suspended when one of the next sentences moves a measure ("On Monday, Trump
    extended it"; not "The Senate delayed a vote on a farm bill", `moves_measure`), or when
    one of the sentences just before moved the same party's measure to a later date ("Beijing
    will prolong the pause to Nov. 27, 2027. The pause was due to run out on Nov. 27."): the
    plan did not hold, and its date is a deadline pushed back, as when its own sentence says
    so (`measures._superseded`). The cheap test first: no such plan, nothing to change."""
    texts = [s.text for s in sentences]
    whole = "\n".join(texts)
    if "due to" not in whole and "set to" not in whole:
        return out
    plans = [i for i, t in enumerate(texts) if ("due to" in t or "set to" in t)]
    moved = {
        texts[i]
        for i in plans
        if any(moves_measure(t, _MOVED_LATER) for t in texts[i + 1 : i + 1 + _CARRY_SENTENCES])
    }
    moved_before = {
        texts[i]: {
            texts[k]
            for k in range(max(0, i - _CARRY_SENTENCES), i)
            if moves_measure(texts[k], _MOVED_LATER)
        }
        for i in plans
    }
    kept: list[Deadline] = []
    for fact in out:
        if not _plan_moved(fact, out, (moved, moved_before), ctx):
            kept.append(fact)
        elif fact.status is Status.ANNOUNCED:  # other readings of the plan are the story so far
            kept.append(dataclasses.replace(fact, status=Status.SUSPENDED))
    return kept


def _plan_moved(
    fact: Deadline,
    out: list[Deadline],
    moves: tuple[set[str], dict[str, set[str]]],
    ctx: Context,
) -> bool:
    """Whether the fact is a plan told in the past (`_told_as_plan`) that a move in the
    sentences after it, or a move to a later date of the same party's measure in those just
    before it, replaced."""
    moved, moved_before = moves
    if fact.evidence not in moved and not moved_before.get(fact.evidence):
        return False
    if not _told_as_plan(fact, ctx):
        return False
    if fact.evidence in moved:
        return True
    before = moved_before[fact.evidence]
    return any(
        f.evidence in before
        and f.imposer == fact.imposer
        and f.date
        and fact.date
        and f.date > fact.date
        for f in out
    )


def _told_as_plan(fact: Deadline, ctx: Context) -> bool:
    """Whether the fact's date comes right after "was/were due (set) to" in its sentence."""
    return any(
        d.value == fact.date and _WAS_DUE.search(fact.evidence, 0, d.start)
        for d in find_dates(fact.evidence, ctx.published, default_year=ctx.default_year)
    )


def _fill_extension(
    extension: Deadline, sides: tuple[str | None, str | None], out: list[Deadline]
) -> Deadline:
    """The extension with the parties its sentence names, else those of the end it moved."""
    if not any(sides):
        earlier = next((f for f in reversed(out) if f.measure == extension.measure), None)
        sides = (earlier.imposer, earlier.target) if earlier else sides
    return dataclasses.replace(extension, imposer=sides[0], target=sides[1])


_SUSPENSION = "suspension"  # a pause's own class: its end is the end of what it pauses


def _new(fact: Deadline, seen: set[tuple[date, str, str]]) -> bool:
    """Whether the fact is the first for its date (a date named a "deadline" takes every
    measure), measure and imposer; records it. Two sides' measures of one class on one day
    ("Beijing will lift its tariffs on US farm goods from Nov. 10 ... Washington cut its levy
    on Chinese imports, effective Nov. 10") are two facts; a mention that names no imposer, or
    a truce's (both sides' own), repeats the measure's; a suspension's end repeats any end the
    same side's measure has on that day (the end of what it pauses)."""
    if fact.date is None:
        return False
    on_day = [(measure, who) for day, measure, who in seen if day == fact.date]
    worded = fact.what.startswith(_WORDED)
    if any(measure == "*" for measure, _ in on_day) or (worded and on_day):
        return False
    measure = fact.measure or ""
    imposer = "" if measure in BILATERAL else fact.imposer or ""
    if any(m == measure and (who == imposer or not who or not imposer) for m, who in on_day):
        return False
    if measure == _SUSPENSION and imposer and any(who == imposer for _, who in on_day):
        return False  # "• Nov. 10: suspension of US port fees ends" after the fees' own end
    if fact.status not in UNSET:  # a date only weighed does not stand for a later firm one
        seen.add((fact.date, "*", "") if worded else (fact.date, measure, imposer))
    return True


def _dates(text: str, ctx: Context) -> list[DateMention]:
    """The sentence's dates, with the last days of months a measure or a duty is due by ("by
    the end of March") and the dates named loosely (`vague`: "by the end of the year",
    "until mid-November", "on the 10th", "in 30 days")."""
    found = find_dates(text, ctx.published, default_year=ctx.default_year)
    ends = month_ends(text, ctx.published, default_year=ctx.default_year)
    # an undated article's run day fixes no "in 30 days" nor "the 10th"
    loose = vague_dates(text, None if ctx.undated else ctx.published, ctx.default_year)
    if ends or loose:
        found = sorted([*found, *ends, *loose], key=lambda d: d.start)
    return [d for d in found if d.value]


def _anchored(
    found: Iterable[tuple[Deadline, bool]], anchors: set[date | None], ctx: Context
) -> Iterator[Deadline]:
    """The facts, without those dated only by a weekday ("took effect on Monday") that no
    calendar date of the article confirms within a week: the weekday was resolved against a
    publication date that may only be the day the article was read. A start a speaker
    announces for a weekday to come (`_told_weekday_start`) in a dated article stands."""
    for fact, weekday in found:
        near = any(
            a is not None and fact.date is not None and abs((a - fact.date).days) <= _WEEK
            for a in anchors
        )
        if near or not weekday or _told_weekday_start(fact, ctx):
            yield fact


# "Trump said the tariffs would kick in on Saturday", "the duties take effect on Monday", "a 15%
# duty on pork starts on Monday", "the truce, which lapses at 12:01 a.m. on Tuesday, ...", "duties
# of 20%, starting from Thursday": a start or end on a weekday to come, told by a verb of the
# measure's edge in the present or future, or by a start cue right before the weekday, wherever it
# stands in the sentence. Not with a condition after it ("would start on Saturday if Beijing does
# not act": a threat, as before).
_WEEKDAY_EDGE = re.compile(
    r"\b(?:(?:would|will)\s+(?:\w+ly\s+)?(?:kick\s+in|take\s+effect|start|begin|apply|end|expire|"
    r"lapse|resume|come\s+into\s+(?:force|effect)|go\s+into\s+effect)|kicks?\s+in|takes?\s+effect|"
    r"ends|expires|lapses|resumes|comes?\s+into\s+(?:force|effect)|go(?:es)?\s+into\s+effect|"
    r"starts?|begins?|appl(?:y|ies)|"
    r"(?:starting|beginning|effective)(?:\s+from)?)\s+"
    # a time of day before the weekday: "lapses at 12:01 a.m. on Tuesday", "at midnight"
    r"(?:at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|midnight|noon)"
    r"(?:\s+(?:\w+\s+){0,2}?time)?\s+)?"
    r"(?:on\s+|from\s+)?(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"(?![^.;]{0,80}\b(?:if|unless|provided|should)\b)",
    re.IGNORECASE,
)
# "Beginning next Monday, US customs will collect ...": a start cue opening the sentence with
# its weekday, then the clause it dates (no condition after it).
_FRONTED_WEEKDAY = re.compile(
    r"^\W*(?:starting|beginning|effective|from)\s+(?:on\s+)?(?:next\s+|this\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,(?![^.;]*\b(?:if|unless|provided|should)\b)",
    re.IGNORECASE,
)


# "was due to expire this Friday", "ends next Tuesday": a weekday its words tie to the week of
# publication, not only to a day read against it.
_THIS_WEEKDAY = re.compile(
    r"\b(?:expire|end|lapse|run\s+out|start|begin|take\s+effect|kick\s+in)s?\s+"
    r"(?:this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)


# "China doubled its levy on US lobster to 20 per cent on Thursday", "the 40% duty took effect on
# Thursday", "were raised to 50% on Thursday from 25%": a step or a start told in the past for
# the weekday that is the publication day; no verb of saying stands between ("said on Thursday"
# dates the statement).
_SAME_DAY_STEP = re.compile(
    r"\b(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|kicked\s+in|"
    r"raised|hiked|doubled|tripled|halved|cut|lowered|reduced|slashed|imposed|rose|fell|climbed|"
    r"jumped|dropped)\b(?:(?!\b(?:said|says|told|announced|stated)\b)[^.;:])"
    r"{0,80}?\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)


# "will raise tariffs on US poultry to as much as 30% next Monday": a step to a new level that a
# future puts on a weekday to come (no condition after it).
_STEP_ON_WEEKDAY = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:set\s+|due\s+)?to)\s+(?:\w+ly\s+)?(?:be\s+)?[a-z]+\b[^.;%]{0,80}?"
    r"\bto\s+(?:(?:as\s+(?:much|little|high|low)\s+as|about|around|up\s+to)\s+)?\d[\d.]*\s*"
    r"(?:%|per\s?cent|percent|pc)\s+(?:on\s+|from\s+)?(?:next\s+|this\s+(?:coming\s+)?|coming\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"(?![^.;]{0,80}\b(?:if|unless|provided|should)\b)",
    re.IGNORECASE,
)


# "expired on Tuesday", "lapsed at midnight on Sunday", "took effect on Monday", "entered into
# force on Monday": a start or end told as past by a verb of the measure's edge tied to the
# weekday (no condition after it).
_WEEKDAY_PASSED = re.compile(
    r"\b(?:expired|ended|lapsed|ran\s+out|took\s+effect|kicked\s+in|came\s+into\s+(?:force|"
    r"effect)|went\s+into\s+effect|entered\s+into\s+force)\s+"
    r"(?:at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|midnight|noon)"
    r"(?:\s+(?:\w+\s+){0,2}?time)?\s+)?"
    r"(?:on\s+)?(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"(?![^.;]{0,80}\b(?:if|unless|provided|should)\b)",
    re.IGNORECASE,
)


def _told_weekday_start(fact: Deadline, ctx: Context) -> bool:
    """Whether the fact is a start or end announced for a weekday within the week after a
    real publication date: by a verb of its edge or a start cue tied to the weekday
    (`_WEEKDAY_EDGE`, `_THIS_WEEKDAY`), or by a start cue opening the sentence ("From Friday,
    ..."); or one told as past for a weekday of the week before (`_WEEKDAY_PASSED`: "expired
    on Tuesday"), or a step told as past for the publication day itself (`_SAME_DAY_STEP`:
    "doubled its levy to 20% on Thursday" in a Thursday paper), which the publication date
    pins as well (bench/README.md, convention 1)."""
    if ctx.undated or ctx.published is None or fact.date is None:
        return False
    told = fact.evidence
    days = (fact.date - ctx.published).days
    if fact.status is Status.HAPPENED and -_WEEK <= days <= 0:
        return _WEEKDAY_PASSED.search(told) is not None or (
            days == 0 and _SAME_DAY_STEP.search(told) is not None
        )
    if fact.status is not Status.ANNOUNCED or not (0 < days <= _WEEK):
        return False
    if _FRONTED_WEEKDAY.match(told) or _THIS_WEEKDAY.search(told):
        return True
    if ("%" in told or "cent" in told or "pc" in told) and _STEP_ON_WEEKDAY.search(told):
        return True
    return _WEEKDAY_EDGE.search(told) is not None


def _sentence_deadlines(
    text: str,
    dates: list[DateMention],
    ctx: Context,
    parties: tuple[tuple[str, ...], tuple[str | None, str | None]],
    measures: tuple[Sides, Sides, bool],
    *,
    lasts: tuple[int, str] | None = None,
    fixed: tuple[str | None, str | None] | None = None,
) -> Iterator[tuple[Deadline, bool]]:
    """The sentence's deadlines, each with whether only a weekday dates it. `parties` are the
    pair the sentences before are about and the parties of the article's last deadline, whose
    measure a schedule's list item ("• April 17, 2027 → 880 yuan") continues. `carried` is the
    measure the sentences before named last, with its parties: those of a word pointing back
    to it ("The cut lasts until ..."), whatever countries the sentences between name; `told`
    the last measure the sentences just before named with both parties, whose parties a
    sentence naming no country takes (`_unnamed_parties`). `named`: whether the sentence names
    a country. `lasts`: how long the sentence before said the measure would last, which a
    measure noun opening this one ("The pause begins on May 14") starts. `fixed`: the parties
    of a fact-box line's measure (`_box_sides`), which its words and the pair do not change."""
    context, previous = parties
    carried, told, named = measures
    imposer, target = _fill_parties(*_parties(text, ctx), context)
    done: set[date] = set()
    if _TRADE.search(text) and not _OFF_TOPIC.search(text):
        measure = measure_of(text)
        # an undated article is read as of the run: its dates are not before it was written
        for what, when, worded, d in _found(text, dates, None if ctx.undated else ctx.published):
            done.add(when)
            status = _worded_status(text, d, worded)
            sides = fixed or _paused_sides(text, d, ctx, (imposer, target), context)
            yield Deadline(status, text, what, when, *sides, measure), False
    if carried[0] and (told_new := _copula_deadline(text, dates, carried, context, ctx)):
        done.add(told_new.date or date.min)
        yield told_new, False
    yield from _obligation_facts(text, dates, ctx, context, done)
    yield from _purchase_facts(text, dates, ctx, done)
    yield from _set_as_facts(text, dates, ctx, context, done)
    main, named = _main_clause(text, named, ctx)
    for found in frames(text, dates, ctx.published, carried[0]):
        frame = _subject_lasting(text, found, lasts)
        if frame.date not in done and _trade_measure(text, frame, context):
            step = frame.noun == SCHEDULE and any(previous)
            back = points_back(frame.noun) and any(carried[1:])
            if step:
                sides = previous
            elif back:
                sides = _fill_parties(carried[1], carried[2], context)
            elif not named and not _global(main, frame, ctx) and not frame.others:
                sides = (
                    _unnamed_parties(main, frame, told)
                    or _sector_parties(main, frame, ctx)
                    or _frame_parties(main, frame, ctx, context)
                )
            else:
                sides = _frame_parties(main, frame, ctx, context)
                if sides == (None, None):  # "the auto tariffs start on April 3", no one's
                    sides = _sector_parties(main, frame, ctx) or sides
            sides = fixed or sides  # a fact-box line: its label's parties, or none
            # an undated article is read as of the run, which may be long after it was
            # written: a date it tells forward is not moved to the run's next year
            as_of = None if ctx.undated else ctx.published
            fact = _frame_fact(text, frame, *sides, as_of)
            yield from ((found, frame.weekday) for found in _with_period_end(fact, frame, as_of))


# "The suspension, agreed at the summit, starts on": a measure noun opening the sentence.
_OPENING_SUBJECT = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?")


def _subject_lasting(text: str, frame: Frame, lasts: tuple[int, str] | None) -> Frame:
    """The frame, with the period the sentence before gave its measure when the measure
    noun opens this sentence and its start is dated with no period of its own."""
    if lasts is None or frame.period is not None or frame.edge != "start" or frame.at < 0:
        return frame
    if not _OPENING_SUBJECT.fullmatch(text, 0, frame.at):
        return frame
    return dataclasses.replace(frame, period=lasts)


# "The new deadline is November 10." / "The deadline is now Nov. 10." / "The new expiry date
# will be ...": a deadline noun as the subject of a plain copula, the date its complement
_COPULA_DEADLINE = re.compile(
    r"\s*(?:the|its)\s+(?:new\s+|revised\s+|extended\s+)?(?:deadline|(?:expiry|expiration)\s+date)"
    r"\s+(?:is|will\s+be|now\s+is)\s+(?:now\s+)?(?:(?:set\s+)?for\s+)?",
    re.IGNORECASE,
)
# What may follow the copula's date: the clause's end, or a speech tag (", the ministry said").
_COPULA_AFTER = re.compile(
    r"\s*(?:[.;!]|$|,\s+(?:\w+\s+){0,4}?(?:said|says|announced|confirmed|added|noted)\b)",
    re.IGNORECASE,
)


def _copula_deadline(
    text: str, dates: list[DateMention], carried: Sides, context: tuple[str, ...], ctx: Context
) -> Deadline | None:
    """A deadline a sentence naming no measure states with a copula ("The new deadline is
    November 10."), after a sentence about a measure: the deadline is that measure's, with its
    parties. Only a plain present or future copula: "could be" is weighed, and not read. The
    copula tells the date forward: "The deadline is Friday" on a Monday is the Friday to come.
    The subject is the bare deadline opening the sentence ("The visa deadline is ..." is some
    other deadline), and nothing but a speech tag follows the date ("... is Nov. 10 for the
    comment period" dates something else)."""
    if "date" not in text and "deadline" not in text:  # the cheap test first
        return None
    published = None if ctx.undated else ctx.published
    for d in dates:
        if (
            d.value is not None
            and _COPULA_DEADLINE.fullmatch(text, 0, d.start)
            and _COPULA_AFTER.match(text, d.end)
        ):
            measure, imposer, target = carried
            sides = _fill_parties(imposer, target, context)
            when = in_the_future(text, d, published) or d.value
            if d.weekday_only and published is not None and when < published:
                when += timedelta(days=7)
            return Deadline(Status.ANNOUNCED, text, _copula_label(measure), when, *sides, measure)
    return None


def _copula_label(measure: str | None) -> str:
    """The copula deadline's description, from the measure it dates: a tariff's (or an
    unnamed measure's, a truce's) keeps the tariff wording; an export control's names it."""
    if measure in _COPULA_OWN_LABEL:
        return f"{measure.replace('_', ' ')} deadline (new date)"
    return "tariff deadline (new date)"


_COPULA_OWN_LABEL = frozenset({"export_controls", "port_fees", "purchases"})


def _main_clause(text: str, named: bool, ctx: Context) -> tuple[str, bool]:
    """The sentence with a leading condition blanked ("If Beijing retaliates, the tariff on
    Chinese goods ..."), offsets kept, and whether the rest names a country: the condition's
    actor is not the measure's imposer."""
    cond = _IF_FIRST.match(text) if named else None
    if cond is None:
        return text, named
    main = " " * cond.end() + text[cond.end() :]
    return main, bool(_named(main, ctx))


_PAIR_NAMES = frozenset({"US", "China"})
_LEVY = re.compile(rf"\b(?:{alternatives('deadline', 'levy_words')})\b", re.IGNORECASE)


def _trade_measure(text: str, frame: Frame, context: tuple[str, ...]) -> bool:
    """Whether the frame is a trade measure: a truce, pause or ceasefire is one only in a
    US-China trade context, a trade word in its sentence or the pair the sentences are about
    ("The ceasefire in Gaza ends on the 4th" is no trade truce). Other classes are trade's.
    A ceasefire is a war's word: only a trade word in its own sentence makes it trade's, the
    pair named elsewhere in the article does not ("The Gaza ceasefire ends on Nov. 4. Trump
    and Xi meet in Seoul.")."""
    if frame.measure not in BILATERAL:
        return True
    if _TRADE.search(text) or _LEVY.search(text):
        return True
    return "cease" not in frame.noun.casefold() and set(context) >= _PAIR_NAMES


_PAUSED_LEVY = re.compile(
    rf"\b(?:{alternatives('deadline', 'paused_levy_nouns')})\b", re.IGNORECASE
)


def _paused_sides(
    text: str,
    d: DateMention,
    ctx: Context,
    sides: tuple[str | None, str | None],
    context: tuple[str, ...],
) -> tuple[str | None, str | None]:
    """The parties of a pause whose levies a possessive owns ("the pause on China's extra
    levies on US goods runs until ..."): the owner imposes them, whatever the roles read from
    "on US goods"; the other side is the sentence's other party or the pair's. Any other
    deadline keeps `sides`."""
    paused = _DELAYED_TO.search(text, max(0, d.start - 120), d.start)
    levy = _PAUSED_LEVY.search(text, paused.start(), d.start) if paused else None
    owner = _possessor(text, levy.start(), ctx) if levy else None
    if owner is None or owner == sides[0]:
        return sides
    other = next((p for p in (*sides, *context) if p and p != owner), None)
    return owner, other


def _possessor(text: str, at: int, ctx: Context) -> str | None:
    """The country whose possessive stands just before the noun at `at` ("China's extra
    levies"), whatever governs it: after "the pause on", the levies paused are still its."""
    lo = max(0, at - _LEAD_IN)
    found = ctx.gaz.countries.find(text[lo:at])
    last = found[-1] if found else None
    return last.name if last and _POSSESSIVE.fullmatch(text, lo + last.end, at) else None


# "China committed to buy 12 million tons of US soybeans by the end of the year": a purchase
# commitment and its end. The verb of committing (or an obligation) right before the buying
# verb; the date after "by", "before", "through" or "no later than", in the same clause.
_PURCHASE = re.compile(
    r"\b(?:commit\w*|agree[sd]?|agreeing|pledg\w*|promise[sd]?|promising|vow\w*|undert[oa]ok|"
    r"(?:is|are|was|were)\s+(?:required|obliged|due)|must|will|ha(?:s|ve)\s+to)\s+(?:to\s+)?"
    r"(?:buy|purchase|import)\b(?P<goods>[^.;]{0,100}?)\b(?:by|before|through|no\s+later\s+than)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "has not committed to buy", "never pledged to", "refused to commit to buying": the
# commitment denied. Words right before the verb of committing.
_NOT_BOUND = re.compile(
    r"\b(?:not|never|no\s+longer|n['\u2019]t|refus\w*|declin\w*|reject\w*|balk\w*)\s+"
    r"(?:(?:yet|to|been|made|any|a)\s+)*(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NOT_REACH = 40  # characters before the verb of committing searched for a negation


def _purchase_status(text: str, bought: re.Match[str], d: DateMention) -> Status:
    """A commitment denied ("has not committed to buy") is denied; one asked about ("Did China
    commit to buy ...?") speculated: neither binds the buyer to the date."""
    if _NOT_BOUND.search(text, max(0, bought.start() - _NOT_REACH), bought.start()):
        return Status.DENIED
    if is_question(text, wh=False):
        return Status.SPECULATED
    return _worded_status(text, d, Status.ANNOUNCED)


def _purchase_facts(
    text: str, dates: list[DateMention], ctx: Context, done: set[date]
) -> Iterator[tuple[Deadline, bool]]:
    """The end of a commitment to buy a country's goods by a date: the buyer (the country
    named before the verb) binds itself to the seller (the goods' country). Both must be
    named, and differ; a date before publication is the story so far. Its status as
    `_purchase_status` reads it."""
    if "buy" not in text and "purchas" not in text:
        return
    for d in dates:
        if d.value is None or d.value in done or (ctx.published and d.value < ctx.published):
            continue
        bought = _PURCHASE.search(text, max(0, d.start - 160), d.start)
        if bought is None:
            continue
        buyers = ctx.gaz.countries.find(text[max(0, bought.start() - 60) : bought.start()])
        sellers = ctx.gaz.countries.find(bought.group("goods"))
        buyer = buyers[-1].name if buyers else None
        seller = next((m.name for m in sellers if m.name != buyer), None)
        if buyer is None or seller is None:
            continue
        done.add(d.value)
        status = _purchase_status(text, bought, d)
        what = "purchase commitment: end"
        yield Deadline(status, text, what, d.value, buyer, seller, "purchases"), d.weekday_only


# "set November 10 as the end of its suspension of port fees": the date named as a measure's
# edge; the measure follows "of" (or "for").
_SET_AS = re.compile(r"\b(?:set|sets|setting|named|names|naming|fixed|fixes|fixing)\s+$", re.I)
_AS_EDGE = re.compile(
    r",?\s+as\s+the\s+(?:(?P<end>end|expiry|expiration|last\s+day)|(?P<start>start|"
    r"effective\s+date|first\s+day))\s+(?:date\s+)?(?:of|for)\s",
    re.IGNORECASE,
)


_PAUSED = re.compile(r"\b(?:suspen\w*|paus\w*|waiv\w*|exempt\w*|halt\w*)", re.IGNORECASE)


def _set_as_facts(
    text: str,
    dates: list[DateMention],
    ctx: Context,
    context: tuple[str, ...],
    done: set[date],
) -> Iterator[tuple[Deadline, bool]]:
    """A date set as a measure's end or start ("China on Tuesday set Nov. 10 as the end of
    its suspension of port fees on US ships"): the measure named after "of", its parties as
    a dated measure's. The setting's modality decides its status ("could set ..." is
    speculated); a date before publication is no deadline to come."""
    if " as the " not in text:
        return
    for d in dates:
        edge = _AS_EDGE.match(text, d.end)
        if d.value in done or d.value is None or edge is None:
            continue
        if not _SET_AS.search(text, max(0, d.start - 20), d.start):
            continue
        tied = tied_measure(text, edge.end())
        if tied is None or not tied[0] or (ctx.published and d.value < ctx.published):
            continue
        cls, at, noun = tied
        side = "end" if edge.group("end") else "start"
        frame = Frame(d.value, side, cls, noun, False, False, at=at, span=(d.start, d.end))
        sides = _frame_parties(text, frame, ctx, context)
        status = _worded_status(text, d, Status.ANNOUNCED)
        done.add(d.value)
        what = _describe(frame, *sides)
        if side == "end" and _PAUSED.search(text, edge.end(), at):  # "the end of its pause of"
            what = what.replace(": end", ": lifting ends")
        yield Deadline(status, text, what, d.value, *sides, cls), d.weekday_only


def _with_period_end(
    fact: Deadline | None, frame: Frame, published: date | None
) -> Iterator[Deadline]:
    """The frame's fact, if any, then the end of the period it lasts, if the text states one."""
    if fact is None:
        return
    ends = _period_end(fact, frame, published)
    if ends is not None and fact.status not in UNSET and _extended_from(fact.evidence, frame):
        # "extended the exclusions by 30 days from March 1": March 1 was their end, moved (an
        # extension only weighed moves nothing)
        head = fact.what.rsplit(": ", 1)[0]
        fact = dataclasses.replace(fact, what=f"{head}: end", status=Status.SUSPENDED)
    yield fact
    if ends is not None:
        yield ends


def _extended_from(text: str, frame: Frame) -> bool:
    """Whether the frame's date is the end an extension counts from ("extended ... by 30 days
    from March 1"): a move verb in the clause before "by <period> from" and the date."""
    lo = max(0, frame.span[0] - _TENSE_REACH)
    return frame.span[0] >= 0 and extended_from(text, lo, frame.span[0]) is not None


def _period_end(fact: Deadline, frame: Frame, published: date | None) -> Deadline | None:
    """The end of the period a dated measure lasts ("will suspend the levy for one year from
    November 10": November 10 a year on), which plain arithmetic gives from the start; the
    lifting of a measure ends then, and the measure is due back. A start that has happened
    does not make its end happen: an end after publication is only announced ("was extended
    for 90 days from Aug. 12", told Aug. 22: the end in November is to come)."""
    if frame.period is None or fact.date is None:
        return None
    when = period_after(fact.date, *frame.period)
    if when is None:
        return None
    count, unit = frame.period
    head = fact.what.rsplit(": ", 1)[0]
    edge = "lifting ends" if frame.lifted else "end"
    unit = unit.removesuffix("s") if count == 1 else unit
    status = fact.status
    if status is Status.HAPPENED and published is not None and when > published:
        status = Status.ANNOUNCED
    what = f"{head}: {edge} ({count} {unit})"
    return dataclasses.replace(fact, what=what, date=when, status=status)


_LEAD_IN = 30  # characters before a measure's words that may name its owner ("China's new")


def _unnamed_parties(text: str, frame: Frame, told: Sides) -> tuple[str, str | None] | None:
    """Who imposes a dated measure on whom when its sentence names no country: the legal
    instrument its words name ("the IEEPA reciprocal tariff": the US) faces the other party of
    the last measure told with both parties; else that measure's parties ("Washington paused
    its levy on Chinese goods. ... The pause runs until ...": US on China). None when neither
    says, or the instrument's owner is neither party of that measure: then the sentences' pair
    decides, as for any sentence."""
    lo = max(0, frame.at - _LEAD_IN) if frame.at >= 0 else 0
    hi = frame.at + len(frame.noun) if frame.at >= 0 else len(text)
    # ... with its complement: "the suspension of the IEEPA reciprocal tariff"
    hi = max(hi, frame.span[0]) if frame.at >= 0 else hi
    owner = instrument_owner(text[lo:hi])
    _, imposer, target = told
    if owner is not None:
        other = target if owner == imposer else imposer if owner == target else None
        # no measure told just before: the pair decides the other side, as for any sentence
        return (owner, other) if other else None
    return (imposer, target) if imposer and target else None


def _frame_parties(
    text: str, frame: Frame, ctx: Context, context: tuple[str, ...]
) -> tuple[str | None, str | None]:
    """Who imposes the dated measure on whom: read first from the measure's own words ("the
    levy on Chinese imports to 20% on March 4", "Beijing's port fees on US ships"), then from
    the sentence for a side those words leave open, unless the sentence gives it the party the
    measure's words already place on the other side ("If China does not withdraw ..., the US
    will impose tariffs on China ...": China is the target, whatever the sentence's subject)."""
    if licence_needed(frame.noun) and (licensing := _licence_parties(text, frame, ctx)):
        return _fill_parties(*licensing, context)
    sentence = _parties(text, ctx)
    if frame.at < 0:
        return _fill_parties(*sentence, context)
    local = _parties(text[max(0, frame.at - _LEAD_IN) : frame.at + len(frame.noun) + 60], ctx)
    owner = _owner(text, frame.at, ctx) or _home_adjunct(text, frame.at, ctx)
    # "the Commerce Department's new rule on ...": the body's country owns the measure
    owner = owner or instrument_owner(text[max(0, frame.at - _LEAD_IN) : frame.at])
    owner = owner or _object_owner(text, frame, ctx)
    if _global(text, frame, ctx):  # "tariffs on steel", "a baseline levy on all imports"
        # the subject imposes it, unless a preposition governs the measure's words ("Canada
        # retaliates against a duty on foreign cars": not Canada's duty)
        subject = (
            None if _GOVERNING.search(text, max(0, frame.at - _LEAD_IN), frame.at) else sentence[0]
        )
        return owner or subject or _HOME, OTHERS
    words = text[frame.at : frame.span[0]]
    if OTHERS_WORDS.search(words) and not ctx.gaz.countries.find(words):
        # "tariffs on imports from least developed countries": a target named, not the pair's
        return owner or sentence[0], None
    if owner is not None:  # "Beijing's ban on gallium exports to the US": China's measure
        other = next((p for p in (local[1], local[0], sentence[1]) if p and p != owner), None)
        return _fill_parties(owner, other or _for_origin(text, frame, ctx), context)
    dest = _destination(text, frame, ctx)
    if dest is not None:  # "curbs on exports ... to the U.S.": where goods go, never who curbs
        local = (None if local[0] == dest else local[0], dest)
        sentence = (None if sentence[0] == dest else sentence[0], dest)
    imposer = local[0] or (sentence[0] if sentence[0] != local[1] else None)
    target = local[1] or (sentence[1] if sentence[1] != local[0] else None)
    target = target or _for_origin(text, frame, ctx)
    if imposer is None:  # "The Commerce Department said the new chip rules for China ..."
        body = instrument_owner(text[: frame.at])
        imposer = body if body != target else None
    return _fill_parties(imposer, target, context)


# "the suspension of US port fees", "the end of China's export ban": the "of" after the noun
_OF_OBJECT = re.compile(r"\s+of\s+", re.IGNORECASE)
_OBJECT_REACH = 40  # characters after "of" searched for the measure it governs


def _object_owner(text: str, frame: Frame, ctx: Context) -> str | None:
    """The owner of the measure an "of" after the frame's noun governs: what a suspension,
    pause or end is of ("• Nov. 10: suspension of US port fees ends": the US's fees, so the
    US's suspension), read as the noun's own owner is (`_owner`, `_home_adjunct`)."""
    of = _OF_OBJECT.match(text, frame.at + len(frame.noun)) if frame.at >= 0 else None
    if of is None:
        return None
    found = tied_measure(text[: of.end() + _OBJECT_REACH], of.end())
    if found is None or not found[0]:
        return None
    at = found[1]
    # the possessive right after "of" (`_owner` passes over one a preposition governs)
    named = ctx.gaz.countries.find(text[of.end() : at])
    last = named[-1] if named else None
    if last is not None and _POSSESSIVE.fullmatch(text, of.end() + last.end, at):
        return last.name
    return _home_adjunct(text, at, ctx)


# "... to Chinese customers", "to the United States": where goods go; "from China": where from.
_TO_DEST = re.compile(r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_FROM_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_REACH = 30  # characters before a country's name searched for its preposition


def _licence_parties(text: str, frame: Frame, ctx: Context) -> tuple[str, str | None] | None:
    """Who requires a licence a trade needs, and for whom: the exporters' government (the
    country goods go "from", else the last one named before the licence that is no
    destination: "US companies will need a licence", "China said licences will be required";
    with only a destination other than the home market, the home market) on the country they
    go "to" ("to Chinese customers"); with none before the licence, the first named after it
    that is no destination ("..., the Chinese commerce ministry said"). None when no country
    is named."""
    at = frame.at if frame.at >= 0 else text.find(frame.noun, frame.span[1])
    found = ctx.gaz.countries.find(text)

    def before(pattern: re.Pattern[str], m: Mention) -> bool:
        return pattern.search(text, max(0, m.start - _PLACE_REACH), m.start) is not None

    dest = next((m.name for m in found if before(_TO_DEST, m)), None)
    origin = next((m.name for m in found if before(_FROM_ORIGIN, m)), None)
    named = [m.name for m in found if m.name != dest and not before(_TO_DEST, m)]
    ahead = [m.name for m in found if m.end <= at and m.name != dest and not before(_TO_DEST, m)]
    # else the first named after it: "..., the Chinese commerce ministry said"
    imposer = origin or (ahead[-1] if ahead else None) or (named[0] if named else None)
    if imposer is None and dest not in (None, _HOME):
        # "licences will be required for exports of chips to China": the home market's rule,
        # as a tariff the text names only the target of is (`_frame_fact`)
        imposer = _HOME
    if imposer is None:
        return None
    return imposer, dest if dest != imposer else None


def _control_sides(
    text: str, measure: str | None, sides: tuple[str | None, str | None], ctx: Context
) -> tuple[str | None, str | None]:
    """The parties of an export control a sentence names with no role of its own ("Commerce
    tightened curbs on exports of chip tools to China"), for the sentences after it that point
    back ("The requirements apply from Jan. 15"): the country the goods go "to" is its target,
    and, when no one is said to impose it and that is not the home market, the home market
    imposes it (as `_licence_parties`). The cheap test first: a control with no target, a
    "to" in the sentence."""
    if measure != "export_controls" or sides[1] is not None or " to " not in text:
        return sides
    found = ctx.gaz.countries.find(text)
    dest = next(
        (m.name for m in found if _TO_DEST.search(text, max(0, m.start - _PLACE_REACH), m.start)),
        None,
    )
    if dest is None or dest == sides[0]:
        return sides
    return sides[0] or (_HOME if dest != _HOME else None), dest


def _destination(text: str, frame: Frame, ctx: Context) -> str | None:
    """The country an export control's own words send the goods to ("curbs on exports of
    seven rare earths to the U.S.", "rules on chip sales to Chinese buyers"): its target.
    The roles read a bare home name as an imposer, which a destination never is. The cheap
    test first: a control, a "to" in its words."""
    if frame.measure != "export_controls" or frame.at < 0 or frame.span[0] <= frame.at:
        return None
    if " to " not in text[frame.at : frame.span[0]]:
        return None
    for m in ctx.gaz.countries.find(text[frame.at : frame.span[0]]):
        at = frame.at + m.start
        if _TO_DEST.search(text, max(frame.at, at - _PLACE_REACH), at):
            return m.name
    return None


# "exemptions for Chinese medical gloves": the goods of a country a measure is for.
_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
# "the ban on chip sales to China": the country goods a restriction stops are sent to.
_SENT_TO = re.compile(
    r"\s+on\s+(?:[\w-]+\s+){0,3}?(?:sales|exports|shipments|deliveries)\s+"
    r"(?:of\s+(?:[\w-]+\s+){1,3})?to\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _for_origin(text: str, frame: Frame, ctx: Context) -> str | None:
    """The country whose goods (its adjective right after "for") the measure's words name, or
    that a restriction's goods are sent to."""
    end = frame.at + len(frame.noun)
    found = ctx.gaz.countries.find(text[end : end + _LEAD_IN + 20])
    for m in found[:1]:
        # "exemptions for Chinese gloves"; a restriction's "new chip rules for China"
        for_whom = m.adjective or frame.measure == "export_controls"
        if for_whom and _FOR.fullmatch(text, end, end + m.start):
            return m.name
        sent = frame.measure != "tariff" and not m.adjective
        if sent and _SENT_TO.fullmatch(text, end, end + m.start):
            return m.name
    return None


# A measure on everyone: a word of scope before or after its noun ("a baseline tariff", "tariffs
# on all imports", "duties on foreign cars"), or goods named after "on" by their kind
# ("tariffs on steel and aluminum", "a levy on imports of branded drugs"), with no country in
# the measure's words.
_SCOPE_ALL = re.compile(
    r"\b(?:baseline|universal|sweeping|global|worldwide|across-the-board|blanket)\s+(?:[\w%-]+\s+)?$",
    re.IGNORECASE,
)
_ON_ALL = re.compile(
    r"^\s+(?:[\w%-]+\s+){0,3}?on\s+(?:(?:all|every|any)\b|(?:the\s+)?(?:foreign|imported)\b)",
    re.IGNORECASE,
)
# "tariffs of 55% on imports of beef": a rate may stand between the noun and its goods
_ON_KIND = re.compile(
    r"^\s+(?:of\s+(?:up\s+to\s+)?\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)\s*)?"
    r"on\s+(?:imports\s+of\s+|imported\s+)?(?P<kind>[a-z][\w-]*)",
    re.IGNORECASE,
)
_NOT_A_KIND = frozenset(
    {"them", "it", "those", "these", "that", "this", "imports", "goods", "products", "exports"}
    | {"the", "its", "their", "his", "her", "our", "a", "an", "some", "many", "most", "other"}
    | {"both", "each"}
)
# "on imported drugs from all countries": every origin, the words of a global measure
_ALL_ORIGINS = re.compile(
    r"\b(?:from|on|of)\s+(?:all|every|any)\s+(?:countries|country|nations|origins?)\b",
    re.IGNORECASE,
)
_GOVERNING = re.compile(
    r"\b(?:(?:response|retaliation|reply|reaction|answer)\s+to|at|against|over|for|of|with|after|"
    r"from|by|than|like|unlike)\s+(?:a|an|the|its|their)?"
    r"\s*(?:[\w%-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _global(text: str, frame: Frame, ctx: Context) -> bool:
    """Whether the measure's words put it on every country (`_SCOPE_ALL`, `_ON_ALL`, `_ON_KIND`)."""
    if frame.measure != "tariff" or frame.at < 0:
        return False
    lo = max(0, frame.at - _LEAD_IN)
    lead = [m for m in ctx.gaz.countries.find(text[lo : frame.at]) if m.adjective]
    words = text[frame.at : frame.span[0]]  # a subject named before the noun may impose it
    if lead or ctx.gaz.countries.find(words):
        return False
    if OTHERS_WORDS.search(words):  # "on other countries' goods", but "from all countries"
        return _ALL_ORIGINS.search(words) is not None
    end = frame.at + len(frame.noun)
    if _SCOPE_ALL.search(text, max(0, frame.at - _LEAD_IN), frame.at):
        return True
    if _ON_ALL.match(text[end : frame.span[0]]):
        return True
    kind = _ON_KIND.match(text[end : frame.span[0]])
    return kind is not None and kind.group("kind").casefold() not in _NOT_A_KIND


# "the automotive tariff", "steel duties": a sector's goods (gazetteer `separate_products`)
# right before the noun, in a sentence naming no country: a sectoral measure on every origin.
_ADJUNCT = re.compile(r"[\s-]*(?:[\w-]+\s+)?")
# "the adjusted reciprocal tariffs", in a sentence naming no country: the US rate on every
# trading partner (as for rates, facts/extract/tariffs.py).
_RECIPROCAL = re.compile(r"\breciprocal\b", re.IGNORECASE)


def _sector_parties(text: str, frame: Frame, ctx: Context) -> tuple[str, str] | None:
    """The US on everyone, for a sector's or the reciprocal tariff in a sentence that names
    no country, when no measure just before gives the parties."""
    if frame.measure != "tariff" or frame.at < 0:
        return None
    lo, end = max(0, frame.at - _LEAD_IN), frame.at + len(frame.noun)
    sector = any(
        p.name in ctx.gaz.separate_products and _ADJUNCT.fullmatch(text, lo + p.end, frame.at)
        for p in ctx.gaz.products.find(text[lo : frame.at])
    )
    return (_HOME, OTHERS) if sector or _RECIPROCAL.search(text, lo, end) else None


# "Beijing's ban", "China's new port fees": a possessive a few words before the measure noun.
_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}$")


def _owner(text: str, at: int, ctx: Context) -> str | None:
    """The country whose possessive owns the measure noun at `at`: the measure's imposer.
    Not after a preposition: in "the levy on Indian imports, in retaliation to India's
    tariffs, came into effect" India's tariffs are what the measure answers."""
    lo = max(0, at - _LEAD_IN)
    for m in reversed(ctx.gaz.countries.find(text[lo:at])):
        if _POSSESSIVE.fullmatch(text, lo + m.end, at):
            governed = _GOVERNED.search(text, max(0, lo + m.start - 20), lo + m.start)
            # "the start of China's licence rule": what starts is China's, the "of" an edge's
            edge = _EDGE_OF_OWNER.search(text, max(0, lo + m.start - 30), lo + m.start)
            return None if governed and not edge else m.name
    its = _ITS.search(text, max(0, at - _ITS_REACH), at)
    return _antecedent(text, its.start(), ctx) if its else None


_EDGE_OF_OWNER = re.compile(
    r"\b(?:start|end|expiry|expiration|lapse|imposition|introduction|suspension|pause)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "China's suspension of its gallium/germanium export ban": a pronoun owning the measure noun.
_ITS = re.compile(r"\bits\s+(?:[\w/-]+\s+){0,3}$", re.IGNORECASE)
_ITS_REACH = 60  # its words may be long: "its gallium/germanium/antimony export ban"


def _antecedent(text: str, at: int, ctx: Context) -> str | None:
    """The country an "its" at `at` stands for: the one country the sentence names before it
    outside a preposition's object ("Beijing said its ban ...", "China's suspension of its
    ban"); none when two are named there ("the US urged China to end its ban": either)."""
    named = {
        m.name
        for m in ctx.gaz.countries.find(text[:at])
        if not _GOVERNED.search(text, max(0, m.start - 20), m.start)
    }
    return named.pop() if len(named) == 1 else None


# "the US steel tariff", "the US port fees": the home market's name, up to two words, then
# the measure noun.
_ADJUNCT_WORDS = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


def _home_adjunct(text: str, at: int, ctx: Context) -> str | None:
    """The home market whose bare name stands up to two words before the measure noun ("face
    the US steel tariff", "the US port fees"): its own measure, as "US tariffs" is (roles: only
    the home's name before a tariff noun names the imposer)."""
    lo = max(0, at - _LEAD_IN)
    found = ctx.gaz.countries.find(text[lo:at])
    last = found[-1] if found else None
    if last is None or last.adjective or last.name != _HOME:
        return None
    return _HOME if _ADJUNCT_WORDS.fullmatch(text, lo + last.end, at) else None


_GOVERNED = re.compile(
    r"\b(?:to|against|over|for|of|with|after|at|from|by|on|than|like|unlike)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A dated measure only weighed or reported ("is considering tariffs that could take effect on
# December 1") is speculated, one denied is denied: neither is a date set. A threat keeps its
# date as announced: "may impose 100% from November 1 if no deal" sets the date to beat.
_MODAL = {"speculated": Status.SPECULATED, "denied": Status.DENIED}
_NO_FACT = frozenset({"counterfactual"})  # "would have taken effect on ...": never in force
_NEGATIONS = frozenset({"counterfactual", "denied"})  # what "will not" / "did not" reads as

# A plan told in the pluperfect ("had planned duties starting on April 15"): overtaken; what a
# measure already binds ("are currently subject to the tariff ..."): come. The words are the
# lexicon's (`deadline: plan_given_up`, `in_force_now`); `_since_told` reads them.


@functools.cache
def _told_since() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon's pluperfect plan and present binding, compiled once."""
    data = section("deadline")
    given_up, bound = data["plan_given_up"], data["in_force_now"]

    def alt(words: list[str]) -> str:
        return alternation(words, ignore_case=True, spaced=True)

    plan = rf"\bhad\s+(?:(?:{alt(given_up['adverbs'])})\s+)?(?:{alt(given_up['verbs'])})\b"
    now = rf"\b(?:is|are)\s+(?:{alt(bound['adverbs'])})\s+(?:{alt(bound['bound'])})\b"
    return re.compile(plan, re.IGNORECASE), re.compile(now, re.IGNORECASE)


_HOME = "US"  # who levies a tariff the text names no imposer of (as facts/extract/tariffs.py)


def _forward(text: str, frame: Frame, published: date | None) -> date | None:
    """The frame's date told forward (dates.in_the_future): "ends on November 9" in March is
    the November to come, not the one before, which the nearest year would give."""
    mention = DateMention(frame.span[0], frame.span[1], frame.date, frame.weekday)
    return in_the_future(text, mention, published)


def _frame_fact(
    text: str,
    frame: Frame,
    imposer: str | None,
    target: str | None,
    published: date | None = None,
) -> Deadline | None:
    """A dated measure as a deadline, with a short description of what falls due; its status
    from the clause's modality (`_MODAL`), None when the measure would only have been or is
    a licence requirement lifted ("will no longer need a licence from Dec. 1"). A yes/no
    question ("Will exporters need a licence from Dec. 1?") asks whether the date holds: it is
    speculated."""
    if licence_lifted(text, frame.noun, frame.at):
        return None
    told = _frame_status(text, frame, published)
    if told is None:
        return None
    status, when = told
    if is_question(text, wh=False):
        status = Status.SPECULATED
    if _began(frame, status, when, published) and _long_past(when, published):
        return None  # "the truce took effect on May 14" in September: the story so far
    if frame.others:  # "tariffs on other countries' goods start on ...": not the pair's date
        target = OTHERS
    elif frame.measure == "tariff" and imposer is None and target not in (None, _HOME):
        imposer = _HOME  # "Tariffs of 100% on Chinese goods kick in ...": the US, as for rates
    return Deadline(
        status,
        text,
        _describe(frame, imposer, target, _cut(text, frame)),
        when,
        imposer,
        target,
        frame.measure,
    )


# "said it would scrap the tariff from March 1": a future in the past. In a dated article the
# date against publication decides; an undated one is read as of its run, long after it was
# written, so only its words tell that the step was still to come.
_WOULD = re.compile(r"\bwould\s+(?:\w+ly\s+)?(?!have\b)\w+\b[^,;]*$", re.IGNORECASE)


def _frame_status(
    text: str, frame: Frame, published: date | None
) -> tuple[Status, date | None] | None:
    """The status and date of a dated measure from its clause: its tense, a date told forward,
    its modality, and what became of a plan. None when the measure would only have been, or
    is a plan given up before its date."""
    status = Status.HAPPENED if frame.past else Status.ANNOUNCED
    when: date | None = frame.date
    if frame.span[0] < 0:
        return status, when
    clause = _clause_around(text, frame.span)
    tense = clause_tense(*clause)
    status = tense or status
    if tense is None and status is Status.HAPPENED and _still_to_come(clause[0], when, published):
        status = Status.ANNOUNCED
    if _told_forward(clause, frame, tense):
        when = _forward(text, frame, published)
        status = Status.ANNOUNCED if when != frame.date else status
    found = modality(text, frame.span)
    if found is not None and frame.delayed and found.category in _NEGATIONS:
        found = None  # "will not apply until <date>": the negation is the construction's
    if found is not None:
        if found.category in _NO_FACT:
            return None
        status = _MODAL.get(found.category, status)
        if found.category == "threatened" and _WEAK_MODAL.search(clause[0]):
            status = Status.SPECULATED  # "could take effect in 14 days, an official warned"
    status = _since_told(clause[0], status, when, published)
    if status is Status.SUSPENDED and _given_up_by_then(clause[0], when, published):
        return None
    return _pushed_back(frame, status, when)


def _pushed_back(frame: Frame, status: Status, when: date | None) -> tuple[Status, date | None]:
    """The old end a move replaced ("pushed the expiry from Aug. 12 to Nov. 10", "a truce
    that was due to lapse on Nov. 10 was extended") is a deadline pushed back: suspended, on
    its own day (not told forward)."""
    if frame.superseded and status in _LIVE:
        return Status.SUSPENDED, frame.date
    return status, when


def _still_to_come(before: str, when: date | None, published: date | None) -> bool:
    """Whether a date its clause's tense leaves open is still to come as written: a term a
    decision set (`_term_set`), or in an undated article a future in the past (`_WOULD`)."""
    if _term_set(before, when, published):
        return True
    return published is None and _WOULD.search(before) is not None


# "signed an order keeping the tariff at 30% until November 10", "approved a plan delaying the
# fees until ...": a decision's participle that holds or moves a measure to a date. The date is
# the term the decision sets, ahead of it; the governing verb's past is the decision's.
_TERM_SET = re.compile(
    r"\b(?:orders?|decrees?|proclamations?|notices?|plans?|rules?|memorand\w+|measures?|"
    r"decisions?|directives?|deals?|agreements?|laws?|bills?|resolutions?)\s+"
    r"(?:keeping|extending|delaying|postponing|pushing|maintaining|holding|deferring|"
    r"continuing|suspending|pausing|leaving|prolonging)\b[^.;]{0,100}$",
    re.IGNORECASE,
)


def _term_set(before: str, when: date | None, published: date | None) -> bool:
    """Whether a date that no tense marker ties (`clause_tense` None) ends or starts a term a
    decision sets (`_TERM_SET`), and is not before publication: announced, not happened (an
    undated article is read as of its run, which may come after the term). The cheap test
    first: no participle, no term."""
    if "ing " not in before:
        return False
    if when is not None and published is not None and when < published:
        return False  # a term already over when the article was written: the story so far
    return _TERM_SET.search(before) is not None


# "could take effect": only weighed, even when the speaker warns of it ("may impose ... from
# November 1 if no deal" is a threat that sets the date to beat, and keeps it)
_WEAK_MODAL = re.compile(r"\b(?:could|might)\b(?:\s+\w+){0,3}\s+$", re.IGNORECASE)
# "If Beijing retaliates, ...": a condition leading the sentence, the date in the main clause
_IF_FIRST = re.compile(r"\s*(?:if|unless|should|in\s+case)\b[^,.;]{0,120},", re.IGNORECASE)


def _since_told(before: str, status: Status, when: date | None, published: date | None) -> Status:
    """The status once the clause's words before the date say what became of the plan: told
    in the pluperfect it was overtaken ("had planned duties starting on April 15": suspended);
    a measure that already binds ("are now subject to the tariff scheduled for <today>") has
    come when its date is not after publication."""
    plan_given_up, in_force_now = _told_since()
    if plan_given_up.search(before):
        return Status.SUSPENDED
    if (
        status is Status.ANNOUNCED
        and when is not None
        and published is not None
        and when <= published
        and in_force_now.search(before)
    ):
        return Status.HAPPENED
    return status


def _given_up_by_then(before: str, when: date | None, published: date | None) -> bool:
    """A plan told in the pluperfect whose date is not after publication ("had planned duties
    starting on April 15 but dropped the plan", told in May): given up before it was due, it
    sets no date to remind of. One still to come keeps its date, suspended."""
    plan_given_up, _ = _told_since()
    return (
        when is not None
        and published is not None
        and when <= published
        and plan_given_up.search(before) is not None
    )


_LONG_PAST = 14  # days: a truce that began longer before publication is background


def _began(frame: Frame, status: Status, when: date | None, published: date | None) -> bool:
    """Whether the frame is a start told as past that is the story so far: a truce's (its
    date to remind of is its end), or any measure's in a year before publication's ("rose to
    145% on April 10 last year"): history. (Weeks old, see `_long_past`.)"""
    if status is not Status.HAPPENED or frame.edge != "start":
        return False
    earlier_year = when is not None and published is not None and when.year < published.year
    return frame.measure in BILATERAL or earlier_year


def _long_past(when: date | None, published: date | None) -> bool:
    """Whether a date lies more than two weeks before publication (docs/extraction.md:
    background)."""
    return when is not None and published is not None and (published - when).days > _LONG_PAST


# Where a dated measure's clause ends: a semicolon, a colon that is not a clock's ("12:01"), a
# dash between spaces, a line break, or the comma before a coordinated clause.
_CLAUSE_END = re.compile(
    r"[;\n]|(?<!\d):(?!\d)|\s[-\u2013\u2014]\s|,\s*(?:and|but|while|whereas|though|although)\s",
    re.IGNORECASE,
)
_TENSE_REACH = 160  # characters of the clause searched on either side of the date


def _clause_around(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The words of the date's clause before and after the date. The words before an earlier
    date are that date's ("ended on August 12 and was then extended to November 10": "ended"
    dates August 12, not the new end)."""
    lo = max(0, span[0] - _TENSE_REACH)
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, lo, span[0])]
    start = breaks[-1] if breaks else lo
    earlier = [
        d for d in find_dates(text[start : span[0]], None, default_year=2000) if not d.weekday_only
    ]
    if earlier:  # a calendar date, not the weekday of the date's own "on Monday, March 2"
        start += earlier[-1].end
    stop = _CLAUSE_END.search(text, span[1], span[1] + _TENSE_REACH)
    hi = stop.start() if stop else min(len(text), span[1] + _TENSE_REACH)
    return text[start : span[0]], text[span[1] : hi]


# A measure's start or end told forward: a future or a plan ("will take effect", "is set to
# lapse", "could apply from"), or the present of a verb of starting or ending ("ends on",
# "the exemptions run through", "takes effect on"). The present of a verb acting on a
# measure ("the order lowers tariffs on goods entered after March 2") describes a document,
# and is not one.
_TOLD_FORWARD = re.compile(
    r"\b(?:will|shall|(?-i:may)(?!\s+\d)|might|could|wo\s*n[\u2019']t|"
    r"(?:is|are|be|been|being)\s+(?:now\s+)?(?:set|due|scheduled|slated|expected|poised|going|"
    r"about|planned)\s+to|(?:is|are)\s+to|"
    # a verb after "would" is a future in the past ("said ... would start on"): timing decides
    r"(?<!\bwould\s)(?<!\bdid\s)(?<!\bn['\u2019]t\s)(?:"
    r"(?:takes?|comes?|go(?:es)?|enters?)\s+(?:into\s+)?(?:effect|force)|kicks?\s+in|"
    r"becomes?\s+effective|expires?|lapses?|appl(?:y|ies)|resumes?|ends|lasts|"
    # "start at 25%": the level the measure starts at, not its start
    r"(?:begins?|starts)(?!\s+at\s+\d)|"
    r"last\s+(?:until|through|till)|runs?(?![\w-])|"
    # the verbs, not the nouns: "came to an end on", "the start of", "last week"
    r"(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)(?:end|start)(?![\w-])(?!\s+of\b)(?!\s+at\s+\d))|"
    r"(?:is|are)\s+(?:valid|effective|in\s+place)\s+(?:until|through|till)|"
    # a state held to a date: "remain suspended until", "stays in place through"
    r"(?<!\bwould\s)(?<!\bdid\s)(?:remains?|stays?)\s+(?:[\w-]+\s+){0,3}?(?:until|through|till))\b",
    re.IGNORECASE,
)
_TOLD_PAST = re.compile(
    alternatives("deadline", "told_past_phrases"),
    re.IGNORECASE,
)


# A date in a relative clause ("The pause, which ends on February 9, ...") and the verb of the
# main clause after it: past or perfect ("was not renewed", "has already slowed"), the
# relative clause's present is background, not a date still to come.
_RELATIVE = re.compile(r",\s*(?:which|that)\b[^,]*$", re.IGNORECASE)
_MAIN_PAST = re.compile(
    r"^[^,]*,\s*(?:(?:already|also|since|not|never|\w+ly)\s+)*"
    r"(?:was|were|had|has|have|did|(?!need\b)\w+ed)\b",
    re.IGNORECASE,
)


# The end of a pause a clause says was made ("after suspending a further 24% until November
# 10", "a truce that paused the tariffs until Nov. 10", "keeps the fees suspended until"): the
# date bounds a state that still runs, so it lies ahead, whatever the tense of the pausing.
# Not in a pluperfect ("had remained suspended until March 3"): a state that ran out.
_PAUSED_UNTIL = re.compile(
    r"\b(?:suspend|paus|waiv|defer|froz|freez|halt)\w*\s+(?:[\w%,.'\u2019-]+\s+){0,10}?"
    r"(?:until|till)\s*$",
    re.IGNORECASE,
)
_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)


def _pause_end(before: str) -> bool:
    """Whether the clause before a date ends in the end of a pause (`_PAUSED_UNTIL`) it does
    not put in the pluperfect."""
    if "until" not in before and "till" not in before:
        return False
    return _PAUSED_UNTIL.search(before) is not None and _PLUPERFECT.search(before) is None


def _told_forward(clause: tuple[str, str], frame: Frame, tense: Status | None) -> bool:
    """Whether the frame's clause tells its date forward: its marker nearest before the date
    (`_TOLD_FORWARD` against a past), else the first after it ("Starting March 1, Chinese
    batteries will face ..."); a move's new date ("was pushed back to") unless the clause
    says it came. Not a date in a relative clause under a past or perfect main clause
    (`_MAIN_PAST`). `clause`: the date's clause (`_clause_around`), `tense` the status its
    tense gives, both read once per frame."""
    before, after = clause
    if _RELATIVE.search(before) and _MAIN_PAST.match(after):
        return False
    if _pause_end(before):
        return True
    marks = [(m.end(), True) for m in _TOLD_FORWARD.finditer(before)]
    marks += [(m.end(), False) for m in _TOLD_PAST.finditer(before)]
    if marks:
        return max(marks)[1] or (frame.moved and tense is not Status.HAPPENED)
    if frame.moved:
        return tense is not Status.HAPPENED
    marks = [(m.start(), True) for m in _TOLD_FORWARD.finditer(after)]
    marks += [(m.start(), False) for m in _TOLD_PAST.finditer(after)]
    return min(marks)[1] if marks else False


# A lowering, not a lifting: "the lowering of duties from 20% to 10% on or after ...".
_LOWER = re.compile(r"\b(?:lower\w*|reduc\w*|cut|cuts|cutting|halv\w*|eas\w*|trim\w*)\b", re.I)
_REMOVE = re.compile(
    r"\b(?:lift\w*|scrap\w*|remov\w*|suspend\w*|paus\w*|waiv\w*|halt\w*|exempt\w*)\b", re.I
)


def _cut(text: str, frame: Frame) -> bool:
    """Whether the lifting the frame reads lowers the measure rather than removes it."""
    if not frame.lifted or frame.span[0] < 0:
        return False
    clause = text[max(0, frame.span[0] - _TENSE_REACH) : frame.span[0]]
    return _LOWER.search(clause) is not None and _REMOVE.search(clause) is None


def _describe(frame: Frame, imposer: str | None, target: str | None, cut: bool = False) -> str:
    """ "US tariffs on China: take effect", "China port fees: lifted", "truce: end", "US tariffs
    on China: cut takes effect". A pronoun ("They take effect ...") is told by its measure's
    class ("US tariff on Mexico: take effect")."""
    noun = frame.measure.replace("_", " ") if pronoun(frame.noun) else frame.noun.casefold()
    noun = "licence requirement" if licence_needed(frame.noun) else noun
    if imposer and target:
        noun = f"{imposer} {noun} on {target}"
    elif imposer:
        noun = f"{imposer} {noun}"
    if frame.edge == "end":
        return f"{noun}: end"
    if cut:
        return f"{noun}: cut takes effect"
    return f"{noun}: {'lifted' if frame.lifted else 'take effect'}"


_LIST_AND = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|both)\s+(?:the\s+)?$", re.IGNORECASE)


def _listed(text: str, named: tuple[str, ...], ctx: Context) -> bool:
    """Whether the sentence names its two countries only as a list ("Canada and Mexico were
    exempt", "a rollback for Canada and Mexico", "China and India both face"), neither as an
    imposer: the pair says nothing of who imposes a measure on whom (unlike "the truce between
    the US and China")."""
    if len(named) != _PAIR:
        return False
    acts = actors(text, ctx.gaz.countries.find(text))
    if len(acts) != _PAIR or any(a.role in (Role.IMPOSER, Role.AGENT) for a in acts):
        return False
    first, second = acts
    joined = _LIST_AND.fullmatch(text, first.end, second.start) is not None
    return joined and _BETWEEN.search(text, max(0, first.start - 20), first.start) is None


def _both_sides(fact: Deadline, listed: tuple[str, ...]) -> Deadline:
    """A truce's date with no side read, in a sentence that lists two countries ("With the
    expiry of the pause on Aug. 12 near, US and Chinese negotiators met"): a truce is the
    pair's own, so the two listed are its sides, where of a one-sided measure a list says
    nothing (`_listed`)."""
    if fact.measure not in BILATERAL or fact.imposer or fact.target:
        return fact
    return dataclasses.replace(fact, imposer=listed[0], target=listed[1])


def _named(text: str, ctx: Context) -> tuple[str, ...]:
    """The parties a sentence names, in order of first mention."""
    return tuple(dict.fromkeys(m.name for m in ctx.gaz.countries.find(text)))


def _pair_of(
    text: str, named: tuple[str, ...], ctx: Context, doc: tuple[str, ...]
) -> tuple[str, ...]:
    """The pair a sentence is about, for the sentences after it that name nobody: one party
    named ("the tariffs on China") is completed from the article's pair by its role."""
    if len(named) != 1:
        return named
    imposer, target = _parties(text, ctx)
    if imposer is None and target is None:
        return named
    return tuple(p for p in _fill_parties(imposer, target, doc) if p)


def _doc_parties(sentences: list[Sentence], ctx: Context) -> tuple[str, ...]:
    """The two parties the article names most (title included): the pair a sentence that
    names nobody is about."""
    counts = Counter(m.name for s in sentences for m in ctx.gaz.countries.find(s.text))
    counts.update(m.name for m in ctx.gaz.countries.find(ctx.title))
    return tuple(name for name, _ in counts.most_common(2))


def _fill_parties(
    imposer: str | None, target: str | None, context: tuple[str, ...]
) -> tuple[str | None, str | None]:
    """Fill a side the sentence leaves open from the pair of the previous sentences (or of the
    article), but only as the other side of a party the sentence or that pair names."""
    if (imposer and target) or len(context) < _PAIR:
        return imposer, target
    if not imposer and not target:
        return context[0], context[1]
    known = imposer or target
    other = next((p for p in context if p != known), None)
    if known not in context or other is None:
        return imposer, target
    return (known, other) if imposer else (other, known)


_AHEAD = {True: Status.ANNOUNCED, False: Status.HAPPENED}


# A verb that sets a deadline, between a modal word and the date: the modality is the setting's.
_SETS = re.compile(r"\b(?:set(?:s|ting)?|impos\w*|establish\w*|announc\w*|introduc\w*)\s", re.I)


def _worded_status(text: str, d: DateMention, status: Status) -> Status:
    """The status of a deadline the sentence words as one, once the date's modality is read:
    a deadline only weighed ("could set a January 1 deadline") is speculated, one denied
    ("denied that it had set a December 1 deadline") denied. A threat is left as it is: "by
    <date>" under a threat is the date to meet it; so is a counterfactual, which here is the
    construction's own ("trying to avoid tariffs set to begin on July 9"). The word governs the
    deadline only before a verb that sets it (`_SETS`): "could extend the August 12 deadline"
    weighs a move of a deadline that stands, and a word after the date ("..., after which
    tariffs could rise") is about what follows it."""
    if not _SETS.search(text, 0, d.start):  # the cheap test first: no setting, no modality
        return status
    found = modality(text, (d.start, d.end))
    if found is None or found.start > d.start or not _SETS.search(text, found.end, d.start):
        return status  # "could extend the August 12 deadline": the deadline stands
    return _MODAL.get(found.category, status)


def _found(
    text: str, dates: list[DateMention], published: date | None
) -> Iterator[tuple[str, date, Status, DateMention]]:
    has_deadline = _DEADLINE.search(text) is not None
    for d in dates:
        assert d.value is not None
        if said_on(text, d):  # "..., Bessent predicted Tuesday": when it was said
            continue
        before = text[max(0, d.start - 120) : d.start]
        ahead = published is None or d.value >= published
        if has_deadline and _TO.search(before[-12:]) and _MOVE.search(before):
            yield "tariff deadline (new date)", d.value, Status.ANNOUNCED, d
        elif has_deadline and _near_deadline(text, d):
            # "The March 1 deadline passed without ...": history, not news, whichever way the
            # year-less date was read (in October, "March 1" told as passed is the last one)
            yield from (() if _told_passed(text, d) else _named_deadline(text, d, d.value))
        elif _BY.search(before[-30:]) and (
            _IF_UNLESS.search(text[: d.start]) or _OR_ELSE.match(text, d.end)
        ):
            yield "deadline to meet a tariff threat", d.value, Status.ANNOUNCED, d
        elif _deal_due(text, before, d):
            yield "deadline for a trade deal", d.value, _AHEAD[ahead], d
        elif ahead and _STARTS_ON.search(before[-40:]) and _deal_rush(text, d):
            yield "tariffs start: deadline for trade deals", d.value, Status.ANNOUNCED, d
        elif ahead and _delayed_to(before, 0, len(before)):
            yield "end of the tariff pause (new date)", d.value, Status.ANNOUNCED, d
        elif (length := read_length(_PAUSE.search(before))) and (ends := length.after(d.value)):
            what = f"end of the {length.count}-{length.unit.removesuffix('s')} pause"
            yield what, ends, Status.ANNOUNCED, d


# Obligations: "importers have until April 30 to apply for exclusions", "gave Beijing until
# the end of March to respond", "must obtain licences by May 31". The date by which a party
# must act under a measure the sentence names.
_OBLIGED = re.compile(
    r"\b(?:must|ha(?:s|ve|d)\s+to|needs?\s+to|(?:is|are|was|were|be|been)\s+(?:required|"
    r"obliged|obligated|ordered|told)\s+to|will\s+have\s+to)\s+(?P<act>[^.;:]{1,80}?)\s*\Z",
    re.IGNORECASE,
)
_DUE_BY = guarded_re(
    r"\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:(?:next|this|coming)\s+)?$",
    re.IGNORECASE,
)
_TO_VERB = re.compile(r"\s*,?\s*to\s+(?P<act>(?:\w+ly\s+)?[a-z][\w-]*(?:\s+[\w'-]+){0,5})")
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
_PASSIVE = re.compile(r"be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|id)\b", re.IGNORECASE)
_ACT_STOP = re.compile(r"\s+(?:by|before|until|under|in\s+order|or|and|but|if|unless)\b.*$", re.I)
_ACT_WORDS = 6  # words of the act a description keeps


# "under Beijing's new rules": the country whose rules an obligation is under imposes it.
_RULES_OF = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:rules?|regulations?|laws?|regimes?|requirements?|"
    r"controls?|curbs?|restrictions?|bans?|tariffs?|duties|levies|measures?|orders?|decrees?)\b",
    re.IGNORECASE,
)
_OWED_UNDER = frozenset({"tariff", "exclusions"})  # an exclusion from a tariff is the tariff's


def _obligation_fact(
    text: str, found: Obligation, ctx: Context, context: tuple[str, ...]
) -> Deadline:
    """An obligation's deadline, with the parties of the measure it is under: read from the
    measure's own words as a dated measure's are, else from a country whose rules it is under
    ("under Beijing's new rules"); a tariff's or its exclusions' imposer is the US when the
    text names only their target, as for rates."""
    what, when, status, d, (cls, at, noun) = found
    measure = measure_of(what) or cls or measure_of(text)
    frame = Frame(when, "end", measure, noun, False, False, at=at, span=(d.start, d.end))
    imposer, target = _grace_parties(text, found, ctx, context) or _frame_parties(
        text, frame, ctx, context
    )
    if imposer is None:
        imposer = next(
            (m.name for m in ctx.gaz.countries.find(text) if _RULES_OF.match(text, m.end)), None
        )
    if measure in _OWED_UNDER and imposer is None and target not in (None, _HOME):
        imposer = _HOME
    target = target if target != imposer else None
    return Deadline(status, text, what, when, imposer, target, measure)


def _obligation_facts(
    text: str,
    dates: list[DateMention],
    ctx: Context,
    context: tuple[str, ...],
    done: set[date],
) -> Iterator[tuple[Deadline, bool]]:
    """The sentence's obligations' deadlines (`_obligations`) not yet told, each with whether
    only a weekday dates it."""
    published = None if ctx.undated else ctx.published
    partners = len({m.name for m in ctx.gaz.countries.find(text)}) >= 2  # noqa: PLR2004
    for found in _obligations(text, dates, published, partners=partners):
        if found[1] not in done:
            done.add(found[1])
            yield _obligation_fact(text, found, ctx, context), found[3].weekday_only


Obligation = tuple[str, date, Status, DateMention, tuple[str, int, str]]


def _obligations(
    text: str, dates: list[DateMention], published: date | None, *, partners: bool
) -> Iterator[Obligation]:
    """The dates by which a party has to act under a measure ("have until April 30 to apply
    for exclusions from the tariffs", "must obtain export licences by May 31"), with the
    measure: one named from the obligation's verb on, not only in its subject ("importers hit
    by the tariffs have until ... to file refunds" names no measure the act is under). A bare
    obligation topic ("its offer", "a licence": no measure noun) ties it to trade only when
    the sentence names two trading `partners` ("Beijing gave Washington until ... to answer
    its proposal"): "tenants must renew their permits by June 30" is no trade deadline. Told
    forward unless in the past ("had until ...")."""
    for d in dates:
        assert d.value is not None
        lo = max(0, d.start - 120)
        found = _given_act(text, lo, d) or _owed_act(text, lo, d)
        if found is not None and _procedure().search(found[0]):
            continue  # "have until May 15 to file comments on the tariffs": a consultation
        tied = tied_measure(text, found[1]) if found else None
        if found is not None and tied is None:
            tied = _grace(text, found)
        if found is None or tied is None or (not tied[0] and not partners):
            continue
        past = _HAD.search(text, max(0, d.start - 50), d.start) is not None
        when = d.value if past else in_the_future(text, d, published)
        if when is None:
            continue
        ahead = published is None or when >= published
        yield _owed_what(found[0], tied[2]), when, _AHEAD[ahead], d, tied


# "goods shipped before the cut have until June 20 to clear customs at the old rate": the time
# goods have to arrive under the rate they left under is a grace period; its end is an
# exclusion's. The acts of arriving, and the rate words that make it a tariff's grace.
_GRACE_ACT = re.compile(
    r"(?:clear|be\s+cleared|enter|be\s+entered|arrive|land|be\s+imported)\b", re.IGNORECASE
)
_GRACE_RATE = re.compile(rf"\b(?:{alternatives('deadline', 'grace_rate_nouns')})\b", re.IGNORECASE)


def _grace(text: str, found: tuple[str, int]) -> tuple[str, int, str] | None:
    """The grace period an act of arriving names ("have until June 20 to clear customs at the
    old rate"), as the measure its deadline is under, when the sentence names a rate."""
    act, at = found
    if not _GRACE_ACT.match(act) or _GRACE_RATE.search(text) is None:
        return None
    return "exclusions", at, act


def _grace_parties(
    text: str, found: Obligation, ctx: Context, context: tuple[str, ...]
) -> tuple[str | None, str | None] | None:
    """A grace period's sides (`_grace`): the country whose customs or land the goods must
    reach ("to clear Chinese customs", "to enter the United States") levies the rate, on the
    other side of the pair. None for any other obligation, or when the act names no country."""
    _, _, _, d, (_, _, noun) = found
    if not _GRACE_ACT.match(noun):
        return None
    start = text.find(noun, d.end)
    places = ctx.gaz.countries.find(text[start : start + len(noun)]) if start >= 0 else []
    if not places:
        return None
    return _fill_parties(places[0].name, None, context)


def _owed_what(act: str, noun: str) -> str:
    """ "deadline to obtain licences"; a passive names what is owed: "deadline for duties to
    be collected"."""
    return (
        f"deadline for {noun.casefold()} to {act}" if _PASSIVE.match(act) else f"deadline to {act}"
    )


@functools.cache
def _procedure() -> re.Pattern[str]:
    """The lexicon's acts of procedure (`deadline: procedure_acts`), compiled once."""
    words = alternation(section("deadline")["procedure_acts"], ignore_case=True, spaced=True)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _given_act(text: str, lo: int, d: DateMention) -> tuple[str, int] | None:
    """The act of "have until <date> to act", "gave Beijing until <date> to respond", and
    where its verb of having or giving stands."""
    given = _HAVE_UNTIL.search(text, max(lo, d.start - 50), d.start)
    act = _TO_VERB.match(text, d.end) if given else None
    return (_short(act.group("act")), given.start()) if given and act else None


def _owed_act(text: str, lo: int, d: DateMention) -> tuple[str, int] | None:
    """The act of "must obtain licences by <date>", "are required to file ... before <date>",
    and where its verb of obligation stands."""
    due = _DUE_BY.search(text, max(lo, d.start - 30), d.start)
    if due is None:
        return None
    start = _clause_start(text, lo, due.start())
    owed = _OBLIGED.search(text, start, due.start())
    if owed is None:
        return None
    act = _short(owed.group("act"))
    # "the duties must be collected no later than ...": a passive's subject is what is owed
    return (act, start) if _PASSIVE.match(act) else (act, owed.start())


def _clause_start(text: str, lo: int, hi: int) -> int:
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, lo, hi)]
    return breaks[-1] if breaks else lo


def _short(act: str) -> str:
    """The act's first words, up to a preposition of time or condition."""
    act = _ACT_STOP.sub("", act)
    return " ".join(act.split()[:_ACT_WORDS]).rstrip(",")


def _deal_due(text: str, before: str, d: DateMention) -> bool:
    """Whether the date is when a deal is due: "have until <date> to reach a deal", "gave
    Beijing until <date> to agree", "a deal must be reached by <date>"."""
    if _HAVE_UNTIL.search(before[-50:]) and _TO_ACT.match(text, d.end):
        return True
    return bool(_BY.search(before[-30:]) and _MUST.search(before) and _DEAL.search(text))


def _deal_rush(text: str, d: DateMention) -> bool:
    """Whether the sentence frames the start of tariffs as the date deals must beat ("... unless
    a deal is reached", "rushing to strike deals to avoid ...")."""
    return _DEAL_RUSH.search(text) is not None and _PRESSURE.search(text) is not None


def _named_deadline(
    text: str, d: DateMention, when: date
) -> Iterator[tuple[str, date, Status, DateMention]]:
    """ "the July 9 deadline": set, moved to a later date, or extended by N days."""
    moved_to = _MOVE.search(text[: d.start]) is not None and _moved_later(text, d)
    extension = by_length(text, d.end)
    moved = moved_to or extension is not None
    yield "tariff deadline", when, Status.SUSPENDED if moved else Status.ANNOUNCED, d
    new = extension.after(when) if extension is not None else None
    if new is not None and not moved_to:
        yield "tariff deadline (new date)", new, Status.ANNOUNCED, d


# "the March 1 deadline passed / lapsed / expired / came and went": the deadline's own verb,
# told as past, within its clause
_PASSED_WORDS = tuple(section("deadline")["passed_verbs"])
_PASSED = re.compile(
    r"(?:[^.;,]{0,50}?\bdeadlines?\b)?[^.;,]{0,40}?\b(?:(?:has|had)\s+)?(?:quietly\s+)?"
    rf"(?:{alternatives('deadline', 'passed_verbs', spaced=True)})\b",
    re.IGNORECASE,
)


def _told_passed(text: str, d: DateMention) -> bool:
    """Whether the sentence says the dated deadline has gone by ("The March 1 deadline passed
    without any change"): told after the date, it is the story so far (history), and the
    deadline kind's own "passed" event comes from the clock, never from an article. Told so,
    a year-less date read forward is the last one, still history."""
    tail = text[d.start : d.end + 100]
    if not any(w in tail for w in _PASSED_WORDS):  # the cheap test first
        return False
    said = _PASSED.match(text, d.end, d.end + 100)
    return said is not None and _WILL_HAVE.search(said[0]) is None


# "will have passed by then": a future, not the story so far.
_WILL_HAVE = re.compile(rf"\b(?:{alternatives('deadline', 'will_have_modals')})\b", re.IGNORECASE)


def _near_deadline(text: str, d: DateMention) -> bool:
    """The word "deadline" shortly before the date (no other date between) or just after it."""
    before = text[max(0, d.start - 80) : d.start]
    hits = list(_DEADLINE.finditer(before))
    if hits and not _has_date(before[hits[-1].end() :]):
        return True
    return _DEADLINE.search(text[d.end : d.end + 30]) is not None


def _has_date(text: str) -> bool:
    return bool(find_dates(text, None, default_year=2000))


def _moved_later(text: str, d: DateMention) -> bool:
    return re.match(r"^[^.;]{0,40}\b(?:to|until)\s+\w", text[d.end :]) is not None


def _box_sides(
    text: str, box: FactBox, ctx: Context, earlier: tuple[list[Sentence], list[Sides]]
) -> tuple[str | None, str | None] | None:
    """Whose measure a fact-box line dates ("Rare earth controls: suspended until Nov 10"):
    the party its label names or whose government body it is, else the parties of the nearest
    earlier sentence about the measure the label names, else no one. Never the pair's order
    or the home market by default: a label names the measure, not its owner. None when the
    value names a country: its own words decide, as in prose."""
    if ctx.gaz.countries.find(text[box.value_start :]):
        return None
    if ctx.gaz.countries.find(box.label):
        imposer, target = _parties(box.label, ctx)
        return (imposer or ctx.gaz.countries.find(box.label)[0].name), target
    owner = instrument_owner(box.label)
    if owner is not None:
        return owner, None
    sentences, recent = earlier
    words = _stems(box.label) - _measure_nouns()
    if not words:  # "Tariffs: paused until ...": the measure class the sentences before named
        measure = measure_of(box.label)
        told = [(i, t) for m, i, t in recent if measure and m == measure and i]
        return told[-1] if told else (None, None)
    for sent in reversed(sentences):  # "Rare earth controls": the last sentence on rare earths
        if words <= _stems(sent.text):
            imposer, target = _parties(sent.text, ctx)
            named = ctx.gaz.countries.find(sent.text)
            return (imposer or (named[0].name if named else None)), target
    return None, None


_WORDS = re.compile(r"[a-z]+")


def _stems(text: str) -> set[str]:
    """The text's words without a plural "s" ("rare earths" is about "rare earth")."""
    return {
        w[:-1] if len(w) > _SHORT and w.endswith("s") else w
        for w in _WORDS.findall(text.casefold())
    }


_SHORT = 3  # "gas", "US": no plural to strip


@functools.lru_cache(maxsize=1)
def _measure_nouns() -> frozenset[str]:
    """Words every measure's label has (lexicon `fact_box: measure_nouns`): they say which
    kind of measure, not which one."""
    return frozenset(section("fact_box")["measure_nouns"])


def _parties(text: str, ctx: Context) -> tuple[str | None, str | None]:
    """Who sets the deadline's tariff and on whom, where the sentence says."""
    acts = actors(text, ctx.gaz.countries.find(text))
    imposer = next((a.name for a in acts if a.role is Role.IMPOSER), None)
    target = next((a.name for a in acts if a.role is Role.TARGET and a.name != imposer), None)
    if target is None:  # "extends the tariff truce with China": the other side of the truce
        target = next(
            (
                a.name
                for a in acts
                if a.name != imposer and _COUNTERPART.search(text, max(0, a.start - 40), a.start)
            ),
            None,
        )
    return imposer, target

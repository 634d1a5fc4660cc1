"""How firmly the text asserts a fact, read from the wording of the clause that states it.

The checks run from the most specific signal to the default, because wording stacks: "Trump
threatened to delay ..." is a threat, "could be paused" is speculation about a suspension. A
denial beats everything; a conditional or warning makes a threat; a modal of possibility makes
speculation; a verb that pauses or delays a measure suspends it; a person who "is set to" or
"plans to" act makes a plan; a measure that took effect (or whose effective date is not after
publication) has happened; anything else is announced.
"""

from __future__ import annotations

import re
from datetime import date

from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.literals import guarded, guarded_re
from watcher.facts.extract.modality import Modality, modalities
from watcher.models import Status

# Modality categories (data/lexicon.yaml) that make a value no news: never in force, or old.
NOT_NEWS = frozenset({"counterfactual", "fallback", "historical", "unchanged", "estimated"})
_WORDED = {
    "denied": Status.DENIED,
    "threatened": Status.THREATENED,
    "speculated": Status.SPECULATED,
    "urged": Status.SPECULATED,  # a measure someone presses another party to take
    "suspended": Status.SUSPENDED,
    "planned": Status.PLANNED,
    "current": Status.HAPPENED,  # "now face a combined 55%": the level in force
}

_I = re.IGNORECASE
DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected\b[^.]{0,60}\bclaim|refuted|dismissed\b[^.]{0,40}\breports?|"
    r"(?:has|had)\s+(?:been\s+)?no\s+(?:recent\s+)?(?:phone\s+)?(?:call|talks|conversation)|"
    r"never\s+(?:happened|took place)|did\s+not\s+(?:take place|happen))\b",
    _I,
)
# Wording that puts a measure in force now, whatever tense the rest of the clause has.
IN_FORCE = guarded(
    re.compile(
        alternatives("tariff", "in_force_phrases"),
        _I,
    )
)
CONDITIONAL = re.compile(r"\b[Ii]f\b[^.]{0,160}$")
ANNOUNCING = re.compile(r"\bannounc\w*\b", _I)
HAPPENED = re.compile(
    alternatives("tariff", "happened_phrases")
    + r"|\b(?:"
    + alternatives("tariff", "happened_verbs")
    + r")\b",
    _I,
)
# "were unable to stave off Trump's threat to impose 10%": the threat was carried out.
FAILED_TO_AVERT = guarded_re(
    r"\b(?:unable|failed|fail(?:s|ing)?|no\s+way)\s+to\s+(?:\w+\s+){0,5}?(?:stave\s+off|avert|"
    r"head\s+off|ward\s+off|prevent)\b",
    _I,
)
# "hitting back against Trump's decision to hike duties to 145%": what is answered was done.
# The answer's own rate follows "with" ("retaliated against X with a 15% tax") and is not meant.
ANSWERED = guarded_re(
    r"\b(?:(?:hitting|hit|struck|striking|strikes)\s+back|retaliat\w*|in\s+(?:response|retaliation)|"
    r"respond(?:ing|ed|s)?)\s+(?:against|to|for|at)\b(?:(?!\bwith\b)[^,;])*$",
    _I,
)
# "approved tariffs of 50%, to take effect in January": the start still to come.
_FUTURE = guarded_re(
    rf"\b(?:{alternatives('tariff', 'future_phrases')})\b",
    _I,
)
# The future of the rate's own verb, in the words right before it ("will face a", "is set to
# impose a"); "would" is left out: reported speech ("said it would impose") is told in the past.
_OWN_FUTURE = re.compile(
    r"(?:\bwill|\bshall|\b(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+)?to|\bgoing\s+to|\w['\u2019]ll)"
    r"\s+(?:\w+\s+){0,4}?$|\b(?:will|shall)\s+(?:be\s+)?(?:\w+\s+){0,6}$",
    _I,
)
_OWN_VERB_REACH = 60  # characters before a rate where its own verb sits
# "The duty is set to fall to 10% on May 1": a measure "set to" change on its own is a change
# already scheduled (announced), not a person's plan ("Rome is set to levy 5%" stays planned).
_SCHEDULED = re.compile(
    r"\s+(?:fall|rise|drop|climb|jump|revert|return|decline|go\s+up|come\s+down|"
    r"take\s+effect|kick\s+in|(?:come|go|enter)\s+into)\b"
    r"(?!\s+(?:its|their|his|her|our|the|a|an|all)\b)",  # "plans to drop its 34% tariff": a step
    _I,
)

# "is set to double its tariffs to 50%", "China is set to cut its duty to 5%": a party "set to"
# change a rate it levies is a change already scheduled too ("is set to levy 5%", a new
# measure, and "plans to cut its duty" stay plans).
_SET_TO_CHANGE = re.compile(
    r"\s+(?:raise|lift|hike|increase|double|triple|halve|cut|lower|reduce|slash|trim)\b", _I
)


def _scheduled(clause: str, found: Modality) -> bool:
    """Whether a `planned` trigger opens a scheduled change rather than a plan."""
    if _SCHEDULED.match(clause, found.end):
        return True
    return found.trigger[-6:].lower() == "set to" and bool(_SET_TO_CHANGE.match(clause, found.end))


# "would keep suspending its 24% tariff", "will keep its 24% tariff suspended for a year": "keep"
# is the aspect of the pause, not a level kept as it was (`unchanged`); the pause governs the rate.
_KEEP_PAUSING = re.compile(
    r"\s+(?:suspending|pausing|holding\s+off|suspended|paused|on\s+hold)\b|"
    r"[^,;.:]{1,80}?\s(?:suspended|paused|on\s+hold|in\s+abeyance|on\s+ice)\b",
    _I,
)


def _governing(
    clause: str, anchor: tuple[int, int], *, changed: bool, old_at: int
) -> Modality | None:
    """The trigger that governs the rate at `anchor`, with the lexicon's near-misses set aside.

    The level a step leaves in force (", keeping a 10% rate") sets aside the `unchanged`
    "keeping" at the same words, but yields to a modal ("may ..., keeping": speculated)."""
    found = modalities(clause, anchor)
    kept = [m for m in found if m.category == "kept" and _kept(clause, m)]
    return next(
        (
            m
            for m in found
            if not (changed and m.category == "current")  # a change has a verb of its own
            and not (m.category == "unchanged" and m.end <= old_at)
            and not (m.category == "unchanged" and _KEEP_PAUSING.match(clause, m.end))
            and not (m.category == "unchanged" and any(k.start <= m.start < k.end for k in kept))
            and not (m.category == "planned" and _scheduled(clause, m))
            and not (m.category == "kept" and m not in kept)
            and not (m.category == "historical" and _aside_since(clause, m, anchor))
        ),
        None,
    )


# "The duty on X, held at zero since the probe closed, will rise to 25%": an aside closed by a
# comma before the rate, its "since" dating the level before the step.
_CLOSED_SINCE = re.compile(r",[^,;]{0,40}\bsince\b[^,;]{0,80},", re.IGNORECASE)


# "Since March, Chinese kettles have borne a 40% duty": a fronted "since" phrase closed by a
# comma (a few words, no rate of its own) names when the main clause's state began; a step told
# after it is a recap (frames.py `in_recap`), a level borne since then the level in force.
_FRONTED_SINCE = re.compile(r"\W*since\s+(?:[^\s,;%]+\s+){0,5}?[^\s,;%]+,", re.IGNORECASE)


def _aside_since(clause: str, m: Modality, anchor: tuple[int, int]) -> bool:
    """Whether a historical trigger ("since", "last spring") sits in an aside of how long the
    old level held, or in a fronted "since" phrase, closed before the rate (the cheap test
    first: "since" in the clause)."""
    if "since" not in clause and "Since" not in clause:
        return False
    lo = clause.rfind(",", 0, m.start)
    found = _CLOSED_SINCE.match(clause, lo) if lo >= 0 else _FRONTED_SINCE.match(clause)
    return found is not None and found.end() <= anchor[0]


_HEDGES = frozenset({"denied", "urged", "threatened", "speculated"}) | NOT_NEWS


def _step_hedge(prefix: str) -> Modality | None:
    """The hedge on the step a kept level depends on ("may suspend its 30% tariff, keeping a
    12% rate": the level is kept only if the step is taken), else None."""
    step_clause = prefix[: prefix.rfind(",")]  # up to the comma before "keeping"
    end = (len(step_clause), len(step_clause))
    step = _governing(step_clause, end, changed=False, old_at=-1)
    return step if step is not None and step.category in _HEDGES else None


def _kept(clause: str, found: Modality) -> bool:
    """Whether a `kept` trigger keeps the level a step leaves in force: a participle after a
    comma (", keeping a 10% rate"), not one beside the step ("while keeping")."""
    return clause[: found.start].rstrip()[-1:] == ","


def tariff_status(
    clause: str,
    *,
    local: str | None = None,
    prefix: str = "",
    effective: date | None,
    published: date | None,
    anchor: tuple[int, int] | None = None,
    changed: bool = False,
    acted: date | None = None,
    old_at: int = -1,
) -> Status | None:
    """Status of a tariff rate stated in `clause`, or None when it is not news.

    `anchor` is the rate's span in `clause` (None: the whole clause); the modality lexicon
    decides which trigger governs it, and a counterfactual or historical value ("kept tariffs
    from rising to 145%", "at one point reached 145%") is no fact at all. `local` is the part
    of the clause from a few words before the rate, where its own verb sits ("took effect,
    Beijing retaliated by announcing a 15% tax": announced); `prefix` is the sentence before
    the clause, whose condition ("If China does not withdraw ..., the United States will
    impose 50%") scopes over it. A level word ("combined") says nothing of a change
    (`changed`): "the combined 145% levies will be cut to 30%" is announced. `acted` is the
    past day the clause dates its act by ("the EU on Thursday set duties of 35%"), no start.
    `old_at` is where a change's level before starts in `clause` when the new figure is told
    apart from it: a standing-level word before it ("already 100%, will rise to 150%") is the
    old level's, not the change's.
    """
    if cut := _past_coordinate(clause, anchor):
        clause, anchor = clause[cut:], (anchor[0] - cut, anchor[1] - cut) if anchor else None
    if FAILED_TO_AVERT.search(clause):
        return Status.ANNOUNCED if _FUTURE.search(clause) else Status.HAPPENED
    found = _governing(clause, anchor or (0, len(clause)), changed=changed, old_at=old_at)
    if found is not None and found.category == "kept":
        found = _step_hedge(prefix) or found
    if found is not None and found.category in NOT_NEWS:
        return None
    if found is not None and found.category == "threatened" and _offered(clause, found, anchor):
        return Status.SPECULATED
    if found is not None and found.category in _WORDED:
        return _WORDED[found.category]
    own = clause[: anchor[0]][-_OWN_VERB_REACH:] if anchor else ""
    return _unworded_status(
        clause,
        clause if local is None else local,
        prefix,
        effective,
        published,
        own=own,
        acted=acted,
    )


# "said he would never trust Xi, and on Friday raised the tariff to 50%" (or "and Beijing on
# Friday raised"): a verb coordinated after the reported "would", in an unambiguous past form
# (not "cut", "set": those may be the bare verb under the modal), states a step of its own that
# happened.
_PAST_COORDINATE = re.compile(
    r",\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:(?:on|last|this)\s+\w+\s+|\w+day\s+)?"
    r"(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?:(?:on|last|this)\s+\w+\s+)?(?:raised|imposed|hiked|slapped|lowered|doubled|levied|lifted|reduced|increased|slashed|"
    r"halved|tripled)\b",
    _I,
)


# A modal, or a threat's "threatened to"/"vowed to" (a step not yet taken, like "would").
_MODAL = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|(?:threaten|vow)(?:s|ed)?\s+to)\b|n['\u2019]t\b",
    _I,
)


def _past_coordinate(clause: str, anchor: tuple[int, int] | None) -> int:
    """Where a past verb coordinated after a modal one ("would never ..., and on Friday
    raised") starts the rate's own clause; 0 when none does (the cheap test first)."""
    if anchor is None or (", and" not in clause and ", but" not in clause):
        return 0
    found = [m.start() for m in _PAST_COORDINATE.finditer(clause, 0, anchor[0])]
    if found and _MODAL.search(clause, 0, found[-1]):
        return found[-1]
    return 0


# "tariffs could come down to 15%, maybe lower, if Beijing buys more soybeans": a rate that may
# fall on a condition after it is a figure floated (an offer), not a warning of harm.
_MAY_FALL = re.compile(
    r"\b(?:could|might|(?-i:may))\s+(?:\w+\s+)?(?:come\s+down|go\s+down|fall|drop|decline|ease|"
    r"be\s+(?:cut|lowered|reduced|brought\s+down))\s+(?:to\s+)?(?:as\s+low\s+as\s+)?\W*$",
    _I,
)


def _offered(clause: str, found: Modality, anchor: tuple[int, int] | None) -> bool:
    """Whether a condition after a rate ("if ...") governs a rate that may only fall."""
    if anchor is None or found.start < anchor[1] or found.trigger.lower()[:2] not in ("if", "un"):
        return False
    return _MAY_FALL.search(clause, max(0, anchor[0] - _OWN_VERB_REACH), anchor[0]) is not None


def not_news(text: str, anchor: tuple[int, int]) -> bool:
    """Whether the governing trigger makes the value at `anchor` counterfactual, old or kept."""
    # the governing trigger as `tariff_status` reads it: "and keep suspended the 24% tariff"
    # is a pause kept, not a level left unchanged
    found = _governing(text, anchor, changed=False, old_at=-1)
    return found is not None and found.category in NOT_NEWS


# "China imposed a 55% duty on beef from January 1, the ministry announced on Dec. 31": a
# reporting clause after a comma, "announced" with no object (a date or the end next), says who
# told the step, not that it is still to come; timing decides.
_ATTRIBUTED = re.compile(
    r",\s+(?!(?:and|but|which|who|that|while)\b)(?:[\w'\u2019.-]+\s+){1,6}?announced"
    r"(?=\s*(?:on\s+)?(?:[A-Z]\w*\.?\s+\d|\w+day\b|\d|[,.;]|$))",
)


def _only_attributed(local: str) -> bool:
    """Whether every "announc..." of `local` is a trailing attribution (`_ATTRIBUTED`; the cheap
    test first: a comma before an "announced")."""
    if ", " not in local or "announced" not in local:
        return False
    return ANNOUNCING.search(_ATTRIBUTED.sub(" ", local)) is None


def _unworded_status(
    clause: str,
    local: str,
    prefix: str,
    effective: date | None,
    published: date | None,
    *,
    own: str = "",
    acted: date | None = None,
) -> Status:
    """With no modality trigger: a condition before, wording of force, else timing."""
    if CONDITIONAL.search(prefix):
        return Status.THREATENED
    if IN_FORCE.search(local):
        return Status.HAPPENED
    if ANNOUNCING.search(local) and not _only_attributed(local):
        return Status.ANNOUNCED
    if IN_FORCE.search(prefix):
        return Status.HAPPENED
    return _timing(clause, effective, published, own=own, acted=acted)


def _timing(
    clause: str,
    effective: date | None,
    published: date | None,
    *,
    own: str = "",
    acted: date | None = None,
) -> Status:
    """Happened or announced: an effective date decides, else the tense of the clause.

    The rate's own verb in the future ("Chinese steel will face a 50% duty starting January
    1") states a step still to come as the text was written, whatever the date says as of
    the reading: an undated article is read as of its run, after the date.
    """
    future = _FUTURE.search(clause) is not None
    if effective is not None and published is not None:
        happened = effective < published or (effective == published and not future)
        if happened and _OWN_FUTURE.search(own):
            return Status.ANNOUNCED
        return Status.HAPPENED if happened else Status.ANNOUNCED
    if HAPPENED.search(clause) and not future:
        return Status.HAPPENED
    if acted is not None and published is not None and acted < published and not future:
        return Status.HAPPENED  # "the EU on Thursday set duties of 35%": a step already taken
    return Status.ANNOUNCED


# The tense of a dated measure's clause. A future, a plan or a present ("will take effect",
# "is set to expire", "agreed to extend ... until", "the order extends ... until", "takes effect
# on") states a date still to come; a past of the measure's own start or end ("took effect",
# "expired on", "has lapsed") one that came. Past forms of acting verbs ("imposed", "extended")
# are left to timing: "extended the truce until ..." names an end that may still be ahead.
_ACTS = rf"(?:{alternatives('deadline', 'acting_stems')})"
_TO_COME = re.compile(
    r"\b(?:will|shall|(?-i:may)(?!\s+\d)|might|could|wo\s*n[\u2019']t|"  # not the month May
    r"(?:is|are|was|were|be|been|being)\s+(?:now\s+)?(?:set|due|scheduled|slated|expected|poised|"
    r"going|about|planned)\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to|"
    r"agree[sd]?\s+to|vow(?:s|ed)?\s+to|threaten(?:s|ed)?\s+to|decided\s+to)\b|"
    r"\bto\s+(?:\w+ly\s+)?(?:"
    + _ACTS
    + r"\w*|(?:take|come|go|enter)\s+(?:into\s+)?(?:effect|force)|"
    r"kick\s+in)|"
    r"\b(?:takes|comes|goes|enters)\s+(?:into\s+)?(?:effect|force)\b|\bkicks\s+in\b|"
    r"\b(?:expires|ends|lapses|runs|starts|begins|applies|remains|extends|imposes|raises|lifts|"
    r"suspends|pauses|delays|postpones|introduces|implements|levies|sets|lowers|reduces|halves|"
    r"doubles|scraps|removes|reimposes|restores)\b|"
    r"\b(?:is|are)\s+(?:valid|effective|in\s+place)\s+(?:until|through|till)\b",
    re.IGNORECASE,
)
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_CAME = re.compile(
    alternatives("deadline", "came_phrases"),
    re.IGNORECASE,
)


# "had announced plans to impose ... from October 14": a plan told in the past perfect is
# recounted, and says nothing of whether its date has come.
# Only a "had" shortly before the marker, in the same stretch of words, governs it.
_RECOUNTED = re.compile(
    r"\bhad\b(?!\s+(?:been\s+)?(?:set|due|scheduled|slated)\b)[^,;]{0,40}$", re.IGNORECASE
)


def clause_tense(before: str, after: str) -> Status | None:
    """ANNOUNCED or HAPPENED from the tense of the words that tie a date to its measure:
    the marker nearest before the date (`before`: its clause up to the date), else the first
    one after it (`after`: the rest of the clause, "Starting May 1, ports will levy ...");
    None when neither says."""
    marks: list[tuple[int, Status | None]] = [
        (m.end(), Status.ANNOUNCED)
        for m in _TO_COME.finditer(before)
        if not _RECOUNTED.search(before, 0, m.start())
    ]
    marks += [(m.end(), Status.HAPPENED) for m in _CAME.finditer(before)]
    if marks and "would" in before:
        # "futures fell after Beijing said it would cut the duty from <date>": a future in the
        # past nearer the date than the past governs it, and timing decides
        marks += [(m.end(), None) for m in _WOULD.finditer(before)]
    if marks:
        return max(marks, key=lambda mark: mark[0])[1]
    marks = [(m.start(), Status.ANNOUNCED) for m in _TO_COME.finditer(after)]
    marks += [(m.start(), Status.HAPPENED) for m in _CAME.finditer(after)]
    return min(marks, key=lambda mark: mark[0])[1] if marks else None

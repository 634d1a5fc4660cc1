"""Which named leaders a contact joins, and by which cue (call, meeting, talks).

One leader is the hub and is paired with each other leader of the same clause, under the cue
nearest before the partner; "the two leaders" and pronouns resume a pair named before; a
non-restrictive relative clause is a predicate of its own; "told X in Beijing" is a meeting;
a leader spoken about, embraced or called a name is no partner.
"""

from __future__ import annotations

import itertools
import re

from watcher.facts.extract.contact.cues import (
    BREAK,
    CLAUSE_REACH,
    CUE,
    LEX,
    NOUN_CUE,
    cue_mode,
    relative_spans,
)
from watcher.facts.extract.contact.parties import Memory, sorted_pair
from watcher.facts.extract.contact.status import AUXILIARIES, PAIR_SUBJECT
from watcher.facts.extract.context import Context
from watcher.facts.extract.gazetteer import Mention
from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.recency import FULL_MONTHS

_TOLD_IN = guarded_re(
    r"\btold\s+(?:visiting\s+)?(?P<obj>[^.;:]{0,60}?),?\s+in\s+"
    r"(?!(?:a|an|the|his|her|their)\b)[A-Z]"
)
# "spoke about Putin" (but "a conversation about trade with Xi": the partner follows "with")
_TOPIC = re.compile(
    r"^\W*(?:about|of|highly|out|up|publicly|openly|at\s+(?:a|an|the)\b)"
    r"(?![^.;]*\b(?:with|to)\s+(?:\w+\s+){0,3}$)",
    re.IGNORECASE,
)
_AUDIENCE = re.compile(
    rf"^\W*(?:(?:with|to)\s+)?(?:his\s+|her\s+|the\s+)?{LEX['audience'].pattern}",
    re.IGNORECASE,
)
_OTHER_PREDICATE = re.compile(
    r"\b(?:[Ww]here|[Ww]ho|[Ww]hom|[Ww]hich|[Ww]hile|[Ww]hereas)\b|"
    r"\band\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\b"
)
# "called Putin a dictator", and "called Xi's decision a mistake": the leader, or something
# of theirs, named as the object of a judgement, not called on the phone.
_NAME_CALLING = re.compile(
    r"\s*[\u201c\"']?(?:an?|the)\s+(?!(?:day|week|month|year|few|couple|second|third|hour|"
    r"short|brief|number)\b)\w|['\u2019]s\s+(?:[\w-]+\s+){1,3}?(?:an?|the)\s+\w",
    re.IGNORECASE,
)
_CLOSING_QUOTE = re.compile(r"[\u201d\"](?=\s|$)")
_SPEAKER_GAP = 3  # "Xi told": the speaker's name ends right before the verb


# "The meeting", "The phone call", "Thursday's meeting": a sentence opening on the contact
THE_CONTACT = re.compile(
    r"^\W*(?:the|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s)\s+"
    # one hyphenated modifier: "The hour-long call", "The 40-minute meeting"
    r"(?:\w+-[\w-]+\s+)?"
    rf"(?:phone\s+|video\s+|telephone\s+)?{LEX['contact_noun'].pattern}",
    re.I,
)


# "Trump, speaking in Washington on Monday, said ...": a participle framing what is said, up to
# its comma, names no contact unless it has a partner ("speaking to Xi", "speaking with").
SPEECH_FRAME = re.compile(
    r"speaking\s+(?:in|at|from|during|on|after|before|outside|aboard|alongside|late|earlier|"
    r"shortly)\b(?:(?!\b(?:with|to)\b)[^,;:.])*,",
    re.IGNORECASE,
)
# "Xi said Trump should meet Putin": a speaker, then the subject of what is said.
_SAID_THAT = re.compile(
    r"^\s+(?:has\s+|had\s+)?(?:said|says|added|noted|insisted|stressed|argued|warned|believes|"
    r"thinks|suggested)\s+(?:that\s+)?$",
    re.IGNORECASE,
)


def past_speaker(text: str, leaders: list[Mention]) -> list[Mention]:
    """The leaders who may be parties: with three or more named, a first one who only says
    what the others do ("Xi said Trump should meet Putin") is the speaker, not a party."""
    if len(leaders) > _PAIR_SIZE and _SAID_THAT.match(text[leaders[0].end : leaders[1].start]):
        return leaders[1:]
    return leaders


# "hugged Putin", "embraced Chinese President Xi": a hug's object is a leader, after at most
# "visiting" and capitalised title words; "embraced Chinese investment" embraces no one.
_EMBRACE = re.compile(r"(?:hug|embrac)\w*$", re.IGNORECASE)
_TO_EMBRACED = re.compile(r"\s+(?:visiting\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,4}$")


def embraces_no_leader(text: str, cue: re.Match[str], leaders: list[Mention]) -> bool:
    """Whether the cue is a hug or an embrace whose object is not a leader or a leader's title
    ("Modi embraced Russian oil")."""
    if not _EMBRACE.match(cue.group(0)):
        return False
    return not any(
        m.start > cue.end() and _TO_EMBRACED.fullmatch(text, cue.end(), m.start) for m in leaders
    )


def opens_on_contact(text: str, leaders: list[Mention]) -> bool:
    """A sentence naming no leader that opens on "The meeting" or "The call": the contact of
    the pair last named together, told further ("Trump and Xi met in Busan. The meeting took
    place on Thursday ..."). Undated, it names that contact again and is dropped
    (`drop_anaphoric`); dated, it dates it (`merge_found`). Kept only for a contact already
    reported as held (`told_further`)."""
    return not leaders and THE_CONTACT.match(text) is not None


def about_someone(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue talks about someone or to an audience ("spoke highly of Xi", "spoke to
    reporters"), not with a leader."""
    after = text[cue.end() :]
    return bool(_TOPIC.match(after) or _AUDIENCE.match(after))


_GROUP_BEFORE = guarded_re(
    rf"(?:{LEX['group_possessive'].pattern})\s+(?:[\w\u2019'-]+\s+){{0,3}}$", re.IGNORECASE
)
# "their first call since the Busan summit": the contact the pair's own first one is told
# "since" is theirs too, when named by its place (a capitalised word, not an acronym: "the G20
# summit" need not have been theirs)
SINCE_THEIR_OWN = re.compile(
    rf"(?:{LEX['group_possessive'].pattern})\s+(?:[\w-]+\s+){{0,2}}(?:{NOUN_CUE.pattern})\s+"
    r"since\s+the\s+(?-i:[A-Z][a-z][\w\u2019'-]*)\s+$",
    re.IGNORECASE,
)
_GROUP_AFTER = re.compile(rf"\s+between\s+(?:{LEX['group'].pattern})", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(rf"(?:{LEX['group'].pattern})[^,;:.]{{0,40}}$", re.IGNORECASE)


# "Trump, Lula agree to meet after phone call": a contact after which the pair acts, with no
# partner of its own, is the pair's.
_AFTER_BARE = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_NAMES_PARTNER = re.compile(r"\s+(?:with|to|between|by|of)\b", re.IGNORECASE)


# Between the names of one coordinated subject: a comma or "and", and the next one's titles
# ("Trump, Chinese President Xi and Putin").
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){0,3}")


def joint_pairs(
    text: str, leaders: list[Mention], cues: list[re.Match[str]]
) -> list[tuple[tuple[str, str], str, int]]:
    """ "Trump, Xi and Putin met in Beijing": three or more leaders, one coordinated subject of
    the sentence's first contact, all met one another: every pair of them (`clause_pairs`
    pairs the first with each of the others, this adds the others among themselves)."""
    if len(leaders) <= _PAIR_SIZE or not cues:
        return []
    cue = cues[0]
    subject = [m for m in leaders if m.end <= cue.start()]
    if len(subject) != len(leaders) or not all(
        _COORDINATION.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(subject)
    ):
        return []
    return [
        (sorted_pair(a.name, b.name), cue_mode(cue), cue.start())
        for a, b in itertools.combinations(subject[1:], 2)
    ]


def group_pairs(
    text: str,
    leaders: list[Mention],
    cues: list[re.Match[str]],
    pairs: list[tuple[tuple[str, str], str, int]],
    last_pair: tuple[str, str] | None,
) -> list[tuple[tuple[str, str], str, int]]:
    """Cues no named partner claimed whose participants are a group: "after their summit",
    "the two leaders met". The group is the sentence's pair, else the pair last named together
    when this sentence names none or one of them."""
    if len(leaders) > 1:
        group: tuple[str, str] | None = sorted_pair(leaders[0].name, leaders[1].name)
    elif last_pair is not None and all(m.name in last_pair for m in leaders):
        group = last_pair
    else:
        return []
    used = {pos for _, _, pos in pairs}
    out = []
    spans = relative_spans(text)
    for cue in cues:
        before = _subject_view(text, cue.start(), spans)[-60:]
        after = text[cue.end() : cue.end() + 40]
        grouped = bool(
            _GROUP_BEFORE.search(before)
            or _GROUP_SUBJECT.search(before)
            or SINCE_THEIR_OWN.search(before)
        )
        if len(leaders) == _PAIR_SIZE and _AFTER_BARE.search(before):
            grouped = grouped or not _NAMES_PARTNER.match(after)  # "agree to meet after call"
        if cue.start() in used or not (grouped or _GROUP_AFTER.match(after)):
            continue
        if group is not None:
            out.append((group, cue_mode(cue), cue.start()))
    return out


_SUBJECT_RELATIVE = re.compile(r",\s+(?:who|which)\s+", re.IGNORECASE)


def _subject_view(text: str, pos: int, spans: list[tuple[int, int]]) -> str:
    """The text before the cue at `pos` as its clause's subject sees it: a relative clause
    between subject and verb left out ("The leaders, who met in Busan, also had a call" reads
    "The leaders also had a call"), and a cue in a subject relative joined to its antecedent
    ("The leaders, who met in Busan" reads "The leaders met")."""
    out, last = [], 0
    for s, e in spans:
        if s >= pos:
            break
        out.append(text[last:s])
        if e <= pos:
            last = e
            continue
        opening = _SUBJECT_RELATIVE.match(text, s)
        last = opening.end() - 1 if opening is not None else s
        break
    out.append(text[last:pos])
    return "".join(out)


# "a meeting with Australian Prime Minister Anthony Albanese": the partner follows the cue.
_WITH_PARTNER = re.compile(r"^\s+(?:(?:with|to)\s+)?(?:[\w.\u2019'-]+\s+){0,4}$", re.IGNORECASE)
_TITLE = re.compile(r"\b(?:the|a|an)\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+")
_CLAUSE_START = re.compile(r"[.;:\u201c\u201d\"(]\s*")
_NAMED = re.compile(rf"\s(?!(?:{FULL_MONTHS}|[A-Z][a-z]+day)\b)[A-Z][a-z]")


# A capitalised word opening a clause that names nobody: a pronoun, a function word, a
# participle ("Speaking after his talks with ...").
_OPENING_WORD = re.compile(
    r"^\W*(?:[A-Z][a-z]+(?:ing|ed)|He|She|It|They|We|I|You|His|Her|Their|The|A|An|This|That|"
    r"These|Those|In|On|At|After|Before|When|While|As|During|Following|But|And|So|Yet|Then|"
    r"Now|Later|Earlier|Meanwhile|There|Here|From|Next|Afterwards?|Also|Separately|Finally|"
    r"Today|Yesterday)\b"
)
# A name after a preposition is a place or an object ("aboard Air Force One", "in Busan"),
# not the clause's subject.
_PLACE = re.compile(
    r"\b(?:in|at|aboard|on|from|to|near|outside|inside|into|of|for|by|with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\u2019'.-]*\s*)+"
)


def _names_someone(clause: str, ctx: Context) -> bool:
    """Whether a clause names a subject (a capitalised name that is no title, country, date or
    place): its first word counts unless it is a word that opens clauses ("He", "The",
    "Speaking"), so "Bessent, speaking after his talks with Xi" names Bessent."""
    for m in ctx.gaz.countries.find(clause)[::-1]:
        clause = clause[: m.start] + clause[m.end :]
    opening = _OPENING_WORD.match(clause)
    rest = clause[opening.end() :] if opening else clause
    return _NAMED.search(" " + _PLACE.sub(" ", _TITLE.sub("", rest))) is not None


def carried_pairs(
    text: str, leaders: list[Mention], cues: list[re.Match[str]], memory: Memory, ctx: Context
) -> list[tuple[tuple[str, str], str, int]]:
    """One leader met by an unnamed subject ("he", "I", a passive): the actor carried over.

    "The warning came during a meeting with Albanese" after a sentence about Trump is a
    Trump-Albanese meeting; a subject named in the clause ("Bessent met with Xi") is not a
    leader and gives nothing.
    """
    if len(leaders) != 1:
        return []
    partner = leaders[0]
    joint = _joint_with_pronoun(text, partner, cues, memory) or _pronoun_met(
        text, partner, cues, memory, ctx
    )
    if joint:
        return joint
    # the cue nearest before the partner first: "Speaking after his talks with Xi" is talks
    for cue in sorted(cues, key=lambda c: (c.start() > partner.start, -c.start())):
        if not _WITH_PARTNER.match(text[cue.end() : partner.start]):
            continue
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, cue.start())]
        clause = text[starts[-1] if starts else 0 : cue.start()]
        actor = memory.actor_other_than(partner.name)
        if actor is None or _names_someone(clause, ctx):
            return []
        return [(sorted_pair(actor, partner.name), cue_mode(cue), cue.start())]
    return []


# "He and Xi held talks": a pronoun subject joined to the partner (the cue follows them)
_PRONOUN_AND = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+(?:[\w.\u2019'-]+\s+){0,3}$")
# ... and "Xi and he spoke": the pronoun second
_AND_PRONOUN = re.compile(r"\s+and\s+(?:he|she)\b")
_JOINT_REACH = 40  # characters from the partner's name to the cue of the subjects' predicate


def _joint_with_pronoun(
    text: str, partner: Mention, cues: list[re.Match[str]], memory: Memory
) -> list[tuple[tuple[str, str], str, int]]:
    """ "Putin arrived on Monday. He and Xi held talks the next day" (or "Xi and he held
    talks"): the leader the pronoun
    resumes (the last sentence's subject, if a leader: not any leader named before) and the
    partner joined to it, with the first cue after them in their clause."""
    before = max(0, partner.start - 40)
    if "and" not in text[before : partner.end + 9]:  # a cheap first test
        return []
    end = partner.end  # the joined subjects' end: "Xi and he| spoke" puts the pronoun after
    if _PRONOUN_AND.search(text, before, partner.start) is None:
        after = _AND_PRONOUN.match(text, partner.end)
        if after is None:
            return []
        end = after.end()
    actor = memory.subject if memory.subject != partner.name else None
    cue = next((c for c in cues if 0 <= c.start() - end <= _JOINT_REACH), None)
    if actor is None or cue is None or _CLAUSE_START.search(text, end, cue.start()):
        return []
    return [(sorted_pair(actor, partner.name), cue_mode(cue), cue.start())]


def _pronoun_met(
    text: str, partner: Mention, cues: list[re.Match[str]], memory: Memory, ctx: Context
) -> list[tuple[tuple[str, str], str, int]]:
    """ "Xi has held firm on rare earths. Trump spoke with him on Monday": the one leader named
    is the subject, and the pronoun object of the contact verb after it stands for the one
    other leader the sentences before put in view (`Memory.actor_other_than`). The subject
    must be the clause's own: no clause break and no one else named between it and the verb."""
    if "him" not in text and "her" not in text:  # a cheap first test
        return []
    for cue in cues:
        if cue.start() < partner.end or not _PRONOUN_OBJECT.match(text, cue.end()):
            continue
        gap = text[partner.end : cue.start()]
        if len(gap) > _JOINT_REACH or _CLAUSE_START.search(gap) or _names_someone(gap, ctx):
            return []
        other = memory.actor_other_than(partner.name)
        return [(sorted_pair(other, partner.name), cue_mode(cue), cue.start())] if other else []
    return []


def told_in_place(text: str, leaders: list[Mention]) -> list[tuple[tuple[str, str], str, int]]:
    """ "Xi told Spain's Prime Minister, Pedro Sanchez, in Beijing": a meeting of the two.

    The speaker is named just before "told" and the listener right after it, followed by a
    place; "told reporters in Moscow that Xi ..." names no listening leader and gives nothing.
    """
    out = []
    for m in _TOLD_IN.finditer(text):
        speaker = [x for x in leaders if 0 <= m.start() - x.end <= _SPEAKER_GAP]
        heard = [x for x in leaders if m.start("obj") <= x.start and x.end == m.end("obj")]
        if speaker and heard and speaker[-1].name != heard[0].name:
            out.append((sorted_pair(speaker[-1].name, heard[0].name), "meeting", m.start()))
    return out


# "Xi told his US counterpart on Monday that ...", "Trump told Xi in their call that": one
# leader telling another something (what was told follows "that", a colon or a quote) is a
# contact of the two; its mode is settled by the article's other contacts (`settle_talks`).
_TOLD = re.compile(
    # the rest of the speaker's name ("President Xi| Jinping told"), then adverbs
    r"(?:\s+(?-i:[A-Z])[\w.\u2019'-]*){0,2}"
    r"\s+(?:(?:has|had|also|then|later|reportedly|privately)\s+){0,2}told\s+"
)
_IN_WRITING = LEX["told_in_writing"]
# "If Trump told Xi that ...": a condition, no contact
_CONDITION = re.compile(r"\b(?:if|unless|whether)\s+$", re.IGNORECASE)
_TOLD_WHAT = re.compile(r"[^.;:?!\u2014()]{0,70}?(?:\bthat\b|[,:]\s*[\u201c\"]|\s[\u201c\"])")
# between "told" and the leader told: "visiting", and titles ("US President Donald Trump")
_TOLD_TITLE = re.compile(r"(?:visiting\s+)?(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){0,4}")


def _told_is(text: str, after_verb: int, x: Mention) -> bool:
    """Whether the leader `x` is the one told: right after "told" and titles."""
    return x.start >= after_verb and _TOLD_TITLE.fullmatch(text, after_verb, x.start) is not None


def told_that(text: str, leaders: list[Mention]) -> list[tuple[tuple[str, str], str, int]]:
    """ "Xi told his US counterpart on Monday that ...": a contact of the speaker, named right
    before "told", and the leader right after it, who is told something ("that", a quote).
    "told reporters that Xi ..." names no listening leader; "told Xi to back off" tells no
    content, and "told Xi in a letter that" is no contact: they give nothing."""
    if "told" not in text:  # a cheap first test
        return []
    out = []
    for speaker in leaders:
        m = _TOLD.match(text, speaker.end)
        if m is None or _CONDITION.search(text, max(0, speaker.start - 12), speaker.start):
            continue
        heard = next((x for x in leaders if _told_is(text, m.end(), x)), None)
        if heard is None or heard.name == speaker.name:
            continue
        what = _TOLD_WHAT.match(text, heard.end)
        if what is not None and not _IN_WRITING.search(what.group(0)):
            out.append((sorted_pair(speaker.name, heard.name), "told", m.end() - len("told ")))
    return out


# "he told Xi", "she had privately told": a pronoun speaker (`pronoun_told`)
_PRONOUN_TOLD = re.compile(
    r"\b(?:he|she)\s+(?:(?:has|had|also|then|later|reportedly|privately)\s+){0,2}told\s+",
    re.IGNORECASE,
)


def pronoun_told(
    text: str, leaders: list[Mention], memory: Memory, ctx: Context
) -> list[tuple[tuple[str, str], str, int]]:
    """ "Trump said he told Xi on Monday that ...", and after a sentence about Trump "He said
    he told Xi during their call that ...": what a pronoun speaker told a leader is a contact
    of the two, as `told_that` reads a named speaker. The speaker is the leader named last
    before the pronoun in the sentence, else the leader of the sentence right before when the
    clause names no one else ("Bessent said he told Xi" is Bessent's)."""
    if "told" not in text:  # a cheap first test
        return []
    out = []
    for m in _PRONOUN_TOLD.finditer(text):
        heard = next((x for x in leaders if _told_is(text, m.end(), x)), None)
        if heard is None or _CONDITION.search(text, max(0, m.start() - 12), m.start()):
            continue
        what = _TOLD_WHAT.match(text, heard.end)
        if what is None or _IN_WRITING.search(what.group(0)):
            continue
        speaker = _pronoun_speaker(text, leaders, memory, ctx, m.start())
        if speaker is not None and speaker != heard.name:
            out.append((sorted_pair(speaker, heard.name), "told", m.end() - len("told ")))
    return out


def _pronoun_speaker(
    text: str, leaders: list[Mention], memory: Memory, ctx: Context, pos: int
) -> str | None:
    """The leader a speaking pronoun at `pos` stands for (see `pronoun_told`)."""
    before = [x for x in leaders if x.end <= pos]
    if before:
        return None if _names_someone(text[before[-1].end : pos], ctx) else before[-1].name
    previous = memory.recent[0] if memory.recent else []
    if len(previous) != 1 or _names_someone(text[:pos], ctx):
        return None
    return previous[0]


# ", but Putin cancelled the lunch", "; Putin stayed home": a contrast or a semicolon opens a
# clause of its own, whose leader is the partner of no contact before it
_CONTRAST_CLAUSE = re.compile(r",\s+(?:but|yet|whereas)\b|;")


def _parted(text: str, lo: int, hi: int, cues: list[re.Match[str]]) -> bool:
    """Whether a clause break ("after", "while") lies between `lo` and `hi`, or a contrast
    (", but") after which no contact is told: "met Modi, but Putin skipped the lunch" parts
    Putin, "met Modi, but also held talks with Putin" does not (its own cue pairs him)."""
    if BREAK.search(text, lo, hi):
        return True
    mark = _CONTRAST_CLAUSE.search(text, lo, hi)
    return mark is not None and not any(c.start() >= mark.end() for c in cues)


# between a coordinated subject and its contact verb: auxiliaries, "each", "both", "separately"
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:each|both|separately|also|then|later|have|has|had|\w+ly)\s+){0,3}", re.IGNORECASE
)
# between a contact verb and its object leader: "with", "to", a title of up to four words (not
# a topic: "spoke of Carney and Sheinbaum")
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:with|to)\s+)?(?:(?!(?:of|about|on|at|in|for|over|by)\b)[\w.\u2019'-]+\s+){0,4}?",
    re.IGNORECASE,
)


def _subjects_and_objects(
    text: str, leaders: list[Mention], cues: list[re.Match[str]]
) -> list[tuple[tuple[str, str], str, int]]:
    """ "Trump and Xi met Takaichi", "Lee hosted Xi and Takaichi": a coordinated subject of a
    contact verb and its coordinated object leaders: a contact of each subject with each object,
    not of the subjects with one another (they may have met her apart: "each met")."""
    cue = cues[0]
    subject = [m for m in leaders if m.end <= cue.start()]
    obj = [m for m in leaders if m.start >= cue.end()]
    if not subject or not obj or len(subject) + len(obj) <= _PAIR_SIZE:
        return []
    if any(
        not _COORDINATION.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(subject)
    ):
        return []
    if any(not _COORDINATION.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(obj)):
        return []
    if not _SUBJECT_GAP.fullmatch(text, subject[-1].end, cue.start()):
        return []
    if not _OBJECT_GAP.fullmatch(text, cue.end(), obj[0].start) or CUE.search(
        text, cue.end(), obj[0].start
    ):
        return []
    return [(sorted_pair(a.name, b.name), cue_mode(cue), cue.start()) for a in subject for b in obj]


def clause_pairs(
    text: str, leaders: list[Mention], cues: list[re.Match[str]]
) -> list[tuple[tuple[str, str], str, int]]:
    """(pair, mode, cue position) for the hub leader and each partner in its clause; a
    coordinated subject and object each pair across (`_subjects_and_objects`)."""
    crossed = _subjects_and_objects(text, leaders, cues) if len(leaders) > _PAIR_SIZE else []
    if crossed:
        return crossed
    hub, first_cue = leaders[0], cues[0]
    out = []
    for partner in leaders[1:]:
        lo, hi = sorted((hub.end, partner.start))
        between = [c for c in cues if lo <= c.start() < hi]
        if first_cue.start() < partner.start and _parted(
            _outside_relatives(text, hub, partner), first_cue.end(), partner.start, cues
        ):
            own = _own_contact(text, leaders, hub, partner, cues) or _subordinate_cue(
                text, hub, partner, cues, first_cue
            )
            if own is not None:
                out.append((sorted_pair(hub.name, partner.name), cue_mode(own), own.start()))
            continue
        if _reported_by_other(text, partner, hub, leaders):
            continue  # "After a call with Lula, Modi said Xi would visit": Xi is what Modi said
        cue = between[-1] if between else _nearest_cue(text, partner, cues)
        if cue is None or (cue.end() <= partner.start and not _addresses(text, cue, partner, hub)):
            continue
        if _own_clause(text, cue, partner, leaders) or _object_of_later(
            text, cue, partner, leaders
        ):
            continue
        subject = _coordinated_subject(text, hub, cue, leaders)
        if subject is not None:  # "Xi skipped the dinner, and Trump met Takaichi": Trump's
            if subject is not partner:
                out.append((sorted_pair(subject.name, partner.name), cue_mode(cue), cue.start()))
            continue
        out.append((sorted_pair(hub.name, partner.name), cue_mode(cue), cue.start()))
        out.extend(
            (sorted_pair(hub.name, partner.name), cue_mode(c), c.start())
            for c in _main_after_relative(text, hub, partner, cue, cues)
        )
        out.extend(
            (sorted_pair(hub.name, partner.name), cue_mode(c), c.start())
            for c in _then(text, partner, cues)
        )
        out.extend(
            (sorted_pair(hub.name, partner.name), cue_mode(c), c.start())
            for c in _coordinated_pronoun(text, leaders, partner, cue, cues)
        )
        out.extend(
            (sorted_pair(hub.name, partner.name), cue_mode(c), c.start())
            for c in _resumed(text, hub, partner, cues)
        )
    return out


# A coordinated clause of its own: a comma and a conjunction, or a semicolon, right before its
# subject ("..., and Trump met Takaichi"; "...; Putin spoke with Modi").
_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+$", re.IGNORECASE)
# only auxiliaries and adverbs between a subject and its verb
_SUBJECT_TO_VERB = re.compile(rf"\s+{AUXILIARIES}{{0,4}}", re.IGNORECASE)


def _coordinated_subject(
    text: str, hub: Mention, cue: re.Match[str], leaders: list[Mention]
) -> Mention | None:
    """The leader who opens a coordinated clause after the hub and is the subject of the cue
    ("Xi skipped the dinner, and Trump met Takaichi"): the contact is theirs, not the hub's."""
    for m in leaders:
        if (
            hub.end <= m.start
            and m.end <= cue.start()
            and _CLAUSE_OPENS.search(text, hub.end, m.start)
            and not _CLAUSE_OPENS.fullmatch(text, hub.end, m.start)  # "Xi, and Trump": a list
            and _SUBJECT_TO_VERB.fullmatch(text, m.end, cue.start())
        ):
            return m
    return None


def _own_clause(text: str, cue: re.Match[str], partner: Mention, leaders: list[Mention]) -> bool:
    """Whether the partner, after the cue, opens a coordinated clause as the subject of a
    contact verb of its own ("Xi skipped the dinner, and Trump met Takaichi": the dinner is
    not Trump's with Xi). "met Xi on Monday, and Putin on Tuesday" has no verb of Putin's."""
    if cue.end() > partner.start or _CLAUSE_OPENS.search(text, cue.end(), partner.start) is None:
        return False
    after = CUE.search(text, partner.end)
    others = [m for m in leaders if m.start > partner.end]
    return (
        after is not None
        and _SUBJECT_TO_VERB.fullmatch(text, partner.end, after.start()) is not None
        and any(m.start > after.start() for m in others)
    )


def _object_of_later(
    text: str, cue: re.Match[str], partner: Mention, leaders: list[Mention]
) -> bool:
    """Whether the cue after the partner opens a clause of its own ("after", "before", ...)
    whose object is another leader: in "Trump praised Xi after meeting Takaichi" the meeting
    is Takaichi's, and Xi is what Trump praised."""
    if cue.start() < partner.end or not BREAK.search(text, partner.end, cue.start()):
        return False
    return any(
        m.start >= cue.end() and _WITH_PARTNER.match(text[cue.end() : m.start]) for m in leaders
    )


def _outside_relatives(text: str, hub: Mention, partner: Mention) -> str:
    """The sentence with the relative clauses that hold neither leader blanked: "Trump, who has
    not visited China since 2017, will travel to Beijing to meet Xi" (the "since" is the
    relative clause's, no break between Trump and his meeting)."""
    out = text
    for s, e in relative_spans(text):
        if not (s <= hub.start < e or s <= partner.start < e):
            out = out[:s] + " " * (e - s) + out[e:]
    return out


def _main_after_relative(
    text: str, hub: Mention, partner: Mention, cue: re.Match[str], cues: list[re.Match[str]]
) -> list[re.Match[str]]:
    """ "Trump and Xi, who last met in Busan in October, spoke by phone on Monday": the cue
    nearest the pair lies in a relative clause on them, a predicate of its own; the main
    clause's contact verb after it is the pair's too."""
    for s, e in relative_spans(text):
        if s <= cue.start() < e and partner.end <= s:
            return [c for c in cues if c.start() >= e][:1]
    return []


# The main clause's verb resuming a leader of the relative clause as a pronoun: "met him".
_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:with|to)\s+)?(?:him|her)\b", re.IGNORECASE)


def _resumed(
    text: str, hub: Mention, partner: Mention, cues: list[re.Match[str]]
) -> list[re.Match[str]]:
    """ "Modi, who hosts Putin every year, met him on Monday": the partner named in a relative
    clause on the hub, met again by the main clause's verb with a pronoun object."""
    for s, e in relative_spans(text):
        if hub.end <= s <= partner.start < e:
            return [c for c in cues if c.start() >= e and _PRONOUN_OBJECT.match(text, c.end())][:1]
    return []


# "after his talks with Xi", "following her meeting with the premier": the contact noun the
# possessive owns, then "with" and the partner's name and titles.
_OWN_CONTACT = re.compile(
    r"\b(?:his|her|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<cue>talks|meeting|summit|call|conversation|"
    r"discussions)\s+with\s+(?:[\w.\u2019'-]+\s+){0,5}?$",
    re.IGNORECASE,
)


def _own_contact(
    text: str, leaders: list[Mention], hub: Mention, partner: Mention, cues: list[re.Match[str]]
) -> re.Match[str] | None:
    """The cue of "his talks with <one leader>" when the sentence names just one other leader,
    whom "his" stands for: "Trump, speaking after his talks with Xi, said ..." and "Speaking
    after his meeting with Xi, Trump said ..." are a Trump-Xi contact, although "after" puts
    the talks in another clause than the sentence's first contact word. A leader who opens
    what the speaker says ("..., said Xi was a friend") is a topic and does not count."""
    if len({m.name for m in leaders if not _reported(text, m)}) != _PAIR_SIZE:
        return None
    for named in (partner, hub):
        own = _OWN_CONTACT.search(text, max(0, named.start - 80), named.start)
        if own is not None:
            return next((c for c in cues if c.start() == own.start("cue")), None)
    return None


_PAIR_SIZE = 2


def _subordinate_cue(
    text: str, hub: Mention, partner: Mention, cues: list[re.Match[str]], first: re.Match[str]
) -> re.Match[str] | None:
    """The cue of the pair's own clause when both leaders come after the "after" that follows
    the sentence's first contact word: in "The call came three weeks after Trump and Xi met in
    Busan", "the call" is another pair's and the two leaders' contact is what "met" says."""
    lo = min(hub.start, partner.start)
    cut = next(
        (m for m in BREAK.finditer(text, first.end(), lo) if not BREAK.search(text, m.end(), lo)),
        None,
    )
    if cut is None:
        return None
    hi = max(hub.end, partner.end)
    inside = [c for c in cues if cut.end() <= c.start() and c.start() < hi + CLAUSE_REACH]
    return min(inside, key=lambda c: abs(c.start() - partner.start), default=None)


# A coordinated predicate after the partner: "and would meet him", "but spoke with him".
_AND_GAP = re.compile(
    rf"[^;:.()\u2014]{{0,60}}?\b(?:and|but)\s+(?:{PAIR_SUBJECT}\s+)?{AUXILIARIES}{{0,4}}",
    re.IGNORECASE,
)


def _coordinated_pronoun(
    text: str,
    leaders: list[Mention],
    partner: Mention,
    cue: re.Match[str],
    cues: list[re.Match[str]],
) -> list[re.Match[str]]:
    """ "spoke to Xi on Sunday and would meet him on Friday": a second contact of the pair, a
    coordinated verb whose pronoun object stands for the partner."""
    for c in cues:
        if c.start() <= max(partner.end, cue.start()) or not _PRONOUN_OBJECT.match(text, c.end()):
            continue
        if any(partner.end <= m.start < c.start() for m in leaders):
            return []
        return [c] if _AND_GAP.fullmatch(text, partner.end, c.start()) else []
    return []


# "accepted Xi's invitation to visit", "spoke with Xi and agreed to visit": a second contact of
# the pair, an infinitive after the partner.
_THEN_TO = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+){0,3}?to\s+$")


def _then(text: str, partner: Mention, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cue right after the partner that its own infinitive links back to the pair."""
    after = [c for c in cues if c.start() >= partner.end]
    if not after:
        return []
    again = list(re.finditer(rf"\b{re.escape(partner.name)}\b", text[: after[0].start()]))
    start = max(partner.end, again[-1].end() if again else 0)  # "... accepted Xi's invitation"
    return after[:1] if _THEN_TO.fullmatch(text, start, after[0].start()) else []


# The cue's own partner named before a comma: the leader after it is no party to the contact
# (but "a call with the acting president, Han Duck-soo" names the partner in apposition).
_WITH_OTHER = re.compile(r"^\s+(?:with|to)\s+[^,;]+,(?=\s*\S)", re.IGNORECASE)


# "a meeting of Modi and Albanese", "the summit of the two presidents, X and Y": a contact noun
# of a pair of leaders.
_OF_PAIR = re.compile(r"^\s+of\s+(?:[\w.\u2019'-]+\s+){1,5}and\s+$", re.IGNORECASE)


# A speaker (a name, "he", or one elided after "and" or a comma), then their speech verb right
# before the leader: "..., Modi said Xi was a friend", "met Lula and said Xi would come".
# The leader opens what is said, a topic of the speaker's, not a party to a contact told
# before the speech verb.
_REPORTED_BY_OTHER = guarded_re(
    r"(?:\b(?-i:[A-Z])[\w.\u2019'-]*|\b(?:he|she|and)|,)\s+(?:(?:has|had|also|later|then)\s+)?"
    r"(?:said|says|added|noted|insisted|stressed|argued|warned|told\s+(?:reporters|journalists))"
    r"\s+(?:that\s+)?$",
    re.IGNORECASE,
)


# a speech verb right after a leader: what follows is what the leader says
_SPEECH_AFTER = re.compile(
    r"\s+(?:(?:has|had|also|later|then)\s+)?(?:said|says|added|noted|insisted|stressed|argued|"
    r"warned|told\s+(?:reporters|journalists))\b",
    re.IGNORECASE,
)


def _nearest_cue(text: str, partner: Mention, cues: list[re.Match[str]]) -> re.Match[str] | None:
    """The cue nearest the partner, but not one inside what the partner goes on to say ("...,
    Modi said Xi would visit": the visit is not Modi's contact): then the nearest before."""
    cue = min(cues, key=lambda c: abs(c.start() - partner.start))
    if cue.start() > partner.end and _SPEECH_AFTER.match(text, partner.end):
        return max(
            (c for c in cues if c.end() <= partner.start), key=lambda c: c.start(), default=None
        )
    return cue


def _reported_by_other(text: str, partner: Mention, hub: Mention, leaders: list[Mention]) -> bool:
    """Whether the partner opens what a leader other than the hub says ("After a call with
    Lula, Modi said Xi would visit": Xi is no party to Lula's call, nor Lula to Xi's visit)."""
    if not _reported(text, partner):
        return False
    speaker = next(
        (
            m
            for m in reversed(leaders)
            if m.end <= partner.start and _SPEECH_AFTER.match(text, m.end)
        ),
        None,
    )
    return speaker is not None and speaker is not hub


def _reported(text: str, leader: Mention) -> bool:
    """Whether the leader opens what a speaker says ("Modi said Xi was a friend")."""
    return _REPORTED_BY_OTHER.search(text, max(0, leader.start - 60), leader.start) is not None


def _addresses(text: str, cue: re.Match[str], partner: Mention, hub: Mention) -> bool:
    """Whether the cue before a leader is a contact with them, not talk about them.

    "Trump spoke about Putin", "met with reporters and criticised Modi", "hosted a dinner where
    he praised Xi" and "called Putin a dictator" name the leader as a topic or an object. A
    leader named after a closing quote is its speaker ("... calling Zelensky," Trump wrote).
    """
    gap = text[cue.end() : partner.start]
    quoted = _CLOSING_QUOTE.search(gap) is not None
    other = _WITH_OTHER.match(gap)  # "In a call with Japan's minister, Trump criticised Xi"
    if other is not None and not cue.end() <= hub.start < cue.end() + other.end():
        return False
    if _OF_PAIR.match(gap) and cue.end() < hub.start and NOUN_CUE.fullmatch(cue.group(0)):
        return True  # "a meeting of Modi and Albanese": the pair the contact noun is of
    if _TOPIC.match(gap) or _AUDIENCE.match(gap) or (_OTHER_PREDICATE.search(gap) and not quoted):
        return False
    if _REPORTED_BY_OTHER.search(gap):  # "After a call with Lula, Modi said Xi was a friend"
        return False
    called = cue.group(0).lower().startswith("call")
    return not (called and _NAME_CALLING.match(text, partner.end))


_CROWD = LEX["crowd"]
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
# the counted group as the contact's subject ("The three leaders then met"), or what a contact
# noun is of ("a meeting of all three leaders"): the gap between the two, within one clause
_CROWD_SUBJECT_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,4}", re.IGNORECASE)
_CROWD_OF = re.compile(r"\s+(?:of|between|among)\s+", re.IGNORECASE)


def crowd_pairs(
    text: str, leaders: list[Mention], cues: list[re.Match[str]], crowd: tuple[str, ...]
) -> list[tuple[tuple[str, str], str, int]]:
    """ "Xi, Putin and Modi arrived for the summit. The three leaders came together on
    Tuesday": a contact of the leaders a recent sentence named, counted as many as were named,
    is one contact per pair of them (as a sentence naming all three is). A sentence naming a
    leader who is not one of them, or whose count differs, stands for no one."""
    if not crowd or not cues or any(m.name not in crowd for m in leaders):
        return []
    for m in _CROWD.finditer(text):
        if _COUNTS[(m.group("count") or m.group("count2")).lower()] != len(crowd):
            continue
        cue = next((c for c in cues if _crowd_contact(text, m, c)), None)
        if cue is not None:
            return [
                (sorted_pair(a, b), cue_mode(cue), cue.start())
                for a, b in itertools.combinations(crowd, 2)
            ]
    return []


def _crowd_contact(text: str, crowd: re.Match[str], cue: re.Match[str]) -> bool:
    """Whether the counted group is the cue's subject (a few words before it) or what the
    contact noun is of ("a meeting of the three leaders")."""
    if crowd.end() <= cue.start():
        return _CROWD_SUBJECT_GAP.fullmatch(text, crowd.end(), cue.start()) is not None
    return NOUN_CUE.fullmatch(cue.group(0)) is not None and (
        _CROWD_OF.fullmatch(text, cue.end(), crowd.start()) is not None
    )

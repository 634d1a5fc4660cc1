"""Export-control facts, read as frames: an anchor noun, its roles, its step, its modality.

A sentence holds a fact when it names an export control (`anchors` in the lexicon: "export
controls", "licensing requirements", "restrictions on exports", ...). Around that anchor:

- a permit withdrawn ("revoked the licences", "withdrew the waivers") anchors a tightening of
  the control on its goods, and one issued again a lifting (`grants`, `permit_steps`);
- the item is the nearest restricted-goods word (`items`: rare earths, chips, software, ...);
- the step is the nearest measure word before the anchor, else just after it (`measures`:
  lift / suspend / tighten / impose); a control named with no step is a mention, not a fact;
- the imposer is the country (or a leader's country) named before the anchor, not as a target;
  the target is a country after a target cue ("on", "against", "for"), else `all`;
- the status comes from scoped triggers in the words before the anchor's verb (`status`:
  denied, threatened, speculated, announced), else happened; a suspension is `suspended`;
- a date after a start word is the start, after an end word the end (`starts`, `ends`);
- a control named as the cause of another act ("a tariff hike over export controls",
  `causes`) or as standing since a past year is no step; a step asked about is speculated.

All the words live in the `export_control:` section of the extractor's lexicon
(`watcher/facts/extract/data/lexicon.yaml`); this module is the fixed algorithm that reads
them.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import (
    FULL_MONTHS,
    DateMention,
    find_dates,
    period_after,
    said_on,
)
from watcher.facts.extract.gazetteer import Mention
from watcher.facts.extract.lexicon import section
from watcher.facts.extract.literals import Guarded, guarded_re
from watcher.facts.extract.memo import per_article
from watcher.facts.extract.modality import phrase_source, phrase_union, union_source
from watcher.facts.extract.recency import BACKGROUND_DAYS, month_is_old
from watcher.facts.extract.sentences import Sentence
from watcher.facts.kinds.export_control.model import ExportControl
from watcher.models import Status

_WINDOW = 80  # characters around the anchor in which its item and step are looked for
_DATE_CUE_REACH = 24  # a start or end word sits right before its date
_ANY_CASE = frozenset({"reported"})  # status classes read in any case ("Reports said")
_NO_FACT = frozenset({"conditional", "requested"})  # status classes that state no measure
_ADJECTIVE_REACH = 2  # words between "Chinese" and the control it names ("rare earth")
_FEW_WORDS = r"(?:[\w'\u2019-]+\s+){0,4}?"  # between a restriction and what it restricts
# a subject relative clause in the control's phrase: "a rule that (later) extended"
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:\w+ly\s+)?$")
_COMPOUND = re.compile(r"[\s-]+(?:\w+\s+)?")  # an item word, then the compound's head
_IT = re.compile(r"\bit\b")  # the subject of a later clause that stands for a country before
_PHRASE_WORDS = 5  # words from a modifier to the end of its control's noun phrase
# from a step verb to a modifier of its object: the rest of the verb's word, a particle, then a
# determiner and an adverb ("roll back its newly announced ..."); no verb of its own
_VERB_GAP = re.compile(r"[\w'\u2019-]*(?:\s+(?:back|up|out|off))?\s+(?:\w+\s+)?(?:\w+ly\s+)?")
_HEAD_OF = re.compile(r"[\w'\u2019-]*\s+of\b")  # a measure noun heading its own phrase
_NOT_STEP_REACH = 8  # characters a `not_steps` phrase may reach either side of its measure word
_INSIDE = 1  # the second of `_measure`'s spans: the anchor's own words
_NO_LONGER = re.compile(r"\bno\s+(?:longer|more)\s+$", re.I)  # an obligation ended, before its verb
_NO_LONGER_REACH = len("no longer ") + 2
_THAT = re.compile(r"\bthat\b", re.I)  # a relative clause after the control: its own clause
_TOPIC_WORDS = 4  # the words after a referring noun's preposition that name its topic
_CLOSING = " \"'\u201d\u2019)"  # what may close a sentence after its question mark
_QUOTES = " \"'\u201d\u2019"  # a quote's closing mark, and spaces
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# a step told in a month with no day or year ("granted licences in July"), in its own clause
_IN_MONTH = re.compile(
    rf"\bin\s+(?:(?:early|late)\s+|mid-)?(?P<month>{'|'.join(FULL_MONTHS)})\b(?!\s+\d)"
)
# the opening of a relative clause right before its verb: "(that) it", "that were"
_SUBJECT = re.compile(
    r"\b(?:(?:that|which)\s+)?(?:it|they|he|she|we)\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?$"
    r"|\b(?:that|which)\s+(?:(?:was|were)\s+|(?:had|has|have)\s+been\s+)?(?:\w+ly\s+)?$",
    re.I,
)
_DIGIT = re.compile(r"\d")
# a sentence's opening subject set off by a comma: "China, ...", "The United States, ..."
_OPENING_SUBJECT = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}),", re.I)
_OWNER_GAP = re.compile(r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,2}")  # "China's unreliable "
_AND = re.compile(r",?\s+(?P<word>and)\s+")  # the opening of a coordinated phrase
_LEAD_WORDS = 4  # words a coordinated verb phrase may hold before its step ("warned it could")
# before a coordinated phrase's step: a subject pronoun, adverbs and a day ("and on Tuesday
# banned ...", "and it banned ...")
_ADVERBIAL = re.compile(r"(?:(?:it|they|then|also|later|\w+ly|on\s+[A-Z]\w+(?:\s+\d{1,2})?)\s+)*")
_PAST = re.compile(r"\w+ed\b")  # a past form opens a finite verb phrase: "and banned exports"
_DATE_PREPOSITION = re.compile(r"\s+(?:in|on|during|last|earlier|back)\b", re.I)
_PASSIVE_GRANT = r"(?:export\s+)?"  # "export licences ... were revoked": the permit's own noun
# a passive permit step: its holder in a few words, a form of "be" and the step's verb; "be"
# only after a modal the status reads ("will be granted"): "must be approved" states the rule
_PASSIVE_STEP = (
    r"(?:\s+[\w'\u2019-]+){{0,{}}}?\s+(?:was|were|(?:has|have|had)\s+(?:not\s+|\w+ly\s+)?been"
    r"|(?:will|would|could|may|might|won't)\s+(?:not\s+)?be)\s+(?:not\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>{})"
)
_PERMIT_GAP = 6  # words between a permit's noun and the "be" of its passive step


def _phrase(entry: str) -> str:
    """A lexicon entry as a regex body, in the modality lexicon's phrase syntax."""
    return phrase_source(entry)


def _compile(entries: Iterable[str]) -> re.Pattern[str]:
    return phrase_union(list(entries))


@dataclass(frozen=True, slots=True)
class Lexicon:
    anchors: re.Pattern[str]
    obligation: Guarded  # "require exporters to obtain licences": a new requirement
    aside: re.Pattern[str]  # ", including two suppliers of parts,": no words of the clause's own
    restricted: Guarded  # "curbs on rare-earth magnet exports": noun, then its object
    object_verbs: tuple[tuple[str, Guarded], ...]  # "barred shipments of": the step
    passive_verbs: tuple[tuple[str, re.Pattern[str]], ...]  # "shipments of ... were barred"
    permission: Guarded  # "will allow Nvidia to sell": an easing, one of `object_verbs`
    permit_terms: re.Pattern[str]  # "on condition that": a permission's terms, no condition
    in_force: re.Pattern[str]  # "is" before a participle: "is allowed to sell" is the rule
    rule_clause: re.Pattern[str]  # "a rule that": the control is named by what it does
    rule_noun: re.Pattern[str]  # "its rule extending": a participle after it names the rule
    participle: re.Pattern[str]  # "extending", "extended": a step word as a participle
    origin: re.Pattern[str]  # "goods from", "pressure from": the country after it is no actor
    agent: re.Pattern[str]  # "lifted by": the country after it, after the control, imposes
    issuer: re.Pattern[str]  # "a permit from": the country after it issues the permit
    owned: re.Pattern[str]  # "entity list": a control a country right before it owns
    permits: tuple[tuple[str, Guarded], ...]  # "revoked the licences": the step
    permit: re.Pattern[str]  # any of `permits`, for the test of an anchor
    exports: re.Pattern[str]  # an object that is an export in itself, with or without an item
    generic_items: frozenset[str]  # classes whose words head a compound only generically
    head: re.Pattern[str]  # a restriction noun that heads an anchor names no step
    anchor_stems: tuple[str, ...]  # every anchor holds one of these: a cheap test first
    items: tuple[tuple[str, re.Pattern[str]], ...]
    measures: tuple[tuple[str, re.Pattern[str]], ...]
    confirmation: re.Pattern[str]  # "confirmed the ban": what reports said did happen
    not_step: re.Pattern[str]  # "in place": a measure word in a noun phrase, not a step
    step_head: re.Pattern[str]  # "enforcement of": the control's step is its clause's verb
    light_verb: re.Pattern[str]  # "put": its step is a particle after its object ...
    particle_steps: tuple[tuple[str, re.Pattern[str]], ...]  # ... "on hold": suspended
    determiner: re.Pattern[str]  # right before a measure word: it modifies a noun
    adjective: re.Pattern[str]  # a measure word that is only ever an adjective ("new")
    definite: re.Pattern[str]  # "the new controls": ones known, named with no step of their own
    status: tuple[tuple[str, re.Pattern[str]], ...]
    terminators: re.Pattern[str]
    starts: re.Pattern[str]
    ends: re.Pattern[str]
    target_cue: re.Pattern[str]
    reported: re.Pattern[str]  # "said ... would": a reported "will"
    reference: re.Pattern[str]  # "the rule", "these controls": the control named before
    topic: re.Pattern[str]  # right after a referring noun: its own topic ("its rules on ...")
    agreement: re.Pattern[str]  # "agreed to" right before the step's verb: announced
    cause: re.Pattern[str]  # "over", "amid": the control that follows causes another act
    holder: re.Pattern[str]  # right after a country's adjective: the firms it targets
    site: re.Pattern[str]  # right before a country: "factories in", the firms it targets
    government: re.Pattern[str]  # right after a country's adjective: it acts ("Dutch officials")
    other_verb: re.Pattern[str]  # between that government and the step's verb: not its step
    speaker: re.Pattern[str]  # right after a country that opens the last clause: it speaks
    opening: re.Pattern[str]  # before that country: "a", "a spokesman for", "officials in"
    history: re.Pattern[str]  # a past year before the step
    old_period: re.Pattern[str]  # "last year", "two years ago": the step is history
    old_opening: re.Pattern[str]  # "Two years ago, ...": an old period opens the sentence
    fronted: re.Pattern[str]  # "If ..., ": a condition opens the sentence
    since: re.Pattern[str]  # "since 2022": a past year from which a control stands
    standing: re.Pattern[str]  # "has long restricted": the word right before the verb
    state: re.Pattern[str]  # "already requires": an adverb of state right before the verb
    dated_origin: re.Pattern[str]  # ", a regime it introduced in 2023": the control's origin
    speech: re.Pattern[str]  # "said": a speech verb, whose subject may be the imposer
    hedge: re.Pattern[str]  # "would likely": a "would" that stays a hedge
    immediate: re.Pattern[str]  # "effective immediately": in force on the day told
    body_named: re.Pattern[str]  # "'s commerce ministry": after a country, its body
    body_ref: re.Pattern[str]  # "the ministry": a body named by its noun alone
    body_noun: re.Pattern[str]  # "Bureau" in "Bureau of Industry and Security": its noun
    export_noun: re.Pattern[str]  # "exports", "sales", "shipments": what goes to a target
    said_when: re.Pattern[str]  # "said in July", "announced last month": said earlier


@functools.cache
def lexicon() -> Lexicon:
    """The `export_control` section of the extractor's lexicon, compiled once."""
    data: dict[str, Any] = section("export_control")

    def classes(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple((k, _compile(v)) for k, v in data[name].items())

    objects = union_source([*data["export_objects"], *data["export_acts"]])
    nouns = union_source(data["restriction_nouns"])
    item_words = union_source([w for ws in data["items"].values() for w in ws])
    permits, permit = _permit_patterns(data)
    passive_gap = int(data["passive_gap"])  # words from an export to its passive's "be"
    permission = guarded_re(
        rf"(?:{union_source(data['permissions'])})\s+{_FEW_WORDS}"
        rf"(?:{union_source(data['permitted_acts'])})",
        re.I,
    )
    return Lexicon(
        anchors=_compile(data["anchors"]),
        obligation=guarded_re(
            rf"(?:{union_source(data['obligations'])})\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,{int(data['obligation_gap'])}}}?"
            rf"(?:{union_source(data['obligation_permits'])})",
            re.I,
        ),
        aside=re.compile(rf",\s+(?:{union_source(data['asides'])})\s[^,;:.]{{1,80}}?,", re.I),
        restricted=guarded_re(
            rf"(?:{nouns})\s+on\s+{_FEW_WORDS}(?:{objects}|{item_words})"
            rf"|(?:{item_words})\s+(?:export\s+)?(?:{nouns})",
            re.I,
        ),
        object_verbs=(
            *(
                (k, guarded_re(rf"(?:{union_source(v)})\s+{_FEW_WORDS}(?:{objects})", re.I))
                for k, v in data["object_verbs"].items()
            ),
            ("lifted", permission),
        ),
        passive_verbs=tuple(
            (
                k,
                re.compile(
                    rf"(?:{objects}){_PASSIVE_STEP.format(passive_gap, union_source(v))}", re.I
                ),
            )
            for k, v in data["object_verbs"].items()
        ),
        permission=permission,
        permit_terms=_compile(data["permit_terms"]),
        in_force=re.compile(rf"\b(?:{union_source(data['in_force'])})\s+(?:\w+ly\s+)?$", re.I),
        rule_clause=re.compile(
            rf"(?:{union_source(data['named_rules'])})\s+(?:that|which)\s", re.I
        ),
        rule_noun=re.compile(rf"\b(?:{union_source(data['named_rules'])})\s+$", re.I),
        participle=re.compile(
            rf"\w+(?:{'|'.join(map(re.escape, data['participle_endings']))})\b", re.I
        ),
        # an origin or a prompter: the country after it acts in neither case (one pattern, as
        # the two are tested at the same place)
        origin=re.compile(
            rf"\b(?:{union_source([*data['origins'], *data['prompters']])})\s+(?:the\s+)?$", re.I
        ),
        agent=re.compile(rf"\b(?:{union_source(data['agents'])})\s+(?:the\s+)?$", re.I),
        issuer=re.compile(
            rf"(?:{union_source(data['obligation_permits'])})\s+"
            rf"(?:{union_source(data['issuers'])})\s+(?:the\s+)?$",
            re.I,
        ),
        old_period=_compile(data["old_periods"]),
        old_opening=re.compile(rf"\s*(?:[\w-]+\s+)?(?:{union_source(data['old_periods'])})", re.I),
        fronted=re.compile(rf"\s*(?:{union_source(data['fronted_conditions'])})", re.I),
        owned=re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:{union_source(data['owned_lists'])})", re.I),
        permits=permits,
        permit=permit,
        exports=re.compile(union_source(["export*"]), re.I),
        reported=re.compile(
            rf"(?:{union_source(data['reported_speech'])})\s+(?:\w+\s+){{0,3}}?(?:that\s+)?"
            rf"(?:it|they|he|she)\s+would\b(?!\s+have\b)",
            re.I,
        ),
        generic_items=frozenset(data["generic_items"]),
        head=re.compile(union_source(data["restriction_nouns"]), re.I),
        anchor_stems=tuple(
            _anchor_stems(data["anchors"])
            | {o.rstrip("*").casefold() for o in [*data["export_objects"], *data["export_acts"]]}
            | {g.rstrip("*").casefold() for g in data["grants"]}
            # "let" alone is in "outlet" and "completely": the word and its space
            | {f"{p.casefold()} " for p in data["permissions"]}
        ),
        items=classes("items"),
        measures=classes("measures"),
        not_step=_compile(data["not_steps"]),
        step_head=re.compile(rf"(?:{union_source(data['step_heads'])})\s+[^,;:.]*$", re.I),
        light_verb=_compile(data["light_verbs"]),
        particle_steps=classes("particle_steps"),
        determiner=re.compile(rf"\b(?:{union_source(data['determiners'])})\s+(?:\w+ly\s+)?$", re.I),
        definite=re.compile(rf"\b(?:{union_source(data['definites'])})\s+(?:\w+ly\s+)?$", re.I),
        adjective=re.compile(rf"(?:{union_source(data['modifiers'])})\b", re.I),
        # case as written: the modal "may" is not the month "May"
        status=tuple(
            (k, re.compile(union_source(v), re.I if k in _ANY_CASE else 0))
            for k, v in data["status"].items()
        ),
        confirmation=re.compile(
            rf"(?:{union_source(data['confirm_verbs'])})\s+"
            rf"(?:{union_source(data['confirm_objects'] + data['references'])})",
            re.I,
        ),
        terminators=re.compile(
            "|".join(
                re.escape(t) if not t[0].isalpha() else rf"\b{re.escape(t)}\b"
                for t in data["terminators"]
            ),
            re.I,
        ),
        reference=_compile(data["references"]),
        topic=re.compile(rf"\s+(?:{union_source(data['reference_topics'])})\s+", re.I),
        cause=re.compile(rf"(?:{union_source(data['causes'])})\s+", re.I),
        agreement=re.compile(rf"(?:{union_source(data['agreements'])})\s+(?:\w+ly\s+)?$", re.I),
        **_government_patterns(data),
        standing=re.compile(rf"(?:{union_source(data['standing'])})\s+$", re.I),
        **_state_patterns(data),
        said_when=re.compile(
            rf"(?:{union_source(data['reported_speech'])})\s+(?:in\s+(?P<month>"
            rf"{'|'.join(FULL_MONTHS)})\b(?!\s+\d)|(?:{union_source(data['earlier_periods'])}))",
            re.I,
        ),
        **_cue_patterns(data),
    )


def _anchor_stems(anchors: list[str]) -> set[str]:
    """One word each anchor holds, for the cheap test of a sentence: its first, or its last
    when that is another anchor's first ("need* a licen*": "licen", as in "licen*
    requirement*"), so that no common verb ("need") lets more sentences through. Any word of
    an anchor is in every text it matches, so the test admits the same anchors."""
    firsts = {a.split()[0].rstrip("*").casefold() for a in anchors}
    stems = set()
    for anchor in anchors:
        words = [w.rstrip("*").casefold() for w in anchor.split()]
        stems.add(words[-1] if len(words) > 1 and words[-1] in firsts else words[0])
    return stems


def _state_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The words that tell a control as a state (`state_adverbs`, `origin_openings` with
    `origin_cues`), the imposer's own reported "will" (`reported_speech`, `hedges`), a step in
    force at once (`immediate`), and a government body named with its country or alone
    (`bodies`)."""
    bodies = union_source(data["bodies"])
    return {
        "state": re.compile(rf"\b(?:{union_source(data['state_adverbs'])})\s+$", re.I),
        "dated_origin": re.compile(
            rf",\s+(?=(?:{union_source(data['origin_openings'])}))(?:[^,;.]*?\s)??"
            rf"(?:{union_source(data['origin_cues'])})\s+(?:in\s+)?(?:[A-Z][a-z]+\s+)?"
            r"(?P<year>\d{4})\b",
            re.I,
        ),
        "speech": re.compile(union_source(data["reported_speech"]), re.I),
        "hedge": re.compile(union_source(data["hedges"]), re.I),
        "immediate": re.compile(union_source(data["immediate"]), re.I),
        # an office named by "of" and its field after the noun: "China's Ministry of Commerce"
        "body_named": re.compile(
            rf"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{bodies})"
            r"(?:\s+of\s+[A-Z]\w*(?:\s+(?:and\s+)?[A-Z]\w*)*)?",
            re.I,
        ),
        # "exports of graphite to", "any firm shipping gallium to": what goes to a target
        "export_noun": re.compile(
            union_source([*data["export_objects"], *data["export_acts"]]), re.I
        ),
        "body_noun": re.compile(rf"(?P<noun>{bodies})", re.I),
        # not "the president of a chamber": an office of something else
        "body_ref": re.compile(
            rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{bodies})(?!\s+of\b)", re.I
        ),
    }


def _cue_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The words right before a date that make it the start or the end (`starts`, `ends`),
    before a year that make the control stand since then or history (`since`, `history`), and
    before a country that make it the target (`target_cue`)."""

    def before_date(words: list[str]) -> re.Pattern[str]:
        return re.compile(
            r"\b(?:" + "|".join(map(_phrase, words)) + r")\s+(?:on\s+|the\s+)?$", re.I
        )

    def before_year(words: list[str]) -> re.Pattern[str]:
        cue = union_source(words)
        return re.compile(rf"(?<!\w)(?:{cue})\s+(?:[A-Z][a-z]+\s+)?(\d{{4}})\b", re.I)

    return {
        "starts": before_date(data["starts"]),
        "ends": before_date(data["ends"]),
        "since": before_year(data["since_cues"]),
        "history": before_year(data["history_cues"]),
        # "to the US", "to three US defence contractors": a count may stand before the country
        "target_cue": re.compile(
            r"\b(?:" + "|".join(map(_phrase, data["target_cues"])) + r")\s+(?:the\s+)?"
            rf"(?:(?:{union_source(data['target_counts'])}|\d[\d,]*)\s+){{0,2}}$",
            re.I,
        ),
    }


def _permit_patterns(
    data: dict[str, Any],
) -> tuple[tuple[tuple[str, Guarded], ...], re.Pattern[str]]:
    """A permit withdrawn or issued again, by step (`permit_steps`), and any of them: a grant
    noun not followed by a word that makes it the control ("licence requirement"). The step's
    verb comes first ("revoked the licences") or, in the passive, after the permit and its
    holder ("licences held by two chipmakers were revoked"); the `verb` group marks it. The
    words between the verb and the noun name no control ("approved rules requiring export
    licences" approves the control, not a permit)."""
    grants = rf"(?:{union_source(data['grants'])})(?!\s+(?:{union_source(data['grant_not'])}))"
    not_control = union_source([*data["restriction_nouns"], "requir*"])
    gap = rf"(?:(?!(?:{not_control}))[\w'\u2019-]+\s+){{0,4}}?"
    steps = data["permit_steps"]
    permits: list[tuple[str, Guarded]] = []
    for k, v in steps.items():
        permits.append((k, guarded_re(rf"(?P<verb>{union_source(v)})\s+{gap}{grants}", re.I)))
        passive = union_source([w for w in v if " " not in w])
        passive_form = rf"{_PASSIVE_GRANT}{grants}{_PASSIVE_STEP.format(_PERMIT_GAP, passive)}"
        permits.append((k, guarded_re(passive_form, re.I)))
    every = union_source([w for ws in steps.values() for w in ws])
    singles = union_source([w for ws in steps.values() for w in ws if " " not in w])
    passive_form = _PASSIVE_STEP.format(_PERMIT_GAP, singles)
    union = rf"(?:{every})\s+{gap}{grants}|{_PASSIVE_GRANT}{grants}{passive_form}"
    return tuple(permits), re.compile(union.replace("?P<verb>", ""), re.I)


def _government_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Who a country's adjective or name stands for around the control: the firms it
    targets (`holder`, `site`), its government acting (`government`, unless `other_verb`
    stands before the step), or its speaker at the end (`speaker`)."""
    holders = union_source(data["target_holders"])
    return {
        "holder": re.compile(
            rf"\s+(?:[\w-]+\s+)?(?:{holders})(?!\s+(?:{union_source(data['holder_not'])}))", re.I
        ),
        "government": re.compile(
            rf"\s+(?:[\w-]+\s+)?(?:{union_source(data['governments'])})", re.I
        ),
        "other_verb": re.compile(rf"(?:{union_source(data['other_verbs'])})|\b\w{{3,}}ed\b", re.I),
        "site": re.compile(rf"(?:{holders})\s+in\s+(?:the\s+)?$", re.I),
        "speaker": re.compile(
            rf"(?:'s)?(?:\s+[\w-]+){{0,4}}?\s+(?:{union_source(data['speaker_verbs'])})\b", re.I
        ),
        "opening": re.compile(
            rf"(?:(?:a|an|the)\s+)?(?:(?:{union_source(data['speaker_nouns'])})\s+"
            rf"(?:{union_source(data['speaker_links'])})\s+(?:the\s+)?)?",
            re.I,
        ),
    }


@dataclass(frozen=True, slots=True)
class _Bodies:
    """The country an office's noun alone stands for ("The ministry also said ...", "the
    president signed ..."): the one named with that noun last before the sentence ("China's
    commerce ministry", "US President Donald Trump"; for a president, a leader's country too),
    none when the last sentence that names one names several ("Xi and Trump met"), else the
    article's home, the dateline's country or the title's opening one; None without either.
    Read only when a sentence names an office by its noun: most articles never ask."""

    sentences: Sequence[Sentence]
    upto: int  # the index of the sentence being read
    ctx: Context | None = None

    def country(self, noun: str) -> str | None:
        if self.ctx is None:
            return None
        lex, noun = lexicon(), noun.casefold()
        owners: set[str] = set()
        for sentence in self.sentences[: self.upto]:
            if noun in sentence.text.casefold() or noun == _PRESIDENT:  # the cheap test first
                owners = _office_owners(sentence.text, noun, self.ctx, lex) or owners
        if owners:
            return owners.pop() if len(owners) == 1 else None
        return _home(self.sentences, self.ctx)


_NO_BODIES = _Bodies((), 0)
# a wire dateline's place, in capitals, opening a story: "BEIJING -", "WASHINGTON, Oct 3"
_DATELINE = re.compile(
    r"\W{0,3}(?P<place>[A-Z]{3,}(?:\s+[A-Z]{3,})?)\s*(?:,|\(|-{1,2}|\u2013|\u2014)"
)
_DATELINE_SENTENCES = 3  # a repeated title may stand before the dateline's sentence
_TITLE_OPENING = len("The ")  # a title's subject country starts within its first word or two


def _home(sentences: Sequence[Sentence], ctx: Context) -> str | None:
    """The article's home country: its dateline's ("BEIJING -"), else the one that opens its
    title as a name ("China curbs ...", "Beijing tightens ..."). The dateline's place is read
    in the article's gazetteer, which the relevance gate empties of countries when the
    article names none in their own case: gated and ungated runs then agree."""
    for sentence in sentences[:_DATELINE_SENTENCES]:
        if (m := _DATELINE.match(sentence.text)) is not None:
            places = ctx.gaz.countries.find(m["place"].title())
            if places:
                return places[0].name
    opening = [m for m in ctx.gaz.countries.find(ctx.title) if m.start <= _TITLE_OPENING]
    return opening[0].name if opening and not opening[0].adjective else None


_PRESIDENT = "president"  # an office that a leader's name holds too


def _office_owners(text: str, noun: str, ctx: Context, lex: Lexicon) -> set[str]:
    """The countries the sentence names as holding an office (`noun`, folded): a country
    right before its noun ("China's commerce ministry", "US President"), an alias that holds
    the noun (the gazetteer's "Bureau of Industry and Security"), and, for a president, the
    country of each leader named ("Xi Jinping and Donald Trump met")."""
    owners = set()
    for mention in ctx.gaz.countries.find(text):
        own = lex.body_noun.search(text, mention.start, mention.end)  # an agency's own noun
        body = own or lex.body_named.match(text, mention.end)
        if body is not None and body["noun"].casefold() == noun:
            owners.add(mention.name)
    if noun == _PRESIDENT:
        owners |= {m.name for m in _leader_countries(text, ctx)}
    return owners


def export_control_facts(sentences: Sequence[Sentence], ctx: Context) -> list[ExportControl]:
    """Every export control the article states, one per sentence and item, in text order.

    Read once per article (`per_article`): the deadline reader reads the same controls for
    their dates (`deadlines._control_deadlines`), and the registry runs this kind after it."""
    return list(_article_controls(tuple(sentences), _Read(ctx)))


class _Read:
    """A context as a memo's key: equal when its values are and its gazetteer is the same
    object (a gazetteer holds dicts: it has no value hash of its own)."""

    __slots__ = ("ctx",)

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _values(self) -> tuple[object, ...]:
        c = self.ctx
        return (c.published, c.default_year, c.title, c.undated, id(c.gaz))

    def __hash__(self) -> int:
        return hash(self._values())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Read) and (
            other.ctx.gaz is self.ctx.gaz and other._values() == self._values()
        )


@per_article
def _article_controls(sentences: tuple[Sentence, ...], read: _Read) -> tuple[ExportControl, ...]:
    """`export_control_facts`, as a tuple (hashable arguments, an immutable result)."""
    ctx = read.ctx
    lex = lexicon()
    found: list[ExportControl] = []
    previous: ExportControl | None = None  # the fact of the sentence before, if it gave one
    for i, sentence in enumerate(sentences):
        after = sentences[i + 1].text if i + 1 < len(sentences) else ""
        facts = _sentence_facts(sentence.text, ctx, lex, after, _Bodies(sentences, i, ctx))
        if not facts and previous is not None and previous in found:
            dated = _dated_by_reference(sentence.text, previous, ctx, lex)
            if dated is not None:  # "The rule takes effect on December 15.": the same control
                found[found.index(previous)] = dated
        for fact in facts:
            if all(f.key != fact.key or f.measure != fact.measure for f in found):
                found.append(fact)
        previous = facts[-1] if facts else None
    return tuple(found)


def _stems(text: str, lex: Lexicon) -> bool:
    """The sentence holds a word that every control's anchor holds: the cheap test first."""
    folded = text.casefold()
    return any(stem in folded for stem in lex.anchor_stems)


def _sentence_facts(
    text: str, ctx: Context, lex: Lexicon, after: str, bodies: _Bodies = _NO_BODIES
) -> list[ExportControl]:
    """The sentence's export controls: one, or one per conjunct when a coordinated verb
    phrase after the control names a control of its own ("said it would add US firms to its
    entity list, and threatened to restrict gallium exports"). Each conjunct is read with the
    other's words blanked (same length): the first keeps its own item; the second keeps the
    shared subject and, when its verb is finite ("and threatened to", "and banned"), takes
    its status from its own words, else from the first's ("would add ... and restrict").
    Each keeps the whole sentence as its evidence."""
    fact = _sentence_fact(text, ctx, lex, after, bodies=bodies)
    if fact is None or " and " not in text:
        return [fact] if fact else []  # the cheap test first: no coordination
    anchor, _, verb_at = _anchor(text, lex)
    if anchor is None or (split := _conjunct(text, anchor.end(), ctx, lex)) is None:
        return [fact]
    at, word_at, tail_at, tail_end, finite, subject = split
    head = text[:at] + " " * (tail_end - at) + text[tail_end:]
    first = 0 if subject else min(verb_at, anchor.start())  # its own subject: not the first's
    tail = text[:first] + " " * (word_at - first) + text[word_at:]
    facts = [
        _sentence_fact(head, ctx, lex, after, bodies=bodies),
        _sentence_fact(tail, ctx, lex, after, own=tail_at if finite else 0, bodies=bodies),
    ]
    return [dataclasses.replace(f, evidence=text) for f in facts if f is not None]


def _conjunct(
    text: str, anchor_end: int, ctx: Context, lex: Lexicon
) -> tuple[int, int, int, int, bool, bool] | None:
    """A coordinated verb phrase after the control that names a control of its own: where
    it starts (with its comma), where its "and" starts, where its words start and end (the
    clause's end), whether its verb is finite (a status word before its step, or a past
    form: "and threatened to curb", "and banned") and whether it has a subject of its own;
    None without one. Its step must open it, after at most a status word and a few words
    ("and banned exports of", "and warned it could curb exports"), or only an adverb or a
    day ("and on Tuesday banned exports"), or a subject of its own that names a party ("and
    the Commerce Department eased curbs on"): "and germanium", "and new curbs on" coordinate
    nouns, not verbs."""
    for m in _AND.finditer(text, anchor_end):
        stop = lex.terminators.search(text, m.end())
        end = stop.start() if stop else len(text)
        words = text[m.end() : end]
        anchor, measure, verb_at = _anchor(words, lex)
        if anchor is None or measure is None or lex.adjective.match(words, verb_at):
            continue
        lead = words[:verb_at]
        status = _status(lead, lex)
        if len(lead.split()) > _LEAD_WORDS:
            continue
        finite = status is not None or _PAST.match(words, verb_at) is not None
        subject = status is None and not _ADVERBIAL.fullmatch(lead)
        if subject and not (finite and _party_in(lead, ctx, lex)):
            # a subject of its own names a party and takes a finite verb: not "and US firms
            # halted", nor "and the U.S.-specific licensing requirements"
            continue
        return m.start(), m.start("word"), m.end(), end, finite, subject
    return None


def _party_in(words: str, ctx: Context, lex: Lexicon) -> bool:
    """`words` name a country or a leader that can act: a clause's own subject ("the
    Commerce Department", "Beijing"), not the adjective of firms ("US firms")."""
    return bool(ctx.gaz.leaders.find(words)) or any(
        not lex.holder.match(words, m.end) for m in ctx.gaz.countries.find(words)
    )


def _dated_by_reference(
    text: str, fact: ExportControl, ctx: Context, lex: Lexicon
) -> ExportControl | None:
    """The control of the sentence before with the dates of this one, when this one refers
    back to it by its noun ("the rule", "the ban", "these controls") and dates its start or
    end; None when it does neither or the dates are the ones known."""
    if not any(_refers(text, m, ctx, lex) for m in lex.reference.finditer(text)):
        return None
    effective, ends = _dates(text, ctx, lex)
    effective, ends = fact.effective or effective, fact.ends or ends
    if (effective, ends) == (fact.effective, fact.ends):
        return None
    status = fact.status
    if status is Status.HAPPENED and effective and ctx.published and effective > ctx.published:
        status = Status.ANNOUNCED
    return dataclasses.replace(fact, status=status, effective=effective, ends=ends)


def _refers(text: str, noun: re.Match[str], ctx: Context, lex: Lexicon) -> bool:
    """A referring noun refers to the control unless a topic of its own follows it: "its
    rules on football" names another rule; "the rule on chips", "the curbs on China", "the ban
    on Thursday" name the control's item, target or date."""
    topic = lex.topic.match(text, noun.end())
    if topic is None:
        return True
    words = text[topic.end() :].split(maxsplit=_TOPIC_WORDS)[:_TOPIC_WORDS]
    window = " ".join(words)
    if (stop := lex.terminators.search(window)) is not None:
        window = window[: stop.start()]
    return bool(
        any(p.search(window) for _, p in lex.items)
        or lex.exports.search(window)
        or lex.anchors.search(window)
        or ctx.gaz.countries.find(window)
        or find_dates(window, ctx.published, default_year=ctx.default_year)
    )


def _sentence_fact(
    text: str,
    ctx: Context,
    lex: Lexicon,
    after: str,
    *,
    own: int = 0,
    bodies: _Bodies = _NO_BODIES,
) -> ExportControl | None:
    """The sentence's export control, if it states one; `after` is the next sentence, which
    may confirm what this one only reports; `own`: where the words that give its status may
    start at the earliest (a coordinated verb phrase's own, `_sentence_facts`); `bodies`:
    the countries an office's noun alone stands for ("the ministry", `_Bodies`)."""
    if not _stems(text, lex):
        return None
    anchor, measure, verb_at = _anchor(text, lex)
    if anchor is None:
        return None
    scope = _host(text, _scope(text, min(verb_at, anchor.start()), lex), verb_at, lex)
    imposer, target = _imposer(text, (scope, anchor.start(), verb_at), ctx, lex, bodies=bodies)
    status = _status(_own_words(text[max(scope, own) : verb_at], imposer, bodies, ctx, lex), lex)
    if status is None and measure is not None and lex.agreement.search(text, scope, verb_at):
        status = "announced"  # "agreed to lift its export ban": the step's verb right after
    # "In 2023, China restricted ...", "Two years ago, ...": the whole sentence
    opening = lex.history.match(text) or lex.old_opening.match(text)
    told_to = _own_clause_end(text, anchor, verb_at, ctx)
    if (
        _caused(text, scope, anchor.start(), verb_at if measure else None, lex)
        or _historical(
            text[scope:told_to] if opening is None else text[:told_to], ctx.published, lex
        )
        or _standing(
            text, scope, verb_at, max(verb_at, anchor.end()), published=ctx.published, lex=lex
        )
        or _present_state(text, verb_at, max(verb_at, anchor.end()), ctx.published, lex)
        or _earlier(text, anchor, (verb_at, status), ctx.published, lex)
    ):
        return None
    terms = lex.permission.fullmatch(anchor[0]) is not None
    if status in (None, "announced") and _conditioned(text, anchor.end(), lex, terms=terms):
        status = "conditional"  # "would reinstate export controls if ...": no step stated
    if measure is None and status not in (None, "announced"):
        # "threatened export controls": the threat of new ones; but "will discuss export
        # controls" announces a talk, not a control
        measure = "new"
    if imposer is None or measure is None or status in _NO_FACT:
        return None
    item = _nearest_class(text, anchor, lex)
    if item is None and (
        lex.permit.fullmatch(anchor[0])
        or not (lex.anchors.fullmatch(anchor[0]) or lex.exports.search(anchor[0]))
    ):
        return None  # "banned sales of", "revoked its licence" with no item named: no export
    status = _unless_confirmed(status, (text, anchor.end(), after), lex)
    if status in (None, "announced") and text.rstrip(_CLOSING).endswith("?"):
        status = "speculated"  # "Will Beijing tighten its controls?": asked, not stated
    status = _immediate(status, text, verb_at, lex)
    effective, ends = _dates(text, ctx, lex, (measure, verb_at))
    return ExportControl(
        _firmness(status, measure, effective, ctx.published),
        text,
        imposer,
        item or "unspecified",
        measure,
        target,
        effective,
        ends,
    )


def _body_imposer(
    text: str, anchor_at: int, bodies: _Bodies, ctx: Context, lex: Lexicon
) -> str | None:
    """The country a body named by its noun alone stands for, when that body says or takes
    the step: "The ministry also said exports ... would require ..." before the control, or
    "..., the ministry said" opening the last clause; None when the words before its noun name
    a country of their own ("the Japanese trade ministry")."""
    last_clause = _last_clause(text)
    for ref in lex.body_ref.finditer(text):
        if ref.start() >= anchor_at and not (
            ref.start() >= last_clause and lex.speaker.match(text, ref.end())
        ):
            continue
        if not ctx.gaz.countries.find(ref[0]):
            return bodies.country(ref["noun"])
    return None


# the "would" right before the step's verb, an adverb between them ("would also require")
_WOULD = re.compile(r"\bwould\s+(?:(?P<adverb>\w+)\s+)?(?:be\s+)?$")
# what may stand between a speaker and its speech verb: "also", "on Tuesday", "in a statement"
_SPEAKER_TAIL = re.compile(r"(?:\s+(?:also|\w+ly|on\s+\w+|in\s+a\s+statement))*\s*$")
_DASH = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s")  # after a dateline: "BEIJING (Reuters) - "
_SPEAKER_OPENING = len("The ")  # a speaker country starts within the subject's first word


def _own_words(words: str, imposer: str | None, bodies: _Bodies, ctx: Context, lex: Lexicon) -> str:
    """The words that give the step's status, with a reported "would" read as "will" when
    the speaker is the pronoun of a speech verb ("said it would") or the imposer itself."""
    words = lex.reported.sub(_will, words)
    if imposer is None or "would" not in words:
        return words  # the cheap test first
    return _own_future(words, imposer, bodies, ctx, lex)


def _immediate(status: str | None, text: str, verb_at: int, lex: Lexicon) -> str | None:
    """An announced step in force at once ("will require a licence, effective immediately",
    "with immediate effect", "from today") has happened on the day it is told. The phrase
    counts up to the first terminator after the step's verb that is no comma: "..., while
    its tariffs take effect immediately" tells of another act."""
    if status != "announced":
        return status
    stops = (m.start() for m in lex.terminators.finditer(text, verb_at) if m[0] != ",")
    end = next(stops, len(text))
    return None if lex.immediate.search(text, verb_at, end) else status


def _own_future(words: str, imposer: str, bodies: _Bodies, ctx: Context, lex: Lexicon) -> str:
    """`words` (the step's clause up to its verb) with a reported "would" read as "will"
    when the speech verb's subject is the imposer itself: its name ("Beijing said exports
    would require ..."), its government ("China's commerce ministry said"), or its body by
    noun ("The ministry also said"). Anyone else's "would" stays a hedge ("analysts said
    exports would ..."), as does "would likely"."""
    would = _WOULD.search(words)
    if would is None or (would["adverb"] and lex.hedge.fullmatch(would["adverb"])):
        return words
    said = list(lex.speech.finditer(words, 0, would.start()))
    if not said:
        return words
    subject = _SPEAKER_TAIL.sub("", _DASH.split(words[: said[-1].start()])[-1]).strip()
    if _speaker_country(subject, bodies, ctx, lex) != imposer:
        return words
    return words[: would.start()] + "will" + words[would.start() + len("would") :]


def _speaker_country(subject: str, bodies: _Bodies, ctx: Context, lex: Lexicon) -> str | None:
    """The country a speech verb's subject stands for: the subject is a body by its noun
    ("The ministry"), a country's name ("Beijing"), or a country's government ("China's
    commerce ministry", "Chinese officials", "The Commerce Department", an agency named as its
    country's alias); None for anyone else ("Analysts at a US bank")."""
    ref = lex.body_ref.fullmatch(subject)
    mentions = ctx.gaz.countries.find(subject)
    if ref is not None and not mentions:
        return bodies.country(ref["noun"])
    if not mentions or mentions[0].start > _SPEAKER_OPENING:
        return None
    first = mentions[0]
    rest = subject[first.end :]
    if not rest.strip() and not first.adjective:
        return first.name
    own = lex.body_named.fullmatch(rest) or lex.government.fullmatch(rest)
    return first.name if own is not None else None


def _unless_confirmed(status: str | None, later: tuple[str, int, str], lex: Lexicon) -> str | None:
    """A step only reported is speculated, unless the later words confirm it: the sentence
    from `later[1]` (the control's end) on, or the next sentence (`later[2]`): "Reports said
    ..., and the ministry confirmed the ban"."""
    if status != "reported":
        return status
    text, anchor_end, after = later
    confirmed = lex.confirmation.search(text, anchor_end) or lex.confirmation.search(after)
    return None if confirmed else "speculated"


def _conditioned(text: str, anchor_end: int, lex: Lexicon, *, terms: bool = False) -> bool:
    """A condition right after the control, in its clause ("... export controls on rare
    earths if Washington breaks the truce"), or one that opens the sentence ("If Washington
    lifts its curbs, China will ease ..."; `fronted_conditions`): the step hangs on it. A
    relative clause ("controls on drones that could be used if ...") has conditions of its
    own. With `terms` (a permission), the permit's terms ("as long as it shares the revenue")
    are no condition."""
    stops = [
        m.start()
        for m in (lex.terminators.search(text, anchor_end), _THAT.search(text, anchor_end))
        if m
    ]
    window = text[anchor_end : min(stops, default=len(text))]
    if terms:
        window = lex.permit_terms.sub(" ", window)
    if lex.fronted.match(text) and not (terms and lex.permit_terms.match(text.lstrip())):
        return True  # "If ..., China will ease": but a permission's terms may open it too
    return dict(lex.status)["conditional"].search(window) is not None


def _caused(text: str, scope: int, anchor_at: int, step_at: int | None, lex: Lexicon) -> bool:
    """The control is named as the cause of another act ("a tariff hike over export
    controls"): a cause cue stands between the clause's start and the control, and no step word
    stands after the cue ("retaliated against US curbs"; "in response, it tightened ..." has
    its step after the cue)."""
    cues = [m.end() for m in lex.cause.finditer(text, scope, anchor_at)]
    return bool(cues) and (step_at is None or step_at < cues[-1])


def _anchor(text: str, lex: Lexicon) -> tuple[re.Match[str] | None, str | None, int]:
    """The first control in the sentence, its step and where the step's word starts: a permit
    withdrawn ("revoked the licences", "cancelled export licences"), a tightening, when it
    comes first; a control noun ("export controls") or a restriction of an export ("curbs on
    magnet exports"), whose step is the measure word around it; else a verb that restricts an
    export ("halted shipments of"), whose class is the step."""
    obliged = lex.obligation.search(text)
    found = (lex.anchors.search(text), lex.restricted.search(text), obliged)
    nouns = [m for m in found if m]
    permits = [(m, name) for name, p in lex.permits if (m := p.search(text)) is not None]
    if permits:
        # a permit withdrawn ("cancelled export licences") or issued again, when it comes first
        permit, step = min(permits, key=lambda hit: hit[0].start())
        if all(permit.start() <= n.start() for n in nouns):
            return permit, step, permit.start("verb")  # after the permit in the passive
    if nouns:
        anchor = min(nouns, key=_start)
        measure, verb_at = _measure(text, anchor, lex)
        # "will no longer need a licence": the requirement lifted
        if _NO_LONGER.search(text, max(0, anchor.start() - _NO_LONGER_REACH), anchor.start()):
            return anchor, "lifted", anchor.start()
        if measure is None and anchor is obliged:
            return anchor, "new", anchor.start()  # "must obtain a licence": a new requirement
        return anchor, measure, verb_at
    return _verb_anchor(text, lex)


def _verb_anchor(text: str, lex: Lexicon) -> tuple[re.Match[str] | None, str | None, int]:
    """The first verb that restricts an export, its class and where the verb starts: before
    its object ("halted shipments of"), or after it in the passive ("shipments of gallium
    were halted"), where the export opens the anchor and the verb comes later."""
    verbs = [
        (m, name, False)
        for name, p in lex.object_verbs
        if (m := p.search(text)) is not None and not _in_force(text, m, lex)
    ]
    if _BE_WORD.search(text):  # the cheap test first: a passive needs its "be"
        verbs += [(m, name, True) for name, p in lex.passive_verbs if (m := p.search(text))]
    if not verbs:
        return None, None, 0
    anchor, name, passive = min(verbs, key=lambda hit: hit[0].start())
    if passive:
        return anchor, name, anchor.start("verb")
    if lex.rule_noun.search(text, max(0, anchor.start() - _WINDOW), anchor.start()):
        # "will delay its rule restricting chip exports": the participle names the rule; the
        # step is the verb that takes the rule, if one stands before it
        measure, verb_at = _measure(text, anchor, lex)
        if measure is not None and verb_at < anchor.start():
            return anchor, measure, verb_at
    return anchor, name, anchor.start()


def _in_force(text: str, verb: re.Match[str], lex: Lexicon) -> bool:
    """An object verb as a participle in the present passive ("is allowed to sell only ...",
    "are barred from selling"): the rule in force, not a step taken."""
    first = verb[0].split(maxsplit=1)[0].casefold()
    if not first.endswith(("ed", "en")):
        return False  # the cheap test first: "is halting shipments" is a step under way
    return lex.in_force.search(text, max(0, verb.start() - 20), verb.start()) is not None


def _start(m: re.Match[str]) -> int:
    return m.start()


def _scope(text: str, verb_at: int, lex: Lexicon) -> int:
    """Where the clause of the anchor's verb starts: after the last terminator before it."""
    ends = [m.end() for m in lex.terminators.finditer(text, 0, verb_at)]
    return ends[-1] if ends else 0


_GERUND = re.compile(r"[a-z]+ing\b")  # a participle in -ing: "requiring", "halting"
_BE_WORD = re.compile(r"\s(?:was|were|been|be)\s", re.I)  # in every `_PASSIVE_STEP`
_ASIDE_RELATIVE = re.compile(r",\s+(?:which|who)\s")  # ", which rose last year," before a clause


def _host(text: str, scope: int, verb_at: int, lex: Lexicon) -> int:
    """Where the step's clause starts, taking a participle clause with its host: a clause
    that opens with an -ing verb right after a comma ("China hit back on Friday, requiring
    exporters of gallium to obtain licences") has no subject of its own, so its subject, its
    modality and its time are the host clause's ("threatened to retaliate, banning ...").
    A relative clause set off by commas right before ("China said exports of graphite, which
    moved freely until now, will need a licence") interrupts the clause, which goes on: it
    starts before the relative clause."""
    if scope == 0 or text[scope - 1] != ",":
        return scope  # the cheap test first
    if _GERUND.match(text, verb_at) and _ADVERBIAL.fullmatch(text[scope:verb_at].lstrip()):
        return _scope(text, scope - 1, lex)
    comma = text.rfind(",", 0, scope - 1)
    relative = _ASIDE_RELATIVE.match(text, comma) if comma >= 0 else None
    if relative is None or lex.terminators.search(text, relative.end(), scope - 1):
        return scope
    return _scope(text, comma, lex)


def _nearest_class(text: str, anchor: re.Match[str], lex: Lexicon) -> str | None:
    """The class of the item word nearest the anchor; in a compound of two item words, the
    head's ("chip design software": software), unless the head is a generic one ("chipmaking
    equipment": chips; `generic_items` in the lexicon)."""
    lo, hi = max(0, anchor.start() - _WINDOW), anchor.end() + _WINDOW
    hits = sorted(
        (m.start(), m.end(), name) for name, p in lex.items for m in p.finditer(text, lo, hi)
    )
    if not hits:
        return None
    _, end, name = min(
        hits, key=lambda h: min(abs(h[0] - anchor.end()), abs(anchor.start() - h[1]))
    )
    generic = lex.generic_items
    if name in generic:  # "chipmaking equipment" before the anchor: the modifier's class
        start = next(h[0] for h in hits if h[1] == end and h[2] == name)
        for _, mod_end, mod in hits:
            if mod not in generic and mod_end <= start and _COMPOUND.fullmatch(text[mod_end:start]):
                return mod
    for head_start, _, head in hits:
        gap = text[end:head_start]
        if head_start >= end and head != name and head not in generic and _COMPOUND.fullmatch(gap):
            return head
    return name


def _measure(text: str, anchor: re.Match[str], lex: Lexicon) -> tuple[str | None, int]:
    """The step and where its word starts: the last measure word before the anchor, else one
    inside it ("require licences"), else the first just after it and before the clause ends
    ("controls ... were suspended"); None when no step is named."""
    after_end = min(anchor.end() + _WINDOW // 2, len(text))
    if (stop := lex.terminators.search(text, anchor.end(), after_end)) is not None:
        after_end = stop.start()
    headed = _headed_step(text, anchor, lex)
    if headed is not None:
        return headed
    head = lex.head.match(text, anchor.start())  # "restrictions on ...": a noun, not a step
    spans = (
        (_reach(text, anchor.start(), lex), anchor.start(), True),
        (head.end() if head else anchor.start(), anchor.end(), False),
        (anchor.end(), after_end, False),
    )
    modified: tuple[str | None, int] | None = None  # a modifier before the control, no verb
    for span, (lo, hi, last) in enumerate(spans):
        hits = sorted(
            (m.start(), name)
            for name, pattern in lex.measures
            for m in pattern.finditer(text, lo, hi)
            # inside the anchor, its restriction noun ("rare earth export restrictions",
            # "export ban") names the control, not a step
            if (span != _INSIDE or not lex.head.match(text, m.start()))
            and not _inside(lex.not_step, text, m)
        )
        if hits and last:
            at, name = _governing(text, hits, lex)
            if modified is None and _modifies(text, (at, anchor.start()), lex):
                # "the new controls were suspended": the step may follow; with a definite
                # article and none ("complying with the new controls"), the phrase names a
                # known control; a possessive ("said its new controls apply") reports one
                determined = lex.definite.search(text, max(0, at - 24), at)
                modified = (None, anchor.start()) if determined else (name, at)
                continue
            if lex.light_verb.match(text, at):  # "put its curbs on hold": the particle's step
                # after the control, or before it when the control is told after the light
                # verb's object ("put its affiliates rule on ice: the export restrictions ...")
                name = _particle_step(text, (at, after_end), lex) or name
            return name, at
        if hits:
            return hits[0][1], hits[0][0]
    return _passive_step(text, anchor.end(), lex) or modified or (None, anchor.start())


def _headed_step(text: str, anchor: re.Match[str], lex: Lexicon) -> tuple[str, int] | None:
    """The step of a control a noun of carrying out heads ("Enforcement of the export controls
    Beijing unveiled in October will be paused until ..."): the passive its clause ends in
    (`_passive_step`), not the verbs of the words between, which tell of the control. None
    when no such noun stands right before the control (the cheap test first: "of" there)."""
    lo = max(0, anchor.start() - _WINDOW // 2)
    if " of " not in text[lo : anchor.start()]:
        return None
    if not lex.step_head.search(text, lo, anchor.start()):
        return None
    return _passive_step(text, anchor.end(), lex)


# a passive's auxiliary, an adverb after it: "would be", "has been", "were quietly"
_BE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?", re.I)


def _passive_step(text: str, anchor_end: int, lex: Lexicon) -> tuple[str, int] | None:
    """The step of a control that is the subject of a passive further on in its clause, past
    the words `_measure` looks at ("licence requirements for gallium and germanium destined for
    the United States would be suspended"): a measure word right after a form of "be", before
    the clause ends or a relative clause opens ("curbs on firms that were added ..." tells of
    the firms)."""
    stops = [
        m.start()
        for m in (lex.terminators.search(text, anchor_end), _THAT.search(text, anchor_end))
        if m
    ]
    end = min(stops, default=len(text))
    for be in _BE.finditer(text, anchor_end, end):
        for name, pattern in lex.measures:
            if (m := pattern.match(text, be.end(), end)) is not None:
                return name, m.start()
    return None


def _reach(text: str, anchor_at: int, lex: Lexicon) -> int:
    """Where a step before the control may start: `_WINDOW` before it (not counting an aside
    set off by commas, `asides` in the lexicon), or before the rule
    whose relative clause names it ("will suspend for one year a rule that subjected
    affiliates of blacklisted firms to export restrictions"): the step is the rule's."""
    lo = max(0, anchor_at - _WINDOW)
    if "," in text[lo:anchor_at]:  # the cheap test first: an aside needs its commas
        # an aside set off by commas ("added 12 firms, including two suppliers of parts, to
        # its entity list"; "pushed back, by a year, the rule") does not count to the window
        asides = sum(len(m[0]) for m in lex.aside.finditer(text, max(0, lo - _WINDOW), anchor_at))
        lo = max(0, lo - asides)
    far = max(0, lo - _WINDOW)
    if " that " not in text[far:anchor_at] and " which " not in text[far:anchor_at]:
        return lo  # the cheap test first
    rules = [m.start() for m in lex.rule_clause.finditer(text, far, anchor_at)]
    return min(lo, max(0, rules[-1] - _WINDOW)) if rules else lo


def _particle_step(text: str, span: tuple[int, int], lex: Lexicon) -> str | None:
    """The step a particle after the control gives its light verb ("put its export curbs on
    hold": suspended), if one stands in the clause."""
    return next((name for name, p in lex.particle_steps if p.search(text, *span)), None)


def _inside(pattern: re.Pattern[str], text: str, word: re.Match[str]) -> bool:
    """The measure word is part of a `pattern` phrase ("in place"): the phrase may start a
    few characters before the word; only a short window round the word is searched."""
    lo = max(0, word.start() - _NOT_STEP_REACH)
    return (m := pattern.search(text, lo, word.end() + _NOT_STEP_REACH)) is not None and (
        m.start() <= word.start() < m.end()
    )


def _governing(text: str, hits: list[tuple[int, str]], lex: Lexicon) -> tuple[int, str]:
    """The last step word before the control, unless it is the verb of a relative clause
    that follows an earlier one ("will suspend a rule that extended export restrictions":
    suspend; "a rule that" with its verb right after "that"), or a modifier in the object the
    verb before it takes ("will pause its new controls": pause, not new; "scrapped the tighter
    rules": scrap). A verb that only imposes leaves the step to a modifier of another class:
    "imposed tighter controls" tightens them."""
    if len(hits) > 1 and (
        _RELATIVE.search(text[hits[-2][0] : hits[-1][0]])
        or _names_rule(text, hits[-2][0], hits[-1][0], lex)
    ):
        return hits[-2]
    last = len(hits) - 1
    while (
        last > 0
        and not (hits[last - 1][1] == "new" != hits[last][1])
        and _object_of(text, hits[last - 1][0], hits[last][0], lex)
    ):
        last -= 1
    return hits[last]


def _names_rule(text: str, verb_at: int, word_at: int, lex: Lexicon) -> bool:
    """The step word at `word_at` is a participle right after a rule's noun, which the verb
    at `verb_at` takes as its object ("will pause its rule extending export curbs": pause):
    a reduced relative clause that names the rule, not a step of its own."""
    return (
        lex.participle.match(text, word_at) is not None
        and lex.rule_noun.search(text, verb_at, word_at) is not None
    )


def _object_of(text: str, verb_at: int, word_at: int, lex: Lexicon) -> bool:
    """The measure word at `word_at` modifies the object of the one at `verb_at`: only the
    rest of the verb's word, a particle and a determiner (or adverb) stand between them."""
    gap = _VERB_GAP.fullmatch(text, verb_at, word_at)
    return gap is not None and _modifies(text, (word_at, word_at), lex)


def _modifies(text: str, at: tuple[int, int], lex: Lexicon) -> bool:
    """The measure word at `at[0]` is an adjective: a determiner (or an adverb after one)
    stands right before it, or it is only ever an adjective ("new", "tighter"); and when
    `at[1]` (the control) lies after it, only a few words of the noun phrase lie between."""
    word_at, anchor_at = at
    if _HEAD_OF.match(text, word_at):
        return False  # "extended the suspension of its ban": the noun the verb acts on
    if anchor_at > word_at and len(text[word_at:anchor_at].split()) > _PHRASE_WORDS:
        return False
    return bool(
        lex.determiner.search(text, max(0, word_at - 24), word_at)
        or lex.adjective.match(text, word_at)
    )


def _parties(
    text: str, scope: int, at: tuple[int, int], ctx: Context, lex: Lexicon
) -> tuple[str | None, str]:
    """The imposer: the country (or leader's country) nearest before the anchor in its clause,
    not named as a target, and not an adjective of something else ("Chinese companies"), else
    a passive's agent after it ("were lifted by the United States"), else the speaker at the
    end, else, when the clause's subject is "it", the country named last before the clause
    ("China has earned ..., and on Monday it banned ..."); the target: a country after a
    target cue, else `all`. A source ("according to US officials"), an origin ("a tariff on
    goods from China, along with export controls") or a prompter ("bowed to pressure from
    Washington and eased ...") is neither.
    `at`: where the anchor and the step's verb start."""
    anchor_at, verb_at = at
    imposer: str | None = None
    earlier: str | None = None  # the last country named, as a name, before the clause
    target = "all"
    mentions = sorted([*ctx.gaz.countries.find(text), *_leader_countries(text, ctx)], key=_at)
    for mention in mentions:
        before = text[max(0, mention.start - 30) : mention.start]
        if _SOURCE.search(before) or lex.origin.search(before):
            continue  # "according to US officials", "goods from China": neither party
        cued = _cued(text, before, mention, (scope, anchor_at), lex)
        # the imposer's own firms ("let two American firms sell chips to China") are no target
        if (
            cued
            and (mention.start > anchor_at or _exported_to(text, scope, mention.start, lex))
            and target == "all"
            and mention.name != imposer
        ):
            target = mention.name
        elif (
            not cued
            and scope <= mention.start < anchor_at
            and _actor(text, mention, (anchor_at, verb_at), lex)
        ):
            imposer = mention.name  # the last one before the anchor is the nearest
        elif not cued and not mention.adjective and mention.start < scope:
            earlier = mention.name
    if target == "all":  # a country after a target cue comes first
        target = _holder_country(text, mentions, lex) or target
    if imposer is None:
        imposer = _agent(text, mentions, anchor_at, lex) or _speaker(text, mentions, anchor_at, lex)
    if imposer is None and _IT.search(text, scope, anchor_at):
        imposer = earlier
    if target == imposer:
        target = "all"
    return imposer, target


def _imposer(
    text: str,
    at: tuple[int, int, int],
    ctx: Context,
    lex: Lexicon,
    *,
    bodies: _Bodies,
) -> tuple[str | None, str]:
    """The parties (`_parties`); with no imposer named, the subject a parenthetical cut off
    (`_interrupted`), else the country a definite actor stands for ("the ministry said it
    would ...", `_body_imposer`), and the target `all` when it is that imposer. `at`: where
    the clause, the anchor and the step's verb start."""
    scope, anchor_at, verb_at = at
    imposer, target = _parties(text, scope, (anchor_at, verb_at), ctx, lex)
    if imposer is not None:
        return imposer, target
    imposer = _interrupted(text, scope, verb_at, ctx) or _relative_owner(text, anchor_at, ctx)
    if imposer is None:
        imposer = _body_imposer(text, anchor_at, bodies, ctx, lex)
        if imposer is not None and imposer == target and lex.owned.match(text, anchor_at):
            # "The ministry added seven U.S. contractors to its control list" read as the
            # dateline's US ministry: a country lists others' firms, so the office is not
            # the one its noun was taken for, and no one is named to impose
            return None, target
    return imposer, "all" if target == imposer else target


# a relative clause with no "that" whose subject is a country right after the control's noun:
# "the export measures Beijing unveiled on Oct. 9", "the curbs Washington had imposed"
_CONTACT_CLAUSE = re.compile(
    r"(?:controls?|restrictions?|curbs?|measures?|rules?|bans?)\s+(?:the\s+)?$", re.I
)
_CLAUSE_VERB = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?\w+ed\b")
_CONTROL_PHRASE = 60  # characters after the anchor's start searched for that relative clause


def _relative_owner(text: str, anchor_at: int, ctx: Context) -> str | None:
    """The country that is the subject of a relative clause with no "that" right after the
    control ("Enforcement of the export measures Beijing unveiled in October will be paused"):
    the control is the one it imposed. A name, not an adjective ("the curbs Chinese firms
    faced"), then a past verb."""
    window = text[anchor_at : anchor_at + _CONTROL_PHRASE]
    for m in ctx.gaz.countries.find(window):
        if m.adjective or not _CONTACT_CLAUSE.search(window, 0, m.start):
            continue
        if _CLAUSE_VERB.match(window, m.end):
            return m.name
    return None


def _own_clause_end(text: str, anchor: re.Match[str], verb_at: int, ctx: Context) -> int:
    """Where the words that may date the step end: at its verb, or at the control's noun when
    a relative clause with no "that" follows it before a later verb ("the rules China
    announced in August will be halted"): that clause dates the control, not the step."""
    if verb_at <= anchor.end() or _relative_owner(text, anchor.start(), ctx) is None:
        return verb_at
    return anchor.end()


def _interrupted(text: str, scope: int, verb_at: int, ctx: Context) -> str | None:
    """The country that opens the sentence as its subject, cut off from the step's clause by
    a parenthetical or a relative clause ("China, at the request of the US, eased ...",
    "China, which mines most rare earths, on Monday banned ..."): a name right before the
    first comma, and only adverbs or a day between the clause's start and the step's verb."""
    opening = _OPENING_SUBJECT.match(text)
    if scope == 0 or opening is None or not _ADVERBIAL.fullmatch(text[scope:verb_at].lstrip()):
        return None  # the cheap tests first
    found = ctx.gaz.countries.find(opening["name"])
    return found[0].name if len(found) == 1 and not found[0].adjective else None


def _cued(text: str, before: str, mention: Mention, span: tuple[int, int], lex: Lexicon) -> bool:
    """A target cue (or a site) stands right before the country (`before`: the words
    before it), unless the country owns the list the control is, in its clause (`span`: the
    clause's and the control's starts): "added ... to the U.S. Entity List" names the owner."""
    if not (lex.target_cue.search(before) or lex.site.search(before)):
        return False
    scope, anchor_at = span
    return not (scope <= mention.start < anchor_at and _owns(text, mention, anchor_at, lex))


def _agent(text: str, mentions: list[Mention], anchor_at: int, lex: Lexicon) -> str | None:
    """The first country after "by" past the control's start: a passive's agent ("were
    lifted by the United States", "cleared by Washington to sell"); or after a permit's
    "from", its issuer ("will need a licence from Beijing"), unless it names the firms that
    sell ("licences from Chinese suppliers")."""
    for m in mentions:
        if m.start <= anchor_at:
            continue
        before = text[max(0, m.start - 30) : m.start]
        if lex.agent.search(before) or (
            lex.issuer.search(before) and not lex.holder.match(text, m.end)
        ):
            return m.name
    return None


def _owns(text: str, mention: Mention, anchor_at: int, lex: Lexicon) -> bool:
    """The country names the owner of the control: only its possessive and a few words of the
    control's name stand between them, and the control is a list (`owned` in the lexicon: "to
    the U.S. Entity List", "to China's unreliable entity list") or the country is a possessive
    ("pushed back on Washington's new export controls": Washington's, not a target)."""
    if not _OWNER_GAP.fullmatch(text, mention.end, anchor_at):
        return False
    return bool(lex.owned.match(text, anchor_at)) or text.startswith(_POSSESSIVE, mention.end)


_POSSESSIVE = ("'s", "\u2019s")


_EXPORT_REACH = 60  # characters from an export's noun to the country it goes to


def _exported_to(text: str, scope: int, country_at: int, lex: Lexicon) -> bool:
    """A cued country before the control, in its clause, that an export goes to: "exports
    of graphite to the United States would require a licence" targets the United States."""
    return scope <= country_at and bool(
        lex.export_noun.search(text, max(scope, country_at - _EXPORT_REACH), country_at)
    )


def _speaker(text: str, mentions: list[Mention], anchor_at: int, lex: Lexicon) -> str | None:
    """The country that says the sentence at its end ("..., China's commerce ministry said",
    "..., a spokesman for the Chinese ministry said", "..., officials in Beijing said"): the
    last clause opens with it, after at most an article and a speaker's noun and link; a quote
    that closes before that clause is what it says ('"...," a Chinese official said')."""
    last_clause = _last_clause(text)
    for mention in mentions:
        if mention.start < max(last_clause, anchor_at):
            continue
        # a quote closed before the clause is the speaker's own words: '...," a spokesman'
        opening = text[last_clause : mention.start].strip(_QUOTES)
        words = f"{opening} " if opening else ""  # each of the opening's words ends in a space
        if lex.opening.fullmatch(words) and lex.speaker.match(text, mention.end):
            return mention.name
    return None


def _standing(
    text: str, scope: int, verb_at: int, end: int, *, published: date | None, lex: Lexicon
) -> bool:
    """A control in force since a past year, or for long ("has long restricted"). The year
    counts in the clause of the step's verb, from `scope` to the first terminator or relative
    "that" after `end` (the later of the verb and the anchor), or when it opens the sentence
    and only its own comma stands between it and that clause ("Since 2022, Washington has
    barred ..."); a parenthetical ("its ban, in place since 2023,"), a relative clause
    ("controls that have stood since 2022") or a clause of its own says nothing of the step."""
    if lex.standing.search(text, max(0, verb_at - 20), verb_at):
        return True
    if published is None:
        return False
    stops = [m.start() for m in (lex.terminators.search(text, end), _THAT.search(text, end)) if m]
    for m in lex.since.finditer(text, 0, min(stops, default=len(text))):
        if int(m.group(1)) >= published.year:
            continue
        if m.start() >= scope:
            return True
        first = lex.terminators.search(text, m.end())
        if not text[: m.start()].strip() and first is not None and first.end() == scope:
            return True
    return False


_PRESENT = re.compile(r"[a-z]+[^\Ws]s\b")  # a present verb in -s: "requires", "bars"


def _present_state(text: str, verb_at: int, end: int, published: date | None, lex: Lexicon) -> bool:
    """A control told in the present as a state, not a step: an adverb of state before a
    present verb ("China already requires licences for ..."), or a present verb with an
    appositive after the control that dates its origin to a past year ("Washington bars sales
    of ..., under rules dating from 2022"). `end`: the later of the verb and the anchor."""
    if not _PRESENT.match(text, verb_at):
        return False  # the cheap test first: "will require", "required", "banned"
    if lex.state.search(text, max(0, verb_at - 16), verb_at):
        return True
    if published is None or "," not in text[end:]:
        return False
    return any(int(m["year"]) < published.year for m in lex.dated_origin.finditer(text, end))


def _historical(scope: str, published: date | None, lex: Lexicon) -> bool:
    """A year before the article's, or an old period ("last year", "two years ago";
    `old_periods`), named before the step's verb in its clause, or a statement dated to an
    earlier period ("said in July it would grant ...")."""
    if _reported_earlier(scope, published, lex) or lex.old_period.search(scope):
        return True
    if published is None:
        return False
    return any(int(m.group(1)) < published.year for m in lex.history.finditer(scope))


def _earlier(
    text: str,
    anchor: re.Match[str],
    step: tuple[int, str | None],
    published: date | None,
    lex: Lexicon,
) -> bool:
    """The step is told as earlier news after its verb (`_dated_after`, `_told_earlier`), by
    words that are the step's own, not a relative clause's on its control (`_without_relative`).
    Blanking only removes evidence, so the text is blanked only when the whole one is earlier:
    the cheap test first. `step`: where its verb starts and its status."""
    verb_at, status = step
    end = max(verb_at, anchor.end())

    def told(words: str) -> bool:
        return _dated_after(words, verb_at, end, published, lex) or _told_earlier(
            words, verb_at, status, published, lex
        )

    return told(text) and told(_without_relative(text, anchor, verb_at, lex))


def _dated_after(text: str, verb_at: int, end: int, published: date | None, lex: Lexicon) -> bool:
    """A year before the article's, after the step's verb in its clause ("paused the rules
    for Chinese firms in 2019"): the step is history. The clause ends at the first terminator
    or relative "that" after `end` (the later of the verb and the anchor)."""
    if published is None or not _DIGIT.search(text, verb_at):
        return False  # the cheap test first: no year after the verb
    stops = [m.start() for m in (lex.terminators.search(text, end), _THAT.search(text, end)) if m]
    stop = min(stops, default=len(text))
    return any(int(m.group(1)) < published.year for m in lex.history.finditer(text, verb_at, stop))


def _without_relative(text: str, anchor: re.Match[str], verb_at: int, lex: Lexicon) -> str:
    """`text` with a relative clause on the control blanked out (same length): "halted the
    controls it announced in October", "lifted the curbs imposed in 2019" date the control's
    own start, not the step told before it. The clause opens with a subject pronoun (or
    "that") before a step's word (`measures`: "the curbs it paused in 2025"), or with that
    word's participle right before a date's preposition, and runs to the clause's end."""
    if verb_at >= anchor.start():
        return text  # "the controls imposed in 2019 were lifted": the dates are the step's
    stop = lex.terminators.search(text, anchor.end())
    end = stop.start() if stop else len(text)
    acts = (
        m
        for _, p in lex.measures
        for m in p.finditer(text, anchor.end(), end)
        if not _inside(lex.not_step, text, m)  # "in place in 2022": no act of a clause
    )
    act = min(acts, key=_start, default=None)
    if act is None:
        return text
    subject = _SUBJECT.search(text, anchor.end(), act.start())
    if subject is None and not _DATE_PREPOSITION.match(text, act.end()):
        return text
    start = subject.start() if subject else act.start()
    return text[:start] + " " * (end - start) + text[end:]


def _reported_earlier(scope: str, published: date | None, lex: Lexicon) -> bool:
    """A speech verb dated by a month with no day, or by "last month", before the step ("the
    administration said in July it would ..."): news reports today's statement by its day, so
    this one is background. A month is earlier unless it is the article's own: said in a
    later month than the article's, it was last year's."""
    if (said := lex.said_when.search(scope)) is None:
        return False
    month = said["month"]
    if month is None or published is None:
        return True
    return _other_month(month, published)


def _other_month(month: str, published: date) -> bool:
    """A month named with no day is earlier unless it is the article's own: a later one
    than the article's was last year's."""
    return FULL_MONTHS.index(month.capitalize()) + 1 != published.month


# a participle in lower case: "Beijing" ends in "ing" too
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]\w*ing\b")


def _last_clause(text: str) -> int:
    """Where the sentence's last clause starts, the one a speaker closes it with ("..., the
    ministry said"): after its last comma, or after the one before when the last opens a
    participle's clause ("..., the ministry said on Friday, confirming a deal ...")."""
    last = text.rfind(",")
    if last > 0 and _PARTICIPLE_CLAUSE.match(text, last):
        return text.rfind(",", 0, last) + 1
    return last + 1


def _told_earlier(
    text: str, verb_at: int, status: str | None, published: date | None, lex: Lexicon
) -> bool:
    """A step reported after its verb as earlier news: said at the sentence's end in an
    earlier period (\"..., a spokesman said in August\"), or, stated as done, dated in its own
    clause by a month with no day (\"they had granted licences ... in July\") or an old period
    (\"last year\"): background, as
    news dates today's acts by their day. A month is earlier when it ended more than
    `BACKGROUND_DAYS` before publication (as `recency.old_months` reads it): \"in late September\"
    in a paper of October 2 is last week's news."""
    after = text[verb_at:]
    if " in " not in after and " last " not in after and " ago" not in after:
        return False  # the cheap test first: every cue holds one of these words
    # a participle's clause after a comma tells of another act ("..., confirming a concession
    # Washington had announced last week"): its speech is not the step's
    tail = _PARTICIPLE_CLAUSE.search(text, verb_at)
    said = lex.said_when.search(text, verb_at, tail.start() if tail else len(text))
    if said is not None:
        month = said["month"]
        return month is None or published is None or month_is_old(month, published, BACKGROUND_DAYS)
    if status is not None or published is None:
        return False  # "will grant licences in July": announced, not earlier
    stop = lex.terminators.search(text, verb_at)
    end = stop.start() if stop else len(text)
    if lex.old_period.search(text, verb_at, end):
        return True  # "banned exports of gallium last year"
    dated = _IN_MONTH.search(text, verb_at, end)
    return dated is not None and month_is_old(dated["month"], published, BACKGROUND_DAYS)


def _holder_country(text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The country whose firms the sentence names ("added 23 Chinese companies to the entity
    list", "28 US defence contractors"): the first country before a holder noun."""
    return next((m.name for m in mentions if lex.holder.match(text, m.end)), None)


def _actor(text: str, mention: Mention, at: tuple[int, int], lex: Lexicon) -> bool:
    """A country right before a holder noun names firms, and does not act. A name acts; an
    adjective acts as the control's own modifier ("Chinese export
    controls", "Chinese rare earth curbs"), a few words before it, or as its government's
    ("the Dutch government", "Japanese trade officials") when that government is the subject
    of the step's verb: no other verb between them ("Chinese officials criticised the decision
    to tighten ..." tells of someone else's step). `at`: the anchor's and the verb's starts."""
    anchor_at, verb_at = at
    if lex.holder.match(text, mention.end):
        return False  # "added 28 US defence contractors to ...": the firms, not the actor
    if not mention.adjective or len(text[mention.end : anchor_at].split()) <= _ADJECTIVE_REACH:
        return True
    government = lex.government.match(text, mention.end)
    return government is not None and not lex.other_verb.search(
        text, government.end(), max(government.end(), verb_at)
    )


def _at(mention: Mention) -> int:
    return mention.start


def _leader_countries(text: str, ctx: Context) -> list[Mention]:
    """A leader named as the actor stands for the leader's country ("Trump imposed ...")."""
    return [
        Mention(ctx.gaz.leader_country[m.name], m.start, m.end)
        for m in ctx.gaz.leaders.find(text)
        if m.name in ctx.gaz.leader_country
    ]


def _dates(
    text: str, ctx: Context, lex: Lexicon, step: tuple[str | None, int] = (None, 0)
) -> tuple[date | None, date | None]:
    """The start and end a date's cue gives; a pause with no end date ends after the period
    it is told to last in the clause of its verb ("will pause the controls for one year";
    not "..., imposed for two years,") or right before its noun ("a one-year suspension").
    The period runs from the start, else from the day the pause is told on (`_step_day`),
    else from publication. `step`: the measure and where its verb starts."""
    effective = ends = None
    found = find_dates(text, ctx.published, default_year=ctx.default_year)
    for d in found:
        before = text[max(0, d.start - _DATE_CUE_REACH) : d.start]
        if _valued(d, text) and effective is None and lex.starts.search(before):
            effective = d.value
        elif _valued(d, text) and ends is None and lex.ends.search(before):
            ends = d.value
    measure, verb_at = step
    if ends is None and measure == "suspended":
        stop = lex.terminators.search(text, verb_at)
        end = stop.start() if stop else len(text)
        period = _period(text[verb_at:end], text[max(0, verb_at - _PERIOD_REACH) : verb_at])
        if period is not None:
            start = effective or _step_day(text, found, (verb_at, end), lex) or ctx.published
            ends = period_after(start, *period) if start else None
    return effective, ends


def _step_day(
    text: str, found: Sequence[DateMention], clause: tuple[int, int], lex: Lexicon
) -> date | None:
    """The day a pause is told on, from which a period with no start of its own runs: a day
    after "on" in the clause of the step's verb, or opening the sentence ("China on Sunday
    paused ...", "said on Sunday it would pause ...", "On Sunday, ..."), else the day the
    sentence was said ("..., the ministry said on Sunday"). `clause`: where the step's verb
    starts and its clause ends."""
    verb_at, end = clause
    scope = _scope(text, verb_at, lex)
    told = [
        d
        for d in found
        if d.value is not None
        and _ON_DAY.search(text, max(0, d.start - _DATE_CUE_REACH), d.start)
        and (scope <= d.start < end or _OPENING_DAY.fullmatch(text, 0, d.start))
    ]
    if told:
        return told[-1].value  # "after talks on Saturday, it said on Sunday": the nearest
    return next((d.value for d in found if d.value is not None and said_on(text, d)), None)


@functools.cache
def _period_pattern() -> tuple[re.Pattern[str], dict[str, int], dict[str, str]]:
    """ "for one year", "for 90 days": the period a pause lasts, in the words of the
    deadline lexicon's `period` (its number words and units), compiled once."""
    data: dict[str, Any] = section("deadline")["period"]
    numbers = {str(k).casefold(): int(v) for k, v in data["numbers"].items()}
    units = {str(k).casefold(): str(v) for k, v in data["units"].items()}
    pattern = re.compile(
        rf"\bfor\s+(?:(?:another|a\s+further)\s+)?(?P<n>\d{{1,4}}|{union_source(list(numbers))})"
        rf"[\s-]+(?P<unit>{union_source(list(units))})\b(?!\s+(?:ago|now|earlier))",
        re.I,
    )
    return pattern, numbers, units


def _period(clause: str, before: str) -> tuple[int, str] | None:
    """The period a pause lasts, as a count and a unit: "for one year" in the clause after
    its verb, or "a one-year" right before its noun (`before`: the words before the step's
    word); None without one."""
    pattern, numbers, units = _period_pattern()
    m = pattern.search(clause) if " for " in clause else None  # the cheap test first
    if m is None and "-" in before:
        m = _MODIFIER_PERIOD.search(before)
    if m is None or m["unit"].casefold() not in units:
        return None
    n = m["n"].casefold()
    if not n.isdigit() and n not in numbers:
        return None
    return int(n) if n.isdigit() else numbers[n], units[m["unit"].casefold()]


# "a one-year suspension", "a 90-day pause": the period as a modifier right before the step's
# noun; its words are checked against the deadline lexicon's `period` after the match
_MODIFIER_PERIOD = re.compile(r"\b(?P<n>\d{1,4}|[a-z]+)-(?P<unit>[a-z]+)\s+$", re.I)
_PERIOD_REACH = 24  # characters before the step's word in which its modifier period stands
_ON_DAY = re.compile(r"\bon\s+$", re.I)  # "on Sunday": the day something is told on
_OPENING_DAY = re.compile(r"\s*on\s+", re.I)  # "On Sunday, ...": the day opens the sentence


def _valued(d: DateMention, text: str) -> bool:
    """A date that names its day: not a weekday alone ("from Monday" may be any), unless
    "next" fixes it ("from next Monday")."""
    if d.value is None:
        return False
    return not d.weekday_only or text.startswith(_NEXT, d.start)


_NEXT = ("next ", "Next ")


def _will(reported: re.Match[str]) -> str:
    """ "said it would" as "said it will": the tense of reported speech, not a hypothesis."""
    return reported[0][: -len("would")] + "will"


def _status(scope: str, lex: Lexicon) -> str | None:
    """The first category, in lexicon order, with a trigger in the verb's clause."""
    return next((name for name, pattern in lex.status if pattern.search(scope)), None)


def _firmness(
    status: str | None, measure: str, effective: date | None, published: date | None
) -> Status:
    if measure == "suspended" and status in (None, "announced"):
        return Status.SUSPENDED
    if status is not None:
        return Status(status)
    if effective is not None and published is not None and effective > published:
        return Status.ANNOUNCED
    return Status.HAPPENED

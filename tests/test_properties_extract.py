"""Property tests of fact extraction: any text gives facts, never an exception, and the facts
say only what the text says.

Texts mix composed news sentences (tariff rates in every unit and form, contacts, deadlines,
export controls, from the gazetteers' own names; `tests/strategies.py`) with arbitrary text,
titles and publication dates anywhere in the calendar. Properties:

- `extract_facts` and `facts_of` return facts for any input; every fact survives the round
  trip the store makes (`to_dict` → JSON → `fact_from_dict`) and has a summary and a track;
- every tariff rate is a number the text states (in digits or words) near a percent unit, or
  half of one where the text says it was halved (`rates.py`: "halved the 20% duty" is 10%);
  no previous rate is negative;
- every fact's evidence is a sentence of the text, verbatim.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from datetime import UTC, date, datetime

from hypothesis import example, given
from hypothesis import strategies as st

from tests import strategies as gen
from watcher.facts.registry import (
    KINDS,
    Fact,
    TariffRate,
    extract_facts,
    fact_from_dict,
    summarize,
    track_of,
)
from watcher.models import Article
from watcher.pipeline import facts_of

# The word numbers the composed sentences use, read independently of the extractor.
WORD_VALUES = {
    "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "fifty": 50,
    "one hundred": 100, "one hundred and forty-five": 145, "two hundred": 200,
    "ninety-nine": 99, "forty four": 44,
}  # fmt: skip
# A feed's `0001-01-01T00:00:00Z` or `9999-12-31T23:59:59Z` is a valid date (parse_date).
CALENDAR_ENDS = (datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # \d is any Unicode digit, as in the extractor
_DIGIT_RUN = re.compile(r"[\d.]+")
# A rate's unit, close after its number ("50 to 100 per cent" shares one).
_UNIT = re.compile(r"%|per\s?cent|\bpc\b", re.IGNORECASE)
_UNIT_WINDOW = 40


def stated_rates(text: str) -> set[float]:
    """Every number the text writes with a percent unit at most `_UNIT_WINDOW` characters
    after it: digits read from any start ("1.5.30%" states 1.5, 5.3, 30 and more), and the
    word numbers of `WORD_VALUES`. Deliberately looser than the extractor (which wants the
    unit right after the number, or a range), but a date or a count far from any unit is not
    a rate."""
    lowered = text.lower()
    values = {
        float(v)
        for phrase, v in WORD_VALUES.items()
        for m in re.finditer(re.escape(phrase), lowered)
        if _unit_after(text, m.end())
    }
    for run in _DIGIT_RUN.finditer(text):
        for start in range(run.start(), run.end()):
            m = _NUMBER.match(text, start, run.end())
            if m and _unit_after(text, m.end()):
                values.add(float(m.group()))
    return values


def _unit_after(text: str, end: int) -> bool:
    return _UNIT.search(text, end, end + _UNIT_WINDOW) is not None


def _halved(text: str) -> bool:
    return re.search(r"halv", text, re.IGNORECASE) is not None


# "double its existing 10 per cent": how far after the verb its object states the old level
_OBJECT_REACH = 40


def _multiplied(fact: TariffRate) -> bool:
    """ "will double its 10% tariff": a rate the text does not state is excused only as the new
    level of a multiplication in the fact's own evidence, where the verb's object (the few words
    after it) states the previous level and the rate is that level times the verb's factor."""
    previous = fact.previous_pct
    if previous is None:
        return False
    for verb, k in (("doubl", 2), ("tripl", 3), ("quadrupl", 4)):
        if not math.isclose(fact.rate_pct, previous * k):
            continue
        for m in re.finditer(rf"\b{verb}\w*\s", fact.evidence, re.IGNORECASE):
            obj = re.split(r"[.;:,]\s", fact.evidence[m.end() : m.end() + _OBJECT_REACH])[0]
            if previous in stated_rates(obj):
                return True
    return False


def _check(facts: list[Fact], text: str) -> None:
    """What the store, the rules and the alerts rely on, for every fact."""
    for fact in facts:
        assert fact.kind in KINDS
        data = fact.to_dict()
        assert fact_from_dict(json.loads(json.dumps(data))) == fact
        assert summarize(fact)
        assert track_of(fact)
        assert fact.evidence, "a fact without evidence"
        assert fact.evidence in text, f"evidence {fact.evidence!r} is not in the text"


def _check_rates(facts: list[Fact], text: str) -> None:
    stated = stated_rates(text)
    for fact in facts:
        if isinstance(fact, TariffRate):
            halved = _halved(text) and fact.rate_pct * 2 in stated
            multiplied = _multiplied(fact)
            assert fact.rate_pct in stated or halved or multiplied, (
                f"rate {fact.rate_pct:g}% is not in the text: {fact.evidence!r}"
            )
            # as the baseline schema requires (`TariffRateEntry`: ge=0)
            assert fact.previous_pct is None or fact.previous_pct >= 0, (
                f"previous rate {fact.previous_pct:g}%: {fact.evidence!r}"
            )


@given(text=gen.article_text(), title=gen.title(), published=gen.published())
@example(text="The US imposed a 10.5% tariff on Chinese steel.", title="", published=None)
@example(text="China will halve its 20 percent duty on US pork.", title="", published=None)
@example(text="The US will double its 10% tariff on Chinese steel.", title="", published=None)
@example(  # previous_pct -43.4: a total below the layer added to reach it
    text="Argentina imposed an extra 45% tariff on America, taking the total levy to 1.60%.",
    title="",
    published=None,
)
@example(  # OverflowError: a day count past the calendar's end
    text="The US and China began a 99999999-day truce starting on May 14.",
    title="",
    published=date(2025, 5, 1),
)
@example(  # OverflowError: int too large for a C int
    text="Trump extended the July 9 tariff deadline by 9999999999 days.",
    title="",
    published=date(2025, 5, 1),
)
@example(  # ValueError: year 10000 (the nearest year to a publication in 9999)
    text="Albanese spoke by phone with Albanese on January 1.",
    title="",
    published=date(9999, 1, 1),
)
@example(  # ValueError: year 0
    text="Trump met Xi on December 31.", title="", published=date(1, 1, 1)
)
def test_extract_any_text(text: str, title: str, published: date | None) -> None:
    """Composed news text and noise, any title, any publication day."""
    facts = extract_facts(text, title=title, published=published)
    _check(facts, text)
    _check_rates(facts, text)


@given(text=st.text(max_size=200), title=st.text(max_size=40), published=gen.published())
def test_extract_arbitrary_text(text: str, title: str, published: date | None) -> None:
    """Unconstrained text: controls, surrogates excepted, any script."""
    facts = extract_facts(text, title=title, published=published)
    _check(facts, text)
    _check_rates(facts, text)


@given(
    text=gen.article_text(),
    title=gen.title(),
    published=st.one_of(st.none(), gen.aware_datetimes(), st.sampled_from(CALENDAR_ENDS)),
    now=st.one_of(gen.aware_datetimes(), st.sampled_from(CALENDAR_ENDS)),
)
def test_facts_of_any_article(
    text: str, title: str, published: datetime | None, now: datetime
) -> None:
    """The pipeline's view: an article with any date, read at any time."""
    article = Article("wire", "a1", title, text, None, published)
    facts = facts_of(article, now=now)
    _check(facts, text)
    _check_rates(facts, text)


def test_stated_rates_reads_what_the_extractor_may() -> None:
    """The oracle itself: digits from any start, decimals, word numbers, near a unit only."""
    stated = stated_rates("v1.5.30% and twenty-five percent, 1,000%; on May 14, 2025 a 90-day")
    assert stated >= {1.5, 5.3, 30.0, 25.0, 1.0, 0.0}
    assert not stated & {14.0, 2025.0, 90.0}


def test_only_the_multiple_of_a_stated_level_is_excused() -> None:
    """The oracle excuses an unstated rate as a doubled or tripled level only when the fact's
    own evidence doubles (triples) a level it states; a "doubled" elsewhere excuses nothing."""
    text = "The US will double its 10% tariff on Chinese steel."
    (fact,) = [f for f in extract_facts(text) if isinstance(f, TariffRate)]
    assert (fact.rate_pct, fact.previous_pct) == (20.0, 10.0)
    assert _multiplied(fact)
    unrelated = "Exports doubled last year. The US imposed a 10% tariff on Chinese steel."
    assert not _multiplied(replace(fact, evidence=unrelated))  # no previous level there
    assert not _multiplied(replace(fact, previous_pct=None))
    assert not _multiplied(replace(fact, rate_pct=30.0))  # not twice the stated level
    far = "Exports doubled in the two years before the US imposed a 10% tariff on Chinese steel."
    assert not _multiplied(replace(fact, evidence=far))  # the verb's object is no level

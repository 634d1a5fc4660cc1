"""Which two leaders a contact is between when the text names one: "the two presidents" or "the two
leaders" take the other from "his counterpart", the headline, the article's subject, a country
named before, or the only two leaders the article named; "his counterpart" is the subject's, and
never the counterpart of someone who is no leader; three leaders named (or met together) are three
pairs or no pair, never a guessed one; with one leader in view, no pair.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.facts.registry import extract_facts
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
SUN, MON, TUE, WED, THU = (date(2025, 11, d) for d in (2, 3, 4, 5, 6))
H, P, S = Status.HAPPENED, Status.PLANNED, Status.SPECULATED


def _contacts(text: str, title: str = "") -> list[Row]:
    return contact_rows(text, FRIDAY, title=title)


def _held(text: str, title: str = "") -> list[Row]:
    return [r for r in _contacts(text, title) if r[2] is H]


# --- "the two presidents" with one leader named before -----------------------------------


def test_the_two_presidents_after_his_counterpart_across_a_place() -> None:
    """A place and a day between the leader and "his Chinese counterpart" name no one else."""
    text = (
        "Lula travelled to Beijing on Monday to see his Chinese counterpart. "
        "The two presidents held talks on Tuesday in the Great Hall."
    )
    assert _held(text) == [row("Lula", "Xi", "meeting", H, TUE)]


def test_the_two_leaders_take_the_other_from_the_headline() -> None:
    text = "Modi called the visit historic. The two leaders met on Wednesday for three hours."
    assert _held(text, title="Putin and Modi sign energy pact") == [
        row("Modi", "Putin", "meeting", H, WED)
    ]


def test_the_two_leaders_with_nobody_named_take_the_headline_pair() -> None:
    text = "Markets rallied on the news. Both leaders spoke by phone on Monday, officials said."
    assert _held(text, title="Xi and Trump agree to keep talking") == [
        row("Trump", "Xi", "call", H, MON)
    ]


def test_the_two_leaders_take_the_articles_subject() -> None:
    """Xi, named twice before, is the article's subject; Trump is named in the sentence."""
    text = (
        "Xi Jinping opened the trade fair in Shanghai. Xi praised open markets. "
        "Oil prices fell. Exports rose. Shares climbed. "
        "Trump said the two presidents met on Thursday."
    )
    assert _held(text) == [row("Trump", "Xi", "meeting", H, THU)]


def test_their_summit_with_one_leader_named_takes_the_headline() -> None:
    text = "After their summit in Kazan, Modi said trade would grow."
    assert _held(text, title="Modi upbeat after Putin summit") == [
        row("Modi", "Putin", "meeting", H)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump praised the deal. The two leaders hope to meet in April.",
        "Trump praised the deal. The two presidents are expected to speak soon.",
        "Trump praised the deal. The two leaders have not met since 2019.",
    ],
)
def test_the_two_leaders_not_yet_in_contact(text: str) -> None:
    assert _held(text, title="Xi and Trump near a deal") == []


def test_the_two_leaders_after_three_named_stay_no_pair() -> None:
    text = "Trump criticised Xi, Putin and Modi. Markets fell. The two leaders spoke on Monday."
    assert _held(text) == []


def test_one_leader_and_no_other_in_view_is_no_pair() -> None:
    assert _held("Trump praised the deal. Both leaders spoke by phone on Tuesday.") == []


def test_the_two_leaders_long_after_a_pair_in_an_article_of_two() -> None:
    """Nobody in view, no headline: the only two leaders the article named."""
    text = (
        "Modi flew to Kazan to see his Russian counterpart. Oil rose. Gold fell. Rates held. "
        "Shares rose. The two leaders met on Tuesday."
    )
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_the_two_leaders_long_after_three_leaders_is_no_pair() -> None:
    text = (
        "Modi praised Putin. Modi praised Xi. Oil rose. Gold fell. Rates held. "
        "The two leaders met on Tuesday."
    )
    assert _held(text) == []


def test_his_counterpart_in_a_fronted_clause_is_the_subjects() -> None:
    """ "Speaking after meeting his Russian counterpart ..., Modi said": Modi's counterpart."""
    text = "Speaking after meeting his Russian counterpart in Kazan on Tuesday, Modi said so."
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_the_two_presidents_of_a_leader_and_a_country_named_before() -> None:
    """ "Lula said Brazil would work with China. The two presidents met": the leader in office
    of the other country named nearby (Xi, named later in the article)."""
    text = (
        "Lula said Brazil was ready to work with China. The two presidents met on Tuesday in "
        "Beijing. Xi later hosted a banquet."
    )
    assert row("Lula", "Xi", "meeting", H, TUE) in _held(text)


# --- "the two leaders" with only one leader named: the gate must let it through ------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Washington and Beijing extend truce",
            "Trump flew home on Friday. The two leaders met in Seoul on Thursday and agreed to "
            "extend the truce between the US and China.",
        ),
        ("", "Xi said China would work with the US. The two presidents met on Thursday."),
        ("", "Xi said China would work with the US. Their Seoul summit ended on Thursday."),
    ],
)
def test_one_leader_and_the_two_leaders_reach_the_extractor(title: str, text: str) -> None:
    """The second leader comes from the countries named nearby; the gate needs two leaders'
    terms, and "the two leaders" or "their summit" counts as the second."""
    gated = extract_facts(text, title=title, published=FRIDAY)
    full = extract_facts(text, title=title, published=FRIDAY, gated=False)
    assert gated == full
    assert [(f.participants, f.status) for f in gated if f.kind == "leader_contact"] == [
        (("Trump", "Xi"), H)
    ]


# --- finding 2: a name ending in "-day" is someone else ----------------------------------


def test_a_name_in_day_before_his_counterpart_is_someone_else() -> None:
    assert _held("Trump said Halliday met his Chinese counterpart on Monday.") == []


# --- three leaders met together ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        ("Trump, Xi and Putin met in Beijing on Monday.", ("Putin", "Trump", "Xi"), MON),
        ("Xi, Putin and Modi held talks in Tianjin on Sunday.", ("Modi", "Putin", "Xi"), SUN),
        (
            "Trump, Chinese President Xi and Putin met on Tuesday.",
            ("Putin", "Trump", "Xi"),
            TUE,
        ),
    ],
)
def test_three_leaders_met_together_are_three_pairs(
    text: str, names: tuple[str, str, str], when: date
) -> None:
    a, b, c = names
    expected = {row(a, b, "meeting", H, when), row(a, c, "meeting", H, when)}
    expected.add(row(b, c, "meeting", H, when))
    assert set(_held(text)) == expected


def test_no_pair_among_leaders_not_one_subject() -> None:
    assert ("Putin", "Xi") not in {
        r[0] for r in _held("Trump, who had called Xi, met Putin on Monday.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump and Xi met Putin in Beijing on Monday.", {("Putin", "Trump"), ("Putin", "Xi")}),
        (
            "Modi and Lula each met Albanese on Monday.",
            {("Albanese", "Modi"), ("Albanese", "Lula")},
        ),
        (
            "Carney hosted Starmer and Macron on Monday.",
            {("Carney", "Starmer"), ("Carney", "Macron")},
        ),
        ("Lula and Modi spoke with Putin on Monday.", {("Lula", "Putin"), ("Modi", "Putin")}),
    ],
    ids=["and-met", "each-met", "hosted-two", "spoke-with"],
)
def test_a_coordinated_subject_and_object_pair_across(text: str, expected: set) -> None:
    """ "Trump and Xi met Putin": each subject met the object, one meeting per pair; the two
    subjects are no pair (they may have met Putin apart)."""
    assert {r[0] for r in _held(text)} == {tuple(sorted(p)) for p in expected}


@pytest.mark.parametrize(
    "text",
    [
        "Trump's trade chief met his Chinese counterpart on Thursday.",
        "An envoy sent by Trump met his Chinese counterpart on Thursday.",
    ],
)
def test_a_counterpart_of_someone_not_a_leader_names_no_leader(text: str) -> None:
    """The owner of "his" must be the leader, not a possessive's head or a preposition's object."""
    assert _contacts(text) == []


def test_a_leader_s_counterpart_is_still_a_leader() -> None:
    assert _contacts("Trump met his Chinese counterpart on Thursday.") == [
        row("Trump", "Xi", "meeting", H, THU)
    ]

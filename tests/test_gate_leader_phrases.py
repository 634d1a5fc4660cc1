"""The relevance gate's leader terms as merged phrases: the same texts meet the same needs. Each
leader's terms are written once, a country's one-word names are one phrase word, the "leaders of
..." phrases use optional words, and a phrase's last word drops its `*`; the Turkish I, the long s
and the Kelvin sign still fold as Python's `re` folds them.
"""

from __future__ import annotations

import itertools

import pytest
import re2

from watcher.facts.extract.gazetteer import load_gazetteer
from watcher.facts.extract.needs import leader_contact
from watcher.facts.gate import phrases
from watcher.facts.registry import admitted_kinds

CONTACT = "leader_contact"


def _sample() -> list[tuple[str, ...]]:
    """Five-word texts around the phrases (all of them would be too many)."""
    heads = ("leaders", "heads")
    return [
        (h, "of", a, b, c)
        for h in heads
        for a in ("the", "both", "US")
        for b in ("the", "both", "US", "and", "x")
        for c in ("and", "US", "Japan", "the")
    ] + [(h, "of", a, "and", "the", "Japan") for h in heads for a in ("the", "x")]


@pytest.mark.parametrize(
    "text",
    [
        "Trump visited Beijing on a cold morning.",
        "Trump v\u0130sited Beijing on a cold morning.",  # dotted capital I
        "Trump v\u0131s\u0131ted Beijing on a cold morning.",  # dotless i
        "Trump vi\u017fited Beijing on a cold morning.",  # long s
        "Trump VISITED BEIJING on a cold morning.",
        "Trump paid a visit to\u00a0Beijing in spring.",  # a no-break space
        "Xi spoke with his US counterpart by phone.",
        "Xi spoke with his USA counterparts by phone.",
        "Xi greeted his American counterpart warmly.",
        "The leaders of the US and China met in Busan.",
        "The leaders of US and China met in Busan.",
        "The presidents of both countries and China agreed with Trump.",
        "The heads of both states and the US agreed with Xi.",
        "Both US and Chinese presidents attended.",
        "Tokyo said the US and Japanese leaders would talk.",
        "The US pres\u0131dent called the Chinese pres\u0130dent.",
    ],
)
def test_a_second_leader_by_a_phrase_or_a_fold_is_still_found(text: str) -> None:
    """Each of these names two leaders (one of them only by a visit, a counterpart, an office
    or a title written with a folded letter), as before the set was made smaller."""
    assert CONTACT in admitted_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump spoke to reporters about the weather.",
        "The leaders of industry met in a hotel.",
        "The leaders of the the US and China met.",  # "the the": no phrase of either
        "Trump said the visitors from Brazil were welcome.",  # no "visit* Brasilia"
        "Trump praised the counterpart of the valve.",
        "The heads of the two nations and the US agreed with Trump.",  # "two nations and"
    ],
)
def test_a_near_miss_is_not_admitted(text: str) -> None:
    """One leader at most: the contact extractor is not run (as before)."""
    assert CONTACT not in admitted_kinds(text)


def test_every_leader_alias_pairs_with_another_leader() -> None:
    """Each alias of the leaders table names its leader: with an alias of another leader the
    text meets the contact need, with another alias of the same leader it does not."""
    gaz = load_gazetteer(None)
    by_leader: dict[str, list[str]] = {}
    for alias, (name, _) in gaz.leaders.lookup.items():
        by_leader.setdefault(name, []).append(alias)
    names = sorted(by_leader)
    for name in names:
        other = next(n for n in names if n != name and gaz.leader_country.get(n) != "US")
        for alias in by_leader[name]:
            text = f"On Monday {alias} met {by_leader[other][0]} for an hour."
            assert CONTACT in admitted_kinds(text), text
    assert CONTACT not in admitted_kinds("Donald Trump, Trump and President Trump spoke.")


@pytest.mark.parametrize(
    ("short", "long_"),
    [
        (("leaders of [the] US and",), ("leaders of US and", "leaders of the US and")),
        (
            ("heads of the|* [*] and [the] Japan",),
            (
                "heads of the|* and Japan",
                "heads of the|* * and Japan",
                "heads of the|* and the Japan",
                "heads of the|* * and the Japan",
            ),
        ),
        (("visit* Lima|Quito",), ("visit* Lima", "visit* Quito")),
        (("visit* [to] Lima",), ("visit* Lima", "visit* to Lima")),
        (("export control*",), ("export control",)),
    ],
)
def test_a_shorter_phrase_matches_the_texts_of_the_longer_ones(
    short: tuple[str, ...], long_: tuple[str, ...]
) -> None:
    """On texts made of the phrases' words, the merged phrase matches exactly when one of the
    phrases it replaces does."""
    vocabulary = ["leaders", "heads", "of", "the", "both", "US", "and", "Japan", "visited"]
    vocabulary += ["visit", "to", "Lima", "Quito", "export", "controls", "control", "x"]
    merged = [re2.compile(t) for t in phrases(*short)]
    separate = [re2.compile(t) for t in phrases(*long_)]
    texts = [c for n in range(1, 4) for c in itertools.product(vocabulary, repeat=n)]
    for combo in texts + _sample():
        text = " ".join(combo)
        want = any(r.search(text) for r in separate)
        assert any(r.search(text) for r in merged) == want, text


def test_an_optional_last_word_is_refused() -> None:
    """`[the]` last would make the whole phrase's end optional in a way no phrase means."""
    with pytest.raises(ValueError, match="last word"):
        phrases("leaders of [the]")


def test_the_last_words_ending_is_dropped() -> None:
    """A set asks only whether a phrase occurs: "export control*" and "export control" are the
    same term."""
    assert phrases("export control*") == phrases("export control")
    assert phrases("curb* on") != phrases("curb on")  # not the last word: kept


def test_the_leader_terms_are_a_fraction_of_their_former_size() -> None:
    """169,004 characters before this round; 28,592 after it, with the shipped leaders."""
    (need,) = leader_contact(load_gazetteer(None))
    assert sum(map(len, need.terms)) < 60_000
    assert all(t.count("counterpart") == 1 for t in need.terms if "counterpart" in t)

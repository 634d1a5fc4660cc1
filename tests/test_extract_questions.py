"""A direct question asks and states nothing (`sentences.is_question`), for every kind that reads
one: contacts and tariff rates share the test and the lexicon's `question` words."""

from __future__ import annotations

import pytest

from watcher.facts.extract.sentences import is_question


@pytest.mark.parametrize(
    ("text", "wh", "asked"),
    [
        ("Will the two presidents meet in April?", False, True),
        ("\u201cShall we raise the duty again?\u201d", False, True),
        ("Why did the talks stall?", True, True),
        ("Why did the talks stall?", False, False),  # a wh-question only when asked for
        ("Washington raised the duty on Monday.", True, False),
        ("The question is whether the duty will rise?", True, False),  # opens on no asking word
    ],
)
def test_a_direct_question_ends_on_a_mark_and_opens_on_an_asking_word(
    text: str, wh: bool, asked: bool
) -> None:
    assert is_question(text, wh=wh) is asked

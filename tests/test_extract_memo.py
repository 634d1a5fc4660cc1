"""The per-article memos (`memo.new_article`) hand each caller a list of its own: a caller that
changes what it got cannot change what the next caller gets.
"""

from __future__ import annotations

from watcher.facts.extract import rates, roles
from watcher.facts.extract.gazetteer import Mention
from watcher.facts.extract.memo import new_article


def test_actors_give_each_caller_its_own_list() -> None:
    new_article()
    text = "Canada imposed duties on steel from Brazil."
    mentions = [Mention("Canada", 0, 6), Mention("Brazil", 36, 42)]
    first = roles.actors(text, mentions)
    first.append(first[0])
    second = roles.actors(text, mentions)
    assert len(second) == 2
    assert [a.role for a in second] == [roles.Role.IMPOSER, roles.Role.TARGET]


def test_find_percents_gives_each_caller_its_own_list() -> None:
    new_article()
    text = "The duty rises from 10% to 25 percent."
    first = rates.find_percents(text)
    assert [n.value for n in first] == [10.0, 25.0]
    first.clear()
    assert [n.value for n in rates.find_percents(text)] == [10.0, 25.0]
    assert rates.find_percents("No figure here.") == []

"""The goods an export control is on: goods named specifically map to their class, and a list of
controlled goods is a control; "the supply of <goods>" is an export (halted by no government, or no
supply of goods, it is no control); a ban told through a firm ("barred <firm> from selling its
chips to China") controls its goods, while a firm or a court barring, or a standing bar, is no
step; the gate admits an item before "export" and its noun.

Sentences written for these tests. Published on Monday 1 June 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.facts.registry import admitted_kinds

PUBLISHED = date(2026, 6, 1)
controls = partial(export_controls, published=PUBLISHED)
live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("China added tungsten and bismuth to its export control list on Friday.", "rare_earths"),
        ("Beijing restricted exports of battery cathode materials to the US.", "rare_earths"),
        ("Seoul will require licences for exports of HBM to China.", "chips"),
        ("Washington barred sales of high-bandwidth memory to Chinese firms.", "chips"),
        ("The US banned exports of AI accelerators to China on Monday.", "chips"),
        ("The US lifted its curbs on EDA software sales to China.", "software"),
        # a generic head before the control takes its modifier's class
        ("Japan added 40 kinds of chipmaking equipment to its export control list.", "chips"),
    ],
)
def test_goods_named_specifically_map_to_their_class(text: str, item: str) -> None:
    [fact] = controls(text)
    assert fact.item == item


def test_a_list_of_controlled_goods_is_a_control() -> None:
    [fact] = controls("China added indium and molybdenum to its list of controlled exports.")
    assert (fact.imposer, fact.item, fact.measure) == ("China", "rare_earths", "new")


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "China halted the supply of gallium to US buyers on Tuesday.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Beijing has cut off the supply of rare-earth magnets to American defence firms,"
            " the companies said on Wednesday.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "China on Monday banned the supply of germanium to the United States.",
            ("China", "US", "rare_earths", "new"),
        ),
    ],
)
def test_the_supply_of_goods_is_an_export(text: str, frame_: tuple[str, str, str, str]) -> None:
    assert [frame(f) for f in live(text)] == [frame_]


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a smelter halted the supply of gallium to US buyers on Tuesday.",
        "The supply of gallium to US buyers has been tight since 2023, traders said.",
        "A storm halted the water supply to the chip plant on Tuesday.",
        "China's supply chains for rare earths were hit by floods, officials said on Monday.",
    ],
)
def test_a_supply_halted_by_no_government_or_no_supply_of_goods_is_no_control(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "The US on Tuesday barred Micron from selling its memory chips to China.",
            ("US", "China", "chips", "new"),
        ),
        (
            "Washington banned a toolmaker from shipping its etching tools to Chinese"
            " customers, the company said on Wednesday.",
            ("US", "China", "technology", "new"),
        ),
        (
            "The Commerce Department ordered Cadence to stop supplying chip design software to"
            " Chinese universities on Friday.",
            ("US", "China", "software", "new"),
        ),
        (
            "Beijing barred a magnet maker from selling rare-earth magnets to American"
            " defence firms on Thursday.",
            ("China", "US", "rare_earths", "new"),
        ),
    ],
)
def test_a_ban_told_through_a_firm_controls_its_goods(
    text: str, frame_: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [frame_]


@pytest.mark.parametrize(
    "text",
    [
        "Intel barred its staff from travelling to China on Monday.",
        "A federal court barred the merger of two chip suppliers on Friday.",
        "Huawei was barred from buying American chips in 2019.",
        "The US has barred Micron from selling memory chips to China since 2023.",
        "The US could bar Nvidia from selling its chips to China, officials warned.",
        "The company ordered its suppliers to stop shipping parts to its Chinese plant.",
        "Nvidia stopped selling its chips to China on Monday.",
        # the present passive states the rule in force
        "Chinese firms are barred from selling rare earth magnets to US defence contractors.",
    ],
)
def test_a_firm_or_a_court_barring_or_a_standing_bar_is_no_step(text: str) -> None:
    assert live(text) == []


def test_the_gate_admits_an_item_before_export_and_its_noun() -> None:
    """The extractor reads "chip export rules" as a control; the gate must not drop it."""
    text = "Seoul paused the chip export rules that it adopted, officials said."
    assert "export_control" in admitted_kinds(text)
    assert [f.measure for f in live(text)] == ["suspended"]

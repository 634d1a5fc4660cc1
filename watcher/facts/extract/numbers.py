"""Numbers written in words ("five", "twenty-one", "one hundred and forty-five"): the one
table the rates ("twenty-five percent") and the counts of days ("in five days") read. A module
of its own, with no patterns, so that the gate (which imports `vague`) imports no rate
patterns (issue 13)."""

from __future__ import annotations

import re

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def word_to_number(text: str) -> float:
    """'twenty-five' → 25, 'one hundred and twenty-five' → 125, '12.5' → 12.5."""
    text = text.lower().replace("-", " ").replace(" and ", " ")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    total = 0
    for word in text.split():
        if word == "hundred":
            total = max(total, 1) * 100
        else:
            total += UNITS.get(word, 0) + TENS.get(word, 0)
    return float(total)

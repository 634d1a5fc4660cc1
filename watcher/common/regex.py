"""RE2 regular expressions as rules write them, compiled quietly.

RE2 (google-re2) runs in linear time whatever the pattern, so no rule can stall a poll. On a
pattern it cannot compile, RE2 logs to stderr through absl ("re2.cc:242] Error parsing ...")
before the Python binding raises an error whose message is bytes; `compile_re2` turns logging
off and raises a ValueError with RE2's message as text, for pydantic and the loader to report
with the file, line and field.
"""

from __future__ import annotations

from typing import Any

import re2


def re2_options(*, case_sensitive: bool = True) -> Any:
    """RE2 options that never log (the error is reported by the caller instead)."""
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = case_sensitive
    return options


def re2_message(exc: Exception) -> str:
    """RE2's reason as text (the binding gives bytes: `b'missing ): (abc'`)."""
    reason = exc.args[0] if exc.args else exc
    return reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)


def compile_re2(pattern: str, *, case_sensitive: bool = True) -> Any:
    """The compiled pattern; ValueError naming the pattern and RE2's reason when it fails."""
    try:
        return re2.compile(pattern, re2_options(case_sensitive=case_sensitive))
    except re2.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {re2_message(exc)}") from None

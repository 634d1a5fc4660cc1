"""No garbage collection while a command starts; what start-up built is frozen afterwards.

Importing watcher's modules and building its models, rules and settings allocates some
hundreds of thousands of objects and frees almost none of them. CPython's cyclic collector
runs every 700 net allocations of container objects, and each older-generation pass walks
everything allocated so far: in a one-shot `watcher check` whose feeds all answer 304, the
collector was a sizeable share of the CPU spent before the first request (issue 13).

`pause()` turns the collector off, first thing; `resume()`, once the command's modules are
imported and its configuration is loaded, moves every object alive at that point into the
permanent generation (`gc.freeze()`, which the collector never scans again) and turns the
collector back on, so the run's own garbage is collected as before. Reference counting frees
acyclic garbage meanwhile; the cycles made while paused are kept until the process exits,
which for a start-up is a few kilobytes.

This module must stay cheap to import: it runs before everything else.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Turn the cyclic collector off until `resume()` (nothing if it is off already)."""
    global _paused  # noqa: PLW0603 (one process-wide switch)
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what start-up built and turn the collector back on, if `pause()` turned it off.
    Safe to call more than once, and without `pause()`."""
    global _paused  # noqa: PLW0603
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False

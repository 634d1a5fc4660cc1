"""The validated rules kept between runs, so a check whose rule files have not changed skips
reading them (issue 13: a warm check's start-up).

Loading the rules composes each YAML file, validates it, checks its templates with Jinja and
its names against the gazetteers: about 25 ms and Jinja's import (about 15 ms more) in every
`watcher check`, for files that rarely change. `load_rules_cached` keeps the rules that load
produced in a file (beside the state file: `cli.common.rules_cache_path`) under a key made of:

- the bytes of every rule file of every folder, with the folders' names and their listing (a
  file added, removed or renamed changes it), and of the `gazetteer_file`;
- the bytes of the data files the rules' names are checked against (the default gazetteers
  and the lexicon's export-control items);
- watcher's version, and the size and modification time of the modules that define the rule
  language (schema, loading, triggers, the fact kinds), so a changed checkout is not fooled
  by an unchanged version;
- the versions of the libraries that parse and check the rules (pydantic, Jinja, RE2);
- this module's `FORMAT`.

The cache is trusted as much as the state file beside it, and no more: it lives in the same
folder, and whoever can write it can as well write the state's outbox (what alerts are sent).
So it is read only when it is a regular file (not a link) owned by the user running watcher
and open to nobody else (mode 0600, as it is written); else it is ignored. A key that differs,
a file that cannot be read or parsed, a digest that does not match its contents, or rules that
no longer validate against the schema all mean the rule files are read again, exactly as
without a cache (so an invalid rule file gives the same errors, with file, line and field, and
a cache is only ever written for rules that loaded without a problem). The digest detects
damage, not tampering: anyone who can write the file can recompute it. What is read back is
validated again by the schema (pydantic's core: well under a millisecond for the shipped
rules), never unpickled, and the cheap load-time checks run again: keyword terms compile in
RE2 and `group_by` names fields of the trigger's fact; a cache that fails them is ignored.
Templates (Jinja: its import is what the cache saves) and names against the gazetteers are not
checked again: a cache that passes the owner and mode test is trusted for them.

The key is computed again after the files are loaded, and the cache is written only when it is
unchanged: a rule file edited while it was being read is not stored under the key of its old
bytes (the next check reads the files again). A cache is written only when its contents read
back equal to the rules just loaded; it is written to a temporary file (mode 0600) in the same
folder and renamed over the old one, so concurrent checks see a whole file or none. A cache
that cannot be written (a read-only folder) is skipped.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pydantic
import pydantic_core
import structlog
from pydantic import TypeAdapter, ValidationError

from watcher.alerting.rules.keywords import check_term
from watcher.alerting.rules.load import Override, load_rule_layers, log_overrides, rule_files
from watcher.alerting.rules.schema import KeywordTrigger, Rule
from watcher.alerting.rules.vocabulary import fact_fields
from watcher.errors import ConfigError, RuleError

log = structlog.get_logger(__name__)
FORMAT = 2
_PACKAGE = Path(__file__).resolve().parents[2]  # the `watcher` package
# The modules whose code decides what a rule file loads to (relative to the package).
_CODE = (
    "alerting/rules",
    "facts/kinds",
    "facts/registry.py",
    "facts/extract/gazetteer.py",
    "facts/extract/lexicon.py",
    "facts/extract/merge.py",
    "common/yamlfile.py",
    "common/durations.py",
    "common/regex.py",
    "models.py",
)
# The data the rules' names are checked against (`vocabulary.py`).
_DATA = ("countries.yaml", "leaders.yaml", "products.yaml", "lexicon.yaml")
_DATA_DIR = _PACKAGE / "facts" / "extract" / "data"
_RULES = TypeAdapter(list[Rule])
# The distributions whose code parses and checks the rules, not imported on a warm start
# (their versions are in the key, with pydantic's, which is).
_LIBRARIES = ("jinja2", "google-re2")


def load_rules_cached(
    folders: Iterable[Path], gazetteer_file: Path | None, cache: Path | None
) -> tuple[list[Rule], bool]:
    """`load_rules(folders, gazetteer_file)`, through the cache file `cache` (None: none), and
    whether the rules came from the cache. Overrides are logged either way; problems raise
    RuleError (never from the cache: rules with problems are not cached)."""
    folders = list(dict.fromkeys(folders))
    key = _key(folders, gazetteer_file) if cache is not None else None
    if cache is not None and key is not None:
        found = _read(cache, key)
        if found is not None:
            rules, overrides = found
            log_overrides(overrides)
            return rules, True
    layered = load_rule_layers(folders, gazetteer_file)
    if layered.problems:
        raise RuleError(layered.problems)
    log_overrides(layered.overrides)
    rules = [rule for rule, _ in layered.rules]
    if cache is not None and key is not None:
        if _key(folders, gazetteer_file) == key:
            _write(cache, key, rules, layered.overrides)
        else:  # a file changed while it was read: what loaded may be neither version
            log.debug("rules_cache_not_written", path=str(cache), reason="a file changed")
    return rules, False


def _key(folders: Sequence[Path], gazetteer_file: Path | None) -> str | None:
    """The digest of everything the loaded rules depend on; None when some file cannot be
    read (the loader then names the problem) or is not a regular file (a FIFO or a device
    gives its bytes once: the loader must have them, and no key can stand for them)."""
    from watcher import __version__  # noqa: PLC0415 (a lazy attribute of the package)

    digest = hashlib.sha256(f"watcher rules cache {FORMAT}\0{__version__}\0".encode())
    for name, version in _library_versions():
        digest.update(f"library\0{name}\0{version}\0".encode())
    try:
        for path in _code_files():
            stat = path.stat()
            digest.update(f"code\0{path}\0{stat.st_mtime_ns}\0{stat.st_size}\0".encode())
        for name in _DATA:
            _add_file(digest, "data", _DATA_DIR / name)
        for folder in folders:
            digest.update(f"folder\0{folder}\0".encode())
            for path in rule_files([folder]):
                _add_file(digest, "rule", path)
        if gazetteer_file is not None:
            _add_file(digest, "gazetteer", gazetteer_file)
    except (OSError, ConfigError):
        return None
    return digest.hexdigest()


def _library_versions() -> Iterator[tuple[str, str]]:
    from importlib.metadata import (  # noqa: PLC0415 (imported already for __version__)
        PackageNotFoundError,
        version,
    )

    yield "pydantic", pydantic.VERSION
    yield "pydantic-core", pydantic_core.__version__
    for name in _LIBRARIES:  # about 0.2 ms each
        try:
            yield name, version(name)
        except PackageNotFoundError:
            yield name, "-"


def _code_files() -> Iterator[Path]:
    for name in _CODE:
        path = _PACKAGE / name
        if path.suffix == ".py":
            yield path
        else:
            yield from sorted(path.rglob("*.py"))


def _add_file(digest: Any, what: str, path: Path) -> None:
    if not stat.S_ISREG(path.stat().st_mode):
        raise OSError(f"{path}: not a regular file")
    data = path.read_bytes()
    digest.update(f"{what}\0{path}\0{len(data)}\0".encode())
    digest.update(data)


def _payload_digest(payload: Any) -> str:
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _read(cache: Path, key: str) -> tuple[list[Rule], list[Override]] | None:
    """The cached rules and overrides when the file may be trusted (`_untrusted`) and holds
    them under `key`, intact and valid."""
    document = _document(cache)
    if not isinstance(document, dict) or document.get("key") != key:
        return None
    payload = document.get("payload")
    if document.get("digest") != _payload_digest(payload) or not isinstance(payload, dict):
        log.debug("rules_cache_ignored", path=str(cache), reason="its digest does not match")
        return None
    try:
        rules = _RULES.validate_python(payload["rules"])
        overrides = [
            Override(str(rule_id), Path(old), Path(new))
            for rule_id, old, new in payload["overrides"]
        ]
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        log.debug("rules_cache_ignored", path=str(cache), reason=f"invalid: {exc}")
        return None
    problem = next(_problems(rules), None)
    if problem is not None:
        log.debug("rules_cache_ignored", path=str(cache), reason=f"invalid: {problem}")
        return None
    return rules, overrides


def _document(cache: Path) -> Any:
    """The JSON in the cache file, when it may be trusted; None when missing or not."""
    try:
        fd = os.open(cache, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.debug("rules_cache_ignored", path=str(cache), reason=f"unreadable: {exc}")
        return None
    try:
        with os.fdopen(fd, "rb") as file:
            why = _untrusted(os.fstat(file.fileno()))
            if why is not None:
                log.debug("rules_cache_ignored", path=str(cache), reason=why)
                return None
            return json.loads(file.read())
    except (OSError, ValueError) as exc:
        log.debug("rules_cache_ignored", path=str(cache), reason=f"unreadable: {exc}")
        return None


def _untrusted(info: os.stat_result) -> str | None:
    """Why a cache file with this status is not to be trusted; None when it is: a regular
    file owned by the user running watcher, open to nobody else (as `_write` makes it)."""
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    geteuid = getattr(os, "geteuid", None)
    if geteuid is not None and info.st_uid != geteuid():
        return "owned by another user"
    if info.st_mode & 0o077:
        return f"mode {stat.S_IMODE(info.st_mode):04o}, not 0600"
    return None


def _problems(rules: Iterable[Rule]) -> Iterator[str]:
    """The load-time checks that cost little, run again on cached rules (`load._parse`):
    keyword terms compile, `group_by` names fields of the trigger's fact."""
    for rule in rules:
        if isinstance(rule.trigger, KeywordTrigger):
            for name in ("any", "all", "none"):
                for term in getattr(rule.trigger, name):
                    problem = check_term(term)
                    if problem:
                        yield f"{rule.id}: trigger.{name}: {problem}"
        fields = fact_fields(rule.trigger.type)
        for name in rule.alert.group_by or ():
            if name not in fields:
                yield f"{rule.id}: alert.group_by: {name!r} is not a field of the fact"


def _write(cache: Path, key: str, rules: list[Rule], overrides: list[Override]) -> None:
    """Keep `rules` under `key`, when they read back as they are; a failure is no error."""
    try:
        payload = {
            "rules": [_plain(rule.model_dump()) for rule in rules],
            "overrides": [[o.rule_id, str(o.old_file), str(o.new_file)] for o in overrides],
        }
        if _RULES.validate_python(json.loads(json.dumps(payload["rules"]))) != rules:
            log.debug(
                "rules_cache_not_written",
                path=str(cache),
                reason="the rules do not read back as loaded",
            )
            return
    except (TypeError, ValueError, ValidationError) as exc:
        log.debug("rules_cache_not_written", path=str(cache), reason=str(exc))
        return
    document = {"key": key, "digest": _payload_digest(payload), "payload": payload}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{cache.name}.", dir=cache.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, cache)
        temp = None
    except OSError as exc:
        log.debug("rules_cache_not_written", path=str(cache), reason=str(exc))
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _plain(value: Any) -> Any:
    """A model dump as JSON values the schema reads back to the same value: durations as
    seconds (the schema's `Duration` reads a number as seconds), dates as ISO text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, date):  # and datetime
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} in the rules cache")

"""The floor of `bench/oneshot.py`: fetching and parsing alone, nothing else.

Usage: `python bench/oneshot_floor.py URLS_FILE ETAGS_FILE`.

One sequential loop over the URLs (one a line): an httpx GET (with `If-None-Match` when
ETAGS_FILE holds the URL's ETag from an earlier run) and `fastfeedparser.parse` of every body
answered 200; then the ETags are written back to ETAGS_FILE. It is run as a subprocess and timed
from start to exit, so it pays Python's start-up and its imports as watcher does. Prints one
line: `feeds=N ok=N not_modified=N entries=N parse_errors=N`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import fastfeedparser
import httpx


def main(urls_file: Path, etags_file: Path) -> int:
    urls = urls_file.read_text(encoding="utf-8").split()
    etags: dict[str, str] = (
        json.loads(etags_file.read_text(encoding="utf-8")) if etags_file.is_file() else {}
    )
    ok = not_modified = entries = errors = 0
    with httpx.Client(timeout=60) as client:
        for url in urls:
            headers = {"If-None-Match": etags[url]} if url in etags else {}
            response = client.get(url, headers=headers)
            if response.status_code == 304:
                not_modified += 1
                continue
            response.raise_for_status()
            ok += 1
            etags[url] = response.headers.get("ETag", "")
            try:
                entries += len(fastfeedparser.parse(response.content).entries)
            except Exception:  # a floor counts what it cannot parse, and goes on
                errors += 1
    etags_file.write_text(json.dumps(etags), encoding="utf-8")
    print(
        f"feeds={len(urls)} ok={ok} not_modified={not_modified} entries={entries} "
        f"parse_errors={errors}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))

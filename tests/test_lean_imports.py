"""The command line imports structlog and httpx without rich, pygments, trio and anyio (issue
13 §4), and a console log still renders an exception exactly as structlog's rich formatter does.

Each check runs in a fresh interpreter: the test process has imported these libraries whole.
"""

from __future__ import annotations

import subprocess
import sys

# The same exception, rendered by watcher's formatter in a process that imported structlog
# lean, and by structlog's own formatter in a process that imported it whole.
_RENDER = """
import io, sys
{lean}
import structlog
from watcher.logs import RichTraceback

def fail() -> None:
    raise ValueError("the duty on steel cannot be read")

try:
    fail()
except ValueError:
    info = sys.exc_info()
out = io.StringIO()
formatter = {formatter}(show_locals=False, width=100, color_system=None)
formatter(out, info)
print(out.getvalue())
"""


def _python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


def test_lean_import_leaves_out_the_extras_and_keeps_them_importable() -> None:
    code = (
        "import sys\n"
        "from watcher.common.lean_imports import import_lean\n"
        "import_lean()\n"
        "import httpx, structlog\n"
        "httpx.Client().close()\n"  # builds a transport: imports httpcore
        "extras = ('rich', 'pygments', 'trio', 'anyio')\n"
        "print(sorted(m for m in extras if m in sys.modules))\n"
        "import rich.console, trio, anyio\n"  # still there for the progress bar and the tables
        "print('importable')\n"
    )
    assert _python(code).split("\n")[:2] == ["[]", "importable"]


def test_console_tracebacks_are_structlogs_own() -> None:
    lean = _python(
        _RENDER.format(
            lean="from watcher.common.lean_imports import import_lean; import_lean()",
            formatter="RichTraceback",
        )
    )
    whole = _python(_RENDER.format(lean="", formatter="structlog.dev.RichTracebackFormatter"))
    assert "the duty on steel cannot be read" in lean
    assert "Traceback" in lean
    assert lean == whole

"""`python -m watcher` and the `watcher` script run the command line.

For `watcher run`, the signal handlers go in before anything slow is imported: a SIGTERM sent
while the service starts must stop it cleanly (exit 0), not kill it (exit 143). See
`watcher.common.early_signals`.
"""

import sys

from watcher.common import early_signals, lean_imports, startup_gc


def _command(argv: list[str]) -> str | None:
    """The subcommand: the first argument that is not an option (the group's only options,
    `--version` and `--help`, take no value)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main() -> None:
    command = _command(sys.argv[1:])
    if command == "run":
        early_signals.catch()
    startup_gc.pause()  # until the command's configuration is loaded (`cli.common`)
    if command is not None:  # `--help` and `--version` import neither library
        lean_imports.import_lean()
    from watcher.cli import main as cli_main  # noqa: PLC0415 (slow: after the handlers)

    cli_main()


if __name__ == "__main__":
    main()

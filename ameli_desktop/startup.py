"""Python's cyclic garbage collector while the app starts and ends (DESIGN.md 9).

A start imports some 600 modules (SQLAlchemy, pydantic, Qt's bindings, ours) and builds the
tables, the services and the window: about a million objects that live as long as the process.
The collector runs on allocation counts and would walk them over and over while they are made
(a quarter of a start's time, measured), then once more as the interpreter ends. So
``__main__`` turns it off first; once the start is over (the CLI's command modules imported, the
window's tabs all built) everything made so far is frozen, never to be walked again, and the
collector comes back on for what the session makes. At the end of the process what is left is
frozen too: the interpreter frees it without walking it for cycles (nothing is lost: files,
settings and the database are closed before, explicitly).

Only the entry point (``__main__.main``) turns the collector off; ``started()`` does nothing in
a process that did not (tests build windows and run commands in their own process).

Also here, as Qt-free and import-free as the rest: :func:`collector_paused` (the importers and
the acts' refresh pause the collector while they make their objects); the command word of a
command line, which decides between the window and the CLI, and which command module the CLI
imports.
"""

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

_paused = False
GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--data-dir", "--today"})


def command_word(argv: Sequence[str]) -> str | None:
    """The first argument after the global options (``--data-dir DIR``, ``--today=DAY``): a
    command, ``--help``, or an option of Qt's (``-platform``); None when there is none."""
    tokens = list(argv)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in GLOBAL_OPTIONS_WITH_VALUE:
            i += 2
            continue
        if token.startswith(("--data-dir=", "--today=")):
            i += 1
            continue
        return token
    return None


def starting() -> None:
    """The process starts: no collection until :func:`started`."""
    global _paused  # noqa: PLW0603 - one start per process
    if gc.isenabled():
        gc.disable()
        _paused = True


def started() -> None:
    """The start is over: freeze what it made, collect again from now on. Idempotent."""
    global _paused  # noqa: PLW0603
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def is_starting() -> bool:
    return _paused


def ending() -> None:
    """The process ends: the interpreter frees what is left without walking it for cycles."""
    gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's objects are created, or the acts of
    care refreshed.

    Parsing allocates a few hundred thousand objects and no cycles; the collector would otherwise
    rescan all of them again and again (about a fifth of the parse time measured on 100 000 lines).
    Reference counting still frees everything, and the collector resumes as it was.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

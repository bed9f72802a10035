"""Logging to ``logs/`` in the data folder, rotating, owner-only, with identifiers scrubbed."""

import logging
import logging.handlers
import os
import re
from pathlib import Path
from typing import IO

from ameli_desktop.app_paths import DataPaths, open_private

LOG_NAME = "ameli-desktop.log"
# Patterns with bounded repeats: scrubbing stays linear in the text, whatever it holds.
_NIR_LIKE = re.compile(r"\b[12](?:\s?\d){12,14}\b")  # 13 to 15 digits, spaced or not
# A Corsican NIR has 2A or 2B where the département goes (positions 6-7): 2 69 05 2A 004 …
_NIR_CORSICA = re.compile(r"\b[12]\s?\d\d\s?\d\d\s?2[AaBb]\s?\d{3}\s?\d{3}(?:\s?\d\d)?\b")
# An IBAN written in groups of four or in one piece (15 to 34 characters, ISO 13616).
_IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b")
_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Never let this exact value reach a log or a crash report (a password being handled)."""
    if value:
        _secrets.add(value)


def forget_secret(value: str) -> None:
    _secrets.discard(value)


def scrub(text: str) -> str:
    """Mask NIRs, IBANs and registered secrets in free text (logs, crash reports)."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, "[secret]")
    text = _NIR_CORSICA.sub("[number]", text)
    text = _NIR_LIKE.sub("[number]", text)
    return _IBAN_LIKE.sub("[iban]", text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the ones rotation starts included, is owner-only."""

    def _open(self) -> IO[str]:  # the base class opens with the umask's mode
        fd = open_private(Path(self.baseFilename), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(paths: DataPaths, *, level: int = logging.INFO) -> Path | None:
    """Send the app's logs to logs/ameli-desktop.log (1 MB x 5 files); return the file.

    None when the data folder cannot be written (a read-only folder is never changed, not even
    by a log line) or the log cannot be opened: the app runs on without a log file.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_ameli", False):
            root.removeHandler(handler)
            handler.close()
    if paths.read_only_reason() is not None:
        return None
    log_file = paths.logs / LOG_NAME
    try:
        paths.ensure()
        handler = PrivateRotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler._ameli = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return log_file

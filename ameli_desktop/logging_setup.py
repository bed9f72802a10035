"""Logging to ``logs/`` in the data folder, rotating, owner-only, with identifiers scrubbed."""

import logging
import logging.handlers
import re
from pathlib import Path

from ameli_desktop.app_paths import DataPaths, secure_file

LOG_NAME = "ameli-desktop.log"
_NIR_LIKE = re.compile(r"\b[12][\s\d]{12,20}\b")
_IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}\b")
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
    text = _NIR_LIKE.sub(
        lambda m: "[number]" if sum(c.isdigit() for c in m[0]) >= 13 else m[0], text
    )
    return _IBAN_LIKE.sub("[iban]", text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        return True


def setup_logging(paths: DataPaths, *, level: int = logging.INFO) -> Path:
    """Send the app's logs to logs/ameli-desktop.log (1 MB x 5 files); return the file."""
    paths.ensure()
    log_file = paths.logs / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_ameli", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._ameli = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.setLevel(level)
    secure_file(log_file)
    return log_file

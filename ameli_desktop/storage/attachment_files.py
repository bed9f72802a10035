"""Where an attachment's copy lives: ``attachments/<sha256><suffix>``, and nowhere else.

The name is built from two columns of the ``attachment`` table. A database is data that can come
from elsewhere (a restored backup), so the rule that keeps the result inside ``attachments/`` is
written once here and used both when a backup is checked and when a file is opened.
"""

import re
from pathlib import Path

_SHA256 = re.compile(r"[0-9a-f]{64}")
# Any extension the app ever kept, but never a path separator, a drive colon or a control code.
_SUFFIX = re.compile(r"\.[^./\\:\x00-\x1f\x7f]{1,9}")


def stored_name(sha256: str, file_name: str) -> str | None:
    """The copy's file name, or None when the row cannot name a file inside ``attachments/``.

    The suffix keeps the original's extension (so the system opens it with the right program),
    lower-cased and at most 10 characters; a suffix that is not a plain extension is dropped.
    """
    if not isinstance(sha256, str) or _SHA256.fullmatch(sha256) is None:
        return None
    suffix = Path(file_name).suffix.lower()[:10] if isinstance(file_name, str) else ""
    if _SUFFIX.fullmatch(suffix) is None:
        suffix = ""
    return f"{sha256}{suffix}"


def inside(folder: Path, path: Path) -> bool:
    """Whether ``path``, links followed, is a file directly inside ``folder``."""
    try:
        real = path.resolve(strict=True)
        return real.parent == folder.resolve(strict=True) and real.is_file()
    except (OSError, RuntimeError):  # missing, or a loop of links
        return False

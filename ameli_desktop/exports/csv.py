"""CSV export of any table: UTF-8 with BOM and ``;`` so Excel in France opens it as columns.

Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are prefixed with
an apostrophe: an imported label such as ``=HYPERLINK(...)`` must stay text (OWASP CSV injection).
"""

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ameli_desktop.exports.files import write_atomically

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell's text, neutralised if a spreadsheet would evaluate it."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    write_atomically(path, to_csv_bytes(header, rows))
    return path

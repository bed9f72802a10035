"""Finding the table in a delimited file: which delimiter, which row is the header.

Bank and insurer exports put a preamble above the table (account number, period, "Relevé de
remboursements") and totals below it, so neither the first line nor ``csv.Sniffer`` can be trusted.
The header is the row, among the first few dozen, where the most cells name a known column, tried
with each delimiter; a file whose headers nobody listed falls back to the delimiter that splits most
rows into the same number of cells, and to the first row of that width.
"""

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.names import fold
from ameli_desktop.importers.fields import recognise_headers

DELIMITERS = (";", ",", "\t", "|")
DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab", "|": "vertical bar"}
HEADER_SEARCH_RECORDS = 40  # a preamble longer than this is not a preamble
_SAMPLE_CHARS = 64 * 1024
# A quoted value running over more lines than this is a missing closing quote, not a long label.
MAX_LINES_PER_RECORD = 20


class LayoutError(UserError):
    """The file has no table we can find, or cannot be split into cells."""


@dataclass(frozen=True, slots=True)
class Records:
    """The file split into cells, with where each record starts and ends in the file (1-based)."""

    rows: list[list[str]]
    first_lines: Sequence[int]
    last_lines: Sequence[int]


def _split_error(error: csv.Error, line: int) -> LayoutError:
    return LayoutError(
        QT_TRANSLATE_NOOP("Errors", "Line {line} cannot be split into cells: {detail}."),
        line=line,
        detail=str(error),
    )


def read_records(text: str, delimiter: str, *, limit: int | None = None) -> Records:
    """Split ``text`` into records, keeping each one's physical line numbers.

    Quoted fields may hold the delimiter and line breaks; the line reported for a record is the one
    where it starts, which is what a user finds in a text editor. Most files have no line break
    inside a value: then record *i* is line *i + 1* and the C reader runs alone.
    """
    if limit is None:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            rows = list(reader)
        except csv.Error as error:
            raise _split_error(error, reader.line_num) from None
        if reader.line_num == len(rows):
            lines = range(1, len(rows) + 1)
            return Records(rows, lines, lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    first_lines: list[int] = []
    last_lines: list[int] = []
    previous_end = 0
    try:
        for row in reader:
            rows.append(row)
            first_lines.append(previous_end + 1)
            previous_end = reader.line_num
            last_lines.append(previous_end)
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error as error:
        raise _split_error(error, previous_end + 1) from None
    return Records(rows, first_lines, last_lines)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the table is.

    Attributes:
        delimiter: the cell separator.
        header_index: index (in the records) of the header row; None for a file without one, whose
            data then starts at ``data_index``.
        data_index: index of the first record after the header (or after skipped lines).
        recognised: how many header cells named a known column (0 when found by width only).
    """

    delimiter: str
    header_index: int | None
    data_index: int
    recognised: int


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE_CHARS:
        return text
    cut = text.rfind("\n", 0, _SAMPLE_CHARS)
    return text[: cut + 1] if cut > 0 else text[:_SAMPLE_CHARS]


def _width(row: Sequence[str]) -> int:
    """Cells up to the last non-empty one (exports often end every row with a delimiter)."""
    width = len(row)
    while width and not row[width - 1].strip():
        width -= 1
    return width


def _best_header(rows: Sequence[list[str]]) -> tuple[int, int]:
    """(score, index) of the row naming the most known columns; score 0 when none names two."""
    best = (0, -1)
    for index, row in enumerate(rows[:HEADER_SEARCH_RECORDS]):
        score = sum(1 for field in recognise_headers(row) if field is not None)
        if score >= 2 and score > best[0]:
            best = (score, index)
    return best


def _consistency(rows: Sequence[list[str]], index: int) -> int:
    """How many rows after ``index`` have the header's width: a tie-breaker between delimiters."""
    width = _width(rows[index])
    return sum(1 for row in rows[index + 1 :] if _width(row) == width)


def _modal_width(rows: Sequence[list[str]]) -> tuple[int, int]:
    """(how many rows share the most common width above 1, that width)."""
    widths = Counter(w for w in (_width(r) for r in rows) if w > 1)
    if not widths:
        return (0, 0)
    width, count = widths.most_common(1)[0]
    return (count, width)


def find_layout(
    text: str,
    *,
    delimiter: str | None = None,
    header_names: Iterable[str] | None = None,
    has_header: bool = True,
    skip_lines: int | None = None,
) -> Layout:
    """Locate the table in ``text``.

    Args:
        delimiter: forced delimiter (else tried among :data:`DELIMITERS`).
        header_names: column names a saved profile expects; the header is the first row holding
            all of them (compared without case or accents).
        has_header: False for a file whose first table row is already data.
        skip_lines: lines to skip before the table, when the user knows better than the search.
    """
    sample = _sample(text)
    candidates = (delimiter,) if delimiter else DELIMITERS
    parsed = {d: read_records(sample, d, limit=HEADER_SEARCH_RECORDS + 20) for d in candidates}

    if skip_lines is not None:
        chosen = delimiter or max(candidates, key=lambda d: _modal_width(parsed[d].rows))
        records = parsed[chosen]
        index = next(
            (i for i, first in enumerate(records.first_lines) if first > skip_lines),
            len(records.rows),
        )
        if has_header:
            return Layout(chosen, index, index + 1, 0)
        return Layout(chosen, None, index, 0)

    if header_names is not None and has_header:
        wanted = {fold(name) for name in header_names}
        for d in candidates:
            for index, row in enumerate(parsed[d].rows[:HEADER_SEARCH_RECORDS]):
                if wanted <= {fold(cell) for cell in row}:
                    return Layout(d, index, index + 1, len(wanted))
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No row near the top of the file has the columns {columns}: "
                "is this the right profile?",
            ),
            field="profile",
            columns=", ".join(f"“{name}”" for name in header_names),
        )

    if has_header:
        scored = []
        for d in candidates:
            score, index = _best_header(parsed[d].rows)
            if score:
                scored.append((score, _consistency(parsed[d].rows, index), -candidates.index(d), d))
        if scored:
            score, _, _, chosen = max(scored)
            index = _best_header(parsed[chosen].rows)[1]
            return Layout(chosen, index, index + 1, score)

    # Nothing recognisable: the delimiter that gives most rows one width, the first row of it.
    count, width, chosen = max((*_modal_width(parsed[d].rows), d) for d in candidates)
    if count == 0:
        raise LayoutError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No table found: no line is split into columns by a semicolon, comma, tab or "
                "vertical bar.",
            )
        )
    index = next(i for i, row in enumerate(parsed[chosen].rows) if _width(row) == width)
    if has_header:
        return Layout(chosen, index, index + 1, 0)
    return Layout(chosen, None, index, 0)

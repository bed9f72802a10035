"""Any other statement PDF whose rows form a table, mapped like a CSV.

One way: the pages' lines (``pdf_text``) are cut into cells where the words leave a wide gap; the
header is the line naming the most known columns (else the first line of the commonest width of
three cells or more); every line below it is laid on the header's columns by where its cells
stand; then ``table`` maps and reads the rows exactly as it does a CSV's (the import dialog offers
the same column mapping, and a saved profile reads the next such PDF unaided).
"""

from collections import Counter
from collections.abc import Iterator, Sequence

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.statements import DocumentKind
from ameli_desktop.importers.decoding import file_sha256
from ameli_desktop.importers.fields import recognise_headers
from ameli_desktop.importers.layout import HEADER_SEARCH_RECORDS, Records
from ameli_desktop.importers.pdf_text import Page, TextLine
from ameli_desktop.importers.profiles import Profile
from ameli_desktop.importers.table import FoundTable

MIN_COLUMNS = 3  # a date, a label and an amount at least


class NotATableError(UserError):
    """A PDF that is no statement these readers know, and whose lines form no table."""


Cells = list[tuple[float, float, str]]


def _header_index(rows: Sequence[Cells], profile: Profile | None) -> int | None:
    """The header: a saved profile's column names, else the line naming most known columns
    (two at least), else the first line of the commonest width (three cells or more)."""
    texts = [[text for _, _, text in row] for row in rows[:HEADER_SEARCH_RECORDS]]
    names = profile.header_names() if profile is not None else None
    if names:
        wanted = {fold(name) for name in names}
        return next((i for i, row in enumerate(texts) if wanted <= {fold(c) for c in row}), None)
    best, best_index = 1, None
    for index, row in enumerate(texts):
        score = sum(1 for f in recognise_headers(row) if f is not None)
        if score > best:
            best, best_index = score, index
    if best_index is not None:
        return best_index
    widths = Counter(len(row) for row in rows if len(row) >= MIN_COLUMNS)
    if not widths:
        return None
    width = widths.most_common(1)[0][0]
    return next(i for i, row in enumerate(rows) if len(row) == width)


def _distance(column: tuple[float, float, str], x0: float, x1: float) -> float:
    h0, h1, _ = column
    return min(abs(x0 - h0), abs(x1 - h1), abs((x0 + x1) / 2 - (h0 + h1) / 2))


def _place(row: Cells, header: Cells) -> list[str]:
    """A line's cells laid on the header's columns: each cell under the header cell it lines up
    with best (its left edge, its right edge or its centre: text is left-aligned, figures right)."""
    cells = [""] * len(header)
    for x0, x1, text in row:
        index = min(range(len(header)), key=lambda i: _distance(header[i], x0, x1))
        cells[index] = f"{cells[index]} {text}".strip()
    return cells


def find_table(
    data: bytes,
    first: Page,
    pages: Iterator[Page],
    *,
    file_name: str = "",
    profile: Profile | None = None,
) -> FoundTable:
    """The table of a PDF's pages, found and laid out in cells (nothing converted yet).

    Raises:
        NotATableError: no line has three columns or more.
    """
    lines: list[TextLine] = []
    count = 0
    for page in (first, *pages):
        count += 1
        lines.extend(page.lines)
    rows = [line.cells() for line in lines]
    index = _header_index(rows, profile)
    if index is None:
        raise NotATableError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is a PDF but not a statement these readers know (ameli's, a mutuelle's)"
                " nor a table: no line has three columns or more.",
            ),
            field="file",
            file=file_name,
        )
    header = rows[index]
    cells = [[text for _, _, text in header]] + [_place(row, header) for row in rows[index + 1 :]]
    numbers = list(range(index + 1, len(lines) + 1))
    records = Records(cells, numbers, numbers)
    return FoundTable(
        file_name=file_name,
        sha256=file_sha256(data),
        size=len(data),
        encoding="pdf",
        encoding_detected=True,
        delimiter="",
        records=records,
        header_index=0,
        data_index=1,
        preamble=tuple(line.text for line in lines[:index]),
        pages=count,
        pages_of=[line.page for line in lines[index:]],
        document=DocumentKind.TABLE_PDF,
    )

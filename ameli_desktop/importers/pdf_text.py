"""A PDF's text as positioned words, one page at a time, within limits.

Every PDF reader of the importers (ameli's statements, a mutuelle's, any table) starts here. The
pages are produced one by one by :func:`pdf_pages`, each checked before it is read (its content
size) and while it is read (operators, text), so that a hostile or huge file is refused at its
first page, never extracted whole first (issue 15: a 147 kB PDF used to take 141 s and 590 MB).

Library: pypdf's text visitor, not pdfplumber's word boxes. pypdf is already the app's one PDF
dependency, pure Python and imported lazily; pdfplumber would add pdfminer.six, a second parser
several times slower on the same page, for boxes the reader does not need at glyph precision. The
visitor gives each run of text with its text and transformation matrices and its font; the run's
width comes from the font's ``/Widths`` or, for the base-14 fonts ameli uses *without* embedding
them (G1: Helvetica, WinAnsi), from their standard metrics (reportlab ships the AFM widths). A run
is split into words, each word placed by the widths of what precedes it in its run.
"""

import io
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

PDF_MAGIC = b"%PDF-"
MAX_PDF_BYTES = 20 * 1024 * 1024  # a year of a large household's statements is below 5 MB
MAX_PAGES = 100  # a monthly relevé has a few pages; the benchmark's busy month has 24
MAX_OBJECTS = 100_000  # a statement has a few hundred objects
MAX_CONTENT_BYTES = 4 * 1024 * 1024  # decoded content of one page (a dense page is < 100 kB)
MAX_OPERATORS = 200_000  # drawing operators of one page
MAX_PAGE_TEXT = 200_000  # characters of text on one page
LINE_TOLERANCE = 0.35  # words whose baselines differ by less than this x their size share a line


class PdfError(UserError):
    """The file cannot be read as a PDF statement; the message says what and where."""


class NotAPdfError(PdfError):
    """Not a PDF at all, or a PDF too damaged to open."""


class EncryptedPdfError(PdfError):
    """A PDF that needs a password to be read."""


class ScannedPageError(PdfError):
    """A page with no text: a scan or a photo, which no reader here tries to OCR."""


class PdfLimitError(PdfError):
    """A PDF larger or denser than any statement: refused before it is read further."""


@dataclass(frozen=True, slots=True)
class Word:
    """A word on a page, in points from the page's top-left corner (``x1`` its right edge)."""

    x0: float
    x1: float
    y: float  # the baseline
    size: float
    text: str
    bold: bool = False

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True, slots=True)
class TextLine:
    """The words sharing a baseline, left to right; ``number`` counts the page's lines from 1."""

    page: int
    number: int
    y: float
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    def cells(self, gap: float = 1.2) -> list[tuple[float, float, str]]:
        """Runs of words closer than ``gap`` times their size x 0.5 (a wide space): the cells a
        reader sees, as (x0, x1, text)."""
        cells: list[list[Any]] = []
        for word in self.words:
            if cells and word.x0 - cells[-1][1] <= gap * 0.5 * word.size:
                cells[-1][1] = word.x1
                cells[-1][2] += " " + word.text
            else:
                cells.append([word.x0, word.x1, word.text])
        return [(c[0], c[1], c[2]) for c in cells]


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    count: int  # pages in the document
    width: float
    height: float
    lines: tuple[TextLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def is_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:1024]


def _refuse(template: str, file_name: str, **params: Any) -> PdfError:
    return PdfError(template, field="file", file=file_name, **params)


def pdf_pages(data: bytes, *, file_name: str = "") -> Iterator[Page]:
    """The pages of a PDF one by one, each checked before and while it is read.

    pypdf is imported here, not at module level: the app starts without it (DESIGN.md 9).

    Raises:
        PdfError: not a PDF, damaged, password-protected, beyond a limit, or a page without text
            (a scan); the message names the file and, when it is about one, the page.
    """
    if len(data) > MAX_PDF_BYTES:
        raise PdfLimitError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{file}” is {size} MB: a statement PDF is expected below {limit} MB."
            ),
            field="file",
            file=file_name,
            size=str(len(data) // (1024 * 1024)),
            limit=str(MAX_PDF_BYTES // (1024 * 1024)),
        )
    if not is_pdf(data):
        raise NotAPdfError(
            QT_TRANSLATE_NOOP("Errors", "“{file}” is not a PDF file."), field="file", file=file_name
        )
    reader = _open(data, file_name)
    count = _page_count(reader, file_name)
    for number in range(1, count + 1):
        yield _read_page(reader, number, count, file_name)


def _damaged(file_name: str, error: BaseException) -> NotAPdfError:
    # pypdf raises anything on a damaged file: PdfReadError, but also KeyError, ValueError,
    # struct.error, RecursionError... A user only needs to know that it is damaged.
    return NotAPdfError(
        QT_TRANSLATE_NOOP("Errors", "“{file}” is a damaged PDF that cannot be read ({detail})."),
        field="file",
        file=file_name,
        detail=f"{type(error).__name__}: {error}"[:200],
    )


def _open(data: bytes, file_name: str) -> Any:
    try:
        from pypdf import PasswordType, PdfReader
        from pypdf.errors import DependencyError

        reader = PdfReader(io.BytesIO(data), strict=False)
        size = reader.trailer.get("/Size", 0)
        if isinstance(size, int) and size > MAX_OBJECTS:
            raise PdfLimitError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}” holds {count} objects: a statement has a few hundred; it is not read.",
                ),
                field="file",
                file=file_name,
                count=str(size),
            )
        if reader.is_encrypted:
            # Many PDFs are encrypted only against editing, with an empty password to read.
            try:
                opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except DependencyError:
                opened = False
            if not opened:
                raise EncryptedPdfError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}” is protected by a password: download it again, or save it without"
                        " a password from a PDF viewer, and import that file.",
                    ),
                    field="file",
                    file=file_name,
                )
        return reader
    except PdfError:
        raise
    except Exception as error:
        raise _damaged(file_name, error) from None


def _page_count(reader: Any, file_name: str) -> int:
    """The number of pages, read from the page tree's own count before walking it."""
    try:
        declared = reader.trailer["/Root"]["/Pages"].get("/Count", 0)
        if isinstance(declared, int) and declared > MAX_PAGES:
            count = declared
        else:
            count = len(reader.pages)
    except Exception as error:
        raise _damaged(file_name, error) from None
    if count > MAX_PAGES:
        raise PdfLimitError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” has {pages} pages: a statement has a few (at most {limit} are read).",
            ),
            field="file",
            file=file_name,
            pages=str(count),
            limit=str(MAX_PAGES),
        )
    if count == 0:
        raise _damaged(file_name, ValueError("no page"))
    return count


class _StopError(Exception):
    """Raised from inside pypdf's visitor to stop reading a page past a limit."""


def _content_size(page: Any) -> int:
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = contents if isinstance(contents, list) else [contents]
    total = 0
    for stream in streams:
        total += len(stream.get_object().get_data())
        if total > MAX_CONTENT_BYTES:
            break
    return total


def _read_page(reader: Any, number: int, count: int, file_name: str) -> Page:
    limit = QT_TRANSLATE_NOOP(
        "Errors",
        "Page {page} of “{file}” holds more drawing and text than any statement: it is not read.",
    )
    try:
        page = reader.pages[number - 1]
        if _content_size(page) > MAX_CONTENT_BYTES:
            raise PdfLimitError(limit, field="file", file=file_name, page=str(number))
        box = page.mediabox
        left, bottom = float(box.left), float(box.bottom)
        width, height = float(box.width), float(box.height)
        collector = _Collector(left, bottom + height)
        page.extract_text(visitor_text=collector.text, visitor_operand_before=collector.operator)
    except _StopError:
        raise PdfLimitError(limit, field="file", file=file_name, page=str(number)) from None
    except PdfError:
        raise
    except Exception as error:
        raise _damaged(file_name, error) from None
    lines = collector.lines(number)
    if not lines:
        raise ScannedPageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Page {page} of “{file}” has no text to read: it is probably a scan or a photo;"
                " import the PDF you downloaded instead.",
            ),
            field="file",
            file=file_name,
            page=str(number),
        )
    return Page(number, count, width, height, lines)


# ------------------------------------------------------------------------------ widths
_STANDARD = {
    "helvetica",
    "helvetica-bold",
    "helvetica-oblique",
    "helvetica-boldoblique",
    "times-roman",
    "times-bold",
    "times-italic",
    "times-bolditalic",
    "courier",
    "courier-bold",
    "courier-oblique",
    "courier-boldoblique",
}
_ALIASES = {"arial": "helvetica", "arialmt": "helvetica", "timesnewroman": "times-roman"}
_SUBSET = re.compile(r"^[A-Z]{6}\+")


def _standard_name(base: str) -> str | None:
    """The base-14 font a font name is (``ABCDEF+Helvetica-Bold``, ``Arial,Bold``), or None."""
    name = _SUBSET.sub("", base).replace(",", "-").lower()
    name = _ALIASES.get(name, name)
    if name.startswith(("arial-", "arialmt-")):
        name = "helvetica-" + name.split("-", 1)[1]
    name = name.replace("-italic", "-oblique") if name.startswith("helvetica") else name
    return name if name in _STANDARD else None


def _widths(font: Any) -> tuple[Callable[[str], float], bool]:
    """A function giving a text's width in 1/1000 of the font size, and whether it is bold."""
    try:
        font = font.get_object() if font is not None else None
        base = str(font.get("/BaseFont", "")).lstrip("/") if font is not None else ""
    except Exception:
        font, base = None, ""
    bold = "bold" in base.lower()
    if font is not None and "/Widths" in font:
        try:
            first = int(font.get("/FirstChar", 0))
            table = [float(w) for w in font["/Widths"].get_object()]
        except Exception:
            table = []
        if table:
            missing = 500.0

            def from_table(text: str) -> float:
                total = 0.0
                for char in text:
                    code = char.encode("cp1252", "replace")[0] - first
                    total += table[code] if 0 <= code < len(table) else missing
                return total

            return from_table, bold
    standard = _standard_name(base)
    if standard is not None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        canonical = {"times-roman": "Times-Roman"}.get(standard) or "-".join(
            part.capitalize().replace("oblique", "Oblique") for part in standard.split("-")
        )
        canonical = canonical.replace("Boldoblique", "BoldOblique").replace(
            "Bolditalic", "BoldItalic"
        )
        return lambda text: stringWidth(text, canonical, 1000), bold
    return lambda text: 500.0 * len(text), bold


# ------------------------------------------------------------------------------ collecting
# Words are split at plain spaces only: a no-break space stays inside "1\u00a0450,00".
_PIECES = re.compile(r"([ \t\r\n]+)")


class _Collector:
    """Receives pypdf's visitor calls for one page and turns the runs of text into words."""

    def __init__(self, left: float, top: float) -> None:
        self.left, self.top = left, top
        self.words: list[Word] = []
        self.operators = 0
        self.chars = 0
        self.fonts: dict[int, tuple[Callable[[str], float], bool]] = {}

    def operator(self, operator: bytes, *_: Any) -> None:
        self.operators += 1
        if self.operators > MAX_OPERATORS:
            raise _StopError

    def text(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text or text.isspace():
            return
        self.chars += len(text)
        if self.chars > MAX_PAGE_TEXT:
            raise _StopError
        # The run's origin and scale in page space: the text matrix times the CTM.
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(a, b) or 1.0
        if abs(b) > abs(a) * 0.1:
            return  # rotated text (a margin note, a watermark): not part of a table
        key = id(font)
        measure = self.fonts.get(key)
        if measure is None:
            measure = self.fonts[key] = _widths(font)
        width_of, bold = measure
        points = size * scale / 1000
        position = x - self.left
        for piece in _PIECES.split(text):
            if not piece:
                continue
            advance = width_of(piece) * points
            if not piece.isspace():
                self.words.append(
                    Word(
                        round(position, 2),
                        round(position + advance, 2),
                        round(self.top - y, 2),
                        round(size * scale, 2),
                        piece,
                        bold,
                    )
                )
            elif "\n" in piece:
                break  # pypdf ends a run with a line break: what follows is not on this line
            position += advance

    def lines(self, page: int) -> tuple[TextLine, ...]:
        """Words grouped by baseline, top to bottom, each line left to right."""
        rows: list[list[Word]] = []
        for word in sorted(self.words, key=lambda w: (w.y, w.x0)):
            if rows:
                last = rows[-1]
                tolerance = LINE_TOLERANCE * max(word.size, last[0].size)
                if abs(word.y - last[0].y) <= tolerance:
                    last.append(word)
                    continue
            rows.append([word])
        return tuple(
            TextLine(page, number, row[0].y, tuple(sorted(row, key=lambda w: w.x0)))
            for number, row in enumerate(rows, start=1)
        )

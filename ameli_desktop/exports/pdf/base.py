"""What every Ameli Desktop PDF shares: A4, an embedded font, escaping, tables whose texts stay in
their cells, a footer with page numbers.

reportlab's built-in fonts cannot draw the narrow no-break space French amounts use (U+202F), so
DejaVu Sans is embedded. Every user or imported string goes through :func:`para` or :func:`esc`:
Paragraph markup is XML, so ``a<b`` would raise and ``<img src=...>`` would read a local file.
reportlab is imported lazily: start-up never pays for it.

Layout rules kept here once, for every document: a table cell's text never runs into the next
column (:func:`fit`: a plain string when it fits on one line, else a wrapping Paragraph; an amount
is set smaller rather than cut across lines); the footer's text wraps before the page number and
never prints over it; a heading is not left alone at the foot of a page.

Every document is written in a :class:`~ameli_desktop.domain.texts.Language` (English by default,
as the CLI writes it; the GUI passes its own): the texts are marked ``QT_TRANSLATE_NOOP`` in one
context per document and the layout is the same in every language.
"""

import functools
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from ameli_desktop import APP_NAME, __version__
from ameli_desktop.app_paths import resources_dir
from ameli_desktop.domain.dates import format_datetime
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.files import write_atomically

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Paragraph, Table

CONTEXT = "Documents"  # translation context of what every document says
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

# The page, in points (1 mm = 72 / 25.4 pt): A4 with the margins every document uses.
MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
MARGIN_LEFT = MARGIN_RIGHT = 18 * MM
MARGIN_TOP, MARGIN_BOTTOM = 16 * MM, 18 * MM
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 174 mm
# reportlab's frame pads its content by 6 pt on each side: the document's margins are set that
# much smaller, so that content, 174 mm tables included, lies exactly within the margins above.
FRAME_PADDING = 6
# The footer sits under the frame: up to FOOTER_LINES lines whose last one shares its baseline
# with the page number; the top line stays well below the frame's bottom edge.
FOOTER_BASELINE = 10 * MM
FOOTER_SIZE = 7.5
FOOTER_LEADING = 9
FOOTER_LINES = 2
FOOTER_GAP = 5 * MM  # between the footer's text and the page number
# reportlab's default cell padding (LEFTPADDING, RIGHTPADDING), which table() keeps.
CELL_PADDING = 6
# A text shrinks to keep its longest word whole down to this share of its size; below that,
# reportlab breaks the word inside the cell.
SHRINK_TEXT = 0.8
HEADING_ROOM = 30 * MM  # a heading with less room than this under it starts the next page


def esc(text: object) -> str:
    """Escape any value for Paragraph markup."""
    return escape("" if text is None else str(text))


_fonts_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once per process."""
    global _fonts_registered  # noqa: PLW0603 - a process-wide registry, like reportlab's own
    if _fonts_registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    _fonts_registered = True


@dataclass(frozen=True)
class Styles:
    """Paragraph styles shared by every document."""

    title: Any
    heading: Any
    body: Any
    small: Any
    cell: Any
    cell_right: Any
    cell_bold: Any
    cell_bold_right: Any


@functools.cache
def styles() -> Styles:
    """The shared styles (made once: reportlab styles are not changed after creation here)."""
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    cell_bold = ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.grey),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold=cell_bold,
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell_bold, alignment=TA_RIGHT),
    )


def para(text: object, style: Any) -> "Paragraph":
    """A Paragraph of plain text: escaped, newlines kept."""
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text).replace("\n", "<br/>"), style)


@functools.cache
def _string_width() -> Callable[[str, str, float], float]:
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth  # type: ignore[no-any-return]


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` is drawn in ``font`` at ``size`` points."""
    return float(_string_width()(text, font, size))


# The characters of amounts and dates ("12 345,67 €", "-3,10 €", "31/12/2025").
NUMERIC = "0123456789,.-/€ \u00a0\u202f"


@functools.cache
def _numeric_em(font: str) -> float:
    """The widest numeric character of ``font``, in ems: len(text) times this is a bound."""
    return max(text_width(c, font, 1) for c in NUMERIC)


# Where reportlab's Paragraph breaks a line: at any white space, no-break spaces included (it
# turns them into plain spaces, so an amount is never given to a Paragraph: see fit()).
_BREAKS = re.compile(r"\s+")
# Where the footer, drawn with drawString, may break: white space but the no-break ones.
_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")


@functools.cache
def _sized(style: Any, size: float) -> Any:
    """``style`` at another size (a few sizes per document: cached)."""
    from reportlab.lib.styles import ParagraphStyle

    leading = size * style.leading / style.fontSize
    return ParagraphStyle(f"{style.name}@{size}", parent=style, fontSize=size, leading=leading)


@functools.cache
def _one_line_class() -> type:
    """A flowable that draws one line of plain text as it is, like a Table's string cell."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import Flowable

    class OneLine(Flowable):
        def __init__(self, text: str, style: Any) -> None:
            super().__init__()
            self.text = text
            self.style = style

        def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
            self.width = available_width
            return available_width, self.style.leading

        def draw(self) -> None:
            canvas = self.canv
            canvas.setFont(self.style.fontName, self.style.fontSize)
            canvas.setFillColor(self.style.textColor)
            y = self.style.leading - self.style.fontSize  # the baseline, as a Paragraph's
            if self.style.alignment == TA_RIGHT:
                canvas.drawRightString(self.width, y, self.text)
            elif self.style.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, y, self.text)
            else:
                canvas.drawString(0, y, self.text)

    return OneLine


def fit(text: str, width: float, style: Any, *, whole: bool = False) -> Any:
    """A cell's text for a column whose room for text is ``width`` points (padding taken off).

    As it is when it fits on one line: a plain string, which reportlab's Table draws literally
    with the table's font (which must be ``style``'s), and quickly (a summary has 10 000 lines).
    Else a text becomes a Paragraph that wraps inside the cell, a word wider than the cell
    shrinking it first (down to SHRINK_TEXT of its size) before reportlab cuts the word; a
    ``whole`` text, an amount, stays on one line, as small as it takes, its narrow no-break spaces
    kept (a Paragraph would turn them into spaces and break there). Nothing runs into the next
    column.
    """
    size = style.fontSize
    if (
        whole
        and not text.strip(NUMERIC)
        and len(text) * _numeric_em(style.fontName) * size <= width
    ):
        return text  # sure to fit, without measuring (most amounts of a long list)
    if "\n" not in text and text_width(text, style.fontName, size) <= width:
        return text
    if whole:
        size = int(size * width / text_width(text, style.fontName, size) * 4) / 4
        return _one_line_class()(text, _sized(style, max(size, 1.0)))
    widest = max(text_width(w, style.fontName, size) for w in _BREAKS.split(text))
    if widest > width:
        floor = size * SHRINK_TEXT
        size = max(floor, int(size * width / widest * 4) / 4)  # quarter points: few styles
        style = _sized(style, size)
    return para(text, style)


def table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header: bool = True,
    right_align_from: int | None = None,
    zebra: bool = True,
) -> "Table":
    """A table that splits across pages with its header repeated (repeatRows=1, splitInRow=1).

    Cells may be flowables (Paragraphs, lists of them) or plain strings, which go through
    :func:`fit` for their column: the header row's in bold, the right-aligned columns' (amounts,
    counts) kept whole on one line.
    """
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    st = styles()
    right = len(col_widths) if right_align_from is None else right_align_from
    fitted = [
        [
            fit(
                cell,
                col_widths[c] - 2 * CELL_PADDING,
                (
                    (st.cell_bold_right if c >= right else st.cell_bold)
                    if header and r == 0
                    else (st.cell_right if c >= right else st.cell)
                ),
                whole=c >= right and not (header and r == 0),
            )
            if isinstance(cell, str)
            else cell
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    t = Table(
        fitted,
        colWidths=list(col_widths),
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.HexColor("#1f4e79")),
        ]
    if zebra:
        commands.append(
            (
                "ROWBACKGROUNDS",
                (0, 1 if header else 0),
                (-1, -1),
                [colors.white, colors.HexColor("#f4f6f8")],
            )
        )
    if right_align_from is not None:
        commands.append(("ALIGN", (right_align_from, 0), (-1, -1), "RIGHT"))
    t.setStyle(TableStyle(commands))
    return t


def wrap_words(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` in lines no wider than ``width``: broken at spaces (not at no-break ones), inside
    a word only when the word alone is too wide; past ``max_lines`` the last line ends with an
    ellipsis."""
    lines: list[str] = []
    line = ""
    for word in _SPACES.split(text.strip()):
        if not word:
            continue
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        rest = word
        while text_width(rest, font, size) > width:  # a word wider than the line: cut it
            cut = len(rest) - 1
            while cut > 1 and text_width(rest[:cut], font, size) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        line = rest
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and text_width(last + "…", font, size) > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last.rstrip() + "…"]
    return lines


def _numbered_canvas_class(footer_left: str) -> type:
    """A canvas that waits for the last page so each footer can say "page 2 of 7"; the footer's
    text wraps in the room the page number leaves (the widest number: that of the last page)."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            number_width = text_width(f"{total} / {total}", FONT, FOOTER_SIZE)
            room = CONTENT_WIDTH - number_width - FOOTER_GAP
            lines = wrap_words(footer_left, FONT, FOOTER_SIZE, room, FOOTER_LINES)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFont(FONT, FOOTER_SIZE)
                self.setFillColor(colors.grey)
                for index, line in enumerate(lines):
                    y = FOOTER_BASELINE + (len(lines) - 1 - index) * FOOTER_LEADING
                    self.drawString(MARGIN_LEFT, y, line)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_RIGHT, FOOTER_BASELINE, f"{self._pageNumber} / {total}"
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def _keep_headings_with_their_text(flowables: list["Flowable"], st: Styles) -> list["Flowable"]:
    """A heading near the foot of a page moves to the next one, with what it introduces."""
    from reportlab.platypus import CondPageBreak, Paragraph

    kept: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph) and flowable.style is st.heading:
            kept.append(CondPageBreak(HEADING_ROOM))
        kept.append(flowable)
    return kept


def build_pdf(
    target: Path | None,
    *,
    title: str,
    story: Callable[[Styles], list["Flowable"]],
    generated: datetime,
    subtitle: str = "",
    footer: str = "",
    on_page: Callable[[int], None] | None = None,
    language: Language = ENGLISH,
) -> bytes:
    """Render a document: title block, the story, a footer on every page; return the bytes.

    Args:
        target: where to write the PDF (atomically), or None to only return the bytes.
        title: printed at the top and stored as the PDF's title.
        story: builds the flowables from the shared styles.
        generated: when the document was made (printed; injectable so tests are stable).
        footer: extra footer text, e.g. the person the document is about.
        on_page: called with each finished page number (progress bars; may raise to cancel).
        language: of the title block and footer (the caller translates its own title and story).
    """
    from reportlab.platypus import SimpleDocTemplate, Spacer

    st = styles()
    stamp = format_datetime(generated)
    footer_left = language.tr(
        CONTEXT,
        QT_TRANSLATE_NOOP("Documents", "{app} {version} (unofficial) · {stamp}"),
        app=APP_NAME,
        version=__version__,
        stamp=stamp,
    )
    if footer:
        footer_left += f" · {footer}"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT - FRAME_PADDING,
        rightMargin=MARGIN_RIGHT - FRAME_PADDING,
        topMargin=MARGIN_TOP - FRAME_PADDING,
        bottomMargin=MARGIN_BOTTOM - FRAME_PADDING,
        title=title,
        author=APP_NAME,
        creator=f"{APP_NAME} {__version__}",
        invariant=1,
        lang=language.code,
    )
    if on_page is not None:
        doc.afterPage = lambda: on_page(doc.page)  # type: ignore[method-assign]
    head: list[Flowable] = [para(title, st.title)]
    if subtitle:
        head.append(para(subtitle, st.body))
    generated_on = language.tr(
        CONTEXT, QT_TRANSLATE_NOOP("Documents", "Generated on {stamp}"), stamp=stamp
    )
    head += [para(generated_on, st.small), Spacer(1, 4 * MM)]
    doc.build(
        head + _keep_headings_with_their_text(story(st), st),
        canvasmaker=_numbered_canvas_class(footer_left),
    )
    data = buffer.getvalue()
    if target is not None:
        write_atomically(Path(target), data)
    return data

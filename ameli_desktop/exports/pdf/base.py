"""What every Ameli Desktop PDF shares: A4, an embedded font, escaping, a footer with page numbers.

reportlab's built-in fonts cannot draw the narrow no-break space French amounts use (U+202F), so
DejaVu Sans is embedded. Every user or imported string goes through :func:`para` or :func:`esc`:
Paragraph markup is XML, so ``a<b`` would raise and ``<img src=...>`` would read a local file.
reportlab is imported lazily: start-up never pays for it.

Every document is written in a :class:`~ameli_desktop.domain.texts.Language` (English by default,
as the CLI writes it; the GUI passes its own): the texts are marked ``QT_TRANSLATE_NOOP`` in one
context per document and the layout is the same in every language.
"""

import io
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


def styles() -> Styles:
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
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
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        cell_right=ParagraphStyle(
            "cell_right", parent=body, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5
        ),
    )


def para(text: object, style: Any) -> "Paragraph":
    """A Paragraph of plain text: escaped, newlines kept."""
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text).replace("\n", "<br/>"), style)


def table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float] | None = None,
    *,
    header: bool = True,
    right_align_from: int | None = None,
    zebra: bool = True,
) -> "Table":
    """A table that splits across pages with its header repeated (repeatRows=1, splitInRow=1).

    Cells may be Paragraphs (wrapping) or plain strings (already safe: Table does not parse markup).
    """
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    t = Table(
        list(rows),
        colWidths=col_widths,
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


def _numbered_canvas_class(footer_left: str) -> type:
    """A canvas that waits for the last page so each footer can say "page 2 of 7"."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
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
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.grey)
                self.drawString(18 * 2.835, 10 * 2.835, footer_left)
                self.drawRightString(
                    A4[0] - 18 * 2.835, 10 * 2.835, f"{self._pageNumber} / {total}"
                )
                super().showPage()
            super().save()

    return NumberedCanvas


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
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
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
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
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
    head += [para(generated_on, st.small), Spacer(1, 4 * mm)]
    doc.build(head + story(st), canvasmaker=_numbered_canvas_class(footer_left))
    data = buffer.getvalue()
    if target is not None:
        write_atomically(Path(target), data)
    return data

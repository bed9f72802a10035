"""Where a PDF's texts are printed, read back from the file: a box per text run; and what its
pages look like, as grey pixels to compare.

pypdf's text visitor gives each run's text, font, size and position (the text and current
transformation matrices); its width comes from the embedded font's metrics (reportlab's, for the
DejaVu fonts the documents embed). The box spans the font's ascent and descent around the
baseline, slightly inside the real glyph extent so that lines set at their leading never touch:
two boxes that intersect are two texts printed over each other.
"""

import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from ameli_desktop.exports.pdf.base import register_fonts, text_width

ASCENT, DESCENT = 0.72, 0.18  # of the font size: inside DejaVu's 0.93 / 0.24, above its x-height


@dataclass(frozen=True, slots=True)
class Box:
    page: int  # from 1
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float

    def overlaps(self, other: "Box") -> bool:
        return (
            self.page == other.page
            and self.x0 < other.x1
            and other.x0 < self.x1
            and self.y0 < other.y1
            and other.y0 < self.y1
        )


def text_boxes(pdf: bytes | Path) -> list[Box]:
    """Every non-blank text run of every page, in the order the page draws them."""
    register_fonts()
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    boxes: list[Box] = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, 1):

        def visit(text, cm, tm, font, size, *, number=number) -> None:  # type: ignore[no-untyped-def]
            text = text.strip()  # pypdf adds a space before a paragraph's next line, and a newline
            if not text or font is None:
                return
            name = str(font["/BaseFont"]).split("+")[-1]
            scale = tm[0] * cm[0]
            real = size * scale
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            width = text_width(text, name, real)
            boxes.append(
                Box(number, text, x, y - DESCENT * real, x + width, y + ASCENT * real, real)
            )

        page.extract_text(visitor_text=visit)
    return boxes


def overlaps(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Every pair of boxes printed over each other."""
    found = []
    for i, a in enumerate(boxes):
        found += [(a, b) for b in boxes[i + 1 :] if a.overlaps(b)]
    return found


def page_pixels(pdf: bytes | Path, dpi: float = 40) -> list[tuple[int, int, bytes]]:
    """Each page rendered by PDFium in shades of grey: (width, height, one byte per pixel)."""
    import pypdfium2

    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    document = pypdfium2.PdfDocument(data)
    pages = []
    for page in document:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        raw = bytes(bitmap.buffer)
        stride = bitmap.stride
        rows = [raw[y * stride : y * stride + bitmap.width] for y in range(bitmap.height)]
        pages.append((bitmap.width, bitmap.height, b"".join(rows)))
    document.close()
    return pages


def _ink_grid(page: tuple[int, int, bytes], cell: int) -> list[float]:
    """How dark each square of ``cell`` pixels is, 0 (white) to 1 (black), row by row."""
    width, height, pixels = page
    grid = []
    for top in range(0, height - cell + 1, cell):
        for left in range(0, width - cell + 1, cell):
            dark = sum(
                255 * cell - sum(pixels[y * width + left : y * width + left + cell])
                for y in range(top, top + cell)
            )
            grid.append(dark / (255 * cell * cell))
    return grid


def difference(a: tuple[int, int, bytes], b: tuple[int, int, bytes], cell: int = 8) -> float:
    """How different two grey pages look: the largest difference of darkness between the same
    squares of the two (8 pixels at 40 dpi: 5 mm), 0 (the same) to 1. Squares, not pixels, so
    that antialiasing and a rounding of the page size do not count: a page printed from its PDF
    differs by under 0.1, a word or a line moved by more than 0.25."""
    grid_a, grid_b = _ink_grid(a, cell), _ink_grid(b, cell)
    return max(abs(p - q) for p, q in zip(grid_a, grid_b, strict=False))


def ink(page: tuple[int, int, bytes]) -> float:
    """The share of a grey page that is not white: a blank page has none."""
    return sum(1 for p in page[2] if p < 200) / len(page[2])

"""Printing a document: the very PDF the app exports, page by page, onto the chosen printer.

One renderer per document (STYLE.md 15): the paper shows what "Save as PDF" writes, made by the
same code, never a second layout of the same content. Qt cannot read a PDF without QtPdf, which
PySide6-Essentials lacks (it comes with PySide6-Addons, a 175 MB wheel), so each page is rendered
by PDFium through pypdfium2 (4 MB, BSD/Apache licensed) into an image at the printer's resolution
(at most PRINT_DPI) and painted over the whole sheet, proportions kept.
"""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

PRINT_DPI = 300  # sharp text on paper; a page is then 2480 x 3508 pixels (26 MB while printed)


def new_printer() -> QPrinter:
    """A printer set to A4 portrait, the documents' page, until the user chooses otherwise."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    return printer


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; None when cancelled. (Tests replace this function.)"""
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def page_image(pdf_page: object, dpi: float) -> QImage:
    """One PDF page rendered at ``dpi`` (white background, RGB)."""
    bitmap = pdf_page.render(scale=dpi / 72, rev_byteorder=True)  # type: ignore[attr-defined]
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
    )
    return image.copy()  # the bitmap's memory goes with it


def _fitted(sheet: QRect, image: QSize) -> QRect:
    """``image`` scaled to fill ``sheet`` without distortion, centred."""
    size = image.scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = sheet.left() + (sheet.width() - size.width()) // 2
    top = sheet.top() + (sheet.height() - size.height()) // 2
    return QRect(left, top, size.width(), size.height())


def print_pdf(printer: QPrinter, pdf: bytes, title: str) -> int:
    """Paint the pages of ``pdf`` (those of the dialog's page range) on ``printer``; returns how
    many were printed. Raises UserError when the printer cannot be used."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        count = len(document)
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        printer.setDocName(title)
        printer.setFullPage(True)  # the PDF has its own margins: paint the whole sheet
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The printer could not be used: check that it is connected and on."
                ),
                field="printer",
            )
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            sheet = printer.pageLayout().fullRectPixels(printer.resolution())
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                image = page_image(document[number - 1], dpi)
                painter.drawImage(_fitted(sheet, image.size()), image)
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()


def print_document(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print the PDF; False when the user cancelled."""
    printer = ask_printer(parent)
    if printer is None:
        return False
    print_pdf(printer, pdf, title)
    return True

"""Printing the provisional-CEAM reminder straight from a trip (the system's print dialog).

Qt cannot print a PDF file without the QtPdf add-on, so the same :class:`ReminderContent` that
the PDF is made of is laid out as rich text and printed with QTextDocument: the paper and the PDF
say the same thing, in the language the content was made in. Every string is escaped before it
enters the HTML.
"""

from html import escape

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ameli_desktop.exports.pdf.ceam_reminder import ReminderContent


def _cells(values: tuple[str, ...] | list[str], tag: str = "td") -> str:
    return "".join(f"<{tag}>{v}</{tag}>" for v in values)


def reminder_html(content: ReminderContent, generated: str) -> str:
    """The reminder as simple HTML (tables, headings) that QTextDocument lays out."""
    rows = []
    for row in content.rows:
        who = f"<b>{escape(row.name)}</b>"
        if row.masked_nir:
            who += f"<br/>NIR {escape(row.masked_nir)}"
        coverage = f"<b>{escape(row.coverage)}</b>"
        if row.situation:
            coverage += f"<br/>{escape(row.situation)}"
        rows.append(f"<tr>{_cells([who, coverage, escape(row.todo), escape(row.by)])}</tr>")
    steps = "".join(f"<li>{escape(step)}</li>" for step in content.how_to_steps)
    numbers = "".join(
        f"<tr>{_cells([escape(cell) or '&nbsp;' for cell in row])}</tr>" for row in content.numbers
    )
    table = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    parts = [
        f"<h2>{escape(content.title)}</h2>",
        f"<p>{escape(content.subtitle)}<br/><small>{escape(generated)}</small></p>",
        f"<h3>{escape(content.travellers_title)}</h3>{table}",
        f"<tr>{_cells([escape(h) for h in content.table_header], 'th')}</tr>{''.join(rows)}</table>",
        f"<h3>{escape(content.how_to_title)}</h3><ol>{steps}</ol>",
        f"<h3>{escape(content.countries_title)}</h3><p>{escape(content.countries_text)}</p>",
        f"<h3>{escape(content.emergency_title)}</h3><p>{escape(content.emergency_text)}</p>",
    ]
    if content.numbers:
        parts += [
            f"<h3>{escape(content.numbers_title)}</h3>{table}",
            f"<tr>{_cells([escape(h) for h in content.numbers_header], 'th')}</tr>{numbers}</table>",
        ]
    parts.append(f"<p><small>{escape(content.footnote)}</small></p>")
    return "".join(parts)


def reminder_document(content: ReminderContent, generated: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(reminder_html(content, generated))
    return document


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; None when cancelled. (Tests replace this function.)"""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_reminder(parent: QWidget | None, content: ReminderContent, generated: str) -> bool:
    """Ask for a printer and print the reminder; False when the user cancelled."""
    printer = ask_printer(parent)
    if printer is None:
        return False
    printer.setDocName(content.title)
    reminder_document(content, generated).print_(printer)
    return True

"""The importers' entry points: pick the family of a file and hand it to that family's reader.

Families: ameli's statements (PDF: the per-payment détail, the monthly relevé, the older paper
relevé), a mutuelle's statement (PDF), any other PDF whose rows form a table, and delimited text
(CSV and the like). Each reader goes one way, detect -> read -> statement lines, and returns the
same :class:`ParsedStatement`. A PDF is opened once: its first page decides the family, and the
family's reader takes the pages that follow from the same stream.
"""

from pathlib import Path
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.importers.decoding import EncodingError
from ameli_desktop.importers.delimited import find_table, read_delimited
from ameli_desktop.importers.pdf_text import MAX_PDF_BYTES, is_pdf, pdf_pages
from ameli_desktop.importers.profiles import Profile
from ameli_desktop.importers.results import ParsedStatement, ProgressCallback, StatementLayout
from ameli_desktop.importers.table import map_table, read_table
from ameli_desktop.importers.values import DateOrder
from ameli_desktop.startup import collector_paused

MAX_FILE_BYTES = 200 * 1024 * 1024  # ten years of a large household's lines fit in 5 MB


class FileTooLargeError(EncodingError):
    """Refused before reading: nobody's statement is this large."""


def _refuse_if_too_large(size: int, file_name: str, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        raise FileTooLargeError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{file}” is {size} MB: a statement file is expected below {limit} MB."
            ),
            field="file",
            file=file_name,
            size=str(size // (1024 * 1024)),
            limit=str(limit // (1024 * 1024)),
        )


def read_file_bytes(path: Path) -> bytes:
    """A statement file's bytes, refusing absurd sizes before reading them (a PDF's limit is
    lower: a statement PDF is a few hundred kB)."""
    size = path.stat().st_size
    _refuse_if_too_large(size, path.name)
    with path.open("rb") as handle:
        if is_pdf(handle.read(1024)):
            _refuse_if_too_large(size, path.name, MAX_PDF_BYTES)
        handle.seek(0)
        return handle.read()


def parse_statement(
    data: bytes,
    profile: Profile | None = None,
    *,
    file_name: str = "",
    encoding: str | None = None,
    delimiter: str | None = None,
    date_order: DateOrder | None = None,
    on_progress: ProgressCallback | None = None,
    extra_insurers: tuple[str, ...] | list[str] = (),
) -> ParsedStatement:
    """Read every row of a statement file.

    Args:
        data: the file's bytes (its SHA-256 is in the result's layout).
        profile: how to read a table; None detects a built-in profile from the header. ameli's
            and a mutuelle's PDFs are read by their own readers unless a user mapping is given.
        encoding, delimiter, date_order: override the profile's and the detection's choice.
        extra_insurers: the user's own names of complementary insurers in bank labels.
        on_progress: called with (rows done, rows in all) now and then; an exception raised by it
            (a cancel) propagates.

    Raises:
        UserError: the file as a whole cannot be read (a bad table row never raises: it is listed
            in ``rejections``); the message names the file, and the page and line when known.
    """
    _refuse_if_too_large(len(data), file_name)
    options: dict[str, Any] = {
        "date_order": date_order,
        "on_progress": on_progress,
        "extra_insurers": tuple(extra_insurers),
    }
    with collector_paused():
        if is_pdf(data):
            # The PDF readers are imported for a PDF only: a CSV's import (and the CLI's start)
            # does without their modules (about 30 ms).
            from ameli_desktop.importers import ameli_pdf, mutuelle_pdf, pdf_table

            pages = pdf_pages(data, file_name=file_name)
            first = next(pages)
            mapped = profile is not None and not profile.builtin
            if not mapped and ameli_pdf.detect(first):
                return ameli_pdf.read(data, first, pages, file_name=file_name)
            if not mapped and mutuelle_pdf.detect(first):
                return mutuelle_pdf.read(data, first, pages, file_name=file_name)
            found = pdf_table.find_table(data, first, pages, file_name=file_name, profile=profile)
            return read_table(found, profile, **options)
        return read_delimited(
            data,
            profile,
            file_name=file_name,
            encoding=encoding,
            delimiter=delimiter,
            **options,
        )


def inspect_statement(
    data: bytes,
    profile: Profile | None = None,
    *,
    file_name: str = "",
    encoding: str | None = None,
    delimiter: str | None = None,
) -> StatementLayout:
    """Encoding, delimiter, header and profile of a table, and its first rows (nothing
    validated): what the import dialog shows to map columns nobody recognised."""
    _refuse_if_too_large(len(data), file_name)
    if is_pdf(data):
        from ameli_desktop.importers import pdf_table  # see parse_statement

        pages = pdf_pages(data, file_name=file_name)
        found = pdf_table.find_table(data, next(pages), pages, file_name=file_name, profile=profile)
    else:
        found = find_table(
            data, profile, file_name=file_name, encoding=encoding, delimiter=delimiter
        )
    return map_table(found, profile).layout


def parse_statement_file(
    path: Path, profile: Profile | None = None, **options: Any
) -> ParsedStatement:
    """:func:`parse_statement` on a file (its name goes into messages)."""
    return parse_statement(read_file_bytes(path), profile, file_name=path.name, **options)

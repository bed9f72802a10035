"""The reader of delimited text files (CSV, TSV, Excel's Unicode text): bytes to a found table.

One way: decode the bytes (``decoding``), find the table and its header (``layout``), recognise a
headerless bank export from its rows' shape (``banks``), split every record; then ``table`` maps
the columns and reads the lines.
"""

import html
import io
from collections.abc import Sequence
from itertools import islice

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.importers.banks import HEADERLESS_SAMPLE, BankLayout, detect_headerless
from ameli_desktop.importers.decoding import decode, file_sha256
from ameli_desktop.importers.layout import DELIMITERS, LayoutError, find_layout, read_records
from ameli_desktop.importers.profiles import Profile
from ameli_desktop.importers.results import ParsedStatement, ProgressCallback
from ameli_desktop.importers.table import FoundTable, by_synonyms_bank, read_table
from ameli_desktop.importers.values import DateOrder


def find_table(
    data: bytes,
    profile: Profile | None,
    *,
    file_name: str,
    encoding: str | None,
    delimiter: str | None,
) -> FoundTable:
    """Decode the file and find its table (nothing is converted yet)."""
    encoding = encoding or (profile.encoding if profile else None)
    delimiter = delimiter or (profile.delimiter if profile else None)
    decoded = decode(data, encoding)
    text = decoded.text
    if not text.strip():
        raise LayoutError(QT_TRANSLATE_NOOP("Errors", "“{file}” is empty."), file=file_name)
    found = find_layout(
        text,
        delimiter=delimiter,
        header_names=profile.header_names() if profile else None,
        has_header=profile.has_header if profile else True,
        skip_lines=profile.skip_lines if profile else None,
    )
    headerless: tuple[BankLayout, int] | None = None
    chosen_delimiter = found.delimiter
    if found.recognised == 0 and (profile is None or by_synonyms_bank(profile)):
        # No header named anything we know: perhaps an export that has none (LCL, BNP's older
        # one), recognised from the shape of its rows, whatever the delimiter guessed.
        for candidate in (delimiter,) if delimiter else DELIMITERS:
            sample = read_records(text, candidate, limit=HEADERLESS_SAMPLE).rows
            headerless = detect_headerless(sample)
            if headerless is not None:
                chosen_delimiter = candidate
                break
    if headerless is not None and headerless[0].html_entities:
        # ``C&amp;A`` unquoted: the entity's ";" would split the cell. Entities never span
        # lines, so line numbers stay those of the file.
        text = html.unescape(text)
    records = read_records(text, chosen_delimiter)
    header_index = found.header_index
    data_index = found.data_index
    bank = None
    if headerless is not None:
        bank, data_index = headerless
        header_index = None
    table_start = data_index if header_index is None else header_index
    rows = records.rows
    first_table_line = records.first_lines[table_start] if table_start < len(rows) else 0
    preamble = tuple(
        line.rstrip("\r\n")
        for line in islice(io.StringIO(text, newline=""), max(first_table_line - 1, 0))
    )
    return FoundTable(
        file_name=file_name,
        sha256=file_sha256(data),
        size=len(data),
        encoding=decoded.encoding,
        encoding_detected=decoded.detected,
        delimiter=chosen_delimiter,
        records=records,
        header_index=header_index,
        data_index=data_index,
        preamble=preamble,
        headerless=bank,
    )


def read_delimited(
    data: bytes,
    profile: Profile | None,
    *,
    file_name: str,
    encoding: str | None,
    delimiter: str | None,
    date_order: DateOrder | None,
    on_progress: ProgressCallback | None,
    extra_insurers: Sequence[str],
) -> ParsedStatement:
    """Every row of a delimited file read as lines."""
    found = find_table(data, profile, file_name=file_name, encoding=encoding, delimiter=delimiter)
    return read_table(
        found,
        profile,
        date_order=date_order,
        on_progress=on_progress,
        extra_insurers=extra_insurers,
    )

"""Reading a stays CSV: columns by name in English or French, date formats, yes/no cells,
delimiters and encodings, and every unreadable cell reported with its line and column."""

from datetime import date

import pytest

from ameli_desktop.domain.errors import UserError
from ameli_desktop.exports.csv import to_csv_bytes
from ameli_desktop.importers.stays_csv import COLUMNS, parse_stays_csv


def test_french_headers_any_order_and_date_formats() -> None:
    data = (
        "Pays;Sortie;Entrée;Voyageur;Tampon sortie;Passeport\n"
        "IT;20/09/26;01/09/2026;Zoé;non;FR 12\n"
        "FR;;2026-11-20;Zoé;;\n"
    ).encode("cp1252")
    parsed = parse_stays_csv(data)
    assert parsed.problems == ()
    assert parsed.has_person_column
    first, second = parsed.rows
    assert (first.line, first.person, first.details.entry, first.details.exit) == (
        2,
        "Zoé",
        date(2026, 9, 1),
        date(2026, 9, 20),
    )
    assert (first.details.country, first.details.stamped_exit, first.details.passport) == (
        "IT",
        False,
        "FR 12",
    )
    assert (second.details.exit, second.details.stamped_exit) == (None, None)


def test_the_export_reads_back_with_protected_cells_unprotected() -> None:
    row = [
        "Ana",
        "2026-09-01",
        "2026-09-02",
        "FR",
        "-1 floor",
        "@gate",
        "",
        "yes",
        "",
        "no",
        "=1+1",
    ]
    parsed = parse_stays_csv(to_csv_bytes(COLUMNS, [row]))
    [stay] = parsed.rows
    assert (stay.details.entry_port, stay.details.exit_port, stay.details.notes) == (
        "-1 floor",
        "@gate",
        "=1+1",
    )
    assert (stay.details.stamped_entry, stay.details.stamped_exit) == (True, None)


def test_every_bad_cell_is_reported() -> None:
    data = b"entry,exit,stamped_entry\n2026-02-30,,\nsoon,later,maybe\n,,\n2026-01-01,,1\n"
    parsed = parse_stays_csv(data)
    assert [(p.line, p.column, p.value) for p in parsed.problems] == [
        (2, "entry", "2026-02-30"),
        (3, "entry", "soon"),
        (3, "exit", "later"),
        (3, "stamped_entry", "maybe"),
    ]
    assert [r.line for r in parsed.rows] == [5]
    assert not parsed.has_person_column


def test_a_file_without_an_entry_column_is_refused_whole() -> None:
    with pytest.raises(UserError) as error:
        parse_stays_csv(b"name\tfrom\tto\nAna\t2026-01-01\t2026-01-02\n")
    assert error.value.field == "file"
    with pytest.raises(UserError):
        parse_stays_csv(b"")

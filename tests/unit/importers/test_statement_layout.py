"""Finding the table: delimiter, preamble, header, footer, quoted values."""

import pytest

from ameli_desktop.importers import LayoutError, SkipReason, inspect_statement, parse_statement
from ameli_desktop.importers.layout import find_layout, read_records

HEADER = "Date des soins{d}Bénéficiaire{d}Prestation{d}Montant remboursé"


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = (
        HEADER.format(d=delimiter)
        + "\n"
        + delimiter.join(["03/01/2025", "Zoé", "Kiné", '"19,00"'])
        + "\n"
    )
    layout = find_layout(text)

    assert layout.delimiter == delimiter
    assert layout.header_index == 0


def test_semicolon_file_with_decimal_commas_is_not_read_as_comma_separated() -> None:
    text = "Date;Libellé;Débit;Crédit\n01/02/2025;VIR CPAM;;19,00\n02/02/2025;CB;3,50;\n"

    assert find_layout(text).delimiter == ";"


def test_preamble_lines_are_skipped_and_kept_for_display() -> None:
    text = (
        "Relevé de compte\nTitulaire : M. LEBRUN;;;\nPériode;01/02/2025;28/02/2025;\n\n"
        "Date;Libellé;Débit;Crédit\n05/02/2025;VIR CPAM PARIS;;19,00\n"
    )
    layout = inspect_statement(text.encode())

    assert layout.header_line == 5
    assert layout.preamble == (
        "Relevé de compte",
        "Titulaire : M. LEBRUN;;;",
        "Période;01/02/2025;28/02/2025;",
        "",
    )
    assert layout.preview == ((6, ("05/02/2025", "VIR CPAM PARIS", "", "19,00")),)


def test_skip_lines_option_overrides_the_search() -> None:
    text = "Date;Libellé;Montant\nnot;the;header\nDate;Libellé;Montant\n01/02/2025;VIR CPAM;19,00\n"

    assert find_layout(text, skip_lines=2).header_index == 2


def test_records_keep_their_starting_line() -> None:
    text = 'a;b\n1;"two\nlines"\n3;x\n'
    records = read_records(text, ";")

    assert records.rows == [["a", "b"], ["1", "two\nlines"], ["3", "x"]]
    assert list(records.first_lines) == [1, 2, 4]
    assert list(records.last_lines) == [1, 3, 4]


def test_a_missing_closing_quote_is_reported_not_swallowed() -> None:
    rows = "".join(f"0{i % 9 + 1}/03/2025;VIR CPAM;{i},00\n" for i in range(30))
    text = 'Date;Libellé;Crédit\n01/02/2025;"VIR CPAM;19,00\n' + rows
    parsed = parse_statement(text.encode())

    assert parsed.lines == []
    assert len(parsed.rejections) == 1
    assert parsed.rejections[0].line == 2
    assert "closing quote is probably missing" in parsed.rejections[0].reason


def test_footer_lines_and_repeated_headers_are_skipped_not_rejected() -> None:
    text = (
        "Date des soins;Prestation;Montant remboursé\n"
        "03/01/2025;Kiné;19,00\n"
        "Janvier 2025;;\n"
        "Date des soins;Prestation;Montant remboursé\n"
        "04/02/2025;Kiné;19,00\n"
        "Sous-total;;38,00\n"
        "\n"
        ";;\n"
        "TOTAL GÉNÉRAL : ;;38,00\n"
    )
    parsed = parse_statement(text.encode())

    assert [line.line for line in parsed.lines] == [2, 5]
    assert parsed.rejections == []
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (3, SkipReason.HEADING),
        (4, SkipReason.REPEATED_HEADER),
        (6, SkipReason.TOTAL),
        (9, SkipReason.TOTAL),
    ]


def test_short_rows_are_padded_long_empty_tails_ignored() -> None:
    text = (
        "Date des soins;Prestation;Montant remboursé;Taux\n"
        "03/01/2025;Kiné;19,00\n"
        "04/01/2025;Kiné;19,00;70;;;\n"
    )
    parsed = parse_statement(text.encode())

    assert [(line.reimbursed_cents, line.rate_percent) for line in parsed.lines] == [
        (1900, None),
        (1900, 70),
    ]


def test_crlf_and_cr_line_endings() -> None:
    for newline in ("\r\n", "\r"):
        text = newline.join(["Date;Libellé;Crédit", "01/02/2025;VIR CPAM;19,00", ""])
        parsed = parse_statement(text.encode())
        assert [(line.line, line.reimbursed_cents) for line in parsed.lines] == [(2, 1900)]


def test_empty_file() -> None:
    with pytest.raises(LayoutError, match="is empty"):
        parse_statement(b"\n\n", file_name="vide.csv")


def test_no_table_at_all() -> None:
    with pytest.raises(LayoutError, match="No table found"):
        parse_statement("Bonjour\nCeci n'est pas un relevé\n".encode())

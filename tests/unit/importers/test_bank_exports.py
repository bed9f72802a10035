"""Every major French bank's CSV export, as the bank writes it, read to its health lines.

The files and their ground truth (``tests/data/banks/expected.toml``) were written from the
banks' published structures independently of this importer (see that folder's README for the
sources): encodings, line endings, preambles, trailers, quoted multi-line labels, headerless
exports. Each file's health lines are checked to the line, day and cent, and every other
transaction must be set aside with a reason (none rejected, none lost).
"""

import codecs
import tomllib
from pathlib import Path
from typing import Any

import pytest

from ameli_desktop.importers import ProfileKind, SkipReason, parse_statement_file
from ameli_desktop.importers.results import NOT_HEALTH_REASONS

BANKS = Path(__file__).resolve().parents[2] / "data" / "banks"
EXPECTED: list[dict[str, Any]] = tomllib.loads((BANKS / "expected.toml").read_text("utf-8"))["file"]
# Fixture layouts that are one layout here: the same header (Hello bank is BNP's platform) or
# one bank's two amount styles read by one set of columns.
SAME_LAYOUT = {
    "hello_bank": "bnp_paribas",
    "credit_mutuel_montant": "credit_mutuel",
    "banque_postale_legacy": "banque_postale",
}


def _text(data: bytes, encoding: str) -> str:
    text = data.decode(encoding)
    return text.removeprefix("\ufeff") if encoding.startswith("utf-8") else text


@pytest.mark.parametrize("expected", EXPECTED, ids=[f["name"] for f in EXPECTED])
def test_a_bank_export_reads_to_exactly_its_health_lines(expected: dict[str, Any]) -> None:
    path = BANKS / expected["name"]
    parsed = parse_statement_file(path)

    layout = parsed.layout
    assert layout.bank is not None, "the bank's layout was not recognised"
    assert layout.bank.id == SAME_LAYOUT.get(expected["layout"], expected["layout"])
    assert parsed.profile.kind is ProfileKind.BANK
    # Read as the bank wrote it (cp1252 and ISO-8859-1 agree on these files' bytes).
    data = path.read_bytes()
    assert _text(data, layout.encoding) == _text(data, codecs.lookup(expected["encoding"]).name)
    assert (layout.header_line or 0) == expected["header_line"]
    assert parsed.rejections == []

    health = expected.get("health", [])
    assert [
        (
            line.line,
            line.payment_date.isoformat() if line.payment_date else None,
            line.reimbursed_cents
            if line.reimbursed_cents is not None
            else line.complementary_cents,
            line.insurer.value if line.insurer else None,
        )
        for line in parsed.lines
    ] == [(h["line"], h["date"], h["amount_cents"], h["payer"]) for h in health]
    for line, h in zip(parsed.lines, health, strict=True):
        assert h["label_contains"] in line.nature
        assert "\n" not in line.nature
        assert "  " not in line.nature
    # Every other transaction is set aside for a reason the preview shows.
    set_aside = [s for s in parsed.skipped if s.reason in NOT_HEALTH_REASONS]
    assert len(parsed.lines) + len(set_aside) == expected["transactions"]


def test_the_label_is_read_from_every_label_column_richest_first() -> None:
    """BNP's long label holds everything (its short one is left out); Caisse d'Épargne's "Informations
    complémentaires" is text (the motif), not the mutuelle's amount."""
    bnp = parse_statement_file(BANKS / "bnp_paribas.csv").lines[0]
    assert bnp.nature.startswith("VIR SEPA RECU /DE CPAM DE PARIS /MOTIF")
    assert " · " not in bnp.nature

    bpce = parse_statement_file(BANKS / "bpce.csv").lines[0]
    assert bpce.nature == (
        "VIR CPAM DE LA GIRONDE · /ROC/185113312345678 REMBOURSEMENT SOINS DU 17/11/25-"
    )
    assert bpce.complementary_cents is None
    assert bpce.reimbursed_cents == 3240


def test_reasons_for_the_lines_set_aside() -> None:
    """BoursoBank's export: the premium, the person named Alan, the pharmacy card payment."""
    parsed = parse_statement_file(BANKS / "boursobank.csv")
    reasons = {s.text.split(";")[2].strip('"'): s.reason for s in parsed.skipped}
    assert reasons["PRLV SEPA HARMONIE MUTUELLE"] is SkipReason.PAID_TO_INSURER
    assert reasons["VIR INST M ALAN MARTIN"] is SkipReason.PERSON
    assert reasons["CARTE 25/04/26 PHARMACIE MONGE CB*4410"] is SkipReason.NO_INSURER


def test_online_banks_set_aside_what_is_not_booked() -> None:
    revolut = parse_statement_file(BANKS / "revolut_en.csv")
    pending = [s for s in revolut.skipped if s.reason is SkipReason.NOT_BOOKED]
    assert [s.line for s in pending] == [6]  # "Payment from CPAM DE PARIS", PENDING
    qonto = parse_statement_file(BANKS / "qonto_fr.csv")
    assert any(s.reason is SkipReason.NOT_BOOKED for s in qonto.skipped)


def test_headerless_exports_skip_their_account_and_balance_lines() -> None:
    lcl = parse_statement_file(BANKS / "lcl.csv")
    assert lcl.layout.header_line is None
    assert [(s.line, s.reason) for s in lcl.skipped if s.reason is SkipReason.TOTAL] == [
        (14, SkipReason.TOTAL)
    ]
    legacy = parse_statement_file(BANKS / "bnp_paribas_legacy.csv")
    assert legacy.layout.preamble[0].startswith('"Compte de ch')  # the account line
    natures = [line.nature for line in legacy.lines]
    assert all("&" not in nature for nature in natures)


def test_bnp_older_export_with_empty_type_columns_is_recognised() -> None:
    """Issue 15, item 7: the account line with HTML entities first, rows whose two type columns
    are empty: recognised as BNP's older export, its CPAM credit a health line."""
    from ameli_desktop.importers import parse_statement

    data = (
        '"Compte de ch&egrave;ques";"Compte de ch&amp;egrave;ques";****1234;30/11/2026;;1 204,18\n'
        "28/11/2026;;; FACTURE CARTE DU 271126 PHARMACIE DU CENTRE;-18,40\n"
        "29/11/2026;;;VIR SEPA RECU /DE CPAM DE PARIS /MOTIF REMBOURSEMENT SOINS;17,50\n"
        "30/11/2026;;;PRLV SEPA EDF;-61,00\n"
        "30/11/2026;;;FACTURE CARTE DU 291126 BOULANGERIE;-4,20\n"
        "30/11/2026;;;VIR SEPA RECU /DE M DUPONT JEAN;25,00\n"
    ).encode("latin-1")
    parsed = parse_statement(data, file_name="E1234.csv")
    assert parsed.layout.bank is not None
    assert parsed.layout.bank.id == "bnp_paribas_legacy"
    assert [(line.line, line.reimbursed_cents) for line in parsed.lines] == [(3, 1750)]
    assert parsed.rejections == []

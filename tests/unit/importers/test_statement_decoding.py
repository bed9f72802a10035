"""Encodings: detected (UTF-8 with or without BOM, cp1252, ISO-8859-15, UTF-16) or chosen."""

import codecs

import pytest

from ameli_desktop.importers import EncodingError, parse_statement
from ameli_desktop.importers.decoding import decode, detect_encoding, file_sha256

TEXT = "Date des soins;Bénéficiaire;Prestation;Montant payé\n03/01/2025;Zoé;Kiné;30,00 €\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),  # € is 0x80, a control character in ISO-8859-15
        (TEXT.encode("iso8859-15"), "iso8859-15"),  # € is 0xA4, "¤" in cp1252
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_detected_encoding_reads_the_text_back(data: bytes, encoding: str) -> None:
    decoded = decode(data)

    assert (decoded.encoding, decoded.detected) == (encoding, True)
    assert decoded.text == TEXT


def test_cp1252_and_latin9_without_distinguishing_bytes_read_the_same() -> None:
    """é, è, à, ç are the same bytes in both: either name gives the same text."""
    data = "Date;Libellé;Débit\n01/02/2025;Crédit à la consommation;3,00\n".encode("cp1252")

    assert detect_encoding(data) == "cp1252"
    assert data.decode("iso8859-15") == decode(data).text


def test_oe_ligature_in_latin9() -> None:
    data = "Date;Libellé;Crédit\n01/02/2025;VIR SŒUR;3,00\n".encode("iso8859-15")

    assert decode(data).text.endswith("VIR SŒUR;3,00\n")


def test_chosen_encoding_wins_over_detection() -> None:
    data = TEXT.encode("utf-8")
    decoded = decode(data, "cp1252")

    assert (decoded.encoding, decoded.detected) == ("cp1252", False)
    assert "BÃ©nÃ©ficiaire" in decoded.text  # what the user asked for, mojibake included


def test_wrong_chosen_encoding_names_the_line() -> None:
    data = "Date;Libellé\n01/02/2025;ok\n02/02/2025;caf\xe9\n".encode("latin-1")

    with pytest.raises(EncodingError, match=r"Line 1 cannot be read as UTF-8 \(byte 0xE9\)") as err:
        decode(data, "utf-8")
    assert err.value.field == "encoding"


def test_unknown_encoding_name() -> None:
    with pytest.raises(EncodingError, match="not a known text encoding"):
        decode(b"a;b", "klingon")


def test_parse_uses_the_override() -> None:
    data = TEXT.encode("iso8859-15")
    parsed = parse_statement(data, encoding="iso8859-15")

    assert parsed.lines[0].beneficiary == "Zoé"
    assert parsed.layout.encoding == "iso8859-15"
    assert not parsed.layout.encoding_detected


def test_sha256() -> None:
    assert file_sha256(b"abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )

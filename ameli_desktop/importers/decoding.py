"""Turning a statement file's bytes into text: which encoding, and the file's SHA-256.

French statements come as UTF-8 (with or without the BOM Excel writes), Windows-1252 (Excel "CSV
(séparateur : point-virgule)"), ISO-8859-15 (older Unix tools) and, from Excel's "Texte Unicode",
UTF-16 with a BOM. UTF-8 is tried first because a Western single-byte file almost never decodes
as valid UTF-8 by accident. Otherwise charset-normalizer judges whether the bytes read as Western
text; it cannot tell cp1252 from ISO-8859-15 (they differ in a handful of byte values), so the
bytes settle that: 0x80-0x9F are control characters in ISO-8859-15 (so their presence means
cp1252), while 0xA4 and 0xBC-0xBE are € Œ œ Ÿ in ISO-8859-15 but ¤ ¼ ½ ¾ in cp1252, which a
statement never contains.
"""

import codecs
import hashlib
import re
from dataclasses import dataclass

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

# Encodings offered in the import dialog, with the names shown beside them.
ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "cp1252": "Windows-1252 (Western Europe)",
    "iso8859-15": "ISO-8859-15 (Latin-9)",
    "utf-16": "UTF-16 (Excel Unicode text)",
}

# What charset-normalizer looks at: a whole 10 MB file would take it seconds.
_SAMPLE_BYTES = 256 * 1024
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_LATIN9_ONLY_BYTES = re.compile(rb"[\xa4\xa6\xa8\xb4\xb8\xbc\xbd\xbe]")


class EncodingError(UserError):
    """The file cannot be read as text in the detected or chosen encoding."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and how it was read.

    Attributes:
        text: the content, without a BOM.
        encoding: a Python codec name, one of :data:`ENCODINGS` keys.
        detected: False when the caller chose the encoding.
    """

    text: str
    encoding: str
    detected: bool


def file_sha256(data: bytes) -> str:
    """The hex SHA-256 by which an already imported file is recognised."""
    return hashlib.sha256(data).hexdigest()


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_with(data: bytes, encoding: str, *, detected: bool = False) -> DecodedText:
    """Decode strictly; a byte that does not fit is reported with its line."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise EncodingError(
            QT_TRANSLATE_NOOP("Errors", "“{encoding}” is not a known text encoding."),
            field="encoding",
            encoding=encoding,
        ) from None
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise EncodingError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} cannot be read as {encoding} (byte 0x{byte}): "
                "choose another encoding.",
            ),
            field="encoding",
            line=_line_of(data, error.start),
            encoding=ENCODINGS.get(codec, codec),
            byte=f"{data[error.start]:02X}",
        ) from None
    if text.startswith("\ufeff"):  # a BOM that the codec keeps (utf-16 drops it, cp1252 not)
        text = text[1:]
    return DecodedText(text, _canonical(codec), detected)


def _canonical(codec: str) -> str:
    return "utf-16" if codec.startswith("utf-16") else codec


def detect_encoding(data: bytes) -> str:
    """The encoding of a statement file (see the module docstring for how and why)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    import charset_normalizer  # only needed for the rarer non-UTF-8 files

    sample = data[:_SAMPLE_BYTES]
    best = charset_normalizer.from_bytes(sample, cp_isolation=["cp1252", "iso8859_15"]).best()
    if best is None:
        raise EncodingError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file is not text in a known encoding (UTF-8, Windows-1252, ISO-8859-15): "
                "choose its encoding.",
            ),
            field="encoding",
        )
    if _C1_BYTES.search(data):
        return "cp1252"
    if _LATIN9_ONLY_BYTES.search(data):
        return "iso8859-15"
    return "cp1252"  # the two read these bytes identically; name the common one


def decode(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode ``data`` in ``encoding``, or in the detected one when None."""
    if encoding:
        return decode_with(data, encoding)
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(data.decode("utf-8"), "utf-8", detected=True)  # decoded once
        except UnicodeDecodeError:
            pass
    return decode_with(data, detect_encoding(data), detected=True)

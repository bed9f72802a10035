"""Read a CSV of Schengen stays (the Travel log's own export, or a user's spreadsheet).

Columns are found by name, in English or French, whatever their order; only the entry date is
required. Dates are ``2025-12-31``, ``31/12/2025`` or ``31/12/25``; yes/no cells accept
yes/no, oui/non, true/false, 1/0 and x. A cell that the export protected against formula
injection (``'=...``) is read back without the apostrophe. Every unreadable cell is reported with
its line, column, value and reason; nothing is half-read.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.schengen import StayDetails

#: The columns of the export, in order (also the canonical names on import).
COLUMNS = (
    "person",
    "entry",
    "exit",
    "country",
    "entry_port",
    "exit_port",
    "passport",
    "stamped_entry",
    "stamped_exit",
    "ees_recorded",
    "notes",
)

_SYNONYMS = {
    "person": ("person", "name", "traveller", "traveler", "personne", "nom", "voyageur"),
    "entry": ("entry", "entry_date", "entered", "arrival", "entree", "date_d_entree", "arrivee"),
    "exit": ("exit", "exit_date", "left", "departure", "sortie", "date_de_sortie", "depart"),
    "country": ("country", "country_code", "pays"),
    "entry_port": ("entry_port", "port_of_entry", "point_d_entree", "port_d_entree"),
    "exit_port": ("exit_port", "port_of_exit", "point_de_sortie", "port_de_sortie"),
    "passport": ("passport", "passeport"),
    "stamped_entry": ("stamped_entry", "entry_stamp", "tampon_entree", "cachet_entree"),
    "stamped_exit": ("stamped_exit", "exit_stamp", "tampon_sortie", "cachet_sortie"),
    "ees_recorded": ("ees_recorded", "ees", "enregistre_ees"),
    "notes": ("notes", "note", "remarks", "remarques", "commentaire"),
}
_YES = {"yes", "y", "oui", "o", "true", "vrai", "1", "x"}
_NO = {"no", "n", "non", "false", "faux", "0"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int  # 1 = the header line
    column: str
    value: str
    reason: str  # English sentence (CLI JSON); the GUI shows it as is

    def as_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class StayRow:
    line: int
    person: str  # as written in the file ("" when the file has no person column)
    details: StayDetails


@dataclass(frozen=True, slots=True)
class ParsedStays:
    rows: tuple[StayRow, ...]
    problems: tuple[RowProblem, ...]
    has_person_column: bool


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else "_" for c in plain).strip("_").replace("__", "_")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _unprotect(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def parse_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            continue
    raise ValueError(text)


def parse_flag(text: str) -> bool | None:
    key = text.strip().lower()
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(text)


def parse_stays_csv(data: bytes) -> ParsedStays:
    """Parse the bytes of a stays CSV; raises UserError only when the file as a whole is unusable."""
    if len(data) > MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The file is larger than {limit} MB: is it really a CSV?"),
            field="file",
            limit=MAX_BYTES // (1024 * 1024),
        )
    text = _decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The file is empty: the first line must name the columns.")
        )
    first = lines[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader)
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = _key(name)
        for canonical, synonyms in _SYNONYMS.items():
            if key in synonyms and canonical not in columns:
                columns[canonical] = index
    if "entry" not in columns:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No entry-date column in the first line ({header}): name one “entry” (or "
                "“entrée”).",
            ),
            field="file",
            header=delimiter.join(header),
        )
    rows: list[StayRow] = []
    problems: list[RowProblem] = []
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        cells = {
            name: _unprotect(record[i].strip()) if i < len(record) else ""
            for name, i in columns.items()
        }
        parsed = _parse_row(line, cells)
        if isinstance(parsed, StayRow):
            rows.append(parsed)
        else:
            problems.extend(parsed)
    return ParsedStays(tuple(rows), tuple(problems), "person" in columns)


def _parse_row(line: int, cells: dict[str, str]) -> "StayRow | list[RowProblem]":
    """One data row: the stay, or every problem found in it."""
    problems: list[RowProblem] = []

    def bad(column: str, reason: str) -> None:
        problems.append(RowProblem(line, column, cells.get(column, ""), reason))

    entry = exit_ = None
    try:
        entry = parse_date(cells["entry"])
    except ValueError:
        bad("entry", "not a date: use YYYY-MM-DD or DD/MM/YYYY")
    if cells.get("exit"):
        try:
            exit_ = parse_date(cells["exit"])
        except ValueError:
            bad("exit", "not a date: use YYYY-MM-DD or DD/MM/YYYY (empty while inside)")
    flags: dict[str, bool | None] = {}
    for name in ("stamped_entry", "stamped_exit", "ees_recorded"):
        try:
            flags[name] = parse_flag(cells.get(name, ""))
        except ValueError:
            bad(name, "not yes or no (oui/non, 1/0; empty when not recorded)")
    if problems or entry is None:
        return problems
    return StayRow(
        line,
        cells.get("person", ""),
        StayDetails(
            entry=entry,
            exit=exit_,
            country=cells.get("country", "") or "FR",
            entry_port=cells.get("entry_port", ""),
            exit_port=cells.get("exit_port", ""),
            passport=cells.get("passport", ""),
            stamped_entry=flags["stamped_entry"],
            stamped_exit=flags["stamped_exit"],
            ees_recorded=bool(flags["ees_recorded"]),
            notes=cells.get("notes", ""),
        ),
    )

"""Import profiles: how a kind of file maps to reimbursement lines.

Two are built in: ``ameli`` (one payment line per act, as ameli's statements and the tools that
convert them lay it out) and ``bank`` (a bank export, of which only the lines paid by the Assurance
Maladie or a complementary insurer are kept). Anything else is a user mapping: a plain structure
(column -> field, plus options) that survives a JSON round trip, saved under a name in phase B.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.names import fold
from ameli_desktop.importers.fields import DATE_FIELDS, Field
from ameli_desktop.importers.layout import DELIMITERS
from ameli_desktop.importers.values import DateOrder


class ProfileError(UserError):
    """A profile that cannot be used: unknown field, missing column, bad option."""


class ProfileKind(StrEnum):
    STATEMENT = "statement"  # one line per act: dates of care/payment, amounts per part
    BANK = "bank"  # one line per bank transaction: date, label, amount


POSITION_PREFIX = "#"  # "#3" names the third column of a file without a header


@dataclass(frozen=True)
class Profile:
    """How to read one kind of file.

    Attributes:
        name: ``ameli``, ``bank`` or the name the user saved it under.
        kind: statement lines or bank transactions.
        columns: header text (as in the file; compared without case or accents) or ``#N`` (1-based
            position, for files without a header) -> field. Empty: recognise headers by synonyms.
        has_header: False when the table starts with data.
        skip_lines: lines before the table, when the automatic search should not be used.
        encoding, delimiter: forced values (None: detect).
        date_order: ``auto`` decides per column from its values.
        complementary_keywords: bank profile: extra words that name the user's complementary insurer
            in bank labels (``MUT DES MOTARDS``).
    """

    name: str
    kind: ProfileKind
    columns: tuple[tuple[str, Field], ...] = ()
    has_header: bool = True
    skip_lines: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    date_order: DateOrder = DateOrder.AUTO
    complementary_keywords: tuple[str, ...] = field(default=())
    builtin: bool = False

    @property
    def by_synonyms(self) -> bool:
        return not self.columns

    def column_map(self) -> dict[str, Field]:
        return dict(self.columns)

    def with_options(self, **changes: Any) -> "Profile":
        return replace(self, **changes)

    # ----------------------------------------------------------------------------- persistence
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` reads it back."""
        return {
            "version": 1,
            "name": self.name,
            "kind": self.kind.value,
            "columns": {column: fld.value for column, fld in self.columns},
            "has_header": self.has_header,
            "skip_lines": self.skip_lines,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "date_order": self.date_order.value,
            "complementary_keywords": list(self.complementary_keywords),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Profile":
        """Read a saved profile, refusing anything that is not exactly what to_dict writes."""
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ProfileError(
                QT_TRANSLATE_NOOP("Errors", "A profile needs a name."), field="profile"
            )
        name = name.strip()

        def bad(option: str, value: object) -> ProfileError:
            return ProfileError(
                QT_TRANSLATE_NOOP("Errors", "Profile “{name}”: “{value}” is not a valid {option}."),
                field="profile",
                name=name,
                option=option,
                value=str(value),
            )

        try:
            kind = ProfileKind(data.get("kind", ProfileKind.STATEMENT.value))
        except ValueError:
            raise bad("kind", data.get("kind")) from None
        raw_columns = data.get("columns") or {}
        if not isinstance(raw_columns, Mapping):
            raise bad("column mapping", raw_columns)
        columns = []
        for column, value in raw_columns.items():
            try:
                columns.append((str(column), Field(value)))
            except ValueError:
                raise bad("field", value) from None
        has_header = data.get("has_header", True)
        if not isinstance(has_header, bool):
            raise bad("has_header", has_header)
        skip_lines = data.get("skip_lines")
        if skip_lines is not None and (not isinstance(skip_lines, int) or skip_lines < 0):
            raise bad("number of lines to skip", skip_lines)
        encoding = data.get("encoding")
        if encoding is not None and not isinstance(encoding, str):
            raise bad("encoding", encoding)
        delimiter = data.get("delimiter")
        if delimiter is not None and delimiter not in DELIMITERS:
            raise bad("delimiter", delimiter)
        try:
            date_order = DateOrder(data.get("date_order", DateOrder.AUTO.value))
        except ValueError:
            raise bad("date order", data.get("date_order")) from None
        keywords = data.get("complementary_keywords") or []
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise bad("keyword list", keywords)
        profile = cls(
            name=name,
            kind=kind,
            columns=tuple(columns),
            has_header=has_header,
            skip_lines=skip_lines,
            encoding=encoding or None,
            delimiter=delimiter,
            date_order=date_order,
            complementary_keywords=tuple(k.strip() for k in keywords if k.strip()),
        )
        profile.check_columns()
        return profile

    def check_columns(self) -> None:
        """A user mapping must name the columns lines need (see :func:`missing_fields`)."""
        if not self.columns:
            return
        for column, _ in self.columns:
            if not self.has_header and not _is_position(column):
                raise ProfileError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Profile “{name}”: a file without a header names columns by position "
                        "(#1, #2…), not “{column}”.",
                    ),
                    field="profile",
                    name=self.name,
                    column=column,
                )
        missing = missing_fields(self.kind, [fld for _, fld in self.columns])
        if missing:
            raise ProfileError(
                QT_TRANSLATE_NOOP("Errors", "Profile “{name}” has no column for {missing}."),
                field="profile",
                name=self.name,
                missing=missing,
            )

    def header_names(self) -> list[str] | None:
        """The column names to look for in the file, or None when matched by synonyms/position."""
        if not self.columns or not self.has_header:
            return None
        return [column for column, fld in self.columns if not _is_position(column)]

    def resolve(self, header: Sequence[str] | None, width: int) -> list[Field | None]:
        """This profile's field for each column of a file (None: not used)."""
        result: list[Field | None] = [None] * width
        positions: dict[str, int] = {}
        if header is not None:
            positions = {fold(cell): index for index, cell in reversed(list(enumerate(header)))}
        for column, fld in self.columns:
            if _is_position(column):
                index = int(column[1:]) - 1
            else:
                found = positions.get(fold(column))
                if found is None:
                    raise ProfileError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "The file has no column “{column}” (profile “{name}”)."
                        ),
                        field="profile",
                        column=column,
                        name=self.name,
                    )
                index = found
            if not 0 <= index < width:
                raise ProfileError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The file has no column {column} (profile “{name}”)."
                    ),
                    field="profile",
                    column=column,
                    name=self.name,
                )
            result[index] = fld
        return result


def _is_position(column: str) -> bool:
    return column.startswith(POSITION_PREFIX) and column[1:].isdigit() and int(column[1:]) > 0


def user_profile(
    name: str,
    kind: ProfileKind,
    header: Sequence[str] | None,
    fields: Sequence[Field | None],
    **options: Any,
) -> Profile:
    """A profile from the mapping the user fixed in the preview (one field or None per column)."""
    columns = []
    for index, fld in enumerate(fields):
        if fld is None or fld is Field.IGNORED:
            continue
        column = header[index] if header is not None else f"{POSITION_PREFIX}{index + 1}"
        columns.append((column, fld))
    profile = Profile(name=name.strip(), kind=kind, columns=tuple(columns), **options)
    if not profile.name:
        raise ProfileError(QT_TRANSLATE_NOOP("Errors", "A profile needs a name."), field="profile")
    profile.check_columns()
    return profile


AMELI_PROFILE = Profile(name="ameli", kind=ProfileKind.STATEMENT, builtin=True)
BANK_PROFILE = Profile(name="bank", kind=ProfileKind.BANK, builtin=True)
BUILTIN_PROFILES: dict[str, Profile] = {p.name: p for p in (AMELI_PROFILE, BANK_PROFILE)}

_STATEMENT_MONEY = frozenset({Field.PAID, Field.REIMBURSED, Field.COMPLEMENTARY})
_STATEMENT_ONLY = frozenset(
    {
        Field.CARE_DATE,
        Field.BENEFICIARY,
        Field.NATURE,
        Field.PAID,
        Field.BASE,
        Field.RATE,
        Field.REIMBURSED,
        Field.COMPLEMENTARY,
        Field.DEDUCTIONS,
        Field.THIRD_PARTY,
        Field.PRACTITIONER,
    }
)
_BANK_MONEY = frozenset({Field.DEBIT, Field.CREDIT, Field.AMOUNT})


def missing_fields(kind: ProfileKind, fields: Sequence[Field | None]) -> str:
    """What a mapping lacks to make lines ("" when complete), in words for the message."""
    present = {f for f in fields if f is not None}
    missing = []
    if kind is ProfileKind.STATEMENT:
        if not present & {Field.CARE_DATE, Field.PAYMENT_DATE, Field.DATE}:
            missing.append("a date (of care or of payment)")
        if not present & (_STATEMENT_MONEY | {Field.AMOUNT}):
            missing.append("an amount (paid, reimbursed or complementary)")
    else:
        if not present & (DATE_FIELDS - {Field.VALUE_DATE}):
            missing.append("a date")  # a value date alone is the bank's, not the payment's
        if not present & {Field.LABEL, Field.NATURE}:
            missing.append("a label")
        if not present & _BANK_MONEY:
            missing.append("an amount (debit, credit or signed amount)")
    return " and ".join(missing)


def detect_profile(fields: Sequence[Field | None]) -> Profile | None:
    """The built-in profile a header fits, or None (the user maps the columns).

    A header with statement-only columns (date of care, amounts per part, rate...) is an ameli-style
    statement; a header with a label (libellé) and debit/credit/amount is a bank export. A
    "Date;Acte;Montant" file is neither for sure: the user says what the amount is.
    """
    present = {f for f in fields if f is not None}
    statement_like = len(present & _STATEMENT_ONLY)
    if present & _STATEMENT_MONEY and not missing_fields(ProfileKind.STATEMENT, fields):
        return AMELI_PROFILE
    bank_complete = not missing_fields(ProfileKind.BANK, fields)
    if Field.LABEL in present and bank_complete and statement_like <= 1:
        return BANK_PROFILE
    if not missing_fields(ProfileKind.STATEMENT, fields) and statement_like >= 2:
        return AMELI_PROFILE
    return None

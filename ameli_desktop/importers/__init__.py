"""Statement import without Qt or SQL: bytes in, statement lines and a report out.

Entry points (``dispatch``): :func:`parse_statement` picks the family of a file (ameli's PDFs, a
mutuelle's PDF, any tabular PDF, delimited text) and returns its lines; :func:`inspect_statement`
shows a table's columns for the user to map.
"""

from ameli_desktop.importers.decoding import ENCODINGS, EncodingError, detect_encoding, file_sha256
from ameli_desktop.importers.dispatch import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    inspect_statement,
    parse_statement,
    parse_statement_file,
    read_file_bytes,
)
from ameli_desktop.importers.fields import Field, header_key, recognise_header
from ameli_desktop.importers.fingerprints import fingerprint
from ameli_desktop.importers.layout import DELIMITERS, LayoutError
from ameli_desktop.importers.payers import Insurer, PayerMatcher, PayerVerdict
from ameli_desktop.importers.profiles import (
    AMELI_PROFILE,
    BANK_PROFILE,
    BUILTIN_PROFILES,
    Profile,
    ProfileError,
    ProfileKind,
    detect_profile,
    user_profile,
)
from ameli_desktop.importers.results import (
    NOT_HEALTH_REASONS,
    Column,
    DailyAllowance,
    LineColumns,
    ParsedStatement,
    Rejection,
    SkippedLine,
    SkipReason,
    StatementLayout,
    StatementLine,
    StatementPayment,
    set_aside_text,
)
from ameli_desktop.importers.values import DateDecision, DateOrder, Problem
from ameli_desktop.startup import collector_paused

__all__ = [
    "AMELI_PROFILE",
    "BANK_PROFILE",
    "BUILTIN_PROFILES",
    "DELIMITERS",
    "ENCODINGS",
    "MAX_FILE_BYTES",
    "NOT_HEALTH_REASONS",
    "Column",
    "DailyAllowance",
    "DateDecision",
    "DateOrder",
    "EncodingError",
    "Field",
    "FileTooLargeError",
    "Insurer",
    "LayoutError",
    "LineColumns",
    "ParsedStatement",
    "PayerMatcher",
    "PayerVerdict",
    "Problem",
    "Profile",
    "ProfileError",
    "ProfileKind",
    "Rejection",
    "SkipReason",
    "SkippedLine",
    "StatementLayout",
    "StatementLine",
    "StatementPayment",
    "collector_paused",
    "detect_encoding",
    "detect_profile",
    "file_sha256",
    "fingerprint",
    "header_key",
    "inspect_statement",
    "parse_statement",
    "parse_statement_file",
    "read_file_bytes",
    "recognise_header",
    "set_aside_text",
    "user_profile",
]

"""Statement CSV import without Qt or SQL: bytes in, reimbursement lines and a report out.

Entry points: :func:`inspect_statement` (what the preview shows) and :func:`parse_statement`.
"""

from ameli_desktop.importers.decoding import ENCODINGS, EncodingError, detect_encoding, file_sha256
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
from ameli_desktop.importers.statement import (
    NOT_HEALTH_REASONS,
    Column,
    FileTooLargeError,
    LineColumns,
    ParsedStatement,
    Rejection,
    SkippedLine,
    SkipReason,
    StatementLayout,
    StatementLine,
    inspect_statement,
    parse_statement,
    parse_statement_file,
    read_file_bytes,
    set_aside_text,
)
from ameli_desktop.importers.values import DateDecision, DateOrder, Problem

__all__ = [
    "AMELI_PROFILE",
    "BANK_PROFILE",
    "BUILTIN_PROFILES",
    "DELIMITERS",
    "ENCODINGS",
    "NOT_HEALTH_REASONS",
    "Column",
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

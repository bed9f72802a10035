"""Reimbursement tables: statement lines, the import batches they came from, claims to follow,
and the import profiles users save.

``line_date`` is the date of care, or the payment date when a line has none (bank lines): one
indexed column to filter a person's year and sort by, so the table's first page over a million
lines is an index range scan (DESIGN.md 9). Out-of-pocket is derived, never stored.
"""

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.models.household import person_fk
from ameli_desktop.storage.types import UTCDateTime, utcnow


class ImportBatch(SQLModel, table=True):
    """One imported file; undoing it removes exactly its lines (ON DELETE CASCADE)."""

    __tablename__ = "import_batch"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "statement imports")}}

    id: int | None = Field(default=None, primary_key=True)
    file_name: str = Field(max_length=255)
    sha256: str = Field(max_length=64, index=True)
    profile: str = Field(max_length=80)
    encoding: str = Field(max_length=20)
    imported: int = 0  # lines written
    duplicates: int = 0  # lines already stored, not written again
    rejected: int = 0  # rows that could not be read (skipped with --skip-bad)
    skipped: int = 0  # rows that were no data (totals, headings, bank lines of no insurer)
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # domain.statements.DocumentKind: what the file was (ameli per-payment PDF, monthly relevé,
    # paper relevé, mutuelle statement, table PDF, bank or statement CSV); NULL before 0010.
    document: str | None = Field(default=None, max_length=16)


class ReimbursementLine(SQLModel, table=True):
    """One line of a statement, money in integer cents."""

    __tablename__ = "reimbursement_line"
    # Two indexes only, because every index slows the import of a 100 000-line file
    # (DESIGN.md 9): (person, date) serves a person's period, the de-duplication of an import
    # and ON DELETE CASCADE from person; (date) serves the whole household's period, newest
    # first. Undoing an import (by batch_id) scans the table: rare, and fast enough.
    # Two more, partial, hold only a few lines each, so a statement's import does not feed
    # them: the statement lines a bank credit settled, and the Assurance Maladie's bank credits
    # (where settling looks for them after every import).
    __table_args__ = (
        Index("ix_reimbursement_line_person_date", "person_id", "line_date"),
        Index(
            "ix_reimbursement_line_bank_line",
            "bank_line_id",
            sqlite_where=text("bank_line_id IS NOT NULL"),
        ),
        Index(
            "ix_reimbursement_line_credits",
            "line_date",
            sqlite_where=text("insurer = 'mandatory'"),
        ),
        {
            "info": {
                "label": QT_TRANSLATE_NOOP("Records", "reimbursement lines"),
                # What makes two lines the same one when two people are merged (services.merge):
                # the import's own test of a line already stored.
                "same_record": ("fingerprint",),
            }
        },
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    batch_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("import_batch.id", ondelete="CASCADE"), nullable=True),
    )
    line_date: date = Field(index=True)  # care_date, else payment_date
    care_date: date | None = None
    payment_date: date | None = None
    nature: str = Field(default="", max_length=300)
    practitioner: str = Field(default="", max_length=200)
    paid_cents: int | None = None
    base_cents: int | None = None
    rate_percent: int | None = None
    reimbursed_cents: int | None = None
    complementary_cents: int | None = None
    deductions_cents: int | None = None
    third_party: bool | None = None
    insurer: str | None = Field(default=None, max_length=16)  # bank lines: mandatory/complementary
    fingerprint: str = Field(max_length=32)
    source_line: int = 0  # the line in the imported file, for "where did this come from?"
    # Statement lines (an ameli relevé): the transfer they were paid in, as the statement gives
    # it, and whether the CPAM sent them on to the complementary insurer.
    payment_cents: int | None = None
    sent_to_complementary: bool | None = None
    # The bank line (a CPAM transfer seen in a bank export) that paid this statement line. A
    # bank line that statement lines point to is the same money as they are: it is not counted
    # again (see services.payments).
    bank_line_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("reimbursement_line.id", ondelete="SET NULL"), nullable=True
        ),
    )
    # What a statement PDF says of the line (issue 15), for issue 19's acts of care:
    # domain.statements.LineKind (NULL: a CSV or bank line), the payment it came in, the
    # complementary insurer the transmission sentence names, the paper relevé's complementary
    # rate (its amount is complementary_cents), the Assurance Maladie part a mutuelle quotes
    # (never money received), the feuille's reference, and for a deferred amount withheld the
    # act it was withheld for, when that act is stored.
    kind: str | None = Field(default=None, max_length=12)
    # No foreign key: statement_payment points at its bank line here, and SQLite cannot build
    # two tables that point at each other. A line and its payment come and go with their batch.
    payment_id: int | None = None
    complementary_insurer: str | None = Field(default=None, max_length=80)
    complementary_rate: int | None = None
    amo_quoted_cents: int | None = None
    reference: str | None = Field(default=None, max_length=40)
    withheld_from_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("reimbursement_line.id", ondelete="SET NULL"), nullable=True
        ),
    )


class StatementPaymentRow(SQLModel, table=True):
    """One payment a statement lists (a relevé's closing line, a mutuelle's "Somme virée"):
    what one bank credit brings. ``bank_line_id`` is that credit once it is seen (settling)."""

    __tablename__ = "statement_payment"
    __table_args__ = (
        Index("ix_statement_payment_paid_on", "paid_on"),
        {"info": {"label": QT_TRANSLATE_NOOP("Records", "statement payments")}},
    )

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("import_batch.id", ondelete="CASCADE"), nullable=True),
    )
    document: str = Field(max_length=16)  # domain.statements.DocumentKind
    payer: str = Field(max_length=16)  # importers.Insurer: mandatory / complementary
    paid_on: date
    amount_cents: int
    third_party: bool = False  # tiers payant: paid to a professional, never to the household
    insurer_name: str | None = Field(default=None, max_length=80)
    page: int = 0
    line: int = 0
    bank_line_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("reimbursement_line.id", ondelete="SET NULL"), nullable=True
        ),
    )


class DailyAllowanceRow(SQLModel, table=True):
    """Indemnités journalières (sick leave, maternity, paternity pay): money received, not care.
    Kept apart from the reimbursement lines so that no total of care and no out-of-pocket ever
    counts them (issue 15)."""

    __tablename__ = "daily_allowance"
    __table_args__ = (
        Index("ix_daily_allowance_person_start", "person_id", "period_start"),
        {
            "info": {
                "label": QT_TRANSLATE_NOOP("Records", "daily allowances"),
                # The same allowance, as the import tells one already stored (services.merge).
                "same_record": ("period_start", "period_end", "amount_cents"),
            }
        },
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    batch_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("import_batch.id", ondelete="CASCADE"), nullable=True),
    )
    payment_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("statement_payment.id", ondelete="SET NULL"), nullable=True
        ),
    )
    nature: str = Field(default="", max_length=300)
    period_start: date | None = None
    period_end: date | None = None
    days: int | None = None
    daily_cents: int | None = None
    amount_cents: int
    paid_on: date | None = None
    source_line: int = 0


class Claim(SQLModel, table=True):
    """A démarche to follow (suivre mes démarches): closed when a matching line is imported."""

    __tablename__ = "claim"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "claims to follow")}}

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=person_fk())
    kind: str = Field(max_length=24)  # domain.claims.ClaimKind
    sent_on: date
    expected_by: date | None = None
    care_date: date | None = None  # what a statement line must show to settle it ...
    amount_cents: int | None = None  # ... with this amount (paid or reimbursed)
    status: str = Field(default="open", max_length=12)  # domain.claims.ClaimStatus
    notes: str = Field(default="", max_length=2000)
    line_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("reimbursement_line.id", ondelete="SET NULL"), nullable=True
        ),
    )
    closed_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ImportProfile(SQLModel, table=True):
    """A column mapping the user saved under a name (importers.Profile.to_dict as JSON)."""

    __tablename__ = "import_profile"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    data: str  # JSON
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

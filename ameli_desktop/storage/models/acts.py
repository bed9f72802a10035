"""Acts of care (issue 19): built from the stored lines, and the user's own links.

``care_act`` is derived: every import, undo and edit rebuilds the acts it touches from the
statement lines, payments and bank lines (``services.acts_refresh``), so it holds nothing that
cannot be built again (an older database gets it built at its first open). What the user says is
kept apart, in ``care_link``: a bank debit paid (or did not pay) the act one of these statement
lines belongs to; it lives as long as the two lines do, whatever else is imported or undone.
"""

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.types import UTCDateTime, utcnow


class CareAct(SQLModel, table=True):
    """One act of care with its parts (``domain.acts.Act``), or a health expense of the
    household with no act yet (``kind`` = expense, no person). Money in integer cents."""

    __tablename__ = "care_act"
    __table_args__ = (
        Index("ix_care_act_person_date", "person_id", "care_date"),
        Index("ix_care_act_date", "care_date"),
        # What is still owed: a handful of acts among thousands (the "Still owed" view).
        Index(
            "ix_care_act_owed",
            "status",
            "since",
            sqlite_where=text("status != 'settled'"),
        ),
        Index(
            "ix_care_act_bank_line", "bank_line_id", sqlite_where=text("bank_line_id IS NOT NULL")
        ),
        {"info": {"label": QT_TRANSLATE_NOOP("Records", "acts of care")}},
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=True),
    )
    kind: str = Field(max_length=8)  # domain.acts.ActKind
    care_date: date
    nature: str = Field(default="", max_length=300)
    practitioner: str = Field(default="", max_length=200)
    paid_cents: int | None = None
    base_cents: int | None = None
    rate_percent: int | None = None
    amo_cents: int | None = None
    withheld_cents: int = 0
    amc_cents: int | None = None
    left_cents: int | None = None
    third_party: bool = False
    sent_to_amc: bool = False
    status: str = Field(max_length=12)  # domain.acts.ActStatus
    since: date | None = None  # what is awaited is counted from this day
    # The payments the parts came in, and the bank credits that brought them (derived: no
    # foreign keys, rebuilt with the act).
    amo_paid_on: date | None = None
    amo_payment_cents: int | None = None
    amo_bank_line_id: int | None = None
    amo_bank_date: date | None = None
    amc_paid_on: date | None = None
    amc_payment_cents: int | None = None
    amc_bank_line_id: int | None = None
    amc_bank_date: date | None = None
    bank_line_id: int | None = None  # the household's debit that paid it
    line_ids: str = Field(default="", max_length=2000)  # its statement lines, "12,57"
    documents: str = Field(default="", max_length=120)  # domain.statements.DocumentKind, ","


class CareLink(SQLModel, table=True):
    """The user's word: this bank debit paid (``linked``) or did not pay the act that this
    statement line belongs to."""

    __tablename__ = "care_link"
    __table_args__ = (
        Index("ix_care_link_bank_line", "bank_line_id"),
        Index("ix_care_link_line", "line_id"),
        {"info": {"label": QT_TRANSLATE_NOOP("Records", "links of bank lines to acts")}},
    )

    id: int | None = Field(default=None, primary_key=True)
    bank_line_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("reimbursement_line.id", ondelete="CASCADE"), nullable=False
        )
    )
    line_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("reimbursement_line.id", ondelete="CASCADE"), nullable=False
        )
    )
    linked: bool
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CareCandidate(SQLModel, table=True):
    """A bank debit that fits several acts equally: to confirm, with each act it may have paid
    (derived, rebuilt with the acts)."""

    __tablename__ = "care_candidate"
    __table_args__ = (
        Index("ix_care_candidate_act", "act_id"),
        {"info": {"label": QT_TRANSLATE_NOOP("Records", "bank lines to confirm")}},
    )

    bank_line_id: int = Field(primary_key=True)
    act_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("care_act.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        )
    )

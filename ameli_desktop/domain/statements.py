"""What a stored statement line is, and which document said it (the vocabulary of acts of care).

Kept in the domain because every layer speaks it: the importers say what they read, storage keeps
the values, the services (and issue 19's acts of care) aggregate by them. The sources of the
documents are in ``shared/ameli-documents.md`` (G1-G4).
"""

from enum import StrEnum


class DocumentKind(StrEnum):
    """The kind of document a line was read from."""

    AMELI_PAYMENT = "ameli_payment"  # ameli's per-payment "détail des versements" PDF (G1)
    AMELI_MONTHLY = "ameli_monthly"  # ameli's monthly relevé PDF (G1 + G2, MEDIUM)
    AMELI_PAPER = "ameli_paper"  # the older paper relevé, "01 04 14" dates (G2)
    MUTUELLE = "mutuelle"  # a complementary insurer's statement PDF (G3)
    TABLE_PDF = "table_pdf"  # any other PDF whose rows form a table, mapped like a CSV
    BANK = "bank"  # a bank export (CSV)
    CSV = "csv"  # a statement CSV (ameli-style, a converter's, a mutuelle's export)


class LineKind(StrEnum):
    """What one stored line is. NULL in storage means a line of a CSV or bank export (care, or
    a bank transaction: its ``insurer`` says which)."""

    CARE = "care"  # an act of care, with its participations withheld under it (deductions)
    WITHHELD = "withheld"  # a deferred participation or franchise taken from this payment (G2)


# Documents that list the Assurance Maladie's payments, each closed by its amount.
AMELI_DOCUMENTS = frozenset(
    {DocumentKind.AMELI_PAYMENT, DocumentKind.AMELI_MONTHLY, DocumentKind.AMELI_PAPER}
)

"""All tables. Importing this package registers every table on ``SQLModel.metadata``.

Each feature keeps its tables in its own module; add the module to the imports below.
Never use ``from __future__ import annotations`` in these modules (fastapi/sqlmodel#196).
"""

from sqlmodel import SQLModel

from ameli_desktop.storage.models.household import Attachment, Person, Trip, TripTraveller
from ameli_desktop.storage.models.reimbursements import (
    Claim,
    ImportBatch,
    ImportProfile,
    ReimbursementLine,
)

metadata = SQLModel.metadata

__all__ = [
    "Attachment",
    "Claim",
    "ImportBatch",
    "ImportProfile",
    "Person",
    "ReimbursementLine",
    "Trip",
    "TripTraveller",
    "metadata",
]

"""All tables. Importing this package registers every table on ``SQLModel.metadata``.

Each feature keeps its tables in its own module; add the module to the imports below.
Never use ``from __future__ import annotations`` in these modules (fastapi/sqlmodel#196).
"""

from sqlmodel import SQLModel

from ameli_desktop.storage.models.app_meta import AppMeta
from ameli_desktop.storage.models.appointments import (
    AccountSignupRow,
    AppointmentRow,
    BirthDeclarationRow,
)
from ameli_desktop.storage.models.beneficiaries import ImportSourcePerson, PersonAlias
from ameli_desktop.storage.models.cards import (
    CeamCard,
    CeamProvisional,
    CeamS1,
    VitaleCard,
    VitaleOrder,
    VitaleOrderStep,
)
from ameli_desktop.storage.models.household import Attachment, Person, Trip, TripTraveller
from ameli_desktop.storage.models.reimbursements import (
    Claim,
    ImportBatch,
    ImportProfile,
    ReimbursementLine,
)
from ameli_desktop.storage.models.travel import ResidencePermit, SchengenStay

metadata = SQLModel.metadata

__all__ = [
    "AccountSignupRow",
    "AppMeta",
    "AppointmentRow",
    "Attachment",
    "BirthDeclarationRow",
    "CeamCard",
    "CeamProvisional",
    "CeamS1",
    "Claim",
    "ImportBatch",
    "ImportProfile",
    "ImportSourcePerson",
    "Person",
    "PersonAlias",
    "ReimbursementLine",
    "ResidencePermit",
    "SchengenStay",
    "Trip",
    "TripTraveller",
    "VitaleCard",
    "VitaleOrder",
    "VitaleOrderStep",
    "metadata",
]

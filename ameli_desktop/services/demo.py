"""The example household: a clearly labelled demo family to look around with, removed in one click.

Everything is created through the real services (the statement goes through the importer), with
dates relative to today, so every tab and the Overview have something true to show: a CEAM expiring
during a trip, a child without a CEAM past the order-by date, an appointment this week, a lost carte
Vitale not yet re-ordered, a claim past its expected date, a visitor's Schengen days.
What was added is remembered in ``app_meta`` so that removing it takes exactly that.
"""

import json
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ameli_desktop.domain.dates import PARIS, add_years
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError
from ameli_desktop.domain.names import name_key
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.domain.schengen import Nationality
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.storage.models import AppMeta

META_KEY = "example_household"
LABEL = "(example)"


@dataclass(frozen=True, slots=True)
class DemoContents:
    person_ids: tuple[int, ...]
    batch_id: int | None
    trip_id: int | None


def _statement(today: date) -> str:
    """Four months of ameli payment lines for Zoé and Léo, in the ameli layout, French values."""
    rows = []
    first = date(today.year, today.month, 1)
    for back in range(4, 0, -1):
        month = first.month - back
        year = first.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        care = date(year, month, 6)
        paid = care + timedelta(days=5)
        rows += [
            (
                care,
                paid,
                "LEBRUN Zoé",
                "Consultation médecin généraliste",
                "Dr MARTIN",
                "30,00",
                "30,00",
                "70",
                "19,00",
                "-2,00",
            ),
            (
                care + timedelta(days=7),
                paid + timedelta(days=7),
                "LEBRUN Léo",
                "Pharmacie; médicaments remboursés à 65 %",
                "Pharmacie du Centre",
                "23,40",
                "23,40",
                "65",
                "15,21",
                "-1,00",
            ),
        ]
        if back % 2 == 0:
            rows.append(
                (
                    care + timedelta(days=12),
                    paid + timedelta(days=12),
                    "LEBRUN Zoé",
                    "Kinésithérapie",
                    "Cabinet Kiné & Co",
                    "21,50",
                    "16,13",
                    "60",
                    "9,68",
                    "",
                )
            )
    header = (
        "Date des soins;Date de paiement;Bénéficiaire;Prestation;Professionnel de santé;"
        "Montant payé;Base de remboursement;Taux;Montant remboursé;"
        "Participation forfaitaire / franchise"
    )
    lines = ["Relevé de remboursements - exemple", "", header]
    for care, paid, who, what, practitioner, amount, base, rate, refunded, franchise in rows:
        fields = [
            care.strftime("%d/%m/%Y"),
            paid.strftime("%d/%m/%Y"),
            who,
            f'"{what}"',
            practitioner,
            f"{amount} €",
            f"{base} €",
            f"{rate} %",
            f"{refunded} €",
            f"{franchise} €" if franchise else "",
        ]
        lines.append(";".join(fields))
    return "\r\n".join(lines) + "\r\n"


class DemoService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def contents(self) -> DemoContents | None:
        """What the example household added, or None when it is not loaded."""
        with self.ctx.read() as session:
            row = session.get(AppMeta, META_KEY)
            if row is None:
                return None
            data = json.loads(row.value)
        return DemoContents(tuple(data["people"]), data.get("batch"), data.get("trip"))

    def is_loaded(self) -> bool:
        return self.contents() is not None

    def load(self) -> DemoContents:
        """Add the example household and its records (refused when it is already there)."""
        if self.is_loaded():
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "The example household is already loaded.")
            )
        today = self.ctx.today()
        people = PeopleService(self.ctx).add_many(
            [
                # French citizens: no 90/180-day count
                PersonDetails(
                    f"Zoé Lebrun {LABEL}",
                    date(1990, 6, 14),
                    Role.HOLDER,
                    "290067512345685",
                    nationality=Nationality.EU_EEA_CH,
                ),
                # A visitor (UK passport), without a residence permit yet
                PersonDetails(
                    f"Tom Baker {LABEL}",
                    date(1982, 3, 3),
                    Role.PARTNER,
                    nationality=Nationality.OTHER,
                ),
                # turns 12 in three weeks: old enough to ask for his own carte Vitale
                PersonDetails(
                    f"Léo Lebrun {LABEL}",
                    add_years(today, -12) + timedelta(days=21),
                    Role.CHILD,
                    nationality=Nationality.EU_EEA_CH,
                ),
            ]
        )
        zoe, tom, leo = (p.id for p in people)
        try:
            contents = self._records(today, zoe, tom, leo)
        except BaseException:
            for person in people:  # all or nothing: a half-built example would only confuse
                PeopleService(self.ctx).remove(person.id)
            raise
        with self.ctx.write() as session:
            session.add(
                AppMeta(
                    key=META_KEY,
                    value=json.dumps(
                        {
                            "people": [zoe, tom, leo],
                            "batch": contents.batch_id,
                            "trip": contents.trip_id,
                        }
                    ),
                )
            )
        return contents

    def _records(self, today: date, zoe: int, tom: int, leo: int) -> DemoContents:
        from ameli_desktop.domain.appointments import (
            AppointmentDetails,
            Category,
            Channel,
            default_checklist,
        )
        from ameli_desktop.domain.claims import ClaimDetails, ClaimKind
        from ameli_desktop.domain.schengen import StayDetails
        from ameli_desktop.domain.vitale import CardStatus
        from ameli_desktop.services.appointments import AppointmentService
        from ameli_desktop.services.beneficiaries import BeneficiaryChoice
        from ameli_desktop.services.ceam import CeamService
        from ameli_desktop.services.claims import ClaimService
        from ameli_desktop.services.statement_import import ImportOptions, ImportService
        from ameli_desktop.services.travel import TravelService
        from ameli_desktop.services.trips import TripDetails, TripService
        from ameli_desktop.services.vitale import VitaleService

        # A few months of reimbursements, through the real importer.
        with tempfile.TemporaryDirectory() as folder:
            statement = Path(folder) / "releve-exemple.csv"
            statement.write_text(_statement(today), encoding="utf-8")
            result = ImportService(self.ctx).import_file(
                statement,
                ImportOptions(
                    beneficiaries={
                        name_key("LEBRUN Zoé"): BeneficiaryChoice.member(zoe),
                        name_key("LEBRUN Léo"): BeneficiaryChoice.member(leo),
                    },
                    remember_answers=False,  # the example's names are no spelling of yours
                ),
            )
        # A claim sent six weeks ago, answer expected ten days ago.
        ClaimService(self.ctx).add(
            ClaimDetails(
                person_id=zoe,
                kind=ClaimKind.CARE,
                sent_on=today - timedelta(days=42),
                expected_by=today - timedelta(days=10),
                notes="Feuille de soins for the osteopath, posted to the CPAM.",
            )
        )
        # A trip to Spain in ten days: Zoé's CEAM runs out during it, Léo has none.
        trip = TripService(self.ctx).add(
            TripDetails(
                (zoe, leo),
                "ES",
                today + timedelta(days=10),
                today + timedelta(days=24),
                "Half-term in Valencia",
            )
        )
        ceam = CeamService(self.ctx)
        ceam.set_card(zoe, add_years(today, -2) + timedelta(days=20), number="80250000012345")
        # An appointment with a CPAM advisor later this week.
        AppointmentService(self.ctx).add(
            zoe,
            AppointmentDetails(
                starts_at=datetime.combine(today + timedelta(days=2), time(10, 30), tzinfo=PARIS),
                reason="Daily allowances (indemnités journalières) not paid since the sick leave "
                "of last month",
                category=Category.SICK_LEAVE,
                channel=Channel.OFFICE,
                place="CPAM de Paris, 21 rue Georges Auric, 75019 Paris",
                documents=default_checklist(Category.SICK_LEAVE, self.ctx.facts),
            ),
        )
        # Tom lost his carte Vitale five days ago and has not ordered a new one yet.
        vitale = VitaleService(self.ctx)
        vitale.set_serial(tom, "123456789")
        vitale.declare_incident(tom, CardStatus.LOST, today - timedelta(days=5))
        # Tom is a visitor (UK passport): two stays in the Schengen area, the second one current.
        travel = TravelService(self.ctx)
        travel.add_stay(
            tom,
            StayDetails(
                today - timedelta(days=150),
                today - timedelta(days=121),
                "FR",
                entry_port="Calais",
                exit_port="Calais",
                stamped_entry=False,
                stamped_exit=False,
                ees_recorded=True,
            ),
        )
        travel.add_stay(
            tom,
            StayDetails(
                today - timedelta(days=40), None, "FR", entry_port="Paris CDG", ees_recorded=True
            ),
        )
        return DemoContents((zoe, tom, leo), result.batch_id, trip.id)

    def remove(self) -> int:
        """Remove the example household and everything that is theirs; returns people removed."""
        contents = self.contents()
        if contents is None:
            return 0
        from ameli_desktop.services.statement_import import ImportService

        if contents.batch_id is not None:
            ImportService(self.ctx).undo(contents.batch_id)
            with self.ctx.write() as session:
                from ameli_desktop.storage.models import ImportBatch

                batch = session.get(ImportBatch, contents.batch_id)
                if batch is not None:
                    session.delete(batch)
        people = PeopleService(self.ctx)
        known = {p.id for p in people.all()}
        removed = 0
        for person_id in contents.person_ids:
            if person_id in known:
                people.remove(person_id)
                removed += 1
        with self.ctx.write() as session:
            row = session.get(AppMeta, META_KEY)
            if row is not None:
                session.delete(row)
        return removed

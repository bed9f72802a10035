"""A household with acts of every status and one bank debit to confirm, from the real-layout
fixtures of tests/data (shared by the service and GUI tests of the acts of care).

February's family relevé (tests/data/ameli_pdf/releve_2025-02_famille.pdf) has Léa's and Noé's
consultations of 31/01/2025, 30,00 each; one card payment of 30,00 that day fits both, so it is
"to confirm" (issue 19: never guessed).
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.acts import ActService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService

DATA = Path(__file__).resolve().parent / "data"
HEADER = "Date;Date de valeur;Débit;Crédit;Libellé;Solde\r\n"


def bank_file(folder: Path, name: str, *rows: str) -> Path:
    """A bank export laid out as tests/data/banks' (Crédit Mutuel: split debit/credit)."""
    path = folder / name
    path.write_bytes((HEADER + "".join(f"{r}\r\n" for r in rows)).encode("iso8859-15"))
    return path


@dataclass(frozen=True)
class ToConfirm:
    debit: int  # the bank line to confirm
    lea: int  # the acts it may have paid
    noe: int


def family_with_a_debit_to_confirm(ctx: AppContext, folder: Path) -> ToConfirm:
    people = PeopleService(ctx)
    for name, born in (("Claire Martin", date(1988, 3, 3)), ("Léa Martin", date(2015, 6, 14)),
                       ("Noé Martin", date(2018, 9, 2))):  # fmt: skip
        people.add(PersonDetails(name, born=born))
    service = ImportService(ctx)
    service.import_file(DATA / "ameli_pdf" / "releve_2025-02_famille.pdf", ImportOptions())
    bank = bank_file(
        folder, "banque.csv", "31/01/2025;31/01/2025;-30,00;;CB DR DUVAL 31/01;1000,00"
    )
    service.import_file(bank, ImportOptions())
    acts = ActService(ctx)
    [doubt] = acts.to_confirm()
    children = {a.person_name: a.id for a in acts.acts() if a.care_date == date(2025, 1, 31)}
    return ToConfirm(doubt.debit.id, children["Léa Martin"], children["Noé Martin"])

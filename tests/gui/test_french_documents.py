"""With the French UI, what lower layers write is French too: every PDF, the printed CEAM reminder,
the calendar files, and the prose of facts.toml shown in the UI.

Each document is made through the path the GUI takes (the tab's action, with the save dialog
answered), then read back: the French headings and sentences are there, their English sources are
not. The CLI path (the services' default language) stays English in the same process.

Today is Wednesday 25/11/2026 (tests/conftest.py).
"""

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from icalendar import Calendar
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from ameli_desktop.domain.appointments import (
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    default_checklist,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.domain.schengen import Nationality, StayDetails
from ameli_desktop.domain.vitale import CardStatus
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.services.trips import TripDetails, TripService
from ameli_desktop.services.vitale import VitaleService
from ameli_desktop.ui import messages, printing
from ameli_desktop.ui.dialogs.help import ACCOUNT_PAGE, HelpDialog
from ameli_desktop.ui.dialogs.vitale_order import OrderDialog
from tests.pdf_layout import difference, page_pixels

D = date.fromisoformat
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The French UI, as Preferences > Language sets it at start-up; English again afterwards."""
    from ameli_desktop.ui.i18n import install_translators, reset_language

    installed = install_translators("fr")
    assert installed, "the French .qm did not load"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    reset_language()


@pytest.fixture
def window(french, main_window):  # type: ignore[no-untyped-def]
    """The main window built with the French UI installed."""
    return main_window


@pytest.fixture
def saved(monkeypatch, tmp_path: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Answer every save dialog with a file in tmp_path named after the suggested one; collect
    what the app then opens in the system viewer."""

    def save_file(_parent, _title, suggested, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        return tmp_path / Path(suggested).name

    opened: list[Path] = []
    monkeypatch.setattr(messages, "save_file", save_file)
    monkeypatch.setattr(messages, "open_with_system", opened.append)
    return opened


def pdf_text(path: Path) -> str:
    """The words of a PDF; NFKC undoes the "fi" ligatures Qt's printing engine writes."""
    reader = pypdf.PdfReader(path)
    words = unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in reader.pages))
    return re.sub(r"\s+", " ", words)


def assert_french(text: str, french: list[str], english: list[str]) -> None:
    missing = [f for f in french if f not in text]
    left = [e for e in english if e in text]
    assert (missing, left) == ([], []), f"French missing, English left in:\n{text}"


# ------------------------------------------------------------------------- PDFs


def test_the_reimbursement_summary_is_in_french(window, saved, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ui.ctx
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    window.ui.notify("reimbursements")
    window.show_tab("reimbursements")
    window._update_actions()
    window.export_pdf_action.trigger()  # Ctrl+P, made on a worker thread
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=20_000)
    text = pdf_text(saved[0])
    assert_french(
        text,
        [
            "Récapitulatif des remboursements",
            "Créé le 25/11/2026",
            "(non officiel)",
            "Totaux",
            "Reste à charge = payé - remboursé - complémentaire",
            "Par nature des soins",
            "Par mois",
            "Toutes les lignes",
            "Nature des soins",
            "Date des soins",
            "Complémentaire",
            "Remboursé : par l'Assurance Maladie",
            "Paul Lebrun",
        ],
        [
            "Reimbursement summary",
            "Generated on",
            "(unofficial)",
            "Totals",
            "Per nature of care",
            "Per month",
            "Every line",
            "Own share",
            "Out of pocket",
            "Complementary",
            "Date of care",
        ],
    )


@pytest.fixture
def family(ctx):  # type: ignore[no-untyped-def]
    """Zoé: card valid until 01/06/2027. Léo: card expired on 01/05/2026. Papi: S1 holder
    (Belgium). All three leave for Spain on 02/12/2026, a week after today: too late to order."""
    people = PeopleService(ctx)
    zoe = people.add(PersonDetails("Zoé Martin", D("1985-05-12"), Role.HOLDER, "185057800608491"))
    leo = people.add(PersonDetails("Léo Martin", D("2014-12-20"), Role.CHILD))
    papi = people.add(PersonDetails("Papi", D("1950-01-01"), Role.OTHER, None, True))
    ceam = CeamService(ctx)
    ceam.set_card(zoe.id, D("2025-06-01"), number="8025 0001")
    ceam.set_card(leo.id, D("2024-05-01"))
    ceam.set_s1_country(papi.id, "BE")
    trip = TripService(ctx).add(
        TripDetails((zoe.id, leo.id, papi.id), "ES", D("2026-12-02"), D("2026-12-16"))
    )
    return trip.id


CEAM_FRENCH = [
    "Mémo CEAM : Espagne, du 02/12/2026 au 16/12/2026",
    "Voyageurs",
    "Avant le",
    "Couvert(e) (jusqu’au 01/06/2027)",
    "Pas de carte valable",
    "Titulaire d’un S1 : pas de CEAM française",
    "La CEAM a expiré le 01/05/2026, avant le départ.",
    "entre le 25/11/2026 et le 02/12/2026",
    "Obtenir un certificat provisoire sur ameli.fr",
    "Où la CEAM est acceptée",
    "Allemagne, Autriche, Belgique",  # French names, in French order
    "Appelez le 112",
    "Numéros des certificats (à remplir)",
    "NIR •••••••••••8491",
]
CEAM_ENGLISH = [
    "CEAM reminder",
    "Travellers",
    "No valid card",
    "Covered",
    "The CEAM expired",
    "How to get a provisional certificate",
    "Where the CEAM is accepted",
    "Germany",
    "Call 112",
    "Certificate numbers",
    "situation on",
]


def test_the_ceam_reminder_pdf_is_in_french(window, family, saved) -> None:  # type: ignore[no-untyped-def]
    window.ui.notify("trips")
    page = window.show_tab("ceam")
    page.select_trip(family)
    window._update_actions()
    window.export_pdf_action.trigger()
    [target] = saved
    text = pdf_text(target)
    assert_french(
        text,
        [*CEAM_FRENCH, "Créé le 25/11/2026", "Mémo CEAM, voyage"],
        [*CEAM_ENGLISH, "Generated on", "(unofficial)"],
    )


def test_the_printed_ceam_reminder_is_in_french(
    window, family, saved, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """What is printed is the French PDF itself: the print dialog is answered with a printer that
    writes a PDF (of page images), which must look like the French reminder exported with Ctrl+P
    and not like the English one."""
    printed = tmp_path / "printed.pdf"

    def pdf_printer(_parent):  # type: ignore[no-untyped-def]
        printer = printing.new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(printing, "ask_printer", pdf_printer)
    window.ui.notify("trips")
    page = window.show_tab("ceam")
    page.select_trip(family)
    page.print_button.click()
    window._update_actions()
    window.export_pdf_action.trigger()
    [exported] = saved
    assert_french(pdf_text(exported), CEAM_FRENCH, CEAM_ENGLISH)
    english = CeamService(window.ui.ctx).reminder_pdf(family, None)
    paper, french_pages = page_pixels(printed), page_pixels(exported)
    assert len(paper) == len(french_pages)
    for sheet, pdf_page in zip(paper, french_pages, strict=True):
        assert difference(sheet, pdf_page) < 0.15
    assert difference(paper[0], page_pixels(english)[0]) > 0.25


def test_the_travel_summary_is_in_french(window, saved, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Sam entered on 01/03/2026 without an entry stamp (stamps were still expected then): the
    stay carries the domain's flag, translated like the rule's explanations."""
    ctx = window.ui.ctx
    sam = PeopleService(ctx).add(PersonDetails("Sam Lee", nationality=Nationality.OTHER)).id
    travel = TravelService(ctx)
    travel.add_stay(
        sam, StayDetails(D("2026-03-01"), D("2026-03-20"), stamped_entry=False, stamped_exit=True)
    )
    travel.add_stay(sam, StayDetails(D("2026-09-01"), D("2026-09-10"), ees_recorded=True))
    travel.add_stay(sam, StayDetails(D("2026-11-20")))  # still inside
    window.ui.notify("travel")
    window.show_tab("travel_log")
    window._update_actions()
    window.export_pdf_action.trigger()  # made on a worker thread
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=20_000)
    text = pdf_text(saved[0])
    assert_french(
        text,
        [
            "Récapitulatif des voyages",
            "Règle Schengen des 90/180 jours, au 25/11/2026",
            "Période de 180 jours",
            "Jours utilisés",
            "Séjours dans l’espace Schengen",
            "Point d’entrée",
            "sur place",
            "non / oui, sans EES",
            "Pas de tampon d’entrée le 01/03/2026",
            "La période de 180 jours 30/05/2026 – 25/11/2026",
            "Jours comptés",
            "Décompte à chaque jour de présence",
            "Jours de présence sur la période : 16 sur 90",
            "la personne peut rester jusqu’au",
            "Règle : au plus 90 jours de présence",
            "Règle applicable : Visiteur (ni passeport UE, EEE ou suisse",
            "exempte les jours passés dans l’État qui l’a délivré",
        ],
        [
            "Travel summary",
            "Stays in the Schengen area",
            "Days used",
            "inside",
            "no EES",
            "No entry stamp",
            "Days counted",
            "Count on each day",
            "may stay until",
            "Rule: at most",
        ],
    )


@pytest.fixture
def appointment(ctx) -> int:  # type: ignore[no-untyped-def]
    """Friday 27/11/2026 at 14:30, sick leave: the catalogue's documents (stored with English
    labels and their keys) plus one the user typed."""
    person = PeopleService(ctx).add(PersonDetails("Zoé Lebrun", nir="1 85 05 78 006 084 91")).id
    documents = (
        *default_checklist(Category.SICK_LEAVE, default_facts()),
        ChecklistItem("Le courrier de la CPAM du 3 novembre", checked=True),
    )
    details = AppointmentDetails(
        starts_at=datetime(2026, 11, 27, 14, 30, tzinfo=PARIS),
        reason="IJ non payées",
        category=Category.SICK_LEAVE,
        channel=Channel.PHONE,
        place="06 12 34 56 78",
        documents=documents,
    )
    return AppointmentService(ctx).add(person, details).id


def test_the_appointment_sheet_is_in_french(window, appointment, saved) -> None:  # type: ignore[no-untyped-def]
    window.ui.notify("appointments")
    tab = window.show_tab("appointments")
    tab.select(appointment)
    window._update_actions()
    window.export_pdf_action.trigger()
    [target] = saved
    assert_french(
        pdf_text(target),
        [
            "Fiche de rendez-vous CPAM",
            "Vendredi 27/11/2026, 14:30-15:00 (heure de Paris)",
            "Personne",
            "Catégorie",
            "Arrêt de travail",
            "Par téléphone",
            "Statut",
            "Prévu",
            "Motif (ce que le conseiller prépare)",
            "Documents à apporter",
            "L'attestation de salaire de votre employeur",  # from its key, translated
            "Le courrier de la CPAM du 3 novembre",  # typed by the user: as typed
            "Notes pendant le rendez-vous",
            "n’est pas une consultation médicale",
        ],
        [
            "CPAM appointment sheet",
            "Friday",
            "Paris time",
            "Category",
            "Sick leave",
            "Planned",
            "Documents to bring",
            "Your employer's attestation de salaire",
            "Notes during the appointment",
            "not a medical consultation",
        ],
    )


# ------------------------------------------------------------------------- calendars


def test_the_appointment_calendar_is_in_french(window, appointment, saved, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.ui.notify("appointments")
    tab = window.show_tab("appointments")
    tab.select(appointment)
    tab.export_ics(selected=True)
    # named in French by the tab
    calendar = Calendar.from_ical((tmp_path / f"rendez-vous-{appointment}.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Rendez-vous CPAM"
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Rendez-vous CPAM : Arrêt de travail (Zoé Lebrun)"
    assert str(event["LOCATION"]) == "Téléphone : 06 12 34 56 78"
    description = str(event["DESCRIPTION"])
    assert_french(
        description,
        [
            "Personne : Zoé Lebrun",
            "Motif : IJ non payées",
            "Statut : Prévu",
            "Documents à apporter :",
            "☐ L'attestation de salaire de votre employeur",
            "☑ Le courrier de la CPAM du 3 novembre",
            "n’est pas une consultation médicale.",
        ],
        ["Person:", "Reason:", "Status:", "Documents to bring", "attestation de salaire from"],
    )


def test_the_ceam_deadlines_calendar_is_in_french(window, family, saved, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = window.show_tab("ceam")
    page.ics_button.click()
    calendar = Calendar.from_ical((tmp_path / "echeances-ceam.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Ameli Desktop : CEAM"
    events = {str(e["SUMMARY"]): str(e.get("DESCRIPTION", "")) for e in calendar.walk("VEVENT")}
    assert sorted(events) == [
        "Fin de validité de la CEAM de Léo Martin",
        "Fin de validité de la CEAM de Zoé Martin",
        "Télécharger un certificat provisoire de remplacement de la CEAM pour Léo Martin"
        " (voyage : Espagne, départ le 02/12/2026)",
    ]
    certificate = events[max(events)]
    assert certificate.startswith("La CEAM a expiré le 01/05/2026, avant le départ. Trop tard")
    assert "Dernier jour de validité" in events["Fin de validité de la CEAM de Zoé Martin"]


def test_the_cli_path_stays_english_with_the_french_ui(french, ctx, family, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The language is a parameter, not a global: the services' default (what the CLI uses)
    writes English even in a process whose UI is French."""
    target = tmp_path / "cli.pdf"
    CeamService(ctx).reminder_pdf(family, target)
    text = pdf_text(target)
    assert "CEAM reminder: Spain, 02/12/2026 to 16/12/2026" in text
    assert "Generated on 25/11/2026" in text
    assert "Mémo" not in text


# --------------------------------------------------------------------- facts.toml prose


def test_the_card_order_checklist_and_attestation_advice_are_in_french(
    french, ui_ctx, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.tabs.card_orders import CardOrdersTab

    ctx = ui_ctx.ctx
    zoe = PeopleService(ctx).add(PersonDetails("Zoé Martin", D("1985-05-12"))).id
    VitaleService(ctx).declare_incident(zoe, CardStatus.LOST, D("2026-11-23"))
    tab = CardOrdersTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.select_entry(zoe)
    advice = tab.advice.text()
    assert "Téléchargez une attestation de droits depuis votre compte ameli" in advice
    assert "Download an attestation" not in advice

    dialog = OrderDialog(ui_ctx, VitaleService(ctx).person(zoe))
    qtbot.addWidget(dialog)
    assert [box.text() for _line, box in dialog.checks] == list(
        default_facts().vitale.order_checklist_fr
    )
    assert dialog.checks[0][1].text() == "Une photo d'identité de 35 x 45 mm, récente, sur fond uni"


def test_the_account_page_lists_what_to_have_ready_in_french(french, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show_page(ACCOUNT_PAGE)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert (
        "votre NIR (numéro de sécurité sociale), votre date de naissance et votre code postal"
        in (texts)
    )
    assert "le numéro de série de votre carte Vitale" in texts
    assert "date of birth and postcode" not in texts
    assert "serial number" not in texts

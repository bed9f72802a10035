"""Render ameli "relevé mensuel de remboursements" PDFs from a plain description, for tests.

The layout reproduces the relevé as researched (tests/data/ameli_pdf/README.md): a heading with
the Assurance Maladie, the caisse, the title and the period; the insured's address block, name and
NIR; one block per payment ("Paiement effectué le ... pour un montant de ...", the account or the
professional paid), a column header (Date des soins, Nature de la prestation, Montant payé, Base
de remboursement, Taux, Montant versé), a "Bénéficiaire" line per person and one line per act,
with the participation forfaitaire and franchises under it, its reference and the "transmis à
votre organisme complémentaire" mention; deferred franchises; the total; a footer and "Page n/N"
on every page. Columns stand at fixed x positions, figures aligned right; long natures wrap; a
payment that does not fit continues on the next page under "(suite)" with the header repeated.

``invariant=1`` makes the bytes depend only on the description, so the committed files can be
checked against what this module renders today. Regenerate them with
``python -m tests.ameli_pdf_factory`` from the repository root.
"""

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ameli_pdf"
FONTS = ROOT / "resources" / "fonts"
NBSP, NNBSP = "\u00a0", "\u202f"
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


# ------------------------------------------------------------------------------ description
@dataclass(frozen=True)
class Deduction:
    """A participation forfaitaire or franchise withheld under an act (cents, positive)."""

    label: str
    cents: int


@dataclass(frozen=True)
class Act:
    """One act as the relevé prints it; amounts in cents. ``printed`` replaces a column's text
    (keys: date, nature, paid, base, rate, reimbursed) to make a broken file."""

    care_date: date
    nature: str
    reimbursed: int
    paid: int | None = None
    base: int | None = None
    rate: int | None = None
    deductions: tuple[Deduction, ...] = ()
    complementary: bool = False
    reference: str = ""
    printed: tuple[tuple[str, str], ...] = ()

    @property
    def net(self) -> int:
        return self.reimbursed - sum(d.cents for d in self.deductions)


@dataclass(frozen=True)
class Deferred:
    """A franchise or participation for care paid through tiers payant, withheld later."""

    care_date: date
    nature: str
    cents: int

    @property
    def net(self) -> int:
        return -self.cents


@dataclass(frozen=True)
class Group:
    """The acts of one beneficiary within a payment."""

    beneficiary: str
    acts: tuple[Act, ...]


@dataclass(frozen=True)
class DeferredGroup:
    beneficiary: str
    items: tuple[Deferred, ...]


@dataclass(frozen=True)
class Payment:
    """One payment. ``payee`` set: tiers payant to that professional; ``total`` overrides the
    printed amount (to make a relevé that does not add up)."""

    paid_on: date
    groups: tuple[Group, ...]
    deferred: tuple[DeferredGroup, ...] = ()
    account: str = "FR76 XXXX XXXX XXXX XXXX XXXX X42"
    payee: str = ""
    total: int | None = None

    @property
    def computed_total(self) -> int:
        acts = sum(a.net for g in self.groups for a in g.acts)
        return acts + sum(d.net for g in self.deferred for d in g.items)

    @property
    def printed_total(self) -> int:
        return self.computed_total if self.total is None else self.total


@dataclass(frozen=True)
class Releve:
    insured: str
    nir: str
    address: tuple[str, ...]
    period_start: date
    period_end: date
    issued: date
    payments: tuple[Payment, ...]
    caisse: tuple[str, ...] = (
        "Caisse primaire d’assurance maladie de Paris",
        "75948 PARIS CEDEX 19",
    )

    printed_total: int | None = None  # overrides the total printed, for a file that is wrong

    @property
    def total(self) -> int:
        if self.printed_total is not None:
            return self.printed_total
        return sum(p.printed_total for p in self.payments)


@dataclass(frozen=True)
class Style:
    """How the relevé is drawn. The default is the committed files' look; a test draws the same
    relevé another way (other font, sizes, positions, one-line header) to show that the reader
    depends on the wording and the order of the columns, not on one rendering."""

    font: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    size: float = 8.5
    leading: float = 11.5
    x_date: float = 40
    x_nature: float = 94
    nature_width: float = 205
    x_paid: float = 362  # right edges of the figures' columns
    x_base: float = 432
    x_rate: float = 476
    x_reimbursed: float = 555
    two_line_header: bool = True
    thousands: str = NNBSP
    percent_space: str = NBSP
    date_format: str = "%d/%m/%Y"  # of the acts' dates
    beneficiary: str = "Bénéficiaire : {name}"


BUILTIN_STYLE = Style(
    font="Helvetica",
    bold="Helvetica-Bold",
    size=9,
    leading=12.5,
    x_date=50,
    x_nature=108,
    nature_width=200,
    x_paid=368,
    x_base=444,
    x_rate=488,
    x_reimbursed=548,
    two_line_header=False,
    thousands=" ",
    percent_space="",
    date_format="%d/%m/%y",
    beneficiary="pour {name} né(e) le xx xx xx",  # the paper relevé's form, birth date masked
)


# ------------------------------------------------------------------------------ formatting
def amount(cents: int, style: Style = Style(), *, euro: bool = False) -> str:
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    text = f"{sign}{whole:,}".replace(",", style.thousands) + f",{rest:02d}"
    return f"{text}{NBSP}€" if euro else text


def day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


# ------------------------------------------------------------------------------ drawing
Draw = Callable[[Any, float], None]  # (canvas, baseline y)

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
TOP_FIRST, TOP_NEXT, BOTTOM = 640.0, 752.0, 72.0


@dataclass
class _Row:
    height: float
    draw: Draw


@dataclass
class _Block:
    """Rows kept on one page together."""

    rows: list[_Row] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(r.height for r in self.rows)


class _Renderer:
    def __init__(self, releve: Releve, style: Style) -> None:
        self.releve = releve
        self.style = style
        _register_fonts()

    # -- rows
    def text_row(
        self,
        x: float,
        text: str,
        *,
        bold: bool = False,
        size: float | None = None,
        right: bool = False,
        height: float | None = None,
    ) -> _Row:
        style = self.style
        font = style.bold if bold else style.font
        size = size or style.size

        def draw(c: Any, y: float) -> None:
            c.setFont(font, size)
            if right:
                c.drawRightString(x, y, text)
            else:
                c.drawString(x, y, text)

        return _Row(height or style.leading, draw)

    def cells_row(
        self,
        cells: Sequence[tuple[float, str, bool]],
        *,
        bold: bool = False,
        size: float | None = None,
        height: float | None = None,
    ) -> _Row:
        """Several texts on one baseline: (x, text, right-aligned)."""
        style = self.style
        font = style.bold if bold else style.font
        size = size or style.size

        def draw(c: Any, y: float) -> None:
            c.setFont(font, size)
            for x, text, right in cells:
                if not text:
                    continue
                if right:
                    c.drawRightString(x, y, text)
                else:
                    c.drawString(x, y, text)

        return _Row(height or style.leading, draw)

    def bar_row(self, text: str) -> _Row:
        style = self.style

        def draw(c: Any, y: float) -> None:
            c.setFillGray(0.88)
            c.rect(
                style.x_date - 4,
                y - 4,
                style.x_reimbursed - style.x_date + 8,
                style.size + 7,
                stroke=0,
                fill=1,
            )
            c.setFillGray(0)
            c.setFont(style.bold, style.size + 0.5)
            c.drawString(style.x_date, y, text)

        return _Row(style.leading + 6, draw)

    def column_header(self) -> list[_Row]:
        s = self.style
        size = s.size - 1
        if s.two_line_header:
            first = [
                (s.x_date, "Date des", False),
                (s.x_nature, "Nature de la prestation", False),
                (s.x_paid, "Montant", True),
                (s.x_base, "Base de", True),
                (s.x_rate, "Taux", True),
                (s.x_reimbursed, "Montant", True),
            ]
            second = [
                (s.x_date, "soins", False),
                (s.x_paid, "payé", True),
                (s.x_base, "remboursement", True),
                (s.x_reimbursed, "versé", True),
            ]
            return [
                self.cells_row(first, bold=True, size=size, height=size + 5),
                self.cells_row(second, bold=True, size=size, height=size + 1.5),
            ]
        cells = [
            (s.x_date, "Date", False),
            (s.x_nature, "Nature de la prestation", False),
            (s.x_paid, "Montant payé", True),
            (s.x_base, "Base de remb.", True),
            (s.x_rate, "Taux", True),
            (s.x_reimbursed, "Montant versé", True),
        ]
        return [self.cells_row(cells, bold=True, size=size, height=size + 6)]

    def beneficiary_row(self, name: str, *, suite: bool = False) -> _Row:
        text = self.style.beneficiary.format(name=name) + (" (suite)" if suite else "")
        return self.text_row(self.style.x_date, text, bold=True)

    def act_block(self, act: Act) -> _Block:
        from reportlab.lib.utils import simpleSplit

        s = self.style
        printed = dict(act.printed)
        lines = simpleSplit(printed.get("nature", act.nature), s.font, s.size, s.nature_width)

        def figure(key: str, value: int | None, text: str) -> str:
            return printed.get(key, text if value is not None else "")

        rate = f"{act.rate}{s.percent_space}%" if act.rate is not None else ""
        first = [
            (s.x_date, printed.get("date", act.care_date.strftime(s.date_format)), False),
            (s.x_nature, lines[0], False),
            (s.x_paid, figure("paid", act.paid, amount(act.paid or 0, s)), True),
            (s.x_base, figure("base", act.base, amount(act.base or 0, s)), True),
            (s.x_rate, printed.get("rate", rate), True),
            (s.x_reimbursed, printed.get("reimbursed", amount(act.reimbursed, s)), True),
        ]
        block = _Block([self.cells_row(first)])
        block.rows += [self.text_row(s.x_nature, line) for line in lines[1:]]
        for deduction in act.deductions:
            block.rows.append(
                self.cells_row(
                    [
                        (s.x_nature, deduction.label, False),
                        (s.x_reimbursed, amount(-deduction.cents, s), True),
                    ]
                )
            )
        if act.reference:
            block.rows.append(self.text_row(s.x_nature, f"Réf. {act.reference}", size=s.size - 1))
        if act.complementary:
            block.rows.append(
                self.text_row(
                    s.x_nature, "Transmis à votre organisme complémentaire", size=s.size - 1
                )
            )
        block.rows[-1].height += 2
        return block

    def deferred_block(self, item: Deferred) -> _Block:
        s = self.style
        row = self.cells_row(
            [
                (s.x_date, item.care_date.strftime(s.date_format), False),
                (s.x_nature, item.nature, False),
                (s.x_reimbursed, amount(-item.cents, s), True),
            ]
        )
        return _Block([row])

    # -- pages
    def layout(self) -> list[list[_Row]]:
        """Rows per page, breaking between acts and repeating a payment's heading."""
        s = self.style
        pages: list[list[_Row]] = [[]]
        room = [TOP_FIRST - BOTTOM]

        def add(block: _Block, payment: Payment | None, beneficiary: str | None) -> None:
            if block.height > room[0]:
                pages.append([])
                room[0] = TOP_NEXT - BOTTOM
                if payment is not None:
                    suite = _Block(
                        [self.bar_row(f"Paiement effectué le {day(payment.paid_on)} (suite)")]
                    )
                    suite.rows += self.column_header()
                    if beneficiary is not None:
                        suite.rows.append(self.beneficiary_row(beneficiary, suite=True))
                    pages[-1] += suite.rows
                    room[0] -= suite.height
            pages[-1] += block.rows
            room[0] -= block.height

        for payment in self.releve.payments:
            heading = _Block(
                [
                    self.bar_row(
                        f"Paiement effectué le {day(payment.paid_on)} pour un montant de "
                        f"{amount(payment.printed_total, s, euro=True)}"
                    ),
                    self.text_row(
                        s.x_date,
                        f"Versé à : {payment.payee} (tiers payant)"
                        if payment.payee
                        else f"Virement sur votre compte : {payment.account}",
                        height=s.leading + 3,
                    ),
                    *self.column_header(),
                ]
            )
            first = True
            for group in payment.groups:
                for index, act in enumerate(group.acts):
                    block = self.act_block(act)
                    if index == 0:
                        block.rows.insert(0, self.beneficiary_row(group.beneficiary))
                    if first:
                        block.rows[:0] = heading.rows
                        first = False
                    add(block, payment, None if index == 0 else group.beneficiary)
            if payment.deferred:
                note = _Block(
                    [
                        self.text_row(
                            s.x_date,
                            "Participations forfaitaires et franchises prélevées sur ce paiement (soins "
                            "en tiers payant) :",
                            size=s.size - 0.5,
                        )
                    ]
                )
                for group in payment.deferred:
                    for index, item in enumerate(group.items):
                        block = self.deferred_block(item)
                        if index == 0:
                            block.rows.insert(0, self.beneficiary_row(group.beneficiary))
                            if group is payment.deferred[0]:
                                block.rows[:0] = note.rows
                        add(block, payment, None if index == 0 else group.beneficiary)
            add(_Block([_Row(8, lambda c, y: None)]), None, None)
        total = _Block(
            [
                self.cells_row(
                    [
                        (s.x_date, "Total des paiements de la période", False),
                        (s.x_reimbursed, amount(self.releve.total, s, euro=True), True),
                    ],
                    bold=True,
                    height=s.leading + 4,
                ),
                self.text_row(
                    s.x_date,
                    "Les montants versés sont indiqués avant la participation forfaitaire et les "
                    "franchises, déduites en négatif.",
                    size=s.size - 1,
                ),
            ]
        )
        add(total, None, None)
        return pages

    def frame(self, c: Any, page: int, pages: int) -> None:
        """What every page shows: heading, footer, page number; the first page, the rest."""
        s, r = self.style, self.releve
        month = f"{MONTHS[r.period_start.month - 1]} {r.period_start.year}"
        c.setFont(s.bold, 15)
        c.drawString(40, 800, "l’Assurance Maladie")
        c.setFont(s.font, 8)
        for i, line in enumerate(r.caisse):
            c.drawString(40, 786 - 10 * i, line)
        c.setFont(s.bold, 11.5)
        c.drawRightString(555, 800, "Relevé mensuel de vos remboursements")
        c.setFont(s.font, 9)
        c.drawRightString(555, 787, month.capitalize())
        if page == 1:
            c.setFont(s.font, 9)
            for i, line in enumerate(r.address):
                c.drawString(330, 730 - 11 * i, line)
            c.setFont(s.font, s.size)
            c.drawString(40, 706, f"Assuré(e) : {r.insured}")
            c.drawString(40, 694, f"N° de sécurité sociale : {r.nir}")
            c.drawString(40, 682, f"Relevé édité le {day(r.issued)}")
            c.drawString(
                40,
                660,
                f"Voici le détail des paiements effectués pour la période du "
                f"{day(r.period_start)} au {day(r.period_end)}.",
            )
        else:
            c.setFont(s.font, 8)
            c.drawRightString(555, 774, f"Assuré(e) : {r.insured}")
        c.setFont(s.font, 7)
        c.drawString(
            40,
            48,
            "Conservez ce relevé : votre complémentaire santé peut vous le "
            "demander. ameli.fr – 3646 (service gratuit + prix d’un appel).",
        )
        c.drawRightString(555, 48, f"Page {page}/{pages}")

    def render(self) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        pages = self.layout()
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=A4, invariant=1)
        c.setTitle("Relevé mensuel de vos remboursements")
        c.setAuthor("l'Assurance Maladie")
        for number, rows in enumerate(pages, start=1):
            self.frame(c, number, len(pages))
            y = TOP_FIRST if number == 1 else TOP_NEXT
            for row in rows:
                y -= row.height
                row.draw(c, y)
            c.showPage()
        c.save()
        return buffer.getvalue()


_fonts_done = False


def _register_fonts() -> None:
    global _fonts_done  # noqa: PLW0603 - reportlab's font registry is process-wide too
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    _fonts_done = True


def render(releve: Releve, style: Style = Style()) -> bytes:
    """The relevé as PDF bytes (the same bytes for the same description and style)."""
    return _Renderer(releve, style).render()


# ------------------------------------------------------------------------------ other PDFs
def render_attestation() -> bytes:
    """An "attestation de droits"-like page: an ameli PDF that is not a relevé."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    _register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle("Attestation de droits")
    c.setFont("DejaVuSans-Bold", 15)
    c.drawString(40, 800, "l’Assurance Maladie")
    c.setFont("DejaVuSans", 8)
    c.drawString(40, 786, "Caisse primaire d’assurance maladie de Paris")
    c.setFont("DejaVuSans-Bold", 13)
    c.drawString(40, 730, "Attestation de droits à l’assurance maladie")
    c.setFont("DejaVuSans", 9)
    lines = (
        "L’Assurance Maladie atteste que la personne désignée ci-dessous a des droits ouverts",
        "à l’assurance maladie, et le cas échéant à la Complémentaire santé solidaire.",
        "",
        "Bénéficiaire : Paul LEBRUN, né le 12/05/1985",
        "N° de sécurité sociale : 1 85 05 75 123 456 73",
        "Droits ouverts du 01/01/2025 au 31/12/2025",
        "Médecin traitant déclaré : oui",
        "",
        "Cette attestation ne vaut pas carte Vitale. Fait le 03/02/2025.",
    )
    for i, line in enumerate(lines):
        c.drawString(40, 700 - 13 * i, line)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_without_text() -> bytes:
    """One page of drawing and no text at all, as a scanned relevé looks to a text extractor."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setFillGray(0.6)
    for i in range(40):
        c.rect(40, 780 - 18 * i, 300 + (i * 37) % 200, 9, stroke=0, fill=1)
    c.showPage()
    c.save()
    return buffer.getvalue()


# ------------------------------------------------------------------------------ the fixtures
# Every value below is listed, act by act, in tests/data/ameli_pdf/README.md.
PF = Deduction("Participation forfaitaire", 200)


def franchise(boxes: int) -> Deduction:
    return Deduction("Franchise médicale", 100 * boxes)


def on(text: str) -> date:
    """``"07/01/2025"`` as a date, so that the fixtures read like the relevé."""
    d, m, y = map(int, text.split("/"))
    return date(y, m, d)


def act(  # noqa: PLR0917 - positional, in the order of the relevé's columns
    care: str,
    nature: str,
    paid: int,
    base: int,
    rate: int,
    versed: int,
    *deductions: Deduction,
    sent: bool = False,
    ref: str = "",
) -> Act:
    return Act(on(care), nature, versed, paid, base, rate, deductions, sent, ref)


def pay(when: str, *groups: tuple[str, Act], **options: Any) -> Payment:
    """A payment from ``(beneficiary, act)`` pairs; consecutive acts of one person share a group."""
    merged: list[Group] = []
    for name, one in groups:
        if merged and merged[-1].beneficiary == name:
            merged[-1] = Group(name, (*merged[-1].acts, one))
        else:
            merged.append(Group(name, (one,)))
    return Payment(on(when), tuple(merged), **options)


PAUL = "Paul LEBRUN"
CLAIRE, LEA, NOE = "Claire MARTIN", "Léa MARTIN", "Noé MARTIN"
GP = "Consultation médecin généraliste"
SPECIALIST = "Consultation médecin spécialiste"
KINE = "Séance de kinésithérapie"
PHARMACY_65 = "Pharmacie – médicaments remboursés à 65 %"

# January 2025: Paul alone; four payments; participations forfaitaires and franchises.
J1 = act("02/01/2025", GP, 3000, 3000, 70, 2100, PF, sent=True, ref="0751 250102004117")
J2 = act("09/01/2025", PHARMACY_65, 4860, 4860, 65, 3159, franchise(3), sent=True)
J3 = act("09/01/2025", "Pharmacie – médicaments remboursés à 30 %", 1240, 1240, 30, 372,
         franchise(1), sent=True)  # fmt: skip
J4 = act("13/01/2025", KINE, 2150, 1613, 60, 968, franchise(1))
J5 = act("15/01/2025", KINE, 2150, 1613, 60, 968, franchise(1))
J6 = act("20/01/2025", "Radiographie du thorax", 2128, 2128, 70, 1490, PF, sent=True,
         ref="0751 250120011802")  # fmt: skip
J7 = act("24/01/2025", SPECIALIST, 8000, 3150, 70, 2205, PF)
J8 = act("27/01/2025", "Hospitalisation – frais de séjour", 123456, 123456, 80, 98765, sent=True,
         ref="0751 250127000931")  # fmt: skip

JANUARY = Releve(
    insured=PAUL,
    nir="1 85 05 75 123 456 73",
    address=("MONSIEUR PAUL LEBRUN", "12 RUE DES LILAS", "75011 PARIS"),
    period_start=on("01/01/2025"),
    period_end=on("31/01/2025"),
    issued=on("01/02/2025"),
    payments=(
        pay("07/01/2025", (PAUL, J1)),
        pay("14/01/2025", (PAUL, J2), (PAUL, J3)),
        pay("21/01/2025", (PAUL, J4), (PAUL, J5)),
        pay("28/01/2025", (PAUL, J6), (PAUL, J7), (PAUL, J8)),
    ),
)

# February 2025: Claire and her children Léa and Noé (minors: no participation, no franchise);
# a tiers-payant payment to a pharmacy, whose franchise is withheld from a later payment.
F1 = act("30/01/2025", GP, 3000, 3000, 70, 2100, PF, sent=True)
F2 = act("31/01/2025", GP, 3000, 3000, 70, 2100, sent=True)
F3 = act("31/01/2025", GP, 3000, 3000, 70, 2100, sent=True)
F4 = act("06/02/2025", PHARMACY_65, 1820, 1820, 65, 1183, sent=True)
F5 = act("06/02/2025", PHARMACY_65, 2540, 2540, 65, 1651, sent=True)
F6 = act("12/02/2025", "Soins dentaires conservateurs – obturation d’une carie sur deux faces "
         "(composite)", 5500, 4000, 60, 2400, sent=True, ref="0691 250212000457")  # fmt: skip
F7 = act("13/02/2025", "Séance d’orthophonie", 2760, 2760, 60, 1656, sent=True)
F8 = act("14/02/2025", "Séance d’orthophonie", 2760, 2760, 60, 1656)
F9 = act("14/02/2025", "Analyses de biologie médicale", 3240, 3240, 60, 1944, sent=True)
F10 = act("15/02/2025", f"{SPECIALIST} – dermatologie", 6000, 3150, 70, 2205, PF)
F11 = act("17/02/2025", f"{SPECIALIST} – ophtalmologie", 5000, 3150, 70, 2205, sent=True)
F12 = act("20/02/2025", "Vaccin – pharmacie remboursé à 65 %", 3620, 3620, 65, 2353, sent=True)
F13 = act("21/02/2025", KINE, 2150, 1613, 60, 968, franchise(1), sent=True)
F_DEFERRED = Deferred(on("06/02/2025"), "Franchise médicale – pharmacie", 200)

FAMILY = Releve(
    insured=CLAIRE,
    nir="2 88 03 69 123 045 29",
    address=("MADAME CLAIRE MARTIN", "4 PLACE BELLECOUR", "69002 LYON"),
    caisse=("Caisse primaire d’assurance maladie du Rhône", "69907 LYON CEDEX 20"),
    period_start=on("01/02/2025"),
    period_end=on("28/02/2025"),
    issued=on("01/03/2025"),
    payments=(
        pay("04/02/2025", (CLAIRE, F1), (LEA, F2), (NOE, F3)),
        pay("11/02/2025", (LEA, F4), (CLAIRE, F5), payee="PHARMACIE DES ÉCOLES"),
        pay(
            "18/02/2025",
            *((CLAIRE, F6), (NOE, F7), (NOE, F8), (LEA, F9), (CLAIRE, F10), (LEA, F11)),
            deferred=(DeferredGroup(CLAIRE, (F_DEFERRED,)),),
        ),
        pay("25/02/2025", (NOE, F12), (CLAIRE, F13)),
    ),
)

FILES: dict[str, Callable[[], bytes]] = {
    "releve_2025-01.pdf": lambda: render(JANUARY),
    "releve_2025-02_famille.pdf": lambda: render(FAMILY),
    "not_a_releve.pdf": render_attestation,
}


def unbalanced() -> Releve:
    """January with the second payment's printed amount one cent off its acts."""
    payments = list(JANUARY.payments)
    payments[1] = replace(payments[1], total=payments[1].computed_total + 1)
    return replace(JANUARY, payments=tuple(payments))


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (DATA / name).write_bytes(make())
        print(f"wrote {(DATA / name).relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""Render statement PDFs laid out as ameli and a mutuelle really print them, for tests.

The facts come from ``shared/ameli-documents.md`` (copied in ``tests/data/ameli_pdf/README.md``),
whose sources are G1 (a genuine ameli per-payment PDF), G2 (the CPAM's annotated paper relevé), G3
(a genuine Harmonie Mutuelle statement) and G4 (the ameli connectors). Each drawing call below says
which source it follows. What no source shows is marked LOW and chosen plainly.

- A4 portrait, base-14 Helvetica, -Bold, -Oblique **not embedded**, WinAnsi: no € in the table and no
  U+202F is possible (G1). reportlab draws the base-14 fonts exactly so.
- The measured cells of G1 (points): dates 42.5-132.5, nature -389.5, payé -439.5, base -489.5,
  taux -524.5, versé -574.5; figures right-aligned on the cell's right edge. Identity labels
  right-aligned at x 129, values from 132.5; caisse and address at x 297.6.
- The two-line column header, bottom-aligned, the short line on top (G1).
- No heading per payment: ``le 19/02/2019 : 17,50 euro(s)`` closes it (G1).

``invariant=1`` makes the bytes depend only on the description, so the committed files are checked
against what this module renders. Regenerate them with ``python -m tests.ameli_pdf_factory``.
"""

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ameli_pdf"
NBSP = "\u00a0"
PAGE_W, PAGE_H = 595.3, 841.9  # G1's page size
FONT, BOLD, OBLIQUE = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

# G1's cells: the right edge of each figure column, the left edge of the text columns.
X_DATE, X_NATURE = 42.5, 132.5
X_PAID, X_BASE, X_RATE, X_VERSED = 439.5, 489.5, 524.5, 574.5
# G2's complementary columns (taux, montant): geometry MEDIUM, placed right of versé.
X_C_RATE, X_C_AMOUNT = 525.0, 574.5
X_PAPER = {"paid": 362.0, "base": 405.0, "rate": 432.0, "versed": 468.0}
X_LABEL, X_VALUE, X_RIGHT = 129.0, 132.5, 297.6
TOP, BOTTOM, LEADING = 800.0, 60.0, 10.5


# ------------------------------------------------------------------------------ description
@dataclass(frozen=True)
class Act:
    """One act row (amounts in cents). ``withheld``: participations printed under it (G2);
    ``complementary``: the paper relevé's (taux, montant) of the complementary insurer (G2);
    ``printed`` replaces a cell's text (keys: date, nature, paid, base, rate, versed)."""

    care: date
    nature: str
    code: str
    paid: int | None
    base: int | None
    rate: int | None
    versed: int
    withheld: tuple[tuple[str, int], ...] = ()
    complementary: tuple[int, int] | None = None
    printed: tuple[tuple[str, str], ...] = ()
    continuation: str = ""  # the nature's second line (G2's long natures wrap)

    @property
    def net(self) -> int:
        extra = self.complementary[1] if self.complementary else 0
        return self.versed - sum(c for _, c in self.withheld) + extra


@dataclass(frozen=True)
class Allowance:
    """A row of indemnités journalières (G4, LOW: the columns are chosen: the days under
    "taux", the daily amount under "base", the amount under "versé")."""

    start: date
    end: date
    days: int
    daily: int
    cents: int
    kind: str = "MALADIE"

    @property
    def net(self) -> int:
        return self.cents


@dataclass(frozen=True)
class Sheet:
    """A beneficiary's block: ``pour NAME né(e) le D``, the risk, ``réf …``, then the rows (G1).
    ``born`` None prints G2's masked ``xx xx xx``; ``ref_after`` puts ``ref`` under the act (G2)."""

    name: str
    born: date | None
    rows: tuple[Act | Allowance, ...]
    reference: str = ""
    risk: str = "maladie"
    ref_after: bool = False


@dataclass(frozen=True)
class Deferred:
    """A participation or franchise of a tiers-payant act, taken from this payment (G2)."""

    care: date
    nature: str
    name: str
    born: date
    number: str
    cents: int


@dataclass(frozen=True)
class Payment:
    paid_on: date
    sheets: tuple[Sheet, ...]
    deferred: tuple[Deferred, ...] = ()
    total: int | None = None  # overrides the closing amount, to make a file that is wrong

    @property
    def computed(self) -> int:
        rows = sum(r.net for s in self.sheets for r in s.rows)
        return rows - sum(d.cents for d in self.deferred)

    @property
    def closing(self) -> int:
        return self.computed if self.total is None else self.total


@dataclass(frozen=True)
class Statement:
    """An ameli document. ``kind``: "payment" (G1), "monthly" (G1 + G2, MEDIUM) or "paper" (G2).

    ``insurer``: the complementary insurer the one transmission sentence names (None: no sentence,
    as when none is linked, G1). ``thousands``: the separator of amounts of 1 000 € and more (no
    source prints one: "", " " or a no-break space). ``repeat_header``: the header again at the top
    of a page a payment goes on to (LOW: both are possible). ``tiers_payant``: the document paid a
    professional (G4 gives the kind only; the sentence saying so is LOW, chosen here)."""

    kind: str
    insured: str
    nir: str
    caisse: tuple[str, str]
    address: tuple[str, ...]
    payments: tuple[Payment, ...]
    period: tuple[date, date] | None = None
    insurer: str | None = None
    thousands: str = ""
    repeat_header: bool = True
    tiers_payant: bool = False
    rows_per_page: int = 40


# ------------------------------------------------------------------------------ formatting
def amount(cents: int, thousands: str = "") -> str:
    """``17,50``, ``1450,00`` / ``1 450,00``: comma decimals, no € (G1)."""
    sign = "- " if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole:,}".replace(",", thousands) + f",{rest:02d}"


def day(d: date, paper: bool = False) -> str:
    """``19/10/2018`` (G1) or the paper relevé's ``01 04 14`` (G2)."""
    return d.strftime("%d %m %y" if paper else "%d/%m/%Y")


def born_text(born: date | None) -> str:
    return "xx xx xx" if born is None else born.strftime("%d/%m/%Y")


# ------------------------------------------------------------------------------ drawing
@dataclass
class _Line:
    """One line of the flowing part: draws itself at baseline ``y``."""

    draw: Callable[[Any, float], None]
    height: float = LEADING
    header: bool = False


def _text(x: float, text: str, font: str = FONT, size: float = 8, *, right: bool = False) -> Any:
    def draw(c: Any, y: float) -> None:
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, y, text)

    return draw


def _many(*draws: Any) -> Any:
    def draw(c: Any, y: float) -> None:
        for one in draws:
            one(c, y)

    return draw


class _Renderer:
    def __init__(self, statement: Statement) -> None:
        self.s = statement
        self.paper = statement.kind == "paper"

    # -- the table
    def header(self) -> list[_Line]:
        """Two lines, bottom-aligned, the short one on top (G1); the paper relevé adds the
        complementary insurer's taux and montant (G2)."""
        if self.paper:
            x = X_PAPER
            top = _many(
                _text(x["paid"], "montant", BOLD, right=True),
                _text(x["base"], "base du", BOLD, right=True),
                _text(x["versed"], "montant", BOLD, right=True),
                _text(X_C_AMOUNT, "organisme complémentaire", BOLD, right=True),
            )
            bottom = _many(
                _text(X_DATE, "dates", BOLD),
                _text(X_NATURE, "nature des prestations", BOLD),
                _text(x["paid"], "payé", BOLD, right=True),
                _text(x["base"], "rembours.", BOLD, right=True),
                _text(x["rate"], "taux", BOLD, right=True),
                _text(x["versed"], "versé", BOLD, right=True),
                _text(X_C_RATE, "taux", BOLD, right=True),
                _text(X_C_AMOUNT, "montant", BOLD, right=True),
            )
        else:
            top = _many(
                _text(X_PAID, "montant", BOLD, right=True),
                _text(X_BASE, "base du", BOLD, right=True),
                _text(X_VERSED, "montant", BOLD, right=True),
            )
            bottom = _many(
                _text(X_DATE, "dates", BOLD),
                _text(X_NATURE, "nature des prestations", BOLD),
                _text(X_PAID, "payé", BOLD, right=True),
                _text(X_BASE, "rembours.", BOLD, right=True),
                _text(X_RATE, "taux", BOLD, right=True),
                _text(X_VERSED, "versé", BOLD, right=True),
            )
        return [_Line(top, 9, header=True), _Line(bottom, 12, header=True)]

    def figure_x(self, name: str) -> float:
        if self.paper:
            return X_PAPER[name]
        return {"paid": X_PAID, "base": X_BASE, "rate": X_RATE, "versed": X_VERSED}[name]

    def act(self, act: Act) -> _Line:
        th = self.s.thousands
        printed = dict(act.printed)
        rate = "" if act.rate is None else f"{act.rate} %"  # a plain space before % (G1)
        cells = [
            _text(X_DATE, printed.get("date", day(act.care, self.paper))),
            _text(X_NATURE, printed.get("nature", act.nature)),
            _text(self.figure_x("paid"), printed.get("paid", "" if act.paid is None else amount(act.paid, th)), right=True),
            _text(self.figure_x("base"), printed.get("base", "" if act.base is None else amount(act.base, th)), right=True),
            _text(self.figure_x("rate"), printed.get("rate", rate), right=True),
            _text(self.figure_x("versed"), printed.get("versed", amount(act.versed, th)), right=True),
        ]  # fmt: skip
        if act.code and not act.continuation:
            cells.append(self.code(printed.get("nature", act.nature), act.code))
        if act.complementary is not None:
            c_rate, c_cents = act.complementary
            cells.append(_text(X_C_RATE, f"{c_rate} %", right=True))
            cells.append(_text(X_C_AMOUNT, amount(c_cents, th), right=True))
        return _Line(_many(*cells))

    @staticmethod
    def code(nature: str, code: str) -> Any:
        """The act's code in 6 pt brackets after the nature (G1)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return _text(X_NATURE + stringWidth(nature, FONT, 8) + 4, f"( {code} )", FONT, 6)

    def withheld(self, label: str, cents: int) -> _Line:
        """``participation forfaitaire (PFH)  - 1,00`` under its act, in versé (G2)."""
        return _Line(
            _many(
                _text(X_NATURE, label),
                _text(self.figure_x("versed"), amount(-cents), right=True),
            )
        )

    def allowance(self, row: Allowance) -> _Line:
        th = self.s.thousands
        nature = f"INDEMNITES JOURNALIERES {row.kind} du {day(row.start)} au {day(row.end)}"
        return _Line(
            _many(
                _text(X_DATE, day(row.start)),
                _text(X_NATURE, nature),
                _text(self.figure_x("base"), amount(row.daily, th), right=True),
                _text(self.figure_x("rate"), str(row.days), right=True),
                _text(self.figure_x("versed"), amount(row.cents, th), right=True),
            )
        )

    def rows(self) -> list[_Line]:
        """The flowing part: sheets, rows, notes and closing lines, payment after payment."""
        lines: list[_Line] = []
        for payment in self.s.payments:
            for sheet in payment.sheets:
                lines.append(
                    _Line(_text(X_NATURE, f"pour {sheet.name} né(e) le {born_text(sheet.born)}"))
                )
                lines.append(_Line(_text(X_NATURE, sheet.risk)))
                if sheet.reference and not sheet.ref_after:
                    lines.append(_Line(_text(X_NATURE, f"réf  {sheet.reference}", OBLIQUE, 7)))
                for row in sheet.rows:
                    if isinstance(row, Allowance):
                        lines.append(self.allowance(row))
                        continue
                    lines.append(self.act(row))
                    if row.continuation:
                        second = _text(X_NATURE, row.continuation)
                        code = self.code(row.continuation, row.code) if row.code else None
                        lines.append(_Line(_many(second, code) if code else second))
                    lines += [self.withheld(label, cents) for label, cents in row.withheld]
                    if sheet.reference and sheet.ref_after:
                        lines.append(_Line(_text(X_NATURE, f"ref {sheet.reference}", OBLIQUE, 7)))
            if payment.deferred:
                note = (
                    "A noter : Pour les prestations figurant ci-après vous n'avez pas réglé directement",
                    "votre professionnel, les participations forfaitaires ou les franchises n'ont donc pas été",
                    "payées. C'est pourquoi elles sont prélevées de manière différée sur ce remboursement.",
                )  # G2's wording
                lines += [_Line(_text(X_DATE, text, FONT, 7.5), 9) for text in note]
                for item in payment.deferred:
                    lines.append(
                        _Line(
                            _many(
                                _text(X_DATE, day(item.care)),
                                _text(X_NATURE, f"{item.nature} pour {item.name} né(e) le {born_text(item.born)} ({item.number})"),
                                _text(self.figure_x("versed"), amount(-item.cents), right=True),
                            )
                        )
                    )  # fmt: skip
            closing = (
                f"réglé le {day(payment.paid_on, True)} : {amount(payment.closing)} euros"
                if self.paper
                else f"le {day(payment.paid_on)} : {amount(payment.closing, self.s.thousands)} euro(s)"
            )
            lines.append(_Line(_text(X_NATURE, closing, FONT, 10), 16))
        return lines

    # -- the page
    def heading(self, c: Any, page: int, pages: int) -> float:
        """What the first page prints above the table (G1); later pages only number themselves.
        Returns the y where the table's flow starts."""
        s = self.s
        c.setFont(OBLIQUE, 8)
        c.drawRightString(X_VERSED, 815, f"Page {page}/{pages}")  # top right (G1)
        if page > 1:
            return 790
        # The "l'Assurance Maladie" logo is an image (G1): a grey box, no text.
        c.setFillGray(0.75)
        c.rect(42.5, 770, 110, 36, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(FONT, 8)
        c.drawRightString(X_LABEL, 750, "assuré social")
        c.drawString(X_VALUE, 750, s.insured)
        c.drawRightString(X_LABEL, 740, "nº de Sécurité Sociale")
        c.drawString(X_VALUE, 740, s.nir)
        c.drawString(42.5, 722, "Pour tout contact, écrivez à votre caisse directement")
        c.drawString(42.5, 713, "depuis la messagerie de votre compte Ameli")
        c.drawString(X_RIGHT, 790, s.caisse[0])
        c.drawString(X_RIGHT, 781, s.caisse[1])
        c.setFont(FONT, 11)
        for i, line in enumerate(s.address):
            c.drawString(X_RIGHT, 740 - 13 * i, line)
        c.setFont(FONT, 9)
        if s.kind == "payment":
            intro = f"Voici le détail des versements vous concernant pour un paiement du {day(s.payments[0].paid_on)}"
        else:
            assert s.period is not None
            start, end = (day(d, self.paper) for d in s.period)
            intro = f"Voici le détail des versements vous concernant pour la période du {start} au {end}"
        c.drawString(42.5, 680, intro)
        y = 668
        if s.tiers_payant:
            # LOW: no source quotes it; G4 names the kind "paiement à un tiers" (tiers payant).
            c.drawString(
                42.5,
                y,
                "Ce paiement a été effectué directement à votre professionnel de santé (tiers payant).",
            )
        else:
            c.drawString(
                42.5,
                y,
                "Le remboursement des sommes que vous avez avancées est d'ores et déjà effectué sur votre compte.",
            )
        y -= 12
        if s.insurer is not None:
            # One sentence for the whole document, naming the insurer cut at about 25
            # characters, a space before its period; wraps over two lines (G1).
            c.drawString(
                42.5,
                y,
                "Ces informations ont été directement transmises par votre caisse d'assurance maladie à votre organisme",
            )
            c.drawString(
                42.5,
                y - 11,
                f"complémentaire {s.insurer[:25]} . En conséquence, vous n'avez pas besoin de lui envoyer ce relevé.",
            )
            y -= 22
        y -= 8
        c.setLineWidth(1.5)
        c.line(42.5, y, X_VERSED, y)
        c.setFont(BOLD, 9)
        c.drawString(42.5, y - 11, "vos remboursements de soins")  # between two thick rules
        c.line(42.5, y - 15, X_VERSED, y - 15)
        return y - 26  # fmt: skip

    def render(self) -> bytes:
        from reportlab.pdfgen.canvas import Canvas

        flow = self.rows()
        pages: list[list[_Line]] = []
        limit = self.s.rows_per_page
        for start in range(0, len(flow), limit):
            pages.append(flow[start : start + limit])
        pages = pages or [[]]
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
        for number, flowing in enumerate(pages, start=1):
            y = self.heading(c, number, len(pages))
            header = self.header() if number == 1 or self.s.repeat_header else []
            for line in [*header, *flowing]:
                y -= line.height
                line.draw(c, y)
            c.showPage()
        c.save()
        return buffer.getvalue()


def render(statement: Statement) -> bytes:
    """The statement as PDF bytes (the same bytes for the same description)."""
    return _Renderer(statement).render()


# ------------------------------------------------------------------------------ a mutuelle (G3)
@dataclass(frozen=True)
class MutuelleAct:
    """``06/02/2019  Consultation médecine générale  25,00  17,50  0,00  0,00  7,50`` (G3)."""

    care: date
    nature: str
    paid: int
    amo: int
    ticket: int
    excess: int
    total: int


@dataclass(frozen=True)
class MutuelleGroup:
    """A beneficiary's acts, then the transfer that paid them (G3)."""

    name: str
    nir: str
    acts: tuple[MutuelleAct, ...]
    paid_on: date
    account: str = "BNPIFR2bXXX FR7X 232X XXXX XXXX XXXX XXXX 062"
    amount: int | None = None  # overrides the transfer printed, to make a file that is wrong


@dataclass(frozen=True)
class MutuelleStatement:
    member: str
    issued: date
    groups: tuple[MutuelleGroup, ...]
    junk: bool = True  # G3's text layer starts with printer-control junk


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")  # fmt: skip
# G3's columns (geometry MEDIUM: not measured; left edge of the text, right edge of figures).
M_DATE, M_NATURE, M_PAID, M_AMO, M_TICKET, M_EXCESS, M_TOTAL = 40, 95, 300, 365, 430, 495, 560


def render_mutuelle(statement: MutuelleStatement) -> bytes:
    """Harmonie Mutuelle's "RELEVÉ DE PRESTATIONS — FRAIS DE SANTÉ" (G3)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    y = 810.0
    if statement.junk:
        c.setFont(FONT, 4)
        c.drawString(20, 830, "^{pstock=ENTETE}")
        c.drawString(20, 825, '^{ var code_tarif="LR"}')
    c.setFont(BOLD, 13)
    c.drawString(M_DATE, y, "RELEVÉ DE PRESTATIONS")
    c.drawString(M_DATE, y - 16, "FRAIS DE SANTÉ")
    issued = statement.issued
    c.setFont(FONT, 9)
    c.drawString(M_DATE, y - 34, f"au {issued.day} {MONTHS[issued.month - 1]} {issued.year}")
    c.drawString(M_DATE, y - 46, f"N° adhérent : {statement.member}")
    y -= 76
    c.setFont(BOLD, 10)
    c.drawString(M_DATE, y, "REMBOURSEMENT DE LA MUTUELLE")
    y -= 18
    c.setFont(BOLD, 7)
    heads = ((M_DATE, "Date des soins", False), (M_NATURE, "Nature des prestations", False),
             (M_PAID, "Frais engagés", True), (M_AMO, "Remboursement RO *", True),
             (M_TICKET, "Ticket modérateur", True), (M_EXCESS, "Forfait et/ou dépassements", True),
             (M_TOTAL, "Montant total mutuelle", True))  # fmt: skip
    for x, text, right in heads:
        (c.drawRightString if right else c.drawString)(x, y, text)
    y -= 14
    grand = 0
    for group in statement.groups:
        c.setFont(BOLD, 8)
        c.drawString(M_DATE, y, f"{group.name} / {group.nir}")
        y -= 11
        c.setFont(FONT, 8)
        for act in group.acts:
            c.drawString(M_DATE, y, act.care.strftime("%d/%m/%Y"))
            c.drawString(M_NATURE, y, act.nature)
            for x, cents in ((M_PAID, act.paid), (M_AMO, act.amo), (M_TICKET, act.ticket),
                             (M_EXCESS, act.excess), (M_TOTAL, act.total)):  # fmt: skip
                c.drawRightString(x, y, amount(cents))
            y -= 11
        paid = sum(a.total for a in group.acts) if group.amount is None else group.amount
        grand += paid
        c.drawString(
            M_NATURE, y, f"Somme virée sur le compte {group.account} le {group.paid_on:%d/%m/%Y}"
        )
        c.drawRightString(M_TOTAL, y, f"{amount(paid)} €")
        y -= 16
    c.setFont(BOLD, 9)
    c.drawString(M_DATE, y, "MONTANT TOTAL DE VOS REMBOURSEMENTS")
    c.drawRightString(M_TOTAL, y, f"{amount(grand)} €")
    c.setFont(FONT, 7)
    c.drawString(M_DATE, y - 20, "* Montant à titre indicatif")
    c.showPage()
    c.save()
    return buffer.getvalue()


# ------------------------------------------------------------------------------ other PDFs
def render_attestation() -> bytes:
    """An "attestation de droits": an ameli PDF that is not a statement (no "Voici le détail")."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setFont(BOLD, 13)
    c.drawString(42.5, 730, "Attestation de droits à l'assurance maladie")
    c.setFont(FONT, 9)
    lines = (
        "L'Assurance Maladie atteste que la personne désignée ci-dessous a des droits ouverts.",
        "assuré social  LEBRUN PAUL",
        "nº de Sécurité Sociale  1 85 05 75 123 456 73",
        "Droits ouverts du 01/01/2025 au 31/12/2025",
    )
    for i, line in enumerate(lines):
        c.drawString(42.5, 700 - 13 * i, line)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_without_text() -> bytes:
    """One page of drawing and no text at all, as a scanned statement looks to a text reader."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setFillGray(0.6)
    for i in range(40):
        c.rect(40, 780 - 18 * i, 300 + (i * 37) % 200, 9, stroke=0, fill=1)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_table(rows: Sequence[Sequence[str]], *, title: str = "") -> bytes:
    """A plain table in a PDF (any statement "whose rows form a table"), columns left-aligned
    at fixed x; not any real insurer's layout."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
    xs = [40, 100, 190, 320, 390, 470]
    y = 800.0
    if title:
        c.setFont(BOLD, 11)
        c.drawString(40, y, title)
        y -= 24
    for index, row in enumerate(rows):
        c.setFont(BOLD if index == 0 else FONT, 8)
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x, y, cell)
        y -= 12
    c.showPage()
    c.save()
    return buffer.getvalue()


# ------------------------------------------------------------------------------ the fixtures
def on(text: str) -> date:
    d, m, y = map(int, text.split("/"))
    return date(y, m, d)


PF = ("participation forfaitaire (PFH)", 100)


def franchise(cents: int) -> tuple[str, int]:
    return ("franchise médicale", cents)


# G1, as printed: one payment to Isabelle Durand, the transmission sentence naming her insurer.
# (G1's intro says "un paiement du 19/10/2018" and its closing line a date typed over by the demo;
# both say the payment's date here.)
G1 = Statement(
    kind="payment",
    insured="DURAND ISABELLE",
    nir="2 65 02 57 423 252 75",
    caisse=("CPAM des YVELINES", "78085  YVELINES Cedex 9"),
    address=("MME.  DURAND ISABELLE", "12 RUE DE LA GARE", "75012 PARIS"),
    insurer="MALAKOFF MEDERIC PREVOYANCE",  # printed cut: "MALAKOFF MEDERIC PREVOYAN"
    payments=(
        Payment(
            on("19/10/2018"),
            (
                Sheet(
                    "ISABELLE",
                    on("12/03/1965"),
                    (Act(on("13/10/2018"), "C GENERALISTE  Sect1", "G", 2500, 2500, 70, 1750),),
                    reference="0351   1829220000622",
                ),
            ),
        ),
    ),
)

# A month of a family (MEDIUM: G1's blocks, G2's several payments): four payments to Paul
# Lebrun's account, participations under their acts, an amount above 1 000 €, a payment that
# crosses a page, the transmission sentence.
PAUL, CLAIRE, LEA, NOE = "PAUL", "CLAIRE", "LEA", "NOE"
J_SHEETS = (
    Payment(on("07/01/2025"), (Sheet(PAUL, on("12/05/1985"), (
        Act(on("02/01/2025"), "C GENERALISTE  Sect1", "G", 3000, 3000, 70, 2100, (("participation forfaitaire (PFH)", 200),)),
    ), reference="0751   2501020041170"),)),
    Payment(on("14/01/2025"), (Sheet(PAUL, on("12/05/1985"), (
        Act(on("09/01/2025"), "PHARMACIE VIGNETTE BLANCHE", "PH7", 4860, 4860, 65, 3159, (franchise(300),)),
        Act(on("09/01/2025"), "PHARMACIE VIGNETTE BLEUE", "PH4", 1240, 1240, 30, 372, (franchise(100),)),
    ), reference="0751   2501090055310"),)),
    Payment(on("21/01/2025"), (Sheet(PAUL, on("12/05/1985"), (
        Act(on("13/01/2025"), "MASSEUR KINESITHERAPEUTE", "AMK", 2150, 1613, 60, 968, (franchise(100),)),
        Act(on("15/01/2025"), "MASSEUR KINESITHERAPEUTE", "AMK", 2150, 1613, 60, 968, (franchise(100),)),
    ), reference="0751   2501130071020"),)),
    Payment(on("28/01/2025"), (Sheet(PAUL, on("12/05/1985"), (
        Act(on("20/01/2025"), "RADIOLOGIE", "ADI", 2128, 2128, 70, 1490, (("participation forfaitaire (PFH)", 200),)),
        Act(on("24/01/2025"), "CS SPECIALISTE  Sect2", "APC", 8000, 3150, 70, 2205, (("participation forfaitaire (PFH)", 200),)),
        Act(on("27/01/2025"), "FORFAIT JOURNALIER HOSPITALIER", "FJ", 123456, 123456, 80, 98765),
    ), reference="0751   2501200118020"),)),
)  # fmt: skip
JANUARY = Statement(
    kind="monthly",
    insured="LEBRUN PAUL",
    nir="1 85 05 75 123 456 73",
    caisse=("CPAM de PARIS", "75948  PARIS Cedex 19"),
    address=("M.  LEBRUN PAUL", "12 RUE DES LILAS", "75011 PARIS"),
    period=(on("01/01/2025"), on("31/01/2025")),
    insurer="HARMONIE MUTUELLE",
    payments=J_SHEETS,
    thousands=" ",
    rows_per_page=24,  # the 28/01 payment crosses to page 2
)

# February, Claire Martin and her children (minors: nothing withheld): a payment per person on
# one day, Claire's daily allowances (G4, LOW), the deferred franchise of a tiers-payant pharmacy
# (G2), no complementary insurer linked (no transmission sentence, G1).
FAMILY = Statement(
    kind="monthly",
    insured="MARTIN CLAIRE",
    nir="2 88 03 69 123 045 29",
    caisse=("CPAM du RHONE", "69907  LYON Cedex 20"),
    address=("MME.  MARTIN CLAIRE", "4 PLACE BELLECOUR", "69002 LYON"),
    period=(on("01/02/2025"), on("28/02/2025")),
    insurer=None,
    payments=(
        Payment(on("04/02/2025"), (
            Sheet(CLAIRE, on("03/03/1988"), (Act(on("30/01/2025"), "C GENERALISTE  Sect1", "G", 3000, 3000, 70, 2100, (("participation forfaitaire (PFH)", 200),)),), reference="0691   2501300004570"),
            Sheet(LEA, on("14/06/2015"), (Act(on("31/01/2025"), "C GENERALISTE  Sect1", "G", 3000, 3000, 70, 2100),), reference="0691   2501310004580"),
            Sheet(NOE, on("02/09/2018"), (Act(on("31/01/2025"), "C GENERALISTE  Sect1", "G", 3000, 3000, 70, 2100),), reference="0691   2501310004590"),
        )),
        Payment(on("18/02/2025"), (
            Sheet(CLAIRE, on("03/03/1988"), (Act(on("12/02/2025"), "SOINS CONSERVATEURS DENTAIRES", "HMFC004", 5500, 4000, 60, 2400),), reference="0691   2502120004570"),
            Sheet(NOE, on("02/09/2018"), (
                Act(on("13/02/2025"), "ORTHOPHONIE", "AMO", 2760, 2760, 60, 1656),
                Act(on("14/02/2025"), "ORTHOPHONIE", "AMO", 2760, 2760, 60, 1656),
            ), reference="0691   2502130002210"),
        ), deferred=(Deferred(on("06/02/2025"), "PHARMACIE", CLAIRE, on("03/03/1988"), "0690256637", 200),)),
        Payment(on("25/02/2025"), (
            Sheet(CLAIRE, on("03/03/1988"), (Allowance(on("10/02/2025"), on("21/02/2025"), 12, 3012, 36144),), risk="maladie"),
        )),
    ),
)  # fmt: skip

# The tiers-payant payment of Claire's pharmacy (G4: its own per-payment PDF; LOW wording).
FAMILY_PHARMACY = Statement(
    kind="payment",
    insured="MARTIN CLAIRE",
    nir="2 88 03 69 123 045 29",
    caisse=("CPAM du RHONE", "69907  LYON Cedex 20"),
    address=("MME.  MARTIN CLAIRE", "4 PLACE BELLECOUR", "69002 LYON"),
    tiers_payant=True,
    payments=(
        Payment(on("11/02/2025"), (
            Sheet(LEA, on("14/06/2015"), (Act(on("06/02/2025"), "PHARMACIE VIGNETTE BLANCHE", "PH7", 1820, 1820, 65, 1183),), reference="0690   2560637"),
            Sheet(CLAIRE, on("03/03/1988"), (Act(on("06/02/2025"), "PHARMACIE", "PH7", 2540, 2540, 65, 1651),), reference="0690   2566370"),
        )),
    ),
)  # fmt: skip

# G2's paper relevé, as the CPAM's sheet shows it: 16,10 + 6,90 - 1,00 - 0,50 - 1,50 = 20,00.
PAPER = Statement(
    kind="paper",
    insured="PATRICK",
    nir="1 81 09 75 XXX XXX XX",
    caisse=("CPAM de PARIS", "75948  PARIS Cedex 19"),
    address=("M.  PATRICK", "1 RUE DE L'EXEMPLE", "75019 PARIS"),
    period=(on("05/05/2014"), on("20/05/2014")),
    payments=(
        Payment(
            on("25/05/2014"),
            (
                Sheet("PATRICK", None, (
                    Act(on("01/04/2014"), "PARCOURS COORDONNE - MEDECIN TRAITANT /", "C+PC",
                        2300, 2300, 70, 1610, (PF,), complementary=(50, 690),
                        continuation="GENERALISTE Sect1"),
                ), reference="0751 091680003072", ref_after=True),
            ),
            deferred=(
                Deferred(on("16/12/2013"), "PHARMACIE", "PATRICK", on("30/09/1981"), "0902546376", 50),
                Deferred(on("18/12/2013"), "PHARMACIE", "PATRICK", on("30/09/1981"), "0902546377", 150),
            ),
        ),
    ),
)  # fmt: skip

# G3, as printed (the NIR's key made valid: G3's demo one is not): Isabelle Durand's mutuelle paying the 7,50 left after the 17,50 of G1, and a
# second group paid on another day. Total 52,90 € (G3's figure).
MUTUELLE = MutuelleStatement(
    member="45057149",
    issued=on("10/02/2019"),
    groups=(
        MutuelleGroup("DURAND ISABELLE", "2 65 04 39 019 332 62", (
            MutuelleAct(on("06/02/2019"), "Consultation médecine générale", 2500, 1750, 0, 0, 750),
        ), on("20/02/2019")),
        MutuelleGroup("DURAND ISABELLE", "2 65 04 39 019 332 62", (
            MutuelleAct(on("07/02/2019"), "Pharmacie", 3800, 2470, 1330, 0, 1330),
            MutuelleAct(on("08/02/2019"), "Consultation spécialiste", 6000, 2205, 945, 2310, 3210),
        ), on("22/02/2019")),
    ),
)  # fmt: skip

TABLE_ROWS = (
    ("Date", "Bénéficiaire", "Prestation", "Dépense", "Rbt SS", "Rbt Mutuelle"),
    ("04/03/2025", "LEBRUN Zoé", "Consultation spécialiste", "60,00", "20,30", "29,70"),
    ("11/03/2025", "LEBRUN Paul", "Orthodontie", "1 350,00", "193,50", "806,50"),
    ("18/03/2025", "LEBRUN Zoé", "Pharmacie", "12,40", "8,06", "4,34"),
)
# Headers no built-in profile knows: the user maps them (a saved profile reads the next one).
CUSTOM_TABLE_ROWS = (
    ("Quand", "Qui", "Quoi", "Combien", "Rendu", "Mutuelle"),
    ("04/03/2025", "LEBRUN Zoé", "Consultation", "60,00", "20,30", "29,70"),
    ("18/03/2025", "LEBRUN Zoé", "Pharmacie", "12,40", "8,06", "4,34"),
)

FILES: dict[str, Callable[[], bytes]] = {
    "ameli_paiement_2018-10-19.pdf": lambda: render(G1),
    "releve_2025-01.pdf": lambda: render(JANUARY),
    "releve_2025-02_famille.pdf": lambda: render(FAMILY),
    "ameli_tiers_payant_2025-02-11.pdf": lambda: render(FAMILY_PHARMACY),
    "releve_papier_2014-05.pdf": lambda: render(PAPER),
    "mutuelle_2019-02.pdf": lambda: render_mutuelle(MUTUELLE),
    "tableau_mutuelle_2025-03.pdf": lambda: render_table(TABLE_ROWS, title="Mes remboursements"),
    "tableau_inconnu_2025-03.pdf": lambda: render_table(CUSTOM_TABLE_ROWS),
    "not_a_releve.pdf": render_attestation,
}


def unbalanced() -> Statement:
    """January with the second payment's closing amount one cent off its rows."""
    payments = list(JANUARY.payments)
    payments[1] = replace(payments[1], total=payments[1].computed + 1)
    return replace(JANUARY, payments=tuple(payments))


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (DATA / name).write_bytes(make())
        print(f"wrote {(DATA / name).relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""Reading ameli's own "relevé mensuel de remboursements" PDF: bytes in, payments and acts out.

ameli.fr gives no CSV, only this PDF (one a month, in "Mes paiements"). It is a printed table, so
the text is read the way a person reads it: line by line, with each value's column decided by where
it stands under the column header (pypdf's layout extraction keeps the horizontal positions as
spaces). Nothing depends on fonts or on how the file was written, only on the wording and the order
of the columns; the layout and its sources are in ``tests/data/ameli_pdf/README.md``.

Every amount is checked the way ameli prints it: the acts of one payment, less what was withheld
(participation forfaitaire, franchises), make the payment's total. A file that does not add up is
refused rather than half-read, because a misread column would otherwise be stored silently.
Nothing but :class:`AmeliPdfError` (a :class:`UserError`) leaves this module, whatever the file.
"""

import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.money import format_cents

MAX_FILE_BYTES = 50 * 1024 * 1024  # a year of relevés of a large family is well under 5 MB
MAX_PAGES = 500  # ameli's relevé is one month: a few pages; more is not a relevé


# ----------------------------------------------------------------------------------- results
@dataclass(frozen=True)
class AmeliAct:
    """One act (one line of care) of a payment, money in cents.

    Attributes:
        page, line: where the act's first line is: 1-based page, and 1-based line within that
            page's extracted text (``AmeliStatement.line_text`` shows it).
        care_date: date des soins; payment_date: the date of the payment the act belongs to.
        beneficiary: the person cared for, as printed (without the "né(e) le" part).
        nature: nature de la prestation, as printed; a nature wrapped over lines is joined.
        paid_cents: montant payé (None when the column is empty, e.g. a deferred franchise).
        base_cents, rate_percent: base de remboursement and taux (None when not printed).
        reimbursed_cents: montant versé, as printed on the act's line: what the Assurance
            Maladie paid for the act *before* the deductions below (0 for a deferred deduction).
        deductions_cents: participation forfaitaire and franchises withheld for this act, summed
            and positive; None when none is printed. ``net_cents`` is what reached the payee.
        sent_to_complementary: the act carries the "transmis à votre organisme complémentaire"
            mention (the complementary insurer was sent the act, NOEMIE).
        reference: the act's file reference ("Réf. ..."), "" when none is printed.
        third_party: paid to a professional (tiers payant), not to the insured's account.
    """

    page: int
    line: int
    care_date: date
    payment_date: date
    beneficiary: str
    nature: str
    paid_cents: int | None
    base_cents: int | None
    rate_percent: int | None
    reimbursed_cents: int
    deductions_cents: int | None
    sent_to_complementary: bool
    reference: str = ""
    third_party: bool = False

    @property
    def net_cents(self) -> int:
        """What this act adds to its payment: montant versé less what was withheld."""
        return self.reimbursed_cents - (self.deductions_cents or 0)


@dataclass(frozen=True)
class AmeliPayment:
    """One payment (one virement) and the acts it pays; ``total_cents`` is the amount printed.

    Attributes:
        paid_to: the masked account ("FR76 XXXX ... X42") or, for tiers payant, the professional
            paid, as printed; "" when the relevé does not say.
        third_party: a tiers-payant payment to a professional: no transfer reaches the insured.
        page, line: where the payment's heading is.
    """

    payment_date: date
    total_cents: int
    acts: tuple[AmeliAct, ...]
    paid_to: str = ""
    third_party: bool = False
    page: int = 0
    line: int = 0


@dataclass(frozen=True)
class AmeliStatement:
    """What one relevé says.

    Attributes:
        insured: the insured's name as printed ("" when it is not found).
        nir: the insured's social security number as printed, spaces removed ("" if absent).
        caisse: the caisse that pays ("Caisse primaire d'assurance maladie de Paris"), or "".
        period_start, period_end: the period the relevé covers, when it says.
        total_cents: the relevé's own total of its payments, when it prints one (checked).
        text_lines: every line of every page as extracted, ``(page, text)`` in order, so that
            the n-th entry of a page is its line n (what ``AmeliAct.line`` counts).
    """

    file_name: str
    insured: str
    period_start: date | None
    period_end: date | None
    payments: tuple[AmeliPayment, ...]
    pages: int
    text_lines: tuple[tuple[int, str], ...]
    nir: str = ""
    caisse: str = ""
    total_cents: int | None = None

    @property
    def acts(self) -> list[AmeliAct]:
        """Every act of every payment, in the order of the relevé."""
        return [act for payment in self.payments for act in payment.acts]

    def line_text(self, page: int, line: int) -> str:
        """The extracted text of ``line`` of ``page`` (both 1-based), "" when out of range."""
        lines = [text for p, text in self.text_lines if p == page]
        return lines[line - 1] if 0 < line <= len(lines) else ""


# ------------------------------------------------------------------------------------ errors
class AmeliPdfError(UserError):
    """The file cannot be read as an ameli relevé; the message says what and where."""


class NotAPdfError(AmeliPdfError):
    """Not a PDF at all, or a PDF too damaged to open."""


class EncryptedPdfError(AmeliPdfError):
    """A PDF that needs a password to be read."""


class NotAReleveError(AmeliPdfError):
    """A readable PDF that is some other document (an attestation, a bank statement...)."""


class ScannedPageError(AmeliPdfError):
    """A page with no text: a scan or a photo, which this reader does not try to OCR."""


class UnreadableLineError(AmeliPdfError):
    """A line of the table that looks like an act but cannot be read."""


class UnbalancedPaymentError(AmeliPdfError):
    """Amounts that do not add up: a payment and its acts, or the relevé and its payments."""


# --------------------------------------------------------------------------- values as printed
_SPACES = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces: French typography
_SPACE_CLASS = f"[ {_SPACES}]"
# 1 234,56 / 1 234,56 € / -2,00 / - 2,00 / −2,00 / 20,00 euros. Thousands take one space of any
# kind; the decimals are always two (ameli prints cents).
_AMOUNT = re.compile(
    rf"(?<![\d,.])(?P<sign>[-−–]{_SPACE_CLASS}?)?"
    rf"(?P<whole>\d{{1,3}}(?:{_SPACE_CLASS}\d{{3}})+|\d+),(?P<cents>\d\d)"
    rf"(?:{_SPACE_CLASS}?(?:€|euros?\b))?(?![\d,])"
)
_RATE = re.compile(rf"(?<![\d,.])(?P<rate>\d{{1,3}}){_SPACE_CLASS}?%")
# 07/01/2025, 07/01/25, 07.01.2025 and, on old paper relevés, "07 01 25".
_DATE = re.compile(
    rf"(?<!\d)(?P<day>\d\d)(?P<sep>[/.]|{_SPACE_CLASS})(?P<month>\d\d)(?P=sep)"
    rf"(?P<year>\d{{4}}|\d\d)(?![\d,/.])"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "janvier",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "decembre",
        ),
        start=1,
    )
}


def _key(text: str) -> str:
    """Lower case without accents, *same length* as ``text``: positions found in the key are
    positions in the text, so that what is printed can be cut out exactly as printed."""
    out = []
    for char in text:
        if char in _SPACES:
            out.append(" ")
            continue
        base = unicodedata.normalize("NFKD", char)[:1] or char
        lower = base.lower()
        out.append(lower if len(lower) == 1 else base)
    return "".join(out)


def _spaced(text: str) -> str:
    """Runs of spaces of any kind made one plain space, ends trimmed."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def parse_amount(text: str) -> int:
    """Cents from an amount as the relevé prints it: ``1 234,56 €``, ``0,50``, ``- 2,00``.

    Raises:
        ValueError: anything else (the caller turns it into a message with the line).
    """
    match = _AMOUNT.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    whole = re.sub(_SPACE_CLASS, "", match["whole"])
    cents = int(whole) * 100 + int(match["cents"])
    return -cents if match["sign"] else cents


def parse_rate(text: str) -> int:
    """Percent from a rate as printed: ``70 %``, ``70%``, ``100 %`` (0 to 100).

    Raises:
        ValueError: not a rate, or above 100.
    """
    match = _RATE.fullmatch(text.strip())
    if match is None or int(match["rate"]) > 100:
        raise ValueError(text)
    return int(match["rate"])


def parse_date(text: str) -> date:
    """A date as printed: ``07/01/2025``, ``07/01/25``, ``07.01.2025``, ``07 01 25``.

    Two-digit years are 20xx: the relevé exists since the 2000s.

    Raises:
        ValueError: not in one of these forms, or not a real day (31/02/2025).
    """
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    year = int(match["year"])
    return date(year + 2000 if year < 100 else year, int(match["month"]), int(match["day"]))


# ------------------------------------------------------------------------------ opening a PDF
def _extract_pages(data: bytes, file_name: str) -> list[list[str]]:
    """Each page's text laid out as printed, split into lines.

    pypdf is imported here, not at module level: the app starts without it (DESIGN.md 9).
    """
    if len(data) > MAX_FILE_BYTES:
        raise NotAPdfError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{file}” is {size} MB: an ameli relevé is expected below {limit} MB."
            ),
            field="file",
            file=file_name,
            size=str(len(data) // (1024 * 1024)),
            limit=str(MAX_FILE_BYTES // (1024 * 1024)),
        )
    if b"%PDF-" not in data[:1024]:
        raise NotAPdfError(
            QT_TRANSLATE_NOOP("Errors", "“{file}” is not a PDF file."), field="file", file=file_name
        )
    try:
        from pypdf import PasswordType, PdfReader
        from pypdf.errors import DependencyError

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are encrypted only against editing, with an empty password to read.
            try:
                opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except DependencyError:
                opened = False
            if not opened:
                raise EncryptedPdfError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}” is protected by a password: download the relevé again from"
                        " ameli.fr, or save it without a password from a PDF viewer, and import"
                        " that file.",
                    ),
                    field="file",
                    file=file_name,
                )
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise NotAReleveError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}” is a PDF but not an ameli monthly statement (relevé mensuel): it has"
                    " {pages} pages, and a relevé has a few.",
                ),
                field="file",
                file=file_name,
                pages=str(count),
            )
        return [page.extract_text(extraction_mode="layout").split("\n") for page in reader.pages]
    except AmeliPdfError:
        raise
    except Exception as error:
        # pypdf raises anything on a damaged file: PdfReadError, but also KeyError, ValueError,
        # struct.error, RecursionError... A user only needs to know that it is damaged.
        raise NotAPdfError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{file}” is a damaged PDF that cannot be read ({detail})."
            ),
            field="file",
            file=file_name,
            detail=f"{type(error).__name__}: {error}"[:200],
        ) from None


# ------------------------------------------------------------------------------ the table
class _Column(Enum):
    NATURE = "nature"
    PAID = "paid"
    BASE = "base"
    RATE = "rate"
    REIMBURSED = "reimbursed"
    OTHER = "other"


_MONEY_COLUMNS = (_Column.PAID, _Column.BASE, _Column.REIMBURSED)
_FIGURE_COLUMNS = (*_MONEY_COLUMNS, _Column.RATE)
# Words of a column header's second line ("Date des / soins", "Montant / payé").
_HEADER_WORDS = frozenset(
    (
        *("soins", "des", "de", "la", "du", "le", "paye", "verse", "rembourse"),
        *("remboursement", "remboursements", "prestation", "prestations", "base", "montant"),
        *("montants", "depense", "taux", "nature", "date", "dates"),
    )
)
_Figure = tuple[int, int, bool, int]  # start, end, is a rate, value (cents or percent)
_CELL = re.compile(r"\S+(?: \S+)*")  # text runs separated by two spaces or more


@dataclass(frozen=True)
class _Span:
    start: int
    end: int

    def overlap(self, start: int, end: int) -> int:
        return min(self.end, end) - max(self.start, start)

    def distance(self, start: int, end: int) -> int:
        return max(self.start - end, start - self.end, 0)


@dataclass(frozen=True)
class _Columns:
    """Where each column of the table stands, in characters of the laid-out text."""

    spans: dict[_Column, _Span]

    @property
    def nature_start(self) -> int:
        return self.spans[_Column.NATURE].start

    @property
    def numbers_start(self) -> int:
        """Where the figures begin: left of this, text belongs to the date or the nature."""
        starts = [s.start for c, s in self.spans.items() if c is not _Column.NATURE]
        return min(starts) - 1

    def column_of(self, start: int, end: int) -> _Column:
        """The figures' column that a value printed at [start, end) stands under: the one it
        overlaps most, else the nearest."""
        candidates = [(c, s) for c, s in self.spans.items() if c in _FIGURE_COLUMNS]
        best = max(candidates, key=lambda cs: cs[1].overlap(start, end))
        if best[1].overlap(start, end) > 0:
            return best[0]
        return min(candidates, key=lambda cs: cs[1].distance(start, end))[0]


def _cells(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line.replace("\t", " "))]


def _header_columns(first: str, second: str | None) -> _Columns | None:
    """The columns named by a header line (and its second line, when labels are on two lines).

    None when the line is not the table's header: it must name the nature, the rate and at
    least one amount column.
    """
    cells = _cells(_key(first))
    if second is not None:
        # Each second-line word belongs to the first-line label above it.
        for start, end, text in _cells(_key(second)):
            above = [i for i, (s, e, _) in enumerate(cells) if min(e, end) - max(s, start) > 0]
            if not above:
                above = [min(range(len(cells)), key=lambda i: abs(cells[i][0] - start))]
            s, e, t = cells[above[0]]
            cells[above[0]] = (min(s, start), max(e, end), f"{t} {text}")
    roles: list[tuple[_Column | None, _Span]] = []
    for start, end, text in cells:
        words = set(re.findall(r"[a-z]+", text))
        role: _Column | None
        if "taux" in words:
            role = _Column.RATE
        elif "base" in words:
            role = _Column.BASE
        elif words & {"nature", "prestation", "prestations", "libelle", "acte", "actes"}:
            role = _Column.NATURE
        elif words & {"paye", "depense", "depenses"}:
            role = _Column.PAID
        elif words & {"verse", "rembourse", "remboursement"}:
            role = _Column.REIMBURSED
        elif "montant" in words:
            role = None  # "Montant" alone: payé or versé, by where it stands (below)
        else:
            role = _Column.OTHER
        roles.append((role, _Span(start, end)))
    named = {role for role, _ in roles}
    if not {_Column.NATURE, _Column.RATE} <= named:
        return None
    rate_at = next(span.start for role, span in roles if role is _Column.RATE)
    spans: dict[_Column, _Span] = {}
    for named_role, span in roles:
        role = named_role or (_Column.PAID if span.start < rate_at else _Column.REIMBURSED)
        if role is _Column.OTHER or role in spans:
            continue
        spans[role] = span
    if _Column.REIMBURSED not in spans:
        return None
    return _Columns(spans)


# ------------------------------------------------------------------------------ reading lines
class _Kind(Enum):
    BLANK = "blank"
    TEXT = "text"
    HEADER = "header"
    ACT = "act"
    CONTINUATION = "continuation"
    DETAIL = "detail"  # a deduction, the complementary mention or a reference under an act


@dataclass
class _ActDraft:
    page: int
    line: int
    care_date: date
    beneficiary: str
    nature: str
    paid: int | None
    base: int | None
    rate: int | None
    reimbursed: int
    deductions: int | None = None
    complementary: bool = False
    reference: str = ""


@dataclass
class _PaymentDraft:
    page: int
    line: int
    payment_date: date
    total: int
    paid_to: str = ""
    third_party: bool = False
    beneficiary: str = ""
    acts: list[_ActDraft] = field(default_factory=list)


_PAYMENT = re.compile(
    r"^\s*paiement(?: effectue)? (?:le|du) (?P<date>\S+)"
    r"(?: pour un montant de (?P<amount>.+?))?(?P<suite> ?\(suite\))?\s*:?\s*$"
)
# "Virement sur votre compte : FR76 XXXX ..." / "Versé à : PHARMACIE DES ÉCOLES (tiers payant)".
_PAID_TO = re.compile(r"^\s*(?:virement|verse|vire|paye|regle)\b(?P<how>[^:]*):\s*(?P<rest>.+)$")
# "Bénéficiaire : Zoé LEBRUN", or the old paper form "pour PATRICK né(e) le 01/02/03". "né le"
# needs a date (or the masked "xx") after it: "Renée LE GALL" is a name, not a birth date.
_BORN_AT = r"\bnee?(?:\(e\))? le (?:\d|xx)"
_BENEFICIARY = re.compile(
    rf"^\s*(?:beneficiaire\s*:\s*(?P<name>.+?)|pour (?P<born_name>.+?),? {_BORN_AT}.*?)\s*$"
)
_BORN = re.compile(rf",?\s*\(?\s*{_BORN_AT}.*$")
_SUITE = re.compile(r"\s*\(suite\)\s*$")
_DEDUCTION = re.compile(r"^(?:participations? forfaitaires?|franchises?)\b")
_COMPLEMENTARY = re.compile(r"\btransmis(?:e|es)?\b.*\bcomplementaire\b")
_REFERENCE = re.compile(r"^\s*ref(?:erence)?\.?\s*:?\s*(?P<ref>\d[\da-z ]*?)\s*$")
_GRAND_TOTAL = re.compile(r"^\s*total\b.*\b(?:periode|releve|mois|paiements)\b")
_DAY = r"\d\d[/.]\d\d[/.](?:\d{4}|\d\d)|\d\d \d\d (?:\d{4}|\d\d)"
_PERIOD = re.compile(rf"periode du (?P<start>{_DAY}) au (?P<end>{_DAY})(?!\d)")
_MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r") (?P<year>\d{4})\b")
_INSURED = re.compile(r"^\s*assure(?:\(e\)|e)?\s*:\s*(?P<name>.+?)\s*$")
_NIR = re.compile(r"(?:securite sociale|\bnir\b)[^:]*:\s*(?P<nir>[\dab][\dab ]{11,24}\d)")
_CAISSE = re.compile(r"^\s*(?P<name>caisse (?:primaire|generale|commune)\b.*?)\s*$")


class _Reader:
    """The state of reading one relevé, line after line."""

    def __init__(self, file_name: str, pages: Sequence[Sequence[str]]) -> None:
        self.file_name = file_name
        self.pages = pages
        self.payments: list[_PaymentDraft] = []
        self.payment: _PaymentDraft | None = None
        self.act: _ActDraft | None = None
        self.columns: _Columns | None = None
        self.previous = _Kind.BLANK
        self.total: int | None = None
        self.page = 0
        self.line = 0
        self.text = ""

    def fail(self, template: str, **params: Any) -> UnreadableLineError:
        """A message about the current line; every template starts with file, page and line."""
        return UnreadableLineError(
            template,
            file=self.file_name,
            page=str(self.page),
            line=str(self.line),
            text=_spaced(self.text),
            **params,
        )

    # --------------------------------------------------------------------------------- walk
    def read(self) -> None:
        for page_number, lines in enumerate(self.pages, start=1):
            self.page = page_number
            self.previous = _Kind.BLANK
            for index, text in enumerate(lines):
                self.line, self.text = index + 1, text
                following = lines[index + 1] if index + 1 < len(lines) else None
                self.previous = self.read_line(text, following)
        self.close_payment()

    def read_line(self, text: str, following: str | None) -> _Kind:
        """Read one line (the next one helps to read a column header on two lines)."""
        if not text.strip():
            return _Kind.BLANK
        key = _key(text)
        if (payment := _PAYMENT.match(key)) is not None:
            self.start_payment(payment)
            return _Kind.TEXT
        if _GRAND_TOTAL.match(key) and (amounts := list(_AMOUNT.finditer(text))):
            self.close_payment()
            self.total = self.amount(amounts[-1].group())
            return _Kind.TEXT
        if "nature" in key and "taux" in key:
            second = following if following is not None and _is_header_tail(following) else None
            columns = _header_columns(text, second)
            if columns is not None:
                self.columns = columns
                return _Kind.HEADER
        if self.payment is None:
            return _Kind.TEXT  # the relevé's heading, notes and footers
        return self.read_payment_line(text, key, self.payment)

    def read_payment_line(self, text: str, key: str, payment: "_PaymentDraft") -> _Kind:
        if (paid_to := _PAID_TO.match(key)) is not None and not payment.acts:
            how = paid_to["how"]
            payment.third_party = "tiers payant" in key or re.search(r"\ba\s*$", how) is not None
            rest = text[paid_to.start("rest") : paid_to.end("rest")]
            payment.paid_to = _spaced(re.sub(r"\(\s*tiers payant\s*\)", "", rest, flags=re.I))
            return _Kind.TEXT
        if (beneficiary := _BENEFICIARY.match(key)) is not None:
            group = "name" if beneficiary["name"] is not None else "born_name"
            name = text[beneficiary.start(group) : beneficiary.end(group)]
            name = name[: len(_BORN.sub("", _SUITE.sub("", _key(name))))]
            payment.beneficiary = _spaced(name)
            self.act = None
            return _Kind.TEXT
        columns = self.columns
        lead = len(text) - len(text.lstrip())
        starts_with_date = _DATE.match(text, lead) is not None
        if columns is None:
            if starts_with_date:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” comes before the table's"
                        " column header (Date des soins, Nature, ... Taux, Montant versé).",
                    )
                )
            return _Kind.TEXT
        if starts_with_date and lead < columns.nature_start:
            self.read_act(text, lead, columns, payment)
            return _Kind.ACT
        found, begin = _figures_in(text, columns, lead)
        if found and _DEDUCTION.match(_key(text[:begin]).strip()):
            self.read_deduction(self.figures(text, columns, lead))
            return _Kind.DETAIL
        if _COMPLEMENTARY.search(key):
            if self.act is not None:
                self.act.complementary = True
            return _Kind.DETAIL
        if (reference := _REFERENCE.match(key)) is not None and self.act is not None:
            self.act.reference = _spaced(text[reference.start("ref") : reference.end("ref")])
            return _Kind.DETAIL
        if (
            self.previous in (_Kind.ACT, _Kind.CONTINUATION)
            and self.act is not None
            and not found
            and lead >= columns.nature_start - 1
        ):
            self.act.nature = _spaced(f"{self.act.nature} {text}")
            return _Kind.CONTINUATION
        if found:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” has amounts but is neither an"
                    " act (it does not start with the date of care) nor a participation"
                    " forfaitaire or franchise.",
                )
            )
        return _Kind.TEXT

    # ------------------------------------------------------------------------------ payments
    def start_payment(self, match: re.Match[str]) -> None:
        when = self.date(self.text[match.start("date") : match.end("date")])
        if match["suite"]:
            if self.payment is None or self.payment.payment_date != when:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” continues a payment that"
                        " the previous page does not show.",
                    )
                )
            return
        if match["amount"] is None:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” gives no amount for the payment.",
                )
            )
        self.close_payment()
        amount_text = self.text[match.start("amount") : match.end("amount")]
        self.payment = _PaymentDraft(self.page, self.line, when, self.amount(amount_text))

    def close_payment(self) -> None:
        payment, self.payment, self.act = self.payment, None, None
        if payment is None:
            return
        params = {
            "file": self.file_name,
            "page": str(payment.page),
            "date": payment.payment_date.strftime("%d/%m/%Y"),
            "total": format_cents(payment.total),
        }
        if not payment.acts:
            raise UnbalancedPaymentError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{file}”, page {page}: the payment of {date} ({total}) lists no act."
                ),
                **params,
            )
        acts_sum = sum(a.reimbursed - (a.deductions or 0) for a in payment.acts)
        if acts_sum != payment.total:
            raise UnbalancedPaymentError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}: the payment of {date} is {total}, but its acts less"
                    " the deductions add up to {acts}: a column was misread or the file is"
                    " incomplete.",
                ),
                acts=format_cents(acts_sum),
                **params,
            )
        self.payments.append(payment)

    # ---------------------------------------------------------------------------------- acts
    def read_act(self, text: str, lead: int, columns: _Columns, payment: "_PaymentDraft") -> None:
        date_match = _DATE.match(text, lead)
        assert date_match is not None
        care_date = self.date(date_match.group())
        if not payment.beneficiary:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” has no “Bénéficiaire” line"
                    " above it to say whose care it is.",
                )
            )
        values = self.figures(text, columns, date_match.end())
        _, begin = _figures_in(text, columns, date_match.end())
        if _Column.REIMBURSED not in values:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” has no amount in the “Montant"
                    " versé” column.",
                )
            )
        nature = _spaced(text[date_match.end() : begin])
        reimbursed = values[_Column.REIMBURSED]
        draft = _ActDraft(
            page=self.page,
            line=self.line,
            care_date=care_date,
            beneficiary=payment.beneficiary,
            nature=nature,
            paid=values.get(_Column.PAID),
            base=values.get(_Column.BASE),
            rate=values.get(_Column.RATE),
            reimbursed=reimbursed,
        )
        if _DEDUCTION.match(_key(nature)) and values.keys() == {_Column.REIMBURSED}:
            # A franchise withheld later ("prélevée de manière différée") for care paid through
            # tiers payant: the relevé lists it like an act, with only the amount withheld.
            draft.reimbursed, draft.deductions = 0, abs(reimbursed)
        payment.acts.append(draft)
        self.act = draft

    def read_deduction(self, values: dict[_Column, int]) -> None:
        if self.act is None:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” withholds an amount but no act"
                    " comes before it.",
                )
            )
        amounts = [v for c, v in values.items() if c in _MONEY_COLUMNS]
        if len(amounts) != 1 or _Column.RATE in values:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” should show one amount withheld.",
                )
            )
        self.act.deductions = (self.act.deductions or 0) + abs(amounts[0])

    def figures(self, text: str, columns: _Columns, after: int) -> dict[_Column, int]:
        """The amounts and the rate of an act or deduction line, each under its column.

        Everything in the figures' columns must be read: a stray character there is a misread
        value, never something to skip.
        """
        found, begin = _figures_in(text, columns, after)
        taken = [False] * len(text)
        for start, end, _, _ in found:
            taken[start:end] = [True] * (end - start)
        leftover = "".join(" " if t else c for c, t in zip(text, taken, strict=True))[begin:]
        if leftover.split():
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}”"
                    " stands in the amount columns but is not an amount or a rate.",
                ),
                value=leftover.split()[0],
            )
        values: dict[_Column, int] = {}
        for start, end, is_rate, value in sorted(found):
            column = columns.column_of(start, end)
            if (column is _Column.RATE) != is_rate or column in values:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}”"
                        " does not stand under a column that takes it.",
                    ),
                    value=_spaced(text[start:end]),
                )
            if is_rate and value > 100:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” cannot be read: a rate of"
                        " {value} % is above 100 %.",
                    ),
                    value=str(value),
                )
            values[column] = value
        return values

    # -------------------------------------------------------------------------------- values
    def amount(self, text: str) -> int:
        try:
            return parse_amount(text)
        except ValueError:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” is"
                    " not an amount.",
                ),
                value=_spaced(text),
            ) from None

    def date(self, text: str) -> date:
        try:
            return parse_date(text)
        except ValueError:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” is"
                    " not a date.",
                ),
                value=_spaced(text),
            ) from None


def _figures_in(text: str, columns: _Columns, after: int) -> tuple[list[_Figure], int]:
    """The amounts and rates of a line that reach into the figures' columns, and where the
    figures begin (the nature ends there).

    Figures are aligned on the right, so a wide amount may start a little left of its column's
    header, while a number inside a nature ("remboursés à 65 %") stands well left of them all.
    """
    boundary = columns.numbers_start
    found: list[_Figure] = []
    for match in _AMOUNT.finditer(text, after):
        if match.end() > boundary + 1:
            found.append((match.start(), match.end(), False, parse_amount(match.group())))
    for match in _RATE.finditer(text, after):
        inside = any(s < match.end() and match.start() < e for s, e, _, _ in found)
        if match.end() > boundary + 1 and not inside:
            found.append((match.start(), match.end(), True, int(match["rate"])))
    begin = max(min([boundary, *(start for start, _, _, _ in found)]), after)
    return sorted(found), begin


def _is_header_tail(line: str) -> bool:
    """A column header's second line: only header words ("soins", "payé", "versé"...)."""
    words = re.findall(r"[a-z]+", _key(line))
    return bool(words) and all(w in _HEADER_WORDS for w in words) and not _DATE.search(line)


# ------------------------------------------------------------------------------ the heading
def _period(text: str) -> tuple[date | None, date | None]:
    """The period: "période du 01/01/2025 au 31/01/2025", else the month named in the title."""
    if (match := _PERIOD.search(text)) is not None:
        try:
            return parse_date(match["start"]), parse_date(match["end"])
        except ValueError:
            pass
    if (match := _MONTH_YEAR.search(text)) is not None:
        year, month = int(match["year"]), _MONTHS[match["month"]]
        following = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(following.toordinal() - 1)
    return None, None


def _heading(lines: Sequence[str]) -> tuple[str, str, str]:
    """Insured, NIR and caisse, from the first page."""
    insured = nir = caisse = ""
    for line in lines:
        key = _key(line)
        for cell_start, _end, cell in _cells(key):
            original = line[cell_start : cell_start + len(cell)]
            if not insured and (m := _INSURED.match(cell)) is not None:
                insured = _spaced(original[m.start("name") : m.end("name")])
            if not nir and (m := _NIR.search(cell)) is not None:
                nir = re.sub(r"\s", "", original[m.start("nir") : m.end("nir")]).upper()
            if not caisse and (m := _CAISSE.match(cell)) is not None:
                caisse = _spaced(original[m.start("name") : m.end("name")])
    return insured, nir, caisse


def _is_releve(first_page: str) -> bool:
    """ameli's relevé names the Assurance Maladie and calls itself a relevé of remboursements."""
    key = " ".join(_key(first_page).split())
    return (
        "assurance maladie" in key and re.search(r"\breleve\b.{0,60}\brembourse", key) is not None
    )


# ------------------------------------------------------------------------------ entry point
def read_ameli_pdf(data: bytes, *, file_name: str = "") -> AmeliStatement:
    """Read an ameli "relevé mensuel de remboursements" PDF.

    Raises:
        AmeliPdfError: not a PDF, damaged, password-protected, some other PDF, a scanned page, a
            line of the table that cannot be read, or amounts that do not add up. Nothing else.
    """
    return read_ameli_text(_extract_pages(data, file_name), file_name=file_name)


def read_ameli_text(pages: Sequence[Sequence[str]], *, file_name: str = "") -> AmeliStatement:
    """Read a relevé from its pages' text as laid out (columns kept as runs of spaces).

    The second half of :func:`read_ameli_pdf`, for text that was extracted already.

    Raises:
        AmeliPdfError: as :func:`read_ameli_pdf`, except for what is about the PDF itself.
    """
    if not pages:
        pages = [[]]
    for number, lines in enumerate(pages, start=1):
        if not any(line.strip() for line in lines):
            raise ScannedPageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Page {page} of “{file}” has no text to read: it is probably a scan or a"
                    " photo; import the PDF downloaded from ameli.fr instead.",
                ),
                field="file",
                file=file_name,
                page=str(number),
            )
        if number == 1 and not _is_releve("\n".join(lines)):
            raise NotAReleveError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}” is a PDF but not an ameli monthly statement (relevé mensuel): its"
                    " first page does not say “Assurance Maladie” and “relevé … de"
                    " remboursements”.",
                ),
                field="file",
                file=file_name,
            )
    reader = _Reader(file_name, pages)
    reader.read()
    if not reader.payments:
        raise NotAReleveError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is a PDF but not an ameli monthly statement (relevé mensuel): it lists"
                " no payment (no “Paiement effectué le …” line).",
            ),
            field="file",
            file=file_name,
        )
    payments = tuple(_payment(p) for p in reader.payments)
    paid_sum = sum(p.total_cents for p in payments)
    if reader.total is not None and reader.total != paid_sum:
        raise UnbalancedPaymentError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}”: the relevé's total is {total}, but its payments add up to {payments}.",
            ),
            file=file_name,
            total=format_cents(reader.total),
            payments=format_cents(paid_sum),
        )
    first_page = "\n".join(pages[0])
    insured, nir, caisse = _heading(pages[0])
    start, end = _period(" ".join(_key(first_page).split()))
    return AmeliStatement(
        file_name=file_name,
        insured=insured,
        period_start=start,
        period_end=end,
        payments=payments,
        pages=len(pages),
        text_lines=tuple(_numbered(pages)),
        nir=nir,
        caisse=caisse,
        total_cents=reader.total,
    )


def _numbered(pages: Sequence[Sequence[str]]) -> Iterator[tuple[int, str]]:
    for number, lines in enumerate(pages, start=1):
        for line in lines:
            yield number, line.rstrip()


def _payment(draft: _PaymentDraft) -> AmeliPayment:
    acts = tuple(
        AmeliAct(
            page=a.page,
            line=a.line,
            care_date=a.care_date,
            payment_date=draft.payment_date,
            beneficiary=a.beneficiary,
            nature=a.nature,
            paid_cents=a.paid,
            base_cents=a.base,
            rate_percent=a.rate,
            reimbursed_cents=a.reimbursed,
            deductions_cents=a.deductions,
            sent_to_complementary=a.complementary,
            reference=a.reference,
            third_party=draft.third_party,
        )
        for a in draft.acts
    )
    return AmeliPayment(
        payment_date=draft.payment_date,
        total_cents=draft.total,
        acts=acts,
        paid_to=draft.paid_to,
        third_party=draft.third_party,
        page=draft.page,
        line=draft.line,
    )

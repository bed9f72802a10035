"""ameli's own statements as ameli prints them: the per-payment "détail des versements", the
monthly relevé and the older paper relevé (PDF). Pages in, payments and their rows out.

Every layout fact below comes from ``shared/ameli-documents.md``, whose sources are:
G1, a genuine ameli per-payment PDF (HIGH); G2, the CPAM's annotated paper relevé (HIGH wording,
MEDIUM geometry); G4, the ameli connectors (LOW: the kinds of payment). The monthly relevé is
MEDIUM (G1 + G2): the same blocks as G1, a period in the intro, one closing line per payment.

What the reader relies on, in the order a page prints it (G1 unless said):
- no heading per payment: a payment is the rows *closed* by ``le 19/02/2019 : 17,50 euro(s)``
  (G2's paper form: ``réglé le 25 05 14 : 20,00 euros``); each payment's rows must add up to it;
- labels without colons: ``assuré social  NAME``, ``nº de Sécurité Sociale  2 65 …``, the caisse
  ``CPAM des YVELINES`` (or ``CGSS``, ``Caisse …``);
- the intro ``Voici le détail des versements vous concernant pour un paiement du D`` (per payment)
  or ``… pour la période du D au D`` (monthly, MEDIUM; paper with ``05 05 14`` dates, G2);
- one transmission sentence for the whole document naming the complementary insurer, cut at
  about 25 characters, with a space before its period; absent without a linked insurer;
- a column header on two lines, either on top (G1 prints the short one on top), read from the
  words' positions: each figure belongs to the header label standing nearest above it. The older
  paper relevé adds the complementary insurer's own ``taux`` and ``montant`` (G2);
- ``pour ISABELLE né(e) le 12/03/1965`` opens a beneficiary's block (first name only, upper case,
  and the date of birth, the strongest key to a household member; G2 masks it ``xx xx xx``);
- ``réf  0351   1829220000622`` before its acts (G1), ``ref …`` after the act on paper (G2);
- act rows ``13/10/2018  C GENERALISTE  Sect1  ( G )  25,00  25,00  70 %  17,50`` (no €, comma
  decimals), the ``participation forfaitaire (PFH)  - 1,00`` row under its act (G2);
- after ``A noter : Pour les prestations figurant ci-après …``, deferred participations and
  franchises, the person named *in the row* (G2);
- ``INDEMNITES JOURNALIERES … du D au D`` rows: daily allowances (G4, LOW: read tolerantly, by
  the kind of each figure: a whole number of days, the daily amount, the amount paid);
- tiers payant (G4, LOW, no wording is quoted by any source): a payment whose block, or a
  document whose intro, says "tiers payant" was paid to a professional.
A payment may cross a page; the header may or may not be repeated under ``Page 2/2`` (LOW: both
are read). Amounts of 1 000 € and more are read with no separator, a space or a no-break space.

A document is read whole or not at all: anything that looks like a row but cannot be placed, or
a payment that does not add up, refuses the file with its page and line.
"""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.money import format_cents
from ameli_desktop.domain.statements import DocumentKind, LineKind
from ameli_desktop.importers import printed
from ameli_desktop.importers.decoding import file_sha256
from ameli_desktop.importers.fields import Field
from ameli_desktop.importers.payers import Insurer
from ameli_desktop.importers.pdf_text import Page, TextLine, pdf_pages
from ameli_desktop.importers.printed import Token
from ameli_desktop.importers.profiles import Profile, ProfileKind
from ameli_desktop.importers.results import (
    Column,
    DailyAllowance,
    ParsedStatement,
    StatementLayout,
    StatementPayment,
    line_columns,
)

AMELI_PDF_PROFILE = Profile(name="ameli-pdf", kind=ProfileKind.STATEMENT, builtin=True)
PDF_ENCODING = "pdf"  # what the layout and the import batch say a PDF was read as


# ------------------------------------------------------------------------------------ errors
class AmeliPdfError(UserError):
    """The file cannot be read as an ameli statement; the message says what and where."""


class NotAStatementError(AmeliPdfError):
    """A readable PDF that is some other document (an attestation...): names what is missing."""


class UnreadableLineError(AmeliPdfError):
    """A line that looks like a row but cannot be read."""


class UnbalancedPaymentError(AmeliPdfError):
    """A payment whose rows do not add up to its closing amount."""


# ----------------------------------------------------------------------------------- results
class RowKind(Enum):
    CARE = "care"
    WITHHELD = "withheld"  # deferred participation / franchise (after "A noter", G2)
    DAILY_ALLOWANCE = "daily_allowance"


@dataclass
class AmeliRow:
    """One row of a payment, money in cents, as printed.

    Attributes:
        reimbursed_cents: montant versé as printed (before the participations under it); for a
            deferred row, the amount withheld, negative as printed.
        deductions_cents: participations forfaitaires / franchises printed under the act.
        complementary_rate, complementary_cents: the paper relevé's complementary columns (G2).
        sent_to_complementary: the document's transmission sentence (one for all its acts, G1).
    """

    kind: RowKind
    page: int
    line: int
    care_date: date
    beneficiary: str
    born: date | None
    nature: str
    paid_cents: int | None = None
    base_cents: int | None = None
    rate_percent: int | None = None
    reimbursed_cents: int = 0
    deductions_cents: int | None = None
    complementary_rate: int | None = None
    complementary_cents: int | None = None
    reference: str = ""
    period_start: date | None = None
    period_end: date | None = None
    days: int | None = None
    daily_cents: int | None = None
    sent_to_complementary: bool = False
    third_party: bool = False

    @property
    def net_cents(self) -> int:
        """What the row adds to its payment."""
        if self.kind is RowKind.WITHHELD:
            return -abs(self.reimbursed_cents)
        return (
            self.reimbursed_cents - (self.deductions_cents or 0) + (self.complementary_cents or 0)
        )


@dataclass
class AmeliPayment:
    paid_on: date
    cents: int
    page: int
    line: int
    rows: list[AmeliRow]
    third_party: bool = False


@dataclass
class AmeliStatement:
    """What one ameli document says."""

    file_name: str
    kind: DocumentKind
    insured: str
    nir: str
    caisse: str
    period_start: date | None
    period_end: date | None
    complementary_insurer: str | None
    payments: list[AmeliPayment]
    pages: int
    lines: list[TextLine]

    @property
    def rows(self) -> list[AmeliRow]:
        return [row for payment in self.payments for row in payment.rows]

    def line_text(self, page: int, line: int) -> str:
        return next((t.text for t in self.lines if (t.page, t.number) == (page, line)), "")


# ------------------------------------------------------------------------------- wording
def _key(text: str) -> str:
    """Lower case, no accents, single spaces, hyphens kept: as many words as ``text`` has, so
    that a match on the key cuts the same words out of the printed text."""
    bare = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in bare if not unicodedata.combining(c)).casefold().split())


_INTRO = re.compile(r"voici le detail des versements vous concernant")
_PAYMENT_OF = re.compile(r"pour un paiement du (?P<day>\d\d/\d\d/\d{2,4})")
_DAY = r"\d\d/\d\d/(?:\d{4}|\d\d)|\d\d \d\d \d\d(?:\d\d)?"
_PERIOD = re.compile(rf"pour la periode du (?P<start>{_DAY}) au (?P<end>{_DAY})")
_CLOSING = re.compile(
    rf"^(?P<paper>regle )?le (?P<day>{_DAY}) ?: ?(?P<amount>.+?) ?euros?(?: ?\(s\))?\s*$"
)
_BENEFICIARY = re.compile(
    rf"^pour (?P<name>.+?),? nee? ?(?:\(e\))? ?le (?P<born>{_DAY}|xx xx xx(?:xx)?)\b"
)
_REFERENCE = re.compile(r"^ref\.?:? +(?P<ref>\d[\d ]*)$")
_WITHHELD_WORDS = re.compile(r"^(?:participations? forfaitaires?|franchises?|forfait)\b")
_NOTE = re.compile(r"^a noter\b")
_ALLOWANCE = re.compile(r"^indemnites? journalieres?\b")
_ALLOWANCE_PERIOD = re.compile(rf"\bdu (?P<start>{_DAY}) au (?P<end>{_DAY})")
_INSURED = re.compile(r"^assure social (?P<name>.+)$")
_NIR = re.compile(r"^n(?:o|°|º)? ?de securite sociale (?P<nir>[0-9ab ]{13,24})$")
_CAISSE = re.compile(r"^(?:cpam|cgss|caisse|cpcam|css)\b")
_PAGE = re.compile(r"^page \d+ ?/ ?\d+$")
_THIRD_PARTY = re.compile(r"\btiers payant\b")
_TRANSMISSION = re.compile(
    r"transmises? par votre caisse d.assurance maladie a votre organisme complementaire"
)
_INSURER_NAME = re.compile(
    r"organisme compl[ée]mentaire\s+(?P<name>.+?)\s*\.\s*En cons[ée]quence", re.IGNORECASE
)
# Markers of the family (any one): ameli's words as G1 and G2 print them.
_FAMILY = re.compile(
    r"voici le detail des versements|assure social|de securite sociale|vos remboursements de soins"
    r"|assurance maladie|\bcpam\b|euro\(s\)"
)


def detect(first: Page) -> bool:
    """Whether the first page is ameli's (the logo is an image: only its words tell)."""
    return _FAMILY.search(_key(first.text)) is not None


# ------------------------------------------------------------------------------- the header
class Col(Enum):
    DATE = "date"
    NATURE = "nature"
    PAID = "paid"
    BASE = "base"
    RATE = "rate"
    REIMBURSED = "reimbursed"
    C_RATE = "complementary_rate"
    C_AMOUNT = "complementary_amount"


_MONEY = (Col.PAID, Col.BASE, Col.REIMBURSED, Col.C_AMOUNT)
_RATES = (Col.RATE, Col.C_RATE)


@dataclass(frozen=True)
class Columns:
    """Where each figure column stands (the centre of its header label, in points)."""

    centers: dict[Col, float]
    nature_x: float

    @property
    def figures_from(self) -> float:
        """Left of this, a figure belongs to the nature's text: three quarters of a column's
        width left of the first figure column's centre (G1's cells are 35 to 50 pt wide)."""
        paid = self.centers.get(Col.PAID, self.centers[Col.REIMBURSED])
        base = self.centers.get(Col.BASE, paid + 50)
        return paid - 0.75 * max(base - paid, 20)

    def column_of(self, token: Token) -> Col:
        candidates = [c for c in self.centers if c not in (Col.DATE, Col.NATURE)]
        return min(candidates, key=lambda c: abs(self.centers[c] - token.center))


_LABELS = {
    "dates": Col.DATE,
    "date": Col.DATE,
    "nature": Col.NATURE,
    "paye": Col.PAID,
    "rembours.": Col.BASE,
    "rembours": Col.BASE,
    "remboursement": Col.BASE,
    "taux": Col.RATE,
    "verse": Col.REIMBURSED,
}


def _header(line: TextLine, other: TextLine | None) -> Columns | None:
    """The columns named by a header's lower line (``dates  nature des prestations  payé
    rembours.  taux  versé``, G1); ``other`` is its other line (``montant  base du  montant``)."""
    key = _key(line.text)
    if not ("nature" in key and "taux" in key and "verse" in key):
        return None
    centers: dict[Col, float] = {}
    nature_x = 0.0
    for word in line.words:
        col = _LABELS.get(_key(word.text))
        if col is None:
            if _key(word.text) == "montant" and Col.REIMBURSED in centers:
                col = Col.C_AMOUNT  # the paper relevé's complementary "montant" (G2)
            else:
                continue
        if col is Col.RATE and Col.REIMBURSED in centers:
            col = Col.C_RATE  # a second "taux", right of "versé": the complementary's (G2)
        if col is Col.REIMBURSED and Col.REIMBURSED in centers:
            col = Col.C_AMOUNT
        if col is Col.NATURE:
            nature_x = word.x0
        centers.setdefault(col, word.center)
    if other is not None and Col.PAID not in centers:
        # One-line labels may stand on the other line ("montant payé" split otherwise).
        for word in other.words:
            if _key(word.text) == "paye":
                centers[Col.PAID] = word.center
    if Col.REIMBURSED not in centers or Col.RATE not in centers:
        return None
    return Columns(centers, nature_x)


def _is_header_other(line: TextLine) -> bool:
    """The header's other line: only header words (``montant  base du  montant``, G1)."""
    words = {_key(w.text) for w in line.words}
    return bool(words) and words <= {
        "montant",
        "base",
        "du",
        "de",
        "organisme",
        "complementaire",
        "taux",
        "paye",
        "verse",
    }


# ------------------------------------------------------------------------------------ reading
@dataclass
class _Draft:
    rows: list[AmeliRow] = field(default_factory=list)
    third_party: bool = False
    first_page: int = 0
    first_line: int = 0


class _Reader:
    """The state of reading one document, line after line, page after page."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.kind = DocumentKind.AMELI_PAYMENT
        self.columns: Columns | None = None
        self.payments: list[AmeliPayment] = []
        self.draft = _Draft()
        self.beneficiary: tuple[str, date | None] | None = None
        self.reference = ""
        self.act: AmeliRow | None = None
        self.deferred = False
        self.third_party_document = False
        self.line: TextLine | None = None
        self.previous: TextLine | None = None
        self.continues = False  # the last line was an act's: a text-only line may wrap its nature

    def fail(
        self, template: str, error: type[AmeliPdfError] = UnreadableLineError, **params: Any
    ) -> AmeliPdfError:
        line = self.line
        assert line is not None
        return error(
            template,
            field="file",
            file=self.file_name,
            page=str(line.page),
            line=str(line.number),
            text=line.text,
            **params,
        )

    # ------------------------------------------------------------------------------ walk
    def read_page(self, page: Page) -> None:
        lines = page.lines
        for index, line in enumerate(lines):
            self.line = line
            following = lines[index + 1] if index + 1 < len(lines) else None
            self.read_line(line, following)
            self.previous = line

    def read_line(self, line: TextLine, following: TextLine | None) -> None:
        continues, self.continues = self.continues, False
        key = _key(line.text)
        if _PAGE.match(key):
            return
        columns = _header(line, following) or _header(line, self.previous)
        if columns is not None:
            self.columns = columns
            return
        if self.columns is None:
            return  # the identity block, the intro, the transmission sentence: read apart
        if _is_header_other(line):
            return
        if (closing := _CLOSING.match(key)) is not None:
            self.close(closing)
            return
        if _THIRD_PARTY.search(key) and not self.deferred:
            self.draft.third_party = True
        if _NOTE.match(key):
            self.deferred = True
            return
        if (match := _BENEFICIARY.match(key)) is not None:
            self.beneficiary = (self.cut(line, match, "name"), printed.day(match["born"]))
            self.reference, self.act = "", None
            return
        if (match := _REFERENCE.match(key)) is not None:
            reference = " ".join(match["ref"].split())
            if self.kind is DocumentKind.AMELI_PAPER and self.act is not None:
                self.act.reference = reference  # after its act on paper (G2)
            else:
                self.reference = reference  # before the acts of its feuille (G1)
            return
        self.read_row(line, key, continues)

    @staticmethod
    def cut(line: TextLine, match: re.Match[str], group: str) -> str:
        """The printed words of a group matched on the folded text (same words, same order)."""
        before = len(match.string[: match.start(group)].split())
        count = len(match[group].split())
        return " ".join(w.text for w in line.words[before : before + count])

    # ------------------------------------------------------------------------------ rows
    def read_row(self, line: TextLine, key: str, continues: bool = False) -> None:
        columns = self.columns
        assert columns is not None
        date_match = printed.DATE.match(line.text)
        starts_with_date = date_match is not None and line.x0 < columns.nature_x
        after = len(date_match.group().split()) if starts_with_date and date_match else 0
        tokens, text_end = printed.trailing_tokens(line, after=after)
        figures = [t for t in tokens if t.x1 > columns.figures_from]
        if len(figures) < len(tokens):
            text_end = figures[0].first if figures else tokens[-1].last + 1
        stray = [w for w in line.words[after:text_end] if w.x0 > columns.figures_from]
        if stray:
            # Everything in the figures' columns must be read: a stray character there is a
            # misread value, never something to skip.
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}”"
                    " stands in the amount columns but is not an amount or a rate.",
                ),
                value=next(
                    (w.text for w in stray if printed.amount(w.text) is None), stray[0].text
                ),
            )
        text = " ".join(w.text for w in line.words[after:text_end])
        text_key = _key(text)
        if not figures:
            if starts_with_date and not self.deferred:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” has no amount in the"
                        " “montant versé” column.",
                    )
                )
            if continues and self.act is not None and line.x0 >= columns.nature_x - 1:
                # A nature wrapped onto the next line (G2's "… MEDECIN TRAITANT / GENERALISTE").
                self.act.nature = " ".join(f"{self.act.nature} {_tidy(text)}".split())
                self.continues = True
            return  # a risk ("maladie"), the note's paragraph, a section title: no figure
        if not starts_with_date:
            if _WITHHELD_WORDS.match(text_key):
                self.withhold(self.values(figures, columns))
                return
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” has amounts but is neither a row"
                    " of care (it does not start with a date) nor an amount withheld.",
                )
            )
        assert date_match is not None
        care = printed.day(date_match.group())
        if care is None:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” is"
                    " not a date.",
                ),
                value=date_match.group(),
            )
        if self.deferred:
            self.read_deferred(care, text, figures, columns)
        elif _ALLOWANCE.match(text_key):
            self.read_allowance(care, text, figures)
        else:
            self.read_act(care, text, figures, columns)

    def values(self, figures: list[Token], columns: Columns) -> dict[Col, int]:
        """Each figure under its column: an amount under an amount's, a rate under a rate's."""
        values: dict[Col, int] = {}
        for token in figures:
            col = columns.column_of(token)
            rate = printed.rate(token.text)
            cents = printed.amount(token.text)
            if (rate is not None) != (col in _RATES) or col in values:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}”"
                        " does not stand under a column that takes it.",
                    ),
                    value=token.text,
                )
            if rate is not None:
                if rate > 100:
                    raise self.fail(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "“{file}”, page {page}, line {line}: “{text}” cannot be read: a rate"
                            " of {value} % is above 100 %.",
                        ),
                        value=str(rate),
                    )
                values[col] = rate
            elif cents is not None:
                values[col] = cents
            else:
                raise self.fail(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}”"
                        " stands in the amount columns but is not an amount or a rate.",
                    ),
                    value=token.text,
                )
        return values

    def who(self) -> tuple[str, date | None]:
        if self.beneficiary is None:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” has no “pour … né(e) le …” line"
                    " above it to say whose care it is.",
                )
            )
        return self.beneficiary

    def start(self) -> None:
        if not self.draft.rows:
            assert self.line is not None
            self.draft.first_page, self.draft.first_line = self.line.page, self.line.number

    def read_act(self, care: date, nature: str, figures: list[Token], columns: Columns) -> None:
        values = self.values(figures, columns)
        if Col.REIMBURSED not in values:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” has no amount in the"
                    " “montant versé” column.",
                )
            )
        name, born = self.who()
        self.start()
        assert self.line is not None
        self.act = AmeliRow(
            kind=RowKind.CARE,
            page=self.line.page,
            line=self.line.number,
            care_date=care,
            beneficiary=name,
            born=born,
            nature=_tidy(nature),
            paid_cents=values.get(Col.PAID),
            base_cents=values.get(Col.BASE),
            rate_percent=values.get(Col.RATE),
            reimbursed_cents=values[Col.REIMBURSED],
            complementary_rate=values.get(Col.C_RATE),
            complementary_cents=values.get(Col.C_AMOUNT),
            reference=self.reference,
        )
        self.draft.rows.append(self.act)
        self.continues = True

    def withhold(self, values: dict[Col, int]) -> None:
        """A participation forfaitaire or franchise under its act (G2)."""
        if self.act is None:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” withholds an amount but no act"
                    " comes before it.",
                )
            )
        if list(values) != [Col.REIMBURSED]:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” should show one amount withheld,"
                    " in the “montant versé” column.",
                )
            )
        self.act.deductions_cents = (self.act.deductions_cents or 0) + abs(values[Col.REIMBURSED])

    def read_deferred(self, care: date, text: str, figures: list[Token], columns: Columns) -> None:
        """``16/12/2013  PHARMACIE pour PATRICK né(e) le 30/09/1981 (0902546376)  - 0,50``: the
        person is named in the row, the date is the deferred act's (G2)."""
        values = self.values(figures, columns)
        if list(values) != [Col.REIMBURSED]:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” should show one amount withheld,"
                    " in the “montant versé” column.",
                )
            )
        key = _key(text)
        at = key.find(" pour ")
        name, born, nature, reference = "", None, text, ""
        if at >= 0:
            words = text.split()
            nature = " ".join(words[: len(key[:at].split())])
            match = _BENEFICIARY.match(key[at + 1 :])
            if match is not None:
                rest = text.split()[len(key[: at + 1].split()) + 1 :]  # after "pour"
                name = " ".join(rest[: len(match["name"].split())])
                born = printed.day(match["born"])
            if (ref := re.search(r"\((\d[\d ]*)\)\s*$", text)) is not None:
                reference = ref.group(1)
        if not name:
            name, born = self.who()
        self.start()
        assert self.line is not None
        self.draft.rows.append(
            AmeliRow(
                kind=RowKind.WITHHELD,
                page=self.line.page,
                line=self.line.number,
                care_date=care,
                beneficiary=name,
                born=born,
                nature=nature,
                reimbursed_cents=-abs(values[Col.REIMBURSED]),
                reference=reference,
            )
        )

    def read_allowance(self, care: date, text: str, figures: list[Token]) -> None:
        """Daily sick-leave, maternity or paternity pay (G4, LOW): a whole number is the days,
        the last amount what was paid, an amount before it the daily amount."""
        days = [int(t.text) for t in figures if re.fullmatch(r"\d{1,3}", t.text)]
        amounts = [c for t in figures if (c := printed.amount(t.text)) is not None]
        if not amounts or len(days) > 1 or len(amounts) > 2:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” cannot be read as daily"
                    " allowances (days, daily amount, amount paid).",
                )
            )
        period = _ALLOWANCE_PERIOD.search(_key(text))
        name, born = self.who()
        self.start()
        assert self.line is not None
        self.draft.rows.append(
            AmeliRow(
                kind=RowKind.DAILY_ALLOWANCE,
                page=self.line.page,
                line=self.line.number,
                care_date=care,
                beneficiary=name,
                born=born,
                nature=" ".join(text.split()),
                reimbursed_cents=amounts[-1],
                period_start=printed.day(period["start"]) if period else None,
                period_end=printed.day(period["end"]) if period else None,
                days=days[0] if days else None,
                daily_cents=amounts[0] if len(amounts) == 2 else None,
            )
        )

    def close(self, match: re.Match[str]) -> None:
        """``le 19/02/2019 : 17,50 euro(s)`` closes the payment: its rows must add up to it."""
        paid_on = printed.day(match["day"])
        cents = printed.amount(match["amount"])
        if paid_on is None or cents is None:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” closes a payment but its date or"
                    " amount cannot be read.",
                )
            )
        if match["paper"]:
            self.kind = DocumentKind.AMELI_PAPER
        draft, self.draft = self.draft, _Draft()
        self.act, self.deferred, self.reference = None, False, ""
        assert self.line is not None
        if not draft.rows:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: the payment of {date} ({total}) lists no"
                    " row above it.",
                ),
                UnbalancedPaymentError,
                date=paid_on.strftime("%d/%m/%Y"),
                total=format_cents(cents),
            )
        total = sum(row.net_cents for row in draft.rows)
        if total != cents:
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: the payment of {date} is {total}, but its"
                    " rows add up to {rows}: a column was misread or the file is incomplete.",
                ),
                UnbalancedPaymentError,
                date=paid_on.strftime("%d/%m/%Y"),
                total=format_cents(cents),
                rows=format_cents(total),
            )
        third_party = draft.third_party or self.third_party_document
        for row in draft.rows:
            row.third_party = third_party
        self.payments.append(
            AmeliPayment(paid_on, cents, self.line.page, self.line.number, draft.rows, third_party)
        )


# ------------------------------------------------------------------------------ the document
def _identity(lines: Iterable[TextLine]) -> tuple[str, str, str]:
    """Insured, NIR and caisse from the first page's cells (labels without colons, G1)."""
    insured = nir = caisse = ""
    for line in lines:
        cells = [text for _x0, _x1, text in line.cells()]
        for index, printed_cell in enumerate(cells):
            cell = printed_cell
            key = _key(cell)
            if key in ("assure social", "no de securite sociale", "n° de securite sociale"):
                # The label alone in its cell (right-aligned, G1): the value is the next cell.
                cell = f"{cell} {cells[index + 1]}" if index + 1 < len(cells) else cell
                key = _key(cell)
            if not insured and (m := _INSURED.match(key)) is not None:
                insured = " ".join(cell.split()[2:])
            elif not nir and (m := _NIR.match(key)) is not None:
                nir = m["nir"].replace(" ", "").upper()
            elif not caisse and _CAISSE.match(key) and not re.search(r"\d{5}", cell):
                caisse = cell
    return insured, nir, caisse


def _missing(template: str, file_name: str) -> NotAStatementError:
    return NotAStatementError(template, field="file", file=file_name)


def read_ameli(first: Page, pages: Iterator[Page], *, file_name: str = "") -> AmeliStatement:
    """Read an ameli document from its pages (the first one, then the rest as they come).

    Raises:
        AmeliPdfError: not an ameli statement (the first element missing is named), a row that
            cannot be read, or a payment that does not add up (page and line).
        PdfError: a later page that is damaged, beyond a limit or a scan.
    """
    first_key = " ".join(_key(first.text).split())
    if not _INTRO.search(first_key):
        raise _missing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is a PDF but not an ameli statement: its first page lacks “Voici le"
                " détail des versements vous concernant …”, the sentence every ameli statement"
                " prints.",
            ),
            file_name,
        )
    reader = _Reader(file_name)
    if (period := _PERIOD.search(first_key)) is not None:
        reader.kind = (
            DocumentKind.AMELI_PAPER if " " in period["start"] else DocumentKind.AMELI_MONTHLY
        )
    intro_end = first_key.find("vos remboursements de soins")
    reader.third_party_document = bool(_THIRD_PARTY.search(first_key[: max(intro_end, 0)]))
    lines: list[TextLine] = []
    texts: list[str] = []
    count = 0
    for page in _chain(first, pages):
        count += 1
        lines.extend(page.lines)
        texts.append(page.text)
        reader.read_page(page)
    if reader.columns is None:
        raise _missing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is a PDF but not an ameli statement: it has no column header (“dates …"
                " nature des prestations … taux … versé”).",
            ),
            file_name,
        )
    if reader.draft.rows:
        reader.line = lines[-1]
        raise reader.fail(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}”: the rows from page {first_page}, line {first_line} on are closed by no"
                " “le … : … euro(s)” line: the file is incomplete.",
            ),
            UnbalancedPaymentError,
            first_page=str(reader.draft.first_page),
            first_line=str(reader.draft.first_line),
        )
    if not reader.payments:
        raise _missing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is a PDF but not an ameli statement: it has no payment (no"
                " “le … : … euro(s)” line closing one).",
            ),
            file_name,
        )
    whole = " ".join(" ".join(texts).split())
    insurer: str | None = None
    if _TRANSMISSION.search(" ".join(_key(whole).split())):
        found = _INSURER_NAME.search(whole)
        insurer = " ".join(found["name"].split()) if found else ""
    for row in (r for p in reader.payments for r in p.rows):
        row.sent_to_complementary = insurer is not None and row.kind is RowKind.CARE
    insured, nir, caisse = _identity(first.lines)
    start = end = None
    if period is not None:
        start, end = printed.day(period["start"]), printed.day(period["end"])
    elif (one := _PAYMENT_OF.search(first_key)) is not None:
        start = end = printed.day(one["day"])
    return AmeliStatement(
        file_name=file_name,
        kind=reader.kind,
        insured=insured,
        nir=nir,
        caisse=caisse,
        period_start=start,
        period_end=end,
        complementary_insurer=insurer,
        payments=reader.payments,
        pages=count,
        lines=lines,
    )


def _tidy(nature: str) -> str:
    """The act's code printed "( G )" in 6 pt brackets (G1) read as "(G)"."""
    return " ".join(nature.replace("( ", "(").replace(" )", ")").split())


def _chain(first: Page, rest: Iterator[Page]) -> Iterator[Page]:
    yield first
    yield from rest


def read_ameli_pdf(data: bytes, *, file_name: str = "") -> AmeliStatement:
    """An ameli PDF's statement (the reader alone, for tests and tools)."""
    pages = pdf_pages(data, file_name=file_name)
    return read_ameli(next(pages), pages, file_name=file_name)


# --------------------------------------------------------------------------- statement lines
_PREVIEW_COLUMNS: tuple[tuple[str, Field | None], ...] = (
    ("Date de paiement", Field.PAYMENT_DATE),
    ("Date des soins", Field.CARE_DATE),
    ("Bénéficiaire", Field.BENEFICIARY),
    ("Nature des prestations", Field.NATURE),
    ("Montant payé", Field.PAID),
    ("Base du remboursement", Field.BASE),
    ("Taux", Field.RATE),
    ("Montant versé", Field.REIMBURSED),
    ("Participations, franchises", Field.DEDUCTIONS),
    ("Organisme complémentaire", Field.COMPLEMENTARY),
)


def read(
    data: bytes, first: Page, pages: Iterator[Page], *, file_name: str = ""
) -> ParsedStatement:
    """The family's reader: an ameli PDF to statement lines (see :func:`statement_lines`)."""
    return statement_lines(read_ameli(first, pages, file_name=file_name), data)


def statement_lines(statement: AmeliStatement, data: bytes) -> ParsedStatement:
    """The document's rows as statement lines: acts and deferred amounts withheld as lines
    (the reimbursement stored *net* of the participations under the act, which are kept apart
    as its deductions, as ameli's CSV statements do), daily allowances apart."""
    number_of = {(t.page, t.number): i for i, t in enumerate(statement.lines, start=1)}
    names = (
        "line", "care", "payment", "beneficiary", "nature", "paid", "base", "rate", "reimbursed",
        "complementary", "deductions", "third_party", "payment_cents", "sent_to_complementary",
        "kind", "payment_index", "born", "complementary_rate", "complementary_insurer",
        "reference", "page",
    )  # fmt: skip
    values: dict[str, list[Any]] = {name: [] for name in names}
    preview = []
    payments = []
    allowances = []
    for index, payment in enumerate(statement.payments):
        payments.append(
            StatementPayment(
                payment.paid_on,
                payment.cents,
                Insurer.MANDATORY,
                payment.third_party,
                page=payment.page,
                line=payment.line,
            )
        )
        for row in payment.rows:
            number = number_of[(row.page, row.line)]
            if row.kind is RowKind.DAILY_ALLOWANCE:
                allowances.append(
                    DailyAllowance(
                        number, row.page, row.beneficiary, row.born, row.nature,
                        row.period_start, row.period_end, row.days, row.daily_cents,
                        row.reimbursed_cents, index, payment.paid_on,
                    )
                )  # fmt: skip
            else:
                withheld = row.kind is RowKind.WITHHELD
                line = {
                    "line": number,
                    "care": row.care_date,
                    "payment": payment.paid_on,
                    "beneficiary": row.beneficiary,
                    "nature": row.nature,
                    "paid": row.paid_cents,
                    "base": row.base_cents,
                    "rate": row.rate_percent,
                    "reimbursed": row.reimbursed_cents - (row.deductions_cents or 0),
                    "complementary": row.complementary_cents,
                    "deductions": abs(row.reimbursed_cents) if withheld else row.deductions_cents,
                    "third_party": payment.third_party,
                    # No bank credit can be a tiers-payant payment: it never reached the account.
                    "payment_cents": None if payment.third_party else payment.cents,
                    "sent_to_complementary": row.sent_to_complementary,
                    "kind": LineKind.WITHHELD if withheld else LineKind.CARE,
                    "payment_index": index,
                    "born": row.born,
                    "complementary_rate": row.complementary_rate,
                    "complementary_insurer": statement.complementary_insurer or None,
                    "reference": row.reference,
                    "page": row.page,
                }
                for name, value in line.items():
                    values[name].append(value)
            preview.append(
                (
                    number,
                    (
                        payment.paid_on.strftime("%d/%m/%Y"),
                        row.care_date.strftime("%d/%m/%Y"),
                        row.beneficiary,
                        row.nature,
                        printed.format_amount(row.paid_cents),
                        printed.format_amount(row.base_cents),
                        "" if row.rate_percent is None else f"{row.rate_percent} %",
                        printed.format_amount(row.reimbursed_cents),
                        printed.format_amount(row.deductions_cents),
                        printed.format_amount(row.complementary_cents),
                    ),
                )
            )
    lines = values.pop("line")
    period = (
        f"{statement.period_start:%d/%m/%Y} – {statement.period_end:%d/%m/%Y}"
        if statement.period_start and statement.period_end
        else ""
    )
    layout = StatementLayout(
        file_name=statement.file_name,
        sha256=file_sha256(data),
        size=len(data),
        encoding=PDF_ENCODING,
        encoding_detected=True,
        delimiter="",
        header_line=None,
        columns=tuple(Column(i, name, f) for i, (name, f) in enumerate(_PREVIEW_COLUMNS)),
        profile=AMELI_PDF_PROFILE,
        # Who and when, never the NIR (shown masked or not at all, DESIGN.md 2).
        preamble=tuple(t for t in (statement.caisse, statement.insured, period) if t),
        preview=tuple(preview),
        pages=statement.pages,
    )
    notes = ()
    if statement.complementary_insurer is not None:
        notes = (statement.complementary_insurer,)
    return ParsedStatement(
        layout,
        AMELI_PDF_PROFILE,
        {},
        line_columns(lines, values),
        [],
        [],
        document=statement.kind,
        payments=tuple(payments),
        allowances=tuple(allowances),
        insured=statement.insured,
        nir=statement.nir,
        notes=notes,
    )

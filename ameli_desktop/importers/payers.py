"""Who paid a bank transaction: the Assurance Maladie, a complementary insurer, or nobody we follow.

A bank export holds every transaction of the account; only the health payments are imported. The
matcher reads the label (``VIR SEPA RECU /DE C.P.A.M. DU RHONE /MOTIF ...``) and is built for
precision first, because a false positive puts a car-insurance claim or a friend's transfer into
the household's health totals, while a miss is visible (the preview lists every line set aside,
with why, and the user can name their own insurer):

- the basic schemes (CPAM, CNAM, CGSS, MSA, "assurance maladie"... in all their spellings) are
  health payers on their own: they pay nothing else into a household's account but care,
  sick-leave and maternity pay, all of which the user follows;
- insurers that sell health cover only (MGEN, Harmonie Mutuelle, Alan SA, the tiers-payant
  networks...) are health payers on their own too;
- insurers that also sell car, home, life or loan cover (AXA, MAIF, Groupama...) and the generic
  words (mutuelle, prévoyance) count only with a health context in the label (SOINS, SANTE,
  DECOMPTE, OPTIQUE...); a non-health context (SINISTRE, AUTO, RACHAT, COTISATION...) rules any
  complementary insurer out;
- an insurer's name right after a civility (``M``, ``MME``) is a person's name (Alan Martin).
"""

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ameli_desktop.domain.names import fold


class Insurer(StrEnum):
    """Who paid a health line of a bank export (the user confirms it in the preview)."""

    MANDATORY = "mandatory"  # the CPAM / Assurance Maladie (or another basic scheme)
    COMPLEMENTARY = "complementary"  # the mutuelle / complementary insurer
    HOUSEHOLD = "household"  # the household, paying a health professional (importers.expenses)


class NotHealth(StrEnum):
    """Why a label is not a health payment (values shared with the importer's skip reasons)."""

    NO_INSURER = "no_insurer"  # names no health payer at all
    NOT_HEALTH = "not_health"  # an insurer, but a claim, life insurance, a premium refund...
    PERSON = "person"  # a person whose name is an insurer's name
    PREMIUM = "paid_to_insurer"  # money paid *to* a complementary insurer: its premium


# ----------------------------------------------------------------------------------- word lists
# Written as banks print them; compared after folding (see normalise_label). Phrases are word runs.
MANDATORY_NAMES = (
    "cpam",
    "cnam",
    "cnamts",
    "cgss",  # caisses générales de sécurité sociale (overseas départements)
    "cssm",  # Mayotte
    "msa",  # farmers' scheme
    "cnmss",  # armed forces
    "camieg",  # electricity and gas industries
    "enim",  # seafarers
    "crpcen",  # notaries' staff
    "cavimac",  # clergy
    "ameli",
    "secu",
    "assurance maladie",
    "ass maladie",
    "assur maladie",
    "caisse primaire",
    "caisse prim",
    "cais primaire",
    "mutualite sociale agricole",
    "securite sociale",
    "secu sociale",
    "caisse nationale assurance maladie",
    "caisse generale securite sociale",
    "rsi",  # the self-employed's scheme until 2020
    "regime social des independants",
)
# What the basic schemes also pay or collect that is not care: pensions, family allowances,
# contributions; and the CNAM that is a school (Conservatoire national des arts et métiers).
MANDATORY_NOT_HEALTH = (
    "cotisation",
    "cotisations",
    "cotis",
    "retraite",
    "vieillesse",
    "prestations familiales",
    "prestation familiale",
    "allocations familiales",
    "allocation familiale",
    "salaire",
    "paie",
    "inscription",
    "formation",
    "urssaf",
)
# Insurers and networks that pay nothing but health cover: named alone, they are health payers.
HEALTH_ONLY_NAMES = (
    "mgen",
    "mgefi",
    "mnh",
    "mnt",
    "mfp",
    "lmde",
    "heyme",
    "smerep",
    "uneo",
    "harmonie mutuelle",
    "harmonie mut",
    "mutuelle generale",
    "mut generale",
    "mutuelle bleue",
    "mutuelle familiale",
    "apivia",
    "aesio",
    "adrea",
    "eovi",
    "ociane",
    "solimut",
    "henner",
    "interiale",
    "cegema",
    "complementaire sante",
    "mnpaf",
    "ccmo",
    # Tiers-payant networks paying practitioners, opticians... on the insurer's behalf.
    "viamedis",
    "almerys",
    "santeclair",
    "kalixia",
    "itelis",
    "carte blanche",
)
# Insurers (and generic words) that also sell car, home, life, loan or pension cover: health
# payers only with a health context in the label.
MULTI_LINE_NAMES = (
    "mutuelle",
    "mut",
    "mutualite",
    "prevoyance",
    "complementaire",
    "axa",
    "allianz",
    "generali",
    "groupama",
    "gan",
    "maaf",
    "macif",
    "maif",
    "matmut",
    "mma",
    "swiss life",
    "swisslife",
    "aviva",
    "abeille",
    "cardif",
    "ag2r",
    "malakoff",
    "humanis",
    "mederic",
    "klesia",
    "pro btp",
    "probtp",
    "audiens",
    "apicil",
    "ipeca",
    "spvie",
    "pacifica",
    "predica",
    "sogecap",
    "oradea",
    "april",
    "alan",
    "gras savoye",
    "mercer",
    "verlingue",
    "siaci",
)
# Health-only names as a PDF-to-text tool glues them (spaces lost): a word starting with one.
GLUED_HEALTH_ONLY = ("mutuellegenerale", "harmoniemutuelle", "mgen")
# Names that are also people's first or last names (Alan Martin, April Dupont, Jean Gan): an
# insurer only when a company word, a payment word, a reference or the label's end follows.
PERSONAL_NAMES = frozenset({"alan", "april", "gan", "mercer", "henner", "klesia"})
COMPANY_MARKERS = frozenset(
    {
        "sa",
        "sas",
        "insurance",
        "assurance",
        "assurances",
        "sante",
        "health",
        "france",
        "services",
        "mutuelle",
        "prevoyance",
        "iard",
        "vie",
    }
)
# The generic words, unlike a named multi-line insurer, are health payers with a plain "REMB":
# a mutuelle's "remboursement" is for care, AXA's may be a car-insurance refund.
GENERIC_WORDS = frozenset({"mutuelle", "mut", "mutualite", "complementaire"})
WEAK_HEALTH_CONTEXT = (
    "remb",
    "rembt",
    "rbt",
    "remboursement",
    "remboursements",
    "prestation",
    "prestations",
)
_AFTER_COMPANY_NAME = COMPANY_MARKERS | {*WEAK_HEALTH_CONTEXT, "soins", "decompte", "ref", "motif"}
# With one of these after it, ALAN names the health-only insurer itself.
HEALTH_ONLY_WITH_MARKER = frozenset({"alan"})
CIVILITIES = frozenset(
    {"m", "mr", "mme", "mlle", "mm", "monsieur", "madame", "mademoiselle", "mrs", "ms", "miss"}
)
# Words that say a payment is for care (a multi-line insurer needs one of them).
HEALTH_CONTEXT = (
    "soin",
    "soins",
    "sante",
    "decompte",
    "decomptes",
    "frais medicaux",
    "frais de sante",
    "medical",
    "medicaux",
    "medicale",
    "optique",
    "dentaire",
    "dentaires",
    "hospitalisation",
    "hospi",
    "hospit",
    "pharmacie",
    "consultation",
    "consultations",
    "tiers payant",
    "audioprothese",
    "orthodontie",
    "kine",
    "honoraires",
    "prestations sante",
    "remboursement sante",
    "health",
    "medical expenses",
)
# Words that say a payment is *not* for care: they rule any complementary insurer out.
NOT_HEALTH_CONTEXT = (
    "sinistre",
    "sinistres",
    "sin",
    "indemnisation",
    "auto",
    "automobile",
    "vehicule",
    "voiture",
    "moto",
    "habitation",
    "mrh",
    "multirisque",
    "degat",
    "degats des eaux",
    "bris de glace",
    "incendie",
    "vol",
    "rachat",
    "epargne",
    "arbitrage",
    "capital",
    "deces",
    "obseques",
    "rente",
    "retraite",
    "pension",
    "pret",
    "emprunteur",
    "cotisation",
    "cotisations",
    "cotis",
    "salaire",
    "paie",
    "echeance",
    "prime",
    "primes",
    "assurance vie",
    "claim",
    "car",
    "home",
)

# A card payment or cash withdrawal: the user paying a merchant, never a payer's transfer.
_CARD_PAYMENT = re.compile(
    r"^(?:cb|achat cb|paiement cb|paiement par carte|facture carte|factures carte|carte"
    r"(?! blanche)|card payment|retrait|retrait dab)(?: |$)"
)
_NON_WORD = re.compile(r"[^0-9a-z]+")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_CODE_MARKERS = frozenset({"ref", "id", "motif"})  # what a bank writes before a reference


def normalise_label(label: str) -> list[str]:
    """``VIR C.P.A.M.75 - Remb. soins`` -> ``vir cpam 75 remb soins`` as a word list.

    Folded, letters and digits split (``CPAM75``), and runs of single letters joined, so that
    ``C.P.A.M.`` and ``C P A M`` read as ``cpam`` and ``M.S.A.`` as ``msa``.
    """
    words: list[str] = []
    run: list[str] = []
    for word in _words(fold(label)):
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        if run:
            words.append("".join(run))
            run = []
        words.append(word)
    if run:
        words.append("".join(run))
    return words


def _words(text: str) -> Iterator[str]:
    """The words of a folded label, letters and digits apart, except in a reference code: the
    token after ``REF``, ``ID`` or ``MOTIF`` that holds a digit (``REF:00MNH0``) is kept whole,
    for the letters of a code name nobody (MNH is an insurer)."""
    previous = ""
    for token in _NON_WORD.split(text):
        if not token:
            continue
        if previous in _CODE_MARKERS and any(c.isdigit() for c in token):
            yield token
        else:
            yield from _LETTER_DIGIT.sub(" ", token).split()
        previous = token


def phrase_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    keys = sorted({" ".join(normalise_label(w)) for w in words} - {""}, key=len, reverse=True)
    if not keys:
        return None
    return re.compile(rf"(?:^| )(?:{'|'.join(map(re.escape, keys))})(?= |$)")


_MANDATORY = phrase_pattern(MANDATORY_NAMES)
_MANDATORY_NOT_HEALTH = phrase_pattern(MANDATORY_NOT_HEALTH)
_HEALTH_ONLY = phrase_pattern(HEALTH_ONLY_NAMES)
_MULTI_LINE = phrase_pattern(MULTI_LINE_NAMES)
_GENERIC = phrase_pattern(GENERIC_WORDS)
_HEALTH = phrase_pattern(HEALTH_CONTEXT)
_WEAK_HEALTH = phrase_pattern(WEAK_HEALTH_CONTEXT)
_NOT_HEALTH = phrase_pattern(NOT_HEALTH_CONTEXT)


@dataclass(frozen=True, slots=True)
class PayerVerdict:
    """What a label says.

    Attributes:
        payer: who paid this health line; None when it is not one.
        named: whose name the label carries, health payment or not (a premium debit names the
            complementary insurer it is paid to).
        reason: why it is not a health line (None when it is one).
    """

    payer: Insurer | None
    named: Insurer | None
    reason: NotHealth | None

    def for_amount(self, cents: int | None) -> tuple[Insurer | None, NotHealth | None]:
        """(who paid, why not) for a transaction of this signed amount.

        A debit to a complementary insurer is its premium; a debit by the CPAM (franchises
        recovered by direct debit) is a health line, negative.
        """
        if self.named is Insurer.COMPLEMENTARY and cents is not None and cents < 0:
            return None, NotHealth.PREMIUM
        return self.payer, self.reason


def _names(pattern: re.Pattern[str] | None, text: str, words: Sequence[str]) -> tuple[bool, bool]:
    """(a name of ``pattern`` is in ``text`` for a company, one is only there as a person's name).

    A personal name (Alan, April, Gan...) right after a civility is a person.
    """
    if pattern is None:
        return False, False
    company = person = False
    for match in pattern.finditer(text):
        start = match.start() + (1 if match.start() else 0)
        index = text.count(" ", 0, start)  # the word index where the match starts
        first = words[index]
        if first in PERSONAL_NAMES and not _named_as_company(words, index):
            person = True
        else:
            company = True
    return company, person


def _named_as_company(words: Sequence[str], index: int) -> bool:
    """Whether the personal name at ``words[index]`` is the insurer: not after a civility, and
    followed by a company or payment word, a reference number, or nothing."""
    if index and words[index - 1] in CIVILITIES:
        return False
    if index + 1 == len(words):
        return True
    following = words[index + 1]
    return following in _AFTER_COMPANY_NAME or following.isdigit()


def _search(pattern: re.Pattern[str] | None, text: str) -> bool:
    return bool(pattern and pattern.search(text))


class PayerMatcher:
    """Reads bank labels (one instance per file: it caches each distinct label's verdict)."""

    def __init__(self, extra_complementary: Sequence[str] = ()) -> None:
        self._extra = phrase_pattern(extra_complementary)
        self._cache: dict[str, PayerVerdict] = {}

    def __call__(self, label: str) -> PayerVerdict:
        verdict = self._cache.get(label)
        if verdict is None:
            verdict = self._cache[label] = self._judge(label)
        return verdict

    def _judge(self, label: str) -> PayerVerdict:
        words = normalise_label(label)
        text = " ".join(words)
        if _CARD_PAYMENT.match(text):
            return PayerVerdict(None, None, NotHealth.NO_INSURER)
        mandatory = _search(_MANDATORY, text)
        if mandatory:
            # "Mutualité sociale agricole" names the MSA, not a mutuelle: what is left of the
            # label once the basic scheme's names are taken out names any complementary.
            assert _MANDATORY is not None
            rest = _MANDATORY.sub(" ", text).split()
            words, text = rest, " ".join(rest)
        user_named = _search(self._extra, text)
        health_only, health_only_person = _names(_HEALTH_ONLY, text, words)
        health_only = health_only or any(w.startswith(GLUED_HEALTH_ONLY) for w in words)
        multi, multi_person = _names(_MULTI_LINE, text, words)
        if multi and not health_only:
            health_only = self._marked_health_only(words)
        health = _search(_HEALTH, text) or (_search(_GENERIC, text) and _search(_WEAK_HEALTH, text))
        not_health = _search(_NOT_HEALTH, text)
        named_complementary = user_named or health_only or multi
        complementary = not not_health and (user_named or health_only or (multi and health))
        if complementary:
            # A mutuelle quoting the CPAM statement it tops up ("HARMONIE MUTUELLE DECOMPTE
            # CPAM") is the mutuelle's payment: the CPAM never names a mutuelle in its transfers.
            return PayerVerdict(Insurer.COMPLEMENTARY, Insurer.COMPLEMENTARY, None)
        if mandatory:
            if _search(_MANDATORY_NOT_HEALTH, text):
                return PayerVerdict(None, Insurer.MANDATORY, NotHealth.NOT_HEALTH)
            return PayerVerdict(Insurer.MANDATORY, Insurer.MANDATORY, None)
        named = Insurer.COMPLEMENTARY if named_complementary else None
        if named_complementary:
            return PayerVerdict(None, named, NotHealth.NOT_HEALTH)
        if health_only_person or multi_person:
            return PayerVerdict(None, None, NotHealth.PERSON)
        return PayerVerdict(None, None, NotHealth.NO_INSURER)

    @staticmethod
    def _marked_health_only(words: Sequence[str]) -> bool:
        """``ALAN SA``, ``ALAN INSURANCE``: a health-only insurer whose bare name is a first name."""
        return any(
            word in HEALTH_ONLY_WITH_MARKER and _named_as_company(words, index)
            for index, word in enumerate(words)
        )

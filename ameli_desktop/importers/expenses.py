"""The household's own payment for care: a bank debit at a health professional.

A bank export holds every transaction of the account. Besides what the Assurance Maladie and the
mutuelle pay back (``payers``), the app keeps what the household paid for care: a card payment,
direct debit or transfer to a pharmacy, doctor, dentist, laboratory, physiotherapist, optician,
hospital... (ameli-documents.md §7, after Cozy's matcher: ``CARTE 27/11 PHARMACIE DU CENTRE``,
``CB DR MARTIN``, ``PRLV … LABORATOIRE``). Such a debit is then linked to the act of care it paid
(``domain.acts``), or waits for its act as an expense of the household.

Precision first, as for the payers: a false positive puts a pizza restaurant into the household's
health expenses, a miss only leaves a debit out (the preview lists it, set aside, with why):
- a profession or kind of practice (pharmacie, dentiste, kinésithérapeute, laboratoire d'analyses,
  centre hospitalier, radiologie, orthophoniste...) or a chain that does nothing else (Cerballiance,
  Krys, Afflelou, Amplifon...) is a health professional;
- the words of care in another trade rule it out (a vet's clinic, a photo lab, fibre optics, a
  hospital's car park or cafeteria, a donation to Médecins sans frontières, Dr. Martens, Docteur
  Pizza);
- a civility before the profession is a person (``VIR … /A M MARTIN … REMBOURSEMENT PHARMACIE``);
- only debits: money back from a shop (``AVOIR … PHARMACIE``) is not an expense.
Measured on ``tests/data/health_labels.csv`` (its ``household`` rows were written before this
module): see ``tests/unit/importers/test_expenses.py``.
"""

from ameli_desktop.importers.payers import (
    CIVILITIES,
    Insurer,
    NotHealth,
    PayerMatcher,
    normalise_label,
    phrase_pattern,
)

# Written as banks print them; compared after folding (payers.normalise_label).
PROFESSIONS = (
    # pharmacies (LCL writes PHARM.DE LA GARE; PHIE, GDE PHARMACIE)
    "pharmacie",
    "pharmacies",
    "pharm",
    "phie",
    "pharma",
    "pharmacien",
    # doctors and practices
    "dr",
    "docteur",
    "medecin",
    "medecins",
    "medecine generale",
    "generaliste",
    "pediatre",
    "dermatologue",
    "gynecologue",
    "ophtalmologue",
    "ophtalmologiste",
    "cardiologue",
    "psychiatre",
    "cabinet medical",
    "centre medical",
    "scm medicale",
    "maison de sante",
    "maison medicale",
    "centre de sante",
    "sos medecins",
    "teleconsultation",
    # dentists
    "dentiste",
    "dentistes",
    "cabinet dentaire",
    "centre dentaire",
    "chirurgien dentiste",
    "chirurgiens dentistes",
    "orthodontiste",
    "orthodontie",
    "stomatologue",
    # laboratories
    "laboratoire d analyses",
    "laboratoire de biologie",
    "laboratoire cerballiance",
    "labo analyses",
    "analyses medicales",
    "biologie medicale",
    "lbm",
    "labm",
    "cerballiance",
    "biogroup",
    "synlab",
    "biomnis",
    "unilabs",
    "inovie",
    "bioclinic",
    # physiotherapy and other paramedical professions
    "kine",
    "kines",
    "kinesitherapie",
    "kinesitherapeute",
    "masseur kine",
    "orthophoniste",
    "orthophonie",
    "orthoptiste",
    "podologue",
    "podologie",
    "pedicure podologue",
    "infirmier",
    "infirmiere",
    "infirmiers",
    "cabinet infirmier",
    "sage femme",
    "osteopathe",
    "osteopathie",
    "psychologue",
    "ergotherapeute",
    "psychomotricien",
    "ambulance",
    "ambulances",
    # opticians and hearing aids
    "opticien",
    "opticiens",
    "optique",
    "krys",
    "afflelou",
    "atol",
    "optic 2000",
    "generale d optique",
    "optical center",
    "lissac",
    "grandoptical",
    "audioprothesiste",
    "audika",
    "amplifon",
    # hospitals, clinics, imaging
    "hopital",
    "hopitaux",
    "centre hospitalier",
    "chu",
    "chr",
    "chru",
    "aphp",
    "ap hp",
    "clinique",
    "polyclinique",
    "radiologie",
    "imagerie medicale",
    "centre d imagerie",
    "doctolib",
)
# The words of care in another trade, or a payment that is not care: they rule a label out.
NOT_CARE = (
    "veterinaire",
    "veterinaires",
    "veto",
    "animalerie",
    "photo",
    "cine",
    "cinema",
    "fibre",
    "parking",
    "relay",
    "cafeteria",
    "cafe",
    "restaurant",
    "boutique",
    "presse",
    "fleuriste",
    "sans frontieres",
    "medecins du monde",
    "don",
    "dons",
    "parapharmacie",
    "beaute",
    "spa",
    "magazine",
    "abonnement",
    "smartphone",
    "telephone",
    "pizza",
    "martens",
    "computer",
    "informatique",
    "cotisation",
    "cotisations",
)


# Where a transfer's or direct debit's free text starts: what follows is the reason, not who
# was paid ("VIR … /A M MARTIN /MOTIF REMBOURSEMENT PHARMACIE").
_REASON = frozenset({"motif", "lib", "ref", "reference"})
_PROFESSION = phrase_pattern(PROFESSIONS)
_NOT_CARE = phrase_pattern(NOT_CARE)


class ExpenseMatcher:
    """Whether a debit's label names a health professional (one instance per file: it caches
    each distinct label's answer)."""

    def __init__(self) -> None:
        self._cache: dict[str, bool] = {}

    def __call__(self, label: str) -> bool:
        answer = self._cache.get(label)
        if answer is None:
            answer = self._cache[label] = _is_health_professional(label)
        return answer

    def for_amount(self, label: str, cents: int | None) -> bool:
        """A debit (negative amount) at a health professional."""
        return cents is not None and cents < 0 and self(label)


def _is_health_professional(label: str) -> bool:
    words = normalise_label(label)
    payee = next((i for i, word in enumerate(words) if word in _REASON), len(words))
    words = words[:payee]
    text = " ".join(words)
    assert _PROFESSION is not None
    assert _NOT_CARE is not None
    found = _PROFESSION.search(text)
    if found is None or _NOT_CARE.search(text):
        return False
    index = text.count(" ", 0, found.start() + (1 if found.start() else 0))
    # A civility before the profession: a person (a friend paid back "for the pharmacy").
    return not any(word in CIVILITIES for word in words[:index])


def who_paid(
    payers: PayerMatcher, expenses: ExpenseMatcher, label: str, cents: int | None
) -> tuple[Insurer | None, NotHealth | None]:
    """(who paid, why it is not a health line) for a bank transaction of this signed amount: a
    health payer (``payers``), else the household when it is a debit at a health professional."""
    payer, why_not = payers(label).for_amount(cents)
    if why_not is NotHealth.NO_INSURER and expenses.for_amount(label, cents):
        return Insurer.HOUSEHOLD, None
    return payer, why_not

"""Load and validate resources/facts.toml: the dated rules and figures the app relies on.

Facts are data so that a changed delay or a new Schengen member can be corrected without a release;
they are validated strictly because a typo there would silently change every answer the app gives.

The few facts that are prose shown to the user (what a card order needs, what an ameli account asks
for) are written in English with a French twin next to them (``order_checklist`` and
``order_checklist_fr``), checked to match line for line, and chosen by the reader's language with
the same rule as country names (:func:`is_french`).
"""

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.names import fold


class FactsError(UserError):
    """facts.toml is missing, malformed, or a value has the wrong type."""


def is_french(language: str) -> bool:
    """Whether a language code ("fr", "fr_FR", "en") asks for the French texts of this file."""
    return language.lower().startswith("fr")


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class SchengenFacts:
    max_days: int
    window_days: int
    earliest_record: date
    max_future_years: int
    ees_start: date
    ees_complete: date
    members: Mapping[str, date]  # ISO alpha-2 -> first day that counts
    not_members: tuple[str, ...]
    sources: tuple[str, ...]
    # A permit or long-stay visa exempts the state that issued it only (CISA art. 21; Regulation
    # (EU) No 265/2010): the sources of that rule, ``[schengen.permits]``.
    permit_sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CeamFacts:
    validity_years: int
    order_lead_days: int
    provisional_validity_months: int
    expiry_warning_days: int
    covered_countries: frozenset[str]
    home_country: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VitaleFacts:
    delivery_days_online: int
    delivery_days_post: int
    wait_after_block_days: int
    request_age: int
    automatic_age: int
    photo_size_mm: tuple[int, int]
    order_checklist: tuple[str, ...]
    while_waiting: str
    sources: tuple[str, ...]
    order_checklist_fr: tuple[str, ...]  # the same lines in French (validated on load)
    while_waiting_fr: str

    def order_checklist_in(self, language: str) -> tuple[str, ...]:
        """What a card order needs, in "en" or "fr"."""
        return self.order_checklist_fr if is_french(language) else self.order_checklist

    def while_waiting_in(self, language: str) -> str:
        """The attestation de droits advice, in "en" or "fr"."""
        return self.while_waiting_fr if is_french(language) else self.while_waiting


@dataclass(frozen=True, slots=True)
class HelpFacts:
    phone: str
    phone_days: tuple[str, ...]  # "mon".."sun"
    phone_opens: time
    phone_closes: time
    phone_from_abroad: str
    english_line: str
    emergency_number: str
    timezone: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AccountFacts:
    email_validation_days: int
    needs: tuple[str, ...]
    login_url: str  # the compte ameli sign-in page, opened from a person's record
    sources: tuple[str, ...]
    needs_fr: tuple[str, ...]  # the same lines in French (validated on load)

    def needs_in(self, language: str) -> tuple[str, ...]:
        """What creating an ameli account asks for, in "en" or "fr"."""
        return self.needs_fr if is_french(language) else self.needs


@dataclass(frozen=True, slots=True)
class BirthFacts:
    declaration_days: int  # at the mairie, after the day of birth (Code civil art. 55)
    claim_follow_up_days: int  # product choice: when the app says to chase the caisse
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    en: str
    fr: str


@dataclass(frozen=True, slots=True)
class Facts:
    schengen: SchengenFacts
    ceam: CeamFacts
    vitale: VitaleFacts
    help: HelpFacts
    account: AccountFacts
    birth: BirthFacts
    countries: Mapping[str, Country]
    sources: Mapping[str, Source]
    raw: Mapping[str, Any]  # the whole parsed file, for sources of individual facts

    def source_of(self, section: str, key: str | None = None) -> list[Source]:
        """The sources of a section ("schengen", or a sub-table: "schengen.permits"), or of one
        fact when it names its own with `<key>_source`."""
        data: Mapping[str, Any] = self.raw
        for part in section.split("."):
            data = data.get(part, {})
        if key is not None and f"{key}_source" in data:
            ids = [data[f"{key}_source"]]
        else:
            ids = list(data.get("sources", []))
        return [self.sources[i] for i in ids if i in self.sources]

    def country_name(self, code: str, language: str = "en") -> str:
        """A country's name in English or French, or the code itself when it is not listed."""
        country = self.countries.get(code.upper())
        if country is None:
            return code.upper()
        return country.fr if is_french(language) else country.en

    def find_country(self, text: str) -> str | None:
        """The listed country a person typed, by code or by name in English or French.

        A two-letter text is a code first (``ES`` is Spain, never Estonia, whose name starts
        so); then a whole name (``espagne``, ``Etats-Unis``: case and accents ignored), then the
        beginning of exactly one name (``allem``); ``Spain (ES)``, as the lists show it, reads
        as its code. None when nothing or more than one country fits.
        """
        clean = text.strip()
        shown = _SHOWN_CODE.search(clean)
        if shown:
            clean = shown.group(1)
        if len(clean) == 2 and clean.isalpha():
            code = clean.upper()
            return code if code in self.countries else None
        typed = fold(clean)
        if not typed:
            return None
        names = [(fold(name), c.code) for c in self.countries.values() for name in (c.en, c.fr)]
        whole = {code for name, code in names if name == typed}
        if len(whole) == 1:
            return whole.pop()
        starts = {code for name, code in names if name.startswith(typed)}
        return starts.pop() if len(starts) == 1 else None


_SHOWN_CODE = re.compile(r"\(([A-Za-z]{2})\)\s*$")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class _Reader:
    """Typed access to one table of the TOML file, naming the exact key when a value is wrong."""

    def __init__(self, path: Path, data: Mapping[str, Any], prefix: str) -> None:
        self.path = path
        self.data = data
        self.prefix = prefix

    def fail(self, key: str, expected: str) -> FactsError:
        return FactsError(
            QT_TRANSLATE_NOOP("Errors", "{file}: “{key}” must be {expected}."),
            file=str(self.path),
            key=f"{self.prefix}.{key}" if self.prefix else key,
            expected=expected,
        )

    def get(self, key: str) -> Any:
        if key not in self.data:
            raise FactsError(
                QT_TRANSLATE_NOOP("Errors", "{file}: the fact “{key}” is missing."),
                file=str(self.path),
                key=f"{self.prefix}.{key}" if self.prefix else key,
            )
        return self.data[key]

    def table(self, key: str) -> "_Reader":
        value = self.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, "a table")
        return _Reader(self.path, value, f"{self.prefix}.{key}" if self.prefix else key)

    def integer(self, key: str, minimum: int = 0) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(key, f"a whole number of at least {minimum}")
        return value

    def day(self, key: str) -> date:
        value = self.get(key)
        if not isinstance(value, date):
            raise self.fail(key, "a date written YYYY-MM-DD")
        return value

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "a non-empty text")
        return value

    def clock_time(self, key: str) -> time:
        value = self.text(key)
        try:
            return time.fromisoformat(value)
        except ValueError:
            raise self.fail(key, "a time written HH:MM") from None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, "a list of texts")
        return tuple(value)

    def french_text(self, key: str) -> str:
        """The French twin ``<key>_fr`` of an English text."""
        self.text(key)
        return self.text(f"{key}_fr")

    def french_texts(self, key: str) -> tuple[str, ...]:
        """The French twin ``<key>_fr`` of an English list: as many lines, in the same order."""
        english = self.texts(key)
        french = self.texts(f"{key}_fr")
        if len(french) != len(english):
            raise self.fail(
                f"{key}_fr", f"a list of {len(english)} texts, the French of each line of {key}"
            )
        return french

    def countries(self, key: str) -> tuple[str, ...]:
        codes = self.texts(key)
        if not all(len(c) == 2 and c.isalpha() and c.isupper() for c in codes):
            raise self.fail(key, "a list of two-letter country codes")
        return codes

    def sources(self, known: Mapping[str, Source]) -> tuple[str, ...]:
        """The table's `sources`, checking that they and every `<fact>_source` are listed."""
        ids = self.texts("sources")
        if any(i not in known for i in ids):
            raise self.fail("sources", "ids of sources listed under [sources]")
        for key, value in self.data.items():
            if key.endswith("_source") and value != "product" and value not in known:
                raise self.fail(key, "the id of a source listed under [sources], or “product”")
        return ids


def _load_sources(reader: _Reader) -> dict[str, Source]:
    table = reader.table("sources")
    result = {}
    for source_id in table.data:
        entry = table.table(source_id)
        result[source_id] = Source(source_id, entry.text("title"), entry.text("url"))
    return result


def parse_facts(text: str, path: Path) -> Facts:
    """Parse and validate the text of a facts file (path is only used in messages)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FactsError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not valid TOML: {detail}."),
            file=str(path),
            detail=str(exc),
        ) from None
    root = _Reader(path, data, "")
    if root.integer("version", 1) != 1:
        raise root.fail("version", "1")
    sources = _load_sources(root)

    s = root.table("schengen")
    m = s.table("members")
    m.sources(sources)
    members = {}
    for code in m.data:
        if code == "sources":
            continue
        if len(code) != 2 or not code.isupper():
            raise m.fail(code, "a two-letter country code")
        members[code] = m.day(code)
    permits = s.table("permits")
    if permits.text("exempts") != "issuing_state":
        raise permits.fail("exempts", "“issuing_state” (CISA art. 21)")
    schengen = SchengenFacts(
        max_days=s.integer("max_days", 1),
        window_days=s.integer("window_days", 1),
        earliest_record=s.day("earliest_record"),
        max_future_years=s.integer("max_future_years", 1),
        ees_start=s.day("ees_start"),
        ees_complete=s.day("ees_complete"),
        members=members,
        not_members=s.countries("not_members"),
        sources=s.sources(sources),
        permit_sources=permits.sources(sources),
    )
    if schengen.max_days > schengen.window_days:
        raise s.fail("max_days", "at most window_days")

    c = root.table("ceam")
    ceam = CeamFacts(
        validity_years=c.integer("validity_years", 1),
        order_lead_days=c.integer("order_lead_days"),
        provisional_validity_months=c.integer("provisional_validity_months", 1),
        expiry_warning_days=c.integer("expiry_warning_days"),
        covered_countries=frozenset(c.countries("covered_countries")),
        home_country=c.text("home_country"),
        sources=c.sources(sources),
    )

    v = root.table("vitale")
    photo = v.get("photo_size_mm")
    if not (isinstance(photo, list) and len(photo) == 2 and all(isinstance(n, int) for n in photo)):
        raise v.fail("photo_size_mm", "two whole numbers [width, height]")
    vitale = VitaleFacts(
        delivery_days_online=v.integer("delivery_days_online", 1),
        delivery_days_post=v.integer("delivery_days_post", 1),
        wait_after_block_days=v.integer("wait_after_block_days"),
        request_age=v.integer("request_age", 1),
        automatic_age=v.integer("automatic_age", 1),
        photo_size_mm=(photo[0], photo[1]),
        order_checklist=v.texts("order_checklist"),
        while_waiting=v.text("while_waiting"),
        sources=v.sources(sources),
        order_checklist_fr=v.french_texts("order_checklist"),
        while_waiting_fr=v.french_text("while_waiting"),
    )

    h = root.table("help")
    days = h.texts("phone_days")
    if not set(days) <= set(_WEEKDAYS):
        raise h.fail("phone_days", "a list of mon, tue, wed, thu, fri, sat, sun")
    help_facts = HelpFacts(
        phone=h.text("phone"),
        phone_days=days,
        phone_opens=h.clock_time("phone_opens"),
        phone_closes=h.clock_time("phone_closes"),
        phone_from_abroad=h.text("phone_from_abroad"),
        english_line=h.text("english_line"),
        emergency_number=h.text("emergency_number"),
        timezone=h.text("timezone"),
        sources=h.sources(sources),
    )
    if help_facts.phone_opens >= help_facts.phone_closes:
        raise h.fail("phone_closes", "later than phone_opens")

    a = root.table("account")
    account = AccountFacts(
        email_validation_days=a.integer("email_validation_days", 1),
        needs=a.texts("needs"),
        login_url=a.text("login_url"),
        sources=a.sources(sources),
        needs_fr=a.french_texts("needs"),
    )
    if not account.login_url.startswith("https://"):
        raise a.fail("login_url", "an https:// address")

    b = root.table("birth")
    birth = BirthFacts(
        declaration_days=b.integer("declaration_days", 1),
        claim_follow_up_days=b.integer("claim_follow_up_days", 1),
        sources=b.sources(sources),
    )

    countries_table = root.table("countries")
    countries = {}
    for code in countries_table.data:
        entry = countries_table.table(code)
        if len(code) != 2 or not code.isupper():
            raise countries_table.fail(code, "a two-letter country code")
        countries[code] = Country(code, entry.text("en"), entry.text("fr"))

    return Facts(
        schengen=schengen,
        ceam=ceam,
        vitale=vitale,
        help=help_facts,
        account=account,
        birth=birth,
        countries=countries,
        sources=sources,
        raw=data,
    )


def default_facts_path() -> Path:
    """resources/facts.toml wherever the app is installed (source tree, wheel or bundle)."""
    from ameli_desktop.app_paths import resources_dir

    return resources_dir() / "facts.toml"


def load_facts(path: Path | None = None) -> Facts:
    """Read and validate a facts file; the shipped one when no path is given."""
    path = path or default_facts_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the facts file {file}: {detail}."),
            file=str(path),
            detail=exc.strerror if isinstance(exc, OSError) else str(exc),
        ) from None
    return parse_facts(text, path)


@functools.cache
def default_facts() -> Facts:
    """The shipped facts, loaded once per process."""
    return load_facts()

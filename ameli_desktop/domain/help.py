"""What the Help panel knows: the phone lines and whether they are open, French public holidays,
how to create an ameli account, what a CPAM appointment is for, and how to declare a birth.

Everything here is data or a pure function of facts.toml and an instant passed in: the panel calls
:func:`line_status` with the current time, tests call it with chosen instants. Texts are English
templates marked for translation in the "Help" context; the GUI translates them, the CLI prints
them.
"""

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.facts import Facts, Source, is_french

CONTEXT = "Help"  # translation context of the texts below

# ------------------------------------------------------------------------------ public holidays

FIRST_GREGORIAN_YEAR = 1583  # the Easter computation below is the Gregorian one


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).

    It computes the ecclesiastical full moon from the 19-year Metonic cycle (``a``), the century
    corrections for leap years (``f``, ``i``) and for the Moon's orbit (``g``), then the following
    Sunday (``l``). Exact for every Gregorian year; checked in the tests against published dates.
    """
    if not FIRST_GREGORIAN_YEAR <= year <= 9999:
        raise ValueError(f"Easter is computed for Gregorian years 1583-9999, not {year}")
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's published name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True, slots=True)
class PublicHoliday:
    day: date
    key: str  # stable id, e.g. "whit_monday"
    name: str  # English with the French name, marked for translation


_FIXED_HOLIDAYS: tuple[tuple[int, int, str, str], ...] = (
    (1, 1, "new_year", QT_TRANSLATE_NOOP("Help", "New Year's Day (jour de l'an)")),
    (5, 1, "labour_day", QT_TRANSLATE_NOOP("Help", "Labour Day (fête du Travail)")),
    (5, 8, "victory_1945", QT_TRANSLATE_NOOP("Help", "Victory in Europe Day (8 mai 1945)")),
    (7, 14, "national_day", QT_TRANSLATE_NOOP("Help", "National Day (fête nationale)")),
    (8, 15, "assumption", QT_TRANSLATE_NOOP("Help", "Assumption (Assomption)")),
    (11, 1, "all_saints", QT_TRANSLATE_NOOP("Help", "All Saints' Day (Toussaint)")),
    (11, 11, "armistice_1918", QT_TRANSLATE_NOOP("Help", "Armistice Day (11 novembre 1918)")),
    (12, 25, "christmas", QT_TRANSLATE_NOOP("Help", "Christmas Day (Noël)")),
)
# Days after Easter Sunday.
_MOVABLE_HOLIDAYS: tuple[tuple[int, str, str], ...] = (
    (1, "easter_monday", QT_TRANSLATE_NOOP("Help", "Easter Monday (lundi de Pâques)")),
    (39, "ascension", QT_TRANSLATE_NOOP("Help", "Ascension Day (Ascension)")),
    (50, "whit_monday", QT_TRANSLATE_NOOP("Help", "Whit Monday (lundi de Pentecôte)")),
)


@functools.cache
def public_holidays(year: int) -> tuple[PublicHoliday, ...]:
    """The 11 national public holidays of a year (Code du travail L3133-1), in date order.

    Whit Monday is listed: it stays a public holiday even where it is worked as the "journée de
    solidarité". The extra days of Alsace-Moselle (Good Friday, 26 December) are not national and
    are not listed.
    """
    easter = easter_sunday(year)
    days = [PublicHoliday(date(year, m, d), key, name) for m, d, key, name in _FIXED_HOLIDAYS]
    days += [
        PublicHoliday(easter + timedelta(days=offset), key, name)
        for offset, key, name in _MOVABLE_HOLIDAYS
    ]
    return tuple(sorted(days, key=lambda h: h.day))


def holiday_on(day: date) -> PublicHoliday | None:
    """The public holiday falling on a day, if any."""
    return next((h for h in public_holidays(day.year) if h.day == day), None)


def is_public_holiday(day: date) -> bool:
    return holiday_on(day) is not None


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a public holiday (what administrative delays count)."""
    return day.weekday() < 5 and not is_public_holiday(day)


# ---------------------------------------------------------------------------------- phone lines


class LineKind(StrEnum):
    MAIN = "main"  # 3646 from France
    ABROAD = "abroad"  # the same service from abroad
    ENGLISH = "english"  # the English-speaking line reported by The Local


_WEEKDAY_NUMBERS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# Hours shown for a line. DESIGN.md gives no hours for the English-speaking line; it is an ameli
# number (09 74 75 36 46 ends with 3646) answered by the same service, so the app assumes the
# 3646 hours and says so on the panel ("hours_confirmed" False).


@dataclass(frozen=True, slots=True)
class PhoneLine:
    kind: LineKind
    name: str  # marked for translation
    number: str
    weekdays: frozenset[int]  # 0 = Monday
    opens: time
    closes: time  # exclusive: at 17:00 sharp the line is closed
    timezone: ZoneInfo
    hours_confirmed: bool  # False: hours assumed, not published by the source
    note: str  # marked for translation; empty when there is nothing to add
    sources: tuple[Source, ...]


def phone_lines(facts: Facts) -> tuple[PhoneLine, ...]:
    """The lines shown on the Help panel, from facts.toml ``[help]``."""
    h = facts.help
    weekdays = frozenset(_WEEKDAY_NUMBERS[d] for d in h.phone_days)
    zone = ZoneInfo(h.timezone)
    english_sources = tuple(facts.source_of("help", "english_line"))
    main_sources = tuple(s for s in facts.source_of("help") if s not in english_sources)
    varies = QT_TRANSLATE_NOOP(
        "Help", "At least these hours: they vary by département, some answer longer."
    )
    return (
        PhoneLine(
            LineKind.MAIN,
            QT_TRANSLATE_NOOP("Help", "Assurance Maladie (from France)"),
            h.phone,
            weekdays,
            h.phone_opens,
            h.phone_closes,
            zone,
            hours_confirmed=True,
            note=varies,
            sources=main_sources,
        ),
        PhoneLine(
            LineKind.ABROAD,
            QT_TRANSLATE_NOOP("Help", "Assurance Maladie (from abroad)"),
            h.phone_from_abroad,
            weekdays,
            h.phone_opens,
            h.phone_closes,
            zone,
            hours_confirmed=True,
            note=QT_TRANSLATE_NOOP("Help", "Paris time. International call rates apply."),
            sources=main_sources,
        ),
        PhoneLine(
            LineKind.ENGLISH,
            QT_TRANSLATE_NOOP("Help", "English-speaking line"),
            h.english_line,
            weekdays,
            h.phone_opens,
            h.phone_closes,
            zone,
            hours_confirmed=False,
            note=QT_TRANSLATE_NOOP(
                "Help",
                "Reported by The Local. Its hours are not published: the app assumes those of"
                " the 3646.",
            ),
            sources=english_sources,
        ),
    )


@dataclass(frozen=True, slots=True)
class LineStatus:
    is_open: bool
    closes_at: datetime | None  # when open: today's closing time, in the line's zone
    next_opening: datetime | None  # when closed: the next opening, in the line's zone
    holiday: PublicHoliday | None  # when closed because today is a public holiday


def _open_on(line: PhoneLine, day: date) -> bool:
    return day.weekday() in line.weekdays and not is_public_holiday(day)


# A line with opening days never goes more than a week and a few holidays without opening.
_SEARCH_DAYS = 21


def line_status(line: PhoneLine, now: datetime) -> LineStatus:
    """Whether a line is open at an instant, and when it closes or next opens.

    ``now`` may be in any zone (the machine's, UTC): it is converted to the line's zone first, so a
    user abroad sees Paris hours. Open means an opening day, not a public holiday, and
    ``opens <= local time < closes``.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be an aware datetime, got {now!r}")
    local = now.astimezone(line.timezone)
    today = local.date()
    holiday = holiday_on(today)
    if _open_on(line, today) and line.opens <= local.time() < line.closes:
        closes = datetime.combine(today, line.closes, tzinfo=line.timezone)
        return LineStatus(True, closes, None, None)
    day = today if local.time() < line.opens else today + timedelta(days=1)
    for _ in range(_SEARCH_DAYS):
        if _open_on(line, day):
            opening = datetime.combine(day, line.opens, tzinfo=line.timezone)
            return LineStatus(False, None, opening, holiday)
        day += timedelta(days=1)
    return LineStatus(False, None, None, holiday)


_WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Help", "Monday"),
    QT_TRANSLATE_NOOP("Help", "Tuesday"),
    QT_TRANSLATE_NOOP("Help", "Wednesday"),
    QT_TRANSLATE_NOOP("Help", "Thursday"),
    QT_TRANSLATE_NOOP("Help", "Friday"),
    QT_TRANSLATE_NOOP("Help", "Saturday"),
    QT_TRANSLATE_NOOP("Help", "Sunday"),
)


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence to show: a template marked for translation and its parameters.

    Parameters are already formatted (times ``08:30``, dates ``10/06/2025``); ``weekday`` is an
    English day name the GUI may translate in the "Help" context.
    """

    template: str
    params: dict[str, str]

    def __str__(self) -> str:
        return self.template.format(**self.params)


def describe_line_status(status: LineStatus, now: datetime) -> Text:
    """ "Open now, until 17:00" / "Closed: opens tomorrow at 08:30" / "Closed (Whit Monday)..."."""
    if status.is_open and status.closes_at is not None:
        return Text(
            QT_TRANSLATE_NOOP("Help", "Open now, until {time}"),
            {"time": status.closes_at.strftime("%H:%M")},
        )
    if status.next_opening is None:
        return Text(QT_TRANSLATE_NOOP("Help", "Closed"), {})
    opening = status.next_opening
    today = now.astimezone(opening.tzinfo).date()
    params = {
        "time": opening.strftime("%H:%M"),
        "date": opening.strftime("%d/%m/%Y"),
        "weekday": _WEEKDAY_NAMES[opening.weekday()],
        "holiday": status.holiday.name if status.holiday else "",
    }
    if opening.date() == today:
        template = QT_TRANSLATE_NOOP("Help", "Closed now: opens today at {time}")
    elif opening.date() == today + timedelta(days=1):
        template = (
            QT_TRANSLATE_NOOP("Help", "Closed today, {holiday}: opens tomorrow at {time}")
            if status.holiday
            else QT_TRANSLATE_NOOP("Help", "Closed now: opens tomorrow at {time}")
        )
    elif status.holiday:
        template = QT_TRANSLATE_NOOP(
            "Help", "Closed today, {holiday}: opens {weekday} {date} at {time}"
        )
    else:
        template = QT_TRANSLATE_NOOP("Help", "Closed now: opens {weekday} {date} at {time}")
    return Text(template, params)


def describe_hours(line: PhoneLine) -> Text:
    """ "Monday to Friday, 08:30-17:00 (Paris time), except public holidays"."""
    days = sorted(line.weekdays)
    if days == list(range(days[0], days[-1] + 1)) and len(days) > 1:
        template = QT_TRANSLATE_NOOP(
            "Help",
            "{first} to {last}, {opens}-{closes} (Paris time), except public holidays",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Help", "{days}, {opens}-{closes} (Paris time), except public holidays"
        )
    return Text(
        template,
        {
            "first": _WEEKDAY_NAMES[days[0]],
            "last": _WEEKDAY_NAMES[days[-1]],
            "days": ", ".join(_WEEKDAY_NAMES[d] for d in days),
            "opens": line.opens.strftime("%H:%M"),
            "closes": line.closes.strftime("%H:%M"),
        },
    )


# --------------------------------------------------------------------------------- ameli account

_ACCOUNT_STEPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Help", "Have ready: {needs}."),
    QT_TRANSLATE_NOOP(
        "Help",
        "On ameli.fr, choose to create an account (compte ameli) and enter your NIR, your date of"
        " birth and your postcode.",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "Confirm who you are with the last 7 digits of the IBAN known to your caisse and the"
        " serial number of your carte Vitale.",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "Give your e-mail address and choose a password. Ameli Desktop can keep the login (your"
        " NIR) and the password in the system keyring, never in its database.",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "Open the confirmation e-mail and click its link within {days} days: after that the link"
        " expires and you have to start again. Note below when you started to see the deadline.",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "If a detail is refused, call the {phone} (see the lines above) or ask at a CPAM office.",
    ),
)


def account_steps(facts: Facts, language: str = "en") -> tuple[Text, ...]:
    """How to create an ameli account, step by step (facts.toml ``[account]``).

    ``language`` picks the facts' own prose (what to have ready); the GUI translates the steps.
    """
    needs = facts.account.needs_in(language)
    separator = " ; " if is_french(language) else "; "  # French puts a space before ";"
    params = {
        "needs": separator.join(n[:1].lower() + n[1:].rstrip(".") for n in needs),
        "days": str(facts.account.email_validation_days),
        "phone": facts.help.phone,
    }
    return tuple(Text(step, params) for step in _ACCOUNT_STEPS)


@dataclass(frozen=True, slots=True)
class EmailValidationDeadline:
    started_at: datetime
    deadline: datetime  # in the zone of started_at
    expired: bool
    time_left: timedelta  # zero once expired


def email_validation_deadline(
    started_at: datetime, now: datetime, facts: Facts
) -> EmailValidationDeadline:
    """When the account's e-mail validation link expires, counted from when the user started.

    The link lives a number of days of elapsed time (7 x 24 h): the deadline is computed in UTC, so
    a change of clocks in between moves it by an hour on the wall clock, not in reality.
    """
    for name, value in (("started_at", started_at), ("now", now)):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{name} must be an aware datetime, got {value!r}")
    lifetime = timedelta(days=facts.account.email_validation_days)
    deadline = (started_at.astimezone(UTC) + lifetime).astimezone(started_at.tzinfo)
    left = deadline.astimezone(UTC) - now.astimezone(UTC)  # elapsed, not wall-clock, time
    return EmailValidationDeadline(
        started_at=started_at,
        deadline=deadline,
        expired=left <= timedelta(0),
        time_left=max(left, timedelta(0)),
    )


# ------------------------------------------------------------------------- CPAM appointment


def appointment_purpose(facts: Facts) -> tuple[tuple[Text, ...], tuple[Text, ...]]:
    """What a CPAM appointment is for, and what it is not (shown on the Help panel)."""
    params = {"phone": facts.help.phone, "emergency": facts.help.emergency_number}
    is_for = (
        QT_TRANSLATE_NOOP(
            "Help",
            "Questions about your file that the ameli account cannot settle: your registration"
            " (affiliation), your rights, a payment you do not understand.",
        ),
        QT_TRANSLATE_NOOP(
            "Help",
            "Sick leave (arrêt de travail), an accident at work, maternity or paternity leave, and"
            " the daily allowances (indemnités journalières) that go with them.",
        ),
        QT_TRANSLATE_NOOP(
            "Help", "Care received abroad and its reimbursement; problems with a carte Vitale."
        ),
        QT_TRANSLATE_NOOP(
            "Help",
            "A change in your life that changes your cover: a move, a birth, a separation.",
        ),
        QT_TRANSLATE_NOOP(
            "Help",
            "It happens at a CPAM office (accueil), by phone (the advisor calls you) or by video;"
            " book it from your ameli account or through the {phone}. Give the reason when you"
            " book: the advisor prepares your file from it.",
        ),
    )
    is_not = (
        QT_TRANSLATE_NOOP(
            "Help",
            "It is not a medical consultation: the advisor is not a doctor and gives no diagnosis"
            " or prescription. See your doctor (médecin traitant) for care; in an emergency call"
            " {emergency}.",
        ),
        QT_TRANSLATE_NOOP(
            "Help",
            "It is not needed for what the ameli account does at once: downloading an attestation"
            " de droits, following your reimbursements, changing your address.",
        ),
    )
    return (
        tuple(Text(t, params) for t in is_for),
        tuple(Text(t, params) for t in is_not),
    )


# ----------------------------------------------------------------------------- birth declaration


def birth_declaration_deadline(born_on: date, facts: Facts) -> date:
    """The last day to declare a birth at the mairie (Code civil art. 55).

    Five days after the birth, the day of birth not counted; when that day is a Saturday, a Sunday
    or a public holiday, the next day that is none of these.
    """
    deadline = born_on + timedelta(days=facts.birth.declaration_days)
    while not is_working_day(deadline):
        deadline += timedelta(days=1)
    return deadline


@dataclass(frozen=True, slots=True)
class BirthStep:
    title: Text
    details: Text
    documents: tuple[str, ...]  # marked for translation


_MAIRIE_DOCUMENTS = (
    QT_TRANSLATE_NOOP(
        "Help", "The certificat d'accouchement from the doctor or midwife (sage-femme)"
    ),
    QT_TRANSLATE_NOOP("Help", "An identity document of the person declaring the birth"),
    QT_TRANSLATE_NOOP("Help", "Your livret de famille, if you have one, to add the child"),
    QT_TRANSLATE_NOOP(
        "Help", "The déclaration conjointe de choix de nom, if you choose the child's surname"
    ),
    QT_TRANSLATE_NOOP(
        "Help", "The acte de reconnaissance, if the child was recognised before the birth"
    ),
)
_CAISSE_DOCUMENTS = (
    QT_TRANSLATE_NOOP("Help", "A copy of the acte de naissance, or the updated livret de famille"),
    QT_TRANSLATE_NOOP("Help", "The NIR of each parent the child is attached to"),
)


def birth_declaration_steps(born_on: date | None, facts: Facts) -> tuple[BirthStep, ...]:
    """How to declare a child born in France so that it is covered by a parent's rights.

    With ``born_on`` the first step carries the exact last day; without it, the rule.
    """
    days = str(facts.birth.declaration_days)
    deadline = birth_declaration_deadline(born_on, facts).strftime("%d/%m/%Y") if born_on else ""
    follow = str(facts.birth.claim_follow_up_days)
    return (
        BirthStep(
            Text(
                QT_TRANSLATE_NOOP("Help", "1. Declare the birth at the mairie by {deadline}")
                if born_on
                else QT_TRANSLATE_NOOP("Help", "1. Declare the birth at the mairie"),
                {"deadline": deadline},
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "Help",
                    "At the mairie of the place of birth, within {days} days after the birth (the"
                    " day of birth not counted; when the last day is a Saturday, Sunday or public"
                    " holiday, the next working day). The father declares it, or else the doctor,"
                    " the midwife or another person present at the birth; the maternity ward"
                    " often does it or has a mairie desk.",
                ),
                {"days": days},
            ),
            _MAIRIE_DOCUMENTS,
        ),
        BirthStep(
            Text(QT_TRANSLATE_NOOP("Help", "2. Get copies of the acte de naissance"), {}),
            Text(
                QT_TRANSLATE_NOOP(
                    "Help",
                    "The mairie draws up the acte de naissance. Ask for copies (extrait avec"
                    " filiation): your caisse, the CAF and your employer ask for it.",
                ),
                {},
            ),
            (),
        ),
        BirthStep(
            Text(QT_TRANSLATE_NOOP("Help", "3. Declare the newborn to the Assurance Maladie"), {}),
            Text(
                QT_TRANSLATE_NOOP(
                    "Help",
                    "In your ameli account: Mes démarches, Déclaration du nouveau-né (for a child"
                    " born in France). Or by post to your CPAM with the form “Demande de"
                    " rattachement des enfants mineurs à l'un ou aux deux parents assurés”. The"
                    " child is attached to (rattaché à) your rights, and can be attached to both"
                    " parents.",
                ),
                {},
            ),
            _CAISSE_DOCUMENTS,
        ),
        BirthStep(
            Text(QT_TRANSLATE_NOOP("Help", "4. Update your carte Vitale"), {}),
            Text(
                QT_TRANSLATE_NOOP(
                    "Help",
                    "Once the caisse confirms, update your carte Vitale at a pharmacy so that the"
                    " child appears on it. Ameli Desktop adds the child to the household and a"
                    " claim to follow: if nothing has come {follow} days after you declared,"
                    " contact your caisse.",
                ),
                {"follow": follow},
            ),
            (),
        ),
    )


BORN_ABROAD_NOTE = QT_TRANSLATE_NOOP(
    "Help",
    "Born abroad? The birth is registered by the local authorities and then by the French"
    " consulate; these steps do not apply as they are: ask your CPAM.",
)


@dataclass(frozen=True, slots=True)
class BirthDeclaration:
    """What the birth-declaration flow records: a child in the household and a claim to follow."""

    child_name: str
    born_on: date
    declared_on: date  # when the parent declared the newborn to the caisse
    mairie_deadline: date
    claim_expected_by: date


def plan_birth_declaration(
    child_name: str, born_on: date, declared_on: date, *, today: date, facts: Facts
) -> BirthDeclaration:
    """Check the flow's inputs and compute its dates.

    Raises:
        UserError: an empty name (field "child_name"), a birth in the future ("born_on"), or a
            declaration before the birth or in the future ("declared_on").
    """
    name = " ".join(child_name.split())
    if not name:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Give the child's name to add them to the household."),
            field="child_name",
        )
    if born_on > today:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The date of birth {value} is in the future: declare a birth after it."
            ),
            field="born_on",
            value=born_on.strftime("%d/%m/%Y"),
        )
    if not born_on <= declared_on <= today:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The declaration date {value} must be between the birth ({born}) and today.",
            ),
            field="declared_on",
            value=declared_on.strftime("%d/%m/%Y"),
            born=born_on.strftime("%d/%m/%Y"),
        )
    return BirthDeclaration(
        child_name=name,
        born_on=born_on,
        declared_on=declared_on,
        mairie_deadline=birth_declaration_deadline(born_on, facts),
        claim_expected_by=declared_on + timedelta(days=facts.birth.claim_follow_up_days),
    )


def holidays_between(start: date, end: date) -> Sequence[PublicHoliday]:
    """Public holidays from ``start`` to ``end`` inclusive (for the help panel's list)."""
    return [
        h
        for year in range(start.year, end.year + 1)
        for h in public_holidays(year)
        if start <= h.day <= end
    ]

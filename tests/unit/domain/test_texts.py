"""Sentences of the domain in a reader's language (domain.texts.Language), without Qt.

A fake translator stands for the GUI's: a dictionary of (context, English source) -> French.
"""

from datetime import date

from ameli_desktop.domain.ceam import CeamHolder, check_trip, make_card, make_trip
from ameli_desktop.domain.texts import ENGLISH, CountryCode, Language, text

FRENCH = {
    ("Ceam", "{situation} {todo}"): "{situation} {todo}",
    ("Ceam", "The trip to {country} starts on {day}."): "Le voyage ({country}) part le {day}.",
    ("Ceam", "Take the card."): "Prenez la carte.",
    ("Doc", "Hello {name}"): "Bonjour {nom}",  # a broken translation: wrong placeholder
}


def french(context: str, source: str) -> str:
    return FRENCH.get((context, source), source)


FR = Language("fr", french)
SENTENCE = text(
    "Ceam",
    "{situation} {todo}",
    situation=text(
        "Ceam",
        "The trip to {country} starts on {day}.",
        country=CountryCode("ES"),
        day=date(2026, 12, 2),
    ),
    todo=text("Ceam", "Take the card."),
)


def test_english_is_the_source_with_english_country_names() -> None:
    assert ENGLISH.show(SENTENCE) == "The trip to Spain starts on 02/12/2026. Take the card."
    assert str(SENTENCE) == ENGLISH.show(SENTENCE)  # the CLI's str() says the same
    assert ENGLISH.tr("Doc", "Hello {name}", name="Zoé") == "Hello Zoé"


def test_a_language_translates_nested_sentences_and_names_countries_in_it() -> None:
    assert FR.show(SENTENCE) == "Le voyage (Espagne) part le 02/12/2026. Prenez la carte."
    assert FR.show(None) == ""
    assert FR.country("GB") == "Royaume-Uni"
    assert FR.country("ZZ") == "ZZ"  # not in facts.toml: the code


def test_a_translation_with_wrong_placeholders_falls_back_to_english() -> None:
    assert FR.tr("Doc", "Hello {name}", name="Zoé") == "Hello Zoé"
    assert FR.tr("Doc", "Unknown text") == "Unknown text"


def test_ceam_advice_names_the_country_in_the_readers_language() -> None:
    """A trip to the United States: the CEAM is not used there; the country is kept as a code in
    the advice, so the CLI says "United States" and the French UI "États-Unis"."""
    trip = make_trip("US", date(2026, 12, 2), date(2026, 12, 16))
    check = check_trip(CeamHolder(card=make_card(date(2025, 6, 1))), trip, date(2026, 11, 25))
    assert "The CEAM is not used in United States" in str(check.action)
    template = check.action.template
    translated = Language("fr", lambda _c, s: "Pas en {country}." if s == template else s)
    assert translated.show(check.action) == "Pas en États-Unis."

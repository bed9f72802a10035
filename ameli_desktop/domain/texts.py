"""Sentences that rules produce for the user (advice, actions), translatable by the GUI.

The domain cannot import Qt, yet its advice ("order a new CEAM by 24/06/2026") must reach the French
UI. Like :class:`~ameli_desktop.domain.errors.UserError`, a :class:`Text` is therefore a template
marked with ``QT_TRANSLATE_NOOP(context, ...)`` plus named parameters. The parameters stay raw
(dates stay dates) so that each front end formats them its own way; the CLI uses
:func:`display_value` (French date format, as DESIGN.md 10 asks).

Documents made below the GUI (PDFs, calendar files, the printed CEAM reminder) are written in a
:class:`Language`: the GUI builds one from its translator and its language code
(``ui.i18n.document_language()``); :data:`ENGLISH`, the default, is what the CLI writes.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.facts import Facts, default_facts

ValueFormatter = Callable[[Any], str]
Translate = Callable[[str, str], str]  # (context, English source) -> text in some language


@dataclass(frozen=True, slots=True)
class CountryCode:
    """A country named in a sentence, kept as its ISO code so each reader sees it in their
    language (facts.toml ``[countries]``)."""

    code: str

    def __str__(self) -> str:
        return default_facts().country_name(self.code)


def display_value(value: Any) -> str:
    """How a parameter reads in English output: dates as 31/12/2025, the rest as str()."""
    if isinstance(value, date):
        return format_date(value)
    return str(value)


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing sentence: an English ``template`` marked for translation in ``context``.

    ``str(text)`` gives the English sentence; the GUI passes a translated template to
    :meth:`render`.
    """

    context: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(
        self, template: str | None = None, format_value: ValueFormatter = display_value
    ) -> str:
        """Fill the placeholders; a translated ``template`` that does not fit falls back."""
        values = {name: format_value(value) for name, value in self.params.items()}
        try:
            return (template or self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()


def text(context: str, template: str, **params: Any) -> Text:
    """Shorthand: ``text("Ceam", QT_TRANSLATE_NOOP("Ceam", "… {day} …"), day=d)``."""
    return Text(context, template, dict(params))


def untranslated(context: str, source: str) -> str:
    """The English source itself: the translation of the CLI and of the English UI."""
    del context
    return source


@dataclass(frozen=True, slots=True)
class Language:
    """The language a document is written in, for layers that cannot import Qt.

    ``translate`` looks up a ``QT_TRANSLATE_NOOP``-marked source (the GUI passes
    ``ui.i18n.translate``); ``code`` ("en", "fr") picks country names and the prose of facts.toml.
    """

    code: str = "en"
    translate: Translate = untranslated

    def tr(self, context: str, source: str, **params: Any) -> str:
        """A marked source in this language, its ``{placeholders}`` filled from ``params``.

        A translation whose placeholders do not fit the parameters falls back to the English
        source: a typo in a .ts file must not make a document fail.
        """
        translated = self.translate(context, source)
        if not params:
            return translated
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return source.format(**params)

    def show(self, sentence: Text | None) -> str:
        """A domain sentence in this language, nested sentences and country names included."""
        if sentence is None:
            return ""
        return sentence.render(self.translate(sentence.context, sentence.template), self.value)

    def value(self, value: Any) -> str:
        """A sentence's parameter as this language shows it (dates stay 31/12/2025)."""
        if isinstance(value, Text):
            return self.show(value)
        if isinstance(value, CountryCode):
            return self.country(value.code)
        return display_value(value)

    def country(self, code: str, facts: Facts | None = None) -> str:
        """A country's name in this language (the code when facts.toml does not list it)."""
        return (facts or default_facts()).country_name(code, self.code)


ENGLISH = Language()

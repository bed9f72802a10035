"""Sentences that rules produce for the user (advice, actions), translatable by the GUI.

The domain cannot import Qt, yet its advice ("order a new CEAM by 24/06/2026") must reach the French
UI. Like :class:`~ameli_desktop.domain.errors.UserError`, a :class:`Text` is therefore a template
marked with ``QT_TRANSLATE_NOOP(context, ...)`` plus named parameters. The parameters stay raw
(dates stay dates) so that each front end formats them its own way; the CLI and PDFs use
:func:`display_value` (French date format, as DESIGN.md 10 asks).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ameli_desktop.domain.dates import format_date

ValueFormatter = Callable[[Any], str]


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

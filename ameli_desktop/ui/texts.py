"""Showing the domain's advice (:class:`~ameli_desktop.domain.texts.Text`) in the UI language.

Each template is translated in its own context; nested texts (a situation inside an action) are
translated too, and dates are shown the French way through QLocale.
"""

from datetime import date
from typing import Any

from ameli_desktop.domain.texts import Text
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate


def display_value(value: Any) -> str:
    if isinstance(value, Text):
        return show(value)
    if isinstance(value, date):
        return formatting.day(value)
    return str(value)


def show(text: Text | None) -> str:
    """The sentence in the UI language ("" for None)."""
    if text is None:
        return ""
    return text.render(translate(text.context, text.template), display_value)

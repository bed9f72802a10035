"""Showing the domain's advice (:class:`~ameli_desktop.domain.texts.Text`) in the UI language.

Each template is translated in its own context; nested texts (a situation inside an action) and
country names are shown in the UI language too, by the same rule the documents use
(:class:`~ameli_desktop.domain.texts.Language`).
"""

from ameli_desktop.domain.texts import Text
from ameli_desktop.ui.i18n import document_language


def show(text: Text | None) -> str:
    """The sentence in the UI language ("" for None)."""
    return document_language().show(text)

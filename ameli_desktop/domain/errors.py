"""The one error type users see, with messages the GUI can translate.

Lower layers cannot import Qt, yet their messages reach the French UI. A message is therefore a
template marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` (which `pyside6-lupdate` collects) plus
named parameters: the CLI prints ``str(error)`` in English, the GUI translates the template first.
"""

from typing import Any

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it here."""
    del context
    return text


class UserError(Exception):
    """Something the user can fix: bad input, a missing record, a locked file.

    Args:
        template: an English sentence with ``{name}`` placeholders, marked with QT_TRANSLATE_NOOP.
        field: the input field at fault, so the GUI can mark it (None when not about one field).
        params: values for the placeholders, already formatted for display.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(self.render(template))

    def render(self, template: str) -> str:
        """The message with its placeholders filled; ``template`` may be a translation."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


class NotFoundError(UserError):
    """A record named by the user does not exist (a person, a trip id...)."""


class ConflictError(UserError):
    """The change would contradict stored data (a duplicate name, a second open stay...)."""

"""The one error type users see, with messages the GUI can translate.

Lower layers cannot import Qt, yet their messages reach the French UI. A message is therefore a
template marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` (which `pyside6-lupdate` collects) plus
named parameters: the CLI prints ``str(error)`` in English, the GUI translates the template first.
"""

import re
from typing import Any

ERRORS_CONTEXT = "Errors"

# Characters a file may carry that a terminal would obey rather than show: C0 controls (ESC starts
# the escape sequences that move the cursor, recolour or retitle a terminal), DEL, the C1 controls
# (U+009B is a one-character CSI) and the bidirectional overrides that reorder what is displayed.
_BIDI = r"\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROLS = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_LAYOUT_CONTROLS = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")  # keeps \t and \n


def _escape(match: re.Match[str]) -> str:
    return match[0].encode("unicode_escape").decode("ascii")  # ESC -> \x1b, TAB -> \t


def show_controls(text: str, *, keep_layout: bool = False) -> str:
    """``text`` with every control character written out (``\\x1b``), never obeyed.

    Text from a file (a cell, a file name) reaches terminals and dialogs; an escape sequence in it
    must be shown, not run. ``keep_layout`` keeps line breaks and tabs (a command's own output).
    """
    return (_LAYOUT_CONTROLS if keep_layout else _CONTROLS).sub(_escape, text)


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
        """The message with its placeholders filled; ``template`` may be a translation.

        Text parameters come from files and users: their control characters are shown, not
        obeyed (a sentence reaches a terminal or a dialog).
        """
        params = {
            key: show_controls(value, keep_layout=True) if isinstance(value, str) else value
            for key, value in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**params)


class NotFoundError(UserError):
    """A record named by the user does not exist (a person, a trip id...)."""


class ConflictError(UserError):
    """The change would contradict stored data (a duplicate name, a second open stay...)."""

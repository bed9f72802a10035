"""User errors: their sentences, their translated forms, and control characters shown, not obeyed
(issue 17, item 6)."""

import pytest

from ameli_desktop.domain.errors import UserError, show_controls


def test_a_sentence_fills_its_template() -> None:
    error = UserError("{name} has {count} claims.", field="person", name="Zoé", count=2)
    assert str(error) == "Zoé has 2 claims."
    assert error.field == "person"
    assert error.template == "{name} has {count} claims."
    assert error.render("{name} a {count} démarches.") == "Zoé a 2 démarches."


def test_a_broken_translation_falls_back_to_english() -> None:
    error = UserError("{name} has {count} claims.", name="Zoé", count=2)
    assert error.render("{nom} a {count} démarches.") == "Zoé has 2 claims."
    assert error.render("{0} a démarches.") == "Zoé has 2 claims."
    assert error.render("{name a démarches.") == "Zoé has 2 claims."


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),  # clears the screen
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),  # retitles the terminal
        ("\x9b31m", "\\x9b31m"),  # a one-character CSI
        ("a\u202eb", "a\\u202eb"),  # right-to-left override
        ("a\u2066b\u2069", "a\\u2066b\\u2069"),
        ("\x00\x7f", "\\x00\\x7f"),
        ("tab\there", "tab\\there"),
        ("two\nlines\r", "two\\nlines\\r"),
        ("Zoé – 12,50 €", "Zoé – 12,50 €"),  # letters, dashes and symbols stay
    ],
)
def test_control_characters_are_written_out(text: str, shown: str) -> None:
    assert show_controls(text) == shown


def test_a_command_keeps_its_own_lines_and_tabs() -> None:
    assert show_controls("a\tb\nc\x1b[0m\r", keep_layout=True) == "a\tb\nc\\x1b[0m\\r"


def test_a_parameter_keeps_its_line_breaks() -> None:
    assert str(UserError("Rows:\n{rows}", rows="line 3\n\tline 4")) == "Rows:\nline 3\n\tline 4"


def test_the_translation_marker_returns_the_text_itself() -> None:
    from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP

    assert QT_TRANSLATE_NOOP("Errors", "The amount must be more than zero.") == (
        "The amount must be more than zero."
    )


def test_a_sentence_never_carries_a_control_character_from_a_file() -> None:
    error = UserError("Cannot read {file}: {detail}.", file="relevé\x1b[2J.csv", detail=42)
    assert str(error) == "Cannot read relevé\\x1b[2J.csv: 42."
    assert error.render("Impossible de lire {file}.") == "Impossible de lire relevé\\x1b[2J.csv."
    assert error.params["file"] == "relevé\x1b[2J.csv"  # the value itself is kept

"""Sentences from the rules (issue 17, item 8): a translation that does not fit its parameters
falls back to the English sentence rather than showing a broken one."""

from datetime import date

from ameli_desktop.domain.texts import text


def test_a_translation_that_does_not_fit_falls_back_to_the_english_sentence() -> None:
    sentence = text("Ceam", "Order by {deadline}.", deadline=date(2026, 12, 7))
    assert sentence.render() == "Order by 07/12/2026."
    assert sentence.render("Commandez avant le {deadline}.") == "Commandez avant le 07/12/2026."
    assert sentence.render("Commandez avant le {date}.") == "Order by 07/12/2026."
    assert sentence.render("Commandez {0}.") == "Order by 07/12/2026."
    assert sentence.render("Commandez {deadline.") == "Order by 07/12/2026."

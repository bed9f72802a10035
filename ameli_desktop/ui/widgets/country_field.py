"""The one country input of the app: a list of names in the UI language, where a code or a name
in English or French may be typed.

Why not a plain combo: typing "ES" in one (editable or not) jumps to the first item that starts
with those letters, Estonia. Here nothing is completed inline; the popup offers the countries
whose English or French name or code contains what was typed (accents ignored), and what is left
in the field is read by :meth:`~ameli_desktop.domain.facts.Facts.find_country` (the rule, in one
place) when the field is left or read.
"""

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ameli_desktop.domain.facts import Facts
from ameli_desktop.domain.names import fold
from ameli_desktop.ui.i18n import country_name

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # code, English and French names, as typed and folded


class _Completer(QCompleter):
    """Matches on the search text, puts the shown name in the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryField(QComboBox):
    """``codes`` in the list (every country of facts.toml by default), ``first`` ahead of the
    others with a separator (the Schengen members for a stay); any two letters may be typed."""

    def __init__(
        self,
        facts: Facts,
        field: str = "country",
        parent: QWidget | None = None,
        *,
        codes: Iterable[str] | None = None,
        first: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.facts = facts
        self.field = field
        self.setObjectName(field)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        listed = sorted(set(facts.countries) if codes is None else set(codes))
        ahead = [c for c in listed if c in set(first)]
        rest = [c for c in listed if c not in set(first)]
        for group in (ahead, rest):
            for code in sorted(group, key=country_name):
                self._add(code)
            if group is ahead and ahead and rest:
                self.insertSeparator(self.count())
        completer = _Completer(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self.settle)
        self.setCurrentIndex(-1)

    def _add(self, code: str) -> None:
        self.addItem(f"{country_name(code)} ({code})", code)
        names = [code]
        country = self.facts.countries.get(code)
        if country is not None:
            names += [country.en, country.fr]
        search = " ".join(names + [fold(n) for n in names])
        self.setItemData(self.count() - 1, search, SEARCH_ROLE)

    # ------------------------------------------------------------------ reading
    def code(self) -> str:
        """The country chosen or typed, as a code: a listed one by code or name in English or
        French, else what was typed (the service says why it is not a country code)."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        found = self.facts.find_country(text)
        if found is not None:
            return found
        return text.upper() if len(text) == 2 and text.isalpha() else text

    def set_code(self, code: str | None) -> None:
        """Show a country; one the list does not have stays as its code."""
        if not code:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        index = self.findData(code.upper())
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code.upper())

    def settle(self) -> None:
        """Leaving the field: what was typed becomes the country it names, shown as listed."""
        text = self.currentText().strip()
        if not text or self.findText(text) >= 0:
            return
        found = self.facts.find_country(text)
        if found is not None:
            self.set_code(found)

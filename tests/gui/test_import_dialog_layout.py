"""The import dialog, with its "Who is this?" step, and the merge dialog hold on small screens in
English and French (issue 16, items 2 and 5), checked with tests/layout_check.py's walks of the
widget tree (nothing printed over anything else, no text cut). tests/gui/test_layouts.py runs
every view at 1024×700 and 1280×720, at 100 % and Qt's 150 %; here the same two dialogs, with
three real files, also at the logical sizes those screens have when a desktop scales them by
150 % itself (683×467 and 853×480): what does not fit scrolls.
"""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QWidget

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.dialogs.import_statement import ImportDialog
from tests.layout_check import overlaps, texts_cut

DATA = Path(__file__).resolve().parents[1] / "data"
SIZES = {
    "1024x700": QSize(1024, 700),
    "1280x720": QSize(1280, 720),
    "1024x700 at 150%": QSize(683, 467),
    "1280x720 at 150%": QSize(853, 480),
}
FILES = {
    "csv with unknown names": DATA / "ameli_2025-01.csv",
    "relevé PDF": DATA / "ameli_pdf" / "releve_2025-02_famille.pdf",
    "bank export": DATA / "bank_2025-02_latin9.csv",
}


def problems(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()}: {p}" for w, p in overlaps(root) + texts_cut(root)
    ]


@pytest.fixture(params=["en", "fr"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.i18n import install_translators, reset_language

    installed = install_translators(request.param)
    if request.param == "fr":
        assert installed, "the French .qm did not load"
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    reset_language()


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("path", FILES.values(), ids=FILES.keys())
def test_the_import_dialog_holds(qtbot, ui_ctx, language: str, path: Path, size: QSize) -> None:  # type: ignore[no-untyped-def]
    people = PeopleService(ui_ctx.ctx)
    people.add(PersonDetails("Claire Whitfield", date(1988, 3, 3)))
    people.add(PersonDetails("Tom Whitfield", date(1986, 7, 1)))
    dialog = ImportDialog(ui_ctx, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.resize(size)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)

    assert dialog.size() == size
    if path.suffix != ".csv" or "ameli" in path.name:
        assert dialog.choices_box.isVisible()  # the "who is this?" step is part of the check
    assert problems(dialog) == []
    # Whatever the size, the preview keeps readable rows and the buttons stay on screen.
    assert dialog.preview_table.height() >= 180
    assert dialog.import_button.isVisible()
    assert dialog.rect().contains(dialog.buttons.geometry())


@pytest.mark.parametrize("size", [SIZES["1024x700 at 150%"], SIZES["1280x720"]], ids=str)
def test_the_merge_dialog_holds(qtbot, ui_ctx, language: str, size: QSize) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.services.statement_import import ImportOptions, ImportService
    from ameli_desktop.ui.dialogs.merge_people import MergeDialog

    claire = PeopleService(ui_ctx.ctx).add(PersonDetails("Claire Whitfield"))
    ImportService(ui_ctx.ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    stranger = PeopleService(ui_ctx.ctx).find("MARTIN Éloïse")
    dialog = MergeDialog(ui_ctx, stranger.id, claire.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.resize(size)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)

    assert dialog.size() == size
    assert dialog.preview is not None
    assert problems(dialog) == []

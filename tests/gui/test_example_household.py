"""Load and remove the example household from the Household menu and the first-run dialog."""

from ameli_desktop.services.demo import DemoService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.first_run import FirstRunDialog


def test_load_then_remove_from_the_household_menu(main_window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    main_window._update_demo_actions()
    assert main_window.load_demo_action.isEnabled()
    assert not main_window.remove_demo_action.isEnabled()
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: questions.append(text))
    main_window.load_demo_action.trigger()  # asks first; "no" loads nothing
    assert questions[0].startswith("Load the example household")
    assert not DemoService(ctx).is_loaded()
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    main_window.load_demo_action.trigger()
    assert main_window.current_tab().key == "overview"
    overview = main_window.current_tab()
    assert overview.model.rowCount() >= 5
    assert main_window.tabs.tabText(0).startswith("Overvie&w (")
    selector = main_window.person_selector
    assert selector.count() == 4  # All + the three example people
    assert "(example)" in main_window.statusBar().currentMessage()
    assert main_window.remove_demo_action.isEnabled()

    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, title, _t, destructive=False: asked.append(title) or True
    )
    main_window.remove_demo_action.trigger()
    assert asked == ["Remove the example household"]
    assert PeopleService(ctx).all() == []
    assert overview.model.rowCount() == 0
    assert selector.count() == 1
    assert main_window.load_demo_action.isEnabled()


def test_the_first_run_dialog_loads_the_example(main_window, ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[FirstRunDialog] = []

    def run(self) -> int:  # type: ignore[no-untyped-def]
        shown.append(self)
        self.demo_button.click()
        return 1

    asked: list[str] = []
    monkeypatch.setattr(FirstRunDialog, "exec", run)
    monkeypatch.setattr(
        messages, "confirm", lambda _p, title, _t, **_k: asked.append(title) or True
    )
    main_window.offer_first_run()
    assert len(shown) == 1
    assert asked == ["Example household"]  # once: the dialog asked, the window did not again
    assert DemoService(ctx).is_loaded()
    main_window.offer_first_run()  # done once: not offered again
    assert len(shown) == 1


def test_the_overview_speaks_french_values_too(ctx, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    """Countries and appointment categories inside Overview sentences follow the UI language."""
    from PySide6.QtWidgets import QApplication

    from ameli_desktop.ui.app import build_main_window, open_settings
    from ameli_desktop.ui.i18n import install_translators, translate

    DemoService(ctx).load()
    installed = install_translators("fr")
    try:
        window = build_main_window(ctx, open_settings(ctx.paths))
        qtbot.addWidget(window)
        overview = window.tab("overview")
        texts = [
            overview.model.data(overview.model.index(row, column))
            for row in range(overview.model.rowCount())
            for column in (overview.model.WHAT, overview.model.DETAIL)
        ]
        joined = " ".join(texts)
        sick_leave = translate("Appointments", "Sick leave (arrêt de travail)")
        assert sick_leave != "Sick leave (arrêt de travail)"
        assert sick_leave in joined
        assert "Espagne" in joined
        assert "Spain" not in joined
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)


def test_the_menu_says_the_example_goes_beside_real_people(main_window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.domain.people import PersonDetails

    PeopleService(ctx).add(PersonDetails("Claire Whitfield"))
    main_window.ui.notify("people")
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: questions.append(text))
    main_window.load_demo_action.trigger()
    assert questions[0].startswith("Your household has 1 people. Add the example household beside")
    assert [p.name for p in PeopleService(ctx).all()] == ["Claire Whitfield"]

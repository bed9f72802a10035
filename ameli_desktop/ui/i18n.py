"""Translations: the French UI (Qt .qm files built from .ts) and translating lower layers' texts.

Lower layers mark their texts with QT_TRANSLATE_NOOP(context, ...) and cannot call Qt; the GUI
translates them here at display time.
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ameli_desktop.app_paths import resources_dir
from ameli_desktop.domain.errors import ERRORS_CONTEXT, UserError
from ameli_desktop.domain.texts import ENGLISH, Language

LANGUAGES = {"en": "English", "fr": "Français"}
SETTINGS_KEY = "ui/language"
QM_NAME = "ameli_desktop_fr.qm"


log = logging.getLogger(__name__)
_language = "en"  # the language whose translators are installed


def reset_language() -> None:
    """Back to English and the system locale (tests switch languages within one process)."""
    global _language  # noqa: PLW0603
    _language = "en"
    QLocale.setDefault(QLocale.system())


def current_language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def document_language() -> Language:
    """The UI language for what lower layers write: PDFs, calendar files, the printed reminder.

    The CLI never calls this: it keeps the default, :data:`~ameli_desktop.domain.texts.ENGLISH`.
    """
    if _language == "en":
        return ENGLISH
    return Language(_language, translate)


def country_name(code: str) -> str:
    """A country's name in the UI language (names from facts.toml; the code when unknown)."""
    from ameli_desktop.domain.facts import default_facts

    return default_facts().country_name(code, _language)


def translate_value(context: str, value: str) -> str:
    """A label from a lower layer in the UI language; ISO codes of COUNTRY become names."""
    from ameli_desktop.services.attention import COUNTRY

    if context == COUNTRY:
        return country_name(value)
    return translate(context, value)


def error_text(exc: BaseException) -> str:
    """A user error's message in the UI language; other exceptions as their text."""
    if isinstance(exc, UserError):
        return exc.render(translate(ERRORS_CONTEXT, exc.template))
    return str(exc)


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, "en") or "en")
    return value if value in LANGUAGES else "en"


def install_translators(language: str) -> list[QTranslator]:
    """Load the app's and Qt's own French translations; keep the returned objects alive."""
    global _language  # noqa: PLW0603 - one UI language per process
    app = QCoreApplication.instance()
    installed: list[QTranslator] = []
    _language = language if language in LANGUAGES else "en"
    if language == "en" or app is None:
        return installed
    # Calendars and other widgets that follow the default locale speak the UI language too.
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"ameli_desktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    # Qt's own texts (the buttons of message boxes and button boxes, the file and print dialogs)
    # come from Qt's base translations, shipped with PySide6 and with the bundle.
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt)
        installed.append(qt)
        log.info("Qt's own dialogs in %s: %s", language, qt.filePath())
    else:
        log.warning("no translation of Qt's own dialogs for %s in %s", language, folder)
    return installed

"""About: version, data folder, licences, and the app's unofficial status."""

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ameli_desktop import APP_NAME, __version__
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog

LICENCES = [
    ("Ameli Desktop", "GPL-3.0-or-later"),
    ("Qt for Python (PySide6)", "LGPL-3.0"),
    ("SQLModel", "MIT"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("keyring", "MIT"),
    ("python-stdnum", "LGPL-2.1-or-later"),
    ("platformdirs", "MIT"),
    ("icalendar", "BSD-2-Clause"),
    ("charset-normalizer", "MIT"),
    ("DejaVu fonts", "Bitstream Vera licence (resources/fonts/LICENSE-DejaVu.txt)"),
]


class AboutDialog(Dialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumWidth(520)
        heading = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        unofficial = QLabel(
            self.tr(
                "An unofficial organiser for your household's French health-insurance admin. "
                "It is not made by, nor connected to, the Assurance Maladie: it never logs in to "
                "ameli.fr and nothing leaves this computer."
            )
        )
        unofficial.setWordWrap(True)
        folder = QLabel(self.tr("Data folder: {path}").format(path=ui.ctx.paths.root))
        folder.setObjectName("aboutDataFolder")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        licences = QTextBrowser()
        licences.setObjectName("aboutLicences")
        rows = "".join(f"<tr><td>{name}</td><td>{lic}</td></tr>" for name, lic in LICENCES)
        heading_text = self.tr("Licences")
        licences.setHtml(
            f"<p>{heading_text} (Qt {qVersion()}):</p><table cellspacing='4'>{rows}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, unofficial, folder, licences, buttons):
            layout.addWidget(widget)

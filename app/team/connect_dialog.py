"""The dialog that opens a server project: host, port, database, user, password.

Earlier connections are offered (from QSettings, without password). The password is filled from the
system keyring when one is available and was asked to keep it; otherwise it is typed each time.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.team.credentials import (
    Connection,
    forget_password,
    keyring_available,
    remember,
    remembered,
    store_password,
    stored_password,
)


class ConnectDialog(QDialog):
    """Ask where the server project is and who connects; :meth:`url` gives the address to open."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Open a server project"))
        self.recent = QComboBox(self)
        self.recent.addItem(self.tr("New connection"), "")
        for connection in remembered(self.settings):
            self.recent.addItem(connection.key, connection.key)
        self.host = QLineEdit("127.0.0.1", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self.tr("Keep the password in the system keyring"), self)
        if not keyring_available():
            self.keep.setEnabled(False)
            self.keep.setToolTip(self.tr("No system keyring was found: the password is asked each time."))
        self._build()
        self.recent.currentIndexChanged.connect(self._fill_from_recent)
        if self.recent.count() > 1:
            self.recent.setCurrentIndex(1)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Recent:"), self.recent)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Project (database):"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keep)
        layout.addWidget(buttons)
        self._check()

    def _fill_from_recent(self, index: int) -> None:
        connection = Connection.parse(self.recent.itemData(index) or "")
        if connection is None:
            return
        self.host.setText(connection.host)
        self.port.setValue(connection.port)
        self.database.setText(connection.database)
        self.user.setText(connection.user)
        saved = stored_password(connection)
        self.password.setText(saved)
        self.keep.setChecked(bool(saved))

    def _check(self) -> None:
        self.open_button.setEnabled(all(f.text().strip() for f in (self.host, self.database, self.user)))

    def connection(self) -> Connection:
        """The connection described by the fields (no password)."""
        return Connection(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                          self.user.text().strip())

    def url(self) -> str:
        """The ``postgresql://`` address to open, with the password typed (kept in memory only)."""
        return self.connection().url(self.password.text())

    def save_choices(self) -> None:
        """After a successful opening: remember the connection; keep or forget the password in the keyring."""
        connection = self.connection()
        remember(self.settings, connection)
        if self.keep.isChecked() and self.password.text():
            store_password(connection, self.password.text())
        else:
            forget_password(connection)

"""Where a running analysis shows: a progress bar, its step and Cancel in the main window's status bar,
visible whatever dock or tab is in front (the analysis panel may be tabbed behind the excerpts)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QStatusBar, QWidget


class RunStatus(QWidget):
    """The status-bar widget of the running analysis; hidden while no analysis runs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(240)
        self.bar.setMaximumHeight(16)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the running analysis"))
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.hide()

    def begin(self, name: str) -> None:
        """Show the widget for the analysis ``name``, at 0 %; the status bar's hint makes room for it (the
        two side by side cut each other off)."""
        bar = self.parentWidget()
        if isinstance(bar, QStatusBar):
            bar.clearMessage()
        self.label.setText(self.tr("Analysis “%1”:").replace("%1", name))
        self.label.setToolTip("")
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("%p%"))
        self.cancel_button.setEnabled(True)
        self.show()

    def report(self, fraction: float, message: str) -> None:
        """Move the bar; ``message`` (already translated) says the current step."""
        self.bar.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))
        if message:
            percent = self.tr("%p%")  # outside the f-string: lupdate reads it
            self.bar.setFormat(f"{message} — {percent}")
            self.bar.setToolTip(message)

    def end(self) -> None:
        """Hide the widget (the panel's status line says how the run ended)."""
        self.hide()

"""The desktop application (PySide6) and the command line. Only this package imports Qt, and only
its GUI modules do: ``app.cli`` runs without Qt."""

from app.qt_compat import protect_none  # no Qt import: a PySide6 6.12 / Python 3.11 workaround

protect_none()

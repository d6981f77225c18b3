"""The desktop application (PySide6) and the command line. Only this package imports Qt, and only
its GUI modules do: ``app.cli`` runs without Qt."""

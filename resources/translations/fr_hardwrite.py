"""French of the Qt strings of the error dialog and export warnings (hardening), merged by fill_fr.py."""

FR = {
    "Copy details": "Copier les détails",
    "Verbatim: error": "Verbatim : erreur",
    "Saved in": "Enregistré dans",
    "The export is complete, but some characters could not be written and were replaced by �:":
        "L’export est terminé, mais certains caractères n’ont pas pu être écrits et ont été remplacés par � :",
}

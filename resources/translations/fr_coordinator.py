"""French of strings merged from several branches without their French (merged by fill_fr.py)."""

FR = {
    "Copy details": "Copier les détails",
    "Verbatim: error": "Verbatim : erreur",
}

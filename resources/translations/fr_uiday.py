"""French of the Qt strings of the first-day fixes (issue 13: documents, excerpts, codebook, import,
grid, auto-coding, exports), merged by fill_fr.py."""

FR = {
    "(all speakers)": "(tous les locuteurs)",
    "Attribute:": "Attribut :",
    "Only the excerpts spoken by this speaker": "Seulement les extraits dits par ce locuteur",
    "%n file(s) could not be read. Nothing was imported (an import stores all its files or none): fix or "
    "remove the files below, then import again.": (
        "%n fichier n’a pas pu être lu. Rien n’a été importé (une importation enregistre tous ses fichiers "
        "ou aucun) : corrigez ou retirez le fichier ci-dessous, puis importez à nouveau.",
        "%n fichiers n’ont pas pu être lus. Rien n’a été importé (une importation enregistre tous ses "
        "fichiers ou aucun) : corrigez ou retirez les fichiers ci-dessous, puis importez à nouveau."),
    "Saving…": "Enregistrement…",
    "Quick-code key: %1 (with the document focused)": "Touche de codage rapide : %1 (dans le document)",
    "Coded excerpts exported to %1": "Extraits codés exportés dans %1",
    "%n coding(s) exported to %1": ("%n codage exporté dans %1", "%n codages exportés dans %1"),
    "Auto-coding done: %n passage(s) coded with “%1”.": (
        "Codage automatique terminé : %n passage codé avec « %1 ».",
        "Codage automatique terminé : %n passages codés avec « %1 »."),
    "Coded passage: « %1 »": "Passage codé : « %1 »",
    "%1: « %2 »": "%1 : « %2 »",
    "Grid exported to %1": "Grille exportée dans %1",
    "%n row(s) in italics are documents, not speakers: their coded passages have no speaker (survey answers, "
    "PDF or text files without turns), so the document stands for the row.": (
        "%n ligne en italique est un document, pas un locuteur : ses passages codés n’ont pas de locuteur "
        "(réponses d’enquête, PDF ou textes sans tours de parole), le document tient donc lieu de ligne.",
        "%n lignes en italique sont des documents, pas des locuteurs : leurs passages codés n’ont pas de "
        "locuteur (réponses d’enquête, PDF ou textes sans tours de parole), le document tient donc lieu de "
        "ligne."),
}

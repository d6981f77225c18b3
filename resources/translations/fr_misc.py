"""French of the strings no feature dictionary holds yet (main window hints, codebook and excerpts panels),
merged into fill_fr.FR by fill_fr.py."""

FR = {
    "Code the text selected in the document with the selected code (Ctrl+E; Ctrl+K to pick a code by name)":
        "Coder le texte sélectionné dans le document avec le code sélectionné (Ctrl+E ; Ctrl+K pour choisir "
        "un code par son nom)",
    "Create a top-level code (right-click a code for a sub-code)":
        "Créer un code de premier niveau (clic droit sur un code pour un sous-code)",
    "Import interview transcripts: File > Import documents…":
        "Importez des transcriptions d’entretiens : Fichier > Importer des documents…",
    "Open a project (File > Open project…) or create one (File > New project…).":
        "Ouvrez un projet (Fichier > Ouvrir un projet…) ou créez-en un (Fichier > Nouveau projet…).",
    "Select a code in the codebook to see its coded excerpts.":
        "Sélectionnez un code dans le livre de codes pour voir ses extraits codés.",
    "Select a passage, then a code, then “Code selection” (Ctrl+E) — or Ctrl+K to code by name, "
    "Ctrl+I for an in-vivo code.":
        "Sélectionnez un passage, puis un code, puis « Coder la sélection » (Ctrl+E) — ou Ctrl+K pour coder "
        "par nom, Ctrl+I pour un code in vivo.",
}

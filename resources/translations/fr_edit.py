"""French of the document viewer's edit mode, legend, coding menu, find-and-replace (issue 13, edit)."""

FR = {
    # viewer: title row, legend, edit bar
    "Legend": "Légende",
    "Show or hide the legend of the coding stripes": "Afficher ou masquer la légende des bandes de codage",
    "Edit text": "Modifier le texte",
    "Correct the transcript (typos, names…): codings, memos and turns stay on their words":
        "Corriger la transcription (coquilles, noms…) : codages, mémos et tours de parole restent sur leurs mots",
    "Editing the transcript: codings, memos and speaker turns follow their words. Done saves the changes as "
    "one step (Edit > Undo).":
        "Modification de la transcription : codages, mémos et tours de parole suivent leurs mots. « Terminer » "
        "enregistre les changements en une seule étape (Édition > Annuler).",
    "Done": "Terminer",
    "%1 ◤ memo": "%1 ◤ mémo",
    "Whole words": "Mots entiers",
    "Selections snap to whole words (hold Alt while selecting for exact characters)":
        "Les sélections s’étendent aux mots entiers (maintenir Alt en sélectionnant pour des caractères exacts)",
    "No coding in this document yet.": "Aucun codage dans ce document pour l’instant.",
    "◤ on a stripe: the coding has a memo · drag a stripe's end to resize the coding · right-click a stripe "
    "for its memo":
        "◤ sur une bande : le codage a un mémo · faire glisser le bout d’une bande redimensionne le codage · "
        "clic droit sur une bande pour son mémo",
    # text actions
    "Open a document first.": "Ouvrez d’abord un document.",
    "%n coding(s) lost all their text and were removed:": (
        "%n codage a perdu tout son texte et a été supprimé :",
        "%n codages ont perdu tout leur texte et ont été supprimés :"),
    "Codings removed": "Codages supprimés",
    "Edit > Undo puts the text and these codings back.": "Édition > Annuler rétablit le texte et ces codages.",
    "Replace": "Remplacer",
    "Resize coding": "Redimensionner le codage",
    "Select the passage the coding should cover first.": "Sélectionnez d’abord le passage que le codage doit couvrir.",
    "Memo on a coding": "Mémo d’un codage",
    "Edit memo": "Modifier le mémo",
    "Coding “%1”": "Codage « %1 »",
    "Memo…": "Mémo…",
    "Extend/shrink to selection": "Étendre/réduire à la sélection",
    "Select coded passage": "Sélectionner le passage codé",
    "Remove coding": "Supprimer le codage",
    "Finish editing the text first (Done).": "Terminez d’abord la modification du texte (Terminer).",
    # find and replace
    "Find and replace…": "Rechercher et remplacer…",
    "Find and replace": "Rechercher et remplacer",
    "Whole words only": "Mots entiers seulement",
    "In the open document": "Dans le document ouvert",
    "In every document of the project": "Dans tous les documents du projet",
    "Codings, memos and speaker turns stay on their words. Edit > Undo reverts the whole replacement.":
        "Codages, mémos et tours de parole restent sur leurs mots. Édition > Annuler défait tout le remplacement.",
    "Replace all": "Tout remplacer",
    "Find:": "Rechercher :",
    "Replace with:": "Remplacer par :",
    "%n occurrence(s) replaced": ("%n occurrence remplacée", "%n occurrences remplacées"),
    "Not found.": "Introuvable.",
    "Type the text to find.": "Saisissez le texte à rechercher.",
    "Replace %n occurrence(s)": ("Remplacer %n occurrence", "Remplacer %n occurrences"),
    "in %n document(s)?": ("dans %n document ?", "dans %n documents ?"),
    # analyses tree
    "out of date": "périmée",
    "A document's text was edited after this analysis: run it again for current results.":
        "Le texte d’un document a été modifié après cette analyse : relancez-la pour des résultats à jour.",
}

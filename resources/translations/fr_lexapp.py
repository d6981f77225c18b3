"""French of the user's own lexicon (statistics view), the analysis progress and its status bar
(merged into fill_fr.FR by fill_fr.py)."""

FR = {
    # the running analysis in the status bar
    "Stop the running analysis": "Arrêter l’analyse en cours", "Analysis “%1”:": "Analyse « %1 » :",
    "%p%": "%p %",
    # progress steps reported by the lexical library
    "Segmenting the texts": "Découpage des textes",
    "spaCy: {done} / {total} characters": "spaCy : {done} / {total} caractères",
    "spaCy: done": "spaCy : terminé", "spaCy: lexicon from the cache": "spaCy : lexique repris du cache",
    "Corpus ready": "Corpus prêt", "Classification: split {i}/{n}": "Classification : division {i}/{n}",
    "Similarity indices": "Indices de similitude", "Communities": "Communautés",
    "Graph layout": "Disposition du graphe", "Done": "Terminé", "Class profiles": "Profils des classes",
    "Stability of the classes": "Stabilité des classes",
    "Typical segments": "Segments caractéristiques", "Correspondence analysis": "Analyse factorielle des correspondances",
    # the user's lexicon
    "Change the lemma": "Changer le lemme",
    "All its forms (merge “%1” into another lemma)": "Toutes ses formes (fusionner « %1 » dans un autre lemme)",
    "the new lemma": "le nouveau lemme", "Lemma “%1”": "Lemme « %1 »", "Form:": "Forme :",
    "New lemma:": "Nouveau lemme :", "Set active": "Rendre active", "Set supplementary": "Rendre supplémentaire",
    "Ignore": "Ignorer", "Restore the dictionary's choice": "Revenir au choix du dictionnaire",
    "Change the lemma…": "Changer le lemme…", "Merge the selected lemmas…": "Fusionner les lemmes sélectionnés…",
    "Add an expression…": "Ajouter une expression…", "Export the lexicon…": "Exporter le lexique…",
    "Import a lexicon…": "Importer un lexique…",
    "Set the status of %n unit(s)": ("Changer le statut de %n forme", "Changer le statut de %n formes"),
    "Change the lemma of “%1”": "Changer le lemme de « %1 »", "Merge lemmas": "Fusionner des lemmes",
    "Merge into the lemma:": "Fusionner dans le lemme :",
    "Merge %n lemma(s)": ("Fusionner %n lemme", "Fusionner %n lemmes"),
    "Add an expression": "Ajouter une expression", "Expression (several words):": "Expression (plusieurs mots) :",
    "Add the expression “%1”": "Ajouter l’expression « %1 »", "Lexicon (*.tsv *.txt)": "Lexique (*.tsv *.txt)",
    "Export the lexicon": "Exporter le lexique", "Import a lexicon": "Importer un lexique", "Lexicon": "Lexique",
    "The lexicon has changed since this analysis: the changes show on the next analysis.":
        "Le lexique a changé depuis cette analyse : les changements apparaîtront à la prochaine analyse.",
    "Run it again": "La relancer", "Next analysis": "Prochaine analyse", "Ignored": "Ignorées",
    "Change statuses, lemmas and expressions of the project's lexicon":
        "Changer les statuts, les lemmes et les expressions du lexique du projet",
    "merged into “%1”": "fusionné dans « %1 »",
}

"""French of the Qt strings added for the French UI work (numbers in the UI locale, the French scan);
merged into fill_fr.FR by fill_fr.py."""

FR = {
    "Axis {0} ({1} %)": "Axe {0} ({1} %)",
    "Done in %1.": "Terminé en %1.",
    "REFI-QDA codebook (*.qdc)": "Livre de codes REFI-QDA (*.qdc)",
    "co-occurrence": "cooccurrence", "Jaccard": "Jaccard", "cosine": "cosinus",
    "hypergeometric law": "loi hypergéométrique", "chi2": "chi2", "form": "forme", "lemma": "lemme",
    "regular expression": "expression régulière",
    "yes": "oui", "no": "non", "Double classification:": "Classification double :",
    "Profile chi2 threshold:": "Seuil du chi2 des profils :", "Typical segments per class:": "Segments typiques par classe :",
    "Forms on the CA map:": "Formes sur la carte de l’AFC :", "Maximum spanning tree:": "Arbre maximum :",
    "Communities:": "Communautés :", "Layout seed:": "Graine de la disposition :", "Minimum frequency:": "Fréquence minimale :",
    "Forms kept:": "Formes gardées :", "Context (words):": "Contexte (mots) :", "source order": "ordre des sources",
    "Sort by:": "Trier par :",
    "{0} (%n edge(s))": ("{0} (%n arête)", "{0} (%n arêtes)"),
    "Saved in": "Enregistré dans",
}

"""French of the lemmatiser choice in the corpus preparation form (merged into fill_fr.FR by fill_fr.py)."""

FR = {
    "Lemmatiser:": "Lemmatiseur :",
    "IRaMuTeQ dictionary": "Dictionnaire d'IRaMuTeQ",
    "spaCy in context (slower)": "spaCy en contexte (plus lent)",
    "IRaMuTeQ dictionary: each word form takes its lemma and part of speech from IRaMuTeQ's French "
    "dictionary, as IRaMuTeQ does.\nspaCy in context: the part of speech read in each sentence by "
    "spaCy; its lemmas are kept only when they are words of the dictionary.":
        "Dictionnaire d'IRaMuTeQ : chaque forme prend son lemme et sa catégorie dans le dictionnaire "
        "français d'IRaMuTeQ, comme dans IRaMuTeQ.\nspaCy en contexte : la catégorie lue par spaCy dans "
        "chaque phrase ; ses lemmes ne sont gardés que s'ils sont des mots du dictionnaire.",
}

"""French of the installers' messages (corpus.messages.msg), merged by messages_fr.py."""

FR = {
    "the spaCy lemmatiser is not part of this installation: choose the dictionary lemmatiser, or install "
    "Verbatim from its sources to use spaCy":
        "le lemmatiseur spaCy ne fait pas partie de cette installation : choisissez le lemmatiseur par "
        "dictionnaire, ou installez Verbatim depuis ses sources pour utiliser spaCy",
}

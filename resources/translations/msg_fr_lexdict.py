"""French of the lemmatiser's messages (app/analysis, app/cli); merged by messages_fr.py."""

FR = {
    "unknown lemmatiser {name}: expected one of {choices}": "lemmatiseur inconnu {name} : choix possibles {choices}",
}

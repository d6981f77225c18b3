"""French of the importers' messages (corpus/importers); merged by messages_fr.py."""

FR = {
    "the file contains no text": "le fichier ne contient aucun texte",
}

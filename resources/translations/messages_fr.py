"""French of the messages written with ``corpus.messages.msg``/``msgn`` (corpus, coding, CLI).

Keys are the English templates; a plural message maps its singular template to (singular, plural).
Keep the ``{field}`` names of the English template. Grouped by the layer that writes them."""

FR: dict[str, str | tuple[str, str]] = {
    # corpus/importers
    "the file contains no text": "le fichier ne contient aucun texte",
}

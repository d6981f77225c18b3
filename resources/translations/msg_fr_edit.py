"""French of the messages of text editing and coding resizes (corpus.text_update, coding.text_commands,
verbatim-cli replace)."""

FR = {
    "Document {id} does not exist.": "Le document {id} n’existe pas.",
    "The new text must be NFC with LF line ends.": "Le nouveau texte doit être en NFC avec des fins de ligne LF.",
    "The document changed since this edit was prepared; nothing was changed.":
        "Le document a changé depuis la préparation de cette modification ; rien n’a été modifié.",
    "Type the text to find.": "Saisissez le texte à rechercher.",
    "Coding {id} does not exist.": "Le codage {id} n’existe pas.",
    "A coded passage must keep at least one character inside the document.":
        "Un passage codé doit garder au moins un caractère dans le document.",
    "{n} document": ("{n} document", "{n} documents"),
    "{n} occurrence in {documents} (nothing changed).": (
        "{n} occurrence dans {documents} (rien n’a été modifié).",
        "{n} occurrences dans {documents} (rien n’a été modifié)."),
    "{n} occurrence replaced in {documents}.": (
        "{n} occurrence remplacée dans {documents}.", "{n} occurrences remplacées dans {documents}."),
    "{n} coding lost all its text and was removed:": (
        "{n} codage a perdu tout son texte et a été supprimé :",
        "{n} codages ont perdu tout leur texte et ont été supprimés :"),
}

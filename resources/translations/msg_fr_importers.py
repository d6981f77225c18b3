"""French of the importers' messages (corpus/importers, the zip checks of coding/refi/archive.py); merged by
messages_fr.py."""

FR = {
    "the file contains no text": "le fichier ne contient aucun texte",
    # reading the file
    "file not found": "fichier introuvable",
    "this is a folder, not a file": "c’est un dossier, pas un fichier",
    "this is not a regular file (a pipe, socket or device); nothing was read":
        "ce n’est pas un fichier ordinaire (tube, socket ou périphérique) ; rien n’a été lu",
    "the file cannot be read ({cause})": "le fichier ne peut pas être lu ({cause})",
    "the file is empty": "le fichier est vide",
    "the file could not be read ({kind}: {detail})": "le fichier n’a pas pu être lu ({kind} : {detail})",
    "the old '{suffix}' format is not supported; save the file as {modern}":
        "l’ancien format « {suffix} » n’est pas pris en charge ; enregistrez le fichier en {modern}",
    "unsupported file type '{suffix}'; supported: {supported}":
        "type de fichier « {suffix} » non pris en charge ; formats acceptés : {supported}",
    "column guessing needs a CSV or XLSX file": "la détection des colonnes demande un fichier CSV ou XLSX",
    "{n} more warning not shown": ("{n} autre avertissement non affiché", "{n} autres avertissements non affichés"),
    "{count} documents (at most {limit})": "{count} documents (au plus {limit})",
    "{count} attributes (columns or variables; at most {limit})":
        "{count} attributs (colonnes ou variables ; au plus {limit})",
    "{count} attribute values (at most {limit})": "{count} valeurs d’attributs (au plus {limit})",
    "a page with more than {limit} characters": "une page de plus de {limit} caractères",
    # limits
    "refused, the file is too large or suspicious: {what}": "refusé, fichier trop gros ou suspect : {what}",
    "{size} (at most {limit})": "{size} (au plus {limit})",
    "more than {limit}": "plus de {limit}",
    "a text file of {size} (at most {limit})": "un fichier texte de {size} (au plus {limit})",
    "{count} characters of text (at most {limit})": "{count} caractères de texte (au plus {limit})",
    "more than {limit} characters of text": "plus de {limit} caractères de texte",
    "it does not fit in memory": "il ne tient pas en mémoire",
    "its structure is nested too deeply": "sa structure est imbriquée trop profondément",
    "the archive has {count} entries (at most {limit})": "l’archive contient {count} éléments (au plus {limit})",
    "the archive would expand to more than {limit}": "l’archive décompressée dépasserait {limit}",
    "the archive entry '{entry}' expands {ratio} times (a zip bomb?)":
        "l’élément « {entry} » de l’archive se décompresse {ratio} fois (bombe zip ?)",
    "the archive expands {ratio} times in all (a zip bomb?)":
        "l’archive se décompresse {ratio} fois au total (bombe zip ?)",
    "a table of {count} columns (at most {limit})": "un tableau de {count} colonnes (au plus {limit})",
    "a table of more than {limit} rows": "un tableau de plus de {limit} lignes",
    "a table of more than {limit} cells": "un tableau de plus de {limit} cellules",
    "not a readable zip archive (damaged or truncated)": "archive zip illisible (endommagée ou tronquée)",
    # text and encodings
    "unknown text encoding '{encoding}'": "encodage de texte inconnu « {encoding} »",
    "the text cannot be decoded as {encoding} (byte {offset}); choose another encoding":
        "le texte ne peut pas être décodé en {encoding} (octet {offset}) ; choisissez un autre encodage",
    "this is a {kind} file, not text; is the extension right?":
        "c’est un fichier {kind}, pas du texte ; l’extension est-elle la bonne ?",
    "the file does not contain text (binary content); is the extension right?":
        "le fichier ne contient pas de texte (contenu binaire) ; l’extension est-elle la bonne ?",
    "the file mixes encodings: {n} line was read as {encoding}, the others as UTF-8": (
        "le fichier mélange les encodages : {n} ligne a été lue en {encoding}, les autres en UTF-8",
        "le fichier mélange les encodages : {n} lignes ont été lues en {encoding}, les autres en UTF-8",
    ),
    "{n} control or invalid character was replaced by \ufffd": (
        "{n} caractère de contrôle ou invalide a été remplacé par \ufffd",
        "{n} caractères de contrôle ou invalides ont été remplacés par \ufffd",
    ),
    # Office containers
    "the Word document": "le document Word",
    "the Excel workbook": "le classeur Excel",
    "the OpenDocument file": "le fichier OpenDocument",
    "open it in Word and save it as .docx": "ouvrez-le dans Word et enregistrez-le en .docx",
    "open it in Excel and save it as .xlsx": "ouvrez-le dans Excel et enregistrez-le en .xlsx",
    "{what} is password-protected (encrypted); remove the password and save it again":
        "{what} est protégé par un mot de passe (chiffré) ; retirez le mot de passe et enregistrez-le à nouveau",
    "{what} is an old binary file, not the expected format; {hint}":
        "{what} est un ancien fichier binaire, pas le format attendu ; {hint}",
    "{what} is not valid (not a zip container; damaged or renamed?)":
        "{what} n’est pas valide (pas une archive zip ; endommagé ou renommé ?)",
    "{what} is damaged or truncated (not a readable zip archive)":
        "{what} est endommagé ou tronqué (archive zip illisible)",
    "{what} is damaged (part '{part}' cannot be read)": "{what} est endommagé (la partie « {part} » est illisible)",
    "the Word document cannot be read (damaged?): {cause}": "le document Word est illisible (endommagé ?) : {cause}",
    "{n} XML entity reference was dropped (the document declares its own entities)": (
        "{n} référence d’entité XML a été retirée (le document déclare ses propres entités)",
        "{n} références d’entités XML ont été retirées (le document déclare ses propres entités)",
    ),
    "the Excel workbook cannot be read (damaged?): {cause}": "le classeur Excel est illisible (endommagé ?) : {cause}",
    "the Excel workbook has no worksheet": "le classeur Excel n’a aucune feuille",
    "this is an old binary file, not an OpenDocument text; save it as .odt":
        "c’est un ancien fichier binaire, pas un texte OpenDocument ; enregistrez-le en .odt",
    "the document is password-protected; save it without a password first":
        "le document est protégé par un mot de passe ; enregistrez-le d’abord sans mot de passe",
    "this is not an OpenDocument text (no content.xml)": "ce n’est pas un texte OpenDocument (pas de content.xml)",
    "the document is damaged (content.xml: {cause})": "le document est endommagé (content.xml : {cause})",
    "this OpenDocument file holds no text document (spreadsheet?)":
        "ce fichier OpenDocument ne contient pas de document texte (tableur ?)",
    "{n} space run longer than {limit} was shortened": (
        "{n} suite d’espaces de plus de {limit} a été raccourcie",
        "{n} suites d’espaces de plus de {limit} ont été raccourcies",
    ),
    "this is not an RTF file (it does not start with '{{\\rtf')":
        "ce n’est pas un fichier RTF (il ne commence pas par « {{\\rtf »)",
    "the RTF file is damaged and cannot be read ({cause})": "le fichier RTF est endommagé et illisible ({cause})",
    # tables
    "the table is empty": "le tableau est vide",
    "the table has a header row but no data row": "le tableau a une ligne d’en-tête mais aucune ligne de données",
    "line {line}: the CSV file is malformed ({cause}; an unclosed quote?)":
        "ligne {line} : le fichier CSV est mal formé ({cause} ; un guillemet non fermé ?)",
    "lines {first}-{last}: a quote is not closed; the lines were read one by one":
        "lignes {first} à {last} : un guillemet n’est pas fermé ; les lignes ont été lues une à une",
    "no column '{column}' in the file; available columns: {available}":
        "pas de colonne « {column} » dans le fichier ; colonnes disponibles : {available}",
    "row {row} (id {id}): empty answer, skipped": "ligne {row} (id {id}) : réponse vide, ignorée",
    "every answer in column(s) {columns} is empty": "toutes les réponses de la ou des colonnes {columns} sont vides",
    # Iramuteq
    "'{token}' is not a *variable_modality token": "« {token} » n’est pas de la forme *variable_modalité",
    "'{token}' has no variable name": "« {token} » n’a pas de nom de variable",
    "no '**** *variable_modality' line: this is not an Iramuteq corpus":
        "aucune ligne « **** *variable_modalité » : ce n’est pas un corpus Iramuteq",
    "text before the first **** line was ignored": "le texte avant la première ligne **** a été ignoré",
    "text #{number}: {problem}": "texte n° {number} : {problem}",
    "text #{number} is empty and was skipped": "le texte n° {number} est vide et a été ignoré",
    "the Iramuteq corpus has no text after its **** lines": "le corpus Iramuteq n’a aucun texte après ses lignes ****",
    "text #{number}: more than {limit} variables on its **** line":
        "texte n° {number} : plus de {limit} variables sur sa ligne ****",
    "text #{number}: more than {limit} variables in the corpus":
        "texte n° {number} : plus de {limit} variables dans le corpus",
    # subtitles and TextGrid
    "line {line}: the cue's timing '{timing}' cannot be read; its text is kept without a time":
        "ligne {line} : le minutage « {timing} » est illisible ; le texte est gardé sans horodatage",
    "line {line}: a block without a timing line ('-->') was skipped":
        "ligne {line} : un bloc sans ligne de minutage (« --> ») a été ignoré",
    "no subtitle cue with text was found (is this a WebVTT/SRT file?)":
        "aucun sous-titre avec du texte n’a été trouvé (est-ce un fichier WebVTT/SRT ?)",
    "binary TextGrid files are not supported; save it as a text file in Praat":
        "les TextGrid binaires ne sont pas pris en charge ; enregistrez-le en texte dans Praat",
    "this is not a Praat TextGrid (no 'ooTextFile' / 'TextGrid' header)":
        "ce n’est pas un TextGrid Praat (pas d’en-tête « ooTextFile » / « TextGrid »)",
    "the TextGrid is truncated (unexpected end of file)": "le TextGrid est tronqué (fin de fichier inattendue)",
    "line {line}: the TextGrid is malformed ({token})": "ligne {line} : le TextGrid est mal formé ({token})",
    "line {line}: the TextGrid is malformed (count {count})": "ligne {line} : le TextGrid est mal formé (nombre {count})",
    "line {line}: the interval from {start} s to {end} s is impossible (negative, or ending before it starts)":
        "ligne {line} : l’intervalle de {start} s à {end} s est impossible (négatif, ou finissant avant de commencer)",
    "point tier '{name}' was skipped": "le niveau de points « {name} » a été ignoré",
    "the TextGrid has no interval with text": "le TextGrid n’a aucun intervalle avec du texte",
    # PDF
    "this is not a PDF file (no %PDF header)": "ce n’est pas un fichier PDF (pas d’en-tête %PDF)",
    "the PDF is password-protected; remove the password (or print it to a new PDF)":
        "le PDF est protégé par un mot de passe ; retirez-le (ou imprimez-le dans un nouveau PDF)",
    "the PDF is damaged or cannot be read ({kind}: {detail})": "le PDF est endommagé ou illisible ({kind} : {detail})",
    "no text layer: run OCR first": "pas de couche texte : passez d’abord le PDF à l’OCR",
    "the PDF's fonts have no Unicode mapping, its text cannot be read: run OCR first":
        "les polices du PDF n’ont pas de correspondance Unicode, son texte est illisible : passez-le d’abord à l’OCR",
    "more than {limit} pages": "plus de {limit} pages",
    "a stream decodes to more than {stream} (or all of them to more than {total})":
        "un flux se décode en plus de {stream} (ou l’ensemble en plus de {total})",
}

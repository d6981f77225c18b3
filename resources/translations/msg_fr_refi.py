"""French of the REFI-QDA exchange messages (coding/refi, app/cli exchange); merged by messages_fr.py."""

FR = {
    # errors
    "The codebook is empty: a REFI-QDA codebook needs at least one code.":
        "Le livre de codes est vide : un livre de codes REFI-QDA doit contenir au moins un code.",
    "{file}: the root element is <{root}>, not <CodeBook>.": "{file} : l'élément racine est <{root}>, pas <CodeBook>.",
    "{file}: the root element is <{root}>, not <Project>.": "{file} : l'élément racine est <{root}>, pas <Project>.",
    "{file}: no project.qde in the archive; not a REFI-QDA project.":
        "{file} : pas de project.qde dans l'archive ; ce n'est pas un projet REFI-QDA.",
    "{file}: cannot be read ({error}).": "{file} : lecture impossible ({error}).",
    "The REFI-QDA schema {file} is missing from the installation.":
        "Le schéma REFI-QDA {file} manque dans l'installation.",
    "The {kind} exported does not validate against {file}: {errors}":
        "L'export ({kind}) n'est pas valide selon {file} : {errors}",
    "{file}: refused, the XML declares a DTD or entities ({error}); this is how XML bombs work, and REFI-QDA "
    "files never need them.":
        "{file} : refusé, le XML déclare une DTD ou des entités ({error}) ; c'est ainsi que fonctionnent les "
        "bombes XML, et les fichiers REFI-QDA n'en ont jamais besoin.",
    "{file}: not well-formed XML ({error}).": "{file} : XML mal formé ({error}).",
    "{offsets}: not a reading of positions; use one of {keys}.":
        "{offsets} : lecture des positions inconnue ; utilisez l'une de {keys}.",
    "exported {file}": "{file} exporté",
    "imported {file}": "{file} importé",
    "{error} (nothing was imported)": "{error} (rien n'a été importé)",
    "Project memo": "Mémo du projet",
    "Memo on the code {code}": "Mémo sur le code {code}",
    "Memo on the document {document}": "Mémo sur le document {document}",
    "Memo on a coding of {code} in {document}": "Mémo sur un codage de {code} dans {document}",
    # report lines
    "{n} code set(s) not kept: code sets are not supported by Verbatim":
        "{n} ensemble(s) de codes non gardé(s) : les ensembles de codes ne sont pas pris en charge par Verbatim",
    "code memos cannot be stored in a codebook file (use a .qdpx project)":
        "les mémos de codes ne peuvent pas être enregistrés dans un livre de codes (utilisez un projet .qdpx)",
    "its link to a whole source became one speaker turn over the text":
        "son lien à toute une source est devenu un tour de parole couvrant tout le texte",
    "linked to a source where no speaker turn is labelled with its name: the link cannot be kept":
        "lié à une source où aucun tour de parole ne porte son nom : le lien ne peut pas être gardé",
    "speaker turns are written as links between each speaker (Case) and the documents it speaks in, not as "
    "selections, which other tools would show as empty annotations":
        "les tours de parole sont écrits comme des liens entre chaque locuteur (Case) et les documents où il parle, "
        "pas comme des sélections, que les autres logiciels montreraient comme des annotations vides",
    "section marks (-* lines, headers) have no REFI-QDA equivalent":
        "les marques de section (lignes -*, intertitres) n'ont pas d'équivalent REFI-QDA",
    "time stamps of speaker turns have no REFI-QDA equivalent":
        "les horodatages des tours de parole n'ont pas d'équivalent REFI-QDA",
    "{type} values exported as text (some values are not valid numbers or dates)":
        "valeurs de type {type} exportées comme texte (certaines ne sont pas des nombres ou des dates valides)",
    "the interviewer mark is not part of REFI-QDA and cannot be recognised from this name":
        "la marque « enquêteur » n'existe pas dans REFI-QDA et ne peut pas être reconnue d'après ce nom",
    "UTF-8 byte order mark removed": "indicateur d'ordre des octets (BOM) UTF-8 retiré",
    "decoded as UTF-16 (the standard asks for UTF-8)": "décodé en UTF-16 (la norme demande UTF-8)",
    "not UTF-8: decoded as Windows-1252": "pas en UTF-8 : décodé en Windows-1252",
    "a category (isCodable=false): a code of its own in Verbatim, with no codings of its own":
        "une catégorie (isCodable=false) : un code à part entière dans Verbatim, sans codage propre",
    "became the document attribute {attribute!r} = {value!r} on its {n} document(s)":
        "devenu l'attribut de document {attribute!r} = {value!r} sur ses {n} document(s)",
    "codes linked to a case (CodeRef) are not supported": "les codes liés à un cas (CodeRef) ne sont pas pris en charge",
    "its plain text {path!r} is not in the archive": "son texte brut {path!r} n'est pas dans l'archive",
    "formatting (rich text) was dropped, the plain text kept": "la mise en forme (texte riche) est perdue, le texte brut gardé",
    "positions read as {reading} (not code points of the file, as the standard says) and converted":
        "positions lues en {reading} (et non en points de code du fichier comme le veut la norme) et converties",
    "no reading of the positions is convincing: {reading} was used; check the codings, or import again choosing "
    "the reading":
        "aucune lecture des positions n'est convaincante : {reading} a été utilisée ; vérifiez les codages, ou "
        "importez de nouveau en choisissant la lecture",
    "starts beyond the end of the text": "commence après la fin du texte",
    "ended beyond the end of the text: clamped": "finissait après la fin du texte : raccourcie",
    "empty or reversed selection": "sélection vide ou inversée",
    "not supported by Verbatim": "non pris en charge par Verbatim",
    "{n} code or note member(s): sets of codes or notes are not supported":
        "{n} membre(s) code ou note : les ensembles de codes ou de notes ne sont pas pris en charge",
    "no plain text (rich text only is not supported)": "pas de texte brut (le texte riche seul n'est pas pris en charge)",
    "no text source of this project in the set": "aucune source texte de ce projet dans l'ensemble",
    "only text sources are supported; its selections, codings and notes were skipped":
        "seules les sources texte sont prises en charge ; ses sélections, codages et notes sont ignorés",
    "{n} character(s) that XML cannot carry replaced by U+FFFD":
        "{n} caractère(s) que XML ne peut pas porter remplacé(s) par U+FFFD",
    "{n} coding(s) named no coder: credited to the file's only user":
        "{n} codage(s) sans codeur : attribué(s) au seul utilisateur du fichier",
    "not declared in <Users>: its work is credited to {name!r}": "absent de <Users> : son travail est attribué à {name!r}",
    "{n} code(s) had no colour and were given one from the palette ({codes})":
        "{n} code(s) sans couleur en ont reçu une de la palette ({codes})",
    "already in the project (same text): its codings were added to the existing document":
        "déjà dans le projet (même texte) : ses codages ont été ajoutés au document existant",
    "a coding of the whole source became a coding of its whole text":
        "un codage de toute la source est devenu un codage de tout son texte",
    "refers to an unknown code {code!r}": "renvoie à un code inconnu {code!r}",
    "a note on an uncoded selection was appended to the project memo":
        "une note sur une sélection non codée a été ajoutée au mémo du projet",
    "refers to a selection that is not in a text source": "renvoie à une sélection qui n'est dans aucune source texte",
    "refers to an unknown variable": "renvoie à une variable inconnue",
    "the {target} already had the value {value!r}: kept": "le {target} avait déjà la valeur {value!r} : gardée",
    "overlaps another speaker turn ({start}-{end}): not a turn":
        "chevauche un autre tour de parole ({start}-{end}) : pas de tour",
    "{n} note(s) attached to nothing (or to an element Verbatim does not keep) became sections of the project memo":
        "{n} note(s) rattachée(s) à rien (ou à un élément que Verbatim ne garde pas) devenue(s) des sections du "
        "mémo du projet",
    "{n} note(s) on a selection with several codes were copied to the memo of each coding":
        "{n} note(s) sur une sélection à plusieurs codes copiée(s) dans le mémo de chaque codage",
    "refers to a note that is not in the file": "renvoie à une note absente du fichier",
    "{n} notes or descriptions joined in one {target} memo, each as its own section (with its name and description)":
        "{n} notes ou descriptions réunies dans un mémo ({target}), chacune dans sa propre section (avec son nom et "
        "sa description)",
    "{n} of {total} speaker turns are not labelled with their speaker's name in the text: the speakers stay linked "
    "to the document, but an import into Verbatim will not find these turns again":
        "{n} tours de parole sur {total} ne portent pas le nom de leur locuteur dans le texte : les locuteurs restent "
        "liés au document, mais un import dans Verbatim ne retrouvera pas ces tours",
    "{n} link(s) between a note and a selection, source or code: the note became a memo of what it annotates":
        "{n} lien(s) entre une note et une sélection, une source ou un code : la note est devenue un mémo de ce "
        "qu'elle annote",
    "{n} link(s) between other elements have no equivalent in Verbatim":
        "{n} lien(s) entre d'autres éléments n'ont pas d'équivalent dans Verbatim",
    "{n} selection(s) with no code, note or case (empty annotations or quotations) were not kept":
        "{n} sélection(s) sans code, note ni cas (annotations vides ou citations) non gardée(s)",
    "has the GUID of a case: not a code; its {n} coding(s) became the passages of that case":
        "porte le GUID d'un cas : ce n'est pas un code ; ses {n} codage(s) sont devenus les passages de ce cas",
    "{n} speaker turns also written as codings of a code per speaker (with the GUID of its case), which QualCoder "
    "reads as case text":
        "{n} tours de parole écrits aussi comme codages d'un code par locuteur (avec le GUID de son cas), que "
        "QualCoder lit comme texte de cas",
    "group members not in the file: {names}": "membres du groupe absents du fichier : {names}",
    # readings of positions
    "{unit}, {bom}, CRLF as {crlf}": "{unit}, {bom}, CRLF compté pour {crlf}",
    "code points": "points de code",
    "UTF-16 units": "unités UTF-16",
    "UTF-8 bytes": "octets UTF-8",
    "BOM counted": "BOM compté",
    "BOM not counted": "BOM non compté",
    "{source}: positions read as {reading} ({confidence}); {share} of {n} selections on word boundaries":
        "{source} : positions lues en {reading} ({confidence}) ; {share} des {n} sélections sur des limites de mots",
    "chosen by the user": "choix de l'utilisateur",
    "certain: every reading gives the same positions": "sûr : toutes les lectures donnent les mêmes positions",
    "convincing": "convaincant",
    "NOT convincing: check the codings or choose another reading":
        "PAS convaincant : vérifiez les codages ou choisissez une autre lecture",
    "{named} of {names} names match the text": "{named} noms sur {names} correspondent au texte",
    "Positions of the selections ({n} source):": ("Positions des sélections ({n} source) :",
                                                  "Positions des sélections ({n} sources) :"),
    "[{kind}] {element} {subject!r}: {detail}": "[{kind}] {element} {subject!r} : {detail}",
    "[{kind}] {element}: {detail}": "[{kind}] {element} : {detail}",
    # report frame
    "dropped": "perdu",
    "changed": "modifié",
    "warning": "avertissement",
    "{n} case": ("{n} cas", "{n} cas"),
    "{n} code": ("{n} code", "{n} codes"),
    "{n} coding": ("{n} codage", "{n} codages"),
    "{n} document": ("{n} document", "{n} documents"),
    "{n} note": ("{n} note", "{n} notes"),
    "{n} source": ("{n} source", "{n} sources"),
    "{n} speaker turn": ("{n} tour de parole", "{n} tours de parole"),
    "{n} attribute value": ("{n} valeur d'attribut", "{n} valeurs d'attributs"),
    "{n} memo": ("{n} mémo", "{n} mémos"),
    "Dropped ({n}):": "Perdus ({n}) :",
    "Changed ({n}):": "Modifiés ({n}) :",
    "Warnings ({n}):": "Avertissements ({n}) :",
    "{n} schema error(s) (import went on):": "{n} erreur(s) de schéma (l'import a continué) :",
    "Nothing was dropped or changed.": "Rien n'a été perdu ni modifié.",
    "... and {n} more": "... et {n} de plus",
}

"""French of the coding layer's messages (coding/*.py but refi/, commands.py, autocode.py and the exports); merged by messages_fr.py."""

FR = {
    "Choose two different coders.":
        "Choisissez deux codeurs différents.",
    "No coder named {name} (coders: {known}).":
        "Aucun codeur nommé {name} (codeurs : {known}).",
    "A code needs a name.":
        "Un code doit avoir un nom.",
    "Code {id} does not exist.":
        "Le code {id} n’existe pas.",
    "{color} is not a colour like #E69F00.":
        "{color} n’est pas une couleur comme #E69F00.",
    "A code cannot be moved under itself or one of its sub-codes.":
        "Un code ne peut pas être déplacé sous lui-même ni sous l’un de ses sous-codes.",
    "An empty code path.":
        "Un chemin de code vide.",
    "A code cannot be merged into itself or one of its sub-codes.":
        "Un code ne peut pas être fusionné dans lui-même ni dans l’un de ses sous-codes.",
    "A coder needs a name.":
        "Un codeur doit avoir un nom.",
    "Document {id} does not exist.":
        "Le document {id} n’existe pas.",
    "Passage {start}-{end} lies outside the document ({length} characters).":
        "Le passage {start}-{end} sort du document ({length} caractères).",
    "Coding {id} does not exist.":
        "Le codage {id} n’existe pas.",
    "Unknown grid row kind {kind}.":
        "Type de ligne de grille inconnu : {kind}.",
    "Unknown memo kind {kind} (expected one of {kinds}).":
        "Type de mémo inconnu : {kind} (attendu : {kinds}).",
    "The project memo has target id 0.":
        "Le mémo du projet a la cible 0.",
    "{matched} document(s) matched, {added} added, {codings} coding(s) added, {present} already present, {memos} memo(s) merged, {values} attribute value(s) filled in":
        "{matched} document(s) appariés, {added} ajouté(s), {codings} codage(s) ajouté(s), {present} déjà présent(s), {memos} mémo(s) fusionné(s), {values} valeur(s) d’attribut complétée(s)",
    "new documents: {names}":
        "nouveaux documents : {names}",
    "new speakers or groups: {names}":
        "nouveaux locuteurs ou groupes : {names}",
    "new codes: {names}":
        "nouveaux codes : {names}",
    "new coders: {names}":
        "nouveaux codeurs : {names}",
    "A project cannot be merged into itself.":
        "Un projet ne peut pas être fusionné dans lui-même.",
    "empty search pattern":
        "motif de recherche vide",
    "bad regular expression {pattern}: {error}":
        "expression régulière incorrecte {pattern} : {error}",
}

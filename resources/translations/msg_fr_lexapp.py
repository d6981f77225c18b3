"""French of the user lexicon's messages (corpus/user_lexicon.py); merged by messages_fr.py."""

FR = {
    "unknown kind “{kind}” (expected lemma, merge, status or expression)":
        "type inconnu « {kind} » (attendu : lemma, merge, status ou expression)",
    "an expression needs at least two words: “{text}”": "une expression compte au moins deux mots : « {text} »",
    "the entry is empty": "l’entrée est vide",
    "unknown status “{status}” (expected active, supplementary or ignored)":
        "statut inconnu « {status} » (attendu : active, supplementary ou ignored)",
    "a lemma is one word without spaces: “{value}”": "un lemme est un seul mot sans espace : « {value} »",
    "a lemma cannot be merged into itself: “{value}”": "un lemme ne peut pas être fusionné avec lui-même : « {value} »",
    "{name}: cannot be read ({reason})": "{name} : lecture impossible ({reason})",
    "{name}: not a UTF-8 text file": "{name} : ce n’est pas un fichier texte UTF-8",
    "line {line}: expected kind, entry and value separated by tabs":
        "ligne {line} : attendu un type, une entrée et une valeur séparés par des tabulations",
    "line {line}: {problem}": "ligne {line} : {problem}",
    "{name}: {n} bad line, nothing imported": ("{name} : {n} ligne incorrecte, rien n’a été importé",
                                               "{name} : {n} lignes incorrectes, rien n’a été importé"),
    # progress steps of the analyses (lexical.progress.TEMPLATES and app.analysis), on the command line
    "Segmenting the texts": "Découpage des textes", "segmenting": "Découpage des textes",
    "spaCy: {done} / {total} characters": "spaCy : {done} / {total} caractères", "spaCy: done": "spaCy : terminé",
    "spaCy: lexicon from the cache": "spaCy : lexique repris du cache", "corpus ready": "corpus prêt",
    "split {i}/{n}": "division {i}/{n}", "similarities": "similitudes", "communities": "communautés",
    "layout": "disposition du graphe", "done": "terminé", "stability": "stabilité des classes",
    "profiles": "profils des classes", "typical segments": "segments caractéristiques",
    "correspondence analysis": "analyse factorielle des correspondances",
    "{n} entry written to {path}": ("{n} entrée écrite dans {path}", "{n} entrées écrites dans {path}"),
    "{n} entry imported": ("{n} entrée importée", "{n} entrées importées"),
    "{n} entry removed": ("{n} entrée supprimée", "{n} entrées supprimées"),
}

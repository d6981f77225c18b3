"""French of the messages of the command line (app/cli); merged by messages_fr.py."""

FR = {
    # errors and warnings
    "verbatim-cli: error: {error}": "verbatim-cli : erreur : {error}",
    "verbatim-cli: interrupted": "verbatim-cli : interrompu",
    "{name}: expected a file ending in {suffixes}": "{name} : un fichier en {suffixes} est attendu",
    " or ": " ou ",
    "folder {path} does not exist": "le dossier {path} n’existe pas",
    "{path}: no such file": "{path} : fichier introuvable",
    "{name}: this is a folder, not a file (nothing was imported)":
        "{name} : c’est un dossier, pas un fichier (rien n’a été importé)",
    "{name}: no such file (nothing was imported)": "{name} : fichier introuvable (rien n’a été importé)",
    "{error} (nothing was imported)": "{error} (rien n’a été importé)",
    "warning: {warning}": "avertissement : {warning}",
    "skipped {name}: already in the project (or given twice)":
        "{name} ignoré : déjà dans le projet (ou donné deux fois)",
    "no case named {name} (cases: {known})": "aucun cas nommé {name} (cas : {known})",
    "none": "aucun",
    "--set expects ATTR=VALUE, got {value}": "--set attend ATTR=VALEUR, reçu {value}",
    "--merge needs --into NAME": "--merge demande --into NOM",
    "no code {path} (see `verbatim-cli codes`)": "aucun code {path} (voir `verbatim-cli codes`)",
    "the delimiter must be one character, e.g. ',' or ';'":
        "le séparateur doit être un seul caractère, par ex. ',' ou ';'",
    "--code is only for --unit code": "--code ne sert qu’avec --unit code",
    "give exactly two coders: --coder A --coder B": "donnez exactement deux codeurs : --coder A --coder B",
    "--where {value}: expected ATTR=VALUE": "--where {value} : ATTR=VALEUR attendu",
    "cannot create {path}: {error}": "impossible de créer {path} : {error}",
    "INPUT is required (a .vbt project or a file to read)":
        "ENTRÉE est obligatoire (un projet .vbt ou un fichier à lire)",
    "--k goes with --preset rainette (iramuteq uses --nbcl-p1)":
        "--k va avec --preset rainette (iramuteq utilise --nbcl-p1)",
    "--double needs the iramuteq preset and a text input":
        "--double demande le préréglage iramuteq et une entrée texte",
    # reports
    "created {path}": "{path} créé",
    "imported {documents} document(s), {turns} turn(s), {speakers} new speaker(s)":
        "importé : {documents} document(s), {turns} tour(s) de parole, {speakers} nouveau(x) locuteur(s)",
    "{n} word": ("{n} mot", "{n} mots"),
    "{n} turn": ("{n} tour de parole", "{n} tours de parole"),
    "{documents} document(s), {cases} case(s)": "{documents} document(s), {cases} cas",
    "merged {sources} into {target} ({n} turn(s) moved)":
        "{sources} fusionné(s) dans {target} ({n} tour(s) de parole déplacé(s))",
    "renamed {old} to {new}": "{old} renommé en {new}",
    "{name}: interviewer yes": "{name} : enquêteur oui",
    "{name}: interviewer no": "{name} : enquêteur non",
    "interviewer": "enquêteur",
    "no codes": "aucun code",
    "{codings} coding(s) in {documents} document(s)  [with sub-codes: {all_codings} in {all_documents}]":
        "{codings} codage(s) dans {documents} document(s)  [avec les sous-codes : {all_codings} dans {all_documents}]",
    "{n} passage(s) would be coded with {code}": "{n} passage(s) seraient codés avec {code}",
    "no passage matches; {code} was not created": "aucun passage ne correspond ; {code} n’a pas été créé",
    "coded {n} passage(s) with {code} ({already} already coded)":
        "{n} passage(s) codé(s) avec {code} ({already} déjà codé(s))",
    "wrote {path}": "{path} écrit",
    "wrote {n} coding(s) to {path}": "{n} codage(s) écrit(s) dans {path}",
    "exported {n} unit(s) to {name}; variables: {variables}":
        "{n} unité(s) exportée(s) dans {name} ; variables : {variables}",
    "n/a": "n.d.",
    "code": "code",
    "units": "unités",
    "agree %": "accord %",
    "character units": "unités : caractères",
    "turn units": "unités : tours de parole",
    "{n} disagreement(s) ({unit})": "{n} désaccord(s) ({unit})",
    "{k} classes, {classified} / {segments} segments classified ({percent}), {forms} active forms, CHD {seconds}":
        "{k} classes, {classified} / {segments} segments classés ({percent}), {forms} formes actives, CDH {seconds}",
    "class {k}: {n} segments ({percent}): {words}": "classe {k} : {n} segments ({percent}) : {words}",
    "{n} phase-1 branch(es) of fewer than {mincl} segments (the minimum class size) left out, as IRaMuTeQ does; "
    "--mincl or a higher --nbcl-p1 keeps smaller classes":
        "{n} branche(s) de la phase 1 de moins de {mincl} segments (la taille minimale d’une classe) écartée(s), "
        "comme dans IRaMuTeQ ; --mincl ou un --nbcl-p1 plus grand garde de plus petites classes",
    "{forms} forms, {edges} edges, total weight {weight}, {communities} communities":
        "{forms} formes, {edges} arêtes, poids total {weight}, {communities} communautés",
    "{n} occurrence(s)": "{n} occurrence(s)",
    "transcript": "transcription",
    "survey": "enquête",
    "text": "texte",
    "IRaMuTeQ corpus": "corpus IRaMuTeQ",
    "coded excerpts": "extraits codés",
    "--stability takes 2 to 1000 runs, with a simple classification":
        "--stability prend de 2 à 1000 exécutions, avec une classification simple",
    "{label}: mean Jaccard {jaccard}, recovered in {share} of {runs} runs":
        "{label} : Jaccard moyen {jaccard}, retrouvée dans {share} des {runs} exécutions",
    "verbatim-cli: warning: {warning}": "verbatim-cli : avertissement : {warning}",
}

"""French of the messages of pseudonymisation (corpus.pseudonymise, verbatim-cli pseudonymise)."""

FR = {
    "{name} does not exist.": "{name} n’existe pas.",
    "The pseudonymised copy must not replace the original project.":
        "La copie pseudonymisée ne doit pas remplacer le projet d’origine.",
    "{name} already exists.": "{name} existe déjà.",
    "Cannot read the table {name}: {error}": "Impossible de lire la table {name} : {error}",
    "{name}: the table needs the columns surface and replacement.":
        "{name} : la table doit avoir les colonnes surface et replacement.",
    "{name}, line {line}: action must be accept or reject, not {value}.":
        "{name}, ligne {line} : action doit valoir accept ou reject, pas {value}.",
    "{name}, line {line}: {surface} has no replacement.":
        "{name}, ligne {line} : {surface} n’a pas de remplacement.",
    "With --detect, give --json or --review FILE.csv.": "Avec --detect, indiquez --json ou --review FICHIER.csv.",
    "Give --out COPY.vbt and --table TABLE.csv (or --detect, or --apply TABLE.csv).":
        "Indiquez --out COPIE.vbt et --table TABLE.csv (ou --detect, ou --apply TABLE.csv).",
    "{name}: unknown kind {kind}.": "{name} : type inconnu {kind}.",
    "{n} form to review written to {name}.": (
        "{n} forme à vérifier écrite dans {name}.", "{n} formes à vérifier écrites dans {name}."),
    "{name} already exists (use --force to replace it).": "{name} existe déjà (--force pour le remplacer).",
    "Give --out COPY.vbt: the original project is never changed.":
        "Indiquez --out COPIE.vbt : le projet d’origine n’est jamais modifié.",
    "{name}: the copy must be a new file, not the project or the table.":
        "{name} : la copie doit être un nouveau fichier, ni le projet ni la table.",
    "{n} occurrence replaced in the copy {name}.": (
        "{n} occurrence remplacée dans la copie {name}.", "{n} occurrences remplacées dans la copie {name}."),
    "{n} form replaced; correspondence table: {table} (keep it apart).": (
        "{n} forme remplacée ; table de correspondance : {table} (à conserver à part).",
        "{n} formes remplacées ; table de correspondance : {table} (à conserver à part)."),
    "{n} saved analysis removed from the copy (recompute it there).": (
        "{n} analyse enregistrée retirée de la copie (à relancer dans la copie).",
        "{n} analyses enregistrées retirées de la copie (à relancer dans la copie)."),
    "Still found in the copy: {forms}": "Encore présent dans la copie : {forms}",
}

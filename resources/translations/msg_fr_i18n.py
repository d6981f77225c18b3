"""French of the messages of the figures drawn without Qt (app/analysis/drawing.py, lexical/figures.py labels)
and of the corpus services (corpus/*.py outside importers/ and store/); merged by messages_fr.py."""

FR = {
    "Class {k}": "Classe {k}",
    "{n} seg. ({percent})": "{n} seg. ({percent})",
    "Axis {n} ({percent})": "Axe {n} ({percent})",
    "Axis {n}": "Axe {n}",
    "rank (log)": "rang (log)",
    "frequency (log)": "fréquence (log)",
    "Reinert: {k} classes, {classified} / {segments} segments classified":
        "Reinert : {k} classes, {classified} / {segments} segments classés",
    "CA of classes x active forms": "AFC des classes × formes actives",
    "Specificities by {variable}: CA": "Spécificités par {variable} : AFC",
    "Similarity ({index}, maximum tree): {n} forms": "Similitudes ({index}, arbre maximum) : {n} formes",
    "Similarity ({index}): {n} forms": "Similitudes ({index}) : {n} formes",
    # corpus services
    'Unknown attribute scope {scope}.':
        'Portée d’attribut inconnue : {scope}.',
    'An attribute needs a name.':
        'Un attribut doit avoir un nom.',
    'Analysis {id} does not exist.':
        'L’analyse {id} n’existe pas.',
    'Choose at least one other case to merge into this one.':
        'Choisissez au moins un autre cas à fusionner dans celui-ci.',
    'Case {id} does not exist.':
        'Le cas {id} n’existe pas.',
    'Case {id} exists again: the merge cannot be undone.':
        'Le cas {id} existe de nouveau : la fusion ne peut pas être annulée.',
    'No case named {name}.':
        'Aucun cas nommé {name}.',
    'A case needs a name.':
        'Un cas doit avoir un nom.',
    'A case named {name} already exists.':
        'Un cas nommé {name} existe déjà.',
    'A case named {name} already exists: merge them instead.':
        'Un cas nommé {name} existe déjà : fusionnez-les plutôt.',
    '{name}: importer returned text that is not NFC with LF line ends':
        '{name} : l’importateur a rendu un texte qui n’est pas en NFC avec des fins de ligne LF',
    '{name}: a speaker turn lies outside the text':
        '{name} : un tour de parole sort du texte',
    'Document {id} does not exist.':
        'Le document {id} n’existe pas.',
    'No single document named {name}.':
        'Aucun document unique nommé {name}.',
    'A document needs a name.':
        'Un document doit avoir un nom.',
    'The documents could not be stored (concurrent write?); nothing was imported.':
        'Les documents n’ont pas pu être enregistrés (écriture simultanée ?) ; rien n’a été importé.',
}

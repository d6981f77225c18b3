"""French of the messages of the figures drawn without Qt (app/analysis/drawing.py, lexical/figures.py labels);
merged by messages_fr.py."""

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
}

"""French of the REFI-QDA import dialogs (readings of positions, data-loss report), merged by fill_fr.py."""

FR = {
    "How were the positions counted?": "Comment les positions ont-elles été comptées ?",
    "The tool that wrote this file may count positions in its own way. For %n source(s) the selections do not "
    "show clearly how: choose the reading under which the selections fall on whole words (the share shown for "
    "each reading).":
        ("Le logiciel qui a écrit ce fichier peut compter les positions à sa façon. Pour %n source, les sélections "
         "ne montrent pas clairement comment : choisissez la lecture sous laquelle les sélections tombent sur des "
         "mots entiers (la part indiquée pour chaque lecture).",
         "Le logiciel qui a écrit ce fichier peut compter les positions à sa façon. Pour %n sources, les sélections "
         "ne montrent pas clairement comment : choisissez la lecture sous laquelle les sélections tombent sur des "
         "mots entiers (la part indiquée pour chaque lecture)."),
    "Source": "Source",
    "Reading of the positions": "Lecture des positions",
    "Selections on word boundaries": "Sélections sur des limites de mots",
    "Evidence": "Indices",
    "Import": "Importer",
    "Certain": "Sûr",
    "Convincing": "Convaincant",
    "Not convincing: please check": "Pas convaincant : à vérifier",
    "For %n source(s) no reading of the positions was convincing: check their codings (see Positions below).":
        ("Pour %n source, aucune lecture des positions n’était convaincante : vérifiez ses codages (voir Positions "
         "ci-dessous).",
         "Pour %n sources, aucune lecture des positions n’était convaincante : vérifiez leurs codages (voir "
         "Positions ci-dessous)."),
    "chosen by you": "votre choix",
    "certain": "sûr",
    "convincing": "convaincant",
    "NOT convincing": "PAS convaincant",
    "%1; %2 % of %3 selections on word boundaries": "%1 ; %2 % des %3 sélections sur des limites de mots",
    "Positions of the selections": "Positions des sélections",
    "First selections of %1 under this reading:\n%2": "Premières sélections de %1 sous cette lecture :\n%2",
    "Reading the positions of the selections…": "Lecture des positions des sélections…",
}

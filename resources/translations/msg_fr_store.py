"""French of the project store's messages (corpus/store); merged by messages_fr.py."""

FR = {
    "{path} does not exist.": "{path} n’existe pas.",
    "{name} already exists.": "{name} existe déjà.",
    "Folder {folder} does not exist.": "Le dossier {folder} n’existe pas.",
    "{name} cannot be read: {cause}.": "{name} ne peut pas être lu : {cause}.",
    "{name} cannot be read: permission denied.": "{name} ne peut pas être lu : permission refusée.",
    "{name} is a folder, not a Verbatim project.": "{name} est un dossier, pas un projet Verbatim.",
    "{name} is not a regular file (a named pipe, socket or device): it cannot be a Verbatim project.":
        "{name} n’est pas un fichier ordinaire (tube nommé, socket ou périphérique) : ce ne peut pas être un "
        "projet Verbatim.",
    "The folder of {name} is read-only: Verbatim writes its journal and lock files beside the project. "
    "Move the project to a writable folder.":
        "Le dossier de {name} est en lecture seule : Verbatim écrit son journal et son fichier de verrou à côté "
        "du projet. Déplacez le projet dans un dossier modifiable.",
    "{name} is on a read-only disk: copy it to a writable folder to work on it.":
        "{name} est sur un disque en lecture seule : copiez-le dans un dossier modifiable pour y travailler.",
    "{name} is locked against changes (an immutable or protected file): copy it, or remove the protection.":
        "{name} est verrouillé contre les modifications (fichier immuable ou protégé) : copiez-le ou retirez "
        "la protection.",
    "{name} is read-only (its permissions forbid writing): make it writable or open a copy.":
        "{name} est en lecture seule (ses droits interdisent l’écriture) : rendez-le modifiable ou ouvrez une "
        "copie.",
    "Cannot open {name}: the disk is full. Free some space and try again.":
        "Impossible d’ouvrir {name} : le disque est plein. Libérez de la place et réessayez.",
    "Cannot open {name}: {cause}.": "Impossible d’ouvrir {name} : {cause}.",
    "Cannot use {name}: {cause}.": "Impossible d’utiliser {name} : {cause}.",
    "{name} is damaged ({cause}). Open its latest backup copy, or ask for help to recover it; Verbatim did not "
    "change it.":
        "{name} est endommagé ({cause}). Ouvrez sa dernière copie de sauvegarde, ou demandez de l’aide pour le "
        "récupérer ; Verbatim ne l’a pas modifié.",
    "Cannot save to {name}: the disk is full. Free some space; the last change was not saved, the project is as "
    "it was before it.":
        "Impossible d’enregistrer dans {name} : le disque est plein. Libérez de la place ; la dernière "
        "modification n’a pas été enregistrée, le projet est tel qu’il était avant elle.",
    "Cannot save to {name}: the file, its folder or the disk is read-only; the last change was not saved.":
        "Impossible d’enregistrer dans {name} : le fichier, son dossier ou le disque est en lecture seule ; la "
        "dernière modification n’a pas été enregistrée.",
    "Cannot open {name}: SQLite could not open it or its journal (is the folder writable?).":
        "Impossible d’ouvrir {name} : SQLite n’a pu ouvrir ni le fichier ni son journal (le dossier est-il "
        "modifiable ?).",
    "{name} is busy: another program is writing to it. Try again in a moment.":
        "{name} est occupé : un autre programme y écrit. Réessayez dans un instant.",
    "Cannot use {name}: a disk input/output error occurred; the last change was not saved.":
        "Impossible d’utiliser {name} : une erreur d’entrée-sortie du disque s’est produite ; la dernière "
        "modification n’a pas été enregistrée.",
    "{name} is not a Verbatim project (not an SQLite file).":
        "{name} n’est pas un projet Verbatim (ce n’est pas un fichier SQLite).",
    "{name} is an SQLite file but not a Verbatim project.":
        "{name} est un fichier SQLite mais pas un projet Verbatim.",
    "{name} was saved by a newer Verbatim (schema {version}, this one reads up to {current}). Update Verbatim to "
    "open it.":
        "{name} a été enregistré par une version plus récente de Verbatim (schéma {version}, celle-ci lit "
        "jusqu’au {current}). Mettez Verbatim à jour pour l’ouvrir.",
    "{name} was saved by an older Verbatim (schema {version}); open it once for writing to upgrade it (a backup "
    "copy is made first).":
        "{name} a été enregistré par une version plus ancienne de Verbatim (schéma {version}) ; ouvrez-le une "
        "fois en écriture pour le mettre à niveau (une copie de sauvegarde est faite d’abord).",
    "{name} could not be upgraded: its backup copy could not be written ({cause}). The project is unchanged.":
        "{name} n’a pas pu être mis à niveau : sa copie de sauvegarde n’a pas pu être écrite ({cause}). Le "
        "projet est inchangé.",
    "{name} could not be upgraded ({cause}); it is unchanged, and a copy is at {copy}.":
        "{name} n’a pas pu être mis à niveau ({cause}) ; il est inchangé, et une copie se trouve dans {copy}.",
    "{name} is already open in another Verbatim window (process {pid} on {host}). Close it there first, or open "
    "a copy of the file.":
        "{name} est déjà ouvert dans une autre fenêtre de Verbatim (processus {pid} sur {host}). Fermez-le "
        "d’abord, ou ouvrez une copie du fichier.",
    "{name} is already open in another Verbatim window. Close it there first, or open a copy of the file.":
        "{name} est déjà ouvert dans une autre fenêtre de Verbatim. Fermez-le d’abord, ou ouvrez une copie du "
        "fichier.",
}

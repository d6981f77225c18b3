"""French of the messages of atomic writes, export sanitising and store errors; merged by messages_fr.py."""

FR = {
    # coding/export/cell_safety.py
    "document “{name}”: {n} character that XML cannot hold was replaced by �": (
        "document « {name} » : {n} caractère que XML ne peut pas contenir a été remplacé par �",
        "document « {name} » : {n} caractères que XML ne peut pas contenir ont été remplacés par �"),
    "code “{name}”: {n} character that XML cannot hold was replaced by �": (
        "code « {name} » : {n} caractère que XML ne peut pas contenir a été remplacé par �",
        "code « {name} » : {n} caractères que XML ne peut pas contenir ont été remplacés par �"),
    "speaker “{name}”: {n} character that XML cannot hold was replaced by �": (
        "locuteur « {name} » : {n} caractère que XML ne peut pas contenir a été remplacé par �",
        "locuteur « {name} » : {n} caractères que XML ne peut pas contenir ont été remplacés par �"),
    "memo of “{name}”: {n} character that XML cannot hold was replaced by �": (
        "mémo de « {name} » : {n} caractère que XML ne peut pas contenir a été remplacé par �",
        "mémo de « {name} » : {n} caractères que XML ne peut pas contenir ont été remplacés par �"),
    "“{name}”: {n} character that XML cannot hold was replaced by �": (
        "« {name} » : {n} caractère que XML ne peut pas contenir a été remplacé par �",
        "« {name} » : {n} caractères que XML ne peut pas contenir ont été remplacés par �"),
    # app/crash_report.py
    "not enough memory to finish the operation": "pas assez de mémoire pour terminer l’opération",
    "unexpected error ({kind}: {cause})": "erreur inattendue ({kind} : {cause})",
    # corpus/atomic.py
    "Cannot write {name}: the folder {folder} does not exist.":
        "Impossible d’écrire {name} : le dossier {folder} n’existe pas.",
    "Cannot write {name}: it is a folder.": "Impossible d’écrire {name} : c’est un dossier.",
    "Cannot write {name}: the disk is full.": "Impossible d’écrire {name} : le disque est plein.",
    "Cannot write {name}: the disk quota is exceeded.": "Impossible d’écrire {name} : le quota disque est dépassé.",
    "Cannot write {name}: the disk is read-only.": "Impossible d’écrire {name} : le disque est en lecture seule.",
    "Cannot write {name}: permission denied (read-only file or folder).":
        "Impossible d’écrire {name} : permission refusée (fichier ou dossier en lecture seule).",
    "Cannot write {name}: the file or folder is locked (immutable or protected).":
        "Impossible d’écrire {name} : le fichier ou le dossier est verrouillé (immuable ou protégé).",
    "Cannot write {name}: the file name is too long.": "Impossible d’écrire {name} : le nom de fichier est trop long.",
    "Cannot write {name}: {cause}.": "Impossible d’écrire {name} : {cause}.",
}

"""French of the team-project messages (server store, push/pull/sync, members)."""

FR = {
    "The server refused the change to {where}: {cause}": "Le serveur a refusé la modification de {where} : {cause}",
    "{url} names no database (postgresql://user@host:port/database).":
        "{url} ne nomme aucune base (postgresql://utilisateur@hôte:port/base).",
    "The server refused the user name or password for {where}.":
        "Le serveur a refusé le nom d’utilisateur ou le mot de passe pour {where}.",
    "{where} is open read-only: nothing can be changed.": "{where} est ouvert en lecture seule : rien ne peut être modifié.",
    "You have no access to {where}: {cause}": "Vous n’avez pas accès à {where} : {cause}",
    "There is no project {where} on the server.": "Il n’y a pas de projet {where} sur le serveur.",
    "The server of {where} cannot be reached: {cause}": "Le serveur de {where} est injoignable : {cause}",
    "{where} is a database but not a Verbatim project.": "{where} est une base de données mais pas un projet Verbatim.",
    "{where} was saved by a newer Verbatim (schema {version}, this one reads up to {current}). "
    "Update Verbatim to open it.":
        "{where} a été enregistré par un Verbatim plus récent (schéma {version}, celui-ci lit jusqu’au {current}). "
        "Mettez Verbatim à jour pour l’ouvrir.",
    "{url} is not a valid server address.": "{url} n’est pas une adresse de serveur valide.",
    "{where} has schema {version}, older than any server project.":
        "{where} a le schéma {version}, plus ancien que tout projet sur serveur.",
    "{where} already holds a Verbatim project.": "{where} contient déjà un projet Verbatim.",
    "{where} was saved by an older Verbatim (schema {version}); open it once for writing to upgrade it.":
        "{where} a été enregistré par un Verbatim plus ancien (schéma {version}) ; ouvrez-le une fois en écriture "
        "pour le mettre à niveau.",
    "Unknown role {role}: use lead or coder.": "Rôle inconnu {role} : utilisez lead (responsable) ou coder (codeur).",
    "{name} has no account on the server yet: give a password to create it.":
        "{name} n’a pas encore de compte sur le serveur : donnez un mot de passe pour le créer.",
    "{url} is not a server address (postgresql://user@host:port/database).":
        "{url} n’est pas une adresse de serveur (postgresql://utilisateur@hôte:port/base).",
    "{n} coding deleted offline is kept on the server (a sync never deletes).": (
        "{n} codage supprimé hors ligne est conservé sur le serveur (une synchronisation ne supprime jamais).",
        "{n} codages supprimés hors ligne sont conservés sur le serveur (une synchronisation ne supprime jamais)."),
    "Sent to {server}:": "Envoyé à {server} :",
    "Received from the server:": "Reçu du serveur :",
    "{name} was not pulled from a server: give the server address.":
        "{name} n’a pas été récupéré d’un serveur : donnez l’adresse du serveur.",
    "Code renamed on one side: '{offline}' offline, '{server}' on the server; both are kept.":
        "Code renommé d’un seul côté : « {offline} » hors ligne, « {server} » sur le serveur ; les deux sont gardés.",
    "Memo on {kind} {id} changed on both sides: both texts are kept, one after the other.":
        "Mémo sur {kind} {id} modifié des deux côtés : les deux textes sont gardés, l’un après l’autre.",
    "{n} conflict:": ("{n} conflit :", "{n} conflits :"),
    "No conflict.": "Aucun conflit.",
    "{documents} document(s), {codes} code(s), {codings} coding(s), {memos} memo(s) copied.":
        "{documents} document(s), {codes} code(s), {codings} codage(s), {memos} mémo(s) copiés.",
    "{name}: expected a project file ending in .vbt": "{name} : un fichier de projet en .vbt est attendu",
    "Password for {name} (if the login is new): ": "Mot de passe de {name} (si le compte est nouveau) : ",
    "The environment variable {name} is empty or not set.": "La variable d’environnement {name} est vide ou absente.",
}

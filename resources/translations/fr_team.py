"""French of the team-project Qt strings (server connection dialog, live updates), merged by fill_fr.py."""

FR = {
    "Open server project…": "Ouvrir un projet sur serveur…",
    "Cannot open the server project": "Impossible d’ouvrir le projet sur serveur",
    "Connected to the server: changes by others appear live.":
        "Connecté au serveur : les modifications des autres apparaissent en direct.",
    "%1 changed a code; the latest change is kept.": "%1 a modifié un code ; la dernière modification est conservée.",
    "The server cannot be reached; reconnecting…": "Le serveur est injoignable ; reconnexion…",
    "Open a server project": "Ouvrir un projet sur serveur",
    "New connection": "Nouvelle connexion",
    "Keep the password in the system keyring": "Garder le mot de passe dans le trousseau du système",
    "No system keyring was found: the password is asked each time.":
        "Aucun trousseau système trouvé : le mot de passe est demandé à chaque fois.",
    "Recent:": "Récentes :",
    "Server:": "Serveur :",
    "Port:": "Port :",
    "Project (database):": "Projet (base de données) :",
    "User:": "Utilisateur :",
    "Password:": "Mot de passe :",
}

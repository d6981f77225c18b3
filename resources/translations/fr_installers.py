"""French of the welcome page (app/welcome.py), merged into fill_fr.FR by fill_fr.py."""

FR = {
    "Welcome to Verbatim": "Bienvenue dans Verbatim",
    "Code interview transcripts and explore them with lexicometry, offline. Start with the sample project "
    "to look around, or create your own project.":
        "Codez des transcriptions d’entretiens et explorez-les par la lexicométrie, hors ligne. Commencez par "
        "le projet d’exemple pour découvrir l’outil, ou créez votre propre projet.",
    "Open the sample project": "Ouvrir le projet d’exemple",
    "New project…": "Nouveau projet…",
    "Open…": "Ouvrir…",
    "Recent projects": "Projets récents",
    "No recent project yet.": "Aucun projet récent pour l’instant.",
}

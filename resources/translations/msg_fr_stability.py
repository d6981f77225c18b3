"""French of the class-stability messages (app/analysis/stability.py); merged by messages_fr.py."""

FR = {
    "stable": "stable",
    "fragile": "fragile",
    "dissolved": "dissoute",
    "{label} · J {jaccard} · {recovered}": "{label} · J {jaccard} · {recovered}",
    "Bundle written to {folder}": "Dossier reproductible écrit dans {folder}",
}

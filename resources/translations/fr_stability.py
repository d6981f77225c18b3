"""French of the class-stability strings of the Reinert view and the run form (merged by fill_fr.py)."""

FR = {
    "Stability": "Stabilité",
    "Class": "Classe",
    "Segments": "Segments",
    "Mean Jaccard": "Jaccard moyen",
    "Recovered (%)": "Retrouvée (%)",
    "Profile forms that stay (share of runs)": "Formes du profil qui restent (part des répétitions)",
    "stable": "stable",
    "fragile": "fragile",
    "dissolved": "dissoute",
    "Stability of this class: %1.": "Stabilité de cette classe : %1.",
    "Stability runs:": "Répétitions (stabilité) :",
    "none": "aucune",
    "Run the classification again on 80 % subsamples this many times (e.g. 50) to measure how stable each "
    "class is (simple classification only).":
        "Relancer la classification autant de fois sur des sous-échantillons de 80 % (par ex. 50) pour mesurer la "
        "stabilité de chaque classe (classification simple seulement).",
    "The classification was run again %1 times on %2 % of the segments drawn at random. Each class is "
    "matched to its most similar class in every run (Jaccard index on the segments both runs hold; Hennig "
    "2007). Stable: mean Jaccard ≥ 0.75; fragile: 0.5–0.75 (a real theme whose edges move); dissolved: "
    "≤ 0.5 (not found again: do not interpret it). Recovered: share of runs with a Jaccard ≥ 0.5.":
        "La classification a été relancée %1 fois sur %2 % des segments tirés au hasard. Chaque classe est "
        "appariée à la classe la plus semblable de chaque répétition (indice de Jaccard sur les segments communs ; "
        "Hennig 2007). Stable : Jaccard moyen ≥ 0,75 ; fragile : 0,5–0,75 (un thème réel aux contours mouvants) ; "
        "dissoute : ≤ 0,5 (non retrouvée : ne pas l’interpréter). Retrouvée : part des répétitions avec un "
        "Jaccard ≥ 0,5.",
    "Export a reproducible bundle…": "Exporter un dossier reproductible…",
    "Folder for the reproducible bundle": "Dossier pour l’analyse reproductible",
    "Reproducible bundle": "Dossier reproductible",
    "The bundle is written in %1.": "Le dossier reproductible est écrit dans %1.",
    "Run again from the project, the classification gave the saved partition exactly.":
        "Relancée depuis le projet, la classification a redonné exactement la partition enregistrée.",
    "Run again from the project, the classification differs from the saved one: the texts, the lexicon or the "
    "software changed since it was saved.":
        "Relancée depuis le projet, la classification diffère de celle enregistrée : les textes, le lexique ou le "
        "logiciel ont changé depuis.",
    "The selection is empty: no text to analyse.": "La sélection est vide : aucun texte à analyser.",
}

"""Fill resources/translations/verbatim_fr.ts with the French below and of the ``fr_*.py`` beside this file
(one per feature; ``fr_misc.py`` for the rest). ``python -m app.i18n --update`` runs lupdate, this filler and
lrelease; strings missing here stay unfinished (tests/app/test_i18n_coverage.py fails) and show in English.
A ``%n`` string (``self.tr(text, "", n)``) takes a (singular, plural) tuple."""

from __future__ import annotations

import re
import sys
from html import escape, unescape
from pathlib import Path

FR = {
    "%1 already exists.": "%1 existe déjà.",
    "%n document(s) imported.": ("%n document importé.", "%n documents importés."),
    "%1 of %2": "%1 sur %2",
    "Before": "Avant", "Hit": "Occurrence", "After": "Après",
    "%n small branch(es) left out": ("%n petite branche écartée", "%n petites branches écartées"),
    "… (%n modalities)": ("… (%n modalité)", "… (%n modalités)"),
    "%n case(s)": ("%n cas", "%n cas"), "%n code(s)": ("%n code", "%n codes"),
    "%n coding(s)": ("%n codage", "%n codages"), "%n document(s)": ("%n document", "%n documents"),
    "%n memo(s)": ("%n mémo", "%n mémos"), "%n turn(s)": ("%n tour de parole", "%n tours de parole"),
    "%n attribute value(s)": ("%n valeur d’attribut", "%n valeurs d’attributs"),
    "Phase-1 branches of fewer than %1 segments (the minimum class size) are not classes: they join their "
    "mother class or stay unclassified, as in IRaMuTeQ. To keep smaller classes, lower the minimum class "
    "size or raise the number of phase-1 classes.":
        "Les branches de la phase 1 de moins de %1 segments (la taille minimale d’une classe) ne deviennent pas "
        "des classes : elles rejoignent leur classe mère ou restent non classées, comme dans IRaMuTeQ. Pour "
        "garder de plus petites classes, baissez la taille minimale ou augmentez le nombre de classes de la "
        "phase 1.",
    "%1 — %n turn(s)": ("%1 — %n tour de parole", "%1 — %n tours de parole"),
    "%n coding(s) will be deleted with it.": ("%n codage sera supprimé avec lui.", "%n codages seront supprimés avec lui."),
    "%n excerpt(s)": ("%n extrait", "%n extraits"),
    "%n hit(s)": ("%n occurrence", "%n occurrences"),
    "%n row(s). Check the guessed columns:": ("%n ligne. Vérifiez les colonnes devinées :",
                                              "%n lignes. Vérifiez les colonnes devinées :"),
    "%n sub-code(s) will be deleted too.": ("%n sous-code sera aussi supprimé.", "%n sous-codes seront aussi supprimés."),
    "&Coding": "&Codage", "&Edit": "É&dition", "&File": "&Fichier", "&Project": "&Projet", "&View": "&Affichage",
    "(all)": "(tous)", "(any attribute)": "(tout attribut)", "(any value)": "(toute valeur)",
    "(no value)": "(sans valeur)", "(none)": "(aucun)", "(row number)": "(numéro de ligne)",
    "Add attribute": "Ajouter un attribut", "Add attribute…": "Ajouter un attribut…",
    "All codings to a table (CSV/XLSX)…": "Tous les codages dans un tableau (CSV/XLSX)…",
    "Already in the project (skipped): %1": "Déjà dans le projet (ignorés) : %1",
    "All files": "Tous les fichiers",
    "Attribute name (e.g. role, age):": "Nom de l’attribut (ex. rôle, âge) :",
    "Auto-code": "Codage automatique",
    "Auto-code %n passage(s)": ("Codage automatique de %n passage", "Codage automatique de %n passages"),
    "Auto-code…": "Codage automatique…", "Cancel": "Annuler",
    "Cannot open the project": "Impossible d’ouvrir le projet", "Change colour": "Changer la couleur",
    "Close": "Fermer", "Close (Esc)": "Fermer (Échap)", "Code": "Code",
    "Code %n hit(s)": ("Coder %n occurrence", "Coder %n occurrences"),
    "Code colour": "Couleur du code", "Code descriptions": "Descriptions des codes",
    "Code every turn of %1": "Coder tous les tours de %1",
    "Code every turn of %1 with “%2”": "Coder tous les tours de %1 avec « %2 »",
    "Code hits": "Coder les occurrences", "Code memos": "Mémos des codes", "Code on click": "Coder au clic",
    "Code selection": "Coder la sélection",
    "Code the selected text with the selected code": "Coder le texte sélectionné avec le code sélectionné",
    "Code this turn with “%1”": "Coder ce tour de parole avec « %1 »", "Code turn": "Coder le tour de parole",
    "Code with new code": "Coder avec un nouveau code", "Code with…": "Coder avec…", "Code:": "Coder :",
    "Codebook": "Livre de codes", "Coded excerpts": "Extraits codés",
    "Coded excerpts to Word (.docx)…": "Extraits codés vers Word (.docx)…", "Coder": "Codeur",
    "Coder:": "Codeur :", "Coder…": "Codeur…", "Codes to export": "Codes à exporter", "Coding": "Codage",
    "Codings": "Codages", "Codings +sub": "Codages +sous", "Codings of this code": "Codages de ce code",
    "Codings of this code and its sub-codes": "Codages de ce code et de ses sous-codes",
    "Colour…": "Couleur…", "Columns of %1": "Colonnes de %1", "Copy": "Copier",
    "Create code “%1”": "Créer le code « %1 »", "Delete code": "Supprimer le code",
    "Delete the code “%1”?": "Supprimer le code « %1 » ?", "Delete…": "Supprimer…",
    "Description": "Description", "Docs": "Docs", "Docs +sub": "Docs +sous", "Document": "Document",
    "Document language:": "Langue du document :", "Documents": "Documents",
    "Documents coded with this code": "Documents codés avec ce code",
    "Documents coded with this code or its sub-codes": "Documents codés avec ce code ou ses sous-codes",
    "Edit attribute": "Modifier un attribut", "Edit description": "Modifier la description",
    "Edit memo": "Modifier le mémo", "Excerpt": "Extrait", "Existing code": "Code existant",
    "Export": "Exporter", "Export coded excerpts to Word": "Exporter les extraits codés vers Word",
    "Export codings": "Exporter les codages", "Exporting…": "Export en cours…", "Export…": "Exporter…",
    "Filter codes": "Filtrer les codes", "Find in document": "Rechercher dans le document",
    "Find:": "Rechercher :", "Free-text answers:": "Réponses libres :", "Group by:": "Grouper par :",
    "Ignore accents (é = e)": "Ignorer les accents (é = e)", "Ignore case": "Ignorer la casse",
    "Import": "Importer", "Import documents": "Importer des documents",
    "Import documents…": "Importer des documents…", "Import failed": "Échec de l’import",
    "Importing…": "Import en cours…", "In-vivo code": "Code in vivo", "Include sub-codes": "Inclure les sous-codes",
    "Interviewer": "Enquêteur", "Keep the name:": "Garder le nom :", "Language": "Langue",
    "Leave out the interviewer": "Exclure l’enquêteur", "Mark interviewer": "Marquer comme enquêteur",
    "Match case": "Respecter la casse", "Memos": "Mémos",
    "Merge %1 into %2? Their turns move to %2 (Edit > Undo puts them back).":
        "Fusionner %1 dans %2 ? Leurs tours de parole passent à %2 (Édition > Annuler les rétablit).",
    "Merge codes": "Fusionner les codes", "Merge into…": "Fusionner dans…",
    "Merge selected…": "Fusionner la sélection…", "Merge speakers": "Fusionner des locuteurs",
    "Merge “%1” into…": "Fusionner « %1 » dans…", "Move code": "Déplacer le code",
    "Name of the new code:": "Nom du nouveau code :", "Name the new code.": "Donnez un nom au nouveau code.",
    "New code": "Nouveau code", "New code (Parent/Child)": "Nouveau code (Parent/Enfant)",
    "New code named after the selection, and code it": "Nouveau code nommé d’après la sélection, qui la code",
    "New project": "Nouveau projet", "New project…": "Nouveau projet…", "New speakers: %1": "Nouveaux locuteurs : %1",
    "New sub-code": "Nouveau sous-code", "Next (F3)": "Suivant (F3)",
    "No code is pinned to key %1 (codebook: right-click a code).":
        "Aucun code n’est associé à la touche %1 (livre de codes : clic droit sur un code).",
    "No coding of the selected code here.": "Aucun codage du code sélectionné ici.",
    "No document open": "Aucun document ouvert", "No match": "Aucun résultat", "Open project": "Ouvrir un projet",
    "Open project…": "Ouvrir un projet…", "Preview": "Aperçu", "Previous (Shift+F3)": "Précédent (Maj+F3)",
    "Project": "Projet", "Project in use": "Projet déjà ouvert", "Quick code %1": "Codage rapide %1",
    "Quick-code key": "Touche de codage rapide", "Quit": "Quitter", "Recent projects": "Projets récents",
    "Recode": "Recoder", "Recode with…": "Recoder avec…", "Recode…": "Recoder…", "Redo": "Rétablir",
    "Regular expression": "Expression régulière",
    "Remove the selected code's codings at the cursor or selection":
        "Retirer les codages du code sélectionné au curseur ou dans la sélection",
    "Rename": "Renommer", "Rename code": "Renommer le code", "Rename speaker": "Renommer le locuteur",
    "Respondent id:": "Identifiant du répondant :", "Searching…": "Recherche…",
    "Select a code in the codebook first.": "Sélectionnez d’abord un code dans le livre de codes.",
    "Select a passage of the document first.": "Sélectionnez d’abord un passage du document.",
    "Select two or more speakers to merge.": "Sélectionnez au moins deux locuteurs à fusionner.",
    "Show context": "Afficher le contexte", "Speaker": "Locuteur", "Speaker attributes": "Attributs du locuteur",
    "Speaker:": "Locuteur :", "Speakers and cases": "Locuteurs et cas", "Speakers and cases…": "Locuteurs et cas…",
    "Speakers whose turns are searched": "Locuteurs dont les tours de parole sont cherchés",
    "System": "Système", "Target:": "Cible :", "Text": "Texte",
    "The new language is used from the next start of Verbatim.":
        "La nouvelle langue sera utilisée au prochain démarrage de Verbatim.",
    "Theme/Sub-theme": "Thème/Sous-thème",
    "This project is open in another Verbatim window or on another computer:\n\n%1":
        "Ce projet est ouvert dans une autre fenêtre de Verbatim ou sur un autre ordinateur :\n\n%1",
    "Tick at least one code.": "Cochez au moins un code.", "Title:": "Titre :", "Turns": "Tours",
    "Type to filter codes…": "Tapez pour filtrer les codes…", "Uncode": "Décoder", "Undo": "Annuler",
    "Unpin": "Retirer la touche", "Verbatim": "Verbatim",
    "When on, clicking a code codes the selected text with it":
        "Activé : cliquer sur un code code le texte sélectionné avec lui",
    "Whole words": "Mots entiers", "Words": "Mots", "Write a memo…": "Écrire un mémo…",
    "Your name (your codings are recorded under it):": "Votre nom (vos codages sont enregistrés sous ce nom) :",
    "its sentence": "sa phrase", "l’ = l' (apostrophes)": "l’ = l' (apostrophes)",
    "the match only": "l’occurrence seule", "the whole turn": "tout le tour de parole",
    "word, phrase or regular expression": "mot, expression ou expression régulière",
    "Cannot open": "Impossible d’ouvrir",
}


# Lexical result views (app/lexviews: statistics, word cloud, concordance, similarity, specificities).
FR.update({
    ", maximum tree": ", arbre maximum", "<b>{0}</b> ({1}): %n hit(s)": ("<b>{0}</b> ({1}) : %n occurrence", "<b>{0}</b> ({1}) : %n occurrences"),
    "Active": "Actives", "Active forms": "Formes actives", "All": "Toutes", "All labels": "Toutes les étiquettes",
    "All sources": "Toutes les sources", "Axis {0} ({1:.1f} %)": "Axe {0} ({1:.1f} %)",
    "CA map": "Carte AFC", "CA map (PNG)…": "Carte AFC (PNG)…", "CA map (SVG)…": "Carte AFC (SVG)…",
    "CSV (*.csv)": "CSV (*.csv)", "Code these hits": "Coder ces occurrences",
    "Code these hits…": "Coder ces occurrences…",
    "Code %n concordance hit(s) of “{0}”": ("Coder %n occurrence du concordancier de « {0} »",
                                             "Coder %n occurrences du concordancier de « {0} »"),
    "Code:": "Coder :",
    "Community halos": "Halos des communautés", "Concordance": "Concordancier",
    "Concordance (CSV)…": "Concordancier (CSV)…", "Concordance (Excel)…": "Concordancier (Excel)…",
    "Correspondence analysis: {0}": "Analyse factorielle des correspondances : {0}",
    "Could not write {0}: {1}": "Impossible d’écrire {0} : {1}", "Count": "Effectif",
    "Double-click a row to open its concordance": "Double-cliquez sur une ligne pour ouvrir son concordancier",
    "Edges ≥": "Arêtes ≥", "Excel (*.xlsx)": "Excel (*.xlsx)",
    "Filter by speaker or attribute": "Filtrer par locuteur ou attribut", "Filter…": "Filtrer…",
    "Find a form…": "Chercher une forme…", "Fit": "Ajuster", "Form": "Forme", "Forms": "Formes",
    "Frequencies": "Fréquences", "Frequencies (CSV)…": "Fréquences (CSV)…",
    "Frequencies (Excel)…": "Fréquences (Excel)…", "Frequency": "Fréquence",
    "Graph (PNG)…": "Graphe (PNG)…", "Graph (SVG)…": "Graphe (SVG)…",
    "Hapax (forms)": "Hapax (formes)", "Hapax (lemmas)": "Hapax (lemmes)",
    "Hide very common verbs and adverbs (être, avoir, faire, plus…)":
        "Masquer les verbes et adverbes très courants (être, avoir, faire, plus…)",
    "Keyword": "Pivot", "Left context": "Contexte gauche", "Lemma": "Lemme", "Lemmas": "Lemmes",
    "Mean occurrences per text": "Moyenne d’occurrences par texte", "Modality": "Modalité",
    "Occurrences": "Occurrences", "Over-represented": "Sur-représentées", "PNG image (*.png)": "Image PNG (*.png)",
    "POS": "Catégorie", "Re-layout": "Nouvelle disposition",
    "Red: over-represented, blue: under-represented. Click a header to sort.":
        "Rouge : sur-représenté, bleu : sous-représenté. Cliquez sur un en-tête pour trier.",
    "Right context": "Contexte droit", "SVG image (*.svg)": "Image SVG (*.svg)", "Score": "Score",
    "Segments": "Segments", "Show every label, even where labels overlap":
        "Afficher toutes les étiquettes, même quand elles se chevauchent",
    "Similarity graph": "Graphe de similitudes", "Sort by": "Trier par", "Source": "Source",
    "Source order": "Ordre des sources", "Specificities": "Spécificités",
    "Specificities (CSV)…": "Spécificités (CSV)…", "Specificities (Excel)…": "Spécificités (Excel)…",
    "Specificities of <b>{0}</b> ({1}); sizes: {2}": "Spécificités de <b>{0}</b> ({1}) ; tailles : {2}",
    "Status": "Statut", "Summary": "Résumé", "Supplementary": "Supplémentaires",
    "Supplementary forms": "Formes supplémentaires", "Table": "Tableau", "Texts": "Textes",
    "The keyword only": "Le pivot seul", "The keyword with its context": "Le pivot avec son contexte",
    "The keyword's sentence": "La phrase du pivot",
    "The map needs at least three modalities.": "La carte demande au moins trois modalités.",
    "Top forms": "Formes caractéristiques", "Total": "Total", "Under-represented": "Sous-représentées",
    "Wheel: zoom; drag: pan or move a form; double-click: concordance.":
        "Molette : zoom ; glisser : déplacer la vue ou une forme ; double-clic : concordancier.",
    "Word cloud": "Nuage de mots", "Word cloud (PNG)…": "Nuage de mots (PNG)…",
    "Word cloud (SVG)…": "Nuage de mots (SVG)…", "Zipf plot (PNG)…": "Courbe de Zipf (PNG)…",
    "Zipf plot (SVG)…": "Courbe de Zipf (SVG)…", "active": "active", "frequency (log)": "fréquence (log)",
    "hypergeometric law, signed log10 p": "loi hypergéométrique, log10 p signé",
    "ideal Zipf (f1 / rank)": "Zipf idéal (f1 / rang)", "ignored": "ignorée",
    "no map: fewer than three modalities": "pas de carte : moins de trois modalités",
    "rank (log)": "rang (log)", "supplementary": "supplémentaire", "{0:g} (%n edge(s))": ("{0:g} (%n arête)", "{0:g} (%n arêtes)"),
    "{0} ({1} of forms, {2} of occurrences)": "{0} ({1} des formes, {2} des occurrences)",
    "{0} ({1} of lemmas, {2} of occurrences)": "{0} ({1} des lemmes, {2} des occurrences)",
    "%n form(s), {0} — index: {1}{2}.": ("%n forme, {0} — indice : {1}{2}.", "%n formes, {0} — indice : {1}{2}."),
    "%n edge(s)": ("%n arête", "%n arêtes"),
    "{0} of %n hit(s)": ("{0} sur %n occurrence", "{0} sur %n occurrences"),
    "{0} of %n row(s)": ("{0} sur %n ligne", "{0} sur %n lignes"),
})


def fill(ts: Path) -> int:
    text = ts.read_text(encoding="utf-8")
    missing = 0

    def repl(match: re.Match) -> str:
        nonlocal missing
        head, source = match.group(1), unescape(match.group(2))
        french = FR.get(source)
        if french is None or isinstance(french, tuple) != ('numerus="yes"' in head):  # plural forms iff %n
            missing += 1
            return match.group(0)
        if isinstance(french, tuple):  # %Ln: the count with French digit grouping (12 345 occurrences)
            forms = "".join(f"<numerusform>{escape(f.replace('%n', '%Ln'), quote=False)}</numerusform>"
                            for f in french)
            return f"{head}<translation>{forms}</translation>"
        return f"{head}<translation>{escape(french, quote=False)}</translation>"

    pattern = re.compile(r"(<message[^>]*>\s*(?:<location[^>]*/>\s*)*<source>(.*?)</source>\s*"
                         r"(?:<comment>.*?</comment>\s*)?(?:<oldsource>.*?</oldsource>\s*)?)<translation[^>]*>.*?</translation>", re.S)
    ts.write_text(pattern.sub(repl, text), encoding="utf-8")
    return missing


def merge_module_dicts() -> None:
    """Add the ``FR`` dicts of the ``fr_*.py`` files beside this one (one per feature, fewer conflicts)."""
    import runpy

    for extra in sorted(Path(__file__).parent.glob("fr_*.py")):
        FR.update(runpy.run_path(str(extra)).get("FR", {}))


if __name__ == "__main__":
    merge_module_dicts()
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("verbatim_fr.ts")
    print("untranslated:", fill(path))

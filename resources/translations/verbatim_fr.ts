<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="131"/>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="139"/>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="140"/>
        <source>speaker turns</source>
        <translation>tours de parole</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="141"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="158"/>
        <source>Coder A:</source>
        <translation>Codeur A :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="158"/>
        <source>Coder B:</source>
        <translation>Codeur B :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="159"/>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="184"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/agreement_dialog.py" line="197"/>
        <source>A = %1, B = %2. %n passage(s) where they differ (double-click to read it):</source>
        <translation><numerusform>A = %1, B = %2. %Ln passage où ils diffèrent (double-clic pour le lire) :</numerusform><numerusform>A = %1, B = %2. %Ln passages où ils diffèrent (double-clic pour le lire) :</numerusform></translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Only A</source>
        <translation>A seul</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Only B</source>
        <translation>B seul</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="43"/>
        <source>Agreement %</source>
        <translation>Accord %</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="43"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="43"/>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alpha de Krippendorff</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="60"/>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
</context>
<context>
    <name>AnalysesTree</name>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="28"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="37"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="37"/>
        <source>Reinert classifications</source>
        <translation>Classifications Reinert</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="38"/>
        <source>Similarity</source>
        <translation>Similitudes</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="38"/>
        <source>Specificities</source>
        <translation>Spécificités</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="39"/>
        <source>Concordances</source>
        <translation>Concordances</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="58"/>
        <source>out of date</source>
        <translation>périmée</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="60"/>
        <source>A document&apos;s text was edited after this analysis: run it again for current results.</source>
        <translation>Le texte d’un document a été modifié après cette analyse : relancez-la pour des résultats à jour.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="75"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="75"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="85"/>
        <source>Frequency rows kept:</source>
        <translation>Lignes de fréquences gardées :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="85"/>
        <location filename="../../app/lexpanel/analyses_tree.py" line="95"/>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="86"/>
        <source>Terminal classes of phase 1:</source>
        <translation>Classes terminales de la phase 1 :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="86"/>
        <source>Minimum class size:</source>
        <translation>Taille minimale d’une classe :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="87"/>
        <source>Number of classes (rainette):</source>
        <translation>Nombre de classes (rainette) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="87"/>
        <source>Minimum segments to split:</source>
        <translation>Segments minimum pour diviser :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="88"/>
        <source>Double classification:</source>
        <translation>Classification double :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="88"/>
        <source>Unit size 1 (double):</source>
        <translation>Taille des unités 1 (double) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="89"/>
        <source>Unit size 2 (double):</source>
        <translation>Taille des unités 2 (double) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="89"/>
        <source>Profile chi2 threshold:</source>
        <translation>Seuil du chi2 des profils :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="90"/>
        <source>Stability runs:</source>
        <translation>Répétitions (stabilité) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="91"/>
        <source>Typical segments per class:</source>
        <translation>Segments typiques par classe :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="91"/>
        <source>Forms on the CA map:</source>
        <translation>Formes sur la carte de l’AFC :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="92"/>
        <source>Most frequent forms:</source>
        <translation>Formes les plus fréquentes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="92"/>
        <source>Index:</source>
        <translation>Indice :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="93"/>
        <source>Maximum spanning tree:</source>
        <translation>Arbre maximum :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="93"/>
        <source>Edge threshold:</source>
        <translation>Seuil des arêtes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="94"/>
        <source>Communities:</source>
        <translation>Communautés :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="94"/>
        <source>Layout seed:</source>
        <translation>Graine de la disposition :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="94"/>
        <source>Variable:</source>
        <translation>Variable :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="95"/>
        <source>Forms:</source>
        <translation>Formes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="95"/>
        <source>Minimum frequency:</source>
        <translation>Fréquence minimale :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="96"/>
        <source>Forms kept:</source>
        <translation>Formes gardées :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="96"/>
        <source>Form, lemma or regex:</source>
        <translation>Forme, lemme ou regex :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="97"/>
        <source>Search by:</source>
        <translation>Chercher par :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="97"/>
        <source>Context (characters):</source>
        <translation>Contexte (caractères) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="98"/>
        <source>Context (words):</source>
        <translation>Contexte (mots) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="98"/>
        <source>Sort by:</source>
        <translation>Trier par :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="103"/>
        <source>co-occurrence</source>
        <translation>cooccurrence</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="103"/>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="104"/>
        <source>hypergeometric law</source>
        <translation>loi hypergéométrique</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="104"/>
        <source>form</source>
        <translation>forme</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="104"/>
        <source>lemma</source>
        <translation>lemme</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="105"/>
        <source>regular expression</source>
        <translation>expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="105"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="106"/>
        <source>supplementary</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="106"/>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="106"/>
        <source>source order</source>
        <translation>ordre des sources</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="137"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="138"/>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="139"/>
        <source>Run again with changes…</source>
        <translation>Relancer avec des changements…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="141"/>
        <source>Export a reproducible bundle…</source>
        <translation>Exporter un dossier reproductible…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="143"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="145"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="85"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="85"/>
        <source>Reinert classification…</source>
        <translation>Classification Reinert…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="86"/>
        <source>Similarity analysis…</source>
        <translation>Analyse de similitudes…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="87"/>
        <source>Specificities…</source>
        <translation>Spécificités…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="87"/>
        <source>Concordance…</source>
        <translation>Concordance…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="92"/>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="101"/>
        <source>New analysis</source>
        <translation>Nouvelle analyse</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="107"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="164"/>
        <source>An analysis is already running.</source>
        <translation>Une analyse est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="173"/>
        <source>Running “%1”…</source>
        <translation>« %1 » en cours…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="184"/>
        <source>Concordance of “%1”</source>
        <translation>Concordance de « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="213"/>
        <source>Done in %1.</source>
        <translation>Terminé en %1.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="220"/>
        <source>The analysis failed: %1</source>
        <translation>L’analyse a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="317"/>
        <source>Delete this analysis? This cannot be undone.</source>
        <translation>Supprimer cette analyse ? C’est définitif.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="326"/>
        <location filename="../../app/lexpanel/panel.py" line="400"/>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="345"/>
        <source>No view is available for this kind of analysis yet.</source>
        <translation>Pas encore de vue pour ce type d’analyse.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="353"/>
        <source>Frequencies</source>
        <translation>Fréquences</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="353"/>
        <source>Word cloud</source>
        <translation>Nuage de mots</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="370"/>
        <source>(nothing to export)</source>
        <translation>(rien à exporter)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="401"/>
        <source>&amp;Analyses</source>
        <translation>&amp;Analyses</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../app/lexpanel/runner.py" line="104"/>
        <location filename="../../app/lexpanel/runner.py" line="110"/>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/runner.py" line="115"/>
        <source>Preparing the corpus…</source>
        <translation>Préparation du corpus…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/runner.py" line="120"/>
        <source>The selection is empty: no text to analyse.</source>
        <translation>La sélection est vide : aucun texte à analyser.</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../app/lexviews/_common.py" line="257"/>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0} : {1}</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="65"/>
        <source>Auto-code</source>
        <translation>Codage automatique</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="70"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="70"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="70"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="71"/>
        <source>Hit</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="71"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="79"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="80"/>
        <source>Code hits</source>
        <translation>Coder les occurrences</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="81"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="98"/>
        <source>word, phrase or regular expression</source>
        <translation>mot, expression ou expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="99"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="100"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="101"/>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="102"/>
        <source>Ignore accents (é = e)</source>
        <translation>Ignorer les accents (é = e)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="103"/>
        <source>l’ = l&apos; (apostrophes)</source>
        <translation>l’ = l' (apostrophes)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="105"/>
        <source>the match only</source>
        <translation>l’occurrence seule</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="105"/>
        <source>its sentence</source>
        <translation>sa phrase</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="106"/>
        <source>the whole turn</source>
        <translation>tout le tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="108"/>
        <source>Leave out the interviewer</source>
        <translation>Exclure l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="110"/>
        <source>Speakers whose turns are searched</source>
        <translation>Locuteurs dont les tours de parole sont cherchés</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="120"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="125"/>
        <source>Code:</source>
        <translation>Coder :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="129"/>
        <source>Existing code</source>
        <translation>Code existant</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="130"/>
        <source>New code (Parent/Child)</source>
        <translation>Nouveau code (Parent/Enfant)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="136"/>
        <source>Theme/Sub-theme</source>
        <translation>Thème/Sous-thème</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="145"/>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="163"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="195"/>
        <source>Coded passage: « %1 »</source>
        <translation>Passage codé : « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="203"/>
        <source>%n hit(s)</source>
        <translation><numerusform>%Ln occurrence</numerusform><numerusform>%Ln occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="204"/>
        <source>Code %n hit(s)</source>
        <translation><numerusform>Coder %Ln occurrence</numerusform><numerusform>Coder %Ln occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="230"/>
        <source>Auto-code %n passage(s)</source>
        <translation><numerusform>Codage automatique de %Ln passage</numerusform><numerusform>Codage automatique de %Ln passages</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="234"/>
        <source>Name the new code.</source>
        <translation>Donnez un nom au nouveau code.</translation>
    </message>
</context>
<context>
    <name>BundleAction</name>
    <message>
        <location filename="../../app/lexpanel/bundle_action.py" line="30"/>
        <source>The selection is empty: no text to analyse.</source>
        <translation>La sélection est vide : aucun texte à analyser.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/bundle_action.py" line="55"/>
        <source>Folder for the reproducible bundle</source>
        <translation>Dossier pour l’analyse reproductible</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/bundle_action.py" line="60"/>
        <location filename="../../app/lexpanel/bundle_action.py" line="68"/>
        <source>Reproducible bundle</source>
        <translation>Dossier reproductible</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/bundle_action.py" line="75"/>
        <source>The bundle is written in %1.</source>
        <translation>Le dossier reproductible est écrit dans %1.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/bundle_action.py" line="77"/>
        <source>Run again from the project, the classification gave the saved partition exactly.</source>
        <translation>Relancée depuis le projet, la classification a redonné exactement la partition enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/bundle_action.py" line="79"/>
        <source>Run again from the project, the classification differs from the saved one: the texts, the lexicon or the software changed since it was saved.</source>
        <translation>Relancée depuis le projet, la classification diffère de celle enregistrée : les textes, le lexique ou le logiciel ont changé depuis.</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../app/dialogs/cases.py" line="32"/>
        <source>Speakers and cases</source>
        <translation>Locuteurs et cas</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="37"/>
        <source>Merge selected…</source>
        <translation>Fusionner la sélection…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="38"/>
        <source>Add attribute…</source>
        <translation>Ajouter un attribut…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="39"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="70"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="70"/>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="70"/>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="90"/>
        <source>Rename speaker</source>
        <translation>Renommer le locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="94"/>
        <source>Mark interviewer</source>
        <translation>Marquer comme enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="99"/>
        <source>Edit attribute</source>
        <translation>Modifier un attribut</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="108"/>
        <source>Select two or more speakers to merge.</source>
        <translation>Sélectionnez au moins deux locuteurs à fusionner.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="112"/>
        <location filename="../../app/dialogs/cases.py" line="118"/>
        <source>Merge speakers</source>
        <translation>Fusionner des locuteurs</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="112"/>
        <source>Keep the name:</source>
        <translation>Garder le nom :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="119"/>
        <source>Merge %1 into %2? Their turns move to %2 (Edit &gt; Undo puts them back).</source>
        <translation>Fusionner %1 dans %2 ? Leurs tours de parole passent à %2 (Édition &gt; Annuler les rétablit).</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="126"/>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/cases.py" line="126"/>
        <source>Attribute name (e.g. role, age):</source>
        <translation>Nom de l’attribut (ex. rôle, âge) :</translation>
    </message>
</context>
<context>
    <name>ClassesCodesPage</name>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="55"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="59"/>
        <source>Segments of each class overlapping the code&apos;s codings (sub-codes count for their parents); orange: over-represented, blue: under-represented (signed chi2).</source>
        <translation>Segments de chaque classe qui recouvrent les codages du code (les sous-codes comptent pour leurs parents) ; orange : sur-représenté, bleu : sous-représenté (chi2 signé).</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="76"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="76"/>
        <source>fragile</source>
        <translation>fragile</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="76"/>
        <source>dissolved</source>
        <translation>dissoute</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="77"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="77"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="78"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="86"/>
        <source>No coding overlaps the analysed segments.</source>
        <translation>Aucun codage ne recouvre les segments analysés.</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../app/dialogs/code_picker.py" line="34"/>
        <source>Code with…</source>
        <translation>Coder avec…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/code_picker.py" line="41"/>
        <source>Type to filter codes…</source>
        <translation>Tapez pour filtrer les codes…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/code_picker.py" line="63"/>
        <source>Create code “%1”</source>
        <translation>Créer le code « %1 »</translation>
    </message>
</context>
<context>
    <name>CodeQueryTab</name>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="108"/>
        <source>AND</source>
        <translation>ET</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="108"/>
        <source>OR</source>
        <translation>OU</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="108"/>
        <source>AND NOT</source>
        <translation>ET NON</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="111"/>
        <source>in overlapping passages</source>
        <translation>dans des passages qui se chevauchent</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="112"/>
        <source>in the same speaker turn</source>
        <translation>dans le même tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="113"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="114"/>
        <source>Code A:</source>
        <translation>Code A :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="118"/>
        <source>Operator, code B:</source>
        <translation>Opérateur, code B :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="119"/>
        <source>Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="131"/>
        <source>(none: code A alone)</source>
        <translation>(aucun : code A seul)</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../app/models/codebook.py" line="151"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="151"/>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="151"/>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="151"/>
        <source>Codings +sub</source>
        <translation>Codages +sous</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="152"/>
        <source>Docs +sub</source>
        <translation>Docs +sous</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="152"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="154"/>
        <source>Codings of this code</source>
        <translation>Codages de ce code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="154"/>
        <source>Documents coded with this code</source>
        <translation>Documents codés avec ce code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="155"/>
        <source>Codings of this code and its sub-codes</source>
        <translation>Codages de ce code et de ses sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="156"/>
        <source>Documents coded with this code or its sub-codes</source>
        <translation>Documents codés avec ce code ou ses sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="174"/>
        <source>Quick-code key: %1 (with the document focused)</source>
        <translation>Touche de codage rapide : %1 (dans le document)</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="216"/>
        <source>Rename code</source>
        <translation>Renommer le code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="218"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="259"/>
        <source>Move code</source>
        <translation>Déplacer le code</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="45"/>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="48"/>
        <location filename="../../app/widgets/codebook_panel.py" line="169"/>
        <location filename="../../app/widgets/codebook_panel.py" line="173"/>
        <location filename="../../app/widgets/codebook_panel.py" line="243"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="49"/>
        <source>Create a top-level code (right-click a code for a sub-code)</source>
        <translation>Créer un code de premier niveau (clic droit sur un code pour un sous-code)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="51"/>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="52"/>
        <source>Code the text selected in the document with the selected code (Ctrl+E; Ctrl+K to pick a code by name)</source>
        <translation>Coder le texte sélectionné dans le document avec le code sélectionné (Ctrl+E ; Ctrl+K pour choisir un code par son nom)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="54"/>
        <source>Code on click</source>
        <translation>Coder au clic</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="55"/>
        <source>When on, clicking a code codes the selected text with it</source>
        <translation>Activé : cliquer sur un code code le texte sélectionné avec lui</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="169"/>
        <source>Name of the new code:</source>
        <translation>Nom du nouveau code :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="215"/>
        <source>Code colour</source>
        <translation>Couleur du code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="217"/>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="221"/>
        <source>Merge “%1” into…</source>
        <translation>Fusionner « %1 » dans…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="224"/>
        <source>Merge codes</source>
        <translation>Fusionner les codes</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="230"/>
        <source>Delete the code “%1”?</source>
        <translation>Supprimer le code « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="231"/>
        <source>%n coding(s) will be deleted with it.</source>
        <translation><numerusform>%Ln codage sera supprimé avec lui.</numerusform><numerusform>%Ln codages seront supprimés avec lui.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="233"/>
        <source>%n sub-code(s) will be deleted too.</source>
        <translation><numerusform>%Ln sous-code sera aussi supprimé.</numerusform><numerusform>%Ln sous-codes seront aussi supprimés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="234"/>
        <location filename="../../app/widgets/codebook_panel.py" line="238"/>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="245"/>
        <source>New sub-code</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="247"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="248"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="249"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="250"/>
        <source>Quick-code key</source>
        <translation>Touche de codage rapide</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="252"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="253"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="264"/>
        <source>Unpin</source>
        <translation>Retirer la touche</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../../app/dialogs/coder.py" line="15"/>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/coder.py" line="24"/>
        <source>Your name (your codings are recorded under it):</source>
        <translation>Votre nom (vos codages sont enregistrés sous ce nom) :</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../app/coding_actions.py" line="36"/>
        <source>Finish editing the text first (Done).</source>
        <translation>Terminez d’abord la modification du texte (Terminer).</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="40"/>
        <source>Select a passage of the document first.</source>
        <translation>Sélectionnez d’abord un passage du document.</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="47"/>
        <source>Select a code in the codebook first.</source>
        <translation>Sélectionnez d’abord un code dans le livre de codes.</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="56"/>
        <location filename="../../app/coding_actions.py" line="79"/>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="65"/>
        <source>No code is pinned to key %1 (codebook: right-click a code).</source>
        <translation>Aucun code n’est associé à la touche %1 (livre de codes : clic droit sur un code).</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="77"/>
        <source>Code with new code</source>
        <translation>Coder avec un nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="94"/>
        <source>In-vivo code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="111"/>
        <location filename="../../app/coding_actions.py" line="119"/>
        <source>No coding of the selected code here.</source>
        <translation>Aucun codage du code sélectionné ici.</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="121"/>
        <source>Recode with…</source>
        <translation>Recoder avec…</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="126"/>
        <source>Recode</source>
        <translation>Recoder</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="139"/>
        <source>Code turn</source>
        <translation>Coder le tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="148"/>
        <source>Code every turn of %1</source>
        <translation>Coder tous les tours de %1</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="166"/>
        <source>Code this turn with “%1”</source>
        <translation>Coder ce tour de parole avec « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="169"/>
        <source>Code every turn of %1 with “%2”</source>
        <translation>Coder tous les tours de %1 avec « %2 »</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <location filename="../../app/widgets/coding_margin.py" line="180"/>
        <source>%1 ◤ memo</source>
        <translation>%1 ◤ mémo</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="39"/>
        <source>Open a server project</source>
        <translation>Ouvrir un projet sur serveur</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="41"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="52"/>
        <source>Keep the password in the system keyring</source>
        <translation>Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="55"/>
        <source>No system keyring was found: the password is asked each time.</source>
        <translation>Aucun trousseau système trouvé : le mot de passe est demandé à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="63"/>
        <source>Recent:</source>
        <translation>Récentes :</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="64"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="65"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="66"/>
        <source>Project (database):</source>
        <translation>Projet (base de données) :</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="67"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../app/team/connect_dialog.py" line="68"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../app/controller.py" line="190"/>
        <source>Merge speakers</source>
        <translation>Fusionner des locuteurs</translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="256"/>
        <source>Uncode</source>
        <translation>Décoder</translation>
    </message>
</context>
<context>
    <name>DataLossDialog</name>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="31"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="31"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="31"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="35"/>
        <source>Save as .txt…</source>
        <translation>Enregistrer en .txt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="40"/>
        <source>%n case(s)</source>
        <translation><numerusform>%Ln cas</numerusform><numerusform>%Ln cas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="40"/>
        <source>%n code(s)</source>
        <translation><numerusform>%Ln code</numerusform><numerusform>%Ln codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="41"/>
        <source>%n coding(s)</source>
        <translation><numerusform>%Ln codage</numerusform><numerusform>%Ln codages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="41"/>
        <location filename="../../app/exchange/loss_dialog.py" line="42"/>
        <source>%n document(s)</source>
        <translation><numerusform>%Ln document</numerusform><numerusform>%Ln documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="42"/>
        <location filename="../../app/exchange/loss_dialog.py" line="44"/>
        <source>%n memo(s)</source>
        <translation><numerusform>%Ln mémo</numerusform><numerusform>%Ln mémos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n turn(s)</source>
        <translation><numerusform>%Ln tour de parole</numerusform><numerusform>%Ln tours de parole</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n attribute value(s)</source>
        <translation><numerusform>%Ln valeur d’attribut</numerusform><numerusform>%Ln valeurs d’attributs</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="51"/>
        <source>Nothing was dropped or changed.</source>
        <translation>Rien n’a été perdu ni modifié.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="53"/>
        <source>%1 dropped, %2 changed: see below.</source>
        <translation>%1 élément(s) perdu(s), %2 modifié(s) : voir ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="57"/>
        <source>For %n source(s) no reading of the positions was convincing: check their codings (see Positions below).</source>
        <translation><numerusform>Pour %Ln source, aucune lecture des positions n’était convaincante : vérifiez ses codages (voir Positions ci-dessous).</numerusform><numerusform>Pour %Ln sources, aucune lecture des positions n’était convaincante : vérifiez leurs codages (voir Positions ci-dessous).</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="65"/>
        <source>chosen by you</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="67"/>
        <source>certain</source>
        <translation>sûr</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="67"/>
        <source>convincing</source>
        <translation>convaincant</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="68"/>
        <source>NOT convincing</source>
        <translation>PAS convaincant</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="71"/>
        <source>%1; %2 % of %3 selections on word boundaries</source>
        <translation>%1 ; %2 % des %3 sélections sur des limites de mots</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="77"/>
        <source>Positions of the selections</source>
        <translation>Positions des sélections</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="81"/>
        <source>Dropped</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="81"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="81"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="90"/>
        <source>Schema errors</source>
        <translation>Erreurs de schéma</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="101"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../app/exchange/loss_dialog.py" line="102"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="91"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="91"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="91"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="91"/>
        <source>Coded only by</source>
        <translation>Codé seulement par</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="65"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="65"/>
        <source>Show or hide the legend of the coding stripes</source>
        <translation>Afficher ou masquer la légende des bandes de codage</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="68"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="69"/>
        <source>Selections snap to whole words (hold Alt while selecting for exact characters)</source>
        <translation>Les sélections s’étendent aux mots entiers (maintenir Alt en sélectionnant pour des caractères exacts)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="73"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="74"/>
        <source>Correct the transcript (typos, names…): codings, memos and turns stay on their words</source>
        <translation>Corriger la transcription (coquilles, noms…) : codages, mémos et tours de parole restent sur leurs mots</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="96"/>
        <source>Editing the transcript: codings, memos and speaker turns follow their words. Done saves the changes as one step (Edit &gt; Undo).</source>
        <translation>Modification de la transcription : codages, mémos et tours de parole suivent leurs mots. « Terminer » enregistre les changements en une seule étape (Édition &gt; Annuler).</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="99"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="123"/>
        <source>No document open</source>
        <translation>Aucun document ouvert</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/models/documents.py" line="48"/>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <location filename="../../app/models/documents.py" line="140"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/models/documents.py" line="140"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../app/models/documents.py" line="140"/>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/documents.py" line="153"/>
        <source>%1 — %n turn(s)</source>
        <translation><numerusform>%1 — %Ln tour de parole</numerusform><numerusform>%1 — %Ln tours de parole</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/widgets/documents_panel.py" line="40"/>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/documents_panel.py" line="55"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/error_dialog.py" line="30"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../app/error_dialog.py" line="46"/>
        <source>Saved in</source>
        <translation>Enregistré dans</translation>
    </message>
    <message>
        <location filename="../../app/error_dialog.py" line="48"/>
        <source>Verbatim: error</source>
        <translation>Verbatim : erreur</translation>
    </message>
</context>
<context>
    <name>ExcerptsModel</name>
    <message>
        <location filename="../../app/models/excerpts.py" line="131"/>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="131"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="131"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="131"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="132"/>
        <source>Speaker attributes</source>
        <translation>Attributs du locuteur</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="132"/>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="34"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="35"/>
        <source>Show context</source>
        <translation>Afficher le contexte</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="37"/>
        <source>Only the excerpts spoken by this speaker</source>
        <translation>Seulement les extraits dits par ce locuteur</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="80"/>
        <source>Speaker:</source>
        <translation>Locuteur :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="82"/>
        <source>Attribute:</source>
        <translation>Attribut :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="85"/>
        <source>Coder:</source>
        <translation>Codeur :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="103"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="103"/>
        <source>(any attribute)</source>
        <translation>(tout attribut)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="114"/>
        <source>(all speakers)</source>
        <translation>(tous les locuteurs)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="126"/>
        <source>(any value)</source>
        <translation>(toute valeur)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="142"/>
        <source>Select a code in the codebook to see its coded excerpts.</source>
        <translation>Sélectionnez un code dans le livre de codes pour voir ses extraits codés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/excerpts_panel.py" line="144"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%Ln extrait</numerusform><numerusform>%Ln extraits</numerusform></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../app/exchange/common.py" line="32"/>
        <source>Invalid regular expression: %1</source>
        <translation>Expression régulière invalide : %1</translation>
    </message>
    <message>
        <location filename="../../app/exchange/common.py" line="36"/>
        <source>The file could not be read or written:
%1</source>
        <translation>Le fichier n’a pas pu être lu ou écrit :
%1</translation>
    </message>
    <message>
        <location filename="../../app/exchange/common.py" line="37"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../app/exchange/actions.py" line="39"/>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="58"/>
        <location filename="../../app/exchange/actions.py" line="63"/>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>Projet REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="59"/>
        <location filename="../../app/exchange/actions.py" line="64"/>
        <source>REFI-QDA codebook (.qdc)…</source>
        <translation>Livre de codes REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="60"/>
        <source>Iramuteq corpus…</source>
        <translation>Corpus Iramuteq…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="62"/>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="71"/>
        <source>&amp;Queries</source>
        <translation>&amp;Requêtes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="73"/>
        <source>Queries panel</source>
        <translation>Panneau des requêtes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="75"/>
        <source>Thematic grid…</source>
        <translation>Grille d’analyse thématique…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="77"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="78"/>
        <source>Merge a coder&apos;s copy…</source>
        <translation>Fusionner la copie d’un codeur…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/actions.py" line="79"/>
        <source>Inter-coder agreement…</source>
        <translation>Accord inter-codeurs…</translation>
    </message>
</context>
<context>
    <name>ExportDocxDialog</name>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="41"/>
        <source>Export coded excerpts to Word</source>
        <translation>Exporter les extraits codés vers Word</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="43"/>
        <source>Codes to export</source>
        <translation>Codes à exporter</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="44"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="45"/>
        <source>Code descriptions</source>
        <translation>Descriptions des codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="46"/>
        <source>Code memos</source>
        <translation>Mémos des codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="47"/>
        <source>Speaker attributes</source>
        <translation>Attributs du locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="49"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="50"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="57"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="58"/>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="59"/>
        <source>Document language:</source>
        <translation>Langue du document :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="63"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="84"/>
        <source>Tick at least one code.</source>
        <translation>Cochez au moins un code.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="95"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="113"/>
        <source>Export codings</source>
        <translation>Exporter les codages</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="137"/>
        <source>The export is complete, but some characters could not be written and were replaced by �:</source>
        <translation>L’export est terminé, mais certains caractères n’ont pas pu être écrits et ont été remplacés par � :</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/widgets/find_bar.py" line="33"/>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location filename="../../app/widgets/find_bar.py" line="35"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../app/widgets/find_bar.py" line="37"/>
        <source>Previous (Shift+F3)</source>
        <translation>Précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/find_bar.py" line="38"/>
        <source>Next (F3)</source>
        <translation>Suivant (F3)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/find_bar.py" line="39"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/find_bar.py" line="73"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../app/widgets/find_bar.py" line="75"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_model.py" line="82"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%Ln extrait</numerusform><numerusform>%Ln extraits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_model.py" line="96"/>
        <source>No excerpt. Double-click to write a summary.</source>
        <translation>Aucun extrait. Double-cliquez pour écrire un résumé.</translation>
    </message>
</context>
<context>
    <name>GridWindow</name>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="43"/>
        <source>Thematic grid</source>
        <translation>Grille d’analyse thématique</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="73"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="75"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="84"/>
        <source>Export to Word…</source>
        <translation>Exporter vers Word…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="85"/>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="95"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="95"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="96"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="99"/>
        <source>Columns (codes)</source>
        <translation>Colonnes (codes)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="100"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="101"/>
        <source>Leave out the interviewer</source>
        <translation>Exclure l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="102"/>
        <source>Build the grid</source>
        <translation>Construire la grille</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="105"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="128"/>
        <source>Summary of this cell…</source>
        <translation>Résumé de cette cellule…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="129"/>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="152"/>
        <source>Building the grid…</source>
        <translation>Construction de la grille…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_window.py" line="175"/>
        <source>%n row(s) in italics are documents, not speakers: their coded passages have no speaker (survey answers, PDF or text files without turns), so the document stands for the row.</source>
        <translation><numerusform>%Ln ligne en italique est un document, pas un locuteur : ses passages codés n’ont pas de locuteur (réponses d’enquête, PDF ou textes sans tours de parole), le document tient donc lieu de ligne.</numerusform><numerusform>%Ln lignes en italique sont des documents, pas des locuteurs : leurs passages codés n’ont pas de locuteur (réponses d’enquête, PDF ou textes sans tours de parole), le document tient donc lieu de ligne.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="188"/>
        <source>Select a cell to read its excerpts and write its summary.</source>
        <translation>Sélectionnez une cellule pour lire ses extraits et écrire son résumé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_window.py" line="196"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%Ln extrait</numerusform><numerusform>%Ln extraits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="222"/>
        <source>Edit summary</source>
        <translation>Modifier le résumé</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="253"/>
        <source>Grid exported to %1</source>
        <translation>Grille exportée dans %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="89"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="90"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="91"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="105"/>
        <location filename="../../app/dialogs/import_dialog.py" line="185"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="135"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="141"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="156"/>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="168"/>
        <source>%n document(s) imported.</source>
        <translation><numerusform>%Ln document importé.</numerusform><numerusform>%Ln documents importés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="171"/>
        <source>%n file(s) could not be read. Nothing was imported (an import stores all its files or none): fix or remove the files below, then import again.</source>
        <translation><numerusform>%Ln fichier n’a pas pu être lu. Rien n’a été importé (une importation enregistre tous ses fichiers ou aucun) : corrigez ou retirez le fichier ci-dessous, puis importez à nouveau.</numerusform><numerusform>%Ln fichiers n’ont pas pu être lus. Rien n’a été importé (une importation enregistre tous ses fichiers ou aucun) : corrigez ou retirez les fichiers ci-dessous, puis importez à nouveau.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="179"/>
        <source>Already in the project (skipped): %1</source>
        <translation>Déjà dans le projet (ignorés) : %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="181"/>
        <source>New speakers: %1</source>
        <translation>Nouveaux locuteurs : %1</translation>
    </message>
</context>
<context>
    <name>IramuteqDialog</name>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="35"/>
        <source>Export an Iramuteq corpus</source>
        <translation>Exporter un corpus Iramuteq</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="38"/>
        <source>One text per document</source>
        <translation>Un texte par document</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="39"/>
        <source>One text per speaker turn</source>
        <translation>Un texte par tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="40"/>
        <source>One text per coded excerpt</source>
        <translation>Un texte par extrait codé</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="42"/>
        <source>Codes to include</source>
        <translation>Codes à inclure</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="43"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="44"/>
        <source>Leave out the interviewer</source>
        <translation>Exclure l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="46"/>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="50"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="74"/>
        <source>Tick at least one code.</source>
        <translation>Cochez au moins un code.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="77"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/iramuteq_dialog.py" line="84"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/iramuteq_dialog.py" line="88"/>
        <source>%n text(s) written, %1.</source>
        <translation><numerusform>%Ln texte écrit, %1.</numerusform><numerusform>%Ln textes écrits, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/iramuteq_dialog.py" line="89"/>
        <source>%n variable(s)</source>
        <translation><numerusform>%Ln variable</numerusform><numerusform>%Ln variables</numerusform></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../app/jobs.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>KwicView</name>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="89"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="89"/>
        <location filename="../../app/lexviews/kwic_view.py" line="143"/>
        <source>Left context</source>
        <translation>Contexte gauche</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="89"/>
        <location filename="../../app/lexviews/kwic_view.py" line="144"/>
        <source>Keyword</source>
        <translation>Pivot</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="89"/>
        <location filename="../../app/lexviews/kwic_view.py" line="144"/>
        <source>Right context</source>
        <translation>Contexte droit</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="123"/>
        <location filename="../../app/lexviews/kwic_view.py" line="160"/>
        <source>Code these hits…</source>
        <translation>Coder ces occurrences…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="141"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="143"/>
        <source>Source order</source>
        <translation>Ordre des sources</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="149"/>
        <source>Filter by speaker or attribute</source>
        <translation>Filtrer par locuteur ou attribut</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="156"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="167"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="169"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="138"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): %n hit(s)</source>
        <translation><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}) : %Ln occurrence</numerusform><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}) : %Ln occurrences</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="137"/>
        <source>form</source>
        <translation>forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="137"/>
        <source>lemma</source>
        <translation>lemme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="137"/>
        <source>regular expression</source>
        <translation>expression régulière</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="218"/>
        <source>{0} of %n hit(s)</source>
        <translation><numerusform>{0} sur %Ln occurrence</numerusform><numerusform>{0} sur %Ln occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="243"/>
        <source>Code %n concordance hit(s) of “{0}”</source>
        <translation><numerusform>Coder %Ln occurrence du concordancier de « {0} »</numerusform><numerusform>Coder %Ln occurrences du concordancier de « {0} »</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="248"/>
        <source>The keyword only</source>
        <translation>Le pivot seul</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="248"/>
        <source>The keyword with its context</source>
        <translation>Le pivot avec son contexte</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="249"/>
        <source>The keyword&apos;s sentence</source>
        <translation>La phrase du pivot</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="250"/>
        <source>Code these hits</source>
        <translation>Coder ces occurrences</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="250"/>
        <source>Code:</source>
        <translation>Coder :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="261"/>
        <source>Concordance</source>
        <translation>Concordancier</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="265"/>
        <source>Concordance (CSV)…</source>
        <translation>Concordancier (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="265"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="267"/>
        <source>Concordance (Excel)…</source>
        <translation>Concordancier (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="267"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LemmaDialog</name>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="79"/>
        <source>Change the lemma</source>
        <translation>Changer le lemme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="82"/>
        <source>All its forms (merge “%1” into another lemma)</source>
        <translation>Toutes ses formes (fusionner « %1 » dans un autre lemme)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="86"/>
        <source>the new lemma</source>
        <translation>le nouveau lemme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="88"/>
        <source>Lemma “%1”</source>
        <translation>Lemme « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="89"/>
        <source>Form:</source>
        <translation>Forme :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="90"/>
        <source>New lemma:</source>
        <translation>Nouveau lemme :</translation>
    </message>
</context>
<context>
    <name>LexiconActions</name>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="125"/>
        <source>Set active</source>
        <translation>Rendre active</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="125"/>
        <source>Set supplementary</source>
        <translation>Rendre supplémentaire</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="126"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="128"/>
        <location filename="../../app/lexviews/lexicon_edit.py" line="162"/>
        <source>Restore the dictionary&apos;s choice</source>
        <translation>Revenir au choix du dictionnaire</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="131"/>
        <source>Change the lemma…</source>
        <translation>Changer le lemme…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="132"/>
        <source>Merge the selected lemmas…</source>
        <translation>Fusionner les lemmes sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="134"/>
        <source>Add an expression…</source>
        <translation>Ajouter une expression…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="135"/>
        <source>Export the lexicon…</source>
        <translation>Exporter le lexique…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="136"/>
        <source>Import a lexicon…</source>
        <translation>Importer un lexique…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/lexicon_edit.py" line="148"/>
        <source>Set the status of %n unit(s)</source>
        <translation><numerusform>Changer le statut de %Ln forme</numerusform><numerusform>Changer le statut de %Ln formes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="169"/>
        <source>Change the lemma of “%1”</source>
        <translation>Changer le lemme de « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="177"/>
        <source>Merge lemmas</source>
        <translation>Fusionner des lemmes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="177"/>
        <source>Merge into the lemma:</source>
        <translation>Fusionner dans le lemme :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/lexicon_edit.py" line="182"/>
        <source>Merge %n lemma(s)</source>
        <translation><numerusform>Fusionner %Ln lemme</numerusform><numerusform>Fusionner %Ln lemmes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="186"/>
        <source>Add an expression</source>
        <translation>Ajouter une expression</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="186"/>
        <source>Expression (several words):</source>
        <translation>Expression (plusieurs mots) :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="189"/>
        <source>Add the expression “%1”</source>
        <translation>Ajouter l’expression « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="237"/>
        <source>Lexicon (*.tsv *.txt)</source>
        <translation>Lexique (*.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="239"/>
        <source>Export the lexicon</source>
        <translation>Exporter le lexique</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="241"/>
        <source>Import a lexicon</source>
        <translation>Importer un lexique</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="245"/>
        <source>Lexicon</source>
        <translation>Lexique</translation>
    </message>
</context>
<context>
    <name>LexiconBanner</name>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="253"/>
        <source>The lexicon has changed since this analysis: the changes show on the next analysis.</source>
        <translation>Le lexique a changé depuis cette analyse : les changements apparaîtront à la prochaine analyse.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/lexicon_edit.py" line="256"/>
        <source>Run it again</source>
        <translation>La relancer</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../app/team/live.py" line="102"/>
        <source>%1 changed a code; the latest change is kept.</source>
        <translation>%1 a modifié un code ; la dernière modification est conservée.</translation>
    </message>
    <message>
        <location filename="../../app/team/live.py" line="114"/>
        <source>The server cannot be reached; reconnecting…</source>
        <translation>Le serveur est injoignable ; reconnexion…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="36"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="37"/>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="38"/>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="39"/>
        <source>Coded excerpts</source>
        <translation>Extraits codés</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="93"/>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="94"/>
        <source>Code the selected text with the selected code</source>
        <translation>Coder le texte sélectionné avec le code sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="95"/>
        <source>Code with…</source>
        <translation>Coder avec…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="96"/>
        <source>In-vivo code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="97"/>
        <source>New code named after the selection, and code it</source>
        <translation>Nouveau code nommé d’après la sélection, qui la code</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="98"/>
        <source>Uncode</source>
        <translation>Décoder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="99"/>
        <source>Remove the selected code&apos;s codings at the cursor or selection</source>
        <translation>Retirer les codages du code sélectionné au curseur ou dans la sélection</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="100"/>
        <source>Recode…</source>
        <translation>Recoder…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="101"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="102"/>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="103"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="105"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="109"/>
        <source>Quick code %1</source>
        <translation>Codage rapide %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="116"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="117"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="121"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="122"/>
        <source>Find and replace…</source>
        <translation>Rechercher et remplacer…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="123"/>
        <source>&amp;Coding</source>
        <translation>&amp;Codage</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="128"/>
        <source>Auto-code…</source>
        <translation>Codage automatique…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="130"/>
        <source>Coder…</source>
        <translation>Codeur…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="131"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132"/>
        <source>Speakers and cases…</source>
        <translation>Locuteurs et cas…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="133"/>
        <source>Pseudonymise a copy…</source>
        <translation>Pseudonymiser une copie…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="134"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="137"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="143"/>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="170"/>
        <source>Open a project (File &gt; Open project…) or create one (File &gt; New project…).</source>
        <translation>Ouvrez un projet (Fichier &gt; Ouvrir un projet…) ou créez-en un (Fichier &gt; Nouveau projet…).</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="172"/>
        <source>Import interview transcripts: File &gt; Import documents…</source>
        <translation>Importez des transcriptions d’entretiens : Fichier &gt; Importer des documents…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="174"/>
        <source>Select a passage, then a code, then “Code selection” (Ctrl+E) — or Ctrl+K to code by name, Ctrl+I for an in-vivo code.</source>
        <translation>Sélectionnez un passage, puis un code, puis « Coder la sélection » (Ctrl+E) — ou Ctrl+K pour coder par nom, Ctrl+I pour un code in vivo.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="246"/>
        <source>%1: « %2 »</source>
        <translation>%1 : « %2 »</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../../app/exchange/models.py" line="107"/>
        <source>%1 × %2: %3 (%n passage(s))</source>
        <translation><numerusform>%1 × %2 : %3 (%Ln passage)</numerusform><numerusform>%1 × %2 : %3 (%Ln passages)</numerusform></translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="44"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="74"/>
        <source>Code co-occurrence</source>
        <translation>Cooccurrence des codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="75"/>
        <source>Codes × attribute values</source>
        <translation>Codes × valeurs d’attribut</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="76"/>
        <source>Codes × speakers</source>
        <translation>Codes × locuteurs</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="79"/>
        <source>overlapping passages</source>
        <translation>passages qui se chevauchent</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="79"/>
        <source>same speaker turn</source>
        <translation>même tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="80"/>
        <source>within N characters</source>
        <translation>à moins de N caractères</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="82"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="84"/>
        <source>speakers (cases)</source>
        <translation>locuteurs (cas)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="85"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="88"/>
        <source>number of codings</source>
        <translation>nombre de codages</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="88"/>
        <source>% of documents</source>
        <translation>% des documents</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="89"/>
        <source>% of speakers</source>
        <translation>% des locuteurs</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="91"/>
        <source>Count sub-codes with their parent</source>
        <translation>Compter les sous-codes avec leur parent</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="92"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="93"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="98"/>
        <source>Matrix:</source>
        <translation>Matrice :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="102"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="142"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="148"/>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/matrix_tab.py" line="166"/>
        <source>%1 × %2: %n passage(s)</source>
        <translation><numerusform>%1 × %2 : %Ln passage</numerusform><numerusform>%1 × %2 : %Ln passages</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/matrix_tab.py" line="174"/>
        <location filename="../../app/exchange/matrix_tab.py" line="183"/>
        <source>Export the matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../../app/widgets/memo_panel.py" line="27"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../app/widgets/memo_panel.py" line="27"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/widgets/memo_panel.py" line="27"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/memo_panel.py" line="27"/>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <location filename="../../app/widgets/memo_panel.py" line="32"/>
        <source>Write a memo…</source>
        <translation>Écrire un mémo…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/memo_panel.py" line="87"/>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="60"/>
        <source>Merge a coder&apos;s copy</source>
        <translation>Fusionner la copie d’un codeur</translation>
    </message>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="66"/>
        <source>Add the documents, codes, codings and memos of %1 to this project? A merge cannot be undone.</source>
        <translation>Ajouter les documents, codes, codages et mémos de %1 à ce projet ? Une fusion est définitive.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="75"/>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="22"/>
        <source>Merged %1</source>
        <translation>%1 fusionné</translation>
    </message>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="25"/>
        <source>New documents</source>
        <translation>Nouveaux documents</translation>
    </message>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="26"/>
        <source>New speakers or groups</source>
        <translation>Nouveaux locuteurs ou groupes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="27"/>
        <source>New codes</source>
        <translation>Nouveaux codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/merge_dialog.py" line="28"/>
        <source>New coders</source>
        <translation>Nouveaux codeurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="38"/>
        <source>%n document(s) matched, %1.</source>
        <translation><numerusform>%Ln document reconnu, %1.</numerusform><numerusform>%Ln documents reconnus, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="39"/>
        <source>%n added</source>
        <translation><numerusform>%Ln ajouté</numerusform><numerusform>%Ln ajoutés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="40"/>
        <source>%n coding(s) added, %1.</source>
        <translation><numerusform>%Ln codage ajouté, %1.</numerusform><numerusform>%Ln codages ajoutés, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="41"/>
        <source>%n already present</source>
        <translation><numerusform>%Ln déjà présent</numerusform><numerusform>%Ln déjà présents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="42"/>
        <source>%n memo(s) merged, %1.</source>
        <translation><numerusform>%Ln mémo fusionné, %1.</numerusform><numerusform>%Ln mémos fusionnés, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="43"/>
        <source>%n attribute value(s) filled in</source>
        <translation><numerusform>%Ln valeur d’attribut complétée</numerusform><numerusform>%Ln valeurs d’attribut complétées</numerusform></translation>
    </message>
</context>
<context>
    <name>PanelContext</name>
    <message numerus="yes">
        <location filename="../../app/lexpanel/context.py" line="66"/>
        <source>Code %n passage(s)</source>
        <translation><numerusform>Coder %Ln passage</numerusform><numerusform>Coder %Ln passages</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/context.py" line="99"/>
        <source>Import a lexicon</source>
        <translation>Importer un lexique</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/context.py" line="133"/>
        <source>Code with…</source>
        <translation>Coder avec…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/context.py" line="139"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/context.py" line="139"/>
        <source>Code (Parent/Child):</source>
        <translation>Code (Parent/Enfant) :</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="54"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="61"/>
        <source>Frequency rows kept:</source>
        <translation>Lignes de fréquences gardées :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="61"/>
        <location filename="../../app/lexpanel/param_forms.py" line="94"/>
        <location filename="../../app/lexpanel/param_forms.py" line="112"/>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="64"/>
        <source>Classification:</source>
        <translation>Classification :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="65"/>
        <source>simple (on text segments)</source>
        <translation>simple (sur segments de texte)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="65"/>
        <source>double (on units)</source>
        <translation>double (sur unités)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="66"/>
        <location filename="../../app/lexpanel/param_forms.py" line="109"/>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="67"/>
        <source>Terminal classes of phase 1:</source>
        <translation>Classes terminales de la phase 1 :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="68"/>
        <source>Minimum class size:</source>
        <translation>Taille minimale d’une classe :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="68"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="69"/>
        <source>Number of classes (rainette):</source>
        <translation>Nombre de classes (rainette) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="69"/>
        <source>= phase 1</source>
        <translation>= phase 1</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="70"/>
        <source>Minimum segments to split:</source>
        <translation>Segments minimum pour diviser :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="71"/>
        <source>Unit size 1 (double):</source>
        <translation>Taille des unités 1 (double) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="72"/>
        <source>Unit size 2 (double):</source>
        <translation>Taille des unités 2 (double) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="73"/>
        <source>Stability runs:</source>
        <translation>Répétitions (stabilité) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="75"/>
        <source>Run the classification again on 80 % subsamples this many times (e.g. 50) to measure how stable each class is (simple classification only).</source>
        <translation>Relancer la classification autant de fois sur des sous-échantillons de 80 % (par ex. 50) pour mesurer la stabilité de chaque classe (classification simple seulement).</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="94"/>
        <source>Most frequent forms:</source>
        <translation>Formes les plus fréquentes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="95"/>
        <source>Index:</source>
        <translation>Indice :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="96"/>
        <source>Maximum spanning tree</source>
        <translation>Arbre maximum</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="121"/>
        <source>co-occurrence</source>
        <translation>cooccurrence</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="121"/>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="121"/>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="122"/>
        <source>hypergeometric law</source>
        <translation>loi hypergéométrique</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="122"/>
        <source>chi2</source>
        <translation>chi2</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="123"/>
        <source>form</source>
        <translation>forme</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="123"/>
        <source>lemma</source>
        <translation>lemme</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="123"/>
        <source>regular expression</source>
        <translation>expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="73"/>
        <location filename="../../app/lexpanel/param_forms.py" line="102"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="103"/>
        <source>Edge threshold:</source>
        <translation>Seuil des arêtes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="108"/>
        <source>Variable:</source>
        <translation>Variable :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="110"/>
        <source>Forms:</source>
        <translation>Formes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="110"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="111"/>
        <source>supplementary</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="115"/>
        <source>Form, lemma or regex:</source>
        <translation>Forme, lemme ou regex :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="116"/>
        <source>Search by:</source>
        <translation>Chercher par :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="117"/>
        <source>Context (characters):</source>
        <translation>Contexte (caractères) :</translation>
    </message>
</context>
<context>
    <name>PassageModel</name>
    <message>
        <location filename="../../app/exchange/models.py" line="132"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/exchange/models.py" line="132"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/exchange/models.py" line="132"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>PassageTable</name>
    <message numerus="yes">
        <location filename="../../app/exchange/passage_table.py" line="40"/>
        <source>%n passage(s)</source>
        <translation><numerusform>%Ln passage</numerusform><numerusform>%Ln passages</numerusform></translation>
    </message>
</context>
<context>
    <name>PrepForm</name>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="172"/>
        <source>Corpus preparation</source>
        <translation>Préparation du corpus</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="175"/>
        <source>IRaMuTeQ dictionary</source>
        <translation>Dictionnaire d'IRaMuTeQ</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="176"/>
        <source>spaCy in context (slower)</source>
        <translation>spaCy en contexte (plus lent)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="178"/>
        <source>IRaMuTeQ dictionary: each word form takes its lemma and part of speech from IRaMuTeQ&apos;s French dictionary, as IRaMuTeQ does.
spaCy in context: the part of speech read in each sentence by spaCy; its lemmas are kept only when they are words of the dictionary.</source>
        <translation>Dictionnaire d'IRaMuTeQ : chaque forme prend son lemme et sa catégorie dans le dictionnaire français d'IRaMuTeQ, comme dans IRaMuTeQ.
spaCy en contexte : la catégorie lue par spaCy dans chaque phrase ; ses lemmes ne sont gardés que s'ils sont des mots du dictionnaire.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="181"/>
        <source>Lemmatise</source>
        <translation>Lemmatiser</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="185"/>
        <source>Lemmatiser:</source>
        <translation>Lemmatiseur :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="187"/>
        <source>Segment size (words):</source>
        <translation>Taille des segments (mots) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="188"/>
        <source>Minimum frequency of active forms:</source>
        <translation>Fréquence minimale des formes actives :</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="21"/>
        <location filename="../../app/lexpanel/progress_text.py" line="22"/>
        <source>Segmenting the texts</source>
        <translation>Découpage des textes</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="23"/>
        <source>spaCy: {done} / {total} characters</source>
        <translation>spaCy : {done} / {total} caractères</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="24"/>
        <source>spaCy: done</source>
        <translation>spaCy : terminé</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="25"/>
        <source>spaCy: lexicon from the cache</source>
        <translation>spaCy : lexique repris du cache</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="26"/>
        <source>Corpus ready</source>
        <translation>Corpus prêt</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="27"/>
        <source>Classification: split {i}/{n}</source>
        <translation>Classification : division {i}/{n}</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="28"/>
        <source>Similarity indices</source>
        <translation>Indices de similitude</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="29"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="30"/>
        <source>Graph layout</source>
        <translation>Disposition du graphe</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="31"/>
        <location filename="../../app/lexpanel/progress_text.py" line="55"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="32"/>
        <source>Stability of the classes</source>
        <translation>Stabilité des classes</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="34"/>
        <source>Class profiles</source>
        <translation>Profils des classes</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="35"/>
        <source>Typical segments</source>
        <translation>Segments caractéristiques</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/progress_text.py" line="36"/>
        <source>Correspondence analysis</source>
        <translation>Analyse factorielle des correspondances</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../app/project_actions.py" line="31"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="33"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="35"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="38"/>
        <source>Import documents…</source>
        <translation>Importer des documents…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="39"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="40"/>
        <source>Coded excerpts to Word (.docx)…</source>
        <translation>Extraits codés vers Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="41"/>
        <source>All codings to a table (CSV/XLSX)…</source>
        <translation>Tous les codages dans un tableau (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="43"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="48"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="56"/>
        <source>The new language is used from the next start of Verbatim.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Verbatim.</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="63"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="72"/>
        <source>Project in use</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="73"/>
        <source>This project is open in another Verbatim window or on another computer:

%1</source>
        <translation>Ce projet est ouvert dans une autre fenêtre de Verbatim ou sur un autre ordinateur :

%1</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="77"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="83"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="88"/>
        <location filename="../../app/project_actions.py" line="92"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="93"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="116"/>
        <source>Coded excerpts exported to %1</source>
        <translation>Extraits codés exportés dans %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project_actions.py" line="125"/>
        <source>%n coding(s) exported to %1</source>
        <translation><numerusform>%Ln codage exporté dans %1</numerusform><numerusform>%Ln codages exportés dans %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project_actions.py" line="136"/>
        <source>Auto-coding done: %n passage(s) coded with “%1”.</source>
        <translation><numerusform>Codage automatique terminé : %Ln passage codé avec « %1 ».</numerusform><numerusform>Codage automatique terminé : %Ln passages codés avec « %1 ».</numerusform></translation>
    </message>
</context>
<context>
    <name>Pseudo</name>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="18"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="19"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="20"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="21"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="22"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="23"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="24"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="25"/>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="26"/>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="46"/>
        <source>Pseudonymise a copy of the project</source>
        <translation>Pseudonymiser une copie du projet</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="59"/>
        <source>Recognise names with spaCy (slower)</source>
        <translation>Reconnaître les noms avec spaCy (plus lent)</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="60"/>
        <source>Also countries and regions</source>
        <translation>Aussi les pays et régions</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="61"/>
        <source>Replace first names by first names of the same gender</source>
        <translation>Remplacer les prénoms par des prénoms du même genre</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="62"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="78"/>
        <source>Select a row to see its context; select missed words here to add them.</source>
        <translation>Sélectionnez une ligne pour voir son contexte ; sélectionnez ici des mots oubliés pour les ajouter.</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="94"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="95"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="96"/>
        <source>Merge variants</source>
        <translation>Fusionner les variantes</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="97"/>
        <source>Give the selected forms the replacement of the first one</source>
        <translation>Donner aux formes sélectionnées le remplacement de la première</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="102"/>
        <source>A missed form</source>
        <translation>Une forme oubliée</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="106"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="117"/>
        <source>Load table…</source>
        <translation>Charger une table…</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="118"/>
        <source>Save table…</source>
        <translation>Enregistrer la table…</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="119"/>
        <source>Write pseudonymised copy…</source>
        <translation>Écrire la copie pseudonymisée…</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="120"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="147"/>
        <source>Detection cancelled.</source>
        <translation>Détection annulée.</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="148"/>
        <source>Detecting names and contact details…</source>
        <translation>Détection des noms et coordonnées…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/pseudo/dialog.py" line="155"/>
        <source>%n form(s) found. Check each one, then write the copy.</source>
        <translation><numerusform>%Ln forme trouvée. Vérifiez-la, puis écrivez la copie.</numerusform><numerusform>%Ln formes trouvées. Vérifiez chacune, puis écrivez la copie.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/pseudo/dialog.py" line="174"/>
        <source>%n form(s) now replaced by “%1”.</source>
        <translation><numerusform>%Ln forme désormais remplacée par « %1 ».</numerusform><numerusform>%Ln formes désormais remplacées par « %1 ».</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="217"/>
        <source>Load a pseudonymisation table</source>
        <translation>Charger une table de pseudonymisation</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="218"/>
        <location filename="../../app/pseudo/dialog.py" line="231"/>
        <location filename="../../app/pseudo/dialog.py" line="255"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tables CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="230"/>
        <source>Save the pseudonymisation table</source>
        <translation>Enregistrer la table de pseudonymisation</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="247"/>
        <source>Every replaced form needs a replacement.</source>
        <translation>Chaque forme remplacée doit avoir un remplacement.</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="249"/>
        <source>Pseudonymised copy</source>
        <translation>Copie pseudonymisée</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="250"/>
        <source>Verbatim projects (*.vbt)</source>
        <translation>Projets Verbatim (*.vbt)</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="254"/>
        <source>Correspondence table (keep it apart from the copy)</source>
        <translation>Table de correspondance (à conserver à part de la copie)</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="263"/>
        <source>The copy must not replace the original project.</source>
        <translation>La copie ne doit pas remplacer le projet d’origine.</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="269"/>
        <source>Writing the pseudonymised copy…</source>
        <translation>Écriture de la copie pseudonymisée…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/pseudo/dialog.py" line="273"/>
        <source>%n occurrence(s) replaced in the copy.</source>
        <translation><numerusform>%Ln occurrence remplacée dans la copie.</numerusform><numerusform>%Ln occurrences remplacées dans la copie.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/pseudo/dialog.py" line="275"/>
        <source>Still found: %1</source>
        <translation>Encore présent : %1</translation>
    </message>
</context>
<context>
    <name>QueriesPanel</name>
    <message>
        <location filename="../../app/exchange/queries_panel.py" line="24"/>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <location filename="../../app/exchange/queries_panel.py" line="25"/>
        <source>Code query</source>
        <translation>Requête sur les codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/queries_panel.py" line="26"/>
        <source>Text search</source>
        <translation>Recherche de texte</translation>
    </message>
</context>
<context>
    <name>ReadingsDialog</name>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="33"/>
        <source>How were the positions counted?</source>
        <translation>Comment les positions ont-elles été comptées ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/readings_dialog.py" line="37"/>
        <source>The tool that wrote this file may count positions in its own way. For %n source(s) the selections do not show clearly how: choose the reading under which the selections fall on whole words (the share shown for each reading).</source>
        <translation><numerusform>Le logiciel qui a écrit ce fichier peut compter les positions à sa façon. Pour %Ln source, les sélections ne montrent pas clairement comment : choisissez la lecture sous laquelle les sélections tombent sur des mots entiers (la part indiquée pour chaque lecture).</numerusform><numerusform>Le logiciel qui a écrit ce fichier peut compter les positions à sa façon. Pour %Ln sources, les sélections ne montrent pas clairement comment : choisissez la lecture sous laquelle les sélections tombent sur des mots entiers (la part indiquée pour chaque lecture).</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="43"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="43"/>
        <source>Reading of the positions</source>
        <translation>Lecture des positions</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="44"/>
        <source>Selections on word boundaries</source>
        <translation>Sélections sur des limites de mots</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="44"/>
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="55"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="83"/>
        <source>Certain</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="83"/>
        <source>Convincing</source>
        <translation>Convaincant</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="84"/>
        <source>Not convincing: please check</source>
        <translation>Pas convaincant : à vérifier</translation>
    </message>
    <message>
        <location filename="../../app/exchange/readings_dialog.py" line="106"/>
        <source>First selections of %1 under this reading:
%2</source>
        <translation>Premières sélections de %1 sous cette lecture :
%2</translation>
    </message>
</context>
<context>
    <name>RefiActions</name>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="87"/>
        <source>Export a REFI-QDA project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="90"/>
        <location filename="../../app/exchange/refi_actions.py" line="104"/>
        <source>REFI-QDA export: %1</source>
        <translation>Export REFI-QDA : %1</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="91"/>
        <location filename="../../app/exchange/refi_actions.py" line="105"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="100"/>
        <source>Export a REFI-QDA codebook</source>
        <translation>Exporter un livre de codes REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="32"/>
        <location filename="../../app/exchange/refi_actions.py" line="118"/>
        <location filename="../../app/exchange/refi_actions.py" line="151"/>
        <source>Import a REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="33"/>
        <source>Import the .qdpx into a new Verbatim project, or add it to the open project? Adding to the open project cannot be undone.</source>
        <translation>Importer le .qdpx dans un nouveau projet Verbatim, ou l’ajouter au projet ouvert ? L’ajout au projet ouvert est définitif.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="36"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="37"/>
        <source>Add to the open project</source>
        <translation>Ajouter au projet ouvert</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="101"/>
        <location filename="../../app/exchange/refi_actions.py" line="177"/>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>Livre de codes REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="121"/>
        <source>Reading the positions of the selections…</source>
        <translation>Lecture des positions des sélections…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="143"/>
        <source>Save the new project as</source>
        <translation>Enregistrer le nouveau projet sous</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="152"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="154"/>
        <location filename="../../app/exchange/refi_actions.py" line="165"/>
        <location filename="../../app/exchange/refi_actions.py" line="185"/>
        <source>REFI-QDA import: %1</source>
        <translation>Import REFI-QDA : %1</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="160"/>
        <location filename="../../app/exchange/refi_actions.py" line="166"/>
        <location filename="../../app/exchange/refi_actions.py" line="186"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="176"/>
        <location filename="../../app/exchange/refi_actions.py" line="180"/>
        <source>Import a REFI-QDA codebook</source>
        <translation>Importer un livre de codes REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="181"/>
        <source>Add the codes of %1 to this project? This cannot be undone.</source>
        <translation>Ajouter les codes de %1 à ce projet ? C’est définitif.</translation>
    </message>
</context>
<context>
    <name>ReinertView</name>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="59"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="59"/>
        <location filename="../../app/lexviews/reinert_view.py" line="173"/>
        <location filename="../../app/lexviews/reinert_view.py" line="179"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="67"/>
        <source>Class %1 (%2 %) — %3</source>
        <translation>Classe %1 (%2 %) — %3</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="70"/>
        <source>Turn this class into a code…</source>
        <translation>Transformer cette classe en code…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="72"/>
        <source>Colour the document by class</source>
        <translation>Colorer le document par classe</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="76"/>
        <source>%1 classes, %2 of %3 segments classified</source>
        <translation>%1 classes, %2 segments classés sur %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/reinert_view.py" line="82"/>
        <source>%n small branch(es) left out</source>
        <translation><numerusform>%Ln petite branche écartée</numerusform><numerusform>%Ln petites branches écartées</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="84"/>
        <source>Phase-1 branches of fewer than %1 segments (the minimum class size) are not classes: they join their mother class or stay unclassified, as in IRaMuTeQ. To keep smaller classes, lower the minimum class size or raise the number of phase-1 classes.</source>
        <translation>Les branches de la phase 1 de moins de %1 segments (la taille minimale d’une classe) ne deviennent pas des classes : elles rejoignent leur classe mère ou restent non classées, comme dans IRaMuTeQ. Pour garder de plus petites classes, baissez la taille minimale ou augmentez le nombre de classes de la phase 1.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="87"/>
        <source>Class:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="100"/>
        <source>Words per class: </source>
        <translation>Mots par classe : </translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="104"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="104"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="104"/>
        <source>n in class</source>
        <translation>n dans la classe</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="105"/>
        <source>n total</source>
        <translation>n total</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="107"/>
        <source>Active forms</source>
        <translation>Formes actives</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="107"/>
        <source>Supplementary forms</source>
        <translation>Formes supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="107"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="108"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="110"/>
        <source>Anti-profile</source>
        <translation>Anti-profil</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="111"/>
        <source>Concordance of the form</source>
        <translation>Concordance de la forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="119"/>
        <location filename="../../app/lexviews/reinert_view.py" line="156"/>
        <source>Double-click a form to see its concordance.</source>
        <translation>Double-cliquez sur une forme pour voir sa concordance.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="120"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="120"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="120"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="123"/>
        <source>Double-click a segment to show it in its document.</source>
        <translation>Double-cliquez sur un segment pour le voir dans son document.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="126"/>
        <source>Classes and forms</source>
        <translation>Classes et formes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="127"/>
        <source>Classes and modalities (supplementary)</source>
        <translation>Classes et modalités (supplémentaires)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="132"/>
        <source>Segments per class; orange: over-represented, blue: under-represented (signed chi2, |chi2| &gt; 3.84).</source>
        <translation>Segments par classe ; orange : sur-représenté, bleu : sous-représenté (chi2 signé, |chi2| &gt; 3,84).</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="134"/>
        <source>Dendrogram</source>
        <translation>Dendrogramme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="134"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="135"/>
        <source>Typical segments</source>
        <translation>Segments caractéristiques</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="135"/>
        <source>Factor map</source>
        <translation>Plan factoriel</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="136"/>
        <source>Classes × attributes</source>
        <translation>Classes × attributs</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="136"/>
        <source>Classes × codes</source>
        <translation>Classes × codes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="139"/>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="154"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="154"/>
        <source>supplementary</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="154"/>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="159"/>
        <source>Stability of this class: %1.</source>
        <translation>Stabilité de cette classe : %1.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="169"/>
        <source>Reinert classification: %1 classes, %2 of %3 segments classified (%4 %)</source>
        <translation>Classification Reinert : %1 classes, %2 segments classés sur %3 (%4 %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="173"/>
        <source>%1 seg. (%2 %)</source>
        <translation>%1 seg. (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="172"/>
        <source>No class: nothing was classified.</source>
        <translation>Aucune classe : rien n’a été classé.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="179"/>
        <source>Axis %1 (%2 %)</source>
        <translation>Axe %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="180"/>
        <source>No factor map (it needs at least 3 classes).</source>
        <translation>Pas de plan factoriel (il faut au moins 3 classes).</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="211"/>
        <source>Reinert classes/Class %1 (%2)</source>
        <translation>Classes Reinert/Classe %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="215"/>
        <source>Turn this class into a code</source>
        <translation>Transformer cette classe en code</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="215"/>
        <source>Code (Parent/Child):</source>
        <translation>Code (Parent/Enfant) :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="227"/>
        <source>Code class %1</source>
        <translation>Coder la classe %1</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="243"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="244"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="247"/>
        <source>Dendrogram…</source>
        <translation>Dendrogramme…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="248"/>
        <source>Factor map…</source>
        <translation>Plan factoriel…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="249"/>
        <source>Profiles of the class…</source>
        <translation>Profils de la classe…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="250"/>
        <source>Typical segments of the class…</source>
        <translation>Segments caractéristiques de la classe…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="251"/>
        <source>Classes × attributes…</source>
        <translation>Classes × attributs…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="252"/>
        <source>Classes × codes…</source>
        <translation>Classes × codes…</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="31"/>
        <location filename="../../app/dialogs/replace_dialog.py" line="86"/>
        <location filename="../../app/dialogs/replace_dialog.py" line="105"/>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="37"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="38"/>
        <source>Whole words only</source>
        <translation>Mots entiers seulement</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="39"/>
        <source>In the open document</source>
        <translation>Dans le document ouvert</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="40"/>
        <source>In every document of the project</source>
        <translation>Dans tous les documents du projet</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="43"/>
        <source>Codings, memos and speaker turns stay on their words. Edit &gt; Undo reverts the whole replacement.</source>
        <translation>Codages, mémos et tours de parole restent sur leurs mots. Édition &gt; Annuler défait tout le remplacement.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="48"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="52"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="53"/>
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="75"/>
        <source>%n occurrence(s) replaced</source>
        <translation><numerusform>%Ln occurrence remplacée</numerusform><numerusform>%Ln occurrences remplacées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="76"/>
        <source>%n document(s)</source>
        <translation><numerusform>%Ln document</numerusform><numerusform>%Ln documents</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="81"/>
        <source>Type the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="84"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/replace_dialog.py" line="101"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="103"/>
        <source>Replace %n occurrence(s)</source>
        <translation><numerusform>Remplacer %Ln occurrence</numerusform><numerusform>Remplacer %Ln occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="104"/>
        <source>in %n document(s)?</source>
        <translation><numerusform>dans %Ln document ?</numerusform><numerusform>dans %Ln documents ?</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/exchange/report_dialog.py" line="33"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="53"/>
        <source>Form found</source>
        <translation>Forme trouvée</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="53"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="53"/>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="53"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/pseudo/review_model.py" line="54"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="117"/>
        <source>New analysis</source>
        <translation>Nouvelle analyse</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="123"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="135"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../app/lexpanel/run_status.py" line="19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_status.py" line="20"/>
        <source>Stop the running analysis</source>
        <translation>Arrêter l’analyse en cours</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_status.py" line="34"/>
        <source>Analysis “%1”:</source>
        <translation>Analyse « %1 » :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_status.py" line="37"/>
        <location filename="../../app/lexpanel/run_status.py" line="45"/>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
</context>
<context>
    <name>SelectionBox</name>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="49"/>
        <source>What to analyse</source>
        <translation>Ce qui est analysé</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="53"/>
        <source>(every document)</source>
        <translation>(tous les documents)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="59"/>
        <source>Leave out the interviewers&apos; turns</source>
        <translation>Sans les tours des enquêteurs</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="61"/>
        <source>(the whole text)</source>
        <translation>(tout le texte)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="64"/>
        <source>Use codes as variables (*code_… modalities)</source>
        <translation>Utiliser les codes comme variables (modalités *code_…)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="65"/>
        <source>Documents with attribute:</source>
        <translation>Documents selon l’attribut :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="66"/>
        <source>Values kept:</source>
        <translation>Valeurs gardées :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="67"/>
        <source>Speakers:</source>
        <translation>Locuteurs :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/run_dialog.py" line="69"/>
        <source>Only the excerpts of:</source>
        <translation>Seulement les extraits de :</translation>
    </message>
</context>
<context>
    <name>SimilarityView</name>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="97"/>
        <source>, maximum tree</source>
        <translation>, arbre maximum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="98"/>
        <source>%n form(s), {0} — index: {1}{2}.</source>
        <translation><numerusform>%Ln forme, {0} — indice : {1}{2}.</numerusform><numerusform>%Ln formes, {0} — indice : {1}{2}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="99"/>
        <source>%n edge(s)</source>
        <translation><numerusform>%Ln arête</numerusform><numerusform>%Ln arêtes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="100"/>
        <source>Wheel: zoom; drag: pan or move a form; double-click: concordance.</source>
        <translation>Molette : zoom ; glisser : déplacer la vue ou une forme ; double-clic : concordancier.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="107"/>
        <source>Find a form…</source>
        <translation>Chercher une forme…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="120"/>
        <source>Edges ≥</source>
        <translation>Arêtes ≥</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="123"/>
        <source>Community halos</source>
        <translation>Halos des communautés</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="125"/>
        <source>All labels</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="126"/>
        <source>Show every label, even where labels overlap</source>
        <translation>Afficher toutes les étiquettes, même quand elles se chevauchent</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="131"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="131"/>
        <source>Re-layout</source>
        <translation>Nouvelle disposition</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="158"/>
        <source>{0} (%n edge(s))</source>
        <translation><numerusform>{0} (%Ln arête)</numerusform><numerusform>{0} (%Ln arêtes)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="229"/>
        <source>Similarity graph</source>
        <translation>Graphe de similitudes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="235"/>
        <source>Graph (PNG)…</source>
        <translation>Graphe (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="235"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="237"/>
        <source>Graph (SVG)…</source>
        <translation>Graphe (SVG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="237"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>SpecificitiesView</name>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="93"/>
        <location filename="../../app/lexviews/spec_view.py" line="190"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="93"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="98"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="99"/>
        <source>Top forms</source>
        <translation>Formes caractéristiques</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="100"/>
        <source>CA map</source>
        <translation>Carte AFC</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="103"/>
        <source>hypergeometric law, signed log10 p</source>
        <translation>loi hypergéométrique, log10 p signé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/spec_view.py" line="106"/>
        <source>… (%n modalities)</source>
        <translation><numerusform>… (%Ln modalité)</numerusform><numerusform>… (%Ln modalités)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="107"/>
        <source>Specificities of &lt;b&gt;{0}&lt;/b&gt; ({1}); sizes: {2}</source>
        <translation>Spécificités de &lt;b&gt;{0}&lt;/b&gt; ({1}) ; tailles : {2}</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="128"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="132"/>
        <source>Red: over-represented, blue: under-represented. Click a header to sort.</source>
        <translation>Rouge : sur-représenté, bleu : sous-représenté. Cliquez sur un en-tête pour trier.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="160"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="169"/>
        <source>Over-represented</source>
        <translation>Sur-représentées</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="169"/>
        <source>Under-represented</source>
        <translation>Sous-représentées</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="190"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="190"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="201"/>
        <source>Axis {0} ({1} %)</source>
        <translation>Axe {0} ({1} %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="203"/>
        <source>Correspondence analysis: {0}</source>
        <translation>Analyse factorielle des correspondances : {0}</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="207"/>
        <source>The map needs at least three modalities.</source>
        <translation>La carte demande au moins trois modalités.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="231"/>
        <source>Specificities</source>
        <translation>Spécificités</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="236"/>
        <source>no map: fewer than three modalities</source>
        <translation>pas de carte : moins de trois modalités</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="243"/>
        <source>Specificities (CSV)…</source>
        <translation>Spécificités (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="243"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="245"/>
        <source>Specificities (Excel)…</source>
        <translation>Spécificités (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="245"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="250"/>
        <source>CA map (PNG)…</source>
        <translation>Carte AFC (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="250"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="252"/>
        <source>CA map (SVG)…</source>
        <translation>Carte AFC (SVG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="252"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>StabilityPage</name>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="105"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="105"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="105"/>
        <source>Mean Jaccard</source>
        <translation>Jaccard moyen</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="105"/>
        <source>Recovered (%)</source>
        <translation>Retrouvée (%)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="106"/>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="106"/>
        <source>Profile forms that stay (share of runs)</source>
        <translation>Formes du profil qui restent (part des répétitions)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="107"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="107"/>
        <source>fragile</source>
        <translation>fragile</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="107"/>
        <source>dissolved</source>
        <translation>dissoute</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="115"/>
        <source>The classification was run again %1 times on %2 % of the segments drawn at random. Each class is matched to its most similar class in every run (Jaccard index on the segments both runs hold; Hennig 2007). Stable: mean Jaccard ≥ 0.75; fragile: 0.5–0.75 (a real theme whose edges move); dissolved: ≤ 0.5 (not found again: do not interpret it). Recovered: share of runs with a Jaccard ≥ 0.5.</source>
        <translation>La classification a été relancée %1 fois sur %2 % des segments tirés au hasard. Chaque classe est appariée à la classe la plus semblable de chaque répétition (indice de Jaccard sur les segments communs ; Hennig 2007). Stable : Jaccard moyen ≥ 0,75 ; fragile : 0,5–0,75 (un thème réel aux contours mouvants) ; dissoute : ≤ 0,5 (non retrouvée : ne pas l’interpréter). Retrouvée : part des répétitions avec un Jaccard ≥ 0,5.</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="114"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="114"/>
        <source>supplementary</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="115"/>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="116"/>
        <source>Lemma</source>
        <translation>Lemme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="116"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="116"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="117"/>
        <source>POS</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="117"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="117"/>
        <source>Next analysis</source>
        <translation>Prochaine analyse</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="123"/>
        <source>rank (log)</source>
        <translation>rang (log)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="123"/>
        <source>frequency (log)</source>
        <translation>fréquence (log)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="124"/>
        <source>ideal Zipf (f1 / rank)</source>
        <translation>Zipf idéal (f1 / rang)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="157"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="157"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="158"/>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="158"/>
        <source>Forms</source>
        <translation>Formes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="159"/>
        <source>Hapax (forms)</source>
        <translation>Hapax (formes)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="159"/>
        <source>{0} ({1} of forms, {2} of occurrences)</source>
        <translation>{0} ({1} des formes, {2} des occurrences)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="162"/>
        <source>Lemmas</source>
        <translation>Lemmes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="163"/>
        <source>Hapax (lemmas)</source>
        <translation>Hapax (lemmes)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="163"/>
        <source>{0} ({1} of lemmas, {2} of occurrences)</source>
        <translation>{0} ({1} des lemmes, {2} des occurrences)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="165"/>
        <source>Mean occurrences per text</source>
        <translation>Moyenne d’occurrences par texte</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="166"/>
        <source>Active forms</source>
        <translation>Formes actives</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="167"/>
        <source>Supplementary forms</source>
        <translation>Formes supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="171"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="185"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="189"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="189"/>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="190"/>
        <source>Supplementary</source>
        <translation>Supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="190"/>
        <source>Ignored</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="194"/>
        <source>Lexicon</source>
        <translation>Lexique</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="195"/>
        <source>Change statuses, lemmas and expressions of the project&apos;s lexicon</source>
        <translation>Changer les statuts, les lemmes et les expressions du lexique du projet</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="217"/>
        <source>Double-click a row to open its concordance</source>
        <translation>Double-cliquez sur une ligne pour ouvrir son concordancier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/stats_view.py" line="235"/>
        <source>{0} of %n row(s)</source>
        <translation><numerusform>{0} sur %Ln ligne</numerusform><numerusform>{0} sur %Ln lignes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="248"/>
        <source>merged into “%1”</source>
        <translation>fusionné dans « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="256"/>
        <source>Concordance of “%1”</source>
        <translation>Concordance de « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="271"/>
        <source>Frequencies</source>
        <translation>Fréquences</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="282"/>
        <source>Frequencies (CSV)…</source>
        <translation>Fréquences (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="282"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="284"/>
        <source>Frequencies (Excel)…</source>
        <translation>Fréquences (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="284"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="286"/>
        <source>Zipf plot (PNG)…</source>
        <translation>Courbe de Zipf (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="286"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="288"/>
        <source>Zipf plot (SVG)…</source>
        <translation>Courbe de Zipf (SVG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="288"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>StripesLegend</name>
    <message>
        <location filename="../../app/widgets/stripes_legend.py" line="42"/>
        <source>No coding in this document yet.</source>
        <translation>Aucun codage dans ce document pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/stripes_legend.py" line="45"/>
        <source>◤ on a stripe: the coding has a memo · drag a stripe&apos;s end to resize the coding · right-click a stripe for its memo</source>
        <translation>◤ sur une bande : le codage a un mémo · faire glisser le bout d’une bande redimensionne le codage · clic droit sur une bande pour son mémo</translation>
    </message>
</context>
<context>
    <name>SurveyColumnsDialog</name>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="40"/>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="48"/>
        <source>(row number)</source>
        <translation>(numéro de ligne)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="73"/>
        <source>Free-text answers:</source>
        <translation>Réponses libres :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="74"/>
        <source>Respondent id:</source>
        <translation>Identifiant du répondant :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="76"/>
        <source>%n row(s). Check the guessed columns:</source>
        <translation><numerusform>%Ln ligne. Vérifiez les colonnes devinées :</numerusform><numerusform>%Ln lignes. Vérifiez les colonnes devinées :</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../app/team/actions.py" line="29"/>
        <source>Open server project…</source>
        <translation>Ouvrir un projet sur serveur…</translation>
    </message>
    <message>
        <location filename="../../app/team/actions.py" line="50"/>
        <source>Cannot open the server project</source>
        <translation>Impossible d’ouvrir le projet sur serveur</translation>
    </message>
    <message>
        <location filename="../../app/team/actions.py" line="58"/>
        <source>Connected to the server: changes by others appear live.</source>
        <translation>Connecté au serveur : les modifications des autres apparaissent en direct.</translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message>
        <location filename="../../app/text_actions.py" line="52"/>
        <source>Open a document first.</source>
        <translation>Ouvrez d’abord un document.</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="79"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/text_actions.py" line="106"/>
        <source>%n coding(s) lost all their text and were removed:</source>
        <translation><numerusform>%Ln codage a perdu tout son texte et a été supprimé :</numerusform><numerusform>%Ln codages ont perdu tout leur texte et ont été supprimés :</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="107"/>
        <source>Codings removed</source>
        <translation>Codages supprimés</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="108"/>
        <source>Edit &gt; Undo puts the text and these codings back.</source>
        <translation>Édition &gt; Annuler rétablit le texte et ces codages.</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="148"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="154"/>
        <location filename="../../app/text_actions.py" line="155"/>
        <source>Resize coding</source>
        <translation>Redimensionner le codage</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="161"/>
        <source>Select the passage the coding should cover first.</source>
        <translation>Sélectionnez d’abord le passage que le codage doit couvrir.</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="173"/>
        <source>Memo on a coding</source>
        <translation>Mémo d’un codage</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="178"/>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="201"/>
        <source>Coding “%1”</source>
        <translation>Codage « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="206"/>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="207"/>
        <source>Extend/shrink to selection</source>
        <translation>Étendre/réduire à la sélection</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="209"/>
        <source>Select coded passage</source>
        <translation>Sélectionner le passage codé</translation>
    </message>
    <message>
        <location filename="../../app/text_actions.py" line="211"/>
        <source>Remove coding</source>
        <translation>Supprimer le codage</translation>
    </message>
</context>
<context>
    <name>TextSearchTab</name>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="154"/>
        <source>word, phrase or regular expression</source>
        <translation>mot, expression ou expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="156"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="157"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="158"/>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="159"/>
        <source>Ignore accents (é = e)</source>
        <translation>Ignorer les accents (é = e)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="160"/>
        <source>l’ = l&apos; (apostrophes)</source>
        <translation>l’ = l' (apostrophes)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="161"/>
        <source>Leave out the interviewer</source>
        <translation>Exclure l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="162"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/welcome.py" line="39"/>
        <source>Welcome to Verbatim</source>
        <translation>Bienvenue dans Verbatim</translation>
    </message>
    <message>
        <location filename="../../app/welcome.py" line="41"/>
        <source>Code interview transcripts and explore them with lexicometry, offline. Start with the sample project to look around, or create your own project.</source>
        <translation>Codez des transcriptions d’entretiens et explorez-les par la lexicométrie, hors ligne. Commencez par le projet d’exemple pour découvrir l’outil, ou créez votre propre projet.</translation>
    </message>
    <message>
        <location filename="../../app/welcome.py" line="44"/>
        <source>Open the sample project</source>
        <translation>Ouvrir le projet d’exemple</translation>
    </message>
    <message>
        <location filename="../../app/welcome.py" line="45"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../app/welcome.py" line="46"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../app/welcome.py" line="55"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../../app/welcome.py" line="59"/>
        <source>No recent project yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
</context>
<context>
    <name>WordCloudView</name>
    <message>
        <location filename="../../app/lexviews/wordcloud.py" line="154"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/wordcloud.py" line="162"/>
        <source>Hide very common verbs and adverbs (être, avoir, faire, plus…)</source>
        <translation>Masquer les verbes et adverbes très courants (être, avoir, faire, plus…)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/wordcloud.py" line="205"/>
        <source>Word cloud</source>
        <translation>Nuage de mots</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/wordcloud.py" line="209"/>
        <source>Word cloud (PNG)…</source>
        <translation>Nuage de mots (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/wordcloud.py" line="209"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/wordcloud.py" line="211"/>
        <source>Word cloud (SVG)…</source>
        <translation>Nuage de mots (SVG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/wordcloud.py" line="211"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>_PassageQueryTab</name>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="54"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="55"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="76"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="80"/>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/search_tabs.py" line="91"/>
        <location filename="../../app/exchange/search_tabs.py" line="97"/>
        <source>Export the passages</source>
        <translation>Exporter les passages</translation>
    </message>
</context>
</TS>

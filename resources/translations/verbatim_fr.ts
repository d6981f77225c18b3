<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="130"/>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="138"/>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="139"/>
        <source>speaker turns</source>
        <translation>tours de parole</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="140"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="157"/>
        <source>Coder A:</source>
        <translation>Codeur A :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="157"/>
        <source>Coder B:</source>
        <translation>Codeur B :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="158"/>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="183"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/agreement_dialog.py" line="196"/>
        <source>A = %1, B = %2. %n passage(s) where they differ (double-click to read it):</source>
        <translation><numerusform>A = %1, B = %2. %n passage où ils diffèrent (double-clic pour le lire) :</numerusform><numerusform>A = %1, B = %2. %n passages où ils diffèrent (double-clic pour le lire) :</numerusform></translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="41"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="41"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="41"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="41"/>
        <source>Only A</source>
        <translation>A seul</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="41"/>
        <source>Only B</source>
        <translation>B seul</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Agreement %</source>
        <translation>Accord %</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="42"/>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alpha de Krippendorff</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="59"/>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
</context>
<context>
    <name>AnalysesTree</name>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="23"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="30"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="30"/>
        <source>Reinert classifications</source>
        <translation>Classifications Reinert</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="31"/>
        <source>Similarity</source>
        <translation>Similitudes</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="31"/>
        <source>Specificities</source>
        <translation>Spécificités</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="32"/>
        <source>Concordances</source>
        <translation>Concordances</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="50"/>
        <source>out of date</source>
        <translation>périmée</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="52"/>
        <source>A document&apos;s text was edited after this analysis: run it again for current results.</source>
        <translation>Le texte d’un document a été modifié après cette analyse : relancez-la pour des résultats à jour.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="89"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="90"/>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="91"/>
        <source>Run again with changes…</source>
        <translation>Relancer avec des changements…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="93"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/analyses_tree.py" line="94"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="70"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="70"/>
        <source>Reinert classification…</source>
        <translation>Classification Reinert…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="71"/>
        <source>Similarity analysis…</source>
        <translation>Analyse de similitudes…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="72"/>
        <source>Specificities…</source>
        <translation>Spécificités…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="72"/>
        <source>Concordance…</source>
        <translation>Concordance…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="77"/>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="86"/>
        <source>New analysis</source>
        <translation>Nouvelle analyse</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="92"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="147"/>
        <source>An analysis is already running.</source>
        <translation>Une analyse est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="154"/>
        <source>Running “%1”…</source>
        <translation>« %1 » en cours…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="165"/>
        <source>Concordance of “%1”</source>
        <translation>Concordance de « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="173"/>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="180"/>
        <source>The analysis failed: %1</source>
        <translation>L’analyse a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="270"/>
        <source>Delete this analysis? This cannot be undone.</source>
        <translation>Supprimer cette analyse ? C’est définitif.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="279"/>
        <location filename="../../app/lexpanel/panel.py" line="344"/>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="298"/>
        <source>No view is available for this kind of analysis yet.</source>
        <translation>Pas encore de vue pour ce type d’analyse.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="306"/>
        <source>Frequencies</source>
        <translation>Fréquences</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="306"/>
        <source>Word cloud</source>
        <translation>Nuage de mots</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="323"/>
        <source>(nothing to export)</source>
        <translation>(rien à exporter)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/panel.py" line="345"/>
        <source>&amp;Analyses</source>
        <translation>&amp;Analyses</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../app/lexpanel/runner.py" line="87"/>
        <location filename="../../app/lexpanel/runner.py" line="93"/>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/runner.py" line="98"/>
        <source>Preparing the corpus…</source>
        <translation>Préparation du corpus…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/runner.py" line="103"/>
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
        <location filename="../../app/dialogs/autocode.py" line="59"/>
        <source>Auto-code</source>
        <translation>Codage automatique</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="64"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="64"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="64"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="65"/>
        <source>Hit</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="65"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="73"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="74"/>
        <source>Code hits</source>
        <translation>Coder les occurrences</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="75"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="92"/>
        <source>word, phrase or regular expression</source>
        <translation>mot, expression ou expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="93"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="94"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="95"/>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="96"/>
        <source>Ignore accents (é = e)</source>
        <translation>Ignorer les accents (é = e)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="97"/>
        <source>l’ = l&apos; (apostrophes)</source>
        <translation>l’ = l' (apostrophes)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="99"/>
        <source>the match only</source>
        <translation>l’occurrence seule</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="99"/>
        <source>its sentence</source>
        <translation>sa phrase</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="100"/>
        <source>the whole turn</source>
        <translation>tout le tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="102"/>
        <source>Leave out the interviewer</source>
        <translation>Exclure l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="104"/>
        <source>Speakers whose turns are searched</source>
        <translation>Locuteurs dont les tours de parole sont cherchés</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="114"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="119"/>
        <source>Code:</source>
        <translation>Coder :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="123"/>
        <source>Existing code</source>
        <translation>Code existant</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="124"/>
        <source>New code (Parent/Child)</source>
        <translation>Nouveau code (Parent/Enfant)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="130"/>
        <source>Theme/Sub-theme</source>
        <translation>Thème/Sous-thème</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="139"/>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="156"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="193"/>
        <source>%n hit(s)</source>
        <translation><numerusform>%n occurrence</numerusform><numerusform>%n occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="194"/>
        <source>Code %n hit(s)</source>
        <translation><numerusform>Coder %n occurrence</numerusform><numerusform>Coder %n occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="206"/>
        <source>Auto-code %n passage(s)</source>
        <translation><numerusform>Codage automatique de %n passage</numerusform><numerusform>Codage automatique de %n passages</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="210"/>
        <source>Name the new code.</source>
        <translation>Donnez un nom au nouveau code.</translation>
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
        <location filename="../../app/lexviews/reinert_tabs.py" line="48"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="52"/>
        <source>Segments of each class overlapping the code&apos;s codings (sub-codes count for their parents); orange: over-represented, blue: under-represented (signed chi2).</source>
        <translation>Segments de chaque classe qui recouvrent les codages du code (les sous-codes comptent pour leurs parents) ; orange : sur-représenté, bleu : sous-représenté (chi2 signé).</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="68"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="68"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="69"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_tabs.py" line="76"/>
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
        <location filename="../../app/models/codebook.py" line="107"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="107"/>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="107"/>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="107"/>
        <source>Codings +sub</source>
        <translation>Codages +sous</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="108"/>
        <source>Docs +sub</source>
        <translation>Docs +sous</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="108"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="110"/>
        <source>Codings of this code</source>
        <translation>Codages de ce code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="110"/>
        <source>Documents coded with this code</source>
        <translation>Documents codés avec ce code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="111"/>
        <source>Codings of this code and its sub-codes</source>
        <translation>Codages de ce code et de ses sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="112"/>
        <source>Documents coded with this code or its sub-codes</source>
        <translation>Documents codés avec ce code ou ses sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="166"/>
        <source>Rename code</source>
        <translation>Renommer le code</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="168"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../../app/models/codebook.py" line="209"/>
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
        <location filename="../../app/widgets/codebook_panel.py" line="158"/>
        <location filename="../../app/widgets/codebook_panel.py" line="163"/>
        <location filename="../../app/widgets/codebook_panel.py" line="223"/>
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
        <location filename="../../app/widgets/codebook_panel.py" line="158"/>
        <source>Name of the new code:</source>
        <translation>Nom du nouveau code :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="195"/>
        <source>Code colour</source>
        <translation>Couleur du code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="197"/>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="201"/>
        <source>Merge “%1” into…</source>
        <translation>Fusionner « %1 » dans…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="204"/>
        <source>Merge codes</source>
        <translation>Fusionner les codes</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="210"/>
        <source>Delete the code “%1”?</source>
        <translation>Supprimer le code « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="211"/>
        <source>%n coding(s) will be deleted with it.</source>
        <translation><numerusform>%n codage sera supprimé avec lui.</numerusform><numerusform>%n codages seront supprimés avec lui.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="213"/>
        <source>%n sub-code(s) will be deleted too.</source>
        <translation><numerusform>%n sous-code sera aussi supprimé.</numerusform><numerusform>%n sous-codes seront aussi supprimés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="214"/>
        <location filename="../../app/widgets/codebook_panel.py" line="218"/>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="225"/>
        <source>New sub-code</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="227"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="228"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="229"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="230"/>
        <source>Quick-code key</source>
        <translation>Touche de codage rapide</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="232"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="233"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="244"/>
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
    <name>Controller</name>
    <message>
        <location filename="../../app/controller.py" line="178"/>
        <source>Merge speakers</source>
        <translation>Fusionner des locuteurs</translation>
    </message>
    <message>
        <location filename="../../app/controller.py" line="228"/>
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
        <translation><numerusform>%n cas</numerusform><numerusform>%n cas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="40"/>
        <source>%n code(s)</source>
        <translation><numerusform>%n code</numerusform><numerusform>%n codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="41"/>
        <source>%n coding(s)</source>
        <translation><numerusform>%n codage</numerusform><numerusform>%n codages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="41"/>
        <location filename="../../app/exchange/loss_dialog.py" line="42"/>
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="42"/>
        <location filename="../../app/exchange/loss_dialog.py" line="44"/>
        <source>%n memo(s)</source>
        <translation><numerusform>%n mémo</numerusform><numerusform>%n mémos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n turn(s)</source>
        <translation><numerusform>%n tour de parole</numerusform><numerusform>%n tours de parole</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n attribute value(s)</source>
        <translation><numerusform>%n valeur d’attribut</numerusform><numerusform>%n valeurs d’attributs</numerusform></translation>
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
        <translation><numerusform>Pour %n source, aucune lecture des positions n’était convaincante : vérifiez ses codages (voir Positions ci-dessous).</numerusform><numerusform>Pour %n sources, aucune lecture des positions n’était convaincante : vérifiez leurs codages (voir Positions ci-dessous).</numerusform></translation>
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
        <location filename="../../app/exchange/agreement_dialog.py" line="90"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="90"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="90"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../app/exchange/agreement_dialog.py" line="90"/>
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
        <translation>Terminer</translation>
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
        <location filename="../../app/models/documents.py" line="45"/>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <location filename="../../app/models/documents.py" line="117"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/models/documents.py" line="117"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../app/models/documents.py" line="117"/>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/documents.py" line="129"/>
        <source>%1 — %n turn(s)</source>
        <translation><numerusform>%1 — %n tour de parole</numerusform><numerusform>%1 — %n tours de parole</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/widgets/documents_panel.py" line="33"/>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/documents_panel.py" line="48"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/error_dialog.py" line="29"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../app/error_dialog.py" line="46"/>
        <source>Verbatim: error</source>
        <translation>Verbatim : erreur</translation>
    </message>
</context>
<context>
    <name>ExcerptsModel</name>
    <message>
        <location filename="../../app/models/excerpts.py" line="69"/>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="69"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="69"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="69"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="70"/>
        <source>Speaker attributes</source>
        <translation>Attributs du locuteur</translation>
    </message>
    <message>
        <location filename="../../app/models/excerpts.py" line="70"/>
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
        <location filename="../../app/widgets/excerpts_panel.py" line="76"/>
        <source>Speaker:</source>
        <translation>Locuteur :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="79"/>
        <source>Coder:</source>
        <translation>Codeur :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="95"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="95"/>
        <source>(any attribute)</source>
        <translation>(tout attribut)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="107"/>
        <source>(any value)</source>
        <translation>(toute valeur)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="122"/>
        <source>Select a code in the codebook to see its coded excerpts.</source>
        <translation>Sélectionnez un code dans le livre de codes pour voir ses extraits codés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/excerpts_panel.py" line="124"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%n extrait</numerusform><numerusform>%n extraits</numerusform></translation>
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
        <location filename="../../app/dialogs/export_docx.py" line="40"/>
        <source>Export coded excerpts to Word</source>
        <translation>Exporter les extraits codés vers Word</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="42"/>
        <source>Codes to export</source>
        <translation>Codes à exporter</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="43"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="44"/>
        <source>Code descriptions</source>
        <translation>Descriptions des codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="45"/>
        <source>Code memos</source>
        <translation>Mémos des codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="46"/>
        <source>Speaker attributes</source>
        <translation>Attributs du locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="48"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="49"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="56"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="57"/>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="58"/>
        <source>Document language:</source>
        <translation>Langue du document :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="62"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="83"/>
        <source>Tick at least one code.</source>
        <translation>Cochez au moins un code.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="94"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="110"/>
        <source>Export codings</source>
        <translation>Exporter les codages</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="132"/>
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
        <translation><numerusform>%n extrait</numerusform><numerusform>%n extraits</numerusform></translation>
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
        <location filename="../../app/exchange/grid_window.py" line="69"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="71"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="79"/>
        <source>Export to Word…</source>
        <translation>Exporter vers Word…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="80"/>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="88"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="88"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="89"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="92"/>
        <source>Columns (codes)</source>
        <translation>Colonnes (codes)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="93"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="94"/>
        <source>Leave out the interviewer</source>
        <translation>Exclure l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="95"/>
        <source>Build the grid</source>
        <translation>Construire la grille</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="98"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="121"/>
        <source>Summary of this cell…</source>
        <translation>Résumé de cette cellule…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="122"/>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="145"/>
        <source>Building the grid…</source>
        <translation>Construction de la grille…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="171"/>
        <source>Select a cell to read its excerpts and write its summary.</source>
        <translation>Sélectionnez une cellule pour lire ses extraits et écrire son résumé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_window.py" line="179"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%n extrait</numerusform><numerusform>%n extraits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/exchange/grid_window.py" line="205"/>
        <source>Edit summary</source>
        <translation>Modifier le résumé</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="89"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="104"/>
        <location filename="../../app/dialogs/import_dialog.py" line="159"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="130"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="132"/>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="146"/>
        <source>%n document(s) imported.</source>
        <translation><numerusform>%n document importé.</numerusform><numerusform>%n documents importés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="153"/>
        <source>Already in the project (skipped): %1</source>
        <translation>Déjà dans le projet (ignorés) : %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="155"/>
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
        <translation><numerusform>%n texte écrit, %1.</numerusform><numerusform>%n textes écrits, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/iramuteq_dialog.py" line="89"/>
        <source>%n variable(s)</source>
        <translation><numerusform>%n variable</numerusform><numerusform>%n variables</numerusform></translation>
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
        <location filename="../../app/lexviews/kwic_view.py" line="142"/>
        <source>Left context</source>
        <translation>Contexte gauche</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="89"/>
        <location filename="../../app/lexviews/kwic_view.py" line="143"/>
        <source>Keyword</source>
        <translation>Pivot</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="89"/>
        <location filename="../../app/lexviews/kwic_view.py" line="143"/>
        <source>Right context</source>
        <translation>Contexte droit</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="123"/>
        <location filename="../../app/lexviews/kwic_view.py" line="159"/>
        <source>Code these hits…</source>
        <translation>Coder ces occurrences…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="140"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="142"/>
        <source>Source order</source>
        <translation>Ordre des sources</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="148"/>
        <source>Filter by speaker or attribute</source>
        <translation>Filtrer par locuteur ou attribut</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="155"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="166"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="168"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="137"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): %n hit(s)</source>
        <translation><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}) : %n occurrence</numerusform><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}) : %n occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="217"/>
        <source>{0} of %n hit(s)</source>
        <translation><numerusform>{0} sur %n occurrence</numerusform><numerusform>{0} sur %n occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="242"/>
        <source>Code %n concordance hit(s) of “{0}”</source>
        <translation><numerusform>Coder %n occurrence du concordancier de « {0} »</numerusform><numerusform>Coder %n occurrences du concordancier de « {0} »</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="247"/>
        <source>The keyword only</source>
        <translation>Le pivot seul</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="247"/>
        <source>The keyword with its context</source>
        <translation>Le pivot avec son contexte</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="248"/>
        <source>The keyword&apos;s sentence</source>
        <translation>La phrase du pivot</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="249"/>
        <source>Code these hits</source>
        <translation>Coder ces occurrences</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="249"/>
        <source>Code:</source>
        <translation>Coder :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="260"/>
        <source>Concordance</source>
        <translation>Concordancier</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="264"/>
        <source>Concordance (CSV)…</source>
        <translation>Concordancier (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="264"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="266"/>
        <source>Concordance (Excel)…</source>
        <translation>Concordancier (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/kwic_view.py" line="266"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="35"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="36"/>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="37"/>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="38"/>
        <source>Coded excerpts</source>
        <translation>Extraits codés</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="89"/>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="90"/>
        <source>Code the selected text with the selected code</source>
        <translation>Coder le texte sélectionné avec le code sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="91"/>
        <source>Code with…</source>
        <translation>Coder avec…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="92"/>
        <source>In-vivo code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="93"/>
        <source>New code named after the selection, and code it</source>
        <translation>Nouveau code nommé d’après la sélection, qui la code</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="94"/>
        <source>Uncode</source>
        <translation>Décoder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="95"/>
        <source>Remove the selected code&apos;s codings at the cursor or selection</source>
        <translation>Retirer les codages du code sélectionné au curseur ou dans la sélection</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="96"/>
        <source>Recode…</source>
        <translation>Recoder…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="97"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="98"/>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="99"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="101"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="105"/>
        <source>Quick code %1</source>
        <translation>Codage rapide %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="113"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="117"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="118"/>
        <source>Find and replace…</source>
        <translation>Rechercher et remplacer…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="119"/>
        <source>&amp;Coding</source>
        <translation>&amp;Codage</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="124"/>
        <source>Auto-code…</source>
        <translation>Codage automatique…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="126"/>
        <source>Coder…</source>
        <translation>Codeur…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="127"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="128"/>
        <source>Speakers and cases…</source>
        <translation>Locuteurs et cas…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="138"/>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="164"/>
        <source>Open a project (File &gt; Open project…) or create one (File &gt; New project…).</source>
        <translation>Ouvrez un projet (Fichier &gt; Ouvrir un projet…) ou créez-en un (Fichier &gt; Nouveau projet…).</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="166"/>
        <source>Import interview transcripts: File &gt; Import documents…</source>
        <translation>Importez des transcriptions d’entretiens : Fichier &gt; Importer des documents…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="168"/>
        <source>Select a passage, then a code, then “Code selection” (Ctrl+E) — or Ctrl+K to code by name, Ctrl+I for an in-vivo code.</source>
        <translation>Sélectionnez un passage, puis un code, puis « Coder la sélection » (Ctrl+E) — ou Ctrl+K pour coder par nom, Ctrl+I pour un code in vivo.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../../app/exchange/models.py" line="106"/>
        <source>%1 × %2: %3 (%n passage(s))</source>
        <translation><numerusform>%1 × %2 : %3 (%n passage)</numerusform><numerusform>%1 × %2 : %3 (%n passages)</numerusform></translation>
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
        <translation><numerusform>%1 × %2 : %n passage</numerusform><numerusform>%1 × %2 : %n passages</numerusform></translation>
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
        <translation><numerusform>%n document reconnu, %1.</numerusform><numerusform>%n documents reconnus, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="39"/>
        <source>%n added</source>
        <translation><numerusform>%n ajouté</numerusform><numerusform>%n ajoutés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="40"/>
        <source>%n coding(s) added, %1.</source>
        <translation><numerusform>%n codage ajouté, %1.</numerusform><numerusform>%n codages ajoutés, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="41"/>
        <source>%n already present</source>
        <translation><numerusform>%n déjà présent</numerusform><numerusform>%n déjà présents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="42"/>
        <source>%n memo(s) merged, %1.</source>
        <translation><numerusform>%n mémo fusionné, %1.</numerusform><numerusform>%n mémos fusionnés, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="43"/>
        <source>%n attribute value(s) filled in</source>
        <translation><numerusform>%n valeur d’attribut complétée</numerusform><numerusform>%n valeurs d’attribut complétées</numerusform></translation>
    </message>
</context>
<context>
    <name>PanelContext</name>
    <message numerus="yes">
        <location filename="../../app/lexpanel/context.py" line="56"/>
        <source>Code %n passage(s)</source>
        <translation><numerusform>Coder %n passage</numerusform><numerusform>Coder %n passages</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/context.py" line="90"/>
        <source>Code with…</source>
        <translation>Coder avec…</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/context.py" line="96"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/context.py" line="96"/>
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
        <location filename="../../app/lexpanel/param_forms.py" line="89"/>
        <location filename="../../app/lexpanel/param_forms.py" line="107"/>
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
        <location filename="../../app/lexpanel/param_forms.py" line="104"/>
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
        <location filename="../../app/lexpanel/param_forms.py" line="89"/>
        <source>Most frequent forms:</source>
        <translation>Formes les plus fréquentes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="90"/>
        <source>Index:</source>
        <translation>Indice :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="91"/>
        <source>Maximum spanning tree</source>
        <translation>Arbre maximum</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="97"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="98"/>
        <source>Edge threshold:</source>
        <translation>Seuil des arêtes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="103"/>
        <source>Variable:</source>
        <translation>Variable :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="105"/>
        <source>Forms:</source>
        <translation>Formes :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="105"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="106"/>
        <source>supplementary</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="110"/>
        <source>Form, lemma or regex:</source>
        <translation>Forme, lemme ou regex :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="111"/>
        <source>Search by:</source>
        <translation>Chercher par :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="112"/>
        <source>Context (characters):</source>
        <translation>Contexte (caractères) :</translation>
    </message>
</context>
<context>
    <name>PassageModel</name>
    <message>
        <location filename="../../app/exchange/models.py" line="131"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/exchange/models.py" line="131"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/exchange/models.py" line="131"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>PassageTable</name>
    <message numerus="yes">
        <location filename="../../app/exchange/passage_table.py" line="40"/>
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
</context>
<context>
    <name>PrepForm</name>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="160"/>
        <source>Corpus preparation</source>
        <translation>Préparation du corpus</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="163"/>
        <source>IRaMuTeQ dictionary</source>
        <translation>Dictionnaire d'IRaMuTeQ</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="164"/>
        <source>spaCy in context (slower)</source>
        <translation>spaCy en contexte (plus lent)</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="166"/>
        <source>IRaMuTeQ dictionary: each word form takes its lemma and part of speech from IRaMuTeQ&apos;s French dictionary, as IRaMuTeQ does.
spaCy in context: the part of speech read in each sentence by spaCy; its lemmas are kept only when they are words of the dictionary.</source>
        <translation>Dictionnaire d'IRaMuTeQ : chaque forme prend son lemme et sa catégorie dans le dictionnaire français d'IRaMuTeQ, comme dans IRaMuTeQ.
spaCy en contexte : la catégorie lue par spaCy dans chaque phrase ; ses lemmes ne sont gardés que s'ils sont des mots du dictionnaire.</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="169"/>
        <source>Lemmatise</source>
        <translation>Lemmatiser</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="173"/>
        <source>Lemmatiser:</source>
        <translation>Lemmatiseur :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="175"/>
        <source>Segment size (words):</source>
        <translation>Taille des segments (mots) :</translation>
    </message>
    <message>
        <location filename="../../app/lexpanel/param_forms.py" line="176"/>
        <source>Minimum frequency of active forms:</source>
        <translation>Fréquence minimale des formes actives :</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../app/project_actions.py" line="30"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="32"/>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="34"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="37"/>
        <source>Import documents…</source>
        <translation>Importer des documents…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="38"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="39"/>
        <source>Coded excerpts to Word (.docx)…</source>
        <translation>Extraits codés vers Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="40"/>
        <source>All codings to a table (CSV/XLSX)…</source>
        <translation>Tous les codages dans un tableau (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="42"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="47"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="54"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="55"/>
        <source>The new language is used from the next start of Verbatim.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Verbatim.</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="62"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="71"/>
        <source>Project in use</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="72"/>
        <source>This project is open in another Verbatim window or on another computer:

%1</source>
        <translation>Ce projet est ouvert dans une autre fenêtre de Verbatim ou sur un autre ordinateur :

%1</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="76"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="82"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="87"/>
        <location filename="../../app/project_actions.py" line="91"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../app/project_actions.py" line="92"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
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
        <translation><numerusform>Le logiciel qui a écrit ce fichier peut compter les positions à sa façon. Pour %n source, les sélections ne montrent pas clairement comment : choisissez la lecture sous laquelle les sélections tombent sur des mots entiers (la part indiquée pour chaque lecture).</numerusform><numerusform>Le logiciel qui a écrit ce fichier peut compter les positions à sa façon. Pour %n sources, les sélections ne montrent pas clairement comment : choisissez la lecture sous laquelle les sélections tombent sur des mots entiers (la part indiquée pour chaque lecture).</numerusform></translation>
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
        <location filename="../../app/exchange/refi_actions.py" line="88"/>
        <source>Export a REFI-QDA project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="91"/>
        <location filename="../../app/exchange/refi_actions.py" line="104"/>
        <source>REFI-QDA export: %1</source>
        <translation>Export REFI-QDA : %1</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="92"/>
        <location filename="../../app/exchange/refi_actions.py" line="105"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="101"/>
        <source>Export a REFI-QDA codebook</source>
        <translation>Exporter un livre de codes REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="33"/>
        <location filename="../../app/exchange/refi_actions.py" line="118"/>
        <location filename="../../app/exchange/refi_actions.py" line="151"/>
        <source>Import a REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="34"/>
        <source>Import the .qdpx into a new Verbatim project, or add it to the open project? Adding to the open project cannot be undone.</source>
        <translation>Importer le .qdpx dans un nouveau projet Verbatim, ou l’ajouter au projet ouvert ? L’ajout au projet ouvert est définitif.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="37"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../app/exchange/refi_actions.py" line="38"/>
        <source>Add to the open project</source>
        <translation>Ajouter au projet ouvert</translation>
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
        <location filename="../../app/lexviews/reinert_view.py" line="50"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="50"/>
        <location filename="../../app/lexviews/reinert_view.py" line="154"/>
        <location filename="../../app/lexviews/reinert_view.py" line="160"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="58"/>
        <source>Class %1 (%2 %) — %3</source>
        <translation>Classe %1 (%2 %) — %3</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="61"/>
        <source>Turn this class into a code…</source>
        <translation>Transformer cette classe en code…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="63"/>
        <source>Colour the document by class</source>
        <translation>Colorer le document par classe</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="67"/>
        <source>%1 classes, %2 of %3 segments classified</source>
        <translation>%1 classes, %2 segments classés sur %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/reinert_view.py" line="73"/>
        <source>%n small branch(es) left out</source>
        <translation><numerusform>%n petite branche écartée</numerusform><numerusform>%n petites branches écartées</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="75"/>
        <source>Phase-1 branches of fewer than %1 segments (the minimum class size) are not classes: they join their mother class or stay unclassified, as in IRaMuTeQ. To keep smaller classes, lower the minimum class size or raise the number of phase-1 classes.</source>
        <translation>Les branches de la phase 1 de moins de %1 segments (la taille minimale d’une classe) ne deviennent pas des classes : elles rejoignent leur classe mère ou restent non classées, comme dans IRaMuTeQ. Pour garder de plus petites classes, baissez la taille minimale ou augmentez le nombre de classes de la phase 1.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="78"/>
        <source>Class:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="91"/>
        <source>Words per class: </source>
        <translation>Mots par classe : </translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="95"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="95"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="95"/>
        <source>n in class</source>
        <translation>n dans la classe</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="96"/>
        <source>n total</source>
        <translation>n total</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="98"/>
        <source>Active forms</source>
        <translation>Formes actives</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="98"/>
        <source>Supplementary forms</source>
        <translation>Formes supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="98"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="99"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="101"/>
        <source>Anti-profile</source>
        <translation>Anti-profil</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="102"/>
        <source>Concordance of the form</source>
        <translation>Concordance de la forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="110"/>
        <source>Double-click a form to see its concordance.</source>
        <translation>Double-cliquez sur une forme pour voir sa concordance.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="111"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="111"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="111"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="113"/>
        <source>Double-click a segment to show it in its document.</source>
        <translation>Double-cliquez sur un segment pour le voir dans son document.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="116"/>
        <source>Classes and forms</source>
        <translation>Classes et formes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="117"/>
        <source>Classes and modalities (supplementary)</source>
        <translation>Classes et modalités (supplémentaires)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="122"/>
        <source>Segments per class; orange: over-represented, blue: under-represented (signed chi2, |chi2| &gt; 3.84).</source>
        <translation>Segments par classe ; orange : sur-représenté, bleu : sous-représenté (chi2 signé, |chi2| &gt; 3,84).</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="124"/>
        <source>Dendrogram</source>
        <translation>Dendrogramme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="124"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="125"/>
        <source>Typical segments</source>
        <translation>Segments caractéristiques</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="125"/>
        <source>Factor map</source>
        <translation>Plan factoriel</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="126"/>
        <source>Classes × attributes</source>
        <translation>Classes × attributs</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="127"/>
        <source>Classes × codes</source>
        <translation>Classes × codes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="150"/>
        <source>Reinert classification: %1 classes, %2 of %3 segments classified (%4 %)</source>
        <translation>Classification Reinert : %1 classes, %2 segments classés sur %3 (%4 %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="154"/>
        <source>%1 seg. (%2 %)</source>
        <translation>%1 seg. (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="153"/>
        <source>No class: nothing was classified.</source>
        <translation>Aucune classe : rien n’a été classé.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="160"/>
        <source>Axis %1 (%2 %)</source>
        <translation>Axe %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="161"/>
        <source>No factor map (it needs at least 3 classes).</source>
        <translation>Pas de plan factoriel (il faut au moins 3 classes).</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="192"/>
        <source>Reinert classes/Class %1 (%2)</source>
        <translation>Classes Reinert/Classe %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="199"/>
        <source>Turn this class into a code</source>
        <translation>Transformer cette classe en code</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="200"/>
        <source>Code (Parent/Child):</source>
        <translation>Code (Parent/Enfant) :</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="203"/>
        <source>Code class %1</source>
        <translation>Coder la classe %1</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="219"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="220"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="223"/>
        <source>Dendrogram…</source>
        <translation>Dendrogramme…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="224"/>
        <source>Factor map…</source>
        <translation>Plan factoriel…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="225"/>
        <source>Profiles of the class…</source>
        <translation>Profils de la classe…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="226"/>
        <source>Typical segments of the class…</source>
        <translation>Segments caractéristiques de la classe…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="227"/>
        <source>Classes × attributes…</source>
        <translation>Classes × attributs…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/reinert_view.py" line="228"/>
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
        <translation><numerusform>%n occurrence remplacée</numerusform><numerusform>%n occurrences remplacées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="76"/>
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
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
        <translation><numerusform>Remplacer %n occurrence</numerusform><numerusform>Remplacer %n occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="104"/>
        <source>in %n document(s)?</source>
        <translation><numerusform>dans %n document ?</numerusform><numerusform>dans %n documents ?</numerusform></translation>
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
        <location filename="../../app/lexviews/simi_view.py" line="96"/>
        <source>, maximum tree</source>
        <translation>, arbre maximum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="97"/>
        <source>%n form(s), {0} — index: {1}{2}.</source>
        <translation><numerusform>%n forme, {0} — indice : {1}{2}.</numerusform><numerusform>%n formes, {0} — indice : {1}{2}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="98"/>
        <source>%n edge(s)</source>
        <translation><numerusform>%n arête</numerusform><numerusform>%n arêtes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="99"/>
        <source>Wheel: zoom; drag: pan or move a form; double-click: concordance.</source>
        <translation>Molette : zoom ; glisser : déplacer la vue ou une forme ; double-clic : concordancier.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="106"/>
        <source>Find a form…</source>
        <translation>Chercher une forme…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="119"/>
        <source>Edges ≥</source>
        <translation>Arêtes ≥</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="122"/>
        <source>Community halos</source>
        <translation>Halos des communautés</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="124"/>
        <source>All labels</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="125"/>
        <source>Show every label, even where labels overlap</source>
        <translation>Afficher toutes les étiquettes, même quand elles se chevauchent</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="130"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="130"/>
        <source>Re-layout</source>
        <translation>Nouvelle disposition</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="157"/>
        <source>{0:g} (%n edge(s))</source>
        <translation><numerusform>{0:g} (%n arête)</numerusform><numerusform>{0:g} (%n arêtes)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="228"/>
        <source>Similarity graph</source>
        <translation>Graphe de similitudes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="234"/>
        <source>Graph (PNG)…</source>
        <translation>Graphe (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="234"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="236"/>
        <source>Graph (SVG)…</source>
        <translation>Graphe (SVG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/simi_view.py" line="236"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>SpecificitiesView</name>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="92"/>
        <location filename="../../app/lexviews/spec_view.py" line="189"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="92"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="97"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="98"/>
        <source>Top forms</source>
        <translation>Formes caractéristiques</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="99"/>
        <source>CA map</source>
        <translation>Carte AFC</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="102"/>
        <source>hypergeometric law, signed log10 p</source>
        <translation>loi hypergéométrique, log10 p signé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/spec_view.py" line="105"/>
        <source>… (%n modalities)</source>
        <translation><numerusform>… (%n modalité)</numerusform><numerusform>… (%n modalités)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="106"/>
        <source>Specificities of &lt;b&gt;{0}&lt;/b&gt; ({1}); sizes: {2}</source>
        <translation>Spécificités de &lt;b&gt;{0}&lt;/b&gt; ({1}) ; tailles : {2}</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="127"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="131"/>
        <source>Red: over-represented, blue: under-represented. Click a header to sort.</source>
        <translation>Rouge : sur-représenté, bleu : sous-représenté. Cliquez sur un en-tête pour trier.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="159"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="168"/>
        <source>Over-represented</source>
        <translation>Sur-représentées</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="168"/>
        <source>Under-represented</source>
        <translation>Sous-représentées</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="189"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="189"/>
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="200"/>
        <source>Axis {0} ({1:.1f} %)</source>
        <translation>Axe {0} ({1:.1f} %)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="202"/>
        <source>Correspondence analysis: {0}</source>
        <translation>Analyse factorielle des correspondances : {0}</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="206"/>
        <source>The map needs at least three modalities.</source>
        <translation>La carte demande au moins trois modalités.</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="230"/>
        <source>Specificities</source>
        <translation>Spécificités</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="235"/>
        <source>no map: fewer than three modalities</source>
        <translation>pas de carte : moins de trois modalités</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="242"/>
        <source>Specificities (CSV)…</source>
        <translation>Spécificités (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="242"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="244"/>
        <source>Specificities (Excel)…</source>
        <translation>Spécificités (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="244"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="249"/>
        <source>CA map (PNG)…</source>
        <translation>Carte AFC (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="249"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="251"/>
        <source>CA map (SVG)…</source>
        <translation>Carte AFC (SVG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/spec_view.py" line="251"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="98"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="98"/>
        <source>supplementary</source>
        <translation>supplémentaire</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="99"/>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="100"/>
        <source>Lemma</source>
        <translation>Lemme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="100"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="100"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="101"/>
        <source>POS</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="101"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="104"/>
        <source>rank (log)</source>
        <translation>rang (log)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="104"/>
        <source>frequency (log)</source>
        <translation>fréquence (log)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="105"/>
        <source>ideal Zipf (f1 / rank)</source>
        <translation>Zipf idéal (f1 / rang)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="135"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="135"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="136"/>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="136"/>
        <source>Forms</source>
        <translation>Formes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="137"/>
        <source>Hapax (forms)</source>
        <translation>Hapax (formes)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="137"/>
        <source>{0} ({1} of forms, {2} of occurrences)</source>
        <translation>{0} ({1} des formes, {2} des occurrences)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="140"/>
        <source>Lemmas</source>
        <translation>Lemmes</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="141"/>
        <source>Hapax (lemmas)</source>
        <translation>Hapax (lemmes)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="141"/>
        <source>{0} ({1} of lemmas, {2} of occurrences)</source>
        <translation>{0} ({1} des lemmes, {2} des occurrences)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="143"/>
        <source>Mean occurrences per text</source>
        <translation>Moyenne d’occurrences par texte</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="144"/>
        <source>Active forms</source>
        <translation>Formes actives</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="145"/>
        <source>Supplementary forms</source>
        <translation>Formes supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="149"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="163"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="167"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="167"/>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="168"/>
        <source>Supplementary</source>
        <translation>Supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="184"/>
        <source>Double-click a row to open its concordance</source>
        <translation>Double-cliquez sur une ligne pour ouvrir son concordancier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/stats_view.py" line="202"/>
        <source>{0} of %n row(s)</source>
        <translation><numerusform>{0} sur %n ligne</numerusform><numerusform>{0} sur %n lignes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="213"/>
        <source>Frequencies</source>
        <translation>Fréquences</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="224"/>
        <source>Frequencies (CSV)…</source>
        <translation>Fréquences (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="224"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="226"/>
        <source>Frequencies (Excel)…</source>
        <translation>Fréquences (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="226"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="228"/>
        <source>Zipf plot (PNG)…</source>
        <translation>Courbe de Zipf (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="228"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="230"/>
        <source>Zipf plot (SVG)…</source>
        <translation>Courbe de Zipf (SVG)…</translation>
    </message>
    <message>
        <location filename="../../app/lexviews/stats_view.py" line="230"/>
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
        <translation><numerusform>%n ligne. Vérifiez les colonnes devinées :</numerusform><numerusform>%n lignes. Vérifiez les colonnes devinées :</numerusform></translation>
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
        <translation><numerusform>%n codage a perdu tout son texte et a été supprimé :</numerusform><numerusform>%n codages ont perdu tout leur texte et ont été supprimés :</numerusform></translation>
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

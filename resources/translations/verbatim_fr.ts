<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutocodeDialog</name>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="39"/>
        <source>Auto-code</source>
        <translation>Codage automatique</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="44"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="44"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="44"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="49"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="50"/>
        <source>Code hits</source>
        <translation>Coder les occurrences</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="51"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="68"/>
        <source>word, phrase or regular expression</source>
        <translation>mot, expression ou expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="69"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="70"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="71"/>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="72"/>
        <source>Ignore accents (é = e)</source>
        <translation>Ignorer les accents (é = e)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="73"/>
        <source>l’ = l&apos; (apostrophes)</source>
        <translation>l’ = l&apos; (apostrophes)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="75"/>
        <source>the match only</source>
        <translation>l’occurrence seule</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="75"/>
        <source>its sentence</source>
        <translation>sa phrase</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="76"/>
        <source>the whole turn</source>
        <translation>tout le tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="78"/>
        <source>Leave out the interviewer</source>
        <translation>Exclure l’enquêteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="80"/>
        <source>Speakers whose turns are searched</source>
        <translation>Locuteurs dont les tours de parole sont cherchés</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="87"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="92"/>
        <source>Code:</source>
        <translation>Coder :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="96"/>
        <source>Existing code</source>
        <translation>Code existant</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="97"/>
        <source>New code (Parent/Child)</source>
        <translation>Nouveau code (Parent/Enfant)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="103"/>
        <source>Theme/Sub-theme</source>
        <translation>Thème/Sous-thème</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="112"/>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="129"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="152"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="153"/>
        <source>Code %n hit(s)</source>
        <translation>
            <numerusform>Coder %n occurrence</numerusform>
            <numerusform>Coder %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="165"/>
        <source>Auto-code %n passage(s)</source>
        <translation>
            <numerusform>Codage automatique de %n passage</numerusform>
            <numerusform>Codage automatique de %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dialogs/autocode.py" line="169"/>
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
        <source>Merge %1 into %2? Their turns move to %2. This cannot be undone.</source>
        <translation>Fusionner %1 dans %2 ? Leurs tours de parole passent à %2. Cette opération ne peut pas être annulée.</translation>
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
    <name>CodePicker</name>
    <message>
        <location filename="../../app/dialogs/code_picker.py" line="26"/>
        <source>Code with…</source>
        <translation>Coder avec…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/code_picker.py" line="33"/>
        <source>Type to filter codes…</source>
        <translation>Tapez pour filtrer les codes…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/code_picker.py" line="54"/>
        <source>Create code “%1”</source>
        <translation>Créer le code « %1 »</translation>
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
        <location filename="../../app/widgets/codebook_panel.py" line="41"/>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="44"/>
        <location filename="../../app/widgets/codebook_panel.py" line="128"/>
        <location filename="../../app/widgets/codebook_panel.py" line="133"/>
        <location filename="../../app/widgets/codebook_panel.py" line="172"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="46"/>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="47"/>
        <source>Code on click</source>
        <translation>Coder au clic</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="48"/>
        <source>When on, clicking a code codes the selected text with it</source>
        <translation>Activé : cliquer sur un code code le texte sélectionné avec lui</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="128"/>
        <source>Name of the new code:</source>
        <translation>Nom du nouveau code :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="144"/>
        <source>Code colour</source>
        <translation>Couleur du code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="146"/>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="150"/>
        <source>Merge “%1” into…</source>
        <translation>Fusionner « %1 » dans…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="153"/>
        <source>Merge codes</source>
        <translation>Fusionner les codes</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="159"/>
        <source>Delete the code “%1”?</source>
        <translation>Supprimer le code « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="160"/>
        <source>%n coding(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n codage sera supprimé avec lui.</numerusform>
            <numerusform>%n codages seront supprimés avec lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="162"/>
        <source>%n sub-code(s) will be deleted too.</source>
        <translation>
            <numerusform>%n sous-code sera aussi supprimé.</numerusform>
            <numerusform>%n sous-codes seront aussi supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="163"/>
        <location filename="../../app/widgets/codebook_panel.py" line="167"/>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="174"/>
        <source>New sub-code</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="176"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="177"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="178"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="179"/>
        <source>Quick-code key</source>
        <translation>Touche de codage rapide</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="181"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="182"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/codebook_panel.py" line="193"/>
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
        <location filename="../../app/coding_actions.py" line="35"/>
        <source>Select a passage of the document first.</source>
        <translation>Sélectionnez d’abord un passage du document.</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="42"/>
        <source>Select a code in the codebook first.</source>
        <translation>Sélectionnez d’abord un code dans le livre de codes.</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="51"/>
        <location filename="../../app/coding_actions.py" line="74"/>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="60"/>
        <source>No code is pinned to key %1 (codebook: right-click a code).</source>
        <translation>Aucun code n’est associé à la touche %1 (livre de codes : clic droit sur un code).</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="72"/>
        <source>Code with new code</source>
        <translation>Coder avec un nouveau code</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="89"/>
        <source>In-vivo code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="106"/>
        <location filename="../../app/coding_actions.py" line="114"/>
        <source>No coding of the selected code here.</source>
        <translation>Aucun codage du code sélectionné ici.</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="116"/>
        <source>Recode with…</source>
        <translation>Recoder avec…</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="121"/>
        <source>Recode</source>
        <translation>Recoder</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="134"/>
        <source>Code turn</source>
        <translation>Coder le tour de parole</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="143"/>
        <source>Code every turn of %1</source>
        <translation>Coder tous les tours de %1</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="158"/>
        <source>Code this turn with “%1”</source>
        <translation>Coder ce tour de parole avec « %1 »</translation>
    </message>
    <message>
        <location filename="../../app/coding_actions.py" line="161"/>
        <source>Code every turn of %1 with “%2”</source>
        <translation>Coder tous les tours de %1 avec « %2 »</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/widgets/document_viewer.py" line="48"/>
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
    <message>
        <location filename="../../app/models/documents.py" line="129"/>
        <source>%1 — %2 turns</source>
        <translation>%1 — %2 tours de parole</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/widgets/documents_panel.py" line="31"/>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/documents_panel.py" line="46"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <location filename="../../app/widgets/excerpts_panel.py" line="75"/>
        <source>Speaker:</source>
        <translation>Locuteur :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="78"/>
        <source>Coder:</source>
        <translation>Codeur :</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="94"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="94"/>
        <source>(any attribute)</source>
        <translation>(tout attribut)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/excerpts_panel.py" line="106"/>
        <source>(any value)</source>
        <translation>(toute valeur)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/excerpts_panel.py" line="120"/>
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n extrait</numerusform>
            <numerusform>%n extraits</numerusform>
        </translation>
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
        <location filename="../../app/dialogs/export_docx.py" line="44"/>
        <source>Codes to export</source>
        <translation>Codes à exporter</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="46"/>
        <source>Include sub-codes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="47"/>
        <source>Code descriptions</source>
        <translation>Descriptions des codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="48"/>
        <source>Code memos</source>
        <translation>Mémos des codes</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="49"/>
        <source>Speaker attributes</source>
        <translation>Attributs du locuteur</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="51"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="52"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="59"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="60"/>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="61"/>
        <source>Document language:</source>
        <translation>Langue du document :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="65"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="108"/>
        <source>Tick at least one code.</source>
        <translation>Cochez au moins un code.</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="118"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/export_docx.py" line="133"/>
        <source>Export codings</source>
        <translation>Exporter les codages</translation>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="76"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="91"/>
        <location filename="../../app/dialogs/import_dialog.py" line="139"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="117"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="119"/>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="131"/>
        <source>%1 document(s) imported.</source>
        <translation>%1 document(s) importé(s).</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="133"/>
        <source>Already in the project (skipped): %1</source>
        <translation>Déjà dans le projet (ignorés) : %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="135"/>
        <source>New speakers: %1</source>
        <translation>Nouveaux locuteurs : %1</translation>
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
        <location filename="../../app/main_window.py" line="79"/>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="80"/>
        <source>Code the selected text with the selected code</source>
        <translation>Coder le texte sélectionné avec le code sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="81"/>
        <source>Code with…</source>
        <translation>Coder avec…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="82"/>
        <source>In-vivo code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="83"/>
        <source>New code named after the selection, and code it</source>
        <translation>Nouveau code nommé d’après la sélection, qui la code</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="84"/>
        <source>Uncode</source>
        <translation>Décoder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="85"/>
        <source>Remove the selected code&apos;s codings at the cursor or selection</source>
        <translation>Retirer les codages du code sélectionné au curseur ou dans la sélection</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="86"/>
        <source>Recode…</source>
        <translation>Recoder…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="87"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="88"/>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="89"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="91"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="95"/>
        <source>Quick code %1</source>
        <translation>Codage rapide %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="103"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="106"/>
        <source>&amp;Coding</source>
        <translation>&amp;Codage</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="111"/>
        <source>Auto-code…</source>
        <translation>Codage automatique…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="113"/>
        <source>Coder…</source>
        <translation>Codeur…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="114"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="115"/>
        <source>Speakers and cases…</source>
        <translation>Locuteurs et cas…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="119"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="125"/>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
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
    <name>SurveyColumnsDialog</name>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="39"/>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="47"/>
        <source>(row number)</source>
        <translation>(numéro de ligne)</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="60"/>
        <source>Free-text answers:</source>
        <translation>Réponses libres :</translation>
    </message>
    <message>
        <location filename="../../app/dialogs/import_dialog.py" line="61"/>
        <source>Respondent id:</source>
        <translation>Identifiant du répondant :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="63"/>
        <source>%n row(s). Check the guessed columns:</source>
        <translation>
            <numerusform>%n ligne. Vérifiez les colonnes devinées :</numerusform>
            <numerusform>%n lignes. Vérifiez les colonnes devinées :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/jobs.py" line="78"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>

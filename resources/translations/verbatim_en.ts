<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/agreement_dialog.py" line="197"/>
        <source>A = %1, B = %2. %n passage(s) where they differ (double-click to read it):</source>
        <translation><numerusform>A = %1, B = %2. %Ln passage where they differ (double-click to read it):</numerusform><numerusform>A = %1, B = %2. %Ln passages where they differ (double-click to read it):</numerusform></translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="203"/>
        <source>%n hit(s)</source>
        <translation><numerusform>%Ln hit</numerusform><numerusform>%Ln hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="204"/>
        <source>Code %n hit(s)</source>
        <translation><numerusform>Code %Ln hit</numerusform><numerusform>Code %Ln hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="230"/>
        <source>Auto-code %n passage(s)</source>
        <translation><numerusform>Auto-code %Ln passage</numerusform><numerusform>Auto-code %Ln passages</numerusform></translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="231"/>
        <source>%n coding(s) will be deleted with it.</source>
        <translation><numerusform>%Ln coding will be deleted with it.</numerusform><numerusform>%Ln codings will be deleted with it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="233"/>
        <source>%n sub-code(s) will be deleted too.</source>
        <translation><numerusform>%Ln sub-code will be deleted too.</numerusform><numerusform>%Ln sub-codes will be deleted too.</numerusform></translation>
    </message>
</context>
<context>
    <name>DataLossDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="40"/>
        <source>%n case(s)</source>
        <translation><numerusform>%Ln case</numerusform><numerusform>%Ln cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="40"/>
        <source>%n code(s)</source>
        <translation><numerusform>%Ln code</numerusform><numerusform>%Ln codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="41"/>
        <source>%n coding(s)</source>
        <translation><numerusform>%Ln coding</numerusform><numerusform>%Ln codings</numerusform></translation>
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
        <translation><numerusform>%Ln memo</numerusform><numerusform>%Ln memos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n turn(s)</source>
        <translation><numerusform>%Ln turn</numerusform><numerusform>%Ln turns</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n attribute value(s)</source>
        <translation><numerusform>%Ln attribute value</numerusform><numerusform>%Ln attribute values</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="57"/>
        <source>For %n source(s) no reading of the positions was convincing: check their codings (see Positions below).</source>
        <translation><numerusform>For %Ln source no reading of the positions was convincing: check their codings (see Positions below).</numerusform><numerusform>For %Ln sources no reading of the positions was convincing: check their codings (see Positions below).</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <location filename="../../app/models/documents.py" line="153"/>
        <source>%1 — %n turn(s)</source>
        <translation><numerusform>%1 — %Ln turn</numerusform><numerusform>%1 — %Ln turns</numerusform></translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message numerus="yes">
        <location filename="../../app/widgets/excerpts_panel.py" line="144"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%Ln excerpt</numerusform><numerusform>%Ln excerpts</numerusform></translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_model.py" line="82"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%Ln excerpt</numerusform><numerusform>%Ln excerpts</numerusform></translation>
    </message>
</context>
<context>
    <name>GridWindow</name>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_window.py" line="175"/>
        <source>%n row(s) in italics are documents, not speakers: their coded passages have no speaker (survey answers, PDF or text files without turns), so the document stands for the row.</source>
        <translation><numerusform>%Ln row in italics are documents, not speakers: their coded passages have no speaker (survey answers, PDF or text files without turns), so the document stands for the row.</numerusform><numerusform>%Ln rows in italics are documents, not speakers: their coded passages have no speaker (survey answers, PDF or text files without turns), so the document stands for the row.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_window.py" line="196"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%Ln excerpt</numerusform><numerusform>%Ln excerpts</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="168"/>
        <source>%n document(s) imported.</source>
        <translation><numerusform>%Ln document imported.</numerusform><numerusform>%Ln documents imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="171"/>
        <source>%n file(s) could not be read. Nothing was imported (an import stores all its files or none): fix or remove the files below, then import again.</source>
        <translation><numerusform>%Ln file could not be read. Nothing was imported (an import stores all its files or none): fix or remove the files below, then import again.</numerusform><numerusform>%Ln files could not be read. Nothing was imported (an import stores all its files or none): fix or remove the files below, then import again.</numerusform></translation>
    </message>
</context>
<context>
    <name>IramuteqDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/iramuteq_dialog.py" line="88"/>
        <source>%n text(s) written, %1.</source>
        <translation><numerusform>%Ln text written, %1.</numerusform><numerusform>%Ln texts written, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/iramuteq_dialog.py" line="89"/>
        <source>%n variable(s)</source>
        <translation><numerusform>%Ln variable</numerusform><numerusform>%Ln variables</numerusform></translation>
    </message>
</context>
<context>
    <name>KwicView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="138"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): %n hit(s)</source>
        <translation><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}): %Ln hit</numerusform><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}): %Ln hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="218"/>
        <source>{0} of %n hit(s)</source>
        <translation><numerusform>{0} of %Ln hit</numerusform><numerusform>{0} of %Ln hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="243"/>
        <source>Code %n concordance hit(s) of “{0}”</source>
        <translation><numerusform>Code %Ln concordance hit of “{0}”</numerusform><numerusform>Code %Ln concordance hits of “{0}”</numerusform></translation>
    </message>
</context>
<context>
    <name>LexiconActions</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/lexicon_edit.py" line="148"/>
        <source>Set the status of %n unit(s)</source>
        <translation><numerusform>Set the status of %Ln unit</numerusform><numerusform>Set the status of %Ln units</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/lexicon_edit.py" line="182"/>
        <source>Merge %n lemma(s)</source>
        <translation><numerusform>Merge %Ln lemma</numerusform><numerusform>Merge %Ln lemmas</numerusform></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../../app/exchange/models.py" line="107"/>
        <source>%1 × %2: %3 (%n passage(s))</source>
        <translation><numerusform>%1 × %2: %3 (%Ln passage)</numerusform><numerusform>%1 × %2: %3 (%Ln passages)</numerusform></translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message numerus="yes">
        <location filename="../../app/exchange/matrix_tab.py" line="166"/>
        <source>%1 × %2: %n passage(s)</source>
        <translation><numerusform>%1 × %2: %Ln passage</numerusform><numerusform>%1 × %2: %Ln passages</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="38"/>
        <source>%n document(s) matched, %1.</source>
        <translation><numerusform>%Ln document matched, %1.</numerusform><numerusform>%Ln documents matched, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="39"/>
        <source>%n added</source>
        <translation><numerusform>%Ln added</numerusform><numerusform>%Ln added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="40"/>
        <source>%n coding(s) added, %1.</source>
        <translation><numerusform>%Ln coding added, %1.</numerusform><numerusform>%Ln codings added, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="41"/>
        <source>%n already present</source>
        <translation><numerusform>%Ln already present</numerusform><numerusform>%Ln already present</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="42"/>
        <source>%n memo(s) merged, %1.</source>
        <translation><numerusform>%Ln memo merged, %1.</numerusform><numerusform>%Ln memos merged, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="43"/>
        <source>%n attribute value(s) filled in</source>
        <translation><numerusform>%Ln attribute value filled in</numerusform><numerusform>%Ln attribute values filled in</numerusform></translation>
    </message>
</context>
<context>
    <name>PanelContext</name>
    <message numerus="yes">
        <location filename="../../app/lexpanel/context.py" line="66"/>
        <source>Code %n passage(s)</source>
        <translation><numerusform>Code %Ln passage</numerusform><numerusform>Code %Ln passages</numerusform></translation>
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
    <name>ProjectActions</name>
    <message numerus="yes">
        <location filename="../../app/project_actions.py" line="125"/>
        <source>%n coding(s) exported to %1</source>
        <translation><numerusform>%Ln coding exported to %1</numerusform><numerusform>%Ln codings exported to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project_actions.py" line="136"/>
        <source>Auto-coding done: %n passage(s) coded with “%1”.</source>
        <translation><numerusform>Auto-coding done: %Ln passage coded with “%1”.</numerusform><numerusform>Auto-coding done: %Ln passages coded with “%1”.</numerusform></translation>
    </message>
</context>
<context>
    <name>PseudonymiseDialog</name>
    <message numerus="yes">
        <location filename="../../app/pseudo/dialog.py" line="155"/>
        <source>%n form(s) found. Check each one, then write the copy.</source>
        <translation><numerusform>%Ln form found. Check each one, then write the copy.</numerusform><numerusform>%Ln forms found. Check each one, then write the copy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/pseudo/dialog.py" line="174"/>
        <source>%n form(s) now replaced by “%1”.</source>
        <translation><numerusform>%Ln form now replaced by “%1”.</numerusform><numerusform>%Ln forms now replaced by “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/pseudo/dialog.py" line="273"/>
        <source>%n occurrence(s) replaced in the copy.</source>
        <translation><numerusform>%Ln occurrence replaced in the copy.</numerusform><numerusform>%Ln occurrences replaced in the copy.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingsDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/readings_dialog.py" line="37"/>
        <source>The tool that wrote this file may count positions in its own way. For %n source(s) the selections do not show clearly how: choose the reading under which the selections fall on whole words (the share shown for each reading).</source>
        <translation><numerusform>The tool that wrote this file may count positions in its own way. For %Ln source the selections do not show clearly how: choose the reading under which the selections fall on whole words (the share shown for each reading).</numerusform><numerusform>The tool that wrote this file may count positions in its own way. For %Ln sources the selections do not show clearly how: choose the reading under which the selections fall on whole words (the share shown for each reading).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReinertView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/reinert_view.py" line="82"/>
        <source>%n small branch(es) left out</source>
        <translation><numerusform>%Ln small branch left out</numerusform><numerusform>%Ln small branches left out</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="75"/>
        <source>%n occurrence(s) replaced</source>
        <translation><numerusform>%Ln occurrence replaced</numerusform><numerusform>%Ln occurrences replaced</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="76"/>
        <source>%n document(s)</source>
        <translation><numerusform>%Ln document</numerusform><numerusform>%Ln documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="103"/>
        <source>Replace %n occurrence(s)</source>
        <translation><numerusform>Replace %Ln occurrence</numerusform><numerusform>Replace %Ln occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="104"/>
        <source>in %n document(s)?</source>
        <translation><numerusform>in %Ln document?</numerusform><numerusform>in %Ln documents?</numerusform></translation>
    </message>
</context>
<context>
    <name>SimilarityView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="98"/>
        <source>%n form(s), {0} — index: {1}{2}.</source>
        <translation><numerusform>%Ln form, {0} — index: {1}{2}.</numerusform><numerusform>%Ln forms, {0} — index: {1}{2}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="99"/>
        <source>%n edge(s)</source>
        <translation><numerusform>%Ln edge</numerusform><numerusform>%Ln edges</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="158"/>
        <source>{0} (%n edge(s))</source>
        <translation><numerusform>{0} (%Ln edge)</numerusform><numerusform>{0} (%Ln edges)</numerusform></translation>
    </message>
</context>
<context>
    <name>SpecificitiesView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/spec_view.py" line="106"/>
        <source>… (%n modalities)</source>
        <translation><numerusform>… (%Ln modality)</numerusform><numerusform>… (%Ln modalities)</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/stats_view.py" line="235"/>
        <source>{0} of %n row(s)</source>
        <translation><numerusform>{0} of %Ln row</numerusform><numerusform>{0} of %Ln rows</numerusform></translation>
    </message>
</context>
<context>
    <name>SurveyColumnsDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="76"/>
        <source>%n row(s). Check the guessed columns:</source>
        <translation><numerusform>%Ln row. Check the guessed columns:</numerusform><numerusform>%Ln rows. Check the guessed columns:</numerusform></translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message numerus="yes">
        <location filename="../../app/text_actions.py" line="106"/>
        <source>%n coding(s) lost all their text and were removed:</source>
        <translation><numerusform>%Ln coding lost all their text and were removed:</numerusform><numerusform>%Ln codings lost all their text and were removed:</numerusform></translation>
    </message>
</context>
</TS>

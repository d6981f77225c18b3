<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/agreement_dialog.py" line="197"/>
        <source>A = %1, B = %2. %n passage(s) where they differ (double-click to read it):</source>
        <translation><numerusform>A = %1, B = %2. %n passage where they differ (double-click to read it):</numerusform><numerusform>A = %1, B = %2. %n passages where they differ (double-click to read it):</numerusform></translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="203"/>
        <source>%n hit(s)</source>
        <translation><numerusform>%n hit</numerusform><numerusform>%n hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="204"/>
        <source>Code %n hit(s)</source>
        <translation><numerusform>Code %n hit</numerusform><numerusform>Code %n hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/autocode.py" line="230"/>
        <source>Auto-code %n passage(s)</source>
        <translation><numerusform>Auto-code %n passage</numerusform><numerusform>Auto-code %n passages</numerusform></translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="231"/>
        <source>%n coding(s) will be deleted with it.</source>
        <translation><numerusform>%n coding will be deleted with it.</numerusform><numerusform>%n codings will be deleted with it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/codebook_panel.py" line="233"/>
        <source>%n sub-code(s) will be deleted too.</source>
        <translation><numerusform>%n sub-code will be deleted too.</numerusform><numerusform>%n sub-codes will be deleted too.</numerusform></translation>
    </message>
</context>
<context>
    <name>DataLossDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="40"/>
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="40"/>
        <source>%n code(s)</source>
        <translation><numerusform>%n code</numerusform><numerusform>%n codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="41"/>
        <source>%n coding(s)</source>
        <translation><numerusform>%n coding</numerusform><numerusform>%n codings</numerusform></translation>
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
        <translation><numerusform>%n memo</numerusform><numerusform>%n memos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n turn(s)</source>
        <translation><numerusform>%n turn</numerusform><numerusform>%n turns</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="43"/>
        <source>%n attribute value(s)</source>
        <translation><numerusform>%n attribute value</numerusform><numerusform>%n attribute values</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/loss_dialog.py" line="57"/>
        <source>For %n source(s) no reading of the positions was convincing: check their codings (see Positions below).</source>
        <translation><numerusform>For %n source no reading of the positions was convincing: check their codings (see Positions below).</numerusform><numerusform>For %n sources no reading of the positions was convincing: check their codings (see Positions below).</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <location filename="../../app/models/documents.py" line="153"/>
        <source>%1 — %n turn(s)</source>
        <translation><numerusform>%1 — %n turn</numerusform><numerusform>%1 — %n turns</numerusform></translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message numerus="yes">
        <location filename="../../app/widgets/excerpts_panel.py" line="144"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%n excerpt</numerusform><numerusform>%n excerpts</numerusform></translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_model.py" line="82"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%n excerpt</numerusform><numerusform>%n excerpts</numerusform></translation>
    </message>
</context>
<context>
    <name>GridWindow</name>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_window.py" line="175"/>
        <source>%n row(s) in italics are documents, not speakers: their coded passages have no speaker (survey answers, PDF or text files without turns), so the document stands for the row.</source>
        <translation><numerusform>%n row in italics are documents, not speakers: their coded passages have no speaker (survey answers, PDF or text files without turns), so the document stands for the row.</numerusform><numerusform>%n rows in italics are documents, not speakers: their coded passages have no speaker (survey answers, PDF or text files without turns), so the document stands for the row.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/grid_window.py" line="196"/>
        <source>%n excerpt(s)</source>
        <translation><numerusform>%n excerpt</numerusform><numerusform>%n excerpts</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="167"/>
        <source>%n document(s) imported.</source>
        <translation><numerusform>%n document imported.</numerusform><numerusform>%n documents imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="170"/>
        <source>%n file(s) could not be read. Nothing was imported (an import stores all its files or none): fix or remove the files below, then import again.</source>
        <translation><numerusform>%n file could not be read. Nothing was imported (an import stores all its files or none): fix or remove the files below, then import again.</numerusform><numerusform>%n files could not be read. Nothing was imported (an import stores all its files or none): fix or remove the files below, then import again.</numerusform></translation>
    </message>
</context>
<context>
    <name>IramuteqDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/iramuteq_dialog.py" line="88"/>
        <source>%n text(s) written, %1.</source>
        <translation><numerusform>%n text written, %1.</numerusform><numerusform>%n texts written, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/iramuteq_dialog.py" line="89"/>
        <source>%n variable(s)</source>
        <translation><numerusform>%n variable</numerusform><numerusform>%n variables</numerusform></translation>
    </message>
</context>
<context>
    <name>KwicView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="138"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): %n hit(s)</source>
        <translation><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}): %n hit</numerusform><numerusform>&lt;b&gt;{0}&lt;/b&gt; ({1}): %n hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="218"/>
        <source>{0} of %n hit(s)</source>
        <translation><numerusform>{0} of %n hit</numerusform><numerusform>{0} of %n hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/kwic_view.py" line="243"/>
        <source>Code %n concordance hit(s) of “{0}”</source>
        <translation><numerusform>Code %n concordance hit of “{0}”</numerusform><numerusform>Code %n concordance hits of “{0}”</numerusform></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../../app/exchange/models.py" line="107"/>
        <source>%1 × %2: %3 (%n passage(s))</source>
        <translation><numerusform>%1 × %2: %3 (%n passage)</numerusform><numerusform>%1 × %2: %3 (%n passages)</numerusform></translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message numerus="yes">
        <location filename="../../app/exchange/matrix_tab.py" line="166"/>
        <source>%1 × %2: %n passage(s)</source>
        <translation><numerusform>%1 × %2: %n passage</numerusform><numerusform>%1 × %2: %n passages</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="38"/>
        <source>%n document(s) matched, %1.</source>
        <translation><numerusform>%n document matched, %1.</numerusform><numerusform>%n documents matched, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="39"/>
        <source>%n added</source>
        <translation><numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="40"/>
        <source>%n coding(s) added, %1.</source>
        <translation><numerusform>%n coding added, %1.</numerusform><numerusform>%n codings added, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="41"/>
        <source>%n already present</source>
        <translation><numerusform>%n already present</numerusform><numerusform>%n already present</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="42"/>
        <source>%n memo(s) merged, %1.</source>
        <translation><numerusform>%n memo merged, %1.</numerusform><numerusform>%n memos merged, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/exchange/merge_dialog.py" line="43"/>
        <source>%n attribute value(s) filled in</source>
        <translation><numerusform>%n attribute value filled in</numerusform><numerusform>%n attribute values filled in</numerusform></translation>
    </message>
</context>
<context>
    <name>PanelContext</name>
    <message numerus="yes">
        <location filename="../../app/lexpanel/context.py" line="56"/>
        <source>Code %n passage(s)</source>
        <translation><numerusform>Code %n passage</numerusform><numerusform>Code %n passages</numerusform></translation>
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
    <name>ProjectActions</name>
    <message numerus="yes">
        <location filename="../../app/project_actions.py" line="125"/>
        <source>%n coding(s) exported to %1</source>
        <translation><numerusform>%n coding exported to %1</numerusform><numerusform>%n codings exported to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project_actions.py" line="136"/>
        <source>Auto-coding done: %n passage(s) coded with “%1”.</source>
        <translation><numerusform>Auto-coding done: %n passage coded with “%1”.</numerusform><numerusform>Auto-coding done: %n passages coded with “%1”.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingsDialog</name>
    <message numerus="yes">
        <location filename="../../app/exchange/readings_dialog.py" line="37"/>
        <source>The tool that wrote this file may count positions in its own way. For %n source(s) the selections do not show clearly how: choose the reading under which the selections fall on whole words (the share shown for each reading).</source>
        <translation><numerusform>The tool that wrote this file may count positions in its own way. For %n source the selections do not show clearly how: choose the reading under which the selections fall on whole words (the share shown for each reading).</numerusform><numerusform>The tool that wrote this file may count positions in its own way. For %n sources the selections do not show clearly how: choose the reading under which the selections fall on whole words (the share shown for each reading).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReinertView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/reinert_view.py" line="82"/>
        <source>%n small branch(es) left out</source>
        <translation><numerusform>%n small branch left out</numerusform><numerusform>%n small branches left out</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="75"/>
        <source>%n occurrence(s) replaced</source>
        <translation><numerusform>%n occurrence replaced</numerusform><numerusform>%n occurrences replaced</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="76"/>
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="103"/>
        <source>Replace %n occurrence(s)</source>
        <translation><numerusform>Replace %n occurrence</numerusform><numerusform>Replace %n occurrences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dialogs/replace_dialog.py" line="104"/>
        <source>in %n document(s)?</source>
        <translation><numerusform>in %n document?</numerusform><numerusform>in %n documents?</numerusform></translation>
    </message>
</context>
<context>
    <name>SimilarityView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="98"/>
        <source>%n form(s), {0} — index: {1}{2}.</source>
        <translation><numerusform>%n form, {0} — index: {1}{2}.</numerusform><numerusform>%n forms, {0} — index: {1}{2}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="99"/>
        <source>%n edge(s)</source>
        <translation><numerusform>%n edge</numerusform><numerusform>%n edges</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/lexviews/simi_view.py" line="158"/>
        <source>{0} (%n edge(s))</source>
        <translation><numerusform>{0} (%n edge)</numerusform><numerusform>{0} (%n edges)</numerusform></translation>
    </message>
</context>
<context>
    <name>SpecificitiesView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/spec_view.py" line="106"/>
        <source>… (%n modalities)</source>
        <translation><numerusform>… (%n modality)</numerusform><numerusform>… (%n modalities)</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <location filename="../../app/lexviews/stats_view.py" line="203"/>
        <source>{0} of %n row(s)</source>
        <translation><numerusform>{0} of %n row</numerusform><numerusform>{0} of %n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>SurveyColumnsDialog</name>
    <message numerus="yes">
        <location filename="../../app/dialogs/import_dialog.py" line="76"/>
        <source>%n row(s). Check the guessed columns:</source>
        <translation><numerusform>%n row. Check the guessed columns:</numerusform><numerusform>%n rows. Check the guessed columns:</numerusform></translation>
    </message>
</context>
<context>
    <name>TextActions</name>
    <message numerus="yes">
        <location filename="../../app/text_actions.py" line="106"/>
        <source>%n coding(s) lost all their text and were removed:</source>
        <translation><numerusform>%n coding lost all their text and were removed:</numerusform><numerusform>%n codings lost all their text and were removed:</numerusform></translation>
    </message>
</context>
</TS>

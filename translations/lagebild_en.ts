<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>DateDialog</name>
    <message>
        <source>Publication Date</source>
        <translation>Publication Date</translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Known:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <source>Delete tag %1</source>
        <translation>Delete tag %1</translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <source>Entity Manager</source>
        <translation>Entity Manager</translation>
    </message>
    <message>
        <source>Find an entity…</source>
        <translation>Find an entity…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Give the entity another name everywhere</source>
        <translation>Give the entity another name everywhere</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Merge Into…</translation>
    </message>
    <message>
        <source>Count every mention of this entity as a mention of another one</source>
        <translation>Count every mention of this entity as a mention of another one</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>Change &amp;Type…</translation>
    </message>
    <message>
        <source>&amp;Split Off Spelling…</source>
        <translation>&amp;Split Off Spelling…</translation>
    </message>
    <message>
        <source>Make one of its spellings an entity of its own</source>
        <translation>Make one of its spellings an entity of its own</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>Never mark this entity again</source>
        <translation>Never mark this entity again</translation>
    </message>
    <message>
        <source>Show &amp;Articles</source>
        <translation>Show &amp;Articles</translation>
    </message>
    <message>
        <source>Filter the browser to the articles that mention it</source>
        <translation>Filter the browser to the articles that mention it</translation>
    </message>
    <message>
        <source>Corrections are rules: they apply to every article, now and after each analysis. Edit → Undo takes one back.</source>
        <translation>Corrections are rules: they apply to every article, now and after each analysis. Edit → Undo takes one back.</translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation>TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF for Gephi (*.gexf)</source>
        <translation>GEXF for Gephi (*.gexf)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 trn.</source>
        <translation>%1 trn.</translation>
    </message>
    <message>
        <source>%1 bn.</source>
        <translation>%1 bn.</translation>
    </message>
    <message>
        <source>%1 m.</source>
        <translation>%1 m.</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>US dollars</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>pounds</source>
        <translation>pounds</translation>
    </message>
    <message>
        <source>Swiss francs</source>
        <translation>Swiss francs</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>Taiwan dollars</source>
        <translation>Taiwan dollars</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>one half</source>
        <translation>one half</translation>
    </message>
    <message>
        <source>one third</source>
        <translation>one third</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>two thirds</translation>
    </message>
    <message>
        <source>one quarter</source>
        <translation>one quarter</translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation>three quarters</translation>
    </message>
    <message>
        <source>one fifth</source>
        <translation>one fifth</translation>
    </message>
    <message>
        <source>two fifths</source>
        <translation>two fifths</translation>
    </message>
    <message>
        <source>three fifths</source>
        <translation>three fifths</translation>
    </message>
    <message>
        <source>four fifths</source>
        <translation>four fifths</translation>
    </message>
    <message>
        <source>one tenth</source>
        <translation>one tenth</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1-fold</source>
        <translation>%1-fold</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>Search: “%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Outlets: %1</source>
        <translation>Outlets: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation>Entities: %1</translation>
    </message>
    <message>
        <source>without near-duplicates</source>
        <translation>without near-duplicates</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation>Import Articles</translation>
    </message>
    <message>
        <source>Files and folders to import (text, HTML, RSS/Atom feeds, JSON lines); drop them here:</source>
        <translation>Files and folders to import (text, HTML, RSS/Atom feeds, JSON lines); drop them here:</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Add &amp;Files…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Add F&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Analyse the new articles afterwards</source>
        <translation>&amp;Analyse the new articles afterwards</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancel Import</translation>
    </message>
    <message>
        <source>Issues (files and items that could not be imported; the rest went on):</source>
        <translation>Issues (files and items that could not be imported; the rest went on):</translation>
    </message>
    <message>
        <source>Co&amp;py Issues</source>
        <translation>Co&amp;py Issues</translation>
    </message>
    <message>
        <source>C&amp;lear Issues</source>
        <translation>C&amp;lear Issues</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleMentionsModel</name>
    <message>
        <source>approx.</source>
        <translation>approx.</translation>
    </message>
    <message>
        <source>date not resolvable</source>
        <translation>date not resolvable</translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleTableModel</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>No publication date was found in the file</source>
        <translation>No publication date was found in the file</translation>
    </message>
    <message numerus="yes">
        <source>%n entity mention(s) in the text</source>
        <translation>
            <numerusform>%n entity mention in the text</numerusform>
            <numerusform>%n entity mentions in the text</numerusform>
        </translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>near-duplicate</translation>
    </message>
    <message>
        <source>Rewrite or syndicated copy of article %1</source>
        <translation>Rewrite or syndicated copy of article %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>Lagebild::CorrectionActions</name>
    <message>
        <source>&amp;Mark as Mention…</source>
        <translation>&amp;Mark as Mention…</translation>
    </message>
    <message>
        <source>Mark the selected text as a mention of an entity</source>
        <translation>Mark the selected text as a mention of an entity</translation>
    </message>
    <message>
        <source>Change Mention &amp;Type</source>
        <translation>Change Mention &amp;Type</translation>
    </message>
    <message>
        <source>&amp;Link Mention to Entity…</source>
        <translation>&amp;Link Mention to Entity…</translation>
    </message>
    <message>
        <source>&amp;Remove Mention</source>
        <translation>&amp;Remove Mention</translation>
    </message>
    <message>
        <source>&amp;Entity Manager…</source>
        <translation>&amp;Entity Manager…</translation>
    </message>
    <message>
        <source>Set Publication &amp;Date…</source>
        <translation>Set Publication &amp;Date…</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Mark “%1” as %2</translation>
    </message>
    <message>
        <source>Make “%1” a %2</source>
        <translation>Make “%1” a %2</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>Link “%1” to %2</translation>
    </message>
    <message>
        <source>Remove mention “%1”</source>
        <translation>Remove mention “%1”</translation>
    </message>
    <message>
        <source>Rename or merge %1 into %2</source>
        <translation>Rename or merge %1 into %2</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>Make %1 a %2</translation>
    </message>
    <message>
        <source>Split “%1” off as %2</source>
        <translation>Split “%1” off as %2</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>Ignore %1</translation>
    </message>
    <message>
        <source>Link Mention to Entity</source>
        <translation>Link Mention to Entity</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Found in: %1%2</source>
        <translation>Found in: %1%2</translation>
    </message>
    <message>
        <source> (uncertain)</source>
        <translation> (uncertain)</translation>
    </message>
    <message>
        <source>No publication date was found in the file.</source>
        <translation>No publication date was found in the file.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Mark %n occurrence of “%1” as %2</numerusform>
            <numerusform>Mark %n occurrences of “%1” as %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to &amp;all occurrences of “%1” in the corpus</source>
        <translation>Apply to &amp;all occurrences of “%1” in the corpus</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntitiesPanel</name>
    <message>
        <source>Entities of this article</source>
        <translation>Entities of this article</translation>
    </message>
    <message>
        <source>Entities of the filtered articles</source>
        <translation>Entities of the filtered articles</translation>
    </message>
    <message>
        <source>Double-click a line to open its article</source>
        <translation>Double-click a line to open its article</translation>
    </message>
    <message>
        <source>Mentions in context</source>
        <translation>Mentions in context</translation>
    </message>
    <message>
        <source>Double-click an entity to show only the articles that mention it</source>
        <translation>Double-click an entity to show only the articles that mention it</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityListModel</name>
    <message>
        <source>Marked by hand</source>
        <translation>Marked by hand</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityManagerDialog</name>
    <message>
        <source>Written as: %1</source>
        <translation>Written as: %1</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Rename Entity</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>New name for “%1”:</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>Merge Entity</translation>
    </message>
    <message>
        <source>Count every mention of “%1” as a mention of:</source>
        <translation>Count every mention of “%1” as a mention of:</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Change Type</translation>
    </message>
    <message>
        <source>“%1” is a:</source>
        <translation>“%1” is a:</translation>
    </message>
    <message>
        <source>Split Off Spelling</source>
        <translation>Split Off Spelling</translation>
    </message>
    <message>
        <source>“%1” is written only one way; there is nothing to split off.</source>
        <translation>“%1” is written only one way; there is nothing to split off.</translation>
    </message>
    <message>
        <source>Which spelling is another entity?</source>
        <translation>Which spelling is another entity?</translation>
    </message>
    <message>
        <source>Name of the entity “%1” stands for:</source>
        <translation>Name of the entity “%1” stands for:</translation>
    </message>
    <message>
        <source>Ignore Entity</source>
        <translation>Ignore Entity</translation>
    </message>
    <message>
        <source>Stop marking “%1” in every article? Edit → Undo brings it back.</source>
        <translation>Stop marking “%1” in every article? Edit → Undo brings it back.</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>Lagebild::FacetModel</name>
    <message numerus="yes">
        <source>%n article(s) under the other filters</source>
        <translation>
            <numerusform>%n article under the other filters</numerusform>
            <numerusform>%n articles under the other filters</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Lagebild::FiguresModel</name>
    <message>
        <source>(no entity in the sentence)</source>
        <translation>(no entity in the sentence)</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlets disagree: %1 to %2</source>
        <translation>Outlets disagree: %1 to %2</translation>
    </message>
    <message>
        <source> (published)</source>
        <translation> (published)</translation>
    </message>
    <message>
        <source>About / figure</source>
        <translation>About / figure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate article(s) counted once</source>
        <translation>
            <numerusform>%n near-duplicate article counted once</numerusform>
            <numerusform>%n near-duplicate articles counted once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::FiguresView</name>
    <message>
        <source>Find a subject, outlet or word…</source>
        <translation>Find a subject, outlet or word…</translation>
    </message>
    <message>
        <source>Only where outlets disagree</source>
        <translation>Only where outlets disagree</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>Export Figures</translation>
    </message>
    <message>
        <source>Double-click a figure to open its article</source>
        <translation>Double-click a figure to open its article</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a group to see its figures over time</source>
        <translation>Select a group to see its figures over time</translation>
    </message>
    <message>
        <source>(no entity in the sentence)</source>
        <translation>(no entity in the sentence)</translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>unknown outlet</translation>
    </message>
    <message>
        <source> — no single values to plot</source>
        <translation> — no single values to plot</translation>
    </message>
    <message>
        <source>No figures in the filtered articles.</source>
        <translation>No figures in the filtered articles.</translation>
    </message>
    <message numerus="yes">
        <source>Outlets agree on every figure here: no group has values from different outlets more than 10 % apart within two weeks (near-duplicate articles count once). Clear “Only where outlets disagree” to see all %n group(s).</source>
        <translation>
            <numerusform>Outlets agree on every figure here: no group has values from different outlets more than 10 % apart within two weeks (near-duplicate articles count once). Clear “Only where outlets disagree” to see the %n group.</numerusform>
            <numerusform>Outlets agree on every figure here: no group has values from different outlets more than 10 % apart within two weeks (near-duplicate articles count once). Clear “Only where outlets disagree” to see all %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>No group matches “%1”.</translation>
    </message>
</context>
<context>
    <name>Lagebild::FilterPanel</name>
    <message>
        <source>Search the articles…</source>
        <translation>Search the articles…</translation>
    </message>
    <message>
        <source>All words must occur. &quot;Quoted phrase&quot;, a OR b, -excluded, prefix*</source>
        <translation>All words must occur. &quot;Quoted phrase&quot;, a OR b, -excluded, prefix*</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hide near-duplicates</source>
        <translation>Hide near-duplicates</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entities</translation>
    </message>
    <message>
        <source>&amp;Outlets</source>
        <translation>&amp;Outlets</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>Rename or Merge “%1”…</source>
        <translation>Rename or Merge “%1”…</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>Find in the list…</source>
        <translation>Find in the list…</translation>
    </message>
</context>
<context>
    <name>Lagebild::ImportDialog</name>
    <message>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.rss *.atom *.xml *.jsonl *.ndjson);;All files (*)</source>
        <translation>Articles (*.txt *.text *.html *.htm *.xhtml *.rss *.atom *.xml *.jsonl *.ndjson);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Import a folder of articles</translation>
    </message>
</context>
<context>
    <name>Lagebild::ImportIssueModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Lagebild::MainWindow</name>
    <message>
        <source>Lagebild — %1</source>
        <translation>Lagebild — %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Lagebild databases (*.sqlite *.db)</source>
        <translation>Lagebild databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Lagebild databases (*.sqlite *.db);;All files (*)</source>
        <translation>Lagebild databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>No other database opened yet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Corpus</source>
        <translation>Load &amp;Sample Corpus</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Articles…</source>
        <translation>&amp;Tag Selected Articles…</translation>
    </message>
    <message>
        <source>Remove Tags from Selected Articles…</source>
        <translation>Remove Tags from Selected Articles…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Edit &amp;Note…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>Analyse &amp;New Articles</source>
        <translation>Analyse &amp;New Articles</translation>
    </message>
    <message>
        <source>Analyse &amp;All Again</source>
        <translation>Analyse &amp;All Again</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation>&amp;About Lagebild</translation>
    </message>
    <message>
        <source>About Lagebild</source>
        <translation>About Lagebild</translation>
    </message>
    <message>
        <source>The article is no longer in the database.</source>
        <translation>The article is no longer in the database.</translation>
    </message>
    <message>
        <source>Select one or more articles first.</source>
        <translation>Select one or more articles first.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Article(s)</source>
        <translation>
            <numerusform>Tag %n Article</numerusform>
            <numerusform>Tag %n Articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>Remove Tags</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note on “%1”</translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation>Analysing %v of %m</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analysing</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>Analysis failed</translation>
    </message>
    <message>
        <source>Analysed %1 articles: %2 mentions, %3 relations</source>
        <translation>Analysed %1 articles: %2 mentions, %3 relations</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>Importing %v of %m</translation>
    </message>
    <message numerus="yes">
        <source>%n import issue(s)</source>
        <translation>
            <numerusform>%n import issue</numerusform>
            <numerusform>%n import issues</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 articles; %2 duplicates skipped, %3 near-duplicates linked, %4 errors</source>
        <translation>Imported %1 articles; %2 duplicates skipped, %3 near-duplicates linked, %4 errors</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <source> — the issues list names each file and reason.</source>
        <translation> — the issues list names each file and reason.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) match the filters</source>
        <translation>
            <numerusform>%1 of %n article matches the filters</numerusform>
            <numerusform>%1 of %n articles match the filters</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename or Merge Tag</source>
        <translation>Rename or Merge Tag</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag merges them):</source>
        <translation>New name for “%1” (an existing tag merges them):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Reader</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entities</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>&amp;Search Articles</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Clear Filters</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>As the System</source>
        <translation>As the System</translation>
    </message>
    <message>
        <source>Lagebild uses the new language from its next start.</source>
        <translation>Lagebild uses the new language from its next start.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Re&amp;lationships</source>
        <translation>Re&amp;lationships</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Fi&amp;gures</translation>
    </message>
    <message>
        <source>&amp;Export Articles…</source>
        <translation>&amp;Export Articles…</translation>
    </message>
    <message>
        <source>Export the filtered articles</source>
        <translation>Export the filtered articles</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>Exported %n article to %1</numerusform>
            <numerusform>Exported %n articles to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Open the Timeline or Relationships tab to print its figure.</source>
        <translation>Open the Timeline or Relationships tab to print its figure.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
</context>
<context>
    <name>Lagebild::NetworkView</name>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>links seen ≥ </source>
        <translation>links seen ≥ </translation>
    </message>
    <message>
        <source>depth </source>
        <translation>depth </translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation>Same sentence</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Around an entity…</source>
        <translation>Around an entity…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Click an entity or a link.</source>
        <translation>Click an entity or a link.</translation>
    </message>
    <message>
        <source>Double-click a line to open its article</source>
        <translation>Double-click a line to open its article</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 mentions in %4 articles</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 mentions in %4 articles</translation>
    </message>
    <message>
        <source>%1 — %2&lt;br&gt;%3, %4 times</source>
        <translation>%1 — %2&lt;br&gt;%3, %4 times</translation>
    </message>
    <message>
        <source>named in the same sentence</source>
        <translation>named in the same sentence</translation>
    </message>
    <message>
        <source>%1 entities, %2 links</source>
        <translation>%1 entities, %2 links</translation>
    </message>
    <message>
        <source>around %1, depth %2</source>
        <translation>around %1, depth %2</translation>
    </message>
    <message>
        <source>Relationships of %1</source>
        <translation>Relationships of %1</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Choose at least one entity type.</source>
        <translation>Choose at least one entity type.</translation>
    </message>
    <message>
        <source>Laying out the network…</source>
        <translation>Laying out the network…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 linked entities; its articles:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 linked entities; its articles:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;: the sentences behind the link</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;: the sentences behind the link</translation>
    </message>
    <message>
        <source>same sentence</source>
        <translation>same sentence</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Network</source>
        <translation>Export Network</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>Relation types</translation>
    </message>
</context>
<context>
    <name>Lagebild::OccurrenceModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>Lagebild::PageSetupBox</name>
    <message>
        <source>PDF: A4 landscape</source>
        <translation>PDF: A4 landscape</translation>
    </message>
    <message>
        <source>PDF: A4 portrait</source>
        <translation>PDF: A4 portrait</translation>
    </message>
    <message>
        <source>PDF: A3 landscape</source>
        <translation>PDF: A3 landscape</translation>
    </message>
    <message>
        <source>PDF: A3 portrait</source>
        <translation>PDF: A3 portrait</translation>
    </message>
    <message>
        <source>Page size and orientation of PDF exports</source>
        <translation>Page size and orientation of PDF exports</translation>
    </message>
</context>
<context>
    <name>Lagebild::ReaderView</name>
    <message>
        <source>no publication date found</source>
        <translation>no publication date found</translation>
    </message>
    <message>
        <source> (uncertain)</source>
        <translation> (uncertain)</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Select an article to read it.</translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>unknown outlet</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Near-duplicate of article %1 (%2% shared)</source>
        <translation>Near-duplicate of article %1 (%2% shared)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>Lagebild::TimelineView</name>
    <message>
        <source>Mentions over time</source>
        <translation>Mentions over time</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Add an entity…</source>
        <translation>Add an entity…</translation>
    </message>
    <message>
        <source>Double-click an entity to remove it</source>
        <translation>Double-click an entity to remove it</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Share of articles</source>
        <translation>Share of articles</translation>
    </message>
    <message>
        <source>Lanes by relation</source>
        <translation>Lanes by relation</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>Lanes by entity</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Open Article</translation>
    </message>
    <message>
        <source>%1 articles under the filters</source>
        <translation>%1 articles under the filters</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to read these articles&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click to read these articles&lt;/i&gt;</translation>
    </message>
    <message>
        <source>date from the text</source>
        <translation>date from the text</translation>
    </message>
    <message>
        <source>publication date only</source>
        <translation>publication date only</translation>
    </message>
    <message>
        <source>No entity named “%1”.</source>
        <translation>No entity named “%1”.</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <source>Mentions over time: %1</source>
        <translation>Mentions over time: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n dated event</numerusform>
            <numerusform>%n dated events</numerusform>
        </translation>
    </message>
    <message>
        <source>Add entities above (or double-click one in the Entities dock with the Timeline open) to see how often they are mentioned over time.</source>
        <translation>Add entities above (or double-click one in the Entities dock with the Timeline open) to see how often they are mentioned over time.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Export Timeline</translation>
    </message>
</context>
<context>
    <name>MentionDialog</name>
    <message>
        <source>Mark as Mention</source>
        <translation>Mark as Mention</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <source>a new name, or one the corpus knows</source>
        <translation>a new name, or one the corpus knows</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>421000, 12-15, or a date: 2025-10-14, 2025-10, 2025-Q3</source>
        <translation>421000, 12-15, or a date: 2025-10-14, 2025-10, 2025-Q3</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>count, USD, EUR, percent, …</source>
        <translation>count, USD, EUR, percent, …</translation>
    </message>
    <message>
        <source>The selected part is the mention: Shift+arrow keys or the mouse widen or narrow it (Ctrl+Shift+arrow: by word)</source>
        <translation>The selected part is the mention: Shift+arrow keys or the mouse widen or narrow it (Ctrl+Shift+arrow: by word)</translation>
    </message>
    <message>
        <source>Apply to &amp;all occurrences of this text in the corpus</source>
        <translation>Apply to &amp;all occurrences of this text in the corpus</translation>
    </message>
</context>
<context>
    <name>NetworkFigure</name>
    <message>
        <source>No entities match the filters.</source>
        <translation>No entities match the filters.</translation>
    </message>
    <message>
        <source>named in the same sentence</source>
        <translation>named in the same sentence</translation>
    </message>
    <message>
        <source>relation found by the analysis (arrow: who acts)</source>
        <translation>relation found by the analysis (arrow: who acts)</translation>
    </message>
</context>
<context>
    <name>NoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your note on this article</source>
        <translation>Your note on this article</translation>
    </message>
</context>
<context>
    <name>PublicationDateCommand</name>
    <message>
        <source>Set publication date</source>
        <translation>Set publication date</translation>
    </message>
</context>
<context>
    <name>RelationType</name>
    <message>
        <source>acquires</source>
        <translation>acquires</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>approves</translation>
    </message>
    <message>
        <source>bans</source>
        <translation>bans</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocks</translation>
    </message>
    <message>
        <source>buys</source>
        <translation>buys</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>charges</translation>
    </message>
    <message>
        <source>develops</source>
        <translation>develops</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>exports</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>imports</translation>
    </message>
    <message>
        <source>investigates</source>
        <translation>investigates</translation>
    </message>
    <message>
        <source>invests in</source>
        <translation>invests in</translation>
    </message>
    <message>
        <source>manufactures</source>
        <translation>manufactures</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>partners with</translation>
    </message>
    <message>
        <source>restricts</source>
        <translation>restricts</translation>
    </message>
    <message>
        <source>sanctions</source>
        <translation>sanctions</translation>
    </message>
    <message>
        <source>sues</source>
        <translation>sues</translation>
    </message>
    <message>
        <source>summons</source>
        <translation>summons</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>supplies</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>Merge tag %1 into %2</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>Rename tag %1 to %2</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message numerus="yes">
        <source>Tag %n article(s) with %1</source>
        <translation>
            <numerusform>Tag %n article with %1</numerusform>
            <numerusform>Tag %n articles with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n article(s)</source>
        <translation>
            <numerusform>Remove %1 from %n article</numerusform>
            <numerusform>Remove %1 from %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag Articles</source>
        <translation>Tag Articles</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Tags, separated by commas:</translation>
    </message>
    <message>
        <source>e.g. Exportkontrollen, Zoll</source>
        <translation>e.g. Exportkontrollen, Zoll</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>W%1/%2</source>
        <translation>W%1/%2</translation>
    </message>
</context>
<context>
    <name>TimelineFigures</name>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <source>No dated articles match the filters.</source>
        <translation>No dated articles match the filters.</translation>
    </message>
    <message>
        <source>Choose entities to compare.</source>
        <translation>Choose entities to compare.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>share of the filtered articles</source>
        <translation>share of the filtered articles</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>dated sentences</source>
        <translation>dated sentences</translation>
    </message>
    <message>
        <source>No dated events match the filters.</source>
        <translation>No dated events match the filters.</translation>
    </message>
    <message>
        <source>day, date from the text</source>
        <translation>day, date from the text</translation>
    </message>
    <message>
        <source>day, publication date only</source>
        <translation>day, publication date only</translation>
    </message>
    <message>
        <source>week, month, quarter or year: the bar spans the period</source>
        <translation>week, month, quarter or year: the bar spans the period</translation>
    </message>
    <message numerus="yes">
        <source>%n undated article(s) not shown</source>
        <translation>
            <numerusform>%n undated article not shown</numerusform>
            <numerusform>%n undated articles not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n event(s): %1 to %2</source>
        <translation>
            <numerusform>%n event: %1 to %2</numerusform>
            <numerusform>all %n events: %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“+n”: events without room for their label, where they happened (in the window a click lists them); the CSV and TimelineJS exports list every one.</source>
        <translation>“+n”: events without room for their label, where they happened (in the window a click lists them); the CSV and TimelineJS exports list every one.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Lagebild</source>
        <translation>Lagebild</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened:
%2</source>
        <translation>The database %1 cannot be opened:
%2</translation>
    </message>
    <message>
        <source>Switch Database</source>
        <translation>Switch Database</translation>
    </message>
    <message>
        <source>An import or analysis is running. Stop it and open the other database? What was stored so far stays.</source>
        <translation>An import or analysis is running. Stop it and open the other database? What was stored so far stays.</translation>
    </message>
    <message>
        <source>Welcome to Lagebild</source>
        <translation>Welcome to Lagebild</translation>
    </message>
    <message>
        <source>The database is empty. Load the bundled sample corpus — 33 invented German articles about AI chips, export controls and customs — to try the workbench? You can import your own articles with File → Import at any time.</source>
        <translation>The database is empty. Load the bundled sample corpus — 33 invented German articles about AI chips, export controls and customs — to try the workbench? You can import your own articles with File → Import at any time.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for German-language news.</source>
        <translation>Workbench for German-language news.</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <source>Import the bundled sample corpus when the database is empty.</source>
        <translation>Import the bundled sample corpus when the database is empty.</translation>
    </message>
    <message>
        <source>Save pictures of the window to this folder once background work is done, then quit.</source>
        <translation>Save pictures of the window to this folder once background work is done, then quit.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Files or folders to import.</translation>
    </message>
    <message>
        <source>Open the window at this size, such as 1280x720 (for screenshots).</source>
        <translation>Open the window at this size, such as 1280x720 (for screenshots).</translation>
    </message>
</context>
</TS>

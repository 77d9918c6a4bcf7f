<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Your verdict replaced that; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your correction replaced that; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict waits for the team database and replaces that once it is written; this panel says so then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your correction waits for the team database and replaces that once it is written; this panel says so then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict, which waited for the team database, is written now and replaced that; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your correction, which waited for the team database, is written now and replaced that; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are in the article&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict, which waited for the team database, was not written (taken back, failed, or the window was closed); that one stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your correction, which waited for the team database, was not written (taken back, failed, or the window was closed); that one stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text replaced it; Undo brings the other text back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text waits for the team database and replaces it once it is written; this panel says so then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text, which waited for the team database, was not written (taken back, failed, or the window was closed); the other text stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text, which waited for the team database, is written now and replaced it; Undo brings the other text back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date replaced it; Undo brings the other date back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date waits for the team database and replaces it once it is written; this panel says so then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date, which waited for the team database, was not written (taken back, failed, or the window was closed); the other date stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date, which waited for the team database, is written now and replaced it; Undo brings the other date back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Publication Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>the %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <source>Delete tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditKind</name>
    <message>
        <source>Tag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention as the engine found it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <source>Entity Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the entity another name everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every mention of this entity as a mention of another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split Off Spelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one of its spellings an entity of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never mark this entity again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the browser to the articles that mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections are rules: they apply to every article, now and after each analysis. Edit → Undo takes one back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEXF for Gephi (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 trn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss francs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan dollars</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two fifths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three fifths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four fifths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tenth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>Search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to import (text, HTML, RSS/Atom feeds, JSON lines); drop them here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse the new articles afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues (files and items that could not be imported; the rest went on):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleExporter</name>
    <message>
        <source>Export Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the filtered articles to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleMentionsModel</name>
    <message>
        <source>date not resolvable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleTableModel</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publication date was found in the file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite or syndicated copy of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Lagebild corpus on a PostgreSQL server, shared by a team (docs/team.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, or the folder of the server&apos;s socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate and name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the desktop keyring when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password, then Connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::CorrectionActions</name>
    <message>
        <source>&amp;Mark as Mention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a mention of an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Mention &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Mention to Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Publication &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mention “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split “%1” off as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Mention to Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publication date was found in the file.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the page&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits wait for the team database to answer. A mention is marked once they are written; nothing of this one was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date %1 of article %2 was not saved: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention “%1” was changed elsewhere after this window read it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention “%1” was changed by %2 at %3 after this window read it (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your correction was not written: the reader shows the article as it is now; correct it there if it is still wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marking “%1” replaced %n mention(s) changed by hand elsewhere: %2. Undo brings them back; the changes are in the articles&apos; history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 by %2 at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date was changed elsewhere while you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication date was changed by %1 at %2 while you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::EditStack</name>
    <message>
        <source>Take back: %1 (it may have reached the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::EntitiesPanel</name>
    <message>
        <source>Entities of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities of the filtered articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to open its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entity to show only the articles that mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in context: choose an entity above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions of %1 in context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityListModel</name>
    <message>
        <source>Marked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityManagerDialog</name>
    <message>
        <source>Written as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every mention of “%1” as a mention of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Off Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written only one way; there is nothing to split off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which spelling is another entity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the entity “%1” stands for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop marking “%1” in every article? Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::FiguresModel</name>
    <message>
        <source>(no entity in the sentence)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About / figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where outlets disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure to open its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to see its figures over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no entity in the sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no single values to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in the filtered articles.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s) plotted (ranges and undated figures are not)</source>
        <translation>
            <numerusform>%1 of %n figure plotted (ranges and undated figures are not)</numerusform>
            <numerusform>%1 of %n figures plotted (ranges and undated figures are not)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::FilterPanel</name>
    <message>
        <source>Search the articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All words must occur. &quot;Quoted phrase&quot;, a OR b, -excluded, prefix*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or Merge “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has changed this article by hand yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by hand to this article&apos;s tags, note, date, mentions and relations, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::ImportDialog</name>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.rss *.atom *.xml *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::IssueModel</name>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::IssuesDock</name>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what did not happen: edits not saved, files not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what happened with a flaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::LearnActions</name>
    <message>
        <source>&amp;Learn from My Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt the name finder to this database from the articles whose names you marked, changed or removed, then analyse all articles again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Learned Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse with the name finder as shipped again; your corrections stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to learn from yet: mark, change or remove names in the reader first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected article(s); analysing all articles again.</source>
        <translation>
            <numerusform>Learned from %n corrected article; analysing all articles again.</numerusform>
            <numerusform>Learned from %n corrected articles; analysing all articles again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Learned Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse with the name finder as shipped again? The names you corrected by hand stay; you can learn from them again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot what was learned; analysing all articles again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from corrections failed; nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting the learned corrections failed; nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt the name finder to this team database from the articles whose names were marked, changed or removed by hand; the workers then analyse all articles again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected article(s); the workers analyse all articles again with it.</source>
        <translation>
            <numerusform>Learned from %n corrected article; the workers analyse all articles again with it.</numerusform>
            <numerusform>Learned from %n corrected articles; the workers analyse all articles again with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot what was learned; the workers analyse all articles again without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::MainWindow</name>
    <message>
        <source>Lagebild — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagebild databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagebild databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selected Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tags from Selected Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse &amp;New Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse &amp;All Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more articles first.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed %1 articles: %2 mentions, %3 relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 articles; %2 duplicates skipped, %3 near-duplicates linked, %4 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the issues list names each file and reason.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag merges them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Timeline or Relationships tab to print its figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of the database to %1 (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doubtful Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations found with a confidence below %1 %, not confirmed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: the articles can be read, but no edit, import or analysis can be saved. Make the file writable, or save a copy (File → Save a Copy) and work on that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis failed; the articles not analysed stay due for the next run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. Nothing of this edit was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of “%1” failed: %2. The database keeps what it had before; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo of “%1” failed: %2. The database keeps what it had before; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt; searches may miss words until it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was not rebuilt: searches may miss or wrongly find some words until it is. It is offered again when the database is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still being written; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 or more of %n article(s) match the filters; counting…</source>
        <translation>
            <numerusform>%1 or more of %n article match the filters; counting…</numerusform>
            <numerusform>%1 or more of %n articles match the filters; counting…</numerusform>
        </translation>
    </message>
    <message>
        <source>Lagebild — %1 (team database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other analysts&apos; edits do not appear in this window until the team database answers again (tried every few seconds): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database answers again; the articles were read anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a team database the workers analyse the articles (lagebild-cli worker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is copied with `lagebild-cli migrate` or the server&apos;s tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your role may read this team database but not change it: no edit or import can be saved. An administrator can make you an editor (lagebild-cli access grant USER editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workers analyse every article again with the changed rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database does not answer (%1): “%2” waits in this window and is written when the server answers again, and so does every later edit. Closing the window discards what still waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the team database after waiting: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” taken back; it had not been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the team database</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not written yet; tried again every %1 s, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Not Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) have not reached the team database yet:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closing the window discards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s mentions of this article come back with the next analysis; analysing it again now failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” taken back on the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit still to be taken back may then stay on the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of “%1” failed on the team server: %2. The edit stays stored; Undo offers it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on article %1 was not saved: %2. Your text: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of “%1” failed: %2. The team database may or may not have undone it; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo of “%1” failed: %2. The team database may or may not have stored it; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was changed elsewhere while you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was changed by %1 at %2 while you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database refuses this window&apos;s password (%1): “%2” waits in this window and is written once the new password is given, and so does every later edit. Closing the window discards what still waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database took the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the new password (%1); it is used until the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Database &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window is disconnected from %1: the team database refused its password, and the window does not send the refused password again. Edits keep waiting in the window and other analysts&apos; edits do not appear until the new password is given: File → Team Database Password, or the button in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database refused this window&apos;s password. Nothing is sent to it with that password again; edits wait in the window. Click to give the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database refused this window&apos;s password: with the new one they are written at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits waiting for the team database could not be kept on disk (%1): they wait in this window only, and a crash would lose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal of edits waiting for the team database could not be read and was kept aside, unwritten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waited for the team database in a window that ended before it was written; it was not saved. Please make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that a window left waiting for the team database when it ended now wait in this window and are written when the server answers: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::NetworkView</name>
    <message>
        <source>top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links seen ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around an entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an entity or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to open its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 mentions in %4 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2&lt;br&gt;%3, %4 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named in the same sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities, %2 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>around %1, depth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one entity type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 linked entities; its articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;: the sentences behind the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence states this relation: draw it solid and keep it through every analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence states another type, direction or entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence does not state this relation: no event, no link, also after an analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (doubtful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Right-click to confirm, correct or reject the relation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::OccurrenceModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::PageSetupBox</name>
    <message>
        <source>PDF: A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: A3 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: A3 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size and orientation of PDF exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::PasswordPrompt</name>
    <message>
        <source>Team Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password this window&apos;s connections send to the team database from now on, checked with the server first. Edits that wait are written once it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database no longer takes the password this window logged in with: perhaps the administrator changed it. Edits wait in the window until the new one is given; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Edits Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this password too. Type it again, then Connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::ReaderView</name>
    <message>
        <source>no publication date found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate of article %1 (%2% shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::RelationDialog</name>
    <message>
        <source>Correct Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis read: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the target the one who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who acts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On or with whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts and on whom must be two different entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type, the direction or an entity; to keep the relation as it is, confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it stands: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::RelationReview</name>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Relation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Relation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Relation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect Relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation “%1” was reviewed elsewhere after this view showed it (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation “%1” was reviewed by %2 at %3 after this view showed it (now %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lagebild::SearchIndexUpkeep</name>
    <message>
        <source>Search Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This version of Lagebild splits and stems German words differently, so the search index of %Ln article(s) is written anew, once. Searching waits until it is done.</source>
        <translation>
            <numerusform>This version of Lagebild splits and stems German words differently, so the search index of %Ln article is written anew, once. Searching waits until it is done.</numerusform>
            <numerusform>This version of Lagebild splits and stems German words differently, so the search index of %Ln articles is written anew, once. Searching waits until it is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::TimelineView</name>
    <message>
        <source>Mentions over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entity to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles under the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to read these articles&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions over time: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence states this relation: draw it solid and keep it through every analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence states another type, direction or entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence does not state this relation: no event, no link, also after an analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event again after zooming to a period (drag over the strip below the events or over the axis, or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionDialog</name>
    <message>
        <source>Mark as Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new name, or one the corpus knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>421000, 12-15, or a date: 2025-10-14, 2025-10, 2025-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count, USD, EUR, percent, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected part is the mention: Shift+arrow keys or the mouse widen or narrow it (Ctrl+Shift+arrow: by word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to &amp;all occurrences of this text in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFigure</name>
    <message>
        <source>No entities match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named in the same sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation found by the analysis (arrow: who acts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ confirmed by the analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubtful (confidence below %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationDateCommand</name>
    <message>
        <source>Set publication date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationType</name>
    <message>
        <source>acquires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>develops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invests in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manufactures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Exportkontrollen, Zoll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>%1 (publication date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFigures</name>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated articles match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose entities to compare.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated events match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, date from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, publication date only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week, month, quarter or year: the bar spans the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undated article(s) not shown</source>
        <translation>
            <numerusform>%n undated article not shown</numerusform>
            <numerusform>%n undated articles not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>“+n”: events without room for their label, where they happened (in the window a click lists them); the CSV and TimelineJS exports list every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ confirmed by the analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey: doubtful relation (confidence below %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n event(s):</source>
        <translation>
            <numerusform>%n event:</numerusform>
            <numerusform>all %n events:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or analysis is running. Stop it and open the other database? What was stored so far stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty. Load the bundled sample corpus — 33 invented German articles about AI chips, export controls and customs — to try the workbench? You can import your own articles with File → Import at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password: %1
It is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 cannot be opened now:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for German-language news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the bundled sample corpus when the database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pictures of the window to this folder once background work is done, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at this size, such as 1280x720 (for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file, or team database URI (postgresql://…), to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database could not be opened: this window shows the local database. File → Connect to Team Database tries again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

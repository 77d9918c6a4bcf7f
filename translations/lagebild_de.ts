<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Your verdict replaced that; Undo brings it back.</source>
        <translation>Ihr Urteil hat das ersetzt; „Rückgängig“ holt es zurück.</translation>
    </message>
    <message>
        <source>Your correction replaced that; Undo brings it back.</source>
        <translation>Ihre Korrektur hat das ersetzt; „Rückgängig“ holt es zurück.</translation>
    </message>
    <message>
        <source>Your verdict waits for the team database and replaces that once it is written; this panel says so then.</source>
        <translation>Ihr Urteil wartet auf die Teamdatenbank und ersetzt das, sobald es gespeichert ist; diese Liste sagt es dann.</translation>
    </message>
    <message>
        <source>Your correction waits for the team database and replaces that once it is written; this panel says so then.</source>
        <translation>Ihre Korrektur wartet auf die Teamdatenbank und ersetzt das, sobald sie gespeichert ist; diese Liste sagt es dann.</translation>
    </message>
    <message>
        <source>Your verdict, which waited for the team database, is written now and replaced that; Undo brings it back.</source>
        <translation>Ihr Urteil, das auf die Teamdatenbank gewartet hat, ist jetzt gespeichert und hat das ersetzt; „Rückgängig“ holt es zurück.</translation>
    </message>
    <message>
        <source>Your correction, which waited for the team database, is written now and replaced that; Undo brings it back.</source>
        <translation>Ihre Korrektur, die auf die Teamdatenbank gewartet hat, ist jetzt gespeichert und hat das ersetzt; „Rückgängig“ holt es zurück.</translation>
    </message>
    <message>
        <source>Both are in the article&apos;s history.</source>
        <translation>Beides steht im Verlauf des Artikels.</translation>
    </message>
    <message>
        <source>Your verdict, which waited for the team database, was not written (taken back, failed, or the window was closed); that one stands.</source>
        <translation>Ihr Urteil, das auf die Teamdatenbank gewartet hat, wurde nicht gespeichert (zurückgenommen, fehlgeschlagen oder das Fenster wurde geschlossen); das andere bleibt.</translation>
    </message>
    <message>
        <source>Your correction, which waited for the team database, was not written (taken back, failed, or the window was closed); that one stands.</source>
        <translation>Ihre Korrektur, die auf die Teamdatenbank gewartet hat, wurde nicht gespeichert (zurückgenommen, fehlgeschlagen oder das Fenster wurde geschlossen); das andere bleibt.</translation>
    </message>
    <message>
        <source>Your text replaced it; Undo brings the other text back.</source>
        <translation>Ihr Text hat sie ersetzt; „Rückgängig“ holt den anderen Text zurück.</translation>
    </message>
    <message>
        <source>Your text waits for the team database and replaces it once it is written; this panel says so then.</source>
        <translation>Ihr Text wartet auf die Teamdatenbank und ersetzt sie, sobald er gespeichert ist; diese Liste sagt es dann.</translation>
    </message>
    <message>
        <source>Your text, which waited for the team database, was not written (taken back, failed, or the window was closed); the other text stands.</source>
        <translation>Ihr Text, der auf die Teamdatenbank gewartet hat, wurde nicht gespeichert (zurückgenommen, fehlgeschlagen oder das Fenster wurde geschlossen); der andere Text bleibt.</translation>
    </message>
    <message>
        <source>Your text, which waited for the team database, is written now and replaced it; Undo brings the other text back.</source>
        <translation>Ihr Text, der auf die Teamdatenbank gewartet hat, ist jetzt gespeichert und hat sie ersetzt; „Rückgängig“ holt den anderen Text zurück.</translation>
    </message>
    <message>
        <source>Your date replaced it; Undo brings the other date back.</source>
        <translation>Ihr Datum hat es ersetzt; „Rückgängig“ holt das andere Datum zurück.</translation>
    </message>
    <message>
        <source>Your date waits for the team database and replaces it once it is written; this panel says so then.</source>
        <translation>Ihr Datum wartet auf die Teamdatenbank und ersetzt es, sobald es gespeichert ist; diese Liste sagt es dann.</translation>
    </message>
    <message>
        <source>Your date, which waited for the team database, was not written (taken back, failed, or the window was closed); the other date stands.</source>
        <translation>Ihr Datum, das auf die Teamdatenbank gewartet hat, wurde nicht gespeichert (zurückgenommen, fehlgeschlagen oder das Fenster wurde geschlossen); das andere Datum bleibt.</translation>
    </message>
    <message>
        <source>Your date, which waited for the team database, is written now and replaced it; Undo brings the other date back.</source>
        <translation>Ihr Datum, das auf die Teamdatenbank gewartet hat, ist jetzt gespeichert und hat es ersetzt; „Rückgängig“ holt das andere Datum zurück.</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Publication Date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Bekannt:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>the %1s</source>
        <translation>die %1er</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1. Quartal %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation>%1. Halbjahr %2</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>KW %1/%2</translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <source>Delete tag %1</source>
        <translation>Schlagwort %1 löschen</translation>
    </message>
</context>
<context>
    <name>EditKind</name>
    <message>
        <source>Tag added</source>
        <translation>Schlagwort hinzugefügt</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Schlagwort entfernt</translation>
    </message>
    <message>
        <source>Tag renamed</source>
        <translation>Schlagwort umbenannt</translation>
    </message>
    <message>
        <source>Note set</source>
        <translation>Notiz geschrieben</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Notiz entfernt</translation>
    </message>
    <message>
        <source>Publication date set</source>
        <translation>Erscheinungsdatum gesetzt</translation>
    </message>
    <message>
        <source>Publication date cleared</source>
        <translation>Erscheinungsdatum entfernt</translation>
    </message>
    <message>
        <source>Mention marked</source>
        <translation>Erwähnung markiert</translation>
    </message>
    <message>
        <source>Mention removed</source>
        <translation>Erwähnung entfernt</translation>
    </message>
    <message>
        <source>Mention type changed</source>
        <translation>Typ der Erwähnung geändert</translation>
    </message>
    <message>
        <source>Mention linked</source>
        <translation>Erwähnung verknüpft</translation>
    </message>
    <message>
        <source>Mention confirmed</source>
        <translation>Erwähnung bestätigt</translation>
    </message>
    <message>
        <source>Mention as the engine found it</source>
        <translation>Erwähnung wie von der Analyse gefunden</translation>
    </message>
    <message>
        <source>Relation confirmed</source>
        <translation>Beziehung bestätigt</translation>
    </message>
    <message>
        <source>Relation rejected</source>
        <translation>Beziehung verworfen</translation>
    </message>
    <message>
        <source>Relation corrected</source>
        <translation>Beziehung korrigiert</translation>
    </message>
    <message>
        <source>Relation unreviewed</source>
        <translation>Beziehung wieder ungeprüft</translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <source>Entity Manager</source>
        <translation>Entitätenverwaltung</translation>
    </message>
    <message>
        <source>Find an entity…</source>
        <translation>Entität suchen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give the entity another name everywhere</source>
        <translation>Der Entität überall einen anderen Namen geben</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Count every mention of this entity as a mention of another one</source>
        <translation>Jede Erwähnung dieser Entität als Erwähnung einer anderen zählen</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>&amp;Typ ändern…</translation>
    </message>
    <message>
        <source>&amp;Split Off Spelling…</source>
        <translation>Schreibweise &amp;abspalten…</translation>
    </message>
    <message>
        <source>Make one of its spellings an entity of its own</source>
        <translation>Eine ihrer Schreibweisen zu einer eigenen Entität machen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>Never mark this entity again</source>
        <translation>Diese Entität nie wieder markieren</translation>
    </message>
    <message>
        <source>Show &amp;Articles</source>
        <translation>A&amp;rtikel anzeigen</translation>
    </message>
    <message>
        <source>Filter the browser to the articles that mention it</source>
        <translation>Die Artikelliste auf die Artikel filtern, die sie erwähnen</translation>
    </message>
    <message>
        <source>Corrections are rules: they apply to every article, now and after each analysis. Edit → Undo takes one back.</source>
        <translation>Korrekturen sind Regeln: Sie gelten für jeden Artikel, jetzt und nach jeder Analyse. Bearbeiten → Rückgängig nimmt eine zurück.</translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
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
        <translation>GEXF für Gephi (*.gexf)</translation>
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
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 trn.</source>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1 bn.</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 m.</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>Yen</translation>
    </message>
    <message>
        <source>pounds</source>
        <translation>Pfund</translation>
    </message>
    <message>
        <source>Swiss francs</source>
        <translation>Franken</translation>
    </message>
    <message>
        <source>won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Taiwan dollars</source>
        <translation>Taiwan-Dollar</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>one half</source>
        <translation>die Hälfte</translation>
    </message>
    <message>
        <source>one third</source>
        <translation>ein Drittel</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>zwei Drittel</translation>
    </message>
    <message>
        <source>one quarter</source>
        <translation>ein Viertel</translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation>drei Viertel</translation>
    </message>
    <message>
        <source>one fifth</source>
        <translation>ein Fünftel</translation>
    </message>
    <message>
        <source>two fifths</source>
        <translation>zwei Fünftel</translation>
    </message>
    <message>
        <source>three fifths</source>
        <translation>drei Fünftel</translation>
    </message>
    <message>
        <source>four fifths</source>
        <translation>vier Fünftel</translation>
    </message>
    <message>
        <source>one tenth</source>
        <translation>ein Zehntel</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Stück</translation>
    </message>
    <message>
        <source>%1-fold</source>
        <translation>%1-fach</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>rund %1</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Outlets: %1</source>
        <translation>Medien: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation>Entitäten: %1</translation>
    </message>
    <message>
        <source>without near-duplicates</source>
        <translation>ohne Beinahe-Duplikate</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Files and folders to import (text, HTML, RSS/Atom feeds, JSON lines); drop them here:</source>
        <translation>Zu importierende Dateien und Ordner (Text, HTML, RSS-/Atom-Feeds, JSON Lines); hier ablegen:</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Analyse the new articles afterwards</source>
        <translation>Neue Artikel &amp;anschließend analysieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Issues (files and items that could not be imported; the rest went on):</source>
        <translation>Probleme (Dateien und Einträge, die nicht importiert werden konnten; der Rest wurde weiter importiert):</translation>
    </message>
    <message>
        <source>Co&amp;py Issues</source>
        <translation>Probleme &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Issues</source>
        <translation>Problemliste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleExporter</name>
    <message>
        <source>Export Articles</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>Writing the filtered articles to %1…</source>
        <translation>Die gefilterten Artikel werden nach %1 geschrieben…</translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleMentionsModel</name>
    <message>
        <source>date not resolvable</source>
        <translation>Datum nicht auflösbar</translation>
    </message>
</context>
<context>
    <name>Lagebild::ArticleTableModel</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>No publication date was found in the file</source>
        <translation>In der Datei wurde kein Veröffentlichungsdatum gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n entity mention(s) in the text</source>
        <translation>
            <numerusform>%n Entitätserwähnung im Text</numerusform>
            <numerusform>%n Entitätserwähnungen im Text</numerusform>
        </translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>Beinahe-Duplikat</translation>
    </message>
    <message>
        <source>Rewrite or syndicated copy of article %1</source>
        <translation>Umformulierte oder übernommene Fassung von Artikel %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
</context>
<context>
    <name>Lagebild::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Mit Teamdatenbank verbinden</translation>
    </message>
    <message>
        <source>A Lagebild corpus on a PostgreSQL server, shared by a team (docs/team.md).</source>
        <translation>Ein Lagebild-Korpus auf einem PostgreSQL-Server, den sich ein Team teilt (docs/team.md).</translation>
    </message>
    <message>
        <source>host name, or the folder of the server&apos;s socket</source>
        <translation>Rechnername oder Ordner des Server-Sockets</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>leer: aus ~/.pgpass</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>Erforderlich, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Required, certificate and name checked</source>
        <translation>Erforderlich, Zertifikat und Name geprüft</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Verschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>from the desktop keyring when empty</source>
        <translation>aus dem Schlüsselbund des Desktops, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Type the password, then Connect.</source>
        <translation>Passwort eingeben, dann Verbinden.</translation>
    </message>
</context>
<context>
    <name>Lagebild::CorrectionActions</name>
    <message>
        <source>&amp;Mark as Mention…</source>
        <translation>Als Erwähnung &amp;markieren…</translation>
    </message>
    <message>
        <source>Mark the selected text as a mention of an entity</source>
        <translation>Den ausgewählten Text als Erwähnung einer Entität markieren</translation>
    </message>
    <message>
        <source>Change Mention &amp;Type</source>
        <translation>Erwähnungs&amp;typ ändern</translation>
    </message>
    <message>
        <source>&amp;Link Mention to Entity…</source>
        <translation>Erwähnung mit Entität &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Remove Mention</source>
        <translation>Erwähnung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Entity Manager…</source>
        <translation>&amp;Entitäten verwalten…</translation>
    </message>
    <message>
        <source>Set Publication &amp;Date…</source>
        <translation>Veröffentlichungs&amp;datum festlegen…</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>Make “%1” a %2</source>
        <translation>„%1“ als %2 einstufen</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>„%1“ mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Remove mention “%1”</source>
        <translation>Erwähnung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Rename or merge %1 into %2</source>
        <translation>%1 in %2 umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>%1 als %2 einstufen</translation>
    </message>
    <message>
        <source>Split “%1” off as %2</source>
        <translation>„%1“ als %2 abspalten</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>%1 ignorieren</translation>
    </message>
    <message>
        <source>Link Mention to Entity</source>
        <translation>Erwähnung mit Entität verknüpfen</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source> (uncertain)</source>
        <translation> (unsicher)</translation>
    </message>
    <message>
        <source>No publication date was found in the file.</source>
        <translation>In der Datei wurde kein Veröffentlichungsdatum gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ als %2 markieren</numerusform>
            <numerusform>%n Vorkommen von „%1“ als %2 markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to &amp;all occurrences of “%1” in the corpus</source>
        <translation>Auf &amp;alle Vorkommen von „%1“ im Korpus anwenden</translation>
    </message>
    <message>
        <source>Read from the page&apos;s metadata</source>
        <translation>Aus den Metadaten der Seite</translation>
    </message>
    <message>
        <source>Read from the file name</source>
        <translation>Aus dem Dateinamen</translation>
    </message>
    <message>
        <source>Read from the text</source>
        <translation>Aus dem Text</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Von Hand gesetzt</translation>
    </message>
    <message>
        <source>Origin unknown</source>
        <translation>Herkunft unbekannt</translation>
    </message>
    <message>
        <source>Publication Date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>Der Artikel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edits Waiting</source>
        <translation>Wartende Bearbeitungen</translation>
    </message>
    <message>
        <source>Edits wait for the team database to answer. A mention is marked once they are written; nothing of this one was stored.</source>
        <translation>Bearbeitungen warten darauf, dass die Teamdatenbank antwortet. Erwähnungen werden markiert, sobald sie gespeichert sind; von dieser wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The publication date %1 of article %2 was not saved: %3.</source>
        <translation>Das Erscheinungsdatum %1 von Artikel %2 wurde nicht gespeichert: %3.</translation>
    </message>
    <message>
        <source>the article could not be read (%1)</source>
        <translation>der Artikel konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the article is no longer in the database</source>
        <translation>der Artikel ist nicht mehr in der Datenbank</translation>
    </message>
    <message>
        <source>now %1: %2</source>
        <translation>jetzt %1: %2</translation>
    </message>
    <message>
        <source>now removed</source>
        <translation>jetzt entfernt</translation>
    </message>
    <message>
        <source>The mention “%1” was changed elsewhere after this window read it (%2).</source>
        <translation>Die Erwähnung „%1“ wurde anderswo geändert, nachdem dieses Fenster sie gelesen hatte (%2).</translation>
    </message>
    <message>
        <source>The mention “%1” was changed by %2 at %3 after this window read it (%4).</source>
        <translation>Die Erwähnung „%1“ wurde von %2 um %3 geändert, nachdem dieses Fenster sie gelesen hatte (%4).</translation>
    </message>
    <message>
        <source>Your correction was not written: the reader shows the article as it is now; correct it there if it is still wrong.</source>
        <translation>Ihre Korrektur wurde nicht gespeichert: Die Leseansicht zeigt den Artikel, wie er jetzt ist; korrigieren Sie ihn dort, falls er noch falsch ist.</translation>
    </message>
    <message numerus="yes">
        <source>Marking “%1” replaced %n mention(s) changed by hand elsewhere: %2. Undo brings them back; the changes are in the articles&apos; history.</source>
        <translation>
            <numerusform>Das Markieren von „%1“ hat %n anderswo von Hand geänderte Erwähnung ersetzt: %2. „Rückgängig“ holt sie zurück; die Änderungen stehen im Verlauf der Artikel.</numerusform>
            <numerusform>Das Markieren von „%1“ hat %n anderswo von Hand geänderte Erwähnungen ersetzt: %2. „Rückgängig“ holt sie zurück; die Änderungen stehen im Verlauf der Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message>
        <source>in %1 by %2 at %3 (%4)</source>
        <translation>in %1 von %2 um %3 (%4)</translation>
    </message>
    <message>
        <source>The publication date was changed elsewhere while you edited it.</source>
        <translation>Das Erscheinungsdatum wurde anderswo geändert, während Sie es bearbeiteten.</translation>
    </message>
    <message>
        <source>The publication date was changed by %1 at %2 while you edited it.</source>
        <translation>Das Erscheinungsdatum wurde von %1 um %2 geändert, während Sie es bearbeiteten.</translation>
    </message>
</context>
<context>
    <name>Lagebild::EditStack</name>
    <message>
        <source>Take back: %1 (it may have reached the server)</source>
        <translation>Zurücknehmen: %1 (hat den Server vielleicht erreicht)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntitiesPanel</name>
    <message>
        <source>Entities of this article</source>
        <translation>Entitäten dieses Artikels</translation>
    </message>
    <message>
        <source>Entities of the filtered articles</source>
        <translation>Entitäten der gefilterten Artikel</translation>
    </message>
    <message>
        <source>Double-click a line to open its article</source>
        <translation>Doppelklick auf eine Zeile öffnet den zugehörigen Artikel</translation>
    </message>
    <message>
        <source>Double-click an entity to show only the articles that mention it</source>
        <translation>Doppelklick auf eine Entität zeigt nur die Artikel, die sie erwähnen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Mentions in context: choose an entity above</source>
        <translation>Erwähnungen im Kontext: oben eine Entität wählen</translation>
    </message>
    <message>
        <source>Mentions of %1 in context</source>
        <translation>Erwähnungen von %1 im Kontext</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityListModel</name>
    <message>
        <source>Marked by hand</source>
        <translation>Von Hand markiert</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityManagerDialog</name>
    <message>
        <source>Written as: %1</source>
        <translation>Schreibweisen: %1</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>Entität zusammenführen</translation>
    </message>
    <message>
        <source>Count every mention of “%1” as a mention of:</source>
        <translation>Jede Erwähnung von „%1“ zählen als Erwähnung von:</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>“%1” is a:</source>
        <translation>Typ von „%1“:</translation>
    </message>
    <message>
        <source>Split Off Spelling</source>
        <translation>Schreibweise abspalten</translation>
    </message>
    <message>
        <source>“%1” is written only one way; there is nothing to split off.</source>
        <translation>„%1“ hat nur eine Schreibweise; es gibt nichts abzuspalten.</translation>
    </message>
    <message>
        <source>Which spelling is another entity?</source>
        <translation>Welche Schreibweise ist eine andere Entität?</translation>
    </message>
    <message>
        <source>Name of the entity “%1” stands for:</source>
        <translation>Name der Entität, für die „%1“ steht:</translation>
    </message>
    <message>
        <source>Ignore Entity</source>
        <translation>Entität ignorieren</translation>
    </message>
    <message>
        <source>Stop marking “%1” in every article? Edit → Undo brings it back.</source>
        <translation>„%1“ in keinem Artikel mehr markieren? Bearbeiten → Rückgängig stellt die Markierungen wieder her.</translation>
    </message>
</context>
<context>
    <name>Lagebild::EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
</context>
<context>
    <name>Lagebild::FacetModel</name>
    <message numerus="yes">
        <source>%n article(s) under the other filters</source>
        <translation>
            <numerusform>%n Artikel bei den übrigen Filtern</numerusform>
            <numerusform>%n Artikel bei den übrigen Filtern</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Lagebild::FiguresModel</name>
    <message>
        <source>(no entity in the sentence)</source>
        <translation>(keine Entität im Satz)</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n Zahl</numerusform>
            <numerusform>%n Zahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n Medium</numerusform>
            <numerusform>%n Medien</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlets disagree: %1 to %2</source>
        <translation>Medien widersprechen sich: %1 bis %2</translation>
    </message>
    <message>
        <source> (published)</source>
        <translation> (veröffentlicht)</translation>
    </message>
    <message>
        <source>About / figure</source>
        <translation>Worum es geht / Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate article(s) counted once</source>
        <translation>
            <numerusform>%n Beinahe-Duplikat einmal gezählt</numerusform>
            <numerusform>%n Beinahe-Duplikate einmal gezählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::FiguresView</name>
    <message>
        <source>Find a subject, outlet or word…</source>
        <translation>Gegenstand, Medium oder Wort suchen…</translation>
    </message>
    <message>
        <source>Only where outlets disagree</source>
        <translation>Nur wo Medien sich widersprechen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <source>Double-click a figure to open its article</source>
        <translation>Doppelklick auf eine Zahl öffnet den zugehörigen Artikel</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a group to see its figures over time</source>
        <translation>Wählen Sie eine Gruppe, um ihre Zahlen im Zeitverlauf zu sehen</translation>
    </message>
    <message>
        <source>(no entity in the sentence)</source>
        <translation>(keine Entität im Satz)</translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>unbekanntes Medium</translation>
    </message>
    <message>
        <source> — no single values to plot</source>
        <translation> — keine Einzelwerte zum Darstellen</translation>
    </message>
    <message>
        <source>No figures in the filtered articles.</source>
        <translation>Keine Zahlen in den gefilterten Artikeln.</translation>
    </message>
    <message numerus="yes">
        <source>Outlets agree on every figure here: no group has values from different outlets more than 10 % apart within two weeks (near-duplicate articles count once). Clear “Only where outlets disagree” to see all %n group(s).</source>
        <translation>
            <numerusform>Die Medien sind sich hier überall einig: In keiner Gruppe liegen Werte verschiedener Medien innerhalb von zwei Wochen mehr als 10 % auseinander (Beinahe-Duplikate zählen einmal). Ohne „Nur wo Medien sich widersprechen“ ist die %n Gruppe zu sehen.</numerusform>
            <numerusform>Die Medien sind sich hier überall einig: In keiner Gruppe liegen Werte verschiedener Medien innerhalb von zwei Wochen mehr als 10 % auseinander (Beinahe-Duplikate zählen einmal). Ohne „Nur wo Medien sich widersprechen“ sind alle %n Gruppen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Keine Gruppe passt zu „%1“.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s) plotted (ranges and undated figures are not)</source>
        <translation>
            <numerusform>%1 von %n Zahl dargestellt (Spannen und Zahlen ohne Datum nicht)</numerusform>
            <numerusform>%1 von %n Zahlen dargestellt (Spannen und Zahlen ohne Datum nicht)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::FilterPanel</name>
    <message>
        <source>Search the articles…</source>
        <translation>Artikel durchsuchen…</translation>
    </message>
    <message>
        <source>All words must occur. &quot;Quoted phrase&quot;, a OR b, -excluded, prefix*</source>
        <translation>Alle Wörter müssen vorkommen. &quot;Exakte Wortfolge&quot;, a OR b, -ausgeschlossen, Präfix*</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Hide near-duplicates</source>
        <translation>Beinahe-Duplikate ausblenden</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <source>&amp;Outlets</source>
        <translation>&amp;Medien</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Rename or Merge “%1”…</source>
        <translation>„%1“ umbenennen oder zusammenführen…</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Find in the list…</source>
        <translation>In der Liste suchen…</translation>
    </message>
</context>
<context>
    <name>Lagebild::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <source>Nobody has changed this article by hand yet.</source>
        <translation>Niemand hat diesen Artikel bisher von Hand geändert.</translation>
    </message>
    <message>
        <source>Changes made by hand to this article&apos;s tags, note, date, mentions and relations, newest first.</source>
        <translation>Änderungen von Hand an Schlagwörtern, Notiz, Datum, Erwähnungen und Beziehungen dieses Artikels, die neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>Lagebild::ImportDialog</name>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.rss *.atom *.xml *.jsonl *.ndjson);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.html *.htm *.xhtml *.rss *.atom *.xml *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Ordner mit Artikeln importieren</translation>
    </message>
</context>
<context>
    <name>Lagebild::IssueModel</name>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Lagebild::IssuesDock</name>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show what did not happen: edits not saved, files not imported</source>
        <translation>Zeigen, was nicht geschah: nicht gespeicherte Änderungen, nicht importierte Dateien</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Show what happened with a flaw</source>
        <translation>Zeigen, was mit einem Mangel geschah</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>Lagebild::LearnActions</name>
    <message>
        <source>&amp;Learn from My Corrections</source>
        <translation>Aus meinen &amp;Korrekturen lernen</translation>
    </message>
    <message>
        <source>Adapt the name finder to this database from the articles whose names you marked, changed or removed, then analyse all articles again</source>
        <translation>Die Namenserkennung für diese Datenbank an die Artikel anpassen, deren Namen Sie markiert, geändert oder entfernt haben, und danach alle Artikel erneut analysieren</translation>
    </message>
    <message>
        <source>&amp;Forget Learned Corrections</source>
        <translation>Gelernte Korrekturen &amp;vergessen</translation>
    </message>
    <message>
        <source>Analyse with the name finder as shipped again; your corrections stay</source>
        <translation>Wieder mit der mitgelieferten Namenserkennung analysieren; Ihre Korrekturen bleiben erhalten</translation>
    </message>
    <message>
        <source>Learning cancelled; nothing changed.</source>
        <translation>Lernen abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing to learn from yet: mark, change or remove names in the reader first.</source>
        <translation>Noch nichts zum Lernen: Markieren, ändern oder entfernen Sie zuerst Namen im Leser.</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected article(s); analysing all articles again.</source>
        <translation>
            <numerusform>Aus %n korrigierten Artikel gelernt; alle Artikel werden erneut analysiert.</numerusform>
            <numerusform>Aus %n korrigierten Artikeln gelernt; alle Artikel werden erneut analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Learned Corrections</source>
        <translation>Gelernte Korrekturen vergessen</translation>
    </message>
    <message>
        <source>Analyse with the name finder as shipped again? The names you corrected by hand stay; you can learn from them again at any time.</source>
        <translation>Wieder mit der mitgelieferten Namenserkennung analysieren? Die von Hand korrigierten Namen bleiben erhalten; Sie können jederzeit erneut aus ihnen lernen.</translation>
    </message>
    <message>
        <source>Forgot what was learned; analysing all articles again.</source>
        <translation>Gelerntes vergessen; alle Artikel werden erneut analysiert.</translation>
    </message>
    <message>
        <source>Learning from corrections failed; nothing changed: %1</source>
        <translation>Lernen aus Korrekturen fehlgeschlagen; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Forgetting the learned corrections failed; nothing changed: %1</source>
        <translation>Vergessen der gelernten Korrekturen fehlgeschlagen; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Adapt the name finder to this team database from the articles whose names were marked, changed or removed by hand; the workers then analyse all articles again</source>
        <translation>Die Namenserkennung für diese Teamdatenbank an die Artikel anpassen, deren Namen von Hand markiert, geändert oder entfernt wurden; danach analysieren die Worker alle Artikel erneut</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected article(s); the workers analyse all articles again with it.</source>
        <translation>
            <numerusform>Aus %n korrigierten Artikel gelernt; die Worker analysieren alle Artikel erneut damit.</numerusform>
            <numerusform>Aus %n korrigierten Artikeln gelernt; die Worker analysieren alle Artikel erneut damit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot what was learned; the workers analyse all articles again without it.</source>
        <translation>Gelerntes vergessen; die Worker analysieren alle Artikel erneut, ohne das Gelernte.</translation>
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
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Lagebild databases (*.sqlite *.db)</source>
        <translation>Lagebild-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Lagebild databases (*.sqlite *.db);;All files (*)</source>
        <translation>Lagebild-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>Noch keine andere Datenbank geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Load &amp;Sample Corpus</source>
        <translation>Beispiel&amp;korpus laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Articles…</source>
        <translation>Ausgewählten Artikeln Schlagwörter &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Remove Tags from Selected Articles…</source>
        <translation>Schlagwörter von ausgewählten Artikeln entfernen…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Analyse &amp;New Articles</source>
        <translation>&amp;Neue Artikel analysieren</translation>
    </message>
    <message>
        <source>Analyse &amp;All Again</source>
        <translation>&amp;Alle erneut analysieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation>&amp;Über Lagebild</translation>
    </message>
    <message>
        <source>About Lagebild</source>
        <translation>Über Lagebild</translation>
    </message>
    <message>
        <source>The article is no longer in the database.</source>
        <translation>Der Artikel ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Select one or more articles first.</source>
        <translation>Bitte zuerst einen oder mehrere Artikel auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Article(s)</source>
        <translation>
            <numerusform>Schlagwörter für %n Artikel</numerusform>
            <numerusform>Schlagwörter für %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation>Analyse: %v von %m</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <source>Analysed %1 articles: %2 mentions, %3 relations</source>
        <translation>%1 Artikel analysiert: %2 Erwähnungen, %3 Beziehungen</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>Import: %v von %m</translation>
    </message>
    <message>
        <source>Imported %1 articles; %2 duplicates skipped, %3 near-duplicates linked, %4 errors</source>
        <translation>%1 Artikel importiert; %2 Duplikate übersprungen, %3 Beinahe-Duplikate verknüpft, %4 Fehler</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>Import abgebrochen. </translation>
    </message>
    <message>
        <source> — the issues list names each file and reason.</source>
        <translation> — die Problemliste nennt jede Datei und den Grund.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) match the filters</source>
        <translation>
            <numerusform>Gefiltert: %1 von %n Artikel</numerusform>
            <numerusform>Gefiltert: %1 von %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename or Merge Tag</source>
        <translation>Schlagwort umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag merges them):</source>
        <translation>Neuer Name für „%1“ (bei einem vorhandenen Schlagwort werden beide zusammengeführt):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Leseansicht</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>Artikel &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Zei&amp;tleiste</translation>
    </message>
    <message>
        <source>Re&amp;lationships</source>
        <translation>&amp;Beziehungen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Za&amp;hlen</translation>
    </message>
    <message>
        <source>&amp;Export Articles…</source>
        <translation>Artikel &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the filtered articles</source>
        <translation>Gefilterte Artikel exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Open the Timeline or Relationships tab to print its figure.</source>
        <translation>Öffnen Sie die Zeitleiste oder die Beziehungen, um deren Grafik zu drucken.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Kopie der Datenbank speichern</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-Kopie</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 ist die geöffnete Datenbank selbst; bitte eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving a copy to %1…</source>
        <translation>Speichere eine Kopie nach %1…</translation>
    </message>
    <message>
        <source>Saved a copy of the database to %1 (%2 MB)</source>
        <translation>Kopie der Datenbank nach %1 gespeichert (%2 MB)</translation>
    </message>
    <message>
        <source>&amp;Doubtful Relations</source>
        <translation>&amp;Zweifelhafte Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Faint</source>
        <translation>&amp;Blass</translation>
    </message>
    <message>
        <source>&amp;Hidden</source>
        <translation>&amp;Ausgeblendet</translation>
    </message>
    <message>
        <source>Relations found with a confidence below %1 %, not confirmed by you</source>
        <translation>Von der Analyse mit einer Sicherheit unter %1 % gefundene Beziehungen, die Sie nicht bestätigt haben</translation>
    </message>
    <message>
        <source>Learning from corrections</source>
        <translation>Lernen aus Korrekturen</translation>
    </message>
    <message>
        <source>%1 is read-only: the articles can be read, but no edit, import or analysis can be saved. Make the file writable, or save a copy (File → Save a Copy) and work on that.</source>
        <translation>%1 ist schreibgeschützt: Die Artikel lassen sich lesen, aber keine Änderung, kein Import und keine Analyse kann gespeichert werden. Machen Sie die Datei beschreibbar oder speichern Sie eine Kopie (Datei → Kopie speichern) und arbeiten Sie damit.</translation>
    </message>
    <message>
        <source>Analysis failed; the articles not analysed stay due for the next run: %1</source>
        <translation>Analyse fehlgeschlagen; die nicht analysierten Artikel bleiben für den nächsten Lauf vorgemerkt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. Nothing of this edit was stored.</source>
        <translation>„%1“ wurde nicht gespeichert: %2. Nichts von dieser Änderung wurde gespeichert.</translation>
    </message>
    <message>
        <source>Undo of “%1” failed: %2. The database keeps what it had before; the undo history was cleared.</source>
        <translation>Rückgängigmachen von „%1“ fehlgeschlagen: %2. Die Datenbank behält ihren vorigen Stand; der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <source>Redo of “%1” failed: %2. The database keeps what it had before; the undo history was cleared.</source>
        <translation>Wiederherstellen von „%1“ fehlgeschlagen: %2. Die Datenbank behält ihren vorigen Stand; der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt; searches may miss words until it is: %1</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden; bis dahin kann die Suche Wörter übersehen: %1</translation>
    </message>
    <message>
        <source>The search index was not rebuilt: searches may miss or wrongly find some words until it is. It is offered again when the database is next opened.</source>
        <translation>Der Suchindex wurde nicht neu aufgebaut: Bis dahin kann die Suche manche Wörter übersehen oder fälschlich finden. Beim nächsten Öffnen der Datenbank wird es wieder angeboten.</translation>
    </message>
    <message>
        <source>Search index rebuilt.</source>
        <translation>Suchindex neu aufgebaut.</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>An export is still being written; try again when it is done.</source>
        <translation>Ein Export wird noch geschrieben; bitte erneut versuchen, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Article &amp;History…</source>
        <translation>&amp;Verlauf des Artikels…</translation>
    </message>
    <message>
        <source>Select an article first.</source>
        <translation>Bitte zuerst einen Artikel auswählen.</translation>
    </message>
    <message>
        <source>Article History</source>
        <translation>Verlauf des Artikels</translation>
    </message>
    <message numerus="yes">
        <source>%1 or more of %n article(s) match the filters; counting…</source>
        <translation>
            <numerusform>Gefiltert: %1 oder mehr von %n Artikel, wird gezählt …</numerusform>
            <numerusform>Gefiltert: %1 oder mehr von %n Artikeln, wird gezählt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Lagebild — %1 (team database)</source>
        <translation>Lagebild — %1 (Teamdatenbank)</translation>
    </message>
    <message>
        <source>Other analysts&apos; edits do not appear in this window until it is connected to the team database again; it keeps trying: %1</source>
        <translation>Änderungen anderer Analysten erscheinen in diesem Fenster erst wieder, wenn es wieder mit der Teamdatenbank verbunden ist; es versucht es weiter: %1</translation>
    </message>
    <message>
        <source>The team database answers again; the articles were read anew.</source>
        <translation>Die Teamdatenbank antwortet wieder; die Artikel wurden neu gelesen.</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Mit &amp;Teamdatenbank verbinden…</translation>
    </message>
    <message>
        <source>On a team database the workers analyse the articles (lagebild-cli worker).</source>
        <translation>In einer Teamdatenbank analysieren die Worker die Artikel (lagebild-cli worker).</translation>
    </message>
    <message>
        <source>A team database is copied with `lagebild-cli migrate` or the server&apos;s tools.</source>
        <translation>Eine Teamdatenbank wird mit `lagebild-cli migrate` oder den Werkzeugen des Servers kopiert.</translation>
    </message>
    <message>
        <source>%1: your role may read this team database but not change it: no edit or import can be saved. An administrator can make you an editor (lagebild-cli access grant USER editor).</source>
        <translation>%1: Ihre Rolle darf diese Teamdatenbank lesen, aber nicht ändern: Keine Bearbeitung und kein Import kann gespeichert werden. Ein Administrator kann Sie zum Bearbeiter machen (lagebild-cli access grant BENUTZER editor).</translation>
    </message>
    <message>
        <source>The workers analyse every article again with the changed rules.</source>
        <translation>Die Worker analysieren jeden Artikel mit den geänderten Regeln neu.</translation>
    </message>
    <message>
        <source>The team database does not answer (%1): “%2” waits in this window and is written when the server answers again, and so does every later edit. Closing the window discards what still waits.</source>
        <translation>Die Teamdatenbank antwortet nicht (%1): „%2“ wartet in diesem Fenster und wird gespeichert, sobald der Server wieder antwortet, ebenso jede spätere Bearbeitung. Wird das Fenster geschlossen, wird verworfen, was noch wartet.</translation>
    </message>
    <message>
        <source>Written to the team database after waiting: “%1”</source>
        <translation>Nach dem Warten in der Teamdatenbank gespeichert: „%1“</translation>
    </message>
    <message>
        <source>“%1” taken back; it had not been written.</source>
        <translation>„%1“ zurückgenommen; es war noch nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the team database</source>
        <translation>
            <numerusform>%n Bearbeitung wartet auf die Teamdatenbank</numerusform>
            <numerusform>%n Bearbeitungen warten auf die Teamdatenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written yet; tried again every %1 s, oldest first:</source>
        <translation>Noch nicht gespeichert; alle %1 s erneut versucht, die älteste zuerst:</translation>
    </message>
    <message>
        <source>Edits Not Written</source>
        <translation>Bearbeitungen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) have not reached the team database yet:</source>
        <translation>
            <numerusform>%n Bearbeitung hat die Teamdatenbank noch nicht erreicht:</numerusform>
            <numerusform>%n Bearbeitungen haben die Teamdatenbank noch nicht erreicht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing the window discards them.</source>
        <translation>Wird das Fenster geschlossen, werden sie verworfen.</translation>
    </message>
    <message>
        <source>Discard and Close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>Der Artikel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The engine&apos;s mentions of this article come back with the next analysis; analysing it again now failed: %1</source>
        <translation>Die Erwähnungen der Analyse kommen für diesen Artikel mit der nächsten Analyse zurück; ihn jetzt erneut zu analysieren, schlug fehl: %1</translation>
    </message>
    <message>
        <source>“%1” taken back on the team database.</source>
        <translation>„%1“ in der Teamdatenbank zurückgenommen.</translation>
    </message>
    <message>
        <source>An edit still to be taken back may then stay on the team database.</source>
        <translation>Eine Bearbeitung, die noch zurückgenommen werden soll, kann dann in der Teamdatenbank bleiben.</translation>
    </message>
    <message>
        <source>Undo of “%1” failed on the team server: %2. The edit stays stored; Undo offers it again.</source>
        <translation>Rückgängigmachen von „%1“ auf dem Team-Server fehlgeschlagen: %2. Die Bearbeitung bleibt gespeichert; „Rückgängig“ bietet sie erneut an.</translation>
    </message>
    <message>
        <source>Your note on article %1 was not saved: %2. Your text: “%3”</source>
        <translation>Ihre Notiz zu Artikel %1 wurde nicht gespeichert: %2. Ihr Text: „%3“</translation>
    </message>
    <message>
        <source>the article could not be read (%1)</source>
        <translation>der Artikel konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the article is no longer in the database</source>
        <translation>der Artikel ist nicht mehr in der Datenbank</translation>
    </message>
    <message>
        <source>Undo of “%1” failed: %2. The team database may or may not have undone it; the undo history was cleared.</source>
        <translation>Rückgängigmachen von „%1“ fehlgeschlagen: %2. Ob die Teamdatenbank es rückgängig gemacht hat, ist offen; der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <source>Redo of “%1” failed: %2. The team database may or may not have stored it; the undo history was cleared.</source>
        <translation>Wiederherstellen von „%1“ fehlgeschlagen: %2. Ob die Teamdatenbank es gespeichert hat, ist offen; der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <source>The note was changed elsewhere while you edited it.</source>
        <translation>Die Notiz wurde anderswo geändert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>The note was changed by %1 at %2 while you edited it.</source>
        <translation>Die Notiz wurde von %1 um %2 geändert, während Sie sie bearbeiteten.</translation>
    </message>
    <message>
        <source>The team database refuses this window&apos;s password (%1): “%2” waits in this window and is written once the new password is given, and so does every later edit. Closing the window discards what still waits.</source>
        <translation>Die Teamdatenbank weist das Passwort dieses Fensters ab (%1): „%2“ wartet in diesem Fenster und wird gespeichert, sobald das neue Passwort eingegeben ist, ebenso jede spätere Bearbeitung. Wird das Fenster geschlossen, wird verworfen, was noch wartet.</translation>
    </message>
    <message>
        <source>The team database took the new password.</source>
        <translation>Die Teamdatenbank hat das neue Passwort angenommen.</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the new password (%1); it is used until the window closes.</source>
        <translation>Der Schlüsselbund des Desktops hat das neue Passwort nicht gespeichert (%1); es gilt, bis das Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Team Database &amp;Password…</source>
        <translation>&amp;Passwort der Teamdatenbank…</translation>
    </message>
    <message>
        <source>This window is disconnected from %1: the team database refused its password, and the window does not send the refused password again. Edits keep waiting in the window and other analysts&apos; edits do not appear until the new password is given: File → Team Database Password, or the button in the status bar.</source>
        <translation>Dieses Fenster ist von %1 getrennt: Die Teamdatenbank hat sein Passwort abgewiesen, und das Fenster sendet das abgewiesene Passwort nicht noch einmal. Bearbeitungen warten im Fenster, und Bearbeitungen anderer erscheinen nicht, bis das neue Passwort eingegeben ist: Datei → Passwort der Teamdatenbank oder die Schaltfläche in der Statusleiste.</translation>
    </message>
    <message>
        <source>Disconnected: password refused</source>
        <translation>Getrennt: Passwort abgewiesen</translation>
    </message>
    <message>
        <source>The team database refused this window&apos;s password. Nothing is sent to it with that password again; edits wait in the window. Click to give the new password.</source>
        <translation>Die Teamdatenbank hat das Passwort dieses Fensters abgewiesen. Mit diesem Passwort wird nichts mehr an sie gesendet; Bearbeitungen warten im Fenster. Klicken, um das neue Passwort einzugeben.</translation>
    </message>
    <message>
        <source>The team database refused this window&apos;s password: with the new one they are written at once.</source>
        <translation>Die Teamdatenbank hat das Passwort dieses Fensters abgewiesen: Mit dem neuen werden sie sofort gespeichert.</translation>
    </message>
    <message>
        <source>Enter Password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>The edits waiting for the team database could not be kept on disk (%1): they wait in this window only, and a crash would lose them.</source>
        <translation>Die Bearbeitungen, die auf die Teamdatenbank warten, konnten nicht auf dem Datenträger festgehalten werden (%1): Sie warten nur in diesem Fenster, und ein Absturz würde sie verlieren.</translation>
    </message>
    <message>
        <source>A journal of edits waiting for the team database could not be read and was kept aside, unwritten: %1</source>
        <translation>Ein Journal von Bearbeitungen, die auf die Teamdatenbank warten, war nicht lesbar und wurde ungeschrieben beiseitegelegt: %1</translation>
    </message>
    <message>
        <source>“%1” waited for the team database in a window that ended before it was written; it was not saved. Please make it again.</source>
        <translation>„%1“ wartete auf die Teamdatenbank in einem Fenster, das endete, bevor es geschrieben war; es wurde nicht gespeichert. Bitte noch einmal vornehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that a window left waiting for the team database when it ended now wait in this window and are written when the server answers: %1</source>
        <translation>
            <numerusform>%n Bearbeitung, die ein Fenster ungeschrieben auf die Teamdatenbank warten ließ, als es endete, wartet in diesem Fenster und wird gespeichert, sobald der Server antwortet: %1</numerusform>
            <numerusform>%n Bearbeitungen, die ein Fenster ungeschrieben auf die Teamdatenbank warten ließ, als es endete, warten in diesem Fenster und werden gespeichert, sobald der Server antwortet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::NetworkView</name>
    <message>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>links seen ≥ </source>
        <translation>Verbindungen gesehen ≥ </translation>
    </message>
    <message>
        <source>depth </source>
        <translation>Tiefe </translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation>Gleicher Satz</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Around an entity…</source>
        <translation>Umfeld einer Entität…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Click an entity or a link.</source>
        <translation>Klicken Sie auf eine Entität oder eine Verbindung.</translation>
    </message>
    <message>
        <source>Double-click a line to open its article</source>
        <translation>Doppelklick auf eine Zeile öffnet den zugehörigen Artikel</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 mentions in %4 articles</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 Erwähnungen in %4 Artikeln</translation>
    </message>
    <message>
        <source>%1 — %2&lt;br&gt;%3, %4 times</source>
        <translation>%1 — %2&lt;br&gt;%3, %4-mal</translation>
    </message>
    <message>
        <source>named in the same sentence</source>
        <translation>im selben Satz genannt</translation>
    </message>
    <message>
        <source>%1 entities, %2 links</source>
        <translation>%1 Entitäten, %2 Verbindungen</translation>
    </message>
    <message>
        <source>around %1, depth %2</source>
        <translation>Umfeld von %1, Tiefe %2</translation>
    </message>
    <message>
        <source>Relationships of %1</source>
        <translation>Beziehungen von %1</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Choose at least one entity type.</source>
        <translation>Wählen Sie mindestens einen Entitätstyp aus.</translation>
    </message>
    <message>
        <source>Laying out the network…</source>
        <translation>Netzwerk wird angeordnet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 linked entities; its articles:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 verbundene Entitäten; ihre Artikel:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;: the sentences behind the link</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;: die Sätze hinter der Verbindung</translation>
    </message>
    <message>
        <source>same sentence</source>
        <translation>gleicher Satz</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Network</source>
        <translation>Netzwerk exportieren</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>Beziehungstypen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The sentence states this relation: draw it solid and keep it through every analysis</source>
        <translation>Der Satz sagt diese Beziehung aus: durchgezogen zeichnen und bei jeder Analyse behalten</translation>
    </message>
    <message>
        <source>The sentence states another type, direction or entity</source>
        <translation>Der Satz sagt einen anderen Typ, eine andere Richtung oder Entität aus</translation>
    </message>
    <message>
        <source>The sentence does not state this relation: no event, no link, also after an analysis</source>
        <translation>Der Satz sagt diese Beziehung nicht aus: kein Ereignis, keine Verbindung, auch nach einer Analyse</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <source>%1 (doubtful)</source>
        <translation>%1 (zweifelhaft)</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1
Right-click to confirm, correct or reject the relation</source>
        <translation>%1
Rechtsklick: Beziehung bestätigen, korrigieren oder verwerfen</translation>
    </message>
</context>
<context>
    <name>Lagebild::OccurrenceModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Lagebild::PageSetupBox</name>
    <message>
        <source>PDF: A4 landscape</source>
        <translation>PDF: A4 quer</translation>
    </message>
    <message>
        <source>PDF: A4 portrait</source>
        <translation>PDF: A4 hoch</translation>
    </message>
    <message>
        <source>PDF: A3 landscape</source>
        <translation>PDF: A3 quer</translation>
    </message>
    <message>
        <source>PDF: A3 portrait</source>
        <translation>PDF: A3 hoch</translation>
    </message>
    <message>
        <source>Page size and orientation of PDF exports</source>
        <translation>Seitenformat und Ausrichtung beim PDF-Export</translation>
    </message>
</context>
<context>
    <name>Lagebild::PasswordPrompt</name>
    <message>
        <source>Team Database Password</source>
        <translation>Passwort der Teamdatenbank</translation>
    </message>
    <message>
        <source>The password this window&apos;s connections send to the team database from now on, checked with the server first. Edits that wait are written once it works.</source>
        <translation>Das Passwort, das die Verbindungen dieses Fensters ab jetzt an die Teamdatenbank senden; der Server prüft es zuerst. Wartende Bearbeitungen werden gespeichert, sobald es funktioniert.</translation>
    </message>
    <message>
        <source>The team database no longer takes the password this window logged in with: perhaps the administrator changed it. Edits wait in the window until the new one is given; nothing is lost.</source>
        <translation>Die Teamdatenbank nimmt das Passwort, mit dem sich dieses Fenster angemeldet hat, nicht mehr an – vielleicht hat die Administration es geändert. Bearbeitungen warten im Fenster, bis das neue eingegeben ist; nichts geht verloren.</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation>%1, Datenbank %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Neues Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Keep Edits Waiting</source>
        <translation>Bearbeitungen warten lassen</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Das Passwort wird geprüft…</translation>
    </message>
    <message>
        <source>The server refused this password too. Type it again, then Connect.</source>
        <translation>Der Server hat auch dieses Passwort abgewiesen. Geben Sie es erneut ein und klicken Sie auf „Verbinden“.</translation>
    </message>
</context>
<context>
    <name>Lagebild::ReaderView</name>
    <message>
        <source>no publication date found</source>
        <translation>kein Veröffentlichungsdatum gefunden</translation>
    </message>
    <message>
        <source> (uncertain)</source>
        <translation> (unsicher)</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>unbekanntes Medium</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Near-duplicate of article %1 (%2% shared)</source>
        <translation>Beinahe-Duplikat von Artikel %1 (%2 % übereinstimmend)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>Lagebild::RelationDialog</name>
    <message>
        <source>Correct Relation</source>
        <translation>Beziehung korrigieren</translation>
    </message>
    <message>
        <source>The analysis read: %1 %2 %3</source>
        <translation>Die Analyse las: %1 %2 %3</translation>
    </message>
    <message>
        <source>&amp;Swap Direction</source>
        <translation>Richtung &amp;umkehren</translation>
    </message>
    <message>
        <source>Make the target the one who acts</source>
        <translation>Das Ziel zum Handelnden machen</translation>
    </message>
    <message>
        <source>&amp;Who acts:</source>
        <translation>&amp;Wer handelt:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;On or with whom:</source>
        <translation>&amp;An oder mit wem:</translation>
    </message>
    <message>
        <source>C&amp;orrect</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>Who acts and on whom must be two different entities.</source>
        <translation>Wer handelt und an wem, müssen zwei verschiedene Entitäten sein.</translation>
    </message>
    <message>
        <source>Change the type, the direction or an entity; to keep the relation as it is, confirm it.</source>
        <translation>Ändern Sie den Typ, die Richtung oder eine Entität; soll die Beziehung bleiben, wie sie ist, bestätigen Sie sie.</translation>
    </message>
    <message>
        <source>As it stands: %1 %2 %3</source>
        <translation>Derzeit: %1 %2 %3</translation>
    </message>
</context>
<context>
    <name>Lagebild::RelationReview</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>confidence unknown</source>
        <translation>Sicherheit unbekannt</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>Sicherheit %1 %</translation>
    </message>
    <message>
        <source>Confirm Relation</source>
        <translation>Beziehung bestätigen</translation>
    </message>
    <message>
        <source>Reject Relation</source>
        <translation>Beziehung verwerfen</translation>
    </message>
    <message>
        <source>Correct Relation</source>
        <translation>Beziehung korrigieren</translation>
    </message>
    <message>
        <source>Confirm Relation “%1”</source>
        <translation>Beziehung „%1“ bestätigen</translation>
    </message>
    <message>
        <source>Reject Relation “%1”</source>
        <translation>Beziehung „%1“ verwerfen</translation>
    </message>
    <message>
        <source>Correct Relation “%1”</source>
        <translation>Beziehung „%1“ korrigieren</translation>
    </message>
    <message>
        <source>&amp;Confirm Relation</source>
        <translation>Beziehung &amp;bestätigen</translation>
    </message>
    <message>
        <source>C&amp;orrect Relation…</source>
        <translation>Beziehung &amp;korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Reject Relation</source>
        <translation>Beziehung &amp;verwerfen</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>The relation “%1” was reviewed elsewhere after this view showed it (now %2).</source>
        <translation>Die Beziehung „%1“ wurde anderswo geprüft, nachdem diese Ansicht sie gezeigt hatte (jetzt %2).</translation>
    </message>
    <message>
        <source>The relation “%1” was reviewed by %2 at %3 after this view showed it (now %4).</source>
        <translation>Die Beziehung „%1“ wurde von %2 um %3 geprüft, nachdem diese Ansicht sie gezeigt hatte (jetzt %4).</translation>
    </message>
</context>
<context>
    <name>Lagebild::SearchIndexUpkeep</name>
    <message>
        <source>Search Index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <source>This version of Lagebild splits and stems German words differently, so the search index of %Ln article(s) is written anew, once. Searching waits until it is done.</source>
        <translation>
            <numerusform>Diese Version von Lagebild zerlegt deutsche Wörter anders und führt sie anders auf ihre Stammform zurück; darum wird der Suchindex des %Ln Artikels einmal neu geschrieben. Die Suche wartet, bis das erledigt ist.</numerusform>
            <numerusform>Diese Version von Lagebild zerlegt deutsche Wörter anders und führt sie anders auf ihre Stammform zurück; darum wird der Suchindex der %Ln Artikel einmal neu geschrieben. Die Suche wartet, bis das erledigt ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagebild::TimelineView</name>
    <message>
        <source>Mentions over time</source>
        <translation>Erwähnungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Add an entity…</source>
        <translation>Entität hinzufügen…</translation>
    </message>
    <message>
        <source>Double-click an entity to remove it</source>
        <translation>Doppelklick auf eine Entität entfernt sie</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Share of articles</source>
        <translation>Anteil der Artikel</translation>
    </message>
    <message>
        <source>Lanes by relation</source>
        <translation>Spuren nach Beziehung</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>Spuren nach Entität</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>%1 articles under the filters</source>
        <translation>%1 Artikel bei den aktuellen Filtern</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to read these articles&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken, um diese Artikel zu lesen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>date from the text</source>
        <translation>Datum aus dem Text</translation>
    </message>
    <message>
        <source>publication date only</source>
        <translation>nur Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>No entity named “%1”.</source>
        <translation>Keine Entität namens „%1“.</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>Mentions over time: %1</source>
        <translation>Erwähnungen im Zeitverlauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n datiertes Ereignis</numerusform>
            <numerusform>%n datierte Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Add entities above (or double-click one in the Entities dock with the Timeline open) to see how often they are mentioned over time.</source>
        <translation>Fügen Sie oben Entitäten hinzu (oder doppelklicken Sie bei geöffneter Zeitleiste im Dock „Entitäten“ auf eine), um zu sehen, wie oft sie im Zeitverlauf erwähnt werden.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>The sentence states this relation: draw it solid and keep it through every analysis</source>
        <translation>Der Satz sagt diese Beziehung aus: durchgezogen zeichnen und bei jeder Analyse behalten</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>The sentence states another type, direction or entity</source>
        <translation>Der Satz sagt einen anderen Typ, eine andere Richtung oder Entität aus</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The sentence does not state this relation: no event, no link, also after an analysis</source>
        <translation>Der Satz sagt diese Beziehung nicht aus: kein Ereignis, keine Verbindung, auch nach einer Analyse</translation>
    </message>
    <message>
        <source>&amp;Whole Period</source>
        <translation>&amp;Ganzer Zeitraum</translation>
    </message>
    <message>
        <source>Show every event again after zooming to a period (drag over the strip below the events or over the axis, or Ctrl+wheel)</source>
        <translation>Nach dem Zoomen auf einen Zeitraum wieder alle Ereignisse zeigen (über den Streifen unter den Ereignissen oder über die Achse ziehen, oder Strg+Mausrad)</translation>
    </message>
</context>
<context>
    <name>MentionDialog</name>
    <message>
        <source>Mark as Mention</source>
        <translation>Als Erwähnung markieren</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entität:</translation>
    </message>
    <message>
        <source>a new name, or one the corpus knows</source>
        <translation>ein neuer oder ein im Korpus bekannter Name</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>421000, 12-15, or a date: 2025-10-14, 2025-10, 2025-Q3</source>
        <translation>421000, 12-15 oder ein Datum: 2025-10-14, 2025-10, 2025-Q3</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ei&amp;nheit:</translation>
    </message>
    <message>
        <source>count, USD, EUR, percent, …</source>
        <translation>count (Stück), percent (Prozent), USD, EUR, …</translation>
    </message>
    <message>
        <source>The selected part is the mention: Shift+arrow keys or the mouse widen or narrow it (Ctrl+Shift+arrow: by word)</source>
        <translation>Der markierte Teil ist die Erwähnung: Umschalt+Pfeiltasten oder die Maus erweitern oder verkürzen ihn (Strg+Umschalt+Pfeil: wortweise)</translation>
    </message>
    <message>
        <source>Apply to &amp;all occurrences of this text in the corpus</source>
        <translation>Auf &amp;alle Vorkommen dieses Textes im Korpus anwenden</translation>
    </message>
</context>
<context>
    <name>NetworkFigure</name>
    <message>
        <source>No entities match the filters.</source>
        <translation>Keine Entitäten entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>named in the same sentence</source>
        <translation>im selben Satz genannt</translation>
    </message>
    <message>
        <source>relation found by the analysis (arrow: who acts)</source>
        <translation>von der Analyse gefundene Beziehung (Pfeil: wer handelt)</translation>
    </message>
    <message>
        <source>✓ confirmed by the analyst</source>
        <translation>✓ bei der Sichtung bestätigt</translation>
    </message>
    <message>
        <source>doubtful (confidence below %1 %)</source>
        <translation>zweifelhaft (Sicherheit unter %1 %)</translation>
    </message>
</context>
<context>
    <name>NoteCommand</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note on this article</source>
        <translation>Ihre Notiz zu diesem Artikel</translation>
    </message>
</context>
<context>
    <name>PublicationDateCommand</name>
    <message>
        <source>Set publication date</source>
        <translation>Veröffentlichungsdatum festlegen</translation>
    </message>
</context>
<context>
    <name>RelationType</name>
    <message>
        <source>acquires</source>
        <translation>übernimmt</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>bans</source>
        <translation>verbietet</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>buys</source>
        <translation>kauft</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>klagt an</translation>
    </message>
    <message>
        <source>develops</source>
        <translation>entwickelt</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>investigates</source>
        <translation>ermittelt gegen</translation>
    </message>
    <message>
        <source>invests in</source>
        <translation>investiert in</translation>
    </message>
    <message>
        <source>manufactures</source>
        <translation>stellt her</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>kooperiert mit</translation>
    </message>
    <message>
        <source>restricts</source>
        <translation>beschränkt</translation>
    </message>
    <message>
        <source>sanctions</source>
        <translation>sanktioniert</translation>
    </message>
    <message>
        <source>sues</source>
        <translation>verklagt</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>beliefert</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leitet</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>besitzt</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>Schlagwort %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>Schlagwort %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message numerus="yes">
        <source>Tag %n article(s) with %1</source>
        <translation>
            <numerusform>%1 zu %n Artikel hinzufügen</numerusform>
            <numerusform>%1 zu %n Artikeln hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n article(s)</source>
        <translation>
            <numerusform>%1 von %n Artikel entfernen</numerusform>
            <numerusform>%1 von %n Artikeln entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag Articles</source>
        <translation>Schlagwörter zuweisen</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Schlagwörter, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>e.g. Exportkontrollen, Zoll</source>
        <translation>z. B. Exportkontrollen, Zoll</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>noch etwa %n Std.</numerusform>
            <numerusform>noch etwa %n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>W%1/%2</source>
        <translation>KW %1/%2</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>%1 (publication date)</source>
        <translation>%1 (Veröffentlichungsdatum)</translation>
    </message>
</context>
<context>
    <name>TimelineFigures</name>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>No dated articles match the filters.</source>
        <translation>Keine datierten Artikel entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>Choose entities to compare.</source>
        <translation>Wählen Sie Entitäten zum Vergleichen aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>share of the filtered articles</source>
        <translation>Anteil der gefilterten Artikel</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>dated sentences</source>
        <translation>datierte Sätze</translation>
    </message>
    <message>
        <source>No dated events match the filters.</source>
        <translation>Keine datierten Ereignisse entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>day, date from the text</source>
        <translation>Tag, Datum aus dem Text</translation>
    </message>
    <message>
        <source>day, publication date only</source>
        <translation>Tag, nur Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>week, month, quarter or year: the bar spans the period</source>
        <translation>Woche, Monat, Quartal oder Jahr: Der Balken umfasst den Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n undated article(s) not shown</source>
        <translation>
            <numerusform>%n undatierter Artikel nicht gezeigt</numerusform>
            <numerusform>%n undatierte Artikel nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>“+n”: events without room for their label, where they happened (in the window a click lists them); the CSV and TimelineJS exports list every one.</source>
        <translation>„+n“: Ereignisse ohne Platz für ihre Beschriftung, an ihrem Zeitpunkt (im Fenster listet ein Klick sie auf); die CSV- und TimelineJS-Exporte führen alle auf.</translation>
    </message>
    <message>
        <source>✓ confirmed by the analyst</source>
        <translation>✓ bei der Sichtung bestätigt</translation>
    </message>
    <message>
        <source>grey: doubtful relation (confidence below %1 %)</source>
        <translation>grau: zweifelhafte Beziehung (Sicherheit unter %1 %)</translation>
    </message>
    <message>
        <source>period %1 – %2</source>
        <translation>Zeitraum %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n event(s):</source>
        <translation>
            <numerusform>%n Ereignis:</numerusform>
            <numerusform>alle %n Ereignisse:</numerusform>
        </translation>
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
        <translation>Die Datenbank %1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Switch Database</source>
        <translation>Datenbank wechseln</translation>
    </message>
    <message>
        <source>An import or analysis is running. Stop it and open the other database? What was stored so far stays.</source>
        <translation>Ein Import oder eine Analyse läuft. Abbrechen und die andere Datenbank öffnen? Bereits Gespeichertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Welcome to Lagebild</source>
        <translation>Willkommen bei Lagebild</translation>
    </message>
    <message>
        <source>The database is empty. Load the bundled sample corpus — 33 invented German articles about AI chips, export controls and customs — to try the workbench? You can import your own articles with File → Import at any time.</source>
        <translation>Die Datenbank ist leer. Das mitgelieferte Beispielkorpus laden – 33 erfundene deutsche Artikel über KI-Chips, Exportkontrollen und Zoll –, um die Arbeitsumgebung auszuprobieren? Eigene Artikel können Sie jederzeit über Datei → Importieren importieren.</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Mit Teamdatenbank verbinden</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password: %1
It is used for this session only.</source>
        <translation>Der Schlüsselbund des Desktops hat das Passwort nicht gespeichert: %1
Es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The team database %1 cannot be opened now:
%2</source>
        <translation>Die Teamdatenbank %1 lässt sich gerade nicht öffnen:
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for German-language news.</source>
        <translation>Arbeitsumgebung für deutschsprachige Nachrichten.</translation>
    </message>
    <message>
        <source>Import the bundled sample corpus when the database is empty.</source>
        <translation>Das mitgelieferte Beispielkorpus importieren, wenn die Datenbank leer ist.</translation>
    </message>
    <message>
        <source>Save pictures of the window to this folder once background work is done, then quit.</source>
        <translation>Bilder des Fensters in diesem Ordner speichern, sobald die Hintergrundarbeit erledigt ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>Open the window at this size, such as 1280x720 (for screenshots).</source>
        <translation>Das Fenster in dieser Größe öffnen, etwa 1280x720 (für Bildschirmfotos).</translation>
    </message>
    <message>
        <source>Database file, or team database URI (postgresql://…), to open.</source>
        <translation>Zu öffnende Datenbankdatei oder URI einer Teamdatenbank (postgresql://…).</translation>
    </message>
    <message>
        <source>The team database could not be opened: this window shows the local database. File → Connect to Team Database tries again.</source>
        <translation>Die Teamdatenbank ließ sich nicht öffnen: Dieses Fenster zeigt die lokale Datenbank. Datei → Mit Teamdatenbank verbinden versucht es erneut.</translation>
    </message>
</context>
</TS>

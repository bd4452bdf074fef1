<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_gui/app.py" line="87" />
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="88" />
        <source>Something unexpected went wrong. Your typed figures are still there; please save them. Details were written to %1</source>
        <translation>Noget uventet gik galt. Dine indtastede tal er der stadig; gem dem venligst. Detaljer er skrevet til %1</translation>
    </message>
</context>
<context>
    <name>CohortsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="45" />
        <location filename="../../retention_gui/ui/panels/tables.py" line="72" />
        <source>Each row is the customers whose first order fell in that period; column +k is the share of them who ordered again k periods later.</source>
        <translation>Hver række er de kunder, hvis første ordre faldt i perioden; kolonne +k er andelen af dem, der købte igen k perioder senere.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="63" />
        <source>Cohorts need order data: import an order export (one row per order line).</source>
        <translation>Kohorter kræver ordredata: importér et ordreudtræk (én række pr. ordrelinje).</translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="86" />
        <source>Find a customer…</source>
        <translation>Find en kunde…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="118" />
        <source>Customers need order data: import an order export.</source>
        <translation>Kunder kræver ordredata: importér et ordreudtræk.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="121" />
        <source>%1 customers, %2 alive</source>
        <translation>%1 kunder, %2 aktive</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="207" />
        <source>Share of the customers you started with who are still customers.</source>
        <translation>Andel af kunderne ved periodens start, som stadig er kunder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="208" />
        <source>Share of the customers you started with who left.</source>
        <translation>Andel af kunderne ved periodens start, som forsvandt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="209" />
        <source>Share of recurring revenue lost to cancellations and downgrades.</source>
        <translation>Andel af den faste omsætning, der gik tabt ved opsigelser og nedgraderinger.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="210" />
        <source>Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow.</source>
        <translation>Fast omsætning beholdt fra eksisterende kunder, opgraderinger medregnet. Over 100 % betyder, at de vokser.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="211" />
        <source>What an average customer is worth over their whole time with you.</source>
        <translation>Hvad en gennemsnitlig kunde er værd i hele kundeforholdet.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="212" />
        <source>What an average active customer spends in a period.</source>
        <translation>Hvad en gennemsnitlig aktiv kunde køber for i en periode.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="213" />
        <source>Share of active customers who bought more than once.</source>
        <translation>Andel af de aktive kunder, der købte mere end én gang.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="214" />
        <source>Would customers recommend you? From -100 to 100; above 0 is more fans than critics.</source>
        <translation>Vil kunderne anbefale dig? Fra -100 til 100; over 0 betyder flere fans end kritikere.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="215" />
        <source>Share of units sold that came back.</source>
        <translation>Andel af de solgte enheder, der kom retur.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="216" />
        <source>How many days customers take to pay, on average.</source>
        <translation>Hvor mange dage kunderne i gennemsnit er om at betale.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="217" />
        <source>Average days between a customer's purchases.</source>
        <translation>Gennemsnitligt antal dage mellem en kundes køb.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="218" />
        <source>Share of recent customers with several orders in the churn window.</source>
        <translation>Andel af nylige kunder med flere ordrer i churn-vinduet.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="219" />
        <source>Distinct customers in the data.</source>
        <translation>Forskellige kunder i data.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="220" />
        <source>Orders in the data (refunds are not orders).</source>
        <translation>Ordrer i data (refusioner er ikke ordrer).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="221" />
        <source>Revenue net of refunds.</source>
        <translation>Omsætning efter refusioner.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="222" />
        <source>Average value of one order.</source>
        <translation>Gennemsnitlig værdi af én ordre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="223" />
        <source>Orders per customer.</source>
        <translation>Ordrer pr. kunde.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="224" />
        <source>The middle value of the days between purchases.</source>
        <translation>Midterste værdi af dagene mellem køb.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="225" />
        <source>Average retention rate over the periods where it is defined.</source>
        <translation>Gennemsnitlig fastholdelse over de perioder, hvor den kan beregnes.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="226" />
        <source>Average churn rate over the periods where it is defined.</source>
        <translation>Gennemsnitlig churn over de perioder, hvor den kan beregnes.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="227" />
        <source>Answers counted (blanks skipped).</source>
        <translation>Optalte svar (tomme sprunget over).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="228" />
        <source>Blank answers.</source>
        <translation>Tomme svar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="44" />
        <source>retained / customers at start × 100</source>
        <translation>fastholdte / kunder ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="46" />
        <source>(customers at end − new) / customers at start × 100</source>
        <translation>(kunder ved slut − nye) / kunder ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="48" />
        <source>lost / customers at start × 100</source>
        <translation>mistede / kunder ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="49" />
        <source>(churned + contraction) / revenue at start × 100</source>
        <translation>(mistet + nedgraderinger) / omsætning ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="51" />
        <source>(revenue at start − churned − contraction + expansion) / revenue at start × 100</source>
        <translation>(omsætning ved start − mistet − nedgraderinger + opgraderinger) / omsætning ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="53" />
        <source>customer value × average lifespan (× gross margin)</source>
        <translation>kundeværdi × gennemsnitlig levetid (× dækningsgrad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="56" />
        <source>average order value × purchase frequency</source>
        <translation>gennemsnitlig ordreværdi × købsfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="58" />
        <source>repeat customers / active customers × 100</source>
        <translation>genkøbende kunder / aktive kunder × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="60" />
        <source>(promoters − detractors) / answers × 100</source>
        <translation>(ambassadører − kritikere) / svar × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="62" />
        <source>units returned / units sold × 100</source>
        <translation>returnerede enheder / solgte enheder × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="63" />
        <source>receivables / credit sales × days</source>
        <translation>debitorer / kreditsalg × dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="64" />
        <source>mean of the days between a customer's consecutive purchases</source>
        <translation>gennemsnit af dagene mellem en kundes køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="65" />
        <source>customers with enough orders in the window / customers with an order in the window × 100</source>
        <translation>kunder med nok ordrer i vinduet / kunder med en ordre i vinduet × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="72" />
        <source>
&lt;h2&gt;How are these computed?&lt;/h2&gt;
&lt;p&gt;Every number follows the project's reference definitions (METRICS.md). S, E, N and L are the customers at
the start and end of the period, the new customers and the lost customers.&lt;/p&gt;
&lt;table cellpadding="4"&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Customer retention rate (CRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(E − N) / S × 100; from orders: retained / S × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Churn rate&lt;/b&gt;&lt;/td&gt;&lt;td&gt;L / S × 100, with L = S + N − E when not given&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Revenue churn&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(churned + contraction) / revenue at start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;GRR&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(revenue at start − churned − contraction) / revenue at start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;NRR&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(revenue at start − churned − contraction + expansion) / revenue at start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Average order value&lt;/b&gt;&lt;/td&gt;&lt;td&gt;revenue / orders&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Purchase frequency&lt;/b&gt;&lt;/td&gt;&lt;td&gt;orders / active customers&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Customer value&lt;/b&gt;&lt;/td&gt;&lt;td&gt;average order value × purchase frequency&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Repeat purchase rate&lt;/b&gt;&lt;/td&gt;&lt;td&gt;repeat customers / active customers × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Average lifespan&lt;/b&gt;&lt;/td&gt;&lt;td&gt;100 / churn rate (periods)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Customer lifetime value&lt;/b&gt;&lt;/td&gt;&lt;td&gt;customer value × average lifespan (× gross margin / 100 when given)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;NPS&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(promoters − detractors) / answers × 100; promoters 9-10, passives 7-8, detractors 0-6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Return rate&lt;/b&gt;&lt;/td&gt;&lt;td&gt;units returned / units sold × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;DSO&lt;/b&gt;&lt;/td&gt;&lt;td&gt;receivables / credit sales × days in the period&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;h3&gt;From orders&lt;/h3&gt;
&lt;p&gt;A customer is &lt;i&gt;alive&lt;/i&gt; on a day if they ordered within the churn window (365 days by default) up to that day.
S counts customers alive the day before a period starts, E those alive on its last day. Refunds (negative
amounts) reduce revenue but are not orders. Cohorts group customers by the period of their first order and show
the share who ordered again k periods later.&lt;/p&gt;
&lt;p&gt;A number shows as “–” when it is undefined, for example a rate with zero customers at the start.&lt;/p&gt;
&lt;h3&gt;Warnings&lt;/h3&gt;
&lt;p&gt;Churn above 7 %, NPS below 0, NRR below 100 % and DSO above 45 days are flagged; the limits can be changed in Settings.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Hvordan beregnes tallene?&lt;/h2&gt;
&lt;p&gt;Alle tal følger projektets referencedefinitioner (METRICS.md). S, E, N og L er kunderne ved periodens
start og slutning, de nye kunder og de mistede kunder.&lt;/p&gt;
&lt;table cellpadding="4"&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundefastholdelse (CRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(E − N) / S × 100; fra ordrer: fastholdte / S × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Churn&lt;/b&gt;&lt;/td&gt;&lt;td&gt;L / S × 100, med L = S + N − E, når L ikke er angivet&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Omsætningschurn&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(mistet + nedgraderinger) / omsætning ved start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;GRR&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(omsætning ved start − mistet − nedgraderinger) / omsætning ved start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;NRR&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(omsætning ved start − mistet − nedgraderinger + opgraderinger) / omsætning ved start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gennemsnitlig ordreværdi&lt;/b&gt;&lt;/td&gt;&lt;td&gt;omsætning / ordrer&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Købsfrekvens&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ordrer / aktive kunder&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundeværdi&lt;/b&gt;&lt;/td&gt;&lt;td&gt;gennemsnitlig ordreværdi × købsfrekvens&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genkøbsrate&lt;/b&gt;&lt;/td&gt;&lt;td&gt;genkøbende kunder / aktive kunder × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gennemsnitlig levetid&lt;/b&gt;&lt;/td&gt;&lt;td&gt;100 / churn (perioder)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundelivstidsværdi&lt;/b&gt;&lt;/td&gt;&lt;td&gt;kundeværdi × gennemsnitlig levetid (× dækningsgrad / 100, når den er angivet)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;NPS&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(ambassadører − kritikere) / svar × 100; ambassadører 9-10, passive 7-8, kritikere 0-6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Returprocent&lt;/b&gt;&lt;/td&gt;&lt;td&gt;returnerede enheder / solgte enheder × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;DSO&lt;/b&gt;&lt;/td&gt;&lt;td&gt;debitorer / kreditsalg × dage i perioden&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;h3&gt;Fra ordrer&lt;/h3&gt;
&lt;p&gt;En kunde er &lt;i&gt;aktiv&lt;/i&gt; på en dag, hvis kunden har købt inden for churn-vinduet (365 dage som standard) op til den dag.
S tæller kunder, der er aktive dagen før perioden starter, E dem der er aktive på periodens sidste dag. Refusioner (negative
beløb) trækkes fra omsætningen, men er ikke ordrer. Kohorter samler kunderne efter perioden for deres første ordre og viser
andelen, der købte igen k perioder senere.&lt;/p&gt;
&lt;p&gt;Et tal vises som “–”, når det ikke kan beregnes, fx en rate med nul kunder ved start.&lt;/p&gt;
&lt;h3&gt;Advarsler&lt;/h3&gt;
&lt;p&gt;Churn over 7 %, NPS under 0, NRR under 100 % og DSO over 45 dage markeres; grænserne kan ændres under Indstillinger.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="284" />
        <source>How are these computed?</source>
        <translation>Hvordan beregnes tallene?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="127" />
        <source>Retention Calculator</source>
        <translation>Kundefastholdelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="134" />
        <source>Type your figures on the left, or import a spreadsheet (Ctrl+I).</source>
        <translation>Skriv dine tal til venstre, eller importér et regneark (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="154" />
        <source>Add row</source>
        <translation>Tilføj række</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="155" />
        <source>Add an empty period at the end (Ctrl+Shift+N)</source>
        <translation>Tilføj en tom periode til sidst (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="158" />
        <source>Remove rows</source>
        <translation>Fjern rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="159" />
        <source>Remove the selected periods</source>
        <translation>Fjern de valgte perioder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="161" />
        <source>One row per period. Paste a block copied from Excel with Ctrl+V.</source>
        <translation>Én række pr. periode. Indsæt et område kopieret fra Excel med Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="174" />
        <source>Quick form</source>
        <translation>Hurtig formular</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="175" />
        <source>Period table</source>
        <translation>Periodetabel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="186" />
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="187" />
        <source>Trends</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="188" />
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="189" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="190" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="195" />
        <source>&lt;h1&gt;Retention Calculator&lt;/h1&gt;&lt;p&gt;See how many customers stay, what they are worth, and where to improve.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Kundefastholdelse&lt;/h1&gt;&lt;p&gt;Se hvor mange kunder der bliver, hvad de er værd, og hvor du kan blive bedre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="200" />
        <source>Try the sample data</source>
        <translation>Prøv med eksempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="203" />
        <source>Import a spreadsheet…</source>
        <translation>Importér et regneark…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="212" />
        <source>…or type your figures in the form on the left, or drop an Excel file here.</source>
        <translation>…eller skriv dine tal i formularen til venstre, eller slip en Excel-fil her.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="245" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="246" />
        <source>Start again with an empty form and table</source>
        <translation>Start forfra med tom formular og tabel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="247" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="248" />
        <source>Open a saved project or a spreadsheet</source>
        <translation>Åbn et gemt projekt eller et regneark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="249" />
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="250" />
        <source>Save the typed figures and settings as a project</source>
        <translation>Gem de indtastede tal og indstillinger som et projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="251" />
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="252" />
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="253" />
        <source>Import an Excel sheet or CSV file</source>
        <translation>Importér et Excel-ark eller en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="254" />
        <source>&amp;Export results…</source>
        <translation>&amp;Eksportér resultater…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="255" />
        <source>Write the results to an Excel workbook</source>
        <translation>Skriv resultaterne til en Excel-projektmappe</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="256" />
        <source>Open the &amp;sample data</source>
        <translation>Åbn &amp;eksempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="258" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="261" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="263" />
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="265" />
        <source>&amp;Paste rows</source>
        <translation>&amp;Indsæt rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="266" />
        <source>Paste rows copied from Excel into the period table</source>
        <translation>Indsæt rækker kopieret fra Excel i periodetabellen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="267" />
        <source>&amp;Add row</source>
        <translation>&amp;Tilføj række</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="268" />
        <source>&amp;Remove rows</source>
        <translation>&amp;Fjern rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="269" />
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="272" />
        <source>&amp;How are these computed?</source>
        <translation>&amp;Hvordan beregnes tallene?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="273" />
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="280" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="287" />
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="290" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="296" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="301" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="304" />
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="310" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="325" />
        <source>Clear list</source>
        <translation>Ryd listen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="430" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n inputfejl</numerusform><numerusform>%n inputfejl</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="432" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n advarsel</numerusform><numerusform>%n advarsler</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="439" />
        <source>Untitled</source>
        <translation>Uden navn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="448" />
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="449" />
        <source>You have typed figures that are not saved. Save them first?</source>
        <translation>Du har indtastet tal, som ikke er gemt. Vil du gemme dem først?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="470" />
        <source>Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Projekter og regneark (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="471" />
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="476" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Regneark (*.xlsx *.xlsm *.xls *.ods *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="477" />
        <location filename="../../retention_gui/ui/main_window.py" line="517" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="501" />
        <location filename="../../retention_gui/ui/main_window.py" line="571" />
        <source>Could not import the file</source>
        <translation>Filen kunne ikke importeres</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="505" />
        <source>Choose a sheet</source>
        <translation>Vælg et ark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="506" />
        <source>The workbook has several sheets. Which one should be imported?</source>
        <translation>Projektmappen har flere ark. Hvilket skal importeres?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="513" />
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="514" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="528" />
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="549" />
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="564" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen blev annulleret; intet er ændret.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="572" />
        <source>Import failed.</source>
        <translation>Importen mislykkedes.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="593" />
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="612" />
        <source>Imported %1</source>
        <translation>Importerede %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="649" />
        <source>Restore unsaved work?</source>
        <translation>Gendan arbejde, der ikke er gemt?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="650" />
        <source>The app was closed without saving figures you typed (autosaved %1). Restore them?</source>
        <translation>Programmet blev lukket uden at gemme tal, du havde skrevet (autogemt %1). Vil du gendanne dem?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="659" />
        <source>Could not restore</source>
        <translation>Kunne ikke gendanne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="679" />
        <source>Save project</source>
        <translation>Gem projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="680" />
        <source>Retention projects (*.retention)</source>
        <translation>Fastholdelsesprojekter (*.retention)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="697" />
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="706" />
        <source>Could not open the project</source>
        <translation>Projektet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="724" />
        <source>The clipboard is empty.</source>
        <translation>Udklipsholderen er tom.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="738" />
        <source>Pasted %n row(s).</source>
        <translation><numerusform>Indsatte %n række.</numerusform><numerusform>Indsatte %n rækker.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="785" />
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nye sprog bruges, næste gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="794" />
        <source>Export results</source>
        <translation>Eksportér resultater</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="795" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="815" />
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="821" />
        <source>Results written to %1</source>
        <translation>Resultaterne er skrevet til %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="828" />
        <location filename="../../retention_gui/ui/main_window.py" line="854" />
        <source>Could not export</source>
        <translation>Kunne ikke eksportere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="829" />
        <source>%1 is open in another program or write-protected.</source>
        <translation>%1 er åben i et andet program eller skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="830" />
        <source>Close it and try again, or save under another name.</source>
        <translation>Luk den og prøv igen, eller gem under et andet navn.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="831" />
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="832" />
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="858" />
        <source>Save plot</source>
        <translation>Gem graf</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="858" />
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="863" />
        <source>Save plotted numbers</source>
        <translation>Gem tallene i grafen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="863" />
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="67" />
        <source>Which column is which?</source>
        <translation>Hvilken kolonne er hvad?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="70" />
        <source>Orders (one row per order line)</source>
        <translation>Ordrer (én række pr. ordrelinje)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="71" />
        <source>Figures per period</source>
        <translation>Tal pr. periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="72" />
        <source>NPS survey answers</source>
        <translation>Svar fra NPS-undersøgelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="88" />
        <source>Some columns of %1 were not recognised. Pick the column that holds each item; items marked * are needed.</source>
        <translation>Nogle kolonner i %1 blev ikke genkendt. Vælg kolonnen til hvert punkt; punkter med * skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="94" />
        <source>The sheet holds</source>
        <translation>Arket indeholder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="97" />
        <source>Preview of the first rows:</source>
        <translation>De første rækker:</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="150" />
        <source>Please pick a column for: %1</source>
        <translation>Vælg en kolonne til: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="153" />
        <source>Each column can be used for one item only.</source>
        <translation>Hver kolonne kan kun bruges til én ting.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="40" />
        <source>{value} is negative; this must be zero or more</source>
        <translation>{value} er negativ; tallet skal være nul eller mere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="41" />
        <source>{value} is not a whole number; answer counts must be whole numbers</source>
        <translation>{value} er ikke et helt tal; antal svar skal være hele tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="42" />
        <source>gross margin {value} is outside 0-100</source>
        <translation>dækningsgrad {value} ligger uden for 0-100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="43" />
        <source>more customers retained than existed: end {end} - new {new} is more than start {start}</source>
        <translation>flere kunder fastholdt, end der fandtes: slut {end} - nye {new} er mere end start {start}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="46" />
        <source>fewer than zero retained: end {end} - new {new} is below 0</source>
        <translation>færre end nul fastholdt: slut {end} - nye {new} er under 0</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="49" />
        <source>lost customers {lost} differs from start + new - end = {derived}; {lost} is used</source>
        <translation>mistede kunder {lost} afviger fra start + nye - slut = {derived}; {lost} bruges</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="52" />
        <source>repeat customers {repeat} are more than active customers {active}</source>
        <translation>genkøbende kunder {repeat} er flere end aktive kunder {active}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="55" />
        <source>units returned {returned} are more than units sold {sold}</source>
        <translation>returnerede enheder {returned} er flere end solgte enheder {sold}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="58" />
        <source>the period label is empty; give every row a period</source>
        <translation>perioden er tom; giv hver række en periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="59" />
        <source>this cell is empty; a value is needed here</source>
        <translation>cellen er tom; her skal der stå en værdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="60" />
        <source>no column for '{column}' was found; add one or map it in the import</source>
        <translation>der er ingen kolonne til '{column}'; tilføj en, eller vælg den ved importen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="61" />
        <source>'{value}' is not a number</source>
        <translation>'{value}' er ikke et tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="62" />
        <source>'{value}' is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024</source>
        <translation>'{value}' er ikke en dato; brug 2024-01-31, 31-01-2024 eller 31.01.2024</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="65" />
        <source>dates like '{value}' could be day-month or month-day; they were read as day-month</source>
        <translation>datoer som '{value}' kan være dag-måned eller måned-dag; de er læst som dag-måned</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="68" />
        <source>'{value}' could mean thousands or decimals; it was read as {read:g} - check the column</source>
        <translation>'{value}' kan betyde tusinder eller decimaler; det er læst som {read:g} - tjek kolonnen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="71" />
        <source>{count} more cells like this</source>
        <translation>{count} flere celler som denne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="72" />
        <source>'{value}' is not an NPS answer; answers are whole numbers from 0 to 10</source>
        <translation>'{value}' er ikke et NPS-svar; svar er hele tal fra 0 til 10</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="75" />
        <source>there are no orders (only refunds or no rows)</source>
        <translation>der er ingen ordrer (kun refusioner eller ingen rækker)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="76" />
        <source>there are no data rows</source>
        <translation>der er ingen datarækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="77" />
        <source>'{value}' is not a frequency; use one of {allowed}</source>
        <translation>'{value}' er ikke en periodelængde; brug en af {allowed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="78" />
        <source>setting {setting} = {value} is not allowed</source>
        <translation>indstillingen {setting} = {value} er ikke tilladt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="80" />
        <source>churn above {threshold:g}% - look into why customers leave</source>
        <translation>churn over {threshold:g}% - undersøg hvorfor kunderne forsvinder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="81" />
        <source>NPS below {threshold:g} - more detractors than promoters</source>
        <translation>NPS under {threshold:g} - flere kritikere end ambassadører</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="82" />
        <source>NRR below {threshold:g}% - existing customers spend less than before</source>
        <translation>NRR under {threshold:g}% - eksisterende kunder køber for mindre end før</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="83" />
        <source>DSO above {threshold:g} days - customers pay slowly</source>
        <translation>DSO over {threshold:g} dage - kunderne betaler langsomt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="85" />
        <source>the file does not exist</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="86" />
        <source>'{suffix}' files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation>'{suffix}'-filer kan ikke læses; brug .xlsx, .xlsm, .xls, .ods eller .csv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="89" />
        <source>the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again</source>
        <translation>filen kunne ikke læses som et regneark ({detail}); åbn den i Excel og gem den igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="92" />
        <source>this file is password-protected; save an unprotected copy and import that</source>
        <translation>filen er beskyttet med adgangskode; gem en kopi uden beskyttelse og importér den</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="95" />
        <source>the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened</source>
        <translation>filen ville fylde {size_mb} MB udpakket, langt mere end et regneark af dens størrelse; den blev ikke åbnet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="98" />
        <source>there is no sheet '{sheet}'; the sheets are: {sheets}</source>
        <translation>der er intet ark '{sheet}'; arkene er: {sheets}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="99" />
        <source>every sheet in the file is hidden</source>
        <translation>alle ark i filen er skjulte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="100" />
        <source>the sheet is empty</source>
        <translation>arket er tomt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="101" />
        <source>no header row with known column names was found in the first {rows} rows; map the columns by hand</source>
        <translation>der er ingen overskriftsrække med kendte navne i de første {rows} rækker; vælg kolonnerne selv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="104" />
        <source>the columns do not look like periods, orders or NPS answers: {columns}</source>
        <translation>kolonnerne ligner hverken perioder, ordrer eller NPS-svar: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="107" />
        <source>these columns were not recognised and are ignored: {columns}</source>
        <translation>disse kolonner blev ikke genkendt og ignoreres: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="108" />
        <source>the sheet has formulas without saved results; open the file in Excel, save it, and import again</source>
        <translation>arket har formler uden gemte resultater; åbn filen i Excel, gem den, og importér igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="111" />
        <source>this is not a readable project file ({detail})</source>
        <translation>dette er ikke en læsbar projektfil ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="112" />
        <source>this project was saved by a newer version of the app (format {version}); update the app to open it</source>
        <translation>projektet er gemt af en nyere version af programmet (format {version}); opdatér programmet for at åbne det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="115" />
        <source>the file contains XML entity declarations, which spreadsheets do not need and attacks use; it was not opened</source>
        <translation>filen indeholder XML-entiteter, som regneark ikke bruger, men angreb gør; den blev ikke åbnet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="118" />
        <source>the percentages look like fractions (Excel percent cells): {value} was read as {percent:g} %</source>
        <translation>procenterne ligner brøker (Excel-procentceller): {value} er læst som {percent:g} %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="121" />
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="122" />
        <source>the file could not be written ({detail})</source>
        <translation>filen kunne ikke skrives ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="123" />
        <source>the file is open in another program or write-protected; close it or choose another name</source>
        <translation>filen er åben i et andet program eller skrivebeskyttet; luk den eller vælg et andet navn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="129" />
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="130" />
        <source>sheet '{sheet}'</source>
        <translation>ark '{sheet}'</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="131" />
        <source>row {row}</source>
        <translation>række {row}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="132" />
        <source>column {column}</source>
        <translation>kolonne {column}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="133" />
        <source>period {period}</source>
        <translation>periode {period}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="137" />
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="138" />
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="142" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="143" />
        <location filename="../../retention_gui/ui/main_window.py" line="900" />
        <source>Customers at start</source>
        <translation>Kunder ved start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="144" />
        <source>Customers at end</source>
        <translation>Kunder ved slut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="145" />
        <source>New customers</source>
        <translation>Nye kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="146" />
        <source>Lost customers</source>
        <translation>Mistede kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="147" />
        <source>Retained customers</source>
        <translation>Fastholdte kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="148" />
        <source>Reactivated customers</source>
        <translation>Genvundne kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="149" />
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="150" />
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="151" />
        <source>Active customers</source>
        <translation>Aktive kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="152" />
        <source>Repeat customers</source>
        <translation>Genkøbende kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="153" />
        <source>Recurring revenue at start</source>
        <translation>Fast omsætning ved start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="154" />
        <source>Churned revenue</source>
        <translation>Mistet omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="155" />
        <source>Contraction revenue</source>
        <translation>Nedgraderinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="156" />
        <source>Expansion revenue</source>
        <translation>Opgraderinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="157" />
        <source>Units sold</source>
        <translation>Solgte enheder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="158" />
        <source>Units returned</source>
        <translation>Returnerede enheder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="159" />
        <source>Accounts receivable</source>
        <translation>Debitorer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="160" />
        <source>Credit sales</source>
        <translation>Kreditsalg</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="161" />
        <source>Days in period</source>
        <translation>Dage i perioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="162" />
        <source>Promoters</source>
        <translation>Ambassadører</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="163" />
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="164" />
        <source>Detractors</source>
        <translation>Kritikere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="165" />
        <source>Gross margin %</source>
        <translation>Dækningsgrad %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="166" />
        <source>Customer retention rate %</source>
        <translation>Kundefastholdelse %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="167" />
        <source>Churn rate %</source>
        <translation>Churn %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="168" />
        <source>Revenue churn</source>
        <translation>Tabt omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="169" />
        <source>Revenue churn %</source>
        <translation>Omsætningschurn %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="170" />
        <source>Gross revenue retention %</source>
        <translation>Brutto omsætningsfastholdelse %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="171" />
        <source>Net revenue retention %</source>
        <translation>Netto omsætningsfastholdelse %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="172" />
        <source>Existing revenue growth %</source>
        <translation>Vækst fra eksisterende kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="173" />
        <source>Average order value</source>
        <translation>Gennemsnitlig ordreværdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="174" />
        <source>Purchase frequency</source>
        <translation>Købsfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="175" />
        <source>Customer value</source>
        <translation>Kundeværdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="176" />
        <source>Repeat purchase rate %</source>
        <translation>Genkøbsrate %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="177" />
        <source>Average lifespan (periods)</source>
        <translation>Gennemsnitlig levetid (perioder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="178" />
        <source>Customer lifetime value</source>
        <translation>Kundelivstidsværdi (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="179" />
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="180" />
        <source>Return rate %</source>
        <translation>Returprocent %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="181" />
        <source>Days sales outstanding</source>
        <translation>Kredittid (DSO)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="182" />
        <source>Days between purchases</source>
        <translation>Dage mellem køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="183" />
        <source>Median days between purchases</source>
        <translation>Median dage mellem køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="184" />
        <source>Loyal customer rate %</source>
        <translation>Loyale kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="185" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="186" />
        <source>Mean retention rate %</source>
        <translation>Gennemsnitlig fastholdelse %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="187" />
        <source>Mean churn rate %</source>
        <translation>Gennemsnitlig churn %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="188" />
        <source>Customer ID</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="189" />
        <source>Order date</source>
        <translation>Ordredato</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="190" />
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="191" />
        <source>Order ID</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="192" />
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="193" />
        <source>NPS answer</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="194" />
        <source>Answer date</source>
        <translation>Svardato</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="195" />
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="196" />
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="197" />
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="198" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="199" />
        <source>First order</source>
        <translation>Første ordre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="200" />
        <source>Last order</source>
        <translation>Seneste ordre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="201" />
        <source>Days since last order</source>
        <translation>Dage siden seneste ordre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="202" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="105" />
        <source>all answers</source>
        <translation>alle svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="108" />
        <source>all data</source>
        <translation>alle data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="110" />
        <source>not enough data</source>
        <translation>for få data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="127" />
        <source>&lt;b&gt;%1 customers&lt;/b&gt;, %2 orders, revenue %3 - latest period shown on each card.</source>
        <translation>&lt;b&gt;%1 kunder&lt;/b&gt;, %2 ordrer, omsætning %3 - seneste periode vises på hvert kort.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="132" />
        <source>&lt;b&gt;%1 answers&lt;/b&gt; (%2 blank).</source>
        <translation>&lt;b&gt;%1 svar&lt;/b&gt; (%2 tomme).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="135" />
        <source>&lt;b&gt;%n period(s)&lt;/b&gt; - the latest period with a value is shown on each card.</source>
        <translation><numerusform>&lt;b&gt;%n periode&lt;/b&gt; - den seneste periode med en værdi vises på hvert kort.</numerusform><numerusform>&lt;b&gt;%n perioder&lt;/b&gt; - den seneste periode med en værdi vises på hvert kort.</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../retention_gui/ui/models.py" line="180" />
        <source>Edit cell</source>
        <translation>Ret celle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="208" />
        <source>Paste %n row(s)</source>
        <translation><numerusform>Indsæt %n række</numerusform><numerusform>Indsæt %n rækker</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/models.py" line="221" />
        <source>Replace periods</source>
        <translation>Erstat perioder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="308" />
        <source>Add %n row(s)</source>
        <translation><numerusform>Tilføj %n række</numerusform><numerusform>Tilføj %n rækker</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="322" />
        <source>Remove %n row(s)</source>
        <translation><numerusform>Fjern %n række</numerusform><numerusform>Fjern %n rækker</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="174" />
        <source>Problems in the file</source>
        <translation>Problemer i filen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="179" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="183" />
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="183" />
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="199" />
        <source>%1 problem(s) found in %2. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</source>
        <translation>%1 problem(er) fundet i %2. Celler, der ikke kunne læses, står tomme, og tal der afhænger af dem vises ikke. Ret dem i filen og importér den igen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="201" />
        <source>Notes about %2 (the figures were computed):</source>
        <translation>Bemærkninger om %2 (tallene er beregnet):</translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="41" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="42" />
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="44" />
        <source>Products and payments</source>
        <translation>Varer og betalinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="46" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="51" />
        <source>Type the figures of one period from your books. Leave a field empty if you do not have it; results appear on the right as you type.</source>
        <translation>Skriv tallene for én periode fra dit regnskab. Lad et felt stå tomt, hvis du ikke har tallet; resultaterne vises til højre, mens du skriver.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="64" />
        <source>optional</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="87" />
        <source>…or paste raw answers 0-10, one per line</source>
        <translation>…eller indsæt svar 0-10, ét pr. linje</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="88" />
        <source>Paste a column of survey answers (0-10). They are counted as promoters (9-10), passives (7-8) and detractors (0-6).</source>
        <translation>Indsæt en kolonne med svar (0-10). De tælles som ambassadører (9-10), passive (7-8) og kritikere (0-6).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="97" />
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="111" />
        <source>Customers you had on the first day of the period (S).</source>
        <translation>Kunder du havde på periodens første dag (S).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="112" />
        <source>Customers you had on the last day of the period (E).</source>
        <translation>Kunder du havde på periodens sidste dag (E).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="113" />
        <source>Customers who joined during the period (N).</source>
        <translation>Kunder der kom til i perioden (N).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="114" />
        <source>Customers who left (L). Left empty, it is worked out as start + new - end.</source>
        <translation>Kunder der forsvandt (L). Står feltet tomt, beregnes det som start + nye - slut.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="115" />
        <source>Total revenue in the period.</source>
        <translation>Samlet omsætning i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="116" />
        <source>Number of orders (purchases) in the period.</source>
        <translation>Antal ordrer (køb) i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="117" />
        <source>Distinct customers who bought in the period.</source>
        <translation>Forskellige kunder, der købte i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="118" />
        <source>Of the active customers, those who bought more than once.</source>
        <translation>Af de aktive kunder: dem der købte mere end én gang.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="119" />
        <source>Recurring revenue from existing customers at the start (e.g. MRR).</source>
        <translation>Fast omsætning fra eksisterende kunder ved start (fx MRR).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="120" />
        <source>Recurring revenue lost from customers who left.</source>
        <translation>Fast omsætning mistet fra kunder, der forsvandt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="121" />
        <source>Revenue lost from downgrades of customers who stayed.</source>
        <translation>Omsætning mistet ved nedgraderinger hos kunder, der blev.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="122" />
        <source>Revenue gained from upgrades of customers who stayed.</source>
        <translation>Omsætning vundet ved opgraderinger hos kunder, der blev.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="123" />
        <source>Gross margin in percent (0-100). CLV is multiplied by it when given.</source>
        <translation>Dækningsgrad i procent (0-100). CLV ganges med den, når den er udfyldt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="124" />
        <source>Product units sold.</source>
        <translation>Solgte enheder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="125" />
        <source>Product units returned.</source>
        <translation>Returnerede enheder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="126" />
        <source>Money customers owe you at the end of the period.</source>
        <translation>Penge kunderne skylder dig ved periodens slutning.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="127" />
        <source>Sales on credit (invoices) in the period.</source>
        <translation>Salg på kredit (fakturaer) i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="128" />
        <source>Calendar days in the period; 30 when empty.</source>
        <translation>Kalenderdage i perioden; 30 når feltet er tomt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="129" />
        <source>Answers of 9 or 10.</source>
        <translation>Svar på 9 eller 10.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="130" />
        <source>Answers of 7 or 8.</source>
        <translation>Svar på 7 eller 8.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="131" />
        <source>Answers from 0 to 6.</source>
        <translation>Svar fra 0 til 6.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="144" />
        <source>This period</source>
        <translation>Denne periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="177" />
        <source>'%1' is not a number</source>
        <translation>'%1' er ikke et tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="207" />
        <source>Not an answer from 0 to 10 on line(s) %1</source>
        <translation>Ikke et svar fra 0 til 10 på linje %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="216" />
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="219" />
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="219" />
        <source>Week (ISO)</source>
        <translation>Uge (ISO)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="220" />
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="220" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="226" />
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="228" />
        <source>A customer counts as alive while their last order is at most this many days old.</source>
        <translation>En kunde regnes som aktiv, så længe den seneste ordre højst er så mange dage gammel.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="236" />
        <source>Warn when churn is above (%)</source>
        <translation>Advar når churn er over (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="237" />
        <source>Warn when NPS is below</source>
        <translation>Advar når NPS er under</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="238" />
        <source>Warn when NRR is below (%)</source>
        <translation>Advar når NRR er under (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="239" />
        <source>Warn when DSO is above (days)</source>
        <translation>Advar når DSO er over (dage)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="241" />
        <source>Period length for orders and dates</source>
        <translation>Periodelængde for ordrer og datoer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="242" />
        <source>Churn window</source>
        <translation>Churn-vindue</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="243" />
        <source>Orders that make a customer loyal</source>
        <translation>Ordrer der gør en kunde loyal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="244" />
        <source>Currency symbol</source>
        <translation>Valutasymbol</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="70" />
        <source>Tick the figures to plot</source>
        <translation>Sæt flueben ved de tal, der skal vises</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="80" />
        <source>Move the mouse over the plot to read the values.</source>
        <translation>Før musen hen over grafen for at aflæse tallene.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="87" />
        <source>Save as PNG…</source>
        <translation>Gem som PNG…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="88" />
        <source>Save as CSV…</source>
        <translation>Gem som CSV…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="89" />
        <source>Save the plot as a picture</source>
        <translation>Gem grafen som et billede</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="90" />
        <source>Save the plotted numbers as a CSV file</source>
        <translation>Gem tallene i grafen som en CSV-fil</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_gui/app.py" line="75" />
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="76" />
        <source>Something unexpected went wrong. Your typed figures are still there; please save them. Details were written to %1</source>
        <translation>Noget uventet gik galt. Dine indtastede tal er der stadig; gem dem venligst. Detaljer er skrevet til %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="137" />
        <location filename="../../retention_gui/ui/dialogs.py" line="50" />
        <source>Retention Calculator</source>
        <translation>Kundefastholdelsesberegner</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="190" />
        <source>About Retention Calculator</source>
        <translation>Om Kundefastholdelsesberegner</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="192" />
        <source>&lt;p&gt;Measure, understand and improve customer retention.&lt;/p&gt;&lt;p&gt;Open source. Built with Qt, pandas, pyqtgraph and openpyxl.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mål, forstå og forbedr din kundefastholdelse.&lt;/p&gt;&lt;p&gt;Åben kildekode. Bygget med Qt, pandas, pyqtgraph og openpyxl.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CohortsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="102" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="104" />
        <source>+%n week(s)</source>
        <translation><numerusform>+%n uge</numerusform><numerusform>+%n uger</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="105" />
        <source>+%n quarter(s)</source>
        <translation><numerusform>+%n kvartal</numerusform><numerusform>+%n kvartaler</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="106" />
        <source>+%n year(s)</source>
        <translation><numerusform>+%n år</numerusform><numerusform>+%n år</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="108" />
        <source>+%n month(s)</source>
        <translation><numerusform>+%n måned</numerusform><numerusform>+%n måneder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="111" />
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="132" />
        <source>Cohorts need order data: import an order export (one row per order line).</source>
        <translation>Kohorter kræver ordredata: importér et ordreudtræk (én række pr. ordrelinje).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="146" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="149" />
        <source>Each row is the customers whose first order fell in that period; a column such as “%1” is the share of them who ordered again that long after. The last row is the average, weighted by cohort size. Darker blue is better; the start column is always 100 %.</source>
        <translation>Hver række er de kunder, hvis første ordre faldt i den periode; en kolonne som “%1” er den andel af dem, der handlede igen så længe efter. Nederste række er gennemsnittet, vægtet efter kohortens størrelse. Mørkere blå er bedre; startkolonnen er altid 100 %.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../retention_gui/ui/panels/numbers.py" line="68" />
        <source>kr.</source>
        <translation>kr.</translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="182" />
        <source>Find a customer…</source>
        <translation>Søg kunde…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="188" />
        <source>Lapsed valuable customers</source>
        <translation>Tabte værdifulde kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="189" />
        <source>Show only customers who have stopped buying, the biggest spenders first: the people worth a win-back offer.</source>
        <translation>Vis kun kunder, der er holdt op med at købe, dem der har købt mest først: dem, der er værd at vinde tilbage.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="194" />
        <source>Export list…</source>
        <translation>Eksportér liste…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="195" />
        <source>Save the customers shown (id, orders, revenue, last order, status) as a CSV file, e.g. for a mail-out</source>
        <translation>Gem de viste kunder (id, ordrer, omsætning, seneste ordre, status) som en CSV-fil, fx til en udsendelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="215" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="215" />
        <source>lost</source>
        <translation>mistet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="254" />
        <source>Customers need order data: import an order export.</source>
        <translation>Kunder kræver ordredata: importér et ordreudtræk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="257" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n kunde</numerusform><numerusform>%n kunder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="258" />
        <source>%n active</source>
        <translation><numerusform>%n aktiv</numerusform><numerusform>%n aktive</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="261" />
        <source>%n shown</source>
        <translation><numerusform>%n vist</numerusform><numerusform>%n vist</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="278" />
        <source>lapsed-customers</source>
        <translation>tabte-kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="278" />
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="279" />
        <source>Export customer list</source>
        <translation>Eksportér kundeliste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="280" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="294" />
        <source>Saved %n customer(s) to %1</source>
        <translation><numerusform>Gemte %n kunde i %1</numerusform><numerusform>Gemte %n kunder i %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="112" />
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="113" />
        <source>You have typed figures that are not saved. Save them first?</source>
        <translation>Du har indtastet tal, som ikke er gemt. Vil du gemme dem først?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="137" />
        <source>Save project</source>
        <translation>Gem projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="138" />
        <source>Retention projects (*.retention)</source>
        <translation>Kundefastholdelsesprojekter (*.retention)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="150" />
        <source>Saving %1 once the work under way is done…</source>
        <translation>Gemmer %1, når det igangværende arbejde er færdigt…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="174" />
        <source>The project was not saved.</source>
        <translation>Projektet blev ikke gemt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="198" />
        <source>Could not open the project</source>
        <translation>Projektet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="230" />
        <source>Restore unsaved work?</source>
        <translation>Gendan arbejde, der ikke er gemt?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="231" />
        <source>The app was closed without saving figures you typed (autosaved %1). Restore them?</source>
        <translation>Programmet blev lukket uden at gemme tal, du havde skrevet (autogemt %1). Vil du gendanne dem?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="240" />
        <source>Could not restore</source>
        <translation>Kunne ikke gendanne</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="306" />
        <source>Share of the customers you started with who are still customers.</source>
        <translation>Andel af kunderne ved periodens start, som stadig er kunder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="307" />
        <source>Share of the customers you started with who left.</source>
        <translation>Andel af kunderne ved periodens start, som forsvandt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="308" />
        <source>Share of recurring revenue lost to cancellations and downgrades.</source>
        <translation>Andel af den faste omsætning, der gik tabt ved opsigelser og nedgraderinger.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="309" />
        <source>Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow.</source>
        <translation>Fast omsætning beholdt fra eksisterende kunder, opgraderinger medregnet. Over 100 % betyder, at de vokser.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="310" />
        <source>What an average customer is worth over their whole time with you.</source>
        <translation>Hvad en gennemsnitlig kunde er værd i hele kundeforholdet.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="311" />
        <source>What an average active customer spends in a period.</source>
        <translation>Hvad en gennemsnitlig aktiv kunde køber for i en periode.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="312" />
        <source>Share of active customers who bought more than once.</source>
        <translation>Andel af de aktive kunder, der købte mere end én gang.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="313" />
        <source>Would customers recommend you? From -100 to 100; above 0 is more fans than critics.</source>
        <translation>Vil kunderne anbefale dig? Fra -100 til 100; over 0 betyder flere fans end kritikere.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="314" />
        <source>Share of units sold that came back.</source>
        <translation>Andel af de solgte enheder, der kom retur.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="315" />
        <source>How many days customers take to pay, on average.</source>
        <translation>Hvor mange dage kunderne i gennemsnit er om at betale.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="316" />
        <source>Average days between a customer's purchases.</source>
        <translation>Gennemsnitligt antal dage mellem en kundes køb.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="317" />
        <source>Share of recent customers with several orders in the churn window.</source>
        <translation>Andel af kunderne, der har handlet i churn-vinduet (normalt det seneste år), med mindst det antal ordrer, der gør en kunde loyal (normalt 3).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="318" />
        <source>Distinct customers in the data.</source>
        <translation>Unikke kunder i data.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="319" />
        <source>Orders in the data (refunds are not orders).</source>
        <translation>Ordrer i data (refusioner er ikke ordrer).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="320" />
        <source>Revenue net of refunds.</source>
        <translation>Omsætning efter refusioner.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="321" />
        <source>Average value of one order.</source>
        <translation>Gennemsnitlig værdi af én ordre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="322" />
        <source>Orders per customer.</source>
        <translation>Ordrer pr. kunde.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="323" />
        <source>The middle value of the days between purchases.</source>
        <translation>Midterste værdi af dagene mellem køb.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="324" />
        <source>Average retention rate over the periods where it is defined.</source>
        <translation>Gennemsnitlig kundefastholdelsesrate over de perioder, hvor den kan beregnes.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="325" />
        <source>Average churn rate over the periods where it is defined.</source>
        <translation>Gennemsnitlig churn rate over de perioder, hvor den kan beregnes.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="326" />
        <source>Answers counted (blanks skipped).</source>
        <translation>Optalte svar (tomme sprunget over).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="327" />
        <source>Blank answers.</source>
        <translation>Tomme svar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="36" />
        <source>retained / customers at start × 100</source>
        <translation>fastholdte / kunder ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="38" />
        <source>(customers at end − new) / customers at start × 100</source>
        <translation>(kunder ved slut − nye) / kunder ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="40" />
        <source>lost / customers at start × 100</source>
        <translation>mistede / kunder ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="41" />
        <source>(churned + contraction) / revenue at start × 100</source>
        <translation>(mistet + nedgraderinger) / omsætning ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="43" />
        <source>(revenue at start − churned − contraction + expansion) / revenue at start × 100</source>
        <translation>(omsætning ved start − mistet − nedgraderinger + opgraderinger) / omsætning ved start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="45" />
        <source>customer value × average lifespan (× gross margin)</source>
        <translation>kundeværdi × gennemsnitlig kundelevetid (× dækningsgrad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="48" />
        <source>average order value × purchase frequency</source>
        <translation>gennemsnitlig ordreværdi × købsfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="50" />
        <source>repeat customers / active customers × 100</source>
        <translation>genkøbende kunder / aktive kunder × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="52" />
        <source>(promoters − detractors) / answers × 100</source>
        <translation>(ambassadører − kritikere) / svar × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="54" />
        <source>units returned / units sold × 100</source>
        <translation>returnerede enheder / solgte enheder × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="55" />
        <source>receivables / credit sales × days</source>
        <translation>debitorer / kreditsalg × dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="56" />
        <source>mean of the days between a customer's consecutive purchases</source>
        <translation>gennemsnit af dagene mellem en kundes køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="57" />
        <source>customers with enough orders in the window / customers with an order in the window × 100</source>
        <translation>kunder med nok ordrer i vinduet / kunder med en ordre i vinduet × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="64" />
        <source>
&lt;h2&gt;How are these computed?&lt;/h2&gt;
&lt;p&gt;Every number follows the project's published definitions (docs/metrics.md in the source code). S, E, N and L are the customers at
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
&lt;p&gt;No customer can be counted as lost until one churn window after the first order: the first periods of order
data show 100 % retention and 0 % churn. A result computed from an impossible input (for example more customers
retained than existed) is not shown; its card says why.&lt;/p&gt;
&lt;h3&gt;Warnings&lt;/h3&gt;
&lt;p&gt;Churn above 7 %, NPS below 0, NRR below 100 % and DSO above 45 days are flagged; the limits can be changed in Settings.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Hvordan beregnes tallene?&lt;/h2&gt;
&lt;p&gt;Alle tal følger projektets offentliggjorte definitioner (docs/metrics.md i kildekoden). S, E, N og L er kunderne ved periodens
start og slutning, de nye kunder og de mistede kunder.&lt;/p&gt;
&lt;table cellpadding="4"&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundefastholdelsesrate (CRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(E − N) / S × 100; fra ordrer: fastholdte / S × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Churn rate (kundeafgang)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;L / S × 100, med L = S + N − E, når L ikke er angivet&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Omsætningsafgang&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(mistet + nedgraderinger) / omsætning ved start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bruttoomsætningsfastholdelse (GRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(omsætning ved start − mistet − nedgraderinger) / omsætning ved start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Nettoomsætningsfastholdelse (NRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(omsætning ved start − mistet − nedgraderinger + opgraderinger) / omsætning ved start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gennemsnitlig ordreværdi&lt;/b&gt;&lt;/td&gt;&lt;td&gt;omsætning / ordrer&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Købsfrekvens&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ordrer / aktive kunder&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundeværdi&lt;/b&gt;&lt;/td&gt;&lt;td&gt;gennemsnitlig ordreværdi × købsfrekvens&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genkøbsrate&lt;/b&gt;&lt;/td&gt;&lt;td&gt;genkøbende kunder / aktive kunder × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Gennemsnitlig kundelevetid&lt;/b&gt;&lt;/td&gt;&lt;td&gt;100 / churn (perioder)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundelevetidsværdi (CLV)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;kundeværdi × gennemsnitlig kundelevetid (× dækningsgrad / 100, når den er angivet)&lt;/td&gt;&lt;/tr&gt;
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
&lt;p&gt;Ingen kunde kan tælles som mistet før ét churn-vindue efter den første ordre: de første perioder af
ordredata viser 100 % fastholdelse og 0 % churn. Et resultat, der er beregnet ud fra et umuligt input (fx flere
fastholdte kunder, end der var), vises ikke; kortet siger hvorfor.&lt;/p&gt;
&lt;h3&gt;Advarsler&lt;/h3&gt;
&lt;p&gt;Churn over 7 %, NPS under 0, NRR under 100 % og DSO over 45 dage markeres; grænserne kan ændres under Indstillinger.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="39" />
        <source>Export results</source>
        <translation>Eksportér resultater</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="40" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="55" />
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="58" />
        <source>Results written to %1</source>
        <translation>Resultaterne er skrevet til %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="65" />
        <location filename="../../retention_gui/ui/export_flow.py" line="91" />
        <source>Could not export</source>
        <translation>Kunne ikke eksportere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="66" />
        <source>%1 is open in another program or write-protected.</source>
        <translation>%1 er åben i et andet program eller skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="67" />
        <source>Close it and try again, or save under another name.</source>
        <translation>Luk den og prøv igen, eller gem under et andet navn.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="68" />
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="69" />
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
</context>
<context>
    <name>ForecastFlow</name>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="62" />
        <location filename="../../retention_gui/ui/forecast_flow.py" line="67" />
        <source>Forecasting…</source>
        <translation>Laver prognose…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="66" />
        <source>Could not forecast</source>
        <translation>Kunne ikke lave prognosen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="67" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="56" />
        <source>Forecast: what your customers will buy</source>
        <translation>Prognose: hvad dine kunder vil købe</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="66" />
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="67" />
        <source>How far ahead to forecast</source>
        <translation>Hvor langt frem prognosen rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="73" />
        <source>A krone next year is worth less than one today: the yearly rate that future value is discounted by</source>
        <translation>En krone næste år er mindre værd end en i dag: den årlige rente, fremtidig værdi diskonteres med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="80" />
        <source>Your gross margin: the share of a sale you keep after the cost of the goods. 100 % counts revenue.</source>
        <translation>Din dækningsgrad: den andel af et salg, du beholder efter vareforbruget. 100 % regner med omsætningen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="84" />
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="85" />
        <source>To check the model, it is also fitted without your last days of orders and compared with what really happened in them. 0: no check.</source>
        <translation>For at tjekke modellen tilpasses den også uden dine sidste dages ordrer og sammenlignes med, hvad der faktisk skete i dem. 0: intet tjek.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="90" />
        <source>Forecast from this day: orders after it are left out</source>
        <translation>Prognose fra denne dag: senere ordrer udelades</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="91" />
        <source>Run forecast</source>
        <translation>Lav prognose</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="97" />
        <source>Horizon</source>
        <translation>Periode frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="98" />
        <source>Yearly discount rate</source>
        <translation>Årlig diskonteringsrente</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="99" />
        <source>Gross margin</source>
        <translation>Dækningsgrad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="100" />
        <source>Model check: last</source>
        <translation>Modeltjek: sidste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="101" />
        <source>As of</source>
        <translation>Pr. dato</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="131" />
        <source>Expected purchases</source>
        <translation>Forventede køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="132" />
        <source>Expected revenue</source>
        <translation>Forventet omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="133" />
        <source>Predicted customer value (CLV)</source>
        <translation>Forventet kundelevetidsværdi (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="159" />
        <source>Search customer…</source>
        <translation>Søg kunde…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="177" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="178" />
        <source>Win back</source>
        <translation>Vind tilbage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="179" />
        <source>Can I trust it?</source>
        <translation>Kan jeg stole på den?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="255" />
        <source>one purchase so far</source>
        <translation>ét køb indtil nu</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="285" />
        <source>&lt;b&gt;What a forecast needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Det kræver en prognose&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="286" />
        <source>A forecast predicts how many purchases each customer will make and what they are worth, from their order history. It needs &lt;b&gt;order data&lt;/b&gt; (one row per order with customer, date and amount), at least &lt;b&gt;20 customers who bought on two different days&lt;/b&gt;, and at least &lt;b&gt;90 days&lt;/b&gt; of orders.</source>
        <translation>En prognose forudsiger ud fra ordrehistorikken, hvor mange køb hver kunde vil foretage, og hvad kunden er værd. Den kræver &lt;b&gt;ordredata&lt;/b&gt; (én række pr. ordre med kunde, dato og beløb), mindst &lt;b&gt;20 kunder, der har købt på to forskellige dage&lt;/b&gt;, og mindst &lt;b&gt;90 dages&lt;/b&gt; ordrer.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="291" />
        <source>Import your orders to start.</source>
        <translation>Importér dine ordrer for at begynde.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="293" />
        <source>These figures are per period, not per order, so there is nothing to forecast from. Import an order list from your shop or accounting system.</source>
        <translation>Disse tal er pr. periode, ikke pr. ordre, så der er intet at lave en prognose ud fra. Importér en ordreliste fra din webshop eller dit regnskabssystem.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="296" />
        <source>Choose the settings above and press &lt;b&gt;Run forecast&lt;/b&gt;.</source>
        <translation>Vælg indstillingerne ovenfor, og tryk på &lt;b&gt;Lav prognose&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="300" />
        <source>&lt;b&gt;No forecast for these orders.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingen prognose for disse ordrer.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="305" />
        <source>Import orders that cover a longer time, at least 90 days, or move the &lt;i&gt;As of&lt;/i&gt; date later.</source>
        <translation>Importér ordrer, der dækker en længere periode, mindst 90 dage, eller flyt &lt;i&gt;Pr. dato&lt;/i&gt; senere.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="308" />
        <source>Import orders that cover a longer time, so more customers have come back; at least 20 customers must have bought on two different days.</source>
        <translation>Importér ordrer, der dækker en længere periode, så flere kunder er kommet igen; mindst 20 kunder skal have købt på to forskellige dage.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="311" />
        <source>Move the &lt;i&gt;As of&lt;/i&gt; date to a day after your first orders.</source>
        <translation>Flyt &lt;i&gt;Pr. dato&lt;/i&gt; til en dag efter dine første ordrer.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="313" />
        <source>This happens with few or very uneven orders. More orders, over a longer time, usually let the model fit.</source>
        <translation>Det sker ved få eller meget ujævne ordrer. Flere ordrer over længere tid får som regel modellen til at passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast.py" line="322" />
        <source>the next %n month(s)</source>
        <translation><numerusform>den næste måned</numerusform><numerusform>de næste %n måneder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast.py" line="324" />
        <location filename="../../retention_gui/ui/panels/forecast.py" line="340" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n kunde</numerusform><numerusform>%n kunder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="325" />
        <source>Over %1 from %2, for your %3. Customer value counts %4 of revenue (gross margin) and discounts by %5 a year.</source>
        <translation>Over %1 fra %2, for dine %3. Kundeværdien regner med %4 af omsætningen (dækningsgrad) og diskonterer med %5 om året.</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="22" />
        <source>(days)</source>
        <translation>(dage)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="24" />
        <source>(periods)</source>
        <translation>(perioder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="26" />
        <source>(points)</source>
        <translation>(procentpoint)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="175" />
        <source>How are these computed?</source>
        <translation>Hvordan beregnes tallene?</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="127" />
        <location filename="../../retention_gui/ui/import_flow.py" line="177" />
        <source>Could not import the file</source>
        <translation>Filen kunne ikke importeres</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="131" />
        <source>Choose a sheet</source>
        <translation>Vælg et ark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="132" />
        <source>The workbook has several sheets. Which one should be imported?</source>
        <translation>Projektmappen har flere ark. Hvilket skal importeres?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="142" />
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="101" />
        <location filename="../../retention_gui/ui/import_flow.py" line="142" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="97" />
        <source>Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Projekter og regneark (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="98" />
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="100" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Regneark (*.xlsx *.xlsm *.xls *.ods *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="143" />
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="159" />
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="159" />
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="164" />
        <source>Could not compute the results</source>
        <translation>Kunne ikke beregne resultaterne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="167" />
        <source>Cancelled: the results are those of the earlier settings.</source>
        <translation>Annulleret: resultaterne er dem fra de tidligere indstillinger.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="170" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen blev annulleret; intet er ændret.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="178" />
        <source>Import failed.</source>
        <translation>Importen mislykkedes.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryBar</name>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="161" />
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="163" />
        <source>Everything the import read: the column of each item, the rows left out and why, and how dates were read</source>
        <translation>Alt, hvad importen læste: kolonnen til hvert punkt, de udeladte rækker og hvorfor, og hvordan datoer blev læst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="197" />
        <source>Read %1: %2 of %Ln row(s) used</source>
        <translation><numerusform>Læst %1: %2 af %Ln række brugt</numerusform><numerusform>Læst %1: %2 af %Ln rækker brugt</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="201" />
        <source>amount: %1</source>
        <translation>beløb: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="204" />
        <source>customer (e-mail): %1</source>
        <translation>kunde (e-mail): %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="205" />
        <source>customer: %1</source>
        <translation>kunde: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="208" />
        <source>left out: %1</source>
        <translation>udeladt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="211" />
        <source>%n refund row(s)</source>
        <translation><numerusform>%n refusionsrække</numerusform><numerusform>%n refusionsrækker</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="214" />
        <source>dates: %1</source>
        <translation>datoer: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="235" />
        <location filename="../../retention_gui/ui/import_summary.py" line="239" />
        <source>What was read</source>
        <translation>Hvad der blev læst</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="239" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
</context>
<context>
    <name>ImprovePanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="91" />
        <source>What to improve</source>
        <translation>Det kan du forbedre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="132" />
        <source>Many customers leave</source>
        <translation>Mange kunder forlader dig</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="133" />
        <source>More customers leave each period</source>
        <translation>Flere kunder forlader dig for hver periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="134" />
        <source>Few customers buy again</source>
        <translation>Få kunder køber igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="135" />
        <source>Fewer customers buy again</source>
        <translation>Færre kunder køber igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="136" />
        <source>New customers rarely come back</source>
        <translation>Nye kunder kommer sjældent igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="137" />
        <source>More critics than fans</source>
        <translation>Flere kritikere end ambassadører</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="138" />
        <source>The share of critics is growing</source>
        <translation>Andelen af kritikere vokser</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="139" />
        <source>Many products come back</source>
        <translation>Mange varer kommer retur</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="140" />
        <source>Customers pay slowly</source>
        <translation>Kunderne betaler langsomt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="141" />
        <source>Existing customers spend less</source>
        <translation>Eksisterende kunder køber for mindre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="142" />
        <source>Fewer loyal customers</source>
        <translation>Færre loyale kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="143" />
        <source>Valuable customers are slipping away</source>
        <translation>Værdifulde kunder er på vej væk</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="169" />
        <source>Type your figures or import a spreadsheet to get suggestions.</source>
        <translation>Skriv dine tal, eller importér et regneark for at få forslag.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="173" />
        <source>&lt;b&gt;Nothing stands out - your figures are within the usual limits.&lt;/b&gt;&lt;br&gt;Suggestions appear here when churn, repeat purchases, NPS, returns, payment days or revenue from existing customers move the wrong way. Keep adding new periods to follow them.</source>
        <translation>&lt;b&gt;Intet skiller sig ud - dine tal ligger inden for de sædvanlige grænser.&lt;/b&gt;&lt;br&gt;Her kommer forslag, når churn rate (kundeafgang), genkøb, NPS, returvarer, betalingstid eller omsætningen fra eksisterende kunder bevæger sig den forkerte vej. Bliv ved med at tilføje nye perioder for at følge dem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/improve.py" line="179" />
        <source>%n suggestion(s) from your figures, the most important first.</source>
        <translation><numerusform>%n forslag ud fra dine tal.</numerusform><numerusform>%n forslag ud fra dine tal, det vigtigste først.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="72" />
        <source>Type your figures on the left, or import a spreadsheet (Ctrl+I).</source>
        <translation>Skriv dine tal til venstre, eller importér et regneark (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/window_layout.py" line="30" />
        <source>Quick form</source>
        <translation>Hurtig indtastning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/window_layout.py" line="31" />
        <source>Period table</source>
        <translation>Periodetabel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="30" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="30" />
        <source>Start again with an empty form and table</source>
        <translation>Start forfra med tom formular og tabel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="31" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="32" />
        <source>Open a saved project or a spreadsheet</source>
        <translation>Åbn et gemt projekt eller et regneark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="33" />
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="34" />
        <source>Save the typed figures and settings as a project</source>
        <translation>Gem de indtastede tal og indstillinger som et projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="35" />
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="36" />
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="36" />
        <source>Import an Excel sheet or CSV file</source>
        <translation>Importér et Excel-ark eller en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="37" />
        <source>&amp;Export results…</source>
        <translation>&amp;Eksportér resultater…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="37" />
        <source>Write the results to an Excel workbook</source>
        <translation>Skriv resultaterne til en Excel-projektmappe</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="38" />
        <source>Open the &amp;sample data</source>
        <translation>Åbn &amp;eksempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="40" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="41" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="43" />
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="45" />
        <source>&amp;Paste rows</source>
        <translation>&amp;Indsæt rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="46" />
        <source>Paste rows copied from Excel into the period table</source>
        <translation>Indsæt rækker kopieret fra Excel i periodetabellen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="47" />
        <source>&amp;Add row</source>
        <translation>&amp;Tilføj række</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="48" />
        <source>&amp;Remove rows</source>
        <translation>&amp;Fjern rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="49" />
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="52" />
        <source>&amp;How are these computed?</source>
        <translation>&amp;Hvordan beregnes tallene?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="53" />
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="59" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="66" />
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="69" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="75" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="80" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="83" />
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="89" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="105" />
        <source>Clear list</source>
        <translation>Ryd listen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="217" />
        <source>Untitled</source>
        <translation>Uden navn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="280" />
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="295" />
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="302" />
        <source>Imported %1</source>
        <translation>Importerede %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="224" />
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="218" />
        <source>Retention Calculator</source>
        <translation>Kundefastholdelsesberegner</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="342" />
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nye sprog bruges, næste gang programmet starter.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="50" />
        <source>Which column is which?</source>
        <translation>Hvilken kolonne er hvad?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="53" />
        <source>Orders (one row per order line)</source>
        <translation>Ordrer (én række pr. ordrelinje)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="54" />
        <source>Figures per period</source>
        <translation>Tal pr. periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="55" />
        <source>NPS survey answers</source>
        <translation>Svar fra NPS-undersøgelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="60" />
        <source>Not every column of %1 was recognised. Columns recognised by their names are chosen already; pick the column for the rest. Items marked * are needed.</source>
        <translation>Ikke alle kolonner i %1 blev genkendt. Kolonner, der blev genkendt på navnet, er allerede valgt; vælg kolonnen til resten. Punkter mærket * skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="63" />
        <source>These columns were chosen the last time a sheet with the same column names was imported. Check them and press OK.</source>
        <translation>Disse kolonner blev valgt, sidste gang et ark med de samme kolonnenavne blev importeret. Kontrollér dem, og tryk OK.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="78" />
        <source>Amount = quantity × unit price</source>
        <translation>Beløb = antal × enhedspris</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="80" />
        <source>For order lines with a quantity and a price per item (and no amount column): each row's amount is its quantity times its unit price.</source>
        <translation>Til ordrelinjer med et antal og en pris pr. stk. (og ingen beløbskolonne): hver rækkes beløb er antal gange enhedspris.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="107" />
        <source>Preview of the first rows, as they will be read:</source>
        <translation>Eksempel på de første rækker, som de vil blive læst:</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="167" />
        <source>The column that identifies a customer: a customer number or ID. Rows without one are guest orders and are left out. Not needed when an e-mail column is chosen.</source>
        <translation>Kolonnen, der identificerer en kunde: et kundenummer eller kunde-id. Rækker uden er gæsteordrer og udelades. Behøves ikke, når en e-mailkolonne er valgt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="169" />
        <source>The customer's e-mail address. It is the customer ID when no customer ID column is chosen (compared without regard to case).</source>
        <translation>Kundens e-mailadresse. Den er kunde-id'et, når ingen kunde-id-kolonne er valgt (store og små bogstaver regnes for ens).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="171" />
        <source>The date of the order: a date, a date and time, or a date written as text.</source>
        <translation>Ordrens dato: en dato, en dato med klokkeslæt eller en dato skrevet som tekst.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="172" />
        <source>The money of the row, before VAT and shipping if the file has it. Not a price per item: then use quantity × unit price.</source>
        <translation>Rækkens beløb, ekskl. moms og fragt, hvis filen har det. Ikke en pris pr. stk.: brug så antal × enhedspris.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="174" />
        <source>How many items the row holds. Negative quantities are returns.</source>
        <translation>Hvor mange varer rækken omfatter. Negative antal er returneringer.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="175" />
        <source>The price of one item. With a quantity, the amount is quantity × unit price.</source>
        <translation>Prisen for én vare. Med et antal er beløbet antal × enhedspris.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="176" />
        <source>Order or invoice number: rows with the same number are one order. Without it, a customer's rows on one day are one order.</source>
        <translation>Ordre- eller fakturanummer: rækker med samme nummer er én ordre. Uden det er en kundes rækker på én dag én ordre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="178" />
        <source>The period: a date, a month such as "jan 2025", or a label.</source>
        <translation>Perioden: en dato, en måned som "jan 2025" eller en betegnelse.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="179" />
        <source>The answer to "How likely are you to recommend us?", from 0 to 10.</source>
        <translation>Svaret på "Hvor sandsynligt er det, at du vil anbefale os?", fra 0 til 10.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="180" />
        <source>When the answer was given.</source>
        <translation>Hvornår svaret blev givet.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="257" />
        <source>Use quantity × unit price instead</source>
        <translation>Brug antal × enhedspris i stedet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="259" />
        <source>%1 looks like a price per item, and the sheet has a quantity column: as the amount, revenue would be too low.</source>
        <translation>%1 ligner en pris pr. stk., og arket har en antalskolonne: som beløb ville omsætningen blive for lav.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="271" />
        <source>Amount = quantity × unit price needs both columns; please pick: %1</source>
        <translation>Beløb = antal × enhedspris kræver begge kolonner; vælg: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="286" />
        <source>%1 (or %2)</source>
        <translation>%1 (eller %2)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="288" />
        <source>%1 (or quantity × unit price)</source>
        <translation>%1 (eller antal × enhedspris)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="103" />
        <source>The sheet holds</source>
        <translation>Arket indeholder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="276" />
        <source>Please pick a column for: %1</source>
        <translation>Vælg en kolonne til: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="280" />
        <source>Each column can be used for one item only.</source>
        <translation>Hver kolonne kan kun bruges til én ting.</translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <location filename="../../retention_gui/ui/mapping_preview.py" line="97" />
        <source>No customer on this row: a guest order, left out of every figure.</source>
        <translation>Ingen kunde på denne række: en gæsteordre, udeladt af alle tal.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="44" />
        <source>{value} is negative; this must be zero or more</source>
        <translation>{value} er negativ; tallet skal være nul eller mere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="45" />
        <source>{value} is not a whole number; answer counts must be whole numbers</source>
        <translation>{value} er ikke et helt tal; antal svar skal være hele tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="46" />
        <source>gross margin {value} is outside 0-100</source>
        <translation>dækningsgrad {value} ligger uden for 0-100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="47" />
        <source>more customers retained than existed: end {end} - new {new} is more than start {start}</source>
        <translation>flere kunder fastholdt, end der fandtes: slut {end} - nye {new} er mere end start {start}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="50" />
        <source>fewer than zero retained: end {end} - new {new} is below 0</source>
        <translation>færre end nul fastholdt: slut {end} - nye {new} er under 0</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="53" />
        <source>lost customers {lost} differs from start + new - end = {derived}; {lost} is used</source>
        <translation>mistede kunder {lost} afviger fra start + nye - slut = {derived}; {lost} bruges</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="56" />
        <source>repeat customers {repeat} are more than active customers {active}</source>
        <translation>genkøbende kunder {repeat} er flere end aktive kunder {active}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="59" />
        <source>units returned {returned} are more than units sold {sold}</source>
        <translation>returnerede enheder {returned} er flere end solgte enheder {sold}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="62" />
        <source>the period label is empty; give every row a period</source>
        <translation>perioden er tom; giv hver række en periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="63" />
        <source>this cell is empty; a value is needed here</source>
        <translation>cellen er tom; her skal der stå en værdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="64" />
        <source>no column for '{column}' was found; add one, or map it in the import (command line: --map {column}=COLUMN)</source>
        <translation>der er ingen kolonne til '{column}'; tilføj en, eller vælg den ved importen (kommandolinje: --map {column}=KOLONNE)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="67" />
        <source>'{value}' is not a number</source>
        <translation>'{value}' er ikke et tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="68" />
        <source>'{value}' is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024</source>
        <translation>'{value}' er ikke en dato; brug 2024-01-31, 31-01-2024 eller 31.01.2024</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="71" />
        <source>dates like '{value}' could be day-month or month-day; they were read as day-month</source>
        <translation>datoer som '{value}' kan være dag-måned eller måned-dag; de er læst som dag-måned</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="74" />
        <source>'{value}' could mean thousands or decimals; it was read as {read:g} - check the column</source>
        <translation>'{value}' kan betyde tusinder eller decimaler; det er læst som {read:g} - tjek kolonnen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="77" />
        <source>{count} more cells like this</source>
        <translation>{count} flere celler som denne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="79" />
        <source>'{value}' is not written the usual way here; it was read as {written} - check it</source>
        <translation>'{value}' er ikke skrevet på den sædvanlige måde her; det er læst som {written} - tjek det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="82" />
        <source>'{value}' has its minus sign at the end; it was read as {written}</source>
        <translation>'{value}' har minustegnet til sidst; det er læst som {written}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="85" />
        <source>'{value}' has a percent sign, but this is not a percent field</source>
        <translation>'{value}' har et procenttegn, men dette er ikke et procentfelt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="88" />
        <source>{written} is read as {written} %; if you meant {percent} %, type {percent}</source>
        <translation>{written} læses som {written} %; mente du {percent} %, så skriv {percent}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="91" />
        <source>not shown: the result is outside its possible range, so an input must be wrong</source>
        <translation>vises ikke: resultatet ligger uden for det mulige område, så et inputtal må være forkert</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="94" />
        <source>not shown: an input it is computed from has an error</source>
        <translation>vises ikke: et af de tal, det beregnes ud fra, har en fejl</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="97" />
        <source>'{value}' is not an NPS answer; answers are whole numbers from 0 to 10</source>
        <translation>'{value}' er ikke et NPS-svar; svar er hele tal fra 0 til 10</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="100" />
        <source>there are no orders (only refunds or no rows)</source>
        <translation>der er ingen ordrer (kun refusioner eller ingen rækker)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="101" />
        <source>there are no data rows</source>
        <translation>der er ingen datarækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="102" />
        <source>'{value}' is not a frequency; use one of {allowed}</source>
        <translation>'{value}' er ikke en periodelængde; brug en af {allowed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="103" />
        <source>setting {setting} = {value} is not allowed</source>
        <translation>indstillingen {setting} = {value} er ikke tilladt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="105" />
        <source>churn above {threshold:g}% - look into why customers leave</source>
        <translation>churn rate (kundeafgang) over {threshold:g}% - undersøg, hvorfor kunderne forsvinder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="106" />
        <source>NPS below {threshold:g} - more detractors than promoters</source>
        <translation>NPS under {threshold:g} - flere kritikere end ambassadører</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="107" />
        <source>NRR below {threshold:g}% - existing customers spend less than before</source>
        <translation>NRR under {threshold:g}% - eksisterende kunder køber for mindre end før</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="108" />
        <source>DSO above {threshold:g} days - customers pay slowly</source>
        <translation>DSO over {threshold:g} dage - kunderne betaler langsomt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="110" />
        <source>the file does not exist</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="111" />
        <source>'{suffix}' files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation>'{suffix}'-filer kan ikke læses; brug .xlsx, .xlsm, .xls, .ods eller .csv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="114" />
        <source>the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again</source>
        <translation>filen kunne ikke læses som et regneark ({detail}); åbn den i Excel og gem den igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="117" />
        <source>this file is password-protected; save an unprotected copy and import that</source>
        <translation>filen er beskyttet med adgangskode; gem en kopi uden beskyttelse og importér den</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="120" />
        <source>the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened</source>
        <translation>filen ville fylde {size_mb} MB udpakket, langt mere end et regneark af dens størrelse; den blev ikke åbnet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="123" />
        <source>there is no sheet '{sheet}'; the sheets are: {sheets}</source>
        <translation>der er intet ark '{sheet}'; arkene er: {sheets}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="124" />
        <source>every sheet in the file is hidden</source>
        <translation>alle ark i filen er skjulte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="125" />
        <source>the sheet is empty</source>
        <translation>arket er tomt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="126" />
        <source>no header row with known column names was found in the first {rows} rows; map the columns by hand</source>
        <translation>der er ingen overskriftsrække med kendte navne i de første {rows} rækker; vælg kolonnerne selv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="129" />
        <source>the columns do not look like periods, orders or NPS answers: {columns}</source>
        <translation>kolonnerne ligner hverken perioder, ordrer eller NPS-svar: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="132" />
        <source>these columns were not recognised and are ignored: {columns}</source>
        <translation>disse kolonner blev ikke genkendt og ignoreres: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="133" />
        <source>the sheet has formulas without saved results; open the file in Excel, save it, and import again</source>
        <translation>arket har formler uden gemte resultater; åbn filen i Excel, gem den, og importér igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="136" />
        <source>this is not a readable project file ({detail})</source>
        <translation>dette er ikke en læsbar projektfil ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="137" />
        <source>this project was saved by a newer version of the app (format {version}); update the app to open it</source>
        <translation>projektet er gemt af en nyere version af programmet (format {version}); opdatér programmet for at åbne det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="140" />
        <source>the file contains XML entity declarations, which spreadsheets do not need and attacks use; it was not opened</source>
        <translation>filen indeholder XML-entiteter, som regneark ikke bruger, men angreb gør; den blev ikke åbnet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="143" />
        <source>the percentages look like fractions (Excel percent cells): {value} was read as {percent:g} %</source>
        <translation>procenterne ligner brøker (Excel-procentceller): {value} er læst som {percent:g} %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="146" />
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="147" />
        <source>the file could not be written ({detail})</source>
        <translation>filen kunne ikke skrives ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="148" />
        <source>the file is open in another program or write-protected; close it or choose another name</source>
        <translation>filen er åben i et andet program eller skrivebeskyttet; luk den eller vælg et andet navn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="152" />
        <source>the file is damaged or is not a real {suffix} file; open it in the program that made it and save it again</source>
        <translation>filen er beskadiget eller er ikke en rigtig {suffix}-fil; åbn den i det program, der lavede den, og gem den igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="155" />
        <source>the results would overwrite the file being read; choose another name for the results</source>
        <translation>resultaterne ville overskrive den fil, der læses; vælg et andet navn til resultaterne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="158" />
        <source>the first row with data has no column names; add a header row or map the columns by hand</source>
        <translation>den første række med data har ingen kolonnenavne; tilføj en overskriftsrække, eller vælg kolonnerne selv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="162" />
        <source>rows without a customer (guest orders): {rows}, net amount {amount:g}; they are left out of every figure</source>
        <translation>rækker uden kunde (gæsteordrer): {rows}, nettobeløb {amount:g}; de er udeladt af alle tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="165" />
        <source>no row has a customer id ({rows} rows); map the column that identifies customers</source>
        <translation>ingen række har et kunde-id ({rows} rækker); vælg den kolonne, der identificerer kunderne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="168" />
        <source>the amount is empty and no other row of the same order has one; fill it in</source>
        <translation>beløbet er tomt, og ingen anden række i samme ordre har et; udfyld det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="171" />
        <source>totals rows left out: {rows} (like '{label}'); the periods are counted on their own</source>
        <translation>totalrækker udeladt: {rows} (som '{label}'); perioderne tælles hver for sig</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="174" />
        <source>a periods sheet needs at least one column of figures besides the period (e.g. customers at start, revenue); found: {columns}</source>
        <translation>et periodeark skal have mindst én kolonne med tal ud over perioden (fx kunder ved start, omsætning); fundet: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="177" />
        <source>'{role}' is not a column role; use one of: {roles}</source>
        <translation>'{role}' er ikke en kolonnerolle; brug en af: {roles}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="178" />
        <source>there is no column '{column}' (give a header or an Excel letter); the columns are: {columns}</source>
        <translation>der er ingen kolonne '{column}' (angiv en overskrift eller et Excel-bogstav); kolonnerne er: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="182" />
        <source>there are no orders on or before {as_of}, so there is nothing to forecast</source>
        <translation>der er ingen ordrer til og med {as_of}, så der er intet at forudsige</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="183" />
        <source>the orders up to {as_of} span only {days} days; a forecast needs at least {needed} days</source>
        <translation>ordrerne til og med {as_of} dækker kun {days} dage; en prognose kræver mindst {needed} dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="186" />
        <source>only {count} customers bought on more than one day up to {as_of}; a forecast needs at least {needed}</source>
        <translation>kun {count} kunder har købt på mere end én dag til og med {as_of}; en prognose kræver mindst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="189" />
        <source>the purchase model could not be fitted to these orders; no forecast is shown</source>
        <translation>købsmodellen kunne ikke tilpasses disse ordrer; der vises ingen prognose</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="192" />
        <source>the purchase model has no best fit for these orders (a parameter runs off to its limit); no forecast is shown</source>
        <translation>købsmodellen har ingen bedste tilpasning til disse ordrer (en parameter løber ud til sin grænse); der vises ingen prognose</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="195" />
        <source>the purchase model gave different answers from different starting points; no forecast is shown</source>
        <translation>købsmodellen gav forskellige svar fra forskellige startpunkter; der vises ingen prognose</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="198" />
        <source>only {count} customers have repeat purchases with an amount; forecasting spend and value needs at least {needed}</source>
        <translation>kun {count} kunder har genkøb med et beløb; en prognose for forbrug og værdi kræver mindst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="201" />
        <source>the spend model could not be fitted; spend and value are not forecast</source>
        <translation>forbrugsmodellen kunne ikke tilpasses; forbrug og værdi forudsiges ikke</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="204" />
        <source>spend per purchase varies too much between customers to forecast (q = {q} is not above 1); spend and value are not forecast</source>
        <translation>forbruget pr. køb varierer for meget mellem kunderne til en prognose (q = {q} er ikke over 1); forbrug og værdi forudsiges ikke</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="210" />
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="211" />
        <source>sheet '{sheet}'</source>
        <translation>ark '{sheet}'</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="212" />
        <source>row {row}</source>
        <translation>række {row}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="213" />
        <source>column {column}</source>
        <translation>kolonne {column}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="214" />
        <source>period {period}</source>
        <translation>periode {period}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="218" />
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="219" />
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="223" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="224" />
        <source>Periods</source>
        <translation>Perioder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="225" />
        <location filename="../../retention_gui/ui/export_flow.py" line="110" />
        <source>Customers at start</source>
        <translation>Kunder ved start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="226" />
        <source>Customers at end</source>
        <translation>Kunder ved slut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="227" />
        <source>New customers</source>
        <translation>Nye kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="228" />
        <source>Lost customers</source>
        <translation>Mistede kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="229" />
        <source>Retained customers</source>
        <translation>Fastholdte kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="230" />
        <source>Reactivated customers</source>
        <translation>Genvundne kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="231" />
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="232" />
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="233" />
        <source>Active customers</source>
        <translation>Aktive kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="234" />
        <source>Repeat customers</source>
        <translation>Genkøbende kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="235" />
        <source>Recurring revenue at start</source>
        <translation>Fast omsætning ved start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="236" />
        <source>Churned revenue</source>
        <translation>Mistet omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="237" />
        <source>Contraction revenue</source>
        <translation>Nedgraderinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="238" />
        <source>Expansion revenue</source>
        <translation>Opgraderinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="239" />
        <source>Units sold</source>
        <translation>Solgte enheder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="240" />
        <source>Units returned</source>
        <translation>Returnerede enheder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="241" />
        <source>Accounts receivable</source>
        <translation>Debitorer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="242" />
        <source>Credit sales</source>
        <translation>Kreditsalg</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="243" />
        <source>Days in period</source>
        <translation>Dage i perioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="244" />
        <source>Promoters</source>
        <translation>Ambassadører</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="245" />
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="246" />
        <source>Detractors</source>
        <translation>Kritikere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="247" />
        <source>Gross margin %</source>
        <translation>Dækningsgrad %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="248" />
        <source>Customer retention rate %</source>
        <translation>Kundefastholdelsesrate (CRR) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="249" />
        <source>Churn rate %</source>
        <translation>Churn rate (kundeafgang) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="250" />
        <source>Revenue churn</source>
        <translation>Omsætningsafgang</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="251" />
        <source>Revenue churn %</source>
        <translation>Omsætningsafgang %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="252" />
        <source>Gross revenue retention %</source>
        <translation>Bruttoomsætningsfastholdelse (GRR) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="253" />
        <source>Net revenue retention %</source>
        <translation>Nettoomsætningsfastholdelse (NRR) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="254" />
        <source>Existing revenue growth %</source>
        <translation>Vækst fra eksisterende kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="255" />
        <source>Average order value</source>
        <translation>Gennemsnitlig ordreværdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="256" />
        <source>Purchase frequency</source>
        <translation>Købsfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="257" />
        <source>Customer value</source>
        <translation>Kundeværdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="258" />
        <source>Repeat purchase rate %</source>
        <translation>Genkøbsrate %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="259" />
        <source>Average lifespan (periods)</source>
        <translation>Gennemsnitlig kundelevetid (perioder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="260" />
        <source>Customer lifetime value</source>
        <translation>Kundelevetidsværdi (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="261" />
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="262" />
        <source>Return rate %</source>
        <translation>Returprocent</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="263" />
        <source>Days sales outstanding</source>
        <translation>Kredittid (DSO)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="264" />
        <source>Days between purchases</source>
        <translation>Dage mellem køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="265" />
        <source>Median days between purchases</source>
        <translation>Median dage mellem køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="266" />
        <source>Loyal customer rate %</source>
        <translation>Loyale kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="267" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="268" />
        <source>Mean retention rate %</source>
        <translation>Gennemsnitlig kundefastholdelsesrate %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="269" />
        <source>Mean churn rate %</source>
        <translation>Gennemsnitlig churn rate %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="270" />
        <source>Customer ID</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="271" />
        <source>Order date</source>
        <translation>Ordredato</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="272" />
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="273" />
        <source>Order ID</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="274" />
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="276" />
        <source>Unit price</source>
        <translation>Enhedspris</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="277" />
        <source>NPS answer</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="278" />
        <source>Answer date</source>
        <translation>Svardato</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="279" />
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="280" />
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="281" />
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="282" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="283" />
        <source>Cohort retention %</source>
        <translation>Kohortefastholdelse %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="284" />
        <source>First order</source>
        <translation>Første ordre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="285" />
        <source>Last order</source>
        <translation>Seneste ordre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="286" />
        <source>Days since last order</source>
        <translation>Dage siden seneste ordre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="287" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="289" />
        <source>Repeat purchase days</source>
        <translation>Genkøbsdage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="290" />
        <source>Days from first to last purchase</source>
        <translation>Dage fra første til seneste køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="291" />
        <source>Days since first purchase</source>
        <translation>Dage siden første køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="292" />
        <source>Average repeat purchase</source>
        <translation>Gennemsnitligt genkøb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="293" />
        <source>Chance still a customer</source>
        <translation>Sandsynlighed for stadig kunde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="294" />
        <source>Expected purchases</source>
        <translation>Forventede køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="295" />
        <source>Expected spend per purchase</source>
        <translation>Forventet forbrug pr. køb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="296" />
        <source>Predicted customer value</source>
        <translation>Forventet kundeværdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="297" />
        <source>Predicted revenue</source>
        <translation>Forventet omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="298" />
        <source>Value at risk</source>
        <translation>Værdi i fare</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="299" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="300" />
        <source>Predicted purchases per customer</source>
        <translation>Forventede køb pr. kunde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="301" />
        <source>Actual purchases per customer</source>
        <translation>Faktiske køb pr. kunde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="354" />
        <source>1 more cell like this</source>
        <translation>1 celle mere som denne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="355" />
        <source>no row has a customer id (1 row); map the column that identifies customers</source>
        <translation>ingen række har et kunde-id (1 række); vælg den kolonne, der identificerer kunderne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="357" />
        <source>only 1 customer bought on more than one day up to {as_of}; a forecast needs at least {needed}</source>
        <translation>kun 1 kunde har købt på mere end én dag til og med {as_of}; en prognose kræver mindst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="359" />
        <source>only 1 customer has repeat purchases with an amount; forecasting spend and value needs at least {needed}</source>
        <translation>kun 1 kunde har genkøb med et beløb; en prognose for forbrug og værdi kræver mindst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="361" />
        <source>no header row with known column names was found in the first row; map the columns by hand</source>
        <translation>der er ingen overskriftsrække med kendte navne i den første række; vælg kolonnerne selv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="425" />
        <source>What-if: the value of better retention</source>
        <translation>Hvad nu hvis: værdien af bedre kundefastholdelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="426" />
        <source>Each period ahead: customers = customers before x (1 - churn / 100) + new customers; revenue = customers x customer value; profit = revenue x gross margin / 100. The baseline figures are averages of the last 12 periods with data.</source>
        <translation>For hver periode frem: kunder = kunder før x (1 - churn / 100) + nye kunder; omsætning = kunder x kundeværdi; dækningsbidrag = omsætning x dækningsgrad / 100. Udgangspunktets tal er gennemsnit af de seneste 12 perioder med data.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="427" />
        <source>Change the yellow cells to try your own scenario; every other number follows.</source>
        <translation>Ret de gule celler for at prøve dit eget scenarie; alle andre tal følger med.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="430" />
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="431" />
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="432" />
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="433" />
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="434" />
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="435" />
        <source>Periods averaged</source>
        <translation>Perioder i gennemsnittet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="436" />
        <source>Customers now (end of the last period)</source>
        <translation>Kunder nu (ved slutningen af sidste periode)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="437" />
        <source>Churn down (points)</source>
        <translation>Churn ned (procentpoint)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="438" />
        <source>New customers up %</source>
        <translation>Flere nye kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="439" />
        <source>Customer value up %</source>
        <translation>Højere kundeværdi %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="440" />
        <source>Periods ahead</source>
        <translation>Perioder frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="441" />
        <source>Customers (baseline)</source>
        <translation>Kunder (udgangspunkt)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="442" />
        <source>Revenue (baseline)</source>
        <translation>Omsætning (udgangspunkt)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="443" />
        <source>Profit (baseline)</source>
        <translation>Dækningsbidrag (udgangspunkt)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="444" />
        <source>Customers (scenario)</source>
        <translation>Kunder (scenarie)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="445" />
        <source>Revenue (scenario)</source>
        <translation>Omsætning (scenarie)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="446" />
        <source>Profit (scenario)</source>
        <translation>Dækningsbidrag (scenarie)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="447" />
        <source>Customers (difference)</source>
        <translation>Kunder (forskel)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="448" />
        <source>Revenue (difference)</source>
        <translation>Omsætning (forskel)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="449" />
        <source>Profit (difference)</source>
        <translation>Dækningsbidrag (forskel)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="450" />
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="451" />
        <source>Customers after the last period ahead</source>
        <translation>Kunder efter den sidste periode frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="452" />
        <source>Revenue, sum of the periods ahead</source>
        <translation>Omsætning, summen af perioderne frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="453" />
        <source>Profit, sum of the periods ahead</source>
        <translation>Dækningsbidrag, summen af perioderne frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="454" />
        <source>New customers who come back %</source>
        <translation>Nye kunder der kommer igen %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="455" />
        <source>Share of critics %</source>
        <translation>Andel kritikere %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="456" />
        <source>Valuable customers at risk %</source>
        <translation>Værdifulde kunder i risiko %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="457" />
        <source>Advice</source>
        <translation>Gode råd</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="458" />
        <source>Nothing in your figures calls for advice right now.</source>
        <translation>Intet i dine tal kalder på råd lige nu.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="459" />
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="460" />
        <source>What to try</source>
        <translation>Hvad du kan prøve</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="461" />
        <source>Number to watch</source>
        <translation>Tallet at holde øje med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="467" />
        <source>not enough data for a what-if: no period has a churn rate (it needs customers at start, and lost customers or new customers and customers at end)</source>
        <translation>ikke nok data til et hvad-nu-hvis: ingen periode har en churn rate (det kræver kunder ved start og enten mistede kunder eller nye kunder og kunder ved slutning)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="470" />
        <source>not enough data for a what-if: no period has new customers</source>
        <translation>ikke nok data til et hvad-nu-hvis: ingen periode har nye kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="471" />
        <source>not enough data for a what-if: no period has a customer value (it needs revenue, orders and active customers)</source>
        <translation>ikke nok data til et hvad-nu-hvis: ingen periode har en kundeværdi (det kræver omsætning, ordrer og aktive kunder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="474" />
        <source>not enough data for a what-if: no period has customers at end</source>
        <translation>ikke nok data til et hvad-nu-hvis: ingen periode har kunder ved slutning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="475" />
        <source>the average churn rate is above 100% (more customers lost than there were); check lost customers</source>
        <translation>den gennemsnitlige churn rate (kundeafgang) er over 100% (flere kunder mistet, end der var); tjek mistede kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="480" />
        <source>What-if over {periods} periods: churn down {churn_down:g} points, new customers up {new_up:g}%, customer value up {value_up:g}%</source>
        <translation>Hvad nu hvis, {periods} perioder frem: churn ned med {churn_down:g} procentpoint, {new_up:g}% flere nye kunder, {value_up:g}% højere kundeværdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="486" />
        <source>Churn was {value:.1f}% in {period}, above your limit of {threshold:g}%.</source>
        <translation>Churn rate (kundeafgang) var {value:.1f}% i {period}, over din grænse på {threshold:g}%.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="487" />
        <source>Ask the customers who leave why (a short call or a two-question e-mail), fix the most common reason first, and answer questions quickly by phone, e-mail and chat.</source>
        <translation>Spørg de kunder, der forlader dig, hvorfor (et kort opkald eller en mail med to spørgsmål), ret den hyppigste årsag først, og svar hurtigt på spørgsmål på telefon, mail og chat.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="490" />
        <source>Churn has risen {periods} periods in a row, from {first:.1f}% in {from_period} to {value:.1f}% in {period}.</source>
        <translation>Churn rate (kundeafgang) er steget {periods} perioder i træk, fra {first:.1f}% i {from_period} til {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="493" />
        <source>Find out what changed when churn began to rise (prices, delivery, service, a competitor) and ask recent leavers what made them go.</source>
        <translation>Find ud af, hvad der ændrede sig, da kundeafgangen begyndte at stige (priser, levering, service, en konkurrent), og spørg dem, der er gået for nylig, hvad der fik dem til at gå.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="496" />
        <source>Only {value:.1f}% of active customers bought more than once (below {threshold:g}%).</source>
        <translation>Kun {value:.1f}% af de aktive kunder købte mere end én gang (under {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="499" />
        <source>Reward the second purchase: loyalty points, a discount on the next order or early access to new products for customers who come back.</source>
        <translation>Beløn andet køb: bonuspoint, rabat på næste ordre eller tidlig adgang til nye varer for kunder, der kommer igen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="502" />
        <source>The repeat purchase rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation>Genkøbsraten er faldet {periods} perioder i træk, fra {first:.1f}% til {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="505" />
        <source>Send offers and reminders that fit what each group of customers bought before, instead of the same newsletter to everyone.</source>
        <translation>Send tilbud og påmindelser, der passer til det, hver kundegruppe har købt før, i stedet for det samme nyhedsbrev til alle.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="508" />
        <source>Only {value:.1f}% of new customers ({returned} of {customers:.0f}) bought again in the period after their first order (below {threshold:g}%).</source>
        <translation>Kun {value:.1f}% af de nye kunder ({returned} af {customers:.0f}) købte igen i perioden efter deres første ordre (under {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="511" />
        <source>Follow up every first order: a thank-you, tips on getting the most out of the purchase, and a good reason to come back.</source>
        <translation>Følg op på hver første ordre: et tak, tips til at få mest muligt ud af købet og en god grund til at komme igen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="514" />
        <source>NPS is {value:.0f}: more critics than fans (below {threshold:g}).</source>
        <translation>NPS er {value:.0f}: flere kritikere end ambassadører (under {threshold:g}).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="515" />
        <source>Contact the customers who answered 0-6, ask what went wrong, fix it and tell them you did.</source>
        <translation>Kontakt de kunder, der svarede 0-6, spørg hvad der gik galt, ret det, og fortæl dem, at du har gjort det.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="518" />
        <source>The share of critics (answers 0-6) has risen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation>Andelen af kritikere (svar 0-6) er steget {periods} perioder i træk, fra {first:.1f}% til {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="521" />
        <source>Read what the latest critics wrote, act on the most frequent complaint, and thank each of them personally for the feedback.</source>
        <translation>Læs, hvad de seneste kritikere skrev, gør noget ved den hyppigste klage, og tak hver af dem personligt for tilbagemeldingen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="524" />
        <source>{value:.1f}% of the units sold in {period} came back (above {threshold:g}%).</source>
        <translation>{value:.1f}% af de solgte enheder i {period} kom retur (over {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="527" />
        <source>Look at the most returned products: fix quality problems, and make descriptions, sizes and photos match what arrives.</source>
        <translation>Se på de varer, der oftest kommer retur: ret kvalitetsproblemer, og sørg for, at beskrivelser, størrelser og billeder svarer til det, kunden får.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="530" />
        <source>Customers took {value:.0f} days to pay in {period} (above {threshold:g} days).</source>
        <translation>Kunderne var {value:.0f} dage om at betale i {period} (over {threshold:g} dage).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="533" />
        <source>Send invoices at once, remind kindly before the due date, and offer automatic payment or a subscription where it fits.</source>
        <translation>Send fakturaen med det samme, send en venlig påmindelse før forfald, og tilbyd automatisk betaling eller et abonnement, hvor det passer.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="536" />
        <source>Net revenue retention was {value:.1f}% in {period}: existing customers bring in less than before (below {threshold:g}%).</source>
        <translation>Nettoomsætningsfastholdelse (NRR) var {value:.1f}% i {period}: de eksisterende kunder giver mindre omsætning end før (under {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="539" />
        <source>Check in with existing customers before they cut back, and offer upgrades or add-ons that fit how they use you.</source>
        <translation>Tag kontakt til de eksisterende kunder, før de skærer ned, og tilbyd opgraderinger eller tilkøb, der passer til, hvordan de bruger dig.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="542" />
        <source>The loyal customer rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation>Andelen af loyale kunder er faldet {periods} perioder i træk, fra {first:.1f}% til {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="545" />
        <source>Give regular customers a reason to stay: a simple loyalty programme, member prices, a referral bonus or a customer community.</source>
        <translation>Giv de faste kunder en grund til at blive: et enkelt loyalitetsprogram, medlemspriser, en bonus for at anbefale dig eller et kundefællesskab.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="548" />
        <source>{count:.0f} of your {total:.0f} most valuable customers ({value:.0f}%) look likely to slip away; together they have spent {amount:.0f} {currency} with you.</source>
        <translation>{count:.0f} af dine {total:.0f} mest værdifulde kunder ({value:.0f}%) ser ud til at være på vej væk; tilsammen har de købt for {amount:.0f} {currency} hos dig.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="551" />
        <source>Contact them personally before they are gone: a call or a personal note with a win-back offer made for them.</source>
        <translation>Kontakt dem personligt, før de er væk: et opkald eller en personlig hilsen med et tilbud, der er lavet til dem.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="554" />
        <source>Number to watch: {metric}, now {value}; it should fall if this works.</source>
        <translation>Tallet at holde øje med: {metric}, nu {value}; det bør falde, hvis det virker.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="555" />
        <source>Number to watch: {metric}, now {value}; it should rise if this works.</source>
        <translation>Tallet at holde øje med: {metric}, nu {value}; det bør stige, hvis det virker.</translation>
    </message>
</context>
<context>
    <name>ModelCheckView</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="102" />
        <source>Repeat purchase days before the check period</source>
        <translation>Genkøbsdage før tjekperioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="103" />
        <source>Purchases per customer in the check period</source>
        <translation>Køb pr. kunde i tjekperioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="104" />
        <source>By how often customers had bought</source>
        <translation>Efter hvor ofte kunderne havde købt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="105" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="106" />
        <source>Repeat purchases, total so far</source>
        <translation>Genkøb, i alt indtil da</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="107" />
        <source>Repeat purchases over time</source>
        <translation>Genkøb over tid</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="116" />
        <source>check starts</source>
        <translation>tjek begynder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="127" />
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="128" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="146" />
        <source>Set &lt;i&gt;Model check: last&lt;/i&gt; to a number of days and press &lt;b&gt;Run forecast&lt;/b&gt;: the model is then also fitted without those days and compared with what really happened in them.</source>
        <translation>Sæt &lt;i&gt;Modeltjek: sidste&lt;/i&gt; til et antal dage, og tryk på &lt;b&gt;Lav prognose&lt;/b&gt;: modellen tilpasses så også uden de dage og sammenlignes med, hvad der faktisk skete i dem.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="153" />
        <source>No model check: without the last %1 the model cannot be fitted (%2). Try fewer days.</source>
        <translation>Intet modeltjek: uden de sidste %1 kan modellen ikke tilpasses (%2). Prøv færre dage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="154" />
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dage</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="181" />
        <source>the last %n day(s)</source>
        <translation><numerusform>den sidste dag</numerusform><numerusform>de sidste %n dage</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="182" />
        <source>The model expected &lt;b&gt;%1&lt;/b&gt; purchases in %2; there were &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Modellen forventede &lt;b&gt;%1&lt;/b&gt; køb i %2; der var &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="40" />
        <source>Which period the cards show</source>
        <translation>Hvilken periode kortene viser</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="43" />
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="97" />
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="99" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="223" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="359" />
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="99" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="223" />
        <source>Last 12 periods</source>
        <translation>Seneste 12 perioder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="189" />
        <source>No customer can be counted as lost until one churn window (%1 days) after the first order: %2 to %3 show 100 % retention and 0 % churn.</source>
        <translation>Ingen kunde kan tælles som mistet før ét churn-vindue (%1 dage) efter den første ordre: %2 til %3 viser 100 % fastholdelse og 0 % churn.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="218" />
        <source>all answers</source>
        <translation>alle svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="218" />
        <source>all data</source>
        <translation>alle data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="225" />
        <source>sum of %n period(s)</source>
        <translation><numerusform>sum af %n periode</numerusform><numerusform>sum af %n perioder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="227" />
        <source>from the answers of %n period(s)</source>
        <translation><numerusform>ud fra svarene i %n periode</numerusform><numerusform>ud fra svarene i %n perioder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="229" />
        <source>mean of %n period(s)</source>
        <translation><numerusform>gennemsnit af %n periode</numerusform><numerusform>gennemsnit af %n perioder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="233" />
        <source>%1 promoters · %2 passives · %3 detractors (%4 answers)</source>
        <translation>%1 ambassadører · %2 passive · %3 kritikere (%4 svar)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="238" />
        <source>in the first churn window: no one can be lost yet</source>
        <translation>i det første churn-vindue: ingen kan være mistet endnu</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="264" />
        <source>the 12 months before</source>
        <translation>de 12 måneder før</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="264" />
        <source>the 12 periods before</source>
        <translation>de 12 perioder før</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="266" />
        <source>%1 NPS points vs %2</source>
        <translation>%1 NPS-point ift. %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="268" />
        <source>%1 points vs %2</source>
        <translation>%1 procentpoint ift. %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="270" />
        <source>%1 % vs %2</source>
        <translation>%1 % ift. %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="296" />
        <source>%1 and %2 more</source>
        <translation>%1 og %2 mere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="301" />
        <source>Click to see what you can do.</source>
        <translation>Klik for at se, hvad du kan gøre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="323" />
        <source>not enough data</source>
        <translation>ikke nok data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="341" />
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 orders, revenue %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 ordrer, omsætning %3</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="363" />
        <source>&lt;b&gt;%1 customers&lt;/b&gt;, %2 orders, revenue %3 - latest period shown on each card.</source>
        <translation>&lt;b&gt;%1 kunder&lt;/b&gt;, %2 ordrer, omsætning %3 - seneste periode vises på hvert kort.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="368" />
        <source>&lt;b&gt;%1 answers&lt;/b&gt; (%2 blank).</source>
        <translation>&lt;b&gt;%1 svar&lt;/b&gt; (%2 tomme).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="372" />
        <source>&lt;b&gt;%n period(s)&lt;/b&gt; - the latest period with a value is shown on each card.</source>
        <translation><numerusform>&lt;b&gt;%n periode&lt;/b&gt; - den seneste periode med en værdi vises på hvert kort.</numerusform><numerusform>&lt;b&gt;%n perioder&lt;/b&gt; - den seneste periode med en værdi vises på hvert kort.</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="46" />
        <source>kr.</source>
        <translation>kr.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="88" />
        <source>Imported from %1</source>
        <translation>Importeret fra %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="143" />
        <source>Edit cell</source>
        <translation>Ret celle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_model.py" line="218" />
        <source>Paste %n row(s)</source>
        <translation><numerusform>Indsæt %n række</numerusform><numerusform>Indsæt %n rækker</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="240" />
        <source>Replace periods</source>
        <translation>Erstat perioder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_undo.py" line="44" />
        <source>Add %n row(s)</source>
        <translation><numerusform>Tilføj %n række</numerusform><numerusform>Tilføj %n rækker</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_undo.py" line="59" />
        <source>Remove %n row(s)</source>
        <translation><numerusform>Fjern %n række</numerusform><numerusform>Fjern %n rækker</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTablePanel</name>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="172" />
        <source>Add row</source>
        <translation>Tilføj række</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="173" />
        <source>Add an empty period at the end (Ctrl+Shift+N)</source>
        <translation>Tilføj en tom periode til sidst (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="176" />
        <source>Remove rows</source>
        <translation>Fjern rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="177" />
        <source>Remove the selected periods</source>
        <translation>Fjern de valgte perioder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="179" />
        <source>One row per period. Paste a block copied from Excel with Ctrl+V.</source>
        <translation>Én række pr. periode. Indsæt et område kopieret fra Excel med Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="194" />
        <source>The clipboard is empty.</source>
        <translation>Udklipsholderen er tom.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_table.py" line="207" />
        <source>Pasted %n row(s).</source>
        <translation><numerusform>Indsatte %n række.</numerusform><numerusform>Indsatte %n rækker.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="298" />
        <source>Values in italics are as imported from %1; values you type are upright.</source>
        <translation>Tal i kursiv er importeret fra %1; tal, du selv skriver, står med almindelig skrift.</translation>
    </message>
</context>
<context>
    <name>ProblemCountButton</name>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="187" />
        <source>Show the list of problems</source>
        <translation>Vis listen over problemer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="199" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n indtastningsfejl</numerusform><numerusform>%n indtastningsfejl</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="201" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n advarsel</numerusform><numerusform>%n advarsler</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="64" />
        <source>Problems in the file</source>
        <translation>Problemer i filen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="69" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="73" />
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="73" />
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/dialogs.py" line="89" />
        <source>%n problem(s) found in %1. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</source>
        <translation><numerusform>%n problem fundet i %1. Celler, der ikke kunne læses, står tomme, og tal, der afhænger af dem, vises ikke. Ret dem i filen, og importér den igen.</numerusform><numerusform>%n problemer fundet i %1. Celler, der ikke kunne læses, står tomme, og tal, der afhænger af dem, vises ikke. Ret dem i filen, og importér den igen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="93" />
        <source>Notes about %2 (the figures were computed):</source>
        <translation>Bemærkninger om %2 (tallene er beregnet):</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../retention_gui/ui/problems_dock.py" line="14" />
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="83" />
        <source>Errors and warnings</source>
        <translation>Fejl og advarsler</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="84" />
        <source>Errors only</source>
        <translation>Kun fejl</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="85" />
        <source>Warnings only</source>
        <translation>Kun advarsler</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="94" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="105" />
        <source>No problems: every figure could be read and checked.</source>
        <translation>Ingen problemer: alle tal kunne læses og kontrolleres.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="124" />
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="124" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="142" />
        <source>No problems</source>
        <translation>Ingen problemer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="150" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n indtastningsfejl</numerusform><numerusform>%n indtastningsfejl</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="152" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n advarsel</numerusform><numerusform>%n advarsler</numerusform></translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="60" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="61" />
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="63" />
        <source>Products and payments</source>
        <translation>Varer og betalinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="65" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="70" />
        <source>Type the figures of one period from your books. Leave a field empty if you do not have it; results appear on the right as you type.</source>
        <translation>Skriv tallene for én periode fra dit regnskab. Lad et felt stå tomt, hvis du ikke har tallet; resultaterne vises til højre, mens du skriver.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="83" />
        <source>optional</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="106" />
        <source>…or paste raw answers 0-10, one per line</source>
        <translation>…eller indsæt svar 0-10, ét pr. linje</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="107" />
        <source>Paste a column of survey answers (0-10). They are counted as promoters (9-10), passives (7-8) and detractors (0-6).</source>
        <translation>Indsæt en kolonne med svar (0-10). De tælles som ambassadører (9-10), passive (7-8) og kritikere (0-6).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="116" />
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="130" />
        <source>Customers you had on the first day of the period (S).</source>
        <translation>Kunder du havde på periodens første dag (S).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="131" />
        <source>Customers you had on the last day of the period (E).</source>
        <translation>Kunder du havde på periodens sidste dag (E).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="132" />
        <source>Customers who joined during the period (N).</source>
        <translation>Kunder der kom til i perioden (N).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="133" />
        <source>Customers who left (L). Left empty, it is worked out as start + new - end.</source>
        <translation>Kunder der forsvandt (L). Står feltet tomt, beregnes det som start + nye - slut.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="134" />
        <source>Total revenue in the period.</source>
        <translation>Samlet omsætning i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="135" />
        <source>Number of orders (purchases) in the period.</source>
        <translation>Antal ordrer (køb) i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="136" />
        <source>Distinct customers who bought in the period.</source>
        <translation>Unikke kunder, der købte i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="137" />
        <source>Of the active customers, those who bought more than once.</source>
        <translation>Af de aktive kunder: dem der købte mere end én gang.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="138" />
        <source>Recurring revenue from existing customers at the start (e.g. MRR).</source>
        <translation>Fast omsætning fra eksisterende kunder ved start (fx MRR).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="139" />
        <source>Recurring revenue lost from customers who left.</source>
        <translation>Fast omsætning mistet fra kunder, der forsvandt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="140" />
        <source>Revenue lost from downgrades of customers who stayed.</source>
        <translation>Omsætning mistet ved nedgraderinger hos kunder, der blev.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="141" />
        <source>Revenue gained from upgrades of customers who stayed.</source>
        <translation>Omsætning vundet ved opgraderinger hos kunder, der blev.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="142" />
        <source>Gross margin in percent (0-100). CLV is multiplied by it when given.</source>
        <translation>Dækningsgrad i procent (0-100). CLV ganges med den, når den er udfyldt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="143" />
        <source>Product units sold.</source>
        <translation>Solgte enheder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="144" />
        <source>Product units returned.</source>
        <translation>Returnerede enheder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="145" />
        <source>Money customers owe you at the end of the period.</source>
        <translation>Penge kunderne skylder dig ved periodens slutning.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="146" />
        <source>Sales on credit (invoices) in the period.</source>
        <translation>Salg på kredit (fakturaer) i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="147" />
        <source>Calendar days in the period; 30 when empty.</source>
        <translation>Kalenderdage i perioden; 30 når feltet er tomt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="148" />
        <source>Answers of 9 or 10.</source>
        <translation>Svar på 9 eller 10.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="149" />
        <source>Answers of 7 or 8.</source>
        <translation>Svar på 7 eller 8.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="150" />
        <source>Answers from 0 to 6.</source>
        <translation>Svar fra 0 til 6.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="175" />
        <source>This period</source>
        <translation>Denne periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="213" />
        <location filename="../../retention_gui/ui/forms.py" line="252" />
        <source>'%1' is not a number</source>
        <translation>'%1' er ikke et tal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/forms.py" line="271" />
        <source>Not an answer from 0 to 10 on line(s) %1</source>
        <translation><numerusform>Ikke et svar fra 0 til 10 på linje %1</numerusform><numerusform>Ikke et svar fra 0 til 10 på linjerne %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="37" />
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="38" />
        <source>Trends</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="39" />
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="40" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="41" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="42" />
        <source>What-if</source>
        <translation>Hvad nu hvis</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="43" />
        <source>Improve</source>
        <translation>Forbedr</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="44" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="45" />
        <source>Who will buy again, who is slipping away, and what each customer is worth</source>
        <translation>Hvem køber igen, hvem er ved at glide væk, og hvad hver kunde er værd</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="46" />
        <source>What keeping more customers is worth over the next 12 periods</source>
        <translation>Hvad det er værd at fastholde flere kunder de næste 12 perioder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="47" />
        <source>What to do now: suggestions from your own numbers</source>
        <translation>Hvad du kan gøre nu: forslag ud fra dine egne tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="66" />
        <source>Save plot</source>
        <translation>Gem graf</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="66" />
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="71" />
        <source>Save plotted numbers</source>
        <translation>Gem tallene i grafen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="72" />
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="107" />
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="110" />
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="110" />
        <source>Week (ISO)</source>
        <translation>Uge (ISO)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="111" />
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="111" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="117" />
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="119" />
        <source>A customer counts as alive while their last order is at most this many days old.</source>
        <translation>En kunde regnes som aktiv, så længe den seneste ordre højst er så mange dage gammel.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="127" />
        <source>Warn when churn is above (%)</source>
        <translation>Advar når churn rate er over (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="128" />
        <source>Warn when NPS is below</source>
        <translation>Advar når NPS er under</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="129" />
        <source>Warn when NRR is below (%)</source>
        <translation>Advar når NRR er under (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="130" />
        <source>Warn when DSO is above (days)</source>
        <translation>Advar når DSO er over (dage)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="132" />
        <source>Period length for orders and dates</source>
        <translation>Periodelængde for ordrer og datoer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="133" />
        <source>Churn window</source>
        <translation>Churn-vindue</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="134" />
        <source>Orders that make a customer loyal</source>
        <translation>Ordrer der gør en kunde loyal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="135" />
        <source>Currency symbol</source>
        <translation>Valutasymbol</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="19" />
        <source>&lt;h1&gt;Retention Calculator&lt;/h1&gt;&lt;p&gt;See how many customers stay, what they are worth, and where to improve.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Kundefastholdelsesberegner&lt;/h1&gt;&lt;p&gt;Se hvor mange kunder der bliver, hvad de er værd, og hvor du kan blive bedre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="24" />
        <source>Try the sample data</source>
        <translation>Prøv med eksempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="27" />
        <source>Import a spreadsheet…</source>
        <translation>Importér et regneark…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="36" />
        <source>…or type your figures in the form on the left, or drop an Excel file here.</source>
        <translation>…eller skriv dine tal i formularen til venstre, eller slip en Excel-fil her.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../retention_gui/ui/tasks.py" line="156" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>TrendPlots</name>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="64" />
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="74" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="65" />
        <source>Percent (%) / NPS</source>
        <translation>Procent (%) / NPS</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="65" />
        <source>Percent (%)</source>
        <translation>Procent (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="67" />
        <source>Amount (%1)</source>
        <translation>Beløb (%1)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="67" />
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="69" />
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="72" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="72" />
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="81" />
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="122" />
        <source>limit %1</source>
        <translation>grænse %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="131" />
        <source>no one can be lost yet</source>
        <translation>ingen kan være mistet endnu</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="134" />
        <source>The first churn window: no customer can be counted as lost until one churn window after the first order, so retention is 100 % here.</source>
        <translation>Det første churn-vindue: ingen kunde kan tælles som mistet før ét churn-vindue efter den første ordre, så fastholdelsen er 100 % her.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="142" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="75" />
        <source>Tick the figures to plot</source>
        <translation>Sæt flueben ved de tal, der skal vises</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="86" />
        <source>Move the mouse over the plot to read the values.</source>
        <translation>Før musen hen over grafen for at aflæse tallene.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="95" />
        <source>Save as PNG…</source>
        <translation>Gem som PNG…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="96" />
        <source>Save as CSV…</source>
        <translation>Gem som CSV…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="97" />
        <source>Save the plot as a picture</source>
        <translation>Gem grafen som et billede</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="98" />
        <source>Save the plotted numbers as a CSV file</source>
        <translation>Gem tallene i grafen som en CSV-fil</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="57" />
        <source>What-if: the value of better retention</source>
        <translation>Hvad nu hvis: værdien af bedre kundefastholdelse</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="69" />
        <source> points</source>
        <translation> procentpoint</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="70" />
        <source>How many percentage points lower churn is each period in the scenario (5 % churn down 1 point is 4 %). Negative: churn goes up.</source>
        <translation>Hvor mange procentpoint lavere churn rate (kundeafgang) er i hver periode i scenariet (5 % churn ned med 1 procentpoint er 4 %). Negativ: churn stiger.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="73" />
        <source>How many percent more new customers you win each period in the scenario. Negative: fewer.</source>
        <translation>Hvor mange procent flere nye kunder du vinder i hver periode i scenariet. Negativ: færre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="76" />
        <source>How many percent more an average customer spends each period in the scenario. Negative: less.</source>
        <translation>Hvor mange procent mere en gennemsnitlig kunde køber for i hver periode i scenariet. Negativ: mindre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="78" />
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="80" />
        <source>Back to one point less churn and no other change</source>
        <translation>Tilbage til 1 procentpoint lavere churn og ingen andre ændringer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="82" />
        <source>Your scenario</source>
        <translation>Dit scenarie</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="86" />
        <source>Churn down by</source>
        <translation>Churn rate (kundeafgang) ned med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="87" />
        <source>New customers up by</source>
        <translation>Nye kunder op med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="88" />
        <source>Customer value up by</source>
        <translation>Kundeværdi op med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="253" />
        <source>&lt;b&gt;Nothing to project yet.&lt;/b&gt;&lt;br&gt;Type your figures or import a spreadsheet to see what better retention is worth.</source>
        <translation>&lt;b&gt;Intet at fremskrive endnu.&lt;/b&gt;&lt;br&gt;Skriv dine tal, eller importér et regneark for at se, hvad bedre kundefastholdelse er værd.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="259" />
        <source>Not enough data for a what-if.</source>
        <translation>Ikke nok data til et hvad-nu-hvis.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="272" />
        <source>Profit is not shown: no period has a gross margin. Add one to see what the change earns after costs.</source>
        <translation>Dækningsbidraget vises ikke: ingen periode har en dækningsgrad. Tilføj den for at se, hvad ændringen giver efter vareforbrug.</translation>
    </message>
</context>
<context>
    <name>WhatIfPlots</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="55" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="106" />
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="107" />
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="113" />
        <source>Revenue, scenario</source>
        <translation>Omsætning, scenarie</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="114" />
        <source>Revenue, baseline</source>
        <translation>Omsætning, udgangspunkt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="116" />
        <source>Profit, scenario</source>
        <translation>Dækningsbidrag, scenarie</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="117" />
        <source>Profit, baseline</source>
        <translation>Dækningsbidrag, udgangspunkt</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Baseline</source>
        <translation>Udgangspunkt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="56" />
        <source>Customers after %1</source>
        <translation>Kunder efter %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="57" />
        <source>Revenue over %1</source>
        <translation>Omsætning over %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="58" />
        <source>Profit over %1</source>
        <translation>Dækningsbidrag over %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="59" />
        <source>Customer lifetime value (CLV)</source>
        <translation>Kundelevetidsværdi (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="63" />
        <source>Amount (%1)</source>
        <translation>Beløb (%1)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="63" />
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="83" />
        <source>%n month(s)</source>
        <translation><numerusform>%n måned</numerusform><numerusform>%n måneder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="85" />
        <source>%n week(s)</source>
        <translation><numerusform>%n uge</numerusform><numerusform>%n uger</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="87" />
        <source>%n quarter(s)</source>
        <translation><numerusform>%n kvartal</numerusform><numerusform>%n kvartaler</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="89" />
        <source>%n year(s)</source>
        <translation><numerusform>%n år</numerusform><numerusform>%n år</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="90" />
        <source>%n period(s)</source>
        <translation><numerusform>%n periode</numerusform><numerusform>%n perioder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="96" />
        <source>the next %n month(s)</source>
        <translation><numerusform>den næste måned</numerusform><numerusform>de næste %n måneder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="98" />
        <source>the next %n week(s)</source>
        <translation><numerusform>den næste uge</numerusform><numerusform>de næste %n uger</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="100" />
        <source>the next %n quarter(s)</source>
        <translation><numerusform>det næste kvartal</numerusform><numerusform>de næste %n kvartaler</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="102" />
        <source>the next %n year(s)</source>
        <translation><numerusform>det næste år</numerusform><numerusform>de næste %n år</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="103" />
        <source>the next %n period(s)</source>
        <translation><numerusform>den næste periode</numerusform><numerusform>de næste %n perioder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="108" />
        <source>Months ahead</source>
        <translation>Måneder frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="110" />
        <source>Weeks ahead</source>
        <translation>Uger frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="112" />
        <source>Quarters ahead</source>
        <translation>Kvartaler frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="114" />
        <source>Years ahead</source>
        <translation>År frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="115" />
        <source>Periods ahead</source>
        <translation>Perioder frem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="120" />
        <source>No period has a churn rate. It needs the customers at the start of a period and either the lost customers, or the new customers and the customers at the end. Add those figures for at least one period.</source>
        <translation>Ingen periode har en churn rate (kundeafgang). Den kræver kunderne ved periodens start og enten de mistede kunder eller de nye kunder og kunderne ved slutningen. Tilføj de tal for mindst én periode.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="123" />
        <source>No period has new customers. Add how many new customers each period brought, or import your orders and they are counted for you.</source>
        <translation>Ingen periode har nye kunder. Tilføj, hvor mange nye kunder hver periode gav, eller importér dine ordrer, så tælles de for dig.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="125" />
        <source>No period has a customer value. It needs the revenue, the orders and the active customers of at least one period.</source>
        <translation>Ingen periode har en kundeværdi. Den kræver omsætningen, ordrerne og de aktive kunder for mindst én periode.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="127" />
        <source>No period has the customers at the end. Add how many customers you had at the end of each period.</source>
        <translation>Ingen periode har kunderne ved slutningen. Tilføj, hvor mange kunder du havde ved slutningen af hver periode.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="129" />
        <source>The average churn rate is above 100 % - more customers lost than there were - so a projection would make no sense. Check the lost customers.</source>
        <translation>Den gennemsnitlige churn rate (kundeafgang) er over 100 % - flere kunder mistet, end der var - så en fremskrivning giver ingen mening. Tjek de mistede kunder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="138" />
        <source>Starting point, the average of your last %n period(s)</source>
        <translation><numerusform>Udgangspunkt, din seneste periode</numerusform><numerusform>Udgangspunkt, gennemsnittet af dine seneste %n perioder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="140" />
        <source>%1 up to %2</source>
        <translation>%1 til og med %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="142" />
        <source>churn %1 per period</source>
        <translation>churn rate (kundeafgang) %1 pr. periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="143" />
        <source>%1 new customers per period</source>
        <translation>%1 nye kunder pr. periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="144" />
        <source>customer value %1 per period</source>
        <translation>kundeværdi %1 pr. periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="145" />
        <source>%1 customers now</source>
        <translation>%1 kunder nu</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="148" />
        <source>gross margin %1</source>
        <translation>dækningsgrad %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="184" />
        <source>keeping 1 percentage point more of your customers each period</source>
        <translation>at beholde 1 procentpoint flere af dine kunder hver periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="185" />
        <source>keeping %1 percentage points more of your customers each period</source>
        <translation>at beholde %1 procentpoint flere af dine kunder hver periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="187" />
        <source>losing 1 percentage point more of your customers each period</source>
        <translation>at miste 1 procentpoint flere af dine kunder hver periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="188" />
        <source>losing %1 percentage points more of your customers each period</source>
        <translation>at miste %1 procentpoint flere af dine kunder hver periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="191" />
        <source>winning %1 more new customers</source>
        <translation>at vinde %1 flere nye kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="193" />
        <source>winning %1 fewer new customers</source>
        <translation>at vinde %1 færre nye kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="196" />
        <source>customers spending %1 more</source>
        <translation>at kunderne køber for %1 mere</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="198" />
        <source>customers spending %1 less</source>
        <translation>at kunderne køber for %1 mindre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="205" />
        <source>Change a number under &lt;b&gt;Your scenario&lt;/b&gt; to see what it is worth.</source>
        <translation>Ændr et tal under &lt;b&gt;Dit scenarie&lt;/b&gt; for at se, hvad det er værd.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="209" />
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="218" />
        <source>%1 changes nothing over %2 (churn cannot go below 0 %).</source>
        <translation>%1 ændrer intet over %2 (churn kan ikke komme under 0 %).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="222" />
        <source>%1 is worth %2 in profit (%3 in revenue) over %4.</source>
        <translation>%1 er %2 værd i dækningsbidrag (%3 i omsætning) over %4.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="223" />
        <source>%1 costs %2 in profit (%3 in revenue) over %4.</source>
        <translation>%1 koster %2 i dækningsbidrag (%3 i omsætning) over %4.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="225" />
        <source>%1 is worth %2 in revenue over %3.</source>
        <translation>%1 er %2 værd i omsætning over %3.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="226" />
        <source>%1 costs %2 in revenue over %3.</source>
        <translation>%1 koster %2 i omsætning over %3.</translation>
    </message>
</context>
<context>
    <name>WinBackPage</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="32" />
        <source>Export for mail tool…</source>
        <translation>Eksportér til mailprogram…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="33" />
        <source>Save the list as CSV or Excel, to import in your newsletter or mail tool</source>
        <translation>Gem listen som CSV eller Excel til import i dit nyhedsbrevs- eller mailprogram</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="55" />
        <source>%n customer(s) who spent well with you but have probably stopped buying, most money at risk first. A personal offer may bring them back.</source>
        <translation><numerusform>%n kunde, der har handlet godt hos dig, men sandsynligvis er holdt op med at købe. Et personligt tilbud kan få kunden tilbage.</numerusform><numerusform>%n kunder, der har handlet godt hos dig, men sandsynligvis er holdt op med at købe, størst beløb i fare først. Et personligt tilbud kan få dem tilbage.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="57" />
        <source>No customer with a past purchase is likely to have stopped buying.</source>
        <translation>Ingen kunde med tidligere køb ser ud til at være holdt op med at købe.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="69" />
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="84" />
        <source>Export win-back list</source>
        <translation>Eksportér genvindingsliste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="69" />
        <source>win-back.csv</source>
        <translation>genvind-kunder.csv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="70" />
        <source>CSV for mail tools (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV til mailprogrammer (*.csv);;Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="85" />
        <source>The list could not be saved: %1</source>
        <translation>Listen kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="107" />
        <source>(customers at end - new customers) / customers at start x 100; from orders: retained / customers at start x 100. Empty when customers at start is 0.</source>
        <translation>(kunder ved slut - nye kunder) / kunder ved start x 100; fra ordrer: fastholdte / kunder ved start x 100. Tom, når kunder ved start er 0.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="108" />
        <source>lost customers / customers at start x 100 (lost = start + new - end when not given). Empty when customers at start is 0.</source>
        <translation>mistede kunder / kunder ved start x 100 (mistede = start + nye - slut, når tallet ikke er angivet). Tom, når kunder ved start er 0.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="109" />
        <source>churned revenue + contraction revenue (an amount).</source>
        <translation>mistet omsætning + nedgraderinger (et beløb).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="110" />
        <source>(churned + contraction) / recurring revenue at start x 100.</source>
        <translation>(mistet + nedgraderinger) / fast omsætning ved start x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="111" />
        <source>(revenue at start - churned - contraction) / revenue at start x 100.</source>
        <translation>(omsætning ved start - mistet - nedgraderinger) / omsætning ved start x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="112" />
        <source>(revenue at start - churned - contraction + expansion) / revenue at start x 100.</source>
        <translation>(omsætning ved start - mistet - nedgraderinger + opgraderinger) / omsætning ved start x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="113" />
        <source>net revenue retention - 100.</source>
        <translation>nettoomsætningsfastholdelse (NRR) - 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="114" />
        <source>revenue / orders (average purchase value).</source>
        <translation>omsætning / ordrer (gennemsnitlig købsværdi).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="115" />
        <source>orders / active customers.</source>
        <translation>ordrer / aktive kunder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="116" />
        <source>average order value x purchase frequency.</source>
        <translation>gennemsnitlig ordreværdi x købsfrekvens.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="117" />
        <source>repeat customers / active customers x 100.</source>
        <translation>genkøbende kunder / aktive kunder x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="118" />
        <source>100 / churn rate (in periods). Empty when churn is 0.</source>
        <translation>100 / churn rate (i perioder). Tom, når churn rate er 0.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="119" />
        <source>customer value x average lifespan (x gross margin / 100 when given).</source>
        <translation>kundeværdi x gennemsnitlig kundelevetid (x dækningsgrad / 100, når den er angivet).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="120" />
        <source>(promoters - detractors) / (promoters + passives + detractors) x 100, from -100 to 100. Promoters answer 9-10, passives 7-8, detractors 0-6.</source>
        <translation>(ambassadører - kritikere) / (ambassadører + passive + kritikere) x 100, fra -100 til 100. Ambassadører svarer 9-10, passive 7-8, kritikere 0-6.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="121" />
        <source>units returned / units sold x 100.</source>
        <translation>returnerede enheder / solgte enheder x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="122" />
        <source>accounts receivable / credit sales x days in the period (days).</source>
        <translation>debitorer / kreditsalg x dage i perioden (dage).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="123" />
        <source>mean of the days between a customer's consecutive distinct order dates, over gaps ending in the period.</source>
        <translation>gennemsnittet af dagene mellem en kundes på hinanden følgende ordredatoer, for mellemrum der slutter i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="124" />
        <source>customers with at least the loyal minimum of orders in the churn window / customers with an order in the window x 100.</source>
        <translation>kunder med mindst det antal ordrer, der gør en kunde loyal, i churn-vinduet / kunder med en ordre i vinduet x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="125" />
        <source>from orders: customers alive on the day before the period starts (an order within the churn window up to that day).</source>
        <translation>fra ordrer: kunder, der er aktive dagen før perioden starter (en ordre inden for churn-vinduet op til den dag).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="126" />
        <source>from orders: customers alive on the last day of the period.</source>
        <translation>fra ordrer: kunder, der er aktive på periodens sidste dag.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="127" />
        <source>from orders: customers alive at the end who were not alive at the start and are not new.</source>
        <translation>fra ordrer: kunder, der er aktive ved slutningen, ikke var aktive ved starten og ikke er nye.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="128" />
        <source>rows: the period of a customer's first order; column +k: share of that cohort with an order k periods later.</source>
        <translation>rækker: perioden for en kundes første ordre; kolonne +k: andelen af kohorten med en ordre k perioder senere.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="204" />
        <location filename="../../retention_gui/io/workbook.py" line="511" />
        <location filename="../../retention_gui/selftest.py" line="140" />
        <source>Periods</source>
        <extracomment>Environment variable naming a PNG file the self-test saves the window to.</extracomment>
        <translation>Perioder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="235" />
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="236" />
        <source>Retention Calculator - results</source>
        <translation>Kundefastholdelsesberegner - resultater</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="248" />
        <source>all data</source>
        <translation>alle data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="251" />
        <source>all answers</source>
        <translation>alle svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="252" />
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="252" />
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="253" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="253" />
        <source>What it means</source>
        <translation>Hvad det betyder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="265" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="267" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="277" />
        <source>Source file</source>
        <translation>Kildefil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="277" />
        <source>typed in the app</source>
        <translation>indtastet i programmet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="278" />
        <source>Kind of data</source>
        <translation>Slags data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="279" />
        <source>Frequency</source>
        <translation>Periodelængde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="280" />
        <source>Churn window (days)</source>
        <translation>Churn-vindue (dage)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="281" />
        <source>Loyal minimum orders</source>
        <translation>Mindste antal ordrer for en loyal kunde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="282" />
        <source>App version</source>
        <translation>Programversion</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="283" />
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="286" />
        <source>About these results</source>
        <translation>Om disse resultater</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="341" />
        <source>What-if</source>
        <translation>Hvad nu hvis</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="436" />
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="437" />
        <source>Header row</source>
        <translation>Overskriftsrække</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="438" />
        <source>Recognised layout</source>
        <translation>Genkendt layout</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="439" />
        <source>Rows read</source>
        <translation>Læste rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="440" />
        <source>Rows used</source>
        <translation>Brugte rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="441" />
        <source>Amount from</source>
        <translation>Beløb fra</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="442" />
        <source>Amount columns not used</source>
        <translation>Beløbskolonner, der ikke er brugt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="443" />
        <source>Customer id from</source>
        <translation>Kunde-id fra</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="444" />
        <source>Customer ids are e-mails (case ignored)</source>
        <translation>Kunde-id'er er e-mails (store og små bogstaver ens)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="445" />
        <source>Blank amounts counted as 0 (later lines of an order)</source>
        <translation>Tomme beløb talt som 0 (senere linjer i en ordre)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="446" />
        <source>Customer or date taken from the order's other lines</source>
        <translation>Kunde eller dato hentet fra ordrens andre linjer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="453" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="461" />
        <source>Column for %1</source>
        <translation>Kolonne til %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/io/workbook.py" line="463" />
        <source>%n row(s)</source>
        <translation><numerusform>%n række</numerusform><numerusform>%n rækker</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="465" />
        <source>, net amount %1</source>
        <translation>, nettobeløb %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="467" />
        <source>Left out: %1</source>
        <translation>Udeladt: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="469" />
        <source>Date order of %1</source>
        <translation>Datoorden for %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="474" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="474" />
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="479" />
        <location filename="../../retention_gui/io/workbook.py" line="641" />
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="513" />
        <source>Charts</source>
        <translation>Grafer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="517" />
        <source>Retention and churn (%)</source>
        <translation>Kundefastholdelsesrate og churn rate (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="518" />
        <source>Net revenue retention (%)</source>
        <translation>Nettoomsætningsfastholdelse (NRR) (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="519" />
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="520" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="521" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="560" />
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="561" />
        <source>Predicted customer value (BG/NBD and Gamma-Gamma)</source>
        <translation>Forventet kundeværdi (BG/NBD og Gamma-Gamma)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="575" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="584" />
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="594" />
        <source>not fitted</source>
        <translation>ikke tilpasset</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="597" />
        <source>Model parameters (alpha in days)</source>
        <translation>Modelparametre (alpha i dage)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="600" />
        <source>Model check</source>
        <translation>Modelkontrol</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="637" />
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>key</source>
        <translation>nøgle</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>definition</source>
        <translation>definition</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="648" />
        <source>figures per period</source>
        <translation>tal pr. periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="649" />
        <source>orders</source>
        <translation>ordrer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="650" />
        <source>NPS answers</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="657" />
        <source>month</source>
        <translation>måned</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="658" />
        <source>week</source>
        <translation>uge</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="659" />
        <source>quarter</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="660" />
        <source>year</source>
        <translation>år</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="66" />
        <source>orders</source>
        <translation>ordrer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="66" />
        <source>figures per period</source>
        <translation>tal pr. periode</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="67" />
        <source>NPS answers</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="70" />
        <source>day before month</source>
        <translation>dag før måned</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="71" />
        <source>month before day</source>
        <translation>måned før dag</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="72" />
        <source>day before month (assumed: no day or month above 12 tells)</source>
        <translation>dag før måned (antaget: ingen dag eller måned over 12 afgør det)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="73" />
        <source>dates as stored in the file</source>
        <translation>datoer som gemt i filen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="79" />
        <source>%n guest row(s) without a customer, %1</source>
        <translation><numerusform>%n gæsterække uden kunde, %1</numerusform><numerusform>%n gæsterækker uden kunde, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="82" />
        <source>%n totals row(s)</source>
        <translation><numerusform>%n totalrække</numerusform><numerusform>%n totalrækker</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="83" />
        <source>%n row(s): %1</source>
        <translation><numerusform>%n række: %1</numerusform><numerusform>%n rækker: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="90" />
        <source>%1 (computed for each row)</source>
        <translation>%1 (beregnet for hver række)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="96" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="98" />
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="99" />
        <source>Header row</source>
        <translation>Overskriftsrække</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="100" />
        <source>The sheet holds</source>
        <translation>Arket indeholder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="102" />
        <source>Known layout</source>
        <translation>Kendt format</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="110" />
        <source>%1 (the customer ID)</source>
        <translation>%1 (kunde-id'et)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="117" />
        <source>Not used as the amount</source>
        <translation>Ikke brugt som beløb</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="118" />
        <source>Rows read</source>
        <translation>Læste rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="119" />
        <source>Rows used</source>
        <translation>Brugte rækker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="121" />
        <source>Left out</source>
        <translation>Udeladt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="124" />
        <source>Refunds</source>
        <translation>Refusioner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="124" />
        <source>%n row(s) with a negative amount, %1; they lower revenue and are not orders</source>
        <translation><numerusform>%n række med negativt beløb, %1; den trækker fra omsætningen og er ikke en ordre</numerusform><numerusform>%n rækker med negativt beløb, %1; de trækker fra omsætningen og er ikke ordrer</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="128" />
        <source>Blank amounts</source>
        <translation>Tomme beløb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="128" />
        <source>%n blank amount(s) counted as 0: the order's amount is on another of its rows</source>
        <translation><numerusform>%n tomt beløb regnet som 0: ordrens beløb står på en anden af dens rækker</numerusform><numerusform>%n tomme beløb regnet som 0: ordrens beløb står på en anden af dens rækker</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="132" />
        <source>Dates in %1</source>
        <translation>Datoer i %1</translation>
    </message>
</context>
</TS>
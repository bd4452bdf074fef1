<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_gui/app.py" line="87" />
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="88" />
        <source>Something unexpected went wrong. Your typed figures are still there; please save them. Details were written to %1</source>
        <translation>Något oväntat gick fel. Dina inskrivna siffror finns kvar; spara dem. Detaljer har skrivits till %1</translation>
    </message>
</context>
<context>
    <name>CohortsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="45" />
        <location filename="../../retention_gui/ui/panels/tables.py" line="72" />
        <source>Each row is the customers whose first order fell in that period; column +k is the share of them who ordered again k periods later.</source>
        <translation>Varje rad är kunderna vars första order föll i perioden; kolumn +k är andelen av dem som köpte igen k perioder senare.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="63" />
        <source>Cohorts need order data: import an order export (one row per order line).</source>
        <translation>Kohorter kräver orderdata: importera en orderexport (en rad per orderrad).</translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="86" />
        <source>Find a customer…</source>
        <translation>Hitta en kund…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="118" />
        <source>Customers need order data: import an order export.</source>
        <translation>Kunder kräver orderdata: importera en orderexport.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="121" />
        <source>%1 customers, %2 alive</source>
        <translation>%1 kunder, %2 aktiva</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="207" />
        <source>Share of the customers you started with who are still customers.</source>
        <translation>Andel av kunderna vid periodens början som fortfarande är kunder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="208" />
        <source>Share of the customers you started with who left.</source>
        <translation>Andel av kunderna vid periodens början som lämnade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="209" />
        <source>Share of recurring revenue lost to cancellations and downgrades.</source>
        <translation>Andel av de återkommande intäkterna som förlorades genom uppsägningar och nedgraderingar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="210" />
        <source>Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow.</source>
        <translation>Återkommande intäkter som behållits från befintliga kunder, uppgraderingar inräknade. Över 100 % betyder att de växer.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="211" />
        <source>What an average customer is worth over their whole time with you.</source>
        <translation>Vad en genomsnittlig kund är värd under hela kundrelationen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="212" />
        <source>What an average active customer spends in a period.</source>
        <translation>Vad en genomsnittlig aktiv kund handlar för under en period.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="213" />
        <source>Share of active customers who bought more than once.</source>
        <translation>Andel av de aktiva kunderna som köpte mer än en gång.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="214" />
        <source>Would customers recommend you? From -100 to 100; above 0 is more fans than critics.</source>
        <translation>Skulle kunderna rekommendera dig? Från -100 till 100; över 0 betyder fler fans än kritiker.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="215" />
        <source>Share of units sold that came back.</source>
        <translation>Andel av sålda enheter som returnerades.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="216" />
        <source>How many days customers take to pay, on average.</source>
        <translation>Hur många dagar kunderna i genomsnitt tar på sig att betala.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="217" />
        <source>Average days between a customer's purchases.</source>
        <translation>Genomsnittligt antal dagar mellan en kunds köp.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="218" />
        <source>Share of recent customers with several orders in the churn window.</source>
        <translation>Andel av nya kunder med flera ordrar i churn-fönstret.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="219" />
        <source>Distinct customers in the data.</source>
        <translation>Olika kunder i datan.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="220" />
        <source>Orders in the data (refunds are not orders).</source>
        <translation>Ordrar i datan (återbetalningar är inte ordrar).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="221" />
        <source>Revenue net of refunds.</source>
        <translation>Intäkter efter återbetalningar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="222" />
        <source>Average value of one order.</source>
        <translation>Genomsnittligt värde av en order.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="223" />
        <source>Orders per customer.</source>
        <translation>Ordrar per kund.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="224" />
        <source>The middle value of the days between purchases.</source>
        <translation>Mittvärdet av dagarna mellan köp.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="225" />
        <source>Average retention rate over the periods where it is defined.</source>
        <translation>Genomsnittlig lojalitet över de perioder där den kan beräknas.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="226" />
        <source>Average churn rate over the periods where it is defined.</source>
        <translation>Genomsnittlig churn över de perioder där den kan beräknas.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="227" />
        <source>Answers counted (blanks skipped).</source>
        <translation>Räknade svar (tomma överhoppade).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="228" />
        <source>Blank answers.</source>
        <translation>Tomma svar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="44" />
        <source>retained / customers at start × 100</source>
        <translation>behållna / kunder vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="46" />
        <source>(customers at end − new) / customers at start × 100</source>
        <translation>(kunder vid slut − nya) / kunder vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="48" />
        <source>lost / customers at start × 100</source>
        <translation>förlorade / kunder vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="49" />
        <source>(churned + contraction) / revenue at start × 100</source>
        <translation>(förlorat + nedgraderingar) / intäkter vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="51" />
        <source>(revenue at start − churned − contraction + expansion) / revenue at start × 100</source>
        <translation>(intäkter vid start − förlorat − nedgraderingar + uppgraderingar) / intäkter vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="53" />
        <source>customer value × average lifespan (× gross margin)</source>
        <translation>kundvärde × genomsnittlig livslängd (× täckningsgrad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="56" />
        <source>average order value × purchase frequency</source>
        <translation>genomsnittligt ordervärde × köpfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="58" />
        <source>repeat customers / active customers × 100</source>
        <translation>återkommande kunder / aktiva kunder × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="60" />
        <source>(promoters − detractors) / answers × 100</source>
        <translation>(ambassadörer − kritiker) / svar × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="62" />
        <source>units returned / units sold × 100</source>
        <translation>returnerade enheter / sålda enheter × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="63" />
        <source>receivables / credit sales × days</source>
        <translation>kundfordringar / kreditförsäljning × dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="64" />
        <source>mean of the days between a customer's consecutive purchases</source>
        <translation>medelvärde av dagarna mellan en kunds köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="65" />
        <source>customers with enough orders in the window / customers with an order in the window × 100</source>
        <translation>kunder med tillräckligt många ordrar i fönstret / kunder med en order i fönstret × 100</translation>
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
&lt;h2&gt;Hur beräknas siffrorna?&lt;/h2&gt;
&lt;p&gt;Alla siffror följer projektets referensdefinitioner (METRICS.md). S, E, N och L är kunderna vid periodens
början och slut, de nya kunderna och de förlorade kunderna.&lt;/p&gt;
&lt;table cellpadding="4"&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundlojalitet (CRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(E − N) / S × 100; från ordrar: behållna / S × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Churn&lt;/b&gt;&lt;/td&gt;&lt;td&gt;L / S × 100, med L = S + N − E när L inte anges&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Intäktschurn&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(förlorat + nedgraderingar) / intäkter vid start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;GRR&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(intäkter vid start − förlorat − nedgraderingar) / intäkter vid start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;NRR&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(intäkter vid start − förlorat − nedgraderingar + uppgraderingar) / intäkter vid start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genomsnittligt ordervärde&lt;/b&gt;&lt;/td&gt;&lt;td&gt;intäkter / ordrar&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Köpfrekvens&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ordrar / aktiva kunder&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundvärde&lt;/b&gt;&lt;/td&gt;&lt;td&gt;genomsnittligt ordervärde × köpfrekvens&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Återköpsgrad&lt;/b&gt;&lt;/td&gt;&lt;td&gt;återkommande kunder / aktiva kunder × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genomsnittlig livslängd&lt;/b&gt;&lt;/td&gt;&lt;td&gt;100 / churn (perioder)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundens livstidsvärde&lt;/b&gt;&lt;/td&gt;&lt;td&gt;kundvärde × genomsnittlig livslängd (× täckningsgrad / 100 när den anges)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;NPS&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(ambassadörer − kritiker) / svar × 100; ambassadörer 9-10, passiva 7-8, kritiker 0-6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Returgrad&lt;/b&gt;&lt;/td&gt;&lt;td&gt;returnerade enheter / sålda enheter × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;DSO&lt;/b&gt;&lt;/td&gt;&lt;td&gt;kundfordringar / kreditförsäljning × dagar i perioden&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;h3&gt;Från ordrar&lt;/h3&gt;
&lt;p&gt;En kund är &lt;i&gt;aktiv&lt;/i&gt; en dag om kunden har handlat inom churn-fönstret (365 dagar som standard) fram till den dagen.
S räknar kunder som är aktiva dagen före periodens början, E de som är aktiva periodens sista dag. Återbetalningar (negativa
belopp) minskar intäkterna men är inte ordrar. Kohorter grupperar kunderna efter perioden för deras första order och visar
andelen som handlade igen k perioder senare.&lt;/p&gt;
&lt;p&gt;En siffra visas som “–” när den inte kan beräknas, till exempel en andel med noll kunder vid start.&lt;/p&gt;
&lt;h3&gt;Varningar&lt;/h3&gt;
&lt;p&gt;Churn över 7 %, NPS under 0, NRR under 100 % och DSO över 45 dagar markeras; gränserna kan ändras under Inställningar.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="284" />
        <source>How are these computed?</source>
        <translation>Hur beräknas siffrorna?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="127" />
        <source>Retention Calculator</source>
        <translation>Kundlojalitet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="134" />
        <source>Type your figures on the left, or import a spreadsheet (Ctrl+I).</source>
        <translation>Skriv in dina siffror till vänster, eller importera ett kalkylark (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="154" />
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="155" />
        <source>Add an empty period at the end (Ctrl+Shift+N)</source>
        <translation>Lägg till en tom period sist (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="158" />
        <source>Remove rows</source>
        <translation>Ta bort rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="159" />
        <source>Remove the selected periods</source>
        <translation>Ta bort de valda perioderna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="161" />
        <source>One row per period. Paste a block copied from Excel with Ctrl+V.</source>
        <translation>En rad per period. Klistra in ett område kopierat från Excel med Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="174" />
        <source>Quick form</source>
        <translation>Snabbformulär</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="175" />
        <source>Period table</source>
        <translation>Periodtabell</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="186" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="187" />
        <source>Trends</source>
        <translation>Trender</translation>
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
        <translation>&lt;h1&gt;Kundlojalitet&lt;/h1&gt;&lt;p&gt;Se hur många kunder som stannar, vad de är värda och var du kan bli bättre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="200" />
        <source>Try the sample data</source>
        <translation>Prova med exempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="203" />
        <source>Import a spreadsheet…</source>
        <translation>Importera ett kalkylark…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="212" />
        <source>…or type your figures in the form on the left, or drop an Excel file here.</source>
        <translation>…eller skriv dina siffror i formuläret till vänster, eller släpp en Excel-fil här.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="245" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="246" />
        <source>Start again with an empty form and table</source>
        <translation>Börja om med tomt formulär och tabell</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="247" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="248" />
        <source>Open a saved project or a spreadsheet</source>
        <translation>Öppna ett sparat projekt eller ett kalkylark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="249" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="250" />
        <source>Save the typed figures and settings as a project</source>
        <translation>Spara de inskrivna siffrorna och inställningarna som ett projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="251" />
        <source>Save &amp;As…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="252" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="253" />
        <source>Import an Excel sheet or CSV file</source>
        <translation>Importera ett Excel-blad eller en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="254" />
        <source>&amp;Export results…</source>
        <translation>&amp;Exportera resultat…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="255" />
        <source>Write the results to an Excel workbook</source>
        <translation>Skriv resultaten till en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="256" />
        <source>Open the &amp;sample data</source>
        <translation>Öppna &amp;exempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="258" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="261" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="263" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="265" />
        <source>&amp;Paste rows</source>
        <translation>&amp;Klistra in rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="266" />
        <source>Paste rows copied from Excel into the period table</source>
        <translation>Klistra in rader kopierade från Excel i periodtabellen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="267" />
        <source>&amp;Add row</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="268" />
        <source>&amp;Remove rows</source>
        <translation>&amp;Ta bort rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="269" />
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="272" />
        <source>&amp;How are these computed?</source>
        <translation>&amp;Hur beräknas siffrorna?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="273" />
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="280" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="287" />
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="290" />
        <source>&amp;Edit</source>
        <translation>R&amp;edigera</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="296" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="301" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="304" />
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="310" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="325" />
        <source>Clear list</source>
        <translation>Rensa listan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="430" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n inmatningsfel</numerusform><numerusform>%n inmatningsfel</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="432" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n varning</numerusform><numerusform>%n varningar</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="439" />
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="448" />
        <source>Unsaved changes</source>
        <translation>Ändringar är inte sparade</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="449" />
        <source>You have typed figures that are not saved. Save them first?</source>
        <translation>Du har skrivit in siffror som inte är sparade. Vill du spara dem först?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="470" />
        <source>Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Projekt och kalkylark (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="471" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="476" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Kalkylark (*.xlsx *.xlsm *.xls *.ods *.csv);;Alla filer (*)</translation>
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
        <translation>Filen kunde inte importeras</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="505" />
        <source>Choose a sheet</source>
        <translation>Välj ett blad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="506" />
        <source>The workbook has several sheets. Which one should be imported?</source>
        <translation>Arbetsboken har flera blad. Vilket ska importeras?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="513" />
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="514" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="528" />
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="549" />
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="564" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen avbröts; inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="572" />
        <source>Import failed.</source>
        <translation>Importen misslyckades.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="593" />
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="612" />
        <source>Imported %1</source>
        <translation>Importerade %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="649" />
        <source>Restore unsaved work?</source>
        <translation>Återställ osparat arbete?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="650" />
        <source>The app was closed without saving figures you typed (autosaved %1). Restore them?</source>
        <translation>Programmet stängdes utan att spara siffror du skrivit in (autosparat %1). Vill du återställa dem?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="659" />
        <source>Could not restore</source>
        <translation>Kunde inte återställa</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="679" />
        <source>Save project</source>
        <translation>Spara projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="680" />
        <source>Retention projects (*.retention)</source>
        <translation>Lojalitetsprojekt (*.retention)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="697" />
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="706" />
        <source>Could not open the project</source>
        <translation>Projektet kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="724" />
        <source>The clipboard is empty.</source>
        <translation>Urklippet är tomt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="738" />
        <source>Pasted %n row(s).</source>
        <translation><numerusform>Klistrade in %n rad.</numerusform><numerusform>Klistrade in %n rader.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="785" />
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nya språket används nästa gång programmet startar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="794" />
        <source>Export results</source>
        <translation>Exportera resultat</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="795" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="815" />
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="821" />
        <source>Results written to %1</source>
        <translation>Resultaten har skrivits till %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="828" />
        <location filename="../../retention_gui/ui/main_window.py" line="854" />
        <source>Could not export</source>
        <translation>Kunde inte exportera</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="829" />
        <source>%1 is open in another program or write-protected.</source>
        <translation>%1 är öppen i ett annat program eller skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="830" />
        <source>Close it and try again, or save under another name.</source>
        <translation>Stäng den och försök igen, eller spara med ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="831" />
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="832" />
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="858" />
        <source>Save plot</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="858" />
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="863" />
        <source>Save plotted numbers</source>
        <translation>Spara siffrorna i diagrammet</translation>
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
        <translation>Vilken kolumn är vad?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="70" />
        <source>Orders (one row per order line)</source>
        <translation>Ordrar (en rad per orderrad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="71" />
        <source>Figures per period</source>
        <translation>Siffror per period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="72" />
        <source>NPS survey answers</source>
        <translation>Svar från NPS-undersökning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="88" />
        <source>Some columns of %1 were not recognised. Pick the column that holds each item; items marked * are needed.</source>
        <translation>Några kolumner i %1 kändes inte igen. Välj kolumnen för varje punkt; punkter med * krävs.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="94" />
        <source>The sheet holds</source>
        <translation>Bladet innehåller</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="97" />
        <source>Preview of the first rows:</source>
        <translation>De första raderna:</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="150" />
        <source>Please pick a column for: %1</source>
        <translation>Välj en kolumn för: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="153" />
        <source>Each column can be used for one item only.</source>
        <translation>Varje kolumn kan bara användas till en sak.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="40" />
        <source>{value} is negative; this must be zero or more</source>
        <translation>{value} är negativt; talet måste vara noll eller mer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="41" />
        <source>{value} is not a whole number; answer counts must be whole numbers</source>
        <translation>{value} är inte ett heltal; antal svar måste vara heltal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="42" />
        <source>gross margin {value} is outside 0-100</source>
        <translation>täckningsgrad {value} ligger utanför 0-100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="43" />
        <source>more customers retained than existed: end {end} - new {new} is more than start {start}</source>
        <translation>fler kunder behållna än det fanns: slut {end} - nya {new} är mer än start {start}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="46" />
        <source>fewer than zero retained: end {end} - new {new} is below 0</source>
        <translation>färre än noll behållna: slut {end} - nya {new} är under 0</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="49" />
        <source>lost customers {lost} differs from start + new - end = {derived}; {lost} is used</source>
        <translation>förlorade kunder {lost} skiljer sig från start + nya - slut = {derived}; {lost} används</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="52" />
        <source>repeat customers {repeat} are more than active customers {active}</source>
        <translation>återkommande kunder {repeat} är fler än aktiva kunder {active}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="55" />
        <source>units returned {returned} are more than units sold {sold}</source>
        <translation>returnerade enheter {returned} är fler än sålda enheter {sold}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="58" />
        <source>the period label is empty; give every row a period</source>
        <translation>perioden är tom; ge varje rad en period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="59" />
        <source>this cell is empty; a value is needed here</source>
        <translation>cellen är tom; här behövs ett värde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="60" />
        <source>no column for '{column}' was found; add one or map it in the import</source>
        <translation>det finns ingen kolumn för '{column}'; lägg till en eller välj den vid importen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="61" />
        <source>'{value}' is not a number</source>
        <translation>'{value}' är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="62" />
        <source>'{value}' is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024</source>
        <translation>'{value}' är inte ett datum; använd 2024-01-31, 31-01-2024 eller 31.01.2024</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="65" />
        <source>dates like '{value}' could be day-month or month-day; they were read as day-month</source>
        <translation>datum som '{value}' kan vara dag-månad eller månad-dag; de har lästs som dag-månad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="68" />
        <source>'{value}' could mean thousands or decimals; it was read as {read:g} - check the column</source>
        <translation>'{value}' kan betyda tusental eller decimaler; det lästes som {read:g} - kontrollera kolumnen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="71" />
        <source>{count} more cells like this</source>
        <translation>{count} fler celler som denna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="72" />
        <source>'{value}' is not an NPS answer; answers are whole numbers from 0 to 10</source>
        <translation>'{value}' är inte ett NPS-svar; svar är heltal från 0 till 10</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="75" />
        <source>there are no orders (only refunds or no rows)</source>
        <translation>det finns inga ordrar (bara återbetalningar eller inga rader)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="76" />
        <source>there are no data rows</source>
        <translation>det finns inga datarader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="77" />
        <source>'{value}' is not a frequency; use one of {allowed}</source>
        <translation>'{value}' är inte en periodlängd; använd en av {allowed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="78" />
        <source>setting {setting} = {value} is not allowed</source>
        <translation>inställningen {setting} = {value} är inte tillåten</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="80" />
        <source>churn above {threshold:g}% - look into why customers leave</source>
        <translation>churn över {threshold:g}% - ta reda på varför kunderna lämnar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="81" />
        <source>NPS below {threshold:g} - more detractors than promoters</source>
        <translation>NPS under {threshold:g} - fler kritiker än ambassadörer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="82" />
        <source>NRR below {threshold:g}% - existing customers spend less than before</source>
        <translation>NRR under {threshold:g}% - befintliga kunder handlar för mindre än förut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="83" />
        <source>DSO above {threshold:g} days - customers pay slowly</source>
        <translation>DSO över {threshold:g} dagar - kunderna betalar långsamt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="85" />
        <source>the file does not exist</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="86" />
        <source>'{suffix}' files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation>'{suffix}'-filer kan inte läsas; använd .xlsx, .xlsm, .xls, .ods eller .csv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="89" />
        <source>the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again</source>
        <translation>filen kunde inte läsas som ett kalkylark ({detail}); öppna den i Excel och spara den igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="92" />
        <source>this file is password-protected; save an unprotected copy and import that</source>
        <translation>filen är lösenordsskyddad; spara en oskyddad kopia och importera den</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="95" />
        <source>the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened</source>
        <translation>filen skulle bli {size_mb} MB uppackad, långt mer än ett kalkylark av dess storlek; den öppnades inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="98" />
        <source>there is no sheet '{sheet}'; the sheets are: {sheets}</source>
        <translation>det finns inget blad '{sheet}'; bladen är: {sheets}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="99" />
        <source>every sheet in the file is hidden</source>
        <translation>alla blad i filen är dolda</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="100" />
        <source>the sheet is empty</source>
        <translation>bladet är tomt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="101" />
        <source>no header row with known column names was found in the first {rows} rows; map the columns by hand</source>
        <translation>det finns ingen rubrikrad med kända namn i de första {rows} raderna; välj kolumnerna själv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="104" />
        <source>the columns do not look like periods, orders or NPS answers: {columns}</source>
        <translation>kolumnerna liknar varken perioder, ordrar eller NPS-svar: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="107" />
        <source>these columns were not recognised and are ignored: {columns}</source>
        <translation>dessa kolumner kändes inte igen och ignoreras: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="108" />
        <source>the sheet has formulas without saved results; open the file in Excel, save it, and import again</source>
        <translation>bladet har formler utan sparade resultat; öppna filen i Excel, spara den och importera igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="111" />
        <source>this is not a readable project file ({detail})</source>
        <translation>detta är inte en läsbar projektfil ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="112" />
        <source>this project was saved by a newer version of the app (format {version}); update the app to open it</source>
        <translation>projektet sparades av en nyare version av programmet (format {version}); uppdatera programmet för att öppna det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="115" />
        <source>the file contains XML entity declarations, which spreadsheets do not need and attacks use; it was not opened</source>
        <translation>filen innehåller XML-entiteter, som kalkylark inte behöver men attacker använder; den öppnades inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="118" />
        <source>the percentages look like fractions (Excel percent cells): {value} was read as {percent:g} %</source>
        <translation>procenten ser ut som bråk (Excel-procentceller): {value} lästes som {percent:g} %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="121" />
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="122" />
        <source>the file could not be written ({detail})</source>
        <translation>filen kunde inte skrivas ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="123" />
        <source>the file is open in another program or write-protected; close it or choose another name</source>
        <translation>filen är öppen i ett annat program eller skrivskyddad; stäng den eller välj ett annat namn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="129" />
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="130" />
        <source>sheet '{sheet}'</source>
        <translation>blad '{sheet}'</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="131" />
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="132" />
        <source>column {column}</source>
        <translation>kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="133" />
        <source>period {period}</source>
        <translation>period {period}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="137" />
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="138" />
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="142" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="143" />
        <location filename="../../retention_gui/ui/main_window.py" line="900" />
        <source>Customers at start</source>
        <translation>Kunder vid start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="144" />
        <source>Customers at end</source>
        <translation>Kunder vid slut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="145" />
        <source>New customers</source>
        <translation>Nya kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="146" />
        <source>Lost customers</source>
        <translation>Förlorade kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="147" />
        <source>Retained customers</source>
        <translation>Behållna kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="148" />
        <source>Reactivated customers</source>
        <translation>Återvunna kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="149" />
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="150" />
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="151" />
        <source>Active customers</source>
        <translation>Aktiva kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="152" />
        <source>Repeat customers</source>
        <translation>Återkommande kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="153" />
        <source>Recurring revenue at start</source>
        <translation>Återkommande intäkter vid start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="154" />
        <source>Churned revenue</source>
        <translation>Förlorade intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="155" />
        <source>Contraction revenue</source>
        <translation>Nedgraderingar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="156" />
        <source>Expansion revenue</source>
        <translation>Uppgraderingar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="157" />
        <source>Units sold</source>
        <translation>Sålda enheter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="158" />
        <source>Units returned</source>
        <translation>Returnerade enheter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="159" />
        <source>Accounts receivable</source>
        <translation>Kundfordringar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="160" />
        <source>Credit sales</source>
        <translation>Kreditförsäljning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="161" />
        <source>Days in period</source>
        <translation>Dagar i perioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="162" />
        <source>Promoters</source>
        <translation>Ambassadörer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="163" />
        <source>Passives</source>
        <translation>Passiva</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="164" />
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="165" />
        <source>Gross margin %</source>
        <translation>Täckningsgrad %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="166" />
        <source>Customer retention rate %</source>
        <translation>Kundlojalitet %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="167" />
        <source>Churn rate %</source>
        <translation>Churn %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="168" />
        <source>Revenue churn</source>
        <translation>Förlorade intäkter (churn)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="169" />
        <source>Revenue churn %</source>
        <translation>Intäktschurn %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="170" />
        <source>Gross revenue retention %</source>
        <translation>Brutto intäktsbehållning %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="171" />
        <source>Net revenue retention %</source>
        <translation>Netto intäktsbehållning %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="172" />
        <source>Existing revenue growth %</source>
        <translation>Tillväxt från befintliga kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="173" />
        <source>Average order value</source>
        <translation>Genomsnittligt ordervärde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="174" />
        <source>Purchase frequency</source>
        <translation>Köpfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="175" />
        <source>Customer value</source>
        <translation>Kundvärde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="176" />
        <source>Repeat purchase rate %</source>
        <translation>Återköpsgrad %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="177" />
        <source>Average lifespan (periods)</source>
        <translation>Genomsnittlig livslängd (perioder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="178" />
        <source>Customer lifetime value</source>
        <translation>Kundens livstidsvärde (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="179" />
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="180" />
        <source>Return rate %</source>
        <translation>Returgrad %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="181" />
        <source>Days sales outstanding</source>
        <translation>Kredittid (DSO)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="182" />
        <source>Days between purchases</source>
        <translation>Dagar mellan köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="183" />
        <source>Median days between purchases</source>
        <translation>Median dagar mellan köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="184" />
        <source>Loyal customer rate %</source>
        <translation>Lojala kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="185" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="186" />
        <source>Mean retention rate %</source>
        <translation>Genomsnittlig lojalitet %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="187" />
        <source>Mean churn rate %</source>
        <translation>Genomsnittlig churn %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="188" />
        <source>Customer ID</source>
        <translation>Kund-ID</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="189" />
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="190" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="191" />
        <source>Order ID</source>
        <translation>Order-ID</translation>
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
        <translation>Svarsdatum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="195" />
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="196" />
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="197" />
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="198" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="199" />
        <source>First order</source>
        <translation>Första order</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="200" />
        <source>Last order</source>
        <translation>Senaste order</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="201" />
        <source>Days since last order</source>
        <translation>Dagar sedan senaste order</translation>
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
        <translation>alla svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="108" />
        <source>all data</source>
        <translation>alla data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="110" />
        <source>not enough data</source>
        <translation>för lite data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="127" />
        <source>&lt;b&gt;%1 customers&lt;/b&gt;, %2 orders, revenue %3 - latest period shown on each card.</source>
        <translation>&lt;b&gt;%1 kunder&lt;/b&gt;, %2 ordrar, intäkter %3 - senaste perioden visas på varje kort.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="132" />
        <source>&lt;b&gt;%1 answers&lt;/b&gt; (%2 blank).</source>
        <translation>&lt;b&gt;%1 svar&lt;/b&gt; (%2 tomma).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="135" />
        <source>&lt;b&gt;%n period(s)&lt;/b&gt; - the latest period with a value is shown on each card.</source>
        <translation><numerusform>&lt;b&gt;%n period&lt;/b&gt; - den senaste perioden med ett värde visas på varje kort.</numerusform><numerusform>&lt;b&gt;%n perioder&lt;/b&gt; - den senaste perioden med ett värde visas på varje kort.</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../retention_gui/ui/models.py" line="180" />
        <source>Edit cell</source>
        <translation>Ändra cell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="208" />
        <source>Paste %n row(s)</source>
        <translation><numerusform>Klistra in %n rad</numerusform><numerusform>Klistra in %n rader</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/models.py" line="221" />
        <source>Replace periods</source>
        <translation>Ersätt perioder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="308" />
        <source>Add %n row(s)</source>
        <translation><numerusform>Lägg till %n rad</numerusform><numerusform>Lägg till %n rader</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="322" />
        <source>Remove %n row(s)</source>
        <translation><numerusform>Ta bort %n rad</numerusform><numerusform>Ta bort %n rader</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="174" />
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178" />
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="179" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="183" />
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="183" />
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="199" />
        <source>%1 problem(s) found in %2. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</source>
        <translation>%1 problem hittades i %2. Celler som inte kunde läsas lämnas tomma och siffror som beror på dem visas inte. Rätta dem i filen och importera den igen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="201" />
        <source>Notes about %2 (the figures were computed):</source>
        <translation>Anmärkningar om %2 (siffrorna har beräknats):</translation>
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
        <translation>Intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="44" />
        <source>Products and payments</source>
        <translation>Varor och betalningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="46" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="51" />
        <source>Type the figures of one period from your books. Leave a field empty if you do not have it; results appear on the right as you type.</source>
        <translation>Skriv in siffrorna för en period från din bokföring. Lämna ett fält tomt om du inte har siffran; resultaten visas till höger medan du skriver.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="64" />
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="87" />
        <source>…or paste raw answers 0-10, one per line</source>
        <translation>…eller klistra in svar 0-10, ett per rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="88" />
        <source>Paste a column of survey answers (0-10). They are counted as promoters (9-10), passives (7-8) and detractors (0-6).</source>
        <translation>Klistra in en kolumn med svar (0-10). De räknas som ambassadörer (9-10), passiva (7-8) och kritiker (0-6).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="97" />
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="111" />
        <source>Customers you had on the first day of the period (S).</source>
        <translation>Kunder du hade periodens första dag (S).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="112" />
        <source>Customers you had on the last day of the period (E).</source>
        <translation>Kunder du hade periodens sista dag (E).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="113" />
        <source>Customers who joined during the period (N).</source>
        <translation>Kunder som tillkom under perioden (N).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="114" />
        <source>Customers who left (L). Left empty, it is worked out as start + new - end.</source>
        <translation>Kunder som lämnade (L). Lämnas fältet tomt beräknas det som start + nya - slut.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="115" />
        <source>Total revenue in the period.</source>
        <translation>Totala intäkter under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="116" />
        <source>Number of orders (purchases) in the period.</source>
        <translation>Antal ordrar (köp) under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="117" />
        <source>Distinct customers who bought in the period.</source>
        <translation>Olika kunder som köpte under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="118" />
        <source>Of the active customers, those who bought more than once.</source>
        <translation>Av de aktiva kunderna: de som köpte mer än en gång.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="119" />
        <source>Recurring revenue from existing customers at the start (e.g. MRR).</source>
        <translation>Återkommande intäkter från befintliga kunder vid start (t.ex. MRR).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="120" />
        <source>Recurring revenue lost from customers who left.</source>
        <translation>Återkommande intäkter förlorade från kunder som lämnade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="121" />
        <source>Revenue lost from downgrades of customers who stayed.</source>
        <translation>Intäkter förlorade genom nedgraderingar hos kunder som stannade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="122" />
        <source>Revenue gained from upgrades of customers who stayed.</source>
        <translation>Intäkter vunna genom uppgraderingar hos kunder som stannade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="123" />
        <source>Gross margin in percent (0-100). CLV is multiplied by it when given.</source>
        <translation>Täckningsgrad i procent (0-100). CLV multipliceras med den när den anges.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="124" />
        <source>Product units sold.</source>
        <translation>Sålda enheter.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="125" />
        <source>Product units returned.</source>
        <translation>Returnerade enheter.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="126" />
        <source>Money customers owe you at the end of the period.</source>
        <translation>Pengar kunderna är skyldiga dig vid periodens slut.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="127" />
        <source>Sales on credit (invoices) in the period.</source>
        <translation>Försäljning på kredit (fakturor) under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="128" />
        <source>Calendar days in the period; 30 when empty.</source>
        <translation>Kalenderdagar i perioden; 30 när fältet är tomt.</translation>
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
        <translation>Svar från 0 till 6.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="144" />
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="177" />
        <source>'%1' is not a number</source>
        <translation>'%1' är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="207" />
        <source>Not an answer from 0 to 10 on line(s) %1</source>
        <translation>Inte ett svar från 0 till 10 på rad %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="216" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="219" />
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="219" />
        <source>Week (ISO)</source>
        <translation>Vecka (ISO)</translation>
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
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="228" />
        <source>A customer counts as alive while their last order is at most this many days old.</source>
        <translation>En kund räknas som aktiv så länge den senaste ordern är högst så många dagar gammal.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="236" />
        <source>Warn when churn is above (%)</source>
        <translation>Varna när churn är över (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="237" />
        <source>Warn when NPS is below</source>
        <translation>Varna när NPS är under</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="238" />
        <source>Warn when NRR is below (%)</source>
        <translation>Varna när NRR är under (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="239" />
        <source>Warn when DSO is above (days)</source>
        <translation>Varna när DSO är över (dagar)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="241" />
        <source>Period length for orders and dates</source>
        <translation>Periodlängd för ordrar och datum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="242" />
        <source>Churn window</source>
        <translation>Churn-fönster</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="243" />
        <source>Orders that make a customer loyal</source>
        <translation>Ordrar som gör en kund lojal</translation>
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
        <translation>Kryssa för siffrorna som ska visas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="80" />
        <source>Move the mouse over the plot to read the values.</source>
        <translation>För musen över diagrammet för att läsa av värdena.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="87" />
        <source>Save as PNG…</source>
        <translation>Spara som PNG…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="88" />
        <source>Save as CSV…</source>
        <translation>Spara som CSV…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="89" />
        <source>Save the plot as a picture</source>
        <translation>Spara diagrammet som en bild</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="90" />
        <source>Save the plotted numbers as a CSV file</source>
        <translation>Spara siffrorna i diagrammet som en CSV-fil</translation>
    </message>
</context>
</TS>
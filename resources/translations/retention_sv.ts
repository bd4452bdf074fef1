<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_gui/app.py" line="75" />
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="76" />
        <source>Something unexpected went wrong. Your typed figures are still there; please save them. Details were written to %1</source>
        <translation>Något oväntat gick fel. Dina inskrivna siffror finns kvar; spara dem. Detaljer har skrivits till %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="137" />
        <location filename="../../retention_gui/ui/dialogs.py" line="50" />
        <source>Retention Calculator</source>
        <translation>Kundretentionskalkylator</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="190" />
        <source>About Retention Calculator</source>
        <translation>Om Kundretentionskalkylator</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="192" />
        <source>&lt;p&gt;Measure, understand and improve customer retention.&lt;/p&gt;&lt;p&gt;Open source. Built with Qt, pandas, pyqtgraph and openpyxl.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mät, förstå och förbättra din kundretention.&lt;/p&gt;&lt;p&gt;Öppen källkod. Byggd med Qt, pandas, pyqtgraph och openpyxl.&lt;/p&gt;</translation>
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
        <translation><numerusform>+%n vecka</numerusform><numerusform>+%n veckor</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="105" />
        <source>+%n quarter(s)</source>
        <translation><numerusform>+%n kvartal</numerusform><numerusform>+%n kvartal</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="106" />
        <source>+%n year(s)</source>
        <translation><numerusform>+%n år</numerusform><numerusform>+%n år</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="108" />
        <source>+%n month(s)</source>
        <translation><numerusform>+%n månad</numerusform><numerusform>+%n månader</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="111" />
        <source>Average</source>
        <translation>Genomsnitt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="132" />
        <source>Cohorts need order data: import an order export (one row per order line).</source>
        <translation>Kohorter kräver orderdata: importera en orderexport (en rad per orderrad).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="146" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="149" />
        <source>Each row is the customers whose first order fell in that period; a column such as “%1” is the share of them who ordered again that long after. The last row is the average, weighted by cohort size. Darker blue is better; the start column is always 100 %.</source>
        <translation>Varje rad är de kunder vars första order låg i den perioden; en kolumn som “%1” är andelen av dem som handlade igen så långt efteråt. Sista raden är genomsnittet, viktat efter kohortens storlek. Mörkare blått är bättre; startkolumnen är alltid 100 %.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../retention_gui/ui/panels/numbers.py" line="68" />
        <source>kr.</source>
        <translation>kr</translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="182" />
        <source>Find a customer…</source>
        <translation>Sök kund…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="188" />
        <source>Lapsed valuable customers</source>
        <translation>Förlorade värdefulla kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="189" />
        <source>Show only customers who have stopped buying, the biggest spenders first: the people worth a win-back offer.</source>
        <translation>Visa bara kunder som har slutat handla, de som har handlat mest först: de som är värda att vinna tillbaka.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="194" />
        <source>Export list…</source>
        <translation>Exportera lista…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="195" />
        <source>Save the customers shown (id, orders, revenue, last order, status) as a CSV file, e.g. for a mail-out</source>
        <translation>Spara de visade kunderna (id, order, intäkter, senaste order, status) som en CSV-fil, t.ex. för ett utskick</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="215" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="215" />
        <source>lost</source>
        <translation>förlorad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="254" />
        <source>Customers need order data: import an order export.</source>
        <translation>Kunder kräver orderdata: importera en orderexport.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="257" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n kund</numerusform><numerusform>%n kunder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="258" />
        <source>%n active</source>
        <translation><numerusform>%n aktiv</numerusform><numerusform>%n aktiva</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="261" />
        <source>%n shown</source>
        <translation><numerusform>%n visad</numerusform><numerusform>%n visade</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="278" />
        <source>lapsed-customers</source>
        <translation>förlorade-kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="278" />
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="279" />
        <source>Export customer list</source>
        <translation>Exportera kundlista</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="280" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="294" />
        <source>Saved %n customer(s) to %1</source>
        <translation><numerusform>Sparade %n kund i %1</numerusform><numerusform>Sparade %n kunder i %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="112" />
        <source>Unsaved changes</source>
        <translation>Ändringar är inte sparade</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="113" />
        <source>You have typed figures that are not saved. Save them first?</source>
        <translation>Du har skrivit in siffror som inte är sparade. Vill du spara dem först?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="137" />
        <source>Save project</source>
        <translation>Spara projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="138" />
        <source>Retention projects (*.retention)</source>
        <translation>Kundretentionsprojekt (*.retention)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="150" />
        <source>Saving %1 once the work under way is done…</source>
        <translation>Sparar %1 när det pågående arbetet är klart…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="174" />
        <source>The project was not saved.</source>
        <translation>Projektet sparades inte.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="198" />
        <source>Could not open the project</source>
        <translation>Projektet kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="230" />
        <source>Restore unsaved work?</source>
        <translation>Återställ osparat arbete?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="231" />
        <source>The app was closed without saving figures you typed (autosaved %1). Restore them?</source>
        <translation>Programmet stängdes utan att spara siffror du skrivit in (autosparat %1). Vill du återställa dem?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="240" />
        <source>Could not restore</source>
        <translation>Kunde inte återställa</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="306" />
        <source>Share of the customers you started with who are still customers.</source>
        <translation>Andel av kunderna vid periodens början som fortfarande är kunder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="307" />
        <source>Share of the customers you started with who left.</source>
        <translation>Andel av kunderna vid periodens början som lämnade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="308" />
        <source>Share of recurring revenue lost to cancellations and downgrades.</source>
        <translation>Andel av de återkommande intäkterna som förlorades genom uppsägningar och nedgraderingar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="309" />
        <source>Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow.</source>
        <translation>Återkommande intäkter som behållits från befintliga kunder, uppgraderingar inräknade. Över 100 % betyder att de växer.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="310" />
        <source>What an average customer is worth over their whole time with you.</source>
        <translation>Vad en genomsnittlig kund är värd under hela kundrelationen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="311" />
        <source>What an average active customer spends in a period.</source>
        <translation>Vad en genomsnittlig aktiv kund handlar för under en period.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="312" />
        <source>Share of active customers who bought more than once.</source>
        <translation>Andel av de aktiva kunderna som köpte mer än en gång.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="313" />
        <source>Would customers recommend you? From -100 to 100; above 0 is more fans than critics.</source>
        <translation>Skulle kunderna rekommendera dig? Från -100 till 100; över 0 betyder fler fans än kritiker.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="314" />
        <source>Share of units sold that came back.</source>
        <translation>Andel av sålda enheter som returnerades.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="315" />
        <source>How many days customers take to pay, on average.</source>
        <translation>Hur många dagar kunderna i genomsnitt tar på sig att betala.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="316" />
        <source>Average days between a customer's purchases.</source>
        <translation>Genomsnittligt antal dagar mellan en kunds köp.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="317" />
        <source>Share of recent customers with several orders in the churn window.</source>
        <translation>Andel av kunderna som handlat senaste året med minst 3 ordrar (churn-fönstret och antalet ordrar för en lojal kund står i Inställningar).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="318" />
        <source>Distinct customers in the data.</source>
        <translation>Unika kunder i datan.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="319" />
        <source>Orders in the data (refunds are not orders).</source>
        <translation>Ordrar i datan (återbetalningar är inte ordrar).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="320" />
        <source>Revenue net of refunds.</source>
        <translation>Intäkter efter återbetalningar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="321" />
        <source>Average value of one order.</source>
        <translation>Genomsnittligt värde av en order.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="322" />
        <source>Orders per customer.</source>
        <translation>Ordrar per kund.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="323" />
        <source>The middle value of the days between purchases.</source>
        <translation>Mittvärdet av dagarna mellan köp.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="324" />
        <source>Average retention rate over the periods where it is defined.</source>
        <translation>Genomsnittlig kundretention över de perioder där den kan beräknas.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="325" />
        <source>Average churn rate over the periods where it is defined.</source>
        <translation>Genomsnittlig churn rate över de perioder där den kan beräknas.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="326" />
        <source>Answers counted (blanks skipped).</source>
        <translation>Räknade svar (tomma överhoppade).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="327" />
        <source>Blank answers.</source>
        <translation>Tomma svar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="36" />
        <source>retained / customers at start × 100</source>
        <translation>behållna / kunder vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="38" />
        <source>(customers at end − new) / customers at start × 100</source>
        <translation>(kunder vid slut − nya) / kunder vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="40" />
        <source>lost / customers at start × 100</source>
        <translation>förlorade / kunder vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="41" />
        <source>(churned + contraction) / revenue at start × 100</source>
        <translation>(förlorat + nedgraderingar) / intäkter vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="43" />
        <source>(revenue at start − churned − contraction + expansion) / revenue at start × 100</source>
        <translation>(intäkter vid start − förlorat − nedgraderingar + uppgraderingar) / intäkter vid start × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="45" />
        <source>customer value × average lifespan (× gross margin)</source>
        <translation>kundvärde × genomsnittlig kundlivslängd (× täckningsgrad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="48" />
        <source>average order value × purchase frequency</source>
        <translation>genomsnittligt ordervärde × köpfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="50" />
        <source>repeat customers / active customers × 100</source>
        <translation>återkommande kunder / aktiva kunder × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="52" />
        <source>(promoters − detractors) / answers × 100</source>
        <translation>(ambassadörer − kritiker) / svar × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="54" />
        <source>units returned / units sold × 100</source>
        <translation>returnerade enheter / sålda enheter × 100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="55" />
        <source>receivables / credit sales × days</source>
        <translation>kundfordringar / kreditförsäljning × dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="56" />
        <source>mean of the days between a customer's consecutive purchases</source>
        <translation>medelvärde av dagarna mellan en kunds köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="57" />
        <source>customers with enough orders in the window / customers with an order in the window × 100</source>
        <translation>kunder med tillräckligt många ordrar i fönstret / kunder med en order i fönstret × 100</translation>
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
&lt;h2&gt;Hur beräknas siffrorna?&lt;/h2&gt;
&lt;p&gt;Alla siffror följer projektets publicerade definitioner (docs/metrics.md i källkoden). S, E, N och L är kunderna vid periodens
början och slut, de nya kunderna och de förlorade kunderna.&lt;/p&gt;
&lt;table cellpadding="4"&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundretention (CRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(E − N) / S × 100; från ordrar: behållna / S × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Churn rate (kundbortfall)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;L / S × 100, med L = S + N − E när L inte anges&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Intäktsbortfall&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(förlorat + nedgraderingar) / intäkter vid start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bruttointäktsretention (GRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(intäkter vid start − förlorat − nedgraderingar) / intäkter vid start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Nettointäktsretention (NRR)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(intäkter vid start − förlorat − nedgraderingar + uppgraderingar) / intäkter vid start × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genomsnittligt ordervärde&lt;/b&gt;&lt;/td&gt;&lt;td&gt;intäkter / ordrar&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Köpfrekvens&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ordrar / aktiva kunder&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundvärde&lt;/b&gt;&lt;/td&gt;&lt;td&gt;genomsnittligt ordervärde × köpfrekvens&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Återköpsgrad&lt;/b&gt;&lt;/td&gt;&lt;td&gt;återkommande kunder / aktiva kunder × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Genomsnittlig kundlivslängd&lt;/b&gt;&lt;/td&gt;&lt;td&gt;100 / churn (perioder)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kundlivstidsvärde (CLV)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;kundvärde × genomsnittlig kundlivslängd (× täckningsgrad / 100 när den anges)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;NPS&lt;/b&gt;&lt;/td&gt;&lt;td&gt;(ambassadörer − kritiker) / svar × 100; ambassadörer 9-10, passiva 7-8, kritiker 0-6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Returandel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;returnerade enheter / sålda enheter × 100&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;DSO&lt;/b&gt;&lt;/td&gt;&lt;td&gt;kundfordringar / kreditförsäljning × dagar i perioden&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;h3&gt;Från ordrar&lt;/h3&gt;
&lt;p&gt;En kund är &lt;i&gt;aktiv&lt;/i&gt; en dag om kunden har handlat inom churn-fönstret (365 dagar som standard) fram till den dagen.
S räknar kunder som är aktiva dagen före periodens början, E de som är aktiva periodens sista dag. Återbetalningar (negativa
belopp) minskar intäkterna men är inte ordrar. Kohorter grupperar kunderna efter perioden för deras första order och visar
andelen som handlade igen k perioder senare.&lt;/p&gt;
&lt;p&gt;En siffra visas som “–” när den inte kan beräknas, till exempel en andel med noll kunder vid start.&lt;/p&gt;
&lt;p&gt;Ingen kund kan räknas som förlorad förrän ett churn-fönster efter den första ordern: de första perioderna
av orderdata visar 100 % retention och 0 % churn. Ett resultat som beräknats från ett omöjligt värde (till
exempel fler behållna kunder än det fanns) visas inte; kortet säger varför.&lt;/p&gt;
&lt;h3&gt;Varningar&lt;/h3&gt;
&lt;p&gt;Churn över 7 %, NPS under 0, NRR under 100 % och DSO över 45 dagar markeras; gränserna kan ändras under Inställningar.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="39" />
        <source>Export results</source>
        <translation>Exportera resultat</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="40" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="55" />
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="58" />
        <source>Results written to %1</source>
        <translation>Resultaten har skrivits till %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="65" />
        <location filename="../../retention_gui/ui/export_flow.py" line="91" />
        <source>Could not export</source>
        <translation>Kunde inte exportera</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="66" />
        <source>%1 is open in another program or write-protected.</source>
        <translation>%1 är öppen i ett annat program eller skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="67" />
        <source>Close it and try again, or save under another name.</source>
        <translation>Stäng den och försök igen, eller spara med ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="68" />
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="69" />
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
</context>
<context>
    <name>ForecastFlow</name>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="62" />
        <location filename="../../retention_gui/ui/forecast_flow.py" line="67" />
        <source>Forecasting…</source>
        <translation>Gör prognos…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="66" />
        <source>Could not forecast</source>
        <translation>Kunde inte göra prognosen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="67" />
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="56" />
        <source>Forecast: what your customers will buy</source>
        <translation>Prognos: vad dina kunder kommer att köpa</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="66" />
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="67" />
        <source>How far ahead to forecast</source>
        <translation>Hur långt fram prognosen sträcker sig</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="73" />
        <source>A krone next year is worth less than one today: the yearly rate that future value is discounted by</source>
        <translation>En krona nästa år är värd mindre än en i dag: den årliga ränta som framtida värde diskonteras med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="80" />
        <source>Your gross margin: the share of a sale you keep after the cost of the goods. 100 % counts revenue.</source>
        <translation>Din täckningsgrad: den andel av en försäljning du behåller efter varukostnaden. 100 % räknar med intäkterna.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="84" />
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="85" />
        <source>To check the model, it is also fitted without your last days of orders and compared with what really happened in them. 0: no check.</source>
        <translation>För att kontrollera modellen anpassas den också utan dina sista dagars ordrar och jämförs med vad som faktiskt hände under dem. 0: ingen kontroll.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="90" />
        <source>Forecast from this day: orders after it are left out</source>
        <translation>Prognos från den här dagen: senare ordrar utelämnas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="91" />
        <source>Run forecast</source>
        <translation>Gör prognos</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="97" />
        <source>Horizon</source>
        <translation>Period framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="98" />
        <source>Yearly discount rate</source>
        <translation>Årlig diskonteringsränta</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="99" />
        <source>Gross margin</source>
        <translation>Täckningsgrad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="100" />
        <source>Model check: last</source>
        <translation>Modellkontroll: sista</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="101" />
        <source>As of</source>
        <translation>Per datum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="131" />
        <source>Expected purchases</source>
        <translation>Förväntade köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="132" />
        <source>Expected revenue</source>
        <translation>Förväntade intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="133" />
        <source>Predicted customer value (CLV)</source>
        <translation>Förväntat kundlivstidsvärde (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="159" />
        <source>Search customer…</source>
        <translation>Sök kund...</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="177" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="178" />
        <source>Win back</source>
        <translation>Vinn tillbaka</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="179" />
        <source>Can I trust it?</source>
        <translation>Kan jag lita på den?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="255" />
        <source>one purchase so far</source>
        <translation>ett köp hittills</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="285" />
        <source>&lt;b&gt;What a forecast needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Det här behöver en prognos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="286" />
        <source>A forecast predicts how many purchases each customer will make and what they are worth, from their order history. It needs &lt;b&gt;order data&lt;/b&gt; (one row per order with customer, date and amount), at least &lt;b&gt;20 customers who bought on two different days&lt;/b&gt;, and at least &lt;b&gt;90 days&lt;/b&gt; of orders.</source>
        <translation>En prognos förutsäger utifrån orderhistoriken hur många köp varje kund kommer att göra och vad kunden är värd. Den behöver &lt;b&gt;orderdata&lt;/b&gt; (en rad per order med kund, datum och belopp), minst &lt;b&gt;20 kunder som har köpt på två olika dagar&lt;/b&gt; och minst &lt;b&gt;90 dagars&lt;/b&gt; ordrar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="291" />
        <source>Import your orders to start.</source>
        <translation>Importera dina ordrar för att börja.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="293" />
        <source>These figures are per period, not per order, so there is nothing to forecast from. Import an order list from your shop or accounting system.</source>
        <translation>De här siffrorna är per period, inte per order, så det finns inget att göra en prognos från. Importera en orderlista från din webbutik eller ditt bokföringssystem.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="296" />
        <source>Choose the settings above and press &lt;b&gt;Run forecast&lt;/b&gt;.</source>
        <translation>Välj inställningarna ovan och tryck på &lt;b&gt;Gör prognos&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="300" />
        <source>&lt;b&gt;No forecast for these orders.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingen prognos för de här ordrarna.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="305" />
        <source>Import orders that cover a longer time, at least 90 days, or move the &lt;i&gt;As of&lt;/i&gt; date later.</source>
        <translation>Importera ordrar som täcker en längre tid, minst 90 dagar, eller flytta &lt;i&gt;Per datum&lt;/i&gt; senare.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="308" />
        <source>Import orders that cover a longer time, so more customers have come back; at least 20 customers must have bought on two different days.</source>
        <translation>Importera ordrar som täcker en längre tid, så att fler kunder har kommit tillbaka; minst 20 kunder måste ha köpt på två olika dagar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="311" />
        <source>Move the &lt;i&gt;As of&lt;/i&gt; date to a day after your first orders.</source>
        <translation>Flytta &lt;i&gt;Per datum&lt;/i&gt; till en dag efter dina första ordrar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="313" />
        <source>This happens with few or very uneven orders. More orders, over a longer time, usually let the model fit.</source>
        <translation>Det händer med få eller mycket ojämna ordrar. Fler ordrar under längre tid brukar göra att modellen går att anpassa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast.py" line="322" />
        <source>the next %n month(s)</source>
        <translation><numerusform>den kommande månaden</numerusform><numerusform>de kommande %n månaderna</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast.py" line="324" />
        <location filename="../../retention_gui/ui/panels/forecast.py" line="340" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n kund</numerusform><numerusform>%n kunder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="325" />
        <source>Over %1 from %2, for your %3. Customer value counts %4 of revenue (gross margin) and discounts by %5 a year.</source>
        <translation>Under %1 från %2, för dina %3. Kundvärdet räknar med %4 av intäkterna (täckningsgrad) och diskonterar med %5 per år.</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="22" />
        <source>(days)</source>
        <translation>(dagar)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="24" />
        <source>(periods)</source>
        <translation>(perioder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="26" />
        <source>(points)</source>
        <translation>(procentenheter)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="175" />
        <source>How are these computed?</source>
        <translation>Hur beräknas siffrorna?</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="127" />
        <location filename="../../retention_gui/ui/import_flow.py" line="177" />
        <source>Could not import the file</source>
        <translation>Filen kunde inte importeras</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="131" />
        <source>Choose a sheet</source>
        <translation>Välj ett blad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="132" />
        <source>The workbook has several sheets. Which one should be imported?</source>
        <translation>Arbetsboken har flera blad. Vilket ska importeras?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="142" />
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
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
        <translation>Projekt och kalkylark (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="98" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="100" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Kalkylark (*.xlsx *.xlsm *.xls *.ods *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="143" />
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="159" />
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="159" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="164" />
        <source>Could not compute the results</source>
        <translation>Kunde inte beräkna resultaten</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="167" />
        <source>Cancelled: the results are those of the earlier settings.</source>
        <translation>Avbrutet: resultaten är de från de tidigare inställningarna.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="170" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen avbröts; inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="178" />
        <source>Import failed.</source>
        <translation>Importen misslyckades.</translation>
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
        <translation>Allt som importen läste: kolumnen för varje punkt, de utelämnade raderna och varför, och hur datum lästes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="197" />
        <source>Read %1: %2 of %Ln row(s) used</source>
        <translation><numerusform>Läst %1: %2 av %Ln rad används</numerusform><numerusform>Läst %1: %2 av %Ln rader används</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="201" />
        <source>amount: %1</source>
        <translation>belopp: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="204" />
        <source>customer (e-mail): %1</source>
        <translation>kund (e-post): %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="205" />
        <source>customer: %1</source>
        <translation>kund: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="208" />
        <source>left out: %1</source>
        <translation>utelämnat: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="211" />
        <source>%n refund row(s)</source>
        <translation><numerusform>%n återbetalningsrad</numerusform><numerusform>%n återbetalningsrader</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="214" />
        <source>dates: %1</source>
        <translation>datum: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="235" />
        <location filename="../../retention_gui/ui/import_summary.py" line="239" />
        <source>What was read</source>
        <translation>Vad som lästes</translation>
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
        <translation>Det här kan du förbättra</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="132" />
        <source>Many customers leave</source>
        <translation>Många kunder lämnar dig</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="133" />
        <source>More customers leave each period</source>
        <translation>Fler kunder lämnar dig för varje period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="134" />
        <source>Few customers buy again</source>
        <translation>Få kunder köper igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="135" />
        <source>Fewer customers buy again</source>
        <translation>Färre kunder köper igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="136" />
        <source>New customers rarely come back</source>
        <translation>Nya kunder kommer sällan tillbaka</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="137" />
        <source>More critics than fans</source>
        <translation>Fler kritiker än ambassadörer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="138" />
        <source>The share of critics is growing</source>
        <translation>Andelen kritiker växer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="139" />
        <source>Many products come back</source>
        <translation>Många varor kommer tillbaka</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="140" />
        <source>Customers pay slowly</source>
        <translation>Kunderna betalar långsamt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="141" />
        <source>Existing customers spend less</source>
        <translation>Befintliga kunder handlar för mindre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="142" />
        <source>Fewer loyal customers</source>
        <translation>Färre lojala kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="143" />
        <source>Valuable customers are slipping away</source>
        <translation>Värdefulla kunder är på väg bort</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="169" />
        <source>Type your figures or import a spreadsheet to get suggestions.</source>
        <translation>Skriv in dina siffror eller importera ett kalkylark för att få förslag.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="173" />
        <source>&lt;b&gt;Nothing stands out - your figures are within the usual limits.&lt;/b&gt;&lt;br&gt;Suggestions appear here when churn, repeat purchases, NPS, returns, payment days or revenue from existing customers move the wrong way. Keep adding new periods to follow them.</source>
        <translation>&lt;b&gt;Inget sticker ut - dina siffror ligger inom de vanliga gränserna.&lt;/b&gt;&lt;br&gt;Här kommer förslag när churn rate (kundbortfall), återköp, NPS, returer, betalningstid eller intäkterna från befintliga kunder rör sig åt fel håll. Fortsätt att lägga till nya perioder för att följa dem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/improve.py" line="179" />
        <source>%n suggestion(s) from your figures, the most important first.</source>
        <translation><numerusform>%n förslag utifrån dina siffror.</numerusform><numerusform>%n förslag utifrån dina siffror, det viktigaste först.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="72" />
        <source>Type your figures on the left, or import a spreadsheet (Ctrl+I).</source>
        <translation>Skriv in dina siffror till vänster, eller importera ett kalkylark (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/window_layout.py" line="30" />
        <source>Quick form</source>
        <translation>Snabbinmatning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/window_layout.py" line="31" />
        <source>Period table</source>
        <translation>Periodtabell</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="30" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="30" />
        <source>Start again with an empty form and table</source>
        <translation>Börja om med tomt formulär och tabell</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="31" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="32" />
        <source>Open a saved project or a spreadsheet</source>
        <translation>Öppna ett sparat projekt eller ett kalkylark</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="33" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="34" />
        <source>Save the typed figures and settings as a project</source>
        <translation>Spara de inskrivna siffrorna och inställningarna som ett projekt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="35" />
        <source>Save &amp;As…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="36" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="36" />
        <source>Import an Excel sheet or CSV file</source>
        <translation>Importera ett Excel-blad eller en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="37" />
        <source>&amp;Export results…</source>
        <translation>&amp;Exportera resultat…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="37" />
        <source>Write the results to an Excel workbook</source>
        <translation>Skriv resultaten till en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="38" />
        <source>Open the &amp;sample data</source>
        <translation>Öppna &amp;exempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="40" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="41" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="43" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="45" />
        <source>&amp;Paste rows</source>
        <translation>&amp;Klistra in rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="46" />
        <source>Paste rows copied from Excel into the period table</source>
        <translation>Klistra in rader kopierade från Excel i periodtabellen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="47" />
        <source>&amp;Add row</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="48" />
        <source>&amp;Remove rows</source>
        <translation>&amp;Ta bort rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="49" />
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="52" />
        <source>&amp;How are these computed?</source>
        <translation>&amp;Hur beräknas siffrorna?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="53" />
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="59" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="66" />
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="69" />
        <source>&amp;Edit</source>
        <translation>R&amp;edigera</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="75" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="80" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="83" />
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="89" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="105" />
        <source>Clear list</source>
        <translation>Rensa listan</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="217" />
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="280" />
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="295" />
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="302" />
        <source>Imported %1</source>
        <translation>Importerade %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="224" />
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="218" />
        <source>Retention Calculator</source>
        <translation>Kundretentionskalkylator</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="342" />
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nya språket används nästa gång programmet startar.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="50" />
        <source>Which column is which?</source>
        <translation>Vilken kolumn är vad?</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="53" />
        <source>Orders (one row per order line)</source>
        <translation>Ordrar (en rad per orderrad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="54" />
        <source>Figures per period</source>
        <translation>Siffror per period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="55" />
        <source>NPS survey answers</source>
        <translation>Svar från NPS-undersökning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="60" />
        <source>Not every column of %1 was recognised. Columns recognised by their names are chosen already; pick the column for the rest. Items marked * are needed.</source>
        <translation>Alla kolumner i %1 kändes inte igen. Kolumner som kändes igen på namnet är redan valda; välj kolumn för resten. Punkter märkta * behövs.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="63" />
        <source>These columns were chosen the last time a sheet with the same column names was imported. Check them and press OK.</source>
        <translation>De här kolumnerna valdes förra gången ett blad med samma kolumnnamn importerades. Kontrollera dem och tryck OK.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="78" />
        <source>Amount = quantity × unit price</source>
        <translation>Belopp = antal × styckpris</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="80" />
        <source>For order lines with a quantity and a price per item (and no amount column): each row's amount is its quantity times its unit price.</source>
        <translation>För orderrader med antal och pris per styck (och ingen beloppskolumn): varje rads belopp är antal gånger styckpris.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="107" />
        <source>Preview of the first rows, as they will be read:</source>
        <translation>Förhandsvisning av de första raderna, så som de kommer att läsas:</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="167" />
        <source>The column that identifies a customer: a customer number or ID. Rows without one are guest orders and are left out. Not needed when an e-mail column is chosen.</source>
        <translation>Kolumnen som identifierar en kund: ett kundnummer eller kund-id. Rader utan är gästorder och utelämnas. Behövs inte när en e-postkolumn är vald.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="169" />
        <source>The customer's e-mail address. It is the customer ID when no customer ID column is chosen (compared without regard to case).</source>
        <translation>Kundens e-postadress. Den är kund-id när ingen kund-id-kolumn är vald (stora och små bokstäver räknas som lika).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="171" />
        <source>The date of the order: a date, a date and time, or a date written as text.</source>
        <translation>Orderns datum: ett datum, ett datum med klockslag eller ett datum skrivet som text.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="172" />
        <source>The money of the row, before VAT and shipping if the file has it. Not a price per item: then use quantity × unit price.</source>
        <translation>Radens belopp, exkl. moms och frakt om filen har det. Inte ett pris per styck: använd då antal × styckpris.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="174" />
        <source>How many items the row holds. Negative quantities are returns.</source>
        <translation>Hur många varor raden gäller. Negativa antal är returer.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="175" />
        <source>The price of one item. With a quantity, the amount is quantity × unit price.</source>
        <translation>Priset för en vara. Med ett antal är beloppet antal × styckpris.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="176" />
        <source>Order or invoice number: rows with the same number are one order. Without it, a customer's rows on one day are one order.</source>
        <translation>Order- eller fakturanummer: rader med samma nummer är en order. Utan det är en kunds rader under en dag en order.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="178" />
        <source>The period: a date, a month such as "jan 2025", or a label.</source>
        <translation>Perioden: ett datum, en månad som "jan 2025" eller en benämning.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="179" />
        <source>The answer to "How likely are you to recommend us?", from 0 to 10.</source>
        <translation>Svaret på "Hur troligt är det att du skulle rekommendera oss?", från 0 till 10.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="180" />
        <source>When the answer was given.</source>
        <translation>När svaret gavs.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="257" />
        <source>Use quantity × unit price instead</source>
        <translation>Använd antal × styckpris i stället</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="259" />
        <source>%1 looks like a price per item, and the sheet has a quantity column: as the amount, revenue would be too low.</source>
        <translation>%1 ser ut som ett pris per styck, och bladet har en antalskolumn: som belopp skulle intäkterna bli för låga.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="271" />
        <source>Amount = quantity × unit price needs both columns; please pick: %1</source>
        <translation>Belopp = antal × styckpris kräver båda kolumnerna; välj: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="286" />
        <source>%1 (or %2)</source>
        <translation>%1 (eller %2)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="288" />
        <source>%1 (or quantity × unit price)</source>
        <translation>%1 (eller antal × styckpris)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="103" />
        <source>The sheet holds</source>
        <translation>Bladet innehåller</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="276" />
        <source>Please pick a column for: %1</source>
        <translation>Välj en kolumn för: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="280" />
        <source>Each column can be used for one item only.</source>
        <translation>Varje kolumn kan bara användas till en sak.</translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <location filename="../../retention_gui/ui/mapping_preview.py" line="97" />
        <source>No customer on this row: a guest order, left out of every figure.</source>
        <translation>Ingen kund på den här raden: en gästorder, utelämnad ur alla siffror.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="44" />
        <source>{value} is negative; this must be zero or more</source>
        <translation>{value} är negativt; talet måste vara noll eller mer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="45" />
        <source>{value} is not a whole number; answer counts must be whole numbers</source>
        <translation>{value} är inte ett heltal; antal svar måste vara heltal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="46" />
        <source>gross margin {value} is outside 0-100</source>
        <translation>täckningsgrad {value} ligger utanför 0-100</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="47" />
        <source>more customers retained than existed: end {end} - new {new} is more than start {start}</source>
        <translation>fler kunder behållna än det fanns: slut {end} - nya {new} är mer än start {start}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="50" />
        <source>fewer than zero retained: end {end} - new {new} is below 0</source>
        <translation>färre än noll behållna: slut {end} - nya {new} är under 0</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="53" />
        <source>lost customers {lost} differs from start + new - end = {derived}; {lost} is used</source>
        <translation>förlorade kunder {lost} skiljer sig från start + nya - slut = {derived}; {lost} används</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="56" />
        <source>repeat customers {repeat} are more than active customers {active}</source>
        <translation>återkommande kunder {repeat} är fler än aktiva kunder {active}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="59" />
        <source>units returned {returned} are more than units sold {sold}</source>
        <translation>returnerade enheter {returned} är fler än sålda enheter {sold}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="62" />
        <source>the period label is empty; give every row a period</source>
        <translation>perioden är tom; ge varje rad en period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="63" />
        <source>this cell is empty; a value is needed here</source>
        <translation>cellen är tom; här behövs ett värde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="64" />
        <source>no column for '{column}' was found; add one, or map it in the import (command line: --map {column}=COLUMN)</source>
        <translation>det finns ingen kolumn för '{column}'; lägg till en eller välj den vid importen (kommandorad: --map {column}=KOLUMN)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="67" />
        <source>'{value}' is not a number</source>
        <translation>'{value}' är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="68" />
        <source>'{value}' is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024</source>
        <translation>'{value}' är inte ett datum; använd 2024-01-31, 31-01-2024 eller 31.01.2024</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="71" />
        <source>dates like '{value}' could be day-month or month-day; they were read as day-month</source>
        <translation>datum som '{value}' kan vara dag-månad eller månad-dag; de har lästs som dag-månad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="74" />
        <source>'{value}' could mean thousands or decimals; it was read as {read:g} - check the column</source>
        <translation>'{value}' kan betyda tusental eller decimaler; det lästes som {read:g} - kontrollera kolumnen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="77" />
        <source>{count} more cells like this</source>
        <translation>{count} fler celler som denna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="79" />
        <source>'{value}' is not written the usual way here; it was read as {written} - check it</source>
        <translation>'{value}' är inte skrivet på det vanliga sättet här; det lästes som {written} - kontrollera det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="82" />
        <source>'{value}' has its minus sign at the end; it was read as {written}</source>
        <translation>'{value}' har minustecknet sist; det lästes som {written}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="85" />
        <source>'{value}' has a percent sign, but this is not a percent field</source>
        <translation>'{value}' har ett procenttecken, men detta är inte ett procentfält</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="88" />
        <source>{written} is read as {written} %; if you meant {percent} %, type {percent}</source>
        <translation>{written} läses som {written} %; menade du {percent} %, skriv {percent}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="91" />
        <source>not shown: the result is outside its possible range, so an input must be wrong</source>
        <translation>visas inte: resultatet ligger utanför det möjliga intervallet, så en inmatad siffra måste vara fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="94" />
        <source>not shown: an input it is computed from has an error</source>
        <translation>visas inte: en av siffrorna det beräknas från har ett fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="97" />
        <source>'{value}' is not an NPS answer; answers are whole numbers from 0 to 10</source>
        <translation>'{value}' är inte ett NPS-svar; svar är heltal från 0 till 10</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="100" />
        <source>there are no orders (only refunds or no rows)</source>
        <translation>det finns inga ordrar (bara återbetalningar eller inga rader)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="101" />
        <source>there are no data rows</source>
        <translation>det finns inga datarader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="102" />
        <source>'{value}' is not a frequency; use one of {allowed}</source>
        <translation>'{value}' är inte en periodlängd; använd en av {allowed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="103" />
        <source>setting {setting} = {value} is not allowed</source>
        <translation>inställningen {setting} = {value} är inte tillåten</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="105" />
        <source>churn above {threshold:g}% - look into why customers leave</source>
        <translation>churn rate (kundbortfall) över {threshold:g}% - ta reda på varför kunderna lämnar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="106" />
        <source>NPS below {threshold:g} - more detractors than promoters</source>
        <translation>NPS under {threshold:g} - fler kritiker än ambassadörer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="107" />
        <source>NRR below {threshold:g}% - existing customers spend less than before</source>
        <translation>NRR under {threshold:g}% - befintliga kunder handlar för mindre än förut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="108" />
        <source>DSO above {threshold:g} days - customers pay slowly</source>
        <translation>DSO över {threshold:g} dagar - kunderna betalar långsamt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="110" />
        <source>the file does not exist</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="111" />
        <source>'{suffix}' files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation>'{suffix}'-filer kan inte läsas; använd .xlsx, .xlsm, .xls, .ods eller .csv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="114" />
        <source>the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again</source>
        <translation>filen kunde inte läsas som ett kalkylark ({detail}); öppna den i Excel och spara den igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="117" />
        <source>this file is password-protected; save an unprotected copy and import that</source>
        <translation>filen är lösenordsskyddad; spara en oskyddad kopia och importera den</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="120" />
        <source>the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened</source>
        <translation>filen skulle bli {size_mb} MB uppackad, långt mer än ett kalkylark av dess storlek; den öppnades inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="123" />
        <source>there is no sheet '{sheet}'; the sheets are: {sheets}</source>
        <translation>det finns inget blad '{sheet}'; bladen är: {sheets}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="124" />
        <source>every sheet in the file is hidden</source>
        <translation>alla blad i filen är dolda</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="125" />
        <source>the sheet is empty</source>
        <translation>bladet är tomt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="126" />
        <source>no header row with known column names was found in the first {rows} rows; map the columns by hand</source>
        <translation>det finns ingen rubrikrad med kända namn i de första {rows} raderna; välj kolumnerna själv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="129" />
        <source>the columns do not look like periods, orders or NPS answers: {columns}</source>
        <translation>kolumnerna liknar varken perioder, ordrar eller NPS-svar: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="132" />
        <source>these columns were not recognised and are ignored: {columns}</source>
        <translation>dessa kolumner kändes inte igen och ignoreras: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="133" />
        <source>the sheet has formulas without saved results; open the file in Excel, save it, and import again</source>
        <translation>bladet har formler utan sparade resultat; öppna filen i Excel, spara den och importera igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="136" />
        <source>this is not a readable project file ({detail})</source>
        <translation>detta är inte en läsbar projektfil ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="137" />
        <source>this project was saved by a newer version of the app (format {version}); update the app to open it</source>
        <translation>projektet sparades av en nyare version av programmet (format {version}); uppdatera programmet för att öppna det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="140" />
        <source>the file contains XML entity declarations, which spreadsheets do not need and attacks use; it was not opened</source>
        <translation>filen innehåller XML-entiteter, som kalkylark inte behöver men attacker använder; den öppnades inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="143" />
        <source>the percentages look like fractions (Excel percent cells): {value} was read as {percent:g} %</source>
        <translation>procenten ser ut som bråk (Excel-procentceller): {value} lästes som {percent:g} %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="146" />
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="147" />
        <source>the file could not be written ({detail})</source>
        <translation>filen kunde inte skrivas ({detail})</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="148" />
        <source>the file is open in another program or write-protected; close it or choose another name</source>
        <translation>filen är öppen i ett annat program eller skrivskyddad; stäng den eller välj ett annat namn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="152" />
        <source>the file is damaged or is not a real {suffix} file; open it in the program that made it and save it again</source>
        <translation>filen är skadad eller är inte en riktig {suffix}-fil; öppna den i programmet som skapade den och spara den igen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="155" />
        <source>the results would overwrite the file being read; choose another name for the results</source>
        <translation>resultaten skulle skriva över filen som läses; välj ett annat namn för resultaten</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="158" />
        <source>the first row with data has no column names; add a header row or map the columns by hand</source>
        <translation>den första raden med data har inga kolumnnamn; lägg till en rubrikrad eller välj kolumnerna själv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="162" />
        <source>rows without a customer (guest orders): {rows}, net amount {amount:g}; they are left out of every figure</source>
        <translation>rader utan kund (gästorder): {rows}, nettobelopp {amount:g}; de är utelämnade ur alla siffror</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="165" />
        <source>no row has a customer id ({rows} rows); map the column that identifies customers</source>
        <translation>ingen rad har ett kund-id ({rows} rader); välj den kolumn som identifierar kunderna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="168" />
        <source>the amount is empty and no other row of the same order has one; fill it in</source>
        <translation>beloppet är tomt och ingen annan rad i samma order har något; fyll i det</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="171" />
        <source>totals rows left out: {rows} (like '{label}'); the periods are counted on their own</source>
        <translation>summarader utelämnade: {rows} (som '{label}'); perioderna räknas var för sig</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="174" />
        <source>a periods sheet needs at least one column of figures besides the period (e.g. customers at start, revenue); found: {columns}</source>
        <translation>ett periodblad behöver minst en kolumn med siffror utöver perioden (t.ex. kunder vid start, intäkter); hittade: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="177" />
        <source>'{role}' is not a column role; use one of: {roles}</source>
        <translation>'{role}' är inte en kolumnroll; använd en av: {roles}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="178" />
        <source>there is no column '{column}' (give a header or an Excel letter); the columns are: {columns}</source>
        <translation>det finns ingen kolumn '{column}' (ange en rubrik eller en Excel-bokstav); kolumnerna är: {columns}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="182" />
        <source>there are no orders on or before {as_of}, so there is nothing to forecast</source>
        <translation>det finns inga ordrar till och med {as_of}, så det finns inget att prognostisera</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="183" />
        <source>the orders up to {as_of} span only {days} days; a forecast needs at least {needed} days</source>
        <translation>ordrarna till och med {as_of} täcker bara {days} dagar; en prognos kräver minst {needed} dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="186" />
        <source>only {count} customers bought on more than one day up to {as_of}; a forecast needs at least {needed}</source>
        <translation>bara {count} kunder har handlat på mer än en dag till och med {as_of}; en prognos kräver minst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="189" />
        <source>the purchase model could not be fitted to these orders; no forecast is shown</source>
        <translation>köpmodellen kunde inte anpassas till dessa ordrar; ingen prognos visas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="192" />
        <source>the purchase model has no best fit for these orders (a parameter runs off to its limit); no forecast is shown</source>
        <translation>köpmodellen har ingen bästa anpassning till dessa ordrar (en parameter går mot sin gräns); ingen prognos visas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="195" />
        <source>the purchase model gave different answers from different starting points; no forecast is shown</source>
        <translation>köpmodellen gav olika svar från olika startpunkter; ingen prognos visas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="198" />
        <source>only {count} customers have repeat purchases with an amount; forecasting spend and value needs at least {needed}</source>
        <translation>bara {count} kunder har återköp med ett belopp; en prognos för köpbelopp och värde kräver minst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="201" />
        <source>the spend model could not be fitted; spend and value are not forecast</source>
        <translation>beloppsmodellen kunde inte anpassas; köpbelopp och värde prognostiseras inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="204" />
        <source>spend per purchase varies too much between customers to forecast (q = {q} is not above 1); spend and value are not forecast</source>
        <translation>köpbeloppet varierar för mycket mellan kunderna för en prognos (q = {q} är inte över 1); köpbelopp och värde prognostiseras inte</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="210" />
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="211" />
        <source>sheet '{sheet}'</source>
        <translation>blad '{sheet}'</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="212" />
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="213" />
        <source>column {column}</source>
        <translation>kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="214" />
        <source>period {period}</source>
        <translation>period {period}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="218" />
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="219" />
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="223" />
        <source>Period</source>
        <translation>Period</translation>
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
        <translation>Kunder vid start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="226" />
        <source>Customers at end</source>
        <translation>Kunder vid slut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="227" />
        <source>New customers</source>
        <translation>Nya kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="228" />
        <source>Lost customers</source>
        <translation>Förlorade kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="229" />
        <source>Retained customers</source>
        <translation>Behållna kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="230" />
        <source>Reactivated customers</source>
        <translation>Återvunna kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="231" />
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="232" />
        <source>Orders</source>
        <translation>Ordrar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="233" />
        <source>Active customers</source>
        <translation>Aktiva kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="234" />
        <source>Repeat customers</source>
        <translation>Återkommande kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="235" />
        <source>Recurring revenue at start</source>
        <translation>Återkommande intäkter vid start</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="236" />
        <source>Churned revenue</source>
        <translation>Förlorade intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="237" />
        <source>Contraction revenue</source>
        <translation>Nedgraderingar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="238" />
        <source>Expansion revenue</source>
        <translation>Uppgraderingar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="239" />
        <source>Units sold</source>
        <translation>Sålda enheter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="240" />
        <source>Units returned</source>
        <translation>Returnerade enheter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="241" />
        <source>Accounts receivable</source>
        <translation>Kundfordringar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="242" />
        <source>Credit sales</source>
        <translation>Kreditförsäljning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="243" />
        <source>Days in period</source>
        <translation>Dagar i perioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="244" />
        <source>Promoters</source>
        <translation>Ambassadörer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="245" />
        <source>Passives</source>
        <translation>Passiva</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="246" />
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="247" />
        <source>Gross margin %</source>
        <translation>Täckningsgrad %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="248" />
        <source>Customer retention rate %</source>
        <translation>Kundretention (CRR) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="249" />
        <source>Churn rate %</source>
        <translation>Churn rate (kundbortfall) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="250" />
        <source>Revenue churn</source>
        <translation>Intäktsbortfall</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="251" />
        <source>Revenue churn %</source>
        <translation>Intäktsbortfall %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="252" />
        <source>Gross revenue retention %</source>
        <translation>Bruttointäktsretention (GRR) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="253" />
        <source>Net revenue retention %</source>
        <translation>Nettointäktsretention (NRR) %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="254" />
        <source>Existing revenue growth %</source>
        <translation>Tillväxt från befintliga kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="255" />
        <source>Average order value</source>
        <translation>Genomsnittligt ordervärde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="256" />
        <source>Purchase frequency</source>
        <translation>Köpfrekvens</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="257" />
        <source>Customer value</source>
        <translation>Kundvärde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="258" />
        <source>Repeat purchase rate %</source>
        <translation>Återköpsgrad %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="259" />
        <source>Average lifespan (periods)</source>
        <translation>Genomsnittlig kundlivslängd (perioder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="260" />
        <source>Customer lifetime value</source>
        <translation>Kundlivstidsvärde (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="261" />
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="262" />
        <source>Return rate %</source>
        <translation>Returandel %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="263" />
        <source>Days sales outstanding</source>
        <translation>Kredittid (DSO)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="264" />
        <source>Days between purchases</source>
        <translation>Dagar mellan köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="265" />
        <source>Median days between purchases</source>
        <translation>Median dagar mellan köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="266" />
        <source>Loyal customer rate %</source>
        <translation>Lojala kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="267" />
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="268" />
        <source>Mean retention rate %</source>
        <translation>Genomsnittlig kundretention %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="269" />
        <source>Mean churn rate %</source>
        <translation>Genomsnittlig churn rate %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="270" />
        <source>Customer ID</source>
        <translation>Kund-ID</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="271" />
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="272" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="273" />
        <source>Order ID</source>
        <translation>Order-ID</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="274" />
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="276" />
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="277" />
        <source>NPS answer</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="278" />
        <source>Answer date</source>
        <translation>Svarsdatum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="279" />
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="280" />
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="281" />
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="282" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="283" />
        <source>Cohort retention %</source>
        <translation>Kohortretention %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="284" />
        <source>First order</source>
        <translation>Första order</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="285" />
        <source>Last order</source>
        <translation>Senaste order</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="286" />
        <source>Days since last order</source>
        <translation>Dagar sedan senaste order</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="287" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="289" />
        <source>Repeat purchase days</source>
        <translation>Återköpsdagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="290" />
        <source>Days from first to last purchase</source>
        <translation>Dagar från första till senaste köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="291" />
        <source>Days since first purchase</source>
        <translation>Dagar sedan första köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="292" />
        <source>Average repeat purchase</source>
        <translation>Genomsnittligt återköp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="293" />
        <source>Chance still a customer</source>
        <translation>Sannolikhet att fortfarande vara kund</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="294" />
        <source>Expected purchases</source>
        <translation>Förväntade köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="295" />
        <source>Expected spend per purchase</source>
        <translation>Förväntat belopp per köp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="296" />
        <source>Predicted customer value</source>
        <translation>Förväntat kundvärde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="297" />
        <source>Predicted revenue</source>
        <translation>Förväntade intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="298" />
        <source>Value at risk</source>
        <translation>Värde i riskzonen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="299" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="300" />
        <source>Predicted purchases per customer</source>
        <translation>Förväntade köp per kund</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="301" />
        <source>Actual purchases per customer</source>
        <translation>Faktiska köp per kund</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="354" />
        <source>1 more cell like this</source>
        <translation>1 cell till som denna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="355" />
        <source>no row has a customer id (1 row); map the column that identifies customers</source>
        <translation>ingen rad har ett kund-id (1 rad); välj den kolumn som identifierar kunderna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="357" />
        <source>only 1 customer bought on more than one day up to {as_of}; a forecast needs at least {needed}</source>
        <translation>bara 1 kund har handlat på mer än en dag till och med {as_of}; en prognos kräver minst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="359" />
        <source>only 1 customer has repeat purchases with an amount; forecasting spend and value needs at least {needed}</source>
        <translation>bara 1 kund har återköp med ett belopp; en prognos för köpbelopp och värde kräver minst {needed}</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="361" />
        <source>no header row with known column names was found in the first row; map the columns by hand</source>
        <translation>det finns ingen rubrikrad med kända namn i den första raden; välj kolumnerna själv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="425" />
        <source>What-if: the value of better retention</source>
        <translation>Tänk om: värdet av bättre kundretention</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="426" />
        <source>Each period ahead: customers = customers before x (1 - churn / 100) + new customers; revenue = customers x customer value; profit = revenue x gross margin / 100. The baseline figures are averages of the last 12 periods with data.</source>
        <translation>För varje period framåt: kunder = kunder före x (1 - churn / 100) + nya kunder; intäkter = kunder x kundvärde; täckningsbidrag = intäkter x täckningsgrad / 100. Utgångslägets siffror är medelvärden av de senaste 12 perioderna med data.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="427" />
        <source>Change the yellow cells to try your own scenario; every other number follows.</source>
        <translation>Ändra de gula cellerna för att pröva ditt eget scenario; alla andra siffror följer med.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="430" />
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="431" />
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="432" />
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="433" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="434" />
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="435" />
        <source>Periods averaged</source>
        <translation>Perioder i medelvärdet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="436" />
        <source>Customers now (end of the last period)</source>
        <translation>Kunder nu (vid slutet av senaste perioden)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="437" />
        <source>Churn down (points)</source>
        <translation>Churn ned (procentenheter)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="438" />
        <source>New customers up %</source>
        <translation>Fler nya kunder %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="439" />
        <source>Customer value up %</source>
        <translation>Högre kundvärde %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="440" />
        <source>Periods ahead</source>
        <translation>Perioder framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="441" />
        <source>Customers (baseline)</source>
        <translation>Kunder (utgångsläge)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="442" />
        <source>Revenue (baseline)</source>
        <translation>Intäkter (utgångsläge)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="443" />
        <source>Profit (baseline)</source>
        <translation>Täckningsbidrag (utgångsläge)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="444" />
        <source>Customers (scenario)</source>
        <translation>Kunder (scenario)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="445" />
        <source>Revenue (scenario)</source>
        <translation>Intäkter (scenario)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="446" />
        <source>Profit (scenario)</source>
        <translation>Täckningsbidrag (scenario)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="447" />
        <source>Customers (difference)</source>
        <translation>Kunder (skillnad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="448" />
        <source>Revenue (difference)</source>
        <translation>Intäkter (skillnad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="449" />
        <source>Profit (difference)</source>
        <translation>Täckningsbidrag (skillnad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="450" />
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="451" />
        <source>Customers after the last period ahead</source>
        <translation>Kunder efter den sista perioden framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="452" />
        <source>Revenue, sum of the periods ahead</source>
        <translation>Intäkter, summan av perioderna framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="453" />
        <source>Profit, sum of the periods ahead</source>
        <translation>Täckningsbidrag, summan av perioderna framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="454" />
        <source>New customers who come back %</source>
        <translation>Nya kunder som kommer tillbaka %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="455" />
        <source>Share of critics %</source>
        <translation>Andel kritiker %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="456" />
        <source>Valuable customers at risk %</source>
        <translation>Värdefulla kunder i riskzonen %</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="457" />
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="458" />
        <source>Nothing in your figures calls for advice right now.</source>
        <translation>Inget i dina siffror kräver råd just nu.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="459" />
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="460" />
        <source>What to try</source>
        <translation>Vad du kan pröva</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="461" />
        <source>Number to watch</source>
        <translation>Siffran att hålla ögonen på</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="467" />
        <source>not enough data for a what-if: no period has a churn rate (it needs customers at start, and lost customers or new customers and customers at end)</source>
        <translation>inte tillräckligt med data för en tänk om-beräkning: ingen period har en churn rate (det kräver kunder vid start och antingen förlorade kunder eller nya kunder och kunder vid slut)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="470" />
        <source>not enough data for a what-if: no period has new customers</source>
        <translation>inte tillräckligt med data för en tänk om-beräkning: ingen period har nya kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="471" />
        <source>not enough data for a what-if: no period has a customer value (it needs revenue, orders and active customers)</source>
        <translation>inte tillräckligt med data för en tänk om-beräkning: ingen period har ett kundvärde (det kräver intäkter, ordrar och aktiva kunder)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="474" />
        <source>not enough data for a what-if: no period has customers at end</source>
        <translation>inte tillräckligt med data för en tänk om-beräkning: ingen period har kunder vid slut</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="475" />
        <source>the average churn rate is above 100% (more customers lost than there were); check lost customers</source>
        <translation>den genomsnittliga churn rate (kundbortfall) är över 100% (fler kunder förlorade än det fanns); kontrollera förlorade kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="480" />
        <source>What-if over {periods} periods: churn down {churn_down:g} points, new customers up {new_up:g}%, customer value up {value_up:g}%</source>
        <translation>Tänk om, {periods} perioder framåt: churn ned med {churn_down:g} procentenheter, {new_up:g}% fler nya kunder, {value_up:g}% högre kundvärde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="486" />
        <source>Churn was {value:.1f}% in {period}, above your limit of {threshold:g}%.</source>
        <translation>Churn rate (kundbortfall) var {value:.1f}% i {period}, över din gräns på {threshold:g}%.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="487" />
        <source>Ask the customers who leave why (a short call or a two-question e-mail), fix the most common reason first, and answer questions quickly by phone, e-mail and chat.</source>
        <translation>Fråga kunderna som lämnar varför (ett kort samtal eller ett mejl med två frågor), åtgärda den vanligaste orsaken först och svara snabbt på frågor i telefon, mejl och chatt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="490" />
        <source>Churn has risen {periods} periods in a row, from {first:.1f}% in {from_period} to {value:.1f}% in {period}.</source>
        <translation>Churn rate (kundbortfall) har ökat {periods} perioder i rad, från {first:.1f}% i {from_period} till {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="493" />
        <source>Find out what changed when churn began to rise (prices, delivery, service, a competitor) and ask recent leavers what made them go.</source>
        <translation>Ta reda på vad som förändrades när kundbortfallet började öka (priser, leverans, service, en konkurrent) och fråga dem som nyligen lämnat vad som fick dem att gå.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="496" />
        <source>Only {value:.1f}% of active customers bought more than once (below {threshold:g}%).</source>
        <translation>Bara {value:.1f}% av de aktiva kunderna köpte mer än en gång (under {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="499" />
        <source>Reward the second purchase: loyalty points, a discount on the next order or early access to new products for customers who come back.</source>
        <translation>Belöna det andra köpet: bonuspoäng, rabatt på nästa order eller förtur till nya produkter för kunder som kommer tillbaka.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="502" />
        <source>The repeat purchase rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation>Återköpsgraden har sjunkit {periods} perioder i rad, från {first:.1f}% till {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="505" />
        <source>Send offers and reminders that fit what each group of customers bought before, instead of the same newsletter to everyone.</source>
        <translation>Skicka erbjudanden och påminnelser som passar det varje kundgrupp har köpt tidigare, i stället för samma nyhetsbrev till alla.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="508" />
        <source>Only {value:.1f}% of new customers ({returned} of {customers:.0f}) bought again in the period after their first order (below {threshold:g}%).</source>
        <translation>Bara {value:.1f}% av de nya kunderna ({returned} av {customers:.0f}) köpte igen perioden efter sin första order (under {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="511" />
        <source>Follow up every first order: a thank-you, tips on getting the most out of the purchase, and a good reason to come back.</source>
        <translation>Följ upp varje första order: ett tack, tips om hur man får ut mest av köpet och ett bra skäl att komma tillbaka.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="514" />
        <source>NPS is {value:.0f}: more critics than fans (below {threshold:g}).</source>
        <translation>NPS är {value:.0f}: fler kritiker än ambassadörer (under {threshold:g}).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="515" />
        <source>Contact the customers who answered 0-6, ask what went wrong, fix it and tell them you did.</source>
        <translation>Kontakta kunderna som svarade 0-6, fråga vad som gick fel, åtgärda det och berätta för dem att du har gjort det.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="518" />
        <source>The share of critics (answers 0-6) has risen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation>Andelen kritiker (svar 0-6) har ökat {periods} perioder i rad, från {first:.1f}% till {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="521" />
        <source>Read what the latest critics wrote, act on the most frequent complaint, and thank each of them personally for the feedback.</source>
        <translation>Läs vad de senaste kritikerna skrev, gör något åt det vanligaste klagomålet och tacka var och en personligen för återkopplingen.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="524" />
        <source>{value:.1f}% of the units sold in {period} came back (above {threshold:g}%).</source>
        <translation>{value:.1f}% av de sålda enheterna i {period} kom tillbaka (över {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="527" />
        <source>Look at the most returned products: fix quality problems, and make descriptions, sizes and photos match what arrives.</source>
        <translation>Titta på de produkter som oftast kommer tillbaka: åtgärda kvalitetsproblem och se till att beskrivningar, storlekar och bilder stämmer med det kunden får.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="530" />
        <source>Customers took {value:.0f} days to pay in {period} (above {threshold:g} days).</source>
        <translation>Kunderna tog {value:.0f} dagar på sig att betala i {period} (över {threshold:g} dagar).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="533" />
        <source>Send invoices at once, remind kindly before the due date, and offer automatic payment or a subscription where it fits.</source>
        <translation>Skicka fakturan direkt, påminn vänligt före förfallodagen och erbjud autogiro eller ett abonnemang där det passar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="536" />
        <source>Net revenue retention was {value:.1f}% in {period}: existing customers bring in less than before (below {threshold:g}%).</source>
        <translation>Nettointäktsretention (NRR) var {value:.1f}% i {period}: befintliga kunder ger mindre intäkter än tidigare (under {threshold:g}%).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="539" />
        <source>Check in with existing customers before they cut back, and offer upgrades or add-ons that fit how they use you.</source>
        <translation>Hör av dig till befintliga kunder innan de drar ner, och erbjud uppgraderingar eller tillägg som passar hur de använder dig.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="542" />
        <source>The loyal customer rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation>Andelen lojala kunder har sjunkit {periods} perioder i rad, från {first:.1f}% till {value:.1f}% i {period}.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="545" />
        <source>Give regular customers a reason to stay: a simple loyalty programme, member prices, a referral bonus or a customer community.</source>
        <translation>Ge stamkunderna ett skäl att stanna: ett enkelt lojalitetsprogram, medlemspriser, en bonus för att tipsa om dig eller en kundgemenskap.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="548" />
        <source>{count:.0f} of your {total:.0f} most valuable customers ({value:.0f}%) look likely to slip away; together they have spent {amount:.0f} {currency} with you.</source>
        <translation>{count:.0f} av dina {total:.0f} mest värdefulla kunder ({value:.0f}%) ser ut att vara på väg bort; tillsammans har de handlat för {amount:.0f} {currency} hos dig.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="551" />
        <source>Contact them personally before they are gone: a call or a personal note with a win-back offer made for them.</source>
        <translation>Kontakta dem personligen innan de försvinner: ett samtal eller en personlig hälsning med ett erbjudande gjort för dem.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="554" />
        <source>Number to watch: {metric}, now {value}; it should fall if this works.</source>
        <translation>Siffran att hålla ögonen på: {metric}, nu {value}; den bör sjunka om det fungerar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="555" />
        <source>Number to watch: {metric}, now {value}; it should rise if this works.</source>
        <translation>Siffran att hålla ögonen på: {metric}, nu {value}; den bör stiga om det fungerar.</translation>
    </message>
</context>
<context>
    <name>ModelCheckView</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="102" />
        <source>Repeat purchase days before the check period</source>
        <translation>Återköpsdagar före kontrollperioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="103" />
        <source>Purchases per customer in the check period</source>
        <translation>Köp per kund under kontrollperioden</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="104" />
        <source>By how often customers had bought</source>
        <translation>Efter hur ofta kunderna hade köpt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="105" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="106" />
        <source>Repeat purchases, total so far</source>
        <translation>Återköp, totalt hittills</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="107" />
        <source>Repeat purchases over time</source>
        <translation>Återköp över tid</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="116" />
        <source>check starts</source>
        <translation>kontroll börjar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="127" />
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="128" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="146" />
        <source>Set &lt;i&gt;Model check: last&lt;/i&gt; to a number of days and press &lt;b&gt;Run forecast&lt;/b&gt;: the model is then also fitted without those days and compared with what really happened in them.</source>
        <translation>Sätt &lt;i&gt;Modellkontroll: sista&lt;/i&gt; till ett antal dagar och tryck på &lt;b&gt;Gör prognos&lt;/b&gt;: modellen anpassas då också utan de dagarna och jämförs med vad som faktiskt hände under dem.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="153" />
        <source>No model check: without the last %1 the model cannot be fitted (%2). Try fewer days.</source>
        <translation>Ingen modellkontroll: utan de sista %1 kan modellen inte anpassas (%2). Prova färre dagar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="154" />
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagar</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="181" />
        <source>the last %n day(s)</source>
        <translation><numerusform>den sista dagen</numerusform><numerusform>de sista %n dagarna</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="182" />
        <source>The model expected &lt;b&gt;%1&lt;/b&gt; purchases in %2; there were &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Modellen förväntade &lt;b&gt;%1&lt;/b&gt; köp under %2; det blev &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="40" />
        <source>Which period the cards show</source>
        <translation>Vilken period korten visar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="43" />
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="97" />
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="99" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="223" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="359" />
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="99" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="223" />
        <source>Last 12 periods</source>
        <translation>Senaste 12 perioderna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="189" />
        <source>No customer can be counted as lost until one churn window (%1 days) after the first order: %2 to %3 show 100 % retention and 0 % churn.</source>
        <translation>Ingen kund kan räknas som förlorad förrän ett churn-fönster (%1 dagar) efter den första ordern: %2 till %3 visar 100 % retention och 0 % churn.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="218" />
        <source>all answers</source>
        <translation>alla svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="218" />
        <source>all data</source>
        <translation>alla data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="225" />
        <source>sum of %n period(s)</source>
        <translation><numerusform>summa av %n period</numerusform><numerusform>summa av %n perioder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="227" />
        <source>from the answers of %n period(s)</source>
        <translation><numerusform>utifrån svaren i %n period</numerusform><numerusform>utifrån svaren i %n perioder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="229" />
        <source>mean of %n period(s)</source>
        <translation><numerusform>medelvärde av %n period</numerusform><numerusform>medelvärde av %n perioder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="233" />
        <source>%1 promoters · %2 passives · %3 detractors (%4 answers)</source>
        <translation>%1 promotorer · %2 passiva · %3 kritiker (%4 svar)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="238" />
        <source>in the first churn window: no one can be lost yet</source>
        <translation>i det första churn-fönstret: ingen kan vara förlorad ännu</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="264" />
        <source>the 12 months before</source>
        <translation>de 12 månaderna före</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="264" />
        <source>the 12 periods before</source>
        <translation>de 12 perioderna före</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="266" />
        <source>%1 NPS points vs %2</source>
        <translation>%1 NPS-poäng jämfört med %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="268" />
        <source>%1 points vs %2</source>
        <translation>%1 procentenheter jämfört med %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="270" />
        <source>%1 % vs %2</source>
        <translation>%1 % jämfört med %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="296" />
        <source>%1 and %2 more</source>
        <translation>%1 och %2 till</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="301" />
        <source>Click to see what you can do.</source>
        <translation>Klicka för att se vad du kan göra.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="323" />
        <source>not enough data</source>
        <translation>för lite data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="341" />
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 orders, revenue %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 ordrar, intäkter %3</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="363" />
        <source>&lt;b&gt;%1 customers&lt;/b&gt;, %2 orders, revenue %3 - latest period shown on each card.</source>
        <translation>&lt;b&gt;%1 kunder&lt;/b&gt;, %2 ordrar, intäkter %3 - senaste perioden visas på varje kort.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="368" />
        <source>&lt;b&gt;%1 answers&lt;/b&gt; (%2 blank).</source>
        <translation>&lt;b&gt;%1 svar&lt;/b&gt; (%2 tomma).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="372" />
        <source>&lt;b&gt;%n period(s)&lt;/b&gt; - the latest period with a value is shown on each card.</source>
        <translation><numerusform>&lt;b&gt;%n period&lt;/b&gt; - den senaste perioden med ett värde visas på varje kort.</numerusform><numerusform>&lt;b&gt;%n perioder&lt;/b&gt; - den senaste perioden med ett värde visas på varje kort.</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="46" />
        <source>kr.</source>
        <translation>kr</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="88" />
        <source>Imported from %1</source>
        <translation>Importerat från %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="143" />
        <source>Edit cell</source>
        <translation>Ändra cell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_model.py" line="218" />
        <source>Paste %n row(s)</source>
        <translation><numerusform>Klistra in %n rad</numerusform><numerusform>Klistra in %n rader</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="240" />
        <source>Replace periods</source>
        <translation>Ersätt perioder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_undo.py" line="44" />
        <source>Add %n row(s)</source>
        <translation><numerusform>Lägg till %n rad</numerusform><numerusform>Lägg till %n rader</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_undo.py" line="59" />
        <source>Remove %n row(s)</source>
        <translation><numerusform>Ta bort %n rad</numerusform><numerusform>Ta bort %n rader</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTablePanel</name>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="172" />
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="173" />
        <source>Add an empty period at the end (Ctrl+Shift+N)</source>
        <translation>Lägg till en tom period sist (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="176" />
        <source>Remove rows</source>
        <translation>Ta bort rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="177" />
        <source>Remove the selected periods</source>
        <translation>Ta bort de valda perioderna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="179" />
        <source>One row per period. Paste a block copied from Excel with Ctrl+V.</source>
        <translation>En rad per period. Klistra in ett område kopierat från Excel med Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="194" />
        <source>The clipboard is empty.</source>
        <translation>Urklippet är tomt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_table.py" line="207" />
        <source>Pasted %n row(s).</source>
        <translation><numerusform>Klistrade in %n rad.</numerusform><numerusform>Klistrade in %n rader.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="298" />
        <source>Values in italics are as imported from %1; values you type are upright.</source>
        <translation>Värden i kursiv är importerade från %1; värden du skriver själv står med vanlig stil.</translation>
    </message>
</context>
<context>
    <name>ProblemCountButton</name>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="187" />
        <source>Show the list of problems</source>
        <translation>Visa listan över problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="199" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n inmatningsfel</numerusform><numerusform>%n inmatningsfel</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="201" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n varning</numerusform><numerusform>%n varningar</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="64" />
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="69" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="73" />
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="73" />
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/dialogs.py" line="89" />
        <source>%n problem(s) found in %1. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</source>
        <translation><numerusform>%n problem hittades i %1. Celler som inte kunde läsas lämnas tomma och siffror som beror på dem visas inte. Rätta dem i filen och importera den igen.</numerusform><numerusform>%n problem hittades i %1. Celler som inte kunde läsas lämnas tomma och siffror som beror på dem visas inte. Rätta dem i filen och importera den igen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="93" />
        <source>Notes about %2 (the figures were computed):</source>
        <translation>Anmärkningar om %2 (siffrorna har beräknats):</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../retention_gui/ui/problems_dock.py" line="14" />
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="83" />
        <source>Errors and warnings</source>
        <translation>Fel och varningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="84" />
        <source>Errors only</source>
        <translation>Endast fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="85" />
        <source>Warnings only</source>
        <translation>Endast varningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="94" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="105" />
        <source>No problems: every figure could be read and checked.</source>
        <translation>Inga problem: alla siffror kunde läsas och kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="124" />
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="124" />
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="142" />
        <source>No problems</source>
        <translation>Inga problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="150" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n inmatningsfel</numerusform><numerusform>%n inmatningsfel</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="152" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n varning</numerusform><numerusform>%n varningar</numerusform></translation>
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
        <translation>Intäkter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="63" />
        <source>Products and payments</source>
        <translation>Varor och betalningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="65" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="70" />
        <source>Type the figures of one period from your books. Leave a field empty if you do not have it; results appear on the right as you type.</source>
        <translation>Skriv in siffrorna för en period från din bokföring. Lämna ett fält tomt om du inte har siffran; resultaten visas till höger medan du skriver.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="83" />
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="106" />
        <source>…or paste raw answers 0-10, one per line</source>
        <translation>…eller klistra in svar 0-10, ett per rad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="107" />
        <source>Paste a column of survey answers (0-10). They are counted as promoters (9-10), passives (7-8) and detractors (0-6).</source>
        <translation>Klistra in en kolumn med svar (0-10). De räknas som ambassadörer (9-10), passiva (7-8) och kritiker (0-6).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="116" />
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="130" />
        <source>Customers you had on the first day of the period (S).</source>
        <translation>Kunder du hade periodens första dag (S).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="131" />
        <source>Customers you had on the last day of the period (E).</source>
        <translation>Kunder du hade periodens sista dag (E).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="132" />
        <source>Customers who joined during the period (N).</source>
        <translation>Kunder som tillkom under perioden (N).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="133" />
        <source>Customers who left (L). Left empty, it is worked out as start + new - end.</source>
        <translation>Kunder som lämnade (L). Lämnas fältet tomt beräknas det som start + nya - slut.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="134" />
        <source>Total revenue in the period.</source>
        <translation>Totala intäkter under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="135" />
        <source>Number of orders (purchases) in the period.</source>
        <translation>Antal ordrar (köp) under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="136" />
        <source>Distinct customers who bought in the period.</source>
        <translation>Unika kunder som köpte under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="137" />
        <source>Of the active customers, those who bought more than once.</source>
        <translation>Av de aktiva kunderna: de som köpte mer än en gång.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="138" />
        <source>Recurring revenue from existing customers at the start (e.g. MRR).</source>
        <translation>Återkommande intäkter från befintliga kunder vid start (t.ex. MRR).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="139" />
        <source>Recurring revenue lost from customers who left.</source>
        <translation>Återkommande intäkter förlorade från kunder som lämnade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="140" />
        <source>Revenue lost from downgrades of customers who stayed.</source>
        <translation>Intäkter förlorade genom nedgraderingar hos kunder som stannade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="141" />
        <source>Revenue gained from upgrades of customers who stayed.</source>
        <translation>Intäkter vunna genom uppgraderingar hos kunder som stannade.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="142" />
        <source>Gross margin in percent (0-100). CLV is multiplied by it when given.</source>
        <translation>Täckningsgrad i procent (0-100). CLV multipliceras med den när den anges.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="143" />
        <source>Product units sold.</source>
        <translation>Sålda enheter.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="144" />
        <source>Product units returned.</source>
        <translation>Returnerade enheter.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="145" />
        <source>Money customers owe you at the end of the period.</source>
        <translation>Pengar kunderna är skyldiga dig vid periodens slut.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="146" />
        <source>Sales on credit (invoices) in the period.</source>
        <translation>Försäljning på kredit (fakturor) under perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="147" />
        <source>Calendar days in the period; 30 when empty.</source>
        <translation>Kalenderdagar i perioden; 30 när fältet är tomt.</translation>
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
        <translation>Svar från 0 till 6.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="175" />
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="213" />
        <location filename="../../retention_gui/ui/forms.py" line="252" />
        <source>'%1' is not a number</source>
        <translation>'%1' är inte ett tal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/forms.py" line="271" />
        <source>Not an answer from 0 to 10 on line(s) %1</source>
        <translation><numerusform>Inte ett svar från 0 till 10 på rad %1</numerusform><numerusform>Inte ett svar från 0 till 10 på raderna %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="37" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="38" />
        <source>Trends</source>
        <translation>Trender</translation>
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
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="42" />
        <source>What-if</source>
        <translation>Tänk om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="43" />
        <source>Improve</source>
        <translation>Förbättra</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="44" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="45" />
        <source>Who will buy again, who is slipping away, and what each customer is worth</source>
        <translation>Vem köper igen, vem håller på att glida iväg, och vad varje kund är värd</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="46" />
        <source>What keeping more customers is worth over the next 12 periods</source>
        <translation>Vad det är värt att behålla fler kunder de kommande 12 perioderna</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="47" />
        <source>What to do now: suggestions from your own numbers</source>
        <translation>Vad du kan göra nu: förslag utifrån dina egna siffror</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="66" />
        <source>Save plot</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="66" />
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="71" />
        <source>Save plotted numbers</source>
        <translation>Spara siffrorna i diagrammet</translation>
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
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="110" />
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="110" />
        <source>Week (ISO)</source>
        <translation>Vecka (ISO)</translation>
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
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="119" />
        <source>A customer counts as alive while their last order is at most this many days old.</source>
        <translation>En kund räknas som aktiv så länge den senaste ordern är högst så många dagar gammal.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="127" />
        <source>Warn when churn is above (%)</source>
        <translation>Varna när churn rate är över (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="128" />
        <source>Warn when NPS is below</source>
        <translation>Varna när NPS är under</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="129" />
        <source>Warn when NRR is below (%)</source>
        <translation>Varna när NRR är under (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="130" />
        <source>Warn when DSO is above (days)</source>
        <translation>Varna när DSO är över (dagar)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="132" />
        <source>Period length for orders and dates</source>
        <translation>Periodlängd för ordrar och datum</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="133" />
        <source>Churn window</source>
        <translation>Churn-fönster</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="134" />
        <source>Orders that make a customer loyal</source>
        <translation>Ordrar som gör en kund lojal</translation>
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
        <translation>&lt;h1&gt;Kundretentionskalkylator&lt;/h1&gt;&lt;p&gt;Se hur många kunder som stannar, vad de är värda och var du kan bli bättre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="24" />
        <source>Try the sample data</source>
        <translation>Prova med exempeldata</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="27" />
        <source>Import a spreadsheet…</source>
        <translation>Importera ett kalkylark…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="36" />
        <source>…or type your figures in the form on the left, or drop an Excel file here.</source>
        <translation>…eller skriv dina siffror i formuläret till vänster, eller släpp en Excel-fil här.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../retention_gui/ui/tasks.py" line="156" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <translation>Belopp (%1)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="67" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="69" />
        <source>Days</source>
        <translation>Dagar</translation>
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
        <translation>%1 dagar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="122" />
        <source>limit %1</source>
        <translation>gräns %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="131" />
        <source>no one can be lost yet</source>
        <translation>ingen kan vara förlorad ännu</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="134" />
        <source>The first churn window: no customer can be counted as lost until one churn window after the first order, so retention is 100 % here.</source>
        <translation>Det första churn-fönstret: ingen kund kan räknas som förlorad förrän ett churn-fönster efter den första ordern, så retentionen är 100 % här.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="142" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="75" />
        <source>Tick the figures to plot</source>
        <translation>Kryssa för siffrorna som ska visas</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="86" />
        <source>Move the mouse over the plot to read the values.</source>
        <translation>För musen över diagrammet för att läsa av värdena.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="95" />
        <source>Save as PNG…</source>
        <translation>Spara som PNG…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="96" />
        <source>Save as CSV…</source>
        <translation>Spara som CSV…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="97" />
        <source>Save the plot as a picture</source>
        <translation>Spara diagrammet som en bild</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="98" />
        <source>Save the plotted numbers as a CSV file</source>
        <translation>Spara siffrorna i diagrammet som en CSV-fil</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="57" />
        <source>What-if: the value of better retention</source>
        <translation>Tänk om: värdet av bättre kundretention</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="69" />
        <source> points</source>
        <translation> procentenheter</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="70" />
        <source>How many percentage points lower churn is each period in the scenario (5 % churn down 1 point is 4 %). Negative: churn goes up.</source>
        <translation>Hur många procentenheter lägre churn rate (kundbortfall) är varje period i scenariot (5 % churn ned 1 procentenhet är 4 %). Negativt: churn ökar.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="73" />
        <source>How many percent more new customers you win each period in the scenario. Negative: fewer.</source>
        <translation>Hur många procent fler nya kunder du vinner varje period i scenariot. Negativt: färre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="76" />
        <source>How many percent more an average customer spends each period in the scenario. Negative: less.</source>
        <translation>Hur många procent mer en genomsnittlig kund handlar för varje period i scenariot. Negativt: mindre.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="78" />
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="80" />
        <source>Back to one point less churn and no other change</source>
        <translation>Tillbaka till 1 procentenhet lägre churn och inga andra ändringar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="82" />
        <source>Your scenario</source>
        <translation>Ditt scenario</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="86" />
        <source>Churn down by</source>
        <translation>Churn rate (kundbortfall) ned med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="87" />
        <source>New customers up by</source>
        <translation>Nya kunder upp med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="88" />
        <source>Customer value up by</source>
        <translation>Kundvärde upp med</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="253" />
        <source>&lt;b&gt;Nothing to project yet.&lt;/b&gt;&lt;br&gt;Type your figures or import a spreadsheet to see what better retention is worth.</source>
        <translation>&lt;b&gt;Inget att räkna fram ännu.&lt;/b&gt;&lt;br&gt;Skriv in dina siffror eller importera ett kalkylark för att se vad bättre kundretention är värd.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="259" />
        <source>Not enough data for a what-if.</source>
        <translation>Inte tillräckligt med data för en tänk om-beräkning.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="272" />
        <source>Profit is not shown: no period has a gross margin. Add one to see what the change earns after costs.</source>
        <translation>Täckningsbidraget visas inte: ingen period har en täckningsgrad. Lägg till den för att se vad förändringen ger efter varukostnader.</translation>
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
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="107" />
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="113" />
        <source>Revenue, scenario</source>
        <translation>Intäkter, scenario</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="114" />
        <source>Revenue, baseline</source>
        <translation>Intäkter, utgångsläge</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="116" />
        <source>Profit, scenario</source>
        <translation>Täckningsbidrag, scenario</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="117" />
        <source>Profit, baseline</source>
        <translation>Täckningsbidrag, utgångsläge</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="56" />
        <source>Customers after %1</source>
        <translation>Kunder efter %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="57" />
        <source>Revenue over %1</source>
        <translation>Intäkter under %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="58" />
        <source>Profit over %1</source>
        <translation>Täckningsbidrag under %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="59" />
        <source>Customer lifetime value (CLV)</source>
        <translation>Kundlivstidsvärde (CLV)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="63" />
        <source>Amount (%1)</source>
        <translation>Belopp (%1)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="63" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="83" />
        <source>%n month(s)</source>
        <translation><numerusform>%n månad</numerusform><numerusform>%n månader</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="85" />
        <source>%n week(s)</source>
        <translation><numerusform>%n vecka</numerusform><numerusform>%n veckor</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="87" />
        <source>%n quarter(s)</source>
        <translation><numerusform>%n kvartal</numerusform><numerusform>%n kvartal</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="89" />
        <source>%n year(s)</source>
        <translation><numerusform>%n år</numerusform><numerusform>%n år</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="90" />
        <source>%n period(s)</source>
        <translation><numerusform>%n period</numerusform><numerusform>%n perioder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="96" />
        <source>the next %n month(s)</source>
        <translation><numerusform>den kommande månaden</numerusform><numerusform>de kommande %n månaderna</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="98" />
        <source>the next %n week(s)</source>
        <translation><numerusform>den kommande veckan</numerusform><numerusform>de kommande %n veckorna</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="100" />
        <source>the next %n quarter(s)</source>
        <translation><numerusform>det kommande kvartalet</numerusform><numerusform>de kommande %n kvartalen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="102" />
        <source>the next %n year(s)</source>
        <translation><numerusform>det kommande året</numerusform><numerusform>de kommande %n åren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="103" />
        <source>the next %n period(s)</source>
        <translation><numerusform>den kommande perioden</numerusform><numerusform>de kommande %n perioderna</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="108" />
        <source>Months ahead</source>
        <translation>Månader framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="110" />
        <source>Weeks ahead</source>
        <translation>Veckor framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="112" />
        <source>Quarters ahead</source>
        <translation>Kvartal framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="114" />
        <source>Years ahead</source>
        <translation>År framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="115" />
        <source>Periods ahead</source>
        <translation>Perioder framåt</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="120" />
        <source>No period has a churn rate. It needs the customers at the start of a period and either the lost customers, or the new customers and the customers at the end. Add those figures for at least one period.</source>
        <translation>Ingen period har en churn rate (kundbortfall). Den kräver kunderna vid periodens början och antingen de förlorade kunderna eller de nya kunderna och kunderna vid slutet. Lägg till de siffrorna för minst en period.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="123" />
        <source>No period has new customers. Add how many new customers each period brought, or import your orders and they are counted for you.</source>
        <translation>Ingen period har nya kunder. Lägg till hur många nya kunder varje period gav, eller importera dina ordrar så räknas de åt dig.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="125" />
        <source>No period has a customer value. It needs the revenue, the orders and the active customers of at least one period.</source>
        <translation>Ingen period har ett kundvärde. Det kräver intäkterna, ordrarna och de aktiva kunderna för minst en period.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="127" />
        <source>No period has the customers at the end. Add how many customers you had at the end of each period.</source>
        <translation>Ingen period har kunderna vid slutet. Lägg till hur många kunder du hade vid slutet av varje period.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="129" />
        <source>The average churn rate is above 100 % - more customers lost than there were - so a projection would make no sense. Check the lost customers.</source>
        <translation>Den genomsnittliga churn rate (kundbortfall) är över 100 % - fler kunder förlorade än det fanns - så en framräkning blir meningslös. Kontrollera de förlorade kunderna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="138" />
        <source>Starting point, the average of your last %n period(s)</source>
        <translation><numerusform>Utgångsläge, din senaste period</numerusform><numerusform>Utgångsläge, genomsnittet av dina senaste %n perioder</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="140" />
        <source>%1 up to %2</source>
        <translation>%1 till och med %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="142" />
        <source>churn %1 per period</source>
        <translation>churn rate (kundbortfall) %1 per period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="143" />
        <source>%1 new customers per period</source>
        <translation>%1 nya kunder per period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="144" />
        <source>customer value %1 per period</source>
        <translation>kundvärde %1 per period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="145" />
        <source>%1 customers now</source>
        <translation>%1 kunder nu</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="148" />
        <source>gross margin %1</source>
        <translation>täckningsgrad %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="184" />
        <source>keeping 1 percentage point more of your customers each period</source>
        <translation>att behålla 1 procentenhet fler av dina kunder varje period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="185" />
        <source>keeping %1 percentage points more of your customers each period</source>
        <translation>att behålla %1 procentenheter fler av dina kunder varje period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="187" />
        <source>losing 1 percentage point more of your customers each period</source>
        <translation>att förlora 1 procentenhet fler av dina kunder varje period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="188" />
        <source>losing %1 percentage points more of your customers each period</source>
        <translation>att förlora %1 procentenheter fler av dina kunder varje period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="191" />
        <source>winning %1 more new customers</source>
        <translation>att vinna %1 fler nya kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="193" />
        <source>winning %1 fewer new customers</source>
        <translation>att vinna %1 färre nya kunder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="196" />
        <source>customers spending %1 more</source>
        <translation>att kunderna handlar för %1 mer</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="198" />
        <source>customers spending %1 less</source>
        <translation>att kunderna handlar för %1 mindre</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="205" />
        <source>Change a number under &lt;b&gt;Your scenario&lt;/b&gt; to see what it is worth.</source>
        <translation>Ändra en siffra under &lt;b&gt;Ditt scenario&lt;/b&gt; för att se vad det är värt.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="209" />
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="218" />
        <source>%1 changes nothing over %2 (churn cannot go below 0 %).</source>
        <translation>%1 ändrar ingenting under %2 (churn kan inte bli lägre än 0 %).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="222" />
        <source>%1 is worth %2 in profit (%3 in revenue) over %4.</source>
        <translation>%1 är värt %2 i täckningsbidrag (%3 i intäkter) under %4.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="223" />
        <source>%1 costs %2 in profit (%3 in revenue) over %4.</source>
        <translation>%1 kostar %2 i täckningsbidrag (%3 i intäkter) under %4.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="225" />
        <source>%1 is worth %2 in revenue over %3.</source>
        <translation>%1 är värt %2 i intäkter under %3.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="226" />
        <source>%1 costs %2 in revenue over %3.</source>
        <translation>%1 kostar %2 i intäkter under %3.</translation>
    </message>
</context>
<context>
    <name>WinBackPage</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="32" />
        <source>Export for mail tool…</source>
        <translation>Exportera till e-postverktyg…</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="33" />
        <source>Save the list as CSV or Excel, to import in your newsletter or mail tool</source>
        <translation>Spara listan som CSV eller Excel för import i ditt nyhetsbrevs- eller e-postverktyg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="55" />
        <source>%n customer(s) who spent well with you but have probably stopped buying, most money at risk first. A personal offer may bring them back.</source>
        <translation><numerusform>%n kund som har handlat bra hos dig men troligen har slutat köpa. Ett personligt erbjudande kan få kunden tillbaka.</numerusform><numerusform>%n kunder som har handlat bra hos dig men troligen har slutat köpa, störst belopp i fara först. Ett personligt erbjudande kan få dem tillbaka.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="57" />
        <source>No customer with a past purchase is likely to have stopped buying.</source>
        <translation>Ingen kund med tidigare köp verkar ha slutat köpa.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="69" />
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="84" />
        <source>Export win-back list</source>
        <translation>Exportera återvinningslista</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="69" />
        <source>win-back.csv</source>
        <translation>aterfa-kunder.csv</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="70" />
        <source>CSV for mail tools (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV för e-postverktyg (*.csv);;Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="85" />
        <source>The list could not be saved: %1</source>
        <translation>Listan kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="107" />
        <source>(customers at end - new customers) / customers at start x 100; from orders: retained / customers at start x 100. Empty when customers at start is 0.</source>
        <translation>(kunder vid slut - nya kunder) / kunder vid start x 100; från ordrar: behållna / kunder vid start x 100. Tom när kunder vid start är 0.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="108" />
        <source>lost customers / customers at start x 100 (lost = start + new - end when not given). Empty when customers at start is 0.</source>
        <translation>förlorade kunder / kunder vid start x 100 (förlorade = start + nya - slut när talet inte anges). Tom när kunder vid start är 0.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="109" />
        <source>churned revenue + contraction revenue (an amount).</source>
        <translation>förlorade intäkter + nedgraderingar (ett belopp).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="110" />
        <source>(churned + contraction) / recurring revenue at start x 100.</source>
        <translation>(förlorat + nedgraderingar) / återkommande intäkter vid start x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="111" />
        <source>(revenue at start - churned - contraction) / revenue at start x 100.</source>
        <translation>(intäkter vid start - förlorat - nedgraderingar) / intäkter vid start x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="112" />
        <source>(revenue at start - churned - contraction + expansion) / revenue at start x 100.</source>
        <translation>(intäkter vid start - förlorat - nedgraderingar + uppgraderingar) / intäkter vid start x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="113" />
        <source>net revenue retention - 100.</source>
        <translation>nettointäktsretention (NRR) - 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="114" />
        <source>revenue / orders (average purchase value).</source>
        <translation>intäkter / ordrar (genomsnittligt köpvärde).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="115" />
        <source>orders / active customers.</source>
        <translation>ordrar / aktiva kunder.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="116" />
        <source>average order value x purchase frequency.</source>
        <translation>genomsnittligt ordervärde x köpfrekvens.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="117" />
        <source>repeat customers / active customers x 100.</source>
        <translation>återkommande kunder / aktiva kunder x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="118" />
        <source>100 / churn rate (in periods). Empty when churn is 0.</source>
        <translation>100 / churn rate (i perioder). Tom när churn rate är 0.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="119" />
        <source>customer value x average lifespan (x gross margin / 100 when given).</source>
        <translation>kundvärde x genomsnittlig kundlivslängd (x täckningsgrad / 100 när den anges).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="120" />
        <source>(promoters - detractors) / (promoters + passives + detractors) x 100, from -100 to 100. Promoters answer 9-10, passives 7-8, detractors 0-6.</source>
        <translation>(ambassadörer - kritiker) / (ambassadörer + passiva + kritiker) x 100, från -100 till 100. Ambassadörer svarar 9-10, passiva 7-8, kritiker 0-6.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="121" />
        <source>units returned / units sold x 100.</source>
        <translation>returnerade enheter / sålda enheter x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="122" />
        <source>accounts receivable / credit sales x days in the period (days).</source>
        <translation>kundfordringar / kreditförsäljning x dagar i perioden (dagar).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="123" />
        <source>mean of the days between a customer's consecutive distinct order dates, over gaps ending in the period.</source>
        <translation>medelvärdet av dagarna mellan en kunds på varandra följande orderdatum, för mellanrum som slutar i perioden.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="124" />
        <source>customers with at least the loyal minimum of orders in the churn window / customers with an order in the window x 100.</source>
        <translation>kunder med minst det antal ordrar som gör en kund lojal i churn-fönstret / kunder med en order i fönstret x 100.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="125" />
        <source>from orders: customers alive on the day before the period starts (an order within the churn window up to that day).</source>
        <translation>från ordrar: kunder som är aktiva dagen före periodens början (en order inom churn-fönstret fram till den dagen).</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="126" />
        <source>from orders: customers alive on the last day of the period.</source>
        <translation>från ordrar: kunder som är aktiva periodens sista dag.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="127" />
        <source>from orders: customers alive at the end who were not alive at the start and are not new.</source>
        <translation>från ordrar: kunder som är aktiva vid slutet, inte var aktiva vid början och inte är nya.</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="128" />
        <source>rows: the period of a customer's first order; column +k: share of that cohort with an order k periods later.</source>
        <translation>rader: perioden för en kunds första order; kolumn +k: andelen av kohorten med en order k perioder senare.</translation>
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
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="236" />
        <source>Retention Calculator - results</source>
        <translation>Kundretentionskalkylator - resultat</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="248" />
        <source>all data</source>
        <translation>alla data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="251" />
        <source>all answers</source>
        <translation>alla svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="252" />
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="252" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="253" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="253" />
        <source>What it means</source>
        <translation>Vad det betyder</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="265" />
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="267" />
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="277" />
        <source>Source file</source>
        <translation>Källfil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="277" />
        <source>typed in the app</source>
        <translation>inskrivet i programmet</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="278" />
        <source>Kind of data</source>
        <translation>Typ av data</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="279" />
        <source>Frequency</source>
        <translation>Periodlängd</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="280" />
        <source>Churn window (days)</source>
        <translation>Churn-fönster (dagar)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="281" />
        <source>Loyal minimum orders</source>
        <translation>Minsta antal ordrar för en lojal kund</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="282" />
        <source>App version</source>
        <translation>Programversion</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="283" />
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="286" />
        <source>About these results</source>
        <translation>Om dessa resultat</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="341" />
        <source>What-if</source>
        <translation>Tänk om</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="436" />
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="437" />
        <source>Header row</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="438" />
        <source>Recognised layout</source>
        <translation>Igenkänd layout</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="439" />
        <source>Rows read</source>
        <translation>Lästa rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="440" />
        <source>Rows used</source>
        <translation>Använda rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="441" />
        <source>Amount from</source>
        <translation>Belopp från</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="442" />
        <source>Amount columns not used</source>
        <translation>Beloppskolumner som inte används</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="443" />
        <source>Customer id from</source>
        <translation>Kund-id från</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="444" />
        <source>Customer ids are e-mails (case ignored)</source>
        <translation>Kund-id:n är e-postadresser (versaler och gemener lika)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="445" />
        <source>Blank amounts counted as 0 (later lines of an order)</source>
        <translation>Tomma belopp räknade som 0 (senare rader i en order)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="446" />
        <source>Customer or date taken from the order's other lines</source>
        <translation>Kund eller datum hämtat från orderns andra rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="453" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="461" />
        <source>Column for %1</source>
        <translation>Kolumn för %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/io/workbook.py" line="463" />
        <source>%n row(s)</source>
        <translation><numerusform>%n rad</numerusform><numerusform>%n rader</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="465" />
        <source>, net amount %1</source>
        <translation>, nettobelopp %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="467" />
        <source>Left out: %1</source>
        <translation>Utelämnat: %1</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="469" />
        <source>Date order of %1</source>
        <translation>Datumordning för %1</translation>
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
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="517" />
        <source>Retention and churn (%)</source>
        <translation>Kundretention och churn rate (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="518" />
        <source>Net revenue retention (%)</source>
        <translation>Nettointäktsretention (NRR) (%)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="519" />
        <source>Revenue</source>
        <translation>Intäkter</translation>
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
        <translation>Prognos</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="561" />
        <source>Predicted customer value (BG/NBD and Gamma-Gamma)</source>
        <translation>Förväntat kundvärde (BG/NBD och Gamma-Gamma)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="575" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="584" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="594" />
        <source>not fitted</source>
        <translation>inte anpassad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="597" />
        <source>Model parameters (alpha in days)</source>
        <translation>Modellparametrar (alpha i dagar)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="600" />
        <source>Model check</source>
        <translation>Modellkontroll</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="637" />
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>key</source>
        <translation>nyckel</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>definition</source>
        <translation>definition</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="648" />
        <source>figures per period</source>
        <translation>siffror per period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="649" />
        <source>orders</source>
        <translation>ordrar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="650" />
        <source>NPS answers</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="657" />
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="658" />
        <source>week</source>
        <translation>vecka</translation>
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
        <translation>ordrar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="66" />
        <source>figures per period</source>
        <translation>siffror per period</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="67" />
        <source>NPS answers</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="70" />
        <source>day before month</source>
        <translation>dag före månad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="71" />
        <source>month before day</source>
        <translation>månad före dag</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="72" />
        <source>day before month (assumed: no day or month above 12 tells)</source>
        <translation>dag före månad (antaget: ingen dag eller månad över 12 avgör det)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="73" />
        <source>dates as stored in the file</source>
        <translation>datum som de är sparade i filen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="79" />
        <source>%n guest row(s) without a customer, %1</source>
        <translation><numerusform>%n gästrad utan kund, %1</numerusform><numerusform>%n gästrader utan kund, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="82" />
        <source>%n totals row(s)</source>
        <translation><numerusform>%n summarad</numerusform><numerusform>%n summarader</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="83" />
        <source>%n row(s): %1</source>
        <translation><numerusform>%n rad: %1</numerusform><numerusform>%n rader: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="90" />
        <source>%1 (computed for each row)</source>
        <translation>%1 (beräknat för varje rad)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="96" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="98" />
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="99" />
        <source>Header row</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="100" />
        <source>The sheet holds</source>
        <translation>Bladet innehåller</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="102" />
        <source>Known layout</source>
        <translation>Känt format</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="110" />
        <source>%1 (the customer ID)</source>
        <translation>%1 (kund-id)</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="117" />
        <source>Not used as the amount</source>
        <translation>Inte använd som belopp</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="118" />
        <source>Rows read</source>
        <translation>Lästa rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="119" />
        <source>Rows used</source>
        <translation>Använda rader</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="121" />
        <source>Left out</source>
        <translation>Utelämnat</translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="124" />
        <source>Refunds</source>
        <translation>Återbetalningar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="124" />
        <source>%n row(s) with a negative amount, %1; they lower revenue and are not orders</source>
        <translation><numerusform>%n rad med negativt belopp, %1; den minskar intäkterna och är ingen order</numerusform><numerusform>%n rader med negativt belopp, %1; de minskar intäkterna och är inte ordrar</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="128" />
        <source>Blank amounts</source>
        <translation>Tomma belopp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="128" />
        <source>%n blank amount(s) counted as 0: the order's amount is on another of its rows</source>
        <translation><numerusform>%n tomt belopp räknat som 0: orderns belopp står på en annan av dess rader</numerusform><numerusform>%n tomma belopp räknade som 0: orderns belopp står på en annan av dess rader</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="132" />
        <source>Dates in %1</source>
        <translation>Datum i %1</translation>
    </message>
</context>
</TS>
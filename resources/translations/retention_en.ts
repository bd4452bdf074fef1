<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_gui/app.py" line="75" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="76" />
        <source>Something unexpected went wrong. Your typed figures are still there; please save them. Details were written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="137" />
        <location filename="../../retention_gui/ui/dialogs.py" line="50" />
        <source>Retention Calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="190" />
        <source>About Retention Calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="192" />
        <source>&lt;p&gt;Measure, understand and improve customer retention.&lt;/p&gt;&lt;p&gt;Open source. Built with Qt, pandas, pyqtgraph and openpyxl.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CohortsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="102" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="104" />
        <source>+%n week(s)</source>
        <translation><numerusform>+%n week</numerusform><numerusform>+%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="105" />
        <source>+%n quarter(s)</source>
        <translation><numerusform>+%n quarter</numerusform><numerusform>+%n quarters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="106" />
        <source>+%n year(s)</source>
        <translation><numerusform>+%n year</numerusform><numerusform>+%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="108" />
        <source>+%n month(s)</source>
        <translation><numerusform>+%n month</numerusform><numerusform>+%n months</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="111" />
        <source>Average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="132" />
        <source>Cohorts need order data: import an order export (one row per order line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="146" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="149" />
        <source>Each row is the customers whose first order fell in that period; a column such as “%1” is the share of them who ordered again that long after. The last row is the average, weighted by cohort size. Darker blue is better; the start column is always 100 %.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../retention_gui/ui/panels/numbers.py" line="68" />
        <source>kr.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="182" />
        <source>Find a customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="188" />
        <source>Lapsed valuable customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="189" />
        <source>Show only customers who have stopped buying, the biggest spenders first: the people worth a win-back offer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="194" />
        <source>Export list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="195" />
        <source>Save the customers shown (id, orders, revenue, last order, status) as a CSV file, e.g. for a mail-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="215" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="215" />
        <source>lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="254" />
        <source>Customers need order data: import an order export.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="257" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="258" />
        <source>%n active</source>
        <translation><numerusform>%n active</numerusform><numerusform>%n active</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="261" />
        <source>%n shown</source>
        <translation><numerusform>%n shown</numerusform><numerusform>%n shown</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="278" />
        <source>lapsed-customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="278" />
        <source>customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="279" />
        <source>Export customer list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="280" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/tables.py" line="294" />
        <source>Saved %n customer(s) to %1</source>
        <translation><numerusform>Saved %n customer to %1</numerusform><numerusform>Saved %n customers to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="112" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="113" />
        <source>You have typed figures that are not saved. Save them first?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="137" />
        <source>Save project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="138" />
        <source>Retention projects (*.retention)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="150" />
        <source>Saving %1 once the work under way is done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="174" />
        <source>The project was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="198" />
        <source>Could not open the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="230" />
        <source>Restore unsaved work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="231" />
        <source>The app was closed without saving figures you typed (autosaved %1). Restore them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/document.py" line="240" />
        <source>Could not restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="306" />
        <source>Share of the customers you started with who are still customers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="307" />
        <source>Share of the customers you started with who left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="308" />
        <source>Share of recurring revenue lost to cancellations and downgrades.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="309" />
        <source>Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="310" />
        <source>What an average customer is worth over their whole time with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="311" />
        <source>What an average active customer spends in a period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="312" />
        <source>Share of active customers who bought more than once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="313" />
        <source>Would customers recommend you? From -100 to 100; above 0 is more fans than critics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="314" />
        <source>Share of units sold that came back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="315" />
        <source>How many days customers take to pay, on average.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="316" />
        <source>Average days between a customer's purchases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="317" />
        <source>Share of recent customers with several orders in the churn window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="318" />
        <source>Distinct customers in the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="319" />
        <source>Orders in the data (refunds are not orders).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="320" />
        <source>Revenue net of refunds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="321" />
        <source>Average value of one order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="322" />
        <source>Orders per customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="323" />
        <source>The middle value of the days between purchases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="324" />
        <source>Average retention rate over the periods where it is defined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="325" />
        <source>Average churn rate over the periods where it is defined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="326" />
        <source>Answers counted (blanks skipped).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="327" />
        <source>Blank answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="36" />
        <source>retained / customers at start × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="38" />
        <source>(customers at end − new) / customers at start × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="40" />
        <source>lost / customers at start × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="41" />
        <source>(churned + contraction) / revenue at start × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="43" />
        <source>(revenue at start − churned − contraction + expansion) / revenue at start × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="45" />
        <source>customer value × average lifespan (× gross margin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="48" />
        <source>average order value × purchase frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="50" />
        <source>repeat customers / active customers × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="52" />
        <source>(promoters − detractors) / answers × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="54" />
        <source>units returned / units sold × 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="55" />
        <source>receivables / credit sales × days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="56" />
        <source>mean of the days between a customer's consecutive purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="57" />
        <source>customers with enough orders in the window / customers with an order in the window × 100</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="39" />
        <source>Export results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="40" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="55" />
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="58" />
        <source>Results written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="65" />
        <location filename="../../retention_gui/ui/export_flow.py" line="91" />
        <source>Could not export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="66" />
        <source>%1 is open in another program or write-protected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="67" />
        <source>Close it and try again, or save under another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="68" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/export_flow.py" line="69" />
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForecastFlow</name>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="62" />
        <location filename="../../retention_gui/ui/forecast_flow.py" line="67" />
        <source>Forecasting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="66" />
        <source>Could not forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forecast_flow.py" line="67" />
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="56" />
        <source>Forecast: what your customers will buy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="66" />
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="67" />
        <source>How far ahead to forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="73" />
        <source>A krone next year is worth less than one today: the yearly rate that future value is discounted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="80" />
        <source>Your gross margin: the share of a sale you keep after the cost of the goods. 100 % counts revenue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="84" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="85" />
        <source>To check the model, it is also fitted without your last days of orders and compared with what really happened in them. 0: no check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="90" />
        <source>Forecast from this day: orders after it are left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="91" />
        <source>Run forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="97" />
        <source>Horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="98" />
        <source>Yearly discount rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="99" />
        <source>Gross margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="100" />
        <source>Model check: last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="101" />
        <source>As of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="131" />
        <source>Expected purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="132" />
        <source>Expected revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="133" />
        <source>Predicted customer value (CLV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="159" />
        <source>Search customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="177" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="178" />
        <source>Win back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="179" />
        <source>Can I trust it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="255" />
        <source>one purchase so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="285" />
        <source>&lt;b&gt;What a forecast needs&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="286" />
        <source>A forecast predicts how many purchases each customer will make and what they are worth, from their order history. It needs &lt;b&gt;order data&lt;/b&gt; (one row per order with customer, date and amount), at least &lt;b&gt;20 customers who bought on two different days&lt;/b&gt;, and at least &lt;b&gt;90 days&lt;/b&gt; of orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="291" />
        <source>Import your orders to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="293" />
        <source>These figures are per period, not per order, so there is nothing to forecast from. Import an order list from your shop or accounting system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="296" />
        <source>Choose the settings above and press &lt;b&gt;Run forecast&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="300" />
        <source>&lt;b&gt;No forecast for these orders.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="305" />
        <source>Import orders that cover a longer time, at least 90 days, or move the &lt;i&gt;As of&lt;/i&gt; date later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="308" />
        <source>Import orders that cover a longer time, so more customers have come back; at least 20 customers must have bought on two different days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="311" />
        <source>Move the &lt;i&gt;As of&lt;/i&gt; date to a day after your first orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="313" />
        <source>This happens with few or very uneven orders. More orders, over a longer time, usually let the model fit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast.py" line="322" />
        <source>the next %n month(s)</source>
        <translation><numerusform>the next %n month</numerusform><numerusform>the next %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast.py" line="324" />
        <location filename="../../retention_gui/ui/panels/forecast.py" line="340" />
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast.py" line="325" />
        <source>Over %1 from %2, for your %3. Customer value counts %4 of revenue (gross margin) and discounts by %5 a year.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="22" />
        <source>(days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="24" />
        <source>(periods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/headers.py" line="26" />
        <source>(points)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="175" />
        <source>How are these computed?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="127" />
        <location filename="../../retention_gui/ui/import_flow.py" line="177" />
        <source>Could not import the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="131" />
        <source>Choose a sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="132" />
        <source>The workbook has several sheets. Which one should be imported?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="142" />
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="101" />
        <location filename="../../retention_gui/ui/import_flow.py" line="142" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="97" />
        <source>Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="98" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="100" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="143" />
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="159" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="159" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="164" />
        <source>Could not compute the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="167" />
        <source>Cancelled: the results are those of the earlier settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="170" />
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_flow.py" line="178" />
        <source>Import failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSummaryBar</name>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="161" />
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="163" />
        <source>Everything the import read: the column of each item, the rows left out and why, and how dates were read</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="197" />
        <source>Read %1: %2 of %Ln row(s) used</source>
        <translation><numerusform>Read %1: %2 of %Ln row used</numerusform><numerusform>Read %1: %2 of %Ln rows used</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="201" />
        <source>amount: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="204" />
        <source>customer (e-mail): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="205" />
        <source>customer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="208" />
        <source>left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="211" />
        <source>%n refund row(s)</source>
        <translation><numerusform>%n refund row</numerusform><numerusform>%n refund rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="214" />
        <source>dates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="235" />
        <location filename="../../retention_gui/ui/import_summary.py" line="239" />
        <source>What was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="239" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImprovePanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="91" />
        <source>What to improve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="132" />
        <source>Many customers leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="133" />
        <source>More customers leave each period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="134" />
        <source>Few customers buy again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="135" />
        <source>Fewer customers buy again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="136" />
        <source>New customers rarely come back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="137" />
        <source>More critics than fans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="138" />
        <source>The share of critics is growing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="139" />
        <source>Many products come back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="140" />
        <source>Customers pay slowly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="141" />
        <source>Existing customers spend less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="142" />
        <source>Fewer loyal customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="143" />
        <source>Valuable customers are slipping away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="169" />
        <source>Type your figures or import a spreadsheet to get suggestions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/improve.py" line="173" />
        <source>&lt;b&gt;Nothing stands out - your figures are within the usual limits.&lt;/b&gt;&lt;br&gt;Suggestions appear here when churn, repeat purchases, NPS, returns, payment days or revenue from existing customers move the wrong way. Keep adding new periods to follow them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/improve.py" line="179" />
        <source>%n suggestion(s) from your figures, the most important first.</source>
        <translation><numerusform>%n suggestion from your figures, the most important first.</numerusform><numerusform>%n suggestions from your figures, the most important first.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="72" />
        <source>Type your figures on the left, or import a spreadsheet (Ctrl+I).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/window_layout.py" line="30" />
        <source>Quick form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/window_layout.py" line="31" />
        <source>Period table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="217" />
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="218" />
        <source>Retention Calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="224" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="280" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="295" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="302" />
        <source>Imported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="342" />
        <source>The new language is used the next time the app starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="30" />
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="30" />
        <source>Start again with an empty form and table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="31" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="32" />
        <source>Open a saved project or a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="33" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="34" />
        <source>Save the typed figures and settings as a project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="35" />
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="36" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="36" />
        <source>Import an Excel sheet or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="37" />
        <source>&amp;Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="37" />
        <source>Write the results to an Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="38" />
        <source>Open the &amp;sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="40" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="41" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="43" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="45" />
        <source>&amp;Paste rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="46" />
        <source>Paste rows copied from Excel into the period table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="47" />
        <source>&amp;Add row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="48" />
        <source>&amp;Remove rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="49" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="52" />
        <source>&amp;How are these computed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="53" />
        <source>&amp;About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="59" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="66" />
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="69" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="75" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="80" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="83" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="89" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/menus.py" line="105" />
        <source>Clear list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="50" />
        <source>Which column is which?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="53" />
        <source>Orders (one row per order line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="54" />
        <source>Figures per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="55" />
        <source>NPS survey answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="60" />
        <source>Not every column of %1 was recognised. Columns recognised by their names are chosen already; pick the column for the rest. Items marked * are needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="63" />
        <source>These columns were chosen the last time a sheet with the same column names was imported. Check them and press OK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="78" />
        <source>Amount = quantity × unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="80" />
        <source>For order lines with a quantity and a price per item (and no amount column): each row's amount is its quantity times its unit price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="107" />
        <source>Preview of the first rows, as they will be read:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="167" />
        <source>The column that identifies a customer: a customer number or ID. Rows without one are guest orders and are left out. Not needed when an e-mail column is chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="169" />
        <source>The customer's e-mail address. It is the customer ID when no customer ID column is chosen (compared without regard to case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="171" />
        <source>The date of the order: a date, a date and time, or a date written as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="172" />
        <source>The money of the row, before VAT and shipping if the file has it. Not a price per item: then use quantity × unit price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="174" />
        <source>How many items the row holds. Negative quantities are returns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="175" />
        <source>The price of one item. With a quantity, the amount is quantity × unit price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="176" />
        <source>Order or invoice number: rows with the same number are one order. Without it, a customer's rows on one day are one order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="178" />
        <source>The period: a date, a month such as "jan 2025", or a label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="179" />
        <source>The answer to "How likely are you to recommend us?", from 0 to 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="180" />
        <source>When the answer was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="257" />
        <source>Use quantity × unit price instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="259" />
        <source>%1 looks like a price per item, and the sheet has a quantity column: as the amount, revenue would be too low.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="271" />
        <source>Amount = quantity × unit price needs both columns; please pick: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="286" />
        <source>%1 (or %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="288" />
        <source>%1 (or quantity × unit price)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="103" />
        <source>The sheet holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="276" />
        <source>Please pick a column for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/mapping_dialog.py" line="280" />
        <source>Each column can be used for one item only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <location filename="../../retention_gui/ui/mapping_preview.py" line="97" />
        <source>No customer on this row: a guest order, left out of every figure.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="44" />
        <source>{value} is negative; this must be zero or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="45" />
        <source>{value} is not a whole number; answer counts must be whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="46" />
        <source>gross margin {value} is outside 0-100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="47" />
        <source>more customers retained than existed: end {end} - new {new} is more than start {start}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="50" />
        <source>fewer than zero retained: end {end} - new {new} is below 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="53" />
        <source>lost customers {lost} differs from start + new - end = {derived}; {lost} is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="56" />
        <source>repeat customers {repeat} are more than active customers {active}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="59" />
        <source>units returned {returned} are more than units sold {sold}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="62" />
        <source>the period label is empty; give every row a period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="63" />
        <source>this cell is empty; a value is needed here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="64" />
        <source>no column for '{column}' was found; add one, or map it in the import (command line: --map {column}=COLUMN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="67" />
        <source>'{value}' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="68" />
        <source>'{value}' is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="71" />
        <source>dates like '{value}' could be day-month or month-day; they were read as day-month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="74" />
        <source>'{value}' could mean thousands or decimals; it was read as {read:g} - check the column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="77" />
        <source>{count} more cells like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="79" />
        <source>'{value}' is not written the usual way here; it was read as {written} - check it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="82" />
        <source>'{value}' has its minus sign at the end; it was read as {written}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="85" />
        <source>'{value}' has a percent sign, but this is not a percent field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="88" />
        <source>{written} is read as {written} %; if you meant {percent} %, type {percent}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="91" />
        <source>not shown: the result is outside its possible range, so an input must be wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="94" />
        <source>not shown: an input it is computed from has an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="97" />
        <source>'{value}' is not an NPS answer; answers are whole numbers from 0 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="100" />
        <source>there are no orders (only refunds or no rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="101" />
        <source>there are no data rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="102" />
        <source>'{value}' is not a frequency; use one of {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="103" />
        <source>setting {setting} = {value} is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="105" />
        <source>churn above {threshold:g}% - look into why customers leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="106" />
        <source>NPS below {threshold:g} - more detractors than promoters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="107" />
        <source>NRR below {threshold:g}% - existing customers spend less than before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="108" />
        <source>DSO above {threshold:g} days - customers pay slowly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="110" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="111" />
        <source>'{suffix}' files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="114" />
        <source>the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="117" />
        <source>this file is password-protected; save an unprotected copy and import that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="120" />
        <source>the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="123" />
        <source>there is no sheet '{sheet}'; the sheets are: {sheets}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="124" />
        <source>every sheet in the file is hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="125" />
        <source>the sheet is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="126" />
        <source>no header row with known column names was found in the first {rows} rows; map the columns by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="129" />
        <source>the columns do not look like periods, orders or NPS answers: {columns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="132" />
        <source>these columns were not recognised and are ignored: {columns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="133" />
        <source>the sheet has formulas without saved results; open the file in Excel, save it, and import again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="136" />
        <source>this is not a readable project file ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="137" />
        <source>this project was saved by a newer version of the app (format {version}); update the app to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="140" />
        <source>the file contains XML entity declarations, which spreadsheets do not need and attacks use; it was not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="143" />
        <source>the percentages look like fractions (Excel percent cells): {value} was read as {percent:g} %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="146" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="147" />
        <source>the file could not be written ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="148" />
        <source>the file is open in another program or write-protected; close it or choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="152" />
        <source>the file is damaged or is not a real {suffix} file; open it in the program that made it and save it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="155" />
        <source>the results would overwrite the file being read; choose another name for the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="158" />
        <source>the first row with data has no column names; add a header row or map the columns by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="162" />
        <source>rows without a customer (guest orders): {rows}, net amount {amount:g}; they are left out of every figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="165" />
        <source>no row has a customer id ({rows} rows); map the column that identifies customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="168" />
        <source>the amount is empty and no other row of the same order has one; fill it in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="171" />
        <source>totals rows left out: {rows} (like '{label}'); the periods are counted on their own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="174" />
        <source>a periods sheet needs at least one column of figures besides the period (e.g. customers at start, revenue); found: {columns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="177" />
        <source>'{role}' is not a column role; use one of: {roles}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="178" />
        <source>there is no column '{column}' (give a header or an Excel letter); the columns are: {columns}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="182" />
        <source>there are no orders on or before {as_of}, so there is nothing to forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="183" />
        <source>the orders up to {as_of} span only {days} days; a forecast needs at least {needed} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="186" />
        <source>only {count} customers bought on more than one day up to {as_of}; a forecast needs at least {needed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="189" />
        <source>the purchase model could not be fitted to these orders; no forecast is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="192" />
        <source>the purchase model has no best fit for these orders (a parameter runs off to its limit); no forecast is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="195" />
        <source>the purchase model gave different answers from different starting points; no forecast is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="198" />
        <source>only {count} customers have repeat purchases with an amount; forecasting spend and value needs at least {needed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="201" />
        <source>the spend model could not be fitted; spend and value are not forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="204" />
        <source>spend per purchase varies too much between customers to forecast (q = {q} is not above 1); spend and value are not forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="210" />
        <source>{file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="211" />
        <source>sheet '{sheet}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="212" />
        <source>row {row}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="213" />
        <source>column {column}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="214" />
        <source>period {period}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="218" />
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="219" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="223" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="224" />
        <source>Periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="225" />
        <location filename="../../retention_gui/ui/export_flow.py" line="110" />
        <source>Customers at start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="226" />
        <source>Customers at end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="227" />
        <source>New customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="228" />
        <source>Lost customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="229" />
        <source>Retained customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="230" />
        <source>Reactivated customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="231" />
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="232" />
        <source>Orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="233" />
        <source>Active customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="234" />
        <source>Repeat customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="235" />
        <source>Recurring revenue at start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="236" />
        <source>Churned revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="237" />
        <source>Contraction revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="238" />
        <source>Expansion revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="239" />
        <source>Units sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="240" />
        <source>Units returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="241" />
        <source>Accounts receivable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="242" />
        <source>Credit sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="243" />
        <source>Days in period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="244" />
        <source>Promoters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="245" />
        <source>Passives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="246" />
        <source>Detractors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="247" />
        <source>Gross margin %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="248" />
        <source>Customer retention rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="249" />
        <source>Churn rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="250" />
        <source>Revenue churn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="251" />
        <source>Revenue churn %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="252" />
        <source>Gross revenue retention %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="253" />
        <source>Net revenue retention %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="254" />
        <source>Existing revenue growth %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="255" />
        <source>Average order value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="256" />
        <source>Purchase frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="257" />
        <source>Customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="258" />
        <source>Repeat purchase rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="259" />
        <source>Average lifespan (periods)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="260" />
        <source>Customer lifetime value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="261" />
        <source>Net Promoter Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="262" />
        <source>Return rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="263" />
        <source>Days sales outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="264" />
        <source>Days between purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="265" />
        <source>Median days between purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="266" />
        <source>Loyal customer rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="267" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="268" />
        <source>Mean retention rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="269" />
        <source>Mean churn rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="270" />
        <source>Customer ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="271" />
        <source>Order date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="272" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="273" />
        <source>Order ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="274" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="276" />
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="277" />
        <source>NPS answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="278" />
        <source>Answer date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="279" />
        <source>Responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="280" />
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="281" />
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="282" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="283" />
        <source>Cohort retention %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="284" />
        <source>First order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="285" />
        <source>Last order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="286" />
        <source>Days since last order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="287" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="289" />
        <source>Repeat purchase days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="290" />
        <source>Days from first to last purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="291" />
        <source>Days since first purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="292" />
        <source>Average repeat purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="293" />
        <source>Chance still a customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="294" />
        <source>Expected purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="295" />
        <source>Expected spend per purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="296" />
        <source>Predicted customer value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="297" />
        <source>Predicted revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="298" />
        <source>Value at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="299" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="300" />
        <source>Predicted purchases per customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="301" />
        <source>Actual purchases per customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="354" />
        <source>1 more cell like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="355" />
        <source>no row has a customer id (1 row); map the column that identifies customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="357" />
        <source>only 1 customer bought on more than one day up to {as_of}; a forecast needs at least {needed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="359" />
        <source>only 1 customer has repeat purchases with an amount; forecasting spend and value needs at least {needed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="361" />
        <source>no header row with known column names was found in the first row; map the columns by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="425" />
        <source>What-if: the value of better retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="426" />
        <source>Each period ahead: customers = customers before x (1 - churn / 100) + new customers; revenue = customers x customer value; profit = revenue x gross margin / 100. The baseline figures are averages of the last 12 periods with data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="427" />
        <source>Change the yellow cells to try your own scenario; every other number follows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="430" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="431" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="432" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="433" />
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="434" />
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="435" />
        <source>Periods averaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="436" />
        <source>Customers now (end of the last period)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="437" />
        <source>Churn down (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="438" />
        <source>New customers up %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="439" />
        <source>Customer value up %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="440" />
        <source>Periods ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="441" />
        <source>Customers (baseline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="442" />
        <source>Revenue (baseline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="443" />
        <source>Profit (baseline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="444" />
        <source>Customers (scenario)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="445" />
        <source>Revenue (scenario)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="446" />
        <source>Profit (scenario)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="447" />
        <source>Customers (difference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="448" />
        <source>Revenue (difference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="449" />
        <source>Profit (difference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="450" />
        <source>Sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="451" />
        <source>Customers after the last period ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="452" />
        <source>Revenue, sum of the periods ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="453" />
        <source>Profit, sum of the periods ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="454" />
        <source>New customers who come back %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="455" />
        <source>Share of critics %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="456" />
        <source>Valuable customers at risk %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="457" />
        <source>Advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="458" />
        <source>Nothing in your figures calls for advice right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="459" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="460" />
        <source>What to try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="461" />
        <source>Number to watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="467" />
        <source>not enough data for a what-if: no period has a churn rate (it needs customers at start, and lost customers or new customers and customers at end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="470" />
        <source>not enough data for a what-if: no period has new customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="471" />
        <source>not enough data for a what-if: no period has a customer value (it needs revenue, orders and active customers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="474" />
        <source>not enough data for a what-if: no period has customers at end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="475" />
        <source>the average churn rate is above 100% (more customers lost than there were); check lost customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="480" />
        <source>What-if over {periods} periods: churn down {churn_down:g} points, new customers up {new_up:g}%, customer value up {value_up:g}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="486" />
        <source>Churn was {value:.1f}% in {period}, above your limit of {threshold:g}%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="487" />
        <source>Ask the customers who leave why (a short call or a two-question e-mail), fix the most common reason first, and answer questions quickly by phone, e-mail and chat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="490" />
        <source>Churn has risen {periods} periods in a row, from {first:.1f}% in {from_period} to {value:.1f}% in {period}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="493" />
        <source>Find out what changed when churn began to rise (prices, delivery, service, a competitor) and ask recent leavers what made them go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="496" />
        <source>Only {value:.1f}% of active customers bought more than once (below {threshold:g}%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="499" />
        <source>Reward the second purchase: loyalty points, a discount on the next order or early access to new products for customers who come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="502" />
        <source>The repeat purchase rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="505" />
        <source>Send offers and reminders that fit what each group of customers bought before, instead of the same newsletter to everyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="508" />
        <source>Only {value:.1f}% of new customers ({returned} of {customers:.0f}) bought again in the period after their first order (below {threshold:g}%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="511" />
        <source>Follow up every first order: a thank-you, tips on getting the most out of the purchase, and a good reason to come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="514" />
        <source>NPS is {value:.0f}: more critics than fans (below {threshold:g}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="515" />
        <source>Contact the customers who answered 0-6, ask what went wrong, fix it and tell them you did.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="518" />
        <source>The share of critics (answers 0-6) has risen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="521" />
        <source>Read what the latest critics wrote, act on the most frequent complaint, and thank each of them personally for the feedback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="524" />
        <source>{value:.1f}% of the units sold in {period} came back (above {threshold:g}%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="527" />
        <source>Look at the most returned products: fix quality problems, and make descriptions, sizes and photos match what arrives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="530" />
        <source>Customers took {value:.0f} days to pay in {period} (above {threshold:g} days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="533" />
        <source>Send invoices at once, remind kindly before the due date, and offer automatic payment or a subscription where it fits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="536" />
        <source>Net revenue retention was {value:.1f}% in {period}: existing customers bring in less than before (below {threshold:g}%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="539" />
        <source>Check in with existing customers before they cut back, and offer upgrades or add-ons that fit how they use you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="542" />
        <source>The loyal customer rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="545" />
        <source>Give regular customers a reason to stay: a simple loyalty programme, member prices, a referral bonus or a customer community.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="548" />
        <source>{count:.0f} of your {total:.0f} most valuable customers ({value:.0f}%) look likely to slip away; together they have spent {amount:.0f} {currency} with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="551" />
        <source>Contact them personally before they are gone: a call or a personal note with a win-back offer made for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="554" />
        <source>Number to watch: {metric}, now {value}; it should fall if this works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="555" />
        <source>Number to watch: {metric}, now {value}; it should rise if this works.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelCheckView</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="102" />
        <source>Repeat purchase days before the check period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="103" />
        <source>Purchases per customer in the check period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="104" />
        <source>By how often customers had bought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="105" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="106" />
        <source>Repeat purchases, total so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="107" />
        <source>Repeat purchases over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="116" />
        <source>check starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="127" />
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="128" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="146" />
        <source>Set &lt;i&gt;Model check: last&lt;/i&gt; to a number of days and press &lt;b&gt;Run forecast&lt;/b&gt;: the model is then also fitted without those days and compared with what really happened in them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="153" />
        <source>No model check: without the last %1 the model cannot be fitted (%2). Try fewer days.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="154" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="181" />
        <source>the last %n day(s)</source>
        <translation><numerusform>the last %n day</numerusform><numerusform>the last %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_check.py" line="182" />
        <source>The model expected &lt;b&gt;%1&lt;/b&gt; purchases in %2; there were &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="40" />
        <source>Which period the cards show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="43" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="97" />
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="99" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="223" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="359" />
        <source>Last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="99" />
        <location filename="../../retention_gui/ui/panels/overview.py" line="223" />
        <source>Last 12 periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="189" />
        <source>No customer can be counted as lost until one churn window (%1 days) after the first order: %2 to %3 show 100 % retention and 0 % churn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="218" />
        <source>all answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="218" />
        <source>all data</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="225" />
        <source>sum of %n period(s)</source>
        <translation><numerusform>sum of %n period</numerusform><numerusform>sum of %n periods</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="227" />
        <source>from the answers of %n period(s)</source>
        <translation><numerusform>from the answers of %n period</numerusform><numerusform>from the answers of %n periods</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="229" />
        <source>mean of %n period(s)</source>
        <translation><numerusform>mean of %n period</numerusform><numerusform>mean of %n periods</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="233" />
        <source>%1 promoters · %2 passives · %3 detractors (%4 answers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="238" />
        <source>in the first churn window: no one can be lost yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="264" />
        <source>the 12 months before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="264" />
        <source>the 12 periods before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="266" />
        <source>%1 NPS points vs %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="268" />
        <source>%1 points vs %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="270" />
        <source>%1 % vs %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="296" />
        <source>%1 and %2 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="301" />
        <source>Click to see what you can do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="323" />
        <source>not enough data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="341" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 orders, revenue %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="363" />
        <source>&lt;b&gt;%1 customers&lt;/b&gt;, %2 orders, revenue %3 - latest period shown on each card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="368" />
        <source>&lt;b&gt;%1 answers&lt;/b&gt; (%2 blank).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="372" />
        <source>&lt;b&gt;%n period(s)&lt;/b&gt; - the latest period with a value is shown on each card.</source>
        <translation><numerusform>&lt;b&gt;%n period&lt;/b&gt; - the latest period with a value is shown on each card.</numerusform><numerusform>&lt;b&gt;%n periods&lt;/b&gt; - the latest period with a value is shown on each card.</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="46" />
        <source>kr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="88" />
        <source>Imported from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="143" />
        <source>Edit cell</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_model.py" line="218" />
        <source>Paste %n row(s)</source>
        <translation><numerusform>Paste %n row</numerusform><numerusform>Paste %n rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_model.py" line="240" />
        <source>Replace periods</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_undo.py" line="44" />
        <source>Add %n row(s)</source>
        <translation><numerusform>Add %n row</numerusform><numerusform>Add %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_undo.py" line="59" />
        <source>Remove %n row(s)</source>
        <translation><numerusform>Remove %n row</numerusform><numerusform>Remove %n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>PeriodTablePanel</name>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="172" />
        <source>Add row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="173" />
        <source>Add an empty period at the end (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="176" />
        <source>Remove rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="177" />
        <source>Remove the selected periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="179" />
        <source>One row per period. Paste a block copied from Excel with Ctrl+V.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="194" />
        <source>The clipboard is empty.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/period_table.py" line="207" />
        <source>Pasted %n row(s).</source>
        <translation><numerusform>Pasted %n row.</numerusform><numerusform>Pasted %n rows.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/period_table.py" line="298" />
        <source>Values in italics are as imported from %1; values you type are upright.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemCountButton</name>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="187" />
        <source>Show the list of problems</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="199" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n input error</numerusform><numerusform>%n input errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="201" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="64" />
        <source>Problems in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="68" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="69" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="73" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="73" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/dialogs.py" line="89" />
        <source>%n problem(s) found in %1. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</source>
        <translation><numerusform>%n problem found in %1. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</numerusform><numerusform>%n problems found in %1. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="93" />
        <source>Notes about %2 (the figures were computed):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../retention_gui/ui/problems_dock.py" line="14" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="83" />
        <source>Errors and warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="84" />
        <source>Errors only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="85" />
        <source>Warnings only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="93" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="94" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="105" />
        <source>No problems: every figure could be read and checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="124" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="124" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/problems.py" line="142" />
        <source>No problems</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="150" />
        <source>%n input error(s)</source>
        <translation><numerusform>%n input error</numerusform><numerusform>%n input errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/problems.py" line="152" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="60" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="61" />
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="63" />
        <source>Products and payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="65" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="70" />
        <source>Type the figures of one period from your books. Leave a field empty if you do not have it; results appear on the right as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="83" />
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="106" />
        <source>…or paste raw answers 0-10, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="107" />
        <source>Paste a column of survey answers (0-10). They are counted as promoters (9-10), passives (7-8) and detractors (0-6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="116" />
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="130" />
        <source>Customers you had on the first day of the period (S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="131" />
        <source>Customers you had on the last day of the period (E).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="132" />
        <source>Customers who joined during the period (N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="133" />
        <source>Customers who left (L). Left empty, it is worked out as start + new - end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="134" />
        <source>Total revenue in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="135" />
        <source>Number of orders (purchases) in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="136" />
        <source>Distinct customers who bought in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="137" />
        <source>Of the active customers, those who bought more than once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="138" />
        <source>Recurring revenue from existing customers at the start (e.g. MRR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="139" />
        <source>Recurring revenue lost from customers who left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="140" />
        <source>Revenue lost from downgrades of customers who stayed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="141" />
        <source>Revenue gained from upgrades of customers who stayed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="142" />
        <source>Gross margin in percent (0-100). CLV is multiplied by it when given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="143" />
        <source>Product units sold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="144" />
        <source>Product units returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="145" />
        <source>Money customers owe you at the end of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="146" />
        <source>Sales on credit (invoices) in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="147" />
        <source>Calendar days in the period; 30 when empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="148" />
        <source>Answers of 9 or 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="149" />
        <source>Answers of 7 or 8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="150" />
        <source>Answers from 0 to 6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="175" />
        <source>This period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="213" />
        <location filename="../../retention_gui/ui/forms.py" line="252" />
        <source>'%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/forms.py" line="271" />
        <source>Not an answer from 0 to 10 on line(s) %1</source>
        <translation><numerusform>Not an answer from 0 to 10 on line %1</numerusform><numerusform>Not an answer from 0 to 10 on lines %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="37" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="38" />
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="39" />
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="40" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="41" />
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="42" />
        <source>What-if</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="43" />
        <source>Improve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="44" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="45" />
        <source>Who will buy again, who is slipping away, and what each customer is worth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="46" />
        <source>What keeping more customers is worth over the next 12 periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="47" />
        <source>What to do now: suggestions from your own numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="66" />
        <source>Save plot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="66" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="71" />
        <source>Save plotted numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/results.py" line="72" />
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="107" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="110" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="110" />
        <source>Week (ISO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="111" />
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="111" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="117" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="119" />
        <source>A customer counts as alive while their last order is at most this many days old.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="127" />
        <source>Warn when churn is above (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="128" />
        <source>Warn when NPS is below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="129" />
        <source>Warn when NRR is below (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="130" />
        <source>Warn when DSO is above (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="132" />
        <source>Period length for orders and dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="133" />
        <source>Churn window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="134" />
        <source>Orders that make a customer loyal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="135" />
        <source>Currency symbol</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="19" />
        <source>&lt;h1&gt;Retention Calculator&lt;/h1&gt;&lt;p&gt;See how many customers stay, what they are worth, and where to improve.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="24" />
        <source>Try the sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="27" />
        <source>Import a spreadsheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/start_page.py" line="36" />
        <source>…or type your figures in the form on the left, or drop an Excel file here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../retention_gui/ui/tasks.py" line="156" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendPlots</name>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="64" />
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="74" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="65" />
        <source>Percent (%) / NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="65" />
        <source>Percent (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="67" />
        <source>Amount (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="67" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="69" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="72" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="72" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="81" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="122" />
        <source>limit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="131" />
        <source>no one can be lost yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="134" />
        <source>The first churn window: no customer can be counted as lost until one churn window after the first order, so retention is 100 % here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trend_plots.py" line="142" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="75" />
        <source>Tick the figures to plot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="86" />
        <source>Move the mouse over the plot to read the values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="95" />
        <source>Save as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="96" />
        <source>Save as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="97" />
        <source>Save the plot as a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="98" />
        <source>Save the plotted numbers as a CSV file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="57" />
        <source>What-if: the value of better retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="69" />
        <source> points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="70" />
        <source>How many percentage points lower churn is each period in the scenario (5 % churn down 1 point is 4 %). Negative: churn goes up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="73" />
        <source>How many percent more new customers you win each period in the scenario. Negative: fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="76" />
        <source>How many percent more an average customer spends each period in the scenario. Negative: less.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="78" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="80" />
        <source>Back to one point less churn and no other change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="82" />
        <source>Your scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="86" />
        <source>Churn down by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="87" />
        <source>New customers up by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="88" />
        <source>Customer value up by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="253" />
        <source>&lt;b&gt;Nothing to project yet.&lt;/b&gt;&lt;br&gt;Type your figures or import a spreadsheet to see what better retention is worth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="259" />
        <source>Not enough data for a what-if.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif.py" line="272" />
        <source>Profit is not shown: no period has a gross margin. Add one to see what the change earns after costs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatIfPlots</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="55" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="106" />
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="107" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="113" />
        <source>Revenue, scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="114" />
        <source>Revenue, baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="116" />
        <source>Profit, scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_plot.py" line="117" />
        <source>Profit, baseline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="53" />
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="56" />
        <source>Customers after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="57" />
        <source>Revenue over %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="58" />
        <source>Profit over %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="59" />
        <source>Customer lifetime value (CLV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="63" />
        <source>Amount (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="63" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="83" />
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="85" />
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="87" />
        <source>%n quarter(s)</source>
        <translation><numerusform>%n quarter</numerusform><numerusform>%n quarters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="89" />
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="90" />
        <source>%n period(s)</source>
        <translation><numerusform>%n period</numerusform><numerusform>%n periods</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="96" />
        <source>the next %n month(s)</source>
        <translation><numerusform>the next %n month</numerusform><numerusform>the next %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="98" />
        <source>the next %n week(s)</source>
        <translation><numerusform>the next %n week</numerusform><numerusform>the next %n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="100" />
        <source>the next %n quarter(s)</source>
        <translation><numerusform>the next %n quarter</numerusform><numerusform>the next %n quarters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="102" />
        <source>the next %n year(s)</source>
        <translation><numerusform>the next %n year</numerusform><numerusform>the next %n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="103" />
        <source>the next %n period(s)</source>
        <translation><numerusform>the next %n period</numerusform><numerusform>the next %n periods</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="108" />
        <source>Months ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="110" />
        <source>Weeks ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="112" />
        <source>Quarters ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="114" />
        <source>Years ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="115" />
        <source>Periods ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="120" />
        <source>No period has a churn rate. It needs the customers at the start of a period and either the lost customers, or the new customers and the customers at the end. Add those figures for at least one period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="123" />
        <source>No period has new customers. Add how many new customers each period brought, or import your orders and they are counted for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="125" />
        <source>No period has a customer value. It needs the revenue, the orders and the active customers of at least one period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="127" />
        <source>No period has the customers at the end. Add how many customers you had at the end of each period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="129" />
        <source>The average churn rate is above 100 % - more customers lost than there were - so a projection would make no sense. Check the lost customers.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="138" />
        <source>Starting point, the average of your last %n period(s)</source>
        <translation><numerusform>Starting point, the average of your last %n period</numerusform><numerusform>Starting point, the average of your last %n periods</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="140" />
        <source>%1 up to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="142" />
        <source>churn %1 per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="143" />
        <source>%1 new customers per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="144" />
        <source>customer value %1 per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="145" />
        <source>%1 customers now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="148" />
        <source>gross margin %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="184" />
        <source>keeping 1 percentage point more of your customers each period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="185" />
        <source>keeping %1 percentage points more of your customers each period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="187" />
        <source>losing 1 percentage point more of your customers each period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="188" />
        <source>losing %1 percentage points more of your customers each period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="191" />
        <source>winning %1 more new customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="193" />
        <source>winning %1 fewer new customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="196" />
        <source>customers spending %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="198" />
        <source>customers spending %1 less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="205" />
        <source>Change a number under &lt;b&gt;Your scenario&lt;/b&gt; to see what it is worth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="209" />
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="218" />
        <source>%1 changes nothing over %2 (churn cannot go below 0 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="222" />
        <source>%1 is worth %2 in profit (%3 in revenue) over %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="223" />
        <source>%1 costs %2 in profit (%3 in revenue) over %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="225" />
        <source>%1 is worth %2 in revenue over %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/whatif_words.py" line="226" />
        <source>%1 costs %2 in revenue over %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WinBackPage</name>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="32" />
        <source>Export for mail tool…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="33" />
        <source>Save the list as CSV or Excel, to import in your newsletter or mail tool</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="55" />
        <source>%n customer(s) who spent well with you but have probably stopped buying, most money at risk first. A personal offer may bring them back.</source>
        <translation><numerusform>%n customer who spent well with you but have probably stopped buying, most money at risk first. A personal offer may bring them back.</numerusform><numerusform>%n customers who spent well with you but have probably stopped buying, most money at risk first. A personal offer may bring them back.</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="57" />
        <source>No customer with a past purchase is likely to have stopped buying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="69" />
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="84" />
        <source>Export win-back list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="69" />
        <source>win-back.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="70" />
        <source>CSV for mail tools (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/forecast_winback.py" line="85" />
        <source>The list could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="107" />
        <source>(customers at end - new customers) / customers at start x 100; from orders: retained / customers at start x 100. Empty when customers at start is 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="108" />
        <source>lost customers / customers at start x 100 (lost = start + new - end when not given). Empty when customers at start is 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="109" />
        <source>churned revenue + contraction revenue (an amount).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="110" />
        <source>(churned + contraction) / recurring revenue at start x 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="111" />
        <source>(revenue at start - churned - contraction) / revenue at start x 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="112" />
        <source>(revenue at start - churned - contraction + expansion) / revenue at start x 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="113" />
        <source>net revenue retention - 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="114" />
        <source>revenue / orders (average purchase value).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="115" />
        <source>orders / active customers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="116" />
        <source>average order value x purchase frequency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="117" />
        <source>repeat customers / active customers x 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="118" />
        <source>100 / churn rate (in periods). Empty when churn is 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="119" />
        <source>customer value x average lifespan (x gross margin / 100 when given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="120" />
        <source>(promoters - detractors) / (promoters + passives + detractors) x 100, from -100 to 100. Promoters answer 9-10, passives 7-8, detractors 0-6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="121" />
        <source>units returned / units sold x 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="122" />
        <source>accounts receivable / credit sales x days in the period (days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="123" />
        <source>mean of the days between a customer's consecutive distinct order dates, over gaps ending in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="124" />
        <source>customers with at least the loyal minimum of orders in the churn window / customers with an order in the window x 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="125" />
        <source>from orders: customers alive on the day before the period starts (an order within the churn window up to that day).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="126" />
        <source>from orders: customers alive on the last day of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="127" />
        <source>from orders: customers alive at the end who were not alive at the start and are not new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="128" />
        <source>rows: the period of a customer's first order; column +k: share of that cohort with an order k periods later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="204" />
        <location filename="../../retention_gui/io/workbook.py" line="511" />
        <location filename="../../retention_gui/selftest.py" line="140" />
        <source>Periods</source>
        <extracomment>Environment variable naming a PNG file the self-test saves the window to.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="235" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="236" />
        <source>Retention Calculator - results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="248" />
        <source>all data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="251" />
        <source>all answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="252" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="252" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="253" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="253" />
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="265" />
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="267" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="277" />
        <source>Source file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="277" />
        <source>typed in the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="278" />
        <source>Kind of data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="279" />
        <source>Frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="280" />
        <source>Churn window (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="281" />
        <source>Loyal minimum orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="282" />
        <source>App version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="283" />
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="286" />
        <source>About these results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="341" />
        <source>What-if</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="436" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="437" />
        <source>Header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="438" />
        <source>Recognised layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="439" />
        <source>Rows read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="440" />
        <source>Rows used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="441" />
        <source>Amount from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="442" />
        <source>Amount columns not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="443" />
        <source>Customer id from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="444" />
        <source>Customer ids are e-mails (case ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="445" />
        <source>Blank amounts counted as 0 (later lines of an order)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="446" />
        <source>Customer or date taken from the order's other lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="453" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="461" />
        <source>Column for %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/io/workbook.py" line="463" />
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="465" />
        <source>, net amount %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="467" />
        <source>Left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="469" />
        <source>Date order of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="474" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="474" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="479" />
        <location filename="../../retention_gui/io/workbook.py" line="641" />
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="513" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="517" />
        <source>Retention and churn (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="518" />
        <source>Net revenue retention (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="519" />
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="520" />
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="521" />
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="560" />
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="561" />
        <source>Predicted customer value (BG/NBD and Gamma-Gamma)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="575" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="584" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="594" />
        <source>not fitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="597" />
        <source>Model parameters (alpha in days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="600" />
        <source>Model check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="637" />
        <source>Definitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="638" />
        <source>definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="648" />
        <source>figures per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="649" />
        <source>orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="650" />
        <source>NPS answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="657" />
        <source>month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="658" />
        <source>week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="659" />
        <source>quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/io/workbook.py" line="660" />
        <source>year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="66" />
        <source>orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="66" />
        <source>figures per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="67" />
        <source>NPS answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="70" />
        <source>day before month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="71" />
        <source>month before day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="72" />
        <source>day before month (assumed: no day or month above 12 tells)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="73" />
        <source>dates as stored in the file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="79" />
        <source>%n guest row(s) without a customer, %1</source>
        <translation><numerusform>%n guest row without a customer, %1</numerusform><numerusform>%n guest rows without a customer, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="82" />
        <source>%n totals row(s)</source>
        <translation><numerusform>%n totals row</numerusform><numerusform>%n totals rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="83" />
        <source>%n row(s): %1</source>
        <translation><numerusform>%n row: %1</numerusform><numerusform>%n rows: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="90" />
        <source>%1 (computed for each row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="96" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="98" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="99" />
        <source>Header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="100" />
        <source>The sheet holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="102" />
        <source>Known layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="110" />
        <source>%1 (the customer ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="117" />
        <source>Not used as the amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="118" />
        <source>Rows read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="119" />
        <source>Rows used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="121" />
        <source>Left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="124" />
        <source>Refunds</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="124" />
        <source>%n row(s) with a negative amount, %1; they lower revenue and are not orders</source>
        <translation><numerusform>%n row with a negative amount, %1; they lower revenue and are not orders</numerusform><numerusform>%n rows with a negative amount, %1; they lower revenue and are not orders</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="128" />
        <source>Blank amounts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/import_summary.py" line="128" />
        <source>%n blank amount(s) counted as 0: the order's amount is on another of its rows</source>
        <translation><numerusform>%n blank amount counted as 0: the order's amount is on another of its rows</numerusform><numerusform>%n blank amounts counted as 0: the order's amount is on another of its rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/import_summary.py" line="132" />
        <source>Dates in %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>App</name>
    <message>
        <location filename="../../retention_gui/app.py" line="61"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/app.py" line="62"/>
        <source>Something unexpected went wrong. Your typed figures are still there; please save them. Details were written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="44"/>
        <location filename="../../retention_gui/ui/panels/tables.py" line="71"/>
        <source>Each row is the customers whose first order fell in that period; column +k is the share of them who ordered again k periods later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="62"/>
        <source>Cohorts need order data: import an order export (one row per order line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="87"/>
        <source>Find a customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="103"/>
        <source>Customers need order data: import an order export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/tables.py" line="106"/>
        <source>%1 customers, %2 alive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="28"/>
        <source>Share of the customers you started with who are still customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="29"/>
        <source>Share of the customers you started with who left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="30"/>
        <source>Share of recurring revenue lost to cancellations and downgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="31"/>
        <source>Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="32"/>
        <source>What an average customer is worth over their whole time with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="33"/>
        <source>What an average active customer spends in a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="34"/>
        <source>Share of active customers who bought more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="35"/>
        <source>Would customers recommend you? From -100 to 100; above 0 is more fans than critics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="36"/>
        <source>Share of units sold that came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="37"/>
        <source>How many days customers take to pay, on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="38"/>
        <source>Average days between a customer&apos;s purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="39"/>
        <source>Share of recent customers with several orders in the churn window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="61"/>
        <source>retained / customers at start × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="63"/>
        <source>(customers at end − new) / customers at start × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="65"/>
        <source>lost / customers at start × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="66"/>
        <source>(churned + contraction) / revenue at start × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="68"/>
        <source>(revenue at start − churned − contraction + expansion) / revenue at start × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="70"/>
        <source>customer value × average lifespan (× gross margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="73"/>
        <source>average order value × purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="75"/>
        <source>repeat customers / active customers × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="77"/>
        <source>(promoters − detractors) / answers × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="79"/>
        <source>units returned / units sold × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="80"/>
        <source>receivables / credit sales × days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="81"/>
        <source>mean of the days between a customer&apos;s consecutive purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="82"/>
        <source>customers with enough orders in the window / customers with an order in the window × 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/explain.py" line="89"/>
        <source>
&lt;h2&gt;How are these computed?&lt;/h2&gt;
&lt;p&gt;Every number follows the project&apos;s reference definitions (METRICS.md). S, E, N and L are the customers at
the start and end of the period, the new customers and the lost customers.&lt;/p&gt;
&lt;table cellpadding=&quot;4&quot;&gt;
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="284"/>
        <source>How are these computed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="122"/>
        <source>Retention Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="129"/>
        <source>Type your figures on the left, or import a spreadsheet (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="144"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="145"/>
        <source>Add an empty period at the end (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="148"/>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="149"/>
        <source>Remove the selected periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="151"/>
        <source>One row per period. Paste a block copied from Excel with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="164"/>
        <source>Quick form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="165"/>
        <source>Period table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="176"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="177"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="178"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="179"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="180"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="185"/>
        <source>&lt;h1&gt;Retention Calculator&lt;/h1&gt;&lt;p&gt;See how many customers stay, what they are worth, and where to improve.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="190"/>
        <source>Try the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="193"/>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="202"/>
        <source>…or type your figures in the form on the left, or drop an Excel file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="235"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="236"/>
        <source>Start again with an empty form and table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="237"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="238"/>
        <source>Open a saved project or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="239"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="240"/>
        <source>Save the typed figures and settings as a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="241"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="242"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="243"/>
        <source>Import an Excel sheet or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="244"/>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="245"/>
        <source>Write the results to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="246"/>
        <source>Open the &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="248"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="251"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="253"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="255"/>
        <source>&amp;Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="256"/>
        <source>Paste rows copied from Excel into the period table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="257"/>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="258"/>
        <source>&amp;Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="259"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="262"/>
        <source>&amp;How are these computed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="263"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="270"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="277"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="280"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="286"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="291"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="306"/>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="378"/>
        <source>%n input error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="380"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="390"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="399"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="400"/>
        <source>You have typed figures that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="421"/>
        <source>Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="422"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="427"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="428"/>
        <location filename="../../retention_gui/ui/main_window.py" line="467"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="452"/>
        <location filename="../../retention_gui/ui/main_window.py" line="521"/>
        <source>Could not import the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="456"/>
        <source>Choose a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="457"/>
        <source>The workbook has several sheets. Which one should be imported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="464"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="465"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="478"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="499"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="514"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="522"/>
        <source>Import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="544"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="562"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="575"/>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="576"/>
        <source>Retention projects (*.retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="593"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="602"/>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="620"/>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/main_window.py" line="634"/>
        <source>Pasted %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="683"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="684"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="702"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="708"/>
        <source>Results written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="717"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="721"/>
        <source>Save plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="721"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="726"/>
        <source>Save plotted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/main_window.py" line="726"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="67"/>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="70"/>
        <source>Orders (one row per order line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="71"/>
        <source>Figures per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="72"/>
        <source>NPS survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="88"/>
        <source>Some columns of %1 were not recognised. Pick the column that holds each item; items marked * are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="94"/>
        <source>The sheet holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="97"/>
        <source>Preview of the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="150"/>
        <source>Please pick a column for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="153"/>
        <source>Each column can be used for one item only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../retention_gui/messages.py" line="40"/>
        <source>{value} is negative; this must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="41"/>
        <source>{value} is not a whole number; answer counts must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="42"/>
        <source>gross margin {value} is outside 0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="43"/>
        <source>more customers retained than existed: end {end} - new {new} is more than start {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="46"/>
        <source>fewer than zero retained: end {end} - new {new} is below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="49"/>
        <source>lost customers {lost} differs from start + new - end = {derived}; {lost} is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="52"/>
        <source>repeat customers {repeat} are more than active customers {active}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="55"/>
        <source>units returned {returned} are more than units sold {sold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="58"/>
        <source>the period label is empty; give every row a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="59"/>
        <source>this cell is empty; a value is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="60"/>
        <source>no column for &apos;{column}&apos; was found; add one or map it in the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="61"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="62"/>
        <source>&apos;{value}&apos; is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="65"/>
        <source>dates like &apos;{value}&apos; could be day-month or month-day; they were read as day-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="68"/>
        <source>{count} more cells like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="69"/>
        <source>&apos;{value}&apos; is not an NPS answer; answers are whole numbers from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="72"/>
        <source>there are no orders (only refunds or no rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="73"/>
        <source>there are no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="74"/>
        <source>&apos;{value}&apos; is not a frequency; use one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="75"/>
        <source>setting {setting} = {value} is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="77"/>
        <source>churn above {threshold:g}% - look into why customers leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="78"/>
        <source>NPS below {threshold:g} - more detractors than promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="79"/>
        <source>NRR below {threshold:g}% - existing customers spend less than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="80"/>
        <source>DSO above {threshold:g} days - customers pay slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="82"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="83"/>
        <source>&apos;{suffix}&apos; files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="86"/>
        <source>the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="89"/>
        <source>this file is password-protected; save an unprotected copy and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="92"/>
        <source>the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="95"/>
        <source>there is no sheet &apos;{sheet}&apos;; the sheets are: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="96"/>
        <source>every sheet in the file is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="97"/>
        <source>the sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="98"/>
        <source>no header row with known column names was found in the first {rows} rows; map the columns by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="101"/>
        <source>the columns do not look like periods, orders or NPS answers: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="104"/>
        <source>these columns were not recognised and are ignored: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="105"/>
        <source>the sheet has formulas without saved results; open the file in Excel, save it, and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="108"/>
        <source>this is not a readable project file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="109"/>
        <source>this project was saved by a newer version of the app (format {version}); update the app to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="112"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="113"/>
        <source>the file could not be written ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="114"/>
        <source>the file is open in another program or write-protected; close it or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="120"/>
        <source>{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="121"/>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="122"/>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="123"/>
        <source>column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="124"/>
        <source>period {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="128"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="129"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="133"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="134"/>
        <source>Customers at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="135"/>
        <source>Customers at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="136"/>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="137"/>
        <source>Lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="138"/>
        <source>Retained customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="139"/>
        <source>Reactivated customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="140"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="141"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="142"/>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="143"/>
        <source>Repeat customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="144"/>
        <source>Recurring revenue at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="145"/>
        <source>Churned revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="146"/>
        <source>Contraction revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="147"/>
        <source>Expansion revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="148"/>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="149"/>
        <source>Units returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="150"/>
        <source>Accounts receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="151"/>
        <source>Credit sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="152"/>
        <source>Days in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="153"/>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="154"/>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="155"/>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="156"/>
        <source>Gross margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="157"/>
        <source>Customer retention rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="158"/>
        <source>Churn rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="159"/>
        <source>Revenue churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="160"/>
        <source>Revenue churn %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="161"/>
        <source>Gross revenue retention %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="162"/>
        <source>Net revenue retention %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="163"/>
        <source>Existing revenue growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="164"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="165"/>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="166"/>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="167"/>
        <source>Repeat purchase rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="168"/>
        <source>Average lifespan (periods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="169"/>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="170"/>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="171"/>
        <source>Return rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="172"/>
        <source>Days sales outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="173"/>
        <source>Days between purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="174"/>
        <source>Median days between purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="175"/>
        <source>Loyal customer rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="176"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="177"/>
        <source>Mean retention rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="178"/>
        <source>Mean churn rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="179"/>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="180"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="181"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="182"/>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="183"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="184"/>
        <source>NPS answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="185"/>
        <source>Answer date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="186"/>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="187"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="188"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="189"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="190"/>
        <source>First order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="191"/>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="192"/>
        <source>Days since last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/messages.py" line="193"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="105"/>
        <source>all answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="108"/>
        <source>all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="110"/>
        <source>not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="126"/>
        <source>&lt;b&gt;%1 customers&lt;/b&gt;, %2 orders, revenue %3 - latest period shown on each card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/overview.py" line="131"/>
        <source>&lt;b&gt;%1 answers&lt;/b&gt; (%2 blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/panels/overview.py" line="134"/>
        <source>&lt;b&gt;%n period(s)&lt;/b&gt; - the latest period with a value is shown on each card.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../retention_gui/ui/models.py" line="170"/>
        <source>Edit cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="198"/>
        <source>Paste %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/models.py" line="211"/>
        <source>Replace periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="298"/>
        <source>Add %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../retention_gui/ui/models.py" line="312"/>
        <source>Remove %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="174"/>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="178"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="179"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="183"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="183"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="199"/>
        <source>%1 problem(s) found in %2. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="201"/>
        <source>Notes about %2 (the figures were computed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="41"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="42"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="44"/>
        <source>Products and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="46"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="51"/>
        <source>Type the figures of one period from your books. Leave a field empty if you do not have it; results appear on the right as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="64"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="87"/>
        <source>…or paste raw answers 0-10, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="88"/>
        <source>Paste a column of survey answers (0-10). They are counted as promoters (9-10), passives (7-8) and detractors (0-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="97"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="111"/>
        <source>Customers you had on the first day of the period (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="112"/>
        <source>Customers you had on the last day of the period (E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="113"/>
        <source>Customers who joined during the period (N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="114"/>
        <source>Customers who left (L). Left empty, it is worked out as start + new - end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="115"/>
        <source>Total revenue in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="116"/>
        <source>Number of orders (purchases) in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="117"/>
        <source>Distinct customers who bought in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="118"/>
        <source>Of the active customers, those who bought more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="119"/>
        <source>Recurring revenue from existing customers at the start (e.g. MRR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="120"/>
        <source>Recurring revenue lost from customers who left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="121"/>
        <source>Revenue lost from downgrades of customers who stayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="122"/>
        <source>Revenue gained from upgrades of customers who stayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="123"/>
        <source>Gross margin in percent (0-100). CLV is multiplied by it when given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="124"/>
        <source>Product units sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="125"/>
        <source>Product units returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="126"/>
        <source>Money customers owe you at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="127"/>
        <source>Sales on credit (invoices) in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="128"/>
        <source>Calendar days in the period; 30 when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="129"/>
        <source>Answers of 9 or 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="130"/>
        <source>Answers of 7 or 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="131"/>
        <source>Answers from 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="144"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="177"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/forms.py" line="207"/>
        <source>Not an answer from 0 to 10 on line(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="216"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="219"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="219"/>
        <source>Week (ISO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="220"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="220"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="226"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="228"/>
        <source>A customer counts as alive while their last order is at most this many days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="236"/>
        <source>Warn when churn is above (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="237"/>
        <source>Warn when NPS is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="238"/>
        <source>Warn when NRR is below (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="239"/>
        <source>Warn when DSO is above (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="241"/>
        <source>Period length for orders and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="242"/>
        <source>Churn window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="243"/>
        <source>Orders that make a customer loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/dialogs.py" line="244"/>
        <source>Currency symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="70"/>
        <source>Tick the figures to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="80"/>
        <source>Move the mouse over the plot to read the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="87"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="88"/>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="89"/>
        <source>Save the plot as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../retention_gui/ui/panels/trends.py" line="90"/>
        <source>Save the plotted numbers as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

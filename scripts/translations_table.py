"""Danish and Swedish texts for the app's catalogues: source -> (da, sv). Used by fill_translations.py."""

T: dict[str, tuple[str, str]] = {
    # main window and menus
    "Retention Calculator": ("Kundefastholdelsesberegner", "Kundretentionskalkylator"),
    "Type your figures on the left, or import a spreadsheet (Ctrl+I).": ("Skriv dine tal til venstre, eller importér et regneark (Ctrl+I).", "Skriv in dina siffror till vänster, eller importera ett kalkylark (Ctrl+I)."),
    "Add row": ("Tilføj række", "Lägg till rad"),
    "Add an empty period at the end (Ctrl+Shift+N)": ("Tilføj en tom periode til sidst (Ctrl+Shift+N)", "Lägg till en tom period sist (Ctrl+Shift+N)"),
    "Remove rows": ("Fjern rækker", "Ta bort rader"),
    "Remove the selected periods": ("Fjern de valgte perioder", "Ta bort de valda perioderna"),
    "One row per period. Paste a block copied from Excel with Ctrl+V.": ("Én række pr. periode. Indsæt et område kopieret fra Excel med Ctrl+V.", "En rad per period. Klistra in ett område kopierat från Excel med Ctrl+V."),
    "Quick form": ("Hurtig indtastning", "Snabbinmatning"),
    "Period table": ("Periodetabel", "Periodtabell"),
    "Overview": ("Overblik", "Översikt"),
    "Trends": ("Udvikling", "Trender"),
    "Cohorts": ("Kohorter", "Kohorter"),
    "Customers": ("Kunder", "Kunder"),
    "Data": ("Data", "Data"),
    "<h1>Retention Calculator</h1><p>See how many customers stay, what they are worth, and where to improve.</p>": ("<h1>Kundefastholdelsesberegner</h1><p>Se hvor mange kunder der bliver, hvad de er værd, og hvor du kan blive bedre.</p>", "<h1>Kundretentionskalkylator</h1><p>Se hur många kunder som stannar, vad de är värda och var du kan bli bättre.</p>"),
    "Try the sample data": ("Prøv med eksempeldata", "Prova med exempeldata"),
    "Import a spreadsheet…": ("Importér et regneark…", "Importera ett kalkylark…"),
    "…or type your figures in the form on the left, or drop an Excel file here.": ("…eller skriv dine tal i formularen til venstre, eller slip en Excel-fil her.", "…eller skriv dina siffror i formuläret till vänster, eller släpp en Excel-fil här."),
    "&New": ("&Ny", "&Ny"),
    "Start again with an empty form and table": ("Start forfra med tom formular og tabel", "Börja om med tomt formulär och tabell"),
    "&Open…": ("&Åbn…", "&Öppna…"),
    "Open a saved project or a spreadsheet": ("Åbn et gemt projekt eller et regneark", "Öppna ett sparat projekt eller ett kalkylark"),
    "&Save": ("&Gem", "&Spara"),
    "Save the typed figures and settings as a project": ("Gem de indtastede tal og indstillinger som et projekt", "Spara de inskrivna siffrorna och inställningarna som ett projekt"),
    "Save &As…": ("Gem &som…", "Spara &som…"),
    "&Import…": ("&Importér…", "&Importera…"),
    "Import an Excel sheet or CSV file": ("Importér et Excel-ark eller en CSV-fil", "Importera ett Excel-blad eller en CSV-fil"),
    "&Export results…": ("&Eksportér resultater…", "&Exportera resultat…"),
    "Write the results to an Excel workbook": ("Skriv resultaterne til en Excel-projektmappe", "Skriv resultaten till en Excel-arbetsbok"),
    "Open the &sample data": ("Åbn &eksempeldata", "Öppna &exempeldata"),
    "&Quit": ("&Afslut", "&Avsluta"),
    "&Undo": ("&Fortryd", "&Ångra"),
    "&Redo": ("&Gentag", "&Gör om"),
    "&Paste rows": ("&Indsæt rækker", "&Klistra in rader"),
    "Paste rows copied from Excel into the period table": ("Indsæt rækker kopieret fra Excel i periodetabellen", "Klistra in rader kopierade från Excel i periodtabellen"),
    "&Add row": ("&Tilføj række", "&Lägg till rad"),
    "&Remove rows": ("&Fjern rækker", "&Ta bort rader"),
    "&Settings…": ("&Indstillinger…", "&Inställningar…"),
    "&How are these computed?": ("&Hvordan beregnes tallene?", "&Hur beräknas siffrorna?"),
    "&About": ("&Om", "&Om"),
    "&File": ("&Filer", "&Arkiv"),
    "Open &Recent": ("Åbn &seneste", "Öppna &senaste"),
    "&Edit": ("R&ediger", "R&edigera"),
    "&View": ("&Vis", "&Visa"),
    "&Help": ("&Hjælp", "&Hjälp"),
    "Clear list": ("Ryd listen", "Rensa listan"),
    "Untitled": ("Uden navn", "Namnlös"),
    "Unsaved changes": ("Ændringer er ikke gemt", "Ändringar är inte sparade"),
    "You have typed figures that are not saved. Save them first?": ("Du har indtastet tal, som ikke er gemt. Vil du gemme dem først?", "Du har skrivit in siffror som inte är sparade. Vill du spara dem först?"),
    "Open": ("Åbn", "Öppna"),
    "Could not import the file": ("Filen kunne ikke importeres", "Filen kunde inte importeras"),
    "Choose a sheet": ("Vælg et ark", "Välj ett blad"),
    "The workbook has several sheets. Which one should be imported?": ("Projektmappen har flere ark. Hvilket skal importeres?", "Arbetsboken har flera blad. Vilket ska importeras?"),
    "Reading %1…": ("Læser %1…", "Läser %1…"),
    "Cancel": ("Annullér", "Avbryt"),
    "Importing %1…": ("Importerer %1…", "Importerar %1…"),
    "Cancelling…": ("Annullerer…", "Avbryter…"),
    "Import cancelled; nothing was changed.": ("Importen blev annulleret; intet er ændret.", "Importen avbröts; inget har ändrats."),
    "Import failed.": ("Importen mislykkedes.", "Importen misslyckades."),
    "Import %1": ("Importér %1", "Importera %1"),
    "Imported %1": ("Importerede %1", "Importerade %1"),
    "Save project": ("Gem projekt", "Spara projekt"),
    "Retention projects (*.retention)": ("Kundefastholdelsesprojekter (*.retention)", "Kundretentionsprojekt (*.retention)"),
    "Saved %1": ("Gemt %1", "Sparat %1"),
    "Could not open the project": ("Projektet kunne ikke åbnes", "Projektet kunde inte öppnas"),
    "The clipboard is empty.": ("Udklipsholderen er tom.", "Urklippet är tomt."),
    "Export results": ("Eksportér resultater", "Exportera resultat"),
    "Excel workbook (*.xlsx)": ("Excel-projektmappe (*.xlsx)", "Excel-arbetsbok (*.xlsx)"),
    "Writing %1…": ("Skriver %1…", "Skriver %1…"),
    "Results written to %1": ("Resultaterne er skrevet til %1", "Resultaten har skrivits till %1"),
    "Could not export": ("Kunne ikke eksportere", "Kunde inte exportera"),
    "Save plot": ("Gem graf", "Spara diagram"),
    "PNG image (*.png)": ("PNG-billede (*.png)", "PNG-bild (*.png)"),
    "Save plotted numbers": ("Gem tallene i grafen", "Spara siffrorna i diagrammet"),
    "CSV file (*.csv)": ("CSV-fil (*.csv)", "CSV-fil (*.csv)"),
    "Try again": ("Prøv igen", "Försök igen"),
    "Save as…": ("Gem som…", "Spara som…"),
    "Close it and try again, or save under another name.": ("Luk den og prøv igen, eller gem under et andet navn.", "Stäng den och försök igen, eller spara med ett annat namn."),
    "%1 is open in another program or write-protected.": ("%1 er åben i et andet program eller skrivebeskyttet.", "%1 är öppen i ett annat program eller skrivskyddad."),
    "Restore unsaved work?": ("Gendan arbejde, der ikke er gemt?", "Återställ osparat arbete?"),
    "Could not restore": ("Kunne ikke gendanne", "Kunde inte återställa"),
    # overview
    "all answers": ("alle svar", "alla svar"),
    "all data": ("alle data", "alla data"),
    "not enough data": ("ikke nok data", "inte tillräckligt med data"),
    # form
    "Revenue": ("Omsætning", "Intäkter"),
    "Products and payments": ("Varer og betalinger", "Varor och betalningar"),
    "NPS": ("NPS", "NPS"),
    "Type the figures of one period from your books. Leave a field empty if you do not have it; results appear on the right as you type.": ("Skriv tallene for én periode fra dit regnskab. Lad et felt stå tomt, hvis du ikke har tallet; resultaterne vises til højre, mens du skriver.", "Skriv in siffrorna för en period från din bokföring. Lämna ett fält tomt om du inte har siffran; resultaten visas till höger medan du skriver."),
    "optional": ("valgfri", "valfritt"),
    "…or paste raw answers 0-10, one per line": ("…eller indsæt svar 0-10, ét pr. linje", "…eller klistra in svar 0-10, ett per rad"),
    "Answers": ("Svar", "Svar"),
    "This period": ("Denne periode", "Denna period"),
    "'%1' is not a number": ("'%1' er ikke et tal", "'%1' är inte ett tal"),
    "Customers you had on the first day of the period (S).": ("Kunder du havde på periodens første dag (S).", "Kunder du hade periodens första dag (S)."),
    "Customers you had on the last day of the period (E).": ("Kunder du havde på periodens sidste dag (E).", "Kunder du hade periodens sista dag (E)."),
    "Customers who joined during the period (N).": ("Kunder der kom til i perioden (N).", "Kunder som tillkom under perioden (N)."),
    "Customers who left (L). Left empty, it is worked out as start + new - end.": ("Kunder der forsvandt (L). Står feltet tomt, beregnes det som start + nye - slut.", "Kunder som lämnade (L). Lämnas fältet tomt beräknas det som start + nya - slut."),
    "Total revenue in the period.": ("Samlet omsætning i perioden.", "Totala intäkter under perioden."),
    "Number of orders (purchases) in the period.": ("Antal ordrer (køb) i perioden.", "Antal ordrar (köp) under perioden."),
    "Distinct customers who bought in the period.": ("Unikke kunder, der købte i perioden.", "Unika kunder som köpte under perioden."),
    "Of the active customers, those who bought more than once.": ("Af de aktive kunder: dem der købte mere end én gang.", "Av de aktiva kunderna: de som köpte mer än en gång."),
    "Gross margin in percent (0-100). CLV is multiplied by it when given.": ("Dækningsgrad i procent (0-100). CLV ganges med den, når den er udfyldt.", "Täckningsgrad i procent (0-100). CLV multipliceras med den när den anges."),
    "Calendar days in the period; 30 when empty.": ("Kalenderdage i perioden; 30 når feltet er tomt.", "Kalenderdagar i perioden; 30 när fältet är tomt."),
    "Answers of 9 or 10.": ("Svar på 9 eller 10.", "Svar på 9 eller 10."),
    "Answers of 7 or 8.": ("Svar på 7 eller 8.", "Svar på 7 eller 8."),
    "Answers from 0 to 6.": ("Svar fra 0 til 6.", "Svar från 0 till 6."),
    # dialogs
    "Which column is which?": ("Hvilken kolonne er hvad?", "Vilken kolumn är vad?"),
    "Orders (one row per order line)": ("Ordrer (én række pr. ordrelinje)", "Ordrar (en rad per orderrad)"),
    "Figures per period": ("Tal pr. periode", "Siffror per period"),
    "NPS survey answers": ("Svar fra NPS-undersøgelse", "Svar från NPS-undersökning"),
    "The sheet holds": ("Arket indeholder", "Bladet innehåller"),
    "Preview of the first rows:": ("De første rækker:", "De första raderna:"),
    "Please pick a column for: %1": ("Vælg en kolonne til: %1", "Välj en kolumn för: %1"),
    "Each column can be used for one item only.": ("Hver kolonne kan kun bruges til én ting.", "Varje kolumn kan bara användas till en sak."),
    "Problems in the file": ("Problemer i filen", "Problem i filen"),
    "Kind": ("Type", "Typ"),
    "Sheet": ("Ark", "Blad"),
    "Row": ("Række", "Rad"),
    "Column": ("Kolonne", "Kolumn"),
    "Problem": ("Problem", "Problem"),
    "Error": ("Fejl", "Fel"),
    "Note": ("Bemærkning", "Anmärkning"),
    "Settings": ("Indstillinger", "Inställningar"),
    "Month": ("Måned", "Månad"),
    "Week (ISO)": ("Uge (ISO)", "Vecka (ISO)"),
    "Quarter": ("Kvartal", "Kvartal"),
    "Year": ("År", "År"),
    " days": (" dage", " dagar"),
    "Warn when churn is above (%)": ("Advar når churn rate er over (%)", "Varna när churn rate är över (%)"),
    "Warn when NPS is below": ("Advar når NPS er under", "Varna när NPS är under"),
    "Warn when NRR is below (%)": ("Advar når NRR er under (%)", "Varna när NRR är under (%)"),
    "Warn when DSO is above (days)": ("Advar når DSO er over (dage)", "Varna när DSO är över (dagar)"),
    "Period length for orders and dates": ("Periodelængde for ordrer og datoer", "Periodlängd för ordrar och datum"),
    "Churn window": ("Churn-vindue", "Churn-fönster"),
    "Orders that make a customer loyal": ("Ordrer der gør en kunde loyal", "Ordrar som gör en kund lojal"),
    "Currency symbol": ("Valutasymbol", "Valutasymbol"),
    "How are these computed?": ("Hvordan beregnes tallene?", "Hur beräknas siffrorna?"),
    # trends, tables
    "Tick the figures to plot": ("Sæt flueben ved de tal, der skal vises", "Kryssa för siffrorna som ska visas"),
    "Move the mouse over the plot to read the values.": ("Før musen hen over grafen for at aflæse tallene.", "För musen över diagrammet för att läsa av värdena."),
    "Save as PNG…": ("Gem som PNG…", "Spara som PNG…"),
    "Save as CSV…": ("Gem som CSV…", "Spara som CSV…"),
    "Save the plot as a picture": ("Gem grafen som et billede", "Spara diagrammet som en bild"),
    "Save the plotted numbers as a CSV file": ("Gem tallene i grafen som en CSV-fil", "Spara siffrorna i diagrammet som en CSV-fil"),
    "Find a customer…": ("Søg kunde…", "Sök kund…"),
    "Customers need order data: import an order export.": ("Kunder kræver ordredata: importér et ordreudtræk.", "Kunder kräver orderdata: importera en orderexport."),
    "%1 customers, %2 alive": ("%1 kunder, %2 aktive", "%1 kunder, %2 aktiva"),
    "Cohorts need order data: import an order export (one row per order line).": ("Kohorter kræver ordredata: importér et ordreudtræk (én række pr. ordrelinje).", "Kohorter kräver orderdata: importera en orderexport (en rad per orderrad)."),
    "Each row is the customers whose first order fell in that period; column +k is the share of them who ordered again k periods later.": ("Hver række er de kunder, hvis første ordre faldt i perioden; kolonne +k er andelen af dem, der købte igen k perioder senere.", "Varje rad är kunderna vars första order föll i perioden; kolumn +k är andelen av dem som köpte igen k perioder senare."),
    "Edit cell": ("Ret celle", "Ändra cell"),
    "Replace periods": ("Erstat perioder", "Ersätt perioder"),
    # explanations
    "Share of the customers you started with who are still customers.": ("Andel af kunderne ved periodens start, som stadig er kunder.", "Andel av kunderna vid periodens början som fortfarande är kunder."),
    "Share of the customers you started with who left.": ("Andel af kunderne ved periodens start, som forsvandt.", "Andel av kunderna vid periodens början som lämnade."),
    "Share of recurring revenue lost to cancellations and downgrades.": ("Andel af den faste omsætning, der gik tabt ved opsigelser og nedgraderinger.", "Andel av de återkommande intäkterna som förlorades genom uppsägningar och nedgraderingar."),
    "What an average customer is worth over their whole time with you.": ("Hvad en gennemsnitlig kunde er værd i hele kundeforholdet.", "Vad en genomsnittlig kund är värd under hela kundrelationen."),
    "What an average active customer spends in a period.": ("Hvad en gennemsnitlig aktiv kunde køber for i en periode.", "Vad en genomsnittlig aktiv kund handlar för under en period."),
    "Share of active customers who bought more than once.": ("Andel af de aktive kunder, der købte mere end én gang.", "Andel av de aktiva kunderna som köpte mer än en gång."),
    "Would customers recommend you? From -100 to 100; above 0 is more fans than critics.": ("Vil kunderne anbefale dig? Fra -100 til 100; over 0 betyder flere fans end kritikere.", "Skulle kunderna rekommendera dig? Från -100 till 100; över 0 betyder fler fans än kritiker."),
    "Share of units sold that came back.": ("Andel af de solgte enheder, der kom retur.", "Andel av sålda enheter som returnerades."),
    "How many days customers take to pay, on average.": ("Hvor mange dage kunderne i gennemsnit er om at betale.", "Hur många dagar kunderna i genomsnitt tar på sig att betala."),
    "Average days between a customer's purchases.": ("Gennemsnitligt antal dage mellem en kundes køb.", "Genomsnittligt antal dagar mellan en kunds köp."),
    "Share of recent customers with several orders in the churn window.": ("Andel af kunderne, der har handlet i churn-vinduet (normalt det seneste år), med mindst det antal ordrer, der gør en kunde loyal (normalt 3).", "Andel av kunderna som handlat senaste året med minst 3 ordrar (churn-fönstret och antalet ordrar för en lojal kund står i Inställningar)."),
    # messages: locations and severities
    "sheet '{sheet}'": ("ark '{sheet}'", "blad '{sheet}'"),
    "row {row}": ("række {row}", "rad {row}"),
    "column {column}": ("kolonne {column}", "kolumn {column}"),
    "period {period}": ("periode {period}", "period {period}"),
    "error": ("fejl", "fel"),
    "warning": ("advarsel", "varning"),
    # messages: problems
    "{value} is negative; this must be zero or more": ("{value} er negativ; tallet skal være nul eller mere", "{value} är negativt; talet måste vara noll eller mer"),
    "{value} is not a whole number; answer counts must be whole numbers": ("{value} er ikke et helt tal; antal svar skal være hele tal", "{value} är inte ett heltal; antal svar måste vara heltal"),
    "gross margin {value} is outside 0-100": ("dækningsgrad {value} ligger uden for 0-100", "täckningsgrad {value} ligger utanför 0-100"),
    "more customers retained than existed: end {end} - new {new} is more than start {start}": ("flere kunder fastholdt, end der fandtes: slut {end} - nye {new} er mere end start {start}", "fler kunder behållna än det fanns: slut {end} - nya {new} är mer än start {start}"),
    "fewer than zero retained: end {end} - new {new} is below 0": ("færre end nul fastholdt: slut {end} - nye {new} er under 0", "färre än noll behållna: slut {end} - nya {new} är under 0"),
    "lost customers {lost} differs from start + new - end = {derived}; {lost} is used": ("mistede kunder {lost} afviger fra start + nye - slut = {derived}; {lost} bruges", "förlorade kunder {lost} skiljer sig från start + nya - slut = {derived}; {lost} används"),
    "repeat customers {repeat} are more than active customers {active}": ("genkøbende kunder {repeat} er flere end aktive kunder {active}", "återkommande kunder {repeat} är fler än aktiva kunder {active}"),
    "units returned {returned} are more than units sold {sold}": ("returnerede enheder {returned} er flere end solgte enheder {sold}", "returnerade enheter {returned} är fler än sålda enheter {sold}"),
    "the period label is empty; give every row a period": ("perioden er tom; giv hver række en periode", "perioden är tom; ge varje rad en period"),
    "this cell is empty; a value is needed here": ("cellen er tom; her skal der stå en værdi", "cellen är tom; här behövs ett värde"),
    "'{value}' is not a number": ("'{value}' er ikke et tal", "'{value}' är inte ett tal"),
    "'{value}' is not a date; use 2024-01-31, 31-01-2024 or 31.01.2024": ("'{value}' er ikke en dato; brug 2024-01-31, 31-01-2024 eller 31.01.2024", "'{value}' är inte ett datum; använd 2024-01-31, 31-01-2024 eller 31.01.2024"),
    "'{value}' is not an NPS answer; answers are whole numbers from 0 to 10": ("'{value}' er ikke et NPS-svar; svar er hele tal fra 0 til 10", "'{value}' är inte ett NPS-svar; svar är heltal från 0 till 10"),
    "there are no orders (only refunds or no rows)": ("der er ingen ordrer (kun refusioner eller ingen rækker)", "det finns inga ordrar (bara återbetalningar eller inga rader)"),
    "there are no data rows": ("der er ingen datarækker", "det finns inga datarader"),
    "churn above {threshold:g}% - look into why customers leave": ("churn rate (kundeafgang) over {threshold:g}% - undersøg, hvorfor kunderne forsvinder", "churn rate (kundbortfall) över {threshold:g}% - ta reda på varför kunderna lämnar"),
    "NPS below {threshold:g} - more detractors than promoters": ("NPS under {threshold:g} - flere kritikere end ambassadører", "NPS under {threshold:g} - fler kritiker än ambassadörer"),
    "NRR below {threshold:g}% - existing customers spend less than before": ("NRR under {threshold:g}% - eksisterende kunder køber for mindre end før", "NRR under {threshold:g}% - befintliga kunder handlar för mindre än förut"),
    "DSO above {threshold:g} days - customers pay slowly": ("DSO over {threshold:g} dage - kunderne betaler langsomt", "DSO över {threshold:g} dagar - kunderna betalar långsamt"),
    "the file does not exist": ("filen findes ikke", "filen finns inte"),
    "this file is password-protected; save an unprotected copy and import that": ("filen er beskyttet med adgangskode; gem en kopi uden beskyttelse og importér den", "filen är lösenordsskyddad; spara en oskyddad kopia och importera den"),
    "the sheet is empty": ("arket er tomt", "bladet är tomt"),
    "the file is empty": ("filen er tom", "filen är tom"),
    # metric names
    "Period": ("Periode", "Period"),
    "Customers at start": ("Kunder ved start", "Kunder vid start"),
    "Customers at end": ("Kunder ved slut", "Kunder vid slut"),
    "New customers": ("Nye kunder", "Nya kunder"),
    "Lost customers": ("Mistede kunder", "Förlorade kunder"),
    "Retained customers": ("Fastholdte kunder", "Behållna kunder"),
    "Reactivated customers": ("Genvundne kunder", "Återvunna kunder"),
    "Orders": ("Ordrer", "Ordrar"),
    "Active customers": ("Aktive kunder", "Aktiva kunder"),
    "Repeat customers": ("Genkøbende kunder", "Återkommande kunder"),
    "Recurring revenue at start": ("Fast omsætning ved start", "Återkommande intäkter vid start"),
    "Churned revenue": ("Mistet omsætning", "Förlorade intäkter"),
    "Contraction revenue": ("Nedgraderinger", "Nedgraderingar"),
    "Expansion revenue": ("Opgraderinger", "Uppgraderingar"),
    "Units sold": ("Solgte enheder", "Sålda enheter"),
    "Units returned": ("Returnerede enheder", "Returnerade enheter"),
    "Accounts receivable": ("Debitorer", "Kundfordringar"),
    "Credit sales": ("Kreditsalg", "Kreditförsäljning"),
    "Days in period": ("Dage i perioden", "Dagar i perioden"),
    "Promoters": ("Ambassadører", "Ambassadörer"),
    "Passives": ("Passive", "Passiva"),
    "Detractors": ("Kritikere", "Kritiker"),
    "Gross margin %": ("Dækningsgrad %", "Täckningsgrad %"),
    "Customer retention rate %": ("Kundefastholdelsesrate (CRR) %", "Kundretention (CRR) %"),
    "Churn rate %": ("Churn rate (kundeafgang) %", "Churn rate (kundbortfall) %"),
    "Revenue churn": ("Omsætningsafgang", "Intäktsbortfall"),
    "Revenue churn %": ("Omsætningsafgang %", "Intäktsbortfall %"),
    "Gross revenue retention %": ("Bruttoomsætningsfastholdelse (GRR) %", "Bruttointäktsretention (GRR) %"),
    "Net revenue retention %": ("Nettoomsætningsfastholdelse (NRR) %", "Nettointäktsretention (NRR) %"),
    "Existing revenue growth %": ("Vækst fra eksisterende kunder %", "Tillväxt från befintliga kunder %"),
    "Average order value": ("Gennemsnitlig ordreværdi", "Genomsnittligt ordervärde"),
    "Purchase frequency": ("Købsfrekvens", "Köpfrekvens"),
    "Customer value": ("Kundeværdi", "Kundvärde"),
    "Repeat purchase rate %": ("Genkøbsrate %", "Återköpsgrad %"),
    "Average lifespan (periods)": ("Gennemsnitlig kundelevetid (perioder)", "Genomsnittlig kundlivslängd (perioder)"),
    "Customer lifetime value": ("Kundelevetidsværdi (CLV)", "Kundlivstidsvärde (CLV)"),
    "Net Promoter Score": ("Net Promoter Score", "Net Promoter Score"),
    "Return rate %": ("Returprocent", "Returandel %"),
    "Days sales outstanding": ("Kredittid (DSO)", "Kredittid (DSO)"),
    "Days between purchases": ("Dage mellem køb", "Dagar mellan köp"),
    "Median days between purchases": ("Median dage mellem køb", "Median dagar mellan köp"),
    "Loyal customer rate %": ("Loyale kunder %", "Lojala kunder %"),
    "Mean retention rate %": ("Gennemsnitlig kundefastholdelsesrate %", "Genomsnittlig kundretention %"),
    "Mean churn rate %": ("Gennemsnitlig churn rate %", "Genomsnittlig churn rate %"),
    "Customer ID": ("Kunde-ID", "Kund-ID"),
    "Order date": ("Ordredato", "Orderdatum"),
    "Amount": ("Beløb", "Belopp"),
    "Order ID": ("Ordre-ID", "Order-ID"),
    "Quantity": ("Antal", "Antal"),
    "NPS answer": ("NPS-svar", "NPS-svar"),
    "Answer date": ("Svardato", "Svarsdatum"),
    "Responses": ("Svar", "Svar"),
    "Skipped": ("Sprunget over", "Överhoppade"),
    "Cohort": ("Kohorte", "Kohort"),
    "Size": ("Størrelse", "Storlek"),
    "Periods": ("Perioder", "Perioder"),
    "Cohort retention %": ("Kohortefastholdelse %", "Kohortretention %"),
    "First order": ("Første ordre", "Första order"),
    "Last order": ("Seneste ordre", "Senaste order"),
    "Days since last order": ("Dage siden seneste ordre", "Dagar sedan senaste order"),
    "Status": ("Status", "Status"),
}

# Plural forms: source -> (da one, da many), (sv one, sv many)
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "%n input error(s)": (("%n indtastningsfejl", "%n indtastningsfejl"), ("%n inmatningsfel", "%n inmatningsfel")),
    "%n warning(s)": (("%n advarsel", "%n advarsler"), ("%n varning", "%n varningar")),
    "Pasted %n row(s).": (("Indsatte %n række.", "Indsatte %n rækker."), ("Klistrade in %n rad.", "Klistrade in %n rader.")),
    "Paste %n row(s)": (("Indsæt %n række", "Indsæt %n rækker"), ("Klistra in %n rad", "Klistra in %n rader")),
    "Add %n row(s)": (("Tilføj %n række", "Tilføj %n rækker"), ("Lägg till %n rad", "Lägg till %n rader")),
    "Remove %n row(s)": (("Fjern %n række", "Fjern %n rækker"), ("Ta bort %n rad", "Ta bort %n rader")),
    "<b>%n period(s)</b> - the latest period with a value is shown on each card.": (
        ("<b>%n periode</b> - den seneste periode med en værdi vises på hvert kort.", "<b>%n perioder</b> - den seneste periode med en værdi vises på hvert kort."),
        ("<b>%n period</b> - den senaste perioden med ett värde visas på varje kort.", "<b>%n perioder</b> - den senaste perioden med ett värde visas på varje kort.")),
}

T.update({
    "'{suffix}' files cannot be read; use .xlsx, .xlsm, .xls, .ods or .csv": ("'{suffix}'-filer kan ikke læses; brug .xlsx, .xlsm, .xls, .ods eller .csv", "'{suffix}'-filer kan inte läsas; använd .xlsx, .xlsm, .xls, .ods eller .csv"),
    "'{value}' is not a frequency; use one of {allowed}": ("'{value}' er ikke en periodelængde; brug en af {allowed}", "'{value}' är inte en periodlängd; använd en av {allowed}"),
    "(churned + contraction) / revenue at start × 100": ("(mistet + nedgraderinger) / omsætning ved start × 100", "(förlorat + nedgraderingar) / intäkter vid start × 100"),
    "(customers at end − new) / customers at start × 100": ("(kunder ved slut − nye) / kunder ved start × 100", "(kunder vid slut − nya) / kunder vid start × 100"),
    "(promoters − detractors) / answers × 100": ("(ambassadører − kritikere) / svar × 100", "(ambassadörer − kritiker) / svar × 100"),
    "(revenue at start − churned − contraction + expansion) / revenue at start × 100": ("(omsætning ved start − mistet − nedgraderinger + opgraderinger) / omsætning ved start × 100", "(intäkter vid start − förlorat − nedgraderingar + uppgraderingar) / intäkter vid start × 100"),
    "<b>%1 answers</b> (%2 blank).": ("<b>%1 svar</b> (%2 tomme).", "<b>%1 svar</b> (%2 tomma)."),
    "<b>%1 customers</b>, %2 orders, revenue %3 - latest period shown on each card.": ("<b>%1 kunder</b>, %2 ordrer, omsætning %3 - seneste periode vises på hvert kort.", "<b>%1 kunder</b>, %2 ordrar, intäkter %3 - senaste perioden visas på varje kort."),
    "A customer counts as alive while their last order is at most this many days old.": ("En kunde regnes som aktiv, så længe den seneste ordre højst er så mange dage gammel.", "En kund räknas som aktiv så länge den senaste ordern är högst så många dagar gammal."),
    "Answers counted (blanks skipped).": ("Optalte svar (tomme sprunget over).", "Räknade svar (tomma överhoppade)."),
    "Average churn rate over the periods where it is defined.": ("Gennemsnitlig churn rate over de perioder, hvor den kan beregnes.", "Genomsnittlig churn rate över de perioder där den kan beräknas."),
    "Average retention rate over the periods where it is defined.": ("Gennemsnitlig kundefastholdelsesrate over de perioder, hvor den kan beregnes.", "Genomsnittlig kundretention över de perioder där den kan beräknas."),
    "Average value of one order.": ("Gennemsnitlig værdi af én ordre.", "Genomsnittligt värde av en order."),
    "Blank answers.": ("Tomme svar.", "Tomma svar."),
    "Distinct customers in the data.": ("Unikke kunder i data.", "Unika kunder i datan."),
    "Money customers owe you at the end of the period.": ("Penge kunderne skylder dig ved periodens slutning.", "Pengar kunderna är skyldiga dig vid periodens slut."),
    "Notes about %2 (the figures were computed):": ("Bemærkninger om %2 (tallene er beregnet):", "Anmärkningar om %2 (siffrorna har beräknats):"),
    "Orders in the data (refunds are not orders).": ("Ordrer i data (refusioner er ikke ordrer).", "Ordrar i datan (återbetalningar är inte ordrar)."),
    "Orders per customer.": ("Ordrer pr. kunde.", "Ordrar per kund."),
    "Paste a column of survey answers (0-10). They are counted as promoters (9-10), passives (7-8) and detractors (0-6).": ("Indsæt en kolonne med svar (0-10). De tælles som ambassadører (9-10), passive (7-8) og kritikere (0-6).", "Klistra in en kolumn med svar (0-10). De räknas som ambassadörer (9-10), passiva (7-8) och kritiker (0-6)."),
    "Product units returned.": ("Returnerede enheder.", "Returnerade enheter."),
    "Product units sold.": ("Solgte enheder.", "Sålda enheter."),
    "Projects and spreadsheets (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)": ("Projekter og regneark (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;Alle filer (*)", "Projekt och kalkylark (*.retention *.xlsx *.xlsm *.xls *.ods *.csv);;Alla filer (*)"),
    "Recurring revenue from existing customers at the start (e.g. MRR).": ("Fast omsætning fra eksisterende kunder ved start (fx MRR).", "Återkommande intäkter från befintliga kunder vid start (t.ex. MRR)."),
    "Recurring revenue kept from existing customers, upgrades included. Above 100 % means they grow.": ("Fast omsætning beholdt fra eksisterende kunder, opgraderinger medregnet. Over 100 % betyder, at de vokser.", "Återkommande intäkter som behållits från befintliga kunder, uppgraderingar inräknade. Över 100 % betyder att de växer."),
    "Recurring revenue lost from customers who left.": ("Fast omsætning mistet fra kunder, der forsvandt.", "Återkommande intäkter förlorade från kunder som lämnade."),
    "Revenue gained from upgrades of customers who stayed.": ("Omsætning vundet ved opgraderinger hos kunder, der blev.", "Intäkter vunna genom uppgraderingar hos kunder som stannade."),
    "Revenue lost from downgrades of customers who stayed.": ("Omsætning mistet ved nedgraderinger hos kunder, der blev.", "Intäkter förlorade genom nedgraderingar hos kunder som stannade."),
    "Revenue net of refunds.": ("Omsætning efter refusioner.", "Intäkter efter återbetalningar."),
    "Sales on credit (invoices) in the period.": ("Salg på kredit (fakturaer) i perioden.", "Försäljning på kredit (fakturor) under perioden."),
    "Some columns of %1 were not recognised. Pick the column that holds each item; items marked * are needed.": ("Nogle kolonner i %1 blev ikke genkendt. Vælg kolonnen til hvert punkt; punkter med * skal udfyldes.", "Några kolumner i %1 kändes inte igen. Välj kolumnen för varje punkt; punkter med * krävs."),
    "Something unexpected went wrong. Your typed figures are still there; please save them. Details were written to %1": ("Noget uventet gik galt. Dine indtastede tal er der stadig; gem dem venligst. Detaljer er skrevet til %1", "Något oväntat gick fel. Dina inskrivna siffror finns kvar; spara dem. Detaljer har skrivits till %1"),
    "Something went wrong": ("Noget gik galt", "Något gick fel"),
    "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)": ("Regneark (*.xlsx *.xlsm *.xls *.ods *.csv);;Alle filer (*)", "Kalkylark (*.xlsx *.xlsm *.xls *.ods *.csv);;Alla filer (*)"),
    "The app was closed without saving figures you typed (autosaved %1). Restore them?": ("Programmet blev lukket uden at gemme tal, du havde skrevet (autogemt %1). Vil du gendanne dem?", "Programmet stängdes utan att spara siffror du skrivit in (autosparat %1). Vill du återställa dem?"),
    "The middle value of the days between purchases.": ("Midterste værdi af dagene mellem køb.", "Mittvärdet av dagarna mellan köp."),
    "average order value × purchase frequency": ("gennemsnitlig ordreværdi × købsfrekvens", "genomsnittligt ordervärde × köpfrekvens"),
    "customer value × average lifespan (× gross margin)": ("kundeværdi × gennemsnitlig kundelevetid (× dækningsgrad)", "kundvärde × genomsnittlig kundlivslängd (× täckningsgrad)"),
    "customers with enough orders in the window / customers with an order in the window × 100": ("kunder med nok ordrer i vinduet / kunder med en ordre i vinduet × 100", "kunder med tillräckligt många ordrar i fönstret / kunder med en order i fönstret × 100"),
    "dates like '{value}' could be day-month or month-day; they were read as day-month": ("datoer som '{value}' kan være dag-måned eller måned-dag; de er læst som dag-måned", "datum som '{value}' kan vara dag-månad eller månad-dag; de har lästs som dag-månad"),
    "every sheet in the file is hidden": ("alle ark i filen er skjulte", "alla blad i filen är dolda"),
    "lost / customers at start × 100": ("mistede / kunder ved start × 100", "förlorade / kunder vid start × 100"),
    "mean of the days between a customer's consecutive purchases": ("gennemsnit af dagene mellem en kundes køb", "medelvärde av dagarna mellan en kunds köp"),
    "no header row with known column names was found in the first {rows} rows; map the columns by hand": ("der er ingen overskriftsrække med kendte navne i de første {rows} rækker; vælg kolonnerne selv", "det finns ingen rubrikrad med kända namn i de första {rows} raderna; välj kolumnerna själv"),
    "receivables / credit sales × days": ("debitorer / kreditsalg × dage", "kundfordringar / kreditförsäljning × dagar"),
    "repeat customers / active customers × 100": ("genkøbende kunder / aktive kunder × 100", "återkommande kunder / aktiva kunder × 100"),
    "retained / customers at start × 100": ("fastholdte / kunder ved start × 100", "behållna / kunder vid start × 100"),
    "setting {setting} = {value} is not allowed": ("indstillingen {setting} = {value} er ikke tilladt", "inställningen {setting} = {value} är inte tillåten"),
    "the columns do not look like periods, orders or NPS answers: {columns}": ("kolonnerne ligner hverken perioder, ordrer eller NPS-svar: {columns}", "kolumnerna liknar varken perioder, ordrar eller NPS-svar: {columns}"),
    "the file contains XML entity declarations, which spreadsheets do not need and attacks use; it was not opened": ("filen indeholder XML-entiteter, som regneark ikke bruger, men angreb gør; den blev ikke åbnet", "filen innehåller XML-entiteter, som kalkylark inte behöver men attacker använder; den öppnades inte"),
    "the file could not be read as a spreadsheet ({detail}); open it in Excel and save it again": ("filen kunne ikke læses som et regneark ({detail}); åbn den i Excel og gem den igen", "filen kunde inte läsas som ett kalkylark ({detail}); öppna den i Excel och spara den igen"),
    "the file could not be written ({detail})": ("filen kunne ikke skrives ({detail})", "filen kunde inte skrivas ({detail})"),
    "the file is open in another program or write-protected; close it or choose another name": ("filen er åben i et andet program eller skrivebeskyttet; luk den eller vælg et andet navn", "filen är öppen i ett annat program eller skrivskyddad; stäng den eller välj ett annat namn"),
    "the file would unpack to {size_mb} MB, far more than a spreadsheet of its size; it was not opened": ("filen ville fylde {size_mb} MB udpakket, langt mere end et regneark af dens størrelse; den blev ikke åbnet", "filen skulle bli {size_mb} MB uppackad, långt mer än ett kalkylark av dess storlek; den öppnades inte"),
    "the percentages look like fractions (Excel percent cells): {value} was read as {percent:g} %": ("procenterne ligner brøker (Excel-procentceller): {value} er læst som {percent:g} %", "procenten ser ut som bråk (Excel-procentceller): {value} lästes som {percent:g} %"),
    "the sheet has formulas without saved results; open the file in Excel, save it, and import again": ("arket har formler uden gemte resultater; åbn filen i Excel, gem den, og importér igen", "bladet har formler utan sparade resultat; öppna filen i Excel, spara den och importera igen"),
    "there is no sheet '{sheet}'; the sheets are: {sheets}": ("der er intet ark '{sheet}'; arkene er: {sheets}", "det finns inget blad '{sheet}'; bladen är: {sheets}"),
    "these columns were not recognised and are ignored: {columns}": ("disse kolonner blev ikke genkendt og ignoreres: {columns}", "dessa kolumner kändes inte igen och ignoreras: {columns}"),
    "this is not a readable project file ({detail})": ("dette er ikke en læsbar projektfil ({detail})", "detta är inte en läsbar projektfil ({detail})"),
    "this project was saved by a newer version of the app (format {version}); update the app to open it": ("projektet er gemt af en nyere version af programmet (format {version}); opdatér programmet for at åbne det", "projektet sparades av en nyare version av programmet (format {version}); uppdatera programmet för att öppna det"),
    "units returned / units sold × 100": ("returnerede enheder / solgte enheder × 100", "returnerade enheter / sålda enheter × 100"),
    "{count} more cells like this": ("{count} flere celler som denne", "{count} fler celler som denna"),
    "{file}": ("{file}", "{file}"),
})

T.update({
    "&Language": ("&Sprog", "&Språk"),
    "System language": ("Systemets sprog", "Systemets språk"),
    "The new language is used the next time the app starts.": ("Det nye sprog bruges, næste gang programmet starter.", "Det nya språket används nästa gång programmet startar."),
})

from retention_gui.ui.explain import HELP_HTML as _HELP  # noqa: E402

T[_HELP] = ('\n<h2>Hvordan beregnes tallene?</h2>\n<p>Alle tal følger projektets referencedefinitioner (METRICS.md). S, E, N og L er kunderne ved periodens\nstart og slutning, de nye kunder og de mistede kunder.</p>\n<table cellpadding="4">\n<tr><td><b>Kundefastholdelsesrate (CRR)</b></td><td>(E − N) / S × 100; fra ordrer: fastholdte / S × 100</td></tr>\n<tr><td><b>Churn rate (kundeafgang)</b></td><td>L / S × 100, med L = S + N − E, når L ikke er angivet</td></tr>\n<tr><td><b>Omsætningsafgang</b></td><td>(mistet + nedgraderinger) / omsætning ved start × 100</td></tr>\n<tr><td><b>Bruttoomsætningsfastholdelse (GRR)</b></td><td>(omsætning ved start − mistet − nedgraderinger) / omsætning ved start × 100</td></tr>\n<tr><td><b>Nettoomsætningsfastholdelse (NRR)</b></td><td>(omsætning ved start − mistet − nedgraderinger + opgraderinger) / omsætning ved start × 100</td></tr>\n<tr><td><b>Gennemsnitlig ordreværdi</b></td><td>omsætning / ordrer</td></tr>\n<tr><td><b>Købsfrekvens</b></td><td>ordrer / aktive kunder</td></tr>\n<tr><td><b>Kundeværdi</b></td><td>gennemsnitlig ordreværdi × købsfrekvens</td></tr>\n<tr><td><b>Genkøbsrate</b></td><td>genkøbende kunder / aktive kunder × 100</td></tr>\n<tr><td><b>Gennemsnitlig kundelevetid</b></td><td>100 / churn (perioder)</td></tr>\n<tr><td><b>Kundelevetidsværdi (CLV)</b></td><td>kundeværdi × gennemsnitlig kundelevetid (× dækningsgrad / 100, når den er angivet)</td></tr>\n<tr><td><b>NPS</b></td><td>(ambassadører − kritikere) / svar × 100; ambassadører 9-10, passive 7-8, kritikere 0-6</td></tr>\n<tr><td><b>Returprocent</b></td><td>returnerede enheder / solgte enheder × 100</td></tr>\n<tr><td><b>DSO</b></td><td>debitorer / kreditsalg × dage i perioden</td></tr>\n</table>\n<h3>Fra ordrer</h3>\n<p>En kunde er <i>aktiv</i> på en dag, hvis kunden har købt inden for churn-vinduet (365 dage som standard) op til den dag.\nS tæller kunder, der er aktive dagen før perioden starter, E dem der er aktive på periodens sidste dag. Refusioner (negative\nbeløb) trækkes fra omsætningen, men er ikke ordrer. Kohorter samler kunderne efter perioden for deres første ordre og viser\nandelen, der købte igen k perioder senere.</p>\n<p>Et tal vises som “–”, når det ikke kan beregnes, fx en rate med nul kunder ved start.</p>\n<h3>Advarsler</h3>\n<p>Churn over 7 %, NPS under 0, NRR under 100 % og DSO over 45 dage markeres; grænserne kan ændres under Indstillinger.</p>\n',
    '\n<h2>Hur beräknas siffrorna?</h2>\n<p>Alla siffror följer projektets referensdefinitioner (METRICS.md). S, E, N och L är kunderna vid periodens\nbörjan och slut, de nya kunderna och de förlorade kunderna.</p>\n<table cellpadding="4">\n<tr><td><b>Kundretention (CRR)</b></td><td>(E − N) / S × 100; från ordrar: behållna / S × 100</td></tr>\n<tr><td><b>Churn rate (kundbortfall)</b></td><td>L / S × 100, med L = S + N − E när L inte anges</td></tr>\n<tr><td><b>Intäktsbortfall</b></td><td>(förlorat + nedgraderingar) / intäkter vid start × 100</td></tr>\n<tr><td><b>Bruttointäktsretention (GRR)</b></td><td>(intäkter vid start − förlorat − nedgraderingar) / intäkter vid start × 100</td></tr>\n<tr><td><b>Nettointäktsretention (NRR)</b></td><td>(intäkter vid start − förlorat − nedgraderingar + uppgraderingar) / intäkter vid start × 100</td></tr>\n<tr><td><b>Genomsnittligt ordervärde</b></td><td>intäkter / ordrar</td></tr>\n<tr><td><b>Köpfrekvens</b></td><td>ordrar / aktiva kunder</td></tr>\n<tr><td><b>Kundvärde</b></td><td>genomsnittligt ordervärde × köpfrekvens</td></tr>\n<tr><td><b>Återköpsgrad</b></td><td>återkommande kunder / aktiva kunder × 100</td></tr>\n<tr><td><b>Genomsnittlig kundlivslängd</b></td><td>100 / churn (perioder)</td></tr>\n<tr><td><b>Kundlivstidsvärde (CLV)</b></td><td>kundvärde × genomsnittlig kundlivslängd (× täckningsgrad / 100 när den anges)</td></tr>\n<tr><td><b>NPS</b></td><td>(ambassadörer − kritiker) / svar × 100; ambassadörer 9-10, passiva 7-8, kritiker 0-6</td></tr>\n<tr><td><b>Returandel</b></td><td>returnerade enheter / sålda enheter × 100</td></tr>\n<tr><td><b>DSO</b></td><td>kundfordringar / kreditförsäljning × dagar i perioden</td></tr>\n</table>\n<h3>Från ordrar</h3>\n<p>En kund är <i>aktiv</i> en dag om kunden har handlat inom churn-fönstret (365 dagar som standard) fram till den dagen.\nS räknar kunder som är aktiva dagen före periodens början, E de som är aktiva periodens sista dag. Återbetalningar (negativa\nbelopp) minskar intäkterna men är inte ordrar. Kohorter grupperar kunderna efter perioden för deras första order och visar\nandelen som handlade igen k perioder senare.</p>\n<p>En siffra visas som “–” när den inte kan beräknas, till exempel en andel med noll kunder vid start.</p>\n<h3>Varningar</h3>\n<p>Churn över 7 %, NPS under 0, NRR under 100 % och DSO över 45 dagar markeras; gränserna kan ändras under Inställningar.</p>\n')

T.update({
    "'{value}' could mean thousands or decimals; it was read as {read:g} - check the column": (
        "'{value}' kan betyde tusinder eller decimaler; det er læst som {read:g} - tjek kolonnen",
        "'{value}' kan betyda tusental eller decimaler; det lästes som {read:g} - kontrollera kolumnen"),
})


# --- what-if and advice ---
T.update({
    'Each period ahead: customers = customers before x (1 - churn / 100) + new customers; revenue = customers x customer value; profit = revenue x gross margin / 100. The baseline figures are averages of the last 12 periods with data.': ('For hver periode frem: kunder = kunder før x (1 - churn / 100) + nye kunder; omsætning = kunder x kundeværdi; dækningsbidrag = omsætning x dækningsgrad / 100. Udgangspunktets tal er gennemsnit af de seneste 12 perioder med data.', 'För varje period framåt: kunder = kunder före x (1 - churn / 100) + nya kunder; intäkter = kunder x kundvärde; täckningsbidrag = intäkter x täckningsgrad / 100. Utgångslägets siffror är medelvärden av de senaste 12 perioderna med data.'),
    'What-if: the value of better retention': ('Hvad nu hvis: værdien af bedre kundefastholdelse', 'Tänk om: värdet av bättre kundretention'),
    'Change the yellow cells to try your own scenario; every other number follows.': ('Ret de gule celler for at prøve dit eget scenarie; alle andre tal følger med.', 'Ändra de gula cellerna för att pröva ditt eget scenario; alla andra siffror följer med.'),
    'Figure': ('Nøgletal', 'Nyckeltal'),
    'Baseline': ('Udgangspunkt', 'Utgångsläge'),
    'Change': ('Ændring', 'Ändring'),
    'Scenario': ('Scenarie', 'Scenario'),
    'Difference': ('Forskel', 'Skillnad'),
    'Periods averaged': ('Perioder i gennemsnittet', 'Perioder i medelvärdet'),
    'Customers now (end of the last period)': ('Kunder nu (ved slutningen af sidste periode)', 'Kunder nu (vid slutet av senaste perioden)'),
    'Churn down (points)': ('Churn ned (procentpoint)', 'Churn ned (procentenheter)'),
    'New customers up %': ('Flere nye kunder %', 'Fler nya kunder %'),
    'Customer value up %': ('Højere kundeværdi %', 'Högre kundvärde %'),
    'Periods ahead': ('Perioder frem', 'Perioder framåt'),
    'Customers (baseline)': ('Kunder (udgangspunkt)', 'Kunder (utgångsläge)'),
    'Revenue (baseline)': ('Omsætning (udgangspunkt)', 'Intäkter (utgångsläge)'),
    'Profit (baseline)': ('Dækningsbidrag (udgangspunkt)', 'Täckningsbidrag (utgångsläge)'),
    'Customers (scenario)': ('Kunder (scenarie)', 'Kunder (scenario)'),
    'Revenue (scenario)': ('Omsætning (scenarie)', 'Intäkter (scenario)'),
    'Profit (scenario)': ('Dækningsbidrag (scenarie)', 'Täckningsbidrag (scenario)'),
    'Customers (difference)': ('Kunder (forskel)', 'Kunder (skillnad)'),
    'Revenue (difference)': ('Omsætning (forskel)', 'Intäkter (skillnad)'),
    'Profit (difference)': ('Dækningsbidrag (forskel)', 'Täckningsbidrag (skillnad)'),
    'Sum': ('Sum', 'Summa'),
    'Customers after the last period ahead': ('Kunder efter den sidste periode frem', 'Kunder efter den sista perioden framåt'),
    'Revenue, sum of the periods ahead': ('Omsætning, summen af perioderne frem', 'Intäkter, summan av perioderna framåt'),
    'Profit, sum of the periods ahead': ('Dækningsbidrag, summen af perioderne frem', 'Täckningsbidrag, summan av perioderna framåt'),
    'New customers who come back %': ('Nye kunder der kommer igen %', 'Nya kunder som kommer tillbaka %'),
    'Share of critics %': ('Andel kritikere %', 'Andel kritiker %'),
    'Valuable customers at risk %': ('Værdifulde kunder i risiko %', 'Värdefulla kunder i riskzonen %'),
    'Advice': ('Gode råd', 'Råd'),
    'Nothing in your figures calls for advice right now.': ('Intet i dine tal kalder på råd lige nu.', 'Inget i dina siffror kräver råd just nu.'),
    'Why': ('Hvorfor', 'Varför'),
    'What to try': ('Hvad du kan prøve', 'Vad du kan pröva'),
    'Number to watch': ('Tallet at holde øje med', 'Siffran att hålla ögonen på'),
    'not enough data for a what-if: no period has a churn rate (it needs customers at start, and lost customers or new customers and customers at end)': ('ikke nok data til et hvad-nu-hvis: ingen periode har en churn rate (det kræver kunder ved start og enten mistede kunder eller nye kunder og kunder ved slutning)', 'inte tillräckligt med data för en tänk om-beräkning: ingen period har en churn rate (det kräver kunder vid start och antingen förlorade kunder eller nya kunder och kunder vid slut)'),
    'not enough data for a what-if: no period has new customers': ('ikke nok data til et hvad-nu-hvis: ingen periode har nye kunder', 'inte tillräckligt med data för en tänk om-beräkning: ingen period har nya kunder'),
    'not enough data for a what-if: no period has a customer value (it needs revenue, orders and active customers)': ('ikke nok data til et hvad-nu-hvis: ingen periode har en kundeværdi (det kræver omsætning, ordrer og aktive kunder)', 'inte tillräckligt med data för en tänk om-beräkning: ingen period har ett kundvärde (det kräver intäkter, ordrar och aktiva kunder)'),
    'not enough data for a what-if: no period has customers at end': ('ikke nok data til et hvad-nu-hvis: ingen periode har kunder ved slutning', 'inte tillräckligt med data för en tänk om-beräkning: ingen period har kunder vid slut'),
    'the average churn rate is above 100% (more customers lost than there were); check lost customers': ('den gennemsnitlige churn rate (kundeafgang) er over 100% (flere kunder mistet, end der var); tjek mistede kunder', 'den genomsnittliga churn rate (kundbortfall) är över 100% (fler kunder förlorade än det fanns); kontrollera förlorade kunder'),
    'Churn was {value:.1f}% in {period}, above your limit of {threshold:g}%.': ('Churn rate (kundeafgang) var {value:.1f}% i {period}, over din grænse på {threshold:g}%.', 'Churn rate (kundbortfall) var {value:.1f}% i {period}, över din gräns på {threshold:g}%.'),
    'Ask the customers who leave why (a short call or a two-question e-mail), fix the most common reason first, and answer questions quickly by phone, e-mail and chat.': ('Spørg de kunder, der forlader dig, hvorfor (et kort opkald eller en mail med to spørgsmål), ret den hyppigste årsag først, og svar hurtigt på spørgsmål på telefon, mail og chat.', 'Fråga kunderna som lämnar varför (ett kort samtal eller ett mejl med två frågor), åtgärda den vanligaste orsaken först och svara snabbt på frågor i telefon, mejl och chatt.'),
    'Churn has risen {periods} periods in a row, from {first:.1f}% in {from_period} to {value:.1f}% in {period}.': ('Churn rate (kundeafgang) er steget {periods} perioder i træk, fra {first:.1f}% i {from_period} til {value:.1f}% i {period}.', 'Churn rate (kundbortfall) har ökat {periods} perioder i rad, från {first:.1f}% i {from_period} till {value:.1f}% i {period}.'),
    'Find out what changed when churn began to rise (prices, delivery, service, a competitor) and ask recent leavers what made them go.': ('Find ud af, hvad der ændrede sig, da kundeafgangen begyndte at stige (priser, levering, service, en konkurrent), og spørg dem, der er gået for nylig, hvad der fik dem til at gå.', 'Ta reda på vad som förändrades när kundbortfallet började öka (priser, leverans, service, en konkurrent) och fråga dem som nyligen lämnat vad som fick dem att gå.'),
    'Only {value:.1f}% of active customers bought more than once (below {threshold:g}%).': ('Kun {value:.1f}% af de aktive kunder købte mere end én gang (under {threshold:g}%).', 'Bara {value:.1f}% av de aktiva kunderna köpte mer än en gång (under {threshold:g}%).'),
    'Reward the second purchase: loyalty points, a discount on the next order or early access to new products for customers who come back.': ('Beløn andet køb: bonuspoint, rabat på næste ordre eller tidlig adgang til nye varer for kunder, der kommer igen.', 'Belöna det andra köpet: bonuspoäng, rabatt på nästa order eller förtur till nya produkter för kunder som kommer tillbaka.'),
    'The repeat purchase rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.': ('Genkøbsraten er faldet {periods} perioder i træk, fra {first:.1f}% til {value:.1f}% i {period}.', 'Återköpsgraden har sjunkit {periods} perioder i rad, från {first:.1f}% till {value:.1f}% i {period}.'),
    'Send offers and reminders that fit what each group of customers bought before, instead of the same newsletter to everyone.': ('Send tilbud og påmindelser, der passer til det, hver kundegruppe har købt før, i stedet for det samme nyhedsbrev til alle.', 'Skicka erbjudanden och påminnelser som passar det varje kundgrupp har köpt tidigare, i stället för samma nyhetsbrev till alla.'),
    'Only {value:.1f}% of new customers ({returned} of {customers:.0f}) bought again in the period after their first order (below {threshold:g}%).': ('Kun {value:.1f}% af de nye kunder ({returned} af {customers:.0f}) købte igen i perioden efter deres første ordre (under {threshold:g}%).', 'Bara {value:.1f}% av de nya kunderna ({returned} av {customers:.0f}) köpte igen perioden efter sin första order (under {threshold:g}%).'),
    'Follow up every first order: a thank-you, tips on getting the most out of the purchase, and a good reason to come back.': ('Følg op på hver første ordre: et tak, tips til at få mest muligt ud af købet og en god grund til at komme igen.', 'Följ upp varje första order: ett tack, tips om hur man får ut mest av köpet och ett bra skäl att komma tillbaka.'),
    'NPS is {value:.0f}: more critics than fans (below {threshold:g}).': ('NPS er {value:.0f}: flere kritikere end ambassadører (under {threshold:g}).', 'NPS är {value:.0f}: fler kritiker än ambassadörer (under {threshold:g}).'),
    'Contact the customers who answered 0-6, ask what went wrong, fix it and tell them you did.': ('Kontakt de kunder, der svarede 0-6, spørg hvad der gik galt, ret det, og fortæl dem, at du har gjort det.', 'Kontakta kunderna som svarade 0-6, fråga vad som gick fel, åtgärda det och berätta för dem att du har gjort det.'),
    'The share of critics (answers 0-6) has risen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.': ('Andelen af kritikere (svar 0-6) er steget {periods} perioder i træk, fra {first:.1f}% til {value:.1f}% i {period}.', 'Andelen kritiker (svar 0-6) har ökat {periods} perioder i rad, från {first:.1f}% till {value:.1f}% i {period}.'),
    'Read what the latest critics wrote, act on the most frequent complaint, and thank each of them personally for the feedback.': ('Læs, hvad de seneste kritikere skrev, gør noget ved den hyppigste klage, og tak hver af dem personligt for tilbagemeldingen.', 'Läs vad de senaste kritikerna skrev, gör något åt det vanligaste klagomålet och tacka var och en personligen för återkopplingen.'),
    '{value:.1f}% of the units sold in {period} came back (above {threshold:g}%).': ('{value:.1f}% af de solgte enheder i {period} kom retur (over {threshold:g}%).', '{value:.1f}% av de sålda enheterna i {period} kom tillbaka (över {threshold:g}%).'),
    'Look at the most returned products: fix quality problems, and make descriptions, sizes and photos match what arrives.': ('Se på de varer, der oftest kommer retur: ret kvalitetsproblemer, og sørg for, at beskrivelser, størrelser og billeder svarer til det, kunden får.', 'Titta på de produkter som oftast kommer tillbaka: åtgärda kvalitetsproblem och se till att beskrivningar, storlekar och bilder stämmer med det kunden får.'),
    'Customers took {value:.0f} days to pay in {period} (above {threshold:g} days).': ('Kunderne var {value:.0f} dage om at betale i {period} (over {threshold:g} dage).', 'Kunderna tog {value:.0f} dagar på sig att betala i {period} (över {threshold:g} dagar).'),
    'Send invoices at once, remind kindly before the due date, and offer automatic payment or a subscription where it fits.': ('Send fakturaen med det samme, send en venlig påmindelse før forfald, og tilbyd automatisk betaling eller et abonnement, hvor det passer.', 'Skicka fakturan direkt, påminn vänligt före förfallodagen och erbjud autogiro eller ett abonnemang där det passar.'),
    'Net revenue retention was {value:.1f}% in {period}: existing customers bring in less than before (below {threshold:g}%).': ('Nettoomsætningsfastholdelse (NRR) var {value:.1f}% i {period}: de eksisterende kunder giver mindre omsætning end før (under {threshold:g}%).', 'Nettointäktsretention (NRR) var {value:.1f}% i {period}: befintliga kunder ger mindre intäkter än tidigare (under {threshold:g}%).'),
    'Check in with existing customers before they cut back, and offer upgrades or add-ons that fit how they use you.': ('Tag kontakt til de eksisterende kunder, før de skærer ned, og tilbyd opgraderinger eller tilkøb, der passer til, hvordan de bruger dig.', 'Hör av dig till befintliga kunder innan de drar ner, och erbjud uppgraderingar eller tillägg som passar hur de använder dig.'),
    'The loyal customer rate has fallen {periods} periods in a row, from {first:.1f}% to {value:.1f}% in {period}.': ('Andelen af loyale kunder er faldet {periods} perioder i træk, fra {first:.1f}% til {value:.1f}% i {period}.', 'Andelen lojala kunder har sjunkit {periods} perioder i rad, från {first:.1f}% till {value:.1f}% i {period}.'),
    'Give regular customers a reason to stay: a simple loyalty programme, member prices, a referral bonus or a customer community.': ('Giv de faste kunder en grund til at blive: et enkelt loyalitetsprogram, medlemspriser, en bonus for at anbefale dig eller et kundefællesskab.', 'Ge stamkunderna ett skäl att stanna: ett enkelt lojalitetsprogram, medlemspriser, en bonus för att tipsa om dig eller en kundgemenskap.'),
    '{count:.0f} of your {total:.0f} most valuable customers ({value:.0f}%) look likely to slip away; together they have spent {amount:.0f} {currency} with you.': ('{count:.0f} af dine {total:.0f} mest værdifulde kunder ({value:.0f}%) ser ud til at være på vej væk; tilsammen har de købt for {amount:.0f} {currency} hos dig.', '{count:.0f} av dina {total:.0f} mest värdefulla kunder ({value:.0f}%) ser ut att vara på väg bort; tillsammans har de handlat för {amount:.0f} {currency} hos dig.'),
    'Contact them personally before they are gone: a call or a personal note with a win-back offer made for them.': ('Kontakt dem personligt, før de er væk: et opkald eller en personlig hilsen med et tilbud, der er lavet til dem.', 'Kontakta dem personligen innan de försvinner: ett samtal eller en personlig hälsning med ett erbjudande gjort för dem.'),
    'Number to watch: {metric}, now {value}; it should fall if this works.': ('Tallet at holde øje med: {metric}, nu {value}; det bør falde, hvis det virker.', 'Siffran att hålla ögonen på: {metric}, nu {value}; den bör sjunka om det fungerar.'),
    'Number to watch: {metric}, now {value}; it should rise if this works.': ('Tallet at holde øje med: {metric}, nu {value}; det bør stige, hvis det virker.', 'Siffran att hålla ögonen på: {metric}, nu {value}; den bör stiga om det fungerar.'),
    'What-if over {periods} periods: churn down {churn_down:g} points, new customers up {new_up:g}%, customer value up {value_up:g}%': ('Hvad nu hvis, {periods} perioder frem: churn ned med {churn_down:g} procentpoint, {new_up:g}% flere nye kunder, {value_up:g}% højere kundeværdi', 'Tänk om, {periods} perioder framåt: churn ned med {churn_down:g} procentenheter, {new_up:g}% fler nya kunder, {value_up:g}% högre kundvärde'),
})

# --- odd files ---
T.update({
    "the file is damaged or is not a real {suffix} file; open it in the program that made it and save it again": (
        "filen er beskadiget eller er ikke en rigtig {suffix}-fil; åbn den i det program, der lavede den, og gem den igen",
        "filen är skadad eller är inte en riktig {suffix}-fil; öppna den i programmet som skapade den och spara den igen"),
    "the results would overwrite the file being read; choose another name for the results": (
        "resultaterne ville overskrive den fil, der læses; vælg et andet navn til resultaterne",
        "resultaten skulle skriva över filen som läses; välj ett annat namn för resultaten"),
    "the first row with data has no column names; add a header row or map the columns by hand": (
        "den første række med data har ingen kolonnenavne; tilføj en overskriftsrække, eller vælg kolonnerne selv",
        "den första raden med data har inga kolumnnamn; lägg till en rubrikrad eller välj kolumnerna själv"),
})

# --- real exports (issue 11: shop and accounting exports, import summary, --map) ---
T.update({
    "no column for '{column}' was found; add one, or map it in the import (command line: --map {column}=COLUMN)": (
        "der er ingen kolonne til '{column}'; tilføj en, eller vælg den ved importen (kommandolinje: --map {column}=KOLONNE)",
        "det finns ingen kolumn för '{column}'; lägg till en eller välj den vid importen (kommandorad: --map {column}=KOLUMN)"),
    "rows without a customer (guest orders): {rows}, net amount {amount:g}; they are left out of every figure": (
        "rækker uden kunde (gæsteordrer): {rows}, nettobeløb {amount:g}; de er udeladt af alle tal",
        "rader utan kund (gästorder): {rows}, nettobelopp {amount:g}; de är utelämnade ur alla siffror"),
    "no row has a customer id ({rows} rows); map the column that identifies customers": (
        "ingen række har et kunde-id ({rows} rækker); vælg den kolonne, der identificerer kunderne",
        "ingen rad har ett kund-id ({rows} rader); välj den kolumn som identifierar kunderna"),
    "the amount is empty and no other row of the same order has one; fill it in": (
        "beløbet er tomt, og ingen anden række i samme ordre har et; udfyld det",
        "beloppet är tomt och ingen annan rad i samma order har något; fyll i det"),
    "totals rows left out: {rows} (like '{label}'); the periods are counted on their own": (
        "totalrækker udeladt: {rows} (som '{label}'); perioderne tælles hver for sig",
        "summarader utelämnade: {rows} (som '{label}'); perioderna räknas var för sig"),
    "a periods sheet needs at least one column of figures besides the period (e.g. customers at start, revenue); found: {columns}": (
        "et periodeark skal have mindst én kolonne med tal ud over perioden (fx kunder ved start, omsætning); fundet: {columns}",
        "ett periodblad behöver minst en kolumn med siffror utöver perioden (t.ex. kunder vid start, intäkter); hittade: {columns}"),
    "'{role}' is not a column role; use one of: {roles}": (
        "'{role}' er ikke en kolonnerolle; brug en af: {roles}",
        "'{role}' är inte en kolumnroll; använd en av: {roles}"),
    "there is no column '{column}' (give a header or an Excel letter); the columns are: {columns}": (
        "der er ingen kolonne '{column}' (angiv en overskrift eller et Excel-bogstav); kolonnerne er: {columns}",
        "det finns ingen kolumn '{column}' (ange en rubrik eller en Excel-bokstav); kolumnerna är: {columns}"),
    "E-mail (as customer ID)": ("E-mail (som kunde-id)", "E-post (som kund-id)"),
    "Unit price": ("Enhedspris", "Styckpris"),
})

# --- numbers ---
T.update({
    "'{value}' is not written the usual way here; it was read as {written} - check it": (
        "'{value}' er ikke skrevet på den sædvanlige måde her; det er læst som {written} - tjek det",
        "'{value}' är inte skrivet på det vanliga sättet här; det lästes som {written} - kontrollera det"),
    "'{value}' has its minus sign at the end; it was read as {written}": (
        "'{value}' har minustegnet til sidst; det er læst som {written}",
        "'{value}' har minustecknet sist; det lästes som {written}"),
    "'{value}' has a percent sign, but this is not a percent field": (
        "'{value}' har et procenttegn, men dette er ikke et procentfelt",
        "'{value}' har ett procenttecken, men detta är inte ett procentfält"),
    "{written} is read as {written} %; if you meant {percent} %, type {percent}": (
        "{written} læses som {written} %; mente du {percent} %, så skriv {percent}",
        "{written} läses som {written} %; menade du {percent} %, skriv {percent}"),
    "not shown: the result is outside its possible range, so an input must be wrong": (
        "vises ikke: resultatet ligger uden for det mulige område, så et inputtal må være forkert",
        "visas inte: resultatet ligger utanför det möjliga intervallet, så en inmatad siffra måste vara fel"),
    "not shown: an input it is computed from has an error": (
        "vises ikke: et af de tal, det beregnes ud fra, har en fejl",
        "visas inte: en av siffrorna det beräknas från har ett fel"),
})

# --- forecast (predicted CLV, METRICS.md section 5): not-fitted reasons and Forecast sheet headers ---
T.update({
    "there are no orders on or before {as_of}, so there is nothing to forecast": (
        "der er ingen ordrer til og med {as_of}, så der er intet at forudsige",
        "det finns inga ordrar till och med {as_of}, så det finns inget att prognostisera"),
    "the orders up to {as_of} span only {days} days; a forecast needs at least {needed} days": (
        "ordrerne til og med {as_of} dækker kun {days} dage; en prognose kræver mindst {needed} dage",
        "ordrarna till och med {as_of} täcker bara {days} dagar; en prognos kräver minst {needed} dagar"),
    "only {count} customers bought on more than one day up to {as_of}; a forecast needs at least {needed}": (
        "kun {count} kunder har købt på mere end én dag til og med {as_of}; en prognose kræver mindst {needed}",
        "bara {count} kunder har handlat på mer än en dag till och med {as_of}; en prognos kräver minst {needed}"),
    "the purchase model could not be fitted to these orders; no forecast is shown": (
        "købsmodellen kunne ikke tilpasses disse ordrer; der vises ingen prognose",
        "köpmodellen kunde inte anpassas till dessa ordrar; ingen prognos visas"),
    "the purchase model has no best fit for these orders (a parameter runs off to its limit); no forecast is shown": (
        "købsmodellen har ingen bedste tilpasning til disse ordrer (en parameter løber ud til sin grænse); der vises ingen prognose",
        "köpmodellen har ingen bästa anpassning till dessa ordrar (en parameter går mot sin gräns); ingen prognos visas"),
    "the purchase model gave different answers from different starting points; no forecast is shown": (
        "købsmodellen gav forskellige svar fra forskellige startpunkter; der vises ingen prognose",
        "köpmodellen gav olika svar från olika startpunkter; ingen prognos visas"),
    "only {count} customers have repeat purchases with an amount; forecasting spend and value needs at least {needed}": (
        "kun {count} kunder har genkøb med et beløb; en prognose for forbrug og værdi kræver mindst {needed}",
        "bara {count} kunder har återköp med ett belopp; en prognos för köpbelopp och värde kräver minst {needed}"),
    "the spend model could not be fitted; spend and value are not forecast": (
        "forbrugsmodellen kunne ikke tilpasses; forbrug og værdi forudsiges ikke",
        "beloppsmodellen kunde inte anpassas; köpbelopp och värde prognostiseras inte"),
    "spend per purchase varies too much between customers to forecast (q = {q} is not above 1); spend and value are not forecast": (
        "forbruget pr. køb varierer for meget mellem kunderne til en prognose (q = {q} er ikke over 1); forbrug og værdi forudsiges ikke",
        "köpbeloppet varierar för mycket mellan kunderna för en prognos (q = {q} är inte över 1); köpbelopp och värde prognostiseras inte"),
    "Repeat purchase days": ("Genkøbsdage", "Återköpsdagar"),
    "Days from first to last purchase": ("Dage fra første til seneste køb", "Dagar från första till senaste köp"),
    "Days since first purchase": ("Dage siden første køb", "Dagar sedan första köp"),
    "Average repeat purchase": ("Gennemsnitligt genkøb", "Genomsnittligt återköp"),
    "Chance still a customer": ("Sandsynlighed for stadig kunde", "Sannolikhet att fortfarande vara kund"),
    "Expected purchases": ("Forventede køb", "Förväntade köp"),
    "Expected spend per purchase": ("Forventet forbrug pr. køb", "Förväntat belopp per köp"),
    "Predicted customer value": ("Forventet kundeværdi", "Förväntat kundvärde"),
    "Predicted revenue": ("Forventet omsætning", "Förväntade intäkter"),
    "Value at risk": ("Værdi i fare", "Värde i riskzonen"),
    "E-mail": ("E-mail", "E-post"),
    "Predicted purchases per customer": ("Forventede køb pr. kunde", "Förväntade köp per kund"),
    "Actual purchases per customer": ("Faktiske køb pr. kunde", "Faktiska köp per kund"),
})


# --- what-if panel and improve view ---
T.update({
    "kr.": ("kr.", "kr"),
    # improve view
    "What to improve": ("Det kan du forbedre", "Det här kan du förbättra"),
    "Many customers leave": ("Mange kunder forlader dig", "Många kunder lämnar dig"),
    "More customers leave each period": ("Flere kunder forlader dig for hver periode", "Fler kunder lämnar dig för varje period"),
    "Few customers buy again": ("Få kunder køber igen", "Få kunder köper igen"),
    "Fewer customers buy again": ("Færre kunder køber igen", "Färre kunder köper igen"),
    "New customers rarely come back": ("Nye kunder kommer sjældent igen", "Nya kunder kommer sällan tillbaka"),
    "More critics than fans": ("Flere kritikere end ambassadører", "Fler kritiker än ambassadörer"),
    "The share of critics is growing": ("Andelen af kritikere vokser", "Andelen kritiker växer"),
    "Many products come back": ("Mange varer kommer retur", "Många varor kommer tillbaka"),
    "Customers pay slowly": ("Kunderne betaler langsomt", "Kunderna betalar långsamt"),
    "Existing customers spend less": ("Eksisterende kunder køber for mindre", "Befintliga kunder handlar för mindre"),
    "Fewer loyal customers": ("Færre loyale kunder", "Färre lojala kunder"),
    "Valuable customers are slipping away": ("Værdifulde kunder er på vej væk", "Värdefulla kunder är på väg bort"),
    "Type your figures or import a spreadsheet to get suggestions.": (
        "Skriv dine tal, eller importér et regneark for at få forslag.",
        "Skriv in dina siffror eller importera ett kalkylark för att få förslag."),
    "<b>Nothing stands out - your figures are within the usual limits.</b><br>Suggestions appear here when churn, repeat purchases, NPS, returns, payment days or revenue from existing customers move the wrong way. Keep adding new periods to follow them.": (
        "<b>Intet skiller sig ud - dine tal ligger inden for de sædvanlige grænser.</b><br>Her kommer forslag, når churn rate (kundeafgang), genkøb, NPS, returvarer, betalingstid eller omsætningen fra eksisterende kunder bevæger sig den forkerte vej. Bliv ved med at tilføje nye perioder for at følge dem.",
        "<b>Inget sticker ut - dina siffror ligger inom de vanliga gränserna.</b><br>Här kommer förslag när churn rate (kundbortfall), återköp, NPS, returer, betalningstid eller intäkterna från befintliga kunder rör sig åt fel håll. Fortsätt att lägga till nya perioder för att följa dem."),
    # what-if panel: controls
    " points": (" procentpoint", " procentenheter"),
    "How many percentage points lower churn is each period in the scenario (5 % churn down 1 point is 4 %). Negative: churn goes up.": (
        "Hvor mange procentpoint lavere churn rate (kundeafgang) er i hver periode i scenariet (5 % churn ned med 1 procentpoint er 4 %). Negativ: churn stiger.",
        "Hur många procentenheter lägre churn rate (kundbortfall) är varje period i scenariot (5 % churn ned 1 procentenhet är 4 %). Negativt: churn ökar."),
    "How many percent more new customers you win each period in the scenario. Negative: fewer.": (
        "Hvor mange procent flere nye kunder du vinder i hver periode i scenariet. Negativ: færre.",
        "Hur många procent fler nya kunder du vinner varje period i scenariot. Negativt: färre."),
    "How many percent more an average customer spends each period in the scenario. Negative: less.": (
        "Hvor mange procent mere en gennemsnitlig kunde køber for i hver periode i scenariet. Negativ: mindre.",
        "Hur många procent mer en genomsnittlig kund handlar för varje period i scenariot. Negativt: mindre."),
    "Reset": ("Nulstil", "Återställ"),
    "Back to one point less churn and no other change": (
        "Tilbage til 1 procentpoint lavere churn og ingen andre ændringer",
        "Tillbaka till 1 procentenhet lägre churn och inga andra ändringar"),
    "Your scenario": ("Dit scenarie", "Ditt scenario"),
    "Churn down by": ("Churn rate (kundeafgang) ned med", "Churn rate (kundbortfall) ned med"),
    "New customers up by": ("Nye kunder op med", "Nya kunder upp med"),
    "Customer value up by": ("Kundeværdi op med", "Kundvärde upp med"),
    # what-if panel: plots and table
    "Revenue, scenario": ("Omsætning, scenarie", "Intäkter, scenario"),
    "Revenue, baseline": ("Omsætning, udgangspunkt", "Intäkter, utgångsläge"),
    "Profit, scenario": ("Dækningsbidrag, scenarie", "Täckningsbidrag, scenario"),
    "Profit, baseline": ("Dækningsbidrag, udgangspunkt", "Täckningsbidrag, utgångsläge"),
    "Customers after %1": ("Kunder efter %1", "Kunder efter %1"),
    "Revenue over %1": ("Omsætning over %1", "Intäkter under %1"),
    "Profit over %1": ("Dækningsbidrag over %1", "Täckningsbidrag under %1"),
    "Customer lifetime value (CLV)": ("Kundelevetidsværdi (CLV)", "Kundlivstidsvärde (CLV)"),
    "Amount (%1)": ("Beløb (%1)", "Belopp (%1)"),
    "Months ahead": ("Måneder frem", "Månader framåt"),
    "Weeks ahead": ("Uger frem", "Veckor framåt"),
    "Quarters ahead": ("Kvartaler frem", "Kvartal framåt"),
    "Years ahead": ("År frem", "År framåt"),
    # what-if panel: no numbers
    "<b>Nothing to project yet.</b><br>Type your figures or import a spreadsheet to see what better retention is worth.": (
        "<b>Intet at fremskrive endnu.</b><br>Skriv dine tal, eller importér et regneark for at se, hvad bedre kundefastholdelse er værd.",
        "<b>Inget att räkna fram ännu.</b><br>Skriv in dina siffror eller importera ett kalkylark för att se vad bättre kundretention är värd."),
    "Not enough data for a what-if.": ("Ikke nok data til et hvad-nu-hvis.", "Inte tillräckligt med data för en tänk om-beräkning."),
    "Profit is not shown: no period has a gross margin. Add one to see what the change earns after costs.": (
        "Dækningsbidraget vises ikke: ingen periode har en dækningsgrad. Tilføj den for at se, hvad ændringen giver efter vareforbrug.",
        "Täckningsbidraget visas inte: ingen period har en täckningsgrad. Lägg till den för att se vad förändringen ger efter varukostnader."),
    "No period has a churn rate. It needs the customers at the start of a period and either the lost customers, or the new customers and the customers at the end. Add those figures for at least one period.": (
        "Ingen periode har en churn rate (kundeafgang). Den kræver kunderne ved periodens start og enten de mistede kunder eller de nye kunder og kunderne ved slutningen. Tilføj de tal for mindst én periode.",
        "Ingen period har en churn rate (kundbortfall). Den kräver kunderna vid periodens början och antingen de förlorade kunderna eller de nya kunderna och kunderna vid slutet. Lägg till de siffrorna för minst en period."),
    "No period has new customers. Add how many new customers each period brought, or import your orders and they are counted for you.": (
        "Ingen periode har nye kunder. Tilføj, hvor mange nye kunder hver periode gav, eller importér dine ordrer, så tælles de for dig.",
        "Ingen period har nya kunder. Lägg till hur många nya kunder varje period gav, eller importera dina ordrar så räknas de åt dig."),
    "No period has a customer value. It needs the revenue, the orders and the active customers of at least one period.": (
        "Ingen periode har en kundeværdi. Den kræver omsætningen, ordrerne og de aktive kunder for mindst én periode.",
        "Ingen period har ett kundvärde. Det kräver intäkterna, ordrarna och de aktiva kunderna för minst en period."),
    "No period has the customers at the end. Add how many customers you had at the end of each period.": (
        "Ingen periode har kunderne ved slutningen. Tilføj, hvor mange kunder du havde ved slutningen af hver periode.",
        "Ingen period har kunderna vid slutet. Lägg till hur många kunder du hade vid slutet av varje period."),
    "The average churn rate is above 100 % - more customers lost than there were - so a projection would make no sense. Check the lost customers.": (
        "Den gennemsnitlige churn rate (kundeafgang) er over 100 % - flere kunder mistet, end der var - så en fremskrivning giver ingen mening. Tjek de mistede kunder.",
        "Den genomsnittliga churn rate (kundbortfall) är över 100 % - fler kunder förlorade än det fanns - så en framräkning blir meningslös. Kontrollera de förlorade kunderna."),
    # what-if panel: the starting point
    "%1 up to %2": ("%1 til og med %2", "%1 till och med %2"),
    "churn %1 per period": ("churn rate (kundeafgang) %1 pr. periode", "churn rate (kundbortfall) %1 per period"),
    "%1 new customers per period": ("%1 nye kunder pr. periode", "%1 nya kunder per period"),
    "customer value %1 per period": ("kundeværdi %1 pr. periode", "kundvärde %1 per period"),
    "%1 customers now": ("%1 kunder nu", "%1 kunder nu"),
    "gross margin %1": ("dækningsgrad %1", "täckningsgrad %1"),
    # what-if panel: the sentence in words
    "keeping 1 percentage point more of your customers each period": (
        "at beholde 1 procentpoint flere af dine kunder hver periode",
        "att behålla 1 procentenhet fler av dina kunder varje period"),
    "keeping %1 percentage points more of your customers each period": (
        "at beholde %1 procentpoint flere af dine kunder hver periode",
        "att behålla %1 procentenheter fler av dina kunder varje period"),
    "losing 1 percentage point more of your customers each period": (
        "at miste 1 procentpoint flere af dine kunder hver periode",
        "att förlora 1 procentenhet fler av dina kunder varje period"),
    "losing %1 percentage points more of your customers each period": (
        "at miste %1 procentpoint flere af dine kunder hver periode",
        "att förlora %1 procentenheter fler av dina kunder varje period"),
    "winning %1 more new customers": ("at vinde %1 flere nye kunder", "att vinna %1 fler nya kunder"),
    "winning %1 fewer new customers": ("at vinde %1 færre nye kunder", "att vinna %1 färre nya kunder"),
    "customers spending %1 more": ("at kunderne køber for %1 mere", "att kunderna handlar för %1 mer"),
    "customers spending %1 less": ("at kunderne køber for %1 mindre", "att kunderna handlar för %1 mindre"),
    "Change a number under <b>Your scenario</b> to see what it is worth.": (
        "Ændr et tal under <b>Dit scenarie</b> for at se, hvad det er værd.",
        "Ändra en siffra under <b>Ditt scenario</b> för att se vad det är värt."),
    "%1 and %2": ("%1 og %2", "%1 och %2"),
    "%1 changes nothing over %2 (churn cannot go below 0 %).": (
        "%1 ændrer intet over %2 (churn kan ikke komme under 0 %).",
        "%1 ändrar ingenting under %2 (churn kan inte bli lägre än 0 %)."),
    "%1 is worth %2 in profit (%3 in revenue) over %4.": (
        "%1 er %2 værd i dækningsbidrag (%3 i omsætning) over %4.",
        "%1 är värt %2 i täckningsbidrag (%3 i intäkter) under %4."),
    "%1 costs %2 in profit (%3 in revenue) over %4.": (
        "%1 koster %2 i dækningsbidrag (%3 i omsætning) over %4.",
        "%1 kostar %2 i täckningsbidrag (%3 i intäkter) under %4."),
    "%1 is worth %2 in revenue over %3.": ("%1 er %2 værd i omsætning over %3.", "%1 är värt %2 i intäkter under %3."),
    "%1 costs %2 in revenue over %3.": ("%1 koster %2 i omsætning over %3.", "%1 kostar %2 i intäkter under %3."),
})

PLURALS.update({
    "%n suggestion(s) from your figures, the most important first.": (
        ("%n forslag ud fra dine tal.", "%n forslag ud fra dine tal, det vigtigste først."),
        ("%n förslag utifrån dina siffror.", "%n förslag utifrån dina siffror, det viktigaste först.")),
    "%n month(s)": (("%n måned", "%n måneder"), ("%n månad", "%n månader")),
    "%n week(s)": (("%n uge", "%n uger"), ("%n vecka", "%n veckor")),
    "%n quarter(s)": (("%n kvartal", "%n kvartaler"), ("%n kvartal", "%n kvartal")),
    "%n year(s)": (("%n år", "%n år"), ("%n år", "%n år")),
    "%n period(s)": (("%n periode", "%n perioder"), ("%n period", "%n perioder")),
    "the next %n month(s)": (("den næste måned", "de næste %n måneder"), ("den kommande månaden", "de kommande %n månaderna")),
    "the next %n week(s)": (("den næste uge", "de næste %n uger"), ("den kommande veckan", "de kommande %n veckorna")),
    "the next %n quarter(s)": (("det næste kvartal", "de næste %n kvartaler"), ("det kommande kvartalet", "de kommande %n kvartalen")),
    "the next %n year(s)": (("det næste år", "de næste %n år"), ("det kommande året", "de kommande %n åren")),
    "the next %n period(s)": (("den næste periode", "de næste %n perioder"), ("den kommande perioden", "de kommande %n perioderna")),
    "Starting point, the average of your last %n period(s)": (
        ("Udgangspunkt, din seneste periode", "Udgangspunkt, gennemsnittet af dine seneste %n perioder"),
        ("Utgångsläge, din senaste period", "Utgångsläge, genomsnittet av dina senaste %n perioder")),
})

# --- mapping (issue 11 GUI: mapping dialog, remembered mappings, import summary) ---
T.update({
    "Not every column of %1 was recognised. Columns recognised by their names are chosen already; pick the column for the rest. Items marked * are needed.": (
        "Ikke alle kolonner i %1 blev genkendt. Kolonner, der blev genkendt på navnet, er allerede valgt; vælg kolonnen til resten. Punkter mærket * skal udfyldes.",
        "Alla kolumner i %1 kändes inte igen. Kolumner som kändes igen på namnet är redan valda; välj kolumn för resten. Punkter märkta * behövs."),
    "These columns were chosen the last time a sheet with the same column names was imported. Check them and press OK.": (
        "Disse kolonner blev valgt, sidste gang et ark med de samme kolonnenavne blev importeret. Kontrollér dem, og tryk OK.",
        "De här kolumnerna valdes förra gången ett blad med samma kolumnnamn importerades. Kontrollera dem och tryck OK."),
    "Amount = quantity × unit price": ("Beløb = antal × enhedspris", "Belopp = antal × styckpris"),
    "For order lines with a quantity and a price per item (and no amount column): each row's amount is its quantity times its unit price.": (
        "Til ordrelinjer med et antal og en pris pr. stk. (og ingen beløbskolonne): hver rækkes beløb er antal gange enhedspris.",
        "För orderrader med antal och pris per styck (och ingen beloppskolumn): varje rads belopp är antal gånger styckpris."),
    "Preview of the first rows, as they will be read:": ("Eksempel på de første rækker, som de vil blive læst:", "Förhandsvisning av de första raderna, så som de kommer att läsas:"),
    "The column that identifies a customer: a customer number or ID. Rows without one are guest orders and are left out. Not needed when an e-mail column is chosen.": (
        "Kolonnen, der identificerer en kunde: et kundenummer eller kunde-id. Rækker uden er gæsteordrer og udelades. Behøves ikke, når en e-mailkolonne er valgt.",
        "Kolumnen som identifierar en kund: ett kundnummer eller kund-id. Rader utan är gästorder och utelämnas. Behövs inte när en e-postkolumn är vald."),
    "The customer's e-mail address. It is the customer ID when no customer ID column is chosen (compared without regard to case).": (
        "Kundens e-mailadresse. Den er kunde-id'et, når ingen kunde-id-kolonne er valgt (store og små bogstaver regnes for ens).",
        "Kundens e-postadress. Den är kund-id när ingen kund-id-kolumn är vald (stora och små bokstäver räknas som lika)."),
    "The date of the order: a date, a date and time, or a date written as text.": (
        "Ordrens dato: en dato, en dato med klokkeslæt eller en dato skrevet som tekst.",
        "Orderns datum: ett datum, ett datum med klockslag eller ett datum skrivet som text."),
    "The money of the row, before VAT and shipping if the file has it. Not a price per item: then use quantity × unit price.": (
        "Rækkens beløb, ekskl. moms og fragt, hvis filen har det. Ikke en pris pr. stk.: brug så antal × enhedspris.",
        "Radens belopp, exkl. moms och frakt om filen har det. Inte ett pris per styck: använd då antal × styckpris."),
    "How many items the row holds. Negative quantities are returns.": (
        "Hvor mange varer rækken omfatter. Negative antal er returneringer.",
        "Hur många varor raden gäller. Negativa antal är returer."),
    "The price of one item. With a quantity, the amount is quantity × unit price.": (
        "Prisen for én vare. Med et antal er beløbet antal × enhedspris.",
        "Priset för en vara. Med ett antal är beloppet antal × styckpris."),
    "Order or invoice number: rows with the same number are one order. Without it, a customer's rows on one day are one order.": (
        "Ordre- eller fakturanummer: rækker med samme nummer er én ordre. Uden det er en kundes rækker på én dag én ordre.",
        "Order- eller fakturanummer: rader med samma nummer är en order. Utan det är en kunds rader under en dag en order."),
    "The period: a date, a month such as \"jan 2025\", or a label.": (
        "Perioden: en dato, en måned som \"jan 2025\" eller en betegnelse.",
        "Perioden: ett datum, en månad som \"jan 2025\" eller en benämning."),
    "The answer to \"How likely are you to recommend us?\", from 0 to 10.": (
        "Svaret på \"Hvor sandsynligt er det, at du vil anbefale os?\", fra 0 til 10.",
        "Svaret på \"Hur troligt är det att du skulle rekommendera oss?\", från 0 till 10."),
    "When the answer was given.": ("Hvornår svaret blev givet.", "När svaret gavs."),
    "%1 looks like a price per item, and the sheet has a quantity column: as the amount, revenue would be too low.": (
        "%1 ligner en pris pr. stk., og arket har en antalskolonne: som beløb ville omsætningen blive for lav.",
        "%1 ser ut som ett pris per styck, och bladet har en antalskolumn: som belopp skulle intäkterna bli för låga."),
    "Use quantity × unit price instead": ("Brug antal × enhedspris i stedet", "Använd antal × styckpris i stället"),
    "Amount = quantity × unit price needs both columns; please pick: %1": (
        "Beløb = antal × enhedspris kræver begge kolonner; vælg: %1",
        "Belopp = antal × styckpris kräver båda kolumnerna; välj: %1"),
    "%1 (or %2)": ("%1 (eller %2)", "%1 (eller %2)"),
    "No customer on this row: a guest order, left out of every figure.": (
        "Ingen kunde på denne række: en gæsteordre, udeladt af alle tal.",
        "Ingen kund på den här raden: en gästorder, utelämnad ur alla siffror."),
    "%1 (or quantity × unit price)": ("%1 (eller antal × enhedspris)", "%1 (eller antal × styckpris)"),
    # import summary
    "orders": ("ordrer", "ordrar"),
    "figures per period": ("tal pr. periode", "siffror per period"),
    "NPS answers": ("NPS-svar", "NPS-svar"),
    "day before month": ("dag før måned", "dag före månad"),
    "month before day": ("måned før dag", "månad före dag"),
    "day before month (assumed: no day or month above 12 tells)": (
        "dag før måned (antaget: ingen dag eller måned over 12 afgør det)",
        "dag före månad (antaget: ingen dag eller månad över 12 avgör det)"),
    "dates as stored in the file": ("datoer som gemt i filen", "datum som de är sparade i filen"),
    "%1 (computed for each row)": ("%1 (beregnet for hver række)", "%1 (beräknat för varje rad)"),
    "File": ("Fil", "Fil"),
    "Header row": ("Overskriftsrække", "Rubrikrad"),
    "Known layout": ("Kendt format", "Känt format"),
    "%1 (the customer ID)": ("%1 (kunde-id'et)", "%1 (kund-id)"),
    "Not used as the amount": ("Ikke brugt som beløb", "Inte använd som belopp"),
    "Rows read": ("Rækker læst", "Rader lästa"),
    "Rows used": ("Rækker brugt", "Rader använda"),
    "Left out": ("Udeladt", "Utelämnat"),
    "Refunds": ("Refusioner", "Återbetalningar"),
    "Blank amounts": ("Tomme beløb", "Tomma belopp"),
    "Dates in %1": ("Datoer i %1", "Datum i %1"),
    "Details…": ("Detaljer…", "Detaljer…"),
    "Everything the import read: the column of each item, the rows left out and why, and how dates were read": (
        "Alt, hvad importen læste: kolonnen til hvert punkt, de udeladte rækker og hvorfor, og hvordan datoer blev læst",
        "Allt som importen läste: kolumnen för varje punkt, de utelämnade raderna och varför, och hur datum lästes"),
    "amount: %1": ("beløb: %1", "belopp: %1"),
    "customer (e-mail): %1": ("kunde (e-mail): %1", "kund (e-post): %1"),
    "customer: %1": ("kunde: %1", "kund: %1"),
    "left out: %1": ("udeladt: %1", "utelämnat: %1"),
    "dates: %1": ("datoer: %1", "datum: %1"),
    "What was read": ("Hvad der blev læst", "Vad som lästes"),
    "Item": ("Punkt", "Punkt"),
})

PLURALS.update({
    "%n guest row(s) without a customer, %1": (
        ("%n gæsterække uden kunde, %1", "%n gæsterækker uden kunde, %1"),
        ("%n gästrad utan kund, %1", "%n gästrader utan kund, %1")),
    "%n totals row(s)": (("%n totalrække", "%n totalrækker"), ("%n summarad", "%n summarader")),
    "%n row(s): %1": (("%n række: %1", "%n rækker: %1"), ("%n rad: %1", "%n rader: %1")),
    "%n row(s) with a negative amount, %1; they lower revenue and are not orders": (
        ("%n række med negativt beløb, %1; den trækker fra omsætningen og er ikke en ordre",
         "%n rækker med negativt beløb, %1; de trækker fra omsætningen og er ikke ordrer"),
        ("%n rad med negativt belopp, %1; den minskar intäkterna och är ingen order",
         "%n rader med negativt belopp, %1; de minskar intäkterna och är inte ordrar")),
    "%n blank amount(s) counted as 0: the order's amount is on another of its rows": (
        ("%n tomt beløb regnet som 0: ordrens beløb står på en anden af dens rækker",
         "%n tomme beløb regnet som 0: ordrens beløb står på en anden af dens rækker"),
        ("%n tomt belopp räknat som 0: orderns belopp står på en annan av dess rader",
         "%n tomma belopp räknade som 0: orderns belopp står på en annan av dess rader")),
    "Read %1: %2 of %Ln row(s) used": (
        ("Læst %1: %2 af %Ln række brugt", "Læst %1: %2 af %Ln rækker brugt"),
        ("Läst %1: %2 av %Ln rad används", "Läst %1: %2 av %Ln rader används")),
    "%n refund row(s)": (("%n refusionsrække", "%n refusionsrækker"), ("%n återbetalningsrad", "%n återbetalningsrader")),
})

# --- languages (issue 12 item 7): the result workbook in the interface language ---
T.update({
    # sheet names (at most 31 characters, no []:*?/\)
    "Summary": ("Resumé", "Sammanfattning"),
    "Charts": ("Grafer", "Diagram"),
    "What-if": ("Hvad nu hvis", "Tänk om"),
    "Definitions": ("Definitioner", "Definitioner"),
    "Forecast": ("Prognose", "Prognos"),
    # Summary sheet
    "Retention Calculator - results": ("Kundefastholdelsesberegner - resultater", "Kundretentionskalkylator - resultat"),
    "Value": ("Værdi", "Värde"),
    "What it means": ("Hvad det betyder", "Vad det betyder"),
    "Warnings": ("Advarsler", "Varningar"),
    "none": ("ingen", "inga"),
    "About these results": ("Om disse resultater", "Om dessa resultat"),
    "Source file": ("Kildefil", "Källfil"),
    "typed in the app": ("indtastet i programmet", "inskrivet i programmet"),
    "Kind of data": ("Slags data", "Typ av data"),
    "Frequency": ("Periodelængde", "Periodlängd"),
    "Churn window (days)": ("Churn-vindue (dage)", "Churn-fönster (dagar)"),
    "Loyal minimum orders": ("Mindste antal ordrer for en loyal kunde", "Minsta antal ordrar för en lojal kund"),
    "App version": ("Programversion", "Programversion"),
    "Written": ("Skrevet", "Skriven"),
    "figures per period": ("tal pr. periode", "siffror per period"),
    "orders": ("ordrer", "ordrar"),
    "NPS answers": ("NPS-svar", "NPS-svar"),
    "month": ("måned", "månad"),
    "week": ("uge", "vecka"),
    "quarter": ("kvartal", "kvartal"),
    "year": ("år", "år"),
    # import block
    "Import": ("Import", "Import"),
    "Header row": ("Overskriftsrække", "Rubrikrad"),
    "Recognised layout": ("Genkendt layout", "Igenkänd layout"),
    "Rows read": ("Læste rækker", "Lästa rader"),
    "Rows used": ("Brugte rækker", "Använda rader"),
    "Amount from": ("Beløb fra", "Belopp från"),
    "Amount columns not used": ("Beløbskolonner, der ikke er brugt", "Beloppskolumner som inte används"),
    "Customer id from": ("Kunde-id fra", "Kund-id från"),
    "Customer ids are e-mails (case ignored)": ("Kunde-id'er er e-mails (store og små bogstaver ens)", "Kund-id:n är e-postadresser (versaler och gemener lika)"),
    "Blank amounts counted as 0 (later lines of an order)": ("Tomme beløb talt som 0 (senere linjer i en ordre)", "Tomma belopp räknade som 0 (senare rader i en order)"),
    "Customer or date taken from the order's other lines": ("Kunde eller dato hentet fra ordrens andre linjer", "Kund eller datum hämtat från orderns andra rader"),
    "Column for %1": ("Kolonne til %1", "Kolumn för %1"),
    ", net amount %1": (", nettobeløb %1", ", nettobelopp %1"),
    "Left out: %1": ("Udeladt: %1", "Utelämnat: %1"),
    "Date order of %1": ("Datoorden for %1", "Datumordning för %1"),
    "yes": ("ja", "ja"),
    "no": ("nej", "nej"),
    # Charts sheet
    "Retention and churn (%)": ("Kundefastholdelsesrate og churn rate (%)", "Kundretention och churn rate (%)"),
    "Net revenue retention (%)": ("Nettoomsætningsfastholdelse (NRR) (%)", "Nettointäktsretention (NRR) (%)"),
    # Forecast sheet
    "Predicted customer value (BG/NBD and Gamma-Gamma)": ("Forventet kundeværdi (BG/NBD og Gamma-Gamma)", "Förväntat kundvärde (BG/NBD och Gamma-Gamma)"),
    "Result": ("Resultat", "Resultat"),
    "Model parameters (alpha in days)": ("Modelparametre (alpha i dage)", "Modellparametrar (alpha i dagar)"),
    "Model check": ("Modelkontrol", "Modellkontroll"),
    "not fitted": ("ikke tilpasset", "inte anpassad"),
    # Definitions sheet
    "key": ("nøgle", "nyckel"),
    "name": ("navn", "namn"),
    "definition": ("definition", "definition"),
    "(customers at end - new customers) / customers at start x 100; from orders: retained / customers at start x 100. Empty when customers at start is 0.": (
        "(kunder ved slut - nye kunder) / kunder ved start x 100; fra ordrer: fastholdte / kunder ved start x 100. Tom, når kunder ved start er 0.",
        "(kunder vid slut - nya kunder) / kunder vid start x 100; från ordrar: behållna / kunder vid start x 100. Tom när kunder vid start är 0."),
    "lost customers / customers at start x 100 (lost = start + new - end when not given). Empty when customers at start is 0.": (
        "mistede kunder / kunder ved start x 100 (mistede = start + nye - slut, når tallet ikke er angivet). Tom, når kunder ved start er 0.",
        "förlorade kunder / kunder vid start x 100 (förlorade = start + nya - slut när talet inte anges). Tom när kunder vid start är 0."),
    "churned revenue + contraction revenue (an amount).": (
        "mistet omsætning + nedgraderinger (et beløb).", "förlorade intäkter + nedgraderingar (ett belopp)."),
    "(churned + contraction) / recurring revenue at start x 100.": (
        "(mistet + nedgraderinger) / fast omsætning ved start x 100.", "(förlorat + nedgraderingar) / återkommande intäkter vid start x 100."),
    "(revenue at start - churned - contraction) / revenue at start x 100.": (
        "(omsætning ved start - mistet - nedgraderinger) / omsætning ved start x 100.",
        "(intäkter vid start - förlorat - nedgraderingar) / intäkter vid start x 100."),
    "(revenue at start - churned - contraction + expansion) / revenue at start x 100.": (
        "(omsætning ved start - mistet - nedgraderinger + opgraderinger) / omsætning ved start x 100.",
        "(intäkter vid start - förlorat - nedgraderingar + uppgraderingar) / intäkter vid start x 100."),
    "net revenue retention - 100.": ("nettoomsætningsfastholdelse (NRR) - 100.", "nettointäktsretention (NRR) - 100."),
    "revenue / orders (average purchase value).": ("omsætning / ordrer (gennemsnitlig købsværdi).", "intäkter / ordrar (genomsnittligt köpvärde)."),
    "orders / active customers.": ("ordrer / aktive kunder.", "ordrar / aktiva kunder."),
    "average order value x purchase frequency.": ("gennemsnitlig ordreværdi x købsfrekvens.", "genomsnittligt ordervärde x köpfrekvens."),
    "repeat customers / active customers x 100.": ("genkøbende kunder / aktive kunder x 100.", "återkommande kunder / aktiva kunder x 100."),
    "100 / churn rate (in periods). Empty when churn is 0.": (
        "100 / churn rate (i perioder). Tom, når churn rate er 0.", "100 / churn rate (i perioder). Tom när churn rate är 0."),
    "customer value x average lifespan (x gross margin / 100 when given).": (
        "kundeværdi x gennemsnitlig kundelevetid (x dækningsgrad / 100, når den er angivet).",
        "kundvärde x genomsnittlig kundlivslängd (x täckningsgrad / 100 när den anges)."),
    "(promoters - detractors) / (promoters + passives + detractors) x 100, from -100 to 100. Promoters answer 9-10, passives 7-8, detractors 0-6.": (
        "(ambassadører - kritikere) / (ambassadører + passive + kritikere) x 100, fra -100 til 100. Ambassadører svarer 9-10, passive 7-8, kritikere 0-6.",
        "(ambassadörer - kritiker) / (ambassadörer + passiva + kritiker) x 100, från -100 till 100. Ambassadörer svarar 9-10, passiva 7-8, kritiker 0-6."),
    "units returned / units sold x 100.": ("returnerede enheder / solgte enheder x 100.", "returnerade enheter / sålda enheter x 100."),
    "accounts receivable / credit sales x days in the period (days).": (
        "debitorer / kreditsalg x dage i perioden (dage).", "kundfordringar / kreditförsäljning x dagar i perioden (dagar)."),
    "mean of the days between a customer's consecutive distinct order dates, over gaps ending in the period.": (
        "gennemsnittet af dagene mellem en kundes på hinanden følgende ordredatoer, for mellemrum der slutter i perioden.",
        "medelvärdet av dagarna mellan en kunds på varandra följande orderdatum, för mellanrum som slutar i perioden."),
    "customers with at least the loyal minimum of orders in the churn window / customers with an order in the window x 100.": (
        "kunder med mindst det antal ordrer, der gør en kunde loyal, i churn-vinduet / kunder med en ordre i vinduet x 100.",
        "kunder med minst det antal ordrar som gör en kund lojal i churn-fönstret / kunder med en order i fönstret x 100."),
    "from orders: customers alive on the day before the period starts (an order within the churn window up to that day).": (
        "fra ordrer: kunder, der er aktive dagen før perioden starter (en ordre inden for churn-vinduet op til den dag).",
        "från ordrar: kunder som är aktiva dagen före periodens början (en order inom churn-fönstret fram till den dagen)."),
    "from orders: customers alive on the last day of the period.": (
        "fra ordrer: kunder, der er aktive på periodens sidste dag.", "från ordrar: kunder som är aktiva periodens sista dag."),
    "from orders: customers alive at the end who were not alive at the start and are not new.": (
        "fra ordrer: kunder, der er aktive ved slutningen, ikke var aktive ved starten og ikke er nye.",
        "från ordrar: kunder som är aktiva vid slutet, inte var aktiva vid början och inte är nya."),
    "rows: the period of a customer's first order; column +k: share of that cohort with an order k periods later.": (
        "rækker: perioden for en kundes første ordre; kolonne +k: andelen af kohorten med en ordre k perioder senere.",
        "rader: perioden för en kunds första order; kolumn +k: andelen av kohorten med en order k perioder senare."),
})

PLURALS.update({
    "%n row(s)": (("%n række", "%n rækker"), ("%n rad", "%n rader")),
    "Not an answer from 0 to 10 on line(s) %1": (
        ("Ikke et svar fra 0 til 10 på linje %1", "Ikke et svar fra 0 til 10 på linjerne %1"),
        ("Inte ett svar från 0 till 10 på rad %1", "Inte ett svar från 0 till 10 på raderna %1")),
    "%n problem(s) found in %1. Cells that could not be read are left empty and the figures that depend on them are not shown. Fix them in the file and import it again.": (
        ("%n problem fundet i %1. Celler, der ikke kunne læses, står tomme, og tal, der afhænger af dem, vises ikke. Ret dem i filen, og importér den igen.",
         "%n problemer fundet i %1. Celler, der ikke kunne læses, står tomme, og tal, der afhænger af dem, vises ikke. Ret dem i filen, og importér den igen."),
        ("%n problem hittades i %1. Celler som inte kunde läsas lämnas tomma och siffror som beror på dem visas inte. Rätta dem i filen och importera den igen.",
         "%n problem hittades i %1. Celler som inte kunde läsas lämnas tomma och siffror som beror på dem visas inte. Rätta dem i filen och importera den igen.")),
})

# --- languages: singular wording of messages with a count (messages.SINGULAR) ---
T.update({
    "1 more cell like this": ("1 celle mere som denne", "1 cell till som denna"),
    "no row has a customer id (1 row); map the column that identifies customers": (
        "ingen række har et kunde-id (1 række); vælg den kolonne, der identificerer kunderne",
        "ingen rad har ett kund-id (1 rad); välj den kolumn som identifierar kunderna"),
    "only 1 customer bought on more than one day up to {as_of}; a forecast needs at least {needed}": (
        "kun 1 kunde har købt på mere end én dag til og med {as_of}; en prognose kræver mindst {needed}",
        "bara 1 kund har handlat på mer än en dag till och med {as_of}; en prognos kräver minst {needed}"),
    "only 1 customer has repeat purchases with an amount; forecasting spend and value needs at least {needed}": (
        "kun 1 kunde har genkøb med et beløb; en prognose for forbrug og værdi kræver mindst {needed}",
        "bara 1 kund har återköp med ett belopp; en prognos för köpbelopp och värde kräver minst {needed}"),
    "no header row with known column names was found in the first row; map the columns by hand": (
        "der er ingen overskriftsrække med kendte navne i den første række; vælg kolonnerne selv",
        "det finns ingen rubrikrad med kända namn i den första raden; välj kolumnerna själv"),
})

# --- languages: About box ---
T.update({
    "About Retention Calculator": ("Om Kundefastholdelsesberegner", "Om Kundretentionskalkylator"),
    "<p>Measure, understand and improve customer retention.</p><p>Open source. Built with Qt, pandas, pyqtgraph and openpyxl.</p>": (
        "<p>Mål, forstå og forbedr din kundefastholdelse.</p><p>Åben kildekode. Bygget med Qt, pandas, pyqtgraph og openpyxl.</p>",
        "<p>Mät, förstå och förbättra din kundretention.</p><p>Öppen källkod. Byggd med Qt, pandas, pyqtgraph och openpyxl.</p>"),
})
# --- forecastui ---
T.update({
    " months": (" måneder", " månader"),
    "<b>No forecast for these orders.</b>": ("<b>Ingen prognose for disse ordrer.</b>", "<b>Ingen prognos för de här ordrarna.</b>"),
    "<b>What a forecast needs</b>": ("<b>Det kræver en prognose</b>", "<b>Det här behöver en prognos</b>"),
    "A forecast predicts how many purchases each customer will make and what they are worth, from their order history. It needs <b>order data</b> (one row per order with customer, date and amount), at least <b>20 customers who bought on two different days</b>, and at least <b>90 days</b> of orders.": (
        "En prognose forudsiger ud fra ordrehistorikken, hvor mange køb hver kunde vil foretage, og hvad kunden er værd. Den kræver <b>ordredata</b> (én række pr. ordre med kunde, dato og beløb), mindst <b>20 kunder, der har købt på to forskellige dage</b>, og mindst <b>90 dages</b> ordrer.",
        "En prognos förutsäger utifrån orderhistoriken hur många köp varje kund kommer att göra och vad kunden är värd. Den behöver <b>orderdata</b> (en rad per order med kund, datum och belopp), minst <b>20 kunder som har köpt på två olika dagar</b> och minst <b>90 dagars</b> ordrar."),
    "A krone next year is worth less than one today: the yearly rate that future value is discounted by": (
        "En krone næste år er mindre værd end en i dag: den årlige rente, fremtidig værdi diskonteres med",
        "En krona nästa år är värd mindre än en i dag: den årliga ränta som framtida värde diskonteras med"),
    "Actual": ("Faktisk", "Faktiskt"),
    "As of": ("Pr. dato", "Per datum"),
    "By how often customers had bought": ("Efter hvor ofte kunderne havde købt", "Efter hur ofta kunderna hade köpt"),
    "CSV for mail tools (*.csv);;Excel workbook (*.xlsx)": ("CSV til mailprogrammer (*.csv);;Excel-projektmappe (*.xlsx)", "CSV för e-postverktyg (*.csv);;Excel-arbetsbok (*.xlsx)"),
    "Can I trust it?": ("Kan jeg stole på den?", "Kan jag lita på den?"),
    "Choose the settings above and press <b>Run forecast</b>.": ("Vælg indstillingerne ovenfor, og tryk på <b>Lav prognose</b>.", "Välj inställningarna ovan och tryck på <b>Gör prognos</b>."),
    "Date": ("Dato", "Datum"),
    "Expected revenue": ("Forventet omsætning", "Förväntade intäkter"),
    "Export for mail tool…": ("Eksportér til mailprogram…", "Exportera till e-postverktyg…"),
    "Export win-back list": ("Eksportér genvindingsliste", "Exportera återvinningslista"),
    "Forecast": ("Prognose", "Prognos"),
    "Run forecast": ("Lav prognose", "Gör prognos"),
    "Forecast from this day: orders after it are left out": ("Prognose fra denne dag: senere ordrer udelades", "Prognos från den här dagen: senare ordrar utelämnas"),
    "Forecast: what your customers will buy": ("Prognose: hvad dine kunder vil købe", "Prognos: vad dina kunder kommer att köpa"),
    "Gross margin": ("Dækningsgrad", "Täckningsgrad"),
    "Horizon": ("Periode frem", "Period framåt"),
    "How far ahead to forecast": ("Hvor langt frem prognosen rækker", "Hur långt fram prognosen sträcker sig"),
    "Import orders that cover a longer time, at least 90 days, or move the <i>As of</i> date later.": (
        "Importér ordrer, der dækker en længere periode, mindst 90 dage, eller flyt <i>Pr. dato</i> senere.",
        "Importera ordrar som täcker en längre tid, minst 90 dagar, eller flytta <i>Per datum</i> senare."),
    "Import orders that cover a longer time, so more customers have come back; at least 20 customers must have bought on two different days.": (
        "Importér ordrer, der dækker en længere periode, så flere kunder er kommet igen; mindst 20 kunder skal have købt på to forskellige dage.",
        "Importera ordrar som täcker en längre tid, så att fler kunder har kommit tillbaka; minst 20 kunder måste ha köpt på två olika dagar."),
    "Import your orders to start.": ("Importér dine ordrer for at begynde.", "Importera dina ordrar för att börja."),
    "Model": ("Model", "Modell"),
    "Model check: last": ("Modeltjek: sidste", "Modellkontroll: sista"),
    "Move the <i>As of</i> date to a day after your first orders.": ("Flyt <i>Pr. dato</i> til en dag efter dine første ordrer.", "Flytta <i>Per datum</i> till en dag efter dina första ordrar."),
    "No customer with a past purchase is likely to have stopped buying.": ("Ingen kunde med tidligere køb ser ud til at være holdt op med at købe.", "Ingen kund med tidigare köp verkar ha slutat köpa."),
    "No model check: without the last %1 the model cannot be fitted (%2). Try fewer days.": (
        "Intet modeltjek: uden de sidste %1 kan modellen ikke tilpasses (%2). Prøv færre dage.",
        "Ingen modellkontroll: utan de sista %1 kan modellen inte anpassas (%2). Prova färre dagar."),
    "Over %1 from %2, for your %3. Customer value counts %4 of revenue (gross margin) and discounts by %5 a year.": (
        "Over %1 fra %2, for dine %3. Kundeværdien regner med %4 af omsætningen (dækningsgrad) og diskonterer med %5 om året.",
        "Under %1 från %2, för dina %3. Kundvärdet räknar med %4 av intäkterna (täckningsgrad) och diskonterar med %5 per år."),
    "Predicted customer value (CLV)": ("Forventet kundelevetidsværdi (CLV)", "Förväntat kundlivstidsvärde (CLV)"),
    "Purchases per customer in the check period": ("Køb pr. kunde i tjekperioden", "Köp per kund under kontrollperioden"),
    "Repeat purchase days before the check period": ("Genkøbsdage før tjekperioden", "Återköpsdagar före kontrollperioden"),
    "Repeat purchases over time": ("Genkøb over tid", "Återköp över tid"),
    "Repeat purchases, total so far": ("Genkøb, i alt indtil da", "Återköp, totalt hittills"),
    "Save the list as CSV or Excel, to import in your newsletter or mail tool": (
        "Gem listen som CSV eller Excel til import i dit nyhedsbrevs- eller mailprogram",
        "Spara listan som CSV eller Excel för import i ditt nyhetsbrevs- eller e-postverktyg"),
    "Search customer…": ("Søg kunde…", "Sök kund..."),
    "Set <i>Model check: last</i> to a number of days and press <b>Run forecast</b>: the model is then also fitted without those days and compared with what really happened in them.": (
        "Sæt <i>Modeltjek: sidste</i> til et antal dage, og tryk på <b>Lav prognose</b>: modellen tilpasses så også uden de dage og sammenlignes med, hvad der faktisk skete i dem.",
        "Sätt <i>Modellkontroll: sista</i> till ett antal dagar och tryck på <b>Gör prognos</b>: modellen anpassas då också utan de dagarna och jämförs med vad som faktiskt hände under dem."),
    "The list could not be saved: %1": ("Listen kunne ikke gemmes: %1", "Listan kunde inte sparas: %1"),
    "The model expected <b>%1</b> purchases in %2; there were <b>%3</b>.": (
        "Modellen forventede <b>%1</b> køb i %2; der var <b>%3</b>.",
        "Modellen förväntade <b>%1</b> köp under %2; det blev <b>%3</b>."),
    "These figures are per period, not per order, so there is nothing to forecast from. Import an order list from your shop or accounting system.": (
        "Disse tal er pr. periode, ikke pr. ordre, så der er intet at lave en prognose ud fra. Importér en ordreliste fra din webshop eller dit regnskabssystem.",
        "De här siffrorna är per period, inte per order, så det finns inget att göra en prognos från. Importera en orderlista från din webbutik eller ditt bokföringssystem."),
    "This happens with few or very uneven orders. More orders, over a longer time, usually let the model fit.": (
        "Det sker ved få eller meget ujævne ordrer. Flere ordrer over længere tid får som regel modellen til at passe.",
        "Det händer med få eller mycket ojämna ordrar. Fler ordrar under längre tid brukar göra att modellen går att anpassa."),
    "To check the model, it is also fitted without your last days of orders and compared with what really happened in them. 0: no check.": (
        "For at tjekke modellen tilpasses den også uden dine sidste dages ordrer og sammenlignes med, hvad der faktisk skete i dem. 0: intet tjek.",
        "För att kontrollera modellen anpassas den också utan dina sista dagars ordrar och jämförs med vad som faktiskt hände under dem. 0: ingen kontroll."),
    "Win back": ("Vind tilbage", "Vinn tillbaka"),
    "Yearly discount rate": ("Årlig diskonteringsrente", "Årlig diskonteringsränta"),
    "Your gross margin: the share of a sale you keep after the cost of the goods. 100 % counts revenue.": (
        "Din dækningsgrad: den andel af et salg, du beholder efter vareforbruget. 100 % regner med omsætningen.",
        "Din täckningsgrad: den andel av en försäljning du behåller efter varukostnaden. 100 % räknar med intäkterna."),
    "check starts": ("tjek begynder", "kontroll börjar"),
    "one purchase so far": ("ét køb indtil nu", "ett köp hittills"),
    "win-back.csv": ("genvind-kunder.csv", "aterfa-kunder.csv"),
})

PLURALS.update({
    "%n customer(s)": (("%n kunde", "%n kunder"), ("%n kund", "%n kunder")),
    "%n day(s)": (("%n dag", "%n dage"), ("%n dag", "%n dagar")),
    "the last %n day(s)": (("den sidste dag", "de sidste %n dage"), ("den sista dagen", "de sista %n dagarna")),
    "%n customer(s) who spent well with you but have probably stopped buying, most money at risk first. A personal offer may bring them back.": (
        ("%n kunde, der har handlet godt hos dig, men sandsynligvis er holdt op med at købe. Et personligt tilbud kan få kunden tilbage.",
         "%n kunder, der har handlet godt hos dig, men sandsynligvis er holdt op med at købe, størst beløb i fare først. Et personligt tilbud kan få dem tilbage."),
        ("%n kund som har handlat bra hos dig men troligen har slutat köpa. Ett personligt erbjudande kan få kunden tillbaka.",
         "%n kunder som har handlat bra hos dig men troligen har slutat köpa, störst belopp i fara först. Ett personligt erbjudande kan få dem tillbaka.")),
})
# --- overview (cards, period picker, trends axes and limits, help text) ---
_HELP_NO_FILE = {
    "da": ("projektets referencedefinitioner (METRICS.md)", "projektets offentliggjorte definitioner (docs/metrics.md i kildekoden)"),
    "sv": ("projektets referensdefinitioner (METRICS.md)", "projektets publicerade definitioner (docs/metrics.md i källkoden)"),
}
_HELP_WINDOW = {
    "da": ("<p>Et tal vises som “–”, når det ikke kan beregnes, fx en rate med nul kunder ved start.</p>\n",
           "<p>Ingen kunde kan tælles som mistet før ét churn-vindue efter den første ordre: de første perioder af\n"
           "ordredata viser 100 % fastholdelse og 0 % churn. Et resultat, der er beregnet ud fra et umuligt input (fx flere\n"
           "fastholdte kunder, end der var), vises ikke; kortet siger hvorfor.</p>\n"),
    "sv": ("<p>En siffra visas som “–” när den inte kan beräknas, till exempel en andel med noll kunder vid start.</p>\n",
           "<p>Ingen kund kan räknas som förlorad förrän ett churn-fönster efter den första ordern: de första perioderna\n"
           "av orderdata visar 100 % retention och 0 % churn. Ett resultat som beräknats från ett omöjligt värde (till\n"
           "exempel fler behållna kunder än det fanns) visas inte; kortet säger varför.</p>\n"),
}


def _help_without_file(text: str, lang: str) -> str:
    old, new = _HELP_NO_FILE[lang]
    para, extra = _HELP_WINDOW[lang]
    return text.replace(old, new).replace(para, para + extra)


_OLD_HELP = [k for k in T if k.lstrip().startswith("<h2>How are these computed?</h2>")]
for _k in _OLD_HELP:
    _da, _sv = T.pop(_k)
T[_HELP] = (_help_without_file(_da, "da"), _help_without_file(_sv, "sv"))

T.update({
    "Which period the cards show": ("Hvilken periode kortene viser", "Vilken period korten visar"),
    "Show:": ("Vis:", "Visa:"),
    "Latest": ("Seneste", "Senaste"),
    "Last 12 months": ("Seneste 12 måneder", "Senaste 12 månaderna"),
    "Last 12 periods": ("Seneste 12 perioder", "Senaste 12 perioderna"),
    "No customer can be counted as lost until one churn window (%1 days) after the first order: %2 to %3 show 100 % retention and 0 % churn.": (
        "Ingen kunde kan tælles som mistet før ét churn-vindue (%1 dage) efter den første ordre: %2 til %3 viser 100 % fastholdelse og 0 % churn.",
        "Ingen kund kan räknas som förlorad förrän ett churn-fönster (%1 dagar) efter den första ordern: %2 till %3 visar 100 % retention och 0 % churn."),
    "all answers": ("alle svar", "alla svar"),
    "all data": ("alle data", "alla data"),
    "%1 promoters · %2 passives · %3 detractors (%4 answers)": (
        "%1 ambassadører · %2 passive · %3 kritikere (%4 svar)", "%1 promotorer · %2 passiva · %3 kritiker (%4 svar)"),
    "in the first churn window: no one can be lost yet": (
        "i det første churn-vindue: ingen kan være mistet endnu", "i det första churn-fönstret: ingen kan vara förlorad ännu"),
    "the 12 months before": ("de 12 måneder før", "de 12 månaderna före"),
    "the 12 periods before": ("de 12 perioder før", "de 12 perioderna före"),
    "%1 points vs %2": ("%1 procentpoint ift. %2", "%1 procentenheter jämfört med %2"),
    "%1 % vs %2": ("%1 % ift. %2", "%1 % jämfört med %2"),
    "%1 NPS points vs %2": ("%1 NPS-point ift. %2", "%1 NPS-poäng jämfört med %2"),
    "%1 and %2 more": ("%1 og %2 mere", "%1 och %2 till"),
    "Click to see what you can do.": ("Klik for at se, hvad du kan gøre.", "Klicka för att se vad du kan göra."),
    "<b>%1</b>: %2 orders, revenue %3": ("<b>%1</b>: %2 ordrer, omsætning %3", "<b>%1</b>: %2 ordrar, intäkter %3"),
    "not enough data": ("ikke nok data", "för lite data"),
    "Percent (%) / NPS": ("Procent (%) / NPS", "Procent (%) / NPS"),
    "Percent (%)": ("Procent (%)", "Procent (%)"),
    "Amount (%1)": ("Beløb (%1)", "Belopp (%1)"),
    "Amount": ("Beløb", "Belopp"),
    "Days": ("Dage", "Dagar"),
    "Number": ("Antal", "Antal"),
    "NPS": ("NPS", "NPS"),
    "limit %1": ("grænse %1", "gräns %1"),
    "%1 days": ("%1 dage", "%1 dagar"),
    "no one can be lost yet": ("ingen kan være mistet endnu", "ingen kan vara förlorad ännu"),
    "The first churn window: no customer can be counted as lost until one churn window after the first order, so retention is 100 % here.": (
        "Det første churn-vindue: ingen kunde kan tælles som mistet før ét churn-vindue efter den første ordre, så fastholdelsen er 100 % her.",
        "Det första churn-fönstret: ingen kund kan räknas som förlorad förrän ett churn-fönster efter den första ordern, så retentionen är 100 % här."),
})
PLURALS.update({
    "sum of %n period(s)": (("sum af %n periode", "sum af %n perioder"), ("summa av %n period", "summa av %n perioder")),
    "mean of %n period(s)": (("gennemsnit af %n periode", "gennemsnit af %n perioder"),
                             ("medelvärde av %n period", "medelvärde av %n perioder")),
    "from the answers of %n period(s)": (("ud fra svarene i %n periode", "ud fra svarene i %n perioder"),
                                         ("utifrån svaren i %n period", "utifrån svaren i %n perioder")),
})
# --- problems (problems list, period table, customers and cohorts tabs) ---
T.update({
    # the dock's title and its View menu entry (main_window.py / menus.py, wired by the lead)
    "Problems": ("Problemer", "Problem"),
    "&Problems": ("&Problemer", "&Problem"),
    "Errors and warnings": ("Fejl og advarsler", "Fel och varningar"),
    "Errors only": ("Kun fejl", "Endast fel"),
    "Warnings only": ("Kun advarsler", "Endast varningar"),
    "No problems: every figure could be read and checked.": (
        "Ingen problemer: alle tal kunne læses og kontrolleres.",
        "Inga problem: alla siffror kunde läsas och kontrolleras."),
    "Warning": ("Advarsel", "Varning"),
    "Show the list of problems": ("Vis listen over problemer", "Visa listan över problem"),
    "No problems": ("Ingen problemer", "Inga problem"),
    "Values in italics are as imported from %1; values you type are upright.": (
        "Tal i kursiv er importeret fra %1; tal, du selv skriver, står med almindelig skrift.",
        "Värden i kursiv är importerade från %1; värden du skriver själv står med vanlig stil."),
    "Imported from %1": ("Importeret fra %1", "Importerat från %1"),
    "(days)": ("(dage)", "(dagar)"),
    "(periods)": ("(perioder)", "(perioder)"),
    "(points)": ("(procentpoint)", "(procentenheter)"),
    "Start": ("Start", "Start"),
    "Average": ("Gennemsnit", "Genomsnitt"),
    "Each row is the customers whose first order fell in that period; a column such as “%1” is the share of them "
    "who ordered again that long after. The last row is the average, weighted by cohort size. Darker blue is "
    "better; the start column is always 100 %.": (
        "Hver række er de kunder, hvis første ordre faldt i den periode; en kolonne som “%1” er den andel af dem, "
        "der handlede igen så længe efter. Nederste række er gennemsnittet, vægtet efter kohortens størrelse. "
        "Mørkere blå er bedre; startkolonnen er altid 100 %.",
        "Varje rad är de kunder vars första order låg i den perioden; en kolumn som “%1” är andelen av dem som "
        "handlade igen så långt efteråt. Sista raden är genomsnittet, viktat efter kohortens storlek. Mörkare blått "
        "är bättre; startkolumnen är alltid 100 %."),
    "Lapsed valuable customers": ("Tabte værdifulde kunder", "Förlorade värdefulla kunder"),
    "Show only customers who have stopped buying, the biggest spenders first: the people worth a win-back offer.": (
        "Vis kun kunder, der er holdt op med at købe, dem der har købt mest først: dem, der er værd at vinde tilbage.",
        "Visa bara kunder som har slutat handla, de som har handlat mest först: de som är värda att vinna tillbaka."),
    "Export list…": ("Eksportér liste…", "Exportera lista…"),
    "Save the customers shown (id, orders, revenue, last order, status) as a CSV file, e.g. for a mail-out": (
        "Gem de viste kunder (id, ordrer, omsætning, seneste ordre, status) som en CSV-fil, fx til en udsendelse",
        "Spara de visade kunderna (id, order, intäkter, senaste order, status) som en CSV-fil, t.ex. för ett utskick"),
    "active": ("aktiv", "aktiv"),
    "lost": ("mistet", "förlorad"),
    "lapsed-customers": ("tabte-kunder", "förlorade-kunder"),
    "customers": ("kunder", "kunder"),
    "Export customer list": ("Eksportér kundeliste", "Exportera kundlista"),
    "CSV files (*.csv)": ("CSV-filer (*.csv)", "CSV-filer (*.csv)"),
})

PLURALS.update({
    "+%n month(s)": (("+%n måned", "+%n måneder"), ("+%n månad", "+%n månader")),
    "+%n week(s)": (("+%n uge", "+%n uger"), ("+%n vecka", "+%n veckor")),
    "+%n quarter(s)": (("+%n kvartal", "+%n kvartaler"), ("+%n kvartal", "+%n kvartal")),
    "+%n year(s)": (("+%n år", "+%n år"), ("+%n år", "+%n år")),
    "%n active": (("%n aktiv", "%n aktive"), ("%n aktiv", "%n aktiva")),
    "%n shown": (("%n vist", "%n vist"), ("%n visad", "%n visade")),
    "%n customer(s)": (("%n kunde", "%n kunder"), ("%n kund", "%n kunder")),
    "Saved %n customer(s) to %1": (("Gemte %n kunde i %1", "Gemte %n kunder i %1"),
                                   ("Sparade %n kund i %1", "Sparade %n kunder i %1")),
})

# --- window wiring (forecast task, Improve and tab tips) ---
T.update({
    "Could not forecast": ("Kunne ikke lave prognosen", "Kunde inte göra prognosen"),
    "Forecasting…": ("Laver prognose…", "Gör prognos…"),
    "Improve": ("Forbedr", "Förbättra"),
    "What keeping more customers is worth over the next 12 periods": (
        "Hvad det er værd at fastholde flere kunder de næste 12 perioder",
        "Vad det är värt att behålla fler kunder de kommande 12 perioderna"),
    "What to do now: suggestions from your own numbers": (
        "Hvad du kan gøre nu: forslag ud fra dine egne tal",
        "Vad du kan göra nu: förslag utifrån dina egna siffror"),
    "Who will buy again, who is slipping away, and what each customer is worth": (
        "Hvem køber igen, hvem er ved at glide væk, og hvad hver kunde er værd",
        "Vem köper igen, vem håller på att glida iväg, och vad varje kund är värd"),
})

# --- import flow: a settings change analyses the imported data again ---
T.update({
    "Computing…": ("Beregner…", "Beräknar…"),
    "Could not compute the results": ("Kunne ikke beregne resultaterne", "Kunde inte beräkna resultaten"),
    "Cancelled: the results are those of the earlier settings.": (
        "Annulleret: resultaterne er dem fra de tidligere indstillinger.",
        "Avbrutet: resultaten är de från de tidigare inställningarna."),
})

# Saving a project in the task runner.
T.update({
    "Saving %1 once the work under way is done…": (
        "Gemmer %1, når det igangværende arbejde er færdigt…",
        "Sparar %1 när det pågående arbetet är klart…"),
    "The project was not saved.": ("Projektet blev ikke gemt.", "Projektet sparades inte."),
})

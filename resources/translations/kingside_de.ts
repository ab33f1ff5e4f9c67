<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kingside::AccountAnalyzer</name>
    <message>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
    </message>
    <message>
        <source>Competitor %1</source>
        <translation>Wettbewerber %1</translation>
    </message>
</context>
<context>
    <name>Kingside::AccountListModel</name>
    <message>
        <source>%1
%2 · %3 · annual sales %4</source>
        <translation>%1
%2 · %3 · Jahresumsatz %4</translation>
    </message>
</context>
<context>
    <name>Kingside::AccountPropertiesDialog</name>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>What the customer wants to achieve in the next years</source>
        <translation>Was der Kunde in den nächsten Jahren erreichen will</translation>
    </message>
    <message>
        <source>How the customer buys: who is involved, in which steps, with which approvals</source>
        <translation>Wie der Kunde einkauft: wer beteiligt ist, in welchen Schritten, mit welchen Freigaben</translation>
    </message>
    <message>
        <source>Competitor&apos;s name</source>
        <translation>Name des Wettbewerbers</translation>
    </message>
    <message>
        <source>Product&apos;s name</source>
        <translation>Name des Produkts</translation>
    </message>
    <message>
        <source>or a new mentor&apos;s name</source>
        <translation>oder der Name eines neuen Mentors</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>Annual &amp;sales:</source>
        <translation>Jahres&amp;umsatz:</translation>
    </message>
    <message>
        <source>&amp;Profitability (margin):</source>
        <translation>&amp;Rentabilität (Marge):</translation>
    </message>
    <message>
        <source>3-year p&amp;otential:</source>
        <translation>&amp;Potenzial in 3 Jahren:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>&amp;Lebenszyklusphase:</translation>
    </message>
    <message>
        <source>Mentor &amp;review every:</source>
        <translation>Mentor-Re&amp;view alle:</translation>
    </message>
    <message>
        <source>A line is &amp;fresh for:</source>
        <translation>Verbindung gilt als a&amp;ktuell für:</translation>
    </message>
    <message>
        <source>Business &amp;objectives:</source>
        <translation>&amp;Geschäftsziele:</translation>
    </message>
    <message>
        <source>&amp;Buying process:</source>
        <translation>&amp;Einkaufsprozess:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Competitors in this account</source>
        <translation>Wettbewerber in diesem Account</translation>
    </message>
    <message>
        <source>Our products in this account</source>
        <translation>Unsere Produkte in diesem Account</translation>
    </message>
    <message>
        <source>Which competitor a person favours, and who uses, specifies or buys a product, is set per person in the board&apos;s inspector.</source>
        <translation>Welchen Wettbewerber eine Person bevorzugt und wer ein Produkt nutzt, spezifiziert oder kauft, wird je Person im Inspektor des Bretts festgelegt.</translation>
    </message>
    <message>
        <source>%1 — Account Properties</source>
        <translation>%1 – Account-Eigenschaften</translation>
    </message>
    <message>
        <source>(no mentor)</source>
        <translation>(kein Mentor)</translation>
    </message>
    <message>
        <source>Select the competitor to remove first.</source>
        <translation>Wählen Sie zuerst den Wettbewerber aus, der entfernt werden soll.</translation>
    </message>
    <message>
        <source>Select the product to remove first.</source>
        <translation>Wählen Sie zuerst das Produkt aus, das entfernt werden soll.</translation>
    </message>
    <message>
        <source>Edit %1&apos;s properties</source>
        <translation>Eigenschaften von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>New mentor&apos;s name</source>
        <translation>Name des neuen Mentors</translation>
    </message>
    <message>
        <source>The competitors people here may favour</source>
        <translation>Die Wettbewerber, die Personen hier bevorzugen können</translation>
    </message>
    <message>
        <source>The products people here use, specify or buy</source>
        <translation>Die Produkte, die Personen hier nutzen, spezifizieren oder kaufen</translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation>Wettbewerber hinzufügen</translation>
    </message>
    <message>
        <source>Remove competitor</source>
        <translation>Wettbewerber entfernen</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Produkt entfernen</translation>
    </message>
</context>
<context>
    <name>Kingside::AccountRules</name>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Account braucht einen Namen.</translation>
    </message>
    <message>
        <source>An account&apos;s name can have at most %1 characters.</source>
        <translation>Der Name eines Accounts darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>Es gibt bereits einen Account namens „%1“.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Eine Abteilung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A department&apos;s name can have at most %1 characters.</source>
        <translation>Der Name einer Abteilung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This account already has a department called “%1”.</source>
        <translation>Dieser Account hat bereits eine Abteilung namens „%1“.</translation>
    </message>
    <message>
        <source>A level needs a name.</source>
        <translation>Eine Ebene braucht einen Namen.</translation>
    </message>
    <message>
        <source>A level&apos;s name can have at most %1 characters.</source>
        <translation>Der Name einer Ebene darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This account already has a level called “%1”.</source>
        <translation>Dieser Account hat bereits eine Ebene namens „%1“.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Ein Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>A product&apos;s name can have at most %1 characters.</source>
        <translation>Der Name eines Produkts darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This account already has the product “%1”.</source>
        <translation>Dieser Account hat bereits das Produkt „%1“.</translation>
    </message>
    <message>
        <source>A competitor needs a name.</source>
        <translation>Ein Wettbewerber braucht einen Namen.</translation>
    </message>
    <message>
        <source>A competitor&apos;s name can have at most %1 characters.</source>
        <translation>Der Name eines Wettbewerbers darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>“%1” is already a competitor in this account.</source>
        <translation>„%1“ ist in diesem Account bereits ein Wettbewerber.</translation>
    </message>
    <message>
        <source>Annual sales cannot be negative.</source>
        <translation>Der Jahresumsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Profitability is a margin between -100 % and 100 %.</source>
        <translation>Die Rentabilität ist eine Marge zwischen -100 % und 100 %.</translation>
    </message>
    <message>
        <source>The three-year potential cannot be negative.</source>
        <translation>Das Potenzial in drei Jahren darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The review cadence is between 1 and 24 months.</source>
        <translation>Der Review-Rhythmus liegt zwischen 1 und 24 Monaten.</translation>
    </message>
    <message>
        <source>The freshness window is between 1 and 3650 days.</source>
        <translation>Das Aktualitätsfenster liegt zwischen 1 und 3650 Tagen.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as EUR or USD, in capitals.</source>
        <translation>Die Währung ist ein dreistelliger ISO-4217-Code in Großbuchstaben, etwa EUR oder USD.</translation>
    </message>
</context>
<context>
    <name>Kingside::AccountTemplates</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigende Industrie</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Finanzdienstleistungen</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Öffentlicher Sektor</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Utilities &amp; energy</source>
        <translation>Versorgung &amp; Energie</translation>
    </message>
    <message>
        <source>Software &amp; technology</source>
        <translation>Software &amp; Technologie</translation>
    </message>
    <message>
        <source>Shipping &amp; logistics</source>
        <translation>Schifffahrt &amp; Logistik</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Vorstand/Aufsichtsrat</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Senior management</source>
        <translation>Oberes Management</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Sales &amp; Marketing</source>
        <translation>Vertrieb &amp; Marketing</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <source>Plant management</source>
        <translation>Werksleitung</translation>
    </message>
    <message>
        <source>Department heads</source>
        <translation>Abteilungsleitung</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Meister</translation>
    </message>
    <message>
        <source>Engineers &amp; specialists</source>
        <translation>Ingenieure &amp; Fachkräfte</translation>
    </message>
    <message>
        <source>Shop floor</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Clinical services</source>
        <translation>Klinische Dienste</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>Pflege</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>Estates &amp; facilities</source>
        <translation>Liegenschaften &amp; Technik</translation>
    </message>
    <message>
        <source>Board of trustees</source>
        <translation>Kuratorium</translation>
    </message>
    <message>
        <source>Directors</source>
        <translation>Direktoren</translation>
    </message>
    <message>
        <source>Clinical leads</source>
        <translation>Klinische Leitung</translation>
    </message>
    <message>
        <source>Ward &amp; unit managers</source>
        <translation>Stations- &amp; Bereichsleitung</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Ärzte &amp; Therapeuten</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Servicepersonal</translation>
    </message>
    <message>
        <source>Risk &amp; compliance</source>
        <translation>Risiko &amp; Compliance</translation>
    </message>
    <message>
        <source>Retail banking</source>
        <translation>Privatkundengeschäft</translation>
    </message>
    <message>
        <source>Corporate banking</source>
        <translation>Firmenkundengeschäft</translation>
    </message>
    <message>
        <source>Executive committee</source>
        <translation>Vorstand</translation>
    </message>
    <message>
        <source>Managing directors</source>
        <translation>Geschäftsführer</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>Analysts &amp; specialists</source>
        <translation>Analysten &amp; Fachkräfte</translation>
    </message>
    <message>
        <source>Leadership office</source>
        <translation>Leitungsstab</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Grundsatzfragen</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>Bürgerdienste</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Elected officials</source>
        <translation>Gewählte Vertreter</translation>
    </message>
    <message>
        <source>Chief executive</source>
        <translation>Verwaltungsspitze</translation>
    </message>
    <message>
        <source>Heads of service</source>
        <translation>Amtsleitung</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>Buying &amp; merchandising</source>
        <translation>Einkauf &amp; Sortiment</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>E-Commerce</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Regional managers</source>
        <translation>Regionalleitung</translation>
    </message>
    <message>
        <source>Store managers</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Store staff</source>
        <translation>Filialpersonal</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Erzeugung</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netze</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulierung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>IT &amp; security</source>
        <translation>IT &amp; Sicherheit</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>C-level</source>
        <translation>C-Level</translation>
    </message>
    <message>
        <source>Vice presidents</source>
        <translation>Vice Presidents</translation>
    </message>
    <message>
        <source>Team leads</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Fleet operations</source>
        <translation>Flottenbetrieb</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Chartering &amp; commercial</source>
        <translation>Befrachtung &amp; Vertrieb</translation>
    </message>
    <message>
        <source>HSE</source>
        <translation>Arbeitssicherheit &amp; Umwelt</translation>
    </message>
</context>
<context>
    <name>Kingside::ActionsEditor</name>
    <message>
        <source>Short-term actions</source>
        <translation>Kurzfristige Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Überfällig: fällig am %1, vor %n Tag</numerusform>
            <numerusform>Überfällig: fällig am %1, vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>One row per action: what, owner, due date, status, the objective it serves and the client person it concerns; an overdue action is bold, its tooltip says by how many days</source>
        <translation>Eine Zeile je Maßnahme: was, wer verantwortlich ist, Fälligkeitsdatum, Status, das Ziel, dem sie dient, und die Person des Kunden, die sie betrifft; eine überfällige Maßnahme ist fett, ihr Tooltip nennt, seit wie vielen Tagen</translation>
    </message>
    <message>
        <source>%1 of action “%2”</source>
        <translation>%1 der Maßnahme „%2“</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Draw a working line (strength 1) for people who met and have none</source>
        <translation>Für Personen, die sich getroffen haben und noch keine Verbindung haben, eine &amp;Arbeitsverbindung (Stärke 1) ziehen</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Import Activity into %1</source>
        <translation>Aktivität in %1 importieren</translation>
    </message>
    <message>
        <source>&amp;Update Lines</source>
        <translation>Verbindungen akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Meetings from calendar exports (.ics from Outlook, Google Calendar, Apple Calendar) and messages from mail exports (mbox, .eml) move the last contact of the lines between our team and the client&apos;s people forward, never back. Only the day, the attendees and the From, To and Cc addresses are read; subjects, descriptions and bodies are never read or stored.</source>
        <translation>Besprechungen aus Kalenderexporten (.ics aus Outlook, Google Kalender, Apple Kalender) und Nachrichten aus Mailexporten (mbox, .eml) verschieben den letzten Kontakt der Verbindungen zwischen unserem Team und den Personen des Kunden nach vorn, nie zurück. Gelesen werden nur der Tag, die Teilnehmenden sowie die Adressen in Von, An und Cc; Betreff, Beschreibungen und Nachrichtentexte werden nie gelesen oder gespeichert.</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>Client person</source>
        <translation>Person des Kunden</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>New last contact</source>
        <translation>Neuer letzter Kontakt</translation>
    </message>
    <message>
        <source>Meetings in window</source>
        <translation>Besprechungen im Zeitfenster</translation>
    </message>
    <message>
        <source>Messages in window</source>
        <translation>Nachrichten im Zeitfenster</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Choose Calendar and Mail Exports</source>
        <translation>Kalender- und Mailexporte auswählen</translation>
    </message>
    <message>
        <source>Calendar and mail exports (*.ics *.ical *.mbox *.mbx *.eml);;All files (*)</source>
        <translation>Kalender- und Mailexporte (*.ics *.ical *.mbox *.mbx *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing will be changed.</source>
        <translation>Das Lesen wurde abgebrochen; es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing will be changed: %1</source>
        <translation>Es wird nichts geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) and message(s) read, %1 with one of our team and a client person.</source>
        <translation>
            <numerusform>%n Besprechung oder Nachricht gelesen, davon %1 mit jemandem aus unserem Team und einer Person des Kunden.</numerusform>
            <numerusform>%n Besprechungen und Nachrichten gelesen, davon %1 mit jemandem aus unserem Team und einer Person des Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) change</source>
        <translation>
            <numerusform>%n Paar ändert sich</numerusform>
            <numerusform>%n Paare ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new line(s)</source>
        <translation>
            <numerusform>, %n neue Verbindung</numerusform>
            <numerusform>, %n neue Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already up to date</source>
        <translation>
            <numerusform>; %n bereits aktuell</numerusform>
            <numerusform>; %n bereits aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met or wrote but have no line: %1</source>
        <translation>
            <numerusform>%n Paar hat sich getroffen oder geschrieben, hat aber keine Verbindung: %1</numerusform>
            <numerusform>%n Paare haben sich getroffen oder geschrieben, haben aber keine Verbindung: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>new, strength 1</source>
        <translation>neu, Stärke 1</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>Contacts in window: within the account&apos;s freshness window of %n day(s), counting those recorded before.</source>
        <translation>
            <numerusform>Kontakte im Zeitfenster: innerhalb des Aktualitätsfensters des Accounts von %n Tag, einschließlich der zuvor erfassten.</numerusform>
            <numerusform>Kontakte im Zeitfenster: innerhalb des Aktualitätsfensters des Accounts von %n Tagen, einschließlich der zuvor erfassten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Activity</source>
        <translation>Aktivität importieren</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Files to read</source>
        <translation>Zu lesende Dateien</translation>
    </message>
    <message>
        <source>The calendar and mail exports chosen with Add Files</source>
        <translation>Die mit „Dateien hinzufügen“ ausgewählten Kalender- und Mailexporte</translation>
    </message>
    <message>
        <source>Lines that change</source>
        <translation>Verbindungen, die sich ändern</translation>
    </message>
    <message>
        <source>One row per pair of our team and a client person: the last contact now and after the update, the meetings and messages found, and whether a line is drawn</source>
        <translation>Eine Zeile je Paar aus unserem Team und einer Person des Kunden: der letzte Kontakt jetzt und nach der Aktualisierung, die gefundenen Besprechungen und Nachrichten und ob eine Verbindung gezogen wird</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityPlan</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) and message(s) read, %1 with one of our team and a client person of “%2”.</source>
        <translation>
            <numerusform>%n Besprechung oder Nachricht gelesen, davon %1 mit jemandem aus unserem Team und einer Person des Kunden von „%2“.</numerusform>
            <numerusform>%n Besprechungen und Nachrichten gelesen, davon %1 mit jemandem aus unserem Team und einer Person des Kunden von „%2“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the days read (in the future, or more than five years ago).</source>
        <translation>
            <numerusform>%n außerhalb der gelesenen Tage (in der Zukunft oder mehr als fünf Jahre zurück).</numerusform>
            <numerusform>%n außerhalb der gelesenen Tage (in der Zukunft oder mehr als fünf Jahre zurück).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (cancelled meetings, messages without a sender or date).</source>
        <translation>
            <numerusform>%n ausgelassen (abgesagte Besprechungen, Nachrichten ohne Absender oder Datum).</numerusform>
            <numerusform>%n ausgelassen (abgesagte Besprechungen, Nachrichten ohne Absender oder Datum).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %1 – %2: last contact %3 → %4; %5 meeting(s), %6 message(s) in the last %n day(s)</source>
        <translation>
            <numerusform>  %1 – %2: letzter Kontakt %3 → %4; %5 Besprechung(en), %6 Nachricht(en) am letzten %n Tag</numerusform>
            <numerusform>  %1 – %2: letzter Kontakt %3 → %4; %5 Besprechung(en), %6 Nachricht(en) in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new)</source>
        <translation> (%1 neu)</translation>
    </message>
    <message>
        <source>; new working line, strength 1, from the calendar</source>
        <translation>; neue Arbeitsverbindung, Stärke 1, aus dem Kalender</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) already up to date.</source>
        <translation>
            <numerusform>%n Paar bereits aktuell.</numerusform>
            <numerusform>%n Paare bereits aktuell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met or wrote without a line between them (draw the lines of those who met with --create-lines): %1</source>
        <translation>
            <numerusform>%n Paar hat sich getroffen oder geschrieben, ohne Verbindung untereinander (die Verbindungen derer, die sich getroffen haben, zieht --create-lines): %1</numerusform>
            <numerusform>%n Paare haben sich getroffen oder geschrieben, ohne Verbindung untereinander (die Verbindungen derer, die sich getroffen haben, zieht --create-lines): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No relationship changes.</source>
        <translation>Keine Änderungen an Beziehungen.</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityPlanner</name>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Es gibt keinen Account „%1“.</translation>
    </message>
    <message>
        <source>Several people of the account have the address %1; it was matched to the first of them only.</source>
        <translation>Mehrere Personen des Accounts haben die Adresse %1; sie wurde nur der ersten von ihnen zugeordnet.</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityReader</name>
    <message>
        <source>%1 is neither a calendar export (.ics) nor a mail export (mbox or .eml).</source>
        <translation>%1 ist weder ein Kalenderexport (.ics) noch ein Mailexport (mbox oder .eml).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddAccount</name>
    <message>
        <source>Add account %1</source>
        <translation>Account %1 hinzufügen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Vorstand</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Senior management</source>
        <translation>Oberes Management</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operative Ebene</translation>
    </message>
</context>
<context>
    <name>Kingside::AddAccountCompetitor</name>
    <message>
        <source>Add competitor %1</source>
        <translation>Wettbewerber %1 hinzufügen</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddAccountProduct</name>
    <message>
        <source>Add product %1</source>
        <translation>Produkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddComment</name>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>A comment needs an author and some text.</source>
        <translation>Ein Kommentar braucht einen Verfasser und etwas Text.</translation>
    </message>
    <message>
        <source>The item to comment on no longer exists.</source>
        <translation>Das Element, zu dem kommentiert werden soll, existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddCriterion</name>
    <message>
        <source>Add criterion %1</source>
        <translation>Kriterium %1 hinzufügen</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Ein Kriterium braucht einen Namen.</translation>
    </message>
    <message>
        <source>A criterion named “%1” already exists.</source>
        <translation>Es gibt bereits ein Kriterium namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddDepartment</name>
    <message>
        <source>Add department %1</source>
        <translation>Abteilung %1 hinzufügen</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddLevel</name>
    <message>
        <source>Add level %1</source>
        <translation>Ebene %1 hinzufügen</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddObjective</name>
    <message>
        <source>Add objective %1</source>
        <translation>Ziel %1 hinzufügen</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddPerson</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Kingside::AddPlanAction</name>
    <message>
        <source>Add action %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddRelationship</name>
    <message>
        <source>Add relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
</context>
<context>
    <name>Kingside::AddReview</name>
    <message>
        <source>Record review</source>
        <translation>Review erfassen</translation>
    </message>
    <message>
        <source>A review needs a date.</source>
        <translation>Ein Review braucht ein Datum.</translation>
    </message>
    <message>
        <source>A review cannot be dated in the future (%1 is after today, %2). Record it on the day it took place.</source>
        <translation>Ein Review darf nicht in der Zukunft datiert sein (%1 liegt nach heute, %2). Erfassen Sie es an dem Tag, an dem es stattgefunden hat.</translation>
    </message>
    <message>
        <source>A review needs the name of its reviewer.</source>
        <translation>Ein Review braucht den Namen der prüfenden Person.</translation>
    </message>
    <message>
        <source>The account of this review no longer exists.</source>
        <translation>Der Account dieses Reviews existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Ein Kommentar darf nicht leer sein.</translation>
    </message>
    <message>
        <source>An agreed action needs a title.</source>
        <translation>Eine vereinbarte Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>Agreed action “%1”: %2</source>
        <translation>Vereinbarte Maßnahme „%1“: %2</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Review von %1</translation>
    </message>
</context>
<context>
    <name>Kingside::AddWall</name>
    <message>
        <source>Draw wall</source>
        <translation>Mauer ziehen</translation>
    </message>
    <message>
        <source>A wall stands between two different departments.</source>
        <translation>Eine Mauer steht zwischen zwei verschiedenen Abteilungen.</translation>
    </message>
    <message>
        <source>A wall stands between two different levels.</source>
        <translation>Eine Mauer steht zwischen zwei verschiedenen Ebenen.</translation>
    </message>
    <message>
        <source>This department does not exist in the account.</source>
        <translation>Diese Abteilung gibt es im Account nicht.</translation>
    </message>
    <message>
        <source>This level does not exist in the account.</source>
        <translation>Diese Ebene gibt es im Account nicht.</translation>
    </message>
    <message>
        <source>There is already a wall there.</source>
        <translation>Dort steht bereits eine Mauer.</translation>
    </message>
</context>
<context>
    <name>Kingside::AnalysisReport</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is the King, and which of us has a strong, fresh line to them at a matching level? Is the King in check?</source>
        <translation>Wer ist der König, und wer von uns hat eine starke, aktuelle Verbindung zu ihm auf passender Ebene? Steht der König im Schach?</translation>
    </message>
    <message>
        <source>Who is the Queen, and whose side is she on?</source>
        <translation>Wer ist die Dame, und auf wessen Seite steht sie?</translation>
    </message>
    <message>
        <source>Who are our champions and opponents per department, and who are the competitor&apos;s champions?</source>
        <translation>Wer sind je Abteilung unsere Champions und Gegner, und wer sind die Champions des Wettbewerbs?</translation>
    </message>
    <message>
        <source>Where are we single-threaded?</source>
        <translation>Wo hängen wir an einem einzigen Kontakt?</translation>
    </message>
    <message>
        <source>Whose departure, or which lost line, cuts us off from the King or the Queen?</source>
        <translation>Wessen Weggang oder welche verlorene Verbindung schneidet uns vom König oder von der Dame ab?</translation>
    </message>
    <message>
        <source>Who is reachable from our team, and what is the strongest introduction path?</source>
        <translation>Wen erreicht unser Team, und was ist der stärkste Weg für eine Vorstellung?</translation>
    </message>
    <message>
        <source>Who are the hidden influencers?</source>
        <translation>Wer sind die verdeckten Einflussnehmer?</translation>
    </message>
    <message>
        <source>Where is the whitespace?</source>
        <translation>Wo liegt ungenutztes Potenzial (Whitespace)?</translation>
    </message>
    <message>
        <source>Which relationships are cooling?</source>
        <translation>Welche Beziehungen kühlen ab?</translation>
    </message>
    <message>
        <source>What changed since the last review?</source>
        <translation>Was hat sich seit dem letzten Review geändert?</translation>
    </message>
    <message>
        <source>an opponent</source>
        <translation>ein Gegner</translation>
    </message>
    <message>
        <source>a sceptic</source>
        <translation>ein Skeptiker</translation>
    </message>
    <message>
        <source>favours a competitor</source>
        <translation>bevorzugt einen Wettbewerber</translation>
    </message>
    <message>
        <source>nobody of us has a strong, fresh line</source>
        <translation>niemand von uns hat eine starke, aktuelle Verbindung</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>kein Kontakt erfasst</translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>letzter Kontakt vor %n Tag</numerusform>
            <numerusform>letzter Kontakt vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>not strong</source>
        <translation>nicht stark</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>kühlt ab</translation>
    </message>
    <message>
        <source>matching level</source>
        <translation>passende Ebene</translation>
    </message>
    <message>
        <source>level does not match</source>
        <translation>Ebene passt nicht</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>Ebene unbekannt</translation>
    </message>
    <message>
        <source>%1: strength %2, %3 — %4</source>
        <translation>%1: Stärke %2, %3 – %4</translation>
    </message>
    <message>
        <source>No King is marked: nobody has the final decision maker&apos;s role.</source>
        <translation>Kein König ist markiert: niemand hat die Rolle des endgültigen Entscheiders.</translation>
    </message>
    <message>
        <source>%1 is the King and is in check: %2.</source>
        <translation>%1 ist der König und steht im Schach: %2.</translation>
    </message>
    <message>
        <source>%1 is the King; we have a strong, fresh line to them at a matching level.</source>
        <translation>%1 ist der König; wir haben eine starke, aktuelle Verbindung zu ihm auf passender Ebene.</translation>
    </message>
    <message>
        <source>%1 is the King; we have a strong, fresh line, but not at a matching level.</source>
        <translation>%1 ist der König; wir haben eine starke, aktuelle Verbindung, aber nicht auf passender Ebene.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are shown as King: %1. Only one should be.</source>
        <translation>
            <numerusform>%n Person ist als König markiert: %1. Es sollte nur eine sein.</numerusform>
            <numerusform>%n Personen sind als König markiert: %1. Es sollte nur eine sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), attitude: %3</source>
        <translation>%1 (%2), Haltung: %3</translation>
    </message>
    <message>
        <source>, favours %1</source>
        <translation>, bevorzugt %1</translation>
    </message>
    <message>
        <source>Nobody of us has a line to the King.</source>
        <translation>Niemand von uns hat eine Verbindung zum König.</translation>
    </message>
    <message>
        <source>No Queen is marked: nobody has the power influencer&apos;s role.</source>
        <translation>Keine Dame ist markiert: niemand hat die Rolle des starken Einflussnehmers.</translation>
    </message>
    <message>
        <source>on our side (%1)</source>
        <translation>auf unserer Seite (%1)</translation>
    </message>
    <message>
        <source>on nobody&apos;s side yet (neutral or unknown)</source>
        <translation>noch auf niemandes Seite (neutral oder unbekannt)</translation>
    </message>
    <message>
        <source>against us (%1)</source>
        <translation>gegen uns (%1)</translation>
    </message>
    <message>
        <source> and favours %1</source>
        <translation> und bevorzugt %1</translation>
    </message>
    <message>
        <source>%1 is the Queen and is %2.</source>
        <translation>%1 ist die Dame und steht %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are shown as Queen: %1.</source>
        <translation>
            <numerusform>%n Person ist als Dame markiert: %1.</numerusform>
            <numerusform>%n Personen sind als Dame markiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody of us has a line to the Queen.</source>
        <translation>Niemand von uns hat eine Verbindung zur Dame.</translation>
    </message>
    <message>
        <source>champions %1</source>
        <translation>Champions %1</translation>
    </message>
    <message>
        <source>opponents %1</source>
        <translation>Gegner %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Champions of %1: %2</source>
        <translation>Champions von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>We have %n champion(s)</source>
        <translation>
            <numerusform>Wir haben %n Champion</numerusform>
            <numerusform>Wir haben %n Champions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n opponent(s)</source>
        <translation>
            <numerusform> und %n Gegner</numerusform>
            <numerusform> und %n Gegner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> across %n department(s)</source>
        <translation>
            <numerusform> in %n Abteilung</numerusform>
            <numerusform> in %n Abteilungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; no client person favours a competitor.</source>
        <translation>; keine Person des Kunden bevorzugt einen Wettbewerber.</translation>
    </message>
    <message>
        <source>; competitors&apos; champions: %1.</source>
        <translation>; Champions des Wettbewerbs: %1.</translation>
    </message>
    <message>
        <source>Our team has nobody on this account, so every key piece is unreached.</source>
        <translation>Unser Team hat niemanden auf diesem Account, daher ist keine Schlüsselfigur erreicht.</translation>
    </message>
    <message>
        <source>%1 (%2) is reached only by %3</source>
        <translation>%1 (%2) wird nur von %3 erreicht</translation>
    </message>
    <message>
        <source>Not reached by anyone of us: %1</source>
        <translation>Von niemandem von uns erreicht: %1</translation>
    </message>
    <message>
        <source>%1 holds %2 of our %3 lines (%4)</source>
        <translation>%1 hält %2 unserer %3 Verbindungen (%4)</translation>
    </message>
    <message>
        <source>there are no key pieces (King, Queen, Rooks, Bishops, Knights) yet</source>
        <translation>es gibt noch keine Schlüsselfiguren (König, Dame, Türme, Läufer, Springer)</translation>
    </message>
    <message>
        <source>no key piece hangs on one of us alone</source>
        <translation>keine Schlüsselfigur hängt allein an einem von uns</translation>
    </message>
    <message numerus="yes">
        <source>%n key piece(s) reached by one of us only: %1</source>
        <translation>
            <numerusform>%n Schlüsselfigur nur von einem von uns erreicht: %1</numerusform>
            <numerusform>%n Schlüsselfiguren nur von einem von uns erreicht: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached by nobody</source>
        <translation>
            <numerusform>%n von niemandem erreicht</numerusform>
            <numerusform>%n von niemandem erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds most of our lines</source>
        <translation>%1 hält die meisten unserer Verbindungen</translation>
    </message>
    <message>
        <source>Single-threading: %1.</source>
        <translation>Einzelkontakt-Risiko: %1.</translation>
    </message>
    <message>
        <source>the King and the Queen</source>
        <translation>der König und die Dame</translation>
    </message>
    <message>
        <source>the King</source>
        <translation>der König</translation>
    </message>
    <message>
        <source>the Queen</source>
        <translation>die Dame</translation>
    </message>
    <message>
        <source>Without %1 we lose our way to %2</source>
        <translation>Ohne %1 verlieren wir unseren Weg zu %2</translation>
    </message>
    <message>
        <source>The line %1 – %2 is our only way to %3</source>
        <translation>Die Verbindung %1 – %2 ist unser einziger Weg zu %3</translation>
    </message>
    <message numerus="yes">
        <source>Articulation points in the whole network: %n</source>
        <translation>
            <numerusform>Artikulationspunkte im gesamten Netzwerk: %n</numerusform>
            <numerusform>Artikulationspunkte im gesamten Netzwerk: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bridges (lines whose loss splits the network): %n</source>
        <translation>
            <numerusform>Brücken (Verbindungen, deren Verlust das Netzwerk teilt): %n</numerusform>
            <numerusform>Brücken (Verbindungen, deren Verlust das Netzwerk teilt): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No King or Queen is marked, so nobody can cut us off from them; the network has %n articulation point(s)</source>
        <translation>
            <numerusform>Kein König und keine Dame ist markiert, daher kann uns niemand von ihnen abschneiden; das Netzwerk hat %n Artikulationspunkt</numerusform>
            <numerusform>Kein König und keine Dame ist markiert, daher kann uns niemand von ihnen abschneiden; das Netzwerk hat %n Artikulationspunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n bridge(s).</source>
        <translation>
            <numerusform> und %n Brücke.</numerusform>
            <numerusform> und %n Brücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody&apos;s departure and no single lost line cuts us off from the King or the Queen.</source>
        <translation>Weder ein Weggang noch eine einzelne verlorene Verbindung schneidet uns vom König oder von der Dame ab.</translation>
    </message>
    <message>
        <source>%1 would cut us off from the King or the Queen</source>
        <translation>%1 würde uns vom König oder von der Dame abschneiden</translation>
    </message>
    <message>
        <source>No single person</source>
        <translation>Keine einzelne Person</translation>
    </message>
    <message numerus="yes">
        <source>; so would losing %n line(s).</source>
        <translation>
            <numerusform>; ebenso der Verlust von %n Verbindung.</numerusform>
            <numerusform>; ebenso der Verlust von %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our team has nobody on this account, so nobody is reachable</source>
        <translation>Unser Team hat niemanden auf diesem Account, daher ist niemand erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n client people are reachable from our team</source>
        <translation>
            <numerusform>%1 von %n Person des Kunden ist von unserem Team aus erreichbar</numerusform>
            <numerusform>%1 von %n Personen des Kunden sind von unserem Team aus erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of reach: %1</source>
        <translation>Außer Reichweite: %1</translation>
    </message>
    <message>
        <source>there is no introduction path to %1 that avoids walls and tension lines.</source>
        <translation>es gibt keinen Vorstellungsweg zu %1, der Mauern und Spannungsverbindungen meidet.</translation>
    </message>
    <message>
        <source>the strongest introduction path to %1 is %2 (cost %3).</source>
        <translation>der stärkste Vorstellungsweg zu %1 ist %2 (Kosten %3).</translation>
    </message>
    <message>
        <source>%1 → %2: %3, strength %4 (cost %5)</source>
        <translation>%1 → %2: %3, Stärke %4 (Kosten %5)</translation>
    </message>
    <message>
        <source>%1 (%2): betweenness %3 in the client&apos;s network</source>
        <translation>%1 (%2): Vermittlungszentralität %3 im Netzwerk des Kunden</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keine Abteilung</translation>
    </message>
    <message>
        <source>Nobody without a formal role stands out as a go-between in the client&apos;s own network.</source>
        <translation>Niemand ohne formale Rolle fällt als Vermittler im eigenen Netzwerk des Kunden auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden influencer(s): %1 — Pawns who connect much of the client&apos;s network.</source>
        <translation>
            <numerusform>%n verdeckter Einflussnehmer: %1 – ein Bauer, der große Teile des Kundennetzwerks verbindet.</numerusform>
            <numerusform>%n verdeckte Einflussnehmer: %1 – Bauern, die große Teile des Kundennetzwerks verbinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nobody in %2</source>
        <translation>%1: niemand in %2</translation>
    </message>
    <message>
        <source>%1: its users (%2) and specifiers (%3) have no line between them</source>
        <translation>%1: Anwender (%2) und Spezifizierer (%3) haben keine Verbindung untereinander</translation>
    </message>
    <message>
        <source>%1: specifiers known, but no users</source>
        <translation>%1: Spezifizierer bekannt, aber keine Anwender</translation>
    </message>
    <message>
        <source>%1: users known, but no specifiers</source>
        <translation>%1: Anwender bekannt, aber keine Spezifizierer</translation>
    </message>
    <message>
        <source>The board has no departments or levels yet</source>
        <translation>Das Brett hat noch keine Abteilungen oder Ebenen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n squares have nobody</source>
        <translation>
            <numerusform>%1 von %n Feld ist unbesetzt</numerusform>
            <numerusform>%1 von %n Feldern sind unbesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>; every product&apos;s users and specifiers meet (or none are recorded).</source>
        <translation>; die Anwender und Spezifizierer jedes Produkts haben Kontakt (oder es sind keine erfasst).</translation>
    </message>
    <message>
        <source>; users and specifiers never meet for %1.</source>
        <translation>; Anwender und Spezifizierer haben nie Kontakt bei %1.</translation>
    </message>
    <message>
        <source>%1 – %2: strength %3, %4</source>
        <translation>%1 – %2: Stärke %3, %4</translation>
    </message>
    <message>
        <source>We have no lines to this client, so none can cool.</source>
        <translation>Wir haben keine Verbindungen zu diesem Kunden, daher kann keine abkühlen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n of our lines had contact within the last %1 days.</source>
        <translation>
            <numerusform>Unsere %n Verbindung hatte Kontakt in den letzten %1 Tagen.</numerusform>
            <numerusform>Alle %n unserer Verbindungen hatten Kontakt in den letzten %1 Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of our %n lines are cooling: no contact within %2 days</source>
        <translation>
            <numerusform>%1 unserer %n Verbindung kühlt ab: kein Kontakt innerhalb von %2 Tagen</numerusform>
            <numerusform>%1 unserer %n Verbindungen kühlen ab: kein Kontakt innerhalb von %2 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n never recorded).</source>
        <translation>
            <numerusform> (%n nie erfasst).</numerusform>
            <numerusform> (%n nie erfasst).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Erledigt: %1 (%2)</translation>
    </message>
    <message>
        <source>Late: %1 (due %2, owner %3)</source>
        <translation>Verspätet: %1 (fällig %2, verantwortlich %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) done since</source>
        <translation>
            <numerusform>%n Planmaßnahme seitdem erledigt</numerusform>
            <numerusform>%n Planmaßnahmen seitdem erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n verspätet</numerusform>
            <numerusform>, %n verspätet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There has been no review yet, so there is nothing to compare with; %n plan action(s) are late.</source>
        <translation>
            <numerusform>Es gab noch kein Review, daher gibt es nichts zu vergleichen; %n Planmaßnahme ist verspätet.</numerusform>
            <numerusform>Es gab noch kein Review, daher gibt es nichts zu vergleichen; %n Planmaßnahmen sind verspätet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshot was taken at the last review (%1), so people and lines cannot be compared; </source>
        <translation>Beim letzten Review (%1) wurde kein Snapshot erstellt, daher lassen sich Personen und Verbindungen nicht vergleichen; </translation>
    </message>
    <message>
        <source>The last review was on %1, but %2; </source>
        <translation>Das letzte Review war am %1, aber %2; </translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>Hinzugekommen: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Ausgeschieden: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s)</source>
        <translation>
            <numerusform>%n neue Verbindung</numerusform>
            <numerusform>%n neue Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost line: %1 – %2 (%3)</source>
        <translation>Verlorene Verbindung: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Since the review of %1: </source>
        <translation>Seit dem Review vom %1: </translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n hinzugekommen</numerusform>
            <numerusform>%n hinzugekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left</source>
        <translation>
            <numerusform>, %n ausgeschieden</numerusform>
            <numerusform>, %n ausgeschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attitude(s) moved</source>
        <translation>
            <numerusform>, %n Haltung verändert</numerusform>
            <numerusform>, %n Haltungen verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) gained</source>
        <translation>
            <numerusform>, %n Verbindung gewonnen</numerusform>
            <numerusform>, %n Verbindungen gewonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lost</source>
        <translation>
            <numerusform>, %n verloren</numerusform>
            <numerusform>, %n verloren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::AnalysisStore</name>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Es gibt keinen Account mit der ID %1.</translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation>Der Account konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::ApplyImport</name>
    <message>
        <source>The import tried to change %1.%2.</source>
        <translation>Der Import hat versucht, %1.%2 zu ändern.</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Import in %1</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>%1 in %2 importieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A person to update no longer exists.</source>
        <translation>Eine zu aktualisierende Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A relationship to update no longer exists.</source>
        <translation>Eine zu aktualisierende Beziehung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>Der Import wurde angehalten; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardAccessible</name>
    <message>
        <source>Chessboard of %1</source>
        <translation>Schachbrett von %1</translation>
    </message>
    <message>
        <source>Chessboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <source>Files are departments, ranks are levels. Arrow keys go from square to square, Page Down and Page Up through the people of a square, Shift with an arrow moves the selected piece, Enter edits it in the inspector.</source>
        <translation>Linien sind Abteilungen, Reihen sind Ebenen. Die Pfeiltasten gehen von Feld zu Feld, Bild ab und Bild auf durch die Personen eines Felds, Umschalt mit einer Pfeiltaste verschiebt die ausgewählte Figur, die Eingabetaste bearbeitet sie im Inspektor.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — our team, %2</source>
        <translation>%1 – unser Team, %2</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 — %2, %3, department %4, level %5</source>
        <translation>%1 – %2, %3, Abteilung %4, Ebene %5</translation>
    </message>
    <message>
        <source>favours %1</source>
        <translation>bevorzugt %1</translation>
    </message>
    <message>
        <source>not placed on the board</source>
        <translation>nicht auf dem Brett platziert</translation>
    </message>
    <message>
        <source>folded into the “+N” of a crowded square</source>
        <translation>im „+N“ eines vollen Felds zusammengefasst</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, last contact %2</source>
        <translation>%1, letzter Kontakt %2</translation>
    </message>
    <message>
        <source>%1: %2, strength %3 (%4), %5</source>
        <translation>%1: %2, Stärke %3 (%4), %5</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardExport</name>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · printed by Kingside</source>
        <translation>%1 · %2 · gedruckt von Kingside</translation>
    </message>
    <message>
        <source>%1 — relationship map</source>
        <translation>%1 – Beziehungskarte</translation>
    </message>
    <message>
        <source>Relationship map of %1, %2, drawn by Kingside. %3</source>
        <translation>Beziehungskarte von %1, %2, gezeichnet von Kingside. %3</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing for %1.</source>
        <translation>Die SVG-Zeichnung für %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot finish the SVG drawing for %1.</source>
        <translation>Die SVG-Zeichnung für %1 kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The resolution is 10 to 2400 dpi, not %1.</source>
        <translation>Die Auflösung liegt zwischen 10 und 2400 dpi, nicht %1.</translation>
    </message>
    <message>
        <source>At %1 dpi the map would be %2 × %3 pixels, too large; choose a lower resolution.</source>
        <translation>Bei %1 dpi wäre die Karte %2 × %3 Pixel groß, zu groß; wählen Sie eine geringere Auflösung.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG for %1.</source>
        <translation>Das PNG für %1 kann nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardItems</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Favours %1</source>
        <translation>Bevorzugt %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to a piece to add a relationship&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Auf eine Figur ziehen, um eine Beziehung hinzuzufügen&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n more people on this square: click to see all</source>
        <translation>
            <numerusform>%n weitere Person auf diesem Feld: klicken, um alle zu sehen</numerusform>
            <numerusform>%n weitere Personen auf diesem Feld: klicken, um alle zu sehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::BoardLegend</name>
    <message>
        <source>King in check</source>
        <translation>König im Schach</translation>
    </message>
    <message>
        <source>Single-threaded: one of us knows them</source>
        <translation>Einzelkontakt: nur einer von uns kennt die Person</translation>
    </message>
    <message>
        <source>Introduction path</source>
        <translation>Vorstellungsweg</translation>
    </message>
    <message>
        <source>Hidden influencer (eye)</source>
        <translation>Verdeckter Einflussnehmer (Auge)</translation>
    </message>
    <message>
        <source>Δ: changed since the review</source>
        <translation>Δ: seit dem Review geändert</translation>
    </message>
    <message>
        <source>Found by search</source>
        <translation>Von der Suche gefunden</translation>
    </message>
    <message>
        <source>Picked in Questions</source>
        <translation>In den Fragen ausgewählt</translation>
    </message>
    <message>
        <source>Pieces: decision role</source>
        <translation>Figuren: Entscheidungsrolle</translation>
    </message>
    <message>
        <source>King: final decision maker</source>
        <translation>König: endgültiger Entscheider</translation>
    </message>
    <message>
        <source>Queen: power behind the throne</source>
        <translation>Dame: die Macht hinter dem Thron</translation>
    </message>
    <message>
        <source>Rook: gatekeeper with a veto</source>
        <translation>Turm: Gatekeeper mit Vetorecht</translation>
    </message>
    <message>
        <source>Bishop: specifier, evaluator</source>
        <translation>Läufer: Spezifizierer, Bewerter</translation>
    </message>
    <message>
        <source>Knight: coach, informal influence</source>
        <translation>Springer: Coach, informeller Einfluss</translation>
    </message>
    <message>
        <source>Pawn: user</source>
        <translation>Bauer: Anwender</translation>
    </message>
    <message>
        <source>Badge: favours a competitor</source>
        <translation>Abzeichen: bevorzugt einen Wettbewerber</translation>
    </message>
    <message>
        <source>Our team&apos;s lines</source>
        <translation>Verbindungen unseres Teams</translation>
    </message>
    <message>
        <source>Strength 1: vendor (thin)</source>
        <translation>Stärke 1: Lieferant (dünn)</translation>
    </message>
    <message>
        <source>Strength 5: trusted advisor (wide)</source>
        <translation>Stärke 5: vertrauter Berater (breit)</translation>
    </message>
    <message>
        <source>Fresh: contact within %1 days</source>
        <translation>Aktuell: Kontakt innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>Ageing: within %1 days</source>
        <translation>Alternd: innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <source>Cold: longer ago</source>
        <translation>Kalt: länger her</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>Nie getroffen</translation>
    </message>
    <message>
        <source>Between client people</source>
        <translation>Zwischen Personen des Kunden</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Influences (arrow)</source>
        <translation>Beeinflusst (Pfeil)</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Allianz</translation>
    </message>
    <message>
        <source>Tension, conflict</source>
        <translation>Spannung, Konflikt</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Brett</translation>
    </message>
    <message>
        <source>Wall: these do not talk</source>
        <translation>Mauer: diese reden nicht miteinander</translation>
    </message>
    <message>
        <source>Hatched square: we know nobody</source>
        <translation>Schraffiertes Feld: wir kennen niemanden</translation>
    </message>
    <message>
        <source>+N: more people, click to open</source>
        <translation>+N: weitere Personen, zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Marks shown now</source>
        <translation>Aktuell angezeigte Markierungen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Piece colour and marker: attitude to us</source>
        <translation>Farbe und Markierung der Figur: Haltung uns gegenüber</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardRenderer</name>
    <message>
        <source>Not on the board yet (no department or level)</source>
        <translation>Noch nicht auf dem Brett (keine Abteilung oder Ebene)</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>Mentor, apart</source>
        <translation>Mentor, abseits</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>SCHACH</translation>
    </message>
    <message>
        <source>Relationship map · %1 · contact fresh within %2 days</source>
        <translation>Beziehungskarte · %1 · Kontakt aktuell innerhalb von %2 Tagen</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardScene</name>
    <message>
        <source>Lines on the board join our team to client people, or client people to each other.</source>
        <translation>Verbindungen auf dem Brett verbinden unser Team mit Personen des Kunden oder Personen des Kunden untereinander.</translation>
    </message>
    <message>
        <source>%1 has no department and level yet: choose them in the inspector.</source>
        <translation>%1 hat noch keine Abteilung und Ebene: wählen Sie sie im Inspektor.</translation>
    </message>
    <message>
        <source>%1 stands at the edge of the board: there is no square that way.</source>
        <translation>%1 steht am Rand des Bretts: in dieser Richtung gibt es kein Feld.</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardStyle</name>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>ageing</source>
        <translation>alternd</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>nie getroffen</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>credible source</source>
        <translation>glaubwürdige Quelle</translation>
    </message>
    <message>
        <source>problem solver</source>
        <translation>Problemlöser</translation>
    </message>
    <message>
        <source>strategic contributor</source>
        <translation>strategischer Partner</translation>
    </message>
    <message>
        <source>trusted advisor</source>
        <translation>vertrauter Berater</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardView</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardWidget</name>
    <message>
        <source>Nobody called “%1”</source>
        <translation>Niemand namens „%1“</translation>
    </message>
    <message>
        <source>%1 of %2: Enter for the next</source>
        <translation>%1 von %2: Eingabetaste für den nächsten Treffer</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board has no %1 yet.&lt;/b&gt;&lt;br&gt;Click the &lt;b&gt;+&lt;/b&gt; right of the top edge to add a department (a file), and the &lt;b&gt;+&lt;/b&gt; below the left edge to add a level (a rank, top = board of directors). Double-click a name on the edge to rename it, drag it to reorder, right-click it for more.</source>
        <translation>&lt;b&gt;Dieses Brett hat noch keine %1.&lt;/b&gt;&lt;br&gt;Klicken Sie auf das &lt;b&gt;+&lt;/b&gt; rechts am oberen Rand, um eine Abteilung (eine Linie) hinzuzufügen, und auf das &lt;b&gt;+&lt;/b&gt; unter dem linken Rand, um eine Ebene hinzuzufügen (eine Reihe, oben = Vorstand). Doppelklicken Sie auf einen Namen am Rand, um ihn umzubenennen, ziehen Sie ihn, um die Reihenfolge zu ändern, und klicken Sie ihn mit der rechten Maustaste an, um weitere Befehle zu sehen.</translation>
    </message>
    <message>
        <source>departments or levels</source>
        <translation>Abteilungen oder Ebenen</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody on this board yet.&lt;/b&gt;&lt;br&gt;Click a square, type a name in the inspector and press Enter to add a client person there; choose “Our team” there to add a member of our account team. Or use File → Import Contacts…</source>
        <translation>&lt;b&gt;Noch niemand auf diesem Brett.&lt;/b&gt;&lt;br&gt;Klicken Sie auf ein Feld, geben Sie im Inspektor einen Namen ein und drücken Sie die Eingabetaste, um dort eine Person des Kunden hinzuzufügen; wählen Sie dort „Unser Team“, um ein Mitglied unseres Account-Teams hinzuzufügen. Oder verwenden Sie Datei → Kontakte importieren…</translation>
    </message>
    <message>
        <source>New department&apos;s name</source>
        <translation>Name der neuen Abteilung</translation>
    </message>
    <message>
        <source>New level&apos;s name</source>
        <translation>Name der neuen Ebene</translation>
    </message>
    <message>
        <source>Rename Department…</source>
        <translation>Abteilung umbenennen…</translation>
    </message>
    <message>
        <source>Rename Level…</source>
        <translation>Ebene umbenennen…</translation>
    </message>
    <message>
        <source>Add Department…</source>
        <translation>Abteilung hinzufügen…</translation>
    </message>
    <message>
        <source>Add Level…</source>
        <translation>Ebene hinzufügen…</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove Department “%1”</source>
        <translation>Abteilung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove Level “%1”</source>
        <translation>Ebene „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n people stand here: move them first, or remove it moving them with the entry below.</source>
        <translation>
            <numerusform>Hier steht %n Person: verschieben Sie sie zuerst, oder entfernen Sie den Eintrag und verschieben Sie sie dabei mit dem Menüpunkt darunter.</numerusform>
            <numerusform>Hier stehen %n Personen: verschieben Sie sie zuerst, oder entfernen Sie den Eintrag und verschieben Sie sie dabei mit dem Menüpunkt darunter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove, Moving Its %n People to</source>
        <translation>
            <numerusform>Entfernen und die %n Person verschieben nach</numerusform>
            <numerusform>Entfernen und die %n Personen verschieben nach</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Select and move pieces; drag from a team member to connect</source>
        <translation>Figuren auswählen und verschieben; von einem Teammitglied aus ziehen, um zu verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Drag from one person to another to add a relationship</source>
        <translation>Von einer Person zu einer anderen ziehen, um eine Beziehung hinzuzufügen</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Mauer</translation>
    </message>
    <message>
        <source>Click a border, or drag from one department to another, to draw a wall</source>
        <translation>Auf eine Grenze klicken oder von einer Abteilung zu einer anderen ziehen, um eine Mauer zu zeichnen</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Schwenken</translation>
    </message>
    <message>
        <source>Drag to move the view</source>
        <translation>Ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>What the pieces, colours, markers, lines and marks on the board mean</source>
        <translation>Was die Figuren, Farben, Markierungen, Verbindungen und Zeichen auf dem Brett bedeuten</translation>
    </message>
    <message>
        <source>Add &amp;Person Here…</source>
        <translation>&amp;Person hier hinzufügen…</translation>
    </message>
    <message>
        <source>Add a client person on the square picked, or a member of our team: type the name in the inspector</source>
        <translation>Eine Person des Kunden auf dem gewählten Feld hinzufügen oder ein Mitglied unseres Teams: geben Sie den Namen im Inspektor ein</translation>
    </message>
    <message>
        <source>Add &amp;Department…</source>
        <translation>Abteilung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Name a new department: a new file at the right of the board</source>
        <translation>Eine neue Abteilung benennen: eine neue Linie rechts auf dem Brett</translation>
    </message>
    <message>
        <source>Add &amp;Level…</source>
        <translation>&amp;Ebene hinzufügen…</translation>
    </message>
    <message>
        <source>Name a new level: a new rank at the bottom of the board</source>
        <translation>Eine neue Ebene benennen: eine neue Reihe unten auf dem Brett</translation>
    </message>
    <message>
        <source>&amp;Find a Person…</source>
        <translation>Person s&amp;uchen…</translation>
    </message>
    <message>
        <source>Type part of a name to find someone on the board</source>
        <translation>Geben Sie einen Teil eines Namens ein, um jemanden auf dem Brett zu finden</translation>
    </message>
    <message>
        <source>Type part of a name to find someone on the board (%1)</source>
        <translation>Geben Sie einen Teil eines Namens ein, um jemanden auf dem Brett zu finden (%1)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every line and person again</source>
        <translation>Wieder alle Verbindungen und Personen anzeigen</translation>
    </message>
</context>
<context>
    <name>Kingside::ChangeDetector</name>
    <message>
        <source>the snapshot of %1 is not readable JSON (%2)</source>
        <translation>der Snapshot vom %1 ist kein lesbares JSON (%2)</translation>
    </message>
    <message>
        <source>the snapshot of %1 has a format this version does not know (%2, format %3)</source>
        <translation>der Snapshot vom %1 hat ein Format, das diese Version nicht kennt (%2, Format %3)</translation>
    </message>
</context>
<context>
    <name>Kingside::Cli</name>
    <message>
        <source>“%1” holds %2, %3, %4, %5, %6 and %7.</source>
        <translation>„%1“ enthält %2, %3, %4, %5, %6 und %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n client person(s)</source>
        <translation>
            <numerusform>%n Person des Kunden</numerusform>
            <numerusform>%n Personen des Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n Teammitglied</numerusform>
            <numerusform>%n Teammitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s)</source>
        <translation>
            <numerusform>%n Planmaßnahme</numerusform>
            <numerusform>%n Planmaßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Review</numerusform>
            <numerusform>%n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no account “%1” in %2.</source>
        <translation>Es gibt keinen Account „%1“ in %2.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4</source>
        <translation>%1 (%2): %3, %4</translation>
    </message>
    <message>
        <source>no industry</source>
        <translation>keine Branche</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Accounts.</translation>
    </message>
    <message>
        <source>Add, rename, remove or list the accounts of WORKSPACE. Every change is one step, checked by the same rules as in the window. Exit 0 done, 1 refused or the workspace cannot be opened, 2 bad arguments, unknown template or account.</source>
        <translation>Accounts in WORKSPACE hinzufügen, umbenennen, entfernen oder auflisten. Jede Änderung ist ein Schritt und wird nach denselben Regeln geprüft wie im Fenster. Exit-Code 0: erledigt, 1: abgelehnt oder der Arbeitsbereich lässt sich nicht öffnen, 2: ungültige Argumente, unbekannte Vorlage oder unbekannter Account.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Datei des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>With --rename: the new name.</source>
        <translation>Mit --rename: der neue Name.</translation>
    </message>
    <message>
        <source>Add an account named NAME.</source>
        <translation>Einen Account namens NAME hinzufügen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --add: the board to start from (default standard; blank for none).</source>
        <translation>Mit --add: das Brett, mit dem begonnen wird (Standard: standard; blank für keines).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Rename the account OLD to NEW.</source>
        <translation>Den Account OLD in NEW umbenennen.</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>Remove the account NAME with everything in it.</source>
        <translation>Den Account NAME mit allem, was er enthält, entfernen.</translation>
    </message>
    <message>
        <source>With --remove: remove an account that has people.</source>
        <translation>Mit --remove: auch einen Account entfernen, der Personen enthält.</translation>
    </message>
    <message>
        <source>List the accounts with their industry and people.</source>
        <translation>Die Accounts mit Branche und Personen auflisten.</translation>
    </message>
    <message>
        <source>With --list: print JSON.</source>
        <translation>Mit --list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: kingside account WORKSPACE --add NAME [--template KEY] | --rename OLD NEW | --remove NAME [--force] | --list [--json]</source>
        <translation>Aufruf: kingside account WORKSPACE --add NAME [--template KEY] | --rename OLD NEW | --remove NAME [--force] | --list [--json]</translation>
    </message>
    <message>
        <source>There is no template “%1”. The templates are:</source>
        <translation>Es gibt keine Vorlage „%1“. Die Vorlagen sind:</translation>
    </message>
    <message>
        <source>Added the account “%1” from the template %2: %3, %4.</source>
        <translation>Account „%1“ aus der Vorlage %2 hinzugefügt: %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n Abteilung</numerusform>
            <numerusform>%n Abteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n Ebene</numerusform>
            <numerusform>%n Ebenen</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Nothing was removed; add --force to remove the account with all of it.</source>
        <translation>Es wurde nichts entfernt; fügen Sie --force hinzu, um den Account mit allem Inhalt zu entfernen.</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Account „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Read meetings from calendar exports (.ics from Outlook, Google Calendar, Apple Calendar) and correspondence from mail exports (mbox, .eml: the From, To, Cc and Date header fields only, never a body). For each pair of one of the account&apos;s team and a client person, matched by e-mail address, their lines&apos; last contact moves forward, never back, and each meeting or message is counted once. Exit 0 when done, 1 when writing failed, 2 when a file or the account cannot be found.</source>
        <translation>Liest Besprechungen aus Kalenderexporten (.ics aus Outlook, Google Kalender, Apple Kalender) und Korrespondenz aus Mailexporten (mbox, .eml: nur die Kopfzeilen From, To, Cc und Date, nie den Nachrichtentext). Für jedes Paar aus einem Mitglied des Account-Teams und einer Person des Kunden, zugeordnet über die E-Mail-Adresse, rückt der letzte Kontakt ihrer Verbindungen vor, nie zurück, und jede Besprechung oder Nachricht wird einmal gezählt. Exit-Code 0: erledigt, 1: Schreiben fehlgeschlagen, 2: eine Datei oder der Account wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Calendar or mail exports.</source>
        <translation>Kalender- oder Mailexporte.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Der Account.</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Zeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Draw a working line at strength 1, marked as from the calendar, between one of our team and a client person who met and have no line yet.</source>
        <translation>Zwischen einem Mitglied unseres Teams und einer Person des Kunden, die sich getroffen haben und noch keine Verbindung haben, eine Arbeitsverbindung der Stärke 1 ziehen, markiert als aus dem Kalender.</translation>
    </message>
    <message>
        <source>usage: kingside activity WORKSPACE FILE… --account NAME [--dry-run] [--create-lines]</source>
        <translation>Aufruf: kingside activity WORKSPACE FILE… --account NAME [--dry-run] [--create-lines]</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is damaged (%2). Run “kingside check” on it and restore it from a backup copy.</source>
        <translation>Es wurde nichts geschrieben: %1 ist beschädigt (%2). Führen Sie „kingside check“ darauf aus und stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s) or message(s)</source>
        <translation>
            <numerusform>%1: %n Besprechung oder Nachricht</numerusform>
            <numerusform>%1: %n Besprechungen oder Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Es wurde nichts geschrieben (--dry-run).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n line(s) of “%1”.</source>
        <translation>
            <numerusform>%n Verbindung von „%1“ aktualisiert.</numerusform>
            <numerusform>%n Verbindungen von „%1“ aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse one account&apos;s relationship map: the King and Queen, champions and opponents, single-threading, articulation points and bridges, reachability, hidden influencers, whitespace, cooling lines and changes since the last review.</source>
        <translation>Die Beziehungskarte eines Accounts analysieren: König und Dame, Champions und Gegner, Einzelkontakte, Artikulationspunkte und Brücken, Erreichbarkeit, verdeckte Einflussnehmer, Whitespace, abkühlende Verbindungen und Änderungen seit dem letzten Review.</translation>
    </message>
    <message>
        <source>The account to analyse.</source>
        <translation>Der zu analysierende Account.</translation>
    </message>
    <message>
        <source>Write the analysis as JSON.</source>
        <translation>Die Analyse als JSON schreiben.</translation>
    </message>
    <message>
        <source>Judge freshness and lateness as on DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Aktualität und Verspätung zum Stichtag DATE (JJJJ-MM-TT) statt zu heute beurteilen.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>usage: kingside analyze WORKSPACE --account NAME [--json] [--today DATE]</source>
        <translation>Aufruf: kingside analyze WORKSPACE --account NAME [--json] [--today DATE]</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 — as on %2</source>
        <translation>%1 – Stand %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Health: key pieces covered %1, supporters %2, single-threaded %3, reachable %4, cooling lines %5, King %6.</source>
        <translation>Zustand: Schlüsselfiguren abgedeckt %1, Befürworter %2, Einzelkontakte %3, erreichbar %4, abkühlende Verbindungen %5, König %6.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>in check</source>
        <translation>im Schach</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>Check a workspace: schema version, integrity, foreign keys. Exit 0 sound, 1 damaged, 2 not a Kingside workspace, 3 locked.</source>
        <translation>Einen Arbeitsbereich prüfen: Schemaversion, Integrität, Fremdschlüssel. Exit-Code 0: in Ordnung, 1: beschädigt, 2: kein Kingside-Arbeitsbereich, 3: gesperrt.</translation>
    </message>
    <message>
        <source>usage: kingside check WORKSPACE</source>
        <translation>Aufruf: kingside check WORKSPACE</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Import criteria from %1</source>
        <translation>Kriterien aus %1 importieren</translation>
    </message>
    <message>
        <source>Imported %1 criteria and %2 scores from %3.</source>
        <translation>%1 Kriterien und %2 Bewertungen aus %3 importiert.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>= %1 % of the axis</source>
        <translation>= %1 % der Achse</translation>
    </message>
    <message>
        <source>List the workspace&apos;s selection criteria, or bring criteria and scores in from a spreadsheet (CSV with the header account,criterion,axis,weight,score,note) or out to one. An import replaces all criteria and scores; it is one step to undo.</source>
        <translation>Die Auswahlkriterien des Arbeitsbereichs auflisten oder Kriterien und Bewertungen aus einer Tabelle übernehmen (CSV mit der Kopfzeile account,criterion,axis,weight,score,note) bzw. in eine Tabelle ausgeben. Ein Import ersetzt alle Kriterien und Bewertungen; er lässt sich in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Replace criteria and scores by FILE.</source>
        <translation>Kriterien und Bewertungen durch FILE ersetzen.</translation>
    </message>
    <message>
        <source>Write criteria and scores to FILE.</source>
        <translation>Kriterien und Bewertungen in FILE schreiben.</translation>
    </message>
    <message>
        <source>usage: kingside criteria WORKSPACE [--import FILE.csv | --export FILE.csv]</source>
        <translation>Aufruf: kingside criteria WORKSPACE [--import FILE.csv | --export FILE.csv]</translation>
    </message>
    <message>
        <source>Write Kingside&apos;s demo workspace (four accounts) to OUT.</source>
        <translation>Den Demo-Arbeitsbereich von Kingside (vier Accounts) nach OUT schreiben.</translation>
    </message>
    <message>
        <source>The workspace file to write.</source>
        <translation>Die zu schreibende Datei des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>usage: kingside demo OUT.kingside [--force]</source>
        <translation>Aufruf: kingside demo OUT.kingside [--force]</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>It was not replaced.</source>
        <translation>Die Datei wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1</source>
        <translation>Demo-Arbeitsbereich nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export one account of a workspace. Formats in this build:
%1</source>
        <translation>Einen Account eines Arbeitsbereichs exportieren. Formate in diesem Build:
%1</translation>
    </message>
    <message>
        <source>The account to export.</source>
        <translation>Der zu exportierende Account.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Das Format: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>csv: write the relationships instead of the people.</source>
        <translation>csv: die Beziehungen statt der Personen schreiben.</translation>
    </message>
    <message>
        <source>Paper for printed formats: A4, A3, Letter or Legal.</source>
        <translation>Papier für Druckformate: A4, A3, Letter oder Legal.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>Landscape paper for printed formats.</source>
        <translation>Querformat für Druckformate.</translation>
    </message>
    <message>
        <source>Spread the map over COLSxROWS pages.</source>
        <translation>Die Karte auf COLSxROWS Seiten verteilen.</translation>
    </message>
    <message>
        <source>Resolution of raster formats.</source>
        <translation>Auflösung von Rasterformaten.</translation>
    </message>
    <message>
        <source>usage: kingside export WORKSPACE --account NAME --format FORMAT --output FILE [--relationships] [--paper A4|A3|Letter|Legal] [--landscape] [--tiles COLSxROWS] [--dpi N]</source>
        <translation>Aufruf: kingside export WORKSPACE --account NAME --format FORMAT --output FILE [--relationships] [--paper A4|A3|Letter|Legal] [--landscape] [--tiles COLSxROWS] [--dpi N]</translation>
    </message>
    <message>
        <source>The export format “%1” is not available in this build (it comes with the board renderer). Available: %2.</source>
        <translation>Das Exportformat „%1“ ist in diesem Build nicht verfügbar (es gehört zum Brett-Renderer). Verfügbar: %2.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”. Available: %2.</source>
        <translation>Unbekanntes Exportformat „%1“. Verfügbar: %2.</translation>
    </message>
    <message>
        <source>--paper is A4, A3, Letter or Legal, not “%1”.</source>
        <translation>--paper ist A4, A3, Letter oder Legal, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tiles is COLSxROWS, for example 2x2, not “%1”.</source>
        <translation>--tiles hat die Form COLSxROWS, zum Beispiel 2x2, nicht „%1“.</translation>
    </message>
    <message>
        <source>--dpi is a number from 10 to 2400, not “%1”.</source>
        <translation>--dpi ist eine Zahl von 10 bis 2400, nicht „%1“.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) for “%3”.</source>
        <translation>%1 (%2) für „%3“ geschrieben.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>--paper, --landscape and --tiles do not apply to %1.</source>
        <translation>--paper, --landscape und --tiles gelten nicht für %1.</translation>
    </message>
    <message>
        <source>--dpi applies to png only.</source>
        <translation>--dpi gilt nur für png.</translation>
    </message>
    <message>
        <source>--relationships applies to csv only.</source>
        <translation>--relationships gilt nur für csv.</translation>
    </message>
    <message>
        <source>--tiles applies to pdf only.</source>
        <translation>--tiles gilt nur für pdf.</translation>
    </message>
    <message>
        <source>Import people into an account from the contact exports of Salesforce, HubSpot, Google Contacts, Outlook, Dynamics 365, Pipedrive, Zoho CRM and LinkedIn, a vCard file, any CSV or an Excel (.xlsx) or OpenDocument (.ods) workbook; or, with --relationships, lines from a CSV with the header from,to,strength,kind,last_contact. People are matched by e-mail, else by name within the account, so importing the same file again changes nothing. Exit 0 when every row was accepted, 1 when any was rejected, 2 when the file cannot be read.</source>
        <translation>Personen aus den Kontaktexporten von Salesforce, HubSpot, Google Kontakte, Outlook, Dynamics 365, Pipedrive, Zoho CRM und LinkedIn, aus einer vCard-Datei, einer beliebigen CSV-Datei oder einer Excel- (.xlsx) oder OpenDocument-Arbeitsmappe (.ods) in einen Account importieren; oder mit --relationships Verbindungen aus einer CSV-Datei mit der Kopfzeile from,to,strength,kind,last_contact. Personen werden über die E-Mail-Adresse zugeordnet, sonst über den Namen innerhalb des Accounts, sodass ein erneuter Import derselben Datei nichts ändert. Exit-Code 0: jede Zeile wurde angenommen, 1: mindestens eine wurde abgelehnt, 2: die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>The account to import into (created when missing).</source>
        <translation>Der Account, in den importiert wird (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>Whose people these are: client (default) or team.</source>
        <translation>Wessen Personen dies sind: client (Standard) oder team.</translation>
    </message>
    <message>
        <source>The file&apos;s format: %1 (auto, the default, recognises it).</source>
        <translation>Das Format der Datei: %1 (auto, der Standard, erkennt es).</translation>
    </message>
    <message>
        <source>Show what would happen; write nothing.</source>
        <translation>Zeigen, was geschehen würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Import nothing when any row is rejected.</source>
        <translation>Nichts importieren, wenn eine Zeile abgelehnt wird.</translation>
    </message>
    <message>
        <source>FILE holds relationships (from,to,strength,kind,last_contact), not people.</source>
        <translation>FILE enthält Beziehungen (from,to,strength,kind,last_contact), keine Personen.</translation>
    </message>
    <message>
        <source>Import client contacts whatever their company (by default, rows of other companies are skipped).</source>
        <translation>Kontakte des Kunden unabhängig von ihrem Unternehmen importieren (standardmäßig werden Zeilen anderer Unternehmen übersprungen).</translation>
    </message>
    <message>
        <source>Of an Excel (.xlsx) or OpenDocument (.ods) workbook, the sheet to read, by name or number (default: the first).</source>
        <translation>Bei einer Excel- (.xlsx) oder OpenDocument-Arbeitsmappe (.ods) das zu lesende Tabellenblatt, nach Name oder Nummer (Standard: das erste).</translation>
    </message>
    <message>
        <source>usage: kingside import WORKSPACE FILE --account NAME [--side client|team] [--format %1] [--dry-run] [--strict] [--relationships] [--any-company] [--sheet NAME]</source>
        <translation>Aufruf: kingside import WORKSPACE FILE --account NAME [--side client|team] [--format %1] [--dry-run] [--strict] [--relationships] [--any-company] [--sheet NAME]</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>--side is client or team, not “%1”.</source>
        <translation>--side ist client oder team, nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 is damaged (%2). Run “kingside check” on it and restore it from a backup copy.</source>
        <translation>Es wurde nichts importiert: %1 ist beschädigt (%2). Führen Sie „kingside check“ darauf aus und stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %n data row(s)</source>
        <translation>
            <numerusform>%1: %2, %3, %n Datenzeile</numerusform>
            <numerusform>%1: %2, %3, %n Datenzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected and --strict is set.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile wurde abgelehnt und --strict ist gesetzt.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen wurden abgelehnt und --strict ist gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported into “%1”.</source>
        <translation>In „%1“ importiert.</translation>
    </message>
    <message>
        <source>Create an empty Kingside workspace at WORKSPACE. An existing file is never replaced.</source>
        <translation>Einen leeren Kingside-Arbeitsbereich unter WORKSPACE anlegen. Eine vorhandene Datei wird nie ersetzt.</translation>
    </message>
    <message>
        <source>The workspace file to create, by convention NAME.kingside.</source>
        <translation>Die anzulegende Datei des Arbeitsbereichs, üblicherweise NAME.kingside.</translation>
    </message>
    <message>
        <source>usage: kingside new WORKSPACE</source>
        <translation>Aufruf: kingside new WORKSPACE</translation>
    </message>
    <message>
        <source>Created the empty workspace %1</source>
        <translation>Leerer Arbeitsbereich %1 angelegt</translation>
    </message>
    <message>
        <source>There is nobody called “%1” in %2.</source>
        <translation>Es gibt niemanden namens „%1“ in %2.</translation>
    </message>
    <message>
        <source>More than one person in %2 is called “%1”; give the e-mail address instead.</source>
        <translation>Mehr als eine Person in %2 heißt „%1“; geben Sie stattdessen die E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Print the strongest introduction path from our team to a client person. Each line costs 6 − its strength (5 costs 1, 1 costs 5); lines across a wall and pairs in tension are never used.</source>
        <translation>Den stärksten Vorstellungsweg von unserem Team zu einer Person des Kunden ausgeben. Jede Verbindung kostet 6 − ihre Stärke (5 kostet 1, 1 kostet 5); Verbindungen über eine Mauer hinweg und Paare in Spannung werden nie verwendet.</translation>
    </message>
    <message>
        <source>The person to reach (name or e-mail).</source>
        <translation>Die zu erreichende Person (Name oder E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>Start from this team member; default: whoever of our team gives the strongest path.</source>
        <translation>Bei diesem Teammitglied beginnen; Standard: wer aus unserem Team den stärksten Weg bietet.</translation>
    </message>
    <message>
        <source>TEAM_MEMBER</source>
        <translation>TEAM_MEMBER</translation>
    </message>
    <message>
        <source>usage: kingside path WORKSPACE --account NAME --to PERSON [--from TEAM_MEMBER]</source>
        <translation>Aufruf: kingside path WORKSPACE --account NAME --to PERSON [--from TEAM_MEMBER]</translation>
    </message>
    <message>
        <source>%1 is not on our team; --from takes a team member.</source>
        <translation>%1 gehört nicht zu unserem Team; --from erwartet ein Teammitglied.</translation>
    </message>
    <message>
        <source>%1 is on our team; no introduction is needed.</source>
        <translation>%1 gehört zu unserem Team; es ist keine Vorstellung nötig.</translation>
    </message>
    <message>
        <source>There is no introduction path from %1 to %2 that avoids walls and tension lines.</source>
        <translation>Es gibt keinen Vorstellungsweg von %1 zu %2, der Mauern und Spannungsverbindungen meidet.</translation>
    </message>
    <message>
        <source>There is no introduction path from our team to %1 that avoids walls and tension lines.</source>
        <translation>Es gibt keinen Vorstellungsweg von unserem Team zu %1, der Mauern und Spannungsverbindungen meidet.</translation>
    </message>
    <message>
        <source>Strongest introduction path to %1 (cost %2):</source>
        <translation>Stärkster Vorstellungsweg zu %1 (Kosten %2):</translation>
    </message>
    <message>
        <source>our team</source>
        <translation>unser Team</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>There is no person with id %1 in “%2”.</source>
        <translation>Es gibt keine Person mit der ID %1 in „%2“.</translation>
    </message>
    <message>
        <source>There is no person named “%1” in “%2”.</source>
        <translation>Es gibt keine Person namens „%1“ in „%2“.</translation>
    </message>
    <message>
        <source>“%1” names %2 people in “%3”; choose one with --id:</source>
        <translation>„%1“ bezeichnet %2 Personen in „%3“; wählen Sie eine mit --id:</translation>
    </message>
    <message>
        <source>Wrote everything held about “%1” to %2 (readable by you only).</source>
        <translation>Alles über „%1“ Gespeicherte nach %2 geschrieben (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Nothing was erased: add --yes to confirm.</source>
        <translation>Es wurde nichts gelöscht: fügen Sie --yes zur Bestätigung hinzu.</translation>
    </message>
    <message>
        <source>Type “yes” to erase “%1” for good: </source>
        <translation>Geben Sie „yes“ ein, um „%1“ endgültig zu löschen: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Everything Kingside holds about one person, for a request under data-protection law: --export writes it as JSON; --erase removes the person for good (not undoable) and wipes the deleted data from the file. Exit 0 done, 1 failed or refused, 2 bad input or an ambiguous name, 3 locked by another program.</source>
        <translation>Alles, was Kingside über eine Person speichert, für eine Anfrage nach Datenschutzrecht: --export schreibt es als JSON; --erase entfernt die Person endgültig (nicht rückgängig zu machen) und überschreibt die gelöschten Daten in der Datei. Exit-Code 0: erledigt, 1: fehlgeschlagen oder abgelehnt, 2: ungültige Eingabe oder mehrdeutiger Name, 3: von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The account, by name.</source>
        <translation>Der Account, nach Name.</translation>
    </message>
    <message>
        <source>Write everything held about the person as JSON.</source>
        <translation>Alles über die Person Gespeicherte als JSON schreiben.</translation>
    </message>
    <message>
        <source>Erase the person for good.</source>
        <translation>Die Person endgültig löschen.</translation>
    </message>
    <message>
        <source>With --export: the file to write (mode 0600) instead of standard output.</source>
        <translation>Mit --export: die zu schreibende Datei (Modus 0600) statt der Standardausgabe.</translation>
    </message>
    <message>
        <source>The person by id instead of name.</source>
        <translation>Die Person nach ID statt nach Name.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --erase: do not ask for confirmation.</source>
        <translation>Mit --erase: nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <source>The person&apos;s name (exact, ignoring case).</source>
        <translation>Der Name der Person (exakt, ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>usage: kingside person WORKSPACE --account NAME --export PERSON [--output FILE]
       kingside person WORKSPACE --account NAME --erase PERSON [--yes]
       (--id N instead of PERSON)</source>
        <translation>Aufruf: kingside person WORKSPACE --account NAME --export PERSON [--output FILE]
       kingside person WORKSPACE --account NAME --erase PERSON [--yes]
       (--id N statt PERSON)</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>“%1” in the bands is not a number.</source>
        <translation>„%1“ in den Bändern ist keine Zahl.</translation>
    </message>
    <message>
        <source>Tier scheme: %1 (by %2)</source>
        <translation>Stufenschema: %1 (nach %2)</translation>
    </message>
    <message>
        <source>attractiveness score</source>
        <translation>Attraktivitätswert</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Attract.</source>
        <translation>Attrakt.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Breakdown (criterion contribution)</source>
        <translation>Aufschlüsselung (Beitrag je Kriterium)</translation>
    </message>
    <message>
        <source>%1 0 (not scored)</source>
        <translation>%1 0 (nicht bewertet)</translation>
    </message>
    <message>
        <source>Score every account on the workspace&apos;s criteria, rank by attractiveness and place each in a tier.
attractiveness and strength = Σ normalised weight × score / 10 (0 … 100); a missing score counts 0.</source>
        <translation>Jeden Account nach den Kriterien des Arbeitsbereichs bewerten, nach Attraktivität ordnen und einer Stufe zuordnen.
Attraktivität und Stärke = Σ normiertes Gewicht × Bewertung / 10 (0 … 100); eine fehlende Bewertung zählt 0.</translation>
    </message>
    <message>
        <source>Tier by this scheme (football, olympic, airline or a custom scheme&apos;s name) instead of the workspace&apos;s active one. Nothing is stored.</source>
        <translation>Nach diesem Schema einstufen (football, olympic, airline oder der Name eines eigenen Schemas) statt nach dem aktiven des Arbeitsbereichs. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Tier by these score bands, best first, e.g. &quot;Gold=70,Silver=45,Bronze=0&quot;.</source>
        <translation>Nach diesen Punktebändern einstufen, bestes zuerst, z. B. &quot;Gold=70,Silver=45,Bronze=0&quot;.</translation>
    </message>
    <message>
        <source>Tier by rank, best first, e.g. &quot;Gold=2,Silver=5,Bronze&quot; (the last takes the rest).</source>
        <translation>Nach Rang einstufen, beste zuerst, z. B. &quot;Gold=2,Silver=5,Bronze&quot; (die letzte nimmt den Rest).</translation>
    </message>
    <message>
        <source>Write JSON: a list of objects.</source>
        <translation>JSON schreiben: eine Liste von Objekten.</translation>
    </message>
    <message>
        <source>Also draw the directional-policy matrix to FILE (.pdf, .svg or .png).</source>
        <translation>Zusätzlich die Normstrategie-Matrix nach FILE zeichnen (.pdf, .svg oder .png).</translation>
    </message>
    <message>
        <source>What the chart&apos;s bubble area shows: sales (default) or potential.</source>
        <translation>Was die Blasenfläche im Diagramm zeigt: sales (Umsatz, Standard) oder potential (Potenzial).</translation>
    </message>
    <message>
        <source>usage: kingside portfolio WORKSPACE [--scheme NAME | --bands SPEC | --top SPEC] [--json] [--chart FILE]</source>
        <translation>Aufruf: kingside portfolio WORKSPACE [--scheme NAME | --bands SPEC | --top SPEC] [--json] [--chart FILE]</translation>
    </message>
    <message>
        <source>--bubbles is sales or potential, not “%1”.</source>
        <translation>--bubbles ist sales oder potential, nicht „%1“.</translation>
    </message>
    <message>
        <source>Directional-policy matrix · tiers: %1</source>
        <translation>Normstrategie-Matrix · Stufen: %1</translation>
    </message>
    <message>
        <source>%1 — mentor %2, reviewed every %3 months</source>
        <translation>%1 – Mentor %2, Review alle %3 Monate</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Next plan review due %1%2</source>
        <translation>Nächstes Plan-Review fällig am %1%2</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation> – ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation>Keine Reviews erfasst.</translation>
    </message>
    <message>
        <source>, removed item</source>
        <translation>, entferntes Element</translation>
    </message>
    <message>
        <source>No review of “%1” on %2.</source>
        <translation>Kein Review von „%1“ am %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a date (YYYY-MM-DD) nor “now”.</source>
        <translation>„%1“ ist weder ein Datum (JJJJ-MM-TT) noch „now“.</translation>
    </message>
    <message>
        <source>This account has no reviews yet.</source>
        <translation>Dieser Account hat noch keine Reviews.</translation>
    </message>
    <message>
        <source>Review dates: %1</source>
        <translation>Review-Termine: %1</translation>
    </message>
    <message>
        <source>The review of %1 cannot be compared: %2</source>
        <translation>Das Review vom %1 kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>Reviews overdue (%1)</source>
        <translation>Überfällige Reviews (%1)</translation>
    </message>
    <message>
        <source>Actions overdue (%1)</source>
        <translation>Überfällige Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>Objectives at red (%1)</source>
        <translation>Ziele auf Rot (%1)</translation>
    </message>
    <message>
        <source>List the mentor&apos;s reviews of an account, or compare the account at two reviews (or at a review and now): people joined or left, attitudes and pieces, lines gained, lost, strengthened or weakened, figures, actions done or late.</source>
        <translation>Die Reviews eines Accounts durch den Mentor auflisten oder den Account zu zwei Reviews (oder zu einem Review und heute) vergleichen: hinzugekommene oder ausgeschiedene Personen, Haltungen und Figuren, gewonnene, verlorene, gestärkte oder geschwächte Verbindungen, Kennzahlen, erledigte oder verspätete Maßnahmen.</translation>
    </message>
    <message>
        <source>List the reviews, oldest first.</source>
        <translation>Die Reviews auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>Compare the snapshots at A and B: review dates (YYYY-MM-DD) or “now”.</source>
        <translation>Die Snapshots zu A und B vergleichen: Review-Termine (JJJJ-MM-TT) oder „now“.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>JSON schreiben.</translation>
    </message>
    <message>
        <source>Across all accounts: overdue reviews, overdue actions and objectives at red.</source>
        <translation>Über alle Accounts: überfällige Reviews, überfällige Maßnahmen und Ziele auf Rot.</translation>
    </message>
    <message>
        <source>The date to treat as today (default: the system date).</source>
        <translation>Das Datum, das als heute gilt (Standard: das Systemdatum).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>With --compare: what to compare.</source>
        <translation>Mit --compare: was verglichen wird.</translation>
    </message>
    <message>
        <source>usage: kingside review WORKSPACE --account NAME --list [--json]
       kingside review WORKSPACE --account NAME --compare A B [--json]
       kingside review WORKSPACE --portfolio [--json]</source>
        <translation>Aufruf: kingside review WORKSPACE --account NAME --list [--json]
       kingside review WORKSPACE --account NAME --compare A B [--json]
       kingside review WORKSPACE --portfolio [--json]</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No account named “%1” in %2.</source>
        <translation>Kein Account namens „%1“ in %2.</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Accounts: %1</translation>
    </message>
    <message>
        <source>%1: departments, left to right:</source>
        <translation>%1: Abteilungen, von links nach rechts:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>%1: levels, top first:</source>
        <translation>%1: Ebenen, von oben nach unten:</translation>
    </message>
    <message>
        <source>Show or set the board of an account: its departments (files, left to right) and levels (ranks, top first). Setting keeps the departments and levels named (ignoring case), adds the new ones, puts them in the order given and removes the others, as one step; it is refused, changing nothing, while people stand on one to remove.</source>
        <translation>Das Brett eines Accounts anzeigen oder festlegen: seine Abteilungen (Linien, von links nach rechts) und Ebenen (Reihen, von oben nach unten). Beim Festlegen bleiben die genannten Abteilungen und Ebenen erhalten (ohne Beachtung der Groß-/Kleinschreibung), neue werden hinzugefügt, alle in die angegebene Reihenfolge gebracht und die übrigen entfernt, in einem Schritt; solange auf einer zu entfernenden Personen stehen, wird dies abgelehnt und nichts geändert.</translation>
    </message>
    <message>
        <source>The departments, left to right, separated by commas.</source>
        <translation>Die Abteilungen, von links nach rechts, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The levels, top first, separated by commas.</source>
        <translation>Die Ebenen, von oben nach unten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Print the departments and levels.</source>
        <translation>Die Abteilungen und Ebenen ausgeben.</translation>
    </message>
    <message>
        <source>usage: kingside structure WORKSPACE --account NAME [--departments &quot;A,B,C&quot;] [--levels &quot;TOP,…,BOTTOM&quot;] [--show]</source>
        <translation>Aufruf: kingside structure WORKSPACE --account NAME [--departments &quot;A,B,C&quot;] [--levels &quot;TOP,…,BOTTOM&quot;] [--show]</translation>
    </message>
    <message>
        <source>Set the board of “%1”.</source>
        <translation>Brett von „%1“ festlegen.</translation>
    </message>
    <message>
        <source>Commands (run without a window):
</source>
        <translation>Befehle (laufen ohne Fenster):
</translation>
    </message>
    <message>
        <source>Run &apos;kingside COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Mit „kingside COMMAND --help“ zeigen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>“%1” is neither a command nor a workspace file.

</source>
        <translation>„%1“ ist weder ein Befehl noch eine Arbeitsbereichsdatei.

</translation>
    </message>
    <message>
        <source>Kingside: key account relationship maps on a chessboard.

With no WORKSPACE, opens the last workspace, or the demo on first run.

</source>
        <translation>Kingside: Beziehungskarten für Key Accounts auf einem Schachbrett.

Ohne WORKSPACE wird der zuletzt verwendete Arbeitsbereich geöffnet, beim ersten Start die Demo.

</translation>
    </message>
    <message>
        <source>Open WORKSPACE for a mentor&apos;s review: everything readable, only comments and review records writable.</source>
        <translation>WORKSPACE für das Review eines Mentors öffnen: alles lesbar, nur Kommentare und Review-Einträge schreibbar.</translation>
    </message>
    <message>
        <source>Open WORKSPACE read-only.</source>
        <translation>WORKSPACE schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (created on first use).</source>
        <translation>Den eingebauten Demo-Arbeitsbereich öffnen (wird bei der ersten Verwendung angelegt).</translation>
    </message>
    <message>
        <source>A .kingside workspace file.</source>
        <translation>Eine .kingside-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.

</source>
        <translation>Unbekannter Befehl „%1“.

</translation>
    </message>
    <message>
        <source>Propose the next moves for one account: the few relationships to build, strengthen or refresh that mend the most of what the ten questions find, chosen together, each with who acts, whom they meet, who introduces them, the effort and the effect measured on the questions. --apply N records move N as a plan action.</source>
        <translation>Die nächsten Züge für einen Account vorschlagen: die wenigen Beziehungen, die aufzubauen, zu stärken oder aufzufrischen sind und am meisten von dem beheben, was die zehn Fragen finden, gemeinsam ausgewählt, jeweils mit der handelnden Person, der Person, die sie trifft, der Person, die sie vorstellt, dem Aufwand und der an den Fragen gemessenen Wirkung. --apply N übernimmt Zug N als Maßnahme in den Plan.</translation>
    </message>
    <message>
        <source>How many moves to choose together (1 to 12; default 5).</source>
        <translation>Wie viele Züge gemeinsam ausgewählt werden (1 bis 12; Standard 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Write the plan as JSON.</source>
        <translation>Den Plan als JSON schreiben.</translation>
    </message>
    <message>
        <source>Judge freshness as on DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Aktualität zum Stichtag DATE (JJJJ-MM-TT) statt zu heute beurteilen.</translation>
    </message>
    <message>
        <source>Record move N of the plan as an action of the account plan (one undoable change).</source>
        <translation>Zug N des Plans als Maßnahme in den Account-Plan übernehmen (eine rückgängig zu machende Änderung).</translation>
    </message>
    <message>
        <source>usage: kingside moves WORKSPACE --account NAME [--count K] [--json] [--today YYYY-MM-DD] [--apply N]</source>
        <translation>Aufruf: kingside moves WORKSPACE --account NAME [--count K] [--json] [--today YYYY-MM-DD] [--apply N]</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 12, not “%1”.</source>
        <translation>--count nimmt eine Zahl von 1 bis 12, nicht „%1“.</translation>
    </message>
    <message>
        <source>--apply takes the number of a move (1, 2, …), not “%1”.</source>
        <translation>--apply nimmt die Nummer eines Zugs (1, 2, …), nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing was written: there is no move %1; the plan ends at move %2.</source>
        <translation>Es wurde nichts geschrieben: es gibt keinen Zug %1; der Plan endet bei Zug %2.</translation>
    </message>
    <message>
        <source>Added to the plan of “%1”: %2 — owner %3, due %4.</source>
        <translation>Zum Plan von „%1“ hinzugefügt: %2 – verantwortlich %3, fällig %4.</translation>
    </message>
    <message>
        <source>Create the Kingside schema in an empty PostgreSQL database, with the group roles PREFIXteam (writes the workspace), PREFIXmentor (comments and review records only) and PREFIXleadership (reads everything, writes nothing). Credentials come from ~/.pgpass, PGSERVICEFILE or PGPASSWORD, never from the address. Exit 0 set up, 1 refused or failed, 2 usage.</source>
        <translation>Das Kingside-Schema in einer leeren PostgreSQL-Datenbank anlegen, mit den Gruppenrollen PREFIXteam (schreibt den Arbeitsbereich), PREFIXmentor (nur Kommentare und Review-Einträge) und PREFIXleadership (liest alles, schreibt nichts). Zugangsdaten kommen aus ~/.pgpass, PGSERVICEFILE oder PGPASSWORD, nie aus der Adresse. Exit-Code 0: eingerichtet, 1: abgelehnt oder fehlgeschlagen, 2: falscher Aufruf.</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, or postgresql:///?service=NAME.</source>
        <translation>postgresql://user@host:port/database oder postgresql:///?service=NAME.</translation>
    </message>
    <message>
        <source>How the roles&apos; names start (default kingside_).</source>
        <translation>Womit die Namen der Rollen beginnen (Standard kingside_).</translation>
    </message>
    <message>
        <source>usage: kingside server-setup URL [--role-prefix PREFIX]</source>
        <translation>Aufruf: kingside server-setup URL [--role-prefix PREFIX]</translation>
    </message>
    <message>
        <source>Set up %1: schema version %2, %3 tables.</source>
        <translation>%1 eingerichtet: Schemaversion %2, %3 Tabellen.</translation>
    </message>
    <message>
        <source>created the role %1</source>
        <translation>Rolle %1 angelegt</translation>
    </message>
    <message>
        <source>gave the existing role %1 its rights</source>
        <translation>der vorhandenen Rolle %1 ihre Rechte gegeben</translation>
    </message>
    <message>
        <source>Give people a login of their own in one of these roles, for example: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE %1;</source>
        <translation>Geben Sie Personen eine eigene Anmeldung in einer dieser Rollen, zum Beispiel: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE %1;</translation>
    </message>
    <message>
        <source>store copy FROM TO: copy a whole workspace, every table row for row with its ids, from a workspace file to a PostgreSQL database or back, in one transaction, checked row for row. TO must be empty (a new file, or a database after server-setup) or already identical. Credentials come from ~/.pgpass, PGSERVICEFILE or PGPASSWORD. Exit 0 copied or identical, 1 refused or failed, 2 usage.</source>
        <translation>store copy FROM TO: einen ganzen Arbeitsbereich kopieren, jede Tabelle Zeile für Zeile mit ihren IDs, von einer Arbeitsbereichsdatei in eine PostgreSQL-Datenbank oder zurück, in einer Transaktion, Zeile für Zeile geprüft. TO muss leer sein (eine neue Datei oder eine Datenbank nach server-setup) oder bereits identisch. Zugangsdaten kommen aus ~/.pgpass, PGSERVICEFILE oder PGPASSWORD. Exit-Code 0: kopiert oder identisch, 1: abgelehnt oder fehlgeschlagen, 2: falscher Aufruf.</translation>
    </message>
    <message>
        <source>The action: copy.</source>
        <translation>Die Aktion: copy.</translation>
    </message>
    <message>
        <source>A workspace file or a postgresql:// address.</source>
        <translation>Eine Arbeitsbereichsdatei oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>usage: kingside store copy FROM TO</source>
        <translation>Aufruf: kingside store copy FROM TO</translation>
    </message>
    <message>
        <source>%1 already holds the same rows as %2; nothing was changed.</source>
        <translation>%1 enthält bereits dieselben Zeilen wie %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and checked it row for row: %3 rows.</source>
        <translation>%1 nach %2 kopiert und Zeile für Zeile geprüft: %3 Zeilen.</translation>
    </message>
    <message>
        <source>Add, rename, remove or list accounts</source>
        <translation>Accounts hinzufügen, umbenennen, entfernen oder auflisten</translation>
    </message>
    <message>
        <source>Move lines&apos; last contact forward from calendar (.ics) and mail (mbox, .eml) exports</source>
        <translation>Den letzten Kontakt der Verbindungen aus Kalender- (.ics) und Mail-Exporten (mbox, .eml) nachführen</translation>
    </message>
    <message>
        <source>Answer the key account questions for one account</source>
        <translation>Die Key-Account-Fragen für einen Account beantworten</translation>
    </message>
    <message>
        <source>Check that a file is a sound Kingside workspace</source>
        <translation>Prüfen, ob eine Datei ein intakter Kingside-Arbeitsbereich ist</translation>
    </message>
    <message>
        <source>List, import or export selection criteria and scores</source>
        <translation>Auswahlkriterien und Bewertungen auflisten, importieren oder exportieren</translation>
    </message>
    <message>
        <source>Write the demo workspace to a file</source>
        <translation>Den Demo-Arbeitsbereich in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Export an account: graphml, dot, csv (and the formats the board adds)</source>
        <translation>Einen Account exportieren: graphml, dot, csv (und die Formate des Bretts)</translation>
    </message>
    <message>
        <source>Import contacts (CRM and address-book exports, vCard, CSV) or relationships into an account</source>
        <translation>Kontakte (CRM- und Adressbuch-Exporte, vCard, CSV) oder Beziehungen in einen Account importieren</translation>
    </message>
    <message>
        <source>Propose the next moves for one account, with their effects, and record one as a plan action</source>
        <translation>Die nächsten Züge für einen Account vorschlagen, mit ihrer Wirkung, und einen als Maßnahme des Plans festhalten</translation>
    </message>
    <message>
        <source>Create an empty workspace</source>
        <translation>Einen leeren Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Print the strongest introduction path to a person</source>
        <translation>Den stärksten Weg der Vorstellung zu einer Person ausgeben</translation>
    </message>
    <message>
        <source>Export everything held about a person, or erase them for good</source>
        <translation>Alles exportieren, was über eine Person gespeichert ist, oder sie endgültig löschen</translation>
    </message>
    <message>
        <source>Score, rank and tier every account of a workspace</source>
        <translation>Jeden Account eines Arbeitsbereichs bewerten, reihen und einer Stufe zuordnen</translation>
    </message>
    <message>
        <source>List an account&apos;s mentor reviews or compare two of them</source>
        <translation>Die Mentor-Reviews eines Accounts auflisten oder zwei davon vergleichen</translation>
    </message>
    <message>
        <source>Create a shared workspace&apos;s schema and roles in an empty PostgreSQL database</source>
        <translation>Schema und Rollen eines gemeinsamen Arbeitsbereichs in einer leeren PostgreSQL-Datenbank anlegen</translation>
    </message>
    <message>
        <source>Copy a whole workspace between a file and a PostgreSQL database</source>
        <translation>Einen ganzen Arbeitsbereich zwischen einer Datei und einer PostgreSQL-Datenbank kopieren</translation>
    </message>
    <message>
        <source>Show or set an account&apos;s departments and levels</source>
        <translation>Abteilungen und Ebenen eines Accounts anzeigen oder festlegen</translation>
    </message>
</context>
<context>
    <name>Kingside::CommandGroup</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>Kingside::ComparisonView</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Choose an account to see what changed since its last review.</source>
        <translation>Wählen Sie einen Account, um zu sehen, was sich seit seinem letzten Review geändert hat.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;No review has been recorded for this account yet.&lt;/b&gt;&lt;br&gt;When a mentor records a review (Plan &amp;amp; Reviews → Reviews → Record a review…), the account is kept as it was that day. This tab then lists what changed since: people who joined or left, attitudes, pieces, lines, objectives, actions and figures, and the board marks the changes with a teal Δ.</source>
        <translation>&lt;b&gt;Für diesen Account wurde noch kein Review erfasst.&lt;/b&gt;&lt;br&gt;Wenn ein Mentor ein Review erfasst (Plan und Reviews → Reviews → Review erfassen…), wird der Account so festgehalten, wie er an diesem Tag war. Dieser Reiter listet dann auf, was sich seitdem geändert hat: hinzugekommene oder ausgeschiedene Personen, Haltungen, Figuren, Verbindungen, Ziele, Maßnahmen und Kennzahlen, und das Brett markiert die Änderungen mit einem türkisen Δ.</translation>
    </message>
    <message>
        <source>Nothing changed between %1 and %2.</source>
        <translation>Zwischen %1 und %2 hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) between %1 and %2.</source>
        <translation>
            <numerusform>%n Änderung zwischen %1 und %2.</numerusform>
            <numerusform>%n Änderungen zwischen %1 und %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Vergleichen ab</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>The changes between the two chosen snapshots, grouped by kind, each with its value before and after</source>
        <translation>Die Änderungen zwischen den beiden gewählten Snapshots, nach Art gruppiert, jeweils mit dem Wert vorher und nachher</translation>
    </message>
</context>
<context>
    <name>Kingside::CriteriaCsv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Text nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Felds in Anführungszeichen wird doppelt geschrieben (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the field in quotes and write the quote twice.</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das Feld in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>Die Datei ist kein UTF-8-Text; speichern Sie sie aus der Tabellenkalkulation als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must be the header %1.</source>
        <translation>Die Datei ist leer; die erste Zeile muss die Kopfzeile %1 sein.</translation>
    </message>
    <message>
        <source>unknown column “%1”; the header is %2.</source>
        <translation>unbekannte Spalte „%1“; die Kopfzeile lautet %2.</translation>
    </message>
    <message>
        <source>the column “%1” appears twice.</source>
        <translation>die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>the column “%1” is missing; the header is %2.</source>
        <translation>die Spalte „%1“ fehlt; die Kopfzeile lautet %2.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat.</translation>
    </message>
    <message>
        <source>the criterion is empty.</source>
        <translation>das Kriterium ist leer.</translation>
    </message>
    <message>
        <source>the axis “%1” is neither attractiveness nor strength.</source>
        <translation>die Achse „%1“ ist weder attractiveness noch strength.</translation>
    </message>
    <message>
        <source>the weight “%1” is not a number (use a dot for decimals).</source>
        <translation>das Gewicht „%1“ ist keine Zahl (verwenden Sie einen Punkt als Dezimaltrennzeichen).</translation>
    </message>
    <message>
        <source>the weight of “%1” is %2; weights cannot be negative.</source>
        <translation>das Gewicht von „%1“ ist %2; Gewichte dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>the first row of the criterion “%1” needs its axis and weight.</source>
        <translation>die erste Zeile des Kriteriums „%1“ braucht Achse und Gewicht.</translation>
    </message>
    <message>
        <source>the axis or weight of “%1” differs from line %2.</source>
        <translation>Achse oder Gewicht von „%1“ weichen von Zeile %2 ab.</translation>
    </message>
    <message>
        <source>a score without an account.</source>
        <translation>eine Bewertung ohne Account.</translation>
    </message>
    <message>
        <source>there is no account “%1” in the workspace.</source>
        <translation>es gibt keinen Account „%1“ im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is scored on “%2” already on line %3.</source>
        <translation>„%1“ ist bereits in Zeile %3 beim Kriterium „%2“ bewertet.</translation>
    </message>
    <message>
        <source>a note without a score.</source>
        <translation>eine Notiz ohne Bewertung.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number from %2 to %3.</source>
        <translation>die Bewertung „%1“ ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>Kingside::CriteriaDialog</name>
    <message>
        <source>Selection criteria and scores</source>
        <translation>Auswahlkriterien und Bewertungen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Start from this set</source>
        <translation>Mit diesem Satz beginnen</translation>
    </message>
    <message>
        <source>Replaces all criteria and scores by the ready-made set (one step to undo).</source>
        <translation>Ersetzt alle Kriterien und Bewertungen durch den vorgefertigten Satz (in einem Schritt rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Ready-made criteria:</source>
        <translation>Vorgefertigte Kriterien:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share of axis</source>
        <translation>Anteil an der Achse</translation>
    </message>
    <message>
        <source>Raw weight; shown as a share of the axis (each axis adds up to 100).</source>
        <translation>Rohgewicht; angezeigt als Anteil an der Achse (jede Achse ergibt zusammen 100).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>A&amp;chse:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Add as &amp;new criterion</source>
        <translation>Als neues Kriterium &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>What if: tiers after this change</source>
        <translation>Was wäre, wenn: Stufen nach dieser Änderung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Score each criterion 1 (poor) to 10 (excellent). Leave a score empty when unknown: it is shown as missing and counts 0.</source>
        <translation>Bewerten Sie jedes Kriterium von 1 (schwach) bis 10 (ausgezeichnet). Lassen Sie eine Bewertung leer, wenn sie unbekannt ist: sie wird als fehlend angezeigt und zählt 0.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Select a criterion, or type a name to add one.</source>
        <translation>Wählen Sie ein Kriterium aus, oder geben Sie einen Namen ein, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (attractiveness %4 → %5)</source>
        <translation>%1: %2 → %3 (Attraktivität %4 → %5)</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>No account would change tier under “%1”.</source>
        <translation>Unter „%1“ würde kein Account die Stufe wechseln.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change tier under “%1”:</source>
        <translation>
            <numerusform>%n Account würde unter „%1“ die Stufe wechseln:</numerusform>
            <numerusform>%n Accounts würden unter „%1“ die Stufe wechseln:</numerusform>
        </translation>
    </message>
    <message>
        <source>Use criteria set %1</source>
        <translation>Kriteriensatz %1 verwenden</translation>
    </message>
    <message>
        <source>Not scored: counts 0</source>
        <translation>Nicht bewertet: zählt 0</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 10; “%1” is not.</source>
        <translation>Eine Bewertung ist eine ganze Zahl von 1 bis 10; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Give a score before a note; an empty score means not scored.</source>
        <translation>Geben Sie vor einer Notiz eine Bewertung ein; eine leere Bewertung bedeutet „nicht bewertet“.</translation>
    </message>
    <message>
        <source>Criteria and scores</source>
        <translation>Kriterien und Bewertungen</translation>
    </message>
    <message>
        <source>The criteria that rate accounts, and each account&apos;s scores against them</source>
        <translation>Die Kriterien, nach denen Accounts bewertet werden, und die Bewertungen jedes Accounts nach ihnen</translation>
    </message>
    <message>
        <source>Ready-made criteria</source>
        <translation>Vorgefertigte Kriterien</translation>
    </message>
    <message>
        <source>One row per criterion: name, description, the axis it rates and its weight</source>
        <translation>Eine Zeile je Kriterium: Name, Beschreibung, die bewertete Achse und ihr Gewicht</translation>
    </message>
    <message>
        <source>The accounts whose tier the change would move</source>
        <translation>Die Accounts, deren Stufe sich durch die Änderung verschieben würde</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>The chosen account&apos;s score of 1 to 10 for each criterion, with a note</source>
        <translation>Die Bewertung des gewählten Accounts von 1 bis 10 für jedes Kriterium, mit einer Notiz</translation>
    </message>
</context>
<context>
    <name>Kingside::CriteriaSets</name>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Today&apos;s size and tomorrow&apos;s potential weighed alike; a good first set.</source>
        <translation>Heutige Größe und künftiges Potenzial gleich gewichtet; ein guter erster Satz.</translation>
    </message>
    <message>
        <source>Sales volume</source>
        <translation>Umsatzvolumen</translation>
    </message>
    <message>
        <source>Annual sales to the account today</source>
        <translation>Heutiger Jahresumsatz mit dem Account</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Realistic growth over three years</source>
        <translation>Realistisches Wachstum über drei Jahre</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilität</translation>
    </message>
    <message>
        <source>Margin after the cost to serve</source>
        <translation>Marge nach den Betreuungskosten</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <source>Fit with our products and direction</source>
        <translation>Passung zu unseren Produkten und unserer Ausrichtung</translation>
    </message>
    <message>
        <source>Prestige and reference value</source>
        <translation>Prestige und Referenzwert</translation>
    </message>
    <message>
        <source>Value as a public reference</source>
        <translation>Wert als öffentliche Referenz</translation>
    </message>
    <message>
        <source>Relationship quality</source>
        <translation>Beziehungsqualität</translation>
    </message>
    <message>
        <source>Breadth and depth of our relationships</source>
        <translation>Breite und Tiefe unserer Beziehungen</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message>
        <source>Our share of their spend in our category</source>
        <translation>Unser Anteil an ihren Ausgaben in unserer Kategorie</translation>
    </message>
    <message>
        <source>Ease of doing business</source>
        <translation>Einfachheit der Zusammenarbeit</translation>
    </message>
    <message>
        <source>Processes, payment, decision speed</source>
        <translation>Prozesse, Zahlung, Entscheidungsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Solution fit as they see it</source>
        <translation>Lösungspassung aus Kundensicht</translation>
    </message>
    <message>
        <source>How the customer rates our offer</source>
        <translation>Wie der Kunde unser Angebot bewertet</translation>
    </message>
    <message>
        <source>Growth first</source>
        <translation>Wachstum zuerst</translation>
    </message>
    <message>
        <source>For a business that must grow: potential and fit count most, size today least.</source>
        <translation>Für ein Geschäft, das wachsen muss: Potenzial und Passung zählen am meisten, die heutige Größe am wenigsten.</translation>
    </message>
    <message>
        <source>Openness to partnership</source>
        <translation>Offenheit für Partnerschaft</translation>
    </message>
    <message>
        <source>Whether they want a key supplier relationship at all</source>
        <translation>Ob sie überhaupt eine Beziehung zu einem Schlüssellieferanten wollen</translation>
    </message>
    <message>
        <source>Profit first</source>
        <translation>Gewinn zuerst</translation>
    </message>
    <message>
        <source>For a business that must earn: margin and ease of serving count most.</source>
        <translation>Für ein Geschäft, das verdienen muss: Marge und einfache Betreuung zählen am meisten.</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>Zahlungsverhalten</translation>
    </message>
    <message>
        <source>Pays on time, few disputes</source>
        <translation>Zahlt pünktlich, wenige Streitfälle</translation>
    </message>
</context>
<context>
    <name>Kingside::CsvReader</name>
    <message>
        <source>A quoted field that opens on this line runs over %1 characters; a closing quote is probably missing.</source>
        <translation>Ein Feld in Anführungszeichen, das in dieser Zeile beginnt, ist länger als %1 Zeichen; vermutlich fehlt ein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quoted field that opens on this line is never closed (unbalanced quotes).</source>
        <translation>Ein Feld in Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen (unausgeglichene Anführungszeichen).</translation>
    </message>
    <message>
        <source>A field on this line has more than %1 characters.</source>
        <translation>Ein Feld in dieser Zeile hat mehr als %1 Zeichen.</translation>
    </message>
    <message>
        <source>This line has %1 fields; at most %2 are read.</source>
        <translation>Diese Zeile hat %1 Felder; gelesen werden höchstens %2.</translation>
    </message>
</context>
<context>
    <name>Kingside::DemoBuilder</name>
    <message>
        <source>The demo could not be saved: %1</source>
        <translation>Die Demo konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::DemoHistory</name>
    <message>
        <source>Review of %1</source>
        <translation>Review von %1</translation>
    </message>
</context>
<context>
    <name>Kingside::DotWriter</name>
    <message>
        <source>Department unknown</source>
        <translation>Abteilung unbekannt</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
</context>
<context>
    <name>Kingside::DuplicateAccount</name>
    <message>
        <source>Duplicate account as %1</source>
        <translation>Account duplizieren als %1</translation>
    </message>
    <message>
        <source>The account to copy no longer exists.</source>
        <translation>Der zu kopierende Account existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditCriterion</name>
    <message>
        <source>Change criterion %1</source>
        <translation>Kriterium %1 ändern</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Dieses Kriterium existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Ein Kriterium braucht einen Namen.</translation>
    </message>
    <message>
        <source>A criterion named “%1” already exists.</source>
        <translation>Es gibt bereits ein Kriterium namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditObjective</name>
    <message>
        <source>Edit objective</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditPerson</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditPlanAction</name>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditRelationship</name>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::Enums</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>Final decision maker</source>
        <translation>Endgültiger Entscheider</translation>
    </message>
    <message>
        <source>Power influencer</source>
        <translation>Starker Einflussnehmer</translation>
    </message>
    <message>
        <source>Gatekeeper (veto)</source>
        <translation>Gatekeeper (Veto)</translation>
    </message>
    <message>
        <source>Specifier / evaluator</source>
        <translation>Spezifizierer / Bewerter</translation>
    </message>
    <message>
        <source>Coach / informal influencer</source>
        <translation>Coach / informeller Einflussnehmer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>No formal role</source>
        <translation>Keine formale Rolle</translation>
    </message>
    <message>
        <source>King</source>
        <translation>König</translation>
    </message>
    <message>
        <source>Queen</source>
        <translation>Dame</translation>
    </message>
    <message>
        <source>Rook</source>
        <translation>Turm</translation>
    </message>
    <message>
        <source>Bishop</source>
        <translation>Läufer</translation>
    </message>
    <message>
        <source>Knight</source>
        <translation>Springer</translation>
    </message>
    <message>
        <source>Pawn</source>
        <translation>Bauer</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Befürworter</translation>
    </message>
    <message>
        <source>Neutral / unknown</source>
        <translation>Neutral / unbekannt</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Gegner</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account-Manager</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spezialist</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Working relationship</source>
        <translation>Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation>Berichtslinie</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Allianz</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>Vorverkauf</translation>
    </message>
    <message>
        <source>Contract negotiation</source>
        <translation>Vertragsverhandlung</translation>
    </message>
    <message>
        <source>Implementation / delivery</source>
        <translation>Implementierung / Lieferung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Ausschöpfung</translation>
    </message>
    <message>
        <source>Specifier</source>
        <translation>Spezifizierer</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
</context>
<context>
    <name>Kingside::ExportRegistry</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Der Account existiert nicht mehr.</translation>
    </message>
    <message>
        <source>GraphML for networkx, Gephi, yEd (people, relationships, typed attributes)</source>
        <translation>GraphML für networkx, Gephi, yEd (Personen, Beziehungen, typisierte Attribute)</translation>
    </message>
    <message>
        <source>Graphviz DOT, clustered by department</source>
        <translation>Graphviz DOT, nach Abteilung gruppiert</translation>
    </message>
    <message>
        <source>CSV of people (with --relationships: of relationships), re-importable</source>
        <translation>CSV der Personen (mit --relationships: der Beziehungen), wieder importierbar</translation>
    </message>
</context>
<context>
    <name>Kingside::FilterBar</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Only this team member&apos;s lines</source>
        <translation>Nur die Verbindungen dieses Teammitglieds</translation>
    </message>
    <message>
        <source>Only the users and specifiers of this product</source>
        <translation>Nur die Anwender und Spezifizierer dieses Produkts</translation>
    </message>
    <message>
        <source>Only lines of this kind</source>
        <translation>Nur Verbindungen dieser Art</translation>
    </message>
    <message>
        <source>All kinds of line</source>
        <translation>Alle Arten von Verbindungen</translation>
    </message>
    <message>
        <source>Our team&apos;s lines</source>
        <translation>Verbindungen unseres Teams</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Wieder alles anzeigen</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Person suchen…</translation>
    </message>
    <message>
        <source>Type part of a name: suggestions appear as you type. Enter finds the next match (also F3).</source>
        <translation>Geben Sie einen Teil eines Namens ein: Vorschläge erscheinen während der Eingabe. Die Eingabetaste findet den nächsten Treffer (auch F3).</translation>
    </message>
    <message>
        <source>Everyone&apos;s lines</source>
        <translation>Verbindungen aller</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>%1&apos;s lines</source>
        <translation>Verbindungen von %1</translation>
    </message>
    <message>
        <source>Users and specifiers of %1</source>
        <translation>Anwender und Spezifizierer von %1</translation>
    </message>
    <message>
        <source>Team member&apos;s lines</source>
        <translation>Verbindungen des Teammitglieds</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>Art der Verbindung</translation>
    </message>
    <message>
        <source>Changed since the day</source>
        <translation>Geändert seit dem Tag</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
</context>
<context>
    <name>Kingside::IcsReader</name>
    <message>
        <source>The time zone “%1” is not defined; its times were read as local times.</source>
        <translation>Die Zeitzone „%1“ ist nicht definiert; ihre Zeiten wurden als Ortszeiten gelesen.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file (it has no BEGIN:VCALENDAR).</source>
        <translation>%1 ist keine iCalendar-Datei (sie enthält kein BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; export a shorter period of the calendar.</source>
        <translation>%1 ist größer als 512 MB; exportieren Sie einen kürzeren Zeitraum des Kalenders.</translation>
    </message>
    <message>
        <source>The time zone “%1” is not one Kingside knows; the file&apos;s own definition of it (its offsets and daylight saving rules) was used.</source>
        <translation>Die Zeitzone „%1“ ist Kingside nicht bekannt; die eigene Definition der Datei (ihre Abstände und Sommerzeitregeln) wurde verwendet.</translation>
    </message>
    <message>
        <source>A recurring meeting was counted once, on its first day: %1.</source>
        <translation>Eine wiederkehrende Besprechung wurde einmal gezählt, an ihrem ersten Tag: %1.</translation>
    </message>
    <message>
        <source>A recurring all-day event repeats by the hour, minute or second, which RFC 5545 does not allow; it was counted once, on its first day.</source>
        <translation>Ein wiederkehrendes ganztägiges Ereignis wiederholt sich stündlich, minütlich oder sekündlich, was RFC 5545 nicht erlaubt; es wurde einmal gezählt, an seinem ersten Tag.</translation>
    </message>
    <message>
        <source>A meeting repeats more often than Kingside expands (%1 times in the period read, or a rule that needs too many steps); its latest occurrences were counted.</source>
        <translation>Eine Besprechung wiederholt sich öfter, als Kingside auflöst (%1-mal im gelesenen Zeitraum, oder eine Regel, die zu viele Schritte braucht); ihre letzten Termine wurden gezählt.</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>A CSV export (Salesforce, HubSpot, LinkedIn, …), an Excel or OpenDocument workbook, or a vCard file</source>
        <translation>Ein CSV-Export (Salesforce, HubSpot, LinkedIn, …), eine Excel- oder OpenDocument-Arbeitsmappe oder eine vCard-Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Name of the new account</source>
        <translation>Name des neuen Accounts</translation>
    </message>
    <message>
        <source>Client people</source>
        <translation>Personen des Kunden</translation>
    </message>
    <message>
        <source>Our account team</source>
        <translation>Unser Account-Team</translation>
    </message>
    <message>
        <source>Also import contacts of other companies</source>
        <translation>Auch Kontakte anderer Unternehmen importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Recognised as:</source>
        <translation>Erkannt als:</translation>
    </message>
    <message>
        <source>Into &amp;account:</source>
        <translation>In &amp;Account:</translation>
    </message>
    <message>
        <source>&amp;People are:</source>
        <translation>&amp;Personen sind:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Kingside field</source>
        <translation>Kingside-Feld</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>Grund oder Änderung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stopped reading the file.</source>
        <translation>Das Lesen der Datei wurde angehalten.</translation>
    </message>
    <message>
        <source>Stopped the preview.</source>
        <translation>Die Vorschau wurde angehalten.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Neuer Account…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n people who name a company work at “%2”.</source>
        <translation>
            <numerusform>%1 von %n Person, die ein Unternehmen angibt, arbeitet bei „%2“.</numerusform>
            <numerusform>%1 der %n Personen, die ein Unternehmen angeben, arbeiten bei „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the account “%1”</source>
        <translation>Account „%1“ anlegen</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.xlsx *.ods *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kontakte (*.csv *.xlsx *.ods *.vcf *.vcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Zeile)</numerusform>
            <numerusform>%1 (%2, %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new account.</source>
        <translation>Geben Sie dem neuen Account einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Matching %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird zugeordnet…</numerusform>
            <numerusform>%n Zeilen werden zugeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose which column holds the name (or first and last name).</source>
        <translation>Wählen Sie, welche Spalte den Namen enthält (oder Vor- und Nachnamen).</translation>
    </message>
    <message>
        <source>The account “%1” will be created.</source>
        <translation>Der Account „%1“ wird angelegt.</translation>
    </message>
    <message>
        <source>New departments: %1</source>
        <translation>Neue Abteilungen: %1</translation>
    </message>
    <message>
        <source>Import into the new account %1</source>
        <translation>In den neuen Account %1 importieren</translation>
    </message>
    <message>
        <source>Import %1 into the new account %2</source>
        <translation>%1 in den neuen Account %2 importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Use the suggested account</source>
        <translation>Den vorgeschlagenen Account verwenden</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>One row per column of the file: its title, its first values and the Kingside field it goes into, which can be changed</source>
        <translation>Eine Zeile je Spalte der Datei: ihr Titel, ihre ersten Werte und das Kingside-Feld, in das sie geht, das sich ändern lässt</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <source>What each line of the file will do: added, updated, skipped with the reason, or refused</source>
        <translation>Was jede Zeile der Datei bewirkt: hinzugefügt, aktualisiert, übersprungen mit Grund oder abgelehnt</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Der Import wird angehalten…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Importing row %1 of %2…</source>
        <translation>Zeile %1 von %2 wird importiert…</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <translation>Feld für die Spalte „%1“</translation>
    </message>
    <message>
        <source>Stopped the import; nothing was changed.</source>
        <translation>Der Import wurde angehalten; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportFormat</name>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Salesforce contact report</source>
        <translation>Salesforce-Kontaktbericht</translation>
    </message>
    <message>
        <source>HubSpot contacts export</source>
        <translation>HubSpot-Kontaktexport</translation>
    </message>
    <message>
        <source>Google Contacts (Google CSV)</source>
        <translation>Google Kontakte (Google-CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Outlook-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Dynamics 365 export (Export to Excel, as CSV)</source>
        <translation>Dynamics-365-Export (Nach Excel exportieren, als CSV)</translation>
    </message>
    <message>
        <source>Pipedrive persons export</source>
        <translation>Pipedrive-Personenexport</translation>
    </message>
    <message>
        <source>Zoho CRM contacts export</source>
        <translation>Zoho-CRM-Kontaktexport</translation>
    </message>
    <message>
        <source>LinkedIn connections (Connections.csv)</source>
        <translation>LinkedIn-Kontakte (Connections.csv)</translation>
    </message>
    <message>
        <source>vCard address book</source>
        <translation>vCard-Adressbuch</translation>
    </message>
    <message>
        <source>CSV file (columns mapped by hand)</source>
        <translation>CSV-Datei (Spalten von Hand zugeordnet)</translation>
    </message>
    <message>
        <source>Kingside people CSV</source>
        <translation>Kingside-Personen-CSV</translation>
    </message>
    <message>
        <source>Kingside relationships CSV</source>
        <translation>Kingside-Beziehungen-CSV</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name suffix (Jr., PhD)</source>
        <translation>Namenszusatz (Jr., PhD)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Company / account</source>
        <translation>Unternehmen / Account</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Side (client/team)</source>
        <translation>Seite (client/team)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Entscheidungsrolle</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Favours competitor</source>
        <translation>Bevorzugter Wettbewerber</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Teamrolle</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportPlan</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4, rejected %5.</source>
        <translation>Hinzugefügt %1, aktualisiert %2, unverändert %3, übersprungen %4, abgelehnt %5.</translation>
    </message>
    <message>
        <source>New account: “%1”.</source>
        <translation>Neuer Account: „%1“.</translation>
    </message>
    <message>
        <source>line %1: %2 %3 — %4</source>
        <translation>Zeile %1: %2 %3 – %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>New departments: %1</source>
        <translation>Neue Abteilungen: %1</translation>
    </message>
    <message>
        <source>New levels: %1</source>
        <translation>Neue Ebenen: %1</translation>
    </message>
    <message>
        <source>New competitors: %1</source>
        <translation>Neue Wettbewerber: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportPlanner</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a deleted record (IsDeleted is true)</source>
        <translation>ein gelöschter Datensatz (IsDeleted ist true)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>no name (only the e-mail address %1)</source>
        <translation>kein Name (nur die E-Mail-Adresse %1)</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>side %1 is neither client nor team</source>
        <translation>Seite %1 ist weder client noch team</translation>
    </message>
    <message>
        <source>works at %1, not at %2</source>
        <translation>arbeitet bei %1, nicht bei %2</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same e-mail address)</source>
        <translation>Duplikat von Zeile %1 (gleiche E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same name)</source>
        <translation>Duplikat von Zeile %1 (gleicher Name)</translation>
    </message>
    <message>
        <source>%1 %2 is not one of %3</source>
        <translation>%1 %2 ist nicht eines von %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>decision role</source>
        <translation>Entscheidungsrolle</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>team role</source>
        <translation>Teamrolle</translation>
    </message>
    <message>
        <source>%1: ignored %2</source>
        <translation>%1: %2 ignoriert</translation>
    </message>
    <message>
        <source>%1 people in the account are called %2; add their e-mail addresses to tell them apart</source>
        <translation>%1 Personen im Account heißen %2; fügen Sie ihre E-Mail-Adressen hinzu, um sie zu unterscheiden</translation>
    </message>
    <message>
        <source>duplicate of line %1 (the same person in the account)</source>
        <translation>Duplikat von Zeile %1 (dieselbe Person im Account)</translation>
    </message>
    <message>
        <source>team members have no decision role</source>
        <translation>Teammitglieder haben keine Entscheidungsrolle</translation>
    </message>
    <message>
        <source>client people have no team role</source>
        <translation>Personen des Kunden haben keine Teamrolle</translation>
    </message>
    <message>
        <source>%1 is already the final decision maker (King) of this account</source>
        <translation>%1 ist bereits der endgültige Entscheider (König) dieses Accounts</translation>
    </message>
    <message>
        <source>%1 is already the account&apos;s mentor</source>
        <translation>%1 ist bereits der Mentor des Accounts</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>more than one person is called %1</source>
        <translation>mehr als eine Person heißt %1</translation>
    </message>
    <message>
        <source>%1 reports to %2, who is neither in the file nor in the account; no reporting line was drawn</source>
        <translation>%1 berichtet an %2, die Person ist weder in der Datei noch im Account; es wurde keine Berichtslinie gezogen</translation>
    </message>
    <message>
        <source>%1 reports to %2: %3; no reporting line was drawn</source>
        <translation>%1 berichtet an %2: %3; es wurde keine Berichtslinie gezogen</translation>
    </message>
    <message>
        <source>%1 reports to themselves; no reporting line was drawn</source>
        <translation>%1 berichtet an sich selbst; es wurde keine Berichtslinie gezogen</translation>
    </message>
    <message>
        <source>%1 reporting to %2 would close a reporting cycle (%3); that line was not drawn</source>
        <translation>%1 mit Berichtslinie an %2 würde einen Berichtszyklus schließen (%3); diese Verbindung wurde nicht gezogen</translation>
    </message>
    <message>
        <source>reports to: %1 → %2</source>
        <translation>berichtet an: %1 → %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>No account was named.</source>
        <translation>Es wurde kein Account angegeben.</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportReader</name>
    <message>
        <source>The file contains no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n line(s) of notes before the header on line %1.</source>
        <translation>
            <numerusform>%n Zeile mit Anmerkungen vor der Kopfzeile in Zeile %1 ausgelassen.</numerusform>
            <numerusform>%n Zeilen mit Anmerkungen vor der Kopfzeile in Zeile %1 ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out the report footer (lines %1–%2).</source>
        <translation>Die Fußzeile des Berichts wurde ausgelassen (Zeilen %1–%2).</translation>
    </message>
    <message>
        <source>A relationships file needs the columns from and to in its header (line %1 is: %2).</source>
        <translation>Eine Beziehungsdatei braucht die Spalten from und to in ihrer Kopfzeile (Zeile %1 lautet: %2).</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>Die Arbeitsmappe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is a workbook, not a vCard.</source>
        <translation>Die Datei ist eine Arbeitsmappe, keine vCard.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet, sheet “%1”</source>
        <translation>OpenDocument-Tabelle, Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>Das Tabellenblatt „%1“ ist leer.</translation>
    </message>
    <message>
        <source>Read the sheet “%1” of %2; choose another with the sheet picker (or --sheet).</source>
        <translation>Das Tabellenblatt „%1“ von %2 wurde gelesen; wählen Sie mit der Blattauswahl (oder --sheet) ein anderes.</translation>
    </message>
    <message>
        <source>Hidden in the workbook, read like the others: %1.</source>
        <translation>In der Arbeitsmappe ausgeblendet, wie die anderen gelesen: %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Kingside imports files of up to %3 MB. Export fewer contacts (for example one account) and import that file.</source>
        <translation>%1 ist %2 MB groß; Kingside importiert Dateien bis %3 MB. Exportieren Sie weniger Kontakte (zum Beispiel einen Account) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>The file is not a vCard: it does not start with BEGIN:VCARD.</source>
        <translation>Die Datei ist keine vCard: sie beginnt nicht mit BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>The file is a vCard address book; import it as vCard.</source>
        <translation>Die Datei ist ein vCard-Adressbuch; importieren Sie sie als vCard.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n subtotal or total row(s) of the report (line(s) %1).</source>
        <translation>
            <numerusform>%n Zwischensummen- oder Summenzeile des Berichts ausgelassen (Zeile %1).</numerusform>
            <numerusform>%n Zwischensummen- oder Summenzeilen des Berichts ausgelassen (Zeilen %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s) from the cell merged down over them (a grouped report&apos;s column).</source>
        <translation>
            <numerusform>%n Zelle aus der darüber nach unten verbundenen Zelle gefüllt (eine Spalte eines gruppierten Berichts).</numerusform>
            <numerusform>%n Zellen aus der darüber nach unten verbundenen Zelle gefüllt (eine Spalte eines gruppierten Berichts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::InspectorPanel</name>
    <message>
        <source>Select a piece, a team member or a line to see and edit it. Drag a piece to another square to move it; drag from a team member to a piece to add a relationship.</source>
        <translation>Wählen Sie eine Figur, ein Teammitglied oder eine Verbindung aus, um sie zu sehen und zu bearbeiten. Ziehen Sie eine Figur auf ein anderes Feld, um sie zu verschieben; ziehen Sie von einem Teammitglied auf eine Figur, um eine Beziehung hinzuzufügen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client person on this square</source>
        <translation>Person des Kunden auf diesem Feld</translation>
    </message>
    <message>
        <source>Our team: %1</source>
        <translation>Unser Team: %1</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>From the decision role</source>
        <translation>Aus der Entscheidungsrolle</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Decision role:</source>
        <translation>Entscheidungsrolle:</translation>
    </message>
    <message>
        <source>Piece:</source>
        <translation>Figur:</translation>
    </message>
    <message>
        <source>Attitude:</source>
        <translation>Haltung:</translation>
    </message>
    <message>
        <source>Favours:</source>
        <translation>Bevorzugt:</translation>
    </message>
    <message>
        <source>Team role:</source>
        <translation>Teamrolle:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationships&lt;/b&gt; (click to edit)</source>
        <translation>&lt;b&gt;Beziehungen&lt;/b&gt; (zum Bearbeiten klicken)</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <source>1 vendor · 2 credible source · 3 problem solver · 4 strategic contributor · 5 trusted advisor</source>
        <translation>1 Lieferant · 2 glaubwürdige Quelle · 3 Problemlöser · 4 strategischer Partner · 5 vertrauter Berater</translation>
    </message>
    <message>
        <source>Last contact on</source>
        <translation>Letzter Kontakt am</translation>
    </message>
    <message>
        <source>Remove relationship</source>
        <translation>Beziehung entfernen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No competitor</source>
        <translation>Kein Wettbewerber</translation>
    </message>
    <message>
        <source>Square: &lt;b&gt;%1 · %2&lt;/b&gt; — a client person added here stands on it.</source>
        <translation>Feld: &lt;b&gt;%1 · %2&lt;/b&gt; – eine hier hinzugefügte Person des Kunden steht darauf.</translation>
    </message>
    <message>
        <source>No square chosen: click the square of the person&apos;s department and level first, or they stand beside the board until moved.</source>
        <translation>Kein Feld gewählt: klicken Sie zuerst auf das Feld der Abteilung und Ebene der Person, sonst steht sie neben dem Brett, bis sie verschoben wird.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 · %3, strength %4, %5</source>
        <translation>%1 %2 · %3, Stärke %4, %5</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>nie getroffen</translation>
    </message>
    <message>
        <source>%1 (our team)</source>
        <translation>%1 (unser Team)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Opened for review or read-only: the details show here, but they cannot be changed. Comments go on the Plan &amp;&amp; Reviews tab.</source>
        <translation>Zum Review oder schreibgeschützt geöffnet: die Details werden hier angezeigt, lassen sich aber nicht ändern. Kommentare gehören auf den Reiter „Plan und Reviews“.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Type the new person&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen der neuen Person ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Products&lt;/b&gt;</source>
        <translation>&lt;b&gt;Produkte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>This person&apos;s relationships: with whom, kind, strength and last contact. Enter or a click edits one.</source>
        <translation>Die Beziehungen dieser Person: mit wem, Art, Stärke und letzter Kontakt. Die Eingabetaste oder ein Klick bearbeitet eine.</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>Kingside::LabelEditor</name>
    <message>
        <source>Name of the department or level</source>
        <translation>Name der Abteilung oder Ebene</translation>
    </message>
    <message>
        <source>Enter keeps the name, Escape leaves it as it was</source>
        <translation>Die Eingabetaste übernimmt den Namen, Escape lässt ihn, wie er war</translation>
    </message>
</context>
<context>
    <name>Kingside::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default (%1)</source>
        <translation>&amp;Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop, from the next start</source>
        <translation>Der Sprache des Desktops folgen, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Show Kingside in English from the next start</source>
        <translation>Kingside ab dem nächsten Start auf Englisch anzeigen</translation>
    </message>
    <message>
        <source>Show Kingside in %1 from the next start</source>
        <translation>Kingside ab dem nächsten Start auf %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>Kingside::LegendWidget</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>Kingside::MailReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be read to its end: %2</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Kingside::MainWindow</name>
    <message>
        <source>Kingside workspaces (*.kingside);;All files (*)</source>
        <translation>Kingside-Arbeitsbereiche (*.kingside);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create an empty workspace file and start your first account</source>
        <translation>Eine leere Arbeitsbereichsdatei anlegen und den ersten Account beginnen</translation>
    </message>
    <message>
        <source>Open a workspace file to work in</source>
        <translation>Eine Arbeitsbereichsdatei zum Arbeiten öffnen</translation>
    </message>
    <message>
        <source>Open a workspace as its mentor: comments and reviews only, the plan and the board stay as they are</source>
        <translation>Einen Arbeitsbereich als Mentor öffnen: nur Kommentare und Reviews, Plan und Brett bleiben unverändert</translation>
    </message>
    <message>
        <source>Open a workspace to read it; nothing can be changed</source>
        <translation>Einen Arbeitsbereich zum Lesen öffnen; es lässt sich nichts ändern</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace of four accounts</source>
        <translation>Den eingebauten Demo-Arbeitsbereich mit vier Accounts öffnen</translation>
    </message>
    <message>
        <source>Bring in people from a CRM, mail or phone export (CSV, vCard, Excel, OpenDocument)</source>
        <translation>Personen aus einem CRM-, Mail- oder Telefonexport übernehmen (CSV, vCard, Excel, OpenDocument)</translation>
    </message>
    <message>
        <source>Read a calendar or mail export to bring each line&apos;s last contact up to date</source>
        <translation>Einen Kalender- oder Mailexport lesen, um den letzten Kontakt jeder Verbindung zu aktualisieren</translation>
    </message>
    <message>
        <source>Print the account&apos;s map</source>
        <translation>Die Karte des Accounts drucken</translation>
    </message>
    <message>
        <source>See the printed map page by page before printing</source>
        <translation>Die gedruckte Karte vor dem Drucken Seite für Seite ansehen</translation>
    </message>
    <message>
        <source>Save the map as a PDF document</source>
        <translation>Die Karte als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Save the map as an SVG drawing for other programs</source>
        <translation>Die Karte als SVG-Zeichnung für andere Programme speichern</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Die Karte als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the mentor&apos;s review pack (map, questions, plan) as a PDF</source>
        <translation>Das Review-Paket für den Mentor (Karte, Fragen, Plan) als PDF speichern</translation>
    </message>
    <message>
        <source>Close Kingside; every edit is saved</source>
        <translation>Kingside schließen; jede Änderung ist gespeichert</translation>
    </message>
    <message>
        <source>Show every account&apos;s scores, tier and quadrant</source>
        <translation>Bewertungen, Stufe und Quadrant jedes Accounts anzeigen</translation>
    </message>
    <message>
        <source>Choose the criteria and weights that score the accounts</source>
        <translation>Die Kriterien und Gewichte wählen, nach denen die Accounts bewertet werden</translation>
    </message>
    <message>
        <source>Name the tiers and set the scores that divide them</source>
        <translation>Die Stufen benennen und die Punktwerte festlegen, die sie trennen</translation>
    </message>
    <message>
        <source>Save the directional-policy matrix as PDF, SVG or PNG</source>
        <translation>Die Normstrategie-Matrix als PDF, SVG oder PNG speichern</translation>
    </message>
    <message>
        <source>Print the directional-policy matrix</source>
        <translation>Die Normstrategie-Matrix drucken</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Make the edit that was taken back again</source>
        <translation>Die zurückgenommene Änderung erneut ausführen</translation>
    </message>
    <message>
        <source>Show the board larger</source>
        <translation>Das Brett größer anzeigen</translation>
    </message>
    <message>
        <source>Show more of the board</source>
        <translation>Mehr vom Brett anzeigen</translation>
    </message>
    <message>
        <source>Fit the whole board into the window</source>
        <translation>Das ganze Brett in das Fenster einpassen</translation>
    </message>
    <message>
        <source>Show or hide the ten questions and their answers</source>
        <translation>Die zehn Fragen und ihre Antworten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the accounts list</source>
        <translation>Die Account-Liste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Which version of Kingside this is</source>
        <translation>Welche Version von Kingside dies ist</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Brett</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open for &amp;Review…</source>
        <translation>Zum &amp;Review öffnen…</translation>
    </message>
    <message>
        <source>Open Read-&amp;Only…</source>
        <translation>&amp;Schreibgeschützt öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
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
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected person, line or wall on the board, or the selected rows of a table</source>
        <translation>Die ausgewählte Person, Verbindung oder Mauer auf dem Brett oder die ausgewählten Zeilen einer Tabelle löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Board</source>
        <translation>Brett &amp;einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Questions Panel</source>
        <translation>&amp;Fragen-Bereich</translation>
    </message>
    <message>
        <source>&amp;Accounts Panel</source>
        <translation>&amp;Accounts-Bereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kingside</source>
        <translation>Ü&amp;ber Kingside</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Kingside</source>
        <translation>Kingside</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>%1 — Kingside</source>
        <translation>%1 – Kingside</translation>
    </message>
    <message>
        <source>%1 · %2 — Kingside</source>
        <translation>%1 · %2 – Kingside</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Review mode: comments only</source>
        <translation>Review-Modus: nur Kommentare</translation>
    </message>
    <message>
        <source>%1 (for review)</source>
        <translation>%1 (zum Review)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open for Review</source>
        <translation>Zum Review öffnen</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>About Kingside</source>
        <translation>Über Kingside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kingside %1&lt;/h3&gt;&lt;p&gt;Key account relationship maps on a chessboard: who decides, who is with us, and how to reach the King.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kingside %1&lt;/h3&gt;&lt;p&gt;Beziehungskarten für Key Accounts auf einem Schachbrett: wer entscheidet, wer auf unserer Seite steht und wie wir den König erreichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>+ New Account…</source>
        <translation>+ Neuer Account…</translation>
    </message>
    <message>
        <source>Start a new account from a template of departments and levels</source>
        <translation>Einen neuen Account aus einer Vorlage mit Abteilungen und Ebenen beginnen</translation>
    </message>
    <message>
        <source>The account was not renamed</source>
        <translation>Der Account wurde nicht umbenannt</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neuer Account…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Rename Account</source>
        <translation>Account &amp;umbenennen</translation>
    </message>
    <message>
        <source>Rename the account shown</source>
        <translation>Den angezeigten Account umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate as Template…</source>
        <translation>Als &amp;Vorlage duplizieren…</translation>
    </message>
    <message>
        <source>A new account with this one&apos;s departments, levels, walls, products and competitors, but no people</source>
        <translation>Ein neuer Account mit den Abteilungen, Ebenen, Mauern, Produkten und Wettbewerbern dieses Accounts, aber ohne Personen</translation>
    </message>
    <message>
        <source>&amp;Delete Account…</source>
        <translation>Account &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the account shown and everything in it</source>
        <translation>Den angezeigten Account mit allem Inhalt löschen</translation>
    </message>
    <message>
        <source>Account &amp;Properties…</source>
        <translation>Account-&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Industry, sales, potential, stage, review cadence, competitors, products, mentor</source>
        <translation>Branche, Umsatz, Potenzial, Phase, Review-Rhythmus, Wettbewerber, Produkte, Mentor</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Neuer Account</translation>
    </message>
    <message>
        <source>Account created. Click a square on the board to add the client&apos;s people; Edit → Undo (Ctrl+Z) takes it back.</source>
        <translation>Account angelegt. Klicken Sie auf ein Feld des Bretts, um die Personen des Kunden hinzuzufügen; Bearbeiten → Rückgängig (Strg+Z) nimmt dies zurück.</translation>
    </message>
    <message>
        <source>Duplicate as Template</source>
        <translation>Als Vorlage duplizieren</translation>
    </message>
    <message>
        <source>The new account gets %1&apos;s departments, levels, walls, products and competitors, but none of its people. Its name:</source>
        <translation>Der neue Account erhält die Abteilungen, Ebenen, Mauern, Produkte und Wettbewerber von %1, aber keine seiner Personen. Sein Name:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The account was not duplicated</source>
        <translation>Der Account wurde nicht dupliziert</translation>
    </message>
    <message numerus="yes">
        <source>%n client people</source>
        <translation>
            <numerusform>%n Person des Kunden</numerusform>
            <numerusform>%n Personen des Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team members</source>
        <translation>
            <numerusform>%n Teammitglied</numerusform>
            <numerusform>%n Teammitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationships</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan actions</source>
        <translation>
            <numerusform>%n Planmaßnahme</numerusform>
            <numerusform>%n Planmaßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n Review</numerusform>
            <numerusform>%n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Its board is empty.</source>
        <translation>Sein Brett ist leer.</translation>
    </message>
    <message>
        <source>With it go %1.</source>
        <translation>Mit ihm werden %1 gelöscht.</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Account löschen</translation>
    </message>
    <message>
        <source>Delete the account “%1”?</source>
        <translation>Den Account „%1“ löschen?</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings it all back.</source>
        <translation>Bearbeiten → Rückgängig (Strg+Z) stellt alles wieder her.</translation>
    </message>
    <message>
        <source>The account was not deleted</source>
        <translation>Der Account wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 gelöscht. Bearbeiten → Rückgängig (Strg+Z) stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>no King marked</source>
        <translation>kein König markiert</translation>
    </message>
    <message>
        <source>King in check</source>
        <translation>König im Schach</translation>
    </message>
    <message>
        <source>%1% key pieces covered</source>
        <translation>%1 % der Schlüsselfiguren abgedeckt</translation>
    </message>
    <message>
        <source>%1 single-threaded</source>
        <translation>%1 mit Einzelkontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) late</source>
        <translation>
            <numerusform>%n Maßnahme verspätet</numerusform>
            <numerusform>%n Maßnahmen verspätet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) red</source>
        <translation>
            <numerusform>%n Ziel auf Rot</numerusform>
            <numerusform>%n Ziele auf Rot</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; Reviews</source>
        <translation>Plan und Reviews</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Activity…</source>
        <translation>&amp;Aktivität importieren…</translation>
    </message>
    <message>
        <source>&amp;Print Map…</source>
        <translation>Karte dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Export Map</source>
        <translation>Karte e&amp;xportieren</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>Als &amp;PDF…</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>Als &amp;SVG…</translation>
    </message>
    <message>
        <source>As P&amp;NG…</source>
        <translation>Als P&amp;NG…</translation>
    </message>
    <message>
        <source>Export &amp;Review Pack…</source>
        <translation>Review-Pa&amp;ket exportieren…</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>Show &amp;Portfolio</source>
        <translation>&amp;Portfolio anzeigen</translation>
    </message>
    <message>
        <source>Selection &amp;Criteria…</source>
        <translation>Auswahl&amp;kriterien…</translation>
    </message>
    <message>
        <source>&amp;Tier Schemes…</source>
        <translation>&amp;Stufenschemata…</translation>
    </message>
    <message>
        <source>Export &amp;Matrix Chart…</source>
        <translation>&amp;Matrixdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Print Matrix C&amp;hart…</source>
        <translation>Matrixdiagramm &amp;drucken…</translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation>Überfällige Reviews: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No people in this account yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a square on the &lt;b&gt;Board&lt;/b&gt; and type a name in the inspector to add a client person there, or a member of our team; or bring in a contact export with &lt;b&gt;File → Import Contacts…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every cell here can then be edited in place: double-click it, or select and type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Personen in diesem Account.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Klicken Sie auf ein Feld des &lt;b&gt;Bretts&lt;/b&gt; und geben Sie im Inspektor einen Namen ein, um dort eine Person des Kunden oder ein Mitglied unseres Teams hinzuzufügen; oder übernehmen Sie einen Kontaktexport mit &lt;b&gt;Datei → Kontakte importieren…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jede Zelle hier lässt sich anschließend direkt bearbeiten: doppelklicken Sie darauf, oder wählen Sie sie aus und tippen Sie los.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>%n Person entfernen</numerusform>
            <numerusform>%n Personen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n people with their relationships and product roles. Edit → Undo (Ctrl+Z) brings them all back.</source>
        <translation>
            <numerusform>%n Person mit ihren Beziehungen und Produktrollen entfernt. Bearbeiten → Rückgängig (Strg+Z) stellt alles wieder her.</numerusform>
            <numerusform>%n Personen mit ihren Beziehungen und Produktrollen entfernt. Bearbeiten → Rückgängig (Strg+Z) stellt alle wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No relationships in this account yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;On the &lt;b&gt;Board&lt;/b&gt;, drag from a member of our team (on the rail) to a client person to add a working relationship, or use the &lt;b&gt;Connect&lt;/b&gt; tool (C) between two client people. Kind, strength and last contact can then be edited here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Beziehungen in diesem Account.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ziehen Sie auf dem &lt;b&gt;Brett&lt;/b&gt; von einem Mitglied unseres Teams (auf der Leiste) zu einer Person des Kunden, um eine Arbeitsbeziehung hinzuzufügen, oder verwenden Sie das Werkzeug &lt;b&gt;Verbinden&lt;/b&gt; (C) zwischen zwei Personen des Kunden. Art, Stärke und letzter Kontakt lassen sich dann hier bearbeiten.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n relationships</source>
        <translation>
            <numerusform>%n Beziehung entfernen</numerusform>
            <numerusform>%n Beziehungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>A short tour of the board, the Questions panel, the portfolio and the plan</source>
        <translation>Eine kurze Tour durch das Brett, den Fragen-Bereich, das Portfolio und den Plan</translation>
    </message>
    <message>
        <source>&amp;Tour of the Window</source>
        <translation>&amp;Tour durch das Fenster</translation>
    </message>
    <message>
        <source>The key accounts of this workspace; choosing one opens it in the tabs</source>
        <translation>Die Key Accounts dieses Arbeitsbereichs; die Auswahl eines Accounts öffnet ihn in den Reitern</translation>
    </message>
    <message>
        <source>Account views</source>
        <translation>Account-Ansichten</translation>
    </message>
    <message>
        <source>The open account&apos;s board, people, relationships, plan and the portfolio of every account</source>
        <translation>Brett, Personen, Beziehungen und Plan des geöffneten Accounts sowie das Portfolio aller Accounts</translation>
    </message>
    <message>
        <source>Every person of the account, ours and the client&apos;s, one per row; each cell can be edited in place</source>
        <translation>Jede Person des Accounts, unsere und die des Kunden, eine je Zeile; jede Zelle lässt sich direkt bearbeiten</translation>
    </message>
    <message>
        <source>Every relationship of the account: who to whom, kind, strength and last contact; each cell can be edited in place</source>
        <translation>Jede Beziehung des Accounts: wer zu wem, Art, Stärke und letzter Kontakt; jede Zelle lässt sich direkt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>B&amp;rett</translation>
    </message>
    <message>
        <source>Show the &amp;Board</source>
        <translation>&amp;Brett anzeigen</translation>
    </message>
    <message>
        <source>Show the chessboard of the account picked</source>
        <translation>Das Schachbrett des gewählten Accounts anzeigen</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Show Plan &amp;&amp; &amp;Reviews</source>
        <translation>Plan und &amp;Reviews anzeigen</translation>
    </message>
    <message>
        <source>Show the account plan, its reviews and what changed since</source>
        <translation>Den Account-Plan, seine Reviews und die Änderungen seitdem anzeigen</translation>
    </message>
    <message>
        <source>Start a New Plan &amp;Version</source>
        <translation>Neue Plan&amp;version beginnen</translation>
    </message>
    <message>
        <source>Keep the plan as it is as a version, and go on editing a new one</source>
        <translation>Den Plan in seinem jetzigen Stand als Version festhalten und an einer neuen weiterarbeiten</translation>
    </message>
    <message>
        <source>Add &amp;Objective</source>
        <translation>&amp;Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add a long-term objective to the plan</source>
        <translation>Dem Plan ein langfristiges Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Remove O&amp;bjective</source>
        <translation>Z&amp;iel entfernen</translation>
    </message>
    <message>
        <source>Remove the objective selected</source>
        <translation>Das ausgewählte Ziel entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Action</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add a short-term action to the plan</source>
        <translation>Dem Plan eine kurzfristige Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Action</source>
        <translation>Maßnahme en&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove the action selected</source>
        <translation>Die ausgewählte Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Record a Revie&amp;w…</source>
        <translation>Review &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record the mentor&apos;s review of the plan: a light and a comment per part</source>
        <translation>Das Review des Plans durch den Mentor erfassen: eine Ampel und ein Kommentar je Teil</translation>
    </message>
    <message>
        <source>&amp;Compare Reviews</source>
        <translation>Reviews ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Compare the review selected with the one after it, or with now</source>
        <translation>Das ausgewählte Review mit dem folgenden vergleichen oder mit heute</translation>
    </message>
    <message>
        <source>Kingside will show in %1 from its next start: close and open it again.</source>
        <translation>Kingside erscheint ab dem nächsten Start auf %1: schließen und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>The portfolio</source>
        <translation>Das Portfolio</translation>
    </message>
    <message>
        <source>Every account with its scores, its tier and its place in the directional-policy matrix. Click an account in the table or the chart to open its board.</source>
        <translation>Jeder Account mit seinen Bewertungen, seiner Stufe und seinem Platz in der Normstrategie-Matrix. Klicken Sie in der Tabelle oder im Diagramm auf einen Account, um sein Brett zu öffnen.</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Das Brett</translation>
    </message>
    <message>
        <source>The client&apos;s organisation as a chessboard: departments are files, levels are ranks, the piece is a person&apos;s decision role and its colour their attitude to us. Our team stands on the rail at the left; the legend explains every mark.</source>
        <translation>Die Organisation des Kunden als Schachbrett: Abteilungen sind Linien, Ebenen sind Reihen, die Figur ist die Entscheidungsrolle einer Person und ihre Farbe deren Haltung uns gegenüber. Unser Team steht auf der Leiste links; die Legende erklärt jede Markierung.</translation>
    </message>
    <message>
        <source>The Questions panel</source>
        <translation>Der Fragen-Bereich</translation>
    </message>
    <message>
        <source>Ten questions about the account, answered from the board: is the King in check, where are we single-threaded, who is unreachable. Pick one to see its answer on the board.</source>
        <translation>Zehn Fragen zum Account, beantwortet aus dem Brett: Steht der König im Schach, wo hängen wir an einem einzigen Kontakt, wer ist unerreichbar. Wählen Sie eine aus, um ihre Antwort auf dem Brett zu sehen.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>The account plan: objectives, actions and the team&apos;s agreement, the mentor&apos;s reviews and what changed since the last one. Help → Tour of the Window shows this tour again.</source>
        <translation>Der Account-Plan: Ziele, Maßnahmen und die Zustimmung des Teams, die Reviews des Mentors und was sich seit dem letzten geändert hat. Hilfe → Tour durch das Fenster zeigt diese Tour erneut.</translation>
    </message>
</context>
<context>
    <name>Kingside::MapPrinter</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>Beziehungskarte</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>Das Zeichnen der Seiten kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Seite %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot finish the pages.</source>
        <translation>Die Seiten können nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Sheet %1 · trim at the crop marks</source>
        <translation>Blatt %1 · an den Schnittmarken beschneiden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Numbers on the pieces; names below %1 pt omitted.</source>
        <translation>Nummern auf den Figuren; Namen unter %1 pt weggelassen.</translation>
    </message>
</context>
<context>
    <name>Kingside::Migrator</name>
    <message>
        <source>The upgrade script for schema version %1 is missing from this build.</source>
        <translation>Das Aktualisierungsskript für die Schemaversion %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>Die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation>Schemaversion %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not set foreign keys for the upgrade: %1</source>
        <translation>Die Fremdschlüssel konnten für die Aktualisierung nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>The upgrade rebuilds tables and cannot run inside an open transaction.</source>
        <translation>Die Aktualisierung baut Tabellen neu auf und kann nicht innerhalb einer offenen Transaktion laufen.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2 rows refer to rows that do not exist.</source>
        <translation>Die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen: %2 Zeilen verweisen auf Zeilen, die es nicht gibt.</translation>
    </message>
</context>
<context>
    <name>Kingside::MoveDepartment</name>
    <message>
        <source>Move department</source>
        <translation>Abteilung verschieben</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>Diese Abteilung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is already in that place.</source>
        <translation>„%1“ steht bereits an dieser Stelle.</translation>
    </message>
</context>
<context>
    <name>Kingside::MoveLevel</name>
    <message>
        <source>Move level</source>
        <translation>Ebene verschieben</translation>
    </message>
    <message>
        <source>This level no longer exists.</source>
        <translation>Diese Ebene existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is already in that place.</source>
        <translation>„%1“ steht bereits an dieser Stelle.</translation>
    </message>
</context>
<context>
    <name>Kingside::MovePiece</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only client people stand on the board; our team stays on the rail.</source>
        <translation>Nur Personen des Kunden stehen auf dem Brett; unser Team bleibt auf der Leiste.</translation>
    </message>
    <message>
        <source>This department does not exist in the account.</source>
        <translation>Diese Abteilung gibt es im Account nicht.</translation>
    </message>
    <message>
        <source>This level does not exist in the account.</source>
        <translation>Diese Ebene gibt es im Account nicht.</translation>
    </message>
</context>
<context>
    <name>Kingside::MoveReport</name>
    <message>
        <source>(unknown person %1)</source>
        <translation>(unbekannte Person %1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>take the King out of check: a strong, fresh line at a matching level</source>
        <translation>den König aus dem Schach holen: eine starke, aktuelle Verbindung auf passender Ebene</translation>
    </message>
    <message>
        <source>a strong, fresh line to a Queen or Rook</source>
        <translation>eine starke, aktuelle Verbindung zu einer Dame oder einem Turm</translation>
    </message>
    <message>
        <source>another thread to a key piece</source>
        <translation>ein weiterer Kontakt zu einer Schlüsselfigur</translation>
    </message>
    <message>
        <source>no single departure cuts us off from the King or Queen</source>
        <translation>kein einzelner Weggang schneidet uns vom König oder der Dame ab</translation>
    </message>
    <message>
        <source>a way across a wall, to people without an introduction path</source>
        <translation>ein Weg über eine Mauer, zu Personen ohne Vorstellungsweg</translation>
    </message>
    <message>
        <source>refresh a cooling line to a key piece</source>
        <translation>eine abkühlende Verbindung zu einer Schlüsselfigur auffrischen</translation>
    </message>
    <message>
        <source>answer a competitor&apos;s champion</source>
        <translation>einem Champion des Wettbewerbs etwas entgegensetzen</translation>
    </message>
    <message>
        <source>win over a sceptic through a champion who influences them</source>
        <translation>einen Skeptiker über einen Champion gewinnen, der ihn beeinflusst</translation>
    </message>
    <message>
        <source>bring a product&apos;s users and specifiers together</source>
        <translation>die Anwender und Spezifizierer eines Produkts zusammenbringen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 brings %2 and %3 together</source>
        <translation>%1 bringt %2 und %3 zusammen</translation>
    </message>
    <message>
        <source>%1 brings %2 and %3 together, users and specifiers of %4</source>
        <translation>%1 bringt %2 und %3 zusammen, Anwender und Spezifizierer von %4</translation>
    </message>
    <message>
        <source>%1 meets %2 again: the line (strength %3) is fresh again</source>
        <translation>%1 trifft %2 erneut: die Verbindung (Stärke %3) ist wieder aktuell</translation>
    </message>
    <message>
        <source>%1 makes the line to %2 strong and fresh (strength %3 → %4)</source>
        <translation>%1 macht die Verbindung zu %2 stark und aktuell (Stärke %3 → %4)</translation>
    </message>
    <message>
        <source>%1 builds a strong line (strength %3) to %2</source>
        <translation>%1 baut eine starke Verbindung (Stärke %3) zu %2 auf</translation>
    </message>
    <message>
        <source>%1 builds a working line (strength %3) to %2</source>
        <translation>%1 baut eine Arbeitsverbindung (Stärke %3) zu %2 auf</translation>
    </message>
    <message>
        <source>, who influences %1</source>
        <translation>, mit Einfluss auf %1</translation>
    </message>
    <message>
        <source>, introduced by %1</source>
        <translation>, vorgestellt durch %1</translation>
    </message>
    <message>
        <source>, a cold approach (no introduction path)</source>
        <translation>, eine Kaltakquise (kein Vorstellungsweg)</translation>
    </message>
    <message>
        <source>effort: cold approach</source>
        <translation>Aufwand: Kaltakquise</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>Aufwand %1</translation>
    </message>
    <message>
        <source>King out of check</source>
        <translation>König aus dem Schach</translation>
    </message>
    <message>
        <source>King in check</source>
        <translation>König im Schach</translation>
    </message>
    <message>
        <source>a strong, fresh line to the King (still in check for their attitude)</source>
        <translation>eine starke, aktuelle Verbindung zum König (wegen seiner Haltung weiter im Schach)</translation>
    </message>
    <message>
        <source>a strong, fresh line to the King at a matching level</source>
        <translation>eine starke, aktuelle Verbindung zum König auf passender Ebene</translation>
    </message>
    <message>
        <source>single-threaded key pieces %1 → %2</source>
        <translation>Schlüsselfiguren mit Einzelkontakt %1 → %2</translation>
    </message>
    <message>
        <source>key pieces nobody reaches %1 → %2</source>
        <translation>von niemandem erreichte Schlüsselfiguren %1 → %2</translation>
    </message>
    <message>
        <source>critical people %1 → %2</source>
        <translation>kritische Personen %1 → %2</translation>
    </message>
    <message>
        <source>critical lines %1 → %2</source>
        <translation>kritische Verbindungen %1 → %2</translation>
    </message>
    <message>
        <source>Queens and Rooks without a strong, fresh line %1 → %2</source>
        <translation>Damen und Türme ohne starke, aktuelle Verbindung %1 → %2</translation>
    </message>
    <message>
        <source>competitors&apos; champions without a strong, fresh line %1 → %2</source>
        <translation>Champions des Wettbewerbs ohne starke, aktuelle Verbindung %1 → %2</translation>
    </message>
    <message>
        <source>sceptics not worked on through a champion %1 → %2</source>
        <translation>nicht über einen Champion bearbeitete Skeptiker %1 → %2</translation>
    </message>
    <message>
        <source>products whose users and specifiers never meet %1 → %2</source>
        <translation>Produkte, deren Anwender und Spezifizierer nie Kontakt haben %1 → %2</translation>
    </message>
    <message>
        <source>cooling lines to key pieces %1 → %2</source>
        <translation>abkühlende Verbindungen zu Schlüsselfiguren %1 → %2</translation>
    </message>
    <message>
        <source>people without an introduction path %1 → %2</source>
        <translation>Personen ohne Vorstellungsweg %1 → %2</translation>
    </message>
    <message>
        <source>reachable %1%2</source>
        <translation>erreichbar %1%2</translation>
    </message>
    <message>
        <source>no change to the questions</source>
        <translation>keine Änderung bei den Fragen</translation>
    </message>
    <message>
        <source>King %1; single-threaded key pieces %2; key pieces nobody reaches %3; critical people %4; critical lines %5; reachable %6 of %7; cooling lines to key pieces %8</source>
        <translation>König %1; Schlüsselfiguren mit Einzelkontakt %2; von niemandem erreichte Schlüsselfiguren %3; kritische Personen %4; kritische Verbindungen %5; erreichbar %6 von %7; abkühlende Verbindungen zu Schlüsselfiguren %8</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>in check</source>
        <translation>im Schach</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>%1 — next moves as on %2</source>
        <translation>%1 – nächste Züge, Stand %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>No move to propose: the account has no team member to act.</source>
        <translation>Kein Zug vorzuschlagen: der Account hat kein Teammitglied, das handeln kann.</translation>
    </message>
    <message>
        <source>No move to propose: no line of ours would mend anything the questions find.</source>
        <translation>Kein Zug vorzuschlagen: keine Verbindung von uns würde etwas beheben, was die Fragen finden.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1 — %2; %3</source>
        <translation>Frage %1 – %2; %3</translation>
    </message>
    <message>
        <source>Effect: %1</source>
        <translation>Wirkung: %1</translation>
    </message>
    <message>
        <source>Alternative: %1 (%2; %3)</source>
        <translation>Alternative: %1 (%2; %3)</translation>
    </message>
    <message>
        <source>Alternative: none does the same work</source>
        <translation>Alternative: keine leistet dasselbe</translation>
    </message>
    <message>
        <source>With these %1 moves: %2</source>
        <translation>Mit diesen %1 Zügen: %2</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Danach: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::NewAccountDialog</name>
    <message>
        <source>New Account</source>
        <translation>Neuer Account</translation>
    </message>
    <message>
        <source>The client organisation, e.g. Halvorsen Maritime Group</source>
        <translation>Die Organisation des Kunden, z. B. Halvorsen Maritime Group</translation>
    </message>
    <message>
        <source>One department per line, left to right: the board&apos;s files</source>
        <translation>Eine Abteilung pro Zeile, von links nach rechts: die Linien des Bretts</translation>
    </message>
    <message>
        <source>One level per line, top (board) to bottom: the board&apos;s ranks</source>
        <translation>Eine Ebene pro Zeile, von oben (Vorstand) nach unten: die Reihen des Bretts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Departments (files, left to right):</source>
        <translation>&amp;Abteilungen (Linien, von links nach rechts):</translation>
    </message>
    <message>
        <source>&amp;Levels (ranks, top to bottom):</source>
        <translation>&amp;Ebenen (Reihen, von oben nach unten):</translation>
    </message>
    <message>
        <source>Change the template freely: every department and level can also be added, renamed, reordered and removed later on the board&apos;s edges.</source>
        <translation>Ändern Sie die Vorlage nach Belieben: jede Abteilung und Ebene lässt sich auch später an den Rändern des Bretts hinzufügen, umbenennen, umsortieren und entfernen.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Account anlegen</translation>
    </message>
</context>
<context>
    <name>Kingside::OutputGuard</name>
    <message>
        <source>%1 is the open workspace %2 under another name (a link to it)</source>
        <translation>%1 ist der geöffnete Arbeitsbereich %2 unter einem anderen Namen (ein Link darauf)</translation>
    </message>
    <message>
        <source>%1 is the open workspace</source>
        <translation>%1 ist der geöffnete Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 is part of the open workspace %2 (SQLite keeps the latest changes there)</source>
        <translation>%1 gehört zum geöffneten Arbeitsbereich %2 (SQLite hält dort die letzten Änderungen)</translation>
    </message>
    <message>
        <source>%1 is a backup of the open workspace %2</source>
        <translation>%1 ist eine Sicherungskopie des geöffneten Arbeitsbereichs %2</translation>
    </message>
    <message>
        <source>%1; an export there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1; ein Export dorthin würde ihn zerstören. Es wurde nichts geschrieben: wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>No file to write to was given.</source>
        <translation>Es wurde keine Zieldatei angegeben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder. Give the name of a file in it.</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner. Geben Sie den Namen einer Datei darin an.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is not a folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>Kingside::PageSetup</name>
    <message>
        <source>Tiles are 1 to %1 pages across and down, not %2×%3.</source>
        <translation>Kacheln sind 1 bis %1 Seiten breit und hoch, nicht %2×%3.</translation>
    </message>
    <message>
        <source>The margin is 0 to 40 mm, not %1 mm.</source>
        <translation>Der Rand beträgt 0 bis 40 mm, nicht %1 mm.</translation>
    </message>
    <message>
        <source>The overlap of tiles is 0 to 50 mm, not %1 mm.</source>
        <translation>Die Überlappung der Kacheln beträgt 0 bis 50 mm, nicht %1 mm.</translation>
    </message>
    <message>
        <source>%1%2 of %3×%4</source>
        <translation>%1%2 von %3×%4</translation>
    </message>
</context>
<context>
    <name>Kingside::PageSetupWidget</name>
    <message>
        <source>Map layout</source>
        <translation>Kartenlayout</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Fit the map on one page</source>
        <translation>Karte auf eine Seite &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Tile the map over several pages</source>
        <translation>Karte auf mehrere Seiten &amp;kacheln</translation>
    </message>
    <message>
        <source>across ×</source>
        <translation>breit ×</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Überlappung:</translation>
    </message>
    <message>
        <source>Tiles carry crop marks and a grid label (&quot;B2 of 3×2&quot;) so that they assemble into one map on a wall.</source>
        <translation>Kacheln tragen Schnittmarken und eine Rasterbezeichnung („B2 von 3×2“), damit sie sich an einer Wand zu einer Karte zusammensetzen lassen.</translation>
    </message>
</context>
<context>
    <name>Kingside::PeopleTableModel</name>
    <message>
        <source>(not on the board)</source>
        <translation>(nicht auf dem Brett)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Edit %1&apos;s %2</source>
        <translation>%2 von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Piece / team role</source>
        <translation>Figur / Teamrolle</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Favours</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonDataActions</name>
    <message>
        <source>Export &amp;Person&apos;s Data…</source>
        <translation>Daten der &amp;Person exportieren…</translation>
    </message>
    <message>
        <source>&amp;Erase Person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <source>Select a person on the board first.</source>
        <translation>Wählen Sie zuerst eine Person auf dem Brett aus.</translation>
    </message>
    <message>
        <source>Write everything held about the selected person to a JSON file.</source>
        <translation>Alles über die ausgewählte Person Gespeicherte in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Erase the selected person for good (not undoable).</source>
        <translation>Die ausgewählte Person endgültig löschen (nicht rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation>Daten der Person exportieren</translation>
    </message>
    <message>
        <source>%1 - personal data.json</source>
        <translation>%1 - personenbezogene Daten.json</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2 (readable by you only).</source>
        <translation>Alles über %1 Gespeicherte nach %2 geschrieben (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonDataExport</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be made private to its owner: %2</source>
        <translation>%1 kann nicht nur für seinen Eigentümer zugänglich gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (%2); the previous file, if any, is unchanged.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden (%2); die vorherige Datei, falls vorhanden, ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonEraser</name>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product role(s)</source>
        <translation>
            <numerusform>%n Produktrolle</numerusform>
            <numerusform>%n Produktrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on them or their relationships</source>
        <translation>
            <numerusform>%n Kommentar zu der Person oder ihren Beziehungen</numerusform>
            <numerusform>%n Kommentare zu der Person oder ihren Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan agreement(s)</source>
        <translation>
            <numerusform>%n Planvereinbarung</numerusform>
            <numerusform>%n Planvereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) unlinked from them (the actions stay)</source>
        <translation>
            <numerusform>%n Planmaßnahme von der Person gelöst (die Maßnahme bleibt)</numerusform>
            <numerusform>%n Planmaßnahmen von der Person gelöst (die Maßnahmen bleiben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) they wrote, kept and signed “(erased person)”</source>
        <translation>
            <numerusform>%n Review, das die Person geschrieben hat, bleibt erhalten und ist mit „(gelöschte Person)“ unterzeichnet</numerusform>
            <numerusform>%n Reviews, die die Person geschrieben hat, bleiben erhalten und sind mit „(gelöschte Person)“ unterzeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) rewritten without them</source>
        <translation>
            <numerusform>%n Snapshot ohne die Person neu geschrieben</numerusform>
            <numerusform>%n Snapshots ohne die Person neu geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of their name, e-mail or phone in notes, titles and comments replaced by “(erased person)”</source>
        <translation>
            <numerusform>%n Erwähnung ihres Namens, ihrer E-Mail-Adresse oder Telefonnummer in Notizen, Titeln und Kommentaren durch „(gelöschte Person)“ ersetzt</numerusform>
            <numerusform>%n Erwähnungen ihres Namens, ihrer E-Mail-Adresse oder Telefonnummer in Notizen, Titeln und Kommentaren durch „(gelöschte Person)“ ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased “%1” (id %2) from “%3”.</source>
        <translation>„%1“ (ID %2) aus „%3“ gelöscht.</translation>
    </message>
    <message>
        <source>Erasing “%1” (id %2) from “%3” removes them and:</source>
        <translation>Das Löschen von „%1“ (ID %2) aus „%3“ entfernt die Person und:</translation>
    </message>
    <message>
        <source>Also gone: </source>
        <translation>Ebenfalls entfernt: </translation>
    </message>
    <message>
        <source>- nothing else: they have no relationships, comments, actions, reviews or snapshots.</source>
        <translation>- sonst nichts: die Person hat keine Beziehungen, Kommentare, Maßnahmen, Reviews oder Snapshots.</translation>
    </message>
    <message>
        <source>The deleted data was overwritten and the file compacted. This cannot be undone.</source>
        <translation>Die gelöschten Daten wurden überschrieben und die Datei verdichtet. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This cannot be undone: the undo history is cleared and the deleted data is overwritten in the file.</source>
        <translation>Dies lässt sich nicht rückgängig machen: der Rückgängig-Verlauf wird geleert und die gelöschten Daten werden in der Datei überschrieben.</translation>
    </message>
    <message>
        <source>Backup copies made before upgrades still hold them; delete these files: %1</source>
        <translation>Sicherungskopien, die vor Aktualisierungen angelegt wurden, enthalten die Daten noch; löschen Sie diese Dateien: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>Erasing a person needs the workspace open for editing.</source>
        <translation>Zum Löschen einer Person muss der Arbeitsbereich zum Bearbeiten geöffnet sein.</translation>
    </message>
    <message>
        <source>The erase could not start: %1</source>
        <translation>Das Löschen konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Nothing was erased: %1 failed (%2).</source>
        <translation>Es wurde nichts gelöscht: %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>starting the transaction</source>
        <translation>Beginn der Transaktion</translation>
    </message>
    <message>
        <source>deleting comments</source>
        <translation>Löschen der Kommentare</translation>
    </message>
    <message>
        <source>unlinking plan actions</source>
        <translation>Lösen der Planmaßnahmen</translation>
    </message>
    <message>
        <source>signing their reviews “(erased person)”</source>
        <translation>Unterzeichnen ihrer Reviews mit „(gelöschte Person)“</translation>
    </message>
    <message>
        <source>deleting their relationships and roles</source>
        <translation>Löschen ihrer Beziehungen und Rollen</translation>
    </message>
    <message>
        <source>deleting the person</source>
        <translation>Löschen der Person</translation>
    </message>
    <message>
        <source>replacing mentions in %1</source>
        <translation>Ersetzen der Erwähnungen in %1</translation>
    </message>
    <message>
        <source>rewriting snapshot %1</source>
        <translation>Neuschreiben des Snapshots %1</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>The person&apos;s rows are gone, but the file could not be compacted (%1); old copies of their data may remain in its free space until Kingside compacts it (erase again or run VACUUM).</source>
        <translation>Die Zeilen der Person sind entfernt, aber die Datei konnte nicht verdichtet werden (%1); alte Kopien ihrer Daten können im freien Speicher der Datei verbleiben, bis Kingside sie verdichtet (erneut löschen oder VACUUM ausführen).</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonRules</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>A name, title, e-mail or phone number can be at most 100,000 characters.</source>
        <translation>Ein Name, Titel, eine E-Mail-Adresse oder Telefonnummer darf höchstens 100.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A member of our team needs a team role.</source>
        <translation>Ein Mitglied unseres Teams braucht eine Teamrolle.</translation>
    </message>
    <message>
        <source>Members of our team do not stand on the client&apos;s board, so they have no department, level or decision role.</source>
        <translation>Mitglieder unseres Teams stehen nicht auf dem Brett des Kunden und haben daher keine Abteilung, Ebene oder Entscheidungsrolle.</translation>
    </message>
    <message>
        <source>Only members of our team have a team role.</source>
        <translation>Nur Mitglieder unseres Teams haben eine Teamrolle.</translation>
    </message>
    <message>
        <source>%1 is already this account&apos;s King (final decision maker), and an account has only one. Change %1&apos;s role first.</source>
        <translation>%1 ist bereits der König (endgültiger Entscheider) dieses Accounts, und ein Account hat nur einen. Ändern Sie zuerst die Rolle von %1.</translation>
    </message>
    <message>
        <source>%1 is already this account&apos;s mentor, and an account has one. Change %1&apos;s role first.</source>
        <translation>%1 ist bereits der Mentor dieses Accounts, und ein Account hat nur einen. Ändern Sie zuerst die Rolle von %1.</translation>
    </message>
    <message>
        <source>A relationship joins two different people, not a person to themself.</source>
        <translation>Eine Beziehung verbindet zwei verschiedene Personen, nicht eine Person mit sich selbst.</translation>
    </message>
    <message>
        <source>A relationship&apos;s strength is 1 (vendor) to 5 (trusted advisor).</source>
        <translation>Die Stärke einer Beziehung reicht von 1 (Lieferant) bis 5 (vertrauter Berater).</translation>
    </message>
    <message>
        <source>These two people already have a relationship of this kind.</source>
        <translation>Diese beiden Personen haben bereits eine Beziehung dieser Art.</translation>
    </message>
    <message>
        <source>This department does not exist in the account.</source>
        <translation>Diese Abteilung gibt es im Account nicht.</translation>
    </message>
    <message>
        <source>This level does not exist in the account.</source>
        <translation>Diese Ebene gibt es im Account nicht.</translation>
    </message>
    <message>
        <source>This competitor does not exist in the workspace.</source>
        <translation>Diesen Wettbewerber gibt es im Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <source>A relationship joins two people of this account; one of them does not exist in it.</source>
        <translation>Eine Beziehung verbindet zwei Personen dieses Accounts; eine von ihnen gibt es darin nicht.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonStore</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s.</source>
        <translation>Der Datenbanktreiber ist nicht der von SQLite.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonTraces</name>
    <message>
        <source>(erased person)</source>
        <translation>(gelöschte Person)</translation>
    </message>
</context>
<context>
    <name>Kingside::PlanStore</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The owner of an action must be a member of this account&apos;s team.</source>
        <translation>Verantwortlich für eine Maßnahme muss ein Mitglied des Teams dieses Accounts sein.</translation>
    </message>
    <message>
        <source>%1 is a client person, not a member of our team; an action must be owned by the team.</source>
        <translation>%1 ist eine Person des Kunden, kein Mitglied unseres Teams; eine Maßnahme muss vom Team verantwortet werden.</translation>
    </message>
    <message>
        <source>%1 is the account&apos;s mentor, outside the day-to-day team; choose a team member as owner.</source>
        <translation>%1 ist der Mentor des Accounts und steht außerhalb des Tagesgeschäfts; wählen Sie ein Teammitglied als Verantwortlichen.</translation>
    </message>
    <message>
        <source>An action can only be linked to a client person of this account.</source>
        <translation>Eine Maßnahme kann nur mit einer Person des Kunden dieses Accounts verknüpft werden.</translation>
    </message>
    <message>
        <source>An action can only be linked to an objective of the same account.</source>
        <translation>Eine Maßnahme kann nur mit einem Ziel desselben Accounts verknüpft werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::PlanView</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>In Phase wechseln</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Lebenszyklusphase:</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>Key information</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Save key information</source>
        <translation>Eckdaten speichern</translation>
    </message>
    <message>
        <source>Start a new plan version</source>
        <translation>Neue Planversion beginnen</translation>
    </message>
    <message>
        <source>Customer&apos;s business objectives:</source>
        <translation>Geschäftsziele des Kunden:</translation>
    </message>
    <message>
        <source>Buying process:</source>
        <translation>Einkaufsprozess:</translation>
    </message>
    <message>
        <source>Our strategy:</source>
        <translation>Unsere Strategie:</translation>
    </message>
    <message>
        <source>Decision makers on the board:</source>
        <translation>Entscheider auf dem Brett:</translation>
    </message>
    <message>
        <source>Competitors active here:</source>
        <translation>Hier aktive Wettbewerber:</translation>
    </message>
    <message>
        <source>Competitors and their activity:</source>
        <translation>Wettbewerber und ihre Aktivität:</translation>
    </message>
    <message>
        <source>profit planned:</source>
        <translation>geplanter Gewinn:</translation>
    </message>
    <message>
        <source>Revenue planned:</source>
        <translation>Geplanter Umsatz:</translation>
    </message>
    <message>
        <source>Long-term objectives</source>
        <translation>Langfristige Ziele</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>The team&apos;s agreement to the plan</source>
        <translation>Zustimmung des Teams zum Plan</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>Zustimmung erfassen</translation>
    </message>
    <message>
        <source>No overdue actions, no objectives at red.</source>
        <translation>Keine überfälligen Maßnahmen, keine Ziele auf Rot.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n Maßnahme überfällig</numerusform>
            <numerusform>%n Maßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) at red</source>
        <translation>
            <numerusform>%n Ziel auf Rot</numerusform>
            <numerusform>%n Ziele auf Rot</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an account to see its plan, its reviews and what changed.</source>
        <translation>Wählen Sie einen Account, um seinen Plan, seine Reviews und die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This account has no plan yet.&lt;/b&gt; Start with its objectives below: what the customer wants to achieve with us (visionary), the relationships we need (relationship) and the business we aim for (commercial), each with a traffic light. Then add the actions that serve them, each with an owner and a due date. A mentor&apos;s reviews go on the &lt;i&gt;Reviews&lt;/i&gt; tab; &lt;i&gt;What changed&lt;/i&gt; lists the changes since the last review.</source>
        <translation>&lt;b&gt;Dieser Account hat noch keinen Plan.&lt;/b&gt; Beginnen Sie unten mit seinen Zielen: was der Kunde mit uns erreichen will (visionär), welche Beziehungen wir brauchen (Beziehung) und welches Geschäft wir anstreben (kommerziell), jeweils mit einer Ampel. Fügen Sie dann die Maßnahmen hinzu, die ihnen dienen, jeweils mit einem Verantwortlichen und einem Fälligkeitsdatum. Die Reviews eines Mentors gehören auf den Reiter &lt;i&gt;Reviews&lt;/i&gt;; &lt;i&gt;Was sich geändert hat&lt;/i&gt; listet die Änderungen seit dem letzten Review auf.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>No lifecycle history yet.</source>
        <translation>Noch kein Verlauf der Lebenszyklusphasen.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Plan version %1</source>
        <translation>Planversion %1</translation>
    </message>
    <message>
        <source>None marked yet.</source>
        <translation>Noch keine markiert.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>%1 agreed to version %2 on %3</source>
        <translation>%1 hat Version %2 am %3 zugestimmt</translation>
    </message>
    <message>
        <source>%1 of %2 team members agreed to the current version</source>
        <translation>%1 von %2 Teammitgliedern haben der aktuellen Version zugestimmt</translation>
    </message>
    <message>
        <source>Edit key information</source>
        <translation>Eckdaten bearbeiten</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Plan and reviews</source>
        <translation>Plan und Reviews</translation>
    </message>
    <message>
        <source>The account plan, the mentor&apos;s reviews and what changed between snapshots</source>
        <translation>Der Account-Plan, die Reviews des Mentors und was sich zwischen Snapshots geändert hat</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>In this stage since</source>
        <translation>In dieser Phase seit</translation>
    </message>
    <message>
        <source>Profit planned</source>
        <translation>Geplanter Gewinn</translation>
    </message>
    <message>
        <source>One row per objective: kind, objective, measure, target date and its traffic light</source>
        <translation>Eine Zeile je Ziel: Art, Ziel, Messgröße, Zieldatum und seine Ampel</translation>
    </message>
    <message>
        <source>Agreements to the plan</source>
        <translation>Zustimmungen zum Plan</translation>
    </message>
    <message>
        <source>Who of the team agreed to which version of the plan, and when</source>
        <translation>Wer aus dem Team welcher Version des Plans zugestimmt hat, und wann</translation>
    </message>
    <message>
        <source>Team member who agrees</source>
        <translation>Zustimmendes Teammitglied</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Account-Plan</translation>
    </message>
    <message>
        <source>Kind of objective “%1”</source>
        <translation>Art des Ziels „%1“</translation>
    </message>
    <message>
        <source>Traffic light of objective “%1”</source>
        <translation>Ampel des Ziels „%1“</translation>
    </message>
</context>
<context>
    <name>Kingside::PlanningEnums</name>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Visionary</source>
        <translation>Visionär</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Long-term plan review</source>
        <translation>Review des langfristigen Plans</translation>
    </message>
    <message>
        <source>Proposal review</source>
        <translation>Review eines Angebots</translation>
    </message>
    <message>
        <source>Presentation review</source>
        <translation>Review einer Präsentation</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Key information</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>Kingside::PolicyQuadrant</name>
    <message>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Streamline</source>
        <translation>Straffen</translation>
    </message>
    <message>
        <source>Attractive and we are strong: invest, manage as a partner.</source>
        <translation>Attraktiv, und wir sind stark: investieren, als Partner führen.</translation>
    </message>
    <message>
        <source>Attractive but we are weak: invest selectively to build our position.</source>
        <translation>Attraktiv, aber wir sind schwach: gezielt investieren, um unsere Position auszubauen.</translation>
    </message>
    <message>
        <source>Less attractive, we are strong: maintain at an efficient cost.</source>
        <translation>Weniger attraktiv, wir sind stark: zu effizienten Kosten halten.</translation>
    </message>
    <message>
        <source>Less attractive and we are weak: serve efficiently, at low cost.</source>
        <translation>Weniger attraktiv, und wir sind schwach: effizient und kostengünstig betreuen.</translation>
    </message>
</context>
<context>
    <name>Kingside::Portfolio</name>
    <message>
        <source>The workspace has no tier scheme.</source>
        <translation>Der Arbeitsbereich hat kein Stufenschema.</translation>
    </message>
    <message>
        <source>There is no tier scheme “%1”. Known schemes: %2.</source>
        <translation>Es gibt kein Stufenschema „%1“. Bekannte Schemata: %2.</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioChartExport</name>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf.</source>
        <translation>%1: wählen Sie eine Datei mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PNG could not be encoded.</source>
        <translation>%1 kann nicht geschrieben werden: das PNG konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the SVG could not be drawn.</source>
        <translation>%1 kann nicht geschrieben werden: das SVG konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be drawn.</source>
        <translation>%1 kann nicht geschrieben werden: das PDF konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioMatrixChart</name>
    <message>
        <source>Directional-policy matrix</source>
        <translation>Normstrategie-Matrix</translation>
    </message>
    <message>
        <source>%1
Tier: %2 · %3
Annual sales: %4 · 3-year potential: %5

%6

%7

Click to open the account.</source>
        <translation>%1
Stufe: %2 · %3
Jahresumsatz: %4 · Potenzial in 3 Jahren: %5

%6

%7

Klicken, um den Account zu öffnen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>

At the same spot (%n other account(s)): </source>
        <translation>
            <numerusform>

An derselben Stelle (%n weiterer Account): </numerusform>
            <numerusform>

An derselben Stelle (%n weitere Accounts): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioMatrixRenderer</name>
    <message>
        <source>1 label hidden — hover a bubble for its account</source>
        <translation>1 Beschriftung ausgeblendet – fahren Sie über eine Blase, um ihren Account zu sehen</translation>
    </message>
    <message>
        <source>%1 labels hidden — hover a bubble for its account</source>
        <translation>%1 Beschriftungen ausgeblendet – fahren Sie über eine Blase, um ihren Account zu sehen</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Our relative strength →      (bubble area: %1)</source>
        <translation>Unsere relative Stärke →      (Blasenfläche: %1)</translation>
    </message>
    <message>
        <source>3-year potential</source>
        <translation>Potenzial in 3 Jahren</translation>
    </message>
    <message>
        <source>annual sales</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Our relative strength →</source>
        <translation>Unsere relative Stärke →</translation>
    </message>
    <message>
        <source>Account attractiveness →</source>
        <translation>Attraktivität des Accounts →</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Accounts</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioTableModel</name>
    <message>
        <source>%1 %2 of 100 = Σ weight × score / 10:</source>
        <translation>%1 %2 von 100 = Σ Gewicht × Bewertung / 10:</translation>
    </message>
    <message>
        <source>  %1: %2 % × not scored (counts 0) = 0</source>
        <translation>  %1: %2 % × nicht bewertet (zählt 0) = 0</translation>
    </message>
    <message>
        <source>  %1: %2 % × %3 / 10 = %4</source>
        <translation>  %1: %2 % × %3 / 10 = %4</translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation>(keine Stufe)</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>Rank %1 by attractiveness under “%2”.</source>
        <translation>Rang %1 nach Attraktivität unter „%2“.</translation>
    </message>
    <message>
        <source>Not scored (counts 0): %1</source>
        <translation>Nicht bewertet (zählt 0): %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Attractiveness</source>
        <translation>Attraktivität</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Missing scores</source>
        <translation>Fehlende Bewertungen</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilität</translation>
    </message>
    <message>
        <source>Potential (3 years)</source>
        <translation>Potenzial (3 Jahre)</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>Beziehungsgesundheit</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächstes Review</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioView</name>
    <message>
        <source>The workspace&apos;s tier scheme; changing it re-tiers every account (undoable).</source>
        <translation>Das Stufenschema des Arbeitsbereichs; eine Änderung stuft jeden Account neu ein (rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Accounts filtern…</translation>
    </message>
    <message>
        <source>&amp;Tier schemes…</source>
        <translation>&amp;Stufenschemata…</translation>
    </message>
    <message>
        <source>Criteria and &amp;scores…</source>
        <translation>Kriterien und &amp;Bewertungen…</translation>
    </message>
    <message>
        <source>Bubbles: annual sales</source>
        <translation>Blasen: Jahresumsatz</translation>
    </message>
    <message>
        <source>Bubbles: 3-year potential</source>
        <translation>Blasen: Potenzial in 3 Jahren</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>Diagramm &amp;drucken…</translation>
    </message>
    <message>
        <source>Tier scheme:</source>
        <translation>Stufenschema:</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Directional-policy matrix · tiers: %1</source>
        <translation>Normstrategie-Matrix · Stufen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s); </source>
        <translation>
            <numerusform>%n Account; </numerusform>
            <numerusform>%n Accounts; </numerusform>
        </translation>
    </message>
    <message>
        <source>attractiveness and strength = Σ weight share × score / 10, missing scores count 0</source>
        <translation>Attraktivität und Stärke = Σ Gewichtsanteil × Bewertung / 10, fehlende Bewertungen zählen 0</translation>
    </message>
    <message numerus="yes">
        <source>; %n account(s) with missing scores.</source>
        <translation>
            <numerusform>; %n Account mit fehlenden Bewertungen.</numerusform>
            <numerusform>; %n Accounts mit fehlenden Bewertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>Diagramm drucken</translation>
    </message>
    <message>
        <source>Tier scheme</source>
        <translation>Stufenschema</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Accounts filtern</translation>
    </message>
    <message>
        <source>Show the tier</source>
        <translation>Die Stufe anzeigen</translation>
    </message>
    <message>
        <source>Bubble size</source>
        <translation>Blasengröße</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Every account with its tier, quadrant, health, next review, scores and figures; choosing a row opens the account</source>
        <translation>Jeder Account mit Stufe, Quadrant, Zustand, nächstem Review, Bewertungen und Kennzahlen; die Auswahl einer Zeile öffnet den Account</translation>
    </message>
</context>
<context>
    <name>Kingside::PrintContext</name>
    <message>
        <source>There is no account with id %1 in %2.</source>
        <translation>Es gibt keinen Account mit der ID %1 in %2.</translation>
    </message>
</context>
<context>
    <name>Kingside::PrintController</name>
    <message>
        <source>Kingside</source>
        <translation>Kingside</translation>
    </message>
    <message>
        <source>%1 — relationship map</source>
        <translation>%1 – Beziehungskarte</translation>
    </message>
    <message>
        <source>Print relationship map</source>
        <translation>Beziehungskarte drucken</translation>
    </message>
    <message>
        <source>The map could not be printed to a file: %1</source>
        <translation>Die Karte konnte nicht in eine Datei gedruckt werden: %1</translation>
    </message>
    <message>
        <source>The map could not be printed: %1</source>
        <translation>Die Karte konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Print preview — relationship map</source>
        <translation>Druckvorschau – Beziehungskarte</translation>
    </message>
    <message>
        <source>Export map as PDF</source>
        <translation>Karte als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Karte als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Karte als PNG exportieren</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>Auflösung (dpi):</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export review pack</source>
        <translation>Review-Paket exportieren</translation>
    </message>
</context>
<context>
    <name>Kingside::QuestionsPanel</name>
    <message>
        <source>&amp;Path to:</source>
        <translation>&amp;Weg zu:</translation>
    </message>
    <message>
        <source>Introduction path to this person: who of us can introduce us, through whom</source>
        <translation>Vorstellungsweg zu dieser Person: wer von uns uns vorstellen lassen kann, über wen</translation>
    </message>
    <message>
        <source>Choose an account to see its answers.</source>
        <translation>Wählen Sie einen Account, um seine Antworten zu sehen.</translation>
    </message>
    <message>
        <source>Updating the answers…</source>
        <translation>Die Antworten werden aktualisiert…</translation>
    </message>
    <message>
        <source>the King</source>
        <translation>der König</translation>
    </message>
    <message>
        <source>%1 of %2 client people are reachable from our team; %3</source>
        <translation>%1 von %2 Personen des Kunden sind von unserem Team aus erreichbar; %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 — as on %2</source>
        <translation>%1 – Stand %2</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>The ten questions about this account&apos;s relationships, each with its answer; a question&apos;s link shows its answer on the board</source>
        <translation>Die zehn Fragen zu den Beziehungen dieses Accounts, jede mit ihrer Antwort; der Link einer Frage zeigt ihre Antwort auf dem Brett</translation>
    </message>
</context>
<context>
    <name>Kingside::RecordActivity</name>
    <message numerus="yes">
        <source>Import activity (%n line(s))</source>
        <translation>
            <numerusform>Aktivität importieren (%n Verbindung)</numerusform>
            <numerusform>Aktivität importieren (%n Verbindungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn from the calendar: met on %1.</source>
        <translation>Aus dem Kalender gezogen: getroffen am %1.</translation>
    </message>
    <message>
        <source>A relationship the activity import was to update no longer exists; read the files again.</source>
        <translation>Eine Beziehung, die der Aktivitätsimport aktualisieren sollte, existiert nicht mehr; lesen Sie die Dateien erneut.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>Kingside::RecordAgreement</name>
    <message>
        <source>Record agreement to the plan</source>
        <translation>Zustimmung zum Plan erfassen</translation>
    </message>
    <message>
        <source>This account has no plan to agree to yet.</source>
        <translation>Dieser Account hat noch keinen Plan, dem zugestimmt werden könnte.</translation>
    </message>
    <message>
        <source>Only members of the account&apos;s team record their agreement to the plan.</source>
        <translation>Nur Mitglieder des Account-Teams erfassen ihre Zustimmung zum Plan.</translation>
    </message>
    <message>
        <source>%1 has already agreed to version %2 of the plan.</source>
        <translation>%1 hat Version %2 des Plans bereits zugestimmt.</translation>
    </message>
</context>
<context>
    <name>Kingside::RecurrenceRule</name>
    <message>
        <source>the recurrence rule part %1 is not valid</source>
        <translation>der Teil %1 der Wiederholungsregel ist ungültig</translation>
    </message>
    <message>
        <source>a recurrence rule has no FREQ</source>
        <translation>einer Wiederholungsregel fehlt FREQ</translation>
    </message>
</context>
<context>
    <name>Kingside::RelationshipPlanner</name>
    <message>
        <source>No account was named.</source>
        <translation>Es wurde kein Account angegeben.</translation>
    </message>
    <message>
        <source>New people (client side, department unknown): %1</source>
        <translation>Neue Personen (Seite des Kunden, Abteilung unbekannt): %1</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 people in the account are called %2; use their e-mail addresses</source>
        <translation>%1 Personen im Account heißen %2; verwenden Sie ihre E-Mail-Adressen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>from and to must both name a person</source>
        <translation>from und to müssen beide eine Person nennen</translation>
    </message>
    <message>
        <source>kind %1 is not one of %2</source>
        <translation>Art %1 ist nicht eine von %2</translation>
    </message>
    <message>
        <source>strength %1 is not a whole number from 1 to 5</source>
        <translation>Stärke %1 ist keine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>last contact %1 is not a date like 2026-06-15</source>
        <translation>letzter Kontakt %1 ist kein Datum wie 2026-06-15</translation>
    </message>
    <message>
        <source>a person cannot have a relationship with themselves</source>
        <translation>eine Person kann keine Beziehung zu sich selbst haben</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <source>strength: %1 → %2</source>
        <translation>Stärke: %1 → %2</translation>
    </message>
    <message>
        <source>last contact: %1 → %2</source>
        <translation>letzter Kontakt: %1 → %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>Notizen geändert</translation>
    </message>
    <message>
        <source>this reporting line would close a reporting cycle (%1)</source>
        <translation>diese Berichtslinie würde einen Berichtszyklus schließen (%1)</translation>
    </message>
</context>
<context>
    <name>Kingside::RelationshipTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Alternd</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveAccount</name>
    <message>
        <source>Remove account</source>
        <translation>Account entfernen</translation>
    </message>
    <message>
        <source>Remove account %1</source>
        <translation>Account %1 entfernen</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveAccountCompetitor</name>
    <message>
        <source>Remove competitor</source>
        <translation>Wettbewerber entfernen</translation>
    </message>
    <message>
        <source>This competitor is not named in this account.</source>
        <translation>Dieser Wettbewerber ist in diesem Account nicht genannt.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveAccountProduct</name>
    <message>
        <source>Remove product</source>
        <translation>Produkt entfernen</translation>
    </message>
    <message>
        <source>This account does not have that product.</source>
        <translation>Dieser Account hat dieses Produkt nicht.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveComment</name>
    <message>
        <source>Remove comment</source>
        <translation>Kommentar entfernen</translation>
    </message>
    <message>
        <source>This comment no longer exists.</source>
        <translation>Dieser Kommentar existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveCriterion</name>
    <message>
        <source>Remove criterion %1</source>
        <translation>Kriterium %1 entfernen</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Dieses Kriterium existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveDepartment</name>
    <message>
        <source>Remove department</source>
        <translation>Abteilung entfernen</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>Diese Abteilung existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) stand in “%1”; move them to another department first, or choose where they go.</source>
        <translation>
            <numerusform>In „%1“ steht %n Person; verschieben Sie sie zuerst in eine andere Abteilung, oder wählen Sie, wohin sie kommt.</numerusform>
            <numerusform>In „%1“ stehen %n Personen; verschieben Sie sie zuerst in eine andere Abteilung, oder wählen Sie, wohin sie kommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of “%1” can only move to another department of the same account.</source>
        <translation>Die Personen von „%1“ können nur in eine andere Abteilung desselben Accounts verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveLevel</name>
    <message>
        <source>Remove level</source>
        <translation>Ebene entfernen</translation>
    </message>
    <message>
        <source>This level no longer exists.</source>
        <translation>Diese Ebene existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) stand on the level “%1”; removing it would leave them homeless. Move them to another level first, or choose where they go.</source>
        <translation>
            <numerusform>Auf der Ebene „%1“ steht %n Person; durch das Entfernen hätte sie keinen Platz mehr. Verschieben Sie sie zuerst auf eine andere Ebene, oder wählen Sie, wohin sie kommt.</numerusform>
            <numerusform>Auf der Ebene „%1“ stehen %n Personen; durch das Entfernen hätten sie keinen Platz mehr. Verschieben Sie sie zuerst auf eine andere Ebene, oder wählen Sie, wohin sie kommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of “%1” can only move to another level of the same account.</source>
        <translation>Die Personen von „%1“ können nur auf eine andere Ebene desselben Accounts verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveObjective</name>
    <message>
        <source>Remove objective</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>This objective no longer exists.</source>
        <translation>Dieses Ziel existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemovePerson</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <source> with %1 and %2</source>
        <translation> mit %1 und %2</translation>
    </message>
    <message>
        <source>Removed %1%2. Edit → Undo (Ctrl+Z) brings everything back.</source>
        <translation>%1%2 entfernt. Bearbeiten → Rückgängig (Strg+Z) stellt alles wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>This person owns or is linked to %n plan action(s); reassign them first.</source>
        <translation>
            <numerusform>Diese Person verantwortet %n Planmaßnahme oder ist mit ihr verknüpft; weisen Sie sie zuerst neu zu.</numerusform>
            <numerusform>Diese Person verantwortet %n Planmaßnahmen oder ist mit ihnen verknüpft; weisen Sie sie zuerst neu zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemovePlanAction</name>
    <message>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation>Diese Maßnahme existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveRelationship</name>
    <message>
        <source>Remove relationship</source>
        <translation>Beziehung entfernen</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveTierScheme</name>
    <message>
        <source>Remove tier scheme %1</source>
        <translation>Stufenschema %1 entfernen</translation>
    </message>
    <message>
        <source>This tier scheme no longer exists.</source>
        <translation>Dieses Stufenschema existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The built-in scheme “%1” cannot be removed.</source>
        <translation>Das eingebaute Schema „%1“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>“%1” is the active scheme; choose another scheme before removing it.</source>
        <translation>„%1“ ist das aktive Schema; wählen Sie ein anderes Schema, bevor Sie es entfernen.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveWall</name>
    <message>
        <source>Remove wall</source>
        <translation>Mauer entfernen</translation>
    </message>
    <message>
        <source>This wall no longer exists.</source>
        <translation>Diese Mauer existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::RenameAccount</name>
    <message>
        <source>Rename account to %1</source>
        <translation>Account in %1 umbenennen</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The account is already called “%1”.</source>
        <translation>Der Account heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>Kingside::RenameDepartment</name>
    <message>
        <source>Rename department to %1</source>
        <translation>Abteilung in %1 umbenennen</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>Diese Abteilung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The department is already called “%1”.</source>
        <translation>Die Abteilung heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>Kingside::RenameLevel</name>
    <message>
        <source>Rename level to %1</source>
        <translation>Ebene in %1 umbenennen</translation>
    </message>
    <message>
        <source>This level no longer exists.</source>
        <translation>Diese Ebene existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The level is already called “%1”.</source>
        <translation>Die Ebene heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>Kingside::ReplaceCriteria</name>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Ein Kriterium braucht einen Namen.</translation>
    </message>
    <message>
        <source>The criterion “%1” is listed twice.</source>
        <translation>Das Kriterium „%1“ ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>A score refers to a criterion that is not listed.</source>
        <translation>Eine Bewertung bezieht sich auf ein Kriterium, das nicht aufgeführt ist.</translation>
    </message>
    <message>
        <source>A score is %1 to %2; %3 is outside.</source>
        <translation>Eine Bewertung liegt zwischen %1 und %2; %3 liegt außerhalb.</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>Review erfassen</translation>
    </message>
    <message>
        <source>What the mentor found, in a few lines</source>
        <translation>Was der Mentor festgestellt hat, in wenigen Zeilen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfende Person:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>Ampeln</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Agreed actions (they join the plan when the review is recorded)</source>
        <translation>Vereinbarte Maßnahmen (sie werden beim Erfassen des Reviews in den Plan übernommen)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Add agreed &amp;action</source>
        <translation>Vereinbarte &amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>Review &amp;erfassen</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>The mentor&apos;s comments, each on a part of the plan or one of its items</source>
        <translation>Die Kommentare des Mentors, jeweils zu einem Teil des Plans oder einem seiner Elemente</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <source>Actions agreed in the review, with owner and due date; they join the plan</source>
        <translation>Im Review vereinbarte Maßnahmen, mit verantwortlicher Person und Fälligkeitsdatum; sie werden in den Plan übernommen</translation>
    </message>
    <message>
        <source>Comment %1 is on</source>
        <translation>Wozu Kommentar %1 gehört</translation>
    </message>
    <message>
        <source>Item of comment %1</source>
        <translation>Element von Kommentar %1</translation>
    </message>
    <message>
        <source>Owner of agreed action %1</source>
        <translation>Verantwortlich für die vereinbarte Maßnahme %1</translation>
    </message>
    <message>
        <source>Due date of agreed action %1</source>
        <translation>Fälligkeitsdatum der vereinbarten Maßnahme %1</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewPack</name>
    <message>
        <source>On the map: the red ring marked CHECK.</source>
        <translation>Auf der Karte: der rote Ring mit der Aufschrift SCHACH.</translation>
    </message>
    <message>
        <source>On the map: orange dashed rings.</source>
        <translation>Auf der Karte: orangefarbene, gestrichelte Ringe.</translation>
    </message>
    <message>
        <source>On the map: the blue route and rings.</source>
        <translation>Auf der Karte: die blaue Route und Ringe.</translation>
    </message>
    <message>
        <source>On the map: the purple eye badges.</source>
        <translation>Auf der Karte: die violetten Augen-Abzeichen.</translation>
    </message>
    <message>
        <source>On the map: the teal Δ badges.</source>
        <translation>Auf der Karte: die türkisen Δ-Abzeichen.</translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation>Schlüsselfragen</translation>
    </message>
    <message>
        <source>Coverage by department and level</source>
        <translation>Abdeckung nach Abteilung und Ebene</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Account-Plan</translation>
    </message>
    <message>
        <source>Comments of the last review</source>
        <translation>Kommentare des letzten Reviews</translation>
    </message>
    <message>
        <source>Changes since the previous review</source>
        <translation>Änderungen seit dem vorigen Review</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Each cell: client people reached by a direct line from our team / client people in that department and level. Green: everybody reached; amber: some; red: nobody; blank: nobody known (whitespace).</source>
        <translation>Jede Zelle: Personen des Kunden, die unser Team über eine direkte Verbindung erreicht / Personen des Kunden in dieser Abteilung und Ebene. Grün: alle erreicht; gelb: einige; rot: niemand; leer: niemand bekannt (Whitespace).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 of %2 client people are reached directly by our team.</source>
        <translation>%1 von %2 Personen des Kunden erreicht unser Team direkt.</translation>
    </message>
    <message>
        <source>Plan version %1.</source>
        <translation>Planversion %1.</translation>
    </message>
    <message>
        <source>No strategy written yet.</source>
        <translation>Noch keine Strategie geschrieben.</translation>
    </message>
    <message>
        <source>This account has no plan yet.</source>
        <translation>Dieser Account hat noch keinen Plan.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No objectives.</source>
        <translation>Keine Ziele.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OVERDUE %1 d</source>
        <translation>ÜBERFÄLLIG %1 T.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>%1 of %2 actions overdue on %3.</source>
        <translation>%1 von %2 Maßnahmen am %3 überfällig.</translation>
    </message>
    <message>
        <source>This account has not been reviewed yet.</source>
        <translation>Dieser Account wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 review of %2 by %3</source>
        <translation>%1 vom %2, durch %3</translation>
    </message>
    <message>
        <source>an unnamed reviewer</source>
        <translation>eine ungenannte prüfende Person</translation>
    </message>
    <message>
        <source>No comments were made in this review.</source>
        <translation>In diesem Review wurden keine Kommentare abgegeben.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>removed since</source>
        <translation>seitdem entfernt</translation>
    </message>
    <message>
        <source>There is no review to compare with.</source>
        <translation>Es gibt kein Review zum Vergleichen.</translation>
    </message>
    <message>
        <source>The account at the review of %1 compared with the review of %2.</source>
        <translation>Der Account beim Review vom %1 im Vergleich mit dem Review vom %2.</translation>
    </message>
    <message>
        <source>Only one review so far: the account today compared with the review of %1.</source>
        <translation>Bisher nur ein Review: der Account heute im Vergleich mit dem Review vom %1.</translation>
    </message>
    <message>
        <source>The reviews cannot be compared: %1</source>
        <translation>Die Reviews können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>%1 — account review pack</source>
        <translation>%1 – Review-Paket des Accounts</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>Beziehungskarte</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Das PDF %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>%1 · account review pack</source>
        <translation>%1 · Review-Paket des Accounts</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Account review pack</source>
        <translation>Review-Paket des Accounts</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 client people, %2 of our team, %3 relationships</source>
        <translation>%1 Personen des Kunden, %2 aus unserem Team, %3 Beziehungen</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letztes Review</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Cannot finish the PDF %1.</source>
        <translation>Das PDF %1 kann nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewPanel</name>
    <message>
        <source>Comment on the plan</source>
        <translation>Kommentar zum Plan</translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation>Review erfassen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>A comment on the plan</source>
        <translation>Ein Kommentar zum Plan</translation>
    </message>
    <message>
        <source>Compare the selected review with the one after it, or with now</source>
        <translation>Das ausgewählte Review mit dem folgenden vergleichen oder mit heute</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfende Person</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Review alle</translation>
    </message>
    <message>
        <source>No mentor named for this account</source>
        <translation>Für diesen Account ist kein Mentor genannt</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <source>Last plan review %1; next due %2</source>
        <translation>Letztes Plan-Review %1; nächstes fällig %2</translation>
    </message>
    <message>
        <source>Never reviewed; first review due %1</source>
        <translation>Noch nie geprüft; erstes Review fällig %1</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>ÜBERFÄLLIG seit %n Tag</numerusform>
            <numerusform>ÜBERFÄLLIG seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>(removed item)</source>
        <translation>(entferntes Element)</translation>
    </message>
    <message>
        <source>Comments outside reviews</source>
        <translation>Kommentare außerhalb von Reviews</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>The recorded reviews, newest first: date, kind, reviewer and a traffic light per section in words, with the summary and comments under each</source>
        <translation>Die erfassten Reviews, neueste zuerst: Datum, Art, prüfende Person und eine Ampel je Abschnitt in Worten, darunter jeweils die Zusammenfassung und die Kommentare</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewSchedule</name>
    <message numerus="yes">
        <source>%1: review due since %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1: Review fällig seit %2 (%n Tag überfällig)</numerusform>
            <numerusform>%1: Review fällig seit %2 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::SaveFile</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is read-only.</source>
        <translation>%1 kann nicht geschrieben werden: die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The previous file, if any, is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die vorherige Datei, falls vorhanden, ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Kingside::SaveTierScheme</name>
    <message>
        <source>Save tier scheme %1</source>
        <translation>Stufenschema %1 speichern</translation>
    </message>
    <message>
        <source>A tier scheme named “%1” already exists.</source>
        <translation>Es gibt bereits ein Stufenschema namens „%1“.</translation>
    </message>
    <message>
        <source>This tier scheme no longer exists.</source>
        <translation>Dieses Stufenschema existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The built-in scheme “%1” cannot be changed; save a copy under a new name.</source>
        <translation>Das eingebaute Schema „%1“ kann nicht geändert werden; speichern Sie eine Kopie unter einem neuen Namen.</translation>
    </message>
</context>
<context>
    <name>Kingside::ScoreCalculator</name>
    <message>
        <source>The weight of “%1” is %2; weights cannot be negative.</source>
        <translation>Das Gewicht von „%1“ ist %2; Gewichte dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The weights of the %1 criteria add up to zero; at least one of them must weigh more than 0.</source>
        <translation>Die Gewichte der %1 Kriterien ergeben zusammen null; mindestens eines muss mehr als 0 wiegen.</translation>
    </message>
    <message>
        <source>Attractiveness</source>
        <translation>Attraktivität</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
</context>
<context>
    <name>Kingside::ServerAddress</name>
    <message>
        <source>“%1” holds a password. Kingside takes credentials only from PostgreSQL&apos;s own places: ~/.pgpass (or PGPASSFILE), a service file (PGSERVICEFILE) or PGPASSWORD. Remove the password from the address.</source>
        <translation>„%1“ enthält ein Passwort. Kingside nimmt Zugangsdaten nur aus den Quellen von PostgreSQL selbst: ~/.pgpass (oder PGPASSFILE), einer Servicedatei (PGSERVICEFILE) oder PGPASSWORD. Entfernen Sie das Passwort aus der Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address. Write postgresql://user@host:port/database or postgresql:///?service=NAME.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse. Schreiben Sie postgresql://user@host:port/database oder postgresql:///?service=NAME.</translation>
    </message>
    <message>
        <source>“%1” names the database “%2”, which holds a slash.</source>
        <translation>„%1“ nennt die Datenbank „%2“, die einen Schrägstrich enthält.</translation>
    </message>
    <message>
        <source>“%1” sets “%2”, which Kingside does not pass on. It takes %3.</source>
        <translation>„%1“ setzt „%2“, was Kingside nicht weitergibt. Es nimmt %3.</translation>
    </message>
    <message>
        <source>“%1” gives “%2” a value with a space, a semicolon, a quote or a backslash, which Kingside does not pass on.</source>
        <translation>„%1“ gibt „%2“ einen Wert mit einem Leerzeichen, einem Semikolon, einem Anführungszeichen oder einem Backslash, den Kingside nicht weitergibt.</translation>
    </message>
    <message>
        <source>Kingside cannot reach %1: the PostgreSQL driver of Qt SQL is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Kingside kann %1 nicht erreichen: der PostgreSQL-Treiber von Qt SQL ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Kingside could not connect to %1: %2</source>
        <translation>Kingside konnte keine Verbindung zu %1 herstellen: %2</translation>
    </message>
</context>
<context>
    <name>Kingside::ServerSetup</name>
    <message>
        <source>The role prefix “%1” is not accepted: use lower-case letters, digits and “_”, starting with a letter, at most 40 characters.</source>
        <translation>Das Rollenpräfix „%1“ wird nicht akzeptiert: verwenden Sie Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben, höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL database.</source>
        <translation>%1 ist keine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Could not read what %1 holds: %2</source>
        <translation>Es ließ sich nicht lesen, was %1 enthält: %2</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds tables, “%2” first. server-setup writes only into an empty database; nothing was changed.</source>
        <translation>%1 ist nicht leer: es enthält Tabellen, zuerst „%2“. server-setup schreibt nur in eine leere Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not start writing to %1: %2</source>
        <translation>Das Schreiben in %1 konnte nicht beginnen: %2</translation>
    </message>
    <message>
        <source>Could not create the schema in %1: %2 Nothing was changed.</source>
        <translation>Das Schema konnte in %1 nicht angelegt werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not set up the roles in %1: %2 Nothing was changed.</source>
        <translation>Die Rollen konnten in %1 nicht eingerichtet werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not finish setting up %1: %2 Nothing was changed.</source>
        <translation>Die Einrichtung von %1 konnte nicht abgeschlossen werden: %2 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetAccountFacts</name>
    <message>
        <source>Edit account %1</source>
        <translation>Account %1 bearbeiten</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetActiveTierScheme</name>
    <message>
        <source>Use tier scheme %1</source>
        <translation>Stufenschema %1 verwenden</translation>
    </message>
    <message>
        <source>There is no tier scheme “%1”.</source>
        <translation>Es gibt kein Stufenschema „%1“.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetCriterionScore</name>
    <message>
        <source>Score %1</source>
        <translation>%1 bewerten</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>A score is %1 to %2; %3 is outside.</source>
        <translation>Eine Bewertung liegt zwischen %1 und %2; %3 liegt außerhalb.</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Dieses Kriterium existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetFavouredCompetitor</name>
    <message>
        <source>Set favoured competitor</source>
        <translation>Bevorzugten Wettbewerber festlegen</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only the client&apos;s people favour a competitor; %1 is on our team.</source>
        <translation>Nur die Personen des Kunden bevorzugen einen Wettbewerber; %1 gehört zu unserem Team.</translation>
    </message>
    <message>
        <source>This competitor no longer exists.</source>
        <translation>Dieser Wettbewerber existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not among this account&apos;s competitors; add it to the account first.</source>
        <translation>„%1“ gehört nicht zu den Wettbewerbern dieses Accounts; fügen Sie ihn zuerst dem Account hinzu.</translation>
    </message>
    <message>
        <source>%1 favours no competitor already.</source>
        <translation>%1 bevorzugt bereits keinen Wettbewerber.</translation>
    </message>
    <message>
        <source>%1 already favours %2.</source>
        <translation>%1 bevorzugt bereits %2.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetLifecycleStage</name>
    <message>
        <source>Move to stage %1</source>
        <translation>In Phase %1 wechseln</translation>
    </message>
    <message>
        <source>A lifecycle stage needs the day it began.</source>
        <translation>Eine Lebenszyklusphase braucht den Tag, an dem sie begann.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Der Account existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetPlanColumns</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be edited.</source>
        <translation>Das Feld „%1“ kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>Das zu ändernde Element existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetPlanFields</name>
    <message>
        <source>Edit plan</source>
        <translation>Plan bearbeiten</translation>
    </message>
    <message>
        <source>A plan&apos;s version starts at 1.</source>
        <translation>Die Version eines Plans beginnt bei 1.</translation>
    </message>
    <message>
        <source>Planned revenue cannot be negative.</source>
        <translation>Der geplante Umsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Planned profit must be a number.</source>
        <translation>Der geplante Gewinn muss eine Zahl sein.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetProductRole</name>
    <message>
        <source>Set product role</source>
        <translation>Produktrolle festlegen</translation>
    </message>
    <message>
        <source>Clear product role</source>
        <translation>Produktrolle entfernen</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Dieses Produkt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not one of this account&apos;s products; add it to the account first.</source>
        <translation>„%1“ gehört nicht zu den Produkten dieses Accounts; fügen Sie es zuerst dem Account hinzu.</translation>
    </message>
    <message>
        <source>%1 is already marked “%2” for %3.</source>
        <translation>%1 ist für %3 bereits als „%2“ markiert.</translation>
    </message>
    <message>
        <source>%1 is not marked “%2” for %3.</source>
        <translation>%1 ist für %3 nicht als „%2“ markiert.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetProperties</name>
    <message>
        <source>This value is not one Kingside knows.</source>
        <translation>Diesen Wert kennt Kingside nicht.</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>Das zu ändernde Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This property cannot be edited.</source>
        <translation>Diese Eigenschaft kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be edited.</source>
        <translation>Das Feld „%1“ kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetStructure</name>
    <message>
        <source>Set the board&apos;s departments and levels</source>
        <translation>Abteilungen und Ebenen des Bretts festlegen</translation>
    </message>
    <message numerus="yes">
        <source>the department “%1” (%n person(s))</source>
        <translation>
            <numerusform>die Abteilung „%1“ (%n Person)</numerusform>
            <numerusform>die Abteilung „%1“ (%n Personen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the level “%1” (%n person(s))</source>
        <translation>
            <numerusform>die Ebene „%1“ (%n Person)</numerusform>
            <numerusform>die Ebene „%1“ (%n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: people still stand on %1. Move them first.</source>
        <translation>Es wurde nichts geändert: auf %1 stehen noch Personen. Verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Account existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The board already has these departments and levels in this order.</source>
        <translation>Das Brett hat bereits diese Abteilungen und Ebenen in dieser Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>Kingside::Snapshot</name>
    <message>
        <source>The snapshot is not readable JSON (%1 at offset %2).</source>
        <translation>Der Snapshot ist kein lesbares JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <source>The stored document is not a Kingside account snapshot.</source>
        <translation>Das gespeicherte Dokument ist kein Account-Snapshot von Kingside.</translation>
    </message>
    <message>
        <source>This snapshot was written by a newer Kingside (snapshot format %1; this version reads up to %2).</source>
        <translation>Dieser Snapshot wurde von einer neueren Version von Kingside geschrieben (Snapshot-Format %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The snapshot has no valid format number.</source>
        <translation>Der Snapshot hat keine gültige Formatnummer.</translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist.</source>
        <translation>Snapshot %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No snapshot was frozen at this review.</source>
        <translation>Bei diesem Review wurde kein Snapshot festgehalten.</translation>
    </message>
</context>
<context>
    <name>Kingside::SnapshotComparison</name>
    <message>
        <source>These snapshots belong to different accounts (“%1” and “%2”); only snapshots of one account can be compared.</source>
        <translation>Diese Snapshots gehören zu verschiedenen Accounts („%1“ und „%2“); nur Snapshots desselben Accounts lassen sich vergleichen.</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>our team</source>
        <translation>unser Team</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>nicht im Plan</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>already late</source>
        <translation>bereits verspätet</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>noch nicht fällig</translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) late, owner %2</source>
        <translation>
            <numerusform>fällig %1, %n Tag verspätet, verantwortlich %2</numerusform>
            <numerusform>fällig %1, %n Tage verspätet, verantwortlich %2</numerusform>
        </translation>
    </message>
    <message>
        <source>People joined</source>
        <translation>Hinzugekommene Personen</translation>
    </message>
    <message>
        <source>People left</source>
        <translation>Ausgeschiedene Personen</translation>
    </message>
    <message>
        <source>Attitudes changed</source>
        <translation>Geänderte Haltungen</translation>
    </message>
    <message>
        <source>Pieces changed</source>
        <translation>Geänderte Figuren</translation>
    </message>
    <message>
        <source>Relationships gained</source>
        <translation>Gewonnene Beziehungen</translation>
    </message>
    <message>
        <source>Relationships lost</source>
        <translation>Verlorene Beziehungen</translation>
    </message>
    <message>
        <source>Relationships strengthened</source>
        <translation>Gestärkte Beziehungen</translation>
    </message>
    <message>
        <source>Relationships weakened</source>
        <translation>Geschwächte Beziehungen</translation>
    </message>
    <message>
        <source>Objectives&apos; traffic lights</source>
        <translation>Ampeln der Ziele</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Erledigte Maßnahmen</translation>
    </message>
    <message>
        <source>Actions late</source>
        <translation>Verspätete Maßnahmen</translation>
    </message>
    <message>
        <source>Figures before and after</source>
        <translation>Kennzahlen vorher und nachher</translation>
    </message>
    <message>
        <source>Client people</source>
        <translation>Personen des Kunden</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Team lines</source>
        <translation>Team-Verbindungen</translation>
    </message>
    <message>
        <source>Strong team lines (4–5)</source>
        <translation>Starke Team-Verbindungen (4–5)</translation>
    </message>
    <message>
        <source>Key pieces (K, Q, R)</source>
        <translation>Schlüsselfiguren (K, D, T)</translation>
    </message>
    <message>
        <source>Key pieces reached by a strong line</source>
        <translation>Über eine starke Verbindung erreichte Schlüsselfiguren</translation>
    </message>
    <message>
        <source>Coverage of key pieces (%)</source>
        <translation>Abdeckung der Schlüsselfiguren (%)</translation>
    </message>
    <message>
        <source>Champions and supporters</source>
        <translation>Champions und Befürworter</translation>
    </message>
    <message>
        <source>Sceptics and opponents</source>
        <translation>Skeptiker und Gegner</translation>
    </message>
    <message>
        <source>Share of supporters (%)</source>
        <translation>Anteil der Befürworter (%)</translation>
    </message>
    <message>
        <source>Objectives at red</source>
        <translation>Ziele auf Rot</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>Team members agreed to the plan</source>
        <translation>Teammitglieder, die dem Plan zugestimmt haben</translation>
    </message>
    <message>
        <source>%1: changes from %2 to %3
</source>
        <translation>%1: Änderungen von %2 bis %3
</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
</context>
<context>
    <name>Kingside::Sql</name>
    <message>
        <source>The database driver is not SQLite&apos;s.</source>
        <translation>Der Datenbanktreiber ist nicht der von SQLite.</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode could not be set.</source>
        <translation>Der defensive Modus von SQLite konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>SQLite&apos;s trusted_schema could not be turned off.</source>
        <translation>trusted_schema von SQLite konnte nicht ausgeschaltet werden.</translation>
    </message>
</context>
<context>
    <name>Kingside::SqlErrors</name>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Der Datenträger ist voll; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk could not be written: it turned read-only, was removed or failed. The change was not saved.</source>
        <translation>Auf den Datenträger konnte nicht geschrieben werden: er wurde schreibgeschützt, entfernt oder ist ausgefallen. Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The workspace refused this change as inconsistent with what it holds; it was not saved.</source>
        <translation>Der Arbeitsbereich hat diese Änderung abgelehnt, weil sie nicht zu seinem Inhalt passt; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (read-only).</source>
        <translation>Die Datei des Arbeitsbereichs kann nicht geschrieben werden (schreibgeschützt).</translation>
    </message>
    <message>
        <source>The server does not let your role write this; the change was not saved.</source>
        <translation>Der Server erlaubt Ihrer Rolle nicht, dies zu schreiben; die Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Kingside::StoreCopy</name>
    <message>
        <source>table “%1” differs in its number of rows, %2 in %3 and %4 in %5</source>
        <translation>die Tabelle „%1“ unterscheidet sich in der Zahl ihrer Zeilen (%3: %2, %5: %4)</translation>
    </message>
    <message>
        <source>table “%1” differs: %2 holds the row (%3) where %4 holds (%5)</source>
        <translation>die Tabelle „%1“ unterscheidet sich: %2 enthält die Zeile (%3), wo %4 (%5) enthält</translation>
    </message>
    <message>
        <source>%1 holds no Kingside workspace (for a PostgreSQL database, run kingside server-setup first).</source>
        <translation>%1 enthält keinen Kingside-Arbeitsbereich (bei einer PostgreSQL-Datenbank führen Sie zuerst kingside server-setup aus).</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and this Kingside copies version %3; open it in this Kingside first to bring it up to date.</source>
        <translation>%1 hat die Schemaversion %2, und dieses Kingside kopiert Version %3; öffnen Sie es zuerst in diesem Kingside, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>Could not read the tables of %1: %2</source>
        <translation>Die Tabellen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the tables Kingside creates; it was not copied.</source>
        <translation>%1 enthält nicht die Tabellen, die Kingside anlegt; es wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>The table “%1” of %2 does not have the columns Kingside creates; it was not copied.</source>
        <translation>Die Tabelle „%1“ von %2 hat nicht die Spalten, die Kingside anlegt; es wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>der erste</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>der zweite</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not start writing to %1: %2</source>
        <translation>Das Schreiben in %1 konnte nicht beginnen: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workspace that differs from %2 (%3). store copy writes only into an empty workspace or onto an identical one; nothing was changed.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich, der sich von %2 unterscheidet (%3). store copy schreibt nur in einen leeren Arbeitsbereich oder über einen identischen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Copying the table “%1” to %2 failed: %3 Nothing was changed.</source>
        <translation>Das Kopieren der Tabelle „%1“ nach %2 ist fehlgeschlagen: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not set the next ids in %1: %2 Nothing was changed.</source>
        <translation>Die nächsten IDs in %1 konnten nicht gesetzt werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not read back what was copied to %1: %2 Nothing was changed.</source>
        <translation>Was nach %1 kopiert wurde, ließ sich nicht zurücklesen: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The copy in %1 does not read back as %2 (%3); nothing was changed.</source>
        <translation>Die Kopie in %1 liest sich nicht wie %2 (%3); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not finish writing to %1: %2 Nothing was changed.</source>
        <translation>Das Schreiben in %1 konnte nicht abgeschlossen werden: %2 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Kingside::StrengthPrompt</name>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <source>Strength %1: %2</source>
        <translation>Stärke %1: %2</translation>
    </message>
</context>
<context>
    <name>Kingside::TablePage</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Filter: type part of a name, title, department …</source>
        <translation>Filter: Teil eines Namens, Titels, einer Abteilung … eingeben</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete); Edit → Undo brings them back</source>
        <translation>Die ausgewählten Zeilen löschen (Entf); Bearbeiten → Rückgängig stellt sie wieder her</translation>
    </message>
    <message>
        <source>Select the rows to delete first.</source>
        <translation>Wählen Sie zuerst die zu löschenden Zeilen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s). Edit → Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n Zeile gelöscht. Bearbeiten → Rückgängig (Strg+Z) stellt sie wieder her.</numerusform>
            <numerusform>%n Zeilen gelöscht. Bearbeiten → Rückgängig (Strg+Z) stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>Kingside::TextDecoder</name>
    <message>
        <source>The file does not look like text (binary data at line %1). Export the contacts as CSV or vCard and import that file.</source>
        <translation>Die Datei sieht nicht nach Text aus (Binärdaten in Zeile %1). Exportieren Sie die Kontakte als CSV oder vCard und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has no byte-order mark; it was read as UTF-16 (%1).</source>
        <translation>Die Datei hat keine Bytereihenfolge-Markierung; sie wurde als UTF-16 (%1) gelesen.</translation>
    </message>
    <message>
        <source>The file claims to be UTF-16 but has an odd number of bytes; it is damaged or cut off.</source>
        <translation>Die Datei gibt sich als UTF-16 aus, hat aber eine ungerade Anzahl Bytes; sie ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The file claims to be UTF-16 but contains invalid characters.</source>
        <translation>Die Datei gibt sich als UTF-16 aus, enthält aber ungültige Zeichen.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 mark but is not valid UTF-8; it is damaged or mixes encodings.</source>
        <translation>Die Datei beginnt mit einer UTF-8-Markierung, ist aber kein gültiges UTF-8; sie ist beschädigt oder mischt Kodierungen.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Latin-1/Windows-1252 text (byte 0x%1 at line %2). Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist weder UTF-8- noch Latin-1/Windows-1252-Text (Byte 0x%1 in Zeile %2). Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Latin-1/Windows-1252 (first such character at line %1). Check accented names in the preview.</source>
        <translation>Die Datei ist kein UTF-8; sie wurde als Latin-1/Windows-1252 gelesen (erstes solches Zeichen in Zeile %1). Prüfen Sie Namen mit Akzenten in der Vorschau.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>Die Datei enthält keinen Text.</translation>
    </message>
</context>
<context>
    <name>Kingside::TierSchemeDialog</name>
    <message>
        <source>Tier schemes</source>
        <translation>Stufenschemata</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>By attractiveness score (lowest score of each band)</source>
        <translation>Nach Attraktivitätswert (niedrigster Wert jedes Bands)</translation>
    </message>
    <message>
        <source>By rank (top N accounts; empty = the rest)</source>
        <translation>Nach Rang (die besten N Accounts; leer = der Rest)</translation>
    </message>
    <message>
        <source>Tier, best first</source>
        <translation>Stufe, beste zuerst</translation>
    </message>
    <message>
        <source>From score / up to rank</source>
        <translation>Ab Wert / bis Rang</translation>
    </message>
    <message>
        <source>Add &amp;tier</source>
        <translation>S&amp;tufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove scheme</source>
        <translation>Schema &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Use for this workspace</source>
        <translation>Für diesen Arbeitsbereich &amp;verwenden</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (eingebaut)</translation>
    </message>
    <message>
        <source> — active</source>
        <translation> – aktiv</translation>
    </message>
    <message>
        <source>Built-in schemes cannot be changed; copy one to adapt it.</source>
        <translation>Eingebaute Schemata lassen sich nicht ändern; kopieren Sie eines, um es anzupassen.</translation>
    </message>
    <message>
        <source>My tiers</source>
        <translation>Meine Stufen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Entwickeln</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s tier schemes; the one in use is marked in its name</source>
        <translation>Die Stufenschemata des Arbeitsbereichs; das verwendete ist in seinem Namen markiert</translation>
    </message>
    <message>
        <source>New scheme</source>
        <translation>Neues Schema</translation>
    </message>
    <message>
        <source>Copy scheme</source>
        <translation>Schema kopieren</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>The scheme&apos;s tiers, best first, each with the lowest score or the highest rank it takes</source>
        <translation>Die Stufen des Schemas, beste zuerst, jede mit dem niedrigsten Wert oder dem höchsten Rang, den sie aufnimmt</translation>
    </message>
</context>
<context>
    <name>Kingside::Tiering</name>
    <message>
        <source>band %1 “%2”</source>
        <translation>Band %1 „%2“</translation>
    </message>
    <message>
        <source>A tier scheme needs a name.</source>
        <translation>Ein Stufenschema braucht einen Namen.</translation>
    </message>
    <message>
        <source>The tier scheme “%1” has no bands.</source>
        <translation>Das Stufenschema „%1“ hat keine Bänder.</translation>
    </message>
    <message>
        <source>Band %1 of “%2” has no name.</source>
        <translation>Band %1 von „%2“ hat keinen Namen.</translation>
    </message>
    <message>
        <source>The name of %1 is used twice.</source>
        <translation>Der Name von %1 wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>In a scheme by score, every band has a lowest score and no rank; %1 does not.</source>
        <translation>In einem Schema nach Wert hat jedes Band einen niedrigsten Wert und keinen Rang; bei %1 ist das nicht so.</translation>
    </message>
    <message>
        <source>The lowest score of %1 is %2; it must be 0 to 100.</source>
        <translation>Der niedrigste Wert von %1 ist %2; er muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>%1 starts at the same score (%2) as the band above it: the bands overlap.</source>
        <translation>%1 beginnt beim selben Wert (%2) wie das Band darüber: die Bänder überlappen sich.</translation>
    </message>
    <message>
        <source>%1 starts at %2, above the band before it (%3): bands are listed best first, with falling lowest scores.</source>
        <translation>%1 beginnt bei %2, über dem Band davor (%3): Bänder werden mit dem besten zuerst aufgeführt, mit fallenden niedrigsten Werten.</translation>
    </message>
    <message>
        <source>In a scheme by rank, %1 cannot have a lowest score.</source>
        <translation>In einem Schema nach Rang kann %1 keinen niedrigsten Wert haben.</translation>
    </message>
    <message>
        <source>Only the last band of a scheme by rank may take “the rest”; %1 needs a number of accounts.</source>
        <translation>Nur das letzte Band eines Schemas nach Rang darf „den Rest“ nehmen; %1 braucht eine Anzahl Accounts.</translation>
    </message>
    <message>
        <source>%1 ends at rank %2; ranks start at 1.</source>
        <translation>%1 endet bei Rang %2; Ränge beginnen bei 1.</translation>
    </message>
    <message>
        <source>%1 ends at the same rank (%2) as the band above it: the bands overlap.</source>
        <translation>%1 endet beim selben Rang (%2) wie das Band darüber: die Bänder überlappen sich.</translation>
    </message>
    <message>
        <source>%1 ends at rank %2, before the band above it (%3): bands are listed best first, with rising ranks.</source>
        <translation>%1 endet bei Rang %2, vor dem Band darüber (%3): Bänder werden mit dem besten zuerst aufgeführt, mit steigenden Rängen.</translation>
    </message>
</context>
<context>
    <name>Kingside::Tour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Close the Tour</source>
        <translation>Tour schließen</translation>
    </message>
    <message>
        <source>The tour does not come back by itself; Help → Tour shows it again</source>
        <translation>Die Tour erscheint nicht von selbst wieder; Hilfe → Tour zeigt sie erneut</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>Kingside::VCardReader</name>
    <message>
        <source>The card that begins on this line has no END:VCARD.</source>
        <translation>Die Karte, die in dieser Zeile beginnt, hat kein END:VCARD.</translation>
    </message>
    <message>
        <source>The card has no name (neither FN nor N).</source>
        <translation>Die Karte hat keinen Namen (weder FN noch N).</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
    </message>
</context>
<context>
    <name>Kingside::WelcomePage</name>
    <message>
        <source>New Account…</source>
        <translation>Neuer Account…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Name the client and choose the departments and levels of its board</source>
        <translation>Den Kunden benennen und die Abteilungen und Ebenen seines Bretts wählen</translation>
    </message>
    <message>
        <source>Bring in the people of an account from a CRM, Outlook, Google, LinkedIn or vCard export</source>
        <translation>Die Personen eines Accounts aus einem Export von CRM, Outlook, Google, LinkedIn oder vCard übernehmen</translation>
    </message>
    <message>
        <source>%1 has no accounts yet</source>
        <translation>%1 hat noch keine Accounts</translation>
    </message>
    <message>
        <source>&lt;p&gt;An account is one client organisation you want to win or grow. Start one with &lt;b&gt;New Account…&lt;/b&gt;: name the client and choose a template of its departments (the board&apos;s files) and levels (its ranks), which you can change at any time on the board&apos;s edges.&lt;/p&gt;&lt;p&gt;Or bring its people in from a contact export with &lt;b&gt;Import Contacts…&lt;/b&gt; (Salesforce, HubSpot, Outlook, Google, LinkedIn, vCard, CSV).&lt;/p&gt;&lt;p&gt;Then place the client&apos;s people on the board, add our team on the rail, and draw the relationships between them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Account ist eine Kundenorganisation, die Sie gewinnen oder ausbauen wollen. Beginnen Sie einen mit &lt;b&gt;Neuer Account…&lt;/b&gt;: benennen Sie den Kunden und wählen Sie eine Vorlage für seine Abteilungen (die Linien des Bretts) und Ebenen (seine Reihen), die Sie jederzeit an den Rändern des Bretts ändern können.&lt;/p&gt;&lt;p&gt;Oder übernehmen Sie seine Personen aus einem Kontaktexport mit &lt;b&gt;Kontakte importieren…&lt;/b&gt; (Salesforce, HubSpot, Outlook, Google, LinkedIn, vCard, CSV).&lt;/p&gt;&lt;p&gt;Stellen Sie dann die Personen des Kunden auf das Brett, fügen Sie unser Team auf der Leiste hinzu und ziehen Sie die Beziehungen zwischen ihnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Kingside</source>
        <translation>Willkommen bei Kingside</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kingside keeps your key accounts in a workspace: one file on your computer. Create a new workspace for your own accounts, open one, or look around the demo first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kingside verwaltet Ihre Key Accounts in einem Arbeitsbereich: einer Datei auf Ihrem Computer. Legen Sie einen neuen Arbeitsbereich für Ihre eigenen Accounts an, öffnen Sie einen vorhandenen, oder sehen Sie sich zuerst die Demo an.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Kingside::Workbook</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>der Teil %1 fehlt</translation>
    </message>
    <message>
        <source>the part %1 inflates to %2 MB; Kingside reads parts of up to %3 MB</source>
        <translation>der Teil %1 wird entpackt %2 MB groß; Kingside liest Teile bis %3 MB</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened (%2)</source>
        <translation>der Teil %1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>the part %1 is damaged (%2)</source>
        <translation>der Teil %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>the part %1 inflates to more than %2 MB; Kingside reads parts of up to %2 MB</source>
        <translation>der Teil %1 wird entpackt größer als %2 MB; Kingside liest Teile bis %2 MB</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>a value lies beyond the last column %1</source>
        <translation>ein Wert liegt jenseits der letzten Spalte %1</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells; Kingside reads sheets of up to %1 cells. Save the contacts alone in a sheet and import that.</source>
        <translation>das Tabellenblatt hat mehr als %1 Zellen; Kingside liest Tabellenblätter mit bis zu %1 Zellen. Speichern Sie die Kontakte allein in einem Tabellenblatt und importieren Sie dieses.</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells; Kingside reads sheets of up to %1 cells.</source>
        <translation>das Tabellenblatt hat mehr als %1 Zellen; Kingside liest Tabellenblätter mit bis zu %1 Zellen.</translation>
    </message>
    <message>
        <source>it is a zip archive, but not an Excel workbook (it has no %1)</source>
        <translation>es ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (es enthält kein %1)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>die Arbeitsmappe hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1”; its sheets are %2</source>
        <translation>die Arbeitsmappe hat kein Tabellenblatt „%1“; ihre Tabellenblätter sind %2</translation>
    </message>
    <message>
        <source>the sheet “%1” has no part in the workbook (it may be a chart sheet)</source>
        <translation>das Tabellenblatt „%1“ hat keinen Teil in der Arbeitsmappe (es ist vielleicht ein Diagrammblatt)</translation>
    </message>
    <message>
        <source>%1 lists more than 10,000 sheets</source>
        <translation>%1 führt mehr als 10.000 Tabellenblätter auf</translation>
    </message>
    <message>
        <source>sheet “%1” (%2), cell %3: %4</source>
        <translation>Tabellenblatt „%1“ (%2), Zelle %3: %4</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>Tabellenblatt „%1“: %2</translation>
    </message>
    <message>
        <source>sheet “%1”: row %2 lies beyond Excel&apos;s last row %3</source>
        <translation>Tabellenblatt „%1“: Zeile %2 liegt jenseits der letzten Excel-Zeile %3</translation>
    </message>
    <message>
        <source>not a cell reference</source>
        <translation>kein Zellbezug</translation>
    </message>
    <message numerus="yes">
        <source>shared string %1 does not exist (the workbook has %n)</source>
        <translation>
            <numerusform>die gemeinsame Zeichenfolge %1 existiert nicht (die Arbeitsmappe hat %n)</numerusform>
            <numerusform>die gemeinsame Zeichenfolge %1 existiert nicht (die Arbeitsmappe hat %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>die Tabelle hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet “%1”; its sheets are %2</source>
        <translation>die Tabelle hat kein Tabellenblatt „%1“; ihre Tabellenblätter sind %2</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: %3</source>
        <translation>Tabellenblatt „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <source>sheet “%1”: row %2 repeats past Excel&apos;s last row %3</source>
        <translation>Tabellenblatt „%1“: Zeile %2 wiederholt sich über die letzte Excel-Zeile %3 hinaus</translation>
    </message>
    <message>
        <source>it is an Excel 97–2003 workbook (.xls) or a password-protected workbook; save it in Excel as .xlsx without a password, or as CSV</source>
        <translation>es ist eine Arbeitsmappe aus Excel 97–2003 (.xls) oder eine passwortgeschützte Arbeitsmappe; speichern Sie sie in Excel als .xlsx ohne Passwort oder als CSV</translation>
    </message>
    <message>
        <source>it is not a zip archive, so not an .xlsx or .ods spreadsheet</source>
        <translation>es ist kein ZIP-Archiv, also keine .xlsx- oder .ods-Tabelle</translation>
    </message>
    <message>
        <source>its zip archive cannot be opened (%1); the file may be cut short. Save or download it again.</source>
        <translation>sein ZIP-Archiv kann nicht geöffnet werden (%1); die Datei ist vielleicht abgeschnitten. Speichern oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>it is an OpenDocument file of type %1, not a spreadsheet</source>
        <translation>es ist eine OpenDocument-Datei vom Typ %1, keine Tabelle</translation>
    </message>
</context>
<context>
    <name>Kingside::Workspace</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened safely: %2</source>
        <translation>%1 konnte nicht sicher geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened read-only: %2</source>
        <translation>%1 konnte nicht schreibgeschützt geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite); Kingside cannot open workspaces without it.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite); ohne ihn kann Kingside keine Arbeitsbereiche öffnen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kingside workspace.</source>
        <translation>%1 ist ein Ordner, kein Kingside-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Kingside workspace.</source>
        <translation>%1 ist eine leere Datei, kein Kingside-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a Kingside workspace: it is not an SQLite database.</source>
        <translation>%1 ist kein Kingside-Arbeitsbereich: es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its latest changes wait in %2, which SQLite can only read where it may write beside the workspace. Copy both files to a folder you can write to, and open the copy.</source>
        <translation>%1 kann hier nicht gelesen werden: seine letzten Änderungen warten in %2, und SQLite kann diese nur lesen, wo es neben dem Arbeitsbereich schreiben darf. Kopieren Sie beide Dateien in einen Ordner mit Schreibrecht und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 is open in another Kingside window or program. Close it there first.</source>
        <translation>%1 ist in einem anderen Kingside-Fenster oder Programm geöffnet. Schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <source>%1 is damaged (the database image is malformed, for example cut short). Restore it from a backup copy.</source>
        <translation>%1 ist beschädigt (das Datenbankabbild ist fehlerhaft, zum Beispiel abgeschnitten). Stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the disk is full (SQLite needs a little free space beside the workspace even to read it). Free some space and try again; the workspace was not changed.</source>
        <translation>%1 kann nicht geöffnet werden: der Datenträger ist voll (SQLite braucht selbst zum Lesen etwas freien Platz neben dem Arbeitsbereich). Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database: %2</source>
        <translation>%1 ist keine lesbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Kingside workspace.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Kingside-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kingside (schema %2; this version reads up to %3). It was not changed; please update Kingside.</source>
        <translation>%1 wurde von einer neueren Version von Kingside geschrieben (Schema %2; diese Version liest bis %3). Die Datei wurde nicht verändert; bitte aktualisieren Sie Kingside.</translation>
    </message>
    <message>
        <source>%1 is open in another Kingside window or program. Close it there first, or open it read-only.</source>
        <translation>%1 ist in einem anderen Kingside-Fenster oder Programm geöffnet. Schließen Sie es zuerst dort, oder öffnen Sie es schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Open it read-only instead.</source>
        <translation>%1 kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt). Öffnen Sie sie stattdessen schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for editing: %2</source>
        <translation>%1 konnte nicht zum Bearbeiten vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but the backup copy %2 could not be created: %3. The workspace was not changed.</source>
        <translation>%1 muss aktualisiert werden, aber die Sicherungskopie %2 konnte nicht angelegt werden: %3. Der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but the backup copy %2 could not be written: %3. The workspace was not changed.</source>
        <translation>%1 muss aktualisiert werden, aber die Sicherungskopie %2 konnte nicht geschrieben werden: %3. Der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and must be upgraded before it can be read; open it for editing once.</source>
        <translation>%1 verwendet ein älteres Schema (Version %2) und muss aktualisiert werden, bevor es gelesen werden kann; öffnen Sie es einmal zum Bearbeiten.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2 The workspace was left at schema version %3.</source>
        <translation>%1 konnte nicht aktualisiert werden: %2 Der Arbeitsbereich bleibt auf Schemaversion %3.</translation>
    </message>
    <message>
        <source>%1 already exists; Kingside does not overwrite it.</source>
        <translation>%1 existiert bereits; Kingside überschreibt die Datei nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder does not exist or is read-only.</source>
        <translation>%1 kann nicht angelegt werden: sein Ordner existiert nicht oder ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>This workspace is open read-only; nothing can be changed.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet; es lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>This workspace is open in review mode: a mentor can add comments and review records, but cannot change the account.</source>
        <translation>Dieser Arbeitsbereich ist im Review-Modus geöffnet: ein Mentor kann Kommentare und Review-Einträge hinzufügen, den Account aber nicht ändern.</translation>
    </message>
    <message>
        <source>%1 can be opened read-only only, for now: editing a workspace on a server is not there yet. Open it read-only.</source>
        <translation>%1 lässt sich vorerst nur schreibgeschützt öffnen: das Bearbeiten eines Arbeitsbereichs auf einem Server gibt es noch nicht. Öffnen Sie ihn schreibgeschützt.</translation>
    </message>
    <message>
        <source>Another change is still being saved; try again when it is done.</source>
        <translation>Eine andere Änderung wird noch gespeichert; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceCheck</name>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n problem(s) found, first: %2</source>
        <translation>
            <numerusform>%1 ist beschädigt: %n Problem gefunden, das erste: %2</numerusform>
            <numerusform>%1 ist beschädigt: %n Probleme gefunden, das erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is sound (schema version %2; it will be upgraded to %3 when opened for editing).</source>
        <translation>%1 ist in Ordnung (Schemaversion %2; sie wird beim Öffnen zum Bearbeiten auf %3 aktualisiert).</translation>
    </message>
    <message>
        <source>%1 is sound (schema version %2).</source>
        <translation>%1 ist in Ordnung (Schemaversion %2).</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceCommand</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceLock</name>
    <message>
        <source>“%1” is open in another Kingside window or program. Close it there first.</source>
        <translation>„%1“ ist in einem anderen Kingside-Fenster oder Programm geöffnet. Schließen Sie es zuerst dort.</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceSchema</name>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>ein Trigger</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>eine Sicht</translation>
    </message>
    <message>
        <source>It was not opened, so nothing in it ran. Restore the workspace from a backup copy.</source>
        <translation>Er wurde nicht geöffnet, daher wurde nichts darin ausgeführt. Stellen Sie den Arbeitsbereich aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>%1 contains %2 “%3” that Kingside did not create. %4</source>
        <translation>In %1 befindet sich %2 „%3“, das nicht von Kingside angelegt wurde. %4</translation>
    </message>
    <message>
        <source>%1 contains %2 “%3” that differs from the one Kingside created. %4</source>
        <translation>In %1 weicht %2 „%3“ von der Fassung ab, die Kingside angelegt hat. %4</translation>
    </message>
    <message>
        <source>%1 lacks %2 “%3” that Kingside creates (schema version %4). %5</source>
        <translation>In %1 fehlt %2 „%3“ aus dem Schema von Kingside (Schemaversion %4). %5</translation>
    </message>
    <message>
        <source>%1 holds a value longer than Kingside reads (%2 characters) in table “%3”, row %4, column “%5”. It was not opened; restore the workspace from a backup copy.</source>
        <translation>%1 enthält in Tabelle „%3“, Zeile %4, Spalte „%5“ einen Wert, der länger ist, als Kingside liest (%2 Zeichen). Die Datei wurde nicht geöffnet; stellen Sie den Arbeitsbereich aus einer Sicherungskopie wieder her.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add a department (a file of the board)</source>
        <translation>Eine Abteilung hinzufügen (eine Linie des Bretts)</translation>
    </message>
    <message>
        <source>Add a level (a rank of the board)</source>
        <translation>Eine Ebene hinzufügen (eine Reihe des Bretts)</translation>
    </message>
    <message>
        <source>Workspace upgraded</source>
        <translation>Arbeitsbereich aktualisiert</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version of Kingside. A copy of the previous version was kept at:
%1</source>
        <translation>Der Arbeitsbereich wurde auf diese Version von Kingside aktualisiert. Eine Kopie der vorherigen Version liegt unter:
%1</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Kingside kann den Demo-Arbeitsbereich nicht anlegen</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Kingside::AccountAnalyzer</name>
    <message>
        <source>No department</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>Competitor %1</source>
        <translation>Concurrent %1</translation>
    </message>
</context>
<context>
    <name>Kingside::AccountListModel</name>
    <message>
        <source>%1
%2 · %3 · annual sales %4</source>
        <translation>%1
%2 · %3 · chiffre d&apos;affaires annuel %4</translation>
    </message>
</context>
<context>
    <name>Kingside::AccountPropertiesDialog</name>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>What the customer wants to achieve in the next years</source>
        <translation>Ce que le client veut atteindre dans les prochaines années</translation>
    </message>
    <message>
        <source>How the customer buys: who is involved, in which steps, with which approvals</source>
        <translation>Comment le client achète&#xa0;: qui intervient, à quelles étapes, avec quelles validations</translation>
    </message>
    <message>
        <source>Competitor&apos;s name</source>
        <translation>Nom du concurrent</translation>
    </message>
    <message>
        <source>Product&apos;s name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>or a new mentor&apos;s name</source>
        <translation>ou le nom d&apos;un nouveau mentor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Annual &amp;sales:</source>
        <translation>C&amp;hiffre d&apos;affaires annuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Profitability (margin):</source>
        <translation>&amp;Rentabilité (marge)&#xa0;:</translation>
    </message>
    <message>
        <source>3-year p&amp;otential:</source>
        <translation>P&amp;otentiel à 3 ans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle stage:</source>
        <translation>Phase du &amp;cycle de vie&#xa0;:</translation>
    </message>
    <message>
        <source>Mentor &amp;review every:</source>
        <translation>Re&amp;vue avec le mentor tous les&#xa0;:</translation>
    </message>
    <message>
        <source>A line is &amp;fresh for:</source>
        <translation>Un lien reste récen&amp;t pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Business &amp;objectives:</source>
        <translation>Ob&amp;jectifs métier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Buying process:</source>
        <translation>Processus d&apos;&amp;achat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Competitors in this account</source>
        <translation>Concurrents sur ce compte</translation>
    </message>
    <message>
        <source>Our products in this account</source>
        <translation>Nos produits sur ce compte</translation>
    </message>
    <message>
        <source>Which competitor a person favours, and who uses, specifies or buys a product, is set per person in the board&apos;s inspector.</source>
        <translation>Le concurrent qu&apos;une personne favorise, et qui utilise, prescrit ou achète un produit, se définissent par personne dans l&apos;inspecteur de l&apos;échiquier.</translation>
    </message>
    <message>
        <source>%1 — Account Properties</source>
        <translation>%1 — Propriétés du compte</translation>
    </message>
    <message>
        <source>(no mentor)</source>
        <translation>(aucun mentor)</translation>
    </message>
    <message>
        <source>Select the competitor to remove first.</source>
        <translation>Sélectionnez d&apos;abord le concurrent à supprimer.</translation>
    </message>
    <message>
        <source>Select the product to remove first.</source>
        <translation>Sélectionnez d&apos;abord le produit à supprimer.</translation>
    </message>
    <message>
        <source>Edit %1&apos;s properties</source>
        <translation>Modifier les propriétés de %1</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>New mentor&apos;s name</source>
        <translation>Nom du nouveau mentor</translation>
    </message>
    <message>
        <source>The competitors people here may favour</source>
        <translation>Les concurrents que les personnes d&apos;ici peuvent favoriser</translation>
    </message>
    <message>
        <source>The products people here use, specify or buy</source>
        <translation>Les produits que les personnes d&apos;ici utilisent, prescrivent ou achètent</translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation>Ajouter un concurrent</translation>
    </message>
    <message>
        <source>Remove competitor</source>
        <translation>Supprimer le concurrent</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Supprimer le produit</translation>
    </message>
</context>
<context>
    <name>Kingside::AccountRules</name>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>An account&apos;s name can have at most %1 characters.</source>
        <translation>Le nom d&apos;un compte ne peut dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>A department&apos;s name can have at most %1 characters.</source>
        <translation>Le nom d&apos;un service ne peut dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>This account already has a department called “%1”.</source>
        <translation>Ce compte a déjà un service nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A level needs a name.</source>
        <translation>Un niveau doit avoir un nom.</translation>
    </message>
    <message>
        <source>A level&apos;s name can have at most %1 characters.</source>
        <translation>Le nom d&apos;un niveau ne peut dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>This account already has a level called “%1”.</source>
        <translation>Ce compte a déjà un niveau nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Un produit doit avoir un nom.</translation>
    </message>
    <message>
        <source>A product&apos;s name can have at most %1 characters.</source>
        <translation>Le nom d&apos;un produit ne peut dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>This account already has the product “%1”.</source>
        <translation>Ce compte a déjà le produit «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A competitor needs a name.</source>
        <translation>Un concurrent doit avoir un nom.</translation>
    </message>
    <message>
        <source>A competitor&apos;s name can have at most %1 characters.</source>
        <translation>Le nom d&apos;un concurrent ne peut dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>“%1” is already a competitor in this account.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un concurrent sur ce compte.</translation>
    </message>
    <message>
        <source>Annual sales cannot be negative.</source>
        <translation>Le chiffre d&apos;affaires annuel ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Profitability is a margin between -100 % and 100 %.</source>
        <translation>La rentabilité est une marge comprise entre -100 % et 100 %.</translation>
    </message>
    <message>
        <source>The three-year potential cannot be negative.</source>
        <translation>Le potentiel à trois ans ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The review cadence is between 1 and 24 months.</source>
        <translation>La fréquence des revues est comprise entre 1 et 24 mois.</translation>
    </message>
    <message>
        <source>The freshness window is between 1 and 3650 days.</source>
        <translation>La fenêtre de fraîcheur est comprise entre 1 et 3650 jours.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as EUR or USD, in capitals.</source>
        <translation>La devise est un code ISO 4217 de trois lettres en majuscules, comme EUR ou USD.</translation>
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
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Utilities &amp; energy</source>
        <translation>Services publics et énergie</translation>
    </message>
    <message>
        <source>Software &amp; technology</source>
        <translation>Logiciel et technologie</translation>
    </message>
    <message>
        <source>Shipping &amp; logistics</source>
        <translation>Transport et logistique</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil d&apos;administration</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <source>Senior management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>Chefs d&apos;équipe</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Spécialistes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Sales &amp; Marketing</source>
        <translation>Ventes &amp; marketing</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Ingénierie</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Plant management</source>
        <translation>Direction d&apos;usine</translation>
    </message>
    <message>
        <source>Department heads</source>
        <translation>Chefs de service</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Agents de maîtrise</translation>
    </message>
    <message>
        <source>Engineers &amp; specialists</source>
        <translation>Ingénieurs &amp; spécialistes</translation>
    </message>
    <message>
        <source>Shop floor</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Clinical services</source>
        <translation>Services cliniques</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>Soins infirmiers</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <source>Estates &amp; facilities</source>
        <translation>Patrimoine &amp; services techniques</translation>
    </message>
    <message>
        <source>Board of trustees</source>
        <translation>Conseil de surveillance</translation>
    </message>
    <message>
        <source>Directors</source>
        <translation>Directeurs</translation>
    </message>
    <message>
        <source>Clinical leads</source>
        <translation>Responsables cliniques</translation>
    </message>
    <message>
        <source>Ward &amp; unit managers</source>
        <translation>Cadres de santé</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Cliniciens</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Personnel de soutien</translation>
    </message>
    <message>
        <source>Risk &amp; compliance</source>
        <translation>Risques &amp; conformité</translation>
    </message>
    <message>
        <source>Retail banking</source>
        <translation>Banque de détail</translation>
    </message>
    <message>
        <source>Corporate banking</source>
        <translation>Banque d&apos;entreprise</translation>
    </message>
    <message>
        <source>Executive committee</source>
        <translation>Comité exécutif</translation>
    </message>
    <message>
        <source>Managing directors</source>
        <translation>Directeurs généraux</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>Analysts &amp; specialists</source>
        <translation>Analystes &amp; spécialistes</translation>
    </message>
    <message>
        <source>Leadership office</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politiques publiques</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>Services aux usagers</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Ressources humaines</translation>
    </message>
    <message>
        <source>Elected officials</source>
        <translation>Élus</translation>
    </message>
    <message>
        <source>Chief executive</source>
        <translation>Directeur général des services</translation>
    </message>
    <message>
        <source>Heads of service</source>
        <translation>Chefs de service</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Buying &amp; merchandising</source>
        <translation>Achats &amp; merchandising</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Regional managers</source>
        <translation>Directeurs régionaux</translation>
    </message>
    <message>
        <source>Store managers</source>
        <translation>Directeurs de magasin</translation>
    </message>
    <message>
        <source>Store staff</source>
        <translation>Personnel de magasin</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>IT &amp; security</source>
        <translation>Informatique &amp; sécurité</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Succès client</translation>
    </message>
    <message>
        <source>C-level</source>
        <translation>Comité de direction</translation>
    </message>
    <message>
        <source>Vice presidents</source>
        <translation>Vice-présidents</translation>
    </message>
    <message>
        <source>Team leads</source>
        <translation>Chefs d&apos;équipe</translation>
    </message>
    <message>
        <source>Fleet operations</source>
        <translation>Exploitation de la flotte</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminaux</translation>
    </message>
    <message>
        <source>Chartering &amp; commercial</source>
        <translation>Affrètement &amp; commercial</translation>
    </message>
    <message>
        <source>HSE</source>
        <translation>HSE</translation>
    </message>
</context>
<context>
    <name>Kingside::ActionsEditor</name>
    <message>
        <source>Short-term actions</source>
        <translation>Actions à court terme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>En retard&#xa0;: échéance %1, il y a %n jour</numerusform>
            <numerusform>En retard&#xa0;: échéance %1, il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>One row per action: what, owner, due date, status, the objective it serves and the client person it concerns; an overdue action is bold, its tooltip says by how many days</source>
        <translation>Une ligne par action&#xa0;: quoi, responsable, échéance, statut, l&apos;objectif qu&apos;elle sert et la personne du client qu&apos;elle concerne&#xa0;; une action en retard est en gras, son info-bulle indique de combien de jours</translation>
    </message>
    <message>
        <source>%1 of action “%2”</source>
        <translation>%1 de l&apos;action «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>&amp;Draw a working line (strength 1) for people who met and have none</source>
        <translation>&amp;Tracer un lien de travail (force 1) entre les personnes qui se sont rencontrées sans lien</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Annuler la lecture</translation>
    </message>
    <message>
        <source>Import Activity into %1</source>
        <translation>Importer l&apos;activité dans %1</translation>
    </message>
    <message>
        <source>&amp;Update Lines</source>
        <translation>&amp;Mettre à jour les liens</translation>
    </message>
    <message>
        <source>Meetings from calendar exports (.ics from Outlook, Google Calendar, Apple Calendar) and messages from mail exports (mbox, .eml) move the last contact of the lines between our team and the client&apos;s people forward, never back. Only the day, the attendees and the From, To and Cc addresses are read; subjects, descriptions and bodies are never read or stored.</source>
        <translation>Les réunions des exports d&apos;agenda (.ics d&apos;Outlook, Google Agenda, Apple Calendrier) et les messages des exports de messagerie (mbox, .eml) font avancer le dernier contact des liens entre notre équipe et les personnes du client, jamais reculer. Seuls le jour, les participants et les adresses De, À et Cc sont lus&#xa0;; les objets, descriptions et corps des messages ne sont jamais lus ni enregistrés.</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Notre équipe</translation>
    </message>
    <message>
        <source>Client person</source>
        <translation>Interlocuteur client</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>New last contact</source>
        <translation>Nouveau dernier contact</translation>
    </message>
    <message>
        <source>Meetings in window</source>
        <translation>Réunions dans la fenêtre</translation>
    </message>
    <message>
        <source>Messages in window</source>
        <translation>Messages dans la fenêtre</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Choose Calendar and Mail Exports</source>
        <translation>Choisir les exports d&apos;agenda et de messagerie</translation>
    </message>
    <message>
        <source>Calendar and mail exports (*.ics *.ical *.mbox *.mbx *.eml);;All files (*)</source>
        <translation>Exports d&apos;agenda et de messagerie (*.ics *.ical *.mbox *.mbx *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing will be changed.</source>
        <translation>La lecture a été annulée&#xa0;; rien ne sera modifié.</translation>
    </message>
    <message>
        <source>Nothing will be changed: %1</source>
        <translation>Rien ne sera modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) and message(s) read, %1 with one of our team and a client person.</source>
        <translation>
            <numerusform>%n réunion ou message lu, dont %1 entre un membre de notre équipe et une personne du client.</numerusform>
            <numerusform>%n réunions et messages lus, dont %1 entre un membre de notre équipe et une personne du client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) change</source>
        <translation>
            <numerusform>%n paire change</numerusform>
            <numerusform>%n paires changent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new line(s)</source>
        <translation>
            <numerusform>, %n nouveau lien</numerusform>
            <numerusform>, %n nouveaux liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already up to date</source>
        <translation>
            <numerusform>&#xa0;; %n déjà à jour</numerusform>
            <numerusform>&#xa0;; %n déjà à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met or wrote but have no line: %1</source>
        <translation>
            <numerusform>%n paire s&apos;est rencontrée ou écrit sans avoir de lien&#xa0;: %1</numerusform>
            <numerusform>%n paires se sont rencontrées ou écrit sans avoir de lien&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>new, strength 1</source>
        <translation>nouveau, force 1</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existant</translation>
    </message>
    <message numerus="yes">
        <source>Contacts in window: within the account&apos;s freshness window of %n day(s), counting those recorded before.</source>
        <translation>
            <numerusform>Contacts dans la fenêtre&#xa0;: dans la fenêtre de fraîcheur du compte de %n jour, en comptant ceux enregistrés auparavant.</numerusform>
            <numerusform>Contacts dans la fenêtre&#xa0;: dans la fenêtre de fraîcheur du compte de %n jours, en comptant ceux enregistrés auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Activity</source>
        <translation>Importer l&apos;activité</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Files to read</source>
        <translation>Fichiers à lire</translation>
    </message>
    <message>
        <source>The calendar and mail exports chosen with Add Files</source>
        <translation>Les exports d&apos;agenda et de messagerie choisis avec Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Lines that change</source>
        <translation>Liens qui changent</translation>
    </message>
    <message>
        <source>One row per pair of our team and a client person: the last contact now and after the update, the meetings and messages found, and whether a line is drawn</source>
        <translation>Une ligne par paire formée d&apos;un membre de notre équipe et d&apos;une personne du client&#xa0;: le dernier contact actuel et après la mise à jour, les réunions et messages trouvés, et si un lien est tracé</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityPlan</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) and message(s) read, %1 with one of our team and a client person of “%2”.</source>
        <translation>
            <numerusform>%n réunion ou message lu, dont %1 entre un membre de notre équipe et une personne du client de «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%n réunions et messages lus, dont %1 entre un membre de notre équipe et une personne du client de «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the days read (in the future, or more than five years ago).</source>
        <translation>
            <numerusform>%n hors des jours lus (dans le futur, ou il y a plus de cinq ans).</numerusform>
            <numerusform>%n hors des jours lus (dans le futur, ou il y a plus de cinq ans).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (cancelled meetings, messages without a sender or date).</source>
        <translation>
            <numerusform>%n écarté (réunions annulées, messages sans expéditeur ni date).</numerusform>
            <numerusform>%n écartés (réunions annulées, messages sans expéditeur ni date).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %1 – %2: last contact %3 → %4; %5 meeting(s), %6 message(s) in the last %n day(s)</source>
        <translation>
            <numerusform>  %1 – %2&#xa0;: dernier contact %3 → %4&#xa0;; %5 réunion(s), %6 message(s) au cours du dernier jour</numerusform>
            <numerusform>  %1 – %2&#xa0;: dernier contact %3 → %4&#xa0;; %5 réunion(s), %6 message(s) au cours des %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new)</source>
        <translation> (nouveaux&#xa0;: %1)</translation>
    </message>
    <message>
        <source>; new working line, strength 1, from the calendar</source>
        <translation>&#xa0;; nouveau lien de travail, force 1, d&apos;après l&apos;agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) already up to date.</source>
        <translation>
            <numerusform>%n paire déjà à jour.</numerusform>
            <numerusform>%n paires déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met or wrote without a line between them (draw the lines of those who met with --create-lines): %1</source>
        <translation>
            <numerusform>%n paire s&apos;est rencontrée ou écrit sans lien entre elles (tracez les liens de celles qui se sont rencontrées avec --create-lines)&#xa0;: %1</numerusform>
            <numerusform>%n paires se sont rencontrées ou écrit sans lien entre elles (tracez les liens de celles qui se sont rencontrées avec --create-lines)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No relationship changes.</source>
        <translation>Aucune modification des relations.</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityPlanner</name>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Il n&apos;existe aucun compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several people of the account have the address %1; it was matched to the first of them only.</source>
        <translation>Plusieurs personnes du compte ont l&apos;adresse %1&#xa0;; elle a été associée à la première d&apos;entre elles uniquement.</translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityReader</name>
    <message>
        <source>%1 is neither a calendar export (.ics) nor a mail export (mbox or .eml).</source>
        <translation>%1 n&apos;est ni un export d&apos;agenda (.ics) ni un export de messagerie (mbox ou .eml).</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddAccount</name>
    <message>
        <source>Add account %1</source>
        <translation>Ajouter le compte %1</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil d&apos;administration</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <source>Senior management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>Chefs d&apos;équipe</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Spécialistes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
</context>
<context>
    <name>Kingside::AddAccountCompetitor</name>
    <message>
        <source>Add competitor %1</source>
        <translation>Ajouter le concurrent %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddAccountProduct</name>
    <message>
        <source>Add product %1</source>
        <translation>Ajouter le produit %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddComment</name>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>A comment needs an author and some text.</source>
        <translation>Un commentaire doit avoir un auteur et un texte.</translation>
    </message>
    <message>
        <source>The item to comment on no longer exists.</source>
        <translation>L&apos;élément à commenter n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddCriterion</name>
    <message>
        <source>Add criterion %1</source>
        <translation>Ajouter le critère %1</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>A criterion named “%1” already exists.</source>
        <translation>Un critère nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddDepartment</name>
    <message>
        <source>Add department %1</source>
        <translation>Ajouter le service %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddLevel</name>
    <message>
        <source>Add level %1</source>
        <translation>Ajouter le niveau %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddObjective</name>
    <message>
        <source>Add objective %1</source>
        <translation>Ajouter l&apos;objectif %1</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Un objectif doit avoir un intitulé.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddPerson</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>Kingside::AddPlanAction</name>
    <message>
        <source>Add action %1</source>
        <translation>Ajouter l&apos;action %1</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Une action doit avoir un intitulé.</translation>
    </message>
</context>
<context>
    <name>Kingside::AddRelationship</name>
    <message>
        <source>Add relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
</context>
<context>
    <name>Kingside::AddReview</name>
    <message>
        <source>Record review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>A review needs a date.</source>
        <translation>Une revue doit avoir une date.</translation>
    </message>
    <message>
        <source>A review cannot be dated in the future (%1 is after today, %2). Record it on the day it took place.</source>
        <translation>Une revue ne peut pas être datée dans le futur (%1 est après aujourd&apos;hui, %2). Enregistrez-la à la date où elle a eu lieu.</translation>
    </message>
    <message>
        <source>A review needs the name of its reviewer.</source>
        <translation>Une revue doit indiquer le nom de son évaluateur.</translation>
    </message>
    <message>
        <source>The account of this review no longer exists.</source>
        <translation>Le compte de cette revue n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <source>An agreed action needs a title.</source>
        <translation>Une action convenue doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>Agreed action “%1”: %2</source>
        <translation>Action convenue «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revue de %1</translation>
    </message>
</context>
<context>
    <name>Kingside::AddWall</name>
    <message>
        <source>Draw wall</source>
        <translation>Tracer un mur</translation>
    </message>
    <message>
        <source>A wall stands between two different departments.</source>
        <translation>Un mur sépare deux services différents.</translation>
    </message>
    <message>
        <source>A wall stands between two different levels.</source>
        <translation>Un mur sépare deux niveaux différents.</translation>
    </message>
    <message>
        <source>This department does not exist in the account.</source>
        <translation>Ce service n&apos;existe pas dans le compte.</translation>
    </message>
    <message>
        <source>This level does not exist in the account.</source>
        <translation>Ce niveau n&apos;existe pas dans le compte.</translation>
    </message>
    <message>
        <source>There is already a wall there.</source>
        <translation>Il y a déjà un mur à cet endroit.</translation>
    </message>
</context>
<context>
    <name>Kingside::AnalysisReport</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>personne %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is the King, and which of us has a strong, fresh line to them at a matching level? Is the King in check?</source>
        <translation>Qui est le Roi, et lequel d&apos;entre nous a un lien fort et récent avec lui à un niveau correspondant&#xa0;? Le Roi est-il en échec&#xa0;?</translation>
    </message>
    <message>
        <source>Who is the Queen, and whose side is she on?</source>
        <translation>Qui est la Dame, et de quel côté est-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Who are our champions and opponents per department, and who are the competitor&apos;s champions?</source>
        <translation>Qui sont nos champions et nos opposants par service, et qui sont les champions du concurrent&#xa0;?</translation>
    </message>
    <message>
        <source>Where are we single-threaded?</source>
        <translation>Où ne tenons-nous qu&apos;à un seul fil&#xa0;?</translation>
    </message>
    <message>
        <source>Whose departure, or which lost line, cuts us off from the King or the Queen?</source>
        <translation>Quel départ, ou quel lien perdu, nous coupe du Roi ou de la Dame&#xa0;?</translation>
    </message>
    <message>
        <source>Who is reachable from our team, and what is the strongest introduction path?</source>
        <translation>Qui est joignable depuis notre équipe, et quel est le meilleur chemin de mise en relation&#xa0;?</translation>
    </message>
    <message>
        <source>Who are the hidden influencers?</source>
        <translation>Qui sont les influenceurs cachés&#xa0;?</translation>
    </message>
    <message>
        <source>Where is the whitespace?</source>
        <translation>Où sont les zones blanches&#xa0;?</translation>
    </message>
    <message>
        <source>Which relationships are cooling?</source>
        <translation>Quelles relations se refroidissent&#xa0;?</translation>
    </message>
    <message>
        <source>What changed since the last review?</source>
        <translation>Qu&apos;est-ce qui a changé depuis la dernière revue&#xa0;?</translation>
    </message>
    <message>
        <source>an opponent</source>
        <translation>un opposant</translation>
    </message>
    <message>
        <source>a sceptic</source>
        <translation>un sceptique</translation>
    </message>
    <message>
        <source>favours a competitor</source>
        <translation>favorise un concurrent</translation>
    </message>
    <message>
        <source>nobody of us has a strong, fresh line</source>
        <translation>personne d&apos;entre nous n&apos;a de lien fort et récent</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>aucun contact enregistré</translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>dernier contact il y a %n jour</numerusform>
            <numerusform>dernier contact il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>not strong</source>
        <translation>pas fort</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>récent</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>se refroidit</translation>
    </message>
    <message>
        <source>matching level</source>
        <translation>niveau correspondant</translation>
    </message>
    <message>
        <source>level does not match</source>
        <translation>niveau non correspondant</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>niveau inconnu</translation>
    </message>
    <message>
        <source>%1: strength %2, %3 — %4</source>
        <translation>%1&#xa0;: force %2, %3 — %4</translation>
    </message>
    <message>
        <source>No King is marked: nobody has the final decision maker&apos;s role.</source>
        <translation>Aucun Roi n&apos;est indiqué&#xa0;: personne n&apos;a le rôle de décideur final.</translation>
    </message>
    <message>
        <source>%1 is the King and is in check: %2.</source>
        <translation>Le Roi, %1, est en échec&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is the King; we have a strong, fresh line to them at a matching level.</source>
        <translation>%1 est le Roi&#xa0;; nous avons un lien fort et récent avec lui à un niveau correspondant.</translation>
    </message>
    <message>
        <source>%1 is the King; we have a strong, fresh line, but not at a matching level.</source>
        <translation>%1 est le Roi&#xa0;; nous avons un lien fort et récent, mais pas à un niveau correspondant.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are shown as King: %1. Only one should be.</source>
        <translation>
            <numerusform>%n personne est indiquée comme Roi&#xa0;: %1. Il ne devrait y en avoir qu&apos;une.</numerusform>
            <numerusform>%n personnes sont indiquées comme Roi&#xa0;: %1. Il ne devrait y en avoir qu&apos;une.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), attitude: %3</source>
        <translation>%1 (%2), attitude&#xa0;: %3</translation>
    </message>
    <message>
        <source>, favours %1</source>
        <translation>, favorise %1</translation>
    </message>
    <message>
        <source>Nobody of us has a line to the King.</source>
        <translation>Personne d&apos;entre nous n&apos;a de lien avec le Roi.</translation>
    </message>
    <message>
        <source>No Queen is marked: nobody has the power influencer&apos;s role.</source>
        <translation>Aucune Dame n&apos;est indiquée&#xa0;: personne n&apos;a le rôle d&apos;influenceur clé.</translation>
    </message>
    <message>
        <source>on our side (%1)</source>
        <translation>de notre côté (%1)</translation>
    </message>
    <message>
        <source>on nobody&apos;s side yet (neutral or unknown)</source>
        <translation>encore d&apos;aucun côté (neutre ou inconnu)</translation>
    </message>
    <message>
        <source>against us (%1)</source>
        <translation>contre nous (%1)</translation>
    </message>
    <message>
        <source> and favours %1</source>
        <translation> et favorise %1</translation>
    </message>
    <message>
        <source>%1 is the Queen and is %2.</source>
        <translation>%1 est la Dame et est %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are shown as Queen: %1.</source>
        <translation>
            <numerusform>%n personne est indiquée comme Dame&#xa0;: %1.</numerusform>
            <numerusform>%n personnes sont indiquées comme Dame&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody of us has a line to the Queen.</source>
        <translation>Personne d&apos;entre nous n&apos;a de lien avec la Dame.</translation>
    </message>
    <message>
        <source>champions %1</source>
        <translation>champions %1</translation>
    </message>
    <message>
        <source>opponents %1</source>
        <translation>opposants %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Champions of %1: %2</source>
        <translation>Champions de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>We have %n champion(s)</source>
        <translation>
            <numerusform>Nous avons %n champion</numerusform>
            <numerusform>Nous avons %n champions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n opponent(s)</source>
        <translation>
            <numerusform> et %n opposant</numerusform>
            <numerusform> et %n opposants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> across %n department(s)</source>
        <translation>
            <numerusform> dans %n service</numerusform>
            <numerusform> dans %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>; no client person favours a competitor.</source>
        <translation>&#xa0;; aucune personne du client ne favorise un concurrent.</translation>
    </message>
    <message>
        <source>; competitors&apos; champions: %1.</source>
        <translation>&#xa0;; champions des concurrents&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Our team has nobody on this account, so every key piece is unreached.</source>
        <translation>Notre équipe n&apos;a personne sur ce compte&#xa0;: aucune pièce clé n&apos;est atteinte.</translation>
    </message>
    <message>
        <source>%1 (%2) is reached only by %3</source>
        <translation>%1 (%2) n&apos;est atteint que par %3</translation>
    </message>
    <message>
        <source>Not reached by anyone of us: %1</source>
        <translation>Atteint par personne d&apos;entre nous&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds %2 of our %3 lines (%4)</source>
        <translation>%1 détient %2 de nos %3 liens (%4)</translation>
    </message>
    <message>
        <source>there are no key pieces (King, Queen, Rooks, Bishops, Knights) yet</source>
        <translation>il n&apos;y a pas encore de pièces clés (Roi, Dame, Tours, Fous, Cavaliers)</translation>
    </message>
    <message>
        <source>no key piece hangs on one of us alone</source>
        <translation>aucune pièce clé ne dépend d&apos;un seul d&apos;entre nous</translation>
    </message>
    <message numerus="yes">
        <source>%n key piece(s) reached by one of us only: %1</source>
        <translation>
            <numerusform>%n pièce clé atteinte par un seul d&apos;entre nous&#xa0;: %1</numerusform>
            <numerusform>%n pièces clés atteintes par un seul d&apos;entre nous&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached by nobody</source>
        <translation>
            <numerusform>%n atteinte par personne</numerusform>
            <numerusform>%n atteintes par personne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds most of our lines</source>
        <translation>%1 détient la plupart de nos liens</translation>
    </message>
    <message>
        <source>Single-threading: %1.</source>
        <translation>Un seul fil&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the King and the Queen</source>
        <translation>le Roi et la Dame</translation>
    </message>
    <message>
        <source>the King</source>
        <translation>le Roi</translation>
    </message>
    <message>
        <source>the Queen</source>
        <translation>la Dame</translation>
    </message>
    <message>
        <source>Without %1 we lose our way to %2</source>
        <translation>Sans %1, nous perdons notre accès à %2</translation>
    </message>
    <message>
        <source>The line %1 – %2 is our only way to %3</source>
        <translation>Le lien %1 – %2 est notre seul accès à %3</translation>
    </message>
    <message numerus="yes">
        <source>Articulation points in the whole network: %n</source>
        <translation>
            <numerusform>Points d&apos;articulation dans tout le réseau&#xa0;: %n</numerusform>
            <numerusform>Points d&apos;articulation dans tout le réseau&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bridges (lines whose loss splits the network): %n</source>
        <translation>
            <numerusform>Ponts (liens dont la perte scinde le réseau)&#xa0;: %n</numerusform>
            <numerusform>Ponts (liens dont la perte scinde le réseau)&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No King or Queen is marked, so nobody can cut us off from them; the network has %n articulation point(s)</source>
        <translation>
            <numerusform>Aucun Roi ni aucune Dame n&apos;est indiqué, donc personne ne peut nous en couper&#xa0;; le réseau compte %n point d&apos;articulation</numerusform>
            <numerusform>Aucun Roi ni aucune Dame n&apos;est indiqué, donc personne ne peut nous en couper&#xa0;; le réseau compte %n points d&apos;articulation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n bridge(s).</source>
        <translation>
            <numerusform> et %n pont.</numerusform>
            <numerusform> et %n ponts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody&apos;s departure and no single lost line cuts us off from the King or the Queen.</source>
        <translation>Aucun départ et aucune perte d&apos;un seul lien ne nous coupe du Roi ou de la Dame.</translation>
    </message>
    <message>
        <source>%1 would cut us off from the King or the Queen</source>
        <translation>%1 nous couperait du Roi ou de la Dame</translation>
    </message>
    <message>
        <source>No single person</source>
        <translation>Aucune personne seule</translation>
    </message>
    <message numerus="yes">
        <source>; so would losing %n line(s).</source>
        <translation>
            <numerusform>&#xa0;; tout comme la perte de %n lien.</numerusform>
            <numerusform>&#xa0;; tout comme la perte de %n liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our team has nobody on this account, so nobody is reachable</source>
        <translation>Notre équipe n&apos;a personne sur ce compte&#xa0;: personne n&apos;est joignable</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n client people are reachable from our team</source>
        <translation>
            <numerusform>Personnes du client joignables depuis notre équipe&#xa0;: %1 sur %n</numerusform>
            <numerusform>Personnes du client joignables depuis notre équipe&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of reach: %1</source>
        <translation>Hors d&apos;atteinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no introduction path to %1 that avoids walls and tension lines.</source>
        <translation>il n&apos;existe aucun chemin de mise en relation vers %1 qui évite les murs et les liens de tension.</translation>
    </message>
    <message>
        <source>the strongest introduction path to %1 is %2 (cost %3).</source>
        <translation>le meilleur chemin de mise en relation vers %1 est %2 (coût %3).</translation>
    </message>
    <message>
        <source>%1 → %2: %3, strength %4 (cost %5)</source>
        <translation>%1 → %2&#xa0;: %3, force %4 (coût %5)</translation>
    </message>
    <message>
        <source>%1 (%2): betweenness %3 in the client&apos;s network</source>
        <translation>%1 (%2)&#xa0;: intermédiarité %3 dans le réseau du client</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>aucun service</translation>
    </message>
    <message>
        <source>Nobody without a formal role stands out as a go-between in the client&apos;s own network.</source>
        <translation>Aucune personne sans rôle formel ne se distingue comme intermédiaire dans le réseau propre du client.</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden influencer(s): %1 — Pawns who connect much of the client&apos;s network.</source>
        <translation>
            <numerusform>%n influenceur caché&#xa0;: %1 — des Pions qui relient une grande partie du réseau du client.</numerusform>
            <numerusform>%n influenceurs cachés&#xa0;: %1 — des Pions qui relient une grande partie du réseau du client.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nobody in %2</source>
        <translation>%1&#xa0;: personne dans %2</translation>
    </message>
    <message>
        <source>%1: its users (%2) and specifiers (%3) have no line between them</source>
        <translation>%1&#xa0;: ses utilisateurs (%2) et prescripteurs (%3) n&apos;ont aucun lien entre eux</translation>
    </message>
    <message>
        <source>%1: specifiers known, but no users</source>
        <translation>%1&#xa0;: prescripteurs connus, mais aucun utilisateur</translation>
    </message>
    <message>
        <source>%1: users known, but no specifiers</source>
        <translation>%1&#xa0;: utilisateurs connus, mais aucun prescripteur</translation>
    </message>
    <message>
        <source>The board has no departments or levels yet</source>
        <translation>L&apos;échiquier n&apos;a pas encore de services ni de niveaux</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n squares have nobody</source>
        <translation>
            <numerusform>Cases sans personne&#xa0;: %1 sur %n</numerusform>
            <numerusform>Cases sans personne&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>; every product&apos;s users and specifiers meet (or none are recorded).</source>
        <translation>&#xa0;; les utilisateurs et prescripteurs de chaque produit se rencontrent (ou aucun n&apos;est enregistré).</translation>
    </message>
    <message>
        <source>; users and specifiers never meet for %1.</source>
        <translation>&#xa0;; les utilisateurs et prescripteurs ne se rencontrent jamais pour %1.</translation>
    </message>
    <message>
        <source>%1 – %2: strength %3, %4</source>
        <translation>%1 – %2&#xa0;: force %3, %4</translation>
    </message>
    <message>
        <source>We have no lines to this client, so none can cool.</source>
        <translation>Nous n&apos;avons aucun lien avec ce client, aucun ne peut donc se refroidir.</translation>
    </message>
    <message numerus="yes">
        <source>All %n of our lines had contact within the last %1 days.</source>
        <translation>
            <numerusform>Notre lien a eu un contact au cours des %1 derniers jours.</numerusform>
            <numerusform>Nos %n liens ont tous eu un contact au cours des %1 derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of our %n lines are cooling: no contact within %2 days</source>
        <translation>
            <numerusform>Liens qui se refroidissent&#xa0;: %1 sur %n, sans contact depuis %2 jours</numerusform>
            <numerusform>Liens qui se refroidissent&#xa0;: %1 sur %n, sans contact depuis %2 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n never recorded).</source>
        <translation>
            <numerusform> (%n jamais enregistré).</numerusform>
            <numerusform> (%n jamais enregistrés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Fait&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Late: %1 (due %2, owner %3)</source>
        <translation>En retard&#xa0;: %1 (échéance %2, responsable %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) done since</source>
        <translation>
            <numerusform>%n action du plan réalisée depuis</numerusform>
            <numerusform>%n actions du plan réalisées depuis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There has been no review yet, so there is nothing to compare with; %n plan action(s) are late.</source>
        <translation>
            <numerusform>Il n&apos;y a pas encore eu de revue, il n&apos;y a donc rien à comparer&#xa0;; %n action du plan est en retard.</numerusform>
            <numerusform>Il n&apos;y a pas encore eu de revue, il n&apos;y a donc rien à comparer&#xa0;; %n actions du plan sont en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshot was taken at the last review (%1), so people and lines cannot be compared; </source>
        <translation>Aucun instantané n&apos;a été pris lors de la dernière revue (%1), les personnes et les liens ne peuvent donc pas être comparés&#xa0;; </translation>
    </message>
    <message>
        <source>The last review was on %1, but %2; </source>
        <translation>La dernière revue a eu lieu le %1, mais %2&#xa0;; </translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>Arrivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Départ&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s)</source>
        <translation>
            <numerusform>%n nouveau lien</numerusform>
            <numerusform>%n nouveaux liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost line: %1 – %2 (%3)</source>
        <translation>Lien perdu&#xa0;: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Since the review of %1: </source>
        <translation>Depuis la revue du %1&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n arrivée</numerusform>
            <numerusform>%n arrivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left</source>
        <translation>
            <numerusform>, %n départ</numerusform>
            <numerusform>, %n départs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attitude(s) moved</source>
        <translation>
            <numerusform>, %n attitude a changé</numerusform>
            <numerusform>, %n attitudes ont changé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) gained</source>
        <translation>
            <numerusform>, %n lien gagné</numerusform>
            <numerusform>, %n liens gagnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lost</source>
        <translation>
            <numerusform>, %n perdu</numerusform>
            <numerusform>, %n perdus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::AnalysisStore</name>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Il n&apos;existe aucun compte d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation>Impossible de lire le compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::ApplyImport</name>
    <message>
        <source>The import tried to change %1.%2.</source>
        <translation>L&apos;importation a tenté de modifier %1.%2.</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importer dans %1</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>Importer %1 dans %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A person to update no longer exists.</source>
        <translation>Une personne à mettre à jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A relationship to update no longer exists.</source>
        <translation>Une relation à mettre à jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>L&apos;importation a été arrêtée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardAccessible</name>
    <message>
        <source>Chessboard of %1</source>
        <translation>Échiquier de %1</translation>
    </message>
    <message>
        <source>Chessboard</source>
        <translation>Échiquier</translation>
    </message>
    <message>
        <source>Files are departments, ranks are levels. Arrow keys go from square to square, Page Down and Page Up through the people of a square, Shift with an arrow moves the selected piece, Enter edits it in the inspector.</source>
        <translation>Les colonnes sont les services, les rangées les niveaux. Les flèches vont de case en case, Pg suiv et Pg préc parcourent les personnes d&apos;une case, Maj avec une flèche déplace la pièce sélectionnée, Entrée la modifie dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — our team, %2</source>
        <translation>%1 — notre équipe, %2</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 — %2, %3, department %4, level %5</source>
        <translation>%1 — %2, %3, service %4, niveau %5</translation>
    </message>
    <message>
        <source>favours %1</source>
        <translation>favorise %1</translation>
    </message>
    <message>
        <source>not placed on the board</source>
        <translation>pas placé sur l&apos;échiquier</translation>
    </message>
    <message>
        <source>folded into the “+N” of a crowded square</source>
        <translation>regroupé dans le «&#xa0;+N&#xa0;» d&apos;une case encombrée</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, last contact %2</source>
        <translation>%1, dernier contact %2</translation>
    </message>
    <message>
        <source>%1: %2, strength %3 (%4), %5</source>
        <translation>%1&#xa0;: %2, force %3 (%4), %5</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardExport</name>
    <message>
        <source>No tier</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · printed by Kingside</source>
        <translation>%1 · %2 · imprimé par Kingside</translation>
    </message>
    <message>
        <source>%1 — relationship map</source>
        <translation>%1 — carte des relations</translation>
    </message>
    <message>
        <source>Relationship map of %1, %2, drawn by Kingside. %3</source>
        <translation>Carte des relations de %1, %2, dessinée par Kingside. %3</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing for %1.</source>
        <translation>Impossible de commencer le dessin SVG pour %1.</translation>
    </message>
    <message>
        <source>Cannot finish the SVG drawing for %1.</source>
        <translation>Impossible de terminer le dessin SVG pour %1.</translation>
    </message>
    <message>
        <source>The resolution is 10 to 2400 dpi, not %1.</source>
        <translation>La résolution est comprise entre 10 et 2400 ppp, et non %1.</translation>
    </message>
    <message>
        <source>At %1 dpi the map would be %2 × %3 pixels, too large; choose a lower resolution.</source>
        <translation>À %1 ppp, la carte ferait %2 × %3 pixels, c&apos;est trop grand&#xa0;; choisissez une résolution plus basse.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>Mémoire insuffisante pour une image de %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG for %1.</source>
        <translation>Impossible d&apos;encoder le PNG pour %1.</translation>
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
        <translation>Favorise %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to a piece to add a relationship&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Faites glisser vers une pièce pour ajouter une relation&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n more people on this square: click to see all</source>
        <translation>
            <numerusform>%n autre personne sur cette case&#xa0;: cliquez pour tout voir</numerusform>
            <numerusform>%n autres personnes sur cette case&#xa0;: cliquez pour tout voir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::BoardLegend</name>
    <message>
        <source>King in check</source>
        <translation>Roi en échec</translation>
    </message>
    <message>
        <source>Single-threaded: one of us knows them</source>
        <translation>Un seul fil&#xa0;: connu d&apos;un seul de nous</translation>
    </message>
    <message>
        <source>Introduction path</source>
        <translation>Chemin de mise en relation</translation>
    </message>
    <message>
        <source>Hidden influencer (eye)</source>
        <translation>Influenceur caché (œil)</translation>
    </message>
    <message>
        <source>Δ: changed since the review</source>
        <translation>Δ&#xa0;: changé depuis la revue</translation>
    </message>
    <message>
        <source>Found by search</source>
        <translation>Trouvé par la recherche</translation>
    </message>
    <message>
        <source>Picked in Questions</source>
        <translation>Choisi dans Questions</translation>
    </message>
    <message>
        <source>Pieces: decision role</source>
        <translation>Pièces&#xa0;: rôle dans la décision</translation>
    </message>
    <message>
        <source>King: final decision maker</source>
        <translation>Roi&#xa0;: décideur final</translation>
    </message>
    <message>
        <source>Queen: power behind the throne</source>
        <translation>Dame&#xa0;: le pouvoir derrière le trône</translation>
    </message>
    <message>
        <source>Rook: gatekeeper with a veto</source>
        <translation>Tour&#xa0;: gardien avec droit de veto</translation>
    </message>
    <message>
        <source>Bishop: specifier, evaluator</source>
        <translation>Fou&#xa0;: prescripteur, évaluateur</translation>
    </message>
    <message>
        <source>Knight: coach, informal influence</source>
        <translation>Cavalier&#xa0;: coach, influence informelle</translation>
    </message>
    <message>
        <source>Pawn: user</source>
        <translation>Pion&#xa0;: utilisateur</translation>
    </message>
    <message>
        <source>Badge: favours a competitor</source>
        <translation>Badge&#xa0;: favorise un concurrent</translation>
    </message>
    <message>
        <source>Our team&apos;s lines</source>
        <translation>Liens de notre équipe</translation>
    </message>
    <message>
        <source>Strength 1: vendor (thin)</source>
        <translation>Force 1&#xa0;: fournisseur (fin)</translation>
    </message>
    <message>
        <source>Strength 5: trusted advisor (wide)</source>
        <translation>Force 5&#xa0;: conseiller de confiance (large)</translation>
    </message>
    <message>
        <source>Fresh: contact within %1 days</source>
        <translation>Récent&#xa0;: contact dans les %1 jours</translation>
    </message>
    <message>
        <source>Ageing: within %1 days</source>
        <translation>Vieillissant&#xa0;: dans les %1 jours</translation>
    </message>
    <message>
        <source>Cold: longer ago</source>
        <translation>Froid&#xa0;: plus ancien</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>Jamais rencontré</translation>
    </message>
    <message>
        <source>Between client people</source>
        <translation>Entre personnes du client</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Influences (arrow)</source>
        <translation>Influence (flèche)</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Tension, conflict</source>
        <translation>Tension, conflit</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Échiquier</translation>
    </message>
    <message>
        <source>Wall: these do not talk</source>
        <translation>Mur&#xa0;: ils ne se parlent pas</translation>
    </message>
    <message>
        <source>Hatched square: we know nobody</source>
        <translation>Case hachurée&#xa0;: personne de connu</translation>
    </message>
    <message>
        <source>+N: more people, click to open</source>
        <translation>+N&#xa0;: d&apos;autres personnes (cliquer)</translation>
    </message>
    <message>
        <source>Marks shown now</source>
        <translation>Marques affichées</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Piece colour and marker: attitude to us</source>
        <translation>Couleur et marque de la pièce&#xa0;: attitude envers nous</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardRenderer</name>
    <message>
        <source>Not on the board yet (no department or level)</source>
        <translation>Pas encore sur l&apos;échiquier (aucun service ni niveau)</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Notre équipe</translation>
    </message>
    <message>
        <source>Mentor, apart</source>
        <translation>Mentor, à part</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Relationship map · %1 · contact fresh within %2 days</source>
        <translation>Carte des relations · %1 · contact récent dans les %2 jours</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardScene</name>
    <message>
        <source>Lines on the board join our team to client people, or client people to each other.</source>
        <translation>Les liens de l&apos;échiquier relient notre équipe aux personnes du client, ou les personnes du client entre elles.</translation>
    </message>
    <message>
        <source>%1 has no department and level yet: choose them in the inspector.</source>
        <translation>%1 n&apos;a pas encore de service ni de niveau&#xa0;: choisissez-les dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>%1 stands at the edge of the board: there is no square that way.</source>
        <translation>%1 se trouve au bord de l&apos;échiquier&#xa0;: il n&apos;y a pas de case dans cette direction.</translation>
    </message>
</context>
<context>
    <name>Kingside::BoardStyle</name>
    <message>
        <source>fresh</source>
        <translation>récent</translation>
    </message>
    <message>
        <source>ageing</source>
        <translation>vieillissant</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>froid</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>jamais rencontré</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>credible source</source>
        <translation>source crédible</translation>
    </message>
    <message>
        <source>problem solver</source>
        <translation>résolveur de problèmes</translation>
    </message>
    <message>
        <source>strategic contributor</source>
        <translation>contributeur stratégique</translation>
    </message>
    <message>
        <source>trusted advisor</source>
        <translation>conseiller de confiance</translation>
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
        <translation>Personne ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2: Enter for the next</source>
        <translation>%1 sur %2&#xa0;: Entrée pour le suivant</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board has no %1 yet.&lt;/b&gt;&lt;br&gt;Click the &lt;b&gt;+&lt;/b&gt; right of the top edge to add a department (a file), and the &lt;b&gt;+&lt;/b&gt; below the left edge to add a level (a rank, top = board of directors). Double-click a name on the edge to rename it, drag it to reorder, right-click it for more.</source>
        <translation>&lt;b&gt;Cet échiquier n&apos;a pas encore de %1.&lt;/b&gt;&lt;br&gt;Cliquez sur le &lt;b&gt;+&lt;/b&gt; à droite du bord supérieur pour ajouter un service (une colonne), et sur le &lt;b&gt;+&lt;/b&gt; sous le bord gauche pour ajouter un niveau (une rangée, en haut = conseil d&apos;administration). Double-cliquez sur un nom du bord pour le renommer, faites-le glisser pour le réordonner, cliquez droit pour plus d&apos;options.</translation>
    </message>
    <message>
        <source>departments or levels</source>
        <translation>services ni de niveaux</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>services</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaux</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody on this board yet.&lt;/b&gt;&lt;br&gt;Click a square, type a name in the inspector and press Enter to add a client person there; choose “Our team” there to add a member of our account team. Or use File → Import Contacts…</source>
        <translation>&lt;b&gt;Personne sur cet échiquier pour l&apos;instant.&lt;/b&gt;&lt;br&gt;Cliquez sur une case, saisissez un nom dans l&apos;inspecteur et appuyez sur Entrée pour y ajouter une personne du client&#xa0;; choisissez «&#xa0;Notre équipe&#xa0;» pour ajouter un membre de notre équipe de compte. Ou utilisez Fichier → Importer des contacts…</translation>
    </message>
    <message>
        <source>New department&apos;s name</source>
        <translation>Nom du nouveau service</translation>
    </message>
    <message>
        <source>New level&apos;s name</source>
        <translation>Nom du nouveau niveau</translation>
    </message>
    <message>
        <source>Rename Department…</source>
        <translation>Renommer le service…</translation>
    </message>
    <message>
        <source>Rename Level…</source>
        <translation>Renommer le niveau…</translation>
    </message>
    <message>
        <source>Add Department…</source>
        <translation>Ajouter un service…</translation>
    </message>
    <message>
        <source>Add Level…</source>
        <translation>Ajouter un niveau…</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <source>Remove Department “%1”</source>
        <translation>Supprimer le service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove Level “%1”</source>
        <translation>Supprimer le niveau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n people stand here: move them first, or remove it moving them with the entry below.</source>
        <translation>
            <numerusform>%n personne se trouve ici&#xa0;: déplacez-la d&apos;abord, ou supprimez-le en la déplaçant avec l&apos;entrée ci-dessous.</numerusform>
            <numerusform>%n personnes se trouvent ici&#xa0;: déplacez-les d&apos;abord, ou supprimez-le en les déplaçant avec l&apos;entrée ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove, Moving Its %n People to</source>
        <translation>
            <numerusform>Supprimer en déplaçant la personne vers</numerusform>
            <numerusform>Supprimer en déplaçant ses %n personnes vers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélectionner</translation>
    </message>
    <message>
        <source>Select and move pieces; drag from a team member to connect</source>
        <translation>Sélectionner et déplacer les pièces&#xa0;; faire glisser depuis un membre de l&apos;équipe pour relier</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Relier</translation>
    </message>
    <message>
        <source>Drag from one person to another to add a relationship</source>
        <translation>Faire glisser d&apos;une personne à une autre pour ajouter une relation</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Mur</translation>
    </message>
    <message>
        <source>Click a border, or drag from one department to another, to draw a wall</source>
        <translation>Cliquer sur une bordure, ou faire glisser d&apos;un service à un autre, pour tracer un mur</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Panoramique</translation>
    </message>
    <message>
        <source>Drag to move the view</source>
        <translation>Faire glisser pour déplacer la vue</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>What the pieces, colours, markers, lines and marks on the board mean</source>
        <translation>Ce que signifient les pièces, couleurs, marques, liens et repères sur l&apos;échiquier</translation>
    </message>
    <message>
        <source>Add &amp;Person Here…</source>
        <translation>Ajouter une personne &amp;ici…</translation>
    </message>
    <message>
        <source>Add a client person on the square picked, or a member of our team: type the name in the inspector</source>
        <translation>Ajouter une personne du client sur la case choisie, ou un membre de notre équipe&#xa0;: saisissez le nom dans l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Add &amp;Department…</source>
        <translation>Ajouter un ser&amp;vice…</translation>
    </message>
    <message>
        <source>Name a new department: a new file at the right of the board</source>
        <translation>Nommer un nouveau service&#xa0;: une nouvelle colonne à droite de l&apos;échiquier</translation>
    </message>
    <message>
        <source>Add &amp;Level…</source>
        <translation>Ajouter un &amp;niveau…</translation>
    </message>
    <message>
        <source>Name a new level: a new rank at the bottom of the board</source>
        <translation>Nommer un nouveau niveau&#xa0;: une nouvelle rangée en bas de l&apos;échiquier</translation>
    </message>
    <message>
        <source>&amp;Find a Person…</source>
        <translation>&amp;Trouver une personne…</translation>
    </message>
    <message>
        <source>Type part of a name to find someone on the board</source>
        <translation>Saisissez une partie d&apos;un nom pour trouver quelqu&apos;un sur l&apos;échiquier</translation>
    </message>
    <message>
        <source>Type part of a name to find someone on the board (%1)</source>
        <translation>Saisissez une partie d&apos;un nom pour trouver quelqu&apos;un sur l&apos;échiquier (%1)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every line and person again</source>
        <translation>Afficher de nouveau tous les liens et toutes les personnes</translation>
    </message>
</context>
<context>
    <name>Kingside::ChangeDetector</name>
    <message>
        <source>the snapshot of %1 is not readable JSON (%2)</source>
        <translation>l&apos;instantané de %1 n&apos;est pas un JSON lisible (%2)</translation>
    </message>
    <message>
        <source>the snapshot of %1 has a format this version does not know (%2, format %3)</source>
        <translation>l&apos;instantané de %1 a un format que cette version ne connaît pas (%2, format %3)</translation>
    </message>
</context>
<context>
    <name>Kingside::Cli</name>
    <message>
        <source>“%1” holds %2, %3, %4, %5, %6 and %7.</source>
        <translation>«&#xa0;%1&#xa0;» contient %2, %3, %4, %5, %6 et %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n client person(s)</source>
        <translation>
            <numerusform>%n personne du client</numerusform>
            <numerusform>%n personnes du client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n membre de l&apos;équipe</numerusform>
            <numerusform>%n membres de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s)</source>
        <translation>
            <numerusform>%n action du plan</numerusform>
            <numerusform>%n actions du plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n revue</numerusform>
            <numerusform>%n revues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n instantané</numerusform>
            <numerusform>%n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no account “%1” in %2.</source>
        <translation>Il n&apos;y a aucun compte «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4</source>
        <translation>%1 (%2)&#xa0;: %3, %4</translation>
    </message>
    <message>
        <source>no industry</source>
        <translation>aucun secteur</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add, rename, remove or list the accounts of WORKSPACE. Every change is one step, checked by the same rules as in the window. Exit 0 done, 1 refused or the workspace cannot be opened, 2 bad arguments, unknown template or account.</source>
        <translation>Ajouter, renommer, supprimer ou lister les comptes de WORKSPACE. Chaque modification est une étape, vérifiée par les mêmes règles que dans la fenêtre. Code de sortie 0&#xa0;: fait, 1&#xa0;: refusé ou espace de travail impossible à ouvrir, 2&#xa0;: arguments incorrects, modèle ou compte inconnu.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>With --rename: the new name.</source>
        <translation>Avec --rename&#xa0;: le nouveau nom.</translation>
    </message>
    <message>
        <source>Add an account named NAME.</source>
        <translation>Ajouter un compte nommé NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --add: the board to start from (default standard; blank for none).</source>
        <translation>Avec --add&#xa0;: l&apos;échiquier de départ (standard par défaut&#xa0;; blank pour aucun).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Rename the account OLD to NEW.</source>
        <translation>Renommer le compte OLD en NEW.</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>Remove the account NAME with everything in it.</source>
        <translation>Supprimer le compte NAME avec tout son contenu.</translation>
    </message>
    <message>
        <source>With --remove: remove an account that has people.</source>
        <translation>Avec --remove&#xa0;: supprimer un compte qui contient des personnes.</translation>
    </message>
    <message>
        <source>List the accounts with their industry and people.</source>
        <translation>Lister les comptes avec leur secteur et leurs personnes.</translation>
    </message>
    <message>
        <source>With --list: print JSON.</source>
        <translation>Avec --list&#xa0;: afficher en JSON.</translation>
    </message>
    <message>
        <source>usage: kingside account WORKSPACE --add NAME [--template KEY] | --rename OLD NEW | --remove NAME [--force] | --list [--json]</source>
        <translation>utilisation&#xa0;: kingside account WORKSPACE --add NAME [--template KEY] | --rename OLD NEW | --remove NAME [--force] | --list [--json]</translation>
    </message>
    <message>
        <source>There is no template “%1”. The templates are:</source>
        <translation>Il n&apos;existe aucun modèle «&#xa0;%1&#xa0;». Les modèles sont&#xa0;:</translation>
    </message>
    <message>
        <source>Added the account “%1” from the template %2: %3, %4.</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté à partir du modèle %2&#xa0;: %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n niveau</numerusform>
            <numerusform>%n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was removed; add --force to remove the account with all of it.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;; ajoutez --force pour supprimer le compte avec tout son contenu.</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Compte «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Read meetings from calendar exports (.ics from Outlook, Google Calendar, Apple Calendar) and correspondence from mail exports (mbox, .eml: the From, To, Cc and Date header fields only, never a body). For each pair of one of the account&apos;s team and a client person, matched by e-mail address, their lines&apos; last contact moves forward, never back, and each meeting or message is counted once. Exit 0 when done, 1 when writing failed, 2 when a file or the account cannot be found.</source>
        <translation>Lit les réunions des exports d&apos;agenda (.ics d&apos;Outlook, Google Agenda, Apple Calendrier) et la correspondance des exports de messagerie (mbox, .eml&#xa0;: uniquement les champs d&apos;en-tête From, To, Cc et Date, jamais le corps). Pour chaque paire formée d&apos;un membre de l&apos;équipe du compte et d&apos;une personne du client, associés par adresse e-mail, le dernier contact de leurs liens avance, jamais ne recule, et chaque réunion ou message n&apos;est compté qu&apos;une fois. Code de sortie 0&#xa0;: fait, 1&#xa0;: échec de l&apos;écriture, 2&#xa0;: fichier ou compte introuvable.</translation>
    </message>
    <message>
        <source>Calendar or mail exports.</source>
        <translation>Exports d&apos;agenda ou de messagerie.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Afficher ce qui changerait&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Draw a working line at strength 1, marked as from the calendar, between one of our team and a client person who met and have no line yet.</source>
        <translation>Tracer un lien de travail de force 1, marqué comme issu de l&apos;agenda, entre un membre de notre équipe et une personne du client qui se sont rencontrés et n&apos;ont pas encore de lien.</translation>
    </message>
    <message>
        <source>usage: kingside activity WORKSPACE FILE… --account NAME [--dry-run] [--create-lines]</source>
        <translation>utilisation&#xa0;: kingside activity WORKSPACE FILE… --account NAME [--dry-run] [--create-lines]</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is damaged (%2). Run “kingside check” on it and restore it from a backup copy.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1 est endommagé (%2). Lancez «&#xa0;kingside check&#xa0;» dessus et restaurez-le à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s) or message(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n réunion ou message</numerusform>
            <numerusform>%1&#xa0;: %n réunions ou messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Rien n&apos;a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n line(s) of “%1”.</source>
        <translation>
            <numerusform>%n lien de «&#xa0;%1&#xa0;» mis à jour.</numerusform>
            <numerusform>%n liens de «&#xa0;%1&#xa0;» mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse one account&apos;s relationship map: the King and Queen, champions and opponents, single-threading, articulation points and bridges, reachability, hidden influencers, whitespace, cooling lines and changes since the last review.</source>
        <translation>Analyser la carte des relations d&apos;un compte&#xa0;: le Roi et la Dame, champions et opposants, dépendance à un seul fil, points d&apos;articulation et ponts, accessibilité, influenceurs cachés, zones blanches, liens qui se refroidissent et changements depuis la dernière revue.</translation>
    </message>
    <message>
        <source>The account to analyse.</source>
        <translation>Le compte à analyser.</translation>
    </message>
    <message>
        <source>Write the analysis as JSON.</source>
        <translation>Écrire l&apos;analyse en JSON.</translation>
    </message>
    <message>
        <source>Judge freshness and lateness as on DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Évaluer la fraîcheur et les retards à la date DATE (AAAA-MM-JJ) au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>usage: kingside analyze WORKSPACE --account NAME [--json] [--today DATE]</source>
        <translation>utilisation&#xa0;: kingside analyze WORKSPACE --account NAME [--json] [--today DATE]</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 — as on %2</source>
        <translation>%1 — au %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Health: key pieces covered %1, supporters %2, single-threaded %3, reachable %4, cooling lines %5, King %6.</source>
        <translation>Santé&#xa0;: pièces clés couvertes %1, soutiens %2, un seul fil %3, joignables %4, liens qui se refroidissent %5, Roi %6.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>in check</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>à l&apos;abri</translation>
    </message>
    <message>
        <source>Check a workspace: schema version, integrity, foreign keys. Exit 0 sound, 1 damaged, 2 not a Kingside workspace, 3 locked.</source>
        <translation>Vérifier un espace de travail&#xa0;: version du schéma, intégrité, clés étrangères. Code de sortie 0&#xa0;: sain, 1&#xa0;: endommagé, 2&#xa0;: pas un espace de travail Kingside, 3&#xa0;: verrouillé.</translation>
    </message>
    <message>
        <source>usage: kingside check WORKSPACE</source>
        <translation>utilisation&#xa0;: kingside check WORKSPACE</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Import criteria from %1</source>
        <translation>Importer les critères depuis %1</translation>
    </message>
    <message>
        <source>Imported %1 criteria and %2 scores from %3.</source>
        <translation>Importation depuis %3&#xa0;: critères&#xa0;: %1, scores&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>= %1 % of the axis</source>
        <translation>= %1 % de l&apos;axe</translation>
    </message>
    <message>
        <source>List the workspace&apos;s selection criteria, or bring criteria and scores in from a spreadsheet (CSV with the header account,criterion,axis,weight,score,note) or out to one. An import replaces all criteria and scores; it is one step to undo.</source>
        <translation>Lister les critères de sélection de l&apos;espace de travail, ou importer critères et scores depuis un tableur (CSV avec l&apos;en-tête account,criterion,axis,weight,score,note) ou les y exporter. Une importation remplace tous les critères et scores&#xa0;; elle s&apos;annule en une étape.</translation>
    </message>
    <message>
        <source>Replace criteria and scores by FILE.</source>
        <translation>Remplacer les critères et scores par FILE.</translation>
    </message>
    <message>
        <source>Write criteria and scores to FILE.</source>
        <translation>Écrire les critères et scores dans FILE.</translation>
    </message>
    <message>
        <source>usage: kingside criteria WORKSPACE [--import FILE.csv | --export FILE.csv]</source>
        <translation>utilisation&#xa0;: kingside criteria WORKSPACE [--import FILE.csv | --export FILE.csv]</translation>
    </message>
    <message>
        <source>Write Kingside&apos;s demo workspace (four accounts) to OUT.</source>
        <translation>Écrire l&apos;espace de travail de démonstration de Kingside (quatre comptes) dans OUT.</translation>
    </message>
    <message>
        <source>The workspace file to write.</source>
        <translation>Le fichier de l&apos;espace de travail à écrire.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Remplacer OUT s&apos;il existe.</translation>
    </message>
    <message>
        <source>usage: kingside demo OUT.kingside [--force]</source>
        <translation>utilisation&#xa0;: kingside demo OUT.kingside [--force]</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>It was not replaced.</source>
        <translation>Il n&apos;a pas été remplacé.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Wrote the demo workspace to %1</source>
        <translation>Espace de travail de démonstration écrit dans %1</translation>
    </message>
    <message>
        <source>Export one account of a workspace. Formats in this build:
%1</source>
        <translation>Exporter un compte d&apos;un espace de travail. Formats de cette version&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The account to export.</source>
        <translation>Le compte à exporter.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>Le format&#xa0;: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>csv: write the relationships instead of the people.</source>
        <translation>csv&#xa0;: écrire les relations au lieu des personnes.</translation>
    </message>
    <message>
        <source>Paper for printed formats: A4, A3, Letter or Legal.</source>
        <translation>Papier pour les formats imprimés&#xa0;: A4, A3, Letter ou Legal.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>Landscape paper for printed formats.</source>
        <translation>Papier à l&apos;italienne pour les formats imprimés.</translation>
    </message>
    <message>
        <source>Spread the map over COLSxROWS pages.</source>
        <translation>Répartir la carte sur COLSxROWS pages.</translation>
    </message>
    <message>
        <source>Resolution of raster formats.</source>
        <translation>Résolution des formats matriciels.</translation>
    </message>
    <message>
        <source>usage: kingside export WORKSPACE --account NAME --format FORMAT --output FILE [--relationships] [--paper A4|A3|Letter|Legal] [--landscape] [--tiles COLSxROWS] [--dpi N]</source>
        <translation>utilisation&#xa0;: kingside export WORKSPACE --account NAME --format FORMAT --output FILE [--relationships] [--paper A4|A3|Letter|Legal] [--landscape] [--tiles COLSxROWS] [--dpi N]</translation>
    </message>
    <message>
        <source>The export format “%1” is not available in this build (it comes with the board renderer). Available: %2.</source>
        <translation>Le format d&apos;export «&#xa0;%1&#xa0;» n&apos;est pas disponible dans cette version (il est fourni avec le rendu de l&apos;échiquier). Disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”. Available: %2.</source>
        <translation>Format d&apos;export inconnu «&#xa0;%1&#xa0;». Disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--paper is A4, A3, Letter or Legal, not “%1”.</source>
        <translation>--paper vaut A4, A3, Letter ou Legal, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--tiles is COLSxROWS, for example 2x2, not “%1”.</source>
        <translation>--tiles s&apos;écrit COLSxROWS, par exemple 2x2, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--dpi is a number from 10 to 2400, not “%1”.</source>
        <translation>--dpi est un nombre de 10 à 2400, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) for “%3”.</source>
        <translation>%1 (%2) écrit pour «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>--paper, --landscape and --tiles do not apply to %1.</source>
        <translation>--paper, --landscape et --tiles ne s&apos;appliquent pas à %1.</translation>
    </message>
    <message>
        <source>--dpi applies to png only.</source>
        <translation>--dpi ne s&apos;applique qu&apos;au png.</translation>
    </message>
    <message>
        <source>--relationships applies to csv only.</source>
        <translation>--relationships ne s&apos;applique qu&apos;au csv.</translation>
    </message>
    <message>
        <source>--tiles applies to pdf only.</source>
        <translation>--tiles ne s&apos;applique qu&apos;au pdf.</translation>
    </message>
    <message>
        <source>Import people into an account from the contact exports of Salesforce, HubSpot, Google Contacts, Outlook, Dynamics 365, Pipedrive, Zoho CRM and LinkedIn, a vCard file, any CSV or an Excel (.xlsx) or OpenDocument (.ods) workbook; or, with --relationships, lines from a CSV with the header from,to,strength,kind,last_contact. People are matched by e-mail, else by name within the account, so importing the same file again changes nothing. Exit 0 when every row was accepted, 1 when any was rejected, 2 when the file cannot be read.</source>
        <translation>Importer des personnes dans un compte depuis les exports de contacts de Salesforce, HubSpot, Google Contacts, Outlook, Dynamics 365, Pipedrive, Zoho CRM et LinkedIn, un fichier vCard, tout CSV ou un classeur Excel (.xlsx) ou OpenDocument (.ods)&#xa0;; ou, avec --relationships, des liens depuis un CSV d&apos;en-tête from,to,strength,kind,last_contact. Les personnes sont associées par e-mail, sinon par nom au sein du compte&#xa0;: réimporter le même fichier ne change donc rien. Code de sortie 0&#xa0;: toutes les lignes acceptées, 1&#xa0;: au moins une rejetée, 2&#xa0;: fichier illisible.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>The account to import into (created when missing).</source>
        <translation>Le compte dans lequel importer (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Whose people these are: client (default) or team.</source>
        <translation>À qui appartiennent ces personnes&#xa0;: client (par défaut) ou team.</translation>
    </message>
    <message>
        <source>The file&apos;s format: %1 (auto, the default, recognises it).</source>
        <translation>Le format du fichier&#xa0;: %1 (auto, par défaut, le reconnaît).</translation>
    </message>
    <message>
        <source>Show what would happen; write nothing.</source>
        <translation>Afficher ce qui se passerait&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Import nothing when any row is rejected.</source>
        <translation>Ne rien importer si une ligne est rejetée.</translation>
    </message>
    <message>
        <source>FILE holds relationships (from,to,strength,kind,last_contact), not people.</source>
        <translation>FILE contient des relations (from,to,strength,kind,last_contact), et non des personnes.</translation>
    </message>
    <message>
        <source>Import client contacts whatever their company (by default, rows of other companies are skipped).</source>
        <translation>Importer les contacts du client quelle que soit leur société (par défaut, les lignes d&apos;autres sociétés sont ignorées).</translation>
    </message>
    <message>
        <source>Of an Excel (.xlsx) or OpenDocument (.ods) workbook, the sheet to read, by name or number (default: the first).</source>
        <translation>Pour un classeur Excel (.xlsx) ou OpenDocument (.ods), la feuille à lire, par nom ou par numéro (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>usage: kingside import WORKSPACE FILE --account NAME [--side client|team] [--format %1] [--dry-run] [--strict] [--relationships] [--any-company] [--sheet NAME]</source>
        <translation>utilisation&#xa0;: kingside import WORKSPACE FILE --account NAME [--side client|team] [--format %1] [--dry-run] [--strict] [--relationships] [--any-company] [--sheet NAME]</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>--side is client or team, not “%1”.</source>
        <translation>--side vaut client ou team, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 is damaged (%2). Run “kingside check” on it and restore it from a backup copy.</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1 est endommagé (%2). Lancez «&#xa0;kingside check&#xa0;» dessus et restaurez-le à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %n data row(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %3, %n ligne de données</numerusform>
            <numerusform>%1&#xa0;: %2, %3, %n lignes de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected and --strict is set.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne a été rejetée et --strict est activé.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes ont été rejetées et --strict est activé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported into “%1”.</source>
        <translation>Importé dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Create an empty Kingside workspace at WORKSPACE. An existing file is never replaced.</source>
        <translation>Créer un espace de travail Kingside vide à l&apos;emplacement WORKSPACE. Un fichier existant n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <source>The workspace file to create, by convention NAME.kingside.</source>
        <translation>Le fichier de l&apos;espace de travail à créer, par convention NAME.kingside.</translation>
    </message>
    <message>
        <source>usage: kingside new WORKSPACE</source>
        <translation>utilisation&#xa0;: kingside new WORKSPACE</translation>
    </message>
    <message>
        <source>Created the empty workspace %1</source>
        <translation>Espace de travail vide créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is nobody called “%1” in %2.</source>
        <translation>Personne ne s&apos;appelle «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>More than one person in %2 is called “%1”; give the e-mail address instead.</source>
        <translation>Plusieurs personnes de %2 s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; indiquez plutôt l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Print the strongest introduction path from our team to a client person. Each line costs 6 − its strength (5 costs 1, 1 costs 5); lines across a wall and pairs in tension are never used.</source>
        <translation>Afficher le meilleur chemin de mise en relation depuis notre équipe jusqu&apos;à une personne du client. Chaque lien coûte 6 − sa force (5 coûte 1, 1 coûte 5)&#xa0;; les liens qui traversent un mur et les paires en tension ne sont jamais utilisés.</translation>
    </message>
    <message>
        <source>The person to reach (name or e-mail).</source>
        <translation>La personne à atteindre (nom ou e-mail).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>Start from this team member; default: whoever of our team gives the strongest path.</source>
        <translation>Partir de ce membre de l&apos;équipe&#xa0;; par défaut&#xa0;: celui de notre équipe qui donne le meilleur chemin.</translation>
    </message>
    <message>
        <source>TEAM_MEMBER</source>
        <translation>TEAM_MEMBER</translation>
    </message>
    <message>
        <source>usage: kingside path WORKSPACE --account NAME --to PERSON [--from TEAM_MEMBER]</source>
        <translation>utilisation&#xa0;: kingside path WORKSPACE --account NAME --to PERSON [--from TEAM_MEMBER]</translation>
    </message>
    <message>
        <source>%1 is not on our team; --from takes a team member.</source>
        <translation>%1 ne fait pas partie de notre équipe&#xa0;; --from attend un membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 is on our team; no introduction is needed.</source>
        <translation>%1 fait partie de notre équipe&#xa0;; aucune mise en relation n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>There is no introduction path from %1 to %2 that avoids walls and tension lines.</source>
        <translation>Il n&apos;existe aucun chemin de mise en relation de %1 à %2 qui évite les murs et les liens de tension.</translation>
    </message>
    <message>
        <source>There is no introduction path from our team to %1 that avoids walls and tension lines.</source>
        <translation>Il n&apos;existe aucun chemin de mise en relation depuis notre équipe jusqu&apos;à %1 qui évite les murs et les liens de tension.</translation>
    </message>
    <message>
        <source>Strongest introduction path to %1 (cost %2):</source>
        <translation>Meilleur chemin de mise en relation vers %1 (coût %2)&#xa0;:</translation>
    </message>
    <message>
        <source>our team</source>
        <translation>notre équipe</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>There is no person with id %1 in “%2”.</source>
        <translation>Il n&apos;y a aucune personne d&apos;identifiant %1 dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no person named “%1” in “%2”.</source>
        <translation>Il n&apos;y a aucune personne nommée «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” names %2 people in “%3”; choose one with --id:</source>
        <translation>«&#xa0;%1&#xa0;» désigne %2 personnes dans «&#xa0;%3&#xa0;»&#xa0;; choisissez-en une avec --id&#xa0;:</translation>
    </message>
    <message>
        <source>Wrote everything held about “%1” to %2 (readable by you only).</source>
        <translation>Tout ce qui est conservé sur «&#xa0;%1&#xa0;» a été écrit dans %2 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Nothing was erased: add --yes to confirm.</source>
        <translation>Rien n&apos;a été effacé&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Type “yes” to erase “%1” for good: </source>
        <translation>Tapez «&#xa0;yes&#xa0;» pour effacer définitivement «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Everything Kingside holds about one person, for a request under data-protection law: --export writes it as JSON; --erase removes the person for good (not undoable) and wipes the deleted data from the file. Exit 0 done, 1 failed or refused, 2 bad input or an ambiguous name, 3 locked by another program.</source>
        <translation>Tout ce que Kingside conserve sur une personne, pour une demande au titre de la protection des données&#xa0;: --export l&apos;écrit en JSON&#xa0;; --erase supprime définitivement la personne (irréversible) et efface les données supprimées du fichier. Code de sortie 0&#xa0;: fait, 1&#xa0;: échec ou refus, 2&#xa0;: saisie incorrecte ou nom ambigu, 3&#xa0;: verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>The account, by name.</source>
        <translation>Le compte, par son nom.</translation>
    </message>
    <message>
        <source>Write everything held about the person as JSON.</source>
        <translation>Écrire en JSON tout ce qui est conservé sur la personne.</translation>
    </message>
    <message>
        <source>Erase the person for good.</source>
        <translation>Effacer définitivement la personne.</translation>
    </message>
    <message>
        <source>With --export: the file to write (mode 0600) instead of standard output.</source>
        <translation>Avec --export&#xa0;: le fichier à écrire (mode 0600) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>The person by id instead of name.</source>
        <translation>La personne par son identifiant plutôt que par son nom.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --erase: do not ask for confirmation.</source>
        <translation>Avec --erase&#xa0;: ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>The person&apos;s name (exact, ignoring case).</source>
        <translation>Le nom de la personne (exact, sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>usage: kingside person WORKSPACE --account NAME --export PERSON [--output FILE]
       kingside person WORKSPACE --account NAME --erase PERSON [--yes]
       (--id N instead of PERSON)</source>
        <translation>utilisation&#xa0;: kingside person WORKSPACE --account NAME --export PERSON [--output FILE]
              kingside person WORKSPACE --account NAME --erase PERSON [--yes]
              (--id N au lieu de PERSON)</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>“%1” in the bands is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» dans les seuils n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Tier scheme: %1 (by %2)</source>
        <translation>Schéma de catégories&#xa0;: %1 (par %2)</translation>
    </message>
    <message>
        <source>attractiveness score</source>
        <translation>score d&apos;attractivité</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Attract.</source>
        <translation>Attract.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>CA annuel</translation>
    </message>
    <message>
        <source>Breakdown (criterion contribution)</source>
        <translation>Détail (contribution des critères)</translation>
    </message>
    <message>
        <source>%1 0 (not scored)</source>
        <translation>%1 0 (non noté)</translation>
    </message>
    <message>
        <source>Score every account on the workspace&apos;s criteria, rank by attractiveness and place each in a tier.
attractiveness and strength = Σ normalised weight × score / 10 (0 … 100); a missing score counts 0.</source>
        <translation>Noter chaque compte selon les critères de l&apos;espace de travail, classer par attractivité et placer chacun dans une catégorie.
attractivité et force = Σ poids normalisé × score / 10 (0 … 100)&#xa0;; un score manquant compte 0.</translation>
    </message>
    <message>
        <source>Tier by this scheme (football, olympic, airline or a custom scheme&apos;s name) instead of the workspace&apos;s active one. Nothing is stored.</source>
        <translation>Catégoriser selon ce schéma (football, olympic, airline ou le nom d&apos;un schéma personnalisé) au lieu du schéma actif de l&apos;espace de travail. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Tier by these score bands, best first, e.g. &quot;Gold=70,Silver=45,Bronze=0&quot;.</source>
        <translation>Catégoriser selon ces seuils de score, du meilleur au moins bon, p. ex. &quot;Gold=70,Silver=45,Bronze=0&quot;.</translation>
    </message>
    <message>
        <source>Tier by rank, best first, e.g. &quot;Gold=2,Silver=5,Bronze&quot; (the last takes the rest).</source>
        <translation>Catégoriser selon le rang, du meilleur au moins bon, p. ex. &quot;Gold=2,Silver=5,Bronze&quot; (la dernière prend le reste).</translation>
    </message>
    <message>
        <source>Write JSON: a list of objects.</source>
        <translation>Écrire du JSON&#xa0;: une liste d&apos;objets.</translation>
    </message>
    <message>
        <source>Also draw the directional-policy matrix to FILE (.pdf, .svg or .png).</source>
        <translation>Dessiner aussi la matrice de politique directionnelle dans FILE (.pdf, .svg ou .png).</translation>
    </message>
    <message>
        <source>What the chart&apos;s bubble area shows: sales (default) or potential.</source>
        <translation>Ce que montre la surface des bulles du graphique&#xa0;: sales (chiffre d&apos;affaires, par défaut) ou potential (potentiel).</translation>
    </message>
    <message>
        <source>usage: kingside portfolio WORKSPACE [--scheme NAME | --bands SPEC | --top SPEC] [--json] [--chart FILE]</source>
        <translation>utilisation&#xa0;: kingside portfolio WORKSPACE [--scheme NAME | --bands SPEC | --top SPEC] [--json] [--chart FILE]</translation>
    </message>
    <message>
        <source>--bubbles is sales or potential, not “%1”.</source>
        <translation>--bubbles vaut sales ou potential, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Directional-policy matrix · tiers: %1</source>
        <translation>Matrice de politique directionnelle · catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — mentor %2, reviewed every %3 months</source>
        <translation>%1 — mentor %2, revue tous les %3 mois</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Next plan review due %1%2</source>
        <translation>Prochaine revue du plan prévue le %1%2</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation> — EN RETARD</translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation>Aucune revue enregistrée.</translation>
    </message>
    <message>
        <source>, removed item</source>
        <translation>, élément supprimé</translation>
    </message>
    <message>
        <source>No review of “%1” on %2.</source>
        <translation>Aucune revue de «&#xa0;%1&#xa0;» le %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a date (YYYY-MM-DD) nor “now”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une date (AAAA-MM-JJ) ni «&#xa0;now&#xa0;».</translation>
    </message>
    <message>
        <source>This account has no reviews yet.</source>
        <translation>Ce compte n&apos;a pas encore de revue.</translation>
    </message>
    <message>
        <source>Review dates: %1</source>
        <translation>Dates des revues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The review of %1 cannot be compared: %2</source>
        <translation>La revue du %1 ne peut pas être comparée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reviews overdue (%1)</source>
        <translation>Revues en retard (%1)</translation>
    </message>
    <message>
        <source>Actions overdue (%1)</source>
        <translation>Actions en retard (%1)</translation>
    </message>
    <message>
        <source>Objectives at red (%1)</source>
        <translation>Objectifs au rouge (%1)</translation>
    </message>
    <message>
        <source>List the mentor&apos;s reviews of an account, or compare the account at two reviews (or at a review and now): people joined or left, attitudes and pieces, lines gained, lost, strengthened or weakened, figures, actions done or late.</source>
        <translation>Lister les revues du mentor pour un compte, ou comparer le compte entre deux revues (ou entre une revue et maintenant)&#xa0;: arrivées et départs, attitudes et pièces, liens gagnés, perdus, renforcés ou affaiblis, chiffres, actions réalisées ou en retard.</translation>
    </message>
    <message>
        <source>List the reviews, oldest first.</source>
        <translation>Lister les revues, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Compare the snapshots at A and B: review dates (YYYY-MM-DD) or “now”.</source>
        <translation>Comparer les instantanés A et B&#xa0;: dates de revue (AAAA-MM-JJ) ou «&#xa0;now&#xa0;».</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Across all accounts: overdue reviews, overdue actions and objectives at red.</source>
        <translation>Pour tous les comptes&#xa0;: revues en retard, actions en retard et objectifs au rouge.</translation>
    </message>
    <message>
        <source>The date to treat as today (default: the system date).</source>
        <translation>La date à considérer comme aujourd&apos;hui (par défaut&#xa0;: la date du système).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>With --compare: what to compare.</source>
        <translation>Avec --compare&#xa0;: ce qu&apos;il faut comparer.</translation>
    </message>
    <message>
        <source>usage: kingside review WORKSPACE --account NAME --list [--json]
       kingside review WORKSPACE --account NAME --compare A B [--json]
       kingside review WORKSPACE --portfolio [--json]</source>
        <translation>utilisation&#xa0;: kingside review WORKSPACE --account NAME --list [--json]
              kingside review WORKSPACE --account NAME --compare A B [--json]
              kingside review WORKSPACE --portfolio [--json]</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No account named “%1” in %2.</source>
        <translation>Aucun compte nommé «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: departments, left to right:</source>
        <translation>%1&#xa0;: services, de gauche à droite&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source>%1: levels, top first:</source>
        <translation>%1&#xa0;: niveaux, du haut vers le bas&#xa0;:</translation>
    </message>
    <message>
        <source>Show or set the board of an account: its departments (files, left to right) and levels (ranks, top first). Setting keeps the departments and levels named (ignoring case), adds the new ones, puts them in the order given and removes the others, as one step; it is refused, changing nothing, while people stand on one to remove.</source>
        <translation>Afficher ou définir l&apos;échiquier d&apos;un compte&#xa0;: ses services (colonnes, de gauche à droite) et ses niveaux (rangées, du haut vers le bas). La définition conserve les services et niveaux nommés (sans tenir compte de la casse), ajoute les nouveaux, les place dans l&apos;ordre donné et supprime les autres, en une seule étape&#xa0;; elle est refusée, sans rien changer, tant que des personnes se trouvent sur un élément à supprimer.</translation>
    </message>
    <message>
        <source>The departments, left to right, separated by commas.</source>
        <translation>Les services, de gauche à droite, séparés par des virgules.</translation>
    </message>
    <message>
        <source>The levels, top first, separated by commas.</source>
        <translation>Les niveaux, du haut vers le bas, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Print the departments and levels.</source>
        <translation>Afficher les services et les niveaux.</translation>
    </message>
    <message>
        <source>usage: kingside structure WORKSPACE --account NAME [--departments &quot;A,B,C&quot;] [--levels &quot;TOP,…,BOTTOM&quot;] [--show]</source>
        <translation>utilisation&#xa0;: kingside structure WORKSPACE --account NAME [--departments &quot;A,B,C&quot;] [--levels &quot;TOP,…,BOTTOM&quot;] [--show]</translation>
    </message>
    <message>
        <source>Set the board of “%1”.</source>
        <translation>Définir l&apos;échiquier de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Commands (run without a window):
</source>
        <translation>Commandes (exécutées sans fenêtre)&#xa0;:
</translation>
    </message>
    <message>
        <source>Run &apos;kingside COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Lancez &apos;kingside COMMAND --help&apos; pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>“%1” is neither a command nor a workspace file.

</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une commande ni un fichier d&apos;espace de travail.

</translation>
    </message>
    <message>
        <source>Kingside: key account relationship maps on a chessboard.

With no WORKSPACE, opens the last workspace, or the demo on first run.

</source>
        <translation>Kingside&#xa0;: cartes des relations des grands comptes sur un échiquier.

Sans WORKSPACE, ouvre le dernier espace de travail, ou la démonstration au premier lancement.

</translation>
    </message>
    <message>
        <source>Open WORKSPACE for a mentor&apos;s review: everything readable, only comments and review records writable.</source>
        <translation>Ouvrir WORKSPACE pour la revue d&apos;un mentor&#xa0;: tout est lisible, seuls les commentaires et les comptes rendus de revue sont modifiables.</translation>
    </message>
    <message>
        <source>Open WORKSPACE read-only.</source>
        <translation>Ouvrir WORKSPACE en lecture seule.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (created on first use).</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration intégré (créé à la première utilisation).</translation>
    </message>
    <message>
        <source>A .kingside workspace file.</source>
        <translation>Un fichier d&apos;espace de travail .kingside.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.

</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».

</translation>
    </message>
    <message>
        <source>Propose the next moves for one account: the few relationships to build, strengthen or refresh that mend the most of what the ten questions find, chosen together, each with who acts, whom they meet, who introduces them, the effort and the effect measured on the questions. --apply N records move N as a plan action.</source>
        <translation>Proposer les prochains coups pour un compte&#xa0;: les quelques relations à nouer, renforcer ou raviver qui corrigent le plus de ce que révèlent les dix questions, choisies ensemble, chacune avec qui agit, qui il rencontre, qui le présente, l&apos;effort et l&apos;effet mesuré sur les questions. --apply N enregistre le coup N comme action du plan.</translation>
    </message>
    <message>
        <source>How many moves to choose together (1 to 12; default 5).</source>
        <translation>Combien de coups choisir ensemble (1 à 12&#xa0;; 5 par défaut).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Write the plan as JSON.</source>
        <translation>Écrire le plan en JSON.</translation>
    </message>
    <message>
        <source>Judge freshness as on DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Juger la fraîcheur à la date DATE (YYYY-MM-DD) au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Record move N of the plan as an action of the account plan (one undoable change).</source>
        <translation>Enregistrer le coup N du plan comme action du plan de compte (une seule modification annulable).</translation>
    </message>
    <message>
        <source>usage: kingside moves WORKSPACE --account NAME [--count K] [--json] [--today YYYY-MM-DD] [--apply N]</source>
        <translation>utilisation&#xa0;: kingside moves WORKSPACE --account NAME [--count K] [--json] [--today YYYY-MM-DD] [--apply N]</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 12, not “%1”.</source>
        <translation>--count attend un nombre de 1 à 12, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--apply takes the number of a move (1, 2, …), not “%1”.</source>
        <translation>--apply attend le numéro d&apos;un coup (1, 2, …), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was written: there is no move %1; the plan ends at move %2.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: il n&apos;y a pas de coup %1&#xa0;; le plan s&apos;arrête au coup %2.</translation>
    </message>
    <message>
        <source>Added to the plan of “%1”: %2 — owner %3, due %4.</source>
        <translation>Ajouté au plan de «&#xa0;%1&#xa0;»&#xa0;: %2 — responsable %3, échéance %4.</translation>
    </message>
    <message>
        <source>Create the Kingside schema in an empty PostgreSQL database, with the group roles PREFIXteam (writes the workspace), PREFIXmentor (comments and review records only) and PREFIXleadership (reads everything, writes nothing). Credentials come from ~/.pgpass, PGSERVICEFILE or PGPASSWORD, never from the address. Exit 0 set up, 1 refused or failed, 2 usage.</source>
        <translation>Créer le schéma Kingside dans une base de données PostgreSQL vide, avec les rôles de groupe PREFIXteam (écrit l&apos;espace de travail), PREFIXmentor (commentaires et revues uniquement) et PREFIXleadership (lit tout, n&apos;écrit rien). Les identifiants viennent de ~/.pgpass, PGSERVICEFILE ou PGPASSWORD, jamais de l&apos;adresse. Code de sortie 0&#xa0;: configuré, 1&#xa0;: refusé ou échec, 2&#xa0;: utilisation.</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, or postgresql:///?service=NAME.</source>
        <translation>postgresql://user@host:port/database, ou postgresql:///?service=NAME.</translation>
    </message>
    <message>
        <source>How the roles&apos; names start (default kingside_).</source>
        <translation>Début du nom des rôles (kingside_ par défaut).</translation>
    </message>
    <message>
        <source>usage: kingside server-setup URL [--role-prefix PREFIX]</source>
        <translation>utilisation&#xa0;: kingside server-setup URL [--role-prefix PREFIX]</translation>
    </message>
    <message>
        <source>Set up %1: schema version %2, %3 tables.</source>
        <translation>%1 configuré&#xa0;: version du schéma %2, %3 tables.</translation>
    </message>
    <message>
        <source>created the role %1</source>
        <translation>rôle %1 créé</translation>
    </message>
    <message>
        <source>gave the existing role %1 its rights</source>
        <translation>droits donnés au rôle existant %1</translation>
    </message>
    <message>
        <source>Give people a login of their own in one of these roles, for example: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE %1;</source>
        <translation>Donnez à chacun un identifiant de connexion propre dans l&apos;un de ces rôles, par exemple&#xa0;: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE %1;</translation>
    </message>
    <message>
        <source>store copy FROM TO: copy a whole workspace, every table row for row with its ids, from a workspace file to a PostgreSQL database or back, in one transaction, checked row for row. TO must be empty (a new file, or a database after server-setup) or already identical. Credentials come from ~/.pgpass, PGSERVICEFILE or PGPASSWORD. Exit 0 copied or identical, 1 refused or failed, 2 usage.</source>
        <translation>store copy FROM TO&#xa0;: copier un espace de travail entier, chaque table ligne pour ligne avec ses identifiants, d&apos;un fichier d&apos;espace de travail vers une base de données PostgreSQL ou inversement, en une seule transaction, vérifiée ligne pour ligne. TO doit être vide (un nouveau fichier, ou une base de données après server-setup) ou déjà identique. Les identifiants de connexion viennent de ~/.pgpass, PGSERVICEFILE ou PGPASSWORD. Code de sortie 0&#xa0;: copié ou identique, 1&#xa0;: refusé ou échec, 2&#xa0;: utilisation.</translation>
    </message>
    <message>
        <source>The action: copy.</source>
        <translation>L&apos;action&#xa0;: copy.</translation>
    </message>
    <message>
        <source>A workspace file or a postgresql:// address.</source>
        <translation>Un fichier d&apos;espace de travail ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>usage: kingside store copy FROM TO</source>
        <translation>utilisation&#xa0;: kingside store copy FROM TO</translation>
    </message>
    <message>
        <source>%1 already holds the same rows as %2; nothing was changed.</source>
        <translation>%1 contient déjà les mêmes lignes que %2&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and checked it row for row: %3 rows.</source>
        <translation>%1 copié vers %2 et vérifié ligne pour ligne&#xa0;: %3 lignes.</translation>
    </message>
    <message>
        <source>Add, rename, remove or list accounts</source>
        <translation>Ajouter, renommer, supprimer ou lister des comptes</translation>
    </message>
    <message>
        <source>Move lines&apos; last contact forward from calendar (.ics) and mail (mbox, .eml) exports</source>
        <translation>Avancer le dernier contact des liens d&apos;après des exports d&apos;agenda (.ics) et de courrier (mbox, .eml)</translation>
    </message>
    <message>
        <source>Answer the key account questions for one account</source>
        <translation>Répondre aux questions clés d&apos;un compte</translation>
    </message>
    <message>
        <source>Check that a file is a sound Kingside workspace</source>
        <translation>Vérifier qu&apos;un fichier est un espace de travail Kingside sain</translation>
    </message>
    <message>
        <source>List, import or export selection criteria and scores</source>
        <translation>Lister, importer ou exporter les critères de sélection et les notes</translation>
    </message>
    <message>
        <source>Write the demo workspace to a file</source>
        <translation>Écrire l&apos;espace de travail de démonstration dans un fichier</translation>
    </message>
    <message>
        <source>Export an account: graphml, dot, csv (and the formats the board adds)</source>
        <translation>Exporter un compte&#xa0;: graphml, dot, csv (et les formats qu&apos;ajoute l&apos;échiquier)</translation>
    </message>
    <message>
        <source>Import contacts (CRM and address-book exports, vCard, CSV) or relationships into an account</source>
        <translation>Importer des contacts (exports de CRM et de carnets d&apos;adresses, vCard, CSV) ou des liens dans un compte</translation>
    </message>
    <message>
        <source>Propose the next moves for one account, with their effects, and record one as a plan action</source>
        <translation>Proposer les prochains coups d&apos;un compte, avec leurs effets, et en enregistrer un comme action du plan</translation>
    </message>
    <message>
        <source>Create an empty workspace</source>
        <translation>Créer un espace de travail vide</translation>
    </message>
    <message>
        <source>Print the strongest introduction path to a person</source>
        <translation>Afficher le meilleur chemin de mise en relation vers une personne</translation>
    </message>
    <message>
        <source>Export everything held about a person, or erase them for good</source>
        <translation>Exporter tout ce qui est conservé sur une personne, ou l&apos;effacer définitivement</translation>
    </message>
    <message>
        <source>Score, rank and tier every account of a workspace</source>
        <translation>Noter, classer et ranger par catégorie chaque compte d&apos;un espace de travail</translation>
    </message>
    <message>
        <source>List an account&apos;s mentor reviews or compare two of them</source>
        <translation>Lister les revues du mentor d&apos;un compte ou en comparer deux</translation>
    </message>
    <message>
        <source>Create a shared workspace&apos;s schema and roles in an empty PostgreSQL database</source>
        <translation>Créer le schéma et les rôles d&apos;un espace de travail partagé dans une base PostgreSQL vide</translation>
    </message>
    <message>
        <source>Copy a whole workspace between a file and a PostgreSQL database</source>
        <translation>Copier un espace de travail entier entre un fichier et une base PostgreSQL</translation>
    </message>
    <message>
        <source>Show or set an account&apos;s departments and levels</source>
        <translation>Afficher ou définir les services et niveaux d&apos;un compte</translation>
    </message>
</context>
<context>
    <name>Kingside::CommandGroup</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
</context>
<context>
    <name>Kingside::ComparisonView</name>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Choose an account to see what changed since its last review.</source>
        <translation>Choisissez un compte pour voir ce qui a changé depuis sa dernière revue.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>&lt;b&gt;No review has been recorded for this account yet.&lt;/b&gt;&lt;br&gt;When a mentor records a review (Plan &amp;amp; Reviews → Reviews → Record a review…), the account is kept as it was that day. This tab then lists what changed since: people who joined or left, attitudes, pieces, lines, objectives, actions and figures, and the board marks the changes with a teal Δ.</source>
        <translation>&lt;b&gt;Aucune revue n&apos;a encore été enregistrée pour ce compte.&lt;/b&gt;&lt;br&gt;Lorsqu&apos;un mentor enregistre une revue (Plan et revues → Revues → Enregistrer une revue…), le compte est conservé tel qu&apos;il était ce jour-là. Cet onglet liste alors ce qui a changé depuis&#xa0;: arrivées et départs, attitudes, pièces, liens, objectifs, actions et chiffres, et l&apos;échiquier signale les changements par un Δ bleu canard.</translation>
    </message>
    <message>
        <source>Nothing changed between %1 and %2.</source>
        <translation>Rien n&apos;a changé entre %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) between %1 and %2.</source>
        <translation>
            <numerusform>%n changement entre %1 et %2.</numerusform>
            <numerusform>%n changements entre %1 et %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Comparer depuis</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>The changes between the two chosen snapshots, grouped by kind, each with its value before and after</source>
        <translation>Les changements entre les deux instantanés choisis, groupés par type, chacun avec sa valeur avant et après</translation>
    </message>
</context>
<context>
    <name>Kingside::CriteriaCsv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>un champ entre guillemets n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>texte après un guillemet fermant&#xa0;; un guillemet dans un champ entre guillemets s&apos;écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the field in quotes and write the quote twice.</source>
        <translation>un guillemet dans un champ sans guillemets&#xa0;; mettez le champ entre guillemets et doublez le guillemet.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8&#xa0;; enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The file is empty; the first line must be the header %1.</source>
        <translation>Le fichier est vide&#xa0;; la première ligne doit être l&apos;en-tête %1.</translation>
    </message>
    <message>
        <source>unknown column “%1”; the header is %2.</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;»&#xa0;; l&apos;en-tête est %2.</translation>
    </message>
    <message>
        <source>the column “%1” appears twice.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>the column “%1” is missing; the header is %2.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» manque&#xa0;; l&apos;en-tête est %2.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>nombre de champs&#xa0;: %1, alors que l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>the criterion is empty.</source>
        <translation>le critère est vide.</translation>
    </message>
    <message>
        <source>the axis “%1” is neither attractiveness nor strength.</source>
        <translation>l&apos;axe «&#xa0;%1&#xa0;» n&apos;est ni attractiveness ni strength.</translation>
    </message>
    <message>
        <source>the weight “%1” is not a number (use a dot for decimals).</source>
        <translation>le poids «&#xa0;%1&#xa0;» n&apos;est pas un nombre (utilisez un point pour les décimales).</translation>
    </message>
    <message>
        <source>the weight of “%1” is %2; weights cannot be negative.</source>
        <translation>le poids de «&#xa0;%1&#xa0;» est %2&#xa0;; les poids ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>the first row of the criterion “%1” needs its axis and weight.</source>
        <translation>la première ligne du critère «&#xa0;%1&#xa0;» doit indiquer son axe et son poids.</translation>
    </message>
    <message>
        <source>the axis or weight of “%1” differs from line %2.</source>
        <translation>l&apos;axe ou le poids de «&#xa0;%1&#xa0;» diffère de la ligne %2.</translation>
    </message>
    <message>
        <source>a score without an account.</source>
        <translation>un score sans compte.</translation>
    </message>
    <message>
        <source>there is no account “%1” in the workspace.</source>
        <translation>il n&apos;y a aucun compte «&#xa0;%1&#xa0;» dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>“%1” is scored on “%2” already on line %3.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà noté sur «&#xa0;%2&#xa0;» à la ligne %3.</translation>
    </message>
    <message>
        <source>a note without a score.</source>
        <translation>une remarque sans score.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number from %2 to %3.</source>
        <translation>le score «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>Kingside::CriteriaDialog</name>
    <message>
        <source>Selection criteria and scores</source>
        <translation>Critères de sélection et scores</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Start from this set</source>
        <translation>Partir de cet ensemble</translation>
    </message>
    <message>
        <source>Replaces all criteria and scores by the ready-made set (one step to undo).</source>
        <translation>Remplace tous les critères et scores par l&apos;ensemble prédéfini (s&apos;annule en une étape).</translation>
    </message>
    <message>
        <source>Ready-made criteria:</source>
        <translation>Critères prédéfinis&#xa0;:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Share of axis</source>
        <translation>Part de l&apos;axe</translation>
    </message>
    <message>
        <source>Raw weight; shown as a share of the axis (each axis adds up to 100).</source>
        <translation>Poids brut&#xa0;; affiché en part de l&apos;axe (chaque axe totalise 100).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>A&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>Add as &amp;new criterion</source>
        <translation>Ajouter comme nouveau &amp;critère</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>What if: tiers after this change</source>
        <translation>Simulation&#xa0;: catégories après cette modification</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Score each criterion 1 (poor) to 10 (excellent). Leave a score empty when unknown: it is shown as missing and counts 0.</source>
        <translation>Notez chaque critère de 1 (faible) à 10 (excellent). Laissez un score vide s&apos;il est inconnu&#xa0;: il apparaît comme manquant et compte 0.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Select a criterion, or type a name to add one.</source>
        <translation>Sélectionnez un critère, ou saisissez un nom pour en ajouter un.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (attractiveness %4 → %5)</source>
        <translation>%1&#xa0;: %2 → %3 (attractivité %4 → %5)</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <source>No account would change tier under “%1”.</source>
        <translation>Aucun compte ne changerait de catégorie avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change tier under “%1”:</source>
        <translation>
            <numerusform>%n compte changerait de catégorie avec «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>%n comptes changeraient de catégorie avec «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Use criteria set %1</source>
        <translation>Utiliser l&apos;ensemble de critères %1</translation>
    </message>
    <message>
        <source>Not scored: counts 0</source>
        <translation>Non noté&#xa0;: compte 0</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 10; “%1” is not.</source>
        <translation>Un score est un nombre entier de 1 à 10&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Give a score before a note; an empty score means not scored.</source>
        <translation>Donnez un score avant une remarque&#xa0;; un score vide signifie non noté.</translation>
    </message>
    <message>
        <source>Criteria and scores</source>
        <translation>Critères et scores</translation>
    </message>
    <message>
        <source>The criteria that rate accounts, and each account&apos;s scores against them</source>
        <translation>Les critères qui notent les comptes, et les scores de chaque compte selon ces critères</translation>
    </message>
    <message>
        <source>Ready-made criteria</source>
        <translation>Critères prêts à l&apos;emploi</translation>
    </message>
    <message>
        <source>One row per criterion: name, description, the axis it rates and its weight</source>
        <translation>Une ligne par critère&#xa0;: nom, description, l&apos;axe qu&apos;il note et son poids</translation>
    </message>
    <message>
        <source>The accounts whose tier the change would move</source>
        <translation>Les comptes dont la catégorie changerait avec la modification</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The chosen account&apos;s score of 1 to 10 for each criterion, with a note</source>
        <translation>Le score de 1 à 10 du compte choisi pour chaque critère, avec une note</translation>
    </message>
</context>
<context>
    <name>Kingside::CriteriaSets</name>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Today&apos;s size and tomorrow&apos;s potential weighed alike; a good first set.</source>
        <translation>La taille actuelle et le potentiel futur pèsent autant&#xa0;; un bon premier ensemble.</translation>
    </message>
    <message>
        <source>Sales volume</source>
        <translation>Volume des ventes</translation>
    </message>
    <message>
        <source>Annual sales to the account today</source>
        <translation>Chiffre d&apos;affaires annuel réalisé aujourd&apos;hui avec le compte</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Potentiel de croissance</translation>
    </message>
    <message>
        <source>Realistic growth over three years</source>
        <translation>Croissance réaliste sur trois ans</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilité</translation>
    </message>
    <message>
        <source>Margin after the cost to serve</source>
        <translation>Marge après le coût de service</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Adéquation stratégique</translation>
    </message>
    <message>
        <source>Fit with our products and direction</source>
        <translation>Adéquation avec nos produits et notre orientation</translation>
    </message>
    <message>
        <source>Prestige and reference value</source>
        <translation>Prestige et valeur de référence</translation>
    </message>
    <message>
        <source>Value as a public reference</source>
        <translation>Valeur en tant que référence publique</translation>
    </message>
    <message>
        <source>Relationship quality</source>
        <translation>Qualité de la relation</translation>
    </message>
    <message>
        <source>Breadth and depth of our relationships</source>
        <translation>Étendue et profondeur de nos relations</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Part du portefeuille client</translation>
    </message>
    <message>
        <source>Our share of their spend in our category</source>
        <translation>Notre part de leurs dépenses dans notre catégorie</translation>
    </message>
    <message>
        <source>Ease of doing business</source>
        <translation>Facilité de collaboration</translation>
    </message>
    <message>
        <source>Processes, payment, decision speed</source>
        <translation>Processus, paiement, rapidité de décision</translation>
    </message>
    <message>
        <source>Solution fit as they see it</source>
        <translation>Adéquation de la solution selon eux</translation>
    </message>
    <message>
        <source>How the customer rates our offer</source>
        <translation>Comment le client évalue notre offre</translation>
    </message>
    <message>
        <source>Growth first</source>
        <translation>Croissance d&apos;abord</translation>
    </message>
    <message>
        <source>For a business that must grow: potential and fit count most, size today least.</source>
        <translation>Pour une entreprise qui doit croître&#xa0;: le potentiel et l&apos;adéquation comptent le plus, la taille actuelle le moins.</translation>
    </message>
    <message>
        <source>Openness to partnership</source>
        <translation>Ouverture au partenariat</translation>
    </message>
    <message>
        <source>Whether they want a key supplier relationship at all</source>
        <translation>S&apos;ils souhaitent ou non une relation avec un fournisseur clé</translation>
    </message>
    <message>
        <source>Profit first</source>
        <translation>Rentabilité d&apos;abord</translation>
    </message>
    <message>
        <source>For a business that must earn: margin and ease of serving count most.</source>
        <translation>Pour une entreprise qui doit gagner de l&apos;argent&#xa0;: la marge et la facilité de service comptent le plus.</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>Historique de paiement</translation>
    </message>
    <message>
        <source>Pays on time, few disputes</source>
        <translation>Paie à temps, peu de litiges</translation>
    </message>
</context>
<context>
    <name>Kingside::CsvReader</name>
    <message>
        <source>A quoted field that opens on this line runs over %1 characters; a closing quote is probably missing.</source>
        <translation>Un champ entre guillemets qui s&apos;ouvre sur cette ligne dépasse %1 caractères&#xa0;; il manque probablement un guillemet fermant.</translation>
    </message>
    <message>
        <source>A quoted field that opens on this line is never closed (unbalanced quotes).</source>
        <translation>Un champ entre guillemets qui s&apos;ouvre sur cette ligne n&apos;est jamais fermé (guillemets déséquilibrés).</translation>
    </message>
    <message>
        <source>A field on this line has more than %1 characters.</source>
        <translation>Un champ de cette ligne a plus de %1 caractères.</translation>
    </message>
    <message>
        <source>This line has %1 fields; at most %2 are read.</source>
        <translation>Cette ligne a %1 champs&#xa0;; %2 au plus sont lus.</translation>
    </message>
</context>
<context>
    <name>Kingside::DemoBuilder</name>
    <message>
        <source>The demo could not be saved: %1</source>
        <translation>La démonstration n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::DemoHistory</name>
    <message>
        <source>Review of %1</source>
        <translation>Revue de %1</translation>
    </message>
</context>
<context>
    <name>Kingside::DotWriter</name>
    <message>
        <source>Department unknown</source>
        <translation>Service inconnu</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Notre équipe</translation>
    </message>
</context>
<context>
    <name>Kingside::DuplicateAccount</name>
    <message>
        <source>Duplicate account as %1</source>
        <translation>Dupliquer le compte sous le nom %1</translation>
    </message>
    <message>
        <source>The account to copy no longer exists.</source>
        <translation>Le compte à copier n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditCriterion</name>
    <message>
        <source>Change criterion %1</source>
        <translation>Modifier le critère %1</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Ce critère n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>A criterion named “%1” already exists.</source>
        <translation>Un critère nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditObjective</name>
    <message>
        <source>Edit objective</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>An objective needs a title.</source>
        <translation>Un objectif doit avoir un intitulé.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditPerson</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditPlanAction</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Une action doit avoir un intitulé.</translation>
    </message>
</context>
<context>
    <name>Kingside::EditRelationship</name>
    <message>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Cette relation n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::Enums</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Notre équipe</translation>
    </message>
    <message>
        <source>Final decision maker</source>
        <translation>Décideur final</translation>
    </message>
    <message>
        <source>Power influencer</source>
        <translation>Influenceur clé</translation>
    </message>
    <message>
        <source>Gatekeeper (veto)</source>
        <translation>Gardien (veto)</translation>
    </message>
    <message>
        <source>Specifier / evaluator</source>
        <translation>Prescripteur / évaluateur</translation>
    </message>
    <message>
        <source>Coach / informal influencer</source>
        <translation>Coach / influenceur informel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>No formal role</source>
        <translation>Aucun rôle formel</translation>
    </message>
    <message>
        <source>King</source>
        <translation>Roi</translation>
    </message>
    <message>
        <source>Queen</source>
        <translation>Dame</translation>
    </message>
    <message>
        <source>Rook</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Bishop</source>
        <translation>Fou</translation>
    </message>
    <message>
        <source>Knight</source>
        <translation>Cavalier</translation>
    </message>
    <message>
        <source>Pawn</source>
        <translation>Pion</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Neutral / unknown</source>
        <translation>Neutre / inconnu</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Sceptique</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Opposant</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Responsable grand compte</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spécialiste</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor de direction</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Working relationship</source>
        <translation>Relation de travail</translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation>Lien hiérarchique</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>Avant-vente</translation>
    </message>
    <message>
        <source>Contract negotiation</source>
        <translation>Négociation du contrat</translation>
    </message>
    <message>
        <source>Implementation / delivery</source>
        <translation>Mise en œuvre / livraison</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Specifier</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
</context>
<context>
    <name>Kingside::ExportRegistry</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>GraphML for networkx, Gephi, yEd (people, relationships, typed attributes)</source>
        <translation>GraphML pour networkx, Gephi, yEd (personnes, relations, attributs typés)</translation>
    </message>
    <message>
        <source>Graphviz DOT, clustered by department</source>
        <translation>Graphviz DOT, regroupé par service</translation>
    </message>
    <message>
        <source>CSV of people (with --relationships: of relationships), re-importable</source>
        <translation>CSV des personnes (avec --relationships&#xa0;: des relations), réimportable</translation>
    </message>
</context>
<context>
    <name>Kingside::FilterBar</name>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Only this team member&apos;s lines</source>
        <translation>Seulement les liens de ce membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Only the users and specifiers of this product</source>
        <translation>Seulement les utilisateurs et prescripteurs de ce produit</translation>
    </message>
    <message>
        <source>Only lines of this kind</source>
        <translation>Seulement les liens de ce type</translation>
    </message>
    <message>
        <source>All kinds of line</source>
        <translation>Tous les types de lien</translation>
    </message>
    <message>
        <source>Our team&apos;s lines</source>
        <translation>Liens de notre équipe</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Tout afficher de nouveau</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Trouver une personne…</translation>
    </message>
    <message>
        <source>Type part of a name: suggestions appear as you type. Enter finds the next match (also F3).</source>
        <translation>Saisissez une partie d&apos;un nom&#xa0;: des suggestions apparaissent pendant la saisie. Entrée trouve la correspondance suivante (F3 aussi).</translation>
    </message>
    <message>
        <source>Everyone&apos;s lines</source>
        <translation>Liens de tous</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>%1&apos;s lines</source>
        <translation>Liens de %1</translation>
    </message>
    <message>
        <source>Users and specifiers of %1</source>
        <translation>Utilisateurs et prescripteurs de %1</translation>
    </message>
    <message>
        <source>Team member&apos;s lines</source>
        <translation>Liens du membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Changed since the day</source>
        <translation>Changé depuis le jour</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
</context>
<context>
    <name>Kingside::IcsReader</name>
    <message>
        <source>The time zone “%1” is not defined; its times were read as local times.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» n&apos;est pas défini&#xa0;; ses heures ont été lues comme des heures locales.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file (it has no BEGIN:VCALENDAR).</source>
        <translation>%1 n&apos;est pas un fichier iCalendar (il ne contient pas BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; export a shorter period of the calendar.</source>
        <translation>%1 dépasse 512 Mo&#xa0;; exportez une période plus courte de l&apos;agenda.</translation>
    </message>
    <message>
        <source>The time zone “%1” is not one Kingside knows; the file&apos;s own definition of it (its offsets and daylight saving rules) was used.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» n&apos;est pas connu de Kingside&#xa0;; la définition propre au fichier (ses décalages et ses règles d&apos;heure d&apos;été) a été utilisée.</translation>
    </message>
    <message>
        <source>A recurring meeting was counted once, on its first day: %1.</source>
        <translation>Une réunion récurrente a été comptée une fois, à son premier jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A recurring all-day event repeats by the hour, minute or second, which RFC 5545 does not allow; it was counted once, on its first day.</source>
        <translation>Un événement récurrent sur la journée entière se répète à l&apos;heure, à la minute ou à la seconde, ce que la RFC 5545 n&apos;autorise pas&#xa0;; il a été compté une fois, à son premier jour.</translation>
    </message>
    <message>
        <source>A meeting repeats more often than Kingside expands (%1 times in the period read, or a rule that needs too many steps); its latest occurrences were counted.</source>
        <translation>Une réunion se répète plus souvent que Kingside ne développe (%1 fois dans la période lue, ou une règle qui demande trop d&apos;étapes)&#xa0;; ses occurrences les plus récentes ont été comptées.</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>A CSV export (Salesforce, HubSpot, LinkedIn, …), an Excel or OpenDocument workbook, or a vCard file</source>
        <translation>Un export CSV (Salesforce, HubSpot, LinkedIn, …), un classeur Excel ou OpenDocument, ou un fichier vCard</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new account</source>
        <translation>Nom du nouveau compte</translation>
    </message>
    <message>
        <source>Client people</source>
        <translation>Personnes du client</translation>
    </message>
    <message>
        <source>Our account team</source>
        <translation>Notre équipe de compte</translation>
    </message>
    <message>
        <source>Also import contacts of other companies</source>
        <translation>Importer aussi les contacts d&apos;autres sociétés</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Recognised as:</source>
        <translation>Reconnu comme&#xa0;:</translation>
    </message>
    <message>
        <source>Into &amp;account:</source>
        <translation>Dans le &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;People are:</source>
        <translation>Les &amp;personnes sont&#xa0;:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Kingside field</source>
        <translation>Champ Kingside</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>Motif ou modification</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Stopped reading the file.</source>
        <translation>Lecture du fichier arrêtée.</translation>
    </message>
    <message>
        <source>Stopped the preview.</source>
        <translation>Aperçu arrêté.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importer dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n people who name a company work at “%2”.</source>
        <translation>
            <numerusform>Personnes indiquant une société qui travaillent chez «&#xa0;%2&#xa0;»&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Personnes indiquant une société qui travaillent chez «&#xa0;%2&#xa0;»&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the account “%1”</source>
        <translation>Créer le compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.xlsx *.ods *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contacts (*.csv *.xlsx *.ods *.vcf *.vcard *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n ligne)</numerusform>
            <numerusform>%1 (%2, %n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new account.</source>
        <translation>Nommez le nouveau compte.</translation>
    </message>
    <message numerus="yes">
        <source>Matching %n row(s)…</source>
        <translation>
            <numerusform>Rapprochement de %n ligne…</numerusform>
            <numerusform>Rapprochement de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose which column holds the name (or first and last name).</source>
        <translation>Choisissez la colonne qui contient le nom (ou le prénom et le nom).</translation>
    </message>
    <message>
        <source>The account “%1” will be created.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» sera créé.</translation>
    </message>
    <message>
        <source>New departments: %1</source>
        <translation>Nouveaux services&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import into the new account %1</source>
        <translation>Importer dans le nouveau compte %1</translation>
    </message>
    <message>
        <source>Import %1 into the new account %2</source>
        <translation>Importer %1 dans le nouveau compte %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use the suggested account</source>
        <translation>Utiliser le compte suggéré</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>One row per column of the file: its title, its first values and the Kingside field it goes into, which can be changed</source>
        <translation>Une ligne par colonne du fichier&#xa0;: son titre, ses premières valeurs et le champ Kingside qu&apos;elle alimente, modifiable</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>What each line of the file will do: added, updated, skipped with the reason, or refused</source>
        <translation>Ce que fera chaque ligne du fichier&#xa0;: ajoutée, mise à jour, ignorée avec la raison, ou refusée</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l&apos;importation…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing row %1 of %2…</source>
        <translation>Importation de la ligne %1 sur %2…</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <translation>Champ de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Stopped the import; nothing was changed.</source>
        <translation>Importation arrêtée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportFormat</name>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Salesforce contact report</source>
        <translation>Rapport de contacts Salesforce</translation>
    </message>
    <message>
        <source>HubSpot contacts export</source>
        <translation>Export des contacts HubSpot</translation>
    </message>
    <message>
        <source>Google Contacts (Google CSV)</source>
        <translation>Google Contacts (CSV Google)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Contacts Outlook (CSV)</translation>
    </message>
    <message>
        <source>Dynamics 365 export (Export to Excel, as CSV)</source>
        <translation>Export Dynamics 365 (Exporter vers Excel, en CSV)</translation>
    </message>
    <message>
        <source>Pipedrive persons export</source>
        <translation>Export des personnes Pipedrive</translation>
    </message>
    <message>
        <source>Zoho CRM contacts export</source>
        <translation>Export des contacts Zoho CRM</translation>
    </message>
    <message>
        <source>LinkedIn connections (Connections.csv)</source>
        <translation>Relations LinkedIn (Connections.csv)</translation>
    </message>
    <message>
        <source>vCard address book</source>
        <translation>Carnet d&apos;adresses vCard</translation>
    </message>
    <message>
        <source>CSV file (columns mapped by hand)</source>
        <translation>Fichier CSV (colonnes associées à la main)</translation>
    </message>
    <message>
        <source>Kingside people CSV</source>
        <translation>CSV des personnes Kingside</translation>
    </message>
    <message>
        <source>Kingside relationships CSV</source>
        <translation>CSV des relations Kingside</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name suffix (Jr., PhD)</source>
        <translation>Suffixe du nom (Jr., PhD)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Company / account</source>
        <translation>Société / compte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Side (client/team)</source>
        <translation>Côté (client/équipe)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Rôle dans la décision</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Favours competitor</source>
        <translation>Concurrent favorisé</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Rôle dans l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportPlan</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4, rejected %5.</source>
        <translation>Ajoutées&#xa0;: %1, mises à jour&#xa0;: %2, inchangées&#xa0;: %3, ignorées&#xa0;: %4, rejetées&#xa0;: %5.</translation>
    </message>
    <message>
        <source>New account: “%1”.</source>
        <translation>Nouveau compte&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>line %1: %2 %3 — %4</source>
        <translation>ligne %1&#xa0;: %2 %3 — %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>New departments: %1</source>
        <translation>Nouveaux services&#xa0;: %1</translation>
    </message>
    <message>
        <source>New levels: %1</source>
        <translation>Nouveaux niveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>New competitors: %1</source>
        <translation>Nouveaux concurrents&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportPlanner</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a deleted record (IsDeleted is true)</source>
        <translation>un enregistrement supprimé (IsDeleted vaut true)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>no name (only the e-mail address %1)</source>
        <translation>sans nom (seulement l&apos;adresse e-mail %1)</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>le nom dépasse %1 caractères</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>side %1 is neither client nor team</source>
        <translation>le côté %1 n&apos;est ni client ni team</translation>
    </message>
    <message>
        <source>works at %1, not at %2</source>
        <translation>travaille chez %1, et non chez %2</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same e-mail address)</source>
        <translation>doublon de la ligne %1 (même adresse e-mail)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same name)</source>
        <translation>doublon de la ligne %1 (même nom)</translation>
    </message>
    <message>
        <source>%1 %2 is not one of %3</source>
        <translation>%1 %2 ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>decision role</source>
        <translation>rôle dans la décision</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>attitude</translation>
    </message>
    <message>
        <source>team role</source>
        <translation>rôle dans l&apos;équipe</translation>
    </message>
    <message>
        <source>%1: ignored %2</source>
        <translation>%1&#xa0;: %2 ignoré</translation>
    </message>
    <message>
        <source>%1 people in the account are called %2; add their e-mail addresses to tell them apart</source>
        <translation>%1 personnes du compte s&apos;appellent %2&#xa0;; ajoutez leurs adresses e-mail pour les distinguer</translation>
    </message>
    <message>
        <source>duplicate of line %1 (the same person in the account)</source>
        <translation>doublon de la ligne %1 (la même personne dans le compte)</translation>
    </message>
    <message>
        <source>team members have no decision role</source>
        <translation>les membres de l&apos;équipe n&apos;ont pas de rôle dans la décision</translation>
    </message>
    <message>
        <source>client people have no team role</source>
        <translation>les personnes du client n&apos;ont pas de rôle dans l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 is already the final decision maker (King) of this account</source>
        <translation>%1 est déjà le décideur final (Roi) de ce compte</translation>
    </message>
    <message>
        <source>%1 is already the account&apos;s mentor</source>
        <translation>%1 est déjà le mentor du compte</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>more than one person is called %1</source>
        <translation>plusieurs personnes s&apos;appellent %1</translation>
    </message>
    <message>
        <source>%1 reports to %2, who is neither in the file nor in the account; no reporting line was drawn</source>
        <translation>%1 rend compte à %2, qui n&apos;est ni dans le fichier ni dans le compte&#xa0;; aucun lien hiérarchique n&apos;a été tracé</translation>
    </message>
    <message>
        <source>%1 reports to %2: %3; no reporting line was drawn</source>
        <translation>%1 rend compte à %2&#xa0;: %3&#xa0;; aucun lien hiérarchique n&apos;a été tracé</translation>
    </message>
    <message>
        <source>%1 reports to themselves; no reporting line was drawn</source>
        <translation>%1 rend compte à lui-même&#xa0;; aucun lien hiérarchique n&apos;a été tracé</translation>
    </message>
    <message>
        <source>%1 reporting to %2 would close a reporting cycle (%3); that line was not drawn</source>
        <translation>%1 rendant compte à %2 fermerait un cycle hiérarchique (%3)&#xa0;; ce lien n&apos;a pas été tracé</translation>
    </message>
    <message>
        <source>reports to: %1 → %2</source>
        <translation>rend compte à&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>No account was named.</source>
        <translation>Aucun compte n&apos;a été indiqué.</translation>
    </message>
</context>
<context>
    <name>Kingside::ImportReader</name>
    <message>
        <source>The file contains no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n line(s) of notes before the header on line %1.</source>
        <translation>
            <numerusform>%n ligne de notes avant l&apos;en-tête de la ligne %1 écartée.</numerusform>
            <numerusform>%n lignes de notes avant l&apos;en-tête de la ligne %1 écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out the report footer (lines %1–%2).</source>
        <translation>Pied de rapport écarté (lignes %1–%2).</translation>
    </message>
    <message>
        <source>A relationships file needs the columns from and to in its header (line %1 is: %2).</source>
        <translation>Un fichier de relations doit avoir les colonnes from et to dans son en-tête (la ligne %1 est&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>Impossible de lire le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is a workbook, not a vCard.</source>
        <translation>Le fichier est un classeur, et non une vCard.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Classeur Excel, feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet, sheet “%1”</source>
        <translation>Classeur OpenDocument, feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>Read the sheet “%1” of %2; choose another with the sheet picker (or --sheet).</source>
        <translation>Feuille «&#xa0;%1&#xa0;» de %2 lue&#xa0;; choisissez-en une autre avec le sélecteur de feuille (ou --sheet).</translation>
    </message>
    <message>
        <source>Hidden in the workbook, read like the others: %1.</source>
        <translation>Masquées dans le classeur, lues comme les autres&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Kingside imports files of up to %3 MB. Export fewer contacts (for example one account) and import that file.</source>
        <translation>%1 fait %2 Mo&#xa0;; Kingside importe des fichiers de %3 Mo au plus. Exportez moins de contacts (par exemple un seul compte) et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>The file is not a vCard: it does not start with BEGIN:VCARD.</source>
        <translation>Le fichier n&apos;est pas une vCard&#xa0;: il ne commence pas par BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>The file is a vCard address book; import it as vCard.</source>
        <translation>Le fichier est un carnet d&apos;adresses vCard&#xa0;; importez-le en tant que vCard.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n subtotal or total row(s) of the report (line(s) %1).</source>
        <translation>
            <numerusform>%n ligne de sous-total ou de total du rapport laissée de côté (ligne %1).</numerusform>
            <numerusform>%n lignes de sous-total ou de total du rapport laissées de côté (lignes %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s) from the cell merged down over them (a grouped report&apos;s column).</source>
        <translation>
            <numerusform>%n cellule remplie depuis la cellule fusionnée au-dessus d&apos;elle (colonne d&apos;un rapport groupé).</numerusform>
            <numerusform>%n cellules remplies depuis la cellule fusionnée au-dessus d&apos;elles (colonne d&apos;un rapport groupé).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::InspectorPanel</name>
    <message>
        <source>Select a piece, a team member or a line to see and edit it. Drag a piece to another square to move it; drag from a team member to a piece to add a relationship.</source>
        <translation>Sélectionnez une pièce, un membre de l&apos;équipe ou un lien pour le voir et le modifier. Faites glisser une pièce sur une autre case pour la déplacer&#xa0;; faites glisser d&apos;un membre de l&apos;équipe vers une pièce pour ajouter une relation.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client person on this square</source>
        <translation>Personne du client ici</translation>
    </message>
    <message>
        <source>Our team: %1</source>
        <translation>Notre équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter la personne</translation>
    </message>
    <message>
        <source>From the decision role</source>
        <translation>D&apos;après le rôle dans la décision</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Decision role:</source>
        <translation>Rôle décisionnel&#xa0;:</translation>
    </message>
    <message>
        <source>Piece:</source>
        <translation>Pièce&#xa0;:</translation>
    </message>
    <message>
        <source>Attitude:</source>
        <translation>Attitude&#xa0;:</translation>
    </message>
    <message>
        <source>Favours:</source>
        <translation>Favorise&#xa0;:</translation>
    </message>
    <message>
        <source>Team role:</source>
        <translation>Rôle d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationships&lt;/b&gt; (click to edit)</source>
        <translation>&lt;b&gt;Relations&lt;/b&gt; (cliquer pour modifier)</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Avec&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Force&#xa0;:</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Ajouter la relation</translation>
    </message>
    <message>
        <source>1 vendor · 2 credible source · 3 problem solver · 4 strategic contributor · 5 trusted advisor</source>
        <translation>1 fournisseur · 2 source crédible · 3 résolveur de problèmes · 4 contributeur stratégique · 5 conseiller de confiance</translation>
    </message>
    <message>
        <source>Last contact on</source>
        <translation>Dernier contact le</translation>
    </message>
    <message>
        <source>Remove relationship</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No competitor</source>
        <translation>Aucun concurrent</translation>
    </message>
    <message>
        <source>Square: &lt;b&gt;%1 · %2&lt;/b&gt; — a client person added here stands on it.</source>
        <translation>Case&#xa0;: &lt;b&gt;%1 · %2&lt;/b&gt; — une personne du client ajoutée ici s&apos;y place.</translation>
    </message>
    <message>
        <source>No square chosen: click the square of the person&apos;s department and level first, or they stand beside the board until moved.</source>
        <translation>Aucune case choisie&#xa0;: cliquez d&apos;abord sur la case du service et du niveau de la personne, sinon elle reste à côté de l&apos;échiquier jusqu&apos;à ce qu&apos;on la déplace.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 · %3, strength %4, %5</source>
        <translation>%1 %2 · %3, force %4, %5</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>jamais rencontré</translation>
    </message>
    <message>
        <source>%1 (our team)</source>
        <translation>%1 (notre équipe)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Opened for review or read-only: the details show here, but they cannot be changed. Comments go on the Plan &amp;&amp; Reviews tab.</source>
        <translation>Ouvert pour revue ou en lecture seule&#xa0;: les détails s&apos;affichent ici, mais ne peuvent pas être modifiés. Les commentaires se font dans l&apos;onglet Plan et revues.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Type the new person&apos;s name first.</source>
        <translation>Saisissez d&apos;abord le nom de la nouvelle personne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Products&lt;/b&gt;</source>
        <translation>&lt;b&gt;Produits&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>This person&apos;s relationships: with whom, kind, strength and last contact. Enter or a click edits one.</source>
        <translation>Les relations de cette personne&#xa0;: avec qui, type, force et dernier contact. Entrée ou un clic en modifie une.</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>Kingside::LabelEditor</name>
    <message>
        <source>Name of the department or level</source>
        <translation>Nom du service ou du niveau</translation>
    </message>
    <message>
        <source>Enter keeps the name, Escape leaves it as it was</source>
        <translation>Entrée conserve le nom, Échap le laisse tel qu&apos;il était</translation>
    </message>
</context>
<context>
    <name>Kingside::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop, from the next start</source>
        <translation>Suivre la langue du bureau, à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>Show Kingside in English from the next start</source>
        <translation>Afficher Kingside en anglais à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>Show Kingside in %1 from the next start</source>
        <translation>Afficher Kingside en %1 à partir du prochain démarrage</translation>
    </message>
</context>
<context>
    <name>Kingside::LegendWidget</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>Kingside::MailReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 could not be read to its end: %2</source>
        <translation>%1 n&apos;a pas pu être lu jusqu&apos;au bout&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Kingside::MainWindow</name>
    <message>
        <source>Kingside workspaces (*.kingside);;All files (*)</source>
        <translation>Espaces de travail Kingside (*.kingside);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create an empty workspace file and start your first account</source>
        <translation>Créer un fichier d&apos;espace de travail vide et commencer votre premier compte</translation>
    </message>
    <message>
        <source>Open a workspace file to work in</source>
        <translation>Ouvrir un fichier d&apos;espace de travail pour y travailler</translation>
    </message>
    <message>
        <source>Open a workspace as its mentor: comments and reviews only, the plan and the board stay as they are</source>
        <translation>Ouvrir un espace de travail en tant que mentor&#xa0;: commentaires et revues uniquement, le plan et l&apos;échiquier restent tels quels</translation>
    </message>
    <message>
        <source>Open a workspace to read it; nothing can be changed</source>
        <translation>Ouvrir un espace de travail pour le lire&#xa0;; rien ne peut être modifié</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace of four accounts</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration intégré, avec quatre comptes</translation>
    </message>
    <message>
        <source>Bring in people from a CRM, mail or phone export (CSV, vCard, Excel, OpenDocument)</source>
        <translation>Importer des personnes depuis un export de CRM, de messagerie ou de téléphone (CSV, vCard, Excel, OpenDocument)</translation>
    </message>
    <message>
        <source>Read a calendar or mail export to bring each line&apos;s last contact up to date</source>
        <translation>Lire un export d&apos;agenda ou de messagerie pour mettre à jour le dernier contact de chaque lien</translation>
    </message>
    <message>
        <source>Print the account&apos;s map</source>
        <translation>Imprimer la carte du compte</translation>
    </message>
    <message>
        <source>See the printed map page by page before printing</source>
        <translation>Voir la carte imprimée page par page avant de l&apos;imprimer</translation>
    </message>
    <message>
        <source>Save the map as a PDF document</source>
        <translation>Enregistrer la carte en document PDF</translation>
    </message>
    <message>
        <source>Save the map as an SVG drawing for other programs</source>
        <translation>Enregistrer la carte en dessin SVG pour d&apos;autres programmes</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Enregistrer la carte en image PNG</translation>
    </message>
    <message>
        <source>Save the mentor&apos;s review pack (map, questions, plan) as a PDF</source>
        <translation>Enregistrer le dossier de revue du mentor (carte, questions, plan) en PDF</translation>
    </message>
    <message>
        <source>Close Kingside; every edit is saved</source>
        <translation>Fermer Kingside&#xa0;; chaque modification est enregistrée</translation>
    </message>
    <message>
        <source>Show every account&apos;s scores, tier and quadrant</source>
        <translation>Afficher les scores, la catégorie et le quadrant de chaque compte</translation>
    </message>
    <message>
        <source>Choose the criteria and weights that score the accounts</source>
        <translation>Choisir les critères et les poids qui notent les comptes</translation>
    </message>
    <message>
        <source>Name the tiers and set the scores that divide them</source>
        <translation>Nommer les catégories et fixer les scores qui les séparent</translation>
    </message>
    <message>
        <source>Save the directional-policy matrix as PDF, SVG or PNG</source>
        <translation>Enregistrer la matrice de politique directionnelle en PDF, SVG ou PNG</translation>
    </message>
    <message>
        <source>Print the directional-policy matrix</source>
        <translation>Imprimer la matrice de politique directionnelle</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Make the edit that was taken back again</source>
        <translation>Refaire la modification annulée</translation>
    </message>
    <message>
        <source>Show the board larger</source>
        <translation>Agrandir l&apos;échiquier</translation>
    </message>
    <message>
        <source>Show more of the board</source>
        <translation>Afficher une plus grande partie de l&apos;échiquier</translation>
    </message>
    <message>
        <source>Fit the whole board into the window</source>
        <translation>Ajuster tout l&apos;échiquier à la fenêtre</translation>
    </message>
    <message>
        <source>Show or hide the ten questions and their answers</source>
        <translation>Afficher ou masquer les dix questions et leurs réponses</translation>
    </message>
    <message>
        <source>Show or hide the accounts list</source>
        <translation>Afficher ou masquer la liste des comptes</translation>
    </message>
    <message>
        <source>Which version of Kingside this is</source>
        <translation>Version de Kingside</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Échiquier</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open for &amp;Review…</source>
        <translation>Ouvrir pour la re&amp;vue…</translation>
    </message>
    <message>
        <source>Open Read-&amp;Only…</source>
        <translation>Ouvrir en lecture se&amp;ule…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected person, line or wall on the board, or the selected rows of a table</source>
        <translation>Supprimer la personne, le lien ou le mur sélectionné sur l&apos;échiquier, ou les lignes sélectionnées d&apos;un tableau</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Board</source>
        <translation>A&amp;juster l&apos;échiquier</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Questions Panel</source>
        <translation>Panneau &amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Accounts Panel</source>
        <translation>Panneau &amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Kingside</source>
        <translation>À &amp;propos de Kingside</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Kingside</source>
        <translation>Kingside</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>%1 — Kingside</source>
        <translation>%1 — Kingside</translation>
    </message>
    <message>
        <source>%1 · %2 — Kingside</source>
        <translation>%1 · %2 — Kingside</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review mode: comments only</source>
        <translation>Mode revue&#xa0;: commentaires uniquement</translation>
    </message>
    <message>
        <source>%1 (for review)</source>
        <translation>%1 (pour revue)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open for Review</source>
        <translation>Ouvrir pour revue</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>About Kingside</source>
        <translation>À propos de Kingside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kingside %1&lt;/h3&gt;&lt;p&gt;Key account relationship maps on a chessboard: who decides, who is with us, and how to reach the King.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kingside %1&lt;/h3&gt;&lt;p&gt;Cartes des relations des grands comptes sur un échiquier&#xa0;: qui décide, qui est avec nous, et comment atteindre le Roi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>+ New Account…</source>
        <translation>+ Nouveau compte…</translation>
    </message>
    <message>
        <source>Start a new account from a template of departments and levels</source>
        <translation>Commencer un nouveau compte à partir d&apos;un modèle de services et de niveaux</translation>
    </message>
    <message>
        <source>The account was not renamed</source>
        <translation>Le compte n&apos;a pas été renommé</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Rename Account</source>
        <translation>&amp;Renommer le compte</translation>
    </message>
    <message>
        <source>Rename the account shown</source>
        <translation>Renommer le compte affiché</translation>
    </message>
    <message>
        <source>D&amp;uplicate as Template…</source>
        <translation>D&amp;upliquer comme modèle…</translation>
    </message>
    <message>
        <source>A new account with this one&apos;s departments, levels, walls, products and competitors, but no people</source>
        <translation>Un nouveau compte avec les services, niveaux, murs, produits et concurrents de celui-ci, mais sans personne</translation>
    </message>
    <message>
        <source>&amp;Delete Account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Delete the account shown and everything in it</source>
        <translation>Supprimer le compte affiché et tout son contenu</translation>
    </message>
    <message>
        <source>Account &amp;Properties…</source>
        <translation>&amp;Propriétés du compte…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Industry, sales, potential, stage, review cadence, competitors, products, mentor</source>
        <translation>Secteur, chiffre d&apos;affaires, potentiel, phase, fréquence des revues, concurrents, produits, mentor</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account created. Click a square on the board to add the client&apos;s people; Edit → Undo (Ctrl+Z) takes it back.</source>
        <translation>Compte créé. Cliquez sur une case de l&apos;échiquier pour ajouter les personnes du client&#xa0;; Édition → Annuler (Ctrl+Z) le supprime.</translation>
    </message>
    <message>
        <source>Duplicate as Template</source>
        <translation>Dupliquer comme modèle</translation>
    </message>
    <message>
        <source>The new account gets %1&apos;s departments, levels, walls, products and competitors, but none of its people. Its name:</source>
        <translation>Le nouveau compte reçoit les services, niveaux, murs, produits et concurrents de %1, mais aucune de ses personnes. Son nom&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The account was not duplicated</source>
        <translation>Le compte n&apos;a pas été dupliqué</translation>
    </message>
    <message numerus="yes">
        <source>%n client people</source>
        <translation>
            <numerusform>%n personne du client</numerusform>
            <numerusform>%n personnes du client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team members</source>
        <translation>
            <numerusform>%n membre de l&apos;équipe</numerusform>
            <numerusform>%n membres de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationships</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan actions</source>
        <translation>
            <numerusform>%n action du plan</numerusform>
            <numerusform>%n actions du plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n revue</numerusform>
            <numerusform>%n revues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n instantané</numerusform>
            <numerusform>%n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>Its board is empty.</source>
        <translation>Son échiquier est vide.</translation>
    </message>
    <message>
        <source>With it go %1.</source>
        <translation>Avec lui disparaissent %1.</translation>
    </message>
    <message>
        <source>Delete Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete the account “%1”?</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings it all back.</source>
        <translation>Édition → Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
    <message>
        <source>The account was not deleted</source>
        <translation>Le compte n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Deleted %1. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 supprimé. Édition → Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>no King marked</source>
        <translation>aucun Roi indiqué</translation>
    </message>
    <message>
        <source>King in check</source>
        <translation>Roi en échec</translation>
    </message>
    <message>
        <source>%1% key pieces covered</source>
        <translation>%1 % des pièces clés couvertes</translation>
    </message>
    <message>
        <source>%1 single-threaded</source>
        <translation>%1 à fil unique</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) late</source>
        <translation>
            <numerusform>%n action en retard</numerusform>
            <numerusform>%n actions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) red</source>
        <translation>
            <numerusform>%n objectif au rouge</numerusform>
            <numerusform>%n objectifs au rouge</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; Reviews</source>
        <translation>Plan et revues</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import &amp;Activity…</source>
        <translation>Importer l&apos;&amp;activité…</translation>
    </message>
    <message>
        <source>&amp;Print Map…</source>
        <translation>Im&amp;primer la carte…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu avan&amp;t impression…</translation>
    </message>
    <message>
        <source>&amp;Export Map</source>
        <translation>&amp;Exporter la carte</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>En &amp;PDF…</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>En &amp;SVG…</translation>
    </message>
    <message>
        <source>As P&amp;NG…</source>
        <translation>En P&amp;NG…</translation>
    </message>
    <message>
        <source>Export &amp;Review Pack…</source>
        <translation>Exporter le do&amp;ssier de revue…</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>Show &amp;Portfolio</source>
        <translation>Afficher le &amp;portefeuille</translation>
    </message>
    <message>
        <source>Selection &amp;Criteria…</source>
        <translation>&amp;Critères de sélection…</translation>
    </message>
    <message>
        <source>&amp;Tier Schemes…</source>
        <translation>Schémas de ca&amp;tégories…</translation>
    </message>
    <message>
        <source>Export &amp;Matrix Chart…</source>
        <translation>Exporter le graphique &amp;matrice…</translation>
    </message>
    <message>
        <source>Print Matrix C&amp;hart…</source>
        <translation>Imprimer le grap&amp;hique matrice…</translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation>Revues en retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No people in this account yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a square on the &lt;b&gt;Board&lt;/b&gt; and type a name in the inspector to add a client person there, or a member of our team; or bring in a contact export with &lt;b&gt;File → Import Contacts…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every cell here can then be edited in place: double-click it, or select and type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune personne dans ce compte pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cliquez sur une case de l&apos;&lt;b&gt;Échiquier&lt;/b&gt; et saisissez un nom dans l&apos;inspecteur pour y ajouter une personne du client, ou un membre de notre équipe&#xa0;; ou importez un export de contacts avec &lt;b&gt;Fichier → Importer des contacts…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chaque cellule peut ensuite être modifiée directement&#xa0;: double-cliquez dessus, ou sélectionnez-la et tapez.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>Supprimer %n personne</numerusform>
            <numerusform>Supprimer %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n people with their relationships and product roles. Edit → Undo (Ctrl+Z) brings them all back.</source>
        <translation>
            <numerusform>%n personne supprimée avec ses relations et ses rôles produit. Édition → Annuler (Ctrl+Z) la rétablit.</numerusform>
            <numerusform>%n personnes supprimées avec leurs relations et leurs rôles produit. Édition → Annuler (Ctrl+Z) les rétablit toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No relationships in this account yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;On the &lt;b&gt;Board&lt;/b&gt;, drag from a member of our team (on the rail) to a client person to add a working relationship, or use the &lt;b&gt;Connect&lt;/b&gt; tool (C) between two client people. Kind, strength and last contact can then be edited here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune relation dans ce compte pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sur l&apos;&lt;b&gt;Échiquier&lt;/b&gt;, faites glisser d&apos;un membre de notre équipe (sur le rail) vers une personne du client pour ajouter une relation de travail, ou utilisez l&apos;outil &lt;b&gt;Relier&lt;/b&gt; (C) entre deux personnes du client. Le type, la force et le dernier contact se modifient ensuite ici.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n relationships</source>
        <translation>
            <numerusform>Supprimer %n relation</numerusform>
            <numerusform>Supprimer %n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>A short tour of the board, the Questions panel, the portfolio and the plan</source>
        <translation>Une courte visite de l&apos;échiquier, du panneau Questions, du portefeuille et du plan</translation>
    </message>
    <message>
        <source>&amp;Tour of the Window</source>
        <translation>&amp;Visite de la fenêtre</translation>
    </message>
    <message>
        <source>The key accounts of this workspace; choosing one opens it in the tabs</source>
        <translation>Les comptes clés de cet espace de travail&#xa0;; en choisir un l&apos;ouvre dans les onglets</translation>
    </message>
    <message>
        <source>Account views</source>
        <translation>Vues du compte</translation>
    </message>
    <message>
        <source>The open account&apos;s board, people, relationships, plan and the portfolio of every account</source>
        <translation>L&apos;échiquier, les personnes, les relations et le plan du compte ouvert, et le portefeuille de tous les comptes</translation>
    </message>
    <message>
        <source>Every person of the account, ours and the client&apos;s, one per row; each cell can be edited in place</source>
        <translation>Toutes les personnes du compte, les nôtres et celles du client, une par ligne&#xa0;; chaque cellule se modifie sur place</translation>
    </message>
    <message>
        <source>Every relationship of the account: who to whom, kind, strength and last contact; each cell can be edited in place</source>
        <translation>Toutes les relations du compte&#xa0;: de qui à qui, type, force et dernier contact&#xa0;; chaque cellule se modifie sur place</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Éc&amp;hiquier</translation>
    </message>
    <message>
        <source>Show the &amp;Board</source>
        <translation>Afficher l&apos;é&amp;chiquier</translation>
    </message>
    <message>
        <source>Show the chessboard of the account picked</source>
        <translation>Afficher l&apos;échiquier du compte choisi</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Show Plan &amp;&amp; &amp;Reviews</source>
        <translation>Afficher le plan et les &amp;revues</translation>
    </message>
    <message>
        <source>Show the account plan, its reviews and what changed since</source>
        <translation>Afficher le plan de compte, ses revues et ce qui a changé depuis</translation>
    </message>
    <message>
        <source>Start a New Plan &amp;Version</source>
        <translation>Commencer une nouvelle &amp;version du plan</translation>
    </message>
    <message>
        <source>Keep the plan as it is as a version, and go on editing a new one</source>
        <translation>Conserver le plan en l&apos;état comme version, et continuer en modifiant une nouvelle</translation>
    </message>
    <message>
        <source>Add &amp;Objective</source>
        <translation>Ajouter un &amp;objectif</translation>
    </message>
    <message>
        <source>Add a long-term objective to the plan</source>
        <translation>Ajouter un objectif à long terme au plan</translation>
    </message>
    <message>
        <source>Remove O&amp;bjective</source>
        <translation>Supprimer l&apos;o&amp;bjectif</translation>
    </message>
    <message>
        <source>Remove the objective selected</source>
        <translation>Supprimer l&apos;objectif sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;Action</source>
        <translation>Ajouter une &amp;action</translation>
    </message>
    <message>
        <source>Add a short-term action to the plan</source>
        <translation>Ajouter une action à court terme au plan</translation>
    </message>
    <message>
        <source>Re&amp;move Action</source>
        <translation>Supprimer l&apos;actio&amp;n</translation>
    </message>
    <message>
        <source>Remove the action selected</source>
        <translation>Supprimer l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Record a Revie&amp;w…</source>
        <translation>&amp;Enregistrer une revue…</translation>
    </message>
    <message>
        <source>Record the mentor&apos;s review of the plan: a light and a comment per part</source>
        <translation>Enregistrer la revue du plan par le mentor&#xa0;: un feu et un commentaire par partie</translation>
    </message>
    <message>
        <source>&amp;Compare Reviews</source>
        <translation>&amp;Comparer les revues</translation>
    </message>
    <message>
        <source>Compare the review selected with the one after it, or with now</source>
        <translation>Comparer la revue sélectionnée avec la suivante, ou avec maintenant</translation>
    </message>
    <message>
        <source>Kingside will show in %1 from its next start: close and open it again.</source>
        <translation>Kingside s&apos;affichera en %1 à partir de son prochain démarrage&#xa0;: fermez-le et rouvrez-le.</translation>
    </message>
    <message>
        <source>The portfolio</source>
        <translation>Le portefeuille</translation>
    </message>
    <message>
        <source>Every account with its scores, its tier and its place in the directional-policy matrix. Click an account in the table or the chart to open its board.</source>
        <translation>Chaque compte avec ses scores, sa catégorie et sa place dans la matrice de politique directionnelle. Cliquez sur un compte dans le tableau ou le graphique pour ouvrir son échiquier.</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>L&apos;échiquier</translation>
    </message>
    <message>
        <source>The client&apos;s organisation as a chessboard: departments are files, levels are ranks, the piece is a person&apos;s decision role and its colour their attitude to us. Our team stands on the rail at the left; the legend explains every mark.</source>
        <translation>L&apos;organisation du client sous forme d&apos;échiquier&#xa0;: les services sont les colonnes, les niveaux les rangées, la pièce est le rôle d&apos;une personne dans la décision et sa couleur son attitude envers nous. Notre équipe se tient sur le rail à gauche&#xa0;; la légende explique chaque marque.</translation>
    </message>
    <message>
        <source>The Questions panel</source>
        <translation>Le panneau Questions</translation>
    </message>
    <message>
        <source>Ten questions about the account, answered from the board: is the King in check, where are we single-threaded, who is unreachable. Pick one to see its answer on the board.</source>
        <translation>Dix questions sur le compte, auxquelles l&apos;échiquier répond&#xa0;: le Roi est-il en échec, où ne tenons-nous qu&apos;à un seul fil, qui est injoignable. Choisissez-en une pour voir sa réponse sur l&apos;échiquier.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>The account plan: objectives, actions and the team&apos;s agreement, the mentor&apos;s reviews and what changed since the last one. Help → Tour of the Window shows this tour again.</source>
        <translation>Le plan de compte&#xa0;: objectifs, actions et accord de l&apos;équipe, les revues du mentor et ce qui a changé depuis la dernière. Aide → Visite de la fenêtre affiche de nouveau cette visite.</translation>
    </message>
</context>
<context>
    <name>Kingside::MapPrinter</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>Carte des relations</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>Impossible de commencer à peindre les pages.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Impossible de commencer la page %1.</translation>
    </message>
    <message>
        <source>Cannot finish the pages.</source>
        <translation>Impossible de terminer les pages.</translation>
    </message>
    <message>
        <source>Sheet %1 · trim at the crop marks</source>
        <translation>Feuille %1 · couper aux traits de coupe</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Numbers on the pieces; names below %1 pt omitted.</source>
        <translation>Numéros sur les pièces&#xa0;; noms de moins de %1 pt omis.</translation>
    </message>
</context>
<context>
    <name>Kingside::Migrator</name>
    <message>
        <source>The upgrade script for schema version %1 is missing from this build.</source>
        <translation>Le script de mise à niveau vers la version de schéma %1 manque dans cette version du programme.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>La mise à niveau vers la version de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation>Impossible d&apos;enregistrer la version de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not set foreign keys for the upgrade: %1</source>
        <translation>Impossible de régler les clés étrangères pour la mise à niveau : %1</translation>
    </message>
    <message>
        <source>The upgrade rebuilds tables and cannot run inside an open transaction.</source>
        <translation>La mise à niveau reconstruit des tables et ne peut pas s’exécuter dans une transaction ouverte.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2 rows refer to rows that do not exist.</source>
        <translation>La mise à niveau vers la version %1 du schéma a échoué : %2 lignes renvoient à des lignes qui n’existent pas.</translation>
    </message>
</context>
<context>
    <name>Kingside::MoveDepartment</name>
    <message>
        <source>Move department</source>
        <translation>Déplacer le service</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>Ce service n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is already in that place.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà à cet endroit.</translation>
    </message>
</context>
<context>
    <name>Kingside::MoveLevel</name>
    <message>
        <source>Move level</source>
        <translation>Déplacer le niveau</translation>
    </message>
    <message>
        <source>This level no longer exists.</source>
        <translation>Ce niveau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is already in that place.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà à cet endroit.</translation>
    </message>
</context>
<context>
    <name>Kingside::MovePiece</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only client people stand on the board; our team stays on the rail.</source>
        <translation>Seules les personnes du client sont sur l&apos;échiquier&#xa0;; notre équipe reste sur le rail.</translation>
    </message>
    <message>
        <source>This department does not exist in the account.</source>
        <translation>Ce service n&apos;existe pas dans le compte.</translation>
    </message>
    <message>
        <source>This level does not exist in the account.</source>
        <translation>Ce niveau n&apos;existe pas dans le compte.</translation>
    </message>
</context>
<context>
    <name>Kingside::MoveReport</name>
    <message>
        <source>(unknown person %1)</source>
        <translation>(personne inconnue %1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>take the King out of check: a strong, fresh line at a matching level</source>
        <translation>sortir le Roi de l&apos;échec&#xa0;: un lien fort et récent à un niveau correspondant</translation>
    </message>
    <message>
        <source>a strong, fresh line to a Queen or Rook</source>
        <translation>un lien fort et récent avec une Dame ou une Tour</translation>
    </message>
    <message>
        <source>another thread to a key piece</source>
        <translation>un autre fil vers une pièce clé</translation>
    </message>
    <message>
        <source>no single departure cuts us off from the King or Queen</source>
        <translation>aucun départ isolé ne nous coupe du Roi ou de la Dame</translation>
    </message>
    <message>
        <source>a way across a wall, to people without an introduction path</source>
        <translation>un passage à travers un mur, vers des personnes sans chemin de mise en relation</translation>
    </message>
    <message>
        <source>refresh a cooling line to a key piece</source>
        <translation>raviver un lien qui se refroidit avec une pièce clé</translation>
    </message>
    <message>
        <source>answer a competitor&apos;s champion</source>
        <translation>répondre à un champion d&apos;un concurrent</translation>
    </message>
    <message>
        <source>win over a sceptic through a champion who influences them</source>
        <translation>convaincre un sceptique par un champion qui l&apos;influence</translation>
    </message>
    <message>
        <source>bring a product&apos;s users and specifiers together</source>
        <translation>réunir les utilisateurs et les prescripteurs d&apos;un produit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 brings %2 and %3 together</source>
        <translation>%1 réunit %2 et %3</translation>
    </message>
    <message>
        <source>%1 brings %2 and %3 together, users and specifiers of %4</source>
        <translation>%1 réunit %2 et %3, utilisateurs et prescripteurs de %4</translation>
    </message>
    <message>
        <source>%1 meets %2 again: the line (strength %3) is fresh again</source>
        <translation>%1 rencontre de nouveau %2&#xa0;: le lien (force %3) redevient récent</translation>
    </message>
    <message>
        <source>%1 makes the line to %2 strong and fresh (strength %3 → %4)</source>
        <translation>%1 rend le lien avec %2 fort et récent (force %3 → %4)</translation>
    </message>
    <message>
        <source>%1 builds a strong line (strength %3) to %2</source>
        <translation>%1 noue un lien fort (force %3) avec %2</translation>
    </message>
    <message>
        <source>%1 builds a working line (strength %3) to %2</source>
        <translation>%1 noue un lien de travail (force %3) avec %2</translation>
    </message>
    <message>
        <source>, who influences %1</source>
        <translation>, qui influence %1</translation>
    </message>
    <message>
        <source>, introduced by %1</source>
        <translation>, présenté par %1</translation>
    </message>
    <message>
        <source>, a cold approach (no introduction path)</source>
        <translation>, une approche à froid (sans chemin de mise en relation)</translation>
    </message>
    <message>
        <source>effort: cold approach</source>
        <translation>effort&#xa0;: approche à froid</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>effort %1</translation>
    </message>
    <message>
        <source>King out of check</source>
        <translation>Roi sorti de l&apos;échec</translation>
    </message>
    <message>
        <source>King in check</source>
        <translation>Roi en échec</translation>
    </message>
    <message>
        <source>a strong, fresh line to the King (still in check for their attitude)</source>
        <translation>un lien fort et récent avec le Roi (toujours en échec en raison de son attitude)</translation>
    </message>
    <message>
        <source>a strong, fresh line to the King at a matching level</source>
        <translation>un lien fort et récent avec le Roi à un niveau correspondant</translation>
    </message>
    <message>
        <source>single-threaded key pieces %1 → %2</source>
        <translation>pièces clés à un seul fil %1 → %2</translation>
    </message>
    <message>
        <source>key pieces nobody reaches %1 → %2</source>
        <translation>pièces clés que personne n&apos;atteint %1 → %2</translation>
    </message>
    <message>
        <source>critical people %1 → %2</source>
        <translation>personnes critiques %1 → %2</translation>
    </message>
    <message>
        <source>critical lines %1 → %2</source>
        <translation>liens critiques %1 → %2</translation>
    </message>
    <message>
        <source>Queens and Rooks without a strong, fresh line %1 → %2</source>
        <translation>Dames et Tours sans lien fort et récent %1 → %2</translation>
    </message>
    <message>
        <source>competitors&apos; champions without a strong, fresh line %1 → %2</source>
        <translation>champions des concurrents sans lien fort et récent %1 → %2</translation>
    </message>
    <message>
        <source>sceptics not worked on through a champion %1 → %2</source>
        <translation>sceptiques non travaillés par un champion %1 → %2</translation>
    </message>
    <message>
        <source>products whose users and specifiers never meet %1 → %2</source>
        <translation>produits dont les utilisateurs et les prescripteurs ne se rencontrent jamais %1 → %2</translation>
    </message>
    <message>
        <source>cooling lines to key pieces %1 → %2</source>
        <translation>liens qui se refroidissent avec des pièces clés %1 → %2</translation>
    </message>
    <message>
        <source>people without an introduction path %1 → %2</source>
        <translation>personnes sans chemin de mise en relation %1 → %2</translation>
    </message>
    <message>
        <source>reachable %1%2</source>
        <translation>joignables %1%2</translation>
    </message>
    <message>
        <source>no change to the questions</source>
        <translation>aucun changement pour les questions</translation>
    </message>
    <message>
        <source>King %1; single-threaded key pieces %2; key pieces nobody reaches %3; critical people %4; critical lines %5; reachable %6 of %7; cooling lines to key pieces %8</source>
        <translation>Roi %1&#xa0;; pièces clés à un seul fil %2&#xa0;; pièces clés que personne n&apos;atteint %3&#xa0;; personnes critiques %4&#xa0;; liens critiques %5&#xa0;; joignables %6 sur %7&#xa0;; liens qui se refroidissent avec des pièces clés %8</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>in check</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>à l&apos;abri</translation>
    </message>
    <message>
        <source>%1 — next moves as on %2</source>
        <translation>%1 — prochains coups au %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>No move to propose: the account has no team member to act.</source>
        <translation>Aucun coup à proposer&#xa0;: le compte n&apos;a aucun membre de l&apos;équipe pour agir.</translation>
    </message>
    <message>
        <source>No move to propose: no line of ours would mend anything the questions find.</source>
        <translation>Aucun coup à proposer&#xa0;: aucun lien de notre part ne corrigerait quoi que ce soit de ce que révèlent les questions.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1 — %2; %3</source>
        <translation>Question %1 — %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>Effect: %1</source>
        <translation>Effet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alternative: %1 (%2; %3)</source>
        <translation>Autre possibilité&#xa0;: %1 (%2&#xa0;; %3)</translation>
    </message>
    <message>
        <source>Alternative: none does the same work</source>
        <translation>Autre possibilité&#xa0;: aucune ne fait le même travail</translation>
    </message>
    <message>
        <source>With these %1 moves: %2</source>
        <translation>Avec ces %1 coups&#xa0;: %2</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::NewAccountDialog</name>
    <message>
        <source>New Account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>The client organisation, e.g. Halvorsen Maritime Group</source>
        <translation>L&apos;organisation cliente, p. ex. Halvorsen Maritime Group</translation>
    </message>
    <message>
        <source>One department per line, left to right: the board&apos;s files</source>
        <translation>Un service par ligne, de gauche à droite&#xa0;: les colonnes de l&apos;échiquier</translation>
    </message>
    <message>
        <source>One level per line, top (board) to bottom: the board&apos;s ranks</source>
        <translation>Un niveau par ligne, du haut (conseil) vers le bas&#xa0;: les rangées de l&apos;échiquier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Departments (files, left to right):</source>
        <translation>Servi&amp;ces (colonnes, de gauche à droite)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Levels (ranks, top to bottom):</source>
        <translation>Ni&amp;veaux (rangées, du haut vers le bas)&#xa0;:</translation>
    </message>
    <message>
        <source>Change the template freely: every department and level can also be added, renamed, reordered and removed later on the board&apos;s edges.</source>
        <translation>Changez de modèle librement&#xa0;: chaque service et niveau peut aussi être ajouté, renommé, réordonné et supprimé plus tard sur les bords de l&apos;échiquier.</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Créer le compte</translation>
    </message>
</context>
<context>
    <name>Kingside::OutputGuard</name>
    <message>
        <source>%1 is the open workspace %2 under another name (a link to it)</source>
        <translation>%1 est l&apos;espace de travail ouvert %2 sous un autre nom (un lien vers celui-ci)</translation>
    </message>
    <message>
        <source>%1 is the open workspace</source>
        <translation>%1 est l&apos;espace de travail ouvert</translation>
    </message>
    <message>
        <source>%1 is part of the open workspace %2 (SQLite keeps the latest changes there)</source>
        <translation>%1 fait partie de l&apos;espace de travail ouvert %2 (SQLite y conserve les dernières modifications)</translation>
    </message>
    <message>
        <source>%1 is a backup of the open workspace %2</source>
        <translation>%1 est une sauvegarde de l&apos;espace de travail ouvert %2</translation>
    </message>
    <message>
        <source>%1; an export there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1&#xa0;; un export à cet endroit le détruirait. Rien n&apos;a été écrit&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>No file to write to was given.</source>
        <translation>Aucun fichier de destination n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder. Give the name of a file in it.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: c&apos;est un dossier. Indiquez le nom d&apos;un fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is not a folder.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 n&apos;est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>Kingside::PageSetup</name>
    <message>
        <source>Tiles are 1 to %1 pages across and down, not %2×%3.</source>
        <translation>Les tuiles font de 1 à %1 pages en largeur et en hauteur, et non %2×%3.</translation>
    </message>
    <message>
        <source>The margin is 0 to 40 mm, not %1 mm.</source>
        <translation>La marge est comprise entre 0 et 40 mm, et non %1 mm.</translation>
    </message>
    <message>
        <source>The overlap of tiles is 0 to 50 mm, not %1 mm.</source>
        <translation>Le chevauchement des tuiles est compris entre 0 et 50 mm, et non %1 mm.</translation>
    </message>
    <message>
        <source>%1%2 of %3×%4</source>
        <translation>%1%2 sur %3×%4</translation>
    </message>
</context>
<context>
    <name>Kingside::PageSetupWidget</name>
    <message>
        <source>Map layout</source>
        <translation>Mise en page de la carte</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fit the map on one page</source>
        <translation>&amp;Ajuster la carte sur une page</translation>
    </message>
    <message>
        <source>&amp;Tile the map over several pages</source>
        <translation>&amp;Répartir la carte sur plusieurs pages</translation>
    </message>
    <message>
        <source>across ×</source>
        <translation>en largeur ×</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en hauteur</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages&#xa0;:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Chevauchement&#xa0;:</translation>
    </message>
    <message>
        <source>Tiles carry crop marks and a grid label (&quot;B2 of 3×2&quot;) so that they assemble into one map on a wall.</source>
        <translation>Les tuiles portent des traits de coupe et une étiquette de grille (&quot;B2 sur 3×2&quot;) pour s&apos;assembler en une seule carte sur un mur.</translation>
    </message>
</context>
<context>
    <name>Kingside::PeopleTableModel</name>
    <message>
        <source>(not on the board)</source>
        <translation>(pas sur l&apos;échiquier)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Edit %1&apos;s %2</source>
        <translation>Modifier «&#xa0;%2&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Piece / team role</source>
        <translation>Pièce / rôle d&apos;équipe</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Favours</source>
        <translation>Favorise</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonDataActions</name>
    <message>
        <source>Export &amp;Person&apos;s Data…</source>
        <translation>E&amp;xporter les données de la personne…</translation>
    </message>
    <message>
        <source>&amp;Erase Person…</source>
        <translation>E&amp;ffacer la personne…</translation>
    </message>
    <message>
        <source>Select a person on the board first.</source>
        <translation>Sélectionnez d&apos;abord une personne sur l&apos;échiquier.</translation>
    </message>
    <message>
        <source>Write everything held about the selected person to a JSON file.</source>
        <translation>Écrire dans un fichier JSON tout ce qui est conservé sur la personne sélectionnée.</translation>
    </message>
    <message>
        <source>Erase the selected person for good (not undoable).</source>
        <translation>Effacer définitivement la personne sélectionnée (irréversible).</translation>
    </message>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation>Exporter les données de la personne</translation>
    </message>
    <message>
        <source>%1 - personal data.json</source>
        <translation>%1 - données personnelles.json</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2 (readable by you only).</source>
        <translation>Tout ce qui est conservé sur %1 a été écrit dans %2 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Effacer la personne</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1&#xa0;?</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette opération est irréversible.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonDataExport</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n&apos;y a aucune personne d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be made private to its owner: %2</source>
        <translation>Impossible de rendre %1 privé pour son propriétaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (%2); the previous file, if any, is unchanged.</source>
        <translation>%1 n&apos;a pas pu être écrit entièrement (%2)&#xa0;; le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonEraser</name>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product role(s)</source>
        <translation>
            <numerusform>%n rôle produit</numerusform>
            <numerusform>%n rôles produit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on them or their relationships</source>
        <translation>
            <numerusform>%n commentaire sur la personne ou ses relations</numerusform>
            <numerusform>%n commentaires sur la personne ou ses relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan agreement(s)</source>
        <translation>
            <numerusform>%n accord sur le plan</numerusform>
            <numerusform>%n accords sur le plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) unlinked from them (the actions stay)</source>
        <translation>
            <numerusform>%n action du plan détachée de la personne (l&apos;action est conservée)</numerusform>
            <numerusform>%n actions du plan détachées de la personne (les actions sont conservées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) they wrote, kept and signed “(erased person)”</source>
        <translation>
            <numerusform>%n revue rédigée par la personne, conservée et signée «&#xa0;(personne effacée)&#xa0;»</numerusform>
            <numerusform>%n revues rédigées par la personne, conservées et signées «&#xa0;(personne effacée)&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) rewritten without them</source>
        <translation>
            <numerusform>%n instantané réécrit sans la personne</numerusform>
            <numerusform>%n instantanés réécrits sans la personne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of their name, e-mail or phone in notes, titles and comments replaced by “(erased person)”</source>
        <translation>
            <numerusform>%n mention de son nom, e-mail ou téléphone dans les notes, fonctions et commentaires remplacée par «&#xa0;(personne effacée)&#xa0;»</numerusform>
            <numerusform>%n mentions de son nom, e-mail ou téléphone dans les notes, fonctions et commentaires remplacées par «&#xa0;(personne effacée)&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased “%1” (id %2) from “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» (identifiant %2) effacé de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Erasing “%1” (id %2) from “%3” removes them and:</source>
        <translation>Effacer «&#xa0;%1&#xa0;» (identifiant %2) de «&#xa0;%3&#xa0;» supprime cette personne et&#xa0;:</translation>
    </message>
    <message>
        <source>Also gone: </source>
        <translation>Disparaissent également&#xa0;: </translation>
    </message>
    <message>
        <source>- nothing else: they have no relationships, comments, actions, reviews or snapshots.</source>
        <translation>- rien d&apos;autre&#xa0;: elle n&apos;a aucune relation, aucun commentaire, aucune action, aucune revue ni aucun instantané.</translation>
    </message>
    <message>
        <source>The deleted data was overwritten and the file compacted. This cannot be undone.</source>
        <translation>Les données supprimées ont été écrasées et le fichier compacté. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>This cannot be undone: the undo history is cleared and the deleted data is overwritten in the file.</source>
        <translation>Cette opération est irréversible&#xa0;: l&apos;historique d&apos;annulation est vidé et les données supprimées sont écrasées dans le fichier.</translation>
    </message>
    <message>
        <source>Backup copies made before upgrades still hold them; delete these files: %1</source>
        <translation>Les copies de sauvegarde faites avant les mises à niveau les contiennent encore&#xa0;; supprimez ces fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n&apos;y a aucune personne d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Erasing a person needs the workspace open for editing.</source>
        <translation>Effacer une personne exige que l&apos;espace de travail soit ouvert en modification.</translation>
    </message>
    <message>
        <source>The erase could not start: %1</source>
        <translation>L&apos;effacement n&apos;a pas pu commencer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was erased: %1 failed (%2).</source>
        <translation>Rien n&apos;a été effacé&#xa0;: échec de l&apos;étape %1 (%2).</translation>
    </message>
    <message>
        <source>starting the transaction</source>
        <translation>démarrage de la transaction</translation>
    </message>
    <message>
        <source>deleting comments</source>
        <translation>suppression des commentaires</translation>
    </message>
    <message>
        <source>unlinking plan actions</source>
        <translation>détachement des actions du plan</translation>
    </message>
    <message>
        <source>signing their reviews “(erased person)”</source>
        <translation>signature de ses revues «&#xa0;(personne effacée)&#xa0;»</translation>
    </message>
    <message>
        <source>deleting their relationships and roles</source>
        <translation>suppression de ses relations et rôles</translation>
    </message>
    <message>
        <source>deleting the person</source>
        <translation>suppression de la personne</translation>
    </message>
    <message>
        <source>replacing mentions in %1</source>
        <translation>remplacement des mentions dans %1</translation>
    </message>
    <message>
        <source>rewriting snapshot %1</source>
        <translation>réécriture de l&apos;instantané %1</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>The person&apos;s rows are gone, but the file could not be compacted (%1); old copies of their data may remain in its free space until Kingside compacts it (erase again or run VACUUM).</source>
        <translation>Les lignes de la personne ont disparu, mais le fichier n&apos;a pas pu être compacté (%1)&#xa0;; d&apos;anciennes copies de ses données peuvent subsister dans son espace libre jusqu&apos;à ce que Kingside le compacte (effacez à nouveau ou lancez VACUUM).</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonRules</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>A name, title, e-mail or phone number can be at most 100,000 characters.</source>
        <translation>Un nom, une fonction, un e-mail ou un numéro de téléphone ne peut dépasser 100 000 caractères.</translation>
    </message>
    <message>
        <source>A member of our team needs a team role.</source>
        <translation>Un membre de notre équipe doit avoir un rôle dans l&apos;équipe.</translation>
    </message>
    <message>
        <source>Members of our team do not stand on the client&apos;s board, so they have no department, level or decision role.</source>
        <translation>Les membres de notre équipe ne sont pas sur l&apos;échiquier du client&#xa0;: ils n&apos;ont ni service, ni niveau, ni rôle dans la décision.</translation>
    </message>
    <message>
        <source>Only members of our team have a team role.</source>
        <translation>Seuls les membres de notre équipe ont un rôle dans l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 is already this account&apos;s King (final decision maker), and an account has only one. Change %1&apos;s role first.</source>
        <translation>%1 est déjà le Roi de ce compte (décideur final), et un compte n&apos;en a qu&apos;un. Changez d&apos;abord le rôle de %1.</translation>
    </message>
    <message>
        <source>%1 is already this account&apos;s mentor, and an account has one. Change %1&apos;s role first.</source>
        <translation>%1 est déjà le mentor de ce compte, et un compte n&apos;en a qu&apos;un. Changez d&apos;abord le rôle de %1.</translation>
    </message>
    <message>
        <source>A relationship joins two different people, not a person to themself.</source>
        <translation>Une relation relie deux personnes différentes, et non une personne à elle-même.</translation>
    </message>
    <message>
        <source>A relationship&apos;s strength is 1 (vendor) to 5 (trusted advisor).</source>
        <translation>La force d&apos;une relation va de 1 (fournisseur) à 5 (conseiller de confiance).</translation>
    </message>
    <message>
        <source>These two people already have a relationship of this kind.</source>
        <translation>Ces deux personnes ont déjà une relation de ce type.</translation>
    </message>
    <message>
        <source>This department does not exist in the account.</source>
        <translation>Ce service n&apos;existe pas dans le compte.</translation>
    </message>
    <message>
        <source>This level does not exist in the account.</source>
        <translation>Ce niveau n&apos;existe pas dans le compte.</translation>
    </message>
    <message>
        <source>This competitor does not exist in the workspace.</source>
        <translation>Ce concurrent n&apos;existe pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>A relationship joins two people of this account; one of them does not exist in it.</source>
        <translation>Une relation relie deux personnes de ce compte&#xa0;; l&apos;une d&apos;elles n&apos;y existe pas.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonStore</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The database driver is not SQLite&apos;s.</source>
        <translation>Le pilote de base de données n&apos;est pas celui de SQLite.</translation>
    </message>
</context>
<context>
    <name>Kingside::PersonTraces</name>
    <message>
        <source>(erased person)</source>
        <translation>(personne effacée)</translation>
    </message>
</context>
<context>
    <name>Kingside::PlanStore</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The owner of an action must be a member of this account&apos;s team.</source>
        <translation>Le responsable d&apos;une action doit être membre de l&apos;équipe de ce compte.</translation>
    </message>
    <message>
        <source>%1 is a client person, not a member of our team; an action must be owned by the team.</source>
        <translation>%1 est une personne du client, et non un membre de notre équipe&#xa0;; une action doit avoir un responsable dans l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 is the account&apos;s mentor, outside the day-to-day team; choose a team member as owner.</source>
        <translation>%1 est le mentor du compte, en dehors de l&apos;équipe au quotidien&#xa0;; choisissez un membre de l&apos;équipe comme responsable.</translation>
    </message>
    <message>
        <source>An action can only be linked to a client person of this account.</source>
        <translation>Une action ne peut être liée qu&apos;à une personne du client de ce compte.</translation>
    </message>
    <message>
        <source>An action can only be linked to an objective of the same account.</source>
        <translation>Une action ne peut être liée qu&apos;à un objectif du même compte.</translation>
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
        <translation>Revues</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Passer à la phase</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Phase du cycle de vie&#xa0;:</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>Key information</source>
        <translation>Informations clés</translation>
    </message>
    <message>
        <source>Save key information</source>
        <translation>Enregistrer les informations clés</translation>
    </message>
    <message>
        <source>Start a new plan version</source>
        <translation>Commencer une nouvelle version du plan</translation>
    </message>
    <message>
        <source>Customer&apos;s business objectives:</source>
        <translation>Objectifs métier du client&#xa0;:</translation>
    </message>
    <message>
        <source>Buying process:</source>
        <translation>Processus d&apos;achat&#xa0;:</translation>
    </message>
    <message>
        <source>Our strategy:</source>
        <translation>Notre stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Decision makers on the board:</source>
        <translation>Décideurs sur l&apos;échiquier&#xa0;:</translation>
    </message>
    <message>
        <source>Competitors active here:</source>
        <translation>Concurrents actifs ici&#xa0;:</translation>
    </message>
    <message>
        <source>Competitors and their activity:</source>
        <translation>Concurrents et leur activité&#xa0;:</translation>
    </message>
    <message>
        <source>profit planned:</source>
        <translation>marge prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Revenue planned:</source>
        <translation>Chiffre d&apos;affaires prévu&#xa0;:</translation>
    </message>
    <message>
        <source>Long-term objectives</source>
        <translation>Objectifs à long terme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>The team&apos;s agreement to the plan</source>
        <translation>Accord de l&apos;équipe sur le plan</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>Enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>No overdue actions, no objectives at red.</source>
        <translation>Aucune action en retard, aucun objectif au rouge.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action en retard</numerusform>
            <numerusform>%n actions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) at red</source>
        <translation>
            <numerusform>%n objectif au rouge</numerusform>
            <numerusform>%n objectifs au rouge</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an account to see its plan, its reviews and what changed.</source>
        <translation>Choisissez un compte pour voir son plan, ses revues et ce qui a changé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This account has no plan yet.&lt;/b&gt; Start with its objectives below: what the customer wants to achieve with us (visionary), the relationships we need (relationship) and the business we aim for (commercial), each with a traffic light. Then add the actions that serve them, each with an owner and a due date. A mentor&apos;s reviews go on the &lt;i&gt;Reviews&lt;/i&gt; tab; &lt;i&gt;What changed&lt;/i&gt; lists the changes since the last review.</source>
        <translation>&lt;b&gt;Ce compte n&apos;a pas encore de plan.&lt;/b&gt; Commencez par ses objectifs ci-dessous&#xa0;: ce que le client veut atteindre avec nous (visionnaire), les relations dont nous avons besoin (relationnel) et le chiffre d&apos;affaires que nous visons (commercial), chacun avec un feu tricolore. Ajoutez ensuite les actions qui les servent, chacune avec un responsable et une échéance. Les revues d&apos;un mentor se trouvent dans l&apos;onglet &lt;i&gt;Revues&lt;/i&gt;&#xa0;; &lt;i&gt;Changements&lt;/i&gt; liste les modifications depuis la dernière revue.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>No lifecycle history yet.</source>
        <translation>Pas encore d&apos;historique du cycle de vie.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan version %1</source>
        <translation>Version %1 du plan</translation>
    </message>
    <message>
        <source>None marked yet.</source>
        <translation>Aucun indiqué pour l&apos;instant.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun enregistré.</translation>
    </message>
    <message>
        <source>%1 agreed to version %2 on %3</source>
        <translation>%1 a approuvé la version %2 le %3</translation>
    </message>
    <message>
        <source>%1 of %2 team members agreed to the current version</source>
        <translation>Version actuelle approuvée par %1 des %2 membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Edit key information</source>
        <translation>Modifier les informations clés</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Plan and reviews</source>
        <translation>Plan et revues</translation>
    </message>
    <message>
        <source>The account plan, the mentor&apos;s reviews and what changed between snapshots</source>
        <translation>Le plan de compte, les revues du mentor et ce qui a changé entre les instantanés</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>In this stage since</source>
        <translation>Dans cette phase depuis</translation>
    </message>
    <message>
        <source>Profit planned</source>
        <translation>Profit prévu</translation>
    </message>
    <message>
        <source>One row per objective: kind, objective, measure, target date and its traffic light</source>
        <translation>Une ligne par objectif&#xa0;: type, objectif, mesure, date cible et son feu tricolore</translation>
    </message>
    <message>
        <source>Agreements to the plan</source>
        <translation>Accords sur le plan</translation>
    </message>
    <message>
        <source>Who of the team agreed to which version of the plan, and when</source>
        <translation>Qui, dans l&apos;équipe, a approuvé quelle version du plan, et quand</translation>
    </message>
    <message>
        <source>Team member who agrees</source>
        <translation>Membre de l&apos;équipe qui approuve</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Plan de compte</translation>
    </message>
    <message>
        <source>Kind of objective “%1”</source>
        <translation>Type de l&apos;objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Traffic light of objective “%1”</source>
        <translation>Feu tricolore de l&apos;objectif «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Kingside::PlanningEnums</name>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Visionary</source>
        <translation>Visionnaire</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationnel</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Long-term plan review</source>
        <translation>Revue du plan à long terme</translation>
    </message>
    <message>
        <source>Proposal review</source>
        <translation>Revue de proposition</translation>
    </message>
    <message>
        <source>Presentation review</source>
        <translation>Revue de présentation</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Key information</source>
        <translation>Informations clés</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>Kingside::PolicyQuadrant</name>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Streamline</source>
        <translation>Rationalisation</translation>
    </message>
    <message>
        <source>Attractive and we are strong: invest, manage as a partner.</source>
        <translation>Attractif et nous sommes forts&#xa0;: investir, gérer en partenaire.</translation>
    </message>
    <message>
        <source>Attractive but we are weak: invest selectively to build our position.</source>
        <translation>Attractif mais nous sommes faibles&#xa0;: investir de façon sélective pour renforcer notre position.</translation>
    </message>
    <message>
        <source>Less attractive, we are strong: maintain at an efficient cost.</source>
        <translation>Moins attractif, nous sommes forts&#xa0;: maintenir à un coût maîtrisé.</translation>
    </message>
    <message>
        <source>Less attractive and we are weak: serve efficiently, at low cost.</source>
        <translation>Moins attractif et nous sommes faibles&#xa0;: servir efficacement, à faible coût.</translation>
    </message>
</context>
<context>
    <name>Kingside::Portfolio</name>
    <message>
        <source>The workspace has no tier scheme.</source>
        <translation>L&apos;espace de travail n&apos;a aucun schéma de catégories.</translation>
    </message>
    <message>
        <source>There is no tier scheme “%1”. Known schemes: %2.</source>
        <translation>Il n&apos;existe aucun schéma de catégories «&#xa0;%1&#xa0;». Schémas connus&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioChartExport</name>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf.</source>
        <translation>%1&#xa0;: choisissez un fichier se terminant par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PNG could not be encoded.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PNG n&apos;a pas pu être encodé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the SVG could not be drawn.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le SVG n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be drawn.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être dessiné.</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioMatrixChart</name>
    <message>
        <source>Directional-policy matrix</source>
        <translation>Matrice de politique directionnelle</translation>
    </message>
    <message>
        <source>%1
Tier: %2 · %3
Annual sales: %4 · 3-year potential: %5

%6

%7

Click to open the account.</source>
        <translation>%1
Catégorie&#xa0;: %2 · %3
CA annuel&#xa0;: %4 · potentiel à 3 ans&#xa0;: %5

%6

%7

Cliquez pour ouvrir le compte.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>

At the same spot (%n other account(s)): </source>
        <translation>
            <numerusform>

Au même endroit (%n autre compte)&#xa0;: </numerusform>
            <numerusform>

Au même endroit (%n autres comptes)&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioMatrixRenderer</name>
    <message>
        <source>1 label hidden — hover a bubble for its account</source>
        <translation>1 étiquette masquée — survolez une bulle pour voir son compte</translation>
    </message>
    <message>
        <source>%1 labels hidden — hover a bubble for its account</source>
        <translation>%1 étiquettes masquées — survolez une bulle pour voir son compte</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Our relative strength →      (bubble area: %1)</source>
        <translation>Notre force relative →      (surface des bulles&#xa0;: %1)</translation>
    </message>
    <message>
        <source>3-year potential</source>
        <translation>potentiel à 3 ans</translation>
    </message>
    <message>
        <source>annual sales</source>
        <translation>CA annuel</translation>
    </message>
    <message>
        <source>Our relative strength →</source>
        <translation>Notre force relative →</translation>
    </message>
    <message>
        <source>Account attractiveness →</source>
        <translation>Attractivité du compte →</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioTableModel</name>
    <message>
        <source>%1 %2 of 100 = Σ weight × score / 10:</source>
        <translation>%1 %2 sur 100 = Σ poids × score / 10&#xa0;:</translation>
    </message>
    <message>
        <source>  %1: %2 % × not scored (counts 0) = 0</source>
        <translation>  %1&#xa0;: %2 % × non noté (compte 0) = 0</translation>
    </message>
    <message>
        <source>  %1: %2 % × %3 / 10 = %4</source>
        <translation>  %1&#xa0;: %2 % × %3 / 10 = %4</translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>jamais revu</translation>
    </message>
    <message>
        <source>Rank %1 by attractiveness under “%2”.</source>
        <translation>Rang %1 en attractivité selon «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Not scored (counts 0): %1</source>
        <translation>Non notés (comptent 0)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Attractiveness</source>
        <translation>Attractivité</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Missing scores</source>
        <translation>Scores manquants</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>CA annuel</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilité</translation>
    </message>
    <message>
        <source>Potential (3 years)</source>
        <translation>Potentiel (3 ans)</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>Santé des relations</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioView</name>
    <message>
        <source>The workspace&apos;s tier scheme; changing it re-tiers every account (undoable).</source>
        <translation>Le schéma de catégories de l&apos;espace de travail&#xa0;; le changer recatégorise chaque compte (annulable).</translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtrer les comptes…</translation>
    </message>
    <message>
        <source>&amp;Tier schemes…</source>
        <translation>Schémas de &amp;catégories…</translation>
    </message>
    <message>
        <source>Criteria and &amp;scores…</source>
        <translation>Critères et &amp;scores…</translation>
    </message>
    <message>
        <source>Bubbles: annual sales</source>
        <translation>Bulles&#xa0;: CA annuel</translation>
    </message>
    <message>
        <source>Bubbles: 3-year potential</source>
        <translation>Bulles&#xa0;: potentiel à 3 ans</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>&amp;Imprimer le graphique…</translation>
    </message>
    <message>
        <source>Tier scheme:</source>
        <translation>Schéma de catégories&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Directional-policy matrix · tiers: %1</source>
        <translation>Matrice de politique directionnelle · catégories&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s); </source>
        <translation>
            <numerusform>%n compte&#xa0;; </numerusform>
            <numerusform>%n comptes&#xa0;; </numerusform>
        </translation>
    </message>
    <message>
        <source>attractiveness and strength = Σ weight share × score / 10, missing scores count 0</source>
        <translation>attractivité et force = Σ part du poids × score / 10, les scores manquants comptent 0</translation>
    </message>
    <message numerus="yes">
        <source>; %n account(s) with missing scores.</source>
        <translation>
            <numerusform>&#xa0;; %n compte avec des scores manquants.</numerusform>
            <numerusform>&#xa0;; %n comptes avec des scores manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Image SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>Imprimer le graphique</translation>
    </message>
    <message>
        <source>Tier scheme</source>
        <translation>Schéma de catégories</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>Show the tier</source>
        <translation>Afficher la catégorie</translation>
    </message>
    <message>
        <source>Bubble size</source>
        <translation>Taille des bulles</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Every account with its tier, quadrant, health, next review, scores and figures; choosing a row opens the account</source>
        <translation>Chaque compte avec sa catégorie, son quadrant, sa santé, sa prochaine revue, ses scores et ses chiffres&#xa0;; choisir une ligne ouvre le compte</translation>
    </message>
</context>
<context>
    <name>Kingside::PrintContext</name>
    <message>
        <source>There is no account with id %1 in %2.</source>
        <translation>Il n&apos;y a aucun compte d&apos;identifiant %1 dans %2.</translation>
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
        <translation>%1 — carte des relations</translation>
    </message>
    <message>
        <source>Print relationship map</source>
        <translation>Imprimer la carte des relations</translation>
    </message>
    <message>
        <source>The map could not be printed to a file: %1</source>
        <translation>La carte n&apos;a pas pu être imprimée dans un fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The map could not be printed: %1</source>
        <translation>La carte n&apos;a pas pu être imprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print preview — relationship map</source>
        <translation>Aperçu avant impression — carte des relations</translation>
    </message>
    <message>
        <source>Export map as PDF</source>
        <translation>Exporter la carte en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Exporter la carte en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Exporter la carte en PNG</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>Résolution (ppp)&#xa0;:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export review pack</source>
        <translation>Exporter le dossier de revue</translation>
    </message>
</context>
<context>
    <name>Kingside::QuestionsPanel</name>
    <message>
        <source>&amp;Path to:</source>
        <translation>C&amp;hemin&#xa0;:</translation>
    </message>
    <message>
        <source>Introduction path to this person: who of us can introduce us, through whom</source>
        <translation>Chemin de mise en relation vers cette personne&#xa0;: lequel d&apos;entre nous peut nous présenter, et par qui</translation>
    </message>
    <message>
        <source>Choose an account to see its answers.</source>
        <translation>Choisissez un compte pour voir ses réponses.</translation>
    </message>
    <message>
        <source>Updating the answers…</source>
        <translation>Mise à jour des réponses…</translation>
    </message>
    <message>
        <source>the King</source>
        <translation>le Roi</translation>
    </message>
    <message>
        <source>%1 of %2 client people are reachable from our team; %3</source>
        <translation>Personnes du client joignables depuis notre équipe&#xa0;: %1 sur %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>%1 — as on %2</source>
        <translation>%1 — au %2</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>The ten questions about this account&apos;s relationships, each with its answer; a question&apos;s link shows its answer on the board</source>
        <translation>Les dix questions sur les relations de ce compte, chacune avec sa réponse&#xa0;; le lien d&apos;une question montre sa réponse sur l&apos;échiquier</translation>
    </message>
</context>
<context>
    <name>Kingside::RecordActivity</name>
    <message numerus="yes">
        <source>Import activity (%n line(s))</source>
        <translation>
            <numerusform>Importer l&apos;activité (%n lien)</numerusform>
            <numerusform>Importer l&apos;activité (%n liens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn from the calendar: met on %1.</source>
        <translation>Tracé d&apos;après l&apos;agenda&#xa0;: rencontre le %1.</translation>
    </message>
    <message>
        <source>A relationship the activity import was to update no longer exists; read the files again.</source>
        <translation>Une relation que l&apos;importation d&apos;activité devait mettre à jour n&apos;existe plus&#xa0;; relisez les fichiers.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
</context>
<context>
    <name>Kingside::RecordAgreement</name>
    <message>
        <source>Record agreement to the plan</source>
        <translation>Enregistrer l&apos;accord sur le plan</translation>
    </message>
    <message>
        <source>This account has no plan to agree to yet.</source>
        <translation>Ce compte n&apos;a pas encore de plan à approuver.</translation>
    </message>
    <message>
        <source>Only members of the account&apos;s team record their agreement to the plan.</source>
        <translation>Seuls les membres de l&apos;équipe du compte enregistrent leur accord sur le plan.</translation>
    </message>
    <message>
        <source>%1 has already agreed to version %2 of the plan.</source>
        <translation>%1 a déjà approuvé la version %2 du plan.</translation>
    </message>
</context>
<context>
    <name>Kingside::RecurrenceRule</name>
    <message>
        <source>the recurrence rule part %1 is not valid</source>
        <translation>la partie %1 de la règle de récurrence n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a recurrence rule has no FREQ</source>
        <translation>une règle de récurrence n&apos;a pas de FREQ</translation>
    </message>
</context>
<context>
    <name>Kingside::RelationshipPlanner</name>
    <message>
        <source>No account was named.</source>
        <translation>Aucun compte n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>New people (client side, department unknown): %1</source>
        <translation>Nouvelles personnes (côté client, service inconnu)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>%1 people in the account are called %2; use their e-mail addresses</source>
        <translation>%1 personnes du compte s&apos;appellent %2&#xa0;; utilisez leurs adresses e-mail</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>from and to must both name a person</source>
        <translation>from et to doivent tous deux désigner une personne</translation>
    </message>
    <message>
        <source>kind %1 is not one of %2</source>
        <translation>le type %1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>strength %1 is not a whole number from 1 to 5</source>
        <translation>la force %1 n&apos;est pas un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>last contact %1 is not a date like 2026-06-15</source>
        <translation>le dernier contact %1 n&apos;est pas une date comme 2026-06-15</translation>
    </message>
    <message>
        <source>a person cannot have a relationship with themselves</source>
        <translation>une personne ne peut pas avoir de relation avec elle-même</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>doublon de la ligne %1</translation>
    </message>
    <message>
        <source>strength: %1 → %2</source>
        <translation>force&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>last contact: %1 → %2</source>
        <translation>dernier contact&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>notes modifiées</translation>
    </message>
    <message>
        <source>this reporting line would close a reporting cycle (%1)</source>
        <translation>ce lien hiérarchique fermerait un cycle hiérarchique (%1)</translation>
    </message>
</context>
<context>
    <name>Kingside::RelationshipTableModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Récent</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Vieillissant</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveAccount</name>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove account %1</source>
        <translation>Supprimer le compte %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveAccountCompetitor</name>
    <message>
        <source>Remove competitor</source>
        <translation>Supprimer le concurrent</translation>
    </message>
    <message>
        <source>This competitor is not named in this account.</source>
        <translation>Ce concurrent n&apos;est pas indiqué sur ce compte.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveAccountProduct</name>
    <message>
        <source>Remove product</source>
        <translation>Supprimer le produit</translation>
    </message>
    <message>
        <source>This account does not have that product.</source>
        <translation>Ce compte n&apos;a pas ce produit.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveComment</name>
    <message>
        <source>Remove comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>This comment no longer exists.</source>
        <translation>Ce commentaire n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveCriterion</name>
    <message>
        <source>Remove criterion %1</source>
        <translation>Supprimer le critère %1</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Ce critère n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveDepartment</name>
    <message>
        <source>Remove department</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>Ce service n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) stand in “%1”; move them to another department first, or choose where they go.</source>
        <translation>
            <numerusform>%n personne se trouve dans «&#xa0;%1&#xa0;»&#xa0;; déplacez-la d&apos;abord vers un autre service, ou choisissez où elle va.</numerusform>
            <numerusform>%n personnes se trouvent dans «&#xa0;%1&#xa0;»&#xa0;; déplacez-les d&apos;abord vers un autre service, ou choisissez où elles vont.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of “%1” can only move to another department of the same account.</source>
        <translation>Les personnes de «&#xa0;%1&#xa0;» ne peuvent être déplacées que vers un autre service du même compte.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveLevel</name>
    <message>
        <source>Remove level</source>
        <translation>Supprimer le niveau</translation>
    </message>
    <message>
        <source>This level no longer exists.</source>
        <translation>Ce niveau n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) stand on the level “%1”; removing it would leave them homeless. Move them to another level first, or choose where they go.</source>
        <translation>
            <numerusform>%n personne se trouve au niveau «&#xa0;%1&#xa0;»&#xa0;; le supprimer la laisserait sans place. Déplacez-la d&apos;abord vers un autre niveau, ou choisissez où elle va.</numerusform>
            <numerusform>%n personnes se trouvent au niveau «&#xa0;%1&#xa0;»&#xa0;; le supprimer les laisserait sans place. Déplacez-les d&apos;abord vers un autre niveau, ou choisissez où elles vont.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of “%1” can only move to another level of the same account.</source>
        <translation>Les personnes de «&#xa0;%1&#xa0;» ne peuvent être déplacées que vers un autre niveau du même compte.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveObjective</name>
    <message>
        <source>Remove objective</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>This objective no longer exists.</source>
        <translation>Cet objectif n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemovePerson</name>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> avec %1</translation>
    </message>
    <message>
        <source> with %1 and %2</source>
        <translation> avec %1 et %2</translation>
    </message>
    <message>
        <source>Removed %1%2. Edit → Undo (Ctrl+Z) brings everything back.</source>
        <translation>Suppression de %1%2. Édition → Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
    <message numerus="yes">
        <source>This person owns or is linked to %n plan action(s); reassign them first.</source>
        <translation>
            <numerusform>Cette personne est responsable ou liée à %n action du plan&#xa0;; réattribuez-la d&apos;abord.</numerusform>
            <numerusform>Cette personne est responsable ou liée à %n actions du plan&#xa0;; réattribuez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemovePlanAction</name>
    <message>
        <source>Remove action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation>Cette action n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveRelationship</name>
    <message>
        <source>Remove relationship</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Cette relation n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveTierScheme</name>
    <message>
        <source>Remove tier scheme %1</source>
        <translation>Supprimer le schéma de catégories %1</translation>
    </message>
    <message>
        <source>This tier scheme no longer exists.</source>
        <translation>Ce schéma de catégories n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The built-in scheme “%1” cannot be removed.</source>
        <translation>Le schéma intégré «&#xa0;%1&#xa0;» ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>“%1” is the active scheme; choose another scheme before removing it.</source>
        <translation>«&#xa0;%1&#xa0;» est le schéma actif&#xa0;; choisissez un autre schéma avant de le supprimer.</translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveWall</name>
    <message>
        <source>Remove wall</source>
        <translation>Supprimer le mur</translation>
    </message>
    <message>
        <source>This wall no longer exists.</source>
        <translation>Ce mur n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::RenameAccount</name>
    <message>
        <source>Rename account to %1</source>
        <translation>Renommer le compte en %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The account is already called “%1”.</source>
        <translation>Le compte s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Kingside::RenameDepartment</name>
    <message>
        <source>Rename department to %1</source>
        <translation>Renommer le service en %1</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>Ce service n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The department is already called “%1”.</source>
        <translation>Le service s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Kingside::RenameLevel</name>
    <message>
        <source>Rename level to %1</source>
        <translation>Renommer le niveau en %1</translation>
    </message>
    <message>
        <source>This level no longer exists.</source>
        <translation>Ce niveau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The level is already called “%1”.</source>
        <translation>Le niveau s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Kingside::ReplaceCriteria</name>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>The criterion “%1” is listed twice.</source>
        <translation>Le critère «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>A score refers to a criterion that is not listed.</source>
        <translation>Un score fait référence à un critère qui n&apos;est pas dans la liste.</translation>
    </message>
    <message>
        <source>A score is %1 to %2; %3 is outside.</source>
        <translation>Un score va de %1 à %2&#xa0;; %3 est hors limites.</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation>Enregistrer une revue</translation>
    </message>
    <message>
        <source>What the mentor found, in a few lines</source>
        <translation>Ce que le mentor a constaté, en quelques lignes</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>É&amp;valuateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Synthèse&#xa0;:</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>Feux tricolores</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Ajouter un &amp;commentaire</translation>
    </message>
    <message>
        <source>Agreed actions (they join the plan when the review is recorded)</source>
        <translation>Actions convenues (elles rejoignent le plan à l&apos;enregistrement de la revue)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add agreed &amp;action</source>
        <translation>Ajouter une &amp;action convenue</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Enregistrer la revue</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>The mentor&apos;s comments, each on a part of the plan or one of its items</source>
        <translation>Les commentaires du mentor, chacun sur une partie du plan ou l&apos;un de ses éléments</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>Actions agreed in the review, with owner and due date; they join the plan</source>
        <translation>Actions convenues lors de la revue, avec responsable et échéance&#xa0;; elles rejoignent le plan</translation>
    </message>
    <message>
        <source>Comment %1 is on</source>
        <translation>Le commentaire %1 porte sur</translation>
    </message>
    <message>
        <source>Item of comment %1</source>
        <translation>Élément du commentaire %1</translation>
    </message>
    <message>
        <source>Owner of agreed action %1</source>
        <translation>Responsable de l&apos;action convenue %1</translation>
    </message>
    <message>
        <source>Due date of agreed action %1</source>
        <translation>Échéance de l&apos;action convenue %1</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewPack</name>
    <message>
        <source>On the map: the red ring marked CHECK.</source>
        <translation>Sur la carte&#xa0;: l&apos;anneau rouge marqué ÉCHEC.</translation>
    </message>
    <message>
        <source>On the map: orange dashed rings.</source>
        <translation>Sur la carte&#xa0;: les anneaux orange en pointillés.</translation>
    </message>
    <message>
        <source>On the map: the blue route and rings.</source>
        <translation>Sur la carte&#xa0;: le tracé et les anneaux bleus.</translation>
    </message>
    <message>
        <source>On the map: the purple eye badges.</source>
        <translation>Sur la carte&#xa0;: les badges en forme d&apos;œil violets.</translation>
    </message>
    <message>
        <source>On the map: the teal Δ badges.</source>
        <translation>Sur la carte&#xa0;: les badges Δ bleu canard.</translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation>Questions clés</translation>
    </message>
    <message>
        <source>Coverage by department and level</source>
        <translation>Couverture par service et par niveau</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Plan de compte</translation>
    </message>
    <message>
        <source>Comments of the last review</source>
        <translation>Commentaires de la dernière revue</translation>
    </message>
    <message>
        <source>Changes since the previous review</source>
        <translation>Changements depuis la revue précédente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Each cell: client people reached by a direct line from our team / client people in that department and level. Green: everybody reached; amber: some; red: nobody; blank: nobody known (whitespace).</source>
        <translation>Chaque cellule&#xa0;: personnes du client atteintes par un lien direct depuis notre équipe / personnes du client de ce service et de ce niveau. Vert&#xa0;: tout le monde est atteint&#xa0;; orange&#xa0;: une partie&#xa0;; rouge&#xa0;: personne&#xa0;; vide&#xa0;: personne de connu (zone blanche).</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 of %2 client people are reached directly by our team.</source>
        <translation>Personnes du client atteintes directement par notre équipe&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Plan version %1.</source>
        <translation>Version %1 du plan.</translation>
    </message>
    <message>
        <source>No strategy written yet.</source>
        <translation>Aucune stratégie rédigée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This account has no plan yet.</source>
        <translation>Ce compte n&apos;a pas encore de plan.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No objectives.</source>
        <translation>Aucun objectif.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Aucune action.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>OVERDUE %1 d</source>
        <translation>EN RETARD DE %1 j</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2 actions overdue on %3.</source>
        <translation>Actions en retard au %3&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>This account has not been reviewed yet.</source>
        <translation>Ce compte n&apos;a pas encore fait l&apos;objet d&apos;une revue.</translation>
    </message>
    <message>
        <source>%1 review of %2 by %3</source>
        <translation>%1 du %2 par %3</translation>
    </message>
    <message>
        <source>an unnamed reviewer</source>
        <translation>un évaluateur sans nom</translation>
    </message>
    <message>
        <source>No comments were made in this review.</source>
        <translation>Aucun commentaire n&apos;a été fait lors de cette revue.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>removed since</source>
        <translation>supprimé depuis</translation>
    </message>
    <message>
        <source>There is no review to compare with.</source>
        <translation>Il n&apos;y a aucune revue avec laquelle comparer.</translation>
    </message>
    <message>
        <source>The account at the review of %1 compared with the review of %2.</source>
        <translation>Le compte à la revue du %1 comparé à la revue du %2.</translation>
    </message>
    <message>
        <source>Only one review so far: the account today compared with the review of %1.</source>
        <translation>Une seule revue jusqu&apos;ici&#xa0;: le compte aujourd&apos;hui comparé à la revue du %1.</translation>
    </message>
    <message>
        <source>The reviews cannot be compared: %1</source>
        <translation>Les revues ne peuvent pas être comparées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 — account review pack</source>
        <translation>%1 — dossier de revue du compte</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>Carte des relations</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Impossible de commencer le PDF %1.</translation>
    </message>
    <message>
        <source>%1 · account review pack</source>
        <translation>%1 · dossier de revue du compte</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Account review pack</source>
        <translation>Dossier de revue du compte</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1 client people, %2 of our team, %3 relationships</source>
        <translation>Personnes du client&#xa0;: %1, notre équipe&#xa0;: %2, relations&#xa0;: %3</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Cannot finish the PDF %1.</source>
        <translation>Impossible de terminer le PDF %1.</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewPanel</name>
    <message>
        <source>Comment on the plan</source>
        <translation>Commenter le plan</translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation>Enregistrer une revue…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>A comment on the plan</source>
        <translation>Un commentaire sur le plan</translation>
    </message>
    <message>
        <source>Compare the selected review with the one after it, or with now</source>
        <translation>Comparer la revue sélectionnée avec la suivante, ou avec maintenant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Revue tous les</translation>
    </message>
    <message>
        <source>No mentor named for this account</source>
        <translation>Aucun mentor désigné pour ce compte</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last plan review %1; next due %2</source>
        <translation>Dernière revue du plan le %1&#xa0;; prochaine prévue le %2</translation>
    </message>
    <message>
        <source>Never reviewed; first review due %1</source>
        <translation>Jamais revu&#xa0;; première revue prévue le %1</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>EN RETARD de %n jour</numerusform>
            <numerusform>EN RETARD de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>(removed item)</source>
        <translation>(élément supprimé)</translation>
    </message>
    <message>
        <source>Comments outside reviews</source>
        <translation>Commentaires hors revues</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>The recorded reviews, newest first: date, kind, reviewer and a traffic light per section in words, with the summary and comments under each</source>
        <translation>Les revues enregistrées, les plus récentes d&apos;abord&#xa0;: date, type, auteur de la revue et un feu par section en toutes lettres, avec le résumé et les commentaires sous chacune</translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewSchedule</name>
    <message numerus="yes">
        <source>%1: review due since %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1&#xa0;: revue attendue depuis le %2 (%n jour de retard)</numerusform>
            <numerusform>%1&#xa0;: revue attendue depuis le %2 (%n jours de retard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::SaveFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file is read-only.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The previous file, if any, is unchanged.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2. Le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
</context>
<context>
    <name>Kingside::SaveTierScheme</name>
    <message>
        <source>Save tier scheme %1</source>
        <translation>Enregistrer le schéma de catégories %1</translation>
    </message>
    <message>
        <source>A tier scheme named “%1” already exists.</source>
        <translation>Un schéma de catégories nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This tier scheme no longer exists.</source>
        <translation>Ce schéma de catégories n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The built-in scheme “%1” cannot be changed; save a copy under a new name.</source>
        <translation>Le schéma intégré «&#xa0;%1&#xa0;» ne peut pas être modifié&#xa0;; enregistrez-en une copie sous un nouveau nom.</translation>
    </message>
</context>
<context>
    <name>Kingside::ScoreCalculator</name>
    <message>
        <source>The weight of “%1” is %2; weights cannot be negative.</source>
        <translation>Le poids de «&#xa0;%1&#xa0;» est %2&#xa0;; les poids ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The weights of the %1 criteria add up to zero; at least one of them must weigh more than 0.</source>
        <translation>Les poids des %1 critères totalisent zéro&#xa0;; au moins l&apos;un d&apos;eux doit peser plus de 0.</translation>
    </message>
    <message>
        <source>Attractiveness</source>
        <translation>Attractivité</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
</context>
<context>
    <name>Kingside::ServerAddress</name>
    <message>
        <source>“%1” holds a password. Kingside takes credentials only from PostgreSQL&apos;s own places: ~/.pgpass (or PGPASSFILE), a service file (PGSERVICEFILE) or PGPASSWORD. Remove the password from the address.</source>
        <translation>«&#xa0;%1&#xa0;» contient un mot de passe. Kingside ne prend les identifiants de connexion que dans les emplacements propres à PostgreSQL&#xa0;: ~/.pgpass (ou PGPASSFILE), un fichier de service (PGSERVICEFILE) ou PGPASSWORD. Retirez le mot de passe de l&apos;adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address. Write postgresql://user@host:port/database or postgresql:///?service=NAME.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL. Écrivez postgresql://user@host:port/database ou postgresql:///?service=NAME.</translation>
    </message>
    <message>
        <source>“%1” names the database “%2”, which holds a slash.</source>
        <translation>«&#xa0;%1&#xa0;» nomme la base de données «&#xa0;%2&#xa0;», qui contient une barre oblique.</translation>
    </message>
    <message>
        <source>“%1” sets “%2”, which Kingside does not pass on. It takes %3.</source>
        <translation>«&#xa0;%1&#xa0;» définit «&#xa0;%2&#xa0;», que Kingside ne transmet pas. Il accepte %3.</translation>
    </message>
    <message>
        <source>“%1” gives “%2” a value with a space, a semicolon, a quote or a backslash, which Kingside does not pass on.</source>
        <translation>«&#xa0;%1&#xa0;» donne à «&#xa0;%2&#xa0;» une valeur contenant une espace, un point-virgule, un guillemet ou une barre oblique inverse, que Kingside ne transmet pas.</translation>
    </message>
    <message>
        <source>Kingside cannot reach %1: the PostgreSQL driver of Qt SQL is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Kingside ne peut pas joindre %1&#xa0;: le pilote PostgreSQL de Qt SQL n&apos;est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Kingside could not connect to %1: %2</source>
        <translation>Kingside n&apos;a pas pu se connecter à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Kingside::ServerSetup</name>
    <message>
        <source>The role prefix “%1” is not accepted: use lower-case letters, digits and “_”, starting with a letter, at most 40 characters.</source>
        <translation>Le préfixe de rôle «&#xa0;%1&#xa0;» n&apos;est pas accepté&#xa0;: utilisez des lettres minuscules, des chiffres et «&#xa0;_&#xa0;», en commençant par une lettre, 40 caractères au plus.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL database.</source>
        <translation>%1 n&apos;est pas une base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not read what %1 holds: %2</source>
        <translation>Impossible de lire ce que contient %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds tables, “%2” first. server-setup writes only into an empty database; nothing was changed.</source>
        <translation>%1 n&apos;est pas vide&#xa0;: elle contient des tables, «&#xa0;%2&#xa0;» en premier. server-setup n&apos;écrit que dans une base de données vide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not start writing to %1: %2</source>
        <translation>Impossible de commencer à écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the schema in %1: %2 Nothing was changed.</source>
        <translation>Impossible de créer le schéma dans %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not set up the roles in %1: %2 Nothing was changed.</source>
        <translation>Impossible de configurer les rôles dans %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish setting up %1: %2 Nothing was changed.</source>
        <translation>Impossible de terminer la configuration de %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetAccountFacts</name>
    <message>
        <source>Edit account %1</source>
        <translation>Modifier le compte %1</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetActiveTierScheme</name>
    <message>
        <source>Use tier scheme %1</source>
        <translation>Utiliser le schéma de catégories %1</translation>
    </message>
    <message>
        <source>There is no tier scheme “%1”.</source>
        <translation>Il n&apos;existe aucun schéma de catégories «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Kingside::SetCriterionScore</name>
    <message>
        <source>Score %1</source>
        <translation>Noter %1</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Effacer le score</translation>
    </message>
    <message>
        <source>A score is %1 to %2; %3 is outside.</source>
        <translation>Un score va de %1 à %2&#xa0;; %3 est hors limites.</translation>
    </message>
    <message>
        <source>This criterion no longer exists.</source>
        <translation>Ce critère n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetFavouredCompetitor</name>
    <message>
        <source>Set favoured competitor</source>
        <translation>Définir le concurrent favorisé</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only the client&apos;s people favour a competitor; %1 is on our team.</source>
        <translation>Seules les personnes du client favorisent un concurrent&#xa0;; %1 fait partie de notre équipe.</translation>
    </message>
    <message>
        <source>This competitor no longer exists.</source>
        <translation>Ce concurrent n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is not among this account&apos;s competitors; add it to the account first.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des concurrents de ce compte&#xa0;; ajoutez-le d&apos;abord au compte.</translation>
    </message>
    <message>
        <source>%1 favours no competitor already.</source>
        <translation>%1 ne favorise déjà aucun concurrent.</translation>
    </message>
    <message>
        <source>%1 already favours %2.</source>
        <translation>%1 favorise déjà %2.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetLifecycleStage</name>
    <message>
        <source>Move to stage %1</source>
        <translation>Passer à la phase %1</translation>
    </message>
    <message>
        <source>A lifecycle stage needs the day it began.</source>
        <translation>Une phase du cycle de vie doit indiquer le jour où elle a commencé.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetPlanColumns</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be edited.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>L&apos;élément à modifier n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetPlanFields</name>
    <message>
        <source>Edit plan</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <source>A plan&apos;s version starts at 1.</source>
        <translation>La version d&apos;un plan commence à 1.</translation>
    </message>
    <message>
        <source>Planned revenue cannot be negative.</source>
        <translation>Le chiffre d&apos;affaires prévu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Planned profit must be a number.</source>
        <translation>La marge prévue doit être un nombre.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetProductRole</name>
    <message>
        <source>Set product role</source>
        <translation>Définir le rôle produit</translation>
    </message>
    <message>
        <source>Clear product role</source>
        <translation>Effacer le rôle produit</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Ce produit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is not one of this account&apos;s products; add it to the account first.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des produits de ce compte&#xa0;; ajoutez-le d&apos;abord au compte.</translation>
    </message>
    <message>
        <source>%1 is already marked “%2” for %3.</source>
        <translation>%1 est déjà indiqué «&#xa0;%2&#xa0;» pour %3.</translation>
    </message>
    <message>
        <source>%1 is not marked “%2” for %3.</source>
        <translation>%1 n&apos;est pas indiqué «&#xa0;%2&#xa0;» pour %3.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetProperties</name>
    <message>
        <source>This value is not one Kingside knows.</source>
        <translation>Kingside ne connaît pas cette valeur.</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>L&apos;élément à modifier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This property cannot be edited.</source>
        <translation>Cette propriété ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be edited.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>Kingside::SetStructure</name>
    <message>
        <source>Set the board&apos;s departments and levels</source>
        <translation>Définir les services et niveaux de l&apos;échiquier</translation>
    </message>
    <message numerus="yes">
        <source>the department “%1” (%n person(s))</source>
        <translation>
            <numerusform>le service «&#xa0;%1&#xa0;» (%n personne)</numerusform>
            <numerusform>le service «&#xa0;%1&#xa0;» (%n personnes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the level “%1” (%n person(s))</source>
        <translation>
            <numerusform>le niveau «&#xa0;%1&#xa0;» (%n personne)</numerusform>
            <numerusform>le niveau «&#xa0;%1&#xa0;» (%n personnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: people still stand on %1. Move them first.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: des personnes se trouvent encore sur %1. Déplacez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The board already has these departments and levels in this order.</source>
        <translation>L&apos;échiquier a déjà ces services et niveaux dans cet ordre.</translation>
    </message>
</context>
<context>
    <name>Kingside::Snapshot</name>
    <message>
        <source>The snapshot is not readable JSON (%1 at offset %2).</source>
        <translation>L&apos;instantané n&apos;est pas un JSON lisible (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The stored document is not a Kingside account snapshot.</source>
        <translation>Le document enregistré n&apos;est pas un instantané de compte Kingside.</translation>
    </message>
    <message>
        <source>This snapshot was written by a newer Kingside (snapshot format %1; this version reads up to %2).</source>
        <translation>Cet instantané a été écrit par une version plus récente de Kingside (format d&apos;instantané %1&#xa0;; cette version lit jusqu&apos;au %2).</translation>
    </message>
    <message>
        <source>The snapshot has no valid format number.</source>
        <translation>L&apos;instantané n&apos;a pas de numéro de format valide.</translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist.</source>
        <translation>L&apos;instantané %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No snapshot was frozen at this review.</source>
        <translation>Aucun instantané n&apos;a été figé lors de cette revue.</translation>
    </message>
</context>
<context>
    <name>Kingside::SnapshotComparison</name>
    <message>
        <source>These snapshots belong to different accounts (“%1” and “%2”); only snapshots of one account can be compared.</source>
        <translation>Ces instantanés appartiennent à des comptes différents («&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»)&#xa0;; seuls les instantanés d&apos;un même compte peuvent être comparés.</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>our team</source>
        <translation>notre équipe</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>absent du plan</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>réalisée le %1</translation>
    </message>
    <message>
        <source>already late</source>
        <translation>déjà en retard</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>pas encore échue</translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) late, owner %2</source>
        <translation>
            <numerusform>échéance %1, %n jour de retard, responsable %2</numerusform>
            <numerusform>échéance %1, %n jours de retard, responsable %2</numerusform>
        </translation>
    </message>
    <message>
        <source>People joined</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>People left</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Attitudes changed</source>
        <translation>Attitudes modifiées</translation>
    </message>
    <message>
        <source>Pieces changed</source>
        <translation>Pièces modifiées</translation>
    </message>
    <message>
        <source>Relationships gained</source>
        <translation>Relations gagnées</translation>
    </message>
    <message>
        <source>Relationships lost</source>
        <translation>Relations perdues</translation>
    </message>
    <message>
        <source>Relationships strengthened</source>
        <translation>Relations renforcées</translation>
    </message>
    <message>
        <source>Relationships weakened</source>
        <translation>Relations affaiblies</translation>
    </message>
    <message>
        <source>Objectives&apos; traffic lights</source>
        <translation>Feux des objectifs</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>Actions late</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Figures before and after</source>
        <translation>Chiffres avant et après</translation>
    </message>
    <message>
        <source>Client people</source>
        <translation>Personnes du client</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Team lines</source>
        <translation>Liens de l&apos;équipe</translation>
    </message>
    <message>
        <source>Strong team lines (4–5)</source>
        <translation>Liens forts de l&apos;équipe (4–5)</translation>
    </message>
    <message>
        <source>Key pieces (K, Q, R)</source>
        <translation>Pièces clés (R, D, T)</translation>
    </message>
    <message>
        <source>Key pieces reached by a strong line</source>
        <translation>Pièces clés atteintes par un lien fort</translation>
    </message>
    <message>
        <source>Coverage of key pieces (%)</source>
        <translation>Couverture des pièces clés (%)</translation>
    </message>
    <message>
        <source>Champions and supporters</source>
        <translation>Champions et soutiens</translation>
    </message>
    <message>
        <source>Sceptics and opponents</source>
        <translation>Sceptiques et opposants</translation>
    </message>
    <message>
        <source>Share of supporters (%)</source>
        <translation>Part des soutiens (%)</translation>
    </message>
    <message>
        <source>Objectives at red</source>
        <translation>Objectifs au rouge</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Team members agreed to the plan</source>
        <translation>Membres de l&apos;équipe ayant approuvé le plan</translation>
    </message>
    <message>
        <source>%1: changes from %2 to %3
</source>
        <translation>%1&#xa0;: changements du %2 au %3
</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Aucun changement.
</translation>
    </message>
</context>
<context>
    <name>Kingside::Sql</name>
    <message>
        <source>The database driver is not SQLite&apos;s.</source>
        <translation>Le pilote de base de données n&apos;est pas celui de SQLite.</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode could not be set.</source>
        <translation>Le mode défensif de SQLite n&apos;a pas pu être activé.</translation>
    </message>
    <message>
        <source>SQLite&apos;s trusted_schema could not be turned off.</source>
        <translation>Le paramètre trusted_schema de SQLite n&apos;a pas pu être désactivé.</translation>
    </message>
</context>
<context>
    <name>Kingside::SqlErrors</name>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Le disque est plein&#xa0;; la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The disk could not be written: it turned read-only, was removed or failed. The change was not saved.</source>
        <translation>Le disque n&apos;a pas pu être écrit&#xa0;: il est passé en lecture seule, a été retiré ou est défaillant. La modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The workspace refused this change as inconsistent with what it holds; it was not saved.</source>
        <translation>L&apos;espace de travail a refusé cette modification car elle est incohérente avec son contenu&#xa0;; elle n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (read-only).</source>
        <translation>Le fichier de l&apos;espace de travail ne peut pas être écrit (lecture seule).</translation>
    </message>
    <message>
        <source>The server does not let your role write this; the change was not saved.</source>
        <translation>Le serveur ne permet pas à votre rôle d&apos;écrire ceci&#xa0;; la modification n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Kingside::StoreCopy</name>
    <message>
        <source>table “%1” differs in its number of rows, %2 in %3 and %4 in %5</source>
        <translation>la table «&#xa0;%1&#xa0;» diffère par son nombre de lignes, %2 dans %3 et %4 dans %5</translation>
    </message>
    <message>
        <source>table “%1” differs: %2 holds the row (%3) where %4 holds (%5)</source>
        <translation>la table «&#xa0;%1&#xa0;» diffère&#xa0;: %2 contient la ligne (%3) là où %4 contient (%5)</translation>
    </message>
    <message>
        <source>%1 holds no Kingside workspace (for a PostgreSQL database, run kingside server-setup first).</source>
        <translation>%1 ne contient aucun espace de travail Kingside (pour une base de données PostgreSQL, lancez d&apos;abord kingside server-setup).</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and this Kingside copies version %3; open it in this Kingside first to bring it up to date.</source>
        <translation>%1 est à la version de schéma %2 et ce Kingside copie la version %3&#xa0;; ouvrez-le d&apos;abord dans ce Kingside pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Could not read the tables of %1: %2</source>
        <translation>Impossible de lire les tables de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the tables Kingside creates; it was not copied.</source>
        <translation>%1 ne contient pas les tables que crée Kingside&#xa0;; il n&apos;a pas été copié.</translation>
    </message>
    <message>
        <source>The table “%1” of %2 does not have the columns Kingside creates; it was not copied.</source>
        <translation>La table «&#xa0;%1&#xa0;» de %2 n&apos;a pas les colonnes que crée Kingside&#xa0;; elle n&apos;a pas été copiée.</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>le premier</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>le second</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not start writing to %1: %2</source>
        <translation>Impossible de commencer à écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already holds a workspace that differs from %2 (%3). store copy writes only into an empty workspace or onto an identical one; nothing was changed.</source>
        <translation>%1 contient déjà un espace de travail qui diffère de %2 (%3). store copy n&apos;écrit que dans un espace de travail vide ou sur un espace identique&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Copying the table “%1” to %2 failed: %3 Nothing was changed.</source>
        <translation>La copie de la table «&#xa0;%1&#xa0;» vers %2 a échoué&#xa0;: %3 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not set the next ids in %1: %2 Nothing was changed.</source>
        <translation>Impossible de fixer les prochains identifiants dans %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not read back what was copied to %1: %2 Nothing was changed.</source>
        <translation>Impossible de relire ce qui a été copié vers %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The copy in %1 does not read back as %2 (%3); nothing was changed.</source>
        <translation>La copie dans %1 ne se relit pas comme %2 (%3)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish writing to %1: %2 Nothing was changed.</source>
        <translation>Impossible de terminer l&apos;écriture dans %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Kingside::StrengthPrompt</name>
    <message>
        <source>Strength:</source>
        <translation>Force&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>Strength %1: %2</source>
        <translation>Force %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Kingside::TablePage</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Filter: type part of a name, title, department …</source>
        <translation>Filtre&#xa0;: saisissez une partie d&apos;un nom, d&apos;une fonction, d&apos;un service…</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete); Edit → Undo brings them back</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)&#xa0;; Édition → Annuler les rétablit</translation>
    </message>
    <message>
        <source>Select the rows to delete first.</source>
        <translation>Sélectionnez d&apos;abord les lignes à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s). Edit → Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n ligne supprimée. Édition → Annuler (Ctrl+Z) la rétablit.</numerusform>
            <numerusform>%n lignes supprimées. Édition → Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
</context>
<context>
    <name>Kingside::TextDecoder</name>
    <message>
        <source>The file does not look like text (binary data at line %1). Export the contacts as CSV or vCard and import that file.</source>
        <translation>Le fichier ne ressemble pas à du texte (données binaires à la ligne %1). Exportez les contacts en CSV ou en vCard et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has no byte-order mark; it was read as UTF-16 (%1).</source>
        <translation>Le fichier n&apos;a pas d&apos;indicateur d&apos;ordre des octets&#xa0;; il a été lu en UTF-16 (%1).</translation>
    </message>
    <message>
        <source>The file claims to be UTF-16 but has an odd number of bytes; it is damaged or cut off.</source>
        <translation>Le fichier se dit UTF-16 mais a un nombre impair d&apos;octets&#xa0;; il est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The file claims to be UTF-16 but contains invalid characters.</source>
        <translation>Le fichier se dit UTF-16 mais contient des caractères non valides.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 mark but is not valid UTF-8; it is damaged or mixes encodings.</source>
        <translation>Le fichier commence par une marque UTF-8 mais n&apos;est pas de l&apos;UTF-8 valide&#xa0;; il est endommagé ou mélange des encodages.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Latin-1/Windows-1252 text (byte 0x%1 at line %2). Save it as UTF-8 and import it again.</source>
        <translation>Le fichier n&apos;est ni du texte UTF-8 ni du texte Latin-1/Windows-1252 (octet 0x%1 à la ligne %2). Enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Latin-1/Windows-1252 (first such character at line %1). Check accented names in the preview.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu en Latin-1/Windows-1252 (premier caractère de ce type à la ligne %1). Vérifiez les noms accentués dans l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>Le fichier ne contient aucun texte.</translation>
    </message>
</context>
<context>
    <name>Kingside::TierSchemeDialog</name>
    <message>
        <source>Tier schemes</source>
        <translation>Schémas de catégories</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>By attractiveness score (lowest score of each band)</source>
        <translation>Par score d&apos;attractivité (score le plus bas de chaque tranche)</translation>
    </message>
    <message>
        <source>By rank (top N accounts; empty = the rest)</source>
        <translation>Par rang (N premiers comptes&#xa0;; vide = le reste)</translation>
    </message>
    <message>
        <source>Tier, best first</source>
        <translation>Catégorie, de la meilleure à la moins bonne</translation>
    </message>
    <message>
        <source>From score / up to rank</source>
        <translation>Score min. / rang max.</translation>
    </message>
    <message>
        <source>Add &amp;tier</source>
        <translation>Ajouter une ca&amp;tégorie</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove scheme</source>
        <translation>&amp;Supprimer le schéma</translation>
    </message>
    <message>
        <source>&amp;Use for this workspace</source>
        <translation>&amp;Utiliser pour cet espace de travail</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (intégré)</translation>
    </message>
    <message>
        <source> — active</source>
        <translation> — actif</translation>
    </message>
    <message>
        <source>Built-in schemes cannot be changed; copy one to adapt it.</source>
        <translation>Les schémas intégrés ne peuvent pas être modifiés&#xa0;; copiez-en un pour l&apos;adapter.</translation>
    </message>
    <message>
        <source>My tiers</source>
        <translation>Mes catégories</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s tier schemes; the one in use is marked in its name</source>
        <translation>Les schémas de catégories de l&apos;espace de travail&#xa0;; celui qui est utilisé est marqué dans son nom</translation>
    </message>
    <message>
        <source>New scheme</source>
        <translation>Nouveau schéma</translation>
    </message>
    <message>
        <source>Copy scheme</source>
        <translation>Copier le schéma</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>The scheme&apos;s tiers, best first, each with the lowest score or the highest rank it takes</source>
        <translation>Les catégories du schéma, la meilleure d&apos;abord, chacune avec le score le plus bas ou le rang le plus élevé qu&apos;elle accepte</translation>
    </message>
</context>
<context>
    <name>Kingside::Tiering</name>
    <message>
        <source>band %1 “%2”</source>
        <translation>tranche %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A tier scheme needs a name.</source>
        <translation>Un schéma de catégories doit avoir un nom.</translation>
    </message>
    <message>
        <source>The tier scheme “%1” has no bands.</source>
        <translation>Le schéma de catégories «&#xa0;%1&#xa0;» n&apos;a aucune tranche.</translation>
    </message>
    <message>
        <source>Band %1 of “%2” has no name.</source>
        <translation>La tranche %1 de «&#xa0;%2&#xa0;» n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The name of %1 is used twice.</source>
        <translation>Le nom de %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>In a scheme by score, every band has a lowest score and no rank; %1 does not.</source>
        <translation>Dans un schéma par score, chaque tranche a un score minimal et aucun rang&#xa0;; ce n&apos;est pas le cas de %1.</translation>
    </message>
    <message>
        <source>The lowest score of %1 is %2; it must be 0 to 100.</source>
        <translation>Le score minimal de %1 est %2&#xa0;; il doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>%1 starts at the same score (%2) as the band above it: the bands overlap.</source>
        <translation>%1 commence au même score (%2) que la tranche au-dessus&#xa0;: les tranches se chevauchent.</translation>
    </message>
    <message>
        <source>%1 starts at %2, above the band before it (%3): bands are listed best first, with falling lowest scores.</source>
        <translation>%1 commence à %2, au-dessus de la tranche précédente (%3)&#xa0;: les tranches sont listées de la meilleure à la moins bonne, avec des scores minimaux décroissants.</translation>
    </message>
    <message>
        <source>In a scheme by rank, %1 cannot have a lowest score.</source>
        <translation>Dans un schéma par rang, %1 ne peut pas avoir de score minimal.</translation>
    </message>
    <message>
        <source>Only the last band of a scheme by rank may take “the rest”; %1 needs a number of accounts.</source>
        <translation>Seule la dernière tranche d&apos;un schéma par rang peut prendre «&#xa0;le reste&#xa0;»&#xa0;; %1 doit indiquer un nombre de comptes.</translation>
    </message>
    <message>
        <source>%1 ends at rank %2; ranks start at 1.</source>
        <translation>%1 se termine au rang %2&#xa0;; les rangs commencent à 1.</translation>
    </message>
    <message>
        <source>%1 ends at the same rank (%2) as the band above it: the bands overlap.</source>
        <translation>%1 se termine au même rang (%2) que la tranche au-dessus&#xa0;: les tranches se chevauchent.</translation>
    </message>
    <message>
        <source>%1 ends at rank %2, before the band above it (%3): bands are listed best first, with rising ranks.</source>
        <translation>%1 se termine au rang %2, avant la tranche au-dessus (%3)&#xa0;: les tranches sont listées de la meilleure à la moins bonne, avec des rangs croissants.</translation>
    </message>
</context>
<context>
    <name>Kingside::Tour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close the Tour</source>
        <translation>Fermer la visite</translation>
    </message>
    <message>
        <source>The tour does not come back by itself; Help → Tour shows it again</source>
        <translation>La visite ne revient pas d&apos;elle-même&#xa0;; Aide → Visite la montre de nouveau</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>Kingside::VCardReader</name>
    <message>
        <source>The card that begins on this line has no END:VCARD.</source>
        <translation>La fiche qui commence sur cette ligne n&apos;a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>The card has no name (neither FN nor N).</source>
        <translation>La fiche n&apos;a pas de nom (ni FN ni N).</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).</translation>
    </message>
</context>
<context>
    <name>Kingside::WelcomePage</name>
    <message>
        <source>New Account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <source>Name the client and choose the departments and levels of its board</source>
        <translation>Nommez le client et choisissez les services et les niveaux de son échiquier</translation>
    </message>
    <message>
        <source>Bring in the people of an account from a CRM, Outlook, Google, LinkedIn or vCard export</source>
        <translation>Importez les personnes d&apos;un compte depuis un export CRM, Outlook, Google, LinkedIn ou vCard</translation>
    </message>
    <message>
        <source>%1 has no accounts yet</source>
        <translation>%1 n&apos;a pas encore de compte</translation>
    </message>
    <message>
        <source>&lt;p&gt;An account is one client organisation you want to win or grow. Start one with &lt;b&gt;New Account…&lt;/b&gt;: name the client and choose a template of its departments (the board&apos;s files) and levels (its ranks), which you can change at any time on the board&apos;s edges.&lt;/p&gt;&lt;p&gt;Or bring its people in from a contact export with &lt;b&gt;Import Contacts…&lt;/b&gt; (Salesforce, HubSpot, Outlook, Google, LinkedIn, vCard, CSV).&lt;/p&gt;&lt;p&gt;Then place the client&apos;s people on the board, add our team on the rail, and draw the relationships between them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un compte est une organisation cliente que vous voulez gagner ou développer. Créez-en un avec &lt;b&gt;Nouveau compte…&lt;/b&gt;&#xa0;: nommez le client et choisissez un modèle de ses services (les colonnes de l&apos;échiquier) et de ses niveaux (ses rangées), que vous pouvez modifier à tout moment sur les bords de l&apos;échiquier.&lt;/p&gt;&lt;p&gt;Ou importez ses personnes depuis un export de contacts avec &lt;b&gt;Importer des contacts…&lt;/b&gt; (Salesforce, HubSpot, Outlook, Google, LinkedIn, vCard, CSV).&lt;/p&gt;&lt;p&gt;Placez ensuite les personnes du client sur l&apos;échiquier, ajoutez notre équipe sur le rail et tracez les relations entre eux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Kingside</source>
        <translation>Bienvenue dans Kingside</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kingside keeps your key accounts in a workspace: one file on your computer. Create a new workspace for your own accounts, open one, or look around the demo first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kingside conserve vos grands comptes dans un espace de travail&#xa0;: un seul fichier sur votre ordinateur. Créez un nouvel espace de travail pour vos propres comptes, ouvrez-en un, ou découvrez d&apos;abord la démonstration.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Kingside::Workbook</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>la partie %1 manque</translation>
    </message>
    <message>
        <source>the part %1 inflates to %2 MB; Kingside reads parts of up to %3 MB</source>
        <translation>la partie %1 se décompresse en %2 Mo&#xa0;; Kingside lit des parties de %3 Mo au plus</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened (%2)</source>
        <translation>la partie %1 ne peut pas être ouverte (%2)</translation>
    </message>
    <message>
        <source>the part %1 is damaged (%2)</source>
        <translation>la partie %1 est endommagée (%2)</translation>
    </message>
    <message>
        <source>the part %1 inflates to more than %2 MB; Kingside reads parts of up to %2 MB</source>
        <translation>la partie %1 se décompresse en plus de %2 Mo&#xa0;; Kingside lit des parties de %2 Mo au plus</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>a value lies beyond the last column %1</source>
        <translation>une valeur se trouve au-delà de la dernière colonne %1</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells; Kingside reads sheets of up to %1 cells. Save the contacts alone in a sheet and import that.</source>
        <translation>la feuille a plus de %1 cellules&#xa0;; Kingside lit des feuilles de %1 cellules au plus. Enregistrez les contacts seuls dans une feuille et importez-la.</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells; Kingside reads sheets of up to %1 cells.</source>
        <translation>la feuille a plus de %1 cellules&#xa0;; Kingside lit des feuilles de %1 cellules au plus.</translation>
    </message>
    <message>
        <source>it is a zip archive, but not an Excel workbook (it has no %1)</source>
        <translation>c&apos;est une archive zip, mais pas un classeur Excel (il n&apos;a pas de %1)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1”; its sheets are %2</source>
        <translation>le classeur n&apos;a pas de feuille «&#xa0;%1&#xa0;»&#xa0;; ses feuilles sont %2</translation>
    </message>
    <message>
        <source>the sheet “%1” has no part in the workbook (it may be a chart sheet)</source>
        <translation>la feuille «&#xa0;%1&#xa0;» n&apos;a pas de partie dans le classeur (c&apos;est peut-être une feuille de graphique)</translation>
    </message>
    <message>
        <source>%1 lists more than 10,000 sheets</source>
        <translation>%1 liste plus de 10 000 feuilles</translation>
    </message>
    <message>
        <source>sheet “%1” (%2), cell %3: %4</source>
        <translation>feuille «&#xa0;%1&#xa0;» (%2), cellule %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>feuille «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>sheet “%1”: row %2 lies beyond Excel&apos;s last row %3</source>
        <translation>feuille «&#xa0;%1&#xa0;»&#xa0;: la ligne %2 se trouve au-delà de la dernière ligne d&apos;Excel, %3</translation>
    </message>
    <message>
        <source>not a cell reference</source>
        <translation>pas une référence de cellule</translation>
    </message>
    <message numerus="yes">
        <source>shared string %1 does not exist (the workbook has %n)</source>
        <translation>
            <numerusform>la chaîne partagée %1 n&apos;existe pas (le classeur en a %n)</numerusform>
            <numerusform>la chaîne partagée %1 n&apos;existe pas (le classeur en a %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet “%1”; its sheets are %2</source>
        <translation>le classeur n&apos;a pas de feuille «&#xa0;%1&#xa0;»&#xa0;; ses feuilles sont %2</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: %3</source>
        <translation>feuille «&#xa0;%1&#xa0;», ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>sheet “%1”: row %2 repeats past Excel&apos;s last row %3</source>
        <translation>feuille «&#xa0;%1&#xa0;»&#xa0;: la ligne %2 se répète au-delà de la dernière ligne d&apos;Excel, %3</translation>
    </message>
    <message>
        <source>it is an Excel 97–2003 workbook (.xls) or a password-protected workbook; save it in Excel as .xlsx without a password, or as CSV</source>
        <translation>c&apos;est un classeur Excel 97–2003 (.xls) ou un classeur protégé par mot de passe&#xa0;; enregistrez-le dans Excel au format .xlsx sans mot de passe, ou en CSV</translation>
    </message>
    <message>
        <source>it is not a zip archive, so not an .xlsx or .ods spreadsheet</source>
        <translation>ce n&apos;est pas une archive zip, donc ni un classeur .xlsx ni un classeur .ods</translation>
    </message>
    <message>
        <source>its zip archive cannot be opened (%1); the file may be cut short. Save or download it again.</source>
        <translation>son archive zip ne peut pas être ouverte (%1)&#xa0;; le fichier est peut-être tronqué. Enregistrez-le ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>it is an OpenDocument file of type %1, not a spreadsheet</source>
        <translation>c&apos;est un fichier OpenDocument de type %1, et non un classeur</translation>
    </message>
</context>
<context>
    <name>Kingside::Workspace</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened safely: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert en toute sécurité&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened read-only: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite); Kingside cannot open workspaces without it.</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé (paquet Debian libqt6sql6-sqlite)&#xa0;; Kingside ne peut pas ouvrir d&apos;espace de travail sans lui.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kingside workspace.</source>
        <translation>%1 est un dossier, et non un espace de travail Kingside.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Kingside workspace.</source>
        <translation>%1 est un fichier vide, et non un espace de travail Kingside.</translation>
    </message>
    <message>
        <source>%1 is not a Kingside workspace: it is not an SQLite database.</source>
        <translation>%1 n&apos;est pas un espace de travail Kingside&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its latest changes wait in %2, which SQLite can only read where it may write beside the workspace. Copy both files to a folder you can write to, and open the copy.</source>
        <translation>Impossible de lire %1 ici&#xa0;: ses dernières modifications attendent dans %2, que SQLite ne peut lire que là où il peut écrire à côté de l&apos;espace de travail. Copiez les deux fichiers dans un dossier où vous pouvez écrire, et ouvrez la copie.</translation>
    </message>
    <message>
        <source>%1 is open in another Kingside window or program. Close it there first.</source>
        <translation>%1 est ouvert dans une autre fenêtre Kingside ou un autre programme. Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>%1 is damaged (the database image is malformed, for example cut short). Restore it from a backup copy.</source>
        <translation>%1 est endommagé (l&apos;image de la base de données est mal formée, par exemple tronquée). Restaurez-le à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the disk is full (SQLite needs a little free space beside the workspace even to read it). Free some space and try again; the workspace was not changed.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le disque est plein (SQLite a besoin d&apos;un peu d&apos;espace libre à côté de l&apos;espace de travail, même pour le lire). Libérez de l&apos;espace et réessayez&#xa0;; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base de données SQLite lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Kingside workspace.</source>
        <translation>%1 est une base de données SQLite, mais pas un espace de travail Kingside.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kingside (schema %2; this version reads up to %3). It was not changed; please update Kingside.</source>
        <translation>%1 a été écrit par une version plus récente de Kingside (schéma %2&#xa0;; cette version lit jusqu&apos;au %3). Il n&apos;a pas été modifié&#xa0;; veuillez mettre Kingside à jour.</translation>
    </message>
    <message>
        <source>%1 is open in another Kingside window or program. Close it there first, or open it read-only.</source>
        <translation>%1 est ouvert dans une autre fenêtre Kingside ou un autre programme. Fermez-le d&apos;abord là-bas, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Open it read-only instead.</source>
        <translation>Impossible d&apos;écrire %1 (le fichier ou son dossier est en lecture seule). Ouvrez-le plutôt en lecture seule.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for editing: %2</source>
        <translation>%1 n&apos;a pas pu être préparé pour la modification&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but the backup copy %2 could not be created: %3. The workspace was not changed.</source>
        <translation>%1 doit être mis à niveau, mais la copie de sauvegarde %2 n&apos;a pas pu être créée&#xa0;: %3. L&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but the backup copy %2 could not be written: %3. The workspace was not changed.</source>
        <translation>%1 doit être mis à niveau, mais la copie de sauvegarde %2 n&apos;a pas pu être écrite&#xa0;: %3. L&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2) and must be upgraded before it can be read; open it for editing once.</source>
        <translation>%1 utilise un schéma plus ancien (version %2) et doit être mis à niveau avant de pouvoir être lu&#xa0;; ouvrez-le une fois en modification.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2 The workspace was left at schema version %3.</source>
        <translation>%1 n&apos;a pas pu être mis à niveau&#xa0;: %2 L&apos;espace de travail est resté à la version de schéma %3.</translation>
    </message>
    <message>
        <source>%1 already exists; Kingside does not overwrite it.</source>
        <translation>%1 existe déjà&#xa0;; Kingside ne l&apos;écrase pas.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder does not exist or is read-only.</source>
        <translation>Impossible de créer %1&#xa0;: son dossier n&apos;existe pas ou est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>This workspace is open read-only; nothing can be changed.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;; rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>This workspace is open in review mode: a mentor can add comments and review records, but cannot change the account.</source>
        <translation>Cet espace de travail est ouvert en mode revue&#xa0;: un mentor peut ajouter des commentaires et des comptes rendus de revue, mais ne peut pas modifier le compte.</translation>
    </message>
    <message>
        <source>%1 can be opened read-only only, for now: editing a workspace on a server is not there yet. Open it read-only.</source>
        <translation>%1 ne peut être ouvert qu&apos;en lecture seule pour l&apos;instant&#xa0;: la modification d&apos;un espace de travail sur un serveur n&apos;est pas encore disponible. Ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>Another change is still being saved; try again when it is done.</source>
        <translation>Une autre modification est encore en cours d&apos;enregistrement&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceCheck</name>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de la table %2 fait référence à une ligne absente de %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n problem(s) found, first: %2</source>
        <translation>
            <numerusform>%1 est endommagé&#xa0;: %n problème trouvé&#xa0;: %2</numerusform>
            <numerusform>%1 est endommagé&#xa0;: %n problèmes trouvés, le premier&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is sound (schema version %2; it will be upgraded to %3 when opened for editing).</source>
        <translation>%1 est sain (version de schéma %2&#xa0;; il sera mis à niveau vers la %3 à l&apos;ouverture en modification).</translation>
    </message>
    <message>
        <source>%1 is sound (schema version %2).</source>
        <translation>%1 est sain (version de schéma %2).</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceCommand</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceLock</name>
    <message>
        <source>“%1” is open in another Kingside window or program. Close it there first.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre fenêtre Kingside ou un autre programme. Fermez-le d&apos;abord là-bas.</translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceSchema</name>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>un index</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un déclencheur</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>une vue</translation>
    </message>
    <message>
        <source>It was not opened, so nothing in it ran. Restore the workspace from a backup copy.</source>
        <translation>Il n&apos;a pas été ouvert, donc rien de ce qu&apos;il contient n&apos;a été exécuté. Restaurez l&apos;espace de travail à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 contains %2 “%3” that Kingside did not create. %4</source>
        <translation>%1 contient %2 «&#xa0;%3&#xa0;» que Kingside n&apos;a pas créé(e). %4</translation>
    </message>
    <message>
        <source>%1 contains %2 “%3” that differs from the one Kingside created. %4</source>
        <translation>%1 contient %2 «&#xa0;%3&#xa0;» différent(e) de celui ou celle créé(e) par Kingside. %4</translation>
    </message>
    <message>
        <source>%1 lacks %2 “%3” that Kingside creates (schema version %4). %5</source>
        <translation>Il manque à %1 %2 «&#xa0;%3&#xa0;» que Kingside crée (version de schéma %4). %5</translation>
    </message>
    <message>
        <source>%1 holds a value longer than Kingside reads (%2 characters) in table “%3”, row %4, column “%5”. It was not opened; restore the workspace from a backup copy.</source>
        <translation>%1 contient une valeur plus longue que ce que lit Kingside (%2 caractères) dans la table «&#xa0;%3&#xa0;», ligne %4, colonne «&#xa0;%5&#xa0;». Il n&apos;a pas été ouvert&#xa0;; restaurez l&apos;espace de travail à partir d&apos;une copie de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add a department (a file of the board)</source>
        <translation>Ajouter un service (une colonne de l&apos;échiquier)</translation>
    </message>
    <message>
        <source>Add a level (a rank of the board)</source>
        <translation>Ajouter un niveau (une rangée de l&apos;échiquier)</translation>
    </message>
    <message>
        <source>Workspace upgraded</source>
        <translation>Espace de travail mis à niveau</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version of Kingside. A copy of the previous version was kept at:
%1</source>
        <translation>L&apos;espace de travail a été mis à niveau vers cette version de Kingside. Une copie de la version précédente a été conservée ici&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Impossible de créer l&apos;espace de travail de démonstration</translation>
    </message>
</context>
</TS>

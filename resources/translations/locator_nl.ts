<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../ui/help/about.py" line="60"/>
        <location filename="../../ui/help/about.py" line="61"/>
        <source>About Locator</source>
        <extracomment>The licence in pyproject.toml (a test keeps the two the same). The app's files: the repository in a checkout, the bundle's _internal/ once frozen.</extracomment>
        <translation>Over Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="63"/>
        <source>Locator</source>
        <translation>Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="68"/>
        <source>Public data and sources</source>
        <translation>Openbare gegevens en bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="69"/>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="102"/>
        <source>Find a friend held in immigration detention in Belgium: an encrypted case file, the steps to take, the legal deadlines and the brief a lawyer needs.</source>
        <translation>Een vriend(in) terugvinden die in België in een gesloten centrum wordt vastgehouden: een versleuteld dossier, de stappen die je kunt zetten, de wettelijke termijnen en de fiche die een advocaat nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="105"/>
        <source>Free software under the GNU General Public License, version 3 or any later version ({licence}). You may use, study, share and change it. It comes with no warranty.</source>
        <translation>Vrije software onder de GNU General Public License, versie 3 of een latere versie ({licence}). Je mag ze gebruiken, bestuderen, delen en aanpassen. Er is geen enkele garantie.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="109"/>
        <source>The deadlines are an alarm, not legal advice: confirm with a lawyer today — a late appeal is lost.</source>
        <translation>De termijnen zijn een alarm, geen juridisch advies: laat het vandaag nog bevestigen door een advocaat — een te laat beroep is verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="111"/>
        <source>Help for the people you support: Getting the Voice Out (GVO), by email only, never through Facebook or private messages:</source>
        <translation>Hulp voor de mensen die je steunt: Getting the Voice Out (GVO), alleen via e-mail, nooit via Facebook of privéberichten:</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="114"/>
        <source>Built with Qt {qt} (PySide6 {pyside}) and Python {python}.</source>
        <translation>Gemaakt met Qt {qt} (PySide6 {pyside}) en Python {python}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="133"/>
        <source>Locator ships public information with the date it was last checked. Laws, phone numbers and visiting rules change: call a centre before a visit and ask a lawyer about any deadline.</source>
        <translation>Locator bevat openbare informatie, met de datum waarop ze het laatst werd nagekeken. Wetten, telefoonnummers en bezoekregels veranderen: bel een centrum voor een bezoek en vraag een advocaat naar elke termijn.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="138"/>
        <source>The steps to take</source>
        <translation>De stappen die je kunt zetten</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="139"/>
        <source>From “{title}”, published by {publisher}, republished by {republisher}. Checked on {date}.</source>
        <translation>Uit “{title}”, uitgegeven door {publisher}, opnieuw uitgegeven door {republisher}. Nagekeken op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="145"/>
        <source>Legal deadlines</source>
        <translation>Wettelijke termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="150"/>
        <source>Source: {link} · confidence: {confidence} · last checked on {date}</source>
        <translation>Bron: {link} · betrouwbaarheid: {confidence} · laatst nagekeken op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="158"/>
        <source>Belgian legal public holidays</source>
        <translation>Wettelijke feestdagen in België</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="159"/>
        <source>{title}. Last checked on {date}.</source>
        <translation>{title}. Laatst nagekeken op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="163"/>
        <source>Detention centres</source>
        <translation>Gesloten centra</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="164"/>
        <source>The directory of centres was last checked against its sources on {date}. Its sources, with each page's own date:</source>
        <translation>De lijst van centra werd het laatst nagekeken op {date}. De bronnen, elk met hun eigen datum:</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="169"/>
        <source>dated {date}</source>
        <translation>gedateerd: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="171"/>
        <source>undated, written after {date}</source>
        <translation>niet gedateerd, geschreven na {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="173"/>
        <source>undated</source>
        <translation>niet gedateerd</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="195"/>
        <source>SIL Open Font License</source>
        <translation>Lettertypelicentie (SIL Open Font License)</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="199"/>
        <source>The font licence file is missing from this installation: {path}</source>
        <translation>Het licentiebestand van de lettertypes ontbreekt in deze installatie: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="206"/>
        <source>Locator: {licence}. The source code is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later.

The lawyer brief uses the Noto Sans fonts (Latin, Arabic, Ethiopic, symbols), under the SIL Open Font License 1.1, printed below.

Locator is built on free software: Qt and PySide6 (LGPL-3.0), SQLCipher (BSD-style licence), Python (PSF licence), reportlab, pypdf, keyring, phonenumbers, pycountry, PyYAML, zxcvbn and others.</source>
        <translation>Locator: {licence}. De broncode is vrije software: je mag ze delen en aanpassen volgens de voorwaarden van de GNU General Public License, versie 3 of later.

De fiche voor de advocaat gebruikt de lettertypes Noto Sans (Latijns, Arabisch, Ethiopisch, symbolen), onder de SIL Open Font License 1.1, hieronder afgedrukt.

Locator is gebouwd op vrije software: Qt en PySide6 (LGPL-3.0), SQLCipher (BSD-achtige licentie), Python (PSF-licentie), reportlab, pypdf, keyring, phonenumbers, pycountry, PyYAML, zxcvbn en andere.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="214"/>
        <source>Their licence texts are in this folder: {path}</source>
        <translation>Hun licentieteksten staan in deze map: {path}</translation>
    </message>
    <message>
        <source>high</source>
        <translation type="vanished">hoog</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="vanished">gemiddeld</translation>
    </message>
    <message>
        <source>low</source>
        <translation type="vanished">laag</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/case/timeline.py" line="228"/>
        <source>Photos and scans</source>
        <translation>Foto's en scans</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="232"/>
        <source>Add photo or scan…</source>
        <translation>Foto of scan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="233"/>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="234"/>
        <source>Read this document…</source>
        <translation>Dit document lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="235"/>
        <source>Save a copy…</source>
        <translation>Een kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="245"/>
        <source>Added. “Read this document…” reads it on this computer and proposes the registered name, nationality and date of birth, for you to check.</source>
        <extracomment>after a photo is added: what "Read this document" can do with it</extracomment>
        <translation>Toegevoegd. “Dit document lezen…” leest het op deze computer en stelt de geregistreerde naam, nationaliteit en geboortedatum voor, zodat je ze kunt nakijken.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="266"/>
        <source>{name}  ({kb} KB)</source>
        <translation>{name}  ({kb} kB)</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="275"/>
        <source>Choose a photo or scan</source>
        <translation>Kies een foto of scan</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="279"/>
        <source>Too large</source>
        <translation>Te groot</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="280"/>
        <source>Files up to 50 MB can be kept in the vault.</source>
        <translation>De kluis kan bestanden tot 50 MB bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="305"/>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="306"/>
        <source>This file cannot be shown inside Locator. Use “Save a copy…” to open it with another program.</source>
        <translation>Dit bestand kan niet in Locator getoond worden. Gebruik “Een kopie opslaan…” om het met een ander programma te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="311"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="347"/>
        <source>The copy will not be encrypted</source>
        <translation>De kopie wordt niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="348"/>
        <source>The saved copy is an ordinary file: anyone who can open this computer can read it. Save it only if you need to, and delete it after use.</source>
        <translation>De opgeslagen kopie is een gewoon bestand: iedereen die deze computer kan openen, kan het lezen. Sla het alleen op als het nodig is, en verwijder het na gebruik.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="350"/>
        <location filename="../../ui/case/timeline.py" line="352"/>
        <source>Save a copy</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="359"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="360"/>
        <source>The copy could not be written there.</source>
        <translation>De kopie kon daar niet weggeschreven worden.</translation>
    </message>
</context>
<context>
    <name>BriefWindow</name>
    <message>
        <location filename="../../ui/brief/feature.py" line="22"/>
        <location filename="../../ui/help/window.py" line="336"/>
        <source>Lawyer brief…</source>
        <translation>Fiche voor de advocaat…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="97"/>
        <source>Lawyer brief</source>
        <translation>Fiche voor de advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="119"/>
        <source>Language of the case</source>
        <translation>Taal van het dossier</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="128"/>
        <source>Labels in</source>
        <translation>Opschriften in</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="129"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="130"/>
        <source>Your phone</source>
        <translation>Je telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="131"/>
        <source>Your email</source>
        <translation>Je e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="136"/>
        <source>Preview of the brief</source>
        <translation>Voorbeeld van de fiche</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="144"/>
        <location filename="../../ui/brief/window.py" line="146"/>
        <source>Optional password for the PDF</source>
        <translation>Wachtwoord voor de pdf (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="148"/>
        <location filename="../../ui/brief/window.py" line="315"/>
        <location filename="../../ui/brief/window.py" line="323"/>
        <source>Save PDF…</source>
        <translation>Pdf opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="149"/>
        <location filename="../../ui/brief/window.py" line="378"/>
        <source>Email to GVO</source>
        <translation>E-mail naar GVO</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="150"/>
        <location filename="../../ui/brief/window.py" line="409"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="155"/>
        <source>Copy GVO’s address</source>
        <translation>Adres van GVO kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="161"/>
        <source>I have sent it…</source>
        <translation>Ik heb het verstuurd…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="163"/>
        <source>Saving, copying or opening the mail program only prepares the brief. Say here when it was really sent.</source>
        <translation>Bewaren, kopiëren of het mailprogramma openen bereidt de fiche alleen voor. Zeg hier wanneer ze echt verstuurd is.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="219"/>
        <source>{known} of {total} key facts known.</source>
        <translation>{known} van de {total} belangrijke gegevens zijn gekend.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="220"/>
        <source>Missing (click to fill in):</source>
        <translation>Ontbreekt (klik om in te vullen):</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="241"/>
        <source>Recorded about sharing their details: {answers}. Send this only with their agreement and only in their interest.</source>
        <translation>Genoteerd over het delen van hun gegevens: {answers}. Stuur dit alleen met hun toestemming en alleen in hun belang.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="294"/>
        <source>Record that the brief was really sent. Only this moves the procedure on.</source>
        <translation>Noteer dat de fiche echt verstuurd is. Alleen dat brengt de procedure verder.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="311"/>
        <source>Recorded: the brief was sent by {by}.</source>
        <translation>Genoteerd: de fiche is verstuurd door {by}.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="320"/>
        <source>The PDF will not be encrypted</source>
        <translation>De pdf wordt niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="321"/>
        <source>Anyone who gets the file can read it. Add a password above to protect it, or save it only to send it and delete it after.</source>
        <translation>Iedereen die het bestand krijgt, kan het lezen. Voeg hierboven een wachtwoord toe om het te beschermen, of sla het alleen op om het te versturen en verwijder het daarna.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="327"/>
        <source>Save the lawyer brief</source>
        <translation>Fiche voor de advocaat opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="328"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="345"/>
        <source>Writing the PDF…</source>
        <translation>Pdf wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="348"/>
        <source>Saved. The file is outside the vault: delete it when it has been sent.</source>
        <translation>Opgeslagen. Het bestand staat buiten de kluis: verwijder het zodra het verstuurd is.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="353"/>
        <source>The PDF could not be written there (disk full or no permission). Nothing was left behind.</source>
        <translation>De pdf kon daar niet weggeschreven worden (schijf vol of geen toegang). Er is niets achtergebleven.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="384"/>
        <source>No mail program could be started on this computer, so nothing has been sent.
The text of the brief is on the clipboard for {s} seconds. Open your usual email (for example in your web browser), write a new message to {to} and paste the text into it ({paste}).</source>
        <translation>Op deze computer kon geen mailprogramma gestart worden, dus er is niets verstuurd.
De tekst van de fiche staat {s} seconden op het klembord. Open je gewone e-mail (bijvoorbeeld in je webbrowser), schrijf een nieuw bericht aan {to} en plak de tekst erin ({paste}).</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="393"/>
        <source>Your mail program should now show a new message to {to}.
The text of the brief is on the clipboard for {s} seconds: click in the message, paste it ({paste}), check it, then send it — by email only, never through Facebook or private messages.
No new message? Write to {to} from your usual email (for example in your web browser) and paste the text there.</source>
        <translation>Je mailprogramma zou nu een nieuw bericht aan {to} moeten tonen.
De tekst van de fiche staat {s} seconden op het klembord: klik in het bericht, plak hem ({paste}), lees hem na en verstuur hem dan — alleen per e-mail, nooit via Facebook of privéberichten.
Geen nieuw bericht? Schrijf naar {to} vanuit je gewone e-mail (bijvoorbeeld in je webbrowser) en plak de tekst daar.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="404"/>
        <source>GVO’s address is on the clipboard for {s} seconds: paste it into “To” in a new message, then press “Copy” and paste the text.</source>
        <translation>Het adres van GVO staat {s} seconden op het klembord: plak het bij “Aan” in een nieuw bericht, druk dan op “Kopiëren” en plak de tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="413"/>
        <source>Copied. The clipboard will be cleared in 60 seconds.</source>
        <translation>Gekopieerd. Het klembord wordt over 60 seconden leeggemaakt.</translation>
    </message>
    <message>
        <source>The person has not yet agreed to share this with GVO or a lawyer. Ask them first: send it only with their agreement and only in their interest.</source>
        <translation type="vanished">De persoon heeft nog niet toegestemd om dit met GVO of een advocaat te delen. Vraag het eerst: stuur het alleen met hun toestemming en alleen in hun belang.</translation>
    </message>
    <message>
        <source>Agreement not recorded</source>
        <translation type="vanished">Toestemming niet genoteerd</translation>
    </message>
    <message>
        <source>The person's agreement to share is not recorded as “yes”. Send anyway?</source>
        <translation type="vanished">De toestemming van de persoon om te delen staat niet op “ja”. Toch versturen?</translation>
    </message>
    <message>
        <source>Your mail program was asked to open the email. Send it by email only — never through Facebook or private messages.</source>
        <translation type="vanished">Je e-mailprogramma werd gevraagd de e-mail te openen. Verstuur het alleen via e-mail — nooit via Facebook of privéberichten.</translation>
    </message>
</context>
<context>
    <name>CallingRound</name>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="72"/>
        <source>Found ✓</source>
        <translation>Gevonden ✓</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="73"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="74"/>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="75"/>
        <source>Refused to say</source>
        <translation>Wil het niet zeggen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="76"/>
        <source>Call back later</source>
        <translation>Later terugbellen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="82"/>
        <source>Families with children under 18 are held in the family units: these come first.</source>
        <translation>Gezinnen met kinderen jonger dan 18 worden vastgehouden in de gezinswoningen: die komen eerst.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="85"/>
        <source>The places that hold men.</source>
        <translation>De plaatsen die mannen vasthouden.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="87"/>
        <source>The places that hold women.</source>
        <translation>De plaatsen die vrouwen vasthouden.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="88"/>
        <source>The case does not say whether they are a man or a woman: the closed centres are shown.</source>
        <translation>Het dossier zegt niet of het een man of een vrouw is: de gesloten centra worden getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="96"/>
        <source>family units</source>
        <translation>gezinswoningen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="98"/>
        <source>Show the other place ({what})</source>
        <translation>De andere plaats tonen ({what})</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="100"/>
        <source>Show the {n} other places ({what})</source>
        <translation>De {n} andere plaatsen tonen ({what})</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="114"/>
        <source>Call the centres</source>
        <translation>De centra bellen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="144"/>
        <source>Centres to call</source>
        <translation>Te bellen centra</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="150"/>
        <source>Each answer is saved when you press it. Done closes this window and writes nothing else.</source>
        <translation>Elk antwoord wordt bewaard wanneer je erop drukt. ‘Klaar’ sluit dit venster en schrijft verder niets.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="154"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="187"/>
        <source>Hide the other places</source>
        <translation>De andere plaatsen verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="200"/>
        <source>By what the centres publish, these places do not hold people like them, or the case does not say enough to know. Call them if the others have not found them.</source>
        <translation>Volgens wat de centra publiceren, houden deze plaatsen geen mensen zoals deze persoon vast, of zegt het dossier te weinig om het te weten. Bel ze als de andere de persoon niet gevonden hebben.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="273"/>
        <source>They will ask for these three things. Read them out exactly:</source>
        <translation>Ze zullen naar deze drie dingen vragen. Lees ze precies zo voor:</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="276"/>
        <source>LAST NAME</source>
        <translation>ACHTERNAAM</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="277"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="278"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="285"/>
        <source>not known yet</source>
        <translation>nog niet gekend</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="292"/>
        <source>In French</source>
        <translation>In het Frans</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="293"/>
        <source>In Dutch</source>
        <translation>In het Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="297"/>
        <source>Fill in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="326"/>
        <source>Fill in: {field}</source>
        <translation>Invullen: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="338"/>
        <source>“Not found” at Caricole does not mean they are not held: call every centre.</source>
        <translation>“Niet gevonden” in Caricole betekent niet dat de persoon niet vastgehouden wordt: bel alle centra.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="343"/>
        <source>Found: held at {centre} since {since}. The case says so now; you do not need to call the other centres.</source>
        <translation>Gevonden: vastgehouden in {centre} sinds {since}. Dat staat nu in het dossier; je hoeft de andere centra niet te bellen.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="347"/>
        <source>Start with Caricole. Then call every other centre, one by one.</source>
        <translation>Begin met Caricole. Bel daarna alle andere centra, één voor één.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="352"/>
        <source>{n} of {total} centres answered. Next: {centre}.</source>
        <translation>{n} van de {total} centra hebben geantwoord. Volgende: {centre}.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="355"/>
        <source>A centre said they hold them. Write it in the case.</source>
        <translation>Een centrum zei dat de persoon er vastgehouden wordt. Noteer het in het dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="357"/>
        <source>Every centre said “not found”.</source>
        <translation>Alle centra zeiden “niet gevonden”.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="358"/>
        <source>Every centre answered; none said they hold them, some would not say.</source>
        <translation>Alle centra hebben geantwoord; geen enkel zei dat de persoon er is, sommige wilden het niet zeggen.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="360"/>
        <source>This does not mean they are free. Wait a day and call again, and email GVO: they compare calls and may know more.</source>
        <translation>Dat betekent niet dat de persoon vrij is. Wacht een dag en bel opnieuw, en mail GVO: zij vergelijken de oproepen en weten misschien meer.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="362"/>
        <source>Write the email to GVO</source>
        <translation>De e-mail aan GVO schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="386"/>
        <source>call first</source>
        <translation>eerst bellen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="402"/>
        <source>No phone number is published for this place.</source>
        <translation>Voor deze plaats is geen telefoonnummer gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="403"/>
        <source>No confirmed number is published for this place.</source>
        <translation>Voor deze plaats is geen bevestigd nummer gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="406"/>
        <source>Other numbers ({n})</source>
        <translation>Andere nummers ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="423"/>
        <source>Not confirmed.</source>
        <translation>Niet bevestigd.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="453"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="455"/>
        <source>Call {number}</source>
        <translation>Bel {number}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="463"/>
        <source>not called yet</source>
        <translation>nog niet gebeld</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="469"/>
        <source>no answer written down</source>
        <translation>geen antwoord genoteerd</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="470"/>
        <source>{answer} · {when} · calls: {count}</source>
        <translation>{answer} · {when} · oproepen: {count}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="vanished">stand van {date}</translation>
    </message>
    <message>
        <source>undated source (written after {date})</source>
        <translation type="vanished">niet-gedateerde bron (geschreven na {date})</translation>
    </message>
    <message>
        <source>undated source</source>
        <translation type="vanished">niet-gedateerde bron</translation>
    </message>
    <message>
        <source>Numbers: {ages}</source>
        <translation type="vanished">Nummers: {ages}</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="vanished">niet bevestigd</translation>
    </message>
    <message>
        <source>Official number</source>
        <translation type="vanished">Officieel nummer</translation>
    </message>
</context>
<context>
    <name>CaseArea</name>
    <message>
        <location filename="../../ui/case/area.py" line="52"/>
        <source>What to do now and deadlines</source>
        <translation>Wat nu te doen, en de termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/case/area.py" line="56"/>
        <source>To do now</source>
        <translation>Nu te doen</translation>
    </message>
    <message>
        <location filename="../../ui/case/area.py" line="59"/>
        <source>To do now:</source>
        <translation>Nu te doen:</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../ui/case/editor.py" line="67"/>
        <source>Case details</source>
        <extracomment>widget name → (record, key) of its value in the JSON-like data: ("", "alias"), ("lawyer", "name") for the widget ``lawyer_name``</extracomment>
        <translation>Gegevens van het dossier</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="174"/>
        <source>People</source>
        <extracomment>the editor's own tabs still to build when made with ``in_parts``: after the main window is painted, one per turn of the event loop (:meth:`build_next`), or all at once on first use (:meth:`finish`; every way in to the fields goes through it)</extracomment>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="175"/>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="176"/>
        <source>Deportation attempts</source>
        <translation>Uitwijzingspogingen</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="192"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="193"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM of JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="194"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-DD UU:MM</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="195"/>
        <source>type to search</source>
        <translation>typ om te zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="196"/>
        <source>one per line</source>
        <translation>één per regel</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="197"/>
        <source>e.g. +32 470 12 34 56</source>
        <translation>bv. +32 470 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="201"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="202"/>
        <source>Arrest and detention</source>
        <translation>Arrestatie en vasthouding</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="203"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="236"/>
        <source>Chosen lawyer</source>
        <translation>Gekozen advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="242"/>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/editor.py" line="318"/>
        <source>Not saved: %n field(s) need attention. What you typed is kept.</source>
        <translation>
            <numerusform>Niet opgeslagen: %n veld vraagt je aandacht. Wat je typte, blijft bewaard.</numerusform>
            <numerusform>Niet opgeslagen: %n velden vragen je aandacht. Wat je typte, blijft bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias (what friends call them)</source>
        <translation type="vanished">Roepnaam (hoe vrienden hem of haar noemen)</translation>
    </message>
    <message>
        <source>Registered LAST NAME</source>
        <translation type="vanished">Geregistreerde ACHTERNAAM</translation>
    </message>
    <message>
        <source>as on the order to leave (OQT)</source>
        <translation type="vanished">zoals op het bevel om het grondgebied te verlaten</translation>
    </message>
    <message>
        <source>Registered first name</source>
        <translation type="vanished">Geregistreerde voornaam</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="vanished">Echte naam</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="vanished">Andere schrijfwijzen</translation>
    </message>
    <message>
        <source>Nationality (as recorded)</source>
        <translation type="vanished">Nationaliteit (zoals geregistreerd)</translation>
    </message>
    <message>
        <source>Real nationality</source>
        <translation type="vanished">Echte nationaliteit</translation>
    </message>
    <message>
        <source>Date of birth (as recorded)</source>
        <translation type="vanished">Geboortedatum (zoals geregistreerd)</translation>
    </message>
    <message>
        <source>Real date of birth</source>
        <translation type="vanished">Echte geboortedatum</translation>
    </message>
    <message>
        <source>OE / IBZ / SP number</source>
        <translation type="vanished">Nummer DVZ / IBZ / SP</translation>
    </message>
    <message>
        <source>on their badge</source>
        <translation type="vanished">op de badge</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="vanished">Gesproken talen</translation>
    </message>
    <message>
        <source>Language of the case</source>
        <translation type="vanished">Taal van het dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Situatie</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="vanished">Laatste contact</translation>
    </message>
    <message>
        <source>Date of arrest</source>
        <translation type="vanished">Datum van de arrestatie</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation type="vanished">Plaats van de arrestatie</translation>
    </message>
    <message>
        <source>police station, city</source>
        <translation type="vanished">politiekantoor, stad</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="vanished">Centrum</translation>
    </message>
    <message>
        <source>Found there on</source>
        <translation type="vanished">Daar gevonden op</translation>
    </message>
    <message>
        <source>Phone that reaches them</source>
        <translation type="vanished">Telefoon waarop de persoon bereikbaar is</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Notities</translation>
    </message>
    <message>
        <source>Wants a lawyer</source>
        <translation type="vanished">Wil een advocaat</translation>
    </message>
    <message>
        <source>Agrees to share with GVO</source>
        <translation type="vanished">Akkoord om te delen met GVO</translation>
    </message>
    <message>
        <source>Agrees to share with a lawyer</source>
        <translation type="vanished">Akkoord om te delen met een advocaat</translation>
    </message>
    <message>
        <source>Agrees to share with referents</source>
        <translation type="vanished">Akkoord om te delen met referenten</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation type="vanished">gevraagd op</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Naam</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="vanished">Balie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Brief sent on</source>
        <translation type="vanished">Fiche verstuurd op</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/case/case_list.py" line="368"/>
        <source>Name</source>
        <extracomment>the vault's order of each column sorted by an index (the others are ranked) the list shows the answer of a query (a new search, sort or refresh) the rest of a big list arrived after its first rows (appended below them) a query in the background failed (not one interrupted by a newer one) rows read at a time, and at most this many pages kept case id → its nearest open legal deadline (the Deadline column) up to this many cases in the vault, the list is read on the UI thread (≤ ~15 ms)</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="368"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="368"/>
        <source>Registered as</source>
        <translation>Geregistreerde naam</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="369"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="369"/>
        <source>Status</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="369"/>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="370"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="393"/>
        <source>{status} (closed)</source>
        <translation>{status} (afgesloten)</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="415"/>
        <source>{day} · {left}</source>
        <translation>{day} · {left}</translation>
    </message>
</context>
<context>
    <name>CaseMenu</name>
    <message>
        <location filename="../../ui/case/menu.py" line="35"/>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="36"/>
        <source>Hide this case from the list; everything is kept and it can be reopened.</source>
        <translation>Haalt dit dossier uit de lijst; alles blijft bewaard en het kan heropend worden.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="38"/>
        <source>Reopen case</source>
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="40"/>
        <source>Purge case…</source>
        <translation>Dossier wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="42"/>
        <source>Show closed cases</source>
        <translation>Afgesloten dossiers tonen</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="66"/>
        <source>This case is closed: it is kept, but hidden from the list.</source>
        <translation>Dit dossier is afgesloten: het blijft bewaard, maar staat niet meer in de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="70"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="71"/>
        <source>Purge…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="128"/>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="132"/>
        <source>Case closed. It no longer shows in the list; Case → Show closed cases finds it again.</source>
        <translation>Dossier afgesloten. Het staat niet meer in de lijst; via Dossier → Afgesloten dossiers tonen vind je het terug.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="133"/>
        <source>Case reopened.</source>
        <translation>Dossier heropend.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="141"/>
        <source>Purge case</source>
        <translation>Dossier wissen</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="142"/>
        <source>Purge this case for good?</source>
        <translation>Dit dossier definitief wissen?</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="142"/>
        <source>Purge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="143"/>
        <source>Everything about this person — details, timeline, photos and scans, deadlines — is deleted from the vault and the file is rewritten, so it cannot be recovered from it. This cannot be undone.

Backups and copies made before still contain the case: erase or replace them if it must be gone from them too.</source>
        <translation>Alles over deze persoon — gegevens, tijdlijn, foto's en scans, termijnen — wordt uit de kluis verwijderd en het bestand wordt herschreven, zodat het er niet meer uit te halen is. Dit kan niet ongedaan gemaakt worden.

Back-ups en kopieën die eerder gemaakt zijn, bevatten het dossier nog: wis of vervang ze als het ook daaruit moet verdwijnen.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="158"/>
        <source>Case purged.</source>
        <translation>Dossier gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="162"/>
        <source>Not purged</source>
        <translation>Niet gewist</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="164"/>
        <source>Purging…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
</context>
<context>
    <name>CentreFacts</name>
    <message>
        <location filename="../../ui/procedure/sources.py" line="22"/>
        <source>the Immigration Office</source>
        <translation>de Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="23"/>
        <source>Getting the Voice Out</source>
        <translation>Getting the Voice Out (GVO)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="31"/>
        <source>according to {who}</source>
        <translation>volgens {who}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="33"/>
        <source>according to other published pages</source>
        <translation>volgens andere gepubliceerde pagina's</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="52"/>
        <source>as of {date}</source>
        <translation>op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="55"/>
        <source>the page gives no date; written after {date}</source>
        <translation>de pagina geeft geen datum; geschreven na {date}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="57"/>
        <source>the page gives no date</source>
        <translation>de pagina geeft geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="62"/>
        <source>Where this comes from:</source>
        <translation>Waar dit vandaan komt:</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="72"/>
        <source>the Immigration Office's number</source>
        <translation>het nummer van de Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="74"/>
        <source>an official number</source>
        <translation>een officieel nummer</translation>
    </message>
</context>
<context>
    <name>CentreView</name>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="145"/>
        <location filename="../../ui/procedure/centre_view.py" line="363"/>
        <source>Centres</source>
        <translation>Centra</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="156"/>
        <source>Your note about this centre</source>
        <translation>Uw notitie over dit centrum</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="157"/>
        <source>Your own note about this centre (kept in the vault): visiting tips, who answered the phone…</source>
        <translation>Je eigen notitie over dit centrum (bewaard in de kluis): tips voor bezoeken, wie de telefoon opnam…</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="160"/>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="165"/>
        <source>Open cases at this centre</source>
        <translation>Open dossiers in dit centrum</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="166"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="166"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="166"/>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="167"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="174"/>
        <source>Visits of the selected person</source>
        <translation>Bezoeken aan de gekozen persoon</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="180"/>
        <source>A name seen or heard</source>
        <translation>Een geziene of gehoorde naam</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="181"/>
        <source>A name seen or heard (any spelling or script)</source>
        <translation>Een naam die je zag of hoorde (elke schrijfwijze of elk schrift)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="183"/>
        <source>Search every case</source>
        <translation>Alle dossiers doorzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="188"/>
        <source>Possible matches, best first</source>
        <translation>Mogelijke overeenkomsten, beste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="191"/>
        <source>Possible matches, best first. Check before you act: nothing is merged.</source>
        <translation>Mogelijke overeenkomsten, de beste eerst. Controleer voor je iets doet: er wordt niets samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="212"/>
        <source>Visits of the selected person (double-click a name to search it)</source>
        <translation>Bezoeken van de gekozen persoon (dubbelklik op een naam om hem te zoeken)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="248"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="263"/>
        <source>The oldest dated fact is from {oldest}; for {n} facts the page gives no date. Call before a visit: arrangements change.</source>
        <translation>Het oudste gedateerde gegeven is van {oldest}; voor {n} gegevens geeft de pagina geen datum. Bel voor een bezoek: de regelingen veranderen.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="283"/>
        <source>brought: {what}</source>
        <translation>meegebracht: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="286"/>
        <source>phone handed over</source>
        <translation>telefoon afgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="291"/>
        <source>seen: {name}</source>
        <translation>gezien: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="317"/>
        <source>likely</source>
        <translation>waarschijnlijk</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="318"/>
        <source>maybe</source>
        <translation>misschien</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="321"/>
        <source>{p} % ({s}) — “{name}”, seen on {day} at a visit for case {case}</source>
        <translation>{p} % ({s}) — “{name}”, gezien op {day} tijdens een bezoek voor dossier {case}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="327"/>
        <source>{p} % ({s}) — case {case}: {name}</source>
        <translation>{p} % ({s}) — dossier {case}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="334"/>
        <source>No name sounds like this.</source>
        <translation>Geen enkele naam klinkt zo.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="365"/>
        <source>Cases at each centre, visits, people seen</source>
        <translation>Dossiers per centrum, bezoeken, geziene personen</translation>
    </message>
    <message>
        <source>Oldest dated fact: {oldest}; {n} facts from undated sources. Call before a visit: arrangements change.</source>
        <translation type="vanished">Oudste gedateerde gegeven: {oldest}; {n} gegevens uit niet-gedateerde bronnen. Bel voor een bezoek: afspraken veranderen.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/common/consent.py" line="45"/>
        <source>They said no to sharing</source>
        <extracomment>how many names an encrypted copy's question lists before "and n more"</extracomment>
        <translation>Ze hebben nee gezegd tegen delen</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="46"/>
        <source>Their agreement is not recorded</source>
        <translation>Hun toestemming is niet genoteerd</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="48"/>
        <source>What this case records about sharing their details: {answers}.</source>
        <translation>Wat dit dossier noteert over het delen van hun gegevens: {answers}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="52"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="58"/>
        <source>…and {n} more</source>
        <translation>…en nog {n}</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="60"/>
        <source>{n} of the {total} cases do not record a “yes” to sharing their details:
{names}</source>
        <translation>{n} van de {total} dossiers noteren geen „ja” voor het delen van hun gegevens:
{names}</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="63"/>
        <source>They said no. Sharing against their wish can put them in danger. Go on only if they have changed their mind — then record their new answer first.</source>
        <translation>Ze hebben nee gezegd. Delen tegen hun wil kan hen in gevaar brengen. Ga alleen verder als ze van gedachten zijn veranderd — en noteer dan eerst hun nieuwe antwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="66"/>
        <source>Ask them first if you can. Share their details only with their agreement, and only to help them. If they agreed, record it in their case.</source>
        <translation>Vraag het hun eerst als je kunt. Deel hun gegevens alleen met hun toestemming, en alleen om hen te helpen. Hebben ze ingestemd, noteer het dan in hun dossier.</translation>
    </message>
    <message>
        <source>GVO</source>
        <extracomment>how many names an encrypted copy's question lists before "and n more"</extracomment>
        <translation type="vanished">GVO</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation type="vanished">een advocaat</translation>
    </message>
    <message>
        <source>other referents</source>
        <translation type="vanished">andere referenten</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="vanished">; </translation>
    </message>
    <message>
        <source>{who}: {answer}</source>
        <translation type="vanished">{who}: {answer}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>A restore of this vault was cut short and could not be finished ({reason}). Nothing is made in its place; the files beside it are kept: {folder}</source>
        <extracomment>the main window, once it and every feature panel are built quits the whole application ("quit instead of lock"); tests replace it True while a feature replaces the vault file (restore, erase): a lock then is followed neither by the door nor by quitting; that feature decides what comes next a vault was open in this session: its door never offers to create one</extracomment>
        <translation>Een herstelling van deze kluis werd onderbroken en kon niet worden afgemaakt ({reason}). Er wordt niets in haar plaats gemaakt; de bestanden ernaast blijven bewaard: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="168"/>
        <source>The restore that was cut short last time has been finished: the vault is the backup. The vault as it was before is kept here: {path}</source>
        <translation>De herstelling die de vorige keer werd onderbroken, is afgemaakt: de kluis is nu de back-up. De kluis zoals ze ervoor was, wordt hier bewaard: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="172"/>
        <source>A restore of this vault is under way in another Locator window. Wait for it to end.</source>
        <translation>Er loopt een herstelling van deze kluis in een ander Locator-venster. Wacht tot ze klaar is.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>The vault is not in its place any more: {path}. Put it back (plug its USB stick or disk in again), then unlock. No new vault is made over it.</source>
        <translation>De kluis staat niet meer op haar plaats: {path}. Zet ze terug (steek de USB-stick of schijf er weer in) en ontgrendel dan. Er wordt geen nieuwe kluis in haar plaats gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="185"/>
        <source>Your unsaved changes could not be written into the vault (it may have been moved, or its disk is full or gone). They are kept in this window's memory only: unlock to get them back and save them. Quitting Locator loses them.</source>
        <translation>Je niet-opgeslagen wijzigingen konden niet in de kluis worden geschreven (ze is misschien verplaatst, of haar schijf is vol of weg). Ze worden alleen in het geheugen van dit venster bewaard: ontgrendel om ze terug te krijgen en op te slaan. Als je Locator afsluit, zijn ze weg.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="259"/>
        <source>The vault key is now kept in this computer's keyring.</source>
        <translation>De sleutel van de kluis wordt nu bewaard in de sleutelbos van deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="260"/>
        <source>This computer no longer remembers the vault key.</source>
        <translation>Deze computer onthoudt de sleutel van de kluis niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="264"/>
        <source>The keyring did not keep the vault key (it may be locked). Next time, Locator will ask for the passphrase.</source>
        <translation>De sleutelbos heeft de sleutel van de kluis niet bewaard (hij is misschien vergrendeld). De volgende keer vraagt Locator de wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="266"/>
        <source>The keyring could not be asked to forget the vault key (it may be locked), so it may still keep it. Try again in Vault ▸ Settings…, or delete the “Locator vault” entry in your keyring program.</source>
        <translation>De sleutelbos kon niet gevraagd worden de sleutel van de kluis te vergeten (hij is misschien vergrendeld), dus misschien bewaart hij hem nog. Probeer opnieuw via Kluis ▸ Instellingen…, of verwijder het item “Locator vault” in je sleutelbosprogramma.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="279"/>
        <source>Keyring</source>
        <translation>Sleutelbos</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/common/dates.py" line="60"/>
        <source>{name}: a legal public holiday (not a working day)</source>
        <translation>{name}: wettelijke feestdag (geen werkdag)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="67"/>
        <source>Saturday: not a working day</source>
        <translation>Zaterdag: geen werkdag</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="69"/>
        <source>Sunday: not a working day</source>
        <translation>Zondag: geen werkdag</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="123"/>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="124"/>
        <source>Pick the date in a calendar (weekends and legal holidays are marked)</source>
        <translation>De datum in een kalender kiezen (weekends en wettelijke feestdagen zijn aangeduid)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="126"/>
        <source>Pick the date in a calendar</source>
        <translation>De datum in een kalender kiezen</translation>
    </message>
</context>
<context>
    <name>DeadlineActionDialog</name>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="39"/>
        <source>Appeal filed</source>
        <translation>Beroep ingediend</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="39"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="45"/>
        <source>The deadline leaves the open list. Nothing is deleted: it stays on the timeline.</source>
        <translation>De termijn verdwijnt uit de lijst van lopende termijnen. Er wordt niets verwijderd: hij blijft op de tijdlijn.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="47"/>
        <source>Say why this deadline does not apply (for example: the lawyer says it is the first removal order). It stays on the timeline with your reason.</source>
        <translation>Zeg waarom deze termijn niet van toepassing is (bijvoorbeeld: de advocaat zegt dat het de eerste verwijderingsmaatregel is). Hij blijft op de tijdlijn met je reden.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="58"/>
        <source>e.g. the lawyer's name</source>
        <translation>bv. de naam van de advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="59"/>
        <source>Filed on</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="60"/>
        <source>Filed by</source>
        <translation>Ingediend door</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="66"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="72"/>
        <source>Mark as filed</source>
        <translation>Markeren als ingediend</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="72"/>
        <source>Set aside</source>
        <translation>Opzijzetten</translation>
    </message>
</context>
<context>
    <name>DeadlineRow</name>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="90"/>
        <source>Filed…</source>
        <translation>Ingediend…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="92"/>
        <source>The appeal was filed: record when and by whom</source>
        <translation>Het beroep is ingediend: noteer wanneer en door wie</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="93"/>
        <source>Not applicable…</source>
        <translation>Niet van toepassing…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="95"/>
        <source>This deadline does not apply: give the reason</source>
        <translation>Deze termijn is niet van toepassing: geef de reden</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="124"/>
        <source>Details</source>
        <extracomment>shown on demand ("Details"): a compact row keeps the step below it in sight</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="127"/>
        <source>The aim date, the legal basis and its source; “Not applicable…”</source>
        <translation>De streefdatum, de rechtsgrond en de bron; „Niet van toepassing…”</translation>
    </message>
    <message>
        <source>The aim date, the legal basis and its source</source>
        <translation type="vanished">De streefdatum, de rechtsgrond en de bron</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/deadlines/text.py" line="29"/>
        <source>Confirm with a lawyer today — a late appeal is lost.</source>
        <extracomment>Date patterns for QLocale, which gives the day and month names of the app's language. English, French and Dutch write them in the same order, so they are not translated.</extracomment>
        <translation>Laat het vandaag nog bevestigen door een advocaat — een te laat beroep is verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="37"/>
        <source>Only if this is the first removal measure — the lawyer decides.</source>
        <translation>Alleen als dit de eerste verwijderingsmaatregel is — de advocaat beslist.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="43"/>
        <source>Only a possibility — lawyer decides</source>
        <translation>Alleen een mogelijkheid — advocaat beslist</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="44"/>
        <source>Only if first removal measure — lawyer decides</source>
        <translation>Alleen bij 1e verwijderingsmaatregel — advocaat beslist</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="61"/>
        <source>OVERDUE</source>
        <translation>VERSTREKEN</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="62"/>
        <source>LESS THAN 24 HOURS</source>
        <translation>MINDER DAN 24 UUR</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="63"/>
        <source>LESS THAN 48 HOURS</source>
        <translation>MINDER DAN 48 UUR</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="64"/>
        <source>AIM DATE REACHED</source>
        <translation>STREEFDATUM BEREIKT</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="65"/>
        <source>TIMER RUNNING</source>
        <translation>TERMIJN LOOPT</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="66"/>
        <source>FOR INFORMATION</source>
        <translation>TER INFORMATIE</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="135"/>
        <source>from {date}</source>
        <translation>vanaf {date}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="137"/>
        <source>max. {date}</source>
        <translation>max. {date}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="141"/>
        <source>{date}, 24:00</source>
        <translation>{date}, 24:00</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="148"/>
        <source>Can be filed at once (from {date})</source>
        <translation>Kan meteen ingediend worden (vanaf {date})</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="151"/>
        <source>A new request can be filed from {date}</source>
        <translation>Een nieuw verzoek kan ingediend worden vanaf {date}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="154"/>
        <source>Reaches its maximum on {date}</source>
        <translation>Bereikt het maximum op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="159"/>
        <source>Ends {date}, {time}</source>
        <translation>Eindigt op {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="161"/>
        <source>Ends {date}, 24:00</source>
        <translation>Eindigt op {date}, 24:00</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="169"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="170"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="172"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="173"/>
        <source>{n} hours</source>
        <translation>{n} uur</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="175"/>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="176"/>
        <source>{n} minutes</source>
        <translation>{n} minuten</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="184"/>
        <source>For information, not a deadline</source>
        <translation>Ter informatie, geen termijn</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="188"/>
        <source>Ended {amount} ago — talk to the lawyer now</source>
        <translation>Verstreken sinds {amount} — spreek nu met de advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="190"/>
        <source>{amount} left</source>
        <translation>Nog {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="194"/>
        <source>Aim to send everything to the lawyer by {date}.</source>
        <translation>Probeer alles uiterlijk op {date} naar de advocaat te sturen.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="199"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="200"/>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="201"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="208"/>
        <source>Legal basis: {basis} · &lt;a href="{url}"&gt;source&lt;/a&gt; · confidence: {confidence} · last checked {checked}</source>
        <translation>Wettelijke basis: {basis} · &lt;a href="{url}"&gt;bron&lt;/a&gt; · betrouwbaarheid: {confidence} · laatst nagekeken op {checked}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="219"/>
        <source>The law's own text was not read for this rule: the period is as the source explains it. Ask a lawyer to confirm it.</source>
        <translation>De tekst van de wet zelf werd voor deze regel niet gelezen: de termijn is zoals de bron hem uitlegt. Vraag een advocaat om hem te bevestigen.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="224"/>
        <source>Legal basis: {basis} — {url} (confidence: {confidence}, last checked {checked})</source>
        <translation>Wettelijke basis: {basis} — {url} (betrouwbaarheid: {confidence}, laatst nagekeken op {checked})</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="243"/>
        <source>The time it was handed over is not known: counted from the start of that day (00:00), the shorter deadline.</source>
        <translation>Het uur van overhandiging is niet bekend: geteld vanaf het begin van die dag (00:00), de kortste termijn.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="108"/>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="108"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="109"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="109"/>
        <source>Ends (Belgian time)</source>
        <translation>Einde (Belgische tijd)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="110"/>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="110"/>
        <source>Aim to send by</source>
        <translation>Versturen uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="111"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="175"/>
        <location filename="../../ui/deadlines/view.py" line="264"/>
        <location filename="../../ui/help/window.py" line="338"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="181"/>
        <source>Open deadlines, most urgent first</source>
        <translation>Lopende termijnen, de dringendste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="193"/>
        <source>Open deadlines</source>
        <translation>Lopende termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="207"/>
        <source>No open deadlines.</source>
        <translation>Geen lopende termijnen.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="209"/>
        <source>Double-click a row to open the case. The legal basis of each deadline shows when you point at it.</source>
        <translation>Dubbelklik op een regel om het dossier te openen. De wettelijke basis van elke termijn verschijnt als je ernaar wijst.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="267"/>
        <source>Open deadlines across all cases, most urgent first (Ctrl+D)</source>
        <translation>Lopende termijnen van alle dossiers, de dringendste eerst (Ctrl+D)</translation>
    </message>
    <message>
        <source>{title}: started, last day {due}</source>
        <translation type="vanished">{title}: gestart, laatste dag: {due}</translation>
    </message>
    <message>
        <source>(only if this is the first removal measure)</source>
        <translation type="vanished">(alleen als dit de eerste verwijderingsmaatregel is)</translation>
    </message>
    <message>
        <source>{title}: last day moved from {old} to {due}</source>
        <translation type="vanished">{title}: laatste dag verschoven van {old} naar {due}</translation>
    </message>
    <message>
        <source>{title}: filed on {on} by {by}</source>
        <translation type="vanished">{title}: ingediend op {on} door {by}</translation>
    </message>
    <message>
        <source>{title}: set aside as not applicable — {reason}</source>
        <translation type="vanished">{title}: opzijgezet, niet van toepassing — {reason}</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="253"/>
        <source>Open deadlines of this case</source>
        <translation>Lopende termijnen van dit dossier</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="323"/>
        <source>Hide the dates for information</source>
        <extracomment>information-only dates (the longest detention, the next request) fold under one button: the legal deadlines and the step to do now stay in sight</extracomment>
        <translation>De datums ter informatie verbergen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deadlines/panel.py" line="324"/>
        <source>Show %n date(s) for information</source>
        <translation>
            <numerusform>%n datum ter informatie tonen</numerusform>
            <numerusform>%n datums ter informatie tonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="64"/>
        <source>Record a decision</source>
        <translation>Een beslissing noteren</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="78"/>
        <source>e.g. 13septies, 26quater (top of the paper)</source>
        <translation>bv. 13septies, 26quater (bovenaan het papier)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="81"/>
        <source>Date it was handed over</source>
        <translation>Datum van overhandiging</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="84"/>
        <source>HH:MM — empty: time not known</source>
        <translation>UU:MM — leeg: uur onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="85"/>
        <source>Time it was handed over (optional)</source>
        <translation>Uur van overhandiging (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="96"/>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="111"/>
        <source>Add a photo of the decision…</source>
        <translation>Een foto van de beslissing toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="114"/>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="119"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="120"/>
        <source>Annexe number</source>
        <translation>Nummer van de bijlage</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="121"/>
        <source>How it was given</source>
        <translation>Hoe het gegeven werd</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="122"/>
        <source>Handed over on (Belgian time)</source>
        <translation>Overhandigd op (Belgische tijd)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="125"/>
        <source>The date written on the paper, or when it was given. The time is optional: leave it empty if it is not known (a deadline in hours is then counted from the start of that day, the shorter one).</source>
        <translation>De datum op het papier, of wanneer het overhandigd werd. Het uur is niet verplicht: laat het leeg als het niet bekend is (een termijn in uren wordt dan geteld vanaf het begin van die dag, de kortste).</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="131"/>
        <source>Why it matters: after an earlier order the urgent appeal must be filed within 5 days instead of 10. If you don't know, Locator counts 5 days and shows the 10-day date only as a possibility — the lawyer decides.</source>
        <translation>Waarom dit belangrijk is: na een eerder bevel moet het beroep bij uiterst dringende noodzakelijkheid binnen 5 dagen ingediend worden in plaats van 10. Weet je het niet, dan telt Locator 5 dagen en toont het de datum na 10 dagen alleen als mogelijkheid — de advocaat beslist.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="136"/>
        <source>Why it matters: a new application made in detention and declared inadmissible leaves only 5 days to appeal instead of 10. If you don't know, Locator counts 5 days.</source>
        <translation>Waarom dit belangrijk is: als een nieuw verzoek dat tijdens de vasthouding ingediend werd niet-ontvankelijk verklaard wordt, blijven er maar 5 dagen over om in beroep te gaan in plaats van 10. Weet je het niet, dan telt Locator 5 dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="151"/>
        <source>Photo (optional)</source>
        <translation>Foto (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="152"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="158"/>
        <source>Save and start the timers</source>
        <translation>Opslaan en de termijnen starten</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="162"/>
        <source>Copy what is on the paper the person received. Saving starts the legal timers for this case.</source>
        <translation>Neem over wat op het papier staat dat de persoon kreeg. Bij het opslaan starten de wettelijke termijnen voor dit dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="260"/>
        <source>Choose a photo or scan of the decision</source>
        <translation>Kies een foto of scan van de beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="261"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.pdf);;All files (*)</source>
        <translation>Foto's en scans (*.jpg *.jpeg *.png *.heic *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="286"/>
        <source>The photo could not be read. Choose it again, or save without it.</source>
        <translation>De foto kon niet gelezen worden. Kies ze opnieuw, of sla op zonder foto.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="373"/>
        <source>Record a decision…</source>
        <translation>Een beslissing noteren…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="375"/>
        <source>A decision was handed over: record it to start the legal timers</source>
        <translation>Er werd een beslissing overhandigd: noteer ze om de wettelijke termijnen te starten</translation>
    </message>
    <message>
        <source>The date and time written on the paper, or when it was given.</source>
        <translation type="vanished">De datum en het uur op het papier, of wanneer het gegeven werd.</translation>
    </message>
    <message>
        <source>Was there an earlier order to leave or removal order?</source>
        <translation type="vanished">Was er al eerder een bevel om het grondgebied te verlaten of een verwijderingsmaatregel?</translation>
    </message>
</context>
<context>
    <name>EmailsDialog</name>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="78"/>
        <source>There is no email address for their lawyer in this case. Add it, or tell GVO instead.</source>
        <translation>Dit dossier bevat geen e-mailadres van de advocaat. Voeg het toe, of verwittig in de plaats GVO.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="80"/>
        <source>GVO</source>
        <translation>GVO</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="81"/>
        <source>a lawyer</source>
        <translation>een advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="83"/>
        <source>Nothing can be sent yet. This case does not record that they agree to share their details with {who} (recorded answer: “{answer}”).

Ask them first — or, if they told you before that you may do this, write down their agreement. Share their details only if they agree, and only to help them.</source>
        <translation>Er kan nog niets verstuurd worden. In dit dossier staat niet dat de persoon akkoord gaat om zijn of haar gegevens te delen met {who} (genoteerd antwoord: “{answer}”).

Vraag het eerst — of, als de persoon je vroeger al zei dat je dit mag doen, noteer die toestemming. Deel de gegevens alleen met toestemming, en alleen om te helpen.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="116"/>
        <source>Send this by email only — never through Facebook or private messages.</source>
        <extracomment>opens the mailto: link (address and subject only) and says whether a mail program could be started; tests replace it (never start a mail program from a test)</extracomment>
        <translation>Verstuur dit alleen via e-mail — nooit via Facebook of privéberichten.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="136"/>
        <source>Language of the email</source>
        <translation>Taal van de e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="137"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="138"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="142"/>
        <source>Text of the email</source>
        <translation>Tekst van de e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="146"/>
        <source>Open in my mail program</source>
        <translation>Openen in mijn e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="149"/>
        <source>Copy the text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="152"/>
        <source>Copy the address</source>
        <translation>Adres kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="155"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="159"/>
        <source>I have sent it…</source>
        <translation>Ik heb het verstuurd…</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="161"/>
        <source>Copying or opening the mail program only prepares the email. Say here when it was really sent.</source>
        <translation>Kopiëren of het mailprogramma openen bereidt de e-mail alleen voor. Zeg hier wanneer hij echt verstuurd is.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="183"/>
        <source>Ask GVO to look for them</source>
        <translation>GVO vragen om de persoon te zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="184"/>
        <source>Tell GVO where they are held</source>
        <translation>GVO laten weten waar de persoon vastgehouden wordt</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="185"/>
        <source>Ask GVO for a lawyer</source>
        <translation>GVO om een advocaat vragen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="186"/>
        <source>Tell GVO what happened</source>
        <translation>GVO laten weten wat er gebeurd is</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="187"/>
        <source>Ask GVO for support at the flight</source>
        <translation>GVO om steun bij de vlucht vragen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="188"/>
        <source>Tell the lawyer about the flight, now</source>
        <translation>De advocaat nu over de vlucht inlichten</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="201"/>
        <source>Fill in: {field}</source>
        <translation>Invullen: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="214"/>
        <source>They could not be asked whether they agree: they are missing. Asking GVO to look for them is in their interest, so you may send this — share only what is needed. Record their answer as soon as you can ask them.</source>
        <translation>Er kon niet gevraagd worden of de persoon akkoord gaat: hij of zij is vermist. GVO vragen om te zoeken is in zijn of haar belang, dus je mag dit versturen — deel alleen wat nodig is. Noteer het antwoord zodra je het kunt vragen.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="217"/>
        <source>Record their answer</source>
        <translation>Antwoord noteren</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="250"/>
        <source>Record that this email was really sent. Only this moves the procedure on.</source>
        <translation>Noteer dat deze e-mail echt verstuurd is. Alleen dat brengt de procedure verder.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="261"/>
        <source>Recorded: the email was sent by {by}.</source>
        <translation>Genoteerd: de e-mail is verstuurd door {by}.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="269"/>
        <source>Send without their agreement?</source>
        <translation>Versturen zonder toestemming?</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="270"/>
        <source>They have not been asked yet. Send this to GVO to help find them?</source>
        <translation>Het werd nog niet gevraagd. Dit naar GVO sturen om te helpen de persoon te vinden?</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="290"/>
        <source>No mail program could be started on this computer, so nothing has been sent.
The text of the email is on the clipboard for {s} seconds. Open your usual email (for example in your web browser), write a new message to {to} and paste the text into it ({paste}).
“Copy the address” and “Copy the text” copy them again.</source>
        <translation>Op deze computer kon geen mailprogramma gestart worden, dus er is niets verstuurd.
De tekst van de e-mail staat {s} seconden op het klembord. Open je gewone e-mail (bijvoorbeeld in je webbrowser), schrijf een nieuw bericht aan {to} en plak de tekst erin ({paste}).
“Adres kopiëren” en “Tekst kopiëren” kopiëren ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="299"/>
        <source>Your mail program should now show a new message to {to}.
The text of the email is on the clipboard for {s} seconds: click in the message, paste it ({paste}), check it, then send it.
No new message? Press “Copy the address” and write to that address from your usual email (for example in your web browser), then press “Copy the text” and paste it.</source>
        <translation>Je mailprogramma zou nu een nieuw bericht aan {to} moeten tonen.
De tekst van de e-mail staat {s} seconden op het klembord: klik in het bericht, plak hem ({paste}), lees hem na en verstuur hem dan.
Geen nieuw bericht? Druk op “Adres kopiëren” en schrijf naar dat adres vanuit je gewone e-mail (bijvoorbeeld in je webbrowser), druk dan op “Tekst kopiëren” en plak de tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="312"/>
        <source>Copied. Paste it into an email. The clipboard is cleared in {s} seconds.</source>
        <translation>Gekopieerd. Plak het in een e-mail. Het klembord wordt over {s} seconden leeggemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="321"/>
        <source>The address is on the clipboard for {s} seconds: paste it into “To” in a new message, then press “Copy the text”.</source>
        <translation>Het adres staat {s} seconden op het klembord: plak het bij “Aan” in een nieuw bericht en druk dan op “Tekst kopiëren”.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Kopiëren</translation>
    </message>
    <message>
        <source>Your mail program was asked to open the email. Check it, then send it.</source>
        <translation type="vanished">Je e-mailprogramma werd gevraagd de e-mail te openen. Lees hem na en verstuur hem dan.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../ui/help/first_run.py" line="87"/>
        <location filename="../../ui/help/first_run.py" line="101"/>
        <location filename="../../ui/help/first_run.py" line="152"/>
        <source>Welcome to Locator</source>
        <translation>Welkom bij Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="107"/>
        <source>What Locator is for</source>
        <translation>Waarvoor dient Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="108"/>
        <source>Locator helps you find and support a friend held in immigration detention in Belgium. It keeps a case file for each person, shows the next step to take (which centre to call, visits, a lawyer) and counts the legal deadlines.</source>
        <translation>Locator helpt je om een vriend(in) terug te vinden en te steunen die in België in een gesloten centrum wordt vastgehouden. Het houdt een dossier bij voor elke persoon, toont de volgende stap (welk centrum bellen, bezoeken, een advocaat) en telt de wettelijke termijnen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="111"/>
        <source>Your passphrase</source>
        <translation>Je wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="112"/>
        <source>Everything is kept in one encrypted file, the vault. You will now choose the passphrase that opens it. Nobody can recover a forgotten passphrase — not us, not anyone — and without it the vault cannot be opened again. Use five to seven random words. Write them down and keep them somewhere safe, away from this computer.</source>
        <translation>Alles wordt bewaard in één versleuteld bestand, de kluis. Je kiest nu de wachtzin die de kluis opent. Niemand kan een vergeten wachtzin terughalen — wij niet, niemand — en zonder wachtzin kan de kluis nooit meer geopend worden. Gebruik vijf tot zeven willekeurige woorden. Schrijf ze op en bewaar ze op een veilige plaats, weg van deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="117"/>
        <source>“Remember on this device”</source>
        <translation>“Onthouden op dit toestel”</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="119"/>
        <source>You can let this computer keep the vault key in its keyring, so you do not type the passphrase each time. Then anyone who can use this computer while you are logged in can open the vault too. Leave it off on a shared computer, or on one that could be searched or taken away.</source>
        <translation>Je kunt deze computer de sleutel van de kluis laten bewaren in zijn sleutelbos, zodat je de wachtzin niet telkens moet typen. Dan kan iedereen die deze computer gebruikt terwijl je aangemeld bent, de kluis ook openen. Laat dit uit op een gedeelde computer, of op een computer die doorzocht of in beslag genomen kan worden.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="124"/>
        <source>Getting the Voice Out (GVO) knows the centres, the visitors and the lawyers. Write to them by email — never through Facebook or private messages:</source>
        <translation>Getting the Voice Out (GVO) kent de centra, de bezoekers en de advocaten. Schrijf hen via e-mail — nooit via Facebook of privéberichten:</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="126"/>
        <source>Where to get help</source>
        <translation>Waar je hulp vindt</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="128"/>
        <source>In Locator, press F1 for the steps and the deadline rules.</source>
        <translation>Druk in Locator op F1 voor de stappen en de regels van de termijnen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="132"/>
        <source>Open the Help</source>
        <translation>Help openen</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="138"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="141"/>
        <source>Continue: create my vault</source>
        <translation>Verder: mijn kluis aanmaken</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/help/about.py" line="236"/>
        <source>&amp;About Locator</source>
        <translation>&amp;Over Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="286"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="413"/>
        <source>Locator &amp;Help</source>
        <extracomment>the fixed dates of the worked examples (Tuesday 1 December 2026, 09:10; a letter posted on Monday 7 December 2026), so Help shows the same examples every day</extracomment>
        <translation>&amp;Hulp bij Locator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help/window.py" line="59"/>
        <location filename="../../ui/help/window.py" line="343"/>
        <source>Locator Help</source>
        <translation>Hulp bij Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="62"/>
        <source>Deadlines are an alarm, not legal advice.</source>
        <translation>Termijnen zijn een alarm, geen juridisch advies.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="69"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="74"/>
        <location filename="../../ui/help/window.py" line="133"/>
        <source>The steps to take</source>
        <translation>De stappen die je kunt zetten</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="75"/>
        <location filename="../../ui/help/window.py" line="250"/>
        <source>Legal deadlines</source>
        <translation>Wettelijke termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="76"/>
        <source>Legal holidays</source>
        <translation>Wettelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="78"/>
        <source>Keyboard</source>
        <translation>Toetsenbord</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="85"/>
        <source>What if…</source>
        <translation>Wat als…</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="134"/>
        <source>For each case Locator shows the one step to do now. Here are all of them, phase by phase. Everyone does what they can: no step is an obligation.</source>
        <translation>Voor elk dossier toont Locator de stap die je nu kunt zetten. Hier staan ze allemaal, fase per fase. Iedereen doet wat hij of zij kan: geen enkele stap is een verplichting.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="142"/>
        <source>at any time</source>
        <translation>op elk moment</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="145"/>
        <source>Why: {why}</source>
        <translation>Waarom: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="155"/>
        <source>From “{title}” by {publisher}, republished by {republisher}; checked on {date}.</source>
        <translation>Uit “{title}” van {publisher}, opnieuw uitgegeven door {republisher}; nagekeken op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="166"/>
        <source>Belgian periods in days: the day the decision is handed over does not count; day 1 is the next day. Every calendar day counts, weekends and holidays included. If the last day is a Saturday, a Sunday or a legal public holiday, the deadline moves to the next day that is none of these. It ends at midnight (24:00), Brussels time. Sent by registered letter with acknowledgment of receipt: counting starts the day after the letter was first presented at the address. Sent by registered letter without acknowledgment or by ordinary post: counting starts on the third working day after the letter was handed to the post.</source>
        <translation>Belgische termijnen in dagen: de dag waarop de beslissing overhandigd wordt, telt niet mee; dag 1 is de dag erna. Elke kalenderdag telt, weekends en feestdagen inbegrepen. Valt de laatste dag op een zaterdag, een zondag of een wettelijke feestdag, dan schuift de termijn op naar de eerstvolgende dag die geen van deze is. Hij eindigt om middernacht (24:00), Brusselse tijd. Aangetekend met ontvangstbewijs verstuurd: het tellen begint de dag nadat de brief voor het eerst op het adres aangeboden werd. Aangetekend zonder ontvangstbewijs of met gewone post verstuurd: het tellen begint op de derde werkdag nadat de brief aan de post afgegeven werd.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="176"/>
        <source>Belgian periods whose counting was not checked: day 1 is the day after the decision was handed over, and the last day is never moved for a weekend or a holiday. Locator counts this shorter reading; the lawyer may count more.</source>
        <translation>Belgische termijnen waarvan de telling niet nagekeken werd: dag 1 is de dag nadat de beslissing overhandigd werd, en de laatste dag wordt nooit verschoven voor een weekend of een feestdag. Locator telt volgens deze kortere lezing; de advocaat kan meer tellen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="180"/>
        <source>French periods that count the day of notification: day 1 is the day the decision was handed over; the period ends at midnight (24:00) on the last day, never extended for a weekend or a holiday.</source>
        <translation>Franse termijnen die de dag van de kennisgeving meetellen: dag 1 is de dag waarop de beslissing overhandigd werd; de termijn eindigt om middernacht (24:00) op de laatste dag en wordt nooit verlengd voor een weekend of een feestdag.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="184"/>
        <source>French periods the courts count in different ways: Locator counts the shorter reading. Day 1 is the day after notification; the period ends at midnight (24:00) on the last day, never extended for a weekend or a holiday.</source>
        <translation>Franse termijnen die de rechtbanken op verschillende manieren tellen: Locator houdt de kortste lezing aan. Dag 1 is de dag na de kennisgeving; de termijn eindigt om middernacht (24:00) op de laatste dag en wordt nooit verlengd voor een weekend of een feestdag.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="188"/>
        <source>No deadline and no waiting time: the request can be filed at once.</source>
        <translation>Geen termijn en geen wachttijd: het verzoek kan meteen ingediend worden.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="190"/>
        <source>Periods in hours: counted hour by hour from the moment the decision was handed over, and never extended for a weekend or a holiday.</source>
        <translation>Termijnen in uren: uur per uur geteld vanaf het moment waarop de beslissing overhandigd werd, en nooit verlengd voor een weekend of een feestdag.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="193"/>
        <source>No deadline: a new request can be filed again a set number of months after the last decision. Locator shows the next possible date.</source>
        <translation>Geen termijn: een nieuw verzoek kan opnieuw ingediend worden een bepaald aantal maanden na de laatste beslissing. Locator toont de eerstvolgende mogelijke datum.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="196"/>
        <source>A legal maximum, shown for information only: it is not a deadline to act.</source>
        <translation>Een wettelijk maximum, alleen ter informatie: het is geen termijn om iets te doen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="202"/>
        <source>no deadline</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="204"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="206"/>
        <source>{n} hours</source>
        <translation>{n} uur</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="208"/>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="210"/>
        <source>{n} weeks ({days} days)</source>
        <translation>{n} weken ({days} dagen)</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="212"/>
        <source>({n} days if the person is not detained)</source>
        <translation>({n} dagen als de persoon niet vastgehouden wordt)</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="223"/>
        <location filename="../../ui/help/window.py" line="229"/>
        <source>Handed over on {when}</source>
        <translation>Overhandigd op {when}</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="231"/>
        <source>Handed to the post on {when}</source>
        <translation>Aan de post gegeven op {when}</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="234"/>
        <source>Handed over on {when}, time not known</source>
        <translation>Overhandigd op {when}, uur onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="251"/>
        <source>When you record a decision, Locator starts the legal timers that apply to it. Only a lawyer can file these appeals: your part is to get the decision and the facts to a lawyer in time, through GVO if you have none.</source>
        <translation>Als je een beslissing noteert, start Locator de wettelijke termijnen die daarvoor gelden. Alleen een advocaat kan deze beroepen indienen: jouw rol is de beslissing en de feiten op tijd bij een advocaat te krijgen, via GVO als je er geen hebt.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="254"/>
        <source>How the time is counted</source>
        <translation>Hoe de tijd geteld wordt</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="259"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="259"/>
        <source>France (for information)</source>
        <translation>Frankrijk (ter informatie)</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="270"/>
        <source>Period: {period}.</source>
        <translation>Termijn: {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="271"/>
        <source>The date you enter: {what}.</source>
        <translation>De datum die je invult: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="275"/>
        <source>Worked examples (computed by Locator):</source>
        <translation>Uitgewerkte voorbeelden (berekend door Locator):</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="282"/>
        <source>Not sure whether this applies? Then Locator counts the shorter period: {title}.</source>
        <translation>Niet zeker of dit van toepassing is? Dan telt Locator de kortere termijn: {title}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="297"/>
        <source>The {n} legal public holidays</source>
        <translation>De {n} wettelijke feestdagen</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="299"/>
        <source>Besides Saturdays and Sundays, only these days move the last day of a Belgian deadline. Regional and community holidays (such as 11 July, 27 September or 15 November) and 26 December do not.</source>
        <translation>Naast zaterdagen en zondagen verschuiven alleen deze dagen de laatste dag van een Belgische termijn. Regionale en gemeenschapsfeestdagen (zoals 11 juli, 27 september of 15 november) en 26 december doen dat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="314"/>
        <source>Source: {title}. Last checked on {date}.</source>
        <translation>Bron: {title}. Laatst nagekeken op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="333"/>
        <source>Search the cases; then Down or Enter opens the first case found</source>
        <translation>Zoeken in de dossiers; daarna opent Omlaag of Enter het eerste gevonden dossier</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="344"/>
        <source>underlined letter</source>
        <translation>onderstreepte letter</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="345"/>
        <source>Open a menu: every button of the toolbar is in a menu too</source>
        <translation>Een menu openen: elke knop van de werkbalk staat ook in een menu</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="346"/>
        <source>Next / previous field or button</source>
        <translation>Volgend / vorig veld of knop</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="349"/>
        <source>Next / previous page of the case</source>
        <translation>Volgende / vorige pagina van het dossier</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="350"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation>De geselecteerde knop indrukken of het vakje aanvinken</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="351"/>
        <source>The main button of a window</source>
        <translation>De hoofdknop van een venster</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="352"/>
        <source>Close a window without saving</source>
        <translation>Een venster sluiten zonder op te slaan</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="354"/>
        <source>Using the keyboard</source>
        <translation>Het toetsenbord gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="355"/>
        <source>Everything in Locator can be done without a mouse.</source>
        <translation>Alles in Locator kan zonder muis.</translation>
    </message>
    <message>
        <source>For example, handed over today, {today}: the last day is {due}, until 24:00.</source>
        <translation type="vanished">Bijvoorbeeld: vandaag overhandigd, {today}: de laatste dag is {due}, tot 24:00.</translation>
    </message>
    <message>
        <source>(Moved forward from {day}, which is not a working day.)</source>
        <translation type="vanished">(Verschoven van {day}, want dat is geen werkdag.)</translation>
    </message>
    <message>
        <source>Belgian periods in days: the day the decision is handed over does not count; day 1 is the next day. Every calendar day counts, weekends and holidays included. If the last day is a Saturday, a Sunday or a legal public holiday, the deadline moves to the next day that is none of these. It ends at midnight (24:00), Brussels time. Sent by registered letter: counting starts the day after the letter is presented. Sent by ordinary post: counting starts on the third working day after posting.</source>
        <translation type="vanished">Belgische termijnen in dagen: de dag waarop de beslissing overhandigd wordt, telt niet mee; dag 1 is de volgende dag. Elke kalenderdag telt, weekends en feestdagen inbegrepen. Valt de laatste dag op een zaterdag, een zondag of een wettelijke feestdag, dan schuift de termijn op naar de eerstvolgende dag die geen van die dagen is. De termijn eindigt om middernacht (24:00), Brusselse tijd. Per aangetekende brief: het tellen begint de dag nadat de brief aangeboden werd. Met de gewone post: het tellen begint op de derde werkdag na verzending.</translation>
    </message>
</context>
<context>
    <name>Locate</name>
    <message>
        <source>{centre}: {answer}</source>
        <extracomment>actions other features add to the window, found by objectName; the fallback edits the field</extracomment>
        <translation type="vanished">{centre}: {answer}</translation>
    </message>
    <message>
        <source>{centre}, {day}: {visitor}</source>
        <translation type="vanished">{centre}, {day}: {visitor}</translation>
    </message>
    <message>
        <source>phone handed over</source>
        <translation type="vanished">telefoon afgegeven</translation>
    </message>
    <message>
        <source>GVO</source>
        <translation type="vanished">GVO</translation>
    </message>
    <message>
        <source>the lawyer</source>
        <translation type="vanished">de advocaat</translation>
    </message>
    <message>
        <source>asked to look for them</source>
        <translation type="vanished">gevraagd om te zoeken</translation>
    </message>
    <message>
        <source>told where they are held</source>
        <translation type="vanished">laten weten waar de persoon vastzit</translation>
    </message>
    <message>
        <source>asked for a lawyer</source>
        <translation type="vanished">om een advocaat gevraagd</translation>
    </message>
    <message>
        <source>told what happened</source>
        <translation type="vanished">laten weten wat er gebeurd is</translation>
    </message>
    <message>
        <source>told about the flight</source>
        <translation type="vanished">ingelicht over de vlucht</translation>
    </message>
    <message>
        <source>asked for support at the flight</source>
        <translation type="vanished">om steun bij de vlucht gevraagd</translation>
    </message>
    <message>
        <source>To {to}: {purpose}</source>
        <translation type="vanished">Aan {to}: {purpose}</translation>
    </message>
    <message>
        <source>“{step}”: {n} of {total} ticked</source>
        <translation type="vanished">“{step}”: {n} van {total} aangevinkt</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="vanished">gedaan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="vanished">overgeslagen</translation>
    </message>
    <message>
        <source>opened again</source>
        <translation type="vanished">heropend</translation>
    </message>
    <message>
        <source>“{step}”: {state}</source>
        <translation type="vanished">“{step}”: {state}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Search names, nationality, centre, notes</source>
        <extracomment>the full integrity check starts this long after the vault's first paint the window was closed by the person (the vault locked first): the app ends the case now shown (a saved Case), or None (new unsaved case, nothing, or locked) an open vault, after unlocking (vault, for_good) just before the vault is closed: on a lock (False) or because the window closes and the app ends (True). The last moment to use it (automatic backup). (Changes) after each write, once the window's own widgets show it</extracomment>
        <translation>Zoek op naam, nationaliteit, centrum, notities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Search cases</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Photos and scans</source>
        <translation>Foto's en scans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>{day} · {left}</source>
        <extracomment>the open case, or the home screen (Today) when no case is open unsaved edits the vault could not take at the last lock: here only, until the next unlock brings them back (never written anywhere else) list closed cases too ("Show closed cases")</extracomment>
        <translation>{day} · {left}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>The full check of the vault found damage in the file. Editing is locked so that nothing more is written over it; you can still read your cases. Lock Locator and restore your latest backup.</source>
        <translation>De volledige controle van de kluis vond schade in het bestand. Bewerken is geblokkeerd, zodat er niets meer overheen geschreven wordt; je kunt je dossiers nog lezen. Vergrendel Locator en zet je laatste back-up terug.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The vault is damaged</source>
        <translation>De kluis is beschadigd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Your changes from before the lock are back. Save them, or open another case to discard them.</source>
        <translation>Je wijzigingen van voor het vergrendelen zijn terug. Sla ze op, of open een ander dossier om ze te laten vallen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>The list could not be read. Lock Locator and unlock it again.</source>
        <translation>De lijst kon niet gelezen worden. Vergrendel Locator en ontgrendel het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Since you opened this case, it was changed elsewhere (in another window or by the command line): {names}.</source>
        <translation>Sinds je dit dossier opende, is het elders gewijzigd (in een ander venster of via de opdrachtregel): {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Keep mine: your values replace those. Take theirs: the case as it is stored now is shown, and what you typed is dropped. Cancel: nothing is saved yet.</source>
        <translation>Mijne houden: jouw waarden vervangen die. Hunne nemen: het dossier zoals het nu is opgeslagen wordt getoond, en wat je typte vervalt. Annuleren: er wordt nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>Keep mine</source>
        <translation>Mijne houden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="626"/>
        <source>Take theirs</source>
        <translation>Hunne nemen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>The case as it is stored now.</source>
        <translation>Het dossier zoals het nu is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>This case has changes that are not saved yet. Save them now?</source>
        <translation>Dit dossier heeft wijzigingen die nog niet opgeslagen zijn. Nu opslaan?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="727"/>
        <source>Your changes cannot be kept</source>
        <translation>Je wijzigingen kunnen niet bewaard worden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>The vault cannot take your unsaved changes now (it may have been moved, or its disk is full or gone).</source>
        <translation>De kluis kan je niet-opgeslagen wijzigingen nu niet opnemen (ze is misschien verplaatst, of haar schijf is vol of weg).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>Quit and lose them</source>
        <translation>Afsluiten en ze verliezen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="731"/>
        <source>Cancel keeps Locator open: put the vault back, or lock (Ctrl+L) to keep the changes in memory until you unlock.</source>
        <translation>Annuleren houdt Locator open: zet de kluis terug, of vergrendel (Ctrl+L) om de wijzigingen in het geheugen te bewaren tot je ontgrendelt.</translation>
    </message>
</context>
<context>
    <name>MergeChoicesDialog</name>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="39"/>
        <source>Cases found in both vaults</source>
        <translation>Dossiers die in beide kluizen staan</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="42"/>
        <source>These cases of the copy seem to be people you already have, but what is written differs. Nothing of yours is replaced unless you choose “Take theirs”. With “Keep both”, the copy's version is added as a separate case, marked as a possible duplicate on its timeline, so you can compare them later.</source>
        <translation>Deze dossiers uit de kopie lijken over mensen te gaan die je al hebt, maar wat er staat is anders. Niets van jou wordt vervangen, tenzij je “Die van hen nemen” kiest. Met “Beide houden” wordt de versie uit de kopie als apart dossier toegevoegd, op de tijdlijn gemarkeerd als mogelijk dubbel, zodat je ze later kunt vergelijken.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="53"/>
        <source>In the copy</source>
        <translation>In de kopie</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="53"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="54"/>
        <source>Changed last</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="54"/>
        <source>What to do</source>
        <translation>Wat doen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="65"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="73"/>
        <source>case {n}: {name}</source>
        <translation>dossier {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="74"/>
        <source>the copy</source>
        <translation>de kopie</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="74"/>
        <source>here</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="27"/>
        <source>Keep both (check later)</source>
        <translation>Beide houden (later nakijken)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="28"/>
        <source>Keep mine, leave theirs out</source>
        <translation>Het mijne houden, dat van hen weglaten</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="29"/>
        <source>Take theirs (records are added, never removed)</source>
        <translation>Die van hen nemen (gegevens worden toegevoegd, nooit verwijderd)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="108"/>
        <source>The import is finished.</source>
        <translation>Het importeren is klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="109"/>
        <source>New cases added: {n}</source>
        <translation>Nieuwe dossiers toegevoegd: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="111"/>
        <source>Kept side by side with one of yours, to compare (each says “possible duplicate” on its timeline): {n}</source>
        <translation>Naast een van de jouwe gehouden, om te vergelijken (elk vermeldt “mogelijk dubbel” op de tijdlijn): {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="114"/>
        <source>  • case {new}, possibly the same person as case {old} ({name})</source>
        <translation>  • dossier {new}, mogelijk dezelfde persoon als dossier {old} ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="118"/>
        <source>Taken from the copy: {n}</source>
        <translation>Overgenomen uit de kopie: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="121"/>
        <source>Left out, yours kept: {n}</source>
        <translation>Weggelaten, de jouwe behouden: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="123"/>
        <source>Already here, skipped: {n}</source>
        <translation>Al aanwezig, overgeslagen: {n}</translation>
    </message>
</context>
<context>
    <name>NestedTable</name>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="55"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="56"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="57"/>
        <source>Phone numbers (comma between)</source>
        <translation>Telefoonnummers (komma ertussen)</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="59"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="63"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="64"/>
        <source>Annexe</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="65"/>
        <source>Notified (YYYY-MM-DD, then HH:MM if known)</source>
        <translation>Betekend (JJJJ-MM-DD, dan UU:MM als bekend)</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="67"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="68"/>
        <source>Earlier removal order?</source>
        <translation>Eerdere verwijderingsmaatregel?</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="71"/>
        <source>New asylum application in detention?</source>
        <translation>Nieuw asielverzoek tijdens vasthouding?</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="72"/>
        <location filename="../../ui/case/nested_tables.py" line="80"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="76"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="77"/>
        <source>Flight</source>
        <translation>Vlucht</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="78"/>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="79"/>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="98"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="101"/>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="146"/>
        <source>Row {n}</source>
        <translation>Rij {n}</translation>
    </message>
    <message>
        <source>Notified (YYYY-MM-DD HH:MM)</source>
        <translation type="vanished">Kennisgeving (JJJJ-MM-DD UU:MM)</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="32"/>
        <source>A deadline needs attention</source>
        <translation>Een termijn vraagt je aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="33"/>
        <source>{n} deadlines need attention</source>
        <translation>{n} termijnen vragen je aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="34"/>
        <source>Open Locator to see which.</source>
        <translation>Open Locator om te zien welke.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="37"/>
        <source>It may apply only in certain cases — the lawyer decides.</source>
        <translation>Hij geldt misschien alleen in bepaalde gevallen — de advocaat beslist.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="39"/>
        <source>Some may apply only in certain cases — the lawyer decides.</source>
        <translation>Sommige gelden misschien alleen in bepaalde gevallen — de advocaat beslist.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="69"/>
        <source>Show Locator</source>
        <translation>Locator tonen</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="71"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="32"/>
        <source>Show the passphrase</source>
        <translation>De wachtzin tonen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="62"/>
        <source>Suggest a passphrase</source>
        <translation>Een wachtzin voorstellen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="64"/>
        <source>Six random words in the language of Locator</source>
        <translation>Zes willekeurige woorden in de taal van Locator</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="75"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="97"/>
        <source>Suggested passphrase</source>
        <translation>Voorgestelde wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="100"/>
        <source>Write these words on the recovery sheet (Vault → Recovery…) or on paper kept away from this computer, then type them again in the second field.</source>
        <translation>Schrijf deze woorden op het herstelblad (Kluis → Herstel…) of op papier dat je weg van deze computer bewaart, en typ ze dan opnieuw in het tweede veld.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="107"/>
        <source>Other words</source>
        <translation>Andere woorden</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="110"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="113"/>
        <source>Copies the words for {n} seconds, then empties the clipboard</source>
        <translation>Kopieert de woorden voor {n} seconden en maakt dan het klembord leeg</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="136"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet dezelfde.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="145"/>
        <source>This passphrase is too easy to guess. {reason} {advice}</source>
        <translation>Deze wachtzin is te makkelijk te raden. {reason} {advice}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="171"/>
        <source>Five to seven random words make a strong passphrase.</source>
        <translation>Vijf tot zeven willekeurige woorden maken een sterke wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="176"/>
        <source>Very weak</source>
        <translation>Heel zwak</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="176"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="176"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="177"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="179"/>
        <source>Strength: {word}</source>
        <translation>Sterkte: {word}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="182"/>
        <source>Strength: {word}. Not accepted: {reason}</source>
        <translation>Sterkte: {word}. Niet aanvaard: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="206"/>
        <source>Copied. Locator empties the clipboard in {n} seconds.</source>
        <translation>Gekopieerd. Locator maakt het klembord leeg over {n} seconden.</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="33"/>
        <source>Call this number</source>
        <translation>Dit nummer bellen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="46"/>
        <source>This computer does not make the call: dial this number on your phone. When the call is over, come back here and press what they answered.
The number is also copied, for a calling program.</source>
        <translation>Deze computer belt niet zelf: vorm dit nummer op je telefoon. Als het gesprek voorbij is, kom je hier terug en druk je op wat ze antwoordden.
Het nummer is ook gekopieerd, voor een belprogramma.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="51"/>
        <source>Copy the number</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="54"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="71"/>
        <source>Call {who} from your phone:</source>
        <translation>Bel {who} met je telefoon:</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="73"/>
        <source>Phone number: {number}</source>
        <translation>Telefoonnummer: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="82"/>
        <source>The number is copied to the clipboard. It is cleared in {s} seconds.</source>
        <translation>Het nummer is naar het klembord gekopieerd. Het wordt gewist over {s} seconden.</translation>
    </message>
    <message>
        <source>This computer does not make the call: dial this number on your phone. When the call is over, come back here and press what they answered.
You can also copy the number, for example into a calling program.</source>
        <translation type="vanished">Deze computer belt niet zelf: kies dit nummer op je telefoon. Als het gesprek voorbij is, kom dan hier terug en druk op wat ze antwoordden.
Je kunt het nummer ook kopiëren, bijvoorbeeld naar een belprogramma.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {s} seconds.</source>
        <translation type="vanished">Gekopieerd. Het klembord wordt over {s} seconden leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>ProcedureBrowser</name>
    <message>
        <location filename="../../ui/procedure/browser.py" line="45"/>
        <source>any time</source>
        <translation>op elk moment</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="46"/>
        <source>▶ now</source>
        <translation>▶ nu</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="47"/>
        <source>✓ done</source>
        <translation>✓ gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="48"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="49"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="50"/>
        <source>does not apply now</source>
        <translation>nu niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="61"/>
        <location filename="../../ui/procedure/browser.py" line="67"/>
        <source>The whole procedure</source>
        <translation>De hele procedure</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="68"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="68"/>
        <source>For this case</source>
        <translation>Voor dit dossier</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="84"/>
        <source>Mark as done</source>
        <translation>Markeren als gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="85"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="86"/>
        <source>Open again</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="165"/>
        <source>Why: {why}</source>
        <translation>Waarom: {why}</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/common/prompts.py" line="114"/>
        <source>Confirmation word</source>
        <translation>Bevestigingswoord</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="161"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="163"/>
        <source>Type the passphrase again</source>
        <translation>Typ de wachtzin nog eens</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="189"/>
        <source>Five to seven random words make a strong passphrase.</source>
        <translation>Vijf tot zeven willekeurige woorden maken een sterke wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="196"/>
        <source>Very weak</source>
        <translation>Heel zwak</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="196"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="197"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="197"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="198"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="199"/>
        <source>Strength: {word}</source>
        <translation>Sterkte: {word}</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="203"/>
        <source>Type a passphrase.</source>
        <translation>Typ een wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="205"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet dezelfde.</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="241"/>
        <source>Locator</source>
        <translation>Locator</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="256"/>
        <source>The file could not be read or written ({reason}).</source>
        <translation>Het bestand kon niet gelezen of geschreven worden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="258"/>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
</context>
<context>
    <name>ReadDocumentDialog</name>
    <message>
        <location filename="../../ui/documents/dialog.py" line="139"/>
        <source>Read this document</source>
        <translation>Dit document lezen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="152"/>
        <source>Drag over the picture to read only that part.</source>
        <extracomment>the part to read, as fractions of the turned picture (None: all of it)</extracomment>
        <translation>Sleep over de afbeelding om alleen dat deel te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="154"/>
        <source>The photo or scan</source>
        <translation>De foto of scan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="158"/>
        <source>Turn left</source>
        <translation>Naar links draaien</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="161"/>
        <source>Turn right</source>
        <translation>Naar rechts draaien</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="164"/>
        <source>Read all of it</source>
        <translation>Alles lezen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="166"/>
        <source>Forget the part marked on the picture.</source>
        <translation>Het gemarkeerde deel van de afbeelding vergeten.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="176"/>
        <source>Read</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="182"/>
        <source>Cancel reading</source>
        <translation>Lezen stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="186"/>
        <source>Read on this computer only: nothing is sent anywhere. Check every value against the paper.</source>
        <translation>Alleen op deze computer gelezen: er wordt niets verstuurd. Controleer elke waarde op het papier.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="195"/>
        <source>Save accepted values</source>
        <translation>Aanvaarde waarden opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="199"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="226"/>
        <source>This file cannot be shown.</source>
        <translation>Dit bestand kan niet getoond worden.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="253"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="277"/>
        <source>Reading was cancelled.</source>
        <translation>Het lezen werd gestopt.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="281"/>
        <source>The document could not be read.</source>
        <translation>Het document kon niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="293"/>
        <source>Nothing could be read on this document. Turn it upright, or take a sharper, straighter photo.</source>
        <translation>Er kon niets gelezen worden op dit document. Zet het rechtop, of neem een scherpere, rechtere foto.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="296"/>
        <source>Least certain first. Accept, correct or reject each value; only accepted and corrected values are saved.</source>
        <translation>Minst zekere eerst. Aanvaard, verbeter of verwerp elke waarde; alleen aanvaarde en verbeterde waarden worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="308"/>
        <source>{confidence} % sure</source>
        <translation>{confidence} % zeker</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="313"/>
        <source>saved as a new decision (its deadlines start)</source>
        <translation>opgeslagen als nieuwe beslissing (de termijnen beginnen)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="315"/>
        <source>kept on the timeline only</source>
        <translation>alleen op de tijdlijn bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="323"/>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="323"/>
        <source>Correct</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="324"/>
        <source>Reject</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="368"/>
        <source>Nothing to save</source>
        <translation>Niets om op te slaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="369"/>
        <source>Accept or correct at least one value first.</source>
        <translation>Aanvaard of verbeter eerst minstens één waarde.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="376"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/vault/recovery.py" line="29"/>
        <source>Locator — recovery sheet</source>
        <translation>Locator — herstelblad</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="30"/>
        <source>Made on {date}.</source>
        <translation>Gemaakt op {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="31"/>
        <source>Vault file: {path}</source>
        <translation>Bestand van de kluis: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="32"/>
        <source>Backups made by Locator: the folder “{name}” next to it.</source>
        <translation>Back-ups gemaakt door Locator: de map “{name}” ernaast.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="34"/>
        <source>Write the passphrase below by hand, exactly (capital letters, spaces). Keep this sheet somewhere safe, away from the computer: together with the vault file it opens every case. Without the passphrase nobody — not the makers of Locator, not anyone — can open the vault.</source>
        <translation>Schrijf de wachtzin hieronder met de hand, precies zoals hij is (hoofdletters, spaties). Bewaar dit blad op een veilige plaats, weg van de computer: samen met het bestand van de kluis opent het elk dossier. Zonder de wachtzin kan niemand — niet de makers van Locator, niemand — de kluis openen.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="39"/>
        <source>Passphrase:</source>
        <translation>Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="40"/>
        <source>If you made an encrypted copy with a second passphrase:</source>
        <translation>Als je een versleutelde kopie maakte met een tweede wachtzin:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="42"/>
        <source>Where the copy is:</source>
        <translation>Waar de kopie is:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="43"/>
        <source>Its passphrase:</source>
        <translation>Wachtzin van de kopie:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/vault/recovery.py" line="54"/>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="60"/>
        <source>If you forget your passphrase, the vault cannot be opened again. Nobody can recover it — not the makers of Locator, not anyone. This is what keeps the people you help safe if the computer is taken.

Prepare now, in one or both ways:</source>
        <translation>Als je je wachtzin vergeet, kan de kluis nooit meer geopend worden. Niemand kan hem terughalen — niet de makers van Locator, niemand. Dat beschermt de mensen die je helpt als de computer in beslag genomen wordt.

Bereid je nu voor, op een van deze manieren of op beide:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="66"/>
        <source>Make an encrypted copy with a second passphrase…</source>
        <translation>Een versleutelde kopie maken met een tweede wachtzin…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="68"/>
        <source>Keep the copy and its passphrase somewhere else (a trusted person, a safe place).</source>
        <translation>Bewaar de kopie en haar wachtzin ergens anders (bij iemand die je vertrouwt, op een veilige plaats).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="72"/>
        <source>Save a recovery sheet to print (PDF)…</source>
        <translation>Een herstelblad opslaan om af te drukken (pdf)…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="74"/>
        <source>A page with where the vault is and blank lines to write the passphrase by hand. It holds nothing about any case.</source>
        <translation>Een blad met de plaats van de kluis en lege regels om de wachtzin met de hand op te schrijven. Er staat niets op over een dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="85"/>
        <source>Save the recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="94"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="96"/>
        <source>Recovery sheet saved</source>
        <translation>Herstelblad opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="97"/>
        <source>Saved here:
{path}

Print it, write the passphrase on it by hand, then delete the file.</source>
        <translation>Hier opgeslagen:
{path}

Druk het af, schrijf de wachtzin er met de hand op en verwijder daarna het bestand.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="33"/>
        <source>I have sent it</source>
        <translation>Ik heb het verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="38"/>
        <source>your name, or the name of who sent it</source>
        <translation>je naam, of de naam van wie het verstuurd heeft</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="47"/>
        <source>Record as sent</source>
        <translation>Als verstuurd noteren</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="52"/>
        <source>Sent by</source>
        <translation>Verstuurd door</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="53"/>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="68"/>
        <source>Say who sent it.</source>
        <translation>Zeg wie het verstuurd heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="71"/>
        <source>Give the day it was sent: type it (YYYY-MM-DD) or pick it in the calendar.</source>
        <translation>Geef de dag van verzending: typ hem (JJJJ-MM-DD) of kies hem in de kalender.</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="74"/>
        <source>The day it was sent cannot be in the future.</source>
        <translation>De dag van verzending kan niet in de toekomst liggen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/vault/settings.py" line="69"/>
        <source>Settings</source>
        <extracomment>the keyring could not answer (locked, its prompt dismissed, not answering in time) "restart to see the new language", in each language itself: the person who picks a language they read is told in it (the translators of the running app speak the old one)</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="80"/>
        <source>The computer's language</source>
        <translation>De taal van de computer</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="85"/>
        <location filename="../../ui/vault/settings.py" line="86"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="88"/>
        <source>A new language shows the next time Locator starts. Dates follow the language too.</source>
        <translation>Een nieuwe taal verschijnt de volgende keer dat Locator start. Ook de datums volgen de taal.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="101"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="103"/>
        <source>Lock after minutes without use</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="104"/>
        <source>Lock after this long without use</source>
        <translation>Vergrendelen na zoveel tijd zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="106"/>
        <source>Time the computer spends asleep counts too. 0 turns automatic locking off (not advised). The default is {n} minutes.</source>
        <translation>De tijd dat de computer in slaapstand is, telt ook mee. 0 schakelt automatisch vergrendelen uit (niet aangeraden). Standaard is het {n} minuten.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="110"/>
        <source>Quit Locator instead of locking</source>
        <translation>Locator afsluiten in plaats van vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="115"/>
        <source>Locking empties every window, but a program cannot be sure nothing stays in its memory. Quitting is the strongest protection: unsaved changes are kept, encrypted, and come back when you open the vault again.</source>
        <translation>Vergrendelen maakt elk venster leeg, maar een programma kan niet zeker zijn dat er niets in zijn geheugen achterblijft. Afsluiten is de sterkste bescherming: niet-opgeslagen wijzigingen worden bewaard, versleuteld, en komen terug als je de kluis opnieuw opent.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="119"/>
        <source>Forget this device's key</source>
        <translation>Sleutel van dit toestel vergeten</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="141"/>
        <source>Restart Locator to see it in this language: close it and open it again.</source>
        <translation>Start Locator opnieuw om het in deze taal te zien: sluit het en open het weer.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="174"/>
        <source>Checking this computer's keyring…</source>
        <translation>De sleutelbos van deze computer wordt nagekeken…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="199"/>
        <source>The keyring of this computer is locked, so Locator cannot tell whether it keeps the vault key. “Forget this device's key” asks the keyring to unlock first.</source>
        <translation>De sleutelbos van deze computer is vergrendeld, dus Locator kan niet zien of hij de sleutel van de kluis bewaart. “Sleutel van dit toestel vergeten” vraagt de sleutelbos eerst om te ontgrendelen.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="205"/>
        <source>This computer remembers the vault key ({where}): anyone using your account can open the vault without the passphrase.</source>
        <translation>Deze computer onthoudt de sleutel van de kluis ({where}): iedereen die je account gebruikt, kan de kluis openen zonder de wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="210"/>
        <location filename="../../ui/vault/settings.py" line="238"/>
        <source>This computer does not remember the vault key: the passphrase is asked every time.</source>
        <translation>Deze computer onthoudt de sleutel van de kluis niet: de wachtzin wordt elke keer gevraagd.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="216"/>
        <source>Asking the keyring to forget the key…</source>
        <translation>De sleutelbos wordt gevraagd de sleutel te vergeten…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="231"/>
        <source>The keyring could not be asked to forget the key (it may be locked), so it may still keep it. Try again, or delete the “Locator vault” entry in your keyring program.</source>
        <translation>De sleutelbos kon niet gevraagd worden de sleutel te vergeten (hij is misschien vergrendeld), dus misschien bewaart hij hem nog. Probeer opnieuw, of verwijder het item “Locator vault” in je sleutelbosprogramma.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="236"/>
        <source>Forgotten. The passphrase will be asked next time.</source>
        <translation>Vergeten. De wachtzin wordt de volgende keer gevraagd.</translation>
    </message>
    <message>
        <source>The keyring refused to forget the key. Remove the “Locator vault” entry in your keyring program.</source>
        <translation type="vanished">De sleutelbos weigerde de sleutel te vergeten. Verwijder het item “Locator vault” in je sleutelbosprogramma.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="69"/>
        <source>Call the centres</source>
        <translation>De centra bellen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="70"/>
        <location filename="../../ui/procedure/step_panel.py" line="71"/>
        <source>Write the email to GVO</source>
        <translation>De e-mail aan GVO schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="72"/>
        <source>Write the lawyer request to GVO</source>
        <translation>GVO schrijven om een advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="73"/>
        <source>Write the news to GVO</source>
        <translation>Het nieuws aan GVO schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="74"/>
        <source>Ask GVO for support at the flight</source>
        <translation>GVO om steun bij de vlucht vragen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="75"/>
        <source>Write to the lawyer now</source>
        <translation>Nu de advocaat schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="76"/>
        <source>Write down a visit</source>
        <translation>Een bezoek noteren</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="77"/>
        <source>Add a photo or scan</source>
        <translation>Een foto of scan toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="78"/>
        <source>Write a note</source>
        <translation>Een notitie schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="79"/>
        <source>Write down a paper they received</source>
        <translation>Een ontvangen papier noteren</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="80"/>
        <source>Write down a flight or attempt</source>
        <translation>Een vlucht of poging noteren</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="81"/>
        <source>Prepare the lawyer brief</source>
        <translation>De fiche voor de advocaat voorbereiden</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="82"/>
        <source>I did this</source>
        <translation>Dit heb ik gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="83"/>
        <source>Skip this step</source>
        <translation>Deze stap overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="88"/>
        <source>Fill in: {field}</source>
        <translation>Invullen: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="94"/>
        <source>the lawyer</source>
        <translation>de advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="95"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="96"/>
        <source>decisions</source>
        <translation>beslissingen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="97"/>
        <source>deportation attempts</source>
        <translation>uitwijzingspogingen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="149"/>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} u</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="150"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} u {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="183"/>
        <source>See the whole procedure</source>
        <translation>De hele procedure bekijken</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="265"/>
        <source>Nothing to do right now</source>
        <translation>Nu niets te doen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="266"/>
        <source>This case is closed.</source>
        <translation>Dit dossier is afgesloten.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="267"/>
        <source>Nothing to do right now.</source>
        <translation>Nu niets te doen.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="273"/>
        <source>NOW · {phase}</source>
        <translation>NU · {phase}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="276"/>
        <source>Why: {why}</source>
        <translation>Waarom: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="290"/>
        <source>Who did you ask? Tick what you did:</source>
        <translation>Aan wie heb je het gevraagd? Vink aan wat je gedaan hebt:</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="331"/>
        <source>Last contact {ago} ago. The 24 hours are over since {when}.</source>
        <translation>Laatste contact {ago} geleden. De 24 uur zijn voorbij sinds {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="333"/>
        <source>Last contact {ago} ago. 24 hours are reached on {when}, in {left}.</source>
        <translation>Laatste contact {ago} geleden. De 24 uur zijn bereikt op {when}, over {left}.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team/dialog.py" line="109"/>
        <source>Share with a team</source>
        <translation>Delen met een team</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="132"/>
        <source>Pick a folder that a sync program (Syncthing, Nextcloud, a shared drive) keeps the same on every member's computer. Locator writes only encrypted files there: whoever runs the folder cannot read them. Only cases you share, whose person agreed to share with referents, are ever written.</source>
        <translation>Kies een map die een synchronisatieprogramma (Syncthing, Nextcloud, een gedeelde schijf) op de computer van elk lid gelijk houdt. Locator schrijft er alleen versleutelde bestanden in: wie de map beheert, kan ze niet lezen. Alleen dossiers die je deelt en waarvan de persoon akkoord ging om te delen met referenten, komen er ooit in.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="139"/>
        <source>Create a new team</source>
        <translation>Een nieuw team maken</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="141"/>
        <source>Join a team with an invitation code</source>
        <translation>Lid worden van een team met een uitnodigingscode</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="153"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="158"/>
        <source>Team folder</source>
        <translation>Teammap</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="161"/>
        <source>Your name in the team</source>
        <translation>Je naam in het team</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="165"/>
        <source>Invitation code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="168"/>
        <source>Start sharing</source>
        <translation>Beginnen met delen</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="181"/>
        <source>The team folder</source>
        <translation>De teammap</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="189"/>
        <source>Give the team folder and your name.</source>
        <translation>Geef de teammap en je naam op.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="194"/>
        <source>Joined the team. Every shared case is here now.</source>
        <translation>Je bent lid van het team. Alle gedeelde dossiers staan nu hier.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="197"/>
        <source>The team is made. Invite the other members.</source>
        <translation>Het team is gemaakt. Nodig de andere leden uit.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="212"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="212"/>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="212"/>
        <source>Has this device's changes</source>
        <translation>Heeft de wijzigingen van dit toestel</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="218"/>
        <source>Shared case</source>
        <translation>Gedeeld dossier</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="218"/>
        <source>Last changed by</source>
        <translation>Laatst gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="218"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="221"/>
        <source>Conflicts: the same field changed on two devices</source>
        <translation>Conflicten: hetzelfde veld gewijzigd op twee toestellen</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="225"/>
        <source>Case, field</source>
        <translation>Dossier, veld</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="225"/>
        <source>Kept (everyone has it)</source>
        <translation>Behouden (iedereen heeft het)</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="225"/>
        <source>Other value</source>
        <translation>Andere waarde</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="226"/>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="232"/>
        <source>Keep the value everyone has</source>
        <translation>De waarde houden die iedereen heeft</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="235"/>
        <source>Take the other value</source>
        <translation>De andere waarde nemen</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="242"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="245"/>
        <source>Invite a member…</source>
        <translation>Een lid uitnodigen…</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="269"/>
        <source>This device was removed from the team: it no longer writes or reads changes. What it had stays here.</source>
        <translation>Dit toestel werd uit het team verwijderd: het schrijft en leest geen wijzigingen meer. Wat het had, blijft hier.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="272"/>
        <source>This device has changes no one else has yet.</source>
        <translation>Dit toestel heeft wijzigingen die nog niemand anders heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="274"/>
        <source>Every other member has this device's changes.</source>
        <translation>Alle andere leden hebben de wijzigingen van dit toestel.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="275"/>
        <source>Shared cases: %1</source>
        <translation>Gedeelde dossiers: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="280"/>
        <source> (this device)</source>
        <translation> (dit toestel)</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="282"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="283"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="284"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="284"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="297"/>
        <source>case %1, %2</source>
        <translation>dossier %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="324"/>
        <source>Settled. The other members get it at their next sync.</source>
        <translation>Opgelost. De andere leden krijgen het bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="335"/>
        <source>Read this code to the new member, once: %1</source>
        <translation>Lees deze code één keer voor aan het nieuwe lid: %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="347"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/dialog.py" line="356"/>
        <source>Applied %n change(s) from other members.</source>
        <translation>
            <numerusform>%n wijziging van andere leden toegepast.</numerusform>
            <numerusform>%n wijzigingen van andere leden toegepast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/dialog.py" line="357"/>
        <source>Wrote %n change(s) from this device.</source>
        <translation>
            <numerusform>%n wijziging van dit apparaat geschreven.</numerusform>
            <numerusform>%n wijzigingen van dit apparaat geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation type="vanished">De behouden waarde houden</translation>
    </message>
    <message>
        <source>Applied %1 change(s) of others; wrote %2 of this device.</source>
        <translation type="vanished">Wijzigingen van anderen toegepast: %1; wijzigingen van dit toestel geschreven: %2.</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../../ui/team/feature.py" line="34"/>
        <source>Share with a team…</source>
        <extracomment>how long after the last change in the folder the sync starts (files arrive in bursts)</extracomment>
        <translation>Delen met een team…</translation>
    </message>
    <message>
        <location filename="../../ui/team/feature.py" line="37"/>
        <source>Share this case with the team</source>
        <translation>Dit dossier met het team delen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/feature.py" line="103"/>
        <source>%n change(s) from the team applied.</source>
        <translation>
            <numerusform>%n wijziging van het team toegepast.</numerusform>
            <numerusform>%n wijzigingen van het team toegepast.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/team/feature.py" line="158"/>
        <source>Shared with the team: sending it now.</source>
        <translation>Gedeeld met het team: het wordt nu verstuurd.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>{old} → {new}</source>
        <translation type="vanished">{old} → {new}</translation>
    </message>
    <message>
        <source> (centre: {centre})</source>
        <translation type="vanished"> (centrum: {centre})</translation>
    </message>
    <message>
        <source>Correction: {text}</source>
        <translation type="vanished">Correctie: {text}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/case/timeline.py" line="64"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="65"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="65"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="65"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="69"/>
        <location filename="../../ui/case/timeline.py" line="70"/>
        <source>Write a note for the timeline</source>
        <translation>Schrijf een notitie voor de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="71"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="74"/>
        <source>Correct selected entry</source>
        <translation>Gekozen regel corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="76"/>
        <source>Nothing is erased: the correction is added below the entry it corrects.</source>
        <translation>Er wordt niets gewist: de correctie komt onder de regel die ze corrigeert.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="132"/>
        <source>Write the correction here, then press “Correct selected entry”</source>
        <translation>Schrijf de correctie hier en druk dan op “Gekozen regel corrigeren”</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../ui/help/window.py" line="337"/>
        <location filename="../../ui/home/today.py" line="288"/>
        <location filename="../../ui/home/today.py" line="302"/>
        <location filename="../../ui/home/today.py" line="333"/>
        <location filename="../../ui/home/today.py" line="536"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="193"/>
        <location filename="../../ui/home/today.py" line="238"/>
        <source>(a case without a name)</source>
        <translation>(een dossier zonder naam)</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="221"/>
        <location filename="../../ui/home/today.py" line="245"/>
        <source>Now: {todo}</source>
        <translation>Nu: {todo}</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="240"/>
        <source>Next step: {step}</source>
        <translation>Volgende stap: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="262"/>
        <source>The first 24 hours are reached on {when}.</source>
        <translation>De eerste 24 uur zijn bereikt op {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="307"/>
        <source>Deadlines running</source>
        <translation>Lopende termijnen</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="311"/>
        <source>No deadline is running. When you write down a paper the person received (a decision), Locator counts its deadlines and shows them here.</source>
        <translation>Er loopt geen termijn. Wanneer je een papier noteert dat de persoon kreeg (een beslissing), telt Locator de termijnen en toont ze hier.</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="316"/>
        <source>Next steps waiting for you</source>
        <translation>Volgende stappen die op je wachten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home/today.py" line="425"/>
        <source>Also %n date(s) for information (the longest detention, the next request): see Deadlines (Ctrl+D).</source>
        <translation>
            <numerusform>Ook %n datum ter informatie (de langste vasthouding, het volgende verzoek): zie Termijnen (Ctrl+D).</numerusform>
            <numerusform>Ook %n data ter informatie (de langste vasthouding, het volgende verzoek): zie Termijnen (Ctrl+D).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="447"/>
        <source>No case is waiting for a step from you.</source>
        <translation>Geen enkel dossier wacht op een stap van jou.</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="448"/>
        <source>No case yet. Start one with New case (Ctrl+N).</source>
        <translation>Nog geen dossier. Begin er een met Nieuw dossier (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home/today.py" line="452"/>
        <source>%n more open case(s) not looked at here: see the case list.</source>
        <translation>
            <numerusform>Nog %n open dossier dat hier niet staat: zie de lijst met dossiers.</numerusform>
            <numerusform>Nog %n open dossiers die hier niet staan: zie de lijst met dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="539"/>
        <source>Every running deadline and the steps waiting for you, most urgent first (Ctrl+H)</source>
        <translation>Elke lopende termijn en de stappen die op je wachten, de dringendste eerst (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="20"/>
        <source>French time</source>
        <translation>Franse tijd</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="21"/>
        <source>Belgian time</source>
        <translation>Belgische tijd</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="29"/>
        <source>A new request can be filed from {date}</source>
        <translation>Een nieuw verzoek kan worden ingediend vanaf {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="32"/>
        <source>Reaches its maximum on {date}</source>
        <translation>Bereikt het maximum op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="36"/>
        <source>Last day: {date}</source>
        <translation>Laatste dag: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="39"/>
        <source>Last day: {date}, until 24:00 ({clock})</source>
        <translation>Laatste dag: {date}, tot 24:00 ({clock})</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="41"/>
        <source>Ends {date} at {time} ({clock})</source>
        <translation>Eindigt op {date} om {time} ({clock})</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="49"/>
        <source>For information: nothing to file by this date.</source>
        <translation>Ter informatie: er moet tegen deze datum niets ingediend worden.</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="52"/>
        <source>Talk to the lawyer now: ask whether anything can still be done.</source>
        <translation>Spreek nu met de advocaat: vraag of er nog iets gedaan kan worden.</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="55"/>
        <source>Call the lawyer today: the appeal must be filed by then.</source>
        <translation>Bel vandaag de advocaat: het beroep moet tegen dan ingediend zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="57"/>
        <source>Send everything to the lawyer by {date}, and confirm the deadline with them.</source>
        <translation>Stuur alles naar de advocaat tegen {date}, en controleer de termijn met hem of haar.</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../../ui/vault/unlock.py" line="80"/>
        <source>Create your vault</source>
        <extracomment>what the door asks of the keyring once the vault is open (:attr:`VaultDialog.key_action`) does the keyring keep this vault's key? None: not known (not answered yet, or it could not answer: locked, its prompt dismissed) REMEMBER, FORGET or None: what to do in the keyring, decided when the vault opened</extracomment>
        <translation>Je kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="80"/>
        <source>Unlock Locator</source>
        <translation>Locator ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="100"/>
        <location filename="../../ui/vault/unlock.py" line="101"/>
        <source>Passphrase</source>
        <extracomment>what the person must know before unlocking (changes kept in memory only…)</extracomment>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="106"/>
        <source>Type the passphrase again</source>
        <translation>Typ de wachtzin nog eens</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="107"/>
        <source>Passphrase, again</source>
        <translation>Wachtzin, nog eens</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="121"/>
        <source>Remember on this device</source>
        <translation>Onthouden op dit toestel</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="124"/>
        <source>Checking this computer's keyring…</source>
        <translation>De sleutelbos van deze computer wordt nagekeken…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="134"/>
        <location filename="../../ui/vault/unlock.py" line="356"/>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="134"/>
        <location filename="../../ui/vault/unlock.py" line="357"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="160"/>
        <source>Everything about the people you help is kept in one encrypted file, the vault. Choose a passphrase of five to seven random words, or let Locator suggest one.

If you forget it, nobody can open the vault again — not us, not anyone. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Alles over de mensen die je helpt, staat in één versleuteld bestand, de kluis. Kies een wachtzin van vijf tot zeven willekeurige woorden, of laat Locator er een voorstellen.

Als je hem vergeet, kan niemand de kluis nog openen — wij niet, niemand. Schrijf hem op en bewaar hem op een veilige plek, weg van deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="165"/>
        <source>Type your passphrase to open the vault.</source>
        <translation>Typ je wachtzin om de kluis te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="209"/>
        <source>Waiting for this computer's keyring (it may be asking for its own password). You can type your passphrase meanwhile.</source>
        <translation>Wachten op de sleutelbos van deze computer (die vraagt misschien zijn eigen wachtwoord). Je kunt intussen je wachtzin typen.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="223"/>
        <source>The keyring of this computer is locked, so Locator cannot tell whether it keeps the vault key. Type your passphrase. Tick the box to keep the key there; leaving it unticked removes nothing.</source>
        <translation>De sleutelbos van deze computer is vergrendeld, dus Locator kan niet zien of hij de sleutel van de kluis bewaart. Typ je wachtzin. Vink het vakje aan om de sleutel daar te bewaren; als je het niet aanvinkt, wordt niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="229"/>
        <source>The vault key will be kept in {where}. Anyone who can use this computer while you are logged in can then open the vault without the passphrase.</source>
        <translation>De sleutel van de kluis wordt bewaard in {where}. Iedereen die deze computer kan gebruiken terwijl je aangemeld bent, kan de kluis dan openen zonder de wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="234"/>
        <location filename="../../ui/vault/unlock.py" line="247"/>
        <source>Not available: {reason}</source>
        <translation>Niet beschikbaar: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="268"/>
        <source>The key kept on this computer did not open the vault. Type your passphrase.</source>
        <translation>De sleutel die op deze computer bewaard wordt, opende de kluis niet. Typ je wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="283"/>
        <source>Type your passphrase.</source>
        <translation>Typ je wachtzin.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="332"/>
        <source>The vault could not be opened.</source>
        <translation>De kluis kon niet geopend worden.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="347"/>
        <source>Wait {n} s</source>
        <translation>Wacht {n} s</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="353"/>
        <source>Opening with the key kept on this computer…</source>
        <translation>Openen met de sleutel die op deze computer bewaard wordt…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="354"/>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>Everything about the people you help is kept in one encrypted file, the vault. Choose a passphrase of five to seven random words.

If you forget it, nobody can open the vault again — not us, not anyone. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="vanished">Alles over de mensen die je helpt, wordt bewaard in één versleuteld bestand, de kluis. Kies een wachtzin van vijf tot zeven willekeurige woorden.

Als je hem vergeet, kan niemand de kluis nog openen — wij niet, niemand. Schrijf hem op en bewaar hem op een veilige plaats, weg van deze computer.</translation>
    </message>
    <message>
        <source>Five to seven random words make a strong passphrase.</source>
        <translation type="vanished">Vijf tot zeven willekeurige woorden maken een sterke wachtzin.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="vanished">Heel zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="vanished">Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="vanished">Redelijk</translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="vanished">Goed</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="vanished">Sterk</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation type="vanished">Sterkte: {word}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="vanished">De twee wachtzinnen zijn niet dezelfde.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the key; you will be asked for the passphrase next time.</source>
        <translation type="vanished">De sleutelbos weigerde de sleutel te bewaren; de volgende keer wordt de wachtzin gevraagd.</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <location filename="../../ui/help/window.py" line="339"/>
        <location filename="../../ui/vault/menu.py" line="96"/>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="341"/>
        <location filename="../../ui/vault/menu.py" line="115"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="91"/>
        <source>&amp;Vault</source>
        <extracomment>True while the menu swaps the open vault (restore, erase): the window's lock then neither quits nor shows the door a vault was open in this session (its door then never offers to create one)</extracomment>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="98"/>
        <source>Restore from backup…</source>
        <translation>Een back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="104"/>
        <source>Export encrypted copy…</source>
        <translation>Versleutelde kopie exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="106"/>
        <source>Import cases from a copy…</source>
        <translation>Dossiers uit een kopie importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="109"/>
        <source>Recovery…</source>
        <translation>Herstel…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="110"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="112"/>
        <source>Erase this vault…</source>
        <translation>Deze kluis wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="119"/>
        <source>Make an encrypted backup now (Ctrl+Shift+B)</source>
        <translation>Nu een versleutelde back-up maken (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="156"/>
        <source>Locator vaults (*.locator);;All files (*)</source>
        <translation>Locator-kluizen (*.locator);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="175"/>
        <source>Backup made.</source>
        <translation>Back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="176"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="177"/>
        <source>The backup is here:
{path}

It opens with the same passphrase as your vault. Keep a copy somewhere else too (a USB stick kept apart from this computer): a backup on the same disk is lost with the laptop.</source>
        <translation>De back-up staat hier:
{path}

Hij opent met dezelfde wachtzin als je kluis. Bewaar ook ergens anders een kopie (een USB-stick, apart van deze computer): een back-up op dezelfde schijf gaat samen met de laptop verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="182"/>
        <source>Making a backup…</source>
        <translation>Bezig met back-up…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="183"/>
        <source>No backup made</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="200"/>
        <source>Choose the backup to restore</source>
        <translation>Kies de back-up om terug te zetten</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="205"/>
        <location filename="../../ui/vault/menu.py" line="238"/>
        <location filename="../../ui/vault/menu.py" line="242"/>
        <location filename="../../ui/vault/menu.py" line="267"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="205"/>
        <source>This is the vault itself, not a backup.</source>
        <translation>Dit is de kluis zelf, geen back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="208"/>
        <source>Restore from backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="209"/>
        <source>Replace your vault by this backup?</source>
        <translation>Je kluis vervangen door deze back-up?</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="209"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="210"/>
        <source>The backup is checked first; if it does not open with your vault's passphrase, nothing happens. Then your vault is replaced by the backup: whatever was written after the backup was made will not be in it. Your vault as it is now is kept beside it, under a name ending in “before-restore” and the date, so nothing is lost.</source>
        <translation>De back-up wordt eerst nagekeken; als hij niet opent met de wachtzin van je kluis, gebeurt er niets. Daarna wordt je kluis vervangen door de back-up: wat na het maken van de back-up geschreven werd, staat er niet in. Je kluis zoals ze nu is, wordt ernaast bewaard, onder een naam die eindigt op “before-restore” en de datum, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="217"/>
        <source>Checking the backup…</source>
        <translation>De back-up wordt nagekeken…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="224"/>
        <source>This file does not open with your vault's passphrase: it is a backup made with another passphrase or of another vault — or it is not a Locator backup at all.</source>
        <translation>Dit bestand opent niet met de wachtzin van je kluis: het is een back-up met een andere wachtzin of van een andere kluis — of helemaal geen back-up van Locator.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="228"/>
        <source>This backup is damaged ({reason}): it cannot be restored.</source>
        <translation>Deze back-up is beschadigd ({reason}): hij kan niet teruggezet worden.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="231"/>
        <source>This file cannot be restored: {reason}</source>
        <translation>Dit bestand kan niet teruggezet worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="236"/>
        <source>The backup could not be checked: {reason}</source>
        <translation>De back-up kon niet nagekeken worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="238"/>
        <source>Your vault was not changed.</source>
        <translation>Je kluis werd niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="243"/>
        <source>Locator was locked while the backup was being checked. Nothing was changed; unlock and restore again.</source>
        <translation>Locator werd vergrendeld terwijl de back-up nagekeken werd. Er werd niets gewijzigd; ontgrendel en zet de back-up opnieuw terug.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="260"/>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="268"/>
        <source>The backup could not be put in place: {reason}

Your vault was not changed.</source>
        <translation>De back-up kon niet teruggezet worden: {reason}

Je kluis werd niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="271"/>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="272"/>
        <source>The vault is now as it was in the backup. The vault as it was before is kept here:
{path}</source>
        <translation>De kluis is nu zoals ze in de back-up was. De kluis zoals ze voordien was, wordt hier bewaard:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="277"/>
        <source>Vault not opened</source>
        <translation>Kluis niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="278"/>
        <source>The vault could not be opened again: {reason}</source>
        <translation>De kluis kon niet opnieuw geopend worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="304"/>
        <source>On this computer, this deletes:</source>
        <translation>Op deze computer wordt dit gewist:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="305"/>
        <source>• the vault: {path}</source>
        <translation>• de kluis: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/menu.py" line="306"/>
        <source>• its %n backup(s) in {folder}</source>
        <translation>
            <numerusform>• haar %n back-up in {folder}</numerusform>
            <numerusform>• haar %n back-ups in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/menu.py" line="309"/>
        <source>• %n other file(s) Locator made beside it (copies kept before an update or a restore)</source>
        <translation>
            <numerusform>• %n ander bestand dat Locator ernaast maakte (een kopie van voor een update of een herstel)</numerusform>
            <numerusform>• %n andere bestanden die Locator ernaast maakte (kopieën van voor een update of een herstel)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="311"/>
        <source>• its key in the keyring, if one was kept there</source>
        <translation>• haar sleutel in de sleutelbos, als die daar bewaard werd</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="313"/>
        <source>Nothing of it can be brought back. Copies elsewhere — exported copies, backups you moved, a USB stick — are not deleted: delete them yourself.</source>
        <translation>Niets daarvan kan teruggehaald worden. Kopieën elders — geëxporteerde kopieën, verplaatste back-ups, een USB-stick — worden niet gewist: wis ze zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="315"/>
        <source>Locator then starts again with a new, empty vault.</source>
        <translation>Locator start daarna opnieuw met een nieuwe, lege kluis.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="323"/>
        <source>Erase this vault</source>
        <translation>Deze kluis wissen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="325"/>
        <source>Erase this vault and all its backups, for good?</source>
        <translation>Deze kluis en al haar back-ups definitief wissen?</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="326"/>
        <source>Continue…</source>
        <translation>Verder…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="328"/>
        <source>ERASE</source>
        <translation>WISSEN</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="330"/>
        <source>Last check. Every case in this vault will be gone for good.

Type {word} to erase.</source>
        <translation>Laatste controle. Alle dossiers in deze kluis verdwijnen definitief.

Typ {word} om te wissen.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="331"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="337"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="345"/>
        <source>The key may still be kept</source>
        <translation>De sleutel wordt misschien nog bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="346"/>
        <source>The vault and its backups were erased ({n} files). The keyring could not be asked to remove the vault key (it may be locked), so it may still keep it: open your keyring program (for example “Passwords and Keys”) and delete the entry “Locator vault”.</source>
        <translation>De kluis en haar back-ups zijn gewist ({n} bestanden). De sleutelbos kon niet gevraagd worden de sleutel van de kluis te verwijderen (hij is misschien vergrendeld), dus misschien bewaart hij hem nog: open je sleutelbosprogramma (bijvoorbeeld “Wachtwoorden en sleutels”) en verwijder het item “Locator vault”.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="351"/>
        <location filename="../../ui/vault/menu.py" line="354"/>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="352"/>
        <source>The vault, its backups and its key were erased ({n} files).</source>
        <translation>De kluis, haar back-ups en haar sleutel zijn gewist ({n} bestanden).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="355"/>
        <source>The vault and its backups were erased ({n} files). No key was kept in the keyring.</source>
        <translation>De kluis en haar back-ups zijn gewist ({n} bestanden). Er werd geen sleutel bewaard in de sleutelbos.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="361"/>
        <source>Not everything was erased</source>
        <translation>Niet alles werd gewist</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="362"/>
        <source>Erasing stopped: {reason}

Look in the vault's folder for what is left.</source>
        <translation>Het wissen is gestopt: {reason}

Kijk in de map van de kluis wat er nog over is.</translation>
    </message>
    <message>
        <source>• its key in this computer's keyring</source>
        <translation type="vanished">• haar sleutel in de sleutelbos van deze computer</translation>
    </message>
</context>
<context>
    <name>VaultTransfer</name>
    <message>
        <location filename="../../ui/vault/transfer.py" line="76"/>
        <source>Make the copy…</source>
        <translation>Kopie maken…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="80"/>
        <source>Reading what each case records…</source>
        <translation>Lezen wat elk dossier noteert…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="81"/>
        <location filename="../../ui/vault/transfer.py" line="115"/>
        <source>No copy made</source>
        <translation>Geen kopie gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="88"/>
        <source>Save the encrypted copy</source>
        <translation>Versleutelde kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="92"/>
        <location filename="../../ui/vault/transfer.py" line="132"/>
        <source>Passphrase of the copy</source>
        <translation>Wachtzin van de kopie</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="93"/>
        <source>Choose a passphrase for the copy, different from yours: the person who receives the copy opens it with this passphrase, and never learns yours. Give it to them separately from the file — say it on the phone or in person, never in the same message. Five to seven random words are best.</source>
        <translation>Kies een wachtzin voor de kopie, een andere dan de jouwe: wie de kopie krijgt, opent ze met deze wachtzin en leert de jouwe nooit kennen. Geef hem apart van het bestand — zeg hem aan de telefoon of persoonlijk, nooit in hetzelfde bericht. Vijf tot zeven willekeurige woorden zijn het best.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="108"/>
        <source>Copy saved</source>
        <translation>Kopie opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="109"/>
        <source>The encrypted copy is here:
{path}

It opens only with the passphrase you just chose, in Locator (Vault → Import cases from a copy… or as a vault of its own).</source>
        <translation>De versleutelde kopie staat hier:
{path}

Ze opent alleen met de wachtzin die je net koos, in Locator (Kluis → Dossiers uit een kopie importeren… of als aparte kluis).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="114"/>
        <source>Making the copy…</source>
        <translation>Bezig met kopie maken…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="124"/>
        <source>Choose the copy to import from</source>
        <translation>Kies de kopie om uit te importeren</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="129"/>
        <location filename="../../ui/vault/transfer.py" line="184"/>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="130"/>
        <source>This is the vault that is open now.</source>
        <translation>Dit is de kluis die nu open is.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="133"/>
        <source>Type the passphrase of the copy (the one its sender gave you).</source>
        <translation>Typ de wachtzin van de kopie (die je van de afzender kreeg).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="148"/>
        <source>Opening the copy…</source>
        <translation>Kopie wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="169"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="175"/>
        <source>Import finished</source>
        <translation>Importeren klaar</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="180"/>
        <source>This passphrase does not open the copy. Check it with the person who sent it (capital letters, spaces).</source>
        <translation>Deze wachtzin opent de kopie niet. Kijk hem na met de persoon die de kopie stuurde (hoofdletters, spaties).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="185"/>
        <source>Your vault was not changed.</source>
        <translation>Je kluis werd niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="129"/>
        <source>Write down a visit</source>
        <translation>Een bezoek noteren</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="63"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="68"/>
        <source>A phone was handed over</source>
        <translation>Er werd een telefoon afgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="75"/>
        <source>one per line: the name, then a comma and anything else (Yusuf, Sudan, 2nd floor)</source>
        <translation>één per regel: de naam, dan een komma en de rest (Yusuf, Soedan, 2e verdieping)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="78"/>
        <source>Save the visit</source>
        <translation>Bezoek opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="83"/>
        <source>Date of the visit</source>
        <translation>Datum van het bezoek</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="84"/>
        <source>Who went</source>
        <translation>Wie ging er</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="85"/>
        <source>Belongings brought</source>
        <translation>Meegebrachte spullen</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="86"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="87"/>
        <source>Other people seen or mentioned</source>
        <translation>Andere personen gezien of vermeld</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="116"/>
        <source>Give the day of the visit as YYYY-MM-DD, today or earlier.</source>
        <translation>Geef de dag van het bezoek als JJJJ-MM-DD, vandaag of vroeger.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, today or earlier.</source>
        <translation type="vanished">Schrijf de datum als JJJJ-MM-DD, vandaag of vroeger.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../ui/help/what_if.py" line="54"/>
        <source>can be filed from {date}</source>
        <translation>kan worden ingediend vanaf {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="57"/>
        <source>maximum reached on {date}</source>
        <translation>maximum bereikt op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="61"/>
        <source>ends {date} at {time}</source>
        <translation>eindigt op {date} om {time}</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="64"/>
        <source>last day {date}, until 24:00</source>
        <translation>laatste dag {date}, tot 24:00</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="67"/>
        <source>(moved forward from {date}, not a working day)</source>
        <translation>(verschoven van {date}, geen werkdag)</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="81"/>
        <source>Try a decision to see which timers it starts and their last days. Nothing is saved. A date in the future gives a hypothetical result, to plan ahead.</source>
        <translation>Probeer een beslissing om te zien welke termijnen ze start en hun laatste dagen. Er wordt niets bewaard. Een datum in de toekomst geeft een hypothetisch resultaat, om vooruit te plannen.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="88"/>
        <source>e.g. 13septies, 26quater</source>
        <translation>bv. 13septies, 26quater</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="94"/>
        <source>HH:MM — empty: time not known</source>
        <translation>UU:MM — leeg: uur onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="96"/>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="97"/>
        <source>Annexe number</source>
        <translation>Nummer van de bijlage</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="98"/>
        <source>How it was given</source>
        <translation>Hoe ze overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="103"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="104"/>
        <source>Time (optional)</source>
        <translation>Uur (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="106"/>
        <source>Count</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="154"/>
        <source>the decision</source>
        <translation>de beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="155"/>
        <source>how it was given</source>
        <translation>hoe ze overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="157"/>
        <source>the answer to each question</source>
        <translation>het antwoord op elke vraag</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="161"/>
        <source>a date (YYYY-MM-DD; a time as HH:MM, or none)</source>
        <translation>een datum (JJJJ-MM-DD; een uur als UU:MM, of geen)</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="163"/>
        <source>To count, give: {what}.</source>
        <translation>Om te tellen, geef: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="177"/>
        <source>counted from the detention decision this one extends, not from this date. In a case, Locator counts it once that detention decision is recorded; the Deadlines page of Help shows worked examples.</source>
        <translation>geteld vanaf de beslissing tot vasthouding die deze verlengt, niet vanaf deze datum. In een dossier telt Locator het zodra die beslissing tot vasthouding genoteerd is; de pagina Termijnen in Help toont uitgewerkte voorbeelden.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="196"/>
        <source>HYPOTHETICAL: this date is in the future. This is a plan, not a running deadline.</source>
        <translation>HYPOTHETISCH: deze datum ligt in de toekomst. Dit is een planning, geen lopende termijn.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="199"/>
        <source>This decision starts no timer in Locator. Ask a lawyer what applies.</source>
        <translation>Deze beslissing start geen termijn in Locator. Vraag een advocaat wat van toepassing is.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="202"/>
        <source>An alarm, not legal advice: confirm with a lawyer today.</source>
        <translation>Een alarm, geen juridisch advies: controleer het vandaag met een advocaat.</translation>
    </message>
</context>
<context>
    <name>centres</name>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: found only in the Getting the Voice Out guide, which says this line keeps the lists of detainees. It may be an old number.</source>
        <extracomment>centre caricole: phone caveat</extracomment>
        <translation>Niet bevestigd: alleen gevonden in de gids van Getting the Voice Out, die zegt dat deze lijn de lijsten van gedetineerden bijhoudt. Het kan een oud nummer zijn.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: found only in the Getting the Voice Out guide.</source>
        <extracomment>centre 127bis: phone caveat</extracomment>
        <translation>Niet bevestigd: alleen gevonden in de gids van Getting the Voice Out.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>GVO links a 'Mode d'emploi visite 127bis' (PDF dated 2020-02-09); its content was not checked.</source>
        <extracomment>centre 127bis: visits</extracomment>
        <translation>GVO verwijst naar een ‘Mode d'emploi visite 127bis’ (pdf van 2020-02-09); de inhoud werd niet nagekeken.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Caritas visited every week (2020).</source>
        <extracomment>centre 127bis: visits</extracomment>
        <translation>Caritas ging elke week op bezoek (2020).</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: given by Getting the Voice Out, while the Immigration Office gives 02 488 74 40. Probably the old local number.</source>
        <extracomment>centre bruges: phone caveat</extracomment>
        <translation>Niet bevestigd: gegeven door Getting the Voice Out, terwijl de Dienst Vreemdelingenzaken 02 488 74 40 geeft. Waarschijnlijk het oude lokale nummer.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>NGO visitor account: the identity card is handed in at the gate; belongings go in a locker; only writing materials and a mobile phone without a camera may be taken in.</source>
        <extracomment>centre bruges: visits</extracomment>
        <translation>Getuigenis van een ngo-bezoeker: de identiteitskaart wordt aan de ingang afgegeven; spullen gaan in een kluisje; alleen schrijfgerief en een gsm zonder camera mogen mee naar binnen.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: given only by Getting the Voice Out, not by the Immigration Office.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation>Niet bevestigd: alleen gegeven door Getting the Voice Out, niet door de Dienst Vreemdelingenzaken.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>medical service</source>
        <extracomment>centre holsbeek: phone label</extracomment>
        <translation>medische dienst</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: given only by Getting the Voice Out.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation>Niet bevestigd: alleen gegeven door Getting the Voice Out.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Every day 14:00-15:00. Book by emailing cih.onthaal@ibz.fgov.be with a copy of your identity card, the detainee's name, your relationship to her, the date you want, and a mobile or landline number so they can confirm.</source>
        <extracomment>centre holsbeek: visits</extracomment>
        <translation>Elke dag van 14:00 tot 15:00. Reserveer via e-mail naar cih.onthaal@ibz.fgov.be met een kopie van je identiteitskaart, de naam van de gedetineerde, je band met haar, de gewenste datum en een gsm- of vast nummer zodat ze kunnen bevestigen.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Getting there: from Leuven, bus 333 (platform 11) to 'Wilsele Gemeentehuis'.</source>
        <extracomment>centre holsbeek: visits</extracomment>
        <translation>Er geraken: vanuit Leuven bus 333 (perron 11) tot ‘Wilsele Gemeentehuis’.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Visits: every day, 14:00 to 15:00, booked first by email.</source>
        <extracomment>centre holsbeek: hours</extracomment>
        <translation>Bezoek: elke dag, van 14:00 tot 15:00, eerst per e-mail aan te vragen.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Confirm by phone.</source>
        <extracomment>centre holsbeek: hours</extracomment>
        <translation>Bevestig het telefonisch.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Families are officially detained, but the doors are not locked. They may go out to shop, see a lawyer or doctor, or take children to school, but one adult must stay at the house.</source>
        <extracomment>centre family-units-zulte: visits</extracomment>
        <translation>Gezinnen worden officieel vastgehouden, maar de deuren zijn niet op slot. Ze mogen naar buiten om te winkelen, een advocaat of dokter te zien of de kinderen naar school te brengen, maar één volwassene moet in het huis blijven.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Move coalition visitors go every week; they supported 41 families in 2023.</source>
        <extracomment>centre family-units-zulte: visits</extracomment>
        <translation>Bezoekers van de Move-coalitie gaan elke week; ze steunden 41 gezinnen in 2023.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>A visitor (2019) had to put all belongings in a locker and be searched; nothing can be brought in, not even food. The visit took place in an office.</source>
        <extracomment>centre coquelles: visits</extracomment>
        <translation>Een bezoeker (2019) moest alle spullen in een kluisje leggen en werd gefouilleerd; niets mag mee naar binnen, zelfs geen eten. Het bezoek vond plaats in een kantoor.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Detainees whose phone can film: their calls are made under surveillance (2016).</source>
        <extracomment>centre coquelles: visits</extracomment>
        <translation>Gedetineerden van wie de telefoon kan filmen: hun oproepen gebeuren onder toezicht (2016).</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Detainees may not keep their own phone if it has a camera; the préfecture says it lends mobile phones. The law requires at least one freely accessible phone per 50 detainees.</source>
        <extracomment>centre lille-lesquin: visits</extracomment>
        <translation>Gedetineerden mogen hun eigen telefoon niet houden als hij een camera heeft; de préfecture zegt dat ze gsm's uitleent. De wet vereist minstens één vrij toegankelijke telefoon per 50 gedetineerden.</translation>
    </message>
    <message>
        <source>From the GVO guide ('centralises detainee lists'); not found in any source checked. It may be an older switchboard number.</source>
        <extracomment>centre caricole: phone caveat</extracomment>
        <translation type="vanished">Uit de gids van GVO (‘centraliseert de lijsten van gedetineerden’); in geen enkele nagekeken bron gevonden. Misschien een ouder nummer van de centrale.</translation>
    </message>
    <message>
        <source>From the GVO guide; not found in the sources checked.</source>
        <extracomment>centre 127bis: phone caveat</extracomment>
        <translation type="vanished">Uit de gids van GVO; niet gevonden in de nagekeken bronnen.</translation>
    </message>
    <message>
        <source>Given by GVO; conflicts with the Immigration Office's 02/488.74.40. Probably the old local number.</source>
        <extracomment>centre bruges: phone caveat</extracomment>
        <translation type="vanished">Gegeven door GVO; klopt niet met 02/488.74.40 van de Dienst Vreemdelingenzaken. Waarschijnlijk het oude lokale nummer.</translation>
    </message>
    <message>
        <source>Given by GVO only; not on the Immigration Office site.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation type="vanished">Alleen gegeven door GVO; niet op de website van de Dienst Vreemdelingenzaken.</translation>
    </message>
    <message>
        <source>Given by GVO only.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation type="vanished">Alleen gegeven door GVO.</translation>
    </message>
</context>
<context>
    <name>deadline_rules</name>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Urgent appeal against removal (first removal order)</source>
        <extracomment>rule be-udn-first: title</extracomment>
        <translation>Beroep bij uiterst dringende noodzakelijkheid tegen verwijdering (eerste verwijderingsmaatregel)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An extreme-urgency request to the Council for Alien Law Litigation (CCE/RvV) to stop a removal that is about to happen. 10 days when this is the first removal order the person has received. Only a lawyer can file it.</source>
        <extracomment>rule be-udn-first: description</extracomment>
        <translation>Een vordering bij uiterst dringende noodzakelijkheid bij de Raad voor Vreemdelingenbetwistingen (RvV) om een nakende verwijdering te stoppen. 10 dagen als dit de eerste verwijderingsmaatregel is die de persoon krijgt. Alleen een advocaat kan ze indienen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Only if this is the first removal order. If any earlier order to leave may exist, count 5 days instead; the lawyer decides.</source>
        <extracomment>rule be-udn-first: note</extracomment>
        <translation>Alleen als dit de eerste verwijderingsmaatregel is. Als er misschien al een eerder bevel om het grondgebied te verlaten bestaat, tel dan 5 dagen; de advocaat beslist.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the removal order was handed over</source>
        <extracomment>rule be-udn-first: date_label</extracomment>
        <translation>Datum waarop de verwijderingsmaatregel overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 39/57 §1 al. 3 and §2, art. 39/82 §4 al. 2, loi du 15 décembre 1980</source>
        <extracomment>rule be-udn-first: legal_basis</extracomment>
        <translation>Art. 39/57 §1 lid 3 en §2, art. 39/82 §4 lid 2, wet van 15 december 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Only if this is the first removal measure — the lawyer decides.</source>
        <extracomment>rule be-udn-first: condition</extracomment>
        <translation>Alleen als dit de eerste verwijderingsmaatregel is — de advocaat beslist.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Urgent appeal against removal (second or later removal order)</source>
        <extracomment>rule be-udn-subsequent: title</extracomment>
        <translation>Beroep bij uiterst dringende noodzakelijkheid tegen verwijdering (tweede of latere verwijderingsmaatregel)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An extreme-urgency request to the Council for Alien Law Litigation (CCE/RvV) to stop a removal that is about to happen. Only 5 days when the person had already received an earlier order to leave. Only a lawyer can file it.</source>
        <extracomment>rule be-udn-subsequent: description</extracomment>
        <translation>Een vordering bij uiterst dringende noodzakelijkheid bij de Raad voor Vreemdelingenbetwistingen (RvV) om een nakende verwijdering te stoppen. Maar 5 dagen als de persoon al eerder een bevel om het grondgebied te verlaten kreeg. Alleen een advocaat kan ze indienen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal to cancel an order to leave (while detained)</source>
        <extracomment>rule be-annulment-detained: title</extracomment>
        <translation>Beroep tot nietigverklaring van een bevel om het grondgebied te verlaten (tijdens vasthouding)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the CCE/RvV to cancel an order to leave the territory or another decision of the Immigration Office, with an ordinary request to suspend it. 10 days while the person is detained (30 days if not).</source>
        <extracomment>rule be-annulment-detained: description</extracomment>
        <translation>Een beroep bij de RvV om een bevel om het grondgebied te verlaten of een andere beslissing van de Dienst Vreemdelingenzaken te laten vernietigen, met een gewone vordering tot schorsing. 10 dagen zolang de persoon vastgehouden wordt (anders 30 dagen).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the decision was handed over</source>
        <extracomment>rule be-annulment-detained: date_label</extracomment>
        <translation>Datum waarop de beslissing overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 39/57 §1 and §2, loi du 15 décembre 1980</source>
        <extracomment>rule be-annulment-detained: legal_basis</extracomment>
        <translation>Art. 39/57 §1 en §2, wet van 15 december 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Asylum appeal (detained, fast procedure)</source>
        <extracomment>rule be-asylum-detained: title</extracomment>
        <translation>Asielberoep (vastgehouden, versnelde procedure)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the CCE/RvV against a refusal by the asylum office (CGRA/CGVS) while the person is detained and the application was found inadmissible or manifestly unfounded. 10 calendar days (30 days in the normal procedure).</source>
        <extracomment>rule be-asylum-detained: description</extracomment>
        <translation>Een beroep bij de RvV tegen een weigering door het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS) terwijl de persoon vastgehouden wordt en het verzoek niet-ontvankelijk of kennelijk ongegrond verklaard werd. 10 kalenderdagen (30 dagen in de gewone procedure).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The decision letter states the appeal period. If it says otherwise, follow the letter.</source>
        <extracomment>rule be-asylum-detained: note</extracomment>
        <translation>De beslissingsbrief vermeldt de beroepstermijn. Als daar iets anders staat, volg dan de brief.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the asylum decision was handed over</source>
        <extracomment>rule be-asylum-detained: date_label</extracomment>
        <translation>Datum waarop de asielbeslissing overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 39/57 §1, loi du 15 décembre 1980 (periods as published by the CGRA/CGVS)</source>
        <extracomment>rule be-asylum-detained: legal_basis</extracomment>
        <translation>Art. 39/57 §1, wet van 15 december 1980 (termijnen zoals bekendgemaakt door het CGVS)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Only if the refused application was not a new one made in detention (for a new one, the appeal period is 5 days) — the lawyer decides.</source>
        <extracomment>rule be-asylum-detained: condition</extracomment>
        <translation>Alleen als het geweigerde verzoek geen nieuw verzoek was dat in detentie werd ingediend (voor een nieuw verzoek is de beroepstermijn 5 dagen) — de advocaat beslist.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Asylum appeal (new application made in detention)</source>
        <extracomment>rule be-asylum-subsequent-detained: title</extracomment>
        <translation>Asielberoep (nieuw verzoek ingediend tijdens vasthouding)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the CCE/RvV when a new (subsequent) asylum application made in detention was declared inadmissible. Only 5 calendar days.</source>
        <extracomment>rule be-asylum-subsequent-detained: description</extracomment>
        <translation>Een beroep bij de RvV als een nieuw (volgend) asielverzoek ingediend tijdens de vasthouding niet-ontvankelijk verklaard werd. Maar 5 kalenderdagen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Request for release to the court (chambre du conseil / raadkamer)</source>
        <extracomment>rule be-release-request: title</extracomment>
        <translation>Verzoekschrift tot vrijlating bij de rechtbank (raadkamer)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>A request to the criminal court's council chamber to end the detention. There is no deadline and no waiting time: the first request can be filed at once, as soon as possible after the detention decision. Filing does not stop a removal.</source>
        <extracomment>rule be-release-request: description</extracomment>
        <translation>Een verzoekschrift bij de raadkamer van de correctionele rechtbank om de vasthouding te beëindigen. Er is geen termijn en geen wachttijd: het eerste verzoek kan meteen ingediend worden, zo snel mogelijk na de beslissing tot vasthouding. Het indienen houdt een verwijdering niet tegen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>After a court decision that keeps the person detained, a new request can be filed only one month later (the app then shows from when).</source>
        <extracomment>rule be-release-request: note</extracomment>
        <translation>Na een beslissing van de rechtbank die de detentie handhaaft, kan pas een maand later een nieuw verzoek worden ingediend (de app toont dan vanaf wanneer).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the detention decision</source>
        <extracomment>rule be-release-request: date_label</extracomment>
        <translation>Datum van de beslissing tot vasthouding</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 71 and 72, loi du 15 décembre 1980</source>
        <extracomment>rule be-release-request: legal_basis</extracomment>
        <translation>Art. 71 en 72, wet van 15 december 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>New request for release, after a court decision that kept the detention</source>
        <extracomment>rule be-release-request-again: title</extracomment>
        <translation>Nieuw verzoekschrift tot vrijlating, na een rechterlijke beslissing die de vasthouding handhaafde</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>After the council chamber (or, on appeal, the chamber of indictment) decided to keep the person detained, a new request for release can be filed one month after that decision. There is no deadline.</source>
        <extracomment>rule be-release-request-again: description</extracomment>
        <translation>Nadat de raadkamer (of, in hoger beroep, de kamer van inbeschuldigingstelling) besliste om de vasthouding te handhaven, kan een nieuw verzoekschrift tot vrijlating ingediend worden een maand na die beslissing. Er is geen termijn.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the last court decision that kept the detention</source>
        <extracomment>rule be-release-request-again: date_label</extracomment>
        <translation>Datum van de laatste rechterlijke beslissing die de vasthouding handhaafde</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal against the council chamber's order (24 hours)</source>
        <extracomment>rule be-chamber-appeal: title</extracomment>
        <translation>Hoger beroep tegen de beschikking van de raadkamer (24 uur)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the chamber of indictment (chambre des mises en accusation / kamer van inbeschuldigingstelling) against the council chamber's decision on the detention. Only 24 hours from the moment the order was served: the shortest deadline of all. The person stays detained until it rules.</source>
        <extracomment>rule be-chamber-appeal: description</extracomment>
        <translation>Een hoger beroep bij de kamer van inbeschuldigingstelling tegen de beslissing van de raadkamer over de vasthouding. Maar 24 uur vanaf het moment waarop de beschikking betekend werd: de kortste termijn van allemaal. De persoon blijft vastgehouden tot de kamer beslist.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Counted hour to hour from the moment of service, with no extension for a weekend or holiday: the shortest reading. How the courts count these 24 hours was not checked; a lawyer may count them differently.</source>
        <extracomment>rule be-chamber-appeal: note</extracomment>
        <translation>Van uur tot uur geteld vanaf de betekening, zonder verlenging voor een weekend of feestdag: de kortste lezing. Hoe de rechtbanken deze 24 uur tellen, werd niet nagekeken; een advocaat kan ze anders tellen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the council chamber's order was served</source>
        <extracomment>rule be-chamber-appeal: date_label</extracomment>
        <translation>Datum en uur waarop de beschikking van de raadkamer betekend werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 72, loi du 15 décembre 1980 (24 hours from service, as agii.be explains it)</source>
        <extracomment>rule be-chamber-appeal: legal_basis</extracomment>
        <translation>Art. 72, wet van 15 december 1980 (24 uur na de betekening, volgens agii.be)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal to the Court of Cassation against keeping the detention (15 days)</source>
        <extracomment>rule be-cassation-detention: title</extracomment>
        <translation>Cassatieberoep tegen de handhaving van de vasthouding (15 dagen)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the Court of Cassation against a decision of the chamber of indictment that keeps or orders the detention. 15 days. The person stays detained meanwhile.</source>
        <extracomment>rule be-cassation-detention: description</extracomment>
        <translation>Een cassatieberoep bij het Hof van Cassatie tegen een beslissing van de kamer van inbeschuldigingstelling die de vasthouding handhaaft of beveelt. 15 dagen. De persoon blijft intussen vastgehouden.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Whether the last day moves past a weekend or holiday was not checked: the app never moves it (the shorter reading).</source>
        <extracomment>rule be-cassation-detention: note</extracomment>
        <translation>Of de laatste dag verschuift na een weekend of feestdag, werd niet nagekeken: de app verschuift hem nooit (de kortere lezing).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the chamber of indictment's decision was served</source>
        <extracomment>rule be-cassation-detention: date_label</extracomment>
        <translation>Datum waarop de beslissing van de kamer van inbeschuldigingstelling betekend werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 72, loi du 15 décembre 1980 (15 days, as agii.be explains it)</source>
        <extracomment>rule be-cassation-detention: legal_basis</extracomment>
        <translation>Art. 72, wet van 15 december 1980 (15 dagen, volgens agii.be)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal to the Council of State against a CCE/RvV judgment (30 days)</source>
        <extracomment>rule be-council-of-state: title</extracomment>
        <translation>Beroep bij de Raad van State tegen een arrest van de RvV (30 dagen)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal in cassation to the Council of State (Conseil d'État / Raad van State) against a judgment of the CCE/RvV. 30 days. It does not stop a removal. Only a lawyer can file it.</source>
        <extracomment>rule be-council-of-state: description</extracomment>
        <translation>Een cassatieberoep bij de Raad van State tegen een arrest van de RvV. 30 dagen. Het houdt een verwijdering niet tegen. Alleen een advocaat kan het indienen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The 30 days come from research notes: the page named here describes this appeal but not its period, and the official text was not checked. The last day is never moved (the shorter reading).</source>
        <extracomment>rule be-council-of-state: note</extracomment>
        <translation>De 30 dagen komen uit onderzoeksnotities: de genoemde pagina beschrijft dit beroep, maar niet de termijn, en de officiële tekst werd niet nagekeken. De laatste dag wordt nooit verschoven (de kortste lezing).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the judgment was handed over or first presented</source>
        <extracomment>rule be-council-of-state: date_label</extracomment>
        <translation>Datum waarop het arrest overhandigd of voor het eerst aangeboden werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 14 §2, lois coordonnées sur le Conseil d'État (period not checked on the official text)</source>
        <extracomment>rule be-council-of-state: legal_basis</extracomment>
        <translation>Art. 14 §2, gecoördineerde wetten op de Raad van State (termijn niet nagekeken in de officiële tekst)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Maximum length of detention (for information)</source>
        <extracomment>rule be-detention-max: title</extracomment>
        <translation>Maximale duur van de vasthouding (ter informatie)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Detention for removal may last 2 months. It can be extended by 2 months, then by 1 month: release after 5 months at most, or 8 months for public order or national security. Each new detention decision (for example after a refused boarding) starts the count again.</source>
        <extracomment>rule be-detention-max: description</extracomment>
        <translation>Vasthouding met het oog op verwijdering mag 2 maanden duren. Ze kan met 2 maanden verlengd worden, daarna met 1 maand: vrijlating na hoogstens 5 maanden, of 8 maanden om redenen van openbare orde of nationale veiligheid. Elke nieuwe beslissing tot vasthouding (bijvoorbeeld na een geweigerde inscheping) laat de telling opnieuw beginnen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. The maximum under the law is often reset by a new decision.</source>
        <extracomment>rule be-detention-max: note</extracomment>
        <translation>Alleen als aanwijzing. Het wettelijke maximum begint vaak opnieuw met een nieuwe beslissing.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 7 (also arts. 25, 27, 74/5, 74/6), loi du 15 décembre 1980</source>
        <extracomment>rule be-detention-max: legal_basis</extracomment>
        <translation>Art. 7 (zie ook art. 25, 27, 74/5, 74/6), wet van 15 december 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Longest detention with every extension (5 months, for information)</source>
        <extracomment>rule be-detention-cap: title</extracomment>
        <translation>Langste vasthouding met alle verlengingen (5 maanden, ter informatie)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>With both extensions (2 months, then 1 month) detention ends 5 months after the first detention decision at the latest, or 8 months for public order or national security. Each new detention decision (for example after a refused boarding) starts the count again.</source>
        <extracomment>rule be-detention-cap: description</extracomment>
        <translation>Met beide verlengingen (2 maanden, daarna 1 maand) eindigt de vasthouding uiterlijk 5 maanden na de eerste beslissing tot vasthouding, of 8 maanden om redenen van openbare orde of nationale veiligheid. Elke nieuwe beslissing tot vasthouding (bijvoorbeeld na een geweigerde inscheping) laat de telling opnieuw beginnen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only; 8 months for public order or national security. Started by a second extension, it is counted from the detention decision recorded before that extension; if none is recorded, it is not shown: record the detention decision. Dublin detention has its own maximum (record a Dublin detention); border detention has other maxima, not shown here.</source>
        <extracomment>rule be-detention-cap: note</extracomment>
        <translation>Alleen als aanwijzing; 8 maanden om redenen van openbare orde of nationale veiligheid. Gestart door een tweede verlenging wordt het geteld vanaf de beslissing tot vasthouding die vóór die verlenging genoteerd is; als er geen genoteerd is, wordt het niet getoond: noteer de beslissing tot vasthouding. Dublinvasthouding heeft een eigen maximum (noteer een Dublinvasthouding); voor grensvasthouding gelden andere maxima, die hier niet getoond worden.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the first detention decision</source>
        <extracomment>rule be-detention-cap: date_label</extracomment>
        <translation>Datum van de eerste beslissing tot vasthouding</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>End of the first extension of detention (4 months, for information)</source>
        <extracomment>rule be-detention-extended: title</extracomment>
        <translation>Einde van de eerste verlenging van de vasthouding (4 maanden, ter informatie)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The first extension adds 2 months to the first 2: the detention ends 4 months after the detention decision at the latest, unless the minister extends it once more (by 1 month, 5 months in all). The extension does not start a new count.</source>
        <extracomment>rule be-detention-extended: description</extracomment>
        <translation>De eerste verlenging voegt 2 maanden toe aan de eerste 2: de vasthouding eindigt uiterlijk 4 maanden na de beslissing tot vasthouding, tenzij de minister ze nog eens verlengt (met 1 maand, 5 maanden in totaal). De verlenging laat de telling niet opnieuw beginnen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. Counted from the detention decision recorded before this extension; if none is recorded, it is not shown (counted from the extension it would end too late): record the detention decision.</source>
        <extracomment>rule be-detention-extended: note</extracomment>
        <translation>Alleen als aanwijzing. Geteld vanaf de beslissing tot vasthouding die vóór deze verlenging genoteerd is; als er geen genoteerd is, wordt het niet getoond (geteld vanaf de verlenging zou het te laat eindigen): noteer de beslissing tot vasthouding.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the detention decision that was extended</source>
        <extracomment>rule be-detention-extended: date_label</extracomment>
        <translation>Datum van de beslissing tot vasthouding die verlengd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 7 al. 5, loi du 15 décembre 1980 (as the Immigration Office explains it)</source>
        <extracomment>rule be-detention-extended: legal_basis</extracomment>
        <translation>Art. 7 lid 5, wet van 15 december 1980 (volgens de Dienst Vreemdelingenzaken)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Longest detention for public order (8 months, for information)</source>
        <extracomment>rule be-detention-cap-public-order: title</extracomment>
        <translation>Langste vasthouding om redenen van openbare orde (8 maanden, ter informatie)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>When public order or national security requires it, the minister can extend the detention beyond 5 months, one month at a time: release after 8 months at most, counted from the detention decision.</source>
        <extracomment>rule be-detention-cap-public-order: description</extracomment>
        <translation>Als de openbare orde of de nationale veiligheid het vereist, kan de minister de vasthouding na 5 maanden verder verlengen, telkens met één maand: vrijlating na hoogstens 8 maanden, geteld vanaf de beslissing tot vasthouding.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. Each extension adds one month; the 8 months are the ceiling. Counted from the detention decision recorded before this extension; if none is recorded, it is not shown: record the detention decision.</source>
        <extracomment>rule be-detention-cap-public-order: note</extracomment>
        <translation>Alleen als aanwijzing. Elke verlenging voegt een maand toe; de 8 maanden zijn het plafond. Geteld vanaf de beslissing tot vasthouding die vóór deze verlenging genoteerd is; als er geen genoteerd is, wordt het niet getoond: noteer de beslissing tot vasthouding.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Dublin detention while another country is asked (6 weeks, for information)</source>
        <extracomment>rule be-dublin-determination-max: title</extracomment>
        <translation>Dublinvasthouding terwijl een ander land gevraagd wordt (6 weken, ter informatie)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>A person held so that Belgium can ask another country to take them (Dublin) may be held 6 weeks at most from the detention decision. The request had to be sent within one month of the asylum application, and the other country must answer within two weeks.</source>
        <extracomment>rule be-dublin-determination-max: description</extracomment>
        <translation>Iemand die vastgehouden wordt zodat België een ander land kan vragen hem of haar over te nemen (Dublin), mag hoogstens 6 weken vastgehouden worden vanaf de beslissing tot vasthouding. Het verzoek moest binnen een maand na het asielverzoek verstuurd worden, en het andere land moet binnen twee weken antwoorden.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. If the asylum application was made before the detention, the request to the other country had to go within one month of the application (art. 28(3) of the Dublin III Regulation): the lawyer checks. Once the other country accepts, the 6 weeks of the transfer count from the acceptance (record it).</source>
        <extracomment>rule be-dublin-determination-max: note</extracomment>
        <translation>Alleen als aanwijzing. Als het asielverzoek vóór de vasthouding ingediend werd, moest het verzoek aan het andere land binnen een maand na het asielverzoek vertrekken (art. 28, lid 3, van de Dublin III-verordening): de advocaat kijkt het na. Zodra het andere land aanvaardt, tellen de 6 weken van de overdracht vanaf de aanvaarding (noteer ze).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the Dublin detention decision</source>
        <extracomment>rule be-dublin-determination-max: date_label</extracomment>
        <translation>Datum van de beslissing tot Dublinvasthouding</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 51/5/1, loi du 15 décembre 1980 (as AIDA explains it); art. 28(3), Regulation (EU) 604/2013 (Dublin III)</source>
        <extracomment>rule be-dublin-determination-max: legal_basis</extracomment>
        <translation>Art. 51/5/1, wet van 15 december 1980 (volgens AIDA); art. 28, lid 3, Verordening (EU) nr. 604/2013 (Dublin III)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Dublin detention for the transfer (6 weeks from acceptance, for information)</source>
        <extracomment>rule be-dublin-transfer-max: title</extracomment>
        <translation>Dublinvasthouding voor de overdracht (6 weken na de aanvaarding, ter informatie)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Once the other country has accepted to take the person (Dublin), the transfer must take place within 6 weeks of the acceptance while the person is held; after that the person must be released. The date of the acceptance is written in the transfer decision (annexe 26quater).</source>
        <extracomment>rule be-dublin-transfer-max: description</extracomment>
        <translation>Zodra het andere land aanvaard heeft om de persoon over te nemen (Dublin), moet de overdracht plaatsvinden binnen 6 weken na de aanvaarding zolang de persoon vastgehouden wordt; daarna moet de persoon vrijgelaten worden. De datum van de aanvaarding staat in de overdrachtsbeslissing (bijlage 26quater).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. The 6 weeks run from the acceptance, not from the day the annexe 26quater was handed over; after an appeal that suspended the transfer they run from the end of that suspension, which is later. The app counts from the acceptance, the earlier end. If the other country accepted by not answering, the acceptance is the day its two weeks ran out.</source>
        <extracomment>rule be-dublin-transfer-max: note</extracomment>
        <translation>Alleen als aanwijzing. De 6 weken lopen vanaf de aanvaarding, niet vanaf de dag waarop de bijlage 26quater overhandigd werd; na een beroep dat de overdracht schorste, lopen ze vanaf het einde van die schorsing, wat later is. De app telt vanaf de aanvaarding, het vroegste einde. Als het andere land aanvaardde door niet te antwoorden, is de aanvaarding de dag waarop zijn twee weken afliepen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the other country accepted (written in the annexe 26quater)</source>
        <extracomment>rule be-dublin-transfer-max: date_label</extracomment>
        <translation>Datum waarop het andere land aanvaardde (staat in de bijlage 26quater)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 28(3) al. 3, Regulation (EU) 604/2013 (Dublin III); art. 51/5/1, loi du 15 décembre 1980 (as AIDA explains it)</source>
        <extracomment>rule be-dublin-transfer-max: legal_basis</extracomment>
        <translation>Art. 28, lid 3, derde alinea, Verordening (EU) nr. 604/2013 (Dublin III); art. 51/5/1, wet van 15 december 1980 (volgens AIDA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against an order to leave, from a detention centre (CRA)</source>
        <extracomment>rule fr-oqtf-cra: title</extracomment>
        <translation>Frankrijk: beroep tegen een bevel om het grondgebied te verlaten, vanuit een detentiecentrum (CRA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the administrative court against an order to leave France (OQTF) for a person held in a detention centre (CRA). 48 hours from the moment of notification. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-oqtf-cra: description</extracomment>
        <translation>Een beroep bij de administratieve rechtbank tegen een bevel om Frankrijk te verlaten (OQTF) voor iemand die in een detentiecentrum (CRA) vastgehouden wordt. 48 uur vanaf de kennisgeving. Weekends en feestdagen houden de klok niet tegen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The appeal can be handed to the head of the CRA, against a dated and timed receipt. If the order was notified earlier, outside the CRA, and its appeal period still ran at the placement, the 48 hours run from the placement (the next rule).</source>
        <extracomment>rule fr-oqtf-cra: note</extracomment>
        <translation>Het beroep kan afgegeven worden aan het hoofd van het CRA, tegen een ontvangstbewijs met datum en uur. Als het bevel eerder meegedeeld werd, buiten het CRA, en de beroepstermijn nog liep bij de plaatsing, lopen de 48 uur vanaf de plaatsing (de volgende regel).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the order was handed over</source>
        <extracomment>rule fr-oqtf-cra: date_label</extracomment>
        <translation>Datum en uur waarop het bevel overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 921-2 CESEDA (since 15 July 2024); hour to hour (CE 10 Feb. 2006, n° 273484)</source>
        <extracomment>rule fr-oqtf-cra: legal_basis</extracomment>
        <translation>Art. L. 921-2 CESEDA (sinds 15 juli 2024); van uur tot uur (Franse Raad van State, 10 feb. 2006, nr. 273484)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against an earlier order to leave, from the placement in a CRA</source>
        <extracomment>rule fr-oqtf-cra-placement: title</extracomment>
        <translation>Frankrijk: beroep tegen een eerder bevel om het grondgebied te verlaten, vanaf de plaatsing in een CRA</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An order to leave France (OQTF) was notified earlier, outside the detention centre, and its appeal period was still running when the person was placed in a detention centre (CRA). The appeal to the administrative court must then be made within 48 hours of the placement. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-oqtf-cra-placement: description</extracomment>
        <translation>Een bevel om Frankrijk te verlaten (OQTF) werd eerder meegedeeld, buiten het detentiecentrum, en de beroepstermijn liep nog toen de persoon in een detentiecentrum (CRA) geplaatst werd. Het beroep bij de administratieve rechtbank moet dan binnen 48 uur na de plaatsing ingesteld worden. Weekends en feestdagen houden de klok niet tegen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>If the appeal period of the order had already run out at the placement, no new period opens: ask the lawyer. If it is not sure which applies, count from the order's own notification as well and keep the earlier end. The law's own text was not retrieved.</source>
        <extracomment>rule fr-oqtf-cra-placement: note</extracomment>
        <translation>Als de beroepstermijn van het bevel bij de plaatsing al verstreken was, begint er geen nieuwe termijn: vraag het aan de advocaat. Als niet zeker is welke geldt, tel dan ook vanaf de kennisgeving van het bevel zelf en houd het vroegste einde aan. De tekst van de wet zelf werd niet geraadpleegd.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time of the placement in the detention centre (CRA)</source>
        <extracomment>rule fr-oqtf-cra-placement: date_label</extracomment>
        <translation>Datum en uur van de plaatsing in het detentiecentrum (CRA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 921-2 CESEDA (since 15 July 2024), as the ASH article reads it; law text not retrieved</source>
        <extracomment>rule fr-oqtf-cra-placement: legal_basis</extracomment>
        <translation>Art. L. 921-2 CESEDA (sinds 15 juli 2024), zoals het artikel van ASH het leest; wettekst niet geraadpleegd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against a Dublin transfer, in a detention centre (48 hours)</source>
        <extracomment>rule fr-dublin-transfer-cra: title</extracomment>
        <translation>Frankrijk: beroep tegen een Dublinoverdracht, in een detentiecentrum (48 uur)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the administrative court against a decision to transfer the person to another European country (Dublin) when the person is held in a detention centre (CRA). 48 hours from the notification. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-dublin-transfer-cra: description</extracomment>
        <translation>Een beroep bij de administratieve rechtbank tegen een beslissing om de persoon over te dragen aan een ander Europees land (Dublin) als de persoon in een detentiecentrum (CRA) vastgehouden wordt. 48 uur vanaf de kennisgeving. Weekends en feestdagen houden de klok niet tegen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 572-4 sends this appeal to the procedure of art. L. 921-2 (48 hours); before 15 July 2024 art. L. 572-6 gave 48 hours as well. Read on a copy of the code, not on Legifrance's current text.</source>
        <extracomment>rule fr-dublin-transfer-cra: note</extracomment>
        <translation>Art. L. 572-4 verwijst dit beroep naar de procedure van art. L. 921-2 (48 uur); vóór 15 juli 2024 gaf art. L. 572-6 ook 48 uur. Gelezen in een kopie van het wetboek, niet in de huidige tekst op Legifrance.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the transfer decision was handed over</source>
        <extracomment>rule fr-dublin-transfer-cra: date_label</extracomment>
        <translation>Datum en uur waarop de overdrachtsbeslissing overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 572-4 and L. 921-2 CESEDA (since 15 July 2024; before, art. L. 572-6)</source>
        <extracomment>rule fr-dublin-transfer-cra: legal_basis</extracomment>
        <translation>Art. L. 572-4 en L. 921-2 CESEDA (sinds 15 juli 2024; daarvoor art. L. 572-6)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: challenge the placement in a detention centre (CRA)</source>
        <extracomment>rule fr-retention-placement: title</extracomment>
        <translation>Frankrijk: de plaatsing in een detentiecentrum (CRA) aanvechten</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>A request to the judge of the judicial court to end the placement in a detention centre (rétention). 4 days: the day of notification counts as the first day, and the period ends at midnight (24:00) on the 4th day. Weekends and holidays do not extend it.</source>
        <extracomment>rule fr-retention-placement: description</extracomment>
        <translation>Een verzoek aan de rechter van de rechtbank (tribunal judiciaire) om de plaatsing in een detentiecentrum (rétention) te beëindigen. 4 dagen: de dag van de kennisgeving telt als eerste dag, en de termijn eindigt om middernacht (24:00) op de 4e dag. Weekends en feestdagen verlengen hem niet.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The Cour de cassation counts the day of notification and ends at 24:00 on the 4th day. The 2025 law counts some periods in hours; whether this one became 96 hours is not confirmed. The app keeps the earlier end (24:00 on the 4th day).</source>
        <extracomment>rule fr-retention-placement: note</extracomment>
        <translation>Het Franse Hof van Cassatie (Cour de cassation) telt de dag van de kennisgeving mee en laat de termijn eindigen om 24:00 op de 4e dag. De wet van 2025 telt sommige termijnen in uren; of deze termijn 96 uur geworden is, is niet bevestigd. De app houdt het vroegste einde aan (24:00 op de 4e dag).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the placement decision was handed over</source>
        <extracomment>rule fr-retention-placement: date_label</extracomment>
        <translation>Datum waarop de beslissing tot plaatsing overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 741-10 CESEDA (4 days since 15 July 2024); Cour de cassation, avis 7 January 2025, n° 24-70.008</source>
        <extracomment>rule fr-retention-placement: legal_basis</extracomment>
        <translation>Art. L. 741-10 CESEDA (4 dagen sinds 15 juli 2024); Frans Hof van Cassatie, advies van 7 januari 2025, nr. 24-70.008</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against an order to leave, house arrest or prison (7 days)</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: title</extracomment>
        <translation>Frankrijk: beroep tegen een bevel om het grondgebied te verlaten, bij huisarrest of in de gevangenis (7 dagen)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the administrative court against an order to leave France (OQTF) notified to a person under house arrest (assignation à résidence) or in prison. 7 days from notification.</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: description</extracomment>
        <translation>Een beroep bij de administratieve rechtbank tegen een bevel om Frankrijk te verlaten (OQTF), meegedeeld aan iemand onder huisarrest (assignation à résidence) of in de gevangenis. 7 dagen vanaf de kennisgeving.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Courts disagree whether these 7 days are a "délai franc" (one day more, and extended past a weekend or holiday). The app counts the shorter reading: the 7th day after notification, at 24:00, never extended.</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: note</extracomment>
        <translation>De rechtbanken zijn het er niet over eens of deze 7 dagen een “délai franc” zijn (een dag meer, en verlengd na een weekend of feestdag). De app houdt de kortste lezing aan: de 7e dag na de kennisgeving, om 24:00, nooit verlengd.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the order was handed over</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: date_label</extracomment>
        <translation>Datum waarop het bevel overhandigd werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 921-1 CESEDA (since 15 July 2024)</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: legal_basis</extracomment>
        <translation>Art. L. 921-1 CESEDA (sinds 15 juli 2024)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against the judge's order on the detention (24 hours)</source>
        <extracomment>rule fr-judge-order-appeal: title</extracomment>
        <translation>Frankrijk: hoger beroep tegen de beschikking van de rechter over de vasthouding (24 uur)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the first president of the court of appeal against the judge's order that keeps the person in the detention centre (CRA). 24 hours. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-judge-order-appeal: description</extracomment>
        <translation>Een hoger beroep bij de eerste voorzitter van het hof van beroep tegen de beschikking van de rechter die de persoon in het detentiecentrum (CRA) houdt. 24 uur. Weekends en feestdagen houden de klok niet tegen.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Counted hour to hour from the moment the order was given or notified, whichever is earlier, never extended: the shortest reading. Only court decisions summarised by third parties were found.</source>
        <extracomment>rule fr-judge-order-appeal: note</extracomment>
        <translation>Van uur tot uur geteld vanaf het moment waarop de beschikking uitgesproken of meegedeeld werd, wat het eerst komt, nooit verlengd: de kortste lezing. Er werden alleen rechterlijke beslissingen gevonden die door derden samengevat werden.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the judge's order was given</source>
        <extracomment>rule fr-judge-order-appeal: date_label</extracomment>
        <translation>Datum en uur waarop de beschikking van de rechter uitgesproken werd</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 743-21 CESEDA</source>
        <extracomment>rule fr-judge-order-appeal: legal_basis</extracomment>
        <translation>Art. L. 743-21 CESEDA</translation>
    </message>
    <message>
        <location filename="../../resources/decision_timers.yaml"/>
        <source>The day the other country accepted, as written in the annexe 26quater (not the day the annexe was handed over)</source>
        <extracomment>decision dublin_acceptance: date label</extracomment>
        <translation>De dag waarop het andere land aanvaardde, zoals in de bijlage 26quater staat (niet de dag waarop de bijlage overhandigd werd)</translation>
    </message>
    <message>
        <location filename="../../resources/decision_timers.yaml"/>
        <source>The day and time the person was placed in the detention centre (CRA)</source>
        <extracomment>decision fr_oqtf_cra_placement: date label</extracomment>
        <translation>De dag en het uur waarop de persoon in het detentiecentrum (CRA) geplaatst werd</translation>
    </message>
    <message>
        <source>Art. L. 921-2 CESEDA (since 15 July 2024), as issue 14 reads it; law text not retrieved</source>
        <extracomment>rule fr-oqtf-cra-placement: legal_basis</extracomment>
        <translation type="vanished">Art. L. 921-2 CESEDA (sinds 15 juli 2024), zoals issue 14 het leest; wettekst niet geraadpleegd</translation>
    </message>
    <message>
        <source>Indicative only; 8 months for public order or national security. Dublin and border detention have other maxima, not shown here.</source>
        <extracomment>rule be-detention-cap: note</extracomment>
        <translation type="vanished">Alleen als aanwijzing; 8 maanden om redenen van openbare orde of nationale veiligheid. Voor Dublin- en grensvasthouding gelden andere maxima, die hier niet getoond worden.</translation>
    </message>
    <message>
        <source>The appeal can be handed to the head of the CRA, against a dated and timed receipt.</source>
        <extracomment>rule fr-oqtf-cra: note</extracomment>
        <translation type="vanished">Het beroep kan afgegeven worden aan het hoofd van het CRA, tegen een ontvangstbewijs met datum en uur.</translation>
    </message>
    <message>
        <source>Only if the refused application was not a new one made in detention (then 5 days) — the lawyer decides.</source>
        <extracomment>rule be-asylum-detained: condition</extracomment>
        <translation type="vanished">Alleen als het geweigerde verzoek geen nieuw verzoek was dat tijdens de vasthouding ingediend werd (anders 5 dagen) — de advocaat beslist.</translation>
    </message>
    <message>
        <source>After a court decision that keeps the person detained, a new request can be filed only one month later (see the next-request timer).</source>
        <extracomment>rule be-release-request: note</extracomment>
        <translation type="vanished">Na een rechterlijke beslissing die de vasthouding handhaaft, kan pas een maand later een nieuw verzoek ingediend worden (zie de termijn voor een nieuw verzoek).</translation>
    </message>
    <message>
        <source>Art. 72, loi du 15 décembre 1980 (AgII, "binnen de 24 uur na de betekening")</source>
        <extracomment>rule be-chamber-appeal: legal_basis</extracomment>
        <translation type="vanished">Art. 72, wet van 15 december 1980 (AgII, “binnen de 24 uur na de betekening”)</translation>
    </message>
    <message>
        <source>Art. 72, loi du 15 décembre 1980 (AgII, "binnen de 15 dagen cassatieberoep")</source>
        <extracomment>rule be-cassation-detention: legal_basis</extracomment>
        <translation type="vanished">Art. 72, wet van 15 december 1980 (AgII, “binnen de 15 dagen cassatieberoep”)</translation>
    </message>
    <message>
        <source>The 30 days come from issue 14; the page named here describes this appeal but not its period, and the official text was not checked. The last day is never moved (the shorter reading).</source>
        <extracomment>rule be-council-of-state: note</extracomment>
        <translation type="vanished">De 30 dagen komen uit issue 14; de pagina die hier vermeld wordt, beschrijft dit beroep maar niet de termijn, en de officiële tekst werd niet nagekeken. De laatste dag wordt nooit verschoven (de kortere lezing).</translation>
    </message>
    <message>
        <source>A request to the criminal court's council chamber to end the detention. There is no deadline: file as soon as possible. After a decision that keeps the person detained, a new request can be filed one month later. Filing does not stop a removal.</source>
        <extracomment>rule be-release-request: description</extracomment>
        <translation type="vanished">Een verzoekschrift bij de raadkamer van de correctionele rechtbank om de vasthouding te beëindigen. Er is geen termijn: dien het zo snel mogelijk in. Na een beslissing die de vasthouding behoudt, kan een maand later een nieuw verzoekschrift ingediend worden. Het indienen houdt een verwijdering niet tegen.</translation>
    </message>
    <message>
        <source>Date of the last court decision on the detention</source>
        <extracomment>rule be-release-request: date_label</extracomment>
        <translation type="vanished">Datum van de laatste beslissing van de rechtbank over de vasthouding</translation>
    </message>
    <message>
        <source>A request to the judge of the judicial court to end the placement in a detention centre (rétention). Counted as 96 hours (4 days) from the moment of notification. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-retention-placement: description</extracomment>
        <translation type="vanished">Een verzoek aan de rechter van de gerechtelijke rechtbank om een einde te maken aan de plaatsing in een detentiecentrum (rétention). Geteld als 96 uur (4 dagen) vanaf de kennisgeving. Weekends en feestdagen houden de klok niet tegen.</translation>
    </message>
    <message>
        <source>The law changed in 2024 and 2025; whether this is now exactly 96 hours is not confirmed.</source>
        <extracomment>rule fr-retention-placement: note</extracomment>
        <translation type="vanished">De wet veranderde in 2024 en 2025; het is niet bevestigd dat het nu precies 96 uur is.</translation>
    </message>
    <message>
        <source>Date and time the placement decision was handed over</source>
        <extracomment>rule fr-retention-placement: date_label</extracomment>
        <translation type="vanished">Datum en uur waarop de beslissing tot plaatsing overhandigd werd</translation>
    </message>
    <message>
        <source>Art. L. 741-10 CESEDA (4 days since 15 July 2024; loi n° 2025-796 counts in hours)</source>
        <extracomment>rule fr-retention-placement: legal_basis</extracomment>
        <translation type="vanished">Art. L. 741-10 CESEDA (4 dagen sinds 15 juli 2024; de wet nr. 2025-796 telt in uren)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../locator/centres/model.py" line="107"/>
        <source>No centre has the id "{centre_id}".</source>
        <extracomment>UnknownCentreError</extracomment>
        <translation>Geen enkel centrum heeft de code “{centre_id}”.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="49"/>
        <source>The day it was handed over (or refused)</source>
        <translation>De dag waarop ze overhandigd werd (of geweigerd)</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="50"/>
        <source>The day the letter was first presented at the address (not the day it was signed for or collected)</source>
        <translation>De dag waarop de brief voor het eerst op het adres aangeboden werd (niet de dag waarop ervoor getekend werd of hij afgehaald werd)</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="53"/>
        <location filename="../../locator/deadlines/counting.py" line="54"/>
        <source>The day it was posted — the date of the postmark</source>
        <translation>De dag waarop ze gepost werd — de datum van de poststempel</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="149"/>
        <source>{when} is in the future.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>{when} ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="151"/>
        <source>{when} is before the arrest date ({arrest}).</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>{when} ligt voor de datum van de arrestatie ({arrest}).</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="210"/>
        <source>there is no rule with this id. Known rules: {known}.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>er is geen regel met deze code. Gekende regels: {known}.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="215"/>
        <source>choose one of: {known}.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>kies uit: {known}.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="218"/>
        <source>this deadline counts in hours from the moment the decision was handed over. Choose hand delivery.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>deze termijn telt in uren vanaf het moment waarop de beslissing overhandigd werd. Kies “persoonlijk overhandigd”.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="221"/>
        <source>this deadline counts from the day the decision was handed over. Choose hand delivery.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>deze termijn telt vanaf de dag waarop de beslissing overhandigd werd. Kies “persoonlijk overhandigd”.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="306"/>
        <source>{text} is not a real date.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>{text} is geen echte datum.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="308"/>
        <source>write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM, for example 2025-08-10 or 2025-08-10T14:30.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>schrijf het als JJJJ-MM-DD of JJJJ-MM-DDTUU:MM, bijvoorbeeld 2025-08-10 of 2025-08-10T14:30.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="340"/>
        <source>The time it was handed over is not known: counted from the start of that day (00:00), the shorter deadline.</source>
        <translation>Het uur van overhandiging is niet bekend: geteld vanaf het begin van die dag (00:00), de kortste termijn.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/table.py" line="41"/>
        <source>Did the person receive an earlier order to leave or another removal measure before this one?</source>
        <translation>Kreeg de persoon vóór deze beslissing al een bevel om het grondgebied te verlaten of een andere verwijderingsmaatregel?</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/table.py" line="43"/>
        <source>Was the refused asylum application a new one, made while the person was detained?</source>
        <translation>Was het geweigerde asielverzoek een nieuw verzoek, ingediend tijdens de vasthouding?</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/timers.py" line="34"/>
        <source>The decision was changed and this deadline no longer follows from it.</source>
        <translation>De beslissing werd gewijzigd en deze termijn volgt er niet meer uit.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/timers.py" line="36"/>
        <source>The app's rules were corrected and this deadline no longer follows from the decision.</source>
        <translation>De regels van de app werden verbeterd en deze termijn volgt niet meer uit de beslissing.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="8"/>
        <source>The document could not be read.</source>
        <extracomment>DocumentError</extracomment>
        <translation>Het document kon niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="12"/>
        <source>This attachment is not a photo or scan Locator can read (JPEG, PNG, TIFF, WebP…). Take a photo of the paper and add it.</source>
        <extracomment>NotAnImage</extracomment>
        <translation>Deze bijlage is geen foto of scan die Locator kan lezen (JPEG, PNG, TIFF, WebP…). Neem een foto van het papier en voeg die toe.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="17"/>
        <source>The text recognition of this computer (Tesseract, with its French, Dutch and English data) was not found. Install it, or set TESSDATA_PREFIX to its tessdata folder.</source>
        <extracomment>NoTesseract</extracomment>
        <translation>De tekstherkenning van deze computer (Tesseract, met de gegevens voor Frans, Nederlands en Engels) werd niet gevonden. Installeer ze, of zet TESSDATA_PREFIX op de map tessdata ervan.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="23"/>
        <source>Reading was cancelled.</source>
        <extracomment>ReadingCancelled</extracomment>
        <translation>Het lezen werd gestopt.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="24"/>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="25"/>
        <source>Document number</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="26"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="27"/>
        <source>Issued by</source>
        <translation>Afgegeven door</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="28"/>
        <source>Annexe</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="29"/>
        <source>Date of notification</source>
        <translation>Datum van kennisgeving</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="30"/>
        <source>How it was notified</source>
        <translation>Wijze van kennisgeving</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="34"/>
        <source>could not be read with certainty: a check digit does not match</source>
        <translation>kon niet met zekerheid gelezen worden: een controlecijfer klopt niet</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="35"/>
        <source>may be cut short: the name fills the whole zone</source>
        <translation>misschien afgekapt: de naam vult de hele zone</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="36"/>
        <source>could not be read with certainty: the text is faint or unclear</source>
        <translation>kon niet met zekerheid gelezen worden: de tekst is vaag of onduidelijk</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="37"/>
        <source>could not be read with certainty: look-alike characters (O and 0, I and 1 …) were guessed until the check digit matched</source>
        <translation>kon niet met zekerheid gelezen worden: tekens die op elkaar lijken (O en 0, I en 1 …) werden geraden tot het controlecijfer klopte</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="39"/>
        <source>could not be read with certainty: not a value Locator knows</source>
        <translation>kon niet met zekerheid gelezen worden: geen waarde die Locator kent</translation>
    </message>
    <message>
        <location filename="../../locator/documents/save.py" line="35"/>
        <source>write the date as YYYY-MM-DD</source>
        <extracomment>FieldError</extracomment>
        <translation>schrijf de datum als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="79"/>
        <source>must be text</source>
        <extracomment>FieldError</extracomment>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="81"/>
        <source>is too long (at most one million characters)</source>
        <extracomment>FieldError</extracomment>
        <translation>is te lang (hoogstens een miljoen tekens)</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="92"/>
        <source>choose one of: {choices}</source>
        <extracomment>FieldError</extracomment>
        <translation>kies uit: {choices}</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="125"/>
        <source>this is not an email address (it needs a @ and a domain)</source>
        <extracomment>FieldError</extracomment>
        <translation>dit is geen e-mailadres (er is een @ en een domein nodig)</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="135"/>
        <source>must be a list of text</source>
        <extracomment>FieldError</extracomment>
        <translation>moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="147"/>
        <source>use only letters, digits, spaces, / . and -</source>
        <extracomment>FieldError</extracomment>
        <translation>gebruik alleen letters, cijfers, spaties, / . en -</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="201"/>
        <source>must be an object with named fields</source>
        <extracomment>FieldError</extracomment>
        <translation>moet een object met benoemde velden zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="204"/>
        <location filename="../../locator/model/caseio.py" line="352"/>
        <source>is not a field we know</source>
        <extracomment>FieldError</extracomment>
        <translation>is geen gekend veld</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="212"/>
        <source>must be a whole number</source>
        <extracomment>FieldError</extracomment>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="233"/>
        <source>must be a list</source>
        <extracomment>FieldError</extracomment>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="245"/>
        <source>must be a list of phone numbers</source>
        <extracomment>FieldError</extracomment>
        <translation>moet een lijst van telefoonnummers zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="266"/>
        <source>the date of notification is needed</source>
        <extracomment>FieldError</extracomment>
        <translation>de datum van kennisgeving is nodig</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="269"/>
        <source>must be true or false</source>
        <extracomment>FieldError</extracomment>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="340"/>
        <source>must be a JSON object with named fields</source>
        <extracomment>FieldError</extracomment>
        <translation>moet een JSON-object met benoemde velden zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="366"/>
        <source>give at least an alias or a name</source>
        <extracomment>FieldError</extracomment>
        <translation>geef minstens een roepnaam of een naam</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="368"/>
        <source>not a centre in the directory; choose one or unknown</source>
        <extracomment>FieldError</extracomment>
        <translation>dit centrum staat niet in de lijst; kies er een, of “onbekend”</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="370"/>
        <location filename="../../locator/model/caseio.py" line="374"/>
        <source>cannot be before the date of arrest</source>
        <extracomment>FieldError</extracomment>
        <translation>kan niet voor de datum van de arrestatie liggen</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="201"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="203"/>
        <source>Bar</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="205"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="207"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="209"/>
        <source>Brief sent on</source>
        <translation>Fiche verstuurd op</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="218"/>
        <source>asked on</source>
        <translation>gevraagd op</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="236"/>
        <source>Alias (what friends call them)</source>
        <translation>Roepnaam (hoe vrienden hem of haar noemen)</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="239"/>
        <source>Registered LAST NAME</source>
        <translation>Geregistreerde ACHTERNAAM</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="239"/>
        <source>as on the order to leave (OQT)</source>
        <translation>zoals op het bevel om het grondgebied te verlaten</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="241"/>
        <source>Registered first name</source>
        <translation>Geregistreerde voornaam</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="243"/>
        <source>Real name</source>
        <translation>Echte naam</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="245"/>
        <source>Other spellings</source>
        <translation>Andere schrijfwijzen</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="248"/>
        <source>Nationality (as recorded)</source>
        <translation>Nationaliteit (zoals geregistreerd)</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="250"/>
        <source>Real nationality</source>
        <translation>Echte nationaliteit</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="254"/>
        <source>Date of birth (as recorded)</source>
        <translation>Geboortedatum (zoals geregistreerd)</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="257"/>
        <source>Real date of birth</source>
        <translation>Echte geboortedatum</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="259"/>
        <source>Man or woman</source>
        <translation>Man of vrouw</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="260"/>
        <source>Men and women are held in different centres: the calling round then shows the centres that hold them first.</source>
        <translation>Mannen en vrouwen worden in verschillende centra vastgehouden: de belronde toont dan eerst de centra die hen vasthouden.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="262"/>
        <source>OE / IBZ / SP number</source>
        <translation>Nummer DVZ / IBZ / SP</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="263"/>
        <source>on their badge</source>
        <translation>op de badge</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="266"/>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="267"/>
        <source>The languages they speak and understand, best first: the lawyer asks for an interpreter in one of them.</source>
        <translation>De talen die de persoon spreekt en begrijpt, de best gekende eerst: de advocaat vraagt een tolk in een ervan.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="271"/>
        <source>Language of the case</source>
        <translation>Taal van het dossier</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="272"/>
        <source>The language of the procedure, French or Dutch: the language of the papers they received (the order to leave, the detention decision). The lawyer brief and the emails are written in it.</source>
        <translation>De taal van de procedure, Frans of Nederlands: de taal van de papieren die de persoon kreeg (het bevel om het grondgebied te verlaten, de beslissing tot vasthouding). De fiche voor de advocaat en de e-mails worden in die taal geschreven.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="277"/>
        <source>Status</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="278"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="279"/>
        <source>Date of arrest</source>
        <translation>Datum van de arrestatie</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="281"/>
        <source>Place of arrest</source>
        <translation>Plaats van de arrestatie</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="282"/>
        <source>police station, city</source>
        <translation>politiekantoor, stad</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="285"/>
        <source>Detained with their children under 18</source>
        <translation>Vastgehouden met de kinderen jonger dan 18</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="286"/>
        <source>Families with children under 18 are held in family units, not in the closed centres: the calling round then shows those first.</source>
        <translation>Gezinnen met kinderen jonger dan 18 worden vastgehouden in gezinswoningen, niet in de gesloten centra: de belronde toont die dan eerst.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="288"/>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="292"/>
        <source>Found there on</source>
        <translation>Daar gevonden op</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="294"/>
        <source>Phone that reaches them</source>
        <translation>Telefoon waarop de persoon bereikbaar is</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="297"/>
        <source>Wants a lawyer</source>
        <translation>Wil een advocaat</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="299"/>
        <source>Agrees to share with GVO</source>
        <translation>Akkoord om te delen met GVO</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="301"/>
        <source>Agrees to share with a lawyer</source>
        <translation>Akkoord om te delen met een advocaat</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="303"/>
        <source>Agrees to share with referents</source>
        <translation>Akkoord om te delen met referenten</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="305"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../locator/model/countries.py" line="66"/>
        <source>not a country we know; pick one from the list, or leave it unknown</source>
        <extracomment>FieldError</extracomment>
        <translation>onbekend land; kies er een uit de lijst, of laat het leeg</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="47"/>
        <source>write the date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>FieldError</extracomment>
        <translation>schrijf de datum als JJJJ, JJJJ-MM of JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="50"/>
        <location filename="../../locator/model/dates.py" line="74"/>
        <location filename="../../locator/model/dates.py" line="94"/>
        <source>the year must be 1900 or later</source>
        <extracomment>FieldError</extracomment>
        <translation>het jaar moet 1900 of later zijn</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="52"/>
        <source>the month must be between 01 and 12</source>
        <extracomment>FieldError</extracomment>
        <translation>de maand moet tussen 01 en 12 liggen</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="57"/>
        <source>this day does not exist in that month</source>
        <extracomment>FieldError</extracomment>
        <translation>deze dag bestaat niet in die maand</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="72"/>
        <source>write the date as YYYY-MM-DD (a day that exists)</source>
        <extracomment>FieldError</extracomment>
        <translation>schrijf de datum als JJJJ-MM-DD (een dag die bestaat)</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="92"/>
        <source>write the date and time as YYYY-MM-DDTHH:MM</source>
        <extracomment>FieldError</extracomment>
        <translation>schrijf de datum en het uur als JJJJ-MM-DDTUU:MM</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="143"/>
        <location filename="../../locator/storage/deadlines.py" line="139"/>
        <source>this date is in the future</source>
        <extracomment>FieldError</extracomment>
        <translation>deze datum ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../locator/model/errors.py" line="24"/>
        <source>Something went wrong.</source>
        <extracomment>LocatorError</extracomment>
        <translation>Er ging iets mis.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="364"/>
        <source>Imported from a copy on {day}.</source>
        <translation>Geïmporteerd uit een kopie op {day}.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="365"/>
        <source>Possible duplicate of case {duplicate_of}, imported from a copy on {day}. Compare the two and keep what is right.</source>
        <translation>Mogelijk dubbel van dossier {duplicate_of}, geïmporteerd uit een kopie op {day}. Vergelijk de twee en hou wat juist is.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="367"/>
        <source>Updated from a copy on {day}: the copy's version of this case was taken. Its decisions, deportation attempts, timeline and attachments were added to ours; nothing of ours was removed from them.</source>
        <translation>Bijgewerkt uit een kopie op {day}: de versie uit de kopie werd overgenomen voor dit dossier. Haar beslissingen, uitwijzingspogingen, tijdlijn en bijlagen werden bij de onze gevoegd; niets van het onze werd eruit verwijderd.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="523"/>
        <source>document number</source>
        <translation>documentnummer</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="524"/>
        <source>valid until</source>
        <translation>geldig tot</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="524"/>
        <source>issued by</source>
        <translation>afgegeven door</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="525"/>
        <source>kind of document</source>
        <translation>soort document</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="525"/>
        <source>annexe</source>
        <translation>bijlage</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="526"/>
        <source>date of notification</source>
        <translation>datum van kennisgeving</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="527"/>
        <source>how it was notified</source>
        <translation>wijze van kennisgeving</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="528"/>
        <source>identity or residence card</source>
        <translation>identiteits- of verblijfskaart</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="528"/>
        <source>identity card</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="529"/>
        <source>passport</source>
        <translation>paspoort</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="529"/>
        <location filename="../../locator/model/events.py" line="529"/>
        <source>visa</source>
        <translation>visum</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="530"/>
        <source>order or decision</source>
        <translation>bevel of beslissing</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="531"/>
        <source>Taken from the document ({document}, attachment {n}): {fields}</source>
        <translation>Overgenomen uit het document ({document}, bijlage {n}): {fields}</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="532"/>
        <source>(corrected by hand: {fields})</source>
        <translation>(met de hand verbeterd: {fields})</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="547"/>
        <source>photo or scan</source>
        <translation>foto of scan</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="38"/>
        <source>Use five to seven random words, or the passphrase Locator suggests.</source>
        <translation>Gebruik vijf tot zeven willekeurige woorden, of de wachtzin die Locator voorstelt.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="39"/>
        <source>Type a passphrase.</source>
        <translation>Typ een wachtzin.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="43"/>
        <location filename="../../locator/model/passphrase.py" line="45"/>
        <source>It is one of the passwords people use most, and those are tried first.</source>
        <translation>Het is een van de meest gebruikte wachtwoorden, en die worden eerst geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="47"/>
        <source>It is mostly a name, and names are tried first.</source>
        <translation>Het is vooral een naam, en namen worden eerst geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="48"/>
        <source>One word on its own is tried first, even with a few digits.</source>
        <translation>Eén woord alleen wordt eerst geprobeerd, zelfs met een paar cijfers.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="49"/>
        <location filename="../../locator/model/passphrase.py" line="50"/>
        <source>It follows keys that sit side by side on the keyboard.</source>
        <translation>Hij volgt toetsen die naast elkaar op het toetsenbord liggen.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="51"/>
        <source>It repeats the same letters or words.</source>
        <translation>Hij herhaalt dezelfde letters of woorden.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="52"/>
        <source>It is a run like abc or 123.</source>
        <translation>Het is een reeks zoals abc of 123.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="53"/>
        <source>It holds a year, and years are tried first.</source>
        <translation>Hij bevat een jaartal, en jaartallen worden eerst geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="54"/>
        <source>It holds a date, and dates are tried first.</source>
        <translation>Hij bevat een datum, en datums worden eerst geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="56"/>
        <source>It is too short: it could be guessed quickly.</source>
        <translation>Hij is te kort: hij kan snel geraden worden.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="57"/>
        <source>It could be guessed quickly.</source>
        <translation>Hij kan snel geraden worden.</translation>
    </message>
    <message>
        <location filename="../../locator/model/phones.py" line="20"/>
        <source>this is not a phone number we can read (try the international form, e.g. +32 470 12 34 56)</source>
        <extracomment>FieldError</extracomment>
        <translation>dit telefoonnummer is niet leesbaar (probeer de internationale vorm, bv. +32 470 12 34 56)</translation>
    </message>
    <message>
        <location filename="../../locator/model/phones.py" line="23"/>
        <source>this phone number does not exist (check the digits, or add the country code, e.g. +33)</source>
        <extracomment>FieldError</extracomment>
        <translation>dit telefoonnummer bestaat niet (kijk de cijfers na, of voeg de landcode toe, bv. +33)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="117"/>
        <source>the disk may be full or removed, or the system refused the file.</source>
        <translation>de schijf is misschien vol of verwijderd, of het systeem weigerde het bestand.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="126"/>
        <source>Choose a passphrase for the copy.</source>
        <extracomment>VaultExists</extracomment>
        <translation>Kies een wachtzin voor de kopie.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="151"/>
        <source>the backup failed its integrity check</source>
        <extracomment>DamagedVault</extracomment>
        <translation>de integriteitscontrole van de back-up is mislukt</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="174"/>
        <source>Another restore of this vault is running. Wait for it to end.</source>
        <extracomment>VaultExists</extracomment>
        <translation>Er loopt al een andere herstelling van deze kluis. Wacht tot ze klaar is.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/deadlines.py" line="141"/>
        <location filename="../../ui/deadlines/actions.py" line="118"/>
        <source>say who filed it (the lawyer's name, for example)</source>
        <extracomment>FieldError</extracomment>
        <translation>zeg wie het indiende (bijvoorbeeld de naam van de advocaat)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/deadlines.py" line="148"/>
        <source>give a reason, so others understand later</source>
        <extracomment>FieldError</extracomment>
        <translation>geef een reden, zodat anderen het later begrijpen</translation>
    </message>
    <message>
        <location filename="../../locator/storage/deadlines.py" line="157"/>
        <source>There is no deadline number {n}.</source>
        <extracomment>UnknownCase</extracomment>
        <translation>Er is geen termijn met nummer {n}.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="10"/>
        <source>The vault could not be used.</source>
        <extracomment>VaultError</extracomment>
        <translation>De kluis kon niet gebruikt worden.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="14"/>
        <source>There is no vault file at this place. It may have been moved, renamed or deleted.</source>
        <extracomment>VaultMissing</extracomment>
        <translation>Er staat hier geen bestand van een kluis. Het werd misschien verplaatst, hernoemd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="18"/>
        <source>A file already exists at this place; Locator will not overwrite it.</source>
        <extracomment>VaultExists</extracomment>
        <translation>Er staat hier al een bestand; Locator overschrijft het niet.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="22"/>
        <source>The vault file cannot be written (it is read-only, or on a disk that is read-only or was removed). Nothing was changed.</source>
        <extracomment>VaultReadOnly</extracomment>
        <translation>Het bestand van de kluis kan niet geschreven worden (het is alleen-lezen, of staat op een schijf die alleen-lezen is of verwijderd werd). Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="27"/>
        <source>This passphrase does not open the vault. Check it (capital letters, spaces) and try again. If you are sure it is right, the file may be damaged: restore a backup.</source>
        <extracomment>WrongPassphrase</extracomment>
        <translation>Deze wachtzin opent de kluis niet. Kijk hem na (hoofdletters, spaties) en probeer opnieuw. Als je zeker bent dat hij juist is, is het bestand misschien beschadigd: zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="33"/>
        <source>This file is not a Locator vault.</source>
        <extracomment>NotAVault</extracomment>
        <translation>Dit bestand is geen Locator-kluis.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="37"/>
        <source>This file is an ordinary, unencrypted database, not a Locator vault. Locator only opens encrypted vaults.</source>
        <extracomment>PlainDatabase</extracomment>
        <translation>Dit bestand is een gewone, niet-versleutelde databank, geen Locator-kluis. Locator opent alleen versleutelde kluizen.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="42"/>
        <source>This file is empty (0 bytes): it is not a Locator vault.</source>
        <extracomment>EmptyFile</extracomment>
        <translation>Dit bestand is leeg (0 bytes): het is geen Locator-kluis.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="46"/>
        <source>The vault file is damaged ({reason}). It was left as it is. Restore your latest backup.</source>
        <extracomment>DamagedVault</extracomment>
        <translation>Het bestand van de kluis is beschadigd ({reason}). Het werd gelaten zoals het is. Zet je laatste back-up terug.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="52"/>
        <source>The copy could not be written to {name}: {reason} The vault was not changed.</source>
        <extracomment>CopyNotWritten</extracomment>
        <translation>De kopie kon niet naar {name} geschreven worden: {reason} De kluis werd niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="62"/>
        <location filename="../../locator/storage/errors.py" line="62"/>
        <source>the disk is full.</source>
        <translation>de schijf is vol.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="63"/>
        <location filename="../../locator/storage/errors.py" line="64"/>
        <source>Locator may not write there.</source>
        <translation>Locator mag daar niet schrijven.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="65"/>
        <source>the disk is read-only.</source>
        <translation>de schijf is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="66"/>
        <source>the folder does not exist.</source>
        <translation>de map bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="67"/>
        <source>it is a folder.</source>
        <translation>het is een map.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="68"/>
        <source>part of the path is not a folder.</source>
        <translation>een deel van het pad is geen map.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="69"/>
        <source>the system refused it.</source>
        <translation>het systeem weigerde het.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="72"/>
        <source>This vault was made by a newer version of Locator (format {found}; this version knows up to {known}). Update Locator to open it. The file was not changed.</source>
        <extracomment>NewerVault</extracomment>
        <translation>Deze kluis werd gemaakt met een nieuwere versie van Locator (formaat {found}; deze versie kent tot formaat {known}). Werk Locator bij om ze te openen. Het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="78"/>
        <source>Encryption is not active in this copy of Locator (SQLCipher missing). Refusing to open or create any vault.</source>
        <extracomment>NotEncrypted</extracomment>
        <translation>Versleuteling is niet actief in deze installatie van Locator (SQLCipher ontbreekt). Er wordt geen enkele kluis geopend of aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="83"/>
        <source>The vault is locked. Unlock it first.</source>
        <extracomment>VaultLocked</extracomment>
        <translation>De kluis is vergrendeld. Ontgrendel ze eerst.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="87"/>
        <source>There is no case number {case_id} in this vault.</source>
        <extracomment>UnknownCase</extracomment>
        <translation>Er is geen dossier met nummer {case_id} in deze kluis.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="91"/>
        <source>The disk is full or the file could not be written. Nothing was changed.</source>
        <extracomment>StorageFull</extracomment>
        <translation>De schijf is vol of het bestand kon niet geschreven worden. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="95"/>
        <source>This case was changed elsewhere (in another window or by the command line) since it was opened: {names}. Nothing was saved. Look at the case as it is now, then save again.</source>
        <extracomment>CaseChangedElsewhere</extracomment>
        <translation>Dit dossier is elders gewijzigd (in een ander venster of via de opdrachtregel) sinds het werd geopend: {names}. Er is niets opgeslagen. Bekijk het dossier zoals het nu is en sla dan opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="123"/>
        <source>This vault is open in another Locator window. Close it there (or quit Locator) first, then try again.</source>
        <extracomment>VaultInUse</extracomment>
        <translation>Deze kluis is open in een ander Locator-venster. Sluit hem daar (of sluit Locator af) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="48"/>
        <source>“{name}” is a folder. Give a file name, such as brief.pdf.</source>
        <translation>‘{name}’ is een map. Geef een bestandsnaam, zoals fiche.pdf.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="52"/>
        <source>The folder for “{name}” does not exist. Choose a folder that does.</source>
        <translation>De map voor ‘{name}’ bestaat niet. Kies een map die bestaat.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="57"/>
        <source>“{name}” is the vault itself: an export never replaces it. Choose another name.</source>
        <translation>‘{name}’ is de kluis zelf: een export vervangt die nooit. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="62"/>
        <source>“{name}” would be in the vault's backup folder, which holds only backups. Choose another folder.</source>
        <translation>‘{name}’ zou in de reservekopiemap van de kluis staan, die alleen reservekopieën bevat. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="66"/>
        <source>“{name}” exists and is not a PDF: it is left as it is. Choose another name.</source>
        <translation>‘{name}’ bestaat en is geen pdf: het blijft zoals het is. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="69"/>
        <source>“{name}” exists already. Choose another name, or say that it may be replaced.</source>
        <translation>‘{name}’ bestaat al. Kies een andere naam, of zeg dat het vervangen mag worden.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="72"/>
        <source>“{name}” is a link to another file: it is left as it is. Choose another name.</source>
        <translation>‘{name}’ is een koppeling naar een ander bestand: het blijft zoals het is. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="75"/>
        <source>Locator may not write in the folder of “{name}”. Choose another folder.</source>
        <translation>Locator mag niet schrijven in de map van ‘{name}’. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="27"/>
        <source>the macOS Keychain of this user account</source>
        <translation>de macOS-sleutelhanger (Keychain) van deze gebruikersaccount</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="28"/>
        <source>the Windows Credential Locker of this user account</source>
        <translation>de Windows-referentiekluis (Credential Locker) van deze gebruikersaccount</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="29"/>
        <source>the desktop keyring of this user account (Secret Service)</source>
        <translation>de sleutelbos van het bureaublad van deze gebruikersaccount (Secret Service)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="31"/>
        <source>KWallet, the KDE keyring of this user account</source>
        <translation>KWallet, de KDE-sleutelbos van deze gebruikersaccount</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="32"/>
        <source>the desktop keyring of this user account (libsecret)</source>
        <translation>de sleutelbos van het bureaublad van deze gebruikersaccount (libsecret)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="71"/>
        <location filename="../../locator/storage/keystore.py" line="89"/>
        <source>The keyring on this computer is not available right now.</source>
        <translation>De sleutelbos op deze computer is nu niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="79"/>
        <source>No keyring could be loaded on this computer.</source>
        <translation>Er kon geen sleutelbos geladen worden op deze computer.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="92"/>
        <source>There is no keyring on this computer (for example no GNOME Keyring or KWallet is running).</source>
        <translation>Er is geen sleutelbos op deze computer (bijvoorbeeld: GNOME Keyring of KWallet draait niet).</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="212"/>
        <source>No safe place for the key was found on this computer (no keyring service is running).</source>
        <translation>Op deze computer is geen veilige plek voor de sleutel gevonden (er draait geen sleutelbos-dienst).</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="214"/>
        <source>The keyring on this computer does not encrypt secrets safely, so Locator will not use it.</source>
        <translation>De sleutelbos van deze computer versleutelt geheimen niet veilig, dus Locator gebruikt hem niet.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/store.py" line="322"/>
        <source>There is no attachment number {n}.</source>
        <extracomment>UnknownCase</extracomment>
        <translation>Er is geen bijlage met nummer {n}.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="105"/>
        <source>the file is cut short</source>
        <extracomment>DamagedVault</extracomment>
        <translation>het bestand is afgebroken</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="139"/>
        <source>Choose a passphrase: the vault cannot be created without one.</source>
        <extracomment>WrongPassphrase</extracomment>
        <translation>Kies een wachtzin: zonder wachtzin kan de kluis niet aangemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="198"/>
        <location filename="../../locator/storage/vault.py" line="201"/>
        <location filename="../../locator/storage/vault.py" line="351"/>
        <source>an integrity check failed</source>
        <extracomment>DamagedVault</extracomment>
        <translation>een integriteitscontrole is mislukt</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="254"/>
        <source>the full check found damage, so editing is locked</source>
        <extracomment>DamagedVault</extracomment>
        <translation>de volledige controle vond schade, dus bewerken is geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="256"/>
        <source>The vault file was moved, renamed or deleted while Locator was open. Nothing more was saved. Lock Locator and open the vault where it is now, or restore a backup.</source>
        <extracomment>VaultMissing</extracomment>
        <translation>Het bestand van de kluis werd verplaatst, hernoemd of verwijderd terwijl Locator open was. Er werd niets meer opgeslagen. Vergrendel Locator en open de kluis waar ze nu staat, of zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="281"/>
        <source>The new passphrase cannot be empty.</source>
        <extracomment>WrongPassphrase</extracomment>
        <translation>De nieuwe wachtzin mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="604"/>
        <location filename="../../locator/storage/vault.py" line="615"/>
        <source>the file could not be read or written</source>
        <extracomment>DamagedVault</extracomment>
        <translation>het bestand kon niet gelezen of geschreven worden</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="614"/>
        <source>The vault is in use by another copy of Locator. Close it there first.</source>
        <extracomment>VaultExists</extracomment>
        <translation>De kluis is in gebruik door een ander geopend Locator. Sluit ze daar eerst.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="8"/>
        <source>The team folder could not be used.</source>
        <extracomment>TeamError</extracomment>
        <translation>De teammap kon niet gebruikt worden.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="12"/>
        <source>This vault is not part of a team yet. Create one (Share with a team…) or join one with an invitation code.</source>
        <extracomment>NoTeam</extracomment>
        <translation>Deze kluis hoort nog bij geen team. Maak er een (Delen met een team…) of word lid van een team met een uitnodigingscode.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="17"/>
        <source>This vault is already part of a team. Nothing was changed.</source>
        <extracomment>AlreadyInTeam</extracomment>
        <translation>Deze kluis hoort al bij een team. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="21"/>
        <source>This version of Locator cannot keep a team in this vault yet (its format has no team tables).</source>
        <extracomment>TeamsUnavailable</extracomment>
        <translation>Deze versie van Locator kan in deze kluis nog geen team bijhouden (het formaat heeft geen teamtabellen).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="26"/>
        <source>The team folder cannot be used: {reason}. Check that it exists, is synced and can be written.</source>
        <extracomment>FolderProblem</extracomment>
        <translation>De teammap kan niet gebruikt worden: {reason}. Controleer of ze bestaat, gesynchroniseerd is en of er in geschreven kan worden.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="32"/>
        <source>This invitation code opens no invitation in the team folder. Check the code (letters and digits, dashes do not matter), and that the folder has finished syncing. An invitation can be used once only.</source>
        <extracomment>WrongCode</extracomment>
        <translation>Deze uitnodigingscode opent geen uitnodiging in de teammap. Controleer de code (letters en cijfers, streepjes tellen niet mee) en of de map klaar is met synchroniseren. Een uitnodiging werkt maar één keer.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="38"/>
        <source>This invitation has expired (an invitation lasts a week). Ask for a new code.</source>
        <extracomment>ExpiredCode</extracomment>
        <translation>Deze uitnodiging is verlopen (een uitnodiging geldt een week). Vraag een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="43"/>
        <source>Case {case_id} cannot be shared: the person's consent to share with referents is not recorded as yes. Ask them first, then record it.</source>
        <extracomment>NoConsent</extracomment>
        <translation>Dossier {case_id} kan niet gedeeld worden: de toestemming van de persoon om te delen met referenten staat niet op “ja”. Vraag het eerst en noteer het dan.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="48"/>
        <source>There is no team member called {name}.</source>
        <extracomment>UnknownMember</extracomment>
        <translation>Er is geen teamlid dat {name} heet.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="52"/>
        <source>The change file {name} was refused: {reason} Nothing of it was applied.</source>
        <extracomment>RefusedFile</extracomment>
        <translation>Het wijzigingsbestand {name} werd geweigerd: {reason} Er werd niets van toegepast.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="60"/>
        <source>it is not a Locator change file (or it is cut short).</source>
        <translation>het is geen wijzigingsbestand van Locator (of het is afgekapt).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="61"/>
        <source>it belongs to another team (written with another team's key).</source>
        <translation>het hoort bij een ander team (geschreven met de sleutel van een ander team).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="62"/>
        <source>it was changed or cut short after it was written (its signature does not match); it may still be arriving: sync again later.</source>
        <translation>het werd gewijzigd of afgekapt nadat het geschreven werd (de handtekening klopt niet); misschien komt het nog binnen: synchroniseer later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="64"/>
        <source>its author is not a member of this team.</source>
        <translation>de auteur is geen lid van dit team.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="65"/>
        <source>its author was removed from the team before writing it.</source>
        <translation>de auteur werd uit het team verwijderd voordat die het schreef.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="66"/>
        <source>it is not where its author wrote it (renamed or copied into another stream).</source>
        <translation>het staat niet waar de auteur het schreef (hernoemd of naar een andere stroom gekopieerd).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="67"/>
        <source>it is locked with a team key this device does not have (was it removed?).</source>
        <translation>het is vergrendeld met een teamsleutel die dit toestel niet heeft (werd het verwijderd?).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="68"/>
        <source>it holds data this version of Locator cannot read.</source>
        <translation>het bevat gegevens die deze versie van Locator niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../../locator/team/members.py" line="76"/>
        <source>it is not a folder</source>
        <extracomment>FolderProblem</extracomment>
        <translation>het is geen map</translation>
    </message>
    <message>
        <location filename="../../locator/team/members.py" line="78"/>
        <source>it cannot be written</source>
        <extracomment>FolderProblem</extracomment>
        <translation>er kan niet in geschreven worden</translation>
    </message>
    <message>
        <location filename="../../locator/team/members.py" line="195"/>
        <source>This device cannot remove itself; ask another member.</source>
        <extracomment>UnknownMember</extracomment>
        <translation>Dit toestel kan zichzelf niet verwijderen; vraag het aan een ander lid.</translation>
    </message>
    <message>
        <location filename="../../locator/team/sync.py" line="383"/>
        <source>there is no streams folder in it</source>
        <extracomment>FolderProblem</extracomment>
        <translation>er staat geen map streams in</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="65"/>
        <source>GVO</source>
        <translation>GVO</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="65"/>
        <source>the lawyer</source>
        <translation>de advocaat</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="66"/>
        <source>a centre referent</source>
        <translation>een referent van een centrum</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="66"/>
        <source>a visitor</source>
        <translation>een bezoeker</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="67"/>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="68"/>
        <source>text copied</source>
        <translation>tekst gekopieerd</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="68"/>
        <source>saved as a PDF</source>
        <translation>als pdf bewaard</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="69"/>
        <source>handed to the mail program</source>
        <translation>aan het mailprogramma gegeven</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="72"/>
        <source>recorded as sent by an earlier version of Locator, which did not ask — it may only have been prepared</source>
        <translation>als verstuurd genoteerd door een vroegere versie van Locator, die het niet vroeg — het kan alleen voorbereid zijn</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="75"/>
        <source>asked to look for them</source>
        <translation>gevraagd om te zoeken</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="76"/>
        <source>told where they are held</source>
        <translation>laten weten waar de persoon vastzit</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="77"/>
        <source>asked for a lawyer</source>
        <translation>om een advocaat gevraagd</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="78"/>
        <source>told what happened</source>
        <translation>laten weten wat er gebeurd is</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="79"/>
        <source>told about the flight</source>
        <translation>ingelicht over de vlucht</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="80"/>
        <source>asked for support at the flight</source>
        <translation>om steun bij de vlucht gevraagd</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="84"/>
        <source>(only if this is the first removal measure)</source>
        <translation>(alleen als dit de eerste verwijderingsmaatregel is)</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="85"/>
        <source>(only if the refused application was not a new one made in detention)</source>
        <translation>(alleen als het geweigerde verzoek geen nieuw verzoek was dat tijdens de vasthouding ingediend werd)</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="88"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="88"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="88"/>
        <source>opened again</source>
        <translation>heropend</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="100"/>
        <source>{centre}: {answer}</source>
        <translation>{centre}: {answer}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="103"/>
        <source>{centre}, {day}: {visitor}</source>
        <translation>{centre}, {day}: {visitor}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="106"/>
        <source>phone handed over</source>
        <translation>telefoon afgegeven</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="113"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="116"/>
        <source> (centre: {centre})</source>
        <translation> (centrum: {centre})</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="124"/>
        <source>Correction: {text}</source>
        <translation>Correctie: {text}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="150"/>
        <source>{day} at {time}</source>
        <translation>{day} om {time}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="152"/>
        <source>sent on {when} by {by}</source>
        <translation>verstuurd op {when} door {by}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="153"/>
        <source>sent on {when}</source>
        <translation>verstuurd op {when}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="156"/>
        <source>prepared, not sent yet</source>
        <translation>voorbereid, nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="157"/>
        <source>prepared ({how}), not sent yet</source>
        <translation>voorbereid ({how}), nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="164"/>
        <source>Email: {state}</source>
        <translation>E-mail: {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="166"/>
        <source>To {to}: {purpose}</source>
        <translation>Aan {to}: {purpose}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="173"/>
        <source>Lawyer brief: {state}</source>
        <translation>Fiche voor de advocaat: {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="174"/>
        <source>Lawyer brief for {to}: {state}</source>
        <translation>Fiche voor de advocaat aan {to}: {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="191"/>
        <source>“{step}”: {n} of {total} ticked</source>
        <translation>“{step}”: {n} van {total} aangevinkt</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="193"/>
        <source>“{step}”: {state}</source>
        <translation>“{step}”: {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="200"/>
        <source>{title}: started, last day {due}</source>
        <translation>{title}: gestart, laatste dag: {due}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="203"/>
        <source>(only as a possibility)</source>
        <translation>(alleen als mogelijkheid)</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="206"/>
        <source>{title}: last day moved from {old} to {due}</source>
        <translation>{title}: laatste dag verschoven van {old} naar {due}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="209"/>
        <source>{title}: filed on {on} by {by}</source>
        <translation>{title}: ingediend op {on} door {by}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="214"/>
        <source>{title}: set aside as not applicable — {reason}</source>
        <translation>{title}: opzijgezet, niet van toepassing — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="115"/>
        <source>give the day it was filed: type it (YYYY-MM-DD) or pick it in the calendar</source>
        <extracomment>FieldError</extracomment>
        <translation>geef de dag van indiening: typ hem (JJJJ-MM-DD) of kies hem in de kalender</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="304"/>
        <source>choose an answer ("Don't know" is one)</source>
        <extracomment>FieldError</extracomment>
        <translation>kies een antwoord (“Weet ik niet” is er ook een)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="305"/>
        <source>choose one</source>
        <extracomment>FieldError</extracomment>
        <translation>kies er een</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="309"/>
        <source>give the date it was handed over: type it or pick it in the calendar</source>
        <extracomment>FieldError</extracomment>
        <translation>geef de datum van overhandiging: typ hem of kies hem in de kalender</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="314"/>
        <source>write the time as HH:MM (for example 09:10), or leave it empty if it is not known</source>
        <extracomment>FieldError</extracomment>
        <translation>schrijf het uur als UU:MM (bijvoorbeeld 09:10), of laat het leeg als het niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="320"/>
        <source>this date and time is in the future</source>
        <extracomment>FieldError</extracomment>
        <translation>deze datum en dit uur liggen in de toekomst</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="325"/>
        <source>files up to 50 MB can be kept in the vault</source>
        <extracomment>FieldError</extracomment>
        <translation>de kluis kan bestanden tot 50 MB bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="26"/>
        <source>Choose a passphrase different from your vault's: the copy is for someone else, who must not be able to open your vault.</source>
        <extracomment>SamePassphrase</extracomment>
        <translation>Kies een andere wachtzin dan die van je kluis: de kopie is voor iemand anders, die je kluis niet mag kunnen openen.</translation>
    </message>
    <message>
        <source>The keyring on this computer ({name}) does not encrypt secrets safely, so Locator will not use it.</source>
        <translation type="vanished">De sleutelbos op deze computer ({name}) versleutelt geheimen niet veilig, dus Locator gebruikt hem niet.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="41"/>
        <source>Missing</source>
        <translation>Vermist</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="42"/>
        <source>At a police station</source>
        <translation>Op een politiekantoor</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="43"/>
        <source>Detained in a centre</source>
        <translation>Vastgehouden in een gesloten centrum</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="44"/>
        <source>Released</source>
        <translation>Vrijgelaten</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="45"/>
        <location filename="../../ui/common/labels.py" line="120"/>
        <source>Deported</source>
        <translation>Uitgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="46"/>
        <source>Transferred</source>
        <translation>Overgebracht</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="47"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="52"/>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="53"/>
        <location filename="../../ui/common/labels.py" line="108"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="53"/>
        <location filename="../../ui/common/labels.py" line="108"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="57"/>
        <source>Not known yet</source>
        <translation>Nog niet gekend</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="58"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="58"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="63"/>
        <source>Order to leave (OQT, e.g. annexe 13 or 13septies)</source>
        <translation>Bevel om het grondgebied te verlaten (BGV, bv. bijlage 13 of 13septies)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="64"/>
        <source>Detention decision</source>
        <translation>Beslissing tot vasthouding</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="65"/>
        <source>Removal measure with imminent execution</source>
        <translation>Verwijderingsmaatregel waarvan de uitvoering nakend is</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="66"/>
        <source>Dublin transfer (annexe 26quater)</source>
        <translation>Dublinoverdracht (bijlage 26quater)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="67"/>
        <source>Dublin: detention while another country is asked</source>
        <translation>Dublin: vasthouding terwijl een ander land gevraagd wordt</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="69"/>
        <source>Dublin: the other country accepted (date on the annexe 26quater)</source>
        <translation>Dublin: het andere land aanvaardde (datum op de bijlage 26quater)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="71"/>
        <source>Asylum refused</source>
        <translation>Asiel geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="72"/>
        <source>Entry refused</source>
        <translation>Toegang geweigerd (terugdrijving)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="73"/>
        <source>Detention extended: first extension (2 months)</source>
        <translation>Vasthouding verlengd: eerste verlenging (2 maanden)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="75"/>
        <source>Detention extended again: second extension (1 month, by the minister)</source>
        <translation>Vasthouding opnieuw verlengd: tweede verlenging (1 maand, door de minister)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="77"/>
        <source>Detention extended beyond 5 months (public order or national security)</source>
        <translation>Vasthouding verlengd tot meer dan 5 maanden (openbare orde of nationale veiligheid)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="79"/>
        <source>Entry ban (annexe 13sexies)</source>
        <translation>Inreisverbod (bijlage 13sexies)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="80"/>
        <source>Council chamber's order on the detention</source>
        <translation>Beschikking van de raadkamer over de vasthouding</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="81"/>
        <source>Chamber of indictment's decision on the detention</source>
        <translation>Beslissing van de kamer van inbeschuldigingstelling over de vasthouding</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="83"/>
        <source>Judgment of the CCE/RvV</source>
        <translation>Arrest van de RvV</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="84"/>
        <source>France: OQTF in a detention centre (CRA)</source>
        <translation>Frankrijk: OQTF in een detentiecentrum (CRA)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="85"/>
        <source>France: OQTF with house arrest or in prison</source>
        <translation>Frankrijk: OQTF bij huisarrest of in de gevangenis</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="87"/>
        <source>France: placement in a detention centre (CRA)</source>
        <translation>Frankrijk: plaatsing in een detentiecentrum (CRA)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="89"/>
        <source>France: the judge's order on the detention</source>
        <translation>Frankrijk: de beschikking van de rechter over de vasthouding</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="90"/>
        <source>France: OQTF notified earlier, still open when placed in a CRA</source>
        <translation>Frankrijk: OQTF eerder meegedeeld, beroep nog mogelijk bij de plaatsing in een CRA</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="92"/>
        <source>France: Dublin transfer decision in a detention centre (CRA)</source>
        <translation>Frankrijk: Dublinoverdrachtsbeslissing in een detentiecentrum (CRA)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="94"/>
        <source>Other decision</source>
        <translation>Andere beslissing</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="99"/>
        <source>Handed over</source>
        <translation>Persoonlijk overhandigd</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="100"/>
        <source>Registered letter with acknowledgment of receipt</source>
        <translation>Aangetekend met ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="101"/>
        <source>Registered letter without acknowledgment of receipt</source>
        <translation>Aangetekend zonder ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="103"/>
        <source>Ordinary post</source>
        <translation>Gewone post</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="107"/>
        <source>Don't know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="112"/>
        <location filename="../../ui/common/labels.py" line="117"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="112"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="113"/>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="118"/>
        <source>Refused to board</source>
        <translation>Weigerde in te stappen</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="119"/>
        <source>Brought back</source>
        <translation>Teruggebracht naar het centrum</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="125"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="125"/>
        <source>Host</source>
        <translation>Gastgezin</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="126"/>
        <source>Friend</source>
        <translation>Vriend(in)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="126"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="127"/>
        <source>Centre referent</source>
        <translation>Referent van het centrum</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="128"/>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="129"/>
        <source>Fellow detainee</source>
        <translation>Medegedetineerde</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="130"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="136"/>
        <source>Case opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="136"/>
        <source>Call</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="137"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="137"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="138"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="139"/>
        <source>Status changed</source>
        <translation>Situatie gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="140"/>
        <source>Decision recorded</source>
        <translation>Beslissing genoteerd</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="141"/>
        <source>Deportation attempt</source>
        <translation>Uitwijzingspoging</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="142"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="142"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="143"/>
        <source>Attachment added</source>
        <translation>Bijlage toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="144"/>
        <source>Lawyer brief sent</source>
        <translation>Fiche naar de advocaat verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="145"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="145"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="146"/>
        <source>Read from a document</source>
        <translation>Uit een document gelezen</translation>
    </message>
    <message>
        <source>Order to leave (OQT)</source>
        <translation type="vanished">Bevel om het grondgebied te verlaten (BGV)</translation>
    </message>
    <message>
        <source>Removal measure (e.g. annexe 13septies)</source>
        <translation type="vanished">Verwijderingsmaatregel (bv. bijlage 13septies)</translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation type="vanished">Dublinoverdracht</translation>
    </message>
    <message>
        <source>Detention extended</source>
        <translation type="vanished">Vasthouding verlengd</translation>
    </message>
    <message>
        <source>Registered letter (signed for)</source>
        <translation type="vanished">Aangetekende brief (met handtekening)</translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="vanished">Met de post</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Before any arrest</source>
        <extracomment>phase prepare: title</extracomment>
        <translation>Voor een arrestatie</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A few things to prepare now make it much easier to find someone later.</source>
        <extracomment>phase prepare: summary</extracomment>
        <translation>Een paar dingen die je nu voorbereidt, maken het veel makkelijker om iemand later terug te vinden.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The arrest is known</source>
        <extracomment>phase arrest: title</extracomment>
        <translation>De arrestatie is gekend</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know they were arrested, or where they are held by the police.</source>
        <extracomment>phase arrest: summary</extracomment>
        <translation>Je weet dat de persoon gearresteerd werd, of waar de politie hem of haar vasthoudt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The first 24 hours</source>
        <extracomment>phase first-24-hours: title</extracomment>
        <translation>De eerste 24 uur</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Someone has not come home. Often there is a simple reason.</source>
        <extracomment>phase first-24-hours: summary</extracomment>
        <translation>Iemand is niet thuisgekomen. Vaak is er een eenvoudige reden.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Find out where they are held</source>
        <extracomment>phase locate: title</extracomment>
        <translation>Uitzoeken waar de persoon vastgehouden wordt</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the detention centres, or ask GVO for help.</source>
        <extracomment>phase locate: summary</extracomment>
        <translation>Bel de gesloten centra, of vraag GVO om hulp.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have been found</source>
        <extracomment>phase located: title</extracomment>
        <translation>De persoon is gevonden</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Help them from outside. Nobody has to do everything.</source>
        <extracomment>phase located: summary</extracomment>
        <translation>Help van buitenaf. Niemand hoeft alles te doen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A lawyer</source>
        <extracomment>phase lawyer: title</extracomment>
        <translation>Een advocaat</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>If they want a lawyer, act fast. Some appeals have short deadlines.</source>
        <extracomment>phase lawyer: summary</extracomment>
        <translation>Als de persoon een advocaat wil, handel dan snel. Sommige beroepen hebben korte termijnen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Release, flights or deportation</source>
        <extracomment>phase outcome: title</extracomment>
        <translation>Vrijlating, vluchten of uitwijzing</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO what happened. A flight ticket means telling the lawyer at once.</source>
        <extracomment>phase outcome: summary</extracomment>
        <translation>Laat GVO weten wat er gebeurd is. Een vliegticket: verwittig meteen de advocaat.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Keep a copy of their papers</source>
        <extracomment>step keep-papers-copy: title (a short heading)</extracomment>
        <translation>Een kopie van de papieren bewaren</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask them if you may keep a copy of their order to leave (OQT) or passport. If they agree, add a photo or scan to this case. It stays encrypted.</source>
        <extracomment>step keep-papers-copy: what to do</extracomment>
        <translation>Vraag of je een kopie mag bewaren van het bevel om het grondgebied te verlaten of van het paspoort. Als de persoon akkoord gaat, voeg dan een foto of scan toe aan dit dossier. Die blijft versleuteld.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The copy gives their name, first name, nationality and date of birth as the authorities know them. Centres and lawyers need exactly these.</source>
        <extracomment>step keep-papers-copy: why (shown after “Why:”)</extracomment>
        <translation>De kopie toont de naam, voornaam, nationaliteit en geboortedatum zoals de overheid ze kent. Centra en advocaten hebben precies die gegevens nodig.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down the identity on record</source>
        <extracomment>step write-recorded-identity: title (a short heading)</extracomment>
        <translation>De geregistreerde identiteit noteren</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>If there is no copy of their papers, write down the name, nationality and date of birth they gave to the police or that go with their fingerprints. Write down their real identity too, if it is different.</source>
        <extracomment>step write-recorded-identity: what to do</extracomment>
        <translation>Als er geen kopie van de papieren is, noteer dan de naam, nationaliteit en geboortedatum die aan de politie gegeven werden of die bij de vingerafdrukken horen. Noteer ook de echte identiteit, als die anders is.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Centres search by the name on record. It can be different from the real one.</source>
        <extracomment>step write-recorded-identity: why (shown after “Why:”)</extracomment>
        <translation>Centra zoeken op de geregistreerde naam. Die kan verschillen van de echte.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell them their rights</source>
        <extracomment>step tell-them-their-rights: title (a short heading)</extracomment>
        <translation>De persoon zijn of haar rechten uitleggen</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell them what can happen if they are arrested. They have the right to one phone call, to a lawyer and to visits. Ask them to learn your phone number by heart, or to carry it with them.</source>
        <extracomment>step tell-them-their-rights: what to do</extracomment>
        <translation>Leg uit wat er kan gebeuren bij een arrestatie. De persoon heeft recht op één telefoontje, op een advocaat en op bezoek. Vraag om je telefoonnummer vanbuiten te leren, of het altijd bij zich te hebben.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Their phone is taken away at arrest. Your number may be their only way to reach someone.</source>
        <extracomment>step tell-them-their-rights: why (shown after “Why:”)</extracomment>
        <translation>Bij een arrestatie wordt de telefoon afgenomen. Jouw nummer is misschien de enige manier om iemand te bereiken.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down what you know</source>
        <extracomment>step find-out-status: title (a short heading)</extracomment>
        <translation>Noteren wat je weet</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Are they missing, at a police station, or in a detention centre? Choose what you know in the case. If you really do not know, skip this step.</source>
        <extracomment>step find-out-status: what to do</extracomment>
        <translation>Is de persoon vermist, op een politiekantoor of in een gesloten centrum? Kies in het dossier wat je weet. Als je het echt niet weet, sla deze stap dan over.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The next steps depend on where they are.</source>
        <extracomment>step find-out-status: why (shown after “Why:”)</extracomment>
        <translation>De volgende stappen hangen af van waar de persoon is.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call or go to the police station</source>
        <extracomment>step go-to-police-station: title (a short heading)</extracomment>
        <translation>Het politiekantoor bellen of erheen gaan</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the police station or go there. If other people are held there too, gather friends and go together to ask for their release.</source>
        <extracomment>step go-to-police-station: what to do</extracomment>
        <translation>Bel het politiekantoor of ga erheen. Als er nog andere mensen vastgehouden worden, verzamel dan vrienden en ga samen hun vrijlating vragen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Going together to ask for someone's release has worked before.</source>
        <extracomment>step go-to-police-station: why (shown after “Why:”)</extracomment>
        <translation>Samen iemands vrijlating gaan vragen, heeft al eerder gewerkt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>When they call, ask two things</source>
        <extracomment>step ask-registered-name: title (a short heading)</extracomment>
        <translation>Als de persoon belt, vraag twee dingen</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They may be allowed one call when they are moved to a centre. Ask where they are. Ask for the exact name they gave to the police, and write it down.</source>
        <extracomment>step ask-registered-name: what to do</extracomment>
        <translation>Misschien mag de persoon één keer bellen bij de overbrenging naar een centrum. Vraag waar hij of zij is. Vraag de precieze naam die aan de politie gegeven werd, en noteer die.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Centres and lawyers look for them under that name, not under the name friends use.</source>
        <extracomment>step ask-registered-name: why (shown after “Why:”)</extracomment>
        <translation>Centra en advocaten zoeken de persoon onder die naam, niet onder de naam die vrienden gebruiken.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>When did someone last hear from them?</source>
        <extracomment>step record-last-contact: title (a short heading)</extracomment>
        <translation>Wanneer had iemand het laatst nieuws?</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down the day and time someone last saw them or heard from them.</source>
        <extracomment>step record-last-contact: what to do</extracomment>
        <translation>Noteer de dag en het uur waarop iemand de persoon het laatst zag of iets van hem of haar hoorde.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The police can hold someone for 24 hours before deciding. The app counts those hours for you.</source>
        <extracomment>step record-last-contact: why (shown after “Why:”)</extracomment>
        <translation>De politie mag iemand 24 uur vasthouden voor ze beslist. De app telt die uren voor je.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Be patient for the first 24 hours</source>
        <extracomment>step wait-first-24-hours: title (a short heading)</extracomment>
        <translation>Geduld hebben tijdens de eerste 24 uur</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Their phone may be flat or lost. Ask people who know them. Tick off who you asked. If 24 hours have passed without news, the next step opens by itself.</source>
        <extracomment>step wait-first-24-hours: what to do</extracomment>
        <translation>Misschien is de telefoon leeg of kwijt. Vraag het aan mensen die de persoon kennen. Vink aan wie je het vroeg. Als er 24 uur voorbij zijn zonder nieuws, opent de volgende stap vanzelf.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Often there is a simple reason. If the police took them, they decide within 24 hours: release, or transfer to a detention centre.</source>
        <extracomment>step wait-first-24-hours: why (shown after “Why:”)</extracomment>
        <translation>Vaak is er een eenvoudige reden. Als de politie de persoon meenam, beslist ze binnen 24 uur: vrijlating, of overbrenging naar een gesloten centrum.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I asked their friends and people they know.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>Ik vroeg het aan vrienden en kennissen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I asked other hosts who know them.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>Ik vroeg het aan andere gastgezinnen die de persoon kennen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I checked whether they planned a trip.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>Ik ging na of er een reis gepland was.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I checked whether they had an accident or are in hospital.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>Ik ging na of er een ongeval was of of de persoon in het ziekenhuis ligt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down where they are held</source>
        <extracomment>step record-where-found: title (a short heading)</extracomment>
        <translation>Noteren waar de persoon vastgehouden wordt</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A centre said they hold them. Choose that centre in the case, and set the status to "detained".</source>
        <extracomment>step record-where-found: what to do</extracomment>
        <translation>Een centrum zei dat de persoon er vastgehouden wordt. Kies dat centrum in het dossier, en zet de situatie op “vastgehouden”.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Then the app can show you how to help them there.</source>
        <extracomment>step record-where-found: why (shown after “Why:”)</extracomment>
        <translation>Dan kan de app tonen hoe je daar kunt helpen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the Caricole centre first</source>
        <extracomment>step call-caricole: title (a short heading)</extracomment>
        <translation>Eerst het centrum Caricole bellen</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call Caricole. They will ask for the last name, first name and nationality. Read them out exactly as the app shows them. Write down what they answer.</source>
        <extracomment>step call-caricole: what to do</extracomment>
        <translation>Bel Caricole. Ze vragen naar de achternaam, voornaam en nationaliteit. Lees ze precies voor zoals de app ze toont. Noteer wat ze antwoorden.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>In principle, Caricole keeps the list of everyone held in the closed centres.</source>
        <extracomment>step call-caricole: why (shown after “Why:”)</extracomment>
        <translation>In principe houdt Caricole de lijst bij van iedereen die in de gesloten centra vastgehouden wordt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call every other centre</source>
        <extracomment>step call-every-centre: title (a short heading)</extracomment>
        <translation>Alle andere centra bellen</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the other centres one by one, and write down each answer. If nobody answers, or they ask you to call back, call again later.</source>
        <extracomment>step call-every-centre: what to do</extracomment>
        <translation>Bel de andere centra één voor één, en noteer elk antwoord. Als niemand opneemt, of als ze vragen om terug te bellen, bel dan later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Caricole's list is not always complete. A "not found" there does not mean they are not held somewhere else.</source>
        <extracomment>step call-every-centre: why (shown after “Why:”)</extracomment>
        <translation>De lijst van Caricole is niet altijd volledig. Een “niet gevonden” daar betekent niet dat de persoon niet ergens anders vastgehouden wordt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>No centre says they hold them</source>
        <extracomment>step nobody-found: title (a short heading)</extracomment>
        <translation>Geen enkel centrum zegt dat de persoon er is</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Every centre has answered, and none said they hold them. This does not mean they are free. Wait a day and call the centres again. Email GVO too: they compare the calls they get and may know more.</source>
        <extracomment>step nobody-found: what to do</extracomment>
        <translation>Alle centra hebben geantwoord, en geen enkel zei dat de persoon er is. Dat betekent niet dat hij of zij vrij is. Wacht een dag en bel de centra opnieuw. Mail ook GVO: zij vergelijken de oproepen die ze krijgen en weten misschien meer.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Lists are not always up to date, and a name can be written in another way.</source>
        <extracomment>step nobody-found: why (shown after “Why:”)</extracomment>
        <translation>Lijsten zijn niet altijd bijgewerkt, en een naam kan op een andere manier geschreven zijn.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask GVO to look for them</source>
        <extracomment>step email-gvo-alias: title (a short heading)</extracomment>
        <translation>GVO vragen om de persoon te zoeken</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO what you know: the name friends use, what they look like, when and where they were last seen. The app writes the email for you. If you learn the name on their papers and their nationality, add them to the case: then you can call the centres yourself.</source>
        <extracomment>step email-gvo-alias: what to do</extracomment>
        <translation>Mail GVO wat je weet: de naam die vrienden gebruiken, hoe de persoon eruitziet, wanneer en waar hij of zij het laatst gezien werd. De app schrijft de e-mail voor je. Als je de naam op de papieren en de nationaliteit te weten komt, voeg ze dan toe aan het dossier: dan kun je de centra zelf bellen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Centres search by registered name and nationality. GVO can compare your information with other calls they get.</source>
        <extracomment>step email-gvo-alias: why (shown after “Why:”)</extracomment>
        <translation>Centra zoeken op geregistreerde naam en nationaliteit. GVO kan jouw informatie vergelijken met andere oproepen die ze krijgen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Wait for news, and keep asking</source>
        <extracomment>step wait-for-news: title (a short heading)</extracomment>
        <translation>Wachten op nieuws, en blijven vragen</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Keep asking people who know them. Answer GVO if they write back. When you learn where they are, write it in the case.</source>
        <extracomment>step wait-for-news: what to do</extracomment>
        <translation>Blijf het vragen aan mensen die de persoon kennen. Antwoord GVO als ze terugschrijven. Als je te weten komt waar de persoon is, noteer het in het dossier.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>News often comes from a phone call, a friend or GVO.</source>
        <extracomment>step wait-for-news: why (shown after “Why:”)</extracomment>
        <translation>Nieuws komt vaak via een telefoontje, een vriend of GVO.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO where they are</source>
        <extracomment>step tell-gvo-detained: title (a short heading)</extracomment>
        <translation>GVO laten weten waar de persoon is</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO their name, nationality and the centre. The app writes the email for you. GVO can put you in touch with a visitor or the centre's referent.</source>
        <extracomment>step tell-gvo-detained: what to do</extracomment>
        <translation>Mail GVO de naam, de nationaliteit en het centrum. De app schrijft de e-mail voor je. GVO kan je in contact brengen met een bezoeker of met de referent van het centrum.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>GVO keeps an overview of people held, and knows lawyers and visitors.</source>
        <extracomment>step tell-gvo-detained: why (shown after “Why:”)</extracomment>
        <translation>GVO houdt een overzicht bij van de mensen die vastgehouden worden, en kent advocaten en bezoekers.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Get them a phone without a camera</source>
        <extracomment>step phone-without-camera: title (a short heading)</extracomment>
        <translation>Een telefoon zonder camera bezorgen</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Bring them a simple phone without a camera: phones with a camera are usually not allowed. They may ask to keep their own SIM card. Or find a fellow detainee who is willing to take calls for them. Write down the number.</source>
        <extracomment>step phone-without-camera: what to do</extracomment>
        <translation>Breng een eenvoudige telefoon zonder camera: telefoons met een camera zijn meestal niet toegelaten. De persoon mag vragen om de eigen simkaart te houden. Of zoek een medegedetineerde die oproepen wil aannemen. Noteer het nummer.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>With a phone they can tell you what happens, and you can reach them.</source>
        <extracomment>step phone-without-camera: why (shown after “Why:”)</extracomment>
        <translation>Met een telefoon kan de persoon je vertellen wat er gebeurt, en kun jij hem of haar bereiken.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Visit them</source>
        <extracomment>step visit: title (a short heading)</extracomment>
        <translation>Op bezoek gaan</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Visit them, and bring belongings if you can. Each centre has its own rules. Share car rides and belongings through the centre's chat group.</source>
        <extracomment>step visit: what to do</extracomment>
        <translation>Ga op bezoek, en breng spullen mee als je kunt. Elk centrum heeft zijn eigen regels. Deel autoritten en spullen via de chatgroep van het centrum.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A visit breaks their isolation. It is also the time to learn what happened.</source>
        <extracomment>step visit: why (shown after “Why:”)</extracomment>
        <translation>Een bezoek doorbreekt het isolement. Het is ook het moment om te horen wat er gebeurd is.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask them if they want a lawyer</source>
        <extracomment>step ask-about-lawyer: title (a short heading)</extracomment>
        <translation>Vragen of de persoon een advocaat wil</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask them what happened, and whether they want a lawyer. Ask also if they agree that you share their details with GVO and a lawyer. Write down their answers.</source>
        <extracomment>step ask-about-lawyer: what to do</extracomment>
        <translation>Vraag wat er gebeurd is, en of de persoon een advocaat wil. Vraag ook of hij of zij akkoord gaat dat je de gegevens deelt met GVO en een advocaat. Noteer de antwoorden.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A lawyer who knows migration law can find mistakes in the papers that may free them.</source>
        <extracomment>step ask-about-lawyer: why (shown after “Why:”)</extracomment>
        <translation>Een advocaat die het vreemdelingenrecht kent, kan fouten in de papieren vinden die tot vrijlating kunnen leiden.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Send their details to GVO for a lawyer, now</source>
        <extracomment>step send-to-gvo-for-lawyer: title (a short heading)</extracomment>
        <translation>De gegevens nu naar GVO sturen voor een advocaat</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO what the lawyer needs, as soon as you can. The app puts it in order: the registered name, nationality, centre, OE number, birth date, date and place of arrest, and the language of the case. Send what you have now; add the rest later.</source>
        <extracomment>step send-to-gvo-for-lawyer: what to do</extracomment>
        <translation>Mail GVO zo snel mogelijk wat de advocaat nodig heeft. De app zet het op een rij: de geregistreerde naam, nationaliteit, het centrum, het DVZ-nummer, de geboortedatum, datum en plaats van de arrestatie, en de taal van het dossier. Stuur nu wat je hebt; voeg de rest later toe.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Some appeals must be made within 10 days, sometimes within 5 days. GVO knows lawyers who work on these cases.</source>
        <extracomment>step send-to-gvo-for-lawyer: why (shown after “Why:”)</extracomment>
        <translation>Sommige beroepen moeten binnen 10 dagen ingediend worden, soms binnen 5 dagen. GVO kent advocaten die zulke dossiers volgen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down the papers they received</source>
        <extracomment>step record-papers: title (a short heading)</extracomment>
        <translation>De ontvangen papieren noteren</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask which papers they were given, such as an order to leave or a detention decision. Write down each one with the day it was handed over. A photo helps.</source>
        <extracomment>step record-papers: what to do</extracomment>
        <translation>Vraag welke papieren de persoon kreeg, zoals een bevel om het grondgebied te verlaten of een beslissing tot vasthouding. Noteer elk papier met de dag waarop het overhandigd werd. Een foto helpt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The day a paper is handed over starts the deadline to appeal against it.</source>
        <extracomment>step record-papers: why (shown after “Why:”)</extracomment>
        <translation>De dag waarop een papier overhandigd wordt, start de termijn om er beroep tegen in te dienen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Give the lawyer what they need</source>
        <extracomment>step lawyer-brief: title (a short heading)</extracomment>
        <translation>De advocaat geven wat hij of zij nodig heeft</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>When you know who their lawyer is, write down the lawyer's name and contact. Send the lawyer the brief the app prepares. Encourage your friend to follow the case with the lawyer to the end.</source>
        <extracomment>step lawyer-brief: what to do</extracomment>
        <translation>Als je weet wie de advocaat is, noteer dan de naam en de contactgegevens. Stuur de advocaat de fiche die de app voorbereidt. Moedig je vriend(in) aan om de zaak met de advocaat tot het einde te volgen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Giving up halfway only helps the Immigration Office.</source>
        <extracomment>step lawyer-brief: why (shown after “Why:”)</extracomment>
        <translation>Halverwege opgeven helpt alleen de Dienst Vreemdelingenzaken.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell the lawyer now</source>
        <extracomment>step tell-lawyer-flight: title (a short heading)</extracomment>
        <translation>De advocaat nu verwittigen</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have a flight ticket, or there was an attempt to deport them. Tell their lawyer at once: an appeal may still be possible. If they have no lawyer, email GVO. Write down the date, the flight and what happened.</source>
        <extracomment>step tell-lawyer-flight: what to do</extracomment>
        <translation>De persoon heeft een vliegticket, of er was een poging tot uitwijzing. Verwittig meteen de advocaat: een beroep is misschien nog mogelijk. Als er geen advocaat is, mail dan GVO. Noteer de datum, de vlucht en wat er gebeurd is.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>At the first attempt, a person may refuse to board. They are usually brought back to the centre calmly.</source>
        <extracomment>step tell-lawyer-flight: why (shown after “Why:”)</extracomment>
        <translation>Bij de eerste poging kan iemand weigeren in te stappen. Meestal wordt de persoon dan rustig naar het centrum teruggebracht.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask if they want support at the flight</source>
        <extracomment>step ask-flight-support: title (a short heading)</extracomment>
        <translation>Vragen of de persoon steun wil bij de vlucht</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>If they want it, GVO and the CRER can ask people to talk to the passengers of the flight. Ask them, and email GVO if they say yes.</source>
        <extracomment>step ask-flight-support: what to do</extracomment>
        <translation>Als de persoon dat wil, kunnen GVO en de CRER mensen vragen om met de passagiers van de vlucht te praten. Vraag het, en mail GVO als het antwoord ja is.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Support at the flight is possible, but only if they want it.</source>
        <extracomment>step ask-flight-support: why (shown after “Why:”)</extracomment>
        <translation>Steun bij de vlucht is mogelijk, maar alleen als de persoon dat wil.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO they are free</source>
        <extracomment>step tell-gvo-released: title (a short heading)</extracomment>
        <translation>GVO laten weten dat de persoon vrij is</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO that they were released. If they got an order to leave, keep a copy of it with their permission.</source>
        <extracomment>step tell-gvo-released: what to do</extracomment>
        <translation>Mail GVO dat de persoon vrijgelaten werd. Als hij of zij een bevel om het grondgebied te verlaten kreeg, bewaar er dan een kopie van, met toestemming.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>GVO keeps an overview of what happens to people in the centres.</source>
        <extracomment>step tell-gvo-released: why (shown after “Why:”)</extracomment>
        <translation>GVO houdt een overzicht bij van wat er met mensen in de centra gebeurt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO they were deported</source>
        <extracomment>step tell-gvo-deported: title (a short heading)</extracomment>
        <translation>GVO laten weten dat de persoon uitgewezen werd</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO that they were deported, with the date and the destination if you know them.</source>
        <extracomment>step tell-gvo-deported: what to do</extracomment>
        <translation>Mail GVO dat de persoon uitgewezen werd, met de datum en de bestemming als je die kent.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Stay in touch</source>
        <extracomment>step stay-in-touch: title (a short heading)</extracomment>
        <translation>Contact houden</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Keep in touch with them as much as you can. If they get a flight ticket, record it: the app will tell you to warn the lawyer. When they are released or deported, change the status.</source>
        <extracomment>step stay-in-touch: what to do</extracomment>
        <translation>Hou zo veel mogelijk contact. Als de persoon een vliegticket krijgt, noteer het: de app zal je zeggen de advocaat te verwittigen. Als hij of zij vrijgelaten of uitgewezen wordt, pas dan de situatie aan.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Things can change fast in a detention centre.</source>
        <extracomment>step stay-in-touch: why (shown after “Why:”)</extracomment>
        <translation>In een gesloten centrum kan alles snel veranderen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A detention centre's job is not to help you. Stay calm, be polite, and keep asking.</source>
        <extracomment>warning centre-not-helpful</extracomment>
        <translation>Een gesloten centrum is er niet om jou te helpen. Blijf rustig, wees beleefd, en blijf vragen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The centre's social worker works for the Immigration Office, not for your friend.</source>
        <extracomment>warning social-worker</extracomment>
        <translation>De maatschappelijk werker van het centrum werkt voor de Dienst Vreemdelingenzaken, niet voor je vriend(in).</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>"Not found" does not mean they are free. A centre may not find the name, or may not say.</source>
        <extracomment>warning not-found-is-not-free</extracomment>
        <translation>“Niet gevonden” betekent niet dat de persoon vrij is. Een centrum vindt de naam misschien niet, of wil het niet zeggen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Nobody has to do everything. Everyone does what they can.</source>
        <extracomment>warning no-obligation</extracomment>
        <translation>Niemand hoeft alles te doen. Iedereen doet wat hij of zij kan.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Send information to GVO by email only. Never use Facebook or private messages.</source>
        <extracomment>warning email-only</extracomment>
        <translation>Stuur informatie naar GVO alleen via e-mail. Gebruik nooit Facebook of privéberichten.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Share their details only if they agree, and only to help them.</source>
        <extracomment>warning consent-to-share</extracomment>
        <translation>Deel de gegevens alleen als de persoon akkoord gaat, en alleen om te helpen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Having a lawyer is their choice, not yours.</source>
        <extracomment>warning their-choice</extracomment>
        <translation>Een advocaat nemen is de keuze van de persoon, niet de jouwe.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You are not their lawyer. Leave legal advice to a lawyer who knows migration law.</source>
        <extracomment>warning not-their-lawyer</extracomment>
        <translation>Jij bent niet de advocaat. Laat juridisch advies over aan een advocaat die het vreemdelingenrecht kent.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Do not trust legal advice from the centre's social workers.</source>
        <extracomment>warning no-legal-advice-from-centre</extracomment>
        <translation>Vertrouw niet op juridisch advies van de maatschappelijk werkers van het centrum.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Some appeals must be made within 10 days, sometimes within 5 days. Do not wait.</source>
        <extracomment>warning deadlines-short</extracomment>
        <translation>Sommige beroepen moeten binnen 10 dagen ingediend worden, soms binnen 5 dagen. Wacht niet.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The name and birth date on record may not be real. Write down both the real and the recorded ones.</source>
        <extracomment>warning recorded-may-differ</extracomment>
        <translation>De geregistreerde naam en geboortedatum zijn misschien niet de echte. Noteer zowel de echte als de geregistreerde.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A second or third attempt is usually done with police escorts, and can be violent.</source>
        <extracomment>warning later-attempts-escorted</extracomment>
        <translation>Een tweede of derde poging gebeurt meestal met politiebegeleiding, en kan gewelddadig zijn.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You opened this step again.</source>
        <extracomment>reason reopened: why this step is the one to do now</extracomment>
        <translation>Je hebt deze stap heropend.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>This case is closed. Thank you for everything you did.</source>
        <extracomment>reason closed: why this step is the one to do now</extracomment>
        <translation>Dit dossier is afgesloten. Bedankt voor alles wat je gedaan hebt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>There is nothing to do right now. Update the case when you learn something new.</source>
        <extracomment>reason nothing_pending: why this step is the one to do now</extracomment>
        <translation>Er is nu niets te doen. Werk het dossier bij als je iets nieuws te weten komt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You do not know yet where they are.</source>
        <extracomment>reason status_unknown: why this step is the one to do now</extracomment>
        <translation>Je weet nog niet waar de persoon is.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They are held at a police station.</source>
        <extracomment>reason at_police_station: why this step is the one to do now</extracomment>
        <translation>De persoon wordt vastgehouden op een politiekantoor.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The 24-hour wait starts from the last time someone heard from them.</source>
        <extracomment>reason no_last_contact: why this step is the one to do now</extracomment>
        <translation>De wachttijd van 24 uur begint bij het laatste nieuws van de persoon.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>It has been less than 24 hours since anyone heard from them.</source>
        <extracomment>reason first_24_hours: why this step is the one to do now</extracomment>
        <translation>Het laatste nieuws van de persoon is minder dan 24 uur oud.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A centre told you they are held there.</source>
        <extracomment>reason found_in_calls: why this step is the one to do now</extracomment>
        <translation>Een centrum zei je dat de persoon er vastgehouden wordt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know the name they are registered under and their nationality.</source>
        <extracomment>reason name_and_nationality_known: why this step is the one to do now</extracomment>
        <translation>Je kent de naam waaronder de persoon geregistreerd is en de nationaliteit.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You called Caricole. Now call the other centres.</source>
        <extracomment>reason caricole_called: why this step is the one to do now</extracomment>
        <translation>Je hebt Caricole gebeld. Bel nu de andere centra.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Every centre answered, and none said they hold them.</source>
        <extracomment>reason nobody_found: why this step is the one to do now</extracomment>
        <translation>Alle centra hebben geantwoord, en geen enkel zei dat de persoon er is.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You do not know the name they are registered under, or their nationality.</source>
        <extracomment>reason alias_only: why this step is the one to do now</extracomment>
        <translation>Je kent de naam waaronder de persoon geregistreerd is niet, of de nationaliteit niet.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You have done what you can for now.</source>
        <extracomment>reason waiting_for_news: why this step is the one to do now</extracomment>
        <translation>Je hebt voorlopig gedaan wat je kon.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know which centre holds them.</source>
        <extracomment>reason located: why this step is the one to do now</extracomment>
        <translation>Je weet in welk centrum de persoon vastgehouden wordt.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know where they are. Now ask them what they want.</source>
        <extracomment>reason can_ask_about_lawyer: why this step is the one to do now</extracomment>
        <translation>Je weet waar de persoon is. Vraag nu wat hij of zij wil.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They want a lawyer.</source>
        <extracomment>reason wants_lawyer: why this step is the one to do now</extracomment>
        <translation>De persoon wil een advocaat.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They want a lawyer. Some deadlines are only 5 or 10 days, so this comes first.</source>
        <extracomment>reason lawyer_is_urgent: why this step is the one to do now</extracomment>
        <translation>De persoon wil een advocaat. Sommige termijnen zijn maar 5 of 10 dagen, dus dit gaat voor.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They got a decision in the last few days. Appeal deadlines are running.</source>
        <extracomment>reason recent_decision: why this step is the one to do now</extracomment>
        <translation>De persoon kreeg de voorbije dagen een beslissing. De beroepstermijnen lopen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The dates on their papers start the legal deadlines.</source>
        <extracomment>reason papers_start_deadlines: why this step is the one to do now</extracomment>
        <translation>De datums op de papieren starten de wettelijke termijnen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>GVO has the information. Now get it to the lawyer.</source>
        <extracomment>reason lawyer_contact: why this step is the one to do now</extracomment>
        <translation>GVO heeft de informatie. Bezorg ze nu aan de advocaat.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A flight or a deportation attempt is recorded.</source>
        <extracomment>reason flight: why this step is the one to do now</extracomment>
        <translation>Er is een vlucht of een uitwijzingspoging genoteerd.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They may face another attempt to put them on a plane.</source>
        <extracomment>reason flight_support: why this step is the one to do now</extracomment>
        <translation>Er kan een nieuwe poging komen om de persoon op een vliegtuig te zetten.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have been released.</source>
        <extracomment>reason released: why this step is the one to do now</extracomment>
        <translation>De persoon is vrijgelaten.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have been deported.</source>
        <extracomment>reason deported: why this step is the one to do now</extracomment>
        <translation>De persoon is uitgewezen.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They are still held.</source>
        <extracomment>reason stay_in_touch: why this step is the one to do now</extracomment>
        <translation>De persoon wordt nog altijd vastgehouden.</translation>
    </message>
</context>
</TS>

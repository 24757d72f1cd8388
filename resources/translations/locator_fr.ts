<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../ui/help/about.py" line="60"/>
        <location filename="../../ui/help/about.py" line="61"/>
        <source>About Locator</source>
        <extracomment>The licence in pyproject.toml (a test keeps the two the same). The app's files: the repository in a checkout, the bundle's _internal/ once frozen.</extracomment>
        <translation>À propos de Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="63"/>
        <source>Locator</source>
        <translation>Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="68"/>
        <source>Public data and sources</source>
        <translation>Données publiques et sources</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="69"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="102"/>
        <source>Find a friend held in immigration detention in Belgium: an encrypted case file, the steps to take, the legal deadlines and the brief a lawyer needs.</source>
        <translation>Retrouver un ami détenu en centre fermé en Belgique : un dossier chiffré, les étapes à suivre, les délais légaux et la fiche dont l'avocat a besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="105"/>
        <source>Free software under the GNU General Public License, version 3 or any later version ({licence}). You may use, study, share and change it. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou toute version ultérieure ({licence}). Vous pouvez l'utiliser, l'étudier, le partager et le modifier. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="109"/>
        <source>The deadlines are an alarm, not legal advice: confirm with a lawyer today — a late appeal is lost.</source>
        <translation>Les délais sont une alarme, pas un avis juridique : vérifiez aujourd'hui avec un avocat — un recours introduit trop tard est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="111"/>
        <source>Help for the people you support: Getting the Voice Out (GVO), by email only, never through Facebook or private messages:</source>
        <translation>De l'aide pour les personnes que vous soutenez : Getting the Voice Out (GVO), uniquement par e-mail, jamais par Facebook ni par message privé :</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="114"/>
        <source>Built with Qt {qt} (PySide6 {pyside}) and Python {python}.</source>
        <translation>Construit avec Qt {qt} (PySide6 {pyside}) et Python {python}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="133"/>
        <source>Locator ships public information with the date it was last checked. Laws, phone numbers and visiting rules change: call a centre before a visit and ask a lawyer about any deadline.</source>
        <translation>Locator contient des informations publiques, avec la date de leur dernière vérification. Les lois, les numéros de téléphone et les règles de visite changent : appelez le centre avant une visite et demandez à un avocat pour tout délai.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="138"/>
        <source>The steps to take</source>
        <translation>Les étapes à suivre</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="139"/>
        <source>From “{title}”, published by {publisher}, republished by {republisher}. Checked on {date}.</source>
        <translation>D'après « {title} », publié par {publisher}, republié par {republisher}. Vérifié le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="145"/>
        <source>Legal deadlines</source>
        <translation>Délais légaux</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="150"/>
        <source>Source: {link} · confidence: {confidence} · last checked on {date}</source>
        <translation>Source : {link} · fiabilité : {confidence} · dernière vérification le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="158"/>
        <source>Belgian legal public holidays</source>
        <translation>Jours fériés légaux en Belgique</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="159"/>
        <source>{title}. Last checked on {date}.</source>
        <translation>{title}. Dernière vérification le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="163"/>
        <source>Detention centres</source>
        <translation>Centres fermés</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="164"/>
        <source>The directory of centres was last checked against its sources on {date}. Its sources, with each page's own date:</source>
        <translation>La liste des centres a été vérifiée pour la dernière fois le {date}. Ses sources, chacune avec sa propre date :</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="169"/>
        <source>dated {date}</source>
        <translation>datée : {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="171"/>
        <source>undated, written after {date}</source>
        <translation>non datée, écrite après {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="173"/>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="195"/>
        <source>SIL Open Font License</source>
        <translation>Licence SIL Open Font License</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="199"/>
        <source>The font licence file is missing from this installation: {path}</source>
        <translation>Le fichier de licence des polices manque dans cette installation : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="206"/>
        <source>Locator: {licence}. The source code is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later.

The lawyer brief uses the Noto Sans fonts (Latin, Arabic, Ethiopic, symbols), under the SIL Open Font License 1.1, printed below.

Locator is built on free software: Qt and PySide6 (LGPL-3.0), SQLCipher (BSD-style licence), Python (PSF licence), reportlab, pypdf, keyring, phonenumbers, pycountry, PyYAML, zxcvbn and others.</source>
        <translation>Locator : {licence}. Le code source est un logiciel libre : vous pouvez le partager et le modifier selon les termes de la licence publique générale GNU, version 3 ou ultérieure.

La fiche pour l'avocat utilise les polices Noto Sans (latin, arabe, éthiopien, symboles), sous licence SIL Open Font License 1.1, reproduite ci-dessous.

Locator repose sur des logiciels libres : Qt et PySide6 (LGPL-3.0), SQLCipher (licence de type BSD), Python (licence PSF), reportlab, pypdf, keyring, phonenumbers, pycountry, PyYAML, zxcvbn et d'autres.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="214"/>
        <source>Their licence texts are in this folder: {path}</source>
        <translation>Leurs textes de licence se trouvent dans ce dossier : {path}</translation>
    </message>
    <message>
        <source>high</source>
        <translation type="vanished">élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="vanished">moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation type="vanished">faible</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/case/timeline.py" line="228"/>
        <source>Photos and scans</source>
        <translation>Photos et scans</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="232"/>
        <source>Add photo or scan…</source>
        <translation>Ajouter une photo ou un scan…</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="233"/>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="234"/>
        <source>Read this document…</source>
        <translation>Lire ce document…</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="235"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="245"/>
        <source>Added. “Read this document…” reads it on this computer and proposes the registered name, nationality and date of birth, for you to check.</source>
        <extracomment>after a photo is added: what "Read this document" can do with it</extracomment>
        <translation>Ajouté. « Lire ce document… » le lit sur cet ordinateur et propose le nom enregistré, la nationalité et la date de naissance, pour que vous les vérifiiez.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="266"/>
        <source>{name}  ({kb} KB)</source>
        <translation>{name}  ({kb} Ko)</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="275"/>
        <source>Choose a photo or scan</source>
        <translation>Choisir une photo ou un scan</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="279"/>
        <source>Too large</source>
        <translation>Trop volumineux</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="280"/>
        <source>Files up to 50 MB can be kept in the vault.</source>
        <translation>Le coffre-fort accepte des fichiers jusqu'à 50 Mo.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="305"/>
        <source>No preview</source>
        <translation>Pas d'aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="306"/>
        <source>This file cannot be shown inside Locator. Use “Save a copy…” to open it with another program.</source>
        <translation>Ce fichier ne peut pas être affiché dans Locator. Utilisez « Enregistrer une copie… » pour l'ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="311"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="347"/>
        <source>The copy will not be encrypted</source>
        <translation>La copie ne sera pas chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="348"/>
        <source>The saved copy is an ordinary file: anyone who can open this computer can read it. Save it only if you need to, and delete it after use.</source>
        <translation>La copie enregistrée est un fichier ordinaire : toute personne qui peut ouvrir cet ordinateur peut la lire. Ne l'enregistrez que si c'est nécessaire, et supprimez-la après usage.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="350"/>
        <location filename="../../ui/case/timeline.py" line="352"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="359"/>
        <source>Not saved</source>
        <translation>Pas enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="360"/>
        <source>The copy could not be written there.</source>
        <translation>La copie n'a pas pu être écrite à cet endroit.</translation>
    </message>
</context>
<context>
    <name>BriefWindow</name>
    <message>
        <location filename="../../ui/brief/feature.py" line="22"/>
        <location filename="../../ui/help/window.py" line="336"/>
        <source>Lawyer brief…</source>
        <translation>Fiche pour l'avocat…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="97"/>
        <source>Lawyer brief</source>
        <translation>Fiche pour l'avocat</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="119"/>
        <source>Language of the case</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="128"/>
        <source>Labels in</source>
        <translation>Intitulés en</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="129"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="130"/>
        <source>Your phone</source>
        <translation>Votre téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="131"/>
        <source>Your email</source>
        <translation>Votre e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="136"/>
        <source>Preview of the brief</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="144"/>
        <location filename="../../ui/brief/window.py" line="146"/>
        <source>Optional password for the PDF</source>
        <translation>Mot de passe du PDF (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="148"/>
        <location filename="../../ui/brief/window.py" line="315"/>
        <location filename="../../ui/brief/window.py" line="323"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="149"/>
        <location filename="../../ui/brief/window.py" line="378"/>
        <source>Email to GVO</source>
        <translation>E-mail à GVO</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="150"/>
        <location filename="../../ui/brief/window.py" line="409"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="155"/>
        <source>Copy GVO’s address</source>
        <translation>Copier l'adresse de GVO</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="161"/>
        <source>I have sent it…</source>
        <translation>Je l'ai envoyé…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="163"/>
        <source>Saving, copying or opening the mail program only prepares the brief. Say here when it was really sent.</source>
        <translation>Enregistrer, copier ou ouvrir le programme de courrier ne fait que préparer la fiche. Dites ici quand elle a vraiment été envoyée.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="219"/>
        <source>{known} of {total} key facts known.</source>
        <translation>{known} informations essentielles connues sur {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="220"/>
        <source>Missing (click to fill in):</source>
        <translation>Manquant (cliquez pour compléter) :</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="241"/>
        <source>Recorded about sharing their details: {answers}. Send this only with their agreement and only in their interest.</source>
        <translation>Ce qui est noté sur le partage de leurs informations : {answers}. N'envoyez ceci qu'avec leur accord et seulement dans leur intérêt.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="294"/>
        <source>Record that the brief was really sent. Only this moves the procedure on.</source>
        <translation>Notez que la fiche a vraiment été envoyée. Seul cela fait avancer la procédure.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="311"/>
        <source>Recorded: the brief was sent by {by}.</source>
        <translation>Noté : la fiche a été envoyée par {by}.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="320"/>
        <source>The PDF will not be encrypted</source>
        <translation>Le PDF ne sera pas chiffré</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="321"/>
        <source>Anyone who gets the file can read it. Add a password above to protect it, or save it only to send it and delete it after.</source>
        <translation>Toute personne qui reçoit ce fichier peut le lire. Ajoutez un mot de passe ci-dessus pour le protéger, ou enregistrez-le seulement pour l'envoyer, puis supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="327"/>
        <source>Save the lawyer brief</source>
        <translation>Enregistrer la fiche pour l'avocat</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="328"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="345"/>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="348"/>
        <source>Saved. The file is outside the vault: delete it when it has been sent.</source>
        <translation>Enregistré. Le fichier est en dehors du coffre-fort : supprimez-le une fois envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="353"/>
        <source>The PDF could not be written there (disk full or no permission). Nothing was left behind.</source>
        <translation>Le PDF n'a pas pu être écrit à cet endroit (disque plein ou accès refusé). Rien n'a été laissé.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="384"/>
        <source>No mail program could be started on this computer, so nothing has been sent.
The text of the brief is on the clipboard for {s} seconds. Open your usual email (for example in your web browser), write a new message to {to} and paste the text into it ({paste}).</source>
        <translation>Aucun programme de courrier n'a pu être lancé sur cet ordinateur : rien n'a donc été envoyé.
Le texte de la fiche est dans le presse-papiers pendant {s} secondes. Ouvrez votre messagerie habituelle (par exemple dans votre navigateur), écrivez un nouveau message à {to} et collez-y le texte ({paste}).</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="393"/>
        <source>Your mail program should now show a new message to {to}.
The text of the brief is on the clipboard for {s} seconds: click in the message, paste it ({paste}), check it, then send it — by email only, never through Facebook or private messages.
No new message? Write to {to} from your usual email (for example in your web browser) and paste the text there.</source>
        <translation>Votre programme de courrier devrait maintenant afficher un nouveau message à {to}.
Le texte de la fiche est dans le presse-papiers pendant {s} secondes : cliquez dans le message, collez-le ({paste}), relisez-le, puis envoyez-le — uniquement par e-mail, jamais par Facebook ni par message privé.
Pas de nouveau message ? Écrivez à {to} depuis votre messagerie habituelle (par exemple dans votre navigateur) et collez-y le texte.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="404"/>
        <source>GVO’s address is on the clipboard for {s} seconds: paste it into “To” in a new message, then press “Copy” and paste the text.</source>
        <translation>L'adresse de GVO est dans le presse-papiers pendant {s} secondes : collez-la dans « À » d'un nouveau message, puis appuyez sur « Copier » et collez le texte.</translation>
    </message>
    <message>
        <location filename="../../ui/brief/window.py" line="413"/>
        <source>Copied. The clipboard will be cleared in 60 seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans 60 secondes.</translation>
    </message>
    <message>
        <source>The person has not yet agreed to share this with GVO or a lawyer. Ask them first: send it only with their agreement and only in their interest.</source>
        <translation type="vanished">La personne n'a pas encore accepté que ces informations soient transmises à GVO ou à un avocat. Demandez-lui d'abord : ne les envoyez qu'avec son accord, et uniquement dans son intérêt.</translation>
    </message>
    <message>
        <source>Agreement not recorded</source>
        <translation type="vanished">Accord non noté</translation>
    </message>
    <message>
        <source>The person's agreement to share is not recorded as “yes”. Send anyway?</source>
        <translation type="vanished">L'accord de la personne pour partager ses informations n'est pas noté « oui ». Envoyer quand même ?</translation>
    </message>
    <message>
        <source>Your mail program was asked to open the email. Send it by email only — never through Facebook or private messages.</source>
        <translation type="vanished">Votre programme de courrier a été prié d'ouvrir l'e-mail. Envoyez-le uniquement par e-mail — jamais par Facebook ni par message privé.</translation>
    </message>
</context>
<context>
    <name>CallingRound</name>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="72"/>
        <source>Found ✓</source>
        <translation>Trouvé ✓</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="73"/>
        <source>Not found</source>
        <translation>Pas trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="74"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="75"/>
        <source>Refused to say</source>
        <translation>Refuse de répondre</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="76"/>
        <source>Call back later</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="82"/>
        <source>Families with children under 18 are held in the family units: these come first.</source>
        <translation>Les familles avec des enfants de moins de 18 ans sont détenues dans les unités familiales : elles viennent en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="85"/>
        <source>The places that hold men.</source>
        <translation>Les lieux qui détiennent des hommes.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="87"/>
        <source>The places that hold women.</source>
        <translation>Les lieux qui détiennent des femmes.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="88"/>
        <source>The case does not say whether they are a man or a woman: the closed centres are shown.</source>
        <translation>Le dossier ne dit pas si c'est un homme ou une femme : les centres fermés sont affichés.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="96"/>
        <source>family units</source>
        <translation>unités familiales</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="98"/>
        <source>Show the other place ({what})</source>
        <translation>Afficher l'autre lieu ({what})</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="100"/>
        <source>Show the {n} other places ({what})</source>
        <translation>Afficher les {n} autres lieux ({what})</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="114"/>
        <source>Call the centres</source>
        <translation>Appeler les centres</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="144"/>
        <source>Centres to call</source>
        <translation>Centres à appeler</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="150"/>
        <source>Each answer is saved when you press it. Done closes this window and writes nothing else.</source>
        <translation>Chaque réponse est enregistrée quand vous appuyez dessus. « Terminé » ferme cette fenêtre et n'écrit rien d'autre.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="154"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="187"/>
        <source>Hide the other places</source>
        <translation>Masquer les autres lieux</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="200"/>
        <source>By what the centres publish, these places do not hold people like them, or the case does not say enough to know. Call them if the others have not found them.</source>
        <translation>D'après ce que les centres publient, ces lieux ne détiennent pas des personnes comme elle, ou le dossier n'en dit pas assez pour le savoir. Appelez-les si les autres ne l'ont pas trouvée.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="273"/>
        <source>They will ask for these three things. Read them out exactly:</source>
        <translation>On vous demandera ces trois informations. Lisez-les exactement comme ceci :</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="276"/>
        <source>LAST NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="277"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="278"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="285"/>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="292"/>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="293"/>
        <source>In Dutch</source>
        <translation>En néerlandais</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="297"/>
        <source>Fill in</source>
        <translation>Compléter</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="326"/>
        <source>Fill in: {field}</source>
        <translation>Compléter : {field}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="338"/>
        <source>“Not found” at Caricole does not mean they are not held: call every centre.</source>
        <translation>« Pas trouvé » au Caricole ne veut pas dire que la personne n'est pas détenue : appelez tous les centres.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="343"/>
        <source>Found: held at {centre} since {since}. The case says so now; you do not need to call the other centres.</source>
        <translation>Trouvé : détenu(e) dans ce centre : {centre}, depuis le {since}. Le dossier l'indique maintenant ; inutile d'appeler les autres centres.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="347"/>
        <source>Start with Caricole. Then call every other centre, one by one.</source>
        <translation>Commencez par le Caricole. Appelez ensuite tous les autres centres, un par un.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="352"/>
        <source>{n} of {total} centres answered. Next: {centre}.</source>
        <translation>{n} centres sur {total} ont répondu. Suivant : {centre}.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="355"/>
        <source>A centre said they hold them. Write it in the case.</source>
        <translation>Un centre a dit que la personne y est détenue. Notez-le dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="357"/>
        <source>Every centre said “not found”.</source>
        <translation>Tous les centres ont répondu « pas trouvé ».</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="358"/>
        <source>Every centre answered; none said they hold them, some would not say.</source>
        <translation>Tous les centres ont répondu ; aucun n'a dit détenir la personne, certains n'ont pas voulu répondre.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="360"/>
        <source>This does not mean they are free. Wait a day and call again, and email GVO: they compare calls and may know more.</source>
        <translation>Cela ne veut pas dire que la personne est libre. Attendez un jour et rappelez, et écrivez à GVO par e-mail : ils comparent les appels et en savent peut-être plus.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="362"/>
        <source>Write the email to GVO</source>
        <translation>Écrire l'e-mail à GVO</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="386"/>
        <source>call first</source>
        <translation>à appeler en premier</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="402"/>
        <source>No phone number is published for this place.</source>
        <translation>Aucun numéro de téléphone n'est publié pour ce lieu.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="403"/>
        <source>No confirmed number is published for this place.</source>
        <translation>Aucun numéro confirmé n'est publié pour ce lieu.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="406"/>
        <source>Other numbers ({n})</source>
        <translation>Autres numéros ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="423"/>
        <source>Not confirmed.</source>
        <translation>Non confirmé.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="453"/>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="455"/>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="463"/>
        <source>not called yet</source>
        <translation>pas encore appelé</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="469"/>
        <source>no answer written down</source>
        <translation>aucune réponse notée</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/calling_round.py" line="470"/>
        <source>{answer} · {when} · calls: {count}</source>
        <translation>{answer} · {when} · appels : {count}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="vanished">état au {date}</translation>
    </message>
    <message>
        <source>undated source (written after {date})</source>
        <translation type="vanished">source non datée (écrite après {date})</translation>
    </message>
    <message>
        <source>undated source</source>
        <translation type="vanished">source non datée</translation>
    </message>
    <message>
        <source>Numbers: {ages}</source>
        <translation type="vanished">Numéros : {ages}</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="vanished">non confirmé</translation>
    </message>
    <message>
        <source>Official number</source>
        <translation type="vanished">Numéro officiel</translation>
    </message>
</context>
<context>
    <name>CaseArea</name>
    <message>
        <location filename="../../ui/case/area.py" line="52"/>
        <source>What to do now and deadlines</source>
        <translation>Que faire maintenant, et les délais</translation>
    </message>
    <message>
        <location filename="../../ui/case/area.py" line="56"/>
        <source>To do now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/case/area.py" line="59"/>
        <source>To do now:</source>
        <translation>À faire maintenant :</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../ui/case/editor.py" line="67"/>
        <source>Case details</source>
        <extracomment>widget name → (record, key) of its value in the JSON-like data: ("", "alias"), ("lawyer", "name") for the widget ``lawyer_name``</extracomment>
        <translation>Détails du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="174"/>
        <source>People</source>
        <extracomment>the editor's own tabs still to build when made with ``in_parts``: after the main window is painted, one per turn of the event loop (:meth:`build_next`), or all at once on first use (:meth:`finish`; every way in to the fields goes through it)</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="175"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="176"/>
        <source>Deportation attempts</source>
        <translation>Tentatives d'expulsion</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="192"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="193"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="194"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="195"/>
        <source>type to search</source>
        <translation>tapez pour chercher</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="196"/>
        <source>one per line</source>
        <translation>une par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="197"/>
        <source>e.g. +32 470 12 34 56</source>
        <translation>p. ex. +32 470 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="201"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="202"/>
        <source>Arrest and detention</source>
        <translation>Arrestation et détention</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="203"/>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="236"/>
        <source>Chosen lawyer</source>
        <translation>Avocat choisi</translation>
    </message>
    <message>
        <location filename="../../ui/case/editor.py" line="242"/>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/editor.py" line="318"/>
        <source>Not saved: %n field(s) need attention. What you typed is kept.</source>
        <translation>
            <numerusform>Pas enregistré : %n champ demande votre attention. Ce que vous avez tapé est gardé.</numerusform>
            <numerusform>Pas enregistré : %n champs demandent votre attention. Ce que vous avez tapé est gardé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias (what friends call them)</source>
        <translation type="vanished">Surnom (comme l'appellent ses amis)</translation>
    </message>
    <message>
        <source>Registered LAST NAME</source>
        <translation type="vanished">NOM enregistré</translation>
    </message>
    <message>
        <source>as on the order to leave (OQT)</source>
        <translation type="vanished">comme sur l'ordre de quitter le territoire (OQT)</translation>
    </message>
    <message>
        <source>Registered first name</source>
        <translation type="vanished">Prénom enregistré</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="vanished">Vrai nom</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="vanished">Autres orthographes</translation>
    </message>
    <message>
        <source>Nationality (as recorded)</source>
        <translation type="vanished">Nationalité (enregistrée)</translation>
    </message>
    <message>
        <source>Real nationality</source>
        <translation type="vanished">Vraie nationalité</translation>
    </message>
    <message>
        <source>Date of birth (as recorded)</source>
        <translation type="vanished">Date de naissance (enregistrée)</translation>
    </message>
    <message>
        <source>Real date of birth</source>
        <translation type="vanished">Vraie date de naissance</translation>
    </message>
    <message>
        <source>OE / IBZ / SP number</source>
        <translation type="vanished">Numéro OE / IBZ / SP</translation>
    </message>
    <message>
        <source>on their badge</source>
        <translation type="vanished">sur son badge</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="vanished">Langues parlées</translation>
    </message>
    <message>
        <source>Language of the case</source>
        <translation type="vanished">Langue du dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Situation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="vanished">Dernier contact</translation>
    </message>
    <message>
        <source>Date of arrest</source>
        <translation type="vanished">Date de l'arrestation</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation type="vanished">Lieu de l'arrestation</translation>
    </message>
    <message>
        <source>police station, city</source>
        <translation type="vanished">commissariat, ville</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="vanished">Centre</translation>
    </message>
    <message>
        <source>Found there on</source>
        <translation type="vanished">Trouvé(e) au centre le</translation>
    </message>
    <message>
        <source>Phone that reaches them</source>
        <translation type="vanished">Téléphone pour la joindre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <source>Wants a lawyer</source>
        <translation type="vanished">Veut un avocat</translation>
    </message>
    <message>
        <source>Agrees to share with GVO</source>
        <translation type="vanished">D'accord de partager avec GVO</translation>
    </message>
    <message>
        <source>Agrees to share with a lawyer</source>
        <translation type="vanished">D'accord de partager avec un avocat</translation>
    </message>
    <message>
        <source>Agrees to share with referents</source>
        <translation type="vanished">D'accord de partager avec les référents</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation type="vanished">demandé le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="vanished">Barreau</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Brief sent on</source>
        <translation type="vanished">Fiche envoyée le</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/case/case_list.py" line="368"/>
        <source>Name</source>
        <extracomment>the vault's order of each column sorted by an index (the others are ranked) the list shows the answer of a query (a new search, sort or refresh) the rest of a big list arrived after its first rows (appended below them) a query in the background failed (not one interrupted by a newer one) rows read at a time, and at most this many pages kept case id → its nearest open legal deadline (the Deadline column) up to this many cases in the vault, the list is read on the UI thread (≤ ~15 ms)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="368"/>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="368"/>
        <source>Registered as</source>
        <translation>Nom enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="369"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="369"/>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="369"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="370"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/case/case_list.py" line="393"/>
        <source>{status} (closed)</source>
        <translation>{status} (clôturé)</translation>
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
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="36"/>
        <source>Hide this case from the list; everything is kept and it can be reopened.</source>
        <translation>Retire ce dossier de la liste ; tout est conservé et il peut être rouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="38"/>
        <source>Reopen case</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="40"/>
        <source>Purge case…</source>
        <translation>Effacer le dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="42"/>
        <source>Show closed cases</source>
        <translation>Afficher les dossiers clôturés</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="66"/>
        <source>This case is closed: it is kept, but hidden from the list.</source>
        <translation>Ce dossier est clôturé : il est conservé, mais n'apparaît plus dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="70"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="71"/>
        <source>Purge…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="128"/>
        <source>Not changed</source>
        <translation>Pas modifié</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="132"/>
        <source>Case closed. It no longer shows in the list; Case → Show closed cases finds it again.</source>
        <translation>Dossier clôturé. Il n'apparaît plus dans la liste ; Dossier → Afficher les dossiers clôturés permet de le retrouver.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="133"/>
        <source>Case reopened.</source>
        <translation>Dossier rouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="141"/>
        <source>Purge case</source>
        <translation>Effacer le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="142"/>
        <source>Purge this case for good?</source>
        <translation>Effacer ce dossier définitivement ?</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="142"/>
        <source>Purge</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="143"/>
        <source>Everything about this person — details, timeline, photos and scans, deadlines — is deleted from the vault and the file is rewritten, so it cannot be recovered from it. This cannot be undone.

Backups and copies made before still contain the case: erase or replace them if it must be gone from them too.</source>
        <translation>Tout ce qui concerne cette personne — informations, chronologie, photos et scans, délais — est supprimé du coffre-fort, et le fichier est réécrit pour qu'on ne puisse plus l'y retrouver. C'est irréversible.

Les sauvegardes et les copies faites avant contiennent toujours le dossier : effacez-les ou remplacez-les s'il doit aussi en disparaître.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="158"/>
        <source>Case purged.</source>
        <translation>Dossier effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="162"/>
        <source>Not purged</source>
        <translation>Pas effacé</translation>
    </message>
    <message>
        <location filename="../../ui/case/menu.py" line="164"/>
        <source>Purging…</source>
        <translation>Effacement…</translation>
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
        <translation>l'Office des étrangers</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="23"/>
        <source>Getting the Voice Out</source>
        <translation>Getting the Voice Out (GVO)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="31"/>
        <source>according to {who}</source>
        <translation>selon {who}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="33"/>
        <source>according to other published pages</source>
        <translation>selon d'autres pages publiées</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="52"/>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="55"/>
        <source>the page gives no date; written after {date}</source>
        <translation>la page ne donne pas de date ; écrite après le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="57"/>
        <source>the page gives no date</source>
        <translation>la page ne donne pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="62"/>
        <source>Where this comes from:</source>
        <translation>D'où cela vient :</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="72"/>
        <source>the Immigration Office's number</source>
        <translation>le numéro de l'Office des étrangers</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/sources.py" line="74"/>
        <source>an official number</source>
        <translation>un numéro officiel</translation>
    </message>
</context>
<context>
    <name>CentreView</name>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="145"/>
        <location filename="../../ui/procedure/centre_view.py" line="363"/>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="156"/>
        <source>Your note about this centre</source>
        <translation>Votre note sur ce centre</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="157"/>
        <source>Your own note about this centre (kept in the vault): visiting tips, who answered the phone…</source>
        <translation>Votre note sur ce centre (gardée dans le coffre-fort) : conseils de visite, qui a répondu au téléphone…</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="160"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="165"/>
        <source>Open cases at this centre</source>
        <translation>Dossiers ouverts dans ce centre</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="166"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="166"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="166"/>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="167"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="174"/>
        <source>Visits of the selected person</source>
        <translation>Visites de la personne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="180"/>
        <source>A name seen or heard</source>
        <translation>Un nom vu ou entendu</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="181"/>
        <source>A name seen or heard (any spelling or script)</source>
        <translation>Un nom vu ou entendu (toute orthographe ou écriture)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="183"/>
        <source>Search every case</source>
        <translation>Chercher dans tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="188"/>
        <source>Possible matches, best first</source>
        <translation>Correspondances possibles, la meilleure d'abord</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="191"/>
        <source>Possible matches, best first. Check before you act: nothing is merged.</source>
        <translation>Correspondances possibles, les meilleures d'abord. Vérifiez avant d'agir : rien n'est fusionné.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="212"/>
        <source>Visits of the selected person (double-click a name to search it)</source>
        <translation>Visites de la personne choisie (double-cliquez sur un nom pour le chercher)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="248"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="263"/>
        <source>The oldest dated fact is from {oldest}; for {n} facts the page gives no date. Call before a visit: arrangements change.</source>
        <translation>L'information datée la plus ancienne est du {oldest} ; pour {n} informations, la page ne donne pas de date. Appelez avant une visite : les modalités changent.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="283"/>
        <source>brought: {what}</source>
        <translation>apporté : {what}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="286"/>
        <source>phone handed over</source>
        <translation>téléphone remis</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="291"/>
        <source>seen: {name}</source>
        <translation>vu(e) : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="317"/>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="318"/>
        <source>maybe</source>
        <translation>peut-être</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="321"/>
        <source>{p} % ({s}) — “{name}”, seen on {day} at a visit for case {case}</source>
        <translation>{p} % ({s}) — « {name} », vu(e) le {day} lors d'une visite pour le dossier {case}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="327"/>
        <source>{p} % ({s}) — case {case}: {name}</source>
        <translation>{p} % ({s}) — dossier {case} : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="334"/>
        <source>No name sounds like this.</source>
        <translation>Aucun nom ne ressemble à celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="365"/>
        <source>Cases at each centre, visits, people seen</source>
        <translation>Dossiers par centre, visites, personnes vues</translation>
    </message>
    <message>
        <source>Oldest dated fact: {oldest}; {n} facts from undated sources. Call before a visit: arrangements change.</source>
        <translation type="vanished">Information datée la plus ancienne : {oldest} ; {n} informations de sources non datées. Appelez avant une visite : les modalités changent.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/common/consent.py" line="45"/>
        <source>They said no to sharing</source>
        <extracomment>how many names an encrypted copy's question lists before "and n more"</extracomment>
        <translation>Ils ont refusé le partage</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="46"/>
        <source>Their agreement is not recorded</source>
        <translation>Leur accord n'est pas noté</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="48"/>
        <source>What this case records about sharing their details: {answers}.</source>
        <translation>Ce que ce dossier note sur le partage de leurs informations : {answers}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="52"/>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="58"/>
        <source>…and {n} more</source>
        <translation>…et {n} autres</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="60"/>
        <source>{n} of the {total} cases do not record a “yes” to sharing their details:
{names}</source>
        <translation>{n} des {total} dossiers ne notent pas de « oui » au partage de leurs informations :
{names}</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="63"/>
        <source>They said no. Sharing against their wish can put them in danger. Go on only if they have changed their mind — then record their new answer first.</source>
        <translation>Ils ont dit non. Partager contre leur volonté peut les mettre en danger. Continuez seulement s'ils ont changé d'avis — et notez d'abord leur nouvelle réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/common/consent.py" line="66"/>
        <source>Ask them first if you can. Share their details only with their agreement, and only to help them. If they agreed, record it in their case.</source>
        <translation>Demandez-leur d'abord si vous le pouvez. Partagez leurs informations seulement avec leur accord, et seulement pour les aider. S'ils ont accepté, notez-le dans leur dossier.</translation>
    </message>
    <message>
        <source>GVO</source>
        <extracomment>how many names an encrypted copy's question lists before "and n more"</extracomment>
        <translation type="vanished">GVO</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation type="vanished">un avocat</translation>
    </message>
    <message>
        <source>other referents</source>
        <translation type="vanished">d'autres référents</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="vanished"> ; </translation>
    </message>
    <message>
        <source>{who}: {answer}</source>
        <translation type="vanished">{who} : {answer}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>A restore of this vault was cut short and could not be finished ({reason}). Nothing is made in its place; the files beside it are kept: {folder}</source>
        <extracomment>the main window, once it and every feature panel are built quits the whole application ("quit instead of lock"); tests replace it True while a feature replaces the vault file (restore, erase): a lock then is followed neither by the door nor by quitting; that feature decides what comes next a vault was open in this session: its door never offers to create one</extracomment>
        <translation>Une restauration de ce coffre-fort a été interrompue et n'a pas pu être terminée ({reason}). Rien n'est créé à sa place ; les fichiers à côté sont gardés : {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="168"/>
        <source>The restore that was cut short last time has been finished: the vault is the backup. The vault as it was before is kept here: {path}</source>
        <translation>La restauration interrompue la dernière fois a été terminée : le coffre-fort est la sauvegarde. Le coffre-fort tel qu'il était avant est gardé ici : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="172"/>
        <source>A restore of this vault is under way in another Locator window. Wait for it to end.</source>
        <translation>Une restauration de ce coffre-fort est en cours dans une autre fenêtre de Locator. Attendez qu'elle se termine.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>The vault is not in its place any more: {path}. Put it back (plug its USB stick or disk in again), then unlock. No new vault is made over it.</source>
        <translation>Le coffre-fort n'est plus à sa place : {path}. Remettez-le (rebranchez sa clé USB ou son disque), puis déverrouillez. Aucun nouveau coffre-fort n'est créé à sa place.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="185"/>
        <source>Your unsaved changes could not be written into the vault (it may have been moved, or its disk is full or gone). They are kept in this window's memory only: unlock to get them back and save them. Quitting Locator loses them.</source>
        <translation>Vos modifications non enregistrées n'ont pas pu être écrites dans le coffre-fort (il a peut-être été déplacé, ou son disque est plein ou absent). Elles sont gardées uniquement dans la mémoire de cette fenêtre : déverrouillez pour les retrouver et les enregistrer. Quitter Locator les fait perdre.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="259"/>
        <source>The vault key is now kept in this computer's keyring.</source>
        <translation>La clé du coffre-fort est maintenant gardée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="260"/>
        <source>This computer no longer remembers the vault key.</source>
        <translation>Cet ordinateur ne retient plus la clé du coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="264"/>
        <source>The keyring did not keep the vault key (it may be locked). Next time, Locator will ask for the passphrase.</source>
        <translation>Le trousseau n'a pas gardé la clé du coffre-fort (il est peut-être verrouillé). La prochaine fois, Locator demandera la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="266"/>
        <source>The keyring could not be asked to forget the vault key (it may be locked), so it may still keep it. Try again in Vault ▸ Settings…, or delete the “Locator vault” entry in your keyring program.</source>
        <translation>Le trousseau n'a pas pu être prié d'oublier la clé du coffre-fort (il est peut-être verrouillé) : il la garde donc peut-être encore. Réessayez dans Coffre-fort ▸ Paramètres…, ou supprimez l'entrée « Locator vault » dans votre programme de trousseau de clés.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="279"/>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/common/dates.py" line="60"/>
        <source>{name}: a legal public holiday (not a working day)</source>
        <translation>{name} : jour férié légal (pas un jour ouvrable)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="67"/>
        <source>Saturday: not a working day</source>
        <translation>Samedi : pas un jour ouvrable</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="69"/>
        <source>Sunday: not a working day</source>
        <translation>Dimanche : pas un jour ouvrable</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="123"/>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="124"/>
        <source>Pick the date in a calendar (weekends and legal holidays are marked)</source>
        <translation>Choisir la date dans un calendrier (les week-ends et les jours fériés légaux sont marqués)</translation>
    </message>
    <message>
        <location filename="../../ui/common/dates.py" line="126"/>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DeadlineActionDialog</name>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="39"/>
        <source>Appeal filed</source>
        <translation>Recours introduit</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="39"/>
        <source>Not applicable</source>
        <translation>Ne s'applique pas</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="45"/>
        <source>The deadline leaves the open list. Nothing is deleted: it stays on the timeline.</source>
        <translation>Le délai quitte la liste des délais en cours. Rien n'est supprimé : il reste dans la chronologie.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="47"/>
        <source>Say why this deadline does not apply (for example: the lawyer says it is the first removal order). It stays on the timeline with your reason.</source>
        <translation>Dites pourquoi ce délai ne s'applique pas (par exemple : l'avocat dit que c'est la première mesure d'éloignement). Il reste dans la chronologie avec votre raison.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="58"/>
        <source>e.g. the lawyer's name</source>
        <translation>p. ex. le nom de l'avocat</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="59"/>
        <source>Filed on</source>
        <translation>Introduit le</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="60"/>
        <source>Filed by</source>
        <translation>Introduit par</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="66"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="72"/>
        <source>Mark as filed</source>
        <translation>Marquer comme introduit</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="72"/>
        <source>Set aside</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>DeadlineRow</name>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="90"/>
        <source>Filed…</source>
        <translation>Introduit…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="92"/>
        <source>The appeal was filed: record when and by whom</source>
        <translation>Le recours a été introduit : notez quand et par qui</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="93"/>
        <source>Not applicable…</source>
        <translation>Ne s'applique pas…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="95"/>
        <source>This deadline does not apply: give the reason</source>
        <translation>Ce délai ne s'applique pas : donnez la raison</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="124"/>
        <source>Details</source>
        <extracomment>shown on demand ("Details"): a compact row keeps the step below it in sight</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="127"/>
        <source>The aim date, the legal basis and its source; “Not applicable…”</source>
        <translation>La date visée, la base légale et sa source ; « Ne s'applique pas… »</translation>
    </message>
    <message>
        <source>The aim date, the legal basis and its source</source>
        <translation type="vanished">La date visée, la base légale et sa source</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/deadlines/text.py" line="29"/>
        <source>Confirm with a lawyer today — a late appeal is lost.</source>
        <extracomment>Date patterns for QLocale, which gives the day and month names of the app's language. English, French and Dutch write them in the same order, so they are not translated.</extracomment>
        <translation>Vérifiez aujourd'hui avec un avocat — un recours introduit trop tard est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="37"/>
        <source>Only if this is the first removal measure — the lawyer decides.</source>
        <translation>Seulement s'il s'agit de la première mesure d'éloignement — l'avocat décide.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="43"/>
        <source>Only a possibility — lawyer decides</source>
        <translation>Seulement une possibilité — l'avocat décide</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="44"/>
        <source>Only if first removal measure — lawyer decides</source>
        <translation>Seulement si 1re mesure d'éloignement — l'avocat décide</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="61"/>
        <source>OVERDUE</source>
        <translation>DÉPASSÉ</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="62"/>
        <source>LESS THAN 24 HOURS</source>
        <translation>MOINS DE 24 HEURES</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="63"/>
        <source>LESS THAN 48 HOURS</source>
        <translation>MOINS DE 48 HEURES</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="64"/>
        <source>AIM DATE REACHED</source>
        <translation>DATE VISÉE ATTEINTE</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="65"/>
        <source>TIMER RUNNING</source>
        <translation>DÉLAI EN COURS</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="66"/>
        <source>FOR INFORMATION</source>
        <translation>POUR INFORMATION</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="135"/>
        <source>from {date}</source>
        <translation>dès le {date}</translation>
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
        <translation>Peut être introduite tout de suite (dès le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="151"/>
        <source>A new request can be filed from {date}</source>
        <translation>Une nouvelle requête peut être introduite à partir du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="154"/>
        <source>Reaches its maximum on {date}</source>
        <translation>Atteint son maximum le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="159"/>
        <source>Ends {date}, {time}</source>
        <translation>Se termine le {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="161"/>
        <source>Ends {date}, 24:00</source>
        <translation>Se termine le {date}, 24:00</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="169"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="170"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="172"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="173"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="175"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="176"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="184"/>
        <source>For information, not a deadline</source>
        <translation>Pour information, ce n'est pas un délai</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="188"/>
        <source>Ended {amount} ago — talk to the lawyer now</source>
        <translation>Terminé depuis {amount} — parlez-en à l'avocat maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="190"/>
        <source>{amount} left</source>
        <translation>Il reste {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="194"/>
        <source>Aim to send everything to the lawyer by {date}.</source>
        <translation>Essayez de tout envoyer à l'avocat au plus tard le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="199"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="200"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="201"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="208"/>
        <source>Legal basis: {basis} · &lt;a href="{url}"&gt;source&lt;/a&gt; · confidence: {confidence} · last checked {checked}</source>
        <translation>Base légale : {basis} · &lt;a href="{url}"&gt;source&lt;/a&gt; · fiabilité : {confidence} · dernière vérification le {checked}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="219"/>
        <source>The law's own text was not read for this rule: the period is as the source explains it. Ask a lawyer to confirm it.</source>
        <translation>Le texte même de la loi n’a pas été lu pour cette règle : le délai est celui qu’indique la source. Demandez à un avocat de le confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="224"/>
        <source>Legal basis: {basis} — {url} (confidence: {confidence}, last checked {checked})</source>
        <translation>Base légale : {basis} — {url} (fiabilité : {confidence}, dernière vérification le {checked})</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/text.py" line="243"/>
        <source>The time it was handed over is not known: counted from the start of that day (00:00), the shorter deadline.</source>
        <translation>L'heure de la remise n'est pas connue : compté depuis le début de ce jour (00:00), le délai le plus court.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="108"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="108"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="109"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="109"/>
        <source>Ends (Belgian time)</source>
        <translation>Fin (heure belge)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="110"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="110"/>
        <source>Aim to send by</source>
        <translation>À envoyer au plus tard le</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="111"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="175"/>
        <location filename="../../ui/deadlines/view.py" line="264"/>
        <location filename="../../ui/help/window.py" line="338"/>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="181"/>
        <source>Open deadlines, most urgent first</source>
        <translation>Délais en cours, les plus urgents d'abord</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="193"/>
        <source>Open deadlines</source>
        <translation>Délais en cours</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="207"/>
        <source>No open deadlines.</source>
        <translation>Aucun délai en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="209"/>
        <source>Double-click a row to open the case. The legal basis of each deadline shows when you point at it.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir le dossier. La base légale de chaque délai s'affiche quand vous pointez dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/view.py" line="267"/>
        <source>Open deadlines across all cases, most urgent first (Ctrl+D)</source>
        <translation>Délais en cours de tous les dossiers, les plus urgents d'abord (Ctrl+D)</translation>
    </message>
    <message>
        <source>{title}: started, last day {due}</source>
        <translation type="vanished">{title} : commencé, dernier jour : {due}</translation>
    </message>
    <message>
        <source>(only if this is the first removal measure)</source>
        <translation type="vanished">(seulement s'il s'agit de la première mesure d'éloignement)</translation>
    </message>
    <message>
        <source>{title}: last day moved from {old} to {due}</source>
        <translation type="vanished">{title} : dernier jour déplacé du {old} au {due}</translation>
    </message>
    <message>
        <source>{title}: filed on {on} by {by}</source>
        <translation type="vanished">{title} : introduit le {on} par {by}</translation>
    </message>
    <message>
        <source>{title}: set aside as not applicable — {reason}</source>
        <translation type="vanished">{title} : écarté car il ne s'applique pas — {reason}</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="253"/>
        <source>Open deadlines of this case</source>
        <translation>Délais en cours de ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/panel.py" line="323"/>
        <source>Hide the dates for information</source>
        <extracomment>information-only dates (the longest detention, the next request) fold under one button: the legal deadlines and the step to do now stay in sight</extracomment>
        <translation>Masquer les dates pour information</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deadlines/panel.py" line="324"/>
        <source>Show %n date(s) for information</source>
        <translation>
            <numerusform>Afficher %n date pour information</numerusform>
            <numerusform>Afficher %n dates pour information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="64"/>
        <source>Record a decision</source>
        <translation>Noter une décision</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="78"/>
        <source>e.g. 13septies, 26quater (top of the paper)</source>
        <translation>p. ex. 13septies, 26quater (en haut du papier)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="81"/>
        <source>Date it was handed over</source>
        <translation>Date de la remise</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="84"/>
        <source>HH:MM — empty: time not known</source>
        <translation>HH:MM — vide : heure inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="85"/>
        <source>Time it was handed over (optional)</source>
        <translation>Heure de la remise (facultative)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="96"/>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="111"/>
        <source>Add a photo of the decision…</source>
        <translation>Ajouter une photo de la décision…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="114"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="119"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="120"/>
        <source>Annexe number</source>
        <translation>Numéro d'annexe</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="121"/>
        <source>How it was given</source>
        <translation>Mode de remise</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="122"/>
        <source>Handed over on (Belgian time)</source>
        <translation>Remise le (heure belge)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="125"/>
        <source>The date written on the paper, or when it was given. The time is optional: leave it empty if it is not known (a deadline in hours is then counted from the start of that day, the shorter one).</source>
        <translation>La date écrite sur le papier, ou celle de la remise. L'heure est facultative : laissez-la vide si elle n'est pas connue (un délai en heures est alors compté depuis le début de ce jour, le plus court).</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="131"/>
        <source>Why it matters: after an earlier order the urgent appeal must be filed within 5 days instead of 10. If you don't know, Locator counts 5 days and shows the 10-day date only as a possibility — the lawyer decides.</source>
        <translation>Pourquoi c'est important : après un ordre antérieur, le recours en extrême urgence doit être introduit dans les 5 jours au lieu de 10. Si vous ne savez pas, Locator compte 5 jours et montre la date à 10 jours seulement comme une possibilité — l'avocat décide.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="136"/>
        <source>Why it matters: a new application made in detention and declared inadmissible leaves only 5 days to appeal instead of 10. If you don't know, Locator counts 5 days.</source>
        <translation>Pourquoi c'est important : si une nouvelle demande faite en détention est déclarée irrecevable, il ne reste que 5 jours pour introduire un recours au lieu de 10. Si vous ne savez pas, Locator compte 5 jours.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="151"/>
        <source>Photo (optional)</source>
        <translation>Photo (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="152"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="158"/>
        <source>Save and start the timers</source>
        <translation>Enregistrer et lancer les délais</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="162"/>
        <source>Copy what is on the paper the person received. Saving starts the legal timers for this case.</source>
        <translation>Recopiez ce qui est écrit sur le papier que la personne a reçu. L'enregistrement lance les délais légaux de ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="260"/>
        <source>Choose a photo or scan of the decision</source>
        <translation>Choisir une photo ou un scan de la décision</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="261"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.heic *.pdf);;All files (*)</source>
        <translation>Photos et scans (*.jpg *.jpeg *.png *.heic *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="286"/>
        <source>The photo could not be read. Choose it again, or save without it.</source>
        <translation>La photo n'a pas pu être lue. Choisissez-la à nouveau, ou enregistrez sans photo.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="373"/>
        <source>Record a decision…</source>
        <translation>Noter une décision…</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="375"/>
        <source>A decision was handed over: record it to start the legal timers</source>
        <translation>Une décision a été remise : notez-la pour lancer les délais légaux</translation>
    </message>
    <message>
        <source>The date and time written on the paper, or when it was given.</source>
        <translation type="vanished">La date et l'heure écrites sur le papier, ou le moment où il a été remis.</translation>
    </message>
    <message>
        <source>Was there an earlier order to leave or removal order?</source>
        <translation type="vanished">Y a-t-il eu un ordre de quitter le territoire ou une mesure d'éloignement avant celle-ci ?</translation>
    </message>
</context>
<context>
    <name>EmailsDialog</name>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="78"/>
        <source>There is no email address for their lawyer in this case. Add it, or tell GVO instead.</source>
        <translation>Ce dossier ne contient pas l'adresse e-mail de son avocat. Ajoutez-la, ou prévenez plutôt GVO.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="80"/>
        <source>GVO</source>
        <translation>GVO</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="81"/>
        <source>a lawyer</source>
        <translation>un avocat</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="83"/>
        <source>Nothing can be sent yet. This case does not record that they agree to share their details with {who} (recorded answer: “{answer}”).

Ask them first — or, if they told you before that you may do this, write down their agreement. Share their details only if they agree, and only to help them.</source>
        <translation>Rien ne peut encore être envoyé. Ce dossier n'indique pas que la personne accepte de partager ses informations avec {who} (réponse notée : « {answer} »).

Demandez-lui d'abord — ou, si elle vous a déjà dit que vous pouviez le faire, notez son accord. Ne partagez ses informations que si elle est d'accord, et uniquement pour l'aider.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="116"/>
        <source>Send this by email only — never through Facebook or private messages.</source>
        <extracomment>opens the mailto: link (address and subject only) and says whether a mail program could be started; tests replace it (never start a mail program from a test)</extracomment>
        <translation>Envoyez ceci uniquement par e-mail — jamais par Facebook ni par message privé.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="136"/>
        <source>Language of the email</source>
        <translation>Langue de l'e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="137"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="138"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="142"/>
        <source>Text of the email</source>
        <translation>Texte de l'e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="146"/>
        <source>Open in my mail program</source>
        <translation>Ouvrir dans mon programme de courrier</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="149"/>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="152"/>
        <source>Copy the address</source>
        <translation>Copier l'adresse</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="155"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="159"/>
        <source>I have sent it…</source>
        <translation>Je l'ai envoyé…</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="161"/>
        <source>Copying or opening the mail program only prepares the email. Say here when it was really sent.</source>
        <translation>Copier ou ouvrir le programme de courrier ne fait que préparer l'e-mail. Dites ici quand il a vraiment été envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="183"/>
        <source>Ask GVO to look for them</source>
        <translation>Demander à GVO de rechercher la personne</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="184"/>
        <source>Tell GVO where they are held</source>
        <translation>Dire à GVO où la personne est détenue</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="185"/>
        <source>Ask GVO for a lawyer</source>
        <translation>Demander un avocat à GVO</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="186"/>
        <source>Tell GVO what happened</source>
        <translation>Dire à GVO ce qui s'est passé</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="187"/>
        <source>Ask GVO for support at the flight</source>
        <translation>Demander à GVO un soutien au moment du vol</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="188"/>
        <source>Tell the lawyer about the flight, now</source>
        <translation>Prévenir l'avocat du vol, maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="201"/>
        <source>Fill in: {field}</source>
        <translation>Compléter : {field}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="214"/>
        <source>They could not be asked whether they agree: they are missing. Asking GVO to look for them is in their interest, so you may send this — share only what is needed. Record their answer as soon as you can ask them.</source>
        <translation>Personne n'a pu lui demander son accord : elle a disparu. Demander à GVO de la rechercher est dans son intérêt, vous pouvez donc envoyer ceci — ne partagez que le nécessaire. Notez sa réponse dès que vous pouvez lui poser la question.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="217"/>
        <source>Record their answer</source>
        <translation>Noter sa réponse</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="250"/>
        <source>Record that this email was really sent. Only this moves the procedure on.</source>
        <translation>Notez que cet e-mail a vraiment été envoyé. Seul cela fait avancer la procédure.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="261"/>
        <source>Recorded: the email was sent by {by}.</source>
        <translation>Noté : l'e-mail a été envoyé par {by}.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="269"/>
        <source>Send without their agreement?</source>
        <translation>Envoyer sans son accord ?</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="270"/>
        <source>They have not been asked yet. Send this to GVO to help find them?</source>
        <translation>La question ne lui a pas encore été posée. Envoyer ceci à GVO pour aider à la retrouver ?</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="290"/>
        <source>No mail program could be started on this computer, so nothing has been sent.
The text of the email is on the clipboard for {s} seconds. Open your usual email (for example in your web browser), write a new message to {to} and paste the text into it ({paste}).
“Copy the address” and “Copy the text” copy them again.</source>
        <translation>Aucun programme de courrier n'a pu être lancé sur cet ordinateur : rien n'a donc été envoyé.
Le texte de l'e-mail est dans le presse-papiers pendant {s} secondes. Ouvrez votre messagerie habituelle (par exemple dans votre navigateur), écrivez un nouveau message à {to} et collez-y le texte ({paste}).
« Copier l'adresse » et « Copier le texte » les copient à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="299"/>
        <source>Your mail program should now show a new message to {to}.
The text of the email is on the clipboard for {s} seconds: click in the message, paste it ({paste}), check it, then send it.
No new message? Press “Copy the address” and write to that address from your usual email (for example in your web browser), then press “Copy the text” and paste it.</source>
        <translation>Votre programme de courrier devrait maintenant afficher un nouveau message à {to}.
Le texte de l'e-mail est dans le presse-papiers pendant {s} secondes : cliquez dans le message, collez-le ({paste}), relisez-le, puis envoyez-le.
Pas de nouveau message ? Appuyez sur « Copier l'adresse » et écrivez à cette adresse depuis votre messagerie habituelle (par exemple dans votre navigateur), puis appuyez sur « Copier le texte » et collez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="312"/>
        <source>Copied. Paste it into an email. The clipboard is cleared in {s} seconds.</source>
        <translation>Copié. Collez-le dans un e-mail. Le presse-papiers sera vidé dans {s} secondes.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/emails_dialog.py" line="321"/>
        <source>The address is on the clipboard for {s} seconds: paste it into “To” in a new message, then press “Copy the text”.</source>
        <translation>L'adresse est dans le presse-papiers pendant {s} secondes : collez-la dans « À » d'un nouveau message, puis appuyez sur « Copier le texte ».</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Copier</translation>
    </message>
    <message>
        <source>Your mail program was asked to open the email. Check it, then send it.</source>
        <translation type="vanished">Votre programme de courrier a été prié d'ouvrir l'e-mail. Relisez-le, puis envoyez-le.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../ui/help/first_run.py" line="87"/>
        <location filename="../../ui/help/first_run.py" line="101"/>
        <location filename="../../ui/help/first_run.py" line="152"/>
        <source>Welcome to Locator</source>
        <translation>Bienvenue dans Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="107"/>
        <source>What Locator is for</source>
        <translation>À quoi sert Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="108"/>
        <source>Locator helps you find and support a friend held in immigration detention in Belgium. It keeps a case file for each person, shows the next step to take (which centre to call, visits, a lawyer) and counts the legal deadlines.</source>
        <translation>Locator vous aide à retrouver et à soutenir un ami détenu en centre fermé en Belgique. Il garde un dossier pour chaque personne, montre la prochaine étape (quel centre appeler, les visites, un avocat) et compte les délais légaux.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="111"/>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="112"/>
        <source>Everything is kept in one encrypted file, the vault. You will now choose the passphrase that opens it. Nobody can recover a forgotten passphrase — not us, not anyone — and without it the vault cannot be opened again. Use five to seven random words. Write them down and keep them somewhere safe, away from this computer.</source>
        <translation>Tout est gardé dans un seul fichier chiffré, le coffre-fort. Vous allez maintenant choisir la phrase de passe qui l'ouvre. Personne ne peut retrouver une phrase de passe oubliée — ni nous, ni personne — et sans elle, le coffre-fort ne pourra plus jamais être ouvert. Utilisez cinq à sept mots choisis au hasard. Écrivez-les et gardez-les en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="117"/>
        <source>“Remember on this device”</source>
        <translation>« Se souvenir sur cet appareil »</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="119"/>
        <source>You can let this computer keep the vault key in its keyring, so you do not type the passphrase each time. Then anyone who can use this computer while you are logged in can open the vault too. Leave it off on a shared computer, or on one that could be searched or taken away.</source>
        <translation>Vous pouvez laisser cet ordinateur garder la clé du coffre-fort dans son trousseau de clés, pour ne pas taper la phrase de passe à chaque fois. Mais alors, toute personne qui peut utiliser cet ordinateur pendant que votre session est ouverte peut aussi ouvrir le coffre-fort. Laissez cette option désactivée sur un ordinateur partagé, ou sur un ordinateur qui pourrait être fouillé ou saisi.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="124"/>
        <source>Getting the Voice Out (GVO) knows the centres, the visitors and the lawyers. Write to them by email — never through Facebook or private messages:</source>
        <translation>Getting the Voice Out (GVO) connaît les centres, les visiteurs et les avocats. Écrivez-leur par e-mail — jamais par Facebook ni par message privé :</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="126"/>
        <source>Where to get help</source>
        <translation>Où trouver de l'aide</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="128"/>
        <source>In Locator, press F1 for the steps and the deadline rules.</source>
        <translation>Dans Locator, appuyez sur F1 pour voir les étapes et les règles des délais.</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="132"/>
        <source>Open the Help</source>
        <translation>Ouvrir l'aide</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="138"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="141"/>
        <source>Continue: create my vault</source>
        <translation>Continuer : créer mon coffre-fort</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/help/about.py" line="236"/>
        <source>&amp;About Locator</source>
        <translation>À pr&amp;opos de Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/first_run.py" line="286"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="413"/>
        <source>Locator &amp;Help</source>
        <extracomment>the fixed dates of the worked examples (Tuesday 1 December 2026, 09:10; a letter posted on Monday 7 December 2026), so Help shows the same examples every day</extracomment>
        <translation>&amp;Aide de Locator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help/window.py" line="59"/>
        <location filename="../../ui/help/window.py" line="343"/>
        <source>Locator Help</source>
        <translation>Aide de Locator</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="62"/>
        <source>Deadlines are an alarm, not legal advice.</source>
        <translation>Les délais sont une alarme, pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="69"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="74"/>
        <location filename="../../ui/help/window.py" line="133"/>
        <source>The steps to take</source>
        <translation>Les étapes à suivre</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="75"/>
        <location filename="../../ui/help/window.py" line="250"/>
        <source>Legal deadlines</source>
        <translation>Délais légaux</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="76"/>
        <source>Legal holidays</source>
        <translation>Jours fériés légaux</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="78"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="85"/>
        <source>What if…</source>
        <translation>Et si…</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="134"/>
        <source>For each case Locator shows the one step to do now. Here are all of them, phase by phase. Everyone does what they can: no step is an obligation.</source>
        <translation>Pour chaque dossier, Locator montre l'étape à faire maintenant. Les voici toutes, phase par phase. Chacun fait ce qu'il peut : aucune étape n'est une obligation.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="142"/>
        <source>at any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="145"/>
        <source>Why: {why}</source>
        <translation>Pourquoi : {why}</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="155"/>
        <source>From “{title}” by {publisher}, republished by {republisher}; checked on {date}.</source>
        <translation>D'après « {title} » de {publisher}, republié par {republisher} ; vérifié le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="166"/>
        <source>Belgian periods in days: the day the decision is handed over does not count; day 1 is the next day. Every calendar day counts, weekends and holidays included. If the last day is a Saturday, a Sunday or a legal public holiday, the deadline moves to the next day that is none of these. It ends at midnight (24:00), Brussels time. Sent by registered letter with acknowledgment of receipt: counting starts the day after the letter was first presented at the address. Sent by registered letter without acknowledgment or by ordinary post: counting starts on the third working day after the letter was handed to the post.</source>
        <translation>Délais belges en jours : le jour où la décision est remise ne compte pas ; le jour 1 est le lendemain. Chaque jour calendrier compte, week-ends et jours fériés compris. Si le dernier jour est un samedi, un dimanche ou un jour férié légal, le délai est reporté au premier jour suivant qui n'est aucun de ceux-ci. Il se termine à minuit (24:00), heure de Bruxelles. Envoi par recommandé avec accusé de réception : le compte commence le lendemain du jour où la lettre a été présentée pour la première fois à l'adresse. Envoi par recommandé sans accusé de réception ou par courrier ordinaire : le compte commence le troisième jour ouvrable après le dépôt de la lettre à la poste.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="176"/>
        <source>Belgian periods whose counting was not checked: day 1 is the day after the decision was handed over, and the last day is never moved for a weekend or a holiday. Locator counts this shorter reading; the lawyer may count more.</source>
        <translation>Délais belges dont le calcul n'a pas été vérifié : le jour 1 est le lendemain de la remise de la décision, et le dernier jour n'est jamais reporté pour un week-end ou un jour férié. Locator compte selon cette lecture plus courte ; l'avocat peut compter plus.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="180"/>
        <source>French periods that count the day of notification: day 1 is the day the decision was handed over; the period ends at midnight (24:00) on the last day, never extended for a weekend or a holiday.</source>
        <translation>Délais français qui comptent le jour de la notification : le jour 1 est le jour où la décision a été remise ; le délai se termine à minuit (24:00) le dernier jour, sans jamais être prolongé pour un week-end ou un jour férié.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="184"/>
        <source>French periods the courts count in different ways: Locator counts the shorter reading. Day 1 is the day after notification; the period ends at midnight (24:00) on the last day, never extended for a weekend or a holiday.</source>
        <translation>Délais français que les tribunaux comptent de différentes façons : Locator retient la lecture la plus courte. Le jour 1 est le lendemain de la notification ; le délai se termine à minuit (24:00) le dernier jour, sans jamais être prolongé pour un week-end ou un jour férié.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="188"/>
        <source>No deadline and no waiting time: the request can be filed at once.</source>
        <translation>Pas de délai et pas d'attente : la requête peut être introduite tout de suite.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="190"/>
        <source>Periods in hours: counted hour by hour from the moment the decision was handed over, and never extended for a weekend or a holiday.</source>
        <translation>Délais en heures : comptés heure par heure à partir du moment où la décision a été remise, et jamais prolongés pour un week-end ou un jour férié.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="193"/>
        <source>No deadline: a new request can be filed again a set number of months after the last decision. Locator shows the next possible date.</source>
        <translation>Pas de délai : une nouvelle requête peut être introduite un certain nombre de mois après la dernière décision. Locator montre la prochaine date possible.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="196"/>
        <source>A legal maximum, shown for information only: it is not a deadline to act.</source>
        <translation>Un maximum légal, montré pour information seulement : ce n'est pas un délai pour agir.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="202"/>
        <source>no deadline</source>
        <translation>pas de délai</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="204"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="206"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="208"/>
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="210"/>
        <source>{n} weeks ({days} days)</source>
        <translation>{n} semaines ({days} jours)</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="212"/>
        <source>({n} days if the person is not detained)</source>
        <translation>({n} jours si la personne n'est pas détenue)</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="223"/>
        <location filename="../../ui/help/window.py" line="229"/>
        <source>Handed over on {when}</source>
        <translation>Remise le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="231"/>
        <source>Handed to the post on {when}</source>
        <translation>Confiée à la poste le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="234"/>
        <source>Handed over on {when}, time not known</source>
        <translation>Remise le {when}, heure inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="251"/>
        <source>When you record a decision, Locator starts the legal timers that apply to it. Only a lawyer can file these appeals: your part is to get the decision and the facts to a lawyer in time, through GVO if you have none.</source>
        <translation>Quand vous notez une décision, Locator lance les délais légaux qui s'y appliquent. Seul un avocat peut introduire ces recours : votre rôle est de faire parvenir à temps la décision et les faits à un avocat, via GVO si vous n'en avez pas.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="254"/>
        <source>How the time is counted</source>
        <translation>Comment le temps est compté</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="259"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="259"/>
        <source>France (for information)</source>
        <translation>France (pour information)</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="270"/>
        <source>Period: {period}.</source>
        <translation>Délai : {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="271"/>
        <source>The date you enter: {what}.</source>
        <translation>La date à indiquer : {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="275"/>
        <source>Worked examples (computed by Locator):</source>
        <translation>Exemples (calculés par Locator) :</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="282"/>
        <source>Not sure whether this applies? Then Locator counts the shorter period: {title}.</source>
        <translation>Vous n'êtes pas sûr que cela s'applique ? Locator compte alors le délai le plus court : {title}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="297"/>
        <source>The {n} legal public holidays</source>
        <translation>Les {n} jours fériés légaux</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="299"/>
        <source>Besides Saturdays and Sundays, only these days move the last day of a Belgian deadline. Regional and community holidays (such as 11 July, 27 September or 15 November) and 26 December do not.</source>
        <translation>En plus des samedis et dimanches, seuls ces jours reportent le dernier jour d'un délai belge. Les fêtes régionales et communautaires (comme le 11 juillet, le 27 septembre ou le 15 novembre) et le 26 décembre ne le font pas.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="314"/>
        <source>Source: {title}. Last checked on {date}.</source>
        <translation>Source : {title}. Dernière vérification le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="333"/>
        <source>Search the cases; then Down or Enter opens the first case found</source>
        <translation>Chercher dans les dossiers ; ensuite Bas ou Entrée ouvre le premier dossier trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="344"/>
        <source>underlined letter</source>
        <translation>lettre soulignée</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="345"/>
        <source>Open a menu: every button of the toolbar is in a menu too</source>
        <translation>Ouvrir un menu : chaque bouton de la barre d'outils se trouve aussi dans un menu</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="346"/>
        <source>Next / previous field or button</source>
        <translation>Champ ou bouton suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="349"/>
        <source>Next / previous page of the case</source>
        <translation>Page suivante / précédente du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="350"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Appuyer sur le bouton ou cocher la case sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="351"/>
        <source>The main button of a window</source>
        <translation>Le bouton principal d'une fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="352"/>
        <source>Close a window without saving</source>
        <translation>Fermer une fenêtre sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="354"/>
        <source>Using the keyboard</source>
        <translation>Utiliser le clavier</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="355"/>
        <source>Everything in Locator can be done without a mouse.</source>
        <translation>Tout dans Locator peut se faire sans souris.</translation>
    </message>
    <message>
        <source>For example, handed over today, {today}: the last day is {due}, until 24:00.</source>
        <translation type="vanished">Par exemple, si elle est remise aujourd'hui, {today} : le dernier jour est le {due}, jusqu'à 24:00.</translation>
    </message>
    <message>
        <source>(Moved forward from {day}, which is not a working day.)</source>
        <translation type="vanished">(Reporté du {day}, qui n'est pas un jour ouvrable.)</translation>
    </message>
    <message>
        <source>Belgian periods in days: the day the decision is handed over does not count; day 1 is the next day. Every calendar day counts, weekends and holidays included. If the last day is a Saturday, a Sunday or a legal public holiday, the deadline moves to the next day that is none of these. It ends at midnight (24:00), Brussels time. Sent by registered letter: counting starts the day after the letter is presented. Sent by ordinary post: counting starts on the third working day after posting.</source>
        <translation type="vanished">Délais belges en jours : le jour où la décision est remise ne compte pas ; le jour 1 est le lendemain. Tous les jours du calendrier comptent, week-ends et jours fériés compris. Si le dernier jour est un samedi, un dimanche ou un jour férié légal, le délai est reporté au jour suivant qui n'est rien de tout cela. Il se termine à minuit (24:00), heure de Bruxelles. Envoi par recommandé : le délai commence le lendemain de la présentation de la lettre. Envoi par courrier ordinaire : le délai commence le troisième jour ouvrable après l'envoi.</translation>
    </message>
</context>
<context>
    <name>Locate</name>
    <message>
        <source>{centre}: {answer}</source>
        <extracomment>actions other features add to the window, found by objectName; the fallback edits the field</extracomment>
        <translation type="vanished">{centre} : {answer}</translation>
    </message>
    <message>
        <source>{centre}, {day}: {visitor}</source>
        <translation type="vanished">{centre}, {day} : {visitor}</translation>
    </message>
    <message>
        <source>phone handed over</source>
        <translation type="vanished">téléphone remis</translation>
    </message>
    <message>
        <source>GVO</source>
        <translation type="vanished">GVO</translation>
    </message>
    <message>
        <source>the lawyer</source>
        <translation type="vanished">l'avocat</translation>
    </message>
    <message>
        <source>asked to look for them</source>
        <translation type="vanished">demande de recherche</translation>
    </message>
    <message>
        <source>told where they are held</source>
        <translation type="vanished">lieu de détention communiqué</translation>
    </message>
    <message>
        <source>asked for a lawyer</source>
        <translation type="vanished">demande d'avocat</translation>
    </message>
    <message>
        <source>told what happened</source>
        <translation type="vanished">nouvelles communiquées</translation>
    </message>
    <message>
        <source>told about the flight</source>
        <translation type="vanished">vol signalé</translation>
    </message>
    <message>
        <source>asked for support at the flight</source>
        <translation type="vanished">demande de soutien au moment du vol</translation>
    </message>
    <message>
        <source>To {to}: {purpose}</source>
        <translation type="vanished">À {to} : {purpose}</translation>
    </message>
    <message>
        <source>“{step}”: {n} of {total} ticked</source>
        <translation type="vanished">« {step} » : {n} cochés sur {total}</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="vanished">faite</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="vanished">passée</translation>
    </message>
    <message>
        <source>opened again</source>
        <translation type="vanished">rouverte</translation>
    </message>
    <message>
        <source>“{step}”: {state}</source>
        <translation type="vanished">« {step} » : {state}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Search names, nationality, centre, notes</source>
        <extracomment>the full integrity check starts this long after the vault's first paint the window was closed by the person (the vault locked first): the app ends the case now shown (a saved Case), or None (new unsaved case, nothing, or locked) an open vault, after unlocking (vault, for_good) just before the vault is closed: on a lock (False) or because the window closes and the app ends (True). The last moment to use it (automatic backup). (Changes) after each write, once the window's own widgets show it</extracomment>
        <translation>Chercher noms, nationalité, centre, notes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Search cases</source>
        <translation>Chercher des dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Photos and scans</source>
        <translation>Photos et scans</translation>
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
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Vie&amp;w</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>The full check of the vault found damage in the file. Editing is locked so that nothing more is written over it; you can still read your cases. Lock Locator and restore your latest backup.</source>
        <translation>La vérification complète du coffre-fort a trouvé des dégâts dans le fichier. La modification est bloquée pour que plus rien ne soit écrit par-dessus ; vous pouvez encore lire vos dossiers. Verrouillez Locator et restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>The vault is damaged</source>
        <translation>Le coffre-fort est endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Your changes from before the lock are back. Save them, or open another case to discard them.</source>
        <translation>Vos modifications d'avant le verrouillage sont revenues. Enregistrez-les, ou ouvrez un autre dossier pour les abandonner.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>The list could not be read. Lock Locator and unlock it again.</source>
        <translation>La liste n'a pas pu être lue. Verrouillez Locator et déverrouillez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Not saved</source>
        <translation>Pas enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Since you opened this case, it was changed elsewhere (in another window or by the command line): {names}.</source>
        <translation>Depuis que vous avez ouvert ce dossier, il a été modifié ailleurs (dans une autre fenêtre ou par la ligne de commande) : {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Keep mine: your values replace those. Take theirs: the case as it is stored now is shown, and what you typed is dropped. Cancel: nothing is saved yet.</source>
        <translation>Garder les miennes : vos valeurs remplacent celles-là. Prendre les leurs : le dossier tel qu'il est enregistré maintenant s'affiche, et ce que vous avez tapé est abandonné. Annuler : rien n'est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="626"/>
        <source>Take theirs</source>
        <translation>Prendre les leurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636"/>
        <source>The case as it is stored now.</source>
        <translation>Le dossier tel qu'il est enregistré maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>This case has changes that are not saved yet. Save them now?</source>
        <translation>Ce dossier a des modifications qui ne sont pas encore enregistrées. Les enregistrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="727"/>
        <source>Your changes cannot be kept</source>
        <translation>Vos modifications ne peuvent pas être gardées</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>The vault cannot take your unsaved changes now (it may have been moved, or its disk is full or gone).</source>
        <translation>Le coffre-fort ne peut pas recevoir vos modifications non enregistrées maintenant (il a peut-être été déplacé, ou son disque est plein ou absent).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>Quit and lose them</source>
        <translation>Quitter et les perdre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="731"/>
        <source>Cancel keeps Locator open: put the vault back, or lock (Ctrl+L) to keep the changes in memory until you unlock.</source>
        <translation>Annuler garde Locator ouvert : remettez le coffre-fort en place, ou verrouillez (Ctrl+L) pour garder les modifications en mémoire jusqu'au déverrouillage.</translation>
    </message>
</context>
<context>
    <name>MergeChoicesDialog</name>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="39"/>
        <source>Cases found in both vaults</source>
        <translation>Dossiers présents dans les deux coffres-forts</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="42"/>
        <source>These cases of the copy seem to be people you already have, but what is written differs. Nothing of yours is replaced unless you choose “Take theirs”. With “Keep both”, the copy's version is added as a separate case, marked as a possible duplicate on its timeline, so you can compare them later.</source>
        <translation>Ces dossiers de la copie semblent concerner des personnes que vous avez déjà, mais ce qui est écrit est différent. Rien de chez vous n'est remplacé, sauf si vous choisissez « Prendre les leurs ». Avec « Garder les deux », la version de la copie est ajoutée comme dossier séparé, marqué comme doublon possible dans sa chronologie, pour que vous puissiez les comparer plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="53"/>
        <source>In the copy</source>
        <translation>Dans la copie</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="53"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="54"/>
        <source>Changed last</source>
        <translation>Modifié en dernier</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="54"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="65"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="73"/>
        <source>case {n}: {name}</source>
        <translation>dossier {n} : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="74"/>
        <source>the copy</source>
        <translation>la copie</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="74"/>
        <source>here</source>
        <translation>ici</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="27"/>
        <source>Keep both (check later)</source>
        <translation>Garder les deux (vérifier plus tard)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="28"/>
        <source>Keep mine, leave theirs out</source>
        <translation>Garder le mien, laisser le leur</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="29"/>
        <source>Take theirs (records are added, never removed)</source>
        <translation>Prendre les leurs (des éléments sont ajoutés, jamais supprimés)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="108"/>
        <source>The import is finished.</source>
        <translation>L'importation est terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="109"/>
        <source>New cases added: {n}</source>
        <translation>Nouveaux dossiers ajoutés : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="111"/>
        <source>Kept side by side with one of yours, to compare (each says “possible duplicate” on its timeline): {n}</source>
        <translation>Gardés à côté d'un des vôtres, pour comparer (chacun porte « doublon possible » dans sa chronologie) : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="114"/>
        <source>  • case {new}, possibly the same person as case {old} ({name})</source>
        <translation>  • dossier {new}, peut-être la même personne que le dossier {old} ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="118"/>
        <source>Taken from the copy: {n}</source>
        <translation>Repris de la copie : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="121"/>
        <source>Left out, yours kept: {n}</source>
        <translation>Laissés de côté, les vôtres gardés : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/merge_dialog.py" line="123"/>
        <source>Already here, skipped: {n}</source>
        <translation>Déjà présents, ignorés : {n}</translation>
    </message>
</context>
<context>
    <name>NestedTable</name>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="56"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="57"/>
        <source>Phone numbers (comma between)</source>
        <translation>Numéros de téléphone (séparés par une virgule)</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="59"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="63"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="64"/>
        <source>Annexe</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="65"/>
        <source>Notified (YYYY-MM-DD, then HH:MM if known)</source>
        <translation>Notifiée (AAAA-MM-JJ, puis HH:MM si connue)</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="67"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="68"/>
        <source>Earlier removal order?</source>
        <translation>Mesure d'éloignement antérieure ?</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="71"/>
        <source>New asylum application in detention?</source>
        <translation>Nouvelle demande d'asile en détention ?</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="72"/>
        <location filename="../../ui/case/nested_tables.py" line="80"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="76"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="77"/>
        <source>Flight</source>
        <translation>Vol</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="78"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="79"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="98"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="101"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/case/nested_tables.py" line="146"/>
        <source>Row {n}</source>
        <translation>Ligne {n}</translation>
    </message>
    <message>
        <source>Notified (YYYY-MM-DD HH:MM)</source>
        <translation type="vanished">Notifiée (AAAA-MM-JJ HH:MM)</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="32"/>
        <source>A deadline needs attention</source>
        <translation>Un délai demande votre attention</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="33"/>
        <source>{n} deadlines need attention</source>
        <translation>{n} délais demandent votre attention</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="34"/>
        <source>Open Locator to see which.</source>
        <translation>Ouvrez Locator pour voir lesquels.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="37"/>
        <source>It may apply only in certain cases — the lawyer decides.</source>
        <translation>Il ne s'applique peut-être que dans certains cas — l'avocat décide.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="39"/>
        <source>Some may apply only in certain cases — the lawyer decides.</source>
        <translation>Certains ne s'appliquent peut-être que dans certains cas — l'avocat décide.</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="69"/>
        <source>Show Locator</source>
        <translation>Afficher Locator</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/notifier.py" line="71"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="32"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="62"/>
        <source>Suggest a passphrase</source>
        <translation>Proposer une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="64"/>
        <source>Six random words in the language of Locator</source>
        <translation>Six mots au hasard dans la langue de Locator</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="75"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="97"/>
        <source>Suggested passphrase</source>
        <translation>Phrase de passe proposée</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="100"/>
        <source>Write these words on the recovery sheet (Vault → Recovery…) or on paper kept away from this computer, then type them again in the second field.</source>
        <translation>Écrivez ces mots sur la fiche de récupération (Coffre-fort → Récupération…) ou sur un papier gardé loin de cet ordinateur, puis tapez-les à nouveau dans le second champ.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="107"/>
        <source>Other words</source>
        <translation>D'autres mots</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="110"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="113"/>
        <source>Copies the words for {n} seconds, then empties the clipboard</source>
        <translation>Copie les mots pendant {n} secondes, puis vide le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="136"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="145"/>
        <source>This passphrase is too easy to guess. {reason} {advice}</source>
        <translation>Cette phrase de passe est trop facile à deviner. {reason} {advice}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="171"/>
        <source>Five to seven random words make a strong passphrase.</source>
        <translation>Cinq à sept mots au hasard font une phrase de passe solide.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="176"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="176"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="176"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="177"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="179"/>
        <source>Strength: {word}</source>
        <translation>Solidité : {word}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="182"/>
        <source>Strength: {word}. Not accepted: {reason}</source>
        <translation>Solidité : {word}. Refusée : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_form.py" line="206"/>
        <source>Copied. Locator empties the clipboard in {n} seconds.</source>
        <translation>Copié. Locator vide le presse-papiers dans {n} secondes.</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="33"/>
        <source>Call this number</source>
        <translation>Appeler ce numéro</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="46"/>
        <source>This computer does not make the call: dial this number on your phone. When the call is over, come back here and press what they answered.
The number is also copied, for a calling program.</source>
        <translation>Cet ordinateur ne passe pas l'appel : composez ce numéro sur votre téléphone. Quand l'appel est fini, revenez ici et appuyez sur ce qu'on vous a répondu.
Le numéro est aussi copié, pour un programme d'appel.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="51"/>
        <source>Copy the number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="54"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="71"/>
        <source>Call {who} from your phone:</source>
        <translation>Appelez {who} avec votre téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="73"/>
        <source>Phone number: {number}</source>
        <translation>Numéro de téléphone : {number}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/phone_dialog.py" line="82"/>
        <source>The number is copied to the clipboard. It is cleared in {s} seconds.</source>
        <translation>Le numéro est copié dans le presse-papiers. Il est effacé dans {s} secondes.</translation>
    </message>
    <message>
        <source>This computer does not make the call: dial this number on your phone. When the call is over, come back here and press what they answered.
You can also copy the number, for example into a calling program.</source>
        <translation type="vanished">Cet ordinateur ne passe pas l'appel : composez ce numéro sur votre téléphone. Quand l'appel est fini, revenez ici et appuyez sur ce qu'on vous a répondu.
Vous pouvez aussi copier le numéro, par exemple dans un programme d'appel.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {s} seconds.</source>
        <translation type="vanished">Copié. Le presse-papiers sera vidé dans {s} secondes.</translation>
    </message>
</context>
<context>
    <name>ProcedureBrowser</name>
    <message>
        <location filename="../../ui/procedure/browser.py" line="45"/>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="46"/>
        <source>▶ now</source>
        <translation>▶ maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="47"/>
        <source>✓ done</source>
        <translation>✓ faite</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="48"/>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="49"/>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="50"/>
        <source>does not apply now</source>
        <translation>ne s'applique pas maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="61"/>
        <location filename="../../ui/procedure/browser.py" line="67"/>
        <source>The whole procedure</source>
        <translation>Toute la procédure</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="68"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="68"/>
        <source>For this case</source>
        <translation>Pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="84"/>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="85"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="86"/>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/browser.py" line="165"/>
        <source>Why: {why}</source>
        <translation>Pourquoi : {why}</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/common/prompts.py" line="114"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="161"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="163"/>
        <source>Type the passphrase again</source>
        <translation>Retapez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="189"/>
        <source>Five to seven random words make a strong passphrase.</source>
        <translation>Cinq à sept mots choisis au hasard font une phrase de passe solide.</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="196"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="196"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="197"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="197"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="198"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="199"/>
        <source>Strength: {word}</source>
        <translation>Solidité : {word}</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="203"/>
        <source>Type a passphrase.</source>
        <translation>Tapez une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="205"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="241"/>
        <source>Locator</source>
        <translation>Locator</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="256"/>
        <source>The file could not be read or written ({reason}).</source>
        <translation>Le fichier n'a pas pu être lu ou écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/prompts.py" line="258"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
</context>
<context>
    <name>ReadDocumentDialog</name>
    <message>
        <location filename="../../ui/documents/dialog.py" line="139"/>
        <source>Read this document</source>
        <translation>Lire ce document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="152"/>
        <source>Drag over the picture to read only that part.</source>
        <extracomment>the part to read, as fractions of the turned picture (None: all of it)</extracomment>
        <translation>Faites glisser la souris sur l'image pour ne lire que cette partie.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="154"/>
        <source>The photo or scan</source>
        <translation>La photo ou le scan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="158"/>
        <source>Turn left</source>
        <translation>Tourner à gauche</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="161"/>
        <source>Turn right</source>
        <translation>Tourner à droite</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="164"/>
        <source>Read all of it</source>
        <translation>Tout lire</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="166"/>
        <source>Forget the part marked on the picture.</source>
        <translation>Oublier la partie marquée sur l'image.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="176"/>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="182"/>
        <source>Cancel reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="186"/>
        <source>Read on this computer only: nothing is sent anywhere. Check every value against the paper.</source>
        <translation>Lu sur cet ordinateur uniquement : rien n'est envoyé nulle part. Vérifiez chaque valeur sur le papier.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="195"/>
        <source>Save accepted values</source>
        <translation>Enregistrer les valeurs acceptées</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="199"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="226"/>
        <source>This file cannot be shown.</source>
        <translation>Ce fichier ne peut pas être affiché.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="253"/>
        <source>Reading…</source>
        <translation>Lecture en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="277"/>
        <source>Reading was cancelled.</source>
        <translation>La lecture a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="281"/>
        <source>The document could not be read.</source>
        <translation>Le document n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="293"/>
        <source>Nothing could be read on this document. Turn it upright, or take a sharper, straighter photo.</source>
        <translation>Rien n'a pu être lu sur ce document. Remettez-le droit, ou prenez une photo plus nette et plus droite.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="296"/>
        <source>Least certain first. Accept, correct or reject each value; only accepted and corrected values are saved.</source>
        <translation>Les moins sûres d'abord. Acceptez, corrigez ou rejetez chaque valeur ; seules les valeurs acceptées ou corrigées sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="308"/>
        <source>{confidence} % sure</source>
        <translation>{confidence} % de certitude</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="313"/>
        <source>saved as a new decision (its deadlines start)</source>
        <translation>enregistré comme nouvelle décision (ses délais commencent)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="315"/>
        <source>kept on the timeline only</source>
        <translation>gardé seulement dans la chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="323"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="323"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="324"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="368"/>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="369"/>
        <source>Accept or correct at least one value first.</source>
        <translation>Acceptez ou corrigez d'abord au moins une valeur.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialog.py" line="376"/>
        <source>Not saved</source>
        <translation>Pas enregistré</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/vault/recovery.py" line="29"/>
        <source>Locator — recovery sheet</source>
        <translation>Locator — fiche de secours</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="30"/>
        <source>Made on {date}.</source>
        <translation>Faite le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="31"/>
        <source>Vault file: {path}</source>
        <translation>Fichier du coffre-fort : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="32"/>
        <source>Backups made by Locator: the folder “{name}” next to it.</source>
        <translation>Sauvegardes faites par Locator : le dossier « {name} » juste à côté.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="34"/>
        <source>Write the passphrase below by hand, exactly (capital letters, spaces). Keep this sheet somewhere safe, away from the computer: together with the vault file it opens every case. Without the passphrase nobody — not the makers of Locator, not anyone — can open the vault.</source>
        <translation>Écrivez la phrase de passe ci-dessous à la main, exactement (majuscules, espaces). Gardez cette feuille en lieu sûr, loin de l'ordinateur : avec le fichier du coffre-fort, elle ouvre tous les dossiers. Sans la phrase de passe, personne — ni les créateurs de Locator, ni personne d'autre — ne peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="39"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="40"/>
        <source>If you made an encrypted copy with a second passphrase:</source>
        <translation>Si vous avez fait une copie chiffrée avec une deuxième phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="42"/>
        <source>Where the copy is:</source>
        <translation>Où se trouve la copie :</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="43"/>
        <source>Its passphrase:</source>
        <translation>Sa phrase de passe :</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/vault/recovery.py" line="54"/>
        <source>Recovery</source>
        <translation>Secours</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="60"/>
        <source>If you forget your passphrase, the vault cannot be opened again. Nobody can recover it — not the makers of Locator, not anyone. This is what keeps the people you help safe if the computer is taken.

Prepare now, in one or both ways:</source>
        <translation>Si vous oubliez votre phrase de passe, le coffre-fort ne pourra plus jamais être ouvert. Personne ne peut la retrouver — ni les créateurs de Locator, ni personne d'autre. C'est ce qui protège les personnes que vous aidez si l'ordinateur est saisi.

Préparez-vous maintenant, d'une de ces deux façons ou des deux :</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="66"/>
        <source>Make an encrypted copy with a second passphrase…</source>
        <translation>Faire une copie chiffrée avec une deuxième phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="68"/>
        <source>Keep the copy and its passphrase somewhere else (a trusted person, a safe place).</source>
        <translation>Gardez la copie et sa phrase de passe ailleurs (chez une personne de confiance, en lieu sûr).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="72"/>
        <source>Save a recovery sheet to print (PDF)…</source>
        <translation>Enregistrer une fiche de secours à imprimer (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="74"/>
        <source>A page with where the vault is and blank lines to write the passphrase by hand. It holds nothing about any case.</source>
        <translation>Une page qui dit où se trouve le coffre-fort, avec des lignes vides pour écrire la phrase de passe à la main. Elle ne contient rien sur aucun dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="85"/>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de secours</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="87"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="94"/>
        <source>Not saved</source>
        <translation>Pas enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="96"/>
        <source>Recovery sheet saved</source>
        <translation>Fiche de secours enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery.py" line="97"/>
        <source>Saved here:
{path}

Print it, write the passphrase on it by hand, then delete the file.</source>
        <translation>Enregistrée ici :
{path}

Imprimez-la, écrivez-y la phrase de passe à la main, puis supprimez le fichier.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="33"/>
        <source>I have sent it</source>
        <translation>Je l'ai envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="38"/>
        <source>your name, or the name of who sent it</source>
        <translation>votre nom, ou le nom de qui l'a envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="47"/>
        <source>Record as sent</source>
        <translation>Noter comme envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="52"/>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="53"/>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="68"/>
        <source>Say who sent it.</source>
        <translation>Dites qui l'a envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="71"/>
        <source>Give the day it was sent: type it (YYYY-MM-DD) or pick it in the calendar.</source>
        <translation>Donnez le jour de l'envoi : tapez-le (AAAA-MM-JJ) ou choisissez-le dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/common/sent_dialog.py" line="74"/>
        <source>The day it was sent cannot be in the future.</source>
        <translation>Le jour de l'envoi ne peut pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/vault/settings.py" line="69"/>
        <source>Settings</source>
        <extracomment>the keyring could not answer (locked, its prompt dismissed, not answering in time) "restart to see the new language", in each language itself: the person who picks a language they read is told in it (the translators of the running app speak the old one)</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="80"/>
        <source>The computer's language</source>
        <translation>La langue de l'ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="85"/>
        <location filename="../../ui/vault/settings.py" line="86"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="88"/>
        <source>A new language shows the next time Locator starts. Dates follow the language too.</source>
        <translation>La nouvelle langue s'affichera au prochain démarrage de Locator. Les dates suivent aussi la langue.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="101"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="103"/>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="104"/>
        <source>Lock after this long without use</source>
        <translation>Verrouiller après ce temps sans utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="106"/>
        <source>Time the computer spends asleep counts too. 0 turns automatic locking off (not advised). The default is {n} minutes.</source>
        <translation>Le temps où l'ordinateur est en veille compte aussi. 0 désactive le verrouillage automatique (déconseillé). Par défaut : {n} minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="110"/>
        <source>Quit Locator instead of locking</source>
        <translation>Quitter Locator au lieu de verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="115"/>
        <source>Locking empties every window, but a program cannot be sure nothing stays in its memory. Quitting is the strongest protection: unsaved changes are kept, encrypted, and come back when you open the vault again.</source>
        <translation>Le verrouillage vide toutes les fenêtres, mais un programme ne peut pas être sûr que rien ne reste dans sa mémoire. Quitter est la protection la plus forte : les modifications non enregistrées sont gardées, chiffrées, et reviennent quand vous rouvrez le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="119"/>
        <source>Forget this device's key</source>
        <translation>Oublier la clé de cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="141"/>
        <source>Restart Locator to see it in this language: close it and open it again.</source>
        <translation>Redémarrez Locator pour le voir dans cette langue : fermez-le et ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="174"/>
        <source>Checking this computer's keyring…</source>
        <translation>Vérification du trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="199"/>
        <source>The keyring of this computer is locked, so Locator cannot tell whether it keeps the vault key. “Forget this device's key” asks the keyring to unlock first.</source>
        <translation>Le trousseau de cet ordinateur est verrouillé : Locator ne peut donc pas savoir s'il garde la clé du coffre-fort. « Oublier la clé de cet appareil » demande d'abord au trousseau de se déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="205"/>
        <source>This computer remembers the vault key ({where}): anyone using your account can open the vault without the passphrase.</source>
        <translation>Cet ordinateur se souvient de la clé du coffre-fort ({where}) : toute personne qui utilise votre compte peut ouvrir le coffre-fort sans la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="210"/>
        <location filename="../../ui/vault/settings.py" line="238"/>
        <source>This computer does not remember the vault key: the passphrase is asked every time.</source>
        <translation>Cet ordinateur ne se souvient pas de la clé du coffre-fort : la phrase de passe est demandée à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="216"/>
        <source>Asking the keyring to forget the key…</source>
        <translation>Le trousseau est prié d'oublier la clé…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="231"/>
        <source>The keyring could not be asked to forget the key (it may be locked), so it may still keep it. Try again, or delete the “Locator vault” entry in your keyring program.</source>
        <translation>Le trousseau n'a pas pu être prié d'oublier la clé (il est peut-être verrouillé) : il la garde donc peut-être encore. Réessayez, ou supprimez l'entrée « Locator vault » dans votre programme de trousseau de clés.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/settings.py" line="236"/>
        <source>Forgotten. The passphrase will be asked next time.</source>
        <translation>Oubliée. La phrase de passe sera demandée la prochaine fois.</translation>
    </message>
    <message>
        <source>The keyring refused to forget the key. Remove the “Locator vault” entry in your keyring program.</source>
        <translation type="vanished">Le trousseau de clés a refusé d'oublier la clé. Supprimez l'entrée « Locator vault » dans votre programme de trousseau de clés.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="69"/>
        <source>Call the centres</source>
        <translation>Appeler les centres</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="70"/>
        <location filename="../../ui/procedure/step_panel.py" line="71"/>
        <source>Write the email to GVO</source>
        <translation>Écrire l'e-mail à GVO</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="72"/>
        <source>Write the lawyer request to GVO</source>
        <translation>Écrire à GVO pour demander un avocat</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="73"/>
        <source>Write the news to GVO</source>
        <translation>Écrire les nouvelles à GVO</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="74"/>
        <source>Ask GVO for support at the flight</source>
        <translation>Demander à GVO un soutien au moment du vol</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="75"/>
        <source>Write to the lawyer now</source>
        <translation>Écrire à l'avocat maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="76"/>
        <source>Write down a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="77"/>
        <source>Add a photo or scan</source>
        <translation>Ajouter une photo ou un scan</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="78"/>
        <source>Write a note</source>
        <translation>Écrire une note</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="79"/>
        <source>Write down a paper they received</source>
        <translation>Noter un papier reçu</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="80"/>
        <source>Write down a flight or attempt</source>
        <translation>Noter un vol ou une tentative</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="81"/>
        <source>Prepare the lawyer brief</source>
        <translation>Préparer la fiche pour l'avocat</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="82"/>
        <source>I did this</source>
        <translation>C'est fait</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="83"/>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="88"/>
        <source>Fill in: {field}</source>
        <translation>Compléter : {field}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="94"/>
        <source>the lawyer</source>
        <translation>l'avocat</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="95"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="96"/>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="97"/>
        <source>deportation attempts</source>
        <translation>tentatives d'expulsion</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="149"/>
        <source>{d} d {h} h</source>
        <translation>{d} j {h} h</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="150"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="183"/>
        <source>See the whole procedure</source>
        <translation>Voir toute la procédure</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="265"/>
        <source>Nothing to do right now</source>
        <translation>Rien à faire pour le moment</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="266"/>
        <source>This case is closed.</source>
        <translation>Ce dossier est clôturé.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="267"/>
        <source>Nothing to do right now.</source>
        <translation>Rien à faire pour le moment.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="273"/>
        <source>NOW · {phase}</source>
        <translation>MAINTENANT · {phase}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="276"/>
        <source>Why: {why}</source>
        <translation>Pourquoi : {why}</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="290"/>
        <source>Who did you ask? Tick what you did:</source>
        <translation>À qui avez-vous demandé ? Cochez ce que vous avez fait :</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="331"/>
        <source>Last contact {ago} ago. The 24 hours are over since {when}.</source>
        <translation>Dernier contact il y a {ago}. Les 24 heures sont passées depuis le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/step_panel.py" line="333"/>
        <source>Last contact {ago} ago. 24 hours are reached on {when}, in {left}.</source>
        <translation>Dernier contact il y a {ago}. Les 24 heures seront atteintes le {when}, dans {left}.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team/dialog.py" line="109"/>
        <source>Share with a team</source>
        <translation>Partager avec une équipe</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="132"/>
        <source>Pick a folder that a sync program (Syncthing, Nextcloud, a shared drive) keeps the same on every member's computer. Locator writes only encrypted files there: whoever runs the folder cannot read them. Only cases you share, whose person agreed to share with referents, are ever written.</source>
        <translation>Choisissez un répertoire qu'un programme de synchronisation (Syncthing, Nextcloud, un disque partagé) garde identique sur l'ordinateur de chaque membre. Locator n'y écrit que des fichiers chiffrés : qui gère le répertoire ne peut pas les lire. Seuls les dossiers que vous partagez, et dont la personne a accepté le partage avec les référents, y sont écrits.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="139"/>
        <source>Create a new team</source>
        <translation>Créer une nouvelle équipe</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="141"/>
        <source>Join a team with an invitation code</source>
        <translation>Rejoindre une équipe avec un code d'invitation</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="153"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="158"/>
        <source>Team folder</source>
        <translation>Répertoire de l'équipe</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="161"/>
        <source>Your name in the team</source>
        <translation>Votre nom dans l'équipe</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="165"/>
        <source>Invitation code</source>
        <translation>Code d'invitation</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="168"/>
        <source>Start sharing</source>
        <translation>Commencer le partage</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="181"/>
        <source>The team folder</source>
        <translation>Le répertoire de l'équipe</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="189"/>
        <source>Give the team folder and your name.</source>
        <translation>Indiquez le répertoire de l'équipe et votre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="194"/>
        <source>Joined the team. Every shared case is here now.</source>
        <translation>Vous avez rejoint l'équipe. Tous les dossiers partagés sont maintenant ici.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="197"/>
        <source>The team is made. Invite the other members.</source>
        <translation>L'équipe est créée. Invitez les autres membres.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="212"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="212"/>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="212"/>
        <source>Has this device's changes</source>
        <translation>A les modifications de cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="218"/>
        <source>Shared case</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="218"/>
        <source>Last changed by</source>
        <translation>Modifié en dernier par</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="218"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="221"/>
        <source>Conflicts: the same field changed on two devices</source>
        <translation>Conflits : le même champ modifié sur deux appareils</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="225"/>
        <source>Case, field</source>
        <translation>Dossier, champ</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="225"/>
        <source>Kept (everyone has it)</source>
        <translation>Gardée (tout le monde l'a)</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="225"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="226"/>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="232"/>
        <source>Keep the value everyone has</source>
        <translation>Garder la valeur que tout le monde a</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="235"/>
        <source>Take the other value</source>
        <translation>Prendre l'autre valeur</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="242"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="245"/>
        <source>Invite a member…</source>
        <translation>Inviter un membre…</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="269"/>
        <source>This device was removed from the team: it no longer writes or reads changes. What it had stays here.</source>
        <translation>Cet appareil a été retiré de l'équipe : il n'écrit ni ne lit plus de modifications. Ce qu'il avait reste ici.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="272"/>
        <source>This device has changes no one else has yet.</source>
        <translation>Cet appareil a des modifications que personne d'autre n'a encore.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="274"/>
        <source>Every other member has this device's changes.</source>
        <translation>Tous les autres membres ont les modifications de cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="275"/>
        <source>Shared cases: %1</source>
        <translation>Dossiers partagés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="280"/>
        <source> (this device)</source>
        <translation> (cet appareil)</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="282"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="283"/>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="284"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="284"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="297"/>
        <source>case %1, %2</source>
        <translation>dossier %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="324"/>
        <source>Settled. The other members get it at their next sync.</source>
        <translation>Réglé. Les autres membres le reçoivent à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="335"/>
        <source>Read this code to the new member, once: %1</source>
        <translation>Lisez ce code au nouveau membre, une seule fois : %1</translation>
    </message>
    <message>
        <location filename="../../ui/team/dialog.py" line="347"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/dialog.py" line="356"/>
        <source>Applied %n change(s) from other members.</source>
        <translation>
            <numerusform>%n modification d'autres membres appliquée.</numerusform>
            <numerusform>%n modifications d'autres membres appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/dialog.py" line="357"/>
        <source>Wrote %n change(s) from this device.</source>
        <translation>
            <numerusform>%n modification de cet appareil écrite.</numerusform>
            <numerusform>%n modifications de cet appareil écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation type="vanished">Garder la valeur gardée</translation>
    </message>
    <message>
        <source>Applied %1 change(s) of others; wrote %2 of this device.</source>
        <translation type="vanished">Modifications des autres appliquées : %1 ; modifications de cet appareil écrites : %2.</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../../ui/team/feature.py" line="34"/>
        <source>Share with a team…</source>
        <extracomment>how long after the last change in the folder the sync starts (files arrive in bursts)</extracomment>
        <translation>Partager avec une équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/team/feature.py" line="37"/>
        <source>Share this case with the team</source>
        <translation>Partager ce dossier avec l'équipe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/feature.py" line="103"/>
        <source>%n change(s) from the team applied.</source>
        <translation>
            <numerusform>%n modification de l'équipe appliquée.</numerusform>
            <numerusform>%n modifications de l'équipe appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/team/feature.py" line="158"/>
        <source>Shared with the team: sending it now.</source>
        <translation>Partagé avec l'équipe : envoi en cours.</translation>
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
        <translation type="vanished"> (centre : {centre})</translation>
    </message>
    <message>
        <source>Correction: {text}</source>
        <translation type="vanished">Correction : {text}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/case/timeline.py" line="64"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="65"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="65"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="65"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="69"/>
        <location filename="../../ui/case/timeline.py" line="70"/>
        <source>Write a note for the timeline</source>
        <translation>Écrire une note dans la chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="71"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="74"/>
        <source>Correct selected entry</source>
        <translation>Corriger la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="76"/>
        <source>Nothing is erased: the correction is added below the entry it corrects.</source>
        <translation>Rien n'est effacé : la correction est ajoutée sous la ligne qu'elle corrige.</translation>
    </message>
    <message>
        <location filename="../../ui/case/timeline.py" line="132"/>
        <source>Write the correction here, then press “Correct selected entry”</source>
        <translation>Écrivez la correction ici, puis appuyez sur « Corriger la ligne choisie »</translation>
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
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="193"/>
        <location filename="../../ui/home/today.py" line="238"/>
        <source>(a case without a name)</source>
        <translation>(un dossier sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="221"/>
        <location filename="../../ui/home/today.py" line="245"/>
        <source>Now: {todo}</source>
        <translation>Maintenant : {todo}</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="240"/>
        <source>Next step: {step}</source>
        <translation>Prochaine étape : {step}</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="262"/>
        <source>The first 24 hours are reached on {when}.</source>
        <translation>Les 24 premières heures sont atteintes le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="307"/>
        <source>Deadlines running</source>
        <translation>Délais en cours</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="311"/>
        <source>No deadline is running. When you write down a paper the person received (a decision), Locator counts its deadlines and shows them here.</source>
        <translation>Aucun délai n'est en cours. Quand vous notez un papier que la personne a reçu (une décision), Locator compte ses délais et les montre ici.</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="316"/>
        <source>Next steps waiting for you</source>
        <translation>Prochaines étapes qui vous attendent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home/today.py" line="425"/>
        <source>Also %n date(s) for information (the longest detention, the next request): see Deadlines (Ctrl+D).</source>
        <translation>
            <numerusform>Aussi %n date pour information (la détention la plus longue, la prochaine demande) : voyez Délais (Ctrl+D).</numerusform>
            <numerusform>Aussi %n dates pour information (la détention la plus longue, la prochaine demande) : voyez Délais (Ctrl+D).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="447"/>
        <source>No case is waiting for a step from you.</source>
        <translation>Aucun dossier n'attend une étape de votre part.</translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="448"/>
        <source>No case yet. Start one with New case (Ctrl+N).</source>
        <translation>Pas encore de dossier. Commencez-en un avec Nouveau dossier (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home/today.py" line="452"/>
        <source>%n more open case(s) not looked at here: see the case list.</source>
        <translation>
            <numerusform>Encore %n dossier ouvert non repris ici : voyez la liste des dossiers.</numerusform>
            <numerusform>Encore %n dossiers ouverts non repris ici : voyez la liste des dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/today.py" line="539"/>
        <source>Every running deadline and the steps waiting for you, most urgent first (Ctrl+H)</source>
        <translation>Chaque délai en cours et les étapes qui vous attendent, le plus urgent d'abord (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="20"/>
        <source>French time</source>
        <translation>heure française</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="21"/>
        <source>Belgian time</source>
        <translation>heure belge</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="29"/>
        <source>A new request can be filed from {date}</source>
        <translation>Une nouvelle demande peut être introduite à partir du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="32"/>
        <source>Reaches its maximum on {date}</source>
        <translation>Atteint son maximum le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="36"/>
        <source>Last day: {date}</source>
        <translation>Dernier jour : {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="39"/>
        <source>Last day: {date}, until 24:00 ({clock})</source>
        <translation>Dernier jour : {date}, jusqu'à 24:00 ({clock})</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="41"/>
        <source>Ends {date} at {time} ({clock})</source>
        <translation>Se termine le {date} à {time} ({clock})</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="49"/>
        <source>For information: nothing to file by this date.</source>
        <translation>Pour information : rien à introduire pour cette date.</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="52"/>
        <source>Talk to the lawyer now: ask whether anything can still be done.</source>
        <translation>Parlez à l'avocat maintenant : demandez si quelque chose peut encore être fait.</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="55"/>
        <source>Call the lawyer today: the appeal must be filed by then.</source>
        <translation>Appelez l'avocat aujourd'hui : le recours doit être introduit d'ici là.</translation>
    </message>
    <message>
        <location filename="../../ui/home/words.py" line="57"/>
        <source>Send everything to the lawyer by {date}, and confirm the deadline with them.</source>
        <translation>Envoyez tout à l'avocat d'ici le {date}, et vérifiez le délai avec lui.</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../../ui/vault/unlock.py" line="80"/>
        <source>Create your vault</source>
        <extracomment>what the door asks of the keyring once the vault is open (:attr:`VaultDialog.key_action`) does the keyring keep this vault's key? None: not known (not answered yet, or it could not answer: locked, its prompt dismissed) REMEMBER, FORGET or None: what to do in the keyring, decided when the vault opened</extracomment>
        <translation>Créer votre coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="80"/>
        <source>Unlock Locator</source>
        <translation>Déverrouiller Locator</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="100"/>
        <location filename="../../ui/vault/unlock.py" line="101"/>
        <source>Passphrase</source>
        <extracomment>what the person must know before unlocking (changes kept in memory only…)</extracomment>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="106"/>
        <source>Type the passphrase again</source>
        <translation>Retapez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="107"/>
        <source>Passphrase, again</source>
        <translation>Phrase de passe, encore une fois</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="121"/>
        <source>Remember on this device</source>
        <translation>Se souvenir sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="124"/>
        <source>Checking this computer's keyring…</source>
        <translation>Vérification du trousseau de clés de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="134"/>
        <location filename="../../ui/vault/unlock.py" line="356"/>
        <source>Create vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="134"/>
        <location filename="../../ui/vault/unlock.py" line="357"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="160"/>
        <source>Everything about the people you help is kept in one encrypted file, the vault. Choose a passphrase of five to seven random words, or let Locator suggest one.

If you forget it, nobody can open the vault again — not us, not anyone. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Tout ce qui concerne les personnes que vous aidez est gardé dans un seul fichier chiffré, le coffre-fort. Choisissez une phrase de passe de cinq à sept mots au hasard, ou laissez Locator en proposer une.

Si vous l'oubliez, personne ne pourra plus ouvrir le coffre-fort — ni nous, ni personne. Notez-la et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="165"/>
        <source>Type your passphrase to open the vault.</source>
        <translation>Tapez votre phrase de passe pour ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="209"/>
        <source>Waiting for this computer's keyring (it may be asking for its own password). You can type your passphrase meanwhile.</source>
        <translation>En attente du trousseau de cet ordinateur (il demande peut-être son propre mot de passe). Vous pouvez taper votre phrase de passe en attendant.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="223"/>
        <source>The keyring of this computer is locked, so Locator cannot tell whether it keeps the vault key. Type your passphrase. Tick the box to keep the key there; leaving it unticked removes nothing.</source>
        <translation>Le trousseau de cet ordinateur est verrouillé : Locator ne peut donc pas savoir s'il garde la clé du coffre-fort. Tapez votre phrase de passe. Cochez la case pour y garder la clé ; si vous la laissez décochée, rien n'est supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="229"/>
        <source>The vault key will be kept in {where}. Anyone who can use this computer while you are logged in can then open the vault without the passphrase.</source>
        <translation>La clé du coffre-fort sera gardée dans {where}. Toute personne qui peut utiliser cet ordinateur pendant que votre session est ouverte pourra alors ouvrir le coffre-fort sans la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="234"/>
        <location filename="../../ui/vault/unlock.py" line="247"/>
        <source>Not available: {reason}</source>
        <translation>Pas disponible : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="268"/>
        <source>The key kept on this computer did not open the vault. Type your passphrase.</source>
        <translation>La clé gardée sur cet ordinateur n'a pas ouvert le coffre-fort. Tapez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="283"/>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="332"/>
        <source>The vault could not be opened.</source>
        <translation>Le coffre-fort n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="347"/>
        <source>Wait {n} s</source>
        <translation>Attendez {n} s</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="353"/>
        <source>Opening with the key kept on this computer…</source>
        <translation>Ouverture avec la clé gardée sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/unlock.py" line="354"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Everything about the people you help is kept in one encrypted file, the vault. Choose a passphrase of five to seven random words.

If you forget it, nobody can open the vault again — not us, not anyone. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="vanished">Tout ce qui concerne les personnes que vous aidez est gardé dans un seul fichier chiffré, le coffre-fort. Choisissez une phrase de passe de cinq à sept mots choisis au hasard.

Si vous l'oubliez, personne ne pourra plus jamais ouvrir le coffre-fort — ni nous, ni personne. Écrivez-la et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Five to seven random words make a strong passphrase.</source>
        <translation type="vanished">Cinq à sept mots choisis au hasard font une phrase de passe solide.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="vanished">Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="vanished">Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="vanished">Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="vanished">Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="vanished">Solide</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation type="vanished">Solidité : {word}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="vanished">Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the key; you will be asked for the passphrase next time.</source>
        <translation type="vanished">Le trousseau de clés a refusé de garder la clé ; la phrase de passe vous sera demandée la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <location filename="../../ui/help/window.py" line="339"/>
        <location filename="../../ui/vault/menu.py" line="96"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/help/window.py" line="341"/>
        <location filename="../../ui/vault/menu.py" line="115"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="91"/>
        <source>&amp;Vault</source>
        <extracomment>True while the menu swaps the open vault (restore, erase): the window's lock then neither quits nor shows the door a vault was open in this session (its door then never offers to create one)</extracomment>
        <translation>&amp;Coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="98"/>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="104"/>
        <source>Export encrypted copy…</source>
        <translation>Exporter une copie chiffrée…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="106"/>
        <source>Import cases from a copy…</source>
        <translation>Importer des dossiers d'une copie…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="109"/>
        <source>Recovery…</source>
        <translation>Secours…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="110"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="112"/>
        <source>Erase this vault…</source>
        <translation>Effacer ce coffre-fort…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="119"/>
        <source>Make an encrypted backup now (Ctrl+Shift+B)</source>
        <translation>Faire une sauvegarde chiffrée maintenant (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="156"/>
        <source>Locator vaults (*.locator);;All files (*)</source>
        <translation>Coffres-forts Locator (*.locator);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="175"/>
        <source>Backup made.</source>
        <translation>Sauvegarde faite.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="176"/>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="177"/>
        <source>The backup is here:
{path}

It opens with the same passphrase as your vault. Keep a copy somewhere else too (a USB stick kept apart from this computer): a backup on the same disk is lost with the laptop.</source>
        <translation>La sauvegarde se trouve ici :
{path}

Elle s'ouvre avec la même phrase de passe que votre coffre-fort. Gardez aussi une copie ailleurs (une clé USB rangée loin de cet ordinateur) : une sauvegarde sur le même disque est perdue avec l'ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="182"/>
        <source>Making a backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="183"/>
        <source>No backup made</source>
        <translation>Aucune sauvegarde faite</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="200"/>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="205"/>
        <location filename="../../ui/vault/menu.py" line="238"/>
        <location filename="../../ui/vault/menu.py" line="242"/>
        <location filename="../../ui/vault/menu.py" line="267"/>
        <source>Not restored</source>
        <translation>Pas restauré</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="205"/>
        <source>This is the vault itself, not a backup.</source>
        <translation>C'est le coffre-fort lui-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="208"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="209"/>
        <source>Replace your vault by this backup?</source>
        <translation>Remplacer votre coffre-fort par cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="209"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="210"/>
        <source>The backup is checked first; if it does not open with your vault's passphrase, nothing happens. Then your vault is replaced by the backup: whatever was written after the backup was made will not be in it. Your vault as it is now is kept beside it, under a name ending in “before-restore” and the date, so nothing is lost.</source>
        <translation>La sauvegarde est d'abord vérifiée ; si elle ne s'ouvre pas avec la phrase de passe de votre coffre-fort, rien ne se passe. Ensuite, votre coffre-fort est remplacé par la sauvegarde : ce qui a été écrit après la sauvegarde n'y sera pas. Votre coffre-fort tel qu'il est maintenant est gardé à côté, sous un nom qui se termine par « before-restore » et la date : rien n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="217"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="224"/>
        <source>This file does not open with your vault's passphrase: it is a backup made with another passphrase or of another vault — or it is not a Locator backup at all.</source>
        <translation>Ce fichier ne s'ouvre pas avec la phrase de passe de votre coffre-fort : c'est une sauvegarde faite avec une autre phrase de passe ou d'un autre coffre-fort — ou ce n'est pas du tout une sauvegarde Locator.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="228"/>
        <source>This backup is damaged ({reason}): it cannot be restored.</source>
        <translation>Cette sauvegarde est endommagée ({reason}) : elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="231"/>
        <source>This file cannot be restored: {reason}</source>
        <translation>Ce fichier ne peut pas être restauré : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="236"/>
        <source>The backup could not be checked: {reason}</source>
        <translation>La sauvegarde n'a pas pu être vérifiée : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="238"/>
        <source>Your vault was not changed.</source>
        <translation>Votre coffre-fort n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="243"/>
        <source>Locator was locked while the backup was being checked. Nothing was changed; unlock and restore again.</source>
        <translation>Locator a été verrouillé pendant la vérification de la sauvegarde. Rien n'a été modifié ; déverrouillez et restaurez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="260"/>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="268"/>
        <source>The backup could not be put in place: {reason}

Your vault was not changed.</source>
        <translation>La sauvegarde n'a pas pu être mise en place : {reason}

Votre coffre-fort n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="271"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="272"/>
        <source>The vault is now as it was in the backup. The vault as it was before is kept here:
{path}</source>
        <translation>Le coffre-fort est maintenant tel qu'il était dans la sauvegarde. Le coffre-fort tel qu'il était avant est gardé ici :
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="277"/>
        <source>Vault not opened</source>
        <translation>Coffre-fort non ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="278"/>
        <source>The vault could not be opened again: {reason}</source>
        <translation>Le coffre-fort n'a pas pu être rouvert : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="304"/>
        <source>On this computer, this deletes:</source>
        <translation>Sur cet ordinateur, ceci supprime :</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="305"/>
        <source>• the vault: {path}</source>
        <translation>• le coffre-fort : {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/menu.py" line="306"/>
        <source>• its %n backup(s) in {folder}</source>
        <translation>
            <numerusform>• sa %n sauvegarde dans {folder}</numerusform>
            <numerusform>• ses %n sauvegardes dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/menu.py" line="309"/>
        <source>• %n other file(s) Locator made beside it (copies kept before an update or a restore)</source>
        <translation>
            <numerusform>• %n autre fichier créé par Locator à côté (copie gardée avant une mise à jour ou une restauration)</numerusform>
            <numerusform>• %n autres fichiers créés par Locator à côté (copies gardées avant une mise à jour ou une restauration)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="311"/>
        <source>• its key in the keyring, if one was kept there</source>
        <translation>• sa clé dans le trousseau de clés, si elle y était gardée</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="313"/>
        <source>Nothing of it can be brought back. Copies elsewhere — exported copies, backups you moved, a USB stick — are not deleted: delete them yourself.</source>
        <translation>Rien ne pourra être récupéré. Les copies ailleurs — copies exportées, sauvegardes déplacées, clé USB — ne sont pas supprimées : supprimez-les vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="315"/>
        <source>Locator then starts again with a new, empty vault.</source>
        <translation>Locator redémarre ensuite avec un nouveau coffre-fort vide.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="323"/>
        <source>Erase this vault</source>
        <translation>Effacer ce coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="325"/>
        <source>Erase this vault and all its backups, for good?</source>
        <translation>Effacer ce coffre-fort et toutes ses sauvegardes, définitivement ?</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="326"/>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="328"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="330"/>
        <source>Last check. Every case in this vault will be gone for good.

Type {word} to erase.</source>
        <translation>Dernière vérification. Tous les dossiers de ce coffre-fort disparaîtront définitivement.

Tapez {word} pour effacer.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="331"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="337"/>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="345"/>
        <source>The key may still be kept</source>
        <translation>La clé est peut-être encore gardée</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="346"/>
        <source>The vault and its backups were erased ({n} files). The keyring could not be asked to remove the vault key (it may be locked), so it may still keep it: open your keyring program (for example “Passwords and Keys”) and delete the entry “Locator vault”.</source>
        <translation>Le coffre-fort et ses sauvegardes ont été effacés ({n} fichiers). Le trousseau n'a pas pu être prié de supprimer la clé du coffre-fort (il est peut-être verrouillé) : il la garde donc peut-être encore. Ouvrez votre programme de trousseau de clés (par exemple « Mots de passe et clés ») et supprimez l'entrée « Locator vault ».</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="351"/>
        <location filename="../../ui/vault/menu.py" line="354"/>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="352"/>
        <source>The vault, its backups and its key were erased ({n} files).</source>
        <translation>Le coffre-fort, ses sauvegardes et sa clé ont été effacés ({n} fichiers).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="355"/>
        <source>The vault and its backups were erased ({n} files). No key was kept in the keyring.</source>
        <translation>Le coffre-fort et ses sauvegardes ont été effacés ({n} fichiers). Aucune clé n'était gardée dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="361"/>
        <source>Not everything was erased</source>
        <translation>Tout n'a pas été effacé</translation>
    </message>
    <message>
        <location filename="../../ui/vault/menu.py" line="362"/>
        <source>Erasing stopped: {reason}

Look in the vault's folder for what is left.</source>
        <translation>L'effacement s'est arrêté : {reason}

Regardez dans le dossier du coffre-fort ce qui reste.</translation>
    </message>
    <message>
        <source>• its key in this computer's keyring</source>
        <translation type="vanished">• sa clé dans le trousseau de clés de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>VaultTransfer</name>
    <message>
        <location filename="../../ui/vault/transfer.py" line="76"/>
        <source>Make the copy…</source>
        <translation>Faire la copie…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="80"/>
        <source>Reading what each case records…</source>
        <translation>Lecture de ce que note chaque dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="81"/>
        <location filename="../../ui/vault/transfer.py" line="115"/>
        <source>No copy made</source>
        <translation>Aucune copie faite</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="88"/>
        <source>Save the encrypted copy</source>
        <translation>Enregistrer la copie chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="92"/>
        <location filename="../../ui/vault/transfer.py" line="132"/>
        <source>Passphrase of the copy</source>
        <translation>Phrase de passe de la copie</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="93"/>
        <source>Choose a passphrase for the copy, different from yours: the person who receives the copy opens it with this passphrase, and never learns yours. Give it to them separately from the file — say it on the phone or in person, never in the same message. Five to seven random words are best.</source>
        <translation>Choisissez une phrase de passe pour la copie, différente de la vôtre : la personne qui reçoit la copie l'ouvre avec cette phrase de passe, et ne connaîtra jamais la vôtre. Donnez-la-lui séparément du fichier — dites-la au téléphone ou en personne, jamais dans le même message. Le mieux : cinq à sept mots choisis au hasard.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="108"/>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="109"/>
        <source>The encrypted copy is here:
{path}

It opens only with the passphrase you just chose, in Locator (Vault → Import cases from a copy… or as a vault of its own).</source>
        <translation>La copie chiffrée se trouve ici :
{path}

Elle ne s'ouvre qu'avec la phrase de passe que vous venez de choisir, dans Locator (Coffre-fort → Importer des dossiers d'une copie… ou comme coffre-fort à part entière).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="114"/>
        <source>Making the copy…</source>
        <translation>Création de la copie…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="124"/>
        <source>Choose the copy to import from</source>
        <translation>Choisir la copie à importer</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="129"/>
        <location filename="../../ui/vault/transfer.py" line="184"/>
        <source>Nothing imported</source>
        <translation>Rien n'a été importé</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="130"/>
        <source>This is the vault that is open now.</source>
        <translation>C'est le coffre-fort ouvert en ce moment.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="133"/>
        <source>Type the passphrase of the copy (the one its sender gave you).</source>
        <translation>Tapez la phrase de passe de la copie (celle que la personne qui l'envoie vous a donnée).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="148"/>
        <source>Opening the copy…</source>
        <translation>Ouverture de la copie…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="169"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="175"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="180"/>
        <source>This passphrase does not open the copy. Check it with the person who sent it (capital letters, spaces).</source>
        <translation>Cette phrase de passe n'ouvre pas la copie. Vérifiez-la avec la personne qui l'a envoyée (majuscules, espaces).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="185"/>
        <source>Your vault was not changed.</source>
        <translation>Votre coffre-fort n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="129"/>
        <source>Write down a visit</source>
        <translation>Noter une visite</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="63"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="68"/>
        <source>A phone was handed over</source>
        <translation>Un téléphone a été remis</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="75"/>
        <source>one per line: the name, then a comma and anything else (Yusuf, Sudan, 2nd floor)</source>
        <translation>une par ligne : le nom, puis une virgule et le reste (Yusuf, Soudan, 2e étage)</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="78"/>
        <source>Save the visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="83"/>
        <source>Date of the visit</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="84"/>
        <source>Who went</source>
        <translation>Qui y est allé</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="85"/>
        <source>Belongings brought</source>
        <translation>Affaires apportées</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="86"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="87"/>
        <source>Other people seen or mentioned</source>
        <translation>Autres personnes vues ou citées</translation>
    </message>
    <message>
        <location filename="../../ui/procedure/centre_view.py" line="116"/>
        <source>Give the day of the visit as YYYY-MM-DD, today or earlier.</source>
        <translation>Donnez le jour de la visite en AAAA-MM-JJ, aujourd'hui ou avant.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, today or earlier.</source>
        <translation type="vanished">Écrivez la date sous la forme AAAA-MM-JJ, aujourd'hui ou avant.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../ui/help/what_if.py" line="54"/>
        <source>can be filed from {date}</source>
        <translation>peut être introduite à partir du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="57"/>
        <source>maximum reached on {date}</source>
        <translation>maximum atteint le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="61"/>
        <source>ends {date} at {time}</source>
        <translation>se termine le {date} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="64"/>
        <source>last day {date}, until 24:00</source>
        <translation>dernier jour le {date}, jusqu'à 24:00</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="67"/>
        <source>(moved forward from {date}, not a working day)</source>
        <translation>(reporté du {date}, qui n'est pas un jour ouvrable)</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="81"/>
        <source>Try a decision to see which timers it starts and their last days. Nothing is saved. A date in the future gives a hypothetical result, to plan ahead.</source>
        <translation>Essayez une décision pour voir quels délais elle lance et leurs derniers jours. Rien n'est enregistré. Une date dans le futur donne un résultat hypothétique, pour prévoir.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="88"/>
        <source>e.g. 13septies, 26quater</source>
        <translation>p. ex. 13septies, 26quater</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="94"/>
        <source>HH:MM — empty: time not known</source>
        <translation>HH:MM — vide : heure inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="96"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="97"/>
        <source>Annexe number</source>
        <translation>Numéro d'annexe</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="98"/>
        <source>How it was given</source>
        <translation>Comment elle a été remise</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="103"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="104"/>
        <source>Time (optional)</source>
        <translation>Heure (facultative)</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="106"/>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="154"/>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="155"/>
        <source>how it was given</source>
        <translation>comment elle a été remise</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="157"/>
        <source>the answer to each question</source>
        <translation>la réponse à chaque question</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="161"/>
        <source>a date (YYYY-MM-DD; a time as HH:MM, or none)</source>
        <translation>une date (AAAA-MM-JJ ; une heure en HH:MM, ou aucune)</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="163"/>
        <source>To count, give: {what}.</source>
        <translation>Pour compter, donnez : {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="177"/>
        <source>counted from the detention decision this one extends, not from this date. In a case, Locator counts it once that detention decision is recorded; the Deadlines page of Help shows worked examples.</source>
        <translation>compté à partir de la décision de maintien que celle-ci prolonge, pas à partir de cette date. Dans un dossier, Locator le compte dès que cette décision de maintien est notée ; la page Délais de l'Aide montre des exemples.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="196"/>
        <source>HYPOTHETICAL: this date is in the future. This is a plan, not a running deadline.</source>
        <translation>HYPOTHÉTIQUE : cette date est dans le futur. C'est une prévision, pas un délai en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="199"/>
        <source>This decision starts no timer in Locator. Ask a lawyer what applies.</source>
        <translation>Cette décision ne lance aucun délai dans Locator. Demandez à un avocat ce qui s'applique.</translation>
    </message>
    <message>
        <location filename="../../ui/help/what_if.py" line="202"/>
        <source>An alarm, not legal advice: confirm with a lawyer today.</source>
        <translation>Une alarme, pas un avis juridique : vérifiez aujourd'hui avec un avocat.</translation>
    </message>
</context>
<context>
    <name>centres</name>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: found only in the Getting the Voice Out guide, which says this line keeps the lists of detainees. It may be an old number.</source>
        <extracomment>centre caricole: phone caveat</extracomment>
        <translation>Non confirmé : trouvé seulement dans le guide de Getting the Voice Out, qui dit que cette ligne tient les listes des détenus. C'est peut-être un ancien numéro.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: found only in the Getting the Voice Out guide.</source>
        <extracomment>centre 127bis: phone caveat</extracomment>
        <translation>Non confirmé : trouvé seulement dans le guide de Getting the Voice Out.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>GVO links a 'Mode d'emploi visite 127bis' (PDF dated 2020-02-09); its content was not checked.</source>
        <extracomment>centre 127bis: visits</extracomment>
        <translation>GVO renvoie à un « Mode d'emploi visite 127bis » (PDF daté du 2020-02-09) ; son contenu n'a pas été vérifié.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Caritas visited every week (2020).</source>
        <extracomment>centre 127bis: visits</extracomment>
        <translation>Caritas y allait chaque semaine (2020).</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: given by Getting the Voice Out, while the Immigration Office gives 02 488 74 40. Probably the old local number.</source>
        <extracomment>centre bruges: phone caveat</extracomment>
        <translation>Non confirmé : donné par Getting the Voice Out, alors que l'Office des étrangers donne le 02 488 74 40. Probablement l'ancien numéro local.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>NGO visitor account: the identity card is handed in at the gate; belongings go in a locker; only writing materials and a mobile phone without a camera may be taken in.</source>
        <extracomment>centre bruges: visits</extracomment>
        <translation>Témoignage d'un visiteur d'ONG : la carte d'identité est déposée à l'entrée ; les affaires vont dans un casier ; seuls de quoi écrire et un téléphone portable sans appareil photo peuvent entrer.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: given only by Getting the Voice Out, not by the Immigration Office.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation>Non confirmé : donné seulement par Getting the Voice Out, pas par l'Office des étrangers.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>medical service</source>
        <extracomment>centre holsbeek: phone label</extracomment>
        <translation>service médical</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Not confirmed: given only by Getting the Voice Out.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation>Non confirmé : donné seulement par Getting the Voice Out.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Every day 14:00-15:00. Book by emailing cih.onthaal@ibz.fgov.be with a copy of your identity card, the detainee's name, your relationship to her, the date you want, and a mobile or landline number so they can confirm.</source>
        <extracomment>centre holsbeek: visits</extracomment>
        <translation>Tous les jours de 14:00 à 15:00. Réservez par e-mail à cih.onthaal@ibz.fgov.be avec une copie de votre carte d'identité, le nom de la détenue, votre lien avec elle, la date souhaitée et un numéro de téléphone (portable ou fixe) pour la confirmation.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Getting there: from Leuven, bus 333 (platform 11) to 'Wilsele Gemeentehuis'.</source>
        <extracomment>centre holsbeek: visits</extracomment>
        <translation>Pour y aller : depuis Louvain, bus 333 (quai 11) jusqu'à « Wilsele Gemeentehuis ».</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Visits: every day, 14:00 to 15:00, booked first by email.</source>
        <extracomment>centre holsbeek: hours</extracomment>
        <translation>Visites : tous les jours, de 14:00 à 15:00, réservées d'abord par e-mail.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Confirm by phone.</source>
        <extracomment>centre holsbeek: hours</extracomment>
        <translation>Confirmez par téléphone.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Families are officially detained, but the doors are not locked. They may go out to shop, see a lawyer or doctor, or take children to school, but one adult must stay at the house.</source>
        <extracomment>centre family-units-zulte: visits</extracomment>
        <translation>Les familles sont officiellement détenues, mais les portes ne sont pas fermées à clé. Elles peuvent sortir pour faire des courses, voir un avocat ou un médecin, ou conduire les enfants à l'école, mais un adulte doit rester à la maison.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Move coalition visitors go every week; they supported 41 families in 2023.</source>
        <extracomment>centre family-units-zulte: visits</extracomment>
        <translation>Les visiteurs de la coalition Move y vont chaque semaine ; ils ont soutenu 41 familles en 2023.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>A visitor (2019) had to put all belongings in a locker and be searched; nothing can be brought in, not even food. The visit took place in an office.</source>
        <extracomment>centre coquelles: visits</extracomment>
        <translation>Un visiteur (2019) a dû mettre toutes ses affaires dans un casier et être fouillé ; rien ne peut entrer, pas même de la nourriture. La visite a eu lieu dans un bureau.</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Detainees whose phone can film: their calls are made under surveillance (2016).</source>
        <extracomment>centre coquelles: visits</extracomment>
        <translation>Détenus dont le téléphone peut filmer : leurs appels se font sous surveillance (2016).</translation>
    </message>
    <message>
        <location filename="../../centres.yaml"/>
        <source>Detainees may not keep their own phone if it has a camera; the préfecture says it lends mobile phones. The law requires at least one freely accessible phone per 50 detainees.</source>
        <extracomment>centre lille-lesquin: visits</extracomment>
        <translation>Les détenus ne peuvent pas garder leur téléphone s'il a un appareil photo ; la préfecture dit prêter des téléphones portables. La loi impose au moins un téléphone en libre accès pour 50 détenus.</translation>
    </message>
    <message>
        <source>From the GVO guide ('centralises detainee lists'); not found in any source checked. It may be an older switchboard number.</source>
        <extracomment>centre caricole: phone caveat</extracomment>
        <translation type="vanished">D'après le guide de GVO (« centralise les listes de détenus ») ; introuvable dans les sources vérifiées. C'est peut-être un ancien numéro de standard.</translation>
    </message>
    <message>
        <source>From the GVO guide; not found in the sources checked.</source>
        <extracomment>centre 127bis: phone caveat</extracomment>
        <translation type="vanished">D'après le guide de GVO ; introuvable dans les sources vérifiées.</translation>
    </message>
    <message>
        <source>Given by GVO; conflicts with the Immigration Office's 02/488.74.40. Probably the old local number.</source>
        <extracomment>centre bruges: phone caveat</extracomment>
        <translation type="vanished">Donné par GVO ; ne correspond pas au 02/488.74.40 de l'Office des Étrangers. Probablement l'ancien numéro local.</translation>
    </message>
    <message>
        <source>Given by GVO only; not on the Immigration Office site.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation type="vanished">Donné seulement par GVO ; absent du site de l'Office des Étrangers.</translation>
    </message>
    <message>
        <source>Given by GVO only.</source>
        <extracomment>centre holsbeek: phone caveat</extracomment>
        <translation type="vanished">Donné seulement par GVO.</translation>
    </message>
</context>
<context>
    <name>deadline_rules</name>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Urgent appeal against removal (first removal order)</source>
        <extracomment>rule be-udn-first: title</extracomment>
        <translation>Recours en extrême urgence contre l'éloignement (première mesure d'éloignement)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An extreme-urgency request to the Council for Alien Law Litigation (CCE/RvV) to stop a removal that is about to happen. 10 days when this is the first removal order the person has received. Only a lawyer can file it.</source>
        <extracomment>rule be-udn-first: description</extracomment>
        <translation>Une demande en extrême urgence au Conseil du contentieux des étrangers (CCE) pour arrêter un éloignement imminent. 10 jours s'il s'agit de la première mesure d'éloignement que la personne reçoit. Seul un avocat peut l'introduire.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Only if this is the first removal order. If any earlier order to leave may exist, count 5 days instead; the lawyer decides.</source>
        <extracomment>rule be-udn-first: note</extracomment>
        <translation>Seulement s'il s'agit de la première mesure d'éloignement. S'il existe peut-être un ordre de quitter le territoire antérieur, comptez plutôt 5 jours ; l'avocat décide.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the removal order was handed over</source>
        <extracomment>rule be-udn-first: date_label</extracomment>
        <translation>Date de remise de la mesure d'éloignement</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 39/57 §1 al. 3 and §2, art. 39/82 §4 al. 2, loi du 15 décembre 1980</source>
        <extracomment>rule be-udn-first: legal_basis</extracomment>
        <translation>Art. 39/57 §1 al. 3 et §2, art. 39/82 §4 al. 2, loi du 15 décembre 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Only if this is the first removal measure — the lawyer decides.</source>
        <extracomment>rule be-udn-first: condition</extracomment>
        <translation>Seulement s'il s'agit de la première mesure d'éloignement — l'avocat décide.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Urgent appeal against removal (second or later removal order)</source>
        <extracomment>rule be-udn-subsequent: title</extracomment>
        <translation>Recours en extrême urgence contre l'éloignement (deuxième mesure d'éloignement ou suivante)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An extreme-urgency request to the Council for Alien Law Litigation (CCE/RvV) to stop a removal that is about to happen. Only 5 days when the person had already received an earlier order to leave. Only a lawyer can file it.</source>
        <extracomment>rule be-udn-subsequent: description</extracomment>
        <translation>Une demande en extrême urgence au Conseil du contentieux des étrangers (CCE) pour arrêter un éloignement imminent. Seulement 5 jours si la personne avait déjà reçu un ordre de quitter le territoire auparavant. Seul un avocat peut l'introduire.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal to cancel an order to leave (while detained)</source>
        <extracomment>rule be-annulment-detained: title</extracomment>
        <translation>Recours en annulation contre un ordre de quitter le territoire (en détention)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the CCE/RvV to cancel an order to leave the territory or another decision of the Immigration Office, with an ordinary request to suspend it. 10 days while the person is detained (30 days if not).</source>
        <extracomment>rule be-annulment-detained: description</extracomment>
        <translation>Un recours au CCE pour annuler un ordre de quitter le territoire ou une autre décision de l'Office des Étrangers, avec une demande de suspension ordinaire. 10 jours si la personne est détenue (30 jours sinon).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the decision was handed over</source>
        <extracomment>rule be-annulment-detained: date_label</extracomment>
        <translation>Date de remise de la décision</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 39/57 §1 and §2, loi du 15 décembre 1980</source>
        <extracomment>rule be-annulment-detained: legal_basis</extracomment>
        <translation>Art. 39/57 §1 et §2, loi du 15 décembre 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Asylum appeal (detained, fast procedure)</source>
        <extracomment>rule be-asylum-detained: title</extracomment>
        <translation>Recours asile (en détention, procédure accélérée)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the CCE/RvV against a refusal by the asylum office (CGRA/CGVS) while the person is detained and the application was found inadmissible or manifestly unfounded. 10 calendar days (30 days in the normal procedure).</source>
        <extracomment>rule be-asylum-detained: description</extracomment>
        <translation>Un recours au CCE contre un refus du Commissariat général aux réfugiés et aux apatrides (CGRA) quand la personne est détenue et que la demande a été jugée irrecevable ou manifestement non fondée. 10 jours calendrier (30 jours dans la procédure normale).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The decision letter states the appeal period. If it says otherwise, follow the letter.</source>
        <extracomment>rule be-asylum-detained: note</extracomment>
        <translation>La lettre de décision indique le délai de recours. Si elle dit autre chose, suivez la lettre.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the asylum decision was handed over</source>
        <extracomment>rule be-asylum-detained: date_label</extracomment>
        <translation>Date de remise de la décision d'asile</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 39/57 §1, loi du 15 décembre 1980 (periods as published by the CGRA/CGVS)</source>
        <extracomment>rule be-asylum-detained: legal_basis</extracomment>
        <translation>Art. 39/57 §1, loi du 15 décembre 1980 (délais tels que publiés par le CGRA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Only if the refused application was not a new one made in detention (for a new one, the appeal period is 5 days) — the lawyer decides.</source>
        <extracomment>rule be-asylum-detained: condition</extracomment>
        <translation>Seulement si la demande refusée n’était pas une nouvelle demande faite en détention (pour une nouvelle demande, le délai de recours est de 5 jours) — l’avocat décide.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Asylum appeal (new application made in detention)</source>
        <extracomment>rule be-asylum-subsequent-detained: title</extracomment>
        <translation>Recours asile (nouvelle demande faite en détention)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the CCE/RvV when a new (subsequent) asylum application made in detention was declared inadmissible. Only 5 calendar days.</source>
        <extracomment>rule be-asylum-subsequent-detained: description</extracomment>
        <translation>Un recours au CCE quand une nouvelle demande d'asile (demande ultérieure) faite en détention a été déclarée irrecevable. Seulement 5 jours calendrier.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Request for release to the court (chambre du conseil / raadkamer)</source>
        <extracomment>rule be-release-request: title</extracomment>
        <translation>Requête de mise en liberté au tribunal (chambre du conseil)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>A request to the criminal court's council chamber to end the detention. There is no deadline and no waiting time: the first request can be filed at once, as soon as possible after the detention decision. Filing does not stop a removal.</source>
        <extracomment>rule be-release-request: description</extracomment>
        <translation>Une requête à la chambre du conseil du tribunal correctionnel pour mettre fin à la détention. Il n'y a ni délai ni attente : la première requête peut être introduite tout de suite, le plus tôt possible après la décision de maintien. L'introduire n'empêche pas un éloignement.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>After a court decision that keeps the person detained, a new request can be filed only one month later (the app then shows from when).</source>
        <extracomment>rule be-release-request: note</extracomment>
        <translation>Après une décision du tribunal qui maintient la détention, une nouvelle requête ne peut être introduite qu’un mois plus tard (l’application indique alors à partir de quand).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the detention decision</source>
        <extracomment>rule be-release-request: date_label</extracomment>
        <translation>Date de la décision de maintien</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 71 and 72, loi du 15 décembre 1980</source>
        <extracomment>rule be-release-request: legal_basis</extracomment>
        <translation>Art. 71 et 72, loi du 15 décembre 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>New request for release, after a court decision that kept the detention</source>
        <extracomment>rule be-release-request-again: title</extracomment>
        <translation>Nouvelle requête de mise en liberté, après une décision du tribunal qui a maintenu la détention</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>After the council chamber (or, on appeal, the chamber of indictment) decided to keep the person detained, a new request for release can be filed one month after that decision. There is no deadline.</source>
        <extracomment>rule be-release-request-again: description</extracomment>
        <translation>Après que la chambre du conseil (ou, en appel, la chambre des mises en accusation) a décidé de maintenir la détention, une nouvelle requête de mise en liberté peut être introduite un mois après cette décision. Il n'y a pas de délai.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the last court decision that kept the detention</source>
        <extracomment>rule be-release-request-again: date_label</extracomment>
        <translation>Date de la dernière décision du tribunal qui a maintenu la détention</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal against the council chamber's order (24 hours)</source>
        <extracomment>rule be-chamber-appeal: title</extracomment>
        <translation>Appel contre l'ordonnance de la chambre du conseil (24 heures)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the chamber of indictment (chambre des mises en accusation / kamer van inbeschuldigingstelling) against the council chamber's decision on the detention. Only 24 hours from the moment the order was served: the shortest deadline of all. The person stays detained until it rules.</source>
        <extracomment>rule be-chamber-appeal: description</extracomment>
        <translation>Un appel devant la chambre des mises en accusation contre la décision de la chambre du conseil sur la détention. Seulement 24 heures à partir du moment où l'ordonnance a été signifiée : le délai le plus court de tous. La personne reste détenue jusqu'à sa décision.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Counted hour to hour from the moment of service, with no extension for a weekend or holiday: the shortest reading. How the courts count these 24 hours was not checked; a lawyer may count them differently.</source>
        <extracomment>rule be-chamber-appeal: note</extracomment>
        <translation>Compté d'heure à heure à partir de la signification, sans prolongation pour un week-end ou un jour férié : la lecture la plus courte. La façon dont les tribunaux comptent ces 24 heures n'a pas été vérifiée ; un avocat peut les compter autrement.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the council chamber's order was served</source>
        <extracomment>rule be-chamber-appeal: date_label</extracomment>
        <translation>Date et heure de signification de l'ordonnance de la chambre du conseil</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 72, loi du 15 décembre 1980 (24 hours from service, as agii.be explains it)</source>
        <extracomment>rule be-chamber-appeal: legal_basis</extracomment>
        <translation>Art. 72, loi du 15 décembre 1980 (24 heures à partir de la signification, selon agii.be)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal to the Court of Cassation against keeping the detention (15 days)</source>
        <extracomment>rule be-cassation-detention: title</extracomment>
        <translation>Pourvoi en cassation contre le maintien de la détention (15 jours)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the Court of Cassation against a decision of the chamber of indictment that keeps or orders the detention. 15 days. The person stays detained meanwhile.</source>
        <extracomment>rule be-cassation-detention: description</extracomment>
        <translation>Un pourvoi devant la Cour de cassation contre une décision de la chambre des mises en accusation qui maintient ou ordonne la détention. 15 jours. La personne reste détenue pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Whether the last day moves past a weekend or holiday was not checked: the app never moves it (the shorter reading).</source>
        <extracomment>rule be-cassation-detention: note</extracomment>
        <translation>Il n'a pas été vérifié si le dernier jour est reporté après un week-end ou un jour férié : l'application ne le reporte jamais (la lecture la plus courte).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the chamber of indictment's decision was served</source>
        <extracomment>rule be-cassation-detention: date_label</extracomment>
        <translation>Date de signification de la décision de la chambre des mises en accusation</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 72, loi du 15 décembre 1980 (15 days, as agii.be explains it)</source>
        <extracomment>rule be-cassation-detention: legal_basis</extracomment>
        <translation>Art. 72, loi du 15 décembre 1980 (15 jours, selon agii.be)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Appeal to the Council of State against a CCE/RvV judgment (30 days)</source>
        <extracomment>rule be-council-of-state: title</extracomment>
        <translation>Recours au Conseil d'État contre un arrêt du CCE (30 jours)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal in cassation to the Council of State (Conseil d'État / Raad van State) against a judgment of the CCE/RvV. 30 days. It does not stop a removal. Only a lawyer can file it.</source>
        <extracomment>rule be-council-of-state: description</extracomment>
        <translation>Un recours en cassation devant le Conseil d'État contre un arrêt du CCE. 30 jours. Il n'empêche pas un éloignement. Seul un avocat peut l'introduire.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The 30 days come from research notes: the page named here describes this appeal but not its period, and the official text was not checked. The last day is never moved (the shorter reading).</source>
        <extracomment>rule be-council-of-state: note</extracomment>
        <translation>Les 30 jours viennent de notes de recherche : la page citée décrit ce recours mais pas son délai, et le texte officiel n’a pas été vérifié. Le dernier jour n’est jamais reporté (la lecture la plus courte).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the judgment was handed over or first presented</source>
        <extracomment>rule be-council-of-state: date_label</extracomment>
        <translation>Date de remise de l'arrêt ou de sa première présentation</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 14 §2, lois coordonnées sur le Conseil d'État (period not checked on the official text)</source>
        <extracomment>rule be-council-of-state: legal_basis</extracomment>
        <translation>Art. 14 §2, lois coordonnées sur le Conseil d'État (délai non vérifié dans le texte officiel)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Maximum length of detention (for information)</source>
        <extracomment>rule be-detention-max: title</extracomment>
        <translation>Durée maximale de la détention (pour information)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Detention for removal may last 2 months. It can be extended by 2 months, then by 1 month: release after 5 months at most, or 8 months for public order or national security. Each new detention decision (for example after a refused boarding) starts the count again.</source>
        <extracomment>rule be-detention-max: description</extracomment>
        <translation>La détention en vue de l'éloignement peut durer 2 mois. Elle peut être prolongée de 2 mois, puis d'1 mois : libération après 5 mois au maximum, ou 8 mois pour des raisons d'ordre public ou de sécurité nationale. Chaque nouvelle décision de maintien (par exemple après un refus d'embarquer) fait recommencer le compte.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. The maximum under the law is often reset by a new decision.</source>
        <extracomment>rule be-detention-max: note</extracomment>
        <translation>À titre indicatif seulement. Le maximum légal repart souvent de zéro avec une nouvelle décision.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 7 (also arts. 25, 27, 74/5, 74/6), loi du 15 décembre 1980</source>
        <extracomment>rule be-detention-max: legal_basis</extracomment>
        <translation>Art. 7 (voir aussi art. 25, 27, 74/5, 74/6), loi du 15 décembre 1980</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Longest detention with every extension (5 months, for information)</source>
        <extracomment>rule be-detention-cap: title</extracomment>
        <translation>Détention la plus longue avec toutes les prolongations (5 mois, pour information)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>With both extensions (2 months, then 1 month) detention ends 5 months after the first detention decision at the latest, or 8 months for public order or national security. Each new detention decision (for example after a refused boarding) starts the count again.</source>
        <extracomment>rule be-detention-cap: description</extracomment>
        <translation>Avec les deux prolongations (2 mois, puis 1 mois), la détention prend fin au plus tard 5 mois après la première décision de maintien, ou 8 mois pour des raisons d'ordre public ou de sécurité nationale. Chaque nouvelle décision de maintien (par exemple après un refus d'embarquer) fait recommencer le compte.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only; 8 months for public order or national security. Started by a second extension, it is counted from the detention decision recorded before that extension; if none is recorded, it is not shown: record the detention decision. Dublin detention has its own maximum (record a Dublin detention); border detention has other maxima, not shown here.</source>
        <extracomment>rule be-detention-cap: note</extracomment>
        <translation>À titre indicatif seulement ; 8 mois pour des raisons d'ordre public ou de sécurité nationale. Lancé par une deuxième prolongation, il est compté à partir de la décision de maintien notée avant cette prolongation ; si aucune n'est notée, il n'est pas affiché : notez la décision de maintien. La détention Dublin a son propre maximum (notez une détention Dublin) ; la détention à la frontière a d'autres maxima, non affichés ici.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the first detention decision</source>
        <extracomment>rule be-detention-cap: date_label</extracomment>
        <translation>Date de la première décision de maintien</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>End of the first extension of detention (4 months, for information)</source>
        <extracomment>rule be-detention-extended: title</extracomment>
        <translation>Fin de la première prolongation de la détention (4 mois, pour information)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The first extension adds 2 months to the first 2: the detention ends 4 months after the detention decision at the latest, unless the minister extends it once more (by 1 month, 5 months in all). The extension does not start a new count.</source>
        <extracomment>rule be-detention-extended: description</extracomment>
        <translation>La première prolongation ajoute 2 mois aux 2 premiers : la détention prend fin au plus tard 4 mois après la décision de maintien, sauf si le ministre la prolonge encore une fois (d'1 mois, 5 mois en tout). La prolongation ne fait pas recommencer le compte.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. Counted from the detention decision recorded before this extension; if none is recorded, it is not shown (counted from the extension it would end too late): record the detention decision.</source>
        <extracomment>rule be-detention-extended: note</extracomment>
        <translation>À titre indicatif seulement. Compté à partir de la décision de maintien notée avant cette prolongation ; si aucune n'est notée, il n'est pas affiché (compté à partir de la prolongation, il finirait trop tard) : notez la décision de maintien.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the detention decision that was extended</source>
        <extracomment>rule be-detention-extended: date_label</extracomment>
        <translation>Date de la décision de maintien qui a été prolongée</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 7 al. 5, loi du 15 décembre 1980 (as the Immigration Office explains it)</source>
        <extracomment>rule be-detention-extended: legal_basis</extracomment>
        <translation>Art. 7 al. 5, loi du 15 décembre 1980 (selon l'Office des Étrangers)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Longest detention for public order (8 months, for information)</source>
        <extracomment>rule be-detention-cap-public-order: title</extracomment>
        <translation>Détention la plus longue pour raison d'ordre public (8 mois, pour information)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>When public order or national security requires it, the minister can extend the detention beyond 5 months, one month at a time: release after 8 months at most, counted from the detention decision.</source>
        <extracomment>rule be-detention-cap-public-order: description</extracomment>
        <translation>Quand l'ordre public ou la sécurité nationale l'exige, le ministre peut prolonger la détention au-delà de 5 mois, d'un mois à la fois : libération après 8 mois au maximum, comptés à partir de la décision de maintien.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. Each extension adds one month; the 8 months are the ceiling. Counted from the detention decision recorded before this extension; if none is recorded, it is not shown: record the detention decision.</source>
        <extracomment>rule be-detention-cap-public-order: note</extracomment>
        <translation>À titre indicatif seulement. Chaque prolongation ajoute un mois ; les 8 mois sont le plafond. Compté à partir de la décision de maintien notée avant cette prolongation ; si aucune n'est notée, il n'est pas affiché : notez la décision de maintien.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Dublin detention while another country is asked (6 weeks, for information)</source>
        <extracomment>rule be-dublin-determination-max: title</extracomment>
        <translation>Détention Dublin pendant qu'un autre pays est sollicité (6 semaines, pour information)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>A person held so that Belgium can ask another country to take them (Dublin) may be held 6 weeks at most from the detention decision. The request had to be sent within one month of the asylum application, and the other country must answer within two weeks.</source>
        <extracomment>rule be-dublin-determination-max: description</extracomment>
        <translation>Une personne détenue pour que la Belgique puisse demander à un autre pays de la prendre en charge (Dublin) peut être détenue 6 semaines au maximum à partir de la décision de maintien. La demande devait être envoyée dans le mois qui suit la demande d'asile, et l'autre pays doit répondre dans les deux semaines.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. If the asylum application was made before the detention, the request to the other country had to go within one month of the application (art. 28(3) of the Dublin III Regulation): the lawyer checks. Once the other country accepts, the 6 weeks of the transfer count from the acceptance (record it).</source>
        <extracomment>rule be-dublin-determination-max: note</extracomment>
        <translation>À titre indicatif seulement. Si la demande d'asile a été faite avant la détention, la demande à l'autre pays devait partir dans le mois qui suit la demande d'asile (art. 28, §3, du règlement Dublin III) : l'avocat vérifie. Dès que l'autre pays accepte, les 6 semaines du transfert comptent à partir de l'acceptation (notez-la).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date of the Dublin detention decision</source>
        <extracomment>rule be-dublin-determination-max: date_label</extracomment>
        <translation>Date de la décision de maintien Dublin</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 51/5/1, loi du 15 décembre 1980 (as AIDA explains it); art. 28(3), Regulation (EU) 604/2013 (Dublin III)</source>
        <extracomment>rule be-dublin-determination-max: legal_basis</extracomment>
        <translation>Art. 51/5/1, loi du 15 décembre 1980 (selon AIDA) ; art. 28, §3, règlement (UE) n° 604/2013 (Dublin III)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Dublin detention for the transfer (6 weeks from acceptance, for information)</source>
        <extracomment>rule be-dublin-transfer-max: title</extracomment>
        <translation>Détention Dublin en vue du transfert (6 semaines après l'acceptation, pour information)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Once the other country has accepted to take the person (Dublin), the transfer must take place within 6 weeks of the acceptance while the person is held; after that the person must be released. The date of the acceptance is written in the transfer decision (annexe 26quater).</source>
        <extracomment>rule be-dublin-transfer-max: description</extracomment>
        <translation>Dès que l'autre pays a accepté de prendre la personne en charge (Dublin), le transfert doit avoir lieu dans les 6 semaines qui suivent l'acceptation tant que la personne est détenue ; après, la personne doit être libérée. La date de l'acceptation est écrite dans la décision de transfert (annexe 26quater).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Indicative only. The 6 weeks run from the acceptance, not from the day the annexe 26quater was handed over; after an appeal that suspended the transfer they run from the end of that suspension, which is later. The app counts from the acceptance, the earlier end. If the other country accepted by not answering, the acceptance is the day its two weeks ran out.</source>
        <extracomment>rule be-dublin-transfer-max: note</extracomment>
        <translation>À titre indicatif seulement. Les 6 semaines courent à partir de l'acceptation, pas du jour où l'annexe 26quater a été remise ; après un recours qui a suspendu le transfert, elles courent à partir de la fin de cette suspension, ce qui est plus tard. L'application compte à partir de l'acceptation, la fin la plus tôt. Si l'autre pays a accepté en ne répondant pas, l'acceptation est le jour où ses deux semaines ont pris fin.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the other country accepted (written in the annexe 26quater)</source>
        <extracomment>rule be-dublin-transfer-max: date_label</extracomment>
        <translation>Date à laquelle l'autre pays a accepté (écrite dans l'annexe 26quater)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. 28(3) al. 3, Regulation (EU) 604/2013 (Dublin III); art. 51/5/1, loi du 15 décembre 1980 (as AIDA explains it)</source>
        <extracomment>rule be-dublin-transfer-max: legal_basis</extracomment>
        <translation>Art. 28, §3, al. 3, règlement (UE) n° 604/2013 (Dublin III) ; art. 51/5/1, loi du 15 décembre 1980 (selon AIDA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against an order to leave, from a detention centre (CRA)</source>
        <extracomment>rule fr-oqtf-cra: title</extracomment>
        <translation>France : recours contre une obligation de quitter le territoire, depuis un centre de rétention (CRA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the administrative court against an order to leave France (OQTF) for a person held in a detention centre (CRA). 48 hours from the moment of notification. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-oqtf-cra: description</extracomment>
        <translation>Un recours au tribunal administratif contre une obligation de quitter le territoire français (OQTF) pour une personne placée en centre de rétention administrative (CRA). 48 heures à partir de la notification. Les week-ends et jours fériés n'arrêtent pas le compte.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The appeal can be handed to the head of the CRA, against a dated and timed receipt. If the order was notified earlier, outside the CRA, and its appeal period still ran at the placement, the 48 hours run from the placement (the next rule).</source>
        <extracomment>rule fr-oqtf-cra: note</extracomment>
        <translation>Le recours peut être remis au chef du CRA, contre un récépissé daté et horodaté. Si l'obligation a été notifiée avant, hors du CRA, et que son délai de recours courait encore au moment du placement, les 48 heures courent à partir du placement (la règle suivante).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the order was handed over</source>
        <extracomment>rule fr-oqtf-cra: date_label</extracomment>
        <translation>Date et heure de remise de l'obligation</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 921-2 CESEDA (since 15 July 2024); hour to hour (CE 10 Feb. 2006, n° 273484)</source>
        <extracomment>rule fr-oqtf-cra: legal_basis</extracomment>
        <translation>Art. L. 921-2 CESEDA (depuis le 15 juillet 2024) ; d'heure à heure (CE 10 févr. 2006, n° 273484)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against an earlier order to leave, from the placement in a CRA</source>
        <extracomment>rule fr-oqtf-cra-placement: title</extracomment>
        <translation>France : recours contre une obligation de quitter le territoire antérieure, à partir du placement en CRA</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An order to leave France (OQTF) was notified earlier, outside the detention centre, and its appeal period was still running when the person was placed in a detention centre (CRA). The appeal to the administrative court must then be made within 48 hours of the placement. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-oqtf-cra-placement: description</extracomment>
        <translation>Une obligation de quitter le territoire français (OQTF) a été notifiée avant, hors du centre de rétention, et son délai de recours courait encore quand la personne a été placée en centre de rétention (CRA). Le recours au tribunal administratif doit alors être fait dans les 48 heures qui suivent le placement. Les week-ends et jours fériés n'arrêtent pas le compte.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>If the appeal period of the order had already run out at the placement, no new period opens: ask the lawyer. If it is not sure which applies, count from the order's own notification as well and keep the earlier end. The law's own text was not retrieved.</source>
        <extracomment>rule fr-oqtf-cra-placement: note</extracomment>
        <translation>Si le délai de recours de l'obligation était déjà écoulé au moment du placement, aucun nouveau délai ne s'ouvre : demandez à l'avocat. S'il n'est pas sûr de savoir lequel s'applique, comptez aussi à partir de la notification de l'obligation elle-même et gardez la fin la plus tôt. Le texte de la loi elle-même n'a pas été consulté.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time of the placement in the detention centre (CRA)</source>
        <extracomment>rule fr-oqtf-cra-placement: date_label</extracomment>
        <translation>Date et heure du placement en centre de rétention (CRA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 921-2 CESEDA (since 15 July 2024), as the ASH article reads it; law text not retrieved</source>
        <extracomment>rule fr-oqtf-cra-placement: legal_basis</extracomment>
        <translation>Art. L. 921-2 CESEDA (depuis le 15 juillet 2024), selon la lecture de l'article d'ASH ; texte de loi non consulté</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against a Dublin transfer, in a detention centre (48 hours)</source>
        <extracomment>rule fr-dublin-transfer-cra: title</extracomment>
        <translation>France : recours contre un transfert Dublin, en centre de rétention (48 heures)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the administrative court against a decision to transfer the person to another European country (Dublin) when the person is held in a detention centre (CRA). 48 hours from the notification. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-dublin-transfer-cra: description</extracomment>
        <translation>Un recours au tribunal administratif contre une décision de transférer la personne vers un autre pays européen (Dublin) quand la personne est placée en centre de rétention (CRA). 48 heures à partir de la notification. Les week-ends et jours fériés n'arrêtent pas le compte.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 572-4 sends this appeal to the procedure of art. L. 921-2 (48 hours); before 15 July 2024 art. L. 572-6 gave 48 hours as well. Read on a copy of the code, not on Legifrance's current text.</source>
        <extracomment>rule fr-dublin-transfer-cra: note</extracomment>
        <translation>L'art. L. 572-4 renvoie ce recours à la procédure de l'art. L. 921-2 (48 heures) ; avant le 15 juillet 2024, l'art. L. 572-6 donnait aussi 48 heures. Lu sur une copie du code, pas sur le texte actuel de Légifrance.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the transfer decision was handed over</source>
        <extracomment>rule fr-dublin-transfer-cra: date_label</extracomment>
        <translation>Date et heure de remise de la décision de transfert</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 572-4 and L. 921-2 CESEDA (since 15 July 2024; before, art. L. 572-6)</source>
        <extracomment>rule fr-dublin-transfer-cra: legal_basis</extracomment>
        <translation>Art. L. 572-4 et L. 921-2 CESEDA (depuis le 15 juillet 2024 ; avant, art. L. 572-6)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: challenge the placement in a detention centre (CRA)</source>
        <extracomment>rule fr-retention-placement: title</extracomment>
        <translation>France : contester le placement en centre de rétention (CRA)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>A request to the judge of the judicial court to end the placement in a detention centre (rétention). 4 days: the day of notification counts as the first day, and the period ends at midnight (24:00) on the 4th day. Weekends and holidays do not extend it.</source>
        <extracomment>rule fr-retention-placement: description</extracomment>
        <translation>Une requête au juge du tribunal judiciaire (juge des libertés et de la détention) pour mettre fin au placement en centre de rétention. 4 jours : le jour de la notification compte comme premier jour, et le délai se termine à minuit (24:00) le 4e jour. Les week-ends et jours fériés ne le prolongent pas.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>The Cour de cassation counts the day of notification and ends at 24:00 on the 4th day. The 2025 law counts some periods in hours; whether this one became 96 hours is not confirmed. The app keeps the earlier end (24:00 on the 4th day).</source>
        <extracomment>rule fr-retention-placement: note</extracomment>
        <translation>La Cour de cassation compte le jour de la notification ; le délai se termine à 24:00 le 4e jour. La loi de 2025 compte certains délais en heures ; il n'est pas confirmé que celui-ci soit devenu 96 heures. L'application garde la fin la plus tôt (24:00 le 4e jour).</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the placement decision was handed over</source>
        <extracomment>rule fr-retention-placement: date_label</extracomment>
        <translation>Date de remise de la décision de placement</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 741-10 CESEDA (4 days since 15 July 2024); Cour de cassation, avis 7 January 2025, n° 24-70.008</source>
        <extracomment>rule fr-retention-placement: legal_basis</extracomment>
        <translation>Art. L. 741-10 CESEDA (4 jours depuis le 15 juillet 2024) ; Cour de cassation, avis du 7 janvier 2025, n° 24-70.008</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against an order to leave, house arrest or prison (7 days)</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: title</extracomment>
        <translation>France : recours contre une obligation de quitter le territoire, en assignation à résidence ou en prison (7 jours)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the administrative court against an order to leave France (OQTF) notified to a person under house arrest (assignation à résidence) or in prison. 7 days from notification.</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: description</extracomment>
        <translation>Un recours au tribunal administratif contre une obligation de quitter le territoire français (OQTF) notifiée à une personne assignée à résidence ou détenue en prison. 7 jours à partir de la notification.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Courts disagree whether these 7 days are a "délai franc" (one day more, and extended past a weekend or holiday). The app counts the shorter reading: the 7th day after notification, at 24:00, never extended.</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: note</extracomment>
        <translation>Les tribunaux ne sont pas d'accord : ces 7 jours sont-ils un « délai franc » (un jour de plus, et prolongé après un week-end ou un jour férié) ? L'application retient la lecture la plus courte : le 7e jour après la notification, à 24:00, jamais prolongé.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date the order was handed over</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: date_label</extracomment>
        <translation>Date de remise de l'obligation</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Art. L. 921-1 CESEDA (since 15 July 2024)</source>
        <extracomment>rule fr-oqtf-house-arrest-prison: legal_basis</extracomment>
        <translation>Art. L. 921-1 CESEDA (depuis le 15 juillet 2024)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>France: appeal against the judge's order on the detention (24 hours)</source>
        <extracomment>rule fr-judge-order-appeal: title</extracomment>
        <translation>France : appel contre l'ordonnance du juge sur la rétention (24 heures)</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>An appeal to the first president of the court of appeal against the judge's order that keeps the person in the detention centre (CRA). 24 hours. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-judge-order-appeal: description</extracomment>
        <translation>Un appel devant le premier président de la cour d'appel contre l'ordonnance du juge qui maintient la personne en centre de rétention (CRA). 24 heures. Les week-ends et jours fériés n'arrêtent pas le compte.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Counted hour to hour from the moment the order was given or notified, whichever is earlier, never extended: the shortest reading. Only court decisions summarised by third parties were found.</source>
        <extracomment>rule fr-judge-order-appeal: note</extracomment>
        <translation>Compté d'heure à heure à partir du moment où l'ordonnance a été rendue ou notifiée, selon ce qui arrive en premier, sans jamais être prolongé : la lecture la plus courte. Seules des décisions de justice résumées par des tiers ont été trouvées.</translation>
    </message>
    <message>
        <location filename="../../resources/deadline_rules.yaml"/>
        <source>Date and time the judge's order was given</source>
        <extracomment>rule fr-judge-order-appeal: date_label</extracomment>
        <translation>Date et heure où l'ordonnance du juge a été rendue</translation>
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
        <translation>Le jour où l'autre pays a accepté, tel qu'écrit dans l'annexe 26quater (pas le jour où l'annexe a été remise)</translation>
    </message>
    <message>
        <location filename="../../resources/decision_timers.yaml"/>
        <source>The day and time the person was placed in the detention centre (CRA)</source>
        <extracomment>decision fr_oqtf_cra_placement: date label</extracomment>
        <translation>Le jour et l'heure où la personne a été placée en centre de rétention (CRA)</translation>
    </message>
    <message>
        <source>Art. L. 921-2 CESEDA (since 15 July 2024), as issue 14 reads it; law text not retrieved</source>
        <extracomment>rule fr-oqtf-cra-placement: legal_basis</extracomment>
        <translation type="vanished">Art. L. 921-2 CESEDA (depuis le 15 juillet 2024), selon la lecture du ticket 14 ; texte de loi non consulté</translation>
    </message>
    <message>
        <source>Indicative only; 8 months for public order or national security. Dublin and border detention have other maxima, not shown here.</source>
        <extracomment>rule be-detention-cap: note</extracomment>
        <translation type="vanished">À titre indicatif seulement ; 8 mois pour des raisons d'ordre public ou de sécurité nationale. La détention Dublin et la détention à la frontière ont d'autres maxima, non affichés ici.</translation>
    </message>
    <message>
        <source>The appeal can be handed to the head of the CRA, against a dated and timed receipt.</source>
        <extracomment>rule fr-oqtf-cra: note</extracomment>
        <translation type="vanished">Le recours peut être remis au chef du CRA, contre un récépissé daté et horodaté.</translation>
    </message>
    <message>
        <source>Only if the refused application was not a new one made in detention (then 5 days) — the lawyer decides.</source>
        <extracomment>rule be-asylum-detained: condition</extracomment>
        <translation type="vanished">Seulement si la demande refusée n'était pas une nouvelle demande faite en détention (sinon 5 jours) — l'avocat décide.</translation>
    </message>
    <message>
        <source>After a court decision that keeps the person detained, a new request can be filed only one month later (see the next-request timer).</source>
        <extracomment>rule be-release-request: note</extracomment>
        <translation type="vanished">Après une décision du tribunal qui maintient la personne en détention, une nouvelle requête ne peut être introduite qu'un mois plus tard (voir le délai pour une nouvelle requête).</translation>
    </message>
    <message>
        <source>Art. 72, loi du 15 décembre 1980 (AgII, "binnen de 24 uur na de betekening")</source>
        <extracomment>rule be-chamber-appeal: legal_basis</extracomment>
        <translation type="vanished">Art. 72, loi du 15 décembre 1980 (AgII, texte néerlandais : « binnen de 24 uur na de betekening »)</translation>
    </message>
    <message>
        <source>Art. 72, loi du 15 décembre 1980 (AgII, "binnen de 15 dagen cassatieberoep")</source>
        <extracomment>rule be-cassation-detention: legal_basis</extracomment>
        <translation type="vanished">Art. 72, loi du 15 décembre 1980 (AgII, texte néerlandais : « binnen de 15 dagen cassatieberoep »)</translation>
    </message>
    <message>
        <source>The 30 days come from issue 14; the page named here describes this appeal but not its period, and the official text was not checked. The last day is never moved (the shorter reading).</source>
        <extracomment>rule be-council-of-state: note</extracomment>
        <translation type="vanished">Les 30 jours viennent du ticket 14 ; la page citée ici décrit ce recours mais pas son délai, et le texte officiel n'a pas été vérifié. Le dernier jour n'est jamais reporté (la lecture la plus courte).</translation>
    </message>
    <message>
        <source>A request to the criminal court's council chamber to end the detention. There is no deadline: file as soon as possible. After a decision that keeps the person detained, a new request can be filed one month later. Filing does not stop a removal.</source>
        <extracomment>rule be-release-request: description</extracomment>
        <translation type="vanished">Une requête à la chambre du conseil du tribunal correctionnel pour mettre fin à la détention. Il n'y a pas de délai : introduisez-la le plus tôt possible. Après une décision qui maintient la personne en détention, une nouvelle requête peut être introduite un mois plus tard. La requête n'arrête pas un éloignement.</translation>
    </message>
    <message>
        <source>Date of the last court decision on the detention</source>
        <extracomment>rule be-release-request: date_label</extracomment>
        <translation type="vanished">Date de la dernière décision du tribunal sur la détention</translation>
    </message>
    <message>
        <source>A request to the judge of the judicial court to end the placement in a detention centre (rétention). Counted as 96 hours (4 days) from the moment of notification. Weekends and holidays do not stop the clock.</source>
        <extracomment>rule fr-retention-placement: description</extracomment>
        <translation type="vanished">Une requête au juge du tribunal judiciaire pour mettre fin au placement en rétention. Compté comme 96 heures (4 jours) à partir de la notification. Les week-ends et jours fériés n'arrêtent pas le compte.</translation>
    </message>
    <message>
        <source>The law changed in 2024 and 2025; whether this is now exactly 96 hours is not confirmed.</source>
        <extracomment>rule fr-retention-placement: note</extracomment>
        <translation type="vanished">La loi a changé en 2024 et en 2025 ; il n'est pas confirmé que ce soit maintenant exactement 96 heures.</translation>
    </message>
    <message>
        <source>Date and time the placement decision was handed over</source>
        <extracomment>rule fr-retention-placement: date_label</extracomment>
        <translation type="vanished">Date et heure de remise de la décision de placement</translation>
    </message>
    <message>
        <source>Art. L. 741-10 CESEDA (4 days since 15 July 2024; loi n° 2025-796 counts in hours)</source>
        <extracomment>rule fr-retention-placement: legal_basis</extracomment>
        <translation type="vanished">Art. L. 741-10 CESEDA (4 jours depuis le 15 juillet 2024 ; la loi n° 2025-796 compte en heures)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../locator/centres/model.py" line="107"/>
        <source>No centre has the id "{centre_id}".</source>
        <extracomment>UnknownCentreError</extracomment>
        <translation>Aucun centre n'a l'identifiant « {centre_id} ».</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="49"/>
        <source>The day it was handed over (or refused)</source>
        <translation>Le jour où elle a été remise (ou refusée)</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="50"/>
        <source>The day the letter was first presented at the address (not the day it was signed for or collected)</source>
        <translation>Le jour où la lettre a été présentée pour la première fois à l'adresse (pas le jour où elle a été signée ou retirée)</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="53"/>
        <location filename="../../locator/deadlines/counting.py" line="54"/>
        <source>The day it was posted — the date of the postmark</source>
        <translation>Le jour où elle a été postée — la date du cachet de la poste</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="149"/>
        <source>{when} is in the future.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>{when} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="151"/>
        <source>{when} is before the arrest date ({arrest}).</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>{when} est avant la date de l'arrestation ({arrest}).</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="210"/>
        <source>there is no rule with this id. Known rules: {known}.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>aucune règle n'a cet identifiant. Règles connues : {known}.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="215"/>
        <source>choose one of: {known}.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>choisissez parmi : {known}.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="218"/>
        <source>this deadline counts in hours from the moment the decision was handed over. Choose hand delivery.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>ce délai se compte en heures à partir du moment où la décision a été remise. Choisissez « remise en main propre ».</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="221"/>
        <source>this deadline counts from the day the decision was handed over. Choose hand delivery.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>ce délai se compte à partir du jour où la décision a été remise. Choisissez « remise en main propre ».</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="306"/>
        <source>{text} is not a real date.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>{text} n'est pas une vraie date.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="308"/>
        <source>write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM, for example 2025-08-10 or 2025-08-10T14:30.</source>
        <extracomment>DeadlineInputError</extracomment>
        <translation>écrivez-la sous la forme AAAA-MM-JJ ou AAAA-MM-JJTHH:MM, par exemple 2025-08-10 ou 2025-08-10T14:30.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/counting.py" line="340"/>
        <source>The time it was handed over is not known: counted from the start of that day (00:00), the shorter deadline.</source>
        <translation>L'heure de la remise n'est pas connue : compté depuis le début de ce jour (00:00), le délai le plus court.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/table.py" line="41"/>
        <source>Did the person receive an earlier order to leave or another removal measure before this one?</source>
        <translation>La personne a-t-elle reçu un ordre de quitter le territoire ou une autre mesure d'éloignement avant celle-ci ?</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/table.py" line="43"/>
        <source>Was the refused asylum application a new one, made while the person was detained?</source>
        <translation>La demande d'asile refusée était-elle une nouvelle demande, faite pendant la détention ?</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/timers.py" line="34"/>
        <source>The decision was changed and this deadline no longer follows from it.</source>
        <translation>La décision a été modifiée et ce délai n'en découle plus.</translation>
    </message>
    <message>
        <location filename="../../locator/deadlines/timers.py" line="36"/>
        <source>The app's rules were corrected and this deadline no longer follows from the decision.</source>
        <translation>Les règles de l'application ont été corrigées et ce délai ne découle plus de la décision.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="8"/>
        <source>The document could not be read.</source>
        <extracomment>DocumentError</extracomment>
        <translation>Le document n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="12"/>
        <source>This attachment is not a photo or scan Locator can read (JPEG, PNG, TIFF, WebP…). Take a photo of the paper and add it.</source>
        <extracomment>NotAnImage</extracomment>
        <translation>Cette pièce jointe n'est pas une photo ou un scan que Locator peut lire (JPEG, PNG, TIFF, WebP…). Prenez une photo du papier et ajoutez-la.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="17"/>
        <source>The text recognition of this computer (Tesseract, with its French, Dutch and English data) was not found. Install it, or set TESSDATA_PREFIX to its tessdata folder.</source>
        <extracomment>NoTesseract</extracomment>
        <translation>La reconnaissance de texte de cet ordinateur (Tesseract, avec ses données pour le français, le néerlandais et l'anglais) est introuvable. Installez-la, ou faites pointer TESSDATA_PREFIX vers son dossier tessdata.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/errors.py" line="23"/>
        <source>Reading was cancelled.</source>
        <extracomment>ReadingCancelled</extracomment>
        <translation>La lecture a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="24"/>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="25"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="26"/>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="27"/>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="28"/>
        <source>Annexe</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="29"/>
        <source>Date of notification</source>
        <translation>Date de notification</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="30"/>
        <source>How it was notified</source>
        <translation>Mode de notification</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="34"/>
        <source>could not be read with certainty: a check digit does not match</source>
        <translation>lecture incertaine : un chiffre de contrôle ne correspond pas</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="35"/>
        <source>may be cut short: the name fills the whole zone</source>
        <translation>peut-être incomplet : le nom remplit toute la zone</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="36"/>
        <source>could not be read with certainty: the text is faint or unclear</source>
        <translation>lecture incertaine : le texte est pâle ou flou</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="37"/>
        <source>could not be read with certainty: look-alike characters (O and 0, I and 1 …) were guessed until the check digit matched</source>
        <translation>lecture incertaine : des caractères qui se ressemblent (O et 0, I et 1 …) ont été devinés jusqu'à ce que le chiffre de contrôle corresponde</translation>
    </message>
    <message>
        <location filename="../../locator/documents/proposals.py" line="39"/>
        <source>could not be read with certainty: not a value Locator knows</source>
        <translation>lecture incertaine : ce n'est pas une valeur que Locator connaît</translation>
    </message>
    <message>
        <location filename="../../locator/documents/save.py" line="35"/>
        <source>write the date as YYYY-MM-DD</source>
        <extracomment>FieldError</extracomment>
        <translation>écrivez la date sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="79"/>
        <source>must be text</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="81"/>
        <source>is too long (at most one million characters)</source>
        <extracomment>FieldError</extracomment>
        <translation>est trop long (un million de caractères au maximum)</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="92"/>
        <source>choose one of: {choices}</source>
        <extracomment>FieldError</extracomment>
        <translation>choisissez parmi : {choices}</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="125"/>
        <source>this is not an email address (it needs a @ and a domain)</source>
        <extracomment>FieldError</extracomment>
        <translation>ce n'est pas une adresse e-mail (il faut un @ et un domaine)</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="135"/>
        <source>must be a list of text</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="147"/>
        <source>use only letters, digits, spaces, / . and -</source>
        <extracomment>FieldError</extracomment>
        <translation>utilisez seulement des lettres, des chiffres, des espaces, / . et -</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="201"/>
        <source>must be an object with named fields</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être un objet avec des champs nommés</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="204"/>
        <location filename="../../locator/model/caseio.py" line="352"/>
        <source>is not a field we know</source>
        <extracomment>FieldError</extracomment>
        <translation>n'est pas un champ connu</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="212"/>
        <source>must be a whole number</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="233"/>
        <source>must be a list</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="245"/>
        <source>must be a list of phone numbers</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être une liste de numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="266"/>
        <source>the date of notification is needed</source>
        <extracomment>FieldError</extracomment>
        <translation>la date de notification est nécessaire</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="269"/>
        <source>must be true or false</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="340"/>
        <source>must be a JSON object with named fields</source>
        <extracomment>FieldError</extracomment>
        <translation>doit être un objet JSON avec des champs nommés</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="366"/>
        <source>give at least an alias or a name</source>
        <extracomment>FieldError</extracomment>
        <translation>indiquez au moins un surnom ou un nom</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="368"/>
        <source>not a centre in the directory; choose one or unknown</source>
        <extracomment>FieldError</extracomment>
        <translation>ce centre n'est pas dans la liste ; choisissez-en un, ou « inconnu »</translation>
    </message>
    <message>
        <location filename="../../locator/model/caseio.py" line="370"/>
        <location filename="../../locator/model/caseio.py" line="374"/>
        <source>cannot be before the date of arrest</source>
        <extracomment>FieldError</extracomment>
        <translation>ne peut pas être avant la date de l'arrestation</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="201"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="203"/>
        <source>Bar</source>
        <translation>Barreau</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="205"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="207"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="209"/>
        <source>Brief sent on</source>
        <translation>Fiche envoyée le</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="218"/>
        <source>asked on</source>
        <translation>demandé le</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="236"/>
        <source>Alias (what friends call them)</source>
        <translation>Surnom (comme l'appellent ses amis)</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="239"/>
        <source>Registered LAST NAME</source>
        <translation>NOM enregistré</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="239"/>
        <source>as on the order to leave (OQT)</source>
        <translation>comme sur l'ordre de quitter le territoire (OQT)</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="241"/>
        <source>Registered first name</source>
        <translation>Prénom enregistré</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="243"/>
        <source>Real name</source>
        <translation>Vrai nom</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="245"/>
        <source>Other spellings</source>
        <translation>Autres orthographes</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="248"/>
        <source>Nationality (as recorded)</source>
        <translation>Nationalité (enregistrée)</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="250"/>
        <source>Real nationality</source>
        <translation>Vraie nationalité</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="254"/>
        <source>Date of birth (as recorded)</source>
        <translation>Date de naissance (enregistrée)</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="257"/>
        <source>Real date of birth</source>
        <translation>Vraie date de naissance</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="259"/>
        <source>Man or woman</source>
        <translation>Homme ou femme</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="260"/>
        <source>Men and women are held in different centres: the calling round then shows the centres that hold them first.</source>
        <translation>Les hommes et les femmes sont détenus dans des centres différents : la tournée d'appels montre alors d'abord les centres qui les détiennent.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="262"/>
        <source>OE / IBZ / SP number</source>
        <translation>Numéro OE / IBZ / SP</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="263"/>
        <source>on their badge</source>
        <translation>sur son badge</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="266"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="267"/>
        <source>The languages they speak and understand, best first: the lawyer asks for an interpreter in one of them.</source>
        <translation>Les langues qu'elle parle et comprend, la mieux maîtrisée d'abord : l'avocat demande un interprète dans l'une d'elles.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="271"/>
        <source>Language of the case</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="272"/>
        <source>The language of the procedure, French or Dutch: the language of the papers they received (the order to leave, the detention decision). The lawyer brief and the emails are written in it.</source>
        <translation>La langue de la procédure, français ou néerlandais : la langue des papiers reçus (l'ordre de quitter le territoire, la décision de détention). La fiche pour l'avocat et les e-mails sont écrits dans cette langue.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="277"/>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="278"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="279"/>
        <source>Date of arrest</source>
        <translation>Date de l'arrestation</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="281"/>
        <source>Place of arrest</source>
        <translation>Lieu de l'arrestation</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="282"/>
        <source>police station, city</source>
        <translation>commissariat, ville</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="285"/>
        <source>Detained with their children under 18</source>
        <translation>Détenu·e avec ses enfants de moins de 18 ans</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="286"/>
        <source>Families with children under 18 are held in family units, not in the closed centres: the calling round then shows those first.</source>
        <translation>Les familles avec des enfants de moins de 18 ans sont détenues dans des unités familiales, pas dans les centres fermés : la tournée d'appels montre alors celles-ci d'abord.</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="288"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="292"/>
        <source>Found there on</source>
        <translation>Trouvé(e) au centre le</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="294"/>
        <source>Phone that reaches them</source>
        <translation>Téléphone pour la joindre</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="297"/>
        <source>Wants a lawyer</source>
        <translation>Veut un avocat</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="299"/>
        <source>Agrees to share with GVO</source>
        <translation>D'accord de partager avec GVO</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="301"/>
        <source>Agrees to share with a lawyer</source>
        <translation>D'accord de partager avec un avocat</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="303"/>
        <source>Agrees to share with referents</source>
        <translation>D'accord de partager avec les référents</translation>
    </message>
    <message>
        <location filename="../../locator/model/cases.py" line="305"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../locator/model/countries.py" line="66"/>
        <source>not a country we know; pick one from the list, or leave it unknown</source>
        <extracomment>FieldError</extracomment>
        <translation>pays inconnu ; choisissez-en un dans la liste, ou laissez vide</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="47"/>
        <source>write the date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>FieldError</extracomment>
        <translation>écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="50"/>
        <location filename="../../locator/model/dates.py" line="74"/>
        <location filename="../../locator/model/dates.py" line="94"/>
        <source>the year must be 1900 or later</source>
        <extracomment>FieldError</extracomment>
        <translation>l'année doit être 1900 ou plus tard</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="52"/>
        <source>the month must be between 01 and 12</source>
        <extracomment>FieldError</extracomment>
        <translation>le mois doit être entre 01 et 12</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="57"/>
        <source>this day does not exist in that month</source>
        <extracomment>FieldError</extracomment>
        <translation>ce jour n'existe pas dans ce mois</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="72"/>
        <source>write the date as YYYY-MM-DD (a day that exists)</source>
        <extracomment>FieldError</extracomment>
        <translation>écrivez la date sous la forme AAAA-MM-JJ (un jour qui existe)</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="92"/>
        <source>write the date and time as YYYY-MM-DDTHH:MM</source>
        <extracomment>FieldError</extracomment>
        <translation>écrivez la date et l'heure sous la forme AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <location filename="../../locator/model/dates.py" line="143"/>
        <location filename="../../locator/storage/deadlines.py" line="139"/>
        <source>this date is in the future</source>
        <extracomment>FieldError</extracomment>
        <translation>cette date est dans le futur</translation>
    </message>
    <message>
        <location filename="../../locator/model/errors.py" line="24"/>
        <source>Something went wrong.</source>
        <extracomment>LocatorError</extracomment>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="364"/>
        <source>Imported from a copy on {day}.</source>
        <translation>Importé d'une copie le {day}.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="365"/>
        <source>Possible duplicate of case {duplicate_of}, imported from a copy on {day}. Compare the two and keep what is right.</source>
        <translation>Doublon possible du dossier {duplicate_of}, importé d'une copie le {day}. Comparez les deux et gardez ce qui est juste.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="367"/>
        <source>Updated from a copy on {day}: the copy's version of this case was taken. Its decisions, deportation attempts, timeline and attachments were added to ours; nothing of ours was removed from them.</source>
        <translation>Mis à jour depuis une copie le {day} : la version de la copie a été reprise pour ce dossier. Ses décisions, tentatives d'expulsion, chronologie et pièces jointes ont été ajoutées aux nôtres ; rien des nôtres n'a été retiré.</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="523"/>
        <source>document number</source>
        <translation>numéro du document</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="524"/>
        <source>valid until</source>
        <translation>valable jusqu'au</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="524"/>
        <source>issued by</source>
        <translation>délivré par</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="525"/>
        <source>kind of document</source>
        <translation>type de document</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="525"/>
        <source>annexe</source>
        <translation>annexe</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="526"/>
        <source>date of notification</source>
        <translation>date de notification</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="527"/>
        <source>how it was notified</source>
        <translation>mode de notification</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="528"/>
        <source>identity or residence card</source>
        <translation>carte d'identité ou de séjour</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="528"/>
        <source>identity card</source>
        <translation>carte d'identité</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="529"/>
        <source>passport</source>
        <translation>passeport</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="529"/>
        <location filename="../../locator/model/events.py" line="529"/>
        <source>visa</source>
        <translation>visa</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="530"/>
        <source>order or decision</source>
        <translation>ordre ou décision</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="531"/>
        <source>Taken from the document ({document}, attachment {n}): {fields}</source>
        <translation>Repris du document ({document}, pièce jointe {n}) : {fields}</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="532"/>
        <source>(corrected by hand: {fields})</source>
        <translation>(corrigé à la main : {fields})</translation>
    </message>
    <message>
        <location filename="../../locator/model/events.py" line="547"/>
        <source>photo or scan</source>
        <translation>photo ou scan</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="38"/>
        <source>Use five to seven random words, or the passphrase Locator suggests.</source>
        <translation>Utilisez cinq à sept mots au hasard, ou la phrase de passe proposée par Locator.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="39"/>
        <source>Type a passphrase.</source>
        <translation>Tapez une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="43"/>
        <location filename="../../locator/model/passphrase.py" line="45"/>
        <source>It is one of the passwords people use most, and those are tried first.</source>
        <translation>C'est un des mots de passe les plus utilisés, et ceux-là sont essayés en premier.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="47"/>
        <source>It is mostly a name, and names are tried first.</source>
        <translation>C'est surtout un nom, et les noms sont essayés en premier.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="48"/>
        <source>One word on its own is tried first, even with a few digits.</source>
        <translation>Un mot seul est essayé en premier, même avec quelques chiffres.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="49"/>
        <location filename="../../locator/model/passphrase.py" line="50"/>
        <source>It follows keys that sit side by side on the keyboard.</source>
        <translation>Elle suit des touches voisines sur le clavier.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="51"/>
        <source>It repeats the same letters or words.</source>
        <translation>Elle répète les mêmes lettres ou les mêmes mots.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="52"/>
        <source>It is a run like abc or 123.</source>
        <translation>C'est une suite comme abc ou 123.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="53"/>
        <source>It holds a year, and years are tried first.</source>
        <translation>Elle contient une année, et les années sont essayées en premier.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="54"/>
        <source>It holds a date, and dates are tried first.</source>
        <translation>Elle contient une date, et les dates sont essayées en premier.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="56"/>
        <source>It is too short: it could be guessed quickly.</source>
        <translation>Elle est trop courte : elle pourrait être devinée vite.</translation>
    </message>
    <message>
        <location filename="../../locator/model/passphrase.py" line="57"/>
        <source>It could be guessed quickly.</source>
        <translation>Elle pourrait être devinée vite.</translation>
    </message>
    <message>
        <location filename="../../locator/model/phones.py" line="20"/>
        <source>this is not a phone number we can read (try the international form, e.g. +32 470 12 34 56)</source>
        <extracomment>FieldError</extracomment>
        <translation>ce numéro de téléphone n'est pas lisible (essayez la forme internationale, p. ex. +32 470 12 34 56)</translation>
    </message>
    <message>
        <location filename="../../locator/model/phones.py" line="23"/>
        <source>this phone number does not exist (check the digits, or add the country code, e.g. +33)</source>
        <extracomment>FieldError</extracomment>
        <translation>ce numéro de téléphone n'existe pas (vérifiez les chiffres, ou ajoutez l'indicatif du pays, p. ex. +33)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="117"/>
        <source>the disk may be full or removed, or the system refused the file.</source>
        <translation>le disque est peut-être plein ou retiré, ou le système a refusé le fichier.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="126"/>
        <source>Choose a passphrase for the copy.</source>
        <extracomment>VaultExists</extracomment>
        <translation>Choisissez une phrase de passe pour la copie.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="151"/>
        <source>the backup failed its integrity check</source>
        <extracomment>DamagedVault</extracomment>
        <translation>la vérification d'intégrité de la sauvegarde a échoué</translation>
    </message>
    <message>
        <location filename="../../locator/storage/backup.py" line="174"/>
        <source>Another restore of this vault is running. Wait for it to end.</source>
        <extracomment>VaultExists</extracomment>
        <translation>Une autre restauration de ce coffre-fort est en cours. Attendez qu'elle se termine.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/deadlines.py" line="141"/>
        <location filename="../../ui/deadlines/actions.py" line="118"/>
        <source>say who filed it (the lawyer's name, for example)</source>
        <extracomment>FieldError</extracomment>
        <translation>dites qui l'a introduit (le nom de l'avocat, par exemple)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/deadlines.py" line="148"/>
        <source>give a reason, so others understand later</source>
        <extracomment>FieldError</extracomment>
        <translation>donnez une raison, pour que les autres comprennent plus tard</translation>
    </message>
    <message>
        <location filename="../../locator/storage/deadlines.py" line="157"/>
        <source>There is no deadline number {n}.</source>
        <extracomment>UnknownCase</extracomment>
        <translation>Il n'y a pas de délai numéro {n}.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="10"/>
        <source>The vault could not be used.</source>
        <extracomment>VaultError</extracomment>
        <translation>Le coffre-fort n'a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="14"/>
        <source>There is no vault file at this place. It may have been moved, renamed or deleted.</source>
        <extracomment>VaultMissing</extracomment>
        <translation>Il n'y a pas de fichier de coffre-fort à cet endroit. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="18"/>
        <source>A file already exists at this place; Locator will not overwrite it.</source>
        <extracomment>VaultExists</extracomment>
        <translation>Un fichier existe déjà à cet endroit ; Locator ne l'écrasera pas.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="22"/>
        <source>The vault file cannot be written (it is read-only, or on a disk that is read-only or was removed). Nothing was changed.</source>
        <extracomment>VaultReadOnly</extracomment>
        <translation>Le fichier du coffre-fort ne peut pas être écrit (il est en lecture seule, ou sur un disque en lecture seule ou retiré). Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="27"/>
        <source>This passphrase does not open the vault. Check it (capital letters, spaces) and try again. If you are sure it is right, the file may be damaged: restore a backup.</source>
        <extracomment>WrongPassphrase</extracomment>
        <translation>Cette phrase de passe n'ouvre pas le coffre-fort. Vérifiez-la (majuscules, espaces) et réessayez. Si vous êtes sûr qu'elle est juste, le fichier est peut-être endommagé : restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="33"/>
        <source>This file is not a Locator vault.</source>
        <extracomment>NotAVault</extracomment>
        <translation>Ce fichier n'est pas un coffre-fort Locator.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="37"/>
        <source>This file is an ordinary, unencrypted database, not a Locator vault. Locator only opens encrypted vaults.</source>
        <extracomment>PlainDatabase</extracomment>
        <translation>Ce fichier est une base de données ordinaire, non chiffrée, pas un coffre-fort Locator. Locator n'ouvre que des coffres-forts chiffrés.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="42"/>
        <source>This file is empty (0 bytes): it is not a Locator vault.</source>
        <extracomment>EmptyFile</extracomment>
        <translation>Ce fichier est vide (0 octet) : ce n'est pas un coffre-fort Locator.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="46"/>
        <source>The vault file is damaged ({reason}). It was left as it is. Restore your latest backup.</source>
        <extracomment>DamagedVault</extracomment>
        <translation>Le fichier du coffre-fort est endommagé ({reason}). Il a été laissé tel quel. Restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="52"/>
        <source>The copy could not be written to {name}: {reason} The vault was not changed.</source>
        <extracomment>CopyNotWritten</extracomment>
        <translation>La copie n'a pas pu être écrite dans {name} : {reason} Le coffre-fort n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="62"/>
        <location filename="../../locator/storage/errors.py" line="62"/>
        <source>the disk is full.</source>
        <translation>le disque est plein.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="63"/>
        <location filename="../../locator/storage/errors.py" line="64"/>
        <source>Locator may not write there.</source>
        <translation>Locator n'a pas le droit d'écrire à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="65"/>
        <source>the disk is read-only.</source>
        <translation>le disque est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="66"/>
        <source>the folder does not exist.</source>
        <translation>le dossier n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="67"/>
        <source>it is a folder.</source>
        <translation>c'est un dossier.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="68"/>
        <source>part of the path is not a folder.</source>
        <translation>une partie du chemin n'est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="69"/>
        <source>the system refused it.</source>
        <translation>le système l'a refusé.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="72"/>
        <source>This vault was made by a newer version of Locator (format {found}; this version knows up to {known}). Update Locator to open it. The file was not changed.</source>
        <extracomment>NewerVault</extracomment>
        <translation>Ce coffre-fort a été créé par une version plus récente de Locator (format {found} ; cette version connaît jusqu'au format {known}). Mettez Locator à jour pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="78"/>
        <source>Encryption is not active in this copy of Locator (SQLCipher missing). Refusing to open or create any vault.</source>
        <extracomment>NotEncrypted</extracomment>
        <translation>Le chiffrement n'est pas actif dans cette installation de Locator (SQLCipher manque). Aucun coffre-fort ne sera ouvert ni créé.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="83"/>
        <source>The vault is locked. Unlock it first.</source>
        <extracomment>VaultLocked</extracomment>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="87"/>
        <source>There is no case number {case_id} in this vault.</source>
        <extracomment>UnknownCase</extracomment>
        <translation>Il n'y a pas de dossier numéro {case_id} dans ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="91"/>
        <source>The disk is full or the file could not be written. Nothing was changed.</source>
        <extracomment>StorageFull</extracomment>
        <translation>Le disque est plein ou le fichier n'a pas pu être écrit. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="95"/>
        <source>This case was changed elsewhere (in another window or by the command line) since it was opened: {names}. Nothing was saved. Look at the case as it is now, then save again.</source>
        <extracomment>CaseChangedElsewhere</extracomment>
        <translation>Ce dossier a été modifié ailleurs (dans une autre fenêtre ou par la ligne de commande) depuis son ouverture : {names}. Rien n'a été enregistré. Regardez le dossier tel qu'il est maintenant, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/errors.py" line="123"/>
        <source>This vault is open in another Locator window. Close it there (or quit Locator) first, then try again.</source>
        <extracomment>VaultInUse</extracomment>
        <translation>Ce coffre-fort est ouvert dans une autre fenêtre de Locator. Fermez-le là-bas (ou quittez Locator), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="48"/>
        <source>“{name}” is a folder. Give a file name, such as brief.pdf.</source>
        <translation>« {name} » est un dossier. Donnez un nom de fichier, par exemple fiche.pdf.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="52"/>
        <source>The folder for “{name}” does not exist. Choose a folder that does.</source>
        <translation>Le dossier de « {name} » n'existe pas. Choisissez un dossier qui existe.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="57"/>
        <source>“{name}” is the vault itself: an export never replaces it. Choose another name.</source>
        <translation>« {name} » est le coffre-fort lui-même : un export ne le remplace jamais. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="62"/>
        <source>“{name}” would be in the vault's backup folder, which holds only backups. Choose another folder.</source>
        <translation>« {name} » serait dans le dossier des sauvegardes du coffre-fort, qui ne contient que des sauvegardes. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="66"/>
        <source>“{name}” exists and is not a PDF: it is left as it is. Choose another name.</source>
        <translation>« {name} » existe et n'est pas un PDF : il est laissé tel quel. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="69"/>
        <source>“{name}” exists already. Choose another name, or say that it may be replaced.</source>
        <translation>« {name} » existe déjà. Choisissez un autre nom, ou dites qu'il peut être remplacé.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="72"/>
        <source>“{name}” is a link to another file: it is left as it is. Choose another name.</source>
        <translation>« {name} » est un lien vers un autre fichier : il est laissé tel quel. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/exports.py" line="75"/>
        <source>Locator may not write in the folder of “{name}”. Choose another folder.</source>
        <translation>Locator ne peut pas écrire dans le dossier de « {name} ». Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="27"/>
        <source>the macOS Keychain of this user account</source>
        <translation>le trousseau macOS (Keychain) de ce compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="28"/>
        <source>the Windows Credential Locker of this user account</source>
        <translation>le coffre d'identifiants Windows (Credential Locker) de ce compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="29"/>
        <source>the desktop keyring of this user account (Secret Service)</source>
        <translation>le trousseau de clés du bureau de ce compte utilisateur (Secret Service)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="31"/>
        <source>KWallet, the KDE keyring of this user account</source>
        <translation>KWallet, le trousseau de clés KDE de ce compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="32"/>
        <source>the desktop keyring of this user account (libsecret)</source>
        <translation>le trousseau de clés du bureau de ce compte utilisateur (libsecret)</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="71"/>
        <location filename="../../locator/storage/keystore.py" line="89"/>
        <source>The keyring on this computer is not available right now.</source>
        <translation>Le trousseau de clés de cet ordinateur n'est pas disponible pour le moment.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="79"/>
        <source>No keyring could be loaded on this computer.</source>
        <translation>Aucun trousseau de clés n'a pu être chargé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="92"/>
        <source>There is no keyring on this computer (for example no GNOME Keyring or KWallet is running).</source>
        <translation>Il n'y a pas de trousseau de clés sur cet ordinateur (par exemple, ni GNOME Keyring ni KWallet ne fonctionne).</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="212"/>
        <source>No safe place for the key was found on this computer (no keyring service is running).</source>
        <translation>Aucun endroit sûr pour la clé n'a été trouvé sur cet ordinateur (aucun service de trousseau de clés ne tourne).</translation>
    </message>
    <message>
        <location filename="../../locator/storage/keystore.py" line="214"/>
        <source>The keyring on this computer does not encrypt secrets safely, so Locator will not use it.</source>
        <translation>Le trousseau de clés de cet ordinateur ne chiffre pas les secrets de façon sûre : Locator ne l'utilisera pas.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/store.py" line="322"/>
        <source>There is no attachment number {n}.</source>
        <extracomment>UnknownCase</extracomment>
        <translation>Il n'y a pas de pièce jointe numéro {n}.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="105"/>
        <source>the file is cut short</source>
        <extracomment>DamagedVault</extracomment>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="139"/>
        <source>Choose a passphrase: the vault cannot be created without one.</source>
        <extracomment>WrongPassphrase</extracomment>
        <translation>Choisissez une phrase de passe : le coffre-fort ne peut pas être créé sans elle.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="198"/>
        <location filename="../../locator/storage/vault.py" line="201"/>
        <location filename="../../locator/storage/vault.py" line="351"/>
        <source>an integrity check failed</source>
        <extracomment>DamagedVault</extracomment>
        <translation>une vérification d'intégrité a échoué</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="254"/>
        <source>the full check found damage, so editing is locked</source>
        <extracomment>DamagedVault</extracomment>
        <translation>la vérification complète a trouvé des dégâts, la modification est donc bloquée</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="256"/>
        <source>The vault file was moved, renamed or deleted while Locator was open. Nothing more was saved. Lock Locator and open the vault where it is now, or restore a backup.</source>
        <extracomment>VaultMissing</extracomment>
        <translation>Le fichier du coffre-fort a été déplacé, renommé ou supprimé pendant que Locator était ouvert. Plus rien n'a été enregistré. Verrouillez Locator et ouvrez le coffre-fort là où il se trouve maintenant, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="281"/>
        <source>The new passphrase cannot be empty.</source>
        <extracomment>WrongPassphrase</extracomment>
        <translation>La nouvelle phrase de passe ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="604"/>
        <location filename="../../locator/storage/vault.py" line="615"/>
        <source>the file could not be read or written</source>
        <extracomment>DamagedVault</extracomment>
        <translation>le fichier n'a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <location filename="../../locator/storage/vault.py" line="614"/>
        <source>The vault is in use by another copy of Locator. Close it there first.</source>
        <extracomment>VaultExists</extracomment>
        <translation>Le coffre-fort est utilisé par un autre Locator ouvert. Fermez-le d'abord là-bas.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="8"/>
        <source>The team folder could not be used.</source>
        <extracomment>TeamError</extracomment>
        <translation>Le répertoire de l'équipe n'a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="12"/>
        <source>This vault is not part of a team yet. Create one (Share with a team…) or join one with an invitation code.</source>
        <extracomment>NoTeam</extracomment>
        <translation>Ce coffre-fort ne fait encore partie d'aucune équipe. Créez-en une (Partager avec une équipe…) ou rejoignez-en une avec un code d'invitation.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="17"/>
        <source>This vault is already part of a team. Nothing was changed.</source>
        <extracomment>AlreadyInTeam</extracomment>
        <translation>Ce coffre-fort fait déjà partie d'une équipe. Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="21"/>
        <source>This version of Locator cannot keep a team in this vault yet (its format has no team tables).</source>
        <extracomment>TeamsUnavailable</extracomment>
        <translation>Cette version de Locator ne peut pas encore tenir une équipe dans ce coffre-fort (son format n'a pas de tables d'équipe).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="26"/>
        <source>The team folder cannot be used: {reason}. Check that it exists, is synced and can be written.</source>
        <extracomment>FolderProblem</extracomment>
        <translation>Le répertoire de l'équipe ne peut pas être utilisé : {reason}. Vérifiez qu'il existe, qu'il est synchronisé et qu'on peut y écrire.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="32"/>
        <source>This invitation code opens no invitation in the team folder. Check the code (letters and digits, dashes do not matter), and that the folder has finished syncing. An invitation can be used once only.</source>
        <extracomment>WrongCode</extracomment>
        <translation>Ce code n'ouvre aucune invitation dans le répertoire de l'équipe. Vérifiez le code (lettres et chiffres, les tirets ne comptent pas) et que le répertoire a fini de se synchroniser. Une invitation ne sert qu'une seule fois.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="38"/>
        <source>This invitation has expired (an invitation lasts a week). Ask for a new code.</source>
        <extracomment>ExpiredCode</extracomment>
        <translation>Cette invitation a expiré (une invitation dure une semaine). Demandez un nouveau code.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="43"/>
        <source>Case {case_id} cannot be shared: the person's consent to share with referents is not recorded as yes. Ask them first, then record it.</source>
        <extracomment>NoConsent</extracomment>
        <translation>Le dossier {case_id} ne peut pas être partagé : l'accord de la personne pour le partage avec les référents n'est pas noté « oui ». Demandez-le-lui d'abord, puis notez-le.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="48"/>
        <source>There is no team member called {name}.</source>
        <extracomment>UnknownMember</extracomment>
        <translation>Aucun membre de l'équipe ne s'appelle {name}.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="52"/>
        <source>The change file {name} was refused: {reason} Nothing of it was applied.</source>
        <extracomment>RefusedFile</extracomment>
        <translation>Le fichier de modifications {name} a été refusé : {reason} Rien n'en a été appliqué.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="60"/>
        <source>it is not a Locator change file (or it is cut short).</source>
        <translation>ce n'est pas un fichier de modifications de Locator (ou il est tronqué).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="61"/>
        <source>it belongs to another team (written with another team's key).</source>
        <translation>il appartient à une autre équipe (écrit avec la clé d'une autre équipe).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="62"/>
        <source>it was changed or cut short after it was written (its signature does not match); it may still be arriving: sync again later.</source>
        <translation>il a été modifié ou tronqué après avoir été écrit (sa signature ne correspond pas) ; il est peut-être encore en train d'arriver : synchronisez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="64"/>
        <source>its author is not a member of this team.</source>
        <translation>son auteur n'est pas membre de cette équipe.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="65"/>
        <source>its author was removed from the team before writing it.</source>
        <translation>son auteur a été retiré de l'équipe avant de l'écrire.</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="66"/>
        <source>it is not where its author wrote it (renamed or copied into another stream).</source>
        <translation>il n'est pas là où son auteur l'a écrit (renommé ou copié dans un autre flux).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="67"/>
        <source>it is locked with a team key this device does not have (was it removed?).</source>
        <translation>il est verrouillé avec une clé d'équipe que cet appareil n'a pas (a-t-il été retiré ?).</translation>
    </message>
    <message>
        <location filename="../../locator/team/errors.py" line="68"/>
        <source>it holds data this version of Locator cannot read.</source>
        <translation>il contient des données que cette version de Locator ne peut pas lire.</translation>
    </message>
    <message>
        <location filename="../../locator/team/members.py" line="76"/>
        <source>it is not a folder</source>
        <extracomment>FolderProblem</extracomment>
        <translation>ce n'est pas un répertoire</translation>
    </message>
    <message>
        <location filename="../../locator/team/members.py" line="78"/>
        <source>it cannot be written</source>
        <extracomment>FolderProblem</extracomment>
        <translation>on ne peut pas y écrire</translation>
    </message>
    <message>
        <location filename="../../locator/team/members.py" line="195"/>
        <source>This device cannot remove itself; ask another member.</source>
        <extracomment>UnknownMember</extracomment>
        <translation>Cet appareil ne peut pas se retirer lui-même ; demandez à un autre membre.</translation>
    </message>
    <message>
        <location filename="../../locator/team/sync.py" line="383"/>
        <source>there is no streams folder in it</source>
        <extracomment>FolderProblem</extracomment>
        <translation>il ne contient pas de répertoire streams</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="65"/>
        <source>GVO</source>
        <translation>GVO</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="65"/>
        <source>the lawyer</source>
        <translation>l'avocat</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="66"/>
        <source>a centre referent</source>
        <translation>un·e référent·e de centre</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="66"/>
        <source>a visitor</source>
        <translation>un·e visiteur·euse</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="67"/>
        <source>someone else</source>
        <translation>quelqu'un d'autre</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="68"/>
        <source>text copied</source>
        <translation>texte copié</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="68"/>
        <source>saved as a PDF</source>
        <translation>enregistré en PDF</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="69"/>
        <source>handed to the mail program</source>
        <translation>confié au programme de courrier</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="72"/>
        <source>recorded as sent by an earlier version of Locator, which did not ask — it may only have been prepared</source>
        <translation>noté comme envoyé par une version antérieure de Locator, qui ne le demandait pas — il n'a peut-être été que préparé</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="75"/>
        <source>asked to look for them</source>
        <translation>demande de recherche</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="76"/>
        <source>told where they are held</source>
        <translation>lieu de détention communiqué</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="77"/>
        <source>asked for a lawyer</source>
        <translation>demande d'avocat</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="78"/>
        <source>told what happened</source>
        <translation>nouvelles communiquées</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="79"/>
        <source>told about the flight</source>
        <translation>vol signalé</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="80"/>
        <source>asked for support at the flight</source>
        <translation>demande de soutien au moment du vol</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="84"/>
        <source>(only if this is the first removal measure)</source>
        <translation>(seulement s'il s'agit de la première mesure d'éloignement)</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="85"/>
        <source>(only if the refused application was not a new one made in detention)</source>
        <translation>(seulement si la demande refusée n'était pas une nouvelle demande faite en détention)</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="88"/>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="88"/>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="88"/>
        <source>opened again</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="100"/>
        <source>{centre}: {answer}</source>
        <translation>{centre} : {answer}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="103"/>
        <source>{centre}, {day}: {visitor}</source>
        <translation>{centre}, {day} : {visitor}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="106"/>
        <source>phone handed over</source>
        <translation>téléphone remis</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="113"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="116"/>
        <source> (centre: {centre})</source>
        <translation> (centre : {centre})</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="124"/>
        <source>Correction: {text}</source>
        <translation>Correction : {text}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="150"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="152"/>
        <source>sent on {when} by {by}</source>
        <translation>envoyé le {when} par {by}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="153"/>
        <source>sent on {when}</source>
        <translation>envoyé le {when}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="156"/>
        <source>prepared, not sent yet</source>
        <translation>préparé, pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="157"/>
        <source>prepared ({how}), not sent yet</source>
        <translation>préparé ({how}), pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="164"/>
        <source>Email: {state}</source>
        <translation>E-mail : {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="166"/>
        <source>To {to}: {purpose}</source>
        <translation>À {to} : {purpose}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="173"/>
        <source>Lawyer brief: {state}</source>
        <translation>Fiche pour l'avocat : {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="174"/>
        <source>Lawyer brief for {to}: {state}</source>
        <translation>Fiche pour l'avocat à {to} : {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="191"/>
        <source>“{step}”: {n} of {total} ticked</source>
        <translation>« {step} » : {n} cochés sur {total}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="193"/>
        <source>“{step}”: {state}</source>
        <translation>« {step} » : {state}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="200"/>
        <source>{title}: started, last day {due}</source>
        <translation>{title} : commencé, dernier jour : {due}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="203"/>
        <source>(only as a possibility)</source>
        <translation>(seulement comme possibilité)</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="206"/>
        <source>{title}: last day moved from {old} to {due}</source>
        <translation>{title} : dernier jour déplacé du {old} au {due}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="209"/>
        <source>{title}: filed on {on} by {by}</source>
        <translation>{title} : introduit le {on} par {by}</translation>
    </message>
    <message>
        <location filename="../../locator/timeline/describe.py" line="214"/>
        <source>{title}: set aside as not applicable — {reason}</source>
        <translation>{title} : écarté car il ne s'applique pas — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/actions.py" line="115"/>
        <source>give the day it was filed: type it (YYYY-MM-DD) or pick it in the calendar</source>
        <extracomment>FieldError</extracomment>
        <translation>donnez le jour de l'introduction : tapez-le (AAAA-MM-JJ) ou choisissez-le dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="304"/>
        <source>choose an answer ("Don't know" is one)</source>
        <extracomment>FieldError</extracomment>
        <translation>choisissez une réponse (« Je ne sais pas » en est une)</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="305"/>
        <source>choose one</source>
        <extracomment>FieldError</extracomment>
        <translation>choisissez une option</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="309"/>
        <source>give the date it was handed over: type it or pick it in the calendar</source>
        <extracomment>FieldError</extracomment>
        <translation>donnez la date de la remise : tapez-la ou choisissez-la dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="314"/>
        <source>write the time as HH:MM (for example 09:10), or leave it empty if it is not known</source>
        <extracomment>FieldError</extracomment>
        <translation>écrivez l'heure en HH:MM (par exemple 09:10), ou laissez vide si elle n'est pas connue</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="320"/>
        <source>this date and time is in the future</source>
        <extracomment>FieldError</extracomment>
        <translation>cette date et cette heure sont dans le futur</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines/decision_dialog.py" line="325"/>
        <source>files up to 50 MB can be kept in the vault</source>
        <extracomment>FieldError</extracomment>
        <translation>le coffre-fort accepte des fichiers jusqu'à 50 Mo</translation>
    </message>
    <message>
        <location filename="../../ui/vault/transfer.py" line="26"/>
        <source>Choose a passphrase different from your vault's: the copy is for someone else, who must not be able to open your vault.</source>
        <extracomment>SamePassphrase</extracomment>
        <translation>Choisissez une phrase de passe différente de celle de votre coffre-fort : la copie est pour quelqu'un d'autre, qui ne doit pas pouvoir ouvrir votre coffre-fort.</translation>
    </message>
    <message>
        <source>The keyring on this computer ({name}) does not encrypt secrets safely, so Locator will not use it.</source>
        <translation type="vanished">Le trousseau de clés de cet ordinateur ({name}) ne chiffre pas les secrets de façon sûre : Locator ne l'utilisera pas.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="41"/>
        <source>Missing</source>
        <translation>Disparu(e)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="42"/>
        <source>At a police station</source>
        <translation>Au commissariat</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="43"/>
        <source>Detained in a centre</source>
        <translation>Détenu(e) en centre fermé</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="44"/>
        <source>Released</source>
        <translation>Libéré(e)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="45"/>
        <location filename="../../ui/common/labels.py" line="120"/>
        <source>Deported</source>
        <translation>Expulsé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="46"/>
        <source>Transferred</source>
        <translation>Transféré(e)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="47"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="52"/>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="53"/>
        <location filename="../../ui/common/labels.py" line="108"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="53"/>
        <location filename="../../ui/common/labels.py" line="108"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="57"/>
        <source>Not known yet</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="58"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="58"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="63"/>
        <source>Order to leave (OQT, e.g. annexe 13 or 13septies)</source>
        <translation>Ordre de quitter le territoire (OQT, p. ex. annexe 13 ou 13septies)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="64"/>
        <source>Detention decision</source>
        <translation>Décision de maintien (détention)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="65"/>
        <source>Removal measure with imminent execution</source>
        <translation>Mesure d'éloignement dont l'exécution est imminente</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="66"/>
        <source>Dublin transfer (annexe 26quater)</source>
        <translation>Transfert Dublin (annexe 26quater)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="67"/>
        <source>Dublin: detention while another country is asked</source>
        <translation>Dublin : détention pendant qu'un autre pays est sollicité</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="69"/>
        <source>Dublin: the other country accepted (date on the annexe 26quater)</source>
        <translation>Dublin : l'autre pays a accepté (date sur l'annexe 26quater)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="71"/>
        <source>Asylum refused</source>
        <translation>Asile refusé</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="72"/>
        <source>Entry refused</source>
        <translation>Refoulement (entrée refusée)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="73"/>
        <source>Detention extended: first extension (2 months)</source>
        <translation>Détention prolongée : première prolongation (2 mois)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="75"/>
        <source>Detention extended again: second extension (1 month, by the minister)</source>
        <translation>Détention prolongée à nouveau : deuxième prolongation (1 mois, par le ministre)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="77"/>
        <source>Detention extended beyond 5 months (public order or national security)</source>
        <translation>Détention prolongée au-delà de 5 mois (ordre public ou sécurité nationale)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="79"/>
        <source>Entry ban (annexe 13sexies)</source>
        <translation>Interdiction d'entrée (annexe 13sexies)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="80"/>
        <source>Council chamber's order on the detention</source>
        <translation>Ordonnance de la chambre du conseil sur la détention</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="81"/>
        <source>Chamber of indictment's decision on the detention</source>
        <translation>Décision de la chambre des mises en accusation sur la détention</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="83"/>
        <source>Judgment of the CCE/RvV</source>
        <translation>Arrêt du CCE</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="84"/>
        <source>France: OQTF in a detention centre (CRA)</source>
        <translation>France : OQTF en centre de rétention (CRA)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="85"/>
        <source>France: OQTF with house arrest or in prison</source>
        <translation>France : OQTF avec assignation à résidence ou en prison</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="87"/>
        <source>France: placement in a detention centre (CRA)</source>
        <translation>France : placement en centre de rétention (CRA)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="89"/>
        <source>France: the judge's order on the detention</source>
        <translation>France : l'ordonnance du juge sur la rétention</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="90"/>
        <source>France: OQTF notified earlier, still open when placed in a CRA</source>
        <translation>France : OQTF notifiée avant, encore attaquable lors du placement en CRA</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="92"/>
        <source>France: Dublin transfer decision in a detention centre (CRA)</source>
        <translation>France : décision de transfert Dublin en centre de rétention (CRA)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="94"/>
        <source>Other decision</source>
        <translation>Autre décision</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="99"/>
        <source>Handed over</source>
        <translation>Remise en main propre</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="100"/>
        <source>Registered letter with acknowledgment of receipt</source>
        <translation>Recommandé avec accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="101"/>
        <source>Registered letter without acknowledgment of receipt</source>
        <translation>Recommandé sans accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="103"/>
        <source>Ordinary post</source>
        <translation>Courrier ordinaire</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="107"/>
        <source>Don't know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="112"/>
        <location filename="../../ui/common/labels.py" line="117"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="112"/>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="113"/>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="118"/>
        <source>Refused to board</source>
        <translation>A refusé d'embarquer</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="119"/>
        <source>Brought back</source>
        <translation>Ramené(e) au centre</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="125"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="125"/>
        <source>Host</source>
        <translation>Hébergeur</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="126"/>
        <source>Friend</source>
        <translation>Ami(e)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="126"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="127"/>
        <source>Centre referent</source>
        <translation>Référent du centre</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="128"/>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="129"/>
        <source>Fellow detainee</source>
        <translation>Codétenu(e)</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="130"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="136"/>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="136"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="137"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="137"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="138"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="139"/>
        <source>Status changed</source>
        <translation>Situation modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="140"/>
        <source>Decision recorded</source>
        <translation>Décision notée</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="141"/>
        <source>Deportation attempt</source>
        <translation>Tentative d'expulsion</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="142"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="142"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="143"/>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="144"/>
        <source>Lawyer brief sent</source>
        <translation>Fiche envoyée à l'avocat</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="145"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="145"/>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="146"/>
        <source>Read from a document</source>
        <translation>Lu sur un document</translation>
    </message>
    <message>
        <source>Order to leave (OQT)</source>
        <translation type="vanished">Ordre de quitter le territoire (OQT)</translation>
    </message>
    <message>
        <source>Removal measure (e.g. annexe 13septies)</source>
        <translation type="vanished">Mesure d'éloignement (p. ex. annexe 13septies)</translation>
    </message>
    <message>
        <source>Dublin transfer</source>
        <translation type="vanished">Transfert Dublin</translation>
    </message>
    <message>
        <source>Detention extended</source>
        <translation type="vanished">Détention prolongée</translation>
    </message>
    <message>
        <source>Registered letter (signed for)</source>
        <translation type="vanished">Recommandé (avec signature)</translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="vanished">Par la poste</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Before any arrest</source>
        <extracomment>phase prepare: title</extracomment>
        <translation>Avant toute arrestation</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A few things to prepare now make it much easier to find someone later.</source>
        <extracomment>phase prepare: summary</extracomment>
        <translation>Quelques préparatifs aujourd'hui rendent bien plus facile de retrouver quelqu'un plus tard.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The arrest is known</source>
        <extracomment>phase arrest: title</extracomment>
        <translation>L'arrestation est connue</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know they were arrested, or where they are held by the police.</source>
        <extracomment>phase arrest: summary</extracomment>
        <translation>Vous savez que la personne a été arrêtée, ou où la police la retient.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The first 24 hours</source>
        <extracomment>phase first-24-hours: title</extracomment>
        <translation>Les premières 24 heures</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Someone has not come home. Often there is a simple reason.</source>
        <extracomment>phase first-24-hours: summary</extracomment>
        <translation>Quelqu'un n'est pas rentré. Souvent, il y a une explication simple.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Find out where they are held</source>
        <extracomment>phase locate: title</extracomment>
        <translation>Trouver où la personne est détenue</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the detention centres, or ask GVO for help.</source>
        <extracomment>phase locate: summary</extracomment>
        <translation>Appelez les centres fermés, ou demandez de l'aide à GVO.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have been found</source>
        <extracomment>phase located: title</extracomment>
        <translation>La personne a été retrouvée</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Help them from outside. Nobody has to do everything.</source>
        <extracomment>phase located: summary</extracomment>
        <translation>Aidez-la depuis l'extérieur. Personne ne doit tout faire.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A lawyer</source>
        <extracomment>phase lawyer: title</extracomment>
        <translation>Un avocat</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>If they want a lawyer, act fast. Some appeals have short deadlines.</source>
        <extracomment>phase lawyer: summary</extracomment>
        <translation>Si la personne veut un avocat, agissez vite. Certains recours ont des délais courts.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Release, flights or deportation</source>
        <extracomment>phase outcome: title</extracomment>
        <translation>Libération, vols ou expulsion</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO what happened. A flight ticket means telling the lawyer at once.</source>
        <extracomment>phase outcome: summary</extracomment>
        <translation>Dites à GVO ce qui s'est passé. Un billet d'avion : prévenez l'avocat tout de suite.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Keep a copy of their papers</source>
        <extracomment>step keep-papers-copy: title (a short heading)</extracomment>
        <translation>Garder une copie de ses papiers</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask them if you may keep a copy of their order to leave (OQT) or passport. If they agree, add a photo or scan to this case. It stays encrypted.</source>
        <extracomment>step keep-papers-copy: what to do</extracomment>
        <translation>Demandez à la personne si vous pouvez garder une copie de son ordre de quitter le territoire (OQT) ou de son passeport. Si elle est d'accord, ajoutez une photo ou un scan à ce dossier. Il reste chiffré.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The copy gives their name, first name, nationality and date of birth as the authorities know them. Centres and lawyers need exactly these.</source>
        <extracomment>step keep-papers-copy: why (shown after “Why:”)</extracomment>
        <translation>La copie donne son nom, son prénom, sa nationalité et sa date de naissance tels que les autorités les connaissent. Les centres et les avocats ont besoin exactement de ces informations.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down the identity on record</source>
        <extracomment>step write-recorded-identity: title (a short heading)</extracomment>
        <translation>Noter l'identité enregistrée</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>If there is no copy of their papers, write down the name, nationality and date of birth they gave to the police or that go with their fingerprints. Write down their real identity too, if it is different.</source>
        <extracomment>step write-recorded-identity: what to do</extracomment>
        <translation>S'il n'y a pas de copie de ses papiers, notez le nom, la nationalité et la date de naissance donnés à la police ou liés à ses empreintes digitales. Notez aussi sa vraie identité, si elle est différente.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Centres search by the name on record. It can be different from the real one.</source>
        <extracomment>step write-recorded-identity: why (shown after “Why:”)</extracomment>
        <translation>Les centres cherchent avec le nom enregistré. Il peut être différent du vrai nom.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell them their rights</source>
        <extracomment>step tell-them-their-rights: title (a short heading)</extracomment>
        <translation>L'informer de ses droits</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell them what can happen if they are arrested. They have the right to one phone call, to a lawyer and to visits. Ask them to learn your phone number by heart, or to carry it with them.</source>
        <extracomment>step tell-them-their-rights: what to do</extracomment>
        <translation>Expliquez-lui ce qui peut se passer en cas d'arrestation. Elle a droit à un appel téléphonique, à un avocat et à des visites. Demandez-lui d'apprendre votre numéro de téléphone par cœur, ou de l'avoir toujours sur elle.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Their phone is taken away at arrest. Your number may be their only way to reach someone.</source>
        <extracomment>step tell-them-their-rights: why (shown after “Why:”)</extracomment>
        <translation>Son téléphone lui est pris lors de l'arrestation. Votre numéro sera peut-être son seul moyen de joindre quelqu'un.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down what you know</source>
        <extracomment>step find-out-status: title (a short heading)</extracomment>
        <translation>Noter ce que vous savez</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Are they missing, at a police station, or in a detention centre? Choose what you know in the case. If you really do not know, skip this step.</source>
        <extracomment>step find-out-status: what to do</extracomment>
        <translation>La personne a-t-elle disparu, est-elle au commissariat ou dans un centre fermé ? Choisissez ce que vous savez dans le dossier. Si vous ne savez vraiment pas, passez cette étape.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The next steps depend on where they are.</source>
        <extracomment>step find-out-status: why (shown after “Why:”)</extracomment>
        <translation>Les étapes suivantes dépendent de l'endroit où elle se trouve.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call or go to the police station</source>
        <extracomment>step go-to-police-station: title (a short heading)</extracomment>
        <translation>Appeler le commissariat ou s'y rendre</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the police station or go there. If other people are held there too, gather friends and go together to ask for their release.</source>
        <extracomment>step go-to-police-station: what to do</extracomment>
        <translation>Appelez le commissariat ou allez-y. Si d'autres personnes y sont retenues aussi, rassemblez des amis et allez ensemble demander leur libération.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Going together to ask for someone's release has worked before.</source>
        <extracomment>step go-to-police-station: why (shown after “Why:”)</extracomment>
        <translation>Aller à plusieurs demander la libération de quelqu'un a déjà fonctionné.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>When they call, ask two things</source>
        <extracomment>step ask-registered-name: title (a short heading)</extracomment>
        <translation>Quand elle appelle, demandez deux choses</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They may be allowed one call when they are moved to a centre. Ask where they are. Ask for the exact name they gave to the police, and write it down.</source>
        <extracomment>step ask-registered-name: what to do</extracomment>
        <translation>Elle aura peut-être droit à un appel quand elle sera transférée dans un centre. Demandez-lui où elle est. Demandez le nom exact qu'elle a donné à la police, et notez-le.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Centres and lawyers look for them under that name, not under the name friends use.</source>
        <extracomment>step ask-registered-name: why (shown after “Why:”)</extracomment>
        <translation>Les centres et les avocats la cherchent sous ce nom-là, pas sous le nom utilisé par ses amis.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>When did someone last hear from them?</source>
        <extracomment>step record-last-contact: title (a short heading)</extracomment>
        <translation>Quand a-t-on eu de ses nouvelles pour la dernière fois ?</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down the day and time someone last saw them or heard from them.</source>
        <extracomment>step record-last-contact: what to do</extracomment>
        <translation>Notez le jour et l'heure où quelqu'un l'a vue ou a eu de ses nouvelles pour la dernière fois.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The police can hold someone for 24 hours before deciding. The app counts those hours for you.</source>
        <extracomment>step record-last-contact: why (shown after “Why:”)</extracomment>
        <translation>La police peut retenir quelqu'un 24 heures avant de décider. L'application compte ces heures pour vous.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Be patient for the first 24 hours</source>
        <extracomment>step wait-first-24-hours: title (a short heading)</extracomment>
        <translation>Patienter pendant les premières 24 heures</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Their phone may be flat or lost. Ask people who know them. Tick off who you asked. If 24 hours have passed without news, the next step opens by itself.</source>
        <extracomment>step wait-first-24-hours: what to do</extracomment>
        <translation>Son téléphone est peut-être déchargé ou perdu. Demandez aux personnes qui la connaissent. Cochez qui vous avez interrogé. Si 24 heures passent sans nouvelles, l'étape suivante s'ouvre d'elle-même.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Often there is a simple reason. If the police took them, they decide within 24 hours: release, or transfer to a detention centre.</source>
        <extracomment>step wait-first-24-hours: why (shown after “Why:”)</extracomment>
        <translation>Souvent, il y a une explication simple. Si la police l'a emmenée, elle décide dans les 24 heures : libération, ou transfert vers un centre fermé.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I asked their friends and people they know.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>J'ai demandé à ses amis et aux personnes qu'elle connaît.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I asked other hosts who know them.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>J'ai demandé à d'autres hébergeurs qui la connaissent.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I checked whether they planned a trip.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>J'ai vérifié si elle avait prévu un voyage.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>I checked whether they had an accident or are in hospital.</source>
        <extracomment>step wait-first-24-hours: checklist item</extracomment>
        <translation>J'ai vérifié si elle a eu un accident ou si elle est à l'hôpital.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down where they are held</source>
        <extracomment>step record-where-found: title (a short heading)</extracomment>
        <translation>Noter où la personne est détenue</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A centre said they hold them. Choose that centre in the case, and set the status to "detained".</source>
        <extracomment>step record-where-found: what to do</extracomment>
        <translation>Un centre a dit qu'il la détient. Choisissez ce centre dans le dossier, et mettez la situation sur « détenu(e) ».</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Then the app can show you how to help them there.</source>
        <extracomment>step record-where-found: why (shown after “Why:”)</extracomment>
        <translation>L'application pourra alors vous montrer comment l'aider là-bas.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the Caricole centre first</source>
        <extracomment>step call-caricole: title (a short heading)</extracomment>
        <translation>Appeler d'abord le centre Caricole</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call Caricole. They will ask for the last name, first name and nationality. Read them out exactly as the app shows them. Write down what they answer.</source>
        <extracomment>step call-caricole: what to do</extracomment>
        <translation>Appelez le Caricole. On vous demandera le nom, le prénom et la nationalité. Lisez-les exactement comme l'application les montre. Notez ce qu'on vous répond.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>In principle, Caricole keeps the list of everyone held in the closed centres.</source>
        <extracomment>step call-caricole: why (shown after “Why:”)</extracomment>
        <translation>En principe, le Caricole tient la liste de toutes les personnes détenues dans les centres fermés.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call every other centre</source>
        <extracomment>step call-every-centre: title (a short heading)</extracomment>
        <translation>Appeler tous les autres centres</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Call the other centres one by one, and write down each answer. If nobody answers, or they ask you to call back, call again later.</source>
        <extracomment>step call-every-centre: what to do</extracomment>
        <translation>Appelez les autres centres un par un, et notez chaque réponse. Si personne ne répond, ou si on vous demande de rappeler, rappelez plus tard.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Caricole's list is not always complete. A "not found" there does not mean they are not held somewhere else.</source>
        <extracomment>step call-every-centre: why (shown after “Why:”)</extracomment>
        <translation>La liste du Caricole n'est pas toujours complète. Un « pas trouvé » là-bas ne veut pas dire que la personne n'est pas détenue ailleurs.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>No centre says they hold them</source>
        <extracomment>step nobody-found: title (a short heading)</extracomment>
        <translation>Aucun centre ne dit la détenir</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Every centre has answered, and none said they hold them. This does not mean they are free. Wait a day and call the centres again. Email GVO too: they compare the calls they get and may know more.</source>
        <extracomment>step nobody-found: what to do</extracomment>
        <translation>Tous les centres ont répondu, et aucun n'a dit la détenir. Cela ne veut pas dire qu'elle est libre. Attendez un jour et rappelez les centres. Écrivez aussi à GVO par e-mail : ils comparent les appels qu'ils reçoivent et en savent peut-être plus.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Lists are not always up to date, and a name can be written in another way.</source>
        <extracomment>step nobody-found: why (shown after “Why:”)</extracomment>
        <translation>Les listes ne sont pas toujours à jour, et un nom peut s'écrire autrement.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask GVO to look for them</source>
        <extracomment>step email-gvo-alias: title (a short heading)</extracomment>
        <translation>Demander à GVO de rechercher la personne</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO what you know: the name friends use, what they look like, when and where they were last seen. The app writes the email for you. If you learn the name on their papers and their nationality, add them to the case: then you can call the centres yourself.</source>
        <extracomment>step email-gvo-alias: what to do</extracomment>
        <translation>Écrivez à GVO ce que vous savez : le nom utilisé par ses amis, à quoi elle ressemble, quand et où elle a été vue pour la dernière fois. L'application écrit l'e-mail pour vous. Si vous apprenez le nom sur ses papiers et sa nationalité, ajoutez-les au dossier : vous pourrez alors appeler les centres vous-même.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Centres search by registered name and nationality. GVO can compare your information with other calls they get.</source>
        <extracomment>step email-gvo-alias: why (shown after “Why:”)</extracomment>
        <translation>Les centres cherchent avec le nom enregistré et la nationalité. GVO peut comparer vos informations avec d'autres appels qu'ils reçoivent.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Wait for news, and keep asking</source>
        <extracomment>step wait-for-news: title (a short heading)</extracomment>
        <translation>Attendre des nouvelles, et continuer à demander</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Keep asking people who know them. Answer GVO if they write back. When you learn where they are, write it in the case.</source>
        <extracomment>step wait-for-news: what to do</extracomment>
        <translation>Continuez à demander aux personnes qui la connaissent. Répondez à GVO s'ils vous écrivent. Quand vous apprenez où elle est, notez-le dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>News often comes from a phone call, a friend or GVO.</source>
        <extracomment>step wait-for-news: why (shown after “Why:”)</extracomment>
        <translation>Les nouvelles arrivent souvent par un appel, un ami ou GVO.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO where they are</source>
        <extracomment>step tell-gvo-detained: title (a short heading)</extracomment>
        <translation>Dire à GVO où la personne se trouve</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO their name, nationality and the centre. The app writes the email for you. GVO can put you in touch with a visitor or the centre's referent.</source>
        <extracomment>step tell-gvo-detained: what to do</extracomment>
        <translation>Envoyez à GVO par e-mail son nom, sa nationalité et le centre. L'application écrit l'e-mail pour vous. GVO peut vous mettre en contact avec un visiteur ou le référent du centre.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>GVO keeps an overview of people held, and knows lawyers and visitors.</source>
        <extracomment>step tell-gvo-detained: why (shown after “Why:”)</extracomment>
        <translation>GVO a une vue d'ensemble des personnes détenues, et connaît des avocats et des visiteurs.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Get them a phone without a camera</source>
        <extracomment>step phone-without-camera: title (a short heading)</extracomment>
        <translation>Lui procurer un téléphone sans appareil photo</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Bring them a simple phone without a camera: phones with a camera are usually not allowed. They may ask to keep their own SIM card. Or find a fellow detainee who is willing to take calls for them. Write down the number.</source>
        <extracomment>step phone-without-camera: what to do</extracomment>
        <translation>Apportez-lui un téléphone simple sans appareil photo : les téléphones avec appareil photo sont en général interdits. Elle peut demander à garder sa propre carte SIM. Ou trouvez un codétenu prêt à recevoir des appels pour elle. Notez le numéro.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>With a phone they can tell you what happens, and you can reach them.</source>
        <extracomment>step phone-without-camera: why (shown after “Why:”)</extracomment>
        <translation>Avec un téléphone, elle peut vous dire ce qui se passe, et vous pouvez la joindre.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Visit them</source>
        <extracomment>step visit: title (a short heading)</extracomment>
        <translation>Lui rendre visite</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Visit them, and bring belongings if you can. Each centre has its own rules. Share car rides and belongings through the centre's chat group.</source>
        <extracomment>step visit: what to do</extracomment>
        <translation>Rendez-lui visite, et apportez-lui des affaires si vous le pouvez. Chaque centre a ses propres règles. Partagez les trajets en voiture et les affaires via le groupe de discussion du centre.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A visit breaks their isolation. It is also the time to learn what happened.</source>
        <extracomment>step visit: why (shown after “Why:”)</extracomment>
        <translation>Une visite rompt son isolement. C'est aussi le moment d'apprendre ce qui s'est passé.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask them if they want a lawyer</source>
        <extracomment>step ask-about-lawyer: title (a short heading)</extracomment>
        <translation>Lui demander si elle veut un avocat</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask them what happened, and whether they want a lawyer. Ask also if they agree that you share their details with GVO and a lawyer. Write down their answers.</source>
        <extracomment>step ask-about-lawyer: what to do</extracomment>
        <translation>Demandez-lui ce qui s'est passé, et si elle veut un avocat. Demandez-lui aussi si elle est d'accord que vous transmettiez ses informations à GVO et à un avocat. Notez ses réponses.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A lawyer who knows migration law can find mistakes in the papers that may free them.</source>
        <extracomment>step ask-about-lawyer: why (shown after “Why:”)</extracomment>
        <translation>Un avocat qui connaît le droit des étrangers peut trouver dans les papiers des erreurs qui pourraient la faire libérer.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Send their details to GVO for a lawyer, now</source>
        <extracomment>step send-to-gvo-for-lawyer: title (a short heading)</extracomment>
        <translation>Envoyer ses informations à GVO pour un avocat, maintenant</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO what the lawyer needs, as soon as you can. The app puts it in order: the registered name, nationality, centre, OE number, birth date, date and place of arrest, and the language of the case. Send what you have now; add the rest later.</source>
        <extracomment>step send-to-gvo-for-lawyer: what to do</extracomment>
        <translation>Envoyez à GVO par e-mail ce dont l'avocat a besoin, dès que possible. L'application met tout en ordre : le nom enregistré, la nationalité, le centre, le numéro OE, la date de naissance, la date et le lieu de l'arrestation, et la langue du dossier. Envoyez ce que vous avez maintenant ; ajoutez le reste plus tard.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Some appeals must be made within 10 days, sometimes within 5 days. GVO knows lawyers who work on these cases.</source>
        <extracomment>step send-to-gvo-for-lawyer: why (shown after “Why:”)</extracomment>
        <translation>Certains recours doivent être introduits dans les 10 jours, parfois dans les 5 jours. GVO connaît des avocats qui travaillent sur ces dossiers.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Write down the papers they received</source>
        <extracomment>step record-papers: title (a short heading)</extracomment>
        <translation>Noter les papiers reçus</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask which papers they were given, such as an order to leave or a detention decision. Write down each one with the day it was handed over. A photo helps.</source>
        <extracomment>step record-papers: what to do</extracomment>
        <translation>Demandez-lui quels papiers lui ont été remis, par exemple un ordre de quitter le territoire ou une décision de maintien. Notez chacun avec le jour où il a été remis. Une photo aide.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The day a paper is handed over starts the deadline to appeal against it.</source>
        <extracomment>step record-papers: why (shown after “Why:”)</extracomment>
        <translation>Le jour où un papier est remis fait commencer le délai pour introduire un recours contre lui.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Give the lawyer what they need</source>
        <extracomment>step lawyer-brief: title (a short heading)</extracomment>
        <translation>Donner à l'avocat ce dont il a besoin</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>When you know who their lawyer is, write down the lawyer's name and contact. Send the lawyer the brief the app prepares. Encourage your friend to follow the case with the lawyer to the end.</source>
        <extracomment>step lawyer-brief: what to do</extracomment>
        <translation>Quand vous savez qui est son avocat, notez le nom et les coordonnées de l'avocat. Envoyez à l'avocat la fiche que l'application prépare. Encouragez votre ami à suivre l'affaire avec l'avocat jusqu'au bout.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Giving up halfway only helps the Immigration Office.</source>
        <extracomment>step lawyer-brief: why (shown after “Why:”)</extracomment>
        <translation>Abandonner en cours de route n'aide que l'Office des Étrangers.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell the lawyer now</source>
        <extracomment>step tell-lawyer-flight: title (a short heading)</extracomment>
        <translation>Prévenir l'avocat maintenant</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have a flight ticket, or there was an attempt to deport them. Tell their lawyer at once: an appeal may still be possible. If they have no lawyer, email GVO. Write down the date, the flight and what happened.</source>
        <extracomment>step tell-lawyer-flight: what to do</extracomment>
        <translation>La personne a un billet d'avion, ou il y a eu une tentative d'expulsion. Prévenez son avocat tout de suite : un recours est peut-être encore possible. Si elle n'a pas d'avocat, écrivez à GVO par e-mail. Notez la date, le vol et ce qui s'est passé.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>At the first attempt, a person may refuse to board. They are usually brought back to the centre calmly.</source>
        <extracomment>step tell-lawyer-flight: why (shown after “Why:”)</extracomment>
        <translation>À la première tentative, une personne peut refuser d'embarquer. Elle est en général ramenée au centre sans violence.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Ask if they want support at the flight</source>
        <extracomment>step ask-flight-support: title (a short heading)</extracomment>
        <translation>Lui demander si elle veut du soutien au moment du vol</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>If they want it, GVO and the CRER can ask people to talk to the passengers of the flight. Ask them, and email GVO if they say yes.</source>
        <extracomment>step ask-flight-support: what to do</extracomment>
        <translation>Si elle le souhaite, GVO et la CRER peuvent demander à des personnes de parler aux passagers du vol. Demandez-lui, et écrivez à GVO par e-mail si elle dit oui.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Support at the flight is possible, but only if they want it.</source>
        <extracomment>step ask-flight-support: why (shown after “Why:”)</extracomment>
        <translation>Un soutien au moment du vol est possible, mais seulement si elle le veut.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO they are free</source>
        <extracomment>step tell-gvo-released: title (a short heading)</extracomment>
        <translation>Dire à GVO que la personne est libre</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO that they were released. If they got an order to leave, keep a copy of it with their permission.</source>
        <extracomment>step tell-gvo-released: what to do</extracomment>
        <translation>Écrivez à GVO par e-mail qu'elle a été libérée. Si elle a reçu un ordre de quitter le territoire, gardez-en une copie avec son accord.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>GVO keeps an overview of what happens to people in the centres.</source>
        <extracomment>step tell-gvo-released: why (shown after “Why:”)</extracomment>
        <translation>GVO a une vue d'ensemble de ce qui arrive aux personnes dans les centres.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Tell GVO they were deported</source>
        <extracomment>step tell-gvo-deported: title (a short heading)</extracomment>
        <translation>Dire à GVO que la personne a été expulsée</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Email GVO that they were deported, with the date and the destination if you know them.</source>
        <extracomment>step tell-gvo-deported: what to do</extracomment>
        <translation>Écrivez à GVO par e-mail qu'elle a été expulsée, avec la date et la destination si vous les connaissez.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Stay in touch</source>
        <extracomment>step stay-in-touch: title (a short heading)</extracomment>
        <translation>Rester en contact</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Keep in touch with them as much as you can. If they get a flight ticket, record it: the app will tell you to warn the lawyer. When they are released or deported, change the status.</source>
        <extracomment>step stay-in-touch: what to do</extracomment>
        <translation>Restez en contact avec elle autant que possible. Si elle reçoit un billet d'avion, notez-le : l'application vous dira de prévenir l'avocat. Quand elle est libérée ou expulsée, changez la situation.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Things can change fast in a detention centre.</source>
        <extracomment>step stay-in-touch: why (shown after “Why:”)</extracomment>
        <translation>Les choses peuvent changer vite dans un centre fermé.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A detention centre's job is not to help you. Stay calm, be polite, and keep asking.</source>
        <extracomment>warning centre-not-helpful</extracomment>
        <translation>Le rôle d'un centre fermé n'est pas de vous aider. Restez calme, soyez poli, et continuez à demander.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The centre's social worker works for the Immigration Office, not for your friend.</source>
        <extracomment>warning social-worker</extracomment>
        <translation>L'assistant social du centre travaille pour l'Office des Étrangers, pas pour votre ami.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>"Not found" does not mean they are free. A centre may not find the name, or may not say.</source>
        <extracomment>warning not-found-is-not-free</extracomment>
        <translation>« Pas trouvé » ne veut pas dire que la personne est libre. Un centre peut ne pas trouver le nom, ou ne pas vouloir le dire.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Nobody has to do everything. Everyone does what they can.</source>
        <extracomment>warning no-obligation</extracomment>
        <translation>Personne ne doit tout faire. Chacun fait ce qu'il peut.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Send information to GVO by email only. Never use Facebook or private messages.</source>
        <extracomment>warning email-only</extracomment>
        <translation>Envoyez les informations à GVO uniquement par e-mail. N'utilisez jamais Facebook ni les messages privés.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Share their details only if they agree, and only to help them.</source>
        <extracomment>warning consent-to-share</extracomment>
        <translation>Ne partagez ses informations que si elle est d'accord, et uniquement pour l'aider.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Having a lawyer is their choice, not yours.</source>
        <extracomment>warning their-choice</extracomment>
        <translation>Avoir un avocat, c'est son choix, pas le vôtre.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You are not their lawyer. Leave legal advice to a lawyer who knows migration law.</source>
        <extracomment>warning not-their-lawyer</extracomment>
        <translation>Vous n'êtes pas son avocat. Laissez les conseils juridiques à un avocat qui connaît le droit des étrangers.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Do not trust legal advice from the centre's social workers.</source>
        <extracomment>warning no-legal-advice-from-centre</extracomment>
        <translation>Ne vous fiez pas aux conseils juridiques des assistants sociaux du centre.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Some appeals must be made within 10 days, sometimes within 5 days. Do not wait.</source>
        <extracomment>warning deadlines-short</extracomment>
        <translation>Certains recours doivent être introduits dans les 10 jours, parfois dans les 5 jours. N'attendez pas.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The name and birth date on record may not be real. Write down both the real and the recorded ones.</source>
        <extracomment>warning recorded-may-differ</extracomment>
        <translation>Le nom et la date de naissance enregistrés ne sont peut-être pas les vrais. Notez à la fois les vrais et ceux qui sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A second or third attempt is usually done with police escorts, and can be violent.</source>
        <extracomment>warning later-attempts-escorted</extracomment>
        <translation>Une deuxième ou troisième tentative se fait en général avec une escorte policière, et peut être violente.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You opened this step again.</source>
        <extracomment>reason reopened: why this step is the one to do now</extracomment>
        <translation>Vous avez rouvert cette étape.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>This case is closed. Thank you for everything you did.</source>
        <extracomment>reason closed: why this step is the one to do now</extracomment>
        <translation>Ce dossier est clôturé. Merci pour tout ce que vous avez fait.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>There is nothing to do right now. Update the case when you learn something new.</source>
        <extracomment>reason nothing_pending: why this step is the one to do now</extracomment>
        <translation>Il n'y a rien à faire pour le moment. Mettez le dossier à jour quand vous apprenez quelque chose de nouveau.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You do not know yet where they are.</source>
        <extracomment>reason status_unknown: why this step is the one to do now</extracomment>
        <translation>Vous ne savez pas encore où se trouve la personne.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They are held at a police station.</source>
        <extracomment>reason at_police_station: why this step is the one to do now</extracomment>
        <translation>La personne est retenue au commissariat.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The 24-hour wait starts from the last time someone heard from them.</source>
        <extracomment>reason no_last_contact: why this step is the one to do now</extracomment>
        <translation>L'attente de 24 heures commence à partir des dernières nouvelles de la personne.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>It has been less than 24 hours since anyone heard from them.</source>
        <extracomment>reason first_24_hours: why this step is the one to do now</extracomment>
        <translation>Les dernières nouvelles de la personne datent de moins de 24 heures.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A centre told you they are held there.</source>
        <extracomment>reason found_in_calls: why this step is the one to do now</extracomment>
        <translation>Un centre vous a dit que la personne y est détenue.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know the name they are registered under and their nationality.</source>
        <extracomment>reason name_and_nationality_known: why this step is the one to do now</extracomment>
        <translation>Vous connaissez le nom sous lequel elle est enregistrée et sa nationalité.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You called Caricole. Now call the other centres.</source>
        <extracomment>reason caricole_called: why this step is the one to do now</extracomment>
        <translation>Vous avez appelé le Caricole. Appelez maintenant les autres centres.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>Every centre answered, and none said they hold them.</source>
        <extracomment>reason nobody_found: why this step is the one to do now</extracomment>
        <translation>Tous les centres ont répondu, et aucun n'a dit la détenir.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You do not know the name they are registered under, or their nationality.</source>
        <extracomment>reason alias_only: why this step is the one to do now</extracomment>
        <translation>Vous ne connaissez pas le nom sous lequel elle est enregistrée, ou sa nationalité.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You have done what you can for now.</source>
        <extracomment>reason waiting_for_news: why this step is the one to do now</extracomment>
        <translation>Vous avez fait ce que vous pouviez pour le moment.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know which centre holds them.</source>
        <extracomment>reason located: why this step is the one to do now</extracomment>
        <translation>Vous savez quel centre la détient.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>You know where they are. Now ask them what they want.</source>
        <extracomment>reason can_ask_about_lawyer: why this step is the one to do now</extracomment>
        <translation>Vous savez où elle est. Demandez-lui maintenant ce qu'elle veut.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They want a lawyer.</source>
        <extracomment>reason wants_lawyer: why this step is the one to do now</extracomment>
        <translation>La personne veut un avocat.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They want a lawyer. Some deadlines are only 5 or 10 days, so this comes first.</source>
        <extracomment>reason lawyer_is_urgent: why this step is the one to do now</extracomment>
        <translation>La personne veut un avocat. Certains délais ne sont que de 5 ou 10 jours : c'est la priorité.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They got a decision in the last few days. Appeal deadlines are running.</source>
        <extracomment>reason recent_decision: why this step is the one to do now</extracomment>
        <translation>La personne a reçu une décision ces derniers jours. Les délais de recours courent.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>The dates on their papers start the legal deadlines.</source>
        <extracomment>reason papers_start_deadlines: why this step is the one to do now</extracomment>
        <translation>Les dates sur ses papiers font commencer les délais légaux.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>GVO has the information. Now get it to the lawyer.</source>
        <extracomment>reason lawyer_contact: why this step is the one to do now</extracomment>
        <translation>GVO a les informations. Faites-les maintenant parvenir à l'avocat.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>A flight or a deportation attempt is recorded.</source>
        <extracomment>reason flight: why this step is the one to do now</extracomment>
        <translation>Un vol ou une tentative d'expulsion est noté.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They may face another attempt to put them on a plane.</source>
        <extracomment>reason flight_support: why this step is the one to do now</extracomment>
        <translation>Il pourrait y avoir une nouvelle tentative de la mettre dans un avion.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have been released.</source>
        <extracomment>reason released: why this step is the one to do now</extracomment>
        <translation>La personne a été libérée.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They have been deported.</source>
        <extracomment>reason deported: why this step is the one to do now</extracomment>
        <translation>La personne a été expulsée.</translation>
    </message>
    <message>
        <location filename="../../resources/procedure.yaml"/>
        <source>They are still held.</source>
        <extracomment>reason stay_in_touch: why this step is the one to do now</extracomment>
        <translation>La personne est toujours détenue.</translation>
    </message>
</context>
</TS>

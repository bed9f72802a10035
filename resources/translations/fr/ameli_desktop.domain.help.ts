<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Give the child&apos;s name to add them to the household.</source>
        <translation>Indiquez le nom de l&apos;enfant pour l&apos;ajouter au foyer.</translation>
    </message>
    <message>
        <source>The date of birth {value} is in the future: declare a birth after it.</source>
        <translation>La date de naissance {value} est dans le futur : déclarez une naissance après qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>The declaration date {value} must be between the birth ({born}) and today.</source>
        <translation>La date de déclaration {value} doit être comprise entre la naissance ({born}) et aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>New Year&apos;s Day (jour de l&apos;an)</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Labour Day (fête du Travail)</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day (8 mai 1945)</source>
        <translation>Victoire du 8 mai 1945</translation>
    </message>
    <message>
        <source>National Day (fête nationale)</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption (Assomption)</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day (Toussaint)</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day (11 novembre 1918)</source>
        <translation>Armistice du 11 novembre 1918</translation>
    </message>
    <message>
        <source>Christmas Day (Noël)</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Easter Monday (lundi de Pâques)</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Ascension Day (Ascension)</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday (lundi de Pentecôte)</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>At least these hours: they vary by département, some answer longer.</source>
        <translation>Au moins ces horaires : ils varient selon le département, certains répondent plus longtemps.</translation>
    </message>
    <message>
        <source>Assurance Maladie (from France)</source>
        <translation>Assurance Maladie (depuis la France)</translation>
    </message>
    <message>
        <source>Assurance Maladie (from abroad)</source>
        <translation>Assurance Maladie (depuis l&apos;étranger)</translation>
    </message>
    <message>
        <source>Paris time. International call rates apply.</source>
        <translation>Heure de Paris. Tarif d&apos;un appel international.</translation>
    </message>
    <message>
        <source>English-speaking line</source>
        <translation>Ligne en anglais</translation>
    </message>
    <message>
        <source>Reported by The Local. Its hours are not published: the app assumes those of the 3646.</source>
        <translation>Signalée par The Local. Ses horaires ne sont pas publiés : l&apos;application suppose ceux du 3646.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Open now, until {time}</source>
        <translation>Ouvert maintenant, jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Closed now: opens today at {time}</source>
        <translation>Fermé pour l&apos;instant : ouvre aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <source>Closed today, {holiday}: opens tomorrow at {time}</source>
        <translation>Fermé aujourd&apos;hui, {holiday} : ouvre demain à {time}</translation>
    </message>
    <message>
        <source>Closed now: opens tomorrow at {time}</source>
        <translation>Fermé pour l&apos;instant : ouvre demain à {time}</translation>
    </message>
    <message>
        <source>Closed today, {holiday}: opens {weekday} {date} at {time}</source>
        <translation>Fermé aujourd&apos;hui, {holiday} : ouvre le {weekday} {date} à {time}</translation>
    </message>
    <message>
        <source>Closed now: opens {weekday} {date} at {time}</source>
        <translation>Fermé pour l&apos;instant : ouvre le {weekday} {date} à {time}</translation>
    </message>
    <message>
        <source>{first} to {last}, {opens}-{closes} (Paris time), except public holidays</source>
        <translation>Du {first} au {last}, {opens}-{closes} (heure de Paris), sauf jours fériés</translation>
    </message>
    <message>
        <source>{days}, {opens}-{closes} (Paris time), except public holidays</source>
        <translation>{days}, {opens}-{closes} (heure de Paris), sauf jours fériés</translation>
    </message>
    <message>
        <source>Have ready: {needs}.</source>
        <translation>Ayez sous la main : {needs}.</translation>
    </message>
    <message>
        <source>On ameli.fr, choose to create an account (compte ameli) and enter your NIR, your date of birth and your postcode.</source>
        <translation>Sur ameli.fr, choisissez de créer un compte ameli et saisissez votre NIR, votre date de naissance et votre code postal.</translation>
    </message>
    <message>
        <source>Confirm who you are with the last 7 digits of the IBAN known to your caisse and the serial number of your carte Vitale.</source>
        <translation>Confirmez votre identité avec les 7 derniers chiffres de l&apos;IBAN connu de votre caisse et le numéro de série de votre carte Vitale.</translation>
    </message>
    <message>
        <source>Give your e-mail address and choose a password. Ameli Desktop can keep the login (your NIR) and the password in the system keyring, never in its database.</source>
        <translation>Indiquez votre adresse e-mail et choisissez un mot de passe. Ameli Desktop peut garder l&apos;identifiant (votre NIR) et le mot de passe dans le trousseau du système, jamais dans sa base de données.</translation>
    </message>
    <message>
        <source>Open the confirmation e-mail and click its link within {days} days: after that the link expires and you have to start again. Note below when you started to see the deadline.</source>
        <translation>Ouvrez l&apos;e-mail de confirmation et cliquez sur son lien dans les {days} jours : ensuite le lien expire et il faut recommencer. Notez ci-dessous quand vous avez commencé pour voir la date limite.</translation>
    </message>
    <message>
        <source>If a detail is refused, call the {phone} (see the lines above) or ask at a CPAM office.</source>
        <translation>Si une information est refusée, appelez le {phone} (voir les lignes ci-dessus) ou renseignez-vous à l&apos;accueil d&apos;une CPAM.</translation>
    </message>
    <message>
        <source>Questions about your file that the ameli account cannot settle: your registration (affiliation), your rights, a payment you do not understand.</source>
        <translation>Les questions sur votre dossier que le compte ameli ne règle pas : votre affiliation, vos droits, un versement que vous ne comprenez pas.</translation>
    </message>
    <message>
        <source>Sick leave (arrêt de travail), an accident at work, maternity or paternity leave, and the daily allowances (indemnités journalières) that go with them.</source>
        <translation>Un arrêt de travail, un accident du travail, un congé maternité ou paternité, et les indemnités journalières qui vont avec.</translation>
    </message>
    <message>
        <source>Care received abroad and its reimbursement; problems with a carte Vitale.</source>
        <translation>Les soins reçus à l&apos;étranger et leur remboursement ; les problèmes de carte Vitale.</translation>
    </message>
    <message>
        <source>A change in your life that changes your cover: a move, a birth, a separation.</source>
        <translation>Un changement de situation qui modifie votre couverture : un déménagement, une naissance, une séparation.</translation>
    </message>
    <message>
        <source>It happens at a CPAM office (accueil), by phone (the advisor calls you) or by video; book it from your ameli account or through the {phone}. Give the reason when you book: the advisor prepares your file from it.</source>
        <translation>Il a lieu à l&apos;accueil d&apos;une CPAM, par téléphone (le conseiller vous appelle) ou en visio ; prenez-le depuis votre compte ameli ou par le {phone}. Donnez le motif en le prenant : le conseiller prépare votre dossier à partir de lui.</translation>
    </message>
    <message>
        <source>It is not a medical consultation: the advisor is not a doctor and gives no diagnosis or prescription. See your doctor (médecin traitant) for care; in an emergency call {emergency}.</source>
        <translation>Ce n&apos;est pas une consultation médicale : le conseiller n&apos;est pas médecin et ne donne ni diagnostic ni ordonnance. Voyez votre médecin traitant pour vous soigner ; en cas d&apos;urgence, appelez le {emergency}.</translation>
    </message>
    <message>
        <source>It is not needed for what the ameli account does at once: downloading an attestation de droits, following your reimbursements, changing your address.</source>
        <translation>Il n&apos;est pas nécessaire pour ce que le compte ameli fait tout de suite : télécharger une attestation de droits, suivre vos remboursements, changer d&apos;adresse.</translation>
    </message>
    <message>
        <source>The certificat d&apos;accouchement from the doctor or midwife (sage-femme)</source>
        <translation>Le certificat d&apos;accouchement du médecin ou de la sage-femme</translation>
    </message>
    <message>
        <source>An identity document of the person declaring the birth</source>
        <translation>Une pièce d&apos;identité de la personne qui déclare la naissance</translation>
    </message>
    <message>
        <source>Your livret de famille, if you have one, to add the child</source>
        <translation>Votre livret de famille, si vous en avez un, pour y inscrire l&apos;enfant</translation>
    </message>
    <message>
        <source>The déclaration conjointe de choix de nom, if you choose the child&apos;s surname</source>
        <translation>La déclaration conjointe de choix de nom, si vous choisissez le nom de famille de l&apos;enfant</translation>
    </message>
    <message>
        <source>The acte de reconnaissance, if the child was recognised before the birth</source>
        <translation>L&apos;acte de reconnaissance, si l&apos;enfant a été reconnu avant la naissance</translation>
    </message>
    <message>
        <source>A copy of the acte de naissance, or the updated livret de famille</source>
        <translation>Une copie de l&apos;acte de naissance, ou le livret de famille mis à jour</translation>
    </message>
    <message>
        <source>The NIR of each parent the child is attached to</source>
        <translation>Le NIR de chaque parent auquel l&apos;enfant est rattaché</translation>
    </message>
    <message>
        <source>1. Declare the birth at the mairie by {deadline}</source>
        <translation>1. Déclarer la naissance à la mairie au plus tard le {deadline}</translation>
    </message>
    <message>
        <source>1. Declare the birth at the mairie</source>
        <translation>1. Déclarer la naissance à la mairie</translation>
    </message>
    <message>
        <source>At the mairie of the place of birth, within {days} days after the birth (the day of birth not counted; when the last day is a Saturday, Sunday or public holiday, the next working day). The father declares it, or else the doctor, the midwife or another person present at the birth; the maternity ward often does it or has a mairie desk.</source>
        <translation>À la mairie du lieu de naissance, dans les {days} jours qui suivent l&apos;accouchement (le jour de la naissance n&apos;est pas compté ; si le dernier jour est un samedi, un dimanche ou un jour férié, le premier jour ouvrable suivant). Le père la fait, ou à défaut le médecin, la sage-femme ou une autre personne ayant assisté à l&apos;accouchement ; souvent la maternité s&apos;en charge ou accueille un bureau de la mairie.</translation>
    </message>
    <message>
        <source>2. Get copies of the acte de naissance</source>
        <translation>2. Obtenir des copies de l&apos;acte de naissance</translation>
    </message>
    <message>
        <source>The mairie draws up the acte de naissance. Ask for copies (extrait avec filiation): your caisse, the CAF and your employer ask for it.</source>
        <translation>La mairie établit l&apos;acte de naissance. Demandez des copies (extrait avec filiation) : votre caisse, la CAF et votre employeur le demandent.</translation>
    </message>
    <message>
        <source>3. Declare the newborn to the Assurance Maladie</source>
        <translation>3. Déclarer le nouveau-né à l&apos;Assurance Maladie</translation>
    </message>
    <message>
        <source>In your ameli account: Mes démarches, Déclaration du nouveau-né (for a child born in France). Or by post to your CPAM with the form “Demande de rattachement des enfants mineurs à l&apos;un ou aux deux parents assurés”. The child is attached to (rattaché à) your rights, and can be attached to both parents.</source>
        <translation>Dans votre compte ameli : Mes démarches, Déclaration du nouveau-né (pour un enfant né en France). Ou par courrier à votre CPAM avec le formulaire « Demande de rattachement des enfants mineurs à l&apos;un ou aux deux parents assurés ». L&apos;enfant est rattaché à vos droits, et peut l&apos;être aux deux parents.</translation>
    </message>
    <message>
        <source>4. Update your carte Vitale</source>
        <translation>4. Mettre à jour votre carte Vitale</translation>
    </message>
    <message>
        <source>Once the caisse confirms, update your carte Vitale at a pharmacy so that the child appears on it. Ameli Desktop adds the child to the household and a claim to follow: if nothing has come {follow} days after you declared, contact your caisse.</source>
        <translation>Une fois la confirmation de la caisse reçue, mettez à jour votre carte Vitale en pharmacie pour que l&apos;enfant y figure. Ameli Desktop ajoute l&apos;enfant au foyer et une démarche à suivre : si rien n&apos;est arrivé {follow} jours après votre déclaration, contactez votre caisse.</translation>
    </message>
    <message>
        <source>Born abroad? The birth is registered by the local authorities and then by the French consulate; these steps do not apply as they are: ask your CPAM.</source>
        <translation>Né à l&apos;étranger ? La naissance est enregistrée par les autorités locales puis par le consulat de France ; ces étapes ne s&apos;appliquent pas telles quelles : renseignez-vous auprès de votre CPAM.</translation>
    </message>
</context>
</TS>

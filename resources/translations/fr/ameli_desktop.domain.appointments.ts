<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Appointments</name>
    <message>
        <source>Accident at work (accident du travail)</source>
        <translation>Accident du travail</translation>
    </message>
    <message>
        <source>Sick leave (arrêt de travail)</source>
        <translation>Arrêt de travail</translation>
    </message>
    <message>
        <source>Care abroad (soins à l&apos;étranger)</source>
        <translation>Soins à l&apos;étranger</translation>
    </message>
    <message>
        <source>Maternity / paternity leave (congé maternité / paternité)</source>
        <translation>Congé maternité / paternité</translation>
    </message>
    <message>
        <source>Carte Vitale</source>
        <translation>Carte Vitale</translation>
    </message>
    <message>
        <source>Registration (affiliation)</source>
        <translation>Affiliation (inscription)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>At a CPAM office (accueil)</source>
        <translation>À l&apos;accueil d&apos;une CPAM</translation>
    </message>
    <message>
        <source>By phone (rendez-vous téléphonique)</source>
        <translation>Par téléphone (rendez-vous téléphonique)</translation>
    </message>
    <message>
        <source>By video (visio)</source>
        <translation>En visio</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Address of the office</source>
        <translation>Adresse de l&apos;accueil</translation>
    </message>
    <message>
        <source>Phone number the advisor will call</source>
        <translation>Numéro où le conseiller vous appellera</translation>
    </message>
    <message>
        <source>Video link (optional)</source>
        <translation>Lien de la visio (facultatif)</translation>
    </message>
    <message>
        <source>Your carte Vitale (or an attestation de droits)</source>
        <translation>Votre carte Vitale (ou une attestation de droits)</translation>
    </message>
    <message>
        <source>An identity document (passport, national identity card or residence permit)</source>
        <translation>Une pièce d&apos;identité (passeport, carte nationale d&apos;identité ou titre de séjour)</translation>
    </message>
    <message>
        <source>Your bank details (RIB) for the payments</source>
        <translation>Votre RIB pour les versements</translation>
    </message>
    <message>
        <source>The feuille d&apos;accident du travail given by your employer</source>
        <translation>La feuille d&apos;accident du travail remise par votre employeur</translation>
    </message>
    <message>
        <source>The certificat médical initial from your doctor</source>
        <translation>Le certificat médical initial de votre médecin</translation>
    </message>
    <message>
        <source>A copy of your employer&apos;s déclaration d&apos;accident du travail, if you have one</source>
        <translation>Une copie de la déclaration d&apos;accident du travail de votre employeur, si vous l&apos;avez</translation>
    </message>
    <message>
        <source>Your avis d&apos;arrêt de travail (the copy you kept)</source>
        <translation>Votre avis d&apos;arrêt de travail (le volet que vous avez gardé)</translation>
    </message>
    <message>
        <source>Your employer&apos;s attestation de salaire</source>
        <translation>L&apos;attestation de salaire de votre employeur</translation>
    </message>
    <message>
        <source>Your latest payslips (bulletins de salaire)</source>
        <translation>Vos derniers bulletins de salaire</translation>
    </message>
    <message>
        <source>Your CEAM (European health insurance card) or provisional certificate</source>
        <translation>Votre CEAM (carte européenne d&apos;assurance maladie) ou certificat provisoire</translation>
    </message>
    <message>
        <source>The invoices and receipts for the care abroad (factures acquittées)</source>
        <translation>Les factures acquittées des soins reçus à l&apos;étranger</translation>
    </message>
    <message>
        <source>The prescriptions and medical reports from abroad</source>
        <translation>Les ordonnances et comptes rendus médicaux de l&apos;étranger</translation>
    </message>
    <message>
        <source>The form “Soins reçus à l&apos;étranger”, filled in and signed</source>
        <translation>Le formulaire « Soins reçus à l&apos;étranger », rempli et signé</translation>
    </message>
    <message>
        <source>The déclaration de grossesse (for maternity leave)</source>
        <translation>La déclaration de grossesse (pour le congé maternité)</translation>
    </message>
    <message>
        <source>The child&apos;s acte de naissance or your livret de famille</source>
        <translation>L&apos;acte de naissance de l&apos;enfant ou votre livret de famille</translation>
    </message>
    <message>
        <source>Your current carte Vitale, if you still have it (damaged or faulty card)</source>
        <translation>Votre carte Vitale actuelle, si vous l&apos;avez encore (carte abîmée ou défectueuse)</translation>
    </message>
    <message>
        <source>An identity photo, {photo_width} x {photo_height} mm, recent, plain background</source>
        <translation>Une photo d&apos;identité de {photo_width} x {photo_height} mm, récente, sur fond uni</translation>
    </message>
    <message>
        <source>Your birth certificate (extrait d&apos;acte de naissance with parents&apos; names)</source>
        <translation>Votre extrait d&apos;acte de naissance avec filiation</translation>
    </message>
    <message>
        <source>A proof of address less than 3 months old</source>
        <translation>Un justificatif de domicile de moins de 3 mois</translation>
    </message>
    <message>
        <source>Proof that you live or work in France (work contract, payslips, residence permit)</source>
        <translation>Un justificatif de résidence ou d&apos;activité en France (contrat de travail, bulletins de salaire, titre de séjour)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not an appointment category: use one of {choices}.</source>
        <translation>« {value} » n&apos;est pas une catégorie de rendez-vous : utilisez l&apos;une de {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a way to meet: use one of {choices}.</source>
        <translation>« {value} » n&apos;est pas une façon de se rencontrer : utilisez l&apos;une de {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not an appointment status: use one of {choices}.</source>
        <translation>« {value} » n&apos;est pas un statut de rendez-vous : utilisez l&apos;un de {choices}.</translation>
    </message>
    <message>
        <source>{value} does not exist in Paris: the clocks go forward from 02:00 to 03:00 that night.</source>
        <translation>{value} n&apos;existe pas à Paris : cette nuit-là, on passe directement de 02:00 à 03:00.</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time: use YYYY-MM-DD HH:MM (Paris time).</source>
        <translation>« {value} » n&apos;est pas une date et une heure : utilisez AAAA-MM-JJ HH:MM (heure de Paris).</translation>
    </message>
    <message>
        <source>Give the reason for the appointment: the advisor prepares your file from it before meeting you, and without it the appointment may be wasted.</source>
        <translation>Indiquez le motif du rendez-vous : le conseiller prépare votre dossier à partir de lui avant de vous recevoir, et sans lui le rendez-vous risque d&apos;être inutile.</translation>
    </message>
    <message>
        <source>The reason is {length} characters long: keep it under {maximum}.</source>
        <translation>Le motif fait {length} caractères : restez sous {maximum}.</translation>
    </message>
    <message>
        <source>The duration must be a positive number of minutes, not {value}.</source>
        <translation>La durée doit être un nombre de minutes positif, pas {value}.</translation>
    </message>
    <message>
        <source>A duration of {value} minutes is longer than {maximum} minutes: check the number.</source>
        <translation>Une durée de {value} minutes dépasse {maximum} minutes : vérifiez le nombre.</translation>
    </message>
    <message>
        <source>Give the phone number the advisor will call for a phone appointment.</source>
        <translation>Indiquez le numéro où le conseiller vous appellera pour un rendez-vous téléphonique.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: write 10 digits from 0 (01 23 45 67 89) or an international number starting with +.</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone : écrivez 10 chiffres commençant par 0 (01 23 45 67 89) ou un numéro international commençant par +.</translation>
    </message>
    <message>
        <source>The place is {length} characters long: keep it under {maximum}.</source>
        <translation>Le lieu fait {length} caractères : restez sous {maximum}.</translation>
    </message>
    <message>
        <source>An appointment cannot be marked “{status}” before it starts: it is on {starts}.</source>
        <translation>Un rendez-vous ne peut pas être marqué « {status} » avant d&apos;avoir commencé : il a lieu le {starts}.</translation>
    </message>
    <message>
        <source>The checklist has {count} documents: keep it under {maximum}.</source>
        <translation>La liste compte {count} documents : restez sous {maximum}.</translation>
    </message>
    <message>
        <source>Document {position} of the checklist must have a name of 1 to {maximum} characters.</source>
        <translation>Le document {position} de la liste doit avoir un nom de 1 à {maximum} caractères.</translation>
    </message>
    <message>
        <source>The notes are {length} characters long: keep them under {maximum}.</source>
        <translation>Les notes font {length} caractères : restez sous {maximum}.</translation>
    </message>
</context>
</TS>

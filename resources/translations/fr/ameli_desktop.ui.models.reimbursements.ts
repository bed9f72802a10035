<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BatchesModel</name>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New lines</source>
        <translation>Nouvelles lignes</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Déjà enregistrées</translation>
    </message>
    <message>
        <source>Skipped as unreadable</source>
        <translation>Illisibles, ignorées</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Answer expected by</source>
        <translation>Réponse attendue avant le</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No answer since {day}: call 3646 or write from your ameli account.</source>
        <translation>Sans réponse depuis le {day} : appelez le 3646 ou écrivez depuis votre compte ameli.</translation>
    </message>
    <message>
        <source>Settled by an imported statement line on {day}.</source>
        <translation>Réglée par une ligne de relevé importée le {day}.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Nature of care</source>
        <translation>Nature des soins</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Professionnel de santé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Complementary</source>
        <translation>Complémentaire</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Reste à charge</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Date des soins (the payment date for bank lines)</source>
        <translation>Date des soins (la date de paiement pour les lignes bancaires)</translation>
    </message>
    <message>
        <source>Montant payé: what was paid to the practitioner</source>
        <translation>Montant payé au professionnel de santé</translation>
    </message>
    <message>
        <source>Montant remboursé by the Assurance Maladie</source>
        <translation>Montant remboursé par l&apos;Assurance Maladie</translation>
    </message>
    <message>
        <source>Paid by the complementary insurer (mutuelle)</source>
        <translation>Payé par la complémentaire santé (mutuelle)</translation>
    </message>
    <message>
        <source>Reste à charge: paid - reimbursed - complementary</source>
        <translation>Reste à charge : payé - remboursé - complémentaire</translation>
    </message>
    <message>
        <source>Date de paiement</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <source>No date of care in the file: this is the payment date.</source>
        <translation>Pas de date des soins dans le fichier : c&apos;est la date de paiement.</translation>
    </message>
    <message>
        <source>From a bank statement (paid by: {insurer})</source>
        <translation>Issue d&apos;un relevé bancaire (payée par : {insurer})</translation>
    </message>
    <message>
        <source>Assurance Maladie</source>
        <translation>l&apos;Assurance Maladie</translation>
    </message>
    <message>
        <source>complementary insurer</source>
        <translation>la complémentaire santé</translation>
    </message>
    <message>
        <source>Received on your bank account on {day} (the bank export&apos;s line for this payment is counted here, not twice).</source>
        <translation>Reçu sur votre compte bancaire le {day} (l&apos;opération du relevé bancaire pour ce paiement est comptée ici, pas deux fois).</translation>
    </message>
    <message>
        <source>The Assurance Maladie sent this line on to your complementary insurer (transmis à votre complémentaire).</source>
        <translation>L&apos;Assurance Maladie a transmis cette ligne à votre complémentaire.</translation>
    </message>
    <message>
        <source>sent →</source>
        <translation>transmis →</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Complementary</source>
        <translation>Complémentaire</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Reste à charge</translation>
    </message>
</context>
</TS>

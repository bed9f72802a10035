<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActsModel</name>
    <message>
        <source>Settled</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Awaiting the Assurance Maladie</source>
        <translation>En attente de l’Assurance Maladie</translation>
    </message>
    <message>
        <source>Awaiting the mutuelle</source>
        <translation>En attente de la mutuelle</translation>
    </message>
    <message>
        <source>ameli payment</source>
        <translation>paiement ameli</translation>
    </message>
    <message>
        <source>ameli relevé</source>
        <translation>relevé ameli</translation>
    </message>
    <message>
        <source>paper relevé</source>
        <translation>relevé papier</translation>
    </message>
    <message>
        <source>mutuelle</source>
        <translation>mutuelle</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>banque</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Assurance Maladie</source>
        <translation>Assurance Maladie</translation>
    </message>
    <message>
        <source>your payment for care</source>
        <translation>votre paiement de soins</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>(household)</source>
        <translation>(foyer)</translation>
    </message>
    <message>
        <source>Paid by card or debit: {label}</source>
        <translation>Payé par carte ou prélèvement : {label}</translation>
    </message>
    <message>
        <source>Awaited from the Assurance Maladie since {since} (the date of care).</source>
        <translation>Attendu de l’Assurance Maladie depuis le {since} (la date des soins).</translation>
    </message>
    <message>
        <source>Awaited from the mutuelle since {since} (the Assurance Maladie&apos;s payment).</source>
        <translation>Attendu de la mutuelle depuis le {since} (le paiement de l’Assurance Maladie).</translation>
    </message>
    <message>
        <source>An estimate from your contract&apos;s level (Preferences): not received yet.</source>
        <translation>Une estimation d’après le niveau de votre contrat (Préférences) : pas encore reçue.</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des
soins</translation>
    </message>
    <message>
        <source>Date des soins</source>
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
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Montant payé: what was paid to the professional</source>
        <translation>Montant payé : ce qui a été payé au professionnel</translation>
    </message>
    <message>
        <source>Assurance
Maladie</source>
        <translation>Assurance
Maladie</translation>
    </message>
    <message>
        <source>Montant versé: the Assurance Maladie&apos;s part, before anything withheld</source>
        <translation>Montant versé : la part de l’Assurance Maladie, avant toute retenue</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Participation forfaitaire and franchises withheld for the act</source>
        <translation>Participation forfaitaire et franchises retenues pour l’acte</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Part de la complémentaire: what the mutuelle paid</source>
        <translation>Part de la complémentaire : ce que la mutuelle a payé</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Reste à
charge</translation>
    </message>
    <message>
        <source>Reste à charge: paid - Assurance Maladie + withheld - mutuelle</source>
        <translation>Reste à charge : payé - Assurance Maladie + retenu - mutuelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>unknown (give your contract&apos;s level in Preferences)</source>
        <translation>inconnu (indiquez le niveau de votre contrat dans les Préférences)</translation>
    </message>
    <message>
        <source>≈ {amount} (estimate)</source>
        <translation>≈ {amount} (estimation)</translation>
    </message>
</context>
<context>
    <name>BankLinesModel</name>
    <message>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <source>Bank label</source>
        <translation>Libellé bancaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>OwedModel</name>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>The date of care for the Assurance Maladie, its payment for the mutuelle</source>
        <translation>La date des soins pour l’Assurance Maladie, son paiement pour la mutuelle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Nature of care</source>
        <translation>Nature des soins</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
</context>
</TS>

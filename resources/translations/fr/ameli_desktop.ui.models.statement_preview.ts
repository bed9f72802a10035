<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PreviewModel</name>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>reimbursed</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>mutuelle</source>
        <translation>mutuelle</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>The date as the import understood it</source>
        <translation>La date telle que l’import l’a comprise</translation>
    </message>
    <message>
        <source>The amounts as the import understood them</source>
        <translation>Les montants tels que l’import les a compris</translation>
    </message>
    <message>
        <source>Import?</source>
        <translation>Importer ?</translation>
    </message>
    <message>
        <source>Date read</source>
        <translation>Date lue</translation>
    </message>
    <message>
        <source>Amount read</source>
        <translation>Montant lu</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Skipped: a heading</source>
        <translation>Ignorée : un titre</translation>
    </message>
    <message>
        <source>Skipped: a total</source>
        <translation>Ignorée : un total</translation>
    </message>
    <message>
        <source>Skipped: the header again</source>
        <translation>Ignorée : l&apos;en-tête répété</translation>
    </message>
    <message>
        <source>Skipped: names no health payer</source>
        <translation>Ignorée : ne cite aucun payeur santé</translation>
    </message>
    <message>
        <source>Skipped: an insurer, but not for care (a claim, life insurance…)</source>
        <translation>Ignorée : un assureur, mais hors soins (sinistre, assurance vie…)</translation>
    </message>
    <message>
        <source>Skipped: a person named like an insurer</source>
        <translation>Ignorée : une personne qui porte le nom d’un assureur</translation>
    </message>
    <message>
        <source>Skipped: a payment to an insurer (premium)</source>
        <translation>Ignorée : un paiement à un assureur (cotisation)</translation>
    </message>
    <message>
        <source>Skipped: not booked (pending or declined)</source>
        <translation>Ignorée : non comptabilisée (en attente ou refusée)</translation>
    </message>
    <message>
        <source>Skipped: not in euros</source>
        <translation>Ignorée : pas en euros</translation>
    </message>
    <message>
        <source>Daily allowance (indemnités journalières): kept apart from care</source>
        <translation>Indemnités journalières : à part des soins</translation>
    </message>
    <message>
        <source>Left out: not in the household</source>
        <translation>De côté : hors du foyer</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Déjà enregistrée</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissée de côté</translation>
    </message>
    <message>
        <source>New: a relevé’s payment, counted once</source>
        <translation>Nouvelle : le paiement d’un relevé, compté une seule fois</translation>
    </message>
    <message>
        <source>New: received on your account (bank line)</source>
        <translation>Nouvelle : reçue sur votre compte (opération bancaire)</translation>
    </message>
    <message>
        <source>New (Assurance Maladie)</source>
        <translation>Nouvelle (Assurance Maladie)</translation>
    </message>
    <message>
        <source>New (mutuelle)</source>
        <translation>Nouvelle (mutuelle)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>(whole line)</source>
        <translation>(toute la ligne)</translation>
    </message>
</context>
</TS>

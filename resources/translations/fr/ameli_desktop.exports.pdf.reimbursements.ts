<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ReimbursementSummary</name>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
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
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
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
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Paid: what was paid to the practitioner (montant payé). Reimbursed: by the Assurance Maladie (montant remboursé). Complementary: by the complementary insurer (mutuelle). Out of pocket (reste à charge) = paid - reimbursed - complementary, over the lines whose amount paid is known (a bank transfer only shows what was received).</source>
        <translation>Payé : ce qui a été payé au professionnel de santé. Remboursé : par l&apos;Assurance Maladie. Complémentaire : par la complémentaire santé (mutuelle). Reste à charge = payé - remboursé - complémentaire, sur les lignes dont le montant payé est connu (un virement bancaire ne montre que ce qui a été reçu).</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Par personne</translation>
    </message>
    <message>
        <source>Per nature of care (nature des soins)</source>
        <translation>Par nature des soins</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Reimbursement summary (remboursements)</source>
        <translation>Récapitulatif des remboursements</translation>
    </message>
</context>
</TS>

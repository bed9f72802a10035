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
        <source>Paid (payé)</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Reimbursed (Assurance Maladie)</source>
        <translation>Remboursé (Assurance Maladie)</translation>
    </message>
    <message>
        <source>Mutuelle (AMC)</source>
        <translation>Mutuelle (AMC)</translation>
    </message>
    <message>
        <source>Out of pocket (reste à charge)</source>
        <translation>Reste à charge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Compl.</source>
        <translation>Compl.</translation>
    </message>
    <message>
        <source>Own share</source>
        <translation>À charge</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Out of pocket = paid - reimbursed - complementary, over the lines whose amount paid is known (a bank transfer only shows what was received).</source>
        <translation>Reste à charge = payé - remboursé - complémentaire, sur les lignes dont le montant payé est connu (un virement bancaire ne montre que ce qui a été reçu).</translation>
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

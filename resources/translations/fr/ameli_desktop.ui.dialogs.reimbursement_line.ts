<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>LineDialog</name>
    <message>
        <source>Edit a reimbursement line</source>
        <translation>Modifier une ligne de remboursement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Date of &amp;care (date des soins)</source>
        <translation>Date des &amp;soins</translation>
    </message>
    <message>
        <source>Pa&amp;yment date</source>
        <translation>Date de p&amp;aiement</translation>
    </message>
    <message>
        <source>&amp;Nature of care</source>
        <translation>&amp;Nature des soins</translation>
    </message>
    <message>
        <source>Practit&amp;ioner</source>
        <translation>P&amp;rofessionnel de santé</translation>
    </message>
    <message>
        <source>Paid by the m&amp;utuelle</source>
        <translation>Payé par la m&amp;utuelle</translation>
    </message>
    <message>
        <source>Amount p&amp;aid (payé)</source>
        <translation>Montant pa&amp;yé</translation>
    </message>
    <message>
        <source>&amp;Base de remboursement</source>
        <translation>&amp;Base de remboursement</translation>
    </message>
    <message>
        <source>&amp;Rate (taux)</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <source>Reimbursed by the Assurance &amp;Maladie</source>
        <translation>Remboursé par l&apos;Assurance &amp;Maladie</translation>
    </message>
    <message>
        <source>&amp;Deductions (franchise)</source>
        <translation>&amp;Franchise / participation</translation>
    </message>
    <message>
        <source>&amp;Tiers payant</source>
        <translation>T&amp;iers payant</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Records</name>
    <message>
        <source>statement imports</source>
        <translation>imports de relevés</translation>
    </message>
    <message>
        <source>reimbursement lines</source>
        <translation>lignes de remboursement</translation>
    </message>
    <message>
        <source>statement payments</source>
        <translation>paiements des relevés</translation>
    </message>
    <message>
        <source>daily allowances</source>
        <translation>indemnités journalières</translation>
    </message>
    <message>
        <source>claims to follow</source>
        <translation>démarches à suivre</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>SetAside</name>
    <message>
        <source>1 names no health payer</source>
        <translation>1 ne cite aucun payeur santé</translation>
    </message>
    <message>
        <source>{count} name no health payer</source>
        <translation>{count} ne citent aucun payeur santé</translation>
    </message>
    <message>
        <source>1 is an insurer’s payment not for care</source>
        <translation>1 est un versement d’assureur hors soins</translation>
    </message>
    <message>
        <source>{count} are insurers’ payments not for care</source>
        <translation>{count} sont des versements d’assureurs hors soins</translation>
    </message>
    <message>
        <source>1 is from a person named like an insurer</source>
        <translation>1 vient d’une personne qui porte le nom d’un assureur</translation>
    </message>
    <message>
        <source>{count} are from people named like insurers</source>
        <translation>{count} viennent de personnes qui portent le nom d’un assureur</translation>
    </message>
    <message>
        <source>1 is a payment to an insurer</source>
        <translation>1 est un paiement à un assureur</translation>
    </message>
    <message>
        <source>{count} are payments to insurers</source>
        <translation>{count} sont des paiements à des assureurs</translation>
    </message>
    <message>
        <source>1 is not booked</source>
        <translation>1 n’est pas comptabilisée</translation>
    </message>
    <message>
        <source>{count} are not booked</source>
        <translation>{count} ne sont pas comptabilisées</translation>
    </message>
    <message>
        <source>1 is not in euros</source>
        <translation>1 n’est pas en euros</translation>
    </message>
    <message>
        <source>{count} are not in euros</source>
        <translation>{count} ne sont pas en euros</translation>
    </message>
</context>
</TS>

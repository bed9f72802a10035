<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Records</name>
    <message>
        <source>cartes Vitale</source>
        <translation>cartes Vitale</translation>
    </message>
    <message>
        <source>carte Vitale orders</source>
        <translation>commandes de carte Vitale</translation>
    </message>
    <message>
        <source>CEAM cards</source>
        <translation>cartes CEAM</translation>
    </message>
    <message>
        <source>provisional CEAM certificates</source>
        <translation>certificats provisoires de CEAM</translation>
    </message>
    <message>
        <source>S1 countries</source>
        <translation>pays du S1</translation>
    </message>
</context>
</TS>

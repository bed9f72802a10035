<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Records</name>
    <message>
        <source>acts of care</source>
        <translation>actes de soins</translation>
    </message>
    <message>
        <source>links of bank lines to acts</source>
        <translation>liens de lignes bancaires vers des actes</translation>
    </message>
    <message>
        <source>bank lines to confirm</source>
        <translation>lignes bancaires à confirmer</translation>
    </message>
</context>
</TS>

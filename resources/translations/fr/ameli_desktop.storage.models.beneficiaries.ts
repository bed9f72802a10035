<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Records</name>
    <message>
        <source>names in statement files</source>
        <translation>noms dans des relevés</translation>
    </message>
    <message>
        <source>bank accounts</source>
        <translation>comptes bancaires</translation>
    </message>
</context>
</TS>

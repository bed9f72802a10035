<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Records</name>
    <message>
        <source>residence permits and long-stay visas</source>
        <translation>titres de séjour et visas long séjour</translation>
    </message>
    <message>
        <source>Schengen stays</source>
        <translation>séjours Schengen</translation>
    </message>
</context>
</TS>

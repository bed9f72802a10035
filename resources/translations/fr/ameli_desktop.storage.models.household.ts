<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Records</name>
    <message>
        <source>trips</source>
        <translation>voyages</translation>
    </message>
    <message>
        <source>trips (as a traveller)</source>
        <translation>voyages (comme voyageur)</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
</context>
</TS>

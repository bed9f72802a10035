<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PersonSelector</name>
    <message>
        <source>All the household</source>
        <translation>Tout le foyer</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The example household is already loaded.</source>
        <translation>Le foyer d&apos;exemple est déjà chargé.</translation>
    </message>
</context>
</TS>

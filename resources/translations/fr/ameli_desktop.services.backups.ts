<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>There is no data to back up yet.</source>
        <translation>Il n&apos;y a encore aucune donnée à sauvegarder.</translation>
    </message>
</context>
</TS>

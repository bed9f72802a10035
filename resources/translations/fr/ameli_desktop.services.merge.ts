<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Choisissez deux personnes différentes à fusionner.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne d&apos;identifiant {id}.</translation>
    </message>
</context>
</TS>

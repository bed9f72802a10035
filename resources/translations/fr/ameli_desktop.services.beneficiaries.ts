<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Someone called “{name}” is already in the household: choose them for “{spelling}” rather than a new person, or type another name.</source>
        <translation>Une personne nommée « {name} » fait déjà partie du foyer : choisissez-la pour « {spelling} » plutôt qu’une nouvelle personne, ou tapez un autre nom.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne d&apos;identifiant {id}.</translation>
    </message>
</context>
</TS>

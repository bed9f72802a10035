<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a role: use holder, partner, child or other.</source>
        <translation>« {value} » n&apos;est pas un rôle : utilisez holder, partner, child ou other.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Un nom est nécessaire.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Le nom dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The date of birth must be between 01/01/1900 and today.</source>
        <translation>La date de naissance doit être comprise entre le 01/01/1900 et aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Holder (assuré)</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Child (ayant droit)</source>
        <translation>Enfant (ayant droit)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A trip needs at least one traveller.</source>
        <translation>Un voyage a besoin d’au moins un voyageur.</translation>
    </message>
    <message>
        <source>A trip of {days} days ({depart} to {return_date}) is too long: check the dates.</source>
        <translation>Un voyage de {days} jours (du {depart} au {return_date}) est trop long : vérifiez les dates.</translation>
    </message>
    <message>
        <source>The purpose is longer than {limit} characters.</source>
        <translation>Le motif dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>There is no trip with id {id}.</source>
        <translation>Aucun voyage n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne numéro {id}.</translation>
    </message>
</context>
</TS>

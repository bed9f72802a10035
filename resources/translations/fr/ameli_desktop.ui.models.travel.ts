<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>StaysModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Entry port</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Exit port</source>
        <translation>Point de sortie</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Stamps (tampons)</source>
        <translation>Tampons</translation>
    </message>
    <message>
        <source>Notes and flags</source>
        <translation>Notes et alertes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>still inside</source>
        <translation>encore sur place</translation>
    </message>
    <message>
        <source>in: {entry}, out: {exit}</source>
        <translation>entrée : {entry}, sortie : {exit}</translation>
    </message>
    <message>
        <source>, EES</source>
        <translation>, EES</translation>
    </message>
    <message>
        <source>Trip (from the Trips list)</source>
        <translation>Voyage (de la liste des voyages)</translation>
    </message>
</context>
</TS>

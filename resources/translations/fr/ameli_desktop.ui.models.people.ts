<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>NIR (n° de sécurité sociale)</source>
        <translation>NIR (n° de sécurité sociale)</translation>
    </message>
    <message>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <source>Passport (Schengen)</source>
        <translation>Passeport (Schengen)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>EU/EEA/Swiss</source>
        <translation>UE/EEE/Suisse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Holds an S1: health cover paid by another country</source>
        <translation>Titulaire d&apos;un S1 : couverture santé prise en charge par un autre pays</translation>
    </message>
</context>
</TS>

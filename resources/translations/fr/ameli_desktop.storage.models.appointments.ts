<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Records</name>
    <message>
        <source>CPAM appointments</source>
        <translation>rendez-vous CPAM</translation>
    </message>
    <message>
        <source>birth declarations</source>
        <translation>déclarations de naissance</translation>
    </message>
    <message>
        <source>ameli account sign-ups</source>
        <translation>créations de compte ameli</translation>
    </message>
</context>
</TS>

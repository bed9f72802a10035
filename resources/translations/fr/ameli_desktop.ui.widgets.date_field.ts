<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Type the date as 14/03/1982 or 14031982. Alt+Down opens a calendar.</source>
        <translation>Tapez la date comme 14/03/1982 ou 14031982. Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Give a date.</source>
        <translation>Indiquez une date.</translation>
    </message>
</context>
</TS>

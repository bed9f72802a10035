<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a date: use YYYY-MM-DD.</source>
        <translation>« {value} » n&apos;est pas une date : utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: type it as 14/03/1982, or 14031982.</source>
        <translation>« {value} » n&apos;est pas une date : tapez-la comme 14/03/1982, ou 14031982.</translation>
    </message>
    <message>
        <source>There is no day {value} in the calendar.</source>
        <translation>Le {value} n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>The date must be {limit} or later.</source>
        <translation>La date doit être le {limit} ou après.</translation>
    </message>
    <message>
        <source>The date must be {limit} or earlier.</source>
        <translation>La date doit être le {limit} ou avant.</translation>
    </message>
</context>
</TS>

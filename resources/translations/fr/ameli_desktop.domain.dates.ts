<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a date: use YYYY-MM-DD.</source>
        <translation>« {value} » n&apos;est pas une date : utilisez AAAA-MM-JJ.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}” is empty.</source>
        <translation>« {file} » est vide.</translation>
    </message>
</context>
</TS>

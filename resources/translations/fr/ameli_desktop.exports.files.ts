<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{file} could not be written: {detail}. Nothing was written there.</source>
        <translation>Impossible d&apos;écrire {file} : {detail}. Rien n&apos;y a été écrit.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a valid NIR: it has 15 characters (13 digits and a 2-digit key) and the key must match.</source>
        <translation>« {value} » n&apos;est pas un NIR valide : il compte 15 caractères (13 chiffres et une clé de 2 chiffres) et la clé doit correspondre.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN.</source>
        <translation>« {value} » n&apos;est pas un IBAN valide.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The printer could not be used: check that it is connected and on.</source>
        <translation>L’imprimante n’a pas pu être utilisée : vérifiez qu’elle est branchée et allumée.</translation>
    </message>
</context>
</TS>

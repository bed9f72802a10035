<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}” is a PDF but not a statement these readers know (ameli&apos;s, a mutuelle&apos;s) nor a table: no line has three columns or more.</source>
        <translation>« {file} » est un PDF mais ni un relevé connu (d’ameli, d’une mutuelle) ni un tableau : aucune ligne n’a trois colonnes ou plus.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>« {encoding} » n&apos;est pas un encodage de texte connu.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding} (byte 0x{byte}): choose another encoding.</source>
        <translation>La ligne {line} ne peut pas être lue en {encoding} (octet 0x{byte}) : choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>The file is not text in a known encoding (UTF-8, Windows-1252, ISO-8859-15): choose its encoding.</source>
        <translation>Le fichier n&apos;est pas du texte dans un encodage connu (UTF-8, Windows-1252, ISO-8859-15) : choisissez son encodage.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Line {line} cannot be split into cells: {detail}.</source>
        <translation>La ligne {line} ne peut pas être découpée en cellules : {detail}.</translation>
    </message>
    <message>
        <source>No row near the top of the file has the columns {columns}: is this the right profile?</source>
        <translation>Aucune ligne en haut du fichier n&apos;a les colonnes {columns} : est-ce le bon profil ?</translation>
    </message>
    <message>
        <source>No table found: no line is split into columns by a semicolon, comma, tab or vertical bar.</source>
        <translation>Aucun tableau trouvé : aucune ligne n&apos;est découpée en colonnes par un point-virgule, une virgule, une tabulation ou une barre verticale.</translation>
    </message>
</context>
</TS>

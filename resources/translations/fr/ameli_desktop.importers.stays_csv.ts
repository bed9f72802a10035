<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The file is larger than {limit} MB: is it really a CSV?</source>
        <extracomment>The columns of the export, in order (also the canonical names on import).</extracomment>
        <translation>Le fichier dépasse {limit} Mo : est-ce vraiment un CSV ?</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Le fichier est vide : la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>No entry-date column in the first line ({header}): name one “entry” (or “entrée”).</source>
        <translation>Aucune colonne de date d’entrée dans la première ligne ({header}) : nommez-en une « entrée » (ou « entry »).</translation>
    </message>
</context>
</TS>

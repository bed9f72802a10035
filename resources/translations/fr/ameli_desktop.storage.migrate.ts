<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{file} is damaged or not a database ({detail}). Nothing was changed; restore a backup or choose another data folder.</source>
        <translation>{file} est endommagé ou n&apos;est pas une base de données ({detail}). Rien n&apos;a été modifié ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not of Ameli Desktop. Nothing was changed; choose another data folder.</source>
        <translation>{file} est la base de données d&apos;un autre programme, pas d&apos;Ameli Desktop. Rien n&apos;a été modifié ; choisissez un autre dossier de données.</translation>
    </message>
</context>
</TS>

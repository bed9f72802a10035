<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The backup to {file} failed: {detail}.</source>
        <translation>La sauvegarde vers {file} a échoué : {detail}.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist.</source>
        <translation>Le fichier de sauvegarde {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Restoring {file} failed: {detail}. Nothing was changed.</source>
        <translation>La restauration de {file} a échoué : {detail}. Rien n&apos;a été modifié.</translation>
    </message>
</context>
</TS>

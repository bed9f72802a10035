<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This data was written by a newer version of Ameli Desktop, so it is open read-only: update the app to change it. Nothing was changed.</source>
        <translation>Ces données ont été écrites par une version plus récente d&apos;Ameli Desktop : elles sont ouvertes en lecture seule. Mettez l&apos;application à jour pour les modifier. Rien n&apos;a été modifié.</translation>
    </message>
</context>
</TS>

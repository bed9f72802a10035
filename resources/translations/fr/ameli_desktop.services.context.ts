<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The data folder {folder} cannot be used: {detail}.</source>
        <translation>Le dossier de données {folder} est inutilisable : {detail}.</translation>
    </message>
</context>
</TS>

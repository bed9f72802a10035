<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This data was written by a newer version of Ameli Desktop, so it is open read-only: update the app to change it. Nothing was changed.</source>
        <translation>Ces données ont été écrites par une version plus récente d&apos;Ameli Desktop : elles sont donc ouvertes en lecture seule. Mettez l&apos;application à jour pour les modifier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is not a database written by Ameli Desktop ({what}). Nothing was changed; choose another data folder or backup.</source>
        <translation>{file} n&apos;est pas une base de données écrite par Ameli Desktop ({what}). Rien n&apos;a été modifié ; choisissez un autre dossier de données ou une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a database ({detail}). Nothing was changed; restore a backup or choose another data folder.</source>
        <translation>{file} est endommagé ou n&apos;est pas une base de données ({detail}). Rien n&apos;a été modifié ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Ameli Desktop (revision {revision}): update the app to restore it. Nothing was changed.</source>
        <translation>{file} a été écrit par une version plus récente d&apos;Ameli Desktop (révision {revision}) : mettez l&apos;application à jour pour le restaurer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} has an attachment (row {row}) that points outside the attachments folder, which the app never writes. Nothing was changed.</source>
        <translation>{file} contient une pièce jointe (ligne {row}) qui pointe hors du dossier des pièces jointes, ce que l&apos;application n&apos;écrit jamais. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only and holds no data yet. Choose a folder you can write to (--data-dir, or AMELI_DESKTOP_DATA_DIR).</source>
        <translation>Le dossier de données {folder} est en lecture seule et ne contient encore aucune donnée. Choisissez un dossier modifiable (--data-dir, ou AMELI_DESKTOP_DATA_DIR).</translation>
    </message>
    <message>
        <source>The data in {folder} was written by an older version of Ameli Desktop and must be upgraded, but the folder is read-only. Make it writable, then start again; nothing was changed.</source>
        <translation>Les données de {folder} ont été écrites par une version plus ancienne d&apos;Ameli Desktop et doivent être mises à jour, mais le dossier est en lecture seule. Rendez-le modifiable, puis relancez l&apos;application ; rien n&apos;a été modifié.</translation>
    </message>
</context>
</TS>

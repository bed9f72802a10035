<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Cannot read the database {file}: {detail}.</source>
        <translation>Impossible de lire la base de données {file} : {detail}.</translation>
    </message>
    <message>
        <source>{file} is not an Ameli Desktop database (it is not a SQLite file). Nothing was changed; choose another data folder or restore a backup.</source>
        <translation>{file} n&apos;est pas une base de données d&apos;Ameli Desktop (ce n&apos;est pas un fichier SQLite). Rien n&apos;a été modifié ; choisissez un autre dossier de données ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database {file} is locked by another program. Close it and try again; nothing was changed.</source>
        <translation>La base de données {file} est verrouillée par un autre programme. Fermez-le et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {file} is open read-only, so this change was not saved.</source>
        <translation>La base de données {file} est ouverte en lecture seule : cette modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a database. Nothing was changed; restore a backup (File &gt; Restore backup).</source>
        <translation>{file} est endommagé ou n&apos;est pas une base de données. Rien n&apos;a été modifié ; restaurez une sauvegarde (Fichier &gt; Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>The database {file} could not be used: {detail}.</source>
        <translation>La base de données {file} n&apos;a pas pu être utilisée : {detail}.</translation>
    </message>
</context>
</TS>

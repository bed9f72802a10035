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
        <source>The database {file} is busy with another change (an import in another window or command?). Try again once it is done; nothing was changed.</source>
        <translation>La base de données {file} est occupée par une autre modification (un import dans une autre fenêtre ou commande ?). Réessayez une fois celle-ci terminée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {file} is open read-only, so this change was not saved.</source>
        <translation>La base de données {file} est ouverte en lecture seule : cette modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The disk that holds {file} is full, so this change was not saved. Free some space and try again.</source>
        <translation>Le disque qui contient {file} est plein : cette modification n&apos;a pas été enregistrée. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk refused to write or read {file} (a full or failing disk?). Nothing was changed.</source>
        <translation>Le disque a refusé d&apos;écrire ou de lire {file} (disque plein ou défaillant ?). Rien n&apos;a été modifié.</translation>
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

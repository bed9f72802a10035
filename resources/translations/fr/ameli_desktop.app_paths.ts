<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The data folder {folder} is on a read-only disk, so it is open read-only: nothing can be changed or backed up there. Copy the folder to a writable place to edit it.</source>
        <translation>Le dossier de données {folder} est sur un disque en lecture seule : il est donc ouvert en lecture seule, rien ne peut y être modifié ni sauvegardé. Copiez le dossier dans un emplacement modifiable pour changer les données.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only (its permissions do not allow changes), so it is open read-only: nothing will be changed. Make it writable again to edit the data.</source>
        <translation>Le dossier de données {folder} est en lecture seule (ses permissions n&apos;autorisent aucune modification) : il est donc ouvert en lecture seule et rien ne sera modifié. Rendez-le de nouveau modifiable pour changer les données.</translation>
    </message>
</context>
</TS>

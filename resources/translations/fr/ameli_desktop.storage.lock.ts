<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Ameli Desktop is already running with the data folder {folder} (process {pid}). Close it first, or use another data folder.</source>
        <translation>Ameli Desktop est déjà ouvert avec le dossier de données {folder} (processus {pid}). Fermez-le d&apos;abord, ou utilisez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Another Ameli Desktop is still busy with the data folder {folder} (a backup or an upgrade). Try again in a moment.</source>
        <translation>Une autre instance d&apos;Ameli Desktop travaille encore sur le dossier de données {folder} (une sauvegarde ou une mise à jour). Réessayez dans un instant.</translation>
    </message>
</context>
</TS>

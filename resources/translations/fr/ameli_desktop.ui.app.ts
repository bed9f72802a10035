<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Restore the last good backup, {name}, now? The damaged data is kept in backups/damaged/.</source>
        <translation>Restaurer maintenant la dernière sauvegarde saine, {name} ? Les données endommagées sont conservées dans backups/damaged/.</translation>
    </message>
    <message>
        <source>Damaged data</source>
        <translation>Données endommagées</translation>
    </message>
    <message>
        <source>Ameli Desktop is already running with the data folder {folder} (process {pid}). Close it first, or start with another data folder.</source>
        <translation>Ameli Desktop est déjà ouvert avec le dossier de données {folder} (processus {pid}). Fermez-le d&apos;abord, ou démarrez avec un autre dossier de données.</translation>
    </message>
</context>
</TS>

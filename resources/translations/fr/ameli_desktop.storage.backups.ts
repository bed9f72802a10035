<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>There is not enough free space for a backup in {folder} ({needed} MB needed{free}). Free some space, then back up again.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre pour une sauvegarde dans {folder} ({needed} Mo nécessaires{free}). Libérez de l&apos;espace, puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <source>The data in {file} is damaged ({detail}) and there is no good backup to restore. Nothing was backed up or changed.</source>
        <translation>Les données de {file} sont endommagées ({detail}) et il n&apos;existe aucune sauvegarde saine à restaurer. Rien n&apos;a été sauvegardé ni modifié.</translation>
    </message>
    <message>
        <source>The data in {file} is damaged ({detail}). Nothing was backed up or changed; the last good backup is kept aside: restore {backup} (File &gt; Restore backup, or `ameli-desktop restore {backup}`).</source>
        <translation>Les données de {file} sont endommagées ({detail}). Rien n&apos;a été sauvegardé ni modifié ; la dernière sauvegarde saine est mise de côté : restaurez {backup} (Fichier &gt; Restaurer une sauvegarde, ou `ameli-desktop restore {backup}`).</translation>
    </message>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>Imported statements</source>
        <translation>Relevés importés</translation>
    </message>
    <message>
        <source>Every file you imported. Undoing an import removes exactly the lines it added; lines that were already stored before it stay.</source>
        <translation>Chaque fichier importé. Annuler un import supprime exactement les lignes qu&apos;il a ajoutées ; les lignes déjà enregistrées avant lui restent.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Annuler cet import…</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Annuler un import</translation>
    </message>
    <message>
        <source>Remove the {count} lines imported from {file}? Claims they had settled are opened again.</source>
        <translation>Supprimer les {count} lignes importées de {file} ? Les démarches qu&apos;elles avaient réglées sont rouvertes.</translation>
    </message>
    <message>
        <source>Removed the {count} lines of {file}.</source>
        <translation>Les {count} lignes de {file} ont été supprimées.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{name} has {what}; nothing was removed. Run again with --yes to remove them too.</source>
        <translation>{name} a {what} ; rien n&apos;a été supprimé. Relancez avec --yes pour les supprimer aussi.</translation>
    </message>
</context>
</TS>

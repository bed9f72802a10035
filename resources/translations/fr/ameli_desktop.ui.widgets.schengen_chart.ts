<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>SchengenTimeline</name>
    <message>
        <source>Days used from {first} to {last}; highest {peak} of {limit}.</source>
        <translation>Jours utilisés du {first} au {last} ; au plus {peak} sur {limit}.</translation>
    </message>
    <message>
        <source>No days to show yet.</source>
        <translation>Aucun jour à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>limit {limit}</source>
        <translation>limite {limit}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>{day}: {count} of {limit} days used</source>
        <translation>{day} : {count} jours sur {limit} utilisés</translation>
    </message>
</context>
</TS>

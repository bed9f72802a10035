<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>NationalityCombo</name>
    <message>
        <source>EU, EEA and Swiss citizens move freely. Other passports: at most 90 days in any 180 in the Schengen area, except in the state that issued a valid residence permit or long-stay visa.</source>
        <translation>Les citoyens de l’UE, de l’EEE et de la Suisse circulent librement. Autres passeports : au plus 90 jours sur toute période de 180 dans l’espace Schengen, sauf dans l’État qui a délivré un titre de séjour ou un visa de long séjour valable.</translation>
    </message>
</context>
<context>
    <name>PermitFields</name>
    <message>
        <source>Days in this state are not counted while the document is valid; days in the other Schengen states are.</source>
        <translation>Les jours passés dans cet État ne sont pas comptés tant que le document est valable ; ceux passés dans les autres États Schengen le sont.</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Valid fro&amp;m</source>
        <translation>&amp;Valable du</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valable &amp;jusqu’au</translation>
    </message>
    <message>
        <source>Issued b&amp;y</source>
        <translation>Dé&amp;livré par</translation>
    </message>
</context>
<context>
    <name>TravelStatusFields</name>
    <message>
        <source>Holds a residence permit or long-stay visa</source>
        <translation>A un titre de séjour ou un visa de long séjour</translation>
    </message>
</context>
</TS>

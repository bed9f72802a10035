<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>TravelProfileDialog</name>
    <message>
        <source>Travel status of {name}</source>
        <translation>Statut de voyage de {name}</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;Nationalité</translation>
    </message>
    <message>
        <source>Residence permits (titre de séjour) and long-stay visas (VLS-TS)</source>
        <translation>Titres de séjour et visas long séjour (VLS-TS)</translation>
    </message>
    <message>
        <source>&amp;Remove permit</source>
        <translation>&amp;Retirer le titre</translation>
    </message>
    <message>
        <source>Document number (optional)</source>
        <translation>Numéro du document (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add permit</source>
        <translation>&amp;Ajouter le titre</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <source>A valid residence permit or long-stay visa exempts the days spent in the state that issued it; days in the other Schengen states count towards 90 in any 180 (Schengen Convention, art. 21). The passport should not be stamped: show the document at the border.</source>
        <translation>Un titre de séjour ou un visa de long séjour valable exempte les jours passés dans l’État qui l’a délivré ; les jours passés dans les autres États Schengen comptent dans les 90 jours sur toute période de 180 (convention de Schengen, art. 21). Le passeport ne devrait pas être tamponné : présentez le document à la frontière.</translation>
    </message>
    <message>
        <source>{kind} issued by {state}: {start} – {end}</source>
        <translation>{kind} délivré par l’État suivant : {state} : {start} – {end}</translation>
    </message>
    <message>
        <source>Remove permit</source>
        <translation>Retirer le titre</translation>
    </message>
    <message>
        <source>Remove {permit}?</source>
        <translation>Retirer {permit} ?</translation>
    </message>
</context>
</TS>

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
        <source>Other passport: the 90/180-day rule applies</source>
        <translation>Autre passeport : la règle des 90/180 jours s’applique</translation>
    </message>
    <message>
        <source>EU, EEA or Swiss citizen: no limit, no stamps</source>
        <translation>Citoyen UE, EEE ou suisse : pas de limite, pas de tampons</translation>
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
        <source>Residence permit (titre de séjour)</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Long-stay visa (VLS-TS)</source>
        <translation>Visa long séjour (VLS-TS)</translation>
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
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valable &amp;du</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valable jusqu’a&amp;u</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <source>Days covered by a valid residence permit or long-stay visa do not count towards 90/180, and the passport should not be stamped: show the document at the border.</source>
        <translation>Les jours couverts par un titre de séjour ou un visa long séjour valable ne comptent pas dans les 90/180, et le passeport ne doit pas être tamponné : présentez le document à la frontière.</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>{kind}: {start} – {end}</source>
        <translation>{kind} : {start} – {end}</translation>
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

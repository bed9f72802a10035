<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>TripDialog</name>
    <message>
        <source>Edit trip</source>
        <translation>Modifier le voyage</translation>
    </message>
    <message>
        <source>Add a trip</source>
        <translation>Ajouter un voyage</translation>
    </message>
    <message>
        <source>A name or a code, e.g. ES</source>
        <translation>Un nom ou un code, p. ex. ES</translation>
    </message>
    <message>
        <source>Optional, e.g. Holidays</source>
        <translation>Facultatif, par ex. Vacances</translation>
    </message>
    <message>
        <source>&amp;Travellers</source>
        <translation>&amp;Voyageurs</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>D&amp;eparture</source>
        <translation>D&amp;épart</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>The trip is also counted in the Travel log (Schengen 90/180) when the destination is in the Schengen area.</source>
        <translation>Le voyage est aussi compté dans le Journal de voyages (Schengen 90/180) quand la destination est dans l’espace Schengen.</translation>
    </message>
</context>
</TS>

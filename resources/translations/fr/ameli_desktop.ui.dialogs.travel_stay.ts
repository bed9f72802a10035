<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Add a person to the household first.</source>
        <translation>Ajoutez d’abord une personne au foyer.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Edit stay</source>
        <translation>Modifier le séjour</translation>
    </message>
    <message>
        <source>Add a stay</source>
        <translation>Ajouter un séjour</translation>
    </message>
    <message>
        <source>Still inside (no exit yet)</source>
        <translation>Encore sur place (pas encore de sortie)</translation>
    </message>
    <message>
        <source>e.g. Paris-CDG, Calais ferry</source>
        <translation>ex. Paris-CDG, ferry de Calais</translation>
    </message>
    <message>
        <source>Which passport: e.g. US, ends 1234</source>
        <translation>Quel passeport : ex. US, se termine par 1234</translation>
    </message>
    <message>
        <source>Recorded in the Entry/Exit System (EES)</source>
        <translation>Enregistré dans le système d’entrée/sortie (EES)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Entry (entrée)</source>
        <translation>&amp;Entrée</translation>
    </message>
    <message>
        <source>E&amp;xit (sortie)</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Entry p&amp;ort</source>
        <translation>P&amp;oint d’entrée</translation>
    </message>
    <message>
        <source>Exit po&amp;rt</source>
        <translation>Point de so&amp;rtie</translation>
    </message>
    <message>
        <source>Passport &amp;used</source>
        <translation>Passeport &amp;utilisé</translation>
    </message>
    <message>
        <source>Stamped at entry</source>
        <translation>Tamponné à l’entrée</translation>
    </message>
    <message>
        <source>Stamped at exit</source>
        <translation>Tamponné à la sortie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Evidence (boarding pass, photos of stamps):</source>
        <translation>Justificatifs (carte d’embarquement, photos des tampons) :</translation>
    </message>
    <message>
        <source>Save the stay first, then attach its evidence from the Travel log.</source>
        <translation>Enregistrez d’abord le séjour, puis joignez ses justificatifs depuis le journal de voyage.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>As you call them, e.g. Zoé Lebrun</source>
        <translation>Comme vous l&apos;appelez, p. ex. Zoé Lebrun</translation>
    </message>
    <message>
        <source>15 characters, e.g. 1 85 05 78 006 084 91 (optional)</source>
        <translation>15 caractères, p. ex. 1 85 05 78 006 084 91 (facultatif)</translation>
    </message>
    <message>
        <source>Numéro de sécurité sociale, on the carte Vitale. Stored on this computer only and shown masked.</source>
        <translation>Numéro de sécurité sociale, inscrit sur la carte Vitale. Conservé sur cet ordinateur uniquement et affiché masqué.</translation>
    </message>
    <message>
        <source>Holds an S1 form (cover paid by another country)</source>
        <translation>Titulaire d&apos;un formulaire S1 (couverture prise en charge par un autre pays)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de nai&amp;ssance</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>N&amp;IR</source>
        <translation>N&amp;IR</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <source>{other} is already in the household. Are {name} and {other} one person? Then merge them: everything of {name} moves onto {other} (a backup is taken first).</source>
        <translation>{other} fait déjà partie du foyer. {name} et {other} sont-ils une seule et même personne ? Alors fusionnez-les : tout ce qui concerne {name} passe à {other} (une sauvegarde est faite d’abord).</translation>
    </message>
    <message>
        <source>P&amp;assport (Schengen)</source>
        <translation>&amp;Passeport (Schengen)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Everyone whose health-insurance admin you keep here: you, a partner, children. Each person&apos;s NIR is optional and shown masked.</source>
        <translation>Toutes les personnes dont vous gérez ici l&apos;assurance maladie : vous, un conjoint, des enfants. Le NIR de chacun est facultatif et affiché masqué.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>The same person twice (an import&apos;s spelling)? Move everything onto the other</source>
        <translation>La même personne en double (l’orthographe d’un import) ? Tout transférer sur l’autre</translation>
    </message>
    <message>
        <source>Remove {name}? These records are theirs and will be removed with them:

{lines}

A backup is in File &gt; Restore backup if you change your mind.</source>
        <translation>Supprimer {name} ? Ces informations lui appartiennent et seront supprimées avec cette personne :

{lines}

Une sauvegarde est disponible dans Fichier &gt; Restaurer une sauvegarde si vous changez d&apos;avis.</translation>
    </message>
    <message>
        <source>Remove {name} from the household?</source>
        <translation>Retirer {name} du foyer ?</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Supprimer une personne</translation>
    </message>
</context>
</TS>

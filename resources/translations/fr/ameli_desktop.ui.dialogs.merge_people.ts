<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <source>Make two people one: everything of the first — reimbursement lines, claims, cards, trips, appointments, stays — moves onto the second, and the first is removed. For someone an import added twice, such as “CLAIRE MARTIN” beside Claire Whitfield.</source>
        <translation>Ne faire qu’une personne de deux : tout ce qui concerne la première — lignes de remboursement, démarches, cartes, voyages, rendez-vous, séjours — passe à la seconde, et la première est supprimée. Pour quelqu’un qu’un import a ajouté en double, comme « CLAIRE MARTIN » à côté de Claire Whitfield.</translation>
    </message>
    <message>
        <source>&amp;Move everything of:</source>
        <translation>&amp;Tout transférer de :</translation>
    </message>
    <message>
        <source>&amp;Onto:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>A backup is taken first. To undo the merge: “Undo this merge” below, or later File &gt; Restore backup… and the backup whose name ends in “before-merge”.</source>
        <translation>Une sauvegarde est faite d’abord. Pour annuler la fusion : « Annuler cette fusion » ci-dessous, ou plus tard Fichier &gt; Restaurer une sauvegarde… et la sauvegarde dont le nom finit par « before-merge ».</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>Fusio&amp;nner</translation>
    </message>
    <message>
        <source>&amp;Undo this merge</source>
        <translation>&amp;Annuler cette fusion</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the person to merge away, then the one to keep.</source>
        <translation>Choisissez la personne à fusionner, puis celle à garder.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>Would move onto {target}: {records}.</source>
        <translation>Passerait à {target} : {records}.</translation>
    </message>
    <message>
        <source>Moved onto {target}: {records}.</source>
        <translation>Passé à {target} : {records}.</translation>
    </message>
    <message>
        <source>{target} already has these, kept once: {records}.</source>
        <translation>{target} les a déjà, gardés une seule fois : {records}.</translation>
    </message>
    <message>
        <source>date of birth ({date})</source>
        <translation>date de naissance ({date})</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>passport (Schengen)</source>
        <translation>passeport (Schengen)</translation>
    </message>
    <message>
        <source>{target} takes {source}’s {what}.</source>
        <translation>{target} reprend de {source} : {what}.</translation>
    </message>
    <message>
        <source>From now on, “{source}” in a statement is {target}.</source>
        <translation>Désormais, « {source} » dans un relevé, c’est {target}.</translation>
    </message>
    <message>
        <source>Merged {source} into {target}.</source>
        <translation>{source} fusionné(e) avec {target}.</translation>
    </message>
    <message>
        <source>Backup taken before: {name}.</source>
        <translation>Sauvegarde faite avant : {name}.</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Annuler cette fusion</translation>
    </message>
    <message>
        <source>Put the data back as it was before the merge (backup {name})? Anything changed since the merge is lost; the current data is backed up first.</source>
        <translation>Remettre les données comme avant la fusion (sauvegarde {name}) ? Ce qui a changé depuis la fusion est perdu ; les données actuelles sont d’abord sauvegardées.</translation>
    </message>
    <message>
        <source>Merge undone: {source} is back, as before.</source>
        <translation>Fusion annulée : {source} est de retour, comme avant.</translation>
    </message>
    <message>
        <source>Merge undone: restored {name}.</source>
        <translation>Fusion annulée : {name} restaurée.</translation>
    </message>
</context>
</TS>

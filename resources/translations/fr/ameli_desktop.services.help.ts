<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>{child} is not confirmed on {parent}&apos;s rights yet</source>
        <translation>{child} n&apos;est pas encore confirmé(e) sur les droits de {parent}</translation>
    </message>
    <message>
        <source>Declared to the caisse on {declared}; expected by {expected}. Contact your CPAM.</source>
        <translation>Déclaré(e) à la caisse le {declared} ; attendu au plus tard le {expected}. Contactez votre CPAM.</translation>
    </message>
    <message>
        <source>Validate {person}&apos;s ameli account e-mail by {deadline}</source>
        <translation>Valider l&apos;e-mail du compte ameli de {person} avant le {deadline}</translation>
    </message>
    <message>
        <source>The link in the confirmation e-mail expires then.</source>
        <translation>Le lien de l&apos;e-mail de confirmation expire à cette date.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Choose the parent who declares the child.</source>
        <translation>Choisissez le parent qui déclare l&apos;enfant.</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household: use another name.</source>
        <translation>Une personne nommée « {name} » fait déjà partie du foyer : utilisez un autre nom.</translation>
    </message>
    <message>
        <source>There is no birth declaration with id {id}.</source>
        <translation>Il n&apos;y a pas de déclaration de naissance avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a personne avec l&apos;identifiant {id}.</translation>
    </message>
</context>
</TS>

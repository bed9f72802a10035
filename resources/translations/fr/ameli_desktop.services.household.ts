<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Someone called “{name}” is already in the household. If {old} and {name} are one person, merge them: Household &gt; Merge people… (people merge --from &quot;{old}&quot; --into &quot;{name}&quot; on the command line).</source>
        <translation>Une personne nommée « {name} » fait déjà partie du foyer. Si {old} et {name} sont une seule et même personne, fusionnez-les : Foyer &gt; Fusionner deux personnes… (people merge --from &quot;{old}&quot; --into &quot;{name}&quot; en ligne de commande).</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a personne avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>“{name}” could be {candidates}: give the full name.</source>
        <translation>« {name} » peut désigner {candidates} : donnez le nom complet.</translation>
    </message>
    <message>
        <source>Nobody called “{name}” in the household (known: {known}).</source>
        <translation>Personne ne s&apos;appelle « {name} » dans le foyer (connus : {known}).</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household: use another name.</source>
        <translation>Une personne nommée « {name} » fait déjà partie du foyer : utilisez un autre nom.</translation>
    </message>
</context>
</TS>

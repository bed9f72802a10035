<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BeneficiaryChoices</name>
    <message>
        <source>Who is this? (bénéficiaires)</source>
        <translation>Qui est-ce ? (bénéficiaires)</translation>
    </message>
    <message>
        <source>Who is {name}?</source>
        <translation>Qui est {name} ?</translation>
    </message>
    <message>
        <source>Who is this?…</source>
        <translation>Qui est-ce ?…</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>Une nouvelle personne</translation>
    </message>
    <message>
        <source>Leave these lines out</source>
        <translation>Laisser ces lignes de côté</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
    <message>
        <source>NIR {nir}</source>
        <translation>NIR {nir}</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>Not in the household: say who this is.</source>
        <translation>Pas dans le foyer : dites qui c’est.</translation>
    </message>
    <message>
        <source>As you said before: not imported.</source>
        <translation>Comme vous l’avez dit : non importées.</translation>
    </message>
    <message>
        <source>These lines are not imported.</source>
        <translation>Ces lignes ne sont pas importées.</translation>
    </message>
    <message>
        <source>Someone in the household has this name: choose them instead.</source>
        <translation>Quelqu’un du foyer porte ce nom : choisissez cette personne.</translation>
    </message>
    <message>
        <source>Added to the household as “{name}”.</source>
        <translation>Ajouté(e) au foyer sous le nom « {name} ».</translation>
    </message>
    <message>
        <source>As you said before.</source>
        <translation>Comme vous l’avez dit.</translation>
    </message>
    <message>
        <source>Found by NIR.</source>
        <translation>Trouvé(e) par le NIR.</translation>
    </message>
    <message>
        <source>Found by date of birth.</source>
        <translation>Trouvé(e) par la date de naissance.</translation>
    </message>
    <message>
        <source>Found by name.</source>
        <translation>Trouvé(e) par le nom.</translation>
    </message>
    <message>
        <source>Your choice: kept for the next imports.</source>
        <translation>Votre choix : retenu pour les prochains imports.</translation>
    </message>
</context>
</TS>

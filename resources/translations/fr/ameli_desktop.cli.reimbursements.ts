<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Give either --year or --from/--to, not both.</source>
        <translation>Indiquez soit --year, soit --from/--to, pas les deux.</translation>
    </message>
    <message>
        <source>--as “{value}” says nobody: write it NAME IN FILE=Member (=+ for a new member, = alone to leave those lines out).</source>
        <translation>--as « {value} » ne désigne personne : écrivez NOM DANS LE FICHIER=Membre (=+ pour un nouveau membre, = seul pour laisser ces lignes de côté).</translation>
    </message>
    <message>
        <source>{file} names no beneficiary “{name}” (it names: {names}).</source>
        <translation>{file} ne nomme aucun bénéficiaire « {name} » (il nomme : {names}).</translation>
    </message>
</context>
</TS>

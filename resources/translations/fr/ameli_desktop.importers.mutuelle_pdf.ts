<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” gives no date or amount for the transfer.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne donne pas la date ou le montant du virement.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: the transfer of {date} is {amount}, but the acts above it add up to {acts}.</source>
        <translation>« {file} », page {page}, ligne {line} : le virement du {date} est de {amount}, mais les actes au-dessus font {acts}.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read as an act (date of care, nature, then five amounts: paid, Assurance Maladie, ticket modérateur, excess, the mutuelle&apos;s total).</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue comme un acte (date des soins, nature, puis cinq montants : frais engagés, Assurance Maladie, ticket modérateur, dépassements, total mutuelle).</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” has no “NAME / NIR” line above it to say whose care it is.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » n’a pas de ligne « NOM / NIR » au-dessus pour dire de qui sont ces soins.</translation>
    </message>
    <message>
        <source>“{file}”: the last acts are followed by no “Somme virée … le …” line: the file is incomplete.</source>
        <translation>« {file} » : les derniers actes ne sont suivis d’aucune ligne « Somme virée … le … » : le fichier est incomplet.</translation>
    </message>
    <message>
        <source>“{file}” is a PDF but not a mutuelle statement that can be read: it has no “Somme virée … le …” line.</source>
        <translation>« {file} » est un PDF mais pas un relevé de mutuelle lisible : il n’a aucune ligne « Somme virée … le … ».</translation>
    </message>
    <message>
        <source>“{file}”: the statement&apos;s total is {total}, but its transfers add up to {transfers}.</source>
        <translation>« {file} » : le total du relevé est de {total}, mais ses virements font {transfers}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Profile “{name}”: “{value}” is not a valid {option}.</source>
        <translation>Profil « {name} » : « {value} » n&apos;est pas une valeur valide pour {option}.</translation>
    </message>
    <message>
        <source>Profile “{name}”: a file without a header names columns by position (#1, #2…), not “{column}”.</source>
        <translation>Profil « {name} » : un fichier sans en-tête désigne les colonnes par leur position (#1, #2…), pas « {column} ».</translation>
    </message>
    <message>
        <source>Profile “{name}” has no column for {missing}.</source>
        <translation>Le profil « {name} » n&apos;a pas de colonne pour {missing}.</translation>
    </message>
    <message>
        <source>The file has no column “{column}” (profile “{name}”).</source>
        <translation>Le fichier n&apos;a pas de colonne « {column} » (profil « {name} »).</translation>
    </message>
    <message>
        <source>The file has no column {column} (profile “{name}”).</source>
        <translation>Le fichier n&apos;a pas de colonne {column} (profil « {name} »).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{file}: “{key}” must be {expected}.</source>
        <translation>{file} : « {key} » doit être {expected}.</translation>
    </message>
    <message>
        <source>{file}: the fact “{key}” is missing.</source>
        <translation>{file} : la donnée « {key} » manque.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {detail}.</source>
        <translation>{file} n&apos;est pas un fichier TOML valide : {detail}.</translation>
    </message>
    <message>
        <source>Cannot read the facts file {file}: {detail}.</source>
        <translation>Impossible de lire le fichier de règles {file} : {detail}.</translation>
    </message>
</context>
</TS>

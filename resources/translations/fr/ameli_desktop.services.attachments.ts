<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{file} is not a file that can be attached.</source>
        <translation>{file} n&apos;est pas un fichier qui peut être joint.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB: attach a smaller scan or photo.</source>
        <translation>{file} dépasse {limit} Mo : joignez un scan ou une photo plus léger.</translation>
    </message>
    <message>
        <source>There is no attachment with id {id}.</source>
        <translation>Il n&apos;y a pas de pièce jointe numéro {id}.</translation>
    </message>
</context>
</TS>

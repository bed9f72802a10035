<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The attached file {name} is not in the attachments folder {folder}; it was not opened.</source>
        <translation>Le fichier joint {name} n&apos;est pas dans le dossier des pièces jointes {folder} ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>{file} is not a file that can be attached.</source>
        <translation>{file} n&apos;est pas un fichier qui peut être joint.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB: attach a smaller scan or photo.</source>
        <translation>{file} dépasse {limit} Mo : joignez un scan ou une photo plus léger.</translation>
    </message>
    <message>
        <source>{file} could not be attached: {detail}.</source>
        <translation>Impossible de joindre {file} : {detail}.</translation>
    </message>
    <message>
        <source>There is no attachment with id {id}.</source>
        <translation>Il n&apos;y a pas de pièce jointe numéro {id}.</translation>
    </message>
</context>
</TS>

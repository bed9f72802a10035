<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>There is no import profile “{name}” (known: {known}).</source>
        <translation>Il n&apos;y a pas de profil d&apos;import « {name} » (connus : {known}).</translation>
    </message>
    <message>
        <source>“{name}” is a built-in profile: choose another name.</source>
        <translation>« {name} » est un profil intégré : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>That is too many insurer names to keep.</source>
        <translation>Cela fait trop de noms d&apos;assureurs à garder.</translation>
    </message>
    <message>
        <source>There is no saved import profile “{name}”.</source>
        <translation>Il n&apos;y a pas de profil d&apos;import enregistré « {name} ».</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Le fichier {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}.</source>
        <translation>Impossible de lire {file} : {detail}.</translation>
    </message>
    <message>
        <source>There is no import with id {id}.</source>
        <translation>Il n&apos;y a pas d&apos;import d&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>Say who {names} is in “Who is this?”: a household member, a new person, or leave these lines out.</source>
        <translation>Dites qui est {names} dans « Qui est-ce ? » : un membre du foyer, une nouvelle personne, ou laisser ces lignes de côté.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne d&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>{count} lines of this file name no beneficiary: choose the person they are for (--person NAME on the command line).</source>
        <translation>{count} lignes de ce fichier n&apos;indiquent pas de bénéficiaire : choisissez la personne concernée (--person NOM en ligne de commande).</translation>
    </message>
    <message>
        <source>The lines of {file} could not be written ({detail}); nothing was imported.</source>
        <translation>Les lignes de {file} n’ont pas pu être enregistrées ({detail}) ; rien n’a été importé.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>An unofficial organiser for your household&apos;s French health-insurance admin. It is not made by, nor connected to, the Assurance Maladie: it never logs in to ameli.fr and nothing leaves this computer.</source>
        <translation>Un organiseur non officiel des démarches d&apos;assurance maladie de votre foyer. Il n&apos;est ni conçu par l&apos;Assurance Maladie, ni relié à elle : il ne se connecte jamais à ameli.fr et rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier des données : {path}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
</TS>

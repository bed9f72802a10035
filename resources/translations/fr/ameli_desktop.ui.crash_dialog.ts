<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Ameli Desktop hit an unexpected error. Your data is safe: the operation in progress was not saved, and the app keeps running. The report below has no passwords or identifiers; copy it if you want to report the problem.</source>
        <translation>Ameli Desktop a rencontré une erreur inattendue. Vos données sont intactes : l&apos;opération en cours n&apos;a pas été enregistrée et l&apos;application continue de fonctionner. Le rapport ci-dessous ne contient ni mot de passe ni identifiant ; copiez-le si vous souhaitez signaler le problème.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Add to the applications menu</source>
        <translation>Ajouter au menu des applications</translation>
    </message>
    <message>
        <source>The applications menu entry could not be written: {reason}</source>
        <translation>L’entrée du menu des applications n’a pas pu être écrite : {reason}</translation>
    </message>
    <message>
        <source>Ameli Desktop is in your applications menu ({file}).</source>
        <translation>Ameli Desktop est dans votre menu des applications ({file}).</translation>
    </message>
    <message>
        <source>Applications menu</source>
        <translation>Menu des applications</translation>
    </message>
    <message>
        <source>Add Ameli Desktop to your applications menu, so that it starts like your other applications? It is added for you only. You can also do it later with File &gt; Add to the applications menu.</source>
        <translation>Ajouter Ameli Desktop à votre menu des applications, pour le lancer comme vos autres applications ? Il n’est ajouté que pour vous. Vous pourrez aussi le faire plus tard avec Fichier &gt; Ajouter au menu des applications.</translation>
    </message>
    <message>
        <source>Add to the applications &amp;menu</source>
        <translation>Ajouter au &amp;menu des applications</translation>
    </message>
    <message>
        <source>A menu entry and icon that start this installed copy of the app</source>
        <translation>Une entrée de menu et une icône qui lancent cette copie installée de l’application</translation>
    </message>
</context>
</TS>

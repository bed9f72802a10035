<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>CPAM appointment on {when}: {category}</source>
        <translation>Rendez-vous CPAM le {when} : {category}</translation>
    </message>
    <message>
        <source>{person}. Reason: {reason}. Bring: {documents}.</source>
        <translation>{person}. Motif : {reason}. À apporter : {documents}.</translation>
    </message>
    <message>
        <source>What happened at the appointment of {when}?</source>
        <translation>Que s&apos;est-il passé au rendez-vous du {when} ?</translation>
    </message>
    <message>
        <source>{person}: record whether it was done, cancelled or missed.</source>
        <translation>{person} : indiquez s&apos;il a eu lieu, a été annulé ou manqué.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no appointment with id {id}.</source>
        <translation>Il n&apos;y a pas de rendez-vous avec l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>Choose who the appointment is for.</source>
        <translation>Choisissez la personne concernée par le rendez-vous.</translation>
    </message>
    <message>
        <source>Choose what happened: done, cancelled or missed.</source>
        <translation>Choisissez ce qui s&apos;est passé : fait, annulé ou manqué.</translation>
    </message>
    <message>
        <source>There is no appointment to export yet.</source>
        <translation>Il n&apos;y a encore aucun rendez-vous à exporter.</translation>
    </message>
    <message>
        <source>There is no upcoming appointment to print: choose one in the table, or add one first.</source>
        <translation>Il n&apos;y a aucun rendez-vous à venir à imprimer : choisissez-en un dans le tableau, ou ajoutez-en un d&apos;abord.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppointmentsModel</name>
    <message>
        <source>When (Paris time)</source>
        <translation>Quand (heure de Paris)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>{status}: outcome?</source>
        <translation>{status} : issue ?</translation>
    </message>
    <message>
        <source>This appointment is over: record whether it was done, cancelled or missed.</source>
        <translation>Ce rendez-vous est passé : indiquez s&apos;il a eu lieu, a été annulé ou manqué.</translation>
    </message>
</context>
</TS>

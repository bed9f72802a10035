<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppointmentCalendar</name>
    <message>
        <source>CPAM appointments</source>
        <translation>Rendez-vous CPAM</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Téléphone : {number}</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Personne : {name}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Catégorie : {category}</translation>
    </message>
    <message>
        <source>How: {how}</source>
        <translation>Comment : {how}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation>Documents à apporter :</translation>
    </message>
    <message>
        <source>A CPAM appointment is not a medical consultation.</source>
        <translation>Un rendez-vous à la CPAM n’est pas une consultation médicale.</translation>
    </message>
    <message>
        <source>CPAM appointment: {category} ({name})</source>
        <translation>Rendez-vous CPAM : {category} ({name})</translation>
    </message>
</context>
</TS>

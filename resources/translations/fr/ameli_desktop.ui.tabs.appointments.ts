<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>CPAM appointments (rendez-vous)</source>
        <translation>Rendez-vous avec la CPAM</translation>
    </message>
    <message>
        <source>Here you will keep your appointments with CPAM advisors, with the reason and the documents to bring, and export them to your calendar. Start by adding the people in your household.</source>
        <translation>Ici, vous noterez vos rendez-vous avec les conseillers de la CPAM, avec leur motif et les documents à apporter, et les exporterez vers votre agenda. Commencez par ajouter les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

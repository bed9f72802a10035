<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Ameli Desktop: appointment reminders</source>
        <translation>Ameli Desktop : rappels de rendez-vous</translation>
    </message>
    <message>
        <source>CPAM appointment tomorrow</source>
        <translation>Rendez-vous CPAM demain</translation>
    </message>
    <message>
        <source>CPAM appointment in an hour</source>
        <translation>Rendez-vous CPAM dans une heure</translation>
    </message>
    <message>
        <source>{when} — {person}: {category}
{place}
Reason: {reason}</source>
        <translation>{when} — {person} : {category}
{place}
Motif : {reason}</translation>
    </message>
</context>
</TS>

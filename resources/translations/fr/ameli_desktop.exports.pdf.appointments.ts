<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppointmentSheet</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>{weekday} {day}, {start}-{end} (Paris time)</source>
        <translation>{weekday} {day}, {start}-{end} (heure de Paris)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
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
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason (what the advisor prepares)</source>
        <translation>Motif (ce que le conseiller prépare)</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <source>No documents listed.</source>
        <translation>Aucun document indiqué.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes during the appointment</source>
        <translation>Notes pendant le rendez-vous</translation>
    </message>
    <message>
        <source>A CPAM appointment is not a medical consultation: the advisor deals with your file, your rights and payments.</source>
        <translation>Un rendez-vous à la CPAM n’est pas une consultation médicale : le conseiller traite votre dossier, vos droits et vos paiements.</translation>
    </message>
    <message>
        <source>CPAM appointment sheet</source>
        <translation>Fiche de rendez-vous CPAM</translation>
    </message>
    <message>
        <source>CPAM appointment sheets ({count})</source>
        <translation>Fiches de rendez-vous CPAM ({count})</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
</context>
</TS>

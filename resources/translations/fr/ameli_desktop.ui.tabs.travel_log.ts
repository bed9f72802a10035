<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>TravelLogTab</name>
    <message>
        <source>Travel log</source>
        <translation>Carnet de voyage</translation>
    </message>
    <message>
        <source>Schengen days (90/180)</source>
        <translation>Jours Schengen (90/180)</translation>
    </message>
    <message>
        <source>Here you will record entries into and exits from the Schengen area and see, for each person, the days used in the last 180 and until when they may stay. Start by adding the people in your household.</source>
        <translation>Ici, vous noterez les entrées et sorties de l&apos;espace Schengen et verrez, pour chaque personne, les jours utilisés sur les 180 derniers et jusqu&apos;à quand elle peut rester. Commencez par ajouter les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <source>What needs doing next</source>
        <translation>Ce qu&apos;il reste à faire</translation>
    </message>
    <message>
        <source>&amp;Open the selected line</source>
        <translation>&amp;Ouvrir la ligne choisie</translation>
    </message>
    <message>
        <source>Double-click a line, or press Enter, to open it.</source>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>The Overview gathers what needs doing across the app: a CEAM expiring before a trip, a carte Vitale order running late, this week&apos;s appointments, claims past their expected date and Schengen days left. Start by adding the people in your household.</source>
        <translation>La vue d&apos;ensemble rassemble ce qui reste à faire : une CEAM qui expire avant un voyage, une commande de carte Vitale en retard, les rendez-vous de la semaine, les démarches en attente au-delà de la date prévue et les jours Schengen restants. Commencez par ajouter les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
    <message>
        <source>Nothing needs doing: every card, trip and claim is in order.</source>
        <translation>Rien à faire : cartes, voyages et démarches sont en ordre.</translation>
    </message>
    <message>
        <source>To do now or soon: {count}.</source>
        <translation>À faire maintenant ou bientôt : {count}.</translation>
    </message>
    <message>
        <source>Nothing is urgent; below, what is worth knowing.</source>
        <translation>Rien d&apos;urgent ; ci-dessous, ce qu&apos;il est utile de savoir.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CeamTab</name>
    <message>
        <source>CEAM</source>
        <translation>CEAM</translation>
    </message>
    <message>
        <source>European health insurance cards (CEAM)</source>
        <translation>Cartes européennes d&apos;assurance maladie (CEAM)</translation>
    </message>
    <message>
        <source>Here you will check that every traveller&apos;s CEAM (EHIC) covers each trip, see expiry warnings and print a provisional-certificate reminder before leaving. Start by adding the people in your household.</source>
        <translation>Ici, vous vérifierez que la CEAM de chaque voyageur couvre chaque voyage, verrez les alertes d&apos;expiration et imprimerez un aide-mémoire pour le certificat provisoire avant de partir. Commencez par ajouter les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

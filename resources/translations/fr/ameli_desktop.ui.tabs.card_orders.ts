<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CardOrdersTab</name>
    <message>
        <source>Card orders</source>
        <translation>Cartes Vitale</translation>
    </message>
    <message>
        <source>Carte Vitale for each person</source>
        <translation>La carte Vitale de chaque personne</translation>
    </message>
    <message>
        <source>Here you will follow each person&apos;s carte Vitale: its status, declaring a loss or theft, and each order until the new card arrives. Start by adding the people in your household.</source>
        <translation>Ici, vous suivrez la carte Vitale de chaque personne : son état, la déclaration d&apos;une perte ou d&apos;un vol, et chaque commande jusqu&apos;à l&apos;arrivée de la nouvelle carte. Commencez par ajouter les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

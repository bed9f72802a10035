<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CardOrdersTab</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cartes Vitale</source>
        <translation>Cartes Vitale</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Serial number (optional)</source>
        <translation>Numéro de série (facultatif)</translation>
    </message>
    <message>
        <source>Save serial</source>
        <translation>Enregistrer le numéro</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>No&amp;uvelle commande…</translation>
    </message>
    <message>
        <source>Ne&amp;xt step…</source>
        <translation>Étape &amp;suivante…</translation>
    </message>
    <message>
        <source>Remove order…</source>
        <translation>Supprimer la commande…</translation>
    </message>
    <message>
        <source>History of the selected order</source>
        <translation>Historique de la commande sélectionnée</translation>
    </message>
    <message>
        <source>Documents (photo, ID scan, attestation de droits)</source>
        <translation>Documents (photo, pièce d’identité, attestation de droits)</translation>
    </message>
    <message>
        <source>vitale-cards</source>
        <translation>cartes-vitale</translation>
    </message>
    <message>
        <source>carte-vitale-orders</source>
        <translation>commandes-carte-vitale</translation>
    </message>
    <message>
        <source>Lost, stolen or &amp;broken…</source>
        <translation>&amp;Perdue, volée ou cassée…</translation>
    </message>
    <message>
        <source>What the order needs</source>
        <translation>Ce qu&apos;il faut pour la commande</translation>
    </message>
    <message>
        <source>Export the cards as CSV…</source>
        <translation>Exporter les cartes en CSV…</translation>
    </message>
    <message>
        <source>Export the orders as CSV…</source>
        <translation>Exporter les commandes en CSV…</translation>
    </message>
    <message>
        <source>&amp;Card orders</source>
        <translation>&amp;Cartes Vitale</translation>
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
    <message>
        <source>Select a person</source>
        <translation>Sélectionnez une personne</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
    <message>
        <source>Expected around {date}</source>
        <translation>Attendue vers le {date}</translation>
    </message>
    <message>
        <source>overdue by {days}</source>
        <translation>en retard de {days}</translation>
    </message>
    <message>
        <source>Remove order</source>
        <translation>Supprimer la commande</translation>
    </message>
    <message>
        <source>Remove order {id} (requested on {date}), its history and its attached documents?</source>
        <translation>Supprimer la commande {id} (demandée le {date}), son historique et ses documents joints ?</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message>
        <source>No card recorded</source>
        <translation>Aucune carte enregistrée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Lost (blocked)</source>
        <translation>Perdue (bloquée)</translation>
    </message>
    <message>
        <source>Stolen (blocked)</source>
        <translation>Volée (bloquée)</translation>
    </message>
    <message>
        <source>Broken (blocked)</source>
        <translation>Cassée (bloquée)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Pièces envoyées</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>En fabrication</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Par courrier</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendue le</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retard</translation>
    </message>
</context>
<context>
    <name>VitaleCardsModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Carte Vitale</source>
        <translation>Carte Vitale</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendue le</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Overdue by {days}</source>
        <translation>En retard de {days}</translation>
    </message>
    <message>
        <source>Blocked: order a new card</source>
        <translation>Bloquée : commander une nouvelle carte</translation>
    </message>
    <message>
        <source>Own card on request from {date}</source>
        <translation>Sa propre carte sur demande dès le {date}</translation>
    </message>
    <message>
        <source>May request own card; automatic on {date}</source>
        <translation>Peut demander sa carte ; envoi automatique le {date}</translation>
    </message>
</context>
</TS>

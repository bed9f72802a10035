<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AdvanceOrderDialog</name>
    <message>
        <source>Order {id}: next step</source>
        <translation>Commande {id} : étape suivante</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
</context>
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <source>Declare {name}&apos;s carte Vitale lost, stolen or broken</source>
        <translation>Déclarer la carte Vitale de {name} perdue, volée ou cassée</translation>
    </message>
    <message>
        <source>Declare it on your ameli account (or by calling 3646) first: the card is blocked at once and cannot be used again, even if it is found.</source>
        <translation>Déclarez-la d’abord sur votre compte ameli (ou au 3646) : la carte est bloquée aussitôt et ne pourra plus être utilisée, même retrouvée.</translation>
    </message>
    <message>
        <source>A new card was ordered at the same time</source>
        <translation>Une nouvelle carte a été commandée en même temps</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Ce qui s’est passé</translation>
    </message>
    <message>
        <source>&amp;Blocked on</source>
        <translation>&amp;Bloquée le</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandée</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order a carte Vitale for {name}</source>
        <translation>Commander une carte Vitale pour {name}</translation>
    </message>
    <message>
        <source>What the order needs (ticks are kept with the order)</source>
        <translation>Ce qu&apos;il faut pour la commande (les coches sont gardées avec elle)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Requested on</source>
        <translation>&amp;Demandée le</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <source>Expected around</source>
        <translation>Attendue vers le</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>The card was blocked on {blocked}: ordering may only be possible from {date}.</source>
        <translation>La carte a été bloquée le {blocked} : la commande ne sera peut-être possible qu’à partir du {date}.</translation>
    </message>
</context>
</TS>

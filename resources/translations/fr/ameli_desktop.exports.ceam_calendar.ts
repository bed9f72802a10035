<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CeamCalendar</name>
    <message>
        <source>Ameli Desktop: CEAM</source>
        <translation>Ameli Desktop : CEAM</translation>
    </message>
    <message>
        <source>CEAM of {name} expires</source>
        <translation>Fin de validité de la CEAM de {name}</translation>
    </message>
    <message>
        <source>Last day of validity of {name}&apos;s European health insurance card (CEAM). Order a new one on ameli.fr (Mes démarches) at least {lead} days before a trip.</source>
        <translation>Dernier jour de validité de la carte européenne d’assurance maladie (CEAM) de {name}. Commandez-en une nouvelle sur ameli.fr (Mes démarches) au moins {lead} jours avant un voyage.</translation>
    </message>
    <message>
        <source>trip to {country} on {departure}</source>
        <translation>voyage : {country}, départ le {departure}</translation>
    </message>
    <message>
        <source>Order a CEAM for {name} ({trip})</source>
        <translation>Commander une CEAM pour {name} ({trip})</translation>
    </message>
    <message>
        <source>Download a provisional CEAM certificate for {name} ({trip})</source>
        <translation>Télécharger un certificat provisoire de remplacement de la CEAM pour {name} ({trip})</translation>
    </message>
</context>
</TS>

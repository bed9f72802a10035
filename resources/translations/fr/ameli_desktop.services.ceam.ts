<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>{name}&apos;s CEAM expires on {date}</source>
        <translation>La CEAM de {name} expire le {date}</translation>
    </message>
    <message>
        <source>1 day left. Order a new card on ameli.fr (Mes démarches).</source>
        <translation>Encore 1 jour. Commandez une nouvelle carte sur ameli.fr (Mes démarches).</translation>
    </message>
    <message>
        <source>{days} days left. Order a new card on ameli.fr (Mes démarches).</source>
        <translation>Encore {days} jours. Commandez une nouvelle carte sur ameli.fr (Mes démarches).</translation>
    </message>
    <message>
        <source>{name} is not covered for the trip to {country} on {depart}</source>
        <translation>{name} n’est pas couvert(e) pour le voyage ({country}) du {depart}</translation>
    </message>
    <message>
        <source>Order a new CEAM on ameli.fr by {deadline}.</source>
        <translation>Commandez une nouvelle CEAM sur ameli.fr d’ici le {deadline}.</translation>
    </message>
    <message>
        <source>Too late to order a card: get the certificate on ameli.fr on {deadline}; it ends on {until}, before the return: order a new CEAM now as well.</source>
        <translation>Trop tard pour commander une carte : obtenez le certificat sur ameli.fr le {deadline} ; il prend fin le {until}, avant le retour : commandez aussi une nouvelle CEAM dès maintenant.</translation>
    </message>
    <message>
        <source>Too late to order a card: get the certificate on ameli.fr between {from} and {deadline}, not earlier, so that it lasts until the return.</source>
        <translation>Trop tard pour commander une carte : obtenez le certificat sur ameli.fr entre le {from} et le {deadline}, pas avant, pour qu’il soit valable jusqu’au retour.</translation>
    </message>
    <message>
        <source>Download a provisional CEAM certificate for {name} (trip to {country})</source>
        <translation>Téléchargez un certificat provisoire de CEAM pour {name} (voyage : {country})</translation>
    </message>
    <message>
        <source>Too late to order a card: get the certificate on ameli.fr by {deadline}.</source>
        <translation>Trop tard pour commander une carte : obtenez le certificat sur ameli.fr d’ici le {deadline}.</translation>
    </message>
    <message>
        <source>{name} (S1) needs a card from the S1 country for {country}</source>
        <translation>{name} (S1) a besoin d’une carte du pays du S1 pour ce voyage : {country}</translation>
    </message>
    <message>
        <source>Ask the S1 country&apos;s insurer before leaving on {depart}.</source>
        <translation>Demandez-la à l’assurance maladie du pays du S1 avant le départ du {depart}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The number is longer than {limit} characters.</source>
        <translation>Le numéro dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne numéro {id}.</translation>
    </message>
    <message>
        <source>A provisional certificate starts the day it is downloaded: {start} is in the future.</source>
        <translation>Un certificat provisoire commence le jour où il est téléchargé : {start} est dans le futur.</translation>
    </message>
    <message>
        <source>There is no provisional certificate with id {id}.</source>
        <translation>Aucun certificat provisoire n’a l’identifiant {id}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CeamReminder</name>
    <message>
        <source>Covered</source>
        <translation>Couvert(e)</translation>
    </message>
    <message>
        <source>Expires during the trip</source>
        <translation>Expire pendant le voyage</translation>
    </message>
    <message>
        <source>No valid card</source>
        <translation>Pas de carte valable</translation>
    </message>
    <message>
        <source>S1 holder: no French CEAM</source>
        <translation>Titulaire d’un S1 : pas de CEAM française</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Avant le</translation>
    </message>
    <message>
        <source>CEAM or certificate number</source>
        <translation>Numéro de CEAM ou de certificat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>{status} (until {date})</source>
        <translation>{status} (jusqu’au {date})</translation>
    </message>
    <message>
        <source>{status} (last day {date})</source>
        <translation>{status} (dernier jour : {date})</translation>
    </message>
    <message>
        <source>Trip {id}: {purpose} · situation on {date}</source>
        <translation>Voyage {id} : {purpose} · situation au {date}</translation>
    </message>
    <message>
        <source>Trip {id} · situation on {date}</source>
        <translation>Voyage {id} · situation au {date}</translation>
    </message>
    <message>
        <source>Log in to the traveller&apos;s ameli account on ameli.fr (for a child: the parent&apos;s account).</source>
        <translation>Connectez-vous au compte ameli du voyageur sur ameli.fr (pour un enfant : le compte du parent).</translation>
    </message>
    <message>
        <source>Open “Mes démarches” and choose the carte européenne d&apos;assurance maladie (CEAM).</source>
        <translation>Ouvrez « Mes démarches » et choisissez la carte européenne d’assurance maladie (CEAM).</translation>
    </message>
    <message>
        <source>If the departure is less than {lead} days away, download the certificat provisoire de remplacement (provisional replacement certificate): it is valid {months} months from the day it is issued and is accepted like the card.</source>
        <translation>Si le départ a lieu dans moins de {lead} jours, téléchargez le certificat provisoire de remplacement : il est valable {months} mois à partir du jour où il est délivré et il est accepté comme la carte.</translation>
    </message>
    <message>
        <source>Print it (one per traveller) and keep it with your passport; write its number below.</source>
        <translation>Imprimez-le (un par voyageur) et gardez-le avec votre passeport ; notez son numéro ci-dessous.</translation>
    </message>
    <message>
        <source>From abroad, the Assurance Maladie answers on {phone}.</source>
        <translation>Depuis l’étranger, l’Assurance Maladie répond au {phone}.</translation>
    </message>
    <message>
        <source>CEAM reminder: {country}, {departure} to {back}</source>
        <translation>Mémo CEAM : {country}, du {departure} au {back}</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Voyageurs</translation>
    </message>
    <message>
        <source>How to get a provisional certificate on ameli.fr</source>
        <translation>Obtenir un certificat provisoire sur ameli.fr</translation>
    </message>
    <message>
        <source>Where the CEAM is accepted</source>
        <translation>Où la CEAM est acceptée</translation>
    </message>
    <message>
        <source>Public health care during a temporary stay in: {countries}. Not used in France (use the carte Vitale) nor outside these countries (travel insurance).</source>
        <translation>Soins du secteur public lors d’un séjour temporaire dans ces pays : {countries}. Elle ne sert ni en France (utilisez la carte Vitale) ni hors de ces pays (assurance voyage).</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Call {number}: the free emergency number in every EU country.</source>
        <translation>Appelez le {number} : le numéro d’urgence gratuit dans tous les pays de l’UE.</translation>
    </message>
    <message>
        <source>Certificate numbers (fill in)</source>
        <translation>Numéros des certificats (à remplir)</translation>
    </message>
    <message>
        <source>Unofficial document made by Ameli Desktop from the dates you entered; the rules come from service-public.fr (A17457, F34441). Check ameli.fr before you leave.</source>
        <translation>Document non officiel créé par Ameli Desktop à partir des dates que vous avez saisies ; les règles viennent de service-public.fr (A17457, F34441). Vérifiez sur ameli.fr avant de partir.</translation>
    </message>
    <message>
        <source>CEAM reminder, trip {id}</source>
        <translation>Mémo CEAM, voyage {id}</translation>
    </message>
</context>
</TS>

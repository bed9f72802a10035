<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CoverageModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Provisional certificate</source>
        <translation>Certificat provisoire</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>No card recorded</source>
        <translation>Aucune carte enregistrée</translation>
    </message>
    <message>
        <source>S1: card from the S1 country</source>
        <translation>S1 : carte du pays du S1</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Terminée le {date}</translation>
    </message>
    <message>
        <source>Covered by a provisional certificate</source>
        <translation>Couvert(e) par un certificat provisoire</translation>
    </message>
</context>
<context>
    <name>TripCheckModel</name>
    <message>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <source>S1 holder</source>
        <translation>Titulaire d’un S1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Voyageurs</translation>
    </message>
    <message>
        <source>CEAM</source>
        <translation>CEAM</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Everyone covered</source>
        <translation>Tout le monde est couvert</translation>
    </message>
    <message>
        <source>Not covered every day</source>
        <translation>Pas couvert tous les jours</translation>
    </message>
    <message>
        <source>Someone has no valid card</source>
        <translation>Quelqu’un n’a pas de carte valable</translation>
    </message>
    <message>
        <source>S1: ask the S1 country</source>
        <translation>S1 : demander au pays du S1</translation>
    </message>
    <message>
        <source>No CEAM needed</source>
        <translation>CEAM inutile</translation>
    </message>
</context>
</TS>

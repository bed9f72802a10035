<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Ceam</name>
    <message>
        <source>{situation} {todo}</source>
        <translation>{situation} {todo}</translation>
    </message>
    <message>
        <source>No CEAM is needed in France: the carte Vitale is used there.</source>
        <translation>Pas besoin de CEAM en France : on y utilise la carte Vitale.</translation>
    </message>
    <message>
        <source>The CEAM is not used in {country} (outside the EU/EEA, Switzerland and the UK): check your travel insurance or your complementary insurer&apos;s assistance cover instead.</source>
        <translation>La CEAM ne sert pas dans ce pays : {country} (hors UE/EEE, Suisse et Royaume-Uni) : vérifiez plutôt votre assurance voyage ou l’assistance de votre complémentaire santé.</translation>
    </message>
    <message>
        <source>S1 holder: no French CEAM. Ask the health insurer in {s1_country}, the country that issued your S1, for a European card before leaving on {departure}.</source>
        <translation>Titulaire d’un S1 : pas de CEAM française. Demandez une carte européenne à l’assurance maladie du pays qui a délivré votre S1 ({s1_country}) avant le départ du {departure}.</translation>
    </message>
    <message>
        <source>S1 holder: no French CEAM. Ask the health insurer of the country that issued your S1 for a European card before leaving on {departure}.</source>
        <translation>Titulaire d’un S1 : pas de CEAM française. Demandez une carte européenne à l’assurance maladie du pays qui a délivré votre S1 avant le départ du {departure}.</translation>
    </message>
    <message>
        <source>Covered for the whole trip: the CEAM is valid until {expires}. Take it with you.</source>
        <translation>Couvert(e) pendant tout le voyage : la CEAM est valable jusqu’au {expires}. Emportez-la.</translation>
    </message>
    <message>
        <source>Covered for the whole trip, partly or wholly by a provisional certificate (cover until {until}). Take the certificate with you.</source>
        <translation>Couvert(e) pendant tout le voyage, en partie ou entièrement par un certificat provisoire (couverture jusqu’au {until}). Emportez le certificat.</translation>
    </message>
    <message>
        <source>The CEAM expires on {last_day}, during the trip.</source>
        <translation>La CEAM expire le {last_day}, pendant le voyage.</translation>
    </message>
    <message>
        <source>The provisional certificate ends on {last_day}, during the trip.</source>
        <translation>Le certificat provisoire prend fin le {last_day}, pendant le voyage.</translation>
    </message>
    <message>
        <source>The trip is over.</source>
        <translation>Le voyage est terminé.</translation>
    </message>
    <message>
        <source>Order a new CEAM on ameli.fr (Mes démarches) by {order_by}, {lead_days} days before leaving, so that it arrives in time.</source>
        <translation>Commandez une nouvelle CEAM sur ameli.fr (Mes démarches) d’ici le {order_by}, {lead_days} jours avant le départ, pour la recevoir à temps.</translation>
    </message>
    <message>
        <source>Too late to order a card (the order-by date was {order_by}): download a provisional certificate (valid {months} months) on ameli.fr, Mes démarches, on {download_by}. Valid until {valid_until}, it covers the whole trip.</source>
        <translation>Trop tard pour commander une carte (il fallait la commander avant le {order_by}) : téléchargez un certificat provisoire de remplacement (valable {months} mois) sur ameli.fr, Mes démarches, le {download_by}. Valable jusqu’au {valid_until}, il couvre tout le voyage.</translation>
    </message>
    <message>
        <source>Too late to order a card (the order-by date was {order_by}): download a provisional certificate (valid {months} months) on ameli.fr, Mes démarches, between {download_from} and {download_by}. It covers the whole trip.</source>
        <translation>Trop tard pour commander une carte (il fallait la commander avant le {order_by}) : téléchargez un certificat provisoire de remplacement (valable {months} mois) sur ameli.fr, Mes démarches, entre le {download_from} et le {download_by}. Il couvre tout le voyage.</translation>
    </message>
    <message>
        <source>Too late to order a card (the order-by date was {order_by}): download a provisional certificate (valid {months} months) on ameli.fr, Mes démarches, on {download_by}. It ends on {valid_until}, before the return on {return_date}: order a new CEAM now as well.</source>
        <translation>Trop tard pour commander une carte (il fallait la commander avant le {order_by}) : téléchargez un certificat provisoire de remplacement (valable {months} mois) sur ameli.fr, Mes démarches, le {download_by}. Il prend fin le {valid_until}, avant le retour du {return_date} : commandez aussi une nouvelle CEAM dès maintenant.</translation>
    </message>
    <message>
        <source>The CEAM expired on {expired}, before the departure.</source>
        <translation>La CEAM a expiré le {expired}, avant le départ.</translation>
    </message>
    <message>
        <source>The CEAM is valid only from {first}, after the departure.</source>
        <translation>La CEAM n’est valable qu’à partir du {first}, après le départ.</translation>
    </message>
    <message>
        <source>No CEAM is recorded.</source>
        <translation>Aucune CEAM n’est enregistrée.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a country code: use two letters such as ES, CH or GB.</source>
        <translation>« {value} » n’est pas un code pays : utilisez deux lettres, par exemple ES, CH ou GB.</translation>
    </message>
    <message>
        <source>The CEAM issue date {issued} is in the future.</source>
        <translation>La date de délivrance de la CEAM, {issued}, est dans le futur.</translation>
    </message>
    <message>
        <source>The CEAM expiry date {expires} must be after its issue date {issued}.</source>
        <translation>La date de fin de validité de la CEAM, {expires}, doit être postérieure à sa date de délivrance, {issued}.</translation>
    </message>
    <message>
        <source>The provisional certificate&apos;s end date {end} is before its start date {start}.</source>
        <translation>La date de fin du certificat provisoire, {end}, est antérieure à sa date de début, {start}.</translation>
    </message>
    <message>
        <source>The return date {return_date} is before the departure date {departure}.</source>
        <translation>La date de retour, {return_date}, est antérieure à la date de départ, {departure}.</translation>
    </message>
</context>
</TS>

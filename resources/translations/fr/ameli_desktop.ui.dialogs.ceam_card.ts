<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CeamCardDialog</name>
    <message>
        <source>CEAM of {name}</source>
        <translation>CEAM de {name}</translation>
    </message>
    <message>
        <source>{name} holds an S1: their European card comes from the country that issued the S1, not from the French Assurance Maladie. Which country is it?</source>
        <translation>{name} est titulaire d’un S1 : sa carte européenne est délivrée par le pays qui a émis le S1, pas par l’Assurance Maladie française. De quel pays s’agit-il ?</translation>
    </message>
    <message>
        <source>S1 &amp;country</source>
        <translation>&amp;Pays du S1</translation>
    </message>
    <message>
        <source>The card shows another expiry date</source>
        <translation>La carte indique une autre date de fin de validité</translation>
    </message>
    <message>
        <source>Optional, as printed on the card</source>
        <translation>Facultatif, tel qu’imprimé sur la carte</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>&amp;Délivrée le</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Valable jusqu’au</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Numéro de carte</translation>
    </message>
</context>
<context>
    <name>ProvisionalDialog</name>
    <message>
        <source>Provisional certificate for {name}</source>
        <translation>Certificat provisoire pour {name}</translation>
    </message>
    <message>
        <source>The certificat provisoire de remplacement is downloaded from ameli.fr (Mes démarches) when a card cannot arrive in time. It is valid {months} months.</source>
        <translation>Le certificat provisoire de remplacement se télécharge sur ameli.fr (Mes démarches) quand la carte ne peut pas arriver à temps. Il est valable {months} mois.</translation>
    </message>
    <message>
        <source>Optional, as printed on the certificate</source>
        <translation>Facultatif, tel qu’imprimé sur le certificat</translation>
    </message>
    <message>
        <source>&amp;Downloaded on</source>
        <translation>&amp;Téléchargé le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;Numéro du certificat</translation>
    </message>
</context>
</TS>

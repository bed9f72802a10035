<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>TravelSummary</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Rule that applies: {rule}</source>
        <translation>Règle applicable : {rule}</translation>
    </message>
    <message>
        <source>Why: {sources}.</source>
        <translation>Sources : {sources}.</translation>
    </message>
    <message>
        <source>The 90/180-day rule does not apply: no day is counted.</source>
        <translation>La règle des 90/180 jours ne s’applique pas : aucun jour n’est compté.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>180-day window</source>
        <translation>Période de 180 jours</translation>
    </message>
    <message>
        <source>Days used</source>
        <translation>Jours utilisés</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Stay until</source>
        <translation>Séjour jusqu’au</translation>
    </message>
    <message>
        <source>Overstay days</source>
        <translation>Jours de dépassement</translation>
    </message>
    <message>
        <source>Days of presence in the other Schengen states in the window: {used} of {max}; there on {on}, the person may stay there until {until}.</source>
        <translation>Jours de présence dans les autres États Schengen sur la période : {used} sur {max} ; présente dans l’un d’eux le {on}, la personne peut y rester jusqu’au {until}.</translation>
    </message>
    <message>
        <source>Days of presence in the other Schengen states in the window: {used} of {max}; the limit there is already reached on {on}.</source>
        <translation>Jours de présence dans les autres États Schengen sur la période : {used} sur {max} ; la limite y est déjà atteinte le {on}.</translation>
    </message>
    <message>
        <source>Days of presence in the window: {used} of {max}; present on {on} the person may stay until {until}.</source>
        <translation>Jours de présence sur la période : {used} sur {max} ; présente le {on}, la personne peut rester jusqu’au {until}.</translation>
    </message>
    <message>
        <source>Days of presence in the window: {used} of {max}; present on {on} the person may not stay: the limit is already reached.</source>
        <translation>Jours de présence sur la période : {used} sur {max} ; présente le {on}, la personne ne peut pas rester : la limite est déjà atteinte.</translation>
    </message>
    <message>
        <source>Residence permits and long-stay visas</source>
        <translation>Titres de séjour et visas de long séjour</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Stays in the Schengen area</source>
        <translation>Séjours dans l’espace Schengen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Entry port</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Exit port</source>
        <translation>Point de sortie</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Stamped in / out, EES</source>
        <translation>Tampon entrée / sortie, EES</translation>
    </message>
    <message>
        <source>inside (leaving {exit})</source>
        <translation>sur place (départ le {exit})</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>{exit} (trip)</source>
        <translation>{exit} (voyage)</translation>
    </message>
    <message>
        <source>EES</source>
        <translation>EES</translation>
    </message>
    <message>
        <source>no EES</source>
        <translation>sans EES</translation>
    </message>
    <message>
        <source>No stay recorded.</source>
        <translation>Aucun séjour enregistré.</translation>
    </message>
    <message>
        <source>The 180-day window {start} – {on}</source>
        <translation>La période de 180 jours {start} – {on}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>Jours comptés</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Count on each day of presence (days counted in the 180 days ending that day; the limit is {max})</source>
        <translation>Décompte à chaque jour de présence (jours comptés dans les 180 jours qui finissent ce jour-là ; la limite est de {max})</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Overstays</source>
        <translation>Dépassements</translation>
    </message>
    <message>
        <source>Nobody in the travel log yet.</source>
        <translation>Personne dans le carnet de voyage pour l’instant.</translation>
    </message>
    <message>
        <source>Rule: at most 90 days of presence in any 180-day period (Schengen Borders Code, Regulation (EU) 2016/399, art. 6(1)); entry and exit days count. A valid residence permit or long-stay visa exempts the days spent in the state that issued it, not those in the other Schengen states (Convention implementing the Schengen Agreement, art. 21; Regulation (EU) No 265/2010). Computed by Ameli Desktop (unofficial) from the records above; the border authorities&apos; own count prevails.</source>
        <translation>Règle : au plus 90 jours de présence sur toute période de 180 jours (code frontières Schengen, règlement (UE) 2016/399, art. 6, paragraphe 1) ; les jours d’entrée et de sortie comptent. Un titre de séjour ou un visa de long séjour valable exempte les jours passés dans l’État qui l’a délivré, pas ceux passés dans les autres États Schengen (convention d’application de l’accord de Schengen, art. 21 ; règlement (UE) n° 265/2010). Calculé par Ameli Desktop (non officiel) à partir des données ci-dessus ; le décompte des autorités aux frontières fait foi.</translation>
    </message>
    <message>
        <source>Travel summary</source>
        <translation>Récapitulatif des voyages</translation>
    </message>
    <message>
        <source>Schengen 90/180-day rule, on {on}</source>
        <translation>Règle Schengen des 90/180 jours, au {on}</translation>
    </message>
</context>
</TS>

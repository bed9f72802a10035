<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>{name} is over the 90/180-day limit: {used} days used</source>
        <translation>{name} dépasse la limite des 90/180 jours : {used} jours utilisés</translation>
    </message>
    <message>
        <source>In the 180 days from {window_start}: leave the Schengen area now or get advice.</source>
        <translation>Sur les 180 jours depuis le {window_start} : quittez l’espace Schengen maintenant ou demandez conseil.</translation>
    </message>
    <message>
        <source>{name} may stay in the Schengen area until {until}</source>
        <translation>{name} peut rester dans l’espace Schengen jusqu’au {until}</translation>
    </message>
    <message>
        <source>{used} of 90 days used in the last 180, {left} left.</source>
        <translation>{used} jours sur 90 utilisés sur les 180 derniers, {left} restants.</translation>
    </message>
    <message>
        <source>{name}: 1 Schengen day left of 90 today</source>
        <translation>{name} : 1 jour Schengen restant sur 90 aujourd’hui</translation>
    </message>
    <message>
        <source>{name}: {left} Schengen days left of 90 today</source>
        <translation>{name} : {left} jours Schengen restants sur 90 aujourd’hui</translation>
    </message>
    <message>
        <source>1 day used in the 180 days from {window_start}.</source>
        <translation>1 jour utilisé sur les 180 jours depuis le {window_start}.</translation>
    </message>
    <message>
        <source>{used} days used in the 180 days from {window_start}.</source>
        <translation>{used} jours utilisés sur les 180 jours depuis le {window_start}.</translation>
    </message>
    <message>
        <source>{name}&apos;s planned stays break the 90/180-day rule from {first}</source>
        <translation>Les séjours prévus de {name} enfreignent la règle des 90/180 jours à partir du {first}</translation>
    </message>
    <message>
        <source>1 day over the limit, on {first}: shorten or move a stay (the planner shows what fits).</source>
        <translation>1 jour au-delà de la limite, le {first} : raccourcissez ou déplacez un séjour (le planificateur montre ce qui est possible).</translation>
    </message>
    <message>
        <source>{days} days over the limit, {first} to {last}: shorten or move a stay (the planner shows what fits).</source>
        <translation>{days} jours au-delà de la limite, du {first} au {last} : raccourcissez ou déplacez un séjour (le planificateur montre ce qui est possible).</translation>
    </message>
    <message>
        <source>{name}: no exit stamp on {day}</source>
        <translation>{name} : pas de tampon de sortie le {day}</translation>
    </message>
    <message>
        <source>Keep proof that you left that day (boarding pass, ticket, the next country&apos;s entry stamp) with the passport.</source>
        <translation>Gardez avec le passeport une preuve de votre départ ce jour-là (carte d’embarquement, billet, tampon d’entrée du pays suivant).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no stay with id {id}.</source>
        <translation>Il n’y a pas de séjour n° {id}.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n’y a personne avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters here.</source>
        <translation>Trop long : {limit} caractères au plus ici.</translation>
    </message>
    <message>
        <source>There is no permit with id {id}.</source>
        <translation>Il n’y a pas de titre n° {id}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}.</source>
        <translation>Impossible de lire {file} : {detail}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>{name}: status unknown: say which passport and permits apply</source>
        <translation>{name} : statut inconnu : indiquez le passeport et les titres de séjour</translation>
    </message>
    <message>
        <source>The 90/180-day count depends on the passport and on any residence permit or long-stay visa: give them in the Travel log (Nationality and permits).</source>
        <translation>Le décompte des 90/180 jours dépend du passeport et de tout titre de séjour ou visa de long séjour : indiquez-les dans le journal de voyage (Nationalité et titres).</translation>
    </message>
    <message>
        <source>{name} is over the 90/180-day limit in the other Schengen states: {used} days used</source>
        <translation>{name} dépasse la limite des 90/180 jours dans les autres États Schengen : {used} jours utilisés</translation>
    </message>
    <message>
        <source>{name} is over the 90/180-day limit: {used} days used</source>
        <translation>{name} dépasse la limite des 90/180 jours : {used} jours utilisés</translation>
    </message>
    <message>
        <source>In the 180 days from {window_start}, outside {state}: go back to {state} now or get advice.</source>
        <translation>Sur les 180 jours depuis le {window_start}, hors de l’État qui a délivré le titre ({state}) : retournez-y maintenant ou demandez conseil.</translation>
    </message>
    <message>
        <source>In the 180 days from {window_start}: leave the Schengen area now or get advice.</source>
        <translation>Sur les 180 jours depuis le {window_start} : quittez l’espace Schengen maintenant ou demandez conseil.</translation>
    </message>
    <message>
        <source>{name} may stay in the other Schengen states until {until}</source>
        <translation>{name} peut rester dans les autres États Schengen jusqu’au {until}</translation>
    </message>
    <message>
        <source>{name} may stay in the Schengen area until {until}</source>
        <translation>{name} peut rester dans l’espace Schengen jusqu’au {until}</translation>
    </message>
    <message>
        <source>Days in {state} are not counted; {used} of 90 days used in the other Schengen states in the last 180, {left} left.</source>
        <translation>Les jours passés dans l’État qui a délivré le titre ({state}) ne sont pas comptés ; {used} jours sur 90 utilisés dans les autres États Schengen sur les 180 derniers, il en reste {left}.</translation>
    </message>
    <message>
        <source>{used} of 90 days used in the last 180, {left} left.</source>
        <translation>{used} jours sur 90 utilisés sur les 180 derniers, {left} restants.</translation>
    </message>
    <message>
        <source>{name}: 1 day left of 90 in the other Schengen states</source>
        <translation>{name} : 1 jour restant sur 90 dans les autres États Schengen</translation>
    </message>
    <message>
        <source>{name}: {left} days left of 90 in the other Schengen states</source>
        <translation>{name} : {left} jours restants sur 90 dans les autres États Schengen</translation>
    </message>
    <message>
        <source>Days in {state} are not counted; 1 day used elsewhere in the 180 days from {window_start}.</source>
        <translation>Les jours passés dans l’État qui a délivré le titre ({state}) ne sont pas comptés ; 1 jour utilisé ailleurs sur les 180 jours depuis le {window_start}.</translation>
    </message>
    <message>
        <source>Days in {state} are not counted; {used} days used elsewhere in the 180 days from {window_start}.</source>
        <translation>Les jours passés dans l’État qui a délivré le titre ({state}) ne sont pas comptés ; {used} jours utilisés ailleurs sur les 180 jours depuis le {window_start}.</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The date {day} is in the future (today is {today}).</source>
        <translation>La date {day} est dans le futur (nous sommes le {today}).</translation>
    </message>
    <message>
        <source>A carte Vitale that is {current} cannot become {new}: a blocked card cannot be used again.</source>
        <translation>Une carte Vitale à l’état « {current} » ne peut pas passer à « {new} » : une carte bloquée ne peut plus être utilisée.</translation>
    </message>
    <message>
        <source>“{kind}” is not something to declare: choose lost, stolen or broken.</source>
        <translation>« {kind} » ne se déclare pas : choisissez perdue, volée ou cassée.</translation>
    </message>
    <message>
        <source>An order&apos;s history must start with “requested”.</source>
        <translation>L’historique d’une commande doit commencer par « demandée ».</translation>
    </message>
    <message>
        <source>This order is already {current}: nothing can follow (“{step}” refused).</source>
        <translation>Cette commande est déjà à l’état « {current} » : plus rien ne peut suivre (« {step} » refusé).</translation>
    </message>
    <message>
        <source>An order that is {current} cannot go to “{step}”: steps only move forward.</source>
        <translation>Une commande à l’état « {current} » ne peut pas passer à « {step} » : les étapes ne font qu’avancer.</translation>
    </message>
    <message>
        <source>“{step}” on {on} is before the previous step (“{previous}” on {previous_on}).</source>
        <translation>« {step} » le {on} est antérieur à l’étape précédente (« {previous} » le {previous_on}).</translation>
    </message>
</context>
<context>
    <name>Vitale</name>
    <message>
        <source>The card is blocked since {blocked_on} and cannot be used again, even if it is found.</source>
        <translation>La carte est bloquée depuis le {blocked_on} et ne pourra plus être utilisée, même retrouvée.</translation>
    </message>
    <message>
        <source>A new card was ordered at once.</source>
        <translation>Une nouvelle carte a été commandée aussitôt.</translation>
    </message>
    <message>
        <source>Not ordered at once: a new card can be ordered from {order_from} (up to {wait_days} days after blocking).</source>
        <translation>Pas commandée aussitôt : une nouvelle carte peut être commandée à partir du {order_from} (jusqu’à {wait_days} jours après le blocage).</translation>
    </message>
    <message>
        <source>Since {may_request_from} (age {request_age}) this child may request their own carte Vitale; it is sent automatically from {automatic_from} (age {automatic_age}).</source>
        <translation>Depuis le {may_request_from} ({request_age} ans), cet enfant peut demander sa propre carte Vitale ; elle est envoyée automatiquement à partir du {automatic_from} ({automatic_age} ans).</translation>
    </message>
    <message>
        <source>This child may request their own carte Vitale from {may_request_from} (age {request_age}); it is sent automatically from {automatic_from} (age {automatic_age}).</source>
        <translation>Cet enfant pourra demander sa propre carte Vitale à partir du {may_request_from} ({request_age} ans) ; elle sera envoyée automatiquement à partir du {automatic_from} ({automatic_age} ans).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>Claim for {person} overdue since {day}</source>
        <translation>Démarche pour {person} en retard depuis le {day}</translation>
    </message>
    <message>
        <source>Sent on {sent}, no answer yet: call 3646 or write from your ameli account.</source>
        <translation>Envoyée le {sent}, sans réponse : appelez le 3646 ou écrivez depuis votre compte ameli.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no claim with id {id}.</source>
        <translation>Il n&apos;y a pas de démarche d&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne d&apos;identifiant {id}.</translation>
    </message>
</context>
</TS>

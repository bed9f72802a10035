<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>{name}&apos;s carte Vitale order is overdue</source>
        <translation>La commande de carte Vitale de {name} est en retard</translation>
    </message>
    <message>
        <source>Expected yesterday, {expected}. Call 3646 or check your ameli account; meanwhile use an attestation de droits.</source>
        <translation>Attendue hier, le {expected}. Appelez le 3646 ou consultez votre compte ameli ; en attendant, utilisez une attestation de droits.</translation>
    </message>
    <message>
        <source>Expected on {expected}, {days} days ago. Call 3646 or check your ameli account; meanwhile use an attestation de droits.</source>
        <translation>Attendue le {expected}, il y a {days} jours. Appelez le 3646 ou consultez votre compte ameli ; en attendant, utilisez une attestation de droits.</translation>
    </message>
    <message>
        <source>{name}&apos;s carte Vitale is blocked: order a new one</source>
        <translation>La carte Vitale de {name} est bloquée : commandez-en une nouvelle</translation>
    </message>
    <message>
        <source>Blocked on {blocked}; ordering is possible from {from}.</source>
        <translation>Bloquée le {blocked} ; commande possible à partir du {from}.</translation>
    </message>
    <message>
        <source>{name} may request their own carte Vitale from {date}</source>
        <translation>{name} pourra demander sa propre carte Vitale à partir du {date}</translation>
    </message>
    <message>
        <source>{name} gets their own carte Vitale automatically on {date}</source>
        <translation>{name} recevra automatiquement sa propre carte Vitale le {date}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>Ce texte dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>There is no carte Vitale order with id {id}.</source>
        <translation>Aucune commande de carte Vitale n’a l’identifiant {id}.</translation>
    </message>
    <message>
        <source>“{value}” is not a line of the order checklist.</source>
        <translation>« {value} » n&apos;est pas une ligne de la liste de la commande.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne numéro {id}.</translation>
    </message>
    <message>
        <source>No carte Vitale is recorded for this person.</source>
        <translation>Aucune carte Vitale n’est enregistrée pour cette personne.</translation>
    </message>
    <message>
        <source>An order for this person is already under way (order {id}): advance or cancel it first.</source>
        <translation>Une commande est déjà en cours pour cette personne (commande {id}) : faites-la avancer ou annulez-la d’abord.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ReimbursementSummary</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Nature of care</source>
        <translation>Nature des soins</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Assurance Maladie</source>
        <translation>Assurance Maladie</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Reste à charge</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Person, year</source>
        <translation>Personne, année</translation>
    </message>
    <message>
        <source>Each act of care is counted once, whichever documents showed it. Paid: what was paid to the professional (montant payé). Assurance Maladie: its part, before anything withheld (montant versé). Withheld: the participations forfaitaires and franchises taken for the act. Mutuelle: the complementary insurer&apos;s part (organisme complémentaire). Left to pay (reste à charge) = paid - Assurance Maladie + withheld - mutuelle, over the acts whose amount paid and Assurance Maladie part are known. Still owed: what was paid for an act the Assurance Maladie has not paid yet, and the mutuelle&apos;s part still expected, estimated from the contract&apos;s level when it is given (never money received).</source>
        <translation>Chaque acte de soins est compté une fois, quels que soient les documents qui le montrent. Payé : ce qui a été payé au professionnel (montant payé). Assurance Maladie : sa part, avant toute retenue (montant versé). Retenu : les participations forfaitaires et franchises prélevées pour l’acte. Mutuelle : la part de l’organisme complémentaire. Reste à charge = payé - Assurance Maladie + retenu - mutuelle, sur les actes dont le montant payé et la part de l’Assurance Maladie sont connus. Reste dû : ce qui a été payé pour un acte que l’Assurance Maladie n’a pas encore remboursé, et la part de la mutuelle encore attendue, estimée d’après le niveau du contrat quand il est indiqué (jamais de l’argent reçu).</translation>
    </message>
    <message>
        <source>Per person and year</source>
        <translation>Par personne et par année</translation>
    </message>
    <message>
        <source>Per nature of care (nature des soins)</source>
        <translation>Par nature des soins</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Every act of care</source>
        <translation>Tous les actes de soins</translation>
    </message>
    <message>
        <source>Reimbursement summary (remboursements)</source>
        <translation>Récapitulatif des remboursements</translation>
    </message>
</context>
</TS>

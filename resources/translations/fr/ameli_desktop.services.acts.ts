<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>Late: the Assurance Maladie since {since}</source>
        <translation>En retard : l’Assurance Maladie depuis le {since}</translation>
    </message>
    <message>
        <source>Late: the mutuelle since {since}</source>
        <translation>En retard : la mutuelle depuis le {since}</translation>
    </message>
    <message>
        <source>{who}, {nature} of {day}: {amount}.</source>
        <translation>{who}, {nature} du {day} : {amount}.</translation>
    </message>
    <message>
        <source>{who}, {nature} of {day}.</source>
        <translation>{who}, {nature} du {day}.</translation>
    </message>
    <message>
        <source>{count} more late reimbursements</source>
        <translation>{count} autres remboursements en retard</translation>
    </message>
    <message>
        <source>See what is still owed in the Reimbursements tab.</source>
        <translation>Voyez ce qui reste dû dans l’onglet Remboursements.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A reimbursement is late after 1 to {max} days.</source>
        <translation>Un remboursement est en retard après 1 à {max} jours.</translation>
    </message>
    <message>
        <source>A mutuelle contract&apos;s level is 100 % to {max} % of the base.</source>
        <translation>Le niveau d’un contrat de mutuelle va de 100 % à {max} % de la base de remboursement.</translation>
    </message>
    <message>
        <source>There is no act of care with id {id}.</source>
        <translation>Il n’y a pas d’acte de soins d’identifiant {id}.</translation>
    </message>
    <message>
        <source>Act {id} is an expense with no act yet: link its bank line to an act of care instead.</source>
        <translation>L’acte {id} est une dépense sans acte pour l’instant : reliez plutôt sa ligne bancaire à un acte de soins.</translation>
    </message>
    <message>
        <source>Bank line {id} is not linked to any act of care.</source>
        <translation>La ligne bancaire {id} n’est reliée à aucun acte de soins.</translation>
    </message>
    <message>
        <source>There is no bank line with id {id}.</source>
        <translation>Il n’y a pas de ligne bancaire d’identifiant {id}.</translation>
    </message>
    <message>
        <source>Bank line {id} is not a payment of the household to a health professional: only such a debit can be linked to an act.</source>
        <translation>La ligne bancaire {id} n’est pas un paiement du foyer à un professionnel de santé : seul un tel débit peut être relié à un acte.</translation>
    </message>
</context>
<context>
    <name>ReimbursementSummary</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
</TS>

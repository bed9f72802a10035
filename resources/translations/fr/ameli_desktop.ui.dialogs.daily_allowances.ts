<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AllowancesModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
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
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>In the bank on</source>
        <translation>Sur le compte le</translation>
    </message>
    <message>
        <source>The day of the bank credit that brought this payment</source>
        <translation>Le jour du virement bancaire qui a apporté ce paiement</translation>
    </message>
</context>
<context>
    <name>DailyAllowancesDialog</name>
    <message>
        <source>Daily allowances (indemnités journalières)</source>
        <translation>Indemnités journalières</translation>
    </message>
    <message>
        <source>Sick-leave, maternity and paternity pay read from ameli&apos;s statements. It is income, not a reimbursement: it is never counted in what care cost you.</source>
        <translation>Indemnités d&apos;arrêt maladie, de maternité et de paternité lues dans les relevés d&apos;ameli. C&apos;est un revenu, pas un remboursement : elles ne comptent jamais dans ce que les soins vous ont coûté.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>No daily allowance stored for this choice.</source>
        <translation>Aucune indemnité journalière enregistrée pour ce choix.</translation>
    </message>
    <message>
        <source>Payments: {count}; received in all: {total}.</source>
        <translation>Paiements : {count} ; reçu en tout : {total}.</translation>
    </message>
</context>
</TS>

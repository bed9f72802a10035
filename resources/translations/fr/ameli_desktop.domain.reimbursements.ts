<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A line needs a date of care or a payment date.</source>
        <translation>Une ligne doit avoir une date des soins ou une date de paiement.</translation>
    </message>
    <message>
        <source>The payment date is before the date of care.</source>
        <translation>La date de paiement est antérieure à la date des soins.</translation>
    </message>
    <message>
        <source>This amount cannot be negative.</source>
        <translation>Ce montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A rate is between 0 and 100 %.</source>
        <translation>Un taux est compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>A line needs an amount: paid, reimbursed or complementary.</source>
        <translation>Une ligne doit avoir un montant : payé, remboursé ou complémentaire.</translation>
    </message>
    <message>
        <source>The nature of care is longer than {max} characters.</source>
        <translation>La nature des soins dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The practitioner is longer than {max} characters.</source>
        <translation>Le professionnel de santé dépasse {max} caractères.</translation>
    </message>
</context>
</TS>

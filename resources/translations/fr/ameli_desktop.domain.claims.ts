<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Claims</name>
    <message>
        <source>Care reimbursement (feuille de soins)</source>
        <translation>Remboursement de soins (feuille de soins)</translation>
    </message>
    <message>
        <source>Sick leave (arrêt de travail)</source>
        <translation>Arrêt de travail</translation>
    </message>
    <message>
        <source>Care abroad (soins à l&apos;étranger)</source>
        <translation>Soins à l&apos;étranger</translation>
    </message>
    <message>
        <source>Maternity / paternity (congé)</source>
        <translation>Congé maternité / paternité</translation>
    </message>
    <message>
        <source>Birth declaration (déclaration de naissance)</source>
        <translation>Déclaration de naissance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The claim cannot have been sent after today ({today}).</source>
        <translation>La démarche ne peut pas avoir été envoyée après aujourd&apos;hui ({today}).</translation>
    </message>
    <message>
        <source>The answer cannot be expected before the claim was sent.</source>
        <translation>La réponse ne peut pas être attendue avant l&apos;envoi de la démarche.</translation>
    </message>
    <message>
        <source>The care cannot be after the day the claim was sent.</source>
        <translation>Les soins ne peuvent pas être postérieurs au jour d&apos;envoi de la démarche.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The notes are longer than {max} characters.</source>
        <translation>Les notes dépassent {max} caractères.</translation>
    </message>
</context>
</TS>

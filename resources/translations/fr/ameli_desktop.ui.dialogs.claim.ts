<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Edit a claim</source>
        <translation>Modifier une démarche</translation>
    </message>
    <message>
        <source>Follow a claim</source>
        <translation>Suivre une démarche</translation>
    </message>
    <message>
        <source>Something sent to the CPAM that you are waiting for (suivre mes démarches). Give the date of care and the amount, and the claim closes itself when a statement line shows them.</source>
        <translation>Un envoi à la CPAM dont vous attendez la réponse (suivre mes démarches). Indiquez la date des soins et le montant : la démarche se clôt d&apos;elle-même quand une ligne de relevé les montre.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>&amp;Envoyée le</translation>
    </message>
    <message>
        <source>Answer &amp;expected by</source>
        <translation>Réponse attendue &amp;avant le</translation>
    </message>
    <message>
        <source>Date of &amp;care</source>
        <translation>Date des &amp;soins</translation>
    </message>
    <message>
        <source>&amp;Amount (paid or expected)</source>
        <translation>&amp;Montant (payé ou attendu)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Add a person to the household first.</source>
        <translation>Ajoutez d&apos;abord une personne au foyer.</translation>
    </message>
</context>
</TS>

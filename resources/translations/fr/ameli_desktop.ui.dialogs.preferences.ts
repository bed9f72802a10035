<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The language changes the next time Ameli Desktop starts.</source>
        <translation>La langue change au prochain démarrage d&apos;Ameli Desktop.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Awaited for longer than this, a reimbursement is late: from the date of care for the Assurance Maladie, from its payment for the mutuelle.</source>
        <translation>Attendu plus longtemps, un remboursement est en retard : depuis la date des soins pour l’Assurance Maladie, depuis son paiement pour la mutuelle.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Your mutuelle contract&apos;s level, in % of the base (base de remboursement): the mutuelle&apos;s part still awaited is then shown as an estimate.</source>
        <translation>Le niveau de votre contrat de mutuelle, en % de la base de remboursement : la part de la mutuelle encore attendue est alors montrée comme une estimation.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A reimbursement is late &amp;after</source>
        <translation>Un remboursement est en retard a&amp;près</translation>
    </message>
    <message>
        <source>Mutuelle contract le&amp;vel</source>
        <translation>Niveau du contrat de &amp;mutuelle</translation>
    </message>
</context>
</TS>

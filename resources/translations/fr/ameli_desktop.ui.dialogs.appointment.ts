<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>New CPAM appointment</source>
        <translation>Nouveau rendez-vous CPAM</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>heure de Paris</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What you want to settle, e.g. “daily allowances for my arrêt de travail of 3 February not paid yet”.</source>
        <translation>Ce que vous voulez régler, par ex. « indemnités journalières de mon arrêt de travail du 3 février pas encore versées ».</translation>
    </message>
    <message>
        <source>Required: the advisor prepares your file from it before meeting you.</source>
        <translation>Obligatoire : le conseiller prépare votre dossier à partir de lui avant de vous recevoir.</translation>
    </message>
    <message>
        <source>Another document to bring</source>
        <translation>Un autre document à apporter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Documents to bring</source>
        <translation>&amp;Documents à apporter</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Save the appointment first to attach files.</source>
        <translation>Enregistrez d&apos;abord le rendez-vous pour joindre des fichiers.</translation>
    </message>
    <message>
        <source>e.g. CPAM, 21 rue Georges Auric, 75019 Paris</source>
        <translation>par ex. CPAM, 21 rue Georges Auric, 75019 Paris</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>par ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>The link sent by the caisse, if you have it</source>
        <translation>Le lien envoyé par la caisse, si vous l&apos;avez</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of the appointment</source>
        <translation>Issue du rendez-vous</translation>
    </message>
    <message>
        <source>{when} — {person}
{category}
Reason: {reason}</source>
        <translation>{when} — {person}
{category}
Motif : {reason}</translation>
    </message>
    <message>
        <source>What was decided, what to send, a new date…</source>
        <translation>Ce qui a été décidé, ce qu&apos;il faut envoyer, une nouvelle date…</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
</context>
</TS>

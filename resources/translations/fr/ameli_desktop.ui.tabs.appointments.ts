<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>CPAM appointments (rendez-vous)</source>
        <translation>Rendez-vous avec la CPAM</translation>
    </message>
    <message>
        <source>Keep your appointments with CPAM advisors here, with the reason and the documents to bring, export them to your calendar and print a sheet to take along. Start by adding the people in your household.</source>
        <translation>Gardez ici vos rendez-vous avec les conseillers de la CPAM, avec le motif et les documents à apporter, exportez-les vers votre agenda et imprimez une fiche à emporter. Commencez par ajouter les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Add an appointment…</source>
        <translation>Ajouter un rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Record whether it was done, cancelled or missed</source>
        <translation>Indiquer s&apos;il a eu lieu, a été annulé ou manqué</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>Exporter vers l&apos;agenda (.ics)</translation>
    </message>
    <message>
        <source>The selected appointment…</source>
        <translation>Le rendez-vous sélectionné…</translation>
    </message>
    <message>
        <source>All the appointments shown…</source>
        <translation>Tous les rendez-vous affichés…</translation>
    </message>
    <message>
        <source>Appointment sheet (PDF)…</source>
        <translation>Fiche de rendez-vous (PDF)…</translation>
    </message>
    <message>
        <source>The selected appointment, or else every upcoming one (Ctrl+P)</source>
        <translation>Le rendez-vous sélectionné, sinon tous ceux à venir (Ctrl+P)</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>Tableau (CSV)…</translation>
    </message>
    <message>
        <source>The rows shown, as a spreadsheet file</source>
        <translation>Les lignes affichées, en fichier pour tableur</translation>
    </message>
    <message>
        <source>Find (reason, person, place…)</source>
        <translation>Chercher (motif, personne, lieu…)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Record outcomes…</source>
        <translation>Indiquer les issues…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next appointments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prochains rendez-vous&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <source>Attached files (convocation, letters…)</source>
        <translation>Fichiers joints (convocation, courriers…)</translation>
    </message>
    <message>
        <source>Past appointments still marked planned: {count}. Record what happened, so you know what to follow up.</source>
        <translation>Rendez-vous passés encore marqués prévus : {count}. Indiquez ce qui s&apos;est passé, pour savoir quoi suivre.</translation>
    </message>
    <message>
        <source>{when} — {person}: {category}</source>
        <translation>{when} — {person} : {category}</translation>
    </message>
    <message>
        <source>No upcoming appointment.</source>
        <translation>Aucun rendez-vous à venir.</translation>
    </message>
    <message>
        <source>Showing {day}</source>
        <translation>Affichage du {day}</translation>
    </message>
    <message>
        <source>Select an appointment to see its documents.</source>
        <translation>Sélectionnez un rendez-vous pour voir ses documents.</translation>
    </message>
    <message>
        <source>Documents to bring — {when}</source>
        <translation>Documents à apporter — {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Delete the appointment of {when} ({person})?</source>
        <translation>Supprimer le rendez-vous du {when} ({person}) ?</translation>
    </message>
    <message>
        <source>Its attached files ({count}) are removed too.</source>
        <translation>Ses fichiers joints ({count}) sont aussi retirés.</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>Deleted the appointment of {when}.</source>
        <translation>Rendez-vous du {when} supprimé.</translation>
    </message>
    <message>
        <source>delete the appointment of {when}</source>
        <translation>la suppression du rendez-vous du {when}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>appointment-{id}.ics</source>
        <translation>rendez-vous-{id}.ics</translation>
    </message>
    <message>
        <source>appointments.ics</source>
        <translation>rendez-vous.ics</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers l&apos;agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Exported {count} appointment(s) to {path}</source>
        <translation>{count} rendez-vous exporté(s) vers {path}</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>appointments.csv</source>
        <translation>rendez-vous.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>appointment-{id}.pdf</source>
        <translation>fiche-rendez-vous-{id}.pdf</translation>
    </message>
    <message>
        <source>appointments.pdf</source>
        <translation>fiches-rendez-vous.pdf</translation>
    </message>
    <message>
        <source>Appointment sheet</source>
        <translation>Fiche de rendez-vous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>Re&amp;ndez-vous</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

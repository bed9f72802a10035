<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ReimbursementsTab</name>
    <message>
        <source>Acts of care (actes)</source>
        <translation>Actes de soins</translation>
    </message>
    <message>
        <source>Still owed (reste dû)</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Bank lines</source>
        <translation>Lignes bancaires</translation>
    </message>
    <message>
        <source>Statement lines</source>
        <translation>Lignes des relevés</translation>
    </message>
    <message>
        <source>Claims to follow (suivre mes démarches)</source>
        <translation>Suivre mes démarches</translation>
    </message>
    <message>
        <source>Rei&amp;mbursements</source>
        <translation>&amp;Remboursements</translation>
    </message>
    <message>
        <source>Your reimbursements (remboursements)</source>
        <translation>Vos remboursements</translation>
    </message>
    <message>
        <source>Here you browse the statement lines you download from ameli.fr, your bank or your complementary insurer, with monthly and yearly totals per person and what is left for you to pay, and follow the claims you sent. Import a statement CSV (or drop one on the window); add the people in your household first if the file does not name them.</source>
        <translation>Parcourez ici les lignes des relevés téléchargés sur ameli.fr, auprès de votre banque ou de votre complémentaire santé, avec les totaux mensuels et annuels par personne et votre reste à charge, et suivez les démarches envoyées. Importez un relevé CSV (ou déposez-le sur la fenêtre) ; ajoutez d&apos;abord les personnes du foyer si le fichier ne les nomme pas.</translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation>Importer un relevé…</translation>
    </message>
    <message>
        <source>Follow a claim…</source>
        <translation>Suivre une démarche…</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Search nature or practitioner (Ctrl+F)</source>
        <translation>Nature ou professionnel (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>Nat&amp;ure :</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Imp&amp;orts…</source>
        <translation>Im&amp;ports…</translation>
    </message>
    <message>
        <source>The imported files, and undoing an import</source>
        <translation>Les fichiers importés, et l&apos;annulation d&apos;un import</translation>
    </message>
    <message>
        <source>Daily allo&amp;wances…</source>
        <translation>Indemnités &amp;journalières…</translation>
    </message>
    <message>
        <source>Sick-leave, maternity and paternity pay (indemnités journalières), apart from care</source>
        <translation>Indemnités journalières (maladie, maternité, paternité), à part des soins</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Follow a claim…</source>
        <translation>&amp;Suivre une démarche…</translation>
    </message>
    <message>
        <source>&amp;Answered, close it</source>
        <translation>&amp;Réponse reçue, clore</translation>
    </message>
    <message>
        <source>&amp;Cancel the claim</source>
        <translation>A&amp;nnuler la démarche</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Show closed claims</source>
        <translation>Afficher les démarches closes</translation>
    </message>
    <message>
        <source>A claim closes itself when an imported line shows its person, date of care and amount. Overdue claims are in red.</source>
        <translation>Une démarche se clôt d&apos;elle-même quand une ligne importée montre sa personne, sa date des soins et son montant. Les démarches en retard sont en rouge.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All natures of care</source>
        <translation>Toutes les natures de soins</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Calcul des totaux…</translation>
    </message>
    <message>
        <source>{lines} lines · Paid {paid} · Reimbursed {reimbursed} · Complementary {complementary} · Out of pocket {oop}</source>
        <translation>{lines} lignes · Payé {paid} · Remboursé {reimbursed} · Complémentaire {complementary} · Reste à charge {oop}</translation>
    </message>
    <message>
        <source>Delete lines</source>
        <translation>Supprimer des lignes</translation>
    </message>
    <message>
        <source>Delete {count} selected lines? You can undo it right after.</source>
        <translation>Supprimer les {count} lignes sélectionnées ? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>Deleted {count} lines.</source>
        <translation>{count} lignes supprimées.</translation>
    </message>
    <message>
        <source>delete {count} lines</source>
        <translation>la suppression de {count} lignes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Put back {count} lines.</source>
        <translation>{count} lignes rétablies.</translation>
    </message>
    <message>
        <source>Export the lines as CSV</source>
        <translation>Exporter les lignes en CSV</translation>
    </message>
    <message>
        <source>reimbursements.csv</source>
        <translation>remboursements.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>reimbursements-{year}.pdf</source>
        <translation>remboursements-{year}.pdf</translation>
    </message>
    <message>
        <source>reimbursements.pdf</source>
        <translation>remboursements.pdf</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Exporter le récapitulatif en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

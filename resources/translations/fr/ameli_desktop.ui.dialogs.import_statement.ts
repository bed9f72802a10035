<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a statement (relevé)</source>
        <translation>Importer un relevé</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation>D&apos;après les dates</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Jour d&apos;abord (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Mois d&apos;abord (12/31/2025)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Séparateur</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Your mutuelle in bank labels:</source>
        <translation>Votre mutuelle dans les libellés bancaires :</translation>
    </message>
    <message>
        <source>e.g. MUT DES MOTARDS, MUTUALIA</source>
        <translation>par ex. MUT DES MOTARDS, MUTUALIA</translation>
    </message>
    <message>
        <source>Bank lines naming one of these (separated by commas) are read as reimbursements from your complementary insurer, in this and later imports.</source>
        <translation>Les opérations bancaires qui citent l&apos;un de ces noms (séparés par des virgules) sont lues comme des remboursements de votre complémentaire, dans cet import et les suivants.</translation>
    </message>
    <message>
        <source>&amp;Use these names</source>
        <translation>&amp;Utiliser ces noms</translation>
    </message>
    <message>
        <source>Columns (what each one is)</source>
        <translation>Colonnes (ce que chacune contient)</translation>
    </message>
    <message>
        <source>Statement lines (one act per row)</source>
        <translation>Lignes de relevé (un acte par ligne)</translation>
    </message>
    <message>
        <source>Bank transactions</source>
        <translation>Opérations bancaires</translation>
    </message>
    <message>
        <source>Name, e.g. My mutuelle</source>
        <translation>Nom, par ex. Ma mutuelle</translation>
    </message>
    <message>
        <source>Sa&amp;ve as a profile</source>
        <translation>Enregistrer comme pro&amp;fil</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Le fichier contient :</translation>
    </message>
    <message>
        <source>Lines without a beneficiary are for:</source>
        <translation>Les lignes sans bénéficiaire concernent :</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Lignes illisibles</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Détecter d&apos;après l&apos;en-tête</translation>
    </message>
    <message>
        <source>ameli payment lines</source>
        <translation>Lignes de paiement ameli</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Relevé bancaire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a statement file</source>
        <translation>Choisir un fichier de relevé</translation>
    </message>
    <message>
        <source>Import a statement</source>
        <translation>Importer un relevé</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the {count} that cannot be read</source>
        <translation>Importer les lignes correctes et laisser de côté les {count} illisibles</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Encoding: {encoding} ({how}).</source>
        <translation>Encodage : {encoding} ({how}).</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>Separator: {delimiter}. Header on line {line}.</source>
        <translation>Séparateur : {delimiter}. En-tête à la ligne {line}.</translation>
    </message>
    <message>
        <source>Separator: {delimiter}. The file has no header row.</source>
        <translation>Séparateur : {delimiter}. Le fichier n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>{count} lines above the table are skipped.</source>
        <translation>{count} lignes au-dessus du tableau sont ignorées.</translation>
    </message>
    <message>
        <source>Recognised: an export of {bank}.</source>
        <translation>Reconnu : un export {bank}.</translation>
    </message>
    <message>
        <source>Profile: {name}.</source>
        <translation>Profil : {name}.</translation>
    </message>
    <message>
        <source>Statements: CSV, ameli’s or a mutuelle’s PDF, a PDF table (*.csv *.tsv *.txt *.pdf);;All files (*)</source>
        <translation>Relevés : CSV, PDF d’ameli ou d’une mutuelle, tableau PDF (*.csv *.tsv *.txt *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A PDF whose rows form a table: say what each column is.</source>
        <translation>Un PDF dont les lignes forment un tableau : dites ce qu’est chaque colonne.</translation>
    </message>
    <message>
        <source>“{column}”: no date shows whether the day or the month comes first; read as day first (French order). Change “Dates” if that is wrong.</source>
        <translation>« {column} » : aucune date n&apos;indique si le jour ou le mois vient d&apos;abord ; lues jour d&apos;abord (ordre français). Changez « Dates » si c&apos;est faux.</translation>
    </message>
    <message>
        <source>“{column}”: month first (as in {example}).</source>
        <translation>« {column} » : mois d&apos;abord (comme dans {example}).</translation>
    </message>
    <message>
        <source>This very file was already imported on {day} (import {id}): its lines are already stored.</source>
        <translation>Ce même fichier a déjà été importé le {day} (import {id}) : ses lignes sont déjà enregistrées.</translation>
    </message>
    <message>
        <source>ameli’s detail of one payment (détail des versements), PDF.</source>
        <translation>Détail des versements d’un paiement d’ameli, PDF.</translation>
    </message>
    <message>
        <source>ameli’s monthly statement (relevé mensuel de remboursements), PDF.</source>
        <translation>Relevé mensuel de remboursements d’ameli, en PDF.</translation>
    </message>
    <message>
        <source>ameli’s older paper statement (relevé), PDF.</source>
        <translation>Ancien relevé papier d’ameli, PDF.</translation>
    </message>
    <message>
        <source>A mutuelle’s statement (relevé de prestations), PDF.</source>
        <translation>Relevé de prestations d’une mutuelle, PDF.</translation>
    </message>
    <message>
        <source>1 act on {pages} pages.</source>
        <translation>1 acte sur {pages} pages.</translation>
    </message>
    <message>
        <source>{acts} acts on {pages} pages.</source>
        <translation>{acts} actes sur {pages} pages.</translation>
    </message>
    <message>
        <source>{count} payments.</source>
        <translation>{count} paiements.</translation>
    </message>
    <message>
        <source>{count} daily allowances (indemnités journalières), {total}: kept apart from care, never in out-of-pocket.</source>
        <translation>{count} indemnités journalières, {total} : gardées à part des soins, jamais dans le reste à charge.</translation>
    </message>
    <message>
        <source>Sent to the complementary insurer: {names}.</source>
        <translation>Transmis à l’organisme complémentaire : {names}.</translation>
    </message>
    <message>
        <source>{health} of its {total} transactions is a health payment.</source>
        <translation>{health} de ses {total} opérations est un paiement santé.</translation>
    </message>
    <message>
        <source>{health} of its {total} transactions are health payments.</source>
        <translation>{health} de ses {total} opérations sont des paiements santé.</translation>
    </message>
    <message>
        <source>None of its {total} transactions is a health payment ({why}): nothing to import. If one is from your mutuelle, type its name below.</source>
        <translation>Aucune de ses {total} opérations n’est un paiement santé ({why}) : rien à importer. Si l’une vient de votre mutuelle, saisissez son nom ci-dessous.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Choose a statement file, or drop one on the main window.</source>
        <translation>Choisissez un fichier de relevé, ou déposez-en un sur la fenêtre principale.</translation>
    </message>
    <message>
        <source>{new} new lines to import, {dup} already stored, {skipped} rows skipped.</source>
        <translation>{new} nouvelles lignes à importer, {dup} déjà enregistrées, {skipped} lignes ignorées.</translation>
    </message>
    <message>
        <source>Some rows cannot be read: tick the box above to import the others, or cancel.</source>
        <translation>Certaines lignes sont illisibles : cochez la case ci-dessus pour importer les autres, ou annulez.</translation>
    </message>
    <message>
        <source>this import</source>
        <translation>cet import</translation>
    </message>
    <message>
        <source>Saved the import profile “{name}”.</source>
        <translation>Profil d&apos;import « {name} » enregistré.</translation>
    </message>
    <message>
        <source>Imported {count} lines from {file}.</source>
        <translation>{count} lignes importées de {file}.</translation>
    </message>
    <message>
        <source>New household members: {names}.</source>
        <translation>Nouveaux membres du foyer : {names}.</translation>
    </message>
    <message>
        <source>As for the last import from {source}.</source>
        <translation>Comme pour le dernier import de {source}.</translation>
    </message>
    <message>
        <source>{count} lines left out (not in the household).</source>
        <translation>{count} lignes laissées de côté (hors du foyer).</translation>
    </message>
    <message>
        <source>Say who {names} is in “Who is this?” above.</source>
        <translation>Dites qui est {names} dans « Qui est-ce ? » ci-dessus.</translation>
    </message>
    <message>
        <source>1 bank transfer is the payment of a relevé: counted once.</source>
        <translation>1 virement bancaire est le paiement d’un relevé : compté une seule fois.</translation>
    </message>
    <message>
        <source>{count} bank transfers are the payments of a relevé: counted once.</source>
        <translation>{count} virements bancaires sont les paiements d’un relevé : comptés une seule fois.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Date of care (date des soins)</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Payment date (date de paiement)</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <source>Beneficiary (bénéficiaire)</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Nature of care (prestation)</source>
        <translation>Nature des soins (prestation)</translation>
    </message>
    <message>
        <source>Practitioner (professionnel de santé)</source>
        <translation>Professionnel de santé</translation>
    </message>
    <message>
        <source>Amount paid (montant payé)</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Reimbursement base (base)</source>
        <translation>Base de remboursement</translation>
    </message>
    <message>
        <source>Rate (taux)</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Reimbursed (montant remboursé)</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <source>Complementary (mutuelle)</source>
        <translation>Part complémentaire (mutuelle)</translation>
    </message>
    <message>
        <source>Deductions (participation forfaitaire / franchise)</source>
        <translation>Participation forfaitaire / franchise</translation>
    </message>
    <message>
        <source>Third-party payment (tiers payant)</source>
        <translation>Tiers payant</translation>
    </message>
    <message>
        <source>Date (of the operation)</source>
        <translation>Date (de l&apos;opération)</translation>
    </message>
    <message>
        <source>Value date (date de valeur)</source>
        <translation>Date de valeur</translation>
    </message>
    <message>
        <source>Label (libellé)</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Debit (débit)</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit (crédit)</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Signed amount (montant)</source>
        <translation>Montant signé</translation>
    </message>
    <message>
        <source>More label text (détail, informations complémentaires)</source>
        <translation>Suite du libellé (détail, informations complémentaires)</translation>
    </message>
    <message>
        <source>Status (booked, pending…), bank lines</source>
        <translation>Statut (comptabilisée, en attente…), opérations bancaires</translation>
    </message>
    <message>
        <source>Currency (devise)</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Out of pocket (reste à charge), not imported</source>
        <translation>Reste à charge, non importé</translation>
    </message>
    <message>
        <source>Balance (solde), not imported</source>
        <translation>Solde, non importé</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActsSection</name>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Late o&amp;nly</source>
        <translation>En retard &amp;seulement</translation>
    </message>
    <message>
        <source>Search nature or practitioner</source>
        <translation>Rechercher une nature ou un professionnel</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Unlin&amp;k its bank payment</source>
        <translation>Dé&amp;lier son paiement bancaire</translation>
    </message>
    <message>
        <source>This card payment or debit did not pay this act: never pair them again</source>
        <translation>Ce paiement par carte ou ce prélèvement n’a pas payé cet acte : ne plus jamais les associer</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>The acts shown, as a CSV file</source>
        <translation>Les actes affichés, dans un fichier CSV</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>{acts} acts · Paid {paid} · Assurance Maladie {amo} · Withheld {withheld} · Mutuelle {amc} · Left to pay {left}</source>
        <translation>{acts} actes · Payé {paid} · Assurance Maladie {amo} · Retenu {withheld} · Mutuelle {amc} · Reste à charge {left}</translation>
    </message>
    <message>
        <source>Choose an act to see its parts, the documents and the bank lines.</source>
        <translation>Choisissez un acte pour voir ses parts, les documents et les lignes bancaires.</translation>
    </message>
    <message>
        <source>{day}, {who}: {nature}</source>
        <translation>{day}, {who} : {nature}</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>le foyer</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <source>Paid: {paid}{third}</source>
        <translation>Payé : {paid}{third}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> (tiers payant: the professional was paid directly)</source>
        <translation> (tiers payant : le professionnel a été payé directement)</translation>
    </message>
    <message>
        <source>Assurance Maladie: {amount}, withheld {withheld}</source>
        <translation>Assurance Maladie : {amount}, retenu {withheld}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Mutuelle: {amount}</source>
        <translation>Mutuelle : {amount}</translation>
    </message>
    <message>
        <source>Mutuelle: awaited, about {amount} (an estimate, not received)</source>
        <translation>Mutuelle : attendue, environ {amount} (une estimation, pas reçue)</translation>
    </message>
    <message>
        <source>Mutuelle: awaited</source>
        <translation>Mutuelle : attendue</translation>
    </message>
    <message>
        <source>Mutuelle: none expected</source>
        <translation>Mutuelle : rien d’attendu</translation>
    </message>
    <message>
        <source>Left to pay: {left}</source>
        <translation>Reste à charge : {left}</translation>
    </message>
    <message>
        <source>Read from: {files}</source>
        <translation>Lu dans : {files}</translation>
    </message>
    <message>
        <source>{file} ({kind}, line {line})</source>
        <translation>{file} ({kind}, ligne {line})</translation>
    </message>
    <message>
        <source>A payment to a health professional with no act yet: it waits for its act.</source>
        <translation>Un paiement à un professionnel de santé sans acte pour l’instant : il attend son acte.</translation>
    </message>
    <message>
        <source> (paid on {paid}, not seen in the bank yet)</source>
        <translation> (payé le {paid}, pas encore vu à la banque)</translation>
    </message>
    <message>
        <source> (paid on {paid}, received in the bank on {bank})</source>
        <translation> (payé le {paid}, reçu à la banque le {bank})</translation>
    </message>
    <message>
        <source>Export the acts of care as CSV</source>
        <translation>Exporter les actes de soins en CSV</translation>
    </message>
    <message>
        <source>acts-of-care.csv</source>
        <translation>actes-de-soins.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>ActsViews</name>
    <message>
        <source>link a bank line to an act</source>
        <translation>lier une ligne bancaire à un acte</translation>
    </message>
    <message>
        <source>unlink a bank line</source>
        <translation>délier une ligne bancaire</translation>
    </message>
    <message>
        <source>Bank lines</source>
        <translation>Lignes bancaires</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BankLinesSection</name>
    <message>
        <source>Lin&amp;k to the chosen act</source>
        <translation>&amp;Lier à l’acte choisi</translation>
    </message>
    <message>
        <source>This card payment or debit paid the act chosen below</source>
        <translation>Ce paiement par carte ou ce prélèvement a payé l’acte choisi ci-dessous</translation>
    </message>
    <message>
        <source>A payment “to confirm” fits several acts equally: it is never guessed. Choose it, then the act it paid.</source>
        <translation>Un paiement « à confirmer » correspond autant à plusieurs actes : il n’est jamais deviné. Choisissez-le, puis l’acte qu’il a payé.</translation>
    </message>
    <message>
        <source>Choose a bank line.</source>
        <translation>Choisissez une ligne bancaire.</translation>
    </message>
    <message>
        <source>To confirm: this payment fits {count} acts equally.</source>
        <translation>À confirmer : ce paiement correspond autant à {count} actes.</translation>
    </message>
    <message>
        <source>No imported statement explains this bank line yet.</source>
        <translation>Aucun relevé importé n’explique encore cette ligne bancaire.</translation>
    </message>
</context>
<context>
    <name>StillOwedSection</name>
    <message>
        <source>Awaited from the Assurance Maladie: what you paid for care it has not reimbursed yet, counted from the date of care. Awaited from the mutuelle: its part, counted from the Assurance Maladie&apos;s payment; an estimate from your contract&apos;s level (Preferences), never money received.</source>
        <translation>Attendu de l’Assurance Maladie : ce que vous avez payé pour des soins qu’elle n’a pas encore remboursés, compté depuis la date des soins. Attendu de la mutuelle : sa part, comptée depuis le paiement de l’Assurance Maladie ; une estimation d’après le niveau de votre contrat (Préférences), jamais de l’argent reçu.</translation>
    </message>
    <message>
        <source>Assurance Maladie: {count} acts, {amount} paid, since {since}; {late} late</source>
        <translation>Assurance Maladie : {count} actes, {amount} payés, depuis le {since} ; {late} en retard</translation>
    </message>
    <message>
        <source>Assurance Maladie: nothing awaited</source>
        <translation>Assurance Maladie : rien d’attendu</translation>
    </message>
    <message>
        <source>about {amount} (estimate)</source>
        <translation>environ {amount} (estimation)</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>montant inconnu</translation>
    </message>
    <message>
        <source>Mutuelle: {count} acts, {amount}, since {since}; {late} late</source>
        <translation>Mutuelle : {count} actes, {amount}, depuis le {since} ; {late} en retard</translation>
    </message>
    <message>
        <source>Mutuelle: nothing awaited</source>
        <translation>Mutuelle : rien d’attendu</translation>
    </message>
</context>
</TS>

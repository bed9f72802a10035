<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}” is {size} MB: a statement file is expected below {limit} MB.</source>
        <translation>« {file} » fait {size} Mo : un relevé doit faire moins de {limit} Mo.</translation>
    </message>
    <message>
        <source>“{file}” is empty.</source>
        <translation>« {file} » est vide.</translation>
    </message>
    <message>
        <source>The line has no date.</source>
        <translation>La ligne n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>The line has no amount.</source>
        <translation>La ligne n&apos;a pas de montant.</translation>
    </message>
    <message>
        <source>The line has {count} cells where the header has {expected}: a value probably contains an unquoted “{delimiter}”.</source>
        <translation>La ligne a {count} cellules alors que l&apos;en-tête en a {expected} : une valeur contient sans doute un « {delimiter} » hors guillemets.</translation>
    </message>
    <message>
        <source>A quoted value starting on this line runs over {count} lines: a closing quote is probably missing.</source>
        <translation>Une valeur entre guillemets commençant sur cette ligne s&apos;étend sur {count} lignes : il manque sans doute un guillemet fermant.</translation>
    </message>
    <message>
        <source>The columns of “{file}” were not recognised ({columns}): map them in the import dialog, or choose a profile.</source>
        <translation>Les colonnes de « {file} » n&apos;ont pas été reconnues ({columns}) : associez-les dans la fenêtre d&apos;import, ou choisissez un profil.</translation>
    </message>
    <message>
        <source>“{file}” has no column for {missing} (profile “{profile}”).</source>
        <translation>« {file} » n&apos;a pas de colonne pour {missing} (profil « {profile} »).</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message>
        <source>1 names no health payer</source>
        <translation>1 ne cite aucun payeur santé</translation>
    </message>
    <message>
        <source>{count} name no health payer</source>
        <translation>{count} ne citent aucun payeur santé</translation>
    </message>
    <message>
        <source>1 is an insurer’s payment not for care</source>
        <translation>1 est un versement d’assureur hors soins</translation>
    </message>
    <message>
        <source>{count} are insurers’ payments not for care</source>
        <translation>{count} sont des versements d’assureurs hors soins</translation>
    </message>
    <message>
        <source>1 is from a person named like an insurer</source>
        <translation>1 vient d’une personne qui porte le nom d’un assureur</translation>
    </message>
    <message>
        <source>{count} are from people named like insurers</source>
        <translation>{count} viennent de personnes qui portent le nom d’un assureur</translation>
    </message>
    <message>
        <source>1 is a payment to an insurer</source>
        <translation>1 est un paiement à un assureur</translation>
    </message>
    <message>
        <source>{count} are payments to insurers</source>
        <translation>{count} sont des paiements à des assureurs</translation>
    </message>
    <message>
        <source>1 is not booked</source>
        <translation>1 n’est pas comptabilisée</translation>
    </message>
    <message>
        <source>{count} are not booked</source>
        <translation>{count} ne sont pas comptabilisées</translation>
    </message>
    <message>
        <source>1 is not in euros</source>
        <translation>1 n’est pas en euros</translation>
    </message>
    <message>
        <source>{count} are not in euros</source>
        <translation>{count} ne sont pas en euros</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
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
</TS>

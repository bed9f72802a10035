<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” withholds an amount but no act comes before it.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » retient un montant, mais aucun acte ne la précède.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” stands in the amount columns but is not an amount or a rate.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue : « {value} » se trouve dans les colonnes des montants mais n&apos;est ni un montant ni un taux.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” has no amount in the “montant versé” column.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » n’a pas de montant dans la colonne « montant versé ».</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” has amounts but is neither a row of care (it does not start with a date) nor an amount withheld.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » porte des montants mais n’est ni une ligne de soins (elle ne commence pas par une date) ni un montant retenu.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” does not stand under a column that takes it.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue : « {value} » n&apos;est pas sous une colonne qui l&apos;accepte.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read: a rate of {value} % is above 100 %.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue : un taux de {value} % dépasse 100 %.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” has no “pour … né(e) le …” line above it to say whose care it is.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » n’a pas de ligne « pour … né(e) le … » au-dessus pour dire de qui sont ces soins.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” should show one amount withheld, in the “montant versé” column.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » devrait montrer un seul montant retenu, dans la colonne « montant versé ».</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read as daily allowances (days, daily amount, amount paid).</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue comme des indemnités journalières (jours, montant journalier, montant versé).</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” closes a payment but its date or amount cannot be read.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » clôt un paiement mais sa date ou son montant est illisible.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: the payment of {date} ({total}) lists no row above it.</source>
        <translation>« {file} », page {page}, ligne {line} : le paiement du {date} ({total}) n’a aucune ligne au-dessus.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: the payment of {date} is {total}, but its rows add up to {rows}: a column was misread or the file is incomplete.</source>
        <translation>« {file} », page {page}, ligne {line} : le paiement du {date} est de {total}, mais ses lignes font {rows} : une colonne a été mal lue ou le fichier est incomplet.</translation>
    </message>
    <message>
        <source>“{file}” is a PDF but not an ameli statement: its first page lacks “Voici le détail des versements vous concernant …”, the sentence every ameli statement prints.</source>
        <translation>« {file} » est un PDF mais pas un relevé ameli : sa première page n’a pas « Voici le détail des versements vous concernant … », la phrase que tout relevé ameli imprime.</translation>
    </message>
    <message>
        <source>“{file}” is a PDF but not an ameli statement: it has no column header (“dates … nature des prestations … taux … versé”).</source>
        <translation>« {file} » est un PDF mais pas un relevé ameli : il n’a pas d’en-tête de colonnes (« dates … nature des prestations … taux … versé »).</translation>
    </message>
    <message>
        <source>“{file}”: the rows from page {first_page}, line {first_line} on are closed by no “le … : … euro(s)” line: the file is incomplete.</source>
        <translation>« {file} » : les lignes à partir de la page {first_page}, ligne {first_line} ne sont closes par aucune ligne « le … : … euro(s) » : le fichier est incomplet.</translation>
    </message>
    <message>
        <source>“{file}” is a PDF but not an ameli statement: it has no payment (no “le … : … euro(s)” line closing one).</source>
        <translation>« {file} » est un PDF mais pas un relevé ameli : il n’a aucun paiement (aucune ligne « le … : … euro(s) » n’en clôt un).</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” is not a date.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue : « {value} » n&apos;est pas une date.</translation>
    </message>
</context>
</TS>

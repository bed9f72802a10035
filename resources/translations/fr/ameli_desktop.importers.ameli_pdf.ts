<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}” is {size} MB: an ameli relevé is expected below {limit} MB.</source>
        <translation>« {file} » fait {size} Mo : un relevé ameli doit faire moins de {limit} Mo.</translation>
    </message>
    <message>
        <source>“{file}” is not a PDF file.</source>
        <translation>« {file} » n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>“{file}” is protected by a password: download the relevé again from ameli.fr, or save it without a password from a PDF viewer, and import that file.</source>
        <translation>« {file} » est protégé par un mot de passe : téléchargez de nouveau le relevé sur ameli.fr, ou enregistrez-le sans mot de passe depuis un lecteur PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>“{file}” is a PDF but not an ameli monthly statement (relevé mensuel): it has {pages} pages, and a relevé has a few.</source>
        <translation>« {file} » est un PDF mais pas un relevé mensuel ameli : il a {pages} pages, alors qu&apos;un relevé en a quelques-unes.</translation>
    </message>
    <message>
        <source>“{file}” is a damaged PDF that cannot be read ({detail}).</source>
        <translation>« {file} » est un PDF endommagé qui ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” comes before the table&apos;s column header (Date des soins, Nature, ... Taux, Montant versé).</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » précède l&apos;en-tête des colonnes du tableau (Date des soins, Nature, ... Taux, Montant versé).</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” has amounts but is neither an act (it does not start with the date of care) nor a participation forfaitaire or franchise.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » contient des montants mais n&apos;est ni un acte (elle ne commence pas par la date des soins), ni une participation forfaitaire ou une franchise.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” continues a payment that the previous page does not show.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » continue un paiement que la page précédente ne montre pas.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” gives no amount for the payment.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne donne pas le montant du paiement.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}: the payment of {date} ({total}) lists no act.</source>
        <translation>« {file} », page {page} : le paiement du {date} ({total}) ne détaille aucun acte.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}: the payment of {date} is {total}, but its acts less the deductions add up to {acts}: a column was misread or the file is incomplete.</source>
        <translation>« {file} », page {page} : le paiement du {date} est de {total}, mais ses actes, déductions retirées, totalisent {acts} : une colonne a été mal lue ou le fichier est incomplet.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” has no “Bénéficiaire” line above it to say whose care it is.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » n&apos;a pas de ligne « Bénéficiaire » au-dessus pour dire à qui sont ces soins.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” has no amount in the “Montant versé” column.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » n&apos;a pas de montant dans la colonne « Montant versé ».</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” withholds an amount but no act comes before it.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » retient un montant, mais aucun acte ne la précède.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” should show one amount withheld.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » devrait indiquer un seul montant retenu.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” stands in the amount columns but is not an amount or a rate.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue : « {value} » se trouve dans les colonnes des montants mais n&apos;est ni un montant ni un taux.</translation>
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
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” is not an amount.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue : « {value} » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>“{file}”, page {page}, line {line}: “{text}” cannot be read: “{value}” is not a date.</source>
        <translation>« {file} », page {page}, ligne {line} : « {text} » ne peut pas être lue : « {value} » n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Page {page} of “{file}” has no text to read: it is probably a scan or a photo; import the PDF downloaded from ameli.fr instead.</source>
        <translation>La page {page} de « {file} » n&apos;a pas de texte à lire : c&apos;est sans doute un scan ou une photo ; importez plutôt le PDF téléchargé sur ameli.fr.</translation>
    </message>
    <message>
        <source>“{file}” is a PDF but not an ameli monthly statement (relevé mensuel): its first page does not say “Assurance Maladie” and “relevé … de remboursements”.</source>
        <translation>« {file} » est un PDF mais pas un relevé mensuel ameli : sa première page ne mentionne pas « Assurance Maladie » et « relevé … de remboursements ».</translation>
    </message>
    <message>
        <source>“{file}” is a PDF but not an ameli monthly statement (relevé mensuel): it lists no payment (no “Paiement effectué le …” line).</source>
        <translation>« {file} » est un PDF mais pas un relevé mensuel ameli : il ne détaille aucun paiement (aucune ligne « Paiement effectué le … »).</translation>
    </message>
    <message>
        <source>“{file}”: the relevé&apos;s total is {total}, but its payments add up to {payments}.</source>
        <translation>« {file} » : le total du relevé est de {total}, mais ses paiements totalisent {payments}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Attention</name>
    <message>
        <source>Last statement imported on {day}</source>
        <translation>Dernier relevé importé le {day}</translation>
    </message>
    <message>
        <source>{file}: 1 new line.</source>
        <translation>{file} : 1 nouvelle ligne.</translation>
    </message>
    <message>
        <source>{file}: {count} new lines.</source>
        <translation>{file} : {count} nouvelles lignes.</translation>
    </message>
    <message>
        <source>No statement lines for {months}</source>
        <translation>Aucune ligne de relevé pour {months}</translation>
    </message>
    <message>
        <source>Import the statements of these months if you had care.</source>
        <translation>Importez les relevés de ces mois si vous avez eu des soins.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no reimbursement line with id {id}.</source>
        <translation>Il n&apos;y a pas de ligne de remboursement d&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne d&apos;identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>ReimbursementSummary</name>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>All lines ({first} to {last})</source>
        <translation>Toutes les lignes (du {first} au {last})</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>Aucune ligne</translation>
    </message>
</context>
</TS>

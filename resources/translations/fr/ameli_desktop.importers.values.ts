<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a rate: write a whole percentage such as 70 or 70 %.</source>
        <translation>« {value} » n&apos;est pas un taux : écrivez un pourcentage entier comme 70 ou 70 %.</translation>
    </message>
    <message>
        <source>A rate of {value} is more than 100 %.</source>
        <translation>Un taux de {value} dépasse 100 %.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no (oui/non).</source>
        <translation>« {value} » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write 31/12/2025, 31/12/25 or 2025-12-31.</source>
        <translation>« {value} » n&apos;est pas une date : écrivez 31/12/2025, 31/12/25 ou 2025-12-31.</translation>
    </message>
    <message>
        <source>“{value}” is not a real date when read as {order} (like the rest of the column).</source>
        <translation>« {value} » n&apos;est pas une date réelle lue en {order} (comme le reste de la colonne).</translation>
    </message>
    <message>
        <source>The year of “{value}” is not plausible.</source>
        <translation>L&apos;année de « {value} » n&apos;est pas plausible.</translation>
    </message>
</context>
</TS>

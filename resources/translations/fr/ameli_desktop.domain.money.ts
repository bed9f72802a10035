<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is too long to be an amount.</source>
        <translation>« {value} » est trop long pour être un montant.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>« {value} » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>“{value}” has more than two decimals.</source>
        <translation>« {value} » a plus de deux décimales.</translation>
    </message>
    <message>
        <source>“{value}” is too large to be an amount.</source>
        <translation>« {value} » est trop grand pour être un montant.</translation>
    </message>
    <message>
        <source>“{value}” has misplaced thousands separators.</source>
        <translation>« {value} » a des séparateurs de milliers mal placés.</translation>
    </message>
</context>
</TS>

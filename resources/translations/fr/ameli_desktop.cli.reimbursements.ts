<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Give either --year or --from/--to, not both.</source>
        <translation>Indiquez soit --year, soit --from/--to, pas les deux.</translation>
    </message>
</context>
</TS>

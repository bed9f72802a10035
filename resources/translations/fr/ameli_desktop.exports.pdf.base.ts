<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Documents</name>
    <message>
        <source>{app} {version} (unofficial) · {stamp}</source>
        <translation>{app} {version} (non officiel) · {stamp}</translation>
    </message>
    <message>
        <source>Generated on {stamp}</source>
        <translation>Créé le {stamp}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}” is {size} MB: a statement file is expected below {limit} MB.</source>
        <translation>« {file} » fait {size} Mo : un relevé doit faire moins de {limit} Mo.</translation>
    </message>
</context>
</TS>

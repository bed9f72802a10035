<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{name} is not marked as an S1 holder: edit the person first (people edit … --s1).</source>
        <translation>{name} n’est pas indiqué(e) comme titulaire d’un S1 : modifiez d’abord la personne (people edit … --s1).</translation>
    </message>
    <message>
        <source>Say which trip: --trip ID (see `trips list`).</source>
        <translation>Indiquez le voyage : --trip ID (voir `trips list`).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The two passwords typed differ; nothing was saved. Type the same one twice.</source>
        <translation>Les deux mots de passe saisis diffèrent ; rien n&apos;a été enregistré. Saisissez deux fois le même.</translation>
    </message>
</context>
</TS>

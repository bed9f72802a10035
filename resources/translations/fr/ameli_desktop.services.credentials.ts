<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{name} has no NIR in the household, so there is no ameli.fr login to save with the password: enter the login (the NIR) too.</source>
        <translation>{name} n&apos;a pas de NIR dans le foyer, il n&apos;y a donc pas d&apos;identifiant ameli.fr à enregistrer avec le mot de passe : saisissez aussi l&apos;identifiant (le NIR).</translation>
    </message>
</context>
</TS>

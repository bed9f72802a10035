<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This date of birth has no name beside it.</source>
        <translation>Cette date de naissance n&apos;a pas de nom à côté.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Ameli Desktop</source>
        <translation>Bienvenue dans Ameli Desktop</translation>
    </message>
    <message>
        <source>Ameli Desktop keeps your household&apos;s health-insurance admin in order: statements, cartes Vitale, CEAM before trips, CPAM appointments and Schengen days. It is unofficial and never connects to ameli.fr: everything stays on this computer.

First, who is in your household? Names are enough; you can add the details later (Household menu).</source>
        <translation>Ameli Desktop garde en ordre les démarches d&apos;assurance maladie de votre foyer : relevés, cartes Vitale, CEAM avant les voyages, rendez-vous CPAM et jours Schengen. Il est non officiel et ne se connecte jamais à ameli.fr : tout reste sur cet ordinateur.

D&apos;abord, qui fait partie de votre foyer ? Les noms suffisent ; vous pourrez ajouter les détails plus tard (menu Foyer).</translation>
    </message>
    <message>
        <source>Load an &amp;example household…</source>
        <translation>Charger un foyer d&apos;&amp;exemple…</translation>
    </message>
    <message>
        <source>Just looking around?</source>
        <translation>Juste pour découvrir ?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>&amp;Add another person</source>
        <translation>&amp;Ajouter une autre personne</translation>
    </message>
    <message>
        <source>&amp;Save the household</source>
        <translation>En&amp;registrer le foyer</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>A clearly labelled demo family to look around with; remove it in one click.</source>
        <translation>Une famille de démonstration, clairement signalée, pour découvrir l&apos;application ; elle se retire en un clic.</translation>
    </message>
    <message>
        <source>e.g. Zoé Lebrun</source>
        <translation>p. ex. Zoé Lebrun</translation>
    </message>
    <message>
        <source>Write at least one name, or choose Skip.</source>
        <translation>Écrivez au moins un nom, ou choisissez Passer.</translation>
    </message>
    <message>
        <source>You have typed {count} people. Save them, and add the example household beside them? The example people&apos;s names end in “(example)”, and Household &gt; Remove the example household takes away only what it added.</source>
        <translation>Vous avez saisi {count} personnes. Les enregistrer, et ajouter le foyer d&apos;exemple à côté ? Les noms des personnes d&apos;exemple se terminent par « (example) », et Foyer &gt; Retirer le foyer d&apos;exemple n&apos;enlève que ce qu&apos;il a ajouté.</translation>
    </message>
    <message>
        <source>Load the example household, a demo family to look around with? Its names end in “(example)”, and Household &gt; Remove the example household takes it away in one click, before you add your own.</source>
        <translation>Charger le foyer d&apos;exemple, une famille de démonstration pour découvrir l&apos;application ? Ses noms se terminent par « (example) », et Foyer &gt; Retirer le foyer d&apos;exemple l&apos;enlève en un clic, avant d&apos;ajouter le vôtre.</translation>
    </message>
    <message>
        <source>Example household</source>
        <translation>Foyer d&apos;exemple</translation>
    </message>
    <message>
        <source>Your household is saved. Next, import a statement: a CSV file of your reimbursements downloaded from ameli.fr (or a converter), your bank or your complementary insurer. You can also drop the file onto the window later.</source>
        <translation>Votre foyer est enregistré. Ensuite, importez un relevé : un fichier CSV de vos remboursements téléchargé sur ameli.fr (ou via un convertisseur), auprès de votre banque ou de votre complémentaire. Vous pourrez aussi déposer le fichier sur la fenêtre plus tard.</translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation>Importer un relevé…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
</TS>

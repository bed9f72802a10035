<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Showing:</source>
        <translation>Affichage :</translation>
    </message>
    <message>
        <source>Show everyone, or one person of the household</source>
        <translation>Afficher tout le foyer, ou une seule personne</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Foyer…</translation>
    </message>
    <message>
        <source>Add, edit or remove the people in your household</source>
        <translation>Ajouter, modifier ou retirer les personnes de votre foyer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import a statement…</source>
        <translation>&amp;Importer un relevé…</translation>
    </message>
    <message>
        <source>Import a statement CSV from ameli, your bank or your mutuelle</source>
        <translation>Importer un relevé CSV d&apos;ameli, de votre banque ou de votre mutuelle</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit / open…</source>
        <translation>&amp;Modifier / ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation>F&amp;oyer</translation>
    </message>
    <message>
        <source>&amp;Merge people…</source>
        <translation>Fu&amp;sionner deux personnes…</translation>
    </message>
    <message>
        <source>Make two people one: everything of one moves onto the other</source>
        <translation>Ne faire qu’une personne de deux : tout ce qui concerne l’une passe à l’autre</translation>
    </message>
    <message>
        <source>Load the &amp;example household</source>
        <translation>Charger le foyer d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>A clearly labelled demo family to look around with; removed in one click</source>
        <translation>Une famille de démonstration, clairement signalée, pour découvrir l&apos;application ; elle se retire en un clic</translation>
    </message>
    <message>
        <source>&amp;Remove the example household</source>
        <translation>&amp;Retirer le foyer d&apos;exemple</translation>
    </message>
    <message>
        <source>Your household has {count} people. Add the example household beside them? Its names end in “(example)”, and Household &gt; Remove the example household takes away only what it added: your own records stay.</source>
        <translation>Votre foyer compte {count} personnes. Ajouter le foyer d&apos;exemple à côté ? Ses noms se terminent par « (example) », et Foyer &gt; Retirer le foyer d&apos;exemple n&apos;enlève que ce qu&apos;il a ajouté : vos propres données restent.</translation>
    </message>
    <message>
        <source>Load the example household, a demo family to look around with? Its names end in “(example)”, and Household &gt; Remove the example household takes it away in one click.</source>
        <translation>Charger le foyer d&apos;exemple, une famille de démonstration pour découvrir l&apos;application ? Ses noms se terminent par « (example) », et Foyer &gt; Retirer le foyer d&apos;exemple l&apos;enlève en un clic.</translation>
    </message>
    <message>
        <source>Remove the example household</source>
        <translation>Retirer le foyer d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Help (aide)…</source>
        <translation>&amp;Aide…</translation>
    </message>
    <message>
        <source>Phone numbers and whether they are open, ameli account, declaring a birth</source>
        <translation>Numéros de téléphone et s&apos;ils sont ouverts, compte ameli, déclaration de naissance</translation>
    </message>
    <message>
        <source>&amp;About Ameli Desktop</source>
        <translation>À &amp;propos d&apos;Ameli Desktop</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed.</source>
        <translation>Lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Read-only data</source>
        <translation>Données en lecture seule</translation>
    </message>
    <message>
        <source>Example household</source>
        <translation>Foyer d&apos;exemple</translation>
    </message>
    <message>
        <source>Example household loaded: its names end in “(example)”. Remove it from the Household menu.</source>
        <translation>Foyer d&apos;exemple chargé : ses noms se terminent par « (example) ». Retirez-le depuis le menu Foyer.</translation>
    </message>
    <message>
        <source>Remove the example people and everything that is theirs? Your own records are not touched.</source>
        <translation>Retirer les personnes d&apos;exemple et tout ce qui leur appartient ? Vos propres informations ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Example household removed.</source>
        <translation>Foyer d&apos;exemple retiré.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Ameli Desktop backups (*.db);;All files (*)</source>
        <translation>Sauvegardes Ameli Desktop (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace all the data with the backup {name}? The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer toutes les données par la sauvegarde {name} ? Les données actuelles sont d&apos;abord sauvegardées : vous pourrez revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restaurée.</translation>
    </message>
    <message>
        <source>The data before was backed up to {path}.</source>
        <translation>Les données précédentes ont été sauvegardées dans {path}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PersonCard</name>
    <message>
        <source>Say which passport…</source>
        <translation>Indiquer le passeport…</translation>
    </message>
    <message>
        <source>Status unknown: say which passport and permits apply</source>
        <translation>Statut inconnu : indiquez le passeport et les titres de séjour</translation>
    </message>
    <message>
        <source>Nothing is counted until then.</source>
        <translation>Rien n’est compté d’ici là.</translation>
    </message>
    <message>
        <source>No 90/180 limit</source>
        <translation>Pas de limite 90/180</translation>
    </message>
    <message>
        <source>EU/EEA/Swiss citizen</source>
        <translation>Citoyen UE/EEE/suisse</translation>
    </message>
    <message>
        <source>{used} of {limit} days used outside {state}</source>
        <translation>{used} jours sur {limit} utilisés hors {state}</translation>
    </message>
    <message>
        <source>{used} days used outside {state}: over the limit</source>
        <translation>{used} jours utilisés hors {state} : limite dépassée</translation>
    </message>
    <message>
        <source>{left} days left in the other Schengen states</source>
        <translation>{left} jours restants dans les autres États Schengen</translation>
    </message>
    <message>
        <source>Must not be in the other Schengen states now</source>
        <translation>Ne doit pas se trouver dans les autres États Schengen maintenant</translation>
    </message>
    <message>
        <source>In another Schengen state; may stay until {day}</source>
        <translation>Dans un autre État Schengen ; peut y rester jusqu’au {day}</translation>
    </message>
    <message>
        <source>Leaving {state} today: may stay in the other states until {day}</source>
        <translation>En quittant l’État du titre ({state}) aujourd’hui : peut rester dans les autres États jusqu’au {day}</translation>
    </message>
    <message>
        <source>{used} of {limit} days used</source>
        <translation>{used} jours sur {limit} utilisés</translation>
    </message>
    <message>
        <source>{used} days used: over the limit</source>
        <translation>{used} jours utilisés : au-delà de la limite</translation>
    </message>
    <message>
        <source>{left} days left today</source>
        <translation>{left} jours restants aujourd’hui</translation>
    </message>
    <message>
        <source>Must not be in the Schengen area now</source>
        <translation>Ne doit pas se trouver dans l’espace Schengen maintenant</translation>
    </message>
    <message>
        <source>Inside; may stay until {day}</source>
        <translation>Sur place ; peut rester jusqu’au {day}</translation>
    </message>
    <message>
        <source>Entering today, may stay until {day}</source>
        <translation>En entrant aujourd’hui, peut rester jusqu’au {day}</translation>
    </message>
    <message>
        <source>Planned stays break the rule from {day}</source>
        <translation>Les séjours prévus enfreignent la règle à partir du {day}</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <source>with an exit date</source>
        <translation>avec une date de sortie</translation>
    </message>
    <message>
        <source>Use the latest possible exit</source>
        <translation>Prendre la sortie la plus tardive possible</translation>
    </message>
    <message>
        <source>Planned e&amp;xit</source>
        <translation>Sort&amp;ie prévue</translation>
    </message>
    <message>
        <source>Planne&amp;d entry</source>
        <translation>Entrée prév&amp;ue</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>No 90/180-day limit applies to this person.</source>
        <translation>Aucune limite de 90/180 jours ne s’applique à cette personne.</translation>
    </message>
    <message>
        <source>Fits: these days are not counted.</source>
        <translation>Possible : ces jours ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Fits: {days} days, no day over {limit}.</source>
        <translation>Possible : {days} jours, aucun jour au-delà de {limit}.</translation>
    </message>
    <message>
        <source>Does not fit.</source>
        <translation>Impossible.</translation>
    </message>
    <message>
        <source>No stay can begin on {day}: the limit is already reached.</source>
        <translation>Aucun séjour ne peut commencer le {day} : la limite est déjà atteinte.</translation>
    </message>
    <message>
        <source>Longest stay from {entry}: {days} days, latest exit {last}.</source>
        <translation>Séjour le plus long à partir du {entry} : {days} jours, sortie au plus tard le {last}.</translation>
    </message>
    <message>
        <source>A stay of {days} days never fits without a residence permit.</source>
        <translation>Un séjour de {days} jours n’est jamais possible sans titre de séjour.</translation>
    </message>
    <message>
        <source>Earliest entry for {days} days: {day}.</source>
        <translation>Entrée au plus tôt pour {days} jours : {day}.</translation>
    </message>
</context>
<context>
    <name>TravelLogTab</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>Annu&amp;ler la suppression</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Filter stays (Ctrl+F)</source>
        <translation>Filtrer les séjours (Ctrl+F)</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Timeline and explanation</source>
        <translation>Chronologie et explication</translation>
    </message>
    <message>
        <source>Evidence of the selected stay</source>
        <translation>Justificatifs du séjour sélectionné</translation>
    </message>
    <message>
        <source>Schengen days (90/180)</source>
        <translation>Jours Schengen (90/180)</translation>
    </message>
    <message>
        <source>Record entries into and exits from the Schengen area and see, for each person, the days used in the last 180 and until when they may stay. Add the people in your household first, with their passport and permits, then their first stay.</source>
        <translation>Enregistrez les entrées et sorties de l’espace Schengen et voyez, pour chaque personne, les jours utilisés sur les 180 derniers et jusqu’à quand elle peut rester. Ajoutez d’abord les personnes de votre foyer (household), avec leur passeport et leurs titres de séjour, puis leur premier séjour.</translation>
    </message>
    <message>
        <source>Add a stay…</source>
        <translation>Ajouter un séjour…</translation>
    </message>
    <message>
        <source>{first} – {last} ({days} days)</source>
        <translation>{first} – {last} ({days} jours)</translation>
    </message>
    <message>
        <source>Today: {used} days in the 180 days from {start}: {periods}.</source>
        <translation>Aujourd’hui : {used} jours sur les 180 jours depuis le {start} : {periods}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Planned stays:</source>
        <translation>Séjours prévus :</translation>
    </message>
    <message>
        <source>Select a stay to see or add its evidence.</source>
        <translation>Sélectionnez un séjour pour voir ou ajouter ses justificatifs.</translation>
    </message>
    <message>
        <source>This is a trip from the Trips list: record the stay to attach evidence.</source>
        <translation>Ceci est un voyage de la liste des voyages : enregistrez le séjour pour joindre des justificatifs.</translation>
    </message>
    <message>
        <source>Boarding passes, tickets, photos of stamps for the stay from {day}:</source>
        <translation>Cartes d’embarquement, billets, photos des tampons du séjour à partir du {day} :</translation>
    </message>
    <message>
        <source>still inside</source>
        <translation>encore sur place</translation>
    </message>
    <message>
        <source>Remove a stay</source>
        <translation>Supprimer un séjour</translation>
    </message>
    <message>
        <source>Remove the stay {entry} – {exit} and its evidence files?</source>
        <translation>Supprimer le séjour {entry} – {exit} et ses justificatifs ?</translation>
    </message>
    <message>
        <source>Stay removed. Undo brings it back (without its files).</source>
        <translation>Séjour supprimé. « Annuler la suppression » le rétablit (sans ses fichiers).</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Add &amp;stay…</source>
        <translation>Ajouter un &amp;séjour…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Nationality and permits…</source>
        <translation>Nationalité et titres…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Perso&amp;n:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>Travel &amp;log</source>
        <translation>Carnet de voya&amp;ge</translation>
    </message>
    <message>
        <source>remove the stay of {entry}</source>
        <translation>le retrait du séjour du {entry}</translation>
    </message>
    <message>
        <source>Import stays</source>
        <translation>Importer des séjours</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Line {line}, {column} “{value}”: {reason}</source>
        <translation>Ligne {line}, {column} « {value} » : {reason}</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported:

{lines}

Import the other rows anyway? (Nothing has been imported yet.)</source>
        <translation>{count} lignes ne peuvent pas être importées :

{lines}

Importer quand même les autres lignes ? (Rien n’a encore été importé.)</translation>
    </message>
    <message>
        <source>{imported} stays imported, {duplicates} already recorded.</source>
        <translation>{imported} séjours importés, {duplicates} déjà enregistrés.</translation>
    </message>
    <message>
        <source>stays-{date}.csv</source>
        <translation>sejours-{date}.csv</translation>
    </message>
    <message>
        <source>Export stays</source>
        <translation>Exporter les séjours</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} stays written to {file}</source>
        <translation>{count} séjours écrits dans {file}</translation>
    </message>
    <message>
        <source>travel-summary-{date}.pdf</source>
        <translation>recapitulatif-voyages-{date}.pdf</translation>
    </message>
    <message>
        <source>Export the travel summary</source>
        <translation>Exporter le récapitulatif de voyage</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Travel summary written to {file}</source>
        <translation>Récapitulatif de voyage écrit dans {file}</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CeamTab</name>
    <message>
        <source>Filter people and trips (Ctrl+F)</source>
        <translation>Filtrer les personnes et les voyages (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Set CEAM…</source>
        <translation>&amp;Saisir la CEAM…</translation>
    </message>
    <message>
        <source>Issue and expiry dates of the selected person&apos;s card</source>
        <translation>Dates de délivrance et de fin de validité de la carte de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Agenda (.ics)…</translation>
    </message>
    <message>
        <source>Add t&amp;rip…</source>
        <translation>Ajo&amp;uter un voyage…</translation>
    </message>
    <message>
        <source>Edit trip…</source>
        <translation>Modifier le voyage…</translation>
    </message>
    <message>
        <source>Print remin&amp;der…</source>
        <translation>&amp;Imprimer le mémo…</translation>
    </message>
    <message>
        <source>Reminder as PDF…</source>
        <translation>Mémo en PDF…</translation>
    </message>
    <message>
        <source>CE&amp;AM</source>
        <translation>CEA&amp;M</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Remove trip…</source>
        <translation>Supprimer le voyage…</translation>
    </message>
    <message>
        <source>The provisional-CEAM reminder of the selected trip, for the printer</source>
        <translation>Le mémo CEAM provisoire du voyage sélectionné, pour l’imprimante</translation>
    </message>
    <message>
        <source>Cards (carte européenne d&apos;assurance maladie)</source>
        <translation>Cartes (carte européenne d’assurance maladie)</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <source>No trip yet. Add one to see, for each traveller, whether their card covers every day and what to do by when.</source>
        <translation>Aucun voyage pour l’instant. Ajoutez-en un pour voir, pour chaque voyageur, si sa carte couvre chaque jour et ce qu’il faut faire, et avant quand.</translation>
    </message>
    <message>
        <source>European health insurance cards (CEAM)</source>
        <translation>Cartes européennes d&apos;assurance maladie (CEAM)</translation>
    </message>
    <message>
        <source>Here you will check that every traveller&apos;s CEAM (EHIC) covers each trip, see expiry warnings and print a provisional-certificate reminder before leaving. Start by adding the people in your household.</source>
        <translation>Ici, vous vérifierez que la CEAM de chaque voyageur couvre chaque voyage, verrez les alertes d&apos;expiration et imprimerez un aide-mémoire pour le certificat provisoire avant de partir. Commencez par ajouter les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
    <message>
        <source>Add cert&amp;ificate…</source>
        <translation>A&amp;jouter un certificat…</translation>
    </message>
    <message>
        <source>Record a provisional replacement certificate downloaded from ameli.fr</source>
        <translation>Enregistrer un certificat provisoire de remplacement téléchargé sur ameli.fr</translation>
    </message>
    <message>
        <source>Remove card…</source>
        <translation>Supprimer la carte…</translation>
    </message>
    <message>
        <source>Remove certificate…</source>
        <translation>Supprimer le certificat…</translation>
    </message>
    <message>
        <source>Remove the selected person&apos;s latest provisional certificate</source>
        <translation>Supprimer le dernier certificat provisoire de la personne sélectionnée</translation>
    </message>
    <message>
        <source>CEAM expiry and order-by dates as a calendar file for your agenda</source>
        <translation>Les dates de fin de validité et les dates limites de commande des CEAM, dans un fichier pour votre agenda</translation>
    </message>
    <message>
        <source>ceam-coverage</source>
        <translation>couverture-ceam</translation>
    </message>
    <message>
        <source>trips</source>
        <translation>voyages</translation>
    </message>
    <message>
        <source>trip-check</source>
        <translation>verification-voyage</translation>
    </message>
    <message>
        <source>S1 countr&amp;y…</source>
        <translation>Pa&amp;ys du S1…</translation>
    </message>
    <message>
        <source>Select a trip to see each traveller&apos;s cover.</source>
        <translation>Sélectionnez un voyage pour voir la couverture de chaque voyageur.</translation>
    </message>
    <message>
        <source>{country}, {depart} to {return_date}: each traveller</source>
        <translation>{country}, du {depart} au {return_date} : chaque voyageur</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s CEAM (valid until {date})?</source>
        <translation>Supprimer la CEAM de {name} (valable jusqu’au {date}) ?</translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation>Supprimer le certificat</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s provisional certificate ({start} to {end})?</source>
        <translation>Supprimer le certificat provisoire de {name} (du {start} au {end}) ?</translation>
    </message>
    <message>
        <source>Remove trip</source>
        <translation>Supprimer le voyage</translation>
    </message>
    <message>
        <source>Remove the trip to {country} ({depart} to {return_date})? It is also removed from the Travel log.</source>
        <translation>Supprimer le voyage ({country}, du {depart} au {return_date}) ? Il sera aussi retiré du Journal de voyages.</translation>
    </message>
    <message>
        <source>CEAM reminder</source>
        <translation>Mémo CEAM</translation>
    </message>
    <message>
        <source>Print the CEAM reminder</source>
        <translation>Imprimer le mémo CEAM</translation>
    </message>
    <message>
        <source>Reminder sent to the printer.</source>
        <translation>Mémo envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>ceam-reminder-{country}-{date}.pdf</source>
        <translation>memo-ceam-{country}-{date}.pdf</translation>
    </message>
    <message>
        <source>Save the CEAM reminder</source>
        <translation>Enregistrer le mémo CEAM</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Export CEAM deadlines</source>
        <translation>Exporter les échéances CEAM</translation>
    </message>
    <message>
        <source>ceam-deadlines.ics</source>
        <translation>echeances-ceam.ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
</TS>

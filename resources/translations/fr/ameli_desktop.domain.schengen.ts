<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{country} does not apply the Schengen rules: days there do not count, so there is nothing to plan.</source>
        <extracomment>Per issuing state, the days its permits exempt (sorted, disjoint).</extracomment>
        <translation>{country} n’applique pas les règles de Schengen : les jours passés là-bas ne comptent pas, il n’y a donc rien à planifier.</translation>
    </message>
    <message>
        <source>The exit date {exit} is before the entry date {entry}.</source>
        <translation>La date de sortie {exit} est antérieure à la date d’entrée {entry}.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code: use two capital letters, e.g. FR.</source>
        <translation>« {value} » n’est pas un code pays : utilisez deux lettres majuscules, par exemple FR.</translation>
    </message>
    <message>
        <source>The entry date {value} is before {earliest}, the earliest date the travel log accepts.</source>
        <translation>La date d’entrée {value} est antérieure au {earliest}, la date la plus ancienne acceptée par le journal de voyage.</translation>
    </message>
    <message>
        <source>The exit date {value} is before {earliest}, the earliest date the travel log accepts.</source>
        <translation>La date de sortie {value} est antérieure au {earliest}, la date la plus ancienne acceptée par le journal de voyage.</translation>
    </message>
    <message>
        <source>The entry date {value} is more than {years} years ahead: check the year.</source>
        <translation>La date d’entrée {value} est à plus de {years} ans : vérifiez l’année.</translation>
    </message>
    <message>
        <source>The exit date {value} is more than {years} years ahead: check the year.</source>
        <translation>La date de sortie {value} est à plus de {years} ans : vérifiez l’année.</translation>
    </message>
    <message>
        <source>The entry date {entry} is in the future: a planned stay needs an exit date.</source>
        <translation>La date d’entrée {entry} est dans le futur : un séjour prévu doit avoir une date de sortie.</translation>
    </message>
    <message>
        <source>There is already a stay with no exit (entered on {entry}): record its exit first; only one stay can be open.</source>
        <translation>Un séjour sans sortie existe déjà (entrée le {entry}) : enregistrez d’abord sa sortie ; un seul séjour peut rester ouvert.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters here.</source>
        <extracomment>Longest texts kept for a stay (the storage columns&apos; sizes).</extracomment>
        <translation>Trop long : {limit} caractères au plus ici.</translation>
    </message>
    <message>
        <source>{country} is not a Schengen state: only a residence permit or long-stay visa of a Schengen state changes the 90/180-day count.</source>
        <translation>{country} n’est pas un État Schengen : seul un titre de séjour ou un visa de long séjour d’un État Schengen change le décompte des 90/180 jours.</translation>
    </message>
    <message>
        <source>The permit ends on {end}, before it starts on {start}.</source>
        <translation>Le titre se termine le {end}, avant de commencer le {start}.</translation>
    </message>
    <message>
        <source>EU, EEA and Swiss citizens need no residence permit to move in the Schengen area: choose “Other passport” to record one.</source>
        <translation>Les citoyens de l’UE, de l’EEE et de la Suisse n’ont pas besoin de titre de séjour pour circuler dans l’espace Schengen : choisissez « Autre passeport » pour en enregistrer un.</translation>
    </message>
</context>
<context>
    <name>Schengen</name>
    <message>
        <source>Over the limit from {first} to {last} ({days} days): on {first}, the 180 days from {window_start} held {count} days of presence, more than {max_days}; by {last} they held {peak}.</source>
        <translation>Au-delà de la limite du {first} au {last} ({days} jours) : le {first}, les 180 jours depuis le {window_start} comptaient {count} jours de présence, plus de {max_days} ; le {last}, ils en comptaient {peak}.</translation>
    </message>
    <message>
        <source>On {day} the 180 days from {window_start} would hold {count} days of presence, more than {max_days}.</source>
        <translation>Le {day}, les 180 jours depuis le {window_start} compteraient {count} jours de présence, plus de {max_days}.</translation>
    </message>
    <message>
        <source>The stamps due depend on the passport: EU, EEA and Swiss passports are not stamped; other passports are, unless their holder shows a residence permit or long-stay visa.</source>
        <translation>Les tampons dépendent du passeport : les passeports de l’UE, de l’EEE et de la Suisse ne sont pas tamponnés ; les autres le sont, sauf si leur titulaire présente un titre de séjour ou un visa de long séjour.</translation>
    </message>
    <message>
        <source>EU, EEA and Swiss citizens move freely: the 90/180-day rule does not apply and their passports are not stamped.</source>
        <translation>Les citoyens de l’UE, de l’EEE et de la Suisse circulent librement : la règle des 90/180 jours ne s’applique pas et leur passeport n’est pas tamponné.</translation>
    </message>
    <message>
        <source>Not given yet: nothing is counted</source>
        <extracomment>How each group is named where it is asked (the UI translates them in the &quot;Schengen&quot; context).</extracomment>
        <translation>Pas encore indiqué : rien n’est compté</translation>
    </message>
    <message>
        <source>EU, EEA or Swiss citizen: no limit, no stamps</source>
        <translation>Citoyen UE, EEE ou suisse : pas de limite, pas de tampons</translation>
    </message>
    <message>
        <source>Other passport (outside the EU, EEA and Switzerland)</source>
        <translation>Autre passeport (hors UE, EEE et Suisse)</translation>
    </message>
    <message>
        <source>Long-stay visa (VLS-TS)</source>
        <translation>Visa de long séjour (VLS-TS)</translation>
    </message>
    <message>
        <source>Residence permit (titre de séjour)</source>
        <extracomment>Translation context of the explanations below (the GUI calls ``translate(CONTEXT, template)``). Country of a stay when none is given (the app is about France). Planning &quot;in the other Schengen states&quot;: a member state that issued none of the person&apos;s permits (what a permit holder asks: how long may I spend outside the state that let me in). A sentence for the user: a template marked ``QT_TRANSLATE_NOOP(&quot;Schengen&quot;, ...)`` and its parameters (dates and :class:`CountryCode` stay raw, so each reader sees them in its language). How each document is named (the UI and the documents translate them in the &quot;Schengen&quot; context).</extracomment>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Status unknown: say which passport and permits apply.</source>
        <extracomment>Who is not stamped at the border: a stamp on their passport is flagged (DESIGN.md 3).</extracomment>
        <translation>Statut inconnu : indiquez le passeport et les titres de séjour.</translation>
    </message>
    <message>
        <source>{document} issued by {state}, valid until {end}: days in {state} do not count towards 90/180, days in the other Schengen states do. The passport should not be stamped: show the document at the border.</source>
        <translation>{document} délivré par l’État suivant : {state}, valable jusqu’au {end} : les jours passés dans cet État ne comptent pas dans les 90/180, ceux passés dans les autres États Schengen comptent. Le passeport ne devrait pas être tamponné : présentez le document à la frontière.</translation>
    </message>
    <message>
        <source>Visitor without a residence permit: at most 90 days in any 180; the passport is stamped at entry and exit.</source>
        <translation>Visiteur sans titre de séjour : 90 jours au plus sur toute période de 180 ; le passeport est tamponné à l’entrée et à la sortie.</translation>
    </message>
    <message>
        <source>Visitor without a residence permit: at most 90 days in any 180. The Entry/Exit System is being rolled out (since {ees_start}, complete on {ees_complete}): the passport is still stamped at entry and exit.</source>
        <translation>Visiteur sans titre de séjour : 90 jours au plus sur toute période de 180. Le système d’entrée/sortie (EES) est en cours de déploiement (depuis le {ees_start}, complet le {ees_complete}) : le passeport est encore tamponné à l’entrée et à la sortie.</translation>
    </message>
    <message>
        <source>Visitor without a residence permit: at most 90 days in any 180. Since {ees_complete} the Entry/Exit System records entries and exits instead of stamps.</source>
        <translation>Visiteur sans titre de séjour : 90 jours au plus sur toute période de 180. Depuis le {ees_complete}, le système d’entrée/sortie (EES) enregistre les entrées et sorties à la place des tampons.</translation>
    </message>
    <message>
        <source>EU, EEA or Swiss citizen: free movement, no day is counted.</source>
        <translation>Citoyen UE, EEE ou suisse : libre circulation, aucun jour n’est compté.</translation>
    </message>
    <message>
        <source>{document} issued by {state}: days in {state} are not counted; {used} of {max} days used in the other Schengen states.</source>
        <translation>{document} délivré par l’État suivant : {state} ; les jours passés dans cet État ne sont pas comptés ; {used} jours sur {max} utilisés dans les autres États Schengen.</translation>
    </message>
    <message>
        <source>Visitor (no EU, EEA or Swiss passport, no valid residence permit): every day in the Schengen area counts; {used} of {max} days used.</source>
        <translation>Visiteur (ni passeport UE, EEE ou suisse, ni titre de séjour valable) : chaque jour dans l’espace Schengen compte ; {used} jours sur {max} utilisés.</translation>
    </message>
    <message>
        <source>EU, EEA or Swiss citizen: no 90/180-day limit.</source>
        <translation>Citoyen UE, EEE ou suisse : pas de limite des 90/180 jours.</translation>
    </message>
    <message>
        <source>Days in {country} are not counted until {end}: a residence permit or long-stay visa issued by {country} is valid then; after that date they count.</source>
        <translation>Les jours passés dans cet État ({country}) ne sont pas comptés jusqu’au {end} : un titre de séjour ou un visa de long séjour qu’il a délivré est valable jusque-là ; après cette date, ils comptent.</translation>
    </message>
    <message>
        <source>{document} issued by {state}: days in the other Schengen states count towards 90 in any 180.</source>
        <translation>{document} délivré par l’État suivant : {state} ; les jours passés dans les autres États Schengen comptent dans les 90 jours sur toute période de 180.</translation>
    </message>
    <message>
        <source>{document} issued by {state}: days in {country} count towards 90 in any 180.</source>
        <translation>{document} délivré par l’État suivant : {state} ; les jours passés dans cet autre État ({country}) comptent dans les 90 jours sur toute période de 180.</translation>
    </message>
    <message>
        <source>Visitor: every day in the Schengen area counts towards 90 in any 180.</source>
        <translation>Visiteur : chaque jour dans l’espace Schengen compte dans les 90 jours sur toute période de 180.</translation>
    </message>
    <message>
        <source>No entry stamp on {day}: without it a border guard may presume you overstayed. Keep proof of the date you arrived (boarding pass, ticket, exit stamp of the country you came from).</source>
        <translation>Pas de tampon d’entrée le {day} : sans lui, un garde-frontière peut présumer un dépassement de séjour. Gardez une preuve de votre date d’arrivée (carte d’embarquement, billet, tampon de sortie du pays de provenance).</translation>
    </message>
    <message>
        <source>No exit stamp on {day}: your next entry may count these days as still inside. Keep proof that you left (boarding pass, ticket, entry stamp of the next country).</source>
        <translation>Pas de tampon de sortie le {day} : à votre prochaine entrée, ces jours pourraient compter comme passés sur place. Gardez une preuve de votre départ (carte d’embarquement, billet, tampon d’entrée du pays suivant).</translation>
    </message>
    <message>
        <source>The passport was stamped at entry on {day} although no stamp was due: EU/EEA/Swiss citizens and holders of a valid residence permit or long-stay visa are not stamped. Keep a copy of that document with the passport.</source>
        <translation>Le passeport a été tamponné à l’entrée le {day} alors qu’aucun tampon n’était dû : les citoyens UE/EEE/suisses et les titulaires d’un titre de séjour ou d’un visa long séjour valable ne sont pas tamponnés. Gardez une copie de ce document avec le passeport.</translation>
    </message>
    <message>
        <source>The passport was stamped at exit on {day} although no stamp was due: EU/EEA/Swiss citizens and holders of a valid residence permit or long-stay visa are not stamped. Keep a copy of that document with the passport.</source>
        <translation>Le passeport a été tamponné à la sortie le {day} alors qu’aucun tampon n’était dû : les citoyens UE/EEE/suisses et les titulaires d’un titre de séjour ou d’un visa long séjour valable ne sont pas tamponnés. Gardez une copie de ce document avec le passeport.</translation>
    </message>
    <message>
        <source>This stay overlaps the stay from {entry} to {exit}: shared days count once.</source>
        <translation>Ce séjour chevauche le séjour du {entry} au {exit} : les jours communs comptent une seule fois.</translation>
    </message>
    <message>
        <source>Days in {country} from {first} to {last} are not counted: a residence permit or long-stay visa issued by {country} was valid.</source>
        <translation>Les jours passés dans cet État ({country}) du {first} au {last} ne sont pas comptés : un titre de séjour ou un visa de long séjour qu’il a délivré était valable.</translation>
    </message>
    <message>
        <source>{country} does not apply the Schengen rules: days there do not count towards 90/180.</source>
        <translation>{country} n’applique pas les règles de Schengen : les jours passés là-bas ne comptent pas dans les 90/180.</translation>
    </message>
    <message>
        <source>{country} applies the 90/180-day rule from {since}: days there before that date do not count.</source>
        <translation>{country} applique la règle des 90/180 jours depuis le {since} : les jours passés là-bas avant cette date ne comptent pas.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help (aide)</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Phone (téléphone)</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>CPAM appointments</source>
        <translation>Rendez-vous CPAM</translation>
    </message>
    <message>
        <source>ameli account</source>
        <translation>Compte ameli</translation>
    </message>
    <message>
        <source>Declare a birth</source>
        <translation>Déclarer une naissance</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>For a medical emergency call {number} (free, every day, at any hour) — not the Assurance Maladie.</source>
        <translation>Pour une urgence médicale, appelez le {number} (gratuit, tous les jours, à toute heure) — pas l&apos;Assurance Maladie.</translation>
    </message>
    <message>
        <source>“Open now” is computed from the current time in Paris and the French public holidays.</source>
        <translation>« Ouvert maintenant » est calculé d&apos;après l&apos;heure actuelle à Paris et les jours fériés français.</translation>
    </message>
    <message>
        <source>Your e-mail validation deadline</source>
        <translation>Votre date limite de validation de l&apos;e-mail</translation>
    </message>
    <message>
        <source>I started then</source>
        <translation>J&apos;ai commencé à cette date</translation>
    </message>
    <message>
        <source>I started just now</source>
        <translation>Je viens de commencer</translation>
    </message>
    <message>
        <source>I clicked the link: the account is validated</source>
        <translation>J&apos;ai cliqué sur le lien : le compte est validé</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Started creating it</source>
        <translation>Création commencée le</translation>
    </message>
    <message>
        <source>Add the people in your household first.</source>
        <translation>Ajoutez d&apos;abord les personnes de votre foyer.</translation>
    </message>
    <message>
        <source>Note when you start creating the account: the link in the confirmation e-mail expires after {days} days.</source>
        <translation>Notez quand vous commencez à créer le compte : le lien de l&apos;e-mail de confirmation expire après {days} jours.</translation>
    </message>
    <message>
        <source>Validated. (The link was valid until {deadline}.)</source>
        <translation>Validé. (Le lien était valable jusqu&apos;au {deadline}.)</translation>
    </message>
    <message>
        <source>The link expired on {deadline}: start the account creation again on ameli.fr.</source>
        <translation>Le lien a expiré le {deadline} : recommencez la création du compte sur ameli.fr.</translation>
    </message>
    <message>
        <source>Click the link in the e-mail by {deadline} ({days} days and {hours} hours left).</source>
        <translation>Cliquez sur le lien de l&apos;e-mail avant le {deadline} (il reste {days} jours et {hours} heures).</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>Documents nécessaires :</translation>
    </message>
    <message>
        <source>Add the child to the household and follow the declaration</source>
        <translation>Ajouter l&apos;enfant au foyer et suivre la déclaration</translation>
    </message>
    <message>
        <source>Attach the child to both parents&apos; rights</source>
        <translation>Rattacher l&apos;enfant aux droits des deux parents</translation>
    </message>
    <message>
        <source>When the caisse has sent it (optional)</source>
        <translation>Quand la caisse l&apos;a envoyé (facultatif)</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;name</source>
        <translation>&amp;Nom de l&apos;enfant</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>Né(e) &amp;le</translation>
    </message>
    <message>
        <source>&amp;Parent declaring</source>
        <translation>&amp;Parent déclarant</translation>
    </message>
    <message>
        <source>Declared to the caisse &amp;on</source>
        <translation>Déclaré(e) à la caisse l&amp;e</translation>
    </message>
    <message>
        <source>Child&apos;s NI&amp;R</source>
        <translation>NI&amp;R de l&apos;enfant</translation>
    </message>
    <message>
        <source>Add the child and a claim to follow</source>
        <translation>Ajouter l&apos;enfant et une démarche à suivre</translation>
    </message>
    <message>
        <source>The caisse confirmed it</source>
        <translation>La caisse l&apos;a confirmé</translation>
    </message>
    <message>
        <source>Declarations followed</source>
        <translation>Déclarations suivies</translation>
    </message>
    <message>
        <source>Add the parents to the household first.</source>
        <translation>Ajoutez d&apos;abord les parents au foyer.</translation>
    </message>
    <message>
        <source>Declare at the mairie by {date}.</source>
        <translation>Déclarez à la mairie au plus tard le {date}.</translation>
    </message>
    <message>
        <source>Added {child} to the household. Follow up with the caisse if the child is not on your rights by {date}.</source>
        <translation>{child} a été ajouté(e) au foyer. Relancez la caisse si l&apos;enfant n&apos;est pas sur vos droits le {date}.</translation>
    </message>
    <message>
        <source>confirmed on {date}</source>
        <translation>confirmée le {date}</translation>
    </message>
    <message>
        <source>follow up by {date}</source>
        <translation>à relancer le {date}</translation>
    </message>
    <message>
        <source>{child}, born {born} ({parent}): {state}</source>
        <translation>{child}, né(e) le {born} ({parent}) : {state}</translation>
    </message>
    <message>
        <source>Public holidays (jours fériés) in {year}: the Assurance Maladie&apos;s phone lines and offices are closed.</source>
        <translation>Jours fériés en {year} : les lignes téléphoniques et les accueils de l&apos;Assurance Maladie sont fermés.</translation>
    </message>
    <message>
        <source>Alsace and Moselle also have Good Friday and 26 December; they are not counted here.</source>
        <translation>L&apos;Alsace et la Moselle ont aussi le Vendredi saint et le 26 décembre ; ils ne sont pas comptés ici.</translation>
    </message>
</context>
</TS>

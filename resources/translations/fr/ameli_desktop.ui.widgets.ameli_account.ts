<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AmeliAccountSection</name>
    <message>
        <source>ameli.fr account (compte ameli)</source>
        <translation>Compte ameli (ameli.fr)</translation>
    </message>
    <message>
        <source>Your ameli.fr login is your NIR (numéro de sécurité sociale), shown masked.</source>
        <translation>Votre identifiant ameli.fr est votre NIR (numéro de sécurité sociale), affiché masqué.</translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation>Chan&amp;ger</translation>
    </message>
    <message>
        <source>Type a different ameli.fr login</source>
        <translation>Saisir un autre identifiant ameli.fr</translation>
    </message>
    <message>
        <source>Type it to save it in the keyring</source>
        <translation>Saisissez-le pour l&apos;enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>Identi&amp;fiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Save to &amp;keyring</source>
        <translation>Enregistrer dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>&amp;Copy password</source>
        <translation>&amp;Copier le mot de passe</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds.</source>
        <translation>Le presse-papiers est vidé au bout de 30 secondes.</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>O&amp;ublier…</translation>
    </message>
    <message>
        <source>&amp;Open ameli.fr</source>
        <translation>&amp;Ouvrir ameli.fr</translation>
    </message>
    <message>
        <source>Save this person first; then their ameli.fr password can be kept here.</source>
        <translation>Enregistrez d&apos;abord cette personne ; son mot de passe ameli.fr pourra ensuite être conservé ici.</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Passwords are kept in this computer&apos;s keyring ({backend}).</source>
        <translation>Les mots de passe sont conservés dans le trousseau de cet ordinateur ({backend}).</translation>
    </message>
    <message>
        <source>A password is saved in the keyring.</source>
        <translation>Un mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>No password saved yet.</source>
        <translation>Aucun mot de passe enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>13 characters, or all 15 with the key</source>
        <translation>13 caractères, ou les 15 avec la clé</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>The keyring is locked: unlock it in the window that opens…</source>
        <translation>Le trousseau est verrouillé : déverrouillez-le dans la fenêtre qui s&apos;ouvre…</translation>
    </message>
    <message>
        <source>Saving in the keyring…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>The keyring was unlocked and the password saved in it.</source>
        <translation>Le trousseau a été déverrouillé et le mot de passe y a été enregistré.</translation>
    </message>
    <message>
        <source>The password was replaced in the keyring.</source>
        <translation>Le mot de passe a été remplacé dans le trousseau.</translation>
    </message>
    <message>
        <source>The password was saved in the keyring.</source>
        <translation>Le mot de passe a été enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Reading the keyring…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>No password is saved in the keyring.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Password copied. The clipboard will be cleared in 30 seconds.</source>
        <translation>Mot de passe copié. Le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s ameli.fr password from the keyring? You will need to type it again to keep it here.</source>
        <translation>Supprimer du trousseau le mot de passe ameli.fr de {name} ? Il faudra le saisir à nouveau pour le conserver ici.</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Oublier le mot de passe</translation>
    </message>
    <message>
        <source>Removing it from the keyring…</source>
        <translation>Suppression du trousseau…</translation>
    </message>
    <message>
        <source>The password was removed from the keyring.</source>
        <translation>Le mot de passe a été supprimé du trousseau.</translation>
    </message>
    <message>
        <source>There was no password to remove.</source>
        <translation>Il n&apos;y avait pas de mot de passe à supprimer.</translation>
    </message>
</context>
</TS>

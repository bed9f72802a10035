<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Passwords can&apos;t be saved on this computer because no system keyring was found. Everything else works; ameli.fr passwords are simply not kept.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés sur cet ordinateur, car aucun trousseau système n&apos;a été trouvé. Tout le reste fonctionne ; les mots de passe ameli.fr ne sont simplement pas conservés.</translation>
    </message>
    <message>
        <source>Passwords can&apos;t be saved on this computer because no keyring service (such as GNOME Keyring or KWallet) is running. Start or install one, then restart Ameli Desktop.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés sur cet ordinateur, car aucun service de trousseau (comme GNOME Keyring ou KWallet) n&apos;est lancé. Lancez-en un ou installez-le, puis redémarrez Ameli Desktop.</translation>
    </message>
    <message>
        <source>Passwords can&apos;t be saved on this computer because the desktop session&apos;s message bus (D-Bus), through which the keyring is reached, could not be found.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés sur cet ordinateur, car le bus de messages de la session (D-Bus), par lequel on accède au trousseau, est introuvable.</translation>
    </message>
    <message>
        <source>Passwords can&apos;t be saved on this computer because the SecretStorage component, which talks to the keyring, is not installed.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés sur cet ordinateur, car le composant SecretStorage, qui dialogue avec le trousseau, n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Passwords can&apos;t be saved on this computer because the keyring is switched off in keyring&apos;s settings (its “null” backend is chosen).</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés sur cet ordinateur, car le trousseau est désactivé dans les réglages de keyring (son module « null » est choisi).</translation>
    </message>
    <message>
        <source>Passwords can&apos;t be saved on this computer because the only keyring available ({backend}) would keep them in a file, which Ameli Desktop refuses to do.</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés sur cet ordinateur, car le seul trousseau disponible ({backend}) les garderait dans un fichier, ce qu&apos;Ameli Desktop refuse.</translation>
    </message>
    <message>
        <source>Passwords can&apos;t be saved on this computer because the keyring reported an error: {detail}</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés sur cet ordinateur, car le trousseau a signalé une erreur : {detail}</translation>
    </message>
    <message>
        <source>The keyring is locked. Saving or copying a password will ask you to unlock it.</source>
        <translation>Le trousseau est verrouillé. Enregistrer ou copier un mot de passe vous demandera de le déverrouiller.</translation>
    </message>
    <message>
        <source>The keyring has no default collection yet. Saving a password will ask you to create one.</source>
        <translation>Le trousseau n&apos;a pas encore de collection par défaut. Enregistrer un mot de passe vous proposera d&apos;en créer une.</translation>
    </message>
    <message>
        <source>The keyring&apos;s unlock prompt got no answer within {seconds} seconds, so nothing was done. If the prompt is still open, answer it, then try again.</source>
        <translation>La demande de déverrouillage du trousseau est restée sans réponse pendant {seconds} secondes ; rien n&apos;a été fait. Si elle est toujours ouverte, répondez-y, puis réessayez.</translation>
    </message>
    <message>
        <source>Enter the ameli.fr password to save.</source>
        <translation>Saisissez le mot de passe ameli.fr à enregistrer.</translation>
    </message>
    <message>
        <source>The password contains a line break or another invisible control character; remove it (it usually comes from copying and pasting).</source>
        <translation>Le mot de passe contient un saut de ligne ou un autre caractère de contrôle invisible ; retirez-le (il vient en général d&apos;un copier-coller).</translation>
    </message>
    <message>
        <source>The keyring stayed locked (its unlock prompt was refused or closed), so the password was not saved.</source>
        <translation>Le trousseau est resté verrouillé (sa demande de déverrouillage a été refusée ou fermée) ; le mot de passe n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The keyring stayed locked (its unlock prompt was refused or closed), so the password could not be read.</source>
        <translation>Le trousseau est resté verrouillé (sa demande de déverrouillage a été refusée ou fermée) ; le mot de passe n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The keyring stayed locked (its unlock prompt was refused or closed), so the password was not removed.</source>
        <translation>Le trousseau est resté verrouillé (sa demande de déverrouillage a été refusée ou fermée) ; le mot de passe n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring: {detail}</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau : {detail}</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: {detail}</source>
        <translation>Le mot de passe n&apos;a pas pu être lu dans le trousseau : {detail}</translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring: {detail}</source>
        <translation>Le mot de passe n&apos;a pas pu être supprimé du trousseau : {detail}</translation>
    </message>
</context>
</TS>

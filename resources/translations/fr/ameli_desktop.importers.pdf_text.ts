<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{file}” is {size} MB: a statement PDF is expected below {limit} MB.</source>
        <translation>« {file} » fait {size} Mo : un relevé PDF devrait faire moins de {limit} Mo.</translation>
    </message>
    <message>
        <source>“{file}” is not a PDF file.</source>
        <translation>« {file} » n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>“{file}” is a damaged PDF that cannot be read ({detail}).</source>
        <translation>« {file} » est un PDF endommagé qui ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <source>“{file}” holds {count} objects: a statement has a few hundred; it is not read.</source>
        <translation>« {file} » contient {count} objets : un relevé en a quelques centaines ; il n’est pas lu.</translation>
    </message>
    <message>
        <source>“{file}” is protected by a password: download it again, or save it without a password from a PDF viewer, and import that file.</source>
        <translation>« {file} » est protégé par un mot de passe : téléchargez-le de nouveau, ou enregistrez-le sans mot de passe depuis une visionneuse PDF, et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{file}” has {pages} pages: a statement has a few (at most {limit} are read).</source>
        <translation>« {file} » a {pages} pages : un relevé en a quelques-unes (au plus {limit} sont lues).</translation>
    </message>
    <message>
        <source>Page {page} of “{file}” holds more drawing and text than any statement: it is not read.</source>
        <translation>La page {page} de « {file} » contient plus de dessin et de texte que tout relevé : elle n’est pas lue.</translation>
    </message>
    <message>
        <source>Page {page} of “{file}” has no text to read: it is probably a scan or a photo; import the PDF you downloaded instead.</source>
        <translation>La page {page} de « {file} » n’a pas de texte à lire : c’est sans doute une numérisation ou une photo ; importez plutôt le PDF téléchargé.</translation>
    </message>
</context>
</TS>

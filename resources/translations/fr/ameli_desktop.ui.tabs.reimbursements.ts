<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ReimbursementsTab</name>
    <message>
        <source>Reimbursements</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Your reimbursements (remboursements)</source>
        <translation>Vos remboursements</translation>
    </message>
    <message>
        <source>Here you will browse the statement lines you download from ameli.fr, your bank or your complementary insurer, with monthly and yearly totals per person and what is left for you to pay. Start by adding the people in your household, then import a statement CSV.</source>
        <translation>Ici, vous parcourrez les lignes des relevés téléchargés sur ameli.fr, auprès de votre banque ou de votre complémentaire, avec les totaux mensuels et annuels par personne et votre reste à charge. Commencez par ajouter les personnes de votre foyer, puis importez un relevé CSV.</translation>
    </message>
    <message>
        <source>Manage household…</source>
        <translation>Gérer le foyer…</translation>
    </message>
</context>
</TS>

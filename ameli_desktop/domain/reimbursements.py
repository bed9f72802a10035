"""Rules about reimbursement lines that every layer shares."""


def out_of_pocket_cents(
    paid_cents: int | None, reimbursed_cents: int | None, complementary_cents: int | None
) -> int | None:
    """What the household paid itself: paid - reimbursed - complementary (DESIGN.md 2).

    Derived, never stored, so that editing one amount can never leave it stale. None when the amount
    paid is unknown (a bank line only shows what was received), because "0 out of pocket" would then
    be a claim we cannot make.
    """
    if paid_cents is None:
        return None
    return paid_cents - (reimbursed_cents or 0) - (complementary_cents or 0)

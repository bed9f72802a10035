"""Each person's ameli.fr account (login and password), kept in the OS keyring.

What the GUI's "ameli.fr account" section and the ``credentials`` commands share. The keyring
itself is ``secrets.py`` (the only module that talks to it); this service ties its entries to the
household's people. Nothing here touches the database except to read who the people are: a
password never reaches it.
"""

import logging
from dataclasses import dataclass

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.identifiers import mask_nir
from ameli_desktop.secrets import (
    AmeliCredential,
    CredentialStore,
    KeyringState,
    KeyringStatus,
    KeyringUnavailableError,
    SaveOutcome,
    default_store,
)
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService, PersonRecord

log = logging.getLogger(__name__)

NO_LOGIN = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} has no NIR in the household, so there is no ameli.fr login to save with the"
    " password: enter the login (the NIR) too.",
)


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """Whether a person has a password in the keyring (never the password itself)."""

    person_id: int
    name: str
    password_stored: bool | None  # None: the keyring cannot say (passwords can't be saved)

    def to_json(self) -> dict[str, object]:
        return {"id": self.person_id, "name": self.name, "password_stored": self.password_stored}


@dataclass(frozen=True, slots=True)
class AccountView:
    """What a person's record shows before anything is asked of the user (no unlock prompt)."""

    state: KeyringState
    password_stored: bool | None
    login: str  # the stored login, else the person's NIR, else ""

    @property
    def masked_login(self) -> str:
        return mask_nir(self.login)


class CredentialsService:
    """Save, read and forget people's ameli.fr logins and passwords.

    Args:
        ctx: the app's context (to find people).
        store: the keyring port; the process's shared store over keyring's backend by default.
    """

    def __init__(self, ctx: AppContext, store: CredentialStore | None = None) -> None:
        self.ctx = ctx
        self.store = store if store is not None else default_store()

    def keyring_state(self, *, refresh: bool = False) -> KeyringState:
        return self.store.state(refresh=refresh)

    def _person(self, person_id: int) -> PersonRecord:
        return PeopleService(self.ctx).get(person_id)

    def view(self, person_id: int) -> AccountView:
        """The keyring's state, whether a password is stored and the login to show.

        Never prompts: on a locked keyring the stored login cannot be read, so the person's NIR
        is shown instead.
        """
        person = self._person(person_id)
        state = self.store.state(refresh=True)
        stored: bool | None = None
        login = person.nir or ""
        if state.can_save:
            try:
                stored = self.store.has_password(person.uid)
                if stored and state.status is KeyringStatus.READY:
                    login = self.store.stored_login(person.uid) or login
            except UserError:
                state = self.store.state()  # the error updated it
        return AccountView(self.store.state(), stored, login)

    def save(self, person_id: int, password: str, *, login: str | None = None) -> SaveOutcome:
        """Store the person's password with their login (``login``, else their NIR).

        May show the OS's unlock prompt; the GUI calls it off its thread.
        """
        person = self._person(person_id)
        chosen = (login or "").strip() or person.nir
        if not chosen:
            raise UserError(NO_LOGIN, field="login", name=person.name)
        return self.store.save(person.uid, login=chosen, password=password)

    def read(self, person_id: int) -> AmeliCredential | None:
        """The stored login and password (may show the unlock prompt), None if none is stored."""
        return self.store.read(self._person(person_id).uid)

    def forget(self, person_id: int) -> bool:
        """Remove the person's password and login from the keyring; True if one was there."""
        return self.store.forget(self._person(person_id).uid)

    def forget_without_prompt(self, uid: str) -> bool:
        """Best effort after a person is removed: forget their entries if the keyring is open.

        Never prompts and never fails the removal; a locked or missing keyring leaves the entries
        (logged), which the user can delete in their keyring manager.
        """
        try:
            if self.store.state(refresh=True).status is not KeyringStatus.READY:
                if self.store.state().can_save:
                    log.info("keyring locked: a removed person's password was left in it")
                return False
            return self.store.has_password(uid) and self.store.forget(uid)
        except UserError as error:
            log.warning("could not forget a removed person's password: %s", error)
            return False

    def status(self) -> tuple[KeyringState, list[AccountStatus]]:
        """Who has a password in the keyring, without unlocking it."""
        people = PeopleService(self.ctx).all()
        state = self.store.state()
        result = []
        for person in people:
            stored: bool | None = None
            if state.can_save:
                try:
                    stored = self.store.has_password(person.uid)
                except KeyringUnavailableError:
                    state = self.store.state()
            result.append(AccountStatus(person.id, person.name, stored))
        return state, result

"""A stand-in for the desktop's keyring prompt (gcr-prompter), so unlocking can be tested.

When a locked collection must be unlocked, gnome-keyring asks a *prompter* on the session bus to
show the "Unlock Keyring" dialog and hand back what the user typed. The daemon started by
``keyring_service.py`` is told (``GNOME_KEYRING_TEST_PROMPTER``, a variable gnome-keyring reads for
its own tests) to use the bus name below; this class answers there as a user at the keyboard would:
type a password, press Cancel, or walk away.

Protocol (gcr's ``org.gnome.keyring.internal.Prompter``, as gnome-keyring speaks it):

1. the daemon calls ``BeginPrompting(callback)``; the prompter answers with
   ``callback.PromptReady("", {}, exchange)``, ``exchange`` carrying its Diffie-Hellman public key;
2. the daemon calls ``PerformPrompt(callback, "password", properties, exchange)`` with its own key;
3. the prompter replies ``PromptReady("yes", {}, exchange + encrypted password)`` or ``"no"``;
4. a wrong password brings another PerformPrompt (with a warning); the daemon ends with
   ``StopPrompting(callback)`` and the prompter answers ``PromptDone()``.

The exchange ("sx-aes-1") is gcr's: DH over the RFC 3526 1536-bit group, HKDF-SHA256 of the shared
secret (padded to 192 bytes, no salt, no info) to a 16-byte AES key, AES-128-CBC with PKCS#7.
"""

import base64
import queue
import secrets
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import Any

PROMPTER_BUS_NAME = "org.ameli_desktop.tests.Prompter"
PROMPTER_PATH = "/org/gnome/keyring/Prompter"
PROMPTER_INTERFACE = "org.gnome.keyring.internal.Prompter"
CALLBACK_INTERFACE = "org.gnome.keyring.internal.Prompter.Callback"

# RFC 3526, 1536-bit MODP group (id 5), generator 2: gcr's "ietf-ike-grp-modp-1536".
MODP_1536 = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA237327FFFFFFFFFFFFFFFF",
    16,
)
MODP_1536_BYTES = 192
EXCHANGE_HEADER = "[sx-aes-1]"


class SecretExchange:
    """One side of gcr's secret exchange: the prompter's."""

    def __init__(self) -> None:
        self._private = secrets.randbelow(MODP_1536 - 3) + 2
        self.public = pow(2, self._private, MODP_1536)
        self._key: bytes | None = None

    def begin(self) -> str:
        return self._encode({"public": _int_bytes(self.public)})

    def receive(self, exchange: str) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        peer = int.from_bytes(self._decode(exchange)["public"], "big")
        shared = pow(peer, self._private, MODP_1536).to_bytes(MODP_1536_BYTES, "big")
        self._key = HKDF(algorithm=hashes.SHA256(), length=16, salt=None, info=b"").derive(shared)

    def send(self, secret: str) -> str:
        from cryptography.hazmat.primitives import padding
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        assert self._key is not None, "receive() the peer's key first"
        iv = secrets.token_bytes(16)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(secret.encode()) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(iv)).encryptor()
        encrypted = encryptor.update(padded) + encryptor.finalize()
        return self._encode({"public": _int_bytes(self.public), "secret": encrypted, "iv": iv})

    @staticmethod
    def _encode(values: dict[str, bytes]) -> str:
        lines = [f"{key}={base64.b64encode(value).decode()}" for key, value in values.items()]
        return "\n".join([EXCHANGE_HEADER, *lines, ""])

    @staticmethod
    def _decode(exchange: str) -> dict[str, bytes]:
        values = {}
        for line in exchange.splitlines():
            key, sep, value = line.partition("=")
            if sep:
                values[key.strip()] = base64.b64decode(value.strip())
        return values


def _int_bytes(number: int) -> bytes:
    return number.to_bytes((number.bit_length() + 7) // 8, "big")


@dataclass
class FakePrompter:
    """Answers gnome-keyring's prompts from a script of what the user does.

    ``answers``: one per password prompt shown, in order: a password to type, None to press
    Cancel, or ``FakePrompter.IGNORE`` to leave the dialog open. When the script runs out,
    the prompter presses Cancel.
    """

    IGNORE = object()

    answers: list[Any] = field(default_factory=list)
    prompts: list[dict[str, Any]] = field(default_factory=list)  # properties of each shown prompt
    _exchanges: dict[tuple[str, str], SecretExchange] = field(default_factory=dict)
    _open: list[tuple[str, str]] = field(default_factory=list)  # prompts left on screen
    _late: "queue.Queue[Any]" = field(default_factory=queue.Queue)

    def answer_open_prompt(self, answer: Any) -> None:
        """The user comes back and answers the prompt left open (done on the prompter's thread)."""
        self._late.put(answer)

    def handle_late_answers(self, connection: Any) -> None:
        while not self._late.empty() and self._open:
            sender, callback = self._open.pop(0)
            self._answer(connection, sender, callback, self._late.get())

    def handle(self, connection: Any, message: Any) -> None:
        from jeepney import MessageType, new_error, new_method_return
        from jeepney.low_level import HeaderFields

        if message.header.message_type is not MessageType.method_call:
            return
        fields = message.header.fields
        if fields.get(HeaderFields.interface) != PROMPTER_INTERFACE:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))
            return
        member = fields[HeaderFields.member]
        sender = fields[HeaderFields.sender]
        callback = message.body[0]
        connection.send(new_method_return(message))
        key = (sender, callback)
        if member == "BeginPrompting":
            exchange = SecretExchange()
            self._exchanges[key] = exchange
            self._call_back(connection, sender, callback, "PromptReady", "", exchange.begin())
        elif member == "PerformPrompt":
            _callback, prompt_type, properties, client_exchange = message.body
            self.prompts.append({"type": prompt_type, **{k: v[1] for k, v in properties.items()}})
            self._exchanges[key].receive(client_exchange)
            answer = self.answers.pop(0) if self.answers else None
            if answer is self.IGNORE:
                self._open.append(key)
                return
            self._answer(connection, sender, callback, answer)
        elif member == "StopPrompting":
            self._exchanges.pop(key, None)
            self._call_back(connection, sender, callback, "PromptDone")

    def _answer(self, connection: Any, sender: str, callback: str, answer: str | None) -> None:
        exchange = self._exchanges[(sender, callback)]
        if answer is None:
            self._call_back(connection, sender, callback, "PromptReady", "no", exchange.begin())
        else:
            reply = exchange.send(answer)
            self._call_back(connection, sender, callback, "PromptReady", "yes", reply)

    @staticmethod
    def _call_back(connection: Any, sender: str, path: str, member: str, *args: str) -> None:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(path, bus_name=sender, interface=CALLBACK_INTERFACE)
        if member == "PromptReady":
            reply, exchange = args
            message = new_method_call(address, member, "sa{sv}s", (reply, {}, exchange))
        else:
            message = new_method_call(address, member)
        connection.send(message)  # the answer (an empty return) is read and dropped by the loop


@contextmanager
def running_prompter(bus_address: str, prompter: FakePrompter) -> Iterator[FakePrompter]:
    """Own the prompter's bus name and answer prompts on a thread until the block ends."""
    from jeepney import DBus
    from jeepney.io.blocking import Proxy, open_dbus_connection

    stop = threading.Event()
    failures: list[BaseException] = []
    with closing(open_dbus_connection(bus_address)) as connection:
        (result,) = Proxy(DBus(), connection, timeout=10).RequestName(PROMPTER_BUS_NAME, 4)
        assert result == 1, f"could not own {PROMPTER_BUS_NAME} (RequestName returned {result})"

        def serve() -> None:
            try:
                while not stop.is_set():
                    prompter.handle_late_answers(connection)
                    try:
                        message = connection.receive(timeout=0.05)
                    except TimeoutError:
                        continue
                    prompter.handle(connection, message)
            except BaseException as error:  # reported by the test, not lost in the thread
                failures.append(error)

        thread = threading.Thread(target=serve, name="fake-keyring-prompter", daemon=True)
        thread.start()
        try:
            yield prompter
        finally:
            stop.set()
            thread.join(timeout=5)
    assert not thread.is_alive(), "the fake prompter did not stop"
    if failures:
        raise failures[0]

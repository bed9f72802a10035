"""Attachments: files the user links to a record (a photo for a card order, a boarding pass...).

Each file is copied into ``attachments/`` and named by its SHA-256, so the same file attached twice
is stored once and the original can be moved or deleted freely.
"""

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.attachment_files import inside, stored_name
from ameli_desktop.storage.backups import copy_private, folder_lock
from ameli_desktop.storage.models import Attachment, metadata

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class AttachmentRecord:
    id: int
    owner_kind: str
    owner_id: int
    file_name: str
    size: int
    added_at: datetime
    path: Path | None  # the stored copy; None when the row names no file inside attachments/


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class AttachmentService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _stored_path(self, sha256: str, file_name: str) -> Path | None:
        name = stored_name(sha256, file_name)
        return None if name is None else self.ctx.paths.attachments / name

    def openable(self, record: AttachmentRecord) -> Path:
        """The stored copy to hand to the system's viewer: only ever a file inside
        ``attachments/`` (links followed), whatever the database says.

        Raises:
            UserError: the copy is missing, or the row points elsewhere.
        """
        path = record.path
        if path is None or not inside(self.ctx.paths.attachments, path):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The attached file {name} is not in the attachments folder {folder}; it "
                    "was not opened.",
                ),
                name=record.file_name,
                folder=str(self.ctx.paths.attachments),
            )
        return path

    def _record(self, row: Attachment) -> AttachmentRecord:
        assert row.id is not None
        return AttachmentRecord(
            row.id,
            row.owner_kind,
            row.owner_id,
            row.file_name,
            row.size,
            row.added_at,
            self._stored_path(row.sha256, row.file_name),
        )

    def add(self, owner_kind: str, owner_id: int, source: Path) -> AttachmentRecord:
        """Copy ``source`` into the data folder and link it to a record."""
        source = Path(source)
        if owner_kind not in metadata.tables:
            raise ValueError(f"unknown record kind {owner_kind!r}")
        if not source.is_file():
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a file that can be attached."),
                field="attachment",
                file=str(source),
            )
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is larger than {limit} MB: attach a smaller scan or photo."
                ),
                field="attachment",
                file=source.name,
                limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            )
        refusal = self.ctx.read_only_error
        if refusal is not None:
            raise refusal
        sha = _sha256(source)
        stored = self._stored_path(sha, source.name)
        assert stored is not None  # a digest we computed is always a valid name
        if not stored.exists():
            tmp = stored.with_name(stored.name + ".part")
            with folder_lock(self.ctx.paths):  # a start tidying leftovers waits for the copy
                try:
                    copy_private(source, tmp)
                    os.replace(tmp, stored)
                except OSError as exc:
                    tmp.unlink(missing_ok=True)
                    raise UserError(
                        QT_TRANSLATE_NOOP("Errors", "{file} could not be attached: {detail}."),
                        field="attachment",
                        file=source.name,
                        detail=exc.strerror or str(exc),
                    ) from None
        with self.ctx.write() as session:
            row = Attachment(
                owner_kind=owner_kind,
                owner_id=owner_id,
                sha256=sha,
                file_name=source.name,
                size=size,
            )
            session.add(row)
            session.flush()
            return self._record(row)

    def for_record(self, owner_kind: str, owner_id: int) -> list[AttachmentRecord]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Attachment)
                .where(Attachment.owner_kind == owner_kind, Attachment.owner_id == owner_id)
                .order_by(Attachment.added_at, Attachment.id)
            ).all()
            return [self._record(r) for r in rows]

    def remove(self, attachment_id: int) -> None:
        with self.ctx.write() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no attachment with id {id}."),
                    id=attachment_id,
                )
            session.delete(row)
        self._delete_unreferenced_files()

    def remove_all(self, owner_kind: str, owner_id: int) -> None:
        """Called by a service that deletes a record, in the same spirit as a cascade."""
        with self.ctx.write() as session:
            session.execute(
                delete(Attachment).where(
                    Attachment.owner_kind == owner_kind, Attachment.owner_id == owner_id
                )
            )
        self._delete_unreferenced_files()

    def purge_orphans(self) -> None:
        """Drop links whose record is gone (e.g. removed with a person) and unused files."""
        if self.ctx.read_only:
            return
        with self.ctx.write() as session:
            kinds = session.scalars(select(Attachment.owner_kind).distinct()).all()
            for kind in kinds:
                table = metadata.tables.get(kind)
                if table is None:
                    continue
                session.execute(
                    delete(Attachment).where(
                        Attachment.owner_kind == kind,
                        Attachment.owner_id.not_in(select(table.c.id)),  # type: ignore[attr-defined]
                    )
                )
        self._delete_unreferenced_files()

    def _delete_unreferenced_files(self) -> None:
        with self.ctx.read() as session:
            used = set(session.scalars(select(Attachment.sha256).distinct()).all())
        folder = self.ctx.paths.attachments
        if not folder.is_dir():
            return
        for entry in folder.iterdir():
            sha = entry.name.split(".", 1)[0]
            if entry.is_file() and len(sha) == 64 and sha not in used:
                entry.unlink(missing_ok=True)

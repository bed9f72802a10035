"""Merging two people into one (Household > Merge people…, ``people merge``).

Every record of one person moves onto the other, in one transaction, after a backup (the merge is
undone by restoring it). The records are found from the schema, as the removal of a person finds
them: every column with a foreign key to ``person.id``, so tables added later are covered without
a list to keep. Where moving would make two of one thing:

- a table that holds one row per person (a CEAM card, a travel profile, a trip's traveller: a
  unique constraint or primary key with the person's column) keeps the other person's row; the
  moved person's is dropped (it is in the backup);
- a table that declares what "the same record" is (``info={"same_record": (columns…)}``, e.g. a
  statement line's fingerprint) keeps each record as many times as the person who had it more
  often did: the same relevé imported once under "CLAIRE MARTIN" and once under Claire Whitfield
  leaves its lines once, while two identical real lines stay two. What pointed at a dropped row
  (a claim settled by it, a bank credit's link, an attachment) now points at the row kept.

The moved person's name (and date of birth) becomes an alias of the other, so the next statement
that spells them so finds the merged person; a date of birth or NIR the other person lacks is
taken from the moved one (and the passport group, when the other's is not given).
"""

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, bindparam, delete, exists, select, update

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ameli_desktop.domain.schengen import Nationality
from ameli_desktop.services.beneficiaries import BeneficiaryService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import (
    Dependent,
    PersonRecord,
    person_columns,
    person_record,
    record_label,
)
from ameli_desktop.storage.backups import create_backup
from ameli_desktop.storage.models import Attachment, Person, metadata

PERSON_OWNER_KIND = "person"  # attachments linked to a person themselves
CHUNK = 500  # ids per IN (...): below SQLite's variable limit


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did (or, for a preview, would do)."""

    source: PersonRecord  # the person merged away
    target: PersonRecord  # the person kept, as they are after the merge
    moved: list[Dependent]  # records now the target's, by table
    dropped: list[Dependent]  # records the target already had (kept in the backup)
    taken: tuple[str, ...]  # the target's details taken from the source: born, nir, nationality
    backup: Path | None  # None for a preview
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.source.to_json(),
            "into": self.target.to_json(),
            "moved": {d.table: d.count for d in self.moved},
            "duplicates_dropped": {d.table: d.count for d in self.dropped},
            "details_taken": list(self.taken),
            "backup": str(self.backup) if self.backup else None,
            "dry_run": self.dry_run,
        }


class _Preview(Exception):  # noqa: N818 - not an error: rolls the preview's transaction back
    def __init__(self, result: MergeResult) -> None:
        super().__init__()
        self.result = result


class MergeService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def preview(self, source_id: int, target_id: int) -> MergeResult:
        """Exactly what :meth:`merge` would do: the same work, rolled back."""
        return self._run(source_id, target_id, dry_run=True)

    def merge(self, source_id: int, target_id: int) -> MergeResult:
        """Move every record of ``source_id`` onto ``target_id`` and remove ``source_id``.

        A backup is taken first; restoring it (File > Restore backup…, ``restore FILE``) undoes
        the merge.
        """
        return self._run(source_id, target_id, dry_run=False)

    def _run(self, source_id: int, target_id: int, *, dry_run: bool) -> MergeResult:
        if source_id == target_id:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Choose two different people to merge."),
                field="person",
            )
        self._people(source_id, target_id)  # both exist: said before any backup
        backup = None
        if not dry_run:
            backup = create_backup(self.ctx.paths, "before-merge", now=self.ctx.clock.now())
        try:
            with self.ctx.write() as session:
                result = self._merge(session, source_id, target_id, backup)
                if dry_run:
                    raise _Preview(result)
        except _Preview as preview:
            return preview.result
        from ameli_desktop.services.attachments import AttachmentService
        from ameli_desktop.services.credentials import CredentialsService

        AttachmentService(self.ctx).purge_orphans()
        CredentialsService(self.ctx).forget_without_prompt(result.source.uid)
        return result

    def _people(self, source_id: int, target_id: int) -> tuple[PersonRecord, PersonRecord]:
        with self.ctx.read() as session:
            rows = [session.get(Person, i) for i in (source_id, target_id)]
            for person_id, row in zip((source_id, target_id), rows, strict=True):
                if row is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                        field="person",
                        id=person_id,
                    )
            return person_record(rows[0]), person_record(rows[1])  # type: ignore[arg-type]

    def _merge(
        self, session: Any, source_id: int, target_id: int, backup: Path | None
    ) -> MergeResult:
        source_row = session.get(Person, source_id)
        target_row = session.get(Person, target_id)
        source = person_record(source_row)
        moved: dict[str, int] = defaultdict(int)
        dropped: dict[str, int] = defaultdict(int)
        for table, column in person_columns():
            dropped[table.name] += _drop_one_per_person(
                session, table, column, source_id, target_id
            )
            dropped[table.name] += _drop_same_records(session, table, column, source_id, target_id)
            moved[table.name] += session.execute(
                update(table).where(column == source_id).values({column.name: target_id})
            ).rowcount
        session.execute(
            update(Attachment)
            .where(Attachment.owner_kind == PERSON_OWNER_KIND, Attachment.owner_id == source_id)
            .values(owner_id=target_id)
        )
        taken = []
        if target_row.born is None and source_row.born is not None:
            target_row.born = source_row.born
            taken.append("born")
        if not target_row.nir and source_row.nir:
            target_row.nir = source_row.nir
            taken.append("nir")
        unknown = Nationality.UNKNOWN.value
        if target_row.nationality == unknown and source_row.nationality != unknown:
            target_row.nationality = source_row.nationality
            taken.append("nationality")
        session.delete(source_row)
        session.flush()
        BeneficiaryService.set_alias(session, source.name, source.born, target_id)
        target = person_record(target_row)
        return MergeResult(
            source,
            target,
            _counts(moved),
            _counts(dropped),
            tuple(taken),
            backup,
            dry_run=backup is None,
        )


def _unique_sets(table: Table) -> list[list[Any]]:
    """The column sets of a table's primary key, unique constraints and unique indexes."""
    sets = [list(table.primary_key.columns)]
    sets += [
        list(c.columns) for c in table.constraints if c.__class__.__name__ == "UniqueConstraint"
    ]
    sets += [list(i.columns) for i in table.indexes if i.unique]
    sets += [[c] for c in table.columns if c.unique]
    return sets


def _drop_one_per_person(
    session: Any, table: Table, column: Any, source_id: int, target_id: int
) -> int:
    """Drop the source's rows that would collide, once moved, with a unique row of the target's
    (the target keeps theirs)."""
    count = 0
    for columns in _unique_sets(table):
        if column not in columns:
            continue
        other = table.alias("other")
        same = [other.c[column.name] == target_id]
        same += [other.c[c.name] == c for c in columns if c is not column]
        count += session.execute(
            delete(table).where(column == source_id, exists().where(and_(*same)))
        ).rowcount
    return count


def _drop_same_records(
    session: Any, table: Table, column: Any, source_id: int, target_id: int
) -> int:
    """For a table that says what "the same record" is: keep each record as many times as the
    person who had it more often did; repoint what pointed at the rows dropped."""
    keys = table.info.get("same_record")
    if not keys:
        return 0
    key_columns = [table.c[name] for name in keys]
    (primary,) = table.primary_key.columns
    held: dict[int, dict[tuple[Any, ...], list[int]]] = {}
    for person_id in (source_id, target_id):
        rows = session.execute(
            select(primary, *key_columns).where(column == person_id).order_by(primary)
        ).all()
        by_key: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        for row_id, *values in rows:
            by_key[tuple(values)].append(row_id)
        held[person_id] = by_key
    pairs = [
        (dropped, kept)
        for key, ids in held[source_id].items()
        for dropped, kept in zip(ids, held[target_id].get(key, ()), strict=False)
    ]
    if not pairs:
        return 0
    for referencing, ref_column in _references_to(table):
        session.execute(
            update(referencing)
            .where(ref_column == bindparam("dropped"))
            .values({ref_column.name: bindparam("kept")}),
            [{"dropped": d, "kept": k} for d, k in pairs],
        )
    attachments = Attachment.__table__
    session.execute(
        update(attachments)
        .where(
            attachments.c.owner_kind == table.name, attachments.c.owner_id == bindparam("dropped")
        )
        .values(owner_id=bindparam("kept")),
        [{"dropped": d, "kept": k} for d, k in pairs],
    )
    ids = [d for d, _ in pairs]
    for start in range(0, len(ids), CHUNK):
        session.execute(delete(table).where(primary.in_(ids[start : start + CHUNK])))
    return len(ids)


def _references_to(table: Table) -> list[tuple[Table, Any]]:
    """Every (table, column) with a foreign key to ``table``'s primary key."""
    return [
        (other, column)
        for other in metadata.sorted_tables
        for column in other.columns
        if any(fk.column.table is table for fk in column.foreign_keys)
    ]


def _counts(by_table: dict[str, int]) -> list[Dependent]:
    return [
        Dependent(name, record_label(metadata.tables[name]), count)
        for name, count in by_table.items()
        if count
    ]

"""pydantic builds a table's validator and serializer when the table is first validated or
dumped, not when its class is made: the ORM reads and writes rows without them, and building the
24 tables' at import was a tenth of a start (DESIGN.md 9). Imported by the package before any
table is defined."""

from sqlmodel import SQLModel

SQLModel.model_config["defer_build"] = True

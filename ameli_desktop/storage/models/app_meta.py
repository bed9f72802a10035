"""Small facts about the data itself (what the example household added, ...), as key/value text."""

from sqlmodel import Field, SQLModel


class AppMeta(SQLModel, table=True):
    __tablename__ = "app_meta"

    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(default="", max_length=4000)

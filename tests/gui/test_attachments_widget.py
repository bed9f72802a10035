"""The shared attachments widget: attach, list, remove after asking."""

from datetime import date
from pathlib import Path

from sqlalchemy import insert

from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.storage.models import Trip
from ameli_desktop.ui import messages
from ameli_desktop.ui.widgets.attachments import AttachmentsWidget


def test_attach_list_and_remove(ui_ctx, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with ui_ctx.ctx.write() as session:
        trip = session.execute(
            insert(Trip).values(
                destination="ES", depart=date(2027, 7, 1), return_date=date(2027, 7, 9)
            )
        ).inserted_primary_key[0]
    widget = AttachmentsWidget(ui_ctx)
    qtbot.addWidget(widget)
    assert not widget.add_button.isEnabled()  # no record yet
    widget.set_owner("trip", trip)
    photo = tmp_path / "stamp.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of a stamp")
    monkeypatch.setattr(messages, "open_files", lambda *a, **k: [photo])
    with qtbot.waitSignal(widget.changed):
        widget.add_button.click()
    assert [widget.list.item(i).text() for i in range(widget.list.count())] == ["stamp.jpg"]
    widget.list.setCurrentRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    widget.remove_button.click()
    assert widget.list.count() == 0
    assert AttachmentService(ui_ctx.ctx).for_record("trip", trip) == []

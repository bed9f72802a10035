"""The Travel log's timeline: days used (out of 90) on each day of the last and next 12 months,
drawn with QPainter, with the 90 line, today's line and the days over the limit in red.

Colours come from the palette (light and dark themes); the red of overstays is fixed because it
means the same in both. Hovering shows the day and its count.
"""

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ameli_desktop.ui import formatting

OVER = QColor("#d32f2f")
FUTURE_ALPHA = 110


class SchengenTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schengenTimeline")
        self.setMouseTracking(True)
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.first: date | None = None
        self.counts: list[int] = []
        self.today: date | None = None
        self.limit = 90
        self.highlight: tuple[date, date] | None = None  # a planned stay, shaded

    def sizeHint(self) -> QSize:
        return QSize(640, 200)

    def set_data(
        self,
        first: date,
        counts: list[int],
        *,
        today: date,
        limit: int,
        highlight: tuple[date, date] | None = None,
    ) -> None:
        """``counts[k]`` is the count on ``first + k`` days."""
        self.first, self.counts, self.today, self.limit = first, list(counts), today, limit
        self.highlight = highlight
        peak = max(self.counts, default=0)
        self.setAccessibleDescription(
            self.tr("Days used from {first} to {last}; highest {peak} of {limit}.").format(
                first=formatting.day(first),
                last=formatting.day(first + timedelta(days=max(len(counts) - 1, 0))),
                peak=peak,
                limit=limit,
            )
        )
        self.update()

    def clear(self) -> None:
        self.first, self.counts = None, []
        self.update()

    # ------------------------------------------------------------------ geometry

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("180") + 10
        bottom = metrics.height() + 8
        return QRectF(
            left, 8, max(10, self.width() - left - 10), max(10, self.height() - bottom - 12)
        )

    def _scale_max(self) -> int:
        peak = max(self.counts, default=0)
        return max(self.limit + 10, peak + 5)

    def day_at(self, x: float) -> date | None:
        if self.first is None or not self.counts:
            return None
        plot = self._plot_rect()
        if not plot.left() <= x <= plot.right():
            return None
        k = int((x - plot.left()) / plot.width() * len(self.counts))
        k = min(max(k, 0), len(self.counts) - 1)
        return self.first + timedelta(days=k)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), base)
        plot = self._plot_rect()
        if self.first is None or not self.counts:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No days to show yet.")
            )
            painter.end()
            return
        n = len(self.counts)
        top = self._scale_max()

        def x_of(k: float) -> float:
            return plot.left() + plot.width() * k / n

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / top

        grid = QColor(text)
        grid.setAlpha(40)
        painter.setPen(QPen(grid, 1))
        for value in (0, 30, 60, 90, 120, 150, 180):
            if value > top:
                break
            painter.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y_of(value) - 8, plot.left() - 4, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
            painter.setPen(QPen(grid, 1))

        # Month ticks and labels.
        metrics = self.fontMetrics()
        last_label_right = -1.0
        for k in range(n):
            day = self.first + timedelta(days=k)
            if day.day != 1:
                continue
            x = x_of(k)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            label = formatting.FRENCH.toString(formatting.to_qdate(day), "MMM yy")
            width = metrics.horizontalAdvance(label)
            if x > last_label_right + 6 and x + width < self.width():
                painter.setPen(text)
                painter.drawText(QPointF(x + 2, plot.bottom() + metrics.ascent() + 4), label)
                last_label_right = x + width

        if self.highlight is not None:
            start = (self.highlight[0] - self.first).days
            end = (self.highlight[1] - self.first).days + 1
            if end > 0 and start < n:
                shade = QColor(accent)
                shade.setAlpha(45)
                painter.fillRect(
                    QRectF(
                        x_of(max(start, 0)),
                        plot.top(),
                        x_of(min(end, n)) - x_of(max(start, 0)),
                        plot.height(),
                    ),
                    shade,
                )

        # The count as a filled area, split at today (the future lighter) and red above the limit.
        today_k = (self.today - self.first).days if self.today else n
        path = QPainterPath(QPointF(x_of(0), y_of(0)))
        for k, value in enumerate(self.counts):
            path.lineTo(QPointF(x_of(k), y_of(value)))
            path.lineTo(QPointF(x_of(k + 1), y_of(value)))
        path.lineTo(QPointF(x_of(n), y_of(0)))
        path.closeSubpath()
        past_clip = QRectF(
            plot.left(),
            plot.top() - 1,
            x_of(max(0, min(today_k + 1, n))) - plot.left(),
            plot.height() + 2,
        )
        future_clip = QRectF(
            past_clip.right(), plot.top() - 1, plot.right() - past_clip.right(), plot.height() + 2
        )
        fill = QColor(accent)
        for clip, alpha in ((past_clip, 200), (future_clip, FUTURE_ALPHA)):
            painter.save()
            painter.setClipRect(clip)
            fill.setAlpha(alpha)
            painter.fillPath(path, fill)
            over = QColor(OVER)
            over.setAlpha(alpha + 40)
            painter.setClipRect(
                clip.intersected(
                    QRectF(
                        plot.left(), plot.top() - 1, plot.width(), y_of(self.limit) - plot.top() + 1
                    )
                )
            )
            painter.fillPath(path, over)
            painter.restore()

        # The limit.
        pen = QPen(OVER, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(
            QPointF(plot.left(), y_of(self.limit)), QPointF(plot.right(), y_of(self.limit))
        )
        painter.drawText(
            QPointF(plot.left() + 4, y_of(self.limit) - 4),
            self.tr("limit {limit}").format(limit=self.limit),
        )

        # Today.
        if self.today is not None and 0 <= today_k < n:
            painter.setPen(QPen(text, 1.5))
            x = x_of(today_k + 0.5)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawText(QPointF(x + 3, plot.top() + metrics.ascent()), self.tr("today"))

        painter.setPen(QPen(grid, 1))
        painter.drawRect(plot)
        if self.hasFocus():
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x())
        if day is None or self.first is None:
            QToolTip.hideText()
            return
        count = self.counts[(day - self.first).days]
        QToolTip.showText(
            event.globalPosition().toPoint(),
            self.tr("{day}: {count} of {limit} days used").format(
                day=formatting.day(day), count=count, limit=self.limit
            ),
            self,
        )

"""The figure page of the Reinert view: a matplotlib figure shown as an image at its own size (so labels
placed for it never collide), in a scroll area.

The figure is built *and rendered* (Agg) in a background thread when the page first shows: the GUI thread
only turns the finished image into a pixmap. The figure thread never touches a Qt object that the page
owns: it leaves its result in a queue that the page polls with its own timer, so a page deleted while
its figure is being drawn simply never collects it (no signal is emitted on a dead object). Matplotlib's drawing is many short calls, so the GIL passes
back to the GUI thread every few milliseconds and the window never freezes, however many words the
figure holds. Matplotlib keeps its fonts per thread, and each figure is only touched by one thread at a
time (the GUI thread takes it once rendered: exports).
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.lexpanel.steps import step

FIGURE_DPI = 100
Builder = Callable[[], tuple[Figure | None, str]]
_RENDERER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="figures")


def render(figure: Figure) -> QImage:
    """``figure`` drawn by Agg at :data:`FIGURE_DPI`, as an image (any thread)."""
    figure.set_dpi(FIGURE_DPI)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    width, height = canvas.get_width_height()
    data = bytes(canvas.buffer_rgba())
    # copy(): the image owns its pixels, independent of the Python buffer it was made from
    return QImage(data, width, height, QImage.Format.Format_RGBA8888).copy()


def _render(results: queue.SimpleQueue, request: int, builder: Builder) -> None:
    """In the figure thread: build and draw, then leave the image for the page to collect."""
    with step("build and draw a figure (figure thread)"):
        try:
            figure, text = builder()
            image = render(figure) if figure is not None else None
        except Exception as exc:  # noqa: BLE001 - shown on the page
            figure, image, text = None, None, f"{type(exc).__name__}: {exc}"
    results.put((request, figure, image, text))


class FigurePage(QWidget):
    """A figure built by a builder (-> figure or None, and the text shown without one) when first shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure: Figure | None = None
        self.canvas: QLabel | None = None
        self.builder: Builder | None = None  # the last builder given
        self.started = False  # its drawing was started
        self.done = True  # its figure (or its text without one) is shown
        self.request = 0  # bumped by each new builder: a late image of an older one is dropped
        self.controls = QHBoxLayout()
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: white; }")
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.controls)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty)
        self.empty.hide()
        self._results: queue.SimpleQueue = queue.SimpleQueue()  # (request, figure, image, text)
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._collect)

    @property
    def ready(self) -> bool:
        """True when the last builder's figure (or its text without one) is shown."""
        return self.done

    def set_builder(self, builder: Builder) -> None:
        """Draw the figure of ``builder`` when the page shows — now, in the background, if it is visible."""
        self.builder, self.started, self.done = builder, False, False
        self.request += 1
        if self.isVisible():
            self._start()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        self._start()

    def _start(self) -> None:
        if self.builder is not None and not self.started and not self.done:
            self.started = True
            _RENDERER.submit(_render, self._results, self.request, self.builder)
            self._poll.start()

    def _collect(self) -> None:
        """In the GUI thread: show the newest finished figure, drop images of older builders."""
        while True:
            try:
                request, figure, image, text = self._results.get_nowait()
            except queue.Empty:
                return
            if request == self.request:
                self._poll.stop()
                self._show(figure, image, text)

    def ensure(self) -> None:
        """Build and draw the figure now, in this thread, unless it is shown (exports, tests)."""
        if self.done or self.builder is None:
            return
        self.request += 1  # an image on its way is dropped
        figure, text = self.builder()
        self._show(figure, render(figure) if figure is not None else None, text)

    def set_figure(self, figure: Figure | None, empty_text: str = "") -> None:
        """Show ``figure`` now (None: show ``empty_text`` instead)."""
        self.builder = None
        self.request += 1
        self._show(figure, render(figure) if figure is not None else None, empty_text)

    def _show(self, figure: Figure | None, image: QImage | None, text: str) -> None:
        self.figure = figure
        self.done = True
        if figure is None or image is None:
            self.scroll.hide()
            self.empty.setText(text)
            self.empty.show()
            return
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
        label.setFixedSize(image.width(), image.height())
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(label)
        self.canvas = label
        self.empty.hide()
        self.scroll.show()

    def save(self, path: str | Path) -> Path:
        """Write the figure as .png (150 dpi) or .svg (vector; matplotlib's savefig)."""
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        self.ensure()
        if self.figure is None:
            raise ValueError("no figure to export")
        from app.lexviews._common import save_figure

        return save_figure(self.figure, path, dpi=150, facecolor="white")

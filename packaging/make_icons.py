"""Draw Locator's icon files from ``packaging/icons/locator.svg``.

    python packaging/make_icons.py [png|ico|icns|all]

``png`` (re)draws ``locator.png`` (256 px, committed: the Linux ``.desktop`` file and the
About box use it). ``ico`` (Windows) and ``icns`` (macOS) are build products written by
the PyInstaller spec when it needs them; they are not committed. The SVG is drawn with
Qt's own SVG renderer (PySide6.QtSvg, in the build environment only; the app does not
ship QtSvg); ICO and ICNS are packed with Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "locator.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
_APP: object = None  # the Qt application the renderer needs, made once


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    global _APP
    _APP = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _pillow_image(size: int):  # type: ignore[no-untyped-def]
    import io

    from PIL import Image

    return Image.open(io.BytesIO(render(size))).convert("RGBA")


def write_png(target: Path = ICONS / "locator.png", size: int = 256) -> Path:
    target.write_bytes(render(size))
    return target


def write_ico(target: Path = ICONS / "locator.ico") -> Path:
    # Each size drawn from the SVG (crisper than Pillow scaling one big bitmap down).
    images = [_pillow_image(s) for s in ICO_SIZES]
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=images[:-1])
    return target


def write_icns(target: Path = ICONS / "locator.icns") -> Path:
    images = [_pillow_image(s) for s in ICNS_SIZES]
    images[-1].save(target, format="ICNS", append_images=images[:-1])
    return target


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    jobs = {"png": write_png, "ico": write_ico, "icns": write_icns}
    if what != "all" and what not in jobs:
        print(__doc__, file=sys.stderr)
        return 2
    for name, job in jobs.items():
        if what in ("all", name):
            print(job())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

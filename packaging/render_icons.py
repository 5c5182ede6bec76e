"""Render the app icon ``resources/icons/casetafel.svg`` into every format the installers need.

Writes ``resources/icons/hicolor/<n>x<n>/apps/casetafel.png`` (Linux: 16 … 512), ``casetafel.ico``
(Windows: 32-bit BMP entries up to 128 px and a PNG entry for 256 px, the layout every Windows tool
reads) and ``casetafel.icns`` (macOS: PNG entries, the types ``iconutil`` writes). With ``--iconset DIR``
it also writes an Apple ``.iconset`` folder for ``iconutil -c icns`` on a Mac (see packaging/README.md).
Run it again after changing the SVG: ``python packaging/render_icons.py``.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "casetafel.svg"
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns type -> pixel size; all stored as PNG (macOS 10.7 and later).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
ICONSET = (
    ("icon_16x16.png", 16),
    ("icon_16x16@2x.png", 32),
    ("icon_32x32.png", 32),
    ("icon_32x32@2x.png", 64),
    ("icon_128x128.png", 128),
    ("icon_128x128@2x.png", 256),
    ("icon_256x256.png", 256),
    ("icon_256x256@2x.png", 512),
    ("icon_512x512.png", 512),
    ("icon_512x512@2x.png", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG kon niet geschreven worden")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry as a 32-bit BI_RGB DIB: header, bottom-up BGRA rows, 1-bit AND mask."""
    size = image.width()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory order: B, G, R, A
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    stride = size * 4
    raw = bytes(image.constBits())[: image.bytesPerLine() * size]
    rows = [raw[y * image.bytesPerLine() : y * image.bytesPerLine() + stride] for y in range(size)]
    mask_stride = ((size + 31) // 32) * 4
    mask = bytes(mask_stride * size)  # all zero: the alpha channel decides
    return header + b"".join(reversed(rows)) + mask


def write_ico(images: dict[int, QImage], target: Path) -> None:
    entries = [
        (size, png_bytes(images[size]) if size >= 256 else bmp_entry(images[size])) for size in ICO_SIZES
    ]
    offset = 6 + 16 * len(entries)
    directory = b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    target.write_bytes(struct.pack("<HHH", 0, 1, len(entries)) + directory + b"".join(d for _, d in entries))


def write_icns(images: dict[int, QImage], target: Path) -> None:
    chunks = b""
    for kind, size in ICNS_TYPES:
        data = png_bytes(images[size])
        chunks += kind + struct.pack(">I", len(data) + 8) + data
    target.write_bytes(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iconset", type=Path, help="write an Apple .iconset folder here as well")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is geen geldige SVG", file=sys.stderr)
        return 1
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in sizes}
    for size in HICOLOR_SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "casetafel.png").write_bytes(png_bytes(images[size]))
    write_ico(images, ICONS / "casetafel.ico")
    write_icns(images, ICONS / "casetafel.icns")
    if args.iconset:
        args.iconset.mkdir(parents=True, exist_ok=True)
        for name, size in ICONSET:
            (args.iconset / name).write_bytes(png_bytes(images[size]))
    print(f"Pictogrammen geschreven in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

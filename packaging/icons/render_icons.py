#!/usr/bin/env python3
"""Render the application icon from its SVG source, ``resources/icons/oncall-tray.svg``:

* ``resources/icons/hicolor/<N>x<N>/apps/oncall-tray.png`` for the freedesktop.org hicolor sizes
  (the Linux desktop entry's icon, and the windows' icon at run time);
* ``packaging/windows/oncall-tray.ico`` (PNG-compressed images, 16 to 256 px; the executable's,
  the installer's and the Start menu's icon);
* ``packaging/macos/oncall-tray.icns`` (PNG images, 16 to 1024 px; the app bundle's icon).

Usage (the project's Python, which has PySide6)::

    .venv/bin/python packaging/icons/render_icons.py           # write every file
    .venv/bin/python packaging/icons/render_icons.py --check   # exit 1 if any is missing or stale

The rendered files are committed (the wheel and the bundle need no SVG renderer); the stamp
``resources/icons/hicolor/rendered-from.sha256`` holds the SVG's SHA-256 so that ``--check`` sees a
changed source without comparing pixels across Qt versions.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "oncall-tray.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
STAMP = HICOLOR / "rendered-from.sha256"
ICO = ROOT / "packaging" / "windows" / "oncall-tray.ico"
ICNS = ROOT / "packaging" / "macos" / "oncall-tray.icns"
NAME = "oncall-tray"
#: hicolor sizes (freedesktop.org icon theme spec; 16 to 512 as the desktops ask for them).
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512))


def hicolor_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render_png(size: int) -> bytes:
    """The SVG rendered at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding each PNG (ICONDIR, one ICONDIRENTRY each, then the images)."""
    sizes = sorted(pngs)
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size in sizes:
        data = pngs[size]
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(pngs[s] for s in sizes)


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """(size, PNG bytes) of each image of an ICO written by ``ico_bytes``. Raises ValueError."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an ICO file")
    images = []
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        images.append((width or 256, data[offset:offset + length]))
    return images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with a PNG element for each type of ``ICNS_TYPES``."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """Element type -> data of an ICNS file. Raises ValueError."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an ICNS file")
    elements, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        elements[kind] = data[offset + 8:offset + length]
        offset += length
    return elements


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR. Raises ValueError for anything else."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def source_digest() -> str:
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()


def outputs() -> dict[Path, bytes]:
    """Every file this script writes, with its content."""
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _k, s in ICNS_TYPES})
    pngs = {size: render_png(size) for size in sizes}
    files = {hicolor_path(size): pngs[size] for size in HICOLOR_SIZES}
    files[ICO] = ico_bytes({s: pngs[s] for s in ICO_SIZES})
    files[ICNS] = icns_bytes(pngs)
    files[STAMP] = (source_digest() + "  oncall-tray.svg\n").encode()
    return files


def check() -> list[str]:
    """Problems with the committed files (none when they are complete and rendered from the
    current SVG)."""
    problems = []
    stamp = STAMP.read_text().split()[0] if STAMP.is_file() else ""
    if stamp != source_digest():
        problems.append(f"{STAMP.relative_to(ROOT)}: the icons were not rendered from the current SVG")
    for size in HICOLOR_SIZES:
        path = hicolor_path(size)
        try:
            if png_size(path.read_bytes()) != (size, size):
                problems.append(f"{path.relative_to(ROOT)}: not {size}x{size}")
        except (OSError, ValueError) as exc:
            problems.append(f"{path.relative_to(ROOT)}: {exc}")
    try:
        got = sorted(png_size(png)[0] for _s, png in read_ico(ICO.read_bytes()))
        if got != sorted(ICO_SIZES):
            problems.append(f"{ICO.relative_to(ROOT)}: sizes {got}, expected {sorted(ICO_SIZES)}")
    except (OSError, ValueError, struct.error) as exc:
        problems.append(f"{ICO.relative_to(ROOT)}: {exc}")
    try:
        elements = read_icns(ICNS.read_bytes())
        for kind, size in ICNS_TYPES:
            if kind not in elements or png_size(elements[kind]) != (size, size):
                problems.append(f"{ICNS.relative_to(ROOT)}: {kind.decode()} is not a {size} px PNG")
    except (OSError, ValueError, struct.error) as exc:
        problems.append(f"{ICNS.relative_to(ROOT)}: {exc}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is missing or stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts, image I/O)
    for path, data in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

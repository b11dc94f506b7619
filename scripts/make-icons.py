#!/usr/bin/env python3
"""Draws the Teams app icons, deterministically, with the standard library only:
manifest/color.png (192x192, full colour) and manifest/outline.png (32x32, white on transparent).
The shape: a speech bubble holding a tick (a contact logged and handled)."""
import struct
import zlib
from pathlib import Path

ACCENT = (0x1F, 0x6F, 0x8B)


def png(width, height, pixel):
    """An 8-bit RGBA PNG; pixel(x, y) returns (r, g, b, a)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter: none
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


def in_bubble(u, v):
    """The bubble in unit coordinates (0..1): a rounded rectangle with a tail at the bottom left."""
    left, top, right, bottom, r = 0.12, 0.16, 0.88, 0.70, 0.12
    cx = min(max(u, left + r), right - r)
    cy = min(max(v, top + r), bottom - r)
    if left <= u <= right and top <= v <= bottom and (u - cx) ** 2 + (v - cy) ** 2 <= r * r:
        return True
    # tail: triangle (0.26,0.70) (0.44,0.70) (0.22,0.88)
    if 0.70 <= v <= 0.88:
        t = (v - 0.70) / 0.18
        return 0.26 - 0.04 * t <= u <= 0.44 - 0.22 * t
    return False


def on_tick(u, v, width):
    """A tick inside the bubble: two strokes (0.30,0.43)-(0.45,0.57) and (0.45,0.57)-(0.70,0.30)."""
    def near(ax, ay, bx, by):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
        return (u - ax - t * dx) ** 2 + (v - ay - t * dy) ** 2 <= width * width
    return near(0.30, 0.43, 0.45, 0.57) or near(0.45, 0.57, 0.70, 0.30)


def color(x, y, size=192):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    if in_bubble(u, v):
        return ACCENT + (255,) if on_tick(u, v, 0.045) else (255, 255, 255, 255)
    return ACCENT + (255,)


def outline(x, y, size=32):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    # The outline icon: the bubble's edge and the tick, white; everything else fully transparent.
    inside = in_bubble(u, v)
    edge = inside and not all(in_bubble(u + du, v + dv) for du, dv in ((0.07, 0), (-0.07, 0), (0, 0.07), (0, -0.07)))
    return (255, 255, 255, 255) if edge or (inside and on_tick(u, v, 0.06)) else (0, 0, 0, 0)


if __name__ == "__main__":
    folder = Path(__file__).resolve().parent.parent / "manifest"
    (folder / "color.png").write_bytes(png(192, 192, color))
    (folder / "outline.png").write_bytes(png(32, 32, outline))

#!/usr/bin/env python3
"""Draws the two Teams icons (color.png 192x192, outline.png 32x32) from one glyph.

Standard library only (zlib, struct), so it runs anywhere Python 3 does; PIL is not installed
on the build machines. Run it from anywhere: it writes next to manifest.json. The PNGs are
committed, so this only needs to run again when the glyph changes.

The glyph is a rising bar chart with a trend arrow: a coach looking at the numbers. It is
defined once in unit coordinates and rendered at both sizes, so the two icons always match.
"""
import pathlib
import struct
import zlib

MANIFEST_DIR = pathlib.Path(__file__).resolve().parent.parent

ACCENT = (0x1E, 0x6F, 0xD9)   # also manifest.json accentColor
WHITE = (0xFF, 0xFF, 0xFF)
GOLD = (0xFF, 0xC8, 0x3D)

# Bar edges sit on multiples of 1/32 so the 32x32 outline gets crisp, whole-pixel bars.
BARS = [(6 / 32, 20 / 32, 10 / 32, 26 / 32), (13 / 32, 16 / 32, 17 / 32, 26 / 32), (20 / 32, 12 / 32, 24 / 32, 26 / 32)]
TREND = ((0.18, 0.46), (0.70, 0.18))
TREND_HALF_WIDTH = 0.035
ARROW = [(0.80, 0.12), (0.63, 0.13), (0.74, 0.29)]


def in_bars(x, y):
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in BARS)


def in_trend(x, y):
    (ax, ay), (bx, by) = TREND
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= TREND_HALF_WIDTH ** 2


def in_arrow(x, y):
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])
    a, b, c = ARROW
    s = [side(a, b), side(b, c), side(c, a)]
    return all(v >= 0 for v in s) or all(v <= 0 for v in s)


def in_rounded_square(x, y, radius=0.18):
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y):
    """RGBA of the full-colour icon at a unit-square point."""
    if in_trend(x, y) or in_arrow(x, y):
        return GOLD + (255,)
    if in_bars(x, y):
        return WHITE + (255,)
    if in_rounded_square(x, y):
        return ACCENT + (255,)
    return (0, 0, 0, 0)


def outline_at(x, y):
    """The outline icon is the glyph alone, white on transparent (no background)."""
    return in_bars(x, y) or in_trend(x, y) or in_arrow(x, y)


def render_colour(size, samples=4):
    # Supersample so edges are smooth; premultiply so transparent corners do not darken edges.
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    r, g, b, a = colour_at((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a
            n = samples * samples
            alpha = acc[3] / n
            if alpha == 0:
                row.append((0, 0, 0, 0))
            else:
                row.append(tuple(round(c / acc[3]) for c in acc[:3]) + (round(alpha),))
        rows.append(row)
    return rows


def render_outline(size, samples=4):
    # Teams wants pure white on transparent, so no partial alpha: a pixel is on when most of it is covered.
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = sum(outline_at((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                       for sy in range(samples) for sx in range(samples))
            row.append(WHITE + (255,) if hits * 2 >= samples * samples else (0, 0, 0, 0))
        rows.append(row)
    return rows


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filter_row(kind, row, prev, bpp=4):
    out = bytearray(len(row))
    for i, x in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        predictor = (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]
        out[i] = (x - predictor) & 0xFF
    return out


def encode_png(rows):
    """RGBA 8-bit, non-interlaced; each row takes the filter with the smallest residual (the usual heuristic)."""
    height, width = len(rows), len(rows[0])
    raw = bytearray()
    prev = bytes(width * 4)
    for row in rows:
        data = bytes(channel for pixel in row for channel in pixel)
        candidates = [filter_row(kind, data, prev) for kind in range(5)]
        kind = min(range(5), key=lambda k: sum(v if v < 128 else 256 - v for v in candidates[k]))
        raw.append(kind)
        raw += candidates[kind]
        prev = data

    def chunk(tag, body):
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


def main():
    (MANIFEST_DIR / "color.png").write_bytes(encode_png(render_colour(192)))
    (MANIFEST_DIR / "outline.png").write_bytes(encode_png(render_outline(32)))
    print(f"wrote {MANIFEST_DIR / 'color.png'} and {MANIFEST_DIR / 'outline.png'}")


if __name__ == "__main__":
    main()

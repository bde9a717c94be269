#!/usr/bin/env python3
"""Draws images/screenshot.png, a schematic page in the Opora palette.

The theme builder derives images/thumbnail.png from it. Standard library only:
python3 tools/make_screenshot.py (from themes/opora-theme).
"""

import os
import struct
import zlib

WIDTH, HEIGHT = 1080, 864

PRIMARY = (0x1F, 0x4E, 0x79)
ACCENT = (0xE8, 0xA3, 0x3D)
WHITE = (0xFF, 0xFF, 0xFF)
SURFACE = (0xF4, 0xF6, 0xF9)
MUTED = (0xC9, 0xD1, 0xDC)

pixels = [[WHITE] * WIDTH for _ in range(HEIGHT)]


def rect(x, y, w, h, color):
	for row in range(max(y, 0), min(y + h, HEIGHT)):
		line = pixels[row]
		for col in range(max(x, 0), min(x + w, WIDTH)):
			line[col] = color


# Header: pillar mark, site name bar, navigation, accent rule.
rect(40, 28, 66, 12, ACCENT)
rect(47, 40, 52, 6, PRIMARY)
rect(52, 46, 42, 44, PRIMARY)
rect(62, 51, 5, 34, WHITE)
rect(79, 51, 5, 34, WHITE)
rect(47, 90, 52, 6, PRIMARY)
rect(37, 96, 72, 12, PRIMARY)
rect(130, 52, 220, 34, PRIMARY)
for i in range(4):
	rect(40 + i * 170, 138, 130, 14, PRIMARY)
rect(40, 158, 130, 5, ACCENT)
rect(0, 186, WIDTH, 8, ACCENT)

# Content: title, text lines, cards.
rect(40, 230, 520, 30, PRIMARY)
for i in range(4):
	rect(40, 285 + i * 26, 1000 - (i % 2) * 180, 12, MUTED)
for i in range(3):
	x = 40 + i * 340
	rect(x, 420, 320, 260, SURFACE)
	rect(x + 20, 444, 200, 18, PRIMARY)
	for j in range(4):
		rect(x + 20, 482 + j * 24, 270 - j * 30, 10, MUTED)
	rect(x + 20, 620, 120, 36, PRIMARY)

# Footer.
rect(0, 730, WIDTH, HEIGHT - 730, PRIMARY)
rect(40, 785, 560, 22, WHITE)


def chunk(kind, data):
	body = kind + data
	return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)


raw = b''.join(b'\x00' + bytes(v for pixel in line for v in pixel) for line in pixels)
png = (
	b'\x89PNG\r\n\x1a\n'
	+ chunk(b'IHDR', struct.pack('>IIBBBBB', WIDTH, HEIGHT, 8, 2, 0, 0, 0))
	+ chunk(b'IDAT', zlib.compress(raw, 9))
	+ chunk(b'IEND', b'')
)

target = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'webapp', 'images', 'screenshot.png')

with open(target, 'wb') as out:
	out.write(png)

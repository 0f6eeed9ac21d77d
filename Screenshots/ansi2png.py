#!/usr/bin/env python3
"""Turns a screen dumped by `vcon-browser --dump ansi` into a PNG, cell by cell.

Usage: ansi2png.py IN.ans OUT.png [--cols N]
Needs Pillow, DejaVu Sans Mono (fonts-dejavu-core) and a CJK font (fonts-wqy-zenhei), all from
Debian/PyPI. Only SGR sequences are interpreted (the dump contains nothing else); cell widths
follow wcwidth, as the terminal does.
"""
import re
import sys

from PIL import Image, ImageDraw, ImageFont
from wcwidth import wcwidth

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE = 15
CELL_W, CELL_H = 9, 19

# A readable 16-colour palette (xterm-like), dark background.
PALETTE = [
    (0x1e, 0x1e, 0x1e), (0xcd, 0x31, 0x31), (0x0d, 0xbc, 0x79), (0xe5, 0xe5, 0x10),
    (0x24, 0x72, 0xc8), (0xbc, 0x3f, 0xbc), (0x11, 0xa8, 0xcd), (0xe5, 0xe5, 0xe5),
    (0x66, 0x66, 0x66), (0xf1, 0x4c, 0x4c), (0x23, 0xd1, 0x8b), (0xf5, 0xf5, 0x43),
    (0x3b, 0x8e, 0xea), (0xd6, 0x70, 0xd6), (0x29, 0xb8, 0xdb), (0xff, 0xff, 0xff),
]
DEFAULT_FG, DEFAULT_BG = (0xd4, 0xd4, 0xd4), (0x1e, 0x1e, 0x1e)
SGR = re.compile(r"\x1b\[([0-9;]*)m")


class Pen:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.underline = self.reverse = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        for c in codes:
            if c == 0: self.reset()
            elif c == 1: self.bold = True
            elif c == 2: self.dim = True
            elif c == 4: self.underline = True
            elif c == 7: self.reverse = True
            elif c == 22: self.bold = self.dim = False
            elif c == 24: self.underline = False
            elif c == 27: self.reverse = False
            elif 30 <= c <= 37: self.fg = c - 30
            elif 90 <= c <= 97: self.fg = c - 90 + 8
            elif c == 39: self.fg = None
            elif 40 <= c <= 47: self.bg = c - 40
            elif 100 <= c <= 107: self.bg = c - 100 + 8
            elif c == 49: self.bg = None

    def colors(self):
        fg = PALETTE[self.fg] if self.fg is not None else DEFAULT_FG
        bg = PALETTE[self.bg] if self.bg is not None else DEFAULT_BG
        if self.reverse: fg, bg = bg, fg
        if self.dim: fg = tuple((a + b) // 2 for a, b in zip(fg, bg))
        return fg, bg


def render(text, out, cols=None):
    lines = text.split("\n")
    if lines and lines[-1] == "": lines.pop()
    width = cols or max((sum(max(wcwidth(ch), 0) for ch in SGR.sub("", l)) for l in lines), default=80)
    image = Image.new("RGB", (width * CELL_W + 16, len(lines) * CELL_H + 16), DEFAULT_BG)
    draw = ImageDraw.Draw(image)
    fonts = {False: ImageFont.truetype(MONO, SIZE), True: ImageFont.truetype(MONO_BOLD, SIZE)}
    cjk = ImageFont.truetype(CJK, SIZE)
    pen = Pen()
    for row, line in enumerate(lines):
        x, y, pos = 0, row, 0
        while pos < len(line):
            m = SGR.match(line, pos)
            if m:
                pen.apply(m.group(1))
                pos = m.end()
                continue
            ch = line[pos]
            pos += 1
            w = wcwidth(ch)
            if w < 0: w = 1
            if w == 0: continue
            fg, bg = pen.colors()
            left, top = 8 + x * CELL_W, 8 + y * CELL_H
            draw.rectangle([left, top, left + w * CELL_W - 1, top + CELL_H - 1], fill=bg)
            font = cjk if w == 2 else fonts[pen.bold]
            draw.text((left, top + 1), ch, font=font, fill=fg)
            if pen.underline:
                draw.line([left, top + CELL_H - 2, left + w * CELL_W - 1, top + CELL_H - 2], fill=fg)
            x += w
    image.save(out)


if __name__ == "__main__":
    args = sys.argv[1:]
    cols = None
    if "--cols" in args:
        i = args.index("--cols"); cols = int(args[i + 1]); del args[i:i + 2]
    with open(args[0], encoding="utf-8") as f:
        render(f.read(), args[1], cols)

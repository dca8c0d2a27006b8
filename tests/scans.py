"""Fictional scanned pages, as an office scanner makes them: text rendered with Pillow, then
noise, a slight skew and a rubber stamp, at 150 or 300 dpi; as PNG, TIFF or an image-only PDF.

Used by the OCR tests and by ``benchmarks/eval_ocr.py``. The text is the caller's own
fictional wording; nothing here comes from real reports.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_INCHES = (8.27, 11.69)
_MARGIN_INCHES = 0.9
_FONT_POINTS = 11


def render_page(lines: Sequence[str], *, dpi: int = 300, noise: float = 0.0, skew_degrees: float = 0.0,
                stamp: str | None = None, seed: int = 0) -> Image.Image:
    """One A4 page in 8-bit grey: one paragraph per line, wrapped; a line with tabs is a table
    row. ``noise`` is the share of pixels set to a random grey (scanner speckle). Drawing stops
    after the line that crosses the bottom margin; ``paginate`` gives pages that all fit."""
    rng = random.Random(seed)
    width, height = int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font, margin, leading = _metrics(dpi)
    y = margin
    for line in lines:
        if "\t" in line:
            # A table row: each cell in its own column, wrapped inside it, as Word lays it out.
            cells = _cells(line, draw, font, dpi)
            column = (width - 2 * margin) / len(cells)
            for index, wrapped_cell in enumerate(cells):
                for offset, wrapped in enumerate(wrapped_cell):
                    draw.text((margin + index * column, y + offset * leading), wrapped, fill=20, font=font)
            y += max(len(cell) for cell in cells) * leading
        else:
            for wrapped in _wrap(line, draw, font, width - 2 * margin):
                draw.text((margin, y), wrapped, fill=20, font=font)
                y += leading
        if y > height - margin:
            break
    if stamp:
        _stamp(page, stamp, dpi, rng)
    if skew_degrees:
        page = page.rotate(skew_degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if noise:
        pixels = page.load()
        for _ in range(int(width * height * noise)):
            pixels[rng.randrange(width), rng.randrange(height)] = rng.randrange(0, 256)
        page = page.filter(ImageFilter.MedianFilter(1))
    return page


def paginate(lines: Sequence[str], *, dpi: int = 300) -> list[list[str]]:
    """Split a text's lines into pages for ``render_page`` by what fits after wrapping, so every
    word is drawn above the bottom margin. A paragraph that does not fit in what is left of a
    page starts the next one (a table row always does); one longer than a whole page is cut
    between its wrapped lines and runs on, as a word processor lays it out."""
    width, height = int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi)
    draw = ImageDraw.Draw(Image.new("L", (1, 1)))
    font, margin, leading = _metrics(dpi)
    rows_per_page = max(1, (height - 2 * margin) // leading)
    pages: list[list[str]] = []
    page: list[str] = []
    used = 0
    for line in lines:
        if "\t" in line:
            pieces = [(line, max(len(cell) for cell in _cells(line, draw, font, dpi)))]
        else:
            wrapped = _wrap(line, draw, font, width - 2 * margin)
            if len(wrapped) > rows_per_page:
                pieces = [(" ".join(wrapped[i:i + rows_per_page]), len(wrapped[i:i + rows_per_page]))
                          for i in range(0, len(wrapped), rows_per_page)]
            else:
                pieces = [(line, len(wrapped))]
        for piece, rows in pieces:
            if page and used + rows > rows_per_page:
                pages.append(page)
                page, used = [], 0
            page.append(piece)
            used += rows
    return [*pages, page] if page else pages or [[""]]


def _metrics(dpi: int) -> tuple[ImageFont.FreeTypeFont, int, int]:
    """The font, the margin and the line pitch in pixels at ``dpi``."""
    font = ImageFont.load_default(size=max(8, int(_FONT_POINTS * dpi / 72)))
    return font, int(_MARGIN_INCHES * dpi), int(_FONT_POINTS * 1.45 * dpi / 72)


def _cells(line: str, draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, dpi: int) -> list[list[str]]:
    """A table row's cells, each wrapped inside its column."""
    width = int(A4_INCHES[0] * dpi)
    cells = line.split("\t")
    column = (width - 2 * int(_MARGIN_INCHES * dpi)) / len(cells)
    return [_wrap(cell, draw, font, column - dpi * 0.15) for cell in cells]


def _wrap(line: str, draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, room: float) -> list[str]:
    words, out, current = line.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= room or not current:
            current = trial
        else:
            out.append(current)
            current = word
    return [*out, current] if current else out or [""]


def _stamp(page: Image.Image, text: str, dpi: int, rng: random.Random) -> None:
    """A grey rubber stamp ("RECEIVED 4 NOV") in the top-right corner, as offices add them."""
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=int(16 * dpi / 72))
    x = page.width - int(3.2 * dpi)
    y = int(0.25 * dpi)
    box = draw.textbbox((x, y), text, font=font)
    pad = int(0.08 * dpi)
    draw.rectangle((box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad), outline=120, width=max(2, dpi // 60))
    draw.text((x, y), text, fill=120, font=font)


def png(page: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def tiff(pages: Sequence[Image.Image], dpi: int) -> bytes:
    buffer = io.BytesIO()
    pages[0].save(buffer, format="TIFF", dpi=(dpi, dpi), save_all=True, append_images=list(pages[1:]),
                  compression="tiff_deflate")
    return buffer.getvalue()


def scanned_pdf(pages: Sequence[Image.Image], dpi: int) -> bytes:
    """An image-only PDF (no text operators), one scanned page per PDF page."""
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", resolution=float(dpi), save_all=True, append_images=list(pages[1:]))
    return buffer.getvalue()


def logo(size: int = 180) -> bytes:
    """A small e-mail signature logo: a shape and a word, not a report."""
    image = Image.new("RGB", (size * 2, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, size - 10, size - 10), fill=(0, 90, 160))
    draw.text((size, size // 3), "CPC", fill=(0, 90, 160), font=ImageFont.load_default(size=size // 3))
    return png(image.convert("L"), 96)

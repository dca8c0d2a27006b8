"""OCR of scanned pages with Tesseract, inside the worker process.

Runs only in the sandboxed worker (``parsers.worker``): the Tesseract process it starts
inherits the worker's RLIMIT_AS, RLIMIT_CPU (per process) and RLIMIT_FSIZE=0, and the whole
process group is killed by the parent at ``[pipeline] ocr_wall_seconds``. The image goes to
Tesseract over a pipe (``tesseract stdin stdout``) so nothing is written to disk, and
``OMP_THREAD_LIMIT=1`` keeps it to one core (the machine's other workers need theirs).

Tesseract's TSV output gives every word with its confidence (0-100, -1 for layout rows);
words are joined into lines by Tesseract's own block/paragraph/line numbers, one line of
the page per line of text, so redaction sees a name and its role on one line as it would
in a text layer.
"""

from __future__ import annotations

import io
import subprocess
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ingestd.errors import ParseError

#: Below this many pixels on the shorter side an attached picture is a logo or an icon, not a
#: scanned page: an A5 page scanned at 100 dpi is 583 px wide; e-mail signature logos are
#: 100-400 px.
MIN_SCAN_SIDE_PX = 500
#: An image whose OCR finds fewer words than this is a photo or a logo with a slogan, not a
#: report page (a one-page ICR summary has 300+ words).
MIN_WORDS_PER_IMAGE = 20
#: Frames read from one multi-page TIFF, the same bound as PDF pages for OCR.
MAX_FRAMES = 200


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidences: tuple[float, ...]

    @property
    def words(self) -> int:
        return len(self.confidences)


@dataclass(frozen=True)
class OcrSettings:
    """What the parent tells the worker (from ``[pipeline]``); never a path the sender chose."""

    tesseract: str
    language: str = "eng"
    dpi: int = 300
    wall_seconds: int = 300

    @classmethod
    def from_options(cls, options: dict) -> OcrSettings:
        return cls(tesseract=str(options["tesseract"]), language=str(options.get("language", "eng")),
                   dpi=int(options.get("dpi", 300)), wall_seconds=int(options.get("wall_seconds", 300)))


def ocr_image(image: object, settings: OcrSettings, deadline: float, dpi: int | None = None) -> OcrPage:
    """OCR one PIL image (converted to 8-bit grey) with Tesseract; raise ``ParseError``."""
    grey = image.convert("L")  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    grey.save(buffer, format="PNG", compress_level=1)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise ParseError("parse-timeout", "ocr wall clock")
    command = [settings.tesseract, "stdin", "stdout", "-l", settings.language, "--psm", "3",
               "--dpi", str(dpi or settings.dpi), "tsv"]
    try:
        proc = subprocess.run(command, input=buffer.getvalue(), capture_output=True, timeout=remaining,
                              env={"PATH": "/usr/bin:/bin", "OMP_THREAD_LIMIT": "1", "LC_ALL": "C"})
    except subprocess.TimeoutExpired:
        raise ParseError("parse-timeout", "ocr wall clock") from None
    except OSError as exc:
        raise ParseError("ocr-unavailable", type(exc).__name__) from None
    if proc.returncode < 0:
        raise ParseError("parse-memory" if proc.returncode == -9 else "unreadable", f"tesseract signal {-proc.returncode}")
    if proc.returncode != 0:
        raise ParseError("unreadable", f"tesseract exit {proc.returncode}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> OcrPage:
    """Lines of words from Tesseract's TSV (level, page, block, par, line, word, box, conf, text)."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        word = cells[11].strip()
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        if not word or confidence < 0:
            continue
        lines.setdefault((cells[2], cells[3], cells[4]), []).append(word)
        confidences.append(confidence)
    text = "\n".join(" ".join(words) for words in lines.values())
    return OcrPage(text=text, confidences=tuple(confidences))


def render_pdf_pages(data: bytes, pages: Iterable[int], dpi: int, password: str) -> Iterator[object]:
    """PIL images of the given 0-based pages, rendered by PDFium at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data, password=password or None)
    try:
        for index in pages:
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72.0, grayscale=True)
                yield bitmap.to_pil()
            finally:
                page.close()
    finally:
        document.close()


def image_frames(data: bytes) -> tuple[list[object], int]:
    """Frames of a PNG, JPEG or (multi-page) TIFF, and the dpi they declare (default 300)."""
    from PIL import Image, ImageSequence

    # Pillow's decompression-bomb guard raises above ~179 Mpx; RLIMIT_AS is the backstop.
    image = Image.open(io.BytesIO(data))
    dpi = image.info.get("dpi", (300, 300))[0] or 300
    frames = []
    for frame in ImageSequence.Iterator(image):
        if len(frames) == MAX_FRAMES:
            raise ParseError("too-large", f"more than {MAX_FRAMES} frames")
        frames.append(frame.copy())
    return frames, int(round(float(dpi)))

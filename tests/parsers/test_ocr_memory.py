"""OCR within the worker's memory limit: scans under ``[pipeline] parse_memory_mb`` are read,
pages that cannot be are ``parse-memory`` in plain words, and no page is ever lost.

Real Tesseract in the real sandboxed worker, on generated fictional scans (``tests.scans``).
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest
from PIL import Image

from ingestd import parsers
from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from ingestd.parsers import ocr
from tests import scans
from tests.messages import icr_text
from tests.waiting import wait_until

DEFAULTS = PipelineConfig()  # the limits a default install runs with: 512 MB


@pytest.fixture(scope="module")
def page_300() -> Image.Image:
    return scans.render_page(icr_text(), dpi=300, noise=0.002, skew_degrees=0.8, stamp="RECEIVED 4 NOV 2026")


def test_an_a4_scan_at_300_dpi_fits_the_default_limit_with_room() -> None:
    a4_300 = int(8.27 * 300) * int(11.69 * 300)
    assert ocr.page_memory_mb(a4_300) < DEFAULTS.parse_memory_mb / 2
    assert ocr.max_page_pixels(DEFAULTS.parse_memory_mb) > 8 * a4_300


def test_a_colour_multipage_tiff_is_read_under_the_default_limit(page_300: Image.Image) -> None:
    """20 colour frames at 300 dpi are 520 MB decoded: all at once (as before) they were
    ``parse-memory`` under the default 512 MB; one at a time every frame is read."""
    frames = [page_300.convert("RGB")] + [Image.new("RGB", page_300.size, (255, 255, 255))] * 19
    result = parsers.extract_text(scans.tiff(frames, 300), "image", DEFAULTS)
    assert result.ocr_pages == 20
    assert "Initial Case Review" in result.text


def test_an_image_too_big_for_the_limit_is_parse_memory_in_plain_words(page_300: Image.Image) -> None:
    """144 megapixels (a 40-inch square at 300 dpi) needs more than 512 MB to OCR. Before, a
    starved Tesseract aborted and the scan was called damaged (``unreadable``)."""
    big = Image.new("L", (12000, 12000), 255)
    big.paste(page_300, (0, 0))
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(scans.png(big, 300), "image", DEFAULTS)
    assert caught.value.reason == "parse-memory"
    assert caught.value.detail.startswith("an image of 144 megapixels needs about")
    assert caught.value.detail.endswith("MB to OCR, over [pipeline] parse_memory_mb = 512")


def test_a_poster_sized_pdf_page_is_rendered_to_fit_and_read(page_300: Image.Image) -> None:
    """A 40-inch square page scanned at 100 dpi, rendered at 300 dpi, is 144 megapixels:
    Tesseract aborted (``unreadable``); rendered at what fits the limit it is read."""
    poster = Image.new("L", (4000, 4000), 255)
    poster.paste(page_300.resize((page_300.width // 3, page_300.height // 3)), (0, 0))
    result = parsers.extract_text(scans.scanned_pdf([poster], 100), "pdf", DEFAULTS)
    assert result.ocr_pages == 1
    assert "Review" in result.text


def test_a_starved_tesseract_is_parse_memory_never_an_empty_page(page_300: Image.Image) -> None:
    """Under too small a limit Tesseract's allocations fail; it may then print "Empty page!!"
    and exit 0, which filed the scan as ``no-text-layer`` (or a page of a longer scan as
    empty). Whatever it does, the reason is memory, with the page's size and the limit."""
    for memory_mb in (112, 116, 120, 124):  # where only Tesseract (not the worker) runs short
        try:
            result = parsers.extract_text(scans.scanned_pdf([page_300], 300), "pdf",
                                          PipelineConfig(parse_memory_mb=memory_mb, parse_wall_seconds=60))
        except ParseError as exc:
            assert exc.reason == "parse-memory", (memory_mb, exc.reason, exc.detail)
            continue
        assert "Initial Case Review" in result.text, memory_mb  # enough after all: read in full


def _workers() -> list[int]:
    """Pids of this process's parser workers."""
    me = os.getpid()
    found = []
    for task in Path(f"/proc/{me}/task").iterdir():
        for pid in (task / "children").read_text().split():
            try:
                if b"ingestd.parsers.worker" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(int(pid))
            except OSError:
                pass
    return found


def test_a_worker_killed_from_outside_is_run_again_and_the_scan_read(page_300: Image.Image) -> None:
    """The kill seen on a loaded machine: SIGKILL, as the kernel's OOM killer sends it. The
    worker's own limits never send one, so it says nothing about the scan: run once more."""
    killed: list[int] = []

    def kill_first_worker() -> None:
        pid = wait_until(_workers, what="a parser worker to start", interval_s=0.005)[0]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    killer = threading.Thread(target=kill_first_worker)
    killer.start()
    result = parsers.extract_text(scans.scanned_pdf([page_300], 300), "pdf", DEFAULTS)
    killer.join()
    assert killed
    assert "Initial Case Review" in result.text

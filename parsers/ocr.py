"""OCR of scanned pages with Tesseract, inside the worker process.

Runs only in the sandboxed worker (``parsers.worker``): the Tesseract process it starts
inherits the worker's RLIMIT_AS, RLIMIT_CPU (per process) and RLIMIT_FSIZE=0, and the whole
process group is killed by the parent at ``[pipeline] ocr_wall_seconds``. The image goes to
Tesseract over a pipe (``tesseract stdin stdout``) so nothing is written to disk, and
``OMP_THREAD_LIMIT=1`` keeps it to one core (the machine's other workers need theirs).

Memory: RLIMIT_AS (``[pipeline] parse_memory_mb``) binds the worker and, separately, the
Tesseract process it starts. What a page costs is its pixel count (``page_memory_mb``), so
pages are decoded, rendered and OCR'd one at a time and freed, a PDF page is rendered at no
more pixels than fit the limit, and a Tesseract that ran out of address space is reported as
``parse-memory`` with the page's size and the limit: starved, it does not always fail, it
can print "Empty page!!" and exit 0, which filed the page as empty (``no-text-layer`` for a
one-page scan, a silently missing page in a longer one).

Tesseract's TSV output gives every word with its confidence (0-100, -1 for layout rows);
words are joined into lines by Tesseract's own block/paragraph/line numbers, one line of
the page per line of text, so redaction sees a name and its role on one line as it would
in a text layer.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import io
import re
import subprocess
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

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
    memory_mb: int = 512  # [pipeline] parse_memory_mb: RLIMIT_AS of the worker and of Tesseract

    @classmethod
    def from_options(cls, options: dict) -> OcrSettings:
        return cls(tesseract=str(options["tesseract"]), language=str(options.get("language", "eng")),
                   dpi=int(options.get("dpi", 300)), wall_seconds=int(options.get("wall_seconds", 300)),
                   memory_mb=int(options.get("memory_mb", 512)))


#: What one page costs, measured (peak VmPeak polled from /proc; Tesseract 5.3.0, eng,
#: --psm 3, OMP_THREAD_LIMIT=1; peak virtual size, which is what RLIMIT_AS counts). Tesseract:
#: 115 MB for an A4 page at 300 dpi (8.7 Mpx), 157 at 17.4, 223 at 34.8, 362 at 69.6 Mpx:
#: about 80 MB and 4.1 MB a megapixel. The worker: about 190 MB with PDFium, Pillow and the
#: word lists loaded, and a page's pixels about three times over (PDFium's bitmap, the grey
#: copy, the PNG for Tesseract). Checked: a 100 Mpx image (490 MB by this) is read under
#: the default 512 MB, a 144 Mpx one (670 MB) made Tesseract abort.
TESSERACT_BASE_MB = 80
TESSERACT_MB_PER_MPX = 4.1
WORKER_BASE_MB = 190
WORKER_MB_PER_MPX = 3.0
#: A PDF page is rendered this far under the limit: rendering it a little coarser costs a
#: poster-sized page nothing, and other fonts, languages and layouts cost Tesseract more.
RENDER_MARGIN = 1.25


def page_memory_mb(pixels: int) -> float:
    """The larger of the worker's and Tesseract's need to OCR one page of ``pixels``: each is
    a process of its own under the same RLIMIT_AS."""
    mpx = pixels / 1e6
    return max(TESSERACT_BASE_MB + TESSERACT_MB_PER_MPX * mpx, WORKER_BASE_MB + WORKER_MB_PER_MPX * mpx)


def max_page_pixels(memory_mb: int, margin: float = 1.0) -> int:
    """The most pixels a page may have to be OCR'd within ``memory_mb`` (0: none fits)."""
    room = memory_mb / margin
    tesseract = (room - TESSERACT_BASE_MB) / TESSERACT_MB_PER_MPX
    worker = (room - WORKER_BASE_MB) / WORKER_MB_PER_MPX
    return max(0, int(min(tesseract, worker) * 1e6))


def too_big(pixels: int, settings: OcrSettings, what: str) -> ParseError:
    """``parse-memory`` in plain words: how big the page is, what it needs, what is allowed."""
    return ParseError("parse-memory", f"{what} of {pixels / 1e6:.0f} megapixels needs about "
                                      f"{page_memory_mb(pixels):.0f} MB to OCR, over [pipeline] "
                                      f"parse_memory_mb = {settings.memory_mb}")


#: Tesseract's and Leptonica's words when an allocation failed under RLIMIT_AS: a C++
#: ``std::bad_alloc`` (abort, or exit 1 "Error during processing."), Leptonica's
#: ``pixdata_malloc fail`` (then often "Empty page!!" and exit 0), a library that could not
#: be mapped at start. Tesseract's stderr is read only for these; it is never logged.
_OUT_OF_MEMORY = re.compile(rb"bad_alloc|malloc fail|failed to map segment|Cannot allocate memory|Out of memory")


def ocr_image(image: object, settings: OcrSettings, deadline: float, dpi: int | None = None) -> OcrPage:
    """OCR one PIL image (converted to 8-bit grey) with Tesseract; raise ``ParseError``
    (``parse-memory`` when Tesseract ran out of address space, whatever its exit status)."""
    pixels = image.width * image.height  # type: ignore[attr-defined]
    grey = image.convert("L")  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    grey.save(buffer, format="PNG", compress_level=1)
    del grey
    command = [settings.tesseract, "stdin", "stdout", "-l", settings.language, "--psm", "3",
               "--dpi", str(dpi or settings.dpi), "tsv"]
    proc = _tesseract(command, buffer.getvalue(), deadline - time.monotonic())
    if proc.returncode == -9:  # not its limits (see parsers.sandbox): from outside; once more
        proc = _tesseract(command, buffer.getvalue(), deadline - time.monotonic())
    if _OUT_OF_MEMORY.search(proc.stderr):
        raise ParseError("parse-memory", f"tesseract ran out of memory on a page of {pixels / 1e6:.0f} megapixels "
                                         f"within [pipeline] parse_memory_mb = {settings.memory_mb}")
    if proc.returncode == -9:
        raise ParseError("parse-memory", "tesseract killed twice (SIGKILL) from outside the worker, not by [pipeline] "
                                         "parse_memory_mb: the system ran out of memory (OOM killer)")
    if proc.returncode < 0:
        raise ParseError("unreadable", f"tesseract signal {-proc.returncode}")
    if proc.returncode != 0:
        raise ParseError("unreadable", f"tesseract exit {proc.returncode}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def _tesseract(command: list[str], png: bytes, remaining: float) -> subprocess.CompletedProcess[bytes]:
    if remaining <= 0:
        raise ParseError("parse-timeout", "ocr wall clock")
    try:
        return subprocess.run(command, input=png, capture_output=True, timeout=remaining,
                              env={"PATH": "/usr/bin:/bin", "OMP_THREAD_LIMIT": "1", "LC_ALL": "C"})
    except subprocess.TimeoutExpired:
        raise ParseError("parse-timeout", "ocr wall clock") from None
    except OSError as exc:
        raise ParseError("no-text-layer", f"tesseract could not start ({type(exc).__name__})") from None


@dataclass(frozen=True)
class _Word:
    text: str
    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass(frozen=True)
class Correction:
    """A Tesseract confusion undone where the context leaves no doubt (OCR text only)."""

    name: str
    pattern: re.Pattern[str]
    replace: Callable[[re.Match[str]], str]
    reason: str
    examples: tuple[tuple[str, str], ...]  # (as OCR read it, as corrected); tests check each


#: The letters of a postcode's inward code (never C, I, K, M, O or V: Royal Mail's rule).
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def _unknown_word(word: str) -> bool:
    """None of wordfreq's commonest English words; False when the list is not there (then the
    corrections that need it change nothing)."""
    english = _english_words()
    return bool(english) and word not in english


CORRECTIONS: tuple[Correction, ...] = (
    Correction(
        "postcode-inward-case",
        re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])([A-Za-z]{2})\b"),
        lambda m: f"{m.group(1)} {m.group(2)}{m.group(3).upper()}",
        "x/X, o/O, s/S, c/C, v/V, w/W, z/Z look alike in most fonts; after an outward code, a "
        "digit and two letters is the inward code, which is always upper case",
        (("Aberdeen AB7 4Qx.", "Aberdeen AB7 4QX."), ("Glasgow G72 9qx", "Glasgow G72 9QX")),
    ),
    Correction(
        "postcode-inward-digit",
        re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ([OoIlS])([A-Z]{2})\b"),
        lambda m: f"{m.group(1)} {_DIGIT_LOOKALIKE[m.group(2)]}{m.group(3)}",
        "the inward code starts with a digit; O/0, I/l/1 and S/5 are Tesseract's commonest confusions",
        (("by Alloa FK23 ONU.", "by Alloa FK23 0NU."), ("Perth PH1 lDX", "Perth PH1 1DX")),
    ),
    Correction(
        "postcode-split-across-lines",
        re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\n([0-9][A-Z]{2})\b"),
        lambda m: f"{m.group(1)} {m.group(2)}",
        "a postcode wrapped inside a table cell comes back as its outward code ending one OCR line "
        "and its inward code alone on the next",
        (("Stornoway HS23\n1DX", "Stornoway HS23 1DX"),),
    ),
    Correction(
        "postcode-unspaced-last-letter-case",
        re.compile(rf"\b([A-Z]{{1,2}}[0-9][A-Z0-9]?[0-9][{_INWARD}])([{_INWARD.lower()}])\b"),
        lambda m: f"{m.group(1)}{m.group(2).upper()}",
        "a postcode typed without its space (\"PA947ZZ\") is found by redaction only in capitals, and "
        "OCR reads its last letter as the small look-alike (s, u, w, x, z); a digit, a capital and a "
        "small letter, both of the inward code's alphabet (never C, I, K, M, O or V), after an "
        "outward code are that postcode",
        (("bail address Oban PA947Zz.", "bail address Oban PA947ZZ."), ("Perth PH12Ux", "Perth PH12UX"),
         ("(part EH12Ck)", "(part EH12Ck)"), ("an A4 page, 2Sx", "an A4 page, 2Sx")),
    ),
    Correction(
        "digit-lookalike-in-number",
        re.compile(r"(?<=[0-9])[OoIl](?=[0-9])"),
        lambda m: _DIGIT_LOOKALIKE[m.group(0)],
        "between two digits a letter is a digit read as its look-alike (O/0, I/l/1); a CHI, NHS or "
        "telephone number with a letter in it no longer looks like one to redaction",
        (("CHI 14l2218837", "CHI 1412218837"), ("tel 01632 96O123", "tel 01632 960123"),
         ("Flat 1O, Block 2", "Flat 1O, Block 2")),
    ),
    Correction(
        "date-split",
        re.compile(r"\b(\d{4}|\d{1,2})([-/]) (\d{1,2}\2\d{2,4})\b"),
        lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}",
        "a numeric date never holds a space after its separator; Tesseract puts one where the "
        "separator is wide",
        (("born 2009- 09-09, of", "born 2009-09-09, of"), ("on 14/ 10/1997", "on 14/10/1997")),
    ),
    Correction(
        "doubled-full-stop",
        re.compile(r"(\b(?:[A-Za-z]\.){2,})\.(?=\s)"),
        lambda m: m.group(1),
        "speckle next to an abbreviation's last full stop reads as a second one (\"D.O.B..\")",
        (("(D.O.B.. 14/10/1997)", "(D.O.B. 14/10/1997)"),),
    ),
    Correction(
        "initial-l-for-I",
        re.compile(r"\bl(?=[bcdfghjkmnpqrstvwxz][a-z])"),
        lambda m: "I",
        "no English word starts with l and a consonant, and Tesseract reads a capital I at the "
        "start of a name as l (\"lvy\", \"lshbel\"); the name is then unknown to redaction",
        (("Parents/carers: lvy Stirling", "Parents/carers: Ivy Stirling"), ("seen lshbel since", "seen Ishbel since")),
    ),
    Correction(
        "mac-l-for-I",
        re.compile(r"\b(Ma?c)l(?=[bcdfghjklmnpqrstvwxz])"),
        lambda m: f"{m.group(1)}I",
        "after Mac or Mc a capital I reads as l just as at the start of a word (\"Maclldoon\"), and "
        "no name goes on from Macl with a consonant; redaction knows a Mac name by its inner capital",
        (("Police Scotland (R. Maclldoon)", "Police Scotland (R. MacIldoon)"), ("Mr Maclorven", "Mr Maclorven")),
    ),
    Correction(
        "me-for-mc",
        re.compile(r"\bMe(?=[A-Z][a-z]{2,})"),
        lambda m: "Mc",
        "at 150 dpi the c of Mc reads as e (\"MeVossley\"); no English word is Me followed by a "
        "capital, and redaction knows a Mc name by its Mc",
        (("Mrs MeVossley attended", "Mrs McVossley attended"),
         ("Meredith met the MeetUp group", "Meredith met the MeetUp group")),
    ),
    Correction(
        "mc-inner-capital",
        re.compile(r"\bMc([a-z])(?=[a-z])"),
        lambda m: f"Mc{m.group(1).upper()}",
        "a Scottish or Irish Mc name always has a capital after Mc, and OCR often reads it small "
        "(c/C, k/K, i/I look alike at 150 dpi); no English word starts with Mc; redaction knows "
        "a Mc name by its inner capital",
        (("A Mcildoon refers", "A McIldoon refers"), ("Dr Mcvossley (hospital)", "Dr McVossley (hospital)")),
    ),
    Correction(
        "ampersand-for-accented-capital",
        re.compile(r"(?<![^\s(\"'])&(?=[a-z]{2,})"),
        lambda m: "U",
        "an accented capital vowel opening a Gaelic name (\u00da, \u00d9, \u00d2) reads as & joined to "
        "the rest of the name, which hides the name from redaction; & never starts a word in "
        "prose (it stands apart: \"Families & Communities\"); U is the commonest such capital",
        (("has lived with Mrs &rsla Vossley", "has lived with Mrs Ursla Vossley"),
         ("Children & Families", "Children & Families")),
    ),
    Correction(
        "ampersand-for-accented-vowel",
        re.compile(r"(?<=[A-Za-z])&(?=[a-z])"),
        lambda m: "o",
        "the English model reads a grave- or acute-accented vowel inside a Gaelic name (Mòrag) as &, "
        "which splits the name in two; any vowel makes it one word again for redaction, which "
        "compares forenames without accents",
        (("Mrs M&rag Liddell", "Mrs Morag Liddell"),),
    ),
    Correction(
        "section-sign-for-S",
        re.compile(r"(?<![^\s(\"'])\u00a7(?=[a-z]{2,}|\.? [A-Z][a-z]|([A-Z][a-z]))"),
        lambda m: "S " if m.group(1) else "S",
        "a capital S at 150 dpi reads as \u00a7, as an initial (\"\u00a7 Quennell\", often with the "
        "space after it lost: \"\u00a7Quennell\") or as a name's first letter (\"\u00a7truan\"); a "
        "section sign stands before a number (\"\u00a7 12\"), never before a capitalised name or "
        "joined to small letters, and redaction knows neither as a name",
        (("Lead Officer\t\u00a7 Quennell\t01632 960123", "Lead Officer\tS Quennell\t01632 960123"),
         ("Lead Officer\t\u00a7Quennell", "Lead Officer\tS Quennell"),
         ("said \u00a7truan Oxley", "said Struan Oxley"), ("under \u00a7 12 of the Act", "under \u00a7 12 of the Act")),
    ),
    Correction(
        "vertical-bar-in-word",
        re.compile(r"(?<=[A-Za-z])\|(?=[A-Za-z])|(?<=[A-Za-z])\|(?=[.@_])"),
        lambda m: "l" if m.string[m.end():m.end() + 1].isalpha() else "",
        "Tesseract reads the upright stroke of an l as | (\"Ai|sa\") or reads it twice (\"l|.quennell@\"); "
        "| never stands inside a word or an e-mail address, and an address broken by one is no "
        "longer found by redaction, which then leaves the name in it",
        (("Ai|sa Oxley", "Ailsa Oxley"), ("E-mail: l|.quennell@example.org", "E-mail: l.quennell@example.org"),
         ("Yes | No", "Yes | No")),
    ),
    Correction(
        "doubled-initial",
        re.compile(r"(?<![\w.@'\u2019-])([A-Z])([a-z])\.(?= [A-Z][a-z])"),
        lambda m: f"{m.group(1)}." if m.group(2) == m.group(1).lower() else m.group(0),
        "speckle or a skewed stroke makes Tesseract read an initial twice, capital and small "
        "(\"Cc. Quennell\"); no title or abbreviation is a letter doubled that way, and redaction "
        "does not know \"Cc.\" for an initial, which leaves the surname after it",
        (("Lead Officer\tCc. Quennell\t01632 960123", "Lead Officer\tC. Quennell\t01632 960123"),
         ("seen by Ss. Oxley on", "seen by S. Oxley on"),
         ("St. Oxley Hall and Dr. Quennell", "St. Oxley Hall and Dr. Quennell")),
    ),
    Correction(
        "x-for-accented-vowel",
        re.compile(r"(?<=[A-Za-z])X(?=[a-z]{2})"),
        lambda m: "o",
        "the English model also reads a grave-accented vowel inside a Gaelic name as a capital X "
        "(\"R\u00f2saidh\" as \"RXsaidh\"); a capital X never stands between a letter and small "
        "letters in English, and any vowel gives redaction the name, whose forenames it compares "
        "without accents",
        (("Mrs RXsaidh Oxley", "Mrs Rosaidh Oxley"), ("Form SX12 and the TXT file", "Form SX12 and the TXT file")),
    ),
    Correction(
        "dob-label",
        re.compile(r"\bD[.:,] ?[O0][.:,] ?B\b[.:,]?"),
        lambda m: "D.O.B.",
        "the date-of-birth label is a cue redaction relies on; its full stops and O come back as "
        "colons and zero",
        (("D:0.B:\t24-11-2015", "D.O.B.\t24-11-2015"), ("(D.O.B. 14/10/1997)", "(D.O.B. 14/10/1997)")),
    ),
    Correction(
        "email-split",
        re.compile(r"\b([\w.+'-]+@[\w-]+) ([\w-]+(?:\.[\w-]+)*\.(?:uk|scot|com|org|net|gov|nhs|example))\b"),
        lambda m: f"{m.group(1)}{m.group(2)}",
        "an e-mail address never holds a space; Tesseract splits a long one where the letters are "
        "widely spaced",
        (("lead.officer@scottish borders.example.gov.uk", "lead.officer@scottishborders.example.gov.uk"),),
    ),
    Correction(
        "email-local-digits-split",
        re.compile(r"\b([A-Za-z][\w.+'-]*[0-9]) ([0-9]{1,4}@[\w-]+\.[\w.-]+)"),
        lambda m: f"{m.group(1)}{m.group(2)}",
        "Tesseract also splits an address's local part between two digits (\"name9 1@\"); a word "
        "ending in a digit right before digits and an @ is one address, and the redacted e-mail "
        "must not leave the first part behind",
        (("E-mail: ann.example9 1@example.co.uk", "E-mail: ann.example91@example.co.uk"),
         ("room 12 4@example.org", "room 12 4@example.org")),
    ),
    Correction(
        "speckle-before-email",
        re.compile(r"(?<![\w.+-])[._]+(?=[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9])"),
        lambda m: "",
        "speckle, or the remains of an initial OCR lost (\"l.quennell@\" read as \".quennell@\"), "
        "leaves a full stop or an underscore stuck to the front of an e-mail address; redaction "
        "finds an address only where no word character or full stop comes before it, so the whole "
        "address, and the name in it, was left; no address starts with a full stop, and a leading "
        "underscore is speckle in a report's contact table",
        (("Lead Officer\t.quennell@council.example.gov.uk", "Lead Officer\tquennell@council.example.gov.uk"),
         ("E-mail: _b.oxley@example.org", "E-mail: b.oxley@example.org"),
         ("see file_name.docx or a.b@example.org", "see file_name.docx or a.b@example.org")),
    ),
    Correction(
        "speckle-before-capitals",
        re.compile(r"(?<![^\s(\"'])[~_]{1,3}(?=[A-Z])"),
        lambda m: "",
        "speckle beside a table cell reads as \"~_\" joined to the word after it (\"~_QUENNELL, "
        "Ruaridh\"); a tilde or an underscore never starts a capitalised word, and joined to one it "
        "hides a surname in capitals from redaction (and from a reader's whole-word search)",
        (("4.5.26\tNHS\t~_QUENNELL, Tavish", "4.5.26\tNHS\tQUENNELL, Tavish"),
         ("seen by _Oxley", "seen by Oxley"), ("about ~5 days; my_File", "about ~5 days; my_File")),
    ),
    Correction(
        "middle-name-case",
        re.compile(r"\b([A-Z][A-Za-z'\u2019-]*[a-z]) ([a-z]{3,})(?= [A-Z][a-z])"),
        lambda m: f"{m.group(1)} {m.group(2).capitalize()}" if _unknown_word(m.group(2)) else m.group(0),
        "OCR reads the capital of a middle name small (\"Elspet wrenna Thorley\"), and redaction then "
        "takes the first name alone and leaves the rest; a word that is none of the 50,000 commonest "
        "English words (wordfreq), between two capitalised words, is a name's middle word; an English "
        "word there (\"Children and Families\") is left",
        (("the health visitor, Elspet wrenna Thorley, noted", "the health visitor, Elspet Wrenna Thorley, noted"),
         ("Children and Families Social Work", "Children and Families Social Work"),
         ("Mrs Thorley dunvale farm", "Mrs Thorley dunvale farm")),
    ),
    Correction(
        "speckle-full-stop-in-name-cell",
        re.compile(r"^([A-Z][a-z]{2,})\. ((?:[A-Z][a-z]+-)*(?:Ma?c)?[A-Z][a-z]+)(?=\t[^\n]*\t)", re.MULTILINE),
        lambda m: m.group(0) if m.group(1) in _TITLES else f"{m.group(1)} {m.group(2)}",
        "a speck beside a forename reads as a full stop (\"Zebedee. Quennell\"), and redaction then "
        "takes the forename alone and leaves the surname; the first cell of a table row (a line with "
        "two tabs or more) that is two capitalised words with a full stop between them is a name "
        "(a sentence ends at the end of a cell, not after its first word); a title's full stop "
        "(\"Rev. Quennell\") is kept",
        (("Zebedee. Quennell\tFather\tnot known\tnot known", "Zebedee Quennell\tFather\tnot known\tnot known"),
         ("Rev. Quennell\tChair\tChurch of Scotland", "Rev. Quennell\tChair\tChurch of Scotland"),
         ("He left. Quennell stayed\tPolice", "He left. Quennell stayed\tPolice"),
         ("The visit ended. Oxley left.", "The visit ended. Oxley left.")),
    ),
    Correction(
        "digit-in-name",
        re.compile(r"\b((?:[A-Z][a-z]+-)*[A-Z][a-z]{2,})([0-9])([a-z]+)\b"),
        lambda m: f"{m.group(1)}{_LETTER_LOOKALIKE.get(m.group(2), '')}{m.group(3)}",
        "at 150 dpi Tesseract reads a letter of a name it has no dictionary for as a digit, or a "
        "letter's stroke as a digit beside it (\"Home-Drummon4d\" for Home-Drummond); a digit "
        "between small letters of a capitalised word is no part of a name, a number or a code "
        "(those are digits and capitals), and a name with a digit in it is unknown to redaction; "
        "0, 1, 5, 6 and 9 stand for o, l, s, b and g, any other digit is dropped",
        (("Ottoline Home-Fennic4k, the class teacher", "Ottoline Home-Fennick, the class teacher"),
         ("Mrs Quenne1l said", "Mrs Quennell said"),
         ("Form B4a, Flat 2b, the Covid19 rules, an Mp3", "Form B4a, Flat 2b, the Covid19 rules, an Mp3")),
    ),
)
#: Titles written with a full stop in a table's name cell ("Rev. Quennell"): kept by
#: ``speckle-full-stop-in-name-cell``.
_TITLES = frozenset({"Mrs", "Rev", "Revd", "Det", "Sgt", "Insp", "Supt", "Prof", "Cllr", "Con", "Cpl", "Fr"})
_LETTER_LOOKALIKE = {"0": "o", "1": "l", "5": "s", "6": "b", "9": "g"}
_DIGIT_LOOKALIKE = {"O": "0", "o": "0", "I": "1", "l": "1", "S": "5"}
_TOKEN = re.compile(r"\b[^\W\d_]{4,}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n|\t)$")


def restore_name_case(text: str) -> str:
    """Undo OCR's case errors in names over the whole document (one call per document, after
    ``correct``). Redaction finds names by their capitals, so one misread must not leak:

    * a word OCR read in lower case once where the document has it capitalised at least
      twice in mid-sentence or as a capitalised form value ("oskarina" where "Oskarina" and
      "Child's name: OSKARINA VOSSLEY" occur), or once if it is none of wordfreq's 50,000
      commonest English words, is capitalised; a word that also occurs in lower case
      elsewhere (an ordinary word) is left alone;
    * a Mac or Mc name the document spells with an inner capital ("MacIldoon") gets it back
      where OCR lost it ("Macildoon"): Tesseract drops a capital far more often than it adds one;
    * ``restore_confused_spelling`` and ``restore_lookalike_capitals``.
    """
    lower: dict[str, int] = {}
    in_address: set[str] = set()  # read small inside an e-mail or web address, where small is right
    capital: dict[str, int] = {}
    inner: dict[str, str] = {}
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if word.islower():
            lower[word] = lower.get(word, 0) + 1
            if _in_address(text, match.start(), match.end()):
                in_address.add(word)
        elif word[0].isupper() and word[1:].islower() and not _SENTENCE_START.search(text[max(0, match.start() - 3):match.start()]):
            capital[word.lower()] = capital.get(word.lower(), 0) + 1
        elif word.isupper() and _in_mixed_case_line(text, match.start()):
            capital[word.lower()] = capital.get(word.lower(), 0) + 1
        elif _INNER_CAPITAL.fullmatch(word):
            inner[word.lower()] = word
    # Twice capitalised is evidence enough for any word; once, for a word that is no English
    # word ("ishbel" beside one "Ishbel" in mid-sentence) read small outside an address (a
    # place name in an e-mail domain is small): an ordinary word is not capitalised in
    # mid-sentence by its author, and a forename read small is left unredacted there and,
    # unrecognised as a name, at its other mentions too.
    misread = {word for word, n in lower.items()
               if n == 1 and (capital.get(word, 0) >= 2
                              or (capital.get(word, 0) == 1 and word not in in_address and _unknown_word(word)))}
    text = _TOKEN.sub(lambda m: m.group(0).capitalize() if m.group(0) in misread else m.group(0), text)
    if inner:
        text = _TOKEN.sub(lambda m: inner.get(m.group(0).lower(), m.group(0))
                          if m.group(0)[0].isupper() and m.group(0)[1:].islower() else m.group(0), text)
    return restore_lookalike_capitals(restore_confused_spelling(text))


#: Letter groups Tesseract confuses inside a word (a name it has no dictionary for): rn/m,
#: cl/d, li/h, vv/w, and l/I after the first letter ("Mcllvoran").
_CONFUSABLE = (("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("vv", "w"),
               ("l", "I"))
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]{2,}\b")


def restore_confused_spelling(text: str) -> str:
    """A capitalised word that is no English word and one OCR confusion away from a
    capitalised word the document has more often ("Tieman" beside "Tiernan" twice) takes that
    spelling: a name is spelled one way throughout a report, and redaction carries a name it
    found once to its other mentions only when they are spelled the same."""
    counts: dict[str, int] = {}
    for match in _CAPITALISED.finditer(text):
        counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    english = _english_words()
    if not english:
        return text
    respell: dict[str, str] = {}
    for word, count in counts.items():
        if word.lower() in english:
            continue
        for read, meant in _CONFUSABLE:
            start = word.find(read, 1)
            while start >= 0:
                variant = word[:start] + meant + word[start + len(read):]
                if counts.get(variant, 0) > count:
                    respell[word] = variant
                start = word.find(read, start + 1)
    if not respell:
        return text
    return _CAPITALISED.sub(lambda m: respell.get(m.group(0), m.group(0)), text)


_INNER_CAPITAL = re.compile(r"Ma?c[A-Z][a-z]+")  # a token is letters only, so no O' or double-barrelled name


def _in_address(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is part of an e-mail or web address: an @, a full stop
    or a slash joins it to the next or the previous word."""
    before = text[start - 1:start]
    after = text[end:end + 2]
    return before in ("@", ".", "/") or after[:1] == "@" or (after[:1] in "./" and after[1:2].isalnum())


def _in_mixed_case_line(text: str, position: int) -> bool:
    """A word in capitals on a line that also has lower-case letters: a form value
    ("Child's name: OSKARINA VOSSLEY"), not a heading in capitals ("INITIAL CASE REVIEW")."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:len(text) if end < 0 else end]
    return any(char.islower() for char in line)


#: Capitals whose lower-case letter has the same shape, only smaller: at 150 dpi Tesseract
#: often reads "Ulvany" as "ulvany" and "Corrigall" as "corrigall".
_LOOKALIKE_CAPITAL = re.compile(r"(?<![\w@./'\u2019&-])[cosuvwxz][a-z]{3,}(?![\w@'\u2019-]|[./]\w)")
_ENGLISH_WORDS = 50_000


#: ... and a capital I at the start of a word read as l before a vowel ("lona"); before a
#: consonant the corrections table already turns it back (``initial-l-for-I``).
_L_FOR_I = re.compile(r"(?<![\w@./'\u2019&-])l[aeiou][a-z]{2,}(?![\w@'\u2019-]|[./]\w)")


def restore_lookalike_capitals(text: str) -> str:
    """Capitalise a lower-case word that starts with c, o, s, u, v, w, x or z, or that starts
    with l and a vowel and reads as I..., when it is none of the 50,000 commonest English
    words (``wordfreq``): in a report it is a name whose capital OCR read as its small
    look-alike far more often than anything else (an unknown ordinary word gains a capital
    and nothing more). Without ``wordfreq`` nothing is changed."""
    candidates = {m.group(0) for m in _LOOKALIKE_CAPITAL.finditer(text)}
    l_words = {m.group(0) for m in _L_FOR_I.finditer(text)}
    if not candidates and not l_words:
        return text
    english = _english_words()
    if not english:
        return text
    unknown = {word for word in candidates if word not in english}
    unknown_l = {word for word in l_words if word not in english}
    if unknown:
        text = _LOOKALIKE_CAPITAL.sub(lambda m: m.group(0).capitalize() if m.group(0) in unknown else m.group(0),
                                      text)
    if unknown_l:
        text = _L_FOR_I.sub(lambda m: "I" + m.group(0)[1:] if m.group(0) in unknown_l else m.group(0), text)
    return text


@functools.cache
def _english_words() -> frozenset[str]:
    """wordfreq's 50,000 commonest English words (without digits), read from its data file in
    the cBpack format its documentation describes (gzipped msgpack: a header, then lists of
    words from the most frequent down) rather than through ``import wordfreq``, whose own
    imports cost the OCR worker 0.3 s of CPU a document. Empty if the file is not there, and
    then the steps that need it change nothing."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "large_en.msgpack.gz"
    try:
        import msgpack

        with gzip.open(path, "rb") as packed:
            data = msgpack.load(packed, raw=False)
    except (OSError, ImportError, ValueError):
        return frozenset()
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return frozenset()
    words: list[str] = []
    for bucket in data[1:]:
        words.extend(word for word in bucket if not any(char.isdigit() for char in word))  # numbers are no words
        if len(words) >= _ENGLISH_WORDS:
            break
    return frozenset(words[:_ENGLISH_WORDS])


def correct(text: str) -> str:
    for rule in CORRECTIONS:
        text = rule.pattern.sub(rule.replace, text)
    return text


def parse_tsv(tsv: str) -> OcrPage:
    """Text from Tesseract's TSV (level, page, block, par, line, word, left, top, width,
    height, conf, text), laid out like our text-layer extraction (``pdf_text``) so that
    redaction sees the same shapes whichever way a report arrived:

    * a wide gap between two words of a visual line (over ``_CELL_GAP`` line heights) is a
      table cell boundary and becomes a tab;
    * a visual line that reaches the right edge of its block (no room for the next line's
      first word) was wrapped by the author's word processor and is joined to the next with
      a space (a line ending in a hyphen is joined without one: "Home-" "Drummond"), so a name
      or a postcode broken across two lines is one again; any other line break is kept.
    """
    read: list[tuple[tuple[str, str, str, str], _Word, float]] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        word = cells[11].strip()
        try:
            confidence = float(cells[10])
            left, top, width, height = int(cells[6]), int(cells[7]), int(cells[8]), int(cells[9])
        except ValueError:
            continue
        if word and confidence >= 0:
            read.append(((cells[1], cells[2], cells[3], cells[4]), _Word(word, left, top, width, height), confidence))
    heights = sorted(word.height for _, word, _ in read)
    text_height = heights[len(heights) // 2] if heights else 0
    lines: dict[tuple[str, str, str, str], list[_Word]] = {}
    confidences: list[float] = []
    for index, (key, word, confidence) in enumerate(read):
        if _speck(word, confidence, text_height) and not _sure_dash(read, index):
            continue
        lines.setdefault(key, []).append(word)
        confidences.append(confidence)
    rows = _rows(list(lines.items()))
    # The text area's right edge per page: Tesseract's blocks are too small to judge by (it
    # often makes the last line of a paragraph a block of its own).
    page_right: dict[str, int] = {}
    for page, row in rows:
        page_right[page] = max(page_right.get(page, 0), row[-1][-1].right)
    out: list[str] = []
    joining = False
    for index, (page, row) in enumerate(rows):
        text = "\t".join(_line_text(words) for words in row)
        if joining:
            out[-1] = out[-1] + text if out[-1].endswith("-") else f"{out[-1]} {text}"
        else:
            out.append(text)
        following = rows[index + 1] if index + 1 < len(rows) else None
        joining = (following is not None and following[0] == page and len(row) == 1 and len(following[1]) == 1
                   and "\t" not in text and "\t" not in _line_text(following[1][0])
                   and _continues(row[0], following[1][0], page_right[page]))
    return OcrPage(text=correct("\n".join(out)), confidences=tuple(confidences))


_CELL_GAP = 1.5  # line heights; word spacing is about a third of one
#: Scanner speckle that Tesseract reads as a "word": a few pixels (a 2x2 px "~"), punctuation
#: it is unsure of (an 8x30 px ":" or a 118x32 px "_.." at confidence 0), a flat smear it
#: reads as letters (a 44x8 px "wag" beside 34 px text), or one or two characters at
#: near-zero confidence. Left in, each becomes a table cell of its own, a full stop inside a
#: name, or a stray word in front of a table cell's name (which then no longer starts the cell).
_SPECK_PX = 5
_SPECK_PUNCTUATION_CONFIDENCE = 50
_SPECK_SHORT_CONFIDENCE = 10
#: A word this much lower than the page's median word is no word: lower-case text without
#: ascenders ("a", "was") is half the median height; a smear of speckle is a quarter.
_SPECK_FLAT = 0.35
#: Punctuation kept however unsure Tesseract is: a dash between a name and a role
#: ("L. Imrie - Team Manager") and the ampersand of a body's name are cues for redaction.
#: A section sign counts as a letter: it is a capital S misread (``section-sign-for-S``).
_KEPT_PUNCTUATION = frozenset("-\u2013\u2014&")


def _speck(word: _Word, confidence: float, text_height: int) -> bool:
    if max(word.width, word.height) <= _SPECK_PX:
        return True
    if confidence < _SPECK_PUNCTUATION_CONFIDENCE:
        kept = bool(set(word.text) & _KEPT_PUNCTUATION) and word.width > 2 * _SPECK_PX  # a dash is wider
        letters = any(char.isalnum() or char == "\u00a7" for char in word.text)
        if not kept and (not letters or word.height < _SPECK_FLAT * text_height):
            return True
    return len(word.text) <= 2 and confidence < _SPECK_SHORT_CONFIDENCE


#: A dash Tesseract is this sure of is kept however small: at 150 dpi, after enlarging and the
#: median filter, the dash between an attendee's name and role ("D. Quennell - Team Manager")
#: can come back as a 4x4 px box at confidence 93, and without it redaction no longer reads
#: the initial and surname before a role as a person.
_SURE_DASH_CONFIDENCE = 85
_DASHES = frozenset("-\u2013\u2014")


def _sure_dash(read: list[tuple[tuple[str, str, str, str], _Word, float]], index: int) -> bool:
    """Word ``index`` is a dash read with confidence between two words of its own line, with a
    space either side of it (not a cell gap), at the height of a dash: in the middle band of
    the word before it. Speckle is rarely read as a dash that sure, and never sits so."""
    key, word, confidence = read[index]
    if word.text not in _DASHES or confidence < _SURE_DASH_CONFIDENCE or not 0 < index < len(read) - 1:
        return False
    (before_key, before, _), (after_key, after, _) = read[index - 1], read[index + 1]
    if before_key != key or after_key != key:
        return False
    height = before.height
    spaced = 0 < word.left - before.right <= _CELL_GAP * height and 0 < after.left - word.right <= _CELL_GAP * height
    middle = word.top + word.height / 2
    return spaced and before.top + 0.25 * height <= middle <= before.top + 0.85 * height


#: The widest gap, in line heights, between a table cell's line and its wrapped next line: a
#: short last line without descenders (an address cell's "Farm" at 300 dpi: 32 px high, 34 px
#: below the line above) is further from it than its own height; table rows are three line
#: heights apart and more.
_CELL_LINE_GAP = 1.5


def _continues_cell(row: list[list[_Word]], words: list[_Word]) -> bool:
    """A table cell's text wrapped onto a second line: a lone line that starts where one of
    the row's later cells starts, right below it, and ends before the next cell. It is added
    to that cell (``row`` is changed), as the text layer keeps a wrapped cell in one box."""
    segments = [(line, end) for line in row for end in _cell_ends(line)]  # cell = line[start:end]
    if len(segments) < 2:
        return False
    height = max(w.height for w in words)
    starts = [0 if i == 0 or segments[i - 1][0] is not line else segments[i - 1][1]
              for i, (line, _) in enumerate(segments)]
    for index in range(1, len(segments)):
        line, end = segments[index]
        cell = line[starts[index]:end]
        char_width = sum(w.width for w in cell) / max(sum(len(w.text) for w in cell), 1)
        gap = min(w.top for w in words) - max(w.top + w.height for w in cell)
        following = segments[index + 1] if index + 1 < len(segments) else None
        next_left = following[0][starts[index + 1]].left if following else None
        ends_before_next = next_left is None or words[-1].right < next_left
        if (abs(words[0].left - cell[0].left) <= 2 * char_width and -height / 2 <= gap <= _CELL_LINE_GAP * height
                and ends_before_next):
            line[end:end] = words
            return True
    return False


def _cell_ends(line: list[_Word]) -> list[int]:
    """Indices (exclusive) where the cells of one visual line end (wide gaps, as ``_line_text``)."""
    height = sorted(w.height for w in line)[len(line) // 2]
    ends = [i for i in range(1, len(line)) if line[i].left - line[i - 1].right > _CELL_GAP * height]
    return [*ends, len(line)]


def _rows(lines: list[tuple[tuple[str, str, str, str], list[_Word]]]) -> list[tuple[str, list[list[_Word]]]]:
    """Visual rows of the page: Tesseract's lines, with lines that sit side by side merged
    left to right. Tesseract reads a form's label column and value column as two blocks, one
    after the other; a reviewer, and the redaction rules, read "Date of birth:" next to its
    value. Side by side means overlapping vertically by a quarter of a line: a scan skewed by
    a degree lowers a value 1000 px to the right by 20 px, about half a line at 300 dpi."""
    rows: list[tuple[str, list[list[_Word]]]] = []
    boxes: list[tuple[str, str, int, int]] = []  # page, block, top, bottom of each row's first line
    ordered = sorted(lines, key=lambda item: (item[0][0], min(w.top for w in item[1])))
    for index, ((page, block, _, _), words) in enumerate(ordered):
        top = min(w.top for w in words)
        bottom = max(w.top + w.height for w in words)
        if rows and boxes[-1][0] == page:
            _, _, row_top, row_bottom = boxes[-1]
            overlap = min(bottom, row_bottom) - max(top, row_top)
            disjoint = all(words[0].left >= other[-1].right or words[-1].right <= other[0].left
                           for other in rows[-1][1])
            if disjoint and overlap >= 0.25 * min(bottom - top, row_bottom - row_top):
                rows[-1][1].append(words)
                rows[-1][1].sort(key=lambda ws: ws[0].left)
                continue
            if not _row_starts_left_of(ordered, index, page, top, bottom) and _continues_cell(rows[-1][1], words):
                continue
        rows.append((page, [words]))
        boxes.append((page, block, top, bottom))
    return rows


def _row_starts_left_of(ordered: list[tuple[tuple[str, str, str, str], list[_Word]]], index: int, page: str,
                        top: int, bottom: int) -> bool:
    """A line further down the list sits beside line ``index`` and left of it: then line
    ``index`` is a later cell of a new table row ("(0141) 496 0743" beside "Lead Officer"),
    not the wrapped end of the cell above. A skewed scan raises a row's right-hand cells, so
    they can come before the row's first cell in top-to-bottom order."""
    left = ordered[index][1][0].left
    for (other_page, _, _, _), other in ordered[index + 1:]:
        other_top = min(w.top for w in other)
        if other_page != page or other_top >= bottom:
            break
        other_bottom = max(w.top + w.height for w in other)
        overlap = min(bottom, other_bottom) - max(top, other_top)
        if other[-1].right <= left and overlap >= 0.25 * min(bottom - top, other_bottom - other_top):
            return True
    return False


def _line_text(words: list[_Word]) -> str:
    height = sorted(w.height for w in words)[len(words) // 2]
    parts = [words[0].text]
    for previous, word in zip(words, words[1:]):
        parts.append("\t" if word.left - previous.right > _CELL_GAP * height else " ")
        parts.append(word.text)
    return "".join(parts)


def _continues(line: list[_Word], following: list[_Word], right_edge: int) -> bool:
    """``following`` is the next visual line of the same paragraph: ``line`` left no room for
    its first word, it starts at the same left margin, and it is the very next line down."""
    first = following[0]
    char_width = sum(w.width for w in line) / max(sum(len(w.text) for w in line), 1)
    height = max(w.height for w in line)
    room = right_edge - line[-1].right
    same_margin = abs(first.left - line[0].left) <= 3 * char_width
    gap = min(w.top for w in following) - max(w.top + w.height for w in line)
    next_line = -height / 2 <= gap <= height
    return room <= char_width * (len(first.text) + 2) and same_margin and next_line


_MIN_SCAN_DPI = 70  # as for an attached image: a lower figure is a wrongly declared size, not a scan


def render_pdf_pages(data: bytes, pages: Iterable[int], dpi: int, password: str,
                     max_pixels: int) -> Iterator[tuple[object, int]]:
    """PIL images of the given 0-based pages at ``dpi``, one at a time, with the dpi each is
    at, cleaned up for OCR (``clean``). A page that would be over ``max_pixels`` at ``dpi``
    (a poster, a drawing scanned at A0) is rendered at the dpi that fits, down to
    ``_MIN_SCAN_DPI`` (below that: ``parse-memory``, in plain words). Pages come cleaned up
    according to the resolution the page was scanned at. A page scanned coarser than ``dpi``
    is rendered by PDFium at its own resolution and enlarged by ``clean`` (bicubic, as an
    attached image is): PDFium's own enlargement of a 150-dpi scan to 300 dpi blurs the
    letters more. Measured on generated 150-dpi scans (benchmarks/eval_ocr.py, tuned seeds
    14, 23 and 37, 30 pages): word recall 0.978 -> 0.982; Lanczos instead of bicubic gave
    the same, and enlarging past 300 dpi lost words (0.963 at 360)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(data, password=password or None)
    try:
        for index in pages:
            page = document[index]
            try:
                width_pt, height_pt = page.get_size()
                fits = int(72 * (max_pixels / max(width_pt * height_pt, 1.0)) ** 0.5)
                target = min(dpi, fits)
                if target < _MIN_SCAN_DPI:
                    pixels = int(width_pt * height_pt * (dpi / 72) ** 2)
                    raise ParseError("parse-memory", f"a page of {width_pt / 72:.0f} x {height_pt / 72:.0f} inches "
                                                     f"({pixels / 1e6:.0f} megapixels at {dpi} dpi) needs more "
                                                     "memory to OCR than [pipeline] parse_memory_mb allows, even "
                                                     f"at {_MIN_SCAN_DPI} dpi")
                scanned_at = target
                for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
                    width_px, _ = image.get_px_size()
                    left, _, right, _ = image.get_bounds()
                    if right - left > 72:  # an inch or more: the scan itself, not a logo on it
                        scanned_at = min(scanned_at, max(_MIN_SCAN_DPI, round(width_px * 72 / (right - left))))
                bitmap = page.render(scale=scanned_at / 72.0, grayscale=True)
                cleaned = clean(bitmap.to_pil(), scanned_at, enlarge_to=target)
                del bitmap  # one page in memory at a time
                yield cleaned, target
                del cleaned
            finally:
                page.close()
    finally:
        document.close()


#: Scans made at under this resolution are despeckled before OCR: enlarged to the render
#: resolution, scanner speckle becomes blobs Tesseract reads as full stops and commas (which
#: end sentences in the middle of a name). Measured on generated 150-dpi scans with speckle
#: (benchmarks/eval_ocr.py): word recall 0.918 without, 0.989 with; at 300 dpi the filter
#: costs a little (0.985 -> 0.982), so it is not applied there.
DESPECKLE_BELOW_DPI = 250


def clean(image: object, scanned_at: int, enlarge_to: int | None = None) -> object:
    """The page as Tesseract should see it: 8-bit grey, enlarged to ``enlarge_to`` dpi if
    scanned coarser (Tesseract wants text at least 20 px high), despeckled if scanned coarsely."""
    from PIL import Image, ImageFilter

    grey = image.convert("L")  # type: ignore[attr-defined]
    if enlarge_to and scanned_at < enlarge_to:
        factor = enlarge_to / scanned_at
        grey = grey.resize((int(grey.width * factor), int(grey.height * factor)), Image.Resampling.BICUBIC)
    if scanned_at < DESPECKLE_BELOW_DPI:
        grey = grey.filter(ImageFilter.MedianFilter(3))
    return grey


@dataclass(frozen=True)
class ScanImage:
    """An attached PNG, JPEG or (multi-page) TIFF, its frames not yet decoded."""

    sizes: tuple[tuple[int, int], ...]  # (width, height) in pixels of each frame
    dpi: int  # declared (300 when it says nothing)
    frames: Callable[[], Iterator[object]]  # each frame decoded in 8-bit grey, one at a time


def image_frames(data: bytes) -> ScanImage:
    """The frames of an image, decoded lazily: a 20-page colour TIFF at 300 dpi is 520 MB
    decoded all at once (the old way, ``parse-memory`` under the default 512 MB), 9 MB a frame
    one at a time in grey."""
    from PIL import Image

    # Pillow's decompression-bomb guard raises above ~179 Mpx; RLIMIT_AS is the backstop.
    image = Image.open(io.BytesIO(data))
    dpi = image.info.get("dpi", (300, 300))[0] or 300
    count = getattr(image, "n_frames", 1)
    if count > MAX_FRAMES:
        raise ParseError("too-large", f"more than {MAX_FRAMES} frames")
    sizes = []
    for index in range(count):
        image.seek(index)  # reads the frame's header, not its pixels
        sizes.append(image.size)

    def frames() -> Iterator[object]:
        for index in range(count):
            image.seek(index)
            yield image.convert("L")

    return ScanImage(tuple(sizes), int(round(float(dpi))), frames)

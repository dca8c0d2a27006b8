"""Real documents for tests, written on the fly: no sample files, no real people.

Every generator returns bytes that the production code parses as it would an attachment:
DOCX through python-docx, PDF through reportlab with a genuine text layer. Callers supply
their own fictional wording; the defaults here are neutral placeholders.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

_FONT = "Helvetica"
_FONT_SIZE = 11
_LEADING = 14
_MARGIN = 56


def make_docx(
    paragraphs: Sequence[str],
    *,
    tables: Sequence[Sequence[Sequence[str]]] = (),
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    """A DOCX with ``paragraphs``, then each table (a list of rows of cell strings), then an
    optional default-section header and footer."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        width = max((len(row) for row in rows), default=1)
        table = document.add_table(rows=len(rows), cols=width)
        for row_cells, row in zip(table.rows, rows):
            for cell, text in zip(row_cells.cells, row):
                cell.text = text
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(lines: Sequence[str], *, encrypt_password: str | None = None) -> bytes:
    """An A4 PDF with a real text layer: one paragraph per line, long lines wrapped, new pages
    as needed. ``encrypt_password`` makes it password-protected (RC4/AES standard security)."""
    buffer = io.BytesIO()
    encrypt = None
    if encrypt_password is not None:
        encrypt = StandardEncryption(encrypt_password, ownerPassword=encrypt_password + "-owner", strength=128)
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt, invariant=1)
    width, height = A4
    y = height - _MARGIN
    pdf.setFont(_FONT, _FONT_SIZE)
    for line in lines:
        for wrapped in simpleSplit(line, _FONT, _FONT_SIZE, width - 2 * _MARGIN) or [""]:
            if y < _MARGIN:
                pdf.showPage()
                pdf.setFont(_FONT, _FONT_SIZE)
                y = height - _MARGIN
            pdf.drawString(_MARGIN, y, wrapped)
            y -= _LEADING
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_encrypted_pdf(lines: Sequence[str], password: str = "not-the-password") -> bytes:
    """A PDF that cannot be read without a user password."""
    return make_pdf(lines, encrypt_password=password)


def make_scanned_pdf(pages: int = 1) -> bytes:
    """Image-only pages, as a scanner makes them: shapes and a bitmap, no text operators."""
    from reportlab.lib.utils import ImageReader

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    bitmap = ImageReader(io.BytesIO(_grey_ppm(64, 64)))
    for _ in range(pages):
        pdf.drawImage(bitmap, _MARGIN, height / 2, width=200, height=200)
        for row in range(20):
            pdf.rect(_MARGIN, _MARGIN + row * 16, 300 - row * 7, 8, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_zip_not_docx() -> bytes:
    """A valid ZIP archive that is not an Office document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "placeholder archive member\n")
        archive.writestr("data/values.csv", "a,b\n1,2\n")
    return buffer.getvalue()


# --- hostile documents (THREATS D2, D7, E1, E3) -------------------------------------------


def make_docx_bomb(uncompressed_mb: int = 64) -> bytes:
    """A real DOCX whose ``word/document.xml`` is replaced by millions of empty paragraphs
    (THREATS E1): a few hundred KiB on the wire, ``uncompressed_mb`` MiB of XML."""
    source = zipfile.ZipFile(io.BytesIO(make_docx(["placeholder"])))
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info))
                continue
            with target.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
                member.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
                chunk = b"<w:p/>" * (1024 * 1024 // 6)
                for _ in range(uncompressed_mb):
                    member.write(chunk)
                member.write(b"</w:body></w:document>")
    return buffer.getvalue()


def make_docx_with_doctype() -> bytes:
    """A DOCX whose ``document.xml`` declares an external entity (THREATS E4, XXE)."""
    source = zipfile.ZipFile(io.BytesIO(make_docx(["placeholder"])))
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                declaration, _, rest = data.partition(b"?>")
                data = declaration + b'?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/hostname">]>' + rest
            target.writestr(info, data)
    return buffer.getvalue()


def make_pdf_flate_bomb(uncompressed_mb: int = 300) -> bytes:
    """One page whose content stream inflates to ``uncompressed_mb`` MiB of spaces (D2)."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    stream = b"".join(compressor.compress(chunk) for _ in range(uncompressed_mb)) + compressor.flush()
    return _raw_pdf(stream)


def make_slow_pdf(operators: int = 600_000) -> bytes:
    """One page with millions of no-op ``q Q`` operators: tiny, valid, and slow for a pure
    Python content parser (a stand-in for THREATS D6/D7 CPU exhaustion)."""
    compressor = zlib.compressobj(9)
    body = compressor.compress(b"q Q " * operators)
    body += compressor.compress(b"BT /F1 12 Tf 72 720 Td (A slow but legitimate page of fictional text.) Tj ET")
    return _raw_pdf(body + compressor.flush())


def _raw_pdf(flate_content: bytes) -> bytes:
    """A minimal one-page PDF around an already FlateDecode-compressed content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(flate_content) + flate_content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _grey_ppm(width: int, height: int) -> bytes:
    """A binary PPM (reportlab reads it through PIL if present, else we fall back below)."""
    pixels = bytes((x * 4 + y * 2) % 256 for y in range(height) for x in range(width) for _ in range(3))
    return f"P6 {width} {height} 255\n".encode() + pixels


# --- protected files and older formats (issue 14) -----------------------------------------


def make_protected_docx(paragraphs: Sequence[str], password: str) -> bytes:
    """A DOCX encrypted with a password as Word does it: an OLE2 file holding the
    ``EncryptedPackage`` stream ([MS-OFFCRYPTO] agile encryption), made by msoffcrypto-tool."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(make_docx(paragraphs))).encrypt(password, out)
    return out.getvalue()


def make_pypdf_protected(lines: Sequence[str], *, user_password: str, owner_password: str) -> bytes:
    """A PDF encrypted by pypdf (AES-256). An empty ``user_password`` is owner-only protection:
    anyone can open it, printing and copying are restricted."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(lines))))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256",
                   permissions_flag=0)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def convert_with_libreoffice(data: bytes, source_ext: str, target: str, workdir: Path) -> bytes:
    """Convert ``data`` with the real LibreOffice, as a committee's office would save it
    (``target`` e.g. ``doc:MS Word 97`` or ``odt``). Tests only: the product converts in its
    sandbox (``ingestd.parsers.convert``)."""
    import subprocess
    from pathlib import Path

    workdir = Path(workdir)
    (workdir / "out").mkdir(parents=True, exist_ok=True)
    source = workdir / f"source.{source_ext}"
    source.write_bytes(data)
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
                    "--convert-to", target, "--outdir", str(workdir / "out"), str(source)],
                   check=True, capture_output=True, timeout=180, env={"PATH": "/usr/bin:/bin", "HOME": str(workdir)})
    extension = target.split(":", 1)[0]
    return (workdir / "out" / f"source.{extension}").read_bytes()


def make_rtf(paragraphs: Sequence[str]) -> bytes:
    """A minimal RTF 1.x document, as WordPad writes it (non-ASCII as \\uN? escapes)."""
    def escape(text: str) -> str:
        out = []
        for char in text:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) > 127:
                out.append(f"\\u{ord(char)}?")
            else:
                out.append(char)
        return "".join(out)

    body = "".join(f"{escape(p)}\\par\n" for p in paragraphs)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n" + body + "}").encode("ascii")


def make_zip(members: Sequence[tuple[str, bytes]]) -> bytes:
    """A ZIP archive of (name, bytes) members, as 'Send to > Compressed folder' makes it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()

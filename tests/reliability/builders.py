"""Small builders of well-formed files of every imported format, for the hostile-file generator.

Each returns bytes; the hostile variants in :mod:`hostile` start from these and break one thing.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES_DOCX = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS_DOCX = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
QDPX_NS = "urn:QDA-XML:project:1.0"


def zip_bytes(entries: dict[str, bytes | str], *, stored: tuple[str, ...] = ()) -> bytes:
    """A deflated zip of ``entries`` (names in ``stored`` are not compressed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            kind = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=kind)
    return buffer.getvalue()


def docx_xml(body: str, prolog: str = "") -> str:
    """A ``word/document.xml`` with ``body`` inside ``<w:body>``."""
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def paragraph(text: str) -> str:
    """A ``<w:p>`` holding ``text`` in one run."""
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx(document_xml: str | bytes, extra: dict[str, bytes | str] | None = None) -> bytes:
    """A minimal .docx around ``document_xml``."""
    entries: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES_DOCX,
        "_rels/.rels": RELS_DOCX,
        "word/document.xml": document_xml,
    }
    entries.update(extra or {})
    return zip_bytes(entries)


def odt_xml(body: str, prolog: str = "") -> str:
    """A ``content.xml`` with ``body`` inside ``<office:text>``."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {ODT_NS}>'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")


def odt(content_xml: str | bytes, extra: dict[str, bytes | str] | None = None) -> bytes:
    """A minimal .odt around ``content_xml``."""
    entries: dict[str, bytes | str] = {"mimetype": "application/vnd.oasis.opendocument.text",
                                       "content.xml": content_xml}
    entries.update(extra or {})
    return zip_bytes(entries, stored=("mimetype",))


def xlsx(rows: list[list[object]]) -> bytes:
    """A one-sheet .xlsx (openpyxl) holding ``rows``."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def replace_entry(archive: bytes, name: str, data: bytes | str) -> bytes:
    """``archive`` with entry ``name`` replaced (or added)."""
    source = zipfile.ZipFile(io.BytesIO(archive))
    entries: dict[str, bytes | str] = {info.filename: source.read(info) for info in source.infolist()}
    entries[name] = data
    return zip_bytes(entries)


def pdf(streams: list[tuple[dict[str, str], bytes]], pages: int = 1, page_content: int | None = 0) -> bytes:
    """A PDF whose objects 5.. are ``streams`` (dict entries, raw data); ``pages`` pages share content
    stream number ``5 + page_content`` (None: no content) and the Helvetica font."""
    objects: list[bytes] = []
    first_stream = 5
    page_ids = [first_stream + len(streams) + i for i in range(pages)]
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< >>")
    for entries, data in streams:
        extra = " ".join(f"/{key} {value}" for key, value in entries.items())
        objects.append(f"<< /Length {len(data)} {extra} >>\nstream\n".encode() + data + b"\nendstream")
    contents = f"/Contents {first_stream + page_content} 0 R " if page_content is not None else ""
    for _ in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {contents}"
                       "/Resources << /Font << /F1 3 0 R >> >> >>".encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def text_stream(text: str) -> tuple[dict[str, str], bytes]:
    """A Flate-compressed content stream showing ``text`` (ASCII) in Helvetica."""
    lines = "".join(f"BT /F1 12 Tf 72 {760 - 16 * i} Td ({line}) Tj ET\n" for i, line in enumerate(text.split("\n")))
    return {"Filter": "/FlateDecode"}, zlib.compress(lines.encode("latin-1"))


def deflate_zeros(size: int, byte: bytes = b" ") -> bytes:
    """A zlib stream inflating to ``size`` copies of ``byte`` (built in chunks: fast, little memory)."""
    compressor = zlib.compressobj(9)
    chunk = byte * (1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(size // len(chunk))]
    parts.append(compressor.compress(byte * (size % len(chunk))))
    parts.append(compressor.flush())
    return b"".join(parts)


def raw_deflate_entry(name: str, size: int, byte: bytes = b" ") -> tuple[zipfile.ZipInfo, bytes]:
    """A zip entry of ``size`` bytes of ``byte``, compressed without holding them in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = byte * (1024 * 1024)
    crc = 0
    parts = []
    remaining = size
    while remaining:
        piece = chunk if remaining >= len(chunk) else byte * remaining
        crc = zlib.crc32(piece, crc)
        parts.append(compressor.compress(piece))
        remaining -= len(piece)
    parts.append(compressor.flush())
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size, info.CRC = size, crc
    data = b"".join(parts)
    info.compress_size = len(data)
    return info, data


def bomb_zip(entries: dict[str, bytes | str], bombs: dict[str, int]) -> bytes:
    """A zip of ``entries`` plus entries of ``size`` spaces each (``bombs``), written from precompressed data."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        cache: dict[int, tuple[zipfile.ZipInfo, bytes]] = {}
        for name, size in bombs.items():
            if size not in cache:
                cache[size] = raw_deflate_entry("x", size)
            template, data = cache[size]
            _write_precompressed(archive, name, template, data)
    return buffer.getvalue()


def _write_precompressed(archive: zipfile.ZipFile, name: str, template: zipfile.ZipInfo, data: bytes) -> None:
    """Append an entry whose deflated bytes are already known (zipfile cannot do it through its API)."""
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size, info.compress_size, info.CRC = template.file_size, template.compress_size, template.CRC
    info.header_offset = archive.fp.tell()
    archive.fp.write(info.FileHeader(zip64=None))
    archive.fp.write(data)
    archive.start_dir = archive.fp.tell()
    archive.filelist.append(info)
    archive.NameToInfo[name] = info
    archive._didModify = True


def corrupt_entry(archive: bytes, name: str) -> bytes:
    """``archive`` with a few bytes of entry ``name``'s compressed data flipped (bad CRC or bad deflate)."""
    info = zipfile.ZipFile(io.BytesIO(archive)).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data = bytearray(archive)
    for offset in range(start + 2, min(start + info.compress_size, start + 12)):
        data[offset] ^= 0x5A
    return bytes(data)


def lying_size(archive: bytes, name: str) -> bytes:
    """``archive`` whose central directory says entry ``name`` is 10 bytes long."""
    data = bytearray(archive)
    directory = data.find(b"PK\x01\x02")
    while directory >= 0:
        length = struct.unpack_from("<H", data, directory + 28)[0]
        if data[directory + 46 : directory + 46 + length] == name.encode():
            struct.pack_into("<I", data, directory + 24, 10)
            break
        directory = data.find(b"PK\x01\x02", directory + 4)
    return bytes(data)


def patch_entry(archive: bytes, name: str, *, flags: int | None = None, method: int | None = None) -> bytes:
    """``archive`` with entry ``name``'s general-purpose flags (1: encrypted) or compression method changed,
    in its local header and in the central directory."""
    data = bytearray(archive)
    for signature, flag_at, method_at, name_at, length_at in ((b"PK\x03\x04", 6, 8, 30, 26),
                                                               (b"PK\x01\x02", 8, 10, 46, 28)):
        position = data.find(signature)
        while position >= 0:
            length = struct.unpack_from("<H", data, position + length_at)[0]
            if data[position + name_at : position + name_at + length] == name.encode():
                if flags is not None:
                    struct.pack_into("<H", data, position + flag_at, flags)
                if method is not None:
                    struct.pack_into("<H", data, position + method_at, method)
            position = data.find(signature, position + 4)
    return bytes(data)

"""Turn the bytes of an input file into one decoded, newline-normalised text.

Callers may rely on:

* ``SourceText.text`` uses ``"\\n"`` only (CRLF and lone CR are normalised), has no BOM
  and no NUL character;
* ``SourceText.encoding`` names the codec actually used (adapters prefix it, e.g.
  ``"html(utf-8)"``);
* every failure is an ``UnreadableInput`` with a ``kind`` of ``"empty"``, ``"binary"``,
  ``"undecodable"`` or ``"unsupported"``; nothing else is raised for bad input.

Order of attempts: a known file signature (PDF, ZIP, images, legacy .doc) is refused; a
BOM decides; then strict UTF-8; then UTF-16 if the NUL bytes fit it (other NULs mean binary);
then strict GB18030 (covers GBK and GB2312) if the result looks like text; then UTF-8 or
GB18030 with a few corrupt bytes replaced by U+FFFD (the encoding then reads
``"utf-8 (invalid bytes replaced)"``); then charset-normalizer.

The plain UTF-8 path is the common case in bulk runs: one ``bytes.decode``, a NUL search,
a control-byte count over the first KiB, and the newline normalisation. charset-normalizer
and the adapters are imported only when needed.
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from typing import NamedTuple

from . import patterns

__all__ = [
    "SourceText",
    "UnreadableInput",
    "decode_bytes",
    "looks_like_text",
    "normalise_newlines",
    "raise_for_magic",
    "read_source",
]


class SourceText(NamedTuple):
    """Decoded text of one input, with the original line of each text line if it moved."""

    text: str
    encoding: str
    # line_map[i] = 1-based line in the original file of 0-based text line i; None = identity.
    line_map: tuple[int, ...] | None = None


class UnreadableInput(Exception):
    """The input cannot be turned into text; ``kind`` says why (see module docstring)."""

    def __init__(self, kind: str, detail: str, tried: tuple[str, ...] = ()) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.tried = tried


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCX_SUFFIX = ".docx"

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls
_BINARY_MAGICS: tuple[tuple[bytes, str], ...] = (
    (_ZIP_MAGIC, "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
)
_MAGIC_PREFIXES = (_PDF_MAGIC, _OLE_MAGIC, *(magic for magic, _ in _BINARY_MAGICS))

# Control bytes that do not occur in text files (TAB, LF, VT, FF, CR and DOS EOF do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a") + b"\x7f"
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 65536
_FAST_SAMPLE = 1024  # the UTF-8 fast path looks at this much only (well under a microsecond)

# Characters expected in a Chinese report: ASCII, Latin-1 symbols, pinyin letters, the Greek
# and Cyrillic letters GB2312 has, general punctuation and symbols, CJK symbols, kana,
# ideographs, compatibility ideographs and full-width forms. Latin-1 letters are left out on
# purpose: random high bytes decoded as cp1252 would otherwise pass for text.
_UNEXPECTED_CHAR = (
    "[^\t\n\x0b\x0c\r\x20-\x7e\xa0-\xbf\xd7\xf7\xe0\xe1\xe8\xe9\xec\xed\xf2\xf3\xf9\xfa\xfc"
    "\u0100-\u01dc\u02c7-\u02cb\u0391-\u03c9\u0401-\u0451\u2000-\u27ff\u2e80-\u2fdf\u3000-\u30ff"
    "\u3190-\u31ef\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef]"
)
_MAX_UNEXPECTED_SHARE = 0.05
# Corrupt bytes tolerated: 1 % of the characters, at least 8 (one bad byte mid-character
# gives up to three U+FFFD). The wrong encoding gives far more, and looks_like_text then fails.
_MAX_REPLACED_SHARE = 0.01
_MIN_REPLACED_ALLOWED = 8
# A lone ASCII letter between two ideographs: common in GB18030 mojibake of UTF-16 or of
# other CJK encodings, rare in real reports (which write "A级", "PPP项目", "第3条").
_STRAY_LETTER = "(?<=[\u4e00-\u9fff])[A-Za-z@^`{}](?=[\u4e00-\u9fff])"
_MAX_STRAY_LETTER_SHARE = 0.02
_IDEOGRAPHIC = "[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The heuristics' patterns (large character classes) compile only when a file is not
    plain UTF-8: the common case never pays for them."""
    return patterns.compile(pattern)
_MIN_IDEOGRAPHIC_SHARE = 0.9


def read_source(data: bytes, name: str) -> SourceText:
    """Read one input, choosing the adapter by the suffix of ``name`` ("-" is stdin)."""
    suffix = _suffix(name)
    if suffix in HTML_SUFFIXES:
        from disclosure_lint.adapters.html import html_to_text

        return html_to_text(data)
    if suffix == DOCX_SUFFIX:
        from disclosure_lint.adapters.docx import docx_to_text

        return docx_to_text(data)
    return decode_bytes(data)


def decode_bytes(data: bytes) -> SourceText:
    """Decode plain-text bytes: BOM, UTF-16 by NUL pattern, UTF-8, GB18030, then detection."""
    if not data:
        raise UnreadableInput("empty", "the input is empty")
    if data.startswith(_MAGIC_PREFIXES):
        raise_for_magic(data)
    if data.startswith(_BOM_PREFIXES):
        return _decode_with_bom(data)
    if b"\x00" in data:  # UTF-16 without BOM, or binary
        return _decode_without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_without_bom(data)
    if _control_share(data, _FAST_SAMPLE) > _MAX_CONTROL_SHARE:
        raise UnreadableInput("binary", "the input is mostly control bytes, not text", ("utf-8",))
    return _finish(text, "utf-8")


def raise_for_magic(data: bytes) -> None:
    """Raise ``UnreadableInput`` if ``data`` starts with a known non-text file signature."""
    if data.startswith(_PDF_MAGIC):
        raise UnreadableInput(
            "unsupported", "PDF input is not supported yet; export the report as .docx or .txt"
        )
    if data.startswith(_OLE_MAGIC):
        raise UnreadableInput(
            "unsupported",
            "legacy Word/Excel (OLE) files are not supported; save the report as .docx",
        )
    for magic, what in _BINARY_MAGICS:
        if data.startswith(magic):
            raise UnreadableInput("binary", f"the input is {what}, not text")


def looks_like_text(text: str) -> bool:
    """True when a sample of ``text`` is mostly characters a Chinese report is made of."""
    sample = text[:_SAMPLE]
    if not sample:
        return True
    if len(_compiled(_UNEXPECTED_CHAR).findall(sample)) > _MAX_UNEXPECTED_SHARE * len(sample):
        return False
    return len(_compiled(_STRAY_LETTER).findall(sample)) <= \
        _MAX_STRAY_LETTER_SHARE * len(sample)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _finish(text: str, encoding: str) -> SourceText:
    if not text or text.isspace():
        raise UnreadableInput("empty", "the input contains only whitespace")
    return SourceText(normalise_newlines(text), encoding)


def _suffix(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    dot = base.rfind(".")
    return base[dot:].lower() if dot > 0 else ""


def _decode_with_bom(data: bytes) -> SourceText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableInput(
                    "undecodable",
                    f"{encoding} byte-order mark, but invalid {encoding} at byte {exc.start}",
                    (encoding,),
                ) from None
            # utf-16/utf-32 codecs consume the BOM; utf-8-sig does too.
            return _finish(text.replace("\x00", ""), encoding)
    raise AssertionError("unreachable: caller checked for a BOM")


def _decode_without_bom(data: bytes) -> SourceText:
    tried: list[str] = []
    if b"\x00" in data:
        for utf16 in _utf16_candidates(data):
            tried.append(utf16)
            decoded = _strict(data, utf16)
            if decoded is not None and looks_like_text(decoded):
                return _finish(decoded.replace("\x00", ""), utf16)
    data = data.rstrip(b"\x00")  # NUL padding at the end is harmless
    if not data:
        raise UnreadableInput("empty", "the input contains only NUL bytes")
    if b"\x00" in data:
        raise UnreadableInput(
            "binary", "the input contains NUL bytes (not UTF-16 text)", tuple(tried)
        )
    tried.append("utf-8")
    decoded = _strict_allowing_cut_tail(data, "utf-8")
    if decoded is not None:
        return _finish(decoded, "utf-8")
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise UnreadableInput("binary", "the input is mostly control bytes, not text", tuple(tried))
    bare_utf16 = _utf16_without_nuls(data)
    if bare_utf16 is not None:
        return _finish(*bare_utf16)
    tried.append("gb18030")
    decoded = _strict_allowing_cut_tail(data, "gb18030")
    if decoded is not None and looks_like_text(decoded):
        return _finish(decoded, "gb18030")
    for encoding in ("utf-8", "gb18030"):
        decoded = _mostly(data, encoding)
        if decoded is not None:
            return _finish(decoded, f"{encoding} (invalid bytes replaced)")
    return _detect(data, tried)


def _detect(data: bytes, tried: list[str]) -> SourceText:
    """Last resort: charset-normalizer, imported only on this rare path."""
    tried.append("charset-normalizer")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if looks_like_text(text):
            return _finish(text.replace("\x00", ""), best.encoding)
    raise UnreadableInput("undecodable", "tried " + ", ".join(tried), tuple(tried))


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _strict_allowing_cut_tail(data: bytes, encoding: str) -> str | None:
    """Strict decoding that forgives one multi-byte character cut off at the very end."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.end != len(data) or exc.start < len(data) - 3:
            return None
        return _strict(data[: exc.start], encoding)


def _mostly(data: bytes, encoding: str) -> str | None:
    """Text in ``encoding`` with a few corrupt bytes (U+FFFD marks each); else None.

    A damaged byte must not make a whole report unreadable.
    """
    text = data.decode(encoding, errors="replace")
    allowed = max(_MIN_REPLACED_ALLOWED, int(len(text) * _MAX_REPLACED_SHARE))
    if text.count("\ufffd") > allowed or not looks_like_text(text):
        return None
    return text


def _utf16_candidates(data: bytes) -> tuple[str, ...]:
    """UTF-16 byte orders worth trying, most likely first, judged by where the NULs sit.

    ASCII in UTF-16 LE has its NUL at odd offsets; CJK code points such as U+4E00 put one at
    even offsets, so both orders are tried and ``looks_like_text`` decides.
    """
    if len(data) % 2:
        return ()
    sample = data[:_SAMPLE]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    return ("utf-16-be", "utf-16-le") if even_nuls > odd_nuls else ("utf-16-le", "utf-16-be")


def _utf16_without_nuls(data: bytes) -> tuple[str, str] | None:
    """BOM-less UTF-16 with no ASCII at all (so no NULs): accept only if nearly all CJK.

    GBK bytes read as UTF-16 give Yi, Hangul, private-use or surrogate code units, so
    this cannot steal a GBK file; without it such UTF-16 would pass as GB18030 mojibake.
    """
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _strict(data[:_SAMPLE], encoding)
        if text and len(_compiled(_IDEOGRAPHIC).findall(text)) >= \
                _MIN_IDEOGRAPHIC_SHARE * len(text):
            full = _strict(data, encoding)
            if full is not None:
                return full, encoding
    return None


def _control_share(data: bytes, size: int = _SAMPLE) -> float:
    sample = data[:size]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample)

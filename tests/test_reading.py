"""Tests for disclosure_lint.reading: encodings, newlines, refusals, dispatch."""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from disclosure_lint.reading import (
    SourceText,
    UnreadableInput,
    decode_bytes,
    looks_like_text,
    read_source,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "reading"

SAMPLE = (
    "某某镇人民政府2023年政府信息公开工作年度报告\n"
    "\n"
    "一、总体情况\n"
    "2023年，本机关共主动公开政府信息249条，收到“依申请公开”26件。\n"
    "三、收到和处理政府信息公开申请情况\n"
    "一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26\n"
    "六、其他需要报告的事项\n"
    "本年度未收取信息处理费（0元）。\n"
)
NEWLINES = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def random_bytes(seed: int, size: int, pick: Callable[[random.Random], int]) -> bytes:
    rng = random.Random(seed)
    return bytes(pick(rng) for _ in range(size))


def refusal(data: bytes) -> UnreadableInput:
    with pytest.raises(UnreadableInput) as caught:
        decode_bytes(data)
    return caught.value


# --- the same text in every encoding and newline style -----------------------------------


@pytest.mark.parametrize("newline", NEWLINES.values(), ids=NEWLINES.keys())
@pytest.mark.parametrize(
    ("codec", "expected_encoding"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # no BOM: found by the NUL pattern
        ("utf-16-be", "utf-16-be"),
        ("utf-32", "utf-32"),
        ("gbk", "gb18030"),
        ("gb2312", "gb18030"),
        ("gb18030", "gb18030"),
    ],
)
def test_same_text_in_every_encoding(codec: str, expected_encoding: str, newline: str) -> None:
    source = decode_bytes(SAMPLE.replace("\n", newline).encode(codec))
    assert source.text == SAMPLE
    assert source.encoding == expected_encoding
    assert source.line_map is None


@pytest.mark.parametrize(
    "name",
    [
        "report-utf8.txt",
        "report-utf8-bom.txt",
        "report-gbk-crlf.txt",
        "report-gb18030-cr.txt",
        "report-utf16le-bom-crlf.txt",
        "report-utf16be.txt",
    ],
)
def test_fixture_files_decode_to_the_reference_text(name: str) -> None:
    source = read_source((FIXTURES / name).read_bytes(), name)
    assert source.text == SAMPLE
    assert "\r" not in source.text and "\ufeff" not in source.text


def test_mixed_newlines_are_all_normalised() -> None:
    assert decode_bytes("一\r\n二\r三\n四".encode()).text == "一\n二\n三\n四"


def test_gb18030_only_characters() -> None:
    text = "欧元符号€与扩展字𠀀在GB18030中可编码。\n"
    source = decode_bytes(text.encode("gb18030"))
    assert source.text == text and source.encoding == "gb18030"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_or_nuls(codec: str) -> None:
    # Ideographs only, so no NUL byte gives the encoding away; GB18030 would accept the bytes.
    text = "总体情况政府信息依申请报告，。" * 3
    data = text.encode(codec)
    assert b"\x00" not in data
    source = decode_bytes(data)
    assert source.text == text and source.encoding == codec


def test_utf8_cut_in_the_middle_of_the_last_character() -> None:
    data = "政府信息公开年度报告".encode()
    source = decode_bytes(data[:-1])
    assert source.text == "政府信息公开年度报"
    assert source.encoding == "utf-8"


@pytest.mark.parametrize("codec", ["utf-8", "gbk"])
def test_one_corrupt_byte_is_replaced_not_fatal(codec: str) -> None:
    # Also shows damaged GBK is not taken for damaged UTF-8 (the text would not match).
    data = SAMPLE.encode(codec)
    cut = data.index(b"2023")  # a character boundary in both encodings
    corrupt = data[:cut] + b"\xff" + data[cut:]
    source = decode_bytes(corrupt)
    assert source.text.count("\ufffd") == 1
    assert source.text.replace("\ufffd", "") == SAMPLE
    assert source.encoding.endswith("(invalid bytes replaced)")


def test_trailing_nul_padding_is_dropped() -> None:
    source = decode_bytes("一、总体情况\n".encode() + b"\x00" * 7)
    assert source.text == "一、总体情况\n"


def test_nul_characters_removed_from_utf16_text() -> None:
    source = decode_bytes("一、总体\x00情况\n".encode("utf-16"))
    assert source.text == "一、总体情况\n"


def test_charset_normalizer_is_the_last_resort() -> None:
    text = "Отчёт о работе по открытости государственной информации за 2023 год. " * 4
    source = decode_bytes(text.encode("cp1251"))
    assert source.text == text
    assert source.encoding not in {"utf-8", "gb18030"}


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b" \r\n\t\r\n  ",
        "\u3000\u3000\n".encode(),
        "\u3000\n".encode("gbk"),
        "\ufeff".encode(),
        b"\xff\xfe",
        b"\x00\x00",
    ],
    ids=[
        "empty",
        "ascii-whitespace",
        "ideographic-space",
        "gbk-whitespace",
        "bom-only",
        "utf16-bom-only",
        "nuls-only",
    ],
)
def test_empty_input(data: bytes) -> None:
    assert refusal(data).kind == "empty"


def test_random_bytes_are_binary() -> None:
    data = random_bytes(7, 4096, lambda rng: rng.randrange(256))
    assert refusal(data).kind == "binary"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00",
        b"PK\x03\x04\x14\x00\x06\x00",  # a ZIP (or a .docx without its suffix)
        b"\x1f\x8b\x08\x00",
    ],
    ids=["png", "jpeg", "gif", "zip", "gzip"],
)
def test_known_binary_signatures(data: bytes) -> None:
    error = refusal(data + "报告正文".encode())
    assert error.kind == "binary"


def test_pdf_is_unsupported_not_binary() -> None:
    error = refusal(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")
    assert error.kind == "unsupported"
    assert "PDF" in error.detail


def test_legacy_word_document_is_unsupported() -> None:
    error = refusal(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    assert error.kind == "unsupported"
    assert ".docx" in error.detail


def test_nul_bytes_inside_text_are_binary() -> None:
    data = "一、总体情况".encode() + b"\x00\x00\x00\x00" + "二、主动公开".encode()
    assert len(data) % 2 == 0  # so UTF-16 is tried, and must be rejected
    assert refusal(data).kind == "binary"


def test_valid_utf8_made_of_control_characters_is_binary() -> None:
    data = random_bytes(3, 512, lambda rng: rng.randrange(1, 32))
    assert refusal(data).kind == "binary"


def test_control_heavy_non_utf8_is_binary() -> None:
    data = random_bytes(5, 512, lambda rng: rng.choice([1, 2, 3, 4, 0x81, 0xFF]))
    error = refusal(data)
    assert error.kind == "binary"
    assert error.tried == ("utf-8",)


def test_undecodable_names_what_was_tried() -> None:
    data = random_bytes(11, 2000, lambda rng: rng.randrange(0x80, 0x100))
    error = refusal(data)
    assert error.kind == "undecodable"
    assert error.tried == ("utf-8", "gb18030", "charset-normalizer")
    assert error.detail == "tried utf-8, gb18030, charset-normalizer"


def test_bad_bytes_after_a_bom_are_undecodable() -> None:
    error = refusal(b"\xff\xfe" + b"\x00\xd8" + "报告".encode("utf-16-le"))  # lone surrogate
    assert error.kind == "undecodable"
    assert error.tried == ("utf-16",)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("empty.txt", "empty"),
        ("whitespace-only.txt", "empty"),
        ("random.bin", "binary"),
        ("image.png", "binary"),
        ("scan.pdf", "unsupported"),
    ],
)
def test_fixture_files_refused(name: str, kind: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_source((FIXTURES / name).read_bytes(), name)
    assert caught.value.kind == kind


def test_unreadable_input_carries_its_parts() -> None:
    error = UnreadableInput("undecodable", "tried utf-8", ("utf-8",))
    assert (error.kind, error.detail, error.tried) == ("undecodable", "tried utf-8", ("utf-8",))
    assert str(error) == "undecodable: tried utf-8"
    assert UnreadableInput("empty", "x").tried == ()


# --- looks_like_text -------------------------------------------------------------------------


def test_looks_like_text_accepts_reports_and_rejects_noise() -> None:
    assert looks_like_text(SAMPLE)
    assert looks_like_text(
        "| 规章 | 0 | 0 | 0 |\n（一）予以公开,26件"
    )  # crawler pipes and ASCII commas
    assert not looks_like_text("\ue000\ue001\ue002报告")  # private use: GB mojibake
    assert not looks_like_text("".join(chr(0xAC00 + i) for i in range(40)))  # Hangul


# --- read_source dispatch --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["report.txt", "report.md", "report", "-", "dir.v2/report", ".hidden", "REPORT.TXT"]
)
def test_plain_names_decode_as_text(name: str) -> None:
    source = read_source(SAMPLE.encode("gbk"), name)
    assert source == SourceText(SAMPLE, "gb18030")


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.xhtml", "C:\\报告\\PAGE.HTML"])
def test_html_names_use_the_html_adapter(name: str) -> None:
    source = read_source("<html><body><p>一、总体情况</p></body></html>".encode(), name)
    assert source.text == "一、总体情况\n"
    assert source.encoding == "html(utf-8)"
    assert source.line_map == (1,)


def test_docx_name_uses_the_docx_adapter() -> None:
    source = read_source((FIXTURES / "report.docx").read_bytes(), "report.docx")
    assert source.encoding == "docx"
    assert source.text.startswith("一、总体情况\n")


def test_zip_named_txt_is_binary() -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_source((FIXTURES / "report.docx").read_bytes(), "report.txt")
    assert caught.value.kind == "binary"


def test_source_text_is_frozen() -> None:
    source = SourceText("x\n", "utf-8")
    with pytest.raises(AttributeError):  # immutable
        source.text = "y"  # type: ignore[misc]


def test_fast_path_imports_nothing_heavy() -> None:
    script = (
        "import sys\n"
        "from disclosure_lint.reading import read_source\n"
        "read_source('一、总体情况\\r\\n'.encode(), 'a.txt')\n"
        "read_source('一、总体情况\\r\\n'.encode('gbk'), 'b.txt')\n"
        "heavy = ('charset_normalizer', 'html.parser', 'docx', 'lxml',"
        " 'disclosure_lint.adapters')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True)

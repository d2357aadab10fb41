"""Tests for the .html and .docx adapters."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from disclosure_lint.adapters.docx import docx_to_text
from disclosure_lint.adapters.html import html_to_text
from disclosure_lint.reading import SourceText, UnreadableInput, read_source

ROOT = Path(__file__).resolve().parent.parent
SHUYANG = ROOT / "fixtures" / "shuyang-fgj-2023.html"
REPORT_DOCX = ROOT / "fixtures" / "reading" / "report.docx"


def html(body: str, head: str = "") -> SourceText:
    return html_to_text(f"<html><head>{head}</head><body>{body}</body></html>".encode())


def lines(source: SourceText) -> list[str]:
    return source.text.splitlines()


def origin(source: SourceText, line: str) -> int:
    """The source line recorded for the first output line equal to ``line``."""
    assert source.line_map is not None
    return source.line_map[lines(source).index(line)]


# --- the real page: 沭阳县发展和改革局 2023 ------------------------------------------------


@pytest.fixture(scope="module")
def shuyang() -> SourceText:
    return read_source(SHUYANG.read_bytes(), SHUYANG.name)


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("一、总体情况", 231),
        ("二、主动公开政府信息情况", 243),
        ("三、收到和处理政府信息公开申请情况", 369),  # two <font> runs on one line
        ("四、政府信息公开行政复议、行政诉讼情况", 1081),
        ("五、存在的主要问题及整改措施", 1197),
        ("六、其他需要报告的事项", 1200),
    ],
)
def test_shuyang_headings_and_their_source_lines(
    shuyang: SourceText, heading: str, line: int
) -> None:
    assert lines(shuyang).count(heading) == 1
    assert origin(shuyang, heading) == line


def test_shuyang_headings_in_order(shuyang: SourceText) -> None:
    found = [
        text
        for text in lines(shuyang)
        if text[:2] in {"一、", "二、", "三、", "四、", "五、", "六、"} and "\t" not in text
    ]
    assert [text[0] for text in found] == list("一二三四五六")


def test_shuyang_table_three_first_row_keeps_empty_cells(shuyang: SourceText) -> None:
    row = next(
        text for text in lines(shuyang) if text.startswith("一、本年新收政府信息公开申请数量")
    )
    assert row.split("\t") == ["一、本年新收政府信息公开申请数量", "26", "", "", "", "", "", "26"]
    assert origin(shuyang, row) == 414


@pytest.mark.parametrize(
    ("first_cell", "line", "cells"),
    [
        (
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            375,
            2,
        ),  # spans not expanded
        ("自然人", 383, 3),  # a cell of two <p>, the first one blank
        ("商业企业", 395, 5),  # 商业 + 企业 in two <p> of one cell
        ("二、上年结转政府信息公开申请数量", 440, 8),
        ("（七）总计", 1027, 8),
        ("四、结转下年度继续办理", 1053, 8),
        ("规范性文件", 281, 4),
    ],
)
def test_shuyang_table_rows(shuyang: SourceText, first_cell: str, line: int, cells: int) -> None:
    row = next(text for text in lines(shuyang) if text.split("\t")[0] == first_cell)
    assert len(row.split("\t")) == cells
    assert origin(shuyang, row) == line


def test_shuyang_table_four_values(shuyang: SourceText) -> None:
    row = "\t".join(["0", "0", "0", "1", "1"] + ["0"] * 10)
    assert origin(shuyang, row) == 1148


def test_shuyang_table_rows_are_consecutive(shuyang: SourceText) -> None:
    text = lines(shuyang)
    start = text.index("三、收到和处理政府信息公开申请情况")
    end = text.index("四、政府信息公开行政复议、行政诉讼情况")
    table = text[start + 2 : end - 1]
    assert len(table) == 28 and all("\t" in row for row in table)
    assert text[start + 1] == "" and text[end - 1] == ""


def test_shuyang_chrome_and_metadata(shuyang: SourceText) -> None:
    assert shuyang.encoding == "html(utf-8)"
    assert shuyang.line_map is not None and len(shuyang.line_map) == len(lines(shuyang))
    assert "发布机构\t沭阳县发展和改革局\t公开日期\t2024-01-17" in lines(shuyang)
    assert origin(shuyang, "沭阳县发展和改革局2023年政府信息公开年度报告") == 227
    for absent in (
        "websiteId",
        "font-family",
        "function time",
        "border-collapse",
        "沭阳县人民政府\n",
    ):
        assert absent not in shuyang.text
    assert lines(shuyang)[-1] == "2024年1月17日"


# --- HTML: small documents ---------------------------------------------------------------


def test_inline_runs_join_and_blocks_separate() -> None:
    source = html(
        "<p><span><font>三、收到和处理</font></span><font>政府信息</font><b>公开</b></p>\n<div>正文<o:p></o:p></div>"
    )
    assert source.text == "三、收到和处理政府信息公开\n\n正文\n"
    assert source.line_map == (1, 2, 2)


def test_whitespace_collapses_and_cjk_line_wraps_vanish() -> None:
    source = html(
        "<p>  申请人情\n     况  </p><p>a \t b&nbsp;&nbsp;c</p><p>年报\n&nbsp;&nbsp;其他</p>"
    )
    assert lines(source) == ["申请人情况", "", "a b c", "", "年报 其他"]


def test_br_starts_a_new_line_of_the_same_block() -> None:
    source = html("<p>沭阳县发展和改革局<br>2024年1月17日<br/></p><p>下一段</p>")
    assert lines(source) == ["沭阳县发展和改革局", "2024年1月17日", "", "下一段"]


def test_table_rows_cells_and_spans() -> None:
    table = (
        "<table>\n<tr><td colspan=3>第二十条第（一）项</td></tr>\n"
        "<tr><td>规章</td><td><p><o:p> </o:p></p></td><td>0</td></tr>\n"
        "<tr><th><p>商业</p><p>企业</p></th><td><p>Total</p><p>26</p></td><td>&nbsp;</td></tr>\n"
        "<tr><td> </td><td></td></tr>\n</table>\n<p>后文</p>"
    )
    source = html("<p>前文</p>\n" + table)
    assert lines(source) == [
        "前文",
        "",
        "第二十条第（一）项",
        "规章\t\t0",
        "商业企业\tTotal 26\t",
        "",
        "后文",
    ]
    assert source.line_map == (1, 3, 3, 4, 5, 8, 8)


def test_unclosed_cells_and_rows() -> None:
    source = html("<table><tr><td>一<td>1<tr><td>二<td>2</table>")
    assert lines(source) == ["一\t1", "二\t2"]


def test_layout_table_with_a_nested_data_table() -> None:
    page = (
        "<table><tr><td>网站导航</td></tr><tr><td>\n<p>二、主动公开政府信息情况</p>\n"
        "<table><tr><td>规章</td><td>0</td></tr><tr><td>规范性文件</td><td>8</td></tr></table>\n"
        "<p>三、收到和处理政府信息公开申请情况</p></td></tr></table>"
    )
    assert lines(html(page)) == [
        "网站导航",
        "",
        "二、主动公开政府信息情况",
        "",
        "规章\t0",
        "规范性文件\t8",
        "",
        "三、收到和处理政府信息公开申请情况",
    ]


def test_a_cell_with_many_paragraphs_is_layout() -> None:
    paragraphs = "".join(f"<p>第{i}段</p>" for i in range(1, 16))
    assert lines(html(f"<table><tr><td>{paragraphs}</td></tr></table>"))[::2] == [
        f"第{i}段" for i in range(1, 16)
    ]


def test_head_scripts_styles_and_forms_are_dropped() -> None:
    source = html(
        "<script>var x = '<p>no</p>';</script><style>p { color: red }</style><p>正文</p>"
        "<noscript>请开启脚本</noscript><select><option>链接</option></select>"
        "<iframe src=x></iframe><p>尾</p>",
        head="<title>站点标题</title><meta charset='utf-8'>",
    )
    assert lines(source) == ["正文", "", "尾"]


def test_unclosed_head_ends_at_the_body() -> None:
    source = html_to_text(
        "<html><head><title>t</title><meta charset=utf-8><div><p>一、总体情况</p></div>".encode()
    )
    assert lines(source) == ["一、总体情况"]


def test_suppression_comments_survive_other_comments_do_not() -> None:
    source = html("<!-- layout --><p>一</p>\n<!--  disclosure-lint: disable DL301 --><p>二</p>")
    assert lines(source) == ["一", "", "<!-- disclosure-lint: disable DL301 -->", "", "二"]
    assert source.line_map == (1, 2, 2, 2, 2)


def test_preformatted_text_keeps_its_lines() -> None:
    assert lines(html("<pre>一、总体情况\n  正文\n</pre>")) == ["一、总体情况", "正文"]


def test_word_conditional_markup_is_skipped() -> None:
    source = html(
        "<p><![if !supportLists]>（一）<![endif]>主动公开</p>"
        "<!--[if gte mso 9]><xml>x</xml><![endif]-->"
    )
    assert lines(source) == ["（一）主动公开"]


def test_line_map_counts_crlf_source_lines() -> None:
    source = html_to_text(
        "<html>\r\n<body>\r\n<p>\r\n一</p>\r\n\r\n<p>二</p>\r\n</body></html>".encode()
    )
    assert source.line_map == (3, 6, 6)


@pytest.mark.parametrize(
    ("declaration", "codec"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gbk"),
        ("<meta charset=GBK>", "gb18030"),
    ],
)
def test_declared_charset(declaration: str, codec: str) -> None:
    data = f"<html><head>{declaration}</head><body><p>一、总体情况</p></body></html>".encode(codec)
    source = html_to_text(data)
    assert source.text == "一、总体情况\n"
    assert source.encoding == "html(gb18030)"


def test_declared_charset_is_honoured() -> None:
    data = "<meta charset='big5'><p>一、總體情況</p>".encode("big5")
    assert (
        data.decode("gb18030") != "<meta charset='big5'><p>一、總體情況</p>"
    )  # sniffing would fail
    source = html_to_text(data)
    assert source.text == "一、總體情況\n" and source.encoding == "html(big5)"


def test_valid_utf8_beats_a_stale_gb2312_declaration() -> None:
    data = "<meta charset='gb2312'><p>一、总体情况</p>".encode()
    source = html_to_text(data)
    assert source.text == "一、总体情况\n" and source.encoding == "html(utf-8)"


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    data = "<meta charset='utf-8'><p>一、总体情况</p>".encode("gbk")
    assert html_to_text(data).encoding == "html(gb18030)"


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "us-ascii", "utf-16"])
def test_implausible_declared_charset_is_ignored(label: str) -> None:
    data = f"<meta charset='{label}'><p>一、总体情况</p>".encode()
    source = html_to_text(data)
    assert source.text == "一、总体情况\n" and source.encoding == "html(utf-8)"


def test_bom_beats_the_declared_charset() -> None:
    data = "<meta charset='gbk'><p>一、总体情况</p>".encode("utf-16")
    source = html_to_text(data)
    assert source.text == "一、总体情况\n" and source.encoding == "html(utf-16)"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"<html><body><p> </p><div>&nbsp;</div></body></html>", "empty"),
        (b"%PDF-1.7\n", "unsupported"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("<p>正文</p><![foo bar]>".encode(), "undecodable"),
    ],
    ids=["empty", "no-text", "pdf", "png", "malformed"],
)
def test_html_refusals(data: bytes, kind: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        html_to_text(data)
    assert caught.value.kind == kind


# --- docx -------------------------------------------------------------------------------------


def build_docx() -> bytes:
    document = docx.Document()
    document.add_heading("一、总体情况", level=1)
    paragraph = document.add_paragraph("2023年，本机关共收到申请  26件。")
    paragraph.add_run().add_break()
    paragraph.add_run("（续）第二行")
    document.add_paragraph("")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "第二十条第（一）项"
    for column, label in enumerate(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]):
        table.cell(1, column).text = label
    for column, value in enumerate(["规章", "0", "0"]):
        table.cell(2, column).text = value
    table.cell(2, 3).merge(table.cell(3, 3)).text = "5"  # merged down two rows
    table.cell(3, 0).text = "行政规范性文件"
    table.cell(3, 1).add_paragraph("商业")
    table.cell(3, 1).paragraphs[0].text = "1"
    document.add_paragraph("二、主动公开政府信息情况")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_table_in_document_order() -> None:
    source = docx_to_text(build_docx())
    assert source.text == (
        "一、总体情况\n"
        "\n"
        "2023年，本机关共收到申请 26件。\n"
        "（续）第二行\n"
        "\n"
        "第二十条第（一）项\t\t\t\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        "规章\t0\t0\t5\n"
        "行政规范性文件\t1商业\t\t\n"
        "\n"
        "二、主动公开政府信息情况\n"
    )
    assert source.encoding == "docx"
    assert source.line_map is None


def test_docx_fixture_through_read_source() -> None:
    source = read_source(REPORT_DOCX.read_bytes(), "报告.DOCX")
    assert lines(source) == [
        "一、总体情况",
        "",
        "2023年，本机关共收到政府信息公开申请26件。",
        "",
        "第二十条第（一）项\t\t",
        "规章\t0\t0",
        "",
        "六、其他需要报告的事项",
    ]


def test_docx_without_text_is_empty() -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(UnreadableInput) as caught:
        docx_to_text(buffer.getvalue())
    assert caught.value.kind == "empty"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"PK\x03\x04" + b"\x00" * 100, "undecodable"),
        (REPORT_DOCX.read_bytes()[:2000], "undecodable"),
        ("一、总体情况".encode(), "undecodable"),
        (b"%PDF-1.5\n", "unsupported"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "unsupported"),
    ],
    ids=["empty", "zip-garbage", "truncated", "text", "pdf", "legacy-doc"],
)
def test_docx_refusals(data: bytes, kind: str) -> None:
    with pytest.raises(UnreadableInput) as caught:
        docx_to_text(data)
    assert caught.value.kind == kind


def test_docx_revisions_and_content_controls() -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    paragraph = document.add_paragraph("收到申请")
    paragraph._p.append(
        parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>26</w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>20</w:delText></w:r></w:del>')
    )
    paragraph.add_run("件").add_break(WD_BREAK.PAGE)
    control = (
        f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>六、其他需要报告的事项</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(len(document.element.body) - 1, parse_xml(control))
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_to_text(buffer.getvalue()).text == "收到申请26件\n\n六、其他需要报告的事项\n"

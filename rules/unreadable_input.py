"""DL001 unreadable-input: the file is empty, binary, or in no text encoding we can read.

What it checks
    Before anything else the bytes must become text. Tried in order: a byte-order
    mark, UTF-16 by its NUL-byte pattern, UTF-8, GB18030 (a superset of GBK and
    GB2312), then automatic detection.

Why
    A report that cannot be read cannot be checked; an empty file in a submission
    usually means the export from Word or the web page failed.

Example (fails)
    an empty file, a PNG screenshot saved as .txt, a PDF

Use instead
    save the report as UTF-8 (or GBK) text, .docx or .html; tables that were
    pasted as images must be typed in as text.
"""

from disclosure_lint.rule import Rule, Severity, Text


def _never(report, options):  # the engine reports DL001 itself, while reading
    return ()


RULE = Rule(
    code="DL001",
    name="unreadable-input",
    severity=Severity.ERROR,
    summary=Text("输入为空、二进制或无法解码", "empty, binary or undecodable input"),
    check=_never,
    messages={
        "empty": {"zh": "文件为空，没有可检查的报告内容",
                  "en": "the file is empty: there is no report to check"},
        "binary": {"zh": "文件不是文本（{detail}），无法作为报告读取",
                   "en": "the file is not text ({detail}) and cannot be read as a report"},
        "undecodable": {"zh": "无法识别文件编码（已尝试：{tried}）",
                        "en": "cannot decode the file (tried: {tried})"},
        "unsupported": {"zh": "暂不支持此格式（{detail}）",
                        "en": "this format is not supported ({detail})"},
        "hint": {"zh": "请将报告另存为 UTF-8 或 GBK 编码的文本（.txt/.md），或 .docx、.html 文件",
                 "en": "save the report as UTF-8 or GBK text (.txt/.md), or as .docx or .html"},
    },
    doc=__doc__,
)

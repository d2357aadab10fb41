"""DL106 missing-overview-aspect: section 一 does not cover one of its five aspects.

What it checks
    The text of section 一、总体情况 (paragraphs and sub-headings, not tables) for a
    word of each of the five aspects the 2021 format names: 主动公开, 依申请公开,
    政府信息管理, 政府信息公开平台建设, 监督保障 (keywords in ``template.OVERVIEW_ASPECTS``,
    deliberately broad: 网站 or 新媒体 count for 平台建设, 考核 or 培训 for 监督保障). One
    finding per missing aspect, at the heading of section 一.
    Not reported: a section 一 that is the last section of the text (the copy stops
    inside it, so what follows cannot be judged); reports in the 2019 trial format
    (the five aspects are the 2021 notice's wording), and reports for years before 2021.

Why
    The 2021 format (国办公开办函〔2021〕30号) asks section 一 to cover mainly these five
    aspects; an overview that only lists website postings omits what supervisors
    check (domain.md §2 一, §7 E12).

Example (fails)
    一、总体情况
    2021年，我镇通过政府网站主动公开政府信息56条。

Use instead
    一、总体情况
    （一）主动公开 …（二）依申请公开 …（三）政府信息管理 …（四）平台建设 …（五）监督保障 …
"""


from disclosure_lint.model import Span
from disclosure_lint.narrative import has_literal, section_prose
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import FORMAT_2021_FROM_YEAR, OVERVIEW_ASPECTS


def _searched_text(blocks):
    """The text each keyword is looked for in: a block, after the end of the one before (a
    keyword may be broken over two lines by page breaks in PDF copies).  They are joined
    by 。, which no keyword holds or skips over, so that one search per aspect finds what
    a search of each of them would."""
    windows = []
    tail = ""
    for block in blocks:
        # keywords are Chinese: no NFKC needed; no spaces (\s, which is str.isspace)
        text = tail + "".join(block.text.split())
        tail = text[-8:]
        windows.append(text)
    return "。".join(windows)


def check(report, options):
    overview = report.section("overview")
    if overview is None or overview is report.sections[-1]:
        return
    if report.year is not None and report.year < FORMAT_2021_FROM_YEAR:
        return  # 2019 trial format
    blocks = section_prose(report, overview)  # (not the table rows)
    # Most aspects are told by a plain word of their pattern in a block's own text: it is
    # then in the text the pattern is searched in below (spaces left out, joined with the
    # end of the block before), which is built only when needed.
    plain = "\x00".join([b.text for b in blocks])
    missing, joined = [], None
    for aspect in OVERVIEW_ASPECTS:
        if has_literal(aspect.keywords, plain):
            continue
        if joined is None:
            joined = _searched_text(blocks)
        if aspect.keywords.search(joined) is None:
            missing.append(aspect)
    if not missing:
        return
    heading = overview.heading
    at = Span(heading.span.start, heading.title_span.end)
    for aspect in missing:
        yield finding("DL106", at, "missing", aspect=Text(aspect.name, aspect.name_en),
                      title=Text(heading.title, heading.title))


RULE = Rule(
    code="DL106",
    name="missing-overview-aspect",
    severity=Severity.WARNING,
    summary=Text("总体情况缺少五个方面之一（主动公开、依申请公开、政府信息管理、平台建设、监督保障）",
                 "section 一 lacks one of its five aspects"),
    check=check,
    messages={
        "missing": {"zh": "「一、{title}」未涉及“{aspect}”方面的情况",
                    "en": "section 一 ({title}) says nothing about {aspect}"},
        "hint": {"zh": "在总体情况中补充“{aspect}”方面的工作（格式要求总体情况涵盖主动公开、依申请公开、"
                       "政府信息管理、政府信息公开平台建设、监督保障五个方面）",
                 "en": "add a paragraph on {aspect} (the 2021 format asks section 一 to cover "
                       "proactive disclosure, disclosure on application, information management, "
                       "platforms, and oversight)"},
    },
    doc=__doc__,
    editions=frozenset({"2021"}),
)

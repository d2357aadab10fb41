"""DL103 nonstandard-section-title: a top-level section title that differs from the official one.

What it checks
    The title of each of the six top-level sections, compared with the official
    title of the 2021 format (domain.md §1.1) after normalising widths and
    spaces (``一、概 述`` is read as 概述). Variant wordings seen in real reports
    (存在的主要问题及改进措施, 其他事项, 因政府信息公开工作被申请行政复议… ) and typos
    (主动公开政府政府情况, 行政法复议) are reported with the official title; a title
    within two characters of the official one is called a probable typo.
    Not reported: the official title with a qualifier before it
    (政府信息公开工作存在的主要问题及改进情况, ``template.SECTION_TITLE_QUALIFIERS``); a
    trailing colon or full stop after the title; body text that
    runs on after the exact title on the same line (crawler copies); a title that is
    exactly the official title of another section (a numbering error, DL102); a
    heading line too long to tell where the title ends.

Why
    The 2021 format (国办公开办函〔2021〕30号) fixes the six titles; supervisors
    and collecting tools locate the parts by them, and a variant or typo in a fixed
    heading is one of the defects they flag (domain.md §7 E17).

Example (fails)
    四、政府信息公开行政法复议、行政诉讼情况
    五、存在的主要问题及改进措施

Use instead
    四、政府信息公开行政复议、行政诉讼情况
    五、存在的主要问题及改进情况
"""

from functools import lru_cache

from disclosure_lint import patterns
from disclosure_lint.model import Span
from disclosure_lint.rule import Rule, Severity, Text, finding
from disclosure_lint.template import (
    ORDINALS,
    SECTION_TITLE_QUALIFIERS,
    SECTIONS,
    normalise,
)

_TRAILING = patterns.compile(r"[:：.。、，,；;\s]+$")
_TITLE_CUT = patterns.compile(r"[:：。，,；;！!？?]")
_MAX_TITLE = 30  # longer heading lines carry body text; the title's end is unknown


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (titles are short)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=1024)
def _written_title(title: str, official: str) -> str | None:
    """The title as written (normalised), None when it agrees or cannot be told apart."""
    norm = _TRAILING.sub("", normalise(title))
    if norm.startswith(official):
        rest = norm[len(official):]
        if not rest or _TITLE_CUT.match(rest):
            return None  # exact, or body text running on after the exact title
    if len(norm) > _MAX_TITLE:
        cut = _TITLE_CUT.search(norm)  # a heading line with body text: keep the head
        norm = _TRAILING.sub("", norm[:cut.start()]) if cut else norm
    if not norm or norm == official or len(norm) > _MAX_TITLE:
        return None
    if norm.endswith(official) and norm[:-len(official)] in SECTION_TITLE_QUALIFIERS:
        return None  # 政府信息公开工作存在的主要问题及改进情况: the official title, qualified
    return norm


# The official titles, normalised (the template's data: read once).
_OFFICIAL = tuple(normalise(spec.title) for spec in SECTIONS)
_OFFICIAL_SET = frozenset(_OFFICIAL)


def check(report, options):
    others = _OFFICIAL_SET
    for section in report.sections:
        heading = section.heading
        spec = SECTIONS[heading.ordinal - 1]
        official = _OFFICIAL[heading.ordinal - 1]
        written = _written_title(heading.title, official)  # (the same titles recur: cached)
        if written is None or (written in others and written != official):
            continue
        shown = _TRAILING.sub("", heading.title.strip())
        cut = _TITLE_CUT.search(shown)
        if cut and len(normalise(shown)) > _MAX_TITLE:
            shown = _TRAILING.sub("", shown[:cut.start()])
        start = heading.title_span.start
        message = "typo" if _distance(written, official) <= 2 else "variant"
        yield finding("DL103", Span(start, start + len(shown)), message,
                      ordinal=ORDINALS[spec.ordinal - 1], found=shown,
                      official=Text(spec.title, spec.title))


RULE = Rule(
    code="DL103",
    name="nonstandard-section-title",
    severity=Severity.WARNING,
    summary=Text("部分标题与格式规定的标题不一致（变体或错字）",
                 "a section title differs from the official one (variant or typo)"),
    check=check,
    messages={
        "variant": {"zh": "第{ordinal}部分标题「{found}」与格式规定的「{official}」不一致",
                    "en": "the title of section {ordinal} \"{found}\" differs from the official "
                          "\"{official}\""},
        "typo": {"zh": "第{ordinal}部分标题「{found}」疑有错字，格式规定为「{official}」",
                 "en": "the title of section {ordinal} \"{found}\" looks like a typo of the "
                       "official \"{official}\""},
        "hint": {"zh": "改为「{ordinal}、{official}」", "en": "write \"{ordinal}、{official}\""},
    },
    doc=__doc__,
)

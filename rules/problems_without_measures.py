"""DL604 problems-without-measures: section 五 names problems but no measures, or is perfunctory.

What it checks
    The text of section 五、存在的主要问题及改进情况 (paragraphs, list items and
    sub-headings). Reported when
    1. it names problems (问题, 不足, 短板, 差距, 有待 …) but no improvement measure
       (改进, 措施, 下一步, 将, 加强, 完善, 提升 … — "有待加强" counts as a problem, not a
       measure); or
    2. it has content but fewer than ``min-chars`` (option) characters (letters and digits)
       altogether, e.g. "暂未发现问题。": perfunctory.
    Not reported: a section that is empty or says only 无 (DL104 reports it); a
    section 五 that is the last section of the text (the copy stops inside it).

Why
    条例 Art. 50(四) and the 2021 format ask for the main problems *and* the
    improvements; KIROGOVCOMPARE's narrative_sec5_gap flags a very short section
    五; a perfunctory report is named in the notice's responsibility clause
    (domain.md §2 五, §7 E11).

Example (fails)
    五、存在的主要问题及改进情况
    我镇政府信息公开工作还存在公开内容不够全面、更新不够及时等问题。

Use instead
    五、存在的主要问题及改进情况
    我镇政府信息公开工作还存在公开内容不够全面、更新不够及时等问题。下一步，我镇将加强
    信息收集，及时更新公开内容。
"""


from typing import NamedTuple

from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import contents, normalise, section_prose, word_chars
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import (
    EMPTY_SECTION_TEXTS,
    MEASURE_AS_PROBLEM,
    MEASURE_CUES,
    PROBLEM_CUES,
    SECTION5_PART_TITLES,
)


class Options(NamedTuple):
    min_chars: int = 30  # less text than this (letters and digits) is perfunctory


# characters besides ``min_chars`` letters and digits that the opening of a section's
# text (numbering, punctuation, spaces) usually holds
_WINDOW_SLACK = 10


def _sure_measures() -> tuple[str, ...]:
    """The measure cues that share no character with any text MEASURE_AS_PROBLEM matches
    (措施, 将, 今后 …): no match of it can overlap one, so removing its matches leaves
    the cue in place.  Empty when that pattern has a class, an escape or a wildcard (its
    characters are then not all written out)."""
    problem = MEASURE_AS_PROBLEM.pattern
    if set(problem) & set("\\.[]"):
        return ()
    matched = set(problem) - set("(?:)|")
    return tuple(cue for cue in MEASURE_CUES.pattern.split("|")
                 if cue.isalnum() and not matched & set(cue))


_SURE_MEASURES = _sure_measures()


def _has_sure_measure(said: str) -> bool:
    """True when ``said`` holds one of ``_SURE_MEASURES``: then MEASURE_CUES finds a
    measure in ``said`` with MEASURE_AS_PROBLEM removed, told by ``in`` tests instead of a
    regex substitution over the whole section."""
    for cue in _SURE_MEASURES:
        if cue in said:
            return True
    return False


def _size(text: str, min_chars: int) -> int:
    """``word_chars(text, min_chars)`` when it is below ``min_chars``, else some number
    of at least ``min_chars``: the opening of the text is counted first (a regex scan
    of a few dozen characters, not of the 4 * ``min_chars`` ``word_chars`` reads), which
    usually holds enough letters to tell."""
    size = word_chars(text[:min_chars + _WINDOW_SLACK], min_chars)
    return size if size >= min_chars else word_chars(text, min_chars)


def check(report, options: Options):
    section = report.section("problems")
    if section is None or section is report.sections[-1]:
        return
    heading_kind = BlockKind.HEADING  # (looked up once)
    blocks = section_prose(report, section)  # (not the table rows)
    texts = contents([b.text for b in blocks])
    if not any(t and t not in EMPTY_SECTION_TEXTS for t in texts):
        return  # empty or 无: DL104
    # the body text, without the section's own title words repeated in sub-headings
    body = " ".join(t for t, b in zip(texts, blocks) if b.kind is not heading_kind)
    everything = " ".join(texts)
    size = _size(everything, options.min_chars)
    heading = section.heading
    at = Span(heading.span.start, heading.title_span.end)
    if size < options.min_chars:
        shown = " ".join(b.text.strip() for b in blocks)
        yield finding("DL604", at, "perfunctory", size=size, minimum=options.min_chars,
                      text=shown if len(shown) <= 30 else shown[:30] + "…")
        return
    problem = PROBLEM_CUES.search(body)
    if problem is None or _has_sure_measure(body):
        return  # (a cue in the body is in ``said`` below: its texts are kept there as they are)
    # sub-headings count for what they say beyond the part titles (（二）改进措施 is none)
    said = " ".join(t if b.kind is not heading_kind else SECTION5_PART_TITLES.sub("", t)
                    for t, b in zip(texts, blocks))
    measures = MEASURE_CUES.search(MEASURE_AS_PROBLEM.sub("", said))
    if measures is not None:
        return
    where = next((b for b in blocks if b.kind is not heading_kind
                  and PROBLEM_CUES.search(normalise(b.text))), blocks[0])
    yield finding("DL604", at, "no-measures",
                  [Related(where.span, Text("此处列出了问题", "problems are listed here"))],
                  cue=problem.group(0))


RULE = Rule(
    code="DL604",
    name="problems-without-measures",
    severity=Severity.WARNING,
    summary=Text("第五部分只列问题不写改进措施，或内容过于简略",
                 "section 五 lists problems but no improvement measures, or is perfunctory"),
    check=check,
    messages={
        "no-measures": {"zh": "「五、存在的主要问题及改进情况」列出了问题（“{cue}”），但没有写改进措施",
                        "en": "section 五 names problems (\"{cue}\") but no improvement measures"},
        "no-measures.hint": {"zh": "针对所列问题写明改进措施，如“下一步，将……”",
                             "en": "state the measures taken or planned for each problem "
                                   "(\"下一步，将……\")"},
        "perfunctory": {"zh": "「五、存在的主要问题及改进情况」只有 {size} 个字（「{text}」），"
                              "少于 {minimum} 个字，过于简略",
                        "en": "section 五 has only {size} characters (\"{text}\"), fewer than "
                              "{minimum}: perfunctory"},
        "perfunctory.hint": {"zh": "写明本年度工作中存在的主要问题和相应的改进措施（不少于 {minimum} 字）",
                             "en": "describe the main problems of the year and the improvements "
                                   "(at least {minimum} characters)"},
    },
    doc=__doc__,
    options=Options,
)

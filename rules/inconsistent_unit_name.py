"""DL603 inconsistent-unit-name: the same place named with two administrative levels.

What it checks
    Place names followed by a county-level suffix, 县 or 区 (the two-character stem
    before the suffix, e.g. 孟津 in 孟津县), in the title, headings and text (not in
    table rows). Reported, conservatively, only when
    1. the same stem occurs as both X县 and X区 in one report: the occurrences with
       the level that is not the one in the title (else the less frequent one,
       else the earlier one) are reported, naming the other; or
    2. a body of X县 (X县政府门户网站, X县人民政府, X县委 …) is named, X occurs elsewhere
       in the report, and the text calls the unit's superior by the other level only
       (区委、区政府, never 县委 or 县政府 on their own): the seed's 孟津县政府门户网站
       next to 区委、区政府 (孟津县 became 孟津区).
    Not reported: 县 next to 市 or 区 next to 市 (a city and its namesake county or
    district are different places: 长沙市 / 长沙县, 淮安市 / 淮安区); a former name
    on purpose (原孟津县, 撤销孟津县); generic words (自治县 / 自治区, 示范县 / 示范区,
    全县, 本区, 辖区 …).

Why
    A name left over after a change of administrative level (撤县设区) is a stale
    name: the website or body it names no longer exists under that name, and the
    report contradicts itself (domain.md §7 E15).

Example (fails)
    …区委、区政府重大政策措施落实情况… 依托孟津县政府门户网站进行全文电子化公开

Use instead
    …区委、区政府重大政策措施落实情况… 依托孟津区政府门户网站进行全文电子化公开
"""

from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import accumulate

from disclosure_lint import patterns
from disclosure_lint.model import Span
from disclosure_lint.narrative import preamble_prose, section_prose
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import (
    BARE_LEVEL_PAIR,
    PLACE_BODY,
    PLACE_HISTORY,
    PLACE_LEVELS,
    PLACE_STEM_BAD_CHARS,
    PLACE_STEM_STOP,
)


def _texts(report):
    """(offset, text) of everything that is prose: title, headings, blocks (no rows)."""
    out = {}
    if report.title is not None:
        out[report.title.span.start] = report.title.text
    for block in preamble_prose(report):
        out.setdefault(block.span.start, block.text)  # the title is a preamble line too
    for section in report.sections:
        out[section.heading.title_span.start] = section.heading.title
        for block in section_prose(report, section):
            out[block.span.start] = block.text
    return sorted(out.items())


def _places(texts):
    """(stem, level, span, followed_by_body) for every plausible place name, in order.

    The texts are searched at once, joined by NUL: str.find finds the few level
    characters of a report faster than a search of each text.  What is read after a
    level may run into the next text, but no word of PLACE_BODY holds the NUL between."""
    joined = "\x00".join([text for _, text in texts])
    hits = []
    for level in PLACE_LEVELS:
        at = joined.find(level)
        while at != -1:
            hits.append(at)
            at = joined.find(level, at + 1)
    if not hits:
        return
    hits.sort()
    starts = None  # of each text in ``joined``, worked out for the first plausible stem
    for i in hits:
        if i < 2:
            continue
        first, second = joined[i - 2], joined[i - 1]
        # (two CJK characters: no NUL, so both are in the text that holds the level)
        if not ("\u4e00" <= first <= "\u9fff" and "\u4e00" <= second <= "\u9fff"):
            continue
        stem = first + second
        if stem in PLACE_STEM_STOP or first in PLACE_STEM_BAD_CHARS \
                or second in PLACE_STEM_BAD_CHARS:
            continue
        if starts is None:
            starts = list(accumulate([len(text) + 1 for _, text in texts], initial=0))
        index = bisect_right(starts, i) - 1
        start = starts[index]  # of the text holding the level
        if PLACE_HISTORY.search(joined[max(start, i - 4):i - 2]):
            continue
        base = texts[index][0] - start  # report offset = base + position in joined
        yield stem, joined[i], Span(base + i - 2, base + i + 1), \
            bool(PLACE_BODY.match(joined[i + 1:i + 6]))


def _bare_pairs(texts):
    found = defaultdict(list)
    for base, text in texts:
        if "委" not in text:
            continue
        for match in BARE_LEVEL_PAIR.finditer(text):
            found[match.group(1)].append(Span(base + match.start(), base + match.end()))
    return found


_BARE_SINGLE = {level: patterns.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[、和及与]))"
                                        rf"{level}(?:委|人民政府|政府)") for level in PLACE_LEVELS}


def _uses_bare(texts, level):
    pattern = _BARE_SINGLE[level]
    for _, text in texts:
        if level in text and pattern.search(text):
            return True
    return False


def _occurs_twice(text, stem):
    """``text.count(stem) >= 2`` (non-overlapping), stopping at the second occurrence."""
    first = text.find(stem)
    return first != -1 and text.find(stem, first + len(stem)) != -1


def check(report, options):
    texts = _texts(report)
    places = list(_places(texts))
    if not places:
        return
    by_stem = defaultdict(list)
    for place in places:
        by_stem[place[0]].append(place)
    title = report.title.text if report.title is not None else ""
    reported = set()
    for stem, found in by_stem.items():
        levels = [level for _, level, _, _ in found]
        if len(set(levels)) < 2:
            continue
        counts = Counter(levels)
        in_title = [level for level in PLACE_LEVELS if stem + level in title]
        if len(in_title) == 1:
            right = in_title[0]
        elif counts[levels[0]] != counts[levels[-1]]:
            right = counts.most_common(1)[0][0]
        else:
            right = levels[-1]
        first_right = next(span for _, level, span, _ in found if level == right)
        for _, level, span, _ in found:
            if level == right:
                continue
            reported.add(span)
            yield finding("DL603", span, "two-levels",
                          [Related(first_right, Text(f"此处称{stem}{right}",
                                                     f"called {stem}{right} here"))],
                          found=stem + level, right=stem + right)
    if not any(body for _, _, _, body in places):
        return
    # each of these is read on first need (most places stop before)
    pairs, bare_used, repeated = None, {}, {}
    for stem, level, span, body in places:
        if not body or span in reported:
            continue
        if stem not in repeated:
            repeated[stem] = _occurs_twice(report.text, stem)
        if not repeated[stem]:
            continue
        if pairs is None:
            pairs = _bare_pairs(texts)
        others = [other for other in PLACE_LEVELS if other != level and pairs.get(other)]
        if len(others) != 1:
            continue
        if level not in bare_used:
            bare_used[level] = _uses_bare(texts, level)
        if bare_used[level]:
            continue
        other = others[0]
        pair = pairs[other][0]
        yield finding("DL603", span, "superior",
                      [Related(pair, Text(f"此处上级称{report.snippet(pair)}",
                                          f"the superior is called {report.snippet(pair)} here"))],
                      found=stem + level, right=stem + other, bare=report.snippet(pair))


RULE = Rule(
    code="DL603",
    name="inconsistent-unit-name",
    severity=Severity.INFO,
    summary=Text("同一地方以两种行政级别称呼（如孟津县 / 区委）",
                 "the same place is named with two administrative levels"),
    check=check,
    messages={
        "two-levels": {"zh": "「{found}」与文中的「{right}」是同一地方的两种级别称呼",
                       "en": "\"{found}\" and \"{right}\" name the same place with two "
                             "administrative levels"},
        "superior": {"zh": "「{found}」与文中的「{bare}」级别不一致，疑为旧称（应为「{right}」）",
                     "en": "\"{found}\" does not match \"{bare}\" elsewhere in the report; "
                           "a former name? (should it be \"{right}\"?)"},
        "hint": {"zh": "若该地已改设，统一写为「{right}」；确指原单位的，写明“原{found}”",
                 "en": "if the place has changed level, write \"{right}\" throughout; if the "
                       "former unit is meant, write \"原{found}\""},
    },
    doc=__doc__,
)

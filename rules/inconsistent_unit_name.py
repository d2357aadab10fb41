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

from collections import Counter, defaultdict

from disclosure_lint import patterns
from disclosure_lint.model import BlockKind, Span
from disclosure_lint.narrative import all_blocks, joined_text
from disclosure_lint.rule import Related, Rule, Severity, Text, finding
from disclosure_lint.template import (
    BARE_LEVEL_PAIR,
    PLACE_BODY,
    PLACE_HISTORY,
    PLACE_LEVELS,
    PLACE_STEM_BAD_CHARS,
    PLACE_STEM_STOP,
)


def _occurrences(report, chars, apart):
    """(origin, position, text) of every one of ``chars`` in the prose of the report: the
    title, the section headings and every block that is not a table row; ``origin`` is
    the report offset of ``text``.  In document order.

    The blocks' occurrences are found in ``joined_text`` (one ``str.find`` each, not one
    search per block); the texts that are not blocks (``apart``, from ``_texts_apart``)
    are read on their own."""
    found = []
    text = joined_text(report)
    blocks, title, row = all_blocks(report), report.title, BlockKind.ROW
    for char in chars:
        index, counted = 0, 0  # the blocks before position ``counted``
        at = text.find(char)
        while at != -1:
            index += text.count("\x00", counted, at)
            counted = at
            block = blocks[index]
            if block.kind is not row or block is title:
                found.append((block.span.start, at - text.rfind("\x00", 0, at) - 1, block.text))
            at = text.find(char, at + 1)
        for origin, other in apart:
            at = other.find(char)
            while at != -1:
                found.append((origin, at, other))
                at = other.find(char, at + 1)
    found.sort(key=_document_order)
    return found


def _document_order(occurrence):
    return occurrence[0], occurrence[1]


def _texts_apart(report):
    """(origin, text) of the prose that is not a block: the section headings' titles, and
    the title when it is not a block of the preamble."""
    texts = [(s.heading.title_span.start, s.heading.title) for s in report.sections]
    title = report.title
    if title is not None and not any(block is title for block in report.preamble):
        texts.append((title.span.start, title.text))
    return texts


def _places(report, apart):
    """(stem, level, span, followed_by_body) for every plausible place name, in order."""
    for origin, at, text in _occurrences(report, PLACE_LEVELS, apart):
        if at < 2:
            continue
        first, second = text[at - 2], text[at - 1]
        if not ("\u4e00" <= first <= "\u9fff" and "\u4e00" <= second <= "\u9fff"):
            continue
        stem = first + second
        if stem in PLACE_STEM_STOP or first in PLACE_STEM_BAD_CHARS \
                or second in PLACE_STEM_BAD_CHARS:
            continue
        if PLACE_HISTORY.search(text[max(0, at - 4):at - 2]):
            continue
        yield stem, text[at], Span(origin + at - 2, origin + at + 1), \
            bool(PLACE_BODY.match(text[at + 1:at + 6]))


def _bare_pairs(report, apart):
    """The matches of BARE_LEVEL_PAIR in the prose, as spans by level.  Each match has 委
    right after its level: it is tried at the 委 of the prose only."""
    found = defaultdict(list)
    for origin, at, text in _occurrences(report, "委", apart):
        match = BARE_LEVEL_PAIR.match(text, at - 1) if at else None
        if match:
            found[match.group(1)].append(Span(origin + match.start(), origin + match.end()))
    return found


_BARE_SINGLE = {level: patterns.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[、和及与]))"
                                        rf"{level}(?:委|人民政府|政府)") for level in PLACE_LEVELS}


def _uses_bare(report, level, apart):
    """True when the prose names the unit's superior by ``level`` alone (县委, 区政府)."""
    pattern = _BARE_SINGLE[level]  # (a match starts at the level)
    return any(pattern.match(text, at) for _, at, text in _occurrences(report, level, apart))


def _occurs_twice(text, stem):
    """``text.count(stem) >= 2`` (non-overlapping), stopping at the second occurrence."""
    first = text.find(stem)
    return first != -1 and text.find(stem, first + len(stem)) != -1


def _named_with_both_levels(report, apart):
    """False when no two characters precede both levels anywhere in the text of the
    blocks (rows too) and ``apart``: then no stem of ``_places`` has both levels.  A
    level that occurs nowhere (often 县) is told by ``in`` before the texts are joined."""
    joined = joined_text(report)
    for level in PLACE_LEVELS:
        if level not in joined and not any(level in other for _, other in apart):
            return False
    text = "\x00".join([joined, *(other for _, other in apart)])
    stems = []
    for level in PLACE_LEVELS:
        before = set()
        at = text.find(level)
        while at != -1:
            before.add(text[at - 2:at])
            at = text.find(level, at + 1)
        stems.append(before)
    return bool(set.intersection(*stems))


def check(report, options):
    apart = _texts_apart(report)
    # Either finding needs a stem named with both levels, or the superior named by a
    # bare pair of levels: most reports have neither, told before their places are read.
    pairs = None
    if not _named_with_both_levels(report, apart):
        pairs = _bare_pairs(report, apart)
        if not pairs:
            return
    places = list(_places(report, apart))
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
    others, bare_used, repeated = {}, {}, {}
    for stem, level, span, body in places:
        if not body or span in reported:
            continue
        if stem not in repeated:
            repeated[stem] = _occurs_twice(report.text, stem)
        if not repeated[stem]:
            continue
        if pairs is None:
            pairs = _bare_pairs(report, apart)
        if level not in others:  # the other levels the superior is called by
            others[level] = [other for other in PLACE_LEVELS if other != level and pairs.get(other)]
        if len(others[level]) != 1:
            continue
        if level not in bare_used:
            bare_used[level] = _uses_bare(report, level, apart)
        if bare_used[level]:
            continue
        other = others[level][0]
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

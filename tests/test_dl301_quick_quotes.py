"""DL301: the quick test ``_may_repeat`` leaves out quoted items (the first pass of the
rule reads those) exactly as ``_QUOTED`` tells them, with ``in`` instead of a regex."""

import pytest
from disclosure_lint.rules import duplicate_listed_item as dl301


@pytest.mark.parametrize("text", [
    "印发“甲乙丙丁管理制度”、“戊己丙丁管理制度”",
    "印发《甲乙丙丁管理制度》、《戊己丙丁管理制度》",
    '印发"甲乙丙丁管理制度"、"戊己丙丁管理制度"',
    "印发《甲乙、丙丁管理制度》、戊己庚辛、壬癸丙丁管理制度",  # (》 alone in an item)
    "印发“甲乙、丙丁管理制度”、戊己庚辛、壬癸丙丁管理制度",  # (” alone in an item)
])
def test_quoted_items_are_left_out(text):
    assert not dl301._may_repeat(text)


def test_unquoted_items_are_kept():
    assert dl301._may_repeat("印发甲乙丙丁管理制度、戊己丙丁管理制度")

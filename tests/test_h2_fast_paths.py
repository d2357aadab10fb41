"""Fast paths of the table and section rules give what the plain computation gives."""

from __future__ import annotations

import random

import pytest

from disclosure_lint.narrative import word_chars
from rules.problems_without_measures import _size

_PIECES = ["问题", "改进措施", "，", "。", "  ", "（一）", "……", "——", "12", "ab", "、", "暂未发现"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["", "。" * 60 + "问题" * 20, "问" * 29, "问" * 30, "，" * 45 + "问" * 10]
    for _ in range(count):
        texts.append("".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 40))))
    return texts


@pytest.mark.parametrize("minimum", [1, 4, 30, 31])
def test_section_size_tells_a_short_text_as_word_chars_does(minimum):
    for text in _texts(minimum, 400):
        exact = word_chars(text, minimum)
        size = _size(text, minimum)
        if exact < minimum:
            assert size == exact, text
        else:
            assert size >= minimum, text

"""Characters dropped or mapped with str.replace (str.translate is some 25 times slower on
Chinese text) give what the translation tables gave."""

from __future__ import annotations

import unicodedata

import pytest
from disclosure_lint.rules.duplicate_paragraph import _unspaced

from disclosure_lint.adapters import collapse_whitespace
from disclosure_lint.template import normalise

SPACED = ["", "无空格", "本年度 共收到\t申请\u3000２件\u00a0。", "  \t\u3000\u00a0 ", "a b  c"]


@pytest.mark.parametrize("text", SPACED)
def test_unspaced_drops_what_the_table_dropped(text):
    assert _unspaced(text) == text.translate(str.maketrans("", "", " \t\u3000\u00a0"))


QUOTED = ["“会盟镇”制度", "‘单’「双」〔2021〕【规定】﹙一﹚", "无引号", "“”‘’「」〔〕【】﹙﹚"]
TABLE = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
                       "〔": "[", "〕": "]", "【": "[", "】": "]", "﹙": "(", "﹚": ")"})


@pytest.mark.parametrize("text", QUOTED)
def test_normalise_maps_quotes_as_the_table_did(text):
    expected = "".join(unicodedata.normalize("NFKC", text).translate(TABLE).split())
    assert normalise(text) == expected


def test_invisible_characters_are_dropped():
    text = "政\u200b府\u200c信\u200d息\u2060公\ufeff开\xad"
    assert collapse_whitespace(text) == "政府信息公开"


def test_a_paragraph_repeated_with_other_spacing_is_reported():
    from disclosure_lint.engine import Linter
    from disclosure_lint.registry import load_rules

    paragraph = "多次组织政府信息公开业务培训，工作人员业务能力进一步提升。"
    spaced = "多次组织政府信息公开 业务培训，工作人员\u3000业务能力进一步提升。"
    text = f"一、总体情况\n{paragraph}\n其他内容在此。\n{spaced}\n"
    linter = Linter([r for r in load_rules() if r.code == "DL302"])
    result = linter.lint_bytes(text.encode(), "x.txt")
    assert not result.errors
    assert [(d.code, d.line) for d in result.diagnostics] == [("DL302", 4)]

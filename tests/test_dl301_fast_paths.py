"""DL301: the quick test ``_may_repeat`` (a whole report, a block, a clause at once)
never hides a finding of the exact pass of ``_unquoted``."""

import random

import pytest
from disclosure_lint.rules import duplicate_listed_item as dl301

from disclosure_lint.model import Block, BlockKind, Report, Span

# items that are hard for the quick test: width variants, spaces, quotes, tails,
# doubled items, an item that ends the first one, exotic 、 and commas
_WORDS = ["政府网站", "政府 网站", "政府\u3000网站", "ＡＢ政府网站", "AB政府网站", "“政府网站”",
          "《政府网站》", "\"政府网站\"", "政府网站等平台", "政府网站及其他", "政府网站及 其他",
          "政府网站和其他渠道", "政务微博", "微信公众号", "公开栏", "通过政府网站", "门户网站",
          "信息公开制度信息公开制度", "新闻发布会新闻发布会", "政府信息公开工作制度政府信息公开工作制度",
          "（政府网站）", "(政府网站)", "【政府网站】", "[政府网站]", "政府网站﹑政务微博",
          "政府网站､政务微博", "政府网站﹐政务微博", "公开1件", "予以公开1件", "政府网站１", "政府网站1", "统一平台",
          "统⼀平台", "网站﹑微博", "政府网站﹑微博",
          "", " ", "网站", "政府网站政府网站等"]


def _report(texts):
    report = Report(path="x", text="\n".join(texts), lines=None, encoding="utf-8")  # type: ignore[arg-type]
    offset = 0
    for text in texts:
        report.preamble.append(Block(BlockKind.PARAGRAPH, Span(offset, offset + len(text)), text))
        offset += len(text) + 1
    return report


def _findings(report):
    report.memo.clear()
    return [(f.span, f.message, dict(f.args)) for f in dl301._unquoted(report)]


def _exact(report, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(dl301, "_may_repeat", lambda text: True)
        return _findings(report)


@pytest.mark.parametrize("sentence", [
    "通过政府网站、政府 网站等平台。",
    "通过ＡＢ政府网站、AB政府网站。",
    "通过“政府网站”、政府网站、政府网站。",
    "通过政府网站、政务微博、政府网站等。",
    "通过政府网站、政务微博、政府网站及其他渠道。",
    "通过政府网站、政府网站及 其他。",
    "通过门户网站、新闻发布会新闻发布会、公开栏。",
    "通过门户网站、公开栏、新闻发布会新闻发布会等平台。",
    "及时更新门户网站、门户网站。",
    "及时更新门户网站、政务微博、门户网站。",
    "（政府网站）、(政府网站)、公开栏。",
    "【政府网站】、[政府网站]、公开栏。",
    "政府网站﹑政府网站、公开栏。",
    "政府网站､政府网站、公开栏。",
    "政府网站﹐政府网站、公开栏。",
    "政府网站１、政府网站1、公开栏。",
    "统一平台、统⼀平台。",
    "统一政务平台、统⼀政务平台。",
    "政府网站﹑微博、网站﹑微博。",
    "政府网站﹑政务微博、政务微博。",
    "政府网站、政务微博\n政府网站、政务微博。",
])
def test_quick_test_agrees_with_the_exact_pass(sentence, monkeypatch):
    report = _report(["本年度，我单位依法公开信息。", sentence])
    exact = _exact(report, monkeypatch)
    assert _findings(report) == exact
    if exact:
        assert dl301._may_repeat(sentence)


def test_quick_test_finds_what_the_exact_pass_finds(monkeypatch):
    """Differential: random 、-enumerations, a few per report, with and without the quick
    test at each level (the report, its blocks, their clauses)."""
    rng = random.Random(11)
    found = 0
    for _ in range(400):
        texts = []
        for _ in range(rng.randint(1, 4)):
            clauses = []
            for _ in range(rng.randint(1, 3)):
                items = [rng.choice(_WORDS) for _ in range(rng.randint(1, 4))]
                clauses.append(rng.choice(["通过", "", "在", "及时"]) + "、".join(items)
                               + rng.choice(["", "等平台", "等", "及其他", "和其他渠道"]))
            texts.append("".join(c + rng.choice("，。；：！？,;:") for c in clauses))
        report = _report(texts)
        exact = _exact(report, monkeypatch)
        assert _findings(report) == exact, texts
        found += bool(exact)
    assert found > 100

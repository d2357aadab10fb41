"""Reporting units (agencies) and the small text helpers the prose generator shares."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# Characters for invented place names; none of them is an administrative suffix (县/区/市/镇…).
PLACE_CHARS = "青石河安平东西南北金龙泉山阳清新兴华丰宁福康永长德云桥溪林湖白马凤城开元太和盛茂嘉祥瑞松柏乐"

BUREAUS: tuple[str, ...] = (
    "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "水利局", "商务局",
    "文化和旅游局", "市场监督管理局", "应急管理局", "医疗保障局", "统计局", "审计局", "司法局",
    "民政局", "财政局", "人力资源和社会保障局", "教育局", "退役军人事务局", "林业局",
)

KINDS: tuple[str, ...] = ("township", "street", "county_bureau", "city_bureau", "district_gov", "county_gov")
KIND_WEIGHTS: tuple[float, ...] = (0.3, 0.1, 0.25, 0.15, 0.1, 0.1)


@dataclass(frozen=True)
class Unit:
    """The agency a report is written by, and how the report refers to it."""

    kind: str
    name: str  # full name as in the title, e.g. 青石镇人民政府
    short: str  # name used in prose, e.g. 青石镇
    self_ref: str  # 我镇 / 我街道 / 我局 / 我区 / 我县
    parent: str  # the place one level up, e.g. 安平县
    portal: str  # the website the report is published on
    year: int

    @property
    def parent_level(self) -> str:
        """县 / 区 / 市: used in 县委、县政府 so the same place is never named at two levels."""
        return self.parent[-1]

    @property
    def is_government(self) -> bool:
        return self.kind in ("township", "district_gov", "county_gov")


def _place(rng: random.Random, avoid: str = "") -> str:
    while True:
        name = "".join(rng.sample(PLACE_CHARS, 2))
        if not set(name) & set(avoid):
            return name


def draw_unit(rng: random.Random, year: int) -> Unit:
    """A random unit of a random kind (townships and county bureaus most common)."""
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    place = _place(rng)
    upper = _place(rng, avoid=place)
    if kind == "township":
        short = place + rng.choice("镇镇镇乡")
        parent = upper + rng.choice("县区")
        return Unit(kind, short + "人民政府", short, "我" + short[-1], parent, parent + "人民政府门户网站", year)
    if kind == "street":
        short, parent = place + "街道", upper + "区"
        return Unit(kind, short + "办事处", short, "我街道", parent, parent + "人民政府门户网站", year)
    if kind in ("county_bureau", "city_bureau"):
        parent = place + ("县" if kind == "county_bureau" else "市")
        name = parent + rng.choice(BUREAUS)
        return Unit(kind, name, name, "我局", parent, parent + "人民政府门户网站", year)
    short = place + ("区" if kind == "district_gov" else "县")
    parent = upper + "市"
    return Unit(kind, short + "人民政府", short, "我" + short[-1], parent, short + "人民政府门户网站", year)


_CHOICE = re.compile(r"\[([^\[\]]+)\]")


def expand(rng: random.Random, template: str, **slots: object) -> str:
    """Fill ``{slot}`` fields, then pick one option of every ``[a|b|c]`` group."""
    text = template.format(**slots) if slots else template
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)


class SentencePool:
    """Draws templates without replacement, so no sentence repeats within one report."""

    def __init__(self, rng: random.Random, templates: tuple[str, ...]) -> None:
        self._rng = rng
        self._left = list(templates)
        rng.shuffle(self._left)

    def draw(self, **slots: object) -> str | None:
        if not self._left:
            return None
        return expand(self._rng, self._left.pop(), **slots)

    def draw_many(self, count: int, **slots: object) -> list[str]:
        drawn = (self.draw(**slots) for _ in range(count))
        return [s for s in drawn if s]

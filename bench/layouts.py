"""Rendering of tables T2, T3, T4 in the four text layouts seen in real reports.

* ``tab``      -- tab-separated export (the seed): merged cells become empty cells, so the
                  T3 values start at a different column for each row group.
* ``pipe``     -- ``label | v | v |`` rows without a leading bar (corpus 007).
* ``cells``    -- one cell per line, a blank line between cells (corpus 001).
* ``markdown`` -- ``| a | b |`` rows with a ``|---|`` separator after the header (corpus 047).

A renderer returns *chunks*: lists of lines that stay together. The assembler puts a blank
line between chunks (except in ``pipe`` documents), so in ``cells`` every cell is a chunk.
Lines carry tags so that the generator can find a line number after the document is assembled:
``t3:<key>`` on a T3 row's own label, ``t3-total:<key>`` on its 总计 value, ``t4-total:<g>`` on
the 总计 value of T4 group g (0 复议, 1 直接起诉, 2 复议后起诉). In the one-row-per-line layouts all
tags of a row sit on that row's line; in ``cells`` each tag is on its own cell's line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from figures import ReportFigures, T2Figures
from labels2021 import (
    T2_BLOCKS,
    T3_APPLICANT,
    T3_NATURAL,
    T3_NOTE,
    T3_ORG,
    T3_ORG_KINDS,
    T3_RESULTS_LABEL,
    T3_ROWS,
    T3_TOTAL,
    T4_GROUPS,
    T4_RESULTS,
    T4_TOP,
    T3Row,
)

LAYOUTS: tuple[str, ...] = ("tab", "pipe", "cells", "markdown")


@dataclass(frozen=True)
class Line:
    text: str
    tag: str = ""  # space-separated tags

    def has(self, tag: str) -> bool:
        return tag in self.tag.split()


Chunk = list[Line]


@dataclass(frozen=True)
class TableStyle:
    """Per-report random choices that vary the look of the tables within a layout."""

    split_header_cells: bool = False  # cells: '商业\n\n企业' as in corpus 001
    unindented_other: bool = False  # tab: the seed's '3.其他' row lost its indentation

    @staticmethod
    def draw(rng: random.Random) -> TableStyle:
        return TableStyle(rng.random() < 0.2, rng.random() < 0.3)


def _numbers(values: list[int], extra: list[int] | None) -> list[str]:
    return [str(v) for v in values] + [str(v) for v in (extra or [])]


def _row_tags(key: str) -> str:
    return f"t3:{key} t3-total:{key}"


T4_ROW_TAGS = "t4:data t4-total:0 t4-total:1 t4-total:2"


# ---------------------------------------------------------------- row label cells


def _t3_label_cells(row: T3Row, style: TableStyle) -> list[str]:
    """Label cells of a T3 row in the full three-column label block."""
    if not row.key.startswith("r3_"):
        return [row.label, "", ""]
    if row.key == "r3_total":
        return ["", row.label, ""]
    if not row.group:  # （一） / （二）
        return [T3_RESULTS_LABEL if row.first_in_group else "", row.label, ""]
    return ["", row.group if row.first_in_group else "", row.label]


def _tab_cells(row: T3Row, style: TableStyle) -> list[str]:
    """Label cells of a tab row: only as many as the merged label block leaves (seed layout)."""
    if row.key == "r3_oth_other" and style.unindented_other:
        return [row.label, ""]
    if not row.key.startswith("r3_"):
        return [row.label, ""]
    cells = _t3_label_cells(row, style)
    if not row.group:
        cells = cells[:2]
    return [*cells, ""]  # the empty cell left by the merged label block


# ---------------------------------------------------------------- T2


def render_t2(layout: str, t2: T2Figures, style: TableStyle) -> list[Chunk]:
    values = {
        "规章": list(t2.rules), "行政规范性文件": list(t2.normative), "行政许可": [t2.license],
        "行政处罚": [t2.penalty], "行政强制": [t2.coercion],
    }
    chunks: list[Chunk] = []
    for caption, header, labels in T2_BLOCKS:
        rows = [[label, *(str(v) for v in values[label])] if label in values else [label, t2.fee]
                for label in labels]
        chunks.extend(_render_t2_block(layout, caption, list(header), rows, style))
    return chunks


def _render_t2_block(layout: str, caption: str, header: list[str], rows: list[list[str]],
                     style: TableStyle) -> list[Chunk]:
    if layout == "tab":
        grid = [[caption], header, *rows]
        return [[Line("\t".join(r + [""] * (4 - len(r)))) for r in grid]]
    if layout == "pipe":
        grid = [[caption, "", "", ""], header, *rows]
        return [[Line(" | ".join(r) + " |") for r in grid]]
    if layout == "markdown":
        table = [_md_row(header), _md_sep(len(header)), *(_md_row(r) for r in rows)]
        return [[Line(caption)], [Line(t) for t in table]]
    return [[Line(cell)] for cell in [caption, *header, *(c for r in rows for c in r)]]


# ---------------------------------------------------------------- T3


def render_t3(layout: str, figures: ReportFigures, style: TableStyle,
              extra: dict[str, list[int]] | None = None) -> list[Chunk]:
    extra = extra or {}
    renderer = {"tab": _t3_tab, "pipe": _t3_pipe, "markdown": _t3_markdown, "cells": _t3_cells}[layout]
    return renderer(figures, style, extra)


def _t3_tab(figures: ReportFigures, style: TableStyle, extra: dict[str, list[int]]) -> list[Chunk]:
    lines = [
        Line("\t".join([T3_NOTE, "", T3_APPLICANT, *[""] * 6])),
        Line("\t".join(["", "", T3_NATURAL, T3_ORG, "", "", "", "", T3_TOTAL])),
        Line("\t".join(["", "", "", *T3_ORG_KINDS, ""])),
    ]
    for row in T3_ROWS:
        cells = _tab_cells(row, style) + _numbers(figures.t3[row.key], extra.get(row.key))
        lines.append(Line("\t".join(cells), _row_tags(row.key)))
    return [lines]


def _t3_pipe(figures: ReportFigures, style: TableStyle, extra: dict[str, list[int]]) -> list[Chunk]:
    lines = [
        Line(f"{T3_NOTE} | {T3_APPLICANT} | | | | | | |"),
        Line(f"{T3_NATURAL} | {T3_ORG} | | | | | {T3_TOTAL} |"),
        Line(" | ".join(T3_ORG_KINDS) + " |"),
    ]
    for row in T3_ROWS:
        labels = [c for c in _t3_label_cells(row, style) if c]
        cells = labels + _numbers(figures.t3[row.key], extra.get(row.key))
        lines.append(Line(" | ".join(cells) + " |", _row_tags(row.key)))
    return [lines]


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _md_sep(width: int) -> str:
    return "|" + "---|" * width


def _t3_markdown(figures: ReportFigures, style: TableStyle, extra: dict[str, list[int]]) -> list[Chunk]:
    lines = [
        Line(_md_row([T3_NOTE, "", "", T3_APPLICANT, *[""] * 6])),
        Line(_md_sep(10)),
        Line(_md_row(["", "", "", T3_NATURAL, T3_ORG, "", "", "", "", T3_TOTAL])),
        Line(_md_row(["", "", "", "", *T3_ORG_KINDS, ""])),
    ]
    for row in T3_ROWS:
        cells = _t3_label_cells(row, style) + _numbers(figures.t3[row.key], extra.get(row.key))
        lines.append(Line(_md_row(cells), _row_tags(row.key)))
    return [lines]


def _split_cell(text: str) -> list[str]:
    return [text[:2], text[2:]] if len(text) == 4 else [text]


def _t3_cells(figures: ReportFigures, style: TableStyle, extra: dict[str, list[int]]) -> list[Chunk]:
    kinds = [p for k in T3_ORG_KINDS for p in (_split_cell(k) if style.split_header_cells else [k])]
    cells = [Line(t) for t in [T3_NOTE, T3_APPLICANT, T3_NATURAL, T3_ORG, T3_TOTAL, *kinds]]
    for row in T3_ROWS:
        labels = [c for c in _t3_label_cells(row, style) if c]
        cells.extend(Line(t) for t in labels[:-1])
        cells.append(Line(labels[-1], f"t3:{row.key}"))
        numbers = _numbers(figures.t3[row.key], extra.get(row.key))
        cells.extend(Line(v, f"t3-total:{row.key}" if i == 6 else "") for i, v in enumerate(numbers))
    return [[c] for c in cells]


# ---------------------------------------------------------------- T4


def render_t4(layout: str, t4: list[int], style: TableStyle) -> list[Chunk]:
    values = [str(v) for v in t4]
    pair = [*T4_RESULTS, *T4_RESULTS]
    if layout == "tab":
        grid = [
            [T4_TOP[0], "", "", "", "", T4_TOP[1], *[""] * 9],
            [*T4_RESULTS, T4_GROUPS[1], "", "", "", "", T4_GROUPS[2], "", "", "", ""],
            ["", "", "", "", "", *pair],
        ]
        return [[*(Line("\t".join(r)) for r in grid), Line("\t".join(values), T4_ROW_TAGS)]]
    if layout == "pipe":
        grid = [list(T4_TOP), [*T4_RESULTS, T4_GROUPS[1], T4_GROUPS[2]], pair]
        return [[*(Line(" | ".join(r) + " |") for r in grid), Line(" | ".join(values) + " |", T4_ROW_TAGS)]]
    if layout == "markdown":
        lines = [
            _md_row([T4_TOP[0], "", "", "", "", T4_TOP[1], *[""] * 9]),
            _md_sep(15),
            _md_row([*T4_RESULTS, T4_GROUPS[1], "", "", "", "", T4_GROUPS[2], "", "", "", ""]),
            _md_row(["", "", "", "", "", *pair]),
        ]
        return [[*(Line(t) for t in lines), Line(_md_row(values), T4_ROW_TAGS)]]
    header = [*T4_TOP, *T4_RESULTS, T4_GROUPS[1], T4_GROUPS[2], *pair]
    chunks = [[Line(t)] for t in header]
    tags = {4: "t4-total:0", 9: "t4-total:1", 14: "t4-total:2"}
    chunks.extend([Line(v, tags.get(i, "t4:data" if i == 0 else ""))] for i, v in enumerate(values))
    return chunks

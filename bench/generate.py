"""Generator of realistic 2021-format annual reports, optionally with one planted defect.

Usage::

    python bench/generate.py OUTDIR -n 2000 --seed 1 [--defects 0.2]
    python bench/generate.py --fixtures fixtures/generated

Every report is UTF-8 text of 6-10 KB in one of four table layouts (see ``layouts``). Beside
each report ``NAME.txt`` the generator writes ``NAME.expected.json``: ``[]`` for a clean report,
or ``[{"code": "DL2xx", "line": N}]`` with the 1-based line where a linter must report the
planted defect (``null`` when no line is meaningful, e.g. a missing section).

Library use: ``generate_report(rng, layout, defect) -> (text, expected)``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import prose
from defects import (
    ARITHMETIC_CODES,
    DEFECT_CODES,
    NARRATIVE_TAG,
    DefectPlan,
    plan_defect,
)
from figures import ReportFigures, draw_figures
from labels2021 import SECTION_NUMERALS, SECTION_TITLES
from layouts import LAYOUTS, Chunk, Line, TableStyle, render_t2, render_t3, render_t4
from units import SentencePool, Unit, draw_unit

MIN_BYTES, MAX_BYTES = 6000, 10000
YEARS = range(2021, 2026)
SUB_NUMERALS = ("一", "二", "三", "四", "五")
# (top-level style, sub-item style) pairs; one pair per report keeps headings consistent.
HEADING_STYLES: tuple[tuple[str, str], ...] = (
    ("plain", "plain"), ("plain", "bold"), ("plain", "inline"), ("markdown", "markdown"),
    ("markdown", "plain"), ("bold", "bold"), ("bold", "plain"),
)


@dataclass
class Part:
    """A sub-item: its heading text (None: no heading) and its paragraphs."""

    heading: str | None
    paragraphs: list[Line] = field(default_factory=list)
    mergeable: bool = False  # sentences that may be joined into longer paragraphs


@dataclass
class Section:
    index: int  # 0..5
    parts: list[Part] = field(default_factory=list)  # a Part with heading None is plain text
    tables: list[Chunk] = field(default_factory=list)


def _heading(text: str, style: str, level: int) -> str:
    if style == "markdown":
        return "#" * level + " " + text
    if style == "bold":
        return f"**{text}**"
    return text


def _merge(sentences: list[Line], per_paragraph: int) -> list[Line]:
    """Join consecutive sentences into paragraphs; a paragraph keeps any tag of its sentences."""
    merged = []
    for i in range(0, len(sentences), per_paragraph):
        group = sentences[i:i + per_paragraph]
        tag = next((s.tag for s in group if s.tag), "")
        merged.append(Line("".join(s.text for s in group), tag))
    return merged


def _chunks(sections: list[Section], styles: tuple[str, str], per_paragraph: int) -> list[Chunk]:
    top, sub = styles
    chunks: list[Chunk] = []
    for section in sections:
        title = f"{SECTION_NUMERALS[section.index]}、{SECTION_TITLES[section.index]}"
        chunks.append([Line(_heading(title, top, 2))])
        for part in section.parts:
            paragraphs = _merge(part.paragraphs, per_paragraph) if part.mergeable else list(part.paragraphs)
            if part.heading and sub == "inline" and paragraphs:
                first = paragraphs[0]
                paragraphs[0] = Line(f"{part.heading}：{first.text}", first.tag)
            elif part.heading:
                chunks.append([Line(_heading(part.heading, sub, 3))])
            chunks.extend([p] for p in paragraphs)
        chunks.extend(section.tables)
    return chunks


def _join(chunks: list[Chunk], layout: str) -> list[Line]:
    """Blank lines between chunks, except in pipe documents (corpus 007 has none)."""
    lines: list[Line] = []
    for chunk in chunks:
        if lines and layout != "pipe":
            lines.append(Line(""))
        lines.extend(chunk)
    return lines


class ReportBuilder:
    """Builds one report; ``grow`` adds narrative until the text reaches the target size."""

    def __init__(self, rng: random.Random, layout: str, plan: DefectPlan, unit: Unit,
                 figures: ReportFigures) -> None:
        self.rng, self.layout, self.plan, self.unit, self.figures = rng, layout, plan, unit, figures
        self.values = prose.slots(rng, unit)
        self.pools: list[SentencePool] = prose.aspect_pools(rng, unit)
        self.styles = rng.choice(HEADING_STYLES)
        self.table_style = TableStyle.draw(rng)
        self.per_paragraph = rng.choice((1, 2, 2, 3))
        self.title = f"{unit.name}{unit.year}年政府信息公开工作年度报告"
        if self.styles[0] == "markdown" and rng.random() < 0.6:
            self.title = "# " + self.title
        self.overview = self._overview()
        self.rest = self._later_sections()
        self.preamble = [[Line(p)] for p in prose.preamble(rng, unit)]
        self.signoff = prose.signoff(rng, unit)

    def _overview(self) -> Section:
        rng, unit = self.rng, self.unit
        section = Section(0, [Part(None, [Line(prose.intro(rng, unit, self.values))])])
        for i, pool in enumerate(self.pools):
            title = f"（{SUB_NUMERALS[i]}）{rng.choice(prose.ASPECT_TITLES[i])}"
            texts = pool.draw_many(rng.randint(1, 2), **self.values)
            section.parts.append(Part(title, [Line(t) for t in texts], mergeable=True))
        aspects = section.parts[1:]
        normative = prose.normative_sentence(self.figures)
        if normative and rng.random() < 0.6:
            aspects[0].paragraphs.append(Line(normative))
        detail = self.plan.code not in ARITHMETIC_CODES and rng.random() < 0.7
        facts = "".join(prose.application_sentences(rng, unit, self.figures, detail))
        aspects[1].paragraphs.insert(rng.randint(0, 1), Line(facts))
        systems = prose.systems_sentence(rng, unit, self.plan.duplicate_system)
        aspects[4].paragraphs.append(Line(systems, NARRATIVE_TAG if self.plan.duplicate_system else ""))
        if self.plan.stale_year:
            target = rng.choice((section.parts[0], aspects[2]))
            target.paragraphs.append(Line(prose.stale_year_sentence(rng, unit), NARRATIVE_TAG))
        return section

    def _later_sections(self) -> list[Section]:
        rng, layout, style = self.rng, self.layout, self.table_style
        sections = [
            Section(1, tables=render_t2(layout, self.figures.t2, style)),
            Section(2, tables=render_t3(layout, self.figures, style, self.plan.extra_cells)),
            Section(3, tables=render_t4(layout, self.figures.t4, style)),
        ]
        if not self.plan.omit_problems_section:
            found, measures = prose.problems(rng, self.unit)
            sections.append(Section(4, [Part("（一）存在的主要问题", [Line(found)]),
                                        Part(rng.choice(("（二）改进情况", "（二）改进措施")), [Line(measures)])]))
        fee = Line(prose.fee_statement(rng, self.unit, self.figures))
        others = [Line(t) for t in prose.other_matters(rng, self.unit)]
        sections.append(Section(5, [Part(None, [fee, *others])]))
        return sections

    def grow(self) -> bool:
        """Add one more sentence to a random aspect of section 一; False when none is left."""
        order = list(range(5))
        self.rng.shuffle(order)
        for i in order:
            text = self.pools[i].draw(**self.values)
            if text:
                self.overview.parts[i + 1].paragraphs.append(Line(text))
                return True
        return False

    def lines(self) -> list[Line]:
        chunks: list[Chunk] = [[Line(self.title)], *self.preamble]
        chunks += _chunks([self.overview, *self.rest], self.styles, self.per_paragraph)
        if self.signoff:
            chunks.append([Line(t) for t in self.signoff])
        return _join(chunks, self.layout)


def _size(lines: list[Line]) -> int:
    return sum(len(line.text.encode("utf-8")) + 1 for line in lines)


def generate_report(rng: random.Random, layout: str, defect: str | None) -> tuple[str, list[dict[str, object]]]:
    """One report in ``layout`` with the given planted defect (None: clean).

    Returns the text and the expected findings (the sidecar content).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    unit = draw_unit(rng, rng.choice(YEARS))
    figures = draw_figures(rng, unit.kind)
    plan = plan_defect(rng, defect, figures)
    builder = ReportBuilder(rng, layout, plan, unit, figures)
    target = rng.randint(MIN_BYTES + 300, MAX_BYTES - 700)
    lines = builder.lines()
    while _size(lines) < target and builder.grow():
        lines = builder.lines()
    text = "\n".join(line.text for line in lines) + "\n"
    if plan.code is None:
        return text, []
    line_no = None
    if plan.tag is not None:
        line_no = next(i for i, line in enumerate(lines, 1) if line.has(plan.tag))
    return text, [{"code": plan.code, "line": line_no}]


def write_report(directory: Path, name: str, text: str, expected: list[dict[str, object]] | None) -> Path:
    path = directory / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if expected is not None:
        (directory / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")
    return path


def generate_corpus(outdir: Path, count: int, seed: int, defect_rate: float = 0.0, *,
                    start: int = 0, sidecars: bool = True) -> list[Path]:
    """Reports ``start`` .. ``start+count-1``; report i depends only on (seed, i)."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        rng = random.Random(f"{seed}-{i}")
        layout = rng.choice(LAYOUTS)
        defect = rng.choice(DEFECT_CODES) if rng.random() < defect_rate else None
        text, expected = generate_report(rng, layout, defect)
        paths.append(write_report(outdir, f"report-{i:05d}", text, expected if sidecars else None))
    return paths


def write_fixtures(outdir: Path, seed: int = 2021) -> list[Path]:
    """For each layout: one clean report and one per defect kind (fixed seed, deterministic)."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for layout in LAYOUTS:
        for defect in (None, *DEFECT_CODES):
            kind = defect or "clean"
            text, expected = generate_report(random.Random(f"{seed}-{layout}-{kind}"), layout, defect)
            paths.append(write_report(outdir, f"{layout}-{kind}", text, expected))
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("-n", type=int, default=2000, help="number of reports (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defects", type=float, default=0.0, metavar="P",
                        help="probability that a report gets exactly one planted defect")
    parser.add_argument("--no-sidecars", action="store_true", help="do not write NAME.expected.json")
    parser.add_argument("--fixtures", action="store_true",
                        help="write the committed sample (4 layouts x (clean + 8 defects)) instead")
    args = parser.parse_args(argv)
    if not 0.0 <= args.defects <= 1.0:
        parser.error("--defects must be between 0 and 1")
    if args.fixtures:
        paths = write_fixtures(args.outdir)
    else:
        paths = generate_corpus(args.outdir, args.n, args.seed, args.defects, sidecars=not args.no_sidecars)
    print(f"wrote {len(paths)} reports to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

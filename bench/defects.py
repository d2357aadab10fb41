"""Planting exactly one known defect in a report.

Arithmetic defects change the figures before anything is rendered, so the narrative
(built afterwards from the printed figures) agrees with the tables and adds no second
finding. Each plan names the line tag where a linter must report the defect: for arithmetic,
the 总计 cell that disagrees with its identity (in one-row-per-line layouts, simply the row's
line; in the one-cell-per-line layout, the line of that very cell).

Note on DL211: every T3 cell also belongs to a column identity, so a single wrong cell in a
result row necessarily breaks that column's （七）总计 sum as well; a linter may therefore also
report DL212 on the （七）总计 row. DL211 is always planted in a result row so that this
companion finding is predictable (never DL213).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from figures import ReportFigures
from labels2021 import T3_KEYS, T3_RESULT_KEYS

DEFECT_CODES: tuple[str, ...] = ("DL211", "DL212", "DL213", "DL214", "DL203", "DL101", "DL401", "DL301")
ARITHMETIC_CODES: frozenset[str] = frozenset({"DL211", "DL212", "DL213", "DL214"})
NARRATIVE_TAG = "defect"


@dataclass
class DefectPlan:
    """What to change and where the finding is expected (``tag`` None: no meaningful line)."""

    code: str | None = None
    tag: str | None = None
    extra_cells: dict[str, list[int]] = field(default_factory=dict)
    omit_problems_section: bool = False
    stale_year: bool = False
    duplicate_system: bool = False


def plan_defect(rng: random.Random, code: str | None, figures: ReportFigures) -> DefectPlan:
    """Mutate ``figures`` as the defect requires and return the plan for the rest."""
    if code is None:
        return DefectPlan()
    planters = {
        "DL211": _row_total, "DL212": _result_total, "DL213": _balance, "DL214": _review_total,
        "DL203": _extra_cell,
    }
    if code in planters:
        return planters[code](rng, figures)
    if code == "DL101":
        return DefectPlan(code, None, omit_problems_section=True)
    if code == "DL401":
        return DefectPlan(code, NARRATIVE_TAG, stale_year=True)
    if code == "DL301":
        return DefectPlan(code, NARRATIVE_TAG, duplicate_system=True)
    raise ValueError(f"unknown defect code {code!r}; expected one of {', '.join(DEFECT_CODES)}")


def _delta(rng: random.Random, value: int) -> int:
    """A non-zero change that keeps the cell non-negative."""
    if value > 0 and rng.random() < 0.4:
        return -rng.randint(1, value)
    return rng.randint(1, 3)


def _row_total(rng: random.Random, figures: ReportFigures) -> DefectPlan:
    key, col = rng.choice(T3_RESULT_KEYS), rng.randrange(6)
    figures.t3[key][col] += _delta(rng, figures.t3[key][col])
    return DefectPlan("DL211", f"t3-total:{key}")


def _result_total(rng: random.Random, figures: ReportFigures) -> DefectPlan:
    key, col = rng.choice(T3_RESULT_KEYS), rng.randrange(6)
    delta = _delta(rng, figures.t3[key][col])
    figures.t3[key][col] += delta
    figures.t3[key][6] += delta
    return DefectPlan("DL212", "t3-total:r3_total")


def _balance(rng: random.Random, figures: ReportFigures) -> DefectPlan:
    col = rng.randrange(6)
    delta = _delta(rng, figures.t3["r2_carry_in"][col])
    figures.t3["r2_carry_in"][col] += delta
    figures.t3["r2_carry_in"][6] += delta
    return DefectPlan("DL213", "t3-total:r2_carry_in")


def _review_total(rng: random.Random, figures: ReportFigures) -> DefectPlan:
    group = rng.randrange(3)
    total_index = group * 5 + 4
    figures.t4[total_index] += -1 if figures.t4[total_index] and rng.random() < 0.5 else 1
    return DefectPlan("DL214", f"t4-total:{group}")


def _extra_cell(rng: random.Random, figures: ReportFigures) -> DefectPlan:
    """One row gets an 8th value. The row is all zeros, so however a linter aligns the
    eight values (first seven or last seven) the sums still hold: only DL203 is due."""
    zero_rows = [k for k in T3_KEYS if not any(figures.t3[k])]
    if not zero_rows:
        zero_rows = [_empty_a_result_row(rng, figures)]
    key = rng.choice(zero_rows)
    return DefectPlan("DL203", f"t3:{key}", extra_cells={key: [0]})


def _empty_a_result_row(rng: random.Random, figures: ReportFigures) -> str:
    """Move a result row's counts into （一）予以公开; every identity still holds."""
    key = rng.choice([k for k in T3_RESULT_KEYS if k != "r3_open"])
    for col in range(7):
        figures.t3["r3_open"][col] += figures.t3[key][col]
        figures.t3[key][col] = 0
    return key

"""The numbers of one report: tables T2, T3 and T4, drawn so that every identity holds.

T3 is built column by column: draw the results, sum them into （七）总计, choose
结转下年度 and 上年结转, and derive 本年新收 (identity I1); the 总计 column is the
sum of the six applicant columns (I2). T4 group totals are keep+correct+other+pending (I5).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from labels2021 import T3_KEYS, T3_RESULT_KEYS

# Relative frequency of each result row in real reports (not予以公开-heavy tails).
RESULT_WEIGHTS: dict[str, float] = {
    "r3_open": 35, "r3_partial": 8,
    "r3_deny_secret": 0.3, "r3_deny_law": 0.5, "r3_deny_safety": 0.5, "r3_deny_third": 2,
    "r3_deny_internal": 1.5, "r3_deny_process": 2, "r3_deny_enforce": 1, "r3_deny_query": 3,
    "r3_na_notheld": 18, "r3_na_create": 3, "r3_na_unclear": 1,
    "r3_np_petition": 3, "r3_np_repeat": 3, "r3_np_publication": 0.5, "r3_np_massive": 0.5,
    "r3_np_confirm": 0.5,
    "r3_oth_nocorrect": 4, "r3_oth_nofee": 0.3, "r3_oth_other": 5,
}

# Typical yearly volume of applications (results) per kind of unit: (p_zero, low, high).
VOLUME_BY_KIND: dict[str, tuple[float, int, int]] = {
    "township": (0.6, 1, 6),
    "street": (0.5, 1, 8),
    "county_bureau": (0.3, 1, 25),
    "city_bureau": (0.1, 5, 150),
    "district_gov": (0.05, 10, 300),
    "county_gov": (0.05, 10, 400),
}

T4_SIZE = 15
N_COLUMNS = 7  # six applicant columns + 总计


@dataclass
class T2Figures:
    """Values of table T2; the fee is kept as printed (万元, up to 4 decimals)."""

    rules: tuple[int, int, int] = (0, 0, 0)
    normative: tuple[int, int, int] = (0, 0, 0)
    license: int = 0
    penalty: int = 0
    coercion: int = 0
    fee: str = "0"


@dataclass
class ReportFigures:
    """All table values of one report. ``t3[key]`` holds 7 ints (总计 last)."""

    t2: T2Figures
    t3: dict[str, list[int]] = field(default_factory=dict)
    t4: list[int] = field(default_factory=lambda: [0] * T4_SIZE)

    def t3_total(self, key: str) -> int:
        return self.t3[key][N_COLUMNS - 1]

    def group_total(self, prefix: str) -> int:
        """Sum of the 总计 column over result rows whose key starts with ``prefix``."""
        return sum(self.t3[k][-1] for k in T3_RESULT_KEYS if k.startswith(prefix))

    def review_total(self) -> int:
        return self.t4[4]

    def litigation_total(self) -> int:
        return self.t4[9] + self.t4[14]


def draw_figures(rng: random.Random, kind: str) -> ReportFigures:
    """Draw consistent figures for a unit of the given kind."""
    figures = ReportFigures(t2=_draw_t2(rng, kind))
    figures.t3 = _draw_t3(rng, kind)
    figures.t4 = _draw_t4(rng, figures.t3["r3_total"][-1])
    return figures


def _draw_t2(rng: random.Random, kind: str) -> T2Figures:
    small = kind in ("township", "street")
    made = rng.randint(0, 2 if small else 8)
    repealed = rng.randint(0, 2 if small else 5)
    valid = made + rng.randint(0, 6 if small else 60)
    scale = {"township": 30, "street": 30, "county_bureau": 800}.get(kind, 5000)
    license_ = 0 if small and rng.random() < 0.6 else rng.randint(0, scale)
    penalty = 0 if rng.random() < 0.4 else rng.randint(0, scale // 2)
    coercion = 0 if rng.random() < 0.6 else rng.randint(0, max(1, scale // 40))
    return T2Figures((0, 0, 0), (made, repealed, valid), license_, penalty, coercion, _draw_fee(rng, small))


def _draw_fee(rng: random.Random, small: bool) -> str:
    if (small and rng.random() < 0.8) or rng.random() < 0.3:
        return "0"
    decimals = rng.randint(0, 4)
    amount = rng.uniform(0.01, 40.0 if small else 900.0)
    return f"{amount:.{decimals}f}"


def _split_results(rng: random.Random, count: int) -> dict[str, int]:
    keys = list(RESULT_WEIGHTS)
    weights = list(RESULT_WEIGHTS.values())
    cells = dict.fromkeys(keys, 0)
    for key in rng.choices(keys, weights, k=count):
        cells[key] += 1
    return cells


def _column_volumes(rng: random.Random, kind: str) -> list[int]:
    """Number of handled applications per applicant column (6 columns)."""
    p_zero, low, high = VOLUME_BY_KIND[kind]
    if rng.random() < p_zero:
        return [0] * 6
    total = rng.randint(low, high)
    natural = max(0, round(total * rng.uniform(0.7, 1.0)))
    volumes = [natural, 0, 0, 0, 0, 0]
    for i in rng.sample(range(1, 6), k=rng.randint(0, 3)):
        volumes[i] = rng.randint(0, max(1, (total - natural) // 2 + 1))
    return volumes


def _draw_t3(rng: random.Random, kind: str) -> dict[str, list[int]]:
    t3 = {key: [0] * N_COLUMNS for key in T3_KEYS}
    for col, volume in enumerate(_column_volumes(rng, kind)):
        results = _split_results(rng, volume)
        for key, value in results.items():
            t3[key][col] = value
        done = sum(results.values())
        carry_out = rng.randint(0, max(0, volume // 8)) if rng.random() < 0.4 else 0
        carry_in = rng.randint(0, min(done + carry_out, max(0, volume // 8))) if rng.random() < 0.4 else 0
        t3["r3_total"][col] = done
        t3["r4_carry_out"][col] = carry_out
        t3["r2_carry_in"][col] = carry_in
        t3["r1_new"][col] = done + carry_out - carry_in
    for values in t3.values():
        values[-1] = sum(values[:-1])
    return t3


def _draw_t4(rng: random.Random, handled: int) -> list[int]:
    values: list[int] = []
    for _group in range(3):
        if handled < 5 or rng.random() < 0.5:
            parts = [0, 0, 0, 0]
        else:
            top = max(1, handled // 20)
            parts = [rng.randint(0, top) if rng.random() < 0.5 else 0 for _ in range(4)]
        values.extend([*parts, sum(parts)])
    return values


def check_identities(figures: ReportFigures) -> list[str]:
    """Names of the identities that do not hold (empty list when consistent)."""
    t3, broken = figures.t3, []
    for key, row in t3.items():
        if row[-1] != sum(row[:-1]):
            broken.append(f"I2:{key}")
    for col in range(N_COLUMNS):
        if t3["r3_total"][col] != sum(t3[k][col] for k in T3_RESULT_KEYS):
            broken.append(f"I3:{col}")
        if t3["r1_new"][col] + t3["r2_carry_in"][col] != t3["r3_total"][col] + t3["r4_carry_out"][col]:
            broken.append(f"I1:{col}")
    for g in range(3):
        group = figures.t4[g * 5: g * 5 + 5]
        if sum(group[:4]) != group[4]:
            broken.append(f"I5:{g}")
    return broken

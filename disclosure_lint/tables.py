"""Reading the three statistics tables into the template's keys.

Rows are located by label, then given the value cells that follow (domain.md
§3.4: merged cells shift values per row, so column positions mean nothing).
A value run without a readable label takes the next template row in order.
"""

from __future__ import annotations

import itertools
import re

from . import cells as C
from . import glued, patterns
from . import template as tpl
from .lexer import Line
from .model import Cell, ColumnLabel, Report, Span, Table, TableRow

_SUBTOTAL = patterns.compile(r"小计")
# A non-standard subtotal row of table 三 (never a template row, never summed into （七）).
_SUBTOTAL_ROW = patterns.compile(r"小计|合计")
_GROUP_CAPTION = {"3": patterns.compile(r"不予公开"), "4": patterns.compile(r"无法提供"),
                  "5": patterns.compile(r"不予处理"), "6": patterns.compile(r"其他处理")}


def _section_lines(lines: list[Line], heads: list[tuple[int, int]]) -> dict[int, list[Line]]:
    """The lines of each top-level section, by ordinal; ``heads`` are the (index, ordinal)
    of the section headings, as the lexer found them (``lexer.Lexed.sections``)."""
    ends = [index for index, _ in heads[1:]] + [len(lines)]
    return {ordinal: lines[index + 1:end] for (index, ordinal), end in zip(heads, ends)}


def _region(sections: dict[int, list[Line]], ordinal: int, anchor: re.Pattern[str]
            ) -> list[Line]:
    """The lines of section ``ordinal`` from the first one that carries ``anchor``."""
    region = sections.get(ordinal, [])
    for offset, line in enumerate(region):
        if anchor.search(line.text):
            return region[offset:]
    return []


_new_span = tuple.__new__  # Span(a, b) without NamedTuple's Python-level __new__


def _cell(tok: C.Tok, value: int | float | None = None, inferred: bool = False) -> Cell:
    if not inferred:
        return tok
    return Cell(C.NUM, tok.raw, tok.start, tok.end, value, tok.fullwidth, True, True)


def _label_of(labels: list[C.Tok], rows: tuple[tpl.RowSpec, ...], last_order: int,
              order: list[str]) -> tuple[tpl.RowSpec | None, int]:
    """The row a run belongs to when its last label cell names none (``_read_rows`` tries
    that first): longer label suffixes, else a late 总计."""
    if not labels:
        return None, 0
    for width in range(2, min(len(labels), 4) + 1):
        spec = tpl.match_row("".join([t.raw for t in labels[-width:]]), rows)
        if spec is not None:
            return spec, len(labels) - width
    if _label_form(labels[-1].raw) == "总计" and "r3_open" in order \
            and last_order >= order.index("r3_open"):
        return tpl.T3_ROW_BY_KEY["r3_total"], len(labels) - 1
    return None, len(labels)


def _values_to_cells(values: list[C.Tok], expected: int, check: glued.Check | None
                     ) -> tuple[list[Cell], list[tuple[int, ...]] | None]:
    """Cells of a run; glued digits are split when the count falls short."""
    if len(values) >= expected or not any(v.glued for v in values):
        return values, None  # (the run's own list: nothing else holds it)
    if not all(v.kind == C.NUM for v in values):
        return values, None
    texts = [v.raw for v in values]
    if check is None and not all(t.isdigit() for t in texts):
        texts = [t.split(".")[0] for t in texts]  # '4432.52元' glued: which cut is unknowable
        if glued.splits(texts, expected):
            return [_cell(values[0], None, inferred=True) for _ in range(expected)], None
    candidates = glued.splits(texts, expected, check)
    if not candidates:
        return list(values), []
    first, last = values[0], values[-1]
    span_tok = C.Tok(C.NUM, "", first.start, last.end)
    chosen = candidates[0] if len(candidates) == 1 else None
    cells = [_cell(span_tok, None if chosen is None else chosen[i], inferred=True)
             for i in range(expected)]
    return cells, candidates


# The keys of a tuple of template rows and the position of each, by the tuple's id (the
# tuples are the template's constants; the tuple is kept so that its id stays its own).
_ORDERS: dict[int, tuple[tuple[tpl.RowSpec, ...], list[str], dict[str, int]]] = {}


def _row_order(rows: tuple[tpl.RowSpec, ...]) -> tuple[list[str], dict[str, int]]:
    known = _ORDERS.get(id(rows))  # (an entry keeps its tuple alive: no other has its id)
    if known is None:
        order = [r.key for r in rows]
        known = _ORDERS[id(rows)] = (rows, order, {key: at for at, key in enumerate(order)})
    return known[1], known[2]


def _read_rows(region: list[Line], rows: tuple[tpl.RowSpec, ...], kind: str,
               edition: str, check: glued.Check | None) -> tuple[Table, list[C.Tok], dict]:
    header, runs, span = C.runs(region)
    order, position = _row_order(rows)
    table = Table(kind, edition, span)
    found = table.rows
    ambiguous: dict[str, list[tuple[int, ...]]] = {}
    last = -1
    blank = C.BLANK
    match_row = tpl.match_row
    for labels, values in runs:
        if last < 0 and all(v.kind == blank for v in values):
            continue  # placeholders in the header block
        name = labels[-1].raw if labels else ""  # (a label cell is never empty)
        if kind == "T3" and "计" in name and _SUBTOTAL_ROW.search(name):  # (a quick test first)
            _add_subtotal(table, labels, values, rows[last] if last >= 0 else None)
            continue
        # The row a run belongs to: its last label cell names it, mostly.
        spec = match_row(name, rows) if name else None
        if spec is not None:
            label_from = len(labels) - 1
        else:
            spec, label_from = _label_of(labels, rows, last, order)
        mapped_by = "label"
        if spec is None:
            if last < 0 or all(v.kind == blank for v in values):
                continue
            spec = next((r for r in rows[last + 1:]
                         if r.key not in found and r.key != "r3_oth"), None)
            mapped_by = "order"
            if spec is None:
                continue
        if label_from < len(labels):
            first, final = labels[label_from], labels[-1]
            label = first.raw if label_from == len(labels) - 1 else \
                "".join([t.raw for t in labels[label_from:]])
        else:
            first = final = values[0]
            label = ""
        key = spec.key
        if len(values) >= spec.values:  # (_values_to_cells would keep them as they are)
            cells: list[Cell] = values
        else:
            cells, candidates = _values_to_cells(values, spec.values, check)
            if candidates and len(candidates) > 1:
                ambiguous[key] = candidates
        row = TableRow(key, label, _new_span(Span, (first.start, final.end)), cells, mapped_by)
        if key in found:
            table.unknown_rows.append(row)
            continue
        found[key] = row
        at = position[key]
        if at > last:
            last = at
    return table, header, ambiguous


def _add_subtotal(table: Table, labels: list[C.Tok], values: list[C.Tok],
                  previous: tpl.RowSpec | None) -> None:
    """Keep a subtotal row aside, with the result group it sums (DL215 checks it)."""
    label = "".join(t.raw for t in labels[-2:])
    group = next((g for g, caption in _GROUP_CAPTION.items() if caption.search(label)),
                 previous.group if previous is not None else "")
    span = Span(labels[-1].start, labels[-1].end)
    table.subtotals.append(TableRow(f"subtotal.{group}", labels[-1].raw, span, list(values)))


def _resolve_t3(table: Table, ambiguous: dict[str, list[tuple[int, ...]]]) -> None:
    """Pick, for rows with several fitting splits, the ones that make the columns add up."""
    keys = list(ambiguous)
    combos = 1
    for key in keys:
        combos *= len(ambiguous[key])
    if not keys or combos > 20000:
        return
    result_keys = [k for k in tpl.T3_RESULT_KEYS_2021 + ("r3_oth",) if k in table.rows]
    best, best_score = None, -1
    for choice in itertools.product(*(ambiguous[k] for k in keys)):
        values = dict(zip(keys, choice))

        def val(key: str, col: int) -> int | None:
            if key in values:
                return values[key][col]
            cell = table.value(key, col)
            return cell if isinstance(cell, int) else None

        score = 0
        for col in range(7):
            parts = [val(k, col) for k in result_keys]
            total = val("r3_total", col)
            if None not in parts and total is not None and sum(parts) == total:  # type: ignore
                score += 1
            ends = [val(k, col) for k in ("r1_new", "r2_carry_in", "r3_total", "r4_carry_out")]
            if None not in ends and ends[0] + ends[1] == ends[2] + ends[3]:  # type: ignore
                score += 1
        if score > best_score:
            best, best_score = values, score
    if best is None:
        return
    for key, split in best.items():
        row = table.rows[key]
        row._numbers = None
        row.cells = [Cell(C.NUM, c.raw, c.start, c.end, split[i], c.fullwidth, True, True)
                     for i, c in enumerate(row.cells)]


# Normalised labels (``tpl.normalise``), by text: the same header cells and row labels
# recur in every report.  Only short texts are kept (prose does not recur), at most
# _MAX_LABEL_FORMS of them (all dropped when full).
_LABEL_FORMS: dict[str, str] = {}
_MAX_LABEL_FORMS = 20_000
_MAX_LABEL_LENGTH = 60


def _label_form(text: str) -> str:
    norm = _LABEL_FORMS.get(text)
    if norm is None:
        norm = tpl.normalise(text)
        if len(text) <= _MAX_LABEL_LENGTH:
            if len(_LABEL_FORMS) >= _MAX_LABEL_FORMS:
                _LABEL_FORMS.clear()
            _LABEL_FORMS[text] = norm
    return norm


def _t3_columns(table: Table, header: list[C.Tok]) -> None:
    for tok in header:
        columns, subtotal = _read_header_cell(tok.raw)
        for official, text, at in columns:
            span = Span(tok.start, tok.end) if at is None else \
                Span(tok.start + at, tok.start + at + len(text))
            table.columns.append(ColumnLabel(official, text, span))
        if subtotal:
            table.value_columns = tpl.T3_COLUMNS[:6] + ("org_total", "tot")
    if not table.value_columns:
        table.value_columns = tpl.T3_COLUMNS


# What a header cell of table 三 says: its column labels (official key, text, where the
# text starts in the cell or None for the whole cell) and whether it names a subtotal
# column.
_HeaderCell = tuple[tuple[tuple[str, str, "int | None"], ...], bool]


def _read_header_cell(raw: str) -> _HeaderCell:
    norm = _label_form(raw)
    columns: list[tuple[str, str, int | None]] = []
    for variant, official in tpl.T3_COLUMN_VARIANTS.items():
        at = norm.find(variant)
        if at >= 0 and len(norm) == len(raw):
            columns.append((official, variant, at))
        elif norm == variant:
            columns.append((official, raw, None))
    return tuple(columns), bool(_SUBTOTAL.search(norm))


def _read_t3(report: Report, sections: dict[int, list[Line]]) -> None:
    region = _region(sections, 3, tpl.T3_ANCHOR)
    if not region:
        return
    rows = tpl.T3_ROWS_READ  # (one tuple: match_row caches by it)
    table, header, ambiguous = _read_rows(region, rows, "T3", "2021", glued.row_total_check)
    if not table.rows:
        report.tables["T3"] = table
        return
    if "r3_oth" in table.rows and not any(k.startswith("r3_oth_") for k in table.rows):
        table.edition = "2019"
    _t3_columns(table, header)
    _resolve_t3(table, ambiguous)
    report.tables["T3"] = table


def _read_t2(report: Report, sections: dict[int, list[Line]]) -> None:
    region = _region(sections, 2, tpl.T2_ANCHOR)
    if not region:
        return
    # (NFKC and the other steps of ``normalise`` work character by character, and never
    # across a line break: the lines are normalised one by one, each text once.)
    joined = "".join([_label_form(ln.text) for ln in region[:60]])
    edition = "2019" if tpl.T2_MARKERS_2019.search(joined) else "2021"
    if edition == "2019" and tpl.T2_MARKERS_2021.search(joined):
        edition = "mixed"
    rows = tpl.T2_ROWS_2019 if edition == "2019" else tpl.T2_ROWS_2021
    table, _, _ = _read_rows(region, rows, "T2", edition, None)
    report.tables["T2"] = table


def _read_t4(report: Report, sections: dict[int, list[Line]]) -> None:
    region = _region(sections, 4, tpl.T4_ANCHOR)
    if not region:
        return
    # The values of every run, placeholders included, empty cells not (a value's text
    # is never empty).
    values = [value for _, run in C.runs(region)[1] for value in run if value.raw]
    table = Table("T4", "2021", Span(region[0].span.start, region[-1].span.end))
    table.value_columns = tpl.T4_COLUMNS
    if values:
        cells, candidates = _values_to_cells(values, len(tpl.T4_COLUMNS),
                                             glued.groups_check(len(tpl.T4_FIELDS)))
        label = Span(values[0].start, values[-1].end)
        table.rows[tpl.T4_ROW_KEY] = TableRow(tpl.T4_ROW_KEY, "", label, cells)
    report.tables["T4"] = table


def read_tables(report: Report, lines: list[Line], heads: list[tuple[int, int]]) -> None:
    """Read the three tables into ``report.tables``; ``heads``: the (index, ordinal) of
    the section headings."""
    sections = _section_lines(lines, heads)
    _read_t2(report, sections)
    _read_t3(report, sections)
    _read_t4(report, sections)
    editions = {t.edition for t in report.tables.values() if t.kind in ("T2", "T3") and t.rows}
    if len(editions) == 1:
        report.edition = editions.pop()
    elif editions:
        report.edition = "mixed"

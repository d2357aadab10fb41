"""``disclosure-lint parse PATH --format json``: the model as the linter understood it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import UsageError
from ..model import Report, Span, Table
from ..parser import parse
from ..reading import UnreadableInput, read_source


def _place(report: Report, span: Span) -> dict[str, int]:
    line, column = report.lines.position(span.start)
    return {"line": line, "column": column}


def _table(report: Report, table: Table) -> dict[str, Any]:
    return {
        "kind": table.kind, "edition": table.edition,
        "value_columns": list(table.value_columns),
        "columns": [{"key": c.key, "text": c.text, **_place(report, c.span)}
                    for c in table.columns],
        "rows": {key: {"label": row.label, "mapped_by": row.mapped_by,
                       **_place(report, row.label_span),
                       "values": [c.value for c in row.cells],
                       "raw": [c.raw for c in row.cells]}
                 for key, row in table.rows.items()},
        "unplaced_rows": [{"label": r.label, **_place(report, r.label_span),
                           "values": [c.value for c in r.cells]} for r in table.unknown_rows],
    }


def model_json(report: Report) -> dict[str, Any]:
    return {
        "path": report.path, "encoding": report.encoding,
        "title": report.title.text if report.title else None,
        "year": report.year, "agency": report.agency, "edition": report.edition,
        "sections": [{"ordinal": s.heading.ordinal, "key": s.key, "title": s.heading.title,
                      "style": s.heading.style.value, "level": s.heading.level,
                      **_place(report, s.heading.span), "blocks": len(s.blocks)}
                     for s in report.sections],
        "tables": {kind: _table(report, t) for kind, t in report.tables.items()},
        "directives": [{"action": d.action, "codes": list(d.codes), "reason": d.reason,
                        **_place(report, d.span)} for d in report.directives],
    }


def run_parse(args: argparse.Namespace) -> int:
    try:
        if args.path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.path, "rb") as handle:
                data = handle.read()
    except OSError as error:
        raise UsageError(f"cannot read {args.path}: {error.strerror or error}") from error
    try:
        source = read_source(data, args.path)
    except UnreadableInput as error:
        raise UsageError(f"{args.path}: unreadable input ({error.kind}: {error.detail})") \
            from error
    report = parse(source, args.path, args.year)
    json.dump(model_json(report), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0

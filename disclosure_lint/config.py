"""Configuration files: ``[tool.disclosure-lint]`` in ``pyproject.toml``, or ``disclosure-lint.toml``.

Each linted file gets the configuration nearest to it: from the file's directory
upward, the first directory holding a ``disclosure-lint.toml`` (which wins over a
``pyproject.toml`` beside it) or a ``pyproject.toml`` with a ``[tool.disclosure-lint]``
table (one without the table is skipped).  Configurations are not merged: the
nearest one is the whole configuration, as in ruff.

Keys (``disclosure-lint.toml`` at top level, ``pyproject.toml`` under the table)::

    select = ["ALL"]                 # codes, prefixes (DL2) or rule names
    ignore = []
    extend-select = []
    severity = {DL301 = "error"}     # rule (code, name or prefix) -> error|warning|info
    per-file-ignores = {"drafts/*.txt" = ["DL4"]}   # globs relative to this file's directory
    template = "auto"                # auto|2021|2019: force the edition the rules use
    lang = "zh"                      # zh|en
    [deadline]                       # Art. 49 publication deadlines, "MM-DD" (no rule uses them yet)
    department = "01-31"
    government = "03-31"
    township = "01-31"
    [rules.<rule-name-or-code>]      # a rule's options (its ``options`` dataclass)

Validation uses pydantic, which is imported only when a configuration file is
actually found (or named with ``--config``): a run without one stays fast.
Every problem is a :class:`UsageError` of one line naming the file and the
dotted key.  Parsed files are cached by path, and discovery by directory, so a
bulk run over thousands of files reads each configuration once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from . import patterns
from .errors import UsageError
from .rule import Rule, Severity, option_fields
from .selection import known_selector

CONFIG_FILE = "disclosure-lint.toml"
PYPROJECT = "pyproject.toml"
TABLE = "disclosure-lint"  # [tool.disclosure-lint]
DEADLINES = {"department": "01-31", "government": "03-31", "township": "01-31"}


class Deadlines(NamedTuple):
    """Publication deadlines (条例 Art. 49) as ``MM-DD`` of the year after the report year.

    县级以上人民政府部门 by 31 January, 县级以上地方人民政府 by 31 March; Art. 49 does not
    name townships (乡镇/街道), whose deadline local notices set (default 31 January).
    Validated and stored; no rule uses them yet.
    """

    department: str = DEADLINES["department"]
    government: str = DEADLINES["government"]
    township: str = DEADLINES["township"]

    def month_day(self, unit: str) -> tuple[int, int]:
        month, day = getattr(self, unit).split("-")
        return int(month), int(day)


class Config:
    """One configuration file, validated (plain data: no pydantic objects, picklable).

    Compared and hashed by identity: each file is read once (``ConfigFinder``)."""

    __slots__ = ("path", "root", "select", "ignore", "extend_select", "severity",
                 "per_file_ignores", "template", "lang", "deadline", "options")
    path: str  # the file it was read from
    root: str  # its directory: per-file-ignores globs are relative to it
    select: tuple[str, ...] | None  # None: not set (all rules)
    ignore: tuple[str, ...]
    extend_select: tuple[str, ...]
    severity: Mapping[str, Severity]  # rule code -> severity
    per_file_ignores: Mapping[str, tuple[str, ...]]
    template: str
    lang: str | None  # None: not set
    deadline: Deadlines
    options: Mapping[str, object]  # rule code -> options object

    def __init__(self, path: str, root: str, *, select: tuple[str, ...] | None = None,
                 ignore: tuple[str, ...] = (), extend_select: tuple[str, ...] = (),
                 severity: Mapping[str, Severity] | None = None,
                 per_file_ignores: Mapping[str, tuple[str, ...]] | None = None,
                 template: str = "auto", lang: str | None = None,
                 deadline: Deadlines | None = None,
                 options: Mapping[str, object] | None = None) -> None:
        self.path = path
        self.root = root
        self.select = select
        self.ignore = ignore
        self.extend_select = extend_select
        self.severity = {} if severity is None else severity
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.template = template
        self.lang = lang
        self.deadline = Deadlines() if deadline is None else deadline
        self.options = {} if options is None else options

    def __repr__(self) -> str:
        return f"Config(path={self.path!r})"

    @property
    def edition(self) -> str | None:
        """The edition forced on every report, or None to keep the detected one."""
        return None if self.template == "auto" else self.template


# -- discovery ---------------------------------------------------------------------------------


class ConfigFinder:
    """Finds and loads the configuration for each linted file, with caches.

    ``for_path`` walks up from a file's directory; the answer is cached for every
    directory on the way, and each configuration file is parsed once.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        self._by_dir: dict[str, str | None] = {}  # directory -> configuration file or None
        self._loaded: dict[str, Config] = {}  # configuration file -> its settings

    def for_path(self, path: str | None) -> Config | None:
        """The configuration governing ``path`` (None: the current directory), or None."""
        start = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        found = self._discover(start)
        return self.load(found) if found is not None else None

    def load(self, path: str, explicit: bool = False) -> Config:
        """The settings in the file ``path`` (``explicit``: named by ``--config``)."""
        key = os.path.abspath(path)
        config = self._loaded.get(key)
        if config is None:
            config = self._loaded[key] = _load(key, self.rules, explicit)
        return config

    def _discover(self, directory: str) -> str | None:
        visited: list[str] = []
        found: str | None = None
        current = directory
        while True:
            if current in self._by_dir:
                found = self._by_dir[current]
                break
            visited.append(current)
            found = _config_in(current)
            if found is not None:
                break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        for seen in visited:
            self._by_dir[seen] = found
        return found


def _config_in(directory: str) -> str | None:
    """The configuration file of ``directory``, if it has one."""
    candidate = os.path.join(directory, CONFIG_FILE)
    if os.path.isfile(candidate):
        return candidate
    candidate = os.path.join(directory, PYPROJECT)
    if os.path.isfile(candidate) and _pyproject_table(candidate) is not None:
        return candidate
    return None


def _pyproject_table(path: str) -> dict[str, Any] | None:
    """The ``[tool.disclosure-lint]`` table of a pyproject.toml, None when it has none."""
    text = _read_text(path)
    if TABLE not in text:  # cheap: most pyproject.toml files are not ours to parse
        return None
    tool = _parse_toml(path, text).get("tool")
    table = tool.get(TABLE) if isinstance(tool, dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise UsageError(f"{display(path)}: tool.{TABLE}: must be a table")
    return table


def _read_text(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise UsageError(f"{display(path)}: cannot read: {error.strerror or error}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{display(path)}: not UTF-8 ({error.reason} at byte "
                         f"{error.start})") from error


def _parse_toml(path: str, text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{display(path)}: invalid TOML: {error}") from error


def display(path: str) -> str:
    """``path`` as messages show it: relative to the current directory when below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith(os.pardir) else relative


# -- loading and validation --------------------------------------------------------------------


def _load(path: str, rules: tuple[Rule, ...], explicit: bool) -> Config:
    is_pyproject = os.path.basename(path) == PYPROJECT
    if explicit and not os.path.isfile(path):
        raise UsageError(f"configuration file not found: {display(path)}")
    if is_pyproject:
        table = _pyproject_table(path)
        prefix = ("tool", TABLE)
        if table is None and explicit:
            raise UsageError(f"{display(path)}: no [tool.{TABLE}] table")
    else:
        table = _parse_toml(path, _read_text(path))
        prefix = ()  # type: ignore[assignment]  # a top-level file: keys have no prefix
    if explicit and not table:
        raise UsageError(f"{display(path)}: no settings")
    return _validate(table or {}, path, prefix, rules)


def _validate(table: dict[str, Any], path: str, prefix: tuple[str, ...],
              rules: tuple[Rule, ...]) -> Config:
    from pydantic import ValidationError

    schema = _schema()
    try:
        settings = schema.model_validate(table)
    except ValidationError as error:
        raise UsageError(f"{display(path)}: {_describe(error, prefix, schema)}") from None

    def fail(loc: tuple[str | int, ...], message: str) -> UsageError:
        return UsageError(f"{display(path)}: {dotted(prefix + loc)}: {message}")

    def check_selectors(key: str, selectors: list[str],
                        loc: tuple[str | int, ...] | None = None) -> tuple[str, ...]:
        for index, selector in enumerate(selectors):
            if not selector.strip() or (selector.upper() != "ALL"
                                        and not known_selector(selector, rules)):
                raise fail((loc or (key,)) + (index,), f"unknown rule code or name {selector!r}")
        return tuple(selectors)

    given = settings.model_fields_set
    select = check_selectors("select", settings.select) if "select" in given else None
    ignore = check_selectors("ignore", settings.ignore)
    extend = check_selectors("extend-select", settings.extend_select)
    per_file = {pattern: check_selectors("per-file-ignores", codes, ("per-file-ignores", pattern))
                for pattern, codes in settings.per_file_ignores.items()}

    severity: dict[str, Severity] = {}
    # broad selectors first, so that a rule's own code or name overrides its prefix
    for selector, level in sorted(settings.severity.items(),
                                  key=lambda item: _breadth(item[0], rules)):
        matched = [r for r in rules if _names(selector, r)]
        if not matched:
            raise fail(("severity", selector), "unknown rule code or name")
        for rule in matched:
            severity[rule.code] = Severity(level)

    options: dict[str, object] = {}
    for key, values in settings.rules.items():
        found = next((r for r in rules if key.upper() == r.code or key.lower() == r.name), None)
        if found is None:
            raise fail(("rules", key), "unknown rule code or name")
        rule = found
        if rule.code in options:
            raise fail(("rules", key), f"{rule.code} ({rule.name}) is configured twice")
        options[rule.code] = _rule_options(rule, values, lambda loc, m, k=key: fail(
            ("rules", k) + loc, m))

    deadline = Deadlines(**settings.deadline.model_dump())
    return Config(path=path, root=os.path.dirname(path), select=select, ignore=ignore,
                  extend_select=extend, severity=severity, per_file_ignores=per_file,
                  template=settings.template,
                  lang=settings.lang if "lang" in given else None, deadline=deadline,
                  options=options)


def _names(selector: str, rule: Rule) -> bool:
    """Whether a severity key names ``rule``: its code, its name, a code prefix or ALL."""
    upper = selector.strip().upper()
    return bool(upper) and (upper == "ALL" or selector.lower() == rule.name
                            or rule.code.startswith(upper))


def _breadth(selector: str, rules: tuple[Rule, ...]) -> int:
    if selector.upper() == "ALL":
        return -1
    if any(selector.upper() == r.code or selector.lower() == r.name for r in rules):
        return 100
    return len(selector)


def _rule_options(rule: Rule, values: dict[str, Any], fail: Any) -> object:
    """``values`` validated against the rule's ``options`` dataclass."""
    from pydantic import ValidationError

    fields = option_fields(rule.options)
    if rule.options is None or fields is None:
        raise fail((), f"{rule.code} ({rule.name}) has no options")
    # Option names are written in kebab-case like every other key (max-decimals);
    # the options class spells them in snake_case.
    known = [name.replace("_", "-") for name, _, _ in fields]
    for name in values:
        if name not in known:
            raise fail((name,), f"unknown option{_suggest(name, known)} "
                                f"(options of {rule.name}: {', '.join(known) or 'none'})")
    values = {name.replace("-", "_"): value for name, value in values.items()}
    # JSON mode in strict mode: types are checked as written in TOML (no "5" -> 5), while
    # arrays still become the tuples and frozensets frozen dataclasses use
    import json

    payload = json.dumps(values, default=_json_default, ensure_ascii=False)
    try:
        return _adapter(rule.options).validate_json(payload, strict=True)
    except ValidationError as error:
        problem = error.errors(include_url=False)[0]
        loc = tuple(p.replace("_", "-") if isinstance(p, str) else p for p in problem["loc"])
        raise fail(loc, _message(problem)) from None


def _json_default(value: object) -> str:
    isoformat = getattr(value, "isoformat", None)
    if isoformat is None:
        raise TypeError(f"cannot represent {value!r}")
    return isoformat()


@lru_cache(maxsize=None)
def _adapter(options: type) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(options)


# -- the pydantic schema (built on first use, so importing this module stays cheap) ---------


@lru_cache(maxsize=1)
def _schema() -> Any:
    """The pydantic model of a configuration table (``Settings``)."""
    from typing import Annotated, Literal

    from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

    def month_day(value: str) -> str:
        match = re.fullmatch(r"(\d\d)-(\d\d)", value)
        if match is None:
            raise ValueError(f"{value!r} is not a month-day like \"01-31\"")
        month, day = int(match[1]), int(match[2])
        days = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
        if not (1 <= month <= 12 and 1 <= day <= days[month - 1]):
            raise ValueError(f"{value!r} is not a date of the year")
        return value

    def year_as_text(value: object) -> object:
        # template = 2021 (a TOML integer) means the same as "2021"
        return str(value) if type(value) is int else value

    MonthDay = Annotated[str, AfterValidator(month_day)]
    Codes = list[str]

    class Strict(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    class Deadline(Strict):
        department: MonthDay = DEADLINES["department"]
        government: MonthDay = DEADLINES["government"]
        township: MonthDay = DEADLINES["township"]

    class Settings(Strict):
        select: Codes = Field(default_factory=lambda: ["ALL"])
        ignore: Codes = Field(default_factory=list)
        extend_select: Codes = Field(default_factory=list, alias="extend-select")
        severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
        per_file_ignores: dict[str, Codes] = Field(default_factory=dict,
                                                   alias="per-file-ignores")
        template: Annotated[Literal["auto", "2021", "2019"],
                            BeforeValidator(year_as_text)] = "auto"
        lang: Literal["zh", "en"] = "zh"
        deadline: Deadline = Field(default_factory=Deadline)
        rules: dict[str, dict[str, Any]] = Field(default_factory=dict)

    return Settings


def _describe(error: Any, prefix: tuple[str, ...], schema: Any) -> str:
    """The first problem of a ValidationError as ``dotted.key: what is wrong``."""
    problem = error.errors(include_url=False)[0]
    loc = tuple(problem["loc"])
    if problem["type"] == "extra_forbidden":
        known = _known_keys(schema, loc[:-1])
        return f"unknown key {dotted(prefix + loc)!r}{_suggest(str(loc[-1]), known)}"
    return f"{dotted(prefix + loc)}: {_message(problem)}"


def _known_keys(schema: Any, loc: tuple[str | int, ...]) -> list[str]:
    model = schema
    for part in loc:
        info = getattr(model, "model_fields", {}).get(str(part).replace("-", "_"))
        model = getattr(info, "annotation", None)
    fields_ = getattr(model, "model_fields", None) or {}
    return [info.alias or name for name, info in fields_.items()]


def _suggest(word: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _message(problem: Mapping[str, Any]) -> str:
    """A pydantic error in the words of this tool's messages."""
    kind, value = problem["type"], problem.get("input")
    if kind in ("literal_error", "enum"):
        choices = re.findall(r"'([^']*)'", str(problem.get("ctx", {}).get("expected", "")))
        text = f"{value!r} is not one of {', '.join(choices)}"
        if not isinstance(value, str) and str(value) in choices:
            text += f" (write it as a string: \"{value}\")"
        return text
    if kind == "value_error":
        return str(problem["msg"]).removeprefix("Value error, ")
    if kind == "missing":
        return "required"
    if kind in _EXPECTED:
        return f"must be {_EXPECTED[kind]}, got {_toml_repr(value)}"
    message = str(problem["msg"])
    message = message[:1].lower() + message[1:]
    return f"{message}, got {_toml_repr(value)}"


_EXPECTED = {
    "dict_type": "a table", "model_type": "a table", "model_attributes_type": "a table",
    "dataclass_type": "a table", "list_type": "an array", "tuple_type": "an array",
    "set_type": "an array", "frozen_set_type": "an array", "string_type": "a string",
    "int_type": "an integer", "int_parsing": "an integer", "int_from_float": "an integer",
    "float_type": "a number", "float_parsing": "a number", "bool_type": "true or false",
    "bool_parsing": "true or false",
}


def _toml_repr(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


_BARE = patterns.compile(r"[A-Za-z0-9_-]+")


def dotted(loc: Iterable[str | int]) -> str:
    """A key path as TOML writes it: ``tool.disclosure-lint.per-file-ignores."a/*.txt"[0]``."""
    import json

    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        text = part if _BARE.fullmatch(part) else json.dumps(part, ensure_ascii=False)
        out += f".{text}" if out else text
    return out

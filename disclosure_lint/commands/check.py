"""``disclosure-lint check``: collect inputs, lint them (in parallel), stream the output."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..diagnostics import FileResult, Severity
from ..errors import UsageError

if TYPE_CHECKING:
    from ..cache import ResultCache
    from ..config import Config, ConfigFinder
    from ..engine import Linter

DEFAULT_LANG = "zh"
SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx"})
STDIN = "-"


def collect(paths: list[str]) -> list[str]:
    """Files to lint: named files as given, directories searched recursively."""
    out: list[str] = []
    for path in paths:
        if path == STDIN:
            out.append(path)
            continue
        if os.path.isdir(path):
            found: list[str] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files
                             if os.path.splitext(f)[1].lower() in SUFFIXES and not f.startswith("."))
            out.extend(sorted(found))
        elif os.path.isfile(path):
            out.append(path)
        else:
            raise UsageError(f"no such file or directory: {path}")
    return out


def _codes(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [c.strip() for c in value.split(",") if c.strip()]


class Linters:
    """One :class:`Linter` per distinct configuration, and which one lints each file.

    Precedence: command line > configuration file > defaults.  ``--select`` replaces
    the configuration's ``select``; ``--ignore`` and ``--extend-select`` add to its
    lists; ``--lang`` wins over its ``lang``; ``--year`` applies everywhere.  The
    configuration is the one nearest each file (``config.ConfigFinder``), the file
    named by ``--config`` for every input, or none with ``--isolated``.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        from ..registry import RuleLoadError, load_rules
        from ..selection import known_selector

        try:
            self.rules = load_rules()
        except RuleLoadError as error:
            raise UsageError(str(error)) from error
        self.select = _codes(args.select)
        if self.select is not None and not self.select:
            self.select = ["ALL"]
        self.ignore = _codes(args.ignore) or []
        self.extend = _codes(args.extend_select) or []
        for selector in (self.select or []) + self.ignore + self.extend:
            if selector.upper() != "ALL" and not known_selector(selector, self.rules):
                raise UsageError(f"unknown rule code or name: {selector}")
        self.lang: str | None = args.lang  # None when --lang was not given
        self.year: int | None = args.year
        if args.config and args.isolated:
            raise UsageError("--config and --isolated cannot be used together")
        self._finder: ConfigFinder | None = None
        self._fixed: Config | None = None
        if args.config:
            from ..config import ConfigFinder

            self._fixed = ConfigFinder(self.rules).load(args.config, explicit=True)
        elif not args.isolated:
            from ..config import ConfigFinder

            self._finder = ConfigFinder(self.rules)
        self.linters: list[Linter] = []
        self._index: dict[str | None, int] = {}  # configuration file (None: none) -> linter

    def index_for(self, path: str | None) -> int:
        """The linter for ``path`` (None: stdin without a name, configured from the cwd)."""
        config = self._fixed
        if self._finder is not None:
            config = self._finder.for_path(path)
        key = config.path if config is not None else None
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self.linters)
            self.linters.append(self._build(config))
        return index

    def _build(self, config: Config | None) -> Linter:
        from ..engine import Linter
        from ..selection import Selection

        select = self.select
        if select is None:
            select = list(config.select) if config and config.select is not None else ["ALL"]
        if config is None:
            selection = Selection(select=select, ignore=self.ignore, extend_select=self.extend)
            return Linter(self.rules, selection, lang=self.lang or DEFAULT_LANG, year=self.year)
        selection = Selection(select=select, ignore=[*config.ignore, *self.ignore],
                              extend_select=[*config.extend_select, *self.extend],
                              severity=config.severity,
                              per_file_ignores=config.per_file_ignores, root=config.root)
        return Linter(self.rules, selection, lang=self.lang or config.lang or DEFAULT_LANG,
                      year=self.year, options=dict(config.options), edition=config.edition)

    def output_lang(self) -> str:
        """The language of the output's own words (summary, headers)."""
        if self.lang:
            return self.lang
        langs = {linter.lang for linter in self.linters}
        return langs.pop() if len(langs) == 1 else DEFAULT_LANG


_LINTERS: list[Linter] = []


def _init_worker(linters: list[Linter]) -> None:
    global _LINTERS
    _LINTERS = linters


def _init_pool_worker(linters: list[Linter]) -> None:
    _init_worker(linters)
    _bulk_collector()


# Linting makes and frees many small objects, nearly all without reference cycles (freed
# at once by their reference counts), so the cycle collector's frequent passes find little:
# bulk runs make it run less often and leave the objects made at start-up out of its passes.
# (Measured on 2,000 reports: about 2 % of the run; memory stays flat.)
_BULK_THRESHOLDS = (20_000, 50, 50)


def _bulk_collector() -> tuple[int, int, int]:
    """Tune the cycle collector for a bulk run; returns the thresholds it had."""
    import gc

    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*_BULK_THRESHOLDS)
    return before


def _serial(tasks: list[tuple[str, int]]) -> Iterator[FileResult]:
    import gc

    before = _bulk_collector()
    try:
        for task in tasks:
            yield _lint_task(task)
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def _lint_task(task: tuple[str, int]) -> FileResult:
    path, index = task
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return FileResult(path, errors=[f"{path}: cannot read: {error.strerror or error}"])
    return _LINTERS[index].lint_bytes(data, path)


def results(linters: list[Linter], tasks: list[tuple[str, int]], jobs: int,
            stdin_name: str) -> Iterator[FileResult]:
    """Results in input order, streamed (memory stays flat in the number of files).

    ``tasks`` pairs each input with the index of its linter in ``linters``; worker
    processes get the same linters, so every file is configured the same with ``-j``.
    """
    on_disk = [task for task in tasks if task[0] != STDIN]
    for path, index in tasks:
        if path == STDIN:
            yield linters[index].lint_bytes(sys.stdin.buffer.read(), stdin_name)
            break
    if jobs > 1 and len(on_disk) > 1:
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        if context.get_start_method() == "fork":
            from ..parser import prepare

            prepare()  # loaded once here, inherited by every worker
        # Chunks of up to 32 files: fewer round trips between the processes (measured:
        # -j2 on 2,000 reports 2.32 s with chunks of 8, 2.20 s with 32), yet enough
        # chunks that the workers finish together.
        chunk = max(1, min(32, len(on_disk) // (jobs * 4)))
        with context.Pool(jobs, initializer=_init_pool_worker, initargs=(linters,)) as pool:
            yield from pool.imap(_lint_task, on_disk, chunksize=chunk)
        return
    _init_worker(linters)
    yield from _serial(on_disk)


def _progress(total: int) -> Callable[[int | None], None]:
    """A Rich progress bar on standard error (the output on standard output stays clean)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress("[progress.description]{task.description}", BarColumn(),
                   MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("checking", total=total)
    bar.start()

    def advance(done: int | None) -> None:
        if done is None:
            bar.stop()
        else:
            bar.update(task, completed=done)

    return advance


def _settings(args: argparse.Namespace) -> str:
    """What on the command line can change a file's result (the cache key's part)."""
    return repr((args.select, args.ignore, args.extend_select, args.year, args.lang,
                 args.config and os.path.abspath(args.config), args.isolated, args.previous))


def _open_cache(args: argparse.Namespace) -> ResultCache | None:
    from ..cachedir import caching_disabled

    if args.no_cache or caching_disabled():
        return None
    from ..cache import ResultCache
    from ..cachedir import default_directory

    return ResultCache(args.cache_dir or default_directory(), _settings(args), args.config,
                       args.isolated)


def _from_cache(cache: ResultCache | None, files: list[str]
                ) -> tuple[dict[int, FileResult], dict[int, str], set[str]]:
    """Results found in the cache (by input index), the keys of the others, and the
    languages the cached results were worded in."""
    found: dict[int, FileResult] = {}
    keys: dict[int, str] = {}
    langs: set[str] = set()
    if cache is None:
        return found, keys, langs
    for index, path in enumerate(files):
        if path == STDIN:
            continue
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            continue  # reported by the linting pass
        key = cache.key(path, data)
        hit = cache.get(key)
        if hit is None:
            keys[index] = key
        else:
            langs.add(hit[0])
            found[index] = FileResult(path, hit[1])
    return found, keys, langs


def run_check(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    if args.previous:
        raise UsageError("--previous is not supported yet: the cross-year checks (DL801, "
                         "DL802) are not written")
    files = collect(args.paths)
    cache = _open_cache(args)
    cached, keys, langs = _from_cache(cache, files)
    stdin_name = args.stdin_filename or STDIN
    fresh: Iterator[FileResult] = iter(())
    lang = args.lang or (langs.pop() if len(langs) == 1 else DEFAULT_LANG)
    linters: Linters | None = None
    if len(cached) < len(files):
        linters = Linters(args)
        # every configuration is found and validated before any output (exit 2 if bad)
        tasks = [(path, linters.index_for(path if path != STDIN else args.stdin_filename))
                 for i, path in enumerate(files) if i not in cached]
        lang = linters.output_lang()
        fresh = results(linters.linters, tasks, args.jobs, stdin_name)
    from ..render import make_renderer

    renderer = make_renderer(args.format, lang, sys.stdout, statistics=args.statistics,
                             quiet=args.quiet)
    worst = -1
    failed = False
    progress = _progress(len(files)) if args.progress else None
    renderer.start()
    for index in range(len(files)):
        result = cached.get(index) or next(fresh)
        if progress is not None:
            progress(index + 1)
        for line in result.errors:
            print(f"disclosure-lint: {line}", file=sys.stderr)
            failed = True
        if cache is not None and linters is not None and index in keys and not result.errors:
            linter = linters.linters[linters.index_for(files[index])]
            cache.put(keys[index], linter.lang, result.diagnostics)
        renderer.file(result)
        for diag in result.diagnostics:
            worst = max(worst, diag.severity.rank)
    if progress is not None:
        progress(None)
    renderer.stop()
    if failed:
        return 2
    if args.exit_zero:
        return 0
    threshold = Severity.WARNING.rank if args.strict else Severity.ERROR.rank
    return 1 if worst >= threshold else 0

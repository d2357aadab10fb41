"""Splitting glued digits (``640020470``) back into table cells.

Crawled pages often lose the cell boundaries of a table: ``80|1|0|0|0|0|81``
becomes ``801000081``.  A row can be read back when only one split makes the
row's identity hold (the six applicant columns add up to the total, or the
four outcomes of a T4 group add up to its total).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

Split = tuple[int, ...]
Check = Callable[[Split], bool]

MAX_CANDIDATES = 64
# How many splits are tried at most: a long garbled digit run has billions of them,
# and a linter must not hang on it (the row is then reported as unreadable, DL203).
MAX_TRIED = 20_000


def _parts(digits: str, count: int) -> Iterator[tuple[int, ...]]:
    """Every way to cut ``digits`` into ``count`` numbers without leading zeros."""
    if count == 1:
        if len(digits) == 1 or not digits.startswith("0"):
            yield (int(digits),)
        return
    if digits.startswith("0"):
        heads = [1]
    else:
        heads = list(range(1, len(digits) - count + 2))
    for head in heads:
        if len(digits) - head < count - 1:
            break
        first = int(digits[:head])
        for rest in _parts(digits[head:], count - 1):
            yield (first, *rest)


def _distributions(lengths: list[int], total: int) -> Iterator[list[int]]:
    """How many numbers each token holds, given the token lengths."""
    if not lengths:
        if total == 0:
            yield []
        return
    head, rest = lengths[0], lengths[1:]
    for count in range(1, min(head, total - len(rest)) + 1):
        for tail in _distributions(rest, total - count):
            yield [count, *tail]


def splits(tokens: list[str], count: int, check: Check | None = None) -> list[Split]:
    """The splits of the digit ``tokens`` into ``count`` numbers that pass ``check``.

    At most ``MAX_CANDIDATES`` are returned; an empty list means none fits.
    """
    if any(not t.isdigit() for t in tokens) or sum(map(len, tokens)) < count:
        return []
    found: list[Split] = []
    tried = 0
    for plan in _distributions([len(t) for t in tokens], count):
        for combo in _combine(tokens, plan):
            tried += 1
            if tried > MAX_TRIED:
                return []
            if check is None or check(combo):
                found.append(combo)
                if len(found) >= MAX_CANDIDATES:
                    return found
    return found


def _combine(tokens: list[str], plan: list[int]) -> Iterator[Split]:
    if not tokens:
        yield ()
        return
    for head in _parts(tokens[0], plan[0]):
        for tail in _combine(tokens[1:], plan[1:]):
            yield head + tail


def row_total_check(split: Split) -> bool:
    """A T3 row: the six applicant columns add up to the total."""
    return sum(split[:-1]) == split[-1]


def groups_check(size: int) -> Check:
    """T4: in every group of ``size`` cells the first ``size - 1`` add up to the last."""

    def check(split: Split) -> bool:
        return all(sum(split[i:i + size - 1]) == split[i + size - 1]
                   for i in range(0, len(split), size))

    return check

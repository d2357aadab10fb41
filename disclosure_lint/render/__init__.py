"""Output formats, each a renderer with a lifecycle: start, file, stop."""

from __future__ import annotations

from typing import TextIO

from .base import Renderer


def make_renderer(fmt: str, lang: str, out: TextIO, statistics: bool = False,
                  quiet: bool = False) -> Renderer:
    if fmt == "text":
        from .text import TextRenderer
        return TextRenderer(lang, out, statistics, quiet)
    from . import machine
    renderers: dict[str, type[Renderer]] = {
        "json": machine.JsonRenderer, "sarif": machine.SarifRenderer,
        "github": machine.GithubRenderer, "csv": machine.CsvRenderer,
    }
    return renderers[fmt](lang, out, statistics, quiet)

"""The built-in rules, one module per rule.

Each module defines ``RULE`` (a ``disclosure_lint.rule.Rule``) and is registered
in ``pyproject.toml`` under the ``disclosure_lint.rules`` entry-point group.
"""

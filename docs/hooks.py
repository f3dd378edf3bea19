"""MkDocs hook: fill the errors page from ``quotekit.errors``, so it lists every code."""

from __future__ import annotations

import inspect

EXCEPTIONS = "<!-- quotekit:exceptions -->"
CODES = "<!-- quotekit:codes -->"


def on_page_markdown(markdown, page, config, files):
    if EXCEPTIONS not in markdown and CODES not in markdown:
        return markdown
    from quotekit import errors

    return markdown.replace(EXCEPTIONS, _exceptions(errors)).replace(CODES, _codes(errors))


def _exceptions(errors) -> str:
    rows = ["| Exception | Also a | When |", "| --- | --- | --- |"]
    for name, cls in vars(errors).items():
        if inspect.isclass(cls) and issubclass(cls, errors.QuotekitError):
            builtin = ", ".join(
                f"`{base.__name__}`" for base in cls.__bases__ if base.__module__ == "builtins"
            )
            rows.append(f"| `{name}` | {builtin or '—'} | {inspect.getdoc(cls) or ''} |")
    return "\n".join(rows)


def _codes(errors) -> str:
    rows = ["| Code | Message |", "| --- | --- |"]
    for name, template in sorted(vars(errors.Errors).items()):
        if name.startswith("E") and isinstance(template, str):
            message = template.split("] ", 1)[1].replace("|", "\\|")
            rows.append(f"| `{name}` | `{message}` |")
    return "\n".join(rows)

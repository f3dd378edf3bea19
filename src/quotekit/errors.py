"""quotekit's exceptions and the table of their messages.

Every message has a code (``E001``) so that users can search for it and tests can
check it without depending on its wording. Exceptions derive from ``QuotekitError``
and from the built-in exception they resemble, so ``except ValueError`` still works.
"""

from __future__ import annotations


class Errors:
    """Message templates, keyed by code. Format them with ``str.format``."""

    E001 = (
        "[E001] quotekit.{func} expects the article as a str, not {type}. "
        "Decode bytes first (text = data.decode('utf-8')) or read the file with "
        "open(path, encoding='utf-8')."
    )
    E002 = "[E002] Lexicon file {path}, line {line}: {entry!r} is not a valid entry: {why}."
    E003 = (
        "[E003] Lexicon addition {entry!r} for {field!r} is not valid: {why}. "
        "Entries are non-empty words without spaces or punctuation, for example '首席顾问'."
    )
    E004 = "[E004] Unknown lexicon field {field!r}. Extendable fields: {fields}."
    E005 = "[E005] Cue {entry!r} has unknown kind {kind!r}; use one of: {kinds}."
    E006 = "[E006] Cue {entry!r} has unknown flag {flag!r}; use any of: {flags}."
    E010 = "[E010] {path}: cannot decode as {encoding} at byte {offset}: {reason}. {hint}"
    E011 = "[E011] {path}: {reason}"
    E012 = "[E012] {where}:{line}: {reason}"
    E013 = "[E013] Unknown output format {fmt!r}; use one of: {formats}."
    E014 = "[E014] Unknown encoding {encoding!r}: {reason}"
    E015 = (
        "[E015] {where}: extraction failed ({error}). This is a bug in quotekit: "
        "please report it with the text that caused it."
    )
    E016 = "[E016] jobs must be a whole number of worker processes, 1 or more, not {jobs!r}."
    E020 = (
        "[E020] The optional dependency {package!r} is needed for {feature}. "
        "Install it with: pip install {extra}"
    )
    E040 = "[E040] quotekit.{func}: {what} must be {expected}, not {type}."
    E041 = (
        "[E041] A quote spans {start}-{end} but the text has only {length} characters: "
        "pass the text the quotes were extracted from."
    )
    E042 = (
        "[E042] to_dataframe: item {index} is a {type}; give Quote records, flat rows "
        "(dicts keyed by quotekit.tables.COLUMNS) or (doc, quotes) pairs."
    )
    E043 = "[E043] quotekit.{func}: the dataframe has no column {column!r}; its columns: {columns}."


class QuotekitError(Exception):
    """Base class of every exception quotekit raises."""


class LexiconError(QuotekitError, ValueError):
    """A lexicon entry (shipped file or user addition) is malformed."""


class InputError(QuotekitError, ValueError):
    """An input document could not be read or decoded."""


class ArgumentTypeError(QuotekitError, TypeError):
    """A public function got an argument of the wrong type."""


class ArgumentValueError(QuotekitError, ValueError):
    """A public function got an argument of the right type but a wrong value."""


class MissingDependencyError(QuotekitError, ImportError):
    """An optional dependency needed for the requested feature is not installed."""

"""quotekit: who said what in Chinese news.

>>> import quotekit
>>> quote = quotekit.extract("“这项技术已经成熟。”浙江大学教授林晓峰说。")[0]
>>> quote.text, quote.speaker.name, quote.speaker.title, quote.speaker.org
('这项技术已经成熟。', '林晓峰', '教授', '浙江大学')
"""

from .about import __version__
from .batch import extract_many
from .entities import EntityFinder, entities
from .errors import ArgumentTypeError, InputError, LexiconError, QuotekitError
from .extract import Analysis, Extractor, analyze, extract
from .lexicon import Lexicon, load_lexicon
from .records import Entity, Mention, Person, Position, Quote, Speaker
from .render import render
from .tables import to_dataframe

__all__ = [
    "Analysis",
    "ArgumentTypeError",
    "Entity",
    "EntityFinder",
    "Extractor",
    "InputError",
    "Lexicon",
    "LexiconError",
    "Mention",
    "Person",
    "Position",
    "Quote",
    "QuotekitError",
    "Speaker",
    "__version__",
    "analyze",
    "entities",
    "extract",
    "extract_many",
    "load_lexicon",
    "render",
    "to_dataframe",
]

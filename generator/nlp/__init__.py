"""spaCy-based extraction: the model, entities, dates, figures, quotes and event mentions."""

"""The project store: one SQLite file per project, documents, turns, cases, attributes, importers."""

"""Exports of coded material: Word, spreadsheets, Iramuteq corpora, thematic grids."""

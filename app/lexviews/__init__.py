"""Views of lexical analyses (statistics, concordance, Reinert, similarity, specificities)."""

"""Pure lexicometry: cleaning, text segments, spaCy lemmas, statistics, Reinert classification,
similarity, specificities. Texts in, results out: no database, no Qt."""

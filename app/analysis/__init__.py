"""Running lexical analyses for the command line and the GUI (Qt-free: never import PySide6 here).

* :mod:`app.analysis.inputs` — what is analysed: a project selection or an importable file, as
  :class:`~lexical.sources.SourceText` objects, with the annotation cache to use;
* :mod:`app.analysis.params` — the parameters of each analysis (``to_dict``/``from_dict``);
* :mod:`app.analysis.runs` — ``prepare`` (the lexical corpus) and ``run_*`` (stats, Reinert, double
  Reinert, similarity, specificities, concordance), with progress and cancellation;
* :mod:`app.analysis.results` — plain result dataclasses a view needs, serialisable to bytes for
  :class:`corpus.caches.AnalysisStore` (``to_bytes``/``from_bytes``);
* :mod:`app.analysis.drawing` — matplotlib figures drawn from results (also from saved ones).
"""

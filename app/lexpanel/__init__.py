"""The analysis panel: run lexicometric analyses on a selection of the project, list the saved runs,
reopen them in their views. :mod:`app.lexpanel.worker`, :mod:`app.lexpanel.prepared` and
:mod:`app.lexpanel.warm` are Qt-free (they also run in the warm analysis process); import the Qt modules
(``panel``, ``runner``...) directly."""

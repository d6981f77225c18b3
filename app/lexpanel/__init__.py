"""The analysis panel: run lexicometric analyses on a selection of the project, list the saved runs,
reopen them in their views. Only :mod:`app.lexpanel.worker` is Qt-free (it also runs in a child process);
import the Qt modules (``panel``, ``runner``...) directly."""

"""The corpus preparation form offers the lemmatiser: IRaMuTeQ's dictionary by default, spaCy as an option."""

from __future__ import annotations

from app.analysis.params import PrepParams
from app.lexpanel.param_forms import PrepForm


def test_prep_form_lemmatiser_default_and_round_trip(qtbot):
    form = PrepForm()
    qtbot.addWidget(form)
    assert form.params()["lemmatiser"] == "dictionary"
    assert [form.lemmatiser.itemData(i) for i in range(form.lemmatiser.count())] == ["dictionary", "spacy"]
    form.set_params(PrepParams(lemmatiser="spacy", target=30).to_dict())
    params = PrepParams.from_dict(form.params())
    assert params.lemmatiser == "spacy" and params.target == 30
    form.set_params({})  # results saved before the setting existed: the dictionary
    assert form.params()["lemmatiser"] == "dictionary"

"""app.analysis (Qt-free): inputs, runs, results and their byte round trips, figures from results.

Most tests pass a small hand-made lexicon to skip spaCy; one slow test uses the real model.
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from app.analysis import drawing, runs
from app.analysis.inputs import (
    InputFilter,
    document_id_of,
    open_input,
    sanitize_variables,
    sources_from_file,
    sources_from_path,
    units_to_sources,
)
from app.analysis.params import KwicParams, PrepParams, ReinertParams, SimilarityParams, SpecificitiesParams
from app.analysis.results import ReinertResult, SimilarityResult, StatsResult, load_result
from app.analysis.serial import from_jsonable, to_jsonable, unpack
from coding.selection import TextUnit
from lexical.annotate import MemoryCache
from lexical.progress import Cancelled, CancelToken
from lexical.sources import SourceText

REPO = Path(__file__).resolve().parents[2]
THEMES = {
    "travail": ["usine", "salaire", "ouvrier", "patron", "grève", "machine", "atelier", "contrat", "horaire", "syndicat"],
    "famille": ["enfant", "mère", "père", "maison", "repas", "école", "frère", "soeur", "grand", "vacances"],
    "santé": ["médecin", "hôpital", "malade", "soin", "douleur", "infirmière", "traitement", "fatigue", "docteur", "pharmacie"],
}
TOOLS = ["le", "la", "les", "et", "de", "un", "une", "dans", "pour", "avec"]
LEXICON = {w: (w, "art_def") for w in ("le", "la", "les", "un", "une")} | {
    "et": ("et", "con"), "de": ("de", "pre"), "dans": ("dans", "pre"), "pour": ("pour", "pre"),
    "avec": ("avec", "pre"), "ouvriers": ("ouvrier", "nom"), "enfants": ("enfant", "nom")}


def sentence(rng: random.Random, theme: str) -> str:
    words = [rng.choice(THEMES[theme]) if rng.random() < 0.6 else rng.choice(TOOLS) for _ in range(12)]
    return " ".join(words) + "."


def make_sources(n_texts: int = 12, sentences: int = 12, seed: int = 1) -> list[SourceText]:
    """Texts about one theme each (themes in turn), variable ``annee`` with 3 modalities."""
    rng = random.Random(seed)
    themes = list(THEMES)
    out = []
    for t in range(n_texts):
        theme = themes[t % 3]
        text = " ".join(sentence(rng, theme) for _ in range(sentences)) + " Les ouvriers et les enfants."
        out.append(SourceText(f"d{t + 1}:0", text, {"annee": str(2000 + t % 3), "theme": theme}, 5))
    return out


@pytest.fixture(scope="module")
def corpus():
    return runs.prepare(make_sources(), MemoryCache(), PrepParams(), lexicon=LEXICON)


@pytest.fixture(scope="module")
def reinert(corpus) -> ReinertResult:
    return runs.run_reinert(corpus, ReinertParams(nbcl_p1=6), selection={"test": True})


# ------------------------------------------------------------------------------------- inputs
def test_units_to_sources_keys_offsets_and_sanitised_variables():
    unit = TextUnit("d7:t3", 7, 120, "Bonjour à tous.", {"Âge (ans)": "34", "région": "Île-de-France", "vide": ""})
    (source,) = units_to_sources([unit])
    assert (source.key, source.offset, source.text) == ("d7:t3", 120, "Bonjour à tous.")
    assert source.variables == {"Ageans": "34", "region": "Ile_de_France"}
    assert document_id_of(source.key) == 7 and document_id_of("3.1") is None
    assert sanitize_variables({"a": "x", "A": "y"}) == {"a": "x", "A": "y"}


def test_sources_from_iramuteq_file_sections_and_where(tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text("**** *annee_2001 *sexe_f\nPremier texte ici.\n-*theme\nSection deux.\n"
                    "**** *annee_2002 *sexe_h\nSecond texte.\n", encoding="utf-8")
    found = sources_from_file(path, use_cache=False)
    assert [s.text.strip() for s in found.sources] == ["Premier texte ici.", "Section deux.", "Second texte."]
    assert found.sources[0].variables == {"annee": "2001", "sexe": "f"}
    assert isinstance(found.cache, MemoryCache)
    only = sources_from_file(path, InputFilter(where={"annee": ("2002",)}), use_cache=False)
    assert [s.text.strip() for s in only.sources] == ["Second texte."]
    with pytest.raises(ValueError, match="project"):
        sources_from_file(path, InputFilter(code="A/B"))


def test_sources_from_transcript_file_turns_speakers_interviewer(tmp_path):
    path = tmp_path / "entretien.txt"
    text = ("Enquêteur : Parlez-moi de votre travail.\nSophie : Je suis infirmière de nuit.\n"
            "Enquêteur : Et la fatigue ?\nSophie : Elle est constante.\n")
    path.write_text(text, encoding="utf-8")
    sources, cache = sources_from_path(path, InputFilter(exclude_interviewer=True), use_cache=False)
    assert [s.variables.get("locuteur") for s in sources] == ["Sophie", "Sophie"]
    assert sources[0].text == "Je suis infirmière de nuit."
    assert text[sources[0].offset:].startswith("Je suis")
    assert len(sources_from_file(path, use_cache=False).sources) == 4
    with pytest.raises(ValueError, match="empty"), open_input(path, InputFilter(speakers=("Paul",)),
                                                              use_cache=False):
        pass
    with pytest.raises(FileNotFoundError), open_input(tmp_path / "absent.txt"):
        pass


def test_open_input_project_selection_and_cache(tmp_path):
    from coding.codebook import CodebookService
    from coding.codings import CodingService
    from coding.testing import make_project, transcript
    from coding.types import Span
    from corpus.cases import CaseService
    from corpus.documents import CorpusService

    text = "Enquêteur : Et le travail ?\nSophie : La fatigue de nuit est constante.\nPaul : Le salaire compte.\n"
    project = make_project(tmp_path / "p.vbt", [transcript("Entretien", text, {"site": "Paris"})])
    cases = {c.name: c.id for c in CaseService(project).cases()}
    CaseService(project).set_interviewer(cases["Enquêteur"], True)
    code = CodebookService(project).create("Fatigue")
    start = text.index("La fatigue")
    doc_id = CorpusService(project).documents()[0].id
    CodingService(project).apply(code.id, [Span(doc_id, start, start + len("La fatigue de nuit"))], "t")
    project.close()
    with open_input(tmp_path / "p.vbt", InputFilter(exclude_interviewer=True)) as found:
        assert [s.variables["locuteur"] for s in found.sources] == ["Sophie", "Paul"]
        assert found.sources[0].variables["site"] == "Paris"
        assert found.sources[0].key.startswith(f"d{doc_id}:")
        assert type(found.cache).__name__ == "ProjectAnnotationCache"
    with open_input(tmp_path / "p.vbt", InputFilter(code="Fatigue")) as found:
        assert [s.text for s in found.sources] == ["La fatigue de nuit"]
        assert found.sources[0].offset == start
    for bad in (InputFilter(speakers=("Nobody",)), InputFilter(code="Absent")):
        with pytest.raises(ValueError), open_input(tmp_path / "p.vbt", bad):
            pass


# --------------------------------------------------------------------------------------- runs
def test_prepare_rejects_empty_input():
    with pytest.raises(ValueError, match="empty"):
        runs.prepare([], lexicon={})
    with pytest.raises(ValueError, match="no word"):
        runs.prepare([SourceText("a", " ... !")], lexicon={})


def test_stats_summary_and_round_trip(corpus):
    result = runs.run_stats(corpus)
    s = result.summary
    assert s["segments"] == len(corpus.segments) and s["texts"] == 12
    assert s["occurrences"] == sum(len(seg) for seg in corpus.segments) == sum(r.freq for r in result.frequencies)
    assert s["lemmas"] < s["forms"]  # ouvriers -> ouvrier, enfants -> enfant
    assert result.zipf == sorted(result.zipf, reverse=True)
    assert {r.status for r in result.frequencies} == {"active", "supplementary"}
    again = StatsResult.from_bytes(result.to_bytes())
    assert again == result and again.prep["lemmatize"] is True


def test_reinert_result_is_consistent(corpus, reinert):
    r = reinert
    assert len(r.labels) == len(r.segments) == len(corpus.segments)
    assert r.info["n_classes"] == len(r.classes) >= 3
    assert sum(c.size for c in r.classes) == r.info["n_classified"] == sum(1 for v in r.labels if v)
    assert r.tree is not None and r.tree.size == r.info["n_classified"]
    # each class is one theme: its top words come from one pool
    for c in r.classes:
        top = set(r.top_words(c.number, 5))
        assert any(top <= set(pool) for pool in THEMES.values()), top
        rows = r.profile(c.number)
        assert [x.chi2 for x in rows] == sorted((x.chi2 for x in rows), reverse=True)
        assert all(r.labels[t.segment] == c.number for t in r.typical[c.number])
    seg = r.segments[0]
    source = corpus.sources[0]
    assert seg.document_id == 1 and seg.text.split()[0].lower() == source.text[seg.start - 5:].split()[0].lower()
    assert {x.kind for x in r.profiles} >= {"active", "modality"}
    assert r.modalities is not None and len(r.modalities.counts[0]) == len(r.classes)
    assert r.ca is not None and len(r.ca.rows) == len(r.classes) and r.ca.columns
    assert r.selection == {"test": True} and r.prep["min_freq"] == 3


def test_reinert_round_trip_and_figures(reinert):
    data = reinert.to_bytes()
    again = load_result(data)
    assert isinstance(again, ReinertResult) and again == reinert
    assert isinstance(again.typical, dict) and all(isinstance(k, int) for k in again.typical)
    assert drawing.dendrogram_figure(again) is not None
    assert drawing.reinert_map_figure(again) is not None
    with pytest.raises(ValueError, match="similarity"):
        SimilarityResult.from_bytes(data)


def format_1_bytes(result: ReinertResult) -> bytes:
    """``result`` as Verbatim saved it before format 2: compressed JSON, segments as a list of dicts."""
    data = to_jsonable(result)
    data["segments"] = [{"id": s.id, "key": s.key, "document_id": s.document_id, "start": s.start, "end": s.end,
                         "text": s.text} for s in result.segments]
    data["labels"] = list(result.labels)
    text = json.dumps({"kind": "reinert", "version": 1, "data": data}, ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"))


def test_reinert_results_saved_in_format_1_still_open(reinert):
    again = load_result(format_1_bytes(reinert))
    assert isinstance(again, ReinertResult) and again == reinert and again.labels == reinert.labels
    assert [s.text for s in again.segments] == [s.text for s in reinert.segments]
    assert again.segments[3] == reinert.segments[3] and again.typical == reinert.typical
    assert ReinertResult.from_bytes(format_1_bytes(reinert)).segments[-1].end == reinert.segments[-1].end


def test_reinert_bytes_are_compact_and_keep_typical_texts(reinert):
    data = reinert.to_bytes()
    raw = zlib.decompress(data)
    assert raw[:4] == b"VBIN" and b'"id":' not in raw  # arrays, not a list of segment dicts
    again = load_result(data)
    typical = {t.segment for rows in reinert.typical.values() for t in rows}
    # documents of the project: only the typical segments keep their text (the others are in the documents)
    assert all(again.segments.text(i) == reinert.segments.text(i) for i in typical)
    other = next(i for i in range(len(reinert.segments)) if i not in typical)
    assert again.segments.text(other) == "" and again.segments[other].start == reinert.segments[other].start
    assert again.segments.document_ids() == reinert.segments.document_ids()
    assert isinstance(again.labels, list) and again.labels == reinert.labels


def test_reinert_of_a_file_keeps_every_text():
    corpus = runs.prepare([SourceText(str(i), s.text, s.variables) for i, s in enumerate(make_sources())],
                          MemoryCache(), PrepParams(), lexicon=LEXICON)
    result = runs.run_reinert(corpus, ReinertParams(nbcl_p1=4))
    again = load_result(result.to_bytes())
    assert not again.segments.has_documents() and again.segments[0].document_id is None
    assert [s.text for s in again.segments] == [s.text for s in result.segments] and again.segments[5].text


def test_reinert_rainette_and_double(corpus):
    r = runs.run_reinert(corpus, ReinertParams(preset="rainette", k=3))
    assert len(r.classes) == 3 and r.params.preset == "rainette"
    d = runs.run_double_reinert(corpus, ReinertParams(nbcl_p1=4))
    assert d.params.double and d.splits == [] and len(d.labels) == len(corpus.segments)
    if d.classes:
        assert drawing.dendrogram_figure(load_result(d.to_bytes())) is not None


def test_reinert_matrix_checks_and_names():
    X = sp.csr_matrix(np.kron(np.eye(3), np.ones((8, 4))))
    r = runs.run_reinert_matrix(X, None, ReinertParams(nbcl_p1=3, mincl=2))
    assert r.segments[0].key == "1" and r.profiles[0].form.isdigit()
    assert len(set(r.labels)) == 3
    with pytest.raises(ValueError, match="binary"):
        runs.run_reinert_matrix(X * 2)
    with pytest.raises(ValueError, match="form names"):
        runs.run_reinert_matrix(X, ["a", "b"])


def test_progress_and_cancel(corpus):
    seen: list[float] = []
    runs.run_reinert(corpus, ReinertParams(nbcl_p1=4), progress=lambda f, m="": seen.append(f))
    assert seen and seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        runs.run_reinert(corpus, ReinertParams(nbcl_p1=4), cancel=token)


def test_similarity_tree_and_round_trip(corpus):
    result = runs.run_similarity(corpus, SimilarityParams(top_n=20))
    assert len(result.nodes) == 20 and len(result.edges) == 19
    assert all(0.0 <= n.x <= 1.0 for n in result.nodes)
    assert load_result(result.to_bytes()) == result
    assert drawing.similarity_figure(result) is not None
    full = runs.run_similarity(corpus, SimilarityParams(top_n=10, tree=False, index="jaccard", threshold=0.1))
    assert all(e.weight >= 0.1 for e in full.edges)


def test_specificities_variable_checks_and_scores(corpus):
    with pytest.raises(ValueError, match="known: annee, theme"):
        runs.run_specificities(corpus, "age")
    result = runs.run_specificities(corpus, "theme")
    assert result.modalities == ["famille", "santé", "travail"]
    top = {f for f, _ in result.top("santé", 5)}
    assert top <= set(THEMES["santé"])
    assert result.ca is not None and drawing.specificities_map_figure(result) is not None
    chi = runs.run_specificities(corpus, "annee", "chi2")
    assert chi.method == "chi2" and load_result(chi.to_bytes()) == chi


def test_specificities_bytes_hold_arrays_and_old_results_still_open(corpus):
    result = runs.run_specificities(corpus, "theme")
    kind, payload, arrays = unpack(result.to_bytes())
    assert kind == "specificities" and "scores" not in payload
    assert arrays["scores"].shape == arrays["counts"].shape == (len(result.forms), 3)
    text = json.dumps({"kind": "specificities", "version": 1, "data": to_jsonable(result)}, ensure_ascii=False)
    assert load_result(zlib.compress(text.encode("utf-8"))) == result  # saved before format 2
    result.scores[0][0] = None  # an infinite score read back from format 1 (JSON has no inf)
    again = load_result(result.to_bytes())
    assert math.isnan(again.scores[0][0]) and again.scores[1:] == result.scores[1:]


def test_kwic_offsets_point_into_the_document(corpus):
    result = runs.run_kwic(corpus, "ouvrier", "lemma", sort="left")
    assert {line.keyword for line in result.lines} >= {"ouvriers", "ouvrier"}
    for line in result.lines:
        source = corpus.sources[line.document_id - 1]
        assert source.text[line.start - source.offset:line.end - source.offset] == line.keyword
    assert load_result(result.to_bytes()) == result


def test_params_round_trip():
    for params in (PrepParams(overrides={"x": "ignored"}), ReinertParams(k=4, preset="rainette"),
                   SimilarityParams(threshold=2.5, communities=None), SpecificitiesParams("annee", "chi2"),
                   KwicParams("travail", "lemma", words=5)):
        assert type(params).from_dict(params.to_dict()) == params
    assert ReinertParams.from_dict({}) == ReinertParams()
    assert to_jsonable({"a": np.float64("nan"), "b": np.arange(2)}) == {"a": None, "b": [0, 1]}
    assert from_jsonable(PrepParams, {"min_freq": 2, "unknown": 1}).min_freq == 2


def test_analysis_modules_do_not_import_qt():
    code = ("import sys, app.analysis.runs, app.analysis.drawing, app.analysis.inputs, app.cli.lex_cmds; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


# ------------------------------------------------------------------------------ real spaCy model
@pytest.mark.slow
def test_prepare_with_spacy_lemmatises_and_caches():
    from lexical.annotate import SpacyAnnotator

    cache = MemoryCache()
    sources = [SourceText("d1:0", "Les ouvriers travaillaient dans les usines. Les enfants allaient à l'école.")]
    corpus = runs.prepare(sources, cache, PrepParams(lemmatiser="spacy"), annotator=SpacyAnnotator())
    assert corpus.unit_of["ouvriers"] == "ouvrier" and corpus.units["le"].status == "supplementary"
    assert len(cache.data) == 2  # the text's annotation, and the lexicon of this corpus
    annotator = SpacyAnnotator()
    again = runs.prepare(sources, cache, PrepParams(lemmatize=False, lemmatiser="spacy"), annotator=annotator)
    assert "ouvriers" in again.units and annotator._nlp is None  # nothing annotated the second time


def test_small_phase1_leaves_are_counted_for_the_hint(reinert):
    from dataclasses import replace

    from app.analysis.results import SplitRow

    splits = [SplitRow(1, 1, (2, 3), (90, 10), 50.0), SplitRow(2, 2, (4, 5), (85, 5), 20.0),
              SplitRow(3, 3, (6, 7), (6, 4), 5.0)]
    result = replace(reinert, splits=splits, info={**reinert.info, "mincl": 8})
    # leaves: 4 (85 segments, a class), 5, 6 and 7 (5, 6 and 4 segments: under mincl 8)
    assert sorted(result.small_leaves()) == [4, 5, 6]
    assert replace(result, info={**reinert.info, "mincl": 0}).small_leaves() == []


def test_one_user_cache_folder_for_regexes_and_file_annotations(tmp_path, monkeypatch) -> None:
    from app.analysis.inputs import _file_cache
    from lexical.cache_dir import user_cache_dir

    monkeypatch.setenv("VERBATIM_CACHE_DIR", str(tmp_path / "mine"))
    assert user_cache_dir() == tmp_path / "mine"
    assert _file_cache(True).path == tmp_path / "mine" / "annotations"
    monkeypatch.delenv("VERBATIM_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    assert user_cache_dir() == tmp_path / "xdg" / "verbatim"


def test_a_closed_project_lends_its_corpus_lexicon_too(tmp_path):
    from coding.testing import make_project, transcript
    from lexical.annotate import SpacyAnnotator, cache_key, summarize
    from lexical.lexicon_cache import corpus_lexicon, lexicon_key

    version = SpacyAnnotator().version

    class Fake:
        def processes_for(self, total_chars: int) -> int:
            return 1

        def annotate(self, texts, n_process=1):  # noqa: ANN001, ANN201
            return (summarize((w, w, "NOUN") for w in t.split()) for t in texts)

    Fake.version = version
    make_project(tmp_path / "p.vbt", [transcript("Entretien", "Sophie : la fatigue.\nPaul : le salaire.\n")]).close()
    with open_input(tmp_path / "p.vbt") as found:
        lexicon = corpus_lexicon([s.text for s in found.sources], Fake(), found.cache)
        texts = [s.text for s in found.sources]
    _sources, cache = sources_from_path(tmp_path / "p.vbt")  # the project is closed: a prefetched copy
    assert cache.load(lexicon_key([cache_key(t, version) for t in texts], version)) is not None
    assert corpus_lexicon(texts, Fake(), cache) == lexicon

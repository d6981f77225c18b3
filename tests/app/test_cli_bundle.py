"""``lex reinert ... --bundle DIR``: a bundle from which the classification runs again to the identical partition,
from its matrix and from its texts, with every parameter, the lexicon used and the versions."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from app.cli.main import main
from lexical.matrix_io import write_matrix
from tests.lexical.test_stability import planted

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def partition(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(row[0], row[1]) for row in list(csv.reader(handle))[1:]]


def test_bundle_of_a_text_corpus_runs_again_identically(tmp_path, capsys):
    corpus = tmp_path / "entretiens.txt"
    corpus.write_text("\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("entretien_*.txt"))),
                      encoding="utf-8")
    bundle = tmp_path / "bundle"
    assert main(["lex", "reinert", str(corpus), "--nbcl-p1", "4", "--stability", "3", "--bundle", str(bundle),
                 "--out", str(tmp_path / "out")]) == 0
    for name in ("corpus.txt", "segments.tsv", "lexicon.tsv", "matrix.mtx", "forms.txt", "segment_class.csv",
                 "profiles.csv", "stability.csv", "parameters.json", "versions.json", "README.md"):
        assert (bundle / name).is_file(), name
    params = json.loads((bundle / "parameters.json").read_text(encoding="utf-8"))
    assert params["reinert"]["nbcl_p1"] == 4 and params["random"]["stability_runs"] == 3
    assert params["preparation"]["lemmatiser"] == "dictionary"
    versions = json.loads((bundle / "versions.json").read_text(encoding="utf-8"))
    assert versions["numpy"] and versions["dictionary"]
    lexicon = list(csv.DictReader((bundle / "lexicon.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert {"form", "lemma", "tag", "status"} <= set(lexicon[0]) and any(r["status"] == "active" for r in lexicon)
    mincl = params["mincl_used"]
    again = tmp_path / "again"
    assert main(["lex", "reinert", "--matrix", str(bundle / "matrix.mtx"), "--forms", str(bundle / "forms.txt"),
                 "--nbcl-p1", "4", "--mincl", str(mincl), "--out", str(again)]) == 0
    assert partition(again / "segment_class.csv") == partition(bundle / "segment_class.csv")
    from_text = tmp_path / "from_text"
    assert main(["lex", "reinert", str(bundle / "corpus.txt"), "--nbcl-p1", "4", "--mincl", str(mincl),
                 "--out", str(from_text)]) == 0
    assert partition(from_text / "segment_class.csv") == partition(bundle / "segment_class.csv")
    assert "--matrix matrix.mtx" in (bundle / "README.md").read_text(encoding="utf-8")


def test_bundle_of_a_matrix(tmp_path):
    X = planted(3, 60, purity=0.7)
    write_matrix(tmp_path / "m.mtx", X)
    bundle = tmp_path / "b"
    assert main(["lex", "reinert", "--matrix", str(tmp_path / "m.mtx"), "--nbcl-p1", "4", "--bundle", str(bundle),
                 "--out", str(tmp_path / "o")]) == 0
    assert (bundle / "matrix.mtx").is_file() and not (bundle / "corpus.txt").exists()
    assert len((bundle / "forms.txt").read_text(encoding="utf-8").split()) == X.shape[1]

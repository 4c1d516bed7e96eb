"""The scale-out stage of the bench (bench/run.sh --scale-out; issue #19's bench target).

On a 3-node OpenSearch cluster started by scripts/opensearch-cluster.sh (its own ports on
127.0.0.1, stopped when the bench exits), per scale: index-builder --target opensearch builds the
corpus through the bulk API and is timed against the embedded build of the same corpus in the same
run; then the same wrk query mix runs against
  (a) corpus-search on OpenSearch (search-api --backend opensearch),
  (b) OpenSearch _search directly, with the very bodies the service sends for each request (captured
      once through a recording proxy, cluster_capture.py), on the same cluster and index: the
      cluster's share of the service's work,
  (b') the same with the "same semantics" bodies of the bench's OpenSearch peer (a hand-written
      query of about the same meaning, lighter than the service's rendering),
  (c) embedded corpus-search on the embedded index,
all with no result cache, so that every request is searched. (a) over (b) is the service's own
overhead; the capture also counts the cluster requests one search costs. Finally (a)'s answers are
compared with (c)'s, query by query: paragraph totals, facet counts and top-10 overlap (the issue's
parity on the bench's mix).
"""
import hashlib
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections import Counter, namedtuple
from statistics import median

import bench
import cluster_capture
import corpus
from bench import cs_start, log, parse_time_v, stop, totals

NODES = 3
SHARDS = 3
HEAP = '1g'  # per node: 3 GB of the machine's memory, beside the embedded search-api
ALIAS = 'corpus'
BUILD_TIMEOUT_S = 3 * 3600
UNCUT = ['--result-cache-mb', '0', '--search-timeout-ms', str(bench.WRK_TIMEOUT_S * 1000)]  # every search searched, whole
SERIES_BOUND_S = 1800  # a counted series' hang guard (wrk -d): a pass of the 1M mix takes 15 s at one connection
CAPTURE_NODE_WAIT_S = 60  # the capture's cold pass, one search at a time: a hang guard, not a limit
GREEN_WAIT_S = 1200  # three nodes booting on a loaded 2-core machine took over 5 minutes
ON_OS, EMBEDDED = 'corpus-search on OpenSearch', 'corpus-search embedded'
REPLAY, DIRECT = "OpenSearch, the service's bodies (direct)", 'OpenSearch same semantics (direct)'
ENGINES = (ON_OS, REPLAY, DIRECT, EMBEDDED)
PLUGIN_ZIP = os.path.join(bench.REPO, 'opensearch-plugin', 'target', 'corpus-analysis-plugin.zip')
MARKER = 'scale-out-cluster.started'  # in --work: bench/run.sh stops the cluster on exit when it is there
CLUSTER_DIR = 'opensearch-cluster'  # in --work: the nodes' folders, kept for a run with --reuse (bench/run.sh names it too)


def port_free(port):
    with socket.socket() as s:
        try:
            s.bind(('127.0.0.1', port))
            return True
        except OSError:
            return False


def port_bases():
    """HTTP and transport bases whose nodes' ports (base+1..base+NODES) are all free on 127.0.0.1."""
    for http in range(19200, 29200, 100):
        transport = http + 100
        if all(port_free(b + i) for b in (http, transport) for i in range(1, NODES + 1)):
            return http, transport
    raise SystemExit('bench: no free ports for a 3-node cluster between 19200 and 29300')


class Cluster:
    """The cluster scripts/opensearch-cluster.sh starts; stopped by stop(), also when the bench fails."""

    def __init__(self, a):
        self.a = a
        self.script = os.path.join(bench.REPO, 'scripts', 'opensearch-cluster.sh')
        self.marker = os.path.join(a.work, MARKER)
        self.env = dict(os.environ, OPENSEARCH_CLUSTER_DIR=os.path.join(a.work, CLUSTER_DIR), JAVA_HOME=a.java_home)
        # --reuse starts the nodes on the data of the last run, so that its cluster build can be kept
        self.keep_data = a.reuse and os.path.isdir(os.path.join(a.work, CLUSTER_DIR, 'node-1', 'data'))
        self.urls = None

    def start(self):
        http, transport = port_bases()
        env = dict(self.env, OPENSEARCH_HTTP_BASE=str(http), OPENSEARCH_TRANSPORT_BASE=str(transport),
                   OPENSEARCH_GREEN_WAIT_S=str(GREEN_WAIT_S))
        log(f'scale-out: starting {NODES} OpenSearch nodes (heap {HEAP} each) on HTTP {http + 1}-{http + NODES}'
            + (', on the data of the last run' if self.keep_data else ''))
        t0 = time.perf_counter()
        with open(os.path.join(self.a.work, 'logs', 'opensearch-cluster.log'), 'w') as err:
            # the marker first: a bench killed while the nodes start still has them stopped by run.sh
            open(self.marker, 'w').close()
            plugin = ['--plugin', PLUGIN_ZIP] if self.a.scale_out_analysis == 'plugin' else []
            keep = ['--keep-data'] if self.keep_data else []
            out = subprocess.run([self.script, 'start', '--nodes', str(NODES), '--heap', HEAP] + plugin + keep, env=env, stdout=subprocess.PIPE,
                                 stderr=err, text=True, timeout=GREEN_WAIT_S + 300)
        if out.returncode != 0:
            self.stop()
            raise SystemExit('bench: the OpenSearch cluster did not start; see logs/opensearch-cluster.log')
        self.urls = out.stdout.strip().splitlines()[-1]
        self.port = int(self.urls.split(',')[0].rsplit(':', 1)[1])
        self.started_s = time.perf_counter() - t0
        with urllib.request.urlopen(f'http://127.0.0.1:{self.port}/') as r:
            self.version = json.load(r)['version']['number']
        log(f'scale-out: OpenSearch {self.version}, {NODES} nodes green in {self.started_s:.0f} s: {self.urls}')

    def pids(self):
        """The nodes' processes, as the script recorded them."""
        pids = []
        for node in range(1, NODES + 1):
            with open(os.path.join(self.a.work, CLUSTER_DIR, f'node-{node}', 'pid')) as f:
                pids.append(int(f.read().strip()))
        return pids

    def stop(self):
        if not os.path.exists(self.marker):
            return
        subprocess.run([self.script, 'stop'], env=self.env, stdout=subprocess.DEVNULL, timeout=120)
        os.remove(self.marker)


def alias_count(cluster):
    """Paragraphs behind the alias, or None when there is no alias."""
    try:
        with urllib.request.urlopen(f'http://127.0.0.1:{cluster.port}/{ALIAS}/_count') as r:
            return json.load(r)['count']
    except urllib.error.HTTPError:
        return None


def build(a, R, scale, corpus_dir, bdir, cluster, replicas):
    """index-builder --target opensearch, timed as the embedded build is (the merge apart); with --reuse,
    the build of an earlier run when the cluster still holds it (the same layout, every paragraph)."""
    key = f'scaleout-build/{scale}'
    layout = {'shards': SHARDS, 'replicas': replicas, 'analysis': a.scale_out_analysis, 'schema': bench.schema_version()}
    earlier = R.get(key)
    if a.reuse and earlier and all(earlier.get(k) == v for k, v in layout.items()) and alias_count(cluster) == earlier['paragraphs']:
        log(f'scale-out: reusing the cluster build of {earlier["at"]} ({earlier["paragraphs"]:,} paragraphs behind {ALIAS})')
        return dict(earlier, reused=True)
    stem = os.path.join(bdir, f'os-cluster-{scale}')
    log(f'scale-out: index-builder --target opensearch {scale} ({SHARDS} shards, {replicas} replicas, '
        f'{a.scale_out_analysis} analysis)')
    with open(stem + '.report.json', 'w') as out, open(stem + '.stderr', 'w') as err:
        rc = subprocess.call(['/usr/bin/time', '-v', '-o', stem + '.time', a.java, '-jar', a.builder_jar, '--corpus', corpus_dir,
                              '--target', 'opensearch', '--opensearch-url', cluster.urls, '--opensearch-index', ALIAS,
                              '--shards', str(SHARDS), '--replicas', str(replicas), '--opensearch-analysis', a.scale_out_analysis,
                              '--full', '--json', '--merge'],
                             stdout=out, stderr=err, timeout=BUILD_TIMEOUT_S)
    if rc != 0:
        raise SystemExit(f'bench: index-builder --target opensearch failed on {scale} (see {stem}.stderr)')
    with open(stem + '.report.json') as f:
        report = json.load(f)
    tv = parse_time_v(stem + '.time')
    n = report['totals']['paragraphs']
    merge = report.get('mergeSeconds', 0)
    wall = tv['wall_s'] - merge
    return R.put(key, dict(layout, paragraphs=n, wall_s=wall, merge_s=merge, para_per_s=n / wall, reused=False,
                           cpu_s=tv.get('user_s', 0) + tv.get('sys_s', 0), peak_rss=tv.get('peak_rss')))


def direct_requests(same_file, out_file):
    """The peer's same-semantics requests, sent to the alias the builder made, with the search
    analyzer of that index (corpus_search: the corpus analyzer and the bundled aliases, where the
    peer's own index has english_aliases) and whole-index statistics, as search-api asks them."""
    with open(same_file) as f, open(out_file, 'w') as out:
        for line in f:
            method, path, body = line.rstrip('\n').split('\t')
            body = body.replace('"analyzer":"english_aliases"', '"analyzer":"corpus_search"')
            out.write(f'{method}\t/{ALIAS}/_search?search_type=dfs_query_then_fetch\t{body}\n')


def run_scale(run, scale, replicas):
    """The stage for one scale: build on the cluster, then (a), (b), (c) with the same mix."""
    a, R, cluster = run.a, run.R, run.cluster
    embedded = R.get(f'build/cs/{scale}')
    os_build = build(a, R, scale, run.layout.path(f'corpus:{scale}'), run.layout.path('builds'), cluster, replicas)
    qfile = run.mix_file(scale, 'cs.txt')
    dfile = os.path.join(a.work, f'os-cluster-same-{scale}.txt')
    direct_requests(run.mix_file(scale, 'os-same.txt'), dfile)
    rfile = os.path.join(a.work, f'os-cluster-service-{scale}.txt')
    requests = capture(a, R, scale, cluster, qfile, rfile)
    # A node is taken for hung after as long as wrk waits for an answer, not the service's 5 s: a cold
    # search of a busy 1M-paragraph cluster may take longer, and the bench measures throughput, not failover.
    # Both servers search as long as wrk waits too (UNCUT), so that every answer is whole: at the default
    # 1 s a busy 1M machine cuts many searches short, and cut answers are neither the same work nor comparable.
    service = ['--backend', 'opensearch', '--opensearch-index', ALIAS, '--opensearch-node-wait-ms', str(bench.WRK_TIMEOUT_S * 1000)]
    p, port, ready = cs_start(a, None, f'{scale}-opensearch', None, service + UNCUT + ['--opensearch-url', cluster.urls])
    log(f'  search-api --backend opensearch ready in {ready:.1f} s')
    # The answers first: each query of the mix once warms this server's caches and JIT as the capture
    # warmed the cluster's, so that the measured runs of (a) and (b) start alike (wrk's 20 s warm-up
    # covers only part of the mix at a few searches a second).
    on_cluster = answers(port, qfile)
    nodes = cluster.pids()
    paired_runs(a, R, scale, Series(ON_OS, port, qfile, {'service': [p.pid], 'cluster': nodes}),
                Series(REPLAY, cluster.port, rfile, {'cluster': nodes}))
    counted_runs(a, R, scale, Series(DIRECT, cluster.port, dfile, {}))
    ours = [x['total'] for x in on_cluster]
    replayed, theirs = totals(cluster.port, rfile, True), totals(cluster.port, dfile, True)
    stop(p)
    p, port, _ = cs_start(a, run.layout.path(f'cs-index:{scale}'), f'{scale}-embedded-uncached', None, UNCUT)
    parity = agreement(on_cluster, answers(port, qfile))
    counted_runs(a, R, scale, Series(EMBEDDED, port, qfile, {}))
    stop(p)
    R.put(f'scaleout/{scale}', {'nodes': NODES, 'shards': SHARDS, 'replicas': replicas, 'analysis': a.scale_out_analysis,
                                'heap': HEAP, 'opensearch': cluster.version,
                                'cluster_start_s': cluster.started_s, 'build_os': os_build,
                                'build_embedded': {k: embedded[k] for k in ('paragraphs', 'wall_s', 'merge_s', 'para_per_s', 'reused')},
                                'queries': len(ours), 'totals_equal': sum(1 for x, y in zip(ours, theirs) if x == y),
                                'replay_totals_equal': sum(1 for x, y in zip(ours, replayed) if x == y),
                                'cluster_requests': requests, 'parity': parity})
    write_table(a, R, scale)


# An engine's server, its request file for the mix, and the processes whose CPU time its series
# count, by part ({'service': [pid], 'cluster': [pids]}).
Series = namedtuple('Series', 'engine port file cpu')


def cpu_seconds(pids):
    """CPU time (user and system) the processes have used so far."""
    ticks = 0
    for pid in pids:
        with open(f'/proc/{pid}/stat') as f:
            fields = f.read().rsplit(')', 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf('SC_CLK_TCK')


def measured(a, R, key, x, c, scale, passes):
    """One counted series of x, with the CPU time each of x's parts spent on it per answered search."""
    before = {part: cpu_seconds(pids) for part, pids in x.cpu.items()}
    res = bench.wrk(a, R, key, x.port, x.file, c, SERIES_BOUND_S, x.engine, scale, passes)
    res['cpu_s'] = {part: cpu_seconds(pids) - before[part] for part, pids in x.cpu.items()}
    return R.put(key, res)


def passes_for(a, scale, series):
    """Warms each server with its mix (wrk's time-based warm-up, not recorded) and gives the passes
    over the mix that make a measured series of about --duration seconds for the slowest of them."""
    rates = [bench.wrk(a, None, None, x.port, x.file, 4, a.warmup, x.engine, scale)['qps'] for x in series]
    with open(series[0].file) as f:
        mix = sum(1 for _ in f)
    return max(1, round(a.duration * min(rates) / mix))


def counted_runs(a, R, scale, x):
    """x's series at each connection count, each the same whole passes over the mix."""
    passes = passes_for(a, scale, [x])
    for c in a.conns:
        measured(a, R, f'query/{x.engine}/{scale}/{c}', x, c, scale, passes)


def paired_runs(a, R, scale, ours, theirs):
    """(a) and (b) in alternating rounds (ours first, then theirs first, ...) of the same whole passes
    over the mix, --scale-out-rounds of each per connection count, after --scale-out-warm-passes whole
    passes of each (a JVM compiles for thousands of searches: the service's compiler threads still
    took a tenth of a core after 6,000 searches of the 1M mix, where one 20 s warm-up had left it
    half cold in the rounds); a cluster whose own rate drifts
    during the run (its caches, JIT, the machine's load) then weighs on both alike, where one block
    of (a) followed by one of (b) showed that drift as overhead. Each engine's figures are its
    rounds together (requests over time; the median round's p50 and p99) and keep each round's rate."""
    for x in (ours, theirs):
        log(f'  {x.engine}: {a.scale_out_warm_passes} warm-up passes over the mix at 4 connections')
        bench.wrk(a, None, None, x.port, x.file, 4, SERIES_BOUND_S, x.engine, scale, a.scale_out_warm_passes)
    passes = passes_for(a, scale, [ours, theirs])
    for c in a.conns:
        rounds = {ours.engine: [], theirs.engine: []}
        for r in range(a.scale_out_rounds):
            for x in (ours, theirs) if r % 2 == 0 else (theirs, ours):
                rounds[x.engine].append(measured(a, R, f'query-round/{x.engine}/{scale}/{c}/{r}', x, c, scale, passes))
        for engine, runs in rounds.items():
            R.put(f'query/{engine}/{scale}/{c}', together(runs))


def together(runs):
    """One engine's rounds as one series."""
    out = dict(runs[0])
    for k in ('requests', 'duration_us', 'connect', 'read', 'write', 'timeout', 'non2xx', 'errors'):
        out[k] = sum(x[k] for x in runs)
    for k in ('p50_us', 'p90_us', 'p99_us'):
        out[k] = median(x[k] for x in runs)
    out['qps'] = out['requests'] / (out['duration_us'] / 1e6)
    out['rounds_qps'] = [x['qps'] for x in runs]
    out['cpu_s'] = {part: sum(x['cpu_s'][part] for x in runs) for part in runs[0]['cpu_s']}
    return out


def answers(port, qfile):
    """What a user compares in each answer of qfile's searches: the paragraph total, the facet
    counts, the first ten hits (as the paragraphs they copy: see corpus.original) and whether the
    search was cut short, one search at a time."""
    out = []
    with open(qfile) as f:
        for line in f:
            _, path, _ = line.rstrip('\n').split('\t')
            with urllib.request.urlopen(f'http://127.0.0.1:{port}{path}', timeout=60) as r:
                answer = json.loads(r.read())
            facets = {dim: sorted((v['value'], v['count']) for v in values) for dim, values in (answer.get('facets') or {}).items()}
            top = [(corpus.original(h['articleId']), h['paragraph']) for h in answer['hits'][:10]]
            out.append({'total': answer['total'], 'facets': facets, 'top': top, 'timedOut': answer.get('timedOut', False)})
    return out


def agreement(ours, embedded):
    """(a) against (c) on the same searches: how many totals and facet counts are equal, the mean
    share of the first ten hits both return (as multisets; 1 when both return none), and how many
    answers were cut short by the time limit."""
    def overlap(x, y):
        return sum((Counter(x) & Counter(y)).values()) / max(len(x), len(y)) if x or y else 1.0
    pairs = list(zip(ours, embedded))
    return {'queries': len(pairs), 'totals_equal': sum(1 for x, y in pairs if x['total'] == y['total']),
            'facets_equal': sum(1 for x, y in pairs if x['facets'] == y['facets']),
            'top10_overlap': sum(overlap(x['top'], y['top']) for x, y in pairs) / max(len(pairs), 1),
            'timed_out': sum(1 for x, y in pairs if x['timedOut'] or y['timedOut'])}


def capture(a, R, scale, cluster, qfile, rfile):
    """The service's requests to the cluster for each request of the mix, through a recording proxy:
    their counts per search (cold, then warm) and the replay file of its _search bodies. With
    --reuse, those of an earlier run of the same search-api jar on the same cluster build."""
    key = f'scaleout-capture/{scale}'
    with open(a.api_jar, 'rb') as f:
        jar = hashlib.sha256(f.read()).hexdigest()
    earlier = R.get(key)
    build = R.get(f'scaleout-build/{scale}')
    if (a.reuse and earlier and earlier['jar'] == jar and earlier['build_at'] == build['at'] and earlier.get('flags') == UNCUT
            and os.path.exists(rfile)):
        log(f'  reusing the capture of {earlier["at"]} (the same search-api jar and cluster build)')
        return earlier['passes']
    proxy = cluster_capture.Proxy(cluster.port)
    try:
        p, port, _ = cs_start(a, None, f'{scale}-opensearch-capture', None,
                              UNCUT + ['--backend', 'opensearch', '--opensearch-index', ALIAS,
                               '--opensearch-node-wait-ms', str(CAPTURE_NODE_WAIT_S * 1000),
                               '--opensearch-url', f'http://127.0.0.1:{proxy.port}'])
        try:
            passes = cluster_capture.capture(proxy, port, qfile, rfile)
        finally:
            stop(p)
    finally:
        proxy.close()
    for x in passes:
        log(f'  cluster requests per /api/search, {x["pass"]}: {x["per_search"]:.2f} {x["requests"]}; '
            f'node time of its _search {x["node_ms_per_search"]:.1f} ms')
    R.put(key, {'jar': jar, 'build_at': build['at'], 'flags': UNCUT, 'passes': passes})
    return passes


def table(R, scale, conns):
    """The scale's table as Markdown lines."""
    s = R.get(f'scaleout/{scale}')
    b, e = s['build_os'], s['build_embedded']
    lines = [f'### Scale-out, {scale}: {NODES} nodes, {s["shards"]} shards, {s["replicas"]} replicas, {s["analysis"]} analysis, '
             f'OpenSearch {s["opensearch"]}', '',
             '| build | paragraphs | build s | paragraphs/s | merge s |', '|---|---:|---:|---:|---:|',
             f'| index-builder --target opensearch (bulk API){" (reused build)" if b.get("reused") else ""} | {b["paragraphs"]:,} | {b["wall_s"]:.1f} | {b["para_per_s"]:,.0f} | {b["merge_s"]:.1f} |',
             f'| index-builder, embedded{" (reused build)" if e.get("reused") else ""} | {e["paragraphs"]:,} | {e["wall_s"]:.1f} | '
             f'{e["para_per_s"]:,.0f} | {e["merge_s"]:.1f} |', '',
             f'Bulk build time: {b["wall_s"] / e["wall_s"]:.2f}x the embedded build\'s. Totals of (a) equal to (b)\'s on '
             f'{s.get("replay_totals_equal", "-")} of {s["queries"]} queries, to (b\')\'s on {s["totals_equal"]}.', '']
    parity = s.get('parity')
    if parity:
        lines += [f'Against (c) embedded corpus-search, query by query: totals equal on {parity["totals_equal"]} of '
                  f'{parity["queries"]}, facet counts equal on {parity["facets_equal"]}, mean top-10 overlap '
                  f'{parity["top10_overlap"]:.3f} (hits as the paragraphs they copy); answers cut short by the time '
                  f'limit: {parity.get("timed_out", "-")}.', '']
    for x in s.get('cluster_requests', []):
        lines.append(f'Cluster requests per /api/search, {x["pass"]} (each query of the mix once, one at a time): '
                     f'{x["per_search"]:.2f} ({", ".join(f"{k} {v}" for k, v in sorted(x["requests"].items()))}); '
                     f'node time of its _search {x["node_ms_per_search"]:.1f} ms, proxy included.')
    lines += ['',
             '| queries (no result cache) | connections | queries/s | p50 ms | p99 ms | errors |', '|---|---:|---:|---:|---:|---:|']
    for c in conns:
        for engine in ENGINES:
            q = R.get(f'query/{engine}/{scale}/{c}')
            if q is None:  # a run from before the replay was measured
                continue
            lines.append(f'| {engine} | {c} | {q["qps"]:,.0f} | {q["p50_us"] / 1000:.1f} | {q["p99_us"] / 1000:.1f} | {q["errors"]} |')
    lines += ['', '| overhead of (a) corpus-search on OpenSearch over | connections | time per query '
              '(throughput) | each round | p50 | p99 |', '|---|---:|---:|---|---:|---:|']
    pct = lambda x, y: f'{(x / y - 1) * 100:+.0f}%'
    for peer, name in ((REPLAY, "(b) the service's bodies, direct"), (DIRECT, "(b') same semantics, direct")):
        for c in conns:
            ours, theirs = R.get(f'query/{ON_OS}/{scale}/{c}'), R.get(f'query/{peer}/{scale}/{c}')
            if theirs:
                rounds = ' '.join(pct(t, o) for o, t in zip(ours.get('rounds_qps', []), theirs.get('rounds_qps', []))) or '-'
                lines.append(f'| {name} | {c} | {pct(theirs["qps"], ours["qps"])} | {rounds} | '
                             f'{pct(ours["p50_us"], theirs["p50_us"])} | {pct(ours["p99_us"], theirs["p99_us"])} |')
    return lines + cpu_lines(R, scale, conns)


def cpu_lines(R, scale, conns):
    """CPU time per answered search of (a)'s parts and (b)'s, counted over all their rounds: the
    service's own work beside the cluster's, which the machine's other load does not change as it
    changes the rates."""
    lines = ['', '| CPU ms per search, all rounds | connections | (a) service | (a) cluster | (b) cluster | '
             "service over (b)'s cluster |", '|---|---:|---:|---:|---:|---:|']
    for c in conns:
        ours, theirs = R.get(f'query/{ON_OS}/{scale}/{c}'), R.get(f'query/{REPLAY}/{scale}/{c}')
        if not (ours and theirs and 'cpu_s' in ours and 'cpu_s' in theirs):  # a run from before CPU was counted
            continue
        per = lambda q, part: q['cpu_s'][part] * 1000 / q['requests']
        service, cluster, direct = per(ours, 'service'), per(ours, 'cluster'), per(theirs, 'cluster')
        lines.append(f'| /proc | {c} | {service:.1f} | {cluster:.1f} | {direct:.1f} | {service / direct * 100:.0f}% |')
    return lines


def write_table(a, R, scale):
    lines = table(R, scale, a.conns)
    print('\n'.join(lines), flush=True)
    path = os.path.join(a.output, 'scale-out.md')
    previous = []
    if os.path.exists(path):
        with open(path) as f:
            # a table of another scale or setup stays (the same scale with the other analysis, for one)
            blocks = [block.strip('\n') for block in f.read().split('\n\n\n')]
            previous = [block for block in blocks if block and block.splitlines()[0] != lines[0]]
    with open(path, 'w') as f:
        f.write('\n\n\n'.join(previous + ['\n'.join(lines)]) + '\n')
    log(f'scale-out: table written to {os.path.relpath(path, bench.REPO)}')

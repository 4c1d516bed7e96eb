"""Counts and captures what search-api --backend opensearch sends to the cluster (bench --scale-out).

A recording proxy on 127.0.0.1 stands between the service and one node: it forwards every request
unchanged and notes its method, path, body and the time the node took to answer. Asking the
service each request of the query mix through it, twice, gives
  - the cluster requests one /api/search costs, cold (first time on this index version: word
    counts, filter values, spelling corrections still unknown) and warm (the steady state wrk
    measures, without the result cache), by kind;
  - the _search bodies the service sends for each request, which wrk then replays against the
    node directly: that replay is the cluster's share of the service's work, so the service over
    it is the service's own overhead, nothing of the query's.
"""
import collections
import http.client
import http.server
import json
import threading
import time
import urllib.parse

SEARCH_MARK = 'search_type=dfs_query_then_fetch'  # the service's main _search (SearchDsl.PARAMETERS)


def kind(method, path, body):
    """What a cluster request is for, from its path and body."""
    if SEARCH_MARK in path:
        return 'search'
    if '/_settings/' in path:
        return 'alias look-up'
    if '/_search' in path and body:
        b = json.loads(body)
        if 'suggest' in b:
            return 'spelling'
        if b.get('size') == 0 and all('filter' in agg for agg in b.get('aggs', {}).values()):
            return 'word counts'
        return 'other _search'
    return f'{method} {path.split("?")[0]}'


class Proxy:
    """Forwards to the node at upstream_port; records (method, path, body, ms) of every request."""

    def __init__(self, upstream_port):
        self.records = []
        lock = threading.Lock()
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = 'HTTP/1.1'  # keep-alive, as the node speaks it

            def forward(self):
                n = int(self.headers.get('Content-Length') or 0)
                body = self.rfile.read(n) if n else None
                c = http.client.HTTPConnection('127.0.0.1', upstream_port, timeout=120)
                t0 = time.perf_counter()
                headers = {k: v for k, v in self.headers.items() if k.lower() in ('content-type', 'authorization')}
                c.request(self.command, self.path, body=body, headers=headers)
                r = c.getresponse()
                data = r.read()
                ms = (time.perf_counter() - t0) * 1000
                c.close()
                with lock:
                    recorder.records.append((self.command, self.path, body.decode() if body else '', ms))
                self.send_response(r.status)
                self.send_header('Content-Type', r.getheader('Content-Type', 'application/json'))
                self.send_header('Content-Length', str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_HEAD = forward

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def ask(port, path):
    """One GET of the service; anything but 200 stops the capture."""
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=120)
    c.request('GET', path)
    r = c.getresponse()
    r.read()
    c.close()
    if r.status != 200:
        raise SystemExit(f'bench: search-api answered {r.status} to {path} during the capture')


def capture(proxy, service_port, reqfile, out_file):
    """Asks the service every request of reqfile twice through proxy, one at a time; writes the
    replay file (each request's main _search of the warm pass, as wrk's rotate.lua reads it) and
    returns the counts of each pass."""
    with open(reqfile) as f:
        paths = [line.split('\t')[1] for line in f if line.strip()]
    passes, bodies = [], []
    for name in ('cold', 'warm'):
        per_kind = collections.Counter()
        node_ms = 0.0
        for path in paths:
            start = len(proxy.records)
            ask(service_port, path)
            sent = proxy.records[start:]
            main = [r for r in sent if SEARCH_MARK in r[1]]
            if name == 'warm':
                bodies.append(main[-1])
            node_ms += sum(r[3] for r in main)
            per_kind.update(kind(method, p, body) for method, p, body, _ in sent)
        passes.append({'pass': name, 'searches': len(paths), 'requests': dict(per_kind),
                       'per_search': sum(per_kind.values()) / len(paths), 'node_ms_per_search': node_ms / len(paths)})
    with open(out_file, 'w') as out:
        out.writelines(f'{method}\t{path}\t{body}\n' for method, path, body, _ in bodies)
    return passes

"""SQLite FTS5 side of the benchmark (python3's sqlite3 module, porter unicode61 tokenizer).

  sqlite_fts.py load DOCS.jsonl DB            build (timed by the caller), prints JSON
  sqlite_fts.py query DB MIX.json SECONDS     runs the query mix in-process, one connection, prints JSON
"""
import json
import os
import sqlite3
import sys
import time


def load(docs, db):
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    con.execute('PRAGMA journal_mode=OFF')
    con.execute('PRAGMA synchronous=OFF')
    con.execute("CREATE VIRTUAL TABLE paras USING fts5(text, title, id UNINDEXED, author UNINDEXED, outlet UNINDEXED,"
                " date UNINDEXED, tokenize='porter unicode61')")
    t0 = time.perf_counter()
    n = 0

    def rows():
        nonlocal n
        with open(docs, encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                n += 1
                yield d['text'], d['title'], d['id'], d['author'], d['outlet'], d['date']

    with con:
        con.executemany('INSERT INTO paras(text, title, id, author, outlet, date) VALUES (?,?,?,?,?,?)', rows())
    t1 = time.perf_counter()
    with con:
        con.execute("INSERT INTO paras(paras) VALUES('optimize')")
    t2 = time.perf_counter()
    con.close()
    print(json.dumps({'paragraphs': n, 'load_s': t1 - t0, 'optimize_s': t2 - t1, 'bytes': os.path.getsize(db),
                      'sqlite': sqlite3.sqlite_version}))


def fts_query(q):
    words = [w.replace('"', '') for w in q['words'] if w.replace('"', '')]
    if q['phrase']:
        return '"%s"' % ' '.join(words)
    return ' OR '.join('"%s"' % w for w in words)


def query(db, mix, seconds):
    with open(mix) as f:
        queries = json.load(f)
    con = sqlite3.connect(db)
    sql = ('SELECT id, title, author, outlet, date FROM paras WHERE paras MATCH ? {} '
           'ORDER BY bm25(paras, 1.0, 0.5) LIMIT 10')
    plain, filtered = sql.format(''), sql.format('AND outlet = ?')
    prepared = [(fts_query(q), q['outlet']) for q in queries]
    lat = []
    errors = 0
    end = time.perf_counter() + seconds
    i = 0
    start = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        if t0 >= end:
            break
        expr, outlet = prepared[i % len(prepared)]
        i += 1
        try:
            if outlet:
                con.execute(filtered, (expr, outlet)).fetchall()
            else:
                con.execute(plain, (expr,)).fetchall()
        except sqlite3.Error:
            errors += 1
        lat.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    lat.sort()

    def pct(p):
        return lat[min(len(lat) - 1, int(len(lat) * p / 100.0))] * 1e6 if lat else 0
    print(json.dumps({'requests': len(lat), 'duration_us': int(elapsed * 1e6), 'errors': errors,
                      'mean_us': sum(lat) / len(lat) * 1e6 if lat else 0, 'p50_us': pct(50), 'p99_us': pct(99),
                      'p999_us': pct(99.9), 'max_us': lat[-1] * 1e6 if lat else 0}))


if __name__ == '__main__':
    if sys.argv[1] == 'load':
        load(sys.argv[2], sys.argv[3])
    else:
        query(sys.argv[2], sys.argv[3], float(sys.argv[4]))

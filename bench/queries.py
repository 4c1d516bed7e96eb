"""A fixed, realistic query mix drawn from the SOTU text itself (deterministic: fixed seed).

Kinds: single words, two- and three-word queries, names (presidents and capitalised places),
quoted phrases, typos (one edit, never the first letter, words of 5+ letters), and about a quarter
of all queries with an outlet (party) filter. Each query is written for three engines:
  cs.txt         corpus-search GET paths (/api/search?q=...&outlet=...)
  cs-plain.txt   the same with facets=false&highlight=false: ranked hits and exact totals only
  os-plain.txt   OpenSearch _search bodies: match (or match_phrase) top 10
  os-full.txt    the same + highlight on text + terms aggregations on outlet, author, year
  os-same.txt    what corpus-search's /api/search does, in OpenSearch's terms: the full body plus
                 typo tolerance, aliases, a proximity clause, multi-select facets, a distinct
                 article count and as many facet values as corpus-search reports
  os-same-plain.txt  the same semantics without highlighting and terms aggregations (cs-plain.txt)
  mix.json       the structured list (for SQLite FTS5 and the report)
"""
import collections
import json
import os
import random
import re
import sys
import urllib.parse

SEED = 20240101
STOP = set("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves upon shall may must made make one two three year years great state states
united government congress people public country within without much many every well yet since under
last first new time part like therefore however thus would ought might mr""".split())

WORD = re.compile(r"[A-Za-z][a-z]+")
CAPITALISED = re.compile(r"\b([A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)\b")


def typo(word, rng):
    i = rng.randrange(1, len(word))
    kind = rng.choice(('swap', 'drop', 'sub'))
    if kind == 'swap' and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 'drop':
        return word[:i] + word[i + 1:]
    letters = 'aeioulnrst'
    c = rng.choice([x for x in letters if x != word[i]])
    return word[:i] + c + word[i + 1:]


def generate(paragraphs_json, count=330):
    with open(paragraphs_json, encoding='utf-8') as f:
        speeches = json.load(f)
    rng = random.Random(SEED)
    df = collections.Counter()
    caps = collections.Counter()
    paras = []
    for s in speeches:
        for p in s['paragraphs']:
            paras.append(p)
            df.update({w.lower() for w in WORD.findall(p)})
            caps.update(m for m in CAPITALISED.findall(p) if m.split()[0].lower() not in STOP)
    n = len(paras)
    # Content words neither ubiquitous nor vanishingly rare.
    vocab = sorted(w for w, c in df.items() if w not in STOP and len(w) >= 4 and max(2, n // 500) <= c <= max(5, n // 8))
    long_vocab = [w for w in vocab if len(w) >= 6]
    names = sorted({s['author'] for s in speeches if s['author']})
    surnames = sorted({a.split()[-1] for a in names})
    places = sorted(c for c, k in caps.items() if k >= max(2, min(30, n // 300)) and c.lower() not in STOP)
    names = names or places
    surnames = surnames or [p.split()[-1] for p in places]
    outlets = sorted({s['outlet'] for s in speeches})
    counts = collections.Counter(s['outlet'] for s in speeches)
    outlets = [o for o in outlets if o and counts[o] >= 4]

    def content_run(k):
        while True:
            words = WORD.findall(rng.choice(paras))
            starts = [i for i in range(len(words) - k) if all(w.lower() not in STOP and len(w) > 2 for w in words[i:i + k])]
            if starts:
                i = rng.choice(starts)
                return [w.lower() for w in words[i:i + k]]

    plan = ([('word', 1)] * 90 + [('words', 2)] * 70 + [('words', 3)] * 40 + [('name', 0)] * 40 +
            [('phrase', 2)] * 30 + [('typo', 1)] * 30 + [('typo2', 2)] * 30)
    plan = plan[:count] if count <= len(plan) else plan + [('words', 2)] * (count - len(plan))
    queries = []
    for kind, k in plan:
        q = {'kind': kind, 'phrase': False, 'typo': False}
        if kind == 'word':
            q['words'] = [rng.choice(vocab)]
        elif kind == 'words':
            q['words'] = content_run(k) if rng.random() < 0.6 else rng.sample(vocab, k)
        elif kind == 'name':
            q['words'] = (rng.choice(names).lower().split() if rng.random() < 0.3 else
                          [rng.choice(surnames).lower()] if rng.random() < 0.4 else rng.choice(places).lower().split())
        elif kind == 'phrase':
            q['words'] = content_run(2)
            q['phrase'] = True
        elif kind == 'typo':
            q['words'] = [typo(rng.choice(long_vocab), rng)]
            q['typo'] = True
        else:
            q['words'] = [rng.choice(vocab), typo(rng.choice(long_vocab), rng)]
            q['typo'] = True
        q['text'] = ('"%s"' % ' '.join(q['words'])) if q['phrase'] else ' '.join(q['words'])
        q['outlet'] = rng.choice(outlets) if outlets and rng.random() < 0.25 else None
        queries.append(q)
    return queries


def cs_path(q, plain=False):
    params = ([('q', q['text'])] + ([('outlet', q['outlet'])] if q['outlet'] else [])
              + ([('facets', 'false'), ('highlight', 'false')] if plain else []))
    return '/api/search?' + urllib.parse.urlencode(params)


# Mirrors of corpus-search's query semantics (search-api QueryPlanner and FacetCounts), so that the
# "same semantics" body asks OpenSearch for the work /api/search does.
TITLE_BOOST = 0.3
TYPO_BOOST = 0.3
TYPO_FUZZINESS = 'AUTO:5,9'   # no typo under 5 letters, 1 edit for 5-8, 2 from 9 (Meilisearch's rule)
TYPO_PREFIX = 1
TYPO_EXPANSIONS = 32
PROXIMITY_SLOP = 6
FACET_VALUES = 200
FACETS = (('outlet', 'outlet'), ('author', 'author'), ('year', 'year'))


def os_body(q, variant):
    """The _search body of query q: variant 'plain', 'full', 'same' or 'same-plain' (see the module docstring)."""
    if variant.startswith('same'):
        return json.dumps(os_same_body(q, variant == 'same-plain'), separators=(',', ':'))
    text = ' '.join(q['words'])
    must = ({'match_phrase': {'text': text}} if q['phrase'] else
            {'multi_match': {'query': text, 'fields': ['text', 'title^0.5']}})
    query = {'bool': {'must': [must]}}
    if q['outlet']:
        query['bool']['filter'] = [{'term': {'outlet': q['outlet']}}]
    body = {'size': 10, 'query': query, '_source': ['id', 'articleId', 'n', 'title', 'author', 'outlet', 'date']}
    if variant == 'full':
        body['_source'] = True
        body['track_total_hits'] = True
        body['highlight'] = HIGHLIGHT
        body['aggs'] = {d: {'terms': {'field': f, 'size': 10}} for d, f in FACETS}
    return json.dumps(body, separators=(',', ':'))


HIGHLIGHT = {'fields': {'text': {'type': 'unified', 'number_of_fragments': 1, 'fragment_size': 300,
                                 'no_match_size': 400, 'pre_tags': ['<mark>'], 'post_tags': ['</mark>']}}}


def os_same_body(q, plain=False):
    """Words matched as typed, through the alias list (search analyzer english_aliases) and, in the
    paragraph text only, with typos; a sloppy phrase of the words as a bonus; the outlet filter as a
    post_filter so that the outlet facet still counts every outlet (multi-select), while the other
    facets, the total and the distinct-article count see the filter. plain: exact totals and the
    article count only, as corpus-search with facets=false&highlight=false."""
    text = ' '.join(q['words'])
    if q['phrase']:
        query = {'match_phrase': {'text': text}}
    else:
        query = {'bool': {'should': [
            {'multi_match': {'query': text, 'fields': ['text', f'title^{TITLE_BOOST}'], 'analyzer': 'english_aliases'}},
            {'match': {'text': {'query': text, 'fuzziness': TYPO_FUZZINESS, 'prefix_length': TYPO_PREFIX,
                                'max_expansions': TYPO_EXPANSIONS, 'boost': TYPO_BOOST}}}]
            + ([{'match_phrase': {'text': {'query': text, 'slop': PROXIMITY_SLOP}}}] if len(q['words']) > 1 else []),
            'minimum_should_match': 1}}
    articles = {'articles': {'cardinality': {'field': 'articleId'}}}
    if plain:
        if q['outlet']:
            query = {'bool': {'must': [query], 'filter': [{'term': {'outlet': q['outlet']}}]}}
        return {'size': 10, 'query': query, 'track_total_hits': True, 'aggs': articles}
    facets = dict({d: {'terms': {'field': f, 'size': FACET_VALUES}} for d, f in FACETS}, **articles)
    body = {'size': 10, 'query': query, 'track_total_hits': True, 'highlight': HIGHLIGHT}
    if not q['outlet']:
        body['aggs'] = facets
        return body
    selected = {'term': {'outlet': q['outlet']}}
    body['post_filter'] = selected
    body['aggs'] = {'outlet': facets.pop('outlet'),
                    'filtered': {'filter': selected, 'aggs': facets}}
    return body


def write(paragraphs_json, out_dir, count=330):
    os.makedirs(out_dir, exist_ok=True)
    queries = generate(paragraphs_json, count)
    with open(os.path.join(out_dir, 'mix.json'), 'w') as f:
        json.dump(queries, f, indent=0)
    with open(os.path.join(out_dir, 'cs.txt'), 'w') as f:
        f.writelines(f"GET\t{cs_path(q)}\t\n" for q in queries)
    with open(os.path.join(out_dir, 'cs-plain.txt'), 'w') as f:
        f.writelines(f"GET\t{cs_path(q, plain=True)}\t\n" for q in queries)
    for variant in ('plain', 'full', 'same', 'same-plain'):
        with open(os.path.join(out_dir, f'os-{variant}.txt'), 'w') as f:
            f.writelines(f"POST\t/sotu/_search\t{os_body(q, variant)}\n" for q in queries)
    return queries


if __name__ == '__main__':
    qs = write(sys.argv[1], sys.argv[2])
    for q in qs[::11]:
        print(q['kind'], q['text'], q['outlet'] or '')

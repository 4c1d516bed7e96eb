"""Generates the web-ingest corpus: news pages in several site layouts, as one web archive, and the
same articles as plain text, so that index-builder's HTML/WARC path can be timed against its text
path on identical articles.

Each page carries what real news pages carry around the article: a head of meta tags, JSON-LD or
OpenGraph, inline scripts and styles; navigation, a header and a footer full of links; share bars,
related-story lists, newsletter and cookie prompts, ad slots and comments. Pages come out at about
10-30 KB, as saved news pages do without their images. The article text is drawn from the 1x SOTU
paragraphs (paragraphs.json), a few consecutive paragraphs per page.

Layout written under OUT/web-<pages>/:
  warc/pages.warc.gz   one gzip member per record: a response (HTTP 200, text/html) per page
  text/<n>.txt         the same article as text: title line, byline, then the paragraphs
  stamp.json           pages, layouts, bytes (the corpus is made once per page count)
"""
import datetime
import gzip
import json
import os
import random
import uuid

LAYOUTS = ('wordpress', 'arc', 'wire', 'drupal', 'blog')
SECTIONS = ('Politics', 'World', 'Business', 'Economy', 'Opinion', 'Local', 'Science', 'Health', 'Sport', 'Culture')
OUTLETS = ('The Valley Ledger', 'Harbour Daily News', 'Northern Wire', 'The Civic Record', 'Plainsview Post')


def nav(rng, cls):
    links = ''.join(f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in rng.sample(SECTIONS, len(SECTIONS)))
    return f'<nav class="{cls}"><ul>{links}<li><a href="/subscribe">Subscribe</a></li><li><a href="/login">Sign in</a></li></ul></nav>'


def related(rng, titles):
    items = ''.join(f'<li><a href="/story/{rng.randrange(10**6)}">{t}</a></li>' for t in rng.sample(titles, min(6, len(titles))))
    return f'<aside class="related"><h3>Related stories</h3><ul>{items}</ul></aside>'


def script(rng):
    """An inline analytics/ads script of a few KB, as pages carry."""
    calls = ''.join(f'window.dataLayer.push({{"event":"slot{i}","id":"{uuid.UUID(int=rng.getrandbits(128))}"}});'
                    for i in range(rng.randint(20, 60)))
    return f'<script>window.dataLayer=window.dataLayer||[];{calls}</script>'


def style(rng):
    rules = ''.join(f'.c{i}{{margin:{rng.randint(0, 40)}px;color:#{rng.randrange(16**6):06x}}}' for i in range(rng.randint(30, 90)))
    return f'<style>{rules}</style>'


def footer(rng, outlet):
    links = ''.join(f'<a href="/{w}">{w.title()}</a> ' for w in ('about', 'contact', 'careers', 'privacy', 'terms', 'advertise', 'archive', 'rss'))
    return (f'<footer class="site-footer"><div class="links">{links}</div><p>Copyright {outlet}. All rights reserved.</p>'
            '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div></footer>')


def head(rng, a, layout):
    meta = (f'<meta charset="utf-8"><title>{a["title"]} | {a["outlet"]}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="canonical" href="{a["url"]}">')
    if layout in ('arc', 'drupal'):
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'],
              'datePublished': a['date'], 'author': [{'@type': 'Person', 'name': a['author']}],
              'publisher': {'@type': 'Organization', 'name': a['outlet']}}
        meta += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    else:
        meta += (f'<meta property="og:title" content="{a["title"]}"><meta property="og:site_name" content="{a["outlet"]}">'
                 f'<meta property="article:published_time" content="{a["date"]}"><meta name="author" content="{a["author"]}">')
    return f'<head>{meta}{style(rng)}{script(rng)}</head>'


def body(rng, a, layout, titles):
    paras = ''.join(f'<p>{p}</p>' for p in a['paragraphs'])
    share = '<div class="share-bar">Share this: <a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>'
    letter = '<div class="newsletter">Sign up for our morning newsletter. <input type="email"><button>Sign up</button></div>'
    ad = f'<div class="ad-slot" id="ad-{rng.randrange(999)}">Advertisement</div>'
    byline = f'By <a rel="author" href="/author/{a["author"].lower().replace(" ", "-")}">{a["author"]}</a>'
    when = f'<time datetime="{a["date"]}">{a["date"]}</time>'
    if layout == 'wordpress':
        main = (f'<main id="main"><article class="post"><header class="entry-header"><h1 class="entry-title">{a["title"]}</h1>'
                f'<div class="entry-meta">{byline} {when}</div></header><div class="entry-content">{paras}{share}</div></article>'
                f'<aside id="secondary" class="widget-area">{related(rng, titles)}{letter}</aside></main>')
    elif layout == 'arc':
        main = (f'<main><div class="article-header"><h1>{a["title"]}</h1><div class="byline">{byline}</div>{when}</div>'
                f'{ad}<div class="article-body">{paras}</div>{ad}{related(rng, titles)}</main>')
    elif layout == 'wire':
        main = (f'<div class="story"><h1>{a["title"]}</h1><p class="byline">{byline}</p>{when}{paras}'
                f'<p class="credit">Reporting by {a["author"]}; editing by Desk Staff</p></div>{related(rng, titles)}')
    elif layout == 'drupal':
        comments = ''.join(f'<div class="comment"><span class="user">reader{rng.randrange(999)}</span><p>Great piece, thanks.</p></div>'
                           for _ in range(rng.randint(2, 6)))
        main = (f'<div class="node node--type-article"><h1 class="page-title">{a["title"]}</h1>'
                f'<div class="field field--name-field-byline">{byline}</div>{when}'
                f'<div class="field field--name-body"><div class="field__item">{paras}</div></div></div>'
                f'<section id="comments"><h2>Comments</h2>{comments}</section>')
    else:
        main = (f'<div class="container"><div class="post"><h2 class="post-title">{a["title"]}</h2>'
                f'<div class="post-meta">Posted {when} {byline}</div><div class="post-body">{paras}</div>{share}</div>'
                f'<div class="sidebar">{related(rng, titles)}{letter}</div></div>')
    return f'<body><header class="site-header"><a class="logo" href="/">{a["outlet"]}</a>{nav(rng, "main-nav")}</header>{main}{footer(rng, a["outlet"])}{script(rng)}</body>'


def articles(paragraph_sets, pages, seed=7):
    """`pages` articles, each a run of 6-14 consecutive paragraphs of one address, with generated metadata."""
    rng = random.Random(seed)
    start = datetime.date(2019, 1, 1)
    for n in range(pages):
        source = paragraph_sets[n % len(paragraph_sets)]
        count = min(len(source), rng.randint(6, 14))
        first = rng.randrange(max(1, len(source) - count + 1))
        paragraphs = source[first:first + count]
        words = paragraphs[0].split()[:8]
        yield {'n': n, 'layout': LAYOUTS[n % len(LAYOUTS)], 'outlet': OUTLETS[n % len(OUTLETS)],
               'title': ' '.join(words).rstrip('.,;:') + f' ({n})', 'author': rng.choice(AUTHORS),
               'date': (start + datetime.timedelta(days=n % 1500)).isoformat(),
               'url': f'https://www.{OUTLETS[n % len(OUTLETS)].lower().replace(" ", "")}.example/story/{n}',
               'paragraphs': paragraphs}


AUTHORS = ('Maria Lopez', 'James Okafor', 'Anna Schmidt', 'Li Wei', 'Priya Natarajan', 'Tom Becker', 'Sara Haddad')


def warc_record(url, date, html):
    payload = html.encode('utf-8')
    http = (b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: '
            + str(len(payload)).encode() + b'\r\n\r\n' + payload)
    head = (f'WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>\r\n'
            f'WARC-Date: {date}T08:00:00Z\r\nWARC-Target-URI: {url}\r\nContent-Type: application/http;msgtype=response\r\n'
            f'Content-Length: {len(http)}\r\n\r\n').encode('ascii')
    return gzip.compress(head + http + b'\r\n\r\n', compresslevel=6)


def build(paragraphs_json, out, pages):
    """Writes (once) the corpus of `pages` pages under `out`; returns its stamp (folders, bytes)."""
    folder = os.path.join(os.path.abspath(out), f'web-{pages}')
    stamp_path = os.path.join(folder, 'stamp.json')
    if os.path.exists(stamp_path):
        with open(stamp_path) as f:
            return json.load(f)
    with open(paragraphs_json, encoding='utf-8') as f:
        paragraph_sets = [s['paragraphs'] for s in json.load(f) if len(s['paragraphs']) >= 6]
    warc_dir, text_dir = os.path.join(folder, 'warc'), os.path.join(folder, 'text')
    os.makedirs(warc_dir, exist_ok=True)
    os.makedirs(text_dir, exist_ok=True)
    rng = random.Random(11)
    titles = [f'Council weighs plan number {i}' for i in range(40)]
    html_bytes = 0
    with open(os.path.join(warc_dir, 'pages.warc.gz'), 'wb') as warc:
        for a in articles(paragraph_sets, pages):
            html = f'<!doctype html><html lang="en">{head(rng, a, a["layout"])}{body(rng, a, a["layout"], titles)}</html>'
            html_bytes += len(html.encode('utf-8'))
            warc.write(warc_record(a['url'], a['date'], html))
            with open(os.path.join(text_dir, f'{a["n"]:05d}.txt'), 'w', encoding='utf-8') as t:
                t.write(f'{a["title"]}\n\nBy {a["author"]}, {a["outlet"]}\n{a["date"]}\n\n' + '\n\n'.join(a['paragraphs']) + '\n')
    stamp = {'pages': pages, 'layouts': list(LAYOUTS), 'warc': warc_dir, 'text': text_dir,
             'htmlBytes': html_bytes, 'warcBytes': os.path.getsize(os.path.join(warc_dir, 'pages.warc.gz'))}
    with open(stamp_path, 'w') as f:
        json.dump(stamp, f, indent=1)
    return stamp

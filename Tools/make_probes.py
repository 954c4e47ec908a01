#!/usr/bin/env python3
"""Build probes: the dev yardsticks' data changed the way unseen sites and other scrapers differ.

usage: Tools/make_probes.py PROBE OUT [--eval DIR]

  PROBE  one of the names below; OUT a new directory that `../shared/eval/run KIND --data OUT` reads.
  --eval the yardsticks' directory (default: ../shared/eval beside the repository).

Every change keeps each scalar's offset (or, for pages, touches no gold), so the gold still scores:
  html-nometa    pages without meta tags (charset ones kept) and JSON-LD: sites without og:* or datePublished
  html-hash      every class and id value replaced by a hash of it: names that say nothing (CSS modules)
  html-notitle   pages without <title> and title meta tags: a title that names only the site
  html-br        "</p><p>" as "<br><br>": old markup
  html-divs      HTML5's sectioning elements as <div> and <time> as <span>, with no itemprop, itemscope,
                 itemtype, role, rel or datetime attributes: pages built before HTML5 and microdata
  text-wrap      factRuEval dev texts wrapped at 72 columns as a greedy wrapper does (run factru, dates)
  nerel-wrap     NEREL dev texts so wrapped (run nerel)
  seg-wrap       the seg gold so wrapped (run seg)
  dumps-wrap     the html-text dev dumps so wrapped, a blank line after each paragraph, as html2text
                 writes them (run dumps; the inscriptis dumps stay as they are, no tool wraps them:
                 read the html_text rows of dumps.pages.tsv)
  html-teasers   (dumps-teasers: dumped again) each dev page with an unclassed box of four other pages' linked headlines and opening
                 sentences ("Читайте также") right after its text: related news no class names
  html-comments  (dumps-comments: dumped again) each dev page with four unclassed comments after its
                 text ("Комментарии (4)"; a name, a date-time after the page's, another page's paragraph)
  html-related   (dumps-related: dumped again) each dev page with "Читайте также: <a>another site's
                 headline</a>" as a paragraph after its text's second: a related link inside the text
  dumps-clean    each dev dump as a scraper that keeps the article alone writes it: the gold headline,
                 a blank line, the gold text's paragraphs a blank line apart (run dumps)
  html-ads       (dumps-ads: dumped again) each dev page with an unclassed advertisement (a linked
                 banner, "Реклама", an offer in one sentence) after its text's second paragraph
  html-listcrumbs    the dev pages whose gold trail is found in the page, that trail rewritten as an
                 unclassed <ol> of <li> items, links kept: trails a style sheet lays out, no class naming them
  html-gluedcrumbs   so, the trail's items as bare adjacent <a> elements: separators drawn by CSS
  dumps-listcrumbs   the dumps of those pages, the trail so rewritten (with the classes most sites give
                 it) and the page rendered again by html-text and inscriptis (run dumps)
  dumps-gluedcrumbs  so, as bare adjacent links, which both dumpers run together (run dumps)

Compare a probe's pages before and after a change with ../shared/eval/compare_pages.py. Standard library
only, but for the *crumbs, teasers, related, ads and comments probes: lxml, html-text 0.7.1 and inscriptis 2.7.6 from PyPI, with which
the eval's own dumps render again byte for byte.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import sys

WIDTH = 72


def wrap_line(line, width=WIDTH):
    """A line wrapped where the next word would not fit; each break replaces one space (offsets kept)."""
    words, out, length = line.split(' '), [], 0
    for index, word in enumerate(words):
        if index == 0:
            out.append(word)
            length = len(word)
        elif length + 1 + len(word) > width:
            out.append('\n' + word)
            length = len(word)
        else:
            out.append(' ' + word)
            length += 1 + len(word)
    return ''.join(out)


def wrap(text, separator='\n'):
    return separator.join(wrap_line(line) for line in text.split('\n'))


def copy_pages(src, dst, change):
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        with open(os.path.join(src, name), 'rb') as f:
            data = f.read()
        with open(os.path.join(dst, name), 'wb') as f:
            f.write(change(data))


def link(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    os.symlink(os.path.abspath(src), dst)


META = re.compile(rb'<meta\b[^>]*>', re.I)
JSONLD = re.compile(rb'<script[^>]*ld\+json[^>]*>.*?</script>', re.I | re.S)
CLASS = re.compile(rb'(\s(?:class|id)\s*=\s*)("([^"]*)"|\'([^\']*)\')', re.I)
TITLE = re.compile(rb'<title[^>]*>.*?</title>', re.I | re.S)
TITLE_META = re.compile(rb'<meta[^>]*(og:title|twitter:title|name="title")[^>]*>', re.I)
PARAGRAPHS = re.compile(rb'</p>\s*<p(\s[^>]*)?>', re.I)
SECTIONING = re.compile(rb'<(/?)(article|main|header|footer|nav|aside|section|figure|figcaption|time)(?=[\s>/])', re.I)
SEMANTIC_ATTRIBUTE = re.compile(rb'\s(?:itemprop|itemscope|itemtype|role|rel|datetime)(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>]+))?(?=[\s>/])', re.I)
TAG = re.compile(rb'<[a-zA-Z][^>]*>')
XML_DECLARATION = re.compile(r'^\s*<\?xml[^>]*\?>')


def no_meta(data):
    data = META.sub(lambda m: m.group(0) if b'charset' in m.group(0).lower() else b'', data)
    return JSONLD.sub(b'', data)


def hashed(data):
    def token(t):
        return b'x' + hashlib.md5(t).hexdigest()[:6].encode()

    def attribute(m):
        value = m.group(3) if m.group(3) is not None else m.group(4)
        return m.group(1) + b'"' + b' '.join(token(t) for t in value.split()) + b'"'
    return CLASS.sub(attribute, data)


def no_title(data):
    return TITLE_META.sub(b'', TITLE.sub(b'', data, count=1))


def without_semantics(data):
    def element(m):
        return b'<' + m.group(1) + (b'span' if m.group(2).lower() == b'time' else b'div')
    data = SECTIONING.sub(element, data)
    return TAG.sub(lambda m: SEMANTIC_ATTRIBUTE.sub(b'', m.group(0)), data)


def collapsed(text):
    return ' '.join((text or '').split())


def innermost(tree, holds):
    """The elements for which `holds` is true and for none below them, in document order."""
    matches = [e for e in tree.iter() if isinstance(e.tag, str) and holds(e)]
    chosen = set(matches)
    return [e for e in matches if not any(d in chosen for d in e.iterdescendants())]


def holds_trail(items):
    """Whether an element's text holds the trail's items in order and little else."""
    budget = sum(len(collapsed(item)) for item in items) + 6 * len(items) + 4

    def holds(element):
        text, position = collapsed(element.text_content()), 0
        if len(text) > budget:
            return False
        for item in items:
            position = text.find(collapsed(item), position)
            if position < 0:
                return False
            position += len(collapsed(item))
        return True
    return holds


def page_source(ev, page):
    with open(os.path.join(ev, 'html', 'pages', page['id'] + '.html'), 'rb') as f:
        raw = f.read()
    try:
        text, encoding = raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        text, encoding = raw.decode('cp1251', 'replace'), 'cp1251'
    # lxml reads no text that declares an encoding: the declaration goes.
    return XML_DECLARATION.sub('', text, count=1), encoding


def trail_rewritten(source, items, style, marked):
    """The page with each copy of its trail (a page may print it above and below the text) as an <ol>
    of <li> items ('list') or bare adjacent links ('glued'), the links' addresses kept, with a class
    that names it (`marked`) or none; None when no element holds it."""
    import lxml.html
    tree = lxml.html.fromstring(source)
    elements = innermost(tree, holds_trail(items))
    for element in elements:
        links = {collapsed(a.text_content()): a.get('href') for a in element.iter('a')}
        trail = lxml.html.fragment_fromstring('<ol></ol>' if style == 'list' else '<div></div>')
        if marked:
            trail.set('class', 'breadcrumb' if style == 'list' else 'breadcrumbs')
        for item in items:
            href = links.get(collapsed(item))
            node = lxml.html.fragment_fromstring('<a></a>' if href is not None else '<span></span>')
            node.text = item
            if href is not None:
                node.set('href', href)
            if style == 'list':
                entry = lxml.html.fragment_fromstring('<li class="breadcrumb-item"></li>' if marked else '<li></li>')
                entry.append(node)
                node = entry
            trail.append(node)
        trail.tail = element.tail
        element.getparent().replace(element, trail)
    return lxml.html.tostring(tree, encoding='unicode') if elements else None


def dev_pages(ev):
    with open(os.path.join(ev, 'html', 'gold', 'dev.jsonl'), encoding='utf-8') as f:
        return sorted((json.loads(line) for line in f if line.strip()), key=lambda g: g['id'])


def write_rewritten(ev, out, kind, rewrite):
    """Every dev page as `rewrite(source, index, page, pages)` gives it (its HTML, or None to keep it), as
    a page (`kind` 'html') or dumped again by html-text and inscriptis ('dumps'); the count rewritten."""
    pages = dev_pages(ev)
    link(os.path.join(ev, kind, 'gold'), os.path.join(out, kind, 'gold'))
    dst = os.path.join(out, kind, 'pages')
    os.makedirs(dst)
    renderers = [('html', None)]
    if kind == 'dumps':
        import html_text
        import inscriptis
        renderers = [('html_text', html_text.extract_text), ('inscriptis', inscriptis.get_text)]
    rewritten = 0
    for index, page in enumerate(pages):
        source, encoding = page_source(ev, page)
        html = rewrite(source, index, page, pages)
        rewritten += html is not None
        for dumper, render in renderers:
            name = page['id'] + '.html' if render is None else '%s__%s.txt' % (page['id'], dumper)
            if html is None:
                shutil.copyfile(os.path.join(ev, kind, 'pages', name), os.path.join(dst, name))
            elif render is None:
                with open(os.path.join(dst, name), 'wb') as f:
                    f.write(html.encode(encoding, 'xmlcharrefreplace'))
            else:
                with open(os.path.join(dst, name), 'w', encoding='utf-8', newline='') as f:
                    f.write(render(html))
    return rewritten, len(pages)


def long_paragraphs(page, longer):
    """The paragraphs of a page's gold text longer than `longer` characters."""
    return [p for p in (page['text'] or '').split('\n') if len(p) > longer]


def teaser(page):
    """A teaser of another page: an opening sentence of its second paragraph (of its first, if one), or
    None for a page without a paragraph of 80 characters."""
    paragraphs = long_paragraphs(page, 80)
    if not paragraphs or not page['title']:
        return None
    text = paragraphs[1] if len(paragraphs) > 1 else paragraphs[0]
    sentence = re.match(r'(.{60,220}?[.!?])\s', text + ' ')
    return sentence.group(1) if sentence else text[:200]


def with_teasers(source, index, page, pages):
    """The page with a box of four teasers of other sites' dev pages (linked headline, opening sentence)
    right after its text (`after_text`); unclassed, under a "Читайте также" line. None when the text is
    not found."""
    import lxml.html

    def item(number, other):
        item = lxml.html.fragment_fromstring('<div><a></a><p></p></div>')
        item[0].set('href', '/news/%d.html' % (1000 + number))
        item[0].text, item[1].text = other['title'], teaser(other)
        return item
    return box_after_text(source, index, pages, 37, teaser, lambda others: 'Читайте также', item)


def box_after_text(source, index, pages, stride, usable, label, item):
    """The page with a box right after its text: a `label(others)` line, then `item(number, other)` for
    up to four other sites' pages that give what `usable` takes. None when the text or the others are
    not found."""
    import lxml.html
    tree = lxml.html.fromstring(source)
    after = after_text(tree, pages[index])
    others = other_sites(index, pages, stride, usable)
    if after is None or not others:
        return None
    box = lxml.html.fragment_fromstring('<div><div></div></div>')
    box[0].text = label(others)
    for number, other in enumerate(others):
        box.append(item(number, other))
    after.addnext(box)
    return lxml.html.tostring(tree, encoding='unicode')


def other_sites(index, pages, stride, usable):
    """Up to four other sites' pages that give what `usable` takes, picked at a fixed stride."""
    others = [pages[(index + step * stride) % len(pages)] for step in range(1, 12)]
    return [o for o in others if o['host'] != pages[index]['host'] and usable(o)][:4]


def after_text(tree, page):
    """The element after which the page's text ends: the innermost that holds the end of its last
    paragraph, or its parent when that is inline or a paragraph; None when the text is not found."""
    paragraphs = long_paragraphs(page, 40)
    last = holding_end_of(tree, paragraphs[-1]) if paragraphs else None
    if last is None:
        return None
    anchor = last.getparent() if last.tag in ('p', 'br', 'span', 'b', 'i', 'em', 'strong', 'a') else last
    return anchor if anchor.getparent() is not None and anchor.tag != 'body' else last


def holding_end_of(tree, paragraph):
    """The innermost element (below <body>) that holds the paragraph's last 40 characters, or None."""
    tail = collapsed(paragraph)[-40:]
    found = innermost(tree, lambda e: e.tag not in ('html', 'body') and tail in collapsed(e.text_content()))
    return found[-1] if found and found[-1].getparent() is not None else None


COMMENTERS = ['Иван', 'Ольга К.', 'user2011', 'Сергей Петрович']


def comment(page):
    """A comment taken from another page: the first 400 characters of its last long paragraph, or None."""
    paragraphs = long_paragraphs(page, 120)
    return paragraphs[-1][:400] if paragraphs else None


def with_comments(source, index, page, pages):
    """The page with four comments right after its text (where `with_teasers` puts its box): each an
    author's name and a date-time, a day or more after the page's own date, then the comment;
    unclassed, under "Комментарии (4)". None when the text is not found."""
    import datetime
    import lxml.html
    day = datetime.date.fromisoformat((page.get('published') or '2012-01-05')[:10])

    def item(number, other):
        item = lxml.html.fragment_fromstring('<div><b></b> <span></span><p></p></div>')
        item[0].text = COMMENTERS[number]
        when = day + datetime.timedelta(days=1 + number)
        item[1].text = '%s %02d:%02d' % (when.strftime('%d.%m.%Y'), 10 + number, 5 * number)
        item[2].text = comment(other)
        return item
    return box_after_text(source, index, pages, 41, comment, lambda others: 'Комментарии (%d)' % len(others), item)


def with_related_link(source, index, page, pages):
    """The page with "Читайте также: <a>another site's headline</a>" as a paragraph right after the
    element that holds the end of its text's second paragraph. None for a text of fewer than three."""
    import lxml.html
    tree = lxml.html.fromstring(source)
    second = second_paragraph(tree, page)
    others = other_sites(index, pages, 43, lambda o: o['title'])
    if second is None or not others:
        return None
    link = lxml.html.fragment_fromstring('<p>Читайте также: <a href="/news/2000.html"></a></p>')
    link[0].text = others[0]['title']
    second.addnext(link)
    return lxml.html.tostring(tree, encoding='unicode')


def second_paragraph(tree, page):
    """The innermost element that holds the end of the text's second paragraph, for a text of three
    paragraphs or more; None otherwise."""
    paragraphs = long_paragraphs(page, 40)
    return holding_end_of(tree, paragraphs[1]) if len(paragraphs) >= 3 else None


ADVERTISEMENT = ('<div><a href="http://ads.example/click"><img src="/b.gif"></a><div>Реклама</div>'
                 '<p>Скидки до 50% на все товары для дома и дачи только до конца недели, успейте купить!</p></div>')


def with_advertisement(source, index, page, pages):
    """The page with an unclassed advertisement (a linked banner, "Реклама", an offer in a sentence)
    right after the element that holds the end of its text's second paragraph. None for a text of
    fewer than three."""
    import lxml.html
    tree = lxml.html.fromstring(source)
    second = second_paragraph(tree, page)
    if second is None:
        return None
    second.addnext(lxml.html.fragment_fromstring(ADVERTISEMENT))
    return lxml.html.tostring(tree, encoding='unicode')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('probe')
    ap.add_argument('out')
    ap.add_argument('--eval', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
    a = ap.parse_args()
    ev, out = a.eval, a.out
    if os.path.exists(out):
        sys.exit('%s exists: give a new directory' % out)
    pages = {'html-nometa': no_meta, 'html-hash': hashed, 'html-notitle': no_title,
             'html-br': lambda d: PARAGRAPHS.sub(b'<br><br>', d), 'html-divs': without_semantics}
    if a.probe in pages:
        link(os.path.join(ev, 'html', 'gold'), os.path.join(out, 'html', 'gold'))
        copy_pages(os.path.join(ev, 'html', 'pages'), os.path.join(out, 'html', 'pages'), pages[a.probe])
    elif a.probe == 'text-wrap':
        src, dst = os.path.join(ev, 'factru-dev'), os.path.join(out, 'factru-dev')
        os.makedirs(dst)
        for name in sorted(os.listdir(src)):
            if name.endswith('.txt'):
                with open(os.path.join(src, name), encoding='utf-8', newline='') as f:
                    text = f.read()
                with open(os.path.join(dst, name), 'w', encoding='utf-8', newline='') as f:
                    f.write(wrap(text))
            else:
                link(os.path.join(src, name), os.path.join(dst, name))
        link(os.path.join(ev, 'dates'), os.path.join(out, 'dates'))
    elif a.probe in ('nerel-wrap', 'seg-wrap'):
        kind, name = ('nerel', 'dev.jsonl') if a.probe == 'nerel-wrap' else ('seg', 'factru_dev.jsonl')
        os.makedirs(os.path.join(out, kind))
        with open(os.path.join(ev, kind, name), encoding='utf-8') as f, \
                open(os.path.join(out, kind, name), 'w', encoding='utf-8') as g:
            for line in f:
                if line.strip():
                    doc = json.loads(line)
                    doc['text'] = wrap(doc['text'])
                    g.write(json.dumps(doc, ensure_ascii=False) + '\n')
    elif a.probe == 'dumps-wrap':
        link(os.path.join(ev, 'dumps', 'gold'), os.path.join(out, 'dumps', 'gold'))
        src, dst = os.path.join(ev, 'dumps', 'pages'), os.path.join(out, 'dumps', 'pages')
        os.makedirs(dst)
        for name in sorted(os.listdir(src)):
            with open(os.path.join(src, name), encoding='utf-8', newline='') as f:
                text = f.read()
            with open(os.path.join(dst, name), 'w', encoding='utf-8', newline='') as f:
                f.write(wrap(text, separator='\n\n') if name.endswith('__html_text.txt') else text)
    elif a.probe in ('html-teasers', 'dumps-teasers'):
        print('teaser boxes added: %d of %d pages' % write_rewritten(ev, out, a.probe.split('-')[0], with_teasers))
    elif a.probe == 'dumps-clean':
        link(os.path.join(ev, 'dumps', 'gold'), os.path.join(out, 'dumps', 'gold'))
        os.makedirs(os.path.join(out, 'dumps', 'pages'))
        with open(os.path.join(ev, 'dumps', 'gold', 'dev.jsonl'), encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    dump = json.loads(line)
                    head = dump['title'] + '\n\n' if dump.get('title') else ''
                    body = '\n\n'.join(p for p in (dump.get('text') or '').split('\n') if p.strip())
                    with open(os.path.join(out, 'dumps', 'pages', dump['id'] + '.txt'), 'w', encoding='utf-8') as g:
                        g.write(head + body + '\n')
    elif a.probe in ('html-ads', 'dumps-ads'):
        print('advertisements added: %d of %d pages' % write_rewritten(ev, out, a.probe.split('-')[0], with_advertisement))
    elif a.probe in ('html-related', 'dumps-related'):
        print('links added: %d of %d pages' % write_rewritten(ev, out, a.probe.split('-')[0], with_related_link))
    elif a.probe in ('html-comments', 'dumps-comments'):
        print('comments added: %d of %d pages' % write_rewritten(ev, out, a.probe.split('-')[0], with_comments))
    elif a.probe in ('html-listcrumbs', 'html-gluedcrumbs', 'dumps-listcrumbs', 'dumps-gluedcrumbs'):
        kind, style = a.probe.split('-')

        def rewrite(source, index, page, pages):
            trail = page.get('breadcrumbs')
            return trail_rewritten(source, trail, style[:-len('crumbs')], kind == 'dumps') if trail else None
        print('trails rewritten: %d of %d pages' % write_rewritten(ev, out, kind, rewrite))
    else:
        sys.exit('unknown probe %s (see --help)' % a.probe)


if __name__ == '__main__':
    main()

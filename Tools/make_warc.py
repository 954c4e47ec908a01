#!/usr/bin/env python3
"""Build a WARC file from a folder of HTML pages, one `response` record per page, for benchmarks and tests.

usage: Tools/make_warc.py PAGES_DIR OUTPUT.warc[.gz] [--charset-header]

With .gz, each record is its own gzip member, as crawlers write them. Standard library only.
"""
import argparse
import gzip
import os
import uuid
from datetime import datetime, timezone


def record(url, body, date, charset_header=False, content_type=None):
    """One `response` record; `content_type` overrides the page's (an image, a charset)."""
    content_type = content_type or ('text/html; charset=utf-8' if charset_header else 'text/html')
    http = ('HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n' % (content_type, len(body))).encode() + body
    headers = ('WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: %s\r\n'
               'WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n'
               % (uuid.uuid5(uuid.NAMESPACE_URL, url), date, url, len(http)))
    return headers.encode() + http + b'\r\n\r\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('pages')
    ap.add_argument('output')
    ap.add_argument('--charset-header', action='store_true')
    a = ap.parse_args()
    date = datetime(2011, 11, 28, tzinfo=timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    names = sorted(n for n in os.listdir(a.pages) if n.endswith('.html'))
    with open(a.output, 'wb') as out:
        for name in names:
            with open(os.path.join(a.pages, name), 'rb') as f:
                data = record('http://example.org/%s' % name, f.read(), date, a.charset_header)
            out.write(gzip.compress(data) if a.output.endswith('.gz') else data)
    print('%d records -> %s' % (len(names), a.output))


if __name__ == '__main__':
    main()

#!/usr/bin/python3
"""Writes a LibreOffice flat ODT from a public-domain SQLite HTML page: its headings and
paragraphs as they are, plus a running page header and footer (for the header/footer test)."""
import html, re, sys
from html.parser import HTMLParser
from xml.sax.saxutils import escape

class Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.kind, self.text = [], None, []
    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "p", "li"):
            self.flush()
            self.kind = "h" if tag.startswith("h") else "p"
    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "p", "li", "ul"):
            self.flush()
    def handle_data(self, data):
        if self.kind:
            self.text.append(data)
    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.text)).strip()
        if self.kind and text:
            self.blocks.append((self.kind, text))
        self.text = []

source, title, out = sys.argv[1:4]
page = open(source, encoding="utf-8").read()
body = page[page.find("<h1"):]
parser = Blocks()
parser.feed(body)
paragraphs = "\n".join(
    f'<text:h text:outline-level="1">{escape(t)}</text:h>' if k == "h"
    else f'<text:p text:style-name="Standard">{escape(t)}</text:p>' for k, t in parser.blocks)
open(out, "w", encoding="utf-8").write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
     fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.8cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>{escape(title)} (SQLite documentation, public domain)</text:p></style:header>
   <style:footer><text:p>Page <text:page-number text:select-page="current"/></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{paragraphs}
 </office:text></office:body>
</office:document>
''')

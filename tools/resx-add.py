#!/usr/bin/env python3
"""Add or replace strings in a resx pair. Usage: resx.py <Resources dir> <Name> <file.tsv>
TSV lines: key<TAB>french<TAB>english"""
import sys, os, html
d, name, tsv = sys.argv[1:4]
HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
'''
import re
rows = [l.rstrip('\n').split('\t') for l in open(tsv, encoding='utf-8') if l.strip()]
for suffix, col in (('', 1), ('.en', 2)):
    p = os.path.join(d, f'{name}{suffix}.resx')
    s = open(p, encoding='utf-8').read() if os.path.exists(p) else HEADER
    for r in rows:
        key, val = r[0], html.escape(r[col], quote=False)
        line = f'  <data name="{key}" xml:space="preserve"><value>{val}</value></data>\n'
        pat = re.compile(r'  <data name="' + re.escape(key) + r'" xml:space="preserve"><value>.*?</value></data>\n', re.S)
        if pat.search(s): s = pat.sub(lambda m: line, s)
        else: s = s.replace('</root>', line + '</root>')
    open(p, 'w', encoding='utf-8').write(s)
print(f'{len(rows)} strings in {name}')

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# texts.py TOP_SRCDIR: print the words of every user-facing text, one
# "WORD<TAB>FILE:LINE" per line, for tests/lint/spelling.sh:
#  - the catalogue's string literals (schema/catalogue/*.sql);
#  - the C string literals of src/ (screens, exports, command line),
#    adjacent literals joined; SQL statements, markup and style sheets,
#    format specifiers, escapes and identifiers (keys, file names, options)
#    are left out;
#  - the man page's text (docs/vitaal.1), without its requests and escapes.
# A word is a run of letters with inner hyphens or apostrophes; a run that
# touches a digit, '_', '/', '.', '@', '=', '<' or '>' is an identifier.
import glob, os, re, sys

top = sys.argv[1] if len(sys.argv) > 1 else '.'
LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
WORD = re.compile(r"(?<![\w./@=<>%%-])[%s]+(?:[-'’][%s]+)*(?![\w/@=<>]|\.[%s\d])" % (LETTER, LETTER, LETTER))
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|FROM|WHERE|VALUES|BEGIN|COMMIT|AS|"
                 r"WHEN|AND|NULL|"
                 r"ROLLBACK|SAVEPOINT|RELEASE|ATTACH|DETACH|VACUUM|ORDER BY|GROUP BY|JOIN|"
                 r"EXISTS|COALESCE|LIMIT|DROP|ALTER|REPLACE INTO|ON CONFLICT)\b")
FMT = re.compile(r"%[-+ #0']*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsp%]|%\"PRI[a-z0-9]+\"?")
ESC = re.compile(r"\\(x[0-9a-fA-F]+|[0-7]{1,3}|u[0-9a-fA-F]{4}|.)")
TAG = re.compile(r"<[^<>]*>|&[a-z]+;|&#\d+;")

def words(text, where):
    text = TAG.sub(' ', text)
    for m in WORD.finditer(text):
        w = m.group(0)
        if text[m.end():m.end() + 1] == '-':
            continue	# an elided part of a compound ("veiligheids- en …")
        if len(w) < 2 or re.search(r"[a-zà-ÿ][A-ZÀ-Ý]", w):
            continue	# too short to check, or camelCase (a name in code)
        print('%s\t%s' % (w, where))

def catalogue():
    for f in sorted(glob.glob(os.path.join(top, 'schema/catalogue/*.sql'))):
        rel = os.path.relpath(f, top)
        for n, line in enumerate(open(f, encoding='utf-8'), 1):
            if line.lstrip().startswith('--'):
                continue
            for m in re.finditer(r"'((?:[^']|'')*)'", line):
                s = m.group(1).replace("''", "'")
                # An example's SQL statement (cat_example_sql): its own
                # literals are the texts.
                parts = re.findall(r"'((?:[^']|'')*)'", s) if SQL.search(s) else [s]
                for t in parts:
                    t = t.replace("''", "'")
                    if ' ' not in t and re.fullmatch(r"[a-z0-9:T._-]+", t):
                        continue	# a key, a kind, a source or a date
                    words(t, '%s:%d' % (rel, n))

def c_sources():
    files = [f for f in glob.glob(os.path.join(top, 'src/**/*.c'), recursive=True)
             if not f.endswith('sql_embedded.c')]
    files += glob.glob(os.path.join(top, 'include/vitaal/*.h'))
    for f in sorted(files):
        rel = os.path.relpath(f, top)
        src = open(f, encoding='utf-8').read()
        # Drop comments and character constants, keeping line numbers.
        src = re.sub(r"/\*.*?\*/", lambda m: '\n' * m.group(0).count('\n'), src, flags=re.S)
        src = re.sub(r"//[^\n]*", '', src)
        src = re.sub(r"'(\\.|[^'\\])'", "' '", src)
        src = re.sub(r"^[ \t]*#[ \t]*include[^\n]*", '', src, flags=re.M)
        # Adjacent literals form one string.
        for m in re.finditer(r'"(?:\\.|[^"\\\n])*"(?:\s*"(?:\\.|[^"\\\n])*")*', src):
            line = src.count('\n', 0, m.start()) + 1
            s = ''.join(re.findall(r'"((?:\\.|[^"\\\n])*)"', m.group(0)))
            if SQL.search(s) or re.search(r"\b[a-z]+_[a-z_]+\b|\b(strftime|coalesce)\(", s):
                continue	# SQL, or a list of columns
            if re.search(r"xmlns|<\?xml|\b(style|fo|text|table|office):|digraph|subgraph|->|"
                         r"quadrantChart|x-axis|(node|edge|graph) \[|(Content-[A-Z]\w+|MIME-Version|X-Unsent):", s):
                continue	# ODT, Graphviz, Mermaid or mail header markup
            s = re.sub(r"[\w:-]+=(\\?\"[^\"\\]*\\?\"|\S+)", ' ', s)	# attributes
            if re.search(r"[{};]\s*$|^\s*[.#@][\w-]+\s*\{|:\s*[\w#-]+;", s):
                continue	# a style sheet
            s = FMT.sub(' ', s)
            s = ESC.sub(' ', s)
            if ' ' not in s.strip():
                continue	# an identifier, a key, a file name or a lone label
            words(s, '%s:%d' % (rel, line))

def manpage():
    f = os.path.join(top, 'docs/vitaal.1')
    rel = os.path.relpath(f, top)
    for n, line in enumerate(open(f, encoding='utf-8'), 1):
        if line.startswith('.\\"') or line.startswith("'\\\""):
            continue
        if line.startswith('.'):
            req = line.split(None, 1)
            if req[0] in ('.TH', '.de', '.ds', '.nr', '.so'):
                continue
            # Bold and italic lines name commands, options and files.
            req_skip = req[0] in ('.B', '.BR', '.BI', '.I', '.IR', '.RB', '.IB')
            line = req[1] if len(req) > 1 else ''
        else:
            req_skip = False
        if req_skip:
            continue
        line = re.sub(r"\\-\\-?[\w\\-]+", ' ', line)	# an option
        line = re.sub(r"\\f[BIRP]|\\f\(..|\\\(..|\\[-&|^ e]|\\c", ' ', line)
        line = line.replace('"', ' ')
        words(line, '%s:%d' % (rel, n))

catalogue()
c_sources()
manpage()

"""pyvm's _sre: the regular-expression engine behind `re`, written in Python.

`re._compiler` turns a pattern into the SRE code list CPython's C engine runs; this module
runs the same code with a backtracking interpreter (`_State.run`). Backtracking points
(branches, repeats) recurse with a continuation, so very long repetitions of complex
groups are bounded by the recursion limit; single-character repeats (`a*`, `[^,]+`, `.*`)
are loops.
"""

import sys as _sys

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 2147483647
copyright = ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB '

# Opcodes (re._constants.OPCODES order).
(FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET,
 BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL,
 MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE,
 ATOMIC_GROUP, POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE,
 LITERAL_IGNORE, NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE,
 LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE,
 LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE) = range(43)

(AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY,
 AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
 AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) = range(12)

(CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_SPACE, CATEGORY_NOT_SPACE, CATEGORY_WORD,
 CATEGORY_NOT_WORD, CATEGORY_LINEBREAK, CATEGORY_NOT_LINEBREAK, CATEGORY_LOC_WORD,
 CATEGORY_LOC_NOT_WORD, CATEGORY_UNI_DIGIT, CATEGORY_UNI_NOT_DIGIT, CATEGORY_UNI_SPACE,
 CATEGORY_UNI_NOT_SPACE, CATEGORY_UNI_WORD, CATEGORY_UNI_NOT_WORD, CATEGORY_UNI_LINEBREAK,
 CATEGORY_UNI_NOT_LINEBREAK) = range(18)

_UNI_LINEBREAKS = frozenset((10, 11, 12, 13, 28, 29, 30, 133, 0x2028, 0x2029))


def getcodesize():
    return CODESIZE


def ascii_iscased(ch):
    return ch < 128 and (65 <= ch <= 90 or 97 <= ch <= 122)


def ascii_tolower(ch):
    return ch + 32 if 65 <= ch <= 90 else ch


def unicode_tolower(ch):
    low = chr(ch).lower()
    return ord(low) if len(low) == 1 else ch


def _unicode_toupper(ch):
    up = chr(ch).upper()
    return ord(up) if len(up) == 1 else ch


def unicode_iscased(ch):
    return ch != unicode_tolower(ch) or ch != _unicode_toupper(ch)


def _is_word(ch):
    return ch < 128 and (48 <= ch <= 57 or 65 <= ch <= 90 or 97 <= ch <= 122 or ch == 95)


def _is_uni_word(ch):
    return ch == 95 or chr(ch).isalnum()


def _category(code, ch):
    if code == CATEGORY_DIGIT:
        return 48 <= ch <= 57
    if code == CATEGORY_NOT_DIGIT:
        return not 48 <= ch <= 57
    if code == CATEGORY_SPACE:
        return ch in (9, 10, 11, 12, 13, 32)
    if code == CATEGORY_NOT_SPACE:
        return ch not in (9, 10, 11, 12, 13, 32)
    if code == CATEGORY_WORD or code == CATEGORY_LOC_WORD:
        return _is_word(ch)
    if code == CATEGORY_NOT_WORD or code == CATEGORY_LOC_NOT_WORD:
        return not _is_word(ch)
    if code == CATEGORY_LINEBREAK:
        return ch == 10
    if code == CATEGORY_NOT_LINEBREAK:
        return ch != 10
    if code == CATEGORY_UNI_DIGIT:
        return chr(ch).isdecimal()
    if code == CATEGORY_UNI_NOT_DIGIT:
        return not chr(ch).isdecimal()
    if code == CATEGORY_UNI_SPACE:
        return chr(ch).isspace()
    if code == CATEGORY_UNI_NOT_SPACE:
        return not chr(ch).isspace()
    if code == CATEGORY_UNI_WORD:
        return _is_uni_word(ch)
    if code == CATEGORY_UNI_NOT_WORD:
        return not _is_uni_word(ch)
    if code == CATEGORY_UNI_LINEBREAK:
        return ch in _UNI_LINEBREAKS
    if code == CATEGORY_UNI_NOT_LINEBREAK:
        return ch not in _UNI_LINEBREAKS
    return False


def _in_charset(code, pc, ch):
    """Whether ch is in the set starting at code[pc] (ends at FAILURE)."""
    ok = True
    while True:
        op = code[pc]
        if op == FAILURE:
            return not ok
        if op == LITERAL:
            if ch == code[pc + 1]:
                return ok
            pc += 2
        elif op == CATEGORY:
            if _category(code[pc + 1], ch):
                return ok
            pc += 2
        elif op == CHARSET:
            if ch < 256 and code[pc + 1 + (ch >> 5)] & (1 << (ch & 31)):
                return ok
            pc += 9
        elif op == RANGE:
            if code[pc + 1] <= ch <= code[pc + 2]:
                return ok
            pc += 3
        elif op == RANGE_UNI_IGNORE:
            if code[pc + 1] <= ch <= code[pc + 2]:
                return ok
            up = _unicode_toupper(ch)
            if code[pc + 1] <= up <= code[pc + 2]:
                return ok
            pc += 3
        elif op == NEGATE:
            ok = not ok
            pc += 1
        elif op == BIGCHARSET:
            count = code[pc + 1]
            pc += 2
            if ch < 65536:
                word = code[pc + ((ch >> 8) >> 2)]
                block = (word >> (((ch >> 8) & 3) * 8)) & 255
                base = pc + 64 + block * 8
                low = ch & 255
                if code[base + (low >> 5)] & (1 << (low & 31)):
                    return ok
            pc += 64 + count * 8
        else:
            raise RuntimeError('internal error in regular expression charset')


class _State:
    __slots__ = ('code', 'chars', 'string', 'start', 'end', 'marks', 'lastindex',
                 'must_advance', 'match_all', 'search_start')

    def __init__(self, code, chars, string, end, ngroups):
        self.code = code
        self.chars = chars
        self.string = string
        self.end = end
        self.marks = [-1] * (ngroups * 2)
        self.lastindex = -1
        self.must_advance = False
        self.match_all = False
        self.start = 0

    def reset(self):
        for i in range(len(self.marks)):
            self.marks[i] = -1
        self.lastindex = -1

    def _final(self, pos):
        if self.match_all and pos != self.end:
            return None
        if self.must_advance and pos == self.search_start:
            return None
        return pos

    def _one(self, pc, ch):
        """Whether the single-character op at pc accepts character ch."""
        code = self.code
        op = code[pc]
        if op == ANY:
            return ch != 10
        if op == ANY_ALL:
            return True
        if op == LITERAL:
            return ch == code[pc + 1]
        if op == NOT_LITERAL:
            return ch != code[pc + 1]
        if op == IN:
            return _in_charset(code, pc + 2, ch)
        if op == LITERAL_IGNORE:
            return ascii_tolower(ch) == code[pc + 1]
        if op == NOT_LITERAL_IGNORE:
            return ascii_tolower(ch) != code[pc + 1]
        if op == LITERAL_UNI_IGNORE:
            return unicode_tolower(ch) == code[pc + 1]
        if op == NOT_LITERAL_UNI_IGNORE:
            return unicode_tolower(ch) != code[pc + 1]
        if op == LITERAL_LOC_IGNORE:
            return ascii_tolower(ch) == code[pc + 1] or ch == code[pc + 1]
        if op == NOT_LITERAL_LOC_IGNORE:
            return not (ascii_tolower(ch) == code[pc + 1] or ch == code[pc + 1])
        if op == IN_IGNORE:
            return _in_charset(code, pc + 2, ascii_tolower(ch))
        if op == IN_UNI_IGNORE:
            return _in_charset(code, pc + 2, unicode_tolower(ch))
        if op == IN_LOC_IGNORE:
            return (_in_charset(code, pc + 2, ch)
                    or _in_charset(code, pc + 2, ascii_tolower(ch)))
        if op == CATEGORY:
            return _category(code[pc + 1], ch)
        raise RuntimeError('internal error in regular expression: op %d' % op)

    def _at(self, kind, pos):
        chars = self.chars
        end = self.end
        if kind == AT_BEGINNING or kind == AT_BEGINNING_STRING:
            return pos == 0
        if kind == AT_BEGINNING_LINE:
            return pos == 0 or chars[pos - 1] == 10
        if kind == AT_END:
            return pos == end or (pos == end - 1 and chars[pos] == 10)
        if kind == AT_END_LINE:
            return pos == end or chars[pos] == 10
        if kind == AT_END_STRING:
            return pos == end
        if kind in (AT_BOUNDARY, AT_NON_BOUNDARY, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
                    AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY):
            word = _is_uni_word if kind in (AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) else _is_word
            if self.end == 0:
                return False
            before = pos > 0 and word(chars[pos - 1])
            after = pos < end and word(chars[pos])
            if kind in (AT_BOUNDARY, AT_LOC_BOUNDARY, AT_UNI_BOUNDARY):
                return before != after
            return before == after
        return False

    def _save(self):
        return (self.marks[:], self.lastindex)

    def _restore(self, saved):
        self.marks[:] = saved[0]
        self.lastindex = saved[1]

    def run(self, pc, pos, k):
        """Runs code from pc at pos; at SUCCESS (or the end of a repeat body) calls k(pos).
        Returns what k returned, or None when there is no match."""
        code = self.code
        chars = self.chars
        end = self.end
        while True:
            op = code[pc]
            if op == SUCCESS or op == MAX_UNTIL or op == MIN_UNTIL:
                return k(pos)
            if op == FAILURE:
                return None
            if op in (LITERAL, NOT_LITERAL, ANY, ANY_ALL, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
                      LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE,
                      NOT_LITERAL_LOC_IGNORE, CATEGORY):
                if pos >= end or not self._one(pc, chars[pos]):
                    return None
                pos += 1
                pc += 1 if op == ANY or op == ANY_ALL else 2
            elif op in (IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE):
                if pos >= end or not self._one(pc, chars[pos]):
                    return None
                pos += 1
                pc += 1 + code[pc + 1]
            elif op == INFO:
                if end - pos < code[pc + 3]:
                    return None
                pc += 1 + code[pc + 1]
            elif op == MARK:
                i = code[pc + 1]
                if i & 1:
                    self.lastindex = i // 2 + 1
                self.marks[i] = pos
                pc += 2
            elif op == AT:
                if not self._at(code[pc + 1], pos):
                    return None
                pc += 2
            elif op == JUMP:
                pc += 1 + code[pc + 1]
            elif op == BRANCH:
                p = pc + 1
                saved = self._save()
                while code[p]:
                    r = self.run(p + 1, pos, k)
                    if r is not None:
                        return r
                    self._restore(saved)
                    p += code[p]
                return None
            elif op in (REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE):
                return self._repeat_one(op, pc, pos, k)
            elif op == REPEAT or op == POSSESSIVE_REPEAT:
                return self._repeat(op, pc, pos, k)
            elif op == ASSERT or op == ASSERT_NOT:
                back = code[pc + 2]
                start = pos - back
                if start < 0:
                    ok = False
                else:
                    saved = self._save()
                    ok = self.run(pc + 3, start, _identity) is not None
                    if op == ASSERT_NOT or not ok:
                        self._restore(saved)
                if ok != (op == ASSERT):
                    return None
                pc += 1 + code[pc + 1]
            elif op == ATOMIC_GROUP:
                r = self.run(pc + 2, pos, _identity)
                if r is None:
                    return None
                pos = r
                pc += 1 + code[pc + 1]
            elif op in (GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE):
                g = code[pc + 1]
                s, e = self.marks[2 * g], self.marks[2 * g + 1]
                if s < 0 or e < 0 or e < s:
                    return None
                n = e - s
                if pos + n > end:
                    return None
                for i in range(n):
                    a, b = chars[s + i], chars[pos + i]
                    if op == GROUPREF:
                        same = a == b
                    elif op == GROUPREF_UNI_IGNORE:
                        same = unicode_tolower(a) == unicode_tolower(b)
                    else:
                        same = ascii_tolower(a) == ascii_tolower(b)
                    if not same:
                        return None
                pos += n
                pc += 2
            elif op == GROUPREF_EXISTS:
                g = code[pc + 1]
                s, e = self.marks[2 * g], self.marks[2 * g + 1]
                if s < 0 or e < 0 or e < s:
                    pc += 1 + code[pc + 2]
                else:
                    pc += 3
            else:
                raise RuntimeError('internal error in regular expression: op %d' % op)

    def _repeat_one(self, op, pc, pos, k):
        code = self.code
        chars = self.chars
        lo, hi = code[pc + 2], code[pc + 3]
        body = pc + 4
        after = pc + 1 + code[pc + 1]
        avail = self.end - pos
        limit = avail if hi == MAXREPEAT or hi > avail else hi
        if op == MIN_REPEAT_ONE:
            n = 0
            while n < lo:
                if n >= limit or not self._one(body, chars[pos + n]):
                    return None
                n += 1
            saved = self._save()
            while True:
                r = self.run(after, pos + n, k)
                if r is not None:
                    return r
                self._restore(saved)
                if n >= limit or not self._one(body, chars[pos + n]):
                    return None
                n += 1
        n = 0
        while n < limit and self._one(body, chars[pos + n]):
            n += 1
        if n < lo:
            return None
        if op == POSSESSIVE_REPEAT_ONE:
            return self.run(after, pos + n, k)
        # Greedy: give characters back one at a time. A literal next is checked first.
        nxt = code[after]
        lit = code[after + 1] if nxt == LITERAL else None
        saved = self._save()
        while n >= lo:
            if lit is None or (pos + n < self.end and chars[pos + n] == lit):
                r = self.run(after, pos + n, k)
                if r is not None:
                    return r
                self._restore(saved)
            n -= 1
        return None

    def _repeat(self, op, pc, pos, k):
        code = self.code
        lo, hi = code[pc + 2], code[pc + 3]
        body = pc + 4
        until = pc + 1 + code[pc + 1]
        after = until + 1
        if op == POSSESSIVE_REPEAT:
            n = 0
            while hi == MAXREPEAT or n < hi:
                saved = self._save()
                r = self.run(body, pos, _identity)
                if r is None or (r == pos and n >= lo):
                    self._restore(saved)
                    break
                pos = r
                n += 1
            if n < lo:
                return None
            return self.run(after, pos, k)
        minimal = code[until] == MIN_UNTIL

        def step(count, pos, prev):
            if count < lo:
                return self.run(body, pos, lambda p: step(count + 1, p, pos))
            saved = self._save()
            if minimal:
                r = self.run(after, pos, k)
                if r is not None:
                    return r
                self._restore(saved)
                if (hi == MAXREPEAT or count < hi) and pos != prev:
                    return self.run(body, pos, lambda p: step(count + 1, p, pos))
                return None
            if (hi == MAXREPEAT or count < hi) and pos != prev:
                r = self.run(body, pos, lambda p: step(count + 1, p, pos))
                if r is not None:
                    return r
                self._restore(saved)
            return self.run(after, pos, k)

        return step(0, pos, -1)


def _identity(pos):
    return pos


def _chars(string):
    if isinstance(string, str):
        return [ord(c) for c in string]
    if isinstance(string, (bytes, bytearray)):
        return list(string)
    raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_code', '_indexgroup',
                 '__weakref__')

    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup):
        self.pattern = pattern
        self.flags = flags
        self._code = list(code)
        self.groups = groups
        self.groupindex = dict(groupindex)
        self._indexgroup = indexgroup

    def _state(self, string, pos, endpos):
        chars = _chars(string)
        if isinstance(self.pattern, str) and not isinstance(string, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        if isinstance(self.pattern, (bytes, bytearray)) and isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        n = len(chars)
        endpos = n if endpos > n else max(endpos, 0)
        pos = min(max(pos, 0), n)
        st = _State(self._code, chars, string, endpos, self.groups + 1)
        st.start = pos
        return st

    def _match_at(self, st, pos):
        st.reset()
        st.search_start = pos
        end = st.run(0, pos, st._final)
        if end is None:
            return None
        return Match(self, st, pos, end)

    def _search(self, st, pos):
        code = self._code
        # A leading literal (after INFO) lets positions that cannot match be skipped.
        pc = 1 + code[1] if code[0] == INFO else 0
        first = code[pc + 1] if code[pc] == LITERAL else None
        chars = st.chars
        while pos <= st.end:
            if first is None or (pos < st.end and chars[pos] == first):
                m = self._match_at(st, pos)
                if m is not None:
                    return m
            pos += 1
            st.must_advance = False
        return None

    def match(self, string, pos=0, endpos=_sys.maxsize):
        st = self._state(string, pos, endpos)
        return self._match_at(st, st.start)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        st = self._state(string, pos, endpos)
        st.match_all = True
        return self._match_at(st, st.start)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        st = self._state(string, pos, endpos)
        return self._search(st, st.start)

    def _iter(self, string, pos=0, endpos=_sys.maxsize):
        st = self._state(string, pos, endpos)
        pos = st.start
        while pos <= st.end:
            m = self._search(st, pos)
            if m is None:
                return
            yield m
            b, e = m._regs[0]
            st.must_advance = e == b
            pos = e

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        return iter(list(self._iter(string, pos, endpos)))

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) if m._regs[1][0] >= 0 else string[:0])
            else:
                out.append(tuple(m.group(i) if m._regs[i][0] >= 0 else string[:0]
                                 for i in range(1, self.groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            b, e = m._regs[0]
            out.append(string[last:b])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def _subn(self, repl, string, count):
        if callable(repl):
            filter = repl
        else:
            literal = '\\' not in repl if isinstance(repl, str) else b'\\' not in repl
            if literal:
                filter = repl
            else:
                import re
                filter = re._subx(self, repl)
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            b, e = m._regs[0]
            pieces.append(string[last:b])
            r = filter(m) if callable(filter) else filter
            if r is not None:
                pieces.append(r)
            last = e
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subn(repl, string, count)

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        import re
        flags = self.flags
        names = []
        if isinstance(self.pattern, str):
            flags &= ~re.UNICODE
        for f in (re.TEMPLATE, re.IGNORECASE, re.LOCALE, re.MULTILINE, re.DOTALL,
                  re.UNICODE, re.VERBOSE, re.DEBUG, re.ASCII):
            if flags & f:
                names.append('re.' + f.name)
                flags &= ~f
        if flags:
            names.append(hex(flags))
        pat = repr(self.pattern)[:200]
        if names:
            return f're.compile({pat}, {"|".join(names)})'
        return f're.compile({pat})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._code == other._code)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._st = pattern._state(string, pos, endpos)
        self._pos = self._st.start

    def match(self):
        st = self._st
        if self._pos > st.end:
            return None
        m = self.pattern._match_at(st, self._pos)
        self._advance(m)
        return m

    def search(self):
        st = self._st
        if self._pos > st.end:
            return None
        m = self.pattern._search(st, self._pos)
        self._advance(m)
        return m

    def _advance(self, m):
        if m is None:
            self._pos = self._st.end + 1
            return
        b, e = m._regs[0]
        self._st.must_advance = e == b
        self._pos = e


class Match:
    """The result of re.match() and re.search()."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_regs', 'lastindex')

    def __init__(self, pattern, st, start, end):
        self.re = pattern
        self.string = st.string
        self.pos = st.start
        self.endpos = st.end
        marks = st.marks
        regs = [(start, end)]
        for g in range(1, pattern.groups + 1):
            s, e = marks[2 * g - 2], marks[2 * g - 1]
            regs.append((s, e) if s >= 0 and e >= 0 and s <= e else (-1, -1))
        self._regs = tuple(regs)
        self.lastindex = st.lastindex if st.lastindex >= 0 else None

    def _index(self, g):
        if isinstance(g, int) or hasattr(type(g), '__index__') and not isinstance(g, str):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError('no such group')
            if 0 <= i <= self.re.groups:
                return i
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        s, e = self._regs[i]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._regs[self._index(group)][0]

    def end(self, group=0):
        return self._regs[self._index(group)][1]

    def span(self, group=0):
        return self._regs[self._index(group)]

    @property
    def regs(self):
        return self._regs

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        ig = self.re._indexgroup
        if self.lastindex < len(ig):
            return ig[self.lastindex]
        return None

    def expand(self, template):
        import re
        return re._expand(self.re, self, template)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self._regs[0], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = Match.__module__ = 're'


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    return Pattern(pattern, flags, code, groups, groupindex, indexgroup)

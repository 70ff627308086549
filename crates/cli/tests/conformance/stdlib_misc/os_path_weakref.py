import os
import os.path
import posixpath
import weakref
import textwrap
import contextlib

print(os.path.join('a', 'b', 'c.txt'), os.path.split('/x/y/z.py'), os.path.splitext('arch.tar.gz'))
print(os.path.basename('/p/q/r'), os.path.dirname('/p/q/r'), os.path.normpath('a//b/../c/./d'))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.commonprefix(['/usr/lib', '/usr/local']))
print(os.path.relpath('/a/b/c', '/a'), posixpath.expanduser('x'), os.sep, os.curdir, os.pardir)
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(here))
print(os.path.isfile(os.path.join(here, 'os_path_weakref.py')), os.path.exists('/definitely/not/here'))
print('os_path_weakref.py' in os.listdir(here), os.getcwd() == here)
print(os.path.getsize(os.path.join(here, 'os_path_weakref.py')) > 100)
print(type(os.environ.get('PATH')).__name__, os.environ.get('PYVM_SURELY_UNSET', 'default'))
try:
    os.stat('/definitely/not/here')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)


class Obj:
    pass


o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.getweakrefcount(o) >= 1)
del o
print(r())
cache = weakref.WeakValueDictionary()
k = Obj()
cache['k'] = k
print('k' in cache, cache['k'] is k)

text = 'The quick brown fox jumps over the lazy dog and keeps running far away.'
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.dedent('''\
    indented
      more
    back'''))
print(textwrap.indent('a\nb', '> '), textwrap.shorten(text, 25))


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    yield name.upper()
    print('</%s>' % name)


with tag('b') as t:
    print('inside', t)
with contextlib.suppress(KeyError):
    {}['missing']
print('suppressed')
with contextlib.ExitStack() as stack:
    stack.callback(print, 'callback ran')
    print('in stack')

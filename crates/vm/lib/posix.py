"""pyvm's posix module: the native functions of `_posix` plus what is simplest in Python
(`stat_result`, `fspath`, `stat`/`lstat`, `environ`, constants). `os` builds on it."""

from _posix import *
from _posix import _exit, _stat, _environ, _get_terminal_size

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_TRUNC, O_APPEND = 0o100, 0o200, 0o1000, 0o2000
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
EX_OK = 0

_have_functions = []

environ = _environ()


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, (values[0], values[1], values[2], values[3], values[4],
                                   values[5], values[6], int(values[7]), int(values[8]),
                                   int(values[9])))
        self._extra = values
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[7])
    st_mtime = property(lambda self: self._extra[8])
    st_ctime = property(lambda self: self._extra[9])
    st_atime_ns = property(lambda self: self._extra[10])
    st_mtime_ns = property(lambda self: self._extra[11])
    st_ctime_ns = property(lambda self: self._extra[12])

    def __repr__(self):
        fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                  'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        body = ', '.join(f'{n}={v!r}' for n, v in zip(fields, self))
        return f'os.stat_result({body})'

    def __reduce__(self):
        return (stat_result, (self._extra,))


stat_result.__module__ = 'os'


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


terminal_size.__module__ = 'os'


def get_terminal_size(fd=1, /):
    return terminal_size(_get_terminal_size(fd))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_stat(fspath(path), False))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        st = stat(path, follow_symlinks=follow_symlinks)
    except OSError:
        return False
    if mode == F_OK:
        return True
    bits = st.st_mode
    ok = True
    if mode & R_OK:
        ok = ok and bool(bits & 0o444)
    if mode & W_OK:
        ok = ok and bool(bits & 0o222)
    if mode & X_OK:
        ok = ok and bool(bits & 0o111)
    return ok


def getcwdb():
    return getcwd().encode()


class DirEntry:
    """An entry of scandir(): a name in a directory, with its path and file type."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, directory, name):
        self.name = name
        sep = b'/' if isinstance(name, bytes) else '/'
        self.path = directory + name if directory.endswith(sep) else directory + sep + name
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, path):
        self._path = path
        self._names = iter(listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(fspath(path))

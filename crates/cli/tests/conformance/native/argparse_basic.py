# argparse: parse_args on given lists (counts, choices, append, store_false, groups,
# subcommands), --help output and usage errors captured through SystemExit.
import argparse, sys
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
    def getvalue(self): return ''.join(self.parts)
p = argparse.ArgumentParser(prog='tool', description='A test tool.', epilog='Bye.')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--num', type=int, default=3, metavar='N', help='a number (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-I', action='append', dest='includes', default=[])
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
sub = p.add_subparsers(dest='cmd')
run = sub.add_parser('run', help='run it')
run.add_argument('target')
run.add_argument('--times', type=float, default=1.0)
for argv in [[], ['-vv', '-n', '5'], ['-v', '--verbose', 'run', 'x'], ['run', 'a', '--times=3'], ['--mode', 'slow', '--flag', '--no-color'], ['-I', 'a', '-I', 'b'], ['--json'], ['run', 'tgt', '--times', '2.5'], ['--num=7'], ['-n7', '-v']]:
    print(argv, vars(p.parse_args(argv)))
def attempt(argv):
    out, err = Cap(), Cap()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        p.parse_args(argv)
    except SystemExit as e:
        sys.stdout, sys.stderr = old
        print('exit', e.code)
    sys.stdout, sys.stderr = old
    print('stdout:', out.getvalue())
    print('stderr:', err.getvalue())
for argv in [['a.txt', 'b.txt'], ['-vv', '-n', '5', 'x'], ['--help'], ['-n', 'x'], ['--mode', 'medium'], ['--json', '--xml'], ['--bogus'], ['run'], ['run', '--help']]:
    attempt(argv)
ns, rest = p.parse_known_args(['--flag', '--zzz', '-k'])
print(ns.flag, rest)
print(p.format_usage())

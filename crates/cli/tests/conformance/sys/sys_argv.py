# sys.argv is a list of str whose first item names the script; it can be modified by the program.
import sys
name = sys.argv[0].rsplit("/", 1)[-1]
print(type(sys.argv).__name__, name.startswith("sys_argv"), sys.argv[1:])
sys.argv.append("added")
print(sys.argv[1:])
sys.argv[1:] = []
print(len(sys.argv))

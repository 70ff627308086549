# sys module basics: argv, version_info, maxsize, byteorder, float_info, hash_info, stdout.write, limits, intern.
import sys
print(len(sys.argv), sys.argv[0].rsplit("/", 1)[-1].split(".")[0])
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.version.startswith("3.11"))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, type(sys.platform).__name__, sys.implementation.name in ("cpython", "pyvm"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.sizeof_digit in (2, 4))
print(type(sys.path).__name__, type(sys.modules).__name__, sys.getdefaultencoding())
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.width, sys.hash_info.inf)
print(sys.stdout.write("x\n"), sys.stdin is not None)
print(sys.getrecursionlimit(), sys.maxunicode, sys.intern("abc") == "abc")

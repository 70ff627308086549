# SystemExit with a non-int, non-str object: its str() goes to stderr, exit status 1; also exit(0) after output.
import sys
sys.stdout.write("partial line without newline")
raise SystemExit(["list", "code"])

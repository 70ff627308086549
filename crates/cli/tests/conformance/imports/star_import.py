# from m import * with and without __all__; underscore names; import * does not overwrite other names.
public = "overwritten?"
from helpers.star import *
print(public, also_public)
print("not_listed" in dir(), "_private" in dir())
from helpers.nostar import *
print(visible, function(), "_hidden" in dir())
import helpers.star as st
print(st.not_listed, st._private, st.__all__)

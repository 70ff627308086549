# ---- forms
import os
import os.path
import xml.dom.minidom as md
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import parent as p
from .pkg.mod import (a, b)
from mod import *
def f():
    import json
    from json import loads as l
    return json, l
class C:
    import sys
# ---- err_import_star_function
def f():
    from os import *
# ---- err_import_star_class
class C:
    from os import *

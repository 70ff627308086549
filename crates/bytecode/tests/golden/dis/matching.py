# Structural pattern matching: every pattern kind.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def classify(value):
    match value:
        case 0 | 1:
            return 'bit'
        case None:
            return 'none'
        case True:
            return 'true'
        case [x, y, *rest]:
            return ('seq', x, y, rest)
        case (a, b):
            return ('pair', a, b)
        case {'kind': kind, **others}:
            return ('map', kind, others)
        case {'k': 1}:
            return 'k'
        case Point(x=0, y=py):
            return ('on y axis', py)
        case Point(px, 0):
            return ('on x axis', px)
        case str() as text if len(text) > 3:
            return 'long text'
        case [Point(x=1), *_]:
            return 'starts with x=1'
        case -1 | 2.5 | 3j:
            return 'number'
        case _:
            return 'other'

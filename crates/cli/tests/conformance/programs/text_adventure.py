# A text-adventure command interpreter: match statements, classes, exceptions and a scripted session
class GameError(Exception):
    pass
class Room:
    def __init__(self, name, desc, exits=None, items=None):
        self.name, self.desc = name, desc
        self.exits = exits or {}
        self.items = set(items or ())
class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A long hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
            "library": Room("library", "Dusty books everywhere.", {"south": "hall"}, ["book", "key"]),
            "kitchen": Room("kitchen", "Smells of bread.", {"west": "hall"}, ["bread"]),
        }
        self.here = "hall"
        self.inventory = []
        self.moves = 0
    def room(self):
        return self.rooms[self.here]
    def do(self, line):
        self.moves += 1
        match line.lower().split():
            case ["look"] | ["l"]:
                r = self.room()
                return f"{r.name}: {r.desc} Items: {', '.join(sorted(r.items)) or 'none'}. Exits: {', '.join(sorted(r.exits))}"
            case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
                try:
                    self.here = self.room().exits[direction]
                except KeyError:
                    raise GameError(f"you can't go {direction}") from None
                return f"you walk {direction} to the {self.here}"
            case ["take", item] if item in self.room().items:
                self.room().items.remove(item)
                self.inventory.append(item)
                return f"taken: {item}"
            case ["take", item]:
                raise GameError(f"no {item} here")
            case ["drop", *items] if items:
                dropped = [i for i in items if i in self.inventory]
                for i in dropped:
                    self.inventory.remove(i)
                    self.room().items.add(i)
                return f"dropped {dropped}"
            case ["inventory" | "i"]:
                return f"you carry: {self.inventory}"
            case ["use", "key"] if "key" in self.inventory and self.here == "hall":
                return "the door opens. you win!"
            case []:
                self.moves -= 1
                return "say something"
            case [verb, *_]:
                raise GameError(f"I don't know how to {verb!r}")
g = Game()
script = ["look", "take lamp", "take sword", "north", "look", "take key", "take book", "i", "drop book lamp",
          "look", "go up", "south", "dance wildly", "", "use key"]
for line in script:
    try:
        print(f"> {line:<15} {g.do(line)}")
    except GameError as e:
        print(f"> {line:<15} error: {e}")
print("moves:", g.moves, "inventory:", g.inventory, "library items:", sorted(g.rooms["library"].items))

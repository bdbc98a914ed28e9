#!/usr/bin/env python3
"""Size rules of docs/architecture.md: no Swift source file over 300 lines, no function over 60.

    python3 Scripts/sizes.py [FOLDER ...]        (default: Sources Serve/Sources)

Prints every file over the file limit and every function (func, init, subscript, closure-free
body) over the function limit with its line span; exit 1 when there is one. Function bodies are
found by counting braces outside strings and comments, which is exact for this code base's style.
"""
import re
import sys
from pathlib import Path

FILE_LIMIT, FUNCTION_LIMIT = 300, 60
DECLARATION = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|"
                         r"final|override|mutating|nonisolated|convenience|required|class)\s+)*"
                         r"(func\s+[^\s(<]+|init[?!]?|subscript|deinit)\b")


def code_only(line, in_block_string):
    """The line with string literals and comments blanked; whether a multi-line string is open."""
    out, i = [], 0
    while i < len(line):
        if in_block_string:
            end = line.find('"""', i)
            if end < 0:
                return "".join(out), True
            i, in_block_string = end + 3, False
            continue
        if line.startswith('"""', i):
            in_block_string, i = True, i + 3
            continue
        if line.startswith("//", i):
            break
        if line[i] == '"':
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            i = j + 1
            continue
        out.append(line[i])
        i += 1
    return "".join(out), in_block_string


def functions(lines):
    """(name, first line, last line) of every function body."""
    found, open_functions, depth, in_string = [], [], 0, False
    for number, raw in enumerate(lines, start=1):
        code, in_string = code_only(raw, in_string)
        match = DECLARATION.match(code)
        if match and "{" in code:
            open_functions.append((match.group(1), number, depth))
        for ch in code:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if open_functions and depth == open_functions[-1][2]:
                    name, start, _ = open_functions.pop()
                    found.append((name, start, number))
    return found


def main(folders):
    failed = False
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.swift")):
            if ".build" in path.parts:
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            if len(lines) > FILE_LIMIT:
                print(f"{path}: {len(lines)} lines (file limit {FILE_LIMIT})")
                failed = True
            for name, start, end in functions(lines):
                if end - start + 1 > FUNCTION_LIMIT:
                    print(f"{path}:{start}-{end}: {name} is {end - start + 1} lines (function limit {FUNCTION_LIMIT})")
                    failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["Sources", "Serve/Sources"]))

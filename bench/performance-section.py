"""Puts a benchmark's section into docs/performance.md: between its markers
(<!-- NAME:start --> ... <!-- NAME:end -->) when the document has them, at its end otherwise.

Usage: python3 bench/performance-section.py NAME SECTION   (SECTION includes its markers)
"""
import re
import sys

path = "docs/performance.md"
name, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
pattern = re.compile(rf"<!-- {name}:start -->.*?<!-- {name}:end -->", re.S)
found = len(pattern.findall(text))
if found > 1:
    sys.exit(f"{path} holds the {name} section {found} times; mend it by hand first")
text = pattern.sub(lambda _: section, text) if found else text.rstrip() + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
print(f"(written to {path})")

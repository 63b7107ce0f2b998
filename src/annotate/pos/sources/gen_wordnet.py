#!/usr/bin/env python3
"""Regenerates src/annotate/pos/wordnet.tsv from the WordNet 3.0 database.

Usage (from the repository root, with Debian's `wordnet-base` installed):
    python3 src/annotate/pos/sources/gen_wordnet.py > src/annotate/pos/wordnet.tsv

An optional argument names another WordNet `dict` directory (default /usr/share/wordnet).

WordNet (https://wordnet.princeton.edu) is © Princeton University under the WordNet 3.0
licence, which asks for its notice on all copies: it is copied into the output's header from
the database files themselves.

For every single-word lemma of index.{noun,verb,adj,adv} the tagger needs to know which open
classes a lower-cased word FORM can take, inflected forms included. The output has one line
per form, `form<TAB>classes`, with one letter per class the form can have:

    n  common noun (singular / mass)      p  proper noun only (every noun sense capitalised)
    s  plural noun                        v  verb base form
    z  verb, 3rd person singular present  d  verb past tense or past participle
    g  verb gerund / present participle   a  adjective
    c  comparative (adjective or adverb)  t  superlative (adjective or adverb)
    r  adverb

The letter of the reading with the most sense-tagged occurrences in SemCor (WordNet's
`tagsense_cnt`, summed over the lemmas a form comes from) is upper-cased, when there are any.
Inflected forms come from the regular English rules (over-generating a little where the
spelling is unpredictable, e.g. both `visited` and `visitted`: forms that do not exist never
occur in text, so they cost only space) plus the exception lists {noun,verb,adj,adv}.exc.
"""
import os
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
ORDER = "npsvzdgactr"
# Lower-case letters, digits, and inside a word hyphens, apostrophes and periods.
WORD = re.compile(r"^[a-z0-9](?:[a-z0-9'.\-]*[a-z0-9.])?$")
VOWELS = set("aeiou")

# form -> {letter: SemCor count}
classes = {}


def add(form, letter, count):
    if not WORD.match(form):
        return
    c = classes.setdefault(form, {})
    c[letter] = c.get(letter, 0) + count


def sibilant(w):
    return w.endswith(("s", "x", "z", "ch", "sh"))


def cons_y(w):
    return len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS


def cvc(w):
    """Ends consonant-vowel-consonant (stop, admit): the final consonant may double."""
    return (
        len(w) >= 3
        and w[-1] not in VOWELS
        and w[-1] not in "wxy"
        and w[-2] in VOWELS
        and w[-3] not in VOWELS
    )


def s_form(w):
    if cons_y(w):
        return [w[:-1] + "ies"]
    if sibilant(w):
        return [w + "es"]
    if w.endswith("o") and len(w) > 1 and w[-2] not in VOWELS:
        return [w + "s", w + "es"]
    return [w + "s"]


def suffixed(w, suf):
    """`w` + a suffix starting with a vowel (-ed, -ing, -er, -est)."""
    if suf != "ing" and cons_y(w):
        return [w[:-1] + "i" + suf]
    if w.endswith("ie") and suf == "ing":
        return [w[:-2] + "ying"]
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")) or (w.endswith("ee") and suf != "ing"):
        return [w[:-1] + suf]
    if w.endswith("c") and len(w) > 2 and suf in ("ed", "ing"):
        return [w + suf, w + "k" + suf]
    if cvc(w):
        return [w + suf, w + w[-1] + suf]
    return [w + suf]


def syllables(w):
    return len(re.findall(r"[aeiouy]+", w))


def read_index(pos):
    """(lemma, tagsense_cnt) for every single-word lemma of index.<pos>."""
    out = []
    with open(os.path.join(WN, f"index.{pos}"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0]
            # Multi-word lemmas are never one token; lemmas without letters (`0`, `1000`) are
            # numbers, which the tagger knows by their shape.
            if "_" in lemma or not any(c.isalpha() for c in lemma):
                continue
            p_cnt = int(parts[3])
            tagsense = int(parts[5 + p_cnt])
            out.append((lemma, tagsense))
    return out


def proper_only_nouns():
    """Lower-cased noun lemmas whose every occurrence in data.noun is capitalised."""
    lower_seen, upper_seen = set(), set()
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            n = int(parts[3], 16)
            for k in range(n):
                word = parts[4 + 2 * k]
                if "_" in word:
                    continue
                word = re.sub(r"\(.*\)$", "", word)
                (lower_seen if word == word.lower() else upper_seen).add(word.lower())
    return upper_seen - lower_seen


def read_exc(pos):
    with open(os.path.join(WN, f"{pos}.exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and "_" not in parts[0]:
                yield parts[0], parts[1:]


proper = proper_only_nouns()
counts = {}  # (lemma, pos) -> tagsense count, to weigh exception forms
for lemma, n in read_index("noun"):
    counts[(lemma, "n")] = n
    if lemma in proper:
        add(lemma, "p", n)
        continue
    add(lemma, "n", n)
    for f in s_form(lemma):
        add(f, "s", n)
for lemma, n in read_index("verb"):
    counts[(lemma, "v")] = n
    add(lemma, "v", n)
    for f in s_form(lemma):
        add(f, "z", n)
    for suffix, letter in (("ed", "d"), ("ing", "g")):
        for f in suffixed(lemma, suffix):
            add(f, letter, n)
for lemma, n in read_index("adj"):
    counts[(lemma, "a")] = n
    add(lemma, "a", n)
    # Comparison by -er/-est is for short adjectives; longer ones take more/most.
    if syllables(lemma) <= 2 and "-" not in lemma:
        for suffix, letter in (("er", "c"), ("est", "t")):
            for f in suffixed(lemma, suffix):
                add(f, letter, n)
for lemma, n in read_index("adv"):
    counts[(lemma, "r")] = n
    add(lemma, "r", n)

VERB_EXC = {"am": "v", "are": "v", "was": "d", "were": "d", "is": "z", "has": "z"}
for form, lemmas in read_exc("noun"):
    if form not in lemmas:
        add(form, "s", sum(counts.get((l, "n"), 0) for l in lemmas))
for form, lemmas in read_exc("verb"):
    if form in lemmas:
        continue
    n = sum(counts.get((l, "v"), 0) for l in lemmas)
    if form in VERB_EXC:
        letter = VERB_EXC[form]
    elif form.endswith("ing"):
        letter = "g"
    elif form.endswith("s") and not any(l.endswith("s") for l in lemmas):
        letter = "z"
    else:
        letter = "d"
    add(form, letter, n)
for pos in ("adj", "adv"):
    key = "a" if pos == "adj" else "r"
    for form, lemmas in read_exc(pos):
        if form in lemmas:
            continue
        n = sum(counts.get((l, key), 0) for l in lemmas)
        add(form, "t" if form.endswith("st") else "c", n)

out = sys.stdout
out.write("# WordNet word classes for relgraph's tagger: form<TAB>classes, one letter per class the\n")
out.write("# lower-cased form can take (n noun, p proper noun only, s plural noun, v verb base, z verb\n")
out.write("# -s, d verb past/participle, g verb -ing, a adjective, c comparative, t superlative,\n")
out.write("# r adverb); the reading with the most SemCor-tagged senses is upper-cased. Generated by\n")
out.write("# src/annotate/pos/sources/gen_wordnet.py from WordNet 3.0, whose licence follows.\n")
out.write("#\n")
with open(os.path.join(WN, "index.adv"), encoding="latin-1") as f:
    for line in f:
        if not line.startswith("  "):
            break
        text = line.strip().split(" ", 1)
        out.write(f"# {text[1] if len(text) > 1 else ''}".rstrip() + "\n")
for form in sorted(classes):
    c = classes[form]
    letters = [l for l in ORDER if l in c]
    best = max(letters, key=lambda l: (c[l], -ORDER.index(l)))
    s = "".join(l.upper() if l == best and c[l] > 0 else l for l in letters)
    out.write(f"{form}\t{s}\n")

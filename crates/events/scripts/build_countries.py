#!/usr/bin/env python3
"""Builds crates/events/data/countries.tsv (run from the repository root, with ../shared beside it).

Inputs:
- ../shared/reference/lexicons/cameo_codebook/countrynames.txt (text_to_CAMEO, MIT, Philip Schrodt):
  country names -> CAMEO (ISO 3166 alpha-3 style) codes;
- ../shared/reference/gdelt/cameo_lookups_clean/py-gdelt.fips-countries.json (py-gdelt, MIT): FIPS 10-4 -> ISO-3;
- crates/lexicon/data/gazetteer/demonyms.tsv (the project's own table): adjectives and demonyms by FIPS code;
- EXTRA below, written for this project: short names, capitals and seats of power used as metonyms.
"""
import json, collections

SHARED = "../shared"
OUT = "crates/events/data/countries.tsv"

# iso3: (extra names, metonyms) -- general knowledge of news usage.
EXTRA = {
    "USA": ("US;U.S.;U.S.A.;USA;America;United States of America;the United States;the US;the U.S.",
            "Washington;White House;the White House;Pentagon;the Pentagon;State Department;the State Department;Capitol Hill;Oval Office"),
    "RUS": ("Russia;Russian Federation", "Moscow;Kremlin;the Kremlin"),
    "UKR": ("Ukraine", "Kyiv;Kiev"),
    "CHN": ("China;People's Republic of China;PRC;Mainland China", "Beijing;Zhongnanhai"),
    "GBR": ("Britain;Great Britain;UK;U.K.;United Kingdom;England;Scotland;Wales", "London;Downing Street;Whitehall;Westminster"),
    "FRA": ("France", "Paris;Elysee;the Elysee;Élysée;Quai d'Orsay"),
    "DEU": ("Germany", "Berlin"),
    "ITA": ("Italy", "Rome"),
    "JPN": ("Japan", "Tokyo"),
    "CAN": ("Canada", "Ottawa"),
    "IND": ("India", "New Delhi;Delhi"),
    "BRA": ("Brazil", "Brasilia;Brasília;Planalto"),
    "ARG": ("Argentina", "Buenos Aires;Casa Rosada"),
    "AUS": ("Australia", "Canberra"),
    "MEX": ("Mexico", "Mexico City"),
    "IDN": ("Indonesia", "Jakarta"),
    "KOR": ("South Korea;Republic of Korea;ROK", "Seoul"),
    "PRK": ("North Korea;DPRK;Democratic People's Republic of Korea", "Pyongyang"),
    "SAU": ("Saudi Arabia;Saudi", "Riyadh"),
    "TUR": ("Turkey;Türkiye;Turkiye", "Ankara"),
    "ZAF": ("South Africa", "Pretoria"),
    "IRN": ("Iran;Islamic Republic of Iran", "Tehran"),
    "IRQ": ("Iraq", "Baghdad"),
    "SYR": ("Syria", "Damascus"),
    "ISR": ("Israel", "Jerusalem;Tel Aviv"),
    "PSE": ("Palestine;Palestinian territories;Palestinian Authority;Gaza;West Bank;Palestinians", "Ramallah"),
    "EGY": ("Egypt", "Cairo"),
    "LBN": ("Lebanon", "Beirut"),
    "JOR": ("Jordan", "Amman"),
    "AFG": ("Afghanistan", "Kabul"),
    "PAK": ("Pakistan", "Islamabad"),
    "BLR": ("Belarus", "Minsk"),
    "POL": ("Poland", "Warsaw"),
    "GEO": ("Georgia", "Tbilisi"),
    "ARM": ("Armenia", "Yerevan"),
    "AZE": ("Azerbaijan", "Baku"),
    "VNM": ("Vietnam;Viet Nam", "Hanoi"),
    "TWN": ("Taiwan", "Taipei"),
    "VEN": ("Venezuela", "Caracas"),
    "CUB": ("Cuba", "Havana"),
    "SRB": ("Serbia", "Belgrade"),
    "BIH": ("Bosnia;Bosnia-Herzegovina", "Sarajevo"),
    "HRV": ("Croatia", "Zagreb"),
    "KSV": ("Kosovo", "Pristina"),
    "LBY": ("Libya", "Tripoli"),
    "SDN": ("Sudan", "Khartoum"),
    "SSD": ("South Sudan", "Juba"),
    "ETH": ("Ethiopia", "Addis Ababa"),
    "NGA": ("Nigeria", "Abuja"),
    "KEN": ("Kenya", "Nairobi"),
    "ESP": ("Spain", "Madrid;La Moncloa"),
    "NLD": ("Netherlands;the Netherlands;Holland", "The Hague;Amsterdam"),
    "BEL": ("Belgium", "Brussels"),
    "GRC": ("Greece", "Athens"),
    "CYP": ("Cyprus", "Nicosia"),
    "HUN": ("Hungary", "Budapest"),
    "ROU": ("Romania", "Bucharest"),
    "CZE": ("Czech Republic;Czechia", "Prague"),
    "SWE": ("Sweden", "Stockholm"),
    "NOR": ("Norway", "Oslo"),
    "FIN": ("Finland", "Helsinki"),
    "DNK": ("Denmark", "Copenhagen"),
    "CHE": ("Switzerland", "Bern;Berne"),
    "AUT": ("Austria", "Vienna"),
    "PRT": ("Portugal", "Lisbon"),
    "IRL": ("Ireland", "Dublin"),
    "QAT": ("Qatar", "Doha"),
    "ARE": ("UAE;U.A.E.;United Arab Emirates;Emirates", "Abu Dhabi"),
    "YEM": ("Yemen", "Sanaa;Sana'a"),
    "OMN": ("Oman", "Muscat"),
    "KWT": ("Kuwait", "Kuwait City"),
    "BHR": ("Bahrain", "Manama"),
    "MAR": ("Morocco", "Rabat"),
    "DZA": ("Algeria", "Algiers"),
    "TUN": ("Tunisia", "Tunis"),
    "THA": ("Thailand", "Bangkok"),
    "MMR": ("Myanmar;Burma", "Naypyidaw;Naypyitaw"),
    "PHL": ("Philippines;the Philippines", "Manila;Malacanang;Malacañang"),
    "MYS": ("Malaysia", "Kuala Lumpur;Putrajaya"),
    "SGP": ("Singapore", ""),
    "BGD": ("Bangladesh", "Dhaka"),
    "LKA": ("Sri Lanka", "Colombo"),
    "NPL": ("Nepal", "Kathmandu"),
    "KAZ": ("Kazakhstan", "Astana;Nur-Sultan"),
    "UZB": ("Uzbekistan", "Tashkent"),
    "COL": ("Colombia", "Bogota;Bogotá"),
    "PER": ("Peru", "Lima"),
    "CHL": ("Chile", "Santiago"),
    "BOL": ("Bolivia", "La Paz"),
    "ECU": ("Ecuador", "Quito"),
    "NIC": ("Nicaragua", "Managua"),
    "HTI": ("Haiti", "Port-au-Prince"),
    "NZL": ("New Zealand", "Wellington"),
    "MDA": ("Moldova", "Chisinau"),
    "LTU": ("Lithuania", "Vilnius"),
    "LVA": ("Latvia", "Riga"),
    "EST": ("Estonia", "Tallinn"),
    "SOM": ("Somalia", "Mogadishu"),
    "COD": ("Democratic Republic of Congo;DR Congo;DRC;Democratic Republic of the Congo", "Kinshasa"),
    "RWA": ("Rwanda", "Kigali"),
    "UGA": ("Uganda", "Kampala"),
    "ZWE": ("Zimbabwe", "Harare"),
    "MLI": ("Mali", "Bamako"),
    "VAT": ("Vatican;Holy See", "Vatican City"),
    "SVK": ("Slovakia", "Bratislava"),
    "SVN": ("Slovenia", "Ljubljana"),
    "BGR": ("Bulgaria", "Sofia"),
    "ALB": ("Albania", "Tirana"),
    "MKD": ("North Macedonia;Macedonia", "Skopje"),
    "MNE": ("Montenegro", "Podgorica"),
    "CIV": ("Ivory Coast;Cote d'Ivoire;Côte d'Ivoire", "Abidjan;Yamoussoukro"),
    "LBR": ("Liberia", "Monrovia"),
    "SLE": ("Sierra Leone", "Freetown"),
    "GHA": ("Ghana", "Accra"),
    "SEN": ("Senegal", "Dakar"),
    "AGO": ("Angola", "Luanda"),
    "MOZ": ("Mozambique", "Maputo"),
    "ZMB": ("Zambia", "Lusaka"),
    "BDI": ("Burundi", "Bujumbura"),
    "KHM": ("Cambodia", "Phnom Penh"),
    "TLS": ("East Timor;Timor-Leste", "Dili"),
}
# Regions CAMEO codes as actors (codes from the CAMEO manual's regional list).
REGIONS = {
    "EUR": ("Europe", "", "European;Europeans"),
    "AFR": ("Africa", "", "African;Africans"),
    "ASA": ("Asia", "", "Asian;Asians"),
    "MEA": ("Middle East;the Middle East", "", "Middle Eastern"),
    "WST": ("the West", "", "Western"),
    "LAM": ("Latin America", "", "Latin American"),
    "ARB": ("Arab world;the Arab world", "", "Arab;Arabs"),
}
# Adjectives the demonym table cannot give (regional forms, plural nouns of groups).
EXTRA_ADJ = {"USA": "U.S.;US;American;Americans", "GBR": "British;English;Scottish;Welsh;Briton;Britons",
             "PSE": "Palestinian;Palestinians", "KOR": "South Korean;South Koreans", "PRK": "North Korean;North Koreans",
             "COD": "Congolese", "CIV": "Ivorian;Ivorians", "ZAF": "South African;South Africans",
             "SSD": "South Sudanese", "NZL": "New Zealander;New Zealanders", "SAU": "Saudi;Saudis"}

def main():
    names = collections.defaultdict(list)
    for line in open(f"{SHARED}/reference/lexicons/cameo_codebook/countrynames.txt", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2 or len(parts[1]) != 3 or parts[1] == "---":
            continue
        if parts[0] not in names[parts[1]]:
            names[parts[1]].append(parts[0])
    fips = json.load(open(f"{SHARED}/reference/gdelt/cameo_lookups_clean/py-gdelt.fips-countries.json"))
    iso3_fips = {}
    for f, v in sorted(fips.items()):
        if v.get("iso3"):
            iso3_fips.setdefault(v["iso3"], f)
    iso3_fips.setdefault("KSV", "KV")
    adjs = collections.defaultdict(list)
    fips_iso3 = {f: i for i, f in iso3_fips.items()}
    for line in open("crates/lexicon/data/gazetteer/demonyms.tsv", encoding="utf-8"):
        if line.startswith("#") or line.startswith("demonym\t"):
            continue
        p = line.rstrip("\n").split("\t")
        i3 = fips_iso3.get(p[1])
        if i3 and p[0] not in adjs[i3]:
            adjs[i3].append(p[0])
    rows = []
    codes = sorted(set(names) | set(EXTRA))
    for c in codes:
        ns = list(names.get(c, []))
        extra, meto = EXTRA.get(c, ("", ""))
        for n in extra.split(";"):
            if n and n not in ns:
                ns.append(n)
        a = list(adjs.get(c, []))
        for x in EXTRA_ADJ.get(c, "").split(";"):
            if x and x not in a:
                a.append(x)
        a = [x for x in a if x not in ns]
        rows.append((c, iso3_fips.get(c, ""), ";".join(ns), ";".join(a), meto))
    for c, (n, m, a) in REGIONS.items():
        rows.append((c, "", n, a, m))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Countries and regions as CAMEO actors. Columns: cameo<TAB>fips<TAB>names<TAB>adjectives<TAB>metonyms;\n"
                  "# lists are ';'-separated. Names: text_to_CAMEO countrynames.txt (MIT, Philip Schrodt) plus short forms\n"
                  "# written here; FIPS 10-4 from py-gdelt (MIT); adjectives from the project's demonyms table; metonyms\n"
                  "# (capitals, seats of power) written here. Built by crates/events/scripts/build_countries.py; edit freely.\n")
        for r in rows:
            out.write("\t".join(r) + "\n")

main()

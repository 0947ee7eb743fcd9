"""Danger-sign lexicons by category, over folded text (lower case, no diacritics).

Each category lists *signs*. A sign is one or more lexicon groups that must all occur in the
message: a strong sign needs one group ('nieprzytomny'), a combined sign needs several
(a body of water AND someone disappearing under it; frost AND a person lying or wandering).
Groups are stems, so inflection and most spellings come for free ('krwawi', 'krwawienie',
'krwawiaca'). They describe what a witness sees, not the phrasings of any data set: the test
sets written by other people measure whether that holds.

Phrases that contain an alarm word without describing danger are removed before matching
(`HARMLESS`): a hacked account is not a break-in, 'serce mi bije' is not violence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Category = Literal[
    "suicide",
    "medical",
    "drowning",
    "fire_gas",
    "violence",
    "intruder",
    "weapon",
    "dog_attack",
    "missing_person",
    "hypothermia",
    "accident",
    "drunk_driver",
    "other",
]


def stems(*items: str) -> str:
    """Words starting with any of the stems."""
    return r"\b(?:" + "|".join(items) + r")\w*"


def words(*items: str) -> str:
    """Exactly these words."""
    return r"\b(?:" + "|".join(items) + r")\b"


def either(*patterns: str) -> str:
    return "(?:" + "|".join(patterns) + ")"


# --- people and places ---------------------------------------------------------------------

PERSON = either(
    words(
        "ktos", "kogos", "komus", "czlowiek", "czlowieka", "facet", "faceta", "gosc", "goscia",
        "pan", "pana", "pani", "on", "ona", "ono", "go", "ja", "jej", "mu", "osoba", "osobe",
        "maz", "meza", "mezem", "mezowi", "zona", "zone", "zony", "partner", "partnerka",
        "tata", "tate", "tato", "taty", "tacie", "mama", "mame", "mamy", "mamie", "mamusia",
        "ojciec", "ojca", "matka", "matke", "brat", "brata", "siostra", "siostre", "syn",
        "syna", "synek", "synka", "corka", "corke", "coreczka", "coreczke", "dziecko",
        "dziecka", "dzieciak", "niemowle", "niemowlak", "bobas", "babcia", "babci", "babcie",
        "dziadek", "dziadka", "dziadziu", "wnuk", "wnuczka", "kolega", "kolegi", "kolezanka",
        "kumpel", "kumpla", "sasiad", "sasiada", "sasiadka", "sasiadke", "chlopak", "chlopaka",
        "chlopiec", "dziewczyna", "dziewczyne", "dziewczynka", "staruszek", "staruszka",
        "mezczyzna", "mezczyzne", "kobieta", "kobiete", "pacjent", "nastolatek", "tesciowa",
        "tesc", "wujek", "ciocia", "przyjaciel", "przyjaciolka", "znajomy", "znajoma",
        "klient", "klientka", "pasazer", "pasazerka", "uczen", "uczennica",
    ),
    stems("starsz", "emeryt", "senior", "bezdomn", "rowerzyst", "motocyklist", "piesz"),
)

# --- medical ---------------------------------------------------------------------------------

UNCONSCIOUS = either(
    stems("nieprzyto", "nieprzytp", "polprzyto", "pół przyto", "zemdl", "omdl", "zaslab", "bezwladn", "odplyn"),
    r"^(?=.*\b(?:cukrzy\w*|insulin\w*|cukier|cukru|hipo)\b)(?=.*\b(?:dziwn\w*|spocon\w*|bez sensu|od rzeczy|zasypia|slab\w*|drzy|trzesie|nie kontaktuje|belkocz\w*|agresywn\w*)\b)",
    r"\b(?:straci|stracil|traci|tracil|tracac)\w* (?:\w+ ){0,2}przytomn\w*",
    r"\bprzytomnosc\w*",
    r"\b(?:osunal|osunela|osunol|osuwa)\w* sie",
    r"\bnie (?:da sie|moge|mozemy|moze|mozna|umiem|potrafie)\w* (?:\w+ ){0,2}(?:obudzic|dobudzic|docucic|wybudzic|ocucic|dobic sie do niego)",
    r"\bnie (?:reaguje|reaguja|reagowal\w*|kontaktuje|kontaktowal\w*|odpowiada|odzywa sie|budzi sie|mozna sie dogadac)\b",
    r"\b(?:bez|brak) (?:kontaktu|przytomnosci|reakcji|ruchu)\b",
    r"\b(?:nie rusza sie|sie nie rusza|nie ruszal\w* sie|lezy bez ruchu|lezy nieruchomo)\b",
    r"\bprzestal\w* (?:sie )?(?:ruszac|oddychac|reagowac|odpowiadac|sie ruszac)\b",
    r"\boczy (?:mu |jej )?(?:uciekaja|w slup|wywrocone)",
    r"\bledwo (?:odpowiada|reaguje|kontaktuje|oddycha|zyje|mowi|otwiera oczy)\b",
)
BREATHING = either(
    r"\bnie (?:oddycha\w*|odycha\w*|oddychal\w*|lapie (?:oddechu|tchu|powietrza))",
    r"\b(?:przestal\w*|przestaje) oddychac",
    r"\b(?:nie moze|nie moge|nie mozemy|ciezko|trudno|ledwo|nie umie)\w* (?:\w+ ){0,2}(?:oddychac|oddycha|oddychamy|oddech\w*|tchu|zlapac powietrza|powietrza)",
    stems("duszn", "zadlawil", "zakrztus", "krztusi", "charcz", "rzezi", "sinieje", "sinieja",
          "swiszcz", "zachlysn", "zakrztus"),
    r"\b(?:jest|sa|robi sie|zrobil\w*|zrobila) (?:\w+ ){0,1}(?:siny|sina|sine|siniejacy|granatow\w*)\b",
    r"\b(?:dusi|dusza|dusze|dlawi|dlawia|dlawie)\w* sie\b",
    r"\b(?:utknel\w*|utkwil\w*|stoi|stanal\w*) (?:\w+ ){0,2}w (?:gardle|tchawicy|przelyku)",
    r"\b(?:usta|wargi|buzi\w*) (?:\w+ ){0,2}(?:fiolet\w*|sin\w*|granat\w*)|\b(?:fiolet\w*) (?:usta|wargi)|\b(?:niemowl\w*|noworod\w*|bobas\w*|dziecko) (?:\w+ ){0,4}(?:wiotk\w*|bezwladn\w*|nie placze i)",
    r"\b(?:siny|sina|sine|sinieje|granatow\w*) (?:na twarzy|usta|wargi|twarz)|\b(?:usta|wargi|twarz) (?:ma )?(?:sine|siny|sina)",
    r"\b(?:bezdech|brak oddechu|zatrzymanie oddechu)\b",
)
BLEEDING = either(
    stems("krwaw", "krwotok", "zakrwawion", "krwaiw", "krwwai"),
    r"\bkrew (?:\w+ ){0,2}(?:leci|cieknie|tryska|sie leje|leje|plynie|bucha|sika|wszedzie|nie przestaje|nie chce)",
    r"\b(?:duzo|mnostwo|pelno|kaluza|kaluzy|kaluzie|strumien|caly we|cala we|we) krwi\b",
    r"\b(?:rozcial|rozciela|przecial|przeciela|pocial|pociela|rozbil|rozbila|rozwalil|rozwalila|rozcieta|rozciety|przecieta)\w* (?:\w+ ){0,2}(?:reke|noge|glowe|glowa|palec|palce|tetnic\w*|zyl\w*|udo|szyje|brzuch|twarz|czolo|nadgarst\w*)",
    r"\b(?:gleboka|gleboko|otwarta|duza|paskudna) ran\w*|\bran\w* (?:na glowie|glowy|glebok\w*|cieta|kluta)",
    r"\b(?:kosc|koscia|kosci) (?:\w+ ){0,2}wystaje|\botwarte zlamanie",
    r"\b(?:wymiot\w*|rzyga\w*|kaszle|kaszl\w*|pluje|plul\w*|sika\w*) (?:\w+ ){0,1}krwi\w*|\bkrew w (?:wymiocin\w*|stolcu|moczu|slinie)",
    r"\b(?:boli|bol|bola|piecze|rwie)\w* (?:\w+ ){0,4}tak(?: bardzo| mocno|)? ze (?:\w+ ){0,1}nie (?:moge|moze|moga|da sie)\b|\bnie do wytrzymania\b|\bwyje z bolu|\bkrzyczy z bolu",
)
SEIZURE = either(
    stems("drgawk", "drgaw", "konwulsj", "padaczk", "epilep", "sztywniej"),
    r"\b(?:dostal\w*|ma|miala|mial) (?:\w+ ){0,2}atak\w*\b(?! (?:paniki|leku|kaszlu|alergii|smiechu|zlosci))|\b(?:sztywn\w*|wygiet\w*) (?:\w+ ){0,3}(?:cal\w*|szczek\w*|zacisn\w*|zebami|oczy)|\bszczeka zebami\b",
    r"\b(?:piana|pianka|piane) (?:\w+ ){0,2}(?:z ust|na ustach|ust)",
    r"\b(?:trzesie|rzuca|telepie) (?:\w+ ){0,2}(?:go|ja|nim|nia|cialem|calym) (?:\w+ ){0,2}(?:cal\w*|nie kontaktuje|na podlodze|na ziemi|lezy)",
)
SUBSTANCE_DANGEROUS = stems(
    "domestos", "wybielacz", "kret", "rozpuszczal", "kwas", "trutk", "trucizn", "detergent",
    "bateri", "magnes", "benzyn", "denatur", "chemi", "plynu do", "plyn do", "kapsulk",
    "srodk", "srodek", "grzyb", "muchomor", "dopalacz", "narkot", "amfetamin", "ecstas",
    "tabs", "kokain", "heroin", "metaamf", "mefedron", "fentanyl", "acetone", "aceton",
    "antyfryz", "glikol", "olejek", "nikotyn",
)
PILLS = stems("tabletk", "tabl", "lek", "lekow", "lekarstw", "pigul", "kropl", "syrop", "z szafki", "apteczk", "proszk", "paracetamol", "ibuprom", "apap", "nasen", "psychotrop", "xanax", "relanium", "insulin")
SMALL_CHILD = either(
    words("niemowle", "niemowlak", "bobas", "maluch", "synek", "coreczka", "wnuczek",
          "wnusia", "dziecko", "dziecka", "dzieciak", "malutki", "malutka", "przedszkolak"),
    r"\b\d{1,2} ?(?:lat|lata|latek|latka|letni\w*|miesiec\w*|miesiac\w*)\b",
)
MANY = either(
    words("wszystkie", "wszystko", "cale", "cala", "caly", "calego", "garsc", "opakowanie", "opakowania",
          "naraz", "listek", "blister", "kilkanascie", "kilkadziesiat", "pol", "duzo", "mnostwo",
          "kilka", "paczke", "paczka", "fiolke", "butelke", "slok"),
    r"\bza duzo\b|\b\d{2,}\b",
)
INHALED = r"\b(?:nawdychal\w*|nawachal\w*|zatrul\w* (?:sie )?(?:oparami|gazem|dymem|spalinami)|opary|oparow)\b"
INGESTED = stems(
    "polkn", "polyk", "polykn", "zjadl", "zjadla", "zjedli", "zjadlo", "wypil", "wypila",
    "wypilo", "lykn", "lyknel", "zazyl", "zazyla", "zazyw", "wzial", "wziela", "wzielo",
    "wzieli", "naćpal", "nacpal", "wciagnal", "wciagnela", "wstrzyk", "nawachal", "zatru",
    "otrul", "przedawk", "nalykal",
)
POISON_STRONG = either(
    stems("przedawk", "otrul", "otrucie", "zatrul", "zatruci", "naćpan", "nacpan"),
    r"\bpo (?:dopalacz|narkot|grzyb|ecstas|tabs)\w*",
)
BAD_STATE = either(
    stems("wymiot", "rzyga", "drgawk", "halucyn", "omam", "majacz", "belkocz", "belkot",
          "sinieje", "zimny pot", "blady", "blada", "zoltk", "senn", "wiotk", "spiacy", "ospal",
          "apatyczn", "nie da sie dobudzic", "slani"),
    r"\bnie kontaktuje\b|\bnie reaguje\b|\bnie odpowiada\b|\bserce (?:mu |jej )?(?:wali|bije jak|szaleje|kolata)|\bdziwnie sie zachowuje\b|\bagresywn\w*",
)
STROKE = either(
    stems("udar", "wylew"),
    r"\b(?:opadl\w*|opada|opadniet\w*|krzyw\w*|wykrzywi\w*|przekrzywi\w*|zwisa\w*) (?:\w+ ){0,2}(?:kacik\w*|usta|twarz|polowa twarzy|buzi\w*|powiek\w*)",
    r"\b(?:kacik\w*|usta|ust|twarz\w*|buzi\w*|powiek\w*) (?:\w+ ){0,2}(?:opadl\w*|opada|krzyw\w*|wykrzywi\w*|zwisa\w*|zjechal\w*|sparalizowan\w*)",
    r"\bnie czuje (?:\w+ ){0,2}(?:strony|polowy|reki|reka|nogi|twarzy|policzka)\b|\b(?:reka|noga) (?:\w+ ){0,1}(?:leci|opada|zwisa|nie slucha)\b",
    r"\bnagle (?:\w+ ){0,3}nie (?:umie|moze|potrafi) (?:\w+ ){0,2}(?:powiedziec|mowic|wymowic|slowa)|\bnie (?:umie|moze|potrafi) (?:\w+ ){0,1}(?:powiedziec|wymowic) (?:\w+ ){0,1}(?:slowa|zdania)",
    stems("belkocz", "belkot", "bełkocz"),
    r"\b(?:mowi|gada|mowil\w*) (?:\w+ ){0,2}(?:niewyraznie|od rzeczy|bez sensu nagle)|\bplacz\w* (?:mu |jej )?sie jezyk|\bniewyraznie mowi",
    r"\bnie (?:moze|moga|mogl\w*|potrafi) (?:\w+ ){0,2}(?:podniesc|ruszyc|utrzymac|uniesc) (?:\w+ ){0,2}(?:reki|reka|reke|rak|rece|noga|nogi|noge)",
    r"\b(?:dretwie\w*|zdretwial\w*|niedowlad\w*|bezwladn\w*) (?:\w+ ){0,2}(?:polowa|reka|reke|noga|noge|twarz|lewa|prawa|strona)",
    r"\bnagle (?:\w+ ){0,2}(?:nie widzi|przestal\w* mowic|nie moze mowic|stracil\w* wzrok|zaczal\w* belkotac)",
)
HEART = either(
    stems("zawal", "reanim", "resuscyt", "defibryl", "rkо"),
    r"\b(?:bol|boli|bola|ucisk|uciska|pieczenie|piecze|gniecie|ciezar|kluje|sciska|rozsadza)\w* (?:\w+ ){0,3}(?:w klatce|klatk\w*|za mostkiem|mostek|mostka|serce|serca|piersi)",
    r"\b(?:serce|serduszko) (?:\w+ ){0,2}(?:stanelo|staje|przestalo|nie bije)|\bnie (?:czuje|czuc|wyczuwam|ma) (?:\w+ ){0,2}(?:pulsu|tetna)|\bbrak (?:pulsu|tetna)",
    r"\b(?:zimny|zimnym) pot\w*|\bmasaz serca\b|\bzatrzymani\w* (?:akcji )?serca",
    r"\b(?:klatk\w*|mostk\w*|serc\w*) (?:\w+ ){0,5}(?:boli|bola|piecze|cisnie|sciska|gniecie|kluje|uciska|rozsadza|promieniuje|drętwieje)",
    r"\b(?:mokry|mokra|zlany|zlana|caly|cala) (?:\w+ ){0,1}(?:od potu|potem)|\bpoci sie (?:\w+ ){0,1}(?:strasznie|caly|cala)",
)
ALLERGY = either(
    stems("anafilak"),
    r"^(?=.*\b(?:osa|osy|ose|pszczol\w*|szerszen\w*|uzadl\w*|uzadli\w*|ugryzl\w* (?:mnie |go |ja )?(?:osa|pszczola|szerszen))\b)(?=.*\b(?:puchn\w*|puchne|spuchl\w*|obrzek\w*|opuchl\w*|duszn\w*|dusi\w*|oddych\w*|swiszcz\w*)\b)",
    r"\b(?:bable|babli|bablami|pokrzywk\w*|wysypk\w*|plamy|plam) (?:\w+ ){0,6}(?:swiszcz\w*|oddych\w*|dusi\w*|puchn\w*|spuchl\w*|duszn\w*)",
    r"\b(?:uczulon\w*|alergi\w*|uczulen\w*) (?:\w+ ){0,6}(?:swiszcz\w*|dusi\w*|puchn\w*|spuchl\w*|duszn\w*|nie moze oddychac|zjadl\w*|zjadla|uzadli\w*|ugryzl\w*)",
    r"\b(?:puchnie|puchna|spuchl\w*|spuchniet\w*|obrzek\w*|opuchl\w*|napuchl\w*) (?:\w+ ){0,2}(?:jezyk|gardlo|twarz|usta|krtan|warg\w*|oczy|szyja)",
    r"\b(?:jezyk|gardlo|twarz|usta|krtan) (?:\w+ ){0,2}(?:puchnie|puchna|spuchl\w*|obrzek\w*)",
)
FELL = stems(
    "upadl", "upadla", "upadlo", "upadek", "przewrocil", "przewrocila", "przewroci", "spadl",
    "spadla", "spadlo", "runal", "runela", "runol", "zlecial", "zleciala", "wywrocil",
    "wywalil", "wyglebil", "poslizgnal", "poslizgnela", "osunal", "osunela", "fiknal",
    "wypadl", "wypadla", "zwalil",
)
FALL_BAD = either(
    r"\bnie (?:moze|moga|umie|daje rady|jest w stanie|potrafi|mozemy|moge) (?:\w+ ){0,2}(?:wstac|podniesc|ruszyc|podniesc sie|wstac sama|wstac sam)",
    r"\bnie wstaje\b|\bnie rusza\b|\bnie reaguje\b|\bnie odpowiada\b|\bjeczy\b|\bkrzyczy z bolu",
    stems("glow", "krew", "krwi", "krwaw", "zlaman", "wystaje", "nieprzyto", "kregoslup", "biodr",
          "przytomn"),
    r"\blezy\b|\bleza\b|\blezaca\b|\blezacy\b|\bz wysokosci|\bze schodow|\bz drabiny|\bz dachu|\bz balkonu|\bz okna|\bz rusztowania|\bz drzewa|\bz pietra|\bz murku|\bz trzepaka|\bz konia",
)
LYING = either(
    r"\b(?:lezy|leza|lezacy|lezaca|lezacego|lezaca)\b (?:\w+ ){0,3}(?:na|w|pod|przy|we|obok|kolo) (?:\w+ ){0,2}(?:ziemi|chodniku|ulicy|jezdni|przystanku|klatce|podlodze|trawniku|torach|torowisku|schodach|lawce|sniegu|lodzie|krwi|kaluzy|drodze|poboczu|parkingu|podworku|plazy|piasku|rowie|trawie|wannie|lazience|korytarzu|kostce|peronie)",
    r"\b(?:lezy|leza) (?:bez ruchu|nieruchomo|bezwladnie|twarza|na brzuchu|na plecach|i nie|i sie nie|i jeczy|jak martw\w*)",
    r"\b(?:lezy|leza|lezal\w*)\b (?:\w+ ){0,3}(?:nie mowi|nic nie mowi|nie odzywa|nie otwiera oczu|nie wstaje|mamrocze)",
    r"\b(?:huk\w*|upadek|loskot|lomot\w*|trzask\w*) (?:\w+ ){0,4}(?:jek\w*|jecz\w*|wolani\w*|placz\w*|cisza)\b|\b(?:jek\w*|jecz\w*)\b (?:\w+ ){0,4}(?:drzwi zamkniete|nie otwiera|sama|sam w domu)",
)
ELECTRIC_BURN = either(
    r"\b(?:porazil\w*|porazenie|kopnal|kopnel\w*|poraz\w*) (?:\w+ ){0,2}prad\w*|\bprad\w* (?:\w+ ){0,2}(?:porazil\w*|kopnal|go trzyma)",
    r"\b(?:oparzy\w*|poparzy\w*|oparzen\w*|poparzen\w*) (?:\w+ ){0,3}(?:wrzat\w*|woda|kwas\w*|chemi\w*|cal\w*|twarz\w*|rozlegl\w*|pecherz\w*|dziecko|niemowl\w*|olej\w*|ogn\w*)",
    r"\b(?:wylal\w*|wylala|wylalo|ochlapal\w*) (?:\w+ ){0,3}(?:wrzat\w*|gotujac\w* wod\w*|goracy olej|kwas\w*)",
)
CHILDBIRTH = either(
    r"\b(?:odeszly|odchodza|odeszla) (?:\w+ ){0,2}wody\b",
    r"\b(?:rodzi|zaczela rodzic|zaczal sie porod|porod sie zaczal|rodzi w domu|rodzi w aucie)\b",
    r"\bskurcze co \d",
)
AMBULANCE = either(
    r"\b(?:karetk\w*|pogotowi\w*|ratownik\w* medyczn\w*|lekarz\w* szybko|sor\b)",
)
DYING = either(
    r"\b(?:umiera|umieraja|umrze|umre|umieram|umrzemy|konaj\w*|kona)\b",
    r"\b(?:chyba )?nie zyje\b|\bzwloki\b|\btrup\w*|\bmartw\w* (?:czlowiek|osob\w*|cialo|mezczyzn\w*|kobiet\w*|facet\w*)|\bcialo (?:w|na|pod|przy) ",
)

# --- drowning ----------------------------------------------------------------------------------

DROWNING_STRONG = either(
    words("tonie", "tona", "tonal", "tonela", "tonelo", "toneli", "tonacy", "tonaca",
          "tonacego", "tonacej", "tonacych"),
    stems("utonal", "utonel", "utonie", "podtopi", "zachlysn", "przerebl"),
    r"\btopi\w* sie\b|\bsie topi\w*|\btopil\w* sie",
    r"\b(?:wpadl\w*|wskoczyl\w*|zsunal\w*|zsunel\w*|spadl\w*|wjechal\w*) (?:\w+ ){0,2}(?:do|w) (?:wody|stawu|rzeki|jeziora|studni|kanalu|basenu|morza|zalewu|glinianki|sadzawki|oczka|stawiku|bajora|fosy|warty|wisly|dunaju|nerki|sokolowki|jasienia|przerebla)",
    r"\b(?:pod lod\w*|pod lodem)\b",
    r"\b(?:kajak\w*|lodk\w*|lodz|ponton\w*|rower wodn\w*|motorowk\w*)\b (?:\w+ ){0,2}(?:sie )?(?:przewrocil\w*|wywrocil\w*|zatonal\w*|zatonela|wywrotk\w*)",
    r"\b(?:zalamal\w*|zarwal\w*|peknal\w*|pekl|trzasnal) (?:\w+ ){0,3}lod\w*|\blod\w* (?:\w+ ){0,2}(?:sie zalamal|sie zarwal|peka|pekl|trzeszczy pod)",
)
WATER = stems(
    "brodzik", "fontann", "oczk", "wann",
    "wod", "wodz", "jezior", "staw", "rzek", "rzec", "basen", "morz", "kapiel", "zalew",
    "plaz", "fal", "glinian", "kanal", "sadzawk", "oczk", "zbiornik", "bajor", "kajak",
    "lodk", "lodz ", "ponton", "materac", "nurt", "brzeg", "molo", "pomost", "kapielisk",
    "nerk", "warc", "wisl", "sulejow", "arturowk", "stawy jana", "akwen",
)
WATER_DISTRESS = either(
    stems("znik", "macha", "wymachuj", "szamot", "szamocz", "trzepocz", "bulgocz", "wynurz",
          "podtapia", "zachlysn", "chlapie", "mlocki", "walczy"),
    r"\bnie (?:widac|widze|widzimy|ma) (?:\w+ ){0,2}(?:go|jej|ich|glowy|nikogo)\b",
    r"\b(?:pod wod\w*|pod wode|na dno|idzie na dno|poszedl pod|poszla pod)",
    r"\b(?:go|jej|ich) (?:\w+ ){0,1}nie (?:ma|widac|widze|widzimy)\b|\bszukamy\b|\bwoda (?:\w+ ){0,1}metna",
    r"\b(?:nie (?:wyszedl|wyszla|wychodzi|wynurza|wyplynal|wyplynela|pojawil\w*)|minut\w* pod|od minuty|od dluzszego czasu pod)\b",
    r"\btwarza (?:\w+ ){0,1}(?:w dol|do wody|w wodzie|do dolu)\b",
    r"\b(?:nie wyplyn\w*|nie wynurz\w*|nie moze (?:\w+ ){0,2}(?:wyjsc|wydostac|doplynac|wyplynac|stanac)|nie umie plywac|nie potrafi plywac)",
    r"\b(?:wciag\w*|znosi\w*|znioslo|porwal\w*|porywa\w*|odplyn\w*|odplywa|wyplynal\w* (?:za )?daleko|wyplynela (?:za )?daleko|daleko od brzegu)",
    r"\b(?:wola\w*|krzycz\w*|wrzeszcz\w*|krzyk\w*) (?:\w+ ){0,3}(?:pomoc|ratunku|z wody)|\bratunku\b|\bpomocy\b",
    r"\bglowa (?:\w+ ){0,2}(?:znika|wystaje|raz jest)|\btylko (?:glowa|rece|reka)\b|\bnie wraca\b",
)

# --- fire, gas, carbon monoxide ---------------------------------------------------------------------

FIRE = either(
    r"\b(?:pali sie|palo sie|pala sie|sie pali|sie palilo|zapalil\w* sie|zajel\w* sie ogniem|stanal\w* w ogniu)\b",
    stems("plon", "pozar", "plomien", "plomieni", "spalenizn", "swad", "zadymion", "zadymi",
          "iskrz", "zajela sie"),
    r"\bpodpal(?:il|ila|ili|ilo|a|aja|ic|ony|ona|enie)\b",
    words("ogien", "ognia", "ogniem", "ogniu"),
    r"\bczuc (?:\w+ ){0,2}(?:spalen\w*|palone\w*|palacy)|\bsmierdzi (?:\w+ ){0,2}(?:spalen\w*|palon\w*)",
)
SMOKE = r"\b(?:dym|dymu|dymem|dymi|dymia|dymilo|dymy)\b"
GAS = either(
    r"\b(?:czuc|czuje|czujemy|czuje sie zapach|smierdzi|smierdzial\w*|wali|zapach|woń|won|wyciek\w*|wycieka|ulatnia\w*|syczy|syczal\w*|ulatnial\w*|ucieka|ulotnil\w*)\w* (?:\w+ ){0,3}gaz\w*",
    r"\bgaz\w* (?:\w+ ){0,2}(?:sie ulatnia|ulatnia|czuc|smierdzi|syczy|wycieka|ucieka|leci|wali)",
    r"\b(?:zgnil\w*|zepsut\w*) jaj\w*|\bsyczy\w* (?:\w+ ){0,3}(?:rur\w*|kuchen\w*|piec\w*|licznik\w*|butl\w*|instalacj\w*)|\b(?:rur\w*|butl\w*|licznik\w*) (?:\w+ ){0,2}syczy",
    stems("tlenek wegl", "tlenku wegl", "czadu", "czadem", "zaczadz", "podtrucie czad", "podtruci"),
    r"\bczad\b(?! (?:na|w) (?:koncercie|imprezie))",
    r"\b(?:czujnik|czujka|czujki|detektor|alarm)\w* (?:\w+ ){0,3}(?:czad\w*|gaz\w*|dym\w*|tlenk\w*)|\b(?:czujnik|czujka|czujki|detektor)\w* (?:\w+ ){0,3}(?:piszcz\w*|wyje|wyl|pika|dzwoni|wlaczyl\w*|zawyl\w*|alarm\w*)",
    stems("wybuch", "eksploz"),
    r"\bhuk (?:\w+ ){0,3}(?:dym|ogien|gaz|szyby)",
)
CO_SYMPTOMS = either(
    r"\b(?:boli|bola|bol|bolala|bolaly|bolal) (?:\w+ ){0,2}glow\w*|\bglow\w* (?:\w+ ){0,2}(?:boli|bola|peka|pekaja)",
    stems("zawrot", "mdlosc", "wymiot", "rzyga", "otepi", "ospal"),
    words("mdli", "senni", "senny", "senna", "spiacy", "spiaca", "slabo", "zaslabl", "zaslabla"),
    r"\bdziwnie sie czuj\w*|\bkreci (?:\w+ ){0,2}w glowie",
)
CO_SOURCE = either(
    stems("piecyk", "junkers", "kominek", "kominka", "kominku", "kociol", "kotl", "terma",
          "termy", "termie", "podgrzewacz", "grzejnik gazow", "piec gazow", "piecem", "pieca",
          "koza", "kozie", "komin", "kuchenk", "agregat", "spaliny", "wentylac"),
    words("piec", "piecu", "lazience", "lazienka", "garazu"),
)

# --- violence, intruders, weapons ----------------------------------------------------------------

VIOLENCE = either(
    words("bije", "bija", "bil", "bila", "bili", "bijesz", "bijecie", "pobil", "pobila",
          "pobili", "pobija", "tlucze", "tluka", "tlukl", "katuje", "katuja", "skatowal",
          "skatowali", "oklada", "okladaja", "szarpie", "szarpia", "szarpal", "szarpala",
          "dusil", "dusila", "popycha", "popchnal", "zaatakowal", "zaatakowala", "zaatakowali",
          "atakuje", "atakuja", "napadl", "napadli", "napadaja", "napada", "gwalci",
          "zgwalcil", "zgwalcili", "molestuje", "wyzywa i bije", "leje", "leja", "lal",
          "kopnal", "kopnela", "kopneli", "uderza", "uderzyl", "uderzyla", "uderzyli",
          "spoliczkowal", "rzucil sie", "rzucila sie", "rzucaja sie", "rzuca sie",
          "szarpanina"),
    stems("bojk", "bijaty", "pobici", "pobiciem", "pobicie", "napad", "zgwalc", "porwa",
          "porwal", "uprowadz", "maltret", "znecaj", "zneca", "awantur", "rozrob"),
    r"\b(?:dusi|dusza|kopie|kopia|leje|tlucze|bije|szarpie) (?:mnie|ja|go|nas|ich|dziecko|mame|mamy|tate|zone|syna|corke|babcie|dziadka|kogos|psa)\b",
    r"\b(?:mnie|ja|go|nas|dziecko|mame|zone) (?:\w+ ){0,1}(?:dusi|kopie|leje|tlucze|bije|szarpie|uderza|dusil|dusila)\b",
    r"\b(?:dusi|dusza|kopie|kopia|leje|leja|tlucze|tluka|bije|bija|szarpie|szarpia|goni|gonia|ciagnie|ciagna|wlecze|wloka|okladaja|oklada|dopadli|otoczyli|osaczyli)\b (?:\w+ ){0,2}" + PERSON,
    r"\b(?:krzyk\w*|krzycz\w*|wrzask\w*|wrzeszcz\w*|placz\w*|pisk\w*|wola\w*) (?:\w+ ){0,8}(?:trzask\w*|huk\w*|uderzen\w*|lomot\w*|tluczen\w*|lomocz\w*|odglos\w* bicia|tlucze|rzuca\w*)|\b(?:trzask\w*|huk\w*|uderzen\w*|lomot\w*|tluczen\w*) (?:\w+ ){0,8}(?:krzyk\w*|krzycz\w*|wrzask\w*|placz\w*|pisk\w*)",
    r"\b(?:rzuca\w*|rzucil\w*|rzucili) (?:\w+ ){0,2}(?:butelk\w*|kamien\w*|kostk\w*|cegl\w*|krzesl\w*|kamieniami)",
    r"\b(?:ciagn\w*|wlecz\w*|wciag\w*|wpycha\w*|wepchn\w*) (?:\w+ ){0,3}(?:sila|na sile|do auta|do samochodu|do busa|do vana|do klatki|w krzaki)",
    r"\b(?:grozi|grozil\w*|grozila|groza|odgraza\w*|straszy)\w* (?:\w+ ){0,4}(?:zabi\w*|smierci\w*|nozem|bronia|pobic\w*|podpal\w*|krzywd\w*|zabije|uszkodz\w*|poderznie|zadzga|zastrzeli|pozabija)",
    r"\b(?:zabije|zabijesz|zabija|zabijaja|zabic|zabil|zabila|pozabija|zadzga|zastrzeli|poderznie|zatluke|zatlucze)\b",
    r"\b(?:wola|wolaja|krzyczy|krzycza|slysze|slychac|wrzeszczy|wrzeszcza|piszczy)\w* (?:\w+ ){0,4}(?:o pomoc|ratunku|pomocy)",
    r"\b(?:slysze|slychac|slyszalam|slyszalem|dochodza)\w* (?:\w+ ){0,3}(?:krzyk\w*|wrzask\w*|placz\w* (?:dziecka|kobiety)|odglosy (?:bicia|bojki|szarpaniny|uderzen)|uderzenia|tluczen\w*)",
    r"\b(?:nie wypuszcza|nie pozwala (?:mi |nam )?wyjsc|zamknal\w* (?:mnie|nas|ja|go|dziecko) w|przetrzymuj\w*|uwiezil\w*|uwieziona|uwieziony|trzyma (?:mnie|ja|nas) (?:sila|w|pod))",
    r"\b(?:sledzi|sledza|sledzil\w*|sciga|gonia|goni) (?:mnie|nas|ja|go|corke|syna|dziecko)\b|\b(?:idzie|jedzie|chodzi|szedl|szla|jechal) za (?:mna|nami|corka|synem|dzieckiem)\b",
    r"\b(?:ktos|facet|obcy|byly|typ|typy|mezczyzna|goscie|gosc|kolesie|kolo|on|oni)\b (?:\w+ ){0,2}(?:stoi|stoja|czeka|czekaja|kreci sie|czai sie|dobija sie|wali|lomocze)\w* (?:\w+ ){0,3}pod (?:moimi |moim |naszymi |naszym )?(?:drzwiami|oknem|oknami|blokiem|domem|klatka)",
    r"\bboje sie (?:\w+ ){0,3}(?:ze (?:mnie|nas|ja|go|mi|nam|dziecku) (?:zabije|skrzywdzi|pobije|zrobi cos|cos zrobi)|o (?:swoje |moje |nasze )?zycie)",
    r"\b(?:wciag\w*|wciagnal\w*|wciagaja|wepchn\w*|wpycha\w*) (?:\w+ ){0,2}do (?:auta|samochodu|busa|vana|samochod\w*)",
    r"\b(?:mnie|nas|ja|go|corke|syna|dziecko) (?:\w+ ){0,1}(?:sledzi|sledza|sciga|goni|gonia)\b|\bza (?:mna|nami) (?:\w+ ){0,1}(?:idzie|ida|jedzie|chodzi|szedl)\b",
    r"\bgrozi\w* (?:\w+ ){0,1}(?:mi|nam|mamie|tacie|zonie|mezowi|dziecku|dzieciom|kasjer\w*|sprzedaw\w*|ludziom|sasiad\w*|babci|dziadkowi|corce|synowi|jej|mu|wszystkim)\b",
    r"\brzuca\w* (?:\w+ ){0,2}(?:we mnie|w nas|talerz\w*|przedmiot\w*|rzecz\w*|czym popadnie|meblami|krzeslem)",
    r"\b(?:zada\w*|zadaja|wymusza\w*) (?:\w+ ){0,2}(?:pieniedzy|kasy|telefonu|portfela|oddania)|\b(?:otoczyl\w*|otoczyli|osaczyl\w*) (?:\w+ ){0,1}(?:mnie|nas|ja|go|dziecko)",
    r"\bnie (?:daje|daja|pozwala|pozwalaja|chce dac) (?:\w+ ){0,1}(?:wyjsc|wysiasc|odejsc|przejsc|uciec)",
    r"\b(?:rozbija|rozbijaja|niszczy|niszcza|demoluje|demoluja|dewastuje|dewastuja|kopie w|wali w)\w* (?:\w+ ){0,2}(?:samochod\w*|auta|auto|wiat\w*|szyb\w*|sklep\w*|drzwi|okna|witryn\w*)",
)
# A child or an animal shut in a car, now.
SHUT_IN = either(
    r"^(?=.*\b(?:dziecko|dzieciak\w*|niemowl\w*|bobas\w*|maluch\w*|pies|psa|piesek|zwierz\w*)\b)(?=.*\b(?:zamkniet\w*|zamkn\w*|zostawion\w*)\b)(?=.*\b(?:aucie|samochodzie|auto|samochod\w*)\b)",
    r"\b(?:dziecko|dzieciak\w*|niemowl\w*|bobas\w*|maluch\w*|pies|psa|piesek|zwierz\w*|kot|kota)\b (?:\w+ ){0,6}(?:zamkniet\w*|zamkn\w*|zostawion\w*|zostal\w* sam\w*|sam\w* w) (?:\w+ ){0,3}(?:aucie|samochodzie|auto|samochod\w*)",
    r"\b(?:zamkniet\w*|zamkn\w*|nagrzan\w*|rozgrzan\w*) (?:\w+ ){0,2}(?:aucie|samochodzie|auto)\b (?:\w+ ){0,6}(?:dziecko|niemowl\w*|bobas\w*|maluch\w*|pies|psa|piesek|zwierz\w*)",
    r"\b(?:w|we) (?:zamknietym|nagrzanym|rozgrzanym|goracym) (?:aucie|samochodzie)",
)
INTRUDER = either(
    stems("wlam", "wlamyw", "wlaz", "wywaz", "wylamuj", "wylamal", "sforsowa"),
    r"\bdobija\w* (?:\w+ ){0,1}(?:sie )?do (?:drzwi|mieszkania|domu|okna|nas|mnie)\b",
    r"\b(?:ktos|obcy|jakis|jacys|dwoch|dwie osoby|ludzie|typ|typy|facet|faceci|mezczyzna|zlodziej\w*)\w* (?:\w+ ){0,3}(?:jest|sa|chodzi|chodza|wszedl|weszli|weszla|wchodzi|wchodza|siedzi|stoi|stal|czai sie|ukrywa sie|kreci sie|krecą sie|buszuje|grzebie|grzebia|myszkuje|szpera|przeszukuje|kradnie|wynosi|wynosza|ukryl\w*|schowal\w*)\w* (?:\w+ ){0,3}(?:w|do|po|na|przy|z) (?:\w+ )?(?:mieszkani\w*|domu|dom|domku|piwnic\w*|ogrod\w*|posesj\w*|garaz\w*|strych\w*|pokoj\w*|kuchni|samochod\w*|aucie|auta|altank\w*|dzialk\w*|komorce|szop\w*|budynku|biurze|sklepie|sypialni|salonie|pietrze|srodku|kamienicy|obejsciu|podworzu|przedpokoj\w*|korytarzu|lazience)",
    r"\b(?:slysze|slychac|slyszymy|slyszalam|slyszalem|ktos|facet|obcy|typ|mezczyzna|gosc|jakis)\w* (?:\w+ ){0,3}(?:kroki|chodzi (?:po|w|na)|grzebie|szura|dobija sie|wali w drzwi|puka w okno|szarpie (?:za )?klamk\w*|klamk\w*|probuje (?:\w+ ){0,2}(?:otworzyc|wejsc|sforsowac|wywazyc|dostac sie)|majstruje|dlubie)",
    r"\b(?:wywaza|wywazyc|wywazaja|wywazyl\w*|forsuje|forsuja|wylamuje|wylamuja|wylamal\w*|wybija|wybijaja|wybil\w*|stlukl\w*|rozbil\w*|rozbija|rozbijaja|rozwala|rozwalaja|przecina|przecinaja|ciecie|tnie|tna)\w* (?:\w+ ){0,2}(?:drzwi|okno|okna|szyb\w*|zamek|zamka|klodk\w*|kraty|krate|zabezpieczen\w*|witryn\w*)",
    r"\b(?:klamka|klamke|drzwi|zamek|okno) (?:\w+ ){0,2}(?:sie rusza|sie porusza|ktos szarpie|ktos otwiera|skrzypi i|drzy)",
    r"\b(?:wynosi|wynosza|wynosil\w*|wyciaga|wyciagaja|laduja|pakuja)\b (?:\w+ ){0,3}(?:przez okno|z mieszkania|z domu|z piwnicy|z garazu|z auta|telewizor\w*|rower\w*)",
    r"\b(?:kradn\w*|okrada\w*|kradna|wynosza|wynosi) (?:\w+ ){0,2}(?:teraz|wlasnie|na moich oczach|auto|samochod|rower|sklep|z auta|z samochodu|kable|towar|z piwnicy|z garazu|mieszkani\w*|dom|domy|piwnic\w*|garaz\w*|sasiad\w*)",
    r"\bzlodziej\w* (?:\w+ ){0,2}(?:jest|sa|wchodzi|wlazl|w srodku|ucieka|uciekaja|kradnie|grasuje|w sklepie)",
    r"\b(?:w|na|do) (?:moim |naszym |moje\w* |nasz\w* )?(?:mieszkani\w*|domu|garazu|piwnicy|ogrodzie|pokoju|salonie|kuchni|sypialni|strychu|altan\w*|dzialce|posesji|podworku)\b (?:\w+ ){0,3}(?:ktos|obcy|obca|nieznajom\w*|jakis facet|jacys)\b (?:\w+ ){0,1}(?:jest|sa|chodzi|chodza|siedzi|stoi|kreci sie|grzebie|wszedl|weszli|swieci)",
    r"^(?=.*\blatark\w*)(?=.*\b(?:salon\w*|pokoj\w*|mieszkani\w*|domu|kuchni|piwnic\w*|garaz\w*|ogrod\w*|sypialni)\b)",
    r"\bucieka\w* (?:\w+ ){0,2}(?:w strone|w kierunku|ulica|przez)",
    r"\b(?:ukradl\w*|wyrwal\w*|zabral\w*|zwinal\w*|zerwal\w*)\w* (?:\w+ ){0,4}(?:i )?(?:ucieka|uciekaja|biegnie|odjezdza)\b",
)
WEAPON = either(
    words("noz", "noza", "nozem", "nozu", "noze", "nozami", "nozyk", "nozykiem", "bron",
          "broni", "bronia", "kose", "kosa"),
    stems("nozown", "maczet", "siekier", "topor", "pistolet", "rewolwer", "karabin", "strzelb", "granat",
          "strzelanin", "wystrzal", "dzgn", "dzga", "zadzga", "wiatrowk", "pałk", "palk", "kastet",
          "tulipan", "obrzyn", "gazrur", "kusz"),
    r"\b(?:strzela|strzelaja|strzelal\w*|strzelil\w*|postrzel\w*|zastrzel\w*|strzaly|strzal|strzalow)\b",
    r"\b(?:kij\w*|kijem|metalow\w* pret\w*|pretem|lomem|lom|mlotkiem|butelka|butelke)\b (?:\w+ ){0,3}(?:bije|wymachuje|macha|grozi|atakuje|uderzyl\w*|rzuca)|\b(?:wymachuje|macha|grozi|atakuje) (?:\w+ ){0,2}(?:kij\w*|lomem|mlotkiem|pretem|butelka|siekiera|nozem)",
    r"\bwyglada (?:\w+ ){0,1}jak (?:bron|pistolet|noz|karabin|maczeta|granat)\b|\bz czyms (?:\w+ ){0,2}jak (?:bron|pistolet|noz)\b",
    r"\b(?:celuje|mierzy|wycelowal\w*) (?:\w+ ){0,2}(?:do|we|w) (?:mnie|nas|ludzi|kogos|niego|niej|dziecka)",
    r"\b(?:ugodzil\w*|pchnal\w*|pchniety|pchnieta|dzgniety|dzgnieta|zadzgany) (?:\w+ ){0,2}(?:nozem|noz\w*|ostrym)",
)

# --- dogs ----------------------------------------------------------------------------------------

DOG = either(
    words("pies", "psy", "psa", "psem", "psu", "psow", "psami", "psach", "piesek", "pieska",
          "psiak", "psiaka", "psiaki", "kundel", "kundla", "kundle", "dog", "doga", "sfora",
          "sfory", "wataha", "husky", "owczarek", "owczarka", "rottweiler", "rottweilera"),
    stems("pitbul", "pit bul", "pitbull", "amstaf", "owczar", "rottweil", "rotw", "rotv", "rottw", "rotwajl", "doberman", "wilczur",
          "buldog", "bulterier", "cane corso", "dogo", "kaukaz"),
)
DOG_ATTACK = either(
    stems("pogryz", "pogryz", "gryzie", "gryza", "gryzl", "ugryz", "rozszarp", "wgryzl",
          "zagryz", "pokasal", "pokasa"),
    r"\b(?:rzucil\w*|rzuca|rzucaja|rzucily) sie\b|\b(?:atakuje|atakuja|zaatakowal\w*|napadl\w*|napada|dopadl\w*|dopadly|osaczyl\w*|osaczyly|otoczyl\w*|otoczyly|goni|gonia|gonil\w*|szarpie|szarpia|szarpal\w*)\b",
    r"\b(?:trzyma|zlapal\w*|chwycil\w*|capnal\w*|dopadl\w*) (?:\w+ ){0,2}(?:noge|reke|nogawk\w*|za noge|za reke|lydk\w*|dziecko|jedno|jednego|jedna|chlopca|dziewczynk\w*)\b|\bzerwal\w* (?:sie )?z (?:lancucha|smyczy|uwiezi)|\bwyskoczyl\w* (?:\w+ ){0,3}(?:i|na)\b",
    r"\b(?:wbil\w*|wbija) (?:\w+ ){0,2}(?:zeby|kly)|\bnie (?:chce )?puscic\b|\bnie puszcza\b|\bciagnie (?:\w+ ){0,2}za\b|\bwisi na\b",
)

# --- missing people --------------------------------------------------------------------------------

MISSING_WHO = either(
    words("dziecko", "dziecka", "dzieci", "syn", "syna", "synek", "synka", "corka", "corki",
          "corke", "coreczka", "coreczki", "coreczke", "wnuk", "wnuka", "wnuczek", "wnuczka",
          "wnuczki", "wnuczke", "dzieciak", "dzieciaka", "maly", "mala", "malego", "malej",
          "chlopiec", "chlopca", "chlopczyk", "dziewczynka", "dziewczynki", "mama", "mame",
          "mamy", "tata", "tate", "taty", "ojciec", "ojca", "matka", "matki", "matke",
          "babcia", "babci", "babcie", "dziadek", "dziadka", "brat", "brata", "siostra",
          "siostry", "siostre", "maz", "meza", "zona", "zony", "tesciowa", "tesciowej", "tesc",
          "tescia", "staruszek", "staruszka", "podopieczny", "podopieczna", "pensjonariusz",
          "pensjonariuszka", "uczen", "ucznia", "uczennica", "nastolatek", "nastolatka",
          "przedszkolak", "przedszkolaka", "kolega", "kolezanka"),
    stems("starsz", "senior", "niepelnospraw", "autyst", "dziadk", "babc"),
    r"\b\d{1,2} ?(?:latek|latka|letni\w*|letnia|letniego|latkiem)\b",
)
CHILD_ALONE = either(
    r"^(?=.*\b(?:dziecko|dziewczynk\w*|chlopczyk\w*|chlopiec|maluch\w*|malutk\w*|maly|mala|przedszkolak\w*|\d ?(?:lat|latk\w*|letni\w*))\b)(?=.*\b(?:sam|sama|samo|samiutk\w*|bez opieki|bez rodzic\w*|nikogo przy|nie ma przy (?:niej|nim|nich) nikogo|nikt (?:go|jej) nie pilnuje|szuka mamy|szuka taty|wola mame|wola mamy|zgubion\w*)\b)(?=.*\b(?:placz\w*|chodzi|stoi|blaka|bladzi|krazy|siedzi|szuka|parking\w*|ulic\w*|jezdni\w*|sklep\w*|galeri\w*|przystank\w*|dworc\w*)\b)",
)
MISSING_GONE = either(
    stems("zgubil", "zgubila", "zgubilo", "zgubili", "zagin", "zaginal", "zaginel", "zniknal",
          "zniknel", "znikl", "przepadl", "zawieruszyl", "oddalil", "odszedl", "odeszla",
          "uciekl", "uciekla", "uciekli", "zawedrowal"),
    r"\b(?:zginal|zginela|zginelo|zgineli|zginal nam|zginela nam)\b",
    r"\bnie (?:ma|bylo) (?:\w+ ){0,2}(?:go|jej|ich|nigdzie|dziecka|syna|corki|mamy|taty|babci|dziadka)\b(?! w (?:domu|szkole) (?:bo|dzis|rano))",
    r"\bnie wiem(?:y)? (?:\w+ ){0,1}gdzie (?:\w+ ){0,1}(?:jest|sa|poszedl|poszla|poszli|pojechal\w*|przebywa)\b|\b(?:juz )?nie wroci\b|\bnie wroca\b",
    r"\b(?:do teraz|do tej pory|od rana|od wczoraj|od kilku godzin|od godziny) (?:\w+ ){0,2}(?:go|jej|ich) (?:\w+ ){0,1}nie ma\b|\b(?:sie gubi|gubi sie|zapomina gdzie)\b",
    r"\bnigdzie (?:\w+ ){0,2}(?:go|jej|ich) nie (?:ma|widac|widze)|\bnie (?:wrocil\w*|wraca|wracaja|dotarl\w*|doszedl|doszla|przyszedl|przyszla|przyszli|dojechal\w*)\b",
    r"\bnie (?:moge|mozemy|mozna|umiem|potrafimy) (?:\w+ ){0,2}(?:go|jej|ich|dziecka|syna|corki)? ?(?:znalezc|odnalezc|namierzyc|dodzwonic)",
    r"\bwyszedl\w* (?:\w+ ){0,4}i (?:\w+ ){0,2}(?:nie|nikt|ani sladu|przepadl)",
    r"\b(?:bladzi|blaka|błąka|krazy|chodzi bez celu|wedruje)\b",
)
CONFUSED = either(
    stems("demencj", "alzheimer", "otepien", "zdezorient", "zagubion", "zagubiony"),
    r"\bnie (?:wie|wiedzial\w*|pamieta|pamietal\w*|potrafi powiedziec|umie powiedziec) (?:\w+ ){0,2}(?:gdzie|kim|jak sie nazywa|adresu|jak wrocic|gdzie mieszka|skad)",
    r"\bnie kontaktuje\b|\bmowi (?:\w+ ){0,1}(?:od rzeczy|bez sensu|nieskladnie|nielogicznie|dziwne rzeczy)\b|\bpyta (?:\w+ ){0,2}gdzie jest\b",
    r"\bnie (?:wie|umie|potrafi|pamieta)\b (?:\w+ ){0,4}(?:jak sie nazywa|gdzie mieszka|gdzie jest|kim jest|adresu|jaki jest rok)",
)

# --- cold -----------------------------------------------------------------------------------------

COLD = either(
    stems("mroz", "zimn", "zimno", "minus", "snieg", "sniez", "lodowat", "zamarz", "przemarz",
          "wychlodz", "wyziebi", "zmarzl", "odmroz", "hipoterm", "szron"),
    r"\bprzestal\w* sie trzasc|\bnie czuje (?:\w+ ){0,1}(?:nog|rak|palcow|stop)\w*|\b(?:bez ogrzewania|nie ma ogrzewania|nieogrzewan\w*|sztywn\w*|zasp\w*|biale (?:rece|dlonie|palce)|(?:rece|dlonie|palce) (?:\w+ ){0,1}biale)\b|\bponizej zera\b|\b-\s?\d{1,2}\b|\bw kapciach\b|\bkapci\w*\b|\bw (?:samej |samym |cienkiej |cienkim )?(?:pizamie|pidzamie|pizamce|szlafroku|koszuli|koszulce|koszuli nocnej|bieliznie|podkoszulku|klapkach|sweterku|swetrze)\b|\bmokr\w* (?:\w+ ){0,3}(?:zimno|mroz\w*|zimn\w*)|\bzatrzasn\w* (?:\w+ ){0,3}(?:na balkonie|balkon\w*|na dworze|na zewnatrz|drzwi)|\bbez (?:kurtki|butow|plaszcza|czapki|ubrania|skarpet)\b|\bboso\b|\bsine (?:rece|usta|palce|dlonie)\b|\btrzesie sie z zimna",
)
EXPOSED = either(
    r"\b(?:lezy|leza|lezacy|lezaca|lezal\w*)\b",
    r"\b(?:spi|spia|spiacy|spiaca|zasnal\w*|zasnela|drzemie)\b",
    r"\bsiedzi\w* (?:\w+ ){0,4}(?:od|na lawce|w sniegu|na przystanku|na ziemi|na chodniku|na schodach|na murku|na mrozie|bez ruchu|godzin)",
    r"\bnie (?:rusza|reaguje|odpowiada|kontaktuje|wie|pamieta|chce wejsc|moze wstac|umie wstac|da rady wstac|potrafi wstac|wstaje)\b|\bw rowie\b|\bna balkonie\b|\bmowi (?:\w+ ){0,1}(?:bez sensu|od rzeczy)",
    stems("pijan", "bezdomn", "zdezorient", "zagubion", "trzesie", "drzy", "dygocz", "blaka",
          "błąk", "bladzi", "krazy", "wedruj"),
    r"\bchodzi (?:\w+ ){0,3}(?:po|kolo|wokol|wzdluz) (?:osiedlu|ulicy|ulicach|dworze|parku|podworku|blokach|przystanku|drodze)",
    r"\bstoi (?:\w+ ){0,3}(?:od|na mrozie|na zimnie|na dworze|przed blokiem|na przystanku)",
    r"\b(?:starsz\w*|staruszek|staruszka|dziadek|babcia|dziecko|dzieci|niemowl\w*|bobas|maluch)\b",
    stems("utknel", "utknal", "utkn", "zasp", "zakopal", "skulon", "zasypia", "mokr"),
    r"\bledwo (?:odpowiada|reaguje|mowi|kontaktuje|oddycha)\b|\bskonczyl\w* (?:sie )?(?:paliwo|benzyna)",
)

# --- road ------------------------------------------------------------------------------------

ACCIDENT = either(
    r"\bwypad\w* (?:\w+ ){0,1}(?:samochodow\w*|drogow\w*|na (?:drodze|skrzyzowaniu|ulicy|autostradzie|obwodnicy|trasie|przejsciu|rondzie|torach|a1|a2|s8|s14)|z (?:udzialem|rannymi|ofiarami))",
    r"\bzderz(?:eni|yl|yla|ylo|yly|yli|aja|aj|a sie)\w*",
    stems("karambol", "potrac", "dachowal", "zakleszcz", "przygniot", "przygniecion",
          "uwiezion", "uwięzion"),
    r"\b(?:wjechal\w*|uderzyl\w*|najechal\w*|wpadl\w*|wbil\w*|walnal\w*|przejechal\w*|rozjechal\w*|staranowal\w*)\w* (?:\w+ ){0,3}(?:w|na|we|do|pod) (?:\w+ ){0,1}(?:piesz\w*|rowerzyst\w*|dziecko|dziecka|czlowieka|ludzi|kobiet\w*|mezczyzn\w*|drzewo|slup|przystanek|latarni\w*|barierk\w*|motocykl\w*|hulajnog\w*|tramwaj\w*|autobus\w*|rowu|row|wiadukt\w*|dom|sklep|tlum\w*|ogrodzen\w*|ciezarowk\w*|tir\w*|bariere|auta|aut|samochody|zaparkowan\w*)",
    r"\b(?:auto|samochod|bus|autobus|tir|ciezarowka|motor|motocykl|tramwaj)\w* (?:\w+ ){0,3}(?:w rowie|do rowu|na dachu|na boku|w drzewie|przewrocil\w*|wywrocil\w*|dachowal\w*|wypadl\w* z drogi)",
    r"\b(?:wjechal\w*|wpadl\w*) (?:\w+ ){0,1}pod (?:samochod|auto|autobus|tramwaj|ciezarowk\w*|kola)\b|\b(?:noga|reka) (?:\w+ ){0,1}(?:wygiet\w*|wykrzywion\w*|nienaturaln\w*)",
    r"\b(?:motocyklist|rowerzyst|piesz|hulajnogist|kierowc|pasazer|dziecko)\w* (?:\w+ ){0,3}(?:lezy|leza|nie rusza|krwawi|ranny|ranna|ranni|potracon\w*|pod (?:autem|samochodem|kolami|tramwajem))",
)
ACCIDENT_WEAK = either(
    r"\b(?:wypadek|wypadku|wypadki|wypadkow|kolizj\w*|stluczk\w*)\b",
)
INJURED = either(
    words("ranny", "ranna", "ranni", "rannych", "rannego", "rannej", "poszkodowany",
          "poszkodowana", "poszkodowani", "poszkodowanych", "jeczy", "ofiary", "ofiar"),
    stems("krew", "krwi", "krwaw", "nieprzyto", "zakleszcz", "uwiez", "karetk", "pogotowi",
          "zlaman"),
    r"\blezy\b|\bleza\b|\bnie rusza\b|\bnie reaguje\b|\bnie moze wyjsc\b",
)
DRUNK = either(
    stems("pijan", "pijaniut", "nietrzezw", "naprut", "nawalon", "schlan", "zalan", "wstawion",
          "narabn", "najeban", "napit", "ubzdryngol", "zatacza", "zatacz", "promil", "pijak",
          "pijaczek", "pijus", "zawian", "nabuzowan", "podpit", "zawiany"),
    r"\bz (?:piwem|puszka|butelka|flaszka|wodka) (?:\w+ ){0,1}w (?:rece|rekach)|\bstracil\w* panowanie\b|\bpo (?:alkoholu|pijaku|piwie|piwach|piwku|kilku piwach|wodce|wodzie ognistej|paru piwach|imprezie (?:pijany|pijana)|flaszce)\b|\bpod wplywem\b|\bw sztok\b|\bna bani\b|\bna gazie\b|\bna rauszu\b",
    r"\bledwo (?:stoi|trzyma sie|idzie|chodzi|mowi|mowiac|kontaktuje)|\bsmierdzi (?:\w+ ){0,2}(?:alkohol\w*|wodk\w*|piw\w*|gorzal\w*)|\bczuc (?:\w+ ){0,2}(?:alkohol\w*|wodk\w*|procent\w*)",
    r"\bwypil\w* (?:\w+ ){0,3}(?:piw\w*|wodk\w*|alkohol\w*|flaszk\w*|procent\w*|browar\w*|wina|wino|setk\w*|kielisz\w*|drink\w*|litr\w*|pol litra|polowke|cwiartk\w*|butelk\w*)",
    r"\b(?:piw\w*|wodk\w*|alkohol\w*|flaszk\w*|browar\w*|wino|wina|pol litra|cwiartk\w*|setk\w*)\b (?:\w+ ){0,4}(?:wypil\w*|obalil\w*|wychlal\w*|pil\b|pije)",
    r"\bpil\w* (?:\w+ ){0,2}(?:piwo|wodke|alkohol|browar\w*|wino) (?:\w+ ){0,3}(?:jedzie|wsiada|wsiadl|prowadzi|odjechal|za kolko|za kierownice)",
    r"\bpo (?:\d+|dwoch|trzech|czterech|pieciu|szesciu|paru|wielu|kilkunastu) (?:\w+ ){0,1}(?:piw\w*|browar\w*|drink\w*|kieliszk\w*|setk\w*|wodk\w*)",
    r"\b(?:jedzie|czuc|wali|zalatuje|cuchnie|smierdzi)\w* (?:\w+ ){0,1}(?:woda|wodka|wodeczka|gorzala|alkoholem|piwskiem|browarem|przetrawionym)\b",
    r"\bz gwinta\b",
)
DRIVING = either(
    words("jade", "jedziemy", "jechalem", "jechalam", "golf", "golfem", "opel", "oplem", "audi", "bmw", "passat", "passatem"),
    stems("zjezdz", "zjecha", "przeciwlegl", "pobocz", "obwodnic", "kierowc", "kierownic", "prowadzi", "prowadzil", "jedzie", "jechal", "jezdzi",
          "wsiad", "odpal", "odjezdz", "odjech", "rusza", "ruszyl", "samochod", "kluczyk",
          "zygzak", "slalom", "wezyk", "ciezarowk", "ciagnik", "traktor", "autobus", "busem",
          "parkuj", "wyjezdza", "wyjechal", "cofa", "cofal", "manewruj"),
    words("auto", "autem", "auta", "aucie", "tir", "tirem", "busa", "motorem", "motor",
          "skuter", "skuterem", "za kolkiem", "za kolko"),
)
DRIVING_ERRATIC = either(
    r"\b(?:spi|zasypia|zasnal|zasnela|przysypia|drzemie)\w* (?:\w+ ){0,2}za (?:kierownica|kolkiem)",
    r"\b(?:zjezdza|zjechal\w*|wjezdza|wjechal\w*) (?:\w+ ){0,3}(?:na przeciwlegl\w*|na przeciwny|na pobocze (?:\w+ ){0,2}razy|pod prad|na chodnik)",
    r"\bjedzie (?:\w+ ){0,2}(?:zygzakiem|slalomem|wezykiem|pod prad|po chodniku|od kraweznika do kraweznika|cala szerokoscia)",
    r"\b(?:auto|samochod|kierowca)\w* (?:\w+ ){0,2}(?:jedzie|zjezdza|wjezdza) (?:\w+ ){0,2}(?:zygzakiem|slalomem|wezykiem|pod prad|na przeciwny pas)",
)

# --- suicide and self-harm: also answered with the crisis lines ------------------------------------------

_SELF = r"(?:sie|soba|sobie|siebie)"
SUICIDE = either(
    stems("samob", "samookalecz", "samouszkodz"),
    rf"\b{_SELF} (?:za|ze)?bi(?:c|je|jesz|ja|l|la|ja)\b|\b(?:za|ze)?bi(?:c|je|jesz|ja|l|la) {_SELF}\b|\bzabij\w* {_SELF}\b",
    rf"\bpowies\w* {_SELF}|\b{_SELF} powies\w*",
    rf"\b(?:potne|potnie|pociac|pocie|podetne|podetnie|podciac|tne|tnie|cial\w*|pocial\w*|pociela)\w* {_SELF}|\b{_SELF} (?:potne|potnie|pocia|podetn|tnie|tne|cial|cie)\w*",
    r"\bpodetn\w* (?:sobie )?zyl|\bzyly\b|\bzylet\w*|\bpozegnaln\w*",
    r"\b(?:nie chce|niechce|nie chcem|nie moge|nie mam sily|nie mam po co|nie warto|nie ma po co|nie umiem) (?:juz )?(?:dalej )?zyc\b",
    r"\bnie chce mi sie (?:juz )?zyc\b|\bzycie nie ma sensu|\bnie widze (?:juz )?(?:sensu|wyjscia|przyszlosci|celu)|\bnic nie ma sensu\b|\bnie ma (?:juz )?sensu (?:zyc|zycie|nic|dalej|tak zyc|zyc dalej)|\bpo co (?:mam )?(?:dalej )?zyc\b",
    r"\bnie (?:dam|daje|dajee) (?:juz )?rady (?:dluzej|zyc|wiecej|tak dalej|z tym wszystkim)",
    r"\b(?:skoncze|skonczyc|skonczy|skonczyl\w*|skoncz) (?:juz )?(?:z )?(?:tym wszystkim|soba|ze soba|wszystkim|z zyciem|zyciem)\b|\bze soba skonczyc|\bkoniec ze mna\b|\bto (?:juz )?koniec ze mna",
    rf"\b(?:zrobi|zrobic|zrobie|zrobila|zrobil|zrobisz)\w* {_SELF} krzywd|\bcos sobie zrobi\w*|\bzrobi\w* sobie (?:cos|krzywde)",
    r"\b(?:skocz\w*|rzuc\w* sie|rzucil\w* sie) (?:\w+ ){0,2}(?:z mostu|z dachu|z okna|z balkonu|pod pociag|pod tramwaj|pod auto|pod samochod|z wiezowca|z bloku|z pietra|z wiaduktu|z estakady)|\bchce skoczyc|\bzaraz skocze\b",
    r"\b(?:stoi|siedzi|wszedl|weszla|stoje|siedze)\w* (?:\w+ ){0,3}(?:na (?:moscie|dachu|krawedzi|parapecie|balustradzie|barierce|torach|wiadukcie|gzymsie|oknie))",
    r"\b(?:polknel\w*|polknal\w*|wzielam|wzialem|lyknel\w*|lyknal\w*|zazyl\w*) (?:\w+ ){0,4}(?:wszystko|wszystkie|cala|cale)\b (?:\w+ ){0,4}(?:apteczk\w*|tabletk\w*|lek\w*|prochy|proszki)|\bjuz nie wazne\b|\bnic juz nie ma znaczenia\b",
    r"\b(?:tabletk\w*|leki|lekow) (?:zeby|by|i) (?:umrzec|zasnac|sie otruc|wziac wszystk)|\b(?:wziac|wezme|lyknac|polknac|polknal\w*|lyknal\w*|nalykam|nazbieral\w*|zbiera)\w* (?:\w+ ){0,2}(?:wszystkie|cale opakowanie|garsc) (?:\w+ ){0,1}(?:tabletki|leki|prochy|pigulki)",
    r"\b(?:chce|chcialbym|chcialabym|wolalbym|wolalabym|mam ochote) (?:\w+ ){0,2}(?:umrzec|zniknac na zawsze|zniknac|nie zyc|zasnac na zawsze|zasnac i sie nie obudzic|sie nie obudzic)|\bumre dzis|\bnie chce (?:sie )?(?:juz )?obudzic",
    r"\bmysli (?:\w+ ){0,2}samob\w*|\blist\w* pozegnaln\w*|\bpozegnal\w* (?:sie )?(?:\w+ ){0,2}(?:ze wszystkimi|na zawsze|z nami|z rodzina|ze mna)|\bzegnajcie\b|\bzegnaj na zawsze",
    r"\b(?:napisal\w*|pisze|powiedzial\w*|mowi|wyslal\w*)\b (?:\w+ ){0,2}(?:ze )?(?:sie )?zegna\b|\bnie bedzie (?:\w+ ){0,1}(?:nas|was|ciebie|mnie) (?:\w+ ){0,1}(?:meczyl\w*|klopotal\w*|obciazal\w*)",
    r"\bzegna\w* (?:sie )?(?:ze mna|z nami|z wszystkimi|ze wszystkimi)|\bodejsc na zawsze|\bodejde na zawsze",
    r"\bnie bedzie mnie\b|\bjuz mnie nie bedzie\b|\bjakby mnie nie bylo|\bgdyby mnie nie bylo|\bbez (?:mnie|e mnie) (?:\w+ ){0,2}(?:lepiej|lzej)|\b(?:beze mnie|bez mnie|bez niej|bez niego|bez nich) (?:\w+ ){0,3}(?:bedzie|byloby|bylo by|beda) (?:\w+ ){0,2}lepiej|\blepiej (?:\w+ ){0,3}(?:beze mnie|bez mnie|bez niej|bez niego)\b",
    r"\bjestem (?:\w+ ){0,2}ciezarem\b|\bdla wszystkich (?:\w+ ){0,1}ciezarem\b|\bnikt (?:\w+ ){0,2}nie bedzie (?:\w+ ){0,2}tesknil|\bnikt nie zauwazy (?:\w+ ){0,3}(?:zniknie|nie bedzie|odejde)",
    r"\brozdaj\w* (?:\w+ ){0,2}(?:swoje |wszystkie )?rzeczy|\bostatni raz (?:pisze|sie odzywam|rozmawiamy)|\bto (?:moja|jest moja) ostatnia wiadomosc",
    r"\b(?:odebrac|odebral\w*|odbiore|odebranie) sobie zycie|\btargn\w* sie na (?:swoje )?zycie|\bzakonczyc (?:\w+ ){0,1}zycie",
    r"\bsznur\w* (?:\w+ ){0,3}(?:przygotowal\w*|kupil\w*|zawiesil\w*|na szyi|na belce)|\bpetl\w* (?:na szyi|na belce|ze sznura)",
    r"\b(?:za|przez) (?:\w+ ){0,1}(?:barierk\w*|balustrad\w*|porecz\w*|murek)\b|\b(?:przechodzi|przeszedl|przeszla|przelazl\w*|wychyla\w*) (?:\w+ ){0,2}(?:barierk\w*|balustrad\w*|porecz\w*|przez okno|z okna)",
    r"\b(?:jestem|stoje|siedze|leze|stoi|siedzi|lezy|czeka|czekam) (?:\w+ ){0,2}na (?:torach|torowisku)\b|\bczekam na pociag",
    r"\bnie szukaj\w* mnie\b|\b(?:napisal\w*|pisze|powiedzial\w*|mowi|wyslal\w*)\w* (?:\w+ ){0,4}(?:ze )?to (?:juz )?koniec\b|\b(?:lin\w*|sznur\w*) (?:\w+ ){0,3}(?:koniec|zegnaj\w*|pozegn\w*)|\bprzepraszam (?:\w+ ){0,2}za wszystko\b",
    r"\bzamkn\w* (?:\w+ ){0,1}(?:sie )?w (?:garazu|aucie|samochodzie) (?:\w+ ){0,4}(?:silnik\w*|spalin\w*|wlaczon\w*)|\bsilnik\w* (?:\w+ ){0,2}(?:wlaczon\w*|pracuj\w*|chodzi) (?:\w+ ){0,2}w (?:zamknietym )?garazu",
    r"\b(?:dzis|dzisiaj|dzis w nocy|dzisiaj w nocy|tej nocy|jutro|wieczorem|zaraz) (?:juz )?to skoncze\b|\bto (?:juz )?skoncze (?:dzis|dzisiaj|tej nocy|jutro|wieczorem)\b",
    r"\brozdal\w* (?:\w+ ){0,3}(?:co mial\w*|wszystko co|cały dobytek|caly dobytek|swoje rzeczy)|\bmnie juz nie bedzie\b",
    r"\bsie z tym skoncze\b|\bskoncze z tym (?:\w+ ){0,1}(?:wszystkim|raz na zawsze|dzis|dzisiaj)|\b(?:tabletk\w*|leki|lekow|prochy|pigulki) (?:\w+ ){0,4}(?:wszystkie|cale opakowanie|naraz) (?:\w+ ){0,1}(?:wziac|wezme|lyknac|lykne|polknac|polkne|zazyc|zazyje)",
    r"\bmam (?:dosc|dosyc) (?:\w+ ){0,1}(?:zycia|wszystkiego i wszystkich|tego zycia|juz wszystkiego|zyc)\b|\bnie chce (?:juz )?tak (?:dalej )?zyc",
)

# --- nothing specific, but a call for help ---------------------------------------------------------

HELP_NOW = either(
    r"\bratunku\b|\bratujcie\b|\bsos\b|\bhelp\b",
    r"(?:^|\b)(?<!szukac )(?<!szukam )(?<!potrzebuje )(?<!o )(?<!do )(?<!bez )(?<!po )(?<!udzielenia )(?<!udzielic )(?<!pierwszej )pomocy+\b(?! (?:w|z|przy|prawnej|spolecznej|psychologicznej|od|dla|z obsluga|technicznej|jak|gdy|jesli|bo))",
    r"\bpomoz(?:cie|e)\w* (?:\w+ ){0,1}(?:szybko|pilnie|prosze|natychmiast|!)",
    r"\b(?:wezwij|wezwijcie|wzywam|zadzwoncie|dzwoncie) (?:\w+ ){0,1}(?:po )?(?:policj\w*|karetk\w*|pogotowi\w*|straz\w*|pomoc)\b",
    r"\bniech (?:ktos|ktokolwiek) (?:\w+ ){0,1}(?:przyjedzie|pomoze|przyjdzie|zadzwoni|przysle)",
    r"\b(?:pilnie|natychmiast|szybko) (?:\w+ ){0,2}(?:potrzebuj\w*|prosze|przyjezdzajcie|przyjedzcie) (?:\w+ ){0,2}(?:policj\w*|pomoc\w*|karetk\w*|radiowoz\w*|patrol\w*)",
    r"\b(?:zagrozenie|zagrozone) (?:\w+ ){0,1}zycia\b|\bzycie (?:\w+ ){0,1}w niebezpieczenstwie|\bgrozi (?:\w+ ){0,2}niebezpieczenstwo",
)


# --- English: visitors and foreign students write to the bot too ------------------------------------

EN_SUICIDE = r"\b(?:wants? to end it|end it|end her life|end his life|kill herself|kill himself|killing myself|suicid\w*|end my life|end it all|want to die|wanna die|dont want to (?:live|be alive)|don t want to (?:live|be alive)|do not want to (?:live|be alive)|hurt myself|cut myself|jump off)\b"
EN_MEDICAL = r"\b(?:not breathing|isn t breathing|isnt breathing|stopped breathing|can t breathe|cant breathe|unconscious|passed out|collapsed|fainted|bleeding|blood everywhere|lots of blood|overdos\w*|heart attack|stroke|seizure\w*|choking|chest pain|won t wake|wont wake|not waking|not responding|unresponsive|ambulance|poisoned|swallowed|took (?:pills|tablets|too many))\b"
EN_FIRE = r"\b(?:fire|smoke|burning|gas leak|smell gas|smells of gas|smells? like gas|gas smell|smell of gas|carbon monoxide|explosion|exploded)\b"
EN_VIOLENCE = r"\b(?:hitting|beating|beats me|hits me|hit me|attacking|attacked|stabb\w*|rape\w*|raping|kidnap\w*|assault\w*|fighting|strangl\w*|choking her|choking him|threaten\w* to kill|going to kill|locked me|locked the door|following me|chasing)\b"
EN_INTRUDER = r"\b(?:break\w* in|break\w* into|breaking (?:my|the|into|in)|broke in|burglar\w*|intruder\w*|(?:someone|somebody|a man|a stranger) (?:is )?(?:inside |in )(?:my|our|the) (?:house|flat|apartment|room|home)|i hear them|hiding)\b"
EN_WEAPON = r"\b(?:gun|guns|knife|knives|shooting|shots fired|shot|armed|machete)\b"
EN_DOG = r"\bdog\w* (?:\w+ ){0,4}(?:bit|bites|biting|attack\w*)|\b(?:bit|bitten) by (?:a |the )?dog"
EN_DROWNING = r"\b(?:drown\w*|fell (?:in|into|through) (?:the )?(?:water|river|lake|pond|ice))\b"
EN_MISSING = r"\b(?:lost (?:my )?(?:child|kid|son|daughter|boy|girl)|missing (?:child|kid|son|daughter)|can t find my|cant find my|cannot find my)\b"
EN_COLD = r"\b(?:lying in the snow|freezing to death|hypotherm\w*|in the cold (?:not moving|lying))\b"
EN_ACCIDENT = r"\b(?:car crash|crashed|crash|accident|hit by a car|run over|ran over)\b"
EN_DRUNK = r"\bdrunk (?:\w+ ){0,3}(?:driv\w*|behind the wheel|car)\b|\bdrinking\b (?:\w+ ){0,6}(?:drove|driving|drives|behind the wheel)|\bdriv\w* (?:\w+ ){0,3}drunk\b|\bswerving\b"
EN_HELP = r"\b(?:help me|please help|emergency|call the police|call an ambulance)\b"


@dataclass(frozen=True)
class Sign:
    category: Category
    groups: tuple[re.Pattern[str], ...]  # every group must occur
    unless: re.Pattern[str] | None = None  # ... and this must not

    def matches(self, text: str, context: str) -> bool:
        """`text` without harmless phrases; `context` the whole message."""
        if self.unless is not None and self.unless.search(context):
            return False
        return all(g.search(text) for g in self.groups)


def _sign(category: Category, *groups: str, unless: str | None = None) -> Sign:
    return Sign(category, tuple(re.compile(g) for g in groups), re.compile(unless) if unless else None)


# Smoke that comes from a cigarette, a grill or a chimney is a neighbour's nuisance, not a fire.
SMOKE_HARMLESS = stems("papieros", "e-papieros", "epapieros", "fajk", "grill", "ognisk", "kadzid", "wedz", "komin sasiad", "z komina", "kominka sasiad", "szisz", "vape", "wape")


# Order matters only for naming the category: the first matching sign names it.
SIGNS: tuple[Sign, ...] = (
    _sign("suicide", SUICIDE),
    _sign("suicide", EN_SUICIDE),
    _sign("drowning", DROWNING_STRONG),
    _sign("drowning", WATER, WATER_DISTRESS),
    _sign("fire_gas", GAS),
    _sign("fire_gas", FIRE),
    _sign("fire_gas", SMOKE, unless=SMOKE_HARMLESS),
    _sign("fire_gas", CO_SYMPTOMS, CO_SOURCE),
    _sign("weapon", WEAPON),
    _sign("dog_attack", DOG, DOG_ATTACK),
    _sign("drunk_driver", DRUNK, DRIVING),
    _sign("drunk_driver", DRIVING_ERRATIC),
    _sign("accident", ACCIDENT),
    _sign("accident", ACCIDENT_WEAK, INJURED),
    _sign("hypothermia", COLD, EXPOSED),
    _sign("missing_person", MISSING_WHO, MISSING_GONE),
    _sign("missing_person", CONFUSED, MISSING_GONE),
    _sign("missing_person", CHILD_ALONE, unless=r"\b(?:jezdzic|jezdzi|rowerem|do szkoly|ze szkoly|wracac|zostac|zostawac|zostawic|od ilu lat|od kiedy|w jakim wieku)\b"),
    _sign("medical", UNCONSCIOUS),
    _sign("medical", BREATHING),
    _sign("medical", BLEEDING),
    _sign("medical", SEIZURE),
    _sign("medical", POISON_STRONG),
    _sign("medical", INGESTED, SUBSTANCE_DANGEROUS),
    _sign("medical", INHALED),
    _sign("medical", INGESTED, PILLS, MANY),
    _sign("medical", INGESTED, PILLS, BAD_STATE),
    _sign("medical", INGESTED, PILLS, SMALL_CHILD),
    _sign("medical", SUBSTANCE_DANGEROUS, BAD_STATE),
    _sign("medical", STROKE),
    _sign("medical", HEART),
    _sign("medical", ALLERGY),
    _sign("medical", FELL, FALL_BAD),
    _sign("medical", LYING),
    _sign("medical", ELECTRIC_BURN),
    _sign("medical", CHILDBIRTH),
    _sign("medical", DYING),
    _sign("violence", VIOLENCE),
    _sign("other", SHUT_IN),
    _sign("intruder", INTRUDER),
    _sign("missing_person", CONFUSED),
    _sign("medical", AMBULANCE),
    _sign("drowning", EN_DROWNING),
    _sign("fire_gas", EN_FIRE),
    _sign("weapon", EN_WEAPON),
    _sign("dog_attack", EN_DOG),
    _sign("drunk_driver", EN_DRUNK),
    _sign("accident", EN_ACCIDENT),
    _sign("hypothermia", EN_COLD),
    _sign("missing_person", EN_MISSING),
    _sign("medical", EN_MEDICAL),
    _sign("violence", EN_VIOLENCE),
    _sign("intruder", EN_INTRUDER),
    _sign("other", HELP_NOW),
    _sign("other", EN_HELP),
)

# Removed before matching: alarm words in phrases that describe no danger.
HARMLESS = re.compile(
    "|".join(
        [
            # a hacked account, not a break-in
            r"\bwlam\w* (?:sie )?(?:na|do) (?:moj\w* |czyjes\w* |jej |jego |nasz\w* )?(?:konto|konta|kont|fejs\w*|facebook\w*|fb|insta\w*|maila?|poczt\w*|skrzynk\w*|profil\w*|messenger\w*|whatsapp\w*|bankowosc\w*|komputer\w*|laptop\w*|router\w*|wifi|sieci|telefon\w*|aplikacj\w*|tiktok\w*|snap\w*|gmail\w*|allegro|olx|steam\w*|discord\w*)\b",
            r"\bnie wybuchl\w*|\bwybuch\w* (?:smiechu|placz\w*|zlosci|gniewu|emocji|afery|skandalu|epidemii|wojny)|\bwybuchow\w* (?:charakter|osob|temperament)",
            r"\b(?:telefon|numer|komorka|infolinia|urzad|bank|sklep|szkola|dzielnicow\w*|komisariat\w*|policja|straz)\w* (?:\w+ ){0,2}nie (?:odpowiada|odbiera|reaguje|odpisuje)\b",
            r"\bnie (?:odpowiada|reaguje|odpisuje) (?:\w+ ){0,1}na (?:telefon\w*|maile?|wiadomos\w*|zgloszeni\w*|to|pisma|skarg\w*|moje)",
            r"\bserce (?:\w+ ){0,1}(?:bije|wali)\b|\bbije (?:\w+ ){0,1}(?:rekord\w*|brawo|piane|zegar|dzwon\w*|sie z myslami)|\bzegar bije",
            r"\b(?:pali|palil\w*|palic|palenie|palacy|palaca|pala|palisz)\w* (?:\w+ ){0,2}(?:papieros\w*|fajk\w*|e-papieros\w*|epapieros\w*|jointa?|skreta|trawk\w*|marihuan\w*|szisz\w*|vape\w*|w piecu|smieci|liscie)|\bdym\w* (?:\w+ ){0,2}(?:papieros\w*|z papierosa|z fajki|z grilla|z ogniska|z komina sasiada|z e-papierosa)|\bpali sie (?:\w+ ){0,1}(?:swiatlo|lampk\w*|kontrolk\w*|dioda)|\bnie pali sie\b|\bswiatlo (?:sie )?nie pali|\bpali (?:mnie|go) (?:zgaga|w przelyku|w zoladku|skora)",
            r"\btopi\w* sie (?:\w+ ){0,1}(?:snieg|lod|maslo|czekolad\w*|wosk|ser)|\b(?:snieg|lod|maslo|czekolada|wosk)\w* (?:\w+ ){0,1}sie topi",
            r"\bstrzel\w* (?:\w+ ){0,1}(?:gola|gole|bramk\w*|focha|fotk\w*|selfie|sobie fotk\w*|z petard\w*|petard\w*|fajerwerk\w*|racami|rac\w*|korkiem|szampanem|z procy|z luku na strzelnicy)|\bstrzela\w* (?:\w+ ){0,2}(?:petard\w*|fajerwerk\w*|sztuczn\w* ogn\w*|rac\w*|z korkow\w*)|\bstrzal\w* w (?:dziesiatke|stope)|\bstrzalk\w*",
            r"\bpozwoleni\w* na bron\w*|\bbron\w* (?:gazow\w*|hukow\w*|czarnoproch\w*|kolekcjoner\w*|sportow\w*|do obrony)|\bgaz\w* pieprzow\w*|\bgaz\w* (?:do obrony|obezwladniaj\w*)",
            r"\bkopi\w* (?:\w+ ){0,1}(?:dowodu|dokument\w*|zapasow\w*|umowy|zdjec|paszportu|plikow|danych|maila)|\bkopie zapasowe|\bksero",
            r"\bleje (?:\w+ ){0,1}(?:deszcz|woda|sie woda|z nieba)|\bdeszcz leje",
            r"\bnapad\w* (?:paniki|leku|kaszlu|szalu|zlosci|placzu)",
            r"\bgrozi (?:\w+ ){0,2}(?:mandat\w*|kar\w*|grzywn\w*|wiezien\w*|odpowiedzialn\w*|eksmisj\w*|komornik\w*|pozew|sad\w*|utrat\w*|areszt\w*|odsetk\w*|zwolnieni\w*|punkt\w*)|\bco (?:mi )?grozi\b|\bjaka kara grozi|\bgrozi za\b",
            r"\bna wypadek\b|\bwypadek przy pracy\b|\boszust\w* (?:\w+ ){0,2}na wypadek|\bmetod\w* na wypadek",
            r"\bpogotowi\w* (?:energetyczn\w*|gazow\w*|wodociag\w*|zamkow\w*|opiekuncz\w*|komputer\w*|kanalizac\w*|ciepln\w*|techniczn\w*|lekarski\w* nocn\w*)",
            r"\bzabic (?:\w+ ){0,1}(?:czas|nude)|\bzabij\w* (?:\w+ ){0,1}(?:nude|czas|komary?|much\w*|smiechem)|\bzabijasz mnie smiechem",
            r"\bnoz\w* (?:\w+ ){0,2}(?:do chleba w kuchni|w zmywarce)\b",
            r"\bpodpal\w* (?:\w+ ){0,2}(?:jeszcze raz|ponownie|drugi raz|lont\w*)",
            r"\bale czad\w*|\bczadow\w*|\bczadu dal\w*",
            r"\b(?:w grze|w grach|gra w|grac w|call of duty|counter strike|cs go|fortnite|gta|pubg|minecraft|warzone|valorant)\b.*|.*\b(?:w grze|w grach|call of duty|counter strike|fortnite|gta|pubg|minecraft|warzone|valorant)\b",
            r"\bnie (?:bije|bil|bila|bija|uderza|uderzyl\w*|wlamal\w*|wlamie|wlamuje|wlamali)\w*|\bnikt (?:\w+ ){0,1}(?:sie )?nie wlam\w*",
            r"\bzneca\w* (?:\w+ ){0,1}(?:sie )?nad (?:zwierz\w*|psem|psami|kotem|kotami|konm\w*)|\bznecani\w* (?:\w+ ){0,1}(?:sie )?nad (?:zwierz\w*|psem|psami|kotem|kotami)|\bzneca\w* (?:\w+ ){0,1}(?:sie )?psychicznie",
            r"\bdusi\w* (?:\w+ ){0,1}(?:mieso|miesa|gulasz\w*|warzywa|kapust\w*|w garnku|pod przykryciem)",
            r"\bgoraczk\w* (?:\w+ ){0,2}(?:zakupow|swiat|przedswiateczn)",
        ]
    )
)

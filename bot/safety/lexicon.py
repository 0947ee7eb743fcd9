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
    r"^(?=.*\b(?:cukrzy\w*|insulin\w*|cukier|cukru|cukrem|hipo|glukometr\w*)\b)(?=.*\b(?:dziwn\w*|spocon\w*|bez sensu|od rzeczy|zasypia|slab\w*|drzy|trzesie|nie kontaktuje|belkocz\w*|agresywn\w*|spiac\w*|senn\w*|nie da sie (?:z nim |z nia )?(?:pogadac|porozmawiac|dogadac))\b)",
    r"\b(?:straci|stracil|traci|tracil|tracac)\w* (?:\w+ ){0,2}przytomn\w*",
    r"\bprzytomnosc\w*",
    # losing contact with the people around: consciousness going, not a lost phone number
    r"\b(?:traci|tracil\w*|tracaca|tracacy|(?:zaczyna|zaczal|zaczela|zaczynaja)\w* tracic) (?:\w+ ){0,2}kontakt\w*",
    r"\b(?:osunal|osunela|osunol|osuwa)\w* sie",
    r"\bnie (?:da sie|moge|mozemy|moze|mozna|umiem|potrafie)\w* (?:\w+ ){0,2}(?:obudzic|dobudzic|docucic|wybudzic|ocucic|dobic sie do niego)",
    r"\bnie (?:reaguje|reaguja|reagowal\w*|kontaktuje|kontaktowal\w*|odpowiada|odzywa sie|budzi sie|mozna sie dogadac)\b",
    r"\b(?:bez|brak) (?:kontaktu|przytomnosci|reakcji|ruchu)\b",
    r"\b(?:nie rusza sie|sie nie rusza|nie ruszal\w* sie|lezy bez ruchu|lezy nieruchomo)\b",
    r"\bprzestal\w* (?:sie )?(?:ruszac|oddychac|reagowac|odpowiadac|sie ruszac|kontaktowac|poznawac)\b",
    words("mdleje", "mdleja", "mdlala", "mdlal", "mdlejac\\w*"),
    r"\boczy (?:\w+ ){0,1}(?:uciek\w*|do gory|w gore)|\boczy (?:mu |jej )?(?:uciekaja|w slup|wywrocone)",
    r"\bledwo (?:odpowiada|reaguje|kontaktuje|oddycha|zyje|mowi|otwiera oczy)\b",
    r"\b(?:prawie nie|coraz wolniej|coraz slabiej|coraz gorzej) (?:\w+ ){0,1}(?:odpowiada|reaguje|kontaktuje|oddycha|mowi)\b",
)
BREATHING = either(
    r"\bnie (?:oddycha\w*|odycha\w*|oddychal\w*|dycha\w*|lapie (?:oddechu|tchu|powietrza))",
    r"\b(?:przestal\w*|przestaje) oddychac",
    r"\b(?:nie moze|nie moge|nie mozemy|ciezko|trudno|ledwo|nie umie)\w* (?:\w+ ){0,2}(?:oddychac|oddycha|oddychamy|oddech\w*|tchu|zlapac powietrza|powietrza)",
    stems("duszn", "zadlawil", "zakrztus", "krztusi", "charcz", "rzezi", "sinieje", "sinieja",
          "swiszcz", "zachlysn", "zakrztus"),
    r"\b(?:jest|sa|robi sie|zrobil\w*|zrobila) (?:\w+ ){0,1}(?:siny|sina|sine|siniejacy|granatow\w*)\b",
    r"\b(?:robi sie|robia sie|zrobil\w* sie|zrobila sie) (?:\w+ ){0,1}(?:fiolet\w*|niebiesk\w*)\b",
    r"\b(?:utknel\w*|utknal\w*|utkwil\w*|zaklinowal\w*|zakleszczyl\w*|uwiezl\w*|zaplatal\w*) (?:\w+ ){0,2}(?:glow\w*|szyj\w*)\b|\b(?:glow\w*|szyj\w*) (?:\w+ ){0,2}(?:utknel\w*|utknal\w*|utkwil\w*|zaklinowal\w*|zakleszczon\w*|uwiezion\w*)\b",
    r"\b(?:dusi|dusza|dusze|dlawi|dlawia|dlawie)\w* sie\b",
    r"\b(?:utknel\w*|utknal\w*|utkwil\w*|stoi|stanal\w*) (?:\w+ ){0,2}w (?:gardle|tchawicy|przelyku)|\b(?:trzyma|lapie|zlapal\w*|chwyta|chwycil\w*) (?:\w+ ){0,1}(?:sie )?za (?:gardlo|szyje)\b",
    r"\b(?:usta|wargi|buzi\w*) (?:\w+ ){0,2}(?:fiolet\w*|sin\w*|granat\w*)|\b(?:fiolet\w*) (?:usta|wargi)|\b(?:niemowl\w*|noworod\w*|bobas\w*|dziecko) (?:\w+ ){0,4}(?:wiotk\w*|bezwladn\w*|nie placze i)",
    r"\b(?:siny|sina|sine|sinieje|granatow\w*) (?:na twarzy|usta|wargi|twarz)|\b(?:usta|wargi|twarz) (?:ma )?(?:sine|siny|sina)",
    r"\b(?:bezdech|brak oddechu|zatrzymanie oddechu)\b",
)
BLEEDING = either(
    stems("krwaw", "krwotok", "zakrwawion", "krwaiw", "krwwai"),
    r"\bkrew (?:\w+ ){0,2}(?:leci|cieknie|tryska|sie leje|leje|plynie|bucha|sika|wszedzie|nie przestaje|nie chce|przesiak\w*|przecieka\w*|pulsuj\w*)|\brozharatal\w*|\bwszedzie (?:\w+ ){0,1}krew\b|\bnadzial\w* sie\b",
    r"\b(?:duzo|mnostwo|pelno|kaluza|kaluzy|kaluzie|strumien|caly we|cala we|we) krwi\b",
    r"\b(?:rozcial|rozciela|przecial|przeciela|pocial|pociela|rozbil|rozbila|rozwalil|rozwalila|rozcieta|rozciety|przecieta)\w* (?:\w+ ){0,2}(?:reke|noge|glowe|glowa|palec|palce|tetnic\w*|zyl\w*|udo|szyje|brzuch|twarz|czolo|nadgarst\w*)",
    r"\b(?:noga|noge|reka|reke|glowa|udo|palec|palce|stopa|dlon) (?:\w+ ){0,1}(?:rozciet\w*|przeciet\w*|rozharatan\w*|zmiazdzon\w*|urwan\w*|obciet\w*)|\b(?:wciagn\w*|wkrecil\w*|zmiazdzyl\w*|urwal\w*|obcial\w*) (?:\w+ ){0,2}(?:noge|reke|palce|palec|dlon|wlosy)\b",
    r"\b(?:gleboka|gleboko|otwarta|duza|paskudna) ran\w*|\bran\w* (?:na glowie|glowy|glebok\w*|cieta|kluta)",
    r"\b(?:kosc|koscia|kosci) (?:\w+ ){0,2}wystaje|\botwarte zlamanie",
    r"\b(?:wymiot\w*|rzyga\w*) (?:\w+ ){0,2}(?:czarn\w*|fus\w*)|\b(?:wymiot\w*|rzyga\w*|kaszle|kaszl\w*|pluje|plul\w*|sika\w*) (?:\w+ ){0,1}krwi\w*|\bkrew w (?:wymiocin\w*|stolcu|moczu|slinie)",
    r"\b(?:boli|bol|bola|piecze|rwie)\w* (?:\w+ ){0,4}tak(?: bardzo| mocno|)? ze (?:\w+ ){0,1}nie (?:moge|moze|moga|da sie)\b|\bnie do wytrzymania\b|\bwyje z bolu|\bkrzyczy z bolu",
)
SEIZURE = either(
    stems("drgawk", "drgaw", "konwulsj", "padaczk", "epilep", "sztywniej", "sudorog", "sudorh"),
    r"\b(?:dostal\w*|ma|miala|mial) (?:\w+ ){0,2}atak\w*\b(?! (?:paniki|leku|kaszlu|alergii|smiechu|zlosci))|\b(?:sztywn\w*|wygiet\w*) (?:\w+ ){0,3}(?:cal\w*|szczek\w*|zacisn\w*|zebami|oczy)|\bszczeka zebami\b",
    r"\b(?:piana|pianka|piane) (?:\w+ ){0,2}(?:z ust|na ustach|ust)",
    r"\b(?:trzesie|rzuca|telepie) (?:\w+ ){0,2}(?:go|ja|nim|nia|cialem|calym) (?:\w+ ){0,2}(?:cal\w*|nie kontaktuje|na podlodze|na ziemi|lezy)",
)
SUBSTANCE_DANGEROUS = stems(
    "domestos", "wybielacz", "kret", "rozpuszczal", "kwas", "trutk", "trucizn", "detergent",
    "bateri", "magnes", "benzyn", "denatur", "chemi", "plynu do", "plyn do", "kapsulk",
    "srodk", "srodek", "grzyb", "muchomor", "dopalacz", "narkot", "amfetamin", "ecstas",
    "tabs", "kokain", "heroin", "metaamf", "mefedron", "fentanyl", "acetone", "aceton",
    "rozcienczal", "nafta", "nafty", "amoniak", "chlor", "kreto",
    "antyfryz", "glikol", "olejek", "nikotyn", "odkamien", "odtluszcz", "udrazn", "pod zlew",
    "do czyszczen", "do mycia", "do prania", "do zmyw", "do wc", "do toalet", "nawoz", "rtec",
)
PILLS = stems("tabletk", "tabl", "lek", "lekow", "lekarstw", "pigul", "kropl", "syrop", "z szafki", "aptecz", "proszk", "paracetamol", "ibuprom", "apap", "nasen", "psychotrop", "xanax", "relanium", "insulin")
SMALL_CHILD = either(
    words("niemowle", "niemowlak", "bobas", "maluch", "synek", "coreczka", "wnuczek",
          "wnusia", "dziecko", "dziecka", "dzieciak", "malutki", "malutka", "przedszkolak"),
    r"\b\d{1,2} ?-? ?(?:lat|lata|latek|latka|letni\w*|miesiec\w*|miesiac\w*)\b",
)
MANY = either(
    words("wszystkie", "wszystko", "cale", "cala", "caly", "calego", "garsc", "opakowanie", "opakowania",
          "naraz", "listek", "blister", "kilkanascie", "wszystkich", "kilkadziesiat", "pol", "duzo", "mnostwo",
          "kilka", "paczke", "paczka", "fiolke", "butelke", "slok"),
    r"\bza duzo\b|\b\d{2,}\b",
)
INHALED = r"\b(?:nawdychal\w*|nawachal\w*|zatrul\w* (?:sie )?(?:oparami|gazem|dymem|spalinami)|opary|oparow)\b"
INGESTED = stems(
    "polkn", "polyk", "polykn", "zjadl", "zjadla", "zjedli", "zjadlo", "wypil", "wypila",
    "napil", "napila", "napilo", "wyjadl", "wyjadla", "wyjadlo", "pogryzl", "polizal", "rozgryz",
    "wypilo", "lykn", "lyknel", "zazyl", "zazyla", "zazyw", "wzial", "wziela", "wzielo",
    "wzieli", "naćpal", "nacpal", "wciagnal", "wciagnela", "wstrzyk", "nawachal", "zatrul",
    "zatruci", "zatruwa",
    "otrul", "przedawk", "nalykal",
)
POISON_STRONG = either(
    stems("przedawk", "otrul", "otrucie", "zatrul", "zatruci", "naćpan", "nacpan"),
    r"\bpo (?:dopalacz|narkot|grzyb|ecstas|tabs)\w*",
)
BAD_STATE = either(
    stems("wymiot", "rzyga", "drgawk", "halucyn", "omam", "majacz", "belkocz", "belkot", "spiac",
          "sinieje", "zimny pot", "blady", "blada", "zoltk", "senn", "wiotk", "spiacy", "ospal",
          "apatyczn", "nie da sie dobudzic", "slani"),
    r"\bnie kontaktuje\b|\bnie reaguje\b|\bnie odpowiada\b|\b(?:bardzo |coraz )?wolne tetno\b|\btetno (?:\w+ ){0,1}(?:slabe|wolne|niewyczuwalne)\b|\bcoraz slabsz\w*|\bserce (?:mu |jej )?(?:wali|bije jak|szaleje|kolata)|\bdziwnie sie zachowuje\b|\bagresywn\w*",
)
# Something slipped into a drink, said while its effects are showing (with BAD_STATE).
SPIKED = either(
    stems("dosypal", "dosypan", "dosypuj", "wsypal", "dorzucil", "pigulk gwaltu", "tabletk gwaltu"),
    r"\bcos (?:\w+ ){0,2}(?:do|w) (?:drink\w*|napoj\w*|piw\w*|szklank\w*|kieliszk\w*|soku)\b",
)
STROKE = either(
    r"^(?=.*\bbol\w* glowy\b)(?=.*\b(?:najgorsz\w* (?:\w+ ){0,3}w zyciu|nagl\w*|jak uderzenie|piorunujac\w*)\b)(?=.*\b(?:wymiot\w*|swiatl\w*|sztywn\w*|kark\w*|traci|zemdl\w*|najgorsz\w*)\b)",
    r"\bpolow\w* (?:\w+ ){0,1}(?:twarzy|ciala|buzi)\b (?:\w+ ){0,2}(?:zdretwial\w*|dretwieje|opadl\w*|opada|sparalizowan\w*|bezwladn\w*|nie rusza\w*|krzyw\w*)",
    stems("udar", "wylew"),
    r"\b(?:opadl\w*|opada|opadniet\w*|krzyw\w*|wykrzywi\w*|przekrzywi\w*|zwisa\w*) (?:\w+ ){0,2}(?:kacik\w*|usta|twarz|polowa twarzy|buzi\w*|powiek\w*)",
    r"\b(?:kacik\w*|usta|ust|twarz\w*|buzi\w*|powiek\w*) (?:\w+ ){0,2}(?:opadl\w*|opada|krzyw\w*|wykrzywi\w*|zwisa\w*|zjechal\w*|sparalizowan\w*)",
    r"\bnie czuje (?:\w+ ){0,2}(?:strony|polowy|reki|reka|nogi|twarzy|policzka)\b|\b(?:reka|noga) (?:\w+ ){0,1}(?:leci|opada|zwisa|nie slucha)\b",
    r"\bnagle (?:\w+ ){0,3}nie (?:umie|moze|potrafi) (?:\w+ ){0,2}(?:powiedziec|mowic|wymowic|slowa)|\bnie (?:umie|moze|potrafi) (?:\w+ ){0,1}(?:powiedziec|wymowic) (?:\w+ ){0,1}(?:slowa|zdania)",
    stems("belkocz", "belkot", "bełkocz"),
    r"\b(?:mowi|gada|mowil\w*) (?:\w+ ){0,2}(?:niewyraznie|od rzeczy|bez sensu nagle)|\bplacz\w* (?:mu |jej )?sie jezyk|\bniewyraznie mowi",
    r"\bnie (?:moze|moga|mogl\w*|potrafi) (?:\w+ ){0,2}(?:podniesc|ruszyc|utrzymac|uniesc) (?:\w+ ){0,2}(?:reki|reka|reke|rak|rece|noga|nogi|noge)",
    r"\b(?:dretwie\w*|zdretwial\w*|niedowlad\w*|bezwladn\w*) (?:\w+ ){0,2}(?:polowa|reka|reke|noga|noge|twarz|lewa|prawa|strona)",
    r"^(?=.*\bglow\w*)(?=.*\b(?:takiego bolu|taki bol|tak nie bolal\w*|razi (?:\w+ ){0,1}swiatlo)\b)",
    r"\bnajgorsz\w* (?:\w+ ){0,1}bol\w* (?:\w+ ){0,2}(?:glowy|w (?:\w+ ){0,1}zyciu)|\bbol\w* glowy (?:\w+ ){0,2}jak (?:nigdy|uderzenie|piorun)",
    r"\bnagle (?:\w+ ){0,2}(?:nie widzi|przestal\w* mowic|nie moze mowic|stracil\w* wzrok|zaczal\w* belkotac)",
    r"\bnie (?:moze|umie|potrafi) (?:\w+ ){0,1}wydusic (?:\w+ ){0,1}slowa|\bslini\w* sie (?:\w+ ){0,2}(?:z jednej strony|jednym kacikiem)",
    r"\b(?:przestal\w*|przestaje) (?:\w+ ){0,1}widziec (?:\w+ ){0,1}na (?:jedno|lewe|prawe)|\bnie widzi na (?:jedno|lewe|prawe) oko",
    r"\b(?:kubek|szklank\w*|lyzk\w*|widelec|filizank\w*|telefon) (?:\w+ ){0,2}(?:wypad\w*|wylecial\w*|wyslizg\w*) (?:\w+ ){0,1}z (?:reki|rak|dloni)",
)
HEART = either(
    stems("zawal", "reanim", "resuscyt", "defibryl", "rkо"),
    r"\b(?:bol|boli|bola|ucisk|uciska|pieczenie|piecze|gniecie|ciezar|kluje|sciska|rozsadza)\w* (?:\w+ ){0,3}(?:w klatce|klatk\w*|za mostkiem|mostek|mostka|serce|serca|piersi)",
    r"\b(?:serce|serduszko) (?:\w+ ){0,2}(?:stanelo|staje|przestalo|nie bije)|\bnie (?:czuje|czuc|wyczuwam|ma) (?:\w+ ){0,2}(?:pulsu|tetna)|\bbrak (?:pulsu|tetna)",
    r"\b(?:zimny|zimnym) pot\w*|\bmasaz serca\b|\bzatrzymani\w* (?:akcji )?serca",
    r"\b(?:klatk\w*|mostk\w*|serc\w*) (?:\w+ ){0,5}(?:boli|bola|piecze|cisnie|sciska|gniecie|kluje|uciska|rozsadza|promieniuje|drętwieje)",
    r"\b(?:mokry|mokra|zlany|zlana|caly|cala) (?:\w+ ){0,1}(?:od potu|potem)|\bpoci sie (?:\w+ ){0,1}(?:strasznie|caly|cala)",
    r"\b(?:zlapal\w*|chwycil\w*|trzyma\w*|lapie|zlapala|chwyta) (?:\w+ ){0,1}(?:sie )?za (?:serce|klatk\w*|piers\w*|mostek)",
)
ALLERGY = either(
    stems("anafilak"),
    r"^(?=.*\b(?:osa|osy|ose|pszczol\w*|szerszen\w*|uzadl\w*|uzadli\w*|ugryzl\w* (?:mnie |go |ja )?(?:osa|pszczola|szerszen))\b)(?=.*\b(?:puchn\w*|puchne|spuchl\w*|obrzek\w*|opuchl\w*|duszn\w*|dusi\w*|oddych\w*|swiszcz\w*)\b)",
    r"\b(?:bable|babli|bablami|pokrzywk\w*|wysypk\w*|plamy|plam) (?:\w+ ){0,6}(?:swiszcz\w*|oddych\w*|dusi\w*|puchn\w*|spuchl\w*|duszn\w*)",
    r"\b(?:uczulon\w*|alergi\w*|uczulen\w*) (?:\w+ ){0,6}(?:swiszcz\w*|dusi\w*|puchn\w*|spuchl\w*|duszn\w*|nie moze oddychac|zjadl\w*|zjadla|uzadli\w*|ugryzl\w*)",
    r"\b(?:puchnie|puchna|spuchl\w*|spuchniet\w*|obrzek\w*|opuchl\w*|napuchl\w*) (?:\w+ ){0,2}(?:jezyk|gardlo|twarz|usta|krtan|warg\w*|oczy|szyja)",
    r"\b(?:jezyk|gardlo|twarz|usta|krtan) (?:\w+ ){0,2}(?:puchnie|puchna|spuchl\w*|obrzek\w*)",
    r"\bgardl\w* (?:\w+ ){0,2}(?:sciska|zaciska|zamyka|sie zamyka|sie zaciska|zatyka)|\b(?:sciska|zaciska|zamyka|zatyka)\w* (?:\w+ ){0,2}(?:sie )?(?:w )?gardl\w*",
)
FELL = stems(
    "upadl", "upadla", "upadlo", "upadek", "przewrocil", "przewrocila", "przewroci", "spadl",
    "spadla", "spadlo", "runal", "runela", "runol", "zlecial", "zleciala", "wywrocil",
    "wywalil", "wyglebil", "poslizgnal", "poslizgnela", "osunal", "osunela", "fiknal",
    "wypadl", "wypadla", "zwalil", "przelecial", "przeleciala", "polecial", "poleciala",
    "wylecial", "wyleciala", "sturlal", "stoczyl", "stoczyla",
)
# A neck or back hurt: numb legs or a crack in the neck after a jump, a fall or a crash.
SPINE = either(
    r"\bnie czuje (?:\w+ ){0,1}(?:nog|rak)\w*|\bnie (?:moze|moge) (?:\w+ ){0,1}ruszyc (?:\w+ ){0,1}(?:nogami|rekami)",
    r"\bchrupn\w* (?:\w+ ){0,2}(?:w karku|w szyi|w kregoslupie)",
)
SPINE_CAUSE = r"\b(?:skoczyl\w*|skoczyla|spadl\w*|upadl\w*|na glowe|glowa w dol|kark\w*|kregoslup\w*|wypad\w*|zderz\w*|zjezdz\w*)"
FALL_BAD = either(
    r"\bnie czuje (?:\w+ ){0,1}(?:nog|rak)\w*|\bnie (?:moze|moge) (?:\w+ ){0,1}ruszyc (?:\w+ ){0,1}(?:nogami|rekami)|\bchrupn\w* (?:\w+ ){0,2}(?:w karku|w szyi|w kregoslupie)",
    r"\bnie (?:moze|moga|umie|daje rady|jest w stanie|potrafi|mozemy|moge) (?:\w+ ){0,2}(?:wstac|podniesc|ruszyc|podniesc sie|wstac sama|wstac sam)",
    r"\bz (?:nosa|ucha|uszu)\b|\bnie wstaje\b|\bnie rusza\b|\bnie reaguje\b|\bnie odpowiada\b|\bjeczy\b|\bkrzyczy z bolu|\bcal\w* sie (?:\w+ ){0,1}(?:trzesie|trzesa|telepie|rzuca)",
    stems("glow", "krew", "krwi", "krwaw", "zlaman", "wystaje", "nieprzyto", "kregoslup", "biodr",
          "przytomn"),
    r"\blezy\b|\bleza\b|\blezaca\b|\blezacy\b|\bz wysokosci|\bze schodow|\bz drabiny|\bz dachu|\bz balkonu|\bz okna|\bz rusztowania|\bz drzewa|\bz pietra|\bz murku|\bz trzepaka|\bz konia",
)
# Something taken at a party or from a stranger, said with what it is doing now.
DRUG_TAKEN = r"\b(?:wzial\w*|wziela|wzieli|lyknal\w*|lyknel\w*|zazyl\w*|zjadl\w*|zjadla|zapalil\w*|wypil\w*|wypila|dostal\w*|poczestowal\w*) (?:\w+ ){0,3}(?:cos|tabletk\w*|prochy|dopalacz\w*|grzybk\w*|zelk\w*|kwas\w*|ecstasy|extasy|mefedron\w*|narkotyk\w*|tabsy|pigul\w*)\b"
DRUG_STATE = either(
    BAD_STATE,
    r"\b(?:lezy|goracy|goraca|rozpalon\w*|bzdur\w*|zrenic\w*|dziwnie (?:sie )?smieje|smieje sie dziwnie|trzesie|traci przytomnosc)\b",
)
LYING = either(
    r"\b(?:pod|na|przy|w) (?:\w+ ){0,1}(?:klatk\w*|blok\w*|sklep\w*|przystank\w*|ulic\w*|chodnik\w*|lawc\w*|sniegu|ziemi|trawnik\w*|parking\w*|podworku|schod\w*) (?:\w+ ){0,2}(?:lezy|leza)\b (?:\w+ ){0,3}(?:starsz\w*|pan|pani|czlowiek|mezczyzn\w*|kobiet\w*|facet|chlopak|dziewczyn\w*|dziecko|ktos|bezdomn\w*)",
    r"\b(?:lezy|leza|lezacy|lezaca|lezacego|lezaca)\b (?:\w+ ){0,3}(?:na|w|pod|przy|we|obok|kolo) (?:\w+ ){0,2}(?:ziemi|chodniku|ulicy|jezdni|przystanku|klatce|podlodze|trawniku|torach|torowisku|schodach|lawce|sniegu|lodzie|krwi|kaluzy|drodze|poboczu|parkingu|podworku|plazy|piasku|rowie|trawie|wannie|lazience|korytarzu|kostce|peronie)",
    r"\b(?:lezy|leza) (?:bez ruchu|nieruchomo|bezwladnie|twarza|na brzuchu|na plecach|i nie|i sie nie|i jeczy|jak martw\w*)",
    r"\b(?:lezy|leza|lezal\w*)\b (?:\w+ ){0,3}(?:nie mowi|nic nie mowi|nie odzywa|nie otwiera oczu|nie wstaje|mamrocze)",
    r"\b(?:huk\w*|upadek|loskot|lomot\w*|trzask\w*) (?:\w+ ){0,4}(?:jek\w*|jecz\w*|wolani\w*|placz\w*|cisza)\b|\b(?:jek\w*|jecz\w*)\b (?:\w+ ){0,4}(?:drzwi zamkniete|nie otwiera|sama|sam w domu)",
)
# A whole pack of anything swallowed.
WHOLE_PACK = r"\b(?:cale|caly|cala|calutkie|pol|polowe|kilka|pare|dwa|trzy) (?:opakowani\w*|paczk\w*|blistr\w*|listk\w*|fiolk\w*|butelk\w* (?:tabletek|lekow|syropu))"
HIGH_FEVER = r"\b(?:4[0-2](?: \d)? (?:stopni\w*|goraczk\w*|st\b)|4[0-2](?:[,.]\d)? ?(?:stopni\w*|st\b|°c?)|goraczk\w* (?:\w+ ){0,2}4[0-2]\b|temperatur\w* (?:\w+ ){0,2}4[0-2]\b)"
FEVER_BAD = either(
    r"\bprzestal\w* (?:sie )?kontaktowac|\bnie kontaktuje\b|\bnieobecn\w*|\bprawie nie (?:mowi|reaguje|kontaktuje)|\bmajacz\w*|\bgada do\b|\bmowi (?:\w+ ){0,1}(?:od rzeczy|bez sensu|do siebie)|\bnie poznaje\b",
    stems("drgawk", "sztywn", "wysypk", "plamk", "wiotk", "nieprzyto", "halucyn", "bezwladn"),
)
HEAD_KNOCK = r"\b(?:dostal\w*|oberwal\w*) (?:\w+ ){0,2}(?:w glowe|po glowie|w skron)|\b(?:uderzyl\w*|walnal\w*|walnel\w*|rabnal\w*|rabnel\w*|grzmotnal\w*|grzmotnel\w*|przywalil\w*) (?:sie )?(?:\w+ ){0,1}(?:glow\w*|w glowe|o glowe)"
HEAD_BAD = either(
    stems("wymiot", "rzyga", "senn", "spiac", "zasypia", "nieprzyto", "zaslab", "belkocz", "krwaw"),
    r"\bnie (?:kontaktuje|pamieta|poznaje|reaguje|odpowiada)\b|\bkrew (?:\w+ ){0,2}z (?:ucha|nosa)\b|\bz (?:nosa|ucha|uszu)\b|\bnie wie (?:\w+ ){0,2}(?:jaki|gdzie|kim|co sie)\b|\bpyta (?:\w+ ){0,2}(?:ciagle|w kolko|caly czas)",
)

HEAT = r"\b(?:upal\w*|3[5-9] stopni\w*|udar\w* (?:cieplny|sloneczny)|przegrzan\w*|na sloncu|w sloncu|w skwarze|skwar\w*)\b"
HEAT_BAD = either(
    r"\b(?:gada|mowi|bredzi)\w* (?:\w+ ){0,1}(?:glupoty|od rzeczy|bez sensu|bzdury)|\bskor\w* (?:\w+ ){0,1}(?:sucha i goraca|goraca i sucha)|\blezy\b|\bnie kontaktuje\b|\bnie reaguje\b",
    stems("zemdl", "omdl", "zaslab", "nieprzyto", "drgawk", "wymiot", "majacz"),
)
CHEMICAL = r"\b(?:chemi\w*|wapn\w*|cement\w*|opary|oparow|oparami|oparach|kwas\w*|lug\w*|amoniak\w*|chlor\w*|srodk\w* (?:do|czyszcz|ochrony)\w*|srodkiem|wybielacz\w*|rozpuszczalnik\w*|pestycyd\w*|oprysk\w*)\b"
CHEMICAL_HARM = either(
    r"\b(?:chlusn\w*|chlapn\w*|prysn\w*|trysn\w*|wpadl\w*|dostal\w*|wylal\w*) (?:\w+ ){0,3}(?:w|do) (?:oczy|oko|oka|oczu|twarz)|\bnic nie widz\w*|\bpiecze (?:\w+ ){0,1}(?:w oczy|oczy|w gardle)",
    stems("kaszl", "lzawi", "dusi", "upadl", "zemdl", "wymiot", "nieprzyto", "poparz", "oparz"),
)
VENOM = r"\b(?:zmij\w*|zmii|grzechotnik\w*|skorpion\w*|ukasil\w*|ukaszen\w*|ukasz\w*)\b"
BITTEN = r"\b(?:ugryz\w*|ukasi\w*|ukasz\w*|uzadl\w*|pogryz\w*)"

ELECTRIC_BURN = either(
    r"\bzapalil\w* (?:\w+ ){0,1}(?:sie|mu sie|jej sie) (?:\w+ ){0,1}(?:koszul\w*|ubrani\w*|wlos\w*|kurtk\w*|sukienk\w*|spodni\w*|bluz\w*)|\bskor\w* (?:\w+ ){0,3}(?:czarn\w*|zweglon\w*|schodzi\w*|zwisa\w*)",
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
    r"\b(?:wpadl\w*|wskoczyl\w*|zsunal\w*|zsunel\w*|spadl\w*|wjechal\w*|zjechal\w*|stoczyl\w*|runal\w*|runel\w*|zeslizgn\w*|poslizgn\w*|zapadl\w*) (?:\w+ ){0,3}(?:do|w) (?:lod|wody|stawu|rzeki|jeziora|studni|szamba|gnojowki|beczki|kanalu|basenu|morza|zalewu|glinianki|sadzawki|oczka|stawiku|bajora|fosy|warty|wisly|dunaju|nerki|sokolowki|jasienia|przerebla)",
    r"\bpod (?:lod|lodem)\b",
    r"\b(?:kajak\w*|lodk\w*|lodz|ponton\w*|rower wodn\w*|motorowk\w*)\b (?:\w+ ){0,2}(?:sie )?(?:przewrocil\w*|wywrocil\w*|zatonal\w*|zatonela|wywrotk\w*)|\b(?:przewrocil\w*|wywrocil\w*|zatonal\w*|zatonela) (?:sie )?(?:\w+ ){0,1}(?:kajak\w*|lodk\w*|lodz|ponton\w*|rower wodn\w*|motorowk\w*)",
    r"\blod\w* (?:\w+ ){0,2}(?:trzeszczy|trzeszcza|peka|pekl\w*|skrzypi)\b",
    r"\b(?:zalamal\w*|zarwal\w*|peknal\w*|pekl|trzasnal) (?:\w+ ){0,3}lod\w*|\blod\w* (?:\w+ ){0,2}(?:sie zalamal|sie zarwal|peka|pekl|trzeszczy pod)",
)
WATER = stems(
    "brodzik", "fontann", "oczk", "wann",
    "wod", "wodz", "jezior", "staw", "rzek", "rzec", "basen", "morz", "kapiel", "zalew",
    "plaz", "fal", "glinian", "kanal", "sadzawk", "oczk", "zbiornik", "bajor", "kajak",
    "lodk", "lodz ", "ponton", "materac", "nurt", "brzeg", "molo", "pomost", "kapielisk",
    "nerk", "warc", "wisl", "sulejow", "arturowk", "stawy jana", "akwen", "pomosc", "nurk",
    "zanurk", "bzur", "mrozic", "jasien", "sokolowk", "olechowk", "przerebl", "szamb", "gnojow",
    "studzien", "studni",
) + "|" + words("ner", "nerze", "neru", "nerem")
WATER_DISTRESS = either(
    r"\b(?:woda|nurt|rzeka|prad) (?:\w+ ){0,1}(?:go|ja|ich|je) (?:\w+ ){0,1}(?:niesie|porwal\w*|porywa|znosi|zniosl\w*)|\b(?:niesie|porwal\w*|porywa|znosi) (?:\w+ ){0,1}(?:go|ja|ich|je) (?:\w+ ){0,1}(?:woda|nurt|rzeka|prad)",
    r"^(?=.*\b(?:do gory dnem|wywrocon\w*|przewrocon\w*)\b)(?=.*\b(?:nikogo|nie widac|nie widze|nikt)\b)",
    stems("znik", "macha", "wymachuj", "szamot", "szamocz", "trzepocz", "bulgocz", "wynurz",
          "podtapia", "zachlysn", "chlapie", "mlocki", "walczy"),
    r"\bnie (?:widac|widze|widzimy|ma) (?:\w+ ){0,2}(?:go|jej|ich|glowy|nikogo)\b",
    r"\b(?:pod wod\w*|pod wode|na dno|idzie na dno|poszedl pod|poszla pod)",
    r"\b(?:go|jej|ich) (?:\w+ ){0,1}nie (?:ma|widac|widze|widzimy)\b|\bszukamy\b|\bwoda (?:\w+ ){0,1}metna",
    r"\b(?:nie (?:wyszedl|wyszla|wychodzi|wynurza|wyplynal|wyplynela|pojawil\w*)|minut\w* pod|od minuty|od dluzszego czasu pod)\b",
    r"\btwarza (?:\w+ ){0,1}(?:w dol|do wody|w wodzie|do dolu)\b",
    r"\b(?:nie wyplyn\w*|nie wynurz\w*|nie moze (?:\w+ ){0,2}(?:wyjsc|wydostac|doplynac|wyplynac|stanac)|nie umie plywac|nie potrafi plywac|nie (?:dam|damy|da) rady (?:\w+ ){0,2}doplyn\w*)",
    stems("skurcz"),
    r"\bnie rusza\w* (?:\w+ ){0,2}(?:rekami|nogami|rak|nog)|\bskoczyl\w* (?:\w+ ){0,1}na glowke\b",
    r"\b(?:weszl\w*|wszedl|wbiegl\w*|stoi|stoja|sa|jest|bawi\w* sie|chodz\w*) (?:\w+ ){0,3}na (?:lod|lodzie|zamarznie\w*)",
    r"\b(?:wciag\w*|znosi\w*|znioslo|porwal\w*|porywa\w*|odplyn\w*|odplywa|wyplynal\w* (?:za )?daleko|wyplynela (?:za )?daleko|daleko od brzegu)",
    r"\b(?:wola\w*|krzycz\w*|wrzeszcz\w*|krzyk\w*) (?:\w+ ){0,3}(?:pomoc|ratunku|z wody)|\bratunku\b|\bpomocy\b",
    r"\bglowa (?:\w+ ){0,2}(?:znika|wystaje|raz jest)|\btylko (?:glowa|rece|reka)\b|\bnie wraca\b",
)

# --- fire, gas, carbon monoxide ---------------------------------------------------------------------

FIRE = either(
    r"\b(?:pali sie|palo sie|pala sie|sie pali|sie palilo|zapalil\w* sie|zajel\w* sie ogniem|stanal\w* w ogniu|zacz\w* sie palic|zaczyna sie palic)\b",
    stems("plon", "pozar", "plomien", "plomieni", "spalenizn", "swad", "zadymion", "zadymi",
          "iskrz", "zajela sie"),
    r"\bpodpal(?:il|ila|ili|ilo|a|aja|ic|ony|ona|enie)\b",
    words("ogien", "ognia", "ogniem", "ogniu"),
    r"\bczuc (?:\w+ ){0,2}(?:spalen\w*|palone\w*|palacy)|\bsmierdzi (?:\w+ ){0,2}(?:spalen\w*|palon\w*)",
)
SMOKE = r"\b(?:dym|dymu|dymem|dymi|dymia|dymilo|dymy|kopci|kopca|kopcilo)\b|\b(?:cos|cala|caly|wszystko) (?:\w+ ){0,1}sie jara\b|\bjara sie (?:pod|w|na|za)\b"
GAS = either(
    r"\b(?:czuc|czuje|czujemy|czuje sie zapach|smierdzi|smierdzial\w*|wali|zapach|woń|won|wyciek\w*|wycieka|ulatnia\w*|syczy|syczal\w*|ulatnial\w*|ucieka|ulotnil\w*)\w* (?:\w+ ){0,3}gaz\w*",
    r"\bgaz\w* (?:\w+ ){0,2}(?:sie ulatnia|ulatnia|czuc|smierdzi|syczy|wycieka|ucieka|leci|wali)",
    r"\b(?:zgnil\w*|zepsut\w*) jaj\w*|\bsyczy\w* (?:\w+ ){0,3}(?:rur\w*|kuchen\w*|piec\w*|licznik\w*|butl\w*|instalacj\w*)|\b(?:rur\w*|butl\w*|licznik\w*) (?:\w+ ){0,2}syczy",
    stems("tlenek wegl", "tlenku wegl", "czadu", "czadem", "zaczadz", "podtrucie czad", "podtruci"),
    r"\bczad\b(?! (?:na|w) (?:koncercie|imprezie))",
    r"\balarm\w* (?:\w+ ){0,1}(?:czad\w*|gaz\w*|tlenk\w*)|\b(?:czujnik|czujka|czujki|detektor)\w* (?:\w+ ){0,3}(?:piszcz\w*|wyje|wyl|pika|dzwoni|wlaczyl\w*|zawyl\w*|alarm\w*|miga|swieci)",
    stems("wybuch", "eksploz"),
    r"\bhuk (?:\w+ ){0,3}(?:dym|ogien|gaz|szyby)",
    r"\b(?:zerwal\w*|uszkodzil\w*|przecial\w*|przebil\w*|rozerwal\w*|pekl\w*|pekla) (?:\w+ ){0,2}(?:rur\w*|przewod\w*|instalacj\w*|butl\w*) gazow\w*|\b(?:rur\w*|przewod\w*|butl\w*|instalacj\w*) gazow\w* (?:\w+ ){0,8}(?:syczy|ulatnia|smierdzi|wali|pekl\w*|zerwan\w*|uszkodzon\w*)",
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
          "szarpanina", "przydusza", "przyduszaja", "przydusil", "przydusili", "naparza",
          "naparzaja", "napierdalaja", "okladal", "okladali"),
    stems("naparzank", "nawalank", "ustawk", "mordobic"),
    r"\bnie bij(?:cie)?\b|\bprzestan (?:\w+ ){0,1}bic\b|\bpusc(?:cie)? mnie\b|\bpuszczaj\b|\bnie rob(?:cie)? (?:mi|jej|mu|nam) krzywdy\b",
    r"\b(?:kopie|kopia|kopal\w*|bije|bija|tlucze|tluka|skacze|skacza|depcze|depcza) (?:\w+ ){0,2}lezac\w*",
    r"\b(?:skacze|skacza|depcze|depcza|tupie|kopie|kopia)\w* (?:\w+ ){0,2}po (?:glowie|twarzy|brzuchu|klatce|nim|niej|lezacym)",
    stems("bojk", "bijaty", "pobici", "pobiciem", "pobicie", "napad", "zgwalc", "porwa",
          "porwal", "uprowadz", "maltret", "znecaj", "zneca", "awantur", "rozrob"),
    r"\b(?:dusi|dusza|kopie|kopia|leje|tlucze|bije|szarpie) (?:mnie|ja|go|nas|ich|dziecko|mame|mamy|tate|zone|syna|corke|babcie|dziadka|kogos|psa)\b",
    r"\b(?:mnie|ja|go|nas|dziecko|mame|zone) (?:\w+ ){0,1}(?:dusi|kopie|kopia|leje|leja|tlucze|tluka|bije|bija|szarpie|szarpia|uderza|dusil|dusila|okladaja)\b",
    r"\b(?:dusi|dusza|kopie|kopia|leje|leja|tlucze|tluka|bije|bija|szarpie|szarpia|goni|gonia|ciagnie|ciagna|wlecze|wloka|okladaja|oklada|dopadli|otoczyli|osaczyli)\b (?:\w+ ){0,2}" + PERSON,
    r"\b(?:krzyk\w*|krzycz\w*|wrzask\w*|wrzeszcz\w*|placz\w*|pisk\w*|wola\w*) (?:\w+ ){0,8}(?:trzask\w*|huk\w*|uderzen\w*|lomot\w*|tluczen\w*|lomocz\w*|odglos\w* bicia|tlucze|rzuca\w*)|\b(?:trzask\w*|huk\w*|uderzen\w*|lomot\w*|tluczen\w*) (?:\w+ ){0,8}(?:krzyk\w*|krzycz\w*|wrzask\w*|placz\w*|pisk\w*)",
    r"\b(?:rzuca\w*|rzucil\w*|rzucili) (?:\w+ ){0,2}(?:butelk\w*|kamien\w*|kostk\w*|cegl\w*|krzesl\w*|kamieniami)",
    r"\b(?:ciagn\w*|wlecz\w*|wciag\w*|wpycha\w*|wepchn\w*) (?:\w+ ){0,3}(?:sila|na sile|do auta|do samochodu|do busa|do vana|do klatki|w krzaki)",
    r"\b(?:grozi|grozil\w*|grozila|groza|odgraza\w*|straszy)\w* (?:\w+ ){0,4}(?:zabi\w*|smierci\w*|nozem|bronia|pobic\w*|podpal\w*|krzywd\w*|zabije|uszkodz\w*|poderznie|zadzga|zastrzeli|pozabija)",
    r"\b(?:zabije|zabijesz|zabija|zabijaja|zabic|zabil|zabila|pozabija|zadzga|zastrzeli|poderznie|zatluke|zatlucze|dorwe|dorwie|dorwa|dopadne|wykoncze|wykonczy)\b",
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
    r"^(?=.*\b(?:dziecko|dzieciak\w*|niemowl\w*|bobas\w*|maluch\w*|roczn\w*|\d ?(?:lat\w*|latk\w*)|pies|psa|piesek|zwierz\w*)\b)(?=.*\b(?:aucie|samochodzie|auto|samochod\w*|foteliku)\b)(?=.*\b(?:czerwon\w*|spocon\w*|mokr\w*|placz\w*|stuka\w* w szyb\w*|puka\w* w szyb\w*|zaparowan\w*|jak w piecu|senn\w*|ospal\w*|nie reaguje|nie rusza|od \d+ minut|nikogo (?:\w+ ){0,1}nie ma|rodzicow (?:\w+ ){0,1}nie ma|wlasciciel\w* (?:\w+ ){0,1}nie ma|juz dlugo|stoi tam)\b)",
    r"^(?=.*\b(?:dziecko|dzieci|dzieciak\w*|maluch\w*|synek|coreczka|chlopcy|chlopaki|dwulat\w*|trzylat\w*|czterolat\w*|pieciolat\w*)\b)(?=.*\b(?:zamknel\w*|zamknal\w*|zatrzasn\w*|utknel\w*|utknal\w*|uwiezion\w*)\b)(?=.*\b(?:zamrazar\w*|lodowk\w*|lodowce|skrzyni\w*|bagazni\w*|kontener\w*|beczc\w*|beczk\w*|silos\w*|windzie)\b)",
    r"^(?=.*\b(?:dziecko|maluch\w*|synek|coreczka|dwulat\w*|trzylat\w*|czterolat\w*|pieciolat\w*|\d ?-? ?lat\w*)\b)(?=.*\b(?:parapet\w*|gzyms\w*|balustrad\w*|przez okno|za oknem)\b)(?=.*\b(?:stoi|wylazl\w*|wszedl|weszl\w*|wspial\w*|wychyla\w*|na zewnatrz|siedzi)\b)",
    r"^(?=.*\b(?:dziecko|dzieciak\w*|niemowl\w*|bobas\w*|maluch\w*|pies|psa|piesek|zwierz\w*)\b)(?=.*\b(?:zamkniet\w*|zamkn\w*|zostawion\w*)\b)(?=.*\b(?:aucie|samochodzie|auto|samochod\w*)\b)",
    r"\b(?:dziecko|dzieciak\w*|niemowl\w*|bobas\w*|maluch\w*|pies|psa|piesek|zwierz\w*|kot|kota)\b (?:\w+ ){0,6}(?:zamkniet\w*|zamkn\w*|zostawion\w*|zostal\w* sam\w*|sam\w* w) (?:\w+ ){0,3}(?:aucie|samochodzie|auto|samochod\w*)",
    r"\b(?:zamkniet\w*|zamkn\w*|nagrzan\w*|rozgrzan\w*) (?:\w+ ){0,2}(?:aucie|samochodzie|auto)\b (?:\w+ ){0,6}(?:dziecko|niemowl\w*|bobas\w*|maluch\w*|pies|psa|piesek|zwierz\w*)",
    r"\b(?:w|we) (?:zamknietym|nagrzanym|rozgrzanym|goracym) (?:aucie|samochodzie)",
    r"\bzatrzasn\w* (?:sie )?(?:\w+ ){0,2}w (?:aucie|samochodzie|bagazniku)\b",
    # hanging from a balcony or a ledge
    r"\bwisi (?:\w+ ){0,1}na (?:barierce|balustradzie|balkonie|parapecie|krawedzi|gzymsie|rynnie)\b",
)
INTRUDER = either(
    r"\b(?:piluje|piluja|przecina|przecinaja|tnie|tna|wywaza|wywazaja|wylamuje|wylamuja|podwaza|podwazaja|rozwierca|rozwiercaja|forsuje|forsuja)\b (?:\w+ ){0,2}(?:klodk\w*|zamek|zamk\w*|krat\w*|drzwi|okno|okna|rolet\w*|zamkniecie)",
    stems("wlam", "wlamyw", "wlaz", "wywaz", "wylamuj", "wylamal", "sforsowa"),
    r"\bdobija\w* (?:\w+ ){0,1}(?:sie )?do (?:drzwi|mieszkania|domu|okna|nas|mnie)\b",
    r"\b(?:ktos|obcy|jakis|jacys|dwoch|dwie osoby|ludzie|typ|typy|facet|faceci|mezczyzna|zlodziej\w*)\w* (?:\w+ ){0,3}(?:jest|sa|chodzi|chodza|wszedl|weszli|weszla|wchodzi|wchodza|siedzi|stoi|stal|czai sie|ukrywa sie|kreci sie|krecą sie|buszuje|grzebie|grzebia|myszkuje|szpera|przeszukuje|kradnie|wynosi|wynosza|ukryl\w*|schowal\w*)\w* (?:\w+ ){0,3}(?:w|do|po|na|przy|z) (?:\w+ )?(?:mieszkani\w*|domu|dom|domku|piwnic\w*|ogrod\w*|posesj\w*|garaz\w*|strych\w*|pokoj\w*|kuchni|samochod\w*|aucie|auta|altank\w*|dzialk\w*|komorce|szop\w*|budynku|biurze|sklepie|sypialni|salonie|pietrze|srodku|kamienicy|obejsciu|podworzu|przedpokoj\w*|korytarzu|lazience)",
    r"\b(?:slysze|slychac|slyszymy|slyszalam|slyszalem|ktos|facet|obcy|typ|mezczyzna|gosc|jakis)\w* (?:\w+ ){0,3}(?:kroki|chodzi (?:po|w|na)|grzebie|szura|dobija sie|wali w drzwi|puka w okno|szarpie (?:za )?klamk\w*|klamk\w*|probuje (?:\w+ ){0,2}(?:otworzyc|wejsc|sforsowac|wywazyc|dostac sie)|majstruje|dlubie)",
    r"\b(?:wywaza|wywazyc|wywazaja|wywazyl\w*|forsuje|forsuja|wylamuje|wylamuja|wylamal\w*|wybija|wybijaja|wybil\w*|stlukl\w*|rozbil\w*|rozbija|rozbijaja|rozwala|rozwalaja|przecina|przecinaja|ciecie|tnie|tna|podwaza\w*|otwiera|otwieraja)\w* (?:\w+ ){0,2}(?:drzwi|okno|okna|szyb\w*|zamek|zamka|zamku|wkladk\w*|klodk\w*|kraty|krate|zabezpieczen\w*|witryn\w*|sejf\w*|kas\w* fiskaln\w*|kasetk\w*)",
    r"\b(?:przelazi|przelazl\w*|przeskakuje|przeskoczyl\w*|wspina\w* sie|wdrapuje sie|wdrapal\w* sie|przechodzi|przeszedl|przechodza|forsuje) (?:\w+ ){0,2}(?:przez )?(?:plot\w*|ogrodzen\w*|mur\w*|brame|balkon\w*|parapet\w*|rynn\w*|okno)",
    r"\b(?:wierci|wierca|rozwierca\w*|nawierca\w*) (?:\w+ ){0,2}(?:w|przy) (?:\w+ ){0,1}(?:drzwiach|zamku|wkladce|sejfie)",
    r"\b(?:w kominiar\w*|kominiarc\w*|kominiark\w*|zamaskowan\w*|w maskach|w masce)\b",
    r"^(?=.*\b(?:monitoring\w*|kamer\w*|podglad\w*|alarm\w*|czujnik\w*)\b)(?=.*\b(?:osob\w*|ludzi|typ\w*|ktos|obc\w*|facet\w*|mezczyzn\w*|gosci|latark\w*)\b)(?=.*\b(?:zamkniet\w*|w nocy|w tej chwili|teraz|wlasnie|nikogo nie powinno|jestem w|jestesmy w|nas nie ma|wyjechal\w*|w srodku|wyprowadza\w*|wynosz\w*|wynosi)\b)",
    r"\bw srodku (?:\w+ ){0,1}(?:ktos|obcy|jacys|ludzie|jakis) (?:\w+ ){0,1}(?:sie )?(?:jest|sa|chodzi|chodza|siedzi|grzebie|grzebia|swieci|krzata|przewraca|szura|tlucze)",
    r"\b(?:klodk\w*|zamk\w*|zamek|kraty|krata|krate) (?:\w+ ){0,2}(?:pouci\w*|uciet\w*|przeciet\w*|wylaman\w*|wywazon\w*|rozwalon\w*|podwazon\w*|zerwan\w*)",
    r"^(?=.*\b(?:wyjechal\w*|sa na (?:wakacjach|urlopie|nartach|feriach|wczasach|wycieczce|wyjezdzie)|na (?:urlopie|nartach|wczasach)|za granica|nikogo (?:\w+ ){0,1}nie ma|pust\w* (?:dom|mieszkani\w*)|nie ma ich)\b)(?=.*\b(?:wiercen\w*|walen\w*|stuk\w*|halas\w*|swiatl\w*|swieci|miga|latark\w*|glosy|kroki|ruch|alarm\w*|ktos (?:\w+ ){0,1}(?:jest|chodzi|wchodzi|wynosi)|wynosz\w*)\b)",
    r"^(?=.*\b(?:mieszkam sam\w*|jestem sam\w* w domu|nikogo (?:\w+ ){0,2}nie (?:powinno|ma prawa)|nikt (?:\w+ ){0,2}nie powinien)\b)(?=.*\b(?:ktos|obcy|glosy|rozmawia\w*|swieci|swiatlo|kroki)\b)",
    r"\bobc\w* (?:\w+ ){0,2}(?:w|na) (?:moim |naszym |mojej |naszej |jej |jego )?(?:domu|mieszkaniu|ogrodzie|posesji|garazu|pokoju|salonie|kuchni|sypialni|przedpokoju|piwnicy|strychu|stajni|oborze|stodole)\b",
    r"\b(?:schowal\w*|ukryl\w*|zamknel\w*|zamknal\w*) sie (?:\w+ ){0,3}(?:w|pod) (?:szafie|lazience|lozkiem|pokoju|sypialni|piwnicy|spizarni|garderobie)",
    r"\balarm\w* (?:\w+ ){0,3}(?:wyje|wyl|wlaczyl\w*|dzwoni|pokazuje)\b.*\b(?:ruch|ktos|czujnik\w*|kamer\w*)|\b(?:ruch|ktos) (?:\w+ ){0,4}alarm\w* (?:\w+ ){0,1}(?:wyje|wlaczyl\w*)",
    r"^(?=.*\b(?:odpala\w*|uruchamia\w*|kradn\w*|wynosz\w*|wynosi|laduj\w*|wyprowadza\w*|spuszcza\w*|tnie|tna|ucina\w*|odkreca\w*|odkrecaj\w*) (?:\w+ ){0,2}(?:koparke|palet\w*|narzedzi\w*|sprzet\w*|rower\w*|kol\w*|felg\w*|katalizator\w*|maszyn\w*|ciagnik\w*|auto|samochod\w*|kon\w*|krow\w*|ciel\w*|swini\w*|bydlo|owce|towar\w*|material\w*|kable|kabel|paliwo|rope|miedz\w*)\b)(?=.*\b(?:w nocy|teraz|wlasnie|widze|ktos|obcy|nieznajom\w*|zlodziej\w*|w sanatorium|w szpitalu|na wczasach|na urlopie|wyjechal\w*|nie ma (?:go|ich|jej))\b)",
    r"\b(?:otwiera|otwieraja|przetrzasa\w*) (?:\w+ ){0,1}(?:szafk\w*|szuflad\w*|szaf\w*)|\b(?:przeszukuje|przeszukuja|przeglada|przegladaja|grzebie w|grzebia w|myszkuje po|szpera w|pladruje|pladruja)\w* (?:\w+ ){0,1}(?:szafk\w*|szuflad\w*|szaf\w*|rzecz\w*|torebk\w*|mieszkani\w*|pokoj\w*|dom)|\b(?:mezczyzna|kobieta|ktos|obcy|facet|gosc|pan|pani|typ|jakis)\b (?:\w+ ){0,6}nie chce (?:\w+ ){0,1}wyjsc\b",
    r"\b(?:klamka|klamke|drzwi|zamek|okno) (?:\w+ ){0,2}(?:sie rusza|sie porusza|ktos szarpie|ktos otwiera|skrzypi i|drzy)",
    r"\b(?:wynosi|wynosza|wynosil\w*|wyciaga|wyciagaja|laduja|pakuja)\b (?:\w+ ){0,3}(?:przez okno|z mieszkania|z domu|z piwnicy|z garazu|z auta|z komor\w*|z altan\w*|z dzialk\w*|ze sklepu|z biura|z magazyn\w*|telewizor\w*|rower\w*)",
    r"\b(?:kradn\w*|okrada\w*|kradna) (?:\w+ ){0,2}(?:teraz|wlasnie|na moich oczach|auto|samochod|rower|sklep|z auta|z samochodu|kable|towar|z piwnicy|z garazu|mieszkani\w*|dom|domy|piwnic\w*|garaz\w*|sasiad\w*)",
    r"\bzlodziej\w* (?:\w+ ){0,2}(?:jest|sa|wchodzi|wlazl|w srodku|ucieka|uciekaja|kradnie|grasuje|w sklepie)",
    r"\b(?:w|na|do) (?:moim |naszym |moje\w* |nasz\w* )?(?:zamkniet\w* |pust\w* )?(?:mieszkani\w*|domu|garazu|piwnicy|ogrodzie|pokoju|salonie|kuchni|sypialni|strychu|altan\w*|dzialce|posesji|podworku|sklepie|biurze|firmie|magazynie|warsztacie|lokalu)\b (?:\w+ ){0,3}(?:ktos|obcy|obca|nieznajom\w*|jakis facet|jacys)\b (?:\w+ ){0,1}(?:jest|sa|chodzi|chodza|siedzi|stoi|kreci sie|grzebie|wszedl|weszli|swieci)",
    r"^(?=.*\blatark\w*)(?=.*\b(?:salon\w*|pokoj\w*|mieszkani\w*|domu|kuchni|piwnic\w*|garaz\w*|ogrod\w*|sypialni|stajni|oborze|stodole|szopie|magazyn\w*|budowie|hali|sklepie|dzialce|altan\w*)\b)",
    r"\bucieka\w* (?:\w+ ){0,2}(?:w strone|w kierunku|ulica|przez)",
    r"^(?=.*\b(?:obc\w*|nieznajom\w*) (?:\w+ ){0,1}(?:facet\w*|mezczyzn\w*|typ\w*|czlowiek\w*|osob\w*|kobiet\w*|ludzie)\b)(?=.*\b(?:w srodku|w domu|w mieszkaniu|w pokoju|w kuchni|w sypialni|w przedpokoju)\b)",
    r"\b(?:ukradl\w*|wyrwal\w*|zabral\w*|zwinal\w*|zerwal\w*)\w* (?:\w+ ){0,4}(?:i )?(?:ucieka|uciekaja|biegnie|odjezdza)\b",
)
WEAPON = either(
    words("noz", "noza", "nozem", "nozu", "noze", "nozami", "nozyk", "nozykiem", "bron", "ostrze",
          "ostrzem", "widly", "widlami",
          "broni", "bronia", "kose", "kosa"),
    stems("nozown", "maczet", "siekier", "dubeltow", "sztucer", "spluw", "giwer", "bejsbol", "baseball", "tasak", "sierpem", "brzytw", "bomb", "ladunek wybuch", "topor", "pistolet", "rewolwer", "karabin", "strzelb", "granat",
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
    r"\b(?:wbil\w*|wbija) (?:\w+ ){0,2}(?:zeby|kly)|\bnie (?:chce )?puscic\b|\bnie puszcza\b|\bciagnie (?:\w+ ){0,2}za\b|\bwisi (?:\w+ ){0,1}na\b",
    stems("poszczu", "szczuje", "szczuja", "napuscil"),
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
          "przedszkolak", "przedszkolaka", "kolega", "kolezanka", "chlopak", "chlopaka",
          "kuzyn", "kuzynka", "kuzynke", "siostrzeniec", "bratanek", "siostrzenica", "bratanica",
          "synem", "synkiem", "dzieckiem", "wnukiem", "wnuczkiem", "coreczka", "dziewczyna",
          "dziewczyne"),
    stems("starsz", "senior", "niepelnospraw", "autyst", "autyzm", "dziadk", "babc"),
    r"\b\d{1,2} ?-? ?(?:lat|lata|latek|latka|latki|latkow|latku|letni\w*|letnia|letniego|latkiem)\b",
    stems("blizniak", "blizniaczk", "dzieciaki", "maluchy", "maluchow"),
)
CHILD_ALONE = either(
    r"^(?=.*\b(?:dziecko|dzieci|dziewczynk\w*|chlopczyk\w*|chlopiec|maluch\w*|malutk\w*|maly|mala|przedszkolak\w*|synek|synka|coreczka|coreczke|wnuczek|wnusia|niemowl\w*|brzdac\w*|szkrab\w*|roczek|roczn\w*|dwulat\w*|trzylat\w*|czterolat\w*|pieciolat\w*|kilkulat\w*|dwuletn\w*|trzyletn\w*|\d ?(?:lat|latk\w*|letni\w*))\b)(?=.*\b(?:sam|sama|samo|same|samych|samiutk\w*|bez opieki|bez rodzic\w*|nikogo przy|nie ma przy (?:niej|nim|nich) nikogo|nikt (?:go|jej) nie pilnuje|szuka mamy|szuka taty|wola mame|wola mamy|zgubion\w*)\b)(?=.*\b(?:placz\w*|chodzi|stoi|blaka|bladzi|krazy|siedzi|szuka|parking\w*|ulic\w*|jezdni\w*|sklep\w*|galeri\w*|przystank\w*|dworc\w*)\b)",
)
MISSING_GONE = either(
    stems("zgubil", "zgubila", "zgubilo", "zgubili", "zagin", "zaginal", "zaginel", "zniknal",
          "zniknel", "znikl", "przepadl", "zawieruszyl", "oddalil", "odszedl", "odeszla",
          "uciekl", "uciekla", "uciekli", "zawedrowal", "wybiegl", "wybiegla"),
    r"\bszuka(?:my|m|ja)\b (?:\w+ ){0,2}(?:po|wszedzie|calym|cale|cala|w calym|od)\b",
    r"\b(?:zostal\w*|zostala) (?:sam\w* )?w (?:tramwaju|autobusie|pociagu|busie|windzie)\b|\b(?:a|i) (?:go|jej|ich) (?:\w+ ){0,1}(?:nadal |wciaz |dalej )?nie ma\b",
    r"\b(?:tramwaj|autobus|pociag|bus|winda)\w* (?:\w+ ){0,1}odjechal\w* z (?:\w+ ){0,2}(?:synem|corka|dzieckiem|synkiem|coreczka|wnuk\w*|mama|tata|babcia|dziadkiem|\d+ ?-? ?letni\w*)|\bzostal\w* sam\w* (?:\w+ ){0,2}na (?:przystanku|peronie|stacji)",
    r"\b(?:zginal|zginela|zginelo|zgineli|zginal nam|zginela nam)\b",
    r"\bbrakuje (?:\w+ ){0,1}(?:jednego |jednej |dwoch |dwojga )?(?:dziecka|dzieci|ucznia|uczniow|uczennicy|harcerz\w*|uczestnik\w*|podopieczn\w*|pensjonariusz\w*)\b",
    r"\b(?:a|i) (?:jego|jej|ich) (?:\w+ ){0,1}(?:nadal |wciaz |dalej )?nie ma\b",
    r"^(?=.*\b(?:poszedl|poszla|pojechal\w*|wyszedl|wyszla)\b)(?=.*\b(?:juz ciemno|ciemno juz|zrobilo sie ciemno|zmrok\w*|zapada noc)\b)(?=.*\b(?:nie odbiera|nie wrocil\w*|nie wrocila|nie odpisuje|nie odpowiada)\b)",
    r"\bnie (?:ma|bylo) (?:\w+ ){0,2}(?:go|jej|ich|nigdzie|dziecka|syna|corki|mamy|taty|babci|dziadka)\b(?! w (?:domu|szkole) (?:bo|dzis|rano))",
    r"\bnie wiem(?:y)? (?:\w+ ){0,1}gdzie (?:\w+ ){0,1}(?:jest|sa|poszedl|poszla|poszli|pojechal\w*|przebywa)\b|\b(?:juz )?nie wroci\b|\bnie wroca\b",
    r"\b(?:do teraz|do tej pory|od rana|od wczoraj|od kilku godzin|od godziny) (?:\w+ ){0,2}(?:go|jej|ich) (?:\w+ ){0,1}nie ma\b|\b(?:sie gubi|gubi sie|zapomina gdzie)\b",
    r"\bnigdzie (?:\w+ ){0,2}(?:go|jej|ich) nie (?:ma|widac|widze)|\bnie (?:wrocil\w*|wraca|wracaja|dotarl\w*|doszedl|doszla|przyszedl|przyszla|przyszli|dojechal\w*)\b",
    r"\bnie (?:moge|mozemy|mozna|umiem|potrafimy) (?:\w+ ){0,2}(?:go|jej|ich|dziecka|syna|corki)? ?(?:znalezc|odnalezc|namierzyc|dodzwonic)",
    r"\bwyszedl\w* (?:\w+ ){0,4}i (?:\w+ ){0,2}(?:nie|nikt|ani sladu|przepadl)",
    r"\b(?:bladzi|blaka|błąka|chodzi bez celu|wedruje)\b",
    r"^(?=.*\bmial\w* (?:\w+ ){0,1}(?:byc|wrocic|przyjsc|dotrzec|dojechac)\b)(?=.*\b(?:nie odbiera|nie odpisuje|nie ma (?:jej|go)|nikt nie wie|nie wiem gdzie|nie wiedza gdzie|a jest (?:juz )?\d{1,2}|jest (?:juz )?\d{1,2}|milczy|wylaczon\w*|\d+ godzin\w* temu)\b)",
    r"^(?=.*\b(?:wyszedl|wyszla|wybiegl\w*|uciekl\w*|trzasnal\w* drzwiami)\b)(?=.*\b(?:(?:\d+|kilka|kilku|pare|wiele|dwie|trzy|cztery) godzin\w*|od rana|od wczoraj|cala noc|na noc|od tego czasu (?:\w+ ){0,1}cisza|cisza|nie odbiera|wylaczon\w* telefon|telefon (?:\w+ ){0,2}(?:wylaczon\w*|zostawil\w*|zostawila|nie odpowiada)|bez (?:telefonu|kurtki|butow|pieniedzy))\b)",
)
# Someone who does not open the door and has not been heard from (a fall at home, a stroke).
NOT_OPENING = r"\bnie (?:otwiera|otworzyl\w*|otworzyla|otwieraja|otwiera nikt)\b"
NO_CONTACT = either(
    r"\bnie (?:odbiera|odpowiada|odzywa|odpisuje)\w*",
    r"\b(?:nie ma|brak|nie mamy|stracil\w*) (?:\w+ ){0,4}kontaktu\b",
    r"\bod (?:wczoraj|rana|przedwczoraj|(?:dwoch|kilku|paru|trzech|\d+) dni|tygodnia|doby)\b|\bcisza\b",
)
# Not seen or not answering, with what is found at the door or known of them.
NOT_SEEN = r"\bnie (?:widze|widzialem|widzialam|widzielismy|widac|slychac|odbiera|odbieraja|odpisuje|odzywa)\b"
ALONE_OR_SMELL = either(
    r"\bmieszka (?:\w+ ){0,1}sam\w*|\bjest sam\w* w domu\b|\bzawsze (?:odbiera|odpisuje|dzwoni)\b|\bnie mam (?:\w+ ){0,1}(?:kluczy|klucza)\b",
    r"\b(?:smierdzi|smrod\w*|pachn\w*|dziwny zapach|zapach\w*|odor\w*|fetor\w*|much\w*)\b",
)
CONFUSED = either(
    stems("demencj", "alzheimer", "otepien", "zdezorient", "zagubion", "zagubiony"),
    r"\bnie (?:wie|wiedzial\w*|pamieta|pamietal\w*|potrafi powiedziec|umie powiedziec) (?:\w+ ){0,2}(?:gdzie|kim|jak sie nazywa|adresu|jak wrocic|gdzie mieszka|skad)",
    r"\bnie kontaktuje\b|\bmowi (?:\w+ ){0,1}(?:od rzeczy|bez sensu|nieskladnie|nielogicznie|dziwne rzeczy)\b|\bpyta (?:\w+ ){0,2}gdzie jest\b",
    r"\bnie (?:wie|umie|potrafi|pamieta)\b (?:\w+ ){0,4}(?:jak sie nazywa|gdzie mieszka|gdzie jest|kim jest|adresu|jaki jest rok)",
)

# --- cold -----------------------------------------------------------------------------------------

COLD = either(
    stems("mroz", "zimn", "zimno", "minus", "oszron", "zamerz", "zamierz", "snieg", "sniez", "lodowat", "zamarz", "przemarz",
          "wychlodz", "wyziebi", "zmarzl", "odmroz", "hipoterm", "szron", "przemocz", "przemokl", "biegowk"),
    r"\bprzestal\w* sie trzasc|\bnie czuje (?:\w+ ){0,1}(?:nog|rak|palcow|stop)\w*|\b(?:bez ogrzewania|nie ma ogrzewania|nieogrzewan\w*|sztywn\w*|zasp\w*|biale (?:rece|dlonie|palce)|(?:rece|dlonie|palce|usta) (?:\w+ ){0,1}(?:biale|sine|sinie\w*))\b|\bponizej zera\b|(?<!\w)-\s?\d{1,2}\b|\bw kapciach\b|\bkapci\w*\b|\bw (?:samej |samym |cienkiej |cienkim )?(?:pizamie|pidzamie|pizamce|szlafroku|koszuli|koszulce|bluzie|bluzce|koszuli nocnej|bieliznie|podkoszulku|klapkach|sweterku|swetrze)\b|\bmokr\w* (?:\w+ ){0,3}(?:zimno|mroz\w*|zimn\w*)|\bzatrzasn\w* (?:\w+ ){0,3}(?:na balkonie|balkon\w*|na dworze|na zewnatrz|drzwi)|\bbez (?:kurtki|butow|plaszcza|czapki|ubrania|skarpet)\b|\bboso\b|\bsine (?:rece|usta|palce|dlonie)\b|\btrzesie sie z zimna",
)
EXPOSED = either(
    r"\b(?:lezy|leza|lezacy|lezaca|lezal\w*|przelezal\w*|upadl\w*)\b",
    r"\b(?:spi|spia|spiacy|spiaca|zasnal\w*|zasnela|drzemie)\b",
    r"\bsiedzi\w* (?:\w+ ){0,4}(?:od|na lawce|w sniegu|na przystanku|na ziemi|na chodniku|na schodach|na murku|na mrozie|bez ruchu|godzin)",
    r"\bnie (?:rusza|reaguje|odpowiada|kontaktuje|wie|pamieta|chce wejsc|moze wstac|umie wstac|da rady wstac|potrafi wstac|wstaje|otwiera|odzywa)\b|\bnic nie mowi\b|\bw rowie\b|\bna balkonie\b|\bmowi (?:\w+ ){0,1}(?:bez sensu|od rzeczy)",
    stems("pijan", "bezdomn", "zdezorient", "zagubion", "trzesie", "drzy", "dygocz", "blaka",
          "błąk", "bladzi", "krazy", "wedruj"),
    r"\bchodzi (?:\w+ ){0,3}(?:po|kolo|wokol|wzdluz) (?:osiedlu|ulicy|ulicach|dworze|parku|podworku|blokach|przystanku|drodze)",
    r"\bstoi (?:\w+ ){0,3}(?:od|na mrozie|na zimnie|na dworze|przed blokiem|na przystanku)",
    r"\b(?:starsz\w*|staruszek|staruszka|dziadek|babcia|dziecko|dzieci|niemowl\w*|bobas|maluch)\b",
    stems("utknel", "utknal", "utkn", "zakopal", "skulon", "zasypia", "mokr"),
    words("zaspa", "zaspie", "zaspy", "zaspe", "zaspach", "zaspami"),
    r"\bledwo (?:odpowiada|reaguje|mowi|kontaktuje|oddycha)\b|\bskonczyl\w* (?:sie )?(?:paliwo|benzyna)",
    stems("przemocz", "przemokl", "zabladzil", "zabladzila", "przewraca", "telepie"),
    r"\b(?:gada|mowi|bredzi)\w* (?:\w+ ){0,1}(?:od rzeczy|bez sensu|glupoty)|\bchce sie (?:\w+ ){0,1}(?:polozyc|przespac)|\bnie moze (?:\w+ ){0,1}(?:nic )?(?:powiedziec|mowic)",
    r"\bzgubil\w* sie\b|\bzaczyna\w* sie platac|\bplacz\w* mi sie (?:nogi|jezyk)",
)

# --- road ------------------------------------------------------------------------------------

ACCIDENT = either(
    r"\b(?:przejechal\w*|rozjechal\w*|potracil\w*|staranowal\w*|przygniotl\w*) (?:\w+ ){0,1}(?:piesz\w*|rowerzyst\w*|dziecko|czlowieka|kobiet\w*|mezczyzn\w*|chlopak\w*|dziewczyn\w*|staruszk\w*|motocyklist\w*|hulajnogist\w*)\b|\bspod (?:kol|auta|samochodu|tramwaju|autobusu|ciezarowki|pociagu)\b|\bpod kolami\b",
    r"^(?=.*\b(?:spadl\w*|runel\w*|runal\w*|zawalil\w*|przewrocil\w*|przygniotl\w*) (?:\w+ ){0,2}na (?:auto|samochod\w*|czlowiek\w*|kogos|ludzi|przechodn\w*|dziecko)\b)(?=.*\b(?:w srodku|nie moze (?:\w+ ){0,1}(?:wyjsc|wydostac)|ranny|ranna|krwawi|lezy|zakleszcz\w*|uwiezion\w*)\b)",
    r"\bwypad\w* (?:\w+ ){0,1}(?:samochodow\w*|drogow\w*|na (?:drodze|skrzyzowaniu|ulicy|autostradzie|obwodnicy|trasie|przejsciu|rondzie|torach|a1|a2|s8|s14)|z (?:udzialem|rannymi|ofiarami))",
    r"\bzderz(?:eni|yl|yla|ylo|yly|yli|aja|aj|a sie)\w*",
    stems("karambol", "potrac", "dachowal", "zakleszcz", "przygniot", "przygniecion",
          "uwiezion", "uwięzion", "przysypa", "zasypalo", "zasypany", "zasypana", "czolowk", "wykolei"),
    r"\b(?:wjechal\w*|uderzyl\w*|najechal\w*|wpadl\w*|wbil\w*|walnal\w*|przejechal\w*|rozjechal\w*|staranowal\w*)\w* (?:\w+ ){0,3}(?:w|na|we|do|pod) (?:\w+ ){0,1}(?:piesz\w*|rowerzyst\w*|dziecko|dziecka|czlowieka|ludzi|kobiet\w*|mezczyzn\w*|drzewo|slup|przystanek|przystank\w*|wiat\w*|latarni\w*|barierk\w*|motocykl\w*|hulajnog\w*|tramwaj\w*|autobus\w*|rowu|row|wiadukt\w*|dom|sklep|tlum\w*|ogrodzen\w*|ciezarowk\w*|tir\w*|bariere|auta|aut|samochody|zaparkowan\w*)",
    r"\b(?:auto|samochod|bus|autobus|tir|ciezarowka|motor|motocykl|tramwaj|ciagnik|traktor|kombajn|koparka|wozek widlowy|quad)\w* (?:\w+ ){0,3}(?:w rowie|do rowu|na dachu|na boku|w drzewie|przewrocil\w*|wywrocil\w*|dachowal\w*|wypadl\w* z drogi)",
    r"\b(?:wjechal\w*|wpadl\w*) (?:\w+ ){0,1}pod (?:samochod|auto|autobus|tramwaj|ciezarowk\w*|kola|pociag\w*|ciagnik\w*|kosiark\w*|maszyn\w*|traktor\w*)|\b(?:jest|lezy|zostal\w*) (?:\w+ ){0,1}pod spodem\b|\b(?:noga|reka) (?:\w+ ){0,1}(?:wygiet\w*|wykrzywion\w*|nienaturaln\w*)",
    r"\b(?:motocyklist|rowerzyst|piesz|hulajnogist|kierowc|pasazer|dziecko)\w* (?:\w+ ){0,3}(?:lezy|leza|nie rusza|krwawi|ranny|ranna|ranni|potracon\w*|pod (?:autem|samochodem|kolami|tramwajem))",
)
COLLAPSE = either(
    r"\b(?:rusztowani\w*|dzwig\w*|sciana|balkon\w*|dach\w*|drzewo|slup\w*|komin\w*|kamienic\w*|mur\w*) (?:\w+ ){0,2}(?:przechyla\w* sie|chwieje sie|zaraz (?:runie|spadnie|sie zawali)|wali sie)",
    r"\b(?:grobl\w*|wal\w* przeciwpowodziow\w*|tama|tamy|zapor\w*) (?:\w+ ){0,3}(?:peka|pekla|pekl\w*|przerwan\w*|puszcza|przecieka)",
    # a vehicle stuck on a level crossing
    r"\b(?:auto|samochod\w*|ciezarowk\w*|autobus\w*|ciagnik\w*|traktor\w*) (?:\w+ ){0,2}(?:stanel\w*|stoi|utknel\w*|utknal\w*|zgasl\w*|zawisl\w*) (?:\w+ ){0,1}na (?:torach|torowisku|przejezdzie)\b",
    r"\b(?:dach\w*|strop\w*|sciana|budynek|balkon\w*|hala|hali|kamienic\w*|rusztowani\w*|wiata|trybun\w*) (?:\w+ ){0,2}(?:zawalil\w*|zarwal\w*|runal\w*|runel\w*|zapadl\w*|odpadl\w*) (?:sie\b)?",
    r"\bpod gruz\w*|\b(?:zawalil\w*|zawalila|zarwal\w*|runal\w*|runela|odpadl\w*|osunal\w*) (?:sie )?(?:\w+ ){0,1}(?:balkon\w*|strop\w*|dach\w*|sciana|sciany|budynek|kamienic\w*|rusztowani\w*|wykop\w*)",
    r"\b(?:spadl\w*|upuscil\w*|runel\w*|runal\w*|zsunel\w*|zsunal\w*) (?:\w+ ){0,4}na (?:robotnik\w*|czlowiek\w*|pracownik\w*|ludzi|kogos|niego|nia|dziecko|mezczyzn\w*|kobiet\w*|kierowc\w*)\b",
    r"\b(?:zaklinowal\w*|zaklinowan\w*|utknal\w*|utknel\w*|uwiezl\w*|zakleszcz\w*) (?:\w+ ){0,4}(?:w|miedzy|pod) (?:\w+ ){0,2}(?:rur\w*|przepust\w*|szyb\w*|otwor\w*|komin\w*|sztachet\w*|kratach|silos\w*|zbiornik\w*|maszyn\w*)",
    r"^(?=.*\bwind\w*)(?=.*\b(?:stanel\w*|stanal\w*|utknel\w*|utknal\w*|utknelismy|zatrzymal\w*|zablokowal\w*)\b)(?=.*\b(?:slabo|duszno|zemdl\w*|rozrusznik\w*|panik\w*|serce|niemowl\w*|nie ma czym oddychac|ciaz\w*|brakuje (?:\w+ ){0,1}powietrza)\b)",
    r"^(?=.*\b(?:zatrzasn\w*|zamknal\w* sie|zamknela sie|zamkneli sie|uwiezion\w*)\b)(?=.*\b(?:chlodni\w*|mrozni\w*|zamrazar\w*|lodowk\w*|skrzyni\w*|bagazni\w*|silos\w*|kontener\w*|szambie)\b)",
    r"\bzawisl\w*|\bwisi (?:\w+ ){0,2}(?:na linie|glowa w dol|na uprzezy)",
    r"\b(?:do|w) (?:\w+ ){0,1}(?:rur\w*|przepust\w*|szyb\w*|komin\w*|otwor\w*|silos\w*)\b (?:\w+ ){0,5}(?:zaklinowal\w*|utknal\w*|utknel\w*|zakleszczyl\w*)",
    r"\bwpadl\w* (?:\w+ ){0,1}do (?:\w+ ){0,1}(?:szyb\w*|studzien\w*|studni|dziur\w*|wykop\w*|kanal\w*|jam\w*|otworu|silos\w*|zbiornik\w*)",
    r"\b(?:pociag|tramwaj|tir|ciezarowk\w*|autobus|lokomotyw\w*|sklad)\w* (?:\w+ ){0,2}(?:zahaczyl\w*|uderzyl\w*|staranowal\w*|przepchnal\w*|wjechal\w*|potracil\w*|zmiotl\w*|wlokl\w*|ciagnal\w*)",
)
# On a pylon or by the wires of a railway or a power line.
HIGH_VOLTAGE = r"^(?=.*\b(?:slup\w*|drut\w*|trakcj\w*|linii? wysokiego|transformator\w*|wysokie napiecie)\b)(?=.*\b(?:wisi|wspial\w*|wspina\w*|wdrapal\w*|wdrapuje|wszedl|weszl\w*|wchodzi|nie moze zejsc|utknal\w*|porazil\w*|porazi\w*|kopnal|kopnel\w*|kopnelo)\b)|^(?=.*\b(?:wagon\w*|cystern\w*|bocznic\w*)\b)(?=.*\b(?:kopnel\w*|kopnelo|kopnal|porazi\w*|porazon\w*|prad\w*|iskr\w*)\b)"

ACCIDENT_WEAK = either(
    r"\b(?:wypadek|wypadku|wypadki|wypadkow|kolizj\w*|stluczk\w*)\b",
)
INJURED = either(
    words("ranny", "ranna", "ranni", "rannych", "rannego", "rannej", "poszkodowany",
          "poszkodowana", "poszkodowani", "poszkodowanych", "jeczy", "ofiary", "ofiar",
          "krzyczy", "krzycza"),
    stems("poranien", "pokaleczen"),
    stems("krew", "krwi", "krwaw", "nieprzyto", "zakleszcz", "uwiez", "karetk", "pogotowi",
          "zlaman"),
    r"\blezy\b|\bleza\b|\bnie rusza\b|\bnie reaguje\b|\bnie moze wyjsc\b",
)
DRUNK = either(
    stems("pijan", "pijaniut", "nietrzezw", "naprut", "nawalon", "schlan", "zalan", "wstawion",
          "narabn", "najeban", "napit", "ubzdryngol", "zatacza", "zatacz", "promil", "pijak",
          "pijaczek", "pijus", "zawian", "nabuzowan", "podpit", "zawiany", "upojen", "upity",
          "upita", "piersiowk", "popija", "chlal", "chlala", "chlali", "wytoczyl", "wytoczyla",
          "monopolow", "chwiej", "browar", "po paru piw", "po kilku piw"),
    r"\bsmell\w* (?:\w+ ){0,1}(?:of )?(?:alcohol|booze|beer|vodka)|\breeks of",
    r"\bz (?:piwem|puszka|butelka|flaszka|wodka) (?:\w+ ){0,1}w (?:rece|rekach)|\bstracil\w* panowanie\b|\bpo (?:alkoholu|pijaku|piwie|piwach|piwku|kilku piwach|wodce|wodzie ognistej|paru piwach|imprezie (?:pijany|pijana)|flaszce)\b|\bpod wplywem\b|\bw sztok\b|\bna bani\b|\bna gazie\b|\bna rauszu\b",
    r"\bledwo (?:stoi|trzyma sie|idzie|chodzi|mowi|mowiac|kontaktuje)|\bsmierdzi (?:\w+ ){0,2}(?:alkohol\w*|wodk\w*|piw\w*|gorzal\w*)|\bczuc (?:\w+ ){0,2}(?:alkohol\w*|wodk\w*|procent\w*)",
    r"\bwypil\w* (?:\w+ ){0,3}(?:piw\w*|wodk\w*|alkohol\w*|flaszk\w*|procent\w*|browar\w*|wina|wino|setk\w*|kielisz\w*|drink\w*|litr\w*|pol litra|polowke|cwiartk\w*|butelk\w*)",
    r"\b(?:piw\w*|wodk\w*|alkohol\w*|flaszk\w*|browar\w*|wino|wina|pol litra|cwiartk\w*|setk\w*)\b (?:\w+ ){0,4}(?:wypil\w*|obalil\w*|wychlal\w*|pil\b|pije)",
    r"\bpil\w* (?:\w+ ){0,2}(?:piwo|wodke|alkohol|browar\w*|wino) (?:\w+ ){0,3}(?:jedzie|wsiada|wsiadl|prowadzi|odjechal|za kolko|za kierownice)",
    r"\bpo (?:\d+|dwoch|trzech|czterech|pieciu|szesciu|paru|wielu|kilkunastu) (?:\w+ ){0,1}(?:piw\w*|browar\w*|drink\w*|kieliszk\w*|setk\w*|wodk\w*)",
    r"\b(?:jedzie|czuc|wali|zalatuje|cuchnie|smierdzi)\w* (?:\w+ ){0,1}(?:woda|wodka|wodeczka|gorzala|alkoholem|piwskiem|browarem|przetrawionym)\b",
    r"\bz gwinta\b",
    r"\b(?:zlopie|chleje|pije|popija|saczy|wlewa w siebie|obala) (?:\w+ ){0,2}(?:piw\w*|wodk\w*|alkohol\w*|browar\w*|z puszki|z butelki|z gwinta|z piersiowki)",
    r"\bpo (?:calej |pol |jednej |dwoch )?(?:flaszce|flaszy|butelce|wodce|flaszkach)\b",
    r"\bpo (?:\w+ ){0,1}(?:imprezie|weselu|libacji|popijaw\w*|balandze|melanzu|domowce|osiemnastce|stypie|chrzcinach|komunii|imprezie alkoholowej)\b",
    r"\bpij\w* (?:\w+ ){0,1}(?:od rana|od poludnia|caly dzien|od wczoraj|cala noc|od kilku godzin)|\bpil\w* (?:\w+ ){0,2}(?:od rana|caly dzien|cala noc|caly wieczor)",
)
DRIVING = either(
    words("jade", "jedziemy", "jechalem", "jechalam", "golf", "golfem", "opel", "oplem", "opla",
          "motor", "motorze", "motorem", "skuter", "skuterze", "skuterem",
          "silnik", "silnika", "audi", "bmw", "passat", "passatem"),
    r"\b(?:chce|zaraz|zamierza|ma zamiar|bedzie|chcial\w*) (?:\w+ ){0,1}(?:jechac|pojechac|prowadzic)\b",
    stems("zjezdz", "zjecha", "przeciwlegl", "pobocz", "obwodnic", "kierowc", "kierownic", "prowadzi", "prowadzil", "jedzie", "jechal", "jezdzi",
          "wsiad", "odpal", "odjezdz", "odjech", "rusza", "ruszyl", "samochod", "kluczyk",
          "zygzak", "slalom", "wezyk", "ciezarowk", "ciagnik", "traktor", "autobus", "busem",
          "parkuj", "wyjezdza", "wyjechal", "cofa", "cofal", "manewruj", "taksow", "pruje",
          "pedzi", "zasuwa", "zapierdal", "quad", "rozjezdz", "driver", "driving", "drifting",
          "lane"),
    words("auto", "autem", "auta", "aucie", "tir", "tirem", "busa", "motorem", "motor",
          "skuter", "skuterem", "za kolkiem", "za kolko"),
)
DRIVING_ERRATIC = either(
    r"\b(?:spi|zasypia|zasnal|zasnela|przysypia|drzemie)\w* (?:\w+ ){0,2}(?:za (?:kierownica|kolkiem)|na kierownicy)",
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
    rf"\b(?:potne|potnie|pociac|pocie|podetne|podetnie|podciac|tne|tnie|cial\w*|pocial\w*|pociela)\w* {_SELF}|\b{_SELF} (?:potne|potnie|pocia|podetn|tnie|tne|cial|ciel)\w*",
    r"\bpodetn\w* (?:sobie )?zyl|\bzyly\b|\bzylet\w*|\bpozegnaln\w*",
    r"\b(?:nie chce|niechce|nie chcem|nie moge|nie mam sily|nie mam po co|nie warto|nie ma po co|nie umiem) (?:juz )?(?:dalej )?zyc\b",
    r"\bnie chce mi sie (?:juz )?zyc\b|\bzycie nie ma sensu|\bnie widze (?:juz )?(?:sensu|wyjscia|przyszlosci|celu)|\bnic nie ma sensu\b|\bnie ma (?:juz )?sensu (?:zyc|zycie|nic|dalej|tak zyc|zyc dalej)|\bpo co (?:mam )?(?:dalej )?zyc\b",
    r"\bnie (?:dam|daje|dajee) (?:juz )?rady (?:dluzej|zyc|wiecej|tak dalej|dalej|z tym wszystkim)|\bnie chce (?:juz )?(?:tu |tutaj )?byc\b(?! (?:w |na |z |sam))",
    r"\b(?:skoncze|skonczyc|skonczy|skonczyl\w*|skoncz) (?:juz )?(?:z )?(?:tym wszystkim|soba|ze soba|wszystkim|z zyciem|zyciem)\b|\bze soba skonczyc|\bkoniec ze mna\b|\bto (?:juz )?koniec ze mna",
    rf"\b(?:zrobi|zrobic|zrobie|zrobila|zrobil|zrobisz)\w* {_SELF} krzywd|\bcos sobie zrobi\w*|\bzrobi\w* sobie (?:cos|krzywde)",
    r"\b(?:skocz\w*|rzuc\w* sie|rzucil\w* sie) (?:\w+ ){0,2}(?:z mostu|z dachu|z okna|z balkonu|pod pociag|pod tramwaj|pod auto|pod samochod|z wiezowca|z bloku|z pietra|z wiaduktu|z estakady)|\bchce skoczyc|\bzaraz skocze\b",
    r"\b(?:stoi|siedzi|wszedl|weszla|stoje|siedze)\w* (?:\w+ ){0,3}(?:na (?:samej |samym |samiutkiej )?(?:moscie|dachu|krawedzi|skraju|parapecie|balustradzie|barierce|torach|wiadukcie|gzymsie|oknie))",
    r"\b(?:polknel\w*|polknal\w*|wzielam|wzialem|lyknel\w*|lyknal\w*|zazyl\w*|lykam|lyka|polykam|polyka|biore|zazywam|zazywa) (?:\w+ ){0,4}(?:wszystko|wszystkie|cala|cale)\b (?:\w+ ){0,4}(?:aptecz\w*|tabletk\w*|lek\w*|prochy|proszki)|\bjuz nie wazne\b|\bnic juz nie ma znaczenia\b",
    r"\b(?:tabletk\w*|leki|lekow) (?:zeby|by|i) (?:umrzec|zasnac|sie otruc|wziac wszystk)|\b(?:wziac|wezme|lyknac|polknac|polknal\w*|lyknal\w*|nalykam|nazbieral\w*|zbiera)\w* (?:\w+ ){0,2}(?:wszystkie|cale opakowanie|garsc) (?:\w+ ){0,1}(?:tabletki|leki|prochy|pigulki)",
    r"\b(?:chce|chcialbym|chcialabym|wolalbym|wolalabym|mam ochote) (?:\w+ ){0,2}(?:umrzec|zniknac na zawsze|zniknac|nie zyc|zasnac na zawsze|zasnac i sie nie obudzic|sie nie obudzic)|\bumre dzis|\bnie chce (?:sie )?(?:juz )?obudzic",
    r"\bmysli (?:\w+ ){0,2}samob\w*|\blist\w* pozegnaln\w*|\bpozegnal\w* (?:sie )?(?:\w+ ){0,2}(?:ze wszystkimi|z wszystkimi|na zawsze|z nami|z rodzina|ze mna|z mama|z tata|z rodzicami|z dziecmi|z zona|z mezem|z siostra|z bratem|z corka|z synem)|\bzegnajcie\b|\bzegnaj na zawsze",
    r"\b(?:napisal\w*|pisze|powiedzial\w*|mowi|wyslal\w*)\b (?:\w+ ){0,2}(?:ze )?(?:sie )?zegna\b|\bnie bedzie (?:\w+ ){0,1}(?:nas|was|ciebie|mnie) (?:\w+ ){0,1}(?:meczyl\w*|klopotal\w*|obciazal\w*)",
    r"\bzegna\w* (?:sie )?(?:ze mna|z nami|z wszystkimi|ze wszystkimi)|\bodejsc na zawsze|\bodejde na zawsze",
    r"\bnie bedzie mnie\b|\bjuz mnie nie bedzie\b|\bjakby mnie nie bylo|\bgdyby mnie nie bylo|\bbez (?:mnie|e mnie) (?:\w+ ){0,2}(?:lepiej|lzej)|\b(?:beze mnie|bez mnie|bez niej|bez niego|bez nich) (?:\w+ ){0,3}(?:bedzie|byloby|bylo by|beda) (?:\w+ ){0,2}lepiej|\b(?:lepiej|lzej) (?:\w+ ){0,3}(?:beze mnie|bez mnie|bez niej|bez niego)\b",
    r"\b(?:rece|reka|rek|nadgarst\w*|przedrami\w*|uda) (?:\w+ ){0,1}(?:pociet\w*|pociachan\w*|podciet\w*)|\bjak na pozegnanie\b|\bjakby (?:sie )?(?:zegnal\w*|na pozegnanie)",
    r"\bjestem (?:\w+ ){0,2}ciezarem\b|\bdla wszystkich (?:\w+ ){0,1}ciezarem\b|\bnikt (?:\w+ ){0,2}nie bedzie (?:\w+ ){0,2}tesknil|\bnikt nie zauwazy (?:\w+ ){0,3}(?:zniknie|nie bedzie|odejde)",
    r"\brozdaj\w* (?:\w+ ){0,2}(?:swoje |wszystkie )?rzeczy|\bostatni raz (?:pisze|sie odzywam|rozmawiamy)|\bto (?:moja|jest moja) ostatnia wiadomosc",
    r"\b(?:odebrac|odebral\w*|odbiore|odebranie) sobie zycie|\btargn\w* sie na (?:swoje )?zycie|\bzakonczyc (?:\w+ ){0,1}zycie",
    r"\bsznur\w* (?:\w+ ){0,3}(?:przygotowal\w*|kupil\w*|zawiesil\w*|na szyi|na belce|na haku|na hak|na zyrandol\w*|na galezi|na rurze)|\bzawiazan\w* (?:\w+ ){0,1}(?:sznur\w*|petl\w*)|\bpetl\w* (?:na szyi|na belce|ze sznura)",
    r"\b(?:za|przez) (?:\w+ ){0,1}(?:barierk\w*|balustrad\w*|porecz\w*|murek)\b|\b(?:przechodzi|przeszedl|przeszla|przelazl\w*|wychyla\w*) (?:\w+ ){0,2}(?:barierk\w*|balustrad\w*|porecz\w*|przez okno|z okna)",
    r"\b(?:jestem|stoje|siedze|leze|stoi|siedzi|lezy|czeka|czekam) (?:\w+ ){0,2}na (?:torach|torowisku)\b|\bczekam na pociag",
    r"\bnie szukaj\w* mnie\b|\b(?:napisal\w*|pisze|powiedzial\w*|mowi|wyslal\w*|podpis\w*|wrzucil\w*|opublikowal\w*)\w* (?:\w+ ){0,4}(?:ze )?to (?:juz )?koniec\b|\b(?:lin\w*|sznur\w*) (?:\w+ ){0,3}(?:koniec|zegnaj\w*|pozegn\w*)|\bprzepraszam (?:\w+ ){0,2}za wszystko\b",
    r"\bzamkn\w* (?:\w+ ){0,1}(?:sie )?w (?:swoim |swojej |jego |jej |zamknietym )?(?:garazu|aucie|samochodzie) (?:\w+ ){0,4}(?:silnik\w*|spalin\w*|wlaczon\w*)|\bsilnik\w* (?:\w+ ){0,2}(?:wlaczon\w*|pracuj\w*|chodzi) (?:\w+ ){0,2}w (?:zamknietym )?garazu",
    r"\b(?:dzis|dzisiaj|dzis w nocy|dzisiaj w nocy|tej nocy|jutro|wieczorem|zaraz) (?:juz )?to (?:skoncze|zakoncze)\b|\bto (?:juz )?skoncze (?:dzis|dzisiaj|tej nocy|jutro|wieczorem)\b",
    r"\brozdal\w* (?:\w+ ){0,3}(?:co mial\w*|wszystko co|cały dobytek|caly dobytek|swoje rzeczy)|\bmnie juz nie bedzie\b",
    r"\bsie z tym skoncze\b|\bskoncze z tym (?:\w+ ){0,1}(?:wszystkim|raz na zawsze|dzis|dzisiaj)|\b(?:tabletk\w*|leki|lekow|prochy|pigulki) (?:\w+ ){0,4}(?:wszystkie|cale opakowanie|naraz) (?:\w+ ){0,1}(?:wziac|wezme|lyknac|lykne|polknac|polkne|zazyc|zazyje)",
    r"^(?=.*\b(?:zostawil\w* (?:\w+ ){0,1}(?:psa|kota|kotke|suczke|zwierzak\w*|dzieci|dziecko|corke|syna|klucze) (?:u|pod|w|na|sasiad\w*)|dziekuj\w* (?:\w+ ){0,1}za wszystko|dzieki (?:\w+ ){0,1}za wszystko|przeprasza\w* (?:\w+ ){0,1}za wszystko|zegna\w*|pozegnani\w*|(?:sa|lezy|leza|trzyma\w*|schowal\w*) (?:\w+ ){0,1}(?:dokumenty|testament\w*|polis\w*|klucze|papiery|oszczednosci)|(?:dokumenty|testament\w*|polis\w*|klucze|papiery|oszczednosci|haslo|hasla) (?:\w+ ){0,3}(?:sa|lezy|leza|u sasiad\w*|na stole|w szafie|w szufladzie)|haslo do (?:\w+ ){0,2}kont\w*|przeprasza\w*|(?:dzieciom|wszystkim|mamie|tacie) (?:\w+ ){0,1}ze (?:je|ich|go|ja) kocha\w*|nie gniewal\w*|nie gniewaj\w*|nie miej\w* (?:\w+ ){0,1}za zle)\b)(?=.*\b(?:zaopiekuj\w*|zajmij\w* sie|zajmijcie sie|opiekuj\w* sie|niech (?:\w+ ){0,1}(?:ktos|ktokolwiek) (?:\w+ ){0,4}(?:zajmie|zaopiekuje|zadba)\w*|dbaj\w*|dbal\w*|dbac|nie odbiera|nie odpisuje|nie odpowiada|wylaczon\w*|zamknal\w* sie|zamknela sie|cisza|milczy|nie przyda|nie wiem gdzie|(?:jest )?sam\w* w domu|dzis w nocy|skoncze)\b)",
    r"^(?=.*\b(?:wszystko (?:mi|jej|mu|jemu) (?:juz )?jedno|(?:mi|jej|mu|jemu) (?:juz )?wszystko jedno|nic (?:mi|jej|mu) juz nie zalezy|nie mam juz (?:\w+ ){0,1}po co)\b)(?=.*\b(?:tor\w*|most\w*|dach\w*|wiadukt\w*|tabletk\w*|aptecz\w*|sznur\w*|zylet\w*|okn\w*|balkon\w*|pochowal\w*|pozegna\w*|rzek\w*)\b)",
    r"^(?=.*\b(?:zdjeci\w*|foto\w*|relk\w*|story|post\w*|wideo|filmik\w*)\b (?:\w+ ){0,3}(?:tor\w*|most\w*|dach\w*|wiadukt\w*|krawedz\w*)\b)(?=.*\b(?:nie odpisuje|nie odbiera|nie odpowiada|pozegn\w*|zegna\w*)\b)",
    r"\bto (?:jest )?(?:moje |jego |jej )?pozegnanie\b|\bpust\w* (?:\w+ ){0,1}opakowani\w* (?:\w+ ){0,2}(?:lek\w*|tablet\w*|prochach)|\b(?:idzie|ide|jade|pojde|pojdzie|poszedl|poszla|pojechal\w*) (?:\w+ ){0,4}i (?:juz )?nie wroc\w*|\b(?:dzis|dzisiaj|jutro|wieczorem|w nocy|zaraz|tej nocy) (?:\w+ ){0,2}(?:skoncze|zakoncze) z (?:tym|soba)\b|\b(?:mi|mu|jej) sie (?:juz )?nie (?:przyda|przydadza)\b|\bnie (?:przyda|przydadza) (?:\w+ ){0,1}(?:mi|mu|jej)\b",
    r"\bpozegnani\w* (?:\w+ ){0,1}(?:ze wszystkimi|z wszystkimi|z nami|na zawsze)|\b(?:juz )?(?:mi|mu|jej) nie (?:bedzie|beda) (?:juz )?potrzebn\w*|\bnie (?:bedzie|beda) (?:mi|mu|jej) (?:juz )?potrzebn\w*",
    r"^(?=.*\bostatni\w* (?:zachod|wschod|raz|post|zdjeci\w*|relk\w*|widok)\b)(?=.*\b(?:nie odpisuje|nie odbiera|nie odpowiada|dach\w*|most\w*|wiadukt\w*|krawedz\w*|zegna\w*)\b)",
    r"\bnie (?:bede|bedzie)\w* (?:juz )?(?:\w+ ){0,1}(?:nikomu|wam|tobie|nikogo) (?:\w+ ){0,1}(?:przeszkadzal\w*|zawadzal\w*|ciazyl\w*|klopotu)|\bnie (?:bede|bedzie) (?:\w+ ){0,2}potrzebowal\w*",
    r"\b(?:dzis|dzisiaj|jutro|zaraz|w nocy|tej nocy) (?:\w+ ){0,1}wszystko (?:skonczy|skoncze|zakonczy|zakoncze)\b|\bzdjeci\w* (?:\w+ ){0,1}(?:sznura|sznurka|liny|petli|zyletk\w*|tabletek)\b",
    r"\b(?:uzbieran\w*|nazbieran\w*|odlozon\w*|przygotowan\w*) (?:\w+ ){0,1}(?:tabletk\w*|lek\w*|prochy|pigulk\w*)|\bto (?:juz )?postanowione\b|\bpodziekowac (?:\w+ ){0,1}za wszystko\b",
    r"\b(?:napil\w*|wypil\w*) (?:sie )?(?:\w+ ){0,1}wszystkiego (?:\w+ ){0,3}(?:aptecz\w*|lek\w*|tabletk\w*)|\b(?:jestem|stoje|siedze) (?:\w+ ){0,1}na (?:moscie|dachu|wiadukcie|krawedzi)\b (?:\w+ ){0,8}(?:dobry moment|czas|koniec|wysok\w*|skocz\w*|pozegn\w*)",
    r"\brozdal\w* (?:\w+ ){0,1}(?:wszystkie |cale )?swoje\b",
    r"^(?=.*\bgaraz\w*)(?=.*\b(?:(?:wlaczon\w*|pracujac\w*|chodzac\w*|odpalon\w*) silnik\w*|silnik\w* (?:\w+ ){0,2}(?:wlaczon\w*|chodzi|pracuje|odpalon\w*)|spalin\w*)\b)",
    r"^(?=.*\b(?:pogrzeb\w*|zmarl\w*|smierci|nie zyje|umarl\w*)\b)(?=.*\b(?:idzie|ide|pojde|pojdzie|chce isc|dolacze|dolaczy|dolaczyc|chce byc) (?:do|z) (?:niej|niego|nich|mamy|taty|zony|meza|corki|syna|mama|tata)\b)",
    r"^(?=.*\b(?:juz nie wroc\w*|juz nigdy nie wroc\w*|nigdy nie wroc\w*|nie wroce juz)\b)(?=.*\b(?:zajmij\w* sie|zaopiekuj\w* sie|napisal\w*|wyszl\w*|wyszedl|pozegn\w*|przepraszam|kocham)\b)",
    r"\bmam (?:dosc|dosyc) (?:\w+ ){0,1}(?:zycia|wszystkiego i wszystkich|tego zycia|juz wszystkiego|zyc)\b|\bnie chce (?:juz )?tak (?:dalej )?zyc",
    r"\b(?:(?:napisal\w*|zostawil\w*|przygotowal\w*) (?:\w+ ){0,2}(?:list|listy|listow|liscik\w*) (?:do|dla) (?:\w+ ){0,1}(?:rodzicow|mamy|taty|siostry|brata|dzieci|zony|meza|bliskich|rodziny|wszystkich|corki|syna|was|ciebie))|\bdo zobaczenia po (?:drugiej|tamtej) stronie|\bchce (?:juz )?tylko zasnac\b",
    r"\b(?:to|jej|jego|moj|moja|moje|ich) ostatni\w* (?:dzien|noc|wieczor)\b|\b(?:to )?(?:\w+ )?ostatni\w* (?:wiadomosc\w*|list|slow\w*|rozmow\w*)\b(?! (?:z|w|przed|od|na temat) )|\b(?:zadzwonil\w*|dzwonil\w*|napisal\w*|przyszedl|przyszla|przyjechal\w*) (?:\w+ ){0,2}(?:sie )?pozegnac\b",
    r"\bpo (?:zewnetrznej|drugiej|tamtej|zlej|niewlasciwej) stronie (?:\w+ ){0,1}(?:barierk\w*|balustrad\w*|porecz\w*|ogrodzeni\w*|siatk\w*)|\bnog\w* (?:\w+ ){0,2}(?:na zewnatrz|za barierk\w*|w powietrzu|zwisa\w*|dynda\w*)",
    r"\b(?:odkladam|odklada|odkladal\w*|zbieram|zbiera|zbieral\w*|chomikuj\w*|gromadz\w*|nazbieral\w*|uzbieral\w*) (?:\w+ ){0,3}(?:lek|leki|lekow|lekami|lekarstw\w*|tabletk\w*|prochy|pigulk\w*)\b|\b(?:wezme|wezmie|lykne|lyknie|polkne|polknie|zazyje|zazyje|nalykam) (?:\w+ ){0,2}(?:je |to )?(?:wszystk\w*|cale opakowanie|garsc) (?:\w+ ){0,1}(?:naraz|na raz|za jednym razem|od razu)",
    r"\b(?:kupil\w*|przygotowal\w*|zawiesil\w*|szykuje|zalozyl\w*|zrobil\w*) (?:\w+ ){0,2}(?:sznur\w*|petl\w*)|\bnikt (?:mnie|go|jej) (?:\w+ ){0,1}nie (?:powstrzyma|zatrzyma)",
    r"\b(?:dzis|dzisiaj|jutro|wieczorem|w nocy|niedlugo|zaraz|wkrotce|juz) (?:\w+ ){0,2}bedzie po wszystkim|\bnie bedzie\w* (?:\w+ ){0,2}(?:mieli|miec|mial\w*) (?:\w+ ){0,2}(?:klopot\w*|problem\w*)",
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

EN_SUICIDE = r"\b(?:wants? to end it|end it|end her life|end his life|kill herself|kill himself|killing myself|suicid\w*|end my life|end it all|want to die|wanna die|dont want to (?:live|be alive)|don t want to (?:live|be alive)|do not want to (?:live|be alive)|hurt myself|cut myself|jump off|said goodbye|saying goodbye|goodbye to everyone|can t do this anymore|cant do this anymore|can t go on|cant go on|on the roof|on the ledge|on the edge of|(?:don t|dont|do not) want to wake up|sleep forever|pills are (?:already )?(?:on the table|ready|here)|goodbye letter\w*|see you on the other side|wrote (?:\w+ ){0,1}letters? to|don t want to be here anymore|dont want to be here anymore)\b|^(?=.*\b(?:sorry for everything|thank you for everything|thanks for everything|goodbye|tell (?:the kids|mom|mum|dad|them|everyone) (?:that )?i love|i love you all)\b)(?=.*\b(?:take care of|locked (?:himself|herself|themselves)|doesn t answer|does not answer|not answering|won t answer)\b)"
EN_MEDICAL = r"\b(?:not breathing|isn t breathing|isnt breathing|stopped breathing|can t breathe|cant breathe|unconscious|passed out|collapsed|fainted|bleeding|blood everywhere|lots of blood|overdos\w*|heart attack|stroke|seizure\w*|choking|chest pain|won t wake|wont wake|not waking|not responding|unresponsive|ambulance|poisoned|swallowed|took (?:pills|tablets|too many)|ate (?:some )?(?:berries|mushrooms|pills|tablets)|heart is racing|not moving|neck (?:\w+ ){0,3}twisted|hit (?:his|her|my) head|head injury|there s blood|there is blood|asking the same question|pesticide\w*|pupils (?:are )?(?:tiny|pinpoint)|droop\w*|slurr\w*|can t speak|cant speak|numb on one side|one side of (?:her|his|my) (?:face|body)|allergic reaction|throat (?:is )?(?:closing|swelling)|clutching (?:his|her) chest|can t wake|cant wake|cannot wake|too many (?:\w+ ){0,1}(?:pills|tablets)|not getting up|can t get up|cant get up|won t get up|isn t getting up|fell down the stairs)\b"
EN_FIRE = r"\b(?:fire|smoke|burning|gas leak|smell gas|smells of gas|smells? like gas|gas smell|smell of gas|carbon monoxide|explosion|exploded)\b"
EN_VIOLENCE = r"\b(?:punch\w*|kicking|slapping|stomping|strangling|hitting|beating|beats me|hits me|hit me|attacking|attacked|stabb\w*|rape\w*|raping|kidnap\w*|assault\w*|fighting|strangl\w*|choking her|choking him|threaten\w* to kill|going to kill|locked me|locked the door|following me|chasing)\b"
EN_INTRUDER = r"\b(?:trying the (?:back |front )?door|in my (?:garden|yard)|trying to (?:force|open|get in|break|pry)|forcing (?:the|my|our)|(?:stranger|someone|somebody) (?:is )?in my (?:house|flat|home|apartment)|break\w* in|break\w* into|breaking (?:my|the|into|in)|broke in|broke into|broken into|burglar\w*|intruder\w*|(?:someone|somebody|a man|a stranger) (?:is )?(?:inside |in )(?:my|our|the) (?:house|flat|apartment|room|home)|i hear them|hiding)\b"
EN_WEAPON = r"\b(?:rifle|shotgun|pistol|gun|guns|knife|knives|shooting|shots fired|shot|armed|machete)\b"
EN_DOG = r"\bdog\w* (?:\w+ ){0,4}(?:bit|bites|biting|attack\w*|maul\w*|won t let go|holding on)|\b(?:bit|bitten) by (?:\w+ ){0,3}dog"
EN_DROWNING = r"\b(?:drown\w*|current took|fell off the (?:kayak|boat|canoe|pier)|capsized|not swimming|into the (?:river|water|lake|pond|canal)|dragged by the current|swept away|can t swim|cant swim|(?:fell|fall|falls|fallen|falling) (?:in|into|through) (?:the )?(?:water|river|lake|pond|ice)|through the ice|went under|going under|keeps going under|under the water)\b"
EN_MISSING = r"\b(?:lost (?:my |our |her |his )?(?:child|kid|son|daughter|boy|girl)|missing (?:child|kid|son|daughter)|can t find (?:my|our|him|her|them)|cant find (?:my|our|him|her|them)|cannot find (?:my|our|him|her|them))\b|\b(?:child|kid|son|daughter|boy|girl|mother|mum|mom|dad|father|grandma|grandpa|grandmother|grandfather|wife|husband|brother|sister|friend|he|she|year old) (?:\w+ ){0,2}(?:wandered off|went missing|ran away|is missing|has gone missing|disappeared|vanished|s gone|is gone|was gone|got lost|gets lost|is lost|are lost)\b"
EN_COLD = r"\b(?:lying in the snow|freezing to death|hypotherm\w*|in the cold (?:not moving|lying))\b"
EN_ACCIDENT = r"\b(?:car crash|crashed|crash|accident|hit by a car|run over|ran over)\b"
EN_DRUNK = r"\bdrunk (?:\w+ ){0,8}(?:driv\w*|drove|behind the wheel|car|van|truck|got into|getting into|keys|engine)\b|\bdrinking\b (?:\w+ ){0,6}(?:drove|driving|drives|behind the wheel)|\bdriv\w* (?:\w+ ){0,3}drunk\b|\bswerving\b"
EN_TRAPPED = r"\b(?:(?:locked|stuck) in (?:a|the) (?:hot )?car|stuck in|trapped in|trapped under|sinking in|buried (?:in|under)|pinned under|fell into (?:a |the )?(?:deep )?(?:well|shaft|pit|hole|silo))\b"
EN_HELP = r"\b(?:help me(?! (?:with|to|understand|find|choose|out|write|learn|pick|translate))|please help(?! (?:with|me with|me to))|emergency|call the police|call an ambulance)\b"


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
SMOKE_HARMLESS = stems("czujnik dym", "czujk dym", "detektor dym", "pali smiec", "pala smiec", "spala smiec", "palenie smiec", "smieci w piec", "papieros", "e-papieros", "epapieros", "fajk", "grill", "ognisk", "kadzid", "wedz", "komin sasiad", "z komina", "kominka sasiad", "szisz", "vape", "wape")


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
    _sign("accident", COLLAPSE),
    _sign("other", HIGH_VOLTAGE),
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
    _sign("medical", INGESTED, WHOLE_PACK),
    _sign("medical", HIGH_FEVER, FEVER_BAD),
    _sign("medical", HEAD_KNOCK, HEAD_BAD),
    _sign("medical", INGESTED, PILLS, BAD_STATE),
    _sign("medical", INGESTED, PILLS, SMALL_CHILD),
    _sign("medical", SUBSTANCE_DANGEROUS, BAD_STATE),
    _sign("medical", SPIKED, BAD_STATE),
    _sign("medical", DRUG_TAKEN, DRUG_STATE),
    _sign("medical", STROKE),
    _sign("medical", HEART),
    _sign("medical", ALLERGY),
    _sign("medical", FELL, FALL_BAD),
    _sign("medical", SPINE, SPINE_CAUSE),
    _sign("medical", LYING),
    _sign("medical", ELECTRIC_BURN),
    _sign("medical", VENOM, BITTEN),
    _sign("medical", HEAT, HEAT_BAD),
    _sign("medical", CHEMICAL, CHEMICAL_HARM),
    _sign("medical", CHILDBIRTH),
    _sign("medical", DYING),
    _sign("violence", VIOLENCE),
    _sign("other", SHUT_IN),
    _sign("other", NOT_OPENING, NO_CONTACT, either(PERSON, MISSING_WHO)),
    _sign("other", NOT_SEEN, ALONE_OR_SMELL, either(PERSON, MISSING_WHO, r"\bsasiad\w*")),
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
    _sign("other", EN_TRAPPED),
    _sign("other", HELP_NOW),
    _sign("other", EN_HELP),
)

# Removed before matching: alarm words in phrases that describe no danger.
HARMLESS = re.compile(
    "|".join(
        [
            # a hacked account, not a break-in
            r"\bwlam\w* (?:sie )?(?:na|do) (?:moj\w* |czyjes\w* |jej |jego |nasz\w* )?(?:konto|konta|kont|fejs\w*|facebook\w*|fb|insta\w*|maila?|poczt\w*|skrzynk\w*|profil\w*|messenger\w*|whatsapp\w*|bankowosc\w*|komputer\w*|laptop\w*|router\w*|wifi|sieci|telefon\w*|aplikacj\w*|tiktok\w*|snap\w*|gmail\w*|allegro|olx|steam\w*|discord\w*)\b",
            r"\bnie wybuchl\w*|\bwybuch\w* (?:smiechu|placz\w*|zlosci|gniewu|emocji|afery|skandalu|epidemii|wojny)|\bwybuchow\w* (?:charakter|osob|temperament|sos\w*|smak\w*|koktajl\w*|mieszank\w*|imprez\w*|kuchni\w*)",
            r"\b(?:telefon|numer|komorka|infolinia|urzad|bank|sklep|szkola|dzielnicow\w*|komisariat\w*|policja|straz)\w* (?:\w+ ){0,2}nie (?:odpowiada|odbiera|reaguje|odpisuje)\b",
            r"\bnie (?:odpowiada|reaguje|odpisuje) (?:\w+ ){0,1}na (?:telefon\w*|maile?|wiadomos\w*|zgloszeni\w*|to|pisma|skarg\w*|moje|pytani\w*)|\b(?:bot\w*|ten bot|czat\w*|aplikacj\w*|strona) (?:\w+ ){0,1}nie (?:odpowiada|reaguje|dziala)\b|\bnic nie dziala\b|\b(?:znowu|znow|ciagle|dalej|wciaz|w ogole) (?:\w+ ){0,1}nic nie (?:odpowiada|reaguje)\b",
            # a film about a robbery
            r"\b(?:film\w*|serial\w*|ksiazk\w*|kryminal\w*|gr[aey]|gier|komiks\w*) (?:\w+ ){0,3}o (?:\w+ ){0,1}(?:napad\w*|morderstw\w*|wlamani\w*|pozarz\w*|zabojstw\w*|porwani\w*)\b",
            r"\bserce (?:\w+ ){0,1}(?:bije|wali)\b|\bbije (?:\w+ ){0,1}(?:rekord\w*|brawo|piane|zegar|dzwon\w*|sie z myslami)|\bzegar bije",
            r"\b(?:pali|palil\w*|palic|palenie|palacy|palaca|pala|palisz)\w* (?:\w+ ){0,2}(?:papieros\w*|fajk\w*|e-papieros\w*|epapieros\w*|jointa?|skreta|trawk\w*|marihuan\w*|szisz\w*|vape\w*|w piecu|smieci|liscie)|\bdym\w* (?:\w+ ){0,2}(?:papieros\w*|z papierosa|z fajki|z grilla|z ogniska|z komina sasiada|z e-papierosa)|\bpali sie (?:\w+ ){0,1}(?:swiatlo|lampk\w*|kontrolk\w*|dioda)|\bnie pali sie\b|\bswiatlo (?:sie )?nie pali|\bpali (?:mnie|go) (?:zgaga|w przelyku|w zoladku|skora)",
            r"\btopi\w* sie (?:\w+ ){0,1}(?:snieg|lod|maslo|czekolad\w*|wosk|ser)|\b(?:snieg|lod|maslo|czekolada|wosk)\w* (?:\w+ ){0,1}sie topi",
            r"\bstrzel\w* (?:\w+ ){0,1}(?:gola|gole|goli|golow|karn\w*|bramk\w*|focha|fotk\w*|selfie|sobie fotk\w*|z petard\w*|petard\w*|fajerwerk\w*|racami|rac\w*|korkiem|szampanem|z procy|z luku na strzelnicy)|\bstrzela\w* (?:\w+ ){0,2}(?:petard\w*|fajerwerk\w*|sztuczn\w* ogn\w*|rac\w*|z korkow\w*)|\bstrzal\w* w (?:dziesiatke|stope)|\bstrzalk\w*",
            r"\bpozwoleni\w* na bron\w*|\bbron\w* (?:gazow\w*|hukow\w*|czarnoproch\w*|kolekcjoner\w*|sportow\w*|do obrony)|\bgaz\w* pieprzow\w*|\bgaz\w* (?:do obrony|obezwladniaj\w*)",
            r"\bkopi\w* (?:\w+ ){0,1}(?:dowodu|dokument\w*|zapasow\w*|umowy|zdjec|paszportu|plikow|danych|maila)|\bkopie zapasowe|\bksero",
            r"\bleje (?:\w+ ){0,1}(?:deszcz|woda|sie woda|z nieba)|\bdeszcz leje",
            r"\bnapad\w* (?:paniki|leku|kaszlu|szalu|zlosci|placzu)",
            r"\bgrozi (?:\w+ ){0,2}(?:mandat\w*|kar\w*|grzywn\w*|wiezien\w*|odpowiedzialn\w*|eksmisj\w*|komornik\w*|pozew|sad\w*|utrat\w*|areszt\w*|odsetk\w*|zwolnieni\w*|punkt\w*)|\bco (?:mi )?grozi\b|\bjaka kara grozi|\bgrozi za\b",
            r"\bnie ma (?:\w+ ){0,1}sensu (?:\w+ ){0,2}(?:zglasza\w*|zglosi\w*|dzwoni\w*|pisa\w*|tego|was|wam|policj\w*|czekac)\b",
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
            # a lost passport, not a lost child
            r"\b(?:zgubil\w*|zaginal\w*|zaginel\w*|zginal\w*|zginel\w*|zniknal\w*|zniknel\w*) (?:\w+ ){0,2}(?:paszport|dowod|portfel|telefon|komork|klucz|dokument|kart[aey]|legitymacj|torebk|plecak|rower|prawo jazdy|zasieg|portmonetk|pieniadz|bagaz|walizk)\w*",
        ]
    )
)

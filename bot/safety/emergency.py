"""Keyword and pattern detection of emergencies, run before (and regardless of) the NLU model.

Patterns work on folded text (lower case, no diacritics), so 'pali się', 'pali sie' and
'PALI SIĘ' are the same. Stems cover inflection; a small allowance for typos is built into the
patterns where residents commonly slip. False alarms cost one extra message; a missed emergency
can cost a life, so the net is deliberately wide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.registry.normalize import fold

Category = Literal["crisis", "danger"]

# Suicide and self-harm: also answered with the crisis lines. 'sie' may stand on either side.
_SELF = r"(sie|soba|sobie)"
_CRISIS = [
    rf"\b{_SELF} (za|ze)?bi(c|je|jesz|ja|l|la)\b",
    rf"\b(za|ze)?bi(c|je|jesz|ja|l|la) {_SELF}\b",
    rf"\bzabij\w* {_SELF}\b",
    r"\bsamob(o|ó)j\w*",
    rf"\bpowies(ic|il|ila|ze|zy|zam)\w* {_SELF}|\b{_SELF} powies\w*",
    rf"\b(potne|potnie|pociac|pocie|podetne|podetnie|podciac) {_SELF}|\b{_SELF} (potne|potnie|pocia|podetn)",
    r"\bpodetn\w* (sobie )?zyl|\bzyly\b",
    r"\b(nie chce|niechce|nie chcem|nie moge|nie mam sily|nie mam po co|nie warto) (juz )?(dalej )?zyc\b",
    r"\bnie chce mi sie (juz )?zyc\b|\bzycie nie ma sensu|\bnie widze sensu (zycia|zyc|w zyciu)?",
    r"\bnie (dam|daje|dajee) (juz )?rady (dluzej|zyc|wiecej)",
    r"\b(skoncze|skonczyc|skonczy|skonczyl) (juz )?(z )?(tym|soba|ze soba|wszystkim|z zyciem)\b",
    rf"\b{_SELF} (z tym )?skoncze|\bze soba skonczyc",
    rf"\b(zrobi|zrobic|zrobie|zrobila|zrobil|zrobisz)\w* {_SELF} krzywd|\b{_SELF} (cos )?zrobi(e|c|)\b|\bcos sobie zrobi\w*",
    r"\b(skocz\w*|rzuc\w* sie) (z|pod|z mostu|z dachu|z okna|z balkonu)|\bchce skoczyc|\bna (moscie|dachu) i (chce|zaraz) skocz",
    r"\b(tabletk\w*|leki|lekow) (zeby|by|i) (umrzec|zasnac|sie otruc|wziac wszystk)|\b(wziac|wezme|lyknac|polknac|polknal\w*|lyknal\w*) wszystkie (tabletki|leki)|\bwszystkie (tabletki|leki) (wziac|wezme)",
    # a whole pack of pills, not 'which medicine to take for a cold'
    r"^(?=.*\b(tabletk|lek|pigul|proszk)\w*)(?=.*\b(wszystk\w*|cale|cala|caly|garsc|opakowanie|naraz)\b)(?=.*\b(wziac|wezme|lyknac|lykne|polknac|polkne|zazyc|zazyje|lyknelam|lyknalem|polknelam|polknalem|wzielam|wzialem)\b)",
    r"\bchce umrzec\b|\bchcialbym umrzec|\bchcialabym umrzec|\bumre dzis",
    r"\bmysli samobojcze\b|\blist pozegnaln\w*|\bpozegnal\w* (sie )?(ze wszystkimi|na zawsze)|\bzegnajcie\b",
    r"\bzegna\w* (sie )?(ze mna|z nami|z wszystkimi)|\bzrobi\w* sobie (cos|krzywde)|\bodejsc na zawsze|\bodejde na zawsze",
    r"\bnie bedzie mnie\b|\bjakby mnie nie bylo|\bgdyby mnie nie bylo",
    r"\botrul\w* sie|\botruc sie|\bprzedawkowa\w*",
]

_DANGER = [
    # violence now
    r"\b(bije|bija|bil|bila|pobil\w*|katuje|dusi|dusza|dusil\w*|kopie|szarpie|tlucze|leje|okłada|oklada) (mnie|ja|go|nas|ich|dziecko|syna|corke|zone|matke|mame|kogos|chlopaka|dziewczyne|brata|siostre|mlodsz\w*|starsz\w*|sasiad\w*)",
    r"\b(bija|bije|pobili|napadli|kopia|leja) (sie|kogos|chlopaka|faceta|mezczyzne|kobiete|dziewczyne|dziecko|starsz\w*)",
    r"\b(maz|zona|partner|ojciec|ojczym|konkubent|syn|sasiad|sasiadka|chlopak|brat|tata|facet|byly)\w* (mnie |nas |ja |go )?(bije|bil|dusi|dusil|grozi|rzuca|atakuje|szarpie|wyzywa i bije)|\brzuca (we mnie|sie na)|\b(mnie|ja|go) (dusi|dusil|dusila|bil|bila)\b",
    r"\bbojk\w*|\bnapad\w*|\bnapadl\w*|\bnapadaj\w*|\bpobicie\b",
    r"\bnoz\w*|\bnozem\b|\bmaczet\w*|\bsiekier\w*|\bpistolet\w*|\bbron (palna|palnej)\b|\b(z|ma|mial|wyciagnal) bronia?\b|\bstrzal\w*|\bstrzela\w*\b(?! (petard|fajerwerk|sztuczn|rac)\w*)|\bdzga\w*|\bdzgn\w*",
    r"\bgroz\w* (mi|nam|jej|mu) (smiercia|zabiciem|nozem|bronia|pobiciem)|\b(zabije|zabijesz|zabija) (mnie|nas|ja|go|cie)\b|\bze (mnie|ja|go|nas) zabij",
    r"\b(chce|chca|chcial\w*|grozi ze) (mnie|nas|ja|go) (zabic|pobic|zgwalcic)",
    r"\bgwalc\w*|\bzgwalc\w*|\bporwa\w*|\bporwal\w*|\buprowadz\w*|\bwciag\w* (mnie |ja |dziewczyn\w* |dziecko |chlopc\w* )?do (auta|samochodu|busa|vana)",
    r"\bratunku\b|\bpomocy+\b( !| szybko| pilnie|!)|^pomocy+ ?!*$|\bsos\b|\bwola o pomoc|\bkrzyczy o pomoc",
    r"\b(nie wypuszcza|zamknal mnie|przetrzymuje) (mnie )?(z|w)? ?(mieszkania|domu|pokoju)?",
    r"\bzamknel\w* sie w (lazience|pokoju|toalecie)|\bschowal\w* sie (w|pod|za)",
    r"\b(bije|bija|katuje|katuja|szarpie|dusi|uderza|uderzyl\w*|pobil\w*|tlucze)\b",
    r"\bnie (pozwala|daje|chce dac) (mi |nam )?(wyjsc|wysiasc|odejsc|przejsc)|\bzamkn\w* (mnie|nas) (w|na)\b|\bjestem zamknieta\b|\bjestem zamkniety\b",
    r"\b(mnie|ja|go|nas) kopie\b|\bkopie (mnie|ja|go|nas)\b",
    r"\bgrozi\w* (mi|nam|mamie|tacie|zonie|mezowi|dziecku|dzieciom|kasjer\w*|sprzedaw\w*|ludziom|sasiad\w*|babci|dziadkowi)\b",
    r"\bzada\w* (pieniedzy|kasy|telefonu|portfela)|\botoczyl\w* (mnie|nas)",
    r"\bokrad(a|aja)\b|\brozbija\w* (samochody|auta|szyby|witryn\w*|sklep)",
    # break-in / crime in progress
    r"\bwlam\w*|\bwlamywacz\w*|\bwlazi\w*|\bwlazl\w*",
    r"\bktos (jest |chodzi |wszedl |wchodzi |dobija sie )?(w|do|po) (moim |moje\w* |naszym |naszego )?(mieszkani\w*|domu|dom|piwnic\w*)",
    r"\b(wywaza|wywazyc|wywazaja|rozbija|rozwala|forsuje|majstruje przy|dobija sie do|wali w) (\w+ )?(drzwi|okno|okna)",
    r"\bwybija\w* szyb\w*|\bzlodziej\w* (wlasnie |teraz )?(jest|sa|wchodzi|wlazi|ucieka)|\b(ukradl|wyrwal|zabral)\w* (mi )?(torebk|telefon|portfel|plecak)\w* i ucieka",
    r"\bucieka w strone\b",
    # fire, gas, explosion
    r"\bpali sie\b|\bsie pali\b|\bpalo sie\b|\bpozar\w*|\bplon\w*|\bogien\b|\bogniem\b|\bdym\w* (z|w|sie|leci|wydobywa)|\bduzo dymu|\bczuc dym",
    r"\b(czuc|czuje|smierdzi|wyciek|ulatnia sie|ulatnia) gaz\w*|\bgaz sie ulatnia|\bwybuch\w*|\beksplozj\w*",
    r"\b(grzebie|dlubie|majstruje)\w* (w|przy) (zamku|drzwiach|oknie)",
    r"\b(bucha|wali|leci|unosi sie|wydobywa sie|kleby)\w* dym\w*|\bdym\w* (bucha|wali|leci)",
    r"\b(czuc|czuje|smierdzi|wyczuwam)\b(\s+\w+){0,2}\s+gaz\w*",
    # medical
    r"\bnieprzytomn\w*|\bstracil\w* przytomnosc|\bnie oddycha\w*|\bnie rusza sie\b|\bsie nie rusza\b|\bzemdlal\w*",
    r"\blezy (na ziemi|na chodniku|na ulicy|na jezdni|na przystanku|na klatce|we krwi|w krwi|w kaluzy|bez ruchu|nieruchomo)|\blezy \w+ (we|w) (krwi|kaluzy)",
    r"\bzawal (serca)?\b|\bzawalu\b|\budar\w*|\bkrwawi\w*|\bkaluzy krwi|\bwe krwi\b|\branny\b|\branni\b|\branna\b|\brannych\b",
    r"\btonie\b|\btona\b|\btopi sie\b|\bsie topi\b|\bwpadl\w* do (wody|stawu|rzeki|jeziora|studni)|\bpod lod(em)? (wpadl|zarwal)|\bzarwal\w* sie (pod nim |pod nia )?lod|\bwpadl\w* pod lod",
    r"\bzaraz (umrze|sie udusi)|\bdusi sie\b|\bnie moze oddychac",
    r"\bpotracon\w*|\bpotracil\w*|\bwypad\w* (samochodow\w*|drogow\w*|na skrzyzowaniu|na drodze|na ulicy)",
    r"(?<!sklep )(?<!szkola )(?<!dzielnicowy )(?<!telefon )(?<!bank )(?<!urzad )\bnie (odpowiada|reaguje)\b(?! na (telefon|maile?|wiadomos\w*|zgloszeni\w*|to))|\bnie (oddycha|daje znaku zycia)\b|\bdocucic\b|\bzaslab\w*",
    r"\blezy na (torach|torowisku|jezdni|ulicy|chodniku|ziemi|podlodze|schodach|przystanku|klatce|trawniku)",
    r"\bwpadl\w* do (wody|stawu|rzeki|jeziora|studni|kanalu|warty|wisly|morza|basenu|zalewu)|\bnie moze wyplynac|\btopi\w*",
    r"\bzakleszcz\w*|\buwiezion\w* w (aucie|samochodzie|windzie|gruzach)",
    # lost or endangered child or missing person now
    r"\b(zgubil\w*|zaginal\w*|zaginel\w*|zginel\w*|zginal\w*|zniknel\w*|zniknal\w*|zginelo|nie moge znalezc) (mi |nam )?(sie )?(moje |nasze |moj |moja )?(dziecko|dziecka|syn\w*|cork\w*|coreczk\w*|dziadek|dziadka|babci\w*|tat\w*|mam\w*)",
    r"\b(dziecko|syn|corka|synek|coreczka|dziadek|babcia|brat|siostra)\w* (sie )?(zgubil\w*|zaginel\w*|zaginal\w*|zniknel\w*|zniknal\w*|nie wrocil\w*)",
    r"\b(dziecko|dzieciak\w*|pies) (zostal\w* )?(sam\w* )?(zamkniet\w*|zamkn\w*) w (\w+ )?(samochodzie|aucie)|\bw (zamknietym|nagrzanym) (aucie|samochodzie)",
    r"\b(niemowl|dziecko|dzieciak|bobas)\w*\b.*\b(zamkniet|zamkn)\w*|\b(zamkniet|zamkn)\w*\b.*\b(niemowl|dziecko|dzieciak|bobas)\w*",
    # drunk driver now
    r"\bpijan\w* (kierowc|kierujac|facet za kierownic|jedzie|prowadzi|wsiad|odjezdza|za kolkiem)",
    r"\b(kierowca|kierujacy|facet|gosc|on|sasiad)\w* (jest )?(kompletnie |totalnie |chyba )?pijan\w*|\bwsiadl\w* pijan\w*|\bpijan\w* wsiadl",
    r"\bjedzie (zygzakiem|slalomem|pod prad)|\bauto (jedzie )?slalomem",
    r"\b(kierowca|kierujacy|kierowcy)\b.*\bpijan\w*|\bpijan\w*\b.*\b(kierownic\w*|kolkiem|ruszyl|odjechal|odjezdza)|\bzatacza\w*",
    # being followed / threatened right now
    r"\bktos (mnie )?(sledzi|idzie za mna|goni|sciga)|\bsledzi mnie\b|\bgoni (mnie|nas)\b",
    r"\b(idzie|jedzie|chodzi|szedl) za mna\b|\bza mna (idzie|jedzie|chodzi)\b",
    r"\bstoi pod (moimi |moim )?(drzwiami|oknem)",
    r"\b(grozi|grozil|grozila|grozili|odgraza)\w*\b.*\b(pod (moim |moimi )?(oknem|drzwiami|domem|blokiem|klatka)|czeka na mnie|obserwuje mnie|patrzy)|\b(pod (moim |moimi )?(oknem|drzwiami|domem)|czeka na mnie|obserwuje mnie)\b.*\b(grozi|grozil|grozila|odgraza)\w*",
    r"\bpilnie potrzebuje (policji|pomocy|karetki)|\bwezwijcie (policje|karetke|pomoc)|\bdzwoncie (po|na) (policje|karetke)",
]

_CRISIS_RE = re.compile("|".join(f"(?:{p})" for p in _CRISIS))
_DANGER_RE = re.compile("|".join(f"(?:{p})" for p in _DANGER))
# Past tense / informational phrasings that are questions about the topic, not an emergency.
_INFORMATIONAL = re.compile(
    r"\b(jak (sie )?(zabezpieczyc|chronic|uniknac|zapobiec|postepowac|rozpoznac|bronic|odzyskac|"
    r"zglosic|zweryfikowac|udzielic)|co (robic|zrobic) (gdy|jesli|jezeli|kiedy|po|przy)|"
    r"(czy|kiedy|od kiedy|gdzie|o ktorej) (mozna|wolno|to legalne)|porad\w*|profilakty\w*|objaw\w*|metod\w*|zabezpieczen\w*|"
    r"pierwsz\w* pomoc\w*|odstrasz\w*|rozpoznani\w*|gluche telefony|jak to (mozliwe|zglosic)|"
    r"jak (pokazac|upozorowac|udawac))"
)

# Phrases that contain an alarm word without describing danger: a hacked account ('włamał się
# na moje konto': change passwords, don't call 112), a dud firework, an officer's phone that
# nobody answers.
_NOT_DANGER = re.compile(
    r"\bwlam\w* (sie )?(na|do) (moj\w* |czyjes\w* |jej |jego )?"
    r"(konto|konta|kont|fejs\w*|facebook\w*|fb|insta\w*|maila?|poczt\w*|skrzynk\w*|profil\w*|"
    r"messenger\w*|whatsapp\w*|bankowosc\w*|komputer\w*|laptop\w*|router\w*|wifi|sieci)\b|"
    r"\bnie wybuchl\w*|\b(telefon|numer|komorka)\w* (do )?(dzielnicow|komisariat|urzed|szkol|"
    r"sklep|bank)\w* nie (odpowiada|odbiera)\b"
)


@dataclass(frozen=True)
class Emergency:
    category: Category


def _normalize(text: str) -> str:
    folded = fold(text)
    folded = re.sub(r"[^\w\s!]", " ", folded)
    return " ".join(folded.split())


def detect(text: str) -> Emergency | None:
    """Return the emergency a message describes, or None. Crisis wins over other danger."""
    normalized = _normalize(text)
    if _CRISIS_RE.search(normalized):
        return Emergency("crisis")
    described = _NOT_DANGER.sub(" ", normalized)
    if _DANGER_RE.search(described) and not _INFORMATIONAL.search(described):
        return Emergency("danger")
    return None

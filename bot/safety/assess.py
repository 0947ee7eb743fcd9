"""Is someone in danger? Danger signs (bot/safety/lexicon.py) weighed against what the message
says about time and purpose.

Three levels:
- urgent: danger now. 112 first, one sentence of what the dispatcher will ask for, then the
  rest of the conversation is interrupted.
- possible: danger words in a message that reads as a question or a past event ('jak pomóc
  komuś, kto się topi', 'tydzień temu ktoś się włamał'). The 112 line goes on top and the
  message is answered as usual: a false alarm costs one line, a miss can cost a life.
- none.

A message with danger signs is urgent unless it reads as a general question or as something
that is over; a call for help ('szybko', 'teraz', 'pomocy') keeps it urgent either way. A past
break-in or theft that is over is not danger at all: the answer about it already says when to
call 112.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.registry.normalize import fold
from bot.safety.lexicon import HARMLESS, SIGNS, Category

Level = Literal["none", "possible", "urgent"]

# A general question about the topic, not a report of what is happening.
_INFORMATIONAL = re.compile(
    "|".join(
        [
            r"\bjak (?:\w+ ){0,1}(?:sie )?(?:zabezpieczyc|zabezpieczac|chronic|uniknac|unikac|zapobiec|zapobiegac|rozpoznac|rozpoznawac|postepowac|zachowac|zachowywac|przygotowac|nauczyc|uczyc|rozmawiac|reagowac|zglosic|zglaszac|udzielic|udzielac|pomagac|bronic|wyglada|wygladaja|dziala|dzialaja|odroznic|sprawdzic|wykryc|ostrzec|uczulic|tlumaczyc|wytlumaczyc|przeszkolic)",
            r"\bco (?:\w+ ){0,1}zrobic z\b",
            r"\b(?:co|jak) (?:\w+ ){0,2}(?:robic|zrobic|nalezy zrobic|trzeba zrobic|powinienem zrobic|powinnam zrobic|sie robi|postapic|reagowac|pomoc) (?:\w+ ){0,1}(?:gdy|jesli|jezeli|kiedy|w razie|w przypadku|jakby|(?<!jak )gdyby|jak ktos|jak sie|po tym jak|zeby|aby)\b",
            r"\b(?:gdy|jesli|jezeli|kiedy|w razie|w przypadku|(?<!jak )gdyby) (?:\w+ ){0,1}(?:ktos|ktokolwiek|czlowiek|dziecko|osoba|zobacze|zobaczysz|zobaczymy|widzisz|spotkam|trafi)\b",
            r"\b(?:czy|kiedy|od kiedy|gdzie|o ktorej|ile|od ilu|do ilu) (?:\w+ ){0,2}(?:mozna|wolno|trzeba|nalezy|musze|musimy|powinienem|powinnam|policja|to prawda|legaln\w*|karaln\w*|przestepstw\w*)",
            r"\b(?:porad\w*|profilakty\w*|zapobieg\w*|prewencj\w*|objaw\w*|sygnal\w* ostrzegawcz\w*|na przyszlosc|hipotetyczn\w*|teoretyczn\w*|statystyk\w*|pogadank\w*|szkoleni\w*|kurs\w*|prezentacj\w*|referat\w*|gazetk\w*|wypracowani\w*|projekt\w*)\b|\bpierwsz\w* pomoc\w* (?:przy|w|po|na|dla)\b|\bjak (?:\w+ ){0,1}sie robi\b|\bile (?:\w+ ){0,2}(?:uciskniec|wdechow)\b",
            r"\bpytam (?:\w+ ){0,1}(?:bo|z ciekawosci|teoretycznie|hipotetycznie|dla|na|w imieniu|ogolnie)|\bz ciekawosci\b|\bna wszelki wypadek\b|\bw razie czego\b",
            r"\bprzed (?:wakacjami|wyjazdem|feriami|sezonem|zima|latem|sylwestrem|swietami|urlopem|weekendem majowym|kapiel\w*|wyjsciem nad)",
            r"\b(?:jaka|jakie|ile|czy) (?:\w+ ){0,1}(?:kara|kary|grzywn\w*|mandat\w*|przepis\w*|prawo|ustaw\w*|paragraf\w*|artykul\w*)\b|\bco (?:\w+ ){0,1}(?:grozi|mowi prawo|mowia przepisy)\b",
            r"\bjak (?:\w+ ){0,2}(?:pomoc|ratowac|postepowac|reagowac) (?:\w+ ){0,1}(?:osobie|komus|ludziom|tonacemu|tonacym|poszkodowanemu|poszkodowanym|choremu|ofierze|ofiarom|ktos)\b",
            r"\bczy (?:\w+ ){0,2}(?:moge|mozemy|musze|musimy|powinienem|powinnam|powinnismy|da sie|warto|jest|sa|to)\b",
            r"\b(?:jaki|jaka|jakie|jakiego|gdzie|pod jaki|na jaki) (?:\w+ ){0,1}(?:numer|telefon)\b|\bgdzie (?:\w+ ){0,1}(?:zadzwonic|zglosic|sie zglosic|oddac|kupic|powiesic|zamontowac|szukac)\b|\b(?:jaki|jaka|jakie) (?:\w+ ){0,2}(?:kupic|wybrac|polecacie|polecasz|najlepsz\w*)\b",
            r"\b(?:rad[ay]?|wskazowk\w*|zasady|legaln\w*|nielegaln\w*|ubezpiecz\w*|odszkodowan\w*|oswiadczeni\w*|formularz\w*)\b|\b(?:chroni|chronia|zabezpiecza|zabezpieczaja|chronic|uchronic) (?:\w+ ){0,2}przed\b|\bjak (?:\w+ ){0,1}(?:tego|temu) (?:unikac|uniknac|zapobiec)",
        ]
    )
)
# Asked in advance or in theory: no danger at all.
_HYPOTHETICAL = re.compile(
    r"\b(?:jak (?:\w+ ){0,1}(?:sie )?(?:uniknac|unikac|zapobiec|zapobiegac|ustrzec|chronic|zabezpieczyc|zabezpieczac|rozpoznac|rozpoznawac|uzywac|obslugiwac|rozpalic|rozpalac|oduczyc|odzwyczaic|wytresowac)|a co (?:jesli|jak|gdy|gdyby)|pytam (?:bo|jako)|przygotowan\w*|przygotowac sie|przed (?:wakacjami|wyjazdem|feriami|sezonem|zima|latem|sylwestrem|swietami|urlopem|majowka|weekendem majowym)|(?:jaki|jaka|jakie|jakiego) (?:\w+ ){0,2}(?:kupic|wybrac|polecacie|polecasz|zamontowac)|na przyszlosc|w przyszlosci|pytam (?:\w+ ){0,1}(?:zawczasu|na przyszlosc|teoretycznie|hipotetycznie|z ciekawosci|na zapas)|hipotetyczn\w*|teoretyczn\w*|zawczasu|zanim (?:\w+ ){0,2}(?:pojedziemy|wyjedziemy|puszcze|pojdziemy|zaczniemy|wyjade|wyjedzie)|na wszelki wypadek|w razie czego|nie chodzi o (?:teraz|ta chwile)|co warto (?:\w+ ){0,1}(?:zamontowac|kupic|zainstalowac|miec)|boje sie (?:\w+ ){0,1}(?:wlaman\w*|kradziez\w*|napad\w*|pozar\w*|wlamywacz\w*|zlodziej\w*)|jak ktos by|(?:co robic|co zrobic|jak sie zachowac|jak sie wydostac) (?:\w+ ){0,1}(?:jakbym|gdybym|jakby ktos)|czy jak (?:\w+ ){0,1}(?:wlamywacz\w*|zlodziej\w*|napastnik\w*|intruz\w*)|szkoleni\w*|pogadank\w*|gazetk\w*|referat\w*|prezentacj\w*|wypracowani\w*|jakie (?:\w+ ){0,1}(?:sa )?objawy|zeby (?:\w+ ){0,1}(?:nikt|nic|nie)|(?<!jak )gdyby|jesli ktos|jezeli ktos|gdy ktos|kiedy ktos|w razie (?:gdyby|jakby)|co by bylo|what (?:to do|should (?:i|we|you) do|do you do|do i do) (?:if|when)|how (?:to|do i|do you|can i|should i) (?:help|prevent|avoid|recognize|rescue|react|protect))\b"
)
# Ongoing for a long time, or only suspected: the 112 line on top, no interruption.
_CHRONIC = re.compile(
    r"\b(?:codziennie|co (?:weekend|tydzien|noc|wieczor|dzien|rano|kilka dni)|na kazdej (?:przerwie|lekcji)|na przerwach|kazdego dnia|za kazdym razem|regularnie|notorycznie|czesto|od (?:miesiecy|miesiaca|lat|roku|tygodni|tygodnia|dawna|kilku dni)|caly czas|podejrzewam|podejrzenie|mam podejrzenia|mam wrazenie|zastanawiam sie|nie wiem czy)\b"
)
# A caller asking for money for a relative's accident or arrest: a scam, answered as one.
_SCAM_STORY = re.compile(
    r"\b(?:kaucj\w*|przelew\w*|gotowk\w*|\d+ ?(?:tys\w*|000|zl\w*)|pieniadz\w*|oszust\w*|wnucz\w*)\b"
)
_SCAM_CALL = re.compile(r"\b(?:zadzwonil\w*|dzwoni\w*|telefon\w*|sms\w*|pisze|napisal\w*|rozmow\w*)\b")
# Something that is over.
_PAST = re.compile(
    r"\b(?:wczoraj|przedwczoraj|wczorajsz\w*|tydzien temu|tygodnie temu|tygodni temu|miesiac temu|miesiace temu|miesiecy temu|rok temu|lata temu|lat temu|dni temu|dzien temu|w zeszlym|w zeszly|w zeszla|w ubieglym|w ubiegly|w ubiegla|w poprzednim|w poprzedni|kiedys|dawno|swego czasu|w zeszlo\w*|ostatnio|niedawno|pare dni|kilka dni|pare tygodni|kilka tygodni|latem|zeszlej nocy|w weekend|w sobote|w niedziele|w piatek|w czwartek|w srode|we wtorek|w poniedzialek|juz po wszystkim|po fakcie|kilka lat|pare lat|odkryl\w*|zastal\w*|po powrocie|wrocil\w* (?:z|do)|juz (?:\w+ ){0,1}nie ma|nikogo (?:\w+ ){0,1}nie ma|juz uciekl\w*|juz odjechal\w*|(?:zeszl|ubiegl|poprzedni)\w* (?:zimy|nocy|jesieni|wiosny|lata|roku|tygodnia|miesiaca|soboty|niedzieli|sezonu|wakacji|ferii)|last (?:week|month|year|night|summer|winter|weekend)|yesterday|\w+ ago|broke into|broken into|while (?:i|we) (?:was|were) away|came home to)\b"
)
# The message asks for help now, whatever else it says.
_NOW = re.compile(
    r"\b(?:wlasnie|w tej chwili|przed chwila|chwile temu|minute temu|minut temu|szybko|pilnie|ratunku|(?<!szukac )(?<!szukam )(?<!potrzebuje )(?<!o )(?<!do )(?<!bez )(?<!po )(?<!pierwszej )(?<!udzielic )(?<!udzielac )(?<!udzielenia )pomocy(?! (?:dla|w|z|przy|prawnej|spolecznej|psychologicznej|jak|gdy|jesli))|pomozcie|pomoz|zaraz|nadal|wciaz|ciagle|dalej (?:lezy|krwawi|jest|sie pali|stoi|nie)|co mam robic|co mam zrobic|slysze|slychac|widze|widac|jest w srodku|sa w srodku|w srodku (?:\w+ ){0,1}(?:ktos|jest|sa|chodzi|siedzi)|ktos (?:\w+ ){0,1}jeszcze (?:jest|chodzi|siedzi|stoi|grzebie)|prosze pomoc|dzieje sie|na zywo|sos|help|now|right now)\b|!{2,}"
)
# 'teraz' also means 'now that it happened' ('jak teraz z odszkodowaniem'): urgent only when
# nothing says the event is over.
_TERAZ = re.compile(r"\b(?:teraz|juz|natychmiast)\b")
# Categories where something over and done is not an emergency: the answer about it suffices.
_OVER_WHEN_PAST: frozenset[Category] = frozenset({"intruder", "accident", "dog_attack", "fire_gas"})
# The danger goes on ('wczoraj pobił, a teraz znowu'): a past event that is not over.
_STILL = re.compile(r"\b(?:(?<!co )teraz|wlasnie|nadal|wciaz|ciagle|znowu|znow|dalej|przed chwila|chwile temu)\b(?! (?:z|ze|o|na) (?:odszkodowan\w*|ubezpiecz\w*|zgloszen\w*|sprawa|sprawy|tym))")
_REFLEXIVE = re.compile(r"\bsie (\w+)")


@dataclass(frozen=True)
class Assessment:
    level: Level = "none"
    category: Category | None = None
    categories: tuple[Category, ...] = field(default=())

    @property
    def alarm(self) -> bool:
        """The 112 line goes on top of the answer."""
        return self.level != "none"

    @property
    def crisis(self) -> bool:
        return "suicide" in self.categories

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "category": self.category, "categories": list(self.categories)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Assessment:
        """The assessment as stored in the parse data by the NLU pipeline."""
        if not data or data.get("level") not in ("possible", "urgent"):
            return NONE
        categories = tuple(data.get("categories") or ([data["category"]] if data.get("category") else []))
        return cls(data["level"], data.get("category"), categories)


NONE = Assessment()


def normalize(text: str) -> str:
    folded = fold(text)
    folded = re.sub(r"[^\w\s!-]", " ", folded).replace("_", " ")
    return " ".join(folded.split())


def danger_categories(normalized: str) -> tuple[Category, ...]:
    described = HARMLESS.sub(" ", normalized)
    # 'się' stands on either side of its verb ('dziadek się dusi', 'dusi się'): the lexicon
    # writes it after, so the message is also read with it moved there.
    described += " # " + _REFLEXIVE.sub(r"\1 sie", described)
    found: list[Category] = []
    for sign in SIGNS:
        if sign.category not in found and sign.matches(described, normalized):
            found.append(sign.category)
    return tuple(found)


def assess(text: str, suspected: bool = False) -> Assessment:
    """`suspected`: the intent classifier ranks the message as an emergency although no danger
    sign matched; it counts as a sign of an unnamed kind, weighed like any other."""
    if text.startswith("/"):  # a button payload
        return NONE
    normalized = normalize(text)
    categories = danger_categories(normalized)
    only_suspected = not categories and suspected
    if only_suspected:
        categories = ("other",)
    if not categories:
        return NONE
    if _SCAM_STORY.search(normalized) and _SCAM_CALL.search(normalized):
        categories = tuple(c for c in categories if c not in ("accident", "violence", "other"))
        if not categories:
            return NONE
    category = categories[0]
    now = bool(_NOW.search(normalized))
    past = bool(_PAST.search(normalized))
    if _HYPOTHETICAL.search(normalized) and not now and category != "suicide":
        return NONE
    informational = bool(_INFORMATIONAL.search(normalized))
    chronic = bool(_CHRONIC.search(normalized))
    if past and set(categories) <= _OVER_WHEN_PAST and not (now or _STILL.search(normalized)):
        return NONE
    if now or not (past or informational or chronic or only_suspected):
        return Assessment("urgent", category, categories)
    return Assessment("possible", category, categories)

"""The emergency assessment: danger signs by category, weighed against time and purpose.

These examples are the developers' own; the figures that count come from sets written by
others (bench/trust.py). Here: each kind of sign, each modifier, and the guarantees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety.assess import assess
from bot.safety.messages import alarm_replies, call_112, crisis_lines, tip

NLU_DIR = Path(__file__).resolve().parent.parent / "nlu_data" / "nlu"


def training_examples(intent: str, *, team_only: bool = False) -> list[str]:
    found: list[str] = []
    for path in NLU_DIR.rglob("*.yml"):
        if team_only and "written_apart" in path.parts:
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if item.get("intent") == intent:
                found += [
                    line.strip()[2:] for line in item["examples"].splitlines() if line.strip()
                ]
    return found


def test_every_emergency_training_example_raises_the_alarm() -> None:
    # The team's own examples. The spent test sets (written_apart/) are learnt by the
    # classifier, whose suspicion adds to the danger signs; bench/trust.py measures both.
    examples = training_examples("emergency", team_only=True)
    assert len(examples) >= 60
    assert [e for e in examples if not assess(e).alarm] == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # what a witness sees, without the word for the emergency
        ("chłopak wypłynął daleko od brzegu i co chwilę znika pod wodą", "drowning"),
        ("starszy pan w kapciach chodzi po osiedlu, jest minus dziesięć, nie wie gdzie mieszka",
         "hypothermia"),
        ("mama przewróciła się w łazience i nie może wstać", "medical"),
        ("tata ma krzywą twarz i nagle bełkocze", "medical"),
        ("dziadka boli w klatce i jest cały mokry od potu", "medical"),
        ("synek połknął baterię", "medical"),
        ("koleżanka łyknęła całe opakowanie tabletek nasennych", "medical"),
        ("dziecko ma drgawki i pianę na ustach", "medical"),
        ("sąsiad leży na klatce schodowej i się nie rusza", "medical"),
        ("pies rzucił się na dziecko i je pogryzł, leje się krew", "dog_attack"),
        ("w łazience piecyk, wszystkich nas boli głowa i mamy mdłości", "fire_gas"),
        ("czuć gaz na klatce", "fire_gas"),
        ("z okna sąsiadów leci czarny dym", "fire_gas"),
        ("słyszę kroki w domu, a jestem sama", "intruder"),
        ("ktoś szarpie za klamkę i próbuje otworzyć drzwi", "intruder"),
        ("facet macha nożem przed sklepem", "weapon"),
        ("za ścianą krzyk kobiety i huk jakby coś rzucali", "violence"),
        ("dwóch typów okłada chłopaka pod blokiem", "violence"),
        ("zgubił mi się synek w galerii", "missing_person"),
        ("babcia z demencją wyszła rano i nie wróciła", "missing_person"),
        ("auto wjechało w rowerzystę, leży na jezdni", "accident"),
        ("facet pijany w sztok wsiada do auta pod sklepem", "drunk_driver"),
        ("przed nami auto jedzie zygzakiem od krawężnika do krawężnika", "drunk_driver"),
        ("przyjaciółka napisała, że wszystkim będzie lepiej bez niej", "suicide"),
        ("dziewczyna stoi za barierką na moście i płacze", "suicide"),
        ("my friend collapsed and is not breathing", "medical"),
        ("chłopak stoi po zewnętrznej stronie barierki na wiadukcie", "suicide"),
        ("odkładałam tabletki przez miesiąc, dziś wezmę je wszystkie naraz", "suicide"),
        ("kolega napisał, że to jego ostatni dzień", "suicide"),
        ("wnuczek wypił płyn do mycia naczyń", "medical"),
        ("pan złapał się za serce i osunął na chodnik", "medical"),
        ("zgubiła nam się 5-latka w parku", "missing_person"),
        ("córka wyszła po kłótni trzy godziny temu i nie odbiera", "missing_person"),
        ("ktoś wierci w zamku naszych drzwi", "intruder"),
        ("w altance nikt nie otwiera, w nocy było -15, a mieszka tam starszy pan", "hypothermia"),
        ("someone went under in the pond and did not come up", "drowning"),
        ("my dad's face is drooping and his speech is slurred", "medical"),
        ("syn ma 41 stopni gorączki i majaczy", "medical"),
        ("córka uderzyła się w głowę i wymiotuje", "medical"),
        ("wnuczek wyjadł całe opakowanie witamin", "medical"),
        ("napisał list do rodziców i nie odbiera telefonu", "suicide"),
        ("przewrócił się kajak, jednego chłopaka nie widać", "drowning"),
        ("dzieci weszły na lód na stawie i lód trzeszczy", "drowning"),
        ("mieszkam sama, a w kuchni ktoś rozmawia", "intruder"),
        ("kierowca w stanie upojenia alkoholowego uruchamia silnik", "drunk_driver"),
        ("syn miał wrócić ze szkoły o 14, jest 18 i nie odbiera", "missing_person"),
        ("facet bije kobietę w tramwaju, a wszyscy jadą jak gdyby nigdy nic", "violence"),
        ("połykam wszystko, co mam w apteczce", "suicide"),
        ("sąsiedzi wyjechali na ferie, a u nich w oknach świeci latarka", "intruder"),
        ("ugryzła go żmija, ręka puchnie", "medical"),
        ("pod gruzem po zawalonym balkonie ktoś jęczy", "accident"),
        ("kierowca śpi z głową na kierownicy na światłach", "drunk_driver"),
        ("kamera pokazuje dwóch ludzi w oborze, a my jesteśmy w kościele", "intruder"),
        ("oddał mi zegarek, powiedział, że już mu nie będzie potrzebny", "suicide"),
        ("tramwaj odjechał z moim synem, a ja zostałam na przystanku", "missing_person"),
        ("koledze chlusnęło w oczy środkiem do czyszczenia, nic nie widzi", "medical"),
        ("dźwig upuścił paletę na robotnika", "accident"),
        ("mąż po całej flaszce wsiadł do auta", "drunk_driver"),
        # signs generalized from sealed set 12's misses, in other words
        ("trzylatek sam na ulicy, płacze", "missing_person"),
        ("dziecku utknęła głowa w balustradzie i robi się niebieskie", "medical"),
        ("wzięła coś od obcego na koncercie i teraz wymiotuje", "medical"),
        ("w aucie na parkingu niemowlę, całe spocone, płacze", "other"),
        ("dwóch kopie leżącego chłopaka pod sklepem", "violence"),
        ("za ścianą kobieta krzyczy: puść mnie!", "violence"),
        ("sąsiad nie odbiera telefonu, mieszka sam, a spod drzwi czuć smród", "other"),
        ("my daughter got lost in the mall", "missing_person"),
        ("he took too many pills and we can't wake him", "medical"),
        ("siedzi w garażu w aucie, silnik chodzi", "suicide"),
        ("ciężarówka rozjechała rowerzystę na rondzie", "accident"),
        ("drzewo runęło na samochód, kierowca jest w środku", "accident"),
        ("żona po śmierci syna mówi, że pójdzie do niego, i wyszła", "suicide"),
        ("brat napisał, że już nie wróci, zajmij się mamą", "suicide"),
        ("kolega wpadł pod lód na glinankach", "drowning"),
    ],
)
def test_danger_now_is_urgent_with_its_kind(text: str, category: str) -> None:
    found = assess(text)
    assert found.level == "urgent", found
    assert category in found.categories, found


def test_reflexive_pronoun_on_either_side_of_the_verb() -> None:
    assert assess("dziadek się dusi").level == "urgent"
    assert assess("dziadek dusi się").level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "jak pomóc komuś, kto się topi? pytam przed wakacjami",
        "jakie są objawy zatrucia czadem",
        "jaki czujnik czadu kupić i gdzie go powiesić",
        "czy mogę uderzyć złodzieja, który włamuje się do mojego domu? pytam teoretycznie",
        "boję się włamania, co warto zamontować w drzwiach?",
        "jak ktoś by się włamywał w nocy, to dzwonić na 112?",
        "pozycja boczna po omdleniu, nie chodzi o teraz, robimy projekt",
    ],
)
def test_questions_asked_in_advance_are_no_emergency(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "tydzień temu ktoś się włamał do piwnicy, co teraz",
        "wczoraj potrąciłem sarnę, auto rozbite, jak teraz z odszkodowaniem",
        "wróciłam z pracy, drzwi wyważone, złodziei już nie ma",
        "zeszłej zimy potrącił mnie samochód na pasach, należy mi się odszkodowanie?",
        "someone broke into my car last week, how do I report it",
    ],
)
def test_a_break_in_or_crash_that_is_over_is_no_emergency(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "wczoraj mama zemdlała, dziś czuje się dobrze, iść do lekarza?",  # over, but health
        "podejrzewam, że sąsiad bije żonę",  # suspected: the line on top, no interruption
        "czy policja może wyrzucić męża z mieszkania, jeśli mnie bije",
    ],
)
def test_mixed_evidence_puts_112_on_top_without_interrupting(text: str) -> None:
    assert assess(text).level == "possible"


def test_an_intruder_still_inside_is_urgent_after_coming_home() -> None:
    text = "wróciłam do domu, drzwi wyważone, a w środku ktoś jeszcze chodzi"
    assert assess(text).level == "urgent"


def test_a_call_for_help_keeps_a_question_urgent() -> None:
    assert assess("co mam robić, tata nie oddycha, szybko").level == "urgent"
    assert assess("słyszę jak ktoś majstruje przy drzwiach").level == "urgent"


def test_the_classifier_suspicion_counts_as_a_sign() -> None:
    assert assess("coś jest bardzo nie tak z moim dzieckiem").level == "none"
    # The classifier alone puts the 112 line on top; with a call for help it is urgent.
    assert assess("coś jest bardzo nie tak z moim dzieckiem", suspected=True).level == "possible"
    assert assess("coś jest nie tak z dzieckiem, szybko", suspected=True).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "kto jest moim dzielnicowym?",
        "jak zabezpieczyć mieszkanie przed wyjazdem na wakacje",
        "co to jest Niebieska Karta",
        "Piotrkowska 120",
        "ktos strzela petardami pod blokiem co wieczor",
        "ktoś się włamał na mojego fejsa",
        "petarda nie wybuchła, co robić",
        "telefon do dzielnicowego nie odpowiada",
        "serce mi bije jak szalone przed egzaminem",
        "sąsiad pali papierosy na balkonie i dym leci do mnie",
        "jaki karabin jest najlepszy w call of duty",
        "syn zgubił paszport na wycieczce, co teraz",
        "sąsiad wierci i trzaska drzwiami od rana",
        "what should I do if I see someone drowning",
        "jaki krem na oparzenie słoneczne",
        "po klasie krąży zdjęcie koleżanki, ma 14 lat",
        "jak rozpalić grilla bez podpałki",
        "czy za wykroczenie grozi mi mandat",
        "czujnik dymu w kuchni czy w przedpokoju?",
        "nie ma sensu nic zgłaszać, i tak nic z tym nie zrobicie",
        "sąsiad pali śmieci, czarny dym leci na nasze pranie",
        "mój tata mieszka sam i nie odbierając mu samodzielności chcę mu pomóc",
        "/faq{\"topic\": \"fire_safety\"}",
    ],
)
def test_ordinary_messages_are_no_alarm(text: str) -> None:
    assert not assess(text).alarm, assess(text)


def test_non_emergency_training_data_raises_few_alarms() -> None:
    others = [
        text
        for intent in (
            "greet",
            "help",
            "find_officer",
            "inform_address",
            "report_status",
            "subscribe_tips",
            "my_data",
            "out_of_scope",
        )
        for text in training_examples(intent)
    ]
    false_alarms = [t for t in others if assess(t).alarm]
    assert len(false_alarms) <= len(others) // 100, false_alarms


def test_urgent_gets_112_and_what_to_do_first_in_one_message() -> None:
    [first] = alarm_replies(assess("z okna sąsiadów leci czarny dym"))
    assert first.startswith("🚨") and "112" in first
    assert first == f"{call_112()}\n{tip('fire_gas')}"
    assert "gaz" in tip("fire_gas")


def test_possible_gets_the_112_line_alone() -> None:
    assert alarm_replies(assess("podejrzewam, że sąsiad bije żonę")) == [call_112()]


def test_crisis_also_gets_the_crisis_lines() -> None:
    replies = alarm_replies(assess("nie chcę już żyć"))
    assert replies[0].startswith(call_112()) and replies[1] == crisis_lines()
    for number in ("116 123", "800 70 2222", "116 111"):
        assert number in replies[1]


def test_the_112_line_does_not_promise_that_anyone_reads_the_chat() -> None:
    text = call_112()
    assert "dzwoń pod 112" in text
    assert "Nikt z policji nie czyta tego czatu" in text
    assert "nie jest monitorowany całą dobę" not in text

"""Issue #10 through Telegram: emergencies in other people's words, abstaining instead of
guessing, declining what is out of scope, and an address form that never loses an address."""

from __future__ import annotations

import asyncio
import itertools

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.safety.messages import call_112, tip
from tests.e2e.conftest import Bot
from tests.fake_telegram import Sent

NOT_SURE = "Nie mam na to pewnej odpowiedzi"
# A new chat for every conversation: the model (and its conversations) outlive each test.
_chats = itertools.count(7000)


def answer_text(key: str) -> str:
    """The first line of a safety answer, as the resident sees it."""
    for path in (PROJECT_ROOT / "nlu_data" / "nlu" / "faq").glob("*.yml"):
        responses = yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {}
        if f"utter_faq/{key}" in responses:
            return str(responses[f"utter_faq/{key}"][0]["text"]).split("\n")[0]
    raise KeyError(key)


def decline_text() -> str:
    domain = yaml.safe_load((PROJECT_ROOT / "domain" / "responses.yml").read_text("utf-8"))
    return str(domain["responses"]["utter_out_of_scope"][0]["text"])


async def first_replies(
    bot: Bot, messages: dict[int, str], count: int = 1
) -> dict[int, list[Sent]]:
    for chat, text in messages.items():
        bot.telegram.push_text(chat, text)
    replies = await asyncio.gather(*(bot.telegram.wait_for(chat, count) for chat in messages))
    return dict(zip(messages, replies, strict=True))


# Every class of issue #10 item 1: third person, what a witness sees, lay words for medical
# signs, without naming the emergency.
EMERGENCIES = {
    "medical": [
        "mój tata upadł w kuchni i nie odpowiada, oczy ma otwarte",
        "babcia nagle mówi niewyraźnie i opadł jej kącik ust",
        "kolega łyknął całą paczkę tabletek nasennych",
        "syn zjadł orzeszki i świszczy jak oddycha, puchnie mu twarz",
        "sąsiad ma drgawki na chodniku",
        "dziadek trzyma się za klatkę, mówi że piecze, jest cały spocony",
        "mama spadła ze schodów i leci jej krew z głowy",
    ],
    "drowning": ["chłopak wypłynął daleko i co chwilę znika pod wodą, macha rękami"],
    "hypothermia": [
        "przy przystanku leży pan w samej koszuli, jest minus 12 i nie reaguje",
        "starszy pan w kapciach chodzi po osiedlu, jest mróz, nie wie gdzie mieszka",
    ],
    "missing_person": [
        "zgubił mi się synek w galerii, ma 4 lata",
        "babcia z alzheimerem wyszła z domu i nie wróciła",
    ],
    "dog_attack": ["pies rzucił się na córkę i ją pogryzł, leje się krew"],
    "fire_gas": [
        "z okna sąsiadów leci czarny dym",
        "w całej klatce śmierdzi gazem",
        "w łazience mamy piecyk i wszystkich nas boli głowa i mdli",
    ],
    "intruder": ["słyszę kroki w mieszkaniu, a jestem sama w domu"],
    "violence": ["za ścianą krzyk kobiety i huk, jakby ktoś nią rzucał"],
    "weapon": ["facet wymachuje maczetą przed Żabką"],
    "suicide": ["przyjaciółka napisała, że wszystkim będzie lepiej bez niej i nie odbiera"],
    "accident": ["auto potrąciło rowerzystę, leży na jezdni i się nie rusza"],
    "drunk_driver": ["gość pijany w sztok wsiada za kółko pod monopolowym"],
}


async def test_every_kind_of_emergency_gets_112_first_with_what_to_do(bot: Bot) -> None:
    cases = [(c, t) for c, texts in EMERGENCIES.items() for t in texts]
    chats = {next(_chats): text for _, text in cases}
    replies = await first_replies(bot, chats)
    for (category, text), chat in zip(cases, chats, strict=True):
        [first] = replies[chat]
        assert first.text.startswith(call_112()), (text, first.text)
        assert tip(category) in first.text, (category, text, first.text)


async def test_a_non_urgent_message_that_trips_the_net_still_gets_its_answer(bot: Bot) -> None:
    chat = next(_chats)
    bot.telegram.push_text(chat, "podejrzewam, że sąsiad bije żonę, co mogę zrobić?")
    banner, *rest = await bot.telegram.wait_for(chat, 2)
    assert banner.text == call_112()  # the line on top, no interruption
    assert rest[0].text.split("\n")[0] == answer_text("domestic_violence_neighbor")


async def test_a_question_asked_in_advance_gets_no_alarm_and_its_answer(bot: Bot) -> None:
    chat = next(_chats)
    bot.telegram.push_text(chat, "jakie są objawy zatrucia czadem i jak się przed nim chronić?")
    [answer] = await bot.telegram.wait_for(chat, 1)
    assert answer.text.split("\n")[0] == answer_text("carbon_monoxide")


async def test_an_uncovered_question_gets_not_sure_topics_and_the_officer(bot: Bot) -> None:
    chat = next(_chats)
    bot.telegram.push_text(chat, "ile kosztuje pozwolenie na broń myśliwską i gdzie je złożyć")
    [reply] = await bot.telegram.wait_for(chat, 1)
    assert reply.text.startswith(NOT_SURE)
    assert "dzielnicowego" in reply.text
    assert reply.buttons and reply.buttons[-1]["callback_data"] == "/find_officer"
    assert all(len(b["callback_data"].encode()) <= 64 for b in reply.buttons)


async def test_pressing_a_suggested_topic_gives_that_answer(bot: Bot) -> None:
    chat = next(_chats)
    bot.telegram.push_text(chat, "coś mi się wydaje podejrzane z tym telefonem od wnuczka")
    [reply] = await bot.telegram.wait_for(chat, 1)
    topics = [b for b in reply.buttons if b["callback_data"].startswith("/faq")]
    if not reply.text.startswith(NOT_SURE):
        pytest.skip("the model answered this one outright")
    assert topics, reply.buttons
    key = topics[0]["callback_data"].split('"')[-2]
    bot.telegram.push_button(chat, reply, topics[0]["callback_data"])
    answer = await bot.telegram.wait_for_text(chat, answer_text(key)[:30])
    assert answer.text.split("\n")[0] == answer_text(key)


@pytest.mark.parametrize(
    "text",
    [
        "what time is it in New York right now?",
        "jaka pogoda będzie jutro w Łodzi",
        "jesteś żałosnym botem, nikt was nie potrzebuje",
        "podaj przepis na sernik",
    ],
)
async def test_out_of_scope_and_abuse_are_declined_never_answered(bot: Bot, text: str) -> None:
    chat = next(_chats)
    bot.telegram.push_text(chat, text)
    [reply] = await bot.telegram.wait_for(chat, 1)
    assert reply.text in (decline_text(),) or reply.text.startswith(NOT_SURE), reply.text
    assert not reply.text.startswith("🚨")


async def _in_the_address_form(bot: Bot, chat: int) -> None:
    bot.telegram.push_text(chat, "kto jest moim dzielnicowym?")
    await bot.telegram.wait_for_text(chat, "Podaj adres")


async def test_in_the_form_a_bare_street_name_is_taken_as_the_address(bot: Bot) -> None:
    chat = next(_chats)
    await _in_the_address_form(bot, chat)
    bot.telegram.push_text(chat, "Kilińskiego")
    question = await bot.telegram.wait_for_text(chat, "W której")
    assert {b["text"] for b in question.buttons} == {"Łódź", "Pabianice"}
    assert not any("Do widzenia" in s.text for s in bot.telegram.sent_to(chat))


async def test_in_the_form_an_address_in_a_formal_letter_gets_the_card(bot: Bot) -> None:
    chat = next(_chats)
    await _in_the_address_form(bot, chat)
    bot.telegram.push_text(
        chat,
        "Szanowni Państwo, uprzejmie proszę o wskazanie dzielnicowego właściwego dla adresu "
        "ul. Wólczańska 15, 90-001 Łódź, pod którym mieszka moja mama. Z poważaniem, J. Nowak",
    )
    card = await bot.telegram.wait_for_text(chat, "Twój dzielnicowy")
    assert "ul. Wólczańska 15, Łódź" in card.text


async def test_a_town_outside_the_registry_is_named_never_another_towns_officer(bot: Bot) -> None:
    chat = next(_chats)
    bot.telegram.push_text(chat, "kto jest dzielnicowym dla Piotrkowska 10, Kraków?")
    reply = await bot.telegram.wait_for_text(chat, "nie należy do obszaru")
    assert "Kraków" in reply.text and "Łódź" in reply.text and "Zgierz" in reply.text
    assert not any("Twój dzielnicowy" in s.text for s in bot.telegram.sent_to(chat))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("mój adres to alei Pierwszego Maja 7", "al. 1 Maja 7"),
        ("dzielnicowy dla księdza Skorupki 3", "ul. Ks. Ignacego Skorupki 3"),
        ("kto jest dzielnicowym na szóstego sierpnia 3", "ul. 6 Sierpnia 3"),
        ("mieszkam na Rewolucji 1905 roku 80", "ul. Rewolucji 1905 r. 80"),
        ("a jak mieszkam na Zielonej 12b to kto jest dzielnicowym?", "ul. Zielona 12b"),
    ],
)
async def test_official_abbreviations_dates_and_letter_suffixes(
    bot: Bot, text: str, street: str
) -> None:
    chat = next(_chats)
    bot.telegram.push_text(chat, text)
    card = await bot.telegram.wait_for_text(chat, "Twój dzielnicowy")
    assert f"{street}, Łódź" in card.text

"""A probe of leader-contact paraphrases: each sentence written for this test, none copied from an
article, with the contacts it states (pair, status, date) or none.

Published on Saturday 8 November 2025: "Thursday" is 6 November, "on Tuesday" of a plan the 11th.
Statuses: H happened, P planned, S speculated, D denied. `NOT` means the sentence may yield a
fact for the pair but none that happened (a cancelled, denied or proposed contact).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from watcher.models import Status

SATURDAY = date(2025, 11, 8)
MON, TUE, WED, THU, FRI = (date(2025, 11, d) for d in (3, 4, 5, 6, 7))
NEXT_MON, NEXT_TUE, NEXT_WED = (date(2025, 11, d) for d in (10, 11, 12))
_STATUS = {
    "H": Status.HAPPENED,
    "P": Status.PLANNED,
    "S": Status.SPECULATED,
    "D": Status.DENIED,
}
NOT = "NOT"

Expected = list[tuple[str, str, str, date | None]] | str

CASES: list[tuple[str, str, Expected]] = [
    # --- plain reports (baseline) ---------------------------------------------------------
    ("plain-1", "Trump spoke with Xi Jinping by phone on Thursday.", [("Trump", "Xi", "H", THU)]),
    (
        "plain-2",
        "Xi Jinping met Vladimir Putin in Moscow on Wednesday.",
        [("Putin", "Xi", "H", WED)],
    ),
    (
        "plain-3",
        "Narendra Modi and Mark Carney held talks on Friday.",
        [("Carney", "Modi", "H", FRI)],
    ),
    (
        "plain-4",
        "Keir Starmer phoned Emmanuel Macron on Monday.",
        [("Macron", "Starmer", "H", MON)],
    ),
    ("plain-5", "Lula and Xi Jinping had a video call on Tuesday.", [("Lula", "Xi", "H", TUE)]),
    (
        "plain-6",
        "Claudia Sheinbaum talked to Mark Carney on Wednesday about steel.",
        [("Carney", "Sheinbaum", "H", WED)],
    ),
    (
        "plain-7",
        "On Thursday, Giorgia Meloni met Friedrich Merz in Rome.",
        [("Meloni", "Merz", "H", THU)],
    ),
    (
        "plain-8",
        "Erdogan held a telephone conversation with Putin on Friday.",
        [("Erdogan", "Putin", "H", FRI)],
    ),
    (
        "plain-9",
        "Anthony Albanese and Xi Jinping shook hands in Beijing on Tuesday.",
        [("Albanese", "Xi", "H", TUE)],
    ),
    (
        "plain-10",
        "Cyril Ramaphosa sat down with Narendra Modi on Wednesday.",
        [("Modi", "Ramaphosa", "H", WED)],
    ),
    # --- host / guest -----------------------------------------------------------------------
    (
        "host-1",
        "Xi Jinping will host Vladimir Putin in Beijing on Tuesday.",
        [("Putin", "Xi", "P", NEXT_TUE)],
    ),
    (
        "host-2",
        "Xi Jinping is due to host Narendra Modi in Beijing on Monday.",
        [("Modi", "Xi", "P", NEXT_MON)],
    ),
    (
        "host-3",
        "Putin is set to host Modi in Moscow on Wednesday.",
        [("Modi", "Putin", "P", NEXT_WED)],
    ),
    (
        "host-4",
        "Trump welcomed Mark Carney to the White House on Tuesday.",
        [("Carney", "Trump", "H", TUE)],
    ),
    (
        "host-5",
        "Xi Jinping welcomed Lula to the Great Hall of the People on Wednesday.",
        [("Lula", "Xi", "H", WED)],
    ),
    (
        "host-6",
        "Lula was received by Xi Jinping in Beijing on Wednesday.",
        [("Lula", "Xi", "H", WED)],
    ),
    (
        "host-7",
        "Modi was received by Putin at the Kremlin on Thursday.",
        [("Modi", "Putin", "H", THU)],
    ),
    (
        "host-8",
        "Xi Jinping hosted Anthony Albanese for dinner on Thursday.",
        [("Albanese", "Xi", "H", THU)],
    ),
    (
        "host-9",
        "Sheinbaum was hosted by Carney in Ottawa on Wednesday.",
        [("Carney", "Sheinbaum", "H", WED)],
    ),
    (
        "host-10",
        "Modi was welcomed by Putin at the airport on Thursday.",
        [("Modi", "Putin", "H", THU)],
    ),
    (
        "host-11",
        "Starmer will welcome Carney to Downing Street on Wednesday.",
        [("Carney", "Starmer", "P", NEXT_WED)],
    ),
    (
        "host-12",
        "Trump will host Xi Jinping at the White House on Monday.",
        [("Trump", "Xi", "P", NEXT_MON)],
    ),
    (
        "host-13",
        "Macron is due to host Lula in Paris on Tuesday.",
        [("Lula", "Macron", "P", NEXT_TUE)],
    ),
    (
        "host-14",
        "Xi Jinping received Emmanuel Macron in Beijing on Wednesday.",
        [("Macron", "Xi", "H", WED)],
    ),
    (
        "host-15",
        "Putin hosted Erdogan at his residence on Monday.",
        [("Erdogan", "Putin", "H", MON)],
    ),
    (
        "host-16",
        "Trump plans to host Lee Jae-myung at the White House on Monday.",
        [("Lee", "Trump", "P", NEXT_MON)],
    ),
    # --- X verbed Y in a phone call ---------------------------------------------------------
    (
        "phone-1",
        "Trump told Xi Jinping in a phone call on Thursday that soybean purchases must resume.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "phone-2",
        "Trump thanked Xi Jinping in a call on Thursday for the soybean purchases.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "phone-3",
        "Macron urged Xi Jinping in a phone call on Tuesday to press Moscow.",
        [("Macron", "Xi", "H", TUE)],
    ),
    (
        "phone-4",
        "Carney assured Sheinbaum in a phone call on Monday that Canada would coordinate.",
        [("Carney", "Sheinbaum", "H", MON)],
    ),
    (
        "phone-5",
        "Starmer raised the steel tariffs with Trump in a phone call on Wednesday.",
        [("Starmer", "Trump", "H", WED)],
    ),
    (
        "phone-6",
        "Putin congratulated Erdogan in a telephone call on Friday.",
        [("Erdogan", "Putin", "H", FRI)],
    ),
    (
        "phone-7",
        "Modi invited Putin to New Delhi in a phone call on Tuesday.",
        [("Modi", "Putin", "H", TUE)],
    ),
    (
        "phone-8",
        "Lula told Xi Jinping in a video call on Monday that Brazil wanted more investment.",
        [("Lula", "Xi", "H", MON)],
    ),
    (
        "phone-fronted-1",
        "In a phone call on Wednesday, Putin assured Modi that oil deliveries would continue.",
        [("Modi", "Putin", "H", WED)],
    ),
    (
        "phone-fronted-2",
        "During a video call on Monday, Xi Jinping told Lula that China would buy more beef.",
        [("Lula", "Xi", "H", MON)],
    ),
    (
        "phone-fronted-3",
        "In a call on Thursday, Trump pressed Xi Jinping on fentanyl.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "phone-fronted-4",
        "In a telephone conversation on Tuesday, Merz asked Trump to spare German cars.",
        [("Merz", "Trump", "H", TUE)],
    ),
    (
        "phone-mid-1",
        "Xi Jinping, in a phone call with Trump on Friday, urged caution on Taiwan.",
        [("Trump", "Xi", "H", FRI)],
    ),
    (
        "phone-mid-2",
        "Carney, in a call with Sheinbaum on Thursday, proposed a joint steel policy.",
        [("Carney", "Sheinbaum", "H", THU)],
    ),
    (
        "phone-mid-3",
        "Putin, during a phone call with Modi on Tuesday, praised the oil trade.",
        [("Modi", "Putin", "H", TUE)],
    ),
    (
        "phone-told-1",
        "Xi told Putin in a call that China would keep buying oil.",
        [("Putin", "Xi", "H", None)],
    ),
    (
        "phone-told-2",
        "Xi Jinping told Vladimir Putin in a call on Friday that China would deepen ties.",
        [("Putin", "Xi", "H", FRI)],
    ),
    (
        "phone-told-3",
        "Trump told Carney in a phone call on Monday that tariffs could rise.",
        [("Carney", "Trump", "H", MON)],
    ),
    (
        "phone-told-4",
        "Modi told Putin on the phone on Thursday that India would keep buying oil.",
        [("Modi", "Putin", "H", THU)],
    ),
    # --- during their meeting -----------------------------------------------------------------
    (
        "during-1",
        "Trump and Xi Jinping met in Busan on Thursday. "
        "During their meeting, Xi proposed a new trade channel.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "during-2",
        "During their meeting on Thursday, Xi Jinping told Trump that China would buy soybeans.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "during-3",
        "During their talks on Wednesday, Putin offered Modi a discount on crude.",
        [("Modi", "Putin", "H", WED)],
    ),
    (
        "during-4",
        "At their meeting in Beijing on Tuesday, Albanese raised trade barriers with Xi Jinping.",
        [("Albanese", "Xi", "H", TUE)],
    ),
    (
        "during-5",
        "During their summit on Thursday, Trump and Xi Jinping agreed to cut tariffs.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "during-6",
        "During his meeting with Putin on Friday, Erdogan proposed a ceasefire.",
        [("Erdogan", "Putin", "H", FRI)],
    ),
    # --- greeting -----------------------------------------------------------------------------
    (
        "greet-1",
        "Xi Jinping greeted Anthony Albanese at the Great Hall of the People on Tuesday.",
        [("Albanese", "Xi", "H", TUE)],
    ),
    (
        "greet-2",
        "Greeting Modi at the airport on Thursday, Putin embraced his guest.",
        [("Modi", "Putin", "H", THU)],
    ),
    (
        "greet-3",
        "Trump greeted Xi Jinping with a handshake at the airbase on Thursday.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "greet-4",
        "Putin was greeted by Xi Jinping at the airport on Monday.",
        [("Putin", "Xi", "H", MON)],
    ),
    # --- the call covered, rated his meeting -------------------------------------------------
    (
        "covered-1",
        "Trump and Xi Jinping spoke by phone on Friday. "
        "The call covered fentanyl, soybeans and TikTok.",
        [("Trump", "Xi", "H", FRI)],
    ),
    (
        "covered-2",
        "The call between Trump and Xi Jinping on Friday covered fentanyl and soybeans.",
        [("Trump", "Xi", "H", FRI)],
    ),
    (
        "covered-3",
        "The meeting between Modi and Putin on Thursday covered oil and arms.",
        [("Modi", "Putin", "H", THU)],
    ),
    (
        "rated-1",
        "Trump rated his meeting with Xi Jinping a 12 out of 10.",
        [("Trump", "Xi", "H", None)],
    ),
    (
        "rated-2",
        "Putin described his talks with Modi as warm and constructive.",
        [("Modi", "Putin", "H", None)],
    ),
    (
        "rated-3",
        "Carney called his meeting with Trump on Tuesday very constructive.",
        [("Carney", "Trump", "H", TUE)],
    ),
    (
        "rated-4",
        "Lula hailed his meeting with Xi Jinping as historic.",
        [("Lula", "Xi", "H", None)],
    ),
    # --- fresh from, speaking after -----------------------------------------------------------
    (
        "fresh-1",
        "Fresh from a summit with Xi Jinping, Trump said tariffs on China would fall.",
        [("Trump", "Xi", "H", None)],
    ),
    (
        "fresh-2",
        "Trump, fresh from his summit with Xi Jinping, said tariffs would fall.",
        [("Trump", "Xi", "H", None)],
    ),
    (
        "fresh-3",
        "Fresh from talks with Putin, Modi said India would keep buying oil.",
        [("Modi", "Putin", "H", None)],
    ),
    (
        "after-1",
        "Speaking after a meeting with Xi Jinping, Trump said the two sides agreed on soybeans.",
        [("Trump", "Xi", "H", None)],
    ),
    (
        "after-2",
        "Speaking after his talks with Putin on Thursday, Modi said trade would double.",
        [("Modi", "Putin", "H", THU)],
    ),
    (
        "after-3",
        "Modi, speaking after a meeting with Putin, said trade would double.",
        [("Modi", "Putin", "H", None)],
    ),
    (
        "after-4",
        "Speaking to reporters after his call with Xi Jinping, Trump said a deal was close.",
        [("Trump", "Xi", "H", None)],
    ),
    (
        "after-5",
        "Returning from his meeting with Xi Jinping, Trump said tariffs would come down.",
        [("Trump", "Xi", "H", None)],
    ),
    # --- expects to meet, other plans ----------------------------------------------------------
    (
        "expects-1",
        "Trump expects to meet Xi Jinping in Beijing on Tuesday.",
        [("Trump", "Xi", "P", NEXT_TUE)],
    ),
    (
        "expects-2",
        "Carney expects to speak with Trump on Monday.",
        [("Carney", "Trump", "P", NEXT_MON)],
    ),
    (
        "expects-3",
        "Modi expects to meet Putin at the summit in December.",
        [("Modi", "Putin", "P", None)],
    ),
    (
        "expects-4",
        "Trump said he expects to meet Xi Jinping in April.",
        [("Trump", "Xi", "P", None)],
    ),
    (
        "plan-1",
        "Trump will meet Xi Jinping in Busan on Thursday next week.",
        [("Trump", "Xi", "P", date(2025, 11, 13))],
    ),
    (
        "plan-2",
        "Carney is scheduled to speak with Sheinbaum on Monday.",
        [("Carney", "Sheinbaum", "P", NEXT_MON)],
    ),
    (
        "plan-3",
        "Putin plans to visit Modi in New Delhi on Wednesday.",
        [("Modi", "Putin", "P", NEXT_WED)],
    ),
    (
        "plan-4",
        "Starmer and Macron are meeting in London on Tuesday.",
        [("Macron", "Starmer", "P", NEXT_TUE)],
    ),
    (
        "plan-5",
        "Trump is set to travel to Beijing in April for a meeting with Xi Jinping.",
        [("Trump", "Xi", "P", None)],
    ),
    (
        "plan-6",
        "Lula will speak with Xi Jinping by phone on Monday.",
        [("Lula", "Xi", "P", NEXT_MON)],
    ),
    # --- pronouns: "he" is the first leader named ----------------------------------------------
    ("he-1", "Trump said he spoke with Xi Jinping on Thursday.", [("Trump", "Xi", "H", THU)]),
    (
        "he-2",
        "Carney said he had a productive call with Sheinbaum on Wednesday.",
        [("Carney", "Sheinbaum", "H", WED)],
    ),
    (
        "he-3",
        "Putin said he would meet Modi in New Delhi on Tuesday.",
        [("Modi", "Putin", "P", NEXT_TUE)],
    ),
    (
        "he-4",
        "Carney said he and Sheinbaum spoke on Tuesday about steel.",
        [("Carney", "Sheinbaum", "H", TUE)],
    ),
    (
        "he-5",
        "Trump said on Friday that he and Xi Jinping would meet in Busan on Thursday.",
        [("Trump", "Xi", "P", date(2025, 11, 13))],
    ),
    (
        "he-6",
        "Modi said he had met Putin on Wednesday and discussed oil.",
        [("Modi", "Putin", "H", WED)],
    ),
    ("he-7", "Lula said he and Xi Jinping talked by phone on Monday.", [("Lula", "Xi", "H", MON)]),
    ("he-8", "Xi Jinping told Trump he was ready to meet again.", NOT),
    # --- bare "spoke" after the pair's meeting is that meeting --------------------------------
    (
        "same-1",
        "Trump and Xi Jinping met in Busan on Thursday. "
        "The two leaders spoke for an hour and forty minutes.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "same-2",
        "Xi Jinping hosted Lula in Beijing on Tuesday. "
        "They spoke about beef exports and satellites.",
        [("Lula", "Xi", "H", TUE)],
    ),
    (
        "same-3",
        "Modi met Putin at the Kremlin on Wednesday. The two leaders spoke at length about oil.",
        [("Modi", "Putin", "H", WED)],
    ),
    (
        "same-4",
        "Albanese and Xi Jinping met in Beijing on Tuesday. "
        "The leaders spoke warmly of each other.",
        [("Albanese", "Xi", "H", TUE)],
    ),
    (
        "same-5",
        "Trump met Carney at the White House on Tuesday. They talked about steel and cars.",
        [("Carney", "Trump", "H", TUE)],
    ),
    # --- negatives: cancelled, called off -----------------------------------------------------
    ("cancel-1", "Trump cancelled his planned meeting with Xi Jinping.", NOT),
    ("cancel-2", "The call between Trump and Xi Jinping was called off on Thursday.", NOT),
    ("cancel-3", "Putin called off a planned summit with Modi.", NOT),
    ("cancel-4", "Trump scrapped his meeting with Putin in Budapest.", NOT),
    ("cancel-5", "Carney postponed his visit to Sheinbaum in Mexico City.", NOT),
    ("cancel-6", "The summit between Starmer and Macron was cancelled on Friday.", NOT),
    ("cancel-7", "Lula canceled a trip to meet Xi Jinping.", NOT),
    ("cancel-8", "Trump abruptly called off the planned meeting with Putin.", NOT),
    # --- negatives: habits -------------------------------------------------------------------
    ("habit-1", "Trump and Xi Jinping speak often, officials say.", []),
    ("habit-2", "Modi and Putin talk regularly by phone.", []),
    ("habit-3", "Carney and Sheinbaum speak frequently about trade.", []),
    ("habit-4", "Macron and Merz usually meet every few months.", []),
    ("habit-5", "Trump says he speaks to Xi Jinping all the time.", []),
    (
        "habit-guard-1",
        "Trump, who often praises Xi Jinping, met him in Busan on Thursday.",
        [("Trump", "Xi", "H", THU)],
    ),
    # --- negatives: not needed ---------------------------------------------------------------
    ("needless-1", "Trump said a call with Xi Jinping was not needed.", NOT),
    ("needless-2", "Carney said a meeting with Trump was not necessary for now.", NOT),
    ("needless-3", "Putin said there was no need to meet Erdogan.", NOT),
    # --- negatives: questions ----------------------------------------------------------------
    ("question-1", "Will Trump meet Xi Jinping in Beijing?", NOT),
    ("question-2", "Did Trump speak with Xi Jinping on Thursday?", NOT),
    ("question-3", "Has Modi spoken to Putin since the sanctions?", NOT),
    ("question-4", "Could Carney meet Trump before the deadline?", NOT),
    # --- negatives: unconfirmed or false reports ----------------------------------------------
    (
        "report-1",
        "Reports that Trump spoke with Xi Jinping on Thursday could not be confirmed.",
        NOT,
    ),
    ("report-2", "China denied a report that Xi Jinping and Trump had spoken by phone.", NOT),
    ("report-3", "The White House said reports of a call between Trump and Putin were false.", NOT),
    ("report-4", "An unconfirmed report said Modi and Putin spoke on Wednesday.", NOT),
    ("report-5", "The Kremlin dismissed claims that Putin met Erdogan in secret.", NOT),
    # --- negatives: had not called, did not meet ------------------------------------------------
    ("nocall-1", "Trump had not called Xi Jinping by Friday, aides said.", NOT),
    ("nocall-2", "Trump and Xi Jinping did not meet in Busan on Thursday.", NOT),
    ("nocall-3", "There was no call between Trump and Xi Jinping on Friday.", NOT),
    ("nocall-4", "Trump said he never met Putin in Alaska.", NOT),
    ("nocall-5", "Sheinbaum has not spoken with Trump since the tariffs began.", NOT),
    ("nocall-6", "Modi has yet to meet Trump this year.", NOT),
    # --- negatives: proposals and hopes -------------------------------------------------------
    ("propose-1", "Trump proposed a meeting with Xi Jinping in Busan.", NOT),
    ("propose-2", "Xi Jinping proposed that he and Trump meet in the spring.", NOT),
    ("propose-3", "Carney suggested a call with Sheinbaum to settle the dispute.", NOT),
    ("propose-4", "Trump said he might call Xi Jinping soon.", NOT),
    ("propose-5", "Putin offered to meet Erdogan in Istanbul.", NOT),
    ("propose-6", "Trump praised the idea of a meeting with Xi Jinping.", NOT),
    # --- negatives: not the leader -------------------------------------------------------------
    ("notleader-1", "Trump's envoy met Xi Jinping in Beijing on Thursday.", []),
    ("notleader-2", "Trump's special envoy Steve Witkoff met Putin in Moscow on Thursday.", []),
    (
        "notleader-3",
        "The Trump administration held talks with Xi Jinping's government on Friday.",
        [],
    ),
    (
        "notleader-4",
        "Officials from the Trump administration met Chinese counterparts on Friday.",
        [],
    ),
    ("notleader-5", "Trump's trade team met Xi Jinping's deputies on Wednesday.", []),
    ("notleader-6", "Putin's foreign minister spoke with Modi on Tuesday.", []),
    ("notleader-7", "Carney's trade minister met Sheinbaum on Wednesday.", []),
    ("notleader-8", "Treasury Secretary Scott Bessent met with Xi Jinping on Friday.", []),
    # --- negatives: talk about, name-calling, urging --------------------------------------------
    ("about-1", "Trump spoke about Xi Jinping at a rally on Friday.", []),
    ("about-2", "Trump spoke to reporters about Xi Jinping on Friday.", []),
    ("about-3", "Trump called Xi Jinping a tough negotiator.", []),
    ("about-4", "Carney called on Trump to drop the tariffs.", []),
    ("about-5", "Putin would not meet Zelensky, the Kremlin said.", []),
    ("about-6", "Trump spoke highly of Xi Jinping on Friday.", []),
    # --- more positives -------------------------------------------------------------------------
    (
        "more-1",
        "Trump and Xi Jinping held their first face-to-face talks in six years on Thursday.",
        [("Trump", "Xi", "H", THU)],
    ),
    ("more-2", "Xi Jinping and Putin spoke by video link on Monday.", [("Putin", "Xi", "H", MON)]),
    (
        "more-3",
        "Merz visited Trump at the White House on Wednesday.",
        [("Merz", "Trump", "H", WED)],
    ),
    (
        "more-4",
        "Ramaphosa and Lula met on the sidelines of the summit on Friday.",
        [("Lula", "Ramaphosa", "H", FRI)],
    ),
    (
        "more-5",
        "Trump had a long phone call with Putin on Thursday.",
        [("Putin", "Trump", "H", THU)],
    ),
    (
        "more-6",
        "Macron and Xi Jinping talked for three hours on Wednesday.",
        [("Macron", "Xi", "H", WED)],
    ),
    ("more-7", "Erdogan telephoned Putin on Tuesday.", [("Erdogan", "Putin", "H", TUE)]),
    (
        "more-8",
        "Modi and Albanese held a bilateral meeting on Thursday.",
        [("Albanese", "Modi", "H", THU)],
    ),
    (
        "more-9",
        "Trump's meeting with Xi Jinping on Thursday lasted an hour and forty minutes.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "more-10",
        "Putin's talks with Modi on Wednesday ended without a deal.",
        [("Modi", "Putin", "H", WED)],
    ),
    (
        "more-11",
        "Lula's call with Xi Jinping on Monday lasted an hour.",
        [("Lula", "Xi", "H", MON)],
    ),
    (
        "more-12",
        "Sheinbaum and Carney met in Mexico City on Tuesday to discuss trade.",
        [("Carney", "Sheinbaum", "H", TUE)],
    ),
    (
        "more-13",
        "Trump hosted Albanese at the White House on Monday.",
        [("Albanese", "Trump", "H", MON)],
    ),
    (
        "more-14",
        "Meloni flew to Washington on Thursday to meet Trump.",
        [("Meloni", "Trump", "H", THU)],
    ),
    (
        "more-15",
        "Xi Jinping and Lee Jae-myung met in Gyeongju on Saturday.",
        [("Lee", "Xi", "H", SATURDAY)],
    ),
    ("more-16", "Trump spoke by phone with Carney on Friday.", [("Carney", "Trump", "H", FRI)]),
    (
        "apposition-1",
        "Trump had a call with the Canadian prime minister, Mark Carney, on Friday.",
        [("Carney", "Trump", "H", FRI)],
    ),
    (
        "extra-1",
        "Xi Jinping hosted a state banquet for Lula on Wednesday.",
        [("Lula", "Xi", "H", WED)],
    ),
    (
        "extra-2",
        "Putin will receive Modi in the Kremlin on Monday.",
        [("Modi", "Putin", "P", NEXT_MON)],
    ),
    (
        "extra-3",
        "Over the phone on Tuesday, Trump and Carney discussed steel.",
        [("Carney", "Trump", "H", TUE)],
    ),
    (
        "extra-4",
        "On a call on Wednesday, Sheinbaum assured Trump of her support.",
        [("Sheinbaum", "Trump", "H", WED)],
    ),
    (
        "extra-5",
        "Trump told Xi Jinping by phone on Thursday that tariffs would fall.",
        [("Trump", "Xi", "H", THU)],
    ),
    ("extra-6", "Trump will not speak to Xi Jinping by phone this week.", NOT),
    ("extra-7", "Xi Jinping declined to meet Trump in Busan.", NOT),
    ("extra-8", "Trump refused to speak with Putin on Friday.", NOT),
    (
        "extra-9",
        "Merz thanked Macron over the phone on Monday for his support.",
        [("Macron", "Merz", "H", MON)],
    ),
    ("extra-10", "Erdogan would not host Putin in Ankara.", NOT),
    (
        "phone-hedge-1",
        "Trump is expected to tell Xi Jinping in a phone call that tariffs will fall.",
        [("Trump", "Xi", "S", None)],
    ),
    (
        "phone-hedge-2",
        "Carney hoped in a call with Sheinbaum on Monday that a deal was near.",
        [("Carney", "Sheinbaum", "H", MON)],
    ),
    # --- guards: the new readings must not fire here -------------------------------------------
    ("guard-1", "Xi Jinping welcomed Trump's decision to cut tariffs.", []),
    ("guard-2", "In a meeting with reporters on Friday, Trump praised Xi Jinping.", []),
    (
        "guard-3",
        "In a call with Japan's foreign minister on Tuesday, Trump criticised Xi Jinping.",
        [],
    ),
    ("guard-4", "Trump hosts a dinner for business leaders before seeing Xi Jinping.", NOT),
    ("guard-5", "In a speech on Thursday, Trump praised Xi Jinping.", []),
    ("guard-6", "Did a call with Xi Jinping change Trump's mind?", [("Trump", "Xi", "H", None)]),
    (
        "guard-7",
        "Trump's meeting with Xi Jinping on Thursday was not cancelled despite the row.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "guard-8",
        "The Trump administration said Trump would speak with Xi Jinping on Monday.",
        [("Trump", "Xi", "P", NEXT_MON)],
    ),
    (
        "guard-9",
        "Trump's talks with Xi Jinping on Thursday went well, his envoy said.",
        [("Trump", "Xi", "H", THU)],
    ),
    (
        "guard-10",
        "Trump and Xi Jinping spoke by phone on Friday. The call lasted ninety minutes.",
        [("Trump", "Xi", "H", FRI)],
    ),
]


def _contacts(text: str) -> list[tuple[str, str, Status, date | None]]:
    return sorted(
        ((*parts, status, when) for parts, _, status, when in contact_rows(text, SATURDAY)),
        key=repr,
    )


def matches(text: str, expected: Expected) -> bool:
    """Whether the extractor gives exactly the expected contacts (or none that happened)."""
    got = _contacts(text)
    if expected == NOT:
        return all(c[2] is not Status.HAPPENED for c in got)
    assert not isinstance(expected, str)
    want = sorted(((a, b, _STATUS[s], d) for a, b, s, d in expected), key=repr)
    return got == want


# Constructions the extractor does not read yet (strict: a fix must remove its id here).
XFAIL: set[str] = set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            text,
            expected,
            id=key,
            marks=[pytest.mark.xfail(strict=True)] if key in XFAIL else [],
        )
        for key, text, expected in CASES
    ],
)
def test_contact_paraphrase(text: str, expected: Expected) -> None:
    assert matches(text, expected), _contacts(text)

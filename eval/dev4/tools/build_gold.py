#!/usr/bin/env python3
"""Writes eval/dev4/gold.jsonl from the hand-coded events below.

The events were coded by hand from the documents in docs/ following
/work/shared/SPEC.md and the conventions of eval/heldout/README.md,
eval/dev2/README.md and eval/dev3/README.md, without reading the coder's source
or data and without running the coder; this script only serialises them (keeps
the gold reviewable as one Python file with a note per event).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from goldlib import ev, write_gold  # noqa: E402

H = "historical"
NEG = "negated"
FUT = "future"

DOCS = []

# ---------------------------------------------------------------- government readouts / statements

DOCS.append(("f01_ie_dfa_israel_embassy", "2024-12-15", [
    ev("SANCTION", ["ISR"], ["IRL"], "2024-12-15", ["withdraw"], ["diplomatic"],
       note="'the decision announced by the Israeli Minister for Foreign Affairs, Gideon Sa'ar, to close Israel's Embassy in Dublin' (today)"),
    ev("ACCUSE", ["ISR"], ["IRL"], "2024-12-15", ["disapprove"], ["diplomatic"],
       note="'Minister Sa'ar accused the Irish Government of pursuing \"extreme anti-Israel policies\"'"),
    ev("ACCUSE", ["IRL"], ["ISR"], "2024-12-15", ["disapprove"], ["diplomatic"],
       note="the Tánaiste 'has today expressed his deep regret at the decision'"),
    ev("REJECT", ["IRL"], ["ISR"], "2024-12-15", context=["diplomatic"], alt=["ACCUSE"],
       note="'The Government utterly rejects the assertion that Ireland is anti-Israel' (denial of the Israeli charge)"),
    ev("AGREE", ["IRL"], ["ISR"], "2024-12-15", context=["diplomatic"],
       note="'Ireland will maintain its Embassy in Tel Aviv and ... diplomatic relations between the two countries will continue'"),
    ev("REQUEST", ["IRL"], ["ISR", "PSE"], "2024-12-15", ["change"], ["military", "human_security"],
       note="'renewed Ireland's call on Israel and Hamas to agree an immediate ceasefire in Gaza' (Hamas -> PSE)"),
    ev("REQUEST", ["IRL"], ["PSE"], "2024-12-15", ["yield"], ["human_rights", "terrorism"],
       note="'and on Hamas to release all hostages unconditionally'"),
    ev("SUPPORT", ["IRL"], ["PSE"], "2024-05", context=["diplomatic", "territory"], aux=H, optional=True,
       note="'Ireland's recognition of the State of Palestine in May' (recalled, cited by Sa'ar)"),
    ev("SUPPORT", ["IRL"], ["ZAF"], None, context=["legal"], aux=H, alt=["ACCUSE"], optional=True,
       note="'the Government's decision to intervene in South Africa's case against Israel at the International Court of Justice' (undated)"),
]))

DOCS.append(("f02_cz_mzv_vrbetice", "2021-04-17", [
    ev("SANCTION", ["CZE"], ["RUS"], "2021-04-17", ["expel"], ["diplomatic", "intelligence"],
       note="'decided to declare 18 employees of the Embassy of the Russian Federation ... persona non grata'; 'must leave ... within 48 hours'"),
    ev("ACCUSE", ["CZE"], ["RUS"], "2021-04-17", ["allege"], ["intelligence", "military"],
       note="'well-founded suspicion that officers of the Russian military intelligence service GRU ... were involved in the explosions'"),
    ev("ASSAULT", ["RUS"], ["CZE"], "2014", ["explosives"], ["intelligence", "military"], aux=H, optional=True,
       note="'the explosions of the ammunition depot in Vrbětice in October and December 2014' (alleged, coded optional)"),
    ev("REJECT", ["CZE"], ["RUS"], "2021-04-17", ["meet"], ["diplomatic"], alt=["SANCTION"],
       note="Hamáček 'announced that he had cancelled his planned trip to Moscow'"),
    ev("CONSULT", ["CZE", "NATO", "EU"], [], None, ["multilateral"], ["intelligence"], optional=True,
       note="'The Czech Republic has informed its allies in NATO and the European Union of the findings' (undated)"),
]))

DOCS.append(("f03_lt_urm_china_ambassador", "2021-08-10", [
    ev("SANCTION", ["CHN"], ["LTU"], "2021-08-10", ["withdraw"], ["diplomatic"],
       note="'the decision of the People's Republic of China to recall its Ambassador to Lithuania'"),
    ev("REQUEST", ["CHN"], ["LTU"], "2021-08-10", ["change"], ["diplomatic"],
       note="'and to demand that Lithuania recall its Ambassador in Beijing'"),
    ev("ACCUSE", ["LTU"], ["CHN"], "2021-08-10", ["disapprove"], ["diplomatic"],
       note="'The Ministry of Foreign Affairs of the Republic of Lithuania regrets the decision'"),
    ev("AGREE", ["LTU"], ["TWN"], "2021-08-10", context=["economic", "diplomatic"],
       note="'is determined to pursue mutually beneficial relations with Taiwan'"),
    ev("SUPPORT", ["LTU"], ["CHN"], "2021-08-10", context=["territory"], optional=True,
       note="'Lithuania reaffirms its adherence to the \"One China\" policy'"),
    ev("AGREE", ["TWN"], ["LTU"], "2021-07-20", context=["diplomatic"], aux=H, alt=["COOPERATE"], optional=True,
       note="'Taiwan's announcement of 20 July that it would open a representative office in Vilnius'"),
    ev("AID", ["LTU"], ["TWN"], "2021", context=["health"], aux=H,
       note="'Earlier this year Lithuania donated 20,000 doses of COVID-19 vaccine to Taiwan'"),
]))

DOCS.append(("f04_fi_vn_eastern_border", "2023-11-28", [
    ev("COERCE", ["FIN"], ["RUS"], "2023-11-28", ["restrict"], ["migration", "territory"], alt=["SANCTION"],
       note="'The Government has today decided to close the Raja-Jooseppi border crossing point, the last crossing point on Finland's eastern border'"),
    ev("ACCUSE", ["FIN"], ["RUS"], "2023-11-28", ["allege", "disapprove"], ["migration"],
       note="'Russian authorities have ... been helping and guiding persons without proper documents to the Finnish border'; Orpo: 'This is Russian hybrid influence'"),
    ev("AGREE", ["EU"], ["FIN"], "2023-11", context=["migration"], aux=H, initiator="FIN", alt=["COOPERATE", "AID"],
       note="'Frontex agreed last week, at Finland's request, to deploy officers and equipment' (Frontex -> EU IGO; last week = 20-26 Nov -> month)"),
    ev("REQUEST", ["FIN"], ["EU"], "2023-11", ["assist"], ["migration"], aux=H, optional=True,
       note="'at Finland's request' (the request itself, folded into the initiator above)"),
]))

DOCS.append(("f05_th_mfa_cambodia", "2025-07-24", [
    ev("ASSAULT", ["KHM"], ["THA"], "2025-07-24", ["heavy-weapons"], ["military", "territory"],
       note="'Cambodian forces fired BM-21 rockets into Thai territory, striking a hospital and a petrol station and killing ... Thai civilians' (the 23 July landmine blast has no agent in the text; it is part of the ACCUSE)"),
    ev("ACCUSE", ["THA"], ["KHM"], "2025-07-24", ["disapprove", "allege"], ["military", "territory"],
       note="'strongly condemns the armed attack launched by Cambodian armed forces'; 'newly laid landmines in an area that is indisputably Thai territory'"),
    ev("ASSAULT", ["THA"], ["KHM"], "2025-07-24", ["aerial"], ["military"],
       note="'the Royal Thai Air Force carried out targeted air strikes against military targets inside Cambodia'"),
    ev("COERCE", ["THA"], ["KHM"], "2025-07-24", ["restrict"], ["territory"], alt=["SANCTION"],
       note="'Thailand has also closed all border checkpoints with Cambodia with immediate effect'"),
    ev("SANCTION", ["THA"], ["KHM"], "2025-07-23", ["withdraw", "expel"], ["diplomatic"], aux=H,
       note="'yesterday recalled the Thai Ambassador from Phnom Penh and expelled the Ambassador of Cambodia in Bangkok'"),
    ev("REQUEST", ["THA"], ["KHM"], "2025-07-24", ["change"], ["military", "territory"],
       note="'Thailand calls on Cambodia to immediately cease all hostilities and to respect the sovereignty'"),
]))

DOCS.append(("f06_my_pmo_ceasefire", "2025-07-28", [
    ev("CONSULT", ["MYS", "KHM", "THA"], [], "2025-07-28", ["third-party"], ["diplomatic", "military"],
       note="Anwar, as ASEAN Chair, 'today hosted a special meeting in Putrajaya between' Hun Manet and Phumtham (Malaysia as mediator among the participants)"),
    ev("CONCEDE", ["KHM", "THA"], [], "2025-07-28", context=["military", "territory"], alt=["AGREE", "RETREAT"],
       note="'The two leaders agreed on an immediate and unconditional ceasefire, effective from 24:00 hours local time tonight' (announced for later)"),
    ev("AGREE", ["KHM", "THA"], [], "2025-07-28", context=["military", "diplomatic"],
       note="'Both sides further agreed that their regional military commanders would meet tomorrow morning, and that the General Border Committee would convene on 4 August'"),
    ev("SUPPORT", ["MYS"], ["USA", "CHN"], "2025-07-28", context=["diplomatic"],
       note="'The Prime Minister thanked the United States of America and the People's Republic of China for their support'"),
    ev("AGREE", ["MYS"], ["KHM", "THA"], "2025-07-28", context=["peacekeeping", "military"],
       note="'Malaysia stands ready to coordinate an ASEAN observer team to verify the implementation of the ceasefire'"),
    ev("ASSAULT", ["KHM", "THA"], [], "2025-07", context=["military", "territory"], aux=H, optional=True,
       note="'four days of fighting along the border since 24 July, which has claimed more than 30 lives'"),
]))

DOCS.append(("f07_it_chigi_albania", "2023-11-06", [
    ev("CONSULT", ["ALB"], ["ITA"], "2023-11-06", ["visit"], ["diplomatic", "migration"],
       note="Meloni 'today received at Palazzo Chigi the Prime Minister of the Republic of Albania, Edi Rama' (visitor -> host)"),
    ev("SUPPORT", ["ITA", "ALB"], [], "2023-11-06", context=["migration"], alt=["AGREE", "COOPERATE"],
       note="'the two leaders signed a Protocol on strengthening cooperation in migration matters' (signing -> SUPPORT)"),
    ev("AGREE", ["ALB"], ["ITA"], "2023-11-06", context=["migration"],
       note="'Under the Protocol, Albania will make available two areas of its territory ... where Italy will build and manage ... two centres'"),
    ev("AGREE", ["ITA"], ["ALB"], "2023-11-06", context=["migration"], optional=True,
       note="Italy will build and manage the centres 'under Italian jurisdiction and at its own expense'"),
    ev("SUPPORT", ["ITA"], ["ALB"], "2023-11-06", context=["diplomatic"],
       note="'President Meloni thanked Prime Minister Rama and the Albanian people'; 'reaffirmed Italy's support for Albania's path towards membership of the European Union'"),
]))

DOCS.append(("f08_gr_primeminister_erdogan", "2023-12-07", [
    ev("CONSULT", ["TUR"], ["GRC"], "2023-12-07", ["visit"], ["diplomatic"],
       note="Mitsotakis 'welcomed the President of the Republic of Türkiye ... to the Maximos Mansion today' for the High-Level Cooperation Council in Athens"),
    ev("SUPPORT", ["GRC", "TUR"], [], "2023-12-07", context=["diplomatic", "economic"], alt=["AGREE"],
       note="'the two leaders signed the Athens Declaration on Friendly Relations and Good-Neighbourliness'; ministers 'signed fifteen agreements'"),
    ev("AGREE", ["GRC", "TUR"], [], "2023-12-07", context=["diplomatic", "economic"],
       note="'The two sides agreed to keep channels of communication open and set the goal of doubling bilateral trade'"),
    ev("AGREE", ["GRC"], ["TUR"], "2023-12-07", context=["migration", "economic"], alt=["CONCEDE"],
       note="'Greece will extend the fast-track visa scheme for Turkish citizens visiting ten islands of the eastern Aegean from April 2024'"),
    ev("REJECT", ["GRC", "TUR"], [], "2023-12-07", context=["territory"], optional=True,
       note="'We do not agree on the delimitation of the continental shelf' (standing disagreement, not a refusal of a request)"),
]))

DOCS.append(("f09_om_mfa_muscat_talks", "2025-04-12", [
    ev("CONSULT", ["OMN", "IRN", "USA"], [], "2025-04-12", ["third-party"], ["diplomatic", "cbrn"],
       note="Albusaidi 'today hosted in Muscat the delegations' of Iran and the US; talks 'conducted indirectly through the Omani minister'"),
    ev("CONSULT", ["IRN", "USA"], [], "2025-04-12", context=["diplomatic"], optional=True,
       note="'the heads of the two delegations also spoke directly for a few minutes in his presence'"),
    ev("AGREE", ["IRN", "USA"], [], "2025-04-12", context=["diplomatic"],
       note="'The two sides agreed to continue the talks next week'"),
    ev("SUPPORT", ["OMN"], ["IRN", "USA"], "2025-04-12", context=["diplomatic"],
       note="'the Minister thanked both delegations for their constructive engagement'"),
    ev("AGREE", ["OMN"], [], "2025-04-12", context=["diplomatic"], optional=True,
       note="'The Sultanate of Oman will continue to support all efforts towards dialogue' (no named recipient)"),
    ev("REQUEST", ["USA"], ["IRN"], "2025-03", ["meet"], ["cbrn", "diplomatic"], aux=H,
       note="'a letter sent in March by President Donald Trump to Iran's Supreme Leader ... in which he proposed negotiations'"),
]))

DOCS.append(("f10_dk_um_greenland", "2025-08-27", [
    ev("ACCUSE", ["DNK"], ["USA"], "2025-08-27", ["disapprove", "allege"], ["diplomatic", "political_institutions"],
       note="Rasmussen 'today summoned the chargé d'affaires of the United States Embassy'; 'covert influence operations'; 'Any attempt to interfere ... unacceptable'"),
    ev("THREATEN", ["USA"], ["DNK"], "2025-01", ["territory"], ["territory", "military"], aux=H, optional=True,
       note="'President Donald Trump in January refused to rule out the use of military or economic coercion to gain control of Greenland' (recipient DNK or GRL -> optional)"),
]))

DOCS.append(("f11_so_villa_somalia_mou", "2024-01-02", [
    ev("SUPPORT", ["ETH", "SOM"], [], "2024-01-01", context=["territory", "military"], alt=["AGREE"],
       note="'the Memorandum of Understanding signed yesterday in Addis Ababa between ... Ethiopia and the Somaliland administration' (Somaliland -> SOM SEP)"),
    ev("REJECT", ["SOM"], ["ETH"], "2024-01-02", context=["territory"], alt=["ACCUSE"],
       note="the Council of Ministers 'today declared the Memorandum of Understanding ... null and void'"),
    ev("ACCUSE", ["SOM"], ["ETH"], "2024-01-02", ["disapprove"], ["territory"],
       note="'a flagrant violation of the sovereignty and territorial integrity of Somalia'; 'Ethiopia's aggression'"),
    ev("SANCTION", ["SOM"], ["ETH"], "2024-01-02", ["withdraw"], ["diplomatic"],
       note="'It has recalled its Ambassador to Ethiopia for consultations'"),
    ev("REQUEST", ["SOM"], ["UNSC", "AU"], "2024-01-02", ["assist"], ["territory", "diplomatic"],
       note="'Somalia calls on the United Nations Security Council and the African Union to convene urgent meetings'"),
    ev("THREATEN", ["SOM"], ["ETH"], "2024-01-02", context=["territory"], optional=True,
       note="'it will defend every inch of its land by all legal means'"),
]))

DOCS.append(("f12_dz_aps_france_recall", "2024-07-30", [
    ev("SANCTION", ["DZA"], ["FRA"], "2024-07-30", ["withdraw"], ["diplomatic"],
       note="'decided to recall its Ambassador to the French Republic with immediate effect' (announced Tuesday = 30 July)"),
    ev("SUPPORT", ["FRA"], ["MAR"], "2024-07-30", context=["territory"],
       note="'the support expressed by France for the so-called autonomy plan ... conveyed today by President Emmanuel Macron in a letter to the King of Morocco'"),
    ev("ACCUSE", ["DZA"], ["FRA"], "2024-07-30", ["disapprove"], ["territory", "diplomatic"],
       note="'denounces this decision, which neither the French Government nor anyone else can take without violating international legality'"),
    ev("SUPPORT", ["DZA"], ["ESH"], "2024-07-30", context=["territory"],
       note="'Algeria reaffirms its unwavering support for the inalienable right of the Sahrawi people to self-determination' (Western Sahara -> ESH)"),
]))

# ---------------------------------------------------------------- wire stories

DOCS.append(("f13_wire_kashmir_downgrade", "2019-08-08", [
    ev("SANCTION", ["PAK"], ["IND"], "2019-08-07", ["expel", "discontinue"], ["diplomatic", "economic"],
       note="'Pakistan expelled India's High Commissioner Ajay Bisaria and suspended bilateral trade on Wednesday'"),
    ev("ACCUSE", ["PAK"], ["IND"], None, ["disapprove"], ["territory"],
       note="'National Security Committee called the move \"illegal\"' (no day in the sentence)"),
    ev("AGREE", ["PAK"], ["UNSC"], None, context=["territory", "diplomatic"], alt=["REQUEST"], optional=True,
       note="'Pakistan would take the matter to the United Nations Security Council'"),
    ev("MOBILIZE", ["IND"], ["IND"], None, ["troops"], ["military", "territory"], aux=H,
       note="'India, which had deployed tens of thousands of additional troops to the region before the announcement' (undated)"),
    ev("COERCE", ["IND"], ["IND"], "2019-08-05", ["arrest", "censor"], ["repression", "political_institutions"],
       note="'has cut phone and internet links in Kashmir and detained political leaders there ... since Monday'"),
    ev("REJECT", ["IND"], ["PAK"], "2019-08-08", context=["territory"], alt=["ACCUSE"],
       note="'India's foreign ministry said on Thursday the changes were \"entirely an internal matter\"'"),
    ev("REQUEST", ["IND"], ["PAK"], "2019-08-08", ["change"], ["diplomatic"],
       note="'and urged Pakistan to review its steps'"),
]))

DOCS.append(("f14_wire_stena_impero", "2019-07-20", [
    ev("THREATEN", ["GBR"], ["IRN"], "2019-07-20", context=["military"],
       note="'Britain warned Iran on Saturday of \"serious consequences\" unless it released a British-flagged oil tanker'"),
    ev("COERCE", ["IRN"], ["GBR"], "2019-07-19", ["seize"], ["military"],
       note="'a British-flagged oil tanker seized by Revolutionary Guards'; 'captured on Friday by Guards speedboats and a helicopter'"),
    ev("ACCUSE", ["IRN"], ["GBR"], None, ["allege"], ["military"],
       note="'The Guards said the vessel had violated international maritime rules' (no day)"),
    ev("ACCUSE", ["GBR"], ["IRN"], "2019-07-20", ["disapprove"], ["military"],
       note="Hunt: 'Iran's action is unacceptable' (after Saturday's emergency committee)"),
    ev("REQUEST", ["GBR"], ["IRN"], "2019-07-20", ["yield"], ["military"],
       note="'calling on Tehran to free the ship and its crew'"),
    ev("COERCE", ["GBR"], ["IRN"], "2019-07-04", ["seize"], ["military", "economic"], aux=H,
       note="'British Royal Marines helped seize an Iranian tanker, the Grace 1, off Gibraltar on July 4'"),
    ev("THREATEN", ["IRN"], ["GBR"], None, context=["military"], aux=H, optional=True,
       note="'Tehran had vowed to retaliate' (undated)"),
]))

DOCS.append(("f15_wire_ain_al_asad", "2020-01-08", [
    ev("ASSAULT", ["IRN"], ["USA"], "2020-01-08", ["heavy-weapons"], ["military"],
       note="'Iran fired more than a dozen ballistic missiles early on Wednesday at two Iraqi bases housing U.S. troops'"),
    ev("ASSAULT", ["USA"], ["IRN"], "2020-01-03", ["drone"], ["military"], aux=H,
       note="'the U.S. drone strike that killed Iranian commander Qassem Soleimani in Baghdad on Friday'"),
    ev("SANCTION", ["USA"], ["IRN"], "2020-01-08", ["discontinue"], ["economic"], alt=["THREATEN"],
       note="'announced that the United States would immediately impose additional punishing economic sanctions on Tehran'"),
    ev("REQUEST", ["USA"], ["NATO"], "2020-01-08", ["assist"], ["military"],
       note="'and asked NATO to become much more involved in the Middle East'"),
    ev("CONCEDE", ["IRN"], ["USA"], "2020-01-08", context=["military"], alt=["AGREE"],
       note="Zarif: Iran 'had \"concluded proportionate measures in self-defense\" and did not seek escalation' (verbal de-escalation)"),
    ev("REQUEST", ["IRQ"], ["USA"], "2020-01-05", ["yield"], ["military", "legislative"], aux=H, optional=True,
       note="'the Iraqi parliament voted in favour of a resolution calling on the government to expel U.S. and other foreign troops' (formally addressed to the Iraqi government -> optional)"),
]))

DOCS.append(("f16_wire_galwan_apps", "2020-06-30", [
    ev("SANCTION", ["IND"], ["CHN"], "2020-06-29", ["discontinue"], ["technology", "economic"], alt=["COERCE"],
       note="'India has banned 59 Chinese mobile apps ... saying late on Monday they were \"prejudicial to sovereignty and integrity of India\"'"),
    ev("ASSAULT", ["CHN", "IND"], [], "2020-06", ["primitive"], ["military", "territory"], aux=H,
       note="'20 Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley ... fought with rocks and clubs' ('two weeks' before -> mid-June)"),
    ev("MOBILIZE", ["CHN", "IND"], [], None, ["troops"], ["military", "territory"],
       note="'Both sides have since moved thousands of extra troops to the disputed border'"),
    ev("ACCUSE", ["CHN"], ["IND"], "2020-06-30", ["disapprove"], ["technology"],
       note="'China is \"strongly concerned\" about the ban, foreign ministry spokesman Zhao Lijian said on Tuesday'"),
    ev("REQUEST", ["CHN"], ["IND"], "2020-06-30", ["change"], ["technology"],
       note="'urging India to correct its \"wrong practice\"'"),
    ev("CONSULT", ["CHN", "IND"], [], "2020-06-30", context=["military", "territory"],
       note="'Senior military commanders of the two countries met for a third round of talks on Tuesday at Chushul'"),
]))

DOCS.append(("f17_wire_ryanair_minsk", "2021-05-24", [
    ev("SANCTION", ["EU"], ["BLR"], "2021-05-24", ["discontinue"], ["economic"],
       note="'European Union leaders agreed on Monday to ban Belarusian airlines from EU airspace and airports and to impose further economic sanctions on Minsk'"),
    ev("COERCE", ["BLR"], ["BLR"], "2021-05-23", ["arrest"], ["repression", "rights_freedoms"],
       note="'Roman Protasevich ... was detained by police at Minsk airport on Sunday' (passive)"),
    ev("COERCE", ["BLR"], ["IRL"], "2021-05-23", ["seize"], ["repression"], optional=True,
       note="'Belarus forced a Ryanair jet to land' (Ryanair -> IRL BUS; the flight's states are not named as targets -> optional)"),
    ev("ACCUSE", ["EU"], ["BLR"], "2021-05-24", ["disapprove"], ["repression"],
       note="'Meeting at a summit in Brussels, the leaders condemned the forced landing'"),
    ev("REQUEST", ["EU"], ["BLR"], "2021-05-24", ["yield"], ["rights_freedoms", "repression"],
       note="'and demanded the immediate release of Protasevich and his companion Sofia Sapega'"),
    ev("ACCUSE", ["IRL"], ["BLR"], None, ["disapprove"], ["repression"],
       note="'Ryanair Chief Executive Michael O'Leary called the diversion a case of \"state-sponsored hijacking\"' (IRL BUS; no day)"),
]))

DOCS.append(("f18_wire_kabul_airport", "2021-08-27", [
    ev("ASSAULT", ["AFG"], ["USA", "AFG"], None, ["suicide-attack"], ["terrorism"],
       note="'a suicide bombing at Kabul airport that killed 13 U.S. service members and scores of Afghans'; 'known as ISIS-K, claimed the attack' (ISIS-K -> AFG REB; the text gives no day)"),
    ev("THREATEN", ["USA"], ["AFG"], "2021-08-26", ["violence"], ["terrorism", "military"],
       note="'Biden vowed on Thursday to hunt down the Islamic State militants'; 'We will hunt you down and make you pay'; plans to strike"),
    ev("ACCUSE", ["AFG"], ["AFG"], None, ["disapprove"], ["terrorism"],
       note="'The Taliban ... condemned the bombing' (Taliban -> AFG, ISIS-K -> AFG)"),
    ev("COOPERATE", ["USA", "AFG"], [], None, context=["military"],
       note="'The Taliban, which have been coordinating with U.S. commanders on security around the airport'"),
    ev("AGREE", ["USA"], [], "2021-08-26", context=["human_security"], optional=True,
       note="'Biden said the evacuation ... would continue until the Aug. 31 deadline' (no recipient)"),
]))

DOCS.append(("f19_wire_oct10_strikes", "2022-10-10", [
    ev("ASSAULT", ["RUS"], ["UKR"], "2022-10-10", ["aerial", "drone"], ["military"],
       note="'Russia fired dozens of cruise missiles and Iranian-made drones at cities across Ukraine during the Monday morning rush hour'"),
    ev("ACCUSE", ["RUS"], ["UKR"], "2022-10-10", ["allege"], ["terrorism"],
       note="Putin called the bridge explosion 'a terrorist act organised by Ukraine's special services'"),
    ev("THREATEN", ["RUS"], ["UKR"], "2022-10-10", ["violence"], ["military", "terrorism"],
       note="'If attempts to carry out terrorist attacks on our territory continue, Russia's responses will be harsh'"),
    ev("ASSAULT", ["UKR"], ["RUS"], "2022-10-08", ["explosives"], ["military"], aux=H, optional=True,
       note="'Saturday's explosion on the Kerch bridge' (attributed to Ukraine only by Putin)"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2022-10-10", ["disapprove"], ["military"],
       note="Zelenskiy: 'They are trying to destroy us and wipe us off the face of the earth'"),
    ev("AGREE", ["BLR", "RUS"], [], "2022-10-10", context=["military"], alt=["MOBILIZE"],
       note="'Lukashenko said he had agreed with Putin to deploy a joint regional grouping of troops'"),
]))

DOCS.append(("f20_wire_balloon", "2023-02-05", [
    ev("ASSAULT", ["USA"], ["CHN"], "2023-02-04", ["aerial"], ["military", "intelligence"], alt=["COERCE"],
       note="'A U.S. fighter jet shot down a suspected Chinese surveillance balloon ... on Saturday'"),
    ev("REJECT", ["USA"], ["CHN"], "2023-02-03", ["meet"], ["diplomatic"], alt=["SANCTION"],
       note="'Blinken had postponed a planned trip to Beijing on Friday'"),
    ev("ACCUSE", ["USA"], ["CHN"], "2023-02-03", ["disapprove", "allege"], ["intelligence"],
       note="'calling the balloon's presence \"a clear violation of U.S. sovereignty\"'"),
    ev("REJECT", ["CHN"], ["USA"], None, context=["intelligence"], alt=["ACCUSE"],
       note="'China has said the balloon was a civilian airship used mainly for meteorological research' (denial, no day)"),
    ev("ACCUSE", ["CHN"], ["USA"], "2023-02-05", ["disapprove"], ["military"],
       note="'China's foreign ministry on Sunday expressed \"strong dissatisfaction and protest\" over the use of force'"),
    ev("THREATEN", ["CHN"], ["USA"], "2023-02-05", context=["military"],
       note="'and said it reserved the right to make further necessary responses'"),
]))

DOCS.append(("f21_wire_fukushima_seafood", "2023-08-24", [
    ev("SANCTION", ["CHN"], ["JPN"], "2023-08-24", ["discontinue"], ["economic", "environment"],
       note="'China banned all imports of seafood from Japan on Thursday'"),
    ev("ACCUSE", ["CHN"], ["JPN"], "2023-08-24", ["disapprove"], ["environment"],
       note="'Beijing's foreign ministry called the release \"extremely selfish and irresponsible\"'"),
    ev("REQUEST", ["JPN"], ["CHN"], "2023-08-24", ["change"], ["economic"],
       note="'Tokyo urged China to immediately lift the ban'"),
    ev("SUPPORT", ["IAEA"], ["JPN"], "2023-07", context=["environment", "cbrn"], aux=H, optional=True,
       note="'had been endorsed by the UN nuclear watchdog in July'"),
    ev("PROTEST", ["KOR"], ["JPN"], "2023-08-24", ["demo"], ["environment"],
       note="'In Seoul, hundreds of demonstrators rallied against the release'"),
    ev("COERCE", ["KOR"], ["KOR"], "2023-08-24", ["arrest"], ["rights_freedoms"],
       note="'police detained more than a dozen students who tried to force their way into a building housing the Japanese embassy'"),
]))

DOCS.append(("f22_wire_new_caledonia", "2024-05-16", [
    ev("MOBILIZE", ["FRA"], ["NCL"], "2024-05-16", ["troops"], ["military", "political_institutions"],
       note="'France deployed troops to secure New Caledonia's ports and airport on Thursday' (New Caledonia -> NCL, as HKG in dev3)"),
    ev("COERCE", ["FRA"], ["NCL"], "2024-05", ["censor", "restrict"], ["repression", "rights_freedoms"],
       note="'banned TikTok in the Pacific territory' (Thursday) 'after a state of emergency was declared on Wednesday' (merged -> month)"),
    ev("PROTEST", ["NCL"], ["FRA"], "2024-05", ["riot", "vandalize"], ["election", "political_institutions"],
       note="'rioting erupted on Monday night over a constitutional reform adopted in Paris'; 'Rioters have torched shops, cars and public buildings'"),
    ev("ASSAULT", ["NCL"], ["FRA"], "2024-05-15", ["firearms"], ["political_institutions"],
       note="'a gendarme who was shot dead on Wednesday' (passive, by rioters)"),
    ev("ACCUSE", ["FRA"], ["AZE"], "2024-05-16", ["allege"], ["political_institutions"],
       note="'Darmanin accused Azerbaijan of meddling by backing independence activists'"),
    ev("REJECT", ["AZE"], ["FRA"], "2024-05-16", alt=["ACCUSE"],
       note="'a charge Baku dismissed as \"baseless\"'"),
]))

DOCS.append(("f23_wire_kursk", "2024-08-08", [
    ev("ASSAULT", ["UKR"], ["RUS"], "2024-08-06", context=["military", "territory"],
       note="'Ukrainian troops who crossed into Russia's Kursk region on Tuesday in one of the biggest cross-border attacks'"),
    ev("ACCUSE", ["RUS"], ["UKR"], "2024-08-07", ["disapprove", "allege"], ["military"],
       note="'Putin on Wednesday called the incursion a \"large-scale provocation\" and accused Kyiv of firing indiscriminately'"),
    ev("MOBILIZE", ["RUS"], ["RUS"], "2024-08-08", ["troops", "weapons"], ["military"],
       note="'Russia's defence ministry said on Thursday it was moving reserve units and rocket artillery to the region'"),
    ev("ASSAULT", ["RUS"], ["UKR"], None, ["aerial"], ["military"],
       note="'its aircraft had struck Ukrainian units there'; 'battling ... to repel Ukrainian troops' (strike not dated)"),
]))

DOCS.append(("f24_wire_pahalgam", "2025-04-24", [
    ev("ASSAULT", ["IND"], ["IND"], "2025-04-22", ["firearms"], ["terrorism"],
       note="'Gunmen opened fire on tourists near the resort town of Pahalgam on Tuesday' (militants coded by the country they are about)"),
    ev("SANCTION", ["IND"], ["PAK"], "2025-04-23", ["discontinue", "expel"], ["natural_resource", "diplomatic"],
       note="'On Wednesday, India suspended the 1960 Indus Waters Treaty, closed the main land border crossing and expelled Pakistani military advisers'"),
    ev("ACCUSE", ["IND"], ["PAK"], "2025-04-23", ["allege"], ["terrorism"],
       note="'saying the attackers had \"cross-border linkages\"'"),
    ev("REJECT", ["PAK"], ["IND"], None, context=["terrorism"], alt=["ACCUSE"],
       note="'Islamabad has denied any involvement'"),
    ev("SANCTION", ["PAK"], ["IND"], "2025-04-24", ["discontinue", "expel"], ["economic", "diplomatic"],
       note="'Pakistan closed its airspace to Indian airlines and suspended all trade with India on Thursday'; 'ordered Indian defence advisers to leave'"),
    ev("THREATEN", ["PAK"], ["IND"], "2025-04-24", ["violence", "relations"], ["natural_resource", "military"],
       note="'any attempt to stop or divert water ... would be considered \"an act of war\"'; 'could hold all bilateral agreements ... in abeyance'"),
]))

DOCS.append(("f25_wire_fordow", "2025-06-22", [
    ev("ASSAULT", ["USA"], ["IRN"], "2025-06-22", ["aerial"], ["military", "cbrn"],
       note="'The United States struck Iran's Fordow, Natanz and Isfahan nuclear sites early on Sunday'"),
    ev("ASSAULT", ["ISR"], ["IRN"], "2025-06-13", ["aerial"], ["military"], aux=H,
       note="'Israel's air campaign that began on June 13'"),
    ev("THREATEN", ["USA"], ["IRN"], "2025-06-21", ["violence"], ["military"],
       note="'In an address late on Saturday, Trump warned that future attacks would be \"far greater\" unless Iran made peace'"),
    ev("ACCUSE", ["IRN"], ["USA"], "2025-06-22", ["disapprove"], ["military"],
       note="'Araghchi called the strikes \"outrageous\"'"),
    ev("THREATEN", ["IRN"], ["USA"], "2025-06-22", context=["military"],
       note="'said Iran reserved all options to defend its sovereignty'"),
    ev("AGREE", ["IRN"], ["RUS"], "2025-06-22", context=["diplomatic"], alt=["CONSULT"],
       note="'He said he would travel to Moscow on Monday for consultations with President Vladimir Putin' (future contact)"),
    ev("ASSAULT", ["IRN"], ["ISR"], "2025-06-22", ["heavy-weapons"], ["military"],
       note="'Hours after the U.S. strikes, Iran fired a barrage of missiles at Israel'"),
    ev("COOPERATE", ["USA"], ["ISR"], None, context=["military"], alt=["AID"],
       note="'U.S. warships and THAAD batteries have been helping Israel intercept Iranian missiles since the war began'"),
]))

DOCS.append(("f26_wire_tariffs_china", "2025-04-04", [
    ev("SANCTION", ["CHN"], ["USA"], "2025-04-04", ["discontinue"], ["economic", "technology"],
       note="'China said on Friday it would impose additional tariffs of 34% on all U.S. goods'; rare-earth export controls; 'unreliable entity' list"),
    ev("SANCTION", ["USA"], ["CHN"], "2025-04-02", ["discontinue"], ["economic"],
       note="'the \"reciprocal\" levy President Donald Trump announced on Chinese imports on Wednesday'"),
    ev("REQUEST", ["CHN"], ["USA"], "2025-04-04", ["change"], ["economic"],
       note="'The commerce ministry urged Washington to immediately cancel its unilateral tariffs'"),
    ev("ACCUSE", ["CHN"], ["USA"], "2025-04-04", ["disapprove"], ["economic"],
       note="'calling them \"a typical practice of unilateral bullying\"'"),
    ev("ACCUSE", ["USA"], ["CHN"], "2025-04-04", ["disapprove"], ["economic"],
       note="Trump: 'CHINA PLAYED IT WRONG, THEY PANICKED'"),
    ev("THREATEN", ["EU"], ["USA"], "2025-04-03", ["restrict"], ["economic"],
       note="von der Leyen 'said on Thursday the bloc was finalising a first package of countermeasures and was prepared to respond if talks failed'"),
]))

DOCS.append(("f27_wire_venezuela_guaido", "2019-01-24", [
    ev("SANCTION", ["VEN"], ["USA"], "2019-01-23", ["expel", "withdraw"], ["diplomatic"],
       note="'Maduro broke diplomatic relations with the United States on Wednesday and gave U.S. diplomats 72 hours to leave'"),
    ev("SUPPORT", ["USA"], ["VEN"], None, context=["political_institutions"],
       note="'President Donald Trump recognised opposition leader Juan Guaido as Venezuela's interim president' (VEN OPP; no day)"),
    ev("PROTEST", ["VEN"], ["VEN"], None, ["demo"], ["political_institutions"],
       note="'hundreds of thousands of supporters marching in Caracas'"),
    ev("ASSAULT", ["VEN"], ["VEN"], None, ["crowd-control"], ["repression"],
       note="'Security forces fired tear gas to disperse protesters, and at least 13 people were killed in two days of unrest'"),
    ev("ACCUSE", ["VEN"], ["USA"], None, ["allege"], ["political_institutions"],
       note="'Maduro accused Washington of orchestrating a coup'"),
    ev("REJECT", ["USA"], ["VEN"], None, ["yield"], ["diplomatic"], alt=["ACCUSE"],
       note="'The State Department said Maduro no longer had the authority to break relations and that U.S. diplomats would not leave'"),
    ev("REJECT", ["VEN"], ["VEN"], "2019-01-24", context=["military", "political_institutions"],
       note="'Padrino said on Thursday that the armed forces did not recognise Guaido' (VEN MIL -> VEN OPP)"),
    ev("ACCUSE", ["RUS"], ["VEN"], "2019-01-24", ["disapprove"], ["political_institutions"],
       note="'The Kremlin ... calling Guaido's move a usurpation of power'"),
    ev("THREATEN", ["RUS"], [], "2019-01-24", context=["military"], optional=True,
       note="'The Kremlin warned against any foreign military intervention' (no named addressee)"),
]))

# ---------------------------------------------------------------- short items

DOCS.append(("f28_short_kaesong_office", "2020-06-16", [
    ev("ASSAULT", ["PRK"], ["KOR"], "2020-06-16", ["explosives", "destroy"], ["diplomatic", "military"],
       note="'The joint liaison office in ... Kaesong was blown up by North Korea on Tuesday afternoon' (passive)"),
    ev("THREATEN", ["PRK"], ["KOR"], "2020-06-13", context=["diplomatic"], aux=H,
       note="'three days after Kim Yo Jong ... warned that the \"useless\" building would soon be seen \"completely collapsed\"'"),
    ev("THREATEN", ["KOR"], ["PRK"], "2020-06-16", context=["military"],
       note="'Seoul's presidential office said it would respond strongly if the North took further steps' (conditional threat)"),
]))

DOCS.append(("f29_short_japan_korea_exports", "2019-07-01", [
    ev("SANCTION", ["JPN"], ["KOR"], "2019-07-01", ["discontinue"], ["economic", "technology"], alt=["THREATEN"],
       note="'Japan will tighten restrictions on exports to South Korea of three materials ... from Thursday, the trade ministry said on Monday'"),
    ev("ACCUSE", ["KOR"], ["JPN"], "2019-07-01", ["disapprove"], ["economic"], optional=True,
       note="'Seoul, which sees the move as retaliation for its court rulings'"),
    ev("THREATEN", ["KOR"], ["JPN"], "2019-07-01", ["restrict"], ["economic", "legal"],
       note="'said it would take countermeasures, including a complaint to the World Trade Organization'"),
]))

DOCS.append(("f30_short_two_michaels", "2018-12-13", [
    ev("COERCE", ["CHN"], ["CAN"], "2018-12", ["arrest"], ["intelligence", "diplomatic"],
       note="'Michael Spavor, has been detained in China'; 'days after ... Michael Kovrig was taken into custody by Chinese state security' (merged -> month)"),
    ev("COERCE", ["CAN"], ["CHN"], "2018-12-01", ["arrest"], ["legal", "economic"], aux=H, initiator="USA",
       note="'the arrest in Vancouver on Dec. 1 of Huawei finance chief Meng Wanzhou at the request of the United States'"),
    ev("REQUEST", ["USA"], ["CAN"], None, ["assist"], ["legal"], aux=H, optional=True,
       note="'at the request of the United States' (folded into the initiator)"),
    ev("REQUEST", ["CHN"], ["CAN"], None, ["yield"], ["legal"], aux=H,
       note="'Beijing had demanded her release'"),
    ev("THREATEN", ["CHN"], ["CAN"], None, context=["diplomatic"], aux=H,
       note="'and warned of \"grave consequences\" if she was not freed'"),
]))

DOCS.append(("f31_short_new_start", "2023-02-21", [
    ev("SANCTION", ["RUS"], ["USA"], "2023-02-21", ["discontinue"], ["cbrn", "military"], alt=["REJECT"],
       note="'Russia is suspending its participation in the New START nuclear arms treaty with the United States, President Vladimir Putin said ... on Tuesday' (suspending a cooperation agreement, as dev3 e07)"),
    ev("ACCUSE", ["USA"], ["RUS"], "2023-02-21", ["disapprove"], ["cbrn"],
       note="'Blinken called the decision \"deeply unfortunate and irresponsible\"'"),
]))

DOCS.append(("f32_short_uk_rwanda_treaty", "2023-12-05", [
    ev("SUPPORT", ["GBR", "RWA"], [], "2023-12-05", context=["migration", "asylum"], alt=["AGREE", "COOPERATE"],
       note="'Britain and Rwanda signed a new treaty on Tuesday'"),
    ev("CONSULT", ["GBR"], ["RWA"], "2023-12-05", ["visit"], ["migration"],
       note="'Cleverly, who flew to Kigali for the signing with Rwandan Foreign Minister Vincent Biruta'"),
    ev("AGREE", ["RWA"], ["GBR"], "2023-12-05", context=["asylum", "migration"],
       note="'under it, Rwanda will not remove anyone relocated from Britain to a country where they would be at risk'"),
]))

DOCS.append(("f33_short_msc_aries", "2024-04-13", [
    ev("COERCE", ["IRN"], ["ISR"], "2024-04-13", ["seize"], ["military"],
       note="'Iranian commandos ... seized [the MSC Aries, a container ship linked to an Israeli businessman] near the Strait of Hormuz on Saturday' (ISR BUS)"),
    ev("ACCUSE", ["ISR"], ["IRN"], "2024-04-13", ["disapprove"], ["military"],
       note="'Katz called Iran \"a criminal regime\"'"),
    ev("REQUEST", ["ISR"], ["EU"], "2024-04-13", ["change"], ["terrorism"],
       note="'urged the European Union to declare the Revolutionary Guards a terrorist organisation and to sanction Iran immediately'"),
]))

DOCS.append(("f34_short_nicaragua_alvarez", "2024-01-15", [
    ev("RETREAT", ["NIC"], ["NIC"], "2024-01-14", ["release"], ["human_rights", "religion_ethnicity"], alt=["COERCE"],
       note="'Bishop Rolando Álvarez ... was freed on Sunday and flown to Rome' (release carried out; the forced exile makes COERCE deport defensible)"),
    ev("SANCTION", ["NIC"], ["NIC"], "2023-02", ["convict"], ["repression", "religion_ethnicity"], aux=H,
       note="'sentenced in February last year to 26 years in prison for treason'"),
    ev("SUPPORT", ["NIC"], ["VAT"], None, context=["religion_ethnicity", "diplomatic"],
       note="'Daniel Ortega's government thanked the Holy See for its \"very respectful and discreet\" coordination' (no day)"),
    ev("COOPERATE", ["NIC", "VAT"], [], None, context=["religion_ethnicity"], alt=["CONSULT"], optional=True,
       note="the 'coordination' between Managua and the Holy See"),
]))

DOCS.append(("f35_short_fico_shooting", "2024-05-15", [
    ev("ASSAULT", ["SVK"], ["SVK"], "2024-05-15", ["firearms", "targeted"], ["political_institutions"],
       note="'Robert Fico was shot several times and seriously wounded ... on Wednesday' (passive)"),
    ev("COERCE", ["SVK"], ["SVK"], "2024-05-15", ["arrest"], ["crime"],
       note="'Police detained a 71-year-old suspect at the scene'"),
]))

DOCS.append(("f36_short_tonga_aid", "2022-01-20", [
    ev("AID", ["AUS", "NZL"], ["TON"], "2022-01-20", context=["disasters"],
       note="'Military aircraft from Australia and New Zealand landed in Tonga on Thursday with drinking water and emergency supplies'"),
    ev("REQUEST", ["TON"], ["AUS", "NZL"], None, ["change"], ["health"], optional=True,
       note="'The deliveries were contactless, at Tonga's request'"),
]))

DOCS.append(("f37_short_vanuatu_quake", "2024-12-19", [
    ev("AID", ["AUS", "NZL"], ["VUT"], "2024-12-19", context=["disasters"],
       note="'Search-and-rescue teams sent by Australia and New Zealand were digging through collapsed buildings in Port Vila on Thursday'"),
    ev("AID", ["FRA"], ["VUT"], None, context=["disasters"],
       note="'France has flown rescuers and relief supplies in from New Caledonia' (undated)"),
]))

DOCS.append(("f38_short_us_ukraine_aid", "2024-04-24", [
    ev("AID", ["USA"], ["UKR"], "2024-04-24", context=["military"], alt=["COOPERATE", "AGREE"],
       note="'Biden signed a $95 billion foreign aid package into law on Wednesday, and the Pentagon announced a $1 billion package of weapons for Ukraine'"),
    ev("AID", ["USA"], ["ISR", "TWN"], "2024-04-24", context=["military"], alt=["AGREE"], optional=True,
       note="'The bill also funds military aid for Israel and Taiwan'"),
]))

DOCS.append(("f39_short_serbia_pm_resigns", "2025-01-28", [
    ev("RETREAT", ["SRB"], ["SRB"], "2025-01-28", ["resign"], ["political_institutions"],
       note="'Prime Minister Milos Vucevic announced his resignation on Tuesday'"),
    ev("ASSAULT", ["SRB"], ["SRB"], "2025-01-28", ["beat"], ["repression"],
       note="'hours after a group of men wielding baseball bats attacked students putting up protest posters in Novi Sad'"),
    ev("PROTEST", ["SRB"], ["SRB"], None, ["demo"], ["corruption", "political_institutions"],
       note="'Students have led near-daily protests since the collapse of a railway station canopy'"),
]))

DOCS.append(("f40_short_india_pakistan_ceasefire", "2025-05-10", [
    ev("RETREAT", ["IND", "PAK"], [], "2025-05-10", ["ceasefire"], ["military"],
       note="'Guns fell silent along the border at 5 p.m. on Saturday after India and Pakistan agreed to a ceasefire'; 'the two sides agreed to stop all firing'"),
    ev("CONSULT", ["IND", "PAK"], [], "2025-05-10", ["phone"], ["military"], initiator="PAK",
       note="'The Pakistani director general of military operations had called his Indian counterpart in the afternoon'"),
    ev("ACCUSE", ["IND"], ["PAK"], "2025-05-10", ["allege"], ["military"],
       note="'Hours later, he [Misri] accused Pakistan of repeated violations of the understanding'"),
    ev("ASSAULT", ["IND", "PAK"], [], "2025-05", ["aerial", "drone"], ["military"], aux=H, optional=True,
       note="'ending four days of missile and drone strikes'"),
]))

DOCS.append(("f41_short_colombia_eln_truce", "2023-08-03", [
    ev("RETREAT", ["COL"], ["COL"], "2023-08-03", ["ceasefire"], ["military"],
       note="'A six-month bilateral ceasefire between Colombia's government and the National Liberation Army (ELN) rebels took effect on Thursday' (ELN -> COL REB)"),
    ev("AGREE", ["COL"], ["COL"], "2023-06", context=["military"], aux=H, alt=["CONCEDE"], optional=True,
       note="'The truce ... was announced at peace talks in Havana in June'"),
    ev("CONSULT", ["COL", "CUB"], [], "2023-06", ["third-party"], ["military"], aux=H, optional=True,
       note="'peace talks in Havana' (Cuba as host)"),
]))

DOCS.append(("f42_short_bolivia_morales", "2019-11-11", [
    ev("RETREAT", ["BOL"], ["BOL"], "2019-11-10", ["resign"], ["political_institutions"],
       note="'Evo Morales resigned as Bolivia's president on Sunday'"),
    ev("PROTEST", ["BOL"], ["BOL"], None, ["demo"], ["election"],
       note="'after three weeks of protests over a disputed election'"),
    ev("REQUEST", ["BOL"], ["BOL"], "2019-11-10", ["yield"], ["military", "political_institutions"],
       note="'hours after the head of the armed forces, General Williams Kaliman, urged him to step down' (BOL MIL -> BOL GOV)"),
    ev("ACCUSE", ["OAS"], ["BOL"], "2019-11-10", ["allege"], ["election"],
       note="'Earlier on Sunday an audit by the Organization of American States had found \"clear manipulation\" of the October vote'"),
    ev("CONCEDE", ["BOL"], ["BOL"], "2019-11-10", context=["election"], alt=["AGREE"],
       note="'and Morales had offered to hold a new election' (earlier on Sunday)"),
    ev("ACCUSE", ["BOL"], ["BOL"], None, ["allege"], ["political_institutions"],
       note="'The latter called his ouster a coup' (the latter = Morales; no day)"),
]))

DOCS.append(("f43_short_hongkong_bill", "2019-09-04", [
    ev("CONCEDE", ["HKG"], ["HKG"], "2019-09-04", context=["legal", "political_institutions"], alt=["RETREAT"],
       note="'Carrie Lam formally withdrew the extradition bill on Wednesday, conceding one of the five demands of protesters'"),
    ev("PROTEST", ["HKG"], ["HKG"], None, ["demo"], ["legal", "rights_freedoms"],
       note="'protesters who have been taking to the streets for three months'"),
    ev("REJECT", ["HKG"], ["HKG"], "2019-09-04", context=["political_institutions"],
       note="'Protest groups rejected the move as \"too little, too late\"'"),
]))

DOCS.append(("f44_short_israel_overhaul_pause", "2023-03-27", [
    ev("CONCEDE", ["ISR"], ["ISR"], "2023-03-27", context=["legal", "political_institutions"],
       note="'Netanyahu on Monday put his judicial overhaul on hold ... bowing to mass street protests and a general strike'"),
    ev("PROTEST", ["ISR"], ["ISR"], None, ["demo", "strike"], ["legal", "political_institutions"],
       note="'mass street protests and a general strike called by the Histadrut labour federation that shut down Ben Gurion airport'"),
    ev("RETREAT", ["ISR"], ["ISR"], "2023-03-27", context=["political_institutions"], optional=True,
       note="'The union called off the strike after his announcement' (ISR LAB)"),
]))

DOCS.append(("f45_short_yudh_abhyas", "2022-12-01", [
    ev("REJECT", ["IND"], ["CHN"], "2022-12-01", context=["military"], alt=["ACCUSE"],
       note="'India rejected China's objections on Thursday'; 'I don't see why third countries should have a veto on it'"),
    ev("ACCUSE", ["CHN"], ["IND"], "2022-11-30", ["disapprove"], ["military", "territory"],
       note="'a day after Beijing said the Yudh Abhyas drills violated the spirit of border agreements it signed with New Delhi'"),
    ev("COOPERATE", ["IND", "USA"], [], None, context=["military"],
       note="'a joint military exercise with the United States held in Uttarakhand' (undated)"),
    ev("SUPPORT", ["CHN", "IND"], [], None, context=["territory"], aux=H, optional=True,
       note="'border agreements it signed with New Delhi in 1993 and 1996' (two dates -> null)"),
]))

DOCS.append(("f46_short_f16_ukraine", "2024-08-04", [
    ev("COOPERATE", ["DNK", "NLD"], ["UKR"], None, context=["military"], alt=["AID"],
       note="'The first F-16 fighter jets have arrived in Ukraine'; 'The jets were supplied by Denmark and the Netherlands' (arms transfer -> COOPERATE, as dev2)"),
    ev("COOPERATE", ["NLD"], ["UKR"], None, context=["military"], aux=H, alt=["AID"],
       note="'the latter also runs the training centre in Romania where Ukrainian pilots learned to fly them' (the latter = the Netherlands)"),
]))

DOCS.append(("f47_short_belarus_nukes", "2023-06-16", [
    ev("MOBILIZE", ["RUS"], ["BLR"], None, ["weapons"], ["cbrn", "military"], alt=["COOPERATE"],
       note="'The first Russian tactical nuclear warheads have been delivered to Belarus, President Vladimir Putin said on Friday' (delivery undated)"),
    ev("AGREE", ["RUS"], ["BLR"], "2023-06-16", context=["cbrn", "military"], alt=["MOBILIZE"], optional=True,
       note="'adding that the rest would be moved there by the end of the summer'"),
]))

DOCS.append(("f48_short_alaska_bombers", "2024-07-25", [
    ev("COOPERATE", ["RUS", "CHN"], [], "2024-07-24", context=["military"],
       note="'Two Russian Tu-95 and two Chinese H-6 bombers ... flew in a joint patrol' on Wednesday"),
    ev("MOBILIZE", ["USA", "CAN"], ["RUS", "CHN"], "2024-07-24", context=["military"], alt=["COERCE"], optional=True,
       note="'were intercepted by U.S. and Canadian fighter jets on Wednesday' (passive)"),
]))


if __name__ == "__main__":
    write_gold(DOCS, os.path.join(HERE, ".."))

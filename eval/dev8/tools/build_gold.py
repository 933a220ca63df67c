#!/usr/bin/env python3
"""Writes eval/dev8/gold.jsonl from the hand-coded events below.

The events were coded by hand from the documents in docs/ following
/work/shared/SPEC.md and the conventions of eval/heldout/README.md,
eval/dev2/README.md ... eval/dev7/README.md, without reading the coder's
source or data and without running the coder; this script only serialises
them (keeps the gold reviewable as one Python file with a note per event).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from goldlib import ev, write_gold  # noqa: E402

H = "historical"
FUT = "future"
HYP = "hypothetical"

DOCS = []

# ---------------------------------------------------------------- government readouts / statements

DOCS.append(("k01_rs_presidency_xi_visit", "2024-05-08", [
    ev("CONSULT", ["CHN"], ["SRB"], "2024-05-08", ["visit"], ["diplomatic", "economic"], initiator="SRB",
       note="'today welcomed the President of the People's Republic of China, Xi Jinping'; 'arrived in Belgrade last night on a two-day state visit ... at the invitation of President Vučić'; 'held talks in a restricted format and then in plenary session'"),
    ev("SUPPORT", ["SRB"], ["CHN"], "2024-05-08", context=["territory", "diplomatic"],
       note="'Vučić thanked China for its principled and consistent support'; 'Serbia firmly adheres to the one-China policy'; 'told the crowd ... that Taiwan is China'"),
    ev("SUPPORT", ["CHN"], ["SRB"], "2024-05-08", context=["diplomatic", "territory"],
       note="'The Chinese President said that China supports Serbia in following a development path suited to its national conditions'"),
    ev("SUPPORT", ["SRB", "CHN"], [], "2024-05-08", context=["diplomatic", "economic"],
       note="'the two Presidents signed a Joint Statement on deepening ... the comprehensive strategic partnership'; 'ministers ... exchanged 28 agreements and memoranda' (the FTA 'signed last October' is background, not coded separately)"),
    ev("AGREE", ["SRB", "CHN"], [], "2024-05-08", context=["economic"],
       note="'The two sides agreed that the Free Trade Agreement ... will enter into force on 1 July'"),
    ev("ASSAULT", ["NATO"], ["CHN"], "1999-05", ["aerial"], ["military"], aux=H,
       note="'the NATO bombing of the Chinese Embassy in Belgrade in May 1999, in which three Chinese journalists were killed' (recalled)"),
    ev("ACCUSE", ["CHN"], ["NATO"], "2024-05-08", ["disapprove"], ["military"], optional=True,
       note="'President Xi recalled that the Chinese people would never forget it' (implicit reproach)"),
    # negative: 'Serbia will not impose sanctions on anyone at the request of others' (negated, no addressee)
]))

DOCS.append(("k02_hu_government_netanyahu_icc", "2025-04-03", [
    ev("CONSULT", ["ISR"], ["HUN"], "2025-04-03", ["visit"], ["diplomatic"], initiator="HUN",
       note="'Orbán received Prime Minister of Israel Benjamin Netanyahu in Budapest today'; 'arrived ... for a four-day visit at the invitation of Prime Minister Orbán'"),
    ev("SANCTION", ["HUN"], ["ICC"], "2025-04-03", ["discontinue"], ["legal", "political_institutions"], alt=["REJECT"],
       note="'Gulyás announced that Hungary would withdraw from the Rome Statute. The Government will launch the withdrawal procedure today' (leaving a body, as dev5/dev7)"),
    ev("ACCUSE", ["HUN"], ["ICC"], "2025-04-03", ["disapprove"], ["legal"],
       note="Orbán: 'the court had become a political court and ... the decision against Israel's Prime Minister had confirmed it'"),
    ev("REJECT", ["HUN"], ["ICC"], "2024-11", ["assist"], ["legal"], aux=H,
       note="'Hungary had made clear in November that it would not carry out the warrant'"),
    ev("ACCUSE", ["ICC"], ["ISR"], "2024-11", ["allege"], ["legal", "human_rights"], aux=H, optional=True,
       note="'the International Criminal Court issued an arrest warrant against him in November last year' (as dev5 g42)"),
    ev("SUPPORT", ["ISR"], ["HUN"], "2025-04-03", context=["legal", "diplomatic"],
       note="'Netanyahu called the decision bold and principled and thanked Hungary for standing by Israel'"),
    ev("AGREE", ["HUN", "ISR"], [], "2025-04-03", context=["military", "technology", "economic"],
       note="'The two leaders agreed to strengthen cooperation in defence, innovation and energy'"),
    ev("REQUEST", ["ICC"], ["HUN"], "2025-04-03", ["change", "assist"], ["legal"],
       note="'Hungary remains under an obligation to cooperate with the court'; the Assembly of States Parties' presidency 'called on Hungary to remain a member' (story of the day)"),
    ev("ACCUSE", ["ICC"], ["HUN"], "2025-04-03", ["disapprove"], ["legal"], optional=True,
       note="'expressed concern at the decision'"),
]))

DOCS.append(("k03_cy_presidency_amalthea", "2024-03-12", [
    ev("AID", ["ARE"], ["PSE"], "2024-03-12", context=["human_security"],
       note="'Open Arms sailed this morning ... with about 200 tonnes of food for the civilian population of Gaza'; 'collected by ... World Central Kitchen with funding from the United Arab Emirates' (Gaza -> PSE)"),
    ev("AID", ["CYP"], ["PSE"], "2024-03-12", context=["human_security"], alt=["COOPERATE"], optional=True,
       note="'the first shipment through the Cyprus maritime corridor \"Amalthea\"' (Cyprus's corridor; the food is the UAE-funded NGO's)"),
    ev("AID", ["USA"], ["PSE"], "2024-03-12", context=["human_security"], optional=True,
       note="'collected by the non-governmental organisation World Central Kitchen' (a US NGO, coded by its country)"),
    ev("COOPERATE", ["CYP", "ISR"], [], None, context=["human_security"],
       note="'was inspected in Larnaca by Cypriot authorities together with Israeli officials' (joint inspection carried out; no day)"),
    ev("AID", ["JOR"], ["PSE"], None, context=["human_security"],
       note="'Jordan's air force has carried out a series of airdrops of food over Gaza since February' (ongoing -> null)"),
    ev("REQUEST", ["CYP"], ["ISR"], "2024-03-12", ["change"], ["human_security"],
       note="Christodoulides 'called on Israel to open more land crossings into Gaza'"),
    ev("CONSULT", ["EU"], ["CYP"], "2024-03-08", ["visit"], ["human_security", "diplomatic"], aux=H,
       note="'On Friday, the President of the European Commission ... visited Larnaca and inspected the port facilities together with the President'"),
    ev("SUPPORT", ["EU", "CYP", "USA", "ARE", "GBR"], [], "2024-03-08", context=["human_security"], aux=H,
       note="'The same day the European Commission, ... Cyprus, the United States, the United Arab Emirates and the United Kingdom issued a joint statement announcing the opening of the corridor'"),
    ev("AGREE", ["USA"], ["PSE"], None, context=["human_security", "military"], alt=["AID"],
       note="'The United States has announced that its military will build a temporary pier off the coast of Gaza' (no day)"),
    ev("SUPPORT", ["ISR"], ["CYP"], None, context=["human_security"],
       note="'The Israeli Ministry of Foreign Affairs welcomed the opening of the corridor' (no day)"),
    ev("AGREE", ["ISR"], ["CYP"], None, context=["human_security"], alt=["COOPERATE"],
       note="'and said Israel would continue to facilitate the security checks in Cyprus'"),
    # 'thanked all partners' (unnamed) and 'expressed the hope that the corridor would become a permanent route' (no addressee): no event
]))

DOCS.append(("k04_py_mre_jerusalem_embassy", "2024-12-12", [
    ev("SUPPORT", ["PRY"], ["ISR"], "2024-12-12", context=["diplomatic", "territory"],
       note="'Santiago Peña, today inaugurated the Embassy of the Republic of Paraguay in the city of Jerusalem'; 'Paraguay reaffirms its support for Israel's right to defend itself'"),
    ev("CONSULT", ["PRY"], ["ISR"], "2024-12-12", ["visit"], ["diplomatic"],
       note="'The President and the Prime Minister later held a working meeting'; Peña 'who arrived in Israel on Tuesday, also met the President ... Herzog'"),
    ev("SUPPORT", ["ISR"], ["PRY"], "2024-12-12", context=["diplomatic"],
       note="Netanyahu 'thanked the Head of State for the decision and described Paraguay as a true friend'"),
    ev("AGREE", ["PRY", "ISR"], [], "2024-12-12", context=["economic", "technology", "natural_resource"],
       note="'Both leaders agreed to launch direct cooperation programmes in these areas next year'"),
    ev("REQUEST", ["PRY"], ["PSE"], None, ["change"], ["human_rights", "terrorism"], optional=True,
       note="'calls for the immediate release of all hostages held in Gaza' (addressee implicit: the captors, Hamas -> PSE; said in the Knesset speech, no day)"),
    ev("SANCTION", ["ISR"], ["PRY"], "2018-09", ["withdraw"], ["diplomatic"], aux=H,
       note="'Israel closed its embassy in Asunción in September 2018'"),
    ev("ACCUSE", ["PSE"], ["PRY"], "2024-12-12", ["disapprove", "allege"], ["diplomatic", "legal", "territory"],
       note="'The Palestinian Ministry of Foreign Affairs ... condemned the opening of the embassy as a flagrant violation of international law' (story of the day)"),
    # 'reversed an earlier decision on Jerusalem' (2018): too vague for a type, no event
]))

DOCS.append(("k05_gt_presidency_rubio", "2025-02-05", [
    ev("CONSULT", ["USA"], ["GTM"], "2025-02-05", ["visit"], ["migration", "diplomatic"],
       note="'Arévalo, received this morning at the National Palace of Culture the Secretary of State of the United States, Marco Rubio'"),
    ev("AGREE", ["GTM"], ["USA"], "2025-02-05", context=["migration"],
       note="'Guatemala will increase by 40 per cent the number of deportation flights it receives'; 'has agreed to receive deported persons of other nationalities'"),
    ev("AGREE", ["GTM", "USA"], [], "2025-02-05", context=["migration", "military"], optional=True,
       note="'Guatemala and the United States will also set up a joint border security force'"),
    ev("SUPPORT", ["USA"], ["GTM"], "2025-02-05", context=["diplomatic"],
       note="'Rubio thanked President Arévalo for his leadership and described Guatemala as a key partner'"),
    ev("AGREE", ["USA"], ["GTM"], "2025-02-05", context=["economic"], alt=["AID"],
       note="'the United States would support the investments needed to modernise the ports of Guatemala'"),
    ev("COOPERATE", ["GTM"], ["USA"], None, context=["migration"], aux=H,
       note="'Guatemala has for years received regular deportation flights of its own nationals from the United States' (ongoing -> null, as dev7 j14)"),
    ev("AGREE", ["SLV"], ["USA"], "2025-02-03", context=["migration", "crime"], aux=H,
       note="'On Monday, in El Salvador, President Nayib Bukele offered to house in his country's prisons deportees of any nationality'"),
    ev("CONSULT", ["USA"], ["SLV"], "2025-02-03", ["visit"], ["migration"], aux=H, optional=True,
       note="'On Monday, in El Salvador' (Rubio's stop implied)"),
    # 'arrived ... from Costa Rica', 'travels to the Dominican Republic': itinerary, no event
]))

DOCS.append(("k06_hn_presidency_extradition", "2024-08-28", [
    ev("SANCTION", ["HND"], ["USA"], "2024-08-28", ["discontinue"], ["legal", "crime", "diplomatic"], alt=["REJECT"],
       note="'has instructed the Minister for Foreign Affairs ... to terminate the Extradition Treaty'; 'today delivered the corresponding diplomatic note'"),
    ev("ACCUSE", ["USA"], ["HND"], None, ["disapprove"], ["military", "crime"], aux=H,
       note="'the statements made by the Ambassador of the United States, Laura Dogu, who criticised the meeting held in Caracas' (no day)"),
    ev("ACCUSE", ["USA"], ["VEN"], None, ["allege"], ["crime", "illegal_drugs"], aux=H, optional=True,
       note="'Vladimir Padrino López, whom she described as a drug trafficker'"),
    ev("CONSULT", ["HND"], ["VEN"], None, ["visit"], ["military"], aux=H,
       note="'the meeting held in Caracas by the Minister of National Defence ... and the Chief of the Joint Staff ... with the Minister of Defence of Venezuela' (no day)"),
    ev("ACCUSE", ["HND"], ["USA"], "2024-08-28", ["disapprove", "allege"], ["diplomatic", "political_institutions"],
       note="'the interference and interventionism of the United States ... are intolerable'; 'the treaty could be used as an instrument to attack the Honduran Armed Forces'"),
    ev("AGREE", ["HND"], ["USA"], "2024-08-28", context=["diplomatic"], optional=True,
       note="'remains willing to maintain relations of cooperation with the United States' (standing position)"),
]))

DOCS.append(("k07_lb_presidency_arms_monopoly", "2025-08-07", [
    ev("AGREE", ["LBN"], ["USA"], "2025-08-07", context=["military", "diplomatic"], alt=["SUPPORT"],
       note="'The Council of Ministers ... approved the objectives set out in ... the paper submitted by the American envoy Thomas Barrack'"),
    ev("REQUEST", ["LBN"], ["LBN"], "2025-08", ["yield"], ["military", "political_institutions"],
       note="objectives 'include the end of the armed presence of all non-state groups, including Hezbollah'; 'on Tuesday ... tasked the Lebanese Army with preparing a plan to restrict weapons to the State' (5 and 7 Aug merged -> month; Hezbollah -> LBN)"),
    ev("PROTEST", ["LBN"], ["LBN"], "2025-08-07", ["boycott"], ["political_institutions"],
       note="'The ministers of Hezbollah and of the Amal Movement withdrew from today's session in protest'"),
    ev("REQUEST", ["LBN"], ["ISR"], "2025-08-07", ["yield", "change"], ["military", "territory"],
       note="Aoun: 'Israel must withdraw from the five points it still occupies ..., stop its daily attacks ..., and release the Lebanese prisoners'"),
    ev("ACCUSE", ["LBN"], ["ISR"], "2025-08-07", ["allege"], ["military", "territory"], optional=True,
       note="'its daily attacks and violations of Lebanese sovereignty' (inside the demand)"),
    ev("ASSAULT", ["ISR"], ["LBN"], None, context=["military"], optional=True,
       note="'stop its daily attacks' (ongoing, Lebanon's account)"),
    ev("RETREAT", ["ISR"], ["LBN"], "2025-02", ["withdraw"], ["military", "territory"], aux=H,
       note="'Israeli forces withdrew from the villages of the south in February but kept positions on five hills'"),
    ev("RETREAT", ["ISR", "LBN"], [], "2024-11", ["ceasefire"], ["military"], aux=H, optional=True,
       note="'the cessation of hostilities of November 2024' (mentioned only)"),
    ev("REJECT", ["LBN"], ["LBN"], "2025-08", ["yield"], ["military", "political_institutions"], alt=["ACCUSE"],
       note="'In a statement issued after Tuesday's session, Hezbollah said it would treat the decision as if it did not exist' (after 5 Aug, no day -> month)"),
    ev("ACCUSE", ["LBN"], ["LBN"], "2025-08", ["disapprove"], ["political_institutions"], optional=True,
       note="'described it as a grave sin that strips Lebanon of its weapons of resistance'"),
]))

DOCS.append(("k08_ug_updf_south_sudan", "2025-03-11", [
    ev("MOBILIZE", ["UGA"], ["SSD"], "2025-03", ["troops"], ["military"], initiator="SSD", alt=["COOPERATE"],
       note="'units of the Special Forces Command have been deployed to Juba'; 'at the request of the Government of the Republic of South Sudan'; Muhoozi 'announced the deployment earlier today' (deployment itself not dated -> month)"),
    ev("REQUEST", ["SSD"], ["UGA"], None, ["assist"], ["military"], aux=H, optional=True,
       note="'at the request of the Government of the Republic of South Sudan' (folded into the initiator, as dev4 f30)"),
    ev("AGREE", ["UGA"], ["SSD"], "2025-03-11", context=["military"], alt=["SUPPORT"],
       note="Muhoozi 'said that the UPDF would protect the whole territory of South Sudan as if it were Uganda'"),
    ev("ASSAULT", ["SSD"], ["SSD"], "2025-03-04", context=["military"], aux=H,
       note="'fighters of the armed youth group known as the White Army overran a garrison of the South Sudan army in the town of Nasir ... on 4 March'"),
    ev("COERCE", ["SSD"], ["SSD"], "2025-03", ["arrest"], ["political_institutions"], aux=H,
       note="'security forces the same week detained the Minister of Petroleum ... and several senior military officers allied to ... Machar' (week of 4 March -> month)"),
    ev("ACCUSE", ["SSD"], ["SSD"], None, ["allege"], ["military", "political_institutions"], aux=H,
       note="'The Government of South Sudan accused Machar's party of supporting the attack in Nasir' (no day)"),
    ev("REJECT", ["SSD"], ["SSD"], None, context=["military"], aux=H, alt=["ACCUSE"],
       note="'a charge his party denied'"),
    ev("REQUEST", ["UGA"], ["SSD"], "2025-03-11", ["change"], ["military", "political_institutions"],
       note="'calls upon all parties in South Sudan to respect the 2018 Revitalised Peace Agreement and to resolve their differences through dialogue'"),
]))

DOCS.append(("k09_tj_presidency_border_treaty", "2025-03-13", [
    ev("CONSULT", ["TJK"], ["KGZ"], "2025-03-13", ["visit"], ["diplomatic", "territory"], initiator="KGZ",
       note="'who is on a state visit to the Kyrgyz Republic at the invitation of President Sadyr Japarov, held talks today with his Kyrgyz counterpart'"),
    ev("SUPPORT", ["TJK", "KGZ"], [], "2025-03-13", context=["territory"],
       note="'the Presidents of the two countries signed the Treaty ... on the State Border, as well as a number of other documents'"),
    ev("AGREE", ["TJK", "KGZ"], [], "2025-03-13", context=["territory", "economic"],
       note="'The two sides agreed to open the checkpoints on the common border and to restore road and air links and trade'"),
    ev("SUPPORT", ["TJK"], ["KGZ"], "2025-03-13", context=["diplomatic"],
       note="'The Leader of the Nation thanked the Kyrgyz side for the warm hospitality'"),
    ev("SUPPORT", ["KGZ"], ["TJK"], "2025-03-13", context=["territory"], optional=True,
       note="'President Japarov described the signing as a historic event'"),
    ev("REQUEST", ["TJK"], ["KGZ"], "2025-03-13", ["meet"], ["diplomatic"], alt=["AGREE"], optional=True,
       note="'invited President Japarov to visit Tajikistan' (invitation)"),
    ev("AGREE", ["KGZ"], ["TJK"], "2025-03-13", context=["diplomatic"],
       note="'an invitation which was accepted with gratitude' (a promised visit)"),
    ev("ASSAULT", ["TJK", "KGZ"], [], "2022-09", context=["military", "territory"], aux=H,
       note="'In September 2022 the armed clashes on the border claimed the lives of dozens of people on both sides' (mutual, no aggressor named)"),
    # the border negotiations 'which lasted for more than three decades' share the CONSULT key (not separate)
]))

DOCS.append(("k10_by_presidency_kellogg", "2025-06-21", [
    ev("CONSULT", ["USA"], ["BLR"], "2025-06-21", ["visit"], ["diplomatic"],
       note="'Lukashenko held a meeting in Minsk today with the Special Envoy ... Keith Kellogg, who came to Belarus with a delegation'"),
    ev("AGREE", ["BLR"], ["USA"], "2025-06-21", context=["diplomatic"],
       note="'Belarus is ready to discuss any issues with the United States'"),
    ev("RETREAT", ["BLR"], ["USA"], "2025-06-21", ["release"], ["human_rights", "repression"], alt=["CONCEDE"],
       note="'the President of Belarus pardoned fourteen people ... and they were handed over to the American side'"),
    ev("COERCE", ["BLR"], ["BLR"], "2020-05", ["arrest"], ["repression", "election"], aux=H,
       note="'Sergei Tikhanovsky, who was detained in May 2020'"),
    ev("SANCTION", ["BLR"], ["BLR"], None, ["convict"], ["repression"], aux=H, optional=True,
       note="'and later sentenced to eighteen and a half years in prison' (no date)"),
    ev("SUPPORT", ["BLR"], ["USA"], "2025-06-21", context=["human_rights"],
       note="'the opposition leader Sviatlana Tsikhanouskaya thanked President Trump, Keith Kellogg and the European allies' (opposition -> BLR; European allies unnamed)"),
    ev("ACCUSE", ["BLR"], ["BLR"], "2025-06-21", ["allege"], ["repression"], optional=True,
       note="'more than a thousand political prisoners remain behind bars in Belarus' (implicit)"),
    ev("SUPPORT", ["USA"], ["BLR"], "2025-06-21", context=["human_rights"],
       note="'The U.S. State Department said the release was an important step' (story of the day)"),
    ev("REQUEST", ["USA"], ["BLR"], "2025-06-21", ["yield"], ["human_rights", "repression"],
       note="'and called on the Belarusian authorities to free all remaining political prisoners'"),
]))

DOCS.append(("k11_ci_defence_port_bouet", "2025-02-20", [
    ev("RETREAT", ["FRA"], ["CIV"], "2025-02-20", ["withdraw"], ["military"],
       note="'The military camp of the 43rd Marine Infantry Battalion ... was officially handed over this morning to the Armed Forces of Côte d'Ivoire'; 'The French flag was lowered'"),
    ev("CONSULT", ["FRA"], ["CIV"], "2025-02-20", ["visit"], ["military"],
       note="Lecornu 'who travelled to Abidjan for the occasion'; 'The two ministers then held a working session at the Ministry of Defence'"),
    ev("AGREE", ["CIV"], ["FRA"], "2024-12-31", context=["military"], aux=H, alt=["SANCTION", "REQUEST", "CONCEDE"],
       note="'In his New Year's address on 31 December, the President ... announced the concerted and organised withdrawal of the French forces' (an agreed future withdrawal; Senegal's unilateral end of bases in dev7 j04 was SANCTION)"),
    ev("SUPPORT", ["CIV"], ["FRA"], "2025-02-20", context=["military"],
       note="'Minister Téné Birahima Ouattara thanked France for decades of partnership'"),
    ev("AGREE", ["FRA"], ["CIV"], "2025-02-20", context=["military", "terrorism"],
       note="Lecornu: 'France would keep about eighty military personnel ..., who would continue to train Ivorian units, and ... the two countries would continue to cooperate in the fight against terrorism'"),
]))

DOCS.append(("k12_af_mfa_russia_recognition", "2025-07-03", [
    ev("SUPPORT", ["RUS"], ["AFG"], "2025-07-03", context=["diplomatic"],
       note="'the Russian Ambassador officially conveyed the decision of the Government of the Russian Federation to recognize the Islamic Emirate of Afghanistan' (recognition -> SUPPORT, as e05/g04)"),
    ev("CONSULT", ["AFG", "RUS"], [], "2025-07-03", context=["diplomatic"],
       note="'Muttaqi, received today the Ambassador of the Russian Federation in Kabul, Dmitry Zhirnov' (resident ambassador, no visit)"),
    ev("SUPPORT", ["AFG"], ["RUS"], "2025-07-03", context=["diplomatic"],
       note="'Minister Muttaqi welcomed the decision and described it as a courageous step'; 'He thanked the Russian Federation'"),
    ev("AGREE", ["AFG", "RUS"], [], "2025-07-03", context=["economic", "diplomatic"],
       note="'The two sides agreed to expand cooperation in trade, energy, transport ... and to hold further consultations'"),
    ev("CONCEDE", ["RUS"], ["AFG"], "2025-04", context=["terrorism", "legal"], aux=H, alt=["RETREAT"],
       note="'in April of this year the Supreme Court of the Russian Federation lifted the ban on the activities of the Islamic Emirate in Russia'"),
    ev("SANCTION", ["RUS"], ["AFG"], None, context=["terrorism"], aux=H, optional=True,
       note="'after it had been listed as a terrorist organization since 2003' (ongoing until April)"),
    ev("AGREE", ["RUS"], ["AFG"], "2025-07-03", context=["terrorism", "illegal_drugs", "military"], alt=["AID"],
       note="Russian MFA: 'Russia will continue to assist Kabul in strengthening regional security and in combating terrorism and drug-related crime'"),
]))

DOCS.append(("k13_sd_defence_council_uae", "2025-05-06", [
    ev("SANCTION", ["SDN"], ["ARE"], "2025-05-06", ["discontinue", "withdraw"], ["diplomatic", "military"],
       note="'decided to sever diplomatic relations with the United Arab Emirates ... and to withdraw the embassy and the consulate general'"),
    ev("ACCUSE", ["SDN"], ["ARE"], "2025-05-06", ["allege"], ["military", "terrorism"],
       note="'to declare it an aggressor state'; 'the UAE had violated the sovereignty of Sudan through its proxy ... and by supplying it with advanced strategic weapons, including the drones'"),
    ev("ASSAULT", ["SDN"], ["SDN"], "2025-05", ["drone"], ["military"],
       note="'the drones that have struck Port Sudan since Sunday. The drones hit the international airport, fuel depots, a power station and a hotel' (RSF -> SDN; 4-6 May -> month)"),
    ev("ASSAULT", ["ARE"], ["SDN"], "2025-05", ["drone"], ["military"], optional=True,
       note="the same strikes as Sudan attributes them (UAE-supplied drones; one side's attribution)"),
    ev("THREATEN", ["SDN"], ["ARE"], "2025-05-06", ["violence"], ["military"],
       note="'Sudan will respond to this aggression by all means to protect its sovereignty'"),
    ev("REJECT", ["ICJ"], ["SDN"], "2025-05-05", context=["legal"], aux=H,
       note="'On Monday, the International Court of Justice dismissed the case brought by Sudan against the UAE'"),
    # 'the case brought by Sudan against the UAE under the Genocide Convention' shares the ACCUSE SDN -> ARE key (not separate)
    ev("REJECT", ["ARE"], ["SDN"], "2025-05-06", context=["diplomatic"], alt=["ACCUSE"],
       note="UAE MFA: 'it does not recognise the decision'; 'rejected the accusations' (story of the day)"),
    ev("ACCUSE", ["ARE"], ["SDN"], "2025-05-06", ["disapprove"], ["political_institutions"], optional=True,
       note="'the Port Sudan authority, which does not represent the legitimate government of Sudan'"),
]))

DOCS.append(("k14_pg_pmo_pukpuk_treaty", "2025-10-06", [
    ev("SUPPORT", ["PNG", "AUS"], [], "2025-10-06", context=["military"],
       note="'Marape and ... Albanese, today signed the Pukpuk Mutual Defence Treaty at Parliament House in Canberra'"),
    ev("AGREE", ["PNG", "AUS"], [], "2025-10-06", context=["military"],
       note="'Papua New Guinea and Australia commit to come to each other's aid in the event of an armed attack'; the Treaty 'will also allow citizens of Papua New Guinea to serve in the Australian Defence Force' (the passive 'text ... was finalised last month' is not coded separately)"),
    ev("CONSULT", ["PNG"], ["AUS"], "2025-10-06", ["visit"], ["military", "economic", "environment"],
       note="'Marape, who travelled to Canberra with a delegation of ministers'; 'The two leaders held talks on economic cooperation, policing and climate change'"),
    ev("SUPPORT", ["PNG"], ["AUS"], "2025-10-06", context=["diplomatic"],
       note="'thanked Prime Minister Albanese and the Australian Government for their partnership'"),
]))

# ---------------------------------------------------------------- wire stories

DOCS.append(("k15_wire_azerbaijan_russia_raids", "2025-06-30", [
    ev("COERCE", ["AZE"], ["RUS"], "2025-06-30", ["arrest"], ["rights_freedoms", "crime", "diplomatic"],
       note="'Azerbaijani police raided the Baku office of the Russian state news agency Sputnik on Monday and detained two of its executives'; 'Police in Baku also detained several Russian citizens ... on Monday'"),
    ev("COERCE", ["RUS"], ["AZE"], "2025-06-27", ["arrest"], ["crime"],
       note="'died on Friday during police raids on Azerbaijani homes in the Russian city of Yekaterinburg'"),
    ev("ASSAULT", ["RUS"], ["AZE"], "2025-06-27", ["beat"], ["human_rights"], optional=True,
       note="'Baku said the two had been beaten to death' (one side's account)"),
    ev("ACCUSE", ["AZE"], ["RUS"], None, ["allege", "disapprove"], ["human_rights", "diplomatic"],
       note="'Baku said the two had been beaten to death'; 'Azerbaijan's foreign ministry summoned Russia's charge d'affaires and protested' (no day)"),
    ev("REQUEST", ["AZE"], ["RUS"], None, ["change"], ["legal"],
       note="'and demanded that those responsible be prosecuted' (no day)"),
    ev("SANCTION", ["AZE"], ["RUS"], "2025-06-28", ["discontinue"], ["diplomatic"],
       note="'On Saturday the government cancelled all cultural events organised by Russian state bodies in the country'"),
    ev("REJECT", ["AZE"], ["RUS"], "2025-06-28", ["meet"], ["diplomatic"], alt=["SANCTION"],
       note="'and called off a planned visit by a Russian deputy prime minister' (as dev5 g14's cancelled visit)"),
    ev("REJECT", ["RUS"], ["AZE"], "2025-06-30", context=["crime"], alt=["ACCUSE"],
       note="Peskov 'rejected any suggestion that the police operation was ethnically motivated' (story of Monday)"),
    ev("ACCUSE", ["RUS"], ["AZE"], "2025-06", ["disapprove"], ["diplomatic"],
       note="Peskov: 'Moscow regretted the Azerbaijani response'; 'Russia's foreign ministry later summoned Azerbaijan's ambassador ... and expressed its bewilderment' ('later', no day -> month)"),
]))

DOCS.append(("k16_wire_pak_afghan_doha_truce", "2025-10-19", [
    ev("CONCEDE", ["PAK", "AFG"], [], "2025-10", context=["military", "territory"], alt=["AGREE", "RETREAT"],
       note="'agreed to an immediate ceasefire during talks mediated by Qatar and Turkey in Doha'; 'A 48-hour truce agreed on Wednesday' (15 and 19 Oct merged -> month)"),
    ev("CONSULT", ["PAK", "AFG", "QAT", "TUR"], [], "2025-10-19", ["third-party"], ["military", "diplomatic"],
       note="'talks mediated by Qatar and Turkey in Doha'; 'The talks were led by ... Khawaja Asif and ... Mullah Mohammad Yaqoob' (mediators included, as dev3)"),
    ev("AGREE", ["PAK", "AFG"], [], "2025-10-19", context=["military", "territory", "terrorism"],
       note="'Both sides agreed to establish mechanisms to consolidate the truce and to meet again in Istanbul on October 25'; 'agreed not to carry out hostile acts against each other'"),
    ev("ASSAULT", ["PAK"], ["AFG"], "2025-10", ["aerial"], ["military"], aux=H,
       note="'Pakistani air strikes hit Paktika province' (17 Oct); 'Pakistan said it killed more than 200 Taliban fighters' (12 Oct); the 9 Oct Kabul explosions blamed on Pakistan are the same key (merged -> month)"),
    ev("ASSAULT", ["AFG"], ["PAK"], "2025-10-11", context=["military", "territory"], aux=H,
       note="'Taliban forces then attacked Pakistani border posts on the night of October 11'"),
    ev("ACCUSE", ["AFG"], ["PAK"], None, ["allege"], ["military"], aux=H,
       note="'explosions in Kabul on October 9 that the Taliban blamed on Pakistan'; 'The Taliban said civilians, including local cricketers, were killed' (no day)"),
    ev("ACCUSE", ["PAK"], ["AFG"], None, ["allege"], ["terrorism"],
       note="'Islamabad accuses Kabul of sheltering fighters of the Pakistani Taliban' (ongoing)"),
    ev("REJECT", ["AFG"], ["PAK"], None, context=["terrorism"], alt=["ACCUSE"],
       note="'The Afghan government denies the charge'"),
    ev("PROTEST", ["AFG"], ["PAK"], None, ["boycott"], ["military"], optional=True,
       note="'The Afghan Cricket Board said it had withdrawn from a tri-series in Pakistan next month in protest' (sports body -> AFG)"),
    # 'Pakistan, which did not confirm or deny carrying out air strikes' (no denial, no admission)
]))

DOCS.append(("k17_wire_israel_strikes_damascus", "2025-07-16", [
    ev("ASSAULT", ["ISR"], ["SYR"], "2025-07", ["aerial"], ["military", "religion_ethnicity"],
       note="'Israeli warplanes struck the headquarters of Syria's Defense Ministry in central Damascus and hit an area near the presidential palace on Wednesday'; 'struck convoys of government forces from Monday' (14-16 July merged -> month)"),
    ev("THREATEN", ["ISR"], ["SYR"], "2025-07-16", ["violence"], ["military"],
       note="Katz: 'the military would keep striking government forces until they withdrew from Sweida'; 'the painful blows have begun'"),
    ev("ASSAULT", ["SYR"], ["SYR"], "2025-07-13", context=["religion_ethnicity", "military"], aux=H,
       note="'The fighting in Sweida erupted on Sunday between Druze militias and Bedouin clans'"),
    ev("ACCUSE", ["SYR"], ["SYR"], None, ["allege"], ["human_rights", "religion_ethnicity"],
       note="'Government forces ... were accused by Druze residents and monitoring groups of killing civilians' (no day)"),
    ev("ACCUSE", ["ISR"], ["SYR"], None, ["allege"], ["religion_ethnicity"],
       note="'Israel said the government troops had attacked the Druze' (no day)"),
    ev("ACCUSE", ["SYR"], ["ISR"], "2025-07-16", ["disapprove"], ["military"],
       note="'Syria's foreign ministry condemned the \"treacherous aggression\" and said Israel was seeking to sow chaos'"),
    ev("RETREAT", ["SYR"], ["SYR"], "2025-07-16", ["ceasefire", "withdraw"], ["military"], alt=["CONCEDE"],
       note="'Late on Wednesday, the Syrian government announced a new ceasefire with Druze leaders in Sweida, and its forces began withdrawing from the city'"),
    ev("CONSULT", ["USA", "SYR", "ISR"], [], "2025-07-16", context=["diplomatic"], optional=True,
       note="Rubio: 'the United States had engaged with all sides' (sides not named)"),
    ev("AGREE", ["SYR", "ISR"], [], "2025-07-16", context=["military"], optional=True,
       note="'and that they had agreed on specific steps to end the \"troubling and horrific situation\"' (the sides not named)"),
    ev("ACCUSE", ["SAU", "QAT", "JOR"], ["ISR"], "2025-07-16", ["disapprove"], ["military", "territory"],
       note="'Arab states including Saudi Arabia, Qatar and Jordan condemned the Israeli strikes as a violation of Syria's sovereignty'"),
    ev("ACCUSE", ["TUR"], ["ISR"], "2025-07-16", ["disapprove"], ["military"],
       note="'Turkey's foreign ministry also condemned the strikes, calling them an attempt to sabotage Syria's efforts'"),
]))

DOCS.append(("k18_wire_ukraine_drone_airbases", "2025-06-01", [
    ev("ASSAULT", ["UKR"], ["RUS"], "2025-06-01", ["drone"], ["military"],
       note="'Ukraine's SBU security service said on Sunday it had struck 41 Russian aircraft ... at four air bases deep inside Russia'; 'The attack came on the eve of ... talks ... on Monday'"),
    ev("ACCUSE", ["RUS"], ["UKR"], "2025-06-01", ["allege"], ["terrorism", "military"],
       note="'Russia's defence ministry said \"terrorist\" drone attacks had been carried out against airfields in five regions'"),
    ev("COERCE", ["RUS"], ["UKR"], "2025-06-01", ["arrest"], ["military"], optional=True,
       note="'some of those involved had been detained' (nationality not given)"),
    ev("ASSAULT", ["RUS"], ["UKR"], "2025-06-01", ["drone", "aerial"], ["military"],
       note="'Russia on Sunday also launched 472 drones and seven missiles at Ukraine overnight'"),
    ev("AGREE", ["RUS", "UKR"], [], "2025-06-01", context=["diplomatic"], aux=FUT, optional=True,
       note="'a second round of direct peace talks ... in Istanbul on Monday' (scheduled meeting)"),
]))

DOCS.append(("k19_wire_us_pauses_ukraine_aid", "2025-03-04", [
    ev("SANCTION", ["USA"], ["UKR"], "2025-03-03", ["discontinue"], ["military"], alt=["COERCE"],
       note="'The United States has paused all military aid to Ukraine, a White House official said on Monday'"),
    ev("REQUEST", ["USA"], ["UKR"], "2025-03-03", ["change"], ["diplomatic"], optional=True,
       note="'will last until Trump determines that Ukraine's leaders demonstrate a good-faith commitment to peace' (condition of the pause)"),
    ev("CONSULT", ["UKR"], ["USA"], "2025-02-28", ["visit"], ["economic", "natural_resource"], aux=H,
       note="'Zelenskiy travelled to Washington on Friday to sign a deal'; 'The meeting collapsed'"),
    ev("ACCUSE", ["USA"], ["UKR"], "2025-02-28", ["disapprove"], ["diplomatic"], aux=H,
       note="'Trump and Vice President JD Vance accused him of being ungrateful and of \"gambling with World War Three\"'"),
    ev("AGREE", ["UKR"], ["USA"], "2025-03-04", context=["diplomatic", "natural_resource"], alt=["CONCEDE"],
       note="'On Tuesday, Zelenskiy called the meeting regrettable and said Ukraine was ready to come to the negotiating table ... and to sign the minerals agreement at any time'"),
    ev("CONSULT", ["GBR", "FRA", "UKR"], [], "2025-03-02", ["multilateral"], ["military", "diplomatic"], aux=H, optional=True,
       note="'European leaders rallied behind Zelenskiy on Sunday at a summit in London hosted by British Prime Minister Keir Starmer' (participants only partly named)"),
    ev("AGREE", ["GBR", "FRA"], ["UKR"], "2025-03-02", context=["military"], aux=H,
       note="'Britain and France said they would lead a \"coalition of the willing\" to guarantee any peace deal'"),
    ev("SUPPORT", ["RUS"], ["USA"], "2025-03-04", context=["military"],
       note="'The Kremlin welcomed the U.S. decision, saying it was the best contribution to peace' (story of the day)"),
    # negative: 'Zelenskiy left the White House without signing the agreement' (negated signing)
]))

DOCS.append(("k20_wire_sumy_missile_strike", "2025-04-13", [
    ev("ASSAULT", ["RUS"], ["UKR"], "2025-04-13", ["heavy-weapons"], ["military", "human_rights"],
       note="'Two Russian ballistic missiles struck the center of ... Sumy on Sunday morning ..., killing at least 34 people' (ballistic missiles as dev4 f15)"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2025-04-13", ["disapprove"], ["terrorism", "military"],
       note="Zelenskyy 'said only \"filthy scum\" could act like this'; 'Russia's terror'"),
    ev("REQUEST", ["UKR"], [], "2025-04-13", ["assist"], ["military"], optional=True,
       note="'urged the world to respond firmly' (no addressee named)"),
    ev("ACCUSE", ["RUS"], ["UKR"], "2025-04-13", ["allege"], ["military"], optional=True,
       note="'Russian military bloggers said the strike had targeted a gathering of Ukrainian commanders and accused Kyiv of using civilians as a shield' (not an official voice)"),
    ev("ACCUSE", ["USA"], ["RUS"], "2025-04-13", ["disapprove"], ["military"],
       note="Kellogg: 'the attack \"crosses any line of decency\"'"),
    ev("ACCUSE", ["FRA", "DEU"], ["RUS"], "2025-04-13", ["disapprove"], ["military"],
       note="'French President Emmanuel Macron and German Chancellor Olaf Scholz condemned the strike'"),
    ev("ACCUSE", ["EU"], ["RUS"], "2025-04-13", ["disapprove"], ["military"],
       note="Kallas 'called it a horrific example of Russia's intensifying attacks at a time when Moscow was claiming to seek peace'"),
    ev("CONSULT", ["USA"], ["RUS"], "2025-04-11", ["visit"], ["military", "diplomatic"], aux=H,
       note="'two days after U.S. envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg'"),
    # negative: 'Russia's Defense Ministry did not comment on Sunday'
]))

DOCS.append(("k21_wire_mozambique_protests", "2024-11-07", [
    ev("ASSAULT", ["MOZ"], ["MOZ"], "2024-11-07", ["crowd-control", "firearms"], ["repression", "election"],
       note="'Police in Mozambique fired tear gas and live rounds on Thursday to disperse thousands of opposition supporters'; Amnesty: 'at least 20 people had been killed by security forces during the protests' (undated)"),
    ev("PROTEST", ["MOZ"], ["MOZ"], "2024-11-07", ["demo", "obstruct"], ["election"],
       note="'thousands of opposition supporters who had answered a call ... to march on the capital'; 'Protesters blocked roads with burning tyres and rocks'"),
    ev("ACCUSE", ["MOZ"], ["MOZ"], None, ["allege"], ["election", "repression"],
       note="'Mondlane ... accuses Frelimo of rigging the poll'; 'Mondlane blamed the security forces' (no day)"),
    ev("REJECT", ["MOZ"], ["MOZ"], None, context=["repression"], alt=["ACCUSE"],
       note="'which denied involvement'"),
    ev("ACCUSE", ["EU"], ["MOZ"], None, ["allege"], ["election"], optional=True,
       note="'Western observers, including those of the European Union, reported irregularities in the count'"),
    ev("COERCE", ["MOZ"], ["MOZ"], None, ["censor"], ["rights_freedoms", "technology"],
       note="'The authorities have restricted mobile internet access several times during the protests' (no date)"),
    ev("THREATEN", ["MOZ"], ["MOZ"], "2024-11", context=["military"], alt=["MOBILIZE"],
       note="'Defence Minister Cristóvão Chume said this week that the army could be deployed ... if the unrest continued' (this week -> month)"),
    ev("COERCE", ["ZAF"], ["MOZ"], "2024-11-06", ["restrict"], ["human_security"], optional=True,
       note="'South Africa closed its main border crossing with Mozambique at Lebombo on Wednesday after clashes' (a precaution more than pressure)"),
    # negative: the shooting of Dias and Guambe 'by unidentified gunmen' (no actor)
]))

DOCS.append(("k22_wire_tanzania_election_unrest", "2025-10-31", [
    ev("ASSAULT", ["TZA"], ["TZA"], "2025-10", ["crowd-control", "firearms"], ["repression", "election"],
       note="'Tanzanian police fired tear gas and live ammunition at protesters for a third day on Friday' (29-31 Oct -> month)"),
    ev("PROTEST", ["TZA"], ["TZA"], "2025-10", ["demo", "riot", "vandalize"], ["election"],
       note="'anger over an election ... spilled into the streets'; 'Crowds tore down posters ... and set fire to a police station and buses on election day on Wednesday' (several days -> month)"),
    ev("COERCE", ["TZA"], ["TZA"], "2025", ["curfew", "censor", "arrest"], ["repression", "election", "rights_freedoms"],
       note="'imposed a night-time curfew in Dar es Salaam the same evening'; 'internet access has been severely restricted'; 'Tundu Lissu, has been in detention since April' (Oct and April merged -> year)"),
    ev("ACCUSE", ["TZA"], ["TZA"], None, ["allege"], ["repression"],
       note="'Chadema said hundreds of people had been killed by the security forces' (no day)"),
    ev("REJECT", ["TZA"], ["TZA"], None, context=["repression"], alt=["ACCUSE"],
       note="'The government called the figures exaggerated'"),
    ev("SANCTION", ["TZA"], ["TZA"], None, ["convict"], ["election", "legal"], aux=H, optional=True,
       note="'charged with treason'; 'The party was later barred from the vote, and the candidate of the second-largest opposition party was disqualified'"),
    ev("REQUEST", ["UN"], ["TZA"], "2025-10-31", ["change"], ["human_rights", "repression"],
       note="'The U.N. human rights office said on Friday it was alarmed by reports of deaths and urged the security forces to refrain from unnecessary force'"),
    ev("THREATEN", ["TZA"], ["TZA"], "2025-10-30", ["violence"], ["military", "repression"],
       note="'Army chief Jacob Mkunda warned on Thursday that the military would deal with those causing unrest'"),
]))

DOCS.append(("k23_wire_us_expels_sa_ambassador", "2025-03-15", [
    ev("SANCTION", ["USA"], ["ZAF"], "2025", ["expel", "discontinue"], ["diplomatic", "economic"],
       note="'Rubio said Friday that South Africa's ambassador ... was no longer welcome'; 'declaring him \"persona non grata\"'; 'Last month Trump signed an executive order cutting U.S. aid to South Africa' (14 March and February merged -> year)"),
    ev("ACCUSE", ["USA"], ["ZAF"], "2025", ["disapprove", "allege"], ["diplomatic", "natural_resource", "religion_ethnicity"],
       note="'a race-baiting politician who hates America and hates POTUS' (14 March); the February order 'citing a land expropriation law that he says allows the government to seize farmland' (merged -> year)"),
    ev("ACCUSE", ["ZAF"], ["USA"], None, ["allege", "disapprove"], ["religion_ethnicity", "diplomatic"],
       note="Rasool's webinar: 'Trump was leading a supremacist movement' (undated); Ramaphosa's office 'said on Saturday that the expulsion was regrettable' (merged with an undated act -> null)"),
    ev("AGREE", ["ZAF"], ["USA"], "2025-03-15", context=["diplomatic"],
       note="'It said South Africa remained committed to building a mutually beneficial relationship with the United States'"),
    ev("REQUEST", ["ZAF"], [], "2025-03-15", context=["diplomatic"], optional=True,
       note="'urged all relevant stakeholders to maintain the established diplomatic decorum' (unnamed addressees)"),
    ev("REJECT", ["ZAF"], ["USA"], None, context=["natural_resource"], alt=["ACCUSE"],
       note="'Pretoria has rejected the accusations that it confiscates land'"),
    ev("ACCUSE", ["ZAF"], ["ISR"], None, ["allege"], ["legal", "human_rights"], aux=H, optional=True,
       note="'South Africa's genocide case against Israel at the International Court of Justice'"),
    # negative: 'had not met any senior Trump administration official'
]))

DOCS.append(("k24_wire_mexico_troops_tariff_pause", "2025-02-03", [
    ev("CONCEDE", ["USA"], ["MEX"], "2025-02-03", context=["economic"],
       note="'Trump agreed on Monday to pause the 25% tariffs on Mexican imports for one month'"),
    ev("AGREE", ["MEX"], ["USA"], "2025-02-03", context=["illegal_drugs", "migration", "military"], alt=["CONCEDE", "MOBILIZE"],
       note="'Sheinbaum pledged to send 10,000 National Guard troops to the border'; 'The troops will be deployed immediately' (a pledge, the deployment still to come)"),
    ev("CONSULT", ["MEX", "USA"], [], "2025-02-03", ["phone"], ["economic", "illegal_drugs"],
       note="'after what she called a good conversation with Trump on Monday morning'"),
    ev("AGREE", ["USA"], ["MEX"], "2025-02-03", context=["trafficking", "crime"],
       note="'the United States committed to work to prevent the trafficking of high-powered weapons into Mexico'"),
    ev("AGREE", ["MEX", "USA"], [], "2025-02-03", context=["economic"], optional=True,
       note="'the two countries would hold negotiations during the pause' (Trump's post)"),
    ev("SANCTION", ["USA"], ["MEX", "CAN", "CHN"], "2025-02-01", ["discontinue"], ["economic"], aux=H,
       note="'Trump signed orders on Saturday imposing 25% tariffs on goods from Mexico and Canada and 10% on imports from China'"),
    ev("ACCUSE", ["USA"], ["MEX", "CAN", "CHN"], "2025-02-01", ["allege"], ["illegal_drugs", "migration"], aux=H,
       note="'accusing the three countries of failing to stop illegal drugs and migrants'"),
    ev("CONSULT", ["CAN", "USA"], [], "2025-02-03", ["phone"], ["economic"],
       note="'after a second call with Canadian Prime Minister Justin Trudeau'"),
    ev("CONCEDE", ["USA"], ["CAN"], "2025-02-03", context=["economic"],
       note="'Later on Monday, Trump also paused the tariffs on Canada'"),
    ev("AGREE", ["CAN"], ["USA"], "2025-02-03", context=["illegal_drugs"],
       note="Trudeau 'promised to appoint a \"fentanyl czar\" and to list drug cartels as terrorists'"),
    ev("SANCTION", ["CAN"], ["USA"], "2025-02", ["discontinue"], ["economic"], aux=H, alt=["THREATEN"],
       note="'Canada had announced retaliatory tariffs on U.S. goods over the weekend' (1-2 Feb -> month)"),
    ev("THREATEN", ["CHN"], ["USA"], None, context=["economic"], alt=["SANCTION", "ACCUSE"],
       note="'Beijing said it would file a complaint with the World Trade Organization and take corresponding countermeasures' (no day)"),
]))

DOCS.append(("k25_wire_pkk_burns_weapons", "2025-07-11", [
    ev("RETREAT", ["TUR"], ["TUR"], "2025-07-11", ["disarm"], ["military", "terrorism"],
       note="'Some 30 fighters of the Kurdistan Workers' Party ... laid down and burned their weapons at a ceremony ... on Friday' (PKK -> TUR, as the seed's ETIM -> CHN)"),
    ev("CONCEDE", ["TUR"], ["TUR"], "2025-05", context=["military", "terrorism"], aux=H, alt=["AGREE"],
       note="'The PKK announced in May that it would dissolve and end its armed struggle'"),
    ev("REQUEST", ["TUR"], ["TUR"], "2025", ["yield", "change"], ["military", "legislative"], aux=H,
       note="'a call in February by its imprisoned leader, Abdullah Öcalan, to lay down arms'; 'In a video message released on Wednesday, Öcalan ... urged Turkey's parliament to set up a commission' (Feb and 9 July merged -> year)"),
    ev("SUPPORT", ["TUR"], ["TUR"], "2025-07-11", context=["military"],
       note="'Ömer Çelik, spokesman of Turkey's ruling Justice and Development Party, welcomed the ceremony as an irreversible step' (story of the day)"),
    ev("ASSAULT", ["TUR"], ["TUR"], None, ["aerial"], ["military", "terrorism"], aux=H, optional=True,
       note="'Turkish forces have carried out repeated air strikes against PKK positions in northern Iraq over the years' (habitual, undated)"),
    # 'President ... Erdoğan is expected to address the process on Saturday' (future speech, no event)
]))

DOCS.append(("k26_wire_gerd_inauguration", "2025-09-09", [
    ev("ACCUSE", ["EGY"], ["ETH"], "2025-09-09", ["allege", "disapprove"], ["natural_resource", "legal"],
       note="'Egypt's foreign ministry said in a letter to the U.N. Security Council that Ethiopia's unilateral measures violated international law'; 'the inauguration was \"illegal\"' (story of the day)"),
    ev("THREATEN", ["EGY"], ["ETH"], "2025-09-09", context=["natural_resource"],
       note="'Cairo would take all measures guaranteed under the U.N. charter to defend the interests of the Egyptian people'"),
    ev("REJECT", ["EGY"], ["ETH"], "2025-09-09", context=["natural_resource", "diplomatic"], alt=["ACCUSE"],
       note="'and rejected Ethiopian claims that negotiations had been exhausted on Egypt's side'"),
    ev("REQUEST", ["EGY"], ["UNSC"], "2025-09-09", ["assist"], ["natural_resource"], optional=True,
       note="'in a letter to the U.N. Security Council' (a complaint addressed to the Council)"),
    ev("AGREE", ["ETH"], ["EGY", "SDN"], "2025-09-09", context=["natural_resource"],
       note="Abiy 'said ... that Ethiopia was ready to work with Egypt and Sudan on sharing its benefits'"),
    ev("REJECT", ["ETH"], ["EGY", "SDN"], "2025-09-09", context=["natural_resource"], alt=["ACCUSE"], optional=True,
       note="'the dam was not a threat to its neighbours' (implicit denial)"),
    ev("CONSULT", ["KEN", "SOM", "DJI"], ["ETH"], "2025-09-09", ["visit"], ["natural_resource", "diplomatic"],
       note="'At the ceremony ..., attended by Kenyan President William Ruto, Somali President Hassan Sheikh Mohamud and Djibouti's President Ismail Omar Guelleh'"),
    ev("REQUEST", ["EGY"], ["ETH"], None, ["change"], ["natural_resource", "legal"], aux=H,
       note="'Egypt ... has demanded a legally binding agreement on the filling and operation of the dam' (ongoing)"),
    ev("CONSULT", ["EGY", "ETH", "SDN", "USA", "AU"], [], None, ["third-party"], ["natural_resource"], aux=H, optional=True,
       note="'Talks mediated by the United States and the African Union have failed'"),
    ev("AGREE", ["USA"], ["EGY", "ETH"], "2025-07", context=["natural_resource"], aux=H, optional=True,
       note="'Trump said in July that he would help to resolve the dispute quickly' (addressees implicit)"),
]))

DOCS.append(("k27_wire_guinea_bissau_coup", "2025-11-27", [
    ev("COERCE", ["GNB"], ["GNB"], "2025-11-26", ["seize", "arrest", "restrict", "curfew"], ["political_institutions", "election", "military"],
       note="'a day after officers seized power, detained President Umaro Sissoco Embaló and suspended the electoral process'; 'closed the land, sea and air borders and imposed a night curfew' (Wednesday; the swearing-in on Thursday is the junta's own appointment, not a separate act)"),
    ev("ACCUSE", ["GNB"], ["GNB"], "2025-11", ["allege"], ["political_institutions", "illegal_drugs"],
       note="officers: 'acted to thwart a plan by unnamed politicians, backed by a drug lord'; 'Opposition figures accused Embaló of staging the takeover himself' (undated) (merged -> month)"),
    ev("ACCUSE", ["ECOWAS", "AU"], ["GNB"], "2025-11", ["disapprove"], ["political_institutions", "pro_democracy"],
       note="'ECOWAS and the African Union condemned the coup in a joint statement' (26 or 27 Nov -> month)"),
    ev("REQUEST", ["ECOWAS", "AU"], ["GNB"], "2025-11", ["yield", "change"], ["political_institutions", "election"],
       note="'called for the immediate release of the detained officials and for the electoral process to be completed'"),
    # negatives: 'Gunfire was heard' (no actor); 'his camp did not comment'
]))

DOCS.append(("k28_wire_australia_expels_iran_envoy", "2025-08-26", [
    ev("SANCTION", ["AUS"], ["IRN"], "2025-08-26", ["expel", "withdraw"], ["diplomatic", "terrorism"],
       note="'Australia expelled Iran's ambassador on Tuesday and suspended operations at its embassy in Tehran'; 'would legislate to list Iran's Revolutionary Guards as a terrorist organisation' (same key, folded)"),
    ev("ACCUSE", ["AUS"], ["IRN"], "2025-08-26", ["allege"], ["terrorism", "religion_ethnicity"],
       note="'its intelligence agency concluded that Iran had directed at least two antisemitic arson attacks'; 'extraordinary and dangerous acts of aggression orchestrated by a foreign nation'"),
    ev("ASSAULT", ["IRN"], ["AUS"], "2024", ["primitive"], ["terrorism", "religion_ethnicity"], aux=H, optional=True,
       note="'an attack on a kosher restaurant in Sydney in October last year and on the Adass Israel Synagogue in Melbourne in December' (Australia's attribution only; arson)"),
    ev("REJECT", ["IRN"], ["AUS"], "2025-08-26", context=["terrorism"], alt=["ACCUSE"],
       note="'Baghaei rejected the accusations' (story of the day)"),
    ev("THREATEN", ["IRN"], ["AUS"], "2025-08-26", ["expel", "relations"], ["diplomatic"],
       note="'any inappropriate action at the diplomatic level would be met with a reciprocal response'"),
    ev("AGREE", ["AUS"], ["IRN"], "2025-08-26", context=["diplomatic"], optional=True,
       note="Wong: 'Australia would keep some lines of communication with Iran open'"),
    # 'Australian diplomats in Tehran have left for a third country' is the embassy suspension (same SANCTION key)
]))

# ---------------------------------------------------------------- short news

DOCS.append(("k29_short_armenia_archbishop_detained", "2025-06-25", [
    ev("COERCE", ["ARM"], ["ARM"], "2025-06", ["arrest"], ["political_institutions", "religion_ethnicity"],
       note="'detained Archbishop Bagrat Galstanyan ... on Wednesday'; 'Last week, the authorities also arrested ... Samvel Karapetyan'; 'dozens of homes had been searched' (merged -> month)"),
    ev("ACCUSE", ["ARM"], ["ARM"], "2025-06-25", ["allege"], ["political_institutions", "terrorism"],
       note="'Investigators said he and other members of an opposition movement had planned terrorist acts and a coup'; Pashinyan: 'the security services had thwarted \"a large-scale criminal plot\"'; the Church 'called his detention part of a campaign against the Church'"),
    ev("REJECT", ["ARM"], ["ARM"], "2025-06-25", context=["political_institutions"], alt=["ACCUSE"],
       note="'The archbishop ... denied the accusations' (story of the day)"),
    ev("REQUEST", ["ARM"], ["ARM"], None, ["yield"], ["religion_ethnicity"], aux=H,
       note="'Pashinyan has in recent weeks called on Catholicos Karekin II to step down'"),
    ev("PROTEST", ["ARM"], ["ARM"], "2024", ["demo"], ["political_institutions"], aux=H, optional=True,
       note="'who led mass street protests against the government last year'"),
    ev("THREATEN", ["ARM"], ["ARM"], "2025-06-25", ["arrest"], ["legal"],
       note="Pashinyan: 'all those involved would be held accountable'"),
]))

DOCS.append(("k30_short_kim_beijing_parade", "2025-09-03", [
    ev("CONSULT", ["PRK", "RUS"], ["CHN"], "2025-09-03", ["visit", "multilateral"], ["military", "diplomatic"],
       note="'Kim Jong Un and Russian President Vladimir Putin stood beside Chinese President Xi Jinping on Tiananmen rostrum'; 'the first time the three leaders had appeared together in public'"),
    ev("CONSULT", ["PRK"], ["CHN"], "2025-09", ["visit"], ["diplomatic"], optional=True,
       note="'Kim arrived in Beijing by armoured train on Tuesday, his first visit to China since 2019' (the bilateral visit; 2-3 Sept)"),
    ev("CONSULT", ["RUS", "PRK"], [], "2025-09-03", ["third-party"], ["military", "diplomatic"],
       note="'Putin and Kim held talks after the parade'"),
    ev("SUPPORT", ["PRK"], ["RUS"], "2025-09-03", context=["military"],
       note="'Kim thanked Russia for its support'"),
    ev("AGREE", ["PRK"], ["RUS"], "2025-09-03", context=["military"],
       note="'pledging to help Moscow \"as a brotherly duty\"'"),
    ev("ACCUSE", ["USA"], ["CHN", "RUS", "PRK"], "2025-09-03", ["allege"], ["diplomatic"],
       note="'Trump wrote that the three leaders were \"conspiring against the United States\"' (story of the day)"),
    ev("MOBILIZE", ["CHN"], [], "2025-09-03", ["weapons"], ["military", "cbrn"], optional=True,
       note="'a huge military parade ..., displaying new nuclear-capable missiles, drones and laser weapons' (a display rather than a deployment)"),
]))

DOCS.append(("k31_short_modi_xi_tianjin", "2025-09-01", [
    ev("CONSULT", ["IND", "CHN"], [], "2025-08-31", ["multilateral", "visit"], ["diplomatic", "territory", "economic"],
       note="'agreed on Sunday ... as they met on the sidelines of the Shanghai Cooperation Organisation summit in ... Tianjin'; 'Modi's first visit to China in seven years'"),
    ev("AGREE", ["IND", "CHN"], [], "2025-08-31", context=["territory", "economic"], alt=["SUPPORT"],
       note="'agreed ... that their countries were development partners and not rivals'; 'agreed that differences over the border should not turn into disputes'"),
    ev("CONSULT", ["IND", "RUS"], [], "2025-09-01", ["multilateral", "third-party"], ["diplomatic"],
       note="'Modi held talks with Russian President Vladimir Putin on Monday'"),
    ev("SUPPORT", ["RUS"], ["IND"], "2025-09-01", context=["diplomatic"], optional=True,
       note="'Putin said relations with India were special and privileged'"),
    ev("SANCTION", ["USA"], ["IND"], "2025-08", ["discontinue"], ["economic", "natural_resource"], aux=H,
       note="'days after the United States doubled tariffs on Indian goods to 50% as a penalty for New Delhi's purchases of Russian oil'"),
    ev("ACCUSE", ["SCO"], ["ISR", "USA"], "2025-09-01", ["disapprove"], ["military"],
       note="'The summit's final declaration, adopted on Monday, condemned the Israeli and U.S. strikes on Iran in June'"),
]))

DOCS.append(("k32_short_iran_suspends_iaea", "2025-07-02", [
    ev("SANCTION", ["IRN"], ["IAEA"], "2025-07-02", ["discontinue"], ["cbrn"],
       note="'Pezeshkian on Wednesday signed into force a law suspending cooperation with the International Atomic Energy Agency'; barring inspectors (parliament's vote last week is a step of the same act)"),
    ev("ACCUSE", ["IRN"], ["IAEA"], None, ["allege"], ["cbrn", "military"], aux=H,
       note="'Iranian officials have accused IAEA Director General Rafael Grossi of paving the way for the attacks' (undated)"),
    ev("ASSAULT", ["ISR", "USA"], ["IRN"], "2025-06", ["aerial"], ["military", "cbrn"], aux=H,
       note="'days after Israeli and U.S. strikes on Fordow, Natanz and Isfahan'"),
    ev("ACCUSE", ["USA"], ["IRN"], "2025-07-02", ["disapprove"], ["cbrn"],
       note="'The U.S. State Department called the decision unacceptable'"),
    ev("REQUEST", ["USA"], ["IRN"], "2025-07-02", ["change"], ["cbrn"],
       note="'and urged Iran to cooperate fully with the agency'"),
    ev("ACCUSE", ["DEU"], ["IRN"], "2025-07-02", ["disapprove"], ["cbrn"],
       note="'Germany's foreign ministry said it was a devastating signal'"),
    ev("REQUEST", ["ISR"], ["GBR", "FRA", "DEU"], "2025-07-02", ["change"], ["cbrn"],
       note="'Saar called on Britain, France and Germany to restore all U.N. sanctions on Iran'"),
    # negative: 'Its inspectors have not had access to the bombed sites'
]))

DOCS.append(("k33_short_niger_somair", "2025-06-20", [
    ev("COERCE", ["NER"], ["FRA"], "2025-06-19", ["seize"], ["economic", "natural_resource"], alt=["SANCTION"],
       note="'Niger's military government has nationalised the uranium miner Somair, which was majority-owned by French state nuclear group Orano, according to a decree read ... on Thursday evening' (Orano -> FRA)"),
    ev("ACCUSE", ["NER"], ["FRA"], "2025-06-19", ["allege", "disapprove"], ["economic"],
       note="'The junta accused Orano of \"irresponsible, illegal and unfair\" behaviour'"),
    ev("THREATEN", ["FRA"], ["NER"], None, context=["legal", "economic"], alt=["ACCUSE"],
       note="'Orano said it would pursue legal proceedings against the decision, and has already launched international arbitration' (no day)"),
    ev("SANCTION", ["NER"], ["FRA"], "2023", ["discontinue", "expel"], ["military", "diplomatic"], aux=H,
       note="'after the junta ended military cooperation with France and expelled the French ambassador' (2023)"),
    ev("RETREAT", ["FRA"], ["NER"], "2023-12", ["withdraw"], ["military"], aux=H,
       note="'French troops left Niger in December that year'"),
    ev("AGREE", ["RUS"], ["NER"], None, context=["natural_resource", "economic"], aux=H,
       note="'Russia, which has offered to develop Niger's uranium deposits'"),
    # 'Orano lost operational control of the mine ... last December' (passive, no actor named)
]))

DOCS.append(("k34_short_venezuela_el_salvador_swap", "2025-07-18", [
    ev("RETREAT", ["VEN"], ["USA"], "2025-07-18", ["release"], ["human_rights"],
       note="'Venezuela released 10 U.S. citizens and permanent residents on Friday'"),
    ev("RETREAT", ["SLV"], ["VEN"], "2025-07-18", ["release"], ["human_rights", "migration"],
       note="'in exchange for 252 Venezuelan migrants'; 'The Venezuelans were flown from El Salvador to Caracas'; Bukele: 'handed over to Venezuelan authorities'"),
    ev("RETREAT", ["VEN"], ["VEN"], "2025-07-18", ["release"], ["repression"],
       note="'Venezuela also freed a number of political prisoners as part of the deal'"),
    ev("SUPPORT", ["USA"], ["SLV"], "2025-07-18", context=["diplomatic"],
       note="'Rubio thanked Salvadoran President Nayib Bukele for his help'"),
    ev("ACCUSE", ["VEN"], ["SLV", "USA"], None, ["allege"], ["human_rights"],
       note="'Venezuelan officials have accused El Salvador and the United States of torturing the migrants ... and of kidnapping them' (undated)"),
    ev("COERCE", ["USA"], ["VEN"], "2025-03", ["deport"], ["migration"], aux=H,
       note="'whom the United States had deported to a maximum-security prison in El Salvador in March'"),
    ev("ACCUSE", ["USA"], ["VEN"], "2025-03", ["allege"], ["crime"], aux=H, optional=True,
       note="'after the U.S. government accused them of belonging to the Tren de Aragua gang' (migrants -> VEN)"),
    ev("REJECT", ["VEN"], ["USA"], None, context=["crime"], alt=["ACCUSE"], optional=True,
       note="'which their families deny'"),
]))

DOCS.append(("k35_short_scarborough_collision", "2025-08-11", [
    ev("ASSAULT", ["CHN"], ["PHL"], "2025-08-11", context=["territory", "military"], alt=["COERCE"],
       note="'Chinese ships used water cannon and made dangerous manoeuvres to block it' (as dev2 d32)"),
    ev("COERCE", ["CHN"], ["PHL"], None, ["restrict", "seize"], ["territory"], optional=True,
       note="'to block it'; China 'had taken \"necessary measures\" to drive away the Philippine vessels' (same act); 'The shoal, seized by China in 2012' (merged dates -> null)"),
    ev("ACCUSE", ["PHL"], ["CHN"], "2025-08-11", ["allege", "disapprove"], ["territory"],
       note="'dangerous manoeuvres', spokesman Tarriela; 'The Philippine foreign ministry said it would lodge a diplomatic protest'"),
    ev("ACCUSE", ["CHN"], ["PHL"], "2025-08-11", ["allege"], ["territory"],
       note="'the Philippine vessels, which it said had intruded into Chinese waters at Huangyan Island'"),
    ev("AGREE", ["PHL"], ["CHN"], "2025-08-11", context=["human_security"], alt=["AID"], optional=True,
       note="'The Philippine crew later offered medical assistance to the Chinese sailors, but received no reply'"),
    # the 2016 arbitral ruling: the tribunal is not an actor code (as dev5 g32)
]))

DOCS.append(("k36_short_trump_ramaphosa_oval_office", "2025-05-21", [
    ev("CONSULT", ["ZAF"], ["USA"], "2025-05-21", ["visit"], ["diplomatic", "economic"],
       note="'during a White House meeting on Wednesday'; 'Ramaphosa, who travelled to Washington hoping to reset relations'"),
    ev("ACCUSE", ["USA"], ["ZAF"], "2025-05-21", ["allege"], ["human_rights", "religion_ethnicity"],
       note="'Trump confronted ... Ramaphosa with unfounded claims of a genocide against white farmers'"),
    ev("REJECT", ["ZAF"], ["USA"], "2025-05-21", context=["human_rights"], alt=["ACCUSE"],
       note="'Ramaphosa ... rejected the claims, saying that most victims of violent crime in South Africa were black'"),
    ev("REQUEST", ["ZAF"], ["USA"], "2025-05-21", ["meet"], ["diplomatic"], alt=["AGREE"], optional=True,
       note="'Ramaphosa invited Trump to attend the G20 summit in Johannesburg' (invitation)"),
    ev("AID", ["USA"], ["ZAF"], "2025-05", context=["asylum", "religion_ethnicity"], aux=H, alt=["COOPERATE"], optional=True,
       note="'Last week the United States admitted 59 white South Africans as refugees' (refuge, beneficiary's state as recipient, as dev7 j16)"),
    ev("ACCUSE", ["ZAF"], ["USA"], None, ["disapprove"], ["asylum"], aux=H,
       note="'a decision Pretoria criticised' (no day)"),
]))

DOCS.append(("k37_short_peru_boluarte_removed", "2025-10-10", [
    ev("COERCE", ["PER"], ["PER"], "2025-10-10", context=["political_institutions", "crime"], alt=["SANCTION"],
       note="'Peru's Congress voted shortly after midnight on Friday to remove President Dina Boluarte ... for \"permanent moral incapacity\"' (removal by Congress, as dev3 e22)"),
    ev("ACCUSE", ["PER"], ["PER"], "2025-10-10", ["allege"], ["crime", "political_institutions"], optional=True,
       note="'citing her failure to contain a wave of crime' (the grounds of the removal)"),
    ev("PROTEST", ["PER"], ["PER"], "2025", ["demo", "strike"], ["crime", "economic"],
       note="'Protesters have marched in Lima in recent weeks against crime and pension reforms'; 'Transport workers in Lima went on strike earlier this week' (recent weeks -> year)"),
    ev("AGREE", ["PER"], ["PER"], "2025-10-10", context=["election"], optional=True,
       note="Jerí 'would hand over power after general elections in April'"),
    # negatives: the concert shooting (no actor); Boluarte 'did not appear before Congress'
]))

DOCS.append(("k38_short_mali_parties_dissolved", "2025-05-14", [
    ev("COERCE", ["MLI"], ["MLI"], "2025-05", ["restrict"], ["political_institutions", "rights_freedoms"],
       note="'has dissolved all political parties and political organisations, according to a decree read on state television on Tuesday'; 'Last week the junta suspended all activities of political parties' (merged -> month)"),
    ev("PROTEST", ["MLI"], ["MLI"], "2025-05-03", ["demo"], ["political_institutions"], aux=H,
       note="'hundreds of people rallied in Bamako on May 3 in a rare protest'"),
    ev("COERCE", ["NER"], ["NER"], "2025-03", ["restrict"], ["political_institutions"], aux=H, optional=True,
       note="'In neighbouring Niger, the military government dissolved all parties in March'"),
    ev("COERCE", ["BFA"], ["BFA"], None, ["restrict"], ["political_institutions"], aux=H, optional=True,
       note="'Burkina Faso's junta has suspended their activities since 2022' (ongoing)"),
    # 'Several opposition figures have been reported abducted' (reports, no actor); opposition 'would continue to fight' (no addressee)
]))

DOCS.append(("k39_short_morocco_genz_protests", "2025-10-02", [
    ev("ASSAULT", ["MAR"], ["MAR"], "2025-10-01", ["firearms"], ["repression"],
       note="'Three people were shot dead by gendarmes in the town of Lqliaa ... late on Wednesday'"),
    ev("PROTEST", ["MAR"], ["MAR"], "2025", ["demo", "riot", "vandalize"], ["health", "inequality"],
       note="'The protests ... began on Saturday'; 'rioters set fire to cars and banks' on Tuesday and Wednesday; 'a crowd tried to storm a gendarmerie station' (27 Sept - 1 Oct -> year)"),
    ev("COERCE", ["MAR"], ["MAR"], None, ["arrest"], ["repression"],
       note="'The interior ministry said more than 400 people had been arrested' (no day)"),
    ev("AGREE", ["MAR"], ["MAR"], "2025-10-02", context=["health", "political_institutions"], alt=["CONCEDE"],
       note="'The government coalition ... said on Thursday it was ready for dialogue with the young protesters and would respond to their demands'"),
    ev("ACCUSE", ["MAR"], ["MAR"], None, ["disapprove"], ["health", "inequality"], optional=True,
       note="'Demonstrators say the government is spending billions on stadiums ... while hospitals lack doctors'"),
]))

DOCS.append(("k40_short_us_ukraine_minerals_deal", "2025-05-01", [
    ev("SUPPORT", ["USA", "UKR"], [], "2025-04-30", context=["economic", "natural_resource"],
       note="'The United States and Ukraine signed an agreement on Wednesday evening'"),
    ev("CONSULT", ["UKR"], ["USA"], "2025-04-30", ["visit"], ["economic"],
       note="'Svyrydenko, who flew to Washington for the signing, and ... Bessent signed the deal'"),
    ev("AGREE", ["USA", "UKR"], [], "2025-04-30", context=["economic", "natural_resource", "military"],
       note="'Ukraine will contribute half of the revenue from new licences ... to the fund, and the United States may contribute new military assistance'; 'setting up a joint fund'"),
    ev("SUPPORT", ["USA"], ["UKR"], "2025-04-30", context=["diplomatic"],
       note="Bessent: 'the Trump administration was committed to a peace process centred on a free, sovereign and prosperous Ukraine' (story of the day)"),
    # 'The deal still needs to be ratified' (future step, no event)
]))

DOCS.append(("k41_short_trump_sharaa_riyadh", "2025-05-14", [
    ev("CONSULT", ["USA", "SYR", "SAU", "TUR"], [], "2025-05-14", ["third-party", "phone"], ["diplomatic"],
       note="'Trump met Syria's interim President Ahmed al-Sharaa in Riyadh on Wednesday'; 'Saudi Crown Prince Mohammed bin Salman attended the meeting, and ... Erdoğan joined by phone'"),
    ev("REQUEST", ["USA"], ["SYR"], "2025-05-14", ["change"], ["terrorism", "diplomatic"],
       note="'Trump urged Sharaa to sign the Abraham Accords with Israel, to tell foreign terrorists to leave Syria and to help ... prevent the resurgence of Islamic State'"),
    ev("CONCEDE", ["USA"], ["SYR"], "2025-05-13", context=["economic"], alt=["AGREE"],
       note="'a day after he announced that he would lift all sanctions on Syria'; 'on Tuesday ... he would order the cessation of sanctions'"),
    ev("SUPPORT", ["SYR"], ["USA"], None, context=["economic"],
       note="'Syria's foreign ministry welcomed the decision as a new beginning' (no day)"),
    ev("AGREE", ["SAU", "QAT"], ["SYR"], "2025-04", context=["economic"], aux=H, alt=["AID"],
       note="'Last month Saudi Arabia and Qatar said they would pay off Syria's debts to the World Bank'"),
    ev("AID", ["QAT"], ["SYR"], None, context=["economic", "natural_resource"], aux=H,
       note="'Qatar has also been financing deliveries of natural gas to Syria through Jordan since March' (ongoing -> null)"),
]))

DOCS.append(("k42_short_israel_ends_gaza_truce", "2025-03-18", [
    ev("ASSAULT", ["ISR"], ["PSE"], "2025-03-18", ["aerial"], ["military"],
       note="'Israel launched waves of air strikes across the Gaza Strip early on Tuesday, killing more than 400 people'"),
    ev("ACCUSE", ["ISR"], ["PSE"], "2025-03-18", ["allege"], ["military", "human_rights"],
       note="Netanyahu's office: 'because of Hamas's repeated refusal to release the hostages and its rejection of proposals from U.S. envoy Steve Witkoff'"),
    ev("REJECT", ["PSE"], ["USA"], None, context=["military"], aux=H, optional=True,
       note="'its rejection of proposals from U.S. envoy Steve Witkoff' (Israel's account)"),
    ev("CONSULT", ["ISR", "USA"], [], "2025-03", context=["military"], aux=H, optional=True,
       note="'The White House said Israel had consulted the Trump administration before the attack'"),
    ev("ACCUSE", ["PSE"], ["ISR"], "2025-03-18", ["allege"], ["military", "human_rights"],
       note="'Hamas accused Israel of overturning the ceasefire agreement and of exposing the remaining hostages ... to an unknown fate'"),
    ev("ACCUSE", ["EGY", "QAT"], ["ISR"], "2025-03-18", ["disapprove"], ["military"],
       note="'Egypt and Qatar, which mediated the truce, condemned the strikes'"),
    ev("COERCE", ["ISR"], ["PSE"], None, ["withhold", "restrict"], ["human_security"],
       note="'Israel has blocked all deliveries of food, fuel and medicine into Gaza since March 2' (ongoing -> null); 'ordered residents of several areas ... to leave their homes'"),
    ev("THREATEN", ["ISR"], ["PSE"], "2025-03-18", ["violence"], ["military"],
       note="Netanyahu: 'Israel would from now on act against Hamas with increasing military strength'"),
    ev("RETREAT", ["ISR", "PSE"], [], "2025-01", ["ceasefire"], ["military"], aux=H, optional=True,
       note="'a ceasefire that had largely held since January' (recalled)"),
]))

DOCS.append(("k43_short_sri_lanka_cyclone_aid", "2025-11-29", [
    ev("AID", ["IND"], ["LKA"], "2025-11-29", context=["disasters"],
       note="'India sent relief supplies and rescue teams to Sri Lanka on Saturday'; INS Vikrant and INS Udaygiri 'handed over tonnes of dry rations'"),
    ev("SUPPORT", ["IND"], ["LKA"], "2025-11-29", context=["disasters"],
       note="'Modi said India stood in solidarity with the people of Sri Lanka' (story of the day)"),
    ev("REQUEST", ["LKA"], [], "2025-11-28", ["assist"], ["disasters"], optional=True,
       note="'appealed to the international community for assistance' (no state named)"),
    ev("AGREE", ["PAK", "MDV"], ["LKA"], None, context=["disasters"], alt=["AID"],
       note="'Pakistan and the Maldives also offered assistance, the Sri Lankan foreign ministry said' (no day)"),
    # negatives: the cyclone, floods and landslides; the state of emergency (domestic disaster measure)
]))

DOCS.append(("k44_short_brahmos_philippines", "2024-04-19", [
    ev("COOPERATE", ["IND"], ["PHL"], "2024-04-19", context=["military"],
       note="'India delivered the first batteries of the BrahMos supersonic cruise missile system to the Philippines on Friday' (arms sale carried out)"),
    ev("SUPPORT", ["IND", "PHL"], [], "2022", context=["military", "economic"], aux=H, alt=["COOPERATE"],
       note="'two years after the two countries signed a $375 million deal for three batteries'"),
    ev("ASSAULT", ["CHN"], ["PHL"], "2024-03", context=["territory"], aux=H, alt=["COERCE"],
       note="'In March, Chinese coast guard ships fired water cannon at a Philippine supply boat near the Second Thomas Shoal, injuring several of its crew'"),
    ev("SUPPORT", ["PHL"], ["IND"], "2024-04-19", context=["military"],
       note="Teodoro 'thanked India for its support' (story of the day)"),
    ev("AGREE", ["IND"], ["PHL"], "2024-04-19", context=["military"], optional=True,
       note="'India's embassy said the two countries would continue to expand their defence partnership'"),
]))

DOCS.append(("k45_short_dprk_hwasong19", "2024-11-04", [
    ev("MOBILIZE", ["PRK"], [], "2024-10-31", ["weapons"], ["military", "cbrn"],
       note="'North Korea test-fired a new intercontinental ballistic missile last Thursday' (as heldout h20)"),
    ev("THREATEN", ["PRK"], [], "2024-10-31", ["violence"], ["military"], optional=True,
       note="Kim, who oversaw the launch: 'North Korea's will to respond to enemies that threatened its security' (reported the next day; enemies unnamed)"),
    ev("ACCUSE", ["KOR", "USA", "JPN"], ["PRK"], None, ["disapprove", "allege"], ["military", "cbrn", "legal"],
       note="'South Korea, the United States and Japan condemned the launch as a clear violation of U.N. Security Council resolutions' (no day)"),
    ev("SANCTION", ["KOR"], ["PRK"], None, ["discontinue"], ["cbrn"], alt=["THREATEN"],
       note="'Seoul said it would impose new sanctions on North Korean individuals and entities' (as dev4 f15; no day)"),
    ev("REQUEST", ["KOR", "USA", "JPN"], ["PRK"], None, ["change"], ["military"],
       note="'The three countries' foreign ministers called on Pyongyang to stop its provocations' (no day)"),
    ev("COOPERATE", ["USA", "KOR", "JPN"], [], "2024-11-03", context=["military"],
       note="'On Sunday, U.S. B-1B bombers joined South Korean and Japanese fighter jets in a joint air drill'"),
]))

DOCS.append(("k46_short_japan_chinese_plane_airspace", "2024-08-27", [
    ev("MOBILIZE", ["CHN"], ["JPN"], "2024-08-26", context=["military", "territory", "intelligence"], alt=["COERCE"],
       note="'The Y-9 intelligence-gathering aircraft entered Japanese airspace near the Danjo islands for about two minutes on Monday morning' (as dev7 j40)"),
    ev("MOBILIZE", ["JPN"], ["CHN"], "2024-08-26", context=["military"], optional=True,
       note="'The Air Self-Defense Force scrambled fighter jets, which issued warnings but did not fire'"),
    ev("ACCUSE", ["JPN"], ["CHN"], "2024-08-26", ["disapprove"], ["territory", "diplomatic"],
       note="'Okano summoned China's acting ambassador, Shi Yong, on Monday evening to protest'; 'lodged a strong protest'; Hayashi: 'a serious violation of Japan's sovereignty'"),
    ev("REQUEST", ["JPN"], ["CHN"], "2024-08-26", ["change"], ["territory"],
       note="'and demanded that Beijing prevent a recurrence'"),
    ev("REJECT", ["CHN"], ["JPN"], "2024-08-27", context=["territory"], alt=["ACCUSE"], optional=True,
       note="Lin Jian: 'China had no intention of violating any country's airspace' (implicit denial of intent)"),
]))

DOCS.append(("k47_short_thailand_deports_uyghurs", "2025-03-14", [
    ev("SANCTION", ["USA"], ["THA"], "2025-03-14", ["discontinue"], ["human_rights", "asylum"],
       note="'The United States on Friday imposed visa restrictions on current and former Thai officials responsible for the deportation'"),
    ev("COERCE", ["THA"], ["CHN"], "2025-02-27", ["deport"], ["human_rights", "asylum", "religion_ethnicity"], aux=H, alt=["COOPERATE"],
       note="'Thailand flew the Uyghur men ... to Xinjiang on February 27' (Uyghurs -> CHN, the country they are about)"),
    ev("ACCUSE", ["USA"], ["CHN"], "2025-03-14", ["allege"], ["human_rights", "religion_ethnicity"],
       note="'Rubio said China's treatment of the Uyghurs amounted to genocide and crimes against humanity'"),
    ev("REQUEST", ["USA"], [], "2025-03-14", ["change"], ["human_rights", "asylum"], optional=True,
       note="'called on governments around the world not to forcibly return Uyghurs' (no state named)"),
    ev("ACCUSE", ["UN"], ["THA"], None, ["allege"], ["human_rights"], aux=H, optional=True,
       note="'despite warnings by U.N. experts that they risked torture'"),
    ev("REJECT", ["THA"], ["USA"], None, context=["human_rights"], alt=["ACCUSE"], optional=True,
       note="'Thailand's government has defended the deportation' (critics implicit)"),
    ev("AGREE", ["CHN"], ["THA"], None, context=["human_rights"], aux=H, optional=True,
       note="'had received assurances from Beijing about the men's safety'"),
    ev("AGREE", ["THA"], ["CHN"], None, context=["human_rights"], optional=True,
       note="Paetongtarn: 'her government would send officials to Xinjiang to check on them'"),
    ev("ACCUSE", ["EU"], ["THA"], "2025-03-13", ["disapprove"], ["human_rights"],
       note="'The European Parliament also condemned the deportation in a resolution on Thursday'"),
]))

DOCS.append(("k48_short_ishiba_resigns", "2025-09-07", [
    ev("RETREAT", ["JPN"], ["JPN"], "2025-09-07", ["resign"], ["executive", "political_institutions"], alt=["CONCEDE"],
       note="'Ishiba said on Sunday he would resign, bowing to pressure from within his Liberal Democratic Party'"),
    ev("AGREE", ["JPN", "USA"], [], "2025-07", context=["economic"], aux=H, alt=["SUPPORT"],
       note="'Ishiba's government reached a deal with Washington in July that lowered U.S. tariffs on Japanese goods to 15% in exchange for $550 billion of Japanese investment'"),
    # negatives: the election defeat; 'would in effect have been a no-confidence vote' (hypothetical, domestic)
]))

DOCS.append(("k49_short_ankara_declaration", "2024-12-12", [
    ev("CONSULT", ["ETH", "SOM", "TUR"], [], "2024-12-11", ["third-party", "visit"], ["diplomatic", "territory"],
       note="'after talks mediated by Turkish President Recep Tayyip Erdoğan in Ankara' ('late on Wednesday')"),
    ev("SUPPORT", ["ETH", "SOM"], [], "2024-12-11", context=["territory"],
       note="'Abiy Ahmed and ... Hassan Sheikh Mohamud signed what Erdoğan called the \"Ankara Declaration\"'"),
    ev("AGREE", ["ETH", "SOM"], [], "2024-12-11", context=["territory", "economic"],
       note="'agreed ... to work together to resolve their dispute'; 'the two sides will begin technical talks by the end of February'"),
    ev("SUPPORT", ["TUR"], ["ETH", "SOM"], "2024-12-11", context=["diplomatic"], optional=True,
       note="Erdoğan: 'the two leaders had taken the first step towards a new beginning'"),
    ev("SUPPORT", ["AU"], ["ETH", "SOM"], None, context=["diplomatic"],
       note="'The African Union welcomed the agreement' (no day)"),
    ev("ACCUSE", ["SOM"], ["ETH"], "2024-01", ["disapprove"], ["territory"], aux=H,
       note="'Ethiopia signed a memorandum of understanding with Somaliland, which Mogadishu described as an attack on its sovereignty'"),
    ev("AGREE", ["ETH"], ["SOM"], "2024-01", context=["territory"], aux=H, optional=True,
       note="'Ethiopia signed a memorandum of understanding with Somaliland' (Somaliland -> SOM)"),
    ev("SANCTION", ["SOM"], ["ETH"], "2024-04", ["expel"], ["diplomatic"], aux=H,
       note="'Somalia expelled Ethiopia's ambassador in April'"),
    ev("THREATEN", ["SOM"], ["ETH"], None, ["expel"], ["military"], aux=H,
       note="'and threatened to expel Ethiopian troops serving in the African Union mission' (no date)"),
]))

DOCS.append(("k50_short_strait_thunder_drills", "2025-04-02", [
    ev("MOBILIZE", ["CHN"], ["TWN"], "2025-04", ["troops", "weapons"], ["military", "territory"],
       note="'China's military staged live-fire drills ... on Wednesday in a second day of exercises around Taiwan'; Tuesday: 'army, navy, air force and rocket force units were moving close to the island' (1-2 April -> month)"),
    ev("THREATEN", ["CHN"], ["TWN"], "2025-04-01", context=["territory", "military"],
       note="'called the exercises a stern warning to \"Taiwan independence\" separatist forces' (Tuesday)"),
    ev("MOBILIZE", ["TWN"], ["CHN"], "2025-04-01", ["troops"], ["military"], optional=True,
       note="'it had sent its own forces to respond'"),
    ev("ACCUSE", ["TWN"], ["CHN"], None, ["disapprove"], ["territory", "military"],
       note="'Taiwan's presidential office condemned the drills, saying China was a troublemaker' (no day); Lai's 'foreign hostile force' speech last month (merged)"),
    ev("ACCUSE", ["USA"], ["CHN"], None, ["disapprove"], ["military"],
       note="'China's aggressive military activities only exacerbate tensions' (State Department, no day)"),
    ev("SUPPORT", ["USA"], ["TWN"], None, context=["military", "diplomatic"],
       note="'the United States would continue to support its longstanding friend Taiwan'"),
]))


if __name__ == "__main__":
    write_gold(DOCS, os.path.join(HERE, ".."))

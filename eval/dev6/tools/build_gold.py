#!/usr/bin/env python3
"""Writes eval/dev6/gold.jsonl from the hand-coded events below.

The events were coded by hand from the documents in docs/ following
/work/shared/SPEC.md and the conventions of eval/heldout/README.md,
eval/dev2/README.md, eval/dev3/README.md, eval/dev4/README.md and
eval/dev5/README.md, without reading the coder's source or data and without
running the coder; this script only serialises them (keeps the gold reviewable
as one Python file with a note per event).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from goldlib import ev, write_gold  # noqa: E402

H = "historical"
FUT = "future"

P5 = ["IRN", "CHN", "FRA", "DEU", "RUS", "GBR", "USA", "EU"]

DOCS = []

# ---------------------------------------------------------------- government readouts / statements

DOCS.append(("i01_at_bmeia_vienna_jcpoa", "2015-07-14", [
    ev("CONSULT", P5, [], "2015-07-14", ["multilateral", "third-party"], ["diplomatic", "cbrn"],
       note="'The foreign ministers of China, France, Germany, Russia, the United Kingdom and the United States, the High Representative of the European Union ... and Iranian Foreign Minister ... met this morning at the Vienna International Centre for the final plenary session' (Austria hosts)"),
    ev("AGREE", P5, [], "2015-07-14", context=["cbrn", "economic"], alt=["SUPPORT"],
       note="'the E3/EU+3 and the Islamic Republic of Iran adopted the Joint Comprehensive Plan of Action'"),
    ev("AGREE", ["IRN"], ["IAEA"], "2015-07-14", context=["cbrn"], optional=True,
       note="'Under the plan Iran will reduce its stockpile ... and will accept extended inspections by the International Atomic Energy Agency' (terms of the plan)"),
    ev("AGREE", ["EU", "USA"], ["IRN"], "2015-07-14", context=["economic"], alt=["CONCEDE"], optional=True,
       note="'the European Union and the United States will lift their nuclear-related economic sanctions once the Agency has verified' (terms of the plan)"),
    ev("SUPPORT", ["IAEA", "IRN"], [], "2015-07-14", context=["cbrn"],
       note="'IAEA Director General Yukiya Amano and the head of the Atomic Energy Organization of Iran, Ali Akbar Salehi, signed a roadmap today'"),
    ev("SUPPORT", ["AUT"], P5, "2015-07-14", context=["diplomatic", "cbrn"],
       note="Kurz 'welcomed the agreement as a historic success of diplomacy and congratulated all delegations'"),
    ev("AGREE", ["AUT"], ["IAEA"], "2015-07-14", context=["cbrn"],
       note="'Austria stands ready to continue to support the IAEA ... in carrying out its verification tasks'"),
    ev("REQUEST", ["AUT"], P5, "2015-07-14", ["change"], ["cbrn"], optional=True,
       note="'He called on all parties to implement the agreement in full and in good faith' (all parties, not named)"),
]))

DOCS.append(("i02_ro_mae_russia_expulsions", "2022-04-05", [
    ev("ACCUSE", ["ROU"], ["RUS"], "2022-04-05", ["disapprove"], ["diplomatic", "human_rights", "military"],
       note="'The Ministry of Foreign Affairs summoned today the Ambassador of the Russian Federation'; 'conveyed its firm condemnation of the atrocities committed by the Russian armed forces ... in Bucha'"),
    ev("SANCTION", ["ROU"], ["RUS"], "2022-04-05", ["expel"], ["diplomatic"],
       note="'the decision of the Romanian authorities to declare persona non grata ten members of the diplomatic staff of the Embassy of the Russian Federation'"),
    ev("ASSAULT", ["RUS"], ["UKR"], None, context=["human_rights", "military"], aux=H, optional=True,
       note="'the atrocities committed by the Russian armed forces against the civilian population in Bucha' (recalled, undated)"),
    ev("REQUEST", ["ROU"], ["RUS"], "2022-04-05", ["yield"], ["military"],
       note="'Romania reiterates its call on the Russian Federation to immediately cease hostilities and to withdraw all its forces from the territory of Ukraine'; 'those responsible must be held accountable'"),
    ev("SUPPORT", ["ROU"], ["ICC"], "2022-04-05", context=["legal"],
       note="'Romania fully supports the investigation opened by the Prosecutor of the International Criminal Court'"),
    ev("REQUEST", ["ROU"], ["ICC"], "2022-03-02", context=["legal", "human_rights"], aux=H,
       note="'on 2 March Romania, together with other States Parties, referred the situation in Ukraine to the Court' (the other states are not named)"),
]))

DOCS.append(("i03_ge_mfa_russian_flights", "2019-06-22", [
    ev("SANCTION", ["RUS"], ["GEO"], "2019-06-21", ["discontinue"], ["economic", "diplomatic"],
       note="'the decree signed yesterday by the President of the Russian Federation, under which Russian airlines are to suspend flights to Georgia from 8 July' (doc 22/06 -> 21 June)"),
    ev("ACCUSE", ["GEO"], ["RUS"], "2019-06-22", ["disapprove"], ["economic", "diplomatic"],
       note="'expresses its deep regret'; 'yet another attempt by the Russian Federation to put pressure on Georgia and to damage the Georgian economy'"),
    ev("ACCUSE", ["RUS"], ["GEO"], None, ["disapprove"], ["diplomatic"], aux=H,
       note="'the attempts of Moscow to present as a \"Russophobic provocation\" the peaceful protest' (undated)"),
    ev("REJECT", ["GEO"], ["RUS"], "2019-06-22", context=["diplomatic"], alt=["ACCUSE"],
       note="'The Ministry categorically rejects the attempts of Moscow to present as a \"Russophobic provocation\"'"),
    ev("PROTEST", ["GEO"], ["RUS"], "2019-06-20", ["demo"], ["territory"], aux=H,
       note="'the peaceful protest held by thousands of Georgian citizens in front of the Parliament on the evening of 20 June against the presence in the Speaker's chair of Sergei Gavrilov, a member of the Russian State Duma'"),
    ev("REQUEST", ["GEO"], ["RUS"], "2019-06-22", ["yield", "change"], ["territory", "military"],
       note="'calls on the Russian Federation to fulfil its obligations under the ceasefire agreement ..., to withdraw its forces from the occupied regions ... and to reverse the recognition'"),
    ev("SUPPORT", ["GEO"], [], "2019-06-22", context=["territory"], optional=True,
       note="'The Ministry is grateful to its international partners' (partners not named)"),
]))

DOCS.append(("i04_am_mfa_azerbaijan_attack", "2022-09-13", [
    ev("ASSAULT", ["AZE"], ["ARM"], "2022-09-13", ["heavy-weapons", "firearms", "drone"], ["military", "territory"],
       note="'On 13 September, from 00:05, the armed forces of Azerbaijan launched an intensive attack with artillery, large-calibre firearms and attack drones on positions of the Armed Forces of Armenia'"),
    ev("ACCUSE", ["ARM"], ["AZE"], "2022-09-13", ["disapprove"], ["military", "territory"],
       note="'The Ministry strongly condemns this new act of aggression'"),
    ev("ACCUSE", ["AZE"], ["ARM"], "2022-09-13", ["allege"], ["military"],
       note="'Baku's claims that its forces were merely responding to \"large-scale provocations\" by the Armenian side' (the claims of that day)"),
    ev("REJECT", ["ARM"], ["AZE"], "2022-09-13", context=["military"], alt=["ACCUSE"],
       note="Baku's claims 'are completely groundless' (denial)"),
    ev("REQUEST", ["ARM"], ["RUS", "CSTO", "UNSC"], "2022-09-13", ["assist"], ["military"],
       note="'Armenia has officially appealed to the Russian Federation ..., to the Collective Security Treaty Organization under Article 4 ... and to the United Nations Security Council, requesting them to take measures to stop the aggression' (one appeal, compound recipient)"),
    ev("REQUEST", ["ARM"], [], "2022-09-13", context=["military"], optional=True,
       note="'Mirzoyan called on the international community to give a clear assessment' (no named addressee)"),
]))

DOCS.append(("i05_co_cancilleria_venezuela", "2022-07-28", [
    ev("CONSULT", ["COL"], ["VEN"], "2022-07-28", ["visit"], ["diplomatic"],
       note="'Álvaro Leyva Durán, travelled today to the Venezuelan city of San Cristóbal ... where he held a working meeting with ... Carlos Faría'"),
    ev("AGREE", ["COL", "VEN"], [], "2022-07-28", context=["diplomatic", "territory"], alt=["SUPPORT", "CONCEDE"],
       note="'both ministers agreed to begin, once the new Government ... takes office on 7 August, the gradual re-establishment of diplomatic, consular and military relations ... including the appointment of ambassadors and the progressive reopening of the common border'"),
    ev("SANCTION", ["VEN"], ["COL"], "2019-02", ["discontinue"], ["diplomatic"], aux=H,
       note="'Relations between Bogotá and Caracas were broken off by the Venezuelan Government in February 2019'"),
    ev("COERCE", ["VEN"], ["COL"], "2019-02", ["restrict"], ["territory"], aux=H, alt=["SANCTION"], optional=True,
       note="'when the border crossings were also closed' (passive; actor implied)"),
]))

DOCS.append(("i06_et_mofa_un_officials", "2021-09-30", [
    ev("SANCTION", ["ETH"], ["UN"], "2021-09-30", ["expel"], ["diplomatic", "human_security"],
       note="'has today declared seven individuals working for UN agencies in Ethiopia ... persona non grata'; 'required to leave ... within the next 72 hours'"),
    ev("ACCUSE", ["ETH"], ["UN"], "2021-09-30", ["allege", "disapprove"], ["human_security", "misinformation"],
       note="'for meddling in the internal affairs of the country'; 'have violated the principles of neutrality ... diverting humanitarian assistance to the TPLF ... disseminating misinformation'"),
    ev("REJECT", ["ETH"], ["UN"], "2021-09-30", context=["human_security"], alt=["ACCUSE"], optional=True,
       note="'The Ministry rejects the characterisation of the situation in the Tigray region as a \"de facto blockade\"' (whose characterisation is not said)"),
    ev("ACCUSE", ["ETH"], ["ETH"], "2021-09-30", ["allege"], ["terrorism", "human_security"],
       note="'It is the TPLF that has looted the warehouses of humanitarian agencies, commandeered hundreds of aid trucks and launched attacks on the neighbouring Afar and Amhara regions' (TPLF -> ETH)"),
    ev("ASSAULT", ["ETH"], ["ETH"], None, context=["military"], aux=H, optional=True,
       note="TPLF 'launched attacks on the neighbouring Afar and Amhara regions' (the ministry's attribution, undated)"),
    ev("AGREE", ["ETH"], ["UN"], "2021-09-30", context=["human_security"], optional=True,
       note="'The Government of Ethiopia will continue to facilitate the delivery of humanitarian assistance to all people in need' (no named addressee)"),
]))

DOCS.append(("i07_bd_mofa_rohingya_arrangement", "2017-11-23", [
    ev("CONSULT", ["BGD"], ["MMR"], "2017-11-23", ["visit"], ["diplomatic", "migration"],
       note="'Foreign Minister Abul Hassan Mahmood Ali and Union Minister ... U Kyaw Tint Swe today signed in Nay Pyi Taw'; 'the Foreign Minister called on State Counsellor Daw Aung San Suu Kyi'"),
    ev("SUPPORT", ["BGD", "MMR"], [], "2017-11-23", context=["migration", "human_rights"], alt=["AGREE"],
       note="'today signed ... the \"Arrangement on Return of Displaced Persons from Rakhine State\"'"),
    ev("AGREE", ["MMR"], ["BGD"], "2017-11-23", context=["migration"],
       note="'Under the arrangement, Myanmar will take back the Rohingyas who crossed into Bangladesh, and the process of repatriation is to begin within two months'"),
    ev("AGREE", ["BGD", "MMR"], [], "2017-11-23", context=["migration"], optional=True,
       note="'A joint working group will be set up within three weeks'"),
    ev("AID", ["BGD"], ["MMR"], None, context=["migration", "human_security"], aux=H, alt=["COOPERATE"],
       note="'Bangladesh has given shelter to more than 620,000 Rohingyas who have fled violence in Rakhine State since 25 August' (ongoing -> null; refugees coded by their country, as dev5's asylum)"),
    ev("ASSAULT", ["MMR"], ["MMR"], None, context=["religion_ethnicity"], aux=H, optional=True,
       note="'fled violence in Rakhine State since 25 August' (no actor named)"),
    ev("REQUEST", ["BGD"], ["MMR"], "2017-11-23", ["change"], ["migration", "human_rights"],
       note="'the Foreign Minister urged Myanmar to create a conducive environment in Rakhine so that the return ... is safe, voluntary and dignified'"),
]))

DOCS.append(("i08_lk_mfa_yuan_wang_5", "2022-08-13", [
    ev("AGREE", ["LKA"], ["CHN"], "2022-08-13", context=["military", "technology"], alt=["CONCEDE", "SUPPORT"],
       note="'the Ministry today conveyed to the Chinese Embassy the security clearance for the vessel to arrive at Hambantota from 16 to 22 August' (the first clearance of 12 July folded into this key)"),
    ev("REQUEST", ["LKA"], ["CHN"], "2022-08-05", ["change"], ["military", "diplomatic"], aux=H,
       note="'On 5 August the Ministry requested the Embassy to defer the visit until further consultations were held'"),
    ev("CONSULT", ["LKA", "CHN"], [], "2022-08", context=["diplomatic"], optional=True,
       note="'Consultations were thereafter held at a high level through diplomatic channels with all parties concerned' (between 5 and 13 August; parties not named)"),
    ev("AGREE", ["CHN"], ["LKA"], "2022-08-13", context=["technology", "military"],
       note="'The Chinese side has confirmed that the vessel will keep its Automatic Identification System switched on ... and that no scientific research will be conducted in Sri Lankan waters'"),
]))

DOCS.append(("i09_mn_president_putin_visit", "2024-09-03", [
    ev("CONSULT", ["RUS"], ["MNG"], "2024-09-03", ["visit"], ["diplomatic"], initiator="MNG",
       note="'At the invitation of the President of Mongolia ..., the President of the Russian Federation Vladimir Putin is paying an official visit'; 'the two Presidents held official talks at the State Palace today'"),
    ev("SUPPORT", ["MNG", "RUS"], [], "2024-09-03", context=["economic", "natural_resource"],
       note="'The Heads of State signed a joint statement, and the two sides signed intergovernmental documents on the supply of aviation fuel and ... the Ulaanbaatar Thermal Power Plant No. 3'"),
    ev("AGREE", ["MNG", "RUS"], [], "2024-09-03", context=["economic", "natural_resource"], alt=["SUPPORT"],
       note="'The Presidents agreed to further expand cooperation in energy, the Ulaanbaatar Railway and agriculture, and to continue talks on the Power of Siberia 2 gas pipeline'"),
    ev("COOPERATE", ["RUS"], ["MNG"], None, context=["economic", "natural_resource"],
       note="'the Russian Federation supplies more than ninety percent of Mongolia's petroleum products' (ongoing trade, undated)"),
    ev("SUPPORT", ["MNG"], ["RUS"], "2024-09-03", context=["diplomatic"], optional=True,
       note="'President Khurelsukh thanked President Putin for accepting his invitation' (courtesy)"),
]))

DOCS.append(("i10_kg_mfa_tajik_border", "2022-09-16", [
    ev("ASSAULT", ["TJK"], ["KGZ"], "2022-09", ["heavy-weapons", "drone"], ["military", "territory"],
       note="'Since early this morning, units of the armed forces of the Republic of Tajikistan, using tanks, armoured personnel carriers, mortars and attack drones, have been shelling Kyrgyz border outposts and settlements'; 'The armed provocation began on 14 September' (14 and 16 Sept merged -> month)"),
    ev("MOBILIZE", ["TJK"], ["KGZ"], None, ["troops", "weapons"], ["military", "territory"], aux=H,
       note="'Before the attack the Tajik side had concentrated troops and heavy equipment along the border' (undated)"),
    ev("ACCUSE", ["KGZ"], ["TJK"], "2022-09-16", ["disapprove"], ["military", "territory"],
       note="'The Ministry ... strongly condemns these actions'"),
    ev("REQUEST", ["KGZ"], ["TJK"], "2022-09-16", ["yield"], ["military"],
       note="'demands that the Tajik side immediately cease fire and withdraw its units'"),
    ev("ACCUSE", ["TJK"], ["KGZ"], None, ["allege"], ["military"],
       note="'The statements of Dushanbe that Kyrgyz border guards opened fire first' (undated)"),
    ev("REJECT", ["KGZ"], ["TJK"], "2022-09-16", context=["military"], alt=["ACCUSE"],
       note="Dushanbe's statements 'do not correspond to reality' (denial)"),
    ev("CONCEDE", ["KGZ", "TJK"], [], "2022-09-16", context=["military", "territory"], alt=["AGREE", "RETREAT"],
       note="'the heads of the national security services of the two countries agreed this afternoon on a ceasefire from 16:00 and on the withdrawal of troops from the border' (agreed for later, as dev4 f06)"),
    ev("CONSULT", ["KGZ", "TJK"], [], "2022-09-16", ["multilateral"], ["diplomatic"],
       note="'Later today, President Sadyr Japarov met President Emomali Rahmon on the sidelines of the Shanghai Cooperation Organisation summit in Samarkand'"),
]))

DOCS.append(("i11_is_utn_moscow_embassy", "2023-06-09", [
    ev("SANCTION", ["ISL"], ["RUS"], "2023-06-09", ["withdraw"], ["diplomatic"],
       note="'has decided to suspend the operations of the Embassy of Iceland in Moscow as of 1 August 2023'"),
    ev("REQUEST", ["ISL"], ["RUS"], "2023-06-09", ["change"], ["diplomatic"], alt=["SANCTION"],
       note="'the Russian authorities have been requested to limit the operations of the Russian embassy in Reykjavík and to reduce its staff'"),
    ev("ACCUSE", ["ISL"], ["RUS"], "2023-06-09", ["disapprove"], ["military", "legal"],
       note="'Russia's war of aggression against Ukraine, in violation of international law, has brought relations ... to a historic low'"),
    ev("AGREE", ["ISL"], ["UKR"], "2023-06-09", context=["military"], alt=["SUPPORT"], optional=True,
       note="'Iceland will continue to support Ukraine' (standing support restated)"),
    ev("ACCUSE", ["RUS"], ["ISL"], "2023-06-09", ["disapprove"], ["diplomatic"],
       note="'In a statement the same day, the Russian Ministry of Foreign Affairs said that Reykjavík had destroyed the whole range of Russian-Icelandic cooperation'"),
    ev("THREATEN", ["RUS"], ["ISL"], "2023-06-09", ["relations"], ["diplomatic"],
       note="'and warned that the decision would not go unanswered'"),
]))

DOCS.append(("i12_nl_rijksoverheid_mh17", "2018-05-25", [
    ev("ACCUSE", ["NLD", "AUS"], ["RUS"], "2018-05-25", ["allege"], ["military", "legal"],
       note="'The Netherlands and Australia are convinced that Russia is responsible for its part in the downing of flight MH17'; 'have today informed Russia of their position'"),
    ev("REQUEST", ["NLD", "AUS"], ["RUS"], "2018-05-25", ["meet"], ["legal"],
       note="'have asked the Russian Federation to enter into talks in order to find a solution'"),
    ev("ASSAULT", ["RUS"], ["MYS", "NLD"], "2014-07-17", ["aerial"], ["military"], aux=H, optional=True,
       note="'the BUK missile system that shot down the aircraft on 17 July 2014 belonged to the 53rd Anti-Aircraft Missile Brigade of the Russian armed forces' (JIT finding; recipient Malaysian airliner / Dutch victims)"),
    ev("REJECT", ["RUS"], ["NLD", "AUS"], None, context=["legal"], alt=["ACCUSE"], optional=True,
       note="'Russia has always denied any involvement in the disaster' (standing denial, addressee implicit)"),
]))

# ---------------------------------------------------------------- wire stories

DOCS.append(("i13_wire_mubarak_resigns", "2011-02-11", [
    ev("RETREAT", ["EGY"], ["EGY"], "2011-02-11", ["resign"], ["executive", "political_institutions"],
       note="'Hosni Mubarak resigned as Egypt's president on Friday and handed power to the military'"),
    ev("PROTEST", ["EGY"], ["EGY"], "2011", ["demo"], ["pro_democracy"],
       note="'18 days of mass protests that filled Cairo's Tahrir Square'; 'Hundreds of thousands of protesters in Tahrir Square' (25 Jan - 11 Feb merged -> year)"),
    ev("AGREE", ["EGY"], ["EGY"], "2011-02-11", context=["political_institutions"], optional=True,
       note="'The army later said it would not take the place of a legitimate government and promised to announce further steps'"),
    ev("SUPPORT", ["USA"], ["EGY"], "2011-02-11", context=["pro_democracy"],
       note="'President Barack Obama praised the Egyptian people'"),
    ev("ASSAULT", ["EGY"], ["EGY"], "2011", ["firearms"], ["repression"], aux=H,
       note="'Some 300 people are estimated to have been killed since the uprising began on Jan. 25, many of them when police fired on demonstrators' (since 25 Jan -> year)"),
]))

DOCS.append(("i14_wire_libya_strikes", "2011-03-19", [
    ev("ASSAULT", ["FRA"], ["LBY"], "2011-03-19", ["aerial"], ["military"],
       note="'French warplanes fired the first shots ... on Saturday, destroying several tanks and armoured vehicles of Muammar Gaddafi's forces'"),
    ev("CONSULT", ["FRA", "GBR", "USA", "UN"], [], "2011-03-19", ["multilateral"], ["military", "diplomatic"], initiator="FRA",
       note="'leaders from Europe, North America and the Arab world met in Paris at the invitation of President Nicolas Sarkozy, among them ... Cameron, ... Clinton and ... Ban Ki-moon'"),
    ev("THREATEN", ["FRA"], ["LBY"], "2011-03-19", ["violence"], ["military"],
       note="Sarkozy: 'Our air force will oppose any aggression by Colonel Gaddafi against the population of Benghazi'"),
    ev("ASSAULT", ["LBY"], ["LBY"], "2011-03-19", ["heavy-weapons"], ["military"],
       note="'his tanks and artillery pushed into the outskirts of Benghazi on Saturday morning, shelling residential districts' (rebel-held city -> LBY)"),
    ev("CONCEDE", ["LBY"], ["UNSC"], "2011-03-18", context=["military"], aux=H, alt=["AGREE", "RETREAT"], optional=True,
       note="'Gaddafi's government had declared an immediate ceasefire on Friday after the U.N. Security Council authorised ...' (addressee implicit)"),
    ev("THREATEN", ["UNSC"], ["LBY"], None, ["violence"], ["military"], aux=H, alt=["SANCTION", "COERCE"], optional=True,
       note="'the U.N. Security Council authorised \"all necessary measures\" to protect civilians' (undated in the text)"),
    ev("THREATEN", ["LBY"], ["FRA", "GBR", "UN"], "2011-03-19", ["violence"], ["military"],
       note="'In letters read out by a government spokesman, Gaddafi told Sarkozy, Cameron and Ban ...: \"You will regret it if you take a step toward interfering\"'"),
]))

DOCS.append(("i15_wire_saudi_iran_ties", "2016-01-04", [
    ev("SANCTION", ["SAU"], ["IRN"], "2016-01-03", ["discontinue", "expel"], ["diplomatic"],
       note="'Saudi Arabia severed diplomatic relations with Iran and gave Iranian diplomats 48 hours to leave ..., Foreign Minister Adel al-Jubeir announced late on Sunday' (doc Monday 4 Jan -> 3 Jan)"),
    ev("PROTEST", ["IRN"], ["SAU"], "2016-01-02", ["riot", "vandalize"], ["religion_ethnicity", "diplomatic"], aux=H,
       note="'Demonstrators ... broke into the embassy compound late on Saturday, smashing furniture and setting part of the building on fire'"),
    ev("ASSAULT", ["SAU"], ["SAU"], "2016-01-02", ["targeted"], ["religion_ethnicity", "legal"], aux=H, alt=["COERCE"], optional=True,
       note="'the kingdom's execution on Saturday of the prominent Shi'ite cleric Nimr al-Nimr' (an execution; type debatable)"),
    ev("COERCE", ["IRN"], ["IRN"], None, ["arrest"], ["crime"],
       note="'Tehran's prosecutor said about 40 people had been arrested' (undated)"),
    ev("THREATEN", ["IRN"], ["SAU"], "2016-01-03", ["violence"], ["religion_ethnicity"], alt=["ACCUSE"],
       note="'Khamenei said on Sunday that Saudi politicians would face \"divine revenge\"'"),
    ev("ACCUSE", ["SAU"], ["IRN"], "2016-01-03", ["allege"], ["terrorism", "military"],
       note="'Jubeir accused Iran of distributing weapons and planting terrorist cells in the region' (at Sunday's announcement)"),
    ev("SANCTION", ["BHR", "SDN"], ["IRN"], "2016-01-04", ["discontinue"], ["diplomatic"],
       note="'Bahrain and Sudan followed Riyadh's lead on Monday and broke off relations with Tehran'"),
]))

DOCS.append(("i16_wire_crimea_treaty", "2014-03-18", [
    ev("COERCE", ["RUS"], ["UKR"], "2014-03-18", ["seize"], ["territory"],
       note="'President Vladimir Putin signed a treaty on Tuesday making Crimea part of Russia' (annexation)"),
    ev("REJECT", ["RUS"], ["UKR"], "2014-03-18", context=["territory"], optional=True,
       note="'defying Western sanctions and dismissing Ukraine's protests'"),
    ev("ASSAULT", ["RUS"], ["UKR"], "2014-03-18", ["firearms"], ["military"], optional=True,
       note="'a Ukrainian serviceman was shot dead when gunmen stormed a Ukrainian military base in Simferopol' (gunmen unidentified; Kiev blames Russian soldiers)"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2014-03-18", ["allege", "disapprove"], ["military"],
       note="Yatseniuk 'said the conflict had moved \"from a political to a military stage,\" accusing Russian soldiers of war crimes'"),
    ev("SANCTION", ["USA", "EU"], ["RUS"], "2014-03-17", ["discontinue"], ["territory"], aux=H,
       note="'The United States and the European Union on Monday imposed asset freezes and travel bans on Russian and Crimean officials'"),
    ev("ACCUSE", ["USA"], ["RUS"], "2014-03-18", ["disapprove"], ["territory"],
       note="'Biden, visiting Warsaw, called the annexation \"nothing more than a land grab\"'"),
    ev("THREATEN", ["USA"], ["RUS"], "2014-03-18", ["restrict"], ["territory", "economic"], alt=["SANCTION"],
       note="'and said Washington and its allies would impose further sanctions on Moscow'"),
    ev("REJECT", ["UKR"], ["RUS"], None, context=["territory"], alt=["ACCUSE"], optional=True,
       note="'Kiev and its Western allies do not recognise the outcome of the vote' (standing position)"),
]))

DOCS.append(("i17_wire_abhinandan_released", "2019-03-01", [
    ev("RETREAT", ["PAK"], ["IND"], "2019-03-01", ["release"], ["military"],
       note="'Pakistan handed a captured Indian air force pilot back to India on Friday night at the Wagah border crossing'"),
    ev("CONCEDE", ["PAK"], ["IND"], "2019-02-28", context=["military"], aux=H, alt=["AGREE"],
       note="'a day after Prime Minister Imran Khan announced in parliament that the airman would be freed as \"a peace gesture\"'"),
    ev("COERCE", ["PAK"], ["IND"], "2019-02-27", ["arrest"], ["military"], aux=H,
       note="'Wing Commander Abhinandan Varthaman was taken prisoner on Wednesday'"),
    ev("ASSAULT", ["PAK"], ["IND"], "2019-02-27", ["aerial"], ["military"], aux=H,
       note="'when his MiG-21 fighter was shot down by Pakistani jets over Kashmir'"),
    ev("ASSAULT", ["IND"], ["PAK"], "2019-02", ["aerial"], ["military", "terrorism"], aux=H,
       note="'India said its aircraft had downed a Pakistani F-16 in the same dogfight, a day after Indian warplanes struck what New Delhi called a militant training camp near Balakot' (27 and 26 Feb merged -> month)"),
    ev("REQUEST", ["IND"], ["PAK"], None, ["yield"], ["military"], aux=H,
       note="'India had demanded the pilot's immediate and safe return' (undated)"),
    ev("ACCUSE", ["IND"], ["PAK"], "2019-02-28", ["allege"], ["military"],
       note="'At a news conference on Thursday, Indian military officers displayed fragments of a missile which they said proved that Pakistan had used American-made F-16s'"),
    ev("REJECT", ["PAK"], ["IND"], None, context=["military"], alt=["ACCUSE"],
       note="'Islamabad denied that any F-16 had been used' (undated denial)"),
]))

DOCS.append(("i18_wire_yeonpyeong", "2010-11-23", [
    ev("ASSAULT", ["PRK"], ["KOR"], "2010-11-23", ["heavy-weapons"], ["military", "territory"],
       note="'North Korea fired dozens of artillery shells at a South Korean island ... on Tuesday, killing two marines'"),
    ev("ASSAULT", ["KOR"], ["PRK"], "2010-11-23", ["heavy-weapons"], ["military"],
       note="'South Korea returned fire with K-9 self-propelled howitzers'"),
    ev("MOBILIZE", ["KOR"], ["PRK"], "2010-11-23", ["troops", "weapons"], ["military"],
       note="'scrambled F-16 fighter jets and put its forces on the highest state of alert short of war'"),
    ev("THREATEN", ["KOR"], ["PRK"], "2010-11-23", ["violence"], ["military"],
       note="Lee: 'any further provocation would be met with \"enormous retaliation\"'"),
    ev("ACCUSE", ["PRK"], ["KOR"], "2010-11-23", ["allege"], ["military"],
       note="'North Korea's military said ... that the South had fired first during a military drill'"),
    ev("THREATEN", ["PRK"], ["KOR"], "2010-11-23", ["violence"], ["military", "territory"],
       note="'and that it would continue to strike \"without hesitation\" if the South violated its waters'"),
    ev("ACCUSE", ["USA"], ["PRK"], "2010-11-23", ["disapprove"], ["military"],
       note="'The White House condemned the attack'"),
    ev("REQUEST", ["USA"], ["PRK"], "2010-11-23", ["change"], ["military"],
       note="'and called on Pyongyang to halt its belligerent action'"),
    ev("REQUEST", ["CHN"], ["KOR", "PRK"], "2010-11-23", ["change"], ["military"],
       note="'China, the North's main ally, urged both sides to exercise restraint'"),
]))

DOCS.append(("i19_wire_minsk_ii", "2015-02-12", [
    ev("CONSULT", ["RUS", "UKR", "DEU", "FRA"], [], "2015-02", ["third-party"], ["diplomatic", "military"],
       note="'The leaders of Russia, Ukraine, Germany and France ... after more than 16 hours of overnight talks in the Belarusian capital' (11-12 Feb -> month)"),
    ev("AGREE", ["RUS", "UKR", "DEU", "FRA"], [], "2015-02-12", context=["military"], alt=["SUPPORT"],
       note="'agreed on Thursday on a package of measures to end the fighting in eastern Ukraine'"),
    ev("CONCEDE", ["UKR"], ["UKR"], "2015-02-12", context=["military"], alt=["AGREE"],
       note="'Under the deal, signed by representatives of Kiev, the separatist leaders and the OSCE, a ceasefire will take effect at midnight on Saturday and both sides will begin pulling heavy weapons back' (Kiev and separatists -> UKR; ceasefire agreed for later)"),
    ev("SUPPORT", ["UKR", "OSCE"], [], "2015-02-12", context=["military"], optional=True,
       note="'signed by representatives of Kiev, the separatist leaders and the OSCE'"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2015-02-12", ["disapprove", "allege"], ["military"],
       note="Poroshenko 'said Russia had tried to impose unacceptable conditions'; 'Ukraine's military said about 50 tanks ... had crossed into eastern Ukraine from Russia overnight'"),
    ev("MOBILIZE", ["RUS"], ["UKR"], "2015-02", ["troops", "weapons"], ["military"], optional=True,
       note="'about 50 tanks, 40 missile systems and 40 armoured vehicles had crossed into eastern Ukraine from Russia overnight' (Kiev's claim)"),
    ev("REJECT", ["RUS"], ["UKR"], None, context=["military"], alt=["ACCUSE"], optional=True,
       note="'Moscow denies sending troops or weapons to the rebels' (standing denial)"),
    ev("ASSAULT", ["UKR"], ["UKR"], "2015-02-12", ["heavy-weapons"], ["military"], optional=True,
       note="'Heavy fighting continued around the railway hub of Debaltseve' (no actor named)"),
]))

DOCS.append(("i20_wire_hanoi_summit", "2019-02-28", [
    ev("CONSULT", ["USA", "PRK"], [], "2019-02", ["third-party"], ["diplomatic", "cbrn"],
       note="'second summit with North Korean leader Kim Jong Un'; 'had met over dinner on Wednesday evening before their talks at the Metropole hotel on Thursday' (Hanoi; 27-28 Feb -> month)"),
    ev("REJECT", ["USA"], ["PRK"], "2019-02-28", context=["economic", "cbrn"],
       note="'ended abruptly ... without an agreement'; Trump: 'Sometimes you have to walk' (refused to lift the sanctions)"),
    ev("REQUEST", ["PRK"], ["USA"], "2019-02-28", ["change"], ["economic"],
       note="'Kim had wanted the sanctions lifted in their entirety in exchange for dismantling only part of his nuclear program'"),
    ev("AGREE", ["PRK"], ["USA"], "2019-02-28", context=["cbrn"], alt=["CONCEDE"],
       note="'He said Kim had promised not to resume nuclear and missile testing'"),
    ev("REJECT", ["PRK"], ["USA"], "2019-03-01", context=["economic"], alt=["ACCUSE"],
       note="'Shortly after midnight, ... Ri Yong Ho told a hastily arranged news conference ... that Pyongyang had sought only a partial lifting of sanctions, contradicting the U.S. account' (after midnight -> 1 March)"),
]))

DOCS.append(("i21_wire_egypt_au_suspension", "2013-07-05", [
    ev("SANCTION", ["AU"], ["EGY"], "2013-07-05", ["discontinue"], ["political_institutions"],
       note="'The African Union suspended Egypt from all its activities on Friday'"),
    ev("ACCUSE", ["AU"], ["EGY"], "2013-07-05", ["disapprove"], ["political_institutions"],
       note="'saying the removal of an elected leader violated its charter'"),
    ev("COERCE", ["EGY"], ["EGY"], "2013-07", ["arrest", "seize"], ["political_institutions"], aux=H,
       note="'The army removed Mursi on Wednesday evening and has held him at an undisclosed location'; 'Security forces arrested ... Mohamed Badie and other senior figures on Thursday' (3-4 July merged -> month)"),
    ev("PROTEST", ["EGY"], ["EGY"], "2013-07-05", ["demo"], ["political_institutions"],
       note="'Tens of thousands of Mursi's supporters took to the streets on Friday'"),
    ev("ASSAULT", ["EGY"], ["EGY"], "2013-07-05", ["firearms"], ["repression"],
       note="'Soldiers opened fire on Islamists marching on the Republican Guard headquarters ..., killing at least three people'"),
    ev("SUPPORT", ["SAU"], ["EGY"], "2013-07-03", context=["political_institutions"], aux=H,
       note="'Saudi Arabia's King Abdullah was the first foreign leader to congratulate Mansour, on Wednesday night'"),
]))

DOCS.append(("i22_wire_catalonia_direct_rule", "2017-10-27", [
    ev("COERCE", ["ESP"], ["ESP"], "2017-10-27", ["seize"], ["political_institutions", "territory"], alt=["SANCTION"],
       note="'Rajoy on Friday dismissed Catalonia's regional government, dissolved its parliament' (direct rule)"),
    ev("REJECT", ["ESP"], ["ESP"], "2017-10-27", context=["territory"], alt=["PROTEST"], optional=True,
       note="'hours after Catalan lawmakers voted to declare independence' (declaration against Madrid; type debatable)"),
    ev("PROTEST", ["ESP"], ["ESP"], "2017-10-27", ["boycott"], ["legislative"], optional=True,
       note="'a vote boycotted by most opposition deputies'"),
    ev("SUPPORT", ["EU"], ["ESP"], "2017-10-27", context=["political_institutions", "territory"],
       note="Tusk 'said that for the EU \"nothing changes\" and that Spain remained its only interlocutor'"),
    ev("SUPPORT", ["USA"], ["ESP"], "2017-10-27", context=["territory"],
       note="'The United States said it supported the Spanish government's efforts to keep the country united'"),
]))

DOCS.append(("i23_wire_putin_pyongyang", "2024-06-19", [
    ev("CONSULT", ["RUS"], ["PRK"], "2024-06-19", ["visit"], ["diplomatic", "military"],
       note="'Putin, on his first visit to North Korea in 24 years'; signed 'in Pyongyang on Wednesday'"),
    ev("SUPPORT", ["RUS", "PRK"], [], "2024-06-19", context=["military"],
       note="'signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday'"),
    ev("AGREE", ["RUS", "PRK"], [], "2024-06-19", context=["military"], alt=["SUPPORT"],
       note="treaty 'commits each side to come to the aid of the other if it is attacked'"),
    ev("AGREE", ["RUS"], ["PRK"], "2024-06-19", context=["military"], optional=True,
       note="'Moscow did not rule out developing military-technical cooperation with Pyongyang'"),
    ev("SUPPORT", ["PRK"], ["RUS"], "2024-06-19", context=["military"],
       note="'Kim pledged his \"full support\" for Russia's war in Ukraine'"),
    ev("ACCUSE", ["USA", "KOR"], ["PRK"], None, ["allege"], ["military"], aux=H,
       note="'Washington and Seoul have accused North Korea of supplying Russia with artillery shells and ballistic missiles' (undated)"),
    ev("COOPERATE", ["PRK"], ["RUS"], None, context=["military"], aux=H, optional=True,
       note="alleged supply of 'artillery shells and ballistic missiles' (denied)"),
    ev("REJECT", ["PRK", "RUS"], ["USA", "KOR"], None, context=["military"], alt=["ACCUSE"], optional=True,
       note="'which both countries deny'"),
    ev("ACCUSE", ["USA"], ["RUS", "PRK"], "2024-06-19", ["disapprove"], ["military"],
       note="'The U.S. State Department said the deepening cooperation between the two should be of concern to anyone interested in peace'"),
]))

DOCS.append(("i24_wire_obama_cancels_putin_summit", "2013-08-07", [
    ev("REJECT", ["USA"], ["RUS"], "2013-08-07", ["meet"], ["diplomatic"], alt=["SANCTION"],
       note="'Obama on Wednesday called off a planned September summit with Russian President Vladimir Putin in Moscow'"),
    ev("AID", ["RUS"], ["USA"], "2013-08-01", context=["asylum"], aux=H, alt=["COOPERATE"],
       note="'Russia granted Snowden temporary asylum for one year last Thursday' (asylum as dev5 g41; Snowden -> USA; Wed 7 Aug -> 1 Aug)"),
    ev("ACCUSE", ["USA"], ["RUS"], "2013-08-01", ["disapprove"], ["asylum"], aux=H,
       note="'The White House said at the time that it was \"extremely disappointed\" by the decision'"),
    ev("ACCUSE", ["RUS"], ["USA"], "2013-08-07", ["disapprove"], ["diplomatic"], optional=True,
       note="'Ushakov said Moscow was disappointed by the cancellation' (mild)"),
    ev("AGREE", ["RUS"], ["USA"], "2013-08-07", context=["diplomatic"], alt=["SUPPORT"], optional=True,
       note="'and that Putin's invitation to Obama remained open'"),
    ev("CONSULT", ["RUS"], ["USA"], "2013-08-09", ["visit"], ["diplomatic", "military"], aux=FUT, optional=True,
       note="'Kerry and ... Hagel will still meet their Russian counterparts in Washington on Friday' (planned)"),
]))

DOCS.append(("i25_wire_farc_peace_signing", "2016-09-26", [
    ev("SUPPORT", ["COL"], ["COL"], "2016-09-26", context=["military", "political_institutions"], alt=["AGREE"],
       note="'Santos and the top commander of the Revolutionary Armed Forces of Colombia, Rodrigo Londoño, signed a peace accord on Monday' (FARC -> COL)"),
    ev("CONCEDE", ["COL"], ["COL"], "2016-09-26", context=["human_rights"], alt=["SUPPORT"],
       note="Timochenko 'asked forgiveness from the victims \"for all the pain that we may have caused\"' (apology)"),
    ev("AGREE", ["COL"], ["COL"], "2016-09-26", context=["military", "political_institutions"], alt=["CONCEDE"],
       note="'the rebels will hand over their weapons to a United Nations mission within 180 days and transform into a political party'"),
    ev("SUPPORT", ["UN"], ["COL"], "2016-09-26", context=["military"],
       note="'Ban Ki-moon, who attended the ceremony ..., praised the agreement'"),
    ev("AGREE", ["USA"], ["COL"], "2016-09-26", context=["terrorism"], alt=["CONCEDE"], optional=True,
       note="'Kerry said Washington would review the FARC's designation as a terrorist organization'"),
]))

DOCS.append(("i26_wire_russia_invades_ukraine", "2022-02-24", [
    ev("ASSAULT", ["RUS"], ["UKR"], "2022-02-24", ["aerial", "heavy-weapons"], ["military", "territory"],
       note="'Russia launched an all-out invasion of Ukraine by land, air and sea on Thursday'; 'Missiles struck cities across the country and Russian troops poured in'"),
    ev("THREATEN", ["RUS"], [], "2022-02-24", ["violence"], ["military"], optional=True,
       note="Putin 'warned that anyone who tried to interfere would face consequences \"such as you have never seen\"' (no named addressee)"),
    ev("COERCE", ["UKR"], ["UKR"], "2022-02-24", ["martial-law"], ["military"],
       note="'President Volodymyr Zelenskiy declared martial law'"),
    ev("SANCTION", ["UKR"], ["RUS"], "2022-02-24", ["discontinue"], ["diplomatic"],
       note="'and announced that Ukraine was severing diplomatic relations with Russia'"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2022-02-24", ["disapprove"], ["military"],
       note="'Kuleba called the attack \"a full-scale invasion\"'"),
    ev("REQUEST", ["UKR"], [], "2022-02-24", ["assist"], ["military"], optional=True,
       note="'and urged the world to stop Putin' (no named addressee)"),
    ev("ACCUSE", ["USA"], ["RUS"], "2022-02-24", ["disapprove"], ["military"],
       note="'Biden said Putin had chosen \"a premeditated war\"'"),
    ev("SANCTION", ["USA"], ["RUS"], "2022-02-24", ["discontinue"], ["economic", "technology"],
       note="'announced sweeping sanctions on Thursday afternoon, including on Russia's largest banks and on exports of high-technology goods'"),
]))

# ---------------------------------------------------------------- short news

DOCS.append(("i27_short_haiti_quake_aid", "2010-01-15", [
    ev("AID", ["USA"], ["HTI"], "2010-01-15", context=["disasters"],
       note="'The aircraft carrier USS Carl Vinson arrived off Haiti on Friday with helicopters, water and medical supplies'"),
    ev("COOPERATE", ["USA"], ["HTI"], "2010-01-13", context=["disasters"], initiator="HTI", alt=["AID"],
       note="'U.S. military controllers have been running Port-au-Prince airport since Wednesday at the request of the Haitian government'"),
    ev("AGREE", ["USA"], ["HTI"], None, context=["disasters"], alt=["AID"], optional=True,
       note="'President Barack Obama pledged $100 million in aid' (pledge, undated)"),
    ev("AID", ["CHN"], ["HTI"], "2010-01-14", context=["disasters"],
       note="'A Chinese search-and-rescue team landed on Thursday'"),
]))

DOCS.append(("i28_short_haiyan_relief", "2013-11-12", [
    ev("AID", ["GBR"], ["PHL"], "2013-11-12", context=["disasters"], alt=["AGREE"],
       note="'Britain said on Tuesday it was sending the destroyer HMS Daring and an RAF transport aircraft to help the Philippines' (on its way)"),
    ev("AID", ["USA"], ["PHL"], None, context=["disasters"],
       note="'U.S. Marines flown in from Okinawa have already delivered water, food and generators'; 'USS George Washington has been ordered to the area' (undated)"),
]))

DOCS.append(("i29_short_malabar_2020", "2020-11-03", [
    ev("COOPERATE", ["IND", "USA", "JPN", "AUS"], [], "2020-11-03", context=["military"],
       note="'The navies of India, the United States, Japan and Australia began the Malabar exercise in the Bay of Bengal on Tuesday'"),
]))

DOCS.append(("i30_short_chibok_us_team", "2014-05-07", [
    ev("AID", ["USA"], ["NGA"], "2014-05-07", context=["terrorism", "crime"], alt=["AGREE", "COOPERATE"],
       note="'A team of U.S. military and law enforcement experts is being sent to Nigeria to help search for more than 200 schoolgirls'"),
    ev("AGREE", ["NGA"], ["USA"], None, context=["terrorism"], alt=["SUPPORT"], optional=True,
       note="'after President Goodluck Jonathan accepted an offer of help from Washington' (undated)"),
    ev("ASSAULT", ["NGA"], ["NGA"], "2014-04", ["abduct"], ["terrorism"], aux=H,
       note="'schoolgirls kidnapped by Boko Haram from a school in Chibok last month' (Boko Haram -> NGA)"),
    ev("THREATEN", ["NGA"], ["NGA"], "2014-05-05", ["violence"], ["terrorism", "trafficking"], aux=H,
       note="'Shekau said in a video released on Monday that he would sell the girls \"in the market\"' (doc Wed 7 May -> 5 May)"),
]))

DOCS.append(("i31_short_assange_asylum", "2012-08-16", [
    ev("AID", ["ECU"], ["AUS"], "2012-08-16", context=["asylum"], alt=["COOPERATE"],
       note="'Ecuador granted political asylum to WikiLeaks founder Julian Assange on Thursday' (asylum as dev5 g41; Assange is Australian)"),
    ev("ACCUSE", ["ECU"], ["GBR"], "2012-08-16", ["disapprove"], ["diplomatic"],
       note="'Patiño called \"unacceptable\" a British letter'"),
    ev("THREATEN", ["GBR"], ["ECU"], "2012-08-15", ["arrest"], ["diplomatic", "legal"], aux=H,
       note="'a British letter delivered on Wednesday which warned that police could enter the embassy to arrest Assange'"),
    ev("REJECT", ["GBR"], ["ECU"], "2012-08-16", context=["asylum", "legal"],
       note="'Hague said Britain would not allow him safe passage out of the country'"),
]))

DOCS.append(("i32_short_jerusalem_recognition", "2017-12-06", [
    ev("SUPPORT", ["USA"], ["ISR"], "2017-12-06", context=["territory", "diplomatic"],
       note="'Trump on Wednesday recognised Jerusalem as the capital of Israel'"),
    ev("AGREE", ["USA"], ["ISR"], "2017-12-06", context=["diplomatic"], alt=["SUPPORT"],
       note="'and said the U.S. embassy would be moved there from Tel Aviv'"),
    ev("SUPPORT", ["ISR"], ["USA"], "2017-12-06", context=["diplomatic"],
       note="'Netanyahu thanked him for a \"historic\" decision'"),
    ev("ACCUSE", ["PSE"], ["USA"], "2017-12-06", ["disapprove"], ["diplomatic", "territory"],
       note="'Abbas said the move meant Washington had abdicated its role as a peace mediator'"),
]))

DOCS.append(("i33_short_thailand_coup", "2014-05-22", [
    ev("COERCE", ["THA"], ["THA"], "2014-05", ["seize", "curfew", "arrest", "martial-law"], ["political_institutions", "military"],
       note="'seized power on Thursday, two days after declaring martial law, and imposed a nationwide curfew'; 'Soldiers detained the leaders of rival political camps' (20 and 22 May merged -> month)"),
    ev("ACCUSE", ["USA"], ["THA"], "2014-05-22", ["disapprove"], ["political_institutions"],
       note="Kerry 'said there was \"no justification\" for the coup'"),
    ev("THREATEN", ["USA"], ["THA"], "2014-05-22", ["restrict"], ["military"], alt=["SANCTION"], optional=True,
       note="'and that Washington was reviewing its military assistance to Thailand' (implicit)"),
]))

DOCS.append(("i34_short_benghazi_consulate", "2012-09-12", [
    ev("ASSAULT", ["LBY"], ["USA"], "2012-09-11", ["firearms"], ["terrorism"],
       note="'Stevens and three other Americans were killed when armed men stormed the consulate in Benghazi late on Tuesday' (armed men -> LBY)"),
    ev("ACCUSE", ["USA"], ["LBY"], "2012-09-12", ["disapprove"], ["terrorism"],
       note="'Obama condemned the \"outrageous\" attack'"),
    ev("MOBILIZE", ["USA"], ["LBY"], "2012-09-12", ["troops"], ["military"], alt=["COOPERATE"],
       note="'a team of Marines was dispatched to Libya to protect U.S. diplomats'"),
    ev("CONCEDE", ["LBY"], ["USA"], "2012-09-12", context=["diplomatic"], alt=["SUPPORT"],
       note="'Magariaf apologised to the United States'"),
    ev("AGREE", ["LBY"], ["USA"], "2012-09-12", context=["crime", "terrorism"],
       note="'and promised that the attackers would be brought to justice'"),
]))

DOCS.append(("i35_short_gaza_ceasefire_2021", "2021-05-21", [
    ev("RETREAT", ["ISR", "PSE"], [], "2021-05-21", ["ceasefire"], ["military"],
       note="'A ceasefire between Israel and Hamas brokered by Egypt took effect at 2 a.m. on Friday' (Hamas -> PSE)"),
    ev("ASSAULT", ["ISR", "PSE"], [], "2021-05", context=["military"], aux=H, optional=True,
       note="'ending 11 days of the worst fighting in years'"),
    ev("CONSULT", ["EGY", "ISR", "PSE"], [], None, ["third-party"], ["diplomatic"], optional=True,
       note="'brokered by Egypt' (mediation, undated)"),
    ev("SUPPORT", ["USA"], ["EGY"], "2021-05-21", context=["diplomatic"],
       note="'Biden thanked Egyptian President Abdel Fattah al-Sisi for his role in the mediation'"),
    ev("AGREE", ["EGY"], ["ISR", "PSE"], "2021-05-21", context=["military"], alt=["COOPERATE"],
       note="'Egypt said it would send two security delegations to monitor the truce'"),
]))

DOCS.append(("i36_short_south_sudan_independence", "2011-07-09", [
    ev("SUPPORT", ["SDN"], ["SSD"], "2011-07-08", context=["diplomatic", "territory"], aux=H,
       note="'Khartoum had recognised the new state a day earlier'"),
    ev("CONSULT", ["SDN"], ["SSD"], "2011-07-09", ["visit"], ["diplomatic"],
       note="'with Sudan's President Omar al-Bashir among the guests at the ceremony in Juba'"),
    ev("SUPPORT", ["USA"], ["SSD"], "2011-07-09", context=["diplomatic"],
       note="'Obama said the United States formally recognised South Sudan as a sovereign and independent state'"),
]))

DOCS.append(("i37_short_russia_pullback_2021", "2021-04-23", [
    ev("RETREAT", ["RUS"], ["UKR"], "2021-04-23", ["withdraw"], ["military"],
       note="'Russian troops began leaving Crimea on Friday'"),
    ev("CONCEDE", ["RUS"], ["UKR"], "2021-04-22", context=["military"], aux=H, alt=["AGREE", "RETREAT"],
       note="'a day after Defence Minister Sergei Shoigu ordered forces massed near Ukraine to return to their permanent bases by May 1'"),
    ev("MOBILIZE", ["RUS"], ["UKR"], "2021", ["troops"], ["military"], aux=H,
       note="'Moscow had deployed tens of thousands of troops to the border and to Crimea since March' (March-April -> year)"),
    ev("SUPPORT", ["UKR"], ["RUS"], "2021-04-23", context=["military"],
       note="'Zelenskiy welcomed the move, saying it reduced tension proportionally'"),
]))

DOCS.append(("i38_short_zapad_2017", "2017-09-14", [
    ev("COOPERATE", ["RUS", "BLR"], [], "2017-09-14", context=["military"],
       note="'Russia and Belarus began the joint Zapad-2017 military exercises on Thursday'"),
    ev("ACCUSE", ["NATO"], ["RUS"], "2017-09-14", ["disapprove"], ["military"],
       note="Stoltenberg 'said the drills lacked transparency and that Russia had not invited observers as required'"),
]))

DOCS.append(("i39_short_niger_us_military", "2024-03-17", [
    ev("SANCTION", ["NER"], ["USA"], "2024-03-16", ["discontinue"], ["military"],
       note="'Niger's ruling junta has revoked with immediate effect the agreement that allowed U.S. military personnel to operate in the country, ... said on state television late on Saturday'"),
    ev("ACCUSE", ["NER"], ["USA"], "2024-03-16", ["disapprove"], ["diplomatic"],
       note="'He denounced the \"condescending attitude\" of a U.S. delegation'"),
    ev("CONSULT", ["USA"], ["NER"], "2024-03", ["visit"], ["diplomatic", "military"], aux=H,
       note="'a U.S. delegation led by Assistant Secretary of State Molly Phee that visited Niamey this week' (week of 11-17 March -> month)"),
]))

DOCS.append(("i40_short_senkaku_protests", "2012-09-16", [
    ev("PROTEST", ["CHN"], ["JPN"], "2012-09", ["riot", "demo", "vandalize"], ["territory"],
       note="'Protesters in dozens of Chinese cities attacked Japanese-owned shops and factories and set cars on fire on Saturday ..., and thousands marched again on Sunday' (15-16 Sept -> month)"),
    ev("MOBILIZE", ["CHN"], ["JPN"], "2012-09-14", context=["territory"], aux=H, alt=["COERCE"],
       note="'Six Chinese marine surveillance ships entered waters around the islands on Friday'"),
    ev("REQUEST", ["JPN"], ["CHN"], None, ["change"], ["diplomatic"],
       note="'Tokyo demanded that Beijing ensure the safety of Japanese citizens and businesses' (no day)"),
    ev("COERCE", ["JPN"], ["CHN"], None, ["seize"], ["territory"], aux=H, optional=True,
       note="'Tokyo's purchase of disputed islands in the East China Sea' (type debatable)"),
]))

DOCS.append(("i41_short_malaysia_nk_swap", "2017-03-30", [
    ev("RETREAT", ["PRK"], ["MYS"], "2017-03-30", ["release"], ["diplomatic"],
       note="'Nine Malaysians who had been barred from leaving North Korea were allowed to fly home on Thursday'"),
    ev("RETREAT", ["MYS"], ["PRK"], "2017-03", ["release"], ["diplomatic", "crime"],
       note="'after Malaysia released the body of Kim Jong Nam to Pyongyang and let three North Koreans wanted for questioning leave' (no day)"),
    ev("COERCE", ["PRK"], ["MYS"], "2017-03-07", ["restrict"], ["diplomatic"], aux=H,
       note="'Pyongyang had banned all Malaysians from leaving on March 7'"),
    ev("COERCE", ["MYS"], ["PRK"], "2017-03", ["restrict"], ["diplomatic"], aux=H,
       note="'and Kuala Lumpur had retaliated by barring North Koreans from leaving Malaysia' (no day)"),
    ev("SANCTION", ["MYS"], ["PRK"], "2017-03", ["expel"], ["diplomatic"], aux=H,
       note="'Malaysia expelled the North Korean ambassador, Kang Chol, earlier this month'"),
]))

DOCS.append(("i42_short_sri_lanka_easter", "2019-04-22", [
    ev("ASSAULT", ["LKA"], ["LKA"], "2019-04-21", ["suicide-attack"], ["terrorism", "religion_ethnicity"], aux=H,
       note="'the suicide bombings of churches and luxury hotels on Easter Sunday that killed more than 290 people'"),
    ev("COERCE", ["LKA"], ["LKA"], "2019-04", ["arrest", "curfew"], ["terrorism"],
       note="'police have arrested 24 people'; 'the government reimposed a night curfew on Monday' (arrests undated -> month)"),
    ev("ACCUSE", ["LKA"], ["LKA"], "2019-04-22", ["allege"], ["terrorism"],
       note="'A cabinet spokesman blamed a local Islamist group, National Thowheeth Jama'ath'"),
    ev("CONSULT", ["USA", "LKA"], [], "2019-04-21", ["phone"], ["terrorism"],
       note="'Trump spoke by phone with Prime Minister Ranil Wickremesinghe on Sunday'"),
    ev("AGREE", ["USA"], ["LKA"], "2019-04-21", context=["terrorism", "crime"],
       note="'and pledged support in bringing the perpetrators to justice'"),
]))

DOCS.append(("i43_short_ypf_expropriation", "2012-04-17", [
    ev("COERCE", ["ARG"], ["ESP"], "2012-04-16", ["seize"], ["economic", "natural_resource"],
       note="'Fernández ... announced on Monday that her government would take over 51 percent of YPF, and officials moved into the company's Buenos Aires headquarters the same day' (Repsol -> ESP)"),
    ev("ACCUSE", ["ESP"], ["ARG"], "2012-04", ["disapprove"], ["economic", "diplomatic"],
       note="'Spain on Tuesday called Argentina's decision ... \"hostile\"'; 'Madrid summoned the Argentine ambassador on Monday' (16-17 April merged -> month)"),
    ev("THREATEN", ["ESP"], ["ARG"], "2012-04-17", ["restrict"], ["economic"],
       note="'and said it would respond with \"clear and forceful\" measures'"),
]))

DOCS.append(("i44_short_morocco_israel", "2020-12-10", [
    ev("AGREE", ["MAR"], ["ISR"], "2020-12-10", context=["diplomatic"], alt=["SUPPORT"],
       note="'Morocco agreed on Thursday to establish full diplomatic relations with Israel'"),
    ev("CONSULT", ["USA", "MAR"], [], "2020-12-10", ["phone"], ["diplomatic"],
       note="'Trump announced after a phone call with King Mohammed VI'"),
    ev("SUPPORT", ["USA"], ["MAR"], "2020-12-10", context=["territory"],
       note="'the United States recognises Moroccan sovereignty over Western Sahara'"),
    ev("REJECT", ["ESH"], ["USA"], None, context=["territory"], alt=["ACCUSE"],
       note="'The Polisario Front ... rejected the U.S. decision' (Polisario -> ESH, as dev4 codes Western Sahara; undated)"),
]))

DOCS.append(("i45_short_hong_kong_tear_gas", "2014-09-29", [
    ev("PROTEST", ["HKG"], ["CHN"], "2014-09", ["demo", "obstruct"], ["pro_democracy", "election"],
       note="'Tens of thousands of pro-democracy protesters blocked main roads in Hong Kong on Monday'; 'crowds protesting against Beijing's decision to screen candidates' (28-29 Sept -> month)"),
    ev("ASSAULT", ["HKG"], ["HKG"], "2014-09-28", ["crowd-control"], ["repression"], aux=H,
       note="'a day after police fired tear gas and pepper spray at crowds'"),
    ev("REQUEST", ["HKG"], ["HKG"], "2014-09-29", ["change"], ["pro_democracy"],
       note="'Protesters demanded that Chief Executive Leung Chun-ying step down'"),
    ev("SUPPORT", ["CHN"], ["HKG"], "2014-09-29", context=["political_institutions"],
       note="'Beijing said it firmly supported the Hong Kong government's handling of the situation'"),
]))

DOCS.append(("i46_short_chile_state_of_emergency", "2019-10-20", [
    ev("PROTEST", ["CHL"], ["CHL"], "2019-10", ["riot"], ["economic"],
       note="'protesters set metro stations and buses on fire'; 'Protests continued on Sunday' (18-20 Oct -> month)"),
    ev("COERCE", ["CHL"], ["CHL"], "2019-10-19", ["curfew"], ["military"],
       note="'Chilean soldiers enforced a night curfew in Santiago on Saturday'; 'Piñera declared a state of emergency early on Saturday'"),
    ev("CONCEDE", ["CHL"], ["CHL"], "2019-10-19", context=["economic"],
       note="'and later that day suspended the metro fare rise that triggered the riots'"),
]))

DOCS.append(("i47_short_hazare_detained", "2011-08-16", [
    ev("COERCE", ["IND"], ["IND"], "2011-08-16", ["arrest"], ["corruption", "repression"],
       note="'Police detained anti-corruption campaigner Anna Hazare this morning'"),
    ev("PROTEST", ["IND"], ["IND"], "2011-08-16", ["demo", "hunger"], ["corruption"],
       note="'thousands of supporters protested across India'; 'Hazare began his fast in Tihar jail'"),
    ev("CONCEDE", ["IND"], ["IND"], "2011-08-16", context=["corruption"], alt=["RETREAT"],
       note="'The authorities ordered his release this evening'"),
    ev("REJECT", ["IND"], ["IND"], "2011-08-16", context=["corruption"], optional=True,
       note="'but he refused to leave unless allowed to hold the fast in public'"),
]))

DOCS.append(("i48_short_balikatan_2023", "2023-04-11", [
    ev("COOPERATE", ["USA", "PHL", "AUS"], [], "2023-04-11", context=["military"],
       note="'The United States and the Philippines launched their largest joint military exercises to date on Tuesday'; 'Australian troops are also participating'"),
]))

DOCS.append(("i49_short_kaliningrad_iskander", "2018-02-05", [
    ev("MOBILIZE", ["RUS"], [], None, ["weapons"], ["military"],
       note="'Russia has deployed Iskander-M missiles to its Kaliningrad exclave on a permanent basis, ... Shamanov ... said on Monday' (deployment on own territory, no recipient, as heldout's ICBM test; the deployment itself is undated -> null, only the report is dated)"),
    ev("ACCUSE", ["LTU"], ["RUS"], "2018-02-05", ["disapprove"], ["military"],
       note="'Grybauskaite said the missiles posed a danger to half of Europe's capitals'"),
    ev("ACCUSE", ["POL"], ["RUS"], "2018-02-05", ["disapprove"], ["military"],
       note="'Poland's foreign ministry said it was seriously concerned'"),
    ev("REJECT", ["RUS"], ["LTU", "POL"], "2018-02-05", context=["military"], alt=["ACCUSE"], optional=True,
       note="'Peskov said where Russia deployed weapons on its own territory was its sovereign business' (addressee implicit)"),
]))

DOCS.append(("i50_wire_iran_shoots_down_drone", "2019-06-21", [
    ev("ASSAULT", ["IRN"], ["USA"], "2019-06-20", ["aerial"], ["military"],
       note="'Iran's Revolutionary Guards shot down a U.S. military surveillance drone over the Strait of Hormuz on Thursday' (doc Friday 21 June -> 20 June)"),
    ev("ACCUSE", ["IRN"], ["USA"], "2019-06", ["allege"], ["military", "territory"],
       note="'saying it had violated Iranian airspace' (Thursday); 'Iran's foreign ministry summoned the Swiss envoy, who represents U.S. interests ..., to protest against ... the violation of its airspace' (summons undated -> month)"),
    ev("REJECT", ["USA"], ["IRN"], "2019-06-20", context=["military", "territory"], alt=["ACCUSE"],
       note="'U.S. Central Command said the RQ-4 Global Hawk had been flying over international waters' (denial of the airspace charge)"),
    ev("ACCUSE", ["USA"], ["IRN"], "2019-06-20", ["disapprove"], ["military"],
       note="Central Command 'called the attack unprovoked'; 'Trump said on Thursday that Iran had made \"a very big mistake\"'"),
    ev("ASSAULT", ["USA"], ["IRN"], "2019-06-20", ["aerial"], ["military"], aux="negated", alt=["THREATEN"], optional=True,
       note="'he had called off retaliatory strikes on three Iranian sites ten minutes before they were due to begin' (did not happen)"),
    ev("CONCEDE", ["USA"], ["IRN"], "2019-06-21", context=["military"], alt=["RETREAT"], optional=True,
       note="the strikes called off, announced on Friday (restraint; type debatable)"),
]))


if __name__ == "__main__":
    write_gold(DOCS, os.path.join(HERE, ".."))

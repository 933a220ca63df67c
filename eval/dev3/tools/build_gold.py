#!/usr/bin/env python3
"""Writes eval/dev3/gold.jsonl from the hand-coded events below.

The events were coded by hand from the documents in docs/ following
/work/shared/SPEC.md and the conventions of eval/heldout/README.md and
eval/dev2/README.md, without reading the coder's source or data and without
running the coder; this script only serialises them (keeps the gold reviewable
as one Python file with a note per event).
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

DOCS.append(("e01_ph_dfa_japan_raa", "2024-07-08", [
    ev("CONSULT", ["JPN"], ["PHL"], "2024-07-08", ["visit"], ["diplomatic", "military"],
       note="Manalo and Teodoro 'welcomed ... Kamikawa Yoko and ... Kihara Minoru to Manila' for the 2+2 (visitor -> host)"),
    ev("SUPPORT", ["PHL", "JPN"], [], "2024-07-08", context=["military"], alt=["AGREE", "COOPERATE"],
       note="'Secretary Teodoro and Minister Kamikawa signed the Agreement ... Concerning Reciprocal Access' (signing -> SUPPORT)"),
    ev("ACCUSE", ["PHL", "JPN"], ["CHN"], "2024-07-08", ["disapprove"], ["territory", "military"],
       note="'The four Ministers expressed serious concern over China's dangerous and escalatory actions'"),
    ev("COERCE", ["CHN"], ["PHL"], "2024-06-17", ["seize"], ["territory", "military"], aux=H, alt=["ASSAULT"],
       note="'the boarding of Philippine Navy boats and the seizure of their equipment by China Coast Guard personnel ... on 17 June 2024'"),
    ev("COOPERATE", ["PHL", "JPN", "USA"], [], "2023-06", context=["military", "territory"], aux=H,
       note="'the first trilateral maritime exercise of the coast guards of the Philippines, Japan and the United States, held off Bataan in June 2023'"),
    ev("AGREE", ["PHL", "JPN"], [], "2024-07-08", context=["military", "diplomatic"],
       note="'agreed to further deepen defense and security cooperation'; 'agreed to hold the next \"2+2\" meeting in Tokyo'"),
    ev("SUPPORT", ["PHL"], ["JPN"], "2024-07-08", context=["military"],
       note="'Secretary Manalo thanked the Government of Japan for its steadfast support'"),
    ev("COOPERATE", ["JPN"], ["PHL"], None, context=["military"], aux=H, alt=["AID"], optional=True,
       note="Japan's 'support for the modernization of the Philippine Coast Guard' (only mentioned in thanks)"),
]))

DOCS.append(("e02_ng_statehouse_uae", "2023-09-11", [
    ev("CONSULT", ["NGA"], ["ARE"], "2023-09-11", ["visit"], ["diplomatic"],
       note="'bilateral meeting in Abu Dhabi on Monday between President ... Tinubu and the President of the UAE' (visitor -> host)"),
    ev("AGREE", ["NGA", "ARE"], [], "2023-09-11", context=["economic", "diplomatic"],
       note="'the two leaders have reached a historic agreement'; 'agreed that their officials will work out further terms'"),
    ev("CONCEDE", ["ARE"], ["NGA"], "2023-09-11", context=["economic", "migration"], alt=["AGREE", "RETREAT"],
       note="Emirates and Etihad 'will resume flight operations'; the UAE 'will lift ... the visa ban'; no payment required (easing of a sanction)"),
    ev("SANCTION", ["ARE"], ["NGA"], "2022", ["discontinue"], ["migration", "diplomatic"], aux=H,
       note="'the visa ban it placed on Nigerian citizens last year' (2022)"),
    ev("SUPPORT", ["NGA"], ["ARE"], "2023-09-11", context=["diplomatic"],
       note="'Tinubu expressed his gratitude to his host ... and commended the UAE leader's commitment'"),
]))

DOCS.append(("e03_sg_mfa_russia_sanctions", "2022-03-05", [
    ev("ACCUSE", ["SGP"], ["RUS"], "2022-03-05", ["disapprove"], ["military", "territory"],
       note="'Singapore strongly condemns Russia's unprovoked invasion of Ukraine'"),
    ev("SANCTION", ["SGP"], ["RUS"], "2022-03-05", ["discontinue"], ["economic", "technology", "military"],
       note="'announces export controls on items that can be used directly as weapons'; 'financial measures on four designated Russian banks'"),
    ev("THREATEN", ["SGP"], ["RUS"], "2022-02-28", ["restrict"], ["economic"], aux=H, alt=["SANCTION"], optional=True,
       note="'As announced by ... Balakrishnan in Parliament on 28 February 2022, Singapore will impose appropriate sanctions' (earlier announcement)"),
    ev("SUPPORT", ["SGP"], ["UKR"], "2022-03-05", context=["territory"],
       note="'reaffirms its support for the sovereignty, political independence and territorial integrity of Ukraine'"),
    ev("REQUEST", ["SGP"], ["RUS"], "2022-03-05", ["change"], ["military"],
       note="'We call on Russia to cease its military operations immediately'"),
    ev("ASSAULT", ["RUS"], ["UKR"], None, context=["military"], aux=H, optional=True,
       note="'Russia's unprovoked invasion of Ukraine' (mentioned in passing, undated)"),
]))

DOCS.append(("e04_nz_peters_wang", "2024-03-18", [
    ev("CONSULT", ["CHN"], ["NZL"], "2024-03-18", ["visit"], ["diplomatic", "economic"],
       note="'Peters today hosted Chinese Foreign Minister Wang Yi in Wellington for talks'; Wang 'will also call on Prime Minister Christopher Luxon' (merged)"),
    ev("ACCUSE", ["NZL"], ["CHN"], "2024-03-18", ["disapprove"], ["human_rights"],
       note="'I also raised New Zealand's concerns about human rights in Xinjiang, Tibet and Hong Kong'"),
    ev("AGREE", ["NZL", "CHN"], [], "2024-03-18", context=["diplomatic"],
       note="'The two Ministers agreed to work towards a visit to New Zealand by Premier Li Qiang later this year'"),
]))

DOCS.append(("e05_no_recognition_palestine", "2024-05-22", [
    ev("SUPPORT", ["NOR"], ["PSE"], "2024-05-22", context=["diplomatic", "territory"], alt=["AGREE"],
       note="'The Norwegian Government has decided to recognise the State of Palestine' (in force 28 May)"),
    ev("COOPERATE", ["NOR", "ESP", "IRL"], [], "2024-05-22", context=["diplomatic"], alt=["CONSULT"], optional=True,
       note="'Norway has coordinated its decision closely with Spain and Ireland'"),
    ev("ACCUSE", ["NOR"], ["PSE"], "2024-05-22", ["disapprove"], ["terrorism"],
       note="'Norway condemns Hamas' terrorist attack on Israel' (Hamas -> PSE)"),
    ev("ASSAULT", ["PSE"], ["ISR"], "2023-10-07", context=["terrorism"], aux=H, optional=True,
       note="'Hamas' terrorist attack on Israel of 7 October 2023' (recalled)"),
    ev("REQUEST", ["NOR"], ["PSE"], "2024-05-22", ["yield"], ["terrorism", "human_rights"],
       note="'The hostages must be released immediately and unconditionally' (addressed to Hamas)"),
    ev("REQUEST", ["NOR"], ["ISR"], "2024-05-22", ["change"], ["military", "human_security"],
       note="'We call on Israel to halt its military operations in Rafah and to allow ... humanitarian access'"),
    ev("AGREE", ["NOR"], ["PSE"], "2024-05-22", context=["economic"], optional=True,
       note="'Norway will continue its work as chair of the international donor group for Palestine'"),
]))

DOCS.append(("e06_ma_sanchez_rabat", "2022-04-07", [
    ev("CONSULT", ["ESP"], ["MAR"], "2022-04-07", ["visit"], ["diplomatic"], initiator="MAR",
       note="King 'received ... Pedro Sanchez, who is on an official visit to the Kingdom at the invitation of HM the King'"),
    ev("SANCTION", ["MAR"], ["ESP"], "2021-05", ["withdraw"], ["diplomatic"], aux=H,
       note="'in May 2021, when Rabat recalled its Ambassador in Madrid'"),
    ev("SUPPORT", ["MAR", "ESP"], [], "2022-04-07", context=["diplomatic"], alt=["AGREE"],
       note="'the two parties adopted a Joint Declaration' (adopting a joint statement -> SUPPORT)"),
    ev("SUPPORT", ["ESP"], ["MAR"], "2022-04-07", context=["territory"],
       note="'Spain ... considers the Moroccan autonomy initiative ... as the most serious, realistic and credible basis' (also in the letter of March 14)"),
    ev("AGREE", ["MAR", "ESP"], [], "2022-04-07", context=["migration", "economic"],
       note="'agreed to fully restore the normal movement of people and goods, to resume maritime connections ... and to reactivate cooperation on migration'"),
]))

DOCS.append(("e07_ar_cancilleria_malvinas", "2023-03-02", [
    ev("CONSULT", ["ARG", "GBR"], [], "2023-03-02", ["third-party", "multilateral"], ["diplomatic"],
       note="'a meeting held on the margins of the G20 Foreign Ministers' Meeting in New Delhi'"),
    ev("SANCTION", ["ARG"], ["GBR"], "2023-03-02", ["discontinue"], ["territory", "natural_resource"], alt=["REJECT"],
       note="'decision to put an end to the Foradori-Duncan understanding' (ending a cooperation agreement)"),
    ev("REQUEST", ["ARG"], ["GBR"], "2023-03-02", ["meet", "change"], ["territory", "diplomatic"],
       note="'proposed ... that a meeting be held ... to resume negotiations on the question of sovereignty'; 'urged the United Kingdom to comply with the resolutions'"),
    ev("ACCUSE", ["ARG"], ["GBR"], "2023-03-02", ["disapprove"], ["natural_resource", "territory", "military"],
       note="understanding 'only benefited the United Kingdom'; 'unilateral exploitation'; 'unjustified military presence'"),
    ev("SUPPORT", ["ARG", "GBR"], [], "2016", context=["territory", "natural_resource"], aux=H, alt=["AGREE"], optional=True,
       note="'the Foradori-Duncan understanding signed in 2016'"),
]))

DOCS.append(("e08_pl_mfa_expulsion", "2022-03-23", [
    ev("ACCUSE", ["POL"], ["RUS"], "2022-03-23", ["disapprove", "allege"], ["intelligence", "diplomatic", "military"],
       note="ambassador 'summoned'; 'used their diplomatic status to conduct intelligence activities'; 'strongly condemned ... aggression against Ukraine'"),
    ev("SANCTION", ["POL"], ["RUS"], "2022-03-23", ["expel"], ["diplomatic", "intelligence"],
       note="'declaring 45 employees ... persona non grata'; 'five days to leave'"),
    ev("THREATEN", ["POL"], ["RUS"], "2022-03-23", context=["intelligence"],
       note="Rau: 'Any further hostile acts will meet with a decisive response'"),
    ev("ASSAULT", ["RUS"], ["UKR"], None, context=["military"], aux=H, optional=True,
       note="'the Russian Federation's unprovoked aggression against Ukraine' (undated)"),
]))

DOCS.append(("e09_jo_mfa_recall", "2023-11-01", [
    ev("SANCTION", ["JOR"], ["ISR"], "2023-11-01", ["withdraw", "expel"], ["diplomatic"],
       note="'immediate recall of Jordan's ambassador to Israel'; the Israeli ambassador 'should not return to Amman'"),
    ev("ACCUSE", ["JOR"], ["ISR"], "2023-11-01", ["disapprove"], ["military", "human_security"],
       note="'the Kingdom's rejection and condemnation of the raging Israeli war on Gaza, which is killing innocents'"),
    ev("REQUEST", ["JOR"], ["ISR"], "2023-11-01", ["change"], ["military", "human_security", "human_rights"],
       note="return of ambassadors 'linked to Israel halting its war on Gaza, stopping the humanitarian catastrophe'"),
    ev("ASSAULT", ["ISR"], ["PSE"], None, context=["military"], optional=True,
       note="'the raging Israeli war on Gaza' (ongoing)"),
    ev("AID", ["JOR"], ["PSE"], None, context=["human_security"], aux=H,
       note="'Jordan has sent several aircraft loaded with humanitarian aid for Gaza to El Arish ... since the start of the war'"),
    ev("AGREE", ["JOR"], ["PSE"], "2023-11-01", context=["human_security"], alt=["AID"], optional=True,
       note="'will continue its efforts to deliver aid to the Strip'"),
]))

DOCS.append(("e10_ae_wam_prisoner_swap", "2024-01-03", [
    ev("RETREAT", ["RUS", "UKR"], [], "2024-01-03", ["release"], ["military", "human_rights"],
       note="'the release of 478 captives, 230 of them Ukrainian and 248 Russian, who were exchanged today'"),
    ev("CONSULT", ["ARE", "RUS", "UKR"], [], None, ["third-party"], ["diplomatic"], aux=H,
       note="'succeeded in a mediation effort between the Russian Federation and Ukraine' (undated)"),
    ev("SUPPORT", ["ARE"], ["RUS", "UKR"], "2024-01-03", context=["diplomatic"],
       note="'expressed its thanks to the governments of Russia and Ukraine for their cooperation'"),
    ev("AGREE", ["ARE"], [], "2024-01-03", context=["diplomatic", "human_security"], optional=True,
       note="'the UAE will continue its endeavours to support all efforts' (no named recipient)"),
]))

DOCS.append(("e11_es_exteriores_argentina", "2024-05-21", [
    ev("SANCTION", ["ESP"], ["ARG"], "2024-05", ["withdraw"], ["diplomatic"],
       note="'definitive withdrawal of the Ambassador of Spain in Buenos Aires ... who was recalled ... on Sunday' (21 and 19 May merged -> month)"),
    ev("ACCUSE", ["ESP"], ["ARG"], "2024-05", ["disapprove"], ["diplomatic"],
       note="'summoned the Ambassador of Argentina' on Sunday; the insults 'constitute an unprecedented attack' (19 and 21 May merged -> month)"),
    ev("REQUEST", ["ESP"], ["ARG"], "2024-05-19", ["change"], ["diplomatic"], aux=H,
       note="'demanded that President Milei make a public apology' (Sunday 19 May)"),
    ev("ACCUSE", ["ARG"], ["ESP"], "2024-05-19", ["disapprove"], ["diplomatic", "corruption"], aux=H,
       note="'the insults directed on Sunday by the President of the Argentine Republic, Javier Milei, at the Spanish institutions'"),
    ev("REJECT", ["ARG"], ["ESP"], "2024-05-20", ["yield"], ["diplomatic"], aux=H,
       note="'On Monday, President Milei stated that he would not apologise'"),
    ev("SUPPORT", ["ESP"], ["ARG"], "2024-05-21", context=["diplomatic"], optional=True,
       note="'Spain reiterates its affection and brotherhood with the Argentine people'"),
]))

DOCS.append(("e12_wire_colombia_deportations", "2025-01-27", [
    ev("REJECT", ["COL"], ["USA"], "2025-01-26", ["yield"], ["migration"], alt=["COERCE"],
       note="'Petro had refused earlier on Sunday to let the two U.S. military planes land'; 'turning back two deportation flights'"),
    ev("ACCUSE", ["COL"], ["USA"], "2025-01-26", ["disapprove"], ["migration", "human_rights"],
       note="migrants 'must be returned \"with dignity\" ... and not treated as criminals'"),
    ev("SANCTION", ["USA"], ["COL"], "2025-01-26", ["discontinue"], ["economic", "migration", "diplomatic"],
       note="'Trump ordered tariffs and visa restrictions'; 'travel ban and immediate visa revocations'; visa processing suspended"),
    ev("THREATEN", ["USA"], ["COL"], "2025-01-26", ["restrict"], ["economic", "migration"],
       note="tariffs 'would rise to 50% in one week'; 'held in reserve ... unless Colombia fails to honour the agreement'"),
    ev("SANCTION", ["COL"], ["USA"], "2025-01-26", ["discontinue"], ["economic"], alt=["THREATEN"],
       note="Petro 'had ordered his trade minister to raise tariffs on U.S. imports by 25%'"),
    ev("CONCEDE", ["COL"], ["USA"], "2025-01-26", context=["migration"], alt=["AGREE"],
       note="'Colombia agreed late on Sunday to accept deported migrants'; 'agreed to all of President Trump's terms'"),
    ev("AGREE", ["COL"], ["USA"], None, context=["migration"], optional=True,
       note="Murillo: 'overcome the impasse'; presidential plane 'available to bring the migrants home' (no day given)"),
    ev("COERCE", ["USA"], ["COL"], None, ["deport"], ["migration"], optional=True,
       note="deportation flights of Colombian migrants"),
]))

DOCS.append(("e13_wire_bangladesh_hasina", "2024-08-05", [
    ev("PROTEST", ["BGD"], ["BGD"], "2024-08-05", ["demo", "riot", "vandalize"], ["political_institutions"],
       note="'protesters stormed and looted her official residence'; 'set fire to offices of ... Awami League'; tore down a statue"),
    ev("RETREAT", ["BGD"], ["BGD"], "2024-08-05", ["resign"], ["political_institutions"],
       note="'Sheikh Hasina resigned and fled the country on Monday'"),
    ev("CONCEDE", ["BGD"], ["BGD"], "2024-08-05", context=["political_institutions"], alt=["AGREE"],
       note="army chief: 'An interim government will be formed to run the country' (promise to the protest movement)"),
    ev("CONSULT", ["BGD"], ["BGD"], "2024-08-05", context=["political_institutions"], optional=True,
       note="army chief spoke 'after meeting leaders of the main opposition parties' (intra-state)"),
    ev("REQUEST", ["BGD"], ["BGD"], "2024-08-05", ["change"], ["repression"],
       note="'He asked protesters to stop the violence and go home'"),
    ev("ASSAULT", ["BGD"], ["BGD"], "2024-08-04", ["firearms"], ["repression"], aux=H,
       note="'On Sunday, police opened fire on protesters in clashes that killed nearly 100 people'"),
    ev("COERCE", ["BGD"], ["BGD"], "2024-08-04", ["curfew", "censor"], ["repression"], aux=H,
       note="'the government imposed an indefinite nationwide curfew and shut down mobile internet' (Sunday)"),
]))

DOCS.append(("e14_wire_sudan_fighting", "2023-04-16", [
    ev("ASSAULT", ["SDN"], ["SDN"], "2023-04-16", ["aerial", "heavy-weapons"], ["military"],
       note="'army carried out air strikes on bases of the ... RSF on Sunday'; 'Heavy gunfire and shelling' (RSF -> SDN)"),
    ev("COERCE", ["SDN"], ["SDN"], None, ["seize"], ["military"], alt=["ASSAULT"], optional=True,
       note="'The RSF said it had seized the presidential palace ... and Khartoum's international airport' (claim, denied)"),
    ev("REJECT", ["SDN"], ["SDN"], None, context=["military"], alt=["ACCUSE"],
       note="'claims the army denied'"),
    ev("ACCUSE", ["SDN"], ["SDN"], None, ["disapprove", "allege"], ["military"],
       note="Burhan 'called the RSF a \"rebel\" force'; Hemedti 'called Burhan \"a criminal\" and accused the army of attacking his forces first'"),
    ev("AGREE", ["SDN"], ["SDN"], "2023-04-16", context=["human_security", "military"], alt=["CONCEDE", "RETREAT"],
       note="'Both sides agreed to a United Nations proposal to open safe passage ... for three hours on Sunday afternoon'"),
    ev("REQUEST", ["UN"], ["SDN"], "2023-04-16", ["change"], ["human_security"], optional=True,
       note="'a United Nations proposal to open safe passage'"),
    ev("REQUEST", ["UN", "USA", "AU"], ["SDN"], None, ["change", "meet"], ["military"],
       note="'Guterres, ... Blinken and the African Union called on the two generals to end hostilities immediately and return to talks'"),
]))

DOCS.append(("e15_wire_gabon_coup", "2023-08-30", [
    ev("COERCE", ["GAB"], ["GAB"], "2023-08", ["arrest", "restrict", "curfew", "censor"], ["political_institutions", "pro_autocracy", "election"],
       note="officers 'seized power', 'closed the country's borders'; Bongo 'under house arrest'; son 'arrested'; govt 'cut internet access and imposed a night-time curfew' on Saturday (30 and 26 Aug merged -> month)"),
    ev("REJECT", ["GAB"], ["GAB"], "2023-08-30", context=["election", "political_institutions"], alt=["COERCE"], optional=True,
       note="'they had annulled the results, dissolved state institutions'"),
    ev("ACCUSE", ["GAB"], ["GAB"], "2023-08-26", ["allege"], ["election", "corruption"], aux=H,
       note="'Albert Ondo Ossa, had denounced fraud even before polls closed on Saturday'"),
    ev("REQUEST", ["GAB"], [], "2023-08-30", ["assist"], ["political_institutions"], optional=True,
       note="Bongo 'called on \"friends all over the world\" to \"make noise\"' (no named recipient)"),
    ev("ACCUSE", ["FRA"], ["GAB"], "2023-08-30", ["disapprove"], ["political_institutions", "pro_democracy"],
       note="'France ... condemned the military coup'"),
    ev("REQUEST", ["FRA"], ["GAB"], "2023-08-30", ["change"], ["election"],
       note="'said it wanted the outcome of the election to be respected'"),
    ev("REQUEST", ["CHN"], ["GAB"], "2023-08-30", ["change"], ["political_institutions"],
       note="'China called on all parties to resolve their differences through dialogue and to guarantee Bongo's personal safety'"),
]))

DOCS.append(("e16_wire_hk_jimmy_lai", "2020-08-10", [
    ev("COERCE", ["HKG"], ["HKG"], "2020-08-10", ["arrest", "seize"], ["rights_freedoms", "repression", "legal"],
       note="'Hong Kong police arrested ... Jimmy Lai on Monday'; '200 officers raided the newsroom'; ten arrested (Hong Kong = HKG, ISO 3166-1)"),
    ev("SANCTION", ["CHN"], ["USA"], "2020-08-10", ["discontinue"], ["diplomatic", "human_rights"],
       note="'Beijing imposed sanctions on 11 Americans, including ... Rubio and ... Cruz and the heads of several NGOs'"),
    ev("SANCTION", ["USA"], ["HKG", "CHN"], "2020-08-07", ["discontinue"], ["human_rights", "rights_freedoms"], aux=H,
       note="'U.S. sanctions imposed on Friday on ... Carrie Lam and 10 other Hong Kong and mainland officials'"),
    ev("ACCUSE", ["CHN"], ["USA"], "2020-08-10", ["disapprove"], ["diplomatic"],
       note="Zhao Lijian: the United States had 'blatantly interfered' in Hong Kong affairs"),
    ev("ACCUSE", ["USA"], ["CHN"], "2020-08-10", ["disapprove"], ["rights_freedoms"],
       note="Pompeo 'deeply troubled'; 'the Chinese Communist Party had \"eviscerated Hong Kong's freedoms\"'"),
]))

DOCS.append(("e17_wire_india_canada", "2024-10-14", [
    ev("SANCTION", ["CAN"], ["IND"], "2024-10-14", ["expel"], ["diplomatic", "crime"],
       note="'India and Canada expelled six of each other's diplomats on Monday' (Canada's expulsions)"),
    ev("SANCTION", ["IND"], ["CAN"], "2024-10-14", ["expel", "withdraw"], ["diplomatic"],
       note="'decided to withdraw its high commissioner'; 'expelling Canada's acting high commissioner Stewart Wheeler and five other diplomats'"),
    ev("ACCUSE", ["CAN"], ["IND"], "2024-10-14", ["allege"], ["crime", "intelligence"],
       note="'Indian agents had been involved in a campaign of violence'; 'clear and compelling evidence'; diplomats 'persons of interest'"),
    ev("REJECT", ["IND"], ["CAN"], "2024-10-14", ["assist"], ["diplomatic", "crime"], alt=["ACCUSE"],
       note="'strongly rejects these preposterous imputations'; 'New Delhi refused' to waive immunity"),
    ev("ACCUSE", ["IND"], ["CAN"], "2024-10-14", ["disapprove"], ["diplomatic"],
       note="'the Indian foreign ministry summoned Wheeler'; imputations attributed to 'Trudeau's \"political agenda\"'"),
    ev("REQUEST", ["CAN"], ["IND"], None, ["assist"], ["legal", "crime"], aux=H,
       note="'Canada had asked India to waive the diplomats' immunity and cooperate with the investigation' (undated)"),
    ev("ASSAULT", ["IND"], ["CAN"], "2023-06", ["targeted"], ["crime"], aux=H, optional=True,
       note="'the June 2023 killing of Sikh separatist leader Hardeep Singh Nijjar' (alleged Indian involvement only)"),
]))

DOCS.append(("e18_wire_tigray_deal", "2022-11-02", [
    ev("AGREE", ["ETH"], ["ETH"], "2022-11-02", context=["military", "human_security"], alt=["SUPPORT", "CONCEDE"],
       note="'Ethiopia's government and forces from ... Tigray agreed on Wednesday to a permanent cessation of hostilities'; disarmament to follow (TPLF -> ETH)"),
    ev("SUPPORT", ["ETH"], ["ETH"], "2022-11-02", context=["military"], optional=True,
       note="Redwan Hussien and Getachew Reda 'signed the agreement in Pretoria' (signing; same act as the AGREE)"),
    ev("CONSULT", ["ETH", "AU"], [], None, ["third-party"], ["diplomatic", "military"], aux=H,
       note="'after ten days of talks in South Africa', AU mediators (hosted by a third country)"),
    ev("SUPPORT", ["UN"], ["ETH"], "2022-11-02", context=["military", "diplomatic"],
       note="'Guterres welcomed the agreement as a \"welcome first step\"'"),
    ev("COOPERATE", ["ERI"], ["ETH"], None, context=["military"], aux=H,
       note="'Eritrea, whose troops have fought alongside Ethiopian federal forces in Tigray'"),
    ev("CONSULT", ["ERI", "ETH"], [], None, context=["diplomatic"], aux=NEG, optional=True,
       note="Eritrea 'did not take part in the talks' (negated)"),
]))

DOCS.append(("e19_wire_karabakh_offensive", "2023-09-20", [
    ev("CONCEDE", ["AZE"], ["AZE"], "2023-09-20", context=["military", "territory"], alt=["RETREAT", "AGREE"],
       note="'The separatist authorities of Nagorno-Karabakh agreed on Wednesday to disarm'; 'will disband and hand over their heavy weapons' (Karabakh separatists -> AZE SEP, the territory's state)"),
    ev("RETREAT", ["AZE"], ["AZE"], "2023-09-20", ["ceasefire"], ["military"],
       note="'a ceasefire mediated by Russian peacekeepers, which took effect at 1 p.m.'"),
    ev("AGREE", ["AZE"], ["AZE"], "2023-09-20", context=["territory", "diplomatic"],
       note="agreed 'to hold talks on the region's \"reintegration\"'; talks 'to be held ... in Yevlakh on Thursday'"),
    ev("ASSAULT", ["AZE"], ["AZE"], "2023-09-19", ["heavy-weapons", "drone"], ["military", "territory"], aux=H,
       note="'Azerbaijan began ... operations on Tuesday with artillery and drone strikes on separatist positions'"),
    ev("CONSULT", ["RUS", "AZE"], [], "2023-09-20", ["third-party"], ["peacekeeping"], optional=True,
       note="ceasefire 'mediated by Russian peacekeepers'"),
    ev("ACCUSE", ["ARM"], ["AZE"], "2023-09-19", ["allege"], ["religion_ethnicity", "human_rights"], aux=H,
       note="Pashinyan 'had accused Azerbaijan on Tuesday of seeking to carry out \"ethnic cleansing\"'"),
    ev("PROTEST", ["ARM"], ["ARM"], "2023-09-20", ["demo"], ["political_institutions"],
       note="'thousands of protesters gathered outside government headquarters for a second day on Wednesday'"),
    ev("REQUEST", ["ARM"], ["ARM"], "2023-09-20", ["yield"], ["political_institutions"], optional=True,
       note="protesters 'demanding that Pashinyan resign' (part of the protest)"),
    ev("COERCE", ["ARM"], ["ARM"], "2023-09-20", ["arrest"], ["repression"],
       note="'police detained dozens of people after scuffles'"),
]))

DOCS.append(("e20_wire_essequibo", "2023-12-06", [
    ev("THREATEN", ["VEN"], ["GUY"], "2023-12-05", ["territory"], ["territory", "natural_resource"], alt=["COERCE"],
       note="Maduro 'on Tuesday ordered state companies to issue licences ... in Essequibo'; proposed a law to create a Venezuelan state; 'sole authority'"),
    ev("REJECT", ["VEN"], ["GUY"], "2023-12-03", context=["territory"], aux=H, optional=True,
       note="'a referendum on Sunday in which voters backed Venezuela's claim'"),
    ev("ACCUSE", ["GUY"], ["VEN"], "2023-12-05", ["disapprove"], ["territory"],
       note="Ali 'called the moves \"a direct threat to Guyana's territorial integrity\"'"),
    ev("MOBILIZE", ["GUY"], ["VEN"], "2023-12-05", ["troops"], ["military", "territory"],
       note="'the Guyana Defence Force had been put on full alert' (Tuesday night)"),
    ev("REQUEST", ["GUY"], ["UNSC"], None, ["assist", "meet"], ["territory", "diplomatic"], aux=H,
       note="'Guyana has asked the United Nations Security Council to take up the matter' (undated)"),
    ev("AGREE", ["USA", "GUY"], [], "2023-12-06", context=["military"], alt=["COOPERATE"],
       note="Southern Command 'said it would conduct flight operations with the Guyana Defence Force on Thursday' (future joint act)"),
    ev("MOBILIZE", ["BRA"], [], None, ["troops"], ["military", "territory"], aux=H, optional=True,
       note="'Brazil ... has reinforced its military presence along its northern border' (no named target)"),
]))

G7 = ["G7"]

DOCS.append(("e21_wire_iran_attack", "2024-04-14", [
    ev("ASSAULT", ["IRN"], ["ISR"], "2024-04-13", ["drone", "aerial"], ["military"],
       note="'Iran launched more than 300 drones and missiles at Israel on Saturday night'"),
    ev("COOPERATE", ["USA", "GBR", "JOR"], ["ISR"], "2024-04-13", context=["military"], alt=["SUPPORT"],
       note="'shot down by Israel's air defences with help from the United States, Britain and Jordan'"),
    ev("ASSAULT", ["ISR"], ["IRN"], "2024-04-01", ["aerial"], ["military", "diplomatic"], aux=H, optional=True,
       note="'the April 1 strike on its embassy compound in Damascus ..., which it blamed on Israel' (attribution is Iran's)"),
    ev("ACCUSE", ["IRN"], ["ISR"], None, ["allege"], ["military"],
       note="strike 'which it blamed on Israel'; attack called retaliation (no day given; story spans Saturday-Sunday)"),
    ev("THREATEN", ["IRN"], ["ISR"], None, ["violence"], ["military"],
       note="'should the Israeli regime make another mistake, Iran's response will be considerably more severe' (no day given)"),
    ev("CONSULT", G7, [], "2024-04-14", ["multilateral", "phone"], ["diplomatic"],
       note="'Leaders of the Group of Seven ..., who held a video conference on Sunday'"),
    ev("ACCUSE", G7, ["IRN"], "2024-04-14", ["disapprove"], ["military"],
       note="'condemned Iran's attack \"in the strongest terms\"'"),
    ev("REQUEST", ["ISR"], ["UNSC"], None, ["meet"], ["diplomatic", "military"],
       note="'Erdan asked for an urgent meeting of the Security Council' (no day given)"),
    ev("REJECT", ["USA"], ["ISR"], None, ["assist"], ["military"], optional=True,
       note="'Washington would not take part in any Israeli counter-attack against Iran' (refusal, no request stated)"),
]))

DOCS.append(("e22_wire_peru_castillo", "2022-12-07", [
    ev("THREATEN", ["PER"], ["PER"], "2022-12-07", ["restrict"], ["political_institutions", "pro_autocracy"], alt=["COERCE"],
       note="Castillo 'announced he would temporarily dissolve Congress, install an \"exceptional emergency government\" ... and impose a ... curfew' (announced, never carried out)"),
    ev("RETREAT", ["PER"], ["PER"], "2022-12-07", ["resign"], ["political_institutions"],
       note="'Several of his ministers resigned in protest within minutes'"),
    ev("REJECT", ["PER"], ["PER"], "2022-12-07", context=["political_institutions", "military"], alt=["ACCUSE"],
       note="'armed forces and national police said ... they would not back any act that breached the constitutional order' (MIL/COP -> GOV)"),
    ev("COERCE", ["PER"], ["PER"], "2022-12-07", ["arrest"], ["political_institutions", "legal"],
       note="'Congress removed President Pedro Castillo from office'; 'police arrested him shortly afterwards'; 'detained as he was being driven to the Mexican embassy'"),
    ev("ACCUSE", ["USA"], ["PER"], "2022-12-07", ["disapprove"], ["pro_democracy", "political_institutions"], alt=["REJECT"],
       note="Kenna: Washington 'categorically rejects any extra-constitutional act' by Castillo"),
    ev("REQUEST", ["USA"], ["PER"], "2022-12-07", ["change"], ["political_institutions"],
       note="'urged him to reverse his decision'"),
    ev("REQUEST", ["PER"], ["MEX"], "2022-12-07", ["assist"], ["asylum"], aux=FUT, optional=True,
       note="'the Mexican embassy ..., where he was expected to request asylum' (did not happen)"),
]))

DOCS.append(("e23_wire_georgia_agents_law", "2024-05-14", [
    ev("PROTEST", ["GEO"], ["GEO"], "2024-05-14", ["demo"], ["rights_freedoms", "pro_democracy"],
       note="'thousands of protesters rallied outside the building'"),
    ev("COERCE", ["GEO"], ["GEO"], "2024-05-14", ["arrest"], ["repression"],
       note="'Police detained several protesters after scuffles near the parliament'"),
    ev("ASSAULT", ["GEO"], ["GEO"], "2024-05", ["crowd-control"], ["repression"], aux=H,
       note="'Earlier this month riot police used tear gas and rubber bullets to disperse demonstrators'"),
    ev("REJECT", ["GEO"], ["GEO"], "2024-05-14", context=["political_institutions", "rights_freedoms"],
       note="President Zourabichvili 'said she would veto the law' (GOV -> LEG)"),
    ev("THREATEN", ["USA"], ["GEO"], "2024-05-14", ["restrict"], ["rights_freedoms", "economic"],
       note="O'Brien, 'visiting Tbilisi': Washington 'could impose restrictions on those responsible'; assistance 'would be reviewed'"),
    ev("ACCUSE", ["EU"], ["GEO"], None, ["disapprove"], ["rights_freedoms", "political_institutions"],
       note="'The European Union has repeatedly said the law goes against the bloc's core principles' (undated)"),
]))

DOCS.append(("e24_wire_brazil_jan8", "2023-01-09", [
    ev("COERCE", ["BRA"], ["BRA"], "2023-01-09", ["arrest"], ["legal", "political_institutions"],
       note="'detained about 1,200 supporters ... on Monday as they dismantled a protest camp'; governor suspended by Moraes (merged)"),
    ev("PROTEST", ["BRA"], ["BRA"], "2023-01-08", ["riot", "vandalize"], ["political_institutions", "election"], aux=H,
       note="'thousands of rioters stormed Congress, the Supreme Court and the presidential palace'; 'smashed windows, vandalised artwork and set fires on Sunday'"),
    ev("MOBILIZE", ["BRA"], ["BRA"], "2023-01-08", ["police"], ["political_institutions"], aux=H, alt=["COERCE"],
       note="Lula 'decreed on Sunday a federal intervention in the capital's security forces'"),
    ev("ACCUSE", ["BRA"], ["BRA"], "2023-01-08", ["disapprove"], ["political_institutions"], aux=H,
       note="Lula 'called the rioters \"fanatical fascists\"' (Sunday)"),
    ev("ACCUSE", ["USA"], ["BRA"], None, ["disapprove"], ["pro_democracy"],
       note="Biden 'called the riots an \"outrageous\" assault on democracy' (no day given)"),
    ev("CONSULT", ["USA", "BRA"], [], "2023-01-09", ["phone"], ["diplomatic"],
       note="Biden 'spoke with Lula by telephone on Monday'"),
    ev("AGREE", ["USA", "BRA"], [], "2023-01-09", context=["diplomatic"], initiator="USA",
       note="'The two leaders agreed that Lula would visit Washington in early February, at Biden's invitation'"),
]))

DOCS.append(("e25_wire_wagner_mutiny", "2023-06-25", [
    ev("MOBILIZE", ["RUS"], ["RUS"], "2023-06-24", ["militia", "troops"], ["military"], aux=H,
       note="Wagner 'sent an armoured column north'; 'troops set up checkpoints on the southern approaches' (Wagner -> RUS)"),
    ev("COERCE", ["RUS"], ["RUS"], "2023-06-24", ["seize", "restrict"], ["military"], aux=H,
       note="'Wagner fighters took control of the military headquarters in Rostov-on-Don on Saturday'; Moscow declared a 'counter-terrorist operation regime'"),
    ev("ASSAULT", ["RUS"], ["RUS"], "2023-06-24", ["heavy-weapons"], ["military"], aux=H,
       note="'shooting down several military aircraft on the way'"),
    ev("ACCUSE", ["RUS"], ["RUS"], "2023-06-24", ["disapprove"], ["military"], aux=H,
       note="Putin 'called the mutiny \"treason\" and a \"stab in the back\"'"),
    ev("THREATEN", ["RUS"], ["RUS"], "2023-06-24", context=["military", "legal"], aux=H,
       note="Putin 'vowed to punish those responsible'"),
    ev("RETREAT", ["RUS"], ["RUS"], "2023-06-24", ["withdraw"], ["military"], aux=H,
       note="'Late on Saturday Prigozhin said his men would turn back to their field camps'"),
    ev("CONCEDE", ["RUS"], ["RUS"], "2023-06-24", context=["legal", "military"], alt=["AGREE"],
       note="'Under the deal ... the criminal case against Prigozhin would be dropped'; contracts offered"),
    ev("CONSULT", ["BLR", "RUS"], [], "2023-06-24", context=["military", "diplomatic"], aux=H,
       note="'Lukashenko held talks with him with Putin's agreement'; deal 'brokered by ... Lukashenko'"),
]))

DOCS.append(("e26_short_senegal_pastef", "2023-07-31", [
    ev("COERCE", ["SEN"], ["SEN"], "2023-07", ["arrest", "restrict", "censor"], ["political_institutions", "repression"],
       note="'dissolved ... PASTEF party on Monday'; Sonko 'arrested on Friday'; 'suspended mobile internet access' (several dates -> month)"),
    ev("ACCUSE", ["SEN"], ["SEN"], "2023-07", ["allege"], ["political_institutions", "legal"],
       note="'accusing it of repeatedly calling its supporters to insurrection'; Sonko 'charged with fomenting insurrection' two days earlier (merged -> month)"),
    ev("PROTEST", ["SEN"], ["SEN"], "2023-07-31", ["demo", "riot", "hunger"], ["political_institutions"],
       note="'Protesters clashed with police in Dakar and ... Ziguinchor'; Sonko 'announced a hunger strike'"),
]))

DOCS.append(("e27_short_eu_lng_sanctions", "2024-06-24", [
    ev("SANCTION", ["EU"], ["RUS"], "2024-06-24", ["discontinue"], ["economic", "military"],
       note="'The European Union imposed fresh sanctions on Russia on Monday'; LNG reloading ban; 116 listings"),
    ev("ASSAULT", ["RUS"], ["UKR"], None, context=["military"], optional=True,
       note="'its war in Ukraine' (ongoing)"),
]))

PEACEKEEPERS = ["ZAF", "MWI", "URY"]

DOCS.append(("e28_short_drc_rwanda", "2025-01-26", [
    ev("SANCTION", ["COD"], ["RWA"], None, ["discontinue", "withdraw"], ["diplomatic"],
       note="'has broken off diplomatic relations with Rwanda and recalled its diplomats from Kigali' (no day given)"),
    ev("ACCUSE", ["COD"], ["RWA"], None, ["allege"], ["military"],
       note="'accusing its neighbour of backing the M23 rebels'"),
    ev("ASSAULT", ["COD"], ["COD"], "2025-01-25", ["heavy-weapons"], ["military"],
       note="'the M23 rebels who shelled the outskirts of Goma on Saturday' (M23 -> COD REB)"),
    ev("ASSAULT", ["COD"], PEACEKEEPERS, "2025-01", context=["military", "peacekeeping"],
       note="'Thirteen foreign soldiers ... from South Africa, Malawi and Uruguay, were killed by the rebels this week'"),
    ev("REJECT", ["RWA"], ["COD"], None, context=["military"], alt=["ACCUSE"],
       note="'Rwanda denies supporting the M23'"),
    ev("CONSULT", ["UNSC"], [], "2025-01-26", ["multilateral"], ["military", "diplomatic"],
       note="'The U.N. Security Council was holding an emergency meeting on the crisis on Sunday'"),
]))

DOCS.append(("e29_short_korea_martial_law", "2024-12-04", [
    ev("COERCE", ["KOR"], ["KOR"], "2024-12-03", ["martial-law"], ["political_institutions", "pro_autocracy"],
       note="'hours after declaring it in a late-night televised address' (Tuesday night)"),
    ev("ACCUSE", ["KOR"], ["KOR"], "2024-12-03", ["allege"], ["political_institutions"],
       note="'accused the opposition of \"anti-state activities\"'"),
    ev("MOBILIZE", ["KOR"], ["KOR"], None, ["troops"], ["political_institutions", "military"], alt=["COERCE"],
       note="'Troops carrying rifles tried to enter the National Assembly building' (around midnight; no day given)"),
    ev("PROTEST", ["KOR"], ["KOR"], None, ["obstruct"], ["political_institutions"], optional=True,
       note="'aides sprayed fire extinguishers to push them back'"),
    ev("REQUEST", ["KOR"], ["KOR"], "2024-12-04", ["change", "yield"], ["political_institutions"], alt=["REJECT"],
       note="'all 190 lawmakers present voted to demand that martial law be lifted'; Democratic Party 'said Yoon must resign'"),
    ev("RETREAT", ["KOR"], ["KOR"], "2024-12-04", context=["political_institutions"], alt=["CONCEDE"],
       note="'Yoon Suk Yeol lifted martial law early on Wednesday'"),
]))

DOCS.append(("e30_short_moldova_expulsion", "2023-07-26", [
    ev("SANCTION", ["MDA"], ["RUS"], "2023-07-26", ["expel"], ["diplomatic", "intelligence"],
       note="'Moldova ordered the expulsion of 45 Russian diplomats and embassy staff on Wednesday'"),
    ev("ACCUSE", ["MDA"], ["RUS"], "2023-07-26", ["disapprove", "allege"], ["intelligence", "diplomatic"],
       note="'citing \"unfriendly actions\"'; 'Ozerova was summoned to the foreign ministry'"),
    ev("THREATEN", ["RUS"], ["MDA"], "2023-07-26", context=["diplomatic"],
       note="'Moscow said the move would not go unanswered'"),
]))

DOCS.append(("e31_short_pakistan_khan_arrest", "2023-05-10", [
    ev("COERCE", ["PAK"], ["PAK"], "2023-05-09", ["arrest", "censor"], ["legal", "political_institutions", "repression"],
       note="'Imran Khan was arrested by paramilitary Rangers ... on Tuesday'; 'The government suspended mobile internet services'"),
    ev("PROTEST", ["PAK"], ["PAK"], "2023-05-09", ["riot", "vandalize"], ["political_institutions", "military"],
       note="'his supporters stormed the army's headquarters in Rawalpindi and set fire to a top commander's residence'"),
    ev("MOBILIZE", ["PAK"], ["PAK"], "2023-05-10", ["troops"], ["repression", "military"],
       note="'on Wednesday, called in the army to restore order in Punjab and Khyber Pakhtunkhwa'"),
]))

DOCS.append(("e32_short_nk_missile_japan", "2022-10-04", [
    ev("MOBILIZE", ["PRK"], ["JPN"], "2022-10-04", ["weapons"], ["military"],
       note="'North Korea fired a ballistic missile over Japan on Tuesday'"),
    ev("ACCUSE", ["JPN"], ["PRK"], "2022-10-04", ["disapprove"], ["military"],
       note="Kishida 'called the launch \"barbaric\"'"),
    ev("COOPERATE", ["USA", "KOR"], [], "2022-10-04", context=["military"], alt=["MOBILIZE"],
       note="'U.S. and South Korean fighter jets staged a precision bombing drill in the Yellow Sea'"),
    ev("COOPERATE", ["USA", "JPN"], [], "2022-10-04", context=["military"], alt=["MOBILIZE"],
       note="'U.S. and Japanese jets held a joint exercise over the Sea of Japan'"),
]))

DOCS.append(("e33_short_turkey_sweden_quran", "2023-01-23", [
    ev("REJECT", ["TUR"], ["SWE"], "2023-01", ["assist", "meet"], ["military", "diplomatic"], alt=["THREATEN"],
       note="'Sweden should not expect Turkey's support for its NATO membership bid' (Monday); 'had already called off a visit by Swedish Defence Minister' (earlier -> month)"),
    ev("ACCUSE", ["TUR"], ["SWE"], "2023-01-23", ["disapprove"], ["religion_ethnicity"],
       note="Erdogan 'condemning a protest outside the Turkish embassy in Stockholm'"),
    ev("PROTEST", ["SWE"], ["TUR"], "2023-01", ["demo"], ["religion_ethnicity"], aux=H,
       note="'a protest outside the Turkish embassy in Stockholm at the weekend at which a far-right politician burned a copy of the Koran' (weekend -> month)"),
    ev("ACCUSE", ["SWE"], ["SWE"], None, ["disapprove"], ["religion_ethnicity"], optional=True,
       note="Kristersson 'called the burning \"deeply disrespectful\"' (no day given)"),
]))

DOCS.append(("e34_short_argentina_strike", "2024-01-24", [
    ev("PROTEST", ["ARG"], ["ARG"], "2024-01-24", ["strike", "demo"], ["economic"],
       note="'the CGT, staged a 12-hour general strike on Wednesday'; 'tens of thousands ... marched to Congress' (LAB -> GOV)"),
    ev("REQUEST", ["ARG"], ["ARG"], "2024-01-24", ["change"], ["economic"],
       note="'to demand the withdrawal of President Javier Milei's sweeping deregulation decree'"),
    ev("ACCUSE", ["ARG"], ["ARG"], "2024-01-24", ["disapprove"], ["economic"], alt=["REJECT"], optional=True,
       note="'Adorni dismissed the strike as politically motivated'"),
]))

DOCS.append(("e35_short_russia_mobilisation", "2022-09-21", [
    ev("MOBILIZE", ["RUS"], ["UKR"], "2022-09-21", ["troops"], ["military"],
       note="Putin 'ordered Russia's first military mobilisation since World War Two, calling up 300,000 reservists to fight in Ukraine'"),
    ev("THREATEN", ["RUS"], [], "2022-09-21", ["violence"], ["military", "cbrn"], optional=True,
       note="'warned the West that Moscow would use \"all the means at our disposal\"'; 'This is not a bluff' ('the West' has no code)"),
    ev("PROTEST", ["RUS"], ["RUS"], "2022-09-21", ["demo"], ["military", "rights_freedoms"],
       note="'anti-war protests in dozens of Russian cities'"),
    ev("COERCE", ["RUS"], ["RUS"], "2022-09-21", ["arrest"], ["repression"],
       note="'More than 1,300 people were detained by police at anti-war protests'"),
]))

DOCS.append(("e36_short_kuriga_abduction", "2024-03-08", [
    ev("ASSAULT", ["NGA"], ["NGA"], "2024-03-07", ["abduct"], ["crime", "human_security"],
       note="'Gunmen on motorcycles abducted more than 280 pupils ... on Thursday' (gunmen -> NGA)"),
    ev("MOBILIZE", ["NGA"], ["NGA"], "2024-03-08", ["troops", "police"], ["crime", "human_security"], alt=["REQUEST"],
       note="'Tinubu on Friday ordered the security and intelligence agencies to rescue the children'"),
]))

DOCS.append(("e37_short_libya_derna_aid", "2023-09-13", [
    ev("AID", ["EGY", "TUR", "ARE"], ["LBY"], "2023-09", context=["disasters"],
       note="'Rescue teams and relief supplies from Egypt, Turkey and the United Arab Emirates arrived in eastern Libya this week'"),
    ev("AID", ["ITA"], ["LBY"], "2023-09", context=["disasters"],
       note="'Italy also sent a civil protection team' (this week)"),
]))

DOCS.append(("e38_short_india_uae_cepa", "2022-02-18", [
    ev("SUPPORT", ["IND", "ARE"], [], "2022-02-18", context=["economic"], alt=["COOPERATE", "AGREE"],
       note="'signed a comprehensive economic partnership agreement on Friday' (signing -> SUPPORT)"),
    ev("CONSULT", ["IND", "ARE"], [], "2022-02-18", ["phone"], ["economic", "diplomatic"],
       note="'during a virtual summit between Prime Minister Narendra Modi and ... Sheikh Mohamed bin Zayed' (video -> phone)"),
]))

DOCS.append(("e39_short_germany_taurus", None, [
    ev("REJECT", ["DEU"], ["UKR"], None, ["assist"], ["military"],
       note="Scholz 'said on Monday that Germany would not deliver its long-range Taurus cruise missiles to Ukraine'"),
    ev("REQUEST", ["UKR"], ["DEU"], None, ["assist"], ["military"], aux=H,
       note="'Kyiv first asked Berlin for the missiles in May last year' (undated document -> null)"),
    ev("MOBILIZE", ["NATO"], ["UKR"], None, ["troops"], ["military"], aux=NEG, optional=True,
       note="'no ground troops would be sent to Ukraine by European states or NATO' (negated)"),
]))

DOCS.append(("e40_short_saudi_iran_beijing", "2023-03-10", [
    ev("AGREE", ["SAU", "IRN"], [], "2023-03-10", context=["diplomatic"],
       note="'agreed on Friday to re-establish diplomatic relations and to reopen their embassies within two months'"),
    ev("CONSULT", ["SAU", "IRN", "CHN"], [], None, ["third-party"], ["diplomatic"], aux=H,
       note="'after talks in Beijing hosted by China' (undated)"),
    ev("SANCTION", ["SAU"], ["IRN"], "2016", ["discontinue"], ["diplomatic"], aux=H,
       note="'Riyadh cut ties with Tehran in 2016'"),
    ev("PROTEST", ["IRN"], ["SAU"], "2016", ["riot"], ["diplomatic"], aux=H, alt=["ASSAULT"], optional=True,
       note="'after protesters stormed its embassy there'"),
    ev("SUPPORT", ["USA"], ["SAU", "IRN"], "2023-03-10", context=["diplomatic"],
       note="'The White House welcomed the deal'"),
]))

DOCS.append(("e41_short_guatemala_tse_raid", "2023-09-30", [
    ev("COERCE", ["GTM"], ["GTM"], "2023-09-29", ["seize"], ["election", "legal"],
       note="'prosecutors raided the offices of the Supreme Electoral Tribunal on Friday and seized boxes of tally sheets' (JUD -> GOV)"),
    ev("ACCUSE", ["OAS"], ["GTM"], None, ["disapprove"], ["election"],
       note="'The OAS election observation mission condemned the raid' (no day given)"),
    ev("ACCUSE", ["GTM"], ["GTM"], None, ["allege"], ["election", "pro_democracy"],
       note="Arevalo 'accused the attorney general's office of attempting a coup'"),
]))

DOCS.append(("e42_short_israel_hezbollah_truce", "2024-11-27", [
    ev("RETREAT", ["ISR", "LBN"], [], "2024-11-27", ["ceasefire"], ["military"],
       note="'A ceasefire between Israel and Hezbollah took effect ... early on Wednesday' (Hezbollah -> LBN)"),
    ev("ASSAULT", ["ISR"], ["LBN"], "2024-11-26", ["aerial"], ["military"], aux=H,
       note="'hours after Israeli jets pounded Beirut's southern suburbs' (Tuesday)"),
    ev("CONCEDE", ["ISR", "LBN"], [], None, None, ["military", "territory"], alt=["AGREE"],
       note="'Israeli forces are to withdraw ... within 60 days and Hezbollah is to pull its fighters north of the Litani' (announced withdrawals)"),
    ev("CONSULT", ["USA", "FRA", "ISR", "LBN"], [], None, ["third-party"], ["diplomatic"], aux=H, optional=True,
       note="'the deal brokered by the United States and France'"),
]))

DOCS.append(("e43_short_gaza_airdrop", "2024-03-02", [
    ev("AID", ["USA", "JOR"], ["PSE"], "2024-03-02", context=["human_security"],
       note="'C-130 planes dropped more than 38,000 meals over Gaza on Saturday in a joint operation with the Jordanian air force'"),
    ev("COOPERATE", ["USA", "JOR"], [], "2024-03-02", context=["military", "human_security"],
       note="'a joint operation with the Jordanian air force'"),
    ev("AGREE", ["USA"], ["PSE"], "2024-03-01", context=["human_security"], aux=H, alt=["AID"],
       note="'Biden had announced the airdrops on Friday' (announced aid)"),
]))

DOCS.append(("e44_short_myanmar_quake_aid", "2025-03-29", [
    ev("AID", ["IND"], ["MMR"], "2025-03-29", context=["disasters"],
       note="'India flew 15 tonnes of relief supplies to Myanmar on Saturday'"),
    ev("AID", ["CHN"], ["MMR"], "2025-03-29", context=["disasters"],
       note="'a Chinese rescue team arrived in Yangon' (same sentence, Saturday)"),
    ev("REQUEST", ["MMR"], [], None, ["assist"], ["disasters"], optional=True,
       note="'Min Aung Hlaing made a rare appeal for international help' (no named recipient)"),
    ev("ASSAULT", ["MMR"], ["MMR"], None, ["aerial"], ["military", "repression"],
       note="'The military carried out air strikes on villages ... hours after the quake, opposition groups said' (the text does not date the quake -> null)"),
    ev("ACCUSE", ["MMR"], ["MMR"], None, ["allege"], ["military"], optional=True,
       note="opposition groups' report of the strikes"),
]))


if __name__ == "__main__":
    write_gold(DOCS, os.path.join(HERE, ".."))

#!/usr/bin/env python3
"""Writes eval/dev2/gold.jsonl from the hand-coded events below.

The events were coded by hand from the documents in docs/ following
/work/shared/SPEC.md and the conventions of eval/heldout/README.md; this
script only serialises them (keeps the gold reviewable as one Python file
with a note per event).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from goldlib import ev, write_gold  # noqa: E402

H = "historical"
NEG = "negated"
HYP = "hypothetical"

DOCS = []

DOCS.append(("d01_au_wong_beijing", "2022-12-21", [
    ev("CONSULT", ["AUS"], ["CHN"], "2022-12-21", ["visit"], ["diplomatic"], initiator="CHN",
       note="'I visited Beijing at the invitation of ... Wang Yi'; Foreign and Strategic Dialogue held there"),
    ev("AGREE", ["AUS", "CHN"], [], "2022-12-21", context=["diplomatic", "economic"],
       note="'We agreed to maintain high-level engagement and to commence or restart dialogues' (future meetings)"),
    ev("REQUEST", ["AUS"], ["CHN"], "2022-12-21", ["change", "yield"], ["economic", "human_rights", "military"],
       note="'pressed for the removal of trade impediments'; asked that Cheng Lei and Yang be reunited; 'urged China ... to press Russia'"),
    ev("ACCUSE", ["AUS"], ["CHN"], "2022-12-21", ["disapprove"], ["human_rights"],
       note="'raised Australia's concerns about human rights in Xinjiang, Tibet and Hong Kong'"),
    ev("ACCUSE", ["AUS"], ["RUS"], "2022-12-21", ["disapprove"], ["military"], optional=True,
       note="'Russia's illegal and immoral invasion' - criticism in passing"),
    ev("SANCTION", ["CHN"], ["AUS"], "2020", ["discontinue"], ["economic"], aux=H, optional=True,
       note="'trade impediments ... in place since 2020' on barley and wine"),
    ev("AGREE", ["AUS"], ["CHN"], "2022-12-21", context=["diplomatic"], optional=True,
       note="'Australia will continue to cooperate with China where we can' (intention)"),
]))

DOCS.append(("d02_ca_joly_zhao_wei", "2023-05-08", [
    ev("SANCTION", ["CAN"], ["CHN"], "2023-05-08", ["expel"], ["diplomatic", "intelligence"],
       note="'declare persona non grata Mr. Zhao Wei' (PRC consulate diplomat)"),
    ev("ACCUSE", ["CAN"], ["CHN"], "2023-05-08", ["disapprove", "allege"], ["diplomatic", "intelligence"],
       note="foreign interference; 'sought to intimidate a Member of Parliament' unacceptable; ambassador summoned last week (merged)"),
    ev("REQUEST", ["CAN"], ["CHN"], "2023-05", ["change"], ["diplomatic"], aux=H,
       note="at the summons last week: 'demand that it cease immediately' ('last week' with no day -> null)"),
    ev("THREATEN", ["CAN"], ["CHN"], "2023-05-08", ["expel"], ["diplomatic"],
       note="'if they engage in this type of behaviour, they will be sent home. Further measures remain on the table'"),
    ev("COERCE", ["CHN"], ["CAN"], None, context=["intelligence", "rights_freedoms"], aux=H, optional=True,
       note="reported intimidation of an MP and his relatives (alleged, undated)"),
]))

DOCS.append(("d03_id_retno_maliki", "2023-11-04", [
    ev("CONSULT", ["IDN", "PSE"], [], "2023-11-03", ["phone"], ["diplomatic"], initiator="PSE",
       note="telephone call on 'Friday evening (3/11)', 'at the request of the Palestinian side'"),
    ev("ASSAULT", ["ISR"], ["PSE"], "2023-10-31", ["aerial"], ["military", "human_security"], aux=H,
       note="'Israeli air strikes on the Jabalia refugee camp on Tuesday' (Tue before Fri 3 Nov = 31 Oct)"),
    ev("ACCUSE", ["IDN"], ["ISR"], "2023-11-03", ["disapprove"], ["military", "human_security"],
       note="'strongly condemns the attack on Jabalia ... violation of international humanitarian law' (said during the call)"),
    ev("REQUEST", ["IDN"], ["ISR"], "2023-11-03", ["change"], ["military", "human_security"],
       note="'urges Israel to stop its attacks on civilians immediately'"),
    ev("REQUEST", ["IDN"], ["UNSC"], "2023-11-03", ["assist"], ["military", "human_security"],
       note="'call on the UN Security Council to take concrete action to bring about a ceasefire'"),
    ev("SUPPORT", ["PSE"], ["IDN"], "2023-11-03", context=["diplomatic"],
       note="'Al-Maliki thanked the Government and people of Indonesia'"),
    ev("AID", ["IDN"], ["PSE"], "2023-11-04", context=["human_security"],
       note="'released 51.5 tonnes of humanitarian aid for Gaza' on Saturday (4/11); second batch promised (merged)"),
    ev("COOPERATE", ["IDN"], ["EGY"], "2023-11-04", context=["human_security"], optional=True,
       note="aid flown to El Arish, channelled through the Egyptian Red Crescent"),
]))

DOCS.append(("d04_mx_sre_ecuador", "2024-04-06", [
    ev("COERCE", ["ECU"], ["MEX"], "2024-04-05", ["seize"], ["diplomatic", "legal"], aux=H,
       note="'raid carried out last night by Ecuadorian police on the Embassy of Mexico'; 'forced their way into the diplomatic premises'"),
    ev("COERCE", ["ECU"], ["ECU"], "2024-04-05", ["arrest"], ["legal", "asylum"], aux=H,
       note="police 'detained former Vice-President Jorge Glas' (Ecuadorian; COP -> ELI)"),
    ev("ASSAULT", ["ECU"], ["MEX"], "2024-04-05", ["beat"], ["diplomatic"], aux=H,
       note="'Roberto Canseco, was assaulted and thrown to the ground'"),
    ev("ACCUSE", ["MEX"], ["ECU"], "2024-04-06", ["disapprove"], ["diplomatic", "legal"],
       note="'energetically condemns the raid'; 'flagrant violation of international law'; will bring the case before the ICJ"),
    ev("SANCTION", ["MEX"], ["ECU"], "2024-04-05", ["discontinue", "withdraw"], ["diplomatic"],
       note="'last night ... instructed ... to break diplomatic relations'; staff will leave Ecuador"),
    ev("REQUEST", ["MEX"], ["OAS"], "2024-04-06", ["meet"], ["diplomatic"],
       note="'will request an urgent meeting of the Permanent Council of the OAS'"),
    ev("SUPPORT", ["MEX"], [], "2024-04-06", context=["diplomatic"], optional=True,
       note="appreciates solidarity of unnamed countries"),
    ev("AGREE", ["MEX"], ["ECU"], "2024-04-06", context=["asylum"], aux=H, optional=True,
       note="Mexico 'had granted political asylum hours earlier' (recalled grant; CONCEDE/AGREE defensible)"),
]))

DOCS.append(("d05_ke_ruto_henry", "2024-03-01", [
    ev("CONSULT", ["HTI"], ["KEN"], "2024-03-01", ["visit"], ["diplomatic"],
       note="'President William Ruto today hosted Haiti's Prime Minister Ariel Henry at State House, Nairobi'"),
    ev("SUPPORT", ["KEN", "HTI"], [], "2024-03-01", context=["crime", "peacekeeping"], alt=["COOPERATE", "AGREE"],
       note="'witnessed the signing of a reciprocal agreement' (signing -> SUPPORT)"),
    ev("AGREE", ["KEN"], ["HTI"], "2024-03-01", context=["crime", "peacekeeping"],
       note="'Kenya will deploy 1,000 police officers'; 'Kenya is ready to play its part' (future act)"),
    ev("REQUEST", ["KEN"], ["UN"], "2024-03-01", ["assist"], ["peacekeeping"],
       note="'called on the United Nations and partners to ensure that the mission is fully funded'"),
    ev("SUPPORT", ["HTI"], ["KEN"], "2024-03-01", context=["peacekeeping"],
       note="'Henry thanked Kenya for its leadership and solidarity'"),
    ev("SUPPORT", ["UNSC"], ["KEN"], "2023-10", context=["peacekeeping"], aux=H, alt=["AGREE"], optional=True,
       note="mission 'authorised by the UN Security Council in October last year'"),
]))

DOCS.append(("d06_eg_mfa_gerd", "2023-09-10", [
    ev("ACCUSE", ["EGY"], ["ETH"], "2023-09-10", ["disapprove"], ["natural_resource", "legal"], alt=["REJECT"],
       note="'rejects the announcement ... considers this unilateral measure a clear violation'; 'disregard the interests and rights'"),
    ev("AGREE", ["EGY", "ETH"], [], "2023-07", context=["natural_resource"], aux=H,
       note="'Sisi and ... Abiy Ahmed agreed in July to finalise an agreement ... within four months'"),
    ev("CONSULT", ["EGY", "ETH", "SDN"], [], "2023-08", context=["natural_resource", "diplomatic"], aux=H,
       note="'latest round of negotiations was held in Cairo on 27 and 28 August' (two days -> month)"),
    ev("SUPPORT", ["EGY", "ETH", "SDN"], [], "2015", context=["natural_resource"], aux=H, optional=True,
       note="'the 2015 Declaration of Principles signed by Egypt, Sudan and Ethiopia' (signing -> SUPPORT; added after the first coder run, omitted by oversight)"),
    ev("REQUEST", ["EGY"], ["ETH"], "2023-09-10", ["change"], ["natural_resource"],
       note="'calls on the Ethiopian side to refrain from any further unilateral steps'"),
    ev("AGREE", ["EGY"], ["ETH"], "2023-09-10", context=["natural_resource", "diplomatic"],
       note="Shoukry: 'Egypt will continue to engage in the next round of negotiations' (future meeting)"),
]))

DOCS.append(("d07_pk_mofa_iran_strike", "2024-01-17", [
    ev("ASSAULT", ["IRN"], ["PAK"], "2024-01-16", ["aerial"], ["military", "territory"], aux=H,
       note="'violation of its airspace by Iran last night and the strike inside Pakistani territory' killing two children"),
    ev("ACCUSE", ["PAK"], ["IRN"], "2024-01-17", ["disapprove"], ["military", "territory"],
       note="'strongly condemns'; 'completely unacceptable'; strong protest lodged with the Iranian Charge d'Affaires"),
    ev("REJECT", ["PAK"], ["IRN"], "2024-01-17", context=["terrorism"], alt=["ACCUSE"],
       note="'Pakistan rejects the Iranian claim that the strike targeted terrorist hideouts'"),
    ev("SANCTION", ["PAK"], ["IRN"], "2024-01-17", ["withdraw", "expel", "discontinue"], ["diplomatic"],
       note="'recall its Ambassador'; Iranian Ambassador 'may not return'; high-level visits 'suspended'"),
    ev("THREATEN", ["PAK"], ["IRN"], "2024-01-17", ["violence"], ["military"],
       note="'can have serious consequences'; 'reserves the right to respond to this illegal act'"),
    ev("ACCUSE", ["IRN"], ["PAK"], None, ["allege"], ["terrorism"], aux=H, optional=True,
       note="the Iranian claim that terrorist hideouts were in Pakistan (reported, undated)"),
]))

DOCS.append(("d08_kr_yoon_duda", "2023-07-13", [
    ev("CONSULT", ["KOR"], ["POL"], "2023-07-13", ["visit"], ["diplomatic"],
       note="Yoon 'on a state visit to Poland, held a summit with President Andrzej Duda ... in Warsaw'"),
    ev("AGREE", ["KOR", "POL"], [], "2023-07-13", context=["military", "economic"],
       note="'agreed to elevate ... defence-industry cooperation'; 'agreed to work together on the reconstruction of Ukraine'"),
    ev("SUPPORT", ["KOR", "POL"], [], "2023-07-13", context=["economic"], alt=["AGREE", "COOPERATE"],
       note="'signed memoranda of understanding on energy and infrastructure'"),
    ev("COOPERATE", ["KOR"], ["POL"], "2022-12", context=["military"], aux=H,
       note="'first K2 tanks and K9 ... howitzers were delivered to the Polish army in December last year' (arms sale)"),
    ev("SUPPORT", ["POL"], ["KOR"], "2023-07-13", context=["military", "cbrn"],
       note="Duda 'expressed great satisfaction' with deliveries; 'expressed support for ... the Audacious Initiative'"),
    ev("ACCUSE", ["KOR", "POL"], ["PRK"], "2023-07-13", ["disapprove"], ["military", "cbrn"],
       note="'strongly condemned North Korea's launch'"),
    ev("MOBILIZE", ["PRK"], [], "2023-07-12", ["weapons"], ["military"], aux=H,
       note="'launch of a solid-fuel intercontinental ballistic missile yesterday'"),
]))

DOCS.append(("d09_vn_mofa_haiyang", "2019-07-19", [
    ev("ACCUSE", ["VNM"], ["CHN"], "2019-07-19", ["disapprove"], ["territory", "natural_resource"],
       note="'resolutely opposed these violations'; delivered diplomatic notes (complaint)"),
    ev("REQUEST", ["VNM"], ["CHN"], "2019-07-19", ["yield", "change"], ["territory"],
       note="'demanded that China withdraw all of its vessels'; 'call on the Chinese side to respect ... refrain from actions'"),
    ev("REJECT", ["VNM"], ["CHN"], "2019-07-19", context=["territory"], alt=["ACCUSE"],
       note="'Viet Nam firmly rejects this claim, which has no legal basis'"),
    ev("CONSULT", ["VNM", "CHN"], [], None, context=["territory", "diplomatic"], aux=H, optional=True,
       note="'made contact with the Chinese side through various channels' (undated)"),
    ev("MOBILIZE", ["CHN"], ["VNM"], "2019-07", context=["territory", "natural_resource"], aux=H, alt=["COERCE"], optional=True,
       note="survey ship and escort vessels operating in Viet Nam's EEZ 'from early July'"),
    ev("MOBILIZE", ["VNM"], ["CHN"], None, context=["territory"], alt=["COERCE"], optional=True,
       note="'competent forces have been carrying out law-enforcement activities at sea' (ongoing)"),
    ev("ACCUSE", ["CHN"], ["VNM"], None, ["allege"], ["territory"], alt=["REJECT"], optional=True,
       note="'China says the ship was operating in waters under Chinese jurisdiction' (reported claim)"),
]))

DOCS.append(("d10_kz_mfa_csto", "2022-01-13", [
    ev("PROTEST", ["KAZ"], ["KAZ"], "2022-01", ["demo", "riot"], ["economic"], aux=H,
       note="'peaceful protests over fuel prices that began on 2 January' turned 'into mass riots' (CVL -> GOV)"),
    ev("ASSAULT", ["KAZ"], ["KAZ"], "2022-01", context=["terrorism"], aux=H, optional=True,
       note="'attacks on akimats, police stations and the Almaty airport' by armed groups (merged with riots by many coders)"),
    ev("COERCE", ["KAZ"], ["KAZ"], "2022-01", ["arrest", "curfew"], ["repression"], aux=H,
       note="'state of emergency and a curfew remain in force'; 'detained more than 9,900 people'"),
    ev("REQUEST", ["KAZ"], ["CSTO"], "2022-01-05", ["assist"], ["military"], aux=H,
       note="'On 5 January, President ... Tokayev appealed to ... the CSTO for assistance'"),
    ev("MOBILIZE", ["CSTO"], ["KAZ"], "2022-01-06", ["troops"], ["military", "peacekeeping"], aux=H, alt=["COOPERATE", "AID"],
       note="'The next day, CSTO Collective Peacekeeping Forces began arriving' (troop deployment)"),
    ev("RETREAT", ["CSTO"], ["KAZ"], "2022-01-13", ["withdraw"], ["military", "peacekeeping"],
       note="'Today ... the CSTO contingent began its withdrawal from Kazakhstan'"),
    ev("SUPPORT", ["KAZ"], ["CSTO"], "2022-01-13", context=["military"],
       note="'expresses its gratitude to the CSTO member states for their prompt support'"),
    ev("REJECT", ["KAZ"], [], "2022-01-13", context=["repression", "misinformation"], alt=["ACCUSE"], optional=True,
       note="'We reject claims ...' of unnamed foreign media"),
]))

DOCS.append(("d11_il_cohen_kyiv", "2023-02-16", [
    ev("CONSULT", ["ISR"], ["UKR"], "2023-02-16", ["visit"], ["diplomatic"],
       note="'arrived today in Kyiv'; met Zelensky and 'his counterpart' Kuleba"),
    ev("SUPPORT", ["ISR"], ["UKR"], "2023-02-16", context=["diplomatic"],
       note="'Israel stands with the Ukrainian people'"),
    ev("AGREE", ["ISR"], ["UKR"], "2023-02-16", context=["military", "economic"],
       note="'will help Ukraine develop a smart early-warning system'; announced $200m loan guarantees (promise)"),
    ev("COOPERATE", ["ISR"], ["UKR"], "2023-02-16", context=["diplomatic"], alt=["SUPPORT"], optional=True,
       note="'officially reopened the Israeli embassy in Kyiv'"),
    ev("AID", ["ISR"], ["UKR"], None, context=["human_security", "health"], aux=H,
       note="'has sent more than 100 tons of humanitarian aid'; field hospital (undated)"),
    ev("REQUEST", ["UKR"], ["ISR"], "2023-02-16", ["assist"], ["military"],
       note="'Kuleba asked Israel to provide air defence systems'"),
    ev("REJECT", ["ISR"], ["UKR"], "2023-02-16", ["assist"], ["military"],
       note="'would not supply weapons systems at this stage' (refused request)"),
    ev("ACCUSE", ["ISR"], ["IRN", "RUS"], "2023-02-16", ["disapprove"], ["military"],
       note="'raised Israel's concern over the military cooperation between Russia and Iran'"),
    ev("COOPERATE", ["IRN"], ["RUS"], None, context=["military"], aux=H,
       note="'Iran has supplied Russia with hundreds of drones' (arms transfer, undated)"),
    ev("ASSAULT", ["RUS"], ["UKR"], None, ["drone"], ["military"], optional=True,
       note="drones 'being used against Ukrainian cities' (ongoing)"),
]))

DOCS.append(("d12_qa_mofa_pause", "2023-11-22", [
    ev("CONCEDE", ["ISR", "PSE"], [], "2023-11-22", context=["military", "human_security"], alt=["AGREE"],
       note="'agreement on a humanitarian pause'; hostages and prisoners to be released (announced for later; Hamas = PSE)"),
    ev("CONSULT", ["QAT", "EGY", "USA", "ISR", "PSE"], [], None, ["third-party"], ["diplomatic"], aux=H,
       note="'joint mediation efforts ... with Egypt and the US between Israel and the Hamas movement' (undated)"),
    ev("SUPPORT", ["QAT"], ["EGY", "USA"], "2023-11-22", context=["diplomatic"],
       note="'appreciation to its partners in Cairo and Washington' (capitals as metonyms)"),
    ev("REQUEST", ["QAT"], ["ISR", "PSE"], "2023-11-22", context=["military"],
       note="'called on both parties to fully abide by the terms of the agreement'"),
    ev("AGREE", ["QAT"], [], "2023-11-22", context=["diplomatic", "military"], optional=True,
       note="'Qatar will continue its diplomatic efforts' (no named recipient)"),
]))

DOCS.append(("d13_ua_kuleba_wang", "2024-07-24", [
    ev("CONSULT", ["UKR"], ["CHN"], "2024-07-24", ["visit"], ["diplomatic"], initiator="CHN",
       note="'on a visit to the PRC at the invitation of his Chinese counterpart, held talks today in Guangzhou'"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2024-07-24", ["disapprove"], ["military", "human_security"],
       note="'condemned Russia's deliberate attacks on Ukraine's energy system'; 'Russian missile terror'"),
    ev("ASSAULT", ["RUS"], ["UKR"], "2024-07-08", ["aerial"], ["military", "health"], aux=H,
       note="'the strike on the Okhmatdyt children's hospital in Kyiv on July 8'"),
    ev("AGREE", ["UKR"], ["RUS"], "2024-07-24", context=["diplomatic"], alt=["CONCEDE"],
       note="'Ukraine is ready to conduct negotiations with the Russian side at a certain stage' (conditional offer)"),
    ev("REQUEST", ["UKR"], ["CHN"], "2024-07-24", ["assist"], ["military", "diplomatic"],
       note="'called on China to play a constructive role and to use its influence'"),
    ev("SUPPORT", ["UKR"], ["CHN"], "2024-07-24", context=["territory", "human_security"],
       note="'thanked the Chinese side for its humanitarian assistance and ... position on ... territorial integrity'"),
    ev("AGREE", ["RUS"], ["UKR"], "2024-07-24", context=["diplomatic"], aux=NEG, optional=True,
       note="'no such readiness is currently observed on the Russian side' (negated readiness to negotiate)"),
    ev("AID", ["CHN"], ["UKR"], None, context=["human_security"], aux=H, optional=True,
       note="Chinese humanitarian assistance (only mentioned in thanks)"),
    ev("AGREE", ["UKR", "CHN"], [], "2024-07-24", context=["diplomatic", "economic"],
       note="'The ministers agreed to continue the dialogue and to develop trade and economic cooperation'"),
]))

DOCS.append(("d14_kremlin_karabakh", "2020-11-10", [
    ev("SUPPORT", ["RUS", "AZE", "ARM"], [], "2020-11-10", context=["military", "territory"], alt=["AGREE"],
       note="'have signed a joint statement on Nagorno-Karabakh' (signing -> SUPPORT)"),
    ev("CONSULT", ["RUS", "AZE", "ARM"], [], None, ["phone"], ["diplomatic"], aux=H, optional=True,
       note="'a number of telephone conversations with the leaders of Azerbaijan and Armenia' (separate bilateral calls; undated)"),
    ev("RETREAT", ["AZE", "ARM"], [], "2020-11-10", ["ceasefire"], ["military"], alt=["CONCEDE"],
       note="'complete ceasefire and a termination of all hostilities ... have been in effect since 00:00 ... November 10' (carried out)"),
    ev("CONCEDE", ["ARM"], ["AZE"], "2020-11-10", context=["territory", "military"], alt=["RETREAT", "AGREE"],
       note="'Armenia will return the Kelbajar District ... Agdam ... Lachin' (territory handed over later)"),
    ev("MOBILIZE", ["RUS"], ["AZE"], "2020-11-10", ["troops"], ["military", "peacekeeping"], alt=["AGREE"],
       note="peacekeeping contingent 'will be deployed along the line of contact in Nagorno-Karabakh'; 'first units ... have already flown out' (deployment into territory recognised as Azerbaijan's)"),
    ev("AGREE", ["AZE", "ARM"], [], "2020-11-10", context=["military", "human_rights", "economic", "migration"], alt=["CONCEDE"],
       note="'The parties will exchange prisoners of war ...'; IDPs return; links unblocked (future acts)"),
]))

DOCS.append(("d15_wh_trump_erdogan", "2019-10-06", [
    ev("CONSULT", ["USA", "TUR"], [], "2019-10-06", ["phone"], ["diplomatic"],
       note="'Trump spoke by telephone with President Recep Tayyip Erdogan'"),
    ev("THREATEN", ["TUR"], ["SYR"], "2019-10-06", ["territory", "violence"], ["military", "territory"], alt=["MOBILIZE"],
       note="'Turkey will shortly be moving forward with its long-planned military operation into Northern Syria' (announced offensive)"),
    ev("CONCEDE", ["USA"], ["SYR"], "2019-10-06", context=["military"], alt=["RETREAT"],
       note="'will not support or take part'; American forces 'will no longer be present in the immediate area' (withdrawal announced)"),
    ev("REQUEST", ["USA"], ["FRA", "DEU"], None, ["change"], ["terrorism"], aux=H,
       note="'For many months ... pressed France, Germany ... to take them back' (ISIS fighters)"),
    ev("REJECT", ["FRA", "DEU"], ["USA"], None, context=["terrorism"], aux=H,
       note="'They refused'"),
    ev("ACCUSE", ["USA"], ["FRA", "DEU"], "2019-10-06", ["disapprove"], ["terrorism"], optional=True,
       note="implicit criticism: cost to 'the American taxpayer'"),
    ev("AGREE", ["TUR"], ["USA"], "2019-10-06", context=["terrorism"], optional=True,
       note="'Turkey will now be responsible for all ISIS fighters' (US-stated commitment of Turkey)"),
    ev("AGREE", ["USA", "TUR"], [], "2019-10-06", context=["diplomatic"], initiator="USA",
       note="'The two leaders agreed that President Erdogan will visit the White House next month, at President Trump's invitation'"),
]))

DOCS.append(("d16_wire_srilanka_curfew", "2022-07-13", [
    ev("PROTEST", ["LKA"], ["LKA"], "2022-07-13", ["demo", "obstruct"], ["economic", "political_institutions"],
       note="'thousands of protesters stormed the prime minister's office'; 'occupied the building'; residence overrun Saturday (merged)"),
    ev("ASSAULT", ["LKA"], ["LKA"], "2022-07-13", ["crowd-control"], ["repression"],
       note="'Police fired tear gas and water cannon at crowds'"),
    ev("COERCE", ["LKA"], ["LKA"], "2022-07-13", ["curfew", "martial-law"], ["repression"],
       note="'declared a state of emergency and imposed a curfew in the Western Province'"),
    ev("MOBILIZE", ["LKA"], ["LKA"], "2022-07-13", ["troops", "police"], ["repression", "military"],
       note="ordered the military and police to 'restore order'; 'soldiers were deployed around parliament'"),
    ev("REQUEST", ["LKA"], ["LKA"], "2022-07-13", ["yield"], ["political_institutions"],
       note="demonstrators 'demanded that Wickremesinghe also step down' (CVL -> GOV)"),
    ev("CONCEDE", ["LKA"], ["LKA"], "2022-07-09", context=["political_institutions"], aux=H, alt=["RETREAT"],
       note="Rajapaksa 'had told the parliament speaker on Saturday that he would resign on Wednesday' (promise to resign)"),
]))

DOCS.append(("d17_wire_niger_ecowas", "2023-07-31", [
    ev("CONSULT", ["ECOWAS"], [], "2023-07-30", ["multilateral"], ["diplomatic"],
       note="'Meeting at an emergency summit in Abuja' on Sunday (the bloc's own summit)"),
    ev("SANCTION", ["ECOWAS"], ["NER"], "2023-07-30", ["discontinue"], ["economic", "political_institutions"],
       note="'imposed sweeping sanctions'; 'closed land and air borders ..., suspended all ... transactions and froze ... assets'"),
    ev("THREATEN", ["ECOWAS"], ["NER"], "2023-07-30", ["violence"], ["military", "political_institutions"],
       note="'threatened to use force'; 'may include the use of force'"),
    ev("REQUEST", ["ECOWAS"], ["NER"], "2023-07-30", ["yield"], ["political_institutions", "pro_democracy"],
       note="'demanded the immediate release and reinstatement of Bazoum'"),
    ev("COERCE", ["NER"], ["NER"], "2023-07-26", ["arrest"], ["political_institutions", "pro_autocracy"], aux=H,
       note="Bazoum 'held by members of his presidential guard since Wednesday' (MIL -> GOV)"),
    ev("PROTEST", ["NER"], ["FRA"], "2023-07-30", ["demo", "vandalize"], ["diplomatic"],
       note="'marched on the French embassy, tore down its plaque and set fire to the door'"),
    ev("ASSAULT", ["NER"], ["NER"], "2023-07-30", ["crowd-control"], ["repression"],
       note="'security forces dispersed them with tear gas'"),
    ev("THREATEN", ["FRA"], ["NER"], None, ["violence"], ["military"],
       note="'anyone attacking French nationals ... would see France respond immediately and intractably' (story spans Sunday and Monday, no day given -> null)"),
    ev("ACCUSE", ["NER"], ["FRA"], "2023-07-31", ["allege"], ["military"],
       note="'On Monday, the junta accused France of seeking to intervene militarily'"),
    ev("THREATEN", ["MLI", "BFA"], ["ECOWAS"], "2023-07-31", ["violence"], ["military"], alt=["SUPPORT"],
       note="'warned ... any military intervention in Niger would amount to a declaration of war against them' (continues the 'On Monday' paragraph)"),
]))

DOCS.append(("d18_wire_redsea_strikes", "2024-01-12", [
    ev("ASSAULT", ["USA", "GBR"], ["YEM"], "2024-01-12", ["aerial", "heavy-weapons"], ["military"],
       note="'carried out air and naval strikes on more than 60 targets' early Friday; jets and Tomahawks (Houthis = YEM)"),
    ev("COOPERATE", ["AUS", "BHR", "CAN", "NLD"], ["USA", "GBR"], "2024-01-12", context=["military", "intelligence"], alt=["SUPPORT"],
       note="'provided logistical and intelligence support for the operation'"),
    ev("THREATEN", ["USA"], ["YEM"], "2024-01-12", ["violence"], ["military"],
       note="Biden: 'I will not hesitate to direct further measures'"),
    ev("THREATEN", ["YEM"], ["USA", "GBR"], "2024-01-12", ["violence"], ["military"],
       note="al-Ezzi: would 'have to prepare to pay a heavy price'"),
    ev("ACCUSE", ["YEM"], ["USA", "GBR"], "2024-01-12", ["disapprove"], ["military"], optional=True,
       note="'what he called a blatant aggression'"),
    ev("ASSAULT", ["YEM"], ["USA", "GBR"], "2024-01-09", ["drone", "aerial"], ["military"], aux=H,
       note="'On Tuesday ... firing 18 drones and three missiles at U.S. and British warships'"),
    ev("ACCUSE", ["IRN"], ["USA", "GBR"], "2024-01-12", ["disapprove"], ["military", "territory"],
       note="'Iran's foreign ministry condemned the strikes' (attackers implied)"),
    ev("REQUEST", ["SAU"], [], "2024-01-12", context=["military"], optional=True,
       note="'called for restraint and avoiding escalation' (no named addressee)"),
    ev("CONSULT", ["SAU", "YEM"], [], None, context=["diplomatic"], optional=True,
       note="'has been holding peace talks with the Houthis' (ongoing)"),
]))

DOCS.append(("d19_wire_odesa_grain", "2022-07-23", [
    ev("ASSAULT", ["RUS"], ["UKR"], "2022-07-23", ["aerial"], ["military", "economic"],
       note="'Russian missiles struck ... Odesa on Saturday'; Kalibr cruise missiles hit port infrastructure"),
    ev("SUPPORT", ["RUS", "UKR", "TUR", "UN"], [], "2022-07-22", context=["economic", "human_security"], aux=H, alt=["AGREE", "COOPERATE"],
       note="'on Friday signed parallel agreements with Turkey and the United Nations in Istanbul'"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2022-07-23", ["disapprove"], ["military"],
       note="Zelenskiy 'called the strike \"Russian barbarism\"'; Moscow 'could not be trusted'"),
    ev("REJECT", ["RUS"], ["TUR"], "2022-07-23", context=["military"], alt=["ACCUSE"],
       note="Russian officials 'told Ankara they had \"nothing to do\" with the attack' (denial)"),
    ev("ACCUSE", ["USA"], ["RUS"], "2022-07-23", ["disapprove"], ["military", "economic"],
       note="Blinken: 'casts serious doubt on the credibility of Russia's commitment'"),
    ev("ACCUSE", ["UN"], ["RUS"], "2022-07-23", ["disapprove"], ["military"], optional=True,
       note="Guterres 'unequivocally condemned the reported strikes' (attacker not named in the condemnation)"),
    ev("ASSAULT", ["UKR"], ["RUS"], "2022-07-23", ["aerial"], ["military"], optional=True,
       note="'two more were shot down by air defences' (interception)"),
]))

DOCS.append(("d20_wire_iran_amini", "2022-09-23", [
    ev("PROTEST", ["IRN"], ["IRN"], "2022-09-22", ["demo", "riot"], ["gender", "rights_freedoms", "repression"],
       note="'Protests ... spread to dozens of cities on Thursday'; 'setting fire to police vehicles'; women 'burning their headscarves'"),
    ev("ASSAULT", ["IRN"], ["IRN"], "2022-09-22", ["crowd-control", "firearms"], ["repression"],
       note="'Security forces fired tear gas and ... live ammunition at the crowds'"),
    ev("COERCE", ["IRN"], ["IRN"], "2022-09", ["censor", "arrest"], ["repression", "rights_freedoms", "gender"],
       note="internet restricted 'since Wednesday', Instagram and WhatsApp blocked; 'hundreds ... arrested'; Amini 'detained by the morality police ... on Sept. 13' (merged, several dates -> month)"),
    ev("SANCTION", ["USA"], ["IRN"], "2022-09-22", ["discontinue"], ["human_rights", "gender", "repression"],
       note="'Treasury Department on Thursday imposed sanctions on Iran's morality police and seven senior security officials'"),
    ev("ACCUSE", ["USA"], ["IRN"], "2022-09-22", ["disapprove"], ["gender", "repression"],
       note="'accusing them of violence against women and of suppressing peaceful protest'"),
    ev("ACCUSE", ["IRN"], ["USA"], "2022-09-23", ["disapprove"], ["diplomatic"],
       note="Kanani 'on Friday condemned the sanctions as a \"hostile\" move'; 'Washington was exploiting a tragic incident'"),
    ev("THREATEN", ["IRN"], ["IRN"], "2022-09-23", ["arrest"], ["repression", "legal"],
       note="judiciary chief 'warned on Friday that ... rioters would be dealt with \"without leniency\"' (JUD -> CVL)"),
]))

DOCS.append(("d21_wire_poland_belarus", "2021-11-16", [
    ev("ASSAULT", ["POL"], ["IRQ"], "2021-11-16", ["crowd-control"], ["migration"],
       note="'Polish forces fired water cannon and tear gas on Tuesday at migrants' ('most of them Iraqi Kurds' -> IRQ REF)"),
    ev("ASSAULT", ["IRQ"], ["POL"], "2021-11-16", ["primitive"], ["migration"], optional=True,
       note="migrants 'threw stones at border guards', officer injured (migrants' nationality only 'most of them')"),
    ev("ACCUSE", ["POL"], ["BLR"], "2021-11-16", ["allege"], ["migration", "military"],
       note="'Belarusian forces had supplied the migrants with stun grenades and tear gas'"),
    ev("MOBILIZE", ["POL"], ["BLR"], None, ["troops"], ["military", "migration"],
       note="'Poland has deployed some 15,000 soldiers along the border' (ongoing, undated)"),
    ev("SANCTION", ["EU"], ["BLR"], "2021-11-15", ["discontinue"], ["migration", "economic"], alt=["AGREE"],
       note="'On Monday, EU foreign ministers agreed to broaden sanctions against Belarus'"),
    ev("ACCUSE", ["EU"], ["BLR"], None, ["allege"], ["migration"],
       note="'crisis that the EU says was engineered by Minsk'; 'accuses ... Lukashenko of using migrants as a weapon' (present tense, undated)"),
    ev("REJECT", ["BLR"], ["EU"], None, context=["migration"], alt=["ACCUSE"],
       note="'Belarus denies engineering the crisis'"),
    ev("ACCUSE", ["BLR"], ["EU"], None, ["disapprove"], ["migration", "human_rights"],
       note="'accuses the EU of inhumane treatment of the migrants'"),
    ev("CONSULT", ["DEU", "BLR"], [], "2021-11-15", ["phone"], ["diplomatic", "migration"],
       note="'Merkel spoke by telephone with Lukashenko on Monday'"),
    ev("COERCE", ["POL"], ["BLR"], None, ["restrict"], ["migration"], optional=True,
       note="border 'sealed with razor wire'"),
]))

DOCS.append(("d22_wire_taiwan_drills", "2023-04-10", [
    ev("MOBILIZE", ["CHN"], ["TWN"], "2023-04-10", ["troops", "weapons"], ["military", "territory"],
       note="'ended three days of war games around Taiwan'; warplanes, carrier and 12 warships 'on Monday'"),
    ev("CONSULT", ["TWN"], ["USA"], "2023-04-05", ["visit"], ["diplomatic"], aux=H,
       note="Tsai 'met U.S. House Speaker Kevin McCarthy in California last Wednesday' (visitor -> host)"),
    ev("THREATEN", ["CHN"], ["TWN"], "2023-04-08", ["violence"], ["military", "territory"],
       note="Eastern Theater Command 'on Saturday': drills 'a serious warning' against 'Taiwan independence' separatists"),
    ev("ACCUSE", ["TWN"], ["CHN"], "2023-04-10", ["disapprove"], ["military"],
       note="'Tsai condemned the exercises'; 'military intimidation'"),
    ev("SANCTION", ["CHN"], ["TWN"], "2023-04-07", ["discontinue"], ["diplomatic"],
       note="'on Friday imposed sanctions on Hsiao Bi-khim'; entry ban"),
    ev("SANCTION", ["CHN"], ["USA"], "2023-04-07", ["discontinue"], ["diplomatic"],
       note="'also sanctioned the Hudson Institute ... and the Ronald Reagan Presidential Library' (US NGOs)"),
    ev("REQUEST", ["USA"], ["CHN"], "2023-04-09", ["change"], ["military"],
       note="State Department 'on Sunday ... urged Beijing to exercise restraint'"),
]))

V7 = ["ARG", "CHL", "CRI", "PAN", "PER", "DOM", "URY"]

DOCS.append(("d23_wire_venezuela_vote", "2024-07-30", [
    ev("SANCTION", ["VEN"], V7, "2024-07-29", ["expel", "withdraw"], ["diplomatic", "election"],
       note="'ordered diplomats from seven Latin American countries to leave on Monday'; 'withdrew its own diplomats'"),
    ev("REJECT", ["VEN"], V7, None, context=["diplomatic", "election"], alt=["ACCUSE"],
       note="'The foreign ministry said it rejected the \"interventionist actions and statements\"' (no day given -> null)"),
    ev("REQUEST", V7, ["VEN"], None, ["change"], ["election"], aux=H,
       note="'had jointly demanded a full review of the results' (pluperfect, undated)"),
    ev("ACCUSE", ["VEN"], ["VEN"], None, ["allege"], ["election", "corruption"],
       note="Machado and Gonzalez 'accused the authorities of fraud' (OPP -> GOV; no day given -> null)"),
    ev("PROTEST", ["VEN"], ["VEN"], "2024-07-29", ["demo", "obstruct", "vandalize"], ["election", "pro_democracy"],
       note="'thousands of people took to the streets'; 'banged pots, blocked roads and tore down statues'"),
    ev("ASSAULT", ["VEN"], ["VEN"], "2024-07-29", ["crowd-control"], ["repression", "election"],
       note="'Security forces fired tear gas and rubber bullets'; at least six killed"),
    ev("COERCE", ["VEN"], ["VEN"], None, ["arrest"], ["repression", "election"],
       note="Saab said on Tuesday '749 people had been arrested' (statement dated, arrests themselves undated)"),
    ev("SUPPORT", ["RUS", "CHN", "CUB"], ["VEN"], None, context=["election"],
       note="'Russia, China and Cuba congratulated Maduro on his victory' (no day given)"),
    ev("ACCUSE", ["USA"], ["VEN"], "2024-07-28", ["disapprove"], ["election"],
       note="Blinken 'said on Sunday' Washington had 'serious concerns' the result did not reflect the will of the people"),
]))

DOCS.append(("d24_short_china_barley", "2023-08-04", [
    ev("CONCEDE", ["CHN"], ["AUS"], "2023-08-04", context=["economic"], alt=["RETREAT"],
       note="'China will lift the ... duties' (easing of a sanction, effective later)"),
    ev("SANCTION", ["CHN"], ["AUS"], "2020", ["discontinue"], ["economic"], aux=H,
       note="duties 'it slapped on Australian barley in 2020'"),
    ev("SUPPORT", ["AUS"], ["CHN"], "2023-08-04", context=["economic"],
       note="'Canberra welcomed the decision'; 'a positive outcome'"),
    ev("CONCEDE", ["AUS"], ["CHN"], "2023-04", context=["economic", "legal"], aux=H, alt=["AGREE"],
       note="'Australia had agreed in April to suspend its complaint at the WTO'"),
]))

DOCS.append(("d25_short_armenia_azerbaijan_swap", "2023-12-13", [
    ev("RETREAT", ["AZE", "ARM"], [], "2023-12-13", ["release"], ["military"],
       note="'Azerbaijan handed over 32 Armenian servicemen and Armenia freed two Azerbaijani soldiers on Wednesday' (exchange)"),
    ev("AGREE", ["AZE", "ARM"], [], "2023-12", context=["military", "diplomatic"], aux=H,
       note="'an exchange agreed in a joint statement last week' (week of 4-10 Dec -> 2023-12)"),
    ev("SUPPORT", ["ARM"], ["AZE"], "2023-12", context=["environment", "diplomatic"], aux=H,
       note="'Armenia backed Azerbaijan's bid to host the COP29 climate summit'"),
    ev("SUPPORT", ["USA"], ["AZE", "ARM"], "2023-12-13", context=["military", "diplomatic"],
       note="'Blinken welcomed the release' (no day of its own; same-day report)"),
]))

DOCS.append(("d26_short_france_mali_withdrawal", None, [
    ev("RETREAT", ["FRA"], ["MLI"], None, ["withdraw"], ["military", "terrorism"],
       note="'The last French soldiers of the Barkhane ... force have pulled out of Mali'"),
    ev("COOPERATE", ["MLI", "RUS"], [], None, context=["military"], aux=H,
       note="'the military junta turned to Russian mercenaries of the Wagner group' (Wagner -> RUS)"),
    ev("SANCTION", ["MLI"], ["FRA"], None, ["expel"], ["diplomatic"], aux=H,
       note="junta 'expelled the French ambassador'"),
    ev("MOBILIZE", ["FRA"], ["NER"], None, ["troops"], ["military"], alt=["COOPERATE"], optional=True,
       note="'remaining troops crossed into neighbouring Niger' (redeployment to a partner)"),
]))

DOCS.append(("d27_short_korea_nk_troops", "2024-10-22", [
    ev("ACCUSE", ["KOR"], ["RUS"], "2024-10-21", ["disapprove"], ["military"],
       note="'summoned Russia's ambassador Georgy Zinoviev on Monday' (summons to complain)"),
    ev("REQUEST", ["KOR"], ["RUS"], "2024-10-21", ["change"], ["military"],
       note="'demanded the immediate withdrawal of North Korean troops'"),
    ev("COOPERATE", ["PRK"], ["RUS"], None, context=["military"], aux=H, alt=["MOBILIZE"],
       note="'Pyongyang had shipped 1,500 special forces soldiers to help Moscow's war' (undated)"),
    ev("ACCUSE", ["KOR"], ["PRK"], None, ["allege"], ["intelligence", "military"], optional=True,
       note="'its spy agency said Pyongyang had shipped' (report as allegation)"),
    ev("THREATEN", ["KOR"], ["RUS"], "2024-10-22", context=["military"],
       note="presidential office 'on Tuesday': 'could consider supplying weapons to Ukraine in response'"),
    ev("REJECT", ["RUS"], ["KOR"], None, context=["military"], alt=["ACCUSE"], optional=True,
       note="'The Kremlin dismissed the reports as \"another fake\"' (reports, not Seoul, named)"),
]))

DOCS.append(("d28_short_france_farmers", "2024-02-02", [
    ev("RETREAT", ["FRA"], ["FRA"], "2024-02-02", context=["economic"], alt=["CONCEDE"],
       note="'farmers began lifting the tractor blockades around Paris on Friday' (LAB -> GOV)"),
    ev("CONCEDE", ["FRA"], ["FRA"], "2024-02-01", context=["economic"], alt=["AID"],
       note="Attal 'caved in to many of their demands' 'a day' before; 150m euros emergency aid (GOV -> LAB)"),
    ev("PROTEST", ["FRA"], ["FRA"], "2024-01-29", ["obstruct"], ["economic"], aux=H,
       note="'Since Monday, thousands of farmers had blocked the main motorways'; forced way into Rungis market"),
    ev("MOBILIZE", ["FRA"], ["FRA"], None, ["police"], ["economic"], aux=H,
       note="'Darmanin deployed 15,000 police officers' (no day given)"),
    ev("COERCE", ["FRA"], ["FRA"], "2024-01-31", ["arrest"], ["economic"], aux=H,
       note="'Police rounded up 79 protesters ... on Wednesday'"),
]))

DOCS.append(("d29_short_kenya_parliament", "2024-06-25", [
    ev("PROTEST", ["KEN"], ["KEN"], "2024-06-25", ["demo", "riot"], ["economic", "political_institutions"],
       note="'Protesters stormed Kenya's parliament and set part of it ablaze' (CVL -> LEG)"),
    ev("ASSAULT", ["KEN"], ["KEN"], "2024-06-25", ["firearms"], ["repression"],
       note="'police opened fire on the crowds, killing at least five people'"),
    ev("MOBILIZE", ["KEN"], ["KEN"], "2024-06-25", ["troops"], ["repression", "military"],
       note="'ordered the deployment of the army to support the police'"),
    ev("ACCUSE", ["KEN"], ["KEN"], "2024-06-25", ["disapprove"], ["political_institutions"],
       note="Ruto 'called the events \"treasonous\"'"),
    ev("THREATEN", ["KEN"], ["KEN"], "2024-06-25", ["violence"], ["repression"],
       note="'vowed a \"full, swift\" response to the violence'"),
]))

Q4 = ["ESP", "GBR", "QAT", "ARE"]

DOCS.append(("d30_short_morocco_quake_aid", None, [
    ev("AGREE", ["MAR"], Q4, None, context=["disasters"], alt=["CONCEDE"],
       note="'Morocco said it had accepted offers of help from Spain, Britain, Qatar and the UAE'"),
    ev("AID", Q4, ["MAR"], None, context=["disasters"],
       note="'Search-and-rescue teams from the four countries have started working'"),
    ev("RETREAT", ["DZA"], ["MAR"], None, ["access"], ["disasters"], alt=["CONCEDE"],
       note="'Algeria ... opened its airspace to humanitarian flights to Morocco'"),
    ev("SANCTION", ["DZA"], ["MAR"], None, ["discontinue"], ["diplomatic"], aux=H, optional=True,
       note="'cut diplomatic ties with Rabat in 2021' (text gives 2021, but the house validator forbids dates in undated docs -> null; see README)"),
    ev("REJECT", ["MAR"], ["FRA"], None, ["assist"], ["disasters"], optional=True,
       note="'Rabat has not taken up offers of assistance from France' (non-acceptance)"),
    ev("AGREE", ["FRA"], ["MAR"], None, context=["disasters"], aux=H, optional=True,
       note="French offers of assistance"),
]))

DOCS.append(("d31_short_pakistan_flood_aid", "2022-09-01", [
    ev("AID", ["CHN"], ["PAK"], None, context=["disasters"],
       note="'China has sent 25,000 tents to Pakistan' (perfect tense, undated)"),
    ev("AID", ["ARE"], ["PAK"], "2022-08-31", context=["disasters"],
       note="'an aircraft from the UAE carrying food and medicine landed in Islamabad on Wednesday'"),
    ev("REQUEST", ["PAK"], ["UN"], None, ["assist"], ["disasters"],
       note="Sharif 'appealed to the United Nations and donor countries for urgent help' (no day given)"),
    ev("AGREE", ["USA"], ["PAK"], None, context=["disasters"], alt=["AID"],
       note="'Washington has pledged 30 million dollars' (pledge = promise)"),
]))

DOCS.append(("d32_short_philippines_water_cannon", "2023-08-06", [
    ev("ASSAULT", ["CHN"], ["PHL"], "2023-08-05", context=["territory", "military"], alt=["COERCE"],
       note="'firing water cannon at a Philippine boat on Saturday'"),
    ev("COERCE", ["CHN"], ["PHL"], "2023-08-05", ["restrict"], ["territory"], optional=True,
       note="'to block a resupply mission' (same act as the water cannon)"),
    ev("ACCUSE", ["PHL"], ["CHN"], "2023-08-06", ["disapprove"], ["territory", "military"],
       note="'The Philippines condemned China's coast guard'"),
    ev("REQUEST", ["CHN"], ["PHL"], "2023-08-06", ["change"], ["territory"],
       note="Beijing 'urged Manila to stop sending construction materials'"),
    ev("ACCUSE", ["USA"], ["CHN"], "2023-08-06", ["disapprove"], ["territory", "military"],
       note="'criticised the \"dangerous\" Chinese actions'"),
    ev("THREATEN", ["USA"], ["CHN"], "2023-08-06", ["violence"], ["military"], alt=["SUPPORT"],
       note="'warned that an armed attack ... would trigger U.S. defence commitments'"),
    ev("SUPPORT", ["USA"], ["PHL"], "2023-08-06", context=["military"], optional=True,
       note="defence commitments to the Philippines (implicit backing)"),
]))

DOCS.append(("d33_short_china_russia_drill", None, [
    ev("COOPERATE", ["CHN", "RUS"], [], None, context=["military"],
       note="'Chinese and Russian warships began a joint exercise'"),
    ev("AGREE", ["CHN", "RUS"], [], None, context=["military"], alt=["COOPERATE"],
       note="'The two navies will then conduct a joint patrol' (future act)"),
    ev("ACCUSE", ["JPN"], ["CHN", "RUS"], None, ["disapprove"], ["military"],
       note="'Japan voiced serious concern over the growing military cooperation'"),
]))


if __name__ == "__main__":
    write_gold(DOCS, os.path.join(HERE, ".."))

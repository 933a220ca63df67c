#!/usr/bin/env python3
"""Writes eval/dev5/gold.jsonl from the hand-coded events below.

The events were coded by hand from the documents in docs/ following
/work/shared/SPEC.md and the conventions of eval/heldout/README.md,
eval/dev2/README.md, eval/dev3/README.md and eval/dev4/README.md, without
reading the coder's source or data and without running the coder; this script
only serialises them (keeps the gold reviewable as one Python file with a note
per event).
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

# ---------------------------------------------------------------- government readouts / statements

DOCS.append(("g01_ee_vm_russia_ambassador", "2023-01-23", [
    ev("SANCTION", ["RUS"], ["EST"], "2023-01-23", ["expel"], ["diplomatic"],
       note="'Today the Ministry of Foreign Affairs of the Russian Federation informed the Ambassador of Estonia ... that Russia is lowering the level of its diplomatic relations ... and that the Ambassador must leave'"),
    ev("ACCUSE", ["RUS"], ["EST"], "2023-01-23", ["disapprove"], ["diplomatic"],
       note="'In its statement the Russian ministry accused Tallinn of \"total Russophobia\"'"),
    ev("SANCTION", ["EST"], ["RUS"], "2023-01-23", ["expel"], ["diplomatic"],
       note="'The Ambassador of the Russian Federation in Tallinn, Vladimir Lipaev, has been informed that he must leave Estonia by the same date'"),
    ev("ACCUSE", ["EST"], ["RUS"], "2023-01-23", ["disapprove"], ["diplomatic"],
       note="Reinsalu 'called Moscow's step unjustified and a regrettable continuation of Russia's policy of destroying the European security architecture'"),
    ev("REJECT", ["EST"], ["RUS"], "2023-01-23", context=["diplomatic"], optional=True,
       note="'Estonia has not been intimidated and will not be intimidated' (defiance, no demand refused)"),
    ev("REQUEST", ["EST"], ["RUS"], "2023-01-11", ["change"], ["diplomatic"], aux=H, alt=["SANCTION"],
       note="'Earlier this month, on 11 January, Estonia demanded that Russia reduce the staff of its embassy in Tallinn'"),
    ev("SUPPORT", ["EST"], ["LVA", "LTU"], "2023-01-23", context=["diplomatic"],
       note="'Minister Reinsalu thanked Latvia and Lithuania for their solidarity'"),
    ev("SUPPORT", ["EST"], ["UKR"], "2023-01-23", context=["military"], alt=["AGREE"], optional=True,
       note="'Estonia's support for Ukraine would not waver' (standing support, restated)"),
]))

DOCS.append(("g02_cl_minrel_israel", "2023-10-31", [
    ev("SANCTION", ["CHL"], ["ISR"], "2023-10-31", ["withdraw"], ["diplomatic"],
       note="'the Government of Chile has decided to call its Ambassador in Israel to Santiago for consultations'"),
    ev("ACCUSE", ["CHL"], ["ISR"], "2023-10-31", ["disapprove"], ["human_rights", "military", "human_security"],
       note="'unacceptable violations of International Humanitarian Law committed by Israel'; 'strongly condemns the military operations in Gaza'"),
    ev("ACCUSE", ["CHL"], ["PSE"], "2023-10-31", ["disapprove"], ["terrorism"],
       note="'Chile reiterates its firm condemnation of the terrorist attacks perpetrated by Hamas' (Hamas -> PSE)"),
    ev("ASSAULT", ["PSE"], ["ISR"], "2023-10-07", context=["terrorism"], aux=H, optional=True,
       note="'the terrorist attacks perpetrated by Hamas on 7 October' (recalled)"),
    ev("ASSAULT", ["ISR"], ["PSE"], None, context=["military"], optional=True,
       note="'the military operations in Gaza' (ongoing, undated)"),
    ev("REQUEST", ["CHL"], ["PSE"], "2023-10-31", ["yield"], ["human_rights", "terrorism"],
       note="'demands that Hamas release all hostages immediately and unconditionally'"),
    ev("REQUEST", ["CHL"], ["ISR"], "2023-10-31", ["change"], ["military", "human_security"],
       note="'Our country calls on Israel to put an end to the military operations and to allow the opening of humanitarian corridors'"),
    ev("SUPPORT", ["CHL"], ["UN"], "2023-10-31", context=["diplomatic"],
       note="'Chile supports the efforts of the Secretary-General of the United Nations, António Guterres'"),
]))

DOCS.append(("g03_ch_eda_buergenstock", "2024-06-16", [
    ev("CONSULT", ["CHE", "UKR"], [], "2024-06", ["multilateral"], ["diplomatic", "military"], initiator="UKR",
       note="'The Summit on Peace in Ukraine ended on the Bürgenstock today'; 'the two-day conference, which Switzerland organised at the request of Ukraine' (15-16 June -> month; the other 90 states are not named)"),
    ev("AGREE", ["CHE"], ["UKR"], "2024-01", context=["diplomatic"], aux=H, initiator="UKR",
       note="'Switzerland had agreed in January, after President Volodymyr Zelenskyy asked it to do so during his visit to Bern, to host such a conference'"),
    ev("REQUEST", ["UKR"], ["CHE"], "2024-01", ["assist"], ["diplomatic"], aux=H, optional=True,
       note="'after President Volodymyr Zelenskyy asked it to do so' (the request, folded into the initiator)"),
    ev("SUPPORT", ["CHE", "UKR"], [], "2024-06-16", context=["diplomatic"],
       note="'a large majority of the delegations, Switzerland and Ukraine among them, endorsed a joint communiqué on a peace framework'"),
    ev("REQUEST", ["CHE", "UKR"], ["RUS"], "2024-06-16", ["yield"], ["cbrn", "human_rights"], optional=True,
       note="communiqué 'call[s] for the Zaporizhzhia nuclear power plant to be returned to Ukraine's full sovereign control' and 'demand[s] the exchange of all prisoners of war and the return of all deported Ukrainian children' (addressee Russia implicit)"),
    ev("REJECT", ["CHN"], ["CHE"], None, ["meet"], ["diplomatic"],
       note="'China, which had said a conference should be recognised by both Russia and Ukraine, did not send a delegation' (refused the invitation; undated)"),
    ev("AGREE", ["CHE"], ["RUS", "UKR"], "2024-06-16", context=["diplomatic"], optional=True,
       note="'Switzerland stands ready to contribute to the next steps' (to a settlement involving 'both parties')"),
    ev("SUPPORT", ["CHE"], ["UKR"], "2024-06-16", context=["diplomatic"],
       note="Cassis 'thanked Ukraine for the trust it had placed in Switzerland'"),
]))

DOCS.append(("g04_pt_mne_palestine", "2025-09-21", [
    ev("SUPPORT", ["PRT"], ["PSE"], "2025-09-21", context=["diplomatic", "territory"],
       note="'Portugal today officially recognised the State of Palestine'"),
    ev("AGREE", ["PRT"], ["PSE"], "2025-07", context=["diplomatic", "territory"], aux=H,
       note="'announced by Prime Minister Luís Montenegro at the end of July, when he said that the Government would begin the process of recognition'"),
    ev("REQUEST", ["PRT"], ["PSE"], "2025-09-21", ["yield"], ["terrorism", "human_rights"],
       note="Rangel: 'Hamas must release all hostages immediately and lay down its weapons' (Hamas -> PSE)"),
    ev("REQUEST", ["PRT"], ["ISR"], "2025-09-21", ["change"], ["military", "human_security", "territory"],
       note="'The Minister called on Israel to end its military offensive in Gaza, to lift the restrictions on humanitarian aid and to halt the expansion of settlements'"),
    ev("ACCUSE", ["PRT"], ["ISR"], "2025-09-21", ["disapprove"], ["territory", "legal"], optional=True,
       note="settlements 'which Portugal considers illegal under international law' (implicit criticism)"),
    ev("SUPPORT", ["GBR", "CAN", "AUS"], ["PSE"], "2025-09-21", context=["diplomatic", "territory"],
       note="'On the same day the United Kingdom, Canada and Australia also recognised the State of Palestine'"),
]))

DOCS.append(("g05_lv_mfa_belarus", "2021-05-24", [
    ev("SANCTION", ["BLR"], ["LVA"], "2021-05-24", ["expel"], ["diplomatic"],
       note="'On 24 May the Ministry of Foreign Affairs of Belarus informed the Ambassador of Latvia ... that all Latvian diplomats ... must leave Belarus within 48 hours'"),
    ev("ACCUSE", ["BLR"], ["LVA"], "2021-05-24", ["disapprove"], ["diplomatic"],
       note="'The Belarusian foreign ministry described the act as a hostile provocation'"),
    ev("SANCTION", ["LVA"], ["BLR"], "2021-05-24", ["expel"], ["diplomatic"],
       note="'Latvia has decided that all diplomatic and administrative staff of the Embassy of Belarus in Riga ... must leave Latvia within 48 hours'"),
    ev("ACCUSE", ["LVA"], ["BLR"], "2021-05-24", ["disapprove"], ["diplomatic"],
       note="'regards the Belarusian decision as unjustified and unfriendly'"),
    ev("PROTEST", ["LVA"], ["BLR"], "2021-05-24", context=["pro_democracy"], alt=["SUPPORT"], optional=True,
       note="the official flag 'was replaced earlier today by the white-red-white flag used by the Belarusian democratic opposition' by the Mayor of Riga and the Foreign Minister (symbolic act)"),
]))

DOCS.append(("g06_se_regeringen_nato", "2024-03-07", [
    ev("CONSULT", ["SWE"], ["USA"], "2024-03-07", ["visit"], ["diplomatic", "military"],
       note="Kristersson 'handed over Sweden's instrument of accession to US Secretary of State Antony Blinken at a ceremony at the State Department in Washington'"),
    ev("COOPERATE", ["SWE"], ["NATO"], "2024-03-07", context=["military"], alt=["SUPPORT", "AGREE"],
       note="'Sweden today became the 32nd member of the North Atlantic Treaty Organization' (joining the alliance, instrument deposited)"),
    ev("AGREE", ["SWE"], ["NATO"], "2024-03-07", context=["military"],
       note="'Sweden will take its share of responsibility for the security of the Alliance and will contribute to NATO's collective defence'"),
    ev("REQUEST", ["SWE", "FIN"], ["NATO"], "2022-05", context=["military"], aux=H,
       note="'Sweden applied for membership together with Finland in May 2022'"),
    ev("SUPPORT", ["HUN"], ["SWE"], "2024-02-26", context=["military", "legislative"], aux=H,
       note="'after the Hungarian Parliament approved Sweden's membership on 26 February'"),
    ev("SUPPORT", ["TUR"], ["SWE"], "2024-01", context=["military", "legislative"], aux=H,
       note="'a month after the Grand National Assembly of Türkiye had done so' (a month before 26 Feb -> January)"),
    ev("SUPPORT", ["SWE"], ["USA", "NATO"], "2024-03-07", context=["diplomatic"],
       note="'The Prime Minister thanked the United States and all the Allies for their support' (the Allies -> NATO)"),
    ev("SUPPORT", ["USA"], ["SWE"], "2024-03-07", context=["military"],
       note="'Secretary Blinken, for his part, said that Sweden's membership makes the Alliance stronger and safer'"),
]))

DOCS.append(("g07_pe_rree_mexico", "2023-02-24", [
    ev("SANCTION", ["PER"], ["MEX"], "2023-02-24", ["withdraw"], ["diplomatic"],
       note="'the Government has decided to withdraw definitively its Ambassador in Mexico' (signed 'Lima, 24 February 2023' at the end)"),
    ev("ACCUSE", ["PER"], ["MEX"], "2023-02-24", ["disapprove"], ["diplomatic", "political_institutions"],
       note="'in view of the persistent interference of the President of Mexico ... in the internal affairs of Peru'"),
    ev("ACCUSE", ["MEX"], ["PER"], None, ["disapprove"], ["political_institutions"],
       note="'new statements in which the Mexican President once again questioned the legitimacy of the constitutional Government of President Dina Boluarte' (undated)"),
    ev("REJECT", ["MEX"], ["PER"], None, context=["diplomatic"],
       note="'his refusal to hand over to Peru the pro tempore presidency of the Pacific Alliance' (undated)"),
    ev("REQUEST", ["PER"], ["MEX"], "2023-02-24", ["change"], ["diplomatic"],
       note="'Peru calls on the Government of Mexico to respect the principle of non-intervention and to transfer the pro tempore presidency'"),
]))

DOCS.append(("g08_tw_mofa_honduras", "2023-03-26", [
    ev("SANCTION", ["TWN"], ["HND"], "2023-03-26", ["discontinue", "withdraw"], ["diplomatic"],
       note="'has decided to terminate diplomatic relations with the Republic of Honduras with immediate effect'; 'will close its embassy in Tegucigalpa and withdraw its technical missions'"),
    ev("REQUEST", ["TWN"], ["HND"], "2023-03-26", ["change"], ["diplomatic"], optional=True,
       note="'and asks Honduras to close its embassy in Taipei' (consequence of the break)"),
    ev("SANCTION", ["HND"], ["TWN"], "2023-03-25", ["discontinue"], ["diplomatic"],
       note="'the Honduran foreign ministry announced late on Saturday that Honduras ... breaks off its relations with Taiwan' (doc Sunday 26 Mar -> 25 Mar)"),
    ev("SUPPORT", ["HND"], ["CHN"], "2023-03-25", context=["diplomatic", "territory"], alt=["AGREE"],
       note="'Honduras recognises the People's Republic of China' (late on Saturday)"),
    ev("REQUEST", ["HND"], ["TWN"], None, ["assist"], ["economic"], aux=H,
       note="'the administration of President Xiomara Castro had earlier asked Taiwan for a large sum of money, including US$2.45 billion' (undated)"),
    ev("ACCUSE", ["TWN"], ["CHN"], "2023-03-26", ["disapprove"], ["diplomatic"],
       note="'Wu strongly condemned the PRC for luring away Taiwan's diplomatic allies with financial inducements'"),
    ev("REJECT", ["TWN"], ["CHN"], "2023-03-26", context=["diplomatic"], optional=True,
       note="'Taiwan will not take part in a contest of dollar diplomacy with China'"),
]))

DOCS.append(("g09_be_premier_vandecasteele", "2023-05-26", [
    ev("RETREAT", ["IRN"], ["BEL"], "2023-05-26", ["release"], ["human_rights", "legal"],
       note="'Olivier Vandecasteele has been released by Iran and is on his way home'; 'was flown to Muscat today'"),
    ev("RETREAT", ["BEL"], ["IRN"], "2023-05-26", ["release"], ["legal", "terrorism"], alt=["CONCEDE", "COOPERATE"],
       note="'In return, Belgium has handed over to Iran the Iranian diplomat Assadollah Assadi, who was serving a 20-year sentence'"),
    ev("COERCE", ["IRN"], ["BEL"], "2022-02", ["arrest"], ["human_rights", "legal"], aux=H,
       note="'The Belgian aid worker was arrested in Tehran in February last year'"),
    ev("SANCTION", ["IRN"], ["BEL"], "2023-01", ["convict"], ["legal", "human_rights"], aux=H,
       note="'In January he was sentenced to 40 years in prison and 74 lashes'"),
    ev("ACCUSE", ["BEL"], ["IRN"], None, ["disapprove"], ["legal", "human_rights"], optional=True,
       note="'a verdict Belgium has always regarded as completely arbitrary' (standing position, undated)"),
    ev("CONSULT", ["OMN", "BEL", "IRN"], [], None, ["third-party"], ["diplomatic"], optional=True,
       note="'His release was made possible by the mediation of the Sultanate of Oman' (indirect, undated)"),
    ev("SUPPORT", ["BEL"], ["OMN"], "2023-05-26", context=["diplomatic"],
       note="'The Prime Minister warmly thanked Sultan Haitham bin Tarik and the Omani authorities for their decisive role'"),
    ev("SANCTION", ["BEL"], ["IRN"], None, ["convict"], ["terrorism", "legal"], aux=H, optional=True,
       note="Assadi 'was serving a 20-year sentence in Belgium for planning a bomb attack' (undated)"),
    ev("SUPPORT", ["BEL"], ["IRN"], "2022", context=["legal"], aux=H, alt=["AGREE"], optional=True,
       note="'the treaty on the transfer of sentenced persons that Parliament approved last year'"),
]))

DOCS.append(("g10_bh_bna_qatar", "2023-04-12", [
    ev("CONSULT", ["BHR", "QAT"], [], "2023-04-12", ["multilateral", "third-party"], ["diplomatic"],
       note="'a meeting held today at the headquarters of the General Secretariat of the Gulf Cooperation Council (GCC) in Riyadh between the Bahraini delegation ... and the Qatari delegation'"),
    ev("AGREE", ["BHR", "QAT"], [], "2023-04-12", context=["diplomatic"], alt=["SUPPORT", "CONCEDE"],
       note="'The Kingdom of Bahrain and the State of Qatar have agreed to restore diplomatic relations'"),
    ev("SUPPORT", ["GCC"], ["BHR", "QAT"], "2023-04-12", context=["diplomatic"],
       note="'GCC Secretary-General Jasem Mohamed Albudaiwi welcomed the agreement'"),
    ev("SUPPORT", ["GCC"], ["SAU"], "2023-04-12", context=["diplomatic"], optional=True,
       note="'He also commended the Kingdom of Saudi Arabia for hosting the meetings'"),
    ev("SANCTION", ["BHR", "SAU", "ARE", "EGY"], ["QAT"], "2017-06", ["discontinue"], ["diplomatic"], aux=H,
       note="'Bahrain severed its relations with Qatar in June 2017, together with Saudi Arabia, the United Arab Emirates and Egypt'"),
]))

DOCS.append(("g11_az_president_putin_call", "2024-12-28", [
    ev("CONSULT", ["AZE", "RUS"], [], "2024-12-28", ["phone"], ["diplomatic"], initiator="RUS",
       note="'On December 28, President ... Ilham Aliyev received a phone call from President ... Vladimir Putin'"),
    ev("CONCEDE", ["RUS"], ["AZE"], "2024-12-28", context=["diplomatic"], alt=["SUPPORT"],
       note="'Vladimir Putin apologized for the fact that the tragic incident ... had occurred in Russian airspace' (apology)"),
    ev("SUPPORT", ["RUS"], ["AZE"], "2024-12-28", context=["diplomatic"], optional=True,
       note="'once again expressed his deep condolences to the families of the victims'"),
    ev("ACCUSE", ["AZE"], ["RUS"], "2024-12-28", ["allege"], ["military"],
       note="Aliyev 'noted that the aircraft ... had been subjected to external physical and technical interference over Russian territory'"),
    ev("ASSAULT", ["RUS"], ["AZE"], "2024-12-25", context=["military"], aux=H, optional=True,
       note="the alleged 'external physical and technical interference' with the flight of December 25 (attribution implicit)"),
    ev("AGREE", ["AZE", "RUS"], [], "2024-12-28", context=["legal"], optional=True,
       note="'The heads of state stressed the importance of close cooperation between the investigating authorities of Azerbaijan, Russia and Kazakhstan'"),
]))

DOCS.append(("g12_kw_kuna_syria_pledging", "2015-03-31", [
    ev("CONSULT", ["KWT", "UN"], [], "2015-03-31", ["multilateral"], ["human_security"],
       note="'the Third International Humanitarian Pledging Conference for Syria at Bayan Palace'; 'co-chaired by His Highness the Amir and UN Secretary-General Ban Ki-moon'"),
    ev("AGREE", ["KWT"], ["SYR"], "2015-03-31", context=["human_security"], alt=["AID"],
       note="'announced on Tuesday a donation of USD 500 million from the State of Kuwait to ease the humanitarian suffering of the Syrian people' (pledge)"),
    ev("AID", ["KWT"], ["SYR"], None, context=["human_security"], aux=H,
       note="'the State of Kuwait had paid in full the USD 300 million and USD 500 million it pledged' in 2013 and 2014 (two years -> null)"),
    ev("SUPPORT", ["UN"], ["KWT"], "2015-03-31", context=["human_security"],
       note="'Secretary-General Ban thanked His Highness the Amir for Kuwait's generosity and for hosting the conference'"),
]))

# ---------------------------------------------------------------- wire stories

DOCS.append(("g13_wire_saudi_canada", "2018-08-06", [
    ev("SANCTION", ["SAU"], ["CAN"], "2018-08-05", ["expel", "withdraw", "discontinue"], ["diplomatic", "economic"],
       note="'expelled Canada's ambassador, recalled its own envoy and frozen all new trade and investment'; statement 'issued late on Sunday' gave Horak 24 hours"),
    ev("ACCUSE", ["SAU"], ["CAN"], "2018-08-05", ["disapprove"], ["diplomatic", "human_rights"],
       note="'described Canada's position as \"a blatant interference in the kingdom's internal affairs\"' (late on Sunday)"),
    ev("ACCUSE", ["CAN"], ["SAU"], None, ["disapprove"], ["human_rights"], aux=H,
       note="'days after Canada's foreign ministry said it was \"gravely concerned\" about a new wave of arrests' (days before -> null)"),
    ev("REQUEST", ["CAN"], ["SAU"], None, ["yield"], ["human_rights"], aux=H,
       note="'and urged the Saudi authorities to release them immediately'"),
    ev("COERCE", ["SAU"], ["SAU"], None, ["arrest"], ["human_rights", "gender", "repression"], aux=H,
       note="'a new wave of arrests of civil society and women's rights activists in the kingdom, including Samar Badawi'"),
    ev("REJECT", ["CAN"], ["SAU"], "2018-08-06", context=["human_rights"], alt=["ACCUSE"], optional=True,
       note="Freeland on Monday: 'Canada will always stand up for the protection of human rights' (not backing down)"),
]))

DOCS.append(("g14_wire_su24_shootdown", "2015-11-24", [
    ev("ASSAULT", ["TUR"], ["RUS"], "2015-11-24", ["aerial"], ["military"],
       note="'Turkish F-16 fighter jets shot down a Russian Su-24 bomber near the Syrian border on Tuesday'"),
    ev("ACCUSE", ["TUR"], ["RUS"], "2015-11-24", ["allege"], ["military", "territory"],
       note="'Ankara said the plane had violated Turkish airspace and ignored ten warnings'"),
    ev("ASSAULT", ["SYR"], ["RUS"], "2015-11-24", ["firearms"], ["military"],
       note="'One of the pilots was shot dead from the ground by Syrian Turkmen fighters' (rebels -> SYR)"),
    ev("ACCUSE", ["RUS"], ["TUR"], "2015-11-24", ["disapprove"], ["military", "terrorism"],
       note="Putin 'called the incident \"a stab in the back, delivered by the accomplices of terrorists\"'"),
    ev("THREATEN", ["RUS"], ["TUR"], "2015-11-24", ["relations"], ["diplomatic"],
       note="'warned that it would have \"serious consequences\" for Russia's relations with Turkey'"),
    ev("REJECT", ["RUS"], ["TUR"], "2015-11-24", ["meet"], ["diplomatic"], alt=["SANCTION"],
       note="'Foreign Minister Sergei Lavrov cancelled a visit to Turkey planned for Wednesday'"),
    ev("CONSULT", ["NATO", "TUR"], [], "2015-11-24", ["multilateral"], ["military"], initiator="TUR",
       note="'NATO ambassadors held an extraordinary meeting in Brussels later on Tuesday at Turkey's request'"),
]))

DOCS.append(("g15_wire_kerch_strait", "2018-11-26", [
    ev("COERCE", ["UKR"], ["UKR"], "2018-11-26", ["martial-law"], ["military"],
       note="'Ukraine's parliament on Monday approved President Petro Poroshenko's request to impose martial law for 30 days'"),
    ev("REQUEST", ["UKR"], ["UKR"], None, context=["military"], optional=True,
       note="'President Petro Poroshenko's request to impose martial law' (to parliament; undated)"),
    ev("ASSAULT", ["RUS"], ["UKR"], "2018-11-25", ["firearms"], ["military", "territory"],
       note="'Russian border guards opened fire on three Ukrainian navy vessels'; 'rammed the tug and fired on the vessels' on Sunday"),
    ev("COERCE", ["RUS"], ["UKR"], "2018-11-25", ["seize", "arrest", "restrict"], ["military", "territory"],
       note="'and seized them'; 'all 24 crew members were detained'; 'Russia also blocked the strait by placing a tanker beneath the Crimean bridge'"),
    ev("ACCUSE", ["RUS"], ["UKR"], "2018-11-25", ["allege"], ["territory"],
       note="'Russia's FSB security service said on Sunday that the Ukrainian ships had illegally entered Russian territorial waters'"),
    ev("ACCUSE", ["UKR"], ["RUS"], "2018-11-26", ["disapprove"], ["military"],
       note="'Poroshenko said on Monday the attack was an act of aggression'"),
    ev("CONSULT", ["UNSC"], [], "2018-11-26", ["multilateral"], ["military", "territory"], initiator="RUS",
       note="'The U.N. Security Council met on Monday at Russia's request'"),
    ev("REQUEST", ["NATO"], ["RUS"], "2018-11-26", ["yield"], ["military"],
       note="'NATO called on Russia to release the sailors and the ships immediately' (story about Monday)"),
]))

DOCS.append(("g16_wire_khashoggi", "2018-10-20", [
    ev("ASSAULT", ["SAU"], ["SAU"], "2018-10-02", ["targeted"], ["human_rights", "rights_freedoms"], aux=H,
       note="'journalist Jamal Khashoggi was killed inside its consulate in Istanbul, saying he died in a \"fistfight\" there on Oct. 2' (Saudi journalist -> SAU)"),
    ev("CONCEDE", ["SAU"], ["TUR"], "2018-10-20", context=["human_rights"], optional=True,
       note="'Saudi Arabia acknowledged early Saturday that journalist Jamal Khashoggi was killed' (admission; addressee unclear)"),
    ev("COERCE", ["SAU"], ["SAU"], None, ["arrest"], ["legal"],
       note="'The Saudi public prosecutor said 18 Saudi nationals had been detained over the death' (detention undated)"),
    ev("SUPPORT", ["USA"], ["SAU"], "2018-10-19", context=["diplomatic"],
       note="'President Donald Trump said late on Friday that he found the Saudi explanation credible and called the arrests \"a good first step\"'"),
    ev("ACCUSE", ["TUR"], ["SAU"], None, ["allege"], ["human_rights"],
       note="'Turkey, which has said it has evidence that Khashoggi was killed by a team sent from Riyadh' (undated)"),
    ev("AGREE", ["TUR"], [], None, context=["legal"], optional=True,
       note="'pledged to reveal whatever happened' (no addressee)"),
    ev("REQUEST", ["UN"], ["SAU"], None, ["change"], ["legal", "human_rights"], optional=True,
       note="'Guterres called for a prompt, thorough and transparent investigation' (addressee implicit)"),
]))

DOCS.append(("g17_wire_karabakh_2020", "2020-09-27", [
    ev("ASSAULT", ["AZE"], ["ARM"], "2020-09-27", ["aerial", "heavy-weapons"], ["military", "territory"],
       note="'Azerbaijan had launched air and artillery attacks on civilian settlements, including the regional capital Stepanakert'; Baku's 'counter-offensive' (Armenian side as recipient, as the text frames it)"),
    ev("ASSAULT", ["ARM"], ["AZE"], "2020-09-27", ["aerial", "heavy-weapons"], ["military", "territory"],
       note="'Armenian forces had shot down two helicopters and three drones'; 'Armenian shelling of Azerbaijani villages'"),
    ev("COERCE", ["ARM"], ["ARM"], "2020-09-27", ["martial-law"], ["military"],
       note="'Armenia declared martial law'"),
    ev("MOBILIZE", ["ARM"], ["AZE"], "2020-09-27", ["troops"], ["military"],
       note="'and ordered a total military mobilisation' (adversary as recipient, as dev3 e35)"),
    ev("COERCE", ["AZE"], ["AZE"], "2020-09-27", ["martial-law", "curfew"], ["military"],
       note="'Azerbaijan imposed martial law and a curfew in several cities'"),
    ev("SUPPORT", ["TUR"], ["AZE"], "2020-09-27", context=["military"], alt=["AGREE"],
       note="'Erdogan pledged Ankara's full support to Azerbaijan'"),
    ev("ACCUSE", ["TUR"], ["ARM"], "2020-09-27", ["disapprove"], ["military"],
       note="'and called Armenia the biggest threat to peace in the region'"),
    ev("COOPERATE", ["TUR"], ["AZE"], None, context=["military"], aux=H, alt=["AID"],
       note="'Turkey has supplied armed drones to the Azerbaijani military' (arms transfer, undated)"),
    ev("REQUEST", ["RUS"], ["ARM", "AZE"], "2020-09-27", ["change"], ["military"],
       note="'Russia called on both sides to cease fire immediately'"),
]))

DOCS.append(("g18_wire_nk_nuclear_test", "2017-09-03", [
    ev("MOBILIZE", ["PRK"], [], "2017-09-03", ["weapons"], ["cbrn", "military"],
       note="'North Korea conducted its sixth and most powerful nuclear test on Sunday' (as heldout h20's test: no recipient)"),
    ev("ACCUSE", ["KOR"], ["PRK"], "2017-09-03", ["disapprove"], ["cbrn"],
       note="Moon 'called the test an \"absurd strategic mistake\"'"),
    ev("REQUEST", ["KOR"], ["UNSC"], "2017-09-03", ["assist"], ["cbrn"], alt=["AGREE"], optional=True,
       note="'said Seoul would push for the strongest possible punishment at the U.N. Security Council'"),
    ev("ACCUSE", ["JPN"], ["PRK"], "2017-09-03", ["disapprove"], ["cbrn"],
       note="Abe 'called it \"absolutely unacceptable\"'"),
    ev("ACCUSE", ["CHN"], ["PRK"], "2017-09-03", ["disapprove"], ["cbrn"],
       note="'China's foreign ministry said Beijing \"strongly condemns\" the test'"),
    ev("ACCUSE", ["USA"], ["PRK"], "2017-09-03", ["disapprove"], ["cbrn"],
       note="Trump: North Korea's words and actions 'continue to be very hostile and dangerous'"),
    ev("ACCUSE", ["USA"], ["KOR"], "2017-09-03", ["disapprove"], ["diplomatic"],
       note="'He also chided South Korea, writing that its \"talk of appeasement\" with Pyongyang would not work'"),
    ev("THREATEN", ["USA"], ["PRK"], "2017-09-03", ["violence"], ["military"],
       note="Mattis 'warned that any threat to the United States or its allies would be met with \"a massive military response\"'"),
]))

DOCS.append(("g19_wire_israel_uae", "2020-08-13", [
    ev("AGREE", ["ISR", "ARE"], [], "2020-08-13", context=["diplomatic"], alt=["SUPPORT"],
       note="'Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations'"),
    ev("CONCEDE", ["ISR"], ["PSE"], "2020-08-13", context=["territory"], alt=["AGREE"],
       note="'under which Israel will suspend its plans to annex parts of the occupied West Bank' (West Bank -> PSE)"),
    ev("CONCEDE", ["ISR"], ["ARE"], "2020-08-13", context=["territory"], alt=["AGREE"], optional=True,
       note="the same suspension as Israel's side of the deal with the UAE (recipient defensible either way)"),
    ev("CONSULT", ["USA", "ISR", "ARE"], [], "2020-08-13", ["phone"], ["diplomatic"],
       note="'Trump announced the agreement after a three-way telephone call with ... Netanyahu and ... Mohammed bin Zayed'"),
    ev("ACCUSE", ["PSE"], ["ARE"], "2020-08-13", ["disapprove"], ["diplomatic"], alt=["REJECT"],
       note="'The Palestinian leadership rejected the deal, calling it a \"betrayal\" of Jerusalem and the Palestinian cause'"),
    ev("SANCTION", ["PSE"], ["ARE"], "2020-08-13", ["withdraw"], ["diplomatic"],
       note="'announced it was recalling its ambassador from the UAE with immediate effect'"),
    ev("SUPPORT", ["EGY"], ["ISR", "ARE"], "2020-08-13", context=["diplomatic"],
       note="'Egyptian President Abdel Fattah al-Sisi welcomed the accord on Thursday'"),
]))

DOCS.append(("g20_wire_sudan_bashir", "2019-04-11", [
    ev("COERCE", ["SDN"], ["SDN"], "2019-04-11", ["arrest", "curfew", "restrict"], ["political_institutions", "military"],
       note="'Sudan's military overthrew and arrested President Omar al-Bashir on Thursday'; 'a three-month state of emergency, a night-time curfew, the closure of the country's airspace'"),
    ev("REJECT", ["SDN"], ["SDN"], "2019-04-11", context=["political_institutions"],
       note="'The Sudanese Professionals Association ... rejected the military council'"),
    ev("REQUEST", ["SDN"], ["SDN"], "2019-04-11", ["change"], ["political_institutions", "pro_democracy"],
       note="'and demanded that power be handed to a civilian transitional government'"),
    ev("PROTEST", ["SDN"], ["SDN"], "2019-04-11", ["demo"], ["pro_democracy"],
       note="'Thousands of protesters remained at the sit-in outside the defence ministry in Khartoum after the curfew began'"),
    ev("ACCUSE", ["AU"], ["SDN"], "2019-04-11", ["disapprove"], ["political_institutions"],
       note="Faki 'said a military takeover was not the appropriate response to the challenges facing Sudan' (story about Thursday)"),
]))

DOCS.append(("g21_wire_mali_coup", "2020-08-19", [
    ev("COERCE", ["MLI"], ["MLI"], "2020-08-18", ["arrest"], ["political_institutions", "military"],
       note="'hours after mutinous soldiers detained him and Prime Minister Boubou Cisse at gunpoint' (Tuesday)"),
    ev("RETREAT", ["MLI"], ["MLI"], "2020-08-18", ["resign"], ["political_institutions"],
       note="'Keita resigned and dissolved parliament shortly before midnight on Tuesday'"),
    ev("AGREE", ["MLI"], ["MLI"], "2020-08-19", context=["election"], alt=["CONCEDE"],
       note="'The soldiers ... said early on Wednesday that they would organise general elections within a \"reasonable\" time'"),
    ev("SANCTION", ["ECOWAS"], ["MLI"], "2020-08-18", ["discontinue"], ["political_institutions", "economic"],
       note="'ECOWAS on Tuesday suspended Mali from its decision-making bodies, closed its members' land and air borders with the country and halted financial flows' (border closure folded in, as dev4 f24)"),
    ev("SANCTION", ["AU"], ["MLI"], "2020-08-19", ["discontinue"], ["political_institutions"],
       note="'The African Union suspended Mali on Wednesday'"),
    ev("ACCUSE", ["FRA"], ["MLI"], None, ["disapprove"], ["political_institutions"],
       note="'French President Emmanuel Macron condemned the mutiny' (no day; story spans two days -> null)"),
]))

DOCS.append(("g22_wire_us_cuba", "2014-12-17", [
    ev("AGREE", ["USA", "CUB"], [], "2014-12-17", context=["diplomatic"], alt=["SUPPORT", "CONCEDE"],
       note="'The United States and Cuba agreed on Wednesday to restore diplomatic relations broken off in 1961'"),
    ev("SANCTION", ["USA"], ["CUB"], "1961", ["discontinue"], ["diplomatic"], aux=H, optional=True,
       note="'diplomatic relations broken off in 1961' (who broke them is not said; the US did)"),
    ev("RETREAT", ["CUB"], ["USA"], "2014-12-17", ["release"], ["human_rights", "intelligence"],
       note="'Cuba freed Gross ... on humanitarian grounds, and released a U.S. intelligence agent'"),
    ev("RETREAT", ["USA"], ["CUB"], "2014-12-17", ["release"], ["intelligence"],
       note="'In exchange, the United States released three Cubans convicted of spying in Florida'"),
    ev("CONSULT", ["USA", "CUB"], [], "2014-12-16", ["phone"], ["diplomatic"],
       note="'Obama and Cuban President Raul Castro spoke by phone on Tuesday'"),
    ev("SUPPORT", ["USA", "CUB"], ["VAT", "CAN"], "2014-12-17", context=["diplomatic"],
       note="'Both leaders thanked Pope Francis and Canada' (Pope -> Holy See)"),
    ev("CONSULT", ["USA", "CUB", "CAN"], [], None, ["third-party"], ["diplomatic"], aux=H, optional=True,
       note="'Canada, which hosted more than a year of secret talks between the two sides' (undated)"),
    ev("AGREE", ["CUB"], ["USA"], "2014-12-17", context=["human_rights"], alt=["CONCEDE"],
       note="'Cuba also agreed to free 53 people Washington regards as political prisoners'"),
    ev("REQUEST", ["USA"], ["USA"], "2014-12-17", ["change"], ["economic", "legislative"], alt=["AGREE"], optional=True,
       note="'Obama said he would ask Congress to begin a debate on lifting the economic embargo' (announced intention)"),
]))

DOCS.append(("g23_wire_tigray_operation", "2020-11-04", [
    ev("ASSAULT", ["ETH"], ["ETH"], "2020-11", context=["military"],
       note="'Forces loyal to the Tigray People's Liberation Front (TPLF) attacked the Northern Command base in Mekelle' 'overnight' (night of 3-4 Nov -> month; TPLF -> ETH)"),
    ev("ACCUSE", ["ETH"], ["ETH"], "2020-11-04", ["allege", "disapprove"], ["military"],
       note="Abiy 'accusing its ruling party of attacking a federal army base'; 'The TPLF ... accused Abiy of preparing an invasion' (same key)"),
    ev("MOBILIZE", ["ETH"], ["ETH"], "2020-11-04", ["troops"], ["military"], alt=["ASSAULT"],
       note="'Abiy Ahmed ordered a military offensive in the northern Tigray region on Wednesday'"),
    ev("COERCE", ["ETH"], ["ETH"], "2020-11-04", ["martial-law", "censor"], ["military", "rights_freedoms"],
       note="'The government declared a six-month state of emergency in Tigray, and phone and internet services in the region were cut'"),
    ev("REQUEST", ["UN"], ["ETH"], "2020-11-04", ["change"], ["military"], optional=True,
       note="'Guterres called for an immediate de-escalation' (addressee implicit)"),
]))

DOCS.append(("g24_wire_shayrat_strike", "2017-04-07", [
    ev("ASSAULT", ["USA"], ["SYR"], "2017-04-07", ["aerial"], ["military", "cbrn"],
       note="'The United States fired 59 Tomahawk cruise missiles ... at the Shayrat air base in western Syria early on Friday'"),
    ev("ASSAULT", ["SYR"], ["SYR"], "2017-04-04", ["unconventional"], ["cbrn"], aux=H, optional=True,
       note="'a poison gas attack that killed more than 80 people in the rebel-held town of Khan Sheikhoun on Tuesday' (attributed by Trump only)"),
    ev("ACCUSE", ["USA"], ["SYR"], "2017-04-06", ["allege"], ["cbrn"],
       note="'Announcing the strike in Florida on Thursday night, President Donald Trump said ... Assad had launched the chemical attack'"),
    ev("ACCUSE", ["RUS"], ["USA"], "2017-04-07", ["disapprove"], ["military"],
       note="'The Kremlin called the strike an act of aggression against a sovereign state' (story about Friday)"),
    ev("SANCTION", ["RUS"], ["USA"], "2017-04-07", ["discontinue"], ["military"], alt=["REJECT"],
       note="'Russia's foreign ministry said on Friday it was suspending the memorandum on preventing incidents in Syrian airspace'"),
    ev("SUPPORT", ["RUS", "USA"], [], "2015", context=["military"], aux=H, optional=True,
       note="'the memorandum ... that it signed with Washington in 2015'"),
    ev("SUPPORT", ["GBR", "ISR", "SAU", "TUR"], ["USA"], "2017-04-07", context=["military"],
       note="'Britain, Israel, Saudi Arabia and Turkey voiced support for the U.S. action'"),
]))

DOCS.append(("g25_wire_turkey_coup", "2016-07-16", [
    ev("COERCE", ["TUR"], ["TUR"], "2016-07-16", ["arrest"], ["military", "legal", "repression"],
       note="'Turkish authorities detained nearly 3,000 soldiers and removed 2,745 judges from their posts on Saturday'"),
    ev("ASSAULT", ["TUR"], ["TUR"], "2016-07-15", ["aerial", "heavy-weapons"], ["military", "political_institutions"],
       note="'Rebel soldiers used tanks and attack helicopters on Friday night, and fighter jets bombed the parliament building'"),
    ev("PROTEST", ["TUR"], ["TUR"], "2016-07-15", ["demo"], ["political_institutions"],
       note="'Tens of thousands of people took to the streets to confront the soldiers' (Friday night)"),
    ev("REQUEST", ["TUR"], ["TUR"], "2016-07-15", context=["political_institutions"], optional=True,
       note="'after Erdogan called on them to do so in a video call broadcast on television'"),
    ev("ACCUSE", ["TUR"], ["TUR"], None, ["allege"], ["political_institutions"],
       note="'Erdogan blamed the U.S.-based cleric Fethullah Gulen' (Gulen -> TUR; no day)"),
    ev("REQUEST", ["TUR"], ["USA"], None, ["yield"], ["legal"],
       note="'and called on Washington to extradite him'"),
    ev("REJECT", ["TUR"], ["TUR"], None, context=["political_institutions"], alt=["ACCUSE"],
       note="'Gulen denied any involvement and condemned the attempt'"),
    ev("AGREE", ["USA"], ["TUR"], None, context=["legal"], aux=HYP, optional=True,
       note="Kerry: 'would consider an extradition request if Turkey presented evidence'"),
    ev("COERCE", ["GRC"], ["TUR"], None, ["arrest"], ["military", "asylum"],
       note="'Eight soldiers who fled to Greece in a military helicopter were arrested by Greek police' (undated)"),
    ev("REQUEST", ["TUR"], ["GRC"], None, ["yield"], ["legal"],
       note="'Ankara demanded that Athens send them back'"),
]))

DOCS.append(("g26_wire_ecuador_gangs", "2024-01-10", [
    ev("ASSAULT", ["ECU"], ["ECU"], "2024-01-09", ["abduct", "firearms"], ["crime", "terrorism"],
       note="'Masked gunmen burst into the studio of a public television station ... on Tuesday and took its staff hostage' (gang -> ECU)"),
    ev("MOBILIZE", ["ECU"], ["ECU"], "2024-01-09", ["troops"], ["crime", "military"], alt=["COERCE"],
       note="'Noboa's decree ordered the armed forces to \"neutralize\" 22 criminal gangs'"),
    ev("ACCUSE", ["ECU"], ["ECU"], "2024-01-09", ["allege"], ["terrorism", "crime"], optional=True,
       note="the decree 'designated [the gangs] as terrorist organizations'"),
    ev("COERCE", ["ECU"], ["ECU"], "2024-01", ["arrest", "curfew"], ["crime"],
       note="'Police freed the hostages and arrested 13 of the attackers' (Tue 9 Jan); 'A day earlier, Noboa had declared a 60-day state of emergency with a nightly curfew' (Mon 8 Jan) -> month"),
    ev("MOBILIZE", ["PER"], ["ECU"], "2024-01-09", ["police", "troops"], ["crime", "territory"], optional=True,
       note="'Peru declared an emergency along its northern border and sent police and soldiers there on Tuesday' (recipient implicit)"),
    ev("AGREE", ["USA"], ["ECU"], None, context=["crime"],
       note="'The United States said it was ready to provide assistance to Ecuador's government' (no day; doc dated the day after)"),
]))

# ---------------------------------------------------------------- short news

DOCS.append(("g27_short_singapore_summit", "2018-06-12", [
    ev("CONSULT", ["USA", "PRK"], [], "2018-06-12", ["third-party"], ["diplomatic", "cbrn"],
       note="'Trump and ... Kim Jong Un met on Sentosa island on Tuesday ... hosted by Singapore' (host, not mediator)"),
    ev("SUPPORT", ["USA", "PRK"], [], "2018-06-12", context=["cbrn", "diplomatic"], alt=["AGREE"],
       note="'The two signed a joint statement'"),
    ev("AGREE", ["PRK"], ["USA"], "2018-06-12", context=["cbrn"],
       note="'in which Kim committed to work towards the complete denuclearisation of the Korean peninsula'"),
    ev("CONCEDE", ["USA"], ["PRK"], "2018-06-12", context=["military"], alt=["AGREE"],
       note="'Trump said the United States would stop its \"war games\" with South Korea' (announced easing)"),
]))

DOCS.append(("g28_short_doklam", "2017-08-28", [
    ev("AGREE", ["IND", "CHN"], [], "2017-08-28", context=["military", "territory"], alt=["CONCEDE"],
       note="'India and China have agreed to an \"expeditious disengagement\" of their troops at Doklam, India's foreign ministry said on Monday'"),
    ev("RETREAT", ["IND"], ["CHN"], "2017-08-28", ["withdraw"], ["military", "territory"], alt=["CONCEDE"],
       note="'Indian troops ... pulled back from the face-off site on Monday, Beijing said'"),
    ev("MOBILIZE", ["IND"], ["CHN"], "2017-06", ["troops"], ["military", "territory"], aux=H, optional=True,
       note="'Indian troops, who moved in in June to stop Chinese soldiers from building a road'"),
]))

DOCS.append(("g29_short_gambia_ecowas", "2017-01-20", [
    ev("MOBILIZE", ["SEN"], ["GMB"], "2017-01-19", ["troops"], ["military", "political_institutions"], alt=["COERCE"],
       note="'Senegalese troops, backed by Nigerian and Ghanaian forces under an ECOWAS mandate, crossed into Gambia on Thursday' (the crossing force is Senegalese)"),
    ev("REJECT", ["GMB"], ["ECOWAS"], None, context=["political_institutions", "election"], optional=True,
       note="'Yahya Jammeh, who lost the December election, has refused to step down' (addressee implicit)"),
    ev("THREATEN", ["ECOWAS"], ["GMB"], None, ["violence"], ["political_institutions"],
       note="'West African leaders gave him until noon on Friday to leave power or be removed by force' (ultimatum undated)"),
    ev("CONSULT", ["GIN", "MRT"], ["GMB"], "2017-01-20", ["visit"], ["political_institutions"],
       note="'Condé and ... Abdel Aziz flew to Banjul on Friday morning in a last attempt to persuade him'"),
    ev("REQUEST", ["GIN", "MRT"], ["GMB"], "2017-01-20", ["yield"], ["political_institutions"], optional=True,
       note="'in a last attempt to persuade him' (to step down)"),
]))

DOCS.append(("g30_short_mugabe_resigns", "2017-11-21", [
    ev("RETREAT", ["ZWE"], ["ZWE"], "2017-11-21", ["resign"], ["political_institutions"],
       note="'Robert Mugabe resigned as Zimbabwe's president on Tuesday'"),
    ev("ACCUSE", ["ZWE"], ["ZWE"], "2017-11-21", ["investigate"], ["legislative"], optional=True,
       note="'parliament had begun proceedings to impeach him'"),
    ev("COERCE", ["ZWE"], ["ZWE"], "2017-11-15", ["seize", "arrest"], ["military", "political_institutions"], aux=H,
       note="'The army seized control of the country last Wednesday and placed the 93-year-old under house arrest' (Tue 21 -> Wed 15)"),
    ev("PROTEST", ["ZWE"], ["ZWE"], "2017-11-18", ["demo"], ["political_institutions"], aux=H,
       note="'On Saturday, tens of thousands of people marched through Harare demanding that he go'"),
    ev("REQUEST", ["ZWE"], ["ZWE"], "2017-11-18", ["change"], ["political_institutions"], optional=True,
       note="'demanding that he go' (folded into the march)"),
]))

DOCS.append(("g31_short_us_jcpoa_exit", "2018-05-08", [
    ev("SANCTION", ["USA"], ["IRN"], "2018-05-08", ["discontinue"], ["cbrn", "economic"], alt=["REJECT"],
       note="'the United States was withdrawing from the 2015 nuclear deal with Iran and would reimpose the sanctions it had lifted'"),
    ev("ACCUSE", ["USA"], ["IRN"], "2018-05-08", ["disapprove"], ["cbrn"],
       note="'calling the agreement \"decaying and rotten\"'"),
    ev("THREATEN", ["USA"], ["IRN"], "2018-05-08", context=["cbrn"],
       note="'He warned that if Iran restarted its nuclear programme it would have \"bigger problems than it has ever had before\"'"),
    ev("ACCUSE", ["FRA", "DEU", "GBR"], ["USA"], "2018-05-08", ["disapprove"], ["cbrn", "diplomatic"],
       note="'The leaders of France, Germany and Britain said they regretted the decision'"),
    ev("AGREE", ["IRN"], [], "2018-05-08", context=["cbrn"], optional=True,
       note="Rouhani: 'Iran would stay in the deal for now and hold talks with the other signatories' (signatories unnamed)"),
]))

DOCS.append(("g32_short_south_china_sea_ruling", "2016-07-12", [
    ev("REJECT", ["CHN"], ["PHL"], "2016-07-12", context=["territory", "legal"], alt=["ACCUSE"],
       note="'China said it \"neither accepts nor recognises\" a ruling'; 'the award, in a case brought by the Philippines in 2013, was \"null and void\"'"),
    ev("SUPPORT", ["PHL"], [], "2016-07-12", context=["legal", "territory"], optional=True,
       note="'Manila welcomed the ruling' (the tribunal is not an actor code)"),
    ev("ACCUSE", ["PHL"], ["CHN"], "2013", ["investigate"], ["legal", "territory"], aux=H, optional=True,
       note="'a case brought by the Philippines in 2013'"),
    ev("REQUEST", ["USA"], ["CHN", "PHL"], "2016-07-12", ["change"], ["legal", "territory"],
       note="'The United States urged both sides to comply with it'"),
]))

DOCS.append(("g33_short_pelosi_taiwan", "2022-08-05", [
    ev("SANCTION", ["CHN"], ["USA"], "2022-08-05", ["discontinue"], ["diplomatic", "military", "environment"],
       note="'China on Friday announced sanctions on U.S. House Speaker Nancy Pelosi ... and suspended cooperation with Washington on climate change and several military dialogue channels'"),
    ev("CONSULT", ["USA"], ["TWN"], "2022-08", ["visit"], ["diplomatic"], aux=H,
       note="'Pelosi arrived in Taipei on Tuesday night and met President Tsai Ing-wen on Wednesday' (2-3 Aug -> month)"),
    ev("THREATEN", ["CHN"], ["USA"], None, context=["diplomatic"], aux=H,
       note="'despite Beijing's warning that the U.S. would \"pay the price\"' (undated)"),
    ev("MOBILIZE", ["CHN"], ["TWN"], "2022-08-04", ["troops", "weapons"], ["military", "territory"],
       note="'The People's Liberation Army began its largest-ever drills around the island on Thursday, firing ballistic missiles'"),
    ev("ACCUSE", ["USA"], ["CHN"], "2022-08-04", ["disapprove"], ["military"],
       note="'The White House summoned China's ambassador, Qin Gang, on Thursday to condemn the drills'"),
]))

DOCS.append(("g34_short_beirut_conference", "2020-08-09", [
    ev("CONSULT", ["FRA", "UN"], [], "2020-08-09", ["multilateral", "phone"], ["disasters", "human_security"],
       note="'a video conference organised by France and the United Nations' on Sunday"),
    ev("AGREE", ["FRA", "UN"], ["LBN"], "2020-08-09", context=["disasters"], alt=["AID"], optional=True,
       note="'Donors pledged nearly 253 million euros in emergency aid for Lebanon' (donors not named beyond the organisers)"),
    ev("CONSULT", ["FRA"], ["LBN"], "2020-08-06", ["visit"], ["disasters"], aux=H,
       note="'Macron, who visited the ruined port on Thursday'"),
    ev("REQUEST", ["FRA"], ["LBN"], None, ["change"], ["political_institutions", "corruption"],
       note="'told Lebanese leaders they must carry out reforms' (not placed in a day)"),
    ev("AID", ["FRA"], ["LBN"], None, context=["disasters", "health"],
       note="'France has sent planes with rescuers, medical equipment and food since Wednesday' (ongoing -> null)"),
]))

DOCS.append(("g35_short_nepal_quake_aid", "2015-04-26", [
    ev("AID", ["IND"], ["NPL"], "2015-04-25", context=["disasters"],
       note="'Indian Air Force planes carrying disaster response teams and relief supplies began landing in Kathmandu within hours of Saturday's earthquake'"),
    ev("CONSULT", ["IND", "NPL"], [], "2015-04-25", ["phone"], ["disasters"],
       note="'Modi spoke to his Nepali counterpart Sushil Koirala by phone on Saturday'"),
    ev("AID", ["CHN"], ["NPL"], "2015-04-26", context=["disasters"],
       note="'A Chinese rescue team arrived on Sunday'"),
    ev("AID", ["PAK"], ["NPL"], None, context=["disasters", "health"], alt=["AGREE"],
       note="'Pakistan said it was sending four C-130 aircraft with a field hospital and search teams' (no day)"),
]))

DOCS.append(("g36_short_cyclone_idai", "2019-03-20", [
    ev("AID", ["IND"], ["MOZ"], "2019-03", context=["disasters", "health"],
       note="'Three Indian navy ships diverted to the port of Beira arrived on Monday and have rescued more than 190 people and set up medical camps' (Monday + since -> month)"),
    ev("AID", ["ZAF"], ["MOZ"], None, context=["disasters"],
       note="'South African military helicopters have been plucking survivors from rooftops and trees' (ongoing)"),
    ev("REQUEST", ["MOZ"], [], None, ["assist"], ["disasters"], optional=True,
       note="'President Filipe Nyusi has appealed for international help' (no addressee)"),
]))

DOCS.append(("g37_short_prespa_signing", "2018-06-17", [
    ev("SUPPORT", ["GRC", "MKD"], [], "2018-06-17", context=["diplomatic", "territory"], alt=["AGREE"],
       note="'The foreign ministers of Greece and Macedonia signed an agreement on Sunday on the shore of Lake Prespa'"),
    ev("CONSULT", ["GRC", "MKD"], [], "2018-06-17", context=["diplomatic"], optional=True,
       note="'in the presence of Prime Ministers Alexis Tsipras and Zoran Zaev' (the signing meeting)"),
    ev("AGREE", ["MKD"], ["GRC"], "2018-06-17", context=["diplomatic"], alt=["CONCEDE"],
       note="'under which Macedonia will rename itself the Republic of North Macedonia'"),
    ev("CONCEDE", ["GRC"], ["MKD"], "2018-06-17", context=["diplomatic"], alt=["AGREE"],
       note="'In return, Greece will lift its objection to its neighbour joining NATO and the European Union' (easing announced for later)"),
    ev("PROTEST", ["GRC"], ["GRC"], "2018-06-17", ["demo"], ["territory"],
       note="'hundreds of protesters who tried to break through a police cordon' in Pisoderi"),
    ev("ASSAULT", ["GRC"], ["GRC"], "2018-06-17", ["crowd-control"], ["repression"], alt=["COERCE"],
       note="'Greek police fired tear gas at hundreds of protesters'"),
]))

DOCS.append(("g38_short_ethiopia_eritrea", "2018-07-09", [
    ev("CONSULT", ["ETH"], ["ERI"], "2018-07-08", ["visit"], ["diplomatic"],
       note="'a day after Abiy arrived in Asmara on a historic visit' (Mon 9 -> Sun 8)"),
    ev("SUPPORT", ["ETH", "ERI"], [], "2018-07-09", context=["diplomatic", "territory"], alt=["AGREE"],
       note="'signed a joint declaration on Monday saying the \"state of war\" between their countries had ended'"),
    ev("AGREE", ["ETH", "ERI"], [], "2018-07-09", context=["diplomatic", "economic"],
       note="'The two sides agreed to reopen embassies, resume flights and restore trade and telephone links'"),
    ev("CONCEDE", ["ETH"], ["ERI"], "2018-06", context=["territory"], aux=H, alt=["AGREE"],
       note="'Last month, Abiy's government said Ethiopia would fully accept the 2000 peace agreement and the border ruling'"),
]))

DOCS.append(("g39_short_burkina_france", "2023-01-25", [
    ev("CONCEDE", ["FRA"], ["BFA"], "2023-01-25", context=["military"], alt=["AGREE", "RETREAT"],
       note="'France will withdraw its special forces from Burkina Faso within a month, the foreign ministry said on Wednesday'"),
    ev("SANCTION", ["BFA"], ["FRA"], "2023-01-23", ["discontinue"], ["military"], alt=["REJECT"],
       note="'Burkina Faso's government said on Monday it had terminated the 2018 agreement allowing French forces to be stationed'"),
    ev("REQUEST", ["BFA"], ["FRA"], "2023-01-23", ["change"], ["military"],
       note="'after the country's military government demanded their departure'; 'gave them one month to leave'"),
    ev("PROTEST", ["BFA"], ["FRA"], None, ["demo"], ["military"], aux=H,
       note="'months of protests in Ouagadougou against France's presence'"),
]))

DOCS.append(("g40_short_imamoglu_detained", "2025-03-19", [
    ev("COERCE", ["TUR"], ["TUR"], "2025-03-19", ["arrest", "restrict"], ["political_institutions", "repression", "corruption"],
       note="'Turkish police detained Istanbul mayor Ekrem Imamoglu ... in a dawn raid'; 'The Istanbul governor's office banned all demonstrations in the city for four days'"),
    ev("PROTEST", ["TUR"], ["TUR"], "2025-03-19", ["demo"], ["political_institutions"],
       note="'Thousands of people nonetheless gathered outside the city's police headquarters and at city hall'"),
    ev("ACCUSE", ["TUR"], ["TUR"], "2025-03-19", ["disapprove", "allege"], ["political_institutions", "corruption"],
       note="'The main opposition CHP called the detention \"a coup against our next president\"'; the detention 'on charges including corruption and aiding a terrorist group' (same key)"),
]))

DOCS.append(("g41_short_assad_flees", "2024-12-09", [
    ev("AID", ["RUS"], ["SYR"], "2024-12-08", context=["asylum"], alt=["COOPERATE"],
       note="'Assad and his family are in Moscow, where they have been granted asylum on humanitarian grounds, Russian news agencies said on Sunday' (granting asylum, CAMEO 075)"),
    ev("COERCE", ["SYR"], ["SYR"], "2024-12-08", ["seize"], ["military", "political_institutions"], alt=["ASSAULT"],
       note="'hours after rebel forces swept into Damascus and ended his family's five-decade rule' (rebels -> SYR)"),
    ev("CONCEDE", ["SYR"], ["SYR"], "2024-12-08", context=["political_institutions"], alt=["AGREE"],
       note="'Assad's prime minister ... said he was ready to hand over power to a government chosen by the people'"),
    ev("MOBILIZE", ["ISR"], ["SYR"], "2024-12-08", ["troops"], ["military", "territory"], alt=["COERCE"],
       note="'Israel said on Sunday it had sent troops into the demilitarised buffer zone on the Golan Heights'"),
]))

DOCS.append(("g42_short_duterte_arrest", "2025-03-12", [
    ev("COERCE", ["PHL"], ["PHL"], "2025-03-11", ["arrest"], ["legal", "human_rights", "illegal_drugs"],
       note="'Duterte was arrested at Manila's airport on Tuesday on his return from Hong Kong'"),
    ev("COOPERATE", ["PHL"], ["ICC"], "2025-03-11", context=["legal"], alt=["AGREE"],
       note="'He was put on a chartered plane to The Hague the same night' (handed to the ICC)"),
    ev("ACCUSE", ["ICC"], ["PHL"], None, ["allege"], ["legal", "human_rights"], aux=H, optional=True,
       note="'a warrant of the International Criminal Court accusing him of crimes against humanity'"),
]))

DOCS.append(("g43_short_poland_drones", "2025-09-10", [
    ev("ASSAULT", ["POL", "NLD"], ["RUS"], "2025-09-10", ["aerial"], ["military"], alt=["COERCE"],
       note="'Polish and allied aircraft shot down Russian drones that violated Polish airspace overnight'; 'Dutch F-35s took part'"),
    ev("ASSAULT", ["RUS"], ["POL"], "2025-09-10", ["drone"], ["military", "territory"], alt=["MOBILIZE"], optional=True,
       note="'Russian drones that violated Polish airspace overnight'"),
    ev("ACCUSE", ["POL"], ["RUS"], "2025-09-10", ["disapprove"], ["military"],
       note="Tusk 'calling the incursion a large-scale provocation'"),
    ev("REQUEST", ["POL"], ["NATO"], "2025-09-10", ["meet"], ["military"], alt=["CONSULT"],
       note="'Poland asked for consultations under Article 4 of NATO's founding treaty'"),
    ev("REJECT", ["RUS"], ["POL"], "2025-09-10", context=["military"], alt=["ACCUSE"],
       note="'Russia's defence ministry said it had not planned to strike any targets in Poland' (denial)"),
]))

DOCS.append(("g44_short_navalny_sanctions", "2020-10-15", [
    ev("SANCTION", ["EU"], ["RUS"], "2020-10-15", ["discontinue"], ["human_rights", "cbrn"],
       note="'The European Union imposed asset freezes and travel bans on Thursday on six senior Russian officials'"),
    ev("ASSAULT", ["RUS"], ["RUS"], "2020-08", ["unconventional"], ["cbrn", "repression"], aux=H, optional=True,
       note="'the poisoning of opposition politician Alexei Navalny with a Novichok nerve agent in August' (attribution implicit)"),
    ev("REJECT", ["RUS"], ["EU"], None, context=["cbrn"], alt=["ACCUSE"], optional=True,
       note="'Moscow has denied any role in the poisoning' (undated, addressee implicit)"),
    ev("THREATEN", ["RUS"], ["EU"], None, ["restrict"], ["diplomatic"],
       note="'Foreign Minister Sergei Lavrov said Russia would respond in kind' (no day)"),
]))

DOCS.append(("g45_short_golan_recognition", "2019-03-25", [
    ev("SUPPORT", ["USA"], ["ISR"], "2019-03-25", context=["territory"],
       note="'Trump on Monday signed a proclamation recognising Israel's sovereignty over the Golan Heights'"),
    ev("CONSULT", ["ISR"], ["USA"], "2019-03-25", ["visit"], ["diplomatic"],
       note="'with Israeli Prime Minister Benjamin Netanyahu at his side at the White House'"),
    ev("ACCUSE", ["SYR"], ["USA"], "2019-03-25", ["disapprove"], ["territory"],
       note="'Syria's foreign ministry called the move a \"blatant attack\" on its sovereignty'"),
    ev("REJECT", ["EU"], ["ISR"], "2019-03-25", context=["territory"], alt=["ACCUSE"], optional=True,
       note="'The European Union said it does not recognise Israeli sovereignty over the territory' (standing position)"),
]))

DOCS.append(("g46_short_japan_korea_comfort_women", "2015-12-28", [
    ev("CONSULT", ["JPN"], ["KOR"], "2015-12-28", ["visit"], ["diplomatic", "human_rights"],
       note="'Visiting Foreign Minister Fumio Kishida ... after talks with his counterpart Yun Byung-se in Seoul'"),
    ev("AGREE", ["JPN", "KOR"], [], "2015-12-28", context=["human_rights", "gender"], alt=["SUPPORT"],
       note="'Japan and South Korea agreed on Monday to \"finally and irreversibly\" resolve the issue'"),
    ev("CONCEDE", ["JPN"], ["KOR"], "2015-12-28", context=["human_rights", "gender"], alt=["SUPPORT"],
       note="Kishida 'conveyed Prime Minister Shinzo Abe's \"most sincere apologies and remorse\"'"),
    ev("AGREE", ["JPN"], ["KOR"], "2015-12-28", context=["human_rights", "gender"], alt=["AID"],
       note="'said Tokyo would contribute 1 billion yen ($8.3 million) to a foundation to support the surviving victims'"),
    ev("AGREE", ["KOR"], ["JPN"], "2015-12-28", context=["diplomatic"], alt=["CONCEDE"],
       note="'Seoul said it would try to address Japan's concern over a statue of a girl in front of the Japanese embassy'"),
]))

DOCS.append(("g47_short_aukus", "2021-09-17", [
    ev("SANCTION", ["FRA"], ["USA", "AUS"], "2021-09-17", ["withdraw"], ["diplomatic"],
       note="'France recalled its ambassadors to the United States and Australia on Friday'"),
    ev("SANCTION", ["AUS"], ["FRA"], None, ["discontinue"], ["military", "economic"], aux=H, alt=["REJECT"],
       note="'Canberra's decision to scrap a multibillion-dollar order for French submarines' (undated in the text)"),
    ev("ACCUSE", ["FRA"], ["AUS"], None, ["disapprove"], ["military", "diplomatic"], aux=H,
       note="'Le Drian had accused Australia of \"a stab in the back\" over the deal' (no day)"),
    ev("AGREE", ["USA", "GBR"], ["AUS"], "2021-09-15", context=["military"], aux=H, alt=["COOPERATE"],
       note="'Under the AUKUS pact, the United States and Britain will help Australia build at least eight nuclear-powered submarines'; 'the deal, which was announced on Wednesday'"),
    ev("SUPPORT", ["USA", "GBR", "AUS"], [], "2021-09-15", context=["military"], aux=H, optional=True,
       note="'a new security pact with Washington and London' announced on Wednesday"),
]))

DOCS.append(("g48_short_gulf_of_oman_drill", "2019-12-27", [
    ev("COOPERATE", ["IRN", "RUS", "CHN"], [], "2019-12-27", context=["military"],
       note="'Iran, Russia and China began four days of joint naval exercises in the Indian Ocean and the Gulf of Oman on Friday'"),
]))

DOCS.append(("g49_short_leopards_ukraine", "2023-03-28", [
    ev("COOPERATE", ["DEU"], ["UKR"], None, context=["military"], alt=["AID"],
       note="'The first 18 German Leopard 2 battle tanks have arrived in Ukraine, Defence Minister Boris Pistorius said on Monday'; crews 'trained ... in Germany' (delivery undated)"),
    ev("COOPERATE", ["GBR"], ["UKR"], None, context=["military"], alt=["AID"],
       note="'Britain's Challenger 2 tanks have also been delivered, the Ukrainian defence ministry said'"),
]))


if __name__ == "__main__":
    write_gold(DOCS, os.path.join(HERE, ".."))

#!/usr/bin/env python3
"""Writes eval/dev7/gold.jsonl from the hand-coded events below.

The events were coded by hand from the documents in docs/ following
/work/shared/SPEC.md and the conventions of eval/heldout/README.md,
eval/dev2/README.md ... eval/dev6/README.md, without reading the coder's
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

E3 = ["GBR", "FRA", "DEU"]
AES = ["MLI", "BFA", "NER"]

DOCS = []

# ---------------------------------------------------------------- government readouts / statements

DOCS.append(("j01_hr_mvep_russian_staff", "2022-04-11", [
    ev("ACCUSE", ["HRV"], ["RUS"], "2022-04-11", ["disapprove", "allege"], ["diplomatic", "military", "human_rights"],
       note="'today summoned the Ambassador of the Russian Federation'; 'because of the brutal military aggression ... and the crimes committed against civilians in Bucha'; 'activities of its members that were contrary to the Vienna Convention'"),
    ev("SANCTION", ["HRV"], ["RUS"], "2022-04-11", ["expel"], ["diplomatic"],
       note="'eighteen diplomats and six members of the administrative and technical staff ... are to leave the Republic of Croatia'"),
    ev("ASSAULT", ["RUS"], ["UKR"], None, context=["military", "human_rights"], aux=H, optional=True,
       note="'the brutal military aggression of the Russian Federation against Ukraine and the crimes committed against civilians in Bucha' (recalled, undated)"),
    ev("REQUEST", ["HRV"], ["RUS"], "2022-04-11", ["yield"], ["military"],
       note="'calls on Russia to stop the war immediately and to withdraw its troops from the whole territory of Ukraine'"),
    # negative: 'Croatia is not breaking off diplomatic relations' (no event)
]))

DOCS.append(("j02_si_mzz_israeli_ministers", "2025-07-17", [
    ev("SANCTION", ["SVN"], ["ISR"], "2025-07-17", ["discontinue"], ["diplomatic", "human_rights"],
       note="'today adopted a decision banning the entry into Slovenia of ... Itamar Ben-Gvir, and ... Bezalel Smotrich' (entry ban, as SPEC's visa bans)"),
    ev("ACCUSE", ["SVN"], ["ISR"], "2025-07-17", ["allege", "disapprove"], ["human_rights", "human_security"],
       note="'the two ministers had with their genocidal statements incited extreme violence and serious violations of the human rights of Palestinians'; 'strongly condemns the continued killing of civilians ... and the obstruction of humanitarian aid'"),
    ev("REQUEST", ["SVN"], ["ISR"], "2025-07-17", ["change"], ["human_security", "military"],
       note="'calls on the Israeli Government to allow the unhindered entry of humanitarian assistance and to agree to an immediate ceasefire'"),
    ev("SUPPORT", ["SVN"], ["PSE"], "2024-06", context=["diplomatic", "territory"], aux=H,
       note="'Slovenia recognised the State of Palestine in June last year'"),
    ev("AGREE", ["SVN"], ["PSE"], "2025-07-17", context=["territory"], alt=["SUPPORT"], optional=True,
       note="'will continue to support a two-state solution' (standing position)"),
    ev("THREATEN", ["SVN"], ["ISR"], "2025-07-17", ["restrict"], ["military"], alt=["SANCTION"],
       note="'The Government will consider further measures, including an arms embargo, should the situation not improve' (conditional)"),
    # negative: 'the European Union has not been able to agree on common measures' (no event)
]))

DOCS.append(("j03_tn_presidency_eu_funds", "2023-10-02", [
    ev("REJECT", ["TUN"], ["EU"], "2023-10-02", ["assist"], ["economic", "migration"], alt=["ACCUSE"],
       note="'Tunisia does not accept what the European Commission announced in the past days concerning financial support'; 'does not accept anything that resembles charity'; 'will not be a border guard for other countries'"),
    ev("ACCUSE", ["TUN"], ["EU"], "2023-10-02", ["disapprove"], ["economic"], optional=True,
       note="'considering that the amount is derisory and contrary to the spirit of the memorandum' (folded into the rejection)"),
    ev("SUPPORT", ["TUN", "EU"], [], "2023-07-16", context=["economic", "migration"], aux=H,
       note="'the memorandum on a strategic and comprehensive partnership was signed on 16 July'"),
    ev("CONSULT", ["EU", "ITA", "NLD"], ["TUN"], "2023-07-16", ["visit"], ["diplomatic"], aux=H, optional=True,
       note="'signed in Tunis ... in the presence of ... von der Leyen, ... Meloni, and ... Rutte' (visit implied)"),
    # negative: Saied receiving his own foreign minister is a domestic meeting (no event)
]))

DOCS.append(("j04_sn_armed_forces_french_bases", "2025-07-17", [
    ev("RETREAT", ["FRA"], ["SEN"], "2025", ["withdraw"], ["military"],
       note="'The French Armed Forces this morning handed over Camp Geille ... and the aviation facility'; 'the departure of the last French soldiers'; 'The handover ... began in March' (17 July and March merged -> year)"),
    ev("SANCTION", ["SEN"], ["FRA"], "2024", ["discontinue"], ["military"], aux=H, alt=["REQUEST"],
       note="'the decision announced by the President ... at the end of last year that there would no longer be foreign military bases on Senegalese soil' (as dev6 i39 revoking military cooperation)"),
    ev("AGREE", ["SEN"], ["FRA"], "2025-07-17", context=["military"], optional=True,
       note="Cissé: 'the two armies would continue to cooperate in other forms'"),
]))

DOCS.append(("j05_uy_presidency_mercosur_eu", "2024-12-06", [
    ev("AGREE", ["MERCOSUR", "EU"], [], "2024-12-06", context=["economic"], alt=["SUPPORT"],
       note="'Mercosur and the European Union today announced the conclusion of the negotiations on a partnership agreement'"),
    ev("CONSULT", ["URY", "BRA", "ARG", "PRY", "EU"], [], "2024-12-06", ["multilateral", "visit"], ["economic", "diplomatic"],
       note="'at the summit of the bloc held in Montevideo'; Lacalle Pou with Lula, Milei, Peña and von der Leyen, 'who travelled to the Uruguayan capital'"),
    ev("CONSULT", ["EU"], ["URY"], "2024-12-06", ["visit"], ["economic"], optional=True,
       note="von der Leyen 'travelled to the Uruguayan capital for the occasion' (the visit alone)"),
    ev("SUPPORT", ["URY"], ["EU"], "2024-12-06", context=["economic"],
       note="'President Lacalle Pou thanked the European delegation and the negotiating teams'"),
    ev("SUPPORT", ["EU"], ["MERCOSUR"], "2024-12-06", context=["economic"], optional=True,
       note="'Von der Leyen described the day as historic and said the partnership would bring benefits to both sides'"),
    ev("REJECT", ["FRA"], ["EU", "MERCOSUR"], "2024-12-06", context=["economic"], alt=["ACCUSE"],
       note="'the French presidency said the same day that the text remained unacceptable in its current form' (rejects the deal of the two blocs)"),
]))

DOCS.append(("j06_np_mofa_lipulekh", "2025-08-20", [
    ev("REJECT", ["NPL"], ["IND", "CHN"], "2025-08-20", context=["territory"], alt=["ACCUSE"],
       note="'The attention of the Government of Nepal has been drawn to the agreement reached between ... India and ... China to resume border trade through Lipulekh Pass'; 'Limpiyadhura, Lipulekh and Kalapani ... are integral parts of Nepal' (objection to both parties' agreement)"),
    ev("AGREE", ["IND", "CHN"], [], None, context=["economic", "territory"], aux=H,
       note="'the agreement reached between the Government of India and the Government of ... China to resume border trade through Lipulekh Pass' (undated)"),
    ev("REQUEST", ["NPL"], ["IND"], None, ["change"], ["territory"], aux=H,
       note="'has already urged the Government of India not to carry out any activities such as road construction, expansion or border trade in this area' (undated)"),
    ev("CONSULT", ["NPL", "CHN"], [], None, context=["territory"], aux=H, optional=True,
       note="'China has also been informed that this area is Nepal's territory' (passive, undated)"),
    ev("AGREE", ["NPL"], ["IND"], "2025-08-20", context=["territory", "diplomatic"],
       note="'remains committed to resolving the boundary issue with India through diplomatic channels and dialogue'"),
]))

DOCS.append(("j07_uz_presidency_putin_visit", "2024-05-27", [
    ev("CONSULT", ["RUS"], ["UZB"], "2024-05-27", ["visit"], ["diplomatic", "economic"], initiator="UZB",
       note="'held negotiations today with President of the Russian Federation Vladimir Putin, who arrived in our country the evening before on a state visit at the invitation of the Head of our state'"),
    ev("SUPPORT", ["UZB", "RUS"], [], "2024-05-27", context=["economic", "technology"],
       note="'the Heads of State signed a Joint Statement'; 'documents was also exchanged, including an agreement on the construction of a small-capacity nuclear power plant'"),
    ev("AGREE", ["RUS"], ["UZB"], "2024-05-27", context=["technology", "economic"], optional=True,
       note="agreement on the construction of a nuclear plant 'by the Rosatom corporation' (future commitment implied by the signed agreement)"),
    ev("COOPERATE", ["RUS"], ["UZB"], None, context=["economic", "natural_resource"], aux=H,
       note="'Russian natural gas has been delivered to Uzbekistan through Kazakhstan since last October' (ongoing -> null)"),
    ev("AGREE", ["UZB", "RUS"], [], "2024-05-27", context=["economic"], alt=["SUPPORT"],
       note="'The Presidents agreed to further expand cooperation in industry, energy and the training of personnel'"),
]))

DOCS.append(("j08_rw_minaffet_belgium", "2025-03-17", [
    ev("SANCTION", ["RWA"], ["BEL"], "2025", ["discontinue", "expel"], ["diplomatic", "economic"],
       note="'decision to sever diplomatic relations with effect from today'; 'All Belgian diplomats ... are required to leave the country within 48 hours'; 'Last month, Rwanda already suspended its bilateral development cooperation with Belgium' (17 March and February merged -> year)"),
    ev("ACCUSE", ["RWA"], ["BEL"], "2025-03-17", ["allege", "disapprove"], ["diplomatic", "military"],
       note="'Belgium has clearly taken sides in a regional conflict'; 'using lies and manipulation'; 'neocolonial reflexes'"),
    ev("SANCTION", ["BEL"], ["RWA"], None, ["discontinue"], ["economic"], aux=H, optional=True,
       note="'Belgium lobbied multilateral lenders and the European Union to withhold financing from Rwanda' (Rwanda's allegation)"),
    ev("AGREE", ["RWA"], ["BEL"], "2025-03-17", context=["diplomatic"], optional=True,
       note="'Rwanda will protect its premises and the property of the Belgian Embassy'"),
]))

DOCS.append(("j09_iq_mofa_zakho", "2022-07-21", [
    ev("ASSAULT", ["TUR"], ["IRQ"], "2022-07-20", ["heavy-weapons"], ["military", "human_rights"], optional=True,
       note="'the Turkish artillery shelling that targeted a tourist resort in the Zakho district ... yesterday afternoon, killing nine civilians' (attributed by Iraq only; Turkey blames terrorists -> optional, as dev6 i12)"),
    ev("ACCUSE", ["IRQ"], ["TUR"], "2022-07-21", ["disapprove"], ["military", "human_rights", "diplomatic"],
       note="'condemns in the strongest terms the Turkish artillery shelling'; 'to summon the Turkish Ambassador ... and to hand him a strongly worded protest note'; 'The Ambassador was received at the Ministry this morning'"),
    ev("SANCTION", ["IRQ"], ["TUR"], "2022-07-20", ["withdraw"], ["diplomatic"],
       note="'the Government decided [yesterday evening] ... to recall the Iraqi chargé d'affaires from Ankara for consultations'"),
    ev("REQUEST", ["IRQ"], ["UNSC"], "2022-07-20", context=["military", "legal"], aux=FUT, optional=True,
       note="'and to submit a complaint to the United Nations Security Council' (decided, not yet done)"),
    ev("REJECT", ["IRQ"], ["TUR"], "2022-07-21", context=["military"], alt=["ACCUSE"],
       note="'The Ministry rejects the claims of the Turkish Ministry of Foreign Affairs that terrorist organisations were behind the attack'"),
    ev("REJECT", ["TUR"], ["IRQ"], None, context=["military"], alt=["ACCUSE"], optional=True,
       note="'the claims of the Turkish Ministry ... that terrorist organisations were behind the attack' (Turkey's denial, undated)"),
    ev("REQUEST", ["IRQ"], ["TUR"], "2022-07-21", ["yield", "change"], ["military", "territory"],
       note="'demands that the Turkish Government present an official apology and withdraw its military forces from all Iraqi territory'"),
    # 'counterparts in several Arab countries expressing their solidarity': unnamed actors, no event
]))

DOCS.append(("j10_do_presidency_haiti_border", "2023-09-15", [
    ev("COERCE", ["DOM"], ["HTI"], "2023-09", ["restrict"], ["territory", "natural_resource", "migration"],
       note="'The land, sea and air borders ... were completely closed at six o'clock this morning'; 'Earlier this week, the Government had ... closed the Dajabón crossing' (15 Sept and earlier this week merged -> month)"),
    ev("SANCTION", ["DOM"], ["HTI"], "2023-09", ["discontinue"], ["migration", "diplomatic"], aux=H,
       note="'Earlier this week, the Government had already suspended the issuing of visas to Haitian citizens' (week of 11 Sept -> month)"),
    ev("ACCUSE", ["DOM"], ["HTI"], "2023-09-14", ["allege"], ["natural_resource", "territory", "legal"],
       note="'announced last night by President Luis Abinader in an address'; 'the construction, on the Haitian side, of a canal ... in violation of the 1929 Treaty'"),
    ev("MOBILIZE", ["DOM"], ["HTI"], None, ["troops"], ["military", "territory"],
       note="'The Armed Forces have reinforced their presence along the border' (undated)"),
    ev("AGREE", ["DOM"], ["HTI"], "2023-09-14", context=["diplomatic"], optional=True,
       note="'The Dominican Republic remains open to dialogue, the President said'"),
    ev("REQUEST", ["DOM"], ["HTI"], "2023-09-14", ["change"], ["natural_resource"], optional=True,
       note="'the measures will remain in force until the works on the canal are stopped' (implicit demand)"),
]))

DOCS.append(("j11_cu_minrex_terror_list", "2021-01-12", [
    ev("SANCTION", ["USA"], ["CUB"], "2021-01-11", ["discontinue"], ["terrorism", "diplomatic"], alt=["ACCUSE"],
       note="'the decision of the Government of the United States, announced yesterday by Secretary of State Mike Pompeo, to include Cuba again in the unilateral list of countries that supposedly sponsor terrorism'"),
    ev("REJECT", ["CUB"], ["USA"], "2021-01-12", context=["terrorism"], alt=["ACCUSE"],
       note="'energetically rejects the decision'; 'has never sponsored it'"),
    ev("ACCUSE", ["CUB"], ["USA"], "2021-01-12", ["disapprove", "allege"], ["terrorism", "diplomatic"],
       note="'a cynical and hypocritical act by a discredited administration'; 'terrorist acts, many of them organised from United States territory'; 'politically motivated'"),
    ev("ACCUSE", ["USA"], ["CUB"], "2021-01-11", ["allege"], ["terrorism"], aux=H, optional=True,
       note="'The pretext invoked, the presence in Cuba of members of the peace delegation of the National Liberation Army' (the US charge, as Cuba reports it)"),
    ev("CONSULT", ["CUB", "COL"], [], None, ["third-party"], ["terrorism", "diplomatic"], aux=H, optional=True,
       note="'the peace talks, of which Cuba was a guarantor at the request of the Colombian Government' (ELN and Bogotá -> COL; undated)"),
]))

DOCS.append(("j12_na_presidency_genocide", "2021-05-28", [
    ev("CONCEDE", ["DEU"], ["NAM"], "2021-05-28", context=["reparations", "human_rights"], alt=["SUPPORT"],
       note="'Germany officially recognises the atrocities ... as genocide and asks Namibia and the descendants of the victims for forgiveness' (apology -> CONCEDE alt SUPPORT, as dev5/dev6)"),
    ev("AGREE", ["DEU"], ["NAM"], "2021-05-28", context=["reparations", "economic"], alt=["AID"],
       note="'Germany has undertaken ... to make available 1.1 billion Euros over thirty years'; the Federal President 'is expected to offer an official apology'"),
    ev("SUPPORT", ["NAM"], ["DEU"], "2021-05-28", context=["reparations"],
       note="'Geingob welcomes the acknowledgement of genocide by Germany as a first step in the right direction'"),
    ev("ASSAULT", ["DEU"], ["NAM"], None, context=["human_rights", "religion_ethnicity"], aux=H, optional=True,
       note="'the atrocities committed against the Ovaherero and Nama peoples between 1904 and 1908' (several years -> null)"),
    ev("CONSULT", ["NAM", "DEU"], [], None, context=["reparations", "diplomatic"], aux=H, optional=True,
       note="'the negotiations, conducted by special envoys of the two Governments since 2015'"),
    ev("REJECT", ["NAM"], ["DEU"], None, context=["reparations"], alt=["ACCUSE"],
       note="'Some traditional leaders of the Ovaherero and Nama communities have rejected the agreement, saying the amount offered is insufficient' (leaders -> NAM; undated)"),
    ev("REQUEST", ["NAM"], ["NAM"], "2021-05-28", context=["reparations"], optional=True,
       note="'The Presidency calls on all Namibians to engage in the parliamentary process'"),
]))

DOCS.append(("j13_sk_government_mig29", "2023-03-17", [
    ev("AGREE", ["SVK"], ["UKR"], "2023-03-17", context=["military"], alt=["AID"],
       note="'today approved the donation of thirteen MiG-29 fighter aircraft ... to Ukraine'; 'the aircraft would be handed over in the coming weeks' (decided, not yet delivered -> AGREE alt AID)"),
    ev("SUPPORT", ["SVK"], ["UKR"], "2023-03-17", context=["military"], optional=True,
       note="Heger: 'Ukraine is defending itself, and we are helping it'"),
    ev("AGREE", ["EU", "USA"], ["SVK"], "2023-03-17", context=["military", "economic"], optional=True,
       note="'Slovakia would receive compensation from the European Union and military material from the United States' (as Naď reports it)"),
    ev("AGREE", ["POL"], ["UKR"], "2023-03-16", context=["military"], aux=H, alt=["AID"],
       note="'The Polish President announced a day earlier that Poland would send four MiG-29 aircraft to Ukraine'"),
    ev("COOPERATE", ["CZE", "POL"], ["SVK"], None, context=["military"],
       note="'the airspace of Slovakia remains protected by allied fighters of the Czech Republic and Poland under a NATO arrangement' (ongoing -> null)"),
]))

DOCS.append(("j14_pa_presidency_rubio", "2025-02-02", [
    ev("CONSULT", ["USA"], ["PAN"], "2025-02-02", ["visit"], ["diplomatic", "territory"],
       note="'received today at the Palacio de las Garzas the Secretary of State of the United States, Marco Rubio'"),
    ev("REJECT", ["PAN"], ["USA"], "2025-02-02", context=["territory"],
       note="'the sovereignty of Panama over the Canal is not in question and is not subject to negotiation'"),
    ev("ACCUSE", ["USA"], ["CHN"], "2025-02-02", ["disapprove"], ["territory", "economic"], optional=True,
       note="'conveyed the concern of President Donald Trump over the influence of China in the area of the Canal'"),
    ev("THREATEN", ["USA"], ["PAN"], "2025-02-02", context=["territory"],
       note="'warned that the United States would take the measures necessary to protect its rights under the treaty if there were no immediate changes'"),
    ev("SANCTION", ["PAN"], ["CHN"], "2025-02-02", ["discontinue"], ["economic", "diplomatic"], alt=["REJECT"],
       note="'Panama will not renew the memorandum of understanding on the Belt and Road Initiative signed with China in 2017' (leaving an agreement, as dev5's JCPOA exit)"),
    ev("AGREE", ["PAN"], ["USA"], "2025-02-02", context=["migration", "diplomatic"],
       note="'Panama is ready to expand cooperation on migration'; 'invited the United States to hold technical talks'"),
    ev("COOPERATE", ["USA"], ["PAN"], None, context=["migration"], aux=H, alt=["AID"],
       note="'the deportation flights from Panama that the United States has financed since last year' (ongoing -> null)"),
    ev("REQUEST", ["PAN"], ["USA"], "2025-02-02", ["meet"], ["diplomatic"], optional=True,
       note="'The President invited the United States to hold technical talks' (invitation; merged into AGREE above)"),
]))

# ---------------------------------------------------------------- wire stories

DOCS.append(("j15_wire_bulgaria_expels_70", "2022-06-28", [
    ev("SANCTION", ["BGR"], ["RUS"], "2022-06-28", ["expel"], ["diplomatic", "intelligence"],
       note="'Bulgaria is expelling 70 Russian diplomats and embassy staff over suspected espionage, Prime Minister Kiril Petkov said on Tuesday'"),
    ev("ACCUSE", ["BGR"], ["RUS"], "2022-06-28", ["allege"], ["intelligence"],
       note="'over suspected espionage'; 'the people concerned had worked against Bulgaria's interests'"),
    ev("THREATEN", ["RUS"], ["BGR"], "2022-06-28", ["relations"], ["diplomatic"],
       note="Mitrofanova 'said she would ask President Vladimir Putin to close the embassy in Bulgaria'; Zakharova: 'Moscow would respond'"),
    ev("ACCUSE", ["RUS"], ["BGR"], "2022-06-28", ["disapprove"], ["diplomatic"],
       note="'She called the expulsions an unprecedented hostile act'"),
    ev("REJECT", ["RUS"], ["BGR"], "2022-06-28", context=["intelligence"], alt=["ACCUSE"],
       note="Zakharova 'said the accusations against the diplomats were absurd'"),
    ev("SANCTION", ["RUS"], ["BGR"], "2022-04", ["discontinue"], ["economic", "natural_resource"], aux=H,
       note="'In April, Gazprom halted gas supplies to Bulgaria' (Gazprom -> RUS)"),
    ev("REJECT", ["BGR"], ["RUS"], "2022-04", ["yield"], ["economic"], aux=H, optional=True,
       note="'after Sofia refused to pay in roubles'"),
    # negative: the lost no-confidence vote (domestic parliamentary procedure, no event)
]))

DOCS.append(("j16_wire_albania_iran_ties", "2022-09-07", [
    ev("SANCTION", ["ALB"], ["IRN"], "2022-09-07", ["discontinue", "expel"], ["diplomatic", "cyber"],
       note="'Albania severed diplomatic ties with Iran on Wednesday and ordered Iranian diplomats and embassy staff to leave within 24 hours'"),
    ev("ACCUSE", ["ALB"], ["IRN"], "2022-09-07", ["allege"], ["cyber"],
       note="Rama 'said the July 15 attack had been orchestrated and sponsored by Iran'"),
    ev("COERCE", ["IRN"], ["ALB"], "2022-07-15", ["cyber"], ["cyber"], aux=H,
       note="'a major cyberattack on government systems in July'; 'the July 15 attack ... had aimed to paralyse public services and steal data' (found by Albania's investigation and condemned by the US; Iran denies)"),
    ev("ACCUSE", ["USA"], ["IRN"], "2022-09-07", ["disapprove"], ["cyber"],
       note="'The White House said the United States strongly condemned Iran's cyberattack against a NATO ally'"),
    ev("THREATEN", ["USA"], ["IRN"], "2022-09-07", context=["cyber"], alt=["SANCTION"],
       note="'and would take further action to hold Tehran accountable'"),
    ev("REJECT", ["IRN"], ["ALB"], "2022-09-07", context=["cyber"], alt=["ACCUSE"],
       note="Kanaani 'rejected the accusation as baseless'"),
    ev("ACCUSE", ["IRN"], ["ALB"], "2022-09-07", ["disapprove"], ["diplomatic"],
       note="'and said Tehran condemned Albania's decision'"),
    ev("AID", ["ALB"], ["IRN"], None, context=["asylum"], aux=H, alt=["COOPERATE"], optional=True,
       note="'Albania has hosted several thousand members of the exiled opposition group Mujahideen-e-Khalq since 2013' (shelter, as dev6's asylum; ongoing)"),
]))

DOCS.append(("j17_wire_bolivia_coup_attempt", "2024-06-26", [
    ev("MOBILIZE", ["BOL"], ["BOL"], "2024-06-26", ["troops"], ["military", "political_institutions"],
       note="'Soldiers and armored vehicles took up positions in La Paz's main square on Wednesday and an armored vehicle rammed the door of the government palace'"),
    ev("ACCUSE", ["BOL"], ["BOL"], "2024-06-26", ["disapprove", "allege"], ["political_institutions"],
       note="Arce 'denounced as an attempted coup'; Zúñiga 'claimed Arce himself had asked him to stage the operation'"),
    ev("REQUEST", ["BOL"], ["BOL"], "2024-06-26", ["yield", "change"], ["military", "political_institutions"],
       note="'Arce confronted him ... and ordered him to withdraw his soldiers'; Zúñiga: the army wanted to 'restructure democracy' and free political prisoners"),
    ev("RETREAT", ["BOL"], ["BOL"], "2024-06-26", ["withdraw"], ["military"],
       note="'Within hours the troops pulled back'; 'who ordered the troops back to their barracks'"),
    ev("COERCE", ["BOL"], ["BOL"], "2024-06-26", ["arrest"], ["political_institutions", "legal"],
       note="'Zúñiga was detained on Wednesday evening'"),
    ev("REJECT", ["BOL"], ["BOL"], "2024-06-26", context=["political_institutions"], alt=["ACCUSE"],
       note="'an allegation the government rejected as a lie'"),
    ev("ACCUSE", ["BRA", "CHL"], ["BOL"], "2024-06-26", ["disapprove"], ["pro_democracy", "political_institutions"],
       note="'Leaders across the region, including Brazil's Luiz Inácio Lula da Silva and Chile's Gabriel Boric, condemned the uprising'"),
    ev("SUPPORT", ["BRA", "CHL"], ["BOL"], "2024-06-26", context=["pro_democracy"],
       note="'and expressed support for Bolivia's constitutional order'"),
]))

DOCS.append(("j18_wire_georgia_eu_protests", "2024-12-01", [
    ev("PROTEST", ["GEO"], ["GEO"], "2024-11", ["demo", "riot", "obstruct"], ["pro_democracy", "political_institutions"],
       note="'thousands of protesters outside parliament, the third straight night'; 'demonstrators threw fireworks at police lines and built barricades' (28-30 Nov -> month)"),
    ev("ASSAULT", ["GEO"], ["GEO"], "2024-11-30", ["crowd-control"], ["repression"],
       note="'Georgian riot police fired water cannon and tear gas late on Saturday'"),
    ev("COERCE", ["GEO"], ["GEO"], "2024", ["arrest"], ["repression"],
       note="'more than 100 people had been detained since Thursday' (28 Nov - 1 Dec -> year)"),
    ev("REJECT", ["GEO"], ["EU"], "2024-11-28", ["meet"], ["political_institutions", "diplomatic"], alt=["SANCTION"],
       note="'Kobakhidze announced on Thursday that his Georgian Dream party would not put the question of opening accession talks on the agenda until the end of 2028'"),
    ev("ACCUSE", ["GEO"], ["GEO"], None, ["allege"], ["political_institutions"],
       note="'Kobakhidze blamed the opposition for the violence' (no day)"),
    ev("THREATEN", ["GEO"], ["GEO"], None, ["arrest"], ["repression"],
       note="'and vowed that those responsible would be punished' (no day)"),
    ev("SANCTION", ["USA"], ["GEO"], "2024-11-30", ["discontinue"], ["diplomatic", "pro_democracy"],
       note="'On Saturday the United States suspended its strategic partnership with Georgia'"),
    ev("ACCUSE", ["USA"], ["GEO"], "2024-11-30", ["disapprove"], ["pro_democracy"],
       note="Miller: 'the decision to halt EU integration was a betrayal of the Georgian constitution'"),
    ev("REJECT", ["GEO"], ["GEO"], None, context=["political_institutions"], optional=True,
       note="Zourabichvili 'said she would not leave office when her term ends this month'"),
]))

DOCS.append(("j19_wire_nepal_genz_protests", "2025-09-09", [
    ev("RETREAT", ["NPL"], ["NPL"], "2025-09", ["resign"], ["executive", "political_institutions"],
       note="'Oli resigned on Tuesday'; 'Home Minister Ramesh Lekhak resigned the same evening' [Monday] (8 and 9 Sept merged -> month)"),
    ev("PROTEST", ["NPL"], ["NPL"], "2025-09", ["demo", "riot", "vandalize"], ["corruption", "rights_freedoms"],
       note="'protesters torched the parliament building and the homes of political leaders'; 'crowds protesting against a social media ban and corruption' (8-9 Sept -> month)"),
    ev("ASSAULT", ["NPL"], ["NPL"], "2025-09-08", ["firearms"], ["repression"],
       note="'a day after police fired on crowds ..., killing at least 19 people'"),
    ev("COERCE", ["NPL"], ["NPL"], "2025-09", ["censor", "curfew"], ["rights_freedoms", "technology"],
       note="'the government blocked 26 social media platforms ... last Thursday'; 'Despite an indefinite curfew in the capital' (4 Sept and curfew -> month)"),
    ev("CONCEDE", ["NPL"], ["NPL"], "2025-09-08", context=["rights_freedoms"], alt=["RETREAT"],
       note="'The government lifted the ban late on Monday'"),
    ev("MOBILIZE", ["NPL"], ["NPL"], "2025-09-09", ["troops"], ["military"],
       note="'soldiers were deployed in the streets of Kathmandu late on Tuesday'"),
    ev("REQUEST", ["NPL"], ["NPL"], "2025-09-09", context=["military"], optional=True,
       note="'Army chief Ashok Raj Sigdel appealed for calm in a televised address'"),
    # negative: 'Social media posts claiming that Oli had fled ... could not be verified' (rumour)
]))

DOCS.append(("j20_wire_doha_strike", "2025-09-09", [
    ev("ASSAULT", ["ISR"], ["PSE"], "2025-09-09", ["aerial", "targeted"], ["military", "terrorism"],
       note="'Israel carried out an airstrike on Tuesday on a building in Doha where senior Hamas leaders had gathered' (Hamas -> PSE)"),
    ev("ASSAULT", ["ISR"], ["QAT"], "2025-09-09", ["aerial"], ["military"], optional=True,
       note="'the first Israeli attack on the territory of the Gulf state'; a Qatari security member died (the same strike seen as an attack on Qatar)"),
    ev("ACCUSE", ["QAT"], ["ISR"], "2025-09-09", ["disapprove"], ["military", "terrorism"],
       note="'Sheikh Mohammed ... called the attack \"state terrorism\"'"),
    ev("THREATEN", ["QAT"], ["ISR"], "2025-09-09", ["violence"], ["military"],
       note="'and said Qatar reserved the right to respond'"),
    ev("ACCUSE", ["USA"], ["ISR"], "2025-09-09", ["disapprove"], ["military"],
       note="'Trump said he was \"very unhappy\" about the strike'"),
    ev("AGREE", ["USA"], ["QAT"], "2025-09-09", context=["military"],
       note="'had assured Qatar's emir that such a thing would not happen again on Qatari soil'"),
    ev("CONSULT", ["USA", "QAT"], [], "2025-09-09", ["phone"], ["military"], optional=True,
       note="'The White House said it had informed Qatar beforehand'; 'the call came while the explosions were already being heard'"),
    ev("REJECT", ["QAT"], ["USA"], "2025-09-09", context=["military"], alt=["ACCUSE"],
       note="'which Doha denied'"),
]))

DOCS.append(("j21_wire_el_fasher", "2025-10-28", [
    ev("RETREAT", ["SDN"], ["SDN"], "2025-10", ["withdraw"], ["military"],
       note="'Burhan said on Monday his forces had withdrawn from the city of El Fasher to a safer location' (withdrawal from the RSF -> SDN; the day of the withdrawal itself is not given -> month)"),
    ev("COERCE", ["SDN"], ["SDN"], "2025-10-26", ["seize"], ["military", "territory"],
       note="'The RSF said on Sunday it had taken control of the headquarters of the army's 6th Infantry Division' (RSF -> SDN; the siege's blocked food deliveries are the same key and are not a separate event)"),
    ev("ASSAULT", ["SDN"], ["SDN"], None, ["heavy-weapons", "drone"], ["military", "human_security"], aux=H,
       note="'an 18-month siege during which its fighters had shelled the city with artillery and drones' (months -> null)"),
    ev("THREATEN", ["SDN"], ["SDN"], "2025-10-27", ["violence"], ["military"],
       note="'Burhan vowed in a televised address that the army would retake the city and avenge its people'"),
    ev("ACCUSE", ["SDN"], ["SDN"], None, ["allege"], ["human_rights"],
       note="'The army-aligned Joint Forces accused the RSF of killing more than 2,000 unarmed civilians' (no day)"),
    ev("ACCUSE", ["UN"], ["SDN"], None, ["allege", "investigate"], ["human_rights"],
       note="'The U.N. human rights office said it had received reports of summary executions' (no day)"),
    ev("REJECT", ["SDN"], ["SDN"], None, context=["human_rights"], alt=["ACCUSE"],
       note="'The RSF denied targeting civilians'"),
    ev("AGREE", ["SDN"], ["SDN"], None, context=["human_security"], optional=True,
       note="'and said it would protect those who stayed' (RSF -> SDN)"),
    ev("REQUEST", ["UN"], ["SDN"], None, ["change"], ["military", "human_security"],
       note="'Guterres called for an immediate ceasefire and for safe passage for civilians' (the warring sides -> SDN; no day)"),
    # negatives: the reported killings themselves (reports, no actor confirmed); the aid agencies' conditional warning
]))

DOCS.append(("j22_wire_washington_arm_aze", "2025-08-09", [
    ev("CONSULT", ["ARM", "AZE"], ["USA"], "2025-08-08", ["third-party", "visit"], ["diplomatic", "territory"],
       note="'The leaders of Armenia and Azerbaijan met President Donald Trump at the White House on Friday'"),
    ev("SUPPORT", ["ARM", "AZE"], [], "2025-08-08", context=["territory", "diplomatic"],
       note="'signed a joint declaration committing to end their decades-long conflict, while their foreign ministers initialled the text of a peace treaty'"),
    ev("AGREE", ["ARM", "AZE"], [], "2025-08-08", context=["territory", "diplomatic"], alt=["SUPPORT"],
       note="'committing to end their decades-long conflict'; 'agreed to jointly ask the OSCE to dissolve the Minsk Group'"),
    ev("REQUEST", ["ARM", "AZE"], ["OSCE"], "2025-08-08", ["change"], ["diplomatic"], aux=FUT, optional=True,
       note="'agreed to jointly ask the OSCE to dissolve the Minsk Group' (the request itself still to be made)"),
    ev("AGREE", ["ARM"], ["USA"], "2025-08-08", context=["economic", "territory"],
       note="'Armenia will grant the United States development rights to a transit route through its southern Syunik province'"),
    ev("CONCEDE", ["USA"], ["AZE"], "2025-08-08", context=["military"], alt=["RETREAT", "COOPERATE"],
       note="'Trump also waived restrictions on U.S. defence cooperation with Azerbaijan' (easing a restriction)"),
    ev("SUPPORT", ["ARM", "AZE"], ["USA"], "2025-08-08", context=["diplomatic"],
       note="'Both leaders praised Trump and said they would jointly nominate him for the Nobel Peace Prize'"),
    ev("THREATEN", ["IRN"], ["ARM", "AZE", "USA"], "2025-08-09", context=["territory"], alt=["REJECT"], optional=True,
       note="'Iran ... warned on Saturday that it would oppose any project that changed the region's borders' (addressees implicit)"),
    ev("SUPPORT", ["RUS"], ["ARM", "AZE", "USA"], None, context=["diplomatic"], optional=True,
       note="'Russia's foreign ministry said it welcomed the meeting' (no day)"),
]))

DOCS.append(("j23_wire_istanbul_talks", "2025-05-16", [
    ev("CONSULT", ["RUS", "UKR", "TUR"], [], "2025-05-16", ["third-party"], ["military", "diplomatic"],
       note="'their first direct peace talks since March 2022'; 'The talks at Istanbul's Dolmabahçe Palace were hosted by Turkish Foreign Minister Hakan Fidan' (host included, as dev6 i35)"),
    ev("AGREE", ["RUS", "UKR"], [], "2025-05-16", context=["military", "human_rights"], alt=["CONCEDE"],
       note="'Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war each'"),
    ev("REQUEST", ["RUS"], ["UKR"], "2025-05-16", ["yield"], ["territory", "military"], optional=True,
       note="'A Ukrainian source said the Russian side had demanded that Ukraine withdraw its forces' (one side's account)"),
    ev("REJECT", ["UKR"], ["RUS"], "2025-05-16", ["yield"], ["territory"], optional=True,
       note="'which Kyiv called unacceptable' (depends on the reported demand)"),
    ev("AGREE", ["RUS"], ["UKR"], "2025-05-16", context=["diplomatic"],
       note="'Medinsky said Russia was satisfied with the result and ready to continue contacts'"),
    ev("REQUEST", ["UKR"], [], "2025-05-16", context=["economic"], optional=True,
       note="Zelenskiy 'called for tougher sanctions on Russia if Moscow rejected a full and unconditional ceasefire' (addressees not named)"),
    ev("CONSULT", ["USA", "TUR", "UKR"], [], "2025-05-16", context=["diplomatic"],
       note="'Earlier on Friday, U.S. Secretary of State Marco Rubio held talks in Istanbul with Turkish and Ukrainian officials'"),
    # negatives: 'failed to agree on a ceasefire'; Putin 'did not travel to Istanbul' (no events)
]))

DOCS.append(("j24_wire_gaza_hostages_released", "2025-10-13", [
    ev("RETREAT", ["PSE"], ["ISR"], "2025-10-13", ["release"], ["military", "human_rights"],
       note="'Hamas on Monday handed the 20 last living hostages held in Gaza to the Red Cross' (Hamas -> PSE)"),
    ev("RETREAT", ["ISR"], ["PSE"], "2025-10-13", ["release"], ["human_rights", "legal"],
       note="'and Israel began releasing nearly 2,000 Palestinian prisoners and detainees'"),
    ev("RETREAT", ["ISR", "PSE"], [], "2025-10-10", ["ceasefire"], ["military"], aux=H,
       note="'The ceasefire took effect on Friday'"),
    ev("CONSULT", ["USA"], ["ISR"], "2025-10-13", ["visit"], ["diplomatic"],
       note="'Trump, addressing Israel's Knesset'"),
    ev("CONSULT", ["USA", "EGY", "QAT", "TUR"], [], "2025-10-13", ["multilateral"], ["diplomatic", "military"],
       note="'He then flew to the Egyptian resort of Sharm el-Sheikh, where he, ... al-Sisi, ... Sheikh Tamim ... and ... Erdogan signed a document'"),
    ev("SUPPORT", ["USA", "EGY", "QAT", "TUR"], [], "2025-10-13", context=["military", "diplomatic"],
       note="'signed a document as guarantors of the agreement'"),
    ev("AGREE", ["PSE"], ["ISR"], "2025-10-13", context=["human_rights"],
       note="'Hamas said it would hand over the bodies of deceased hostages'"),
    # negative: 'Netanyahu did not attend the summit'
]))

DOCS.append(("j25_wire_iran_snapback", "2025-09-28", [
    ev("SANCTION", ["UNSC"], ["IRN"], "2025-09-27", ["discontinue"], ["cbrn", "economic"],
       note="'United Nations sanctions on Iran were reimposed late on Saturday'"),
    ev("ACCUSE", E3, ["IRN"], "2025-08-28", ["allege"], ["cbrn"], aux=H,
       note="'The three European powers started the 30-day process on Aug. 28, accusing Iran of breaching the 2015 nuclear deal'"),
    ev("REQUEST", ["RUS", "CHN"], ["UNSC"], "2025-09-26", context=["cbrn"], aux=H, optional=True,
       note="'A last-minute resolution by Russia and China to delay the step failed in the Security Council on Friday'"),
    ev("SANCTION", ["IRN"], E3, "2025-09-27", ["withdraw"], ["diplomatic"],
       note="'Iran recalled its ambassadors to Britain, France and Germany for consultations on Saturday'"),
    ev("REJECT", ["IRN"], ["UNSC"], None, context=["cbrn", "legal"], alt=["ACCUSE"],
       note="Araqchi 'said the reimposed measures were legally void and that Tehran would not recognise them' (no day)"),
    ev("THREATEN", ["IRN"], E3, None, context=["cbrn"],
       note="'warning the Europeans that Iran would respond firmly' (no day)"),
    ev("REQUEST", E3, ["IRN"], "2025-09-28", ["change"], ["cbrn"],
       note="'In a joint statement on Sunday, the foreign ministers of the three countries urged Iran to resume full cooperation with the International Atomic Energy Agency'"),
    ev("AGREE", E3, ["IRN"], "2025-09-28", context=["diplomatic"], optional=True,
       note="'and said diplomacy remained open'"),
]))

DOCS.append(("j26_wire_china_japan_takaichi", "2025-11-15", [
    ev("SANCTION", ["CHN"], ["JPN"], "2025-11-14", ["discontinue"], ["economic", "territory"], alt=["COERCE"],
       note="'China has urged its citizens to avoid travelling to Japan'; 'The advisory, issued ... late on Friday' (travel advisory as economic pressure)"),
    ev("ACCUSE", ["CHN"], ["JPN"], "2025-11", ["disapprove"], ["territory", "military"],
       note="the advisory: Japanese leaders 'had made \"blatantly provocative\" statements on Taiwan' (14 Nov); 'Sun Weidong summoned Japanese Ambassador Kenji Kanasugi on Thursday' (13 Nov) (merged -> month)"),
    ev("REQUEST", ["CHN"], ["JPN"], "2025-11-13", ["change"], ["territory"],
       note="'and demanded that Tokyo withdraw the statements'"),
    ev("REJECT", ["JPN"], ["CHN"], None, ["change"], ["territory"],
       note="'She has refused to retract the remarks' (ongoing)"),
    ev("THREATEN", ["JPN"], ["CHN"], "2025-11-07", ["violence"], ["military", "territory"], aux=HYP, optional=True,
       note="'Takaichi told parliament on Nov. 7 that a Taiwan emergency involving warships could constitute a \"survival-threatening situation\"' (conditional)"),
    ev("ACCUSE", ["JPN"], ["CHN"], "2025-11-14", ["disapprove"], ["diplomatic"],
       note="'Japan summoned China's ambassador Wu Jianghao on Friday to protest against a since-deleted social media post'"),
    ev("THREATEN", ["CHN"], ["JPN"], None, ["violence"], ["diplomatic"],
       note="Xue Jian 'had written that a \"dirty neck\" that stuck itself in should be cut off' (consul general -> CHN; no day)"),
    # negative: 'Analysts said Beijing could also restrict imports of Japanese seafood again' (hypothetical)
]))

DOCS.append(("j27_wire_aes_algeria_drone", "2025-04-07", [
    ev("SANCTION", ["DZA"], ["MLI", "NER"], "2025-04-07", ["withdraw"], ["diplomatic"],
       note="'Algeria on Monday recalled its ambassadors to Mali and Niger'"),
    ev("SANCTION", ["DZA"], ["MLI"], "2025-04-07", ["discontinue"], ["diplomatic", "military"],
       note="'and closed its airspace to flights to and from Mali' (flight ban, as dev6 i03)"),
    ev("SANCTION", AES, ["DZA"], "2025-04-06", ["withdraw"], ["diplomatic"],
       note="'a day after the three Sahel juntas withdrew their envoys from Algiers'"),
    ev("ASSAULT", ["DZA"], ["MLI"], "2025", ["aerial"], ["military", "territory"], aux=H,
       note="'Algeria had shot down the Malian army drone during the night of March 31 to April 1' (both sides agree it was downed; night across two months -> year)"),
    ev("ACCUSE", AES, ["DZA"], "2025-04-06", ["disapprove"], ["military"],
       note="'said on Sunday that Algeria had shot down the Malian army drone ... and called it a hostile act against the whole confederation'"),
    ev("ACCUSE", ["MLI"], ["DZA"], None, ["allege"], ["terrorism"],
       note="'Mali accused Algiers of sponsoring international terrorism' (no day)"),
    ev("SANCTION", ["MLI"], ["DZA"], None, ["discontinue"], ["military", "diplomatic"],
       note="'said it was withdrawing from a joint regional chiefs-of-staff committee'; 'Mali later announced it was closing its own airspace to Algerian aircraft' (no days)"),
    ev("ACCUSE", ["DZA"], ["MLI"], None, ["allege"], ["territory", "military"],
       note="'Algeria's defence ministry said the drone had violated its airspace by two kilometres in an offensive manner' (no day)"),
    ev("REJECT", ["DZA"], ["MLI"], None, context=["terrorism"], alt=["ACCUSE"],
       note="'The foreign ministry rejected Mali's accusations as baseless' (no day)"),
    ev("ACCUSE", ["DZA"], ["BFA", "NER"], None, ["disapprove"], ["diplomatic"],
       note="'and deplored the \"unfounded\" decision of Burkina Faso and Niger to recall their envoys' (no day)"),
    ev("SANCTION", ["DZA"], ["BFA"], "2025-04-07", ["withdraw"], ["diplomatic"], optional=True,
       note="'Algeria also postponed the arrival of its new ambassador in Ouagadougou'"),
]))

DOCS.append(("j28_wire_maldives_modi_remarks", "2024-01-08", [
    ev("ACCUSE", ["IND"], ["MDV"], "2024-01-08", ["disapprove"], ["diplomatic"],
       note="'India's foreign ministry summoned the Maldives' high commissioner on Monday over derogatory social media posts'"),
    ev("CONCEDE", ["MDV"], ["IND"], "2024-01-07", context=["diplomatic"], alt=["REJECT"],
       note="'the government in Male suspended the officials'; 'said on Sunday that the views were personal and did not represent its position'"),
    ev("ACCUSE", ["MDV"], ["IND"], None, ["disapprove"], ["diplomatic"], aux=H, optional=True,
       note="'The posts ... mocked Modi' (deputy ministers -> MDV; undated)"),
    ev("PROTEST", ["IND"], ["MDV"], None, ["boycott"], ["economic"],
       note="'Several Indian celebrities called on tourists to boycott the Maldives, and an Indian online travel company said it had suspended flight bookings' (undated)"),
    ev("CONSULT", ["MDV"], ["CHN"], "2024-01-08", ["visit"], ["diplomatic"], initiator="CHN",
       note="'President Mohamed Muizzu ... began a five-day state visit to China at the invitation of Beijing on Monday, and is due to meet President Xi Jinping'"),
]))

# ---------------------------------------------------------------- short news

DOCS.append(("j29_short_poland_krakow_consulate", "2025-05-12", [
    ev("SANCTION", ["POL"], ["RUS"], "2025-05-12", ["expel"], ["diplomatic"],
       note="'Poland will close Russia's consulate in Krakow'; 'Sikorski said he had withdrawn his consent for the consulate to operate'"),
    ev("ACCUSE", ["POL"], ["RUS"], "2025-05-12", ["allege"], ["intelligence", "crime"],
       note="'investigators concluded that Russian intelligence services ordered the fire that destroyed the Marywilska shopping centre'"),
    ev("ASSAULT", ["RUS"], ["POL"], "2024", ["destroy"], ["intelligence", "crime"], aux=H, optional=True,
       note="'the fire that destroyed the Marywilska shopping centre in Warsaw last year' (Poland's attribution only)"),
    ev("THREATEN", ["RUS"], ["POL"], "2025-05-12", ["relations"], ["diplomatic"],
       note="Zakharova 'said Moscow would respond appropriately' (the story is about Monday)"),
]))

DOCS.append(("j30_short_chagos_treaty", "2025-05-22", [
    ev("SUPPORT", ["GBR", "MUS"], [], "2025-05-22", context=["territory", "diplomatic"],
       note="'Starmer signed a treaty on Thursday'; 'Ramgoolam joined the signing ceremony by video link'"),
    ev("AGREE", ["GBR"], ["MUS"], "2025-05-22", context=["territory"], alt=["CONCEDE"],
       note="'transferring sovereignty over the Chagos Islands to Mauritius'; 'Britain will lease back the Diego Garcia military base for 99 years at an average cost of 101 million pounds a year'"),
    ev("AGREE", ["MUS"], ["GBR"], "2025-05-22", context=["military", "territory"], optional=True,
       note="the lease-back of Diego Garcia (Mauritius's side of the treaty)"),
    ev("COERCE", ["GBR"], ["GBR"], "2025-05-22", ["restrict"], ["legal"], optional=True,
       note="'a judge granted an injunction requested by two Chagossian women early in the morning; the High Court lifted it before noon'"),
    ev("SUPPORT", ["USA"], ["GBR", "MUS"], "2025-05-22", context=["territory"],
       note="'Rubio welcomed the treaty'"),
]))

DOCS.append(("j31_short_busan_trump_xi", "2025-10-30", [
    ev("CONSULT", ["USA", "CHN"], [], "2025-10-30", ["multilateral", "third-party"], ["economic"],
       note="'after meeting Chinese President Xi Jinping in Busan, South Korea, on Thursday, on the sidelines of the APEC summit'"),
    ev("CONCEDE", ["USA"], ["CHN"], "2025-10-30", context=["economic", "illegal_drugs"], alt=["AGREE"],
       note="'Trump said he would lower tariffs on Chinese goods linked to fentanyl from 20% to 10%' (announced easing)"),
    ev("CONCEDE", ["CHN"], ["USA"], "2025-10-30", context=["economic", "natural_resource", "technology"], alt=["AGREE"],
       note="'Beijing would suspend for one year the export controls on rare earths it announced this month'"),
    ev("AGREE", ["CHN"], ["USA"], "2025-10-30", context=["economic"],
       note="'Trump said China had agreed to resume large purchases of U.S. soybeans'"),
    ev("AGREE", ["USA"], ["CHN"], "2025-10-30", context=["diplomatic"],
       note="'said he would visit China in April'"),
    ev("SUPPORT", ["USA"], ["CHN"], "2025-10-30", context=["diplomatic"], optional=True,
       note="'Trump called the meeting \"amazing\"'"),
]))

DOCS.append(("j32_short_tariff_pause", "2025-04-09", [
    ev("CONCEDE", ["USA"], [], "2025-04-09", context=["economic"], optional=True,
       note="'a 90-day pause on the higher \"reciprocal\" tariffs ... for most U.S. trading partners' (partners not named)"),
    ev("SANCTION", ["USA"], ["CHN"], "2025-04-09", ["discontinue"], ["economic"],
       note="'while raising the tariff on Chinese imports to 125%'"),
    ev("SANCTION", ["CHN"], ["USA"], "2025-04-09", ["discontinue"], ["economic"],
       note="'Earlier on Wednesday China had said it would raise its own tariffs on U.S. goods to 84% from Thursday' (as dev4's counter-tariffs)"),
    ev("SANCTION", ["EU"], ["USA"], "2025-04-09", ["discontinue"], ["economic"],
       note="'European Union member states also approved their first countermeasures on Wednesday'"),
    # negative: 'Stocks on Wall Street surged'
]))

DOCS.append(("j33_short_petro_visa", "2025-09-27", [
    ev("SANCTION", ["USA"], ["COL"], "2025-09-26", ["discontinue"], ["diplomatic"],
       note="'The U.S. State Department said late on Friday it would revoke the visa of Colombian President Gustavo Petro'"),
    ev("ACCUSE", ["USA"], ["COL"], "2025-09-26", ["disapprove"], ["diplomatic"],
       note="'because of his \"reckless and incendiary actions\"'"),
    ev("REQUEST", ["COL"], ["USA"], None, ["change"], ["military"], aux=H,
       note="'after he told a pro-Palestinian rally ... to urge U.S. soldiers to disobey Donald Trump's orders' (no day)"),
    ev("ACCUSE", ["COL"], ["USA"], None, ["allege"], ["legal", "diplomatic"],
       note="'Petro said the decision violated the immunity of heads of state' (no day; Friday/Saturday)"),
    ev("REJECT", ["COL"], ["USA"], None, context=["diplomatic"], optional=True,
       note="'that he did not need a visa anyway'"),
]))

DOCS.append(("j34_short_us_strike_drug_boat", "2025-09-02", [
    ev("ASSAULT", ["USA"], ["VEN"], "2025-09-02", context=["illegal_drugs", "military"],
       note="'U.S. forces struck a boat carrying drugs from Venezuela ... on Tuesday, killing 11 people'; 'members of the Tren de Aragua gang' (-> VEN)"),
    ev("ACCUSE", ["USA"], ["VEN"], "2025-09-02", ["allege"], ["illegal_drugs"], optional=True,
       note="Trump 'calling them members of the Tren de Aragua gang'"),
    ev("THREATEN", ["USA"], ["VEN"], "2025-09-02", ["violence"], ["illegal_drugs", "military"],
       note="'Rubio said the strike would happen again'"),
    ev("REJECT", ["VEN"], ["USA"], "2025-09-02", context=["misinformation"], alt=["ACCUSE"],
       note="'Ñáñez suggested that the video released by Trump had been made with artificial intelligence'"),
]))

DOCS.append(("j35_short_venezuela_militia", "2025-08-19", [
    ev("MOBILIZE", ["VEN"], [], "2025-08-18", ["militia"], ["military"],
       note="'Maduro said on Monday he would deploy more than 4.5 million members of the Bolivarian Militia across the country' (own territory, no recipient, as dev6 i49)"),
    ev("MOBILIZE", ["USA"], ["VEN"], None, ["weapons"], ["military", "illegal_drugs"],
       note="'Washington has sent three guided-missile destroyers toward the waters off Venezuela' (undated)"),
    ev("ACCUSE", ["VEN"], ["USA"], "2025-08-18", ["allege"], ["military"],
       note="'what he called renewed threats from the United States'; 'accused the United States of preparing an attack on the pretext of fighting drug trafficking'"),
    ev("THREATEN", ["USA"], ["VEN"], "2025-08", ["arrest"], ["illegal_drugs", "crime"], aux=H, alt=["COERCE"],
       note="'Earlier this month the U.S. doubled its reward for information leading to his arrest to $50 million'"),
]))

DOCS.append(("j36_short_alaska_summit", "2025-08-16", [
    ev("CONSULT", ["RUS"], ["USA"], "2025-08-15", ["visit"], ["diplomatic", "military"],
       note="'Putin met President Donald Trump at a U.S. air base in Anchorage on Friday, the first visit by a Russian leader to the United States in a decade'"),
    ev("REQUEST", ["RUS"], ["USA"], "2025-08-15", ["meet"], ["diplomatic"], alt=["AGREE"], optional=True,
       note="'Putin ... suggested the next meeting should be in Moscow'"),
    ev("AGREE", ["UKR"], ["USA"], None, context=["diplomatic"], optional=True,
       note="'Zelenskiy said he would travel to Washington on Monday' (no day for the statement)"),
    # negative: 'no deal until there's a deal' (no agreement)
]))

DOCS.append(("j37_short_karabakh_peacekeepers", "2024-04-17", [
    ev("RETREAT", ["RUS"], ["AZE"], "2024-04", ["withdraw"], ["military", "peacekeeping"],
       note="'Russian peacekeepers have begun to withdraw from Azerbaijan's Karabakh region, ... Peskov confirmed on Wednesday' (start not dated -> month)"),
    ev("AGREE", ["AZE", "RUS"], [], None, context=["peacekeeping"], aux=H,
       note="'Azerbaijani officials said the pull-out had been agreed with Moscow' (undated)"),
    ev("MOBILIZE", ["RUS"], ["AZE"], "2020-11", ["troops"], ["peacekeeping"], aux=H, alt=["COOPERATE"], optional=True,
       note="'was deployed in November 2020 under the ceasefire'"),
    ev("RETREAT", ["ARM", "AZE"], [], "2020-11", ["ceasefire"], ["military"], aux=H, optional=True,
       note="'the ceasefire that ended the war between Armenia and Azerbaijan'"),
]))

DOCS.append(("j38_short_french_troops_chad", "2025-01-31", [
    ev("RETREAT", ["FRA"], ["TCD"], "2025-01-30", ["withdraw"], ["military"],
       note="'France handed over its last military base in Chad ... on Thursday, completing the withdrawal of about 1,000 French troops'"),
    ev("SANCTION", ["TCD"], ["FRA"], "2024-11", ["discontinue"], ["military"], aux=H,
       note="'Chad's government ended its defence cooperation agreement with France in late November' (as dev6 i39)"),
]))

DOCS.append(("j39_short_icj_south_africa", "2024-01-26", [
    ev("REQUEST", ["ICJ"], ["ISR"], "2024-01-26", ["change"], ["legal", "human_rights", "human_security"],
       note="'The International Court of Justice on Friday ordered Israel to take all measures within its power to prevent acts of genocide ... and to enable the provision of humanitarian aid'"),
    ev("ACCUSE", ["ZAF"], ["ISR"], "2023-12-29", ["allege"], ["legal", "human_rights"], aux=H,
       note="'South Africa filed the case on Dec. 29'"),
    ev("REJECT", ["ISR"], ["ZAF"], "2024-01-26", context=["legal"], alt=["ACCUSE"],
       note="Netanyahu: the charge of genocide was 'not only false, it's outrageous' (the story is about Friday)"),
    ev("SUPPORT", ["ZAF"], ["ICJ"], "2024-01-26", context=["legal"],
       note="'Pandor welcomed the ruling'"),
    # negative: 'but did not order a ceasefire'
]))

DOCS.append(("j40_short_estonia_airspace", "2025-09-19", [
    ev("MOBILIZE", ["RUS"], ["EST"], "2025-09-19", context=["military", "territory"], alt=["COERCE"],
       note="'Three Russian MiG-31 fighter jets entered Estonian airspace ... on Friday and stayed for 12 minutes' (as dev6 i40's ships in disputed waters)"),
    ev("COOPERATE", ["ITA"], ["EST"], "2025-09-19", context=["military"],
       note="'Italian F-35 jets flying for NATO's Baltic air policing mission intercepted them'"),
    ev("MOBILIZE", ["ITA"], ["RUS"], "2025-09-19", context=["military"], optional=True,
       note="the interception seen as a move against the Russian jets"),
    ev("ACCUSE", ["EST"], ["RUS"], "2025-09-19", ["disapprove"], ["territory", "diplomatic"],
       note="'Estonia's foreign ministry summoned Russia's chargé d'affaires and handed him a protest note'"),
    ev("REQUEST", ["EST"], ["NATO"], "2025-09-19", ["meet", "assist"], ["military"],
       note="'Estonia had requested consultations with its allies under Article 4 of the NATO treaty'"),
    ev("REJECT", ["RUS"], ["EST"], "2025-09-19", context=["territory"], alt=["ACCUSE"],
       note="'Russia's defence ministry said the aircraft had flown over neutral waters and had not violated any border'"),
]))

DOCS.append(("j41_short_indonesia_protests", "2025-08-31", [
    ev("CONCEDE", ["IDN"], ["IDN"], "2025-08-31", context=["legislative", "economic"],
       note="'Prabowo ... said on Sunday that political parties had agreed to revoke several perks for members of parliament'"),
    ev("PROTEST", ["IDN"], ["IDN"], "2025-08", ["demo", "riot", "vandalize"], ["legislative", "economic"],
       note="'a week of protests that turned into riots'; 'Crowds set fire to a regional parliament building in Makassar on Friday, and homes of several lawmakers were looted'"),
    ev("ASSAULT", ["IDN"], ["IDN"], "2025-08-28", context=["repression"], optional=True,
       note="'a police armoured vehicle ran over and killed a 21-year-old delivery driver in Jakarta on Thursday' (intent unclear)"),
    ev("THREATEN", ["IDN"], ["IDN"], "2025-08-31", ["arrest"], ["crime"], alt=["COERCE"],
       note="'Prabowo ordered the police and military to take firm action against rioters and looters'"),
]))

DOCS.append(("j42_short_madagascar_coup", "2025-10-15", [
    ev("SANCTION", ["AU"], ["MDG"], "2025-10-15", ["discontinue"], ["political_institutions"],
       note="'The African Union suspended Madagascar with immediate effect on Wednesday' (as dev6 i21)"),
    ev("COERCE", ["MDG"], ["MDG"], "2025-10-14", ["seize"], ["political_institutions", "military"],
       note="'an elite army unit led by Colonel Michael Randrianirina announced it had taken power and suspended most state institutions'; 'Parliament had voted to impeach President Andry Rajoelina hours earlier' (both 14 Oct)"),
    ev("PROTEST", ["MDG"], ["MDG"], "2025", ["demo"], ["economic"], aux=H,
       note="'Weeks of youth-led protests over water and power cuts preceded the takeover' (Sept-Oct -> year)"),
    # negatives: 'reports that he had left on a foreign military aircraft were not confirmed' (rumour)
]))

DOCS.append(("j43_short_timor_asean", "2025-10-26", [
    ev("SUPPORT", ["ASEAN"], ["TLS"], "2025-10-26", context=["diplomatic"], alt=["AGREE", "COOPERATE"],
       note="'Southeast Asian leaders formally admitted Timor-Leste as the 11th member of the Association of Southeast Asian Nations'"),
    ev("CONSULT", ["ASEAN"], [], "2025-10-26", ["multilateral"], ["diplomatic"], optional=True,
       note="'at their summit in Kuala Lumpur on Sunday'"),
    ev("SUPPORT", ["MYS"], ["TLS"], "2025-10-26", context=["diplomatic"], optional=True,
       note="'Anwar Ibrahim, the summit host, welcomed Prime Minister Xanana Gusmao'"),
    ev("SUPPORT", ["TLS"], ["ASEAN"], "2025-10-26", context=["diplomatic"],
       note="'Gusmao thanked the member states for their support'"),
]))

DOCS.append(("j44_short_pak_saudi_defence", "2025-09-17", [
    ev("CONSULT", ["PAK"], ["SAU"], "2025-09-17", ["visit"], ["diplomatic", "military"],
       note="'during Sharif's visit to Riyadh'"),
    ev("SUPPORT", ["PAK", "SAU"], [], "2025-09-17", context=["military"],
       note="'Pakistan and Saudi Arabia signed a strategic mutual defence agreement on Wednesday'"),
    ev("AGREE", ["PAK", "SAU"], [], "2025-09-17", context=["military"], alt=["SUPPORT"],
       note="'stating that any aggression against either country will be considered an aggression against both'"),
    ev("COOPERATE", ["PAK"], ["SAU"], None, context=["military"], aux=H,
       note="'Pakistani troops have been stationed in the kingdom for decades under earlier agreements' (ongoing -> null)"),
]))

DOCS.append(("j45_short_drc_rwanda_washington", "2025-06-27", [
    ev("SUPPORT", ["COD", "RWA"], [], "2025-06-27", context=["military", "territory"],
       note="'The foreign ministers of the Democratic Republic of Congo and Rwanda ... signed a peace agreement in Washington on Friday'"),
    ev("AGREE", ["RWA"], ["COD"], "2025-06-27", context=["military", "territory"], alt=["CONCEDE"],
       note="'Rwanda is to lift its \"defensive measures\" in eastern Congo within 90 days'"),
    ev("AGREE", ["COD", "RWA"], [], "2025-06-27", context=["military"],
       note="'the two sides will set up a joint security coordination mechanism'"),
    ev("CONSULT", ["COD", "RWA", "USA"], [], "2025-06-27", ["third-party", "visit"], ["diplomatic"],
       note="'in the presence of U.S. Secretary of State Marco Rubio'; 'Trump received the two ministers in the Oval Office later in the day'"),
]))

DOCS.append(("j46_short_jamaica_melissa_aid", "2025-10-30", [
    ev("AID", ["USA"], ["JAM"], "2025-10", context=["disasters"],
       note="'The United States deployed a disaster assistance response team and urban search-and-rescue teams' (no day -> month)"),
    ev("AID", ["GBR"], ["JAM"], "2025-10", context=["disasters"],
       note="'Britain announced emergency funding and sent relief supplies' (no day -> month)"),
    # negatives: 'Hurricane Melissa struck the island'; 'The storm also battered eastern Cuba'; Holness's disaster declaration
]))

DOCS.append(("j47_short_us_india_tariffs", "2025-08-27", [
    ev("SANCTION", ["USA"], ["IND"], "2025-08-27", ["discontinue"], ["economic", "natural_resource"],
       note="'An additional 25% U.S. tariff on Indian goods took effect on Wednesday ..., as a penalty for India's purchases of Russian oil'"),
    ev("ACCUSE", ["IND"], ["USA"], None, ["disapprove"], ["economic"], aux=H,
       note="'India's foreign ministry has called the measure unfair, unjustified and unreasonable' (undated)"),
    ev("REJECT", ["IND"], ["USA"], "2025-08-25", ["yield"], ["economic"], optional=True,
       note="Modi 'said on Monday his government would never compromise on the interests of farmers ..., however much pressure it faced' (addressee implicit)"),
]))

DOCS.append(("j48_short_aes_leave_ecowas", "2024-01-28", [
    ev("SANCTION", AES, ["ECOWAS"], "2024-01-28", ["discontinue"], ["political_institutions", "diplomatic"], alt=["REJECT"],
       note="'said on Sunday they were withdrawing from the Economic Community of West African States with immediate effect' (leaving a body, as dev5's JCPOA exit)"),
    ev("ACCUSE", AES, ["ECOWAS"], "2024-01-28", ["allege", "disapprove"], ["political_institutions", "economic"],
       note="'accused the bloc of having strayed from the ideals of its founders, of falling under the influence of foreign powers and of imposing illegal and inhumane sanctions'"),
    ev("SANCTION", ["ECOWAS"], AES, None, ["discontinue"], ["economic"], aux=H, optional=True,
       note="'imposing illegal and inhumane sanctions on them' (recalled in the accusation)"),
    ev("AGREE", ["ECOWAS"], AES, "2024-01-28", context=["political_institutions"],
       note="'ECOWAS said it had not been formally notified and remained committed to a negotiated solution'"),
]))

DOCS.append(("j49_short_afghan_quake_aid", "2025-09-02", [
    ev("AID", ["IND"], ["AFG"], "2025-09", context=["disasters"],
       note="'India delivered 1,000 family tents and 15 tonnes of food to Kabul after the earthquake that struck ... late on Sunday' (day not given -> month)"),
    ev("AGREE", ["GBR"], ["AFG"], "2025-09", context=["disasters"], alt=["AID"],
       note="'Britain announced 1 million pounds in emergency aid through U.N. agencies' (pledge, as dev6 i27)"),
    ev("AID", ["WFP"], ["AFG"], "2025-09", context=["disasters"],
       note="'The U.N. World Food Programme said it had begun distributing food to survivors' (no day -> month)"),
    # negatives: the earthquake; rescuers digging
]))

DOCS.append(("j50_short_kim_reappears", "2020-05-02", [
    ev("SUPPORT", ["USA"], ["PRK"], "2020-05-02", context=["diplomatic"],
       note="'Trump wrote on Twitter that he was glad to see Kim back and well' (story of that day)"),
    # negatives: the unconfirmed reports of illness or death; Seoul saw 'no unusual movements';
    # Kim attending a factory opening (domestic, no event)
]))


if __name__ == "__main__":
    write_gold(DOCS, os.path.join(HERE, ".."))

"""Built-in knowledge for the name checks: well-known French -> English equivalents.

Each line of the tables reads ``French forms = accepted English renderings``; a French form
is one word (as it is looked up word by word) and a rendering may be several words. Demonym
lines list the masculine singular; feminine and plural forms are derived. A form given on a
second line adds that line's renderings to its first (for a list too long for one line).
"""

from __future__ import annotations

import re
from functools import cache

from excerpts.checks.normalize import strip_diacritics

_EQUIVALENTS = """
Afrique = Africa|African
Algérie = Algeria
Allemagne = Germany
Amérique = America|Americas
Angleterre = England|Britain
Arabie = Arabia|Saudi
Argentine = Argentina
Asie = Asia
Australie = Australia
Autriche = Austria
Belgique = Belgium
Biélorussie|Bélarus = Belarus
Bénin = Benin
Brésil = Brazil
Bruxelles = Brussels
Bulgarie = Bulgaria
Cameroun = Cameroon
Caire = Cairo
Centrafrique = Central African Republic|CAR|Central Africa
Chine = China
Chypre = Cyprus
Colombie = Colombia
Comores = Comoros|Comoran|Comorian
Corée = Korea
Côte = Côte|Cote|Ivory
Ivoire = Ivoire|Ivory
Croatie = Croatia
Danemark = Denmark
Djibouti = Djibouti
Écosse = Scotland
Égypte = Egypt
Émirats = Emirates|UAE
Érythrée = Eritrea
Espagne = Spain
Estonie = Estonia
États-Unis|Etats-Unis = United States|US|U.S.|USA|America
Éthiopie = Ethiopia
Europe = Europe|EU
Finlande = Finland
Gambie = Gambia
Genève = Geneva
Géorgie = Georgia
Grande-Bretagne = Great Britain|Britain|UK
Grèce = Greece
Guinée = Guinea
Guinée-Bissau = Guinea-Bissau
Guinée-Équatoriale = Equatorial Guinea
Papouasie-Nouvelle-Guinée = Papua New Guinea|PNG
Papouasie = Papua
Amazonie = Amazon|Amazonia
# French Guiana's people: not a demonym, whose English "French" would read as France's
Guyanais|Guyanaise|Guyanaises = French Guianese|Guianese|French Guiana|Guiana
# le Far West: the Wild West
Far = Wild|Far
Haye = Hague
Hongrie = Hungary
Inde = India
Indonésie = Indonesia
Irak = Iraq
Irlande = Ireland
Islande = Iceland
Israël = Israel
Italie = Italy
Japon = Japan
Jordanie = Jordan
Liban = Lebanon
Libye = Libya
Lituanie = Lithuania
Londres = London
Malaisie = Malaysia
Maroc = Morocco
Maurice = Mauritius
Mauritanie = Mauritania
Méditerranée = Mediterranean
Mexique = Mexico
Moscou = Moscow
Mozambique = Mozambique
Namibie = Namibia
Nigéria = Nigeria
Norvège = Norway
Nouvelle-Zélande = New Zealand
Ouganda = Uganda
Pays-Bas = Netherlands|Holland
Pékin = Beijing
# Vietnam's capital and its southern city, Hô Chi Minh-Ville (Ho Chi Minh City), without their
# accents in English
Hanoï = Hanoi|Hanoï
Hô = Ho|Hô
# Sudan's army chief, Abdel Fattah al-Burhane, named alone by his surname
Burhane = Burhan|Burhane
# a storm's kind before its name: le typhon Kalmaegi, l'ouragan Melissa
Typhon = Typhoon|typhoon
Ouragan = Hurricane|hurricane
# a research laboratory's name: the Humanitarian Research Lab
Laboratoire = Laboratory|laboratory|Lab|lab|Laboratoire
# a register's name: le Registre social unifié, the Unified Social Registry
Registre = Registry|registry|Register|register|Registre
# le Contrôleur général d'État: the State Controller General
Contrôleur = Controller|controller|Contrôleur
# the phoenix of a plan's name: le Plan Phénix, Ecuador's Phoenix Plan
Phénix = Phoenix|phoenix|Phénix
# a coast guard (les Garde-côtes mauritaniens); Prague's révolution de Velours, the Velvet
# Revolution
Garde-côtes = Coast Guard|coast guard|Coastguard|coastguard|Coast Guards
Velours = Velvet|velvet
# Moldova: the Dniestr (Dniester, Nistru), Transnistria's Kouchourgan power plant, the party
# Cœur de la Moldavie (Heart of Moldova)
Dniestr = Dniester|Dnister|Nistru
Kouchourgan = Kuchurgan|Kuchurhan
Cœur = Heart|heart|Cœur
# Souleimane, Sulaiman: an Arabic first name or surname in its English spelling
Souleimane = Suleiman|Sulaiman|Soleiman|Souleimane
# Hong Kong, which French also writes in one word
Hongkong = Hong Kong|Hongkong
# Morocco's towns, whose accents English drops: Kénitra, Témara, Tétouan, Meknès
Kénitra = Kenitra|Kénitra
Témara = Temara|Témara
Tétouan = Tetouan|Tétouan
Meknès = Meknes|Meknès
# a German Land, one of the federal states; Dresden's Manufacture de verre (Gläserne
# Manufaktur), the Transparent Factory
Land = state|State|Land
Manufacture = Factory|factory|Manufactory|Manufacture
# the Trans-Saharan Backbone fibre link, la Dorsale transsaharienne
Dorsale = Backbone|backbone|Dorsale
Pologne = Poland
Roumanie = Romania
Royaume-Uni = United Kingdom|UK|U.K.|Britain
Royaume = Kingdom|kingdom|Royaume
Nahyane = Nahyan|Nahyane
Russie = Russia
Sénégal = Senegal
Serbie = Serbia
Singapour = Singapore
Slovaquie = Slovakia
Somalie = Somalia
Soudan = Sudan
Suède = Sweden
Suisse = Switzerland|Swiss
Syrie = Syria
Tanzanie = Tanzania
Tchad = Chad
Tchéquie = Czechia|Czech Republic
Thaïlande = Thailand
Tombouctou = Timbuktu
Crète = Crete
Bologne = Bologna
Bursları = Scholarships|Bursları
Moulino = Mulino
Daoussahak = Dawsahak|Daoussahak|Idaksahak
Niet = Nyet|Niet
Go = GB|gigabyte|gigabytes
Mo = MB|megabyte|megabytes
Mbit = Mbit|Mbps|megabit
Gbit = Gbit|Gbps|gigabit
Komadougou = Komadugu|Komadougou
Yobé = Yobe|Yobé
Al-Mourabitoune = Al-Mourabitoun|al-Mourabitoun|Al-Murabitun|al-Murabitun|Al-Mourabitoune
Mourabitoune = Mourabitoun|Murabitun|Mourabitoune
Ouaga = Ouagadougou|Ouaga
Troie = Troy|Trojan
Tunisie = Tunisia
Turquie = Turkey|Türkiye
Varsovie = Warsaw
Zambie = Zambia
Zimbabwe = Zimbabwe
Sahara = Sahara
Occident = West
Orient = East
Proche-Orient = Middle East|Near East
Moyen-Orient = Middle East
Maghreb = Maghreb|North Africa
Ouest = West|Western
Est = East|Eastern
Haut = Upper|High
Haut-Est = Upper East
Nord = North|Northern
Extrême-Nord = Far North|Far-North|Extreme North
Extrême-Orient = Far East
Haute-Volta = Upper Volta
Saint-Pétersbourg = Saint Petersburg|St Petersburg|St. Petersburg
Pétersbourg = Petersburg
Darfour = Darfur
Casques = peacekeepers|peacekeeper|Peacekeepers|Blue Helmets|helmets
Casque = peacekeeper|Peacekeeper|Blue Helmet|helmet
Douma = Duma|Douma
Cap-Vert = Cape Verde|Cabo Verde
Riyad = Riyadh
Salmane = Salman
Abdallah = Abdullah|Abdallah
Fayçal = Faisal|Faysal|Fayçal
Abdelaziz = Abdulaziz|Abdelaziz|Abdel Aziz
Lions = Lions
Haute-Guinée = Upper Guinea
Moyenne-Guinée = Middle Guinea
Basse-Guinée = Lower Guinea
Basse-Casamance = Lower Casamance
Sud = South|Southern
Nations = Nations|UN|U.N.|UNICEF|UNHCR|UNDP|UNESCO|UNAIDS|UNODC|UNFPA|UNEP|OCHA|WFP|MINUSMA|MONUSCO
Unies = United|UN|U.N.
Union = Union|EU|AU
Conseil = Council
Sécurité = Security
Assemblée = Assembly
Maison-Blanche = White House
Élysée = Élysée|Elysee|French presidency
Quai = Quai|Foreign Ministry|foreign ministry|ministry
Kremlin = Kremlin|Moscow
Soldat = Soldier|soldier
Jour = Day|day
Pentagone = Pentagon
Al-Qaïda|Al-Qaida = al-Qaeda|al-Qaida|Al-Qaeda|Al-Qaida|al Qaeda|al Qaida|Al Qaeda|Al Qaida
Qaïda|Qaida = Qaeda|Qaida|Qa’ida|Qaïda
Amitié = Friendship|friendship|Amitié
Muraille = Wall|wall|Muraille
Rencontres = Encounters|Meetings|Rencontres
Ours = Bear
Biennale = Biennial|biennial|Biennale
Awards = Awards|award|awards|Award|winner|prize
Andalousie = Andalusia|Andalucía|Andalucia
Bonne-Espérance = Good Hope
Inspection = inspectorate|Inspectorate|inspection|Inspection
Patriotes = Patriots
Jeunes = Young|Youth|young|youth|Youths
Crise = Crisis|crisis
Olympiades = Olympiad|Olympiads
Olympiade = Olympiad
Roi = King|king
Tessin = Ticino
Bassin = Basin|basin
Orchestre = Orchestra|orchestra
Info = News|Info|info
Nil = Nile
Assouan = Aswan
# the Capitol in Washington and in Monrovia
Capitole = Capitol
# Trinité-et-Tobago: Trinidad and Tobago
Trinité = Trinidad
Milice = Militia|militia
Louxor = Luxor
Alexandrie = Alexandria
Bleu = Blue|Bleu
Blanc = White|Blanc
Assurance = Insurance|insurance|Insurer|insurer|Assurance
Grand-Duché = Grand Duchy|grand duchy|Luxembourg
Procureur = Prosecutor|prosecutor
Statistique = Statistics
Réfugiés = Refugees|refugees
Citoyenneté = Citizenship|citizenship
Éparses = Scattered
Reine = Queen|queen
Tidianes|Tidjanes = Tijanis|Tijaniyya|Tijani|Tidianes|Tidjanes
Mourides = Mourides|Murids|Muridiyya
Urgence = Emergency|emergency
Baïkonour = Baikonur
Soyouz = Soyuz
Vostotchny = Vostochny
Lieux = sites|places|Sites|Places|Lieux
Portes = Doors|doors|Portes
Femmes = Women|women|Femmes
Adnane = Adnan|Adnane
Smolensk = Smolensk|Smolenskaya
Afrobaromètre = Afrobarometer|Afrobaromètre
Afro-descendants = African descent|Afro-descendants|Afro-descendant|Afrodescendants
Gouverneur = Governor|governor|Gouverneur
Protocole = Protocol|protocol
# aircraft: the Sukhoi Su-24, and Embraer's Super Tucano, which English makes plural
Soukhoï|Soukhoi = Sukhoi|Soukhoï
Tucano = Tucano|Tucanos
# « les Trésors nationaux »: the national treasuries
Trésor|Trésors = Treasury|treasury|Treasuries|treasuries|Trésor
# « le Conseil du Café-Cacao »: the Coffee and Cocoa Council
Café = Coffee|coffee|Café
Cacao = Cocoa|cocoa|Cacao
Vérificateur|Vérificatrice = Auditor|auditor|Verifier|Vérificateur|Vérificatrice
Augias = Augean|Augeas|Augias
Contrôle = Inspectorate|inspectorate|Control|control|Audit|audit|Oversight|Contrôle
Lettres = Literature|literature|Letters|letters|Arts|arts|Humanities|humanities|Lettres
Mourzouq = Murzuq|Murzuk|Mourzouq
Gatroun = Qatrun|Gatrun|Gatroun
Oubari = Ubari|Awbari|Oubari
Toubou|Toubous = Tubu|Toubou|Teda|Tebu
Massalit = Masalit|Massalit
Voltaïque|Voltaïques = Upper Voltan|Upper Voltans|Voltaic|Upper Volta
Bornou = Bornu|Borno|Bornou
Appareil = Apparatus|apparatus|Appareil
Chambre = Chamber|chamber|House|house|legislature|Chambre
# « le talon d'Achille »: an Achilles' heel
Achille = Achilles
# « le Règlement sur l'immigration… »: the Regulations
Règlement = Regulations|regulations|Regulation|regulation|Rules|rules
# « la fête du Trône »: Morocco's Throne Day
Trône = Throne|throne|Trône
# « les îles Loyauté »: New Caledonia's Loyalty Islands
Loyauté = Loyalty
Soviétiques = Soviets|Soviet|Soviet Union|USSR|Soviétiques
Soviétique = Soviet|Soviets|Soviet Union|USSR|Soviétique
Ouagalais = Ouagadougou|Ouaga|Ouagalais
Djourab = Djurab|Djourab
Liste = List|list|Liste|World Heritage
Blancs = white|White|whites|Whites|Blancs
Noirs = Black|black|Blacks|Noirs
Hamdane = Hamdan|Hamdane
Hemetti = Hemedti|Hemeti|Hemetti
Promotion = Promotion|promotion|Advancement|Empowerment|Affairs
Sacré-Cœur = Sacred Heart|Sacré-Cœur|Sacre-Coeur|Sacré-Coeur
Aide = Aid|aid|Aide
Notre-Dame = Our Lady|Notre Dame|Notre-Dame
Notre = Our|Notre
Dame = Lady|Dame
Paix = Peace|peace|Paix
Augustin = Augustine|Augustin
Saint-Siège = Holy See|Vatican|Saint-Siège
Sixtine = Sistine
Jubilé = Jubilee|Jubilé
Porte = Door|Gate|Porte
Latran = Lateran|Latran
Majeure = Major|Maggiore|Majeure
Murs = Walls|Mura|Murs
Ignace = Ignatius|Ignace
Évêques|Évêque = Bishops|bishops|Bishop|bishop
Sacré = Sacred|sacred|Holy|holy|Cardinals
Souvenir = Remembrance|remembrance|Memorial|memorial|Souvenir
Dhou = Dhu|Dhul|Dhou
Zoul = Dhu|Dhul|Zul|Zoul
Hijja = Hijjah|Hijja
# the Islamic months as the Sahel's press writes them
Chaabane|Chaâbane|Chaabâne = Shaban|Sha'ban|Shaaban|Chaabane
Mouharram = Muharram|Moharram
Chawwal = Shawwal|Shawal
Radiodiffusion = Radio|Broadcasting|broadcasting
Arafat = Arafat|Arafah|Arafa
Mouzdalifa = Muzdalifah|Muzdalifa|Mouzdalifa
Maouloud = Mawlid|Mawlud|Mouloud|Maouloud
Eaux = Water|Waters|water|waters|forestry|Forestry|Eaux
Forêts = Forests|Forestry|forests|forestry|Forêts
Pétrole = Petroleum|petroleum|Oil|oil|Crude|crude|Pétrole
État = State
Etat = State
État-providence|Etat-providence = welfare state|Welfare State
Islamique = Islamic
Dieu = God
Allah = Allah|God|inshallah|Inshallah
Coran = Quran|Koran
Évangile|Évangiles = Gospel|Gospels|gospel
Mossé|Moosé|Mossis = Mossi
Noël = Christmas
Pâques = Easter
Carême = Lent
Avent = Advent
Pentecôte = Pentecost|Whitsun|Whit
Assomption = Assumption
Ascension = Ascension
Croix-Rouge = Red Cross
Médecins = Doctors|MSF
# les Amis de la Terre: Friends of the Earth
Amis = Friends
# Médecins Sans Frontières, Reporters sans frontières: without borders
Frontières = Borders|MSF|RSF
# Avocats sans frontières: Lawyers Without Borders
Avocats = Lawyers|lawyers
Croissant-Rouge = Red Crescent
Banque = Bank
Fonds = Fund
Cour = Court
Mondiale = World
Internationale = International
Africaine = African|AU
Européenne = European|EU
Commission = Commission
Parlement = Parliament
Sénat = Senate
Constitution = Constitution
Transition = Transition|transitional
Amnesty = Amnesty
Poutine = Putin
# Russia's names in French transliteration: Lukoil, the Central Bank's Nabiullina, the Urals
Loukoïl = Lukoil|LUKoil
Nabioullina = Nabiullina
Oural = Urals|Ural
Bourgas = Burgas
Qourna = Qurna
Qourna-Ouest = West Qurna|Qurna West
# a French territorial authority (la Collectivité territoriale de Martinique)
Collectivité = Authority|authority|Collectivity|collectivity|Community|community
Raspoutine = Rasputin
Kadhafi = Gaddafi|Qaddafi|Kadhafi|Gadhafi|Qadhafi
# his brother-in-law Abdallah Senoussi (al-Senussi) and his chief of staff Béchir Saleh (Bashir)
Senoussi = Senussi|Senoussi
Béchir = Bashir|Béchir
Kankou = Mansa|Kankan|Kankou
Soundiata = Sundiata|Soundiata
Raïssi = Raisi|Raissi
Mouammar = Muammar|Moammar|Moamer
# « le Renouveau », Paul Biya's regime since 1982: the New Deal, or the Renewal
Renouveau = New Deal|Renewal|Renouveau
Oussama = Osama|Usama
Ben = Ben|bin
Laden = Laden
Abou = Abu|Abou
Aboubakar = Aboubakar|Abubakar
Aboubacar = Aboubacar|Abubakar
Moubarak = Mubarak
Moustapha = Mustafa|Moustapha
Youssef = Yusuf|Youssef
Choïgou = Shoigu
Ghaly = Ghaly|Ghali
Mohammed = Mohammed|Muhammad|Mohamed
Ahmad = Ahmad|Ahmed
Ahmed = Ahmed|Ahmad
Hachem = Hashem|Hachem
Daech = Daesh|ISIS|Islamic State
Tabaski = Tabaski|Eid
Ramadan = Ramadan|Eid al-Fitr|Eid
Hégire = AH|Hijri|Hegira|Hijra
Jean = John|Jean
Benoît = Benedict
François = Francis|François
Léon = Leo|Léon
Pie = Pius
Élisabeth|Elisabeth = Elizabeth
Guillaume = William|Guillaume
Henri = Henry|Henri
Jacques = James|Jacques
Pierre = Peter|Pierre
Marie = Mary|Marie|Maria
Alger = Algiers
Kiev = Kyiv|Kiev
Téhéran = Tehran
Téhéranais = Tehran|Tehranis|Tehrani
Addis-Abeba = Addis Ababa
Nouvelle-Delhi = New Delhi
Hexagone = France
Matignon = Matignon|prime minister
Orsay = Orsay|foreign ministry|Foreign Ministry|ministry
Beauvau = Beauvau|interior minister|Interior Minister|interior ministry|Interior Ministry
Bercy = Bercy|finance ministry|Finance Ministry|economy ministry|Economy Ministry
Bercy = economy minister|Economy Minister|finance minister|Finance Minister
Grand = Greater|Great|Grand|far|Far|Major|major
Grande = Greater|Great|Grand|Gran
# (a Swiss mountain's German name: le Petit Nesthorn, the Kleines Nesthorn)
Petit = Lesser|Little|Petit|Kleines|Kleiner|Klein
# Swiss names in their German form: the Théodule glacier, the Theodul; MeteoSwiss
Théodule = Theodul|Théodule
MétéoSuisse = MeteoSwiss|MétéoSuisse|MeteoSuisse
Nouveau|Nouvelle = New|Nouveau|Nouvelle
Futur|Future = Future|future
Saint|Sainte = Saint|St|St.|Holy
Mont = Mount|Mont
Lac = Lake|Lac
# Cheikh: in West Africa most often a first name (Cheikh Diba), or the title Sheikh
Cheikh = Cheikh|Sheikh|sheikh|Shaykh|Sheik
Lacs = Lakes|Lacs
Fleuve = River
Golfe = Gulf
Mer = Sea
Corne = Horn
Cap = Cape|Cap
Océan = Ocean
Île|Îles = Island|Islands|Isle
Rouge = Red
Noire|Noir = Black
Pacifique = Pacific
Atlantique = Atlantic
Indien = Indian
Centrale = Central
Occidentale = West|Western
Orientale = East|Eastern
Terre = Land|Earth|army
Air = Air|air
Prigojine = Prigozhin
Touareg|Touaregs = Tuareg|Tuaregs
Peul|Peuls|Peule|Peules = Fulani|Peul|Fula
Soninké|Soninkés = Soninke|Soninkes|Soninké|Sarakolle
Fès = Fez|Fès
Édimbourg = Edinburgh
# « les étudiants hors Québec »: out-of-province students, as Canadian English says
Québec = Quebec|Québec|out-of-province
Cantons-de-l'Est = Eastern Townships|Estrie
# La Poste, the postal service: the post office
Poste = Post|postal
Montréal = Montreal|Montréal
Vienne = Vienna
Lisbonne = Lisbon
Venise = Venice
# Germany's Alternative für Deutschland (the AfD): Alternative for Germany
Deutschland = Germany|Deutschland
# the Défenseur des droits, the Défenseur du peuple: an ombudsman
Défenseur = Defender|defender|Ombudsman|ombudsman|Défenseur
Athènes = Athens
# Greece's Aegean Sea (la mer Égée) and Attica; New Democracy, its ruling party
Égée = Aegean
# Bulgaria's Roussé, on the Danube, and its crossing to Giurgiu
Roussé = Ruse|Rousse
Giurgiu-Roussé = Giurgiu-Ruse|Giurgiu–Ruse
# a military command (le Commandement du théâtre oriental)
Commandement = Command|command|Commandement
# a Spanish valley's name (el Valle de Cuelgamuros)
Valle = Valley|Valle
# the Church's names: Constantine, the Creed, the Blue Mosque (la mosquée Bleue), Lenin and
# Stalin too, whose -ine is no French surname's
Constantin = Constantine|Constantin
Credo = Creed|Credo
Bleue = Blue|Bleue
Saint-Néophyte = St. Neophytos|St Neophytos|Saint Neophytos
Lénine = Lenin
Staline = Stalin
# « la fête de l'Arbre »: Tree Day
Arbre = Tree|tree|Arbre
# « la guerre des Sables » of 1963: the Sand War
Sables = Sand|Sands|Sables
Attique = Attica
Démocratie = Democracy|democracy|Démocratie
Copenhague = Copenhagen
Beyrouth = Beirut
Saïda = Sidon|Saida
Tyr = Tyre
Nabatiyé|Nabatiyeh = Nabatieh|Nabatiyeh|Nabatiye|Nabatiyé
Békaa = Bekaa|Beqaa
Baalbeck = Baalbek|Baalbeck
Damas = Damascus
# Syria's coast and south, the Assads' and the Druze's
Lattaquié = Latakia
Tartous = Tartus
Soueïda = Sweida|Suwayda|Suweida
Bachar = Bashar
César = Caesar
# Iran's nuclear sites and cities
Fordo = Fordow|Fordo
Ispahan = Isfahan
Persique = Persian
Gardiens = Guards|Guard
# la Faculté de droit: the Faculty of Law, the law faculty
Faculté = Faculty|faculty
# le Partenariat mondial pour l'éducation: the Global Partnership for Education
Partenariat = Partnership
Bagdad = Baghdad
Séoul = Seoul
Havane = Havana
Bâle = Basel
Francfort = Frankfurt
Hambourg = Hamburg
Anvers = Antwerp
Dunkerque = Dunkirk|Dunkerque
Douvres = Dover
# Corsica and its people (« les Corses »), the same word
Corse|Corses = Corsica|Corsican|Corsicans
Louvain = Leuven|Louvain
Sarrebruck = Saarbrücken|Saarbrucken|Sarrebruck
Luxembourg-Ville = Luxembourg City|Luxembourg-Ville|Luxembourg
# Swiss cantons whose English names are their German ones
Schwytz = Schwyz
Zoug = Zug
Nidwald = Nidwalden
Obwald = Obwalden
Argovie = Aargau
Thurgovie = Thurgau
Soleure = Solothurn
Glaris = Glarus
Grisons = Graubünden|Graubunden|Grisons
Saint-Gall = St. Gallen|St Gallen|Saint Gallen
Saint-Barthélemy = St. Barts|St Barts|St. Barth|St Barth|Saint Barthélemy
Saint-Barthélemy = St. Barthélemy|St Barthélemy|Saint-Barthélemy
Outre-mer|Outre-Mer = overseas|Overseas
Rhodes-Intérieures = Innerrhoden|Inner Rhodes
Rhodes-Extérieures = Ausserrhoden|Outer Rhodes
Romandie = Romandy|French-speaking Switzerland|Romandie
# the French-speaking Swiss, a language's people more than a nation's
Romand|Romands|Romande|Romandes = French-speaking|French speakers|French speaker|Romand|Romands
# parties: the Greens, in French's inclusive spelling too
Verts|Vert-e-s|Vert·e·s = Greens|Green
Écologistes = Greens|Green|Ecologists|Écologistes
Caucase = Caucasus
Nakhitchevan = Nakhchivan|Nakhichevan
Zanguezour = Zangezur|Zangezour
# Acadia and Canada's Maritimes
Acadie = Acadia|Acadian
Louisiane = Louisiana
Nouvelle-Écosse = Nova Scotia
Terre-Neuve = Newfoundland
Terre-Neuve-et-Labrador = Newfoundland and Labrador|Newfoundland
Île-du-Prince-Édouard = Prince Edward Island|PEI|P.E.I.
Néo-Brunswickois|Néo-Brunswickoise|Néo-Brunswickoises = New Brunswicker|New Brunswick
Néo-Écossais|Néo-Écossaise|Néo-Écossaises = Nova Scotian|Nova Scotians|Nova Scotia
Péninsule = Peninsula|peninsula|Péninsule
Riverain = Riverfront|Riverside|Riverain
Massaoua = Massawa|Massaoua
Tadjourah = Tadjoura|Tadjourah
Mekele|Mékélé = Mekelle|Mekele
Issayas|Issaias|Isaïas = Isaias|Isayas|Issayas|Issaias
Afeworki = Afwerki|Afeworki
Joumblatt = Jumblatt|Joumblatt
Rossia = Rossiya|Rossia
Babanoussa = Babanusa|Babanousa|Babanoussa
Léman = Lake Geneva|Léman|Leman
Chaise = Chair|chair|Chaise
Loi = Law|law|Act|act|Bill|bill|Code|Loi
Supercoupe = Super Cup|Supercup|super cup|Supercoupe
Segodnia = Segodnya|Segodnia
Chareh|Charah|Charaa = Sharaa|Shara|Chareh|Charaa
Floride = Florida
Porto = Puerto|Porto|Oporto
# « le ministère de la Défense et des Anciens Combattants »: Veterans Affairs; South Africa's
# Combattants pour la liberté économique: the Economic Freedom Fighters
Combattants = Veterans|veterans|Combatants|combatants|Fighters|fighters|Combattants
# « les Anciens combattants »: the veterans
Anciens = Veterans|veterans|Former|former|Anciens
# « l'Académie de Tombouctou »: a school district, not a learned society
Académie = Academy|academy|education region|education authority|school district|Académie
# the Trans-Gabon Railway and the Transguinean, Guinea's line for the Simandou ore
Transgabonais = Trans-Gabon|Transgabonais
Transguinéen = Transguinean|Trans-Guinean|Transguinéen
# « devant les Communes »: the (House of) Commons
Communes = Commons
# « la Manche »: the (English) Channel
Manche = Channel
Subsaharien|Subsaharienne|Subsahariens|Subsahariennes = sub-Saharan|Sub-Saharan
Zouara = Zuwara|Zuwarah|Zouara
# « Charm el-Cheikh »: Sharm el-Sheikh
Charm = Sharm
Cantorbéry = Canterbury
Flandre = Flanders
Wallonie = Wallonia
# a king's name English writes its own way: Léopold II -> Leopold II
Léopold = Leopold|Léopold
Gand = Ghent
Tanger = Tangier|Tangiers
Marrakech = Marrakesh|Marrakech
Haïti = Haiti
Madagascar = Madagascar
Congo = Congo
Pérou = Peru
Chili = Chile
Cisjordanie = West Bank
Gaza = Gaza
Onu = UN|United Nations|U.N.
Travail = Labor|Labour|Work|labor|labour|work
Réseau = Network|network
Marché = Market|market|Marché
Nouvel = New|new
An = Year|year
Gazoduc = Pipeline|pipeline|Gazoduc
Daglo = Dagalo|Daglo|Hemedti
Schéma = Scheme|scheme|Schema|schema
Bourse = Stock Exchange|stock exchange|Exchange|exchange|Bourse|bourse|stock market|listing
Bourse = shares|stocks|markets|index|Index
Appel = Appeal|appeal|Call|call|Appel
Classement = Index|index|Ranking|ranking|Classement
Suisso = Swiss
Oufa = Ufa|Oufa
Adamaoua = Adamawa|Adamaoua
Parc = Park|park|Parc
Ballon = Ballon|Ball|ball|Footballer|footballer|Player|player
Franco = Franco|French
Germano = German|Germano
Sino = Sino|Chinese
Canarie = Canaria|Canary
Canaries = Canary|Canaries|Canarias
Ténérife = Tenerife
Francophonie = Francophonie|Francophone
Guerre = War|war
Seconde = Second|II|Two
El-Facher = El Fasher|El-Fasher|Al-Fashir|El Facher
Haut-Commissaire = High Commissioner|high commissioner|Haut-Commissaire|rights chief|refugee chief
Nord-Est = Nord-Est|North East|Northeast|North-East|northeast|north-east|northeastern|north-eastern
Nord-Ouest = Nord-Ouest|Northwest|North-West|northwest|north-west|northwestern|north-western
Sud-Est = Sud-Est|South East|Southeast|South-East|southeast|south-east|southeastern|south-eastern
Sud-Ouest = Sud-Ouest|Southwest|South-West|southwest|south-west|southwestern|south-western
Processus = Process|process
Centre = Centre|Center|Central
Centre-Nord = Centre-Nord|Centre-North|Center-North|North-Central|north-central|northern-central
Centre-Sud = Centre-Sud|Centre-South|Center-South|South-Central|south-central
Centre-Est = Centre-Est|Centre-East|Center-East|East-Central|east-central
Centre-Ouest = Centre-Ouest|Centre-West|Center-West|West-Central|west-central
Journal = Gazette|Journal|journal|gazette|Diary|diary
Instance = Authority|authority|Body|body|Instance
Mamfé = Mamfe|Mamfé
Buéa = Buea|Buéa
Limbé = Limbe|Limbé
Koufra = Kufra|Koufra
Tinzaouatène = Tinzaouatène|Tinzaouaten|Tin Zaouatine|Tinzawaten
Sebha = Sabha|Sebha
Lanouf = Lanuf|Lanouf
Es-Sidra = Es Sider|Es-Sider|Sidra|Es-Sidra
Laâyoune = Laayoune|Laâyoune|El Aaiun
Kaïs = Kais|Qais|Kaïs
Massoud = Masoud|Massoud|Masood
Andriï = Andrii|Andriy|Andriï
Haut-Ghana = Upper|Upper Ghana
Étoile = Star|star|Étoile
Carrefour = Crossroads|crossroads|Carrefour
Cinéastes = Filmmakers|filmmakers|Film-makers|film-makers|Cinéastes
Courant = Current|current|Courant
Abris|Abri = Shelter|shelter|Shelters|shelters|Abris|Abri
Hauts = uplands|Uplands|highlands|Highlands|heights|Heights|Hauts
Antilles = Antilles|Caribbean|West Indies
Fête = Day|day|Festival|festival|Feast|feast|Holiday|holiday|Fête
Polytechnique = Polytechnic|polytechnic|Polytechnique
Matrice = Matrix|matrix
Mourzouk = Murzuq|Murzuk|Mourzouk
Tobrouk = Tobruk|Tobrouk
Oum = Umm|Um|Oum
Lagune|Lagunes = Lagoon|lagoon|Lagoons|lagoons|Lagune
Zone = Zone|zone|Area|area
Désert = Desert|desert|Désert
Foire = Fair|fair|Foire
San-Pédro = San Pedro|San-Pédro|San Pédro|San-Pedro
Kirghizistan = Kyrgyzstan|Kirghizistan
Janjawid|Janjawids|Janjaouid|Janjaouids = Janjaweed|Janjawid
Kosheib = Kushayb|Kosheib|Koshayb
Intersyndicale = Inter-Union|inter-union|Intersyndicale|unions|Unions
Taoudéni = Taoudenni|Taoudeni|Taoudéni
Ansaroul = Ansarul|Ansaroul|Ansar ul|Ansar-ul
Viêt = Vietnam|Viet|Viêt
Nam = Nam|Vietnam
Enquête = Survey|survey|Inquiry|inquiry|Investigation|investigation|Enquête
Voix = Voice|voice|Voix
Crédit = Crédit|Credit|credit
Saïed = Saied|Saeid|Saïed
Abdelhamid = Abdul Hamid|Abdulhamid|Abdelhamid
Imed = Emad|Imad|Imed
Oncle = Uncle|United States|US|America
Vieux = Old|old|Europe
Continent = Continent|continent|Europe|Africa
# « le Pays »: French Polynesia, as its own press calls it
Pays = Pays|Land|land|Country|country|Territory|territory|Burkina|Polynesia
Place = Square|square|Place|place
Saint-Sylvestre = New Year|Saint-Sylvestre
Toussaint = All Saints|Toussaint
Mondial = World Cup|Mondial
Mondiaux = World Championships|Championships|Championship|Worlds|Mondiaux
Championnats = Championships|Championship|Championnats
Championnat = Championship|League|Championnat
Aigles = Eagles|Aigles
Aiglons = Eaglets|Young Eagles|Aiglons
Aiglonnets = Eaglets|Aiglonnets
Étalons = Stallions|Étalons
Étalon = Stallion|Étalon
Éléphants = Elephants|Éléphants|Ivory Coast|Ivorian|Côte d'Ivoire
Douaniers = Customs|Douaniers
Lionceaux = Lion Cubs|Young Lions|Lionceaux|Cubs
Fennecs = Desert Foxes|Fennecs
Requins = Sharks|Requins
Léopards = Leopards|Léopards
Panthères = Panthers|Panthères
Guerriers = Warriors|Guerriers
Joueur|Joueuse = Player|player
Pharaons = Pharaohs
Libéria = Liberia
Jérusalem = Jerusalem
Crimée = Crimea
Tchétchénie = Chechnya
Odessa = Odesa|Odessa
Marioupol = Mariupol
Bakhmout = Bakhmut
# Zaporizhzhia's front town, Houliaïpole (Hulyaipole, Gulyaipole from the Russian)
Houliaïpole = Huliaipole|Hulyaipole|Gulyaipole
# Kharkiv's governor, whose Ukrainian є English writes ie
Synehoubov = Syniehubov|Synehubov
Ndjamena = N'Djamena|Ndjamena
Djamena = Ndjamena|N'Djamena|N’Djamena
# Ghana's first president, Kwame Nkrumah, whom French writes N'Krumah
Krumah = Nkrumah|N'Krumah|N’Krumah
Djaména = Djamena|Djaména|Ndjamena
Fouta-Djalon = Fouta Djallon|Futa Jallon|Fouta-Djalon
Netanyahou = Netanyahu
Sissi = Sisi|Sissi
Outkine = Utkin
Gagarine = Gagarin
Dmitri = Dmitry|Dmitri
Vassili = Vasily|Vassily|Vassili
Iouri = Yuri|Iouri
Alexeï = Alexei|Alexey
Alexandre = Alexander|Aleksandr|Alexandr|Alexandre
Andreï = Andrei|Andrey
Nikolaï = Nikolai|Nikolay
Valeri = Valery|Valeri
Anatoli = Anatoly|Anatoli
Guennadi = Gennady|Gennadi
Grigori = Grigory|Grigori
Piotr = Pyotr|Piotr
Fiodor = Fyodor|Fedor
Viatcheslav = Vyacheslav
Samory = Samori|Samory
Mahomet = Muhammad|Mohammed|Prophet
Aïd = Eid|Aïd
Kébir = Kebir|Kabir|Adha
Sahraoui = Sahrawi|Sahraoui
Houzeifa = Huzeifa|Houzeifa
Koweït = Kuwait
Mémorial = Memorial
Hôpital = Hospital|Hôpital
Musée = Museum|Musée
Théâtre = Theatre|Theater|Théâtre
Lycée = High School|Secondary School|School|Lycée
Collège = College|School|Collège
Cathédrale = Cathedral
Mosquée = Mosque
Pont = Bridge|Pont
Rue = Street|Rue
Aéroport = Airport
Stade = Stadium|Stade
Gare = Station|Gare
Route = Road|Highway|Route
Barrage = Dam|dam|Barrage
Forêt = Forest|Forêt
Entrepôts = Warehouses|Warehouse|Entrepôts
Croix = Cross|Croix
Mausolée = Mausoleum|mausoleum|Mausolée
Grand-Duc|Grand-duc = Grand Duke|grand duke
Grande-Duchesse|Grande-duchesse = Grand Duchess|grand duchess
# Places and bodies of French science and space: Brême (Bremen), l'armée de l'Air et de
# l'Espace (the Air and Space Force), le Salon du Bourget (the Paris Air Show)
Brême = Bremen
Espace = Space|space|Area|area|Espace
Bourget = Bourget|Paris Air Show|air show|Air Show
# la Fonction publique, the civil service
Fonction = Civil Service|civil service|Public Service|public service|Fonction
# a party's name glossed: Yelema (Le Changement), Yelema (Change)
Changement = Change|change|Changement
# Sport: Roland-Garros (the French Open), les Bleus (France's teams), le Tournoi des Six
# Nations, le Grand Chelem (a Grand Slam), les Parisiens (Paris Saint-Germain's players)
Roland-Garros = French Open|Roland Garros|Roland-Garros
Bleus = France|French|Les Bleus|Bleus|Blues
Tournoi = Tournament|tournament|Championship|championship|Six Nations|Tournoi
Chelem = Slam|slam|Chelem
Parisiens = PSG|Paris Saint-Germain|Paris|Parisians|Parisiens
Zinédine = Zinedine|Zinédine
# The Louvre's galerie d'Apollon and the Crown Diamonds; Paris's main airport
Couronne = Crown|crown|Couronne
Apollon = Apollo|Apollon
Roissy-Charles-de-Gaulle = Charles de Gaulle|Charles-de-Gaulle|Roissy|CDG
Roissy = Roissy|Charles de Gaulle|Charles-de-Gaulle|CDG
# French farming: la Bretagne (Brittany), le Bordelais (the Bordeaux region), les Jeunes
# Agriculteurs (the Young Farmers union)
Bretagne = Brittany|Bretagne
Bordelais = Bordeaux|Bordelais
# French wine: la Bourgogne (Burgundy)
Bourgogne = Burgundy|Bourgogne
Agriculteurs = Farmers|farmers|Agriculteurs
# The Church: la Maison Sainte-Marthe (Casa Santa Marta), le Saint-Père, l'anneau du Pêcheur
# (the Fisherman's Ring), l'Annuaire pontifical, le concile de Nicée (Nicaea, the Nicene Creed)
Sainte-Marthe = Santa Marta|St. Martha|Saint Martha|Sainte-Marthe
Saint-Père = Holy Father|Saint-Père
Pêcheur = Fisherman|Pêcheur
Annuaire = Yearbook|yearbook|Directory|directory|Annuaire
Nicée = Nicaea|Nicea|Nicene
Ligurie = Liguria|Ligurian
Sicile = Sicily|Sicilian
Calabre = Calabria|Calabrian
# Rome's Colisée (the Colosseum); Greece's Olympie (Olympia), where the Olympic flame is lit
Colisée = Colosseum|Coliseum
Olympie = Olympia
# Quebec's Côte-Nord (the North Shore)
Côte-Nord = North Shore|Côte-Nord
# Ukraine's war: le Donbass (the Donbas), Soumy (Sumy), le bureau Ovale (the Oval Office)
Donbass = Donbas|Donbass
Soumy = Sumy
Sviatochynskyï = Sviatoshynskyi|Sviatoshynskyy
Ovale = Oval
# Russia's agriculture minister, Oksana Lout (Lut)
Lout = Lut|Lout
Alpes = Alps|Alpes
# Lebanon and Syria: Soueida (Sweida), le Grand Sérail, Achrafieh, Rafic Hariri, Ahmed
# al-Charaa (al-Sharaa), Hikmat al-Hajari (al-Hijri)
Soueida = Sweida|Suwayda|Soueida
Sérail = Serail|Sérail
Achrafieh = Ashrafieh|Ashrafiyeh|Achrafieh
Rafic = Rafik|Rafiq|Rafic
Al-Charaa = al-Sharaa|Al-Sharaa|al-Charaa|Al-Charaa
Hajari = Hijri|Hajari
# le Recensement général de la population (the census), la Sécu (social security)
Recensement = Census|census|Recensement
Sécu = Social Security|social security|Sécu
# Monaco: la Principauté (the Principality)
Principauté = Principality|principality|Principauté
# le Bâtonnier, the head of the bar
Bâtonnier = head of the bar|bar president|president of the bar|Bâtonnier|bâtonnier
# Spain and Portugal: the golfe de Gascogne (the Bay of Biscay), Spain's Audience nationale
# (the Audiencia Nacional, the national court), Portugal's révolution des Œillets (Carnation)
Gascogne = Biscay|Gascony
Audience = Audiencia|court|Court
Œillets = Carnation|Carnations|carnation|carnations
# Ukraine's president, whom Kyiv's own English writes Zelenskyy
Zelensky = Zelensky|Zelenskyy|Zelenskiy
# Russia's Kirichi refinery (Kirishi); Ukraine's defence minister Denys Chmyhal (Shmyhal)
Kirichi = Kirishi
Chmyhal = Shmyhal|Shmygal
# Euro area finance: the Eurogroup of finance ministers, Germany's Bunds
Eurogroupe = Eurogroup
Bund = Bund|Bunds|bund|bunds
# l'État-major général des armées: the army general staff
État-major = General Staff|general staff|Staff|staff|État-major
# Germany: Aix-la-Chapelle (Aachen), the Rhine, its Länder (states), the Federal Motor
# Transport Authority (Kraftfahrt-Bundesamt)
Aix-la-Chapelle = Aachen|Aix-la-Chapelle
Rhin = Rhine
Länder = Länder|Lander|states|States
Kraftfahrt-Bundesamt = Kraftfahrt-Bundesamt|Federal Motor Transport Authority|KBA
# the Netherlands' Nimègue (Nijmegen)
Nimègue = Nijmegen
# LVMH's divisions: Montres et Joaillerie (watches and jewelry), Mode et Maroquinerie (fashion
# and leather goods), Vins et Spiritueux, Parfums et Cosmétiques
Montres = Watches|watches|Watch|watch|Montres
Joaillerie = Jewelry|jewelry|Jewellery|jewellery|Joaillerie
Mode = Fashion|fashion|Mode
Maroquinerie = Leather|leather|Maroquinerie
Vins = Wines|wines|Vins
Spiritueux = Spirits|spirits|Spiritueux
Cosmétiques = Cosmetics|cosmetics|Cosmétiques
# Syria: Idleb (Idlib), Banias (Baniyas), Kobané (Kobani), Deir ez-Zor (Deir el-Zour), the
# place des Omeyyades (Umayyad Square)
Idleb = Idlib|Idleb
Banias = Baniyas|Banias
Kobané = Kobani|Kobane|Kobané
Zor = Zor|Zour
Omeyyades = Umayyad|Umayyads|Omeyyades
# a world's fair: l'Exposition universelle d'Osaka, the Osaka Expo
Exposition = Expo|Exposition|Exhibition|exhibition|Fair|fair
# the îles Féroé (the Faroe Islands); Russia's Tchoukotka (Chukotka)
Féroé = Faroe|Faroes|Faeroe
Tchoukotka = Chukotka
# les Pyrénées, which English writes Pyrenees
Pyrénées = Pyrenees|Pyrénées
# India's Cachemire (Kashmir), UN Climate Change (ONU Climat), and Île-de-France, the Paris
# region
Cachemire = Kashmir|Cachemire
Climat = Climate|climate|Climat
Île-de-France = Île-de-France|Ile-de-France|Paris region|greater Paris|Greater Paris
# Israel's prime minister, Benyamin Nétanyahou; Iran's Guide suprême (the supreme leader)
Benyamin = Benjamin|Binyamin|Benyamin
Nétanyahou = Netanyahu
Guide = Guide|guide|Leader|leader
# Poland: Cracovie (Krakow); the Bouclier Est (East Shield) on its eastern border
Cracovie = Krakow|Kraków|Cracow
Bouclier = Shield|shield|Bouclier
# the Comité d'organisation des Jeux olympiques (Cojop): the Games' organizers
Cojop = organizers|organisers|Organizers|Organisers|organizing committee|organising committee
Cojop = Organizing Committee|Organising Committee|Cojop|COJOP
# Switzerland's Bienne (Biel, Biel/Bienne)
Bienne = Biel|Bienne
# la coopération Sud-Sud, South-South cooperation
Sud-Sud = South-South|south-south
# a university's name: Aix-Marseille Université, Sorbonne Université
Université = University|university|Université
# Moldova's Gagaouzie (Gagauzia); the Seigneur (the Lord); the patriarch Bartholomée
Gagaouzie = Gagauzia
Seigneur = Lord|lord|Seigneur
Bartholomée = Bartholomew
# Gaza and Israel: Tsahal (the Israel Defense Forces), Khan Younès, Nousseirat, Mawasi,
# Al-Arich (El Arish), the Djihad islamique, Tel Aviv's place des Otages (Hostages Square)
Tsahal = IDF|Israel Defense Forces|Israeli army|Israeli military|Tsahal
Younès = Younis|Yunis|Younes
Nousseirat = Nuseirat|Nusseirat
Mawasi = Mawasi|Muwasi|Mawassi
Al-Arich|Arich = El Arish|Arish|al-Arish|Al-Arish
Djihad = Jihad|jihad|Djihad
Otages = Hostages|hostages|Otages
# Iraqi Kurdistan's Souleimaniye (Sulaymaniyah)
Souleimaniye|Souleimaniyé|Souleymanieh = Sulaymaniyah|Sulaimaniyah|Suleimaniyah|Slemani
# Spain: Valence (Valencia; the French town of the Drôme keeps Valence), Catalogne, the regions
# and towns French names its own way
Valence = Valencia|Valence
Catalogne = Catalonia|Catalunya
Galice = Galicia
Navarre = Navarre|Navarra
Estrémadure = Extremadura
Castille = Castile|Castilla
Asturies = Asturias
Cantabrie = Cantabria
Murcie = Murcia
Baléares = Balearic|Balearics|Baleares
Majorque = Majorca|Mallorca
Saragosse = Zaragoza|Saragossa
Cadix = Cadiz|Cádiz
Pampelune = Pamplona
Cordoue = Cordoba|Córdoba
Grenade = Granada|Grenada
Tolède = Toledo
Djedda = Jeddah|Jiddah
# Canada's provinces: Colombie-Britannique, Nouveau-Brunswick
Colombie-Britannique = British Columbia|B.C.|BC
Nouveau-Brunswick = New Brunswick
# Italy: Messine (Messina), Naples, Gênes, Turin, the regions French names its own way;
# Giorgia Meloni's Fratelli d'Italia (Brothers of Italy), the palais Chigi, the Quirinal
Messine = Messina
Naples = Naples|Napoli
Gênes = Genoa|Genova
Turin = Turin|Torino
Milan = Milan|Milano
Florence = Florence|Firenze
Pouilles = Apulia|Puglia
Lombardie = Lombardy
Vénétie = Veneto
Toscane = Tuscany
Piémont = Piedmont|Piemonte
Ombrie = Umbria
Campanie = Campania
Latium = Lazio|Latium
Sardaigne = Sardinia
Fratelli = Brothers|Fratelli
Italia = Italy|Italia
Quirinal = Quirinale|Quirinal
# EU commissioners' portfolios (« commissaire à l'Élargissement »: Enlargement Commissioner)
# and plans (la Boussole stratégique, the Strategic Compass); not the common nouns that open
# headlines as their topics (« Logement : … », « Emploi : … »)
Élargissement = Enlargement|enlargement
Voisinage = Neighbourhood|Neighborhood|neighbourhood|neighborhood
Boussole = Compass|compass
# Napoléon, as English writes the emperors' name
Napoléon = Napoleon|Napoléon
# Germany's towns and Länder that French names its own way (Wolfsbourg, Wolfsburg)
Wolfsbourg = Wolfsburg
Duisbourg = Duisburg
Magdebourg = Magdeburg
Brandebourg = Brandenburg
Augsbourg = Augsburg
Wurtzbourg = Würzburg|Wurzburg
Salzbourg = Salzburg
Ratisbonne = Regensburg|Ratisbon
Mayence = Mainz
Coblence = Koblenz
Trèves = Trier
Hanovre = Hanover|Hannover
Dresde = Dresden
Mecklembourg = Mecklenburg
Poméranie = Pomerania
Souabe = Swabia|Swabian
Thuringe = Thuringia
Bavière = Bavaria|Bavarian
Saxe = Saxony|Saxon
Basse-Saxe = Lower Saxony
Rhénanie = Rhineland
Westphalie = Westphalia
Rhénanie-du-Nord-Westphalie = North Rhine-Westphalia|NRW
Rhénanie-Palatinat = Rhineland-Palatinate
Bade-Wurtemberg = Baden-Württemberg|Baden-Wurttemberg
# l'Hémicycle, the National Assembly's chamber
Hémicycle = chamber|Chamber|hemicycle|Hemicycle|Assembly|assembly|parliament|Parliament
# a hospital « Mère-Enfant », a mother and child hospital
Mère-Enfant = Mother and Child|Mother-Child|Mother-and-Child|mother and child|mother-and-child
Mère-Enfant = Maternal and Child|maternal and child|Mère-Enfant
# French Polynesia: the Marquises (Marquesas), the Tuamotu, the Australes (Austral Islands),
# the Sous-le-Vent islands (Leeward Islands); a territory's « Territoire » (Wallis-et-Futuna)
Marquises = Marquesas
Australes = Austral|Australs|Australes
Sous-le-Vent = Leeward|Sous-le-Vent
Territoire = territory|Territory|territorial|Territorial
# Belgium's Zeebruges (Zeebrugge)
Zeebruges = Zeebrugge|Zeebruges
# a Caisse (des retraites, de sécurité sociale, des dépôts): a fund, a bank, an agency
Caisse = Fund|fund|Bank|bank|Agency|agency|Office|office|Caisse
# Austria's Länder: Styrie (Styria), Carinthie, Basse- and Haute-Autriche
Styrie = Styria|Styrian
Carinthie = Carinthia|Carinthian
Basse-Autriche = Lower Austria
Haute-Autriche = Upper Austria
# a name's or a slogan's Liberté: Freedom, Liberty
Liberté = Freedom|freedom|Liberty|liberty|Liberté
# Greece and Cyprus: Tempé (the Tempi rail crash), La Canée (Chania), Thessalonique, Le Pirée,
# Corfou, Kassos, Nicosie; Cyprus's Ligne verte (the Green Line)
Tempé = Tempi|Tempe
Canée = Chania|Canea
Thessalonique = Thessaloniki|Salonika
Pirée = Piraeus
Corfou = Corfu
Kassos = Kasos
Nicosie = Nicosia
Ligne = Line|line|Ligne
# Scandinavia and Finland: Göteborg (Gothenburg), Laponie (Lapland), Scanie (Scania),
# Carélie (Karelia), the Åland islands
Göteborg = Gothenburg|Göteborg|Goteborg
Laponie = Lapland
Scanie = Scania|Skåne|Skane
Carélie = Karelia
# the Paris region's people, les Franciliens
Francilien|Franciliens|Francilienne|Franciliennes = Île-de-France|Ile-de-France|Paris region
# a region's Val (le Val de Loire: the Loire Valley)
Val = Valley|valley|Val
# Haiti's Creole place names in English press: Gran Ravine is Grand Ravine
Gran = Grand|Gran
# Madagascar's capital, Antananarivo, which the French shortens to Tana
Tana = Antananarivo|Tana
# the UN's Economic Commission for Latin America and the Caribbean, la Cepal
Cepal = ECLAC|Economic Commission for Latin America|Cepal|CEPAL
# Poland's Diète, the Sejm (Japan's is the Diet); its parties Droit et justice (Law and
# Justice) and la Nouvelle Gauche (the New Left)
Diète = Sejm|Diet
Droit = Law|law|Right|right|Droit
# a university's faculty, capitalised in French: la faculté de Médecine, the Faculty of Medicine
Médecine = Medicine|medicine|Médecine
Gauche = Left|left|Gauche
Hanoukka|Hanouka = Hanukkah|Hanukah|Chanukah
# Australia's Nouvelle-Galles du Sud, New South Wales
Nouvelle-Galles = New South Wales|NSW
# Irish parties: les Sociaux-démocrates, the Social Democrats
Sociaux-démocrates = Social Democrats|Social Democratic|Social-Democrats
# churches and feasts: Notre-Dame du Perpétuel Secours (Our Lady of Perpetual Help),
# l'Immaculée Conception
Secours = Help|Relief|Aid|Secours
Immaculée = Immaculate|Immaculée
# American states: la Caroline du Nord, North Carolina
Caroline = Carolina
# France's Constitutional Council, les Sages; the Macronist group Ensemble pour la République
Sages = Council|council|Sages|sages|judges|justices|members
Ensemble = Together|Ensemble
# the Netherlands' Leyde and Limbourg (Belgium's Limbourg too)
Leyde = Leiden
Limbourg = Limburg
# French sport: le Soulier d'or (the Golden Shoe, the Golden Boot), les Bleus' Bleu
Soulier = Shoe|Boot|Soulier
Bleu = Blue|France|Bleus|Bleu
# Egypt: the Prime Minister Moustafa Madbouli (Mostafa Madbouly), Khéops (Khufu)
Moustafa = Mostafa|Mustafa|Moustafa
Madbouli = Madbouly|Madbouli
Khéops = Khufu|Cheops|Khéops
# the OECD's global minimum tax, its Pilier 2 (Pillar Two)
Pilier = Pillar|Pilier
# the détroit d'Ormuz, the Strait of Hormuz
Ormuz = Hormuz|Ormuz
# Indonesia's capital, which French also writes Djakarta
Djakarta = Jakarta
# Britain: the chancelier de l'Échiquier (the chancellor), le pays de Galles (Wales)
Échiquier = Exchequer|chancellor|Chancellor
Galles = Wales|Welsh
# Yom Kippour
Kippour = Kippur
# Ukrainians whom French writes the Russian way (G for the Ukrainian H): Herman Halushchenko,
# Svitlana Hrynchuk, Tymur Mindich
Guerman = Herman|German
Galouchtchenko = Halushchenko|Galushchenko
Grintchouk = Hrynchuk|Grinchuk
Timour = Tymur|Timur
# a company's Corporation, which English shortens
Corporation = Corporation|Corp
# the Amazon river
Amazone = Amazon
# Central Europe: la Tchécoslovaquie, la Mitteleuropa
Tchécoslovaquie = Czechoslovakia
Mitteleuropa = Central Europe|Mitteleuropa
# Military units: les Bataillons d'intervention rapide (the Rapid Intervention Battalions)
Bataillon = Battalion|battalion
# French heritage: la Joconde (the Mona Lisa), le Loto du patrimoine (the heritage lottery)
Joconde = Mona Lisa|Joconde|Gioconda
Loto = Lottery|lottery|Loto
# « le Génie militaire »: the army engineers
Génie = Engineers|engineers|engineering|Engineering|Génie
# la Maîtrise d'ouvrage de Bagré, the Bagré Project Authority
Maîtrise = Authority|authority|Project|project|Management|management|Maîtrise
Perspectives = Outlook|Prospects|Perspectives
Immaculée-Conception = Immaculate Conception
Convention-cadre = Framework Convention|framework convention|Convention-cadre
Longue = Long|Longue
Marche = March|Marche
Hôtel = Hotel|Hôtel|House|Hall
Ville = City|city|Town|town|Ville|cities|Cities|urban|Urban
Congrès = Congress|congress|joint session|Congrès|parliament|Parliament|lawmakers
École = School|College|Academy|École
Caserne = Barracks|Camp|Caserne
Quartier = District|Quarter|Neighbourhood|Neighborhood|Quartier
Bibliothèque = Library|Bibliothèque
Complexe = Complex|Complexe
Salle = Hall|Room|Salle
Sergent = Sergeant|Sergent
Sergent-chef = Staff Sergeant|Sergeant|Sergent-chef
Sotchi = Sochi
Blanche = White|Blanche
Démocrates = Democrats|Démocrates
Obaida = Ubaydah|Ubaida|Obaida
Obeida = Ubaydah|Ubaida|Obeida|Obaida|Obaidah|Ubaidah|Ubayda
Pôle = Division|division|Unit|unit|Hub|hub|Center|Centre|Pole|Pôle
Kouleba = Kuleba
Boudanov = Budanov
Iermak = Yermak
Nebenzia = Nebenzya|Nebenzia
Kirienko = Kiriyenko|Kirienko
Araghtchi = Araghchi|Araghtchi
Berne = Bern|Berne
Eddine = Dine|Eddine|al-Din|ad-Din
Haut-Karabakh = Nagorno-Karabakh|Karabakh
Bénoué = Benue|Bénoué
Oubangui = Ubangi|Oubangui
Mouhoun = Mouhoun|Black Volta
Nakambé = Nakambé|White Volta
Nazinon = Nazinon|Red Volta
Stiftung = Foundation|Stiftung
Sahel = Sahel|Sahelian
Général = General|Gen.
Président = President
Capitaine = Captain|Capt.
Colonel = Colonel|Col.
Commandant = Commander|Major|Commandant
Maréchal = Marshal
Docteur = Doctor|Dr
Professeur = Professor|Prof
Faso = Faso|Burkina|prosecutor
Djeddah = Jeddah|Jiddah
Javel = bleach|Javel
Tombeau = Tomb
Hadj = Hajj|Hadj
Omra|Oumra = Umrah|Omra
Ouzbékistan = Uzbekistan
Cambodge = Cambodia
Birmanie = Myanmar|Burma
Bolivie = Bolivia
Arménie = Armenia
Équateur = Ecuador|Equateur|Equator
Mogadiscio = Mogadishu
Moyen-Chébéli = Middle Shabelle
Bas-Chébéli = Lower Shabelle
Chébéli = Shabelle|Shebelle
Syrte = Sirte|Syrte
Bucarest = Bucharest
Canton = Guangzhou|Canton
Bombay = Mumbai|Bombay
Mecque = Mecca
Médine = Medina
Dubaï = Dubai
Mascate = Muscat
Alep = Aleppo
Kaboul = Kabul
Dacca = Dhaka|Dacca
# the North American trade agreement (le T-MEC), as a name too
T-MEC = USMCA|CUSMA|T-MEC
# « le mouvement Étudiants contre la discrimination »: Students Against Discrimination
Étudiants = Students|students|Étudiants
Pendjab = Punjab
Baloutchistan = Balochistan|Baluchistan
Baloutches = Baloch|Baluch|Balochs
Sind = Sindh|Sind
Nouvelle-Orléans = New Orleans
Sault-Sainte-Marie = Sault Ste. Marie|Sault Ste Marie|Sault Sainte Marie
Séville = Seville|Sevilla
Barcelone = Barcelona
Omdourman = Omdurman
Tigré = Tigray
# the river of the Gabon-Equatorial Guinea boundary, as the ICJ's English judgment names it
Outemboni = Utamboni|Outemboni
# Sudan: South Kordofan's capital; the Quartet of mediators is the Quad in English
Kadougli = Kadugli|Kadougli
Quartet = Quartet|Quad
# France's overseas department in South America (Guyana, its neighbour, is Guyana in French)
Guyane = French Guiana|Guiana
# Libya: the western port town, and the Arabic name English writes with an e
Zaouïa|Zaouia = Zawiya|Zawia|Zaouia
Ziyad = Ziyad|Zeyad|Ziad
# « le Caillou »: New Caledonia, as its press calls it ("the Rock")
Caillou = New Caledonia|Caillou|Rock
# N'Djamena's presidential palace, « le palais Rose »: the Pink Palace
Rose = Rose|Pink
# the EU's naval operation against piracy off Somalia
Atalante = Atalanta|Atalante
# Lebanon's names as English writes them: Naïm Kassem, Nabih Berry, the Chebaa farms, the
# Quintet of ambassadors
Kassem = Qassem|Kassem|Qasim
Berry = Berri|Berry
Chebaa = Shebaa|Chebaa
# Lebanon's foreign minister Youssef Rajji (Raggi); Israel's northern town Métoula (Metula)
Rajji = Raggi|Rajji
Métoula = Metula
Quintette = Quintet|Quintette
"""

_DEMONYMS = """
Africain = African
Algérien = Algerian
Allemand = German
Américain = American|US|U.S.|United States|America
Anglais = English|British
Arabe = Arab|Arabic
Asiatique = Asian
Belge = Belgian
Béninois = Beninese
Britannique = British|Briton
Burkinabè|Burkinabé|Burkinabe = Burkinabe|Burkinabè|Burkinabé
Camerounais = Cameroonian
Canadien = Canadian
Centrafricain = Central African
Chinois = Chinese
Égyptien = Egyptian
Espagnol = Spanish|Spaniard
Européen = European|EU
Flamand = Flemish|Fleming
Français = French|France
Gabonais = Gabonese
Ghanéen = Ghanaian
Guinéen = Guinean
Amérindien = Amerindian|Indigenous|Native American|American Indian
Italien = Italian
Ivoirien = Ivorian
Japonais = Japanese
Libyen = Libyan
Mahorais = Mahoran|Mayotte
Malien = Malian
Marocain = Moroccan
Mauritanien = Mauritanian
Nigérian = Nigerian
Nigérien = Nigerien
Occidental|Occidentaux = Western|Westerner|West
Russe = Russian
Sahélien = Sahelian|Sahel
Sénégalais = Senegalese
Soudanais = Sudanese
Sud-Soudanais = South Sudanese
Coréen = Korean
Sud-Coréen = South Korean
Nord-Coréen = North Korean
Sud-Africain = South African
Tchadien = Chadian
Émirati = Emirati
Qatari = Qatari
Cap-Verdien = Cape Verdean
Haoussa = Hausa
Songhaï = Songhai
Djerma = Zarma|Djerma
Togolais = Togolese
Tunisien = Tunisian
Turc|Turque = Turkish|Turk
Ukrainien = Ukrainian
Haïtien = Haitian
Congolais = Congolese
Malgache = Malagasy|Malagasies
Libanais = Lebanese
Kurde = Kurdish|Kurd
Druze = Druze
Alaouite = Alawite|Alawi
Québécois = Quebecer|Quebecois|Québécois
Rwandais = Rwandan
Burundais = Burundian
Kényan = Kenyan
Éthiopien = Ethiopian
Érythréen = Eritrean
Somalien = Somali
Syrien = Syrian
Irakien = Iraqi
Iranien = Iranian
Israélien = Israeli
Palestinien = Palestinian
Saoudien = Saudi
Pakistanais = Pakistani
Brésilien = Brazilian
Mexicain = Mexican
Cubain = Cuban
Néerlandais = Dutch
Suédois = Swedish|Swedes|Swede
Autrichien = Austrian
Suissesse = Swiss
Slovène = Slovenian|Slovene
Ouïghour = Uyghur|Uighur
Wallon = Walloon
Irlandais = Irish
Norvégien = Norwegian
Danois = Danish|Dane
Moldave = Moldovan
Groenlandais = Greenlander|Greenlandic
Polonais = Polish|Poles|Pole|Poland
Grec = Greek
Chypriote|Chypriotes = Cypriot|Cypriots|Cyprus
Portugais = Portuguese
Roumain = Romanian
Comorien = Comorian|Comoran
Djiboutien = Djiboutian
Mauricien = Mauritian
Vénitien = Venetian
Martiniquais = Martinican|Martinique
Guadeloupéen = Guadeloupean|Guadeloupe
Réunionnais = Réunionese|Reunionese|Réunion|Reunion
Calédonien = Caledonian|New Caledonian|New Caledonia
Polynésien = Polynesian|Polynesia
Cambodgien = Cambodian|Cambodia
Thaïlandais = Thai|Thais|Thailand
Philippin = Filipino|Filipina|Philippine|Philippines
Birman = Burmese|Myanmar
Gazaoui = Gazan|Gaza|Gazans
Hongrois = Hungarian|Hungary
Slovaque = Slovak|Slovakia|Slovakian
Tchèque = Czech|Czechia|Czech Republic
Finlandais = Finnish|Finn|Finland
Serbe = Serb|Serbian|Serbia
Croate = Croat|Croatian|Croatia
Bulgare = Bulgarian|Bulgaria
# the French Caribbean's people
Antillais = Caribbean|West Indian|West Indians|Antillean|Antilleans
Srilankais|Sri-Lankais = Sri Lankan|Sri Lankans|Sri Lanka
Letton|Lettons|Lettone|Lettones = Latvian|Latvians|Latvia
Niaméyen|Niaméyens|Niaméyenne|Niaméyennes = Niamey|Niameyan|Niameyans
Équatorien|Équatoriens|Équatorienne|Équatoriennes = Ecuadorian|Ecuadorians|Ecuador
Maori|Maoris|Maorie|Maories = Māori|Maori|Maoris
Aborigène|Aborigènes = Aboriginal|Aborigine|Aborigines|Aboriginals
"""

_ACRONYMS = """
ONU = UN|United Nations|U.N.
CEDEAO = ECOWAS
# the International Conference on the Great Lakes Region
CIRGL = ICGLR
# the United Nations Support Office in Haiti, the Gang Suppression Force's
BANUH = UNSOH
# the Djibouti Ports and Free Zones Authority, whose French initials English text often keeps
APZFD = DPFZA|APZFD
# Canada's Labour Market Impact Assessment
EIMT = LMIA
# Quebec bodies English-language Quebec knows by their English initials: the English
# Montreal School Board, the Canadian Federation of Independent Business, the McGill
# University Health Centre
CSEM = EMSB
FCEI = CFIB
CUSM = MUHC
CDHC = CHRC
# Quebec's parties and electoral office, which English writes out or keeps in French, and
# Canada's Temporary Foreign Worker Program
PLQ = Quebec Liberal Party|Liberal Party of Quebec|Quebec Liberals|PLQ
PQ = Parti Québécois|Parti Quebecois|PQ
CAQ = Coalition Avenir Québec|Coalition Avenir Quebec|CAQ
DGEQ = Chief Electoral Officer|Élections Québec|Elections Quebec|DGEQ
PTET = TFWP|Temporary Foreign Worker Program
EEEOA = WAPP|West African Power Pool
SYDONIA = ASYCUDA|SYDONIA
PJ = Judicial Police|judicial police|PJ
RCI = Côte d'Ivoire|Côte d’Ivoire|Cote d'Ivoire|Ivory Coast|Ivorian
UA = AU|African Union
UE = EU|European Union
OTAN = NATO
FMI = IMF
BM = World Bank
BAD = AfDB|African Development Bank
CPI = ICC|International Criminal Court
CIJ = ICJ
FIJ = IFJ|International Federation of Journalists
HCR = UNHCR|United Nations High Commissioner for Refugees|UN High Commissioner for Refugees
OMS = WHO|World Health Organization
GAFI = FATF|Financial Action Task Force
OOAS = WAHO|West African Health Organization|West African Health Organisation
TÜİK = TurkStat|TUIK|Turkish Statistical Institute|TÜİK
TDR = RDT|RDTs|rapid diagnostic test|rapid diagnostic tests
PAM = WFP|World Food Programme|World Food Program
PNUD = UNDP|Development Programme|Development Program
PIDCP = ICCPR|International Covenant on Civil and Political Rights
PIDESC = ICESCR|International Covenant on Economic, Social and Cultural Rights
DRD = LID|Living Income Differential
SLE = ETLS|Trade Liberalization Scheme|Trade Liberalisation Scheme
APPD = SFPA|Sustainable Fisheries Partnership Agreement
BAC = baccalaureate|Baccalaureate|baccalauréat|baccalaureat|BAC|bac
JT = news|newscast|news bulletin|bulletin|JT
FPR = RPF|Rwandan Patriotic Front|FPR
BCL = CBL|Central Bank of Libya
DDC = SDC|Swiss Agency for Development and Cooperation
# Swiss bodies: the Office of the Attorney General, the Swiss People's Party, the Swiss Red
# Cross (CRS is also Catholic Relief Services, kept so), the federal institutes of technology
MPC = OAG|MPC
UDC = SVP|UDC|Swiss People's Party|People's Party
# Switzerland's National Bank and Bankers Association; the European Free Trade Association
BNS = SNB|Swiss National Bank
ASB = SBA|Swiss Bankers Association
AELE = EFTA|European Free Trade Association
CRS = SRC|CRS
EPF = ETH|EPFL|EPF
PLR = FDP|PLR|Liberals
# the Office fédéral de la statistique, the Federal Statistical Office
OFS = FSO|Federal Statistical Office|OFS|BFS
OFEV = FOEN|Federal Office for the Environment|OFEV|BAFU
# the Traité entre le Mexique, les États-Unis et le Canada: USMCA, Canada's CUSMA
T-MEC = USMCA|CUSMA|T-MEC
# Switzerland's Chemins de fer fédéraux: the SBB
CFF = SBB|Swiss Federal Railways|CFF
# Taiwan's Parti démocrate progressiste and Parti populaire de Taïwan
PPD = DPP|Democratic Progressive Party|PPD
PPT = TPP|Taiwan People's Party|Taiwan People’s Party|PPT
# cattle's dermatose nodulaire contagieuse: lumpy skin disease
DNC = LSD|lumpy skin disease|DNC
# the Association internationale du transport aérien
AITA = IATA|International Air Transport Association|AITA
# the OSCE's Office for Democratic Institutions and Human Rights
BIDDH = ODIHR|Office for Democratic Institutions and Human Rights
# the Côte d'Ivoire-Ghana Cocoa Initiative
ICCIG = CIGCI|Côte d'Ivoire-Ghana Cocoa Initiative|Cote d'Ivoire-Ghana Cocoa Initiative
# the FAO's Fishery Committee for the Eastern Central Atlantic
COPACE = CECAF|Fishery Committee for the Eastern Central Atlantic
# Vietnam's Communist Party
PCV = CPV|VCP|Communist Party of Vietnam|Vietnamese Communist Party
# France's social housing, the habitations à loyer modéré
HLM = HLM|social housing|public housing|council housing|low-rent housing
# China's central bank and its Communist Party
BPC = PBOC|PBoC|People's Bank of China|People’s Bank of China
PCC = CPC|CCP|Communist Party of China|Chinese Communist Party
# the République turque de Chypre du Nord
RTCN = TRNC|Turkish Republic of Northern Cyprus|RTCN
SRC = FIS|Federal Intelligence Service|SRC
OFJ = FOJ|Federal Office of Justice|OFJ
JS = JUSO|Young Socialists|Young Socialist|JS
BNB = NBB|National Bank of Belgium|BNB
# the Convention on the Elimination of All Forms of Discrimination against Women
CEDEF = CEDAW
UEE = EAEU|EEU|Eurasian Economic Union
JMJ = WYD|World Youth Day|World Youth Days|JMJ
MMAS = MSS|Multinational Security Support
GRC = RCMP|Royal Canadian Mounted Police
CCI = ICC|International Chamber of Commerce|Chamber of Commerce|chamber of commerce|CCI
ICCO = ICCO|International Cocoa Organization
OIF = OIF
ONG = NGO|non-governmental|group|organization|organisation|charity
MAE = foreign ministry|foreign affairs|External Affairs|MEA|MFA|Foreign Office|State Department
FAI = ISP|internet service provider|internet provider|FAI
AED = ACN|Aid to the Church in Need|AED
CIT = ITC|International Transhumance Certificate|CIT
PPCB = CBPP|contagious bovine pleuropneumonia|PPCB|bovine pleuropneumonia|pleuropneumonia
PPCB = Bovine Pleuropneumonia
CSAO = SWAC|Sahel and West Africa Club|CSAO
MANUL = UNSMIL|MANUL
TNT = DTT|digital terrestrial|digital TV|TNT
IA = AI|artificial intelligence|IA
UICN = IUCN|International Union for Conservation of Nature|UICN
SMS = SMS|text message|text messages|text|texts
PDG = CEO|chief executive|chairman|managing director|PDG|boss|chief
PIB = GDP|gross domestic product|economy|economic output
TVA = VAT
SIDA = AIDS
# un accident vasculaire cérébral: a stroke
AVC = stroke|strokes|CVA
EI = IS|ISIS|ISIL|Islamic State
EIGS = ISGS|IS Sahel|IS-Sahel|Islamic State Sahel|Islamic State in the Greater Sahara|EIGS|ISSP
EIS = ISSP|IS Sahel|IS-Sahel|Islamic State Sahel|Islamic State in the Sahel|EIS
EIAO = ISWAP
GSIM = JNIM|GSIM
AQMI = AQIM
RDC = DRC|DR Congo|Congo|Democratic Republic of Congo|Democratic Republic of the Congo
RCA = CAR|Central African Republic
FDS = FDS|defence and security forces|defense and security forces
# Syria's bodies: the Syrian Observatory for Human Rights, Hayat Tahrir al-Sham
OSDH = SOHR|Syrian Observatory for Human Rights
HTC = HTS|Hayat Tahrir al-Sham
# Iran's Islamic Revolutionary Guard Corps
CGRI = IRGC|Islamic Revolutionary Guard Corps|Revolutionary Guards
# the UN Assistance Mission for Rwanda (1993-1996)
MINUAR = UNAMIR|UN Assistance Mission for Rwanda|U.N. Assistance Mission for Rwanda
FAMa = FAMa
# the IMF's and the World Bank's abbreviation: CFAF 120 billion
FCFA = CFA|FCFA|XOF|XAF|CFAF
CFA = CFA|XOF|XAF
GNF = GNF|Guinean francs|Guinean franc
# the Burundian franc, by its ISO code
FBu = BIF|FBu|Burundian francs|Burundian franc|Burundi francs
NGN = NGN|naira
# Moroccan dirhams, in millions (MDH) and billions (MMDH) as Moroccan papers write amounts
DH = DH|MAD|dirhams|dirham
# the Algerian dinar
DA = DA|DZD|dinars|dinar
# the Tunisian dinar, and amounts in millions of dinars as Tunisian papers write them (MD, MDT)
DT = DT|TND|dinars|dinar
MD = MD|TND|million dinars|dinars
MDT = MDT|TND|million dinars|dinars
MDH = MDH|MAD|million dirhams|dirhams
MMDH = MMDH|MAD|billion dirhams|bn dirhams|dirhams
GHS = GHS|cedis|cedi
UEMOA = WAEMU|UEMOA
CEEAC = ECCAS
EAU = UAE
USA = US|USA|U.S.
BCE = ECB|European Central Bank
CAN = AFCON|Africa Cup of Nations|CAN
OEA = OAS|Organization of American States
PC = CP|Canadian Press
OUA = OAU
OCI = OIC
OMC = WTO
OIT = ILO
CSI = ITUC
HCIM = HCIM|High Islamic Council
AIEA = IAEA
OPEP = OPEC
PNUE = UNEP
ONUSIDA = UNAIDS
CICR = ICRC|International Committee of the Red Cross
FICR = IFRC|International Federation of Red Cross|International Federation of the Red Cross
QG = HQ|headquarters
ITIE = EITI|Extractive Industries Transparency Initiative
FSR = RSF|Rapid Support Forces
FSD = SFD|Saudi Fund for Development
CNULCD = UNCCD|Convention to Combat Desertification
CBLT = LCBC|Lake Chad Basin Commission
CNDDR = NDDRC|National Disarmament, Demobilization and Reintegration Committee
MWc = MWp|MW
kWc = kWp|kW
GWc = GWp|GW
BIDC = EBID|ECOWAS Bank for Investment and Development
SLEC = ETLS|Trade Liberalisation Scheme|Trade Liberalization Scheme
FAS = SAF|Sudanese Armed Forces|FAS
GUR = HUR|GUR
GNL = LNG|liquefied natural gas
RASD = SADR|Sahrawi Arab Democratic Republic
RDPC = CPDM|RDPC|Cameroon People's Democratic Movement
CPS = SCC|CPS|Special Criminal Court|SMC|PSC|Peace and Security Council
FEC = ECF|Extended Credit Facility
MEDC = EFF|Extended Fund Facility
FRD = RSF|Resilience and Sustainability Facility
OEAI = AEOI|Atomic Energy Organization of Iran
OMSA = WOAH|World Organisation for Animal Health|World Organization for Animal Health|OIE
FCSA = FOCAC|Forum on China-Africa Cooperation
IDH = HDI|Human Development Index
ODD = SDG|SDGs|Sustainable Development Goals
OMD = MDG|MDGs|Millennium Development Goals|WCO|World Customs Organization
CCLAT = FCTC|Framework Convention on Tobacco Control
DTS = SDR|SDRs|special drawing rights|TSB
BEI = EIB|European Investment Bank
BERD = EBRD
# (and Switzerland's State Secretariat for International Finance, SIF)
SFI = IFC|International Finance Corporation|SIF
GIEC = IPCC
OIEA = AEOI|Atomic Energy Organization of Iran
FVC = GCF|Green Climate Fund
CCNUCC = UNFCCC
CDN = NDC|NDCs|nationally determined contributions
PNB = GNP|gross national product|NBI|net banking income
RNB = GNI|gross national income
MAEP = APRM|African Peer Review Mechanism
APE = EPA|EPAs|Economic Partnership Agreement
FNUAP = UNFPA|United Nations Population Fund|UN Population Fund
BAfD = AfDB|African Development Bank
FMM = MNJTF|Multinational Joint Task Force|FMM
MUJAO = MUJAO|MUJWA|Movement for Oneness and Jihad|Movement for Unity and Jihad
PME = SME|SMEs|small and medium-sized|small and medium|small firm|small business|small company|GPE
# entreprises de taille intermédiaire: mid-sized companies
ETI = mid-sized|midsize|mid-size|mid-cap|intermediate-sized|ETI
VBG = GBV|gender-based violence
EVP = TEU|TEUs|twenty-foot equivalent units
JOJ = YOG|Youth Olympic Games
BMI = IMB|International Maritime Bureau
INN = IUU|illegal, unreported and unregulated
CIC = ICC|Interregional Coordination Centre|Interregional Coordination Center
RDUE = EUDR|Deforestation Regulation
MGU = MSU|Moscow State University|MGU
URSS = USSR|Soviet Union
CAE = EAC|East African Community
AGNU = UNGA|General Assembly
ZLECAf = AfCFTA|African Continental Free Trade Area
EMGA = general staff|General Staff|EMGA
CEMGA = chief of staff|Chief of Staff|chief of the general staff|Chief of the General Staff|CEMGA
JO = Olympics|Olympic Games|Official Journal|Official Gazette|official gazette
ZEE = EEZ|exclusive economic zone
ZES = SEZ|SEZs|special economic zone
OGM = GMO|GMOs|genetically modified
VIH = HIV
VPH = HPV|human papillomavirus
FIP = PIF|Pacific Islands Forum|FIP
TIDM = ITLOS|International Tribunal for the Law of the Sea|TIDM
OECO = OECS|Organisation of Eastern Caribbean States|Organization of Eastern Caribbean States|OECO
SCEAM = SECAM|Symposium of Episcopal Conferences of Africa and Madagascar|SCEAM
DAB|GAB = ATM|ATMs|cash machine|cash machines|cashpoint|cashpoints
HCE = HCS|High Council of State|HCE
UIP = IPU|Inter-Parliamentary Union|UIP
UFOA = WAFU|UFOA
UFOA-A = WAFU-A|WAFU A|UFOA-A
UFOA-B = WAFU-B|WAFU B|UFOA-B
FL = LF|Lebanese Forces|FL
ADN = DNA
ARN = RNA|mRNA
ARNm = mRNA
BA = Air Base|air base|BA
IHPC = HICP|HCPI|consumer price index|Consumer Price Index
MGF = FGM|female genital mutilation
EDS = DHS|Demographic and Health Survey
APGMV = PAGGW|Great Green Wall|APGMV
IST = STI|STIs|sexually transmitted
PAS = SAP|SAPs|structural adjustment
# Moldova's Parti Action et Solidarité, which English press calls PAS too
PAS = PAS
PPTE = HIPC|heavily indebted poor
APD = ODA|official development assistance
IDE = FDI|foreign direct investment
BTP = construction|public works
SMIG = minimum wage|SMIG
# the Swiss PS is the Social Democratic Party (SP) in English
PS = PS|Socialist Party|Socialists|socialists|Social Democrats|Social Democratic Party|SP
PS = Socialist
# France's parties: le Rassemblement national, La France insoumise, Les Républicains
RN = RN|National Rally
LFI = LFI|France Unbowed
LR = LR|Republicans|The Republicans
PCF = PCF|French Communist Party|Communist Party|Communists
# a tribunal de grande instance, a high court of first instance; a company's or a ministry's
# directeur administratif et financier
TGI = TGI|High Court|high court|court of first instance|Court of First Instance|district court
DAF = DAF|Finance Director|finance director|CFO|chief financial officer|financial director
MSF = MSF|Doctors Without Borders
# the Commissariat à l'énergie atomique keeps its French acronym in English
CEA = ECA|CEA
UNESCO = UNESCO
FAO = FAO
CEMAC = CEMAC
BCEAO = BCEAO|Central Bank of West African States
BEAC = BEAC|Bank of Central African States
CDAO = CDAO
OSCE = OSCE
UIT = ITU
TIC = ICT|ICTs
CADHP = ACHPR|African Commission on Human and Peoples' Rights
TPI = ICTY|International Criminal Tribunal
AES = AES|Alliance of Sahel States|Sahel States Alliance|Confederation of Sahel States
MINUSMA = MINUSMA|United Nations Multidimensional Integrated Stabilization Mission in Mali
FLA = FLA|Azawad Liberation Front
CSP = CSP|Permanent Strategic Framework|Strategic Permanent Framework
PEV = EPI|PEV|Expanded Programme on Immunization|Expanded Program on Immunization
# « le CHU Gabriel-Touré »: the Gabriel-Touré hospital, as English names it too
CHU = CHU|University Hospital|Teaching Hospital|university hospital|teaching hospital|hospital
CHR = CHR|Regional Hospital|regional hospital
CMA = CMA|Coordination of Azawad Movements
MNLA = MNLA|National Movement for the Liberation of Azawad
CNSP = CNSP|National Council for the Safeguard of the Homeland
MPSR = MPSR|Patriotic Movement for Safeguard and Restoration
CNT = CNT|National Transitional Council|National Transition Council
VDP = VDP|Volunteers for the Defence of the Homeland|Volunteers for the Defense of the Homeland
CENI = CENI|Independent National Electoral Commission|National Independent Electoral Commission
APL = PLA|People's Liberation Army
NPD = NDP|New Democratic Party
SCFP = CUPE|Canadian Union of Public Employees
PPE = EPP|European People's Party
# « la BD », la bande dessinée
BD = comics|comic|comic books|comic book|graphic novels|graphic novel|BD
PAC = CAP|Common Agricultural Policy|PAC
ACEUM = CUSMA|USMCA|United States-Mexico-Canada Agreement|Canada-United States-Mexico Agreement
CPL = FPM|Free Patriotic Movement
AIGE = AIGE|Independent Authority for the Management of Elections
BOAD = BOAD|West African Development Bank
OCHA = OCHA|Office for the Coordination of Humanitarian Affairs
ORTM = ORTM
RTB = RTB
OIM = IOM|International Organization for Migration
GUN = GNU|Government of National Unity
CPM = MPC|Monetary Policy Committee
TEC = CET|Common External Tariff|common external tariff
ATPE = RUTF|ready-to-use therapeutic food|ATPE
AEN = NEA|Nuclear Energy Agency
SEAE = EEAS|European External Action Service
DFAE = FDFA|Federal Department of Foreign Affairs
MOE = EOM|Election Observation Mission|observation mission
GPL = LPG|liquefied petroleum gas|cooking gas
GNA = GNA|Government of National Accord
ANL = LNA|Libyan National Army
ONUDC = UNODC
OCDE = OECD
BIT = ILO|International Labour Office|International Labor Office
FIDA = IFAD
CNUCED = UNCTAD
HCDH = OHCHR|UN human rights office|UN rights office|UN Human Rights Office
BID = IsDB|Islamic Development Bank
OMM = WMO
OMPI = WIPO
AIE = IEA
AFD = AFD|French Development Agency|Agence Française de Développement
TPIR = ICTR
CIRDI = ICSID
EEI = IED|improvised explosive device
PDI = IDP|IDPs|internally displaced
CSNU = UNSC|Security Council
OACI = ICAO|International Civil Aviation Organization
TNP = NPT|Non-Proliferation Treaty
ONUDI = UNIDO
FINUL = UNIFIL
CSRP = SRFC|Sub-Regional Fisheries Commission|Subregional Fisheries Commission
# the football confederation keeps CAF; a price « CAF » (coût, assurance, fret) is CIF
CAF = CAF|CIF|cost, insurance and freight
# the UN's Gang Suppression Force in Haiti, by its English name
FRG = GSF|Gang Suppression Force
SRO = ORS|oral rehydration salts|oral rehydration salt
EHA = WASH|water, sanitation and hygiene|water, hygiene and sanitation
FEP = EPF|European Peace Facility
# the Pentagon's Africa Center for Strategic Studies, by its own English name
CESA = ACSS|Africa Center for Strategic Studies
RPDC = DPRK|North Korea|Democratic People's Republic of Korea
# Belgium's musée royal de l'Afrique centrale, by its own English name
MRAC = RMCA|Royal Museum for Central Africa|AfricaMuseum
CJUE = CJEU|ECJ|Court of Justice of the European Union|European Court of Justice
# Lebanon's Agence nationale d'information; Mauritania's (Agence Nouakchott d'information) keeps ANI
ANI = ANI|NNA|National News Agency
ONUCI = UNOCI
MISMA = AFISMA|MISMA|African-led International Support Mission in Mali
FC-G5S = FC-G5S|G5 Sahel Joint Force|Joint Force of the G5 Sahel
CIO = IOC|International Olympic Committee
# the Indian Ocean Commission (Mauritius, Madagascar, the Comoros, Seychelles, Réunion)
COI = IOC|Indian Ocean Commission|International Olympic Committee
CIP = IPC|International Paralympic Committee
TAS = CAS|Court of Arbitration for Sport
HRW = HRW|Human Rights Watch
OMT = UNWTO|World Tourism Organization|UN Tourism
PMA = LDC|LDCs|least developed countries|Least Developed Countries
UMOA = WAMU|UMOA|West African Monetary Union
CEI = CEI|IEC|Independent Electoral Commission|CIS|Commonwealth of Independent States
CNDH = CNDH|National Human Rights Commission|National Commission on Human Rights
CMT = CMT|TMC|Transitional Military Council
CNRD = CNRD|National Committee of Reconciliation and Development
ANR = ANR|National Intelligence Agency
SMIC = minimum wage|SMIC
FAN = FAN|Nigerien Armed Forces|Niger Armed Forces
FANT = FANT|Chadian National Armed Forces|Chadian Armed Forces
ABN = NBA|ABN|Niger Basin Authority
IBN = NBI|Nile Basin Initiative
# Haiti's Transitional Presidential Council; the UN's Department of Peace Operations
# (peacekeeping operations before 2019)
CPT = TPC|CPT|Transitional Presidential Council
DOMP = DPO|DPKO|Department of Peace Operations|Department of Peacekeeping Operations
# the South Lebanon Army, Israel's former auxiliary militia
ALS = SLA|ALS|South Lebanon Army
# the Haitian National Police
PNH = HNP|PNH|Haitian National Police
# Liberia's Truth and Reconciliation Commission, the Special Court for Sierra Leone
CVR = TRC|Truth and Reconciliation Commission
TSSL = SCSL|Special Court for Sierra Leone
# the primary school certificate, and its exam (Burkina Faso's CEP, Mali's CEPE)
CEP = CEP|primary school certificate|primary school exam|Primary School Certificate
CEP = Primary School Exam|primary school-leaving
OMVS = OMVS|Senegal River Basin Development Organization
CILSS = CILSS|Permanent Interstate Committee for Drought Control in the Sahel
MPS = MPS|Patriotic Salvation Movement
FACT = FACT|Front for Change and Concord in Chad
UFR = UFR|Union of Resistance Forces|Faculty|faculty|School|school
PNDS = PNDS|PNDS-Tarayya|Nigerien Party for Democracy and Socialism
RPM = RPM|Rally for Mali
URD = URD|Union for the Republic and Democracy
ADEMA = ADEMA|ADEMA-PASJ|Alliance for Democracy in Mali
CDP = CDP|Congress for Democracy and Progress
MPP = MPP|People's Movement for Progress
ENA = ENA|National School of Administration
# Darfur's Justice and Equality Movement
MJE = JEM
# Belgium's federal ministries: le SPF Finances, the FPS Finance
SPF = FPS|Federal Public Service|SPF
# « le XV de France », France's rugby team
XV = France|XV
# Quebec's real estate brokers' association
APCIQ = QPAREB|Quebec Professional Association of Real Estate Brokers|APCIQ
# la République dominicaine
RD = DR|Dominican Republic|RD
# the Agence des services frontaliers du Canada
ASFC = CBSA|Canada Border Services Agency
# the établissements d'hébergement pour personnes âgées dépendantes: nursing homes
EHPAD = nursing home|nursing homes|care home|care homes|EHPAD
# organismes de placement collectif en valeurs mobilières: UCITS funds
OPCVM = UCITS|OPCVM
# la fièvre catarrhale ovine, bluetongue
FCO = BTV|bluetongue|Bluetongue|FCO
# Italy's oil company, which English writes Eni
ENI = Eni|ENI
# Canada's postal workers' union, the Syndicat des travailleurs et travailleuses des postes
STTP = CUPW|STTP|Canadian Union of Postal Workers
# the Banque centrale de Tunisie
BCT = Central Bank of Tunisia|BCT
# a ligne à grande vitesse: a high-speed line
LGV = high-speed|LGV
# Ukraine's National Security and Defense Council (Rada natsionalnoï bezpeky i oborony)
RNBO = NSDC|RNBO|National Security and Defense Council
# French football clubs by their initials: l'OL (Lyon), l'OM (Marseille)
OL = Lyon|OL
OM = Marseille|OM
# France's submarines: sous-marins nucléaires lanceurs d'engins (ballistic missile submarines)
# and d'attaque
SNLE = SSBN|SSBNs|ballistic missile submarine|ballistic missile submarines|SNLE
SNA = SSN|SSNs|attack submarine|attack submarines|SNA
# Germany's two states before 1990 (RFA, RDA) and the Franco-German fighter (SCAF, FCAS);
# France's projet de loi de finances, the budget bill
RFA = FRG|West Germany|Federal Republic|RFA
RDA = GDR|East Germany|RDA
SCAF = FCAS|SCAF
PLF = budget bill|finance bill|PLF
# the Organisation pour l'interdiction des armes chimiques
OIAC = OPCW|OIAC
# the Agence de l'Union européenne pour la sécurité aérienne
AESA = EASA|AESA
# the Autorité du bassin de la Volta
ABV = VBA|Volta Basin Authority|ABV
# the Autorité palestinienne
AP = PA|Palestinian Authority|AP
# France's chef d'état-major des armées, the chief of the defence staff
CEMA = CEMA|CDS|chief of the defense staff|Chief of the Defense Staff|chief of the defence staff
CEMA = Chief of the Defence Staff|armed forces chief|military chief
# Switzerland's Office fédéral de la douane et de la sécurité des frontières
OFDF = FOCBS|OFDF|Federal Office for Customs and Border Security
# prices toutes taxes comprises (including taxes) or hors taxes; energy in megawatt-hours
TTC = including taxes|including tax|incl. tax|inclusive of tax|all taxes included|TTC
HT = excluding taxes|excluding tax|before tax|pre-tax|HT
MWh = MWh|megawatt-hour|megawatt-hours|megawatt hour|megawatt hours
# Japan's Parti libéral-démocrate, the Liberal Democratic Party
PLD = LDP|PLD|Liberal Democratic Party|Liberal Democrats
# Canada's directeur parlementaire du budget, the Parliamentary Budget Officer
DPB = PBO|DPB|Parliamentary Budget Officer|budget officer
# Togo's Port autonome de Lomé
PAL = PAL|Lomé Autonomous Port|Lome Autonomous Port|Autonomous Port of Lomé|Port of Lomé
PAL = Autonomous Port of Lome|Port of Lome
# the Agence européenne pour l'environnement, the European Environment Agency
AEE = EEA|European Environment Agency|AEE
# Canada's Conseil canadien des relations industrielles (the Canada Industrial Relations
# Board) and Association canadienne de l'immeuble (the Canadian Real Estate Association)
CCRI = CIRB|Canada Industrial Relations Board|labour board|CCRI
ACI = CREA|Canadian Real Estate Association|ACI
# Lebanon's Forces de sécurité intérieure, the Internal Security Forces
FSI = ISF|Internal Security Forces|FSI
# France's projet de loi de financement de la Sécurité sociale (the social security financing
# bill, its budget) and Conseil d'orientation des retraites (the pensions advisory council)
PLFSS = PLFSS|social security financing bill|Social Security Financing Bill|financing bill
PLFSS = social security budget bill|Social Security Budget Bill
COR = COR|Pensions Advisory Council|pensions advisory council|Pension Advisory Council
COR = pension advisory council|Pensions Orientation Council|pensions orientation council
# the Cour européenne des droits de l'homme, the European Court of Human Rights
CEDH = ECHR|European Court of Human Rights|CEDH
# Japan's Parti constitutionnel-démocrate, the Constitutional Democratic Party
PCD = CDP|Constitutional Democratic Party|CDPJ|PCD
# Madagascar's Haute Cour constitutionnelle, the High Constitutional Court
HCC = HCC|High Constitutional Court
CEPAL = ECLAC|Economic Commission for Latin America|CEPAL
# the Organisation de coopération de Shanghai, the Shanghai Cooperation Organisation
OCS = SCO|Shanghai Cooperation Organisation|Shanghai Cooperation Organization|OCS
# rugby's Union Bordeaux-Bègles
UBB = UBB|Bordeaux-Bègles|Bordeaux Bègles|Bordeaux-Begles|Bordeaux
# the indices des prix à la production and à la consommation, the PPI and the CPI
IPP = PPI|producer price index|IPP
IPC = CPI|consumer price index|IPC
# units of power and energy, which English may write out (or as electric power: MWe)
MW = MW|MWe|megawatt|megawatts|Megawatt|Megawatts
GW = GW|GWe|gigawatt|gigawatts|Gigawatt|Gigawatts
GWh = GWh|gigawatt-hour|gigawatt-hours|gigawatt hours
TWh = TWh|terawatt-hour|terawatt-hours|terawatt hours
# Ukraine's Parquet spécialisé anticorruption, the SAPO
SAP = SAPO|SAP|Specialized Anti-Corruption Prosecutor's Office
# Russia's Fonds national de bien-être
FNB = NWF|National Wealth Fund|FNB
# the Commission interaméricaine des droits de l'homme
CIDH = IACHR|Inter-American Commission on Human Rights|CIDH
# Italy's Movimento 5 Stelle
M5S = M5S|Five Star Movement|Five-Star Movement|5-Star Movement|Five Star|5-Star|Five Stars
"""

# Capitals that stand for their governments ("Ouagadougou et Moscou vers un partenariat" ->
# "Burkina Faso and Russia"): the English may name the country instead.
_CAPITAL_CITIES = """
Bamako = Mali
Ouagadougou = Burkina
Niamey = Niger
Dakar = Senegal
Conakry = Guinea
N'Djamena|Ndjamena = Chad
Abuja = Nigeria
Nouakchott = Mauritania
Alger = Algeria
Rabat = Morocco
Tunis = Tunisia
Tripoli = Libya
Le Caire|Caire = Egypt
Khartoum = Sudan
Bangui = Central African Republic
Yaoundé = Cameroon
Lomé = Togo
Cotonou|Porto-Novo = Benin
Accra = Ghana
Monrovia = Liberia|Liberian
Freetown = Sierra Leone|Sierra Leonean
Abidjan|Yamoussoukro = Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Ivorian
Kinshasa = Congo|DRC|DR Congo|Democratic Republic of the Congo
Libreville = Gabon
Paris = France
Moscou = Russia
Pékin = China
Washington = United States|US|U.S.|America
Londres = Britain|UK|United Kingdom
Berlin = Germany
Ankara = Turkey
Téhéran = Iran
Kiev|Kyiv = Ukraine
Kigali = Rwanda
Gitega|Bujumbura = Burundi
Brazzaville = Congo|Republic of the Congo|Congo-Brazzaville
Luanda = Angola
Kampala = Uganda
Nairobi = Kenya
Addis-Abeba = Ethiopia
Pretoria = South Africa
Doha = Qatar
Riyad = Saudi Arabia|Saudi
Copenhague = Denmark|Danish
Nuuk = Greenland
Madrid = Spain
Rome = Italy
Tokyo = Japan
Séoul = South Korea|Korea
Damas = Syria
Beyrouth = Lebanon
Jérusalem = Israel
Varsovie = Poland
Berne = Switzerland|Swiss
Port-au-Prince = Haiti
Ottawa = Canada
"""


@cache
def capital_countries() -> dict[str, tuple[str, ...]]:
    """Capital city (French) -> the English names of its country."""
    return _parse(_CAPITAL_CITIES)


# French words written with a capital by convention that translate as ordinary words:
# titles, institutions' generic nouns, honorifics. They are not names to carry over.
CONVENTIONAL_CAPITALS = frozenset(
    """
    Le La Les L De Du Des D Un Une Au Aux Et En À A Sur Pour Par Dans Avec Selon Ce Cette Ces
    Il Elle Ils Elles Nous Vous On Mais Ou Donc Or Ni Car Si Que Qui Quand Comme Après Avant M
    Pourquoi Comment Combien Quel Quelle Quels Quelles Où Lorsque Puisque Depuis Pendant Malgré
    Face Vers Chez Sans Sous Entre Contre Parmi Lors Dès Ainsi Aussi Alors Enfin Ensuite Puis
    Désormais Cependant Pourtant Toutefois Néanmoins Outre Hier Demain Tous Toutes Tout Chaque
    Plusieurs Certains Certaines Aucun Aucune Leur Leurs Notre Nos Votre Vos Mon Ma Mes Cet
    Celui Celle Ceux Celles Ici Voici Voilà Non Oui Plus Moins Très Peu Encore Déjà Jamais
    Rien Personne Faut Doit Peut Est Sont Va Vont Était Sera Parquet Ordre Barreau Maison
    Maisons
    Société Compagnie Entreprise Groupe Mécanisme Facilité Fonds Plan Projet Programme
    Souveraineté Refondation Réconciliation Cohésion Solidarité Paix Développement Nation Peuple
    Révolution Indépendance Libération Renaissance Unité Progrès Famille Jeunesse Sports Culture
    Santé Éducation Économie Commerce Industrie Agriculture Élevage Pêche Mines Énergie Eau
    Environnement Communication Numérique Transports Infrastructures Habitat Urbanisme Domaines
    Emploi Tourisme Artisanat Femme Enfant Présidence Primature Hydraulique Assainissement
    Alimentation Travaux Égalité
    Assises Dialogue Concertations Forum Refondation Église Églises Royaume
    Mme Mmes MM Mlle Mgr Dr Me Pr St Ste Monsieur Madame Messieurs Miss Président Présidente
    Premier Première Ministre Ministère Gouvernement Général Colonel Capitaine Lieutenant
    Commandant Sergent Caporal Adjudant Chef Général Amiral Maréchal Roi Reine Prince Internet
    Princesse Pape Imam Émir Sultan Docteur Maître Professeur Monseigneur Sa Son Ses
    Sœur Soeur Frère Père Souverain
    Excellence Armée Armées Forces Force Défense Intérieur Affaires Étrangères Extérieures
    Justice Garde Police Gendarmerie Volontaires Patrie Brigade Bataillon Régiment Division
    République Assemblée Parlement Sénat Conseil Commission Comité Conférence Sommet Agence
    Office Institut Fondation Bureau Direction Mission Opération Organisation Mouvement Front
    Parti Rassemblement Alliance Coalition Groupe Groupement Haut Haute Cour Tribunal Charte
    Constitution Transition National Nationale Nationaux Fédération Confédération Communauté
    Association Syndicat Union Banque Fonds Programme Ouest Est Nord Sud Centre Occident
    Orient Moyen Proche Extrême Islam Église Etat État États Etats Droits Homme Dieu Lundi
    Mardi Mercredi Jeudi Vendredi Samedi Dimanche Palais Sceaux Marine Trésor Finances
    Coupe Ligue Championnat Jeux Festival Prix Salon Journée Journées Semaine Année Décennie
    Autorité Cellule Service Services Centre Conseils Haut-Commissariat Haut-commissariat
    Directeur Directrice Taxe Chambre
    Secrétariat Délégation Commissariat Mutuelle Assemblées Section Premiers Premières
    Sûreté Sécurité Renseignement Renseignements Douane Douanes Protection Cadre Plateforme
    Collectif Coordination Initiative Stratégie Pacte Accord Traité Déclaration Action
    """.split()  # noqa: SIM905
)


# Names English renders as a whole, not word by word: Geneva's Grand Conseil (its cantonal
# parliament); the Tour de France's Grand Départ (its start) and la Grande Boucle (the race);
# « en Bourse » (going public); Notre-Dame de Paris, which "Notre-Dame" says; clubs.
_PHRASES = """
Notre-Dame de Paris = Notre-Dame|Notre Dame
# a stadium's Grand: « le Grand Stade de Marrakech », "Marrakech Stadium" (a Grand Mosque
# keeps its Grand)
Grand Stade = Stadium|Grand Stade
péninsule Ibérique = Iberian|Iberia|Spain and Portugal
# French cinema: Cannes's Quinzaine des cinéastes (Directors' Fortnight), the Nouvelle Vague
Quinzaine des cinéastes = Directors' Fortnight|Directors’ Fortnight|Quinzaine
Nouvelle Vague = New Wave|Nouvelle Vague
# an École normale: a teacher-training college
École normale = teacher-training|teacher training|Teacher-Training|Teacher Training
École normale = teachers' college|normal school|Normal School
# football clubs by their towns, and Guinea's team, the Syli national
Olympique lyonnais = Lyon|Olympique Lyonnais|OL
Olympique de Marseille = Marseille|OM
Stade rennais = Rennes|Stade Rennais
Stade Brestois = Brest|Stade Brestois
Syli national = Guinea|Syli
Grand Conseil = Grand Council|cantonal parliament|parliament|Grand Conseil
# the plan « Savoir nager », France's learn-to-swim scheme
Savoir nager = Learn to Swim|learn to swim|Learn-to-Swim|learn-to-swim|Savoir nager
Grand Départ = Grand Départ|Grand Depart|start|started|starts|starting
Grande Boucle = Grande Boucle|Tour|race
# a government's or the EU's Livre blanc: a white paper
Livre blanc = white paper|White Paper|white book|White Book|Livre blanc
# Open Doors' Index mondial de persécution des chrétiens, its World Watch List
Index mondial de persécution = World Watch List|World Persecution Index|Index
# the UNODC's Rapport mondial sur les drogues, its World Drug Report
Rapport mondial sur les drogues = World Drug Report|Rapport
# the Dutch parliament's Seconde Chambre, the House of Representatives
Seconde Chambre = lower house|House of Representatives|Second Chamber|Tweede Kamer
# the Arctic's Grand Nord, the High North
Grand Nord = High North|Far North|far north|Grand Nord
# Germany's Die Linke: the Left Party
Die Linke = Left Party|the Left|The Left|Die Linke
# a Polytechnic: Athens's École polytechnique
École polytechnique = Polytechnic|Polytechnique
# Spain's Valle de los Caídos: the Valley of the Fallen
Valle de los Caídos = Valley of the Fallen|Valle de los Caídos
# the Holy See's collection, le denier de Saint-Pierre: Peter's Pence
denier de Saint-Pierre = Peter's Pence|Peter’s Pence
# Japan's central bank, by its English initials
Banque du Japon = Bank of Japan|BOJ|BoJ
# a Pride march, la Marche des fiertés
Marche des fiertés = Pride
# Switzerland's Chaîne du Bonheur, its appeals fund: Swiss Solidarity
Chaîne du Bonheur = Swiss Solidarity|Chaîne du Bonheur|Glückskette
# people who write their own names without the accent the French press gives them
Salif Keïta = Salif Keita|Salif Keïta
# « une introduction en Bourse »: going public, a listing, an IPO
en Bourse = public|IPO|listing|listed|list|stock market|Stock Exchange|stock exchange|flotation
"""


@cache
def phrase_renderings() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Each word of a phrase in the table -> the phrases it is part of, with their English
    renderings (Grand -> Grand Conseil: cantonal parliament, …)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase, renderings in _parse(_PHRASES).items():
        for word in phrase.split():
            out.setdefault(word, []).append((phrase, renderings))
    return {word: tuple(phrases) for word, phrases in out.items()}


def _parse(table: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue  # a note on the entry below it
        french, _, english = line.partition(" = ")
        renderings = tuple(e.strip() for e in english.split("|"))
        for form in french.split("|"):
            # A form given again goes on with more renderings (a line too long for one).
            known = out.get(form.strip(), ())
            out[form.strip()] = known + tuple(r for r in renderings if r not in known)
    return out


def _demonym_forms(base: str) -> list[str]:
    """Masculine, feminine and plural forms of a French demonym (Malien -> Maliennes)."""
    forms = [base]
    if base.endswith(("ien", "éen")):
        forms += [base + "ne", base + "s", base + "nes"]
    elif base.endswith("ais") or base.endswith("ois"):
        forms += [base + "e", base + "es"]
    elif base.endswith("e") or base.endswith("è") or base.endswith("é"):
        forms += [base + "s"]
    else:
        forms += [base + "e", base + "s", base + "es"]
    if base.endswith("al"):
        forms.append(base[:-2] + "aux")
    return forms


@cache
def name_equivalents() -> dict[str, tuple[str, ...]]:
    """French capitalised word -> accepted English renderings (countries, demonyms, bodies)."""
    table = _parse(_EQUIVALENTS)
    for base, renderings in _parse(_DEMONYMS).items():
        # "le Sénégalais Macky Sall" is often "Senegal's Macky Sall": accept the country too.
        with_country = renderings + tuple(
            stem for r in renderings if (stem := country_stem(r)) and stem not in renderings
        )
        for form in _demonym_forms(base):
            table.setdefault(form, with_country)
    # French press writes the acronyms it pronounces as words: la Cédéao, l'Otan, la Minusma.
    for acronym, renderings in _parse(_ACRONYMS).items():
        if len(acronym) >= 4 and acronym.isupper():
            table.setdefault(acronym.capitalize(), renderings)
    table.setdefault("Cédéao", table["Cedeao"])
    # Countries CLDR names in one word in French and otherwise in English: Yémen -> Yemen.
    from babel import Locale

    english = Locale("en").territories
    for code, french in Locale("fr").territories.items():
        name = english.get(code)
        if name and " " not in french and "-" not in french and french != name:
            table.setdefault(french, (name,))
    for city, english_city in _cldr_cities():
        table.setdefault(city, (english_city,))
    # French writes a compound's later parts with or without their capitals (Haut-Commissaire,
    # Haut-commissaire): the small-letter form takes the compound's entry.
    for name, renderings in list(table.items()):
        head, dash, rest = name.partition("-")
        if dash and rest[:1].isupper():
            small = f"{head}-{rest.lower()}"
            table.setdefault(small, renderings + ((small,) if name in renderings else ()))
    # and it often leaves a capital's accent off (l'Egypte, les Etats-Unis): the same entry.
    for name, renderings in list(table.items()):
        if name[:1] in "ÉÈÊ":
            bare = "E" + name[1:]
            table.setdefault(bare, renderings + ((bare,) if name in renderings else ()))
    return table


# A French city's article is no part of the name to look for: le Caire, la Havane.
_CITY_ARTICLE = re.compile(r"^(?:(?:Le|La|Les)\s|L['’])")
# CLDR city names that are also French words or first names (une grenade, Maurice Kamto).
_CITIES_LEFT_OUT = frozenset({"Grenade", "Canton", "Dominique", "Maurice", "Marquises", "Showa"})


def _cldr_cities() -> list[tuple[str, str]]:
    """Cities whose French and English names CLDR gives differently (Bakou -> Baku), as one
    French word. CLDR's English city names are plain ASCII (Lome, Ndjamena): a difference of
    accents alone is left out, as names keep their diacritics in English."""
    from babel import Locale

    english = Locale("en").time_zones
    cities = []
    for zone, names in Locale("fr").time_zones.items():
        french = names.get("city")
        if not french or any(c in french for c in "([") or zone.startswith("Etc/"):
            continue
        name = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        french = _CITY_ARTICLE.sub("", french)
        if " " in french or french == name or french in _CITIES_LEFT_OUT:
            continue
        plain = strip_diacritics(french).replace("’", "").lower()
        if plain == strip_diacritics(name).replace(" ", "").lower():
            continue  # N’Djamena, Lomé: English keeps the French accents
        cities.append((french, name))
    return cities


_DEMONYM_SUFFIX = re.compile(r"(?:ese|ian|ean|an|ien)$")


def country_stem(demonym: str) -> str | None:
    """The start of the country name hidden in an English demonym (Senegalese -> Senegal)."""
    stem = _DEMONYM_SUFFIX.sub("", demonym)
    return stem if stem != demonym and len(stem) >= 4 else None


@cache
def demonyms() -> frozenset[str]:
    """Every form of the French demonyms the tables know (Malien, Maliennes, Burkinabè)."""
    return frozenset(form for base in _parse(_DEMONYMS) for form in _demonym_forms(base))


@cache
def nationality_adjectives() -> dict[str, tuple[str, ...]]:
    """Lower-case French nationality adjectives (tchadiens, maliennes) -> English renderings."""
    table = name_equivalents()
    return {
        form.lower(): table[form]
        for base in _parse(_DEMONYMS)
        for form in _demonym_forms(base)
        if form in table
    }


@cache
def english_nationalities() -> frozenset[str]:
    """The English demonyms of the tables (Chadian, Sudanese, Burkinabe), regions' and
    continents' excepted (Sahelian, African, Western): they name no other nation."""
    return frozenset(
        r
        for base, renderings in _parse(_DEMONYMS).items()
        if base not in _REGIONAL
        for r in renderings
    )


_REGIONAL = frozenset({"Africain", "Arabe", "Européen", "Occidental", "Occidentaux", "Sahélien"})



@cache
def acronym_equivalents() -> dict[str, tuple[str, ...]]:
    """French acronym -> accepted English renderings (ONU -> UN, CEDEAO -> ECOWAS)."""
    return _parse(_ACRONYMS)


# English adjectives of countries that no suffix rule gives (France -> French). The others are
# derived: Mali -> Malian, Chad -> Chadian, Russia -> Russian, Senegal -> Senegalese.
_IRREGULAR_ADJECTIVES = {
    "France": ("French",), "Germany": ("German",), "Spain": ("Spanish",),
    "Britain": ("British",), "England": ("English",), "China": ("Chinese",),
    "Japan": ("Japanese",), "Netherlands": ("Dutch",), "Switzerland": ("Swiss",),
    "Turkey": ("Turkish",), "Greece": ("Greek",), "Portugal": ("Portuguese",),
    "Poland": ("Polish",), "Denmark": ("Danish",), "Sweden": ("Swedish",),
    "Ireland": ("Irish",), "Burkina": ("Burkinabe", "Burkinabè"), "Niger": ("Nigerien",),
    "Ivory": ("Ivorian",), "Côte": ("Ivorian",), "Cameroon": ("Cameroonian",),
    "Benin": ("Beninese",), "Gabon": ("Gabonese",), "Sudan": ("Sudanese",),
    "Togo": ("Togolese",), "Morocco": ("Moroccan",), "Egypt": ("Egyptian",),
    "Ghana": ("Ghanaian",), "Belgium": ("Belgian",), "America": ("American",),
    "Italy": ("Italian",), "Hungary": ("Hungarian",), "Norway": ("Norwegian",),
    "Congo": ("Congolese",), "Mauritius": ("Mauritian",), "Lebanon": ("Lebanese",),
    "Cyprus": ("Cypriot",), "Peru": ("Peruvian",), "Madagascar": ("Malagasy",),
    "Philippines": ("Filipino", "Philippine"), "Thailand": ("Thai",), "Wales": ("Welsh",),
    "Scotland": ("Scottish", "Scots"), "Finland": ("Finnish",), "Iceland": ("Icelandic",),
    "Somalia": ("Somali",), "Afghanistan": ("Afghan",), "Czechia": ("Czech",),
    "Slovakia": ("Slovak",), "Croatia": ("Croatian", "Croat"), "Serbia": ("Serbian", "Serb"),
    "Argentina": ("Argentine", "Argentinian"), "Mexico": ("Mexican",),
    "Monaco": ("Monegasque",), "Luxembourg": ("Luxembourgish", "Luxembourger"),
}  # fmt: skip


@cache
def place_names() -> frozenset[str]:
    """Countries and regions by their French and English names (CLDR, through Babel) and the
    places of the name table: the words an English adjective may stand for (Mali, Malian)."""
    from babel import Locale

    names = {n for lang in ("fr", "en") for n in Locale(lang).territories.values()}
    names.update(name_equivalents())
    return frozenset(names)


def country_adjectives(country: str) -> tuple[str, ...]:
    """English adjectives that may stand for a country (l'ambassadeur de France -> the French
    ambassador): the irregular ones from a table, the others by the usual suffixes."""
    forms = list(_IRREGULAR_ADJECTIVES.get(country, ()))
    if len(country) >= 4 and country[:1].isupper() and " " not in country:
        stem = country[:-1] if country[-1] in "ae" else country
        forms += [country + "n", country + "an", stem + "ian", stem + "an", country + "ese",
                  country + "i"]  # fmt: skip
    # A suffix must not make another country's adjective: Niger + ian is Nigeria's.
    others = _OTHER_COUNTRIES_ADJECTIVES.get(country, frozenset())
    return tuple(f for f in dict.fromkeys(forms) if f not in others)


_OTHER_COUNTRIES_ADJECTIVES = {"Niger": frozenset({"Nigerian"})}


@cache
def adjective_countries() -> dict[str, tuple[str, ...]]:
    """English adjectives -> the English country names they stand for (Russian -> Russia),
    for the countries CLDR names in English."""
    from babel import Locale

    out: dict[str, list[str]] = {}
    for country in Locale("en").territories.values():
        for adjective in country_adjectives(country):
            out.setdefault(adjective, []).append(country)
    for country, adjectives in _IRREGULAR_ADJECTIVES.items():  # Burkina: Burkinabe
        for adjective in adjectives:
            out.setdefault(adjective, []).append(country)
    return {adjective: tuple(countries) for adjective, countries in out.items()}


# Towns and regions of the Sahel and its neighbours that the press names in headlines
# (« Ségou : … »): a headline's topic among them is a place, whatever else the catalog says.
SAHEL_PLACES = frozenset(
    """
    Bamako Kati Koulikoro Kayes Kita Nioro Diéma Nara Sikasso Bougouni Koutiala Kadiolo
    Ségou Niono Macina Markala San Tominian Mopti Sévaré Djenné Bandiagara Bankass Koro
    Douentza Boni Hombori Tombouctou Goundam Diré Niafunké Léré Gao Ansongo Bourem Ménaka
    Andéramboukane Kidal Tessalit Aguelhok Tinzaouatène Anéfis Taoudéni Ouagadougou
    Bobo-Dioulasso Koudougou Ouahigouya Kaya Dori Djibo Arbinda Gorom-Gorom Fada Diapaga
    Pama Kantchari Tenkodogo Banfora Gaoua Dédougou Nouna Tougan Kongoussi Barsalogho Titao
    Sebba Solenzo Boromo Bittou Manga Ziniaré Koupéla Boulsa Gayéri Niamey Tillabéri Tahoua
    Agadez Arlit Zinder Maradi Dosso Diffa Bosso Torodi Téra Ayorou Ouallam Banibangou Abala
    Filingué Makalondi Inatès Tassia Assamaka Dirkou Bilma N'Djamena Abéché Moundou Sarh Bol
    Mao Faya Adré Farchana Iriba Mongo Doba Nouakchott Nouadhibou Néma Bassikounou Mbera
    Kiffa Kaédi Rosso Zouérate Atar Dakar Thiès Tambacounda Kédougou Kidira Ziguinchor
    Conakry Siguiri Kankan Kouroussa Boké Abidjan Bouaké Korhogo Ferkessédougou Bouna
    Ouangolodougou Cotonou Porto-Novo Parakou Kandi Malanville Karimama Natitingou Lomé
    Dapaong Kara Mango Cinkassé Tamale Bawku Bolgatanga Maroua Kousseri Mora Kolofata
    Maiduguri Sokoto Kano Kebbi Zamfara
    """.split()  # noqa: SIM905
)
